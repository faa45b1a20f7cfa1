"""What the actor network shows: central actors, blocs, each dyad's cooperation-conflict balance, who changed most.

Every function takes the statement graph of ``kg.network.to_networkx`` and returns ``kg.query.Rows``
(so the CLI prints them like query results and ``rows.to_dataframe()`` gives pandas).
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from statistics import mean

import networkx as nx

from kg import iri
from kg.errors import KgError, UnknownNameError
from kg.network import dyads
from kg.ontology import CONFLICT
from kg.query import Rows

Period = tuple[str | None, str | None]  # ISO dates (or prefixes such as "2024"), None for open


def _label(G: nx.Graph, node: str) -> str:
    return str(G.nodes[node].get("label") or node) if node in G else node


def node_id(G: nx.Graph, actor: str) -> str:
    """The node for an actor given as an IRI or a gazetteer id ("RUS"); KgError if the graph lacks it."""
    node = actor if re.match(r"^(https?|urn):", actor) else iri.actor_iri(actor).value
    if node not in G:
        raise KgError(f"actor {actor!r} is not in the graph")
    return node


def in_period(date: str | None, period: Period) -> bool:
    """Whether an ISO date falls in ``period`` (bounds inclusive; "2024" as an end takes in all of 2024)."""
    start, end = period
    if start is None and end is None:
        return True
    if date is None:
        return False
    return (start is None or date >= start) and (end is None or date <= end or date.startswith(end))


def between(G: nx.MultiDiGraph, period: Period) -> nx.MultiDiGraph:
    """The statement graph restricted to edges dated in ``period`` (all nodes kept)."""
    H = nx.MultiDiGraph()
    H.add_nodes_from(G.nodes(data=True))
    H.add_edges_from((u, v, k, d) for u, v, k, d in G.edges(keys=True, data=True) if in_period(d.get("date"), period))
    return H


def centrality(G: nx.MultiDiGraph) -> Rows:
    """Per actor: statements made and received, degree centrality and betweenness centrality of the dyad graph."""
    D = dyads(G)
    degree, between_ = nx.degree_centrality(D), nx.betweenness_centrality(D)
    rows = [(_label(G, n), G.out_degree(n), G.in_degree(n), round(degree[n], 4), round(between_[n], 4), n)
            for n in D.nodes]
    rows.sort(key=lambda r: (-r[4], -r[3], r[0]))
    return Rows(("label", "out_statements", "in_statements", "degree", "betweenness", "actor"), tuple(rows))


def communities(G: nx.MultiDiGraph, seed: int = 0, resolution: float = 1.0) -> Rows:
    """Blocs: Louvain communities (fixed ``seed``) of actors tied by cooperative and structural statements."""
    U = nx.Graph()
    U.add_nodes_from(n for n in G.nodes if G.degree(n))
    for u, v, d in G.edges(data=True):
        if u != v and d.get("quad_class") not in CONFLICT:
            w = U.get_edge_data(u, v, {"weight": 0})["weight"]
            U.add_edge(u, v, weight=w + 1)
    blocs = nx.community.louvain_communities(U, weight="weight", seed=seed, resolution=resolution) if U else []
    blocs = sorted((sorted(b, key=lambda n: _label(G, n)) for b in blocs), key=lambda b: (-len(b), _label(G, b[0])))
    rows = tuple((i + 1, len(b), _label(G, n), n) for i, b in enumerate(blocs) for n in b)
    return Rows(("community", "size", "label", "actor"), rows)


def balance(G: nx.MultiDiGraph) -> Rows:
    """Per ordered pair: cooperative and conflictual statements, their balance (-1 to 1) and mean Goldstein value."""
    D = dyads(G)
    rows = [(_label(G, u), _label(G, v), d["count"], d["cooperation"], d["conflict"],
             None if d["balance"] is None else round(d["balance"], 4),
             None if d["goldstein"] is None else round(d["goldstein"], 4), u, v)
            for u, v, d in D.edges(data=True)]
    rows.sort(key=lambda r: (r[5] is None, r[5] if r[5] is not None else 0, -r[2], r[0], r[1]))
    return Rows(("subject_label", "object_label", "statements", "cooperation", "conflict", "balance",
                 "mean_goldstein", "subject", "object"), tuple(rows))


def _profile(G: nx.MultiDiGraph, node: str) -> tuple[int, float | None]:
    """Statements an actor takes part in and their mean Goldstein value."""
    edges = list(G.in_edges(node, data=True)) + [e for e in G.out_edges(node, data=True) if e[1] != node]
    scores = [d["goldstein"] for _, _, d in edges if d.get("goldstein") is not None]
    return len(edges), (mean(scores) if scores else None)


def change(G: nx.MultiDiGraph, first: Period, second: Period) -> Rows:
    """Actors whose conduct changed most from ``first`` to ``second``: shift of the mean Goldstein value of the
    statements they take part in (either side), then of their number; actors silent in both are left out."""
    A, B = between(G, first), between(G, second)
    rows = []
    for n in G.nodes:
        (na, ga), (nb, gb) = _profile(A, n), _profile(B, n)
        if na == 0 and nb == 0:
            continue
        shift = None if ga is None or gb is None else round(gb - ga, 4)
        rows.append((_label(G, n), na, nb, None if ga is None else round(ga, 4), None if gb is None else round(gb, 4),
                     shift, nb - na, n))
    rows.sort(key=lambda r: (-(abs(r[5]) if r[5] is not None else -1), -abs(r[6]), r[0]))
    return Rows(("label", "statements_before", "statements_after", "goldstein_before", "goldstein_after",
                 "goldstein_shift", "statements_shift", "actor"), tuple(rows))


def paths(G: nx.MultiDiGraph, source: str, target: str, limit: int = 10) -> Rows:
    """The shortest chains of statements (either direction) linking two actors, with the relations on each hop."""
    s, t = node_id(G, source), node_id(G, target)
    U = nx.Graph(G.to_undirected(as_view=True))
    try:
        found = list(zip(range(limit), nx.all_shortest_paths(U, s, t)))
    except nx.NetworkXNoPath:
        return Rows(("path", "hops", "actors", "relations"), ())

    def hop(u: str, v: str) -> str:
        out = sorted({d["relation"] for d in (G.get_edge_data(u, v) or {}).values()})
        back = sorted({d["relation"] for d in (G.get_edge_data(v, u) or {}).values()})
        return "/".join([f"{r}>" for r in out] + [f"<{r}" for r in back])

    rows = tuple((i + 1, len(p) - 1, " - ".join(_label(G, n) for n in p), " ; ".join(hop(u, v) for u, v in zip(p, p[1:])))
                 for i, p in found)
    return Rows(("path", "hops", "actors", "relations"), rows)


ANALYSES = ("centrality", "communities", "balance", "change", "paths")


def check(name: str, valid: Iterable[str] = ANALYSES) -> str:
    """``name`` if it is a known analysis, else UnknownNameError listing them."""
    if name not in valid:
        raise UnknownNameError("analysis", name, valid)
    return name
