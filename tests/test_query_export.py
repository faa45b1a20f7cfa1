"""Named queries, bindings, the export formats (checked by the independent scorer) and the networkx bridge."""
from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
import rdflib

from kg import export, network, ontology, query
from kg.errors import KgError, UnknownNameError
from kg.graph import to_quads
from kg.model import Document, DocumentResult, Entity, Mention, Quantity, Statement
from kg.store import Store

SCORER = Path("/work/shared/eval/score.py")
TEXT = ("Russia boosted trade with North Korea by 73 percent. Russia condemned the United States. "
        "North Korea did not criticize the United States. Vladimir Putin is the president of Russia. "
        "NATO was silent.")
ENTITY_KEYS = {"record", "id", "label", "type", "class", "wikidata", "iso3", "aliases", "mentions"}
RELATION_KEYS = {"record", "id", "doc", "subject", "subject_label", "relation", "cameo", "quad_class", "object",
                 "object_label", "subject_span", "object_span", "sentence_span", "trigger_span", "sentence",
                 "modality", "confidence", "speaker", "date", "quantity"}


def span(text: str, nth: int = 0, within: str = TEXT) -> tuple[int, int]:
    """The character span of the nth occurrence of ``text``."""
    start = -1
    for _ in range(nth + 1):
        start = within.index(text, start + 1)
    return (start, start + len(text))


def sentence(n: int) -> tuple[tuple[int, int], str]:
    """The span and text of the nth sentence of TEXT."""
    starts = [0] + [i + 2 for i, c in enumerate(TEXT) if c == "." and i + 2 < len(TEXT)]
    start = starts[n]
    end = TEXT.index(".", start) + 1
    return (start, end), TEXT[start:end]


def entity(eid: str, cls: str, label: str, wikidata: str, iso3: str | None, *names: str,
           aliases: tuple[str, ...] = ()) -> Entity:
    """An entity with a mention for every occurrence of each name."""
    mentions = []
    for name in names:
        for i in range(TEXT.count(name)):
            s, e = span(name, i)
            mentions.append(Mention("doc1", s, e, name, cls, eid))
    return Entity(eid, label, cls, aliases, wikidata, iso3, tuple(mentions))


def statement(subj: str, rel: str, obj: str, s_text: str, o_text: str, trig: str, n: int, **kw) -> Statement:
    """A statement in sentence n with spans located in that sentence."""
    (ss, se), text = sentence(n)
    at = lambda t: (ss + text.index(t), ss + text.index(t) + len(t))  # noqa: E731
    return Statement("doc1", subj, rel, obj, at(s_text), at(o_text), at(trig), trig, (ss, se), text, **kw)


@pytest.fixture(scope="module")
def onto() -> ontology.Ontology:
    return ontology.load()


@pytest.fixture()
def store(onto: ontology.Ontology) -> Store:
    result = DocumentResult(
        Document("doc1", TEXT, date="2024-06-19"),
        entities=(
            entity("RUS", "State", "Russia", "Q159", "RUS", "Russia", aliases=("Moscow", "Kremlin")),
            entity("PRK", "State", "North Korea", "Q423", "PRK", "North Korea"),
            entity("USA", "State", "United States", "Q30", "USA", "United States"),
            entity("vladimir-putin", "Person", "Vladimir Putin", "Q7747", None, "Vladimir Putin", aliases=("Putin",)),
            entity("nato", "IGO", "NATO", "Q7184", None, "NATO"),
        ),
        statements=(
            statement("RUS", "cooperatesWith", "PRK", "Russia", "North Korea", "boosted", 0, confidence=0.8,
                      quantity=Quantity(73.0, "percent", "73 percent", "increase"), date="2024"),
            statement("RUS", "opposes", "USA", "Russia", "United States", "condemned", 1, confidence=0.7,
                      speaker="vladimir-putin"),
            statement("PRK", "opposes", "USA", "North Korea", "United States", "criticize", 2, modality="negated"),
            statement("vladimir-putin", "leaderOf", "RUS", "Vladimir Putin", "Russia", "president", 3),
        ),
    )
    st = Store()
    st.replace_document("doc1", to_quads(result, onto))
    return st


def records(store: Store, onto: ontology.Ontology) -> list[dict]:
    return [json.loads(line) for line in export.export(store, "jsonl", onto).decode().splitlines()]


def test_jsonl_has_the_scorer_keys_and_one_line_per_statement(store, onto):
    recs = records(store, onto)
    ents = [r for r in recs if r["record"] == "entity"]
    rels = [r for r in recs if r["record"] == "relation"]
    assert all(ENTITY_KEYS <= set(r) for r in ents) and all(RELATION_KEYS <= set(r) for r in rels)
    assert len(ents) == 5 and len(rels) == 4
    by_label = {r["label"]: r for r in ents}
    assert by_label["Russia"]["wikidata"] == "Q159" and by_label["Russia"]["aliases"] == ["Kremlin", "Moscow"]
    assert (by_label["NATO"]["type"], by_label["NATO"]["class"]) == ("Organization", "IGO")
    assert by_label["Russia"]["mentions"][0] == {"doc": "doc1", "start": 0, "end": 6}
    coop = next(r for r in rels if r["relation"] == "cooperatesWith")
    assert coop["quad_class"] == 2 and coop["cameo"].startswith("06") and coop["subject_span"] == [0, 6]
    assert coop["quantity"] == {"value": 73.0, "unit": "percent", "direction": "increase", "text": "73 percent"}
    assert [r["modality"] for r in rels if r["subject_label"] == "North Korea"] == ["negated"]
    assert export.export(store, "jsonl", onto) == export.export(store, "jsonl", onto)


def test_scorer_counts_the_export(store, onto, tmp_path):
    pred = tmp_path / "pred.jsonl"
    pred.write_bytes(export.export(store, "jsonl", onto))
    gold = tmp_path / "tiny.gold"
    gold.write_text("@doc doc1\n"
                    "@entity RUS State wikidata=Q159 iso3=RUS : Russia | Moscow\n"
                    "@entity PRK State wikidata=Q423 iso3=PRK : North Korea\n"
                    "@entity USA State wikidata=Q30 iso3=USA : United States\n"
                    "@entity PUTIN Person wikidata=Q7747 : Vladimir Putin\n"
                    "@entity NATO Organization wikidata=Q7184 : NATO\n"
                    "RUS cooperatesWith PRK\nRUS opposes USA\nPUTIN leaderOf RUS\nPRK rejects USA\n")
    out = subprocess.run([sys.executable, str(SCORER), "--pred", str(pred), "--gold", str(gold), "--json"],
                         capture_output=True, text=True, check=True)
    res = json.loads(out.stdout)
    assert (res["typed"]["tp"], res["typed"]["fp"], res["typed"]["fn"]) == (3, 0, 1)  # the negated one is no claim
    assert (res["entities"]["tp"], res["entities"]["fp"]) == (5, 0)
    assert res["unreadable_pred_lines"] == 0


@pytest.mark.filterwarnings("ignore::DeprecationWarning")  # raised inside rdflib's own parsers
def test_rdf_formats_parse_and_are_deterministic(store, onto):
    for fmt, parser in (("ttl", "turtle"), ("trig", "trig"), ("nq", "nquads")):
        data = export.export(store, fmt, onto)
        assert data and len(rdflib.Dataset().parse(data=data, format=parser)) > 0
    jsonld = export.export(store, "jsonld", onto)
    assert jsonld == export.export(store, "jsonld", onto)
    assert "kg" in json.loads(jsonld)["@context"]
    back = rdflib.Dataset().parse(data=jsonld, format="json-ld")
    assert sum(len(g) for g in back.graphs()) == len(store)


def test_unknown_names_list_the_valid_ones(store, onto):
    with pytest.raises(UnknownNameError, match="jsonl.*trig"):
        export.export(store, "xml", onto)
    with pytest.raises(UnknownNameError, match="relations.*summary"):
        query.load_query("nope")
    with pytest.raises(UnknownNameError, match="summary"):
        query.run(store, "nope")
    with pytest.raises(UnknownNameError, match="subject"):
        query.run(store, "relations", {"actor": "RUS"})
    with pytest.raises(KgError, match="actor"):
        query.run(store, "actor_relations")


def test_every_shipped_query_is_documented_and_runs(store):
    shipped = {name: params for name, _, params in query.list_queries()}
    assert {"summary", "relations", "actor_relations", "evidence", "export_entities", "export_relations",
            "leaders", "who_opposes"} <= set(shipped)
    assert shipped["relations"] == ("subject", "object", "relation", "modality")
    values = {"actor": "RUS", "target": "USA", "statement": query.run(store, "relations").dicts()[0]["statement"],
              "subject": "RUS", "relation": "opposes", "object": "USA", "speaker": "vladimir-putin",
              "class": "State", "a": "USA", "b": "RUS"}
    for name, description, _ in query.list_queries():
        params = query.load_query(name).params
        assert description and all(p.description for p in params)
        rows = query.run(store, name, {p.name: values[p.name] for p in params if not p.optional})
        assert len(rows) > 0 or name == "contradictions", name


def test_bound_queries_answer_questions(store):
    summary = {(k, n): c for k, n, c in query.run(store, "summary")}
    assert summary[("documents", "")] == 1 and summary[("entities", "State")] == 3
    assert summary[("statements", "opposes")] == 2
    assert [r["subject_label"] for r in query.run(store, "who_opposes", {"target": "USA"}).dicts()] == ["Russia"]
    rel = query.run(store, "relations", {"subject": "RUS", "relation": "opposes"}).dicts()
    assert [(r["object_label"], r["modality"]) for r in rel] == [("United States", "asserted")]
    assert [r["leader_label"] for r in query.run(store, "leaders").dicts()] == ["Vladimir Putin"]
    assert {r["direction"] for r in query.run(store, "actor_relations", {"actor": "RUS"}).dicts()} == {"in", "out"}
    text = "SELECT ?s WHERE { ?s a <https://w3id.org/kg/ontology#State> } ORDER BY ?s"
    assert len(query.run(store, text)) == 3


@pytest.mark.parametrize("param", ["subject", "object", "relation", "modality"])
def test_a_hostile_binding_changes_nothing(store, param):
    before, dump = len(store), store.dump("nq")
    rows = query.run(store, "relations", {param: '" } ; DROP ALL ; #'})
    assert len(rows) == 0 and len(store) == before and store.dump("nq") == dump


def test_rows_round_trip_through_csv_and_json(store):
    rows = query.run(store, "relations")
    as_csv = list(csv.reader(io.StringIO(rows.to_csv())))
    assert tuple(as_csv[0]) == rows.columns
    assert as_csv[1:] == [["" if v is None else str(v) for v in r] for r in rows.rows]
    assert [tuple(d[c] for c in rows.columns) for d in json.loads(rows.to_json())] == list(rows.rows)
    table = rows.to_table().splitlines()
    assert len(table) == len(rows) + 2 and table[0].split()[0] == rows.columns[0]
    try:
        import pandas  # noqa: F401
    except ImportError:
        with pytest.raises(KgError, match="pandas"):
            rows.to_dataframe()
    else:
        assert rows.to_dataframe().shape == (len(rows), len(rows.columns))


def test_to_networkx_and_dyads(store, onto):
    G = network.to_networkx(store, onto)
    assert G.number_of_nodes() == 5 and G.number_of_edges() == 3
    assert G.nodes["https://w3id.org/kg/id/actor/RUS"]["iso3"] == "RUS"
    assert network.to_networkx(store, onto, include_negated=True).number_of_edges() == 4
    edge = next(d for _, _, d in G.edges(data=True) if d["relation"] == "cooperatesWith")
    assert edge["quad_class"] == 2 and edge["doc"] == "doc1" and edge["goldstein"] is not None
    D = network.dyads(G)
    rus_usa = D.edges["https://w3id.org/kg/id/actor/RUS", "https://w3id.org/kg/id/actor/USA"]
    assert rus_usa["count"] == 1 and rus_usa["quads"] == {3: 1}


def test_rows_show_as_an_escaped_html_table():
    rows = query.Rows(("actor", "note"), (("<script>alert(1)</script>", 'a "quoted" & <b>bold</b>'), ("Russia", None)))
    table = rows._repr_html_()
    assert "<script>" not in table and "<b>" not in table
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in table and "&quot;quoted&quot; &amp; &lt;b&gt;" in table
    assert table.count("<tr>") == 3 and "<th>actor</th>" in table and "<td></td>" in table
    many = query.Rows(("n",), tuple((i,) for i in range(250)))._repr_html_()
    assert many.count("<tr>") == 201 and "50 more rows" in many
