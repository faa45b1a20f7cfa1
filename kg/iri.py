"""The one place kg mints IRIs and literals: percent-encoded, deterministic, valid for Oxigraph, rdflib and Jena."""
from __future__ import annotations

import datetime as dt
import hashlib
import re
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from urllib.parse import quote, unquote

from pyoxigraph import BlankNode, Literal, NamedNode

from kg.errors import IRIError

KG = "https://w3id.org/kg/ontology#"
ID = "https://w3id.org/kg/id/"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
OWL = "http://www.w3.org/2002/07/owl#"
XSD = "http://www.w3.org/2001/XMLSchema#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
PROV = "http://www.w3.org/ns/prov#"
DCTERMS = "http://purl.org/dc/terms/"
WIKIDATA = "http://www.wikidata.org/entity/"
ONTOLOGY_GRAPH = NamedNode("https://w3id.org/kg/ontology")  # the named graph holding ontology/kg.ttl in a store
PREFIXES = {"kg": KG, "skos": SKOS, "owl": OWL, "prov": PROV, "rdf": RDF, "rdfs": RDFS, "xsd": XSD,
            "dcterms": DCTERMS}

_BAD_CHARS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
_LANG = re.compile(r"[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*", re.ASCII)
_QID = re.compile(r"Q[0-9]+", re.ASCII)
_STRAY_PERCENT = re.compile(r"%(?![0-9A-Fa-f]{2})")
_DATE_SHAPES = (
    (re.compile(r"[0-9]{4}", re.ASCII), "gYear"),
    (re.compile(r"[0-9]{4}-(0[1-9]|1[0-2])", re.ASCII), "gYearMonth"),
    (re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", re.ASCII), "date"),
    (re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})?",
                re.ASCII), "dateTime"),
)
_LANG_STRINGS = (RDF + "langString", RDF + "dirLangString")


def clean(text: str) -> str:
    """Return ``text`` without lone surrogates, non-characters and control characters other than tab, LF, CR."""
    if not _BAD_CHARS.search(text):
        return text
    if re.search("[\ud800-\udfff]", text):  # join valid surrogate pairs, drop lone halves
        text = text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "ignore")
    return _BAD_CHARS.sub("", text)


def named(iri: str) -> NamedNode:
    """Return ``iri`` as a NamedNode after checking it is a valid absolute IRI."""
    try:
        return NamedNode(iri)
    except (ValueError, TypeError, UnicodeError) as exc:
        raise IRIError(f"not a valid absolute IRI: {iri!r} ({exc})") from None


def kg(name: str) -> NamedNode:
    """Return the ontology term ``kg:name``."""
    return named(KG + name)


def _segment(text: str, what: str) -> str:
    """Percent-encode ``text`` so only RFC 3986 unreserved characters stay literal (injective, deterministic)."""
    if not isinstance(text, str) or not text:
        raise IRIError(f"{what} must be a non-empty string, got {text!r}")
    return quote(text, safe="", errors="surrogatepass")


def _offset(value: int, what: str) -> int:
    """Check that ``value`` is a non-negative int character offset."""
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise IRIError(f"{what} must be a non-negative integer, got {value!r}")
    return value


@lru_cache(maxsize=65536)
def actor_iri(entity_id: str) -> NamedNode:
    """Return the IRI of an actor or other entity."""
    return NamedNode(ID + "actor/" + _segment(entity_id, "entity id"))


def doc_iri(doc_id: str) -> NamedNode:
    """Return the IRI of a document node."""
    return NamedNode(ID + "doc/" + _segment(doc_id, "document id"))


def graph_iri(doc_id: str) -> NamedNode:
    """Return the IRI of a document's named graph."""
    return NamedNode(ID + "graph/" + _segment(doc_id, "document id"))


def doc_id_of(graph: NamedNode) -> str | None:
    """Return the document id a graph IRI was minted from, or None for other graphs."""
    prefix = ID + "graph/"
    return unquote(graph.value[len(prefix):], errors="surrogatepass") if graph.value.startswith(prefix) else None


def mention_iri(doc_id: str, start: int, end: int) -> NamedNode:
    """Return the IRI of the mention at ``[start, end)`` in a document."""
    start, end = _offset(start, "mention start"), _offset(end, "mention end")
    return NamedNode(f"{ID}mention/{_segment(doc_id, 'document id')}/{start}-{end}")


def statement_key(*parts: object) -> str:
    """Return the first 16 hex digits of the SHA-1 of ``parts`` (doc, relation, subject, object, spans)."""
    text = "\x1f".join(repr(p) for p in parts)
    return hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def statement_iri(doc_id: str, key: str) -> NamedNode:
    """Return the IRI of a statement node; ``key`` usually comes from :func:`statement_key`."""
    return NamedNode(f"{ID}statement/{_segment(doc_id, 'document id')}/{_segment(key, 'statement key')}")


def staging_iri(token: str) -> NamedNode:
    """Return the IRI of a temporary graph used while replacing a document."""
    return NamedNode(ID + "staging/" + _segment(token, "staging token"))


def wikidata_iri(qid: str) -> NamedNode:
    """Return the Wikidata entity IRI for an id such as ``Q159``."""
    if not isinstance(qid, str) or not _QID.fullmatch(qid):
        raise IRIError(f"not a Wikidata item id (Q followed by digits): {qid!r}")
    return NamedNode(WIKIDATA + qid)


def external_iri(url: str) -> NamedNode:
    """Return a web address as a NamedNode, percent-encoding characters IRIs forbid; IRIError if still invalid."""
    if not isinstance(url, str):
        raise IRIError(f"a URL must be a string, got {url!r}")
    text = _STRAY_PERCENT.sub("%25", clean(url).strip())
    return named(quote(text, safe="!#$%&'()*+,/:;=?@[]~", errors="surrogatepass"))


def _datatype(datatype: str | NamedNode) -> NamedNode:
    """Validate a datatype IRI (a full IRI: "xsd:integer" would pass as one with scheme "xsd", so refuse it)."""
    if isinstance(datatype, NamedNode):
        return datatype
    if not isinstance(datatype, str) or datatype.split(":", 1)[0] in PREFIXES:
        raise IRIError(f"datatype must be a full IRI such as {XSD}integer, got {datatype!r}")
    return named(datatype)


def integer(value: int) -> Literal:
    """Return an xsd:integer literal."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise IRIError(f"not an integer: {value!r}")
    return Literal(str(value), datatype=named(XSD + "integer"))


def decimal_text(value: float | int | Decimal | str) -> str:
    """Return the canonical xsd:decimal lexical form of ``value`` (``0.85``, ``-10``, ``0``), as Oxigraph stores it."""
    if isinstance(value, bool):
        raise IRIError(f"not a number: {value!r}")
    try:
        number = Decimal(repr(value)) if isinstance(value, float) else Decimal(value)
    except (InvalidOperation, TypeError, ValueError):
        raise IRIError(f"not a decimal number: {value!r}") from None
    if not number.is_finite():
        raise IRIError(f"not a finite number: {value!r}")
    text = format(number.normalize(), "f")  # Oxigraph's canonical form: no exponent, no trailing zeros
    return "0" if number.is_zero() else text


def decimal(value: float | int | Decimal | str) -> Literal:
    """Return an xsd:decimal literal with a stable lexical form."""
    return Literal(decimal_text(value), datatype=named(XSD + "decimal"))


def date(value: str | dt.date) -> Literal:
    """Return an ISO date as xsd:gYear, xsd:gYearMonth, xsd:date or xsd:dateTime, chosen by its shape."""
    if isinstance(value, dt.datetime):
        value = value.isoformat()
    elif isinstance(value, dt.date):
        value = value.isoformat()
    if isinstance(value, str):
        for shape, kind in _DATE_SHAPES:
            if shape.fullmatch(value):
                try:
                    if kind in ("date", "dateTime"):
                        (dt.date if kind == "date" else dt.datetime).fromisoformat(value)
                except ValueError:
                    break
                return Literal(value, datatype=named(XSD + kind))
    raise IRIError(f"not an ISO 8601 year, year-month, date or date-time: {value!r}")


def literal(value: object, datatype: str | NamedNode | None = None, lang: str | None = None) -> Literal:
    """Return a literal: str cleaned (optionally typed or language-tagged); int, float, bool and dates typed."""
    if datatype is None and lang is None and not isinstance(value, str):
        if isinstance(value, bool):
            return Literal("true" if value else "false", datatype=named(XSD + "boolean"))
        if isinstance(value, int):
            return integer(value)
        if isinstance(value, (float, Decimal)):
            return decimal(value)
        if isinstance(value, dt.date):
            return date(value)
        raise IRIError(f"cannot make a literal from {type(value).__name__} {value!r}")
    if not isinstance(value, str):
        raise IRIError(f"a typed or tagged literal needs a str lexical form, got {value!r}")
    text = clean(value)
    if lang is not None:
        if not isinstance(lang, str) or not _LANG.fullmatch(lang):
            raise IRIError(f"not a BCP 47 language tag: {lang!r}")
        if datatype is not None and _datatype(datatype).value not in _LANG_STRINGS:
            raise IRIError(f"a literal cannot have both language {lang!r} and datatype {datatype!r}")
        try:
            return Literal(text, language=lang)
        except ValueError as exc:
            raise IRIError(f"not a valid language tag: {lang!r} ({exc})") from None
    if datatype is None:
        return Literal(text)
    node = _datatype(datatype)
    if node.value in _LANG_STRINGS:
        raise IRIError(f"datatype {node.value} needs a language tag")
    return Literal(text, datatype=node)


def term(value: object) -> NamedNode | BlankNode | Literal:
    """Return ``value`` as an RDF term: pyoxigraph terms as they are, other values via :func:`literal`."""
    if isinstance(value, (NamedNode, BlankNode, Literal)):
        return value
    return literal(value)
