"""Drawing actor networks: Axes returned, PNG/SVG/PDF bytes, deterministic SVG, legend from the ontology."""
from __future__ import annotations

import networkx as nx
import pytest
from matplotlib.axes import Axes
from matplotlib.figure import Figure

from kg import ontology, render
from kg.errors import UnknownNameError
from kg.network import dyads


@pytest.fixture(scope="module")
def onto() -> ontology.Ontology:
    return ontology.load()


@pytest.fixture()
def graph() -> nx.MultiDiGraph:
    """Four actors; parallel and opposite edges between Russia and North Korea; one structural edge."""
    G = nx.MultiDiGraph()
    for node, label, cls in (("RUS", "Russia", "State"), ("PRK", "North Korea", "State"),
                             ("USA", "United States", "State"), ("putin", "Vladimir Putin", "Person")):
        G.add_node(node, label=label, cls=cls, wikidata=None, iso3=None)
    edges = (("RUS", "PRK", "cooperatesWith", 2, 6.0), ("RUS", "PRK", "cooperatesWith", 2, 6.0),
             ("RUS", "PRK", "consults", 1, 1.0), ("PRK", "RUS", "supports", 1, 3.0),
             ("RUS", "USA", "opposes", 3, -2.0), ("putin", "RUS", "leaderOf", None, None))
    for i, (u, v, rel, quad, gold) in enumerate(edges):
        G.add_edge(u, v, key=f"s{i}", relation=rel, quad_class=quad, goldstein=gold, cameo=None,
                   confidence=0.5, modality="asserted", doc="d", sentence="")
    return G


def test_draw_returns_axes_with_ontology_legend(graph, onto):
    ax = render.draw(graph, ontology=onto, title="Actors")
    assert isinstance(ax, Axes) and ax.get_title() == "Actors"
    labels = [t.get_text() for t in ax.get_legend().get_texts()]
    expected = [onto.classes["Person"].label, onto.classes["State"].label] + \
               [onto.quad_classes[q].label for q in (1, 2, 3)]
    assert labels[:5] == expected and len(labels) == 6  # and one entry for the structural leaderOf edge
    assert len(ax.patches) == 5  # RUS->PRK twice (two relations), PRK->RUS, RUS->USA, putin->RUS


def test_each_relation_between_a_pair_is_its_own_curved_line(graph, onto):
    graph.add_edge("RUS", "PRK", key="s9", relation="praises", quad_class=1, goldstein=3.4, cameo=None,
                   confidence=0.5, modality="asserted", doc="d", sentence="")
    ax = render.draw(graph, ontology=onto)
    rads = sorted(round(p.get_connectionstyle().rad, 2) for p in ax.patches)
    # RUS->PRK: consults, praises (both verbal cooperation) and cooperatesWith, each bent further; PRK->RUS
    # bent too, as the pair has lines both ways; RUS->USA and putin->RUS straight
    assert rads == [0.0, 0.0, 0.12, 0.12, 0.24, 0.36]
    widths = sorted(p.get_linewidth() for p in ax.patches)
    assert widths[-1] > widths[0]  # cooperatesWith, stated twice, is drawn wider


def test_draw_on_a_given_axes_and_on_dyads(graph, onto):
    fig = Figure()
    ax = fig.add_subplot()
    assert render.draw(dyads(graph), ax, ontology=onto) is ax
    assert len(ax.patches) == 5
    assert isinstance(render.draw(nx.MultiDiGraph(), ontology=onto), Axes)


def test_image_bytes_and_deterministic_svg(graph, onto):
    ax = render.draw(graph, ontology=onto, seed=3)
    png, pdf = render.figure_bytes(ax, "png"), render.figure_bytes(ax, "pdf")
    assert png.startswith(b"\x89PNG") and pdf.startswith(b"%PDF") and len(png) > 1000
    svg = render.figure_bytes(ax, "svg")
    assert b"<svg" in svg and b"Russia" in svg
    assert svg == render.figure_bytes(render.draw(graph, ontology=onto, seed=3), "svg")
    with pytest.raises(UnknownNameError, match="png"):
        render.figure_bytes(ax, "gif")


# -- filters, shapes, source line, timeline, determinism on a dated store ---------------------------------

from kg import subgraph, timeline  # noqa: E402
from kg.errors import KgError  # noqa: E402


@pytest.fixture()
def dated(handoff_store, onto):
    return subgraph.graph(handoff_store, onto, include_negated=True)


def test_selection_filters(dated, onto):
    S = subgraph.Selection
    counts = lambda sel: (lambda g: (g.number_of_nodes(), g.number_of_edges()))(subgraph.select(dated, sel, onto))  # noqa: E731
    assert counts(S()) == (4, 10)
    assert counts(S(modalities=("asserted", "hedged", "intended"))) == (4, 9)
    assert counts(S(quads=(3, 4))) == (3, 4)  # the negated "opposes" of North Korea is verbal conflict too
    assert counts(S(relations=("opposes",))) == (3, 2)
    assert counts(S(since="2024-06", until="2024-06")) == (3, 3)  # the month-dated sanction is in June
    assert counts(S(since="2024-07")) == (2, 1)
    assert counts(S(min_confidence=0.75)) == (4, 4)
    assert counts(S(actor="Vladimir Putin", depth=1)) == (2, 1)
    assert counts(S(actor="putin".join(["vladimir-", ""]), depth=2)) == (4, 10)
    assert counts(S(actor="RUS", depth=1, quads=(2,))) == (3, 3)
    with pytest.raises(UnknownNameError, match="cooperatesWith"):
        subgraph.select(dated, S(relations=("befriends",)), onto)
    with pytest.raises(UnknownNameError, match="North Korea"):
        subgraph.select(dated, S(actor="Narnia"), onto)
    with pytest.raises(UnknownNameError, match="asserted"):
        subgraph.select(dated, S(modalities=("rumoured",)), onto)
    with pytest.raises(KgError, match="YYYY"):
        subgraph.select(dated, S(since="June 2024"), onto)


def test_draw_with_selection_shapes_and_source_line(dated, onto):
    ax = render.draw(dated, ontology=onto, title="Ego", selection=subgraph.Selection(actor="PRK", quads=(3, 4)))
    markers = sorted(c.get_paths()[0].vertices.shape[0] for c in ax.collections)
    assert len(ax.collections) == 2 and markers[0] != markers[1]  # a square state and a hexagon armed group
    texts = [t.get_text() for t in ax.texts]
    assert "North Korea" in texts and "Vladimir Putin" not in texts
    assert any(t.startswith("3 actors, 4 statements from d2, d3") for t in texts)
    assert render.draw(dated, ontology=onto, source="").texts[-1].get_text() != ""  # labels only
    assert not any("statements" in t.get_text() for t in render.draw(dated, ontology=onto, source="").texts)


def test_labels_do_not_overlap(onto, monkeypatch):
    G = nx.MultiDiGraph()
    for i in range(12):  # actors without relations share one crowded row
        G.add_node(f"n{i}", label=f"Republic number {i:02d}", cls="State")

    def overlaps() -> int:
        ax = render.draw(G, ontology=onto)
        renderer = ax.figure.canvas.get_renderer()
        boxes = [t.get_window_extent(renderer) for t in ax.texts if t.get_text().startswith("Republic")]
        assert len(boxes) == 12
        return sum(a.overlaps(b) for i, a in enumerate(boxes) for b in boxes[i + 1:])

    assert overlaps() == 0
    monkeypatch.setattr(render, "_place_labels", lambda ax, texts: None)
    assert overlaps() > 5  # every label below its node: they collide


def test_renders_are_byte_identical(dated, onto):
    """(The network's SVG is compared in test_image_bytes_and_deterministic_svg.)"""
    pictures = [(lambda: render.draw(dated, ontology=onto, title="Same"), ("png", "pdf")),
                (lambda: timeline.draw(dated, "RUS", "North Korea", ontology=onto), ("svg", "png"))]
    for picture, formats in pictures:
        first, second = picture(), picture()
        for fmt in formats:
            assert render.figure_bytes(first, fmt, dpi=40) == render.figure_bytes(second, fmt, dpi=40), fmt


def test_dyad_timeline(dated, onto):
    found = timeline.events(dated, "Russia", "North Korea")
    assert [(e.date.isoformat(), e.relation, e.forward) for e in found][3:5] == [
        ("2024-03-02", "opposes", True), ("2024-06-01", "imposesSanctions", True)]
    assert len(found) == 7 and all(e.goldstein is not None for e in found)  # leaderOf has no Goldstein value
    ax = timeline.draw(dated, "Russia", "North Korea", ontology=onto)
    assert ax.get_title() == "Russia and North Korea: cooperation and conflict"
    legend = [t.get_text() for t in ax.get_legend().get_texts()]
    assert legend[:4] == [onto.quad_classes[q].label for q in (1, 2, 3, 4)] and "Russia → North Korea" in legend
    assert len(ax.collections) == 7  # one stem per statement
    conflict = timeline.draw(dated, "RUS", "PRK", ontology=onto, selection=subgraph.Selection(quads=(4,)))
    assert len(conflict.collections) == 1
    empty = timeline.draw(dated, "Russia", "Vladimir Putin", ontology=onto)
    assert "no dated statements" in " ".join(t.get_text() for t in empty.texts)


def test_graph_shows_itself_as_svg_in_jupyter(dated, onto):
    ego = subgraph.select(dated, subgraph.Selection(actor="Russia"), onto)
    svg = ego._repr_svg_()
    assert svg.lstrip().startswith("<?xml") and "<svg" in svg and "Russia" in svg
