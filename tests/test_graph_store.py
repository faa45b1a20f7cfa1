"""Tests for kg.graph (quads, SHACL) and kg.store (atomic replace, bound queries, dumps, locking)."""
from __future__ import annotations

import dataclasses
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pyshacl
import pytest
import rdflib

from kg import iri
from kg.errors import StoreError, UnknownNameError
from kg.graph import to_dataset, to_quads
from kg.model import Document, DocumentResult, Entity, Mention, Quantity, Statement
from kg.ontology import load
from kg.store import Store

SHAPES = Path(__file__).resolve().parents[1] / "ontology" / "shapes.ttl"
HOSTILE = '" } ; DROP ALL ; #'
TEXT = "Russia and China signed a deal. Russia did not attack Ukraine."


@pytest.fixture(scope="module")
def ontology():
    return load()


def relation_of_quad(ontology, quad_class: int) -> str:
    """A non-structural relation of the given GDELT quad class, whatever the ontology calls it."""
    return sorted(r.name for r in ontology.relations.values() if r.quad_class == quad_class and not r.structural)[0]


def make_result(ontology, doc_id: str = "doc-1", label: str = "Russia", confidence: float = 0.85) -> DocumentResult:
    coop, conflict = relation_of_quad(ontology, 2), relation_of_quad(ontology, 4)
    doc = Document(doc_id, TEXT, date="2024-03-05", title="A <title>", url="https://example.com/a b",
                   publisher="Ministry <of> \"Truth\"")
    m = [Mention(doc_id, 0, 6, "Russia", "State", "RUS"), Mention(doc_id, 11, 16, "China", "State", "CHN"),
         Mention(doc_id, 32, 38, "Russia", "State", "RUS"), Mention(doc_id, 54, 61, "Ukraine", "State", "UKR")]
    entities = (Entity("RUS", label, "State", ("Russian Federation", "\x00Russland\ud800"), "Q159", "RUS",
                       (m[0], m[2])),
                Entity("CHN", "China", "State", (), "Q148", "CHN", (m[1],)),
                Entity("UKR", "Ukraine", "State", (), None, "UKR", (m[3],)))
    statements = (
        Statement(doc_id, "RUS", coop, "CHN", (0, 6), (11, 16), (17, 23), "sign", (0, 31), TEXT[:31],
                  confidence=confidence, date="2024-03", quantity=Quantity(73.0, "percent", "73 percent")),
        Statement(doc_id, "RUS", conflict, "UKR", (32, 38), (54, 61), (47, 53), "attack", (32, 62), TEXT[32:],
                  modality="negated", confidence=0.6, speaker="CHN"),
    )
    return DocumentResult(doc, entities, statements)


def triples(quads: list[ox.Quad]) -> set[tuple]:
    return {(q.subject, q.predicate, q.object) for q in quads}


def test_plain_triple_only_for_non_negated(ontology) -> None:
    result = make_result(ontology)
    t = triples(to_quads(result, ontology))
    rus, chn, ukr = (iri.actor_iri(x) for x in ("RUS", "CHN", "UKR"))
    coop, conflict = (iri.named(ontology.relation(s.relation).iri) for s in result.statements)
    assert (rus, coop, chn) in t
    assert (rus, conflict, ukr) not in t
    statements = {s for s, p, o in t if p == iri.named(iri.RDF + "type") and o == iri.kg("Statement")}
    assert len(statements) == 2
    negated = next(s for s in statements if (s, iri.kg("modality"), ox.Literal("negated")) in t)
    assert (negated, iri.named(iri.RDF + "predicate"), conflict) in t
    assert (negated, iri.kg("speaker"), chn) in t


def test_statement_evidence_and_codes(ontology) -> None:
    result = make_result(ontology)
    quads = to_quads(result, ontology)
    rel = ontology.relation(result.statements[0].relation)
    node = next(q.subject for q in quads if q.predicate == iri.named(iri.RDF + "object")
                and q.object == iri.actor_iri("CHN"))
    values = {q.predicate.value.rsplit("#", 1)[-1]: q.object for q in quads if q.subject == node}
    assert values["confidence"] == ox.Literal("0.85", datatype=ox.NamedNode(iri.XSD + "decimal"))
    assert values["cameoCode"].value == rel.cameo
    assert values["quadClass"].value == ontology.quad_classes[rel.quad_class].iri
    assert values["triggerStart"] == iri.integer(17) and values["sentenceEnd"] == iri.integer(31)
    assert values["eventDate"] == iri.date("2024-03")
    assert values["quantityValue"].value == "73"
    assert values["wasDerivedFrom"] == iri.doc_iri("doc-1")


def test_quads_are_deterministic_and_in_document_graph(ontology) -> None:
    a, b = to_quads(make_result(ontology), ontology), to_quads(make_result(ontology), ontology)
    assert a == b and len(a) == len(set(a))
    assert {q.graph_name for q in a} == {iri.graph_iri("doc-1")}


def test_entities_mentions_and_document(ontology) -> None:
    t = triples(to_quads(make_result(ontology), ontology))
    rus = iri.actor_iri("RUS")
    assert (rus, iri.named(iri.SKOS + "prefLabel"), ox.Literal("Russia")) in t
    assert (rus, iri.named(iri.SKOS + "altLabel"), ox.Literal("Russland")) in t
    assert (rus, iri.named(iri.OWL + "sameAs"), iri.wikidata_iri("Q159")) in t
    assert (rus, iri.named(iri.RDF + "type"), iri.named(ontology.entity_class("State").iri)) in t
    mention = iri.mention_iri("doc-1", 32, 38)
    assert (mention, iri.kg("mentionOf"), rus) in t and (mention, iri.kg("end"), iri.integer(38)) in t
    doc = iri.doc_iri("doc-1")
    assert (doc, iri.named(iri.DCTERMS + "source"), ox.NamedNode("https://example.com/a%20b")) in t
    assert (doc, iri.named(iri.DCTERMS + "date"), iri.date("2024-03-05")) in t
    assert (doc, iri.named(iri.DCTERMS + "publisher"), ox.Literal('Ministry <of> "Truth"')) in t


def test_hostile_document_serialises(ontology) -> None:
    quads = to_quads(make_result(ontology, doc_id=HOSTILE + "\n\ud800", label=HOSTILE + "\x1b"), ontology)
    data = ox.serialize(quads, format=ox.RdfFormat.TRIG, prefixes=iri.PREFIXES)
    assert set(ox.parse(data, format=ox.RdfFormat.TRIG)) == set(quads)
    assert len(list(rdflib.Dataset().parse(data=data, format="trig").quads())) == len(quads)


def shacl(quads: list[ox.Quad], ontology) -> tuple[bool, str]:
    data = rdflib.Graph()
    for s, p, o, _ in to_dataset(quads).quads((None, None, None, None)):
        data.add((s, p, o))
    conforms, _, text = pyshacl.validate(data, shacl_graph=rdflib.Graph().parse(SHAPES), ont_graph=ontology.graph(),
                                         inference="rdfs")
    return conforms, text


def test_shacl_accepts_what_graph_writes(ontology) -> None:
    conforms, text = shacl(to_quads(make_result(ontology), ontology), ontology)
    assert conforms, text


def test_shacl_rejects_broken_statement(ontology) -> None:
    conforms, text = shacl(to_quads(make_result(ontology, confidence=2.0), ontology), ontology)
    assert not conforms and "confidence" in text


def _swap(predicate: str, value: ox.Literal | ox.NamedNode):
    """A breakage: every object of ``predicate`` replaced by ``value``."""
    return lambda qs: [ox.Quad(q.subject, q.predicate, value, q.graph_name) if q.predicate.value == predicate else q
                       for q in qs]


BREAKAGES = {
    "no rdf:subject": lambda qs: [q for q in qs if q.predicate.value != iri.RDF + "subject"],
    "no provenance": lambda qs: [q for q in qs if q.predicate.value != iri.PROV + "wasDerivedFrom"],
    "bad modality": _swap(iri.KG + "modality", ox.Literal("maybe")),
    "bad quad class": _swap(iri.KG + "quadClass", ox.NamedNode(iri.KG + "Nothing")),
    "string confidence": _swap(iri.KG + "confidence", ox.Literal("high")),
    "negative offset": _swap(iri.KG + "sentenceStart", ox.Literal("-1", datatype=ox.NamedNode(iri.XSD + "integer"))),
    "bad iso3": _swap(iri.KG + "iso3", ox.Literal("Rus")),
    "bad sameAs": _swap(iri.OWL + "sameAs", ox.NamedNode("http://example.com/Q1")),
    "empty mention": _swap(iri.KG + "end", iri.integer(0)),
    "two labels": lambda qs: qs + [ox.Quad(iri.actor_iri("RUS"), ox.NamedNode(iri.SKOS + "prefLabel"),
                                           ox.Literal("Rossiya"), qs[0].graph_name)],
}


@pytest.mark.parametrize("name", sorted(BREAKAGES))
def test_shacl_rejects_breakage(ontology, name: str) -> None:
    assert not shacl(BREAKAGES[name](to_quads(make_result(ontology), ontology)), ontology)[0]


def test_dataset_keeps_named_graphs(ontology) -> None:
    quads = to_quads(make_result(ontology), ontology)
    ds = to_dataset(quads)
    graph = ds.graph(rdflib.URIRef(iri.graph_iri("doc-1").value))
    assert len(graph) == len(quads)
    assert (None, None, rdflib.Literal("0.85", datatype=rdflib.XSD.decimal)) in graph


@pytest.fixture()
def store(tmp_path: Path):
    with Store(tmp_path / "nested" / "store") as s:
        yield s


def test_replace_is_idempotent_and_keeps_documents_apart(store: Store, ontology) -> None:
    one, two = to_quads(make_result(ontology), ontology), to_quads(make_result(ontology, "doc-2"), ontology)
    store.replace_document("doc-1", one)
    n = len(store)
    store.replace_document("doc-1", one)
    assert len(store) == n == len(one)
    store.replace_document("doc-2", two)
    assert store.documents() == ["doc-1", "doc-2"] and len(store) == len(one) + len(two)
    changed = to_quads(make_result(ontology, confidence=0.4), ontology)
    store.replace_document("doc-1", changed)
    assert len(store) == len(changed) + len(two)
    assert not [g for g in store.db.named_graphs() if "/staging/" in g.value]
    assert store.select("SELECT (COUNT(*) AS ?n) WHERE { ?s kg:confidence 0.85 }") == [{"n": 1}]
    store.replace_document("doc-2", [])
    assert store.documents() == ["doc-1"] and len(store) == len(changed)


def test_interrupted_replace_keeps_previous_graph(tmp_path: Path, ontology) -> None:
    path = tmp_path / "store"
    good = to_quads(make_result(ontology), ontology)
    with Store(path) as store:
        store.replace_document("doc-1", good)
        new = to_quads(make_result(ontology, label="Changed"), ontology)

        def interrupted():
            for i, quad in enumerate(new):
                if i == len(new) // 2:
                    raise RuntimeError("interrupted")
                yield quad

        with pytest.raises(RuntimeError):
            store.replace_document("doc-1", interrupted())
        assert set(store.db) == set(good)
        store.db.add(ox.Quad(iri.actor_iri("x"), iri.kg("p"), iri.literal("left"), iri.staging_iri("crash")))
    with Store(path) as store:
        assert set(store.db) == set(good) and store.documents() == ["doc-1"]
        assert not [g for g in store.db.named_graphs() if "/staging/" in g.value]


def test_bound_query_with_hostile_label(store: Store, ontology) -> None:
    store.replace_document("doc-1", to_quads(make_result(ontology, label=HOSTILE), ontology))
    n = len(store)
    rows = store.select("SELECT ?a ?label WHERE { ?a skos:prefLabel ?label }", {"label": HOSTILE})
    assert rows == [{"a": iri.actor_iri("RUS").value, "label": HOSTILE}]
    assert store.select("SELECT ?a ?label WHERE { ?a skos:prefLabel ?label }", {"label": "Russia"}) == []
    assert len(store) == n and store.documents() == ["doc-1"]
    rows = store.select("SELECT ?s ?c WHERE { ?s kg:confidence ?c }", {"c": 0.85})
    assert [r["c"] for r in rows] == [0.85]
    assert store.select("SELECT ?a ?o WHERE { ?a kg:iso3 ?o }", {"a": iri.actor_iri("CHN")}) == [
        {"a": iri.actor_iri("CHN").value, "o": "CHN"}]


def test_query_errors_are_store_errors(store: Store) -> None:
    with pytest.raises(StoreError):
        store.query("SELECT WHERE {")
    with pytest.raises(StoreError):
        store.select("ASK { ?s ?p ?o }")
    with pytest.raises(StoreError, match="bad binding"):
        store.select("SELECT ?x WHERE { ?x ?p ?o }", {"not a name": "x"})
    with pytest.raises(StoreError):  # Oxigraph wants a bound variable in the SELECT projection
        store.select("SELECT ?a WHERE { ?a skos:prefLabel ?label }", {"label": "x"})


def test_dumps_parse(store: Store, ontology, tmp_path: Path) -> None:
    store.replace_document("doc-1", to_quads(make_result(ontology, label=HOSTILE), ontology))
    store.replace_document(HOSTILE, to_quads(make_result(ontology, HOSTILE), ontology))
    union = {(q.subject, q.predicate, q.object) for q in store.db}
    ttl = store.dump("ttl")
    assert b"@prefix kg: <https://w3id.org/kg/ontology#>" in ttl
    assert {(q.subject, q.predicate, q.object) for q in ox.parse(ttl, format=ox.RdfFormat.TURTLE)} == union
    assert len(rdflib.Graph().parse(data=ttl, format="turtle")) == len(union)
    trig = store.dump("trig")
    assert set(ox.parse(trig, format=ox.RdfFormat.TRIG)) == set(store.db)
    assert len(list(rdflib.Dataset().parse(data=trig, format="trig").quads())) == len(store)
    assert len(list(ox.parse(store.dump("nq"), format=ox.RdfFormat.N_QUADS))) == len(store)
    assert len(list(ox.parse(store.dump("nt"), format=ox.RdfFormat.N_TRIPLES))) == len(union)
    assert store.dump("ttl") == ttl
    with pytest.raises(UnknownNameError, match="nq, nt, trig, ttl"):
        store.dump("rdfxml")


def test_second_process_gets_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "store"
    with Store(path):
        code = f"from kg.store import Store\nStore({str(path)!r})"
        proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                              cwd=Path(__file__).resolve().parents[1])
        assert proc.returncode != 0 and "StoreError" in proc.stderr and "in use" in proc.stderr
        with pytest.raises(StoreError, match="in use"):
            Store(path)


def test_read_only_and_closed(tmp_path: Path, ontology) -> None:
    path = tmp_path / "store"
    with Store(path) as store:
        store.replace_document("doc-1", to_quads(make_result(ontology), ontology))
    ro = Store.read_only(path)
    assert ro.documents() == ["doc-1"]
    with pytest.raises(StoreError, match="read-only"):
        ro.replace_document("doc-2", [])
    ro.close()
    with pytest.raises(StoreError, match="closed"):
        len(ro)
    (tmp_path / "file").write_text("not a store")
    with pytest.raises(StoreError, match="cannot open"):
        Store(tmp_path / "file")


def test_statement_fields_are_frozen_dataclass_friendly(ontology) -> None:
    result = make_result(ontology)
    twice = dataclasses.replace(result, statements=result.statements + result.statements[:1])
    assert to_quads(twice, ontology) == to_quads(result, ontology)


def test_rdflib_view_sees_the_same_quads(tmp_path):
    """Users get an rdflib Dataset over the very same Oxigraph store, named graphs included."""
    from kg.store import Store
    import pyoxigraph as ox
    from kg import iri
    with Store(tmp_path / "s") as store:
        s, p = iri.actor_iri("RUS"), ox.NamedNode("https://w3id.org/kg/ontology#opposes")
        store.replace_document("d1", [ox.Quad(s, p, iri.actor_iri("USA"), iri.graph_iri("d1"))])
        store.replace_document("d2", [ox.Quad(s, p, iri.actor_iri("JPN"), iri.graph_iri("d2"))])
        ds = store.rdflib()
        rows = list(ds.query("SELECT ?g ?o WHERE { GRAPH ?g { ?s ?p ?o } } ORDER BY ?o"))
        assert [str(r.o).rsplit("/", 1)[-1] for r in rows] == ["JPN", "USA"]
        assert len({str(r.g) for r in rows}) == 2
