"""Actor and place mentions in a parsed document: gazetteer matches first, statistical NER after."""
from __future__ import annotations

import json
from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Doc, Span

from ..gazetteer import Gazetteer
from ..model import Mention

DATA = Path(__file__).resolve().parents[2] / "data"
LEADING = {"the", "a", "an"}


@lru_cache(maxsize=1)
def ner_labels() -> Mapping[str, str | None]:
    """The NER-label → ontology-class table from ``data/ner_labels.json``."""
    table = json.loads((DATA / "ner_labels.json").read_text(encoding="utf-8"))
    return {k: v for k, v in table.items() if not k.startswith("_")}


def trim(span: Span) -> Span:
    """Drop a leading article and a trailing possessive from an entity span."""
    start, end = span.start, span.end
    while start < end - 1 and span.doc[start].lower_ in LEADING:
        start += 1
    while end > start + 1 and span.doc[end - 1].tag_ == "POS":
        end -= 1
    return span.doc[start:end]


def mention_of(span: Span, doc_id: str, gaz: Gazetteer) -> Mention | None:
    """One entity span as a mention, or None when it names nothing the ontology tracks."""
    span = trim(span)
    actor = gaz.actors.get(span.ent_id_) if span.ent_id_ else None
    source = "gazetteer"
    if actor is None:
        actor = gaz.lookup(span.text)
        source = "ner"
    if actor is not None:
        return Mention(doc_id, span.start_char, span.end_char, span.text, actor.cls, actor.id, source)
    cls = ner_labels().get(span.label_)
    if cls is None or not any(t.is_alpha for t in span):
        return None
    return Mention(doc_id, span.start_char, span.end_char, span.text, cls, None, "ner")


def mentions(doc: Doc, doc_id: str, gaz: Gazetteer) -> list[Mention]:
    """Every actor or place mention in ``doc``, in text order."""
    found = (mention_of(ent, doc_id, gaz) for ent in doc.ents)
    return [m for m in found if m is not None]
