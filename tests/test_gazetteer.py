"""Tests for kg.gazetteer and the actor tables in data/gazetteer/."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import spacy

from kg import gazetteer
from kg.errors import KgError, UnknownNameError

UN_MEMBERS = """
AFG ALB DZA AND AGO ATG ARG ARM AUS AUT AZE BHS BHR BGD BRB BLR BEL BLZ BEN BTN BOL BIH BWA BRA BRN
BGR BFA BDI CPV KHM CMR CAN CAF TCD CHL CHN COL COM COG CRI CIV HRV CUB CYP CZE PRK COD DNK DJI DMA
DOM ECU EGY SLV GNQ ERI EST SWZ ETH FJI FIN FRA GAB GMB GEO DEU GHA GRC GRD GTM GIN GNB GUY HTI HND
HUN ISL IND IDN IRN IRQ IRL ISR ITA JAM JPN JOR KAZ KEN KIR KWT KGZ LAO LVA LBN LSO LBR LBY LIE LTU
LUX MDG MWI MYS MDV MLI MLT MHL MRT MUS MEX FSM MDA MCO MNG MNE MAR MOZ MMR NAM NRU NPL NLD NZL NIC
NER NGA MKD NOR OMN PAK PLW PAN PNG PRY PER PHL POL PRT QAT KOR ROU RUS RWA KNA LCA VCT WSM SMR STP
SAU SEN SRB SYC SLE SGP SVK SVN SLB SOM ZAF SSD ESP LKA SDN SUR SWE CHE SYR TJK TZA THA TLS TGO TON
TTO TUN TUR TKM TUV UGA UKR ARE GBR USA URY UZB VUT VEN VNM YEM ZMB ZWE
""".split()


@pytest.fixture(scope="module")
def gaz() -> gazetteer.Gazetteer:
    return gazetteer.load()


def _records() -> list[tuple[str, dict]]:
    out = []
    for path in sorted(gazetteer.DATA_DIR.glob("*.jsonl")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if line.strip():
                out.append((f"{path.name}:{number}", json.loads(line)))
    return out


def test_un_members_and_observers_present(gaz):
    assert len(UN_MEMBERS) == len(set(UN_MEMBERS)) == 193
    for code in UN_MEMBERS + ["VAT", "PSE", "TWN", "XKX"]:
        actor = gaz.get(code)
        assert actor.cls == "State" and actor.iso3 == code and re.fullmatch(r"[A-Z]{3}", code)
        assert actor.wikidata and actor.label


def test_ids_unique_across_files_and_qids_well_formed():
    records = _records()
    ids = [rec["id"] for _, rec in records]
    assert len(ids) == len(set(ids)), sorted({i for i in ids if ids.count(i) > 1})
    qids = [rec["wikidata"] for _, rec in records if rec.get("wikidata")]
    assert all(re.fullmatch(r"Q\d+", q) for q in qids)
    assert len(qids) == len(set(qids)), "two actors share a Wikidata QID"
    for where, rec in records:
        assert rec["label"] not in rec["names"], where


def test_known_qids(gaz):
    expected = {"RUS": "Q159", "PRK": "Q423", "USA": "Q30", "CHN": "Q148", "KOR": "Q884", "GEO": "Q230",
                "KAZ": "Q232", "DEU": "Q183", "JPN": "Q17", "SYR": "Q858", "UKR": "Q212"}
    assert {k: gaz.get(k).wikidata for k in expected} == expected
    assert gaz.by_wikidata("Q159").id == "RUS" and gaz.by_iso3("prk").id == "PRK"


def test_cross_references_resolve(gaz):
    assert gaz.check() == []
    assert gaz.get("us-dod").part_of == "USA" and gaz.get("irgc").part_of == "IRN"
    trump = gaz.get("donald-trump")
    assert [(o.title, o.of, o.start, o.end) for o in trump.offices] == [
        ("President", "USA", "2017-01-20", "2021-01-20"), ("President", "USA", "2025-01-20", None)]


def test_classes_exist_in_ontology(gaz, onto):
    assert gaz.check(onto) == []


def test_office_dates_in_order(gaz):
    for actor in gaz.actors.values():
        for office in actor.offices:
            assert office.of in gaz.actors, (actor.id, office)
            if office.start and office.end:
                assert office.start <= office.end, (actor.id, office)


@pytest.mark.parametrize("text,actor_id", [
    ("the Kremlin", "RUS"), ("Kremlin", "RUS"), ("U.S.", "USA"), ("US", "USA"), ("U.S.A.", "USA"),
    ("United States of America", "USA"), ("Pyongyang", "PRK"), ("DPRK", "PRK"),
    ("Democratic People’s Republic of Korea", "PRK"), ("Russia's", "RUS"), ("North Korean", "PRK"),
    ("Kim Jong-un", "kim-jong-un"), ("kim jong un", "kim-jong-un"), ("Erdogan", "recep-tayyip-erdogan"),
    ("the Pentagon", "us-dod"), ("Brussels", "eu"), ("Georgia", "GEO"), ("THAAD", "thaad"),
    ("Terminal High Altitude Area Defense", "thaad"), ("RAND", "rand"), ("Washington Examiner", "washington-examiner"),
    ("Cook Islands", "COK"), ("Avarua", "COK"), ("Niue", "NIU"),  # self-governing states in free association
])
def test_lookup(gaz, text, actor_id):
    assert gaz.lookup(text) is not None and gaz.lookup(text).id == actor_id


def test_lookup_aliases_agree_and_ambiguous_words_do_not_resolve(gaz):
    assert gaz.lookup("Daesh") == gaz.lookup("ISIL") == gaz.lookup("Islamic State") == gaz.lookup("ISIS")
    for word in ("Korean", "us", "is", "who", "Kim"):
        assert gaz.lookup(word) is None, word
    # current wire style: "Congo" alone is the DR Congo, the other is "Republic of Congo" or "Congo-Brazzaville"
    assert gaz.lookup("Congo").id == "COD" and gaz.lookup("Republic of Congo").id == "COG"
    assert gaz.form("Russian") == "demonyms" and gaz.form("Moscow") == "metonyms"
    with pytest.raises(UnknownNameError, match="actor"):
        gaz.get("no-such-actor")


def test_surnames(gaz):
    names = gaz.surnames()
    assert names["Putin"] == "vladimir-putin" and names["Xi"] == "xi-jinping" and names["Lavrov"] == "sergei-lavrov"
    assert "Kim" not in names and "Clinton" not in names


@pytest.fixture(scope="module", params=["phrase_patterns"])
def ruler_nlp(request, gaz):
    nlp = spacy.blank("en")
    nlp.add_pipe("entity_ruler").add_patterns(getattr(gaz, request.param)())
    return nlp


def _ents(nlp, text: str) -> list[tuple[str, str, str]]:
    return [(e.text, e.label_, e.ent_id_) for e in nlp(text).ents]


def test_entity_ruler_finds_actors(ruler_nlp):
    ents = _ents(ruler_nlp, "Russian President Vladimir Putin met Kim Jong-un in Pyongyang, the Kremlin said.")
    assert ents == [("Russian", "State", "RUS"), ("Vladimir Putin", "Person", "vladimir-putin"),
                    ("Kim Jong-un", "Person", "kim-jong-un"), ("Pyongyang", "State", "PRK"), ("Kremlin", "State", "RUS")]
    ents = _ents(ruler_nlp, "The U.S. and the US deployed THAAD; Daesh and al-Qaeda, Al-Qaeda too.")
    assert [e[2] for e in ents] == ["USA", "USA", "thaad", "isis", "al-qaeda", "al-qaeda"]


def test_an_arabic_article_matches_with_or_without_its_hyphen(ruler_nlp):
    for name in ("Sheikh Tamim bin Hamad Al Thani", "Sheikh Tamim bin Hamad Al-Thani"):
        assert _ents(ruler_nlp, f"{name} spoke.") == [(name, "Person", "tamim-bin-hamad")]


def test_entity_ruler_is_case_sensitive_for_common_words(ruler_nlp):
    assert _ents(ruler_nlp, "They want an Islamic state and talk about foreign policy with us.") == []
    assert _ents(ruler_nlp, "Fine china is porcelain.") == []
    assert [e[2] for e in _ents(ruler_nlp, "RUSSIA AND CHINA")] == ["RUS", "CHN"]


def test_patterns_have_contract_shape(gaz):
    for p in gaz.phrase_patterns()[:500]:
        assert set(p) == {"label", "pattern", "id"} and p["id"] in gaz.actors
        assert isinstance(p["pattern"], str) and p["pattern"].strip()


def _write(tmp_path: Path, lines: list[str]) -> Path:
    path = tmp_path / "t.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_duplicate_id_names_file_and_line(tmp_path):
    rec = json.dumps({"id": "x", "cls": "State", "label": "X"})
    path = _write(tmp_path, [rec, "", rec])
    with pytest.raises(KgError, match=re.escape(f"{path}:3") + ".*duplicate id 'x'"):
        gazetteer.load([path])


@pytest.mark.parametrize("bad,message", [
    ("{not json", "not JSON"),
    ('{"id": "x", "cls": "State"}', "label"),
    ('{"id": "x", "cls": "State", "label": "X", "wikidata": "159"}', "wikidata"),
    ('{"id": "x", "cls": "State", "label": "X", "offices": [{"title": "P", "of": "y", "start": "May 2020"}]}', "start"),
    ('{"id": "x", "cls": "State", "label": "X", "nmaes": []}', "unknown field"),
])
def test_bad_lines_name_file_and_line(tmp_path, bad, message):
    path = _write(tmp_path, [json.dumps({"id": "ok", "cls": "State", "label": "Ok"}), bad])
    with pytest.raises(KgError, match=re.escape(f"{path}:2") + ".*" + message):
        gazetteer.load([path])


def test_a_state_keeps_the_regions_a_description_may_call_it_by(tmp_path, gaz):
    (tmp_path / "bad").mkdir()
    path = _write(tmp_path, [json.dumps({"id": "x", "cls": "State", "label": "X", "regions": ["island", "nordic"]})])
    assert gazetteer.load([path]).get("x").regions == ("island", "nordic")
    path = _write(tmp_path / "bad", [json.dumps({"id": "x", "cls": "State", "label": "X", "regions": "island"})])
    with pytest.raises(KgError, match="regions"):
        gazetteer.load([path])
    assert "baltic" in gaz.get("EST").regions and "baltic" not in gaz.get("FIN").regions


def test_a_body_belongs_to_the_state_at_the_end_of_its_chain_of_parents(gaz):
    assert gaz.state_of(gaz.get("centcom")).id == "USA"  # CENTCOM → DoD → United States
    assert gaz.state_of(gaz.get("RUS")).id == "RUS"
    assert gaz.state_of(gaz.get("un")).id == "un"  # no state above it: itself


@pytest.mark.parametrize("text,state", [
    ("Afganistan", "AFG"), ("Ethopian", "ETH"),  # a letter dropped
    ("Syrians", None),  # the people, no misspelt state
    ("Columbia", None),  # Colombia or the university: not close enough
    ("Iran", None),  # too short to guess ("Iraq")
])
def test_a_state_s_name_misspelt_by_a_letter_is_still_found(gaz, text, state):
    found = gaz.misspelt(text)
    assert (found.id if found else None) == state
