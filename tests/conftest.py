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
    spaces = [not (i + 1 < len(words) and words[i + 1] in {".", ",", "'s", "’s", "n't", "”"} or w in {"“"}) for i, w in enumerate(words)]
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
