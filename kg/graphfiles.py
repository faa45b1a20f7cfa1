"""The actor graph as files for graph tools: GraphML (yEd, Gephi, networkx), GEXF 1.3 (Gephi), Cytoscape.js JSON."""
from __future__ import annotations

import calendar
import io
import json
from typing import TYPE_CHECKING, Any

import networkx as nx
from networkx.readwrite.gexf import GEXFWriter

if TYPE_CHECKING:
    from kg.ontology import Ontology

NODE_ATTRS = ("label", "cls", "class_label", "wikidata", "iso3", "color", "shape")
EDGE_ATTRS = ("relation", "label", "cameo", "quad_class", "quad_label", "goldstein", "confidence", "modality",
              "date", "doc", "doc_title", "doc_source", "sentence", "speaker", "color")


def period(date: str) -> tuple[str, str]:
    """First and last day (ISO) of a ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` date."""
    parts = [int(p) for p in date[:10].split("-")]
    if len(parts) == 1:
        return f"{parts[0]:04d}-01-01", f"{parts[0]:04d}-12-31"
    if len(parts) == 2:
        last = calendar.monthrange(parts[0], parts[1])[1]
        return f"{parts[0]:04d}-{parts[1]:02d}-01", f"{parts[0]:04d}-{parts[1]:02d}-{last:02d}"
    return date[:10], date[:10]


def flat(store: Any, ontology: Ontology) -> nx.MultiDiGraph:
    """Every statement (negated ones too, marked by ``modality``) as an edge keyed by its IRI, with plain
    str/int/float attributes only (no None), labels and colours from the ontology."""
    from kg import subgraph

    G = subgraph.graph(store, ontology, include_negated=True)
    quads, relations = ontology.quad_classes, ontology.relations
    structural = ontology.classes.get("StructuralRelation")
    out = nx.MultiDiGraph()
    for n, d in G.nodes(data=True):
        cls = ontology.classes.get(d.get("cls") or "")
        values = {**d, "class_label": cls.label if cls else None}
        out.add_node(n, **{a: values[a] for a in NODE_ATTRS if values.get(a) is not None})
    for u, v, k, d in G.edges(keys=True, data=True):
        rel, quad = relations.get(d.get("relation") or ""), quads.get(d.get("quad_class"))
        values = {**d, "label": rel.label if rel else d.get("relation"), "quad_label": quad.label if quad else None,
                  "color": quad.color if quad else (structural.color if structural else "#9e9e9e")}
        attrs = {a: values[a] for a in EDGE_ATTRS if values.get(a) is not None}
        for a in ("goldstein", "confidence"):
            if a in attrs:
                attrs[a] = float(attrs[a])
        out.add_edge(u, v, key=k, **attrs)
    return out


def write_graphml(store: Any, ontology: Ontology) -> bytes:
    """GraphML: typed keys, directed parallel edges with the statement IRI as edge id."""
    buf = io.BytesIO()
    nx.write_graphml(flat(store, ontology), buf, encoding="utf-8", prettyprint=True)
    return buf.getvalue()


def _rgb(color: str) -> dict[str, int]:
    return {"r": int(color[1:3], 16), "g": int(color[3:5], 16), "b": int(color[5:7], 16)}


def _merged(periods: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Sorted ISO periods with overlapping ones joined."""
    out: list[tuple[str, str]] = []
    for start, end in periods:
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out


def write_gexf(store: Any, ontology: Ontology) -> bytes:
    """GEXF 1.3: edge ``kind`` = relation, ``start``/``end`` from the statement date, ``viz:color`` from
    the ontology."""
    # networkx writes GEXF 1.3 with spells and viz but has no edge ``kind``, and stamps today's date into
    # <meta>; we add the one and drop the other on its element tree before serializing.
    G = flat(store, ontology)
    spells: dict[str, set[tuple[str, str]]] = {n: set() for n in G}
    for u, v, k, data in G.edges(keys=True, data=True):
        data["id"] = k
        data["weight"] = data.get("confidence", 1.0)
        data["viz"] = {"color": _rgb(data["color"])}
        if "date" in data:
            data["start"], data["end"] = period(data["date"])
            spells[u].add((data["start"], data["end"]))
            spells[v].add((data["start"], data["end"]))
    for n, data in G.nodes(data=True):
        if "color" in data:
            data["viz"] = {"color": _rgb(data["color"])}
        if spells[n]:  # an actor is on the timeline when its statements are
            data["spells"] = _merged(sorted(spells[n]))
    writer = GEXFWriter(version="1.3", prettyprint=True)
    writer.add_graph(G)
    writer.xml.find("meta").attrib.pop("lastmodifieddate", None)
    writer.xml.set("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance")  # networkx drops the "www."
    kinds = {k: d["relation"] for _, _, k, d in G.edges(keys=True, data=True)}
    for edge in writer.xml.iter("edge"):
        edge.set("kind", kinds[edge.get("id")])
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


def write_cytoscape(store: Any, ontology: Ontology) -> bytes:
    """Cytoscape.js JSON (``elements.nodes`` / ``elements.edges``, each with ``data``), by networkx."""
    G = flat(store, ontology)
    for _, _, k, data in G.edges(keys=True, data=True):
        data["id"] = k
    doc = nx.cytoscape_data(G, name="label")
    return (json.dumps(doc, ensure_ascii=False, indent=1, sort_keys=True) + "\n").encode("utf-8")
