"""The networkx view and the analytics on the small dated graph: edges per statement, dyads, centrality, blocs,
balance, change between periods, paths; and ``kg analyze`` on a store."""
from __future__ import annotations

import json

import pytest

import sample_graph
from kg import analytics, cli, iri, network, ontology
from kg.errors import KgError, UnknownNameError
from kg.store import Store

RUS, USA, UKR, CHN, PRK, NATO = (iri.actor_iri(a).value for a in ("RUS", "USA", "UKR", "CHN", "PRK", "nato"))


@pytest.fixture(scope="module")
def G():
    onto = ontology.load()
    return network.to_networkx(sample_graph.build(Store(), onto), onto)


def test_one_edge_per_statement_with_ontology_attributes(G) -> None:
    assert G.number_of_edges() == 15  # 16 statements, one negated
    edge = next(d for u, v, d in G.edges(data=True) if (u, v) == (USA, RUS))
    assert edge["relation"] == "imposesSanctions" and edge["cameo"] == "163" and edge["quad_class"] == 4
    assert edge["goldstein"] == -8.0 and edge["confidence"] == 0.75 and edge["modality"] == "asserted"
    assert edge["date"] == "2023-03-01" and edge["sentence"].startswith("United States") and edge["doc"] == "d1"
    said = next(d for u, v, d in G.edges(data=True) if (u, v) == (RUS, USA) and d["relation"] == "cooperatesWith")
    assert said["speaker"] == iri.actor_iri("vladimir-putin").value


def test_dyads_aggregate_counts_goldstein_and_balance(G) -> None:
    D = network.dyads(G)
    rus_usa = D.edges[RUS, USA]
    assert (rus_usa["count"], rus_usa["cooperation"], rus_usa["conflict"], rus_usa["balance"]) == (2, 1, 1, 0.0)
    assert rus_usa["goldstein"] == pytest.approx(2.0) and rus_usa["quads"] == {2: 1, 3: 1}
    assert D.edges[RUS, UKR]["balance"] == -1.0 and D.edges[USA, UKR]["balance"] == 1.0
    leader = D.edges[iri.actor_iri("vladimir-putin").value, RUS]
    assert leader["balance"] is None and leader["structural"] == 1


def test_centrality_puts_the_broker_first(G) -> None:
    rows = analytics.centrality(G).dicts()
    assert rows[0]["actor"] == RUS and rows[0]["betweenness"] > rows[-1]["betweenness"] == 0
    by_actor = {r["actor"]: r for r in rows}
    assert (by_actor[UKR]["out_statements"], by_actor[UKR]["in_statements"]) == (1, 5)


def test_communities_are_blocs_of_cooperation_and_stable(G) -> None:
    rows = analytics.communities(G, seed=0).dicts()
    bloc = {r["actor"]: r["community"] for r in rows}
    assert bloc[CHN] == bloc[PRK] == bloc[RUS] and bloc[USA] == bloc[UKR] == bloc[NATO] != bloc[RUS]
    assert analytics.communities(G, seed=0) == analytics.communities(G, seed=0)


def test_balance_lists_conflict_first(G) -> None:
    rows = analytics.balance(G).dicts()
    assert rows[0]["balance"] == -1.0 and rows[-1]["balance"] is None
    assert {(r["subject"], r["object"]) for r in rows if r["balance"] == 0.0} == {(RUS, USA)}


def test_change_between_two_periods(G) -> None:
    rows = analytics.change(G, (None, "2023"), ("2024", None)).dicts()
    assert rows[0]["actor"] == USA and rows[0]["goldstein_shift"] == pytest.approx(4.4167)
    assert {r["actor"]: r["statements_after"] for r in rows}[PRK] == 2
    assert analytics.between(G, ("2024-06", "2024-06")).number_of_edges() == 5


def test_paths_between_actors(G) -> None:
    rows = analytics.paths(G, "PRK", "UKR").dicts()
    assert rows == [{"path": 1, "hops": 2, "actors": "North Korea - United States - Ukraine",
                     "relations": "opposes> ; providesAid>/supports>"}]
    with pytest.raises(KgError, match="nobody"):
        analytics.paths(G, "nobody", "UKR")
    with pytest.raises(UnknownNameError, match="balance.*centrality"):
        analytics.check("pagerank")


def test_kg_analyze_on_a_store(tmp_path, capsys) -> None:
    with Store(tmp_path / "s") as store:
        sample_graph.build(store, ontology.load())

    def run(*args: str) -> tuple[int, str, str]:
        code = cli.main(["analyze", "--store", str(tmp_path / "s"), *args, "--format", "json"])
        out, err = capsys.readouterr()
        return code, out, err

    code, out, err = run("change", "--before", "..2023", "--after", "2024..")
    assert code == 0, err
    assert json.loads(out)[0]["label"] == "United States"
    code, out, _ = run("balance", "--from", "2024-06-01")
    assert {(r["subject_label"], r["object_label"]) for r in json.loads(out)} == {
        ("Russia", "Ukraine"), ("Ukraine", "Russia"), ("China", "Russia"), ("United States", "Ukraine"),
        ("NATO", "Ukraine")}
    code, _, err = run("change")
    assert code == 2 and "--before" in err
