"""Draw an actor network with matplotlib: class-coloured nodes, quad-class-coloured curved edges, ontology legend."""
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

if TYPE_CHECKING:
    from kg.ontology import Ontology

FALLBACK_COLOR = "#9e9e9e"  # nodes of a class the ontology lacks; relations without a quad class
SAVE_METADATA: dict[str, dict[str, Any]] = {
    "png": {"Software": None},
    "svg": {"Date": None},
    "pdf": {"CreationDate": None, "ModDate": None},
}


def _edge_counts(G: nx.Graph) -> Counter:
    """Statements per (source, target, quad class) from a statement multigraph or a dyad graph."""
    counts: Counter = Counter()
    for u, v, data in G.edges(data=True):
        if u == v:
            continue
        if "quads" in data:  # a dyads() graph
            for quad, n in data["quads"].items():
                counts[(u, v, quad)] += n
            if data.get("structural"):
                counts[(u, v, None)] += data["structural"]
        else:
            counts[(u, v, data.get("quad_class"))] += data.get("count", 1)
    return counts


def _structural(ontology: Ontology) -> tuple[str, str]:
    """Legend label and colour of relations without a quad class (the ontology's StructuralRelation if it has one)."""
    cls = ontology.classes.get("StructuralRelation")
    return (cls.label, cls.color or FALLBACK_COLOR) if cls else ("structural relation", FALLBACK_COLOR)


def _rads(counts: Counter) -> dict[tuple, float]:
    """Curvature per drawn edge, so parallel and opposite edges between two actors do not overlap."""
    rads: dict[tuple, float] = {}
    by_pair: dict[tuple, list[tuple]] = {}
    for key in sorted(counts, key=lambda k: (k[0], k[1], -1 if k[2] is None else k[2])):
        by_pair.setdefault(key[:2], []).append(key)
    for (u, v), keys in by_pair.items():
        crowded = len(keys) > 1 or (v, u) in by_pair
        for i, key in enumerate(keys):
            rads[key] = 0.15 * (i + 1) if crowded else 0.0
    return rads


def _layout(simple: nx.Graph, seed: int) -> dict[Any, Any]:
    """Each group of connected actors laid out on its own, side by side, largest first; actors
    without relations in a row underneath. (One spring layout of all groups squeezes small ones.)"""
    linked = [n for n in simple if simple.degree(n)]
    alone = [n for n in simple if not simple.degree(n)]
    groups = sorted((sorted(c, key=str) for c in nx.connected_components(simple.subgraph(linked))),
                    key=lambda c: (-len(c), str(c[0])))
    pos: dict[Any, Any] = {}
    x = 0.0
    for group in groups:
        width = len(group) ** 0.75  # a group's box grows with its size
        sub = nx.spring_layout(simple.subgraph(group), seed=seed, k=2.2 / math.sqrt(len(group)), scale=width / 2,
                               center=(x + width / 2, 0.0))
        pos.update(sub)
        x += width + 0.6
    if pos:  # back to roughly [-1, 1] so node and font sizes keep their proportions
        span = max(x - 0.6, 1.0) / 2
        pos = {n: ((p[0] - span) / span, p[1] / span * 1.5) for n, p in pos.items()}
    bottom = min((p[1] for p in pos.values()), default=0.0) - (0.45 if linked else 0.0)
    for i, n in enumerate(alone):
        pos[n] = ((2 * i + 1) / len(alone) - 1 if len(alone) > 1 else 0.0, bottom - 0.25 * (i % 2))
    return pos


def draw(G: nx.Graph, ax: Axes | None = None, *, ontology: Ontology, title: str | None = None,
         seed: int = 0) -> Axes:
    """Draw ``G`` (from ``kg.network.to_networkx`` or ``dyads``) on ``ax`` (a new Agg figure if None)."""
    if ax is None:
        fig = Figure(figsize=(9, 7), layout="constrained")
        FigureCanvasAgg(fig)
        ax = fig.add_subplot()
    ax.set_axis_off()
    if title:
        ax.set_title(title)
    nodes = sorted(G.nodes)
    if not nodes:
        ax.text(0.5, 0.5, "no actors", ha="center", va="center", transform=ax.transAxes)
        return ax
    simple = nx.Graph()
    simple.add_nodes_from(nodes)
    simple.add_edges_from(sorted({tuple(sorted((u, v))) for u, v in G.edges() if u != v}))
    pos = _layout(simple, seed)

    classes = {n: G.nodes[n].get("cls") for n in nodes}
    colors = [ontology.classes[c].color if c in ontology.classes else FALLBACK_COLOR for c in classes.values()]
    degree = dict(simple.degree())
    sizes = [160 + 60 * min(degree[n], 8) for n in nodes]
    xs, ys = [pos[n][0] for n in nodes], [pos[n][1] for n in nodes]
    ax.scatter(xs, ys, s=sizes, c=colors, edgecolors="#333333", linewidths=0.6, zorder=3)
    radius = {n: math.sqrt(s) / 2 + 2 for n, s in zip(nodes, sizes)}

    counts = _edge_counts(G)
    rads = _rads(counts)
    structural_label, structural_color = _structural(ontology)
    quads = ontology.quad_classes
    for (u, v, quad), n in sorted(counts.items(), key=lambda kv: (kv[0][0], kv[0][1], -1 if kv[0][2] is None else kv[0][2])):
        color = quads[quad].color if quad in quads else structural_color
        ax.add_patch(FancyArrowPatch(
            tuple(pos[u]), tuple(pos[v]), connectionstyle=f"arc3,rad={rads[(u, v, quad)]}",
            arrowstyle="-|>", mutation_scale=11, lw=min(1.0 + 0.9 * (n - 1), 8.0), color=color, alpha=0.8,
            shrinkA=radius[u], shrinkB=radius[v], zorder=2))
    for n in nodes:
        ax.annotate(str(G.nodes[n].get("label") or n), pos[n], xytext=(0, -(radius[n] + 6)),
                    textcoords="offset points", ha="center", va="top", fontsize=8, zorder=4)
    pad = 0.15
    ax.set_xlim(min(xs) - pad, max(xs) + pad)
    ax.set_ylim(min(ys) - pad - 0.05, max(ys) + pad)

    handles = [Line2D([], [], marker="o", linestyle="", markersize=8, markeredgecolor="#333333",
                      markerfacecolor=ontology.classes[c].color, label=ontology.classes[c].label)
               for c in sorted({c for c in classes.values() if c in ontology.classes})]
    present = {k[2] for k in counts}
    handles += [Line2D([], [], color=quads[q].color, lw=2.5, label=quads[q].label)
                for q in sorted(q for q in present if q in quads)]
    if any(q not in quads for q in present):
        handles.append(Line2D([], [], color=structural_color, lw=2.5, label=structural_label))
    if handles:
        ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.0, 1.0), fontsize=8, frameon=False)
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
