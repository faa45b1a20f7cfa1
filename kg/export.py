"""Write the store out: RDF (Turtle, TriG, N-Quads, JSON-LD), the JSON Lines records the scorer reads, and
the hand-offs to analysts' tools (GraphML, GEXF, Cytoscape.js, i2 ANX and CSV, Neo4j CSV, an HTML view)."""
from __future__ import annotations

import importlib
import json
import warnings
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from kg.errors import UnknownNameError
from kg.iri import ID, PREFIXES, WIKIDATA
from kg.query import run

if TYPE_CHECKING:
    from kg.ontology import Ontology

Writer = Callable[[Any, "Ontology"], bytes]
# The coarse entity types of the JSON Lines format (the scorer counts these as actors); an entity's
# ``type`` is the nearest of them among its class and ancestors, its ``class`` the precise class.
EXPORT_TYPES = ("State", "Person", "Organization", "WeaponSystem", "Infrastructure")
JSONLD_CONTEXT = {**PREFIXES, "id": ID, "wd": WIKIDATA}


def local(iri: str | None) -> str | None:
    """The local name of an IRI (after ``#`` or the last ``/``)."""
    return None if iri is None else iri.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def export_type(cls: str, ontology: Ontology) -> str:
    """The nearest coarse export type of an ontology class, or the class itself when it has none."""
    known = cls in ontology.classes
    matches = [t for t in EXPORT_TYPES if t == cls or (known and t in ontology.classes and ontology.is_subclass(cls, t))]
    if not matches:
        return cls
    return next(t for t in matches if all(t == o or ontology.is_subclass(t, o) for o in matches))


def _most_specific(classes: list[str], ontology: Ontology) -> str:
    """Of the kg classes an entity is typed with, the one no other is a subclass of."""
    known = sorted(c for c in set(classes) if c in ontology.classes) or sorted(set(classes))
    for c in known:
        if not any(o != c and o in ontology.classes and ontology.is_subclass(o, c) for o in known):
            return c
    return known[0]


def entity_records(store: Any, ontology: Ontology) -> list[dict]:
    """One record per entity: id, label, type, class, wikidata, iso3, aliases, mentions; sorted by id."""
    found: dict[str, dict] = {}
    for row in run(store, "export_entities").dicts():
        e = found.setdefault(row["entity"], {"label": row["label"], "classes": [], "wikidata": None,
                                             "iso3": None, "aliases": set(), "mentions": set()})
        e["label"] = min(e["label"], row["label"])
        e["classes"].append(local(row["cls"]))
        e["wikidata"] = e["wikidata"] or local(row["wikidata"])
        e["iso3"] = e["iso3"] or row["iso3"]
        if row["alias"] and row["alias"] != e["label"]:
            e["aliases"].add(row["alias"])
    for row in run(store, "export_mentions").dicts():
        if row["entity"] in found:
            found[row["entity"]]["mentions"].add((row["doc"] or "", row["start"], row["end"]))
    records = []
    for eid in sorted(found):
        e = found[eid]
        cls = _most_specific(e["classes"], ontology)
        records.append({
            "record": "entity", "id": eid, "label": e["label"], "type": export_type(cls, ontology), "class": cls,
            "wikidata": e["wikidata"], "iso3": e["iso3"], "aliases": sorted(e["aliases"] - {e["label"]}),
            "mentions": [{"doc": d, "start": s, "end": t} for d, s, t in sorted(e["mentions"])],
        })
    return records


def _span(row: dict, name: str) -> list[int] | None:
    start, end = row.get(name + "_start"), row.get(name + "_end")
    return None if start is None or end is None else [start, end]


def relation_records(store: Any, ontology: Ontology) -> list[dict]:
    """One record per statement (not per distinct triple), sorted by document, position and id."""
    quads = {q.iri: q.number for q in ontology.quad_classes.values()}
    seen: dict[str, dict] = {}
    for row in run(store, "export_relations").dicts():
        if row["statement"] in seen:  # a multi-valued optional property: keep the first row
            continue
        quantity = None
        if row["quantity_value"] is not None:
            quantity = {"value": row["quantity_value"], "unit": row["quantity_unit"] or "",
                        "direction": row["quantity_direction"], "text": row["quantity_text"] or ""}
        seen[row["statement"]] = {
            "record": "relation", "id": row["statement"], "doc": row["doc"],
            "subject": row["subject"], "subject_label": row["subject_label"],
            "relation": local(row["relation"]), "cameo": row["cameo"],
            "quad_class": quads.get(row["quad_class"]) if row["quad_class"] else None,
            "object": row["object"], "object_label": row["object_label"],
            "subject_span": _span(row, "subject"), "object_span": _span(row, "object"),
            "sentence_span": _span(row, "sentence"), "trigger_span": _span(row, "trigger"),
            "trigger": row["trigger"], "sentence": row["sentence"], "modality": row["modality"] or "asserted",
            "confidence": row["confidence"], "goldstein": row["goldstein"], "extractor": row["extractor"],
            "speaker": row["speaker"], "date": row["date"], "quantity": quantity,
        }
    return sorted(seen.values(), key=lambda r: (r["doc"] or "", r["sentence_span"] or [-1, -1],
                                                r["subject_span"] or [-1, -1], r["id"]))


def write_jsonl(store: Any, ontology: Ontology) -> bytes:
    """Entity records then relation records, one JSON object a line."""
    records = entity_records(store, ontology) + relation_records(store, ontology)
    return "".join(json.dumps(r, ensure_ascii=False, sort_keys=False) + "\n" for r in records).encode("utf-8")


def _canonical(value: Any) -> Any:
    """JSON-LD with every array sorted, so equal datasets serialize to equal bytes."""
    if isinstance(value, dict):
        return {k: _canonical(v) for k, v in sorted(value.items())}
    if isinstance(value, list):
        items = [_canonical(v) for v in value]
        return sorted(items, key=lambda v: json.dumps(v, sort_keys=True, ensure_ascii=False))
    return value


def write_jsonld(store: Any, ontology: Ontology) -> bytes:
    """JSON-LD (one object per named graph) with a compact context for kg, skos, prov and dcterms."""
    from rdflib import Dataset

    with warnings.catch_warnings():  # rdflib's own parsers and serializers still call its deprecated API
        warnings.simplefilter("ignore", DeprecationWarning)
        ds = Dataset()
        ds.parse(data=store.dump("trig"), format="trig")
        doc = json.loads(ds.serialize(format="json-ld", context=JSONLD_CONTEXT, auto_compact=True))
    if isinstance(doc, dict) and "@context" in doc:
        doc = {"@context": doc["@context"], **_canonical({k: v for k, v in doc.items() if k != "@context"})}
    return (json.dumps(doc, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


def _dump(fmt: str) -> Writer:
    """A writer that lets the store serialize itself."""
    def write(store: Any, ontology: Ontology) -> bytes:
        return store.dump(fmt)
    write.__doc__ = f"The store as {fmt} (Store.dump)."
    return write


def _handoff(module: str, name: str) -> Writer:
    """A writer from ``kg.<module>``, imported on first use (networkx stays out of every other command's start-up)."""
    def write(store: Any, ontology: Ontology) -> bytes:
        return getattr(importlib.import_module(f"kg.{module}"), name)(store, ontology)
    write.__doc__ = f"kg.{module}.{name}"
    return write


FORMATS: dict[str, Writer] = {
    "ttl": _dump("ttl"),
    "trig": _dump("trig"),
    "nq": _dump("nq"),
    "jsonld": write_jsonld,
    "jsonl": write_jsonl,
    "graphml": _handoff("graphfiles", "write_graphml"),
    "gexf": _handoff("graphfiles", "write_gexf"),
    "cyjs": _handoff("graphfiles", "write_cytoscape"),
    "anx": _handoff("i2", "write_anx"),
    "i2csv": _handoff("i2", "write_i2csv"),
    "neo4j": _handoff("neo4j", "write_neo4j"),  # a zip: nodes.csv and relationships.csv
    "html": _handoff("html", "write_html"),  # one offline page
}


def export(store: Any, fmt: str, ontology: Ontology) -> bytes:
    """Serialize the store in ``fmt`` (one of ``FORMATS``); UnknownNameError lists the valid formats."""
    try:
        writer = FORMATS[fmt]
    except KeyError:
        raise UnknownNameError("format", fmt, FORMATS) from None
    return writer(store, ontology)
