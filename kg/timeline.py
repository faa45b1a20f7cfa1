"""A dyad timeline: cooperation and conflict (Goldstein values) between two actors over time."""
from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from typing import TYPE_CHECKING

import matplotlib.dates as mdates
import networkx as nx
from matplotlib.axes import Axes
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.lines import Line2D

if TYPE_CHECKING:
    from kg.ontology import Ontology
    from kg.subgraph import Selection


@dataclass(frozen=True)
class Event:
    """One dated statement between the pair: ``forward`` is True from the first actor to the second."""

    date: dt.date
    goldstein: float
    quad: int
    relation: str
    forward: bool
    sentence: str
    doc: str


def events(G: nx.MultiDiGraph, a: str, b: str) -> list[Event]:
    """The pair's dated statements that carry a Goldstein value (structural relations do not), by date.
    ``a`` and ``b`` are ids, IRIs or labels (``kg.subgraph.find_actor``); a year or month counts as its first day."""
    from kg.graphfiles import period
    from kg.subgraph import find_actor

    u, v = find_actor(G, a), find_actor(G, b)
    out = []
    for s, t, d in G.edges(data=True):
        if {s, t} == {u, v} and s != t and d.get("date") and d.get("goldstein") is not None:
            out.append(Event(dt.date.fromisoformat(period(d["date"])[0]), float(d["goldstein"]),
                             d.get("quad_class") or 0, d.get("relation") or "", s == u, d.get("sentence") or "",
                             d.get("doc") or ""))
    return sorted(out, key=lambda e: (e.date, not e.forward, e.relation, e.goldstein))


def draw(G: nx.MultiDiGraph, a: str, b: str, ax: Axes | None = None, *, ontology: Ontology,
         title: str | None = None, source: str | None = None, selection: Selection | None = None) -> Axes:
    """Stems at each statement's date up to its Goldstein value (colour: quad class; ▲ first→second actor,
    ▼ second→first) and the monthly mean; drawn on ``ax`` (a new Agg figure if None), which is returned."""
    if selection is not None:
        from kg.subgraph import select
        G = select(G, selection, ontology)
    from kg.subgraph import find_actor
    label = {n: str(G.nodes[n].get("label") or n) for n in (find_actor(G, a), find_actor(G, b))}
    first, second = label.values() if len(label) == 2 else (next(iter(label.values())),) * 2
    if ax is None:
        fig = Figure(figsize=(9, 4.5), layout="constrained")
        FigureCanvasAgg(fig)
        ax = fig.add_subplot()
    found = events(G, a, b)
    ax.set_title(title or f"{first} and {second}: cooperation and conflict", fontsize=12, fontweight="bold")
    ax.axhline(0, color="#333333", lw=0.8)
    ax.set_ylim(-10.5, 10.5)
    ax.set_ylabel("Goldstein value (conflict < 0 < cooperation)", fontsize=8)
    ax.spines[["top", "right"]].set_visible(False)
    quads = ontology.quad_classes
    same_day: dict[dt.date, list[Event]] = defaultdict(list)
    for e in found:
        same_day[e.date].append(e)
    for e in found:  # statements of one day side by side, two days apart, so each stays visible
        group = same_day[e.date]
        x = e.date + dt.timedelta(days=2 * group.index(e) - (len(group) - 1))
        color = quads[e.quad].color if e.quad in quads else "#9e9e9e"
        ax.vlines(x, 0, e.goldstein, color=color, lw=2.5, alpha=0.85)
        ax.plot([x], [e.goldstein], marker="^" if e.forward else "v", color=color, markeredgecolor="#333333",
                markersize=8, linestyle="")
    months: dict[dt.date, list[float]] = defaultdict(list)
    for e in found:
        months[e.date.replace(day=15)].append(e.goldstein)
    if months:
        xs = sorted(months)
        ax.plot(xs, [sum(months[m]) / len(months[m]) for m in xs], color="#333333", lw=1.2, ls="--", marker=".")
        ax.xaxis.set_major_locator(mdates.AutoDateLocator(minticks=3, maxticks=8))
        ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(ax.xaxis.get_major_locator()))
        pad = dt.timedelta(days=20)
        ax.set_xlim(found[0].date - pad, found[-1].date + pad)
    else:
        ax.text(0.5, 0.5, "no dated statements between them", ha="center", va="center", transform=ax.transAxes)
    handles = [Line2D([], [], color=quads[q].color, lw=2.5, label=quads[q].label)
               for q in sorted({e.quad for e in found if e.quad in quads})]
    handles += [Line2D([], [], marker="^", ls="", color="#666666", label=f"{first} → {second}"),
                Line2D([], [], marker="v", ls="", color="#666666", label=f"{second} → {first}"),
                Line2D([], [], color="#333333", ls="--", marker=".", label="monthly mean")]
    ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.0, 1.0), fontsize=8, frameon=False)
    if source is None:
        docs = sorted({e.doc for e in found if e.doc})
        shown = ", ".join(docs[:4]) + (f" and {len(docs) - 4} more" if len(docs) > 4 else "")
        source = f"{len(found)} dated statements" + (f" from {shown}" if docs else "") + "; drawn by kg"
    if source:
        ax.annotate(source, xy=(0, 0), xycoords="axes fraction", xytext=(0, -22), textcoords="offset points",
                    ha="left", va="top", fontsize=7, color="#555555")
    return ax
