"""The store as a networkx graph of actors (one edge per statement) and as aggregated dyads."""
from __future__ import annotations

from collections import Counter, defaultdict
from typing import TYPE_CHECKING, Any

import networkx as nx

from kg.export import entity_records, relation_records
from kg.ontology import CONFLICT, COOPERATION
from kg.query import run

if TYPE_CHECKING:
    from kg.ontology import Ontology

EDGE_ATTRS = ("relation", "cameo", "quad_class", "goldstein", "confidence", "modality", "doc", "sentence", "speaker")


def _is_actor(cls: str, ontology: Ontology) -> bool:
    """Whether the ontology counts instances of ``cls`` as actors."""
    return cls in ontology.classes and ontology.classes[cls].actor


def to_networkx(store: Any, ontology: Ontology, *, include_negated: bool = False) -> nx.MultiDiGraph:
    """A node per actor entity (label, cls, wikidata, iso3) and an edge per statement keyed by its IRI.

    Edge attributes: relation, cameo, quad_class (1-4 or None), goldstein, confidence, modality, doc, sentence,
    speaker and date (the statement's event date, else its document's date; ISO text or None).
    """
    # Endpoints that are not actors (a Location in ``locatedIn``) become nodes too, so no edge dangles.
    # Not rdflib.extras.external_graph_libs: it turns rdflib triples into edges, while ours are
    # reified statements read with one SPARQL select from Oxigraph, which is faster and keeps the evidence.
    G = nx.MultiDiGraph()
    entities = {e["id"]: e for e in entity_records(store, ontology)}

    def add_node(eid: str, label: str | None = None) -> None:
        e = entities.get(eid, {})
        G.add_node(eid, label=e.get("label") or label or eid, cls=e.get("class"),
                   wikidata=e.get("wikidata"), iso3=e.get("iso3"))

    for eid, e in entities.items():
        if _is_actor(e["class"], ontology):
            add_node(eid)
    doc_dates = {r["doc"]: r["date"] for r in run(store, "documents").dicts()}
    for r in relation_records(store, ontology):
        if r["modality"] == "negated" and not include_negated:
            continue
        for end, label in ((r["subject"], r["subject_label"]), (r["object"], r["object_label"])):
            if end not in G:
                add_node(end, label)
        date = r["date"] or doc_dates.get(r["doc"])
        G.add_edge(r["subject"], r["object"], key=r["id"], date=None if date is None else str(date),
                   **{a: r[a] for a in EDGE_ATTRS})
    return G


def dyads(G: nx.MultiDiGraph) -> nx.DiGraph:
    """One edge per ordered actor pair: count, mean Goldstein value, statements per quad class, relations.

    ``cooperation`` and ``conflict`` count statements of quad classes 1-2 and 3-4; ``balance`` is
    (cooperation - conflict) / (cooperation + conflict), from -1 (all conflict) to 1, None without either.
    """
    D = nx.DiGraph()
    D.add_nodes_from(G.nodes(data=True))
    grouped: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for u, v, data in G.edges(data=True):
        grouped[(u, v)].append(data)
    for (u, v), edges in sorted(grouped.items()):
        scores = [e["goldstein"] for e in edges if e.get("goldstein") is not None]
        quads = Counter(e.get("quad_class") for e in edges if e.get("quad_class") is not None)
        D.add_edge(u, v, count=len(edges),
                   goldstein=sum(scores) / len(scores) if scores else None,
                   quads=dict(sorted(quads.items())),
                   cooperation=(coop := sum(quads[q] for q in COOPERATION)),
                   conflict=(conflict := sum(quads[q] for q in CONFLICT)),
                   balance=(coop - conflict) / (coop + conflict) if coop + conflict else None,
                   structural=sum(1 for e in edges if e.get("quad_class") is None),
                   relations=dict(sorted(Counter(e.get("relation") for e in edges).items())))
    return D
