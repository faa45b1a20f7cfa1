"""The hand-offs to analysts' tools: each format read back by a real reader with its counts and attributes."""
from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET
import zipfile

import networkx as nx
import pytest

from conftest import HOSTILE, HOSTILE_SENTENCE
from kg import export, i2, neo4j

STATEMENTS, ACTORS = 10, 4  # in handoff_store, the negated one included
GEXF = "{http://gexf.net/1.3}"
VIZ = "{http://gexf.net/1.3/viz}"


def out(store, fmt, onto) -> bytes:
    data = export.export(store, fmt, onto)
    assert data == export.export(store, fmt, onto), f"{fmt} is not deterministic"
    return data


def test_graphml_reads_back_with_typed_parallel_edges(handoff_store, onto):
    G = nx.read_graphml(io.BytesIO(out(handoff_store, "graphml", onto)), force_multigraph=True)
    assert G.is_directed() and (G.number_of_nodes(), G.number_of_edges()) == (ACTORS, STATEMENTS)
    rus, prk = "https://w3id.org/kg/id/actor/RUS", "https://w3id.org/kg/id/actor/PRK"
    assert G.number_of_edges(rus, prk) == 5 and G.number_of_edges(prk, rus) == 2
    coop = [d for d in G.get_edge_data(rus, prk).values() if d["relation"] == "cooperatesWith"]
    assert len(coop) == 2 and coop[0]["quad_class"] == 2 and isinstance(coop[0]["goldstein"], float)
    assert coop[0]["color"] == onto.quad_classes[2].color and coop[0]["date"] == "2024-01-15"
    assert G.nodes[rus]["label"] == "Russia" and G.nodes[rus]["color"] == onto.classes["State"].color
    assert any(d["label"] == HOSTILE for _, d in G.nodes(data=True))
    assert any(d["sentence"] == HOSTILE_SENTENCE for _, _, d in G.edges(data=True))
    assert all(k.startswith("https://w3id.org/kg/id/statement/") for _, _, k in G.edges(keys=True))


def test_gexf_1_3_has_kind_dates_and_viz_colours(handoff_store, onto):
    data = out(handoff_store, "gexf", onto)
    root = ET.fromstring(data)
    assert root.tag == GEXF + "gexf" and root.get("version") == "1.3"
    graph = root.find(GEXF + "graph")
    assert graph.get("defaultedgetype") == "directed" and graph.get("mode") == "dynamic"
    assert graph.get("timeformat") == "date"
    edges = graph.findall(f"{GEXF}edges/{GEXF}edge")
    assert len(edges) == STATEMENTS and len(graph.findall(f"{GEXF}nodes/{GEXF}node")) == ACTORS
    assert {e.get("kind") for e in edges} == {"cooperatesWith", "consults", "supports", "leaderOf", "providesAid",
                                              "opposes", "threatens", "imposesSanctions"}
    sanction = next(e for e in edges if e.get("kind") == "imposesSanctions")
    assert (sanction.get("start"), sanction.get("end")) == ("2024-06-01", "2024-06-30")  # a month-dated statement
    colour = sanction.find(VIZ + "color")
    assert "#%02X%02X%02X" % tuple(int(colour.get(c)) for c in "rgb") == onto.quad_classes[4].color
    spells = {n.get("label"): [(s.get("start"), s.get("end")) for s in n.iter(GEXF + "spell")]
              for n in graph.iter(GEXF + "node")}
    assert spells["Russia"] == [("2024-01-15", "2024-01-15"), ("2024-03-02", "2024-03-02"),
                                ("2024-06-01", "2024-06-30"), ("2024-09-01", "2024-09-01")]
    assert b"lastmodifieddate" not in data  # nothing of today's date: same graph, same bytes
    G = nx.read_gexf(io.BytesIO(data), version="1.3")
    assert (G.number_of_nodes(), G.number_of_edges()) == (ACTORS, STATEMENTS)
    assert sorted(d["relation"] for _, _, d in G.edges(data=True)) == sorted(e.get("kind") for e in edges)
    assert {d["label"] for _, d in G.nodes(data=True)} >= {"Russia", HOSTILE}


def test_cytoscape_json_reads_back(handoff_store, onto):
    doc = json.loads(out(handoff_store, "cyjs", onto))
    nodes, edges = doc["elements"]["nodes"], doc["elements"]["edges"]
    ids = {n["data"]["id"] for n in nodes}
    assert len(nodes) == ACTORS and len(edges) == STATEMENTS
    assert all(e["data"]["source"] in ids and e["data"]["target"] in ids and e["data"]["id"] for e in edges)
    G = nx.cytoscape_graph(doc, name="label")
    assert G.is_multigraph() and G.number_of_edges() == STATEMENTS


def test_anx_chart_has_what_analysts_notebook_reads(handoff_store, onto):
    chart = ET.fromstring(out(handoff_store, "anx", onto))
    assert chart.tag == "Chart"
    types = {t.get("Name") for t in chart.iter("EntityType")}
    assert types == {onto.classes[c].i2_icon for c in ("State", "Person", "ArmedGroup")}
    entities = list(chart.iter("Entity"))
    assert len(entities) == ACTORS and all(e.find("Icon/IconStyle").get("Type") in types for e in entities)
    ids = {e.get("EntityId") for e in entities}
    links = [item for item in chart.iter("ChartItem") if item.find("Link") is not None]
    assert len(links) == STATEMENTS
    for item in links:
        link = item.find("Link")
        assert link.get("End1Id") in ids and link.get("End2Id") in ids
        assert link.find("LinkStyle").get("ArrowStyle") == "ArrowOnHead"
    strengths = {s.get("Id"): s.get("Name") for s in chart.iter("Strength")}
    hedged = next(i for i in links if "hedged" in i.find("CardCollection/Card").get("Summary"))
    assert strengths[hedged.find("Link/LinkStyle").get("Strength")] == "Tentative"  # confidence 0.4
    cards = [i.find("CardCollection/Card") for i in links]
    card = next(c for c in cards if c.get("Text") == HOSTILE_SENTENCE)
    assert card.get("SourceReference") == "d2" and card.get("DateTime") == "2024-03-02T00:00:00"
    assert card.get("SourceType") == "https://example.org/d2"


def test_i2_csv_is_one_row_per_statement(handoff_store, onto):
    rows = list(csv.reader(io.StringIO(out(handoff_store, "i2csv", onto).decode("utf-8"))))
    assert tuple(rows[0]) == i2.CSV_HEADER and len(rows) == STATEMENTS + 1
    by = [dict(zip(rows[0], r)) for r in rows[1:]]
    assert {r["Direction"] for r in by} == {"Directed"}
    assert {r["Entity1 Type"] for r in by if r["Entity1 Label"] == "Russia"} == {onto.classes["State"].i2_icon}
    assert any(r["Entity2 Label"] == HOSTILE for r in by)


def test_neo4j_zip_has_admin_import_headers(handoff_store, onto):
    with zipfile.ZipFile(io.BytesIO(out(handoff_store, "neo4j", onto))) as z:
        assert sorted(z.namelist()) == ["nodes.csv", "relationships.csv"]
        nodes = list(csv.reader(io.StringIO(z.read("nodes.csv").decode())))
        rels = list(csv.reader(io.StringIO(z.read("relationships.csv").decode())))
    assert tuple(nodes[0]) == neo4j.NODE_HEADER and tuple(rels[0]) == neo4j.REL_HEADER
    assert len(nodes) == ACTORS + 1 and len(rels) == STATEMENTS + 1
    ids = {r[0] for r in nodes[1:]}
    assert all(r[0] in ids and r[1] in ids and r[2] for r in rels[1:])
    assert {r[5] for r in nodes[1:] if r[1] == "Russia"} == {"State;Actor"}
    assert all("\n" not in cell and "\u2028" not in cell for r in rels for cell in r)


def test_unknown_format_lists_the_hand_offs(handoff_store, onto):
    with pytest.raises(KeyError, match="anx.*cyjs.*gexf.*graphml.*i2csv.*neo4j"):
        export.export(handoff_store, "vna", onto)
