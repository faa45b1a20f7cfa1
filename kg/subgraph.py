"""The part of an actor graph a picture or hand-off needs: ego network, relation types, quad classes, dates,
confidence and modality; and the graph with each statement's date and source attached."""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import networkx as nx

from kg.errors import KgError, UnknownNameError
from kg.graphfiles import period
from kg.model import MODALITIES

if TYPE_CHECKING:
    from kg.ontology import Ontology

_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


class ActorGraph(nx.MultiDiGraph):
    """A ``MultiDiGraph`` of actors and statements that Jupyter shows as an SVG diagram."""

    def _repr_svg_(self) -> str:
        from kg import ontology, render  # imported here: matplotlib is slow to import
        ax = render.draw(self, ontology=ontology.load(), title=self.graph.get("title"))
        return render.figure_bytes(ax, "svg").decode("utf-8")


@dataclass(frozen=True)
class Selection:
    """What to keep; empty fields keep everything. Dates are ISO ``YYYY[-MM[-DD]]``, inclusive."""

    actor: str | None = None  # an actor's id, IRI or label: keep its ego network ...
    depth: int = 1  # ... to this many steps (either direction)
    relations: tuple[str, ...] = ()  # relation names; a CAMEO root keeps its finer relations too
    quads: tuple[int, ...] = ()  # quad class numbers (1-4)
    since: str | None = None
    until: str | None = None
    min_confidence: float | None = None
    modalities: tuple[str, ...] = ()  # asserted, hedged, intended, negated


def graph(store: Any, ontology: Ontology, *, include_negated: bool = False) -> ActorGraph:
    """``network.to_networkx`` with each statement's ``date`` (its own, else its document's), ``speaker``,
    ``doc_title`` and ``doc_source`` on the edge; nodes carry ``color`` and ``shape`` from the ontology."""
    from kg import network
    from kg.export import relation_records
    from kg.query import run

    G = ActorGraph(network.to_networkx(store, ontology, include_negated=include_negated))
    docs = {r["doc"]: r for r in run(store, "documents").dicts()}
    for r in relation_records(store, ontology):
        if G.has_edge(r["subject"], r["object"], key=r["id"]):
            doc = docs.get(r["doc"], {})
            G.edges[r["subject"], r["object"], r["id"]].update(
                date=_text(r["date"]) or _text(doc.get("date")), speaker=r["speaker"],
                doc_title=doc.get("title"), doc_source=doc.get("source"))
    for _, data in G.nodes(data=True):
        cls = ontology.classes.get(data.get("cls") or "")
        data.update(color=cls.color if cls else None, shape=cls.shape if cls else "circle")
    return G


def _text(value: Any) -> str | None:
    """An ISO date (or year, year-month) as text; None for anything else (a document date kept as given)."""
    text = None if value is None else str(value)[:10]
    return text if text and _DATE.match(text) else None


def _check(sel: Selection, ontology: Ontology) -> None:
    """Unknown names fail loudly, listing the valid ones."""
    for name in sel.relations:
        ontology.relation(name)
    for q in sel.quads:
        if q not in ontology.quad_classes:
            raise UnknownNameError("quad class", str(q), [str(n) for n in ontology.quad_classes])
    for m in sel.modalities:
        if m not in MODALITIES:
            raise UnknownNameError("modality", m, MODALITIES)
    for d in (sel.since, sel.until):
        if d is not None and not _DATE.match(d):
            raise KgError(f"date {d!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
    if sel.depth < 0:
        raise KgError(f"depth must be 0 or more, not {sel.depth}")


def find_actor(G: nx.Graph, name: str) -> str:
    """The node whose id, id tail (``RUS``) or label (any case) is ``name``; else UnknownNameError."""
    if name in G:
        return name
    wanted = name.casefold()
    for n, data in sorted(G.nodes(data=True)):
        if str(n).rsplit("/", 1)[-1].casefold() == wanted or str(data.get("label", "")).casefold() == wanted:
            return n
    raise UnknownNameError("actor", name, sorted({str(d.get("label") or n) for n, d in G.nodes(data=True)}))


def _keeps(data: dict, sel: Selection, ontology: Ontology) -> bool:
    """Whether one statement edge passes the selection's edge filters."""
    if sel.relations:
        rel, chain = data.get("relation"), set()
        while rel is not None and rel in ontology.relations:
            chain.add(rel)
            rel = ontology.relations[rel].parent
        if not chain & set(sel.relations):
            return False
    if sel.quads and data.get("quad_class") not in sel.quads:
        return False
    if sel.modalities and (data.get("modality") or "asserted") not in sel.modalities:
        return False
    if sel.min_confidence is not None and (data.get("confidence") or 0.0) < sel.min_confidence:
        return False
    if sel.since or sel.until:
        if not data.get("date"):
            return False
        first, last = period(data["date"])
        if (sel.since and last < period(sel.since)[0]) or (sel.until and first > period(sel.until)[1]):
            return False
    return True


def select(G: nx.MultiDiGraph, sel: Selection, ontology: Ontology) -> ActorGraph:
    """A copy of ``G`` with the statements ``sel`` keeps; when it filters statements, actors left without
    any are dropped; with an actor, only its ego network (over the kept statements) remains."""
    _check(sel, ontology)
    out = ActorGraph()
    out.graph.update(G.graph)
    out.add_nodes_from(G.nodes(data=True))
    out.add_edges_from((u, v, k, d) for u, v, k, d in G.edges(keys=True, data=True) if _keeps(d, sel, ontology))
    filtered = sel != Selection(actor=sel.actor, depth=sel.depth)
    if filtered:
        out.remove_nodes_from([n for n in list(out) if out.degree(n) == 0])
    if sel.actor is not None:
        centre = find_actor(G, sel.actor)
        if centre not in out:
            out.add_node(centre, **G.nodes[centre])
        keep = nx.ego_graph(out.to_undirected(as_view=True), centre, radius=sel.depth)
        out.remove_nodes_from([n for n in list(out) if n not in keep])
    return out
