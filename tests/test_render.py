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
    assert len(ax.patches) == 5  # RUS->PRK twice (two quad classes), PRK->RUS, RUS->USA, putin->RUS


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
