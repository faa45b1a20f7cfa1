"""The plain values that pass between stages: documents, mentions, entities, statements.

All are frozen dataclasses; spans are ``(start, end)`` character offsets into the
document's text (end exclusive). Relation and class names are the local names used in
``ontology/kg.ttl``; stages look up their CAMEO code, quad class and Goldstein value there.
"""
from __future__ import annotations

from dataclasses import dataclass, field

Span = tuple[int, int]

MODALITIES = ("asserted", "hedged", "negated", "intended")


@dataclass(frozen=True)
class Document:
    """One input text. ``id`` is the file name without extension, or the JSON Lines ``id``."""

    id: str
    text: str
    date: str | None = None  # ISO 8601 date of publication, when known
    title: str | None = None
    url: str | None = None
    source: str | None = None  # where it was read from (path), for messages
    publisher: str | None = None  # who issued it ("CENTCOM", "Reuters"): the "we" of an unattributed text


@dataclass(frozen=True)
class Mention:
    """A stretch of text that names an actor or place."""

    doc_id: str
    start: int
    end: int
    text: str
    cls: str  # ontology class name: State, Person, Organization, IGO, WeaponSystem, Location ...
    actor_id: str | None = None  # gazetteer id when the gazetteer knows it
    source: str = "ner"  # "gazetteer", "ner", "title", "coref" ...

    @property
    def span(self) -> Span:
        return (self.start, self.end)


@dataclass(frozen=True)
class Entity:
    """One real-world actor: every mention of it, in any document, resolves to this ``id``."""

    id: str  # stable key: the gazetteer id, or a slug of class and name for unknown actors
    label: str
    cls: str
    aliases: tuple[str, ...] = ()
    wikidata: str | None = None
    iso3: str | None = None
    mentions: tuple[Mention, ...] = ()
    part_of: str | None = None  # the entity id of the state or organisation this one is part of


@dataclass(frozen=True)
class Quantity:
    """A number the text attaches to a claim ("by 73 percent")."""

    value: float
    unit: str  # "percent", "USD", "" ...
    text: str
    direction: str | None = None  # "increase", "decrease" or None


@dataclass(frozen=True)
class Statement:
    """One claim that ``subject`` stands in ``relation`` to ``object``, with its evidence."""

    doc_id: str
    subject: str  # Entity.id
    relation: str  # ontology relation name
    object: str  # Entity.id
    subject_span: Span
    object_span: Span
    trigger_span: Span
    trigger: str  # the trigger's lemma or title word
    sentence_span: Span
    sentence: str
    modality: str = "asserted"  # one of MODALITIES
    confidence: float = 0.5
    extractor: str = "dependency"  # which rule produced it
    speaker: str | None = None  # Entity.id of who asserted it, for reported speech
    date: str | None = None  # ISO date (or year, year-month) the text gives for the event
    quantity: Quantity | None = None


@dataclass(frozen=True)
class DocumentResult:
    """Everything extracted from one document, ready to become its named graph."""

    document: Document
    entities: tuple[Entity, ...] = ()
    statements: tuple[Statement, ...] = ()
    warnings: tuple[str, ...] = field(default=())
