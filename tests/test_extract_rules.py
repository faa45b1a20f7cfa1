"""Relation rules on hand-built parses: each case fixes words, heads and labels, so no model is involved."""
from __future__ import annotations

from pathlib import Path

import pytest

from kg import ontology as ontology_mod
from kg.extract.entities import portfolio
from kg.extract.rules import rules
from kg.extract.statements import extract

N = None


def claims(result, onto):
    return {(s.subject, onto.root(s.relation).name, s.object, s.modality) for s in result.statements}


def triples(result, onto):
    """The statements as (subject, CAMEO root or structural relation, object), modality left out."""
    return {(s, r, o) for s, r, o, _ in claims(result, onto)}


def ids(gaz, *names):
    return [gaz.lookup(n).id for n in names]


def test_coordinated_subjects_and_nominal_event(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Putin", 3, "nsubj", "PROPN", "Putin", "Person"), ("and", 0, "cc", "CCONJ", "and"),
        ("Xi", 0, "conj", "PROPN", "Xi", "Person"), ("opposed", 3, "ROOT", "VERB", "oppose"),
        ("the", 6, "det", "DET", "the"), ("U.S.", 6, "compound", "PROPN", "U.S.", "State"),
        ("move", 3, "dobj", "NOUN", "move"), ("to", 8, "aux", "PART", "to"),
        ("deploy", 6, "acl", "VERB", "deploy"), ("THAAD", 8, "dobj", "PROPN", "THAAD", "WeaponSystem"),
        (".", 3, "punct", "PUNCT", "."),
    ])
    putin, xi, usa, thaad = ids(gaz, "Putin", "Xi Jinping", "U.S.", "THAAD")
    got = claims(extract(doc, document(doc), onto, gaz), onto)
    assert (putin, "opposes", usa, "asserted") in got
    assert (xi, "opposes", usa, "asserted") in got
    assert (usa, "mobilizes", thaad, "asserted") in got


def test_passive_clause_takes_agent_as_subject(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Kuwait", 2, "nsubjpass", "PROPN", "Kuwait", "State"), ("was", 2, "auxpass", "AUX", "be"),
        ("invaded", 2, "ROOT", "VERB", "invade"), ("by", 2, "agent", "ADP", "by"),
        ("Iraq", 3, "pobj", "PROPN", "Iraq", "State"), (".", 2, "punct", "PUNCT", "."),
    ])
    iraq, kuwait = ids(gaz, "Iraq", "Kuwait")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert {(iraq, "assaults", kuwait), (iraq, "fights", kuwait)} & got
    assert not {(kuwait, "assaults", iraq), (kuwait, "fights", iraq)} & got


def test_negation_is_kept_and_marked(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Russia", 3, "nsubj", "PROPN", "Russia", "State"), ("did", 3, "aux", "AUX", "do"),
        ("not", 3, "neg", "PART", "not"), ("criticize", 3, "ROOT", "VERB", "criticize"),
        ("China", 3, "dobj", "PROPN", "China", "State"), (".", 3, "punct", "PUNCT", "."),
    ])
    rus, chn = ids(gaz, "Russia", "China")
    assert claims(extract(doc, document(doc), onto, gaz), onto) == {(rus, "opposes", chn, "negated")}


def test_stated_intent_to_cooperate_is_its_own_event(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Russia", 1, "nsubj", "PROPN", "Russia", "State"), ("plans", 1, "ROOT", "VERB", "plan"),
        ("to", 3, "aux", "PART", "to"), ("cooperate", 1, "xcomp", "VERB", "cooperate"),
        ("with", 3, "prep", "ADP", "with"), ("China", 4, "pobj", "PROPN", "China", "State"),
        (".", 1, "punct", "PUNCT", "."),
    ])
    rus, chn = ids(gaz, "Russia", "China")
    got = claims(extract(doc, document(doc), onto, gaz), onto)
    assert (rus, "intendsToCooperate", chn, "asserted") in got
    assert not any(r == "cooperatesWith" for _, r, _, _ in got)


def test_title_gives_leader_of(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Russian", 3, "amod", "ADJ", "russian", "State"), ("President", 3, "compound", "PROPN", "President"),
        ("Vladimir", 3, "compound", "PROPN", "Vladimir", "Person"), ("Putin", 4, "nsubj", "PROPN", "Putin", "+Person"),
        ("spoke", 4, "ROOT", "VERB", "speak"), (".", 4, "punct", "PUNCT", "."),
    ])
    putin, rus = ids(gaz, "Vladimir Putin", "Russia")
    got = claims(extract(doc, document(doc), onto, gaz), onto)
    assert (putin, "leaderOf", rus, "asserted") in got


def test_apposition_gives_member_of_for_unknown_people(build_doc, document, onto, gaz):
    doc = build_doc([
        ("William", 1, "compound", "PROPN", "William", "Person"), ("Courtney", 11, "nsubj", "PROPN", "Courtney", "+Person"),
        (",", 1, "punct", "PUNCT", ","), ("the", 5, "det", "DET", "the"), ("senior", 5, "amod", "ADJ", "senior"),
        ("fellow", 1, "appos", "NOUN", "fellow"), ("at", 5, "prep", "ADP", "at"), ("the", 9, "det", "DET", "the"),
        ("RAND", 9, "compound", "PROPN", "RAND", "ThinkTank"), ("Corporation", 6, "pobj", "PROPN", "Corporation", "+ThinkTank"),
        (",", 1, "punct", "PUNCT", ","), ("spoke", 11, "ROOT", "VERB", "speak"), (".", 11, "punct", "PUNCT", "."),
    ])
    result = extract(doc, document(doc), onto, gaz)
    rand = gaz.lookup("RAND Corporation").id
    courtney = next(e for e in result.entities if e.label == "William Courtney")
    assert courtney.cls == "Person" and courtney.wikidata is None
    assert (courtney.id, "memberOf", rand, "asserted") in claims(result, onto)


def test_reported_speech_records_the_speaker_and_we_is_the_speakers_state(build_doc, document, onto, gaz):
    doc = build_doc([
        ("“", 7, "punct", "PUNCT", "“"), ("We", 2, "nsubj", "PRON", "we"), ("condemn", 7, "ccomp", "VERB", "condemn"),
        ("Japan", 2, "dobj", "PROPN", "Japan", "State"), (",", 7, "punct", "PUNCT", ","), ("”", 7, "punct", "PUNCT", "”"),
        ("Lavrov", 7, "nsubj", "PROPN", "Lavrov", "Person"), ("said", 7, "ROOT", "VERB", "say"), (".", 7, "punct", "PUNCT", "."),
    ])
    lavrov, jpn, rus = ids(gaz, "Sergei Lavrov", "Japan", "Russia")
    result = extract(doc, document(doc), onto, gaz)
    [st] = [s for s in result.statements if onto.root(s.relation).name == "opposes"]
    assert (st.subject, st.object, st.speaker) == (rus, jpn, lavrov)
    assert doc.text[st.subject_span[0]:st.subject_span[1]] == "We"


def test_possessive_event_noun(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Iraq", 2, "poss", "PROPN", "Iraq", "State"), ("'s", 0, "case", "PART", "'s"),
        ("invasion", 5, "nsubj", "NOUN", "invasion"), ("of", 2, "prep", "ADP", "of"),
        ("Kuwait", 3, "pobj", "PROPN", "Kuwait", "State"), ("shocked", 5, "ROOT", "VERB", "shock"),
        ("observers", 5, "dobj", "NOUN", "observer"), (".", 5, "punct", "PUNCT", "."),
    ])
    iraq, kuwait = ids(gaz, "Iraq", "Kuwait")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert {(iraq, "assaults", kuwait), (iraq, "fights", kuwait)} & got


def test_quantity_and_pronoun_possessor(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Russia", 1, "nsubj", "PROPN", "Russia", "State"), ("boosted", 1, "ROOT", "VERB", "boost"),
        ("its", 3, "poss", "PRON", "its"), ("trade", 1, "dobj", "NOUN", "trade"), ("with", 3, "prep", "ADP", "with"),
        ("China", 4, "pobj", "PROPN", "China", "State"), ("by", 1, "prep", "ADP", "by"),
        ("73", 8, "nummod", "NUM", "73", "PERCENT"), ("percent", 6, "pobj", "NOUN", "percent", "+PERCENT"),
        (".", 1, "punct", "PUNCT", "."),
    ])
    rus, chn = ids(gaz, "Russia", "China")
    result = extract(doc, document(doc), onto, gaz)
    [st] = [s for s in result.statements if onto.root(s.relation).name == "cooperatesWith"]
    assert (st.subject, st.object) == (rus, chn)
    assert st.quantity is not None and (st.quantity.value, st.quantity.unit, st.quantity.direction) == (73.0, "percent", "increase")


def test_relation_added_only_in_the_ontology_is_extracted(build_doc, document, gaz, tmp_path: Path):
    base = (Path(ontology_mod.__file__).resolve().parents[1] / "ontology" / "kg.ttl").read_text(encoding="utf-8")
    extra = """
kg:befriends a owl:ObjectProperty ; rdfs:label "befriends" ; rdfs:comment "Test relation." ;
    rdfs:subPropertyOf kg:supports ; kg:cameoCode "059" ; kg:quadClass kg:VerbalCooperation ;
    kg:goldstein 3.0 ; kg:triggerVerb "befriend" .
"""
    path = tmp_path / "kg.ttl"
    path.write_text(base + extra, encoding="utf-8")
    onto = ontology_mod.load(path)
    doc = build_doc([
        ("Russia", 1, "nsubj", "PROPN", "Russia", "State"), ("befriended", 1, "ROOT", "VERB", "befriend"),
        ("China", 1, "dobj", "PROPN", "China", "State"), (".", 1, "punct", "PUNCT", "."),
    ])
    rus, chn = ids(gaz, "Russia", "China")
    got = {(s.subject, s.relation, s.object) for s in extract(doc, document(doc), onto, gaz).statements}
    assert got == {(rus, "befriends", chn)}


def test_a_described_office_holder_is_the_person_in_office_at_the_document_date(build_doc, document, onto, gaz):
    doc = build_doc([
        ("The", 2, "det", "DET", "the"), ("Russian", 2, "amod", "ADJ", "russian", "State"),
        ("president", 3, "nsubj", "NOUN", "president"), ("criticized", 3, "ROOT", "VERB", "criticize"),
        ("Japan", 3, "dobj", "PROPN", "Japan", "State"), (".", 3, "punct", "PUNCT", "."),
    ])
    jpn = gaz.lookup("Japan").id
    for date, who in (("2017-06-01", "Vladimir Putin"), ("2010-06-01", "Dmitry Medvedev")):
        got = triples(extract(doc, document(doc, date), onto, gaz), onto)
        assert (gaz.lookup(who).id, "opposes", jpn) in got, (date, got)


def test_a_denied_act_is_negated_and_a_conjoined_clause_keeps_its_own_modality(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Iran", 1, "nsubj", "PROPN", "Iran", "State"), ("denied", 1, "ROOT", "VERB", "deny"),
        ("that", 4, "mark", "SCONJ", "that"), ("Russia", 4, "nsubj", "PROPN", "Russia", "State"),
        ("attacked", 1, "ccomp", "VERB", "attack"), ("Ukraine", 4, "dobj", "PROPN", "Ukraine", "State"),
        (",", 1, "punct", "PUNCT", ","), ("while", 9, "mark", "SCONJ", "while"),
        ("China", 9, "nsubj", "PROPN", "China", "State"), ("criticized", 1, "advcl", "VERB", "criticize"),
        ("Japan", 9, "dobj", "PROPN", "Japan", "State"), (".", 1, "punct", "PUNCT", "."),
    ])
    irn, rus, ukr, chn, jpn = ids(gaz, "Iran", "Russia", "Ukraine", "China", "Japan")
    got = claims(extract(doc, document(doc), onto, gaz), onto)
    assert (rus, "assaults", ukr, "negated") in got
    assert (chn, "opposes", jpn, "asserted") in got
    assert not any(s == irn for s, _, _, _ in got)  # denying is not itself a relation to Russia


def test_a_subject_pronoun_continues_the_last_subject(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Russia", 1, "nsubj", "PROPN", "Russia", "State"), ("condemned", 1, "ROOT", "VERB", "condemn"),
        ("Japan", 1, "dobj", "PROPN", "Japan", "State"), (".", 1, "punct", "PUNCT", "."),
        ("It", 5, "nsubj", "PRON", "it"), ("criticized", 5, "ROOT", "VERB", "criticize"),
        ("China", 5, "dobj", "PROPN", "China", "State"), (".", 5, "punct", "PUNCT", "."),
    ])
    rus, jpn, chn = ids(gaz, "Russia", "Japan", "China")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert (rus, "opposes", chn) in got and (jpn, "opposes", chn) not in got


def test_a_portfolio_inside_a_title_is_no_actor(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Defence", 1, "compound", "PROPN", "Defence", "ORG"), ("Minister", 3, "compound", "PROPN", "Minister"),
        ("Pierre", 3, "compound", "PROPN", "Pierre", "Person"), ("Joxe", 4, "nsubj", "PROPN", "Joxe", "+Person"),
        ("visited", 4, "ROOT", "VERB", "visit"), ("Chad", 4, "dobj", "PROPN", "Chad", "State"), (".", 4, "punct", "PUNCT", "."),
    ])
    result = extract(doc, document(doc), onto, gaz)
    assert "Defence" not in {e.label for e in result.entities}
    assert {onto.root(s.relation).name for s in result.statements} == {"consults"}


def test_talks_between_two_parties_relate_them_to_each_other(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Talks", 5, "nsubj", "NOUN", "talk"), ("between", 0, "prep", "ADP", "between"),
        ("Israel", 1, "pobj", "PROPN", "Israel", "State"), ("and", 2, "cc", "CCONJ", "and"),
        ("Hamas", 2, "conj", "PROPN", "Hamas", "ArmedGroup"), ("resumed", 5, "ROOT", "VERB", "resume"),
        (".", 5, "punct", "PUNCT", "."),
    ])
    isr, hamas = ids(gaz, "Israel", "Hamas")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert got == {(isr, "consults", hamas)}


def test_a_warning_is_the_event_and_the_warned_against_act_is_no_claim(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Lavrov", 1, "nsubj", "PROPN", "Lavrov", "Person"), ("warned", 1, "ROOT", "VERB", "warn"),
        ("NATO", 1, "dobj", "PROPN", "NATO", "IGO"), ("against", 1, "prep", "ADP", "against"),
        ("attacking", 3, "pcomp", "VERB", "attack"), ("Belarus", 4, "dobj", "PROPN", "Belarus", "State"),
        (".", 1, "punct", "PUNCT", "."),
    ])
    lavrov, nato = ids(gaz, "Lavrov", "NATO")
    got = claims(extract(doc, document(doc), onto, gaz), onto)
    assert {(r, o) for s, r, o, m in got} == {("threatens", nato)}


def test_the_government_of_a_state_is_that_state(build_doc, document, onto, gaz):
    doc = build_doc([
        ("The", 1, "det", "DET", "the"), ("Government", 4, "nsubj", "PROPN", "Government", "ORG"),
        ("of", 1, "prep", "ADP", "of"), ("Iraq", 2, "pobj", "PROPN", "Iraq", "State"),
        ("condemned", 4, "ROOT", "VERB", "condemn"), ("Syria", 4, "dobj", "PROPN", "Syria", "State"),
        (".", 4, "punct", "PUNCT", "."),
    ])
    irq, syr = ids(gaz, "Iraq", "Syria")
    result = extract(doc, document(doc), onto, gaz)
    assert triples(result, onto) == {(irq, "opposes", syr)}
    assert "Government" not in {e.label for e in result.entities}


def test_structural_verbs_take_direct_objects_only(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Assad", 1, "nsubj", "PROPN", "Assad", "Person"), ("leads", 1, "ROOT", "VERB", "lead"),
        ("a", 3, "det", "DET", "a"), ("delegation", 1, "dobj", "NOUN", "delegation"),
        ("to", 1, "prep", "ADP", "to"), ("Germany", 4, "pobj", "PROPN", "Germany", "State"), (".", 1, "punct", "PUNCT", "."),
    ])
    got = extract(doc, document(doc), onto, gaz).statements
    assert {s.object.split("/")[-1] for s in got if s.relation == "leaderOf"} == {"delegation"}  # not Germany


def test_the_name_after_a_relational_noun_is_the_other_party(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Russia", 1, "nsubj", "PROPN", "Russia", "State"), ("thanked", 1, "ROOT", "VERB", "thank"),
        ("its", 3, "poss", "PRON", "its"), ("ally", 1, "dobj", "NOUN", "ally"),
        ("Belarus", 1, "npadvmod", "PROPN", "Belarus", "State"), (".", 1, "punct", "PUNCT", "."),
    ])
    rus, blr = ids(gaz, "Russia", "Belarus")
    assert (rus, "allyOf", blr) in triples(extract(doc, document(doc), onto, gaz), onto)


def test_class_constraints_from_the_ontology_drop_impossible_structural_claims(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Lavrov", 1, "nsubj", "PROPN", "Lavrov", "Person"), ("joined", 1, "ROOT", "VERB", "join"),
        ("Kerry", 1, "dobj", "PROPN", "Kerry", "Person"), ("and", 2, "cc", "CCONJ", "and"),
        ("NATO", 2, "conj", "PROPN", "NATO", "IGO"), (".", 1, "punct", "PUNCT", "."),
    ])
    lavrov, kerry, nato = ids(gaz, "Sergei Lavrov", "John Kerry", "NATO")
    members = {(s, o) for s, r, o, _ in claims(extract(doc, document(doc), onto, gaz), onto) if r == "memberOf"}
    assert (lavrov, kerry) not in members and (lavrov, nato) in members


def test_a_threat_with_a_condition_is_addressed_to_the_condition_s_subject(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Georgia", 1, "nsubj", "PROPN", "Georgia", "State"), ("threatened", 1, "ROOT", "VERB", "threaten"),
        ("to", 3, "aux", "PART", "to"), ("close", 1, "xcomp", "VERB", "close"),
        ("the", 5, "det", "DET", "the"), ("border", 3, "dobj", "NOUN", "border"),
        ("unless", 8, "mark", "SCONJ", "unless"), ("Armenia", 8, "nsubj", "PROPN", "Armenia", "State"),
        ("paid", 3, "advcl", "VERB", "pay"), (".", 1, "punct", "PUNCT", "."),
    ])
    geo, arm = ids(gaz, "Georgia", "Armenia")
    assert triples(extract(doc, document(doc), onto, gaz), onto) == {(geo, "threatens", arm)}


def test_an_announced_boycott_is_a_threat(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Chile", 2, "nsubj", "PROPN", "Chile", "State"), ("will", 2, "aux", "AUX", "will"),
        ("boycott", 2, "ROOT", "VERB", "boycott"), ("Peru", 2, "dobj", "PROPN", "Peru", "State"),
        (".", 2, "punct", "PUNCT", "."),
    ])
    chl, per = ids(gaz, "Chile", "Peru")
    assert claims(extract(doc, document(doc), onto, gaz), onto) == {(chl, "threatens", per, "asserted")}


def test_a_protest_takes_its_target_from_its_purpose_and_codes_it_once(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Kenya", 1, "nsubj", "PROPN", "Kenya", "State"), ("staged", 1, "ROOT", "VERB", "stage"),
        ("a", 3, "det", "DET", "a"), ("rally", 1, "dobj", "NOUN", "rally"),
        ("to", 5, "aux", "PART", "to"), ("demand", 1, "advcl", "VERB", "demand"),
        ("aid", 5, "dobj", "NOUN", "aid"), ("from", 6, "prep", "ADP", "from"),
        ("Uganda", 7, "pobj", "PROPN", "Uganda", "State"), (".", 1, "punct", "PUNCT", "."),
    ])
    ken, uga = ids(gaz, "Kenya", "Uganda")
    assert triples(extract(doc, document(doc), onto, gaz), onto) == {(ken, "protests", uga)}


def test_a_stated_obligation_is_a_demand_and_the_obliged_act_no_claim(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Kenya", 1, "nsubj", "PROPN", "Kenya", "State"), ("declared", 1, "ROOT", "VERB", "declare"),
        ("that", 5, "mark", "SCONJ", "that"), ("Uganda", 5, "nsubj", "PROPN", "Uganda", "State"),
        ("must", 5, "aux", "AUX", "must"), ("attack", 1, "ccomp", "VERB", "attack"),
        ("Sudan", 5, "dobj", "PROPN", "Sudan", "State"), (".", 1, "punct", "PUNCT", "."),
    ])
    ken, uga = ids(gaz, "Kenya", "Uganda")
    assert triples(extract(doc, document(doc), onto, gaz), onto) == {(ken, "demands", uga)}


def test_a_statement_verb_voices_its_event_noun(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Peru", 1, "nsubj", "PROPN", "Peru", "State"), ("reiterated", 1, "ROOT", "VERB", "reiterate"),
        ("support", 1, "dobj", "NOUN", "support"), ("for", 2, "prep", "ADP", "for"),
        ("Chile", 3, "pobj", "PROPN", "Chile", "State"), (".", 1, "punct", "PUNCT", "."),
    ])
    per, chl = ids(gaz, "Peru", "Chile")
    assert triples(extract(doc, document(doc), onto, gaz), onto) == {(per, "supports", chl)}


def test_an_amount_of_aid_given_to_a_dative(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Japan", 1, "nsubj", "PROPN", "Japan", "State"), ("gave", 1, "ROOT", "VERB", "give"),
        ("Ghana", 1, "dative", "PROPN", "Ghana", "State"), ("5", 4, "nummod", "NUM", "5"),
        ("dollars", 1, "dobj", "NOUN", "dollar"), ("of", 4, "prep", "ADP", "of"),
        ("aid", 5, "pobj", "NOUN", "aid"), (".", 1, "punct", "PUNCT", "."),
    ])
    jpn, gha = ids(gaz, "Japan", "Ghana")
    assert triples(extract(doc, document(doc), onto, gaz), onto) == {(jpn, "providesAid", gha)}


def test_a_state_s_security_forces_are_a_body_of_that_state_and_its_government_is_the_state(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Iraqi", 2, "amod", "ADJ", "iraqi", "State"), ("border", 2, "compound", "NOUN", "border"),
        ("forces", 3, "nsubj", "NOUN", "force"), ("attacked", 3, "ROOT", "VERB", "attack"),
        ("Syria", 3, "dobj", "PROPN", "Syria", "State"), (".", 3, "punct", "PUNCT", "."),
    ])
    irq, syr = ids(gaz, "Iraq", "Syria")
    result = extract(doc, document(doc), onto, gaz)
    (st,) = result.statements
    body = next(e for e in result.entities if e.id == st.subject)
    assert (body.cls, body.label, body.part_of, st.object) == ("GovernmentBody", "Iraqi border forces", irq, syr)
    from kg.graph import to_dataset, to_quads
    from rdflib import URIRef
    ds = to_dataset(to_quads(result, onto))
    part_of = URIRef(onto.namespace + "partOf")
    assert [(str(s), str(o)) for s, _, o, _ in ds.quads((None, part_of, None, None))] == [
        ("https://w3id.org/kg/id/actor/GovernmentBody%2Firaqi-border-forces", f"https://w3id.org/kg/id/actor/{irq}")]

    doc = build_doc([
        ("Iraqi", 1, "amod", "ADJ", "iraqi", "State"), ("government", 2, "nsubj", "NOUN", "government"),
        ("condemned", 2, "ROOT", "VERB", "condemn"), ("Syria", 2, "dobj", "PROPN", "Syria", "State"),
    ])
    assert triples(extract(doc, document(doc), onto, gaz), onto) == {(irq, "opposes", syr)}


def test_we_after_said_colon_is_the_speaker_s_state_and_the_speaker_is_recorded(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Macron", 1, "nsubj", "PROPN", "Macron", "Person"), ("said", 1, "ROOT", "VERB", "say"),
        (":", 1, "punct", "PUNCT", ":"), ("We", 4, "nsubj", "PRON", "we"),
        ("condemn", 4, "ROOT", "VERB", "condemn"), ("Syria", 4, "dobj", "PROPN", "Syria", "State"),
        (".", 4, "punct", "PUNCT", "."),
    ])
    fra, syr, macron = ids(gaz, "France", "Syria", "Emmanuel Macron")
    (st,) = extract(doc, document(doc, date="2020-01-01"), onto, gaz).statements
    assert (st.subject, st.object, st.speaker) == (fra, syr, macron)


def test_a_passive_subject_controls_its_complement(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Canada", 2, "nsubjpass", "PROPN", "Canada", "State"), ("is", 2, "auxpass", "AUX", "be"),
        ("obliged", 2, "ROOT", "VERB", "oblige"), ("to", 4, "aux", "PART", "to"),
        ("attack", 2, "xcomp", "VERB", "attack"), ("Mali", 4, "dobj", "PROPN", "Mali", "State"),
        (".", 2, "punct", "PUNCT", "."),
    ])
    can, mli = ids(gaz, "Canada", "Mali")
    assert (can, "assaults", mli) in triples(extract(doc, document(doc), onto, gaz), onto)


def test_strikes_stand_for_whoever_conducted_them_and_hit_generic_targets(build_doc, document, onto, gaz):
    doc = build_doc([
        ("NATO", 1, "nsubj", "PROPN", "NATO", "IGO"), ("conducted", 1, "ROOT", "VERB", "conduct"),
        ("strikes", 1, "dobj", "NOUN", "strike"), (".", 1, "punct", "PUNCT", "."),
        ("Two", 5, "nummod", "NUM", "two"), ("strikes", 6, "nsubj", "NOUN", "strike"),
        ("destroyed", 6, "ROOT", "VERB", "destroy"), ("a", 8, "det", "DET", "a"),
        ("tank", 6, "dobj", "NOUN", "tank"), (".", 6, "punct", "PUNCT", "."),
    ])
    (nato,) = ids(gaz, "NATO")
    result = extract(doc, document(doc), onto, gaz)
    hit = [s for s in result.statements if s.trigger == "destroy"]
    assert [(s.subject, onto.root(s.relation).name, s.object) for s in hit] == [(nato, "fights", "WeaponSystem/tank")]
    assert doc.text[slice(*hit[0].subject_span)] == "strikes"  # the evidence is the word in this sentence


def test_a_generic_weapon_is_no_target_of_talks(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("discussed", 1, "ROOT", "VERB", "discuss"),
        ("tanks", 1, "dobj", "NOUN", "tank"), (".", 1, "punct", "PUNCT", "."),
    ])
    assert extract(doc, document(doc), onto, gaz).statements == ()


def test_a_name_after_near_is_a_place_not_a_person(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Near", 1, "compound", "PROPN", "Near", "PERSON"), ("Xanadu", 4, "nsubj", "PROPN", "Xanadu", "+PERSON"),
        (",", 4, "punct", "PUNCT", ","), ("Chad", 4, "nsubj", "PROPN", "Chad", "State"),
        ("attacked", 4, "ROOT", "VERB", "attack"), ("Niger", 4, "dobj", "PROPN", "Niger", "State"),
        (".", 4, "punct", "PUNCT", "."),
    ])
    tcd, ner = ids(gaz, "Chad", "Niger")
    result = extract(doc, document(doc), onto, gaz)
    assert triples(result, onto) == {(tcd, "assaults", ner)}
    assert all("Xanadu" not in e.label for e in result.entities)


def test_troops_deployed_in_a_state_target_that_state(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Russia", 1, "nsubj", "PROPN", "Russia", "State"), ("deployed", 1, "ROOT", "VERB", "deploy"),
        ("troops", 1, "dobj", "NOUN", "troop"), ("in", 1, "prep", "ADP", "in"),
        ("Syria", 3, "pobj", "PROPN", "Syria", "State"), (".", 1, "punct", "PUNCT", "."),
    ])
    rus, syr = ids(gaz, "Russia", "Syria")
    assert triples(extract(doc, document(doc), onto, gaz), onto) == {(rus, "mobilizes", syr)}


def test_definite_descriptions_stand_for_the_states_just_mentioned(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("hosted", 1, "ROOT", "VERB", "host"),
        ("Peru", 1, "dobj", "PROPN", "Peru", "State"), (".", 1, "punct", "PUNCT", "."),
        ("The", 6, "det", "DET", "the"), ("Andean", 6, "amod", "ADJ", "andean"),
        ("country", 7, "nsubj", "NOUN", "country"), ("condemned", 7, "ROOT", "VERB", "condemn"),
        ("Bolivia", 7, "dobj", "PROPN", "Bolivia", "State"), (".", 7, "punct", "PUNCT", "."),
        ("Both", 11, "det", "DET", "both"), ("countries", 12, "nsubj", "NOUN", "country"),
        ("attacked", 12, "ROOT", "VERB", "attack"), ("Ecuador", 12, "dobj", "PROPN", "Ecuador", "State"),
        (".", 12, "punct", "PUNCT", "."),
    ])
    doc[11].tag_ = "NNS"
    chl, per, bol, ecu = ids(gaz, "Chile", "Peru", "Bolivia", "Ecuador")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert (chl, "opposes", bol) in got  # the subject description continues the last subject, not the last state
    assert {(s, o) for s, r, o in got if r == "assaults"} == {(bol, ecu), (per, ecu)}  # the last two states named


def test_a_mediator_stands_apart_from_the_parties_it_mediates_between(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Qatar", 2, "poss", "PROPN", "Qatar", "State"), ("'s", 0, "case", "PART", "'s"),
        ("mediation", 7, "nsubj", "NOUN", "mediation"), ("between", 2, "prep", "ADP", "between"),
        ("Israel", 3, "pobj", "PROPN", "Israel", "State"), ("and", 4, "cc", "CCONJ", "and"),
        ("Hamas", 4, "conj", "PROPN", "Hamas", "ArmedGroup"), ("failed", 7, "ROOT", "VERB", "fail"),
        (".", 7, "punct", "PUNCT", "."),
    ])
    qat, isr, hamas = ids(gaz, "Qatar", "Israel", "Hamas")
    got = claims(extract(doc, document(doc), onto, gaz), onto)
    assert got == {(qat, "consults", isr, "asserted"), (qat, "consults", hamas, "asserted")}  # it failed, it happened


def test_an_apposed_act_noun_stands_for_its_head(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("rearmed", 1, "ROOT", "VERB", "rearm"),
        ("—", 1, "punct", "PUNCT", "—"), ("a", 4, "det", "DET", "a"), ("move", 0, "appos", "NOUN", "move"),
        ("that", 7, "nsubj", "PRON", "that"), ("will", 7, "aux", "AUX", "will"),
        ("aid", 4, "relcl", "VERB", "aid"), ("Peru", 7, "dobj", "PROPN", "Peru", "State"),
        (".", 1, "punct", "PUNCT", "."),
    ])
    doc[5].tag_ = "WDT"
    chl, per = ids(gaz, "Chile", "Peru")
    assert claims(extract(doc, document(doc), onto, gaz), onto) == {(chl, "intendsToCooperate", per, "asserted")}


def test_forces_mobilized_for_a_war_against_a_state_target_it_and_a_possible_war_is_hedged(build_doc, document, onto, gaz):
    doc = build_doc([
        ("France", 1, "nsubj", "PROPN", "France", "State"), ("mobilized", 1, "ROOT", "VERB", "mobilize"),
        ("reservists", 1, "dobj", "NOUN", "reservist"), ("for", 1, "prep", "ADP", "for"),
        ("a", 6, "det", "DET", "a"), ("possible", 6, "amod", "ADJ", "possible"),
        ("war", 3, "pobj", "NOUN", "war"), ("against", 6, "prep", "ADP", "against"),
        ("Mali", 7, "pobj", "PROPN", "Mali", "State"), (".", 1, "punct", "PUNCT", "."),
    ])
    fra, mli = ids(gaz, "France", "Mali")
    assert claims(extract(doc, document(doc), onto, gaz), onto) == {(fra, "mobilizes", mli, "asserted")}
    doc = build_doc([
        ("a", 2, "det", "DET", "a"), ("possible", 2, "amod", "ADJ", "possible"), ("war", 2, "ROOT", "NOUN", "war"),
        ("between", 2, "prep", "ADP", "between"), ("France", 3, "pobj", "PROPN", "France", "State"),
        ("and", 4, "cc", "CCONJ", "and"), ("Mali", 4, "conj", "PROPN", "Mali", "State"),
    ])
    assert {m for *_, m in claims(extract(doc, document(doc), onto, gaz), onto)} == {"hedged"}


def test_accepting_demands_is_yielding(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Chad", 1, "nsubj", "PROPN", "Chad", "State"), ("accepted", 1, "ROOT", "VERB", "accept"),
        ("demands", 1, "dobj", "NOUN", "demand"), ("from", 2, "prep", "ADP", "from"),
        ("Niger", 3, "pobj", "PROPN", "Niger", "State"), (".", 1, "punct", "PUNCT", "."),
    ])
    tcd, ner = ids(gaz, "Chad", "Niger")
    assert triples(extract(doc, document(doc), onto, gaz), onto) == {(tcd, "yieldsTo", ner)}


def test_branding_an_act_a_provocation_criticizes_its_agent(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Japan", 1, "nsubj", "PROPN", "Japan", "State"), ("branded", 1, "ROOT", "VERB", "brand"),
        ("the", 3, "det", "DET", "the"), ("drills", 1, "dobj", "NOUN", "drill"), ("by", 3, "prep", "ADP", "by"),
        ("China", 4, "pobj", "PROPN", "China", "State"), ("a", 7, "det", "DET", "a"),
        ("provocation", 1, "oprd", "NOUN", "provocation"), (".", 1, "punct", "PUNCT", "."),
    ])
    jpn, chn = ids(gaz, "Japan", "China")
    assert triples(extract(doc, document(doc), onto, gaz), onto) == {(jpn, "opposes", chn)}


def test_stalling_talks_rejects_them(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Iran", 1, "nsubj", "PROPN", "Iran", "State"), ("stalled", 1, "ROOT", "VERB", "stall"),
        ("talks", 1, "dobj", "NOUN", "talk"), ("with", 2, "prep", "ADP", "with"),
        ("Oman", 3, "pobj", "PROPN", "Oman", "State"), (".", 1, "punct", "PUNCT", "."),
    ])
    irn, omn = ids(gaz, "Iran", "Oman")
    assert triples(extract(doc, document(doc), onto, gaz), onto) == {(irn, "rejects", omn)}


def test_their_stands_for_all_coordinated_actors_and_a_leader_s_regime_for_his_state(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Iraq", 3, "nsubj", "PROPN", "Iraq", "State"), ("and", 0, "cc", "CCONJ", "and"),
        ("Iran", 0, "conj", "PROPN", "Iran", "State"), ("continued", 3, "ROOT", "VERB", "continue"),
        ("their", 5, "poss", "PRON", "their"), ("fight", 3, "dobj", "NOUN", "fight"),
        ("against", 5, "prep", "ADP", "against"), ("the", 9, "det", "DET", "the"),
        ("Assad", 9, "compound", "PROPN", "Assad", "Person"), ("regime", 6, "pobj", "NOUN", "regime"),
        (".", 3, "punct", "PUNCT", "."),
    ])
    irq, irn, syr = ids(gaz, "Iraq", "Iran", "Syria")
    assert triples(extract(doc, document(doc, date="2015-01-01"), onto, gaz), onto) == {(irq, "fights", syr), (irn, "fights", syr)}


def test_with_the_support_of_x_x_supports_the_subject(build_doc, document, onto, gaz):
    doc = build_doc([
        ("With", 6, "prep", "ADP", "with"), ("the", 2, "det", "DET", "the"), ("support", 0, "pobj", "NOUN", "support"),
        ("of", 2, "prep", "ADP", "of"), ("Turkey", 3, "pobj", "PROPN", "Turkey", "State"),
        ("Qatar", 6, "nsubj", "PROPN", "Qatar", "State"), ("won", 6, "ROOT", "VERB", "win"),
        (".", 6, "punct", "PUNCT", "."),
    ])
    tur, qat = ids(gaz, "Turkey", "Qatar")
    assert triples(extract(doc, document(doc), onto, gaz), onto) == {(tur, "supports", qat)}


def test_both_sides_are_the_two_participants_not_the_meeting_place(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("met", 1, "ROOT", "VERB", "meet"),
        ("Peru", 1, "dobj", "PROPN", "Peru", "State"), ("in", 1, "prep", "ADP", "in"),
        ("Bolivia", 3, "pobj", "PROPN", "Bolivia", "State"), (",", 1, "punct", "PUNCT", ","),
        ("and", 1, "cc", "CCONJ", "and"), ("both", 8, "det", "DET", "both"),
        ("sides", 9, "nsubj", "NOUN", "side"), ("attacked", 1, "conj", "VERB", "attack"),
        ("Ecuador", 9, "dobj", "PROPN", "Ecuador", "State"), (".", 1, "punct", "PUNCT", "."),
    ])
    doc[8].tag_ = "NNS"
    chl, per, ecu = ids(gaz, "Chile", "Peru", "Ecuador")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert {(s, o) for s, r, o in got if r == "assaults"} == {(chl, ecu), (per, ecu)}


def test_a_state_s_ministry_is_its_own_body_named_with_the_state_and_part_of_it(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Peru", 3, "poss", "PROPN", "Peru", "State"), ("'s", 0, "case", "PART", "'s"),
        ("defense", 3, "compound", "NOUN", "defense", "ORG"), ("ministry", 4, "nsubj", "NOUN", "ministry", "+ORG"),
        ("criticized", 4, "ROOT", "VERB", "criticize"), ("China", 4, "dobj", "PROPN", "China", "State"),
        (".", 4, "punct", "PUNCT", "."),
    ])  # (a ministry the gazetteer does not know: one it knows is that body, see the test of known bodies)
    per, chn = ids(gaz, "Peru", "China")
    result = extract(doc, document(doc), onto, gaz)
    (st,) = result.statements
    body = next(e for e in result.entities if e.id == st.subject)
    assert (body.cls, body.label, body.part_of, st.object) == ("GovernmentBody", "Peru's defense ministry", per, chn)


def test_a_body_named_through_a_pronoun_is_labelled_with_its_state(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Sudan", 1, "nsubj", "PROPN", "Sudan", "GPE"), ("protested", 1, "ROOT", "VERB", "protest"),
        (".", 1, "punct", "PUNCT", "."),
        ("Its", 5, "poss", "PRON", "its"), ("foreign", 5, "amod", "ADJ", "foreign"),
        ("ministry", 6, "nsubj", "NOUN", "ministry"), ("criticized", 6, "ROOT", "VERB", "criticize"),
        ("Kenya", 6, "dobj", "PROPN", "Kenya", "GPE"), (".", 6, "punct", "PUNCT", "."),
    ])
    sdn, ken = ids(gaz, "Sudan", "Kenya")
    result = extract(doc, document(doc), onto, gaz)
    st = next(s for s in result.statements if s.object == ken)
    body = next(e for e in result.entities if e.id == st.subject)
    assert (body.cls, body.label, body.part_of) == ("GovernmentBody", "Sudan's foreign ministry", sdn)


def test_the_two_koreas_are_always_north_and_south(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Japan", 1, "nsubj", "PROPN", "Japan", "State"), ("criticized", 1, "ROOT", "VERB", "criticize"),
        ("the", 4, "det", "DET", "the"), ("two", 4, "nummod", "NUM", "two"),
        ("Koreas", 1, "dobj", "PROPN", "Koreas", "GPE"), (".", 1, "punct", "PUNCT", "."),
    ])
    jpn, prk, kor = ids(gaz, "Japan", "North Korea", "South Korea")
    assert triples(extract(doc, document(doc), onto, gaz), onto) == {(jpn, "opposes", prk), (jpn, "opposes", kor)}


def test_an_event_noun_after_a_preposition_is_its_own_event_when_it_adds_a_target(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Xi", 1, "nsubj", "PROPN", "Xi", "Person"), ("arrived", 1, "ROOT", "VERB", "arrive"),
        ("in", 1, "prep", "ADP", "in"), ("Moscow", 2, "pobj", "PROPN", "Moscow", "State"),
        ("for", 1, "prep", "ADP", "for"), ("talks", 4, "pobj", "NOUN", "talk"),
        ("with", 5, "prep", "ADP", "with"), ("Putin", 6, "pobj", "PROPN", "Putin", "Person"),
        (".", 1, "punct", "PUNCT", "."),
    ])
    xi, rus, putin = ids(gaz, "Xi Jinping", "Russia", "Putin")
    assert triples(extract(doc, document(doc), onto, gaz), onto) == {(xi, "consults", rus), (xi, "consults", putin)}


def test_the_two_leaders_are_the_last_two_people_named(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Xi", 1, "nsubj", "PROPN", "Xi", "Person"), ("met", 1, "ROOT", "VERB", "meet"),
        ("Putin", 1, "dobj", "PROPN", "Putin", "Person"), ("in", 1, "prep", "ADP", "in"),
        ("Russia", 3, "pobj", "PROPN", "Russia", "State"), (".", 1, "punct", "PUNCT", "."),
        ("The", 8, "det", "DET", "the"), ("two", 8, "nummod", "NUM", "two"),
        ("leaders", 9, "nsubj", "NOUN", "leader"), ("attacked", 9, "ROOT", "VERB", "attack"),
        ("Chad", 9, "dobj", "PROPN", "Chad", "State"), (".", 9, "punct", "PUNCT", "."),
    ])
    doc[8].tag_ = "NNS"
    xi, putin, tcd = ids(gaz, "Xi Jinping", "Putin", "Chad")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert {(s, o) for s, r, o in got if r == "assaults"} == {(xi, tcd), (putin, tcd)}


def test_strikes_on_targets_in_a_state_hit_that_state_and_with_strikes_is_no_giver(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Israel", 1, "nsubj", "PROPN", "Israel", "State"), ("responded", 1, "ROOT", "VERB", "respond"),
        ("with", 1, "prep", "ADP", "with"), ("strikes", 2, "pobj", "NOUN", "strike"),
        ("on", 3, "prep", "ADP", "on"), ("targets", 4, "pobj", "NOUN", "target"),
        ("in", 5, "prep", "ADP", "in"), ("Lebanon", 6, "pobj", "PROPN", "Lebanon", "State"),
        (".", 1, "punct", "PUNCT", "."),
    ])
    isr, lbn = ids(gaz, "Israel", "Lebanon")
    assert triples(extract(doc, document(doc), onto, gaz), onto) == {(isr, "assaults", lbn)}


def test_weapons_delivered_to_a_state_are_the_gift_and_the_state_the_target(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Germany", 1, "nsubj", "PROPN", "Germany", "State"), ("delivered", 1, "ROOT", "VERB", "deliver"),
        ("Patriot", 3, "compound", "PROPN", "Patriot", "WeaponSystem"), ("batteries", 1, "dobj", "NOUN", "battery"),
        ("to", 1, "prep", "ADP", "to"), ("Ukraine", 4, "pobj", "PROPN", "Ukraine", "State"),
        (".", 1, "punct", "PUNCT", "."),
    ])
    deu, ukr = ids(gaz, "Germany", "Ukraine")
    assert triples(extract(doc, document(doc), onto, gaz), onto) == {(deu, "providesAid", ukr)}


def test_a_named_plural_description_is_a_group_not_the_last_state(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("visited", 1, "ROOT", "VERB", "visit"),
        ("Peru", 1, "dobj", "PROPN", "Peru", "State"), (".", 1, "punct", "PUNCT", "."),
        ("The", 6, "det", "DET", "the"), ("Gulf", 6, "compound", "PROPN", "Gulf"),
        ("states", 7, "nsubj", "NOUN", "state"), ("condemned", 7, "ROOT", "VERB", "condemn"),
        ("Iran", 7, "dobj", "PROPN", "Iran", "State"), (".", 7, "punct", "PUNCT", "."),
    ])
    doc[6].tag_ = "NNS"
    (irn,) = ids(gaz, "Iran")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert {(s, o) for s, r, o in got if r == "opposes"} == {("Organization/gulf-states", irn)}


def test_condemning_the_launch_condemns_whoever_acted_in_the_sentence_before(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Iran", 1, "nsubj", "PROPN", "Iran", "State"), ("fired", 1, "ROOT", "VERB", "fire"),
        ("missiles", 1, "dobj", "NOUN", "missile"), (".", 1, "punct", "PUNCT", "."),
        ("Qatar", 5, "nsubj", "PROPN", "Qatar", "State"), ("condemned", 5, "ROOT", "VERB", "condemn"),
        ("the", 7, "det", "DET", "the"), ("launch", 5, "dobj", "NOUN", "launch"), (".", 5, "punct", "PUNCT", "."),
    ])
    irn, qat = ids(gaz, "Iran", "Qatar")
    assert triples(extract(doc, document(doc), onto, gaz), onto) == {(qat, "opposes", irn)}  # no target for the firing


def test_suspending_links_with_two_states_reduces_relations_with_both(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("announced", 1, "ROOT", "VERB", "announce"),
        ("a", 3, "det", "DET", "a"), ("suspension", 1, "dobj", "NOUN", "suspension"),
        ("of", 3, "prep", "ADP", "of"), ("links", 4, "pobj", "NOUN", "link"),
        ("with", 5, "prep", "ADP", "with"), ("Peru", 6, "pobj", "PROPN", "Peru", "State"),
        ("and", 7, "cc", "CCONJ", "and"), ("Bolivia", 7, "conj", "PROPN", "Bolivia", "State"),
        (".", 1, "punct", "PUNCT", "."),
    ])
    chl, per, bol = ids(gaz, "Chile", "Peru", "Bolivia")
    assert triples(extract(doc, document(doc), onto, gaz), onto) == {(chl, "reducesRelations", per), (chl, "reducesRelations", bol)}


def test_a_coordinated_verb_takes_its_first_conjunct_s_auxiliaries_not_its_meaning(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Chad", 1, "nsubj", "PROPN", "Chad", "State"), ("refused", 1, "ROOT", "VERB", "refuse"),
        ("to", 3, "aux", "PART", "to"), ("attack", 1, "xcomp", "VERB", "attack"),
        ("Mali", 3, "dobj", "PROPN", "Mali", "State"), ("and", 1, "cc", "CCONJ", "and"),
        ("condemned", 1, "conj", "VERB", "condemn"), ("Niger", 6, "dobj", "PROPN", "Niger", "State"),
        (".", 1, "punct", "PUNCT", "."),
    ])
    tcd, ner = ids(gaz, "Chad", "Niger")
    got = claims(extract(doc, document(doc), onto, gaz), onto)
    assert (tcd, "opposes", ner, "asserted") in got  # condemning is not refused


def test_refusing_to_answer_a_demand_from_x_rejects_x(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Chad", 1, "nsubj", "PROPN", "Chad", "State"), ("refused", 1, "ROOT", "VERB", "refuse"),
        ("to", 3, "aux", "PART", "to"), ("answer", 1, "xcomp", "VERB", "answer"),
        ("a", 5, "det", "DET", "a"), ("demand", 3, "dobj", "NOUN", "demand"),
        ("from", 5, "prep", "ADP", "from"), ("Niger", 6, "pobj", "PROPN", "Niger", "State"),
        (".", 1, "punct", "PUNCT", "."),
    ])
    tcd, ner = ids(gaz, "Chad", "Niger")
    assert triples(extract(doc, document(doc), onto, gaz), onto) == {(tcd, "rejects", ner)}


def test_a_quoted_must_is_the_speaker_s_demand(build_doc, document, onto, gaz):
    doc = build_doc([
        ("“", 3, "punct", "PUNCT", "“"), ("Iran", 3, "nsubj", "PROPN", "Iran", "State"),
        ("must", 3, "aux", "AUX", "must"), ("withdraw", 3, "ROOT", "VERB", "withdraw"),
        ("from", 3, "prep", "ADP", "from"), ("Iraq", 4, "pobj", "PROPN", "Iraq", "State"),
        (".", 3, "punct", "PUNCT", "."), ("”", 3, "punct", "PUNCT", "”"),
        ("Macron", 9, "nsubj", "PROPN", "Macron", "Person"), ("said", 9, "ROOT", "VERB", "say"),
        (".", 9, "punct", "PUNCT", "."),
    ])
    irn, macron = ids(gaz, "Iran", "Emmanuel Macron")
    got = extract(doc, document(doc), onto, gaz).statements
    assert {(s.subject, onto.root(s.relation).name, s.object) for s in got} == {(macron, "demands", irn)}


def test_condemning_an_attack_on_x_neither_attacks_nor_condemns_x(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("condemned", 1, "ROOT", "VERB", "condemn"),
        ("the", 3, "det", "DET", "the"), ("attack", 1, "dobj", "NOUN", "attack"),
        ("on", 3, "prep", "ADP", "on"), ("Peru", 4, "pobj", "PROPN", "Peru", "State"),
        (".", 1, "punct", "PUNCT", "."),
    ])
    assert extract(doc, document(doc), onto, gaz).statements == ()


def test_joining_x_in_condemning_y_is_no_membership(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Canada", 1, "nsubj", "PROPN", "Canada", "State"), ("joined", 1, "ROOT", "VERB", "join"),
        ("Australia", 1, "dobj", "PROPN", "Australia", "State"), ("in", 1, "prep", "ADP", "in"),
        ("condemning", 3, "pcomp", "VERB", "condemn"), ("Iran", 4, "dobj", "PROPN", "Iran", "State"),
        (".", 1, "punct", "PUNCT", "."),
    ])
    can, aus, irn = ids(gaz, "Canada", "Australia", "Iran")
    assert triples(extract(doc, document(doc), onto, gaz), onto) == {(can, "opposes", irn), (aus, "opposes", irn)}


def test_accusing_x_of_aggression_makes_x_the_aggressor(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("accused", 1, "ROOT", "VERB", "accuse"),
        ("Peru", 1, "dobj", "PROPN", "Peru", "State"), ("of", 1, "prep", "ADP", "of"),
        ("aggression", 3, "pobj", "NOUN", "aggression"), ("against", 4, "prep", "ADP", "against"),
        ("Bolivia", 5, "pobj", "PROPN", "Bolivia", "State"), (".", 1, "punct", "PUNCT", "."),
    ])
    chl, per, bol = ids(gaz, "Chile", "Peru", "Bolivia")
    got = claims(extract(doc, document(doc), onto, gaz), onto)
    assert (chl, "opposes", per, "asserted") in got
    assert {(s, o) for s, r, o, m in got if r != "opposes"} == {(per, bol)}  # Peru's aggression, as Chile claims it


def test_vowing_to_press_an_offensive_is_a_threat_not_a_promise_of_cooperation(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Israel", 1, "nsubj", "PROPN", "Israel", "State"), ("vowed", 1, "ROOT", "VERB", "vow"),
        ("to", 3, "aux", "PART", "to"), ("continue", 1, "xcomp", "VERB", "continue"),
        ("the", 5, "det", "DET", "the"), ("offensive", 3, "dobj", "NOUN", "offensive"),
        ("against", 5, "prep", "ADP", "against"), ("Hamas", 6, "pobj", "PROPN", "Hamas", "ArmedGroup"),
        (".", 1, "punct", "PUNCT", "."),
    ])
    isr, hamas = ids(gaz, "Israel", "Hamas")
    assert claims(extract(doc, document(doc), onto, gaz), onto) == {(isr, "threatens", hamas, "asserted")}


def test_a_state_s_named_forces_are_its_body_even_where_only_names_count(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("condemned", 1, "ROOT", "VERB", "condemn"),
        ("abuses", 1, "dobj", "NOUN", "abuse"), ("committed", 2, "acl", "VERB", "commit"),
        ("by", 3, "agent", "ADP", "by"), ("Peruvian", 7, "amod", "ADJ", "Peruvian", "State"),
        ("security", 7, "compound", "NOUN", "security"), ("forces", 4, "pobj", "NOUN", "force"),
        (".", 1, "punct", "PUNCT", "."),
    ])
    doc[7].tag_ = "NNS"
    chl, per = ids(gaz, "Chile", "Peru")
    result = extract(doc, document(doc), onto, gaz)
    (statement,) = result.statements
    assert (statement.subject, onto.root(statement.relation).name) == (chl, "opposes")
    assert statement.object != per  # the forces, not the state itself ...
    body = next(e for e in result.entities if e.id == statement.object)
    assert (body.label, body.cls, body.part_of) == ("Peruvian security forces", "GovernmentBody", per)  # ... part of it


def test_willing_to_act_is_an_intent_of_its_subject(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("is", 1, "ROOT", "AUX", "be"),
        ("willing", 1, "acomp", "ADJ", "willing"), ("to", 4, "aux", "PART", "to"),
        ("forgive", 2, "xcomp", "VERB", "forgive"), ("Peru", 4, "dobj", "PROPN", "Peru", "State"),
        (".", 1, "punct", "PUNCT", "."),
    ])
    chl, per = ids(gaz, "Chile", "Peru")
    (st,) = extract(doc, document(doc), onto, gaz).statements
    assert (st.subject, onto.root(st.relation).name, st.object, st.modality) == (chl, "intendsToCooperate", per, "asserted")


def test_it_is_ready_to_act_names_an_agent_but_it_is_absurd_to_does_not(build_doc, document, onto, gaz):
    def rows(adjective):
        return [
            ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("said", 1, "ROOT", "VERB", "say"),
            ("it", 3, "nsubj", "PRON", "it"), ("is", 1, "ccomp", "AUX", "be"),
            (adjective, 3, "acomp", "ADJ", adjective), ("to", 6, "aux", "PART", "to"),
            ("forgive", 4, "xcomp", "VERB", "forgive"), ("Peru", 6, "dobj", "PROPN", "Peru", "State"),
            (".", 1, "punct", "PUNCT", "."),
        ]
    chl, per = ids(gaz, "Chile", "Peru")
    doc = build_doc(rows("ready"))
    doc[2].tag_ = "PRP"
    assert triples(extract(doc, document(doc), onto, gaz), onto) == {(chl, "intendsToCooperate", per)}
    doc = build_doc(rows("absurd"))
    doc[2].tag_ = "PRP"
    assert extract(doc, document(doc), onto, gaz).statements == ()


def test_a_reversing_verb_is_not_also_a_negation(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("prohibited", 1, "ROOT", "VERB", "prohibit"),
        ("aid", 1, "dobj", "NOUN", "aid"), ("to", 2, "prep", "ADP", "to"),
        ("Peru", 3, "pobj", "PROPN", "Peru", "State"), (".", 1, "punct", "PUNCT", "."),
    ])
    chl, per = ids(gaz, "Chile", "Peru")
    got = claims(extract(doc, document(doc), onto, gaz), onto)
    assert got == {(chl, "reducesRelations", per, "asserted")}


def test_a_restated_demand_is_the_event_and_its_that_clause_names_the_target(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("reiterated", 1, "ROOT", "VERB", "reiterate"),
        ("its", 3, "poss", "PRON", "its"), ("demand", 1, "dobj", "NOUN", "demand"),
        ("today", 1, "npadvmod", "NOUN", "today"), ("that", 7, "mark", "SCONJ", "that"),
        ("Peru", 7, "nsubj", "PROPN", "Peru", "State"), ("withdraw", 1, "advcl", "VERB", "withdraw"),
        (".", 1, "punct", "PUNCT", "."),
    ])
    doc[2].tag_ = "PRP$"
    chl, per = ids(gaz, "Chile", "Peru")
    assert triples(extract(doc, document(doc), onto, gaz), onto) == {(chl, "demands", per)}


def test_a_name_written_with_its_title_is_an_alias_so_a_pronoun_s_claim_finds_its_titled_actor(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Chilean", 3, "amod", "ADJ", "Chilean", "State"), ("President", 3, "compound", "PROPN", "President"),
        ("Juan", 3, "compound", "PROPN", "Juan", "Person"), ("Vidal", 4, "nsubj", "PROPN", "Vidal", "+Person"),
        ("said", 4, "ROOT", "VERB", "say"), ("he", 6, "nsubj", "PRON", "he"),
        ("rejected", 4, "ccomp", "VERB", "reject"), ("Peru", 6, "dobj", "PROPN", "Peru", "State"),
        (".", 4, "punct", "PUNCT", "."),
    ])
    doc[5].tag_ = "PRP"
    result = extract(doc, document(doc), onto, gaz)
    (person,) = [e for e in result.entities if e.cls == "Person"]
    assert person.label == "Juan Vidal"
    assert "Chilean President Juan Vidal" in person.aliases


def test_restoring_relations_is_mutual_between_coordinated_subjects(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Chile", 3, "nsubj", "PROPN", "Chile", "State"), ("and", 0, "cc", "CCONJ", "and"),
        ("Peru", 0, "conj", "PROPN", "Peru", "State"), ("restored", 3, "ROOT", "VERB", "restore"),
        ("diplomatic", 5, "amod", "ADJ", "diplomatic"), ("relations", 3, "dobj", "NOUN", "relation"),
        (".", 3, "punct", "PUNCT", "."),
    ])
    chl, per = ids(gaz, "Chile", "Peru")
    got = extract(doc, document(doc), onto, gaz).statements
    assert {(s.subject, s.relation, s.object) for s in got} in (
        {(chl, "restoresRelations", per)}, {(per, "restoresRelations", chl)})


def test_weapons_agreed_on_are_not_the_partner_the_recipient_is(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Germany", 1, "nsubj", "PROPN", "Germany", "State"), ("agreed", 1, "ROOT", "VERB", "agree"),
        ("to", 3, "aux", "PART", "to"), ("deliver", 1, "xcomp", "VERB", "deliver"),
        ("Leopard", 5, "compound", "PROPN", "Leopard", "WeaponSystem"), ("tanks", 3, "dobj", "NOUN", "tank", "+WeaponSystem"),
        ("to", 3, "prep", "ADP", "to"), ("Ukraine", 6, "pobj", "PROPN", "Ukraine", "State"),
        (".", 1, "punct", "PUNCT", "."),
    ])
    deu, ukr = ids(gaz, "Germany", "Ukraine")
    assert triples(extract(doc, document(doc), onto, gaz), onto) == {(deu, "intendsToCooperate", ukr)}


def test_a_group_with_coordinated_nationalities_stands_for_each_side(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Egypt", 1, "nsubj", "PROPN", "Egypt", "State"), ("hosted", 1, "ROOT", "VERB", "host"),
        ("Israeli", 5, "amod", "ADJ", "Israeli", "State"), ("and", 2, "cc", "CCONJ", "and"),
        ("Hamas", 2, "conj", "PROPN", "Hamas", "ArmedGroup"), ("negotiators", 1, "dobj", "NOUN", "negotiator"),
        (".", 1, "punct", "PUNCT", "."),
    ])
    doc[5].tag_ = "NNS"
    egy, isr, hamas = ids(gaz, "Egypt", "Israel", "Hamas")
    assert triples(extract(doc, document(doc), onto, gaz), onto) == {(egy, "consults", isr), (egy, "consults", hamas)}


def test_the_modifier_of_a_two_word_trigger_is_no_trigger_of_its_own(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("began", 1, "ROOT", "VERB", "begin"),
        ("war", 3, "compound", "NOUN", "war"), ("games", 1, "dobj", "NOUN", "game"),
        ("near", 3, "prep", "ADP", "near"), ("Peru", 4, "pobj", "PROPN", "Peru", "State"),
        (".", 1, "punct", "PUNCT", "."),
    ])
    chl, per = ids(gaz, "Chile", "Peru")
    assert triples(extract(doc, document(doc), onto, gaz), onto) == {(chl, "mobilizes", per)}


def test_joining_in_a_condition_is_hedged_but_a_title_never_is(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Russia", 1, "nsubj", "PROPN", "Russia", "State"), ("warned", 1, "ROOT", "VERB", "warn"),
        ("if", 4, "mark", "SCONJ", "if"), ("Finland", 4, "nsubj", "PROPN", "Finland", "State"),
        ("joined", 1, "advcl", "VERB", "join"), ("NATO", 4, "dobj", "PROPN", "NATO", "IGO"),
        (".", 1, "punct", "PUNCT", "."),
    ])
    fin, nato = ids(gaz, "Finland", "NATO")
    assert (fin, "memberOf", nato, "hedged") in claims(extract(doc, document(doc), onto, gaz), onto)


def test_closing_a_border_with_x_reduces_relations_with_x(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("closed", 1, "ROOT", "VERB", "close"),
        ("its", 3, "poss", "PRON", "its"), ("border", 1, "dobj", "NOUN", "border"),
        ("with", 3, "prep", "ADP", "with"), ("Peru", 4, "pobj", "PROPN", "Peru", "State"),
        (".", 1, "punct", "PUNCT", "."),
    ])
    doc[2].tag_ = "PRP$"
    chl, per = ids(gaz, "Chile", "Peru")
    assert triples(extract(doc, document(doc), onto, gaz), onto) == {(chl, "reducesRelations", per)}


def test_considering_sanctions_is_hedged(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("considered", 1, "ROOT", "VERB", "consider"),
        ("sanctions", 1, "dobj", "NOUN", "sanction"), ("against", 2, "prep", "ADP", "against"),
        ("Peru", 3, "pobj", "PROPN", "Peru", "State"), (".", 1, "punct", "PUNCT", "."),
    ])
    chl, per = ids(gaz, "Chile", "Peru")
    assert claims(extract(doc, document(doc), onto, gaz), onto) == {(chl, "reducesRelations", per, "hedged")}


def test_coordinated_parties_agreeing_on_an_unnamed_joint_act_agree_with_each_other(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Chad", 3, "nsubj", "PROPN", "Chad", "State"), ("and", 0, "cc", "CCONJ", "and"),
        ("Sudan", 0, "conj", "PROPN", "Sudan", "State"), ("agreed", 3, "ROOT", "VERB", "agree"),
        ("to", 5, "aux", "PART", "to"), ("deploy", 3, "xcomp", "VERB", "deploy"),
        ("a", 8, "det", "DET", "a"), ("joint", 8, "amod", "ADJ", "joint"), ("force", 5, "dobj", "NOUN", "force"),
        (".", 3, "punct", "PUNCT", "."),
    ])
    tcd, sdn = ids(gaz, "Chad", "Sudan")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert got in ({(tcd, "intendsToCooperate", sdn)}, {(sdn, "intendsToCooperate", tcd)})


def test_an_upper_case_name_the_ner_missed_is_an_organisation_unless_it_spells_out_a_name(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("accused", 1, "ROOT", "VERB", "accuse"),
        ("the", 3, "det", "DET", "the"), ("ZQLF", 1, "dobj", "PROPN", "ZQLF"),
        (".", 1, "punct", "PUNCT", "."),
    ])
    (chl,) = ids(gaz, "Chile")
    result = extract(doc, document(doc), onto, gaz)
    (st,) = result.statements
    org = next(e for e in result.entities if e.id == st.object)
    assert (st.subject, onto.root(st.relation).name, org.label, org.cls) == (chl, "opposes", "ZQLF", "Organization")
    doc = build_doc([
        ("Zorland", 0, "ROOT", "PROPN", "Zorland", "Organization"), ("(", 0, "punct", "PUNCT", "("),
        ("ZL", 0, "appos", "PROPN", "ZL"), (")", 0, "punct", "PUNCT", ")"),
    ])
    assert [e.label for e in extract(doc, document(doc), onto, gaz).entities] in ([], ["Zorland"])


def test_an_act_in_a_time_adjunct_is_not_reversed_by_the_clause_nor_done_by_its_subject(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("suspended", 1, "ROOT", "VERB", "suspend"),
        ("talks", 1, "dobj", "NOUN", "talk"), ("with", 2, "prep", "ADP", "with"),
        ("Peru", 3, "pobj", "PROPN", "Peru", "State"), ("after", 1, "prep", "ADP", "after"),
        ("Smith", 8, "poss", "PROPN", "Smith"), ("'s", 6, "case", "PART", "'s"),
        ("visit", 5, "pobj", "NOUN", "visit"), ("to", 8, "prep", "ADP", "to"),
        ("Bolivia", 9, "pobj", "PROPN", "Bolivia", "State"), (".", 1, "punct", "PUNCT", "."),
    ])
    chl, per = ids(gaz, "Chile", "Peru")
    assert triples(extract(doc, document(doc), onto, gaz), onto) == {(chl, "reducesRelations", per)}


def test_revoking_a_cooperation_agreement_reduces_relations_and_asserts_no_cooperation(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("revoked", 1, "ROOT", "VERB", "revoke"),
        ("a", 5, "det", "DET", "a"), ("military", 4, "amod", "ADJ", "military"),
        ("cooperation", 5, "compound", "NOUN", "cooperation"), ("agreement", 1, "dobj", "NOUN", "agreement"),
        ("with", 5, "prep", "ADP", "with"), ("Peru", 6, "pobj", "PROPN", "Peru", "State"),
        (".", 1, "punct", "PUNCT", "."),
    ])
    chl, per = ids(gaz, "Chile", "Peru")
    assert triples(extract(doc, document(doc), onto, gaz), onto) == {(chl, "reducesRelations", per)}


def test_offering_to_mediate_between_two_parties_is_an_intent_towards_each(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Brazil", 1, "nsubj", "PROPN", "Brazil", "State"), ("offered", 1, "ROOT", "VERB", "offer"),
        ("to", 3, "aux", "PART", "to"), ("mediate", 1, "xcomp", "VERB", "mediate"),
        ("between", 3, "prep", "ADP", "between"), ("Chile", 4, "pobj", "PROPN", "Chile", "State"),
        ("and", 5, "cc", "CCONJ", "and"), ("Peru", 5, "conj", "PROPN", "Peru", "State"),
        (".", 1, "punct", "PUNCT", "."),
    ])
    bra, chl, per = ids(gaz, "Brazil", "Chile", "Peru")
    assert triples(extract(doc, document(doc), onto, gaz), onto) == {
        (bra, "intendsToCooperate", chl), (bra, "intendsToCooperate", per)}


def test_not_hesitating_to_act_is_an_intent_and_a_relative_clause_keeps_its_own_modality(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Chile", 3, "nsubj", "PROPN", "Chile", "State"), ("would", 3, "aux", "AUX", "would"),
        ("not", 3, "neg", "PART", "not"), ("hesitate", 3, "ROOT", "VERB", "hesitate"),
        ("to", 5, "aux", "PART", "to"), ("sanction", 3, "xcomp", "VERB", "sanction"),
        ("Peruvian", 7, "amod", "ADJ", "Peruvian", "State"), ("firms", 5, "dobj", "NOUN", "firm"),
        ("that", 9, "nsubj", "PRON", "that"), ("help", 7, "relcl", "VERB", "help"),
        ("Bolivia", 9, "dobj", "PROPN", "Bolivia", "State"), (".", 3, "punct", "PUNCT", "."),
    ])
    doc[8].tag_ = "WDT"
    got = extract(doc, document(doc), onto, gaz).statements
    assert {(s.trigger, s.modality) for s in got} >= {("sanction", "asserted")}  # an intent, coded as a threat
    assert {s.relation for s in got if s.trigger == "sanction"} == {"threatens"}
    assert all(s.modality != "negated" for s in got)


def test_condemning_the_raid_points_to_whoever_raided(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("raided", 1, "ROOT", "VERB", "raid"),
        ("Peru", 1, "dobj", "PROPN", "Peru", "State"), (".", 1, "punct", "PUNCT", "."),
        ("Bolivia", 5, "nsubj", "PROPN", "Bolivia", "State"), ("condemned", 5, "ROOT", "VERB", "condemn"),
        ("the", 7, "det", "DET", "the"), ("raid", 5, "dobj", "NOUN", "raid"), (".", 5, "punct", "PUNCT", "."),
    ])
    chl, bol = ids(gaz, "Chile", "Bolivia")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert (bol, "opposes", chl) in got, got


def test_criticism_one_acts_despite_is_aimed_at_the_actor_and_outside_the_clause_s_modality(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("refused", 1, "ROOT", "VERB", "refuse"),
        ("to", 3, "aux", "PART", "to"), ("resign", 1, "xcomp", "VERB", "resign"),
        ("despite", 3, "prep", "ADP", "despite"), ("criticism", 4, "pobj", "NOUN", "criticism"),
        ("from", 5, "prep", "ADP", "from"), ("Peru", 6, "pobj", "PROPN", "Peru", "State"),
        (".", 1, "punct", "PUNCT", "."),
    ])
    chl, per = ids(gaz, "Chile", "Peru")
    assert (per, "opposes", chl, "asserted") in claims(extract(doc, document(doc), onto, gaz), onto)


def test_a_stated_refusal_to_cooperate_is_a_rejection_but_a_past_negation_is_not(build_doc, document, onto, gaz):
    def rows(aux, lemma):
        return [
            ("Chile", 3, "nsubj", "PROPN", "Chile", "State"), (aux, 3, "aux", "AUX", lemma),
            ("not", 3, "neg", "PART", "not"), ("meet", 3, "ROOT", "VERB", "meet"),
            ("Peru", 6, "poss", "PROPN", "Peru", "State"), ("'s", 4, "case", "PART", "'s"),
            ("demands", 3, "dobj", "NOUN", "demand"), (".", 3, "punct", "PUNCT", "."),
        ]
    chl, per = ids(gaz, "Chile", "Peru")
    doc = build_doc(rows("will", "will"))
    assert claims(extract(doc, document(doc), onto, gaz), onto) == {(chl, "rejects", per, "asserted")}
    doc = build_doc(rows("did", "do"))
    assert claims(extract(doc, document(doc), onto, gaz), onto) == {(chl, "yieldsTo", per, "negated")}


def test_refusing_to_deploy_forces_in_a_country_is_about_the_country(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("refused", 1, "ROOT", "VERB", "refuse"),
        ("to", 3, "aux", "PART", "to"), ("deploy", 1, "xcomp", "VERB", "deploy"),
        ("peacekeepers", 3, "dobj", "NOUN", "peacekeeper"), ("in", 4, "prep", "ADP", "in"),
        ("Peru", 5, "pobj", "PROPN", "Peru", "State"), (".", 1, "punct", "PUNCT", "."),
    ])
    doc[4].tag_ = "NNS"
    chl, per = ids(gaz, "Chile", "Peru")
    assert triples(extract(doc, document(doc), onto, gaz), onto) == {(chl, "rejects", per)}


def test_a_named_group_that_includes_states_has_them_as_members(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Coalition", 1, "compound", "PROPN", "Coalition"), ("nations", 2, "nsubj", "NOUN", "nation"),
        ("include", 2, "ROOT", "VERB", "include"), ("Chile", 2, "dobj", "PROPN", "Chile", "State"),
        ("and", 3, "cc", "CCONJ", "and"), ("Peru", 3, "conj", "PROPN", "Peru", "State"),
        (".", 2, "punct", "PUNCT", "."),
    ])
    doc[1].tag_ = "NNS"
    chl, per = ids(gaz, "Chile", "Peru")
    result = extract(doc, document(doc), onto, gaz)
    group = next(e for e in result.entities if e.label == "Coalition nations")
    assert group.cls == "Organization"
    assert triples(result, onto) == {(chl, "memberOf", group.id), (per, "memberOf", group.id)}


def test_we_in_an_unattributed_sentence_is_the_publisher_but_our_is_not_read_so(build_doc, onto, gaz):
    from kg.model import Document
    doc = build_doc([
        ("We", 1, "nsubj", "PRON", "we"), ("condemn", 1, "ROOT", "VERB", "condemn"),
        ("Peru", 1, "dobj", "PROPN", "Peru", "State"), (".", 1, "punct", "PUNCT", "."),
    ])
    doc[0].tag_ = "PRP"
    (chl, per) = ids(gaz, "Chile", "Peru")
    issued = Document(id="t", text=doc.text, publisher="Chilean Government")
    assert triples(extract(doc, issued, onto, gaz), onto) == {(chl, "opposes", per)}
    assert extract(doc, Document(id="t", text=doc.text), onto, gaz).statements == ()  # no publisher: no one


def test_members_of_a_group_are_named_by_the_whole_phrase_and_labelled_by_the_group(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("killed", 1, "ROOT", "VERB", "kill"),
        ("70", 3, "nummod", "NUM", "70"), ("members", 1, "dobj", "NOUN", "member"),
        ("of", 3, "prep", "ADP", "of"), ("the", 6, "det", "DET", "the"),
        ("Zorlan", 4, "pobj", "PROPN", "Zorlan", "Organization"), (".", 1, "punct", "PUNCT", "."),
    ])
    result = extract(doc, document(doc), onto, gaz)
    (st,) = result.statements
    assert doc.text[slice(*st.object_span)] == "members of the Zorlan"
    assert next(e for e in result.entities if e.id == st.object).label == "Zorlan"


def test_pressuring_someone_is_a_demand_not_coercion(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("pressured", 1, "ROOT", "VERB", "pressure"),
        ("Peru", 1, "dobj", "PROPN", "Peru", "State"), (".", 1, "punct", "PUNCT", "."),
    ])
    chl, per = ids(gaz, "Chile", "Peru")
    assert triples(extract(doc, document(doc), onto, gaz), onto) == {(chl, "demands", per)}


def test_going_ahead_with_a_deployment_of_weapons_deploys_them(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("went", 1, "ROOT", "VERB", "go"),
        ("ahead", 1, "advmod", "ADV", "ahead"), ("with", 1, "prep", "ADP", "with"),
        ("the", 5, "det", "DET", "the"), ("deployment", 3, "pobj", "NOUN", "deployment"),
        ("of", 5, "prep", "ADP", "of"), ("missiles", 6, "pobj", "NOUN", "missile"),
        (".", 1, "punct", "PUNCT", "."),
    ])
    doc[7].tag_ = "NNS"
    (chl,) = ids(gaz, "Chile")
    (st,) = extract(doc, document(doc), onto, gaz).statements
    assert (st.subject, onto.root(st.relation).name) == (chl, "mobilizes") and st.object != chl


def test_a_state_s_weapon_as_subject_stands_for_the_state(build_doc, document, onto, gaz):
    doc = build_doc([
        ("A", 2, "det", "DET", "a"), ("Chilean", 2, "amod", "ADJ", "Chilean", "State"),
        ("drone", 3, "nsubj", "NOUN", "drone"), ("attacked", 3, "ROOT", "VERB", "attack"),
        ("Peru", 3, "dobj", "PROPN", "Peru", "State"), (".", 3, "punct", "PUNCT", "."),
    ])
    chl, per = ids(gaz, "Chile", "Peru")
    (st,) = extract(doc, document(doc), onto, gaz).statements
    assert (st.subject, onto.root(st.relation).name, st.object) == (chl, "assaults", per)
    assert doc.text[slice(*st.subject_span)] == "Chilean drone"  # the evidence still points at the drone


def test_a_cooperative_act_against_someone_is_not_cooperation_with_them(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("delivered", 1, "ROOT", "VERB", "deliver"),
        ("aid", 1, "dobj", "NOUN", "aid"), ("against", 1, "prep", "ADP", "against"),
        ("Peru", 3, "pobj", "PROPN", "Peru", "State"), (".", 1, "punct", "PUNCT", "."),
    ])
    chl, per = ids(gaz, "Chile", "Peru")
    assert (chl, "providesAid", per) not in triples(extract(doc, document(doc), onto, gaz), onto)


def test_coordinated_fighters_against_an_unnamed_enemy_do_not_fight_each_other(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Chile", 3, "nsubj", "PROPN", "Chile", "State"), ("and", 0, "cc", "CCONJ", "and"),
        ("Peru", 0, "conj", "PROPN", "Peru", "State"), ("fought", 3, "ROOT", "VERB", "fight"),
        ("militants", 3, "dobj", "NOUN", "militant"), (".", 3, "punct", "PUNCT", "."),
    ])
    doc[4].tag_ = "NNS"
    chl, per = ids(gaz, "Chile", "Peru")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert not {(chl, "fights", per), (per, "fights", chl)} & got and len(got) == 2


def test_a_title_with_a_named_apposition_is_that_person_not_the_office_s_state(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("met", 1, "ROOT", "VERB", "meet"),
        ("the", 4, "det", "DET", "the"), ("Peruvian", 4, "amod", "ADJ", "Peruvian", "State"),
        ("minister", 1, "dobj", "NOUN", "minister"), (",", 4, "punct", "PUNCT", ","),
        ("Juan", 7, "compound", "PROPN", "Juan", "Person"), ("Vidal", 4, "appos", "PROPN", "Vidal", "+Person"),
        (".", 1, "punct", "PUNCT", "."),
    ])
    (chl,) = ids(gaz, "Chile")
    result = extract(doc, document(doc), onto, gaz)
    (meeting,) = [s for s in result.statements if onto.root(s.relation).name == "consults"]
    person = next(e for e in result.entities if e.id == meeting.object)
    assert (meeting.subject, person.label) == (chl, "Juan Vidal")


def test_a_titled_name_followed_by_of_a_state_leads_it_and_keeps_the_whole_as_alias(build_doc, document, onto, gaz):
    doc = build_doc([
        ("King", 1, "compound", "PROPN", "King"), ("Zoran", 4, "nsubj", "PROPN", "Zoran", "Person"),
        ("of", 1, "prep", "ADP", "of"), ("Chile", 2, "pobj", "PROPN", "Chile", "State"),
        ("spoke", 4, "ROOT", "VERB", "speak"), (".", 4, "punct", "PUNCT", "."),
    ])
    (chl,) = ids(gaz, "Chile")
    result = extract(doc, document(doc), onto, gaz)
    (king,) = [e for e in result.entities if e.cls == "Person"]
    assert (king.id, "leaderOf", chl) in triples(result, onto)
    assert "King Zoran of Chile" in king.aliases


def test_vowing_revenge_is_a_threat_and_the_act_avenged_is_not_the_avenger_s(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("vowed", 1, "ROOT", "VERB", "vow"),
        ("revenge", 1, "dobj", "NOUN", "revenge"), ("against", 2, "prep", "ADP", "against"),
        ("Peru", 3, "pobj", "PROPN", "Peru", "State"), ("for", 1, "prep", "ADP", "for"),
        ("the", 7, "det", "DET", "the"), ("killing", 5, "pobj", "NOUN", "killing"),
        ("of", 7, "prep", "ADP", "of"), ("Bolivia", 8, "pobj", "PROPN", "Bolivia", "State"),
        (".", 1, "punct", "PUNCT", "."),
    ])
    chl, per = ids(gaz, "Chile", "Peru")
    assert triples(extract(doc, document(doc), onto, gaz), onto) == {(chl, "threatens", per)}


def test_a_particle_parsed_as_an_adverb_still_makes_a_phrasal_trigger(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("shot", 1, "ROOT", "VERB", "shoot"),
        ("down", 1, "advmod", "ADP", "down"), ("Peruvian", 4, "amod", "ADJ", "Peruvian", "State"),
        ("drones", 1, "dobj", "NOUN", "drone"), (".", 1, "punct", "PUNCT", "."),
    ])
    doc[2].tag_ = "RP"
    doc[4].tag_ = "NNS"
    (chl,) = ids(gaz, "Chile")
    (st,) = extract(doc, document(doc), onto, gaz).statements
    assert (st.subject, onto.root(st.relation).name) == (chl, "fights")


def test_the_holder_of_an_office_only_one_actor_has_is_found_by_date(build_doc, onto, gaz):
    from kg.model import Document
    doc = build_doc([
        ("The", 1, "det", "DET", "the"), ("Pope", 2, "nsubj", "PROPN", "pope"),
        ("met", 2, "ROOT", "VERB", "meet"), ("Chile", 2, "dobj", "PROPN", "Chile", "State"),
        (".", 2, "punct", "PUNCT", "."),
    ])
    (chl,) = ids(gaz, "Chile")
    got = extract(doc, Document(id="t", text=doc.text, date="2020-01-01"), onto, gaz).statements
    assert {(s.subject, s.object) for s in got} == {("pope-francis", chl)}
    got = extract(doc, Document(id="t", text=doc.text, date="2025-12-01"), onto, gaz).statements
    assert {(s.subject, s.object) for s in got} == {("pope-leo-xiv", chl)}


def test_a_counterpart_named_right_after_is_that_person(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("met", 1, "ROOT", "VERB", "meet"),
        ("its", 4, "poss", "PRON", "its"), ("Peruvian", 4, "amod", "ADJ", "Peruvian", "State"),
        ("counterpart", 1, "dobj", "NOUN", "counterpart"), ("Juan", 6, "compound", "PROPN", "Juan", "Person"),
        ("Vidal", 4, "appos", "PROPN", "Vidal", "+Person"), (".", 1, "punct", "PUNCT", "."),
    ])
    doc[2].tag_ = "PRP$"
    doc[6].dep_ = "npadvmod"  # the name parsed as no apposition at all
    (chl,) = ids(gaz, "Chile")
    result = extract(doc, document(doc), onto, gaz)
    (st,) = [s for s in result.statements if onto.root(s.relation).name == "consults"]
    assert (st.subject, next(e.label for e in result.entities if e.id == st.object)) == (chl, "Juan Vidal")


def test_a_passive_relative_clause_acts_on_the_noun_it_describes(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("met", 1, "ROOT", "VERB", "meet"),
        ("Peru", 1, "dobj", "PROPN", "Peru", "State"), (",", 2, "punct", "PUNCT", ","),
        ("which", 6, "nsubjpass", "PRON", "which"), ("was", 6, "auxpass", "AUX", "be"),
        ("accused", 2, "relcl", "VERB", "accuse"), ("by", 6, "agent", "ADP", "by"),
        ("Bolivia", 7, "pobj", "PROPN", "Bolivia", "State"), (".", 1, "punct", "PUNCT", "."),
    ])
    doc[4].tag_ = "WDT"
    per, bol = ids(gaz, "Peru", "Bolivia")
    assert (bol, "opposes", per) in triples(extract(doc, document(doc), onto, gaz), onto)


def test_approving_a_loan_for_x_is_the_loan_to_x_not_praise(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("approved", 1, "ROOT", "VERB", "approve"),
        ("a", 3, "det", "DET", "a"), ("loan", 1, "dobj", "NOUN", "loan"),
        ("for", 3, "prep", "ADP", "for"), ("Peru", 4, "pobj", "PROPN", "Peru", "State"),
        (".", 1, "punct", "PUNCT", "."),
    ])
    chl, per = ids(gaz, "Chile", "Peru")
    assert triples(extract(doc, document(doc), onto, gaz), onto) == {(chl, "providesAid", per)}


def test_investment_in_a_country_is_economic_exchange_with_it(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("boosted", 1, "ROOT", "VERB", "boost"),
        ("its", 3, "poss", "PRON", "its"), ("investment", 1, "dobj", "NOUN", "investment"),
        ("in", 3, "prep", "ADP", "in"), ("Peru", 4, "pobj", "PROPN", "Peru", "State"),
        (".", 1, "punct", "PUNCT", "."),
    ])
    doc[2].tag_ = "PRP$"
    chl, per = ids(gaz, "Chile", "Peru")
    assert triples(extract(doc, document(doc), onto, gaz), onto) == {(chl, "cooperatesWith", per)}


def test_welcoming_an_agreement_between_two_parties_keeps_their_agreement(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("welcomed", 1, "ROOT", "VERB", "welcome"),
        ("the", 3, "det", "DET", "the"), ("agreement", 1, "dobj", "NOUN", "agreement"),
        ("between", 3, "prep", "ADP", "between"), ("Peru", 4, "pobj", "PROPN", "Peru", "State"),
        ("and", 5, "cc", "CCONJ", "and"), ("Bolivia", 5, "conj", "PROPN", "Bolivia", "State"),
        (".", 1, "punct", "PUNCT", "."),
    ])
    chl, per, bol = ids(gaz, "Chile", "Peru", "Bolivia")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert {(chl, "supports", per), (chl, "supports", bol)} <= got
    assert {(per, "supports", bol), (bol, "supports", per)} & got  # their agreement (CAMEO 057)


def test_intercepting_drones_is_fighting(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("intercepted", 1, "ROOT", "VERB", "intercept"),
        ("Peruvian", 3, "amod", "ADJ", "Peruvian", "State"), ("drones", 1, "dobj", "NOUN", "drone"),
        (".", 1, "punct", "PUNCT", "."),
    ])
    doc[3].tag_ = "NNS"
    (chl,) = ids(gaz, "Chile")
    (st,) = extract(doc, document(doc), onto, gaz).statements
    assert (st.subject, onto.root(st.relation).name) == (chl, "fights")


def test_condemning_several_attacks_attacks_no_one(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("condemned", 1, "ROOT", "VERB", "condemn"),
        ("the", 3, "det", "DET", "the"), ("bombing", 1, "dobj", "NOUN", "bombing"),
        ("and", 3, "cc", "CCONJ", "and"), ("attacks", 3, "conj", "NOUN", "attack"),
        ("against", 5, "prep", "ADP", "against"), ("Peru", 6, "pobj", "PROPN", "Peru", "State"),
        (".", 1, "punct", "PUNCT", "."),
    ])
    doc[5].tag_ = "NNS"
    chl, per = ids(gaz, "Chile", "Peru")
    assert not {(chl, "assaults", per), (chl, "fights", per)} & triples(extract(doc, document(doc), onto, gaz), onto)


def test_the_enemy_named_by_a_preposition_comes_before_the_place(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("attacked", 1, "ROOT", "VERB", "attack"),
        ("in", 1, "prep", "ADP", "in"), ("Peru", 2, "pobj", "PROPN", "Peru", "State"),
        ("against", 1, "prep", "ADP", "against"), ("Bolivia", 4, "pobj", "PROPN", "Bolivia", "State"),
        (".", 1, "punct", "PUNCT", "."),
    ])
    chl, bol = ids(gaz, "Chile", "Bolivia")
    assert triples(extract(doc, document(doc), onto, gaz), onto) == {(chl, "assaults", bol)}


def test_a_pronoun_whose_antecedent_is_in_its_sentence_points_the_evidence_at_the_name(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("said", 1, "ROOT", "VERB", "say"),
        ("it", 3, "nsubj", "PRON", "it"), ("condemned", 1, "ccomp", "VERB", "condemn"),
        ("Peru", 3, "dobj", "PROPN", "Peru", "State"), (".", 1, "punct", "PUNCT", "."),
        ("It", 7, "nsubj", "PRON", "it"), ("condemned", 7, "ROOT", "VERB", "condemn"),
        ("Bolivia", 7, "dobj", "PROPN", "Bolivia", "State"), (".", 7, "punct", "PUNCT", "."),
    ])
    doc[2].tag_ = doc[6].tag_ = "PRP"
    chl, per, bol = ids(gaz, "Chile", "Peru", "Bolivia")
    spans = {st.object: doc.text[slice(*st.subject_span)] for st in extract(doc, document(doc), onto, gaz).statements
             if st.subject == chl}
    assert spans == {per: "Chile", bol: "It"}  # in the next sentence the pronoun is the evidence


def test_i_in_an_unattributed_sentence_is_the_publisher_too(build_doc, onto, gaz):
    from kg.model import Document
    doc = build_doc([
        ("I", 1, "nsubj", "PRON", "I"), ("condemn", 1, "ROOT", "VERB", "condemn"),
        ("Peru", 1, "dobj", "PROPN", "Peru", "State"), (".", 1, "punct", "PUNCT", "."),
    ])
    doc[0].tag_ = "PRP"
    (chl, per) = ids(gaz, "Chile", "Peru")
    issued = Document(id="t", text=doc.text, publisher="Chilean Government")
    assert triples(extract(doc, issued, onto, gaz), onto) == {(chl, "opposes", per)}


def test_whoever_claimed_an_act_carried_it_out(build_doc, document, onto, gaz):
    hamas, isr = ids(gaz, "Hamas", "Israel")
    claimed_by = build_doc([  # "The bombing of Israel was claimed by Hamas."
        ("The", 1, "det", "DET", "the"), ("bombing", 5, "nsubjpass", "NOUN", "bombing"),
        ("of", 1, "prep", "ADP", "of"), ("Israel", 2, "pobj", "PROPN", "Israel", "State"),
        ("was", 5, "auxpass", "AUX", "be"), ("claimed", 5, "ROOT", "VERB", "claim"),
        ("by", 5, "agent", "ADP", "by"), ("Hamas", 6, "pobj", "PROPN", "Hamas", "ArmedGroup"),
        (".", 5, "punct", "PUNCT", "."),
    ])
    assert triples(extract(claimed_by, document(claimed_by), onto, gaz), onto) \
        == {(hamas, "assaults", isr)}
    responsibility = build_doc([  # "The attack, for which Hamas took responsibility, hit Israel."
        ("The", 1, "det", "DET", "the"), ("attack", 9, "nsubj", "NOUN", "attack"), (",", 1, "punct", "PUNCT", ","),
        ("for", 6, "prep", "ADP", "for"), ("which", 3, "pobj", "PRON", "which"),
        ("Hamas", 6, "nsubj", "PROPN", "Hamas", "ArmedGroup"), ("took", 1, "relcl", "VERB", "take"),
        ("responsibility", 6, "dobj", "NOUN", "responsibility"), (",", 1, "punct", "PUNCT", ","),
        ("hit", 9, "ROOT", "VERB", "hit"), ("Israel", 9, "dobj", "PROPN", "Israel", "State"),
        (".", 9, "punct", "PUNCT", "."),
    ])
    responsibility[4].tag_ = "WDT"
    got = triples(extract(responsibility, document(responsibility), onto, gaz), onto)
    assert got == {(hamas, "assaults", isr)}
    claims_lives = build_doc([  # "The attack claimed lives in Israel.": no one is named as its author
        ("The", 1, "det", "DET", "the"), ("attack", 2, "nsubj", "NOUN", "attack"), ("claimed", 2, "ROOT", "VERB", "claim"),
        ("lives", 2, "dobj", "NOUN", "life"), ("in", 2, "prep", "ADP", "in"), ("Israel", 4, "pobj", "PROPN", "Israel", "State"),
        (".", 2, "punct", "PUNCT", "."),
    ])
    assert extract(claims_lives, document(claims_lives), onto, gaz).statements == ()


def test_the_target_of_an_act_may_hang_on_its_means(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile conducted strikes using drones against Peru."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("conducted", 1, "ROOT", "VERB", "conduct"),
        ("strikes", 1, "dobj", "NOUN", "strike"), ("using", 1, "advcl", "VERB", "use"),
        ("drones", 3, "dobj", "NOUN", "drone"), ("against", 4, "prep", "ADP", "against"),
        ("Peru", 5, "pobj", "PROPN", "Peru", "State"), (".", 1, "punct", "PUNCT", "."),
    ])
    chl, per = ids(gaz, "Chile", "Peru")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert got == {(chl, "assaults", per)}
    doc = build_doc([  # "Chile conducted strikes using drones and jets against Peru."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("conducted", 1, "ROOT", "VERB", "conduct"),
        ("strikes", 1, "dobj", "NOUN", "strike"), ("using", 1, "advcl", "VERB", "use"),
        ("drones", 3, "dobj", "NOUN", "drone"), ("and", 4, "cc", "CCONJ", "and"), ("jets", 4, "conj", "NOUN", "jet"),
        ("against", 6, "prep", "ADP", "against"), ("Peru", 7, "pobj", "PROPN", "Peru", "State"), (".", 1, "punct", "PUNCT", "."),
    ])
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert got == {(chl, "assaults", per)}  # on the last of coordinated means


def test_a_generic_group_is_named_with_its_noun_modifier(build_doc, document, onto, gaz):
    doc = build_doc([  # "Coalition military forces attacked Peru."
        ("Coalition", 2, "nmod", "NOUN", "coalition"), ("military", 2, "amod", "ADJ", "military"),
        ("forces", 3, "nsubj", "NOUN", "force"), ("attacked", 3, "ROOT", "VERB", "attack"),
        ("Peru", 3, "dobj", "PROPN", "Peru", "State"), (".", 3, "punct", "PUNCT", "."),
    ])
    (st,) = extract(doc, document(doc), onto, gaz).statements
    assert doc.text[slice(*st.subject_span)] == "Coalition military forces"


def test_a_noun_and_its_preposition_trigger_and_a_group_noun_before_an_act_acts_it(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile's campaign against Peru continued."
        ("Chile", 2, "poss", "PROPN", "Chile", "State"), ("'s", 0, "case", "PART", "'s"),
        ("campaign", 5, "nsubj", "NOUN", "campaign"), ("against", 2, "prep", "ADP", "against"),
        ("Peru", 3, "pobj", "PROPN", "Peru", "State"), ("continued", 5, "ROOT", "VERB", "continue"),
        (".", 5, "punct", "PUNCT", "."),
    ])
    chl, per = ids(gaz, "Chile", "Peru")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert got == {(chl, "fights", per)}
    doc = build_doc([  # "Coalition operations against Peru continued."
        ("Coalition", 1, "compound", "NOUN", "coalition"), ("operations", 4, "nsubj", "NOUN", "operation"),
        ("against", 1, "prep", "ADP", "against"), ("Peru", 2, "pobj", "PROPN", "Peru", "State"),
        ("continued", 4, "ROOT", "VERB", "continue"), (".", 4, "punct", "PUNCT", "."),
    ])
    (st,) = extract(doc, document(doc), onto, gaz).statements
    assert (doc.text[slice(*st.subject_span)], onto.root(st.relation).name, st.object) == ("Coalition", "fights", per)
    doc = build_doc([  # "A campaign for Peru continued.": no preposition of the phrase, no trigger
        ("A", 1, "det", "DET", "a"), ("campaign", 4, "nsubj", "NOUN", "campaign"), ("for", 1, "prep", "ADP", "for"),
        ("Peru", 2, "pobj", "PROPN", "Peru", "State"), ("continued", 4, "ROOT", "VERB", "continue"),
        (".", 4, "punct", "PUNCT", "."),
    ])
    assert extract(doc, document(doc), onto, gaz).statements == ()


def test_the_one_helped_in_an_act_is_its_agent_not_the_helper(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile supports Peru in the fight against Bolivia."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("supports", 1, "ROOT", "VERB", "support"),
        ("Peru", 1, "dobj", "PROPN", "Peru", "State"), ("in", 1, "prep", "ADP", "in"),
        ("the", 5, "det", "DET", "the"), ("fight", 3, "pobj", "NOUN", "fight"),
        ("against", 5, "prep", "ADP", "against"), ("Bolivia", 6, "pobj", "PROPN", "Bolivia", "State"),
        (".", 1, "punct", "PUNCT", "."),
    ])
    chl, per, bol = ids(gaz, "Chile", "Peru", "Bolivia")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert got == {(chl, "supports", per), (per, "fights", bol)}


def test_withdrawing_troops_is_a_retreat_and_the_troops_are_no_target(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile withdrew its troops from Peru."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("withdrew", 1, "ROOT", "VERB", "withdraw"),
        ("its", 3, "poss", "PRON", "its"), ("troops", 1, "dobj", "NOUN", "troop"),
        ("from", 1, "prep", "ADP", "from"), ("Peru", 4, "pobj", "PROPN", "Peru", "State"),
        (".", 1, "punct", "PUNCT", "."),
    ])
    chl, per = ids(gaz, "Chile", "Peru")
    (st,) = extract(doc, document(doc), onto, gaz).statements
    assert (st.subject, st.relation, st.object, onto.root(st.relation).name) == (chl, "retreats", per, "yieldsTo")


def test_hosted_talks_between_two_parties_are_their_talks_too_unless_only_offered(build_doc, document, onto, gaz):
    chl, per, bol = ids(gaz, "Chile", "Peru", "Bolivia")
    doc = build_doc([  # "Chile hosted talks between Peru and Bolivia."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("hosted", 1, "ROOT", "VERB", "host"),
        ("talks", 1, "dobj", "NOUN", "talk"), ("between", 2, "prep", "ADP", "between"),
        ("Peru", 3, "pobj", "PROPN", "Peru", "State"), ("and", 4, "cc", "CCONJ", "and"),
        ("Bolivia", 4, "conj", "PROPN", "Bolivia", "State"), (".", 1, "punct", "PUNCT", "."),
    ])
    got = {frozenset((s, o)) for s, _, o in triples(extract(doc, document(doc), onto, gaz), onto)}
    assert frozenset((per, bol)) in got
    doc = build_doc([  # "Chile offered to host talks between Peru and Bolivia.": no talks yet
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("offered", 1, "ROOT", "VERB", "offer"),
        ("to", 3, "aux", "PART", "to"), ("host", 1, "xcomp", "VERB", "host"),
        ("talks", 3, "dobj", "NOUN", "talk"), ("between", 4, "prep", "ADP", "between"),
        ("Peru", 5, "pobj", "PROPN", "Peru", "State"), ("and", 6, "cc", "CCONJ", "and"),
        ("Bolivia", 6, "conj", "PROPN", "Bolivia", "State"), (".", 1, "punct", "PUNCT", "."),
    ])
    got = {frozenset((s, o)) for s, _, o in triples(extract(doc, document(doc), onto, gaz), onto)}
    assert frozenset((per, bol)) not in got and frozenset((chl, per)) in got


def test_a_name_before_a_hyphenated_likeness_is_a_manner_not_an_actor(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile condemned a Peruvian-style law."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("condemned", 1, "ROOT", "VERB", "condemn"),
        ("a", 6, "det", "DET", "a"), ("Peruvian", 6, "amod", "ADJ", "Peruvian", "State"),
        ("-", 5, "punct", "PUNCT", "-"), ("style", 6, "compound", "NOUN", "style"),
        ("law", 1, "dobj", "NOUN", "law"), (".", 1, "punct", "PUNCT", "."),
    ])
    result = extract(doc, document(doc), onto, gaz)
    assert result.statements == () and "PER" not in {e.id for e in result.entities}


def test_a_progressive_parsed_as_an_attribute_keeps_its_subject(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile is mediating between Peru and Bolivia." with "mediating" parsed as the attribute of "is"
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("is", 1, "ROOT", "AUX", "be"),
        ("mediating", 1, "attr", "VERB", "mediate"), ("between", 2, "prep", "ADP", "between"),
        ("Peru", 3, "pobj", "PROPN", "Peru", "State"), ("and", 4, "cc", "CCONJ", "and"),
        ("Bolivia", 4, "conj", "PROPN", "Bolivia", "State"), (".", 1, "punct", "PUNCT", "."),
    ])
    doc[2].tag_ = "VBG"
    chl, per, bol = ids(gaz, "Chile", "Peru", "Bolivia")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert got == {(chl, "consults", per), (chl, "consults", bol)}


def test_targets_an_actor_modifies_are_that_actors_wherever_they_are(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile struck Hamas targets in Peru."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("struck", 1, "ROOT", "VERB", "strike"),
        ("Hamas", 3, "compound", "PROPN", "Hamas", "ArmedGroup"), ("targets", 1, "dobj", "NOUN", "target"),
        ("in", 3, "prep", "ADP", "in"), ("Peru", 4, "pobj", "PROPN", "Peru", "State"), (".", 1, "punct", "PUNCT", "."),
    ])
    chl, hamas = ids(gaz, "Chile", "Hamas")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert got == {(chl, "assaults", hamas)}


def test_an_act_noun_as_passive_agent_stands_for_the_group_that_made_it(build_doc, document, onto, gaz):
    doc = build_doc([  # "Peru was hit by a coalition airstrike."
        ("Peru", 2, "nsubjpass", "PROPN", "Peru", "State"), ("was", 2, "auxpass", "AUX", "be"),
        ("hit", 2, "ROOT", "VERB", "hit"), ("by", 2, "agent", "ADP", "by"), ("a", 6, "det", "DET", "a"),
        ("coalition", 6, "compound", "NOUN", "coalition"), ("airstrike", 3, "pobj", "NOUN", "airstrike"),
        (".", 2, "punct", "PUNCT", "."),
    ])
    per, = ids(gaz, "Peru")
    sts = [st for st in extract(doc, document(doc), onto, gaz).statements if st.object == per]
    assert sts and {doc.text[slice(*st.subject_span)] for st in sts} == {"coalition"}
    assert {onto.root(st.relation).name for st in sts} <= {"fights", "assaults"}


def test_applying_to_join_is_an_intent_not_a_membership(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile applied to join NATO."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("applied", 1, "ROOT", "VERB", "apply"),
        ("to", 3, "aux", "PART", "to"), ("join", 1, "xcomp", "VERB", "join"),
        ("NATO", 3, "dobj", "PROPN", "NATO", "IGO"), (".", 1, "punct", "PUNCT", "."),
    ])
    (st,) = extract(doc, document(doc), onto, gaz).statements
    assert (st.relation, st.modality) == ("memberOf", "intended")


def test_a_place_held_by_a_group_stands_for_it_and_rebel_forces_are_an_armed_group(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile bombed a village held by rebel forces."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("bombed", 1, "ROOT", "VERB", "bomb"),
        ("a", 3, "det", "DET", "a"), ("village", 1, "dobj", "NOUN", "village"),
        ("held", 3, "acl", "VERB", "hold"), ("by", 4, "agent", "ADP", "by"),
        ("rebel", 7, "compound", "NOUN", "rebel"), ("forces", 5, "pobj", "NOUN", "force"), (".", 1, "punct", "PUNCT", "."),
    ])
    result = extract(doc, document(doc), onto, gaz)
    (st,) = result.statements
    target = next(e for e in result.entities if e.id == st.object)
    assert (doc.text[slice(*st.object_span)], target.cls) == ("rebel forces", "ArmedGroup")


def test_an_act_noun_clause_is_done_by_whoever_carried_out_the_act(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile conducted strikes coordinated with and in support of Peru."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("conducted", 1, "ROOT", "VERB", "conduct"),
        ("strikes", 1, "dobj", "NOUN", "strike"), ("coordinated", 2, "acl", "VERB", "coordinate"),
        ("with", 3, "prep", "ADP", "with"), ("and", 4, "cc", "CCONJ", "and"), ("in", 4, "conj", "ADP", "in"),
        ("support", 6, "pobj", "NOUN", "support"), ("of", 7, "prep", "ADP", "of"),
        ("Peru", 8, "pobj", "PROPN", "Peru", "State"), (".", 1, "punct", "PUNCT", "."),
    ])
    chl, per = ids(gaz, "Chile", "Peru")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert got == {(chl, "supports", per)}


def test_an_intended_act_unless_the_target_complies_is_a_threat(build_doc, document, onto, gaz):
    def rows(tail):
        return [
            ("Chile", 2, "nsubj", "PROPN", "Chile", "State"), ("will", 2, "aux", "AUX", "will"),
            ("withdraw", 2, "ROOT", "VERB", "withdraw"), ("its", 4, "poss", "PRON", "its"),
            ("troops", 2, "dobj", "NOUN", "troop"), ("from", 2, "prep", "ADP", "from"),
            ("Peru", 5, "pobj", "PROPN", "Peru", "State"), *tail, (".", 2, "punct", "PUNCT", "."),
        ]
    chl, per = ids(gaz, "Chile", "Peru")
    doc = build_doc(rows([("unless", 9, "mark", "SCONJ", "unless"), ("Peru", 9, "nsubj", "PROPN", "Peru", "State"),
                          ("complies", 2, "advcl", "VERB", "comply")]))
    assert triples(extract(doc, document(doc), onto, gaz), onto) \
        == {(chl, "threatens", per)}
    doc = build_doc(rows([]))
    assert triples(extract(doc, document(doc), onto, gaz), onto) \
        == {(chl, "intendsToCooperate", per)}  # a stated withdrawal on its own de-escalates


def test_protesting_against_an_act_does_not_make_the_protester_its_agent(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile protested against the deployment to Peru."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("protested", 1, "ROOT", "VERB", "protest"),
        ("against", 1, "prep", "ADP", "against"), ("the", 4, "det", "DET", "the"),
        ("deployment", 2, "pobj", "NOUN", "deployment"), ("to", 4, "prep", "ADP", "to"),
        ("Peru", 5, "pobj", "PROPN", "Peru", "State"), (".", 1, "punct", "PUNCT", "."),
    ])
    chl, _ = ids(gaz, "Chile", "Peru")
    got = {(s, r) for s, r, o in triples(extract(doc, document(doc), onto, gaz), onto)}
    assert (chl, "mobilizes") not in got


def test_an_amount_stands_in_the_slot_of_the_aid_it_measures(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile granted 50 million in aid to Peru."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("granted", 1, "ROOT", "VERB", "grant"),
        ("50", 3, "compound", "NUM", "50"), ("million", 1, "dobj", "NUM", "million"),
        ("in", 3, "prep", "ADP", "in"), ("aid", 4, "pobj", "NOUN", "aid"), ("to", 5, "prep", "ADP", "to"),
        ("Peru", 6, "pobj", "PROPN", "Peru", "State"), (".", 1, "punct", "PUNCT", "."),
    ])
    chl, per = ids(gaz, "Chile", "Peru")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert got == {(chl, "providesAid", per)}


def test_whoever_holds_the_forces_acts_through_them_and_they_are_no_partner(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile vowed to strengthen its forces to counter Peru."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("vowed", 1, "ROOT", "VERB", "vow"),
        ("to", 3, "aux", "PART", "to"), ("strengthen", 1, "xcomp", "VERB", "strengthen"),
        ("its", 5, "poss", "PRON", "its"), ("forces", 3, "dobj", "NOUN", "force"),
        ("to", 7, "aux", "PART", "to"), ("counter", 3, "xcomp", "VERB", "counter"),
        ("Peru", 7, "dobj", "PROPN", "Peru", "State"), (".", 1, "punct", "PUNCT", "."),
    ])
    chl, per = ids(gaz, "Chile", "Peru")
    got = {(s, o) for s, r, o in triples(extract(doc, document(doc), onto, gaz), onto)}
    assert got == {(chl, per)}


def test_a_relative_clause_on_an_attacks_target_tells_of_the_attack(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile condemned Hamas's attacks on Peru, which killed civilians."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("condemned", 1, "ROOT", "VERB", "condemn"),
        ("Hamas", 4, "poss", "PROPN", "Hamas", "ArmedGroup"), ("'s", 2, "case", "PART", "'s"),
        ("attacks", 1, "dobj", "NOUN", "attack"), ("on", 4, "prep", "ADP", "on"),
        ("Peru", 5, "pobj", "PROPN", "Peru", "State"), (",", 6, "punct", "PUNCT", ","),
        ("which", 9, "nsubj", "PRON", "which"), ("killed", 6, "relcl", "VERB", "kill"),
        ("civilians", 9, "dobj", "NOUN", "civilian"), (".", 1, "punct", "PUNCT", "."),
    ])
    doc[8].tag_ = "WDT"
    chl, hamas, per = ids(gaz, "Chile", "Hamas", "Peru")
    killers = {st.subject for st in extract(doc, document(doc), onto, gaz).statements if st.trigger == "kill"}
    assert killers == {hamas}


def test_freeing_a_place_from_a_group_fights_the_group(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile freed the town from Hamas."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("freed", 1, "ROOT", "VERB", "free"),
        ("the", 3, "det", "DET", "the"), ("town", 1, "dobj", "NOUN", "town"), ("from", 1, "prep", "ADP", "from"),
        ("Hamas", 4, "pobj", "PROPN", "Hamas", "ArmedGroup"), (".", 1, "punct", "PUNCT", "."),
    ])
    chl, hamas = ids(gaz, "Chile", "Hamas")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert got == {(chl, "fights", hamas)}


def test_a_title_in_apposition_takes_its_holder_from_the_next_apposition(build_doc, document, onto, gaz):
    doc = build_doc([  # "John Smith, commander, RAND Corporation, spoke."
        ("John", 1, "compound", "PROPN", "John", "Person"), ("Smith", 8, "nsubj", "PROPN", "Smith", "+Person"),
        (",", 1, "punct", "PUNCT", ","), ("commander", 1, "appos", "NOUN", "commander"), (",", 3, "punct", "PUNCT", ","),
        ("RAND", 6, "compound", "PROPN", "RAND", "ThinkTank"), ("Corporation", 3, "appos", "PROPN", "Corporation", "+ThinkTank"),
        (",", 1, "punct", "PUNCT", ","), ("spoke", 8, "ROOT", "VERB", "speak"), (".", 8, "punct", "PUNCT", "."),
    ])
    result = extract(doc, document(doc), onto, gaz)
    rand = gaz.lookup("RAND Corporation").id
    smith = next(e for e in result.entities if e.label == "John Smith")
    assert (smith.id, "leaderOf", rand, "asserted") in claims(result, onto)


def test_welcomed_news_stands_for_whoever_the_news_is_of_but_denied_reports_do_not(build_doc, document, onto, gaz):
    def rows(verb, lemma):
        return [
            ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), (verb, 1, "ROOT", "VERB", lemma),
            ("the", 3, "det", "DET", "the"), ("news", 1, "dobj", "NOUN", "news"), ("that", 6, "mark", "SCONJ", "that"),
            ("Peru", 6, "nsubj", "PROPN", "Peru", "State"), ("left", 3, "acl", "VERB", "leave"), (".", 1, "punct", "PUNCT", "."),
        ]
    chl, per = ids(gaz, "Chile", "Peru")
    doc = build_doc(rows("welcomed", "welcome"))
    assert triples(extract(doc, document(doc), onto, gaz), onto) \
        == {(chl, "supports", per)}
    doc = build_doc(rows("denied", "deny"))
    assert all(st.object != per for st in extract(doc, document(doc), onto, gaz).statements)


def test_a_first_person_wishing_to_thank_thanks(build_doc, onto, gaz):
    from kg.model import Document
    def rows(subject, lemma):
        return [
            (subject, 1, "nsubj", "PRON" if lemma else "PROPN", subject.lower() if lemma else subject, *([] if lemma else ["State"])),
            ("want", 1, "ROOT", "VERB", "want"), ("to", 3, "aux", "PART", "to"), ("thank", 1, "xcomp", "VERB", "thank"),
            ("Peru", 3, "dobj", "PROPN", "Peru", "State"), (".", 1, "punct", "PUNCT", "."),
        ]
    chl, per = ids(gaz, "Chile", "Peru")
    doc = build_doc(rows("I", True))
    doc[0].tag_ = "PRP"
    issued = Document(id="t", text=doc.text, publisher="Chilean Government")
    (st,) = extract(doc, issued, onto, gaz).statements
    assert (st.subject, onto.root(st.relation).name, st.object, st.modality) == (chl, "supports", per, "asserted")
    doc = build_doc(rows("Chile", False))  # "Chile wants to thank Peru": a stated wish, not yet a thanks
    (st,) = extract(doc, Document(id="t", text=doc.text), onto, gaz).statements
    assert onto.root(st.relation).name != "supports" or st.modality != "asserted"


def test_a_predicate_adjective_and_its_preposition_trigger(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile is concerned about Peru's buildup."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("is", 1, "ROOT", "AUX", "be"),
        ("concerned", 1, "acomp", "ADJ", "concerned"), ("about", 2, "prep", "ADP", "about"),
        ("Peru", 6, "poss", "PROPN", "Peru", "State"), ("'s", 4, "case", "PART", "'s"),
        ("buildup", 3, "pobj", "NOUN", "buildup"), (".", 1, "punct", "PUNCT", "."),
    ])
    chl, per = ids(gaz, "Chile", "Peru")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert (chl, "opposes", per) in got


def test_a_condemned_act_happened_but_a_demanded_one_did_not(build_doc, document, onto, gaz):
    def sentence(verb: str, lemma: str, noun: str, noun_lemma: str):
        return build_doc([
            ("Russia", 1, "nsubj", "PROPN", "Russia", "State"), (verb, 1, "ROOT", "VERB", lemma),
            ("Iran", 4, "poss", "PROPN", "Iran", "State"), ("'s", 2, "case", "PART", "'s"),
            (noun, 1, "dobj", "NOUN", noun_lemma), ("on", 4, "prep", "ADP", "on"),
            ("Iraq", 5, "pobj", "PROPN", "Iraq", "State"), (".", 1, "punct", "PUNCT", "."),
        ])
    rus, irn, irq = ids(gaz, "Russia", "Iran", "Iraq")
    doc = sentence("condemned", "condemn", "attack", "attack")
    got = claims(extract(doc, document(doc), onto, gaz), onto)
    assert (rus, "opposes", irn, "asserted") in got
    assert (irn, "assaults", irq, "asserted") in got
    doc = sentence("demanded", "demand", "attack", "attack")
    assert not {(s, r, o) for s, r, o, _ in claims(extract(doc, document(doc), onto, gaz), onto)} & {
        (irn, "assaults", irq), (irn, "fights", irq)}


def test_a_group_description_stands_for_the_group_named_before_but_not_in_its_own_clause(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Hamas", 1, "nsubj", "PROPN", "Hamas", "ArmedGroup"), ("fired", 1, "ROOT", "VERB", "fire"),
        ("rockets", 1, "dobj", "NOUN", "rocket"), (".", 1, "punct", "PUNCT", "."),
        ("This", 6, "det", "DET", "this"), ("terrorist", 6, "amod", "ADJ", "terrorist"),
        ("organization", 7, "nsubj", "NOUN", "organization"), ("threatened", 7, "ROOT", "VERB", "threaten"),
        ("Israel", 7, "dobj", "PROPN", "Israel", "State"), (".", 7, "punct", "PUNCT", "."),
    ])
    hamas, isr = ids(gaz, "Hamas", "Israel")
    assert (hamas, "threatens", isr) in triples(extract(doc, document(doc), onto, gaz), onto)
    doc = build_doc([
        ("Hamas", 1, "nsubj", "PROPN", "Hamas", "ArmedGroup"), ("fought", 1, "ROOT", "VERB", "fight"),
        ("the", 3, "det", "DET", "the"), ("militants", 1, "dobj", "NOUN", "militant"), (".", 1, "punct", "PUNCT", "."),
    ])
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert {(s, o) for s, _, o in got} == {(hamas, "ArmedGroup/militants")}


def test_a_description_in_the_sentence_of_its_antecedent_shows_the_name(build_doc, onto, gaz):
    from kg.model import Document
    doc = build_doc([
        ("Iran", 1, "nsubj", "PROPN", "Iran", "State"), ("armed", 1, "ROOT", "VERB", "arm"),
        ("Hezbollah", 1, "dobj", "PROPN", "Hezbollah", "ArmedGroup"), ("and", 1, "cc", "CCONJ", "and"),
        ("Israel", 5, "nsubj", "PROPN", "Israel", "State"), ("attacked", 1, "conj", "VERB", "attack"),
        ("the", 7, "det", "DET", "the"), ("group", 5, "dobj", "NOUN", "group"), (".", 1, "punct", "PUNCT", "."),
    ])
    result = extract(doc, Document("t", doc.text), onto, gaz)
    attack = [s for s in result.statements if s.subject == gaz.lookup("Israel").id and s.object == "hezbollah"]
    assert attack and doc.text[slice(*attack[0].object_span)] == "Hezbollah"


def test_joining_anothers_fight_is_fighting_not_membership(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Turkey", 1, "nsubj", "PROPN", "Turkey", "State"), ("joined", 1, "ROOT", "VERB", "join"),
        ("Russia", 4, "poss", "PROPN", "Russia", "State"), ("'s", 2, "case", "PART", "'s"),
        ("fight", 1, "dobj", "NOUN", "fight"), ("against", 4, "prep", "ADP", "against"),
        ("Iraq", 5, "pobj", "PROPN", "Iraq", "State"), (".", 1, "punct", "PUNCT", "."),
    ])
    tur, rus, irq = ids(gaz, "Turkey", "Russia", "Iraq")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert {(tur, "fights", irq), (rus, "fights", irq)} <= got
    assert not any(r == "memberOf" for _, r, _ in got)


def test_an_act_with_its_own_possessor_under_an_asserted_verb_is_its_own_event(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Russia", 1, "nsubj", "PROPN", "Russia", "State"), ("funded", 1, "ROOT", "VERB", "fund"),
        ("Iran", 4, "poss", "PROPN", "Iran", "State"), ("'s", 2, "case", "PART", "'s"),
        ("attack", 1, "dobj", "NOUN", "attack"), ("on", 4, "prep", "ADP", "on"),
        ("Iraq", 5, "pobj", "PROPN", "Iraq", "State"), (".", 1, "punct", "PUNCT", "."),
    ])
    rus, irn, irq = ids(gaz, "Russia", "Iran", "Iraq")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert (irn, "assaults", irq) in got
    assert (rus, "providesAid", irn) in got


def test_a_material_act_amid_a_clause_is_not_aimed_at_its_subject(build_doc, document, onto, gaz):
    def sentence(noun: str, lemma: str):
        return build_doc([
            ("Japan", 1, "nsubj", "PROPN", "Japan", "State"), ("protested", 1, "ROOT", "VERB", "protest"),
            ("amid", 1, "prep", "ADP", "amid"), ("China", 5, "poss", "PROPN", "China", "State"),
            ("'s", 3, "case", "PART", "'s"), (noun, 2, "pobj", "NOUN", lemma), (".", 1, "punct", "PUNCT", "."),
        ])
    chn, jpn = ids(gaz, "China", "Japan")
    doc = sentence("criticism", "criticism")
    assert (chn, "opposes", jpn) in triples(extract(doc, document(doc), onto, gaz), onto)
    doc = sentence("airstrikes", "airstrike")
    assert not any(s == chn and o == jpn for s, _, o in triples(extract(doc, document(doc), onto, gaz), onto))


def test_receiving_things_from_a_giver_is_the_givers_aid_and_receiving_a_visitor_is_hosting(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Ukraine", 1, "nsubj", "PROPN", "Ukraine", "State"), ("received", 1, "ROOT", "VERB", "receive"),
        ("tanks", 1, "dobj", "NOUN", "tank"), ("from", 1, "prep", "ADP", "from"),
        ("Poland", 3, "pobj", "PROPN", "Poland", "State"), (".", 1, "punct", "PUNCT", "."),
    ])
    ukr, pol, ind, rus = ids(gaz, "Ukraine", "Poland", "India", "Russia")
    assert triples(extract(doc, document(doc), onto, gaz), onto) == {(pol, "providesAid", ukr)}
    doc = build_doc([
        ("Russia", 1, "nsubj", "PROPN", "Russia", "State"), ("received", 1, "ROOT", "VERB", "receive"),
        ("India", 1, "dobj", "PROPN", "India", "State"), (".", 1, "punct", "PUNCT", "."),
    ])
    assert triples(extract(doc, document(doc), onto, gaz), onto) == {(rus, "consults", ind)}


def test_a_place_is_a_target_of_force_only(build_doc, document, onto, gaz):
    def sentence(verb: str, lemma: str, first=("Russia", "State"), second=("Kharkiv", "Location")):
        return build_doc([
            (first[0], 1, "nsubj", "PROPN", first[0], first[1]), (verb, 1, "ROOT", "VERB", lemma),
            (second[0], 1, "dobj", "PROPN", second[0], second[1]), (".", 1, "punct", "PUNCT", "."),
        ])
    rus = gaz.lookup("Russia").id
    doc = sentence("shelled", "shell")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert {(s, o) for s, _, o in got} == {(rus, "kharkiv")}
    assert onto.relation(next(iter(got))[1]).quad_class == 4
    doc = sentence("praised", "praise")
    assert not extract(doc, document(doc), onto, gaz).statements
    doc = sentence("attacked", "attack", ("Kharkiv", "Location"), ("Russia", "State"))
    assert not extract(doc, document(doc), onto, gaz).statements


def test_a_named_actor_wins_over_a_place_as_target(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Russia", 1, "nsubj", "PROPN", "Russia", "State"), ("attacked", 1, "ROOT", "VERB", "attack"),
        ("Ukraine", 1, "dobj", "PROPN", "Ukraine", "State"), ("in", 1, "prep", "ADP", "in"),
        ("Kharkiv", 3, "pobj", "PROPN", "Kharkiv", "Location"), (".", 1, "punct", "PUNCT", "."),
    ])
    rus, ukr = ids(gaz, "Russia", "Ukraine")
    assert {(s, o) for s, _, o in triples(extract(doc, document(doc), onto, gaz), onto)} == {(rus, ukr)}


def test_they_stands_for_a_group_subject_nearer_than_any_name(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Rebels", 1, "nsubj", "NOUN", "rebel"), ("said", 1, "ROOT", "VERB", "say"),
        ("they", 4, "nsubj", "PRON", "they"), ("would", 4, "aux", "AUX", "would"),
        ("attack", 1, "ccomp", "VERB", "attack"), ("Mali", 4, "dobj", "PROPN", "Mali", "State"),
        (".", 1, "punct", "PUNCT", "."),
    ])
    doc[0].tag_ = "NNS"
    mli = gaz.lookup("Mali").id
    result = extract(doc, document(doc), onto, gaz)
    got = triples(result, onto)
    assert {(s, o) for s, _, o in got} == {("ArmedGroup/rebels", mli)}
    assert doc.text[slice(*result.statements[0].subject_span)] == "Rebels"


def test_approving_a_membership_is_an_act_of_its_own(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Turkey", 1, "nsubj", "PROPN", "Turkey", "State"), ("approved", 1, "ROOT", "VERB", "approve"),
        ("Sweden", 4, "poss", "PROPN", "Sweden", "State"), ("'s", 2, "case", "PART", "'s"),
        ("accession", 1, "dobj", "NOUN", "accession"), ("to", 4, "prep", "ADP", "to"),
        ("NATO", 5, "pobj", "PROPN", "NATO", "IGO"), (".", 1, "punct", "PUNCT", "."),
    ])
    tur, swe, nato = ids(gaz, "Turkey", "Sweden", "NATO")
    assert {(tur, "supports", swe), (swe, "memberOf", nato)} <= triples(extract(doc, document(doc), onto, gaz), onto)


def test_an_act_in_a_place_targets_the_place_when_no_actor_is_named(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Azerbaijan", 1, "nsubj", "PROPN", "Azerbaijan", "State"), ("launched", 1, "ROOT", "VERB", "launch"),
        ("an", 3, "det", "DET", "an"), ("offensive", 1, "dobj", "NOUN", "offensive"), ("in", 3, "prep", "ADP", "in"),
        ("Kharkiv", 4, "pobj", "PROPN", "Kharkiv", "Location"), (".", 1, "punct", "PUNCT", "."),
    ])
    aze = gaz.lookup("Azerbaijan").id
    assert {(s, o) for s, _, o in triples(extract(doc, document(doc), onto, gaz), onto)} == {(aze, "kharkiv")}


def test_an_act_at_sea_targets_no_one_by_the_waters(build_doc, document, onto, gaz):
    doc = build_doc([  # "Rebels attacked a ship in the Red Sea." / "... on the Kharkiv coast": a held place is a target
        ("Rebels", 1, "nsubj", "NOUN", "rebel"), ("attacked", 1, "ROOT", "VERB", "attack"), ("a", 3, "det", "DET", "a"),
        ("ship", 1, "dobj", "NOUN", "ship"), ("in", 1, "prep", "ADP", "in"), ("the", 7, "det", "DET", "the"),
        ("Red", 7, "compound", "PROPN", "Red", "Location"), ("Sea", 4, "pobj", "PROPN", "Sea", "Location"),
        (".", 1, "punct", "PUNCT", "."),
    ])
    doc[0].tag_ = "NNS"
    assert not extract(doc, document(doc), onto, gaz).statements
    doc = build_doc([
        ("Rebels", 1, "nsubj", "NOUN", "rebel"), ("attacked", 1, "ROOT", "VERB", "attack"), ("a", 3, "det", "DET", "a"),
        ("ship", 1, "dobj", "NOUN", "ship"), ("on", 1, "prep", "ADP", "on"), ("the", 7, "det", "DET", "the"),
        ("Kharkiv", 7, "compound", "PROPN", "Kharkiv", "Location"), ("coast", 4, "pobj", "NOUN", "coast"),
        (".", 1, "punct", "PUNCT", "."),
    ])
    doc[0].tag_ = "NNS"
    assert {o for _, _, o in triples(extract(doc, document(doc), onto, gaz), onto)} == {"kharkiv"}


def test_an_installation_struck_in_a_state_targets_the_state(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile struck a refinery in Peru."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("struck", 1, "ROOT", "VERB", "strike"), ("a", 3, "det", "DET", "a"),
        ("refinery", 1, "dobj", "NOUN", "refinery"), ("in", 3, "prep", "ADP", "in"), ("Peru", 4, "pobj", "PROPN", "Peru", "State"),
        (".", 1, "punct", "PUNCT", "."),
    ])
    chl, per = ids(gaz, "Chile", "Peru")
    assert {(s, o) for s, _, o in triples(extract(doc, document(doc), onto, gaz), onto)} == {(chl, per)}


def test_the_city_of_x_is_x_and_military_targets_are_no_one_s(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile shelled the city of Kharkiv. Peru struck military targets."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("shelled", 1, "ROOT", "VERB", "shell"), ("the", 3, "det", "DET", "the"),
        ("city", 1, "dobj", "NOUN", "city"), ("of", 3, "prep", "ADP", "of"), ("Kharkiv", 4, "pobj", "PROPN", "Kharkiv", "Location"),
        (".", 1, "punct", "PUNCT", "."),
        ("Peru", 8, "nsubj", "PROPN", "Peru", "State"), ("struck", 8, "ROOT", "VERB", "strike"),
        ("military", 10, "amod", "ADJ", "military"), ("targets", 8, "dobj", "NOUN", "target"), (".", 8, "punct", "PUNCT", "."),
    ])
    doc[10].tag_ = "NNS"
    chl = gaz.lookup("Chile").id
    assert {(s, o) for s, _, o in triples(extract(doc, document(doc), onto, gaz), onto)} == {(chl, "kharkiv")}


def test_the_homes_of_a_people_stand_for_them_as_target(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Rebels", 1, "nsubj", "NOUN", "rebel"), ("shelled", 1, "ROOT", "VERB", "shell"),
        ("the", 3, "det", "DET", "the"), ("homes", 1, "dobj", "NOUN", "home"), ("of", 3, "prep", "ADP", "of"),
        ("Syrian", 6, "amod", "ADJ", "syrian", "State"), ("farmers", 4, "pobj", "NOUN", "farmer"),
        (".", 1, "punct", "PUNCT", "."),
    ])
    syr = gaz.lookup("Syria").id
    assert {o for _, _, o in triples(extract(doc, document(doc), onto, gaz), onto)} == {syr}


def test_an_act_noun_takes_its_agent_from_a_participle_that_carries_it_out_not_one_that_judges_it(
        build_doc, document, onto, gaz):
    def sentence(verb: str, lemma: str):
        return build_doc([
            ("Russia", 1, "nsubj", "PROPN", "Russia", "State"), ("condemned", 1, "ROOT", "VERB", "condemn"),
            ("the", 3, "det", "DET", "the"), ("strikes", 1, "dobj", "NOUN", "strike"),
            (verb, 3, "acl", "VERB", lemma), ("by", 4, "agent", "ADP", "by"),
            ("Israel", 5, "pobj", "PROPN", "Israel", "State"), ("on", 4, "prep", "ADP", "on"),
            ("Syria", 7, "pobj", "PROPN", "Syria", "State"), (".", 1, "punct", "PUNCT", "."),
        ])
    isr, syr = ids(gaz, "Israel", "Syria")
    doc = sentence("conducted", "conduct")
    assert (isr, "assaults", syr) in triples(extract(doc, document(doc), onto, gaz), onto)
    doc = sentence("denounced", "denounce")
    assert not {(s, o) for s, _, o in triples(extract(doc, document(doc), onto, gaz), onto)} & {(isr, syr)}


def test_responding_to_an_attack_is_not_attacking(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Britain", 1, "nsubj", "PROPN", "Britain", "State"), ("responded", 1, "ROOT", "VERB", "respond"),
        ("to", 1, "prep", "ADP", "to"), ("the", 4, "det", "DET", "the"), ("attack", 2, "pobj", "NOUN", "attack"),
        ("on", 4, "prep", "ADP", "on"), ("Iraq", 5, "pobj", "PROPN", "Iraq", "State"), (".", 1, "punct", "PUNCT", "."),
    ])
    assert not extract(doc, document(doc), onto, gaz).statements


def test_an_act_pressed_for_is_asked_not_done_even_when_the_infinitive_parses_as_an_adverbial(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Russia", 1, "nsubj", "PROPN", "Russia", "State"), ("urged", 1, "ROOT", "VERB", "urge"),
        ("Iran", 1, "dobj", "PROPN", "Iran", "State"), ("to", 4, "aux", "PART", "to"),
        ("press", 1, "xcomp", "VERB", "press"), ("the", 6, "det", "DET", "the"),
        ("rebels", 4, "dobj", "NOUN", "rebel"), ("to", 8, "aux", "PART", "to"),
        ("attack", 4, "advcl", "VERB", "attack"), ("Iraq", 8, "dobj", "PROPN", "Iraq", "State"),
        (".", 1, "punct", "PUNCT", "."),
    ])
    rus, irn, irq = ids(gaz, "Russia", "Iran", "Iraq")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert not any(s == irn and o == irq for s, _, o in got)
    assert not any(o == irq for s, _, o in got)  # the attack is asked for, not done
    assert (rus, "appealsTo", irn) in got


def test_hosting_takes_a_hosted_actor_not_a_thing_an_actor_modifies(build_doc, document, onto, gaz):
    def sentence(noun: str, lemma: str, tail: list):
        return build_doc([
            ("Germany", 1, "nsubj", "PROPN", "Germany", "State"), ("hosted", 1, "ROOT", "VERB", "host"),
            ("Syrian", 3, "amod", "ADJ", "syrian", "State"), (noun, 1, "dobj", "NOUN", lemma), *tail,
            (".", 1, "punct", "PUNCT", "."),
        ])
    deu, syr, fra = ids(gaz, "Germany", "Syria", "France")
    doc = sentence("satellites", "satellite", [])
    assert not extract(doc, document(doc), onto, gaz).statements
    doc = sentence("delegation", "delegation", [])
    assert {(s, o) for s, _, o in triples(extract(doc, document(doc), onto, gaz), onto)} == {(deu, syr)}
    doc = build_doc([
        ("Germany", 1, "nsubj", "PROPN", "Germany", "State"), ("received", 1, "ROOT", "VERB", "receive"),
        ("a", 3, "det", "DET", "a"), ("delegation", 1, "dobj", "NOUN", "delegation"), ("from", 3, "prep", "ADP", "from"),
        ("France", 4, "pobj", "PROPN", "France", "State"), (".", 1, "punct", "PUNCT", "."),
    ])
    assert (deu, "consults", fra) in triples(extract(doc, document(doc), onto, gaz), onto)
    assert not any(r == "providesAid" for _, r, _ in triples(extract(doc, document(doc), onto, gaz), onto))


def test_an_act_that_draws_condemnation_from_someone_is_condemned_by_them(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Israel", 1, "nsubj", "PROPN", "Israel", "State"), ("struck", 1, "ROOT", "VERB", "strike"),
        ("Yemen", 1, "dobj", "PROPN", "Yemen", "State"), (".", 1, "punct", "PUNCT", "."),
        ("The", 5, "det", "DET", "the"), ("strikes", 6, "nsubj", "NOUN", "strike"), ("drew", 6, "ROOT", "VERB", "draw"),
        ("condemnation", 6, "dobj", "NOUN", "condemnation"), ("from", 6, "prep", "ADP", "from"),
        ("Iran", 8, "pobj", "PROPN", "Iran", "State"), (".", 6, "punct", "PUNCT", "."),
    ])
    isr, irn = ids(gaz, "Israel", "Iran")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert (irn, "opposes", isr) in got
    assert (isr, "opposes", irn) not in got


def test_a_possessed_relational_noun_stands_for_the_other_party(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Iran", 1, "nsubj", "PROPN", "Iran", "State"), ("armed", 1, "ROOT", "VERB", "arm"),
        ("Hezbollah", 1, "dobj", "PROPN", "Hezbollah", "ArmedGroup"), (".", 1, "punct", "PUNCT", "."),
        ("Israel", 5, "nsubj", "PROPN", "Israel", "State"), ("attacked", 5, "ROOT", "VERB", "attack"),
        ("Israel", 8, "poss", "PROPN", "Israel", "State"), ("'s", 6, "case", "PART", "'s"),
        ("enemy", 5, "dobj", "NOUN", "enemy"), (".", 5, "punct", "PUNCT", "."),
    ])
    isr = gaz.lookup("Israel").id
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert {o for s, r, o in got if s == isr and r == "assaults"} == {"hezbollah"}
    doc = build_doc([
        ("Sudan", 1, "nsubj", "PROPN", "Sudan", "State"), ("attacked", 1, "ROOT", "VERB", "attack"),
        ("its", 3, "poss", "PRON", "its"), ("neighbor", 1, "dobj", "NOUN", "neighbor"), (",", 3, "punct", "PUNCT", ","),
        ("Chad", 3, "appos", "PROPN", "Chad", "State"), (".", 1, "punct", "PUNCT", "."),
    ])
    sdn, tcd = ids(gaz, "Sudan", "Chad")
    assert (sdn, "assaults", tcd) in triples(extract(doc, document(doc), onto, gaz), onto)


def test_a_topic_names_the_target_of_a_complaint_but_not_a_partner_in_talks_and_a_helper_is_no_target(
        build_doc, document, onto, gaz):
    def sentence(verb: str, lemma: str, prep: str):
        return build_doc([
            ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), (verb, 1, "ROOT", "VERB", lemma),
            ("to", 1, "prep", "ADP", "to"), ("Spain", 2, "pobj", "PROPN", "Spain", "State"),
            (prep, 1, "prep", "ADP", prep), ("Peru", 4, "pobj", "PROPN", "Peru", "State"),
            (".", 1, "punct", "PUNCT", "."),
        ])
    esp, per, grc = ids(gaz, "Spain", "Peru", "Greece")
    doc = sentence("complained", "complain", "over")
    assert {o for _, _, o in triples(extract(doc, document(doc), onto, gaz), onto)} == {per}
    doc = sentence("talked", "talk", "about")
    assert {o for _, _, o in triples(extract(doc, document(doc), onto, gaz), onto)} == {esp}
    doc = build_doc([
        ("Italy", 1, "nsubj", "PROPN", "Italy", "State"), ("attacked", 1, "ROOT", "VERB", "attack"),
        ("with", 1, "prep", "ADP", "with"), ("Greece", 5, "poss", "PROPN", "Greece", "State"),
        ("'s", 3, "case", "PART", "'s"), ("help", 2, "pobj", "NOUN", "help"), (".", 1, "punct", "PUNCT", "."),
    ])
    assert grc not in {o for _, _, o in triples(extract(doc, document(doc), onto, gaz), onto)}


def test_reversing_a_noun_that_holds_the_act_reverses_the_act_and_captives_stand_for_their_holder(
        build_doc, document, onto, gaz):
    doc = build_doc([
        ("Russia", 1, "nsubj", "PROPN", "Russia", "State"), ("stopped", 1, "ROOT", "VERB", "stop"),
        ("the", 3, "det", "DET", "the"), ("flow", 1, "dobj", "NOUN", "flow"), ("of", 3, "prep", "ADP", "of"),
        ("aid", 4, "pobj", "NOUN", "aid"), ("to", 5, "prep", "ADP", "to"),
        ("Syria", 6, "pobj", "PROPN", "Syria", "State"), (".", 1, "punct", "PUNCT", "."),
    ])
    rus, syr, qat = ids(gaz, "Russia", "Syria", "Qatar")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert (rus, "reducesRelations", syr) in got and (rus, "providesAid", syr) not in got
    doc = build_doc([
        ("Qatar", 1, "nsubj", "PROPN", "Qatar", "State"), ("negotiated", 1, "ROOT", "VERB", "negotiate"),
        ("the", 3, "det", "DET", "the"), ("release", 1, "dobj", "NOUN", "release"), ("of", 3, "prep", "ADP", "of"),
        ("hostages", 4, "pobj", "NOUN", "hostage"), ("held", 5, "acl", "VERB", "hold"), ("by", 6, "agent", "ADP", "by"),
        ("Hamas", 7, "pobj", "PROPN", "Hamas", "ArmedGroup"), (".", 1, "punct", "PUNCT", "."),
    ])
    assert {(s, o) for s, _, o in triples(extract(doc, document(doc), onto, gaz), onto)} == {(qat, "hamas")}


def test_an_act_continued_in_a_place_or_its_region_targets_the_place_and_an_installation_never_acts(
        build_doc, document, onto, gaz):
    doc = build_doc([
        ("Israel", 1, "nsubj", "PROPN", "Israel", "State"), ("continued", 1, "ROOT", "VERB", "continue"),
        ("the", 3, "det", "DET", "the"), ("offensive", 1, "dobj", "NOUN", "offensive"), ("in", 1, "prep", "ADP", "in"),
        ("the", 7, "det", "DET", "the"), ("Kharkiv", 7, "compound", "PROPN", "Kharkiv", "Location"),
        ("region", 4, "pobj", "NOUN", "region"), (".", 1, "punct", "PUNCT", "."),
    ])
    isr, irq = ids(gaz, "Israel", "Iraq")
    assert {(s, o) for s, _, o in triples(extract(doc, document(doc), onto, gaz), onto)} == {(isr, "kharkiv")}
    doc = build_doc([
        ("The", 1, "det", "DET", "the"), ("refinery", 2, "nsubj", "NOUN", "refinery"), ("supplies", 2, "ROOT", "VERB", "supply"),
        ("Iraq", 2, "dobj", "PROPN", "Iraq", "State"), (".", 2, "punct", "PUNCT", "."),
    ])
    assert not extract(doc, document(doc), onto, gaz).statements


def test_being_engaged_in_an_act_is_doing_that_act(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Myanmar", 2, "nsubjpass", "PROPN", "Myanmar", "State"), ("was", 2, "auxpass", "AUX", "be"),
        ("engaged", 2, "ROOT", "VERB", "engage"), ("in", 2, "prep", "ADP", "in"),
        ("ethnic", 5, "amod", "ADJ", "ethnic"), ("cleansing", 3, "pobj", "NOUN", "cleansing"),
        ("against", 2, "prep", "ADP", "against"), ("Rohingya", 6, "pobj", "PROPN", "Rohingya", "Organization"),
        (".", 2, "punct", "PUNCT", "."),
    ])
    mmr = gaz.lookup("Myanmar").id
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert {(s, r) for s, r, _ in got} == {(mmr, "usesMassViolence")}


def test_the_one_appalled_by_something_judges_whoever_did_it(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Germany", 2, "nsubjpass", "PROPN", "Germany", "State"), ("was", 2, "auxpass", "AUX", "be"),
        ("appalled", 2, "ROOT", "VERB", "appal"), ("by", 2, "agent", "ADP", "by"),
        ("China", 6, "poss", "PROPN", "China", "State"), ("'s", 4, "case", "PART", "'s"),
        ("drills", 3, "pobj", "NOUN", "drill"), (".", 2, "punct", "PUNCT", "."),
    ])
    deu, chn, irq = ids(gaz, "Germany", "China", "Iraq")
    assert triples(extract(doc, document(doc), onto, gaz), onto) == {(deu, "opposes", chn)}
    doc = build_doc([
        ("Germany", 2, "nsubjpass", "PROPN", "Germany", "State"), ("was", 2, "auxpass", "AUX", "be"),
        ("shocked", 2, "ROOT", "VERB", "shock"), ("by", 2, "agent", "ADP", "by"), ("reports", 3, "pobj", "NOUN", "report"),
        ("that", 7, "mark", "SCONJ", "that"), ("China", 7, "nsubj", "PROPN", "China", "State"),
        ("attacked", 4, "acl", "VERB", "attack"), ("Iraq", 7, "dobj", "PROPN", "Iraq", "State"), (".", 2, "punct", "PUNCT", "."),
    ])
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert (deu, "opposes", chn) in got and (chn, "assaults", irq) in got


def test_a_group_a_participle_describes_acts_it_and_a_law_stands_for_whoever_backed_it(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Police", 1, "nsubj", "NOUN", "police"), ("fired", 1, "ROOT", "VERB", "fire"), ("at", 1, "prep", "ADP", "at"),
        ("students", 2, "pobj", "NOUN", "student"), ("demanding", 3, "acl", "VERB", "demand"),
        ("the", 6, "det", "DET", "the"), ("resignation", 4, "dobj", "NOUN", "resignation"), ("of", 6, "prep", "ADP", "of"),
        ("Iraq", 7, "pobj", "PROPN", "Iraq", "State"), (".", 1, "punct", "PUNCT", "."),
    ])
    irq = gaz.lookup("Iraq").id
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert {s for s, r, o in got if o == irq} == {"Organization/students"}
    doc = build_doc([
        ("Georgia", 1, "nsubj", "PROPN", "Georgia", "State"), ("opposed", 1, "ROOT", "VERB", "oppose"),
        ("a", 3, "det", "DET", "a"), ("law", 1, "dobj", "NOUN", "law"), ("backed", 3, "acl", "VERB", "back"),
        ("by", 4, "agent", "ADP", "by"), ("Russia", 5, "pobj", "PROPN", "Russia", "State"), (".", 1, "punct", "PUNCT", "."),
    ])
    geo, rus = ids(gaz, "Georgia", "Russia")
    assert triples(extract(doc, document(doc), onto, gaz), onto) == {(geo, "opposes", rus)}


def test_what_someone_seized_stands_for_them(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Iran", 1, "nsubj", "PROPN", "Iran", "State"), ("demanded", 1, "ROOT", "VERB", "demand"),
        ("the", 3, "det", "DET", "the"), ("return", 1, "dobj", "NOUN", "return"), ("of", 3, "prep", "ADP", "of"),
        ("tankers", 4, "pobj", "NOUN", "tanker"), ("captured", 5, "acl", "VERB", "capture"), ("by", 6, "agent", "ADP", "by"),
        ("Britain", 7, "pobj", "PROPN", "Britain", "State"), (".", 1, "punct", "PUNCT", "."),
    ])
    gbr = gaz.lookup("Britain").id
    assert {o for _, _, o in triples(extract(doc, document(doc), onto, gaz), onto)} == {gbr}


def test_a_stated_intent_in_doubt_stays_in_doubt(build_doc, document, onto, gaz):
    doc = build_doc([
        ("It", 1, "nsubj", "PRON", "it"), ("is", 1, "ROOT", "AUX", "be"), ("unclear", 1, "acomp", "ADJ", "unclear"),
        ("whether", 6, "mark", "SCONJ", "whether"), ("Turkey", 6, "nsubj", "PROPN", "Turkey", "State"),
        ("will", 6, "aux", "AUX", "will"), ("support", 1, "ccomp", "VERB", "support"),
        ("Sweden", 6, "dobj", "PROPN", "Sweden", "State"), (".", 1, "punct", "PUNCT", "."),
    ])
    tur, swe = ids(gaz, "Turkey", "Sweden")
    assert claims(extract(doc, document(doc), onto, gaz), onto) == {(tur, "intendsToCooperate", swe, "hedged")}


def test_a_place_where_partners_act_together_is_no_partner(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Russia", 3, "nsubj", "PROPN", "Russia", "State"), ("and", 0, "cc", "CCONJ", "and"),
        ("China", 0, "conj", "PROPN", "China", "State"), ("held", 3, "ROOT", "VERB", "hold"),
        ("joint", 5, "amod", "ADJ", "joint"), ("drills", 3, "dobj", "NOUN", "drill"), ("in", 3, "prep", "ADP", "in"),
        ("Kharkiv", 6, "pobj", "PROPN", "Kharkiv", "Location"), (".", 3, "punct", "PUNCT", "."),
    ])
    rus, chn = ids(gaz, "Russia", "China")
    assert {frozenset((s, o)) for s, _, o in triples(extract(doc, document(doc), onto, gaz), onto)} == {frozenset((rus, chn))}


def test_a_counterpart_is_the_holder_of_the_same_office_in_the_state_named(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Lavrov", 1, "nsubj", "PROPN", "Lavrov", "Person"), ("met", 1, "ROOT", "VERB", "meet"),
        ("his", 4, "poss", "PRON", "his"), ("Chinese", 4, "amod", "ADJ", "chinese", "State"),
        ("counterpart", 1, "dobj", "NOUN", "counterpart"), (".", 1, "punct", "PUNCT", "."),
    ])
    lavrov, wang = ids(gaz, "Sergei Lavrov", "Wang Yi")
    assert {(s, o) for s, _, o in triples(extract(doc, document(doc, "2024-05-01"), onto, gaz), onto)} == {(lavrov, wang)}


def test_an_arrest_in_a_state_by_no_one_named_is_that_states(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Canadians", 2, "nsubjpass", "PROPN", "Canadians", "Organization"), ("were", 2, "auxpass", "AUX", "be"),
        ("detained", 2, "ROOT", "VERB", "detain"), ("in", 2, "prep", "ADP", "in"),
        ("Iran", 3, "pobj", "PROPN", "Iran", "State"), (".", 2, "punct", "PUNCT", "."),
    ])
    irn = gaz.lookup("Iran").id
    assert {(s, r) for s, r, _ in triples(extract(doc, document(doc), onto, gaz), onto)} == {(irn, "coerces")}


def test_the_things_of_an_owner_stand_for_the_owner_as_target(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Japan", 1, "nsubj", "PROPN", "Japan", "State"), ("fired", 1, "ROOT", "VERB", "fire"),
        ("at", 1, "prep", "ADP", "at"), ("the", 4, "det", "DET", "the"), ("vessels", 2, "pobj", "NOUN", "vessel"),
        ("of", 4, "prep", "ADP", "of"), ("Russia", 5, "pobj", "PROPN", "Russia", "State"), (".", 1, "punct", "PUNCT", "."),
    ])
    jpn, rus = ids(gaz, "Japan", "Russia")
    assert {(s, o) for s, _, o in triples(extract(doc, document(doc), onto, gaz), onto)} == {(jpn, rus)}


def test_a_city_naming_an_agreement_is_no_party_and_a_topic_is_no_partner(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Japan", 1, "nsubj", "PROPN", "Japan", "State"), ("announced", 1, "ROOT", "VERB", "announce"),
        ("its", 3, "poss", "PRON", "its"), ("withdrawal", 1, "dobj", "NOUN", "withdrawal"), ("from", 3, "prep", "ADP", "from"),
        ("the", 7, "det", "DET", "the"), ("Moscow", 7, "compound", "PROPN", "Moscow", "State"),
        ("treaty", 4, "pobj", "NOUN", "treaty"), (".", 1, "punct", "PUNCT", "."),
    ])
    rus = gaz.lookup("Russia").id
    assert not any(rus in (s, o) for s, _, o in triples(extract(doc, document(doc), onto, gaz), onto))
    doc = build_doc([
        ("Japan", 1, "nsubj", "PROPN", "Japan", "State"), ("held", 1, "ROOT", "VERB", "hold"),
        ("talks", 1, "dobj", "NOUN", "talk"), ("on", 2, "prep", "ADP", "on"), ("Iran", 3, "pobj", "PROPN", "Iran", "State"),
        (".", 1, "punct", "PUNCT", "."),
    ])
    assert not extract(doc, document(doc), onto, gaz).statements


def test_a_threat_of_an_act_takes_the_acts_target_and_the_act_is_only_threatened(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("issued", 1, "ROOT", "VERB", "issue"),
        ("a", 3, "det", "DET", "a"), ("threat", 1, "dobj", "NOUN", "threat"), ("of", 3, "prep", "ADP", "of"),
        ("strikes", 4, "pobj", "NOUN", "strike"), ("against", 5, "prep", "ADP", "against"),
        ("Peru", 6, "pobj", "PROPN", "Peru", "State"), (".", 1, "punct", "PUNCT", "."),
    ])
    chl, per = ids(gaz, "Chile", "Peru")
    assert triples(extract(doc, document(doc), onto, gaz), onto) == {(chl, "threatens", per)}


def test_a_thing_tied_to_an_actor_stands_for_it(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("seized", 1, "ROOT", "VERB", "seize"),
        ("ships", 1, "dobj", "NOUN", "ship"), ("linked", 2, "acl", "VERB", "link"), ("to", 3, "prep", "ADP", "to"),
        ("Peru", 4, "pobj", "PROPN", "Peru", "State"), (".", 1, "punct", "PUNCT", "."),
    ])
    chl, per = ids(gaz, "Chile", "Peru")
    assert {(s, o) for s, _, o in triples(extract(doc, document(doc), onto, gaz), onto)} == {(chl, per)}


def test_trading_accusations_is_each_accusing_the_other(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Chile", 3, "nsubj", "PROPN", "Chile", "State"), ("and", 0, "cc", "CCONJ", "and"),
        ("Peru", 0, "conj", "PROPN", "Peru", "State"), ("exchanged", 3, "ROOT", "VERB", "exchange"),
        ("threats", 3, "dobj", "NOUN", "threat"), (".", 3, "punct", "PUNCT", "."),
    ])
    chl, per = ids(gaz, "Chile", "Peru")
    assert triples(extract(doc, document(doc), onto, gaz), onto) == {(chl, "threatens", per), (per, "threatens", chl)}


def test_a_complaint_answers_whoever_did_what_came_before_but_a_demand_does_not(build_doc, document, onto, gaz):
    def sentence(verb: str, lemma: str):
        return build_doc([
            ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), (verb, 1, "ROOT", "VERB", lemma),
            ("after", 4, "mark", "SCONJ", "after"), ("Peru", 4, "nsubj", "PROPN", "Peru", "State"),
            ("sailed", 1, "advcl", "VERB", "sail"), ("north", 4, "advmod", "ADV", "north"), (".", 1, "punct", "PUNCT", "."),
        ])
    chl, per = ids(gaz, "Chile", "Peru")
    doc = sentence("complained", "complain")
    assert {(s, o) for s, _, o in triples(extract(doc, document(doc), onto, gaz), onto)} == {(chl, per)}
    doc = sentence("demanded", "demand")
    assert not extract(doc, document(doc), onto, gaz).statements


def test_a_hyphened_agent_acts_on_the_noun_its_participle_modifies(build_doc, document, onto, gaz):
    doc = build_doc([
        ("The", 4, "det", "DET", "the"), ("Chile", 3, "npadvmod", "PROPN", "Chile", "State"),
        ("-", 3, "punct", "PUNCT", "-"), ("backed", 4, "amod", "VERB", "back"),
        ("Peru", 5, "nsubj", "PROPN", "Peru", "State"), ("protested", 5, "ROOT", "VERB", "protest"),
        (".", 5, "punct", "PUNCT", "."),
    ])
    chl, per = ids(gaz, "Chile", "Peru")
    assert (chl, "supports", per) in triples(extract(doc, document(doc), onto, gaz), onto)


def test_the_group_a_hyphened_agent_describes_is_the_group_named_before(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Hezbollah", 1, "nsubj", "PROPN", "Hezbollah", "ArmedGroup"), ("spoke", 1, "ROOT", "VERB", "speak"),
        (".", 1, "punct", "PUNCT", "."),
        ("The", 7, "det", "DET", "the"), ("Iran", 6, "npadvmod", "PROPN", "Iran", "State"),
        ("-", 6, "punct", "PUNCT", "-"), ("backed", 7, "amod", "VERB", "back"),
        ("group", 8, "nsubj", "NOUN", "group"), ("attacked", 8, "ROOT", "VERB", "attack"),
        ("Israel", 8, "dobj", "PROPN", "Israel", "State"), (".", 8, "punct", "PUNCT", "."),
    ])
    hez, irn, isr = ids(gaz, "Hezbollah", "Iran", "Israel")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert (irn, "supports", hez) in got
    assert any(s == hez and o == isr for s, _, o in got)


def test_the_group_a_plain_adjective_describes_is_the_group_named_before(build_doc, document, onto, gaz):
    doc = build_doc([  # "Hezbollah spoke. The militant group attacked Israel."
        ("Hezbollah", 1, "nsubj", "PROPN", "Hezbollah", "ArmedGroup"), ("spoke", 1, "ROOT", "VERB", "speak"),
        (".", 1, "punct", "PUNCT", "."),
        ("The", 5, "det", "DET", "the"), ("militant", 5, "amod", "ADJ", "militant"),
        ("group", 6, "nsubj", "NOUN", "group"), ("attacked", 6, "ROOT", "VERB", "attack"),
        ("Israel", 6, "dobj", "PROPN", "Israel", "State"), (".", 6, "punct", "PUNCT", "."),
    ])
    hez, isr = ids(gaz, "Hezbollah", "Israel")
    assert (hez, isr) in {(s, o) for s, _, o in triples(extract(doc, document(doc), onto, gaz), onto)}


def test_ending_force_de_escalates_and_ending_an_embargo_eases_it(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile stopped bombing Peru. Bolivia ended the embargo on Peru."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("stopped", 1, "ROOT", "VERB", "stop"),
        ("bombing", 1, "xcomp", "VERB", "bomb"), ("Peru", 2, "dobj", "PROPN", "Peru", "State"), (".", 1, "punct", "PUNCT", "."),
        ("Bolivia", 6, "nsubj", "PROPN", "Bolivia", "State"), ("ended", 6, "ROOT", "VERB", "end"), ("the", 8, "det", "DET", "the"),
        ("embargo", 6, "dobj", "NOUN", "embargo"), ("on", 8, "prep", "ADP", "on"), ("Peru", 9, "pobj", "PROPN", "Peru", "State"),
        (".", 6, "punct", "PUNCT", "."),
    ])
    doc[2].tag_ = "VBG"
    chl, per, bol = ids(gaz, "Chile", "Peru", "Bolivia")
    got = {(s.subject, s.relation, s.object) for s in extract(doc, document(doc), onto, gaz).statements}
    assert (chl, "deescalates", per) in got and (bol, "easesSanctions", per) in got
    assert not any(s == chl and onto.relation(r).quad_class == 4 for s, r, _ in got)


def test_denying_an_act_negates_it_but_stopping_it_cuts_it(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("denied", 1, "ROOT", "VERB", "deny"),
        ("supplying", 1, "xcomp", "VERB", "supply"), ("Peru", 2, "dobj", "PROPN", "Peru", "State"),
        ("with", 2, "prep", "ADP", "with"), ("arms", 4, "pobj", "NOUN", "arm"), (".", 1, "punct", "PUNCT", "."),
    ])
    chl, per = ids(gaz, "Chile", "Peru")
    got = claims(extract(doc, document(doc), onto, gaz), onto)
    assert (chl, "providesAid", per, "negated") in got
    assert not any(r == "reducesRelations" for _, r, _, _ in got)
    doc = build_doc([
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("stopped", 1, "ROOT", "VERB", "stop"),
        ("supplying", 1, "xcomp", "VERB", "supply"), ("Peru", 2, "dobj", "PROPN", "Peru", "State"),
        (".", 1, "punct", "PUNCT", "."),
    ])
    assert (chl, "reducesRelations", per) in triples(extract(doc, document(doc), onto, gaz), onto)


def test_a_name_headed_by_an_agreement_noun_is_no_actor(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("suspended", 1, "ROOT", "VERB", "suspend"),
        ("the", 5, "det", "DET", "the"), ("Andes", 5, "compound", "PROPN", "Andes", "ORG"),
        ("Water", 5, "compound", "PROPN", "Water", "+ORG"), ("Treaty", 1, "dobj", "PROPN", "Treaty", "+ORG"),
        ("with", 1, "prep", "ADP", "with"), ("Peru", 6, "pobj", "PROPN", "Peru", "State"), (".", 1, "punct", "PUNCT", "."),
    ])
    chl, per = ids(gaz, "Chile", "Peru")
    result = extract(doc, document(doc), onto, gaz)
    assert triples(result, onto) == {(chl, "reducesRelations", per)}
    assert not any("Treaty" in e.label for e in result.entities)


def test_company_in_solidarity_with_an_actor_is_no_target(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("struck", 1, "ROOT", "VERB", "strike"),
        ("a", 3, "det", "DET", "a"), ("ship", 1, "dobj", "NOUN", "ship"), ("in", 1, "prep", "ADP", "in"),
        ("solidarity", 4, "pobj", "NOUN", "solidarity"), ("with", 1, "prep", "ADP", "with"),
        ("Peru", 6, "pobj", "PROPN", "Peru", "State"), (".", 1, "punct", "PUNCT", "."),
    ])
    chl, per = ids(gaz, "Chile", "Peru")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert {t for t in got if per in (t[0], t[2])} == {(chl, "supports", per)}  # no strike on Peru: solidarity with it


def test_a_label_with_no_named_target_is_no_act_of_the_labeller(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("criticised", 1, "ROOT", "VERB", "criticise"),
        ("the", 3, "det", "DET", "the"), ("strikes", 1, "dobj", "NOUN", "strike"), ("as", 1, "prep", "ADP", "as"),
        ("a", 6, "det", "DET", "a"), ("violation", 4, "pobj", "NOUN", "violation"), ("of", 6, "prep", "ADP", "of"),
        ("Peru", 10, "poss", "PROPN", "Peru", "State"), ("'s", 8, "case", "PART", "'s"),
        ("sovereignty", 7, "pobj", "NOUN", "sovereignty"), (".", 1, "punct", "PUNCT", "."),
    ])
    chl, per = ids(gaz, "Chile", "Peru")
    assert not any((s, o) == (chl, per) for s, _, o in triples(extract(doc, document(doc), onto, gaz), onto))


def test_the_two_neighbours_are_the_two_states_named_most_so_far(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("accused", 1, "ROOT", "VERB", "accuse"),
        ("Peru", 1, "dobj", "PROPN", "Peru", "State"), (".", 1, "punct", "PUNCT", "."),
        ("Peru", 5, "nsubj", "PROPN", "Peru", "State"), ("rebuked", 5, "ROOT", "VERB", "rebuke"),
        ("Chile", 5, "dobj", "PROPN", "Chile", "State"), (".", 5, "punct", "PUNCT", "."),
        ("Brazil", 9, "nsubj", "PROPN", "Brazil", "State"), ("warned", 9, "ROOT", "VERB", "warn"),
        ("Bolivia", 9, "dobj", "PROPN", "Bolivia", "State"), (".", 9, "punct", "PUNCT", "."),
        ("Trade", 17, "nsubj", "NOUN", "trade"), ("between", 12, "prep", "ADP", "between"),
        ("the", 16, "det", "DET", "the"), ("two", 16, "nummod", "NUM", "two"),
        ("neighbours", 13, "pobj", "NOUN", "neighbour"), ("fell", 17, "ROOT", "VERB", "fall"), (".", 17, "punct", "PUNCT", "."),
    ])
    doc[16].tag_ = "NNS"
    got = extract(doc, document(doc), onto, gaz)
    chl, per = ids(gaz, "Chile", "Peru")
    trade = {(s.subject, s.object) for s in got.statements if onto.root(s.relation).name == "cooperatesWith"
             or s.trigger == "trade"}
    assert trade and all({s, o} == {chl, per} for s, o in trade)


def test_those_who_did_something_are_none_of_the_actors_coordinated_with_them(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("punished", 1, "ROOT", "VERB", "punish"),
        ("the", 3, "det", "DET", "the"), ("rebels", 1, "dobj", "NOUN", "rebel"), ("and", 3, "cc", "CCONJ", "and"),
        ("those", 3, "conj", "PRON", "those"), ("who", 7, "nsubj", "PRON", "who"),
        ("sheltered", 5, "relcl", "VERB", "shelter"), ("Peru", 7, "dobj", "PROPN", "Peru", "State"),
        (".", 1, "punct", "PUNCT", "."),
    ])
    doc[6].tag_ = "WP"
    per = gaz.lookup("Peru").id
    assert not any(o == per for _, _, o in triples(extract(doc, document(doc), onto, gaz), onto))


def test_an_act_named_again_is_the_act_of_the_state_whose_forces_did_it(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Chilean", 1, "amod", "ADJ", "chilean", "State"), ("ships", 2, "nsubj", "NOUN", "ship"),
        ("shadowed", 2, "ROOT", "VERB", "shadow"), ("a", 4, "det", "DET", "a"), ("boat", 2, "dobj", "NOUN", "boat"),
        (".", 2, "punct", "PUNCT", "."),
        ("Peru", 7, "nsubj", "PROPN", "Peru", "State"), ("condemned", 7, "ROOT", "VERB", "condemn"),
        ("the", 9, "det", "DET", "the"), ("incident", 7, "dobj", "NOUN", "incident"), (".", 7, "punct", "PUNCT", "."),
    ])
    chl, per = ids(gaz, "Chile", "Peru")
    assert (per, "opposes", chl) in triples(extract(doc, document(doc), onto, gaz), onto)


def test_the_three_countries_are_the_three_just_listed(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Chile", 4, "nsubj", "PROPN", "Chile", "State"), (",", 0, "punct", "PUNCT", ","),
        ("Peru", 0, "conj", "PROPN", "Peru", "State"), ("and", 2, "cc", "CCONJ", "and"),
        ("Bolivia", 2, "conj", "PROPN", "Bolivia", "State"), ("met", 5, "ROOT", "VERB", "meet"),
        (".", 5, "punct", "PUNCT", "."),
        ("The", 9, "det", "DET", "the"), ("three", 9, "nummod", "NUM", "three"),
        ("countries", 10, "nsubj", "NOUN", "country"), ("praised", 10, "ROOT", "VERB", "praise"),
        ("Brazil", 10, "dobj", "PROPN", "Brazil", "State"), (".", 10, "punct", "PUNCT", "."),
    ])
    doc[0].head, doc[4].head = doc[5], doc[2]
    doc[9].tag_ = "NNS"
    chl, per, bol, bra = ids(gaz, "Chile", "Peru", "Bolivia", "Brazil")
    praised = {s for s, r, o in triples(extract(doc, document(doc), onto, gaz), onto) if o == bra}
    assert praised == {chl, per, bol}


def test_it_after_a_group_description_subject_is_that_group(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Hezbollah", 1, "nsubj", "PROPN", "Hezbollah", "ArmedGroup"), ("spoke", 1, "ROOT", "VERB", "speak"),
        (".", 1, "punct", "PUNCT", "."),
        ("Chile", 4, "nsubj", "PROPN", "Chile", "State"), ("warned", 4, "ROOT", "VERB", "warn"),
        ("Peru", 4, "dobj", "PROPN", "Peru", "State"), (".", 4, "punct", "PUNCT", "."),
        ("The", 8, "det", "DET", "the"), ("group", 9, "nsubj", "NOUN", "group"), ("said", 9, "ROOT", "VERB", "say"),
        ("it", 11, "nsubj", "PRON", "it"), ("attacked", 9, "ccomp", "VERB", "attack"),
        ("Israel", 11, "dobj", "PROPN", "Israel", "State"), (".", 9, "punct", "PUNCT", "."),
    ])
    hez, isr = ids(gaz, "Hezbollah", "Israel")
    assert {(s, o) for s, _, o in triples(extract(doc, document(doc), onto, gaz), onto) if o == isr} == {(hez, isr)}


def test_a_bare_definite_noun_stands_for_what_it_named_when_written_with_more(build_doc, document, onto, gaz):
    doc = build_doc([
        ("The", 1, "det", "DET", "the"), ("ministers", 5, "nsubj", "NOUN", "minister"), ("of", 1, "prep", "ADP", "of"),
        ("the", 4, "det", "DET", "the"), ("EU", 2, "pobj", "PROPN", "EU", "IGO"), ("met", 5, "ROOT", "VERB", "meet"),
        (".", 5, "punct", "PUNCT", "."),
        ("The", 8, "det", "DET", "the"), ("ministers", 9, "nsubj", "NOUN", "minister"),
        ("condemned", 9, "ROOT", "VERB", "condemn"), ("Peru", 9, "dobj", "PROPN", "Peru", "State"),
        (".", 9, "punct", "PUNCT", "."),
    ])
    doc[1].tag_ = doc[8].tag_ = "NNS"
    eu, per = ids(gaz, "EU", "Peru")
    assert (eu, "opposes", per) in triples(extract(doc, document(doc), onto, gaz), onto)


def test_the_title_alone_is_the_person_last_named_with_it(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Secretary", 1, "compound", "PROPN", "Secretary"), ("Blinken", 2, "nsubj", "PROPN", "Blinken", "Person"),
        ("spoke", 2, "ROOT", "VERB", "speak"), (".", 2, "punct", "PUNCT", "."),
        ("The", 5, "det", "DET", "the"), ("Secretary", 6, "nsubj", "PROPN", "secretary"),
        ("praised", 6, "ROOT", "VERB", "praise"), ("Peru", 6, "dobj", "PROPN", "Peru", "State"),
        (".", 6, "punct", "PUNCT", "."),
    ])
    blinken, per = ids(gaz, "Antony Blinken", "Peru")
    assert {(s, o) for s, _, o in triples(extract(doc, document(doc), onto, gaz), onto) if o == per} == {(blinken, per)}


def test_a_group_description_is_the_group_named_most_not_merely_the_nearest(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("fought", 1, "ROOT", "VERB", "fight"),
        ("Hezbollah", 1, "dobj", "PROPN", "Hezbollah", "ArmedGroup"), (".", 1, "punct", "PUNCT", "."),
        ("Peru", 5, "nsubj", "PROPN", "Peru", "State"), ("attacked", 5, "ROOT", "VERB", "attack"),
        ("Hezbollah", 5, "dobj", "PROPN", "Hezbollah", "ArmedGroup"), ("and", 6, "cc", "CCONJ", "and"),
        ("Hamas", 6, "conj", "PROPN", "Hamas", "ArmedGroup"), (".", 5, "punct", "PUNCT", "."),
        ("Bolivia", 11, "nsubj", "PROPN", "Bolivia", "State"), ("condemned", 11, "ROOT", "VERB", "condemn"),
        ("the", 13, "det", "DET", "the"), ("militants", 11, "dobj", "NOUN", "militant"), (".", 11, "punct", "PUNCT", "."),
    ])
    doc[13].tag_ = "NNS"
    bol, hez = ids(gaz, "Bolivia", "Hezbollah")
    assert {(s, o) for s, _, o in triples(extract(doc, document(doc), onto, gaz), onto) if s == bol} == {(bol, hez)}


def test_a_name_headed_by_a_document_noun_is_no_actor(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Joint", 1, "compound", "PROPN", "Joint", "PERSON"), ("Statement", 1, "ROOT", "PROPN", "Statement", "+PERSON"),
        ("on", 1, "prep", "ADP", "on"), ("Peru", 2, "pobj", "PROPN", "Peru", "State"),
    ])
    assert not any("Statement" in e.label for e in extract(doc, document(doc), onto, gaz).entities)


def test_an_act_claimed_in_a_clause_on_its_place_is_the_claimants(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("condemned", 1, "ROOT", "VERB", "condemn"),
        ("the", 3, "det", "DET", "the"), ("bombing", 1, "dobj", "NOUN", "bombing"), ("at", 3, "prep", "ADP", "at"),
        ("a", 6, "det", "DET", "a"), ("market", 4, "pobj", "NOUN", "market"), (",", 6, "punct", "PUNCT", ","),
        ("for", 11, "prep", "ADP", "for"), ("which", 8, "pobj", "PRON", "which"),
        ("Hezbollah", 11, "nsubj", "PROPN", "Hezbollah", "ArmedGroup"), ("claimed", 6, "relcl", "VERB", "claim"),
        ("responsibility", 11, "dobj", "NOUN", "responsibility"), (".", 1, "punct", "PUNCT", "."),
    ])
    chl, hez = ids(gaz, "Chile", "Hezbollah")
    assert (chl, "opposes", hez) in triples(extract(doc, document(doc), onto, gaz), onto)


def test_they_after_a_states_forces_are_the_forces_who_act_for_the_state(build_doc, document, onto, gaz):
    doc = build_doc([
        ("We", 1, "nsubj", "PRON", "we"), ("back", 1, "ROOT", "VERB", "back"),
        ("Peruvian", 3, "amod", "ADJ", "peruvian", "State"), ("forces", 1, "dobj", "NOUN", "force"),
        ("as", 6, "mark", "SCONJ", "as"), ("they", 6, "nsubj", "PRON", "they"), ("fight", 1, "advcl", "VERB", "fight"),
        ("Hezbollah", 6, "dobj", "PROPN", "Hezbollah", "ArmedGroup"), (".", 1, "punct", "PUNCT", "."),
    ])
    doc[3].tag_ = "NNS"
    per, hez = ids(gaz, "Peru", "Hezbollah")
    fighters = {s for s, r, o in triples(extract(doc, document(doc), onto, gaz), onto) if o == hez}
    assert fighters == {per}  # (a state's troops with no name of their own act for it)


def test_an_infinitive_under_a_request_is_asked_for_even_when_parsed_as_an_adjunct(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("called", 1, "ROOT", "VERB", "call"),
        ("on", 1, "prep", "ADP", "on"), ("Peru", 2, "pobj", "PROPN", "Peru", "State"), ("to", 5, "aux", "PART", "to"),
        ("use", 1, "advcl", "VERB", "use"), ("its", 7, "poss", "PRON", "its"), ("influence", 5, "dobj", "NOUN", "influence"),
        ("to", 9, "aux", "PART", "to"), ("halt", 5, "xcomp", "VERB", "halt"), ("attacks", 9, "dobj", "NOUN", "attack"),
        ("on", 10, "prep", "ADP", "on"), ("Bolivia", 11, "pobj", "PROPN", "Bolivia", "State"), (".", 1, "punct", "PUNCT", "."),
    ])
    chl, per = ids(gaz, "Chile", "Peru")
    assert triples(extract(doc, document(doc), onto, gaz), onto) == {(chl, "appealsTo", per)}


def test_their_own_act_is_no_act_of_the_group_on_itself(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Chile", 3, "nsubj", "PROPN", "Chile", "State"), ("and", 0, "cc", "CCONJ", "and"),
        ("Peru", 0, "conj", "PROPN", "Peru", "State"), ("met", 3, "ROOT", "VERB", "meet"), (".", 3, "punct", "PUNCT", "."),
        ("Part", 9, "nsubj", "NOUN", "part"), ("of", 5, "prep", "ADP", "of"), ("their", 8, "poss", "PRON", "their"),
        ("training", 6, "pobj", "NOUN", "training"), ("includes", 9, "ROOT", "VERB", "include"),
        ("fighting", 9, "xcomp", "VERB", "fight"), (".", 9, "punct", "PUNCT", "."),
    ])
    doc[7].tag_ = "PRP$"
    chl, per = ids(gaz, "Chile", "Peru")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert not {(s, r) for s, r, _ in got if r in {"fights", "memberOf"}}


def test_a_passive_participle_on_a_noun_makes_the_noun_the_one_acted_on(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("freed", 1, "ROOT", "VERB", "free"),
        ("Peruvian", 3, "amod", "ADJ", "peruvian", "State"), ("fishermen", 1, "dobj", "NOUN", "fisherman"),
        ("detained", 3, "acl", "VERB", "detain"), ("in", 4, "prep", "ADP", "in"), ("the", 7, "det", "DET", "the"),
        ("Gulf", 5, "pobj", "PROPN", "Gulf", "LOC"), (".", 1, "punct", "PUNCT", "."),
    ])
    doc[4].tag_ = "VBN"
    per = gaz.lookup("Peru").id
    assert not any(s == per for s, _, _ in triples(extract(doc, document(doc), onto, gaz), onto))


def test_helping_to_act_is_the_act_of_the_helper(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("sent", 1, "ROOT", "VERB", "send"),
        ("troops", 1, "dobj", "NOUN", "troop"), ("to", 4, "aux", "PART", "to"), ("help", 1, "advcl", "VERB", "help"),
        ("fight", 4, "xcomp", "VERB", "fight"), ("Hezbollah", 5, "dobj", "PROPN", "Hezbollah", "ArmedGroup"),
        (".", 1, "punct", "PUNCT", "."),
    ])
    chl, hez = ids(gaz, "Chile", "Hezbollah")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert (chl, "fights", hez) in got
    assert not any(r == "providesAid" for _, r, _ in got)
    doc = build_doc([  # who is helped is named: the help is aid to them
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("helped", 1, "ROOT", "VERB", "help"),
        ("Peru", 3, "nsubj", "PROPN", "Peru", "State"), ("fight", 1, "ccomp", "VERB", "fight"),
        ("Hezbollah", 3, "dobj", "PROPN", "Hezbollah", "ArmedGroup"), (".", 1, "punct", "PUNCT", "."),
    ])
    doc[3].tag_ = "VB"
    per = gaz.lookup("Peru").id
    assert (chl, "providesAid", per) in triples(extract(doc, document(doc), onto, gaz), onto)


def test_the_north_is_the_other_half_of_a_divided_state_named_before(build_doc, document, onto, gaz):
    doc = build_doc([
        ("South", 1, "compound", "PROPN", "South", "State"), ("Korea", 2, "nsubj", "PROPN", "Korea", "+State"),
        ("warned", 2, "ROOT", "VERB", "warn"), ("the", 4, "det", "DET", "the"), ("North", 2, "dobj", "PROPN", "North", "LOC"),
        (".", 2, "punct", "PUNCT", "."),
    ])
    kor, prk = ids(gaz, "South Korea", "North Korea")
    assert triples(extract(doc, document(doc), onto, gaz), onto) == {(kor, "threatens", prk)}


def test_a_summary_after_a_comma_is_no_object_of_the_clause(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("delivered", 1, "ROOT", "VERB", "deliver"),
        ("missiles", 1, "dobj", "NOUN", "missile"), ("to", 1, "prep", "ADP", "to"), ("Peru", 3, "pobj", "PROPN", "Peru", "State"),
        (",", 1, "punct", "PUNCT", ","), ("a", 7, "det", "DET", "a"), ("claim", 1, "dobj", "NOUN", "claim"),
        ("Santiago", 9, "nsubj", "PROPN", "Santiago"), ("denied", 7, "relcl", "VERB", "deny"), (".", 1, "punct", "PUNCT", "."),
    ])
    chl, per = ids(gaz, "Chile", "Peru")
    assert triples(extract(doc, document(doc), onto, gaz), onto) == {(chl, "providesAid", per)}


def test_a_weapon_struck_with_is_the_means_not_a_target(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("struck", 1, "ROOT", "VERB", "strike"),
        ("deep", 1, "advmod", "ADV", "deep"), ("with", 1, "prep", "ADP", "with"),
        ("Tomahawk", 5, "compound", "PROPN", "Tomahawk", "WeaponSystem"), ("missiles", 3, "pobj", "NOUN", "missile", "+WeaponSystem"),
        (".", 1, "punct", "PUNCT", "."),
    ])
    assert not extract(doc, document(doc), onto, gaz).statements


def test_a_numbered_unit_written_beside_a_larger_one_is_part_of_it(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Soldiers", 7, "nsubj", "NOUN", "soldier"), ("from", 0, "prep", "ADP", "from"),
        ("4th", 3, "compound", "PROPN", "4th", "ORG"), ("Battalion", 1, "pobj", "PROPN", "Battalion", "+ORG"),
        (",", 3, "punct", "PUNCT", ","), ("9th", 6, "compound", "PROPN", "9th", "ORG"),
        ("Regiment", 3, "appos", "PROPN", "Regiment", "+ORG"), ("arrived", 7, "ROOT", "VERB", "arrive"),
        (".", 7, "punct", "PUNCT", "."),
    ])
    got = {(s.subject, s.relation, s.object) for s in extract(doc, document(doc), onto, gaz).statements}
    assert ("Organization/4th-battalion", "memberOf", "Organization/9th-regiment") in got
    assert not any(s == "Organization/9th-regiment" and r == "memberOf" for s, r, _ in got)


def test_a_larger_unit_possessing_a_smaller_one_holds_it_but_firms_are_no_units(build_doc, document, onto, gaz):
    doc = build_doc([
        ("The", 2, "det", "DET", "the"), ("5th", 2, "compound", "PROPN", "5th", "ORG"),
        ("Division", 5, "poss", "PROPN", "Division", "+ORG"), ("'s", 2, "case", "PART", "'s"),
        ("1st", 5, "compound", "PROPN", "1st", "ORG"), ("Brigade", 6, "nsubj", "PROPN", "Brigade", "+ORG"),
        ("deployed", 6, "ROOT", "VERB", "deploy"), (".", 6, "punct", "PUNCT", "."),
        ("Acme", 9, "compound", "PROPN", "Acme", "ORG"), ("Company", 13, "nsubj", "PROPN", "Company", "+ORG"),
        (",", 9, "punct", "PUNCT", ","), ("Zeta", 12, "compound", "PROPN", "Zeta", "ORG"), ("Group", 9, "appos", "PROPN", "Group", "+ORG"),
        ("grew", 13, "ROOT", "VERB", "grow"), (".", 13, "punct", "PUNCT", "."),
    ])
    got = {(s.subject, s.relation, s.object) for s in extract(doc, document(doc), onto, gaz).statements}
    assert got == {("Organization/1st-brigade", "memberOf", "Organization/5th-division")}


def test_the_enemy_is_whom_a_place_is_freed_from_even_when_the_from_hangs_on_the_place(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("liberated", 1, "ROOT", "VERB", "liberate"),
        ("the", 4, "det", "DET", "the"), ("Peruvian", 4, "amod", "ADJ", "peruvian", "State"), ("town", 1, "dobj", "NOUN", "town"),
        ("from", 4, "prep", "ADP", "from"), ("Hezbollah", 7, "compound", "PROPN", "Hezbollah", "ArmedGroup"),
        ("control", 5, "pobj", "NOUN", "control"), (".", 1, "punct", "PUNCT", "."),
    ])
    chl, hez = ids(gaz, "Chile", "Hezbollah")
    assert triples(extract(doc, document(doc), onto, gaz), onto) == {(chl, "fights", hez)}


def test_we_in_a_ministrys_release_is_its_state(build_doc, onto, gaz):
    from kg.model import Document
    doc = build_doc([
        ("We", 1, "nsubj", "PRON", "we"), ("condemn", 1, "ROOT", "VERB", "condemn"),
        ("Hezbollah", 1, "dobj", "PROPN", "Hezbollah", "ArmedGroup"), (".", 1, "punct", "PUNCT", "."),
    ])
    doc[0].tag_ = "PRP"
    issued = Document(id="t", text=doc.text, publisher="US State Department")
    usa, hez = ids(gaz, "United States", "Hezbollah")
    assert triples(extract(doc, issued, onto, gaz), onto) == {(usa, "opposes", hez)}


def test_a_group_named_by_its_members_is_shown_by_the_whole_phrase(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("hosted", 1, "ROOT", "VERB", "host"),
        ("foreign", 5, "amod", "ADJ", "foreign"), ("and", 2, "cc", "CCONJ", "and"), ("defence", 2, "conj", "ADJ", "defence"),
        ("ministers", 1, "dobj", "NOUN", "minister"), ("of", 5, "prep", "ADP", "of"), ("the", 8, "det", "DET", "the"),
        ("EU", 6, "pobj", "PROPN", "EU", "IGO"), (".", 1, "punct", "PUNCT", "."),
    ])
    doc[5].tag_ = "NNS"
    (st,) = extract(doc, document(doc), onto, gaz).statements
    assert st.object == gaz.lookup("EU").id
    assert doc.text[st.object_span[0]:st.object_span[1]] == "foreign and defence ministers of the EU"


def test_they_after_a_state_standing_with_a_people_are_the_people(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("stands", 1, "ROOT", "VERB", "stand"),
        ("with", 1, "prep", "ADP", "with"), ("the", 5, "det", "DET", "the"), ("Peruvian", 5, "amod", "ADJ", "peruvian", "State"),
        ("people", 2, "pobj", "NOUN", "people"), ("as", 8, "mark", "SCONJ", "as"), ("they", 8, "nsubj", "PRON", "they"),
        ("resist", 1, "advcl", "VERB", "resist"), ("Bolivia", 8, "dobj", "PROPN", "Bolivia", "State"),
        (".", 1, "punct", "PUNCT", "."),
    ])
    doc[5].tag_ = "NNS"
    doc[7].tag_ = "PRP"
    chl, bol = ids(gaz, "Chile", "Bolivia")
    resisting = {s for s, _, o in triples(extract(doc, document(doc), onto, gaz), onto) if o == bol}
    assert resisting and chl not in resisting


def test_an_agreement_reached_between_two_parties_is_theirs(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("welcomed", 1, "ROOT", "VERB", "welcome"),
        ("the", 3, "det", "DET", "the"), ("agreement", 1, "dobj", "NOUN", "agreement"), ("reached", 3, "acl", "VERB", "reach"),
        ("between", 4, "prep", "ADP", "between"), ("Peru", 5, "pobj", "PROPN", "Peru", "State"),
        ("and", 6, "cc", "CCONJ", "and"), ("Bolivia", 6, "conj", "PROPN", "Bolivia", "State"), (".", 1, "punct", "PUNCT", "."),
    ])
    per, bol = ids(gaz, "Peru", "Bolivia")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert {(per, bol), (bol, per)} & {(s, o) for s, _, o in got}


def test_an_act_inside_another_acts_phrase_is_not_the_acts_agent(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("opened", 1, "ROOT", "VERB", "open"),
        ("an", 3, "det", "DET", "an"), ("investigation", 1, "dobj", "NOUN", "investigation"), ("into", 3, "prep", "ADP", "into"),
        ("war", 6, "compound", "NOUN", "war"), ("crimes", 4, "pobj", "NOUN", "crime"), ("in", 6, "prep", "ADP", "in"),
        ("Peru", 7, "pobj", "PROPN", "Peru", "State"), (".", 1, "punct", "PUNCT", "."),
    ])
    chl = gaz.lookup("Chile").id
    assert not any(s == chl and r == "usesMassViolence" for s, r, _ in triples(extract(doc, document(doc), onto, gaz), onto))


def test_an_act_noun_naming_who_a_group_is_triggers_nothing(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("stripped", 1, "ROOT", "VERB", "strip"),
        ("90", 4, "nummod", "NUM", "90"), ("opposition", 4, "compound", "NOUN", "opposition"),
        ("figures", 1, "dobj", "NOUN", "figure"), ("of", 4, "prep", "ADP", "of"), ("their", 7, "poss", "PRON", "their"),
        ("citizenship", 5, "pobj", "NOUN", "citizenship"), (".", 1, "punct", "PUNCT", "."),
    ])
    doc[4].tag_ = "NNS"
    doc[6].tag_ = "PRP$"
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert not any(r == "opposes" for _, r, _ in got)


def test_lifting_ones_own_veto_leaves_no_veto(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("lifted", 1, "ROOT", "VERB", "lift"),
        ("its", 3, "poss", "PRON", "its"), ("veto", 1, "dobj", "NOUN", "veto"), ("on", 3, "prep", "ADP", "on"),
        ("Peru", 4, "pobj", "PROPN", "Peru", "State"), (".", 1, "punct", "PUNCT", "."),
    ])
    doc[2].tag_ = "PRP$"
    chl, per = ids(gaz, "Chile", "Peru")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert (chl, "yieldsTo", per) in got
    assert len(got) == 1


def test_acting_on_each_other_is_each_acting_on_the_other(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Chile", 3, "nsubj", "PROPN", "Chile", "State"), ("and", 0, "cc", "CCONJ", "and"),
        ("Peru", 0, "conj", "PROPN", "Peru", "State"), ("accused", 3, "ROOT", "VERB", "accuse"),
        ("each", 5, "det", "DET", "each"), ("other", 3, "dobj", "ADJ", "other"), (".", 3, "punct", "PUNCT", "."),
    ])
    chl, per = ids(gaz, "Chile", "Peru")
    assert triples(extract(doc, document(doc), onto, gaz), onto) == {(chl, "opposes", per), (per, "opposes", chl)}


def test_sharing_is_cooperation_only_with_someone_or_of_intelligence(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Chile", 3, "nsubj", "PROPN", "Chile", "State"), ("and", 0, "cc", "CCONJ", "and"),
        ("Peru", 0, "conj", "PROPN", "Peru", "State"), ("share", 3, "ROOT", "VERB", "share"),
        ("responsibility", 3, "dobj", "NOUN", "responsibility"), (".", 3, "punct", "PUNCT", "."),
    ])
    assert not extract(doc, document(doc), onto, gaz).statements
    doc = build_doc([
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("shared", 1, "ROOT", "VERB", "share"),
        ("expertise", 1, "dobj", "NOUN", "expertise"), ("with", 1, "prep", "ADP", "with"),
        ("Peru", 3, "pobj", "PROPN", "Peru", "State"), (".", 1, "punct", "PUNCT", "."),
    ])
    chl, per = ids(gaz, "Chile", "Peru")
    assert triples(extract(doc, document(doc), onto, gaz), onto) == {(chl, "cooperatesWith", per)}


def test_we_in_a_quote_is_whom_the_speaker_speaks_for_and_shows_itself(build_doc, document, onto, gaz):
    doc = build_doc([
        ("A", 1, "det", "DET", "a"), ("spokesman", 4, "nsubj", "NOUN", "spokesman"), ("for", 1, "prep", "ADP", "for"),
        ("Hezbollah", 2, "pobj", "PROPN", "Hezbollah", "ArmedGroup"), ("said", 4, "ROOT", "VERB", "say"),
        (",", 4, "punct", "PUNCT", ","), ("“", 4, "punct", "PUNCT", "“"), ("We", 9, "nsubj", "PRON", "we"),
        ("will", 9, "aux", "AUX", "will"), ("attack", 4, "ccomp", "VERB", "attack"),
        ("Israel", 9, "dobj", "PROPN", "Israel", "State"), (".", 4, "punct", "PUNCT", "."), ("”", 4, "punct", "PUNCT", "”"),
    ])
    doc[7].tag_ = "PRP"
    hez, isr = ids(gaz, "Hezbollah", "Israel")
    (st,) = [s for s in extract(doc, document(doc), onto, gaz).statements if s.object == isr]
    assert st.subject == hez
    assert doc.text[st.subject_span[0]:st.subject_span[1]] == "We"


def test_being_in_touch_with_is_consultation(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("is", 1, "ROOT", "AUX", "be"), ("in", 1, "prep", "ADP", "in"),
        ("touch", 2, "pobj", "NOUN", "touch"), ("with", 3, "prep", "ADP", "with"), ("Peru", 4, "pobj", "PROPN", "Peru", "State"),
        (".", 1, "punct", "PUNCT", "."),
    ])
    chl, per = ids(gaz, "Chile", "Peru")
    assert triples(extract(doc, document(doc), onto, gaz), onto) == {(chl, "consults", per)}


def test_an_act_whose_end_is_asked_for_goes_on(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("demanded", 1, "ROOT", "VERB", "demand"),
        ("a", 3, "det", "DET", "a"), ("halt", 1, "dobj", "NOUN", "halt"), ("to", 3, "prep", "ADP", "to"),
        ("Peru", 7, "poss", "PROPN", "Peru", "State"), ("'s", 5, "case", "PART", "'s"), ("strikes", 4, "pobj", "NOUN", "strike"),
        ("on", 7, "prep", "ADP", "on"), ("Bolivia", 8, "pobj", "PROPN", "Bolivia", "State"), (".", 1, "punct", "PUNCT", "."),
    ])
    per, bol = ids(gaz, "Peru", "Bolivia")
    got = claims(extract(doc, document(doc), onto, gaz), onto)
    assert (per, "assaults", bol, "asserted") in got


def test_the_subject_is_found_through_a_long_chain_of_complements(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("remains", 1, "ROOT", "VERB", "remain"),
        ("committed", 1, "acomp", "ADJ", "committed"), ("to", 2, "prep", "ADP", "to"), ("working", 3, "pcomp", "VERB", "work"),
        ("hard", 4, "advmod", "ADV", "hard"), ("to", 7, "aux", "PART", "to"), ("end", 4, "advcl", "VERB", "end"),
        ("poverty", 7, "dobj", "NOUN", "poverty"), ("and", 7, "cc", "CCONJ", "and"), ("destroy", 7, "conj", "VERB", "destroy"),
        ("Hezbollah", 10, "dobj", "PROPN", "Hezbollah", "ArmedGroup"), (".", 1, "punct", "PUNCT", "."),
    ])
    chl, hez = ids(gaz, "Chile", "Hezbollah")
    assert any(s == chl and o == hez for s, _, o in triples(extract(doc, document(doc), onto, gaz), onto))


def test_a_state_called_anothers_patron_or_lifeline_is_what_the_other_depends_on(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("is", 1, "ROOT", "AUX", "be"),
        ("Peru", 4, "poss", "PROPN", "Peru", "State"), ("'s", 2, "case", "PART", "'s"), ("patron", 1, "attr", "NOUN", "patron"),
        (".", 1, "punct", "PUNCT", "."),
    ])
    chl, per = ids(gaz, "Chile", "Peru")
    assert triples(extract(doc, document(doc), onto, gaz), onto) == {(per, "dependsOn", chl)}
    doc = build_doc([
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("became", 1, "ROOT", "VERB", "become"),
        ("the", 3, "det", "DET", "the"), ("lifeline", 1, "attr", "NOUN", "lifeline"), ("of", 3, "prep", "ADP", "of"),
        ("Peru", 7, "poss", "PROPN", "Peru", "State"), ("'s", 5, "case", "PART", "'s"), ("economy", 4, "pobj", "NOUN", "economy"),
        (".", 1, "punct", "PUNCT", "."),
    ])
    assert triples(extract(doc, document(doc), onto, gaz), onto) == {(per, "dependsOn", chl)}


def test_a_move_condemned_as_something_is_still_the_move_named_before(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("sanctioned", 1, "ROOT", "VERB", "sanction"),
        ("Peru", 1, "dobj", "PROPN", "Peru", "State"), (".", 1, "punct", "PUNCT", "."),
        ("Bolivia", 5, "nsubj", "PROPN", "Bolivia", "State"), ("condemned", 5, "ROOT", "VERB", "condemn"),
        ("the", 7, "det", "DET", "the"), ("move", 5, "dobj", "NOUN", "move"), ("as", 7, "prep", "ADP", "as"),
        ("illegal", 8, "pobj", "ADJ", "illegal"), (".", 5, "punct", "PUNCT", "."),
    ])
    chl, bol = ids(gaz, "Chile", "Bolivia")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert (bol, "opposes", chl) in got, got


def test_drills_named_again_are_all_of_those_who_held_them(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Chile", 3, "nsubj", "PROPN", "Chile", "State"), ("and", 0, "cc", "CCONJ", "and"),
        ("Peru", 0, "conj", "PROPN", "Peru", "State"), ("held", 3, "ROOT", "VERB", "hold"),
        ("drills", 3, "dobj", "NOUN", "drill"), (".", 3, "punct", "PUNCT", "."),
        ("Bolivia", 7, "nsubj", "PROPN", "Bolivia", "State"), ("condemned", 7, "ROOT", "VERB", "condemn"),
        ("the", 9, "det", "DET", "the"), ("drills", 7, "dobj", "NOUN", "drill"), (".", 7, "punct", "PUNCT", "."),
    ])
    chl, per, bol = ids(gaz, "Chile", "Peru", "Bolivia")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert {(bol, "opposes", chl), (bol, "opposes", per)} <= got


def test_the_group_accused_of_something_is_the_group_named_before(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("sanctioned", 1, "ROOT", "VERB", "sanction"),
        ("Hezbollah", 1, "dobj", "PROPN", "Hezbollah", "ArmedGroup"), ("and", 1, "cc", "CCONJ", "and"),
        ("accused", 1, "conj", "VERB", "accuse"), ("the", 6, "det", "DET", "the"), ("group", 4, "dobj", "NOUN", "group"),
        ("of", 6, "prep", "ADP", "of"), ("abuses", 7, "pobj", "NOUN", "abuse"), (".", 1, "punct", "PUNCT", "."),
    ])
    chl, hez = ids(gaz, "Chile", "Hezbollah")
    got = {(s, o) for s, _, o in triples(extract(doc, document(doc), onto, gaz), onto)}
    assert got == {(chl, hez)}


def test_the_junta_is_the_state_whose_government_was_so_named(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Chile", 2, "poss", "PROPN", "Chile", "State"), ("'s", 0, "case", "PART", "'s"),
        ("government", 3, "nsubj", "NOUN", "government"), ("spoke", 3, "ROOT", "VERB", "speak"), (".", 3, "punct", "PUNCT", "."),
        ("Peru", 6, "nsubj", "PROPN", "Peru", "State"), ("waited", 6, "ROOT", "VERB", "wait"), (".", 6, "punct", "PUNCT", "."),
        ("The", 9, "det", "DET", "the"), ("junta", 10, "nsubj", "NOUN", "junta"), ("praised", 10, "ROOT", "VERB", "praise"),
        ("Bolivia", 10, "dobj", "PROPN", "Bolivia", "State"), (".", 10, "punct", "PUNCT", "."),
    ])
    chl, bol = ids(gaz, "Chile", "Bolivia")
    assert {(s, o) for s, _, o in triples(extract(doc, document(doc), onto, gaz), onto)} == {(chl, bol)}


def test_calling_an_actor_by_a_judging_adjective_criticises_it(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("called", 1, "ROOT", "VERB", "call"),
        ("Peru", 1, "dobj", "PROPN", "Peru", "State"), ("reckless", 1, "oprd", "ADJ", "reckless"), (".", 1, "punct", "PUNCT", "."),
    ])
    chl, per = ids(gaz, "Chile", "Peru")
    assert triples(extract(doc, document(doc), onto, gaz), onto) == {(chl, "opposes", per)}


def test_an_act_of_several_agents_named_again_is_no_fight_among_them(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Chile", 3, "nsubj", "PROPN", "Chile", "State"), ("and", 0, "cc", "CCONJ", "and"),
        ("Peru", 0, "conj", "PROPN", "Peru", "State"), ("struck", 3, "ROOT", "VERB", "strike"),
        ("Hezbollah", 3, "dobj", "PROPN", "Hezbollah", "ArmedGroup"), (".", 3, "punct", "PUNCT", "."),
        ("The", 7, "det", "DET", "the"), ("strikes", 8, "nsubj", "NOUN", "strike"), ("destroyed", 8, "ROOT", "VERB", "destroy"),
        ("bridges", 8, "dobj", "NOUN", "bridge"), (".", 8, "punct", "PUNCT", "."),
    ])
    doc[7].tag_ = "NNS"
    chl, per = ids(gaz, "Chile", "Peru")
    got = {(s, o) for s, _, o in triples(extract(doc, document(doc), onto, gaz), onto)}
    assert (chl, per) not in got and (per, chl) not in got


def test_a_state_body_and_its_own_state_are_no_two_parties(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Chile", 2, "poss", "PROPN", "Chile", "State"), ("'s", 0, "case", "PART", "'s"), ("army", 3, "nsubj", "NOUN", "army"),
        ("vowed", 3, "ROOT", "VERB", "vow"), ("to", 5, "aux", "PART", "to"), ("protect", 3, "xcomp", "VERB", "protect"),
        ("Chilean", 7, "amod", "ADJ", "chilean", "State"), ("firms", 5, "dobj", "NOUN", "firm"), (".", 3, "punct", "PUNCT", "."),
    ])
    assert not extract(doc, document(doc), onto, gaz).statements


def test_ones_own_unnamed_forces_given_are_no_partner(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("contributed", 1, "ROOT", "VERB", "contribute"),
        ("troops", 1, "dobj", "NOUN", "troop"), (".", 1, "punct", "PUNCT", "."),
    ])
    assert not extract(doc, document(doc), onto, gaz).statements


def test_we_must_in_a_speakers_mouth_is_no_demand(build_doc, document, onto, gaz):
    doc = build_doc([
        ("“", 3, "punct", "PUNCT", "“"), ("We", 3, "nsubj", "PRON", "we"), ("must", 3, "aux", "AUX", "must"),
        ("unite", 3, "ROOT", "VERB", "unite"), (",", 3, "punct", "PUNCT", ","), ("”", 3, "punct", "PUNCT", "”"),
        ("Putin", 7, "nsubj", "PROPN", "Putin", "Person"), ("said", 7, "ROOT", "VERB", "say"), (".", 7, "punct", "PUNCT", "."),
    ])
    doc[1].tag_ = "PRP"
    assert not extract(doc, document(doc), onto, gaz).statements


def test_no_longer_an_adversary_but_an_ally(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Peru", 1, "nsubj", "PROPN", "Peru", "State"), ("is", 1, "ROOT", "AUX", "be"), ("no", 3, "neg", "ADV", "no"),
        ("longer", 1, "advmod", "ADV", "long"), ("Chile", 6, "poss", "PROPN", "Chile", "State"), ("'s", 4, "case", "PART", "'s"),
        ("adversary", 1, "attr", "NOUN", "adversary"), ("but", 6, "cc", "CCONJ", "but"), ("its", 9, "poss", "PRON", "its"),
        ("ally", 6, "conj", "NOUN", "ally"), (".", 1, "punct", "PUNCT", "."),
    ])
    doc[8].tag_ = "PRP$"
    chl, per = ids(gaz, "Chile", "Peru")
    got = claims(extract(doc, document(doc), onto, gaz), onto)
    assert (chl, "opposes", per, "negated") in got
    assert {(s, o) for s, r, o, m in got if r == "allyOf"} == {(chl, per)}


def test_a_bare_partner_is_no_ally_a_strategic_one_is(build_doc, document, onto, gaz):
    doc = build_doc([  # "Peru is Chile's partner. Bolivia is Chile's strategic partner."
        ("Peru", 1, "nsubj", "PROPN", "Peru", "State"), ("is", 1, "ROOT", "AUX", "be"), ("Chile", 4, "poss", "PROPN", "Chile", "State"),
        ("'s", 2, "case", "PART", "'s"), ("partner", 1, "attr", "NOUN", "partner"), (".", 1, "punct", "PUNCT", "."),
        ("Bolivia", 7, "nsubj", "PROPN", "Bolivia", "State"), ("is", 7, "ROOT", "AUX", "be"),
        ("Chile", 11, "poss", "PROPN", "Chile", "State"), ("'s", 8, "case", "PART", "'s"),
        ("strategic", 11, "amod", "ADJ", "strategic"), ("partner", 7, "attr", "NOUN", "partner"), (".", 7, "punct", "PUNCT", "."),
    ])
    chl, per, bol = ids(gaz, "Chile", "Peru", "Bolivia")
    got = {frozenset((s, o)) for s, r, o in triples(extract(doc, document(doc), onto, gaz), onto) if r == "allyOf"}
    assert got == {frozenset((chl, bol))}


def test_a_plan_condemned_is_the_plan_of_whoever_made_it_before(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("announced", 1, "ROOT", "VERB", "announce"),
        ("drills", 1, "dobj", "NOUN", "drill"), (".", 1, "punct", "PUNCT", "."),
        ("Peru", 5, "nsubj", "PROPN", "Peru", "State"), ("condemned", 5, "ROOT", "VERB", "condemn"),
        ("the", 7, "det", "DET", "the"), ("plan", 5, "dobj", "NOUN", "plan"), (".", 5, "punct", "PUNCT", "."),
    ])
    chl, per = ids(gaz, "Chile", "Peru")
    assert (per, "opposes", chl) in triples(extract(doc, document(doc), onto, gaz), onto)


def test_a_description_of_two_unknown_people_is_a_mention_of_each(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Alvo", 1, "compound", "PROPN", "Alvo", "Person"), ("Zendar", 2, "nsubj", "PROPN", "Zendar", "+Person"),
        ("met", 2, "ROOT", "VERB", "meet"), ("Brin", 4, "compound", "PROPN", "Brin", "Person"),
        ("Quolle", 2, "dobj", "PROPN", "Quolle", "+Person"), (".", 2, "punct", "PUNCT", "."),
        ("The", 8, "det", "DET", "the"), ("two", 8, "nummod", "NUM", "two"), ("leaders", 9, "nsubj", "NOUN", "leader"),
        ("discussed", 9, "ROOT", "VERB", "discuss"), ("trade", 9, "dobj", "NOUN", "trade"), (".", 9, "punct", "PUNCT", "."),
    ])
    doc[8].tag_ = "NNS"
    result = extract(doc, document(doc), onto, gaz)
    leaders = (doc[8].idx, doc[8].idx + len(doc[8].text))
    assert any(s.trigger == "discuss" for s in result.statements)
    holders = {e.id for e in result.entities if any(m.span == leaders for m in e.mentions)}
    assert holders == {"Person/alvo-zendar", "Person/brin-quolle"}


def test_threats_of_retaliation_from_a_state_prompted_by_an_act_aim_at_its_agent(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("banned", 1, "ROOT", "VERB", "ban"),
        ("imports", 1, "dobj", "NOUN", "import"), (",", 1, "punct", "PUNCT", ","), ("prompting", 1, "advcl", "VERB", "prompt"),
        ("threats", 4, "dobj", "NOUN", "threat"), ("of", 5, "prep", "ADP", "of"), ("retaliation", 6, "pobj", "NOUN", "retaliation"),
        ("from", 7, "prep", "ADP", "from"), ("Peru", 8, "pobj", "PROPN", "Peru", "State"), (".", 1, "punct", "PUNCT", "."),
    ])
    chl, per = ids(gaz, "Chile", "Peru")
    assert (per, "threatens", chl) in triples(extract(doc, document(doc), onto, gaz), onto)


def test_an_act_vetoed_did_not_happen(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("vetoed", 1, "ROOT", "VERB", "veto"),
        ("EU", 3, "compound", "PROPN", "EU", "IGO"), ("aid", 1, "dobj", "NOUN", "aid"), ("to", 3, "prep", "ADP", "to"),
        ("Peru", 4, "pobj", "PROPN", "Peru", "State"), (".", 1, "punct", "PUNCT", "."),
    ])
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert not any(r == "providesAid" for _, r, _ in got)


def test_targets_struck_in_a_state_are_that_states_even_when_in_hangs_on_the_verb(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("struck", 1, "ROOT", "VERB", "strike"),
        ("targets", 1, "dobj", "NOUN", "target"), ("in", 1, "prep", "ADP", "in"), ("Peru", 3, "pobj", "PROPN", "Peru", "State"),
        (".", 1, "punct", "PUNCT", "."),
    ])
    chl, per = ids(gaz, "Chile", "Peru")
    assert triples(extract(doc, document(doc), onto, gaz), onto) == {(chl, "assaults", per)}


def test_the_attack_condemned_is_the_last_act_of_force_named_before(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("struck", 1, "ROOT", "VERB", "strike"),
        ("Peru", 1, "dobj", "PROPN", "Peru", "State"), (".", 1, "punct", "PUNCT", "."),
        ("Bolivia", 5, "nsubj", "PROPN", "Bolivia", "State"), ("spoke", 5, "ROOT", "VERB", "speak"), (".", 5, "punct", "PUNCT", "."),
        ("Brazil", 8, "nsubj", "PROPN", "Brazil", "State"), ("condemned", 8, "ROOT", "VERB", "condemn"),
        ("the", 10, "det", "DET", "the"), ("attack", 8, "dobj", "NOUN", "attack"), (".", 8, "punct", "PUNCT", "."),
    ])
    chl, bra = ids(gaz, "Chile", "Brazil")
    assert {o for s, _, o in triples(extract(doc, document(doc), onto, gaz), onto) if s == bra} == {chl}


def test_an_act_hung_on_an_inserted_reporting_clause_is_the_main_clauses(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("struck", 1, "ROOT", "VERB", "strike"),
        ("Peru", 1, "dobj", "PROPN", "Peru", "State"), (",", 5, "punct", "PUNCT", ","), ("officials", 5, "nsubj", "NOUN", "official"),
        ("said", 1, "parataxis", "VERB", "say"), (",", 5, "punct", "PUNCT", ","), ("in", 5, "prep", "ADP", "in"),
        ("retaliation", 7, "pobj", "NOUN", "retaliation"), ("for", 8, "prep", "ADP", "for"),
        ("attacks", 9, "pobj", "NOUN", "attack"), ("by", 10, "prep", "ADP", "by"), ("Peru", 11, "pobj", "PROPN", "Peru", "State"),
        (".", 1, "punct", "PUNCT", "."),
    ])
    chl = gaz.lookup("Chile").id
    got = extract(doc, document(doc), onto, gaz).statements
    assert {s.subject for s in got if s.trigger == "retaliation"} == {chl}


def test_a_call_with_someone_is_a_conversation(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("held", 1, "ROOT", "VERB", "hold"), ("a", 3, "det", "DET", "a"),
        ("call", 1, "dobj", "NOUN", "call"), ("with", 3, "prep", "ADP", "with"), ("Peru", 4, "pobj", "PROPN", "Peru", "State"),
        (".", 1, "punct", "PUNCT", "."),
    ])
    chl, per = ids(gaz, "Chile", "Peru")
    got = {(s.subject, s.relation, s.object) for s in extract(doc, document(doc), onto, gaz).statements}
    assert got == {(chl, "telephones", per)}


def test_pressing_for_someone_to_act_asks_them(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("pressed", 1, "ROOT", "VERB", "press"),
        ("for", 5, "mark", "SCONJ", "for"), ("Peru", 5, "nsubj", "PROPN", "Peru", "State"), ("to", 5, "aux", "PART", "to"),
        ("act", 1, "advcl", "VERB", "act"), (".", 1, "punct", "PUNCT", "."),
    ])
    chl, per = ids(gaz, "Chile", "Peru")
    # the "for" taken for the clause's mark still makes the ontology's "press for", a demand
    assert triples(extract(doc, document(doc), onto, gaz), onto) == {(chl, "demands", per)}


def test_joining_others_for_talks_is_no_membership(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("joined", 1, "ROOT", "VERB", "join"),
        ("Peru", 1, "dobj", "PROPN", "Peru", "State"), ("for", 2, "prep", "ADP", "for"), ("talks", 3, "pobj", "NOUN", "talk"),
        (".", 1, "punct", "PUNCT", "."),
    ])
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert not any(r == "memberOf" for _, r, _ in got)


def test_members_named_for_a_group_act_with_it(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Several", 1, "amod", "ADJ", "several"), ("governments", 8, "nsubj", "NOUN", "government"),
        (",", 1, "punct", "PUNCT", ","), ("including", 1, "prep", "VERB", "include"),
        ("Chile", 3, "pobj", "PROPN", "Chile", "State"), ("and", 4, "cc", "CCONJ", "and"),
        ("Peru", 4, "conj", "PROPN", "Peru", "State"), (",", 1, "punct", "PUNCT", ","),
        ("condemned", 8, "ROOT", "VERB", "condemn"), ("Bolivia", 8, "dobj", "PROPN", "Bolivia", "State"),
        (".", 8, "punct", "PUNCT", "."),
    ])
    chl, per, bol = ids(gaz, "Chile", "Peru", "Bolivia")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert {(chl, "opposes", bol), (per, "opposes", bol)} <= got


def test_members_named_by_an_adverb_on_an_apposition_act_with_the_group(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Its", 1, "poss", "PRON", "its"), ("backers", 5, "nsubj", "NOUN", "backer"), (",", 1, "punct", "PUNCT", ","),
        ("notably", 4, "advmod", "ADV", "notably"), ("Chile", 1, "appos", "PROPN", "Chile", "State"),
        ("struck", 5, "ROOT", "VERB", "strike"), ("Peru", 5, "dobj", "PROPN", "Peru", "State"), (".", 5, "punct", "PUNCT", "."),
    ])
    chl, per = ids(gaz, "Chile", "Peru")
    assert (chl, "assaults", per) in triples(extract(doc, document(doc), onto, gaz), onto)


def test_members_named_for_a_group_that_is_an_actor_are_its_members(build_doc, document, onto, gaz):
    doc = build_doc([
        ("The", 1, "det", "DET", "the"), ("alliance", 8, "nsubj", "NOUN", "alliance"), (",", 1, "punct", "PUNCT", ","),
        ("such", 4, "amod", "ADJ", "such"), ("as", 1, "prep", "ADP", "as"), ("Chile", 4, "pobj", "PROPN", "Chile", "State"),
        ("and", 5, "cc", "CCONJ", "and"), ("Peru", 5, "conj", "PROPN", "Peru", "State"),
        ("met", 8, "ROOT", "VERB", "meet"), (".", 8, "punct", "PUNCT", "."),
    ])
    chl, per = ids(gaz, "Chile", "Peru")
    got = extract(doc, document(doc), onto, gaz).statements
    members = {s.subject for s in got if s.relation == "memberOf" and s.object.endswith("/alliance")}
    assert members == {chl, per}
    assert not any(s.trigger == "alliance" and "/alliance" in s.subject + s.object for s in got)  # not its own ally


def test_members_of_a_group_named_by_a_state_adjective_are_not_members_of_the_state(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("fined", 1, "ROOT", "VERB", "fine"),
        ("Russian", 3, "amod", "ADJ", "russian", "State"), ("banks", 1, "dobj", "NOUN", "bank"), (",", 3, "punct", "PUNCT", ","),
        ("including", 3, "prep", "VERB", "include"), ("Sberbank", 5, "pobj", "PROPN", "Sberbank", "Organization"),
        (".", 1, "punct", "PUNCT", "."),
    ])
    rus = gaz.lookup("Russia").id
    got = extract(doc, document(doc), onto, gaz).statements
    assert not any(s.relation == "memberOf" and s.object == rus for s in got)


def test_coming_under_fire_from_someone_is_their_attack(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("came", 1, "ROOT", "VERB", "come"),
        ("under", 1, "prep", "ADP", "under"), ("heavy", 4, "amod", "ADJ", "heavy"), ("fire", 2, "pobj", "NOUN", "fire"),
        ("from", 4, "prep", "ADP", "from"), ("Peru", 5, "pobj", "PROPN", "Peru", "State"), (".", 1, "punct", "PUNCT", "."),
    ])
    chl, per = ids(gaz, "Chile", "Peru")
    assert triples(extract(doc, document(doc), onto, gaz), onto) == {(per, "fights", chl)}


def test_receiving_fire_is_no_gift(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("received", 1, "ROOT", "VERB", "receive"),
        ("mortar", 3, "compound", "NOUN", "mortar"), ("fire", 1, "dobj", "NOUN", "fire"),
        ("from", 1, "prep", "ADP", "from"), ("Peru", 4, "pobj", "PROPN", "Peru", "State"), (".", 1, "punct", "PUNCT", "."),
    ])
    chl, per = ids(gaz, "Chile", "Peru")
    assert triples(extract(doc, document(doc), onto, gaz), onto) == {(per, "fights", chl)}


def test_a_participle_with_an_agent_acts_on_the_noun_it_modifies_and_is_not_its_intent(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Chile", 2, "poss", "PROPN", "Chile", "State"), ("'s", 0, "case", "PART", "'s"), ("plan", 8, "nsubjpass", "NOUN", "plan"),
        (",", 2, "punct", "PUNCT", ","), ("criticised", 2, "acl", "VERB", "criticise"), ("by", 4, "agent", "ADP", "by"),
        ("Peru", 5, "pobj", "PROPN", "Peru", "State"), ("was", 8, "auxpass", "AUX", "be"), ("dropped", 8, "ROOT", "VERB", "drop"),
        (".", 8, "punct", "PUNCT", "."),
    ])
    doc[4].tag_ = "VBN"
    chl, per = ids(gaz, "Chile", "Peru")
    assert (per, "opposes", chl, "asserted") in claims(extract(doc, document(doc), onto, gaz), onto)


def test_a_state_or_force_can_lead_a_coalition_but_a_mission_is_not_its_owner(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("leads", 1, "ROOT", "VERB", "lead"), ("the", 3, "det", "DET", "the"),
        ("coalition", 1, "dobj", "NOUN", "coalition"), (".", 1, "punct", "PUNCT", "."),
        ("Peru", 6, "nsubj", "PROPN", "Peru", "State"), ("leads", 6, "ROOT", "VERB", "lead"), ("the", 9, "det", "DET", "the"),
        ("NATO", 9, "compound", "PROPN", "NATO", "Organization"), ("mission", 6, "dobj", "NOUN", "mission"),
        (".", 6, "punct", "PUNCT", "."),
    ])
    chl, per = ids(gaz, "Chile", "Peru")
    got = extract(doc, document(doc), onto, gaz).statements
    assert {(s.subject, s.object.split("/")[-1]) for s in got if s.relation == "leaderOf"} == {(chl, "coalition")}
    assert per not in {s.subject for s in got}


def test_a_force_led_by_someone_has_them_as_its_leader(build_doc, document, onto, gaz):
    doc = build_doc([
        ("The", 1, "det", "DET", "the"), ("coalition", 7, "nsubj", "NOUN", "coalition"), (",", 1, "punct", "PUNCT", ","),
        ("led", 1, "acl", "VERB", "lead"), ("by", 3, "agent", "ADP", "by"), ("Chile", 4, "pobj", "PROPN", "Chile", "State"),
        (",", 1, "punct", "PUNCT", ","), ("patrols", 7, "ROOT", "VERB", "patrol"), (".", 7, "punct", "PUNCT", "."),
    ])
    doc[3].tag_ = "VBN"
    chl = gaz.lookup("Chile").id
    got = extract(doc, document(doc), onto, gaz).statements
    assert {(s.subject, s.object.split("/")[-1]) for s in got if s.relation == "leaderOf"} == {(chl, "coalition")}


def test_a_states_allies_are_not_the_state_but_an_organisations_allies_are_its_members(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Chile", 2, "poss", "PROPN", "Chile", "State"), ("'s", 0, "case", "PART", "'s"), ("allies", 3, "nsubj", "NOUN", "ally"),
        ("condemned", 3, "ROOT", "VERB", "condemn"), ("Peru", 3, "dobj", "PROPN", "Peru", "State"), (".", 3, "punct", "PUNCT", "."),
        ("Its", 8, "poss", "PRON", "its"), ("NATO", 8, "compound", "PROPN", "NATO", "Organization"),
        ("allies", 9, "nsubj", "NOUN", "ally"), ("condemned", 9, "ROOT", "VERB", "condemn"),
        ("Peru", 9, "dobj", "PROPN", "Peru", "State"), (".", 9, "punct", "PUNCT", "."),
    ])
    doc[2].tag_ = doc[8].tag_ = "NNS"
    chl, per, nato = ids(gaz, "Chile", "Peru", "NATO")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    critics = {s for s, r, o in got if r == "opposes" and o == per}
    assert critics == {"Organization/chile-allies", nato}


def test_a_group_from_a_body_belongs_to_it_but_not_to_a_state(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Diplomats", 4, "nsubj", "NOUN", "diplomat"), ("from", 0, "prep", "ADP", "from"), ("the", 3, "det", "DET", "the"),
        ("EU", 1, "pobj", "PROPN", "EU", "Organization"), ("arrived", 4, "ROOT", "VERB", "arrive"), (".", 4, "punct", "PUNCT", "."),
        ("Refugees", 9, "nsubj", "NOUN", "refugee"), ("from", 6, "prep", "ADP", "from"),
        ("Chile", 7, "pobj", "PROPN", "Chile", "State"), ("arrived", 9, "ROOT", "VERB", "arrive"), (".", 9, "punct", "PUNCT", "."),
    ])
    eu = gaz.lookup("EU").id
    got = {(s.subject, s.relation, s.object) for s in extract(doc, document(doc), onto, gaz).statements}
    assert got == {("Person/diplomats", "memberOf", eu)}


def test_a_structural_verb_takes_the_object_of_its_preposition(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("belongs", 1, "ROOT", "VERB", "belong"),
        ("to", 1, "prep", "ADP", "to"), ("NATO", 2, "pobj", "PROPN", "NATO", "Organization"), (".", 1, "punct", "PUNCT", "."),
    ])
    chl, nato = ids(gaz, "Chile", "NATO")
    assert triples(extract(doc, document(doc), onto, gaz), onto) == {(chl, "memberOf", nato)}


def test_numbered_unit_names_are_organisations_to_the_entity_ruler():
    import spacy

    from kg.extract import units
    nlp = spacy.blank("en")
    nlp.add_pipe("entity_ruler").add_patterns(units.patterns())
    doc = nlp("Airmen of the 507th Air Refueling Wing met the 3rd Battalion, not the 2nd round.")
    assert [(e.text, e.label_) for e in doc.ents] == [("507th Air Refueling Wing", "Organization"),
                                                        ("3rd Battalion", "Organization")]


def test_a_companion_hung_on_the_verb_or_on_the_actor_does_what_the_actor_does(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Chile", 5, "nsubj", "PROPN", "Chile", "State"), (",", 5, "punct", "PUNCT", ","), ("along", 5, "prep", "ADP", "along"),
        ("with", 2, "prep", "ADP", "with"), ("Peru", 3, "pobj", "PROPN", "Peru", "State"), ("attacked", 5, "ROOT", "VERB", "attack"),
        ("Bolivia", 5, "dobj", "PROPN", "Bolivia", "State"), (".", 5, "punct", "PUNCT", "."),
        ("Brazil", 13, "nsubj", "PROPN", "Brazil", "State"), (",", 8, "punct", "PUNCT", ","), ("together", 11, "advmod", "ADV", "together"),
        ("with", 8, "prep", "ADP", "with"), ("Cuba", 11, "pobj", "PROPN", "Cuba", "State"), ("condemned", 13, "ROOT", "VERB", "condemn"),
        ("Bolivia", 13, "dobj", "PROPN", "Bolivia", "State"), (".", 13, "punct", "PUNCT", "."),
    ])
    per, bol, cub = ids(gaz, "Peru", "Bolivia", "Cuba")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert (per, "assaults", bol) in got and (cub, "opposes", bol) in got


def test_seeking_to_act_is_an_aim_not_a_request(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("seeks", 1, "ROOT", "VERB", "seek"), ("to", 3, "aux", "PART", "to"),
        ("join", 1, "xcomp", "VERB", "join"), ("Peru", 6, "poss", "PROPN", "Peru", "State"), ("'s", 4, "case", "PART", "'s"),
        ("fight", 3, "dobj", "NOUN", "fight"), ("against", 6, "prep", "ADP", "against"),
        ("Bolivia", 7, "pobj", "PROPN", "Bolivia", "State"), (".", 1, "punct", "PUNCT", "."),
    ])
    chl, per, bol = ids(gaz, "Chile", "Peru", "Bolivia")
    got = claims(extract(doc, document(doc), onto, gaz), onto)
    assert not any(r == "appealsTo" or (s, o) == (chl, per) for s, r, o, _ in got)
    assert {(chl, bol), (per, bol)} <= {(s, o) for s, _, o, _ in got}


def test_an_infinitive_taken_for_a_relative_clause_is_done_by_the_group_it_hangs_on(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("leads", 1, "ROOT", "VERB", "lead"), ("the", 3, "det", "DET", "the"),
        ("coalition", 1, "dobj", "NOUN", "coalition"), ("to", 5, "aux", "PART", "to"), ("defeat", 3, "relcl", "VERB", "defeat"),
        ("Peru", 5, "dobj", "PROPN", "Peru", "State"), (".", 1, "punct", "PUNCT", "."),
    ])
    per = gaz.lookup("Peru").id
    got = extract(doc, document(doc), onto, gaz).statements
    assert {(s.subject.split("/")[-1], s.object) for s in got if s.trigger == "defeat"} == {("coalition", per)}


def test_a_relative_clause_on_a_place_deep_in_an_attacks_phrase_tells_of_the_attack(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("condemned", 1, "ROOT", "VERB", "condemn"),
        ("Peru", 4, "poss", "PROPN", "Peru", "State"), ("'s", 2, "case", "PART", "'s"), ("attacks", 1, "dobj", "NOUN", "attack"),
        ("in", 4, "prep", "ADP", "in"), ("the", 7, "det", "DET", "the"), ("town", 5, "pobj", "NOUN", "town"),
        ("in", 7, "prep", "ADP", "in"), ("the", 10, "det", "DET", "the"), ("province", 8, "pobj", "NOUN", "province"),
        (",", 10, "punct", "PUNCT", ","), ("which", 13, "nsubj", "PRON", "which"), ("killed", 10, "relcl", "VERB", "kill"),
        ("Bolivians", 13, "dobj", "NOUN", "bolivian", "Organization"), (".", 1, "punct", "PUNCT", "."),
    ])
    doc[12].tag_ = "WDT"
    per = gaz.lookup("Peru").id
    got = extract(doc, document(doc), onto, gaz).statements
    assert {s.subject for s in got if s.trigger == "kill"} == {per}


def test_backing_an_act_against_someone_backs_no_one(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("backs", 1, "ROOT", "VERB", "back"), ("the", 3, "det", "DET", "the"),
        ("campaign", 1, "dobj", "NOUN", "campaign"), ("against", 3, "prep", "ADP", "against"),
        ("Peru", 4, "pobj", "PROPN", "Peru", "State"), (".", 1, "punct", "PUNCT", "."),
    ])
    chl, per = ids(gaz, "Chile", "Peru")
    got = claims(extract(doc, document(doc), onto, gaz), onto)
    assert not any(r in {"supports", "providesAid", "cooperatesWith"} and o == per for _, r, o, _ in got)


def test_whoever_is_assigned_to_a_body_belongs_to_it_and_the_assigner_does_not(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("appointed", 1, "ROOT", "VERB", "appoint"),
        ("Lopez", 1, "dobj", "PROPN", "Lopez", "Person"), ("to", 1, "prep", "ADP", "to"), ("NATO", 3, "pobj", "PROPN", "NATO", "Organization"),
        (".", 1, "punct", "PUNCT", "."),
        ("Smith", 8, "nsubjpass", "PROPN", "Smith", "Person"), ("was", 8, "auxpass", "AUX", "be"), ("posted", 8, "ROOT", "VERB", "post"),
        ("to", 8, "prep", "ADP", "to"), ("Peru", 9, "pobj", "PROPN", "Peru", "State"), (".", 8, "punct", "PUNCT", "."),
    ])
    nato = gaz.lookup("NATO").id
    got = {(s.subject, s.relation, s.object) for s in extract(doc, document(doc), onto, gaz).statements}
    assert got == {("Person/lopez", "memberOf", nato)}


def test_acts_named_as_members_of_an_act_are_its_agents(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("conducted", 1, "ROOT", "VERB", "conduct"),
        ("airstrikes", 1, "dobj", "NOUN", "airstrike"), (",", 2, "punct", "PUNCT", ","), ("including", 2, "prep", "VERB", "include"),
        ("strikes", 4, "pobj", "NOUN", "strike"), ("against", 5, "prep", "ADP", "against"),
        ("Peru", 6, "pobj", "PROPN", "Peru", "State"), (".", 1, "punct", "PUNCT", "."),
    ])
    chl, per = ids(gaz, "Chile", "Peru")
    assert (chl, "assaults", per) in triples(extract(doc, document(doc), onto, gaz), onto)


def test_a_series_of_strikes_stands_for_whoever_struck(build_doc, document, onto, gaz):
    doc = build_doc([
        ("A", 1, "det", "DET", "a"), ("series", 5, "nsubj", "NOUN", "series"), ("of", 1, "prep", "ADP", "of"),
        ("Chilean", 4, "amod", "ADJ", "chilean", "State"), ("airstrikes", 2, "pobj", "NOUN", "airstrike"),
        ("killed", 5, "ROOT", "VERB", "kill"), ("Peruvian", 7, "amod", "ADJ", "peruvian", "State"),
        ("soldiers", 5, "dobj", "NOUN", "soldier"), (".", 5, "punct", "PUNCT", "."),
    ])
    chl = gaz.lookup("Chile").id
    got = extract(doc, document(doc), onto, gaz).statements
    assert {s.subject for s in got if s.trigger == "kill"} == {chl}


def test_an_act_staged_to_a_purpose_is_the_stagers_and_a_rejected_call_is_not(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Chileans", 1, "nsubj", "PROPN", "Chileans", "Organization"), ("began", 1, "ROOT", "VERB", "begin"),
        ("a", 3, "det", "DET", "a"), ("strike", 1, "dobj", "NOUN", "strike"), ("to", 5, "aux", "PART", "to"),
        ("protest", 3, "relcl", "VERB", "protest"), ("against", 5, "prep", "ADP", "against"),
        ("Peru", 6, "pobj", "PROPN", "Peru", "State"), (".", 1, "punct", "PUNCT", "."),
        ("Bolivia", 10, "nsubj", "PROPN", "Bolivia", "State"), ("rejected", 10, "ROOT", "VERB", "reject"),
        ("a", 12, "det", "DET", "a"), ("call", 10, "dobj", "NOUN", "call"), ("to", 14, "aux", "PART", "to"),
        ("attack", 12, "acl", "VERB", "attack"), ("Peru", 14, "dobj", "PROPN", "Peru", "State"), (".", 10, "punct", "PUNCT", "."),
    ])
    per, bol = ids(gaz, "Peru", "Bolivia")
    got = extract(doc, document(doc), onto, gaz).statements
    assert {(s.subject, s.object) for s in got if s.trigger == "protest"} == {("Organization/chileans", per)}
    assert not any(s.subject == bol and s.trigger == "attack" for s in got)


def test_a_plural_pronoun_after_a_plural_thing_is_no_single_state_named_before(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("asked", 1, "ROOT", "VERB", "ask"), ("Peru", 1, "dobj", "PROPN", "Peru", "State"),
        ("to", 4, "aux", "PART", "to"), ("return", 1, "xcomp", "VERB", "return"), ("the", 6, "det", "DET", "the"),
        ("drones", 4, "dobj", "NOUN", "drone"), ("and", 1, "cc", "CCONJ", "and"), ("later", 9, "advmod", "ADV", "later"),
        ("praised", 1, "conj", "VERB", "praise"), ("them", 9, "dobj", "PRON", "they"), (".", 1, "punct", "PUNCT", "."),
    ])
    doc[6].tag_, doc[10].tag_ = "NNS", "PRP"
    assert not any(s.trigger == "praise" for s in extract(doc, document(doc), onto, gaz).statements)


def test_a_truce_brokered_by_two_states_makes_them_no_parties_to_each_other(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("accepted", 1, "ROOT", "VERB", "accept"), ("a", 3, "det", "DET", "a"),
        ("truce", 1, "dobj", "NOUN", "truce"), ("brokered", 3, "acl", "VERB", "broker"), ("by", 4, "agent", "ADP", "by"),
        ("Peru", 5, "pobj", "PROPN", "Peru", "State"), ("and", 6, "cc", "CCONJ", "and"), ("Bolivia", 6, "conj", "PROPN", "Bolivia", "State"),
        (".", 1, "punct", "PUNCT", "."),
    ])
    doc[4].tag_ = "VBN"
    per, bol = ids(gaz, "Peru", "Bolivia")
    assert not any({s.subject, s.object} == {per, bol} for s in extract(doc, document(doc), onto, gaz).statements)


def test_both_allies_are_the_two_named_before_and_no_one_cooperates_with_a_named_weapon(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Chile", 3, "nsubj", "PROPN", "Chile", "State"), ("and", 0, "cc", "CCONJ", "and"), ("Peru", 0, "conj", "PROPN", "Peru", "State"),
        ("met", 3, "ROOT", "VERB", "meet"), (".", 3, "punct", "PUNCT", "."),
        ("Brazil", 6, "nsubj", "PROPN", "Brazil", "State"), ("praised", 6, "ROOT", "VERB", "praise"), ("both", 8, "det", "DET", "both"),
        ("allies", 6, "dobj", "NOUN", "ally"), (".", 6, "punct", "PUNCT", "."),
        ("Cuba", 11, "nsubj", "PROPN", "Cuba", "State"), ("accepted", 11, "ROOT", "VERB", "accept"),
        ("Patriots", 11, "dobj", "PROPN", "Patriots", "WeaponSystem"), (".", 11, "punct", "PUNCT", "."),
    ])
    doc[8].tag_ = "NNS"
    chl, per, bra, cub = ids(gaz, "Chile", "Peru", "Brazil", "Cuba")
    got = extract(doc, document(doc), onto, gaz).statements
    assert {s.object for s in got if s.subject == bra} == {chl, per}
    assert not any(s.subject == cub for s in got)


def test_pledging_to_raise_ones_own_budget_promises_nothing_to_anyone(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Chile", 3, "nsubj", "PROPN", "Chile", "State"), ("and", 0, "cc", "CCONJ", "and"), ("Peru", 0, "conj", "PROPN", "Peru", "State"),
        ("praised", 3, "ROOT", "VERB", "praise"), ("Bolivia", 3, "dobj", "PROPN", "Bolivia", "State"), ("and", 3, "cc", "CCONJ", "and"),
        ("pledged", 3, "conj", "VERB", "pledge"), ("to", 8, "aux", "PART", "to"), ("raise", 6, "xcomp", "VERB", "raise"),
        ("their", 11, "poss", "PRON", "their"), ("own", 11, "amod", "ADJ", "own"), ("budgets", 8, "dobj", "NOUN", "budget"),
        (".", 3, "punct", "PUNCT", "."),
    ])
    doc[9].tag_, doc[11].tag_ = "PRP$", "NNS"
    got = extract(doc, document(doc), onto, gaz).statements
    assert not any(s.trigger == "pledge" for s in got)


def test_an_act_noun_naming_a_kind_of_weapon_is_no_act(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("bought", 1, "ROOT", "VERB", "buy"),
        ("attack", 3, "compound", "NOUN", "attack"), ("helicopters", 1, "dobj", "NOUN", "helicopter"),
        ("from", 1, "prep", "ADP", "from"), ("Peru", 4, "pobj", "PROPN", "Peru", "State"), (".", 1, "punct", "PUNCT", "."),
    ])
    got = claims(extract(doc, document(doc), onto, gaz), onto)
    assert not any(r in {"assaults", "threatens", "fights"} for _, r, _, _ in got)


def test_an_agreement_named_again_by_another_name_stands_for_its_parties(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Chile", 3, "nsubj", "PROPN", "Chile", "State"), ("and", 0, "cc", "CCONJ", "and"), ("Peru", 0, "conj", "PROPN", "Peru", "State"),
        ("signed", 3, "ROOT", "VERB", "sign"), ("an", 5, "det", "DET", "an"), ("accord", 3, "dobj", "NOUN", "accord"),
        (".", 3, "punct", "PUNCT", "."),
        ("Bolivia", 8, "nsubj", "PROPN", "Bolivia", "State"), ("criticised", 8, "ROOT", "VERB", "criticise"),
        ("the", 10, "det", "DET", "the"), ("pact", 8, "dobj", "NOUN", "pact"), (".", 8, "punct", "PUNCT", "."),
    ])
    chl, per, bol = ids(gaz, "Chile", "Peru", "Bolivia")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert {o for s, r, o in got if s == bol and r == "opposes"} == {chl, per}


def test_denying_an_act_negates_it_and_answers_no_one(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("denied", 1, "ROOT", "VERB", "deny"), ("arming", 1, "xcomp", "VERB", "arm"),
        ("Peru", 2, "dobj", "PROPN", "Peru", "State"), ("after", 7, "mark", "SCONJ", "after"), ("Bolivia", 7, "nsubj", "PROPN", "Bolivia", "State"),
        ("did", 7, "aux", "AUX", "do"), ("complain", 1, "advcl", "VERB", "complain"), (".", 1, "punct", "PUNCT", "."),
    ])
    chl, per, bol = ids(gaz, "Chile", "Peru", "Bolivia")
    got = claims(extract(doc, document(doc), onto, gaz), onto)
    assert (chl, "providesAid", per, "negated") in got
    assert not any(s == chl and o == bol for s, _, o, _ in got)


def test_an_object_pronoun_is_not_its_own_clauses_subject(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("spoke", 1, "ROOT", "VERB", "speak"), (".", 1, "punct", "PUNCT", "."),
        ("Peru", 4, "nsubj", "PROPN", "Peru", "State"), ("accused", 4, "ROOT", "VERB", "accuse"), ("it", 4, "dobj", "PRON", "it"),
        (".", 4, "punct", "PUNCT", "."),
    ])
    doc[5].tag_ = "PRP"
    chl, per = ids(gaz, "Chile", "Peru")
    assert triples(extract(doc, document(doc), onto, gaz), onto) == {(per, "opposes", chl)}


def test_a_speech_act_coordinated_into_a_reported_clause_is_the_speakers(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("said", 1, "ROOT", "VERB", "say"), ("Peru", 4, "nsubj", "PROPN", "Peru", "State"),
        ("was", 4, "aux", "AUX", "be"), ("stirring", 1, "ccomp", "VERB", "stir"), ("up", 4, "prt", "ADP", "up"),
        ("trouble", 4, "dobj", "NOUN", "trouble"), ("and", 4, "cc", "CCONJ", "and"), ("warned", 4, "conj", "VERB", "warn"),
        ("Bolivia", 8, "dobj", "PROPN", "Bolivia", "State"), (".", 1, "punct", "PUNCT", "."),
    ])
    doc[4].tag_, doc[8].tag_ = "VBG", "VBD"
    chl, bol = ids(gaz, "Chile", "Bolivia")
    got = extract(doc, document(doc), onto, gaz).statements
    assert {(s.subject, s.object) for s in got if s.trigger == "warn"} == {(chl, bol)}


def test_whoever_uses_a_place_to_act_acts_not_its_owner(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("let", 1, "ROOT", "VERB", "let"), ("Peru", 3, "nsubj", "PROPN", "Peru", "State"),
        ("use", 1, "ccomp", "VERB", "use"), ("Chilean", 5, "amod", "ADJ", "chilean", "State"), ("territory", 3, "dobj", "NOUN", "territory"),
        ("to", 7, "aux", "PART", "to"), ("attack", 5, "acl", "VERB", "attack"), ("Bolivia", 7, "dobj", "PROPN", "Bolivia", "State"),
        (".", 1, "punct", "PUNCT", "."),
    ])
    per, bol = ids(gaz, "Peru", "Bolivia")
    got = extract(doc, document(doc), onto, gaz).statements
    assert {(s.subject, s.object) for s in got if s.trigger == "attack"} == {(per, bol)}


def test_an_apposition_naming_an_ally_of_someone_allies_them(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Chile", 6, "nsubj", "PROPN", "Chile", "State"), (",", 0, "punct", "PUNCT", ","), ("an", 3, "det", "DET", "an"),
        ("ally", 0, "appos", "NOUN", "ally"), ("of", 3, "prep", "ADP", "of"), ("Peru", 4, "pobj", "PROPN", "Peru", "State"),
        ("spoke", 6, "ROOT", "VERB", "speak"), (".", 6, "punct", "PUNCT", "."),
    ])
    chl, per = ids(gaz, "Chile", "Peru")
    assert triples(extract(doc, document(doc), onto, gaz), onto) == {(chl, "allyOf", per)}


def test_vowing_revenge_after_an_attack_threatens_the_attacker(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("vowed", 1, "ROOT", "VERB", "vow"), ("revenge", 1, "dobj", "NOUN", "revenge"),
        ("after", 5, "mark", "SCONJ", "after"), ("Peru", 5, "nsubj", "PROPN", "Peru", "State"), ("struck", 1, "advcl", "VERB", "strike"),
        ("Santiago", 5, "dobj", "PROPN", "Santiago", "Location"), (".", 1, "punct", "PUNCT", "."),
    ])
    chl, per = ids(gaz, "Chile", "Peru")
    assert (chl, "threatens", per) in triples(extract(doc, document(doc), onto, gaz), onto)


def test_both_sides_are_the_states_named_not_a_speaker_of_one(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Chile", 3, "nsubj", "PROPN", "Chile", "State"), ("and", 0, "cc", "CCONJ", "and"), ("Peru", 0, "conj", "PROPN", "Peru", "State"),
        ("met", 3, "ROOT", "VERB", "meet"), (".", 3, "punct", "PUNCT", "."),
        ("Minister", 6, "compound", "PROPN", "Minister"), ("Lopez", 7, "nsubj", "PROPN", "Lopez", "Person"),
        ("said", 7, "ROOT", "VERB", "say"), ("both", 9, "det", "DET", "both"), ("sides", 10, "nsubj", "NOUN", "side"),
        ("agreed", 7, "ccomp", "VERB", "agree"), (".", 7, "punct", "PUNCT", "."),
    ])
    doc[9].tag_ = "NNS"
    chl, per = ids(gaz, "Chile", "Peru")
    got = extract(doc, document(doc), onto, gaz).statements
    assert {frozenset((s.subject, s.object)) for s in got if s.trigger == "agree"} == {frozenset((chl, per))}


def test_a_ruling_named_after_an_order_is_the_orderers(build_doc, document, onto, gaz):
    doc = build_doc([
        ("NATO", 1, "nsubj", "PROPN", "NATO", "Organization"), ("ordered", 1, "ROOT", "VERB", "order"),
        ("Chile", 1, "dobj", "PROPN", "Chile", "State"), ("to", 4, "aux", "PART", "to"), ("leave", 1, "xcomp", "VERB", "leave"),
        (".", 1, "punct", "PUNCT", "."),
        ("Peru", 7, "nsubj", "PROPN", "Peru", "State"), ("spoke", 7, "ROOT", "VERB", "speak"), (".", 7, "punct", "PUNCT", "."),
        ("Chile", 10, "nsubj", "PROPN", "Chile", "State"), ("rejected", 10, "ROOT", "VERB", "reject"), ("the", 12, "det", "DET", "the"),
        ("ruling", 10, "dobj", "NOUN", "ruling"), (".", 10, "punct", "PUNCT", "."),
    ])
    chl, nato = ids(gaz, "Chile", "NATO")
    got = extract(doc, document(doc), onto, gaz).statements
    assert {(s.subject, s.object) for s in got if s.trigger == "reject"} == {(chl, nato)}


def test_western_governments_are_a_group_and_a_case_against_someone_sues_them(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("accused", 1, "ROOT", "VERB", "accuse"),
        ("Western", 3, "amod", "ADJ", "western"), ("governments", 1, "dobj", "NOUN", "government"), (".", 1, "punct", "PUNCT", "."),
        ("Peru", 6, "nsubj", "PROPN", "Peru", "State"), ("joined", 6, "ROOT", "VERB", "join"), ("the", 8, "det", "DET", "the"),
        ("case", 6, "dobj", "NOUN", "case"), ("against", 8, "prep", "ADP", "against"), ("Bolivia", 9, "pobj", "PROPN", "Bolivia", "State"),
        (".", 6, "punct", "PUNCT", "."),
    ])
    doc[3].tag_ = "NNS"
    chl, per, bol = ids(gaz, "Chile", "Peru", "Bolivia")
    got = extract(doc, document(doc), onto, gaz).statements
    assert {s.object for s in got if s.subject == chl} == {"Organization/western-governments"}
    assert {(s.subject, s.relation, s.object) for s in got if s.subject == per} == {(per, "sues", bol)}


def test_a_place_word_taken_for_an_adjective_names_no_target(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Chileans", 1, "nsubj", "PROPN", "Chileans", "Organization"), ("rallied", 1, "ROOT", "VERB", "rally"),
        ("outside", 3, "amod", "ADJ", "outside"), ("parliament", 1, "dobj", "NOUN", "parliament"), (".", 1, "punct", "PUNCT", "."),
    ])
    assert not extract(doc, document(doc), onto, gaz).statements


def test_an_act_that_is_only_the_topic_of_something_shared_is_not_the_sharers(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("shared", 1, "ROOT", "VERB", "share"),
        ("information", 1, "dobj", "NOUN", "information"), ("on", 2, "prep", "ADP", "on"), ("the", 5, "det", "DET", "the"),
        ("attacks", 3, "pobj", "NOUN", "attack"), ("with", 5, "prep", "ADP", "with"), ("Peru", 6, "pobj", "PROPN", "Peru", "State"),
        (".", 1, "punct", "PUNCT", "."),
    ])  # the parser hangs "with Peru" on the attacks
    doc[5].tag_ = "NNS"
    got = claims(extract(doc, document(doc), onto, gaz), onto)
    assert not any(r in {"assaults", "threatens"} for _, r, _, _ in got)


def test_a_promise_coordinated_with_taking_sides_is_made_to_that_side(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("sided", 1, "ROOT", "VERB", "side"), ("with", 1, "prep", "ADP", "with"),
        ("Peru", 2, "pobj", "PROPN", "Peru", "State"), ("and", 1, "cc", "CCONJ", "and"), ("pledged", 1, "conj", "VERB", "pledge"),
        ("support", 5, "dobj", "NOUN", "support"), (".", 1, "punct", "PUNCT", "."),
    ])
    chl, per = ids(gaz, "Chile", "Peru")
    got = extract(doc, document(doc), onto, gaz).statements
    assert {(s.subject, s.object) for s in got if s.trigger == "pledge"} == {(chl, per)}


def test_the_deal_after_an_agreement_by_verb_stands_for_those_who_agreed(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Chile", 3, "nsubj", "PROPN", "Chile", "State"), ("and", 0, "cc", "CCONJ", "and"), ("Peru", 0, "conj", "PROPN", "Peru", "State"),
        ("agreed", 3, "ROOT", "VERB", "agree"), (".", 3, "punct", "PUNCT", "."),
        ("Bolivia", 6, "nsubj", "PROPN", "Bolivia", "State"), ("criticised", 6, "ROOT", "VERB", "criticise"),
        ("the", 8, "det", "DET", "the"), ("deal", 6, "dobj", "NOUN", "deal"), (".", 6, "punct", "PUNCT", "."),
    ])
    chl, per, bol = ids(gaz, "Chile", "Peru", "Bolivia")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert {o for s, r, o in got if s == bol} == {chl, per}


def test_a_court_a_case_is_filed_at_is_its_venue_and_the_courts_ruling_is_its_own(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("filed", 1, "ROOT", "VERB", "file"), ("a", 3, "det", "DET", "a"),
        ("case", 1, "dobj", "NOUN", "case"), ("at", 1, "prep", "ADP", "at"), ("the", 6, "det", "DET", "the"),
        ("ICJ", 4, "pobj", "PROPN", "ICJ", "IGO"), (".", 1, "punct", "PUNCT", "."),
        ("Peru", 9, "nsubj", "PROPN", "Peru", "State"), ("rejected", 9, "ROOT", "VERB", "reject"), ("the", 11, "det", "DET", "the"),
        ("court", 13, "poss", "NOUN", "court"), ("'s", 11, "case", "PART", "'s"), ("authority", 9, "dobj", "NOUN", "authority"),
        (".", 9, "punct", "PUNCT", "."),
    ])
    chl, per, icj = ids(gaz, "Chile", "Peru", "ICJ")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert not any(s == chl for s, _, _ in got)
    assert (per, "rejects", icj) in got


def test_a_reason_names_no_target_through_its_acts_agent(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("apologised", 1, "ROOT", "VERB", "apologise"),
        ("to", 1, "prep", "ADP", "to"), ("Peru", 2, "pobj", "PROPN", "Peru", "State"), ("for", 1, "prep", "ADP", "for"),
        ("remarks", 4, "pobj", "NOUN", "remark"), ("made", 5, "acl", "VERB", "make"), ("by", 6, "agent", "ADP", "by"),
        ("Bolivia", 7, "pobj", "PROPN", "Bolivia", "State"), (".", 1, "punct", "PUNCT", "."),
    ])
    doc[6].tag_ = "VBN"
    chl, per = ids(gaz, "Chile", "Peru")
    got = extract(doc, document(doc), onto, gaz).statements
    assert {(s.subject, s.object) for s in got if s.trigger == "apologise"} == {(chl, per)}


def test_two_sides_trading_blame_each_blame_the_other_and_not_whoever_a_clause_names(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Chile", 3, "nsubj", "PROPN", "Chile", "State"), ("and", 0, "cc", "CCONJ", "and"), ("Peru", 0, "conj", "PROPN", "Peru", "State"),
        ("traded", 3, "ROOT", "VERB", "trade"), ("blame", 3, "dobj", "NOUN", "blame"), ("as", 7, "mark", "SCONJ", "as"),
        ("Bolivia", 7, "nsubj", "PROPN", "Bolivia", "State"), ("watched", 3, "advcl", "VERB", "watch"), (".", 3, "punct", "PUNCT", "."),
    ])
    chl, per = ids(gaz, "Chile", "Peru")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert got == {(chl, "opposes", per), (per, "opposes", chl)}


def test_coordinated_modifiers_of_an_act_noun_make_its_phrase_trigger(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("launched", 1, "ROOT", "VERB", "launch"),
        ("artillery", 5, "nmod", "NOUN", "artillery"), ("and", 2, "cc", "CCONJ", "and"), ("rocket", 2, "conj", "NOUN", "rocket"),
        ("fire", 1, "dobj", "NOUN", "fire"), ("against", 5, "prep", "ADP", "against"), ("Peru", 6, "pobj", "PROPN", "Peru", "State"),
        (".", 1, "punct", "PUNCT", "."),
    ])
    chl, per = ids(gaz, "Chile", "Peru")
    assert (chl, "fights", per) in triples(extract(doc, document(doc), onto, gaz), onto)


def test_a_group_that_possesses_a_demand_is_its_author(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Chile", 3, "nsubj", "PROPN", "Chile", "State"), ("will", 3, "aux", "AUX", "will"), ("not", 3, "neg", "PART", "not"),
        ("meet", 3, "ROOT", "VERB", "meet"), ("the", 5, "det", "DET", "the"), ("kidnappers", 7, "poss", "NOUN", "kidnapper"),
        ("'", 5, "case", "PART", "'"), ("demands", 3, "dobj", "NOUN", "demand"), (".", 3, "punct", "PUNCT", "."),
    ])
    chl = gaz.lookup("Chile").id
    got = extract(doc, document(doc), onto, gaz).statements
    assert {(s.subject, s.relation, s.object) for s in got} == {(chl, "rejects", "ArmedGroup/kidnappers")}


def test_whoever_an_act_alarms_opposes_the_actor(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Chile", 2, "poss", "PROPN", "Chile", "State"), ("'s", 0, "case", "PART", "'s"), ("moves", 3, "nsubj", "NOUN", "move"),
        ("alarmed", 3, "ROOT", "VERB", "alarm"), ("Peru", 3, "dobj", "PROPN", "Peru", "State"), (".", 3, "punct", "PUNCT", "."),
    ])
    chl, per = ids(gaz, "Chile", "Peru")
    assert triples(extract(doc, document(doc), onto, gaz), onto) == {(per, "opposes", chl)}


def test_a_companion_after_the_verb_is_no_target(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("mediated", 1, "ROOT", "VERB", "mediate"), ("the", 3, "det", "DET", "the"),
        ("deal", 1, "dobj", "NOUN", "deal"), ("together", 5, "advmod", "ADV", "together"), ("with", 1, "prep", "ADP", "with"),
        ("Peru", 5, "pobj", "PROPN", "Peru", "State"), (".", 1, "punct", "PUNCT", "."),
    ])
    per = gaz.lookup("Peru").id
    assert not any(s.object == per for s in extract(doc, document(doc), onto, gaz).statements)


def test_defeating_someone_in_an_election_uses_no_force(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("beat", 1, "ROOT", "VERB", "beat"), ("Peru", 1, "dobj", "PROPN", "Peru", "State"),
        ("in", 2, "prep", "ADP", "in"), ("the", 5, "det", "DET", "the"), ("final", 3, "pobj", "NOUN", "final"), (".", 1, "punct", "PUNCT", "."),
        ("Bolivia", 8, "nsubj", "PROPN", "Bolivia", "State"), ("defeated", 8, "ROOT", "VERB", "defeat"),
        ("Brazil", 8, "dobj", "PROPN", "Brazil", "State"), ("in", 9, "prep", "ADP", "in"), ("the", 12, "det", "DET", "the"),
        ("vote", 10, "pobj", "NOUN", "vote"), (".", 8, "punct", "PUNCT", "."),
    ])
    assert not extract(doc, document(doc), onto, gaz).statements


def test_attacking_a_policy_criticises_its_owner_and_attacking_positions_assaults(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("attacked", 1, "ROOT", "VERB", "attack"), ("Peru", 4, "poss", "PROPN", "Peru", "State"),
        ("'s", 2, "case", "PART", "'s"), ("budget", 1, "dobj", "NOUN", "budget"), (".", 1, "punct", "PUNCT", "."),
        ("Bolivia", 7, "nsubj", "PROPN", "Bolivia", "State"), ("attacked", 7, "ROOT", "VERB", "attack"),
        ("Brazil", 10, "poss", "PROPN", "Brazil", "State"), ("'s", 8, "case", "PART", "'s"), ("positions", 7, "dobj", "NOUN", "position"),
        (".", 7, "punct", "PUNCT", "."),
    ])
    doc[10].tag_ = "NNS"
    chl, per, bol, bra = ids(gaz, "Chile", "Peru", "Bolivia", "Brazil")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert (chl, "opposes", per) in got and (bol, "assaults", bra) in got
    assert (chl, "assaults", per) not in got


def test_striking_a_deal_is_an_agreement_not_a_strike(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("struck", 1, "ROOT", "VERB", "strike"), ("a", 3, "det", "DET", "a"),
        ("deal", 1, "dobj", "NOUN", "deal"), ("with", 3, "prep", "ADP", "with"), ("Peru", 4, "pobj", "PROPN", "Peru", "State"),
        (".", 1, "punct", "PUNCT", "."),
    ])
    chl, per = ids(gaz, "Chile", "Peru")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert got and all(r == "supports" for _, r, _ in got)  # signsAgreement is a CAMEO 05 act


def test_a_barrage_of_missiles_is_the_means_and_taking_over_a_capital_occupies_its_state(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("launched", 1, "ROOT", "VERB", "launch"), ("a", 3, "det", "DET", "a"),
        ("barrage", 1, "dobj", "NOUN", "barrage"), ("of", 3, "prep", "ADP", "of"), ("missiles", 4, "pobj", "NOUN", "missile"),
        (".", 1, "punct", "PUNCT", "."),
        ("Peru", 8, "nsubj", "PROPN", "Peru", "State"), ("took", 8, "ROOT", "VERB", "take"), ("over", 8, "prt", "ADP", "over"),
        ("Bolivia", 8, "dobj", "PROPN", "Bolivia", "State"), (".", 8, "punct", "PUNCT", "."),
    ])
    doc[5].tag_ = "NNS"
    chl, per, bol = ids(gaz, "Chile", "Peru", "Bolivia")
    got = extract(doc, document(doc), onto, gaz).statements
    assert not any(s.subject == chl for s in got)
    assert {(s.subject, s.relation, s.object) for s in got} == {(per, "occupies", bol)}


def test_pressure_from_someone_that_an_act_follows_is_theirs_on_the_actor(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("eased", 1, "ROOT", "VERB", "ease"), ("curbs", 1, "dobj", "NOUN", "curb"),
        ("under", 2, "prep", "ADP", "under"), ("pressure", 3, "pobj", "NOUN", "pressure"), ("from", 4, "prep", "ADP", "from"),
        ("Peru", 5, "pobj", "PROPN", "Peru", "State"), (".", 1, "punct", "PUNCT", "."),
        ("Bolivia", 9, "nsubj", "PROPN", "Bolivia", "State"), ("relented", 9, "ROOT", "VERB", "relent"), ("after", 9, "prep", "ADP", "after"),
        ("criticism", 10, "pobj", "NOUN", "criticism"), ("from", 11, "prep", "ADP", "from"), ("Brazil", 12, "pobj", "PROPN", "Brazil", "State"),
        (".", 9, "punct", "PUNCT", "."),
    ])
    doc[2].tag_ = "NNS"
    chl, per, bol, bra = ids(gaz, "Chile", "Peru", "Bolivia", "Brazil")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert (per, "demands", chl) in got and (bra, "opposes", bol) in got


def test_two_states_bodies_named_only_by_a_pronoun_stay_apart(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("said", 1, "ROOT", "VERB", "say"), ("its", 3, "poss", "PRON", "its"),
        ("troops", 4, "nsubj", "NOUN", "troop"), ("attacked", 1, "ccomp", "VERB", "attack"), ("Peru", 4, "dobj", "PROPN", "Peru", "State"),
        (".", 1, "punct", "PUNCT", "."),
        ("Peru", 8, "nsubj", "PROPN", "Peru", "State"), ("said", 8, "ROOT", "VERB", "say"), ("its", 10, "poss", "PRON", "its"),
        ("troops", 11, "nsubj", "NOUN", "troop"), ("attacked", 8, "ccomp", "VERB", "attack"),
        ("Chile", 11, "dobj", "PROPN", "Chile", "State"), (".", 8, "punct", "PUNCT", "."),
    ])
    doc[2].tag_ = doc[9].tag_ = "PRP$"
    doc[3].tag_ = doc[10].tag_ = "NNS"
    got = extract(doc, document(doc), onto, gaz).statements
    assert len({s.subject for s in got if s.trigger == "attack"}) == 2


def test_settling_a_dispute_reconciles_and_is_no_opposition(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("settled", 1, "ROOT", "VERB", "settle"), ("its", 3, "poss", "PRON", "its"),
        ("dispute", 1, "dobj", "NOUN", "dispute"), ("with", 3, "prep", "ADP", "with"), ("Peru", 4, "pobj", "PROPN", "Peru", "State"),
        (".", 1, "punct", "PUNCT", "."),
    ])
    chl, per = ids(gaz, "Chile", "Peru")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert (chl, "supports", per) in got and (chl, "opposes", per) not in got


def test_an_object_moved_after_its_predicate_into_an_as_phrase_is_still_the_object(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("condemned", 1, "ROOT", "VERB", "condemn"), ("as", 1, "prep", "ADP", "as"),
        ("illegal", 4, "amod", "ADJ", "illegal"), ("Peru", 6, "poss", "PROPN", "Peru", "State"), ("'s", 4, "case", "PART", "'s"),
        ("treatment", 2, "pobj", "NOUN", "treatment"), ("of", 6, "prep", "ADP", "of"), ("migrants", 7, "pobj", "NOUN", "migrant"),
        (".", 1, "punct", "PUNCT", "."),
    ])
    doc[8].tag_ = "NNS"
    chl, per = ids(gaz, "Chile", "Peru")
    assert (chl, "opposes", per) in triples(extract(doc, document(doc), onto, gaz), onto)


def test_authorities_in_a_state_are_that_states(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Authorities", 3, "nsubj", "NOUN", "authority"), ("in", 0, "prep", "ADP", "in"), ("Chile", 1, "pobj", "PROPN", "Chile", "State"),
        ("criticized", 3, "ROOT", "VERB", "criticize"), ("Peru", 3, "dobj", "PROPN", "Peru", "State"), (".", 3, "punct", "PUNCT", "."),
    ])
    doc[0].tag_ = "NNS"
    chl, per = ids(gaz, "Chile", "Peru")
    assert triples(extract(doc, document(doc), onto, gaz), onto) == {(chl, "opposes", per)}


def test_the_wagers_of_a_larger_conflict_an_act_is_part_of_are_no_target(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("launched", 1, "ROOT", "VERB", "launch"), ("an", 3, "det", "DET", "an"),
        ("attack", 1, "dobj", "NOUN", "attack"), ("in", 3, "prep", "ADP", "in"), ("the", 7, "det", "DET", "the"),
        ("Peruvian", 7, "amod", "ADJ", "peruvian", "State"), ("uprising", 4, "pobj", "NOUN", "uprising"), (".", 1, "punct", "PUNCT", "."),
        ("Bolivia", 10, "nsubj", "PROPN", "Bolivia", "State"), ("launched", 10, "ROOT", "VERB", "launch"), ("an", 12, "det", "DET", "an"),
        ("attack", 10, "dobj", "NOUN", "attack"), ("in", 12, "prep", "ADP", "in"), ("Brazil", 13, "pobj", "PROPN", "Brazil", "State"),
        (".", 10, "punct", "PUNCT", "."),
    ])
    chl, per, bol, bra = ids(gaz, "Chile", "Peru", "Bolivia", "Brazil")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert (bol, "assaults", bra) in got and not any(s == chl and o == per for s, _, o in got)


def test_a_complaint_after_the_clause_it_reports_is_about_that_clauses_subject(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Peru", 2, "nsubj", "PROPN", "Peru", "State"), ("is", 2, "aux", "AUX", "be"), ("arming", 6, "ccomp", "VERB", "arm"),
        ("rebels", 2, "dobj", "NOUN", "rebel"), (",", 6, "punct", "PUNCT", ","), ("Chile", 6, "nsubj", "PROPN", "Chile", "State"),
        ("complained", 6, "ROOT", "VERB", "complain"), (".", 6, "punct", "PUNCT", "."),
    ])
    doc[2].tag_, doc[3].tag_, doc[6].tag_ = "VBG", "NNS", "VBD"
    chl, per = ids(gaz, "Chile", "Peru")
    assert (chl, "opposes", per) in triples(extract(doc, document(doc), onto, gaz), onto)


def test_blocking_a_road_or_access_obstructs_and_blocking_a_resolution_vetoes(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("blocked", 1, "ROOT", "VERB", "block"), ("access", 1, "dobj", "NOUN", "access"),
        ("to", 2, "prep", "ADP", "to"), ("the", 6, "det", "DET", "the"), ("Peruvian", 6, "amod", "ADJ", "peruvian", "State"),
        ("embassy", 3, "pobj", "NOUN", "embassy"), (".", 1, "punct", "PUNCT", "."),
        ("Bolivia", 9, "nsubj", "PROPN", "Bolivia", "State"), ("blocked", 9, "ROOT", "VERB", "block"),
        ("Brazil", 12, "poss", "PROPN", "Brazil", "State"), ("'s", 10, "case", "PART", "'s"),
        ("resolution", 9, "dobj", "NOUN", "resolution"), (".", 9, "punct", "PUNCT", "."),
    ])
    chl, bol, bra = ids(gaz, "Chile", "Bolivia", "Brazil")
    got = {(s.subject, s.relation) for s in extract(doc, document(doc), onto, gaz).statements}
    assert (chl, "obstructs") in got and (chl, "vetoes") not in got
    assert (bol, "vetoes") in got


def test_sending_peacekeeping_troops_provides_protection(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("sent", 1, "ROOT", "VERB", "send"),
        ("peacekeeping", 3, "amod", "NOUN", "peacekeeping"), ("troops", 1, "dobj", "NOUN", "troop"), ("to", 1, "prep", "ADP", "to"),
        ("Haiti", 4, "pobj", "PROPN", "Haiti", "State"), (".", 1, "punct", "PUNCT", "."),
    ])
    doc[3].tag_ = "NNS"
    chl, hti = ids(gaz, "Chile", "Haiti")
    got = {(s.subject, s.relation, s.object) for s in extract(doc, document(doc), onto, gaz).statements}
    assert got == {(chl, "providesProtection", hti)}


def test_mobilizing_civilian_groups_or_means_is_no_force_posture(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("mobilized", 1, "ROOT", "VERB", "mobilize"),
        ("groups", 1, "dobj", "NOUN", "group"), ("in", 1, "prep", "ADP", "in"), ("Peru", 3, "pobj", "PROPN", "Peru", "State"),
        (".", 1, "punct", "PUNCT", "."),
        ("Bolivia", 7, "nsubj", "PROPN", "Bolivia", "State"), ("mobilized", 7, "ROOT", "VERB", "mobilize"),
        ("troops", 7, "dobj", "NOUN", "troop"), ("against", 7, "prep", "ADP", "against"), ("Brazil", 9, "pobj", "PROPN", "Brazil", "State"),
        (".", 7, "punct", "PUNCT", "."),
    ])
    doc[2].tag_ = doc[8].tag_ = "NNS"
    chl, bol, bra = ids(gaz, "Chile", "Bolivia", "Brazil")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert (bol, "mobilizes", bra) in got and not any(s == chl for s, _, _ in got)


def test_strengthening_ones_forces_in_a_state_deploys_there(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("strengthened", 1, "ROOT", "VERB", "strengthen"), ("its", 3, "poss", "PRON", "its"),
        ("forces", 1, "dobj", "NOUN", "force"), ("in", 1, "prep", "ADP", "in"), ("Peru", 4, "pobj", "PROPN", "Peru", "State"),
        (".", 1, "punct", "PUNCT", "."),
    ])
    doc[3].tag_ = "NNS"
    chl, per = ids(gaz, "Chile", "Peru")
    got = {(s.subject, s.relation, s.object) for s in extract(doc, document(doc), onto, gaz).statements}
    assert got == {(chl, "deploys", per)}


def test_coordinated_fire_against_a_groups_camps_is_the_subjects_attack_on_the_group(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("launched", 1, "ROOT", "VERB", "launch"),
        ("artillery", 1, "dobj", "NOUN", "artillery"), ("and", 2, "cc", "CCONJ", "and"), ("rocket", 5, "compound", "NOUN", "rocket"),
        ("fire", 2, "conj", "NOUN", "fire"), ("against", 5, "prep", "ADP", "against"), ("rebel", 8, "amod", "ADJ", "rebel"),
        ("camps", 6, "pobj", "NOUN", "camp"), ("near", 8, "prep", "ADP", "near"), ("Peru", 9, "pobj", "PROPN", "Peru", "State"),
        (".", 1, "punct", "PUNCT", "."),
    ])
    doc[8].tag_ = "NNS"
    chl, per = ids(gaz, "Chile", "Peru")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert {(s, r) for s, r, o in got if o != per} == {(chl, "fights")}  # shelling is CAMEO 194
    assert not any(o == per for _, _, o in got)


def test_refusing_to_let_someone_act_rejects_them(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("refused", 1, "ROOT", "VERB", "refuse"), ("to", 3, "aux", "PART", "to"),
        ("allow", 1, "xcomp", "VERB", "allow"), ("Peru", 6, "nsubj", "PROPN", "Peru", "State"), ("to", 6, "aux", "PART", "to"),
        ("speak", 3, "ccomp", "VERB", "speak"), (".", 1, "punct", "PUNCT", "."),
    ])
    doc[3].tag_ = doc[6].tag_ = "VB"
    chl, per = ids(gaz, "Chile", "Peru")
    assert (chl, "rejects", per, "asserted") in claims(extract(doc, document(doc), onto, gaz), onto)


def test_ordering_an_act_is_doing_it_and_ordering_someone_to_act_asks_them(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("ordered", 1, "ROOT", "VERB", "order"), ("the", 3, "det", "DET", "the"),
        ("expulsion", 1, "dobj", "NOUN", "expulsion"), ("of", 3, "prep", "ADP", "of"), ("Peru", 4, "pobj", "PROPN", "Peru", "State"),
        (".", 1, "punct", "PUNCT", "."),
        ("Bolivia", 8, "nsubj", "PROPN", "Bolivia", "State"), ("ordered", 8, "ROOT", "VERB", "order"),
        ("Brazil", 8, "dobj", "PROPN", "Brazil", "State"), ("to", 11, "aux", "PART", "to"), ("leave", 8, "xcomp", "VERB", "leave"),
        (".", 8, "punct", "PUNCT", "."),
    ])
    doc[11].tag_ = "VB"
    chl, per, bol, bra = ids(gaz, "Chile", "Peru", "Bolivia", "Brazil")
    got = {(s.subject, s.relation, s.object) for s in extract(doc, document(doc), onto, gaz).statements}
    assert (chl, "expelsOrWithdraws", per) in got and not any(r == "demands" and s == chl for s, r, _ in got)
    assert (bol, "demands", bra) in got


def test_a_relative_pronoun_object_stands_for_the_noun_its_clause_describes(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("expelled", 1, "ROOT", "VERB", "expel"), ("Peru", 4, "poss", "PROPN", "Peru", "State"),
        ("'s", 2, "case", "PART", "'s"), ("envoy", 1, "dobj", "NOUN", "envoy"), (",", 4, "punct", "PUNCT", ","),
        ("whom", 8, "dobj", "PRON", "whom"), ("Bolivia", 8, "nsubj", "PROPN", "Bolivia", "State"),
        ("accused", 4, "relcl", "VERB", "accuse"), (".", 1, "punct", "PUNCT", "."),
    ])
    doc[6].tag_ = "WP"
    chl, per, bol = ids(gaz, "Chile", "Peru", "Bolivia")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert (bol, "opposes", per) in got


def test_a_protest_outside_a_states_embassy_is_aimed_at_it(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Peru", 1, "nsubj", "PROPN", "Peru", "State"), ("protested", 1, "ROOT", "VERB", "protest"), ("outside", 1, "prep", "ADP", "outside"),
        ("the", 5, "det", "DET", "the"), ("Chilean", 5, "amod", "ADJ", "chilean", "State"), ("embassy", 2, "pobj", "NOUN", "embassy"),
        (".", 1, "punct", "PUNCT", "."),
    ])
    per, = ids(gaz, "Peru")
    got = [s for s in extract(doc, document(doc), onto, gaz).statements if s.relation == "protests"]
    assert [(s.subject, doc.text[slice(*s.object_span)]) for s in got] == [(per, "Chilean embassy")]


def test_a_visit_for_talks_is_the_visitors_talks_not_the_hosts(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("visited", 1, "ROOT", "VERB", "visit"), ("Peru", 1, "dobj", "PROPN", "Peru", "State"),
        ("for", 1, "prep", "ADP", "for"), ("talks", 3, "pobj", "NOUN", "talk"), ("with", 4, "prep", "ADP", "with"),
        ("Bolivia", 5, "pobj", "PROPN", "Bolivia", "State"), (".", 1, "punct", "PUNCT", "."),
    ])
    doc[4].tag_ = "NNS"
    chl, per, bol = ids(gaz, "Chile", "Peru", "Bolivia")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert (chl, "consults", bol) in got and not {(per, "consults", bol), (bol, "consults", per)} & got


def test_who_claims_an_attack_did_it(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("claimed", 1, "ROOT", "VERB", "claim"), ("the", 3, "det", "DET", "the"),
        ("attack", 1, "dobj", "NOUN", "attack"), ("on", 3, "prep", "ADP", "on"), ("Peru", 4, "pobj", "PROPN", "Peru", "State"),
        (".", 1, "punct", "PUNCT", "."),
    ])
    chl, per = ids(gaz, "Chile", "Peru")
    assert (chl, "assaults", per) in triples(extract(doc, document(doc), onto, gaz), onto)


def test_a_title_before_an_apposed_name_and_the_speakers_own_he(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Carlos", 1, "compound", "PROPN", "Carlos", "Person"), ("Diaz", 2, "nsubj", "PROPN", "Diaz", "+Person"),
        ("spoke", 2, "ROOT", "VERB", "speak"), (".", 2, "punct", "PUNCT", "."),
        ("Peru", 6, "poss", "PROPN", "Peru", "State"), ("'s", 4, "case", "PART", "'s"), ("minister", 11, "nsubj", "NOUN", "minister"),
        (",", 6, "punct", "PUNCT", ","), ("Juan", 9, "compound", "PROPN", "Juan", "Person"), ("Perez", 6, "appos", "PROPN", "Perez", "+Person"),
        (",", 6, "punct", "PUNCT", ","), ("said", 11, "ROOT", "VERB", "say"), ("he", 14, "nsubj", "PRON", "he"),
        ("would", 14, "aux", "AUX", "would"), ("criticize", 11, "ccomp", "VERB", "criticize"), ("Chile", 14, "dobj", "PROPN", "Chile", "State"),
        (".", 11, "punct", "PUNCT", "."),
    ])
    doc[12].tag_, doc[13].tag_, doc[14].tag_ = "PRP", "MD", "VB"
    per, chl = ids(gaz, "Peru", "Chile")
    got = {(doc.text[slice(*s.subject_span)], s.relation, s.object) for s in extract(doc, document(doc), onto, gaz).statements}
    assert ("Juan Perez", "memberOf", per) in got
    juan = {s.subject for s in extract(doc, document(doc), onto, gaz).statements if s.relation == "memberOf"}
    assert {s.subject for s in extract(doc, document(doc), onto, gaz).statements if s.object == chl} == juan


def test_an_order_to_act_with_an_accusation_beside_it_and_regretting_anothers_decision(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("ordered", 1, "ROOT", "VERB", "order"), ("Peru", 1, "dobj", "PROPN", "Peru", "State"),
        ("to", 4, "aux", "PART", "to"), ("leave", 1, "xcomp", "VERB", "leave"), (",", 1, "punct", "PUNCT", ","),
        ("accusing", 1, "advcl", "VERB", "accuse"), ("it", 6, "dobj", "PRON", "it"), (".", 1, "punct", "PUNCT", "."),
        ("Bolivia", 10, "nsubj", "PROPN", "Bolivia", "State"), ("regretted", 10, "ROOT", "VERB", "regret"),
        ("Brazil", 13, "poss", "PROPN", "Brazil", "State"), ("'s", 11, "case", "PART", "'s"), ("decision", 10, "dobj", "NOUN", "decision"),
        (".", 10, "punct", "PUNCT", "."),
    ])
    doc[4].tag_, doc[6].tag_, doc[7].tag_ = "VB", "VBG", "PRP"
    chl, per, bol, bra = ids(gaz, "Chile", "Peru", "Bolivia", "Brazil")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert {(chl, "demands", per), (chl, "opposes", per), (bol, "opposes", bra)} <= got
    assert (per, "opposes", per) not in got and (bol, "supports", bra) not in got


def test_a_family_name_first_alone_is_the_person_named_in_full_before(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Lai", 2, "compound", "PROPN", "Lai", "Person"), ("Ching-te", 2, "nsubj", "PROPN", "Ching-te", "+Person"),
        ("spoke", 2, "ROOT", "VERB", "speak"), (".", 2, "punct", "PUNCT", "."),
        ("Chile", 5, "nsubj", "PROPN", "Chile", "State"), ("accused", 5, "ROOT", "VERB", "accuse"), ("Lai", 5, "dobj", "PROPN", "Lai", "Person"),
        (".", 5, "punct", "PUNCT", "."),
    ])
    got = extract(doc, document(doc), onto, gaz)
    assert [s.object for s in got.statements if s.trigger == "accuse"] == ids(gaz, "Lai Ching-te")


def test_drills_around_a_state_and_warships_sent_with_jets_show_force_at_it(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("held", 1, "ROOT", "VERB", "hold"), ("drills", 1, "dobj", "NOUN", "drill"),
        ("around", 1, "prep", "ADP", "around"), ("Peru", 3, "pobj", "PROPN", "Peru", "State"), (".", 1, "punct", "PUNCT", "."),
        ("Bolivia", 7, "nsubj", "PROPN", "Bolivia", "State"), ("sent", 7, "ROOT", "VERB", "send"), ("warships", 7, "dobj", "NOUN", "warship"),
        ("and", 8, "cc", "CCONJ", "and"), ("jets", 8, "conj", "NOUN", "jet"), ("to", 7, "prep", "ADP", "to"),
        ("Brazil", 11, "pobj", "PROPN", "Brazil", "State"), (".", 7, "punct", "PUNCT", "."),
    ])
    doc[2].tag_ = doc[8].tag_ = doc[10].tag_ = "NNS"
    chl, per, bol, bra = ids(gaz, "Chile", "Peru", "Bolivia", "Brazil")
    got = {(s.subject, s.relation, s.object) for s in extract(doc, document(doc), onto, gaz).statements}
    assert (chl, "mobilizes", per) in got
    assert {o for s, _, o in got if s == bol} == {bra}


def test_an_installation_used_by_an_actor_stands_for_it_as_a_target(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("struck", 1, "ROOT", "VERB", "strike"), ("tunnels", 1, "dobj", "NOUN", "tunnel"),
        ("used", 2, "acl", "VERB", "use"), ("by", 3, "agent", "ADP", "by"), ("Peru", 4, "pobj", "PROPN", "Peru", "State"),
        (".", 1, "punct", "PUNCT", "."),
    ])
    doc[2].tag_, doc[3].tag_ = "NNS", "VBN"
    chl, per = ids(gaz, "Chile", "Peru")
    assert {(s.subject, s.object) for s in extract(doc, document(doc), onto, gaz).statements} == {(chl, per)}


def test_in_exchange_for_states_terms_and_no_exchange(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("released", 1, "ROOT", "VERB", "release"), ("hostages", 1, "dobj", "NOUN", "hostage"),
        ("in", 1, "prep", "ADP", "in"), ("exchange", 3, "pobj", "NOUN", "exchange"), ("for", 4, "prep", "ADP", "for"),
        ("Peruvian", 7, "amod", "ADJ", "peruvian", "State"), ("prisoners", 5, "pobj", "NOUN", "prisoner"), (".", 1, "punct", "PUNCT", "."),
    ])
    doc[2].tag_ = doc[7].tag_ = "NNS"
    got = extract(doc, document(doc), onto, gaz).statements
    assert not any(s.trigger == "exchange" for s in got)


def test_rivals_named_in_apposition_are_the_ones_courted_not_their_rival(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("courted", 1, "ROOT", "VERB", "court"), ("Peru", 4, "poss", "PROPN", "Peru", "State"),
        ("'s", 2, "case", "PART", "'s"), ("rivals", 1, "dobj", "NOUN", "rival"), (",", 4, "punct", "PUNCT", ","),
        ("Bolivia", 4, "appos", "PROPN", "Bolivia", "State"), ("and", 6, "cc", "CCONJ", "and"), ("Brazil", 6, "conj", "PROPN", "Brazil", "State"),
        (".", 1, "punct", "PUNCT", "."),
    ])
    doc[4].tag_ = "NNS"
    chl, per, bol, bra = ids(gaz, "Chile", "Peru", "Bolivia", "Brazil")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert {(chl, "supports", bol), (chl, "supports", bra), (per, "opposes", bol)} <= got and (chl, "supports", per) not in got


def test_acts_by_someone_with_by_hung_on_the_verb_are_theirs(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("investigated", 1, "ROOT", "VERB", "investigate"),
        ("crimes", 1, "dobj", "NOUN", "crime"), ("by", 1, "prep", "ADP", "by"), ("Peru", 3, "pobj", "PROPN", "Peru", "State"),
        (".", 1, "punct", "PUNCT", "."),
    ])
    doc[2].tag_ = "NNS"
    chl, per = ids(gaz, "Chile", "Peru")
    assert triples(extract(doc, document(doc), onto, gaz), onto) == {(chl, "investigates", per)}


def test_a_markets_demand_for_goods_is_no_political_demand(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Peruvian", 1, "amod", "ADJ", "peruvian", "State"), ("demand", 5, "nsubj", "NOUN", "demand"), ("for", 1, "prep", "ADP", "for"),
        ("Bolivian", 4, "amod", "ADJ", "bolivian", "State"), ("soybeans", 2, "pobj", "NOUN", "soybean"), ("rose", 5, "ROOT", "VERB", "rise"),
        (".", 5, "punct", "PUNCT", "."),
    ])
    doc[4].tag_ = "NNS"
    per, bol = ids(gaz, "Peru", "Bolivia")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert (per, "demands", bol) not in got


def test_it_in_a_coordinated_clause_is_the_first_clauses_subject_not_a_relative_clauses(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("backed", 1, "ROOT", "VERB", "back"), ("plans", 1, "dobj", "NOUN", "plan"),
        ("that", 5, "dobj", "SCONJ", "that"), ("Peru", 5, "nsubj", "PROPN", "Peru", "State"), ("opposed", 2, "relcl", "VERB", "oppose"),
        (",", 1, "punct", "PUNCT", ","), ("and", 1, "cc", "CCONJ", "and"), ("it", 9, "nsubj", "PRON", "it"),
        ("criticized", 1, "conj", "VERB", "criticize"), ("Bolivia", 9, "dobj", "PROPN", "Bolivia", "State"), (".", 1, "punct", "PUNCT", "."),
    ])
    doc[2].tag_, doc[8].tag_ = "NNS", "PRP"
    chl, per, bol = ids(gaz, "Chile", "Peru", "Bolivia")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert (chl, "opposes", bol) in got and (per, "opposes", bol) not in got


def test_a_phrasal_verbs_own_object_wins_though_generic_and_broken_relations(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("called", 1, "ROOT", "VERB", "call"), ("on", 1, "prep", "ADP", "on"),
        ("officials", 2, "pobj", "NOUN", "official"), ("to", 5, "aux", "PART", "to"), ("criticize", 1, "xcomp", "VERB", "criticize"),
        ("Peru", 5, "dobj", "PROPN", "Peru", "State"), (".", 1, "punct", "PUNCT", "."),
        ("Bolivia", 9, "nsubj", "PROPN", "Bolivia", "State"), ("broke", 9, "ROOT", "VERB", "break"), ("relations", 9, "dobj", "NOUN", "relation"),
        ("with", 10, "prep", "ADP", "with"), ("Brazil", 11, "pobj", "PROPN", "Brazil", "State"), (".", 9, "punct", "PUNCT", "."),
    ])
    doc[3].tag_, doc[5].tag_, doc[10].tag_ = "NNS", "VB", "NNS"
    chl, per, bol, bra = ids(gaz, "Chile", "Peru", "Bolivia", "Brazil")
    got = {(s.subject, s.relation, s.object) for s in extract(doc, document(doc), onto, gaz).statements}
    assert {o for s, r, o in got if s == chl and r == "appealsTo"} == {"Person/officials"}
    assert (bol, "breaksRelations", bra) in got


def test_an_object_hung_on_the_predicate_noun_of_an_as_phrase(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("rejected", 1, "ROOT", "VERB", "reject"), ("as", 1, "prep", "ADP", "as"),
        ("interference", 2, "pobj", "NOUN", "interference"), ("a", 6, "det", "DET", "a"), ("Peruvian", 6, "amod", "ADJ", "peruvian", "State"),
        ("statement", 3, "dobj", "NOUN", "statement"), (".", 1, "punct", "PUNCT", "."),
    ])
    chl, per = ids(gaz, "Chile", "Peru")
    assert (chl, "rejects", per) in triples(extract(doc, document(doc), onto, gaz), onto)


def test_descriptions_of_a_state_an_object_is_not_its_clauses_subject_and_neighbours_are_states(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Qatar", 1, "nsubj", "PROPN", "Qatar", "State"), ("hosted", 1, "ROOT", "VERB", "host"), ("Hamas", 1, "dobj", "PROPN", "Hamas", "ArmedGroup"),
        (".", 1, "punct", "PUNCT", "."),
        ("Chile", 5, "nsubj", "PROPN", "Chile", "State"), ("restored", 5, "ROOT", "VERB", "restore"), ("relations", 5, "dobj", "NOUN", "relation"),
        ("with", 6, "prep", "ADP", "with"), ("the", 9, "det", "DET", "the"), ("emirate", 7, "pobj", "NOUN", "emirate"), (".", 5, "punct", "PUNCT", "."),
        ("Peru", 12, "nsubj", "PROPN", "Peru", "State"), ("blockaded", 12, "ROOT", "VERB", "blockade"), ("its", 14, "poss", "PRON", "its"),
        ("neighbour", 12, "dobj", "NOUN", "neighbour"), (".", 12, "punct", "PUNCT", "."),
    ])
    doc[6].tag_ = "NNS"
    qat, chl, per = ids(gaz, "Qatar", "Chile", "Peru")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert (chl, "supports", qat) in got  # restoring relations is CAMEO 05
    assert {o for s, r, o in got if s == per} == {chl}  # Peru's neighbour: the last state, not Hamas


def test_a_relative_clause_on_an_apposition_is_the_described_actors(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Chile", 9, "nsubj", "PROPN", "Chile", "State"), (",", 0, "punct", "PUNCT", ","), ("a", 4, "det", "DET", "a"),
        ("NATO", 4, "compound", "PROPN", "NATO", "IGO"), ("member", 0, "appos", "NOUN", "member"), ("that", 6, "nsubj", "PRON", "that"),
        ("backs", 4, "relcl", "VERB", "back"), ("Peru", 6, "dobj", "PROPN", "Peru", "State"), (",", 0, "punct", "PUNCT", ","),
        ("spoke", 9, "ROOT", "VERB", "speak"), (".", 9, "punct", "PUNCT", "."),
    ])
    doc[5].tag_ = "WDT"
    chl, per, nato = ids(gaz, "Chile", "Peru", "NATO")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert (chl, "supports", per) in got and (nato, "supports", per) not in got


def test_the_kingdom_of_a_state_is_that_state_though_taken_for_a_name(build_doc, document, onto, gaz):
    doc = build_doc([
        ("The", 1, "det", "DET", "the", "GPE"), ("kingdom", 4, "nsubj", "NOUN", "kingdom", "+GPE"), ("of", 1, "prep", "ADP", "of", "+GPE"),
        ("Chile", 2, "pobj", "PROPN", "Chile", "State"), ("criticized", 4, "ROOT", "VERB", "criticize"),
        ("Peru", 4, "dobj", "PROPN", "Peru", "State"), (".", 4, "punct", "PUNCT", "."),
    ])
    chl, per = ids(gaz, "Chile", "Peru")
    assert triples(extract(doc, document(doc), onto, gaz), onto) == {(chl, "opposes", per)}


def test_enslaving_abducts(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("enslaved", 1, "ROOT", "VERB", "enslave"),
        ("Peru", 1, "dobj", "PROPN", "Peru", "State"), (".", 1, "punct", "PUNCT", "."),
    ])
    chl, per = ids(gaz, "Chile", "Peru")
    assert {(s.subject, s.relation, s.object) for s in extract(doc, document(doc), onto, gaz).statements} == {(chl, "abducts", per)}


def test_an_office_named_in_an_undated_text_is_its_state_and_in_a_dated_one_its_holder_then(build_doc, document, onto, gaz):
    rows = [
        ("Germany", 2, "poss", "PROPN", "Germany", "State"), ("'s", 0, "case", "PART", "'s"), ("chancellor", 3, "nsubj", "NOUN", "chancellor"),
        ("criticized", 3, "ROOT", "VERB", "criticize"), ("Peru", 3, "dobj", "PROPN", "Peru", "State"), (".", 3, "punct", "PUNCT", "."),
    ]
    deu, per, merkel = ids(gaz, "Germany", "Peru", "Angela Merkel")
    doc = build_doc(rows)
    assert {(s.subject, s.object) for s in extract(doc, document(doc), onto, gaz).statements} == {(deu, per)}
    doc = build_doc(rows)
    got = {(s.subject, s.relation, s.object) for s in extract(doc, document(doc, "2015-06-01"), onto, gaz).statements}
    assert {(s, o) for s, r, o in got if r != "leaderOf"} == {(merkel, per)} and (merkel, "leaderOf", deu) in got


def test_ministers_of_two_states_meet_each_other_and_returned_prisoners_are_released(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Ministers", 5, "nsubj", "NOUN", "minister"), ("of", 0, "prep", "ADP", "of"), ("Chile", 1, "pobj", "PROPN", "Chile", "State"),
        ("and", 2, "cc", "CCONJ", "and"), ("Peru", 2, "conj", "PROPN", "Peru", "State"), ("met", 5, "ROOT", "VERB", "meet"),
        (".", 5, "punct", "PUNCT", "."),
        ("Bolivia", 8, "nsubj", "PROPN", "Bolivia", "State"), ("returned", 8, "ROOT", "VERB", "return"),
        ("Brazilian", 10, "amod", "ADJ", "brazilian", "State"), ("prisoners", 8, "dobj", "NOUN", "prisoner"), (".", 8, "punct", "PUNCT", "."),
    ])
    doc[0].tag_ = doc[10].tag_ = "NNS"
    chl, per, bol = ids(gaz, "Chile", "Peru", "Bolivia")
    got = {(s.subject, s.relation, s.object) for s in extract(doc, document(doc), onto, gaz).statements}
    assert {(s, o) for s, r, o in got if r == "meetsWith"} & {(chl, per), (per, chl)}
    assert any(s == bol and r == "releases" for s, r, o in got)


def test_no_evidence_that_and_neither_nor_deny_the_act(build_doc, document, onto, gaz):
    doc = build_doc([
        ("There", 1, "expl", "PRON", "there"), ("is", 1, "ROOT", "VERB", "be"), ("no", 3, "det", "DET", "no"),
        ("evidence", 1, "attr", "NOUN", "evidence"), ("that", 7, "mark", "SCONJ", "that"), ("Chile", 7, "nsubj", "PROPN", "Chile", "State"),
        ("has", 7, "aux", "AUX", "have"), ("armed", 3, "acl", "VERB", "arm"), ("Peru", 7, "dobj", "PROPN", "Peru", "State"),
        (".", 1, "punct", "PUNCT", "."),
        ("Neither", 11, "det", "CCONJ", "neither"), ("Bolivia", 14, "nsubj", "PROPN", "Bolivia", "State"), ("nor", 11, "cc", "CCONJ", "nor"),
        ("Brazil", 11, "conj", "PROPN", "Brazil", "State"), ("criticized", 14, "ROOT", "VERB", "criticize"),
        ("Peru", 14, "dobj", "PROPN", "Peru", "State"), (".", 14, "punct", "PUNCT", "."),
    ])
    doc[7].tag_ = "VBN"
    got = extract(doc, document(doc), onto, gaz).statements
    assert got and {s.modality for s in got} == {"negated"}
    assert {s.trigger for s in got} == {"arm", "criticize"}


def test_not_ruling_out_sanctions_threatens_them_and_rejects_nothing(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Chile", 3, "nsubj", "PROPN", "Chile", "State"), ("did", 3, "aux", "AUX", "do"), ("not", 3, "neg", "PART", "not"),
        ("rule", 3, "ROOT", "VERB", "rule"), ("out", 3, "prt", "ADP", "out"), ("sanctions", 3, "dobj", "NOUN", "sanction"),
        ("on", 5, "prep", "ADP", "on"), ("Peru", 6, "pobj", "PROPN", "Peru", "State"), (".", 3, "punct", "PUNCT", "."),
    ])
    doc[4].tag_, doc[5].tag_ = "RP", "NNS"
    chl, per = ids(gaz, "Chile", "Peru")
    assert claims(extract(doc, document(doc), onto, gaz), onto) == {(chl, "threatens", per, "asserted")}


def test_refusing_to_rule_out_sanctions_threatens_them(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("refused", 1, "ROOT", "VERB", "refuse"), ("to", 3, "aux", "PART", "to"),
        ("rule", 1, "xcomp", "VERB", "rule"), ("out", 3, "prt", "ADP", "out"), ("sanctions", 3, "dobj", "NOUN", "sanction"),
        ("on", 5, "prep", "ADP", "on"), ("Peru", 6, "pobj", "PROPN", "Peru", "State"), (".", 1, "punct", "PUNCT", "."),
    ])
    doc[3].tag_, doc[4].tag_, doc[5].tag_ = "VB", "RP", "NNS"
    chl, per = ids(gaz, "Chile", "Peru")
    assert claims(extract(doc, document(doc), onto, gaz), onto) == {(chl, "threatens", per, "asserted")}


def test_a_ship_owned_by_a_state_with_a_hyphen_is_that_states(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("attacked", 1, "ROOT", "VERB", "attack"), ("a", 6, "det", "DET", "a"),
        ("Peru", 5, "npadvmod", "PROPN", "Peru", "State"), ("-", 5, "punct", "PUNCT", "-"), ("owned", 6, "amod", "VERB", "own"),
        ("ship", 1, "dobj", "NOUN", "ship"), (".", 1, "punct", "PUNCT", "."),
    ])
    doc[5].tag_ = "VBN"
    chl, per = ids(gaz, "Chile", "Peru")
    assert triples(extract(doc, document(doc), onto, gaz), onto) == {(chl, "assaults", per)}


def test_an_object_taken_for_the_apposition_of_an_as_phrase_is_still_the_object(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile condemned as a crime Peru's treatment of migrants."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("condemned", 1, "ROOT", "VERB", "condemn"), ("as", 1, "prep", "ADP", "as"),
        ("a", 4, "det", "DET", "a"), ("crime", 2, "pobj", "NOUN", "crime"), ("Peru", 7, "poss", "PROPN", "Peru", "State"),
        ("'s", 5, "case", "PART", "'s"), ("treatment", 4, "appos", "NOUN", "treatment"), ("of", 7, "prep", "ADP", "of"),
        ("migrants", 8, "pobj", "NOUN", "migrant"), (".", 1, "punct", "PUNCT", "."),
    ])
    doc[9].tag_ = "NNS"
    chl, per = ids(gaz, "Chile", "Peru")
    assert (chl, "opposes", per) in triples(extract(doc, document(doc), onto, gaz), onto)


def test_a_states_adjective_made_ethnic_names_a_people_not_the_state(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile suppressed ethnic Peruvian unrest." / "Chile suppressed Peruvian unrest."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("suppressed", 1, "ROOT", "VERB", "suppress"),
        ("ethnic", 3, "amod", "ADJ", "ethnic"), ("Peruvian", 4, "amod", "ADJ", "peruvian", "State"),
        ("unrest", 1, "dobj", "NOUN", "unrest"), (".", 1, "punct", "PUNCT", "."),
        ("Chile", 7, "nsubj", "PROPN", "Chile", "State"), ("suppressed", 7, "ROOT", "VERB", "suppress"),
        ("Bolivian", 9, "amod", "ADJ", "bolivian", "State"), ("unrest", 7, "dobj", "NOUN", "unrest"), (".", 7, "punct", "PUNCT", "."),
    ])
    chl, per, bol = ids(gaz, "Chile", "Peru", "Bolivia")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert (chl, "coerces", bol) in got
    assert not any(o == per for s, r, o in got)


def test_what_a_warner_says_it_may_do_is_a_threat_not_a_guess(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile warned it could attack Peru." / "Bolivia warned Brazil could attack Peru."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("warned", 1, "ROOT", "VERB", "warn"), ("it", 4, "nsubj", "PRON", "it"),
        ("could", 4, "aux", "AUX", "could"), ("attack", 1, "ccomp", "VERB", "attack"), ("Peru", 4, "dobj", "PROPN", "Peru", "State"),
        (".", 1, "punct", "PUNCT", "."),
        ("Bolivia", 8, "nsubj", "PROPN", "Bolivia", "State"), ("warned", 8, "ROOT", "VERB", "warn"),
        ("Brazil", 11, "nsubj", "PROPN", "Brazil", "State"), ("could", 11, "aux", "AUX", "could"), ("attack", 8, "ccomp", "VERB", "attack"),
        ("Peru", 11, "dobj", "PROPN", "Peru", "State"), (".", 8, "punct", "PUNCT", "."),
    ])
    doc[2].tag_, doc[4].tag_, doc[11].tag_ = "PRP", "VB", "VB"
    chl, per, bol, bra = ids(gaz, "Chile", "Peru", "Bolivia", "Brazil")
    got = claims(extract(doc, document(doc), onto, gaz), onto)
    assert (chl, "threatens", per, "asserted") in got  # an intended attack is a threat made
    assert (bra, "threatens", per) not in {(s, r, o) for s, r, o, _ in got}  # another's act is the warner's guess


def test_a_bare_means_noun_names_no_body(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile said it would respond with force." / "The force attacked Peru."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("said", 1, "ROOT", "VERB", "say"), ("it", 4, "nsubj", "PRON", "it"),
        ("would", 4, "aux", "AUX", "would"), ("respond", 1, "ccomp", "VERB", "respond"), ("with", 4, "prep", "ADP", "with"),
        ("force", 5, "pobj", "NOUN", "force"), (".", 1, "punct", "PUNCT", "."),
        ("The", 9, "det", "DET", "the"), ("force", 10, "nsubj", "NOUN", "force"), ("attacked", 10, "ROOT", "VERB", "attack"),
        ("Peru", 10, "dobj", "PROPN", "Peru", "State"), (".", 10, "punct", "PUNCT", "."),
    ])
    doc[2].tag_, doc[4].tag_ = "PRP", "VB"
    chl, per = ids(gaz, "Chile", "Peru")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert not any(s == chl for s, r, o in got)
    assert any(r == "assaults" and o == per and s.startswith("GovernmentBody/") for s, r, o in got)


def test_a_name_hyphened_to_an_association_participle_is_whom_the_thing_is_tied_to(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile seized a Peru-linked ship."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("seized", 1, "ROOT", "VERB", "seize"), ("a", 6, "det", "DET", "a"),
        ("Peru", 5, "npadvmod", "PROPN", "Peru", "State"), ("-", 5, "punct", "PUNCT", "-"), ("linked", 6, "amod", "VERB", "link"),
        ("ship", 1, "dobj", "NOUN", "ship"), (".", 1, "punct", "PUNCT", "."),
    ])
    doc[5].tag_ = "VBN"
    chl, per = ids(gaz, "Chile", "Peru")
    assert (chl, "coerces", per) in triples(extract(doc, document(doc), onto, gaz), onto)


def test_a_possessive_in_the_object_of_a_reported_clause_is_the_reporters(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile said Peru had shelled its towns." / "Bolivia said Brazil had deployed its troops."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("said", 1, "ROOT", "VERB", "say"), ("Peru", 4, "nsubj", "PROPN", "Peru", "State"),
        ("had", 4, "aux", "AUX", "have"), ("shelled", 1, "ccomp", "VERB", "shell"), ("its", 6, "poss", "PRON", "its"),
        ("towns", 4, "dobj", "NOUN", "town"), (".", 1, "punct", "PUNCT", "."),
        ("Bolivia", 9, "nsubj", "PROPN", "Bolivia", "State"), ("said", 9, "ROOT", "VERB", "say"),
        ("Brazil", 12, "nsubj", "PROPN", "Brazil", "State"), ("had", 12, "aux", "AUX", "have"),
        ("deployed", 9, "ccomp", "VERB", "deploy"), ("its", 14, "poss", "PRON", "its"), ("troops", 12, "dobj", "NOUN", "troop"),
        (".", 9, "punct", "PUNCT", "."),
    ])
    doc[5].tag_, doc[6].tag_, doc[4].tag_, doc[13].tag_, doc[14].tag_, doc[12].tag_ = "PRP$", "NNS", "VBN", "PRP$", "NNS", "VBN"
    chl, per, bol = ids(gaz, "Chile", "Peru", "Bolivia")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert (per, "fights", chl) in got  # Chile's towns
    assert not any(bol in (s, o) or "bol" in o.lower() for s, r, o in got)  # one's own troops are deployed


def test_what_is_threatened_under_a_threat_verb_is_a_threat_whatever_names_its_target(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile threatened to impose import restrictions on Peru."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("threatened", 1, "ROOT", "VERB", "threaten"), ("to", 3, "aux", "PART", "to"),
        ("impose", 1, "xcomp", "VERB", "impose"), ("import", 5, "compound", "NOUN", "import"),
        ("restrictions", 3, "dobj", "NOUN", "restriction"), ("on", 5, "prep", "ADP", "on"), ("Peru", 6, "pobj", "PROPN", "Peru", "State"),
        (".", 1, "punct", "PUNCT", "."),
    ])
    doc[3].tag_, doc[5].tag_ = "VB", "NNS"
    chl, per = ids(gaz, "Chile", "Peru")
    assert triples(extract(doc, document(doc), onto, gaz), onto) == {(chl, "threatens", per)}


def test_a_third_party_named_only_as_the_agent_of_what_it_brokered_mediates_between_its_parties(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile and Peru restored relations in a deal brokered by Brazil."
        ("Chile", 3, "nsubj", "PROPN", "Chile", "State"), ("and", 0, "cc", "CCONJ", "and"), ("Peru", 0, "conj", "PROPN", "Peru", "State"),
        ("restored", 3, "ROOT", "VERB", "restore"), ("relations", 3, "dobj", "NOUN", "relation"), ("in", 3, "prep", "ADP", "in"),
        ("a", 7, "det", "DET", "a"), ("deal", 5, "pobj", "NOUN", "deal"), ("brokered", 7, "acl", "VERB", "broker"),
        ("by", 8, "agent", "ADP", "by"), ("Brazil", 9, "pobj", "PROPN", "Brazil", "State"), (".", 3, "punct", "PUNCT", "."),
        # "The truce between Bolivia and Chile was brokered by Peru."
        ("The", 13, "det", "DET", "the"), ("truce", 19, "nsubjpass", "NOUN", "truce"), ("between", 13, "prep", "ADP", "between"),
        ("Bolivia", 14, "pobj", "PROPN", "Bolivia", "State"), ("and", 15, "cc", "CCONJ", "and"),
        ("Chile", 15, "conj", "PROPN", "Chile", "State"), ("was", 19, "auxpass", "AUX", "be"), ("brokered", 19, "ROOT", "VERB", "broker"),
        ("by", 19, "agent", "ADP", "by"), ("Peru", 20, "pobj", "PROPN", "Peru", "State"), (".", 19, "punct", "PUNCT", "."),
    ])
    doc[4].tag_, doc[8].tag_, doc[19].tag_ = "NNS", "VBN", "VBN"
    chl, per, bra, bol = ids(gaz, "Chile", "Peru", "Brazil", "Bolivia")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert {(bra, "consults", chl), (bra, "consults", per), (per, "consults", bol), (per, "consults", chl)} <= got


def test_what_a_third_party_brokered_does_not_stand_for_the_broker(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile and Peru agreed to a truce brokered by Brazil."
        ("Chile", 3, "nsubj", "PROPN", "Chile", "State"), ("and", 0, "cc", "CCONJ", "and"), ("Peru", 0, "conj", "PROPN", "Peru", "State"),
        ("agreed", 3, "ROOT", "VERB", "agree"), ("to", 3, "prep", "ADP", "to"), ("a", 6, "det", "DET", "a"),
        ("truce", 4, "pobj", "NOUN", "truce"), ("brokered", 6, "acl", "VERB", "broker"), ("by", 7, "agent", "ADP", "by"),
        ("Brazil", 8, "pobj", "PROPN", "Brazil", "State"), (".", 3, "punct", "PUNCT", "."),
    ])
    doc[3].tag_, doc[7].tag_ = "VBD", "VBN"
    chl, per, bra = ids(gaz, "Chile", "Peru", "Brazil")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert not any(s in {chl, per} and o == bra and r != "consults" for s, r, o in got)
    assert (chl, "intendsToCooperate", per) in got or (per, "intendsToCooperate", chl) in got


def test_an_indefinite_summary_of_a_clause_stands_for_its_subject(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile annexed Peru, a move condemned by Bolivia." (summary on the object, then on the verb)
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("annexed", 1, "ROOT", "VERB", "annex"), ("Peru", 1, "dobj", "PROPN", "Peru", "State"),
        (",", 1, "punct", "PUNCT", ","), ("a", 5, "det", "DET", "a"), ("move", 2, "appos", "NOUN", "move"),
        ("condemned", 5, "acl", "VERB", "condemn"), ("by", 6, "agent", "ADP", "by"), ("Bolivia", 7, "pobj", "PROPN", "Bolivia", "State"),
        (".", 1, "punct", "PUNCT", "."),
        ("Brazil", 11, "nsubj", "PROPN", "Brazil", "State"), ("annexed", 11, "ROOT", "VERB", "annex"), ("Peru", 11, "dobj", "PROPN", "Peru", "State"),
        (",", 11, "punct", "PUNCT", ","), ("a", 15, "det", "DET", "a"), ("move", 11, "npadvmod", "NOUN", "move"),
        ("condemned", 15, "acl", "VERB", "condemn"), ("by", 16, "agent", "ADP", "by"), ("Chile", 17, "pobj", "PROPN", "Chile", "State"),
        (".", 11, "punct", "PUNCT", "."),
    ])
    doc[6].tag_, doc[16].tag_ = "VBN", "VBN"
    chl, per, bol, bra = ids(gaz, "Chile", "Peru", "Bolivia", "Brazil")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert (bol, "opposes", chl) in got and (chl, "opposes", bra) in got
    assert (bol, "opposes", per) not in got  # the annexed is not the one condemned


def test_drills_named_again_as_exercises_are_the_same_act(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile held drills. Bolivia attacked Brazil. Peru condemned the exercises."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("held", 1, "ROOT", "VERB", "hold"), ("drills", 1, "dobj", "NOUN", "drill"),
        (".", 1, "punct", "PUNCT", "."),
        ("Bolivia", 5, "nsubj", "PROPN", "Bolivia", "State"), ("attacked", 5, "ROOT", "VERB", "attack"),
        ("Brazil", 5, "dobj", "PROPN", "Brazil", "State"), (".", 5, "punct", "PUNCT", "."),
        ("Peru", 9, "nsubj", "PROPN", "Peru", "State"), ("condemned", 9, "ROOT", "VERB", "condemn"), ("the", 11, "det", "DET", "the"),
        ("exercises", 9, "dobj", "NOUN", "exercise"), (".", 9, "punct", "PUNCT", "."),
    ])
    doc[2].tag_, doc[11].tag_ = "NNS", "NNS"
    chl, per, bol = ids(gaz, "Chile", "Peru", "Bolivia")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert (per, "opposes", chl) in got and (per, "opposes", bol) not in got


def test_an_act_noun_coordinated_after_its_modifier_takes_the_target_hung_on_the_first(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile launched a missile and drone attack on Peru's grid."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("launched", 1, "ROOT", "VERB", "launch"), ("a", 3, "det", "DET", "a"),
        ("missile", 1, "dobj", "NOUN", "missile"), ("and", 3, "cc", "CCONJ", "and"), ("drone", 6, "compound", "NOUN", "drone"),
        ("attack", 3, "conj", "NOUN", "attack"), ("on", 3, "prep", "ADP", "on"), ("Peru", 11, "poss", "PROPN", "Peru", "State"),
        ("'s", 8, "case", "PART", "'s"), ("energy", 11, "compound", "NOUN", "energy"), ("grid", 7, "pobj", "NOUN", "grid"),
        (".", 1, "punct", "PUNCT", "."),
    ])
    chl, per = ids(gaz, "Chile", "Peru")
    assert (chl, "fights", per) in triples(extract(doc, document(doc), onto, gaz), onto)  # a drone strike


def test_weapons_fired_by_someone_are_theirs(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile shot down missiles fired by Peruvian forces."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("shot", 1, "ROOT", "VERB", "shoot"), ("down", 1, "prt", "ADP", "down"),
        ("missiles", 1, "dobj", "NOUN", "missile"), ("fired", 3, "acl", "VERB", "fire"), ("by", 4, "agent", "ADP", "by"),
        ("Peruvian", 7, "amod", "ADJ", "peruvian", "State"), ("forces", 5, "pobj", "NOUN", "force"), (".", 1, "punct", "PUNCT", "."),
    ])
    doc[2].tag_, doc[3].tag_, doc[4].tag_, doc[7].tag_ = "RP", "NNS", "VBN", "NNS"
    chl = ids(gaz, "Chile")[0]
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert any(s == chl and o == ids(gaz, "Peru")[0] for s, r, o in got)  # (Peru's forces act for Peru)


def test_a_definite_act_noun_subject_stands_for_whoever_staged_the_act_before(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile launched an attack on Bolivia. The strikes hit Peru."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("launched", 1, "ROOT", "VERB", "launch"), ("an", 3, "det", "DET", "an"),
        ("attack", 1, "dobj", "NOUN", "attack"), ("on", 3, "prep", "ADP", "on"), ("Bolivia", 4, "pobj", "PROPN", "Bolivia", "State"),
        (".", 1, "punct", "PUNCT", "."),
        ("The", 8, "det", "DET", "the"), ("strikes", 9, "nsubj", "NOUN", "strike"), ("hit", 9, "ROOT", "VERB", "hit"),
        ("Peru", 9, "dobj", "PROPN", "Peru", "State"), (".", 9, "punct", "PUNCT", "."),
    ])
    doc[8].tag_ = "NNS"
    chl, per = ids(gaz, "Chile", "Peru")
    assert (chl, "assaults", per) in triples(extract(doc, document(doc), onto, gaz), onto)


def test_a_pronoun_inside_the_phrase_of_its_own_antecedent_ends(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile traded with Peruvian firms and their executives."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("traded", 1, "ROOT", "VERB", "trade"), ("with", 1, "prep", "ADP", "with"),
        ("Peruvian", 4, "amod", "ADJ", "peruvian", "State"), ("firms", 2, "pobj", "NOUN", "firm"), ("and", 4, "cc", "CCONJ", "and"),
        ("their", 7, "poss", "PRON", "their"), ("executives", 4, "conj", "NOUN", "executive"), (".", 1, "punct", "PUNCT", "."),
    ])
    doc[4].tag_, doc[6].tag_, doc[7].tag_ = "NNS", "PRP$", "NNS"
    chl, per = ids(gaz, "Chile", "Peru")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert got == {(chl, "cooperatesWith", per)}  # and no endless search for "their"


def test_the_by_phrase_after_what_an_inquiry_looks_into_names_the_doer_looked_into(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile launched an inquiry into abuses by Peru."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("launched", 1, "ROOT", "VERB", "launch"), ("an", 3, "det", "DET", "an"),
        ("inquiry", 1, "dobj", "NOUN", "inquiry"), ("into", 3, "prep", "ADP", "into"), ("abuses", 4, "pobj", "NOUN", "abuse"),
        ("by", 3, "prep", "ADP", "by"), ("Peru", 6, "pobj", "PROPN", "Peru", "State"), (".", 1, "punct", "PUNCT", "."),
    ])
    doc[5].tag_ = "NNS"
    chl, per = ids(gaz, "Chile", "Peru")
    assert triples(extract(doc, document(doc), onto, gaz), onto) == {(chl, "investigates", per)}


def test_what_an_accusation_says_is_hedged(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile rejected accusations that Peru attacked Bolivia."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("rejected", 1, "ROOT", "VERB", "reject"),
        ("accusations", 1, "dobj", "NOUN", "accusation"), ("that", 5, "mark", "SCONJ", "that"),
        ("Peru", 5, "nsubj", "PROPN", "Peru", "State"), ("attacked", 2, "acl", "VERB", "attack"),
        ("Bolivia", 5, "dobj", "PROPN", "Bolivia", "State"), (".", 1, "punct", "PUNCT", "."),
    ])
    doc[2].tag_ = "NNS"
    per, bol = ids(gaz, "Peru", "Bolivia")
    got = claims(extract(doc, document(doc), onto, gaz), onto)
    assert (per, "assaults", bol, "hedged") in got


def test_a_title_the_ner_took_for_an_organisation_is_no_organisation(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile's Supreme Leader condemned Peru."
        ("Chile", 3, "poss", "PROPN", "Chile", "State"), ("'s", 0, "case", "PART", "'s"), ("Supreme", 3, "compound", "PROPN", "supreme", "ORG"),
        ("Leader", 4, "nsubj", "PROPN", "leader", "+ORG"), ("condemned", 4, "ROOT", "VERB", "condemn"),
        ("Peru", 4, "dobj", "PROPN", "Peru", "State"), (".", 4, "punct", "PUNCT", "."),
    ])
    chl, per = ids(gaz, "Chile", "Peru")
    assert triples(extract(doc, document(doc), onto, gaz), onto) == {(chl, "opposes", per)}


def test_ties_between_two_parties_in_an_of_phrase_are_the_act_nouns_parties(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile denounced the normalisation of ties between Peru and Bolivia."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("denounced", 1, "ROOT", "VERB", "denounce"), ("the", 3, "det", "DET", "the"),
        ("normalisation", 1, "dobj", "NOUN", "normalisation"), ("of", 3, "prep", "ADP", "of"), ("ties", 4, "pobj", "NOUN", "tie"),
        ("between", 5, "prep", "ADP", "between"), ("Peru", 6, "pobj", "PROPN", "Peru", "State"), ("and", 7, "cc", "CCONJ", "and"),
        ("Bolivia", 7, "conj", "PROPN", "Bolivia", "State"), (".", 1, "punct", "PUNCT", "."),
    ])
    doc[5].tag_ = "NNS"
    chl, per, bol = ids(gaz, "Chile", "Peru", "Bolivia")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert {(chl, "opposes", per), (chl, "opposes", bol)} <= got
    assert {(s, o) for s, r, o in got if s != chl} in ({(per, bol)}, {(bol, per)}, {(per, bol), (bol, per)})


def test_the_remarks_are_the_last_speakers(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile said Peru was weak. Bolivia met Brazil. Argentina rejected the remarks."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("said", 1, "ROOT", "VERB", "say"), ("Peru", 3, "nsubj", "PROPN", "Peru", "State"),
        ("was", 1, "ccomp", "AUX", "be"), ("weak", 3, "acomp", "ADJ", "weak"), (".", 1, "punct", "PUNCT", "."),
        ("Bolivia", 7, "nsubj", "PROPN", "Bolivia", "State"), ("met", 7, "ROOT", "VERB", "meet"),
        ("Brazil", 7, "dobj", "PROPN", "Brazil", "State"), (".", 7, "punct", "PUNCT", "."),
        ("Argentina", 11, "nsubj", "PROPN", "Argentina", "State"), ("rejected", 11, "ROOT", "VERB", "reject"),
        ("the", 13, "det", "DET", "the"), ("remarks", 11, "dobj", "NOUN", "remark"), (".", 11, "punct", "PUNCT", "."),
    ])
    doc[13].tag_ = "NNS"
    chl, arg = ids(gaz, "Chile", "Argentina")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert {(s, o) for s, r, o in got if s == arg} == {(arg, chl)}


def test_the_accusations_are_the_nearest_accusers_though_another_spoke_before(build_doc, document, onto, gaz):
    doc = build_doc([  # "Bolivia said talks would resume. Chile accused Peru of spying. Peru denied the accusations."
        ("Bolivia", 1, "nsubj", "PROPN", "Bolivia", "State"), ("said", 1, "ROOT", "VERB", "say"), ("talks", 4, "nsubj", "NOUN", "talk"),
        ("would", 4, "aux", "AUX", "would"), ("resume", 1, "ccomp", "VERB", "resume"), (".", 1, "punct", "PUNCT", "."),
        ("Chile", 7, "nsubj", "PROPN", "Chile", "State"), ("accused", 7, "ROOT", "VERB", "accuse"), ("Peru", 7, "dobj", "PROPN", "Peru", "State"),
        ("of", 7, "prep", "ADP", "of"), ("spying", 9, "pcomp", "VERB", "spy"), (".", 7, "punct", "PUNCT", "."),
        ("Peru", 13, "nsubj", "PROPN", "Peru", "State"), ("denied", 13, "ROOT", "VERB", "deny"),
        ("the", 15, "det", "DET", "the"), ("accusations", 13, "dobj", "NOUN", "accusation"), (".", 13, "punct", "PUNCT", "."),
    ])
    doc[2].tag_, doc[15].tag_, doc[10].tag_ = "NNS", "NNS", "VBG"
    chl, per = ids(gaz, "Chile", "Peru")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert {(s, o) for s, r, o in got if s == per} == {(per, chl)}


def test_a_bare_number_stands_for_as_many_actors_just_listed(build_doc, document, onto, gaz):
    def praised_by(*words: tuple) -> set[tuple[str, str]]:  # "Chile and Peru met. <words> praised Brazil."
        doc = build_doc([
            ("Chile", 3, "nsubj", "PROPN", "Chile", "State"), ("and", 0, "cc", "CCONJ", "and"),
            ("Peru", 0, "conj", "PROPN", "Peru", "State"), ("met", 3, "ROOT", "VERB", "meet"), (".", 3, "punct", "PUNCT", "."),
            *words, ("praised", 5 + len(words), "ROOT", "VERB", "praise"),
            ("Brazil", 5 + len(words), "dobj", "PROPN", "Brazil", "State"), (".", 5 + len(words), "punct", "PUNCT", "."),
        ])
        for t in doc:
            t.tag_ = "NNS" if t.lower_ == "rivals" else t.tag_
        return {(s, o) for s, r, o in triples(extract(doc, document(doc), onto, gaz), onto) if o == bra}
    chl, per, bra = ids(gaz, "Chile", "Peru", "Brazil")
    assert praised_by(("The", 6, "det", "DET", "the"), ("two", 7, "nsubj", "NUM", "two")) == {(chl, bra), (per, bra)}
    assert praised_by(("Both", 6, "nsubj", "PRON", "both")) == {(chl, bra), (per, bra)}
    assert praised_by(("All", 6, "det", "DET", "all"), ("three", 7, "nsubj", "NUM", "three")) == set()  # two were named
    assert praised_by(("The", 6, "det", "DET", "the"), ("rivals", 7, "nsubj", "NOUN", "rival")) == {(chl, bra), (per, bra)}


def test_the_plural_of_a_demonym_with_the_is_the_state_but_a_people_without_it(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile urged the Peruvians. Bolivians praised Chile."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("urged", 1, "ROOT", "VERB", "urge"), ("the", 3, "det", "DET", "the"),
        ("Peruvians", 1, "dobj", "PROPN", "Peruvians", "NORP"), (".", 1, "punct", "PUNCT", "."),
        ("Bolivians", 6, "nsubj", "PROPN", "Bolivians", "NORP"), ("praised", 6, "ROOT", "VERB", "praise"),
        ("Chile", 6, "dobj", "PROPN", "Chile", "State"), (".", 6, "punct", "PUNCT", "."),
    ])
    doc[3].tag_ = doc[5].tag_ = "NNPS"
    chl, per, bol = ids(gaz, "Chile", "Peru", "Bolivia")
    got = {(s, o) for s, _, o in triples(extract(doc, document(doc), onto, gaz), onto)}
    assert (chl, per) in got and (bol, chl) not in got


def test_an_act_noun_naming_a_kind_of_equipment_is_no_act(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile issued warning data to Peru."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("issued", 1, "ROOT", "VERB", "issue"), ("warning", 3, "compound", "NOUN", "warning"),
        ("data", 1, "dobj", "NOUN", "datum"), ("to", 1, "prep", "ADP", "to"), ("Peru", 4, "pobj", "PROPN", "Peru", "State"),
        (".", 1, "punct", "PUNCT", "."),
    ])
    assert not extract(doc, document(doc), onto, gaz).statements


def test_pledging_to_deepen_their_partnership_is_a_promise_to_each_other(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile and Peru pledged to deepen their partnership."
        ("Chile", 3, "nsubj", "PROPN", "Chile", "State"), ("and", 0, "cc", "CCONJ", "and"), ("Peru", 0, "conj", "PROPN", "Peru", "State"),
        ("pledged", 3, "ROOT", "VERB", "pledge"), ("to", 5, "aux", "PART", "to"), ("deepen", 3, "xcomp", "VERB", "deepen"),
        ("their", 7, "poss", "PRON", "their"), ("partnership", 5, "dobj", "NOUN", "partnership"), (".", 3, "punct", "PUNCT", "."),
    ])
    chl, per = ids(gaz, "Chile", "Peru")
    got = {(s, o) for s, r, o in triples(extract(doc, document(doc), onto, gaz), onto) if r == "intendsToCooperate"}
    assert got & {(chl, per), (per, chl)}


def test_an_act_named_in_a_charge_is_the_accused_s_though_hung_on_the_verb(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile accused Peru of complicity in the shelling of Bolivia."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("accused", 1, "ROOT", "VERB", "accuse"), ("Peru", 1, "dobj", "PROPN", "Peru", "State"),
        ("of", 1, "prep", "ADP", "of"), ("complicity", 3, "pobj", "NOUN", "complicity"), ("in", 1, "prep", "ADP", "in"),
        ("the", 7, "det", "DET", "the"), ("shelling", 5, "pobj", "NOUN", "shelling"), ("of", 7, "prep", "ADP", "of"),
        ("Bolivia", 8, "pobj", "PROPN", "Bolivia", "State"), (".", 1, "punct", "PUNCT", "."),
    ])
    chl, per, bol = ids(gaz, "Chile", "Peru", "Bolivia")
    got = {(s, o) for s, r, o in triples(extract(doc, document(doc), onto, gaz), onto) if o == bol}
    assert got == {(per, bol)}


def test_sending_a_kind_of_weapon_is_military_aid(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile sent drones to Peru."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("sent", 1, "ROOT", "VERB", "send"), ("drones", 1, "dobj", "NOUN", "drone"),
        ("to", 1, "dative", "ADP", "to"), ("Peru", 3, "pobj", "PROPN", "Peru", "State"), (".", 1, "punct", "PUNCT", "."),
    ])
    chl, per = ids(gaz, "Chile", "Peru")
    assert {(s.subject, s.relation, s.object) for s in extract(doc, document(doc), onto, gaz).statements} == {
        (chl, "providesMilitaryAid", per)}


def test_a_name_the_ner_took_for_a_person_before_a_group_noun_says_which_group(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile armed Kuki militants."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("armed", 1, "ROOT", "VERB", "arm"),
        ("Kuki", 3, "compound", "PROPN", "Kuki", "PERSON"), ("militants", 1, "dobj", "NOUN", "militant"), (".", 1, "punct", "PUNCT", "."),
    ])
    doc[3].tag_ = "NNS"
    (st,) = extract(doc, document(doc), onto, gaz).statements
    assert st.object.startswith("ArmedGroup/") and doc.text[slice(*st.object_span)] == "Kuki militants"


def test_words_about_a_state_s_weapons_are_about_the_state(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile threatened to destroy Peruvian drones."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("threatened", 1, "ROOT", "VERB", "threaten"),
        ("to", 3, "aux", "PART", "to"), ("destroy", 1, "xcomp", "VERB", "destroy"),
        ("Peruvian", 5, "amod", "ADJ", "peruvian", "State"), ("drones", 3, "dobj", "NOUN", "drone"), (".", 1, "punct", "PUNCT", "."),
    ])
    doc[5].tag_ = "NNS"
    chl, per = ids(gaz, "Chile", "Peru")
    assert (chl, "threatens", per) in triples(extract(doc, document(doc), onto, gaz), onto)


def test_calling_for_someone_to_act_with_the_for_taken_for_a_mark_appeals_to_them(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile called for Peru to withdraw."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("called", 1, "ROOT", "VERB", "call"), ("for", 5, "mark", "SCONJ", "for"),
        ("Peru", 5, "nsubj", "PROPN", "Peru", "State"), ("to", 5, "aux", "PART", "to"), ("withdraw", 1, "advcl", "VERB", "withdraw"),
        (".", 1, "punct", "PUNCT", "."),
    ])
    doc[5].tag_ = "VB"
    chl, per = ids(gaz, "Chile", "Peru")
    assert (chl, "appealsTo", per) in triples(extract(doc, document(doc), onto, gaz), onto)


def test_the_deployment_is_whoever_sent_the_troops(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile sent troops to Peru. Argentina attacked Brazil. Bolivia condemned the deployment."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("sent", 1, "ROOT", "VERB", "send"), ("troops", 1, "dobj", "NOUN", "troop"),
        ("to", 1, "prep", "ADP", "to"), ("Peru", 3, "pobj", "PROPN", "Peru", "State"), (".", 1, "punct", "PUNCT", "."),
        ("Argentina", 7, "nsubj", "PROPN", "Argentina", "State"), ("attacked", 7, "ROOT", "VERB", "attack"),
        ("Brazil", 7, "dobj", "PROPN", "Brazil", "State"), (".", 7, "punct", "PUNCT", "."),
        ("Bolivia", 11, "nsubj", "PROPN", "Bolivia", "State"), ("condemned", 11, "ROOT", "VERB", "condemn"),
        ("the", 13, "det", "DET", "the"), ("deployment", 11, "dobj", "NOUN", "deployment"), (".", 11, "punct", "PUNCT", "."),
    ])
    doc[2].tag_ = "NNS"
    chl, bol = ids(gaz, "Chile", "Bolivia")
    assert {(s, o) for s, r, o in triples(extract(doc, document(doc), onto, gaz), onto) if s == bol} == {(bol, chl)}


def test_what_is_launched_at_a_target_is_the_means(build_doc, document, onto, gaz):
    def launched_at(target: tuple) -> set:  # "Chile launched drones at <target>."
        doc = build_doc([
            ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("launched", 1, "ROOT", "VERB", "launch"),
            ("drones", 1, "dobj", "NOUN", "drone"), ("at", 1, "prep", "ADP", "at"), target, (".", 1, "punct", "PUNCT", "."),
        ])
        doc[2].tag_ = "NNS"
        return triples(extract(doc, document(doc), onto, gaz), onto)
    chl, per = ids(gaz, "Chile", "Peru")
    assert launched_at(("Peru", 3, "pobj", "PROPN", "Peru", "State")) == {(chl, "fights", per)}
    assert launched_at(("ships", 3, "pobj", "NOUN", "ship")) == set()


def test_an_act_still_to_come_is_not_done(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile has yet to praise Peru."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("has", 1, "ROOT", "VERB", "have"), ("yet", 1, "advmod", "ADV", "yet"),
        ("to", 4, "aux", "PART", "to"), ("praise", 1, "xcomp", "VERB", "praise"), ("Peru", 4, "dobj", "PROPN", "Peru", "State"),
        (".", 1, "punct", "PUNCT", "."),
    ])
    assert [s.modality for s in extract(doc, document(doc), onto, gaz).statements] == ["negated"]


def test_the_partner_of_a_memorandum_of_understanding_is_found_under_its_of_phrase(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile signed a memorandum of understanding with Peru."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("signed", 1, "ROOT", "VERB", "sign"), ("a", 3, "det", "DET", "a"),
        ("memorandum", 1, "dobj", "NOUN", "memorandum"), ("of", 3, "prep", "ADP", "of"), ("understanding", 4, "pobj", "NOUN", "understanding"),
        ("with", 5, "prep", "ADP", "with"), ("Peru", 6, "pobj", "PROPN", "Peru", "State"), (".", 1, "punct", "PUNCT", "."),
    ])
    chl, per = ids(gaz, "Chile", "Peru")
    assert {(s, o) for s, _, o in triples(extract(doc, document(doc), onto, gaz), onto)} == {(chl, per)}


def test_force_on_a_state_s_weapon_is_force_on_the_state(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile shot down a Peruvian drone."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("shot", 1, "ROOT", "VERB", "shoot"), ("down", 1, "prt", "ADP", "down"),
        ("a", 5, "det", "DET", "a"), ("Peruvian", 5, "amod", "ADJ", "peruvian", "State"), ("drone", 1, "dobj", "NOUN", "drone"),
        (".", 1, "punct", "PUNCT", "."),
    ])
    chl, per = ids(gaz, "Chile", "Peru")
    assert {(s, o) for s, _, o in triples(extract(doc, document(doc), onto, gaz), onto)} == {(chl, per)}


def test_a_passive_act_on_a_meeting_between_two_is_on_both(build_doc, document, onto, gaz):
    doc = build_doc([  # "The talks between Chile and Peru were hosted by Brazil."
        ("The", 1, "det", "DET", "the"), ("talks", 7, "nsubjpass", "NOUN", "talk"), ("between", 1, "prep", "ADP", "between"),
        ("Chile", 2, "pobj", "PROPN", "Chile", "State"), ("and", 3, "cc", "CCONJ", "and"), ("Peru", 3, "conj", "PROPN", "Peru", "State"),
        ("were", 7, "auxpass", "AUX", "be"), ("hosted", 7, "ROOT", "VERB", "host"), ("by", 7, "agent", "ADP", "by"),
        ("Brazil", 8, "pobj", "PROPN", "Brazil", "State"), (".", 7, "punct", "PUNCT", "."),
    ])
    doc[1].tag_, doc[7].tag_ = "NNS", "VBN"
    chl, per, bra = ids(gaz, "Chile", "Peru", "Brazil")
    assert {(bra, chl), (bra, per)} <= {(s, o) for s, _, o in triples(extract(doc, document(doc), onto, gaz), onto)}


def test_the_body_one_acts_as_part_of_acts_too_but_is_no_party(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile is working as part of NATO to degrade and defeat Peru."
        ("Chile", 2, "nsubj", "PROPN", "Chile", "State"), ("is", 2, "aux", "AUX", "be"), ("working", 2, "ROOT", "VERB", "work"),
        ("as", 2, "prep", "ADP", "as"), ("part", 3, "pobj", "NOUN", "part"), ("of", 4, "prep", "ADP", "of"),
        ("NATO", 5, "pobj", "PROPN", "NATO", "IGO"), ("to", 8, "aux", "PART", "to"), ("degrade", 2, "advcl", "VERB", "degrade"),
        ("and", 8, "cc", "CCONJ", "and"), ("defeat", 8, "conj", "VERB", "defeat"), ("Peru", 10, "dobj", "PROPN", "Peru", "State"),
        (".", 2, "punct", "PUNCT", "."),
    ])
    doc[2].tag_, doc[8].tag_, doc[10].tag_ = "VBG", "VB", "VB"
    chl, per, nato = ids(gaz, "Chile", "Peru", "NATO")
    statements = extract(doc, document(doc), onto, gaz).statements
    fought = {(s.subject, s.object) for s in statements if onto.relation(s.relation).quad_class == 4}
    assert fought == {(chl, per), (nato, per)}
    assert {s.trigger for s in statements if (s.subject, s.object) == (chl, per)} == {"degrade", "defeat"}


def test_exchanging_fire_at_a_place_is_with_each_other(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile and Peru exchanged fire at the Arica crossing."
        ("Chile", 3, "nsubj", "PROPN", "Chile", "State"), ("and", 0, "cc", "CCONJ", "and"), ("Peru", 0, "conj", "PROPN", "Peru", "State"),
        ("exchanged", 3, "ROOT", "VERB", "exchange"), ("fire", 3, "dobj", "NOUN", "fire"), ("at", 3, "prep", "ADP", "at"),
        ("the", 8, "det", "DET", "the"), ("Arica", 8, "compound", "PROPN", "Arica", "Organization"), ("crossing", 5, "pobj", "NOUN", "crossing"),
        (".", 3, "punct", "PUNCT", "."),
    ])
    chl, per = ids(gaz, "Chile", "Peru")
    assert {(s, o) for s, _, o in triples(extract(doc, document(doc), onto, gaz), onto)} == {(chl, per), (per, chl)}


def test_an_act_at_the_request_of_x_is_x_s(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile expelled the envoy at the request of Peru."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("expelled", 1, "ROOT", "VERB", "expel"), ("the", 3, "det", "DET", "the"),
        ("envoy", 1, "dobj", "NOUN", "envoy"), ("at", 1, "prep", "ADP", "at"), ("the", 6, "det", "DET", "the"),
        ("request", 4, "pobj", "NOUN", "request"), ("of", 6, "prep", "ADP", "of"), ("Peru", 7, "pobj", "PROPN", "Peru", "State"),
        (".", 1, "punct", "PUNCT", "."),
    ])
    chl, per = ids(gaz, "Chile", "Peru")
    got = {(s, o) for s, _, o in triples(extract(doc, document(doc), onto, gaz), onto)}
    assert (per, chl) in got and (chl, per) not in got


def test_warning_that_someone_s_act_would_have_consequences_threatens_them(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile warned that any Peruvian attack would have consequences."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("warned", 1, "ROOT", "VERB", "warn"), ("that", 7, "mark", "SCONJ", "that"),
        ("any", 5, "det", "DET", "any"), ("Peruvian", 5, "amod", "ADJ", "peruvian", "State"), ("attack", 7, "nsubj", "NOUN", "attack"),
        ("would", 7, "aux", "AUX", "would"), ("have", 1, "ccomp", "VERB", "have"), ("consequences", 7, "dobj", "NOUN", "consequence"),
        (".", 1, "punct", "PUNCT", "."),
    ])
    doc[6].tag_, doc[7].tag_ = "MD", "VB"
    chl, per = ids(gaz, "Chile", "Peru")
    assert (chl, "threatens", per) in triples(extract(doc, document(doc), onto, gaz), onto)


def test_imports_from_x_trade_with_x_and_duties_on_its_goods_sanction_it(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile resumed its imports from Peru. Bolivia imposed duties on Peruvian wine."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("resumed", 1, "ROOT", "VERB", "resume"), ("its", 3, "poss", "PRON", "its"),
        ("imports", 1, "dobj", "NOUN", "import"), ("from", 3, "prep", "ADP", "from"), ("Peru", 4, "pobj", "PROPN", "Peru", "State"),
        (".", 1, "punct", "PUNCT", "."),
        ("Bolivia", 8, "nsubj", "PROPN", "Bolivia", "State"), ("imposed", 8, "ROOT", "VERB", "impose"), ("duties", 8, "dobj", "NOUN", "duty"),
        ("on", 9, "prep", "ADP", "on"), ("Peruvian", 12, "amod", "ADJ", "peruvian", "State"), ("wine", 10, "pobj", "NOUN", "wine"),
        (".", 8, "punct", "PUNCT", "."),
    ])
    doc[3].tag_, doc[9].tag_ = "NNS", "NNS"
    chl, per, bol = ids(gaz, "Chile", "Peru", "Bolivia")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert (chl, "cooperatesWith", per) in got and (bol, "reducesRelations", per) in got


def test_it_concerned_by_someone_is_a_judgement_and_no_expletive(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile said it was concerned by Peru's drills."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("said", 1, "ROOT", "VERB", "say"), ("it", 3, "nsubj", "PRON", "it"),
        ("was", 1, "ccomp", "AUX", "be"), ("concerned", 3, "acomp", "ADJ", "concerned"), ("by", 4, "agent", "ADP", "by"),
        ("Peru", 8, "poss", "PROPN", "Peru", "State"), ("'s", 6, "case", "PART", "'s"), ("drills", 5, "pobj", "NOUN", "drill"),
        (".", 1, "punct", "PUNCT", "."),
    ])
    doc[2].tag_, doc[8].tag_ = "PRP", "NNS"
    chl, per = ids(gaz, "Chile", "Peru")
    assert (chl, "opposes", per) in triples(extract(doc, document(doc), onto, gaz), onto)


def test_defending_part_of_something_against_x_opposes_x(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile will defend every inch of its territory against Peru."
        ("Chile", 2, "nsubj", "PROPN", "Chile", "State"), ("will", 2, "aux", "AUX", "will"), ("defend", 2, "ROOT", "VERB", "defend"),
        ("every", 4, "det", "DET", "every"), ("inch", 2, "dobj", "NOUN", "inch"), ("of", 4, "prep", "ADP", "of"),
        ("its", 7, "poss", "PRON", "its"), ("territory", 5, "pobj", "NOUN", "territory"), ("against", 7, "prep", "ADP", "against"),
        ("Peru", 8, "pobj", "PROPN", "Peru", "State"), (".", 2, "punct", "PUNCT", "."),
    ])
    chl, per = ids(gaz, "Chile", "Peru")
    assert (chl, "opposes", per) in triples(extract(doc, document(doc), onto, gaz), onto)


def test_a_verb_with_its_own_auxiliary_after_a_negated_one_is_not_negated(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile will not praise Peru and has warned Bolivia."
        ("Chile", 3, "nsubj", "PROPN", "Chile", "State"), ("will", 3, "aux", "AUX", "will"), ("not", 3, "neg", "PART", "not"),
        ("praise", 3, "ROOT", "VERB", "praise"), ("Peru", 3, "dobj", "PROPN", "Peru", "State"), ("and", 3, "cc", "CCONJ", "and"),
        ("has", 7, "aux", "AUX", "have"), ("warned", 3, "conj", "VERB", "warn"), ("Bolivia", 7, "dobj", "PROPN", "Bolivia", "State"),
        (".", 3, "punct", "PUNCT", "."),
    ])
    doc[3].tag_, doc[7].tag_ = "VB", "VBN"
    got = {(s.trigger, s.modality) for s in extract(doc, document(doc), onto, gaz).statements if s.trigger == "warn"}
    assert got == {("warn", "asserted")}


def test_both_sides_are_the_coordinated_subjects_not_the_mediators(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile and Peru agreed to a truce brokered by Brazil and Bolivia. Argentina urged both sides."
        ("Chile", 3, "nsubj", "PROPN", "Chile", "State"), ("and", 0, "cc", "CCONJ", "and"), ("Peru", 0, "conj", "PROPN", "Peru", "State"),
        ("agreed", 3, "ROOT", "VERB", "agree"), ("to", 3, "prep", "ADP", "to"), ("a", 6, "det", "DET", "a"),
        ("truce", 4, "pobj", "NOUN", "truce"), ("brokered", 6, "acl", "VERB", "broker"), ("by", 7, "agent", "ADP", "by"),
        ("Brazil", 8, "pobj", "PROPN", "Brazil", "State"), ("and", 9, "cc", "CCONJ", "and"), ("Bolivia", 9, "conj", "PROPN", "Bolivia", "State"),
        (".", 3, "punct", "PUNCT", "."),
        ("Argentina", 14, "nsubj", "PROPN", "Argentina", "State"), ("urged", 14, "ROOT", "VERB", "urge"),
        ("both", 16, "det", "DET", "both"), ("sides", 14, "dobj", "NOUN", "side"), (".", 14, "punct", "PUNCT", "."),
    ])
    doc[7].tag_, doc[16].tag_ = "VBN", "NNS"
    chl, per, arg = ids(gaz, "Chile", "Peru", "Argentina")
    got = {o for s, _, o in triples(extract(doc, document(doc), onto, gaz), onto) if s == arg}
    assert got == {chl, per}


def test_a_state_a_member_of_an_alliance_and_one_applying_for_membership(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile is a member of NATO. Peru applied for membership of NATO."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("is", 1, "ROOT", "AUX", "be"), ("a", 3, "det", "DET", "a"),
        ("member", 1, "attr", "NOUN", "member"), ("of", 3, "prep", "ADP", "of"), ("NATO", 4, "pobj", "PROPN", "NATO", "IGO"),
        (".", 1, "punct", "PUNCT", "."),
        ("Peru", 8, "nsubj", "PROPN", "Peru", "State"), ("applied", 8, "ROOT", "VERB", "apply"), ("for", 8, "prep", "ADP", "for"),
        ("membership", 9, "pobj", "NOUN", "membership"), ("of", 10, "prep", "ADP", "of"), ("NATO", 11, "pobj", "PROPN", "NATO", "IGO"),
        (".", 8, "punct", "PUNCT", "."),
    ])
    chl, per, nato = ids(gaz, "Chile", "Peru", "NATO")
    got = {(s.subject, s.relation, s.object, s.modality) for s in extract(doc, document(doc), onto, gaz).statements}
    assert (chl, "memberOf", nato, "asserted") in got
    assert (per, "memberOf", nato, "intended") in got and (per, "memberOf", nato, "asserted") not in got


def test_one_admitted_to_an_organisation_is_its_member(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile was admitted to NATO."
        ("Chile", 2, "nsubjpass", "PROPN", "Chile", "State"), ("was", 2, "auxpass", "AUX", "be"), ("admitted", 2, "ROOT", "VERB", "admit"),
        ("to", 2, "prep", "ADP", "to"), ("NATO", 3, "pobj", "PROPN", "NATO", "IGO"), (".", 2, "punct", "PUNCT", "."),
    ])
    doc[2].tag_ = "VBN"
    chl, nato = ids(gaz, "Chile", "NATO")
    assert (chl, "memberOf", nato) in triples(extract(doc, document(doc), onto, gaz), onto)


def test_sending_a_kind_of_troops_deploys_them(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile sent 500 paratroopers to Peru."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("sent", 1, "ROOT", "VERB", "send"), ("500", 3, "nummod", "NUM", "500"),
        ("paratroopers", 1, "dobj", "NOUN", "paratrooper"), ("to", 1, "prep", "ADP", "to"), ("Peru", 4, "pobj", "PROPN", "Peru", "State"),
        (".", 1, "punct", "PUNCT", "."),
    ])
    doc[3].tag_ = "NNS"
    chl, per = ids(gaz, "Chile", "Peru")
    assert {(s.subject, s.relation, s.object) for s in extract(doc, document(doc), onto, gaz).statements} == {(chl, "deploys", per)}


def test_a_protest_over_a_state_s_troops_is_at_the_state(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile protested to Bolivia over raids by Peruvian troops."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("protested", 1, "ROOT", "VERB", "protest"), ("to", 1, "prep", "ADP", "to"),
        ("Bolivia", 2, "pobj", "PROPN", "Bolivia", "State"), ("over", 1, "prep", "ADP", "over"), ("raids", 4, "pobj", "NOUN", "raid"),
        ("by", 5, "prep", "ADP", "by"), ("Peruvian", 8, "amod", "ADJ", "peruvian", "State"), ("troops", 6, "pobj", "NOUN", "troop"),
        (".", 1, "punct", "PUNCT", "."),
    ])
    doc[5].tag_, doc[8].tag_ = "NNS", "NNS"
    chl, per = ids(gaz, "Chile", "Peru")
    assert {(s, o) for s, r, o in triples(extract(doc, document(doc), onto, gaz), onto) if s == chl} == {(chl, per)}


def test_force_on_rebel_bases_in_a_state_is_on_the_rebels(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile struck rebel bases in Peru."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("struck", 1, "ROOT", "VERB", "strike"), ("rebel", 3, "compound", "NOUN", "rebel"),
        ("bases", 1, "dobj", "NOUN", "basis"), ("in", 3, "prep", "ADP", "in"), ("Peru", 4, "pobj", "PROPN", "Peru", "State"),
        (".", 1, "punct", "PUNCT", "."),
    ])
    doc[3].tag_ = "NNS"
    chl = gaz.lookup("Chile").id
    assert {(s, o) for s, _, o in triples(extract(doc, document(doc), onto, gaz), onto)} == {(chl, "ArmedGroup/rebel")}


def test_committing_an_act_does_it_and_intends_nothing(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile accused Peru of committing genocide against Bolivians."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("accused", 1, "ROOT", "VERB", "accuse"), ("Peru", 1, "dobj", "PROPN", "Peru", "State"),
        ("of", 1, "prep", "ADP", "of"), ("committing", 3, "pcomp", "VERB", "commit"), ("genocide", 4, "dobj", "NOUN", "genocide"),
        ("against", 5, "prep", "ADP", "against"), ("Bolivia", 6, "pobj", "PROPN", "Bolivia", "State"), (".", 1, "punct", "PUNCT", "."),
    ])
    doc[4].tag_ = "VBG"
    per, bol = ids(gaz, "Peru", "Bolivia")
    got = claims(extract(doc, document(doc), onto, gaz), onto)
    assert (per, "usesMassViolence", bol, "hedged") in got  # alleged, and done: no threat


def test_a_name_the_ner_took_for_a_person_is_a_group_its_apposition_calls_one(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile struck Ansar Ruh, a militant group."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("struck", 1, "ROOT", "VERB", "strike"),
        ("Ansar", 3, "compound", "PROPN", "Ansar", "PERSON"), ("Ruh", 1, "dobj", "PROPN", "Ruh", "+PERSON"), (",", 3, "punct", "PUNCT", ","),
        ("a", 7, "det", "DET", "a"), ("militant", 7, "amod", "ADJ", "militant"), ("group", 3, "appos", "NOUN", "group"),
        (".", 1, "punct", "PUNCT", "."),
    ])
    result = extract(doc, document(doc), onto, gaz)
    assert [(e.cls, e.label) for e in result.entities if e.label == "Ansar Ruh"] == [("Organization", "Ansar Ruh")]


def test_sanctions_on_a_states_goods_are_on_the_state(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile raised tariffs on Peruvian vehicles." / "Bolivia imposed a surtax on Peru-made cars."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("raised", 1, "ROOT", "VERB", "raise"), ("tariffs", 1, "dobj", "NOUN", "tariff"),
        ("on", 2, "prep", "ADP", "on"), ("Peruvian", 5, "amod", "ADJ", "peruvian", "State"), ("vehicles", 3, "pobj", "NOUN", "vehicle"),
        (".", 1, "punct", "PUNCT", "."),
        ("Bolivia", 8, "nsubj", "PROPN", "Bolivia", "State"), ("imposed", 8, "ROOT", "VERB", "impose"), ("a", 10, "det", "DET", "a"),
        ("surtax", 8, "dobj", "NOUN", "surtax"), ("on", 10, "prep", "ADP", "on"), ("Peru", 14, "npadvmod", "PROPN", "Peru", "State"),
        ("-", 14, "punct", "PUNCT", "-"), ("made", 15, "amod", "VERB", "make"), ("cars", 11, "pobj", "NOUN", "car"),
        (".", 8, "punct", "PUNCT", "."),
    ])
    doc[2].tag_, doc[5].tag_, doc[14].tag_, doc[15].tag_ = "NNS", "NNS", "VBN", "NNS"
    chl, per, bol = ids(gaz, "Chile", "Peru", "Bolivia")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert {(chl, "reducesRelations", per), (bol, "reducesRelations", per)} <= got


def test_a_bare_the_government_is_the_state_named_just_before(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile hosted Peru. The government criticized Bolivia."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("hosted", 1, "ROOT", "VERB", "host"), ("Peru", 1, "dobj", "PROPN", "Peru", "State"),
        (".", 1, "punct", "PUNCT", "."),
        ("The", 5, "det", "DET", "the"), ("government", 6, "nsubj", "NOUN", "government"), ("criticized", 6, "ROOT", "VERB", "criticize"),
        ("Bolivia", 6, "dobj", "PROPN", "Bolivia", "State"), (".", 6, "punct", "PUNCT", "."),
    ])
    chl, bol = ids(gaz, "Chile", "Bolivia")
    assert (chl, "opposes", bol) in triples(extract(doc, document(doc), onto, gaz), onto)


def test_a_possessive_in_the_charge_is_the_accusers_and_its_own_the_accuseds(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile accused Peru of shelling its towns." / "Bolivia accused Brazil of shelling its own towns."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("accused", 1, "ROOT", "VERB", "accuse"), ("Peru", 1, "dobj", "PROPN", "Peru", "State"),
        ("of", 2, "prep", "ADP", "of"), ("shelling", 3, "pcomp", "VERB", "shell"), ("its", 6, "poss", "PRON", "its"),
        ("towns", 4, "dobj", "NOUN", "town"), (".", 1, "punct", "PUNCT", "."),
        ("Bolivia", 9, "nsubj", "PROPN", "Bolivia", "State"), ("accused", 9, "ROOT", "VERB", "accuse"),
        ("Brazil", 9, "dobj", "PROPN", "Brazil", "State"), ("of", 10, "prep", "ADP", "of"), ("shelling", 11, "pcomp", "VERB", "shell"),
        ("its", 15, "poss", "PRON", "its"), ("own", 15, "amod", "ADJ", "own"), ("towns", 12, "dobj", "NOUN", "town"),
        (".", 9, "punct", "PUNCT", "."),
    ])
    doc[4].tag_, doc[6].tag_, doc[12].tag_, doc[15].tag_ = "VBG", "NNS", "VBG", "NNS"
    chl, per, bol, bra = ids(gaz, "Chile", "Peru", "Bolivia", "Brazil")
    got = claims(extract(doc, document(doc), onto, gaz), onto)
    assert (per, "fights", chl, "hedged") in got
    assert not any(s == bra and o == bol for s, r, o, m in got)


def test_the_charge_hung_on_the_accused_is_the_accuseds_act(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile accused Peruvian forces of opening fire on Bolivia."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("accused", 1, "ROOT", "VERB", "accuse"),
        ("Peruvian", 3, "amod", "ADJ", "peruvian", "State"), ("forces", 1, "dobj", "NOUN", "force"), ("of", 3, "prep", "ADP", "of"),
        ("opening", 4, "pcomp", "VERB", "open"), ("fire", 5, "dobj", "NOUN", "fire"), ("on", 5, "prep", "ADP", "on"),
        ("Bolivia", 7, "pobj", "PROPN", "Bolivia", "State"), (".", 1, "punct", "PUNCT", "."),
    ])
    doc[3].tag_, doc[5].tag_ = "NNS", "VBG"
    chl, bol = ids(gaz, "Chile", "Bolivia")
    got = claims(extract(doc, document(doc), onto, gaz), onto)
    assert any(s == ids(gaz, "Peru")[0] and o == bol and m == "hedged" for s, r, o, m in got), got


def test_a_verb_preposition_and_noun_trigger(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile took Peru to court."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("took", 1, "ROOT", "VERB", "take"), ("Peru", 1, "dobj", "PROPN", "Peru", "State"),
        ("to", 1, "prep", "ADP", "to"), ("court", 3, "pobj", "NOUN", "court"), (".", 1, "punct", "PUNCT", "."),
    ])
    chl, per = ids(gaz, "Chile", "Peru")
    got = claims(extract(doc, document(doc), onto, gaz), onto)
    assert got == {(chl, "opposes", per, "asserted")}  # a lawsuit (CAMEO 115)


def test_an_announced_appeal_is_an_appeal_not_an_intent_to_cooperate(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile will call on Peru."
        ("Chile", 2, "nsubj", "PROPN", "Chile", "State"), ("will", 2, "aux", "AUX", "will"), ("call", 2, "ROOT", "VERB", "call"),
        ("on", 2, "prep", "ADP", "on"), ("Peru", 3, "pobj", "PROPN", "Peru", "State"), (".", 2, "punct", "PUNCT", "."),
    ])
    doc[1].tag_, doc[2].tag_ = "MD", "VB"
    chl, per = ids(gaz, "Chile", "Peru")
    result = extract(doc, document(doc), onto, gaz)
    assert [(s.subject, s.relation, s.object, s.modality) for s in result.statements] == [(chl, "appealsTo", per, "intended")]


def test_a_question_asks_and_does_not_say(build_doc, document, onto, gaz):
    doc = build_doc([  # "Did Chile attack Peru?"
        ("Did", 2, "aux", "AUX", "do"), ("Chile", 2, "nsubj", "PROPN", "Chile", "State"), ("attack", 2, "ROOT", "VERB", "attack"),
        ("Peru", 2, "dobj", "PROPN", "Peru", "State"), ("?", 2, "punct", "PUNCT", "?"),
    ])
    chl, per = ids(gaz, "Chile", "Peru")
    assert claims(extract(doc, document(doc), onto, gaz), onto) == {(chl, "assaults", per, "hedged")}


def test_a_membership_with_a_possessor_is_the_joiners_not_the_bodys(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile approved Peru's NATO membership."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("approved", 1, "ROOT", "VERB", "approve"),
        ("Peru", 5, "poss", "PROPN", "Peru", "State"), ("'s", 2, "case", "PART", "'s"), ("NATO", 5, "compound", "PROPN", "NATO", "Organization"),
        ("membership", 1, "dobj", "NOUN", "membership"), (".", 1, "punct", "PUNCT", "."),
    ])
    chl, per = ids(gaz, "Chile", "Peru")
    assert {(s, o) for s, r, o in triples(extract(doc, document(doc), onto, gaz), onto)} == {(chl, per)}


def test_a_bare_noun_repeats_the_body_named_before_and_a_pronoun_entity_takes_its_name(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile's foreign ministry criticized Peru. The ministry warned Bolivia. Brazil rejected the remarks."
        ("Chile", 3, "poss", "PROPN", "Chile", "State"), ("'s", 0, "case", "PART", "'s"), ("foreign", 3, "amod", "ADJ", "foreign"),
        ("ministry", 4, "nsubj", "NOUN", "ministry"), ("criticized", 4, "ROOT", "VERB", "criticize"),
        ("Peru", 4, "dobj", "PROPN", "Peru", "State"), (".", 4, "punct", "PUNCT", "."),
        ("The", 8, "det", "DET", "the"), ("ministry", 9, "nsubj", "NOUN", "ministry"), ("warned", 9, "ROOT", "VERB", "warn"),
        ("Bolivia", 9, "dobj", "PROPN", "Bolivia", "State"), (".", 9, "punct", "PUNCT", "."),
        ("Brazil", 13, "nsubj", "PROPN", "Brazil", "State"), ("rejected", 13, "ROOT", "VERB", "reject"), ("the", 15, "det", "DET", "the"),
        ("remarks", 13, "dobj", "NOUN", "remark"), (".", 13, "punct", "PUNCT", "."),
    ])
    doc[15].tag_ = "NNS"
    per, bol, bra = ids(gaz, "Peru", "Bolivia", "Brazil")
    result = extract(doc, document(doc), onto, gaz)
    by_object = {s.object: s.subject for s in result.statements}
    assert by_object[per] == by_object[bol] and by_object[per].startswith("GovernmentBody/")
    assert {s.object for s in result.statements if s.subject == bra} == {by_object[per]}
    labels = {e.id: e.label for e in result.entities}
    assert labels[by_object[per]] != "remarks"  # named by its description, not by the word that pointed to it


def test_refusing_a_hostile_act_rejects_no_one(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile refused to sanction Peru." / "Bolivia refused to meet Brazil."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("refused", 1, "ROOT", "VERB", "refuse"), ("to", 3, "aux", "PART", "to"),
        ("sanction", 1, "xcomp", "VERB", "sanction"), ("Peru", 3, "dobj", "PROPN", "Peru", "State"), (".", 1, "punct", "PUNCT", "."),
        ("Bolivia", 7, "nsubj", "PROPN", "Bolivia", "State"), ("refused", 7, "ROOT", "VERB", "refuse"), ("to", 9, "aux", "PART", "to"),
        ("meet", 7, "xcomp", "VERB", "meet"), ("Brazil", 9, "dobj", "PROPN", "Brazil", "State"), (".", 7, "punct", "PUNCT", "."),
    ])
    doc[3].tag_, doc[9].tag_ = "VB", "VB"
    chl, per, bol, bra = ids(gaz, "Chile", "Peru", "Bolivia", "Brazil")
    got = claims(extract(doc, document(doc), onto, gaz), onto)
    assert (chl, "rejects", per, "asserted") not in got and (chl, "reducesRelations", per, "negated") in got
    assert (bol, "rejects", bra, "asserted") in got


def test_a_group_its_own_words_tie_to_a_state_is_the_target_not_the_place(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile killed Peruvian advisers in Bolivia."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("killed", 1, "ROOT", "VERB", "kill"),
        ("Peruvian", 3, "amod", "ADJ", "peruvian", "State"), ("advisers", 1, "dobj", "NOUN", "adviser"), ("in", 1, "prep", "ADP", "in"),
        ("Bolivia", 4, "pobj", "PROPN", "Bolivia", "State"), (".", 1, "punct", "PUNCT", "."),
    ])
    doc[3].tag_ = "NNS"
    chl, per = ids(gaz, "Chile", "Peru")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert {o for s, r, o in got if s == chl} == {per}  # (force on a state's people is on the state)


def test_whom_a_protector_shields_from_is_opposed(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile vowed to protect Peru from Bolivian aggression."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("vowed", 1, "ROOT", "VERB", "vow"), ("to", 3, "aux", "PART", "to"),
        ("protect", 1, "xcomp", "VERB", "protect"), ("Peru", 3, "dobj", "PROPN", "Peru", "State"), ("from", 3, "prep", "ADP", "from"),
        ("Bolivian", 7, "amod", "ADJ", "bolivian", "State"), ("aggression", 5, "pobj", "NOUN", "aggression"), (".", 1, "punct", "PUNCT", "."),
    ])
    doc[3].tag_ = "VB"
    chl, per, bol = ids(gaz, "Chile", "Peru", "Bolivia")
    got = claims(extract(doc, document(doc), onto, gaz), onto)
    assert (chl, "opposes", bol, "intended") in got
    assert not any(o == bol and r != "opposes" for s, r, o, m in got)


@pytest.mark.parametrize("label", ["ORG", "LOC"])
def test_a_lone_surname_the_ner_took_for_an_organisation_is_the_person(label, build_doc, document, onto, gaz):
    doc = build_doc([  # "Juan Mora visited Chile. Mora criticized Peru." (a place too: "Misri" read as Egyptian)
        ("Juan", 1, "compound", "PROPN", "Juan", "PERSON"), ("Mora", 2, "nsubj", "PROPN", "Mora", "+PERSON"),
        ("visited", 2, "ROOT", "VERB", "visit"), ("Chile", 2, "dobj", "PROPN", "Chile", "State"), (".", 2, "punct", "PUNCT", "."),
        ("Mora", 6, "nsubj", "PROPN", "Mora", label), ("criticized", 6, "ROOT", "VERB", "criticize"),
        ("Peru", 6, "dobj", "PROPN", "Peru", "State"), (".", 6, "punct", "PUNCT", "."),
    ])
    per = ids(gaz, "Peru")[0]
    result = extract(doc, document(doc), onto, gaz)
    assert ("Person/juan-mora", "opposes", per) in triples(result, onto)
    assert not any(e.id.startswith(("Organization/", "Location/")) for e in result.entities)


def test_a_lone_surname_the_ner_left_out_is_the_person_named_in_full(build_doc, document, onto, gaz):
    doc = build_doc([  # "Juan Mora visited Chile. Mora criticized Peru. Lima met Bolivia."
        ("Juan", 1, "compound", "PROPN", "Juan", "PERSON"), ("Mora", 2, "nsubj", "PROPN", "Mora", "+PERSON"),
        ("visited", 2, "ROOT", "VERB", "visit"), ("Chile", 2, "dobj", "PROPN", "Chile", "State"), (".", 2, "punct", "PUNCT", "."),
        ("Mora", 6, "nsubj", "PROPN", "Mora"), ("criticized", 6, "ROOT", "VERB", "criticize"),
        ("Peru", 6, "dobj", "PROPN", "Peru", "State"), (".", 6, "punct", "PUNCT", "."),
        ("Lima", 10, "nsubj", "PROPN", "Lima"), ("met", 10, "ROOT", "VERB", "meet"),
        ("Bolivia", 10, "dobj", "PROPN", "Bolivia", "State"), (".", 10, "punct", "PUNCT", "."),
    ])
    per, bol = ids(gaz, "Peru", "Bolivia")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert ("Person/juan-mora", "opposes", per) in got
    assert not any(o == bol for _, _, o in got)  # an unknown word is no one


def test_he_continues_the_person_a_relative_clause_makes_a_subject_not_its_object(build_doc, document, onto, gaz):
    doc = build_doc([  # "It is a test for Juan Soto, who met Ana Ruiz. Later he visited Chile."
        ("It", 1, "nsubj", "PRON", "it"), ("is", 1, "ROOT", "AUX", "be"), ("a", 3, "det", "DET", "a"),
        ("test", 1, "attr", "NOUN", "test"), ("for", 3, "prep", "ADP", "for"), ("Juan", 6, "compound", "PROPN", "Juan", "PERSON"),
        ("Soto", 4, "pobj", "PROPN", "Soto", "+PERSON"), (",", 6, "punct", "PUNCT", ","), ("who", 9, "nsubj", "PRON", "who"),
        ("met", 6, "relcl", "VERB", "meet"), ("Ana", 11, "compound", "PROPN", "Ana", "PERSON"),
        ("Ruiz", 9, "dobj", "PROPN", "Ruiz", "+PERSON"), (".", 1, "punct", "PUNCT", "."),
        ("Later", 15, "advmod", "ADV", "later"), ("he", 15, "nsubj", "PRON", "he"), ("visited", 15, "ROOT", "VERB", "visit"),
        ("Chile", 15, "dobj", "PROPN", "Chile", "State"), (".", 15, "punct", "PUNCT", "."),
    ])
    doc[8].tag_, doc[14].tag_ = "WP", "PRP"
    chl, = ids(gaz, "Chile")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert ("Person/juan-soto", "consults", chl) in got
    assert ("Person/ana-ruiz", "consults", chl) not in got


def test_a_lone_surname_the_ner_took_for_no_actor_is_the_person_named_in_full(build_doc, document, onto, gaz):
    doc = build_doc([  # "Juan Mora visited Chile. Peru met Mora."
        ("Juan", 1, "compound", "PROPN", "Juan", "PERSON"), ("Mora", 2, "nsubj", "PROPN", "Mora", "+PERSON"),
        ("visited", 2, "ROOT", "VERB", "visit"), ("Chile", 2, "dobj", "PROPN", "Chile", "State"), (".", 2, "punct", "PUNCT", "."),
        ("Peru", 6, "nsubj", "PROPN", "Peru", "State"), ("met", 6, "ROOT", "VERB", "meet"),
        ("Mora", 6, "dobj", "PROPN", "Mora", "PRODUCT"), (".", 6, "punct", "PUNCT", "."),
    ])
    per, = ids(gaz, "Peru")
    assert (per, "consults", "Person/juan-mora") in triples(extract(doc, document(doc), onto, gaz), onto)


def test_the_government_a_known_leader_heads_is_his_states(build_doc, document, onto, gaz):
    doc = build_doc([  # "Peru attacked Chile. Putin, who heads the government, met Xi."
        ("Peru", 1, "nsubj", "PROPN", "Peru", "State"), ("attacked", 1, "ROOT", "VERB", "attack"),
        ("Chile", 1, "dobj", "PROPN", "Chile", "State"), (".", 1, "punct", "PUNCT", "."),
        ("Putin", 11, "nsubj", "PROPN", "Putin", "Person"), (",", 4, "punct", "PUNCT", ","),
        ("who", 7, "nsubj", "PRON", "who"), ("heads", 4, "relcl", "VERB", "head"), ("the", 9, "det", "DET", "the"),
        ("government", 7, "dobj", "NOUN", "government"), (",", 4, "punct", "PUNCT", ","), ("met", 11, "ROOT", "VERB", "meet"),
        ("Xi", 11, "dobj", "PROPN", "Xi", "Person"), (".", 11, "punct", "PUNCT", "."),
    ])
    doc[6].tag_, doc[7].tag_ = "WP", "VBZ"
    putin, rus, chl, per = ids(gaz, "Putin", "Russia", "Chile", "Peru")
    got = {(s, o) for s, r, o in triples(extract(doc, document(doc), onto, gaz), onto) if r == "leaderOf"}
    assert (putin, rus) in got and (putin, chl) not in got and (putin, per) not in got


def test_a_first_name_the_tagger_took_for_a_verb_is_part_of_the_name(build_doc, document, onto, gaz):
    doc = build_doc([  # "Britain sanctioned Saw Chit Thu."
        ("Britain", 1, "nsubj", "PROPN", "Britain", "State"), ("sanctioned", 1, "ROOT", "VERB", "sanction"),
        ("Saw", 4, "compound", "VERB", "see"), ("Chit", 4, "compound", "PROPN", "Chit", "PERSON"),
        ("Thu", 1, "dobj", "PROPN", "Thu", "+PERSON"), (".", 1, "punct", "PUNCT", "."),
    ])
    doc[2].tag_ = "VBD"
    result = extract(doc, document(doc), onto, gaz)
    assert "Saw Chit Thu" in {e.label for e in result.entities} and "Chit Thu" not in {e.label for e in result.entities}


def test_both_countries_after_the_two_leaders_are_the_leaders_states(build_doc, document, onto, gaz):
    doc = build_doc([  # "Putin met Xi. The two leaders agreed. Both countries joined NATO."
        ("Putin", 1, "nsubj", "PROPN", "Putin", "Person"), ("met", 1, "ROOT", "VERB", "meet"),
        ("Xi", 1, "dobj", "PROPN", "Xi", "Person"), (".", 1, "punct", "PUNCT", "."),
        ("The", 6, "det", "DET", "the"), ("two", 6, "nummod", "NUM", "two"), ("leaders", 7, "nsubj", "NOUN", "leader"),
        ("agreed", 7, "ROOT", "VERB", "agree"), (".", 7, "punct", "PUNCT", "."),
        ("Both", 10, "det", "DET", "both"), ("countries", 11, "nsubj", "NOUN", "country"),
        ("joined", 11, "ROOT", "VERB", "join"), ("NATO", 11, "dobj", "PROPN", "NATO", "IGO"), (".", 11, "punct", "PUNCT", "."),
    ])
    doc[6].tag_, doc[10].tag_ = "NNS", "NNS"
    rus, chn, nato = ids(gaz, "Russia", "China", "NATO")
    got = {s for s, r, o in triples(extract(doc, document(doc), onto, gaz), onto) if r == "memberOf" and o == nato}
    assert got == {rus, chn}


def test_a_name_the_ner_took_for_an_organisation_beside_a_persons_title_is_a_person(build_doc, document, onto, gaz):
    doc = build_doc([  # "Peru's envoy, Juan Soto, met Chile. Ana Ruiz, the minister, met Bolivia."
        ("Peru", 2, "poss", "PROPN", "Peru", "State"), ("'s", 0, "case", "PART", "'s"), ("envoy", 7, "nsubj", "NOUN", "envoy"),
        (",", 2, "punct", "PUNCT", ","), ("Juan", 5, "compound", "PROPN", "Juan", "ORG"), ("Soto", 2, "appos", "PROPN", "Soto", "+ORG"),
        (",", 2, "punct", "PUNCT", ","), ("met", 7, "ROOT", "VERB", "meet"), ("Chile", 7, "dobj", "PROPN", "Chile", "State"),
        (".", 7, "punct", "PUNCT", "."),
        ("Ana", 11, "compound", "PROPN", "Ana", "ORG"), ("Ruiz", 16, "nsubj", "PROPN", "Ruiz", "+ORG"), (",", 11, "punct", "PUNCT", ","),
        ("the", 14, "det", "DET", "the"), ("minister", 11, "appos", "NOUN", "minister"), (",", 11, "punct", "PUNCT", ","),
        ("met", 16, "ROOT", "VERB", "meet"), ("Bolivia", 16, "dobj", "PROPN", "Bolivia", "State"), (".", 16, "punct", "PUNCT", "."),
    ])
    result = extract(doc, document(doc), onto, gaz)
    kinds = {e.label: e.id.split("/")[0] for e in result.entities}
    assert kinds["Juan Soto"] == "Person" and kinds["Ana Ruiz"] == "Person"


def test_capitalised_words_the_ner_left_out_before_a_group_noun_name_an_organisation(build_doc, document, onto, gaz):
    doc = build_doc([  # "The Viv Ansanm coalition attacked Peru. Chile met Peru."
        ("The", 3, "det", "DET", "the"), ("Viv", 2, "compound", "PROPN", "Viv"), ("Ansanm", 3, "compound", "PROPN", "Ansanm"),
        ("coalition", 4, "nsubj", "NOUN", "coalition"), ("attacked", 4, "ROOT", "VERB", "attack"),
        ("Peru", 4, "dobj", "PROPN", "Peru", "State"), (".", 4, "punct", "PUNCT", "."),
        ("Chile", 8, "nsubj", "PROPN", "Chile", "State"), ("met", 8, "ROOT", "VERB", "meet"),
        ("Peru", 8, "dobj", "PROPN", "Peru", "State"), (".", 8, "punct", "PUNCT", "."),
    ])
    per, = ids(gaz, "Peru")
    result = extract(doc, document(doc), onto, gaz)
    group = next(e for e in result.entities if e.label == "Viv Ansanm")
    assert group.id.startswith("Organization/") and (group.id, "assaults", per) in triples(result, onto)


def test_any_act_is_supposed_and_a_clauses_future_is_not_its_subject_acts_intent(build_doc, document, onto, gaz):
    doc = build_doc([  # "Any Chilean support for Peru would anger Bolivia." / "Brazil's aid to Peru will help farmers."
        ("Any", 2, "det", "DET", "any"), ("Chilean", 2, "amod", "ADJ", "chilean", "State"), ("support", 6, "nsubj", "NOUN", "support"),
        ("for", 2, "prep", "ADP", "for"), ("Peru", 3, "pobj", "PROPN", "Peru", "State"), ("would", 6, "aux", "AUX", "would"),
        ("anger", 6, "ROOT", "VERB", "anger"), ("Bolivia", 6, "dobj", "PROPN", "Bolivia", "State"), (".", 6, "punct", "PUNCT", "."),
        ("Brazil", 11, "poss", "PROPN", "Brazil", "State"), ("'s", 9, "case", "PART", "'s"), ("aid", 15, "nsubj", "NOUN", "aid"),
        ("to", 11, "prep", "ADP", "to"), ("Peru", 12, "pobj", "PROPN", "Peru", "State"), ("will", 15, "aux", "AUX", "will"),
        ("help", 15, "ROOT", "VERB", "help"), ("farmers", 15, "dobj", "NOUN", "farmer"), (".", 15, "punct", "PUNCT", "."),
    ])
    doc[5].tag_, doc[14].tag_, doc[16].tag_ = "MD", "MD", "NNS"
    chl, per, bra = ids(gaz, "Chile", "Peru", "Brazil")
    got = claims(extract(doc, document(doc), onto, gaz), onto)
    assert (chl, "supports", per, "hedged") in got
    assert (bra, "providesAid", per, "asserted") in got  # "will": the aid's effect to come, not an aid to come


def test_joining_someone_for_talks_holds_them_with_the_one_joined(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile joined Peru for talks on Bolivia."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("joined", 1, "ROOT", "VERB", "join"), ("Peru", 1, "dobj", "PROPN", "Peru", "State"),
        ("for", 1, "prep", "ADP", "for"), ("talks", 3, "pobj", "NOUN", "talk"), ("on", 4, "prep", "ADP", "on"),
        ("Bolivia", 5, "pobj", "PROPN", "Bolivia", "State"), (".", 1, "punct", "PUNCT", "."),
    ])
    doc[4].tag_ = "NNS"
    chl, per = ids(gaz, "Chile", "Peru")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert {(s, o) for s, r, o in got if r == "consults"} in ({(chl, per)}, {(per, chl)}, {(chl, per), (per, chl)})
    assert not any(r == "memberOf" for s, r, o in got)


def test_the_fight_of_the_one_supported_with_the_in_hung_on_the_verb(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile reiterated its support for Peru in the fight against Bolivia."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("reiterated", 1, "ROOT", "VERB", "reiterate"), ("its", 3, "poss", "PRON", "its"),
        ("support", 1, "dobj", "NOUN", "support"), ("for", 3, "prep", "ADP", "for"), ("Peru", 4, "pobj", "PROPN", "Peru", "State"),
        ("in", 1, "prep", "ADP", "in"), ("the", 8, "det", "DET", "the"), ("fight", 6, "pobj", "NOUN", "fight"),
        ("against", 8, "prep", "ADP", "against"), ("Bolivia", 9, "pobj", "PROPN", "Bolivia", "State"), (".", 1, "punct", "PUNCT", "."),
    ])
    chl, per, bol = ids(gaz, "Chile", "Peru", "Bolivia")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert (per, "fights", bol) in got and (chl, "fights", bol) not in got


def test_the_author_of_a_law_hung_on_the_laws_topic_is_still_its_author(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile criticized a law on migrants backed by Peru."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("criticized", 1, "ROOT", "VERB", "criticize"), ("a", 3, "det", "DET", "a"),
        ("law", 1, "dobj", "NOUN", "law"), ("on", 3, "prep", "ADP", "on"), ("migrants", 4, "pobj", "NOUN", "migrant"),
        ("backed", 5, "acl", "VERB", "back"), ("by", 6, "agent", "ADP", "by"), ("Peru", 7, "pobj", "PROPN", "Peru", "State"),
        (".", 1, "punct", "PUNCT", "."),
    ])
    doc[5].tag_, doc[6].tag_ = "NNS", "VBN"
    chl, per = ids(gaz, "Chile", "Peru")
    assert (chl, "opposes", per) in triples(extract(doc, document(doc), onto, gaz), onto)


def test_a_finite_verb_coordinated_after_a_negated_one_is_not_negated(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile did not want war and urged Peru to talk." / "Bolivia did not attack and kill Brazilians."
        ("Chile", 3, "nsubj", "PROPN", "Chile", "State"), ("did", 3, "aux", "AUX", "do"), ("not", 3, "neg", "PART", "not"),
        ("want", 3, "ROOT", "VERB", "want"), ("war", 3, "dobj", "NOUN", "war"), ("and", 3, "cc", "CCONJ", "and"),
        ("urged", 3, "conj", "VERB", "urge"), ("Peru", 6, "dobj", "PROPN", "Peru", "State"), ("to", 9, "aux", "PART", "to"),
        ("talk", 6, "xcomp", "VERB", "talk"), (".", 3, "punct", "PUNCT", "."),
        ("Bolivia", 14, "nsubj", "PROPN", "Bolivia", "State"), ("did", 14, "aux", "AUX", "do"), ("not", 14, "neg", "PART", "not"),
        ("attack", 14, "ROOT", "VERB", "attack"), ("and", 14, "cc", "CCONJ", "and"), ("kill", 14, "conj", "VERB", "kill"),
        ("Brazil", 16, "dobj", "PROPN", "Brazil", "State"), (".", 14, "punct", "PUNCT", "."),
    ])
    doc[3].tag_, doc[6].tag_, doc[9].tag_, doc[14].tag_, doc[16].tag_ = "VB", "VBD", "VB", "VB", "VB"
    chl, per, bol, bra = ids(gaz, "Chile", "Peru", "Bolivia", "Brazil")
    got = claims(extract(doc, document(doc), onto, gaz), onto)
    assert (chl, "appealsTo", per, "asserted") in got
    assert (bol, "assaults", bra, "negated") in got  # a bare verb after "did not" is under it


def test_an_act_that_is_the_subject_of_a_conditional_is_supposed(build_doc, document, onto, gaz):
    doc = build_doc([  # "Bolivia said letting Chile attack Peru would mean war."
        ("Bolivia", 1, "nsubj", "PROPN", "Bolivia", "State"), ("said", 1, "ROOT", "VERB", "say"),
        ("letting", 7, "csubj", "VERB", "let"), ("Chile", 4, "nsubj", "PROPN", "Chile", "State"), ("attack", 2, "ccomp", "VERB", "attack"),
        ("Peru", 4, "dobj", "PROPN", "Peru", "State"), ("would", 7, "aux", "AUX", "would"), ("mean", 1, "ccomp", "VERB", "mean"),
        ("war", 7, "dobj", "NOUN", "war"), (".", 1, "punct", "PUNCT", "."),
    ])
    doc[2].tag_, doc[4].tag_, doc[6].tag_, doc[7].tag_ = "VBG", "VB", "MD", "VB"
    chl, per = ids(gaz, "Chile", "Peru")
    got = claims(extract(doc, document(doc), onto, gaz), onto)
    assert (chl, "assaults", per, "hedged") in got and not any(r == "threatens" for s, r, o, m in got)


def test_joining_someone_for_talks_hung_on_the_one_joined(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile joined Peru for talks.", the parser hanging "for talks" on Peru
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("joined", 1, "ROOT", "VERB", "join"), ("Peru", 1, "dobj", "PROPN", "Peru", "State"),
        ("for", 2, "prep", "ADP", "for"), ("talks", 3, "pobj", "NOUN", "talk"), (".", 1, "punct", "PUNCT", "."),
    ])
    doc[4].tag_ = "NNS"
    chl, per = ids(gaz, "Chile", "Peru")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert {(s, o) for s, r, o in got if r == "consults"} in ({(chl, per)}, {(per, chl)}, {(chl, per), (per, chl)})


def test_a_verb_particle_and_object_trigger(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile broke off talks with Peru."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("broke", 1, "ROOT", "VERB", "break"), ("off", 1, "prt", "ADP", "off"),
        ("talks", 1, "dobj", "NOUN", "talk"), ("with", 3, "prep", "ADP", "with"), ("Peru", 4, "pobj", "PROPN", "Peru", "State"),
        (".", 1, "punct", "PUNCT", "."),
    ])
    doc[2].tag_, doc[3].tag_ = "RP", "NNS"
    chl, per = ids(gaz, "Chile", "Peru")
    result = extract(doc, document(doc), onto, gaz)
    assert [(s.subject, s.relation, s.object) for s in result.statements] == [(chl, "haltsNegotiations", per)]


def test_a_complaint_lodged_with_one_over_anothers_act_is_at_the_other(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile filed a complaint with Peru over Bolivian raids."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("filed", 1, "ROOT", "VERB", "file"), ("a", 3, "det", "DET", "a"),
        ("complaint", 1, "dobj", "NOUN", "complaint"), ("with", 1, "prep", "ADP", "with"), ("Peru", 4, "pobj", "PROPN", "Peru", "State"),
        ("over", 1, "prep", "ADP", "over"), ("Bolivian", 8, "amod", "ADJ", "bolivian", "State"), ("raids", 6, "pobj", "NOUN", "raid"),
        (".", 1, "punct", "PUNCT", "."),
    ])
    doc[8].tag_ = "NNS"
    chl, bol = ids(gaz, "Chile", "Bolivia")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert {(s, o) for s, r, o in got if s == chl} == {(chl, bol)}


def test_a_fate_a_speaker_foretells_another_is_a_threat(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile said Peru would pay a price." / "Bolivia said it would pay a price."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("said", 1, "ROOT", "VERB", "say"), ("Peru", 4, "nsubj", "PROPN", "Peru", "State"),
        ("would", 4, "aux", "AUX", "would"), ("pay", 1, "ccomp", "VERB", "pay"), ("a", 6, "det", "DET", "a"),
        ("price", 4, "dobj", "NOUN", "price"), (".", 1, "punct", "PUNCT", "."),
        ("Bolivia", 9, "nsubj", "PROPN", "Bolivia", "State"), ("said", 9, "ROOT", "VERB", "say"), ("it", 12, "nsubj", "PRON", "it"),
        ("would", 12, "aux", "AUX", "would"), ("pay", 9, "ccomp", "VERB", "pay"), ("a", 14, "det", "DET", "a"),
        ("price", 12, "dobj", "NOUN", "price"), (".", 9, "punct", "PUNCT", "."),
    ])
    doc[3].tag_, doc[4].tag_, doc[10].tag_, doc[11].tag_, doc[12].tag_ = "MD", "VB", "PRP", "MD", "VB"
    chl, per = ids(gaz, "Chile", "Peru")
    got = claims(extract(doc, document(doc), onto, gaz), onto)
    assert got == {(chl, "threatens", per, "asserted")}  # (one's own price is no threat)


def test_a_manner_phrase_is_no_act(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile attacked without warning on Peru.", the "on" hung on the manner noun
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("attacked", 1, "ROOT", "VERB", "attack"),
        ("without", 1, "prep", "ADP", "without"), ("warning", 2, "pobj", "NOUN", "warning"),
        ("on", 3, "prep", "ADP", "on"), ("Peru", 4, "pobj", "PROPN", "Peru", "State"), (".", 1, "punct", "PUNCT", "."),
    ])
    result = extract(doc, document(doc), onto, gaz)
    assert not [s for s in result.statements if s.relation == "threatens"]  # no warning, given or withheld


def test_a_blame_put_on_someone_is_at_them_not_at_the_act_s_target(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile blamed the attack on Peru."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("blamed", 1, "ROOT", "VERB", "blame"),
        ("the", 3, "det", "DET", "the"), ("attack", 1, "dobj", "NOUN", "attack"), ("on", 3, "prep", "ADP", "on"),
        ("Peru", 4, "pobj", "PROPN", "Peru", "State"), (".", 1, "punct", "PUNCT", "."),
    ])
    chl, per = ids(gaz, "Chile", "Peru")
    got = claims(extract(doc, document(doc), onto, gaz), onto)
    assert got == {(chl, "opposes", per, "asserted")}  # (the root of "accuses")


def test_a_possessive_in_a_reported_subject_is_the_reporter_s(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile blamed Peru and said its troops had shelled Bolivia."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("blamed", 1, "ROOT", "VERB", "blame"),
        ("Peru", 1, "dobj", "PROPN", "Peru", "State"), ("and", 1, "cc", "CCONJ", "and"), ("said", 1, "conj", "VERB", "say"),
        ("its", 6, "poss", "PRON", "its"), ("troops", 8, "nsubj", "NOUN", "troop"), ("had", 8, "aux", "AUX", "have"),
        ("shelled", 4, "ccomp", "VERB", "shell"), ("Bolivia", 8, "dobj", "PROPN", "Bolivia", "State"),
        (".", 1, "punct", "PUNCT", "."),
    ])
    doc[6].tag_ = "NNS"
    result = extract(doc, document(doc), onto, gaz)
    shelling = [s for s in result.statements if s.relation == "shells"]
    assert len(shelling) == 1 and doc.text[slice(*shelling[0].subject_span)] == "troops"
    assert "chl" in shelling[0].subject.lower() and "per" not in shelling[0].subject.lower()


def test_it_after_a_report_is_the_reporter_not_the_reported_clause_s_subject(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile said the Peruvian ship had entered its waters. It urged Peru to leave."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("said", 1, "ROOT", "VERB", "say"), ("the", 4, "det", "DET", "the"),
        ("Peruvian", 4, "amod", "ADJ", "peruvian", "State"), ("ship", 6, "nsubj", "NOUN", "ship"),
        ("had", 6, "aux", "AUX", "have"), ("entered", 1, "ccomp", "VERB", "enter"), ("its", 8, "poss", "PRON", "its"),
        ("waters", 6, "dobj", "NOUN", "water"), (".", 1, "punct", "PUNCT", "."),
        ("It", 11, "nsubj", "PRON", "it"), ("urged", 11, "ROOT", "VERB", "urge"), ("Peru", 11, "dobj", "PROPN", "Peru", "State"),
        ("to", 14, "aux", "PART", "to"), ("leave", 11, "xcomp", "VERB", "leave"), (".", 11, "punct", "PUNCT", "."),
    ])
    doc[10].tag_ = "PRP"
    chl, per = ids(gaz, "Chile", "Peru")
    got = claims(extract(doc, document(doc), onto, gaz), onto)
    assert (chl, "appealsTo", per, "asserted") in got


def test_a_label_a_speaker_predicates_of_an_act_is_a_judgement_of_its_agent(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile said Peru's actions were illegal." / "Bolivia said Peru's actions were not illegal."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("said", 1, "ROOT", "VERB", "say"),
        ("Peru", 4, "poss", "PROPN", "Peru", "State"), ("'s", 2, "case", "PART", "'s"), ("actions", 5, "nsubj", "NOUN", "action"),
        ("were", 1, "ccomp", "AUX", "be"), ("illegal", 5, "acomp", "ADJ", "illegal"), (".", 1, "punct", "PUNCT", "."),
        ("Bolivia", 9, "nsubj", "PROPN", "Bolivia", "State"), ("said", 9, "ROOT", "VERB", "say"),
        ("Peru", 12, "poss", "PROPN", "Peru", "State"), ("'s", 10, "case", "PART", "'s"), ("actions", 13, "nsubj", "NOUN", "action"),
        ("were", 9, "ccomp", "AUX", "be"), ("not", 13, "neg", "PART", "not"), ("illegal", 13, "acomp", "ADJ", "illegal"),
        (".", 9, "punct", "PUNCT", "."),
    ])
    chl, per = ids(gaz, "Chile", "Peru")
    got = claims(extract(doc, document(doc), onto, gaz), onto)
    assert got == {(chl, "opposes", per, "asserted")}  # (a label denied is none)


def test_the_two_leaders_an_actor_hosts_are_others_than_the_host(build_doc, document, onto, gaz):
    doc = build_doc([  # "Xi met Putin. Erdogan said after hosting the two leaders that ..." (the parse kept short)
        ("Xi", 1, "nsubj", "PROPN", "Xi", "Person"), ("met", 1, "ROOT", "VERB", "meet"),
        ("Putin", 1, "dobj", "PROPN", "Putin", "Person"), (".", 1, "punct", "PUNCT", "."),
        ("Erdogan", 5, "nsubj", "PROPN", "Erdogan", "Person"), ("spoke", 5, "ROOT", "VERB", "speak"),
        ("after", 5, "prep", "ADP", "after"), ("hosting", 6, "pcomp", "VERB", "host"), ("the", 10, "det", "DET", "the"),
        ("two", 10, "nummod", "NUM", "two"), ("leaders", 7, "dobj", "NOUN", "leader"), (".", 5, "punct", "PUNCT", "."),
    ])
    doc[10].tag_ = "NNS"
    xi, putin, erdogan = ids(gaz, "Xi Jinping", "Putin", "Erdogan")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert {(s, o) for s, r, o in got if r == "consults"} == {(xi, putin), (erdogan, xi), (erdogan, putin)}


def test_the_army_is_the_army_named_before_not_another_body(build_doc, document, onto, gaz):
    doc = build_doc([  # "Sudan's army met Chad's defence ministry. The RSF accused the army."
        ("Sudan", 2, "poss", "PROPN", "Sudan", "GovernmentBody"), ("'s", 0, "case", "PART", "'s"),
        ("army", 3, "nsubj", "NOUN", "army", "+GovernmentBody"), ("met", 3, "ROOT", "VERB", "meet"),
        ("Chad", 7, "poss", "PROPN", "Chad", "State"), ("'s", 4, "case", "PART", "'s"), ("defence", 7, "compound", "NOUN", "defence"),
        ("ministry", 3, "dobj", "NOUN", "ministry"), (".", 3, "punct", "PUNCT", "."),
        ("The", 10, "det", "DET", "the"), ("RSF", 11, "nsubj", "PROPN", "RSF", "ArmedGroup"),
        ("accused", 11, "ROOT", "VERB", "accuse"), ("the", 13, "det", "DET", "the"), ("army", 11, "dobj", "NOUN", "army"),
        (".", 11, "punct", "PUNCT", "."),
    ])
    for t in doc[0:3]:
        t.ent_id_ = "saf"  # as the gazetteer ruler marks it
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert {o for s, r, o in got if s == "rsf"} == {"saf"}  # not the ministry, nor an army of its own


def test_a_denial_reaches_a_purpose_on_a_noun_but_a_future_does_not(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile failed to agree on steps to normalise ties with Peru."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("failed", 1, "ROOT", "VERB", "fail"), ("to", 3, "aux", "PART", "to"),
        ("agree", 1, "xcomp", "VERB", "agree"), ("on", 3, "prep", "ADP", "on"), ("steps", 4, "pobj", "NOUN", "step"),
        ("to", 7, "aux", "PART", "to"), ("normalise", 5, "relcl", "VERB", "normalise"), ("ties", 7, "dobj", "NOUN", "tie"),
        ("with", 8, "prep", "ADP", "with"), ("Peru", 9, "pobj", "PROPN", "Peru", "State"), (".", 1, "punct", "PUNCT", "."),
        # "Bolivia will lead the coalition to defeat Peru."
        ("Bolivia", 14, "nsubj", "PROPN", "Bolivia", "State"), ("will", 14, "aux", "AUX", "will"), ("lead", 14, "ROOT", "VERB", "lead"),
        ("the", 16, "det", "DET", "the"), ("coalition", 14, "dobj", "NOUN", "coalition"), ("to", 18, "aux", "PART", "to"),
        ("defeat", 16, "relcl", "VERB", "defeat"), ("Peru", 18, "dobj", "PROPN", "Peru", "State"), (".", 14, "punct", "PUNCT", "."),
    ])
    for i in (2, 6, 17):
        doc[i].tag_ = "TO"
    doc[7].tag_, doc[18].tag_, doc[13].tag_, doc[14].tag_ = "VB", "VB", "MD", "VB"
    result = extract(doc, document(doc), onto, gaz)
    got = {(s.relation, s.modality) for s in result.statements}
    assert ("restoresRelations", "negated") in got and ("restoresRelations", "asserted") not in got
    assert [s.modality for s in result.statements if s.trigger == "defeat"] == ["asserted"]


def test_a_finite_verb_after_a_refused_one_is_not_refused(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile said it would not be provoked and called on Peru to act."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("said", 1, "ROOT", "VERB", "say"), ("it", 6, "nsubjpass", "PRON", "it"),
        ("would", 6, "aux", "AUX", "would"), ("not", 6, "neg", "PART", "not"), ("be", 6, "auxpass", "AUX", "be"),
        ("provoked", 1, "ccomp", "VERB", "provoke"), ("and", 6, "cc", "CCONJ", "and"), ("called", 6, "conj", "VERB", "call"),
        ("on", 8, "prep", "ADP", "on"), ("Peru", 9, "pobj", "PROPN", "Peru", "State"), ("to", 12, "aux", "PART", "to"),
        ("act", 8, "advcl", "VERB", "act"), (".", 1, "punct", "PUNCT", "."),
    ])
    doc[2].tag_, doc[3].tag_, doc[6].tag_, doc[8].tag_, doc[12].tag_ = "PRP", "MD", "VBN", "VBD", "VB"
    chl, per = ids(gaz, "Chile", "Peru")
    assert claims(extract(doc, document(doc), onto, gaz), onto) == {(chl, "appealsTo", per, "asserted")}


def test_what_a_volley_is_aimed_at_is_the_target_even_an_installation(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile launched missiles and drones at Peru's power plants."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("launched", 1, "ROOT", "VERB", "launch"),
        ("missiles", 1, "dobj", "NOUN", "missile"), ("and", 2, "cc", "CCONJ", "and"), ("drones", 2, "conj", "NOUN", "drone"),
        ("at", 4, "prep", "ADP", "at"), ("Peru", 9, "poss", "PROPN", "Peru", "State"), ("'s", 6, "case", "PART", "'s"),
        ("power", 9, "compound", "NOUN", "power"), ("plants", 5, "pobj", "NOUN", "plant"), (".", 1, "punct", "PUNCT", "."),
    ])
    doc[2].tag_, doc[4].tag_, doc[9].tag_ = "NNS", "NNS", "NNS"
    chl, per = ids(gaz, "Chile", "Peru")
    assert triples(extract(doc, document(doc), onto, gaz), onto) == {(chl, "fights", per)}  # (launch at: CAMEO 19)


def test_their_joint_exercises_are_with_each_other(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile and Peru began their joint exercises."
        ("Chile", 3, "nsubj", "PROPN", "Chile", "State"), ("and", 0, "cc", "CCONJ", "and"), ("Peru", 0, "conj", "PROPN", "Peru", "State"),
        ("began", 3, "ROOT", "VERB", "begin"), ("their", 6, "poss", "PRON", "their"), ("joint", 6, "amod", "ADJ", "joint"),
        ("exercises", 3, "dobj", "NOUN", "exercise"), (".", 3, "punct", "PUNCT", "."),
    ])
    doc[6].tag_ = "NNS"
    chl, per = ids(gaz, "Chile", "Peru")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert got and {frozenset((s, o)) for s, r, o in got} == {frozenset((chl, per))}


def test_dropping_a_verbal_conflict_yields(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile dropped its objections to Peru's plan."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("dropped", 1, "ROOT", "VERB", "drop"), ("its", 3, "poss", "PRON", "its"),
        ("objections", 1, "dobj", "NOUN", "objection"), ("to", 3, "prep", "ADP", "to"), ("Peru", 7, "poss", "PROPN", "Peru", "State"),
        ("'s", 5, "case", "PART", "'s"), ("plan", 4, "pobj", "NOUN", "plan"), (".", 1, "punct", "PUNCT", "."),
    ])
    doc[3].tag_ = "NNS"
    chl, per = ids(gaz, "Chile", "Peru")
    assert claims(extract(doc, document(doc), onto, gaz), onto) == {(chl, "yieldsTo", per, "asserted")}


def test_adding_an_actor_to_a_blacklist_sanctions_it(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile added Peru to its blacklist."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("added", 1, "ROOT", "VERB", "add"), ("Peru", 1, "dobj", "PROPN", "Peru", "State"),
        ("to", 1, "prep", "ADP", "to"), ("its", 5, "poss", "PRON", "its"), ("blacklist", 3, "pobj", "NOUN", "blacklist"),
        (".", 1, "punct", "PUNCT", "."),
    ])
    chl, per = ids(gaz, "Chile", "Peru")
    assert [(s.subject, s.relation, s.object) for s in extract(doc, document(doc), onto, gaz).statements] == [
        (chl, "imposesSanctions", per)]


def test_a_state_body_named_with_another_state_is_that_state_s(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile's Joint Chiefs of Staff met Peru."
        ("Chile", 4, "poss", "PROPN", "Chile", "State"), ("'s", 0, "case", "PART", "'s"),
        ("Joint", 3, "compound", "PROPN", "Joint", "GovernmentBody"), ("Chiefs", 6, "nsubj", "PROPN", "Chiefs", "+GovernmentBody"),
        ("of", 3, "prep", "ADP", "of", "+GovernmentBody"), ("Staff", 4, "pobj", "PROPN", "Staff", "+GovernmentBody"),
        ("met", 6, "ROOT", "VERB", "meet"), ("Peru", 6, "dobj", "PROPN", "Peru", "State"), (".", 6, "punct", "PUNCT", "."),
    ])
    doc[0].head = doc[3]
    for t in doc[2:6]:
        t.ent_id_ = "us-jcs"  # as the gazetteer ruler marks the American body of that name
    subjects = {s.subject for s in extract(doc, document(doc), onto, gaz).statements}
    assert subjects and "us-jcs" not in subjects


def test_the_agent_of_an_act_named_again_may_be_held_in_an_of_phrase(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile adopted a package of sanctions on Peru. Peru said the sanctions were illegal."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("adopted", 1, "ROOT", "VERB", "adopt"), ("a", 3, "det", "DET", "a"),
        ("package", 1, "dobj", "NOUN", "package"), ("of", 3, "prep", "ADP", "of"), ("sanctions", 4, "pobj", "NOUN", "sanction"),
        ("on", 5, "prep", "ADP", "on"), ("Peru", 6, "pobj", "PROPN", "Peru", "State"), (".", 1, "punct", "PUNCT", "."),
        ("Peru", 10, "nsubj", "PROPN", "Peru", "State"), ("said", 10, "ROOT", "VERB", "say"), ("the", 12, "det", "DET", "the"),
        ("sanctions", 13, "nsubj", "NOUN", "sanction"), ("were", 10, "ccomp", "AUX", "be"), ("illegal", 13, "acomp", "ADJ", "illegal"),
        (".", 10, "punct", "PUNCT", "."),
    ])
    doc[5].tag_, doc[12].tag_ = "NNS", "NNS"
    chl, per = ids(gaz, "Chile", "Peru")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert (per, "opposes", chl) in got


def test_a_description_as_possessor_stands_for_the_state_before(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile tested a missile. Peru condemned the country's program."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("tested", 1, "ROOT", "VERB", "test"), ("a", 3, "det", "DET", "a"),
        ("missile", 1, "dobj", "NOUN", "missile"), (".", 1, "punct", "PUNCT", "."),
        ("Peru", 6, "nsubj", "PROPN", "Peru", "State"), ("condemned", 6, "ROOT", "VERB", "condemn"), ("the", 8, "det", "DET", "the"),
        ("country", 10, "poss", "NOUN", "country"), ("'s", 8, "case", "PART", "'s"), ("program", 6, "dobj", "NOUN", "program"),
        (".", 6, "punct", "PUNCT", "."),
    ])
    chl, per = ids(gaz, "Chile", "Peru")
    assert triples(extract(doc, document(doc), onto, gaz), onto) == {(per, "opposes", chl)}


def test_approving_another_s_bid_is_the_approver_s_act(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile approved Peru's bid to join NATO."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("approved", 1, "ROOT", "VERB", "approve"),
        ("Peru", 4, "poss", "PROPN", "Peru", "State"), ("'s", 2, "case", "PART", "'s"), ("bid", 1, "dobj", "NOUN", "bid"),
        ("to", 6, "aux", "PART", "to"), ("join", 4, "acl", "VERB", "join"), ("NATO", 6, "dobj", "PROPN", "NATO", "IGO"),
        (".", 1, "punct", "PUNCT", "."),
    ])
    chl, per = ids(gaz, "Chile", "Peru")
    assert (chl, "supports", per) in triples(extract(doc, document(doc), onto, gaz), onto)


def test_a_vow_of_an_act_no_trigger_names_is_no_cooperation_with_its_object(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile vowed to stop Peru." / "Bolivia vowed to help Peru."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("vowed", 1, "ROOT", "VERB", "vow"), ("to", 3, "aux", "PART", "to"),
        ("stop", 1, "xcomp", "VERB", "stop"), ("Peru", 3, "dobj", "PROPN", "Peru", "State"), (".", 1, "punct", "PUNCT", "."),
        ("Bolivia", 7, "nsubj", "PROPN", "Bolivia", "State"), ("vowed", 7, "ROOT", "VERB", "vow"), ("to", 9, "aux", "PART", "to"),
        ("help", 7, "xcomp", "VERB", "help"), ("Peru", 9, "dobj", "PROPN", "Peru", "State"), (".", 7, "punct", "PUNCT", "."),
    ])
    chl, bol = ids(gaz, "Chile", "Bolivia")
    subjects = {s for s, r, o in triples(extract(doc, document(doc), onto, gaz), onto)}
    assert chl not in subjects and bol in subjects


def test_a_possessive_on_a_subject_continues_the_last_subject(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile condemned Peru, and its jets struck Bolivia."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("condemned", 1, "ROOT", "VERB", "condemn"),
        ("Peru", 1, "dobj", "PROPN", "Peru", "State"), (",", 1, "punct", "PUNCT", ","), ("and", 1, "cc", "CCONJ", "and"),
        ("its", 6, "poss", "PRON", "its"), ("jets", 7, "nsubj", "NOUN", "jet"), ("struck", 1, "conj", "VERB", "strike"),
        ("Bolivia", 7, "dobj", "PROPN", "Bolivia", "State"), (".", 1, "punct", "PUNCT", "."),
    ])
    doc[6].tag_ = "NNS"
    result = extract(doc, document(doc), onto, gaz)
    strike = [s for s in result.statements if s.relation == "assaults"]
    assert len(strike) == 1 and "chl" in strike[0].subject.lower()


def test_heading_off_an_act_denies_it(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile headed off sanctions on Peru."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("headed", 1, "ROOT", "VERB", "head"), ("off", 1, "prt", "ADP", "off"),
        ("sanctions", 1, "dobj", "NOUN", "sanction"), ("on", 3, "prep", "ADP", "on"), ("Peru", 4, "pobj", "PROPN", "Peru", "State"),
        (".", 1, "punct", "PUNCT", "."),
    ])
    doc[2].tag_, doc[3].tag_ = "RP", "NNS"
    assert {s.modality for s in extract(doc, document(doc), onto, gaz).statements} == {"negated"}


def test_hosted_talks_between_two_sides_people_are_their_talks(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile hosted talks between Peruvian and Bolivian negotiators."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("hosted", 1, "ROOT", "VERB", "host"), ("talks", 1, "dobj", "NOUN", "talk"),
        ("between", 2, "prep", "ADP", "between"), ("Peruvian", 7, "amod", "ADJ", "peruvian", "State"), ("and", 4, "cc", "CCONJ", "and"),
        ("Bolivian", 4, "conj", "ADJ", "bolivian", "State"), ("negotiators", 3, "pobj", "NOUN", "negotiator"),
        (".", 1, "punct", "PUNCT", "."),
    ])
    doc[2].tag_, doc[7].tag_ = "NNS", "NNS"
    per, bol = ids(gaz, "Peru", "Bolivia")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert {frozenset((s, o)) for s, r, o in got if r == "consults" and per in (s, o) and bol in (s, o)} == {frozenset((per, bol))}


def test_the_warnings_brushed_off_are_the_warner_s(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile warned Peru. Peru rejected the warnings."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("warned", 1, "ROOT", "VERB", "warn"), ("Peru", 1, "dobj", "PROPN", "Peru", "State"),
        (".", 1, "punct", "PUNCT", "."),
        ("Peru", 5, "nsubj", "PROPN", "Peru", "State"), ("rejected", 5, "ROOT", "VERB", "reject"), ("the", 7, "det", "DET", "the"),
        ("warnings", 5, "dobj", "NOUN", "warning"), (".", 5, "punct", "PUNCT", "."),
    ])
    doc[7].tag_ = "NNS"
    chl, per = ids(gaz, "Chile", "Peru")
    assert (per, "rejects", chl) in triples(extract(doc, document(doc), onto, gaz), onto)


def test_a_deal_its_signers_signed_names_no_one_else(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile criticised Peru. Bolivia, which signed the deal, objected."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("criticised", 1, "ROOT", "VERB", "criticise"),
        ("Peru", 1, "dobj", "PROPN", "Peru", "State"), (".", 1, "punct", "PUNCT", "."),
        ("Bolivia", 11, "nsubj", "PROPN", "Bolivia", "State"), (",", 4, "punct", "PUNCT", ","), ("which", 7, "nsubj", "PRON", "which"),
        ("signed", 4, "relcl", "VERB", "sign"), ("the", 9, "det", "DET", "the"), ("deal", 7, "dobj", "NOUN", "deal"),
        (",", 4, "punct", "PUNCT", ","), ("objected", 11, "ROOT", "VERB", "object"), (".", 11, "punct", "PUNCT", "."),
    ])
    doc[6].tag_ = "WDT"
    bol = gaz.lookup("Bolivia").id
    assert not [t for t in triples(extract(doc, document(doc), onto, gaz), onto) if bol in (t[0], t[2])]


def test_an_agreement_to_an_unnamed_act_is_with_the_one_it_is_for(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile agreed to resume flights to Peru." / "Bolivia vowed to resume strikes on Peru."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("agreed", 1, "ROOT", "VERB", "agree"), ("to", 3, "aux", "PART", "to"),
        ("resume", 1, "xcomp", "VERB", "resume"), ("flights", 3, "dobj", "NOUN", "flight"), ("to", 4, "prep", "ADP", "to"),
        ("Peru", 5, "pobj", "PROPN", "Peru", "State"), (".", 1, "punct", "PUNCT", "."),
        ("Bolivia", 9, "nsubj", "PROPN", "Bolivia", "State"), ("vowed", 9, "ROOT", "VERB", "vow"), ("to", 11, "aux", "PART", "to"),
        ("resume", 9, "xcomp", "VERB", "resume"), ("patrols", 11, "dobj", "NOUN", "patrol"), ("near", 12, "prep", "ADP", "near"),
        ("Peru", 13, "pobj", "PROPN", "Peru", "State"), (".", 9, "punct", "PUNCT", "."),
    ])
    doc[4].tag_, doc[12].tag_ = "NNS", "NNS"
    chl, per, bol = ids(gaz, "Chile", "Peru", "Bolivia")
    got = claims(extract(doc, document(doc), onto, gaz), onto)
    assert (chl, "intendsToCooperate", per, "asserted") in got
    assert not [c for c in got if c[0] == bol and c[1] == "intendsToCooperate"]


def test_a_ban_on_sales_to_a_state_is_on_that_state(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile lifted its ban on arms sales to Peru."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("lifted", 1, "ROOT", "VERB", "lift"), ("its", 3, "poss", "PRON", "its"),
        ("ban", 1, "dobj", "NOUN", "ban"), ("on", 3, "prep", "ADP", "on"), ("arms", 6, "compound", "NOUN", "arm"),
        ("sales", 4, "pobj", "NOUN", "sale"), ("to", 6, "prep", "ADP", "to"), ("Peru", 7, "pobj", "PROPN", "Peru", "State"),
        (".", 1, "punct", "PUNCT", "."),
    ])
    doc[5].tag_, doc[6].tag_ = "NNS", "NNS"
    chl, per = ids(gaz, "Chile", "Peru")
    assert [(s.subject, s.relation, s.object) for s in extract(doc, document(doc), onto, gaz).statements] == [
        (chl, "easesSanctions", per)]


def test_a_name_after_the_town_of_is_a_place(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile attacked the town of Adre." (the NER calling Adre a person)
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("attacked", 1, "ROOT", "VERB", "attack"), ("the", 3, "det", "DET", "the"),
        ("town", 1, "dobj", "NOUN", "town"), ("of", 3, "prep", "ADP", "of"), ("Adre", 4, "pobj", "PROPN", "Adre", "PERSON"),
        (".", 1, "punct", "PUNCT", "."),
    ])
    result = extract(doc, document(doc), onto, gaz)
    assert [e.cls for e in result.entities if e.label == "Adre"] == ["Location"]


def test_a_state_s_pirates_are_a_group_not_the_state(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chilean pirates seized a Peruvian ship."
        ("Chilean", 1, "amod", "ADJ", "chilean", "State"), ("pirates", 2, "nsubj", "NOUN", "pirate"),
        ("seized", 2, "ROOT", "VERB", "seize"), ("a", 5, "det", "DET", "a"), ("Peruvian", 5, "amod", "ADJ", "peruvian", "State"),
        ("ship", 2, "dobj", "NOUN", "ship"), (".", 2, "punct", "PUNCT", "."),
    ])
    doc[1].tag_ = "NNS"
    chl = gaz.lookup("Chile").id
    subjects = {s.subject for s in extract(doc, document(doc), onto, gaz).statements}
    assert subjects and chl not in subjects


def test_own_forces_to_be_deployed_nowhere_named_threaten_no_one(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile will deploy more troops."
        ("Chile", 2, "nsubj", "PROPN", "Chile", "State"), ("will", 2, "aux", "AUX", "will"), ("deploy", 2, "ROOT", "VERB", "deploy"),
        ("more", 4, "amod", "ADJ", "more"), ("troops", 2, "dobj", "NOUN", "troop"), (".", 2, "punct", "PUNCT", "."),
    ])
    doc[1].tag_, doc[2].tag_, doc[4].tag_ = "MD", "VB", "NNS"
    assert extract(doc, document(doc), onto, gaz).statements == ()


def test_two_that_offer_help_offer_it_to_a_third_not_each_other(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile and Peru offered to help."
        ("Chile", 3, "nsubj", "PROPN", "Chile", "State"), ("and", 0, "cc", "CCONJ", "and"), ("Peru", 0, "conj", "PROPN", "Peru", "State"),
        ("offered", 3, "ROOT", "VERB", "offer"), ("to", 5, "aux", "PART", "to"), ("help", 3, "xcomp", "VERB", "help"),
        (".", 3, "punct", "PUNCT", "."),
    ])
    assert extract(doc, document(doc), onto, gaz).statements == ()


def test_freezing_one_s_participation_in_a_body_is_aimed_at_the_body(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile froze its participation in NATO."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("froze", 1, "ROOT", "VERB", "freeze"), ("its", 3, "poss", "PRON", "its"),
        ("participation", 1, "dobj", "NOUN", "participation"), ("in", 3, "prep", "ADP", "in"),
        ("NATO", 4, "pobj", "PROPN", "NATO", "IGO"), (".", 1, "punct", "PUNCT", "."),
    ])
    chl = gaz.lookup("Chile").id
    assert triples(extract(doc, document(doc), onto, gaz), onto) == {(chl, "reducesRelations", "nato")}


def test_a_plural_title_with_names_stands_for_each_named(build_doc, document, onto, gaz):
    doc = build_doc([  # "Presidents Putin and Xi signed a treaty."
        ("Presidents", 4, "nsubj", "NOUN", "president"), ("Putin", 0, "appos", "PROPN", "Putin", "Person"),
        ("and", 1, "cc", "CCONJ", "and"), ("Xi", 1, "conj", "PROPN", "Xi", "Person"), ("signed", 4, "ROOT", "VERB", "sign"),
        ("a", 6, "det", "DET", "a"), ("treaty", 4, "dobj", "NOUN", "treaty"), (".", 4, "punct", "PUNCT", "."),
    ])
    doc[0].tag_ = "NNS"
    putin, xi = ids(gaz, "Putin", "Xi Jinping")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert {frozenset((s, o)) for s, r, o in got if r == "supports"} == {frozenset((putin, xi))}


def test_one_of_a_state_s_allies_is_its_ally(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile is one of Peru's closest allies."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("is", 1, "ROOT", "AUX", "be"), ("one", 1, "attr", "NUM", "one"),
        ("of", 2, "prep", "ADP", "of"), ("Peru", 7, "poss", "PROPN", "Peru", "State"), ("'s", 4, "case", "PART", "'s"),
        ("closest", 7, "amod", "ADJ", "close"), ("allies", 3, "pobj", "NOUN", "ally"), (".", 1, "punct", "PUNCT", "."),
    ])
    doc[7].tag_ = "NNS"
    chl, per = ids(gaz, "Chile", "Peru")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert {frozenset((s, o)) for s, r, o in got if r == "allyOf"} == {frozenset((chl, per))}


def test_a_title_the_ner_took_into_a_name_is_still_read(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile's King Juan met Peru." (the NER's person span holding "King")
        ("Chile", 3, "poss", "PROPN", "Chile", "State"), ("'s", 0, "case", "PART", "'s"), ("King", 3, "compound", "PROPN", "King", "PERSON"),
        ("Juan", 4, "nsubj", "PROPN", "Juan", "+PERSON"), ("met", 4, "ROOT", "VERB", "meet"), ("Peru", 4, "dobj", "PROPN", "Peru", "State"),
        (".", 4, "punct", "PUNCT", "."),
    ])
    chl = gaz.lookup("Chile").id
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert ("Person/juan", "leaderOf", chl) in got


def test_a_description_stands_for_a_state_named_as_a_noun_before_one_named_as_a_modifier(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile's navy watched Peruvian ships. Bolivia praised the country's navy."
        ("Chile", 2, "poss", "PROPN", "Chile", "State"), ("'s", 0, "case", "PART", "'s"), ("navy", 3, "nsubj", "NOUN", "navy"),
        ("watched", 3, "ROOT", "VERB", "watch"), ("Peruvian", 5, "amod", "ADJ", "peruvian", "State"), ("ships", 3, "dobj", "NOUN", "ship"),
        (".", 3, "punct", "PUNCT", "."),
        ("Bolivia", 8, "nsubj", "PROPN", "Bolivia", "State"), ("praised", 8, "ROOT", "VERB", "praise"), ("the", 10, "det", "DET", "the"),
        ("country", 12, "poss", "NOUN", "country"), ("'s", 10, "case", "PART", "'s"), ("navy", 8, "dobj", "NOUN", "navy"),
        (".", 8, "punct", "PUNCT", "."),
    ])
    doc[5].tag_ = "NNS"
    bol = gaz.lookup("Bolivia").id
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert {o for s, r, o in got if s == bol} == {"GovernmentBody/chl-navy"}  # not Peru's navy


def test_a_charge_hung_on_the_accusing_verb_is_the_accused_s_never_the_accuser_s(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile blacklisted ships, accusing them of helping Peru." — the ships are no actor
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("blacklisted", 1, "ROOT", "VERB", "blacklist"),
        ("ships", 1, "dobj", "NOUN", "ship"), (",", 1, "punct", "PUNCT", ","),
        ("accusing", 1, "advcl", "VERB", "accuse"), ("them", 4, "dobj", "PRON", "they"), ("of", 4, "prep", "ADP", "of"),
        ("helping", 6, "pcomp", "VERB", "help"), ("Peru", 7, "dobj", "PROPN", "Peru", "State"), (".", 1, "punct", "PUNCT", "."),
    ])
    doc[2].tag_, doc[4].tag_, doc[5].tag_, doc[7].tag_ = "NNS", "VBG", "PRP", "VBG"
    chl = gaz.lookup("Chile").id
    assert not [s for s in extract(doc, document(doc), onto, gaz).statements if s.subject == chl and s.relation != "accuses"]


def test_containers_of_munitions_shipped_are_weapons_sent(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile shipped 100 containers of munitions to Peru."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("shipped", 1, "ROOT", "VERB", "ship"), ("100", 3, "nummod", "NUM", "100"),
        ("containers", 1, "dobj", "NOUN", "container"), ("of", 3, "prep", "ADP", "of"), ("munitions", 4, "pobj", "NOUN", "munition"),
        ("to", 1, "prep", "ADP", "to"), ("Peru", 6, "pobj", "PROPN", "Peru", "State"), (".", 1, "punct", "PUNCT", "."),
    ])
    doc[3].tag_, doc[5].tag_ = "NNS", "NNS"
    chl, per = ids(gaz, "Chile", "Peru")
    assert [(s.subject, s.relation, s.object) for s in extract(doc, document(doc), onto, gaz).statements] == [
        (chl, "providesMilitaryAid", per)]


def test_the_complaints_dismissed_are_the_complainant_s(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile protested to Peru. Peru dismissed the complaints."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("protested", 1, "ROOT", "VERB", "protest"), ("to", 1, "prep", "ADP", "to"),
        ("Peru", 2, "pobj", "PROPN", "Peru", "State"), (".", 1, "punct", "PUNCT", "."),
        ("Peru", 6, "nsubj", "PROPN", "Peru", "State"), ("dismissed", 6, "ROOT", "VERB", "dismiss"), ("the", 8, "det", "DET", "the"),
        ("complaints", 6, "dobj", "NOUN", "complaint"), (".", 6, "punct", "PUNCT", "."),
    ])
    doc[8].tag_ = "NNS"
    chl, per = ids(gaz, "Chile", "Peru")
    assert (per, "rejects", chl) in triples(extract(doc, document(doc), onto, gaz), onto)


def test_a_demonym_on_the_last_subject_is_not_what_the_country_continues(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chilean troops attacked Peru. The country appealed to Bolivia."
        ("Chilean", 1, "amod", "ADJ", "chilean", "NORP"), ("troops", 2, "nsubj", "NOUN", "troop"),
        ("attacked", 2, "ROOT", "VERB", "attack"), ("Peru", 2, "dobj", "PROPN", "Peru", "State"),
        (".", 2, "punct", "PUNCT", "."),
        ("The", 6, "det", "DET", "the"), ("country", 7, "nsubj", "NOUN", "country"),
        ("appealed", 7, "ROOT", "VERB", "appeal"), ("to", 7, "prep", "ADP", "to"),
        ("Bolivia", 8, "pobj", "PROPN", "Bolivia", "State"), (".", 7, "punct", "PUNCT", "."),
    ])
    chl, per, bol = ids(gaz, "Chile", "Peru", "Bolivia")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert (per, "appealsTo", bol) in got and (chl, "appealsTo", bol) not in got


def test_both_sides_are_not_the_subjects_urging_and_may_include_the_place_struck(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile shelled posts in Peru. Brazil and Bolivia urged both sides, and Brasilia offered to
        # host the two governments."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("shelled", 1, "ROOT", "VERB", "shell"),
        ("posts", 1, "dobj", "NOUN", "post"), ("in", 2, "prep", "ADP", "in"), ("Peru", 3, "pobj", "PROPN", "Peru", "State"),
        (".", 1, "punct", "PUNCT", "."),
        ("Brazil", 9, "nsubj", "PROPN", "Brazil", "State"), ("and", 6, "cc", "CCONJ", "and"),
        ("Bolivia", 6, "conj", "PROPN", "Bolivia", "State"), ("urged", 9, "ROOT", "VERB", "urge"),
        ("both", 11, "det", "DET", "both"), ("sides", 9, "dobj", "NOUN", "side"), (",", 9, "punct", "PUNCT", ","),
        ("and", 9, "cc", "CCONJ", "and"), ("Brasilia", 15, "nsubj", "PROPN", "Brasilia", "State"),
        ("offered", 9, "conj", "VERB", "offer"), ("to", 17, "aux", "PART", "to"), ("host", 15, "xcomp", "VERB", "host"),
        ("the", 20, "det", "DET", "the"), ("two", 20, "nummod", "NUM", "two"),
        ("governments", 17, "dobj", "NOUN", "government"),
        (".", 9, "punct", "PUNCT", "."),
    ])
    doc[1].tag_, doc[11].tag_, doc[20].tag_ = "VBD", "NNS", "NNS"
    chl, per, bra, bol = ids(gaz, "Chile", "Peru", "Brazil", "Bolivia")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert {o for s, r, o in got if s == bra and r == "appealsTo"} == {chl, per}  # not Bolivia, urging beside it
    assert {o for s, r, o in got if s == bra and r != "appealsTo"} == {chl, per}  # the two hosted are the same two


def test_coordinated_subjects_clashing_in_a_place_clash_with_each_other(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chilean and Peruvian troops clashed in Arica."
        ("Chilean", 3, "amod", "ADJ", "chilean", "NORP"), ("and", 0, "cc", "CCONJ", "and"),
        ("Peruvian", 0, "conj", "ADJ", "peruvian", "NORP"), ("troops", 4, "nsubj", "NOUN", "troop"),
        ("clashed", 4, "ROOT", "VERB", "clash"), ("in", 4, "prep", "ADP", "in"),
        ("Arica", 5, "pobj", "PROPN", "Arica", "GPE"), (".", 4, "punct", "PUNCT", "."),
    ])
    chl, per = ids(gaz, "Chile", "Peru")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert got & {(chl, "fights", per), (per, "fights", chl)} and all(o in {chl, per} for _, _, o in got)


def test_a_purpose_shares_the_denial_of_the_act_it_is_for_and_fighting_for_a_state_is_no_fight_with_it(
        build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile denied sending troops to attack Peru. Bolivia sent troops to fight for Peru."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("denied", 1, "ROOT", "VERB", "deny"),
        ("sending", 1, "xcomp", "VERB", "send"), ("troops", 2, "dobj", "NOUN", "troop"), ("to", 5, "aux", "PART", "to"),
        ("attack", 2, "advcl", "VERB", "attack"), ("Peru", 5, "dobj", "PROPN", "Peru", "State"),
        (".", 1, "punct", "PUNCT", "."),
        ("Bolivia", 9, "nsubj", "PROPN", "Bolivia", "State"), ("sent", 9, "ROOT", "VERB", "send"),
        ("troops", 9, "dobj", "NOUN", "troop"), ("to", 12, "aux", "PART", "to"), ("fight", 9, "advcl", "VERB", "fight"),
        ("for", 12, "prep", "ADP", "for"), ("Peru", 13, "pobj", "PROPN", "Peru", "State"), (".", 9, "punct", "PUNCT", "."),
    ])
    doc[2].tag_, doc[5].tag_, doc[12].tag_, doc[4].tag_, doc[11].tag_ = "VBG", "VB", "VB", "TO", "TO"
    chl, per, bol = ids(gaz, "Chile", "Peru", "Bolivia")
    got = claims(extract(doc, document(doc), onto, gaz), onto)
    assert (chl, "assaults", per, "negated") in got and (chl, "assaults", per, "asserted") not in got
    assert not any(s == bol and r == "fights" for s, r, _, _ in got)


def test_not_just_widens_an_act_and_denies_nothing(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile attacked Peru: not just militarily."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("attacked", 1, "ROOT", "VERB", "attack"),
        ("Peru", 1, "dobj", "PROPN", "Peru", "State"), (":", 1, "punct", "PUNCT", ":"),
        ("not", 6, "neg", "PART", "not"), ("just", 6, "advmod", "ADV", "just"),
        ("militarily", 1, "advmod", "ADV", "militarily"), (".", 1, "punct", "PUNCT", "."),
    ])
    chl, per = ids(gaz, "Chile", "Peru")
    assert claims(extract(doc, document(doc), onto, gaz), onto) == {(chl, "assaults", per, "asserted")}


def test_a_spokesperson_of_no_named_state_speaks_for_the_state_they_report_acting(build_doc, document, onto, gaz):
    doc = build_doc([  # "Spokesman Juan Soto said Lima urged Chile. Minister Ana Ruiz said Quito attacked Chile."
        ("Spokesman", 2, "compound", "PROPN", "spokesman"), ("Juan", 2, "compound", "PROPN", "Juan", "Person"),
        ("Soto", 3, "nsubj", "PROPN", "Soto", "Person"), ("said", 3, "ROOT", "VERB", "say"),
        ("Lima", 5, "nsubj", "PROPN", "Lima", "State"), ("urged", 3, "ccomp", "VERB", "urge"),
        ("Chile", 5, "dobj", "PROPN", "Chile", "State"), (".", 3, "punct", "PUNCT", "."),
        ("Minister", 10, "compound", "PROPN", "minister"), ("Ana", 10, "compound", "PROPN", "Ana", "Person"),
        ("Ruiz", 11, "nsubj", "PROPN", "Ruiz", "Person"), ("said", 11, "ROOT", "VERB", "say"),
        ("Quito", 13, "nsubj", "PROPN", "Quito", "State"), ("attacked", 11, "ccomp", "VERB", "attack"),
        ("Chile", 13, "dobj", "PROPN", "Chile", "State"), (".", 11, "punct", "PUNCT", "."),
    ])
    per, = ids(gaz, "Peru")
    got = {(r, o) for s, r, o in triples(extract(doc, document(doc), onto, gaz), onto) if r == "memberOf"}
    assert got == {("memberOf", per)}  # the minister speaking of Ecuador is no member of it


def test_a_speaker_saying_someone_is_to_blame_accuses_them(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile said Peru was to blame. Bolivia said Peru was to act."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("said", 1, "ROOT", "VERB", "say"),
        ("Peru", 3, "nsubj", "PROPN", "Peru", "State"), ("was", 1, "ccomp", "AUX", "be"), ("to", 5, "aux", "PART", "to"),
        ("blame", 3, "xcomp", "VERB", "blame"), (".", 1, "punct", "PUNCT", "."),
        ("Bolivia", 8, "nsubj", "PROPN", "Bolivia", "State"), ("said", 8, "ROOT", "VERB", "say"),
        ("Peru", 10, "nsubj", "PROPN", "Peru", "State"), ("was", 8, "ccomp", "AUX", "be"), ("to", 12, "aux", "PART", "to"),
        ("act", 10, "xcomp", "VERB", "act"), (".", 8, "punct", "PUNCT", "."),
    ])
    chl, per = ids(gaz, "Chile", "Peru")
    assert triples(extract(doc, document(doc), onto, gaz), onto) == {(chl, "opposes", per)}


def test_a_weapon_backs_no_one(build_doc, document, onto, gaz):
    doc = build_doc([  # "Peruvian troops, backed by Javelin missiles, attacked Chile."
        ("Peruvian", 1, "amod", "ADJ", "peruvian", "NORP"), ("troops", 7, "nsubj", "NOUN", "troop"),
        (",", 1, "punct", "PUNCT", ","), ("backed", 1, "acl", "VERB", "back"), ("by", 3, "agent", "ADP", "by"),
        ("Javelin", 6, "compound", "PROPN", "Javelin", "WeaponSystem"), ("missiles", 4, "pobj", "NOUN", "missile"),
        ("attacked", 7, "ROOT", "VERB", "attack"), ("Chile", 7, "dobj", "PROPN", "Chile", "State"),
        (".", 7, "punct", "PUNCT", "."),
    ])
    doc[3].tag_ = "VBN"
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert got and not any(r in {"supports", "providesAid"} for _, r, _ in got)


def test_a_person_of_an_organisation_is_its_member_but_of_a_state_no_one(build_doc, document, onto, gaz):
    doc = build_doc([  # "Juan Soto of NATO spoke. Ana Ruiz of Peru spoke."
        ("Juan", 1, "compound", "PROPN", "Juan", "Person"), ("Soto", 4, "nsubj", "PROPN", "Soto", "Person"),
        ("of", 1, "prep", "ADP", "of"), ("NATO", 2, "pobj", "PROPN", "NATO", "IGO"), ("spoke", 4, "ROOT", "VERB", "speak"),
        (".", 4, "punct", "PUNCT", "."),
        ("Ana", 7, "compound", "PROPN", "Ana", "Person"), ("Ruiz", 10, "nsubj", "PROPN", "Ruiz", "Person"),
        ("of", 7, "prep", "ADP", "of"), ("Peru", 8, "pobj", "PROPN", "Peru", "State"), ("spoke", 10, "ROOT", "VERB", "speak"),
        (".", 10, "punct", "PUNCT", "."),
    ])
    nato, = ids(gaz, "NATO")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert {(r, o) for _, r, o in got} == {("memberOf", nato)}


def test_a_present_refusal_of_a_verbal_act_rejects_but_of_a_material_one_only_denies(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile does not recognise Peru. Bolivia does not trade with Peru."
        ("Chile", 3, "nsubj", "PROPN", "Chile", "State"), ("does", 3, "aux", "AUX", "do"), ("not", 3, "neg", "PART", "not"),
        ("recognise", 3, "ROOT", "VERB", "recognise"), ("Peru", 3, "dobj", "PROPN", "Peru", "State"),
        (".", 3, "punct", "PUNCT", "."),
        ("Bolivia", 9, "nsubj", "PROPN", "Bolivia", "State"), ("does", 9, "aux", "AUX", "do"),
        ("not", 9, "neg", "PART", "not"), ("trade", 9, "ROOT", "VERB", "trade"), ("with", 9, "prep", "ADP", "with"),
        ("Peru", 10, "pobj", "PROPN", "Peru", "State"), (".", 9, "punct", "PUNCT", "."),
    ])
    doc[3].tag_, doc[9].tag_ = "VB", "VB"
    chl, per, bol = ids(gaz, "Chile", "Peru", "Bolivia")
    got = claims(extract(doc, document(doc), onto, gaz), onto)
    assert (chl, "rejects", per, "asserted") in got
    assert (bol, "cooperatesWith", per, "negated") in got and not any(r == "rejects" and s == bol for s, r, _, _ in got)


def test_a_state_s_named_weapon_is_its_possession_but_a_person_s_is_left_to_the_text(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile's THAAD batteries moved. Putin's Javelin missiles moved."
        ("Chile", 3, "poss", "PROPN", "Chile", "State"), ("'s", 0, "case", "PART", "'s"),
        ("THAAD", 3, "compound", "PROPN", "THAAD", "WeaponSystem"), ("batteries", 4, "nsubj", "NOUN", "battery"),
        ("moved", 4, "ROOT", "VERB", "move"), (".", 4, "punct", "PUNCT", "."),
        ("Putin", 9, "poss", "PROPN", "Putin", "Person"), ("'s", 6, "case", "PART", "'s"),
        ("Javelin", 9, "compound", "PROPN", "Javelin", "WeaponSystem"), ("missiles", 10, "nsubj", "NOUN", "missile"),
        ("moved", 10, "ROOT", "VERB", "move"), (".", 10, "punct", "PUNCT", "."),
    ])
    chl, thaad = ids(gaz, "Chile", "THAAD")
    assert triples(extract(doc, document(doc), onto, gaz), onto) == {(chl, "possesses", thaad)}


def test_banning_imports_of_a_state_s_goods_sanctions_it(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile banned imports of Peruvian copper."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("banned", 1, "ROOT", "VERB", "ban"),
        ("imports", 1, "dobj", "NOUN", "import"), ("of", 2, "prep", "ADP", "of"),
        ("Peruvian", 5, "amod", "ADJ", "peruvian", "NORP"), ("copper", 3, "pobj", "NOUN", "copper"),
        (".", 1, "punct", "PUNCT", "."),
    ])
    chl, per = ids(gaz, "Chile", "Peru")
    got = {(s, r, o) for s, r, o, _ in claims(extract(doc, document(doc), onto, gaz), onto)}
    assert got == {(chl, "reducesRelations", per)}


def test_the_transfers_condemned_are_the_sender_s(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile shipped rifles to Peru. Bolivia condemned the transfers."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("shipped", 1, "ROOT", "VERB", "ship"),
        ("rifles", 1, "dobj", "NOUN", "rifle"), ("to", 1, "prep", "ADP", "to"), ("Peru", 3, "pobj", "PROPN", "Peru", "State"),
        (".", 1, "punct", "PUNCT", "."),
        ("Bolivia", 7, "nsubj", "PROPN", "Bolivia", "State"), ("condemned", 7, "ROOT", "VERB", "condemn"),
        ("the", 9, "det", "DET", "the"), ("transfers", 7, "dobj", "NOUN", "transfer"), (".", 7, "punct", "PUNCT", "."),
    ])
    doc[9].tag_ = "NNS"
    chl, bol = ids(gaz, "Chile", "Bolivia")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert (bol, "opposes", chl) in got


def test_an_undated_office_description_is_the_holder_the_text_names(build_doc, document, onto, gaz):
    doc = build_doc([  # "Russia's president accused Peru. Putin spoke."
        ("Russia", 2, "poss", "PROPN", "Russia", "State"), ("'s", 0, "case", "PART", "'s"),
        ("president", 3, "nsubj", "NOUN", "president"), ("accused", 3, "ROOT", "VERB", "accuse"),
        ("Peru", 3, "dobj", "PROPN", "Peru", "State"), (".", 3, "punct", "PUNCT", "."),
        ("Putin", 7, "nsubj", "PROPN", "Putin", "Person"), ("spoke", 7, "ROOT", "VERB", "speak"),
        (".", 7, "punct", "PUNCT", "."),
    ])
    putin, per = ids(gaz, "Putin", "Peru")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert (putin, "opposes", per) in got


def test_weapons_of_no_known_owner_strike_for_no_one(build_doc, document, onto, gaz):
    doc = build_doc([  # "Missiles hit Peru. Chilean missiles hit Bolivia."
        ("Missiles", 1, "nsubj", "NOUN", "missile"), ("hit", 1, "ROOT", "VERB", "hit"),
        ("Peru", 1, "dobj", "PROPN", "Peru", "State"), (".", 1, "punct", "PUNCT", "."),
        ("Chilean", 5, "amod", "ADJ", "chilean", "NORP"), ("missiles", 6, "nsubj", "NOUN", "missile"),
        ("hit", 6, "ROOT", "VERB", "hit"), ("Bolivia", 6, "dobj", "PROPN", "Bolivia", "State"), (".", 6, "punct", "PUNCT", "."),
    ])
    doc[0].tag_, doc[5].tag_ = "NNS", "NNS"
    per, bol = ids(gaz, "Peru", "Bolivia")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert {o for _, _, o in got} == {bol}


def test_one_s_own_forces_deployed_are_the_means_not_the_target(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile deployed troops. Peru deployed troops to Bolivia."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("deployed", 1, "ROOT", "VERB", "deploy"),
        ("troops", 1, "dobj", "NOUN", "troop"), (".", 1, "punct", "PUNCT", "."),
        ("Peru", 5, "nsubj", "PROPN", "Peru", "State"), ("deployed", 5, "ROOT", "VERB", "deploy"),
        ("troops", 5, "dobj", "NOUN", "troop"), ("to", 5, "prep", "ADP", "to"),
        ("Bolivia", 7, "pobj", "PROPN", "Bolivia", "State"), (".", 5, "punct", "PUNCT", "."),
    ])
    doc[2].tag_, doc[6].tag_ = "NNS", "NNS"
    per, bol = ids(gaz, "Peru", "Bolivia")
    assert triples(extract(doc, document(doc), onto, gaz), onto) == {(per, "mobilizes", bol)}


def test_a_target_phrase_hung_on_the_object_s_of_phrase_is_the_verb_s(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile imports most of its copper from Peru."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("imports", 1, "ROOT", "VERB", "import"),
        ("most", 1, "dobj", "ADJ", "most"), ("of", 2, "prep", "ADP", "of"), ("its", 5, "poss", "PRON", "its"),
        ("copper", 3, "pobj", "NOUN", "copper"), ("from", 5, "prep", "ADP", "from"),
        ("Peru", 6, "pobj", "PROPN", "Peru", "State"), (".", 1, "punct", "PUNCT", "."),
    ])
    chl, per = ids(gaz, "Chile", "Peru")
    assert triples(extract(doc, document(doc), onto, gaz), onto) == {(chl, "cooperatesWith", per)}


def test_taking_over_an_office_is_no_use_of_force_and_fearing_an_attack_is_no_attack(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile took over Peru's presidency. Bolivia feared an attack on Peru."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("took", 1, "ROOT", "VERB", "take"), ("over", 1, "prt", "ADP", "over"),
        ("Peru", 5, "poss", "PROPN", "Peru", "State"), ("'s", 3, "case", "PART", "'s"),
        ("presidency", 1, "dobj", "NOUN", "presidency"), (".", 1, "punct", "PUNCT", "."),
        ("Bolivia", 8, "nsubj", "PROPN", "Bolivia", "State"), ("feared", 8, "ROOT", "VERB", "fear"),
        ("an", 10, "det", "DET", "an"), ("attack", 8, "dobj", "NOUN", "attack"), ("on", 10, "prep", "ADP", "on"),
        ("Peru", 11, "pobj", "PROPN", "Peru", "State"), (".", 8, "punct", "PUNCT", "."),
    ])
    assert triples(extract(doc, document(doc), onto, gaz), onto) == set()


def test_its_ally_in_an_object_is_the_clause_subject_s_ally(build_doc, document, onto, gaz):
    doc = build_doc([  # "Peru met Bolivia. Chile shipped rifles from Ecuador to its ally."
        ("Peru", 1, "nsubj", "PROPN", "Peru", "State"), ("met", 1, "ROOT", "VERB", "meet"),
        ("Bolivia", 1, "dobj", "PROPN", "Bolivia", "State"), (".", 1, "punct", "PUNCT", "."),
        ("Chile", 5, "nsubj", "PROPN", "Chile", "State"), ("shipped", 5, "ROOT", "VERB", "ship"),
        ("rifles", 5, "dobj", "NOUN", "rifle"), ("from", 6, "prep", "ADP", "from"),
        ("Ecuador", 7, "pobj", "PROPN", "Ecuador", "State"), ("to", 5, "prep", "ADP", "to"),
        ("its", 11, "poss", "PRON", "its"), ("ally", 9, "pobj", "NOUN", "ally"), (".", 5, "punct", "PUNCT", "."),
    ])
    doc[6].tag_, doc[11].tag_ = "NNS", "NN"
    chl, = ids(gaz, "Chile")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert {s for s, r, _ in got if r in {"allyOf", "providesAid"}} == {chl}


def test_states_titled_members_before_their_name_or_in_a_plural_apposition(build_doc, document, onto, gaz):
    doc = build_doc([  # "NATO member Chile met Peru and Bolivia, both NATO members."
        ("NATO", 1, "compound", "PROPN", "NATO", "IGO"), ("member", 2, "compound", "NOUN", "member"),
        ("Chile", 3, "nsubj", "PROPN", "Chile", "State"), ("met", 3, "ROOT", "VERB", "meet"),
        ("Peru", 3, "dobj", "PROPN", "Peru", "State"), ("and", 4, "cc", "CCONJ", "and"),
        ("Bolivia", 4, "conj", "PROPN", "Bolivia", "State"), (",", 4, "punct", "PUNCT", ","),
        ("both", 10, "det", "DET", "both"), ("NATO", 10, "compound", "PROPN", "NATO", "IGO"),
        ("members", 4, "appos", "NOUN", "member"), (".", 3, "punct", "PUNCT", "."),
    ])
    doc[10].tag_ = "NNS"
    chl, per, bol, nato = ids(gaz, "Chile", "Peru", "Bolivia", "NATO")
    got = {(s, o) for s, r, o in triples(extract(doc, document(doc), onto, gaz), onto) if r == "memberOf"}
    assert got == {(chl, nato), (per, nato), (bol, nato)}


def test_a_title_the_subject_acts_as_is_its_office(build_doc, document, onto, gaz):
    doc = build_doc([  # "As a NATO member, Chile met Peru. As a result, Bolivia met Peru."
        ("As", 6, "prep", "ADP", "as"), ("a", 3, "det", "DET", "a"), ("NATO", 3, "compound", "PROPN", "NATO", "IGO"),
        ("member", 0, "pobj", "NOUN", "member"), (",", 6, "punct", "PUNCT", ","),
        ("Chile", 6, "nsubj", "PROPN", "Chile", "State"), ("met", 6, "ROOT", "VERB", "meet"),
        ("Peru", 6, "dobj", "PROPN", "Peru", "State"), (".", 6, "punct", "PUNCT", "."),
        ("As", 14, "prep", "ADP", "as"), ("a", 11, "det", "DET", "a"), ("result", 9, "pobj", "NOUN", "result"),
        (",", 14, "punct", "PUNCT", ","), ("Bolivia", 14, "nsubj", "PROPN", "Bolivia", "State"),
        ("met", 14, "ROOT", "VERB", "meet"), ("Peru", 14, "dobj", "PROPN", "Peru", "State"), (".", 14, "punct", "PUNCT", "."),
    ])
    chl, nato = ids(gaz, "Chile", "NATO")
    got = {(s, o) for s, r, o in triples(extract(doc, document(doc), onto, gaz), onto) if r == "memberOf"}
    assert got == {(chl, nato)}


def test_an_envoy_to_a_state_named_in_apposition_is_of_the_state_that_sent_him(build_doc, document, onto, gaz):
    doc = build_doc([  # "The Chilean envoy to Peru, Juan Soto, met Bolivia."  (the parser hangs the name on Peru)
        ("The", 2, "det", "DET", "the"), ("Chilean", 2, "amod", "ADJ", "Chilean", "NORP"),
        ("envoy", 10, "nsubj", "NOUN", "envoy"), ("to", 2, "prep", "ADP", "to"), ("Peru", 3, "pobj", "PROPN", "Peru", "State"),
        (",", 4, "punct", "PUNCT", ","), ("Juan", 7, "compound", "PROPN", "Juan", "PERSON"),
        ("Soto", 4, "appos", "PROPN", "Soto", "PERSON"), (",", 2, "punct", "PUNCT", ","),
        ("has", 10, "aux", "AUX", "have"), ("met", 10, "ROOT", "VERB", "meet"),
        ("Bolivia", 10, "dobj", "PROPN", "Bolivia", "State"), (".", 10, "punct", "PUNCT", "."),
    ])
    chl, per = ids(gaz, "Chile", "Peru")
    got = {(r, o) for s, r, o in triples(extract(doc, document(doc), onto, gaz), onto) if r == "memberOf"}
    assert got == {("memberOf", chl)}


def test_a_name_in_apposition_to_another_name_takes_no_title_of_the_first(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile's President Juan Soto and the head of NATO, Ana Ruiz, met Peru."
        ("Chile", 3, "poss", "PROPN", "Chile", "State"), ("'s", 0, "case", "PART", "'s"),
        ("President", 4, "compound", "PROPN", "President"), ("Juan", 4, "compound", "PROPN", "Juan", "PERSON"),
        ("Soto", 15, "nsubj", "PROPN", "Soto", "+PERSON"), ("and", 4, "cc", "CCONJ", "and"),
        ("the", 7, "det", "DET", "the"), ("head", 4, "conj", "NOUN", "head"), ("of", 7, "prep", "ADP", "of"),
        ("NATO", 8, "pobj", "PROPN", "NATO", "IGO"), (",", 4, "punct", "PUNCT", ","),
        ("Ana", 12, "compound", "PROPN", "Ana", "PERSON"), ("Ruiz", 4, "appos", "PROPN", "Ruiz", "+PERSON"),
        (",", 4, "punct", "PUNCT", ","), ("then", 15, "advmod", "ADV", "then"), ("met", 15, "ROOT", "VERB", "meet"),
        ("Peru", 15, "dobj", "PROPN", "Peru", "State"), (".", 15, "punct", "PUNCT", "."),
    ])
    chl, nato = ids(gaz, "Chile", "NATO")
    got = {(s, o) for s, r, o in triples(extract(doc, document(doc), onto, gaz), onto) if r == "leaderOf"}
    assert ("Person/juan-soto", chl) in got and ("Person/ana-ruiz", nato) in got
    assert ("Person/ana-ruiz", chl) not in got


def test_a_title_an_appointment_gives_is_held(build_doc, document, onto, gaz):
    doc = build_doc([  # "The army named Juan Soto Peru's president. It appointed Ana Ruiz as Chile's foreign minister."
        ("The", 1, "det", "DET", "the"), ("army", 2, "nsubj", "NOUN", "army"), ("named", 2, "ROOT", "VERB", "name"),
        ("Juan", 4, "compound", "PROPN", "Juan", "PERSON"), ("Soto", 2, "dobj", "PROPN", "Soto", "+PERSON"),
        ("Peru", 7, "poss", "PROPN", "Peru", "State"), ("'s", 5, "case", "PART", "'s"),
        ("president", 2, "oprd", "NOUN", "president"), (".", 2, "punct", "PUNCT", "."),
        ("It", 10, "nsubj", "PRON", "it"), ("appointed", 10, "ROOT", "VERB", "appoint"),
        ("Ana", 12, "compound", "PROPN", "Ana", "PERSON"), ("Ruiz", 10, "dobj", "PROPN", "Ruiz", "+PERSON"),
        ("as", 10, "prep", "ADP", "as"), ("Chile", 17, "poss", "PROPN", "Chile", "State"), ("'s", 14, "case", "PART", "'s"),
        ("foreign", 17, "amod", "ADJ", "foreign"), ("minister", 13, "pobj", "NOUN", "minister"),
        (".", 10, "punct", "PUNCT", "."),
    ])
    per, chl = ids(gaz, "Peru", "Chile")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert ("Person/juan-soto", "leaderOf", per) in got
    assert ("Person/ana-ruiz", "memberOf", chl) in got


def test_a_delegation_led_by_a_person_and_no_state_acts_as_the_person(build_doc, document, onto, gaz):
    doc = build_doc([  # "The delegation, led by Juan Soto, met Peru. A Chilean delegation led by Ana Ruiz met Bolivia."
        ("The", 1, "det", "DET", "the"), ("delegation", 8, "nsubj", "NOUN", "delegation"), (",", 1, "punct", "PUNCT", ","),
        ("led", 1, "acl", "VERB", "lead"), ("by", 3, "agent", "ADP", "by"), ("Juan", 6, "compound", "PROPN", "Juan", "PERSON"),
        ("Soto", 4, "pobj", "PROPN", "Soto", "+PERSON"), (",", 1, "punct", "PUNCT", ","), ("met", 8, "ROOT", "VERB", "meet"),
        ("Peru", 8, "dobj", "PROPN", "Peru", "State"), (".", 8, "punct", "PUNCT", "."),
        ("A", 13, "det", "DET", "a"), ("Chilean", 13, "amod", "ADJ", "chilean", "State"),
        ("delegation", 18, "nsubj", "NOUN", "delegation"), ("led", 13, "acl", "VERB", "lead"), ("by", 14, "agent", "ADP", "by"),
        ("Ana", 17, "compound", "PROPN", "Ana", "PERSON"), ("Ruiz", 15, "pobj", "PROPN", "Ruiz", "+PERSON"),
        ("met", 18, "ROOT", "VERB", "meet"), ("Bolivia", 18, "dobj", "PROPN", "Bolivia", "State"), (".", 18, "punct", "PUNCT", "."),
    ])
    doc[3].tag_ = doc[14].tag_ = "VBN"
    per, chl, bol = ids(gaz, "Peru", "Chile", "Bolivia")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert ("Person/juan-soto", "consults", per) in got
    assert (chl, "consults", bol) in got and ("Person/ana-ruiz", "consults", bol) not in got


def test_one_who_studies_anything_at_an_organisation_is_its_member(build_doc, document, onto, gaz):
    doc = build_doc([  # "Juan Soto studies Chilean politics at NATO."
        ("Juan", 1, "compound", "PROPN", "Juan", "PERSON"), ("Soto", 2, "nsubj", "PROPN", "Soto", "+PERSON"),
        ("studies", 2, "ROOT", "VERB", "study"), ("Chilean", 4, "amod", "ADJ", "chilean", "State"),
        ("politics", 2, "dobj", "NOUN", "politics"), ("at", 2, "prep", "ADP", "at"), ("NATO", 5, "pobj", "PROPN", "NATO", "IGO"),
        (".", 2, "punct", "PUNCT", "."),
    ])
    nato, = ids(gaz, "NATO")
    assert ("Person/juan-soto", "memberOf", nato) in triples(extract(doc, document(doc), onto, gaz), onto)


def test_allies_compounded_on_a_body_are_its_members_not_its_allies(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile's NATO allies met. Peru's allies met."
        ("Chile", 3, "poss", "PROPN", "Chile", "State"), ("'s", 0, "case", "PART", "'s"),
        ("NATO", 3, "compound", "PROPN", "NATO", "IGO"), ("allies", 4, "nsubj", "NOUN", "ally"), ("met", 4, "ROOT", "VERB", "meet"),
        (".", 4, "punct", "PUNCT", "."),
        ("Peru", 8, "poss", "PROPN", "Peru", "State"), ("'s", 6, "case", "PART", "'s"), ("allies", 9, "nsubj", "NOUN", "ally"),
        ("met", 9, "ROOT", "VERB", "meet"), (".", 9, "punct", "PUNCT", "."),
    ])
    doc[3].tag_ = doc[8].tag_ = "NNS"
    chl, nato = ids(gaz, "Chile", "NATO")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert (chl, "allyOf", nato) not in got and (nato, "allyOf", chl) not in got


def test_a_states_people_working_for_a_body_make_no_member_of_the_state(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chilean citizens working for NATO fled. Peru joined NATO."
        ("Chilean", 1, "amod", "ADJ", "chilean", "State"), ("citizens", 5, "nsubj", "NOUN", "citizen"),
        ("working", 1, "acl", "VERB", "work"), ("for", 2, "prep", "ADP", "for"), ("NATO", 3, "pobj", "PROPN", "NATO", "IGO"),
        ("fled", 5, "ROOT", "VERB", "flee"), (".", 5, "punct", "PUNCT", "."),
        ("Peru", 8, "nsubj", "PROPN", "Peru", "State"), ("joined", 8, "ROOT", "VERB", "join"),
        ("NATO", 8, "dobj", "PROPN", "NATO", "IGO"), (".", 8, "punct", "PUNCT", "."),
    ])
    doc[1].tag_, doc[2].tag_ = "NNS", "VBG"
    chl, per, nato = ids(gaz, "Chile", "Peru", "NATO")
    got = {s for s, r, o in triples(extract(doc, document(doc), onto, gaz), onto) if r == "memberOf" and o == nato}
    assert got == {per}


def test_pressing_ahead_with_a_pact_urges_no_one(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile is pressing ahead with the NATO pact."
        ("Chile", 2, "nsubj", "PROPN", "Chile", "State"), ("is", 2, "aux", "AUX", "be"), ("pressing", 2, "ROOT", "VERB", "press"),
        ("ahead", 2, "advmod", "ADV", "ahead"), ("with", 2, "prep", "ADP", "with"), ("the", 7, "det", "DET", "the"),
        ("NATO", 7, "compound", "PROPN", "NATO", "IGO"), ("pact", 4, "pobj", "NOUN", "pact"), (".", 2, "punct", "PUNCT", "."),
    ])
    assert not any(r == "appealsTo" for _, r, _ in triples(extract(doc, document(doc), onto, gaz), onto))



def test_saying_one_may_strike_threatens_but_may_have_struck_is_a_hedge(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile said it may strike Peru. Bolivia said it may have struck Peru."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("said", 1, "ROOT", "VERB", "say"),
        ("it", 4, "nsubj", "PRON", "it"), ("may", 4, "aux", "AUX", "may"), ("strike", 1, "ccomp", "VERB", "strike"),
        ("Peru", 4, "dobj", "PROPN", "Peru", "State"), (".", 1, "punct", "PUNCT", "."),
        ("Bolivia", 8, "nsubj", "PROPN", "Bolivia", "State"), ("said", 8, "ROOT", "VERB", "say"),
        ("it", 12, "nsubj", "PRON", "it"), ("may", 12, "aux", "AUX", "may"), ("have", 12, "aux", "AUX", "have"),
        ("struck", 8, "ccomp", "VERB", "strike"), ("Peru", 12, "dobj", "PROPN", "Peru", "State"),
        (".", 8, "punct", "PUNCT", "."),
    ])
    doc[4].tag_, doc[12].tag_ = "VB", "VBN"
    chl, per, bol = ids(gaz, "Chile", "Peru", "Bolivia")
    got = claims(extract(doc, document(doc), onto, gaz), onto)
    assert (chl, "threatens", per, "asserted") in got
    assert any(s == bol and r == "assaults" and m == "hedged" for s, r, _, m in got)



def test_what_others_say_an_actor_may_do_is_no_threat_of_its_own(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile massed troops. Analysts said it may strike Peru."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("massed", 1, "ROOT", "VERB", "mass"),
        ("troops", 1, "dobj", "NOUN", "troop"), (".", 1, "punct", "PUNCT", "."),
        ("Analysts", 5, "nsubj", "NOUN", "analyst"), ("said", 5, "ROOT", "VERB", "say"),
        ("it", 8, "nsubj", "PRON", "it"), ("may", 8, "aux", "AUX", "may"), ("strike", 5, "ccomp", "VERB", "strike"),
        ("Peru", 8, "dobj", "PROPN", "Peru", "State"), (".", 5, "punct", "PUNCT", "."),
    ])
    doc[2].tag_, doc[4].tag_, doc[8].tag_ = "NNS", "NNS", "VB"
    chl, per = ids(gaz, "Chile", "Peru")
    got = claims(extract(doc, document(doc), onto, gaz), onto)
    assert (chl, "assaults", per, "hedged") in got
    assert not any(r == "threatens" for _, r, _, _ in got)


def test_telling_an_actor_to_act_demands_it(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile told Peru to halt the drills. Bolivia told it to reporters."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("told", 1, "ROOT", "VERB", "tell"),
        ("Peru", 1, "dobj", "PROPN", "Peru", "State"), ("to", 4, "aux", "PART", "to"),
        ("halt", 1, "xcomp", "VERB", "halt"), ("the", 6, "det", "DET", "the"), ("drills", 4, "dobj", "NOUN", "drill"),
        (".", 1, "punct", "PUNCT", "."),
        ("Bolivia", 9, "nsubj", "PROPN", "Bolivia", "State"), ("told", 9, "ROOT", "VERB", "tell"),
        ("it", 9, "dobj", "PRON", "it"), ("to", 9, "prep", "ADP", "to"), ("reporters", 11, "pobj", "NOUN", "reporter"),
        (".", 9, "punct", "PUNCT", "."),
    ])
    doc[6].tag_, doc[12].tag_ = "NNS", "NNS"
    chl, per, bol = ids(gaz, "Chile", "Peru", "Bolivia")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert (chl, "demands", per) in got
    assert not any(s == bol and r == "demands" for s, r, _ in got)


def test_phasing_out_imports_reduces_relations_and_raising_an_issue_with_one_consults_it(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile phased out imports from Peru. Bolivia raised the issue with Peru."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("phased", 1, "ROOT", "VERB", "phase"),
        ("out", 1, "prt", "ADP", "out"), ("imports", 1, "dobj", "NOUN", "import"), ("from", 3, "prep", "ADP", "from"),
        ("Peru", 4, "pobj", "PROPN", "Peru", "State"), (".", 1, "punct", "PUNCT", "."),
        ("Bolivia", 8, "nsubj", "PROPN", "Bolivia", "State"), ("raised", 8, "ROOT", "VERB", "raise"),
        ("the", 10, "det", "DET", "the"), ("issue", 8, "dobj", "NOUN", "issue"), ("with", 10, "prep", "ADP", "with"),
        ("Peru", 11, "pobj", "PROPN", "Peru", "State"), (".", 8, "punct", "PUNCT", "."),
    ])
    doc[2].tag_, doc[3].tag_ = "RP", "NNS"
    chl, per, bol = ids(gaz, "Chile", "Peru", "Bolivia")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert (chl, "reducesRelations", per) in got and (chl, "cooperatesWith", per) not in got
    assert (bol, "consults", per) in got


def test_a_state_expecting_another_to_act_calls_on_it_a_person_forecasts(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile expected Peru to leave. Juan Soto expects Bolivia to leave. Chile does not expect Peru to stay."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("expected", 1, "ROOT", "VERB", "expect"),
        ("Peru", 1, "dobj", "PROPN", "Peru", "State"), ("to", 4, "aux", "PART", "to"), ("leave", 1, "xcomp", "VERB", "leave"),
        (".", 1, "punct", "PUNCT", "."),
        ("Juan", 7, "compound", "PROPN", "Juan", "PERSON"), ("Soto", 8, "nsubj", "PROPN", "Soto", "+PERSON"),
        ("expects", 8, "ROOT", "VERB", "expect"), ("Bolivia", 8, "dobj", "PROPN", "Bolivia", "State"),
        ("to", 11, "aux", "PART", "to"), ("leave", 8, "xcomp", "VERB", "leave"), (".", 8, "punct", "PUNCT", "."),
        ("Chile", 16, "nsubj", "PROPN", "Chile", "State"), ("does", 16, "aux", "AUX", "do"), ("not", 16, "neg", "PART", "not"),
        ("expect", 16, "ROOT", "VERB", "expect"), ("Bolivia", 16, "dobj", "PROPN", "Bolivia", "State"),
        ("to", 19, "aux", "PART", "to"), ("stay", 16, "xcomp", "VERB", "stay"), (".", 16, "punct", "PUNCT", "."),
    ])
    chl, per, bol = ids(gaz, "Chile", "Peru", "Bolivia")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert (chl, "appealsTo", per) in got
    assert not any(o == bol for _, _, o in got)


def test_it_in_a_clause_a_body_reports_is_the_body_not_the_last_subject(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile said the Bolivian measures hurt Peru and warned that it would strike Peru."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("said", 1, "ROOT", "VERB", "say"),
        ("the", 4, "det", "DET", "the"), ("Bolivian", 4, "amod", "ADJ", "bolivian", "State"),
        ("measures", 5, "nsubj", "NOUN", "measure"), ("hurt", 1, "ccomp", "VERB", "hurt"),
        ("Peru", 5, "dobj", "PROPN", "Peru", "State"), ("and", 5, "cc", "CCONJ", "and"),
        ("warned", 1, "conj", "VERB", "warn"), ("that", 12, "mark", "SCONJ", "that"), ("it", 12, "nsubj", "PRON", "it"),
        ("would", 12, "aux", "AUX", "would"), ("strike", 8, "ccomp", "VERB", "strike"),
        ("Peru", 12, "dobj", "PROPN", "Peru", "State"), (".", 1, "punct", "PUNCT", "."),
    ])
    doc[4].tag_, doc[10].tag_, doc[11].tag_, doc[12].tag_ = "NNS", "PRP", "MD", "VB"
    chl, per, bol = ids(gaz, "Chile", "Peru", "Bolivia")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert (chl, "threatens", per) in got
    assert not any(s == bol and o == per for s, _, o in got)


def test_hosting_the_meeting_named_before_hosts_its_parties(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile and Peru held talks. Bolivia hosted the meeting."
        ("Chile", 3, "nsubj", "PROPN", "Chile", "State"), ("and", 0, "cc", "CCONJ", "and"),
        ("Peru", 0, "conj", "PROPN", "Peru", "State"), ("held", 3, "ROOT", "VERB", "hold"),
        ("talks", 3, "dobj", "NOUN", "talk"), (".", 3, "punct", "PUNCT", "."),
        ("Bolivia", 7, "nsubj", "PROPN", "Bolivia", "State"), ("hosted", 7, "ROOT", "VERB", "host"),
        ("the", 9, "det", "DET", "the"), ("meeting", 7, "dobj", "NOUN", "meeting"), (".", 7, "punct", "PUNCT", "."),
    ])
    doc[4].tag_ = "NNS"
    chl, per, bol = ids(gaz, "Chile", "Peru", "Bolivia")
    got = {(s, o) for s, r, o in triples(extract(doc, document(doc), onto, gaz), onto) if r == "consults"}
    assert {(bol, chl), (bol, per)} <= got


def test_condemning_the_ramming_condemns_the_rammer(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile rammed a ship. Bolivia condemned the ramming."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("rammed", 1, "ROOT", "VERB", "ram"),
        ("a", 3, "det", "DET", "a"), ("ship", 1, "dobj", "NOUN", "ship"), (".", 1, "punct", "PUNCT", "."),
        ("Bolivia", 6, "nsubj", "PROPN", "Bolivia", "State"), ("condemned", 6, "ROOT", "VERB", "condemn"),
        ("the", 8, "det", "DET", "the"), ("ramming", 6, "dobj", "NOUN", "ramming"), (".", 6, "punct", "PUNCT", "."),
    ])
    doc[1].tag_, doc[8].tag_ = "VBD", "NN"
    chl, bol = ids(gaz, "Chile", "Bolivia")
    assert (bol, "opposes", chl) in triples(extract(doc, document(doc), onto, gaz), onto)


def test_a_bare_refusal_answers_whoever_last_asked_the_refuser(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile urged Peru to leave. Bolivia met Chile. Peru refused."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("urged", 1, "ROOT", "VERB", "urge"),
        ("Peru", 1, "dobj", "PROPN", "Peru", "State"), ("to", 4, "aux", "PART", "to"), ("leave", 1, "xcomp", "VERB", "leave"),
        (".", 1, "punct", "PUNCT", "."),
        ("Bolivia", 7, "nsubj", "PROPN", "Bolivia", "State"), ("met", 7, "ROOT", "VERB", "meet"),
        ("Chile", 7, "dobj", "PROPN", "Chile", "State"), (".", 7, "punct", "PUNCT", "."),
        ("Peru", 11, "nsubj", "PROPN", "Peru", "State"), ("refused", 11, "ROOT", "VERB", "refuse"), (".", 11, "punct", "PUNCT", "."),
    ])
    chl, per, bol = ids(gaz, "Chile", "Peru", "Bolivia")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert (per, "rejects", chl) in got and (per, "rejects", bol) not in got


def test_a_bare_refusal_answers_whoever_said_what_the_refuser_should_do(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile said Peru should pay. Peru refused."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("said", 1, "ROOT", "VERB", "say"),
        ("Peru", 4, "nsubj", "PROPN", "Peru", "State"), ("should", 4, "aux", "AUX", "should"),
        ("pay", 1, "ccomp", "VERB", "pay"), (".", 1, "punct", "PUNCT", "."),
        ("Peru", 7, "nsubj", "PROPN", "Peru", "State"), ("refused", 7, "ROOT", "VERB", "refuse"), (".", 7, "punct", "PUNCT", "."),
    ])
    doc[3].tag_ = "MD"
    chl, per = ids(gaz, "Chile", "Peru")
    assert (per, "rejects", chl) in triples(extract(doc, document(doc), onto, gaz), onto)


def test_declining_to_do_so_answers_whoever_demanded_it(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile demanded that Peru pay. Peru declined to do so, saying it was fair. Peru refused to talk."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("demanded", 1, "ROOT", "VERB", "demand"),
        ("that", 4, "mark", "SCONJ", "that"), ("Peru", 4, "nsubj", "PROPN", "Peru", "State"), ("pay", 1, "ccomp", "VERB", "pay"),
        (".", 1, "punct", "PUNCT", "."),
        ("Peru", 7, "nsubj", "PROPN", "Peru", "State"), ("declined", 7, "ROOT", "VERB", "decline"), ("to", 9, "aux", "PART", "to"),
        ("do", 7, "xcomp", "VERB", "do"), ("so", 9, "advmod", "ADV", "so"), (",", 7, "punct", "PUNCT", ","),
        ("saying", 7, "advcl", "VERB", "say"), ("it", 14, "nsubj", "PRON", "it"), ("was", 12, "ccomp", "AUX", "be"),
        ("fair", 14, "acomp", "ADJ", "fair"), (".", 7, "punct", "PUNCT", "."),
    ])
    doc[12].tag_ = "VBG"
    chl, per = ids(gaz, "Chile", "Peru")
    assert (per, "rejects", chl) in triples(extract(doc, document(doc), onto, gaz), onto)


def test_calling_someone_on_a_day_is_no_call_on_them(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile called Peru on Sunday. Bolivia called on Peru to leave."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("called", 1, "ROOT", "VERB", "call"),
        ("Peru", 1, "dobj", "PROPN", "Peru", "State"), ("on", 1, "prep", "ADP", "on"), ("Sunday", 3, "pobj", "PROPN", "Sunday", "DATE"),
        (".", 1, "punct", "PUNCT", "."),
        ("Bolivia", 7, "nsubj", "PROPN", "Bolivia", "State"), ("called", 7, "ROOT", "VERB", "call"), ("on", 7, "prep", "ADP", "on"),
        ("Peru", 8, "pobj", "PROPN", "Peru", "State"), ("to", 11, "aux", "PART", "to"), ("leave", 7, "xcomp", "VERB", "leave"),
        (".", 7, "punct", "PUNCT", "."),
    ])
    chl, per, bol = ids(gaz, "Chile", "Peru", "Bolivia")
    got = {(s, o) for s, r, o in triples(extract(doc, document(doc), onto, gaz), onto) if r == "appealsTo"}
    assert got == {(bol, per)}


def test_the_court_is_the_court_named_before_not_the_nearest_body(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile sued Peru at the ICJ. NATO met. Bolivia rejected the court."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("sued", 1, "ROOT", "VERB", "sue"),
        ("Peru", 1, "dobj", "PROPN", "Peru", "State"), ("at", 1, "prep", "ADP", "at"), ("the", 5, "det", "DET", "the"),
        ("ICJ", 3, "pobj", "PROPN", "ICJ", "IGO"), (".", 1, "punct", "PUNCT", "."),
        ("NATO", 8, "nsubj", "PROPN", "NATO", "IGO"), ("met", 8, "ROOT", "VERB", "meet"), (".", 8, "punct", "PUNCT", "."),
        ("Bolivia", 11, "nsubj", "PROPN", "Bolivia", "State"), ("rejected", 11, "ROOT", "VERB", "reject"),
        ("the", 13, "det", "DET", "the"), ("court", 11, "dobj", "NOUN", "court"), (".", 11, "punct", "PUNCT", "."),
    ])
    bol, icj = ids(gaz, "Bolivia", "International Court of Justice")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert {o for s, r, o in got if s == bol} == {icj}


def test_a_hyphenated_title_is_one_title(build_doc, document, onto, gaz):
    doc = build_doc([  # "NATO Secretary-General Juan Soto spoke."
        ("NATO", 3, "compound", "PROPN", "NATO", "IGO"), ("Secretary", 3, "compound", "PROPN", "secretary"),
        ("-", 3, "punct", "PUNCT", "-"), ("General", 5, "compound", "PROPN", "general"),
        ("Juan", 5, "compound", "PROPN", "Juan", "Person"), ("Soto", 6, "nsubj", "PROPN", "Soto", "Person"),
        ("spoke", 6, "ROOT", "VERB", "speak"), (".", 6, "punct", "PUNCT", "."),
    ])
    doc[2].tag_ = "HYPH"
    nato, = ids(gaz, "NATO")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert {(r, o) for _, r, o in got} == {("leaderOf", nato)}


def test_sending_inspectors_is_an_investigation_not_a_deployment(build_doc, document, onto, gaz):
    doc = build_doc([  # "NATO sent inspectors to Peru."
        ("NATO", 1, "nsubj", "PROPN", "NATO", "IGO"), ("sent", 1, "ROOT", "VERB", "send"),
        ("inspectors", 1, "dobj", "NOUN", "inspector"), ("to", 1, "prep", "ADP", "to"),
        ("Peru", 3, "pobj", "PROPN", "Peru", "State"), (".", 1, "punct", "PUNCT", "."),
    ])
    nato, per = ids(gaz, "NATO", "Peru")
    assert triples(extract(doc, document(doc), onto, gaz), onto) == {(nato, "investigates", per)}


@pytest.mark.parametrize("act", [("invaded", "invade", "invasion"), ("struck", "strike", "attack")])
def test_the_act_condemned_is_the_actor_s_not_the_last_sanctioner_s(act, build_doc, document, onto, gaz):
    verb, lemma, noun = act  # "Chile invaded Peru. Bolivia imposed sanctions on Chile. Ecuador condemned the invasion."
    doc = build_doc([  # (and "... struck Peru ... condemned the attack": the kin of the act, or the last act of force)
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), (verb, 1, "ROOT", "VERB", lemma),
        ("Peru", 1, "dobj", "PROPN", "Peru", "State"), (".", 1, "punct", "PUNCT", "."),
        ("Bolivia", 5, "nsubj", "PROPN", "Bolivia", "State"), ("imposed", 5, "ROOT", "VERB", "impose"),
        ("sanctions", 5, "dobj", "NOUN", "sanction"), ("on", 6, "prep", "ADP", "on"),
        ("Chile", 7, "pobj", "PROPN", "Chile", "State"), (".", 5, "punct", "PUNCT", "."),
        ("Ecuador", 11, "nsubj", "PROPN", "Ecuador", "State"), ("condemned", 11, "ROOT", "VERB", "condemn"),
        ("the", 13, "det", "DET", "the"), (noun, 11, "dobj", "NOUN", noun), (".", 11, "punct", "PUNCT", "."),
    ])
    doc[6].tag_ = "NNS"
    chl, ecu = ids(gaz, "Chile", "Ecuador")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert {o for s, r, o in got if s == ecu} == {chl}


def test_two_neighbours_are_not_the_subject_standing_apart_from_them(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile met Peru. Bolivia met Peru. Chile stayed out of a war between two neighbours."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("met", 1, "ROOT", "VERB", "meet"),
        ("Peru", 1, "dobj", "PROPN", "Peru", "State"), (".", 1, "punct", "PUNCT", "."),
        ("Bolivia", 5, "nsubj", "PROPN", "Bolivia", "State"), ("met", 5, "ROOT", "VERB", "meet"),
        ("Peru", 5, "dobj", "PROPN", "Peru", "State"), (".", 5, "punct", "PUNCT", "."),
        ("Chile", 9, "nsubj", "PROPN", "Chile", "State"), ("stayed", 9, "ROOT", "VERB", "stay"),
        ("out", 9, "prt", "ADP", "out"), ("of", 9, "prep", "ADP", "of"), ("a", 13, "det", "DET", "a"),
        ("war", 11, "pobj", "NOUN", "war"), ("between", 13, "prep", "ADP", "between"),
        ("two", 16, "nummod", "NUM", "two"), ("neighbours", 14, "pobj", "NOUN", "neighbour"),
        (".", 9, "punct", "PUNCT", "."),
    ])
    doc[16].tag_ = "NNS"
    chl, = ids(gaz, "Chile")
    got = claims(extract(doc, document(doc), onto, gaz), onto)
    wars = {(s, o) for s, r, o, _ in got if r == "fights"}
    assert wars and all(chl not in pair for pair in wars)


def test_both_sides_a_host_brings_together_are_not_the_host_named_before(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile struck Peru. Bolivia condemned Chile. Bolivia hosted talks between the two sides."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("struck", 1, "ROOT", "VERB", "strike"),
        ("Peru", 1, "dobj", "PROPN", "Peru", "State"), (".", 1, "punct", "PUNCT", "."),
        ("Bolivia", 5, "nsubj", "PROPN", "Bolivia", "State"), ("condemned", 5, "ROOT", "VERB", "condemn"),
        ("Chile", 5, "dobj", "PROPN", "Chile", "State"), (".", 5, "punct", "PUNCT", "."),
        ("Bolivia", 9, "nsubj", "PROPN", "Bolivia", "State"), ("hosted", 9, "ROOT", "VERB", "host"),
        ("talks", 9, "dobj", "NOUN", "talk"), ("between", 10, "prep", "ADP", "between"), ("the", 14, "det", "DET", "the"),
        ("two", 14, "nummod", "NUM", "two"), ("sides", 11, "pobj", "NOUN", "side"), (".", 9, "punct", "PUNCT", "."),
    ])
    doc[10].tag_, doc[14].tag_ = "NNS", "NNS"
    chl, per, bol = ids(gaz, "Chile", "Peru", "Bolivia")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert {o for s, r, o in got if s == bol and r == "consults"} == {chl, per}


def test_a_deployment_announced_to_help_is_a_promise_not_a_threat(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile will send police to Peru to reinforce the NATO mission."
        ("Chile", 2, "nsubj", "PROPN", "Chile", "State"), ("will", 2, "aux", "AUX", "will"), ("send", 2, "ROOT", "VERB", "send"),
        ("police", 2, "dobj", "NOUN", "police"), ("to", 2, "prep", "ADP", "to"), ("Peru", 4, "pobj", "PROPN", "Peru", "State"),
        ("to", 7, "aux", "PART", "to"), ("reinforce", 2, "advcl", "VERB", "reinforce"), ("the", 10, "det", "DET", "the"),
        ("NATO", 10, "compound", "PROPN", "NATO", "IGO"), ("mission", 7, "dobj", "NOUN", "mission"),
        (".", 2, "punct", "PUNCT", "."),
    ])
    doc[2].tag_, doc[7].tag_ = "VB", "VB"
    chl, per = ids(gaz, "Chile", "Peru")
    assert triples(extract(doc, document(doc), onto, gaz), onto) == {(chl, "intendsToCooperate", per)}



def test_two_that_broke_off_relations_broke_them_with_each_other(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile and Peru broke off relations."
        ("Chile", 3, "nsubj", "PROPN", "Chile", "State"), ("and", 0, "cc", "CCONJ", "and"),
        ("Peru", 0, "conj", "PROPN", "Peru", "State"), ("broke", 3, "ROOT", "VERB", "break"),
        ("off", 3, "prt", "ADP", "off"), ("relations", 3, "dobj", "NOUN", "relation"), (".", 3, "punct", "PUNCT", "."),
    ])
    doc[4].tag_, doc[5].tag_ = "RP", "NNS"
    chl, per = ids(gaz, "Chile", "Peru")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert {(s, r, o) for s, r, o in got} & {(chl, "reducesRelations", per), (per, "reducesRelations", chl)}


def test_fears_of_a_war_put_the_war_in_doubt(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile raised fears of a war with Peru."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("raised", 1, "ROOT", "VERB", "raise"),
        ("fears", 1, "dobj", "NOUN", "fear"), ("of", 2, "prep", "ADP", "of"), ("a", 5, "det", "DET", "a"),
        ("war", 3, "pobj", "NOUN", "war"), ("with", 5, "prep", "ADP", "with"), ("Peru", 6, "pobj", "PROPN", "Peru", "State"),
        (".", 1, "punct", "PUNCT", "."),
    ])
    doc[2].tag_ = "NNS"
    got = claims(extract(doc, document(doc), onto, gaz), onto)
    assert {m for _, r, _, m in got if r == "fights"} == {"hedged"}


def test_two_states_holding_exercises_hold_them_with_each_other(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile and Peru held naval exercises."
        ("Chile", 3, "nsubj", "PROPN", "Chile", "State"), ("and", 0, "cc", "CCONJ", "and"),
        ("Peru", 0, "conj", "PROPN", "Peru", "State"), ("held", 3, "ROOT", "VERB", "hold"),
        ("naval", 5, "amod", "ADJ", "naval"), ("exercises", 3, "dobj", "NOUN", "exercise"), (".", 3, "punct", "PUNCT", "."),
    ])
    doc[5].tag_ = "NNS"
    chl, per = ids(gaz, "Chile", "Peru")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert got & {(chl, "cooperatesWith", per), (per, "cooperatesWith", chl)}


def test_their_trade_is_with_each_other_but_their_fight_is_not(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile and Peru expanded their trade. Bolivia and Ecuador continued their fight."
        ("Chile", 3, "nsubj", "PROPN", "Chile", "State"), ("and", 0, "cc", "CCONJ", "and"),
        ("Peru", 0, "conj", "PROPN", "Peru", "State"), ("expanded", 3, "ROOT", "VERB", "expand"),
        ("their", 5, "poss", "PRON", "their"), ("trade", 3, "dobj", "NOUN", "trade"), (".", 3, "punct", "PUNCT", "."),
        ("Bolivia", 10, "nsubj", "PROPN", "Bolivia", "State"), ("and", 7, "cc", "CCONJ", "and"),
        ("Ecuador", 7, "conj", "PROPN", "Ecuador", "State"), ("continued", 10, "ROOT", "VERB", "continue"),
        ("their", 12, "poss", "PRON", "their"), ("fight", 10, "dobj", "NOUN", "fight"), (".", 10, "punct", "PUNCT", "."),
    ])
    chl, per, bol, ecu = ids(gaz, "Chile", "Peru", "Bolivia", "Ecuador")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert got & {(chl, "cooperatesWith", per), (per, "cooperatesWith", chl)}
    assert not got & {(bol, "fights", ecu), (ecu, "fights", bol)}


def test_a_pronoun_title_opening_a_sentence_is_of_the_sentence_before_and_chief_ranks_a_title(
        build_doc, document, onto, gaz):
    doc = build_doc([
        ("Hamas", 1, "nsubj", "PROPN", "Hamas", "Organization"), ("spoke", 1, "ROOT", "VERB", "speak"),
        (".", 1, "punct", "PUNCT", "."),
        ("Its", 5, "poss", "PRON", "its"), ("chief", 5, "amod", "ADJ", "chief"), ("spokesman", 10, "nsubj", "NOUN", "spokesman"),
        (",", 5, "punct", "PUNCT", ","), ("Juan", 8, "compound", "PROPN", "Juan", "Person"),
        ("Perez", 5, "appos", "PROPN", "Perez", "+Person"), (",", 5, "punct", "PUNCT", ","), ("spoke", 10, "ROOT", "VERB", "speak"),
        (".", 10, "punct", "PUNCT", "."),
    ])
    doc[3].tag_, doc[4].tag_ = "PRP$", "JJ"
    [hamas] = ids(gaz, "Hamas")
    got = {(doc.text[slice(*s.subject_span)], s.relation, s.object) for s in extract(doc, document(doc), onto, gaz).statements}
    assert ("Juan Perez", "memberOf", hamas) in got and ("Juan Perez", "leaderOf", hamas) not in got


def test_the_envoy_of_a_titled_leader_is_a_member_of_the_leaders_state(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Juan", 1, "compound", "PROPN", "Juan", "Person"), ("Perez", 10, "nsubj", "PROPN", "Perez", "+Person"),
        (",", 1, "punct", "PUNCT", ","), ("the", 4, "det", "DET", "the"), ("envoy", 1, "appos", "NOUN", "envoy"),
        ("of", 4, "prep", "ADP", "of"), ("Peruvian", 7, "amod", "ADJ", "peruvian", "State"),
        ("President", 9, "compound", "PROPN", "President"), ("Luis", 9, "compound", "PROPN", "Luis", "Person"),
        ("Ortiz", 5, "pobj", "PROPN", "Ortiz", "+Person"), ("spoke", 10, "ROOT", "VERB", "speak"), (".", 10, "punct", "PUNCT", "."),
    ])
    [per] = ids(gaz, "Peru")
    got = {(doc.text[slice(*s.subject_span)], s.relation, s.object) for s in extract(doc, document(doc), onto, gaz).statements}
    assert ("Juan Perez", "memberOf", per) in got


def test_a_title_reads_across_of_only_when_the_title_holds_it(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Secretary", 4, "compound", "PROPN", "Secretary"), ("of", 0, "prep", "ADP", "of"),
        ("State", 1, "pobj", "PROPN", "State"), ("Marco", 4, "compound", "PROPN", "Marco", "Person"),
        ("Rubio", 5, "nsubj", "PROPN", "Rubio", "+Person"), ("met", 5, "ROOT", "VERB", "meet"),
        ("the", 7, "det", "DET", "the"), ("envoy", 5, "dobj", "NOUN", "envoy"), ("of", 7, "prep", "ADP", "of"),
        ("President", 11, "compound", "PROPN", "President"), ("Donald", 11, "compound", "PROPN", "Donald", "Person"),
        ("Trump", 8, "pobj", "PROPN", "Trump", "+Person"), (".", 5, "punct", "PUNCT", "."),
    ])
    [usa] = ids(gaz, "United States")
    got = {(doc.text[slice(*s.subject_span)], s.relation, s.object) for s in extract(doc, document(doc), onto, gaz).statements}
    assert ("Marco Rubio", "memberOf", usa) in got  # a secretary, across "of"
    assert ("Donald Trump", "leaderOf", usa) in got and ("Donald Trump", "memberOf", usa) not in got  # not an envoy


def test_a_name_after_a_comma_closing_a_title_holds_it_and_an_envoy_for_a_state_is_no_member(
        build_doc, document, onto, gaz):
    doc = build_doc([
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("spoke", 1, "ROOT", "VERB", "speak"),
        ("with", 1, "prep", "ADP", "with"), ("the", 6, "det", "DET", "the"), ("UN", 6, "compound", "PROPN", "UN", "IGO"),
        ("special", 6, "amod", "ADJ", "special"), ("envoy", 2, "pobj", "NOUN", "envoy"), ("for", 6, "prep", "ADP", "for"),
        ("Peru", 7, "pobj", "PROPN", "Peru", "State"), (",", 11, "punct", "PUNCT", ","),
        ("Juan", 11, "compound", "PROPN", "Juan", "Person"), ("Perez", 1, "npadvmod", "PROPN", "Perez", "+Person"),
        (".", 1, "punct", "PUNCT", "."),
    ])
    un, per = ids(gaz, "United Nations", "Peru")
    got = {(doc.text[slice(*s.subject_span)], s.relation, s.object) for s in extract(doc, document(doc), onto, gaz).statements}
    assert ("Juan Perez", "memberOf", un) in got and ("Juan Perez", "memberOf", per) not in got


def test_a_counterpart_is_of_the_state_that_qualifies_it(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("met", 1, "ROOT", "VERB", "meet"),
        ("its", 5, "poss", "PRON", "its"), ("Peruvian", 5, "amod", "ADJ", "peruvian", "State"),
        ("counterpart", 5, "compound", "NOUN", "counterpart"), ("Juan", 6, "compound", "PROPN", "Juan", "Person"),
        ("Perez", 1, "dobj", "PROPN", "Perez", "+Person"), (".", 1, "punct", "PUNCT", "."),
    ])
    [per] = ids(gaz, "Peru")
    got = {(doc.text[slice(*s.subject_span)], s.relation, s.object) for s in extract(doc, document(doc), onto, gaz).statements}
    assert ("Juan Perez", "memberOf", per) in got


@pytest.mark.parametrize("after", [[], [("of", 6, "prep", "ADP", "of"), ("Chile", 7, "pobj", "PROPN", "Chile", "State")]])
def test_a_bare_office_is_the_one_person_named_before_who_held_it(after, build_doc, document, onto, gaz):
    n = len(after)
    doc = build_doc([
        ("Nikol", 1, "compound", "PROPN", "Nikol", "Person"), ("Pashinyan", 2, "nsubj", "PROPN", "Pashinyan", "+Person"),
        ("spoke", 2, "ROOT", "VERB", "speak"), (".", 2, "punct", "PUNCT", "."),
        ("The", 6, "det", "DET", "the"), ("prime", 6, "amod", "ADJ", "prime"),
        ("minister", 7 + n, "nsubj", "NOUN", "minister"), *after, ("criticised", 7 + n, "ROOT", "VERB", "criticise"),
        ("Russia", 7 + n, "dobj", "PROPN", "Russia", "State"), (".", 7 + n, "punct", "PUNCT", "."),
    ])
    pm, arm, rus = ids(gaz, "Nikol Pashinyan", "Armenia", "Russia")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    if after:  # "the prime minister of Chile" is someone else
        assert not any(s == pm for s, _, _ in got), got
    else:
        assert (pm, "opposes", rus) in got and (pm, "leaderOf", arm) in got


def test_a_spaced_dash_ends_a_title_a_dateline_is_no_part_of(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Peru", 2, "compound", "PROPN", "Peru", "State"), ("—", 2, "punct", "PUNCT", "—"),
        ("Chilean", 3, "amod", "ADJ", "chilean", "State"), ("President", 5, "compound", "PROPN", "President"),
        ("Juan", 5, "compound", "PROPN", "Juan", "Person"), ("Perez", 6, "nsubj", "PROPN", "Perez", "+Person"),
        ("spoke", 6, "ROOT", "VERB", "speak"), (".", 6, "punct", "PUNCT", "."),
    ])
    doc[1].tag_ = "HYPH"
    chl, per = ids(gaz, "Chile", "Peru")
    got = {(doc.text[slice(*s.subject_span)], s.relation, s.object) for s in extract(doc, document(doc), onto, gaz).statements}
    assert ("Juan Perez", "leaderOf", chl) in got and ("Juan Perez", "leaderOf", per) not in got, got


def test_a_leaders_apposed_spokesman_belongs_to_the_leaders_state(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Juan", 1, "compound", "PROPN", "Juan", "Person"), ("Perez", 8, "nsubj", "PROPN", "Perez", "+Person"),
        (",", 1, "punct", "PUNCT", ","), ("Vladimir", 4, "compound", "PROPN", "Vladimir", "Person"),
        ("Putin", 6, "poss", "PROPN", "Putin", "+Person"), ("'s", 4, "case", "PART", "'s"),
        ("spokesman", 1, "appos", "NOUN", "spokesman"), (",", 1, "punct", "PUNCT", ","), ("spoke", 8, "ROOT", "VERB", "speak"),
        (".", 8, "punct", "PUNCT", "."),
    ])
    [rus] = ids(gaz, "Russia")
    got = {(doc.text[slice(*s.subject_span)], s.relation, s.object) for s in extract(doc, document(doc), onto, gaz).statements}
    assert ("Juan Perez", "memberOf", rus) in got


def test_an_act_compounded_on_a_phrasal_trigger_is_what_the_head_is_about(build_doc, document, onto, gaz):
    doc = build_doc([
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("plans", 1, "ROOT", "VERB", "plan"), ("to", 3, "aux", "PART", "to"),
        ("join", 1, "xcomp", "VERB", "join"), ("Peru", 7, "poss", "PROPN", "Peru", "State"), ("'s", 4, "case", "PART", "'s"),
        ("genocide", 7, "compound", "NOUN", "genocide"), ("case", 3, "dobj", "NOUN", "case"), ("against", 7, "prep", "ADP", "against"),
        ("Bolivia", 8, "pobj", "PROPN", "Bolivia", "State"), (".", 1, "punct", "PUNCT", "."),
    ])
    doc[2].tag_, doc[3].tag_ = "TO", "VB"
    got = extract(doc, document(doc), onto, gaz).statements
    assert got and not any(s.trigger == "genocide" for s in got)


def test_a_possessor_owns_what_another_state_made_and_a_nationality_covers_coordinated_weapons(
        build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile said its Peru-made drones intercepted Bolivian drones and missiles."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("said", 1, "ROOT", "VERB", "say"),
        ("its", 6, "poss", "PRON", "its"), ("Peru", 5, "npadvmod", "PROPN", "Peru", "State"), ("-", 5, "punct", "PUNCT", "-"),
        ("made", 6, "amod", "VERB", "make"), ("drones", 7, "nsubj", "NOUN", "drone"), ("intercepted", 1, "ccomp", "VERB", "intercept"),
        ("Bolivian", 9, "amod", "ADJ", "bolivian", "State"), ("drones", 7, "dobj", "NOUN", "drone"), ("and", 9, "cc", "CCONJ", "and"),
        ("missiles", 9, "conj", "NOUN", "missile"), (".", 1, "punct", "PUNCT", "."),
    ])
    doc[4].tag_, doc[5].tag_, doc[6].tag_, doc[7].tag_, doc[9].tag_, doc[11].tag_ = "HYPH", "VBN", "NNS", "VBD", "NNS", "NNS"
    chl, per, bol = ids(gaz, "Chile", "Peru", "Bolivia")
    got = {(s.subject, onto.root(s.relation).name, s.object, doc.text[slice(*s.object_span)])
           for s in extract(doc, document(doc), onto, gaz).statements}
    assert not any(s == per for s, *_ in got)  # Peru made the drones; Chile's drones intercepted
    assert any(s == chl and o == bol for s, _, o, _ in got)
    assert not any(span == "missiles" and o != bol for *_, o, span in got)  # Bolivia's missiles too


def test_trading_coordinated_kinds_of_fire_is_fighting_each_other(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile and Peru traded drone and artillery fire."
        ("Chile", 3, "nsubj", "PROPN", "Chile", "State"), ("and", 0, "cc", "CCONJ", "and"), ("Peru", 0, "conj", "PROPN", "Peru", "State"),
        ("traded", 3, "ROOT", "VERB", "trade"), ("drone", 3, "dobj", "NOUN", "drone"), ("and", 4, "cc", "CCONJ", "and"),
        ("artillery", 7, "compound", "NOUN", "artillery"), ("fire", 4, "conj", "NOUN", "fire"), (".", 3, "punct", "PUNCT", "."),
    ])
    chl, per = ids(gaz, "Chile", "Peru")
    got = {(s, onto.root(r).name, o) for s, r, o in triples(extract(doc, document(doc), onto, gaz), onto)}
    assert {(chl, "fights", per), (per, "fights", chl)} <= got and not any(r == "cooperatesWith" for _, r, _ in got)


@pytest.mark.parametrize("label", [["an", "act", "of", "war"], ["an", "unfriendly", "act"]])
def test_a_label_phrase_put_on_a_closure_criticises_whoever_closed(label, build_doc, document, onto, gaz):
    rows = [  # "Chile closed its border with Peru. Peru called the closure <label>."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("closed", 1, "ROOT", "VERB", "close"), ("its", 3, "poss", "PRON", "its"),
        ("border", 1, "dobj", "NOUN", "border"), ("with", 3, "prep", "ADP", "with"), ("Peru", 4, "pobj", "PROPN", "Peru", "State"),
        (".", 1, "punct", "PUNCT", "."),
        ("Peru", 8, "nsubj", "PROPN", "Peru", "State"), ("called", 8, "ROOT", "VERB", "call"), ("the", 10, "det", "DET", "the"),
        ("closure", 8, "dobj", "NOUN", "closure"),
    ]
    n = len(rows)
    for i, w in enumerate(label):
        if w == "act":
            rows.append((w, 8, "oprd", "NOUN", w))
        elif w == "war":
            rows.append((w, n + i - 1, "pobj", "NOUN", w))
        elif w == "of":
            rows.append((w, n + i - 1, "prep", "ADP", w))
        else:
            rows.append((w, n + label.index("act"), "det" if w == "an" else "amod", "DET" if w == "an" else "ADJ", w))
    doc = build_doc(rows + [(".", 8, "punct", "PUNCT", ".")])
    chl, per = ids(gaz, "Chile", "Peru")
    assert (per, "opposes", chl) in triples(extract(doc, document(doc), onto, gaz), onto)


@pytest.mark.parametrize("dep", ["oprd", "amod"])
def test_holding_someone_responsible_accuses_them(dep, build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile held Peru responsible."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("held", 1, "ROOT", "VERB", "hold"),
        ("Peru", 1, "dobj", "PROPN", "Peru", "State"), ("responsible", 1 if dep == "oprd" else 2, dep, "ADJ", "responsible"),
        (".", 1, "punct", "PUNCT", "."),
    ])
    chl, per = ids(gaz, "Chile", "Peru")
    assert (chl, "opposes", per) in triples(extract(doc, document(doc), onto, gaz), onto)


def test_regretting_another_states_action_criticises_it(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile regretted Peru's military action."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("regretted", 1, "ROOT", "VERB", "regret"),
        ("Peru", 5, "poss", "PROPN", "Peru", "State"), ("'s", 2, "case", "PART", "'s"), ("military", 5, "amod", "ADJ", "military"),
        ("action", 1, "dobj", "NOUN", "action"), (".", 1, "punct", "PUNCT", "."),
    ])
    chl, per = ids(gaz, "Chile", "Peru")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert (chl, "opposes", per) in got and (chl, "supports", per) not in got


@pytest.mark.parametrize("verb,lemma,noun,prep", [("scrapped", "scrap", "tariffs", "on"), ("lowered", "lower", "tariffs", "on"),
                                                  ("halted", "halt", "offensive", "against")])
def test_a_verb_reversing_a_hostile_act_yields_even_when_it_is_a_trigger_itself(verb, lemma, noun, prep, build_doc,
                                                                                  document, onto, gaz):
    doc = build_doc([  # "Chile scrapped its tariffs on Peru."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), (verb, 1, "ROOT", "VERB", lemma), ("its", 3, "poss", "PRON", "its"),
        (noun, 1, "dobj", "NOUN", noun.rstrip("s")), (prep, 3, "prep", "ADP", prep), ("Peru", 4, "pobj", "PROPN", "Peru", "State"),
        (".", 1, "punct", "PUNCT", "."),
    ])
    doc[1].tag_ = "VBD"
    chl, per = ids(gaz, "Chile", "Peru")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert (chl, "yieldsTo", per) in got and not any(r in {"reducesRelations", "fights"} for _, r, _ in got)


def test_one_who_leads_a_states_body_is_a_member_of_the_state(build_doc, document, onto, gaz):
    doc = build_doc([  # "Pentagon chief Juan Perez spoke."
        ("Pentagon", 1, "compound", "PROPN", "Pentagon", "GovernmentBody"), ("chief", 3, "compound", "NOUN", "chief"),
        ("Juan", 3, "compound", "PROPN", "Juan", "Person"), ("Perez", 4, "nsubj", "PROPN", "Perez", "+Person"),
        ("spoke", 4, "ROOT", "VERB", "speak"), (".", 4, "punct", "PUNCT", "."),
    ])
    dod, usa = ids(gaz, "Pentagon", "United States")
    got = {(doc.text[slice(*s.subject_span)], s.relation, s.object) for s in extract(doc, document(doc), onto, gaz).statements}
    assert {("Juan Perez", "leaderOf", dod), ("Juan Perez", "memberOf", usa)} <= got


def test_a_gendered_title_finds_the_gazetteer_office(build_doc, document, onto, gaz):
    doc = build_doc([  # "Spokeswoman Maria Zakharova spoke."
        ("Spokeswoman", 2, "compound", "PROPN", "spokeswoman"), ("Maria", 2, "compound", "PROPN", "Maria", "Person"),
        ("Zakharova", 3, "nsubj", "PROPN", "Zakharova", "+Person"), ("spoke", 3, "ROOT", "VERB", "speak"),
        (".", 3, "punct", "PUNCT", "."),
    ])
    zak, rus = ids(gaz, "Maria Zakharova", "Russia")
    assert (zak, "memberOf", rus) in triples(extract(doc, document(doc), onto, gaz), onto)


def test_a_title_at_a_described_body_and_a_founder(build_doc, document, onto, gaz):
    doc = build_doc([  # "The RAND Corporation spoke. Juan Perez, an economist at the institute, spoke. RAND founder Ana Soto spoke."
        ("The", 2, "det", "DET", "the"), ("RAND", 2, "compound", "PROPN", "RAND", "ThinkTank"),
        ("Corporation", 3, "nsubj", "PROPN", "Corporation", "+ThinkTank"), ("spoke", 3, "ROOT", "VERB", "speak"),
        (".", 3, "punct", "PUNCT", "."),
        ("Juan", 6, "compound", "PROPN", "Juan", "Person"), ("Perez", 14, "nsubj", "PROPN", "Perez", "+Person"),
        (",", 6, "punct", "PUNCT", ","), ("an", 9, "det", "DET", "an"), ("economist", 6, "appos", "NOUN", "economist"),
        ("at", 9, "prep", "ADP", "at"), ("the", 12, "det", "DET", "the"), ("institute", 10, "pobj", "NOUN", "institute"),
        (",", 6, "punct", "PUNCT", ","), ("spoke", 14, "ROOT", "VERB", "speak"), (".", 14, "punct", "PUNCT", "."),
        ("RAND", 17, "compound", "PROPN", "RAND", "ThinkTank"), ("founder", 19, "compound", "NOUN", "founder"),
        ("Ana", 19, "compound", "PROPN", "Ana", "Person"), ("Soto", 20, "nsubj", "PROPN", "Soto", "+Person"),
        ("spoke", 20, "ROOT", "VERB", "speak"), (".", 20, "punct", "PUNCT", "."),
    ])
    [rand] = ids(gaz, "RAND Corporation")
    got = {(doc.text[slice(*s.subject_span)], s.relation, s.object) for s in extract(doc, document(doc), onto, gaz).statements}
    assert ("Juan Perez", "memberOf", rand) in got and ("Ana Soto", "leaderOf", rand) in got


def test_a_hostile_act_that_could_follow_unless_a_condition_is_met_is_a_threat(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile could halt trade with Peru if Peru does not comply."
        ("Chile", 2, "nsubj", "PROPN", "Chile", "State"), ("could", 2, "aux", "AUX", "could"), ("halt", 2, "ROOT", "VERB", "halt"),
        ("trade", 2, "dobj", "NOUN", "trade"), ("with", 3, "prep", "ADP", "with"), ("Peru", 4, "pobj", "PROPN", "Peru", "State"),
        ("if", 10, "mark", "SCONJ", "if"), ("Peru", 10, "nsubj", "PROPN", "Peru", "State"), ("does", 10, "aux", "AUX", "do"),
        ("not", 10, "neg", "PART", "not"), ("comply", 2, "advcl", "VERB", "comply"), (".", 2, "punct", "PUNCT", "."),
    ])
    doc[1].tag_, doc[2].tag_ = "MD", "VB"
    chl, per = ids(gaz, "Chile", "Peru")
    got = claims(extract(doc, document(doc), onto, gaz), onto)
    assert (chl, "threatens", per, "asserted") in got and not any(r == "reducesRelations" for _, r, _, _ in got)


def test_ordering_a_states_diplomats_to_leave_expels_them(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile ordered Peruvian diplomats to leave."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("ordered", 1, "ROOT", "VERB", "order"),
        ("Peruvian", 3, "amod", "ADJ", "peruvian", "State"), ("diplomats", 1, "dobj", "NOUN", "diplomat"),
        ("to", 5, "aux", "PART", "to"), ("leave", 1, "xcomp", "VERB", "leave"), (".", 1, "punct", "PUNCT", "."),
    ])
    doc[3].tag_, doc[4].tag_, doc[5].tag_ = "NNS", "TO", "VB"
    chl, per = ids(gaz, "Chile", "Peru")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert (chl, "reducesRelations", per) in got and not any(r == "demands" for _, r, _ in got)



def test_calling_a_strike_a_massacre_criticises_the_striker(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile struck Peru. Bolivia called the strike a massacre."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("struck", 1, "ROOT", "VERB", "strike"),
        ("Peru", 1, "dobj", "PROPN", "Peru", "State"), (".", 1, "punct", "PUNCT", "."),
        ("Bolivia", 5, "nsubj", "PROPN", "Bolivia", "State"), ("called", 5, "ROOT", "VERB", "call"), ("the", 7, "det", "DET", "the"),
        ("strike", 5, "dobj", "NOUN", "strike"), ("a", 9, "det", "DET", "a"), ("massacre", 5, "oprd", "NOUN", "massacre"),
        (".", 5, "punct", "PUNCT", "."),
    ])
    chl, bol = ids(gaz, "Chile", "Bolivia")
    assert (bol, "opposes", chl) in triples(extract(doc, document(doc), onto, gaz), onto)


def test_states_that_built_their_own_named_alliance_are_its_members(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile and Peru built their own Alliance of Andean States."
        ("Chile", 3, "nsubj", "PROPN", "Chile", "State"), ("and", 0, "cc", "CCONJ", "and"), ("Peru", 0, "conj", "PROPN", "Peru", "State"),
        ("built", 3, "ROOT", "VERB", "build"), ("their", 6, "poss", "PRON", "their"), ("own", 6, "amod", "ADJ", "own"),
        ("Alliance", 3, "dobj", "PROPN", "Alliance", "IGO"), ("of", 6, "prep", "ADP", "of", "+IGO"),
        ("Andean", 9, "compound", "PROPN", "Andean", "+IGO"), ("States", 7, "pobj", "PROPN", "States", "+IGO"),
        (".", 3, "punct", "PUNCT", "."),
    ])
    chl, per = ids(gaz, "Chile", "Peru")
    got = {(s.subject, s.relation, doc.text[slice(*s.object_span)]) for s in extract(doc, document(doc), onto, gaz).statements}
    assert {(chl, "memberOf", "Alliance of Andean States"), (per, "memberOf", "Alliance of Andean States")} <= got
    assert not any(r == "allyOf" for _, r, _ in got)


def test_part_of_a_states_output_is_no_membership_and_exchanging_words_is_talking(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile converts part of Peru's output. Chile and Bolivia exchanged words."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("converts", 1, "ROOT", "VERB", "convert"),
        ("part", 1, "dobj", "NOUN", "part"), ("of", 2, "prep", "ADP", "of"), ("Peru", 6, "poss", "PROPN", "Peru", "State"),
        ("'s", 4, "case", "PART", "'s"), ("output", 3, "pobj", "NOUN", "output"), (".", 1, "punct", "PUNCT", "."),
        ("Chile", 11, "nsubj", "PROPN", "Chile", "State"), ("and", 8, "cc", "CCONJ", "and"),
        ("Bolivia", 8, "conj", "PROPN", "Bolivia", "State"), ("exchanged", 11, "ROOT", "VERB", "exchange"),
        ("words", 11, "dobj", "NOUN", "word"), (".", 11, "punct", "PUNCT", "."),
    ])
    doc[12].tag_ = "NNS"
    chl, per, bol = ids(gaz, "Chile", "Peru", "Bolivia")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert (chl, "memberOf", per) not in got
    assert {(chl, "consults", bol), (bol, "consults", chl)} <= got and not any(r == "cooperatesWith" for _, r, _ in got)


def test_the_sale_of_weapons_to_a_state_arms_it_though_the_parser_hangs_the_to_on_the_verb(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile approved the sale of drones to Peru."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("approved", 1, "ROOT", "VERB", "approve"), ("the", 3, "det", "DET", "the"),
        ("sale", 1, "dobj", "NOUN", "sale"), ("of", 3, "prep", "ADP", "of"), ("drones", 4, "pobj", "NOUN", "drone"),
        ("to", 1, "prep", "ADP", "to"), ("Peru", 6, "pobj", "PROPN", "Peru", "State"), (".", 1, "punct", "PUNCT", "."),
    ])
    doc[5].tag_ = "NNS"
    chl, per = ids(gaz, "Chile", "Peru")
    got = {(s.subject, s.relation, s.object) for s in extract(doc, document(doc), onto, gaz).statements}
    assert (chl, "providesMilitaryAid", per) in got


def test_both_sides_after_their_officials_are_the_officials_states(build_doc, document, onto, gaz):
    doc = build_doc([  # "Shehbaz Sharif met Jaishankar. China said it urged both sides to talk."
        ("Shehbaz", 1, "compound", "PROPN", "Shehbaz", "Person"), ("Sharif", 2, "nsubj", "PROPN", "Sharif", "+Person"),
        ("met", 2, "ROOT", "VERB", "meet"), ("Jaishankar", 2, "dobj", "PROPN", "Jaishankar", "Person"), (".", 2, "punct", "PUNCT", "."),
        ("China", 6, "nsubj", "PROPN", "China", "State"), ("said", 6, "ROOT", "VERB", "say"), ("it", 8, "nsubj", "PRON", "it"),
        ("urged", 6, "ccomp", "VERB", "urge"), ("both", 10, "det", "DET", "both"), ("sides", 8, "dobj", "NOUN", "side"),
        ("to", 12, "aux", "PART", "to"), ("talk", 8, "xcomp", "VERB", "talk"), (".", 6, "punct", "PUNCT", "."),
    ])
    doc[7].tag_, doc[10].tag_, doc[12].tag_ = "PRP", "NNS", "VB"
    chn, pak, ind = ids(gaz, "China", "Pakistan", "India")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert {(chn, "appealsTo", pak), (chn, "appealsTo", ind)} <= got


@pytest.mark.parametrize("obj", ["Peru", "proposal"])
def test_vowing_to_respond_to_a_state_threatens_it_but_not_a_reply_to_a_proposal(obj, build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile vowed to respond to Peru." / "Chile vowed to respond to the proposal."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("vowed", 1, "ROOT", "VERB", "vow"), ("to", 3, "aux", "PART", "to"),
        ("respond", 1, "xcomp", "VERB", "respond"), ("to", 3, "prep", "ADP", "to"),
        *([("Peru", 4, "pobj", "PROPN", "Peru", "State")] if obj == "Peru" else
          [("Peru", 7, "poss", "PROPN", "Peru", "State"), ("'s", 5, "case", "PART", "'s"), ("proposal", 4, "pobj", "NOUN", "proposal")]),
        (".", 1, "punct", "PUNCT", "."),
    ])
    doc[2].tag_, doc[3].tag_ = "TO", "VB"
    chl, per = ids(gaz, "Chile", "Peru")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert ((chl, "threatens", per) in got) == (obj == "Peru")
    assert (chl, "intendsToCooperate", per) not in got or obj != "Peru"


def test_the_kingdom_is_the_state_named_before_that_has_a_king(build_doc, document, onto, gaz):
    doc = build_doc([  # "Iran hosted Saudi Arabia. The kingdom criticised Israel."
        ("Iran", 1, "nsubj", "PROPN", "Iran", "State"), ("hosted", 1, "ROOT", "VERB", "host"),
        ("Saudi", 3, "compound", "PROPN", "Saudi", "State"), ("Arabia", 1, "dobj", "PROPN", "Arabia", "+State"),
        (".", 1, "punct", "PUNCT", "."),
        ("The", 6, "det", "DET", "the"), ("kingdom", 7, "nsubj", "NOUN", "kingdom"), ("criticised", 7, "ROOT", "VERB", "criticise"),
        ("Israel", 7, "dobj", "PROPN", "Israel", "State"), (".", 7, "punct", "PUNCT", "."),
    ])
    sau, irn, isr = ids(gaz, "Saudi Arabia", "Iran", "Israel")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert (sau, "opposes", isr) in got and (irn, "opposes", isr) not in got


def test_an_act_a_bare_relative_clause_gives_a_doer_is_that_doers(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile condemned the attack Peru carried out."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("condemned", 1, "ROOT", "VERB", "condemn"), ("the", 3, "det", "DET", "the"),
        ("attack", 1, "dobj", "NOUN", "attack"), ("Peru", 5, "nsubj", "PROPN", "Peru", "State"),
        ("carried", 3, "relcl", "VERB", "carry"), ("out", 5, "prt", "ADP", "out"), (".", 1, "punct", "PUNCT", "."),
    ])
    doc[5].tag_ = "VBD"
    chl, per = ids(gaz, "Chile", "Peru")
    assert (chl, "opposes", per) in triples(extract(doc, document(doc), onto, gaz), onto)


def test_a_name_on_a_weapon_noun_is_a_weapon_its_possessor_owns_and_not_a_target_of_its_alert(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile put its Condor III missile batteries on alert."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("put", 1, "ROOT", "VERB", "put"), ("its", 6, "poss", "PRON", "its"),
        ("Condor", 4, "compound", "PROPN", "Condor", "PERSON"), ("III", 6, "compound", "PROPN", "III", "+PERSON"),
        ("missile", 6, "compound", "NOUN", "missile"), ("batteries", 1, "dobj", "NOUN", "battery"),
        ("on", 1, "prep", "ADP", "on"), ("alert", 7, "pobj", "NOUN", "alert"), (".", 1, "punct", "PUNCT", "."),
    ])
    doc[2].tag_ = "PRP$"
    [chl] = ids(gaz, "Chile")
    result = extract(doc, document(doc), onto, gaz)
    condor = next(e for e in result.entities if e.label == "Condor III")
    assert condor.cls == "WeaponSystem"
    got = {(s.subject, s.relation, s.object) for s in result.statements}
    assert (chl, "possesses", condor.id) in got and not any(r != "possesses" for _, r, _ in got)


def test_a_leased_ship_is_the_leasers(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile seized a Peru-leased tanker."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("seized", 1, "ROOT", "VERB", "seize"), ("a", 6, "det", "DET", "a"),
        ("Peru", 5, "npadvmod", "PROPN", "Peru", "State"), ("-", 5, "punct", "PUNCT", "-"), ("leased", 6, "amod", "VERB", "lease"),
        ("tanker", 1, "dobj", "NOUN", "tanker"), (".", 1, "punct", "PUNCT", "."),
    ])
    doc[4].tag_, doc[5].tag_ = "HYPH", "VBN"
    chl, per = ids(gaz, "Chile", "Peru")
    assert any(s == chl and o == per for s, _, o in triples(extract(doc, document(doc), onto, gaz), onto))


def test_urging_restraint_appeals_to_the_two_states_the_text_is_about(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile struck Peru. Peru shelled Chile. Bolivia urged restraint."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("struck", 1, "ROOT", "VERB", "strike"),
        ("Peru", 1, "dobj", "PROPN", "Peru", "State"), (".", 1, "punct", "PUNCT", "."),
        ("Peru", 5, "nsubj", "PROPN", "Peru", "State"), ("shelled", 5, "ROOT", "VERB", "shell"),
        ("Chile", 5, "dobj", "PROPN", "Chile", "State"), (".", 5, "punct", "PUNCT", "."),
        ("Bolivia", 9, "nsubj", "PROPN", "Bolivia", "State"), ("urged", 9, "ROOT", "VERB", "urge"),
        ("restraint", 9, "dobj", "NOUN", "restraint"), (".", 9, "punct", "PUNCT", "."),
    ])
    chl, per, bol = ids(gaz, "Chile", "Peru", "Bolivia")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert {(bol, "appealsTo", chl), (bol, "appealsTo", per)} <= got


def test_the_two_prime_ministers_are_the_two_the_text_titles_so(build_doc, document, onto, gaz):
    def titled(title: str, first: str, last: str) -> list[tuple]:  # "Prime Minister Juan Mora spoke."
        return [(title, 3, "compound", "PROPN", title), (first, 3, "compound", "PROPN", first, "PERSON"),
                (last, 4, "nsubj", "PROPN", last, "+PERSON"), ("spoke", 4, "ROOT", "VERB", "speak"),
                (".", 4, "punct", "PUNCT", ".")]
    doc = build_doc(_sentences(
        [("Prime", 1, "compound", "PROPN", "Prime"), *((w, h + 1, *r) for w, h, *r in titled("Minister", "Juan", "Mora"))],
        [("Prime", 1, "compound", "PROPN", "Prime"), *((w, h + 1, *r) for w, h, *r in titled("Minister", "Ana", "Soto"))],
        titled("Professor", "Luis", "Vega"),
        [  # "The two prime ministers met."
            ("The", 3, "det", "DET", "the"), ("two", 3, "nummod", "NUM", "two"), ("prime", 3, "amod", "ADJ", "prime"),
            ("ministers", 4, "nsubj", "NOUN", "minister"), ("met", 4, "ROOT", "VERB", "meet"), (".", 4, "punct", "PUNCT", "."),
        ]))
    doc[len(doc) - 3].tag_ = "NNS"
    got = {frozenset((s, o)) for s, r, o in triples(extract(doc, document(doc), onto, gaz), onto) if r == "consults"}
    assert got == {frozenset({"Person/juan-mora", "Person/ana-soto"})}


@pytest.mark.parametrize("verb,about,modality", [
    ("reject", "it", "negated"),  # "Chile rejected the charge that it is hostile to Bolivia."
    ("repeat", "it", "hedged"),  # "Chile repeated the charge ...": a charge, not denied
    ("reject", "Peru", "hedged"),  # "Chile rejected the charge that Peru is ...": another's, disputed
])
def test_rejecting_the_charge_that_one_did_something_denies_it(verb, about, modality, build_doc, document, onto, gaz):
    doc = build_doc([
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), (verb + "ed", 1, "ROOT", "VERB", verb),
        ("the", 3, "det", "DET", "the"), ("charge", 1, "dobj", "NOUN", "charge"), ("that", 6, "mark", "SCONJ", "that"),
        (about, 6, "nsubj", *(("PRON", "it") if about == "it" else ("PROPN", about, "State"))), ("is", 3, "acl", "AUX", "be"),
        ("hostile", 6, "acomp", "ADJ", "hostile"), ("to", 7, "prep", "ADP", "to"),
        ("Bolivia", 8, "pobj", "PROPN", "Bolivia", "State"), (".", 1, "punct", "PUNCT", "."),
    ])
    chl, per, bol = ids(gaz, "Chile", "Peru", "Bolivia")
    doer = chl if about == "it" else per
    got = {(s, r, o, m) for s, r, o, m in claims(extract(doc, document(doc), onto, gaz), onto) if o == bol}
    assert got == {(doer, "opposes", bol, modality)}


def test_a_trade_offensive_is_an_economic_sanction_not_a_war(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile launched a trade offensive against Peru."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("launched", 1, "ROOT", "VERB", "launch"),
        ("a", 4, "det", "DET", "a"), ("trade", 4, "compound", "NOUN", "trade"), ("offensive", 1, "dobj", "NOUN", "offensive"),
        ("against", 4, "prep", "ADP", "against"), ("Peru", 5, "pobj", "PROPN", "Peru", "State"), (".", 1, "punct", "PUNCT", "."),
    ])
    chl, per = ids(gaz, "Chile", "Peru")
    assert triples(extract(doc, document(doc), onto, gaz), onto) == {(chl, "reducesRelations", per)}


@pytest.mark.parametrize("rows", [
    [  # "Chile handed over cutters to Peru."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("handed", 1, "ROOT", "VERB", "hand"),
        ("over", 1, "prt", "ADP", "over"), ("cutters", 1, "dobj", "NOUN", "cutter"), ("to", 1, "prep", "ADP", "to"),
        ("Peru", 4, "pobj", "PROPN", "Peru", "State"), (".", 1, "punct", "PUNCT", "."),
    ], [  # "Chile approved a facility for Peru."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("approved", 1, "ROOT", "VERB", "approve"),
        ("a", 3, "det", "DET", "a"), ("facility", 1, "dobj", "NOUN", "facility"), ("for", 3, "prep", "ADP", "for"),
        ("Peru", 4, "pobj", "PROPN", "Peru", "State"), (".", 1, "punct", "PUNCT", "."),
    ], [  # "Chile extended a fuel grant to Peru."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("extended", 1, "ROOT", "VERB", "extend"),
        ("a", 4, "det", "DET", "a"), ("fuel", 4, "compound", "NOUN", "fuel"), ("grant", 1, "dobj", "NOUN", "grant"),
        ("to", 4, "prep", "ADP", "to"), ("Peru", 5, "pobj", "PROPN", "Peru", "State"), (".", 1, "punct", "PUNCT", "."),
    ],
])
def test_handing_over_boats_approving_a_facility_or_a_fuel_grant_is_aid(rows, build_doc, document, onto, gaz):
    doc = build_doc(rows)
    chl, per = ids(gaz, "Chile", "Peru")
    assert triples(extract(doc, document(doc), onto, gaz), onto) == {(chl, "providesAid", per)}


def test_states_of_a_kind_the_text_lists_are_no_members_of_a_body(build_doc, document, onto, gaz):
    doc = build_doc([  # "Andean states such as Peru and Bolivia protested."
        ("Andean", 1, "amod", "ADJ", "andean", "Organization"), ("states", 7, "nsubj", "NOUN", "state", "+Organization"),
        ("such", 3, "amod", "ADJ", "such"), ("as", 1, "prep", "ADP", "as"), ("Peru", 3, "pobj", "PROPN", "Peru", "State"),
        ("and", 4, "cc", "CCONJ", "and"), ("Bolivia", 4, "conj", "PROPN", "Bolivia", "State"),
        ("protested", 7, "ROOT", "VERB", "protest"), (".", 7, "punct", "PUNCT", "."),
    ])
    doc[1].tag_ = "NNS"
    assert not {r for s, r, o in triples(extract(doc, document(doc), onto, gaz), onto) if r == "memberOf"}


def test_one_s_ally_is_no_intergovernmental_body_named_before(build_doc, document, onto, gaz):
    doc = build_doc(_sentences([  # "Peru met Chile."
        ("Peru", 1, "nsubj", "PROPN", "Peru", "State"), ("met", 1, "ROOT", "VERB", "meet"),
        ("Chile", 1, "dobj", "PROPN", "Chile", "State"), (".", 1, "punct", "PUNCT", "."),
    ], [  # "The Security Council met."
        ("The", 2, "det", "DET", "the"), ("Security", 2, "compound", "PROPN", "Security", "IGO"),
        ("Council", 3, "nsubj", "PROPN", "Council", "+IGO"), ("met", 3, "ROOT", "VERB", "meet"), (".", 3, "punct", "PUNCT", "."),
    ], [  # "Chile protected its ally."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("protected", 1, "ROOT", "VERB", "protect"),
        ("its", 3, "poss", "PRON", "its"), ("ally", 1, "dobj", "NOUN", "ally"), (".", 1, "punct", "PUNCT", "."),
    ]))
    chl, per = ids(gaz, "Chile", "Peru")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert {o for s, r, o in got if s == chl} == {per}  # protected Peru, not the council


def test_an_act_cited_as_a_reason_is_not_the_citer_s(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile imposed tariffs, citing the arrest of Juan Mora."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("imposed", 1, "ROOT", "VERB", "impose"),
        ("tariffs", 1, "dobj", "NOUN", "tariff"), (",", 1, "punct", "PUNCT", ","), ("citing", 1, "advcl", "VERB", "cite"),
        ("the", 6, "det", "DET", "the"), ("arrest", 4, "dobj", "NOUN", "arrest"), ("of", 6, "prep", "ADP", "of"),
        ("Juan", 9, "compound", "PROPN", "Juan", "PERSON"), ("Mora", 7, "pobj", "PROPN", "Mora", "+PERSON"),
        (".", 1, "punct", "PUNCT", "."),
    ])
    doc[2].tag_ = "NNS"
    chl = ids(gaz, "Chile")[0]
    assert not {(s, r, o) for s, r, o in triples(extract(doc, document(doc), onto, gaz), onto) if s == chl}


@pytest.mark.parametrize("name,portfolio_", [("UPDF", False), ("Defence", True)])
def test_an_acronym_before_a_title_is_a_body_not_a_portfolio(name, portfolio_, build_doc, onto):
    doc = build_doc([  # "A UPDF spokesman spoke." / "A Defence spokesman spoke."
        ("A", 2, "det", "DET", "a"), (name, 2, "compound", "PROPN", name, "ORG"),
        ("spokesman", 3, "nsubj", "NOUN", "spokesman"), ("spoke", 3, "ROOT", "VERB", "speak"), (".", 3, "punct", "PUNCT", "."),
    ])
    assert portfolio(doc.ents[0], rules(onto).triggers["title"]) == portfolio_


def test_barring_someone_from_entering_is_a_sanction(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile barred Juan Mora from entering."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("barred", 1, "ROOT", "VERB", "bar"),
        ("Juan", 3, "compound", "PROPN", "Juan", "PERSON"), ("Mora", 1, "dobj", "PROPN", "Mora", "+PERSON"),
        ("from", 1, "prep", "ADP", "from"), ("entering", 4, "pcomp", "VERB", "enter"), (".", 1, "punct", "PUNCT", "."),
    ])
    chl = ids(gaz, "Chile")[0]
    assert triples(extract(doc, document(doc), onto, gaz), onto) == {(chl, "reducesRelations", "Person/juan-mora")}


def test_defending_an_act_shields_no_one_from_those_its_of_phrase_names(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile defended the deportation of activists from Peru."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("defended", 1, "ROOT", "VERB", "defend"),
        ("the", 3, "det", "DET", "the"), ("deportation", 1, "dobj", "NOUN", "deportation"), ("of", 3, "prep", "ADP", "of"),
        ("activists", 4, "pobj", "NOUN", "activist"), ("from", 3, "prep", "ADP", "from"),
        ("Peru", 6, "pobj", "PROPN", "Peru", "State"), (".", 1, "punct", "PUNCT", "."),
    ])
    doc[5].tag_ = "NNS"
    chl, per = ids(gaz, "Chile", "Peru")
    assert (chl, "opposes", per) not in triples(extract(doc, document(doc), onto, gaz), onto)


def test_the_bloc_is_an_intergovernmental_body_not_a_force_named_since(build_doc, document, onto, gaz):
    doc = build_doc(_sentences([  # "NATO met."
        ("NATO", 1, "nsubj", "PROPN", "NATO", "IGO"), ("met", 1, "ROOT", "VERB", "meet"), (".", 1, "punct", "PUNCT", "."),
    ], [  # "KFOR spoke."
        ("KFOR", 1, "nsubj", "PROPN", "KFOR", "ORG"), ("spoke", 1, "ROOT", "VERB", "speak"), (".", 1, "punct", "PUNCT", "."),
    ], [  # "The bloc's chief, Juan Mora, spoke."
        ("The", 1, "det", "DET", "the"), ("bloc", 3, "poss", "NOUN", "bloc"), ("'s", 1, "case", "PART", "'s"),
        ("chief", 8, "nsubj", "NOUN", "chief"), (",", 3, "punct", "PUNCT", ","), ("Juan", 6, "compound", "PROPN", "Juan", "PERSON"),
        ("Mora", 3, "appos", "PROPN", "Mora", "+PERSON"), (",", 3, "punct", "PUNCT", ","), ("spoke", 8, "ROOT", "VERB", "speak"),
        (".", 8, "punct", "PUNCT", "."),
    ]))
    nato = ids(gaz, "NATO")[0]
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert {o for s, r, o in got if s == "Person/juan-mora"} == {nato}


@pytest.mark.parametrize("verb,lemma,relation", [
    ("lifting", "lift", "reducesRelations"),  # "Chile acted, lifting duties on Peruvian goods to 50 percent."
    ("cutting", "cut", "yieldsTo"),  # "Chile acted, cutting duties on Peruvian goods to 19 percent."
])
def test_lifting_a_duty_to_a_level_raises_it(verb, lemma, relation, build_doc, document, onto, gaz):
    doc = build_doc([
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("acted", 1, "ROOT", "VERB", "act"), (",", 1, "punct", "PUNCT", ","),
        (verb, 1, "advcl", "VERB", lemma), ("duties", 3, "dobj", "NOUN", "duty"), ("on", 4, "prep", "ADP", "on"),
        ("Peruvian", 7, "amod", "ADJ", "peruvian", "State"), ("goods", 5, "pobj", "NOUN", "good"),
        ("to", 3, "prep", "ADP", "to"), ("50", 10, "nummod", "NUM", "50"), ("percent", 8, "pobj", "NOUN", "percent"),
        (".", 1, "punct", "PUNCT", "."),
    ])
    doc[4].tag_ = doc[7].tag_ = "NNS"
    chl, per = ids(gaz, "Chile", "Peru")
    assert triples(extract(doc, document(doc), onto, gaz), onto) == {(chl, relation, per)}


def test_one_s_ally_is_not_who_serves_one_s_own_state(build_doc, document, onto, gaz):
    doc = build_doc(_sentences([  # "Peskov spoke."
        ("Peskov", 1, "nsubj", "PROPN", "Peskov", "Person"), ("spoke", 1, "ROOT", "VERB", "speak"), (".", 1, "punct", "PUNCT", "."),
    ], [  # "Putin praised his ally."
        ("Putin", 1, "nsubj", "PROPN", "Putin", "Person"), ("praised", 1, "ROOT", "VERB", "praise"),
        ("his", 3, "poss", "PRON", "his"), ("ally", 1, "dobj", "NOUN", "ally"), (".", 1, "punct", "PUNCT", "."),
    ]))
    putin, peskov = ids(gaz, "Vladimir Putin", "Dmitry Peskov")
    assert not {(s, r, o) for s, r, o in triples(extract(doc, document(doc), onto, gaz), onto) if o == peskov}


def test_a_state_does_not_act_on_one_a_nationality_title_seats_in_it(build_doc, document, onto, gaz):
    doc = build_doc(_sentences([  # "Chilean Minister Juan Mora spoke."
        ("Chilean", 3, "amod", "ADJ", "Chilean", "State"), ("Minister", 3, "compound", "PROPN", "Minister"),
        ("Juan", 3, "compound", "PROPN", "Juan", "PERSON"), ("Mora", 4, "nsubj", "PROPN", "Mora", "+PERSON"),
        ("spoke", 4, "ROOT", "VERB", "speak"), (".", 4, "punct", "PUNCT", "."),
    ], [  # "Chile praised Mora."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("praised", 1, "ROOT", "VERB", "praise"),
        ("Mora", 1, "dobj", "PROPN", "Mora", "PERSON"), (".", 1, "punct", "PUNCT", "."),
    ]))
    chl = ids(gaz, "Chile")[0]
    assert triples(extract(doc, document(doc), onto, gaz), onto) == {("Person/juan-mora", "memberOf", chl)}


def test_a_possessive_on_a_sentence_s_subject_is_the_last_main_subject_s(build_doc, document, onto, gaz):
    doc = build_doc(_sentences([  # "Chile, the movement that Peru backs, strongly condemned Bolivia."
        ("Chile", 9, "nsubj", "PROPN", "Chile", "State"), (",", 0, "punct", "PUNCT", ","), ("the", 3, "det", "DET", "the"),
        ("movement", 0, "appos", "NOUN", "movement"), ("that", 6, "dobj", "PRON", "that"),
        ("Peru", 6, "nsubj", "PROPN", "Peru", "State"), ("backs", 3, "relcl", "VERB", "back"), (",", 0, "punct", "PUNCT", ","),
        ("strongly", 9, "advmod", "ADV", "strongly"), ("condemned", 9, "ROOT", "VERB", "condemn"),
        ("Bolivia", 9, "dobj", "PROPN", "Bolivia", "State"), (".", 9, "punct", "PUNCT", "."),
    ], [  # "Its leader, Juan Mora, spoke."
        ("Its", 1, "poss", "PRON", "its"), ("leader", 6, "nsubj", "NOUN", "leader"), (",", 1, "punct", "PUNCT", ","),
        ("Juan", 4, "compound", "PROPN", "Juan", "PERSON"), ("Mora", 1, "appos", "PROPN", "Mora", "+PERSON"),
        (",", 1, "punct", "PUNCT", ","), ("spoke", 6, "ROOT", "VERB", "speak"), (".", 6, "punct", "PUNCT", "."),
    ]))
    chl = ids(gaz, "Chile")[0]
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert {(s, r, o) for s, r, o in got if s == "Person/juan-mora"} == {("Person/juan-mora", "leaderOf", chl)}


def test_meeting_the_commander_of_a_body_named_beside_meets_the_commander(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile met the commander of NATO, General Juan Mora."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("met", 1, "ROOT", "VERB", "meet"), ("the", 3, "det", "DET", "the"),
        ("commander", 1, "dobj", "NOUN", "commander"), ("of", 3, "prep", "ADP", "of"), ("NATO", 4, "pobj", "PROPN", "NATO", "IGO"),
        (",", 5, "punct", "PUNCT", ","), ("General", 9, "compound", "PROPN", "General"),
        ("Juan", 9, "compound", "PROPN", "Juan", "PERSON"), ("Mora", 5, "appos", "PROPN", "Mora", "+PERSON"),
        (".", 1, "punct", "PUNCT", "."),
    ])
    chl = ids(gaz, "Chile")[0]
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert {o for s, r, o in got if s == chl} == {"Person/juan-mora"}


def test_saying_one_will_bear_responsibility_is_a_threat(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile described the move as hysteria and warned that Peru would bear responsibility."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("described", 1, "ROOT", "VERB", "describe"),
        ("the", 3, "det", "DET", "the"), ("move", 1, "dobj", "NOUN", "move"), ("as", 1, "prep", "ADP", "as"),
        ("hysteria", 4, "pobj", "NOUN", "hysteria"), ("and", 1, "cc", "CCONJ", "and"), ("warned", 1, "conj", "VERB", "warn"),
        ("that", 11, "mark", "SCONJ", "that"), ("Peru", 11, "nsubj", "PROPN", "Peru", "State"),
        ("would", 11, "aux", "AUX", "would"), ("bear", 7, "ccomp", "VERB", "bear"),
        ("responsibility", 11, "dobj", "NOUN", "responsibility"), (".", 1, "punct", "PUNCT", "."),
    ])
    chl, per = ids(gaz, "Chile", "Peru")
    assert (chl, "threatens", per) in triples(extract(doc, document(doc), onto, gaz), onto)


def test_a_president_s_spokesman_is_a_spokesman_not_a_president(build_doc, document, onto, gaz):
    doc = build_doc([  # "President Vladimir Putin's spokesman, Juan Mora, criticized Peru."
        ("President", 2, "compound", "PROPN", "President"), ("Vladimir", 2, "compound", "PROPN", "Vladimir", "PERSON"),
        ("Putin", 4, "poss", "PROPN", "Putin", "+PERSON"), ("'s", 2, "case", "PART", "'s"),
        ("spokesman", 9, "nsubj", "NOUN", "spokesman"), (",", 4, "punct", "PUNCT", ","),
        ("Juan", 7, "compound", "PROPN", "Juan", "PERSON"), ("Mora", 4, "appos", "PROPN", "Mora", "+PERSON"),
        (",", 4, "punct", "PUNCT", ","), ("criticized", 9, "ROOT", "VERB", "criticize"),
        ("Peru", 9, "dobj", "PROPN", "Peru", "State"), (".", 9, "punct", "PUNCT", "."),
    ])
    rus = ids(gaz, "Russia")[0]
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert {(s, r, o) for s, r, o in got if s == "Person/juan-mora" and o == rus} == {("Person/juan-mora", "memberOf", rus)}


def test_a_kind_of_pact_names_no_party(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile signed a visiting forces agreement with Peru."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("signed", 1, "ROOT", "VERB", "sign"), ("a", 5, "det", "DET", "a"),
        ("visiting", 5, "amod", "VERB", "visit"), ("forces", 5, "compound", "NOUN", "force"),
        ("agreement", 1, "dobj", "NOUN", "agreement"), ("with", 1, "prep", "ADP", "with"),
        ("Peru", 6, "pobj", "PROPN", "Peru", "State"), (".", 1, "punct", "PUNCT", "."),
    ])
    doc[4].tag_ = "NNS"
    chl, per = ids(gaz, "Chile", "Peru")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert {s for s, r, o in got} | {o for s, r, o in got} <= {chl, per}


@pytest.mark.parametrize("thing,shared", [("border", False), ("intelligence", True)])
def test_sharing_a_border_shares_no_intelligence(thing, shared, build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile shares a border with Peru."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("shares", 1, "ROOT", "VERB", "share"), ("a", 3, "det", "DET", "a"),
        (thing, 1, "dobj", "NOUN", thing), ("with", 1, "prep", "ADP", "with"), ("Peru", 4, "pobj", "PROPN", "Peru", "State"),
        (".", 1, "punct", "PUNCT", "."),
    ])
    chl, per = ids(gaz, "Chile", "Peru")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert ((chl, "cooperatesWith", per) in got) == shared


@pytest.mark.parametrize("thing,relation", [("gas", "cooperatesWith"), ("delegation", "consults")])
def test_receiving_a_commodity_is_trade_receiving_a_delegation_hosts_it(thing, relation, build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile receives Peruvian gas." / "Chile receives a Peruvian delegation."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("receives", 1, "ROOT", "VERB", "receive"),
        ("Peruvian", 3, "amod", "ADJ", "peruvian", "State"), (thing, 1, "dobj", "NOUN", thing), (".", 1, "punct", "PUNCT", "."),
    ])
    chl, per = ids(gaz, "Chile", "Peru")
    assert triples(extract(doc, document(doc), onto, gaz), onto) == {(chl, relation, per)}


def test_a_label_put_on_a_labelled_act_is_read_before_the_act(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile called Peru's threats blackmail."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("called", 1, "ROOT", "VERB", "call"),
        ("Peru", 4, "poss", "PROPN", "Peru", "State"), ("'s", 2, "case", "PART", "'s"), ("threats", 1, "dobj", "NOUN", "threat"),
        ("blackmail", 1, "oprd", "NOUN", "blackmail"), (".", 1, "punct", "PUNCT", "."),
    ])
    doc[4].tag_ = "NNS"
    chl, per = ids(gaz, "Chile", "Peru")
    assert (chl, "opposes", per) in triples(extract(doc, document(doc), onto, gaz), onto)


def test_its_owner_after_a_ship_is_no_actor_named_before(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile struck the ship because its owner traded with Peru."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("struck", 1, "ROOT", "VERB", "strike"),
        ("the", 3, "det", "DET", "the"), ("ship", 1, "dobj", "NOUN", "ship"), ("because", 7, "mark", "SCONJ", "because"),
        ("its", 6, "poss", "PRON", "its"), ("owner", 7, "nsubj", "NOUN", "owner"), ("traded", 1, "advcl", "VERB", "trade"),
        ("with", 7, "prep", "ADP", "with"), ("Peru", 8, "pobj", "PROPN", "Peru", "State"), (".", 1, "punct", "PUNCT", "."),
    ])
    chl, per = ids(gaz, "Chile", "Peru")
    assert (chl, "cooperatesWith", per) not in triples(extract(doc, document(doc), onto, gaz), onto)


def test_a_relative_clause_on_a_country_of_n_people_describes_the_country(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile, a country of two million people that hosts Peruvian troops, spoke."
        ("Chile", 12, "nsubj", "PROPN", "Chile", "State"), (",", 0, "punct", "PUNCT", ","), ("a", 3, "det", "DET", "a"),
        ("country", 0, "appos", "NOUN", "country"), ("of", 3, "prep", "ADP", "of"), ("two", 6, "nummod", "NUM", "two"),
        ("million", 7, "nummod", "NUM", "million"), ("people", 4, "pobj", "NOUN", "people"),
        ("that", 9, "nsubj", "PRON", "that"), ("hosts", 7, "relcl", "VERB", "host"),
        ("Peruvian", 11, "amod", "ADJ", "peruvian", "State"), ("troops", 9, "dobj", "NOUN", "troop"),
        ("spoke", 12, "ROOT", "VERB", "speak"), (".", 12, "punct", "PUNCT", "."),
    ])
    doc[8].tag_ = "WDT"
    doc[11].tag_ = "NNS"
    chl, per = ids(gaz, "Chile", "Peru")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert (chl, "consults", per) in got


def _sentences(*sentences: list[tuple]) -> list[tuple]:
    """Rows for ``build_doc`` from sentences whose heads count from the sentence's first word."""
    rows, at = [], 0
    for sent in sentences:
        rows += [(w, h + at, *rest) for w, h, *rest in sent]
        at += len(sent)
    return rows


@pytest.mark.parametrize("act,middle,reaction", [
    ([("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("offered", 1, "ROOT", "VERB", "offer"),  # "Chile offered to
      ("to", 3, "aux", "PART", "to"), ("help", 1, "xcomp", "VERB", "help"), (".", 1, "punct", "PUNCT", ".")],  # help.
     ("Peru", "Ecuador"),
     [("Bolivia", 1, "nsubj", "PROPN", "Bolivia", "State"), ("turned", 1, "ROOT", "VERB", "turn"),  # "Bolivia turned
      ("the", 3, "det", "DET", "the"), ("offer", 1, "dobj", "NOUN", "offer"), ("down", 1, "prt", "ADP", "down"),  # the
      (".", 1, "punct", "PUNCT", ".")]),  # offer down."
    ([("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("demanded", 1, "ROOT", "VERB", "demand"),  # "Chile demanded
      ("talks", 1, "dobj", "NOUN", "talk"), (".", 1, "punct", "PUNCT", ".")],  # talks."
     ("Peru", "Ecuador"),
     [("Bolivia", 1, "nsubj", "PROPN", "Bolivia", "State"), ("rejected", 1, "ROOT", "VERB", "reject"),  # "Bolivia
      ("the", 3, "det", "DET", "the"), ("demand", 1, "dobj", "NOUN", "demand"), (".", 1, "punct", "PUNCT", ".")]),
    ([("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("freed", 1, "ROOT", "VERB", "free"),  # "Chile freed Peruvian
      ("Peruvian", 3, "amod", "ADJ", "peruvian", "NORP"), ("sailors", 1, "dobj", "NOUN", "sailor"),  # sailors."
      (".", 1, "punct", "PUNCT", ".")],
     ("Bolivia", "Ecuador"),
     [("Brazil", 1, "nsubj", "PROPN", "Brazil", "State"), ("welcomed", 1, "ROOT", "VERB", "welcome"),  # "Brazil
      ("the", 3, "det", "DET", "the"), ("release", 1, "dobj", "NOUN", "release"), (".", 1, "punct", "PUNCT", ".")]),
], ids=["offer turned down", "demand rejected", "release welcomed"])
def test_an_offer_demand_or_release_named_again_is_its_author_s(act, middle, reaction, build_doc, document, onto, gaz):
    met = [(middle[0], 1, "nsubj", "PROPN", middle[0], "State"), ("met", 1, "ROOT", "VERB", "meet"),  # "Peru met
           (middle[1], 1, "dobj", "PROPN", middle[1], "State"), (".", 1, "punct", "PUNCT", ".")]  # Ecuador."
    doc = build_doc(_sentences(act, met, reaction))
    chl, reactor = ids(gaz, "Chile", reaction[0][0])
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert {o for s, r, o in got if s == reactor} == {chl}


@pytest.mark.parametrize("rows", [
    [("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("held", 1, "ROOT", "VERB", "hold"),  # "Chile held naval
     ("naval", 3, "amod", "ADJ", "naval"), ("exercises", 1, "dobj", "NOUN", "exercise"),  # exercises with Peru."
     ("with", 1, "prep", "ADP", "with"), ("Peru", 4, "pobj", "PROPN", "Peru", "State"), (".", 1, "punct", "PUNCT", ".")],
    [("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("staged", 1, "ROOT", "VERB", "stage"),  # "Chile staged a
     ("a", 4, "det", "DET", "a"), ("military", 4, "amod", "ADJ", "military"),  # military exercise with Peru."
     ("exercise", 1, "dobj", "NOUN", "exercise"), ("with", 4, "prep", "ADP", "with"),
     ("Peru", 5, "pobj", "PROPN", "Peru", "State"), (".", 1, "punct", "PUNCT", ".")],
], ids=["with on the carrying verb", "with on the noun"])
def test_drills_held_with_someone_are_military_cooperation_with_them(rows, build_doc, document, onto, gaz):
    doc = build_doc(rows)
    chl, per = ids(gaz, "Chile", "Peru")
    got = extract(doc, document(doc), onto, gaz).statements
    assert [(s.subject, s.relation, s.object) for s in got] == [(chl, "cooperatesMilitarily", per)]


def test_a_state_s_warplanes_strike_and_are_shot_down_as_that_state(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chilean warplanes struck Peru. Peru shot down Chilean jets."
        ("Chilean", 1, "amod", "ADJ", "chilean", "State"), ("warplanes", 2, "nsubj", "NOUN", "warplane"),
        ("struck", 2, "ROOT", "VERB", "strike"), ("Peru", 2, "dobj", "PROPN", "Peru", "State"),
        (".", 2, "punct", "PUNCT", "."),
        ("Peru", 6, "nsubj", "PROPN", "Peru", "State"), ("shot", 6, "ROOT", "VERB", "shoot"),
        ("down", 6, "prt", "ADP", "down"), ("Chilean", 9, "amod", "ADJ", "chilean", "State"),
        ("jets", 6, "dobj", "NOUN", "jet"), (".", 6, "punct", "PUNCT", "."),
    ])
    chl, per = ids(gaz, "Chile", "Peru")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert got == {(chl, "assaults", per), (per, "fights", chl)}


def test_a_known_name_that_holds_its_title_gives_the_office(build_doc, document, onto, gaz):
    doc = build_doc([  # "King Felipe VI spoke."
        ("King", 2, "compound", "PROPN", "King", "Person"), ("Felipe", 2, "compound", "PROPN", "Felipe", "+Person"),
        ("VI", 3, "nsubj", "PROPN", "VI", "+Person"), ("spoke", 3, "ROOT", "VERB", "speak"),
        (".", 3, "punct", "PUNCT", "."),
    ])
    (esp,) = ids(gaz, "Spain")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert got == {(gaz.lookup("King Felipe VI").id, "leaderOf", esp)}


def test_prisoners_of_war_are_people_not_a_war(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile and Peru freed prisoners of war."
        ("Chile", 3, "nsubj", "PROPN", "Chile", "State"), ("and", 0, "cc", "CCONJ", "and"),
        ("Peru", 0, "conj", "PROPN", "Peru", "State"), ("freed", 3, "ROOT", "VERB", "free"),
        ("prisoners", 3, "dobj", "NOUN", "prisoner"), ("of", 4, "prep", "ADP", "of"),
        ("war", 5, "pobj", "NOUN", "war"), (".", 3, "punct", "PUNCT", "."),
    ])
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert not {r for _, r, _ in got} & {"fights", "assaults"}


def test_regretting_what_another_did_criticises_it(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile regretted that Peru chose insults."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("regretted", 1, "ROOT", "VERB", "regret"),
        ("that", 4, "mark", "SCONJ", "that"), ("Peru", 4, "nsubj", "PROPN", "Peru", "State"),
        ("chose", 1, "ccomp", "VERB", "choose"), ("insults", 4, "dobj", "NOUN", "insult"),
        (".", 1, "punct", "PUNCT", "."),
    ])
    chl, per = ids(gaz, "Chile", "Peru")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert got == {(chl, "opposes", per)}


def test_their_in_a_clause_whose_subject_is_they_is_theirs(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile and Peru urged Bolivia to talk and said they would coordinate their positions."
        ("Chile", 3, "nsubj", "PROPN", "Chile", "State"), ("and", 0, "cc", "CCONJ", "and"),
        ("Peru", 0, "conj", "PROPN", "Peru", "State"), ("urged", 3, "ROOT", "VERB", "urge"),
        ("Bolivia", 3, "dobj", "PROPN", "Bolivia", "State"), ("to", 6, "aux", "PART", "to"),
        ("talk", 3, "xcomp", "VERB", "talk"), ("and", 3, "cc", "CCONJ", "and"), ("said", 3, "conj", "VERB", "say"),
        ("they", 11, "nsubj", "PRON", "they"), ("would", 11, "aux", "AUX", "would"),
        ("coordinate", 8, "ccomp", "VERB", "coordinate"), ("their", 13, "poss", "PRON", "their"),
        ("positions", 11, "dobj", "NOUN", "position"), (".", 3, "punct", "PUNCT", "."),
    ])
    chl, per, bol = ids(gaz, "Chile", "Peru", "Bolivia")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert {(s, o) for s, r, o in got if r == "intendsToCooperate"} <= {(chl, per), (per, chl)}
    assert {(s, o) for s, r, o in got if r == "intendsToCooperate"}


def test_ignoring_someone_s_calls_means_they_called_on_you(build_doc, document, onto, gaz):
    doc = build_doc([  # "Bolivia ignored Chile's calls to withdraw."
        ("Bolivia", 1, "nsubj", "PROPN", "Bolivia", "State"), ("ignored", 1, "ROOT", "VERB", "ignore"),
        ("Chile", 4, "poss", "PROPN", "Chile", "State"), ("'s", 2, "case", "PART", "'s"),
        ("calls", 1, "dobj", "NOUN", "call"), ("to", 6, "aux", "PART", "to"), ("withdraw", 4, "acl", "VERB", "withdraw"),
        (".", 1, "punct", "PUNCT", "."),
    ])
    chl, bol = ids(gaz, "Chile", "Bolivia")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert (chl, "appealsTo", bol) in got


def test_an_invasion_is_an_attack_and_an_occupation_a_use_of_force(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile invaded Peru and occupied Bolivia."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("invaded", 1, "ROOT", "VERB", "invade"),
        ("Peru", 1, "dobj", "PROPN", "Peru", "State"), ("and", 1, "cc", "CCONJ", "and"),
        ("occupied", 1, "conj", "VERB", "occupy"), ("Bolivia", 4, "dobj", "PROPN", "Bolivia", "State"),
        (".", 1, "punct", "PUNCT", "."),
    ])
    chl, per, bol = ids(gaz, "Chile", "Peru", "Bolivia")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert got == {(chl, "assaults", per), (chl, "fights", bol)}


def test_a_counterpart_the_gazetteer_has_lead_a_state_is_its_leader(build_doc, document, onto, gaz):
    doc = build_doc([  # "Luis Arce met his Chilean counterpart Gabriel Boric."
        ("Luis", 1, "compound", "PROPN", "Luis", "Person"), ("Arce", 2, "nsubj", "PROPN", "Arce", "+Person"),
        ("met", 2, "ROOT", "VERB", "meet"), ("his", 6, "poss", "PRON", "his"),
        ("Chilean", 6, "amod", "ADJ", "chilean", "State"), ("counterpart", 8, "compound", "NOUN", "counterpart"),
        ("Gabriel", 8, "compound", "PROPN", "Gabriel", "Person"), ("Boric", 2, "dobj", "PROPN", "Boric", "+Person"),
        (".", 2, "punct", "PUNCT", "."),
    ])
    (chl,) = ids(gaz, "Chile")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert ("gabriel-boric", "leaderOf", chl) in got and ("gabriel-boric", "memberOf", chl) not in got


def test_a_person_s_government_is_the_government_of_the_state_they_lead(build_doc, document, onto, gaz):
    doc = build_doc([  # "Gabriel Boric's government cut ties with Peru."
        ("Gabriel", 1, "compound", "PROPN", "Gabriel", "Person"), ("Boric", 3, "poss", "PROPN", "Boric", "+Person"),
        ("'s", 1, "case", "PART", "'s"), ("government", 4, "nsubj", "NOUN", "government"),
        ("cut", 4, "ROOT", "VERB", "cut"), ("ties", 4, "dobj", "NOUN", "tie"), ("with", 4, "prep", "ADP", "with"),
        ("Peru", 6, "pobj", "PROPN", "Peru", "State"), (".", 4, "punct", "PUNCT", "."),
    ])
    chl, per = ids(gaz, "Chile", "Peru")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert ("gabriel-boric", "leaderOf", chl) in got and (chl, "reducesRelations", per) in got


def test_an_act_after_a_reported_clause_of_no_actor_is_the_reporter_s(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile said trade was fair and accused Peru."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("said", 1, "ROOT", "VERB", "say"),
        ("trade", 3, "nsubj", "NOUN", "trade"), ("was", 1, "ccomp", "AUX", "be"), ("fair", 3, "acomp", "ADJ", "fair"),
        ("and", 3, "cc", "CCONJ", "and"), ("accused", 3, "conj", "VERB", "accuse"),
        ("Peru", 6, "dobj", "PROPN", "Peru", "State"), (".", 1, "punct", "PUNCT", "."),
    ])
    doc[6].tag_ = "VBD"
    chl, per = ids(gaz, "Chile", "Peru")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert (chl, "opposes", per) in got


def test_a_speech_act_named_again_with_its_time_is_the_last_speaker_s(build_doc, document, onto, gaz):
    doc = build_doc(_sentences(
        [("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("accused", 1, "ROOT", "VERB", "accuse"),  # "Chile accused
         ("Peru", 1, "dobj", "PROPN", "Peru", "State"), (".", 1, "punct", "PUNCT", ".")],  # Peru."
        [("Peru", 1, "nsubj", "PROPN", "Peru", "State"), ("rejected", 1, "ROOT", "VERB", "reject"),  # "Peru rejected
         ("the", 3, "det", "DET", "the"), ("accusations", 1, "dobj", "NOUN", "accusation"),  # the accusations
         ("within", 3, "prep", "ADP", "within"), ("hours", 4, "pobj", "NOUN", "hour", "TIME"),  # within hours."
         (".", 1, "punct", "PUNCT", ".")],
    ))
    chl, per = ids(gaz, "Chile", "Peru")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert (per, "rejects", chl) in got


def test_striking_a_tone_or_a_balance_is_no_blow(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile struck a balance between Peru and Bolivia."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("struck", 1, "ROOT", "VERB", "strike"),
        ("a", 3, "det", "DET", "a"), ("balance", 1, "dobj", "NOUN", "balance"), ("between", 3, "prep", "ADP", "between"),
        ("Peru", 4, "pobj", "PROPN", "Peru", "State"), ("and", 5, "cc", "CCONJ", "and"),
        ("Bolivia", 5, "conj", "PROPN", "Bolivia", "State"), (".", 1, "punct", "PUNCT", "."),
    ])
    assert extract(doc, document(doc), onto, gaz).statements == ()


def test_a_spokesman_for_the_interim_government_is_of_the_state_named_before(build_doc, document, onto, gaz):
    doc = build_doc(_sentences(
        [("Chile", 2, "poss", "PROPN", "Chile", "State"), ("'s", 0, "case", "PART", "'s"),  # "Chile's government
         ("government", 3, "nsubj", "NOUN", "government"), ("accused", 3, "ROOT", "VERB", "accuse"),  # accused Peru."
         ("Peru", 3, "dobj", "PROPN", "Peru", "State"), (".", 3, "punct", "PUNCT", ".")],
        [("Juan", 1, "compound", "PROPN", "Juan", "Person"), ("Mora", 9, "nsubj", "PROPN", "Mora", "+Person"),
         (",", 1, "punct", "PUNCT", ","), ("a", 4, "det", "DET", "a"),  # "Juan Mora, a spokesman for the interim
         ("spokesman", 1, "appos", "NOUN", "spokesman"), ("for", 4, "prep", "ADP", "for"),  # government, spoke."
         ("the", 8, "det", "DET", "the"), ("interim", 8, "amod", "ADJ", "interim"),
         ("government", 5, "pobj", "NOUN", "government"), ("spoke", 9, "ROOT", "VERB", "speak"),
         (".", 9, "punct", "PUNCT", ".")],
    ))
    (chl,) = ids(gaz, "Chile")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert ("Person/juan-mora", "memberOf", chl) in got


def test_those_moves_are_the_last_actor_s_whatever_act_came_between(build_doc, document, onto, gaz):
    doc = build_doc(_sentences(
        [("Peru", 1, "nsubj", "PROPN", "Peru", "State"), ("struck", 1, "ROOT", "VERB", "strike"),  # "Peru struck
         ("Ecuador", 1, "dobj", "PROPN", "Ecuador", "State"), (".", 1, "punct", "PUNCT", ".")],  # Ecuador."
        [("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("armed", 1, "ROOT", "VERB", "arm"),  # "Chile armed
         ("Bolivia", 1, "dobj", "PROPN", "Bolivia", "State"), (".", 1, "punct", "PUNCT", ".")],  # Bolivia."
        [("Brazil", 1, "nsubj", "PROPN", "Brazil", "State"), ("condemned", 1, "ROOT", "VERB", "condemn"),  # "Brazil
         ("those", 3, "det", "DET", "those"), ("moves", 1, "dobj", "NOUN", "move"),  # condemned those moves."
         (".", 1, "punct", "PUNCT", ".")],
    ))
    bra, chl = ids(gaz, "Brazil", "Chile")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert {o for s, _, o in got if s == bra} == {chl}


def test_talks_with_someone_before_a_clause_are_its_subject_s(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile spoke after talks with Peru."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("spoke", 1, "ROOT", "VERB", "speak"),
        ("after", 1, "prep", "ADP", "after"), ("talks", 2, "pobj", "NOUN", "talk"), ("with", 3, "prep", "ADP", "with"),
        ("Peru", 4, "pobj", "PROPN", "Peru", "State"), (".", 1, "punct", "PUNCT", "."),
    ])
    chl, per = ids(gaz, "Chile", "Peru")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert got == {(chl, "consults", per)}


def test_hyphened_nationalities_on_a_joint_act_are_both_its_parties(build_doc, document, onto, gaz):
    doc = build_doc([  # "Joint Chilean-Peruvian exercises began."
        ("Joint", 4, "amod", "ADJ", "joint"), ("Chilean", 3, "amod", "ADJ", "chilean", "State"),
        ("-", 3, "punct", "PUNCT", "-"), ("Peruvian", 4, "amod", "ADJ", "peruvian", "State"),
        ("exercises", 5, "nsubj", "NOUN", "exercise"), ("began", 5, "ROOT", "VERB", "begin"),
        (".", 5, "punct", "PUNCT", "."),
    ])
    doc[2].tag_ = "HYPH"
    chl, per = ids(gaz, "Chile", "Peru")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert got in ({(chl, "cooperatesWith", per)}, {(per, "cooperatesWith", chl)})


def test_an_organisation_named_as_a_person_s_is_led_by_them(build_doc, document, onto, gaz):
    doc = build_doc([  # "Juan Mora's Andean Front attacked Peru."
        ("Juan", 1, "compound", "PROPN", "Juan", "Person"), ("Mora", 4, "poss", "PROPN", "Mora", "+Person"),
        ("'s", 1, "case", "PART", "'s"), ("Andean", 4, "compound", "PROPN", "Andean", "ArmedGroup"),
        ("Front", 5, "nsubj", "PROPN", "Front", "+ArmedGroup"), ("attacked", 5, "ROOT", "VERB", "attack"),
        ("Peru", 5, "dobj", "PROPN", "Peru", "State"), (".", 5, "punct", "PUNCT", "."),
    ])
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert ("Person/juan-mora", "leaderOf", "ArmedGroup/andean-front") in got


def test_a_state_s_troops_act_for_it_but_its_security_forces_are_a_body(build_doc, document, onto, gaz):
    doc = build_doc(_sentences(
        [("Peruvian", 1, "amod", "ADJ", "peruvian", "State"), ("troops", 2, "nsubj", "NOUN", "troop"),  # "Peruvian
         ("attacked", 2, "ROOT", "VERB", "attack"), ("Chile", 2, "dobj", "PROPN", "Chile", "State"),  # troops attacked
         (".", 2, "punct", "PUNCT", ".")],  # Chile."
        [("Peruvian", 2, "amod", "ADJ", "peruvian", "State"), ("security", 2, "compound", "NOUN", "security"),
         ("forces", 3, "nsubj", "NOUN", "force"), ("attacked", 3, "ROOT", "VERB", "attack"),  # "Peruvian security
         ("Bolivia", 3, "dobj", "PROPN", "Bolivia", "State"), (".", 3, "punct", "PUNCT", ".")],  # forces attacked Bolivia."
    ))
    per, chl, bol = ids(gaz, "Peru", "Chile", "Bolivia")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert (per, "assaults", chl) in got
    assert any(s.startswith("GovernmentBody/") and o == bol for s, _, o in got)


def test_its_in_a_clause_whose_subject_is_it_is_the_subject_s(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile, which shut its border with Peru, said it would coordinate its response with Bolivia."
        ("Chile", 9, "nsubj", "PROPN", "Chile", "State"), (",", 0, "punct", "PUNCT", ","),
        ("which", 3, "nsubj", "PRON", "which"), ("shut", 0, "relcl", "VERB", "shut"), ("its", 5, "poss", "PRON", "its"),
        ("border", 3, "dobj", "NOUN", "border"), ("with", 5, "prep", "ADP", "with"),
        ("Peru", 6, "pobj", "PROPN", "Peru", "State"), (",", 0, "punct", "PUNCT", ","),
        ("said", 9, "ROOT", "VERB", "say"), ("it", 12, "nsubj", "PRON", "it"), ("would", 12, "aux", "AUX", "would"),
        ("coordinate", 9, "ccomp", "VERB", "coordinate"), ("its", 14, "poss", "PRON", "its"),
        ("response", 12, "dobj", "NOUN", "response"), ("with", 14, "prep", "ADP", "with"),
        ("Bolivia", 15, "pobj", "PROPN", "Bolivia", "State"), (".", 9, "punct", "PUNCT", "."),
    ])
    doc[2].tag_ = "WDT"
    chl, per, bol = ids(gaz, "Chile", "Peru", "Bolivia")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert {o for s, r, o in got if r == "intendsToCooperate"} == {bol}


def test_a_name_the_ner_took_for_an_organisation_before_a_weapon_noun_is_a_weapon(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile agreed to supply Caesar howitzers."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("agreed", 1, "ROOT", "VERB", "agree"),
        ("to", 3, "aux", "PART", "to"), ("supply", 1, "xcomp", "VERB", "supply"),
        ("Caesar", 5, "nmod", "PROPN", "Caesar", "ORG"), ("howitzers", 3, "dobj", "NOUN", "howitzer"),
        (".", 1, "punct", "PUNCT", "."),
    ])
    result = extract(doc, document(doc), onto, gaz)
    assert {e.cls for e in result.entities if e.label == "Caesar"} == {"WeaponSystem"}
    assert not any(s.object.endswith("caesar") for s in result.statements)


def test_an_act_a_drill_simulates_is_rehearsed_not_done(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile staged drills simulating a blockade of Peru."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("staged", 1, "ROOT", "VERB", "stage"),
        ("drills", 1, "dobj", "NOUN", "drill"), ("simulating", 2, "acl", "VERB", "simulate"),
        ("a", 5, "det", "DET", "a"), ("blockade", 3, "dobj", "NOUN", "blockade"), ("of", 5, "prep", "ADP", "of"),
        ("Peru", 6, "pobj", "PROPN", "Peru", "State"), (".", 1, "punct", "PUNCT", "."),
    ])
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert "fights" not in {r for _, r, _ in got}


def test_a_name_at_a_crossing_is_a_place_whatever_the_ner_said(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile closed the crossing at Tacna."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("closed", 1, "ROOT", "VERB", "close"),
        ("the", 3, "det", "DET", "the"), ("crossing", 1, "dobj", "NOUN", "crossing"), ("at", 3, "prep", "ADP", "at"),
        ("Tacna", 4, "pobj", "PROPN", "Tacna", "ORG"), (".", 1, "punct", "PUNCT", "."),
    ])
    result = extract(doc, document(doc), onto, gaz)
    assert {e.cls for e in result.entities if e.label == "Tacna"} <= {"Location"}
    assert not any(s.object.endswith("tacna") for s in result.statements)


def test_a_leader_s_country_is_the_state_they_lead(build_doc, document, onto, gaz):
    doc = build_doc([  # "Peru backed Gabriel Boric's country."
        ("Peru", 1, "nsubj", "PROPN", "Peru", "State"), ("backed", 1, "ROOT", "VERB", "back"),
        ("Gabriel", 3, "compound", "PROPN", "Gabriel", "Person"), ("Boric", 5, "poss", "PROPN", "Boric", "+Person"),
        ("'s", 3, "case", "PART", "'s"), ("country", 1, "dobj", "NOUN", "country"), (".", 1, "punct", "PUNCT", "."),
    ])
    per, chl = ids(gaz, "Peru", "Chile")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert got == {(per, "supports", chl)}


def test_he_in_a_relative_clause_is_the_person_of_its_own_sentence(build_doc, document, onto, gaz):
    doc = build_doc(_sentences(
        [("Dina", 1, "compound", "PROPN", "Dina", "Person"), ("Boluarte", 2, "nsubj", "PROPN", "Boluarte", "+Person"),
         ("spoke", 2, "ROOT", "VERB", "speak"), (".", 2, "punct", "PUNCT", ".")],  # "Dina Boluarte spoke."
        [("It", 1, "nsubj", "PRON", "it"), ("followed", 1, "ROOT", "VERB", "follow"),  # "It followed a post by
         ("a", 3, "det", "DET", "a"), ("post", 1, "dobj", "NOUN", "post"), ("by", 3, "prep", "ADP", "by"),  # Gabriel
         ("Gabriel", 6, "compound", "PROPN", "Gabriel", "Person"), ("Boric", 4, "pobj", "PROPN", "Boric", "+Person"),
         ("in", 10, "prep", "ADP", "in"), ("which", 7, "pobj", "PRON", "which"),  # Boric in which he accused Peru."
         ("he", 10, "nsubj", "PRON", "he"), ("accused", 3, "relcl", "VERB", "accuse"),
         ("Peru", 10, "dobj", "PROPN", "Peru", "State"), (".", 1, "punct", "PUNCT", ".")],
    ))
    doc[8].tag_ = "WDT"
    (per,) = ids(gaz, "Peru")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert ("gabriel-boric", "opposes", per) in got


def test_a_relative_clause_on_a_summing_up_noun_answers_the_act_it_sums_up(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile attacked Peru, a move that Bolivia condemned."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("attacked", 1, "ROOT", "VERB", "attack"),
        ("Peru", 1, "dobj", "PROPN", "Peru", "State"), (",", 2, "punct", "PUNCT", ","), ("a", 5, "det", "DET", "a"),
        ("move", 2, "appos", "NOUN", "move"), ("that", 8, "dobj", "PRON", "that"),
        ("Bolivia", 8, "nsubj", "PROPN", "Bolivia", "State"), ("condemned", 5, "relcl", "VERB", "condemn"),
        (".", 1, "punct", "PUNCT", "."),
    ])
    doc[6].tag_ = "WDT"
    chl, per, bol = ids(gaz, "Chile", "Peru", "Bolivia")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert (bol, "opposes", chl) in got and (bol, "opposes", per) not in got


def test_his_counterpart_of_a_named_state_is_that_state_s(build_doc, document, onto, gaz):
    doc = build_doc([  # "Luis Arce met his Chilean counterpart, Gabriel Boric."
        ("Luis", 1, "compound", "PROPN", "Luis", "Person"), ("Arce", 2, "nsubj", "PROPN", "Arce", "+Person"),
        ("met", 2, "ROOT", "VERB", "meet"), ("his", 5, "poss", "PRON", "his"),
        ("Chilean", 5, "amod", "ADJ", "chilean", "State"), ("counterpart", 2, "dobj", "NOUN", "counterpart"),
        (",", 5, "punct", "PUNCT", ","), ("Gabriel", 8, "compound", "PROPN", "Gabriel", "Person"),
        ("Boric", 5, "appos", "PROPN", "Boric", "+Person"), (".", 2, "punct", "PUNCT", "."),
    ])
    chl, bol = ids(gaz, "Chile", "Bolivia")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert ("gabriel-boric", "leaderOf", chl) in got
    assert not any(s == "gabriel-boric" and o == bol for s, _, o in got)


def test_a_group_allied_to_another_is_its_ally_and_its_own_name_speaks(build_doc, document, onto, gaz):
    doc = build_doc([  # "Hamas, which is allied with Iran, said its fighters attacked Israel."
        ("Hamas", 7, "nsubj", "PROPN", "Hamas", "ArmedGroup"), (",", 0, "punct", "PUNCT", ","),
        ("which", 4, "nsubjpass", "PRON", "which"), ("is", 4, "auxpass", "AUX", "be"),
        ("allied", 0, "relcl", "VERB", "ally"), ("with", 4, "prep", "ADP", "with"),
        ("Iran", 5, "pobj", "PROPN", "Iran", "State"), ("said", 7, "ROOT", "VERB", "say"),
        ("its", 9, "poss", "PRON", "its"), ("fighters", 10, "nsubj", "NOUN", "fighter"),
        ("attacked", 7, "ccomp", "VERB", "attack"), ("Israel", 10, "dobj", "PROPN", "Israel", "State"),
        (".", 7, "punct", "PUNCT", "."),
    ])
    doc[2].tag_, doc[4].tag_ = "WDT", "VBN"
    hamas, irn, isr = ids(gaz, "Hamas", "Iran", "Israel")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert (hamas, "allyOf", irn) in got or (irn, "allyOf", hamas) in got
    assert (hamas, "assaults", isr) in got and (irn, "assaults", isr) not in got


def test_a_named_weapon_strikes_for_its_only_operator_named_before(build_doc, document, onto, gaz):
    doc = build_doc(_sentences(
        [("Turkey", 1, "nsubj", "PROPN", "Turkey", "State"), ("spoke", 1, "ROOT", "VERB", "speak"),  # "Turkey spoke."
         (".", 1, "punct", "PUNCT", ".")],
        [("Bayraktar", 1, "compound", "PROPN", "Bayraktar", "WeaponSystem"),  # "Bayraktar drones struck Syria."
         ("drones", 2, "nsubj", "NOUN", "drone", "+WeaponSystem"), ("struck", 2, "ROOT", "VERB", "strike"),
         ("Syria", 2, "dobj", "PROPN", "Syria", "State"), (".", 2, "punct", "PUNCT", ".")],
    ))
    tur, syr = ids(gaz, "Turkey", "Syria")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert (tur, "assaults", syr) in got


def test_an_intended_deployment_of_a_weapon_threatens_no_weapon(build_doc, document, onto, gaz):
    doc = build_doc([  # "Russia will deploy Iskander missiles."
        ("Russia", 2, "nsubj", "PROPN", "Russia", "State"), ("will", 2, "aux", "AUX", "will"),
        ("deploy", 2, "ROOT", "VERB", "deploy"), ("Iskander", 4, "compound", "PROPN", "Iskander", "WeaponSystem"),
        ("missiles", 2, "dobj", "NOUN", "missile", "+WeaponSystem"), (".", 2, "punct", "PUNCT", "."),
    ])
    (rus,) = ids(gaz, "Russia")
    got = claims(extract(doc, document(doc), onto, gaz), onto)
    assert got == {(rus, "mobilizes", "iskander", "intended")}


def test_ordering_weapons_from_a_state_is_trade_with_it(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile ordered drones from Peru."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("ordered", 1, "ROOT", "VERB", "order"),
        ("drones", 1, "dobj", "NOUN", "drone"), ("from", 1, "prep", "ADP", "from"),
        ("Peru", 3, "pobj", "PROPN", "Peru", "State"), (".", 1, "punct", "PUNCT", "."),
    ])
    chl, per = ids(gaz, "Chile", "Peru")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert got in ({(chl, "cooperatesWith", per)}, {(per, "cooperatesWith", chl)})


def test_raising_an_act_with_someone_talks_of_it_and_does_not_do_it(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile raised the closure with Peru."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("raised", 1, "ROOT", "VERB", "raise"),
        ("the", 3, "det", "DET", "the"), ("closure", 1, "dobj", "NOUN", "closure"), ("with", 1, "prep", "ADP", "with"),
        ("Peru", 4, "pobj", "PROPN", "Peru", "State"), (".", 1, "punct", "PUNCT", "."),
    ])
    chl, per = ids(gaz, "Chile", "Peru")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert (chl, "reducesRelations", per) not in got


def test_what_is_discussed_with_someone_is_a_topic_and_they_are_talked_to(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile discussed Bolivia with Peru."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("discussed", 1, "ROOT", "VERB", "discuss"),
        ("Bolivia", 1, "dobj", "PROPN", "Bolivia", "State"), ("with", 1, "prep", "ADP", "with"),
        ("Peru", 3, "pobj", "PROPN", "Peru", "State"), (".", 1, "punct", "PUNCT", "."),
    ])
    chl, per = ids(gaz, "Chile", "Peru")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert got in ({(chl, "consults", per)}, {(per, "consults", chl)})


@pytest.mark.parametrize("captives", [
    [("Peruvian", 4, "amod", "ADJ", "peruvian", "State"), ("prisoners", 1, "dobj", "NOUN", "prisoner")],
    [("detained", 4, "amod", "VERB", "detain"), ("Peruvians", 1, "dobj", "PROPN", "Peruvians", "NORP")],
], ids=["nationality adjective", "plural demonym"])
def test_people_released_are_returned_to_their_state(captives, build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile freed two Peruvian prisoners." / "Chile freed two detained Peruvians."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("freed", 1, "ROOT", "VERB", "free"),
        ("two", 4, "nummod", "NUM", "two"), *captives, (".", 1, "punct", "PUNCT", "."),
    ])
    doc[4].tag_ = "NNS" if doc[4].text == "prisoners" else "NNPS"
    chl, per = ids(gaz, "Chile", "Peru")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert got == {(chl, "yieldsTo", per)}


def test_the_launches_named_again_are_the_launcher_s(build_doc, document, onto, gaz):
    doc = build_doc(_sentences(
        [("Peru", 1, "nsubj", "PROPN", "Peru", "State"), ("fired", 1, "ROOT", "VERB", "fire"),  # "Peru fired
         ("missiles", 1, "dobj", "NOUN", "missile"), (".", 1, "punct", "PUNCT", ".")],  # missiles."
        [("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("condemned", 1, "ROOT", "VERB", "condemn"),  # "Chile
         ("the", 3, "det", "DET", "the"), ("launches", 1, "dobj", "NOUN", "launch"),  # condemned the launches."
         (".", 1, "punct", "PUNCT", ".")],
    ))
    chl, per = ids(gaz, "Chile", "Peru")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert (chl, "opposes", per) in got


def test_leading_an_act_is_leading_no_body(build_doc, document, onto, gaz):
    doc = build_doc(_sentences(
        [("Peru", 1, "nsubj", "PROPN", "Peru", "State"), ("attacked", 1, "ROOT", "VERB", "attack"),  # "Peru attacked
         ("Bolivia", 1, "dobj", "PROPN", "Bolivia", "State"), (".", 1, "punct", "PUNCT", ".")],  # Bolivia."
        [("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("led", 1, "ROOT", "VERB", "lead"),  # "Chile led the
         ("the", 3, "det", "DET", "the"), ("offensive", 1, "dobj", "NOUN", "offensive"),  # offensive."
         (".", 1, "punct", "PUNCT", ".")],
    ))
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert "leaderOf" not in {r for _, r, _ in got}


def test_expelling_a_state_s_people_reduces_relations_with_the_state(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile expelled Peruvian special forces."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("expelled", 1, "ROOT", "VERB", "expel"),
        ("Peruvian", 4, "amod", "ADJ", "peruvian", "State"), ("special", 4, "amod", "ADJ", "special"),
        ("forces", 1, "dobj", "NOUN", "force"), (".", 1, "punct", "PUNCT", "."),
    ])
    doc[4].tag_ = "NNS"
    chl, per = ids(gaz, "Chile", "Peru")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert got == {(chl, "reducesRelations", per)}


def test_it_after_a_reporter_with_companions_stands_for_them_all(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile, together with Peru, said it would attack Bolivia."
        ("Chile", 5, "nsubj", "PROPN", "Chile", "State"), (",", 0, "punct", "PUNCT", ","),
        ("together", 3, "advmod", "ADV", "together"), ("with", 0, "prep", "ADP", "with"),
        ("Peru", 3, "pobj", "PROPN", "Peru", "State"), ("said", 5, "ROOT", "VERB", "say"),
        ("it", 8, "nsubj", "PRON", "it"), ("would", 8, "aux", "AUX", "would"), ("attack", 5, "ccomp", "VERB", "attack"),
        ("Bolivia", 8, "dobj", "PROPN", "Bolivia", "State"), (".", 5, "punct", "PUNCT", "."),
    ])
    chl, per, bol = ids(gaz, "Chile", "Peru", "Bolivia")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert {s for s, _, o in got if o == bol} == {chl, per}


@pytest.mark.parametrize("title,home", [
    ([("Trade", 3, "compound", "PROPN", "Trade"), ("Minister", 3, "compound", "PROPN", "Minister")], None),
    ([("Chilean", 3, "amod", "ADJ", "chilean", "State"), ("Minister", 3, "compound", "PROPN", "Minister")], "Chile"),
    ([("Loreto", 3, "compound", "PROPN", "Loreto", "GPE"), ("Minister", 3, "compound", "PROPN", "Minister")], None),
], ids=["no state named: none, not the dateline's", "a state named: that one", "a region named: no state's"])
def test_a_minister_of_no_named_state_is_none_of_the_dateline_s(title, home, build_doc, document, onto, gaz):
    doc = build_doc([  # "LIMA — Trade Minister Ana Soto met Bolivia." / "LIMA — Chilean Minister Ana Soto met Bolivia."
        # / "LIMA — Loreto Minister Ana Soto met Bolivia." (a region's minister, whom the gazetteer does not know)
        ("LIMA", 6, "npadvmod", "PROPN", "Lima"), ("—", 6, "punct", "PUNCT", "—"), *title,
        ("Ana", 5, "compound", "PROPN", "Ana", "Person"), ("Soto", 6, "nsubj", "PROPN", "Soto", "+Person"),
        ("met", 6, "ROOT", "VERB", "meet"), ("Bolivia", 6, "dobj", "PROPN", "Bolivia", "State"),
        (".", 6, "punct", "PUNCT", "."),
    ])
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert {o for _, r, o in got if r == "memberOf"} == set(ids(gaz, home) if home else ())


@pytest.mark.parametrize("tail,tags", [
    ([("closed", 2, "oprd", "VERB", "close")], ["VBN"]),  # "... kept its border with Peru closed."
    ([], []),  # "... kept its border with Peru."
], ids=["kept closed", "kept"])
def test_keeping_a_border_closed_closes_it(tail, tags, build_doc, document, onto, gaz):
    doc = build_doc([
        ("Chile", 2, "nsubj", "PROPN", "Chile", "State"), ("will", 2, "aux", "AUX", "will"),
        ("keep", 2, "ROOT", "VERB", "keep"), ("its", 4, "poss", "PRON", "its"), ("border", 2, "dobj", "NOUN", "border"),
        ("with", 4, "prep", "ADP", "with"), ("Peru", 5, "pobj", "PROPN", "Peru", "State"), *tail,
        (".", 2, "punct", "PUNCT", "."),
    ])
    for tok, tag in zip(doc[7:], tags):
        tok.tag_ = tag
    chl, per = ids(gaz, "Chile", "Peru")
    got = claims(extract(doc, document(doc), onto, gaz), onto)
    assert got == ({(chl, "reducesRelations", per, "asserted")} if tail else set())  # the closure holds already


def test_shutting_a_crossing_point_closes_the_crossing(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile shut its last crossing point with Peru."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("shut", 1, "ROOT", "VERB", "shut"),
        ("its", 5, "poss", "PRON", "its"), ("last", 5, "amod", "ADJ", "last"),
        ("crossing", 5, "compound", "NOUN", "crossing"), ("point", 1, "dobj", "NOUN", "point"),
        ("with", 1, "prep", "ADP", "with"), ("Peru", 6, "pobj", "PROPN", "Peru", "State"), (".", 1, "punct", "PUNCT", "."),
    ])
    chl, per = ids(gaz, "Chile", "Peru")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert got == {(chl, "reducesRelations", per)}


def _named(result):
    """(subject as written, relation, object label) of each statement."""
    labels = {e.id: e.label for e in result.entities}
    return {(result.document.text[slice(*s.subject_span)], s.relation, labels[s.object]) for s in result.statements}


@pytest.mark.parametrize("led,relation", [
    ("delegation", "memberOf"),  # "A Chilean delegation led by Ana Soto arrived."
    ("government", "leaderOf"),  # "A Chilean government led by Ana Soto arrived."
])
def test_leading_a_state_s_delegation_makes_one_of_its_members(led, relation, build_doc, document, onto, gaz):
    doc = build_doc([
        ("A", 2, "det", "DET", "a"), ("Chilean", 2, "amod", "ADJ", "chilean", "State"),
        (led, 7, "nsubj", "NOUN", led), ("led", 2, "acl", "VERB", "lead"), ("by", 3, "agent", "ADP", "by"),
        ("Ana", 6, "compound", "PROPN", "Ana", "Person"), ("Soto", 4, "pobj", "PROPN", "Soto", "+Person"),
        ("arrived", 7, "ROOT", "VERB", "arrive"), (".", 7, "punct", "PUNCT", "."),
    ])
    doc[3].tag_ = "VBN"
    got = {r for s, r, o in _named(extract(doc, document(doc), onto, gaz)) if s == "Ana Soto" and o == "Chile"}
    assert got == {relation}


def test_a_part_of_a_place_one_stays_at_is_no_membership(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chilean troops stayed at a part of Peru."
        ("Chilean", 1, "amod", "ADJ", "chilean", "State"), ("troops", 2, "nsubj", "NOUN", "troop"),
        ("stayed", 2, "ROOT", "VERB", "stay"), ("at", 2, "prep", "ADP", "at"), ("a", 5, "det", "DET", "a"),
        ("part", 3, "pobj", "NOUN", "part"), ("of", 5, "prep", "ADP", "of"), ("Peru", 6, "pobj", "PROPN", "Peru", "State"),
        (".", 2, "punct", "PUNCT", "."),
    ])
    assert not any(r == "memberOf" for _, r, _ in _named(extract(doc, document(doc), onto, gaz)))


def test_people_from_a_body_after_a_conjunct_are_the_conjunct_s(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile met a NATO delegation and officials from the UN."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("met", 1, "ROOT", "VERB", "meet"), ("a", 4, "det", "DET", "a"),
        ("NATO", 4, "compound", "PROPN", "NATO", "IGO"), ("delegation", 1, "dobj", "NOUN", "delegation"),
        ("and", 4, "cc", "CCONJ", "and"), ("officials", 4, "conj", "NOUN", "official"), ("from", 4, "prep", "ADP", "from"),
        ("the", 9, "det", "DET", "the"), ("UN", 7, "pobj", "PROPN", "UN", "IGO"), (".", 1, "punct", "PUNCT", "."),
    ])
    assert not any(r == "memberOf" for _, r, _ in _named(extract(doc, document(doc), onto, gaz)))


def test_its_spokesman_after_a_state_s_army_is_the_army_s(build_doc, document, onto, gaz):
    doc = build_doc(_sentences(
        [("Chile", 2, "poss", "PROPN", "Chile", "State"), ("'s", 0, "case", "PART", "'s"),  # "Chile's army attacked
         ("army", 3, "nsubj", "NOUN", "army"), ("attacked", 3, "ROOT", "VERB", "attack"),  # Peru."
         ("Peru", 3, "dobj", "PROPN", "Peru", "State"), (".", 3, "punct", "PUNCT", ".")],
        [("Its", 1, "poss", "PRON", "its"), ("spokesman", 6, "nsubj", "NOUN", "spokesman"),  # "Its spokesman, Ana
         (",", 1, "punct", "PUNCT", ","), ("Ana", 4, "compound", "PROPN", "Ana", "Person"),  # Soto, spoke."
         ("Soto", 1, "appos", "PROPN", "Soto", "+Person"), (",", 1, "punct", "PUNCT", ","),
         ("spoke", 6, "ROOT", "VERB", "speak"), (".", 6, "punct", "PUNCT", ".")],
    ))
    got = {o for s, r, o in _named(extract(doc, document(doc), onto, gaz)) if s == "Ana Soto" and r == "memberOf"}
    assert "Chile's army" in got


def test_asking_a_state_s_troops_to_leave_expels_them(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile asked Peruvian troops to leave."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("asked", 1, "ROOT", "VERB", "ask"),
        ("Peruvian", 3, "amod", "ADJ", "peruvian", "State"), ("troops", 1, "dobj", "NOUN", "troop"),
        ("to", 5, "aux", "PART", "to"), ("leave", 1, "xcomp", "VERB", "leave"), (".", 1, "punct", "PUNCT", "."),
    ])
    doc[3].tag_ = "NNS"
    chl, per = ids(gaz, "Chile", "Peru")
    assert triples(extract(doc, document(doc), onto, gaz), onto) == {(chl, "reducesRelations", per)}


def test_the_head_of_a_body_among_others_leads_the_body(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chilean commanders, including the head of the Peruvian Navy, Ana Soto, spoke."
        ("Chilean", 1, "amod", "ADJ", "chilean", "State"), ("commanders", 14, "nsubj", "NOUN", "commander"),
        (",", 1, "punct", "PUNCT", ","), ("including", 1, "prep", "VERB", "include"), ("the", 5, "det", "DET", "the"),
        ("head", 3, "pobj", "NOUN", "head"), ("of", 5, "prep", "ADP", "of"), ("the", 9, "det", "DET", "the"),
        ("Peruvian", 9, "amod", "ADJ", "peruvian", "State"), ("Navy", 6, "pobj", "PROPN", "Navy"),
        (",", 9, "punct", "PUNCT", ","), ("Ana", 12, "compound", "PROPN", "Ana", "Person"),
        ("Soto", 9, "appos", "PROPN", "Soto", "+Person"), (",", 9, "punct", "PUNCT", ","),
        ("spoke", 14, "ROOT", "VERB", "speak"), (".", 14, "punct", "PUNCT", "."),
    ])
    got = {(r, o) for s, r, o in _named(extract(doc, document(doc), onto, gaz)) if s == "Ana Soto"}
    assert ("leaderOf", "Chile") not in got and ("leaderOf", "Peru") not in got


@pytest.mark.parametrize("former", [True, False])
def test_a_former_president_leads_no_state(former, build_doc, document, onto, gaz):
    doc = build_doc([  # "Former Peruvian president Ana Soto spoke." / "Peruvian president Ana Soto spoke."
        *([("Former", 4, "amod", "ADJ", "former")] if former else []),
        ("Peruvian", 4, "amod", "ADJ", "peruvian", "State"), ("president", 4, "compound", "NOUN", "president"),
        ("Ana", 4, "compound", "PROPN", "Ana", "Person"), ("Soto", 5, "nsubj", "PROPN", "Soto", "+Person"),
        ("spoke", 5, "ROOT", "VERB", "speak"), (".", 5, "punct", "PUNCT", "."),
    ] if former else [
        ("Peruvian", 3, "amod", "ADJ", "peruvian", "State"), ("president", 3, "compound", "NOUN", "president"),
        ("Ana", 3, "compound", "PROPN", "Ana", "Person"), ("Soto", 4, "nsubj", "PROPN", "Soto", "+Person"),
        ("spoke", 4, "ROOT", "VERB", "speak"), (".", 4, "punct", "PUNCT", "."),
    ])
    got = _named(extract(doc, document(doc), onto, gaz))
    assert (("Ana Soto", "leaderOf", "Peru") in got) is not former


def test_a_portfolio_the_ner_took_with_the_word_after_it_is_no_actor(build_doc, document, onto, gaz):
    doc = build_doc([  # "Secretary of State for Africa Ana Soto visited Chad." (the NER's ORG: "State for")
        ("Secretary", 7, "nsubj", "PROPN", "Secretary"), ("of", 0, "prep", "ADP", "of"),
        ("State", 1, "pobj", "PROPN", "State", "ORG"), ("for", 0, "prep", "ADP", "for", "+ORG"),
        ("Africa", 6, "compound", "PROPN", "Africa"), ("Ana", 6, "compound", "PROPN", "Ana", "Person"),
        ("Soto", 3, "pobj", "PROPN", "Soto", "+Person"), ("visited", 7, "ROOT", "VERB", "visit"),
        ("Chad", 7, "dobj", "PROPN", "Chad", "State"), (".", 7, "punct", "PUNCT", "."),
    ])
    assert portfolio(doc.ents[0], rules(onto).triggers["title"])


@pytest.mark.parametrize("rank,title,relation", [
    ("chief", "negotiator", "memberOf"),  # "Chilean chief negotiator Ana Soto spoke."
    ("deputy", "chief", "memberOf"),  # "Chilean deputy chief Ana Soto spoke."
    ("vice", "president", "memberOf"),
])
def test_a_rank_before_a_title_gives_the_lesser_office(rank, title, relation, build_doc, document, onto, gaz):
    doc = build_doc([
        ("Chilean", 4, "amod", "ADJ", "chilean", "State"), (rank, 2, "compound", "NOUN", rank),
        (title, 4, "compound", "NOUN", title), ("Ana", 4, "compound", "PROPN", "Ana", "Person"),
        ("Soto", 5, "nsubj", "PROPN", "Soto", "+Person"), ("spoke", 5, "ROOT", "VERB", "speak"),
        (".", 5, "punct", "PUNCT", "."),
    ])
    got = {r for s, r, o in _named(extract(doc, document(doc), onto, gaz)) if s == "Ana Soto" and o == "Chile"}
    assert got == {relation}


def test_a_prime_minister_and_foreign_minister_leads_the_state(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile's Prime Minister and Foreign Minister Ana Soto spoke."
        ("Chile", 3, "poss", "PROPN", "Chile", "State"), ("'s", 0, "case", "PART", "'s"),
        ("Prime", 3, "compound", "PROPN", "Prime"), ("Minister", 8, "compound", "PROPN", "Minister"),
        ("and", 3, "cc", "CCONJ", "and"), ("Foreign", 6, "compound", "PROPN", "Foreign"),
        ("Minister", 3, "conj", "PROPN", "Minister"), ("Ana", 8, "compound", "PROPN", "Ana", "Person"),
        ("Soto", 9, "nsubj", "PROPN", "Soto", "+Person"), ("spoke", 9, "ROOT", "VERB", "speak"),
        (".", 9, "punct", "PUNCT", "."),
    ])
    got = {(r, o) for s, r, o in _named(extract(doc, document(doc), onto, gaz)) if s == "Ana Soto"}
    assert ("leaderOf", "Chile") in got


@pytest.mark.parametrize("supplier,relation", [
    (("Gazprom", "Company"), "tradesWith"),  # "Gazprom supplied Peru."
    (("Chile", "State"), "providesAid"),  # "Chile supplied Peru."
])
def test_a_company_s_supplies_are_trade(supplier, relation, build_doc, document, onto, gaz):
    doc = build_doc([
        (supplier[0], 1, "nsubj", "PROPN", supplier[0], supplier[1]), ("supplied", 1, "ROOT", "VERB", "supply"),
        ("Peru", 1, "dobj", "PROPN", "Peru", "State"), (".", 1, "punct", "PUNCT", "."),
    ])
    result = extract(doc, document(doc), onto, gaz)
    assert {s.relation for s in result.statements} == {relation}


@pytest.mark.parametrize("obj,eased", [("restrictions", True), ("shipments", False)])
def test_easing_needs_a_restriction_to_ease(obj, eased, build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile eased Peru's restrictions." / "Chile eased Peru's shipments."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("eased", 1, "ROOT", "VERB", "ease"),
        ("Peru", 4, "poss", "PROPN", "Peru", "State"), ("'s", 2, "case", "PART", "'s"),
        (obj, 1, "dobj", "NOUN", obj[:-1]), (".", 1, "punct", "PUNCT", "."),
    ])
    result = extract(doc, document(doc), onto, gaz)
    assert ("easesSanctions" in {s.relation for s in result.statements}) is eased


def test_wanting_talks_with_a_state_is_one_s_own_intent(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile wants talks with Peru."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("wants", 1, "ROOT", "VERB", "want"),
        ("talks", 1, "dobj", "NOUN", "talk"), ("with", 2, "prep", "ADP", "with"), ("Peru", 3, "pobj", "PROPN", "Peru", "State"),
        (".", 1, "punct", "PUNCT", "."),
    ])
    chl, per = ids(gaz, "Chile", "Peru")
    got = claims(extract(doc, document(doc), onto, gaz), onto)
    assert got == {(chl, "intendsToCooperate", per, "asserted")}


def test_the_two_governments_are_the_two_states_their_sentence_names(build_doc, document, onto, gaz):
    doc = build_doc(_sentences(
        [("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("attacked", 1, "ROOT", "VERB", "attack"),  # "Chile attacked
         ("Bolivia", 1, "dobj", "PROPN", "Bolivia", "State"), (".", 1, "punct", "PUNCT", ".")],  # Bolivia. Chile
        [("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("threatened", 1, "ROOT", "VERB", "threaten"),  # threatened
         ("Bolivia", 1, "dobj", "PROPN", "Bolivia", "State"), (".", 1, "punct", "PUNCT", ".")],  # Bolivia."
        [("Peru", 1, "nsubj", "PROPN", "Peru", "State"), ("visited", 1, "ROOT", "VERB", "visit"),  # "Peru visited
         ("Ecuador", 1, "dobj", "PROPN", "Ecuador", "State"), (",", 1, "punct", "PUNCT", ","),  # Ecuador, where the
         ("where", 8, "advmod", "ADV", "where"), ("the", 7, "det", "DET", "the"), ("two", 7, "nummod", "NUM", "two"),
         ("governments", 8, "nsubj", "NOUN", "government"), ("signed", 2, "relcl", "VERB", "sign"),  # two
         ("agreements", 8, "dobj", "NOUN", "agreement"), (".", 1, "punct", "PUNCT", ".")],  # governments signed
        # agreements."
    ))
    for i, tag in ((14, "CD"), (15, "NNS"), (16, "VBD"), (17, "NNS")):
        doc[i].tag_ = tag
    per, ecu = ids(gaz, "Peru", "Ecuador")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert {frozenset((s, o)) for s, r, o in got if r == "supports"} == {frozenset((per, ecu))}  # the signing


@pytest.mark.parametrize("goods,relation", [("oil", "tradesWith"), ("goods", "providesAid")])
def test_supplying_a_commodity_is_trade(goods, relation, build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile supplied oil to Peru." / "Chile supplied goods to Peru."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("supplied", 1, "ROOT", "VERB", "supply"),
        (goods, 1, "dobj", "NOUN", goods.rstrip("s")), ("to", 1, "prep", "ADP", "to"),
        ("Peru", 3, "pobj", "PROPN", "Peru", "State"), (".", 1, "punct", "PUNCT", "."),
    ])
    assert {s.relation for s in extract(doc, document(doc), onto, gaz).statements} == {relation}


def test_leading_a_group_s_delegation_makes_one_of_its_members(build_doc, document, onto, gaz):
    doc = build_doc([  # "A Hamas delegation led by Ana Soto arrived."
        ("A", 2, "det", "DET", "a"), ("Hamas", 2, "compound", "PROPN", "Hamas", "ArmedGroup"),
        ("delegation", 7, "nsubj", "NOUN", "delegation"), ("led", 2, "acl", "VERB", "lead"), ("by", 3, "agent", "ADP", "by"),
        ("Ana", 6, "compound", "PROPN", "Ana", "Person"), ("Soto", 4, "pobj", "PROPN", "Soto", "+Person"),
        ("arrived", 7, "ROOT", "VERB", "arrive"), (".", 7, "punct", "PUNCT", "."),
    ])
    doc[3].tag_ = "VBN"
    got = {r for s, r, o in _named(extract(doc, document(doc), onto, gaz)) if s == "Ana Soto" and o == "Hamas"}
    assert got == {"memberOf"}


def test_the_bloc_accused_of_doing_something_is_the_bloc_named_before(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile quit NATO, accusing the regional bloc of serving Peru."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("quit", 1, "ROOT", "VERB", "quit"),
        ("NATO", 1, "dobj", "PROPN", "NATO", "IGO"), (",", 1, "punct", "PUNCT", ","),
        ("accusing", 1, "advcl", "VERB", "accuse"), ("the", 7, "det", "DET", "the"),
        ("regional", 7, "amod", "ADJ", "regional"), ("bloc", 4, "dobj", "NOUN", "bloc"), ("of", 7, "prep", "ADP", "of"),
        ("serving", 8, "pcomp", "VERB", "serve"), ("Peru", 9, "dobj", "PROPN", "Peru", "State"),
        (".", 1, "punct", "PUNCT", "."),
    ])
    chl, nato = ids(gaz, "Chile", "NATO")
    got = claims(extract(doc, document(doc), onto, gaz), onto)
    assert (chl, "opposes", nato, "asserted") in got


def test_breaking_a_truce_with_strikes_eases_nothing(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile broke the truce with strikes on Mogok."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("broke", 1, "ROOT", "VERB", "break"),
        ("the", 3, "det", "DET", "the"), ("truce", 1, "dobj", "NOUN", "truce"), ("with", 1, "prep", "ADP", "with"),
        ("strikes", 4, "pobj", "NOUN", "strike"), ("on", 5, "prep", "ADP", "on"),
        ("Mogok", 6, "pobj", "PROPN", "Mogok", "Location"), (".", 1, "punct", "PUNCT", "."),
    ])
    doc[5].tag_ = "NNS"
    got = {onto.root(s.relation).name for s in extract(doc, document(doc), onto, gaz).statements}
    assert got == {"assaults"}  # the strikes are the means of breaking the truce, not what was broken


def test_a_spokesman_for_a_group_speaks_as_the_group(build_doc, document, onto, gaz):
    doc = build_doc([  # "A spokesman for Hamas accused Israel."
        ("A", 1, "det", "DET", "a"), ("spokesman", 4, "nsubj", "NOUN", "spokesman"), ("for", 1, "prep", "ADP", "for"),
        ("Hamas", 2, "pobj", "PROPN", "Hamas", "ArmedGroup"), ("accused", 4, "ROOT", "VERB", "accuse"),
        ("Israel", 4, "dobj", "PROPN", "Israel", "State"), (".", 4, "punct", "PUNCT", "."),
    ])
    hamas, isr = ids(gaz, "Hamas", "Israel")
    assert triples(extract(doc, document(doc), onto, gaz), onto) == {(hamas, "opposes", isr)}


def test_a_government_spokesman_speaks_for_the_state_named_before(build_doc, document, onto, gaz):
    doc = build_doc(_sentences(
        [("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("refused", 1, "ROOT", "VERB", "refuse"),  # "Chile refused."
         (".", 1, "punct", "PUNCT", ".")],
        [("A", 2, "det", "DET", "a"), ("government", 2, "compound", "NOUN", "government"),  # "A government spokesman
         ("spokesman", 3, "nsubj", "NOUN", "spokesman"), ("accused", 3, "ROOT", "VERB", "accuse"),  # accused Peru."
         ("Peru", 3, "dobj", "PROPN", "Peru", "State"), (".", 3, "punct", "PUNCT", ".")],
    ))
    chl, per = ids(gaz, "Chile", "Peru")
    assert (chl, "opposes", per) in triples(extract(doc, document(doc), onto, gaz), onto)


def test_its_under_a_controlled_infinitive_is_the_subject_s_own(build_doc, document, onto, gaz):
    doc = build_doc(_sentences(
        [("South", 1, "compound", "PROPN", "South", "State"), ("Korea", 2, "nsubj", "PROPN", "Korea", "+State"),
         ("criticised", 2, "ROOT", "VERB", "criticise"), ("Japan", 2, "dobj", "PROPN", "Japan", "State"),
         (".", 2, "punct", "PUNCT", ".")],  # "South Korea criticised Japan."
        [("The", 1, "det", "DET", "the"), ("North", 2, "nsubj", "PROPN", "North", "Location"),  # "The North voted
         ("voted", 2, "ROOT", "VERB", "vote"), ("to", 4, "aux", "PART", "to"),  # to sanction its banks."
         ("sanction", 2, "xcomp", "VERB", "sanction"), ("its", 6, "poss", "PRON", "its"),
         ("banks", 4, "dobj", "NOUN", "bank"), (".", 2, "punct", "PUNCT", ".")],
    ))
    doc[10].tag_ = "PRP$"
    kor, jpn = ids(gaz, "South Korea", "Japan")
    assert triples(extract(doc, document(doc), onto, gaz), onto) == {(kor, "opposes", jpn)}  # no sanction on Japan


def test_the_two_countries_are_the_two_most_named_even_a_paragraph_back(build_doc, document, onto, gaz):
    filler = [("very", 2, "advmod", "ADV", "very")] * 130  # over 600 characters between the story's states and
    doc = build_doc(_sentences(  # the description
        [("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("attacked", 1, "ROOT", "VERB", "attack"),
         ("Peru", 1, "dobj", "PROPN", "Peru", "State"), (".", 1, "punct", "PUNCT", ".")],  # "Chile attacked Peru."
        [("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("threatened", 1, "ROOT", "VERB", "threaten"),
         ("Peru", 1, "dobj", "PROPN", "Peru", "State"), (".", 1, "punct", "PUNCT", ".")],  # "Chile threatened Peru."
        [("Bolivia", 1, "nsubj", "PROPN", "Bolivia", "State"), ("praised", 1, "ROOT", "VERB", "praise"),  # "Bolivia
         ("Ecuador", 1, "dobj", "PROPN", "Ecuador", "State"), *[(w, 1, *rest) for w, _, *rest in filler],  # praised
         (".", 1, "punct", "PUNCT", ".")],  # Ecuador very very ... ."
        [("The", 2, "det", "DET", "the"), ("two", 2, "nummod", "NUM", "two"),  # "The two countries met."
         ("countries", 3, "nsubj", "NOUN", "country"), ("met", 3, "ROOT", "VERB", "meet"), (".", 3, "punct", "PUNCT", ".")],
    ))
    doc[-3].tag_ = "NNS"
    chl, per = ids(gaz, "Chile", "Peru")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert {frozenset((s, o)) for s, r, o in got if r == "consults"} == {frozenset((chl, per))}


@pytest.mark.parametrize("word,named", [("Aggression", False), ("Forbin", True)])
def test_an_event_noun_opening_a_sentence_is_no_name(word, named, build_doc, document, onto, gaz):
    doc = build_doc([  # "Aggression against Peru will carry consequences." (the NER: a person; "Forbin" may be one)
        (word, 4, "nsubj", "NOUN", word.lower(), "PERSON"), ("against", 0, "prep", "ADP", "against"),
        ("Peru", 1, "pobj", "PROPN", "Peru", "State"), ("will", 4, "aux", "AUX", "will"),
        ("carry", 4, "ROOT", "VERB", "carry"), ("consequences", 4, "dobj", "NOUN", "consequence"),
        (".", 4, "punct", "PUNCT", "."),
    ])
    labels = {e.label for e in extract(doc, document(doc), onto, gaz).entities}
    assert (word in labels) is named


def test_expelling_a_state_s_diplomats_including_one_named_is_towards_the_state(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile expelled Peruvian diplomats, including Ana Soto."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("expelled", 1, "ROOT", "VERB", "expel"),
        ("Peruvian", 3, "amod", "ADJ", "peruvian", "State"), ("diplomats", 1, "dobj", "NOUN", "diplomat"),
        (",", 3, "punct", "PUNCT", ","), ("including", 3, "prep", "VERB", "include"),
        ("Ana", 7, "compound", "PROPN", "Ana", "Person"), ("Soto", 5, "pobj", "PROPN", "Soto", "+Person"),
        (".", 1, "punct", "PUNCT", "."),
    ])
    doc[3].tag_ = "NNS"
    chl, per = ids(gaz, "Chile", "Peru")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert {o for s, r, o in got if r == "reducesRelations"} == {per}


def test_groups_of_a_kind_of_goods_are_no_body(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile restricted sales of product groups to Peru."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("restricted", 1, "ROOT", "VERB", "restrict"),
        ("sales", 1, "dobj", "NOUN", "sale"), ("of", 2, "prep", "ADP", "of"), ("product", 5, "compound", "NOUN", "product"),
        ("groups", 3, "pobj", "NOUN", "group"), ("to", 2, "prep", "ADP", "to"), ("Peru", 6, "pobj", "PROPN", "Peru", "State"),
        (".", 1, "punct", "PUNCT", "."),
    ])
    doc[2].tag_ = doc[5].tag_ = "NNS"
    chl, per = ids(gaz, "Chile", "Peru")
    assert {o for _, _, o in triples(extract(doc, document(doc), onto, gaz), onto)} == {per}


def test_a_parliament_speaker_is_one_of_the_state_s(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile's parliament speaker Ana Soto spoke."
        ("Chile", 3, "poss", "PROPN", "Chile", "State"), ("'s", 0, "case", "PART", "'s"),
        ("parliament", 3, "compound", "NOUN", "parliament"), ("speaker", 5, "compound", "NOUN", "speaker"),
        ("Ana", 5, "compound", "PROPN", "Ana", "Person"), ("Soto", 6, "nsubj", "PROPN", "Soto", "+Person"),
        ("spoke", 6, "ROOT", "VERB", "speak"), (".", 6, "punct", "PUNCT", "."),
    ])
    got = _named(extract(doc, document(doc), onto, gaz))
    assert ("Ana Soto", "memberOf", "Chile") in got


def test_the_junta_s_spokesman_is_one_of_the_state_it_rules(build_doc, document, onto, gaz):
    doc = build_doc(_sentences(
        [("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("voted", 1, "ROOT", "VERB", "vote"),  # "Chile voted."
         (".", 1, "punct", "PUNCT", ".")],
        [("The", 1, "det", "DET", "the"), ("junta", 3, "poss", "NOUN", "junta"), ("'s", 1, "case", "PART", "'s"),
         ("spokesman", 9, "nsubj", "NOUN", "spokesman"), (",", 3, "punct", "PUNCT", ","),  # "The junta's spokesman,
         ("Colonel", 7, "compound", "PROPN", "Colonel"), ("Ana", 7, "compound", "PROPN", "Ana", "Person"),  # Colonel
         ("Soto", 3, "appos", "PROPN", "Soto", "+Person"), (",", 3, "punct", "PUNCT", ","),  # Ana Soto, spoke."
         ("spoke", 9, "ROOT", "VERB", "speak"), (".", 9, "punct", "PUNCT", ".")],
    ))
    assert ("Ana Soto", "memberOf", "Chile") in _named(extract(doc, document(doc), onto, gaz))


def test_a_short_form_the_text_defines_after_a_name_is_that_name_not_the_gazetteers(build_doc, document, onto, gaz):
    doc = build_doc([  # "The Central Pacific Council (CPC) criticized Peru. The CPC criticized Chile."
        ("The", 3, "det", "DET", "the"), ("Central", 3, "compound", "PROPN", "Central", "ORG"),
        ("Pacific", 3, "compound", "PROPN", "Pacific", "+ORG"), ("Council", 7, "nsubj", "PROPN", "Council", "+ORG"),
        ("(", 3, "punct", "PUNCT", "("), ("CPC", 3, "appos", "PROPN", "CPC"), (")", 3, "punct", "PUNCT", ")"),
        ("criticized", 7, "ROOT", "VERB", "criticize"), ("Peru", 7, "dobj", "PROPN", "Peru", "State"),
        (".", 7, "punct", "PUNCT", "."),
        ("The", 11, "det", "DET", "the"), ("CPC", 12, "nsubj", "PROPN", "CPC", "ORG"),
        ("criticized", 12, "ROOT", "VERB", "criticize"), ("Chile", 12, "dobj", "PROPN", "Chile", "State"),
        (".", 12, "punct", "PUNCT", "."),
    ])
    per, chl, cpc = ids(gaz, "Peru", "Chile", "CPC")
    result = extract(doc, document(doc), onto, gaz)
    got = triples(result, onto)
    assert {("Organization/central-pacific-council", "opposes", per),
            ("Organization/central-pacific-council", "opposes", chl)} <= got
    assert cpc not in {e.id for e in result.entities}


@pytest.mark.parametrize("name, short, defined", [
    ("Inter-Services Public Relations", "ISPR", True),  # hyphenated words give one initial each
    ("Yacimientos de Litio Bolivianos", "YLB", True),  # function words may be passed over
    ("Department of Defense", "DoD", True),  # only the capitals count
    ("Caspian Pipeline Consortium", "CPC", True),
    ("Caspian Pipeline Consortium", "CP", False),  # a content word left over
    ("Democratic Forces for the Liberation of Rwanda", "FDLR", True),  # another language's order, the same initials
    ("Democratic Forces for the Liberation of Rwanda", "FDLC", False),  # other initials
    ("Moscow", "M", False),  # one letter is no short form
])
def test_short_form_definitions(name, short, defined):
    from kg.extract.entities import definitions
    from kg.model import Mention
    text = f"{name} ({short}) said so."
    m = Mention("t", 0, len(name), name, "Organization", None, "ner")
    assert (definitions(text, [m]) == {short: m}) is defined


def test_admitting_someone_to_a_place_makes_no_member_and_admitting_a_member_makes_no_statement(
        build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile admitted Juan Mora to a hospital. NATO admitted Peru."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("admitted", 1, "ROOT", "VERB", "admit"),
        ("Juan", 3, "compound", "PROPN", "Juan", "PERSON"), ("Mora", 1, "dobj", "PROPN", "Mora", "+PERSON"),
        ("to", 1, "prep", "ADP", "to"), ("a", 6, "det", "DET", "a"), ("hospital", 4, "pobj", "NOUN", "hospital"),
        (".", 1, "punct", "PUNCT", "."),
        ("NATO", 9, "nsubj", "PROPN", "NATO", "IGO"), ("admitted", 9, "ROOT", "VERB", "admit"),
        ("Peru", 9, "dobj", "PROPN", "Peru", "State"), (".", 9, "punct", "PUNCT", "."),
    ])
    chl, per, nato = ids(gaz, "Chile", "Peru", "NATO")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert ("Person/juan-mora", "memberOf", chl) not in got
    assert (per, "memberOf", nato) in got and not any(s == nato and o == per for s, _, o in got)


def test_an_order_to_ones_own_forces_demands_nothing_of_anyone(build_doc, document, onto, gaz):
    doc = build_doc([  # "Juan Mora ordered the army to withdraw." / "Chile ordered Peru's army to withdraw."
        ("Juan", 1, "compound", "PROPN", "Juan", "PERSON"), ("Mora", 2, "nsubj", "PROPN", "Mora", "+PERSON"),
        ("ordered", 2, "ROOT", "VERB", "order"), ("the", 4, "det", "DET", "the"), ("army", 2, "dobj", "NOUN", "army"),
        ("to", 6, "aux", "PART", "to"), ("withdraw", 2, "xcomp", "VERB", "withdraw"), (".", 2, "punct", "PUNCT", "."),
        ("Chile", 9, "nsubj", "PROPN", "Chile", "State"), ("ordered", 9, "ROOT", "VERB", "order"),
        ("Peru", 12, "poss", "PROPN", "Peru", "State"), ("'s", 10, "case", "PART", "'s"), ("army", 9, "dobj", "NOUN", "army"),
        ("to", 14, "aux", "PART", "to"), ("withdraw", 9, "xcomp", "VERB", "withdraw"), (".", 9, "punct", "PUNCT", "."),
    ])
    chl = ids(gaz, "Chile")[0]
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert not any(s == "Person/juan-mora" for s, _, _ in got)
    assert any(s == chl and r == "demands" for s, r, _ in got)


def test_pressing_fellow_members_of_a_group_makes_one_of_them(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile pressed fellow NATO members to act." / "Peru urged fellow states in France."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("pressed", 1, "ROOT", "VERB", "press"),
        ("fellow", 4, "amod", "ADJ", "fellow"), ("NATO", 4, "compound", "PROPN", "NATO", "IGO"),
        ("members", 1, "dobj", "NOUN", "member"), ("to", 6, "aux", "PART", "to"), ("act", 1, "xcomp", "VERB", "act"),
        (".", 1, "punct", "PUNCT", "."),
        ("Peru", 9, "nsubj", "PROPN", "Peru", "State"), ("urged", 9, "ROOT", "VERB", "urge"),
        ("fellow", 11, "amod", "ADJ", "fellow"), ("states", 9, "dobj", "NOUN", "state"), ("in", 11, "prep", "ADP", "in"),
        ("France", 12, "pobj", "PROPN", "France", "State"), (".", 9, "punct", "PUNCT", "."),
    ])
    doc[4].tag_, doc[11].tag_ = "NNS", "NNS"
    chl, per, nato, fra = ids(gaz, "Chile", "Peru", "NATO", "France")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert (chl, "memberOf", nato) in got and (per, "memberOf", fra) not in got


def test_the_head_of_a_field_at_an_organisation_is_one_of_it_not_its_leader(build_doc, document, onto, gaz):
    doc = build_doc([  # "Juan Mora, head of energy research at the Andes Institute, spoke."
        ("Juan", 1, "compound", "PROPN", "Juan", "PERSON"), ("Mora", 13, "nsubj", "PROPN", "Mora", "+PERSON"),
        (",", 1, "punct", "PUNCT", ","), ("head", 1, "appos", "NOUN", "head"), ("of", 3, "prep", "ADP", "of"),
        ("energy", 6, "compound", "NOUN", "energy"), ("research", 4, "pobj", "NOUN", "research"),
        ("at", 3, "prep", "ADP", "at"), ("the", 10, "det", "DET", "the"), ("Andes", 10, "compound", "PROPN", "Andes", "ORG"),
        ("Institute", 7, "pobj", "PROPN", "Institute", "+ORG"), (",", 1, "punct", "PUNCT", ","),
        ("has", 13, "aux", "AUX", "have"), ("spoken", 13, "ROOT", "VERB", "speak"), (".", 13, "punct", "PUNCT", "."),
    ])
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert ("Person/juan-mora", "memberOf", "Organization/andes-institute") in got
    assert ("Person/juan-mora", "leaderOf", "Organization/andes-institute") not in got


def test_the_object_of_a_second_verb_is_the_object_of_the_first(build_doc, document, onto, gaz):
    doc = build_doc(_sentences([  # "Peru struck Bolivia."
        ("Peru", 1, "nsubj", "PROPN", "Peru", "State"), ("struck", 1, "ROOT", "VERB", "strike"),
        ("Bolivia", 1, "dobj", "PROPN", "Bolivia", "State"), (".", 1, "punct", "PUNCT", "."),
    ], [  # "Chile condemned the attack and called it a crime."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("condemned", 1, "ROOT", "VERB", "condemn"),
        ("the", 3, "det", "DET", "the"), ("attack", 1, "dobj", "NOUN", "attack"), ("and", 1, "cc", "CCONJ", "and"),
        ("called", 1, "conj", "VERB", "call"), ("it", 5, "dobj", "PRON", "it"), ("a", 8, "det", "DET", "a"),
        ("crime", 5, "oprd", "NOUN", "crime"), (".", 1, "punct", "PUNCT", "."),
    ]))
    chl, per, bol = ids(gaz, "Chile", "Peru", "Bolivia")
    result = extract(doc, document(doc), onto, gaz)
    assert {(s.object, s.extractor) for s in result.statements if s.subject == chl} == {(per, "verb"), (per, "label")}


def test_they_after_the_officials_of_several_states_is_each_of_them(build_doc, document, onto, gaz):
    doc = build_doc([  # "The ministers of Chile and Peru said they condemned Bolivia."
        ("The", 1, "det", "DET", "the"), ("ministers", 6, "nsubj", "NOUN", "minister"), ("of", 1, "prep", "ADP", "of"),
        ("Chile", 2, "pobj", "PROPN", "Chile", "State"), ("and", 3, "cc", "CCONJ", "and"),
        ("Peru", 3, "conj", "PROPN", "Peru", "State"), ("said", 6, "ROOT", "VERB", "say"),
        ("they", 8, "nsubj", "PRON", "they"), ("condemned", 6, "ccomp", "VERB", "condemn"),
        ("Bolivia", 8, "dobj", "PROPN", "Bolivia", "State"), (".", 6, "punct", "PUNCT", "."),
    ])
    doc[1].tag_ = "NNS"
    chl, per, bol = ids(gaz, "Chile", "Peru", "Bolivia")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert {(chl, "opposes", bol), (per, "opposes", bol)} <= got


def test_condemnation_drawn_after_an_inserted_said_is_drawn_by_the_reported_act(build_doc, document, onto, gaz):
    doc = build_doc([  # "Peru struck Bolivia, Chile said, drawing condemnation from Ecuador."
        ("Peru", 1, "nsubj", "PROPN", "Peru", "State"), ("struck", 1, "ROOT", "VERB", "strike"),
        ("Bolivia", 1, "dobj", "PROPN", "Bolivia", "State"), (",", 5, "punct", "PUNCT", ","),
        ("Chile", 5, "nsubj", "PROPN", "Chile", "State"), ("said", 1, "parataxis", "VERB", "say"),
        (",", 5, "punct", "PUNCT", ","), ("drawing", 5, "advcl", "VERB", "draw"),
        ("condemnation", 7, "dobj", "NOUN", "condemnation"), ("from", 8, "prep", "ADP", "from"),
        ("Ecuador", 9, "pobj", "PROPN", "Ecuador", "State"), (".", 1, "punct", "PUNCT", "."),
    ])
    doc[7].tag_ = "VBG"
    chl, per, ecu = ids(gaz, "Chile", "Peru", "Ecuador")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert (ecu, "opposes", per) in got and (ecu, "opposes", chl) not in got


def test_a_pronoun_subject_coordinated_with_the_same_pronoun_is_the_same_actor(build_doc, document, onto, gaz):
    doc = build_doc(_sentences([  # "Chile criticized Peru."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("criticized", 1, "ROOT", "VERB", "criticize"),
        ("Peru", 1, "dobj", "PROPN", "Peru", "State"), (".", 1, "punct", "PUNCT", "."),
    ], [  # "It said Bolivia would act, and it urged Ecuador to help."
        ("It", 1, "nsubj", "PRON", "it"), ("said", 1, "ROOT", "VERB", "say"), ("Bolivia", 4, "nsubj", "PROPN", "Bolivia", "State"),
        ("would", 4, "aux", "AUX", "would"), ("act", 1, "ccomp", "VERB", "act"), (",", 1, "punct", "PUNCT", ","),
        ("and", 1, "cc", "CCONJ", "and"), ("it", 8, "nsubj", "PRON", "it"), ("urged", 1, "conj", "VERB", "urge"),
        ("Ecuador", 8, "dobj", "PROPN", "Ecuador", "State"), ("to", 11, "aux", "PART", "to"),
        ("help", 8, "xcomp", "VERB", "help"), (".", 1, "punct", "PUNCT", "."),
    ]))
    chl, bol, ecu = ids(gaz, "Chile", "Bolivia", "Ecuador")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert (chl, "appealsTo", ecu) in got and (bol, "appealsTo", ecu) not in got


def test_counterparts_of_as_many_states_as_names_are_each_in_turn(build_doc, document, onto, gaz):
    doc = build_doc([  # "Juan Mora met his Chilean and Peruvian counterparts, Ana Ruiz and Luis Vega."
        ("Juan", 1, "compound", "PROPN", "Juan", "PERSON"), ("Mora", 2, "nsubj", "PROPN", "Mora", "+PERSON"),
        ("met", 2, "ROOT", "VERB", "meet"), ("his", 7, "poss", "PRON", "his"), ("Chilean", 7, "amod", "ADJ", "Chilean", "State"),
        ("and", 4, "cc", "CCONJ", "and"), ("Peruvian", 4, "conj", "ADJ", "Peruvian", "State"),
        ("counterparts", 2, "dobj", "NOUN", "counterpart"), (",", 7, "punct", "PUNCT", ","),
        ("Ana", 10, "compound", "PROPN", "Ana", "PERSON"), ("Ruiz", 7, "appos", "PROPN", "Ruiz", "+PERSON"),
        ("and", 10, "cc", "CCONJ", "and"), ("Luis", 13, "compound", "PROPN", "Luis", "PERSON"),
        ("Vega", 10, "conj", "PROPN", "Vega", "+PERSON"), (".", 2, "punct", "PUNCT", "."),
    ])
    doc[7].tag_ = "NNS"
    chl, per = ids(gaz, "Chile", "Peru")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert {("Person/ana-ruiz", "memberOf", chl), ("Person/luis-vega", "memberOf", per)} <= got
    assert not {("Person/ana-ruiz", "memberOf", per), ("Person/luis-vega", "memberOf", chl)} & got


def test_a_states_embassy_speaks_for_the_state(build_doc, document, onto, gaz):
    doc = build_doc([  # "The Peruvian embassy criticized Chile."
        ("The", 2, "det", "DET", "the"), ("Peruvian", 2, "amod", "ADJ", "Peruvian", "State"),
        ("embassy", 3, "nsubj", "NOUN", "embassy"), ("criticized", 3, "ROOT", "VERB", "criticize"),
        ("Chile", 3, "dobj", "PROPN", "Chile", "State"), (".", 3, "punct", "PUNCT", "."),
    ])
    chl, per = ids(gaz, "Chile", "Peru")
    result = extract(doc, document(doc), onto, gaz)
    assert (per, "opposes", chl) in triples(result, onto) and {e.id for e in result.entities} == {chl, per}


def test_an_act_switched_from_one_to_another_is_the_switchers_towards_the_new_one(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile switched recognition from Peru to Bolivia."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("switched", 1, "ROOT", "VERB", "switch"),
        ("recognition", 1, "dobj", "NOUN", "recognition"), ("from", 2, "prep", "ADP", "from"),
        ("Peru", 3, "pobj", "PROPN", "Peru", "State"), ("to", 1, "prep", "ADP", "to"),
        ("Bolivia", 5, "pobj", "PROPN", "Bolivia", "State"), (".", 1, "punct", "PUNCT", "."),
    ])
    chl, per, bol = ids(gaz, "Chile", "Peru", "Bolivia")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert any(s == chl and o == bol for s, _, o in got) and not any(s == per for s, _, o in got)


def test_a_name_like_others_is_compared_with_them_not_made_of_them(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile, like Bolivia, criticized Peru."
        ("Chile", 5, "nsubj", "PROPN", "Chile", "State"), (",", 0, "punct", "PUNCT", ","), ("like", 0, "prep", "ADP", "like"),
        ("Bolivia", 2, "pobj", "PROPN", "Bolivia", "State"), (",", 0, "punct", "PUNCT", ","),
        ("criticized", 5, "ROOT", "VERB", "criticize"), ("Peru", 5, "dobj", "PROPN", "Peru", "State"),
        (".", 5, "punct", "PUNCT", "."),
    ])
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert not any(r == "memberOf" for _, r, _ in got)


def test_a_name_the_ner_cut_before_a_particle_is_one_person(build_doc, document, onto, gaz):
    doc = build_doc([  # "Khalid bin Rashid criticized Peru." with "Khalid" and "bin Rashid" two NER spans
        ("Khalid", 2, "compound", "PROPN", "Khalid", "PERSON"), ("bin", 2, "compound", "PROPN", "bin", "PERSON"),
        ("Rashid", 3, "nsubj", "PROPN", "Rashid", "+PERSON"), ("criticized", 3, "ROOT", "VERB", "criticize"),
        ("Peru", 3, "dobj", "PROPN", "Peru", "State"), (".", 3, "punct", "PUNCT", "."),
    ])
    per = ids(gaz, "Peru")[0]
    result = extract(doc, document(doc), onto, gaz)
    assert [e.id for e in result.entities if e.cls == "Person"] == ["Person/khalid-bin-rashid"]
    assert ("Person/khalid-bin-rashid", "opposes", per) in triples(result, onto)


def test_attacking_posts_or_offices_is_an_attack_not_an_office_taken(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile attacked Peruvian posts."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("attacked", 1, "ROOT", "VERB", "attack"),
        ("Peruvian", 3, "amod", "ADJ", "Peruvian", "State"), ("posts", 1, "dobj", "NOUN", "post"), (".", 1, "punct", "PUNCT", "."),
    ])
    doc[3].tag_ = "NNS"
    chl, per = ids(gaz, "Chile", "Peru")
    assert (chl, "assaults", per) in triples(extract(doc, document(doc), onto, gaz), onto)


def test_a_noun_with_a_name_in_apposition_is_the_one_named(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile criticized the opposition candidate, Juan Mora."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("criticized", 1, "ROOT", "VERB", "criticize"),
        ("the", 4, "det", "DET", "the"), ("opposition", 4, "compound", "NOUN", "opposition"),
        ("candidate", 1, "dobj", "NOUN", "candidate"), (",", 4, "punct", "PUNCT", ","),
        ("Juan", 7, "compound", "PROPN", "Juan", "PERSON"), ("Mora", 4, "appos", "PROPN", "Mora", "+PERSON"),
        (".", 1, "punct", "PUNCT", "."),
    ])
    chl = ids(gaz, "Chile")[0]
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert {(s, o) for s, _, o in got} == {(chl, "Person/juan-mora")}


def test_who_directs_a_programme_at_an_organisation_is_one_of_it(build_doc, document, onto, gaz):
    doc = build_doc([  # "Juan Mora directs the energy programme at the Andes Institute."
        ("Juan", 1, "compound", "PROPN", "Juan", "PERSON"), ("Mora", 2, "nsubj", "PROPN", "Mora", "+PERSON"),
        ("directs", 2, "ROOT", "VERB", "direct"), ("the", 5, "det", "DET", "the"), ("energy", 5, "compound", "NOUN", "energy"),
        ("programme", 2, "dobj", "NOUN", "programme"), ("at", 2, "prep", "ADP", "at"), ("the", 9, "det", "DET", "the"),
        ("Andes", 9, "compound", "PROPN", "Andes", "ORG"), ("Institute", 6, "pobj", "PROPN", "Institute", "+ORG"),
        (".", 2, "punct", "PUNCT", "."),
    ])
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert ("Person/juan-mora", "memberOf", "Organization/andes-institute") in got


def test_it_signed_is_a_document_not_the_state_named_before(build_doc, document, onto, gaz):
    doc = build_doc(_sentences([  # "Chile met Peru."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("met", 1, "ROOT", "VERB", "meet"),
        ("Peru", 1, "dobj", "PROPN", "Peru", "State"), (".", 1, "punct", "PUNCT", "."),
    ], [  # "Bolivia signed it."
        ("Bolivia", 1, "nsubj", "PROPN", "Bolivia", "State"), ("signed", 1, "ROOT", "VERB", "sign"),
        ("it", 1, "dobj", "PRON", "it"), (".", 1, "punct", "PUNCT", "."),
    ]))
    bol = ids(gaz, "Bolivia")[0]
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert not any(s == bol for s, _, _ in got)


def test_attacks_a_treaty_covers_are_no_attacks_by_its_party(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile's treaty covers attacks on Peru."
        ("Chile", 2, "poss", "PROPN", "Chile", "State"), ("'s", 0, "case", "PART", "'s"), ("treaty", 3, "nsubj", "NOUN", "treaty"),
        ("covers", 3, "ROOT", "VERB", "cover"), ("attacks", 3, "dobj", "NOUN", "attack"), ("on", 4, "prep", "ADP", "on"),
        ("Peru", 5, "pobj", "PROPN", "Peru", "State"), (".", 3, "punct", "PUNCT", "."),
    ])
    doc[4].tag_ = "NNS"
    chl = ids(gaz, "Chile")[0]
    assert not any(s == chl for s, _, _ in triples(extract(doc, document(doc), onto, gaz), onto))


def test_calling_someone_a_partner_praises_them(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile called Peru a trusted partner."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("called", 1, "ROOT", "VERB", "call"),
        ("Peru", 1, "dobj", "PROPN", "Peru", "State"), ("a", 5, "det", "DET", "a"), ("trusted", 5, "amod", "ADJ", "trusted"),
        ("partner", 1, "oprd", "NOUN", "partner"), (".", 1, "punct", "PUNCT", "."),
    ])
    chl, per = ids(gaz, "Chile", "Peru")
    assert (chl, "supports", per, "asserted") in claims(extract(doc, document(doc), onto, gaz), onto)


def test_a_move_someone_called_a_provocation_is_criticism_of_who_made_it(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile raided Peru and detained Bolivians, a move Ecuador called a kidnapping."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("raided", 1, "ROOT", "VERB", "raid"),
        ("Peru", 1, "dobj", "PROPN", "Peru", "State"), ("and", 1, "cc", "CCONJ", "and"),
        ("detained", 1, "conj", "VERB", "detain"), ("Bolivians", 4, "dobj", "PROPN", "Bolivians", "NORP"),
        (",", 5, "punct", "PUNCT", ","), ("a", 8, "det", "DET", "a"), ("move", 5, "appos", "NOUN", "move"),
        ("Ecuador", 10, "nsubj", "PROPN", "Ecuador", "State"), ("called", 8, "relcl", "VERB", "call"),
        ("a", 12, "det", "DET", "a"), ("kidnapping", 10, "dobj", "NOUN", "kidnapping"), (".", 1, "punct", "PUNCT", "."),
    ])
    chl, ecu = ids(gaz, "Chile", "Ecuador")
    assert (ecu, "opposes", chl) in triples(extract(doc, document(doc), onto, gaz), onto)


def test_a_chief_of_a_field_of_a_state_is_one_of_it_not_its_leader(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile's army chief Juan Mora spoke."
        ("Chile", 3, "poss", "PROPN", "Chile", "State"), ("'s", 0, "case", "PART", "'s"), ("army", 3, "compound", "NOUN", "army"),
        ("chief", 5, "compound", "NOUN", "chief"), ("Juan", 5, "compound", "PROPN", "Juan", "PERSON"),
        ("Mora", 6, "nsubj", "PROPN", "Mora", "+PERSON"), ("spoke", 6, "ROOT", "VERB", "speak"), (".", 6, "punct", "PUNCT", "."),
    ])
    chl = ids(gaz, "Chile")[0]
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert ("Person/juan-mora", "memberOf", chl) in got and ("Person/juan-mora", "leaderOf", chl) not in got


@pytest.mark.parametrize("title,relation", [("chief", "memberOf"), ("leader", "leaderOf")])
def test_a_state_s_military_chief_is_one_of_it_its_military_leader_may_lead_it(title, relation, build_doc, document,
                                                                                onto, gaz):
    doc = build_doc([  # "Chile's military chief, Juan Mora, spoke."
        ("Chile", 3, "poss", "PROPN", "Chile", "State"), ("'s", 0, "case", "PART", "'s"),
        ("military", 3, "amod", "ADJ", "military"), (title, 9, "nsubj", "NOUN", title), (",", 3, "punct", "PUNCT", ","),
        ("General", 7, "compound", "PROPN", "General"), ("Juan", 7, "compound", "PROPN", "Juan", "PERSON"),
        ("Mora", 3, "appos", "PROPN", "Mora", "+PERSON"), (",", 3, "punct", "PUNCT", ","),
        ("spoke", 9, "ROOT", "VERB", "speak"), (".", 9, "punct", "PUNCT", "."),
    ])
    doc[2].tag_ = "JJ"
    chl = ids(gaz, "Chile")[0]
    got = {(s, r, o) for s, r, o in triples(extract(doc, document(doc), onto, gaz), onto) if o == chl}
    assert got == {("Person/juan-mora", relation, chl)}


def test_a_hyphened_vice_president_is_a_member_not_the_leader(build_doc, document, onto, gaz):
    doc = build_doc([  # "Vice-President Juan Mora of Chile spoke."
        ("Vice", 4, "compound", "PROPN", "Vice"), ("-", 4, "compound", "PROPN", "-"),
        ("President", 4, "compound", "PROPN", "President"), ("Juan", 4, "compound", "PROPN", "Juan", "PERSON"),
        ("Mora", 7, "nsubj", "PROPN", "Mora", "+PERSON"), ("of", 4, "prep", "ADP", "of"),
        ("Chile", 5, "pobj", "PROPN", "Chile", "State"), ("spoke", 7, "ROOT", "VERB", "speak"),
        (".", 7, "punct", "PUNCT", "."),
    ])
    chl = ids(gaz, "Chile")[0]
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert ("Person/juan-mora", "memberOf", chl) in got and ("Person/juan-mora", "leaderOf", chl) not in got


def test_a_capital_s_name_before_a_region_noun_is_the_region_not_the_state(build_doc, document, onto, gaz):
    doc = build_doc([  # "Juan Mora, the governor of Santiago province, criticized Peru."
        ("Juan", 1, "compound", "PROPN", "Juan", "PERSON"), ("Mora", 9, "nsubj", "PROPN", "Mora", "+PERSON"),
        (",", 1, "punct", "PUNCT", ","), ("the", 4, "det", "DET", "the"), ("governor", 1, "appos", "NOUN", "governor"),
        ("of", 4, "prep", "ADP", "of"), ("Santiago", 7, "compound", "PROPN", "Santiago", "State"),
        ("province", 5, "pobj", "NOUN", "province"), (",", 1, "punct", "PUNCT", ","),
        ("criticized", 9, "ROOT", "VERB", "criticize"), ("Peru", 9, "dobj", "PROPN", "Peru", "State"),
        (".", 9, "punct", "PUNCT", "."),
    ])
    chl, per = ids(gaz, "Chile", "Peru")
    assert triples(extract(doc, document(doc), onto, gaz), onto) == {("Person/juan-mora", "opposes", per)}


def test_joining_an_operation_or_coming_from_a_base_makes_no_member(build_doc, document, onto, gaz):
    doc = build_doc(_sentences([  # "Chile struck Bolivia."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("struck", 1, "ROOT", "VERB", "strike"),
        ("Bolivia", 1, "dobj", "PROPN", "Bolivia", "State"), (".", 1, "punct", "PUNCT", "."),
    ], [  # "Peru joined the operation."
        ("Peru", 1, "nsubj", "PROPN", "Peru", "State"), ("joined", 1, "ROOT", "VERB", "join"), ("the", 3, "det", "DET", "the"),
        ("operation", 1, "dobj", "NOUN", "operation"), (".", 1, "punct", "PUNCT", "."),
    ], [  # "Soldiers from Andes Air Base arrived."
        ("Soldiers", 5, "nsubj", "NOUN", "soldier"), ("from", 0, "prep", "ADP", "from"),
        ("Andes", 4, "compound", "PROPN", "Andes", "Infrastructure"), ("Air", 4, "compound", "PROPN", "Air", "+Infrastructure"),
        ("Base", 1, "pobj", "PROPN", "Base", "+Infrastructure"), ("arrived", 5, "ROOT", "VERB", "arrive"),
        (".", 5, "punct", "PUNCT", "."),
    ]))
    doc[9].tag_ = "NNS"
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert not any(r == "memberOf" for _, r, _ in got)


def test_a_weapon_bought_from_its_possessor_is_the_buyers(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile bought Peru's S-400 system."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("bought", 1, "ROOT", "VERB", "buy"),
        ("Peru", 5, "poss", "PROPN", "Peru", "State"), ("'s", 2, "case", "PART", "'s"),
        ("S-400", 5, "compound", "PROPN", "S-400", "WeaponSystem"), ("system", 1, "dobj", "NOUN", "system"),
        (".", 1, "punct", "PUNCT", "."),
    ])
    chl, per, s400 = ids(gaz, "Chile", "Peru", "S-400")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert (chl, "possesses", s400) in got and (per, "possesses", s400) not in got


def test_two_who_spoke_by_phone_telephoned_each_other(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile and Peru spoke by phone."
        ("Chile", 3, "nsubj", "PROPN", "Chile", "State"), ("and", 0, "cc", "CCONJ", "and"), ("Peru", 0, "conj", "PROPN", "Peru", "State"),
        ("spoke", 3, "ROOT", "VERB", "speak"), ("by", 3, "prep", "ADP", "by"), ("phone", 4, "pobj", "NOUN", "phone"),
        (".", 3, "punct", "PUNCT", "."),
    ])
    chl, per = ids(gaz, "Chile", "Peru")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert {(chl, "consults", per), (per, "consults", chl)} & got


def test_a_states_official_no_one_names_or_knows_speaks_for_the_state(build_doc, document, onto, gaz):
    doc = build_doc([  # "Peru's cabinet secretary criticized Chile."
        ("Peru", 3, "poss", "PROPN", "Peru", "State"), ("'s", 0, "case", "PART", "'s"), ("cabinet", 3, "compound", "NOUN", "cabinet"),
        ("secretary", 4, "nsubj", "NOUN", "secretary"), ("criticized", 4, "ROOT", "VERB", "criticize"),
        ("Chile", 4, "dobj", "PROPN", "Chile", "State"), (".", 4, "punct", "PUNCT", "."),
    ])
    doc[3].tag_ = "NN"
    chl, per = ids(gaz, "Chile", "Peru")
    assert (per, "opposes", chl) in triples(extract(doc, document(doc), onto, gaz), onto)


def test_the_two_leaders_count_one_named_by_a_pronoun(build_doc, document, onto, gaz):
    doc = build_doc(_sentences([  # "Juan Mora replaced Ana Ruiz."
        ("Juan", 1, "compound", "PROPN", "Juan", "PERSON"), ("Mora", 2, "nsubj", "PROPN", "Mora", "+PERSON"),
        ("replaced", 2, "ROOT", "VERB", "replace"), ("Ana", 4, "compound", "PROPN", "Ana", "PERSON"),
        ("Ruiz", 2, "dobj", "PROPN", "Ruiz", "+PERSON"), (".", 2, "punct", "PUNCT", "."),
    ], [  # "He met Luis Vega."
        ("He", 1, "nsubj", "PRON", "he"), ("met", 1, "ROOT", "VERB", "meet"), ("Luis", 3, "compound", "PROPN", "Luis", "PERSON"),
        ("Vega", 1, "dobj", "PROPN", "Vega", "+PERSON"), (".", 1, "punct", "PUNCT", "."),
    ], [  # "The two leaders agreed."
        ("The", 2, "det", "DET", "the"), ("two", 2, "nummod", "NUM", "two"), ("leaders", 3, "nsubj", "NOUN", "leader"),
        ("agreed", 3, "ROOT", "VERB", "agree"), (".", 3, "punct", "PUNCT", "."),
    ]))
    doc[6].tag_, doc[13].tag_ = "PRP", "NNS"
    result = extract(doc, document(doc), onto, gaz)
    pairs = {frozenset((s.subject, s.object)) for s in result.statements if s.trigger == "agree"}
    assert pairs == {frozenset(("Person/juan-mora", "Person/luis-vega"))}


def test_bare_militants_are_the_armed_group_named_just_before(build_doc, document, onto, gaz):
    doc = build_doc(_sentences([  # "Hamas criticized Chile."
        ("Hamas", 1, "nsubj", "PROPN", "Hamas", "ArmedGroup"), ("criticized", 1, "ROOT", "VERB", "criticize"),
        ("Chile", 1, "dobj", "PROPN", "Chile", "State"), (".", 1, "punct", "PUNCT", "."),
    ], [  # "Militants attacked Peru."
        ("Militants", 1, "nsubj", "NOUN", "militant"), ("attacked", 1, "ROOT", "VERB", "attack"),
        ("Peru", 1, "dobj", "PROPN", "Peru", "State"), (".", 1, "punct", "PUNCT", "."),
    ]))
    doc[4].tag_ = "NNS"
    hamas, per = ids(gaz, "Hamas", "Peru")
    assert (hamas, "assaults", per) in triples(extract(doc, document(doc), onto, gaz), onto)


def test_a_singular_group_word_on_a_place_is_the_group_named_before(build_doc, document, onto, gaz):
    doc = build_doc(_sentences([  # "Hamas criticized Chile."
        ("Hamas", 1, "nsubj", "PROPN", "Hamas", "ArmedGroup"), ("criticized", 1, "ROOT", "VERB", "criticize"),
        ("Chile", 1, "dobj", "PROPN", "Chile", "State"), (".", 1, "punct", "PUNCT", "."),
    ], [  # "Chile shelled militant positions."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("shelled", 1, "ROOT", "VERB", "shell"),
        ("militant", 3, "compound", "NOUN", "militant"), ("positions", 1, "dobj", "NOUN", "position"),
        (".", 1, "punct", "PUNCT", "."),
    ]))
    doc[7].tag_ = "NNS"
    hamas, chl = ids(gaz, "Hamas", "Chile")
    assert any(s == chl and o == hamas for s, _, o in triples(extract(doc, document(doc), onto, gaz), onto))


def test_a_name_the_ner_took_for_an_organisation_with_who_after_it_is_a_person(build_doc, document, onto, gaz):
    doc = build_doc([  # "Juan Mora, who criticized Peru, spoke."
        ("Juan", 1, "compound", "PROPN", "Juan", "ORG"), ("Mora", 6, "nsubj", "PROPN", "Mora", "+ORG"),
        (",", 1, "punct", "PUNCT", ","), ("who", 4, "nsubj", "PRON", "who"), ("criticized", 1, "relcl", "VERB", "criticize"),
        ("Peru", 4, "dobj", "PROPN", "Peru", "State"), ("spoke", 6, "ROOT", "VERB", "speak"), (".", 6, "punct", "PUNCT", "."),
    ])
    doc[3].tag_ = "WP"
    result = extract(doc, document(doc), onto, gaz)
    assert "Person/juan-mora" in {e.id for e in result.entities}


def test_an_act_noun_in_a_with_phrase_takes_the_target_hung_on_the_verb(build_doc, document, onto, gaz):
    doc = build_doc([  # "Peru responded with strikes on Chilean positions."
        ("Peru", 1, "nsubj", "PROPN", "Peru", "State"), ("responded", 1, "ROOT", "VERB", "respond"),
        ("with", 1, "prep", "ADP", "with"), ("strikes", 2, "pobj", "NOUN", "strike"), ("on", 1, "prep", "ADP", "on"),
        ("Chilean", 6, "amod", "ADJ", "Chilean", "State"), ("positions", 4, "pobj", "NOUN", "position"),
        (".", 1, "punct", "PUNCT", "."),
    ])
    doc[3].tag_, doc[6].tag_ = "NNS", "NNS"
    per, chl = ids(gaz, "Peru", "Chile")
    assert (per, "assaults", chl) in triples(extract(doc, document(doc), onto, gaz), onto)


def test_a_state_s_government_named_by_its_ruling_group_is_the_state(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile and Afghanistan's Taliban government agreed."
        ("Chile", 6, "nsubj", "PROPN", "Chile", "State"), ("and", 0, "cc", "CCONJ", "and"),
        ("Afghanistan", 5, "poss", "PROPN", "Afghanistan", "State"), ("'s", 2, "case", "PART", "'s"),
        ("Taliban", 5, "compound", "PROPN", "Taliban", "ArmedGroup"), ("government", 0, "conj", "NOUN", "government"),
        ("agreed", 6, "ROOT", "VERB", "agree"), (".", 6, "punct", "PUNCT", "."),
    ])
    chl, afg, taliban = ids(gaz, "Chile", "Afghanistan", "Taliban")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert {frozenset((s, o)) for s, _, o in got} == {frozenset((chl, afg))}
    assert not any(taliban in (s, o) for s, _, o in got)


def test_its_neighbour_in_a_reported_clause_is_the_clause_subject_s_and_not_the_speaker(build_doc, document, onto, gaz):
    doc = build_doc(_sentences([  # "Bolivia met Ecuador."
        ("Bolivia", 1, "nsubj", "PROPN", "Bolivia", "State"), ("met", 1, "ROOT", "VERB", "meet"),
        ("Ecuador", 1, "dobj", "PROPN", "Ecuador", "State"), (".", 1, "punct", "PUNCT", "."),
    ], [  # "Chile said Peru attacked its neighbour."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("said", 1, "ROOT", "VERB", "say"),
        ("Peru", 3, "nsubj", "PROPN", "Peru", "State"), ("attacked", 1, "ccomp", "VERB", "attack"),
        ("its", 5, "poss", "PRON", "its"), ("neighbour", 3, "dobj", "NOUN", "neighbour"), (".", 1, "punct", "PUNCT", "."),
    ]))
    doc[8].tag_, doc[9].tag_ = "PRP$", "NN"
    per, ecu, chl = ids(gaz, "Peru", "Ecuador", "Chile")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert (per, "assaults", ecu) in got
    assert not any(s == per and o == chl for s, _, o in got)


def test_its_on_the_object_of_a_coordinated_verb_is_the_shared_subject_s(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile expelled Peruvian troops and ended its agreement with Bolivia."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("expelled", 1, "ROOT", "VERB", "expel"),
        ("Peruvian", 3, "amod", "ADJ", "Peruvian", "State"), ("troops", 1, "dobj", "NOUN", "troop"),
        ("and", 1, "cc", "CCONJ", "and"), ("ended", 1, "conj", "VERB", "end"), ("its", 7, "poss", "PRON", "its"),
        ("agreement", 5, "dobj", "NOUN", "agreement"), ("with", 7, "prep", "ADP", "with"),
        ("Bolivia", 8, "pobj", "PROPN", "Bolivia", "State"), (".", 1, "punct", "PUNCT", "."),
    ])
    doc[3].tag_, doc[6].tag_ = "NNS", "PRP$"
    chl, per, bol = ids(gaz, "Chile", "Peru", "Bolivia")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert (chl, "reducesRelations", bol) in got
    assert not any(s == per and o == bol for s, _, o in got)


def test_the_three_countries_far_from_any_list_are_the_list_the_document_is_about(build_doc, document, onto, gaz):
    doc = build_doc(_sentences([  # "Chile, Peru and Bolivia met."
        ("Chile", 5, "nsubj", "PROPN", "Chile", "State"), (",", 0, "punct", "PUNCT", ","),
        ("Peru", 0, "conj", "PROPN", "Peru", "State"), ("and", 2, "cc", "CCONJ", "and"),
        ("Bolivia", 2, "conj", "PROPN", "Bolivia", "State"), ("met", 5, "ROOT", "VERB", "meet"), (".", 5, "punct", "PUNCT", "."),
    ], [  # "Chile met Peru."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("met", 1, "ROOT", "VERB", "meet"),
        ("Peru", 1, "dobj", "PROPN", "Peru", "State"), (".", 1, "punct", "PUNCT", "."),
    ], [  # "Ecuador praised Brazil, Cuba and Mexico."
        ("Ecuador", 1, "nsubj", "PROPN", "Ecuador", "State"), ("praised", 1, "ROOT", "VERB", "praise"),
        ("Brazil", 1, "dobj", "PROPN", "Brazil", "State"), (",", 2, "punct", "PUNCT", ","),
        ("Cuba", 2, "conj", "PROPN", "Cuba", "State"), ("and", 4, "cc", "CCONJ", "and"),
        ("Mexico", 4, "conj", "PROPN", "Mexico", "State"), (".", 1, "punct", "PUNCT", "."),
    ], [  # "Spain met Italy."
        ("Spain", 1, "nsubj", "PROPN", "Spain", "State"), ("met", 1, "ROOT", "VERB", "meet"),
        ("Italy", 1, "dobj", "PROPN", "Italy", "State"), (".", 1, "punct", "PUNCT", "."),
    ], [  # "The three countries condemned Spain."
        ("The", 2, "det", "DET", "the"), ("three", 2, "nummod", "NUM", "three"), ("countries", 3, "nsubj", "NOUN", "country"),
        ("condemned", 3, "ROOT", "VERB", "condemn"), ("Spain", 3, "dobj", "PROPN", "Spain", "State"),
        (".", 3, "punct", "PUNCT", "."),
    ]))
    doc[25].tag_ = "NNS"
    esp, *members = ids(gaz, "Spain", "Chile", "Peru", "Bolivia")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert {s for s, r, o in got if o == esp and r == "opposes"} == set(members)


def test_a_sea_named_without_its_water_word_is_no_target(build_doc, document, onto, gaz):
    def sentence(place: str) -> object:  # "Russia shelled a ship in the Mediterranean."
        return build_doc([
            ("Russia", 1, "nsubj", "PROPN", "Russia", "State"), ("shelled", 1, "ROOT", "VERB", "shell"),
            ("a", 3, "det", "DET", "a"), ("ship", 1, "dobj", "NOUN", "ship"), ("in", 1, "prep", "ADP", "in"),
            ("the", 6, "det", "DET", "the"), (place, 4, "pobj", "PROPN", place, "Location"), (".", 1, "punct", "PUNCT", "."),
        ])
    doc = sentence("Mediterranean")
    assert not extract(doc, document(doc), onto, gaz).statements
    doc = sentence("Donbas")  # a land the gazetteer knows stays a target of force
    assert extract(doc, document(doc), onto, gaz).statements


def test_an_opening_participle_is_passive_its_subject_the_clause_s(build_doc, document, onto, gaz):
    doc = build_doc([  # "Backed by Peru, Chile attacked Bolivia."
        ("Backed", 5, "advcl", "VERB", "back"), ("by", 0, "agent", "ADP", "by"), ("Peru", 1, "pobj", "PROPN", "Peru", "State"),
        (",", 5, "punct", "PUNCT", ","), ("Chile", 5, "nsubj", "PROPN", "Chile", "State"),
        ("attacked", 5, "ROOT", "VERB", "attack"), ("Bolivia", 5, "dobj", "PROPN", "Bolivia", "State"),
        (".", 5, "punct", "PUNCT", "."),
    ])
    doc[0].tag_ = "VBN"
    per, chl = ids(gaz, "Peru", "Chile")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert (per, "supports", chl) in got and (chl, "supports", per) not in got


def test_the_sanctions_are_those_an_earlier_mention_names_as_its_agent_s(build_doc, document, onto, gaz):
    doc = build_doc(_sentences([  # "Peruvian sanctions on Chile began."
        ("Peruvian", 1, "amod", "ADJ", "Peruvian", "State"), ("sanctions", 4, "nsubj", "NOUN", "sanction"),
        ("on", 1, "prep", "ADP", "on"), ("Chile", 2, "pobj", "PROPN", "Chile", "State"),
        ("began", 4, "ROOT", "VERB", "begin"), (".", 4, "punct", "PUNCT", "."),
    ], *[[  # "Bolivia met Ecuador in Lima." many times over: the last act of force is far back
        ("Bolivia", 1, "nsubj", "PROPN", "Bolivia", "State"), ("met", 1, "ROOT", "VERB", "meet"),
        ("Ecuador", 1, "dobj", "PROPN", "Ecuador", "State"), ("in", 1, "prep", "ADP", "in"),
        ("Lima", 3, "pobj", "PROPN", "Lima", "GPE"), (".", 1, "punct", "PUNCT", "."),
    ]] * 60, [  # "Cuba condemned the sanctions."
        ("Cuba", 1, "nsubj", "PROPN", "Cuba", "State"), ("condemned", 1, "ROOT", "VERB", "condemn"),
        ("the", 3, "det", "DET", "the"), ("sanctions", 1, "dobj", "NOUN", "sanction"), (".", 1, "punct", "PUNCT", "."),
    ]))
    assert len(doc.text) > 1600
    doc[1].tag_, doc[len(doc) - 2].tag_ = "NNS", "NNS"
    cub, per, bol = ids(gaz, "Cuba", "Peru", "Bolivia")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert (cub, "opposes", per) in got and (cub, "opposes", bol) not in got


def test_coordinated_states_pledging_things_promise_them_to_no_one_of_themselves(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile and Peru pledged fighter jets."
        ("Chile", 3, "nsubj", "PROPN", "Chile", "State"), ("and", 0, "cc", "CCONJ", "and"),
        ("Peru", 0, "conj", "PROPN", "Peru", "State"), ("pledged", 3, "ROOT", "VERB", "pledge"),
        ("fighter", 5, "compound", "NOUN", "fighter"), ("jets", 3, "dobj", "NOUN", "jet"), (".", 3, "punct", "PUNCT", "."),
    ])
    doc[5].tag_ = "NNS"
    assert not triples(extract(doc, document(doc), onto, gaz), onto)


def test_ordering_from_a_state_is_buying_from_it(build_doc, document, onto, gaz):
    doc = build_doc([  # "The jets Chile ordered from Peru arrived."
        ("The", 1, "det", "DET", "the"), ("jets", 6, "nsubj", "NOUN", "jet"), ("Chile", 3, "nsubj", "PROPN", "Chile", "State"),
        ("ordered", 1, "relcl", "VERB", "order"), ("from", 3, "prep", "ADP", "from"),
        ("Peru", 4, "pobj", "PROPN", "Peru", "State"), ("arrived", 6, "ROOT", "VERB", "arrive"), (".", 6, "punct", "PUNCT", "."),
    ])
    doc[1].tag_ = "NNS"
    chl, per = ids(gaz, "Chile", "Peru")
    got = extract(doc, document(doc), onto, gaz).statements
    assert {(s.subject, s.relation, s.object) for s in got} == {(chl, "tradesWith", per)}


def test_a_state_is_no_member_of_a_state_coordinated_into_its_title(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile met Peru and EU member Spain." (Peru parsed into the title)
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("met", 1, "ROOT", "VERB", "meet"),
        ("Peru", 5, "nmod", "PROPN", "Peru", "State"), ("and", 2, "cc", "CCONJ", "and"), ("EU", 2, "conj", "PROPN", "EU", "IGO"),
        ("member", 6, "compound", "NOUN", "member"), ("Spain", 1, "dobj", "PROPN", "Spain", "State"),
        (".", 1, "punct", "PUNCT", "."),
    ])
    esp, per, eu = ids(gaz, "Spain", "Peru", "EU")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert (esp, "memberOf", eu) in got and (esp, "memberOf", per) not in got


def test_a_fate_foretold_of_one_s_own_neighbours_is_a_warning_no_threat(build_doc, document, onto, gaz):
    doc = build_doc(_sentences([  # "Bolivia met Peru."
        ("Bolivia", 1, "nsubj", "PROPN", "Bolivia", "State"), ("met", 1, "ROOT", "VERB", "meet"),
        ("Peru", 1, "dobj", "PROPN", "Peru", "State"), (".", 1, "punct", "PUNCT", "."),
    ], [  # "Maia Sandu said our neighbours would pay a price." (ours: Moldova's)
        ("Maia", 1, "compound", "PROPN", "Maia", "PERSON"), ("Sandu", 2, "nsubj", "PROPN", "Sandu", "+PERSON"),
        ("said", 2, "ROOT", "VERB", "say"), ("our", 4, "poss", "PRON", "our"), ("neighbours", 6, "nsubj", "NOUN", "neighbour"),
        ("would", 6, "aux", "AUX", "would"), ("pay", 2, "ccomp", "VERB", "pay"), ("a", 8, "det", "DET", "a"),
        ("price", 6, "dobj", "NOUN", "price"), (".", 2, "punct", "PUNCT", "."),
    ]))
    doc[7].tag_, doc[8].tag_, doc[9].tag_, doc[10].tag_ = "PRP$", "NNS", "MD", "VB"
    result = extract(doc, document(doc), onto, gaz)
    assert not [s for s in result.statements if s.relation == "threatens"]


def test_training_a_weapon_on_someone_threatens_them(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile trained its cannon on Peru."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("trained", 1, "ROOT", "VERB", "train"),
        ("its", 3, "poss", "PRON", "its"), ("cannon", 1, "dobj", "NOUN", "cannon"), ("on", 1, "prep", "ADP", "on"),
        ("Peru", 4, "pobj", "PROPN", "Peru", "State"), (".", 1, "punct", "PUNCT", "."),
    ])
    doc[2].tag_ = "PRP$"
    chl, per = ids(gaz, "Chile", "Peru")
    assert triples(extract(doc, document(doc), onto, gaz), onto) == {(chl, "threatens", per)}


def test_a_state_joining_a_state_is_no_member_of_it(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile joined Peru as an operator."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("joined", 1, "ROOT", "VERB", "join"),
        ("Peru", 1, "dobj", "PROPN", "Peru", "State"), ("as", 1, "prep", "ADP", "as"), ("an", 5, "det", "DET", "an"),
        ("operator", 3, "pobj", "NOUN", "operator"), (".", 1, "punct", "PUNCT", "."),
    ])
    assert not [s for s in extract(doc, document(doc), onto, gaz).statements if s.relation == "memberOf"]
    assert rules(onto).allows("memberOf", "State", "IGO") and rules(onto).allows("memberOf", "Person", "State")


def test_a_person_s_unnamed_ally_is_a_person_named_before(build_doc, document, onto, gaz):
    doc = build_doc(_sentences([  # "Peru tried Juan Mora."
        ("Peru", 1, "nsubj", "PROPN", "Peru", "State"), ("tried", 1, "ROOT", "VERB", "try"),
        ("Juan", 3, "compound", "PROPN", "Juan", "PERSON"), ("Mora", 1, "dobj", "PROPN", "Mora", "+PERSON"),
        (".", 1, "punct", "PUNCT", "."),
    ], [  # "Luis Vega praised his ally."
        ("Luis", 1, "compound", "PROPN", "Luis", "PERSON"), ("Vega", 2, "nsubj", "PROPN", "Vega", "+PERSON"),
        ("praised", 2, "ROOT", "VERB", "praise"), ("his", 4, "poss", "PRON", "his"), ("ally", 2, "dobj", "NOUN", "ally"),
        (".", 2, "punct", "PUNCT", "."),
    ]))
    doc[8].tag_, doc[9].tag_ = "PRP$", "NN"
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert ("Person/luis-vega", "supports", "Person/juan-mora") in got
    assert not any(s == "Person/luis-vega" and o == gaz.lookup("Peru").id for s, _, o in got)


def test_sanctions_over_an_act_take_no_target_from_it(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile imposed sanctions over the prosecution of Juan Mora."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("imposed", 1, "ROOT", "VERB", "impose"),
        ("sanctions", 1, "dobj", "NOUN", "sanction"), ("over", 2, "prep", "ADP", "over"), ("the", 5, "det", "DET", "the"),
        ("prosecution", 3, "pobj", "NOUN", "prosecution"), ("of", 5, "prep", "ADP", "of"),
        ("Juan", 8, "compound", "PROPN", "Juan", "PERSON"), ("Mora", 6, "pobj", "PROPN", "Mora", "+PERSON"),
        (".", 1, "punct", "PUNCT", "."),
    ])
    doc[2].tag_ = "NNS"
    assert not [s for s in extract(doc, document(doc), onto, gaz).statements if s.object == "Person/juan-mora"]


def test_beating_competitors_is_a_win_no_force(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile beat bidders from Peru."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("beat", 1, "ROOT", "VERB", "beat"),
        ("bidders", 1, "dobj", "NOUN", "bidder"), ("from", 2, "prep", "ADP", "from"), ("Peru", 3, "pobj", "PROPN", "Peru", "State"),
        (".", 1, "punct", "PUNCT", "."),
    ])
    doc[1].tag_, doc[2].tag_ = "VBD", "NNS"
    assert not extract(doc, document(doc), onto, gaz).statements


def test_actors_known_as_a_group_are_its_members(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile and Peru, known as the E3, met."
        ("Chile", 9, "nsubj", "PROPN", "Chile", "State"), ("and", 0, "cc", "CCONJ", "and"),
        ("Peru", 0, "conj", "PROPN", "Peru", "State"), (",", 0, "punct", "PUNCT", ","), ("known", 0, "acl", "VERB", "know"),
        ("as", 4, "prep", "ADP", "as"), ("the", 7, "det", "DET", "the"), ("E3", 5, "pobj", "PROPN", "E3", "IGO"),
        (",", 0, "punct", "PUNCT", ","), ("met", 9, "ROOT", "VERB", "meet"), (".", 9, "punct", "PUNCT", "."),
    ])
    doc[4].tag_ = "VBN"
    chl, per, e3 = ids(gaz, "Chile", "Peru", "E3")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert {(chl, "memberOf", e3), (per, "memberOf", e3)} <= got


def test_weapons_bought_are_the_goods_and_the_seller_the_partner(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile bought Eurofighters from Peru."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("bought", 1, "ROOT", "VERB", "buy"),
        ("Eurofighters", 1, "dobj", "PROPN", "Eurofighters", "WeaponSystem"), ("from", 1, "prep", "ADP", "from"),
        ("Peru", 3, "pobj", "PROPN", "Peru", "State"), (".", 1, "punct", "PUNCT", "."),
    ])
    chl, per = ids(gaz, "Chile", "Peru")
    got = extract(doc, document(doc), onto, gaz).statements
    assert {(s.subject, s.relation, s.object) for s in got} == {(chl, "tradesWith", per)}


def test_declining_to_comment_rejects_no_one(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile declined to comment on Peru."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("declined", 1, "ROOT", "VERB", "decline"),
        ("to", 3, "aux", "PART", "to"), ("comment", 1, "xcomp", "VERB", "comment"), ("on", 3, "prep", "ADP", "on"),
        ("Peru", 4, "pobj", "PROPN", "Peru", "State"), (".", 1, "punct", "PUNCT", "."),
    ])
    assert not extract(doc, document(doc), onto, gaz).statements


@pytest.mark.parametrize("mark,relation", [("then", "leaderOf"), ("ex", None)])
def test_a_then_title_is_the_office_held_when_the_act_was_done(mark, relation, build_doc, document, onto, gaz):
    doc = build_doc([  # "then-prime minister Juan Mora of Canada spoke." (a lower-case "prime minister": a leader,
        # not a minister of some field) / "ex-prime minister ...": an office held once
        (mark, 2, "advmod", "ADV", mark), ("-", 2, "punct", "PUNCT", "-"), ("prime", 3, "compound", "NOUN", "prime"),
        ("minister", 5, "compound", "NOUN", "minister"), ("Juan", 5, "compound", "PROPN", "Juan", "PERSON"),
        ("Mora", 8, "nsubj", "PROPN", "Mora", "+PERSON"), ("of", 5, "prep", "ADP", "of"),
        ("Canada", 6, "pobj", "PROPN", "Canada", "State"), ("spoke", 8, "ROOT", "VERB", "speak"),
        (".", 8, "punct", "PUNCT", "."),
    ])
    doc[1].tag_ = "HYPH"
    can = ids(gaz, "Canada")[0]
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert got == ({("Person/juan-mora", relation, can)} if relation else set())


@pytest.mark.parametrize("title,prep", [("adviser", "to"), ("envoy", "of")])
def test_an_adviser_to_or_envoy_of_a_known_leader_is_one_of_the_leader_s_state(build_doc, document, onto, gaz, title,
                                                                                prep):
    doc = build_doc([  # "Juan Mora, an adviser to President Trump, spoke." / "..., an envoy of President Trump, ..."
        ("Juan", 1, "compound", "PROPN", "Juan", "PERSON"), ("Mora", 9, "nsubj", "PROPN", "Mora", "+PERSON"),
        (",", 1, "punct", "PUNCT", ","), ("an", 4, "det", "DET", "an"), (title, 1, "appos", "NOUN", title),
        (prep, 4, "prep", "ADP", prep), ("President", 7, "compound", "PROPN", "President"),
        ("Trump", 5, "pobj", "PROPN", "Trump", "PERSON"), (",", 1, "punct", "PUNCT", ","),
        ("spoke", 9, "ROOT", "VERB", "speak"), (".", 9, "punct", "PUNCT", "."),
    ])
    usa = gaz.lookup("United States").id
    assert ("Person/juan-mora", "memberOf", usa) in triples(extract(doc, document(doc), onto, gaz), onto)


def test_both_sides_are_none_of_those_the_speaker_s_own_phrase_names(build_doc, document, onto, gaz):
    doc = build_doc(_sentences([  # "Chile fought Peru."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("fought", 1, "ROOT", "VERB", "fight"),
        ("Peru", 1, "dobj", "PROPN", "Peru", "State"), (".", 1, "punct", "PUNCT", "."),
    ], [  # "Juan Mora, an adviser to Bolivia, said Ecuador urged both sides."
        ("Juan", 1, "compound", "PROPN", "Juan", "PERSON"), ("Mora", 8, "nsubj", "PROPN", "Mora", "+PERSON"),
        (",", 1, "punct", "PUNCT", ","), ("an", 4, "det", "DET", "an"), ("adviser", 1, "appos", "NOUN", "adviser"),
        ("to", 4, "prep", "ADP", "to"), ("Bolivia", 5, "pobj", "PROPN", "Bolivia", "State"), (",", 1, "punct", "PUNCT", ","),
        ("said", 8, "ROOT", "VERB", "say"), ("Ecuador", 10, "nsubj", "PROPN", "Ecuador", "State"),
        ("urged", 8, "ccomp", "VERB", "urge"), ("both", 12, "det", "DET", "both"), ("sides", 10, "dobj", "NOUN", "side"),
        (".", 8, "punct", "PUNCT", "."),
    ]))
    doc[16].tag_ = "NNS"
    ecu, chl, per = ids(gaz, "Ecuador", "Chile", "Peru")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert {o for s, r, o in got if s == ecu and r == "appealsTo"} == {chl, per}


@pytest.mark.parametrize("label", ["unfair", "unsafe", "unprofessional"])
def test_more_words_of_criticism_judge_the_agent_of_an_act(build_doc, document, onto, gaz, label):
    doc = build_doc([  # "Chile said Peru's actions were unfair."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("said", 1, "ROOT", "VERB", "say"),
        ("Peru", 4, "poss", "PROPN", "Peru", "State"), ("'s", 2, "case", "PART", "'s"), ("actions", 5, "nsubj", "NOUN", "action"),
        ("were", 1, "ccomp", "AUX", "be"), (label, 5, "acomp", "ADJ", label), (".", 1, "punct", "PUNCT", "."),
    ])
    chl, per = ids(gaz, "Chile", "Peru")
    assert triples(extract(doc, document(doc), onto, gaz), onto) == {(chl, "opposes", per)}


def test_a_state_s_adjective_on_a_named_weapon_makes_it_the_state_s(build_doc, document, onto, gaz):
    doc = build_doc([  # "Peruvian F-16s flew."
        ("Peruvian", 1, "amod", "ADJ", "Peruvian", "State"), ("F-16s", 2, "nsubj", "PROPN", "F-16s", "WeaponSystem"),
        ("flew", 2, "ROOT", "VERB", "fly"), (".", 2, "punct", "PUNCT", "."),
    ])
    per, f16 = ids(gaz, "Peru", "F-16")
    assert (per, "possesses", f16) in triples(extract(doc, document(doc), onto, gaz), onto)


def test_the_negotiations_someone_mediated_are_between_the_parties_of_the_talks_before(build_doc, document, onto, gaz):
    doc = build_doc(_sentences([  # "Chile and Peru held talks."
        ("Chile", 3, "nsubj", "PROPN", "Chile", "State"), ("and", 0, "cc", "CCONJ", "and"),
        ("Peru", 0, "conj", "PROPN", "Peru", "State"), ("held", 3, "ROOT", "VERB", "hold"), ("talks", 3, "dobj", "NOUN", "talk"),
        (".", 3, "punct", "PUNCT", "."),
    ], [  # "Bolivia mediated the negotiations."
        ("Bolivia", 1, "nsubj", "PROPN", "Bolivia", "State"), ("mediated", 1, "ROOT", "VERB", "mediate"),
        ("the", 3, "det", "DET", "the"), ("negotiations", 1, "dobj", "NOUN", "negotiation"), (".", 1, "punct", "PUNCT", "."),
    ]))
    doc[4].tag_, doc[9].tag_ = "NNS", "NNS"
    bol, chl, per = ids(gaz, "Bolivia", "Chile", "Peru")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert {(bol, "consults", chl), (bol, "consults", per)} <= got


def test_a_weapon_one_took_delivery_of_is_one_s_own(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile took delivery of Russia's S-400 system."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("took", 1, "ROOT", "VERB", "take"),
        ("delivery", 1, "dobj", "NOUN", "delivery"), ("of", 2, "prep", "ADP", "of"),
        ("Russia", 7, "poss", "PROPN", "Russia", "State"), ("'s", 4, "case", "PART", "'s"),
        ("S-400", 7, "compound", "PROPN", "S-400", "WeaponSystem"), ("system", 3, "pobj", "NOUN", "system"),
        (".", 1, "punct", "PUNCT", "."),
    ])
    chl, rus, s400 = ids(gaz, "Chile", "Russia", "S-400")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert (chl, "possesses", s400) in got and (rus, "possesses", s400) not in got


def test_a_named_envoy_summoned_stands_for_the_envoy_s_state(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile summoned Peru's ambassador, Juan Mora."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("summoned", 1, "ROOT", "VERB", "summon"),
        ("Peru", 4, "poss", "PROPN", "Peru", "State"), ("'s", 2, "case", "PART", "'s"), ("ambassador", 1, "dobj", "NOUN", "ambassador"),
        (",", 4, "punct", "PUNCT", ","), ("Juan", 7, "compound", "PROPN", "Juan", "PERSON"),
        ("Mora", 4, "appos", "PROPN", "Mora", "+PERSON"), (".", 1, "punct", "PUNCT", "."),
    ])
    chl, per = ids(gaz, "Chile", "Peru")
    got = {(s.subject, s.relation, s.object) for s in extract(doc, document(doc), onto, gaz).statements}
    assert (chl, "complainsOfficially", per) in got and (chl, "complainsOfficially", "Person/juan-mora") not in got


@pytest.mark.parametrize("adjective,prep,noun,lemma,tag", [
    ("ready", "for", "talks", "talk", "NNS"),  # "Chile is ready for talks with Peru."
    ("ready", "for", "cooperation", "cooperation", "NN"),  # "... ready for cooperation with Peru": the partner hangs
    # on the company noun itself
    ("open", "to", "talks", "talk", "NNS"),  # "... open to talks with Peru": the adjective, unlike the verb "opened",
    # is an intention
])
def test_one_ready_or_open_for_talks_intends_to_hold_them(build_doc, document, onto, gaz, adjective, prep, noun, lemma,
                                                          tag):
    doc = build_doc([
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("is", 1, "ROOT", "AUX", "be"),
        (adjective, 1, "acomp", "ADJ", adjective), (prep, 2, "prep", "ADP", prep), (noun, 3, "pobj", "NOUN", lemma),
        ("with", 4, "prep", "ADP", "with"), ("Peru", 5, "pobj", "PROPN", "Peru", "State"), (".", 1, "punct", "PUNCT", "."),
    ])
    doc[4].tag_ = tag
    chl, per = ids(gaz, "Chile", "Peru")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert (chl, "intendsToCooperate", per) in got and (chl, "consults", per) not in got


def test_a_spokesperson_of_no_named_state_speaks_for_the_state_the_sentence_before_is_about(build_doc, document, onto, gaz):
    doc = build_doc(_sentences(
        [("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("rejected", 1, "ROOT", "VERB", "reject"),  # "Chile rejected
         ("the", 3, "det", "DET", "the"), ("plan", 1, "dobj", "NOUN", "plan"), (".", 1, "punct", "PUNCT", ".")],  # the plan.
        [("Spokesman", 2, "compound", "PROPN", "spokesman"), ("Juan", 2, "compound", "PROPN", "Juan", "Person"),
         ("Soto", 3, "nsubj", "PROPN", "Soto", "Person"), ("said", 3, "ROOT", "VERB", "say"),  # Spokesman Juan Soto said
         ("the", 5, "det", "DET", "the"), ("plan", 6, "nsubj", "NOUN", "plan"),  # the plan was unfair."
         ("was", 3, "ccomp", "AUX", "be"), ("unfair", 6, "acomp", "ADJ", "unfair"), (".", 3, "punct", "PUNCT", ".")],
    ))
    chl, = ids(gaz, "Chile")
    got = {(r, o) for s, r, o in triples(extract(doc, document(doc), onto, gaz), onto)
           if s.startswith("Person/") and r == "memberOf"}
    assert got == {("memberOf", chl)}


def test_the_junta_is_the_state_whose_military_was_named_before(build_doc, document, onto, gaz):
    doc = build_doc(_sentences(
        [("Chile", 2, "poss", "PROPN", "Chile", "State"), ("'s", 0, "case", "PART", "'s"),  # "Chile's military attacked
         ("military", 3, "nsubj", "NOUN", "military"), ("attacked", 3, "ROOT", "VERB", "attack"),  # rebels.
         ("rebels", 3, "dobj", "NOUN", "rebel"), (".", 3, "punct", "PUNCT", ".")],
        [("Peru", 1, "nsubj", "PROPN", "Peru", "State"), ("closed", 1, "ROOT", "VERB", "close"),  # Peru closed the bridge.
         ("the", 3, "det", "DET", "the"), ("bridge", 1, "dobj", "NOUN", "bridge"), (".", 1, "punct", "PUNCT", ".")],
        [("The", 1, "det", "DET", "the"), ("junta", 2, "nsubj", "NOUN", "junta"),  # The junta threatened Bolivia."
         ("threatened", 2, "ROOT", "VERB", "threaten"), ("Bolivia", 2, "dobj", "PROPN", "Bolivia", "State"),
         (".", 2, "punct", "PUNCT", ".")],
    ))
    chl, per, bol = ids(gaz, "Chile", "Peru", "Bolivia")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert (chl, "threatens", bol) in got and (per, "threatens", bol) not in got


def test_whose_stands_for_the_actor_the_relative_clause_describes(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile, whose government attacked Peru, spoke."
        ("Chile", 7, "nsubj", "PROPN", "Chile", "State"), (",", 0, "punct", "PUNCT", ","),
        ("whose", 3, "poss", "PRON", "whose"), ("government", 4, "nsubj", "NOUN", "government"),
        ("attacked", 0, "relcl", "VERB", "attack"), ("Peru", 4, "dobj", "PROPN", "Peru", "State"),
        (",", 0, "punct", "PUNCT", ","), ("spoke", 7, "ROOT", "VERB", "speak"), (".", 7, "punct", "PUNCT", "."),
    ])
    doc[2].tag_ = "WP$"
    chl, per = ids(gaz, "Chile", "Peru")
    assert (chl, "assaults", per) in triples(extract(doc, document(doc), onto, gaz), onto)


def test_a_state_that_the_relative_of_which_makes_a_member_is_one(build_doc, document, onto, gaz):
    doc = build_doc([  # "NATO, of which Chile is a member, met."
        ("NATO", 9, "nsubj", "PROPN", "NATO", "IGO"), (",", 0, "punct", "PUNCT", ","), ("of", 5, "prep", "ADP", "of"),
        ("which", 2, "pobj", "PRON", "which"), ("Chile", 5, "nsubj", "PROPN", "Chile", "State"),
        ("is", 0, "relcl", "AUX", "be"), ("a", 7, "det", "DET", "a"), ("member", 5, "attr", "NOUN", "member"),
        (",", 0, "punct", "PUNCT", ","), ("met", 9, "ROOT", "VERB", "meet"), (".", 9, "punct", "PUNCT", "."),
    ])
    doc[3].tag_ = "WDT"
    chl, nato = ids(gaz, "Chile", "NATO")
    assert (chl, "memberOf", nato) in triples(extract(doc, document(doc), onto, gaz), onto)


def test_jets_offered_are_no_partner_of_the_offer(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile and Peru offered to send fighter jets."
        ("Chile", 3, "nsubj", "PROPN", "Chile", "State"), ("and", 0, "cc", "CCONJ", "and"),
        ("Peru", 0, "conj", "PROPN", "Peru", "State"), ("offered", 3, "ROOT", "VERB", "offer"),
        ("to", 5, "aux", "PART", "to"), ("send", 3, "xcomp", "VERB", "send"), ("fighter", 7, "compound", "NOUN", "fighter"),
        ("jets", 5, "dobj", "NOUN", "jet"), (".", 3, "punct", "PUNCT", "."),
    ])
    for i, tag in enumerate(["NNP", "CC", "NNP", "VBD", "TO", "VB", "NN", "NNS", "."]):
        doc[i].tag_ = tag
    assert not extract(doc, document(doc), onto, gaz).statements


@pytest.mark.parametrize("rows,located", [
    ([("Andes", 2, "compound", "PROPN", "Andes", "Infrastructure"),  # "Andes Air Base in Peru"
      ("Air", 2, "compound", "PROPN", "Air", "+Infrastructure"), ("Base", 2, "ROOT", "PROPN", "Base", "+Infrastructure"),
      ("in", 2, "prep", "ADP", "in"), ("Peru", 3, "pobj", "PROPN", "Peru", "State")], True),
    ([("Andes", 2, "compound", "PROPN", "Andes", "Infrastructure"),  # "Andes Air Base for Peru"
      ("Air", 2, "compound", "PROPN", "Air", "+Infrastructure"), ("Base", 2, "ROOT", "PROPN", "Base", "+Infrastructure"),
      ("for", 2, "prep", "ADP", "for"), ("Peru", 3, "pobj", "PROPN", "Peru", "State")], False),
])
def test_an_installation_is_located_in_the_state_its_in_phrase_names(build_doc, document, onto, gaz, rows, located):
    doc = build_doc([  # "Chile struck <rows>."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("struck", 1, "ROOT", "VERB", "strike"),
        *[(w, h + 2 if dep != "ROOT" else 1, "dobj" if dep == "ROOT" else dep, *rest) for w, h, dep, *rest in rows],
        (".", 1, "punct", "PUNCT", "."),
    ])
    per, = ids(gaz, "Peru")
    got = {(r, o) for s, r, o in triples(extract(doc, document(doc), onto, gaz), onto) if r == "locatedIn"}
    assert got == ({("locatedIn", per)} if located else set())


def test_recalling_ones_ambassador_in_a_state_breaks_relations_with_it(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile recalled its ambassador in Peru."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("recalled", 1, "ROOT", "VERB", "recall"),
        ("its", 3, "poss", "PRON", "its"), ("ambassador", 1, "dobj", "NOUN", "ambassador"), ("in", 3, "prep", "ADP", "in"),
        ("Peru", 4, "pobj", "PROPN", "Peru", "State"), (".", 1, "punct", "PUNCT", "."),
    ])
    chl, per = ids(gaz, "Chile", "Peru")
    assert (chl, "reducesRelations", per) in triples(extract(doc, document(doc), onto, gaz), onto)


def test_a_crown_prince_who_is_also_prime_minister_leads_the_state(build_doc, document, onto, gaz):
    doc = build_doc([  # "Saudi Crown Prince Mohammed bin Salman spoke."
        ("Saudi", 5, "compound", "PROPN", "Saudi", "State"), ("Crown", 2, "compound", "PROPN", "Crown"),
        ("Prince", 5, "compound", "PROPN", "Prince"), ("Mohammed", 5, "compound", "PROPN", "Mohammed", "Person"),
        ("bin", 5, "compound", "PROPN", "bin", "+Person"), ("Salman", 6, "nsubj", "PROPN", "Salman", "+Person"),
        ("spoke", 6, "ROOT", "VERB", "speak"), (".", 6, "punct", "PUNCT", "."),
    ])
    sau, mbs = ids(gaz, "Saudi Arabia", "Mohammed bin Salman")
    assert (mbs, "leaderOf", sau) in triples(extract(doc, document(doc), onto, gaz), onto)


def test_the_agency_is_the_international_body_named_before(build_doc, document, onto, gaz):
    doc = build_doc(_sentences(
        [("The", 1, "det", "DET", "the"), ("IAEA", 2, "nsubj", "PROPN", "IAEA", "IGO"),  # "The IAEA warned Chile.
         ("warned", 2, "ROOT", "VERB", "warn"), ("Chile", 2, "dobj", "PROPN", "Chile", "State"),
         (".", 2, "punct", "PUNCT", ".")],
        [("The", 1, "det", "DET", "the"), ("agency", 4, "poss", "NOUN", "agency"),  # The agency's director general,
         ("'s", 1, "case", "PART", "'s"), ("director", 4, "compound", "NOUN", "director"),  # Juan Mora, spoke."
         ("general", 9, "nsubj", "NOUN", "general"), (",", 4, "punct", "PUNCT", ","),
         ("Juan", 7, "compound", "PROPN", "Juan", "Person"), ("Mora", 4, "appos", "PROPN", "Mora", "+Person"),
         (",", 4, "punct", "PUNCT", ","), ("spoke", 9, "ROOT", "VERB", "speak"), (".", 9, "punct", "PUNCT", ".")],
    ))
    iaea, = ids(gaz, "IAEA")
    got = {(r, o) for s, r, o in triples(extract(doc, document(doc), onto, gaz), onto) if s.startswith("Person/")}
    assert ("leaderOf", iaea) in got


def test_the_junta_is_the_state_whose_military_was_named_however_far_back(build_doc, document, onto, gaz):
    filler = [("Nothing", 1, "nsubj", "PRON", "nothing"), ("happened", 1, "ROOT", "VERB", "happen"),
              *[("again", 1, "advmod", "ADV", "again")] * 450, (".", 1, "punct", "PUNCT", ".")]  # about 2,700 characters
    doc = build_doc(_sentences(
        [("Chile", 2, "poss", "PROPN", "Chile", "State"), ("'s", 0, "case", "PART", "'s"),  # "Chile's military attacked
         ("military", 3, "nsubj", "NOUN", "military"), ("attacked", 3, "ROOT", "VERB", "attack"),  # rebels.
         ("rebels", 3, "dobj", "NOUN", "rebel"), (".", 3, "punct", "PUNCT", ".")],
        [("Peru", 1, "nsubj", "PROPN", "Peru", "State"), ("closed", 1, "ROOT", "VERB", "close"),  # Peru closed the bridge.
         ("the", 3, "det", "DET", "the"), ("bridge", 1, "dobj", "NOUN", "bridge"), (".", 1, "punct", "PUNCT", ".")],
        filler,
        [("The", 1, "det", "DET", "the"), ("junta", 2, "nsubj", "NOUN", "junta"),  # The junta threatened Bolivia."
         ("threatened", 2, "ROOT", "VERB", "threaten"), ("Bolivia", 2, "dobj", "PROPN", "Bolivia", "State"),
         (".", 2, "punct", "PUNCT", ".")],
    ))
    chl, bol = ids(gaz, "Chile", "Bolivia")
    assert (chl, "threatens", bol) in triples(extract(doc, document(doc), onto, gaz), onto)


def test_moving_missile_batteries_to_a_state_deploys_them_against_it(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile moved missile batteries to Peru."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("moved", 1, "ROOT", "VERB", "move"),
        ("missile", 3, "compound", "NOUN", "missile"), ("batteries", 1, "dobj", "NOUN", "battery"),
        ("to", 1, "prep", "ADP", "to"), ("Peru", 4, "pobj", "PROPN", "Peru", "State"), (".", 1, "punct", "PUNCT", "."),
    ])
    doc[3].tag_ = "NNS"
    chl, per = ids(gaz, "Chile", "Peru")
    assert (chl, "mobilizes", per) in triples(extract(doc, document(doc), onto, gaz), onto)


def test_its_neighbour_after_an_infinitive_of_a_coordinated_verb_is_the_shared_subject_s(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile summoned Peru's envoy and threatened to sue its neighbour."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("summoned", 1, "ROOT", "VERB", "summon"),
        ("Peru", 4, "poss", "PROPN", "Peru", "State"), ("'s", 2, "case", "PART", "'s"),
        ("envoy", 1, "dobj", "NOUN", "envoy"), ("and", 1, "cc", "CCONJ", "and"),
        ("threatened", 1, "conj", "VERB", "threaten"), ("to", 8, "aux", "PART", "to"),
        ("sue", 6, "xcomp", "VERB", "sue"), ("its", 10, "poss", "PRON", "its"),
        ("neighbour", 8, "dobj", "NOUN", "neighbour"), (".", 1, "punct", "PUNCT", "."),
    ])
    doc[9].tag_, doc[10].tag_ = "PRP$", "NN"
    chl, per = ids(gaz, "Chile", "Peru")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert (chl, "threatens", per) in got


def test_its_place_where_a_subject_acts_is_the_subject_s_own_and_no_target(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile bought missiles from Peru and deployed batteries on its coast."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("bought", 1, "ROOT", "VERB", "buy"),
        ("missiles", 1, "dobj", "NOUN", "missile"), ("from", 2, "prep", "ADP", "from"),
        ("Peru", 3, "pobj", "PROPN", "Peru", "State"), ("and", 1, "cc", "CCONJ", "and"),
        ("deployed", 1, "conj", "VERB", "deploy"), ("batteries", 6, "dobj", "NOUN", "battery"),
        ("on", 6, "prep", "ADP", "on"), ("its", 10, "poss", "PRON", "its"), ("coast", 8, "pobj", "NOUN", "coast"),
        (".", 1, "punct", "PUNCT", "."),
    ])
    doc[2].tag_, doc[7].tag_, doc[9].tag_ = "NNS", "NNS", "PRP$"
    chl, per = ids(gaz, "Chile", "Peru")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert got == {(chl, "cooperatesWith", per)}


def test_a_state_s_military_leader_leads_that_state_not_the_military_named_before(build_doc, document, onto, gaz):
    doc = build_doc(_sentences(
        [("The", 2, "det", "DET", "the"), ("Ukrainian", 2, "amod", "ADJ", "Ukrainian", "GovernmentBody"),  # "The
         ("military", 3, "nsubj", "NOUN", "military", "+GovernmentBody"),  # Ukrainian military attacked rebels."
         ("attacked", 3, "ROOT", "VERB", "attack"), ("rebels", 3, "dobj", "NOUN", "rebel"), (".", 3, "punct", "PUNCT", ".")],
        [("Peru", 3, "poss", "PROPN", "Peru", "State"), ("'s", 0, "case", "PART", "'s"),  # "Peru's military leader,
         ("military", 3, "amod", "ADJ", "military"), ("leader", 9, "nsubj", "NOUN", "leader"),  # General Ana Soto,
         (",", 3, "punct", "PUNCT", ","), ("General", 7, "compound", "PROPN", "General"),  # spoke."
         ("Ana", 7, "compound", "PROPN", "Ana", "Person"), ("Soto", 3, "appos", "PROPN", "Soto", "+Person"),
         (",", 3, "punct", "PUNCT", ","), ("spoke", 9, "ROOT", "VERB", "speak"), (".", 9, "punct", "PUNCT", ".")],
    ))
    got = _named(extract(doc, document(doc), onto, gaz))
    assert ("Ana Soto", "leaderOf", "Peru") in got
    assert not any(s == "Ana Soto" and o != "Peru" for s, _, o in got)


def test_a_state_s_own_body_or_an_unnamed_one_hyphened_to_its_government_backs_no_one(build_doc, document, onto, gaz):
    doc = build_doc([  # "Sudan's army-backed government criticized Kenya."
        ("Sudan", 5, "poss", "PROPN", "Sudan", "State"), ("'s", 0, "case", "PART", "'s"),
        ("army", 4, "npadvmod", "NOUN", "army", "GovernmentBody"), ("-", 4, "punct", "PUNCT", "-"),
        ("backed", 5, "amod", "VERB", "back"), ("government", 6, "nsubj", "NOUN", "government"),
        ("criticized", 6, "ROOT", "VERB", "criticize"), ("Kenya", 6, "dobj", "PROPN", "Kenya", "State"),
        (".", 6, "punct", "PUNCT", "."),
        ("The", 12, "det", "DET", "the"), ("army", 12, "npadvmod", "NOUN", "army"),  # "The army-backed government
        ("-", 12, "punct", "PUNCT", "-"), ("backed", 13, "amod", "VERB", "back"),  # criticized Kenya."
        ("government", 14, "nsubj", "NOUN", "government"), ("criticized", 14, "ROOT", "VERB", "criticize"),
        ("Kenya", 14, "dobj", "PROPN", "Kenya", "State"), (".", 14, "punct", "PUNCT", "."),
    ])
    doc[2].ent_id_ = "saf"
    sdn, ken = ids(gaz, "Sudan", "Kenya")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert (sdn, "opposes", ken) in got
    assert not any(r == "supports" for _, r, _ in got)


def test_an_act_done_with_a_weapon_is_an_act_of_force_and_the_attack_named_after_it(build_doc, document, onto, gaz):
    doc = build_doc(_sentences(
        [("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("blasted", 1, "ROOT", "VERB", "blast"),  # "Chile blasted
         ("a", 4, "det", "DET", "a"), ("Peruvian", 4, "amod", "ADJ", "Peruvian", "State"),  # a Peruvian ship with
         ("ship", 1, "dobj", "NOUN", "ship"), ("with", 1, "prep", "ADP", "with"),  # water cannon."
         ("water", 7, "compound", "NOUN", "water"), ("cannon", 5, "pobj", "NOUN", "cannon"), (".", 1, "punct", "PUNCT", ".")],
        [("Peru", 1, "nsubj", "PROPN", "Peru", "State"), ("met", 1, "ROOT", "VERB", "meet"),  # "Peru met Ecuador."
         ("Ecuador", 1, "dobj", "PROPN", "Ecuador", "State"), (".", 1, "punct", "PUNCT", ".")],
        [("Bolivia", 1, "nsubj", "PROPN", "Bolivia", "State"), ("condemned", 1, "ROOT", "VERB", "condemn"),  # "Bolivia
         ("the", 3, "det", "DET", "the"), ("attack", 1, "dobj", "NOUN", "attack"),  # condemned the attack."
         (".", 1, "punct", "PUNCT", ".")],
    ))
    chl, per, bol = ids(gaz, "Chile", "Peru", "Bolivia")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert (chl, "assaults", per) in got and (chl, "opposes", per) not in got
    assert (bol, "opposes", chl) in got and (bol, "opposes", per) not in got


def test_a_body_named_before_and_asked_to_act_is_the_one_appealed_to(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile filed a case at the ICJ, asking the court to suspend Peru."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("filed", 1, "ROOT", "VERB", "file"),
        ("a", 3, "det", "DET", "a"), ("case", 1, "dobj", "NOUN", "case"), ("at", 1, "prep", "ADP", "at"),
        ("the", 6, "det", "DET", "the"), ("ICJ", 4, "pobj", "PROPN", "ICJ", "IGO"), (",", 1, "punct", "PUNCT", ","),
        ("asking", 1, "advcl", "VERB", "ask"), ("the", 10, "det", "DET", "the"), ("court", 8, "dobj", "NOUN", "court"),
        ("to", 12, "aux", "PART", "to"), ("suspend", 8, "xcomp", "VERB", "suspend"),
        ("Peru", 12, "dobj", "PROPN", "Peru", "State"), (".", 1, "punct", "PUNCT", "."),
    ])
    chl, per, icj = ids(gaz, "Chile", "Peru", "ICJ")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert (chl, "appealsTo", icj) in got and (chl, "appealsTo", per) not in got


def test_shipments_a_commodity_names_are_trade_and_the_commodity_is_no_actor(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile's LNG shipments to Peru rose."
        ("Chile", 3, "poss", "PROPN", "Chile", "State"), ("'s", 0, "case", "PART", "'s"),
        ("LNG", 3, "compound", "PROPN", "LNG", "ORG"), ("shipments", 6, "nsubj", "NOUN", "shipment"),
        ("to", 3, "prep", "ADP", "to"), ("Peru", 4, "pobj", "PROPN", "Peru", "State"),
        ("rose", 6, "ROOT", "VERB", "rise"), (".", 6, "punct", "PUNCT", "."),
    ])
    doc[3].tag_ = "NNS"
    chl, per = ids(gaz, "Chile", "Peru")
    result = extract(doc, document(doc), onto, gaz)
    assert triples(result, onto) == {(chl, "cooperatesWith", per)}
    assert not any(e.label == "LNG" for e in result.entities)


def test_a_spokesperson_speaks_for_no_state_whose_acts_on_us_they_report(build_doc, document, onto, gaz):
    doc = build_doc(_sentences(
        [("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("protested", 1, "ROOT", "VERB", "protest"),  # "Chile
         (".", 1, "punct", "PUNCT", ".")],  # protested."
        [("Peru", 1, "nsubj", "PROPN", "Peru", "State"), ("blocked", 8, "ccomp", "VERB", "block"),  # "Peru blocked
         ("our", 3, "poss", "PRON", "our"), ("ship", 1, "dobj", "NOUN", "ship"), (",", 8, "punct", "PUNCT", ","),  # our
         ("spokesman", 7, "compound", "NOUN", "spokesman"), ("Ana", 7, "compound", "PROPN", "Ana", "Person"),  # ship,
         ("Soto", 8, "nsubj", "PROPN", "Soto", "+Person"), ("said", 8, "ROOT", "VERB", "say"),  # spokesman Ana Soto
         (".", 8, "punct", "PUNCT", ".")],  # said."
    ))
    got = _named(extract(doc, document(doc), onto, gaz))
    assert ("Ana Soto", "memberOf", "Chile") in got and ("Ana Soto", "memberOf", "Peru") not in got


def test_a_state_s_own_body_is_no_target_of_its_acts(build_doc, document, onto, gaz):
    doc = build_doc([  # "The United States urged the Pentagon to respect Peru."
        ("The", 2, "det", "DET", "the"), ("United", 2, "compound", "PROPN", "United", "State"),
        ("States", 3, "nsubj", "PROPN", "States", "+State"), ("urged", 3, "ROOT", "VERB", "urge"),
        ("the", 5, "det", "DET", "the"), ("Pentagon", 3, "dobj", "PROPN", "Pentagon", "GovernmentBody"),
        ("to", 7, "aux", "PART", "to"), ("respect", 3, "xcomp", "VERB", "respect"),
        ("Peru", 7, "dobj", "PROPN", "Peru", "State"), (".", 3, "punct", "PUNCT", "."),
    ])
    usa, dod = ids(gaz, "United States", "Pentagon")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert got and not any(o == dod for _, _, o in got)


def test_a_minister_the_text_places_in_a_state_is_none_of_the_dateline_s(build_doc, document, onto, gaz):
    doc = build_doc([  # "LIMA — Chile hosted a Bolivian delegation led by Minister Ana Soto."
        ("LIMA", 3, "npadvmod", "PROPN", "Lima"), ("—", 3, "punct", "PUNCT", "—"),
        ("Chile", 3, "nsubj", "PROPN", "Chile", "State"), ("hosted", 3, "ROOT", "VERB", "host"),
        ("a", 6, "det", "DET", "a"), ("Bolivian", 6, "amod", "ADJ", "Bolivian", "State"),
        ("delegation", 3, "dobj", "NOUN", "delegation"), ("led", 6, "acl", "VERB", "lead"),
        ("by", 7, "agent", "ADP", "by"), ("Minister", 11, "compound", "PROPN", "Minister"),
        ("Ana", 11, "compound", "PROPN", "Ana", "Person"), ("Soto", 8, "pobj", "PROPN", "Soto", "+Person"),
        (".", 3, "punct", "PUNCT", "."),
    ])
    doc[7].tag_ = "VBN"
    bol, = ids(gaz, "Bolivia")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert {o for _, r, o in got if r == "memberOf"} == {bol}


def test_a_name_with_a_landform_in_apposition_is_a_place_whatever_the_ner_said(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile includes Tarma, the plateau."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("includes", 1, "ROOT", "VERB", "include"),
        ("Tarma", 1, "dobj", "PROPN", "Tarma", "ORG"), (",", 2, "punct", "PUNCT", ","), ("the", 5, "det", "DET", "the"),
        ("plateau", 2, "appos", "NOUN", "plateau"), (".", 1, "punct", "PUNCT", "."),
    ])
    result = extract(doc, document(doc), onto, gaz)
    assert not triples(result, onto)
    assert not any(e.label == "Tarma" and e.cls != "Location" for e in result.entities)


def test_the_military_government_is_the_state_whose_military_was_named_before(build_doc, document, onto, gaz):
    doc = build_doc(_sentences(
        [("Chile", 2, "poss", "PROPN", "Chile", "State"), ("'s", 0, "case", "PART", "'s"),  # "Chile's military attacked
         ("military", 3, "nsubj", "NOUN", "military"), ("attacked", 3, "ROOT", "VERB", "attack"),  # rebels.
         ("rebels", 3, "dobj", "NOUN", "rebel"), (".", 3, "punct", "PUNCT", ".")],
        [("Peru", 1, "nsubj", "PROPN", "Peru", "State"), ("closed", 1, "ROOT", "VERB", "close"),  # Peru closed the bridge.
         ("the", 3, "det", "DET", "the"), ("bridge", 1, "dobj", "NOUN", "bridge"), (".", 1, "punct", "PUNCT", ".")],
        [("Bolivia", 1, "nsubj", "PROPN", "Bolivia", "State"), ("warned", 1, "ROOT", "VERB", "warn"),  # Bolivia warned
         ("the", 4, "det", "DET", "the"), ("military", 4, "amod", "ADJ", "military"),  # the military government."
         ("government", 1, "dobj", "NOUN", "government"), (".", 1, "punct", "PUNCT", ".")],
    ))
    chl, per, bol = ids(gaz, "Chile", "Peru", "Bolivia")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert (bol, "threatens", chl) in got and (bol, "threatens", per) not in got


def test_an_adviser_to_a_body_is_one_of_it(build_doc, document, onto, gaz):
    doc = build_doc([  # "Ana Soto, an adviser to Peru's defence ministry, spoke."
        ("Ana", 1, "compound", "PROPN", "Ana", "Person"), ("Soto", 11, "nsubj", "PROPN", "Soto", "+Person"),
        (",", 1, "punct", "PUNCT", ","), ("an", 4, "det", "DET", "an"), ("adviser", 1, "appos", "NOUN", "adviser"),
        ("to", 4, "prep", "ADP", "to"), ("Peru", 9, "poss", "PROPN", "Peru", "State"), ("'s", 6, "case", "PART", "'s"),
        ("defence", 9, "compound", "NOUN", "defence"), ("ministry", 5, "pobj", "NOUN", "ministry"),
        (",", 1, "punct", "PUNCT", ","), ("spoke", 11, "ROOT", "VERB", "speak"), (".", 11, "punct", "PUNCT", "."),
    ])
    assert ("Ana Soto", "memberOf", "Peru") in _named(extract(doc, document(doc), onto, gaz))


def test_one_who_holds_office_in_a_state_does_not_act_on_it(build_doc, document, onto, gaz):
    doc = build_doc([  # "Putin said the storming of Russia's embassy was a violation."
        ("Putin", 1, "nsubj", "PROPN", "Putin", "Person"), ("said", 1, "ROOT", "VERB", "say"),
        ("the", 3, "det", "DET", "the"), ("storming", 8, "nsubj", "NOUN", "storming"), ("of", 3, "prep", "ADP", "of"),
        ("Russia", 7, "poss", "PROPN", "Russia", "State"), ("'s", 5, "case", "PART", "'s"),
        ("embassy", 4, "pobj", "NOUN", "embassy"), ("was", 1, "ccomp", "AUX", "be"),
        ("a", 10, "det", "DET", "a"), ("violation", 8, "attr", "NOUN", "violation"), (".", 1, "punct", "PUNCT", "."),
    ])
    assert not triples(extract(doc, document(doc), onto, gaz), onto)


def test_the_attack_condemned_pages_later_is_the_last_act_of_force_s(build_doc, document, onto, gaz):
    attack = [("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("blasted", 1, "ROOT", "VERB", "blast"),  # "Chile
              ("Peru", 1, "dobj", "PROPN", "Peru", "State"), ("with", 1, "prep", "ADP", "with"),  # blasted Peru with
              ("rockets", 3, "pobj", "NOUN", "rocket"), (".", 1, "punct", "PUNCT", ".")]  # rockets."
    meeting = [("Bolivia", 1, "nsubj", "PROPN", "Bolivia", "State"), ("met", 1, "ROOT", "VERB", "meet"),  # "Bolivia
               ("Ecuador", 1, "dobj", "PROPN", "Ecuador", "State"), (".", 1, "punct", "PUNCT", ".")]  # met Ecuador."
    reaction = [("Cuba", 1, "nsubj", "PROPN", "Cuba", "State"), ("condemned", 1, "ROOT", "VERB", "condemn"),  # "Cuba
                ("the", 3, "det", "DET", "the"), ("attack", 1, "dobj", "NOUN", "attack"),  # condemned the attack."
                (".", 1, "punct", "PUNCT", ".")]
    doc = build_doc(_sentences(attack, *[meeting] * 100, reaction))  # some 2,000 characters apart
    assert doc[-1].idx - doc[0].idx > 1500
    chl, bol, cub = ids(gaz, "Chile", "Bolivia", "Cuba")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert (cub, "opposes", chl) in got and (cub, "opposes", bol) not in got


def test_a_state_does_not_act_on_one_who_holds_office_in_it_but_by_force(build_doc, document, onto, gaz):
    doc = build_doc(_sentences(
        [("Russia", 1, "nsubj", "PROPN", "Russia", "State"), ("rejected", 1, "ROOT", "VERB", "reject"),  # "Russia
         ("Putin", 1, "dobj", "PROPN", "Putin", "Person"), (".", 1, "punct", "PUNCT", ".")],  # rejected Putin."
        [("Russia", 1, "nsubj", "PROPN", "Russia", "State"), ("arrested", 1, "ROOT", "VERB", "arrest"),  # "Russia
         ("Putin", 1, "dobj", "PROPN", "Putin", "Person"), (".", 1, "punct", "PUNCT", ".")],  # arrested Putin."
    ))
    rus, putin = ids(gaz, "Russia", "Putin")
    assert triples(extract(doc, document(doc), onto, gaz), onto) == {(rus, "coerces", putin)}


def test_a_name_in_apposition_to_a_subject_is_the_subject_a_pronoun_continues(build_doc, document, onto, gaz):
    doc = build_doc(_sentences(
        [("Putin", 1, "nsubj", "PROPN", "Putin", "Person"), ("spoke", 1, "ROOT", "VERB", "speak"),  # "Putin spoke.
         (".", 1, "punct", "PUNCT", ".")],
        [("His", 1, "poss", "PRON", "his"), ("counterpart", 6, "nsubj", "NOUN", "counterpart"),  # His counterpart,
         (",", 1, "punct", "PUNCT", ","), ("Juan", 4, "compound", "PROPN", "Juan", "Person"),  # Juan Mora, called.
         ("Mora", 1, "appos", "PROPN", "Mora", "+Person"), (",", 1, "punct", "PUNCT", ","),
         ("called", 6, "ROOT", "VERB", "call"), (".", 6, "punct", "PUNCT", ".")],
        [("He", 1, "nsubj", "PRON", "he"), ("condemned", 1, "ROOT", "VERB", "condemn"),  # He condemned Peru."
         ("Peru", 1, "dobj", "PROPN", "Peru", "State"), (".", 1, "punct", "PUNCT", ".")],
    ))
    putin, per = ids(gaz, "Putin", "Peru")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert ("Person/juan-mora", "opposes", per) in got and (putin, "opposes", per) not in got


def test_a_several_word_portfolio_before_a_title_is_no_body(build_doc):
    doc = build_doc([  # "External Affairs Minister Ana Soto spoke."
        ("External", 1, "compound", "PROPN", "External", "ORG"), ("Affairs", 2, "compound", "PROPN", "Affairs", "+ORG"),
        ("Minister", 4, "compound", "PROPN", "Minister"), ("Ana", 4, "compound", "PROPN", "Ana", "Person"),
        ("Soto", 5, "nsubj", "PROPN", "Soto", "+Person"), ("spoke", 5, "ROOT", "VERB", "speak"),
        (".", 5, "punct", "PUNCT", "."),
    ])
    assert portfolio(doc.ents[0], {"minister": "memberOf"})


def test_a_quote_s_third_person_is_not_the_one_it_is_told_to(build_doc, document, onto, gaz):
    doc = build_doc(_sentences(
        [("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("spoke", 1, "ROOT", "VERB", "speak"),  # Chile spoke.
         (".", 1, "punct", "PUNCT", ".")],
        [("“", 2, "punct", "PUNCT", "“"), ("We", 2, "nsubj", "PRON", "we"),  # “We met,” Soto told Bolivia.
         ("met", 6, "ccomp", "VERB", "meet"), (",", 6, "punct", "PUNCT", ","), ("”", 6, "punct", "PUNCT", "”"),
         ("Soto", 6, "nsubj", "PROPN", "Soto", "Person"), ("told", 6, "ROOT", "VERB", "tell"),
         ("Bolivia", 6, "dobj", "PROPN", "Bolivia", "State"), (".", 6, "punct", "PUNCT", ".")],
        [("“", 2, "punct", "PUNCT", "“"), ("We", 2, "nsubj", "PRON", "we"),  # “We warned it.”
         ("warned", 2, "ROOT", "VERB", "warn"), ("it", 2, "dobj", "PRON", "it"), (".", 2, "punct", "PUNCT", "."),
         ("”", 2, "punct", "PUNCT", "”")],
    ))
    chl, bol = ids(gaz, "Chile", "Bolivia")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert ("Person/soto", "threatens", chl) in got and ("Person/soto", "threatens", bol) not in got


def test_arresting_a_state_s_people_coerces_the_state(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile arrested Peruvian fishermen."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("arrested", 1, "ROOT", "VERB", "arrest"),
        ("Peruvian", 3, "amod", "ADJ", "peruvian", "State"), ("fishermen", 1, "dobj", "NOUN", "fisherman"),
        (".", 1, "punct", "PUNCT", "."),
    ])
    doc[3].tag_ = "NNS"
    chl, per = ids(gaz, "Chile", "Peru")
    assert triples(extract(doc, document(doc), onto, gaz), onto) == {(chl, "coerces", per)}


def test_a_participle_of_what_force_did_goes_with_the_nearest_act(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile protested after Peru fired on a boat, wounding Bolivia."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("protested", 1, "ROOT", "VERB", "protest"),
        ("after", 4, "mark", "SCONJ", "after"), ("Peru", 4, "nsubj", "PROPN", "Peru", "State"),
        ("fired", 1, "advcl", "VERB", "fire"), ("on", 4, "prep", "ADP", "on"), ("a", 7, "det", "DET", "a"),
        ("boat", 5, "pobj", "NOUN", "boat"), (",", 1, "punct", "PUNCT", ","), ("wounding", 1, "advcl", "VERB", "wound"),
        ("Bolivia", 9, "dobj", "PROPN", "Bolivia", "State"), (".", 1, "punct", "PUNCT", "."),
    ])
    doc[9].tag_ = "VBG"
    chl, per, bol = ids(gaz, "Chile", "Peru", "Bolivia")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert (per, "assaults", bol) in got and (chl, "assaults", bol) not in got


def test_the_launch_condemned_is_of_whoever_fired(build_doc, document, onto, gaz):
    doc = build_doc(_sentences(
        [("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("fired", 1, "ROOT", "VERB", "fire"),  # "Chile fired a
         ("a", 3, "det", "DET", "a"), ("missile", 1, "dobj", "NOUN", "missile"), (".", 1, "punct", "PUNCT", ".")],
        [("Ana", 1, "compound", "PROPN", "Ana", "Person"), ("Soto", 2, "nsubj", "PROPN", "Soto", "+Person"),  # missile.
         ("spoke", 2, "ROOT", "VERB", "speak"), (".", 2, "punct", "PUNCT", ".")],  # Ana Soto spoke.
        [("Peru", 1, "nsubj", "PROPN", "Peru", "State"), ("condemned", 1, "ROOT", "VERB", "condemn"),  # Peru condemned
         ("the", 3, "det", "DET", "the"), ("launch", 1, "dobj", "NOUN", "launch"), (".", 1, "punct", "PUNCT", ".")],
    ))  # the launch."
    chl, per = ids(gaz, "Chile", "Peru")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert (per, "opposes", chl) in got and not any(o == "Person/ana-soto" for _, _, o in got)


def test_one_s_own_people_are_no_other_party(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile will defend its people."
        ("Chile", 2, "nsubj", "PROPN", "Chile", "State"), ("will", 2, "aux", "AUX", "will"),
        ("defend", 2, "ROOT", "VERB", "defend"), ("its", 4, "poss", "PRON", "its"), ("people", 2, "dobj", "NOUN", "people"),
        (".", 2, "punct", "PUNCT", "."),
    ])
    assert not triples(extract(doc, document(doc), onto, gaz), onto)


def test_a_reaction_after_some_died_answers_no_one(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile vowed revenge after Peruvian fishermen drowned."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("vowed", 1, "ROOT", "VERB", "vow"),
        ("revenge", 1, "dobj", "NOUN", "revenge"), ("after", 6, "mark", "SCONJ", "after"),
        ("Peruvian", 5, "amod", "ADJ", "peruvian", "State"), ("fishermen", 6, "nsubj", "NOUN", "fisherman"),
        ("drowned", 1, "advcl", "VERB", "drown"), (".", 1, "punct", "PUNCT", "."),
    ])
    doc[5].tag_ = "NNS"
    assert not triples(extract(doc, document(doc), onto, gaz), onto)


@pytest.mark.parametrize("neg", [True, False], ids=["did not say whether: no claim", "said: a claim"])
def test_what_a_speaker_did_not_say_is_no_claim(neg, build_doc, document, onto, gaz):
    said = [("Chile", 3, "nsubj", "PROPN", "Chile", "State"), ("did", 3, "aux", "AUX", "do"),  # "Chile did not say
            ("not", 3, "neg", "PART", "not"), ("say", 3, "ROOT", "VERB", "say"),  # whether it met Peru."
            ("whether", 6, "mark", "SCONJ", "whether"), ("it", 6, "nsubj", "PRON", "it"), ("met", 3, "ccomp", "VERB", "meet"),
            ("Peru", 6, "dobj", "PROPN", "Peru", "State"), (".", 3, "punct", "PUNCT", ".")] if neg else [
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("said", 1, "ROOT", "VERB", "say"),  # "Chile said it met Peru."
        ("it", 3, "nsubj", "PRON", "it"), ("met", 1, "ccomp", "VERB", "meet"), ("Peru", 3, "dobj", "PROPN", "Peru", "State"),
        (".", 1, "punct", "PUNCT", ".")]
    doc = build_doc(said)
    chl, per = ids(gaz, "Chile", "Peru")
    assert ((chl, "consults", per) in triples(extract(doc, document(doc), onto, gaz), onto)) is not neg


def test_a_description_compounded_on_a_name_is_the_one_named(build_doc, document, onto, gaz):
    doc = build_doc(_sentences(
        [("Chilean", 2, "amod", "ADJ", "chilean", "State"), ("mining", 2, "compound", "NOUN", "mining"),  # "Chilean
         ("group", 3, "compound", "NOUN", "group"), ("Codelco", 4, "nsubj", "PROPN", "Codelco", "ORG"),  # mining group
         ("spoke", 4, "ROOT", "VERB", "speak"), (".", 4, "punct", "PUNCT", ".")],  # Codelco spoke.
        [("The", 1, "det", "DET", "the"), ("group", 8, "nsubj", "NOUN", "group"),  # The group, led by Ana Soto,
         (",", 1, "punct", "PUNCT", ","), ("led", 1, "acl", "VERB", "lead"), ("by", 3, "agent", "ADP", "by"),  # condemned
         ("Ana", 6, "compound", "PROPN", "Ana", "Person"), ("Soto", 4, "pobj", "PROPN", "Soto", "+Person"),  # Peru."
         (",", 1, "punct", "PUNCT", ","), ("condemned", 8, "ROOT", "VERB", "condemn"),
         ("Peru", 8, "dobj", "PROPN", "Peru", "State"), (".", 8, "punct", "PUNCT", ".")],
    ))
    doc[9].tag_ = "VBN"
    per, = ids(gaz, "Peru")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert {s for s, r, o in got if o == per} == {"Organization/codelco"}
    assert ("Person/ana-soto", "leaderOf", "Organization/codelco") in got


def test_two_forces_fighting_near_a_town_fight_each_other(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chilean troops and Peruvian troops fought near Arica."
        ("Chilean", 1, "amod", "ADJ", "chilean", "State"), ("troops", 5, "nsubj", "NOUN", "troop"),
        ("and", 1, "cc", "CCONJ", "and"), ("Peruvian", 4, "amod", "ADJ", "peruvian", "State"),
        ("troops", 1, "conj", "NOUN", "troop"), ("fought", 5, "ROOT", "VERB", "fight"), ("near", 5, "prep", "ADP", "near"),
        ("Arica", 6, "pobj", "PROPN", "Arica", "LOC"), (".", 5, "punct", "PUNCT", "."),
    ])
    doc[1].tag_ = doc[4].tag_ = "NNS"
    chl, per = ids(gaz, "Chile", "Peru")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert {frozenset((s, o)) for s, r, o in got if r == "fights"} == {frozenset((chl, per))}


def test_the_militant_group_is_an_armed_group_named_before(build_doc, document, onto, gaz):
    doc = build_doc(_sentences(
        [("Hamas", 1, "nsubj", "PROPN", "Hamas", "ArmedGroup"), ("met", 1, "ROOT", "VERB", "meet"),  # "Hamas met
         ("the", 4, "det", "DET", "the"), ("African", 4, "compound", "PROPN", "African", "IGO"),  # the African Union.
         ("Union", 1, "dobj", "PROPN", "Union", "+IGO"), (".", 1, "punct", "PUNCT", ".")],
        [("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("condemned", 1, "ROOT", "VERB", "condemn"),  # Chile condemned
         ("the", 4, "det", "DET", "the"), ("militant", 4, "amod", "ADJ", "militant"),  # the militant group."
         ("group", 1, "dobj", "NOUN", "group"), (".", 1, "punct", "PUNCT", ".")],
    ))
    chl, hamas, au = ids(gaz, "Chile", "Hamas", "African Union")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert (chl, "opposes", hamas) in got and (chl, "opposes", au) not in got


def test_people_counted_are_no_actor(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile shelled Peru, killing 14 people."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("shelled", 1, "ROOT", "VERB", "shell"),
        ("Peru", 1, "dobj", "PROPN", "Peru", "State"), (",", 1, "punct", "PUNCT", ","),
        ("killing", 1, "advcl", "VERB", "kill"), ("14", 6, "nummod", "NUM", "14"), ("people", 4, "dobj", "NOUN", "people"),
        (".", 1, "punct", "PUNCT", "."),
    ])
    doc[4].tag_ = "VBG"
    chl, per = ids(gaz, "Chile", "Peru")
    assert {o for _, _, o in triples(extract(doc, document(doc), onto, gaz), onto)} == {per}


def test_ordering_an_envoy_out_expels_him(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile orders Peru's ambassador out."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("orders", 1, "ROOT", "VERB", "order"),
        ("Peru", 4, "poss", "PROPN", "Peru", "State"), ("'s", 2, "case", "PART", "'s"),
        ("ambassador", 1, "dobj", "NOUN", "ambassador"), ("out", 1, "prt", "ADP", "out"), (".", 1, "punct", "PUNCT", "."),
    ])
    chl, per = ids(gaz, "Chile", "Peru")
    got = claims(extract(doc, document(doc), onto, gaz), onto)
    assert {r for s, r, o, _ in got if (s, o) == (chl, per)} == {"reducesRelations"}


def test_a_relation_whose_noun_collapsed_holds_no_more(build_doc, document, onto, gaz):
    doc = build_doc([  # "The friendship between Chile and Peru has collapsed."
        ("The", 1, "det", "DET", "the"), ("friendship", 7, "nsubj", "NOUN", "friendship"),
        ("between", 1, "prep", "ADP", "between"), ("Chile", 2, "pobj", "PROPN", "Chile", "State"),
        ("and", 3, "cc", "CCONJ", "and"), ("Peru", 3, "conj", "PROPN", "Peru", "State"),
        ("has", 7, "aux", "AUX", "have"), ("collapsed", 7, "ROOT", "VERB", "collapse"), (".", 7, "punct", "PUNCT", "."),
    ])
    got = claims(extract(doc, document(doc), onto, gaz), onto)
    assert got and all(m == "negated" for *_, m in got)


def test_a_president_reporting_what_he_did_is_the_he(build_doc, document, onto, gaz):
    doc = build_doc(_sentences(
        [("Lula", 1, "nsubj", "PROPN", "Lula", "Person"), ("spoke", 1, "ROOT", "VERB", "speak"),  # "Lula spoke.
         (".", 1, "punct", "PUNCT", ".")],
        [("Putin", 1, "nsubj", "PROPN", "Putin", "Person"), ("spoke", 1, "ROOT", "VERB", "speak"),  # Putin spoke.
         (".", 1, "punct", "PUNCT", ".")],
        [("The", 2, "det", "DET", "the"), ("Brazilian", 2, "amod", "ADJ", "brazilian", "State"),  # The Brazilian
         ("president", 3, "nsubj", "NOUN", "president"), ("said", 3, "ROOT", "VERB", "say"),  # president said he met
         ("he", 5, "nsubj", "PRON", "he"), ("met", 3, "ccomp", "VERB", "meet"), ("Peru", 5, "dobj", "PROPN", "Peru", "State"),
         (".", 3, "punct", "PUNCT", ".")],  # Peru."
    ))
    lula, putin = ids(gaz, "Lula", "Putin")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert {s for s, r, _ in got if r == "consults"} == {lula}


def test_the_government_a_president_criticises_is_his_own(build_doc, document, onto, gaz):
    doc = build_doc(_sentences(
        [("Peru", 1, "nsubj", "PROPN", "Peru", "State"), ("paid", 1, "ROOT", "VERB", "pay"),  # "Peru paid.
         (".", 1, "punct", "PUNCT", ".")],
        [("Putin", 1, "nsubj", "PROPN", "Putin", "Person"), ("criticised", 1, "ROOT", "VERB", "criticise"),  # Putin
         ("the", 3, "det", "DET", "the"), ("government", 5, "poss", "NOUN", "government"),  # criticised the
         ("'s", 3, "case", "PART", "'s"), ("plans", 1, "dobj", "NOUN", "plan"), (".", 1, "punct", "PUNCT", ".")],
    ))  # government's plans."
    doc[8].tag_ = "NNS"
    assert not triples(extract(doc, document(doc), onto, gaz), onto)


@pytest.mark.parametrize("denied", [True, False], ids=["a charge denied", "a charge"])
def test_a_charge_the_sentence_says_was_denied_is_negated(denied, build_doc, document, onto, gaz):
    tail = [(",", 5, "punct", "PUNCT", ","), ("a", 8, "det", "DET", "a"), ("charge", 5, "appos", "NOUN", "charge"),
            ("Peru", 10, "nsubj", "PROPN", "Peru", "State"), ("denies", 8, "relcl", "VERB", "deny")] if denied else []
    doc = build_doc([  # "Chile accuses Peru of arming Bolivia[, a charge Peru denies]."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("accuses", 1, "ROOT", "VERB", "accuse"),
        ("Peru", 1, "dobj", "PROPN", "Peru", "State"), ("of", 1, "prep", "ADP", "of"), ("arming", 3, "pcomp", "VERB", "arm"),
        ("Bolivia", 4, "dobj", "PROPN", "Bolivia", "State"), *tail, (".", 1, "punct", "PUNCT", "."),
    ])
    chl, per, bol = ids(gaz, "Chile", "Peru", "Bolivia")
    got = claims(extract(doc, document(doc), onto, gaz), onto)
    assert {m for s, r, o, m in got if (s, o) == (per, bol)} == {"negated" if denied else "hedged"}
    assert (chl, "opposes", per, "asserted") in got


@pytest.mark.parametrize("adjective,seated", [("new", True), ("parallel", False)])
def test_the_new_authorities_in_a_capital_are_its_state(adjective, seated, build_doc, document, onto, gaz):
    doc = build_doc([  # "The new authorities in Lima accused Chile." (but not "the parallel authorities")
        ("The", 2, "det", "DET", "the"), (adjective, 2, "amod", "ADJ", adjective),
        ("authorities", 5, "nsubj", "NOUN", "authority"),
        ("in", 2, "prep", "ADP", "in"), ("Lima", 3, "pobj", "PROPN", "Lima", "State"), ("accused", 5, "ROOT", "VERB", "accuse"),
        ("Chile", 5, "dobj", "PROPN", "Chile", "State"), (".", 5, "punct", "PUNCT", "."),
    ])
    doc[2].tag_ = "NNS"
    per, chl = ids(gaz, "Peru", "Chile")
    assert ((per, "opposes", chl) in triples(extract(doc, document(doc), onto, gaz), onto)) is seated


def test_one_a_state_s_delegation_was_led_by_is_its_member(build_doc, document, onto, gaz):
    doc = build_doc([  # "The Peruvian delegation was led by Ana Soto."
        ("The", 2, "det", "DET", "the"), ("Peruvian", 2, "amod", "ADJ", "peruvian", "State"),
        ("delegation", 4, "nsubjpass", "NOUN", "delegation"), ("was", 4, "auxpass", "AUX", "be"),
        ("led", 4, "ROOT", "VERB", "lead"), ("by", 4, "agent", "ADP", "by"), ("Ana", 7, "compound", "PROPN", "Ana", "Person"),
        ("Soto", 5, "pobj", "PROPN", "Soto", "+Person"), (".", 4, "punct", "PUNCT", "."),
    ])
    per, = ids(gaz, "Peru")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert ("Person/ana-soto", "memberOf", per) in got and ("Person/ana-soto", "leaderOf", per) not in got


@pytest.mark.parametrize("count", [True, False], ids=["three fighters: victims", "fighters: an actor"])
def test_fighters_counted_as_victims_are_no_actor(count, build_doc, document, onto, gaz):
    number = [("three", 3, "nummod", "NUM", "three")] if count else []  # (heads: "fighters" is word 3 when counted)
    doc = build_doc([  # "Chile killed [three] fighters."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("killed", 1, "ROOT", "VERB", "kill"), *number,
        ("fighters", 1, "dobj", "NOUN", "fighter"), (".", 1, "punct", "PUNCT", "."),
    ])
    doc[-2].tag_ = "NNS"
    assert bool(triples(extract(doc, document(doc), onto, gaz), onto)) is not count


def test_the_leader_a_description_names_holds_the_gazetteer_s_office_of_that_rank(build_doc, document, onto, gaz):
    doc = build_doc(_sentences(
        [("Putin", 1, "nsubj", "PROPN", "Putin", "Person"), ("spoke", 1, "ROOT", "VERB", "speak"),  # "Putin spoke.
         (".", 1, "punct", "PUNCT", ".")],
        [("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("met", 1, "ROOT", "VERB", "meet"),  # Chile met the Russian
         ("the", 4, "det", "DET", "the"), ("Russian", 4, "amod", "ADJ", "russian", "State"),  # leader."
         ("leader", 1, "dobj", "NOUN", "leader"), (".", 1, "punct", "PUNCT", ".")],
    ))
    putin, rus, chl = ids(gaz, "Putin", "Russia", "Chile")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert (putin, "leaderOf", rus) in got and (chl, "consults", putin) in got


def test_one_a_state_s_name_titles_does_not_act_on_it(build_doc, document, onto, gaz):
    doc = build_doc([  # "Peru Trade Minister Ana Soto urged Peru and Chile."
        ("Peru", 4, "compound", "PROPN", "Peru", "State"), ("Trade", 2, "compound", "PROPN", "Trade"),
        ("Minister", 4, "compound", "PROPN", "Minister"), ("Ana", 4, "compound", "PROPN", "Ana", "Person"),
        ("Soto", 5, "nsubj", "PROPN", "Soto", "+Person"), ("urged", 5, "ROOT", "VERB", "urge"),
        ("Peru", 5, "dobj", "PROPN", "Peru", "State"), ("and", 6, "cc", "CCONJ", "and"),
        ("Chile", 6, "conj", "PROPN", "Chile", "State"), (".", 5, "punct", "PUNCT", "."),
    ])
    per, chl = ids(gaz, "Peru", "Chile")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert {o for s, r, o in got if s == "Person/ana-soto" and r != "memberOf"} == {chl}


def test_cooperation_named_in_a_suspended_programme_is_cut(build_doc, document, onto, gaz):
    doc = build_doc([  # "Peru suspended a cooperation programme with Chile."
        ("Peru", 1, "nsubj", "PROPN", "Peru", "State"), ("suspended", 1, "ROOT", "VERB", "suspend"),
        ("a", 4, "det", "DET", "a"), ("cooperation", 4, "compound", "NOUN", "cooperation"),
        ("programme", 1, "dobj", "NOUN", "programme"), ("with", 4, "prep", "ADP", "with"),
        ("Chile", 5, "pobj", "PROPN", "Chile", "State"), (".", 1, "punct", "PUNCT", "."),
    ])
    per, chl = ids(gaz, "Peru", "Chile")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert (per, "reducesRelations", chl) in got and (per, "cooperatesWith", chl) not in got


def test_calling_a_state_s_move_disproportionate_criticises_it(build_doc, document, onto, gaz):
    doc = build_doc(_sentences(
        [("Peru", 1, "nsubj", "PROPN", "Peru", "State"), ("expelled", 1, "ROOT", "VERB", "expel"),  # "Peru expelled
         ("diplomats", 1, "dobj", "NOUN", "diplomat"), (".", 1, "punct", "PUNCT", ".")],  # diplomats.
        [("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("called", 1, "ROOT", "VERB", "call"),  # Chile called the
         ("the", 3, "det", "DET", "the"), ("move", 1, "dobj", "NOUN", "move"),  # move disproportionate."
         ("disproportionate", 1, "oprd", "ADJ", "disproportionate"), (".", 1, "punct", "PUNCT", ".")],
    ))
    per, chl = ids(gaz, "Peru", "Chile")
    assert (chl, "opposes", per) in triples(extract(doc, document(doc), onto, gaz), onto)


@pytest.mark.parametrize("verb,fight", [("shot", False), ("clashed", True)])
def test_two_forces_that_down_something_together_do_not_fight_each_other(verb, fight, build_doc, document, onto, gaz):
    lemma = {"shot": "shoot", "clashed": "clash"}[verb]
    particle = [("down", 1, "prt", "ADP", "down")] if verb == "shot" else [("again", 1, "advmod", "ADV", "again")]
    doc = build_doc([  # "Peru and Chile shot down [the projectiles] / clashed again."
        ("Peru", 2, "nsubj", "PROPN", "Peru", "State"), ("and", 0, "cc", "CCONJ", "and"),
        ("Chile", 0, "conj", "PROPN", "Chile", "State"), (verb, 3, "ROOT", "VERB", lemma), *[
            (w, 3, d, p, l) for w, _, d, p, l in particle], (".", 3, "punct", "PUNCT", "."),
    ])
    doc[0].head = doc[3]
    per, chl = ids(gaz, "Peru", "Chile")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert ((per, "fights", chl) in got or (chl, "fights", per) in got) is fight


@pytest.mark.parametrize("obj,left", [("bloc", True), ("town", False)])
def test_leaving_a_bloc_reduces_relations_with_it(obj, left, build_doc, document, onto, gaz):
    doc = build_doc(_sentences(
        [("Peru", 1, "nsubj", "PROPN", "Peru", "State"), ("joined", 1, "ROOT", "VERB", "join"),  # "Peru joined NATO.
         ("NATO", 1, "dobj", "PROPN", "NATO", "IGO"), (".", 1, "punct", "PUNCT", ".")],
        [("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("left", 1, "ROOT", "VERB", "leave"),  # Chile left the
         ("the", 3, "det", "DET", "the"), (obj, 1, "dobj", "NOUN", obj), (".", 1, "punct", "PUNCT", ".")],  # bloc."
    ))
    chl, nato = ids(gaz, "Chile", "NATO")
    assert ((chl, "reducesRelations", nato) in triples(extract(doc, document(doc), onto, gaz), onto)) is left


def test_a_possessive_pronoun_coordinated_with_a_possessed_phrase_is_the_same_owner(build_doc, document, onto, gaz):
    doc = build_doc([  # "Peru backs Brazil, which sanctioned the court's judge and two of its officials."
        ("Peru", 1, "nsubj", "PROPN", "Peru", "State"), ("backs", 1, "ROOT", "VERB", "back"),
        ("Brazil", 1, "dobj", "PROPN", "Brazil", "State"), (",", 2, "punct", "PUNCT", ","),
        ("which", 5, "nsubj", "PRON", "which"), ("sanctioned", 2, "relcl", "VERB", "sanction"),
        ("the", 7, "det", "DET", "the"), ("court", 9, "poss", "NOUN", "court"), ("'s", 7, "case", "PART", "'s"),
        ("judge", 5, "dobj", "NOUN", "judge"), ("and", 9, "cc", "CCONJ", "and"), ("two", 9, "conj", "NUM", "two"),
        ("of", 11, "prep", "ADP", "of"), ("its", 14, "poss", "PRON", "its"), ("officials", 12, "pobj", "NOUN", "official"),
        (".", 1, "punct", "PUNCT", "."),
    ])
    doc[4].tag_ = "WDT"
    result = extract(doc, document(doc), onto, gaz)
    its = doc[13].idx
    assert any(s.object == "GovernmentBody/court" and s.object_span[0] <= its < s.object_span[1]
               for s in result.statements)


def test_a_facility_named_as_an_organisation_is_one(build_doc, document, onto, gaz):
    doc = build_doc([  # "Ana Soto, a fellow at the Andes Policy Centre, spoke."
        ("Ana", 1, "compound", "PROPN", "Ana", "PERSON"), ("Soto", 10, "nsubj", "PROPN", "Soto", "+PERSON"),
        (",", 1, "punct", "PUNCT", ","), ("a", 4, "det", "DET", "a"), ("fellow", 1, "appos", "NOUN", "fellow"),
        ("at", 4, "prep", "ADP", "at"), ("the", 8, "det", "DET", "the"), ("Andes", 8, "compound", "PROPN", "Andes", "FAC"),
        ("Policy", 8, "compound", "PROPN", "Policy", "+FAC"), ("Centre", 5, "pobj", "PROPN", "Centre", "+FAC"),
        ("spoke", 10, "ROOT", "VERB", "speak"), (".", 10, "punct", "PUNCT", "."),
    ])
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert ("Person/ana-soto", "memberOf", "Organization/andes-policy-centre") in got


def test_a_plural_pronoun_after_things_fired_at_a_state_is_the_things(build_doc, document, onto, gaz):
    doc = build_doc(_sentences(
        [("Peru", 1, "nsubj", "PROPN", "Peru", "State"), ("fired", 1, "ROOT", "VERB", "fire"),  # "Peru fired missiles
         ("missiles", 1, "dobj", "NOUN", "missile"), ("at", 1, "prep", "ADP", "at"),  # at Chile.
         ("Chile", 3, "pobj", "PROPN", "Chile", "State"), (".", 1, "punct", "PUNCT", ".")],
        [("Brazil", 1, "nsubj", "PROPN", "Brazil", "State"), ("intercepted", 1, "ROOT", "VERB", "intercept"),  # Brazil
         ("them", 1, "dobj", "PRON", "they"), (".", 1, "punct", "PUNCT", ".")],  # intercepted them."
    ))
    doc[2].tag_, doc[8].tag_ = "NNS", "PRP"
    bra, chl = ids(gaz, "Brazil", "Chile")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert not {(s, o) for s, r, o in got} & {(bra, chl), (chl, bra)}


def test_its_after_a_described_group_as_subject_is_that_group_s(build_doc, document, onto, gaz):
    doc = build_doc(_sentences(
        [("Hamas", 1, "nsubj", "PROPN", "Hamas", "ArmedGroup"), ("spoke", 1, "ROOT", "VERB", "speak"),  # "Hamas spoke.
         (".", 1, "punct", "PUNCT", ".")],
        [("The", 2, "det", "DET", "the"), ("militant", 2, "amod", "ADJ", "militant"),  # The militant group, which
         ("group", 8, "nsubj", "NOUN", "group"), (",", 2, "punct", "PUNCT", ","),  # holds Gaza, accused Peru.
         ("which", 5, "nsubj", "PRON", "which"), ("holds", 2, "relcl", "VERB", "hold"),
         ("Gaza", 5, "dobj", "PROPN", "Gaza", "Location"), (",", 2, "punct", "PUNCT", ","),
         ("accused", 8, "ROOT", "VERB", "accuse"), ("Peru", 8, "dobj", "PROPN", "Peru", "State"),
         (".", 8, "punct", "PUNCT", ".")],
        [("Its", 1, "poss", "PRON", "its"), ("leader", 5, "nsubj", "NOUN", "leader"), (",", 1, "punct", "PUNCT", ","),
         ("Ana", 4, "compound", "PROPN", "Ana", "Person"), ("Soto", 1, "appos", "PROPN", "Soto", "+Person"),  # Its
         ("spoke", 5, "ROOT", "VERB", "speak"), (".", 5, "punct", "PUNCT", ".")],  # leader, Ana Soto, spoke."
    ))
    doc[4].tag_ = "WDT"
    hamas, per = ids(gaz, "Hamas", "Peru")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert (hamas, "opposes", per) in got and ("Person/ana-soto", "leaderOf", hamas) in got


@pytest.mark.parametrize("cargo", [True, False], ids=["flew men to: carried", "flew to: a visit"])
def test_flying_men_somewhere_is_no_visit(cargo, build_doc, document, onto, gaz):
    men = [("men", 1, "dobj", "NOUN", "man")] if cargo else []
    n = len(men)
    doc = build_doc([  # "Peru flew [men] to Chile."
        ("Peru", 1, "nsubj", "PROPN", "Peru", "State"), ("flew", 1, "ROOT", "VERB", "fly"), *men,
        ("to", 1, "prep", "ADP", "to"), ("Chile", 2 + n, "pobj", "PROPN", "Chile", "State"), (".", 1, "punct", "PUNCT", "."),
    ])
    per, chl = ids(gaz, "Peru", "Chile")
    assert ((per, "consults", chl) in triples(extract(doc, document(doc), onto, gaz), onto)) is not cargo


def test_installations_in_apposition_to_a_possessed_noun_are_its_owner_s(build_doc, document, onto, gaz):
    doc = build_doc([  # "Russia holds its footholds, Hmeimim and Tartus."
        ("Russia", 1, "nsubj", "PROPN", "Russia", "State"), ("holds", 1, "ROOT", "VERB", "hold"),
        ("its", 3, "poss", "PRON", "its"), ("footholds", 1, "dobj", "NOUN", "foothold"), (",", 3, "punct", "PUNCT", ","),
        ("Hmeimim", 3, "appos", "PROPN", "Hmeimim", "Infrastructure"), ("and", 5, "cc", "CCONJ", "and"),
        ("Tartus", 5, "conj", "PROPN", "Tartus", "Infrastructure"), (".", 1, "punct", "PUNCT", "."),
    ])
    rus, hmeimim = ids(gaz, "Russia", "Hmeimim")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert (rus, "possesses", hmeimim) in got and (rus, "possesses", "Infrastructure/tartus") in got


def test_strikes_between_two_states_are_a_fight(build_doc, document, onto, gaz):
    doc = build_doc([  # "Strikes between Peru and Chile ended."
        ("Strikes", 5, "nsubj", "NOUN", "strike"), ("between", 0, "prep", "ADP", "between"),
        ("Peru", 1, "pobj", "PROPN", "Peru", "State"), ("and", 2, "cc", "CCONJ", "and"),
        ("Chile", 2, "conj", "PROPN", "Chile", "State"), ("ended", 5, "ROOT", "VERB", "end"), (".", 5, "punct", "PUNCT", "."),
    ])
    doc[0].tag_ = "NNS"
    per, chl = ids(gaz, "Peru", "Chile")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert {r for s, r, o in got if {s, o} == {per, chl}} == {"fights"}


@pytest.mark.parametrize("modal", [False, True], ids=["be cancelled: asked of its agent", "should be: no demand"])
def test_demanding_that_an_act_be_stopped_demands_it_of_its_agent(modal, build_doc, document, onto, gaz):
    should = [("should", 7, "aux", "AUX", "should")] if modal else []
    n = len(should)
    doc = build_doc(_sentences(
        [("Peru", 1, "nsubj", "PROPN", "Peru", "State"), ("held", 1, "ROOT", "VERB", "hold"),  # "Peru held drills.
         ("drills", 1, "dobj", "NOUN", "drill"), (".", 1, "punct", "PUNCT", ".")],
        [("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("demanded", 1, "ROOT", "VERB", "demand"),  # Chile demanded
         ("that", 6 + n, "mark", "SCONJ", "that"), ("the", 4, "det", "DET", "the"),  # that the drills [should] be
         ("drills", 6 + n, "nsubjpass", "NOUN", "drill"), *should,  # cancelled."
         ("be", 6 + n, "auxpass", "AUX", "be"), ("cancelled", 1, "ccomp", "VERB", "cancel"), (".", 1, "punct", "PUNCT", ".")],
    ))
    doc[2].tag_, doc[8].tag_ = "NNS", "NNS"
    doc[9 + n].tag_ = "VB"
    per, chl = ids(gaz, "Peru", "Chile")
    assert ((chl, "demands", per) in triples(extract(doc, document(doc), onto, gaz), onto)) is not modal


def test_a_name_in_apposition_to_a_counterpart_after_with_holds_the_title(build_doc, document, onto, gaz):
    doc = build_doc([  # "Ana Soto held talks with her Chilean counterpart, Luis Vera."
        ("Ana", 1, "compound", "PROPN", "Ana", "Person"), ("Soto", 2, "nsubj", "PROPN", "Soto", "+Person"),
        ("held", 2, "ROOT", "VERB", "hold"), ("talks", 2, "dobj", "NOUN", "talk"), ("with", 3, "prep", "ADP", "with"),
        ("her", 7, "poss", "PRON", "her"), ("Chilean", 7, "amod", "ADJ", "chilean", "State"),
        ("counterpart", 4, "pobj", "NOUN", "counterpart"), (",", 7, "punct", "PUNCT", ","),
        ("Luis", 10, "compound", "PROPN", "Luis", "Person"), ("Vera", 7, "appos", "PROPN", "Vera", "+Person"),
        (".", 2, "punct", "PUNCT", "."),
    ])
    doc[3].tag_ = "NNS"
    chl, = ids(gaz, "Chile")
    assert ("Person/luis-vera", "memberOf", chl) in triples(extract(doc, document(doc), onto, gaz), onto)


def test_recognition_switched_from_a_state_is_withdrawn_from_it(build_doc, document, onto, gaz):
    doc = build_doc([  # "Peru switched recognition from Chile to Brazil."
        ("Peru", 1, "nsubj", "PROPN", "Peru", "State"), ("switched", 1, "ROOT", "VERB", "switch"),
        ("recognition", 1, "dobj", "NOUN", "recognition"), ("from", 1, "prep", "ADP", "from"),
        ("Chile", 3, "pobj", "PROPN", "Chile", "State"), ("to", 1, "prep", "ADP", "to"),
        ("Brazil", 5, "pobj", "PROPN", "Brazil", "State"), (".", 1, "punct", "PUNCT", "."),
    ])
    per, chl, bra = ids(gaz, "Peru", "Chile", "Brazil")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert {(r, o) for s, r, o in got if s == per} == {("supports", bra), ("reducesRelations", chl)}  # (roots)


def test_an_organisation_with_an_article_before_a_personal_relative_stays_one(build_doc, document, onto, gaz):
    doc = build_doc([  # "Ana Soto, a fellow at the Andean Dialogue who studies crime, spoke."
        ("Ana", 1, "compound", "PROPN", "Ana", "PERSON"), ("Soto", 13, "nsubj", "PROPN", "Soto", "+PERSON"),
        (",", 1, "punct", "PUNCT", ","), ("a", 4, "det", "DET", "a"), ("fellow", 1, "appos", "NOUN", "fellow"),
        ("at", 4, "prep", "ADP", "at"), ("the", 8, "det", "DET", "the"), ("Andean", 8, "compound", "PROPN", "Andean", "ORG"),
        ("Dialogue", 5, "pobj", "PROPN", "Dialogue", "+ORG"), ("who", 10, "nsubj", "PRON", "who"),
        ("studies", 8, "relcl", "VERB", "study"), ("crime", 10, "dobj", "NOUN", "crime"), (",", 1, "punct", "PUNCT", ","),
        ("spoke", 13, "ROOT", "VERB", "speak"), (".", 13, "punct", "PUNCT", "."),
    ])
    doc[9].tag_ = "WP"
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert ("Person/ana-soto", "memberOf", "Organization/andean-dialogue") in got


def test_the_government_a_national_official_reports_on_is_his_state(build_doc, document, onto, gaz):
    doc = build_doc(_sentences(
        [("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("spoke", 1, "ROOT", "VERB", "speak"),  # "Chile spoke.
         (".", 1, "punct", "PUNCT", ".")],
        [("A", 2, "det", "DET", "a"), ("Peruvian", 2, "amod", "ADJ", "peruvian", "State"),  # A Peruvian official said
         ("official", 3, "nsubj", "NOUN", "official"), ("said", 3, "ROOT", "VERB", "say"),  # the government had
         ("the", 5, "det", "DET", "the"), ("government", 7, "nsubj", "NOUN", "government"),  # briefed Brazil."
         ("had", 7, "aux", "AUX", "have"), ("briefed", 3, "ccomp", "VERB", "brief"),
         ("Brazil", 7, "dobj", "PROPN", "Brazil", "State"), (".", 3, "punct", "PUNCT", ".")],
    ))
    per, chl, bra = ids(gaz, "Peru", "Chile", "Brazil")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert (per, "consults", bra) in got and (chl, "consults", bra) not in got


def test_a_cooperative_verb_on_typed_ties_takes_the_ties_kind(build_doc, document, onto, gaz):
    doc = build_doc([  # "Peru deepened security ties with Chile."
        ("Peru", 1, "nsubj", "PROPN", "Peru", "State"), ("deepened", 1, "ROOT", "VERB", "deepen"),
        ("security", 3, "compound", "NOUN", "security"), ("ties", 1, "dobj", "NOUN", "tie"),
        ("with", 3, "prep", "ADP", "with"), ("Chile", 4, "pobj", "PROPN", "Chile", "State"), (".", 1, "punct", "PUNCT", "."),
    ])
    doc[3].tag_ = "NNS"
    per, chl = ids(gaz, "Peru", "Chile")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert (per, "cooperatesWith", chl) in got and (per, "supports", chl) not in got


def test_a_capacity_to_act_is_no_act(build_doc, document, onto, gaz):
    doc = build_doc([  # "Peru could be in a position to attack Chile."
        ("Peru", 2, "nsubj", "PROPN", "Peru", "State"), ("could", 2, "aux", "AUX", "could"), ("be", 2, "ROOT", "AUX", "be"),
        ("in", 2, "prep", "ADP", "in"), ("a", 5, "det", "DET", "a"), ("position", 3, "pobj", "NOUN", "position"),
        ("to", 7, "aux", "PART", "to"), ("attack", 5, "relcl", "VERB", "attack"), ("Chile", 7, "dobj", "PROPN", "Chile", "State"),
        (".", 2, "punct", "PUNCT", "."),
    ])
    doc[1].tag_, doc[6].tag_, doc[7].tag_ = "MD", "TO", "VB"
    per, chl = ids(gaz, "Peru", "Chile")
    assert (per, "assaults", chl, "hedged") in claims(extract(doc, document(doc), onto, gaz), onto)


def test_a_state_named_only_as_a_coordinated_modifier_is_not_the_country_described(build_doc, document, onto, gaz):
    doc = build_doc(_sentences(
        [("Peru", 1, "nsubj", "PROPN", "Peru", "State"), ("spoke", 1, "ROOT", "VERB", "speak"),  # "Peru spoke.
         (".", 1, "punct", "PUNCT", ".")],
        [("Chilean", 3, "amod", "ADJ", "chilean", "State"), ("and", 0, "cc", "CCONJ", "and"),  # Chilean and Brazilian
         ("Brazilian", 0, "conj", "ADJ", "brazilian", "State"), ("strikes", 3, "ROOT", "NOUN", "strike"),  # strikes on
         ("on", 3, "prep", "ADP", "on"), ("the", 6, "det", "DET", "the"),  # the country's ports."
         ("country", 8, "poss", "NOUN", "country"), ("'s", 6, "case", "PART", "'s"),
         ("ports", 4, "pobj", "NOUN", "port"), (".", 3, "punct", "PUNCT", ".")],
    ))
    doc[6].tag_, doc[11].tag_ = "NNS", "NNS"
    per, chl, bra = ids(gaz, "Peru", "Chile", "Brazil")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert {(chl, "assaults", per), (bra, "assaults", per)} <= got and (chl, "assaults", bra) not in got


def test_a_summoned_ambassador_titled_before_the_name_stands_for_the_state(build_doc, document, onto, gaz):
    doc = build_doc([  # "Peru summoned Chilean Ambassador Luis Vera."
        ("Peru", 1, "nsubj", "PROPN", "Peru", "State"), ("summoned", 1, "ROOT", "VERB", "summon"),
        ("Chilean", 3, "amod", "ADJ", "chilean", "State"), ("Ambassador", 5, "compound", "PROPN", "Ambassador"),
        ("Luis", 5, "compound", "PROPN", "Luis", "PERSON"), ("Vera", 1, "dobj", "PROPN", "Vera", "+PERSON"),
        (".", 1, "punct", "PUNCT", "."),
    ])
    per, chl = ids(gaz, "Peru", "Chile")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert (per, "opposes", chl) in got and (per, "opposes", "Person/luis-vera") not in got


def test_regretting_a_measure_is_no_apology(build_doc, document, onto, gaz):
    doc = build_doc([  # "Peru regrets Chile's closures."
        ("Peru", 1, "nsubj", "PROPN", "Peru", "State"), ("regrets", 1, "ROOT", "VERB", "regret"),
        ("Chile", 4, "poss", "PROPN", "Chile", "State"), ("'s", 2, "case", "PART", "'s"),
        ("closures", 1, "dobj", "NOUN", "closure"), (".", 1, "punct", "PUNCT", "."),
    ])
    doc[4].tag_ = "NNS"
    per, chl = ids(gaz, "Peru", "Chile")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert (per, "opposes", chl) in got and (per, "supports", chl) not in got


def test_a_wish_for_coordinated_nouns_is_an_intent_for_each(build_doc, document, onto, gaz):
    doc = build_doc([  # "Peru wants peace and dialogue with Chile."
        ("Peru", 1, "nsubj", "PROPN", "Peru", "State"), ("wants", 1, "ROOT", "VERB", "want"),
        ("peace", 1, "dobj", "NOUN", "peace"), ("and", 2, "cc", "CCONJ", "and"), ("dialogue", 2, "conj", "NOUN", "dialogue"),
        ("with", 4, "prep", "ADP", "with"), ("Chile", 5, "pobj", "PROPN", "Chile", "State"), (".", 1, "punct", "PUNCT", "."),
    ])
    per, chl = ids(gaz, "Peru", "Chile")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert (per, "intendsToCooperate", chl) in got and (per, "consults", chl) not in got


def test_a_relative_clause_takes_its_noun_as_the_object_of_a_verb_phrase(build_doc, document, onto, gaz):
    doc = build_doc([  # "Peru vetoed any deal Chile strikes with Brazil."
        ("Peru", 1, "nsubj", "PROPN", "Peru", "State"), ("vetoed", 1, "ROOT", "VERB", "veto"), ("any", 3, "det", "DET", "any"),
        ("deal", 1, "dobj", "NOUN", "deal"), ("Chile", 5, "nsubj", "PROPN", "Chile", "State"),
        ("strikes", 3, "relcl", "VERB", "strike"), ("with", 5, "prep", "ADP", "with"),
        ("Brazil", 6, "pobj", "PROPN", "Brazil", "State"), (".", 1, "punct", "PUNCT", "."),
    ])
    doc[5].tag_ = "VBZ"
    chl, bra = ids(gaz, "Chile", "Brazil")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert (chl, "assaults", bra) not in got and (chl, "supports", bra) in got


def test_what_a_future_act_awaits_has_not_happened(build_doc, document, onto, gaz):
    doc = build_doc([  # "Peru will go on until Chile stops attacking Brazil."
        ("Peru", 2, "nsubj", "PROPN", "Peru", "State"), ("will", 2, "aux", "AUX", "will"), ("go", 2, "ROOT", "VERB", "go"),
        ("on", 2, "prt", "ADP", "on"), ("until", 6, "mark", "SCONJ", "until"), ("Chile", 6, "nsubj", "PROPN", "Chile", "State"),
        ("stops", 2, "advcl", "VERB", "stop"), ("attacking", 6, "xcomp", "VERB", "attack"),
        ("Brazil", 7, "dobj", "PROPN", "Brazil", "State"), (".", 2, "punct", "PUNCT", "."),
    ])
    doc[1].tag_, doc[6].tag_, doc[7].tag_ = "MD", "VBZ", "VBG"
    chl, bra = ids(gaz, "Chile", "Brazil")
    got = {c for c in claims(extract(doc, document(doc), onto, gaz), onto) if c[0] == chl and c[2] == bra}
    assert got and all(m == "hedged" for *_, m in got)


def test_an_obligation_that_binds_the_speakers_own_side_proposes_it(build_doc, document, onto, gaz):
    doc = build_doc([  # "Peru said Peru and Chile should trade more."
        ("Peru", 1, "nsubj", "PROPN", "Peru", "State"), ("said", 1, "ROOT", "VERB", "say"),
        ("Peru", 6, "nsubj", "PROPN", "Peru", "State"), ("and", 2, "cc", "CCONJ", "and"),
        ("Chile", 2, "conj", "PROPN", "Chile", "State"), ("should", 6, "aux", "AUX", "should"),
        ("trade", 1, "ccomp", "VERB", "trade"), ("more", 6, "advmod", "ADV", "more"), (".", 1, "punct", "PUNCT", "."),
    ])
    doc[5].tag_, doc[6].tag_ = "MD", "VB"
    per, chl = ids(gaz, "Peru", "Chile")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert (per, "intendsToCooperate", chl) in got and (per, "demands", chl) not in got


def test_a_ship_sent_into_a_states_waters_is_deployed_not_given(build_doc, document, onto, gaz):
    doc = build_doc([  # "Peru sent a warship into Chile's waters."
        ("Peru", 1, "nsubj", "PROPN", "Peru", "State"), ("sent", 1, "ROOT", "VERB", "send"), ("a", 3, "det", "DET", "a"),
        ("boat", 1, "dobj", "NOUN", "boat"), ("into", 1, "prep", "ADP", "into"),
        ("Chile", 7, "poss", "PROPN", "Chile", "State"), ("'s", 5, "case", "PART", "'s"),
        ("waters", 4, "pobj", "NOUN", "water"), (".", 1, "punct", "PUNCT", "."),
    ])
    doc[7].tag_ = "NNS"
    per, chl = ids(gaz, "Peru", "Chile")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert (per, "mobilizes", chl) in got and (per, "providesAid", chl) not in got


def test_water_cannon_fired_at_boats_is_an_assault_not_gunfire(build_doc, document, onto, gaz):
    doc = build_doc([  # "Peruvian ships fired water cannon at Chilean boats."
        ("Peruvian", 1, "amod", "ADJ", "peruvian", "State"), ("ships", 2, "nsubj", "NOUN", "ship"),
        ("fired", 2, "ROOT", "VERB", "fire"), ("water", 4, "compound", "NOUN", "water"), ("cannon", 2, "dobj", "NOUN", "cannon"),
        ("at", 2, "prep", "ADP", "at"), ("Chilean", 7, "amod", "ADJ", "chilean", "State"), ("boats", 5, "pobj", "NOUN", "boat"),
        (".", 2, "punct", "PUNCT", "."),
    ])
    doc[1].tag_, doc[7].tag_ = "NNS", "NNS"
    per, chl = ids(gaz, "Peru", "Chile")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert (per, "assaults", chl) in got and (per, "fights", chl) not in got


def test_signing_a_bill_into_law_is_no_agreement(build_doc, document, onto, gaz):
    doc = build_doc([  # "Ana Soto signed into law a bill passed by parliament."
        ("Ana", 1, "compound", "PROPN", "Ana", "PERSON"), ("Soto", 2, "nsubj", "PROPN", "Soto", "+PERSON"),
        ("signed", 2, "ROOT", "VERB", "sign"), ("into", 2, "prep", "ADP", "into"), ("law", 3, "pobj", "NOUN", "law"),
        ("a", 6, "det", "DET", "a"), ("bill", 2, "dobj", "NOUN", "bill"), ("passed", 6, "acl", "VERB", "pass"),
        ("by", 7, "agent", "ADP", "by"), ("parliament", 8, "pobj", "NOUN", "parliament", "ORG"), (".", 2, "punct", "PUNCT", "."),
    ])
    doc[7].tag_ = "VBN"
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert not any(r == "supports" for _, r, _ in got)


def test_the_states_a_body_groups_are_its_members(build_doc, document, onto, gaz):
    doc = build_doc([  # "NATO groups Peru and Chile."
        ("NATO", 1, "nsubj", "PROPN", "NATO", "ORG"), ("groups", 1, "ROOT", "VERB", "group"),
        ("Peru", 1, "dobj", "PROPN", "Peru", "State"), ("and", 2, "cc", "CCONJ", "and"),
        ("Chile", 2, "conj", "PROPN", "Chile", "State"), (".", 1, "punct", "PUNCT", "."),
    ])
    per, chl, nato = ids(gaz, "Peru", "Chile", "NATO")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert {(per, "memberOf", nato), (chl, "memberOf", nato)} <= got


def test_an_act_on_no_object_is_negated(build_doc, document, onto, gaz):
    doc = build_doc([  # "Peru sent no troops to Chile."
        ("Peru", 1, "nsubj", "PROPN", "Peru", "State"), ("sent", 1, "ROOT", "VERB", "send"), ("no", 3, "det", "DET", "no"),
        ("troops", 1, "dobj", "NOUN", "troop"), ("to", 1, "prep", "ADP", "to"), ("Chile", 4, "pobj", "PROPN", "Chile", "State"),
        (".", 1, "punct", "PUNCT", "."),
    ])
    doc[3].tag_ = "NNS"
    per, chl = ids(gaz, "Peru", "Chile")
    assert (per, "mobilizes", chl, "negated") in claims(extract(doc, document(doc), onto, gaz), onto)


def test_both_sides_can_be_named_in_a_relative_clause_on_the_subject(build_doc, document, onto, gaz):
    doc = build_doc([  # "NATO, which mediates between Peru and Chile, urged both sides to talk."
        ("NATO", 9, "nsubj", "PROPN", "NATO", "ORG"), (",", 0, "punct", "PUNCT", ","), ("which", 3, "nsubj", "PRON", "which"),
        ("mediates", 0, "relcl", "VERB", "mediate"), ("between", 3, "prep", "ADP", "between"),
        ("Peru", 4, "pobj", "PROPN", "Peru", "State"), ("and", 5, "cc", "CCONJ", "and"),
        ("Chile", 5, "conj", "PROPN", "Chile", "State"), (",", 0, "punct", "PUNCT", ","), ("urged", 9, "ROOT", "VERB", "urge"),
        ("both", 11, "det", "DET", "both"), ("sides", 9, "dobj", "NOUN", "side"), ("to", 13, "aux", "PART", "to"),
        ("talk", 9, "xcomp", "VERB", "talk"), (".", 9, "punct", "PUNCT", "."),
    ])
    doc[2].tag_, doc[11].tag_, doc[12].tag_ = "WDT", "NNS", "TO"
    per, chl, nato = ids(gaz, "Peru", "Chile", "NATO")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert {(nato, "appealsTo", per), (nato, "appealsTo", chl)} <= got


def test_seizing_on_something_is_no_seizure(build_doc, document, onto, gaz):
    doc = build_doc([  # "Peru seized on Chile's remarks."
        ("Peru", 1, "nsubj", "PROPN", "Peru", "State"), ("seized", 1, "ROOT", "VERB", "seize"), ("on", 1, "prep", "ADP", "on"),
        ("Chile", 5, "poss", "PROPN", "Chile", "State"), ("'s", 3, "case", "PART", "'s"),
        ("remarks", 2, "pobj", "NOUN", "remark"), (".", 1, "punct", "PUNCT", "."),
    ])
    doc[5].tag_ = "NNS"
    per, chl = ids(gaz, "Peru", "Chile")
    assert (per, "coerces", chl) not in triples(extract(doc, document(doc), onto, gaz), onto)


def test_meeting_an_act_with_force_is_no_meeting(build_doc, document, onto, gaz):
    doc = build_doc([  # "Peru met Chile's aggression with force."
        ("Peru", 1, "nsubj", "PROPN", "Peru", "State"), ("met", 1, "ROOT", "VERB", "meet"),
        ("Chile", 4, "poss", "PROPN", "Chile", "State"), ("'s", 2, "case", "PART", "'s"),
        ("aggression", 1, "dobj", "NOUN", "aggression"), ("with", 1, "prep", "ADP", "with"),
        ("force", 5, "pobj", "NOUN", "force"), (".", 1, "punct", "PUNCT", "."),
    ])
    per, chl = ids(gaz, "Peru", "Chile")
    assert (per, "consults", chl) not in triples(extract(doc, document(doc), onto, gaz), onto)


def test_the_former_soviet_republic_is_a_state_described_not_the_soviet_union(build_doc, document, onto, gaz):
    doc = build_doc(_sentences(
        [("Peru", 1, "nsubj", "PROPN", "Peru", "State"), ("voted", 1, "ROOT", "VERB", "vote"),  # "Peru voted.
         (".", 1, "punct", "PUNCT", ".")],
        [("Chile", 2, "nsubj", "PROPN", "Chile", "State"), ("is", 2, "aux", "AUX", "be"),  # Chile is trying to
         ("trying", 2, "ROOT", "VERB", "try"), ("to", 4, "aux", "PART", "to"),  # derail the former Soviet
         ("derail", 2, "xcomp", "VERB", "derail"), ("the", 8, "det", "DET", "the"),  # republic's bid to join NATO."
         ("former", 8, "amod", "ADJ", "former"), ("Soviet", 8, "amod", "ADJ", "soviet", "NORP"),
         ("republic", 10, "poss", "NOUN", "republic"), ("'s", 8, "case", "PART", "'s"), ("bid", 4, "dobj", "NOUN", "bid"),
         ("to", 12, "aux", "PART", "to"), ("join", 10, "acl", "VERB", "join"), ("NATO", 12, "dobj", "PROPN", "NATO", "ORG"),
         (".", 2, "punct", "PUNCT", ".")],
    ))
    doc[6].tag_, doc[14].tag_ = "VBG", "VB"
    per, chl, nato = ids(gaz, "Peru", "Chile", "NATO")
    result = extract(doc, document(doc), onto, gaz)
    assert (per, "memberOf", nato) in triples(result, onto)
    assert not any(e.label == "Soviet Union" for e in result.entities)


def test_releasing_a_statement_frees_no_one(build_doc, document, onto, gaz):
    doc = build_doc([  # "Peru released a statement on Chile."
        ("Peru", 1, "nsubj", "PROPN", "Peru", "State"), ("released", 1, "ROOT", "VERB", "release"), ("a", 3, "det", "DET", "a"),
        ("statement", 1, "dobj", "NOUN", "statement"), ("on", 3, "prep", "ADP", "on"),
        ("Chile", 4, "pobj", "PROPN", "Chile", "State"), (".", 1, "punct", "PUNCT", "."),
    ])
    per, chl = ids(gaz, "Peru", "Chile")
    assert (per, "yieldsTo", chl) not in triples(extract(doc, document(doc), onto, gaz), onto)


def test_an_ambassador_in_a_capital_is_not_a_member_of_its_state(build_doc, document, onto, gaz):
    doc = build_doc([  # "Peru's ambassador in Santiago, Luis Vera, spoke."
        ("Peru", 2, "poss", "PROPN", "Peru", "State"), ("'s", 0, "case", "PART", "'s"),
        ("ambassador", 8, "nsubj", "NOUN", "ambassador"), ("in", 2, "prep", "ADP", "in"),
        ("Santiago", 3, "pobj", "PROPN", "Santiago", "GPE"), (",", 2, "punct", "PUNCT", ","),
        ("Luis", 7, "compound", "PROPN", "Luis", "PERSON"), ("Vera", 2, "appos", "PROPN", "Vera", "+PERSON"),
        ("spoke", 8, "ROOT", "VERB", "speak"), (".", 8, "punct", "PUNCT", "."),
    ])
    per, chl = ids(gaz, "Peru", "Chile")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert ("Person/luis-vera", "memberOf", per) in got and ("Person/luis-vera", "memberOf", chl) not in got


def test_a_protest_lodged_with_an_envoy_is_an_official_complaint_to_the_envoys_state(build_doc, document, onto, gaz):
    doc = build_doc([  # "Peru lodged a protest with Chile's ambassador."
        ("Peru", 1, "nsubj", "PROPN", "Peru", "State"), ("lodged", 1, "ROOT", "VERB", "lodge"), ("a", 3, "det", "DET", "a"),
        ("protest", 1, "dobj", "NOUN", "protest"), ("with", 3, "prep", "ADP", "with"),
        ("Chile", 7, "poss", "PROPN", "Chile", "State"), ("'s", 5, "case", "PART", "'s"),
        ("ambassador", 4, "pobj", "NOUN", "ambassador"), (".", 1, "punct", "PUNCT", "."),
    ])
    per, chl = ids(gaz, "Peru", "Chile")
    result = extract(doc, document(doc), onto, gaz)
    assert any(s.subject == per and s.object == chl and s.relation == "complainsOfficially" for s in result.statements)


def test_a_scheduled_visit_is_an_intent(build_doc, document, onto, gaz):
    doc = build_doc([  # "Peru is due to visit Chile."
        ("Peru", 1, "nsubj", "PROPN", "Peru", "State"), ("is", 1, "ROOT", "AUX", "be"), ("due", 1, "acomp", "ADJ", "due"),
        ("to", 4, "aux", "PART", "to"), ("visit", 2, "xcomp", "VERB", "visit"), ("Chile", 4, "dobj", "PROPN", "Chile", "State"),
        (".", 1, "punct", "PUNCT", "."),
    ])
    doc[4].tag_ = "VB"
    per, chl = ids(gaz, "Peru", "Chile")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert (per, "intendsToCooperate", chl) in got and (per, "consults", chl) not in got


def test_a_second_act_reported_by_a_later_speaker_is_the_first_subjects(build_doc, document, onto, gaz):
    doc = build_doc([  # "Ana Soto met Chile and urged Brazil to act, the ministry said."
        ("Ana", 1, "compound", "PROPN", "Ana", "PERSON"), ("Soto", 2, "nsubj", "PROPN", "Soto", "+PERSON"),
        ("met", 12, "ccomp", "VERB", "meet"), ("Chile", 2, "dobj", "PROPN", "Chile", "State"), ("and", 2, "cc", "CCONJ", "and"),
        ("urged", 2, "conj", "VERB", "urge"), ("Brazil", 5, "dobj", "PROPN", "Brazil", "State"),
        ("to", 8, "aux", "PART", "to"), ("act", 5, "xcomp", "VERB", "act"), (",", 12, "punct", "PUNCT", ","),
        ("the", 11, "det", "DET", "the"), ("ministry", 12, "nsubj", "NOUN", "ministry"), ("said", 12, "ROOT", "VERB", "say"),
        (".", 12, "punct", "PUNCT", "."),
    ])
    doc[2].tag_, doc[5].tag_, doc[12].tag_ = "VBD", "VBD", "VBD"
    bra, = ids(gaz, "Brazil")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert ("Person/ana-soto", "appealsTo", bra) in got


def test_withdrawing_personnel_from_a_state_is_a_retreat(build_doc, document, onto, gaz):
    doc = build_doc([  # "Peru withdrew its personnel from Chile."
        ("Peru", 1, "nsubj", "PROPN", "Peru", "State"), ("withdrew", 1, "ROOT", "VERB", "withdraw"),
        ("its", 3, "poss", "PRON", "its"), ("personnel", 1, "dobj", "NOUN", "personnel"), ("from", 1, "prep", "ADP", "from"),
        ("Chile", 4, "pobj", "PROPN", "Chile", "State"), (".", 1, "punct", "PUNCT", "."),
    ])
    doc[2].tag_ = "PRP$"
    per, chl = ids(gaz, "Peru", "Chile")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert (per, "yieldsTo", chl) in got and (per, "reducesRelations", chl) not in got


def test_handing_sovereignty_to_a_state_yields_to_it(build_doc, document, onto, gaz):
    doc = build_doc([  # "Peru handed sovereignty of the islands to Chile."
        ("Peru", 1, "nsubj", "PROPN", "Peru", "State"), ("handed", 1, "ROOT", "VERB", "hand"),
        ("sovereignty", 1, "dobj", "NOUN", "sovereignty"), ("of", 2, "prep", "ADP", "of"), ("the", 5, "det", "DET", "the"),
        ("islands", 3, "pobj", "NOUN", "island"), ("to", 1, "prep", "ADP", "to"),
        ("Chile", 6, "pobj", "PROPN", "Chile", "State"), (".", 1, "punct", "PUNCT", "."),
    ])
    doc[5].tag_ = "NNS"
    per, chl = ids(gaz, "Peru", "Chile")
    assert (per, "yieldsTo", chl) in triples(extract(doc, document(doc), onto, gaz), onto)


def test_what_a_leader_says_his_own_state_should_do_is_not_done(build_doc, document, onto, gaz):
    doc = build_doc([  # "Vladimir Putin said Russia should attack Chile."
        ("Vladimir", 1, "compound", "PROPN", "Vladimir", "PERSON"), ("Putin", 2, "nsubj", "PROPN", "Putin", "+PERSON"),
        ("said", 2, "ROOT", "VERB", "say"), ("Russia", 5, "nsubj", "PROPN", "Russia", "State"),
        ("should", 5, "aux", "AUX", "should"), ("attack", 2, "ccomp", "VERB", "attack"),
        ("Chile", 5, "dobj", "PROPN", "Chile", "State"), (".", 2, "punct", "PUNCT", "."),
    ])
    doc[4].tag_, doc[5].tag_ = "MD", "VB"
    rus, chl = ids(gaz, "Russia", "Chile")
    assert (rus, "assaults", chl, "asserted") not in claims(extract(doc, document(doc), onto, gaz), onto)


def test_a_measure_hitting_exporters_is_no_attack(build_doc, document, onto, gaz):
    doc = build_doc([  # "Peru raised duties, hitting Chilean exporters."
        ("Peru", 1, "nsubj", "PROPN", "Peru", "State"), ("raised", 1, "ROOT", "VERB", "raise"),
        ("duties", 1, "dobj", "NOUN", "duty"), (",", 1, "punct", "PUNCT", ","), ("hitting", 1, "advcl", "VERB", "hit"),
        ("Chilean", 6, "amod", "ADJ", "chilean", "State"), ("exporters", 4, "dobj", "NOUN", "exporter"),
        (".", 1, "punct", "PUNCT", "."),
    ])
    doc[2].tag_, doc[4].tag_, doc[6].tag_ = "NNS", "VBG", "NNS"
    per, chl = ids(gaz, "Peru", "Chile")
    assert (per, "assaults", chl) not in triples(extract(doc, document(doc), onto, gaz), onto)


def test_a_state_belonging_to_its_own_people_is_no_membership(build_doc, document, onto, gaz):
    doc = build_doc([  # "Peru belongs to Peruvians."
        ("Peru", 1, "nsubj", "PROPN", "Peru", "State"), ("belongs", 1, "ROOT", "VERB", "belong"), ("to", 1, "prep", "ADP", "to"),
        ("Peruvians", 2, "pobj", "PROPN", "Peruvians", "NORP"), (".", 1, "punct", "PUNCT", "."),
    ])
    doc[3].tag_ = "NNPS"
    result = extract(doc, document(doc), onto, gaz)
    assert not any(s.relation == "memberOf" for s in result.statements)
    assert not any(e.cls == "Organization" for e in result.entities)


def test_his_counterpart_is_the_office_holder_of_that_state_named_before(build_doc, document, onto, gaz):
    doc = build_doc(_sentences(
        [("Kyriakos", 1, "compound", "PROPN", "Kyriakos", "PERSON"),  # "Kyriakos Mitsotakis spoke.
         ("Mitsotakis", 2, "nsubj", "PROPN", "Mitsotakis", "+PERSON"), ("spoke", 2, "ROOT", "VERB", "speak"),
         (".", 2, "punct", "PUNCT", ".")],
        [("Tayyip", 1, "compound", "PROPN", "Tayyip", "PERSON"),  # Tayyip Erdogan hosted his Greek counterpart."
         ("Erdogan", 2, "nsubj", "PROPN", "Erdogan", "+PERSON"), ("hosted", 2, "ROOT", "VERB", "host"),
         ("his", 5, "poss", "PRON", "his"), ("Greek", 5, "amod", "ADJ", "greek", "NORP"),
         ("counterpart", 2, "dobj", "NOUN", "counterpart"), (".", 2, "punct", "PUNCT", ".")],
    ))
    doc[7].tag_ = "PRP$"
    erdogan, mitsotakis = ids(gaz, "Tayyip Erdogan", "Kyriakos Mitsotakis")
    assert (erdogan, "consults", mitsotakis) in triples(extract(doc, document(doc), onto, gaz), onto)


def test_troops_to_be_deployed_on_each_others_soil_are_no_threat(build_doc, document, onto, gaz):
    doc = build_doc([  # "Peru and Chile will deploy troops on each other's soil."
        ("Peru", 4, "nsubj", "PROPN", "Peru", "State"), ("and", 0, "cc", "CCONJ", "and"),
        ("Chile", 0, "conj", "PROPN", "Chile", "State"), ("will", 4, "aux", "AUX", "will"),
        ("deploy", 4, "ROOT", "VERB", "deploy"), ("troops", 4, "dobj", "NOUN", "troop"), ("on", 4, "prep", "ADP", "on"),
        ("each", 8, "det", "DET", "each"), ("other", 10, "poss", "ADJ", "other"), ("'s", 8, "case", "PART", "'s"),
        ("soil", 6, "pobj", "NOUN", "soil"), (".", 4, "punct", "PUNCT", "."),
    ])
    doc[3].tag_, doc[4].tag_, doc[5].tag_ = "MD", "VB", "NNS"
    per, chl = ids(gaz, "Peru", "Chile")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert (per, "threatens", chl) not in got and (per, "intendsToCooperate", chl) in got


def test_a_relative_clause_on_a_groupings_countries_describes_the_grouping(build_doc, document, onto, gaz):
    doc = build_doc([  # "NATO, a grouping of countries that includes Peru, met."
        ("NATO", 9, "nsubj", "PROPN", "NATO", "ORG"), (",", 0, "punct", "PUNCT", ","), ("a", 3, "det", "DET", "a"),
        ("grouping", 0, "appos", "NOUN", "grouping"), ("of", 3, "prep", "ADP", "of"),
        ("countries", 4, "pobj", "NOUN", "country"), ("that", 7, "nsubj", "PRON", "that"),
        ("includes", 5, "relcl", "VERB", "include"), ("Peru", 7, "dobj", "PROPN", "Peru", "State"),
        ("met", 9, "ROOT", "VERB", "meet"), (".", 9, "punct", "PUNCT", "."),
    ])
    doc[5].tag_, doc[6].tag_, doc[7].tag_ = "NNS", "WDT", "VBZ"
    per, nato = ids(gaz, "Peru", "NATO")
    assert (per, "memberOf", nato) in triples(extract(doc, document(doc), onto, gaz), onto)


def test_the_states_whose_troops_a_force_has_are_its_members(build_doc, document, onto, gaz):
    doc = build_doc([  # "NATO has 500 troops from Peru and Chile."
        ("NATO", 1, "nsubj", "PROPN", "NATO", "ORG"), ("has", 1, "ROOT", "VERB", "have"), ("500", 3, "nummod", "NUM", "500"),
        ("troops", 1, "dobj", "NOUN", "troop"), ("from", 3, "prep", "ADP", "from"), ("Peru", 4, "pobj", "PROPN", "Peru", "State"),
        ("and", 5, "cc", "CCONJ", "and"), ("Chile", 5, "conj", "PROPN", "Chile", "State"), (".", 1, "punct", "PUNCT", "."),
    ])
    doc[3].tag_ = "NNS"
    per, chl, nato = ids(gaz, "Peru", "Chile", "NATO")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert {(per, "memberOf", nato), (chl, "memberOf", nato)} <= got


def test_a_states_generic_body_phrase_is_the_body_the_gazetteer_knows(build_doc, document, onto, gaz):
    doc = build_doc([  # "Russia's defense ministry criticized Peru."
        ("Russia", 3, "poss", "PROPN", "Russia", "State"), ("'s", 0, "case", "PART", "'s"),
        ("defense", 3, "compound", "NOUN", "defense"), ("ministry", 4, "nsubj", "NOUN", "ministry"),
        ("criticized", 4, "ROOT", "VERB", "criticize"), ("Peru", 4, "dobj", "PROPN", "Peru", "State"),
        (".", 4, "punct", "PUNCT", "."),
    ])
    rus, per = ids(gaz, "Russia", "Peru")
    mod = gaz.lookup("Russian Ministry of Defence").id
    result = extract(doc, document(doc), onto, gaz)
    assert (mod, "opposes", per) in triples(result, onto)
    assert "Russia's defense ministry" in next(e for e in result.entities if e.id == mod).aliases
    assert not any(e.id.startswith("GovernmentBody/") for e in result.entities)


def test_known_body_needs_the_states_one_body_of_that_kind(gaz):
    from kg.extract.bodies import known_body
    ukr = gaz.lookup("Ukraine").id
    assert known_body(gaz, ukr, "the Ukrainian defence ministry").label == "Ukrainian Ministry of Defence"
    assert known_body(gaz, ukr, "Kyiv's foreign ministry").label == "Ukrainian Foreign Ministry"
    assert known_body(gaz, ukr, "Ukraine's interior ministry") is None  # the gazetteer knows none
    assert known_body(gaz, gaz.lookup("Peru").id, "Peru's foreign ministry") is None


def test_a_refusal_noun_negates_the_act_its_infinitive_names(build_doc, document, onto, gaz):
    doc = build_doc([  # "Peru's refusal to recognise Chile angered Bolivia."
        ("Peru", 2, "poss", "PROPN", "Peru", "State"), ("'s", 0, "case", "PART", "'s"),
        ("refusal", 6, "nsubj", "NOUN", "refusal"), ("to", 4, "aux", "PART", "to"),
        ("recognise", 2, "acl", "VERB", "recognise"), ("Chile", 4, "dobj", "PROPN", "Chile", "State"),
        ("angered", 6, "ROOT", "VERB", "anger"), ("Bolivia", 6, "dobj", "PROPN", "Bolivia", "State"),
        (".", 6, "punct", "PUNCT", "."),
    ])
    per, chl = ids(gaz, "Peru", "Chile")
    got = claims(extract(doc, document(doc), onto, gaz), onto)
    assert (per, "supports", chl, "negated") in got and (per, "supports", chl, "asserted") not in got


def test_a_ministry_in_a_capital_is_that_states_body(build_doc, document, onto, gaz):
    doc = build_doc([  # "The foreign ministry in Kyiv criticized Peru."
        ("The", 2, "det", "DET", "the"), ("foreign", 2, "amod", "ADJ", "foreign"),
        ("ministry", 6, "nsubj", "NOUN", "ministry"), ("in", 2, "prep", "ADP", "in"),
        ("Kyiv", 3, "pobj", "PROPN", "Kyiv", "GPE"), ("later", 6, "advmod", "ADV", "later"), ("criticized", 6, "ROOT", "VERB", "criticize"),
        ("Peru", 6, "dobj", "PROPN", "Peru", "State"), (".", 6, "punct", "PUNCT", "."),
    ])
    (per,) = ids(gaz, "Peru")
    mfa = gaz.lookup("Ukrainian Foreign Ministry").id
    assert triples(extract(doc, document(doc), onto, gaz), onto) == {(mfa, "opposes", per)}


def test_a_participle_before_a_subject_keeps_its_own_modality(build_doc, document, onto, gaz):
    doc = build_doc([  # "The Peru-backed Hezbollah may attack Chile."
        ("The", 4, "det", "DET", "the"), ("Peru", 3, "npadvmod", "PROPN", "Peru", "State"),
        ("-", 3, "punct", "PUNCT", "-"), ("backed", 4, "amod", "VERB", "back"),
        ("Hezbollah", 6, "nsubj", "PROPN", "Hezbollah", "ORG"), ("may", 6, "aux", "AUX", "may"),
        ("attack", 6, "ROOT", "VERB", "attack"), ("Chile", 6, "dobj", "PROPN", "Chile", "State"),
        (".", 6, "punct", "PUNCT", "."),
    ])
    doc[2].tag_, doc[3].tag_, doc[5].tag_ = "HYPH", "VBN", "MD"
    (per,) = ids(gaz, "Peru")
    got = {(s.subject, onto.root(s.relation).name, s.modality) for s in extract(doc, document(doc), onto, gaz).statements}
    assert (per, "supports", "asserted") in got


def test_a_title_of_a_people_in_a_state_is_no_office_of_the_state(build_doc, document, onto, gaz):
    doc = build_doc([  # "Peruvian Kurdish leader Ana Soto met Chile."
        ("Peruvian", 3, "amod", "ADJ", "peruvian", "NORP"), ("Kurdish", 3, "amod", "ADJ", "kurdish"),
        ("leader", 4, "compound", "NOUN", "leader"), ("Ana", 4, "compound", "PROPN", "Ana", "PERSON"),
        ("Soto", 5, "nsubj", "PROPN", "Soto", "+PERSON"), ("met", 5, "ROOT", "VERB", "meet"),
        ("Chile", 5, "dobj", "PROPN", "Chile", "State"), (".", 5, "punct", "PUNCT", "."),
    ])
    doc[0].tag_ = doc[1].tag_ = "JJ"
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert not any(r == "leaderOf" for _, r, _ in got) and ("Person/ana-soto", "consults", ids(gaz, "Chile")[0]) in got


def test_a_states_adjective_before_another_states_is_no_holder_of_the_title(build_doc, document, onto, gaz):
    doc = build_doc([  # "Greek Chilean minister Ana Soto met Peru."
        ("Greek", 3, "amod", "ADJ", "greek", "NORP"), ("Chilean", 3, "amod", "ADJ", "chilean", "NORP"),
        ("minister", 4, "compound", "NOUN", "minister"), ("Ana", 4, "compound", "PROPN", "Ana", "PERSON"),
        ("Soto", 5, "nsubj", "PROPN", "Soto", "+PERSON"), ("met", 5, "ROOT", "VERB", "meet"),
        ("Peru", 5, "dobj", "PROPN", "Peru", "State"), (".", 5, "punct", "PUNCT", "."),
    ])
    doc[0].tag_ = doc[1].tag_ = "JJ"
    grc, chl = ids(gaz, "Greece", "Chile")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert ("Person/ana-soto", "memberOf", chl) in got and ("Person/ana-soto", "memberOf", grc) not in got


def test_depending_on_a_states_commodity_depends_on_the_state(build_doc, document, onto, gaz):
    doc = build_doc([  # "Peru relies on Chilean copper."
        ("Peru", 1, "nsubj", "PROPN", "Peru", "State"), ("relies", 1, "ROOT", "VERB", "rely"), ("on", 1, "prep", "ADP", "on"),
        ("Chilean", 4, "amod", "ADJ", "chilean", "NORP"), ("copper", 2, "pobj", "NOUN", "copper"),
        (".", 1, "punct", "PUNCT", "."),
    ])
    per, chl = ids(gaz, "Peru", "Chile")
    assert triples(extract(doc, document(doc), onto, gaz), onto) == {(per, "dependsOn", chl)}


def test_concern_drawn_in_a_capital_is_its_governments(build_doc, document, onto, gaz):
    doc = build_doc([  # "Peru bought drones, drawing concern in Santiago."
        ("Peru", 1, "nsubj", "PROPN", "Peru", "State"), ("bought", 1, "ROOT", "VERB", "buy"),
        ("drones", 1, "dobj", "NOUN", "drone"), (",", 1, "punct", "PUNCT", ","),
        ("drawing", 1, "advcl", "VERB", "draw"), ("concern", 4, "dobj", "NOUN", "concern"),
        ("in", 4, "prep", "ADP", "in"), ("Santiago", 6, "pobj", "PROPN", "Santiago", "GPE"), (".", 1, "punct", "PUNCT", "."),
    ])
    doc[2].tag_, doc[4].tag_ = "NNS", "VBG"
    per, chl = ids(gaz, "Peru", "Chile")
    assert (chl, "opposes", per) in triples(extract(doc, document(doc), onto, gaz), onto)


def test_a_body_parsed_as_a_second_member_is_also_joined(build_doc, document, onto, gaz):
    doc = build_doc([  # "Peru, a member of NATO and the EU, voted."
        ("Peru", 10, "nsubj", "PROPN", "Peru", "State"), (",", 0, "punct", "PUNCT", ","), ("a", 3, "det", "DET", "a"),
        ("member", 0, "appos", "NOUN", "member"), ("of", 3, "prep", "ADP", "of"), ("NATO", 4, "pobj", "PROPN", "NATO", "ORG"),
        ("and", 3, "cc", "CCONJ", "and"), ("the", 8, "det", "DET", "the"), ("EU", 3, "conj", "PROPN", "EU", "ORG"),
        (",", 0, "punct", "PUNCT", ","), ("voted", 10, "ROOT", "VERB", "vote"), (".", 10, "punct", "PUNCT", "."),
    ])
    per, nato, eu = ids(gaz, "Peru", "NATO", "EU")
    assert {(per, "memberOf", nato), (per, "memberOf", eu)} <= triples(extract(doc, document(doc), onto, gaz), onto)


def test_two_buyers_trade_with_the_seller_not_with_each_other(build_doc, document, onto, gaz):
    doc = build_doc([  # "Peru and Chile bought jets."
        ("Peru", 3, "nsubj", "PROPN", "Peru", "State"), ("and", 0, "cc", "CCONJ", "and"),
        ("Chile", 0, "conj", "PROPN", "Chile", "State"), ("bought", 3, "ROOT", "VERB", "buy"),
        ("jets", 3, "dobj", "NOUN", "jet"), (".", 3, "punct", "PUNCT", "."),
    ])
    doc[4].tag_ = "NNS"
    assert triples(extract(doc, document(doc), onto, gaz), onto) == set()


def test_coordinated_subjects_are_each_a_member(build_doc, document, onto, gaz):
    doc = build_doc([  # "Peru and Chile are members of NATO."
        ("Peru", 3, "nsubj", "PROPN", "Peru", "State"), ("and", 0, "cc", "CCONJ", "and"),
        ("Chile", 0, "conj", "PROPN", "Chile", "State"), ("are", 3, "ROOT", "AUX", "be"),
        ("members", 3, "attr", "NOUN", "member"), ("of", 4, "prep", "ADP", "of"), ("NATO", 5, "pobj", "PROPN", "NATO", "ORG"),
        (".", 3, "punct", "PUNCT", "."),
    ])
    doc[4].tag_ = "NNS"
    per, chl, nato = ids(gaz, "Peru", "Chile", "NATO")
    assert {(per, "memberOf", nato), (chl, "memberOf", nato)} <= triples(extract(doc, document(doc), onto, gaz), onto)


def test_of_which_after_a_name_and_a_comma_is_the_names(build_doc, document, onto, gaz):
    doc = build_doc([  # "It exposed rifts within NATO, of which Peru is a member."
        ("It", 1, "nsubj", "PRON", "it"), ("exposed", 1, "ROOT", "VERB", "expose"), ("rifts", 1, "dobj", "NOUN", "rift"),
        ("within", 2, "prep", "ADP", "within"), ("NATO", 3, "pobj", "PROPN", "NATO", "ORG"), (",", 2, "punct", "PUNCT", ","),
        ("of", 9, "prep", "ADP", "of"), ("which", 6, "pobj", "PRON", "which"), ("Peru", 9, "nsubj", "PROPN", "Peru", "State"),
        ("is", 2, "relcl", "AUX", "be"), ("a", 11, "det", "DET", "a"), ("member", 9, "attr", "NOUN", "member"),
        (".", 1, "punct", "PUNCT", "."),
    ])
    doc[0].tag_, doc[2].tag_, doc[7].tag_ = "PRP", "NNS", "WDT"
    per, nato = ids(gaz, "Peru", "NATO")
    assert (per, "memberOf", nato) in triples(extract(doc, document(doc), onto, gaz), onto)


def test_a_role_in_apposition_is_its_heads_role(build_doc, document, onto, gaz):
    doc = build_doc([  # "Peru, a major buyer of Chilean copper, voted."
        ("Peru", 8, "nsubj", "PROPN", "Peru", "State"), (",", 0, "punct", "PUNCT", ","), ("a", 4, "det", "DET", "a"),
        ("major", 4, "amod", "ADJ", "major"), ("buyer", 0, "appos", "NOUN", "buyer"), ("of", 4, "prep", "ADP", "of"),
        ("Chilean", 7, "amod", "ADJ", "chilean", "NORP"), ("copper", 5, "pobj", "NOUN", "copper"),
        ("voted", 8, "ROOT", "VERB", "vote"), (".", 8, "punct", "PUNCT", "."),
    ])
    per, chl = ids(gaz, "Peru", "Chile")
    assert (per, "cooperatesWith", chl) in triples(extract(doc, document(doc), onto, gaz), onto)


def test_the_two_leaders_a_speaker_reports_as_subject_include_the_speaker(build_doc, document, onto, gaz):
    doc = build_doc(_sentences(
        [("Luis", 1, "compound", "PROPN", "Luis", "PERSON"), ("Mora", 2, "nsubj", "PROPN", "Mora", "+PERSON"),  # "Luis Mora
         ("spoke", 2, "ROOT", "VERB", "speak"), (".", 2, "punct", "PUNCT", ".")],  # spoke.
        [("Ana", 1, "compound", "PROPN", "Ana", "PERSON"), ("Soto", 2, "nsubj", "PROPN", "Soto", "+PERSON"),  # Ana Soto said
         ("said", 2, "ROOT", "VERB", "say"), ("Carla", 4, "compound", "PROPN", "Carla", "PERSON"),  # Carla Ruiz agreed
         ("Ruiz", 5, "nsubj", "PROPN", "Ruiz", "+PERSON"), ("agreed", 2, "ccomp", "VERB", "agree"),  # and that the two
         ("and", 5, "cc", "CCONJ", "and"), ("that", 12, "mark", "SCONJ", "that"), ("the", 10, "det", "DET", "the"),  # leaders
         ("two", 10, "nummod", "NUM", "two"), ("leaders", 12, "nsubj", "NOUN", "leader"),  # would meet."
         ("would", 12, "aux", "AUX", "would"), ("meet", 5, "conj", "VERB", "meet"), (".", 2, "punct", "PUNCT", ".")],
    ))
    doc[14].tag_, doc[15].tag_ = "NNS", "MD"
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert ("Person/ana-soto", "consults", "Person/carla-ruiz") in got or ("Person/carla-ruiz", "consults", "Person/ana-soto") in got
    assert not any("Person/luis-mora" in (s, o) for s, r, o in got if r == "consults")


def test_the_aged_leader_is_the_leader_last_named_as_a_subject(build_doc, document, onto, gaz):
    doc = build_doc(_sentences(
        [("Boric", 1, "nsubj", "PROPN", "Boric", "PERSON"), ("hosted", 1, "ROOT", "VERB", "host"),  # "Boric hosted Milei.
         ("Milei", 1, "dobj", "PROPN", "Milei", "PERSON"), (".", 1, "punct", "PUNCT", ".")],
        [("The", 6, "det", "DET", "the"), ("38", 3, "nummod", "NUM", "38", "DATE"),  # The 38-year-old leader
         ("-", 3, "punct", "PUNCT", "-", "+DATE"), ("year", 5, "npadvmod", "NOUN", "year", "+DATE"),  # praised Peru."
         ("-", 5, "punct", "PUNCT", "-", "+DATE"), ("old", 6, "amod", "ADJ", "old", "+DATE"),
         ("leader", 7, "nsubj", "NOUN", "leader"), ("praised", 7, "ROOT", "VERB", "praise"),
         ("Peru", 7, "dobj", "PROPN", "Peru", "State"), (".", 7, "punct", "PUNCT", ".")],
    ))
    doc[10].tag_ = "NN"
    boric, milei, per = ids(gaz, "Gabriel Boric", "Javier Milei", "Peru")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert (boric, "supports", per) in got and (milei, "supports", per) not in got
    assert not any(s.startswith("Person/") for s, _, _ in got)


def test_a_demand_with_no_target_goes_to_the_partner_of_its_coordinated_verb(build_doc, document, onto, gaz):
    doc = build_doc([  # "Peru met Chile and demanded reforms."
        ("Peru", 1, "nsubj", "PROPN", "Peru", "State"), ("met", 1, "ROOT", "VERB", "meet"),
        ("Chile", 1, "dobj", "PROPN", "Chile", "State"), ("and", 1, "cc", "CCONJ", "and"),
        ("demanded", 1, "conj", "VERB", "demand"), ("reforms", 4, "dobj", "NOUN", "reform"), (".", 1, "punct", "PUNCT", "."),
    ])
    doc[5].tag_ = "NNS"
    per, chl = ids(gaz, "Peru", "Chile")
    assert (per, "demands", chl) in triples(extract(doc, document(doc), onto, gaz), onto)


def test_one_whose_release_is_called_for_is_no_addressee(build_doc, document, onto, gaz):
    doc = build_doc([  # "Peru called for Ana Soto's early release."
        ("Peru", 1, "nsubj", "PROPN", "Peru", "State"), ("called", 1, "ROOT", "VERB", "call"), ("for", 1, "prep", "ADP", "for"),
        ("Ana", 4, "compound", "PROPN", "Ana", "PERSON"), ("Soto", 7, "poss", "PROPN", "Soto", "+PERSON"),
        ("'s", 4, "case", "PART", "'s"), ("early", 7, "amod", "ADJ", "early"), ("release", 2, "pobj", "NOUN", "release"),
        (".", 1, "punct", "PUNCT", "."),
    ])
    (per,) = ids(gaz, "Peru")
    assert (per, "appealsTo", "Person/ana-soto") not in triples(extract(doc, document(doc), onto, gaz), onto)


def test_appealing_a_verdict_is_no_appeal_to_anyone(build_doc, document, onto, gaz):
    doc = build_doc([  # "Peru appealed the verdict of Chile."
        ("Peru", 1, "nsubj", "PROPN", "Peru", "State"), ("appealed", 1, "ROOT", "VERB", "appeal"),
        ("the", 3, "det", "DET", "the"), ("verdict", 1, "dobj", "NOUN", "verdict"), ("of", 3, "prep", "ADP", "of"),
        ("Chile", 4, "pobj", "PROPN", "Chile", "State"), (".", 1, "punct", "PUNCT", "."),
    ])
    assert triples(extract(doc, document(doc), onto, gaz), onto) == set()


def test_seeking_to_act_is_an_aim_not_an_appeal(build_doc, document, onto, gaz):
    doc = build_doc([  # "Lima wrote that Peru had sought to undermine Chile's efforts." ("that" parsed as an object)
        ("Lima", 1, "nsubj", "PROPN", "Lima", "PERSON"), ("wrote", 1, "ROOT", "VERB", "write"),
        ("that", 5, "dobj", "SCONJ", "that"), ("Peru", 5, "nsubj", "PROPN", "Peru", "State"), ("had", 5, "aux", "AUX", "have"),
        ("sought", 1, "ccomp", "VERB", "seek"), ("to", 7, "aux", "PART", "to"),
        ("undermine", 5, "xcomp", "VERB", "undermine"), ("Chile", 10, "poss", "PROPN", "Chile", "State"),
        ("'s", 8, "case", "PART", "'s"), ("efforts", 7, "dobj", "NOUN", "effort"), (".", 1, "punct", "PUNCT", "."),
    ])
    doc[2].tag_, doc[5].tag_, doc[6].tag_, doc[10].tag_ = "IN", "VBN", "TO", "NNS"
    per, chl = ids(gaz, "Peru", "Chile")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert (per, "appealsTo", chl) not in got and (per, "opposes", chl) in got


def test_vowing_a_response_is_a_threat(build_doc, document, onto, gaz):
    doc = build_doc([  # "Peru vowed a response to Chile."
        ("Peru", 1, "nsubj", "PROPN", "Peru", "State"), ("vowed", 1, "ROOT", "VERB", "vow"),
        ("a", 3, "det", "DET", "a"), ("response", 1, "dobj", "NOUN", "response"), ("to", 1, "prep", "ADP", "to"),
        ("Chile", 4, "pobj", "PROPN", "Chile", "State"), (".", 1, "punct", "PUNCT", "."),
    ])
    per, chl = ids(gaz, "Peru", "Chile")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert (per, "intendsToCooperate", chl) not in got and (per, "threatens", chl) in got


def test_an_apology_for_what_happened_stays_an_apology(build_doc, document, onto, gaz):
    doc = build_doc([  # "Peru apologised to Chile that the incident had happened."
        ("Peru", 1, "nsubj", "PROPN", "Peru", "State"), ("apologised", 1, "ROOT", "VERB", "apologise"),
        ("to", 1, "prep", "ADP", "to"), ("Chile", 2, "pobj", "PROPN", "Chile", "State"),
        ("that", 8, "mark", "SCONJ", "that"), ("the", 6, "det", "DET", "the"), ("incident", 8, "nsubj", "NOUN", "incident"),
        ("had", 8, "aux", "AUX", "have"), ("happened", 1, "ccomp", "VERB", "happen"), (".", 1, "punct", "PUNCT", "."),
    ])
    per, chl = ids(gaz, "Peru", "Chile")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert (per, "supports", chl) in got and (per, "opposes", chl) not in got


def test_their_after_coordinated_people_is_each_of_theirs(build_doc, document, onto, gaz):
    doc = build_doc([  # "Boric and Milei strengthened their partnership with Peru."
        ("Boric", 3, "nsubj", "PROPN", "Boric", "PERSON"), ("and", 0, "cc", "CCONJ", "and"),
        ("Milei", 0, "conj", "PROPN", "Milei", "PERSON"), ("strengthened", 3, "ROOT", "VERB", "strengthen"),
        ("their", 5, "poss", "PRON", "their"), ("partnership", 3, "dobj", "NOUN", "partnership"),
        ("with", 5, "prep", "ADP", "with"), ("Peru", 6, "pobj", "PROPN", "Peru", "State"), (".", 3, "punct", "PUNCT", "."),
    ])
    doc[4].tag_ = "PRP$"
    boric, milei, per = ids(gaz, "Gabriel Boric", "Javier Milei", "Peru")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert {(boric, "supports", per), (milei, "supports", per)} <= got


def test_a_capital_s_name_on_a_treaty_is_where_it_was_signed_not_the_state(build_doc, document, onto, gaz):
    doc = build_doc([  # "Bolivia cited the Lima Convention and its support for Chile."
        ("Bolivia", 1, "nsubj", "PROPN", "Bolivia", "State"), ("cited", 1, "ROOT", "VERB", "cite"),
        ("the", 4, "det", "DET", "the"), ("Lima", 4, "compound", "PROPN", "Lima", "State"),
        ("Convention", 1, "dobj", "PROPN", "Convention"), ("and", 4, "cc", "CCONJ", "and"),
        ("its", 7, "poss", "PRON", "its"), ("support", 4, "conj", "NOUN", "support"), ("for", 7, "prep", "ADP", "for"),
        ("Chile", 8, "pobj", "PROPN", "Chile", "State"), (".", 1, "punct", "PUNCT", "."),
    ])
    bol, chl = ids(gaz, "Bolivia", "Chile")
    result = extract(doc, document(doc), onto, gaz)
    assert triples(result, onto) == {(bol, "supports", chl)}


@pytest.mark.parametrize("target,expected", [
    (("Peru", 1, "dobj", "PROPN", "Peru", "State"), {("Chile", "Peru"), ("Bolivia", "Peru")}),
    (("raid", 1, "dobj", "NOUN", "raid"), set()),
], ids=["a target named: both condemn it", "an act with no agent: no one condemns Bolivia"])
def test_an_as_clause_that_echoes_the_verb_names_a_co_agent(target, expected, build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile condemned Peru, as did Bolivia." / "Chile condemned the raid, as did Bolivia."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("condemned", 1, "ROOT", "VERB", "condemn"), target,
        (",", 1, "punct", "PUNCT", ","), ("as", 5, "mark", "SCONJ", "as"), ("did", 1, "advcl", "VERB", "do"),
        ("Bolivia", 5, "nsubj", "PROPN", "Bolivia", "State"), (".", 1, "punct", "PUNCT", "."),
    ])
    doc[5].tag_ = "VBD"
    named = dict(zip(("Chile", "Peru", "Bolivia"), ids(gaz, "Chile", "Peru", "Bolivia")))
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert {(s, o) for s, r, o in got if r == "opposes"} == {(named[s], named[o]) for s, o in expected}


def test_a_noun_coordinated_with_a_suspended_one_is_suspended_too(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile suspended its aid and budget support to Peru."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("suspended", 1, "ROOT", "VERB", "suspend"),
        ("its", 3, "poss", "PRON", "its"), ("aid", 1, "dobj", "NOUN", "aid"), ("and", 3, "cc", "CCONJ", "and"),
        ("budget", 6, "compound", "NOUN", "budget"), ("support", 3, "conj", "NOUN", "support"),
        ("to", 6, "prep", "ADP", "to"), ("Peru", 7, "pobj", "PROPN", "Peru", "State"), (".", 1, "punct", "PUNCT", "."),
    ])
    doc[1].tag_ = "VBD"
    chl, per = ids(gaz, "Chile", "Peru")
    assert triples(extract(doc, document(doc), onto, gaz), onto) == {(chl, "reducesRelations", per)}


def test_giving_someone_a_span_of_time_to_act_is_an_order(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile gave Peru a week to leave." (the clause hung on the span)
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("gave", 1, "ROOT", "VERB", "give"),
        ("Peru", 1, "dobj", "PROPN", "Peru", "State"), ("a", 4, "det", "DET", "a"),
        ("week", 1, "npadvmod", "NOUN", "week"), ("to", 6, "aux", "PART", "to"), ("leave", 4, "relcl", "VERB", "leave"),
        (".", 1, "punct", "PUNCT", "."),
    ])
    doc[1].tag_, doc[5].tag_, doc[6].tag_ = "VBD", "TO", "VB"
    chl, per = ids(gaz, "Chile", "Peru")
    assert triples(extract(doc, document(doc), onto, gaz), onto) == {(chl, "demands", per)}


@pytest.mark.parametrize("noun,relation", [("chancery", "memberOf"), ("delegation", "memberOf"),
                                           ("government", "leaderOf")])
def test_the_head_of_a_state_s_part_is_one_of_the_state_not_its_leader(noun, relation, build_doc, document, onto, gaz):
    doc = build_doc([  # "Ana Soto, the head of Peru's chancery, met Chile." / "... Peru's government ..."
        ("Ana", 1, "compound", "PROPN", "Ana", "PERSON"), ("Soto", 10, "nsubj", "PROPN", "Soto", "+PERSON"),
        (",", 1, "punct", "PUNCT", ","), ("the", 4, "det", "DET", "the"), ("head", 1, "appos", "NOUN", "head"),
        ("of", 4, "prep", "ADP", "of"), ("Peru", 8, "poss", "PROPN", "Peru", "State"), ("'s", 6, "case", "PART", "'s"),
        (noun, 5, "pobj", "NOUN", noun), (",", 1, "punct", "PUNCT", ","), ("met", 10, "ROOT", "VERB", "meet"),
        ("Chile", 10, "dobj", "PROPN", "Chile", "State"), (".", 10, "punct", "PUNCT", "."),
    ])
    per, = ids(gaz, "Peru")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert {(s, r) for s, r, o in got if o == per} == {("Person/ana-soto", relation)}


def test_a_court_a_case_is_taken_to_is_where_it_is_heard_not_whom_it_is_against(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile took the case to the Court." (a named court, to the NER an organisation)
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("took", 1, "ROOT", "VERB", "take"),
        ("the", 3, "det", "DET", "the"), ("case", 1, "dobj", "NOUN", "case"), ("to", 1, "prep", "ADP", "to"),
        ("the", 6, "det", "DET", "the"), ("Court", 4, "pobj", "PROPN", "court", "ORG"), (".", 1, "punct", "PUNCT", "."),
    ])
    doc[1].tag_ = "VBD"
    assert triples(extract(doc, document(doc), onto, gaz), onto) == set()


def test_an_obligation_coordinated_with_a_reported_clause_is_the_reporter_s_demand(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile said it was ready but that Peru must withdraw."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("said", 1, "ROOT", "VERB", "say"),
        ("it", 3, "nsubj", "PRON", "it"), ("was", 1, "ccomp", "AUX", "be"), ("ready", 3, "acomp", "ADJ", "ready"),
        ("but", 3, "cc", "CCONJ", "but"), ("that", 9, "mark", "SCONJ", "that"),
        ("Peru", 9, "nsubj", "PROPN", "Peru", "State"), ("must", 9, "aux", "AUX", "must"),
        ("withdraw", 3, "conj", "VERB", "withdraw"), (".", 1, "punct", "PUNCT", "."),
    ])
    doc[1].tag_, doc[8].tag_, doc[9].tag_ = "VBD", "MD", "VB"
    chl, per = ids(gaz, "Chile", "Peru")
    assert triples(extract(doc, document(doc), onto, gaz), onto) == {(chl, "demands", per)}


def test_an_act_one_is_invited_to_do_is_not_done_yet(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile accepted an invitation to visit Peru."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("accepted", 1, "ROOT", "VERB", "accept"),
        ("an", 3, "det", "DET", "an"), ("invitation", 1, "dobj", "NOUN", "invitation"), ("to", 5, "aux", "PART", "to"),
        ("visit", 3, "acl", "VERB", "visit"), ("Peru", 5, "dobj", "PROPN", "Peru", "State"), (".", 1, "punct", "PUNCT", "."),
    ])
    doc[1].tag_, doc[4].tag_, doc[5].tag_ = "VBD", "TO", "VB"
    chl, per = ids(gaz, "Chile", "Peru")
    assert triples(extract(doc, document(doc), onto, gaz), onto) == {(chl, "intendsToCooperate", per)}


def test_a_minister_s_own_government_is_one_he_belongs_to_not_one_he_leads(build_doc, document, onto, gaz):
    doc = build_doc([  # "Lavrov said Peru had approached his government."
        ("Lavrov", 1, "nsubj", "PROPN", "Lavrov", "Person"), ("said", 1, "ROOT", "VERB", "say"),
        ("Peru", 4, "nsubj", "PROPN", "Peru", "State"), ("had", 4, "aux", "AUX", "have"),
        ("approached", 1, "ccomp", "VERB", "approach"), ("his", 6, "poss", "PRON", "his"),
        ("government", 4, "dobj", "NOUN", "government"), (".", 1, "punct", "PUNCT", "."),
    ])
    doc[1].tag_, doc[4].tag_ = "VBD", "VBN"
    lavrov, rus = ids(gaz, "Sergei Lavrov", "Russia")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert {(r, o) for s, r, o in got if s == lavrov} == {("memberOf", rus)}


def test_a_name_of_a_body_of_water_is_a_place_whatever_the_ner_said(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile criticized the Gulf of Arauco plan." ("Gulf of Arauco" an organisation to the NER)
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("criticized", 1, "ROOT", "VERB", "criticize"),
        ("the", 6, "det", "DET", "the"), ("Gulf", 6, "compound", "PROPN", "Gulf", "ORG"),
        ("of", 3, "prep", "ADP", "of", "+ORG"), ("Arauco", 4, "pobj", "PROPN", "Arauco", "+ORG"),
        ("plan", 1, "dobj", "NOUN", "plan"), (".", 1, "punct", "PUNCT", "."),
    ])
    result = extract(doc, document(doc), onto, gaz)
    assert triples(result, onto) == set()


@pytest.mark.parametrize("tail,relation", [
    ([], "consults"),
    ([("to", 8, "aux", "PART", "to"), ("resign", 2, "xcomp", "VERB", "resign")], "appealsTo"),
], ids=["nothing asked: a visit", "an act asked: an appeal"])
def test_calling_on_a_person_asking_nothing_is_a_visit(tail, relation, build_doc, document, onto, gaz):
    doc = build_doc([  # "Javier Milei called on Gabriel Boric." / "... called on Gabriel Boric to resign."
        ("Javier", 1, "compound", "PROPN", "Javier", "PERSON"), ("Milei", 2, "nsubj", "PROPN", "Milei", "+PERSON"),
        ("called", 2, "ROOT", "VERB", "call"), ("on", 2, "prep", "ADP", "on"),
        ("Gabriel", 5, "compound", "PROPN", "Gabriel", "PERSON"), ("Boric", 3, "pobj", "PROPN", "Boric", "+PERSON"),
        (".", 2, "punct", "PUNCT", "."), *tail,
    ])
    doc[2].tag_ = "VBD"
    milei, boric = ids(gaz, "Javier Milei", "Gabriel Boric")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert {r for s, r, o in got if (s, o) == (milei, boric)} == {relation}


def test_one_sworn_in_as_a_state_s_president_leads_it(build_doc, document, onto, gaz):
    doc = build_doc([  # "Ana Soto was sworn in as Peru's president."
        ("Ana", 1, "compound", "PROPN", "Ana", "PERSON"), ("Soto", 3, "nsubjpass", "PROPN", "Soto", "+PERSON"),
        ("was", 3, "auxpass", "AUX", "be"), ("sworn", 3, "ROOT", "VERB", "swear"), ("in", 3, "prt", "ADP", "in"),
        ("as", 3, "prep", "ADP", "as"), ("Peru", 8, "poss", "PROPN", "Peru", "State"), ("'s", 6, "case", "PART", "'s"),
        ("president", 5, "pobj", "NOUN", "president"), (".", 3, "punct", "PUNCT", "."),
    ])
    doc[3].tag_ = "VBN"
    per, = ids(gaz, "Peru")
    assert triples(extract(doc, document(doc), onto, gaz), onto) == {("Person/ana-soto", "leaderOf", per)}


def test_the_two_leaders_are_the_leaders_named_not_a_companion(build_doc, document, onto, gaz):
    doc = build_doc([  # "Javier Milei greeted Gabriel Boric and his wife Ana Soto before the two leaders met."
        ("Javier", 1, "compound", "PROPN", "Javier", "PERSON"), ("Milei", 2, "nsubj", "PROPN", "Milei", "+PERSON"),
        ("greeted", 2, "ROOT", "VERB", "greet"), ("Gabriel", 4, "compound", "PROPN", "Gabriel", "PERSON"),
        ("Boric", 2, "dobj", "PROPN", "Boric", "+PERSON"), ("and", 4, "cc", "CCONJ", "and"),
        ("his", 7, "poss", "PRON", "his"), ("wife", 4, "conj", "NOUN", "wife"),
        ("Ana", 9, "compound", "PROPN", "Ana", "PERSON"), ("Soto", 7, "appos", "PROPN", "Soto", "+PERSON"),
        ("before", 14, "mark", "ADP", "before"), ("the", 13, "det", "DET", "the"), ("two", 13, "nummod", "NUM", "two"),
        ("leaders", 14, "nsubj", "NOUN", "leader"), ("met", 2, "advcl", "VERB", "meet"), (".", 2, "punct", "PUNCT", "."),
    ])
    doc[2].tag_, doc[13].tag_, doc[14].tag_ = "VBD", "NNS", "VBD"
    milei, boric = ids(gaz, "Javier Milei", "Gabriel Boric")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert {frozenset((s, o)) for s, r, o in got if r == "consults"} >= {frozenset((milei, boric))}
    assert not any(r == "consults" and {s, o} == {boric, "Person/ana-soto"} for s, r, o in got)  # not the wife


def test_a_relative_clause_on_the_place_of_an_unclaimed_act_names_no_agent(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile condemned the attack on a base in Peru that killed Bolivian troops."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("condemned", 1, "ROOT", "VERB", "condemn"),
        ("the", 3, "det", "DET", "the"), ("attack", 1, "dobj", "NOUN", "attack"), ("on", 3, "prep", "ADP", "on"),
        ("a", 6, "det", "DET", "a"), ("base", 4, "pobj", "NOUN", "base"), ("in", 6, "prep", "ADP", "in"),
        ("Peru", 7, "pobj", "PROPN", "Peru", "State"), ("that", 10, "nsubj", "PRON", "that"),
        ("killed", 8, "relcl", "VERB", "kill"), ("Bolivian", 12, "amod", "ADJ", "bolivian", "State"),
        ("troops", 10, "dobj", "NOUN", "troop"), (".", 1, "punct", "PUNCT", "."),
    ])
    doc[9].tag_, doc[10].tag_ = "WDT", "VBD"
    per, = ids(gaz, "Peru")
    assert not any(s == per for s, _, _ in triples(extract(doc, document(doc), onto, gaz), onto))


@pytest.mark.parametrize("noun,rejected", [("presence", False), ("claims", True)])
def test_denying_a_fact_about_someone_rejects_no_one(noun, rejected, build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile denied the presence of Peru's troops." / "Chile denied the claims of Peru's troops."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("denied", 1, "ROOT", "VERB", "deny"),
        ("the", 3, "det", "DET", "the"), (noun, 1, "dobj", "NOUN", noun.rstrip("s")), ("of", 3, "prep", "ADP", "of"),
        ("Peru", 7, "poss", "PROPN", "Peru", "State"), ("'s", 5, "case", "PART", "'s"),
        ("troops", 4, "pobj", "NOUN", "troop"), (".", 1, "punct", "PUNCT", "."),
    ])
    doc[1].tag_ = "VBD"
    chl, per = ids(gaz, "Chile", "Peru")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert ((chl, "rejects", per) in got) is rejected


def test_an_infinitive_on_a_title_in_apposition_is_the_titled_person_s(build_doc, document, onto, gaz):
    doc = build_doc([  # "Ana Soto, the first Peruvian envoy to visit Chile, spoke."
        ("Ana", 1, "compound", "PROPN", "Ana", "PERSON"), ("Soto", 11, "nsubj", "PROPN", "Soto", "+PERSON"),
        (",", 1, "punct", "PUNCT", ","), ("the", 6, "det", "DET", "the"), ("first", 6, "amod", "ADJ", "first"),
        ("Peruvian", 6, "amod", "ADJ", "peruvian", "State"), ("envoy", 1, "appos", "NOUN", "envoy"),
        ("to", 8, "aux", "PART", "to"), ("visit", 6, "acl", "VERB", "visit"), ("Chile", 8, "dobj", "PROPN", "Chile", "State"),
        (",", 1, "punct", "PUNCT", ","), ("spoke", 11, "ROOT", "VERB", "speak"), (".", 11, "punct", "PUNCT", "."),
    ])
    doc[7].tag_, doc[8].tag_ = "TO", "VB"
    chl, per = ids(gaz, "Chile", "Peru")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert ("Person/ana-soto", "consults", chl) in got and (per, "consults", chl) not in got


def test_hosting_another_state_s_base_is_military_cooperation_not_a_visit(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile hosts a Peruvian base."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("hosts", 1, "ROOT", "VERB", "host"),
        ("a", 4, "det", "DET", "a"), ("Peruvian", 4, "amod", "ADJ", "peruvian", "State"),
        ("base", 1, "dobj", "NOUN", "base"), (".", 1, "punct", "PUNCT", "."),
    ])
    doc[1].tag_ = "VBZ"
    chl, per = ids(gaz, "Chile", "Peru")
    assert triples(extract(doc, document(doc), onto, gaz), onto) == {(chl, "cooperatesWith", per)}


def test_capitals_coordinated_on_a_treaty_are_where_it_was_signed(build_doc, document, onto, gaz):
    doc = build_doc([  # "Bolivia violated the Lima and Quito agreements." ("Lima" parsed as a modifier of the noun)
        ("Bolivia", 1, "nsubj", "PROPN", "Bolivia", "State"), ("violated", 1, "ROOT", "VERB", "violate"),
        ("the", 6, "det", "DET", "the"), ("Lima", 6, "nmod", "PROPN", "Lima", "State"), ("and", 3, "cc", "CCONJ", "and"),
        ("Quito", 3, "conj", "PROPN", "Quito", "State"), ("agreements", 1, "dobj", "NOUN", "agreement"),
        (".", 1, "punct", "PUNCT", "."),
    ])
    doc[1].tag_ = "VBD"
    assert triples(extract(doc, document(doc), onto, gaz), onto) == set()


def test_an_act_named_with_its_agent_earlier_is_that_agent_s_under_another_word(build_doc, document, onto, gaz):
    doc = build_doc([  # "Bolivia halted an offensive by Peru. Chile backed the operation." ("by" hung on the verb)
        ("Bolivia", 1, "nsubj", "PROPN", "Bolivia", "State"), ("halted", 1, "ROOT", "VERB", "halt"),
        ("an", 3, "det", "DET", "an"), ("offensive", 1, "dobj", "NOUN", "offensive"), ("by", 1, "prep", "ADP", "by"),
        ("Peru", 4, "pobj", "PROPN", "Peru", "State"), (".", 1, "punct", "PUNCT", "."),
        ("Chile", 8, "nsubj", "PROPN", "Chile", "State"), ("backed", 8, "ROOT", "VERB", "back"),
        ("the", 10, "det", "DET", "the"), ("operation", 8, "dobj", "NOUN", "operation"), (".", 8, "punct", "PUNCT", "."),
    ])
    doc[1].tag_, doc[8].tag_ = "VBD", "VBD"
    bol, chl, per = ids(gaz, "Bolivia", "Chile", "Peru")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert (chl, "supports", per) in got and (chl, "supports", bol) not in got


def test_their_after_a_state_and_a_group_in_its_clause_is_the_group_s(build_doc, document, onto, gaz):
    doc = build_doc([  # "Peru kept troops in Chile alongside the rebels and condemned their raids."
        ("Peru", 1, "nsubj", "PROPN", "Peru", "State"), ("kept", 1, "ROOT", "VERB", "keep"),
        ("troops", 1, "dobj", "NOUN", "troop"), ("in", 2, "prep", "ADP", "in"), ("Chile", 3, "pobj", "PROPN", "Chile", "State"),
        ("alongside", 2, "prep", "ADP", "alongside"), ("the", 7, "det", "DET", "the"),
        ("rebels", 5, "pobj", "NOUN", "rebel"), ("and", 1, "cc", "CCONJ", "and"), ("condemned", 1, "conj", "VERB", "condemn"),
        ("their", 11, "poss", "PRON", "their"), ("raids", 9, "dobj", "NOUN", "raid"), (".", 1, "punct", "PUNCT", "."),
    ])
    doc[1].tag_, doc[9].tag_, doc[7].tag_, doc[11].tag_ = "VBD", "VBD", "NNS", "NNS"
    chl, per = ids(gaz, "Chile", "Peru")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert any(s == per and r == "opposes" and o not in {chl, per} for s, r, o in got) and (per, "opposes", chl) not in got


def test_their_after_a_state_coordinated_with_a_group_is_both_s(build_doc, document, onto, gaz):
    doc = build_doc([  # "Peru supports Chile and the Chilean people in their fight against Bolivia."
        ("Peru", 1, "nsubj", "PROPN", "Peru", "State"), ("supports", 1, "ROOT", "VERB", "support"),
        ("Chile", 1, "dobj", "PROPN", "Chile", "State"), ("and", 2, "cc", "CCONJ", "and"), ("the", 6, "det", "DET", "the"),
        ("Chilean", 6, "amod", "ADJ", "chilean", "State"), ("people", 2, "conj", "NOUN", "people"),
        ("in", 1, "prep", "ADP", "in"), ("their", 9, "poss", "PRON", "their"), ("fight", 7, "pobj", "NOUN", "fight"),
        ("against", 9, "prep", "ADP", "against"), ("Bolivia", 10, "pobj", "PROPN", "Bolivia", "State"),
        (".", 1, "punct", "PUNCT", "."),
    ])
    doc[1].tag_, doc[6].tag_ = "VBZ", "NNS"
    bol, chl = ids(gaz, "Bolivia", "Chile")
    assert (chl, "fights", bol) in triples(extract(doc, document(doc), onto, gaz), onto)


@pytest.mark.parametrize("det,relation", [("the", "leaderOf"), ("a", "memberOf")])
def test_an_indefinite_title_in_apposition_is_one_of_several_holders(det, relation, build_doc, document, onto, gaz):
    doc = build_doc([  # "Ana Soto, a/the commander of NATO, spoke."
        ("Ana", 1, "compound", "PROPN", "Ana", "PERSON"), ("Soto", 8, "nsubj", "PROPN", "Soto", "+PERSON"),
        (",", 1, "punct", "PUNCT", ","), (det, 4, "det", "DET", det), ("commander", 1, "appos", "NOUN", "commander"),
        ("of", 4, "prep", "ADP", "of"), ("NATO", 5, "pobj", "PROPN", "NATO", "ORG"), (",", 1, "punct", "PUNCT", ","),
        ("spoke", 8, "ROOT", "VERB", "speak"), (".", 8, "punct", "PUNCT", "."),
    ])
    doc[8].tag_ = "VBD"
    nato, = ids(gaz, "NATO")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert ("Person/ana-soto", relation, nato) in got and len([1 for s, _, _ in got if s == "Person/ana-soto"]) == 1



def test_the_head_of_a_state_s_named_group_leads_the_group_not_the_state(build_doc, document, onto, gaz):
    doc = build_doc([  # "Ana Soto, the head of Peru's Sendero group, spoke."
        ("Ana", 1, "compound", "PROPN", "Ana", "PERSON"), ("Soto", 10, "nsubj", "PROPN", "Soto", "+PERSON"),
        (",", 1, "punct", "PUNCT", ","), ("the", 4, "det", "DET", "the"), ("head", 1, "appos", "NOUN", "head"),
        ("of", 4, "prep", "ADP", "of"), ("Peru", 9, "poss", "PROPN", "Peru", "State"), ("'s", 6, "case", "PART", "'s"),
        ("Sendero", 9, "nmod", "PROPN", "Sendero", "ORG"), ("group", 5, "pobj", "NOUN", "group"),
        ("spoke", 10, "ROOT", "VERB", "speak"), (".", 10, "punct", "PUNCT", "."),
    ])
    doc[10].tag_ = "VBD"
    per, = ids(gaz, "Peru")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert ("Person/ana-soto", "leaderOf", per) not in got and any(
        s == "Person/ana-soto" and r == "leaderOf" for s, r, _ in got)


def test_ordering_troops_somewhere_is_a_deployment_not_a_demand(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile ordered troops to the border with Peru."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("ordered", 1, "ROOT", "VERB", "order"),
        ("troops", 1, "dobj", "NOUN", "troop"), ("to", 1, "prep", "ADP", "to"), ("the", 5, "det", "DET", "the"),
        ("border", 3, "pobj", "NOUN", "border"), ("with", 5, "prep", "ADP", "with"),
        ("Peru", 6, "pobj", "PROPN", "Peru", "State"), (".", 1, "punct", "PUNCT", "."),
    ])
    doc[1].tag_, doc[2].tag_ = "VBD", "NNS"
    chl, per = ids(gaz, "Chile", "Peru")
    assert triples(extract(doc, document(doc), onto, gaz), onto) == {(chl, "mobilizes", per)}


@pytest.mark.parametrize("told,own", [("army", True), ("Bolivia", False)])
def test_a_command_to_one_s_own_forces_is_the_commander_s_act(told, own, build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile ordered the army to attack Peru." / "Chile ordered (the) Bolivia to attack Peru."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("ordered", 1, "ROOT", "VERB", "order"),
        ("the", 3, "det", "DET", "the"), *([(told, 1, "dobj", "NOUN", told)] if own else
                                          [(told, 1, "dobj", "PROPN", told, "State")]),
        ("to", 5, "aux", "PART", "to"), ("attack", 1, "xcomp", "VERB", "attack"),
        ("Peru", 5, "dobj", "PROPN", "Peru", "State"), (".", 1, "punct", "PUNCT", "."),
    ])
    doc[1].tag_, doc[4].tag_, doc[5].tag_ = "VBD", "TO", "VB"
    bol, chl, per = ids(gaz, "Bolivia", "Chile", "Peru")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    if own:
        assert got == {(chl, "assaults", per)}
    else:
        assert (chl, "demands", bol) in got and (chl, "assaults", per) not in got


def test_an_accusation_made_in_a_participle_is_its_clause_subject_s(build_doc, document, onto, gaz):
    doc = build_doc([  # "Bolivia said talks would resume. Chile closed the border, saying Peru had attacked it.
        # Peru rejected the accusation."
        ("Bolivia", 1, "nsubj", "PROPN", "Bolivia", "State"), ("said", 1, "ROOT", "VERB", "say"),
        ("talks", 4, "nsubj", "NOUN", "talk"), ("would", 4, "aux", "AUX", "would"), ("resume", 1, "ccomp", "VERB", "resume"),
        (".", 1, "punct", "PUNCT", "."),
        ("Chile", 7, "nsubj", "PROPN", "Chile", "State"), ("closed", 7, "ROOT", "VERB", "close"),
        ("the", 9, "det", "DET", "the"), ("border", 7, "dobj", "NOUN", "border"), (",", 7, "punct", "PUNCT", ","),
        ("saying", 7, "advcl", "VERB", "say"), ("Peru", 14, "nsubj", "PROPN", "Peru", "State"),
        ("had", 14, "aux", "AUX", "have"), ("attacked", 11, "ccomp", "VERB", "attack"), ("it", 14, "dobj", "PRON", "it"),
        (".", 7, "punct", "PUNCT", "."),
        ("Peru", 18, "nsubj", "PROPN", "Peru", "State"), ("rejected", 18, "ROOT", "VERB", "reject"),
        ("the", 20, "det", "DET", "the"), ("accusation", 18, "dobj", "NOUN", "accusation"), (".", 18, "punct", "PUNCT", "."),
    ])
    for i, tag in ((1, "VBD"), (7, "VBD"), (11, "VBG"), (14, "VBN"), (18, "VBD"), (2, "NNS")):
        doc[i].tag_ = tag
    bol, chl, per = ids(gaz, "Bolivia", "Chile", "Peru")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert (per, "rejects", chl) in got and (per, "rejects", bol) not in got


def test_a_charge_made_by_an_unnamed_accuser_answers_no_earlier_speaker(build_doc, document, onto, gaz):
    doc = build_doc([  # "Bolivia said talks would resume. Chile was accused by rivals of arming rebels. Chile denied
        # the charge."
        ("Bolivia", 1, "nsubj", "PROPN", "Bolivia", "State"), ("said", 1, "ROOT", "VERB", "say"),
        ("talks", 4, "nsubj", "NOUN", "talk"), ("would", 4, "aux", "AUX", "would"), ("resume", 1, "ccomp", "VERB", "resume"),
        (".", 1, "punct", "PUNCT", "."),
        ("Chile", 8, "nsubjpass", "PROPN", "Chile", "State"), ("was", 8, "auxpass", "AUX", "be"),
        ("accused", 8, "ROOT", "VERB", "accuse"), ("by", 8, "agent", "ADP", "by"), ("rivals", 9, "pobj", "NOUN", "rival"),
        ("of", 8, "prep", "ADP", "of"), ("arming", 11, "pcomp", "VERB", "arm"), ("rebels", 12, "dobj", "NOUN", "rebel"),
        (".", 8, "punct", "PUNCT", "."),
        ("Chile", 16, "nsubj", "PROPN", "Chile", "State"), ("denied", 16, "ROOT", "VERB", "deny"),
        ("the", 18, "det", "DET", "the"), ("charge", 16, "dobj", "NOUN", "charge"), (".", 16, "punct", "PUNCT", "."),
    ])
    for i, tag in ((1, "VBD"), (8, "VBN"), (12, "VBG"), (16, "VBD"), (2, "NNS"), (10, "NNS"), (13, "NNS")):
        doc[i].tag_ = tag
    bol, = ids(gaz, "Bolivia")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert not any(o == bol for _, r, o in got if r == "rejects")


def test_them_after_a_state_is_the_people_named_before_it(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile pulled its soldiers out of Peru after Bolivia ordered them to leave."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("pulled", 1, "ROOT", "VERB", "pull"),
        ("its", 3, "poss", "PRON", "its"), ("soldiers", 1, "dobj", "NOUN", "soldier"), ("out", 1, "prep", "ADP", "out"),
        ("of", 4, "prep", "ADP", "of"), ("Peru", 5, "pobj", "PROPN", "Peru", "State"), ("after", 9, "mark", "SCONJ", "after"),
        ("Bolivia", 9, "nsubj", "PROPN", "Bolivia", "State"), ("ordered", 1, "advcl", "VERB", "order"),
        ("them", 9, "dobj", "PRON", "they"), ("to", 12, "aux", "PART", "to"), ("leave", 9, "xcomp", "VERB", "leave"),
        (".", 1, "punct", "PUNCT", "."),
    ])
    for i, tag in ((1, "VBD"), (3, "NNS"), (9, "VBD"), (10, "PRP"), (11, "TO"), (12, "VB")):
        doc[i].tag_ = tag
    bol, chl, per = ids(gaz, "Bolivia", "Chile", "Peru")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert (bol, "demands", chl) in got and (bol, "demands", per) not in got


def test_calling_on_a_titled_person_with_nothing_asked_is_a_visit(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile's president called on the envoy."
        ("Chile", 2, "poss", "PROPN", "Chile", "State"), ("'s", 0, "case", "PART", "'s"),
        ("president", 3, "nsubj", "NOUN", "president"), ("called", 3, "ROOT", "VERB", "call"),
        ("on", 3, "prep", "ADP", "on"), ("the", 6, "det", "DET", "the"), ("envoy", 4, "pobj", "NOUN", "envoy"),
        (".", 3, "punct", "PUNCT", "."),
    ])
    doc[3].tag_ = "VBD"
    got = {r for _, r, _ in triples(extract(doc, document(doc), onto, gaz), onto)}
    assert "consults" in got and "appealsTo" not in got


def test_a_name_ending_in_a_body_s_word_is_a_name_when_another_word_is(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile fought the rebel Sierra Liberation Army."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("fought", 1, "ROOT", "VERB", "fight"),
        ("the", 6, "det", "DET", "the"), ("rebel", 6, "compound", "NOUN", "rebel"),
        ("Sierra", 6, "compound", "PROPN", "Sierra", "ORG"), ("Liberation", 6, "compound", "PROPN", "Liberation", "+ORG"),
        ("Army", 1, "dobj", "PROPN", "Army", "+ORG"), (".", 1, "punct", "PUNCT", "."),
    ])
    doc[1].tag_ = "VBD"
    assert "Sierra Liberation Army" in {e.label for e in extract(doc, document(doc), onto, gaz).entities}


def test_an_organisation_s_name_cut_before_its_state_is_one_name(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile fought the Sierra Forces for the Liberation of Peru."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("fought", 1, "ROOT", "VERB", "fight"),
        ("the", 4, "det", "DET", "the", "ORG"), ("Sierra", 4, "compound", "PROPN", "Sierra", "+ORG"),
        ("Forces", 1, "dobj", "PROPN", "Forces", "+ORG"), ("for", 4, "prep", "ADP", "for", "+ORG"),
        ("the", 7, "det", "DET", "the", "+ORG"), ("Liberation", 5, "pobj", "PROPN", "Liberation", "+ORG"),
        ("of", 7, "prep", "ADP", "of", "+ORG"), ("Peru", 8, "pobj", "PROPN", "Peru", "State"),
        (".", 1, "punct", "PUNCT", "."),
    ])
    doc[1].tag_ = "VBD"
    per, = ids(gaz, "Peru")
    result = extract(doc, document(doc), onto, gaz)
    assert "Sierra Forces for the Liberation of Peru" in {e.label for e in result.entities}
    assert not any(o == per for _, _, o in triples(result, onto))


def test_a_body_s_gathering_an_act_is_done_at_is_no_party_to_it(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile agreed at a NATO summit to support Peru."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("agreed", 1, "ROOT", "VERB", "agree"),
        ("at", 1, "prep", "ADP", "at"), ("a", 5, "det", "DET", "a"), ("NATO", 5, "compound", "PROPN", "NATO", "ORG"),
        ("summit", 2, "pobj", "NOUN", "summit"), ("to", 7, "aux", "PART", "to"), ("support", 1, "xcomp", "VERB", "support"),
        ("Peru", 7, "dobj", "PROPN", "Peru", "State"), (".", 1, "punct", "PUNCT", "."),
    ])
    doc[1].tag_, doc[6].tag_, doc[7].tag_ = "VBD", "TO", "VB"
    chl, nato, per = ids(gaz, "Chile", "NATO", "Peru")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert not any(o == nato for _, _, o in got) and any(s == chl and o == per for s, _, o in got)


def test_listening_to_a_concern_voices_none(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile listened to the concerns of Peru."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("listened", 1, "ROOT", "VERB", "listen"),
        ("to", 1, "prep", "ADP", "to"), ("the", 4, "det", "DET", "the"), ("concerns", 2, "pobj", "NOUN", "concern"),
        ("of", 4, "prep", "ADP", "of"), ("Peru", 5, "pobj", "PROPN", "Peru", "State"), (".", 1, "punct", "PUNCT", "."),
    ])
    doc[1].tag_, doc[4].tag_ = "VBD", "NNS"
    chl, = ids(gaz, "Chile")
    assert not any(s == chl for s, _, _ in triples(extract(doc, document(doc), onto, gaz), onto))


def test_it_in_a_with_clause_after_an_object_is_that_object(build_doc, document, onto, gaz):
    doc = build_doc([  # "Peru attacked Bolivia. Chile condemned the attack, with Ana Soto calling it a crime."
        ("Peru", 1, "nsubj", "PROPN", "Peru", "State"), ("attacked", 1, "ROOT", "VERB", "attack"),
        ("Bolivia", 1, "dobj", "PROPN", "Bolivia", "State"), (".", 1, "punct", "PUNCT", "."),
        ("Chile", 5, "nsubj", "PROPN", "Chile", "State"), ("condemned", 5, "ROOT", "VERB", "condemn"),
        ("the", 7, "det", "DET", "the"), ("attack", 5, "dobj", "NOUN", "attack"), (",", 5, "punct", "PUNCT", ","),
        ("with", 5, "prep", "ADP", "with"), ("Ana", 11, "compound", "PROPN", "Ana", "PERSON"),
        ("Soto", 12, "nsubj", "PROPN", "Soto", "+PERSON"), ("calling", 9, "pcomp", "VERB", "call"),
        ("it", 12, "dobj", "PRON", "it"), ("a", 15, "det", "DET", "a"), ("crime", 12, "oprd", "NOUN", "crime"),
        (".", 5, "punct", "PUNCT", "."),
    ])
    for i, tag in ((1, "VBD"), (5, "VBD"), (12, "VBG"), (13, "PRP")):
        doc[i].tag_ = tag
    chl, per = ids(gaz, "Chile", "Peru")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert ("Person/ana-soto", "opposes", chl) not in got and ("Person/ana-soto", "opposes", per) in got


def test_a_state_s_leader_by_description_leads_the_state_before_any_body(build_doc, document, onto, gaz):
    doc = build_doc([  # "Xi Jinping met Gabriel Boric. The Chinese leader spoke."
        ("Xi", 1, "compound", "PROPN", "Xi", "PERSON"), ("Jinping", 2, "nsubj", "PROPN", "Jinping", "+PERSON"),
        ("met", 2, "ROOT", "VERB", "meet"), ("Gabriel", 4, "compound", "PROPN", "Gabriel", "PERSON"),
        ("Boric", 2, "dobj", "PROPN", "Boric", "+PERSON"), (".", 2, "punct", "PUNCT", "."),
        ("The", 8, "det", "DET", "the"), ("Chinese", 8, "amod", "ADJ", "chinese", "State"),
        ("leader", 9, "nsubj", "NOUN", "leader"), ("spoke", 9, "ROOT", "VERB", "speak"), (".", 9, "punct", "PUNCT", "."),
    ])
    doc[2].tag_, doc[9].tag_ = "VBD", "VBD"
    chn, xi = ids(gaz, "China", "Xi Jinping")
    led = {o for s, r, o in triples(extract(doc, document(doc), onto, gaz), onto) if s == xi and r == "leaderOf"}
    assert led == {chn}


CLASH_ROWS = [  # "Gabriel Boric clashed with Javier Milei over Peru."
    ("Gabriel", 1, "compound", "PROPN", "Gabriel", "PERSON"), ("Boric", 2, "nsubj", "PROPN", "Boric", "+PERSON"),
    ("clashed", 2, "ROOT", "VERB", "clash"), ("with", 2, "prep", "ADP", "with"),
    ("Javier", 5, "compound", "PROPN", "Javier", "PERSON"), ("Milei", 3, "pobj", "PROPN", "Milei", "+PERSON"),
    ("over", 2, "prep", "ADP", "over"), ("Peru", 6, "pobj", "PROPN", "Peru", "State"), (".", 2, "punct", "PUNCT", "."),
]
ATTACK_ROWS = [  # "Gabriel Boric attacked Javier Milei over Peru."
    ("Gabriel", 1, "compound", "PROPN", "Gabriel", "PERSON"), ("Boric", 2, "nsubj", "PROPN", "Boric", "+PERSON"),
    ("attacked", 2, "ROOT", "VERB", "attack"), ("Javier", 4, "compound", "PROPN", "Javier", "PERSON"),
    ("Milei", 2, "dobj", "PROPN", "Milei", "+PERSON"), ("over", 2, "prep", "ADP", "over"),
    ("Peru", 5, "pobj", "PROPN", "Peru", "State"), (".", 2, "punct", "PUNCT", "."),
]


@pytest.mark.parametrize("rows", [CLASH_ROWS, ATTACK_ROWS])
def test_named_people_at_odds_with_named_people_speak_against_them(rows, build_doc, document, onto, gaz):
    doc = build_doc(rows)
    doc[2].tag_ = "VBD"
    boric, milei, per = ids(gaz, "Gabriel Boric", "Javier Milei", "Peru")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert (boric, "opposes", milei) in got and not any(o == per for _, _, o in got)


def test_a_counted_set_of_groups_is_no_body_its_members_belong_to(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile sanctioned three armed groups, including the Sierra Front."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("sanctioned", 1, "ROOT", "VERB", "sanction"),
        ("three", 4, "nummod", "NUM", "three"), ("armed", 4, "amod", "ADJ", "armed"), ("groups", 1, "dobj", "NOUN", "group"),
        (",", 4, "punct", "PUNCT", ","), ("including", 4, "prep", "VERB", "include"), ("the", 9, "det", "DET", "the"),
        ("Sierra", 9, "compound", "PROPN", "Sierra", "ORG"), ("Front", 6, "pobj", "PROPN", "Front", "+ORG"),
        (".", 1, "punct", "PUNCT", "."),
    ])
    doc[1].tag_, doc[4].tag_, doc[6].tag_ = "VBD", "NNS", "VBG"
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert not any(r == "memberOf" for _, r, _ in got) and any(o == "Organization/sierra-front" for _, _, o in got)


def test_an_unconditional_announced_cut_is_a_decision_and_a_threatened_one_a_threat(build_doc, document, onto, gaz):
    said = build_doc([  # "Chile said it would cut ties with Peru."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("said", 1, "ROOT", "VERB", "say"),
        ("it", 4, "nsubj", "PRON", "it"), ("would", 4, "aux", "AUX", "would"), ("cut", 1, "ccomp", "VERB", "cut"),
        ("ties", 4, "dobj", "NOUN", "tie"), ("with", 4, "prep", "ADP", "with"), ("Peru", 6, "pobj", "PROPN", "Peru", "State"),
        (".", 1, "punct", "PUNCT", "."),
    ])
    said[1].tag_, said[3].tag_, said[4].tag_, said[5].tag_ = "VBD", "MD", "VB", "NNS"
    threatened = build_doc([  # "Chile threatened to cut ties with Peru."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("threatened", 1, "ROOT", "VERB", "threaten"),
        ("to", 3, "aux", "PART", "to"), ("cut", 1, "xcomp", "VERB", "cut"), ("ties", 3, "dobj", "NOUN", "tie"),
        ("with", 3, "prep", "ADP", "with"), ("Peru", 5, "pobj", "PROPN", "Peru", "State"), (".", 1, "punct", "PUNCT", "."),
    ])
    threatened[1].tag_, threatened[3].tag_, threatened[4].tag_ = "VBD", "VB", "NNS"
    chl, per = ids(gaz, "Chile", "Peru")
    assert claims(extract(said, document(said), onto, gaz), onto) == {(chl, "reducesRelations", per, "intended")}
    assert triples(extract(threatened, document(threatened), onto, gaz), onto) == {(chl, "threatens", per)}


def test_a_cut_agreed_to_is_decided_and_one_vowed_threatened(build_doc, document, onto, gaz):
    def doc_of(verb, lemma):  # "Chile agreed to sanction Peru." / "Chile vowed to sanction Peru."
        doc = build_doc([
            ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), (verb, 1, "ROOT", "VERB", lemma), ("to", 3, "aux", "PART", "to"),
            ("sanction", 1, "xcomp", "VERB", "sanction"), ("Peru", 3, "dobj", "PROPN", "Peru", "State"),
            (".", 1, "punct", "PUNCT", "."),
        ])
        doc[1].tag_, doc[3].tag_ = "VBD", "VB"
        return doc
    chl, per = ids(gaz, "Chile", "Peru")
    agreed, vowed = doc_of("agreed", "agree"), doc_of("vowed", "vow")
    assert claims(extract(agreed, document(agreed), onto, gaz), onto) == {(chl, "reducesRelations", per, "intended")}
    assert triples(extract(vowed, document(vowed), onto, gaz), onto) == {(chl, "threatens", per)}


def test_both_sides_after_both_countries_are_the_same_two_whatever_order_triggers_come_in(build_doc, document, onto, gaz):
    # "Chile struck Peru. Peru struck Chile. Bolivia fought Brazil. Argentina, which has ties with both countries,
    # spoke. Argentina called on both sides to talk."
    rows = []
    for a, verb, lemma, b in (("Chile", "struck", "strike", "Peru"), ("Peru", "struck", "strike", "Chile"),
                              ("Bolivia", "fought", "fight", "Brazil")):
        n = len(rows)
        rows += [(a, n + 1, "nsubj", "PROPN", a, "State"), (verb, n + 1, "ROOT", "VERB", lemma),
                 (b, n + 1, "dobj", "PROPN", b, "State"), (".", n + 1, "punct", "PUNCT", ".")]
    rows += [  # 12
        ("Argentina", 21, "nsubj", "PROPN", "Argentina", "State"), (",", 12, "punct", "PUNCT", ","),
        ("which", 15, "nsubj", "PRON", "which"), ("has", 12, "relcl", "VERB", "have"), ("ties", 15, "dobj", "NOUN", "tie"),
        ("with", 16, "prep", "ADP", "with"), ("both", 19, "det", "DET", "both"), ("countries", 17, "pobj", "NOUN", "country"),
        (",", 12, "punct", "PUNCT", ","), ("spoke", 21, "ROOT", "VERB", "speak"), (".", 21, "punct", "PUNCT", "."),
        ("Argentina", 24, "nsubj", "PROPN", "Argentina", "State"), ("called", 24, "ROOT", "VERB", "call"),
        ("on", 24, "prep", "ADP", "on"), ("both", 27, "det", "DET", "both"), ("sides", 25, "pobj", "NOUN", "side"),
        ("to", 29, "aux", "PART", "to"), ("talk", 24, "xcomp", "VERB", "talk"), (".", 24, "punct", "PUNCT", "."),
    ]
    doc = build_doc(rows)
    for i, tag in ((1, "VBD"), (5, "VBD"), (9, "VBD"), (14, "WDT"), (15, "VBZ"), (16, "NNS"), (19, "NNS"), (21, "VBD"),
                   (24, "VBD"), (27, "NNS"), (29, "VB")):
        doc[i].tag_ = tag
    arg, chl, per = ids(gaz, "Argentina", "Chile", "Peru")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert {o for s, r, o in got if s == arg and r == "appealsTo"} == {chl, per}, got


def test_a_counterpart_is_the_one_the_text_gives_the_same_title_in_the_state_named(build_doc, document, onto, gaz):
    doc = build_doc([  # "Peruvian Foreign Minister Ana Soto spoke. Chilean Foreign Minister Luis Vera met his Peruvian counterpart."
        ("Peruvian", 4, "amod", "ADJ", "Peruvian", "State"), ("Foreign", 2, "compound", "PROPN", "Foreign"),
        ("Minister", 4, "compound", "PROPN", "Minister"), ("Ana", 4, "compound", "PROPN", "Ana", "PERSON"),
        ("Soto", 5, "nsubj", "PROPN", "Soto", "+PERSON"), ("spoke", 5, "ROOT", "VERB", "speak"), (".", 5, "punct", "PUNCT", "."),
        ("Chilean", 11, "amod", "ADJ", "Chilean", "State"), ("Foreign", 9, "compound", "PROPN", "Foreign"),
        ("Minister", 11, "compound", "PROPN", "Minister"), ("Luis", 11, "compound", "PROPN", "Luis", "PERSON"),
        ("Vera", 12, "nsubj", "PROPN", "Vera", "+PERSON"), ("met", 12, "ROOT", "VERB", "meet"),
        ("his", 15, "poss", "PRON", "his"), ("Peruvian", 15, "amod", "ADJ", "Peruvian", "State"),
        ("counterpart", 12, "dobj", "NOUN", "counterpart"), (".", 12, "punct", "PUNCT", "."),
    ])
    doc[5].tag_, doc[12].tag_, doc[13].tag_ = "VBD", "VBD", "PRP$"
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert ("Person/luis-vera", "consults", "Person/ana-soto") in got, got


def test_a_generation_mark_makes_another_person(build_doc, document, onto, gaz):
    doc = build_doc([  # "Javier Milei Jr. visited Peru."
        ("Javier", 2, "compound", "PROPN", "Javier", "PERSON"), ("Milei", 2, "compound", "PROPN", "Milei", "+PERSON"),
        ("Jr.", 3, "nsubj", "PROPN", "Jr."), ("visited", 3, "ROOT", "VERB", "visit"), ("Peru", 3, "dobj", "PROPN", "Peru", "State"),
        (".", 3, "punct", "PUNCT", "."),
    ])
    doc[3].tag_ = "VBD"
    milei, per = ids(gaz, "Javier Milei", "Peru")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert ("Person/javier-milei-jr", "consults", per) in got and not any(s == milei for s, _, _ in got), got


def test_unowned_goods_are_no_target_of_a_cut(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile halted days of missile and artillery exchanges."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("halted", 1, "ROOT", "VERB", "halt"), ("days", 1, "dobj", "NOUN", "day"),
        ("of", 2, "prep", "ADP", "of"), ("missile", 3, "pobj", "NOUN", "missile"), ("and", 4, "cc", "CCONJ", "and"),
        ("artillery", 7, "compound", "NOUN", "artillery"), ("exchanges", 4, "conj", "NOUN", "exchange"),
        (".", 1, "punct", "PUNCT", "."),
    ])
    doc[1].tag_, doc[2].tag_, doc[7].tag_ = "VBD", "NNS", "NNS"
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert not any(o.startswith("WeaponSystem/") for _, _, o in got), got


def test_three_countries_with_no_list_of_three_are_the_three_named_most(build_doc, document, onto, gaz):
    # "Chile met Peru. Chile met Bolivia. Peru met Bolivia. Brazil spoke. Argentina spoke. The three countries
    # condemned Ecuador."
    rows = []
    for a, b in (("Chile", "Peru"), ("Chile", "Bolivia"), ("Peru", "Bolivia")):
        n = len(rows)
        rows += [(a, n + 1, "nsubj", "PROPN", a, "State"), ("met", n + 1, "ROOT", "VERB", "meet"),
                 (b, n + 1, "dobj", "PROPN", b, "State"), (".", n + 1, "punct", "PUNCT", ".")]
    for a in ("Brazil", "Argentina"):
        n = len(rows)
        rows += [(a, n + 1, "nsubj", "PROPN", a, "State"), ("spoke", n + 1, "ROOT", "VERB", "speak"),
                 (".", n + 1, "punct", "PUNCT", ".")]
    rows += [("The", 20, "det", "DET", "the"), ("three", 20, "nummod", "NUM", "three"),  # 18
             ("countries", 21, "nsubj", "NOUN", "country"), ("condemned", 21, "ROOT", "VERB", "condemn"),
             ("Ecuador", 21, "dobj", "PROPN", "Ecuador", "State"), (".", 21, "punct", "PUNCT", ".")]
    doc = build_doc(rows)
    for i in (1, 5, 9, 13, 16, 21):
        doc[i].tag_ = "VBD"
    doc[20].tag_ = "NNS"
    chl, per, bol, ecu = ids(gaz, "Chile", "Peru", "Bolivia", "Ecuador")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert {s for s, r, o in got if o == ecu} == {chl, per, bol}, got


def test_papers_handed_over_release_no_one_and_declining_to_deny_rejects_no_one(build_doc, document, onto, gaz):
    handed = build_doc([  # "Chile handed over the documents to Peru."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("handed", 1, "ROOT", "VERB", "hand"), ("over", 1, "prt", "ADP", "over"),
        ("the", 4, "det", "DET", "the"), ("documents", 1, "dobj", "NOUN", "document"), ("to", 1, "prep", "ADP", "to"),
        ("Peru", 5, "pobj", "PROPN", "Peru", "State"), (".", 1, "punct", "PUNCT", "."),
    ])
    handed[1].tag_, handed[2].tag_, handed[4].tag_ = "VBD", "RP", "NNS"
    declined = build_doc([  # "Chile declined to deny the deployment of Peruvian troops."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("declined", 1, "ROOT", "VERB", "decline"), ("to", 3, "aux", "PART", "to"),
        ("deny", 1, "xcomp", "VERB", "deny"), ("the", 5, "det", "DET", "the"), ("deployment", 3, "dobj", "NOUN", "deployment"),
        ("of", 5, "prep", "ADP", "of"), ("Peruvian", 8, "amod", "ADJ", "Peruvian", "State"), ("troops", 6, "pobj", "NOUN", "troop"),
        (".", 1, "punct", "PUNCT", "."),
    ])
    declined[1].tag_, declined[3].tag_, declined[8].tag_ = "VBD", "VB", "NNS"
    assert triples(extract(handed, document(handed), onto, gaz), onto) == set()
    assert not any(s.relation == "rejects" for s in extract(declined, document(declined), onto, gaz).statements)


def test_a_forceful_noun_on_a_verbs_clause_is_that_act_not_one_between_its_subjects(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile and Peru struck Bolivia, using jets, in retaliation."
        ("Chile", 3, "nsubj", "PROPN", "Chile", "State"), ("and", 0, "cc", "CCONJ", "and"), ("Peru", 0, "conj", "PROPN", "Peru", "State"),
        ("struck", 3, "ROOT", "VERB", "strike"), ("Bolivia", 3, "dobj", "PROPN", "Bolivia", "State"), (",", 3, "punct", "PUNCT", ","),
        ("using", 3, "advcl", "VERB", "use"), ("jets", 6, "dobj", "NOUN", "jet"), (",", 6, "punct", "PUNCT", ","),
        ("in", 6, "prep", "ADP", "in"), ("retaliation", 9, "pobj", "NOUN", "retaliation"), (".", 3, "punct", "PUNCT", "."),
    ])
    doc[3].tag_, doc[6].tag_, doc[7].tag_ = "VBD", "VBG", "NNS"
    chl, per, bol = ids(gaz, "Chile", "Peru", "Bolivia")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert {(s, o) for s, _, o in got} == {(chl, bol), (per, bol)}, got


def test_a_label_after_as_or_parsed_over_what_it_labels_still_criticises(build_doc, document, onto, gaz):
    described = build_doc([  # "Chile described the Peruvian actions as dangerous."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("described", 1, "ROOT", "VERB", "describe"),
        ("the", 4, "det", "DET", "the"), ("Peruvian", 4, "amod", "ADJ", "Peruvian", "State"),
        ("actions", 1, "dobj", "NOUN", "action"), ("as", 1, "prep", "ADP", "as"), ("dangerous", 5, "amod", "ADJ", "dangerous"),
        (".", 1, "punct", "PUNCT", "."),
    ])
    described[1].tag_, described[4].tag_, described[6].tag_ = "VBD", "NNS", "JJ"
    calling = build_doc([  # "Chile spoke, calling Peru's action reckless."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("spoke", 1, "ROOT", "VERB", "speak"), (",", 1, "punct", "PUNCT", ","),
        ("calling", 1, "advcl", "VERB", "call"), ("Peru", 6, "poss", "PROPN", "Peru", "State"), ("'s", 4, "case", "PART", "'s"),
        ("action", 7, "compound", "NOUN", "action"), ("reckless", 3, "oprd", "ADJ", "reckless"), (".", 1, "punct", "PUNCT", "."),
    ])
    calling[1].tag_, calling[3].tag_, calling[7].tag_ = "VBD", "VBG", "JJ"
    chl, per = ids(gaz, "Chile", "Peru")
    for doc in (described, calling):
        assert (chl, "opposes", per) in triples(extract(doc, document(doc), onto, gaz), onto)


def test_a_call_in_a_phrase_on_a_verb_is_held_with_the_verbs_addressee(build_doc, document, onto, gaz):
    doc = build_doc([  # "Gabriel Boric apologised to Javier Milei in a phone call."
        ("Gabriel", 1, "compound", "PROPN", "Gabriel", "PERSON"), ("Boric", 2, "nsubj", "PROPN", "Boric", "+PERSON"),
        ("apologised", 2, "ROOT", "VERB", "apologise"), ("to", 2, "prep", "ADP", "to"),
        ("Javier", 5, "compound", "PROPN", "Javier", "PERSON"), ("Milei", 3, "pobj", "PROPN", "Milei", "+PERSON"),
        ("in", 2, "prep", "ADP", "in"), ("a", 9, "det", "DET", "a"), ("phone", 9, "compound", "NOUN", "phone"),
        ("call", 6, "pobj", "NOUN", "call"), (".", 2, "punct", "PUNCT", "."),
    ])
    doc[2].tag_ = "VBD"
    boric, milei = ids(gaz, "Gabriel Boric", "Javier Milei")
    assert (boric, "consults", milei) in triples(extract(doc, document(doc), onto, gaz), onto)


def test_putting_signatures_to_a_document_signs_it_with_each_other(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile and Peru put their signatures to the document."
        ("Chile", 3, "nsubj", "PROPN", "Chile", "State"), ("and", 0, "cc", "CCONJ", "and"), ("Peru", 0, "conj", "PROPN", "Peru", "State"),
        ("put", 3, "ROOT", "VERB", "put"), ("their", 5, "poss", "PRON", "their"), ("signatures", 3, "dobj", "NOUN", "signature"),
        ("to", 3, "prep", "ADP", "to"), ("the", 8, "det", "DET", "the"), ("document", 6, "pobj", "NOUN", "document"),
        (".", 3, "punct", "PUNCT", "."),
    ])
    doc[3].tag_, doc[4].tag_, doc[5].tag_ = "VBD", "PRP$", "NNS"
    chl, per = ids(gaz, "Chile", "Peru")
    got = {(s.subject, s.relation, s.object) for s in extract(doc, document(doc), onto, gaz).statements}
    assert {frozenset((s, o)) for s, r, o in got if r == "signsAgreement"} == {frozenset((chl, per))}, got


def test_the_premodifier_of_a_first_conjunct_is_the_whole_phrases(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile condemned a Peruvian missile and drone attack on its territory."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("condemned", 1, "ROOT", "VERB", "condemn"),
        ("a", 4, "det", "DET", "a"), ("Peruvian", 4, "amod", "ADJ", "Peruvian", "State"), ("missile", 1, "dobj", "NOUN", "missile"),
        ("and", 4, "cc", "CCONJ", "and"), ("drone", 7, "compound", "NOUN", "drone"), ("attack", 4, "conj", "NOUN", "attack"),
        ("on", 1, "prep", "ADP", "on"), ("its", 10, "poss", "PRON", "its"), ("territory", 8, "pobj", "NOUN", "territory"),
        (".", 1, "punct", "PUNCT", "."),
    ])
    doc[1].tag_, doc[9].tag_ = "VBD", "PRP$"
    chl, per = ids(gaz, "Chile", "Peru")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert any(s == per and o == chl and r in {"assaults", "fights"} for s, r, o in got), got


def test_a_command_to_ones_own_army_with_a_shared_subject_is_the_commanders_act(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile accused Peru and ordered the army to strike Bolivia."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("accused", 1, "ROOT", "VERB", "accuse"),
        ("Peru", 1, "dobj", "PROPN", "Peru", "State"), ("and", 1, "cc", "CCONJ", "and"), ("ordered", 1, "conj", "VERB", "order"),
        ("the", 6, "det", "DET", "the"), ("army", 4, "dobj", "NOUN", "army"), ("to", 8, "aux", "PART", "to"),
        ("strike", 4, "xcomp", "VERB", "strike"), ("Bolivia", 8, "dobj", "PROPN", "Bolivia", "State"), (".", 1, "punct", "PUNCT", "."),
    ])
    doc[1].tag_, doc[4].tag_, doc[8].tag_ = "VBD", "VBD", "VB"
    chl, bol = ids(gaz, "Chile", "Bolivia")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert (chl, "assaults", bol) in got and not any(r in {"demands", "appealsTo"} for _, r, _ in got), got


def test_an_act_in_a_gerund_after_a_time_preposition_is_the_subjects(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile established relations with Peru after cutting ties with Bolivia."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("established", 1, "ROOT", "VERB", "establish"),
        ("relations", 1, "dobj", "NOUN", "relation"), ("with", 2, "prep", "ADP", "with"),
        ("Peru", 3, "pobj", "PROPN", "Peru", "State"), ("after", 1, "prep", "ADP", "after"),
        ("cutting", 5, "pcomp", "VERB", "cut"), ("ties", 6, "dobj", "NOUN", "tie"), ("with", 7, "prep", "ADP", "with"),
        ("Bolivia", 8, "pobj", "PROPN", "Bolivia", "State"), (".", 1, "punct", "PUNCT", "."),
    ])
    doc[1].tag_, doc[6].tag_, doc[2].tag_, doc[7].tag_ = "VBD", "VBG", "NNS", "NNS"
    chl, per, bol = ids(gaz, "Chile", "Peru", "Bolivia")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert (chl, "reducesRelations", bol) in got and (per, "reducesRelations", bol) not in got, got


def test_curbs_on_exports_to_a_state_are_sanctions_on_it_and_no_trade(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile imposed curbs on the sale of copper to Peru."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("imposed", 1, "ROOT", "VERB", "impose"),
        ("curbs", 1, "dobj", "NOUN", "curb"), ("on", 1, "prep", "ADP", "on"), ("the", 5, "det", "DET", "the"),
        ("sale", 3, "pobj", "NOUN", "sale"), ("of", 5, "prep", "ADP", "of"), ("copper", 6, "pobj", "NOUN", "copper"),
        ("to", 5, "prep", "ADP", "to"), ("Peru", 8, "pobj", "PROPN", "Peru", "State"), (".", 1, "punct", "PUNCT", "."),
    ])
    doc[1].tag_, doc[2].tag_ = "VBD", "NNS"
    chl, per = ids(gaz, "Chile", "Peru")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert (chl, "reducesRelations", per) in got and (chl, "cooperatesWith", per) not in got, got


def test_a_counterpart_named_after_a_comma_is_of_the_counterparts_state(build_doc, document, onto, gaz):
    doc = build_doc([  # "Russian Foreign Minister Sergei Lavrov and his Chilean counterpart, Ana Soto, met in Lima."
        ("Russian", 2, "amod", "ADJ", "Russian", "State"), ("Foreign", 2, "compound", "PROPN", "Foreign"),
        ("Minister", 4, "compound", "PROPN", "Minister"), ("Sergei", 4, "compound", "PROPN", "Sergei", "PERSON"),
        ("Lavrov", 13, "nsubj", "PROPN", "Lavrov", "+PERSON"), ("and", 4, "cc", "CCONJ", "and"),
        ("his", 8, "poss", "PRON", "his"), ("Chilean", 8, "amod", "ADJ", "Chilean", "State"),
        ("counterpart", 4, "conj", "NOUN", "counterpart"), (",", 4, "punct", "PUNCT", ","),
        ("Ana", 11, "compound", "PROPN", "Ana", "PERSON"), ("Soto", 4, "appos", "PROPN", "Soto", "+PERSON"),
        (",", 4, "punct", "PUNCT", ","), ("met", 13, "ROOT", "VERB", "meet"), ("in", 13, "prep", "ADP", "in"),
        ("Lima", 14, "pobj", "PROPN", "Lima", "GPE"), (".", 13, "punct", "PUNCT", "."),
    ])
    for i, tag in {13: "VBD", 8: "NN", 11: "NNP", 10: "NNP", 4: "NNP", 3: "NNP", 2: "NNP", 1: "NNP", 0: "JJ"}.items():
        doc[i].tag_ = tag
    from kg.repairs import parse_repairs
    parse_repairs(doc)
    chl, rus, lavrov = ids(gaz, "Chile", "Russia", "Sergei Lavrov")
    got = {(s.subject, s.relation, s.object) for s in extract(doc, document(doc), onto, gaz).statements}
    assert ("Person/ana-soto", "memberOf", chl) in got and (lavrov, "meetsWith", "Person/ana-soto") in got, got
    assert not any(s == "Person/ana-soto" and o in {rus, lavrov} for s, _, o in got), got


def test_states_listed_as_ratifying_a_treaty_ratify_it_each_for_itself(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile, Peru and Bolivia ratified the treaty."
        ("Chile", 5, "nsubj", "PROPN", "Chile", "State"), (",", 0, "punct", "PUNCT", ","), ("Peru", 0, "conj", "PROPN", "Peru", "State"),
        ("and", 2, "cc", "CCONJ", "and"), ("Bolivia", 2, "conj", "PROPN", "Bolivia", "State"),
        ("ratified", 5, "ROOT", "VERB", "ratify"), ("the", 7, "det", "DET", "the"), ("treaty", 5, "dobj", "NOUN", "treaty"),
        (".", 5, "punct", "PUNCT", "."),
    ])
    doc[5].tag_ = "VBD"
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert not any(r == "supports" for _, r, _ in got), got


def test_a_thing_released_or_shared_as_a_relative_head_releases_no_one(build_doc, document, onto, gaz):
    doc = build_doc([  # "In a statement released by Peru, Chile rejected the plan."
        ("In", 6, "prep", "ADP", "in"), ("a", 2, "det", "DET", "a"), ("statement", 0, "pobj", "NOUN", "statement"),
        ("released", 2, "acl", "VERB", "release"), ("by", 3, "agent", "ADP", "by"), ("Peru", 4, "pobj", "PROPN", "Peru", "State"),
        ("Chile", 7, "nsubj", "PROPN", "Chile", "State"), ("rejected", 7, "ROOT", "VERB", "reject"),
        ("the", 9, "det", "DET", "the"), ("plan", 7, "dobj", "NOUN", "plan"), (".", 7, "punct", "PUNCT", "."),
    ])
    doc[3].tag_, doc[7].tag_ = "VBN", "VBD"
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert not any(r == "yieldsTo" for _, r, _ in got), got


def test_their_neighbour_after_coordinated_states_is_neither_of_them(build_doc, document, onto, gaz):
    doc = build_doc([  # "Bolivia protested. Chile and Peru voiced support for their neighbour."
        ("Bolivia", 1, "nsubj", "PROPN", "Bolivia", "State"), ("protested", 1, "ROOT", "VERB", "protest"), (".", 1, "punct", "PUNCT", "."),
        ("Chile", 6, "nsubj", "PROPN", "Chile", "State"), ("and", 3, "cc", "CCONJ", "and"), ("Peru", 3, "conj", "PROPN", "Peru", "State"),
        ("voiced", 6, "ROOT", "VERB", "voice"), ("support", 6, "dobj", "NOUN", "support"), ("for", 7, "prep", "ADP", "for"),
        ("their", 10, "poss", "PRON", "their"), ("neighbour", 8, "pobj", "NOUN", "neighbour"), (".", 6, "punct", "PUNCT", "."),
    ])
    doc[1].tag_, doc[6].tag_, doc[10].tag_ = "VBD", "VBD", "NN"
    chl, per, bol = ids(gaz, "Chile", "Peru", "Bolivia")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert {(chl, "supports", bol), (per, "supports", bol)} <= got and (chl, "supports", per) not in got, got


def test_an_exchange_of_fire_with_a_force_is_a_fight(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chilean troops died in an exchange of fire with Peruvian police."
        ("Chilean", 1, "amod", "ADJ", "Chilean", "State"), ("troops", 2, "nsubj", "NOUN", "troop"), ("died", 2, "ROOT", "VERB", "die"),
        ("in", 2, "prep", "ADP", "in"), ("an", 5, "det", "DET", "an"), ("exchange", 3, "pobj", "NOUN", "exchange"),
        ("of", 5, "prep", "ADP", "of"), ("fire", 6, "pobj", "NOUN", "fire"), ("with", 5, "prep", "ADP", "with"),
        ("Peruvian", 10, "amod", "ADJ", "Peruvian", "State"), ("police", 8, "pobj", "NOUN", "police"), (".", 2, "punct", "PUNCT", "."),
    ])
    doc[1].tag_, doc[2].tag_ = "NNS", "VBD"
    chl, per = ids(gaz, "Chile", "Peru")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert (chl, "fights", "GovernmentBody/peruvian-police") in got, got
    assert not any(r == "cooperatesWith" for _, r, _ in got), got


def test_engaging_with_someone_is_talking_to_them(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile engaged with Peru."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("engaged", 1, "ROOT", "VERB", "engage"),
        ("with", 1, "prep", "ADP", "with"), ("Peru", 2, "pobj", "PROPN", "Peru", "State"), (".", 1, "punct", "PUNCT", "."),
    ])
    doc[1].tag_ = "VBD"
    chl, per = ids(gaz, "Chile", "Peru")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert (chl, "consults", per) in got and not any(r == "fights" for _, r, _ in got), got


def test_an_act_a_state_is_against_doing_is_not_asserted(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile is against hosting Peruvian troops."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("is", 1, "ROOT", "AUX", "be"), ("against", 1, "prep", "ADP", "against"),
        ("hosting", 2, "pcomp", "VERB", "host"), ("Peruvian", 5, "amod", "ADJ", "Peruvian", "State"),
        ("troops", 3, "dobj", "NOUN", "troop"), (".", 1, "punct", "PUNCT", "."),
    ])
    doc[1].tag_, doc[3].tag_ = "VBZ", "VBG"
    chl, per = ids(gaz, "Chile", "Peru")
    got = claims(extract(doc, document(doc), onto, gaz), onto)
    hosted = [c for c in got if c[0] == chl and c[2] == per]
    assert hosted and all(c[3] != "asserted" for c in hosted), got


def test_hosting_rounds_of_talks_between_two_states_hosts_both(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile hosted rounds of talks between Peru and Bolivia."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("hosted", 1, "ROOT", "VERB", "host"),
        ("rounds", 1, "dobj", "NOUN", "round"), ("of", 2, "prep", "ADP", "of"), ("talks", 3, "pobj", "NOUN", "talk"),
        ("between", 4, "prep", "ADP", "between"), ("Peru", 5, "pobj", "PROPN", "Peru", "State"),
        ("and", 6, "cc", "CCONJ", "and"), ("Bolivia", 6, "conj", "PROPN", "Bolivia", "State"), (".", 1, "punct", "PUNCT", "."),
    ])
    doc[1].tag_, doc[2].tag_, doc[4].tag_ = "VBD", "NNS", "NNS"
    chl, per, bol = ids(gaz, "Chile", "Peru", "Bolivia")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert {(chl, "consults", per), (chl, "consults", bol)} <= got, got


def test_talks_brokered_by_a_state_between_two_others_are_its_mediation(build_doc, document, onto, gaz):
    doc = build_doc([  # "Talks brokered by Chile between Peru and Bolivia collapsed."
        ("Talks", 8, "nsubj", "NOUN", "talk"), ("brokered", 0, "acl", "VERB", "broker"), ("by", 1, "agent", "ADP", "by"),
        ("Chile", 2, "pobj", "PROPN", "Chile", "State"), ("between", 1, "prep", "ADP", "between"),
        ("Peru", 4, "pobj", "PROPN", "Peru", "State"), ("and", 5, "cc", "CCONJ", "and"),
        ("Bolivia", 5, "conj", "PROPN", "Bolivia", "State"), ("collapsed", 8, "ROOT", "VERB", "collapse"),
        (".", 8, "punct", "PUNCT", "."),
    ])
    doc[0].tag_, doc[1].tag_, doc[8].tag_ = "NNS", "VBN", "VBD"
    chl, per, bol = ids(gaz, "Chile", "Peru", "Bolivia")
    got = {(s.subject, s.relation, s.object) for s in extract(doc, document(doc), onto, gaz).statements}
    assert {(chl, "mediates", per), (chl, "mediates", bol)} <= got, got


def test_a_call_one_told_something_in_happened_whatever_was_asked(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile told Peru in a phone call to withdraw."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("told", 1, "ROOT", "VERB", "tell"),
        ("Peru", 1, "dobj", "PROPN", "Peru", "State"), ("in", 1, "prep", "ADP", "in"), ("a", 6, "det", "DET", "a"),
        ("phone", 6, "compound", "NOUN", "phone"), ("call", 3, "pobj", "NOUN", "call"), ("to", 8, "aux", "PART", "to"),
        ("withdraw", 1, "xcomp", "VERB", "withdraw"), (".", 1, "punct", "PUNCT", "."),
    ])
    doc[1].tag_, doc[8].tag_ = "VBD", "VB"
    chl, per = ids(gaz, "Chile", "Peru")
    got = claims(extract(doc, document(doc), onto, gaz), onto)
    assert (chl, "consults", per, "asserted") in got, got


def test_refusing_to_join_sanctions_rejects_no_one_and_their_cause_happened(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile refused to join sanctions against Peru over its invasion of Bolivia."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("refused", 1, "ROOT", "VERB", "refuse"),
        ("to", 3, "aux", "PART", "to"), ("join", 1, "xcomp", "VERB", "join"), ("sanctions", 3, "dobj", "NOUN", "sanction"),
        ("against", 4, "prep", "ADP", "against"), ("Peru", 5, "pobj", "PROPN", "Peru", "State"),
        ("over", 4, "prep", "ADP", "over"), ("its", 9, "poss", "PRON", "its"), ("invasion", 7, "pobj", "NOUN", "invasion"),
        ("of", 9, "prep", "ADP", "of"), ("Bolivia", 10, "pobj", "PROPN", "Bolivia", "State"), (".", 1, "punct", "PUNCT", "."),
    ])
    doc[1].tag_, doc[3].tag_, doc[4].tag_, doc[8].tag_ = "VBD", "VB", "NNS", "PRP$"
    chl, per, bol = ids(gaz, "Chile", "Peru", "Bolivia")
    got = claims(extract(doc, document(doc), onto, gaz), onto)
    assert not any(c[:2] == (chl, "rejects") for c in got), got
    assert (per, "assaults", bol, "asserted") in got, got


def test_being_against_a_hostile_act_is_no_part_in_it(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile is against sanctions on Peru."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("is", 1, "ROOT", "AUX", "be"),
        ("against", 1, "prep", "ADP", "against"), ("sanctions", 2, "pobj", "NOUN", "sanction"),
        ("on", 3, "prep", "ADP", "on"), ("Peru", 4, "pobj", "PROPN", "Peru", "State"), (".", 1, "punct", "PUNCT", "."),
    ])
    doc[1].tag_, doc[3].tag_ = "VBZ", "NNS"
    chl, per = ids(gaz, "Chile", "Peru")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert (chl, "reducesRelations", per) not in got, got


def test_a_postponed_speech_cuts_no_ties(build_doc, document, onto, gaz):
    doc = build_doc([  # "At Peru's request, Chile postponed a speech."
        ("At", 6, "prep", "ADP", "at"), ("Peru", 3, "poss", "PROPN", "Peru", "State"), ("'s", 1, "case", "PART", "'s"),
        ("request", 0, "pobj", "NOUN", "request"), (",", 6, "punct", "PUNCT", ","),
        ("Chile", 6, "nsubj", "PROPN", "Chile", "State"), ("postponed", 6, "ROOT", "VERB", "postpone"),
        ("a", 8, "det", "DET", "a"), ("speech", 6, "dobj", "NOUN", "speech"), (".", 6, "punct", "PUNCT", "."),
    ])
    doc[6].tag_ = "VBD"
    chl, per = ids(gaz, "Chile", "Peru")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert (chl, "reducesRelations", per) not in got, got


def test_telling_ones_own_people_to_avoid_a_state_asks_nothing_of_it(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile told its airlines to avoid Peruvian airspace."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("told", 1, "ROOT", "VERB", "tell"),
        ("its", 3, "poss", "PRON", "its"), ("airlines", 1, "dobj", "NOUN", "airline"), ("to", 5, "aux", "PART", "to"),
        ("avoid", 1, "xcomp", "VERB", "avoid"), ("Peruvian", 7, "amod", "ADJ", "Peruvian", "State"),
        ("airspace", 5, "dobj", "NOUN", "airspace"), (".", 1, "punct", "PUNCT", "."),
    ])
    doc[1].tag_, doc[2].tag_, doc[3].tag_, doc[5].tag_ = "VBD", "PRP$", "NNS", "VB"
    chl, per = ids(gaz, "Chile", "Peru")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert not any(s == chl and o == per for s, _, o in got), got


def test_condemning_someone_s_arrest_is_no_criticism_of_him(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile condemned Ana Soto's arrest."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("condemned", 1, "ROOT", "VERB", "condemn"),
        ("Ana", 3, "compound", "PROPN", "Ana", "PERSON"), ("Soto", 5, "poss", "PROPN", "Soto", "+PERSON"),
        ("'s", 3, "case", "PART", "'s"), ("arrest", 1, "dobj", "NOUN", "arrest"), (".", 1, "punct", "PUNCT", "."),
    ])
    doc[1].tag_ = "VBD"
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert not any(o == "Person/ana-soto" for _, _, o in got), got


def test_ordering_someone_s_arrest_arrests_him(build_doc, document, onto, gaz):
    doc = build_doc([  # "Peru ordered Ana Soto's arrest."
        ("Peru", 1, "nsubj", "PROPN", "Peru", "State"), ("ordered", 1, "ROOT", "VERB", "order"),
        ("Ana", 3, "compound", "PROPN", "Ana", "PERSON"), ("Soto", 5, "poss", "PROPN", "Soto", "+PERSON"),
        ("'s", 3, "case", "PART", "'s"), ("arrest", 1, "dobj", "NOUN", "arrest"), (".", 1, "punct", "PUNCT", "."),
    ])
    doc[1].tag_ = "VBD"
    (per,) = ids(gaz, "Peru")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert (per, "coerces", "Person/ana-soto") in got, got


def test_joining_a_state_s_forces_in_drills_drills_with_it(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile and Peru joined Bolivian forces in drills."
        ("Chile", 3, "nsubj", "PROPN", "Chile", "State"), ("and", 0, "cc", "CCONJ", "and"),
        ("Peru", 0, "conj", "PROPN", "Peru", "State"), ("joined", 3, "ROOT", "VERB", "join"),
        ("Bolivian", 5, "amod", "ADJ", "Bolivian", "State"), ("forces", 3, "dobj", "NOUN", "force"),
        ("in", 3, "prep", "ADP", "in"), ("drills", 6, "pobj", "NOUN", "drill"), (".", 3, "punct", "PUNCT", "."),
    ])
    doc[3].tag_, doc[5].tag_, doc[7].tag_ = "VBD", "NNS", "NNS"
    chl, per, bol = ids(gaz, "Chile", "Peru", "Bolivia")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert {(chl, "cooperatesWith", bol), (per, "cooperatesWith", bol)} <= got, got


def test_states_that_fight_a_common_foe_do_not_fight_each_other(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile and Peru joined forces to fight piracy."
        ("Chile", 3, "nsubj", "PROPN", "Chile", "State"), ("and", 0, "cc", "CCONJ", "and"),
        ("Peru", 0, "conj", "PROPN", "Peru", "State"), ("joined", 3, "ROOT", "VERB", "join"),
        ("forces", 3, "dobj", "NOUN", "force"), ("to", 6, "aux", "PART", "to"), ("fight", 3, "advcl", "VERB", "fight"),
        ("piracy", 6, "dobj", "NOUN", "piracy"), (".", 3, "punct", "PUNCT", "."),
    ])
    doc[3].tag_, doc[4].tag_, doc[6].tag_ = "VBD", "NNS", "VB"
    chl, per = ids(gaz, "Chile", "Peru")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert not any(r == "fights" for _, r, _ in got), got


def test_a_tool_used_to_strike_does_not_strike_for_its_maker(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile used Peruvian drones to strike Bolivia."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("used", 1, "ROOT", "VERB", "use"),
        ("Peruvian", 3, "amod", "ADJ", "Peruvian", "State"), ("drones", 1, "dobj", "NOUN", "drone"),
        ("to", 5, "aux", "PART", "to"), ("strike", 1, "xcomp", "VERB", "strike"),
        ("Bolivia", 5, "dobj", "PROPN", "Bolivia", "State"), (".", 1, "punct", "PUNCT", "."),
    ])
    doc[1].tag_, doc[3].tag_, doc[5].tag_ = "VBD", "NNS", "VB"
    chl, per, bol = ids(gaz, "Chile", "Peru", "Bolivia")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert (chl, "assaults", bol) in got and (per, "assaults", bol) not in got, got


def test_a_former_colony_is_not_its_old_ruler(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile seized a former Peruvian colony."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("seized", 1, "ROOT", "VERB", "seize"),
        ("a", 5, "det", "DET", "a"), ("former", 5, "amod", "ADJ", "former"),
        ("Peruvian", 5, "amod", "ADJ", "Peruvian", "State"), ("colony", 1, "dobj", "NOUN", "colony"),
        (".", 1, "punct", "PUNCT", "."),
    ])
    doc[1].tag_ = "VBD"
    chl, per = ids(gaz, "Chile", "Peru")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert not any(o == per for _, _, o in got), got


def test_rival_drills_are_held_apart(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile and Peru held rival drills."
        ("Chile", 3, "nsubj", "PROPN", "Chile", "State"), ("and", 0, "cc", "CCONJ", "and"),
        ("Peru", 0, "conj", "PROPN", "Peru", "State"), ("held", 3, "ROOT", "VERB", "hold"),
        ("rival", 5, "amod", "ADJ", "rival"), ("drills", 3, "dobj", "NOUN", "drill"), (".", 3, "punct", "PUNCT", "."),
    ])
    doc[3].tag_, doc[5].tag_ = "VBD", "NNS"
    chl, per = ids(gaz, "Chile", "Peru")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert not any({s, o} == {chl, per} for s, _, o in got), got


def test_a_state_s_own_region_attacked_is_the_state_attacked(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile attacked villages in Peru's Tacna region."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("attacked", 1, "ROOT", "VERB", "attack"),
        ("villages", 1, "dobj", "NOUN", "village"), ("in", 1, "prep", "ADP", "in"), ("Peru", 7, "poss", "PROPN", "Peru", "State"),
        ("'s", 4, "case", "PART", "'s"), ("Tacna", 7, "compound", "PROPN", "Tacna", "GPE"),
        ("region", 3, "pobj", "NOUN", "region", "+GPE"), (".", 1, "punct", "PUNCT", "."),
    ])
    doc[1].tag_, doc[2].tag_ = "VBD", "NNS"
    chl, per = ids(gaz, "Chile", "Peru")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert (chl, "assaults", per) in got, got


def test_a_leader_accused_of_something_still_leads(build_doc, document, onto, gaz):
    doc = build_doc([  # "Gabriel Boric spoke. China accused the Chilean leader of provoking tensions."
        ("Gabriel", 1, "compound", "PROPN", "Gabriel", "PERSON"), ("Boric", 2, "nsubj", "PROPN", "Boric", "+PERSON"),
        ("spoke", 2, "ROOT", "VERB", "speak"), (".", 2, "punct", "PUNCT", "."),
        ("China", 5, "nsubj", "PROPN", "China", "State"), ("accused", 5, "ROOT", "VERB", "accuse"),
        ("the", 8, "det", "DET", "the"), ("Chilean", 8, "amod", "ADJ", "Chilean", "State"),
        ("leader", 5, "dobj", "NOUN", "leader"), ("of", 8, "prep", "ADP", "of"),
        ("provoking", 11, "amod", "VERB", "provoke"), ("tensions", 9, "pobj", "NOUN", "tension"),
        (".", 5, "punct", "PUNCT", "."),
    ])
    doc[2].tag_, doc[5].tag_, doc[10].tag_, doc[11].tag_ = "VBD", "VBD", "VBG", "NNS"
    (chl,) = ids(gaz, "Chile")
    boric = gaz.lookup("Gabriel Boric").id
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert (boric, "memberOf", chl) not in got and (boric, "leaderOf", chl) in got, got


def test_his_country_is_the_state_his_title_names(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chilean Prime Minister Ana Soto said her country backed Peru."
        ("Chilean", 2, "amod", "ADJ", "Chilean", "State"), ("Prime", 2, "compound", "PROPN", "Prime"),
        ("Minister", 4, "compound", "PROPN", "Minister"), ("Ana", 4, "compound", "PROPN", "Ana", "PERSON"),
        ("Soto", 5, "nsubj", "PROPN", "Soto", "+PERSON"), ("said", 5, "ROOT", "VERB", "say"),
        ("her", 7, "poss", "PRON", "her"), ("country", 8, "nsubj", "NOUN", "country"),
        ("backed", 5, "ccomp", "VERB", "back"), ("Peru", 8, "dobj", "PROPN", "Peru", "State"), (".", 5, "punct", "PUNCT", "."),
    ])
    doc[5].tag_, doc[6].tag_, doc[8].tag_ = "VBD", "PRP$", "VBD"
    chl, per = ids(gaz, "Chile", "Peru")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert (chl, "supports", per) in got and ("Person/ana-soto", "supports", per) not in got, got


def test_the_leader_who_rules_a_state_is_that_state_s_leader(build_doc, document, onto, gaz):
    doc = build_doc([  # "Gabriel Boric spoke. Javier Milei spoke. Peru condemned the 40-year-old leader, who rules Chile."
        ("Gabriel", 1, "compound", "PROPN", "Gabriel", "PERSON"), ("Boric", 2, "nsubj", "PROPN", "Boric", "+PERSON"),
        ("spoke", 2, "ROOT", "VERB", "speak"), (".", 2, "punct", "PUNCT", "."),
        ("Javier", 5, "compound", "PROPN", "Javier", "PERSON"), ("Milei", 6, "nsubj", "PROPN", "Milei", "+PERSON"),
        ("spoke", 6, "ROOT", "VERB", "speak"), (".", 6, "punct", "PUNCT", "."),
        ("Peru", 9, "nsubj", "PROPN", "Peru", "State"), ("condemned", 9, "ROOT", "VERB", "condemn"),
        ("the", 16, "det", "DET", "the"), ("40", 13, "nummod", "NUM", "40"), ("-", 13, "punct", "PUNCT", "-"),
        ("year", 15, "npadvmod", "NOUN", "year"), ("-", 15, "punct", "PUNCT", "-"), ("old", 16, "amod", "ADJ", "old"),
        ("leader", 9, "dobj", "NOUN", "leader"), (",", 16, "punct", "PUNCT", ","), ("who", 19, "nsubj", "PRON", "who"),
        ("rules", 16, "relcl", "VERB", "rule"), ("Chile", 19, "dobj", "PROPN", "Chile", "State"),
        (".", 9, "punct", "PUNCT", "."),
    ])
    doc[2].tag_, doc[6].tag_, doc[9].tag_, doc[16].tag_, doc[18].tag_, doc[19].tag_ = "VBD", "VBD", "VBD", "NN", "WP", "VBZ"
    (per,) = ids(gaz, "Peru")
    boric, milei = gaz.lookup("Gabriel Boric").id, gaz.lookup("Javier Milei").id
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert (per, "opposes", boric) in got and (per, "opposes", milei) not in got, got


def test_a_judging_adjective_on_a_summary_noun_labels_the_act(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile called Peru's decision a reckless step." / "Bolivia called Peru's decision a small step."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("called", 1, "ROOT", "VERB", "call"),
        ("Peru", 4, "poss", "PROPN", "Peru", "State"), ("'s", 2, "case", "PART", "'s"),
        ("decision", 1, "dobj", "NOUN", "decision"), ("a", 7, "det", "DET", "a"),
        ("reckless", 7, "amod", "ADJ", "reckless"), ("step", 1, "oprd", "NOUN", "step"), (".", 1, "punct", "PUNCT", "."),
        ("Bolivia", 10, "nsubj", "PROPN", "Bolivia", "State"), ("called", 10, "ROOT", "VERB", "call"),
        ("Peru", 13, "poss", "PROPN", "Peru", "State"), ("'s", 11, "case", "PART", "'s"),
        ("decision", 10, "dobj", "NOUN", "decision"), ("a", 16, "det", "DET", "a"),
        ("small", 16, "amod", "ADJ", "small"), ("step", 10, "oprd", "NOUN", "step"), (".", 10, "punct", "PUNCT", "."),
    ])
    chl, per = ids(gaz, "Chile", "Peru")
    assert triples(extract(doc, document(doc), onto, gaz), onto) == {(chl, "opposes", per)}


def test_a_label_on_an_act_whose_by_phrase_is_parsed_as_the_verbs_agent_judges_that_agent(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile called the blockade by Peru a provocation."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("called", 1, "ROOT", "VERB", "call"),
        ("the", 3, "det", "DET", "the"), ("blockade", 1, "dobj", "NOUN", "blockade"), ("by", 1, "agent", "ADP", "by"),
        ("Peru", 4, "pobj", "PROPN", "Peru", "State"), ("a", 7, "det", "DET", "a"),
        ("provocation", 1, "oprd", "NOUN", "provocation"), (".", 1, "punct", "PUNCT", "."),
    ])
    chl, per = ids(gaz, "Chile", "Peru")
    assert (chl, "opposes", per) in triples(extract(doc, document(doc), onto, gaz), onto)


def test_a_predicated_label_on_a_summary_noun_judges_but_not_on_a_condition(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile said Peru's move was a hostile step." / "Bolivia said if Peru moved, it would be a hostile step."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("said", 1, "ROOT", "VERB", "say"),
        ("Peru", 4, "poss", "PROPN", "Peru", "State"), ("'s", 2, "case", "PART", "'s"), ("move", 5, "nsubj", "NOUN", "move"),
        ("was", 1, "ccomp", "AUX", "be"), ("a", 8, "det", "DET", "a"), ("hostile", 8, "amod", "ADJ", "hostile"),
        ("step", 5, "attr", "NOUN", "step"), (".", 1, "punct", "PUNCT", "."),
        ("Bolivia", 11, "nsubj", "PROPN", "Bolivia", "State"), ("said", 11, "ROOT", "VERB", "say"),
        ("if", 14, "mark", "SCONJ", "if"), ("Peru", 14, "nsubj", "PROPN", "Peru", "State"),
        ("moved", 18, "advcl", "VERB", "move"), (",", 18, "punct", "PUNCT", ","), ("it", 18, "nsubj", "PRON", "it"),
        ("would", 18, "aux", "AUX", "would"), ("be", 11, "ccomp", "AUX", "be"), ("a", 21, "det", "DET", "a"),
        ("hostile", 21, "amod", "ADJ", "hostile"), ("step", 18, "attr", "NOUN", "step"), (".", 11, "punct", "PUNCT", "."),
    ])
    chl, per, bol = ids(gaz, "Chile", "Peru", "Bolivia")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert (chl, "opposes", per) in got
    assert (bol, "opposes", per) not in got


def test_a_gerund_after_by_is_the_subjects_means_not_the_objects_act(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile angered Peru by joining NATO."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("angered", 1, "ROOT", "VERB", "anger"),
        ("Peru", 1, "dobj", "PROPN", "Peru", "State"), ("by", 1, "prep", "ADP", "by"),
        ("joining", 3, "pcomp", "VERB", "join"), ("NATO", 4, "dobj", "PROPN", "NATO", "IGO"), (".", 1, "punct", "PUNCT", "."),
    ])
    doc[4].tag_ = "VBG"
    chl, per, nato = ids(gaz, "Chile", "Peru", "NATO")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert (chl, "memberOf", nato) in got and (per, "memberOf", nato) not in got


def test_a_cause_phrase_hung_on_the_verb_is_no_target_of_a_material_act(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile issued an arrest warrant for Ana Soto over the deportation of Peruvian children."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("issued", 1, "ROOT", "VERB", "issue"),
        ("a", 4, "det", "DET", "a"), ("arrest", 4, "compound", "NOUN", "arrest"), ("warrant", 1, "dobj", "NOUN", "warrant"),
        ("for", 1, "dative", "ADP", "for"), ("Ana", 7, "compound", "PROPN", "Ana", "Person"),
        ("Soto", 5, "pobj", "PROPN", "Soto", "+Person"), ("over", 1, "prep", "ADP", "over"),
        ("the", 10, "det", "DET", "the"), ("deportation", 8, "pobj", "NOUN", "deportation"), ("of", 10, "prep", "ADP", "of"),
        ("Peruvian", 13, "amod", "ADJ", "Peruvian", "State"), ("children", 11, "pobj", "NOUN", "child"),
        (".", 1, "punct", "PUNCT", "."),
    ])
    chl, per = ids(gaz, "Chile", "Peru")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert (chl, "coerces", "Person/ana-soto") in got and (chl, "coerces", per) not in got


def test_welcoming_a_person_hosts_them_and_welcoming_their_act_praises(build_doc, document, onto, gaz):
    doc = build_doc([  # "Boric welcomed Milei in Santiago." / "Boric welcomed Milei's visit."
        ("Boric", 1, "nsubj", "PROPN", "Boric", "Person"), ("welcomed", 1, "ROOT", "VERB", "welcome"),
        ("Milei", 1, "dobj", "PROPN", "Milei", "Person"), ("in", 1, "prep", "ADP", "in"),
        ("Santiago", 3, "pobj", "PROPN", "Santiago", "GPE"), (".", 1, "punct", "PUNCT", "."),
        ("Boric", 7, "nsubj", "PROPN", "Boric", "Person"), ("welcomed", 7, "ROOT", "VERB", "welcome"),
        ("Milei", 10, "poss", "PROPN", "Milei", "Person"), ("'s", 8, "case", "PART", "'s"),
        ("visit", 7, "dobj", "NOUN", "visit"), (".", 7, "punct", "PUNCT", "."),
    ])
    boric, milei = gaz.lookup("Gabriel Boric").id, gaz.lookup("Javier Milei").id
    got = [(s, r, o) for s, r, o in triples(extract(doc, document(doc), onto, gaz), onto) if s == boric]
    assert sorted(got) == [(boric, "consults", milei), (boric, "supports", milei)]


def test_a_description_with_a_region_stands_for_a_state_of_that_region(build_doc, document, onto, gaz):
    doc = build_doc([  # "Fiji hosted Chile. Peru criticised the island nation." / "... Peru criticised the Baltic state."
        ("Fiji", 1, "nsubj", "PROPN", "Fiji", "State"), ("hosted", 1, "ROOT", "VERB", "host"),
        ("Chile", 1, "dobj", "PROPN", "Chile", "State"), (".", 1, "punct", "PUNCT", "."),
        ("Peru", 5, "nsubj", "PROPN", "Peru", "State"), ("criticised", 5, "ROOT", "VERB", "criticise"),
        ("the", 8, "det", "DET", "the"), ("island", 8, "compound", "NOUN", "island"),
        ("nation", 5, "dobj", "NOUN", "nation"), (".", 5, "punct", "PUNCT", "."),
        ("Peru", 11, "nsubj", "PROPN", "Peru", "State"), ("criticised", 11, "ROOT", "VERB", "criticise"),
        ("the", 14, "det", "DET", "the"), ("Baltic", 14, "amod", "ADJ", "Baltic"),
        ("state", 11, "dobj", "NOUN", "state"), (".", 11, "punct", "PUNCT", "."),
    ])
    fji, chl, per = ids(gaz, "Fiji", "Chile", "Peru")
    got = {(s, r, o) for s, r, o in triples(extract(doc, document(doc), onto, gaz), onto) if s == per}
    assert got == {(per, "opposes", fji)}  # (no Baltic state named: no one)


def test_a_possessed_role_noun_said_of_an_actor_serves_the_possessor(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile, Peru's main supplier of gas, spoke." / "Bolivia is Peru's largest arms supplier."
        ("Chile", 6, "nsubj", "PROPN", "Chile", "State"), (",", 0, "punct", "PUNCT", ","),
        ("Peru", 5, "poss", "PROPN", "Peru", "State"), ("'s", 2, "case", "PART", "'s"), ("main", 5, "amod", "ADJ", "main"),
        ("supplier", 0, "appos", "NOUN", "supplier"), ("spoke", 6, "ROOT", "VERB", "speak"),
        (".", 6, "punct", "PUNCT", "."),
        ("Bolivia", 9, "nsubj", "PROPN", "Bolivia", "State"), ("is", 9, "ROOT", "AUX", "be"),
        ("Peru", 14, "poss", "PROPN", "Peru", "State"), ("'s", 10, "case", "PART", "'s"),
        ("largest", 14, "amod", "ADJ", "large"), ("arms", 14, "compound", "NOUN", "arm"),
        ("supplier", 9, "attr", "NOUN", "supplier"), (".", 9, "punct", "PUNCT", "."),
    ])
    chl, per, bol = ids(gaz, "Chile", "Peru", "Bolivia")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert (chl, "cooperatesWith", per) in got and (bol, "providesAid", per) in got
    assert (per, "cooperatesWith", chl) not in got and (per, "providesAid", bol) not in got


def test_a_request_in_whose_answer_a_clause_acts_is_the_possessors_appeal(build_doc, document, onto, gaz):
    doc = build_doc([  # "At Peru's request, Chile postponed a speech." / "Chile and Peru signed a deal at their meeting."
        ("At", 6, "prep", "ADP", "at"), ("Peru", 3, "poss", "PROPN", "Peru", "State"), ("'s", 1, "case", "PART", "'s"),
        ("request", 0, "pobj", "NOUN", "request"), (",", 6, "punct", "PUNCT", ","),
        ("Chile", 6, "nsubj", "PROPN", "Chile", "State"), ("postponed", 6, "ROOT", "VERB", "postpone"),
        ("a", 8, "det", "DET", "a"), ("speech", 6, "dobj", "NOUN", "speech"), (".", 6, "punct", "PUNCT", "."),
        ("Chile", 13, "nsubj", "PROPN", "Chile", "State"), ("and", 10, "cc", "CCONJ", "and"),
        ("Peru", 10, "conj", "PROPN", "Peru", "State"), ("signed", 13, "ROOT", "VERB", "sign"),
        ("a", 15, "det", "DET", "a"), ("deal", 13, "dobj", "NOUN", "deal"), ("at", 13, "prep", "ADP", "at"),
        ("their", 18, "poss", "PRON", "their"), ("meeting", 16, "pobj", "NOUN", "meeting"),
        (".", 13, "punct", "PUNCT", "."),
    ])
    chl, per = ids(gaz, "Chile", "Peru")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert (per, "appealsTo", chl) in got  # (once: not the meeting's, held by both)
    assert (per, "reducesRelations", chl) not in got  # the postponing is no answer to the request's own kind
    assert (chl, "appealsTo", per) not in got


def test_a_response_to_an_act_does_not_make_the_responders_its_agents(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile and Peru coordinated their response to the war in Bolivia."
        ("Chile", 3, "nsubj", "PROPN", "Chile", "State"), ("and", 0, "cc", "CCONJ", "and"),
        ("Peru", 0, "conj", "PROPN", "Peru", "State"), ("coordinated", 3, "ROOT", "VERB", "coordinate"),
        ("their", 5, "poss", "PRON", "their"), ("response", 3, "dobj", "NOUN", "response"),
        ("to", 5, "prep", "ADP", "to"), ("the", 8, "det", "DET", "the"), ("war", 6, "pobj", "NOUN", "war"),
        ("in", 8, "prep", "ADP", "in"), ("Bolivia", 9, "pobj", "PROPN", "Bolivia", "State"),
        (".", 3, "punct", "PUNCT", "."),
    ])
    chl, per, bol = ids(gaz, "Chile", "Peru", "Bolivia")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert not [(s, o) for s, r, o in got if r == "fights"]  # neither with Bolivia nor with each other


def test_kin_and_a_states_opponents_do_not_stand_for_the_state_their_nationality_names(build_doc, document, onto, gaz):
    doc = build_doc([  # "Milei visited his Chilean wife." / "Peru criticised Chilean opposition channels."
        ("Javier", 1, "compound", "PROPN", "Javier", "Person"), ("Milei", 2, "nsubj", "PROPN", "Milei", "+Person"),
        ("visited", 2, "ROOT", "VERB", "visit"), ("his", 5, "poss", "PRON", "his"),
        ("Chilean", 5, "amod", "ADJ", "Chilean", "State"), ("wife", 2, "dobj", "NOUN", "wife"),
        (".", 2, "punct", "PUNCT", "."),
        ("Peru", 8, "nsubj", "PROPN", "Peru", "State"), ("criticised", 8, "ROOT", "VERB", "criticise"),
        ("Chilean", 11, "amod", "ADJ", "Chilean", "State"), ("opposition", 11, "compound", "NOUN", "opposition"),
        ("channels", 8, "dobj", "NOUN", "channel"), (".", 8, "punct", "PUNCT", "."),
        ("Peru", 14, "nsubj", "PROPN", "Peru", "State"), ("criticised", 14, "ROOT", "VERB", "criticise"),
        ("Bolivian", 16, "amod", "ADJ", "Bolivian", "State"), ("channels", 14, "dobj", "NOUN", "channel"),
        (".", 14, "punct", "PUNCT", "."),
    ])
    chl, per, bol = ids(gaz, "Chile", "Peru", "Bolivia")
    milei = gaz.lookup("Javier Milei").id
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert not any(o == chl for s, r, o in got)  # no visit to Chile, no criticism of it
    assert (per, "opposes", bol) in got  # (plain "Bolivian channels" stand for their state, as before)
    assert not any(s == milei and r == "consults" for s, r, o in got)


def test_a_number_of_a_groups_members_with_their_names_in_apposition_is_those_named(build_doc, document, onto, gaz):
    doc = build_doc([  # "Two of Peru's former presidents, Ana Soto and Eva Ruiz, met Gabriel Boric."
        ("Two", 13, "nsubj", "NUM", "two"), ("of", 0, "prep", "ADP", "of"), ("Peru", 5, "poss", "PROPN", "Peru", "State"),
        ("'s", 2, "case", "PART", "'s"), ("former", 5, "amod", "ADJ", "former"),
        ("presidents", 1, "pobj", "NOUN", "president"), (",", 0, "punct", "PUNCT", ","),
        ("Ana", 8, "compound", "PROPN", "Ana", "Person"), ("Soto", 0, "appos", "PROPN", "Soto", "+Person"),
        ("and", 8, "cc", "CCONJ", "and"), ("Eva", 11, "compound", "PROPN", "Eva", "Person"),
        ("Ruiz", 8, "conj", "PROPN", "Ruiz", "+Person"), (",", 0, "punct", "PUNCT", ","),
        ("met", 13, "ROOT", "VERB", "meet"), ("Gabriel", 15, "compound", "PROPN", "Gabriel", "Person"),
        ("Boric", 13, "dobj", "PROPN", "Boric", "+Person"), (".", 13, "punct", "PUNCT", "."),
    ])
    boric = gaz.lookup("Gabriel Boric").id
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert {s for s, r, o in got if o == boric and r == "consults"} == {"Person/ana-soto", "Person/eva-ruiz"}


def test_a_possessive_in_a_second_reported_clause_is_the_reporters(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile, Peru's ally, said the drones strayed and that its army warned Bolivia."
        ("Chile", 6, "nsubj", "PROPN", "Chile", "State"), (",", 0, "punct", "PUNCT", ","),
        ("Peru", 4, "poss", "PROPN", "Peru", "State"), ("'s", 2, "case", "PART", "'s"), ("ally", 0, "appos", "NOUN", "ally"),
        (",", 0, "punct", "PUNCT", ","), ("said", 6, "ROOT", "VERB", "say"), ("the", 8, "det", "DET", "the"),
        ("drones", 9, "nsubj", "NOUN", "drone"), ("strayed", 6, "ccomp", "VERB", "stray"),
        ("and", 9, "cc", "CCONJ", "and"), ("that", 14, "mark", "SCONJ", "that"), ("its", 13, "poss", "PRON", "its"),
        ("army", 14, "nsubj", "NOUN", "army"), ("warned", 9, "conj", "VERB", "warn"),
        ("Bolivia", 14, "dobj", "PROPN", "Bolivia", "State"), (".", 6, "punct", "PUNCT", "."),
    ])
    chl, per, bol = ids(gaz, "Chile", "Peru", "Bolivia")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    warners = {s for s, r, o in got if r == "threatens" and o == bol}
    assert warners and warners <= {chl, "GovernmentBody/chl-army"}  # Chile's army, not Peru's


def test_taking_control_of_a_company_seizes_its_property(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile took control of chipmaker Acmetron." (the name taken for a place by the NER)
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("took", 1, "ROOT", "VERB", "take"),
        ("control", 1, "dobj", "NOUN", "control"), ("of", 2, "prep", "ADP", "of"),
        ("chipmaker", 5, "compound", "NOUN", "chipmaker"), ("Acmetron", 3, "pobj", "PROPN", "Acmetron", "GPE"),
        (".", 1, "punct", "PUNCT", "."),
    ])
    result = extract(doc, document(doc), onto, gaz)
    firm = next(e for e in result.entities if e.label == "Acmetron")
    assert firm.cls == "Company"
    got = {(s.relation, s.object) for s in result.statements if s.subject == gaz.lookup("Chile").id}
    assert got == {("seizesProperty", firm.id)}


def test_a_relative_clause_with_no_relative_word_on_a_summed_up_act_is_aimed_at_its_agent(build_doc, document, onto,
                                                                                          gaz):
    doc = build_doc([  # "Chile expelled Peru's envoy, a move Bolivia said it would not accept."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("expelled", 1, "ROOT", "VERB", "expel"),
        ("Peru", 4, "poss", "PROPN", "Peru", "State"), ("'s", 2, "case", "PART", "'s"),
        ("envoy", 1, "dobj", "NOUN", "envoy"), (",", 4, "punct", "PUNCT", ","), ("a", 7, "det", "DET", "a"),
        ("move", 4, "appos", "NOUN", "move"), ("Bolivia", 9, "nsubj", "PROPN", "Bolivia", "State"),
        ("said", 7, "relcl", "VERB", "say"), ("it", 13, "nsubj", "PRON", "it"), ("would", 13, "aux", "AUX", "would"),
        ("not", 13, "neg", "PART", "not"), ("accept", 9, "ccomp", "VERB", "accept"), (".", 1, "punct", "PUNCT", "."),
    ])
    chl, per, bol = ids(gaz, "Chile", "Peru", "Bolivia")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert (bol, "rejects", chl) in got and (bol, "rejects", per) not in got


def test_members_listed_of_bare_allies_join_no_body(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile drew on allies including Peru." / "Chile led the coalition including Peru."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("drew", 1, "ROOT", "VERB", "draw"), ("on", 1, "prep", "ADP", "on"),
        ("allies", 2, "pobj", "NOUN", "ally"), ("including", 3, "prep", "VERB", "include"),
        ("Peru", 4, "pobj", "PROPN", "Peru", "State"), (".", 1, "punct", "PUNCT", "."),
        ("Chile", 8, "nsubj", "PROPN", "Chile", "State"), ("led", 8, "ROOT", "VERB", "lead"),
        ("the", 10, "det", "DET", "the"), ("coalition", 8, "dobj", "NOUN", "coalition"),
        ("including", 10, "prep", "VERB", "include"), ("Peru", 11, "pobj", "PROPN", "Peru", "State"),
        (".", 8, "punct", "PUNCT", "."),
    ])
    per = gaz.lookup("Peru").id
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    wholes = {o for s, r, o in got if s == per and r == "memberOf"}
    assert len(wholes) == 1 and "alli" not in next(iter(wholes)).lower()  # the coalition's member, no "allies"'


def test_a_plural_demonym_the_ner_took_for_a_persons_name_is_people_of_that_state(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile arrested five Peruvians." (the NER labelling "Peruvians" a person)
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("arrested", 1, "ROOT", "VERB", "arrest"),
        ("five", 3, "nummod", "NUM", "five"), ("Peruvians", 1, "dobj", "PROPN", "Peruvians", "PERSON"),
        (".", 1, "punct", "PUNCT", "."),
    ])
    chl, per = ids(gaz, "Chile", "Peru")
    result = extract(doc, document(doc), onto, gaz)
    assert (chl, "coerces", per) in triples(result, onto)
    assert not [e for e in result.entities if e.cls == "Person"]


def test_it_judged_after_an_act_of_force_stands_for_the_act_so_its_agent(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile struck Peru. Bolivia condemned it, and Lavrov said it was a violation."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("struck", 1, "ROOT", "VERB", "strike"),
        ("Peru", 1, "dobj", "PROPN", "Peru", "State"), (".", 1, "punct", "PUNCT", "."),
        ("Bolivia", 5, "nsubj", "PROPN", "Bolivia", "State"), ("condemned", 5, "ROOT", "VERB", "condemn"),
        ("it", 5, "dobj", "PRON", "it"), (",", 5, "punct", "PUNCT", ","), ("and", 5, "cc", "CCONJ", "and"),
        ("Lavrov", 10, "nsubj", "PROPN", "Lavrov", "Person"), ("said", 5, "conj", "VERB", "say"),
        ("it", 12, "nsubj", "PRON", "it"), ("was", 10, "ccomp", "AUX", "be"), ("a", 14, "det", "DET", "a"),
        ("violation", 12, "attr", "NOUN", "violation"), (".", 5, "punct", "PUNCT", "."),
    ])
    chl, per, bol, lavrov = ids(gaz, "Chile", "Peru", "Bolivia", "Sergei Lavrov")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert (bol, "opposes", chl) in got and (bol, "opposes", per) not in got
    assert (lavrov, "opposes", chl) in got and (lavrov, "opposes", bol) not in got


def test_an_arrest_with_no_agent_at_a_place_of_a_state_is_that_states(build_doc, document, onto, gaz):
    doc = build_doc([  # "Ana Soto was arrested at Lima airport."
        ("Ana", 1, "compound", "PROPN", "Ana", "PERSON"), ("Soto", 3, "nsubjpass", "PROPN", "Soto", "+PERSON"),
        ("was", 3, "auxpass", "AUX", "be"), ("arrested", 3, "ROOT", "VERB", "arrest"), ("at", 3, "prep", "ADP", "at"),
        ("Lima", 6, "compound", "PROPN", "Lima", "GPE"), ("airport", 4, "pobj", "NOUN", "airport"),
        (".", 3, "punct", "PUNCT", "."),
    ])
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert (gaz.lookup("Peru").id, "coerces", "Person/ana-soto") in got


def test_roads_connecting_a_state_tie_no_one_to_it(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile blew up roads connecting it to Peru."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("blew", 1, "ROOT", "VERB", "blow"),
        ("up", 1, "prt", "ADP", "up"), ("roads", 1, "dobj", "NOUN", "road"),
        ("connecting", 3, "acl", "VERB", "connect"),
        ("it", 4, "dobj", "PRON", "it"), ("to", 4, "prep", "ADP", "to"), ("Peru", 6, "pobj", "PROPN", "Peru", "State"),
        (".", 1, "punct", "PUNCT", "."),
    ])
    chl, per = ids(gaz, "Chile", "Peru")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert not {(s, o) for s, r, o in got if r not in {"locatedIn", "possesses"}} & {(chl, per)}


def test_a_gathering_to_discuss_a_proposal_is_no_talk_with_its_author(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile convened a meeting to discuss Peru's proposal." / "Bolivia was ready to discuss Peru's
        # concerns."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("convened", 1, "ROOT", "VERB", "convene"),
        ("a", 3, "det", "DET", "a"), ("meeting", 1, "dobj", "NOUN", "meeting"), ("to", 5, "aux", "PART", "to"),
        ("discuss", 1, "advcl", "VERB", "discuss"), ("Peru", 8, "poss", "PROPN", "Peru", "State"),
        ("'s", 6, "case", "PART", "'s"), ("proposal", 5, "dobj", "NOUN", "proposal"), (".", 1, "punct", "PUNCT", "."),
        ("Bolivia", 11, "nsubj", "PROPN", "Bolivia", "State"), ("was", 11, "ROOT", "AUX", "be"),
        ("ready", 11, "acomp", "ADJ", "ready"), ("to", 14, "aux", "PART", "to"),
        ("discuss", 12, "xcomp", "VERB", "discuss"),
        ("Peru", 17, "poss", "PROPN", "Peru", "State"), ("'s", 15, "case", "PART", "'s"),
        ("concerns", 14, "dobj", "NOUN", "concern"), (".", 11, "punct", "PUNCT", "."),
    ])
    chl, per, bol = ids(gaz, "Chile", "Peru", "Bolivia")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert (chl, "consults", per) not in got
    assert (bol, "intendsToCooperate", per) in got


def test_the_two_allies_of_a_state_are_not_that_state(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile signed a pact with Bolivia and the U.S. The two U.S. allies criticised Argentina."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("signed", 1, "ROOT", "VERB", "sign"),
        ("a", 3, "det", "DET", "a"), ("pact", 1, "dobj", "NOUN", "pact"), ("with", 3, "prep", "ADP", "with"),
        ("Bolivia", 4, "pobj", "PROPN", "Bolivia", "State"), ("and", 5, "cc", "CCONJ", "and"),
        ("U.S.", 5, "conj", "PROPN", "U.S.", "State"), (".", 1, "punct", "PUNCT", "."),
        ("The", 12, "det", "DET", "the"), ("two", 12, "nummod", "NUM", "two"),
        ("U.S.", 12, "compound", "PROPN", "U.S.", "State"), ("allies", 13, "nsubj", "NOUN", "ally"),
        ("criticised", 13, "ROOT", "VERB", "criticise"), ("Argentina", 13, "dobj", "PROPN", "Argentina", "State"),
        (".", 13, "punct", "PUNCT", "."),
    ])
    doc[12].tag_ = "NNS"
    chl, bol, arg = ids(gaz, "Chile", "Bolivia", "Argentina")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    critics = {s for s, r, o in got if r == "opposes" and o == arg}
    assert critics == {chl, bol}


def test_demands_that_include_an_act_name_no_member(build_doc, document, onto, gaz):
    doc = build_doc([  # "Hezbollah restated its demands, which include a Peruvian withdrawal."
        ("Hezbollah", 1, "nsubj", "PROPN", "Hezbollah", "ORG"), ("restated", 1, "ROOT", "VERB", "restate"),
        ("its", 3, "poss", "PRON", "its"), ("demands", 1, "dobj", "NOUN", "demand"), (",", 3, "punct", "PUNCT", ","),
        ("which", 6, "nsubj", "PRON", "which"), ("include", 3, "relcl", "VERB", "include"),
        ("a", 9, "det", "DET", "a"), ("Peruvian", 9, "amod", "ADJ", "Peruvian", "State"),
        ("withdrawal", 6, "dobj", "NOUN", "withdrawal"), (".", 1, "punct", "PUNCT", "."),
    ])
    doc[3].tag_, doc[5].tag_ = "NNS", "WDT"
    hez, per = ids(gaz, "Hezbollah", "Peru")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert (per, "memberOf", hez) not in got


def test_a_word_of_a_name_is_no_trigger(build_doc, document, onto, gaz):
    doc = build_doc([  # "Boric attended the Asia-Pacific Economic Cooperation forum in Peru."
        ("Boric", 1, "nsubj", "PROPN", "Boric", "Person"), ("attended", 1, "ROOT", "VERB", "attend"),
        ("the", 8, "det", "DET", "the"), ("Asia", 5, "compound", "PROPN", "Asia", "ORG"),
        ("-", 5, "punct", "PUNCT", "-", "+ORG"),
        ("Pacific", 7, "compound", "PROPN", "Pacific", "+ORG"),
        ("Economic", 7, "compound", "PROPN", "Economic", "+ORG"),
        ("Cooperation", 8, "compound", "PROPN", "Cooperation", "+ORG"), ("forum", 1, "dobj", "NOUN", "forum"),
        ("in", 8, "prep", "ADP", "in"), ("Peru", 9, "pobj", "PROPN", "Peru", "State"), (".", 1, "punct", "PUNCT", "."),
    ])
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert not {r for s, r, o in got if o == gaz.lookup("Peru").id and r == "cooperatesWith"}


def test_a_states_ambassador_to_a_body_is_a_member_of_the_state_only(build_doc, document, onto, gaz):
    doc = build_doc([  # "Peru's U.N. ambassador, Ana Soto, spoke."
        ("Peru", 4, "poss", "PROPN", "Peru", "State"), ("'s", 0, "case", "PART", "'s"),
        ("U.N.", 3, "compound", "PROPN", "U.N.", "IGO"), ("ambassador", 8, "nsubj", "NOUN", "ambassador"),
        (",", 3, "punct", "PUNCT", ","), ("Ana", 6, "compound", "PROPN", "Ana", "PERSON"),
        ("Soto", 3, "appos", "PROPN", "Soto", "+PERSON"), (",", 3, "punct", "PUNCT", ","),
        ("spoke", 8, "ROOT", "VERB", "speak"), (".", 8, "punct", "PUNCT", "."),
    ])
    per, un = ids(gaz, "Peru", "United Nations")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert ("Person/ana-soto", "memberOf", per) in got and ("Person/ana-soto", "memberOf", un) not in got


def test_a_name_ending_in_a_business_word_is_a_company_the_company_stands_for(build_doc, document, onto, gaz):
    doc = build_doc([  # "Peru held staff of Acme Mining until the company agreed to pay Peru."
        ("Peru", 1, "nsubj", "PROPN", "Peru", "State"), ("held", 1, "ROOT", "VERB", "hold"),
        ("staff", 1, "dobj", "NOUN", "staff"), ("of", 2, "prep", "ADP", "of"),
        ("Acme", 5, "compound", "PROPN", "Acme", "ORG"),
        ("Mining", 3, "pobj", "PROPN", "Mining", "+ORG"), ("until", 9, "mark", "SCONJ", "until"),
        ("the", 8, "det", "DET", "the"), ("company", 9, "nsubj", "NOUN", "company"),
        ("agreed", 1, "advcl", "VERB", "agree"),
        ("to", 11, "aux", "PART", "to"), ("pay", 9, "xcomp", "VERB", "pay"),
        ("Peru", 11, "dative", "PROPN", "Peru", "State"),
        (".", 1, "punct", "PUNCT", "."),
    ])
    result = extract(doc, document(doc), onto, gaz)
    firm = next(e for e in result.entities if e.label == "Acme Mining")
    assert firm.cls == "Company"
    assert (firm.id, "intendsToCooperate", gaz.lookup("Peru").id) in triples(result, onto)


def test_most_of_its_own_goods_are_the_importers(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile, a member of NATO, imports most of its gas from Peru."
        ("Chile", 7, "nsubj", "PROPN", "Chile", "State"), (",", 0, "punct", "PUNCT", ","), ("a", 3, "det", "DET", "a"),
        ("member", 0, "appos", "NOUN", "member"), ("of", 3, "prep", "ADP", "of"),
        ("NATO", 4, "pobj", "PROPN", "NATO", "ORG"),
        (",", 0, "punct", "PUNCT", ","), ("imports", 7, "ROOT", "VERB", "import"), ("most", 7, "dobj", "ADJ", "most"),
        ("of", 8, "prep", "ADP", "of"), ("its", 11, "poss", "PRON", "its"), ("gas", 9, "pobj", "NOUN", "gas"),
        ("from", 7, "prep", "ADP", "from"), ("Peru", 12, "pobj", "PROPN", "Peru", "State"),
        (".", 7, "punct", "PUNCT", "."),
    ])
    chl, per, nato = ids(gaz, "Chile", "Peru", "NATO")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert (chl, "cooperatesWith", per) in got and (chl, "cooperatesWith", nato) not in got


def test_a_pledge_to_phase_out_imports_is_no_cooperation(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile pledged to phase out Peruvian imports."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("pledged", 1, "ROOT", "VERB", "pledge"),
        ("to", 3, "aux", "PART", "to"), ("phase", 1, "xcomp", "VERB", "phase"), ("out", 3, "prt", "ADP", "out"),
        ("Peruvian", 6, "amod", "ADJ", "Peruvian", "NORP"), ("imports", 3, "dobj", "NOUN", "import"),
        (".", 1, "punct", "PUNCT", "."),
    ])
    chl, per = ids(gaz, "Chile", "Peru")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert (chl, "intendsToCooperate", per) not in got


def test_an_acronym_in_brackets_is_no_part_of_the_name_before_it(build_doc, document, onto, gaz):
    doc = build_doc([  # "The Alliance for Change (AFC), praised Boric." (the NER's span running into the bracket)
        ("The", 1, "det", "DET", "the"), ("Alliance", 8, "nsubj", "PROPN", "Alliance", "ORG"),
        ("for", 1, "prep", "ADP", "for", "+ORG"), ("Change", 2, "pobj", "PROPN", "Change", "+ORG"),
        ("(", 5, "punct", "PUNCT", "(", "+ORG"), ("AFC", 1, "appos", "PROPN", "AFC", "+ORG"),
        (")", 5, "punct", "PUNCT", ")"), (",", 1, "punct", "PUNCT", ","), ("praised", 8, "ROOT", "VERB", "praise"),
        ("Boric", 8, "dobj", "PROPN", "Boric", "Person"), (".", 8, "punct", "PUNCT", "."),
    ])
    result = extract(doc, document(doc), onto, gaz)
    assert "Alliance for Change" in {e.label for e in result.entities}


def test_a_possessed_thing_that_must_not_be_harmed_asks_nothing_of_its_owner(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile said Peru's role should not be undermined." / "Chile said Bolivia must be punished."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("said", 1, "ROOT", "VERB", "say"),
        ("Peru", 4, "poss", "PROPN", "Peru", "State"), ("'s", 2, "case", "PART", "'s"),
        ("role", 8, "nsubjpass", "NOUN", "role"), ("should", 8, "aux", "AUX", "should"),
        ("not", 8, "neg", "PART", "not"),
        ("be", 8, "auxpass", "AUX", "be"), ("undermined", 1, "ccomp", "VERB", "undermine"),
        (".", 1, "punct", "PUNCT", "."),
        ("Chile", 11, "nsubj", "PROPN", "Chile", "State"), ("said", 11, "ROOT", "VERB", "say"),
        ("Bolivia", 15, "nsubjpass", "PROPN", "Bolivia", "State"), ("must", 15, "aux", "AUX", "must"),
        ("be", 15, "auxpass", "AUX", "be"), ("punished", 11, "ccomp", "VERB", "punish"),
        (".", 11, "punct", "PUNCT", "."),
    ])
    chl, per, bol = ids(gaz, "Chile", "Peru", "Bolivia")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert (chl, "demands", per) not in got and (chl, "demands", bol) in got


def test_a_president_elect_leads_nothing_yet(build_doc, document, onto, gaz):
    doc = build_doc([  # "President-elect Ana Soto of Peru spoke." / "President Ana Soto of Peru spoke."
        ("President", 2, "compound", "PROPN", "President"), ("-", 2, "punct", "PUNCT", "-"),
        ("elect", 4, "compound", "PROPN", "elect"), ("Ana", 4, "compound", "PROPN", "Ana", "PERSON"),
        ("Soto", 7, "nsubj", "PROPN", "Soto", "+PERSON"), ("of", 4, "prep", "ADP", "of"),
        ("Peru", 5, "pobj", "PROPN", "Peru", "State"), ("spoke", 7, "ROOT", "VERB", "speak"),
        (".", 7, "punct", "PUNCT", "."),
    ])
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert not {r for s, r, o in got if s == "Person/ana-soto" and r == "leaderOf"}


def test_a_name_in_a_subjects_apposition_may_be_the_objects_pronoun(build_doc, document, onto, gaz):
    doc = build_doc([  # "Boric met Lavrov. Milei, Boric's critic, later invited him."
        ("Boric", 1, "nsubj", "PROPN", "Boric", "Person"), ("met", 1, "ROOT", "VERB", "meet"),
        ("Lavrov", 1, "dobj", "PROPN", "Lavrov", "Person"), (".", 1, "punct", "PUNCT", "."),
        ("Milei", 11, "nsubj", "PROPN", "Milei", "Person"), (",", 4, "punct", "PUNCT", ","),
        ("Boric", 8, "poss", "PROPN", "Boric", "Person"), ("'s", 6, "case", "PART", "'s"),
        ("critic", 4, "appos", "NOUN", "critic"), (",", 4, "punct", "PUNCT", ","),
        ("later", 11, "advmod", "ADV", "later"), ("invited", 11, "ROOT", "VERB", "invite"),
        ("him", 11, "dobj", "PRON", "he"), (".", 11, "punct", "PUNCT", "."),
    ])
    lavrov, boric, milei = ids(gaz, "Sergei Lavrov", "Gabriel Boric", "Javier Milei")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    invited = {o for s, r, o in got if s == milei and r == "appealsTo"}
    assert invited == {boric}


def test_a_city_naming_a_document_is_no_party_to_it(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile ratified the Lima Statute."
        ("Chile", 1, "nsubj", "PROPN", "Chile", "State"), ("ratified", 1, "ROOT", "VERB", "ratify"),
        ("the", 4, "det", "DET", "the"), ("Lima", 4, "compound", "PROPN", "Lima", "GPE"),
        ("Statute", 1, "dobj", "PROPN", "statute"), (".", 1, "punct", "PUNCT", "."),
    ])
    chl, per = ids(gaz, "Chile", "Peru")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert not {(s, o) for s, r, o in got} & {(chl, per)}


def test_describing_a_proposal_makes_no_one_its_addressee(build_doc, document, onto, gaz):
    doc = build_doc([  # "Milei described Boric's proposal as propaganda." / "Milei rejected Boric's proposal."
        ("Milei", 1, "nsubj", "PROPN", "Milei", "Person"), ("described", 1, "ROOT", "VERB", "describe"),
        ("Boric", 4, "poss", "PROPN", "Boric", "Person"), ("'s", 2, "case", "PART", "'s"),
        ("proposal", 1, "dobj", "NOUN", "proposal"), ("as", 1, "prep", "ADP", "as"),
        ("propaganda", 5, "pobj", "NOUN", "propaganda"), (".", 1, "punct", "PUNCT", "."),
        ("Milei", 9, "nsubj", "PROPN", "Milei", "Person"), ("rejected", 9, "ROOT", "VERB", "reject"),
        ("Boric", 12, "poss", "PROPN", "Boric", "Person"), ("'s", 10, "case", "PART", "'s"),
        ("proposal", 9, "dobj", "NOUN", "proposal"), (".", 9, "punct", "PUNCT", "."),
    ])
    boric, milei = ids(gaz, "Gabriel Boric", "Javier Milei")
    result = extract(doc, document(doc), onto, gaz)
    appeals = [s for s in result.statements if (s.subject, s.object) == (boric, milei)
               and onto.root(s.relation).name == "appealsTo"]
    assert len(appeals) == 1 and appeals[0].trigger_span[0] > doc[8].idx  # the rejected one only


def test_a_list_a_state_keeps_has_no_members(build_doc, document, onto, gaz):
    doc = build_doc([  # "Chile's ministry added firms to its blacklist, including Acme Mining."
        ("Chile", 2, "poss", "PROPN", "Chile", "State"), ("'s", 0, "case", "PART", "'s"),
        ("ministry", 3, "nsubj", "NOUN", "ministry"), ("added", 3, "ROOT", "VERB", "add"),
        ("firms", 3, "dobj", "NOUN", "firm"), ("to", 3, "prep", "ADP", "to"), ("its", 7, "poss", "PRON", "its"),
        ("blacklist", 5, "pobj", "NOUN", "blacklist"), (",", 7, "punct", "PUNCT", ","),
        ("including", 7, "prep", "VERB", "include"), ("Acme", 11, "compound", "PROPN", "Acme", "ORG"),
        ("Mining", 9, "pobj", "PROPN", "Mining", "+ORG"), (".", 3, "punct", "PUNCT", "."),
    ])
    result = extract(doc, document(doc), onto, gaz)
    assert [s for s in result.statements if s.relation == "imposesSanctions"]  # the firms are listed
    assert not [s for s in result.statements if s.relation == "memberOf" and "acme" in s.subject]


def test_the_visit_one_arrived_for_is_the_arrivers(build_doc, document, onto, gaz):
    doc = build_doc([  # "Boric arrived for a visit. Peru signed a deal. Milei hailed the visit."
        ("Boric", 1, "nsubj", "PROPN", "Boric", "Person"), ("arrived", 1, "ROOT", "VERB", "arrive"),
        ("for", 1, "prep", "ADP", "for"), ("a", 4, "det", "DET", "a"), ("visit", 2, "pobj", "NOUN", "visit"),
        (".", 1, "punct", "PUNCT", "."),
        ("Peru", 7, "nsubj", "PROPN", "Peru", "State"), ("signed", 7, "ROOT", "VERB", "sign"),
        ("a", 9, "det", "DET", "a"), ("deal", 7, "dobj", "NOUN", "deal"), (".", 7, "punct", "PUNCT", "."),
        ("Milei", 12, "nsubj", "PROPN", "Milei", "Person"), ("hailed", 12, "ROOT", "VERB", "hail"),
        ("the", 14, "det", "DET", "the"), ("visit", 12, "dobj", "NOUN", "visit"), (".", 12, "punct", "PUNCT", "."),
    ])
    boric, milei, per = ids(gaz, "Gabriel Boric", "Javier Milei", "Peru")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert (milei, "supports", boric) in got and (milei, "supports", per) not in got


def test_it_after_a_judged_act_stands_for_that_act(build_doc, document, onto, gaz):
    doc = build_doc([  # "Peru denounced the ruling. Milei condemned it."
        ("Peru", 1, "nsubj", "PROPN", "Peru", "State"), ("denounced", 1, "ROOT", "VERB", "denounce"),
        ("the", 3, "det", "DET", "the"), ("ruling", 1, "dobj", "NOUN", "ruling"), (".", 1, "punct", "PUNCT", "."),
        ("Milei", 6, "nsubj", "PROPN", "Milei", "Person"), ("condemned", 6, "ROOT", "VERB", "condemn"),
        ("it", 6, "dobj", "PRON", "it"), (".", 6, "punct", "PUNCT", "."),
    ])
    per, milei = ids(gaz, "Peru", "Javier Milei")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert (milei, "opposes", per) not in got  # the ruling is no one's named here, not Peru's


def test_an_act_named_after_a_report_is_the_reported_subjects_not_the_speakers(build_doc, document, onto, gaz):
    doc = build_doc([  # "Boric said Peru would act. Bolivia condemned the move."
        ("Boric", 1, "nsubj", "PROPN", "Boric", "Person"), ("said", 1, "ROOT", "VERB", "say"),
        ("Peru", 4, "nsubj", "PROPN", "Peru", "State"), ("would", 4, "aux", "AUX", "would"),
        ("act", 1, "ccomp", "VERB", "act"), (".", 1, "punct", "PUNCT", "."),
        ("Bolivia", 7, "nsubj", "PROPN", "Bolivia", "State"), ("condemned", 7, "ROOT", "VERB", "condemn"),
        ("the", 9, "det", "DET", "the"), ("move", 7, "dobj", "NOUN", "move"), (".", 7, "punct", "PUNCT", "."),
    ])
    boric, per, bol = ids(gaz, "Gabriel Boric", "Peru", "Bolivia")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert (bol, "opposes", per) in got and (bol, "opposes", boric) not in got


def test_regretting_anothers_announcement_criticises_it(build_doc, document, onto, gaz):
    doc = build_doc([  # "Peru announced its withdrawal. Boric regretted the announcement."
        ("Peru", 1, "nsubj", "PROPN", "Peru", "State"), ("announced", 1, "ROOT", "VERB", "announce"),
        ("its", 3, "poss", "PRON", "its"), ("withdrawal", 1, "dobj", "NOUN", "withdrawal"),
        (".", 1, "punct", "PUNCT", "."),
        ("Boric", 6, "nsubj", "PROPN", "Boric", "Person"), ("regretted", 6, "ROOT", "VERB", "regret"),
        ("the", 8, "det", "DET", "the"), ("announcement", 6, "dobj", "NOUN", "announcement"),
        (".", 6, "punct", "PUNCT", "."),
    ])
    boric, per = ids(gaz, "Gabriel Boric", "Peru")
    got = triples(extract(doc, document(doc), onto, gaz), onto)
    assert (boric, "opposes", per) in got and (boric, "supports", per) not in got
