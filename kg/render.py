"""Draw an actor network with matplotlib: nodes coloured and shaped by class, curved edges coloured by quad
class and widened by statement count, labels kept clear of each other, an ontology legend, a source line."""
from __future__ import annotations

import io
import math
from collections import Counter
from typing import TYPE_CHECKING, Any

import matplotlib
import networkx as nx
from matplotlib.axes import Axes
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import FancyArrowPatch

from kg.errors import UnknownNameError
from kg.layout import layout

if TYPE_CHECKING:
    from kg.ontology import Ontology
    from kg.subgraph import Selection

FALLBACK_COLOR = "#9e9e9e"  # nodes of a class the ontology lacks; relations without a quad class
SAVE_METADATA: dict[str, dict[str, Any]] = {
    "png": {"Software": None},
    "svg": {"Date": None},
    "pdf": {"CreationDate": None, "ModDate": None},
}


def _edge_counts(G: nx.Graph, ontology: Ontology) -> Counter:
    """Statements per (source, target, quad class, relation) from a statement multigraph or a dyad graph;
    one drawn line each, so every relation between a pair stays visible."""
    counts: Counter = Counter()
    for u, v, data in G.edges(data=True):
        if u == v:
            continue
        if "relations" in data:  # a dyads() graph
            for rel, n in data["relations"].items():
                known = ontology.relations.get(rel or "")
                counts[(u, v, known.quad_class if known else None, rel or "")] += n
        else:
            counts[(u, v, data.get("quad_class"), data.get("relation") or "")] += data.get("count", 1)
    return counts


def _order(key: tuple) -> tuple:
    """Sort key of an edge-count key: pair, then quad class (structural first), then relation."""
    return (str(key[0]), str(key[1]), -1 if key[2] is None else key[2], key[3])


def _structural(ontology: Ontology) -> tuple[str, str]:
    """Legend label and colour of relations without a quad class (the ontology's StructuralRelation if it has one)."""
    cls = ontology.classes.get("StructuralRelation")
    return (cls.label, cls.color or FALLBACK_COLOR) if cls else ("structural relation", FALLBACK_COLOR)


def _rads(counts: Counter) -> dict[tuple, float]:
    """Curvature per drawn edge, so parallel and opposite edges between two actors do not overlap."""
    rads: dict[tuple, float] = {}
    by_pair: dict[tuple, list[tuple]] = {}
    for key in sorted(counts, key=_order):
        by_pair.setdefault(key[:2], []).append(key)
    for (u, v), keys in by_pair.items():
        crowded = len(keys) > 1 or (v, u) in by_pair
        for i, key in enumerate(keys):
            rads[key] = min(0.12 * (i + 1), 0.9) if crowded else 0.0
    return rads


MARKERS = {"circle": "o", "square": "s", "triangle": "^", "diamond": "D", "hexagon": "h", "pentagon": "p"}
# Where a label may go around its node, in order of preference: (dx, dy) in points from the node's edge, ha, va.
_PLACES = ((0, -1, "center", "top"), (0, 1, "center", "bottom"), (1, 0, "left", "center"),
           (-1, 0, "right", "center"), (0, -2.6, "center", "top"), (0, 2.6, "center", "bottom"))


def _place_labels(ax: Axes, texts: list[tuple[Any, Any, float]]) -> None:
    """Move each label (most connected actors first) to the first place around its node where it
    overlaps no label placed before it and no other node; keep the first place when none is free."""
    fig = ax.get_figure(root=True)
    renderer = getattr(fig.canvas, "get_renderer", None)
    if renderer is None:  # a canvas that cannot measure text: leave labels below their nodes
        return
    fig.draw_without_rendering()
    renderer = renderer()
    nodes = [ax.transData.transform(ann.xy) for ann, _, _ in texts]
    taken: list[Any] = []
    for i, (ann, _, radius) in enumerate(texts):
        r = radius * fig.dpi / 72
        others = [(x, y) for j, (x, y) in enumerate(nodes) if j != i]
        for dx, dy, ha, va in _PLACES:
            ann.set(ha=ha, va=va)
            ann.xyann = (dx * (radius + 3), dy * (radius + 3))
            box = ann.get_window_extent(renderer).expanded(1.05, 1.1)
            clash = any(box.overlaps(t) for t in taken) or any(
                box.x0 - r < x < box.x1 + r and box.y0 - r < y < box.y1 + r for x, y in others)
            if not clash:
                break
        else:
            dx, dy, ha, va = _PLACES[0]
            ann.set(ha=ha, va=va)
            ann.xyann = (0, -(radius + 3))
            box = ann.get_window_extent(renderer)
        taken.append(box)


def _source_line(G: nx.Graph, ontology: Ontology) -> str:
    """What the picture shows and where it comes from: actors, statements, documents."""
    docs = sorted({d.get("doc") for _, _, d in G.edges(data=True) if d.get("doc")})
    shown = ", ".join(docs[:3]) + (f" and {len(docs) - 3} more" if len(docs) > 3 else "")
    return (f"{G.number_of_nodes()} actors, {sum(c for c in _edge_counts(G, ontology).values())} statements"
            + (f" from {shown}" if docs else "") + "; line width grows with the number of statements")


def draw(G: nx.Graph, ax: Axes | None = None, *, ontology: Ontology, title: str | None = None,
         source: str | None = None, selection: Selection | None = None, seed: int = 0) -> Axes:
    """Draw ``G`` (from ``kg.network.to_networkx``, ``kg.subgraph.graph`` or ``dyads``) on ``ax`` (a new Agg
    figure if None) and return ``ax``. ``selection`` filters it first (``kg.subgraph.select``); ``source`` is
    the line under the picture (default: counts and documents; "" for none). Never shows or saves."""
    if selection is not None:
        from kg.subgraph import select
        G = select(G, selection, ontology)
    if ax is None:
        fig = Figure(figsize=(9, 7), layout="constrained")
        FigureCanvasAgg(fig)
        ax = fig.add_subplot()
    ax.set_axis_off()
    if title:
        ax.set_title(title, fontsize=13, fontweight="bold")
    if source is None:
        source = _source_line(G, ontology)
    if source:
        ax.annotate(source, xy=(0, 0), xycoords="axes fraction", xytext=(0, -4), textcoords="offset points",
                    ha="left", va="top", fontsize=7, color="#555555")
    nodes = sorted(G.nodes)
    if not nodes:
        ax.text(0.5, 0.5, "no actors", ha="center", va="center", transform=ax.transAxes)
        return ax
    pos = layout(G, seed)
    simple = nx.Graph()
    simple.add_nodes_from(nodes)
    simple.add_edges_from((u, v) for u, v in G.edges() if u != v)

    classes = {n: G.nodes[n].get("cls") for n in nodes}
    known = {n: ontology.classes.get(c or "") for n, c in classes.items()}
    degree = dict(simple.degree())
    sizes = {n: 160 + 60 * min(degree[n], 8) for n in nodes}
    for shape, marker in MARKERS.items():
        group = [n for n in nodes if (known[n].shape if known[n] else "circle") == shape]
        if group:
            ax.scatter([pos[n][0] for n in group], [pos[n][1] for n in group], s=[sizes[n] for n in group],
                       c=[known[n].color if known[n] else FALLBACK_COLOR for n in group], marker=marker,
                       edgecolors="#333333", linewidths=0.6, zorder=3)
    radius = {n: math.sqrt(sizes[n]) / 2 + 2 for n in nodes}

    counts = _edge_counts(G, ontology)
    rads = _rads(counts)
    structural_label, structural_color = _structural(ontology)
    quads = ontology.quad_classes
    for (u, v, quad, rel), n in sorted(counts.items(), key=lambda kv: _order(kv[0])):
        color = quads[quad].color if quad in quads else structural_color
        ax.add_patch(FancyArrowPatch(
            tuple(pos[u]), tuple(pos[v]), connectionstyle=f"arc3,rad={rads[(u, v, quad, rel)]}",
            arrowstyle="-|>", mutation_scale=11, lw=min(1.0 + 0.9 * (n - 1), 8.0), color=color, alpha=0.8,
            shrinkA=radius[u], shrinkB=radius[v], zorder=2))
    texts = [(ax.annotate(str(G.nodes[n].get("label") or n), pos[n], xytext=(0, -(radius[n] + 3)),
                          textcoords="offset points", ha="center", va="top", fontsize=8, zorder=4,
                          bbox={"boxstyle": "round,pad=0.1", "fc": "white", "ec": "none", "alpha": 0.7}),
              n, radius[n]) for n in sorted(nodes, key=lambda n: (-degree[n], str(n)))]
    xs, ys = [pos[n][0] for n in nodes], [pos[n][1] for n in nodes]
    pad = 0.15
    ax.set_xlim(min(xs) - pad, max(xs) + pad)
    ax.set_ylim(min(ys) - pad - 0.05, max(ys) + pad)

    handles = [Line2D([], [], marker=MARKERS[ontology.classes[c].shape], linestyle="", markersize=8,
                      markeredgecolor="#333333", markerfacecolor=ontology.classes[c].color,
                      label=ontology.classes[c].label)
               for c in sorted({c for c in classes.values() if c in ontology.classes})]
    present = {k[2] for k in counts}
    handles += [Line2D([], [], color=quads[q].color, lw=2.5, label=quads[q].label)
                for q in sorted(q for q in present if q in quads)]
    if any(q not in quads for q in present):
        handles.append(Line2D([], [], color=structural_color, lw=2.5, label=structural_label))
    if handles:
        ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.0, 1.0), fontsize=8, frameon=False)
    _place_labels(ax, texts)
    return ax


def figure_bytes(ax: Axes, fmt: str = "png", *, dpi: int = 150) -> bytes:
    """The figure holding ``ax`` as PNG, SVG or PDF bytes; identical input gives identical SVG."""
    if fmt not in SAVE_METADATA:
        raise UnknownNameError("image format", fmt, SAVE_METADATA)
    fig = ax.get_figure(root=True)
    buf = io.BytesIO()
    with matplotlib.rc_context({"svg.hashsalt": "kg", "svg.id": "kg"} if "svg.id" in matplotlib.rcParams
                               else {"svg.hashsalt": "kg"}):
        fig.savefig(buf, format=fmt, dpi=dpi, metadata=SAVE_METADATA[fmt], bbox_inches="tight")
    return buf.getvalue()
