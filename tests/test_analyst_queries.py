"""The canned analyst queries on a small dated graph: filters, sub-relations (RDFS), dyads, contradictions."""
from __future__ import annotations

import pytest

import sample_graph
from kg import iri, ontology, query
from kg.errors import UnknownNameError
from kg.store import Store

RUS, USA, UKR = (iri.actor_iri(a).value for a in ("RUS", "USA", "UKR"))


@pytest.fixture(scope="module")
def store() -> Store:
    return sample_graph.build(Store(), ontology.load())


def relations(store: Store, **bindings) -> list[tuple[str, str, str]]:
    return sorted((r["direction"], r["relation_name"], r["other"])
                  for r in query.run(store, "actor_relations", bindings).dicts())


def test_a_sanction_answers_a_reduces_relations_question(store) -> None:
    rows = query.run(store, "claim_evidence", {"subject": "USA", "relation": "reducesRelations", "object": "RUS"})
    assert [(r["relation_name"], r["doc"]) for r in rows.dicts()] == [("imposesSanctions", "d1")]
    assert relations(store, actor="RUS", relation="reducesRelations") == [("in", "imposesSanctions", USA)]
    assert relations(store, actor="RUS", relation="imposesSanctions") == [("in", "imposesSanctions", USA)]
    assert relations(store, actor="RUS", relation="easesSanctions") == []
    plain = ("SELECT ?a ?b WHERE { ?a ?p ?b . ?p rdfs:subPropertyOf* kg:reducesRelations }")
    assert [tuple(r) for r in query.run(store, plain)] == [(USA, RUS)]


def test_actor_relations_filters(store) -> None:
    everything = relations(store, actor="RUS")
    assert len(everything) == 9
    assert relations(store, actor="RUS", way="out") == [r for r in everything if r[0] == "out"]
    assert relations(store, actor="RUS", quad="MaterialCooperation") == [
        ("in", "cooperatesWith", iri.actor_iri("CHN").value), ("out", "cooperatesWith", iri.actor_iri("CHN").value),
        ("out", "cooperatesWith", USA)]
    assert relations(store, actor="UKR", **{"from": "2024-01-01", "to": "2024-12-31"}) == sorted(
        [("out", "fights", RUS), ("in", "assaults", RUS), ("in", "providesAid", USA),
         ("in", "supports", iri.actor_iri("nato").value)])
    assert relations(store, actor="UKR", to="2023") == [("in", "supports", USA), ("in", "threatens", RUS)]
    assert relations(store, actor="UKR", min_confidence=0.6) == [r for r in relations(store, actor="UKR")
                                                                 if r[1] != "threatens"]
    assert relations(store, actor="UKR", modality="hedged") == [("in", "threatens", RUS)]


def test_dyad_table_counts_quad_classes_and_means_goldstein(store) -> None:
    rows = {(r["subject"], r["object"]): r for r in query.run(store, "dyads").dicts()}
    rus_usa = rows[(RUS, USA)]
    assert (rus_usa["statements"], rus_usa["material_cooperation"], rus_usa["verbal_conflict"]) == (2, 1, 1)
    assert rus_usa["mean_goldstein"] == pytest.approx(2.0)  # cooperatesWith 6.0 and opposes -2.0
    prk_usa = rows[(iri.actor_iri("PRK").value, USA)]
    assert prk_usa["statements"] == 1  # the negated statement is left out
    only_ukr = query.run(store, "actor_dyads", {"actor": "UKR", "from": "2024"}).dicts()
    assert {(r["subject"], r["object"]) for r in only_ukr} == {(RUS, UKR), (UKR, RUS), (USA, UKR),
                                                               (iri.actor_iri("nato").value, UKR)}


def test_timeline_speaker_class_and_contradictions(store) -> None:
    timeline = query.run(store, "dyad_timeline", {"a": "USA", "b": "RUS"}).dicts()
    assert [r["date"] for r in timeline] == ["2023-03-01", "2023-03-01", "2024-05-01"]
    assert {r["relation_name"] for r in timeline[:2]} == {"imposesSanctions", "opposes"}
    assert timeline[2]["relation_name"] == "cooperatesWith"
    said = query.run(store, "speaker_claims", {"speaker": "vladimir-putin"}).dicts()
    assert [(r["subject_label"], r["relation_name"], r["object_label"]) for r in said] == [
        ("Russia", "cooperatesWith", "United States")]
    states = {r["label"] for r in query.run(store, "actors_by_class", {"class": "State"}).dicts()}
    actors = {r["label"] for r in query.run(store, "actors_by_class", {"class": "Actor"}).dicts()}
    assert "NATO" not in states and {"NATO", "Vladimir Putin"} <= actors and states < actors
    found = {(r["kind"], r["subject_label"], r["object_label"])
             for r in query.run(store, "contradictions", {"actor": "USA"}).dicts()}
    assert found == {("negated and asserted", "North Korea", "United States"),
                     ("cooperation and conflict", "Russia", "United States")}
    assert query.run(store, "contradictions", {"actor": "UKR"}).rows == ()


def test_actors_by_class_lists_each_actor_once_with_its_statements_counted_once(store) -> None:
    rows = query.run(store, "actors_by_class", {"class": "State"}).dicts()
    assert len({r["entity"] for r in rows}) == len(rows)  # several documents describe Russia: one row
    counts = {r["entity"]: r["statements"] for r in rows}
    for actor in ("RUS", "USA", "UKR"):
        assert counts[iri.actor_iri(actor).value] == len(relations(store, actor=actor)) > 1
    assert [r["statements"] for r in rows] == sorted((r["statements"] for r in rows), reverse=True)


def test_a_hostile_filter_value_matches_nothing(store) -> None:
    before = store.dump("nq")
    assert relations(store, actor="RUS", way='out") } DROP ALL #') == []
    assert relations(store, actor="RUS", to='" || true) } #') == []
    assert store.dump("nq") == before


def test_rows_become_a_dataframe(store) -> None:
    pd = pytest.importorskip("pandas")
    frame = query.run(store, "dyads").to_dataframe()
    assert isinstance(frame, pd.DataFrame) and list(frame.columns)[:3] == ["subject_label", "object_label", "statements"]
    assert frame["statements"].sum() == 15  # every non-negated statement once


def test_unknown_relation_class_or_quad_names_list_the_valid_ones(store) -> None:
    with pytest.raises(UnknownNameError, match="relation 'sanctions'.*imposesSanctions"):
        query.run(store, "actor_relations", {"actor": "RUS", "relation": "sanctions"})
    with pytest.raises(UnknownNameError, match="class 'Country'.*State"):
        query.run(store, "actors_by_class", {"class": "Country"})
    with pytest.raises(UnknownNameError, match="quad class 'Conflict'.*MaterialConflict"):
        query.run(store, "actor_relations", {"actor": "RUS", "quad": "Conflict"})
