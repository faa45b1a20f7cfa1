"""One parsed document → its entities and statements with evidence (the extract stage's entry point)."""
from __future__ import annotations

from functools import lru_cache

from rdflib import URIRef
from spacy.tokens import Doc

from .. import resolve
from ..gazetteer import Gazetteer
from ..model import Document, DocumentResult, Statement
from ..ontology import Ontology
from . import entities, relations, structural
from .arguments import Arguments
from .attribution import Attribution
from .dates import event_date
from .modality import modality, path_up
from .quantities import quantity


@lru_cache(maxsize=8)
def intent_relations(onto: Ontology) -> dict[int, str]:
    """Quad class → the relation that states an intent to act so (``kg:expressesIntentFor`` in the ontology)."""
    g, prop = onto.graph(), URIRef(onto.namespace + "expressesIntentFor")
    out: dict[int, str] = {}
    for rel, quad in g.subject_objects(prop):
        number = next((n for n, q in onto.quad_classes.items() if q.iri == str(quad)), None)
        if number is not None:
            out[number] = str(rel)[len(onto.namespace):]
    return out


@lru_cache(maxsize=8)
def mutual_relations(onto: Ontology) -> frozenset[str]:
    """Relations that coordinated subjects hold with each other: symmetric ones and ``kg:mutualWhenCoordinated``."""
    flagged = {str(s)[len(onto.namespace):] for s in onto.graph().subjects(URIRef(onto.namespace + "mutualWhenCoordinated"), None)}
    return frozenset(name for name, r in onto.relations.items() if r.symmetric or name in flagged)


@lru_cache(maxsize=8)
def reversal_index(onto: Ontology) -> dict[str, dict[str, str]]:
    """relation → {reversing verb → the relation it becomes}, from ``kg:reverses`` and ``kg:reversalVerb``."""
    g, ns = onto.graph(), onto.namespace
    out: dict[str, dict[str, str]] = {}
    for rel, quad in g.subject_objects(URIRef(ns + "reverses")):
        number = next((n for n, q in onto.quad_classes.items() if q.iri == str(quad)), None)
        verbs = {str(v) for v in g.objects(rel, URIRef(ns + "reversalVerb"))}
        for name, r in onto.relations.items():
            if r.quad_class == number and not r.structural:
                out.setdefault(name, {}).update({v: str(rel)[len(ns):] for v in verbs})
    return out


@lru_cache(maxsize=8)
def class_constraints(onto: Ontology) -> dict[str, tuple[frozenset[str], frozenset[str]]]:
    """relation → (allowed subject classes, allowed object classes), from ``kg:subjectClass``/``kg:objectClass``."""
    g, ns = onto.graph(), onto.namespace
    out: dict[str, tuple[frozenset[str], frozenset[str]]] = {}
    for name, rel in onto.relations.items():
        subj = frozenset(str(c)[len(ns):] for c in g.objects(URIRef(rel.iri), URIRef(ns + "subjectClass")))
        obj = frozenset(str(c)[len(ns):] for c in g.objects(URIRef(rel.iri), URIRef(ns + "objectClass")))
        if subj or obj:
            out[name] = (subj, obj)
    return out


def _fits(onto: Ontology, cls: str, allowed: frozenset[str]) -> bool:
    return not allowed or any(cls in onto.classes and onto.is_subclass(cls, a) for a in allowed)


def extract(doc: Doc, document: Document, onto: Ontology, gaz: Gazetteer) -> DocumentResult:
    """Mentions, resolved entities and statements of one document; pure apart from reading the lexicons."""
    doc_ents = tuple(doc.ents)  # Doc.ents is rebuilt on every access
    mentions = entities.mentions(doc, document.id, gaz, onto.classes, onto.trigger_index()["title"])
    ids = resolve.resolve(mentions)
    attribution = Attribution(doc, document.text)
    args = Arguments(doc, document.id, ids, attribution, gaz, {n for n, c in onto.classes.items() if c.actor},
                     onto.trigger_index()["title"], document.date)
    index = onto.trigger_index()
    structural_names = frozenset(n for n, r in onto.relations.items() if r.structural)
    found = [*relations.candidates(args, index, mutual_relations(onto), reversal_index(onto), structural_names), *structural.candidates(args, index["title"], gaz, lambda c: any(onto.is_subclass(c, h) for h in structural.HOLDERS))]
    intents = intent_relations(onto)
    best: dict[tuple, Statement] = {}
    constraints = class_constraints(onto)
    for c in found:
        rel = onto.relation(c.relation)
        allowed = constraints.get(c.relation)
        if allowed and not (_fits(onto, c.subject[0].cls, allowed[0]) and _fits(onto, c.object[0].cls, allowed[1])):
            continue  # "joined John Kerry" makes no one a member of a person
        mood = modality(c.trigger) if not rel.structural else "asserted"
        name = c.relation
        if mood == "intended" and rel.quad_class in intents and not rel.structural:
            name, mood = intents[rel.quad_class], "asserted"  # CAMEO codes a stated intent to cooperate as its own event
        speaker_tok = attribution.speaker(c.trigger)
        speakers = args.actors(speaker_tok, generic=False, expand=False) if speaker_tok is not None else []
        governors = path_up(c.trigger, 3)
        sent = attribution.sentence_of(c.trigger)
        sentence = sent.text.rstrip()  # a paragraph break belongs to no sentence
        conf = c.confidence - (0.1 if mood == "hedged" else 0.0)
        st = Statement(
            doc_id=document.id, subject=c.subject[1], relation=name, object=c.object[1],
            subject_span=c.subject[0].span, object_span=c.object[0].span,
            trigger_span=(c.trigger.idx, c.trigger.idx + len(c.trigger.text)), trigger=c.trigger.lemma_.lower(),
            sentence_span=(sent.start_char, sent.start_char + len(sentence)), sentence=sentence, modality=mood,
            confidence=round(max(0.05, min(0.99, conf)), 2), extractor=c.rule,
            speaker=speakers[0][1] if speakers else None,
            date=event_date(governors, sent, document.date, doc_ents) if not rel.structural else None,
            quantity=quantity(governors, doc_ents) if not rel.structural else None,
        )
        key = (st.subject, st.relation, st.object, st.trigger_span)
        if key not in best or best[key].confidence < st.confidence:
            best[key] = st
    statements = tuple(sorted(best.values(), key=lambda s: (s.sentence_span, s.trigger_span, s.subject, s.relation, s.object)))
    used = {m for m in args.added if any(m.span in (s.subject_span, s.object_span) for s in statements)}
    ents = resolve.entities(resolve.merge(ids.items(), ((m, args.added[m]) for m in sorted(used, key=lambda m: m.span))), gaz)
    return DocumentResult(document, ents, statements)
