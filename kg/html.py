"""The actor graph as one self-contained HTML page: pan, zoom, search, click for statements and sources."""
from __future__ import annotations

import base64
import hashlib
import html
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

import networkx as nx

if TYPE_CHECKING:
    from kg.ontology import Ontology

STATIC = Path(__file__).parent / "static"
# JSON inside <script type="application/json"> must never close the element or start a comment;
# U+2028/2029 are escaped too, for older script engines that would read them as line ends.
_JSON_ESCAPES = {ord("<"): "\\u003c", ord(">"): "\\u003e", ord("&"): "\\u0026",
                 0x2028: "\\u2028", 0x2029: "\\u2029"}
WIDTH, HEIGHT, MARGIN = 1000, 700, 60  # the view box the precomputed layout is scaled to


def script_json(value: Any) -> str:
    """JSON text that is safe to place inside a ``<script type="application/json">`` element."""
    return json.dumps(value, ensure_ascii=False, sort_keys=True).translate(_JSON_ESCAPES)


def view_data(G: nx.MultiDiGraph, ontology: Ontology) -> dict[str, Any]:
    """Nodes with positions, colours and shapes; one record per statement; the legend from the ontology."""
    from kg.layout import layout

    pos = layout(G, seed=0)
    xs, ys = [p[0] for p in pos.values()] or [0.0], [p[1] for p in pos.values()] or [0.0]
    sx = (WIDTH - 2 * MARGIN) / max(max(xs) - min(xs), 1e-9)
    sy = (HEIGHT - 2 * MARGIN) / max(max(ys) - min(ys), 1e-9)
    scale = min(sx, sy)
    nodes = []
    for n, d in sorted(G.nodes(data=True), key=lambda nd: str(nd[0])):
        cls = ontology.classes.get(d.get("cls") or "")
        x, y = pos[n]
        nodes.append({"id": n, "label": str(d.get("label") or n), "cls": cls.label if cls else "",
                      "color": cls.color if cls else "#9e9e9e", "shape": cls.shape if cls else "circle",
                      "x": round(WIDTH / 2 + (x - (max(xs) + min(xs)) / 2) * scale, 2),
                      "y": round(HEIGHT / 2 - (y - (max(ys) + min(ys)) / 2) * scale, 2)})
    quads = ontology.quad_classes
    structural = ontology.classes.get("StructuralRelation")
    other = (structural.label, structural.color) if structural else ("structural relation", "#9e9e9e")
    statements = []
    for u, v, k, d in sorted(G.edges(keys=True, data=True), key=lambda e: (str(e[0]), str(e[1]), str(e[2]))):
        rel, quad = ontology.relations.get(d.get("relation") or ""), quads.get(d.get("quad_class"))
        statements.append({
            "id": k, "source": u, "target": v, "relation": rel.label if rel else str(d.get("relation")),
            "quad": quad.number if quad else 0, "color": quad.color if quad else other[1],
            "modality": d.get("modality") or "asserted", "confidence": d.get("confidence"),
            "date": d.get("date"), "sentence": d.get("sentence") or "", "doc": d.get("doc") or "",
            "title": d.get("doc_title") or "", "url": d.get("doc_source") or ""})
    present = {s["quad"] for s in statements}
    legend = [{"label": c.label, "color": c.color, "shape": c.shape}
              for c in sorted({ontology.classes[d["cls"]] for _, d in G.nodes(data=True)
                               if d.get("cls") in ontology.classes}, key=lambda c: c.name)]
    legend += [{"label": quads[q].label, "color": quads[q].color, "shape": "line"} for q in sorted(present - {0})]
    if 0 in present:
        legend.append({"label": other[0], "color": other[1], "shape": "line"})
    return {"nodes": nodes, "statements": statements, "legend": legend, "width": WIDTH, "height": HEIGHT}


def page(G: nx.MultiDiGraph, ontology: Ontology, *, title: str = "Actor network") -> str:
    """The HTML text: data as JSON in a non-executed script element, our own script inline, no external resource."""
    script = (STATIC / "view.js").read_text(encoding="utf-8")
    style = (STATIC / "view.css").read_text(encoding="utf-8")
    digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii")
    # The policy allows only this one script and inline style, and no connection anywhere.
    policy = f"default-src 'none'; script-src 'sha256-{digest}'; style-src 'unsafe-inline'; img-src data:"
    docs = sorted({d.get("doc") for _, _, d in G.edges(data=True) if d.get("doc")})
    source = (f"{G.number_of_nodes()} actors, {G.number_of_edges()} statements from {len(docs)} document(s). "
              "Click an actor or a line for its statements; drag to pan, wheel to zoom.")
    return (f'<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
            f'<meta http-equiv="Content-Security-Policy" content="{policy}">\n'
            f"<title>{html.escape(title)}</title>\n<style>{style}</style>\n</head>\n<body>\n"
            f'<header><h1>{html.escape(title)}</h1>'
            f'<input id="kg-search" type="search" placeholder="Find an actor" aria-label="Find an actor"></header>\n'
            f'<main><svg id="kg-graph" role="img" aria-label="{html.escape(title)}"></svg>'
            f'<aside id="kg-panel"><p>Click an actor or a line.</p></aside></main>\n'
            f'<footer><span id="kg-legend"></span><p>{html.escape(source)}</p></footer>\n'
            f'<script type="application/json" id="kg-data">{script_json(view_data(G, ontology))}</script>\n'
            f"<script>{script}</script>\n</body>\n</html>\n")


def write_html(store: Any, ontology: Ontology) -> bytes:
    """Every statement (negated ones dashed) in one offline page."""
    from kg import subgraph
    return page(subgraph.graph(store, ontology, include_negated=True), ontology).encode("utf-8")
