"""Hostile-text tests for kg.iri: every minted IRI and literal must be valid for Oxigraph and rdflib."""
from __future__ import annotations

import re

import pyoxigraph as ox
import pytest
import rdflib

from kg import iri
from kg.errors import IRIError

NASTY = [
    "\n", "<>", '" } ; DROP ALL ; #', "\ud800", "\udfff", "a\ud83d\ude00b", "%zz", "%", "%25", "%2", "😀",
    "\u202e evil \u202c", "\u200f", "\u200e", "\x00", "\x85", "\x7f", "\u2028", "\ufeff", "\ufffe", "a b",
    "../..", "?#[]@", "\\", "{}|^`", "ä/ö", "\t\r", "ß", "Ⅻ", "ﬁ", "x" * 5000, "http://example.com/", ":",
    "Côte d'Ivoire", "'''", '"""', "_:b0", "<http://x>", "\\u0041", "a.", ".", "-", "~", "日本",
    "\U0010ffff", "\x1b[31mred", "line1\r\nline2",
]
P = ox.NamedNode("https://w3id.org/kg/ontology#p")
CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")


def minted(text: str) -> list[ox.NamedNode]:
    return [iri.actor_iri(text), iri.doc_iri(text), iri.graph_iri(text), iri.mention_iri(text, 3, 7),
            iri.statement_iri(text, text), iri.staging_iri(text)]


@pytest.mark.parametrize("text", NASTY)
def test_minted_iris_are_valid_everywhere(text: str) -> None:
    for node in minted(text):
        assert ox.NamedNode(node.value) == node
        assert re.fullmatch(r"https://w3id\.org/kg/id/[A-Za-z0-9._~%/-]+", node.value)
        assert re.fullmatch(r"<[^<>\"{}|^`\\\s]+>", str(node))


@pytest.mark.parametrize("text", NASTY)
def test_round_trips_through_turtle(text: str) -> None:
    triples = [ox.Triple(node, P, iri.literal(text)) for node in minted(text)]
    data = ox.serialize(triples, format=ox.RdfFormat.TURTLE, prefixes=iri.PREFIXES)
    assert set(ox.parse(data, format=ox.RdfFormat.TURTLE)) == {ox.Quad(t.subject, t.predicate, t.object)
                                                                  for t in triples}
    g = rdflib.Graph()
    for node in minted(text):
        g.add((rdflib.URIRef(node.value), rdflib.URIRef(P.value), rdflib.Literal(iri.clean(text))))
    back = rdflib.Graph().parse(data=g.serialize(format="turtle"), format="turtle")
    assert set(back) == set(g)
    assert set(rdflib.Graph().parse(data=data, format="turtle")) == set(g)


def test_segments_are_injective_and_reversible() -> None:
    nodes = [iri.graph_iri(t) for t in NASTY]
    assert len(set(nodes)) == len(NASTY)
    assert [iri.doc_id_of(n) for n in nodes] == NASTY
    assert iri.doc_id_of(iri.actor_iri("x")) is None


def test_minting_is_deterministic() -> None:
    assert iri.actor_iri("vladimir-putin").value == "https://w3id.org/kg/id/actor/vladimir-putin"
    assert iri.mention_iri("a b", 1, 5).value == "https://w3id.org/kg/id/mention/a%20b/1-5"
    key = iri.statement_key("d", "cooperatesWith", "RUS", "CHN", (1, 2), (0, 1), (3, 4))
    assert re.fullmatch(r"[0-9a-f]{16}", key)
    assert key == iri.statement_key("d", "cooperatesWith", "RUS", "CHN", (1, 2), (0, 1), (3, 4))
    assert key != iri.statement_key("d", "cooperatesWith", "RUS", "CHN", (1, 2), (0, 1), (3, 5))


@pytest.mark.parametrize("bad", ["", None, 5])
def test_empty_or_non_string_ids_are_refused(bad: object) -> None:
    with pytest.raises(IRIError):
        iri.actor_iri(bad)  # type: ignore[arg-type]


def test_mention_offsets_must_be_non_negative() -> None:
    with pytest.raises(IRIError):
        iri.mention_iri("d", -1, 4)
    with pytest.raises(IRIError):
        iri.mention_iri("d", True, 4)  # type: ignore[arg-type]


@pytest.mark.parametrize("text", NASTY)
def test_literals_are_cleaned(text: str) -> None:
    lit = iri.literal(text)
    assert not CONTROL.search(lit.value.replace("\t", "").replace("\n", "").replace("\r", ""))
    assert isinstance(lit.value.encode("utf-8"), bytes)  # no lone surrogates left


def test_clean_keeps_whitespace_and_joins_surrogate_pairs() -> None:
    assert iri.clean("a\tb\nc\rd") == "a\tb\nc\rd"
    assert iri.clean("a\x00b\x85c\ud800d") == "abcd"
    assert iri.clean("x\ud83d\ude00y") == "x😀y"
    assert iri.clean("ok 😀 \u202e") == "ok 😀 \u202e"


@pytest.mark.parametrize("tag", ["en", "en-GB", "zh-Hant-TW", "de-CH-1996", "x-klingon"])
def test_valid_language_tags(tag: str) -> None:
    assert iri.literal("x", lang=tag).language == tag.lower()


@pytest.mark.parametrize("tag", ["", "en gb", "123456789", "en_GB", "en-", "-en", "e\nn", "en-abcdefghi", "ü"])
def test_invalid_language_tags(tag: str) -> None:
    with pytest.raises(IRIError):
        iri.literal("x", lang=tag)


@pytest.mark.parametrize("dtype", ["integer", "xsd:integer", "http://x/a b", "http://x/<>", "", "\ud800:x",
                                   iri.RDF + "langString"])
def test_invalid_datatypes(dtype: str) -> None:
    with pytest.raises(IRIError):
        iri.literal("1", datatype=dtype)


def test_language_and_datatype_together_are_refused() -> None:
    with pytest.raises(IRIError):
        iri.literal("1", datatype=iri.XSD + "integer", lang="en")


def test_typed_literals() -> None:
    assert iri.literal("5", datatype=iri.XSD + "integer").datatype.value == iri.XSD + "integer"
    assert iri.literal(5) == iri.integer(5)
    assert iri.literal(True).value == "true"
    with pytest.raises(IRIError):
        iri.literal(object())
    with pytest.raises(IRIError):
        iri.integer(True)  # type: ignore[arg-type]


@pytest.mark.parametrize("value,text", [(0.85, "0.85"), (1, "1"), (-10, "-10"), (1e-7, "0.0000001"),
                                        (-0.0, "0"), (0.1 + 0.2, "0.30000000000000004"), ("2.50", "2.5"),
                                        (1e20, "100000000000000000000"), (6.0, "6")])
def test_decimal_lexical_forms(value: object, text: str) -> None:
    lit = iri.decimal(value)  # type: ignore[arg-type]
    assert lit.value == text and lit.datatype.value == iri.XSD + "decimal"


@pytest.mark.parametrize("value", [float("nan"), float("inf"), True, "abc", None])
def test_bad_decimals(value: object) -> None:
    with pytest.raises(IRIError):
        iri.decimal(value)  # type: ignore[arg-type]


@pytest.mark.parametrize("value,kind", [("2024", "gYear"), ("2024-03", "gYearMonth"), ("2024-03-05", "date"),
                                        ("2024-03-05T10:00:00Z", "dateTime"),
                                        ("2024-03-05T10:00:00.5+02:00", "dateTime")])
def test_dates_choose_type_by_shape(value: str, kind: str) -> None:
    lit = iri.date(value)
    assert (lit.value, lit.datatype.value) == (value, iri.XSD + kind)


@pytest.mark.parametrize("value", ["2024-13", "2024-02-30", "March 2024", "24", "2024-3-5", "2024\n", "", "２０２４"])
def test_bad_dates(value: str) -> None:
    with pytest.raises(IRIError):
        iri.date(value)


def test_wikidata() -> None:
    assert iri.wikidata_iri("Q159").value == "http://www.wikidata.org/entity/Q159"
    for bad in ["Q159\n", "q159", "P31", "Q", "Q١٢", " Q1", "Q1 ", "http://www.wikidata.org/entity/Q1", None]:
        with pytest.raises(IRIError):
            iri.wikidata_iri(bad)  # type: ignore[arg-type]


def test_external_iri() -> None:
    assert iri.external_iri("https://example.com/a b?q=ü").value == "https://example.com/a%20b?q=%C3%BC"
    assert iri.external_iri("http://x/100%").value == "http://x/100%25"
    for bad in ["not a url", "relative/path", "http://x/#a#b"]:
        with pytest.raises(IRIError):
            iri.external_iri(bad)


def test_term_passes_terms_and_converts_values() -> None:
    node = iri.actor_iri("RUS")
    assert iri.term(node) is node
    assert iri.term("Russia") == ox.Literal("Russia")
    assert iri.term(0.5) == iri.decimal(0.5)
