"""A small hand-made graph of three dated documents for the query, endpoint and analytics tests (no model)."""
from __future__ import annotations

from kg.graph import to_quads
from kg.model import Document, DocumentResult, Entity, Statement
from kg.ontology import Ontology
from kg.store import Store

ACTORS = {"RUS": ("Russia", "State"), "USA": ("United States", "State"), "CHN": ("China", "State"),
          "UKR": ("Ukraine", "State"), "PRK": ("North Korea", "State"), "vladimir-putin": ("Vladimir Putin", "Person"),
          "nato": ("NATO", "IGO")}
# (document, date) -> statements (subject, relation, object, modality, confidence, speaker)
DOCS = {
    ("d1", "2023-03-01"): [("RUS", "cooperatesWith", "CHN", "asserted", 0.8, None),
                           ("USA", "supports", "UKR", "asserted", 0.75, None),
                           ("RUS", "opposes", "USA", "asserted", 0.7, None),
                           ("USA", "imposesSanctions", "RUS", "asserted", 0.75, None),
                           ("RUS", "threatens", "UKR", "hedged", 0.5, None),
                           ("vladimir-putin", "leaderOf", "RUS", "asserted", 0.85, None)],
    ("d2", "2024-05-01"): [("RUS", "cooperatesWith", "USA", "asserted", 0.6, "vladimir-putin"),
                           ("CHN", "opposes", "USA", "asserted", 0.7, None),
                           ("PRK", "opposes", "USA", "negated", 0.7, None),
                           ("PRK", "opposes", "USA", "asserted", 0.6, None),
                           ("CHN", "cooperatesWith", "PRK", "asserted", 0.8, None)],
    ("d3", "2024-06-01"): [("RUS", "assaults", "UKR", "asserted", 0.75, None),
                           ("UKR", "fights", "RUS", "asserted", 0.75, None),
                           ("CHN", "cooperatesWith", "RUS", "asserted", 0.8, None),
                           ("USA", "providesAid", "UKR", "asserted", 0.75, None),
                           ("nato", "supports", "UKR", "asserted", 0.7, None)],
}


def results() -> list[DocumentResult]:
    """One DocumentResult per document; every actor is described in every document."""
    out = []
    for (doc_id, date), rows in DOCS.items():
        sentences = [f"{ACTORS[s][0]} {r} {ACTORS[o][0]}." for s, r, o, *_ in rows]
        text = " ".join(sentences)
        statements, start = [], 0
        for (s, r, o, modality, confidence, speaker), sentence in zip(rows, sentences):
            end = start + len(sentence)
            ls, lo = len(ACTORS[s][0]), len(ACTORS[o][0])
            statements.append(Statement(doc_id, s, r, o, (start, start + ls), (end - 1 - lo, end - 1),
                                        (start + ls + 1, start + ls + 1 + len(r)), r, (start, end), sentence,
                                        modality=modality, confidence=confidence, speaker=speaker))
            start = end + 1
        entities = tuple(Entity(eid, label, cls) for eid, (label, cls) in ACTORS.items())
        out.append(DocumentResult(Document(doc_id, text, date=date), entities, tuple(statements)))
    return out


def build(store: Store, ontology: Ontology) -> Store:
    """Fill ``store`` with the three documents and the ontology graph, as ``kg build`` would."""
    store.replace_ontology(ontology.path)
    for result in results():
        store.replace_document(result.document.id, to_quads(result, ontology))
    return store
