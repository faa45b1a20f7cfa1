"""Turns one DocumentResult into the quads of its named graph: document, entities, mentions, statements."""
from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

import rdflib
from pyoxigraph import BlankNode, DefaultGraph, Literal, NamedNode, Quad

from kg import iri
from kg.errors import IRIError, UnknownNameError
from kg.iri import DCTERMS, OWL, PROV, RDF, SKOS, XSD
from kg.model import MODALITIES, Document, DocumentResult, Entity, Statement

if TYPE_CHECKING:
    from kg.ontology import Ontology

Term = NamedNode | BlankNode | Literal
Add = Callable[[NamedNode, NamedNode, Term], None]

A = iri.named(RDF + "type")
R_SUBJECT, R_PREDICATE, R_OBJECT = (iri.named(RDF + n) for n in ("subject", "predicate", "object"))
PREF_LABEL, ALT_LABEL = iri.named(SKOS + "prefLabel"), iri.named(SKOS + "altLabel")
SAME_AS = iri.named(OWL + "sameAs")
PROV_ENTITY, DERIVED_FROM = iri.named(PROV + "Entity"), iri.named(PROV + "wasDerivedFrom")
DCT = {n: iri.named(DCTERMS + n) for n in ("identifier", "title", "date", "source", "publisher")}
K = {n: iri.kg(n) for n in (
    "Document Statement Mention mentionOf inDocument start end text iso3 cameoCode quadClass goldstein "
    "confidence modality extractor trigger sentence sentenceStart sentenceEnd subjectStart subjectEnd "
    "objectStart objectEnd triggerStart triggerEnd speaker eventDate quantityValue quantityUnit "
    "quantityDirection quantityText partOf").split()}
_XSD_STRING = XSD + "string"


def _document(add: Add, doc: Document, node: NamedNode) -> None:
    """Describe the document node."""
    add(node, A, K["Document"])
    add(node, A, PROV_ENTITY)
    add(node, DCT["identifier"], iri.literal(doc.id))
    if doc.title:
        add(node, DCT["title"], iri.literal(doc.title))
    if doc.date:
        try:
            add(node, DCT["date"], iri.date(doc.date))
        except IRIError:  # dcterms:date admits any literal; keep the text as given
            add(node, DCT["date"], iri.literal(doc.date))
    if doc.publisher:
        add(node, DCT["publisher"], iri.literal(doc.publisher))
    if doc.url:
        try:
            add(node, DCT["source"], iri.external_iri(doc.url))
        except IRIError:
            add(node, DCT["source"], iri.literal(doc.url))


def _entity(add: Add, entity: Entity, ontology: Ontology, doc: Document, doc_node: NamedNode) -> None:
    """Describe an entity and its mentions in this document."""
    node = iri.actor_iri(entity.id)
    add(node, A, iri.named(ontology.entity_class(entity.cls).iri))
    add(node, PREF_LABEL, iri.literal(entity.label))
    for alias in entity.aliases:
        if alias != entity.label:
            add(node, ALT_LABEL, iri.literal(alias))
    if entity.wikidata:
        add(node, SAME_AS, iri.wikidata_iri(entity.wikidata))
    if entity.iso3:
        add(node, K["iso3"], iri.literal(entity.iso3))
    if entity.part_of:
        add(node, K["partOf"], iri.actor_iri(entity.part_of))
    for m in entity.mentions:
        if m.doc_id != doc.id:
            continue
        mention = iri.mention_iri(doc.id, m.start, m.end)
        add(mention, A, K["Mention"])
        add(mention, K["mentionOf"], node)
        add(mention, K["inDocument"], doc_node)
        add(mention, K["start"], iri.integer(m.start))
        add(mention, K["end"], iri.integer(m.end))
        add(mention, K["text"], iri.literal(m.text))


def _statement(add: Add, st: Statement, ontology: Ontology, doc: Document, doc_node: NamedNode) -> None:
    """Describe a statement node with its evidence, and the plain triple unless it is negated."""
    if st.modality not in MODALITIES:
        raise UnknownNameError("modality", st.modality, MODALITIES)
    rel = ontology.relation(st.relation)
    predicate = iri.named(rel.iri)
    subject, obj = iri.actor_iri(st.subject), iri.actor_iri(st.object)
    node = iri.statement_iri(doc.id, _key(doc, st))
    add(node, A, K["Statement"])
    add(node, A, PROV_ENTITY)
    add(node, R_SUBJECT, subject)
    add(node, R_PREDICATE, predicate)
    add(node, R_OBJECT, obj)
    if rel.cameo is not None:
        add(node, K["cameoCode"], iri.literal(rel.cameo))
    if rel.quad_class is not None:
        add(node, K["quadClass"], iri.named(ontology.quad_classes[rel.quad_class].iri))
    if rel.goldstein is not None:
        add(node, K["goldstein"], iri.decimal(rel.goldstein))
    add(node, K["confidence"], iri.decimal(st.confidence))
    add(node, K["modality"], iri.literal(st.modality))
    add(node, K["extractor"], iri.literal(st.extractor))
    add(node, K["trigger"], iri.literal(st.trigger))
    add(node, K["sentence"], iri.literal(st.sentence))
    for name, (start, end) in (("sentence", st.sentence_span), ("subject", st.subject_span),
                               ("object", st.object_span), ("trigger", st.trigger_span)):
        add(node, K[name + "Start"], iri.integer(start))
        add(node, K[name + "End"], iri.integer(end))
    if st.speaker:
        add(node, K["speaker"], iri.actor_iri(st.speaker))
    if st.date:
        try:
            add(node, K["eventDate"], iri.date(st.date))
        except IRIError:  # not ISO-shaped: the extractor's contract is broken; leave the date out
            pass
    if st.quantity is not None:
        q = st.quantity
        add(node, K["quantityValue"], iri.decimal(q.value))
        add(node, K["quantityText"], iri.literal(q.text))
        if q.unit:
            add(node, K["quantityUnit"], iri.literal(q.unit))
        if q.direction:
            add(node, K["quantityDirection"], iri.literal(q.direction))
    add(node, DERIVED_FROM, doc_node)
    if st.modality != "negated":
        add(subject, predicate, obj)


def _key(doc: Document, st: Statement) -> str:
    """The statement's identity: same document, relation, actors and spans give the same IRI."""
    return iri.statement_key(doc.id, st.relation, st.subject, st.object,
                             tuple(st.trigger_span), tuple(st.subject_span), tuple(st.object_span))


def _unique(statements: Iterable[Statement], doc: Document) -> list[Statement]:
    """Keep one statement per key: the most confident, the first on ties."""
    best: dict[str, Statement] = {}
    for st in statements:
        key = _key(doc, st)
        if key not in best or st.confidence > best[key].confidence:
            best[key] = st
    return list(best.values())


def to_quads(result: DocumentResult, ontology: Ontology) -> list[Quad]:
    """Return the quads of ``result``'s named graph, deterministic for the same input."""
    doc = result.document
    graph, doc_node = iri.graph_iri(doc.id), iri.doc_iri(doc.id)
    quads: dict[Quad, None] = {}

    def add(s: NamedNode, p: NamedNode, o: Term) -> None:
        quads[Quad(s, p, o, graph)] = None

    _document(add, doc, doc_node)
    for entity in result.entities:
        _entity(add, entity, ontology, doc, doc_node)
    for st in _unique(result.statements, doc):
        _statement(add, st, ontology, doc, doc_node)
    return list(quads)


def to_rdflib(t: Term) -> rdflib.term.Identifier:
    """Return the rdflib term for a pyoxigraph term (xsd:string literals become plain literals)."""
    if isinstance(t, NamedNode):
        return rdflib.URIRef(t.value)
    if isinstance(t, BlankNode):
        return rdflib.BNode(t.value)
    if isinstance(t, Literal):
        if t.language:
            return rdflib.Literal(t.value, lang=t.language)
        dtype = t.datatype.value
        return rdflib.Literal(t.value) if dtype == _XSD_STRING else rdflib.Literal(t.value, datatype=rdflib.URIRef(dtype))
    raise TypeError(f"cannot convert {t!r} to rdflib")


def to_dataset(quads: Iterable[Quad]) -> rdflib.Dataset:
    """Return the quads as an rdflib Dataset, one named graph per document graph."""
    ds = rdflib.Dataset()
    graphs: dict[object, rdflib.Graph] = {}
    for q in quads:
        name = q.graph_name
        if name not in graphs:
            graphs[name] = ds.default_graph if isinstance(name, DefaultGraph) else ds.graph(to_rdflib(name))
        graphs[name].add((to_rdflib(q.subject), to_rdflib(q.predicate), to_rdflib(q.object)))
    return ds
