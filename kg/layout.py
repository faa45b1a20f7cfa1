"""Node positions for an actor graph, the same for the same graph and seed (diagrams, HTML view, ANX chart)."""
from __future__ import annotations

import math
from typing import Any

import networkx as nx


def layout(G: nx.Graph, seed: int = 0) -> dict[Any, tuple[float, float]]:
    """Each group of connected actors laid out on its own, side by side, largest first; actors
    without relations in a row underneath. (One spring layout of all groups squeezes small ones.)"""
    simple = nx.Graph()
    simple.add_nodes_from(sorted(G.nodes, key=str))
    simple.add_edges_from(sorted({tuple(sorted((u, v), key=str)) for u, v in G.edges() if u != v}, key=str))
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
    return {n: (float(p[0]), float(p[1])) for n, p in pos.items()}
