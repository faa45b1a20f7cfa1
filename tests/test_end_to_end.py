"""The real model on the sample article: the claims it makes come out as statements with sound evidence.

The article is built once per module into a temporary store; the statements are read back through the
JSON Lines export (and SPARQL where the plain triples matter). Actors are named by gazetteer lookups and
relations by their CAMEO root, so neither ids nor fine relation names are hard-coded here.
"""
from __future__ import annotations

import json
import re
from pathlib import Path
from types import SimpleNamespace

import pytest

from kg import export, iri, pipeline, query
from kg.store import Store

SAMPLE = Path(__file__).resolve().parents[1] / "data" / "corpus" / "russia_north_korea.txt"
pytestmark = pytest.mark.model

DOC_ID = SAMPLE.stem
MODALITIES = {"asserted", "hedged", "negated", "intended"}


@pytest.fixture(scope="module")
def built(real_nlp, tmp_path_factory, onto, gaz, sample_text):
    with Store(tmp_path_factory.mktemp("e2e") / "store") as store:
        report = pipeline.build([SAMPLE], store)
        records = [json.loads(line) for line in export.export(store, "jsonl", onto).decode("utf-8").splitlines()]
        yield SimpleNamespace(
            store=store, report=report, text=sample_text,
            entities={r["id"]: r for r in records if r["record"] == "entity"},
            relations=[r for r in records if r["record"] == "relation"],
        )


@pytest.fixture(scope="module")
def actor(gaz):
    """The exported IRI of the actor the gazetteer knows by ``name``."""
    def find(name: str) -> str:
        found = gaz.lookup(name)
        assert found is not None, f"the gazetteer no longer knows {name!r}"
        return iri.actor_iri(found.id).value
    return find


def statements(built, onto, subject: str, root: str, obj: str) -> list[dict]:
    return [r for r in built.relations
            if r["subject"] == subject and r["object"] == obj and onto.root(r["relation"]).name == root]


def span_text(built, span: list[int]) -> str:
    return built.text[span[0]:span[1]]


def test_report_counts_match_export(built) -> None:
    assert built.report.documents == (DOC_ID,) and built.report.skipped == ()
    assert built.store.documents() == [DOC_ID]
    assert len(built.relations) > 0 and {r["doc"] for r in built.relations} == {DOC_ID}
    assert len(built.relations) == len({r["id"] for r in built.relations})


def test_russia_trade_with_north_korea_up_73_percent(built, onto, actor) -> None:
    found = statements(built, onto, actor("Russia"), "cooperatesWith", actor("North Korea"))
    assert found and all(r["modality"] == "asserted" for r in found), found
    with_73 = [r for r in found if r["quantity"] is not None and r["quantity"]["value"] == 73]
    assert with_73, [(r["relation"], r["trigger"], r["quantity"]) for r in found]
    st = with_73[0]
    q = st["quantity"]
    assert set(q) == {"value", "unit", "direction", "text"} and isinstance(q["value"], float)
    assert (q["unit"], q["direction"]) == ("percent", "increase")
    assert "73" in q["text"] and q["text"] in st["sentence"]
    # the same number is in the RDF as an xsd:decimal
    rows = built.store.select("SELECT ?s ?v WHERE { ?s kg:quantityValue ?v }", {"s": iri.named(st["id"])})
    assert [r["v"] for r in rows] == [73.0]


def test_putin_and_xi_oppose_us_deployment_of_thaad(built, onto, actor, gaz) -> None:
    usa = actor("United States")
    putin = statements(built, onto, actor("Vladimir Putin"), "opposes", usa)
    xi = statements(built, onto, actor("Xi Jinping"), "opposes", usa)
    deploy = statements(built, onto, usa, "mobilizes", actor("THAAD"))
    for found, trigger in ((putin, "opposed"), (xi, "opposed"), (deploy, "deploy")):
        assert found and all(r["modality"] == "asserted" for r in found), found
        thaad = [r for r in found if "THAAD" in r["sentence"]]
        assert trigger in {span_text(built, r["trigger_span"]) for r in thaad}, found
    # the plain triples answer the README's question too
    who = built.store.select("SELECT ?who ?us WHERE { ?a kg:opposes ?b . ?a skos:prefLabel ?who . "
                             "?b skos:prefLabel ?us }", {"us": gaz.lookup("United States").label})
    assert {gaz.lookup("Vladimir Putin").label, gaz.lookup("Xi Jinping").label} <= {r["who"] for r in who}
    opposers = query.run(built.store, "who_opposes", {"target": gaz.lookup("United States").id}).dicts()
    assert {actor("Vladimir Putin"), actor("Xi Jinping")} <= {r["subject"] for r in opposers}


def test_putin_dismissed_trumps_call(built, onto, actor) -> None:
    found = statements(built, onto, actor("Vladimir Putin"), "rejects", actor("Donald Trump"))
    assert found and all(r["modality"] == "asserted" for r in found), found
    assert ("dismissed", "Trump") in {(span_text(built, r["trigger_span"]), span_text(built, r["object_span"]))
                                      for r in found}


@pytest.mark.parametrize("leader, state", [("Vladimir Putin", "Russia"), ("Kim Jong Un", "North Korea"),
                                           ("Xi Jinping", "China")])
def test_leaders(built, onto, actor, leader: str, state: str) -> None:
    found = statements(built, onto, actor(leader), "leaderOf", actor(state))
    assert found and all(r["modality"] != "negated" for r in found)
    pairs = {(r["leader"], r["of"]) for r in query.run(built.store, "leaders").dicts()}
    assert (actor(leader), actor(state)) in pairs


def test_courtney_member_of_rand(built, onto, actor) -> None:
    courtney = [e["id"] for e in built.entities.values() if e["label"] == "William Courtney"]
    assert len(courtney) == 1, "one entity for William Courtney (also named 'Courtney')"
    assert "Courtney" in built.entities[courtney[0]]["aliases"]
    assert statements(built, onto, courtney[0], "memberOf", actor("RAND Corporation"))


def test_one_node_for_russia_however_named(built, actor, gaz) -> None:
    russia, known = actor("Russia"), gaz.lookup("Russia")
    same = [e["id"] for e in built.entities.values()
            if e["wikidata"] == known.wikidata or e["iso3"] == known.iso3 or e["label"] == known.label]
    assert same == [russia]
    owner = {(m["start"], m["end"]): e["id"] for e in built.entities.values() for m in e["mentions"]}
    names = list(re.finditer(r"\b(Moscow|Kremlin|Russian|Russia)\b", built.text))
    assert {m.group() for m in names} == {"Moscow", "Kremlin", "Russian", "Russia"}
    for m in names:
        covering = {eid for (s, e), eid in owner.items() if s <= m.start() and m.end() <= e}
        exact = {eid for (s, e), eid in owner.items() if (s, e) == (m.start(), m.end())}
        assert exact == {russia}, (m.group(), m.start(), exact)
        # a longer description ("the Russian leader") may name a person who holds an office of Russia
        assert all(built.entities[eid]["type"] == "Person" for eid in covering - {russia}), (m.group(), covering)


def test_every_statement_has_sound_evidence(built) -> None:
    for r in built.relations:
        (ss, se), (a, b), (c, d), (ts, te) = (r["sentence_span"], r["subject_span"], r["object_span"],
                                              r["trigger_span"])
        assert 0 <= ss <= a < b <= se and ss <= c < d <= se and ss <= ts < te <= se, r
        assert built.text[ss:se] == r["sentence"], r
        assert r["modality"] in MODALITIES, r
        assert isinstance(r["confidence"], float) and 0 < r["confidence"] <= 1, r
        assert r["doc"] == DOC_ID and r["subject"] in built.entities and r["object"] in built.entities, r


def test_statement_spans_are_mentions_of_their_actors(built) -> None:
    owner = {(m["start"], m["end"]): e["id"] for e in built.entities.values() for m in e["mentions"]}
    for r in built.relations:
        assert owner.get(tuple(r["subject_span"])) == r["subject"], r
        assert owner.get(tuple(r["object_span"])) == r["object"], r


def test_chose_to_do_nothing_to_oppose_is_not_an_asserted_opposition(built, onto) -> None:
    phrase = "chose to do nothing to oppose it"
    start = built.text.index(phrase) + phrase.index("oppose")
    end = start + len("oppose")
    at_trigger = [r for r in built.relations if r["trigger_span"][0] < end and start < r["trigger_span"][1]]
    for r in at_trigger:
        assert onto.root(r["relation"]).name != "opposes" or r["modality"] == "negated", r


def _quotes_of(text: str, speaker: str) -> list[tuple[int, int]]:
    """Spans of the quotations in paragraphs that attribute them to ``speaker`` ("…,” Putin said")."""
    spans, offset = [], 0
    for paragraph in text.split("\n\n"):
        if re.search(rf"” {speaker} (declared|said|continued|tweeted|told|explained)", paragraph):
            spans += [(offset + m.start(), offset + m.end()) for m in re.finditer(r"“[^”]*”", paragraph)]
        offset += len(paragraph) + 2
    return spans


def test_reported_speech_carries_the_speaker(built, actor) -> None:
    putin = actor("Vladimir Putin")
    quotes = _quotes_of(built.text, "Putin")
    assert len(quotes) == 6 and all(built.text[s] == "“" for s, _ in quotes)
    inside = [r for r in built.relations if any(s <= r["trigger_span"][0] and r["trigger_span"][1] <= e
                                                for s, e in quotes)]
    assert all(r["speaker"] == putin for r in inside), [(r["relation"], r["speaker"]) for r in inside]
    reported = [r for r in built.relations if r["speaker"]]
    assert reported, "no statement carries a speaker"
    courtney = iri.actor_iri("Person/william-courtney").value  # a name from the text, not the gazetteer
    assert all(r["speaker"] == courtney and "Courtney" in r["sentence"] for r in reported), reported