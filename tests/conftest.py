"""Shared fixtures: hand-built parses (no statistical model) and the real pipeline when a test asks for it."""
from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from spacy.tokens import Doc

from kg import gazetteer, ontology
from kg.model import Document


@pytest.fixture(scope="session")
def onto():
    return ontology.load()


@pytest.fixture(scope="session")
def gaz():
    return gazetteer.load()


@pytest.fixture(scope="session")
def vocab():
    return spacy.blank("en").vocab


def hand_doc(vocab, rows: list[tuple]) -> Doc:
    """A parsed Doc from rows ``(word, head_index, dep, pos, lemma[, ent_label])``; ``head_index`` is absolute.

    Entity labels are IOB-free class names; consecutive tokens with the same label form one span
    unless the label starts with '+' (continue) — e.g. ("Vladimir", ..., "Person"), ("Putin", ..., "+Person").
    """
    words = [r[0] for r in rows]
    ents, prev = [], None
    for r in rows:
        label = r[5] if len(r) > 5 else None
        if label is None:
            ents.append("O")
            prev = None
        elif label.startswith("+") and prev == label[1:]:
            ents.append(f"I-{label[1:]}")
        else:
            ents.append(f"B-{label.lstrip('+')}")
            prev = label.lstrip("+")
    spaces = [not (i + 1 < len(words) and words[i + 1] in {".", ",", "'s", "’s", "n't", "”", "-"} or w in {"“", "-"})
              for i, w in enumerate(words)]  # ("Saudi-backed": a hyphen joins words; a spaced dash is "—")
    return Doc(vocab, words=words, spaces=spaces, heads=[r[1] for r in rows], deps=[r[2] for r in rows],
               pos=[r[3] for r in rows], lemmas=[r[4] for r in rows],
               tags=["PRP$" if r[2] == "poss" and r[3] == "PRON" else ("POS" if r[2] == "case" else "") for r in rows],
               ents=ents)


@pytest.fixture
def build_doc(vocab):
    return lambda rows: hand_doc(vocab, rows)


@pytest.fixture
def document():
    return lambda doc, date=None: Document(id="t", text=doc.text, date=date)


ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "data" / "corpus" / "russia_north_korea.txt"


@pytest.fixture(scope="session")
def real_nlp():
    """The real spaCy pipeline with the gazetteer ruler, loaded once per session (``kg.nlp.load`` caches it,
    so ``kg.pipeline.build`` with the default model reuses this very object)."""
    from kg import nlp
    return nlp.load()


@pytest.fixture(scope="session")
def sample_text() -> str:
    return SAMPLE.read_text(encoding="utf-8")


HOSTILE = '<script>window.__pwned=1</script> "Front" & \'Co\''  # an actor name that must stay text
HOSTILE_SENTENCE = ('Russia armed the <img src=x onerror="window.__pwned=2"> Front</script><script>window.__pwned=3'
                    '</script>\u2028and "denied" it.')


def handoff_result(doc_id: str, date: str, statements: list[tuple]) -> object:
    """One document dated ``date`` with Russia, North Korea, a person and a hostile-named armed group;
    ``statements`` are ``(subject, relation, object, sentence, extra kwargs)``."""
    from kg.model import DocumentResult, Entity, Statement
    text = " ".join(s[3] for s in statements)
    entities = (Entity("RUS", "Russia", "State", ("Moscow",), "Q159", "RUS"),
                Entity("PRK", "North Korea", "State", (), "Q423", "PRK"),
                Entity("vladimir-putin", "Vladimir Putin", "Person", (), "Q7747"),
                Entity("ArmedGroup/front", HOSTILE, "ArmedGroup"))
    sts, at = [], 0
    for subj, rel, obj, sentence, kw in statements:
        span = (at, at + len(sentence))
        sts.append(Statement(doc_id, subj, rel, obj, (at, at + 1), (at + 2, at + 3), (at + 4, at + 5), "x", span,
                             sentence, **kw))
        at += len(sentence) + 1
    url = "javascript:window.__pwned=4" if doc_id == "d4" else f"https://example.org/{doc_id}"  # d4: a hostile link
    return DocumentResult(Document(doc_id, text, date=date, title=f"Report {doc_id}", url=url), entities, tuple(sts))


@pytest.fixture(scope="session")
def handoff_store():
    """Four dated documents: Russia and North Korea cooperating, then quarrelling; a hostile-named group."""
    from kg.graph import to_quads
    from kg.store import Store
    docs = [
        ("d1", "2024-01-15", [
            ("RUS", "cooperatesWith", "PRK", "Russia boosted trade with North Korea.", {"confidence": 0.8}),
            ("RUS", "consults", "PRK", "Russia consulted North Korea.", {"confidence": 0.6}),
            ("PRK", "supports", "RUS", "North Korea praised Russia.", {"confidence": 0.7}),
            ("vladimir-putin", "leaderOf", "RUS", "Vladimir Putin is president of Russia.", {"confidence": 0.85})]),
        ("d2", "2024-03-02", [
            ("RUS", "providesAid", "ArmedGroup/front", HOSTILE_SENTENCE, {"confidence": 0.75}),
            ("RUS", "opposes", "PRK", "Russia criticised North Korea.", {"confidence": 0.4, "modality": "hedged"})]),
        ("d3", "2024-06-20", [
            ("PRK", "threatens", "RUS", "North Korea threatened Russia.", {"confidence": 0.7}),
            ("RUS", "imposesSanctions", "PRK", "Russia sanctioned North Korea.", {"date": "2024-06", "confidence": 0.7}),
            ("PRK", "opposes", "ArmedGroup/front", "North Korea did not condemn the Front.", {"modality": "negated"})]),
        ("d4", "2024-09-01", [
            ("RUS", "cooperatesWith", "PRK", "Russia resumed trade with North Korea.", {"confidence": 0.8})]),
    ]
    store, onto = Store(), ontology.load()
    for doc_id, date, statements in docs:
        store.replace_document(doc_id, to_quads(handoff_result(doc_id, date, statements), onto))
    return store
