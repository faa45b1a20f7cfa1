"""The pipeline's own components and the quote index, on hand-built docs: paragraph breaks, wire datelines, the name
guard, parse repairs and who speaks a quote."""
from __future__ import annotations

import pytest
from spacy.tokens import Doc, Span

from kg.extract.attribution import Attribution, is_reporting
from kg.extract.datelines import datelines
from kg.names import name_guard, name_joins, title_tails
from kg.nlp import dateline_names, paragraph_breaks
from kg.repairs import parse_repairs


def test_gazetteer_match_glued_to_a_name_particle_is_dropped(vocab):
    doc = Doc(vocab, words=["Abu", "Jandal", "al", "-", "Kuwaiti", "met", "Kuwaiti", "envoys"],
              spaces=[True, True, False, False, True, True, True, False],
              ents=["O", "O", "O", "O", "B-State", "O", "B-State", "O"])
    for i in (4, 6):
        doc[i].ent_id_ = "KWT"
    name_guard(doc)
    assert [(e.text, e.start) for e in doc.ents] == [("Kuwaiti", 6)]
    assert doc[4].ent_id_ == ""  # a later PERSON over "al-Kuwaiti" must not inherit the state's id


def test_hyphenated_pair_of_names_is_kept(vocab):
    doc = Doc(vocab, words=["Russia", "-", "Ukraine", "war"], spaces=[False, False, True, False],
              ents=["B-State", "O", "B-State", "O"])
    name_guard(doc)
    assert [e.text for e in doc.ents] == ["Russia", "Ukraine"]


def test_line_breaks_start_sentences(vocab):
    doc = Doc(vocab, words=["Headline", "\n\n", "Body", "text"], spaces=[False, False, True, False])
    paragraph_breaks(doc)
    assert doc[2].is_sent_start and not doc[3].is_sent_start


def test_a_semicolon_before_a_capitalised_word_starts_a_sentence(vocab):
    # "Iran struck X; Islamabad hit back; struck Y." : a clause of its own, but a verb after ";" shares the subject
    doc = Doc(vocab, words=["Iran", "struck", "X", ";", "Islamabad", "hit", "back", ";", "struck", "Y", "."])
    paragraph_breaks(doc)
    assert doc[4].is_sent_start and not doc[8].is_sent_start


def test_a_wire_dateline_is_its_own_sentence_and_names_no_actor(vocab):
    words = ["Title", "\n\n", "CAIRO", ",", "June", "3", "(", "Reuters", ")", "-", "Egypt", "blamed", "Ethiopia", "."]
    spaces = [False, False, False, True, True, True, False, False, True, True, True, True, False, False]
    doc = Doc(vocab, words=words, spaces=spaces,
              ents=["O", "O", "B-State", "O", "O", "O", "O", "B-MediaOutlet", "O", "O", "B-State", "O", "B-State", "O"])
    paragraph_breaks(dateline_names(doc))
    assert doc[10].is_sent_start and not doc[11].is_sent_start
    assert [e.text for e in doc.ents] == ["Egypt", "Ethiopia"]


def test_a_hyphen_between_names_at_a_paragraph_start_is_no_dateline(vocab):
    doc = Doc(vocab, words=["US", "-", "China", "talks", "resumed", "."], spaces=[True, True, True, True, False, False],
              ents=["B-State", "O", "B-State", "O", "O", "O"])
    paragraph_breaks(dateline_names(doc))
    assert [e.text for e in doc.ents] == ["US", "China"] and not doc[2].is_sent_start


def test_a_modified_base_form_in_an_object_slot_is_a_noun(vocab):
    # "Iran rejected the US offer": the tagger's VB under "dobj" with a determiner and a compound
    words = ["Iran", "rejected", "the", "US", "offer", "and", "will", "offer", "talks"]
    doc = Doc(vocab, words=words, heads=[1, 1, 4, 4, 1, 1, 7, 1, 7],
              deps=["nsubj", "ROOT", "det", "compound", "dobj", "cc", "aux", "conj", "dobj"],
              tags=["NNP", "VBD", "DT", "NNP", "VB", "CC", "MD", "VB", "NNS"],
              pos=["PROPN", "VERB", "DET", "PROPN", "VERB", "CCONJ", "AUX", "VERB", "NOUN"])
    parse_repairs(doc)
    assert (doc[4].pos_, doc[4].tag_) == ("NOUN", "NN")
    assert (doc[7].pos_, doc[7].tag_) == ("VERB", "VB")  # a verb in its own clause stays a verb


def test_a_quote_continued_takes_its_paragraph_s_speaker_not_the_next_one_s(vocab):
    # “Peru lies,” Chile said. “We urge Bolivia.”\n\nBrazil added Peru to its list.
    words = ["“", "Peru", "lies", ",", "”", "Chile", "said", ".", "“", "We", "urge", "Bolivia", ".", "”", "\n\n",
             "Brazil", "added", "Peru", "to", "its", "list", "."]
    spaces = [False, True, False, False, True, True, False, True, False, True, True, False, False, False, False,
              True, True, True, True, True, False, False]
    heads = [6, 2, 6, 6, 6, 6, 6, 6, 10, 10, 10, 10, 10, 10, 10, 16, 16, 16, 16, 20, 18, 16]
    deps = ["punct", "nsubj", "ccomp", "punct", "punct", "nsubj", "ROOT", "punct", "punct", "nsubj", "ROOT", "dobj",
            "punct", "punct", "dep", "nsubj", "ROOT", "dobj", "prep", "poss", "pobj", "punct"]
    pos = ["PUNCT", "PROPN", "VERB", "PUNCT", "PUNCT", "PROPN", "VERB", "PUNCT", "PUNCT", "PRON", "VERB", "PROPN",
           "PUNCT", "PUNCT", "SPACE", "PROPN", "VERB", "PROPN", "ADP", "PRON", "NOUN", "PUNCT"]
    lemmas = [w.lower() for w in words]
    lemmas[6], lemmas[16] = "say", "add"
    doc = Doc(vocab, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos, lemmas=lemmas)
    attribution = Attribution(doc)
    assert [s.i for s in attribution.speakers] == [5, 5]
    assert is_reporting(doc[6]) and not is_reporting(doc[16])  # "added Peru to its list" reports nothing


def test_a_list_of_names_parsed_as_an_apposition_is_a_coordination(vocab):
    # "Mali, Chad and Niger withdrew" / "Paris, France": only a list with its "and" is mended
    words = ["Mali", ",", "Chad", "and", "Niger", "withdrew", ";", "Paris", ",", "France", "voted"]
    doc = Doc(vocab, words=words, heads=[5, 0, 0, 2, 2, 5, 5, 10, 7, 7, 5],
              deps=["nsubj", "punct", "appos", "cc", "conj", "ROOT", "punct", "nsubj", "punct", "appos", "conj"],
              tags=["NNP", ",", "NNP", "CC", "NNP", "VBD", ":", "NNP", ",", "NNP", "VBD"],
              ents=["B-State", "O", "B-State", "O", "B-State", "O", "O", "B-GPE", "O", "B-GPE", "O"])
    parse_repairs(doc)
    assert [t.text for t in doc[0].conjuncts] == ["Chad", "Niger"]
    assert doc[9].dep_ == "appos"


def test_a_gerund_with_a_compound_before_it_is_a_noun(vocab):
    # "missile warning data": the tagger's VBG with "missile" compounded on it
    doc = Doc(vocab, words=["shared", "missile", "warning", "data"], heads=[0, 2, 0, 2],
              deps=["ROOT", "compound", "advcl", "dobj"], tags=["VBD", "NN", "VBG", "NNS"])
    parse_repairs(doc)
    assert doc[2].tag_ == "NN" and doc[0].tag_ == "VBD"


def test_a_base_form_after_a_possessed_object_is_that_object_s_head_noun(vocab):
    # "Chile sought a deal ending its water dispute with Bolivia": "dispute" tagged VB, hung on "sought" as a clause
    words = ["Chile", "sought", "a", "deal", "ending", "its", "water", "dispute", "with", "Bolivia", ";",
             "its", "allies", "dispute", "it"]
    doc = Doc(vocab, words=words, heads=[1, 1, 3, 1, 3, 6, 4, 1, 7, 8, 1, 12, 13, 1, 13],
              deps=["nsubj", "ROOT", "det", "dobj", "acl", "poss", "dobj", "advcl", "prep", "pobj", "punct",
                    "poss", "nsubj", "conj", "dobj"],
              tags=["NNP", "VBD", "DT", "NN", "VBG", "PRP$", "NN", "VB", "IN", "NNP", ":", "PRP$", "NNS", "VBP", "PRP"],
              pos=["PROPN", "VERB", "DET", "NOUN", "VERB", "PRON", "NOUN", "VERB", "ADP", "PROPN", "PUNCT", "PRON",
                   "NOUN", "VERB", "PRON"])
    parse_repairs(doc)
    assert (doc[7].tag_, doc[7].dep_, doc[7].head.i) == ("NN", "dobj", 4)
    assert (doc[6].dep_, doc[6].head.i, doc[5].head.i) == ("compound", 7, 7)
    assert (doc[13].tag_, doc[13].dep_) == ("VBP", "conj")  # "its allies dispute it": a verb with its subject


def test_a_with_right_after_a_noun_of_company_is_that_noun_s(vocab):
    # "cut ties with Peru in solidarity with Chile": the parser hangs the second "with" on "ties"
    words = ["cut", "ties", "with", "Peru", "in", "solidarity", "with", "Chile"]
    doc = Doc(vocab, words=words, heads=[0, 0, 1, 2, 0, 4, 1, 6],
              deps=["ROOT", "dobj", "prep", "pobj", "prep", "pobj", "prep", "pobj"],
              lemmas=["cut", "tie", "with", "Peru", "in", "solidarity", "with", "Chile"])
    parse_repairs(doc)
    assert doc[6].head.i == 5 and doc[2].head.i == 1


def test_an_e_the_lemmatizer_dropped_is_put_back(vocab):
    # "hoped" is "hope" (a short verb doubles its consonant: "hopped" is "hop"); "visited" stays "visit"
    doc = Doc(vocab, words=["hoped", "hopped", "visited", "waging", "hopes", "hops"],
              tags=["VBD", "VBD", "VBD", "VBG", "VBZ", "VBZ"], lemmas=["hop", "hop", "visit", "wag", "hop", "hop"])
    parse_repairs(doc)
    assert [t.lemma_ for t in doc] == ["hope", "hop", "visit", "wage", "hope", "hop"]


def test_a_doubled_consonant_the_lemmatizer_left_is_mended(vocab):
    doc = Doc(vocab, words=["League", "readmitted", "Syria", "gazette"], tags=["NNP", "VBD", "NNP", "NN"],
              lemmas=["League", "readmitte", "Syria", "gazette"])
    parse_repairs(doc)
    assert [t.lemma_ for t in doc] == ["League", "readmit", "Syria", "gazette"]


def test_a_place_that_opens_an_organisation_s_name_is_no_mention(vocab):
    # "banned the Kashmir Liberation Front" / "Kashmir Valley protests": only a name ending in an organisation word
    words = ["banned", "the", "Kashmir", "Liberation", "Front", "and", "Kashmir", "Valley", "protests"]
    doc = Doc(vocab, words=words, ents=["O", "O", "B-Location", "O", "O", "O", "B-Location", "O", "O"])
    name_guard(doc)
    assert [(e.text, e.start) for e in doc.ents] == [("Kashmir", 6)]


def test_a_target_hung_on_a_manner_phrase_is_the_verb_s(vocab):
    # "fired without warning on Peru": "warning" taken for a gerund, the "on" hung on it / "without consulting Peru"
    words = ["Chile", "fired", "without", "warning", "on", "Peru", "without", "consulting", "Bolivia"]
    doc = Doc(vocab, words=words, heads=[1, 1, 1, 2, 3, 4, 1, 6, 7],
              deps=["nsubj", "ROOT", "prep", "pcomp", "prep", "pobj", "prep", "pcomp", "dobj"],
              tags=["NNP", "VBD", "IN", "VBG", "IN", "NNP", "IN", "VBG", "NNP"],
              pos=["PROPN", "VERB", "ADP", "VERB", "ADP", "PROPN", "ADP", "VERB", "PROPN"])
    parse_repairs(doc)
    assert (doc[3].pos_, doc[3].dep_) == ("NOUN", "pobj") and doc[4].head.i == 1
    assert (doc[7].pos_, doc[7].dep_) == ("VERB", "pcomp")  # a gerund with an object of its own stays one


def test_a_bare_dateline_is_one_when_the_gazetteer_knows_the_place(vocab):
    # "NEW DELHI - Indian troops fired." / "NATO - Russia talks resumed.": only a known place opens a dateline
    words = ["NEW", "DELHI", "-", "Indian", "troops", "fired", ".", "\n\n", "NATO", "-", "Russia", "talks", "resumed", "."]
    spaces = [True, True, True, True, True, False, False, False, True, True, True, True, False, False]
    doc = Doc(vocab, words=words, spaces=spaces,
              ents=["B-State", "I-State", "O", "B-State", "O", "O", "O", "O", "B-IGO", "O", "B-State", "O", "O", "O"])
    paragraph_breaks(dateline_names(doc))
    assert doc[3].is_sent_start and not doc[9].is_sent_start
    assert [e.text for e in doc.ents] == ["Indian", "NATO", "Russia"]


def test_the_word_after_a_dateline_starts_no_other_sentence(vocab):
    # "SEOUL - South Korea summoned ...": the parser must not cut "South" off its name
    words = ["SEOUL", "-", "South", "Korea", "summoned", "Russia", "."]
    doc = Doc(vocab, words=words, spaces=[True, True, True, True, True, False, False],
              ents=["B-State", "O", "B-State", "I-State", "O", "B-State", "O"])
    paragraph_breaks(dateline_names(doc))
    assert doc[2].is_sent_start is True and doc[3].is_sent_start is False


def test_a_plural_noun_coordinated_with_a_verb_of_its_form_is_a_verb(vocab):
    # "Iran arms and trains the Houthis" / "Russian arms and ammunition flowed"
    words = ["Iran", "arms", "and", "trains", "Peru", ";", "Russian", "arms", "and", "ammunition", "flowed"]
    doc = Doc(vocab, words=words, heads=[1, 1, 1, 1, 3, 1, 7, 10, 7, 7, 1],
              deps=["compound", "ROOT", "cc", "conj", "dobj", "punct", "amod", "nsubj", "cc", "conj", "conj"],
              tags=["NNP", "NNS", "CC", "VBZ", "NNP", ":", "JJ", "NNS", "CC", "NN", "VBD"],
              pos=["PROPN", "NOUN", "CCONJ", "VERB", "PROPN", "PUNCT", "ADJ", "NOUN", "CCONJ", "NOUN", "VERB"],
              ents=["B-State", "O", "O", "O", "B-State", "O", "B-State", "O", "O", "O", "O"])
    parse_repairs(doc)
    assert (doc[1].pos_, doc[1].tag_, doc[0].dep_) == ("VERB", "VBZ", "nsubj")
    assert doc[7].pos_ == "NOUN"  # a subject noun with no verb coordinated stays one


def test_a_bare_dateline_may_be_a_city_standing_for_a_body(vocab):
    words = ["BRUSSELS", "-", "The", "EU", "sanctioned", "Russia", "."]
    doc = Doc(vocab, words=words, spaces=[True, True, True, True, True, False, False],
              ents=["B-IGO", "O", "O", "B-IGO", "O", "B-State", "O"])
    paragraph_breaks(dateline_names(doc))
    assert doc[2].is_sent_start and [e.text for e in doc.ents] == ["EU", "Russia"]


def test_a_verb_left_loose_in_a_list_of_verbs_is_their_conjunct(vocab):
    # "Chile called Peru a liar, suspended trade and said ...": "suspended" parsed as "dep"
    words = ["Chile", "called", "Peru", "a", "liar", ",", "suspended", "trade", "and", "said", "so"]
    doc = Doc(vocab, words=words, heads=[1, 1, 1, 4, 1, 1, 1, 6, 1, 1, 9],
              deps=["nsubj", "ROOT", "dobj", "det", "oprd", "punct", "dep", "dobj", "cc", "conj", "advmod"],
              tags=["NNP", "VBD", "NNP", "DT", "NN", ",", "VBD", "NN", "CC", "VBD", "RB"],
              pos=["PROPN", "VERB", "PROPN", "DET", "NOUN", "PUNCT", "VERB", "NOUN", "CCONJ", "VERB", "ADV"])
    parse_repairs(doc)
    assert doc[6].dep_ == "conj"


def test_a_name_taken_for_an_adverbial_before_a_past_main_verb_is_its_subject(vocab):
    doc = Doc(vocab, words=["Chile", "massed", "troops"], heads=[1, 1, 1], deps=["npadvmod", "ROOT", "dobj"],
              tags=["NNP", "VBD", "NNS"], pos=["PROPN", "VERB", "NOUN"], ents=["B-State", "O", "O"])
    parse_repairs(doc)
    assert doc[0].dep_ == "nsubj"


def test_a_bare_gerund_subject_is_a_noun(vocab):
    # "Fighting between Chile erupted" / "Chile kept fighting Peru": a gerund with an object stays a verb
    doc = Doc(vocab, words=["Fighting", "between", "Chile", "erupted", ";", "Chile", "kept", "fighting", "Peru"],
              heads=[3, 0, 1, 3, 3, 6, 3, 6, 7], deps=["nsubj", "prep", "pobj", "ROOT", "punct", "nsubj", "conj", "xcomp", "dobj"],
              tags=["VBG", "IN", "NNP", "VBD", ":", "NNP", "VBD", "VBG", "NNP"])
    parse_repairs(doc)
    assert doc[0].tag_ == "NN" and doc[7].tag_ == "VBG"


def test_an_of_phrase_hung_on_a_rate_is_its_quantity_s(vocab):
    # "bought 2 million barrels a day of Peruvian oil"
    words = ["bought", "2", "million", "barrels", "a", "day", "of", "Peruvian", "oil"]
    doc = Doc(vocab, words=words, heads=[0, 2, 3, 0, 5, 3, 5, 8, 6],
              deps=["ROOT", "compound", "nummod", "dobj", "det", "npadvmod", "prep", "amod", "pobj"],
              tags=["VBD", "CD", "CD", "NNS", "DT", "NN", "IN", "JJ", "NN"],
              pos=["VERB", "NUM", "NUM", "NOUN", "DET", "NOUN", "ADP", "ADJ", "NOUN"],
              lemmas=["buy", "2", "million", "barrel", "a", "day", "of", "peruvian", "oil"])
    parse_repairs(doc)
    assert doc[6].head.i == 3


def test_a_place_inside_a_think_tank_s_name_is_no_mention_but_a_state_s_own_body_keeps_it(vocab):
    # "a fellow at the Central European Policy Forum" / "Russia's Policy Forum"
    words = ["at", "the", "Central", "European", "Policy", "Forum", "and", "Russia", "'s", "Policy", "Forum"]
    doc = Doc(vocab, words=words, ents=["O", "O", "O", "B-Location", "O", "O", "O", "B-State", "O", "O", "O"])
    name_guard(doc)
    assert [(e.text, e.start) for e in doc.ents] == [("Russia", 7)]


def test_a_body_a_capitalised_word_opens_is_part_of_a_longer_name(vocab):
    # "the National Security Council met" / "Separately Security Council members met" / "the UN Security Council"
    from spacy.tokens import Span
    words = ["the", "National", "Security", "Council", "met", ".", "Separately", "Security", "Council", "met", ".",
             "the", "UN", "Security", "Council"]
    doc = Doc(vocab, words=words)
    doc.ents = [Span(doc, 2, 4, label="IGO", span_id="unsc"), Span(doc, 7, 9, label="IGO", span_id="unsc"),
                Span(doc, 12, 15, label="IGO", span_id="unsc")]
    name_guard(doc)
    assert [e.start for e in doc.ents] == [7, 12]


def test_a_reporting_verb_with_a_clause_of_its_own_does_not_attribute_the_quote_before_it(vocab):
    # “Peru lies,” Chile said. “We urge Bolivia.” Brazil said Peru left.
    words = ["“", "Peru", "lies", ",", "”", "Chile", "said", ".", "“", "We", "urge", "Bolivia", ".", "”",
             "Brazil", "said", "Peru", "left", "."]
    spaces = [False, True, False, False, True, True, False, True, False, True, True, False, False, True,
              True, True, True, False, False]
    heads = [6, 2, 6, 6, 6, 6, 6, 6, 10, 10, 10, 10, 10, 10, 15, 15, 17, 15, 15]
    deps = ["punct", "nsubj", "ccomp", "punct", "punct", "nsubj", "ROOT", "punct", "punct", "nsubj", "ROOT", "dobj",
            "punct", "punct", "nsubj", "ROOT", "nsubj", "ccomp", "punct"]
    pos = ["PUNCT", "PROPN", "VERB", "PUNCT", "PUNCT", "PROPN", "VERB", "PUNCT", "PUNCT", "PRON", "VERB", "PROPN",
           "PUNCT", "PUNCT", "PROPN", "VERB", "PROPN", "VERB", "PUNCT"]
    lemmas = [w.lower() for w in words]
    lemmas[6], lemmas[15], lemmas[17] = "say", "say", "leave"
    doc = Doc(vocab, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos, lemmas=lemmas)
    attribution = Attribution(doc)
    assert [s.i for s in attribution.speakers] == [5, 5]  # Chile's, not Brazil's


def test_a_wire_dateline_with_a_date_and_an_agency_is_found(vocab):
    # "ISTANBUL, June 3 (Reuters) - Egypt blamed Ethiopia." / the same without a dateline
    words = ["ISTANBUL", ",", "June", "3", "(", "Reuters", ")", "-", "Egypt", "blamed", "Ethiopia", "."]
    spaces = [False, True, True, True, False, False, True, True, True, True, False, False]
    assert datelines(Doc(vocab, words=words, spaces=spaces)) == [(0, 8)]
    assert datelines(Doc(vocab, words=words[8:], spaces=spaces[8:])) == []


def test_a_dateline_place_may_open_with_a_two_letter_word(vocab):
    # "LA PAZ - Bolivia's miners struck." has a dateline; "US - China talks resumed." has none
    doc = Doc(vocab, words=["LA", "PAZ", "-", "Bolivia", "'s", "miners", "struck", "."],
              spaces=[True, True, True, False, True, True, False, False])
    assert datelines(doc) == [(0, 3)]
    assert datelines(Doc(vocab, words=["US", "-", "China", "talks", "resumed", "."],
                         spaces=[True, True, True, True, False, False])) == []


def test_a_dateline_may_name_two_places(vocab):
    # "BAGHDAD/ANKARA - Turkish jets struck." : a dateline, no actor
    words = ["BAGHDAD", "/", "ANKARA", "-", "Turkish", "jets", "struck", "."]
    doc = Doc(vocab, words=words, spaces=[False, False, True, True, True, True, False, False],
              ents=["B-State", "O", "B-State", "O", "B-State", "O", "O", "O"])
    paragraph_breaks(dateline_names(doc))
    assert [e.text for e in doc.ents] == ["Turkish"] and datelines(doc) == [(0, 4)]


def test_a_perfect_after_a_reported_passive_goes_with_the_reporting_perfect(vocab):
    # "Aliyev has said the jet was hit and has accused Moscow.": the parser hangs "accused" on "hit"
    words = ["Aliyev", "has", "said", "the", "jet", "was", "hit", "and", "has", "accused", "Moscow", "."]
    doc = Doc(vocab, words=words, heads=[2, 2, 2, 4, 6, 6, 2, 6, 9, 6, 9, 2],
              deps=["nsubj", "aux", "ROOT", "det", "nsubjpass", "auxpass", "ccomp", "cc", "aux", "conj", "dobj", "punct"],
              tags=["NNP", "VBZ", "VBN", "DT", "NN", "VBD", "VBN", "CC", "VBZ", "VBN", "NNP", "."])
    parse_repairs(doc)
    assert doc[9].head.i == 2


def test_what_a_free_relative_names_is_the_object_of_the_verb_taking_it(vocab):
    # "Chile criticised what it called Peru's campaign.": the campaign is criticised
    words = ["Chile", "criticised", "what", "it", "called", "Peru", "'s", "campaign", "."]
    doc = Doc(vocab, words=words, heads=[1, 1, 4, 4, 1, 7, 5, 4, 1],
              deps=["nsubj", "ROOT", "dobj", "nsubj", "ccomp", "poss", "case", "oprd", "punct"],
              tags=["NNP", "VBD", "WP", "PRP", "VBD", "NNP", "POS", "NN", "."], lemmas=[
                  "Chile", "criticise", "what", "it", "call", "Peru", "'s", "campaign", "."])
    parse_repairs(doc)
    assert (doc[7].head.i, doc[7].dep_) == (1, "dobj")


def test_a_name_after_a_noun_and_a_comma_taken_for_a_second_subject_is_the_nouns_apposition(vocab):
    # "Chile spoke with its counterparts, Ana Ruiz, on Friday, the ministry said."
    words = ["Chile", "spoke", "with", "its", "counterparts", ",", "Ana", "Ruiz", ",", "on", "Friday", ",", "the",
             "ministry", "said", "."]
    doc = Doc(vocab, words=words, heads=[1, 14, 1, 4, 2, 14, 7, 14, 14, 14, 9, 14, 13, 14, 14, 14],
              deps=["nsubj", "ccomp", "prep", "poss", "pobj", "punct", "compound", "nsubj", "punct", "prep", "pobj",
                    "punct", "det", "nsubj", "ROOT", "punct"],
              pos=["PROPN", "VERB", "ADP", "PRON", "NOUN", "PUNCT", "PROPN", "PROPN", "PUNCT", "ADP", "PROPN", "PUNCT",
                   "DET", "NOUN", "VERB", "PUNCT"],
              tags=["NNP", "VBD", "IN", "PRP$", "NNS", ",", "NNP", "NNP", ",", "IN", "NNP", ",", "DT", "NN", "VBD", "."],
              lemmas=["Chile", "speak", "with", "its", "counterpart", ",", "Ana", "Ruiz", ",", "on", "Friday", ",", "the",
                      "ministry", "say", "."])
    parse_repairs(doc)
    assert (doc[7].head.i, doc[7].dep_) == (4, "appos") and (doc[13].head.i, doc[13].dep_) == (14, "nsubj")


def test_a_name_right_after_a_plural_noun_parsed_as_another_words_apposition_is_the_nouns(vocab):
    # "sanctions on the oil companies Rosneft and Lukoil" / "sanctions on oil, Rosneft said": only a name right after
    words = ["sanctions", "on", "the", "oil", "companies", "Rosneft", "and", "Lukoil", ";", "curbs", "on", "firms",
             ",", "Rosneft"]
    doc = Doc(vocab, words=words, heads=[0, 0, 4, 4, 1, 0, 5, 5, 0, 0, 9, 10, 9, 9],
              deps=["ROOT", "prep", "det", "compound", "pobj", "appos", "cc", "conj", "punct", "appos", "prep", "pobj",
                    "punct", "appos"],
              tags=["NNS", "IN", "DT", "NN", "NNS", "NNP", "CC", "NNP", ":", "NNS", "IN", "NNS", ",", "NNP"],
              pos=["NOUN", "ADP", "DET", "NOUN", "NOUN", "PROPN", "CCONJ", "PROPN", "PUNCT", "NOUN", "ADP", "NOUN",
                   "PUNCT", "PROPN"],
              ents=["O", "O", "O", "O", "O", "B-Company", "O", "B-Company", "O", "O", "O", "O", "O", "B-Company"])
    parse_repairs(doc)
    assert doc[5].head.i == 4 and doc[13].head.i == 9


def test_a_to_clause_with_its_own_subject_under_a_verb_with_no_object_makes_the_subject_the_object(vocab):
    # "Chile expected Peru to leave" (parsed as a clause with a subject) / "Chile said Peru would leave": only a "to"
    words = ["Chile", "expected", "Peru", "to", "leave", ";", "Chile", "said", "Peru", "would", "leave"]
    doc = Doc(vocab, words=words, heads=[1, 1, 4, 4, 1, 1, 7, 1, 10, 10, 7],
              deps=["nsubj", "ROOT", "nsubj", "aux", "ccomp", "punct", "nsubj", "conj", "nsubj", "aux", "ccomp"],
              tags=["NNP", "VBD", "NNP", "TO", "VB", "", "NNP", "VBD", "NNP", "MD", "VB"],
              pos=["PROPN", "VERB", "PROPN", "PART", "VERB", "PUNCT", "PROPN", "VERB", "PROPN", "AUX", "VERB"])
    parse_repairs(doc)
    assert (doc[2].dep_, doc[2].head.i, doc[4].dep_) == ("dobj", 1, "xcomp")
    assert (doc[8].dep_, doc[8].head.i, doc[10].dep_) == ("nsubj", 10, "ccomp")


def test_a_reporting_verb_with_no_subject_after_a_reported_clause_is_its_reporters(vocab):
    # "Chile said Peru fell and warned that it would act" / "Chile said Peru fell and voted ..."
    words = ["Chile", "said", "Peru", "fell", "and", "warned", "that", "it", "would", "act", ";",
             "Chile", "said", "Peru", "fell", "and", "voted"]
    doc = Doc(vocab, words=words, heads=[1, 1, 3, 1, 3, 3, 9, 9, 9, 5, 1, 12, 1, 14, 12, 14, 14],
              deps=["nsubj", "ROOT", "nsubj", "ccomp", "cc", "conj", "mark", "nsubj", "aux", "ccomp", "punct",
                    "nsubj", "conj", "nsubj", "ccomp", "cc", "conj"],
              tags=["NNP", "VBD", "NNP", "VBD", "CC", "VBD", "IN", "PRP", "MD", "VB", ":", "NNP", "VBD", "NNP", "VBD",
                    "CC", "VBD"],
              lemmas=["Chile", "say", "Peru", "fall", "and", "warn", "that", "it", "would", "act", ";", "Chile", "say",
                      "Peru", "fall", "and", "vote"])
    parse_repairs(doc)
    assert doc[5].head.i == 1 and doc[16].head.i == 14


def test_a_capital_that_opens_a_regional_initiative_s_name_is_no_mention(vocab):
    # "joined the Lima Initiative" / "Lima hosted it": the capital inside the name is no state's mention
    words = ["joined", "the", "Lima", "Initiative", ";", "Lima", "hosted", "it"]
    doc = Doc(vocab, words=words, ents=["O", "O", "B-State", "O", "O", "B-State", "O", "O"])
    name_guard(doc)
    assert [(e.text, e.start) for e in doc.ents] == [("Lima", 5)]


def test_a_dateline_may_give_the_country_and_the_date(vocab, gaz):
    # "LAOAG, Philippines, April 22 - Japanese forces struck." : the town, its country and the date are no actors
    words = ["LAOAG", ",", "Philippines", ",", "April", "22", "-", "Japanese", "forces", "struck", "."]
    doc = Doc(vocab, words=words, spaces=[False, True, False, True, True, True, True, True, True, False, False],
              ents=["B-ORG", "O", "B-State", "O", "B-DATE", "I-DATE", "O", "B-State", "O", "O", "O"])
    paragraph_breaks(dateline_names(doc))
    assert [e.text for e in doc.ents] == ["Japanese"]


def test_an_adjective_with_its_own_subject_under_a_verb_with_no_object_is_the_objects_complement(vocab):
    # "Chile will hold Peru responsible" (parsed as a clause with a subject) / "Chile said Peru was responsible"
    words = ["Chile", "will", "hold", "Peru", "responsible", ";", "Chile", "said", "Peru", "was", "responsible"]
    doc = Doc(vocab, words=words, heads=[2, 2, 2, 4, 2, 2, 7, 2, 9, 7, 9],
              deps=["nsubj", "aux", "ROOT", "nsubj", "ccomp", "punct", "nsubj", "conj", "nsubj", "ccomp", "acomp"],
              tags=["NNP", "MD", "VB", "NNP", "JJ", ":", "NNP", "VBD", "NNP", "VBD", "JJ"],
              pos=["PROPN", "AUX", "VERB", "PROPN", "ADJ", "PUNCT", "PROPN", "VERB", "PROPN", "AUX", "ADJ"])
    parse_repairs(doc)
    assert (doc[3].dep_, doc[3].head.i, doc[4].dep_) == ("dobj", 2, "oprd")
    assert (doc[8].dep_, doc[8].head.i, doc[10].dep_) == ("nsubj", 9, "acomp")


def test_a_participle_with_an_object_after_a_comma_is_the_clause_s_not_the_object_s(vocab):
    # "Chile cut ties, expelling Peru's envoy" / "Chile killed ten people, including Peru's envoy"
    words = ["Chile", "cut", "ties", ",", "expelling", "Peru", "'s", "envoy", ";",
             "Chile", "killed", "people", ",", "including", "Peru", "'s", "envoy"]
    doc = Doc(vocab, words=words, heads=[1, 1, 1, 2, 2, 7, 5, 4, 1, 10, 1, 10, 11, 11, 16, 14, 13],
              deps=["nsubj", "ROOT", "dobj", "punct", "acl", "poss", "case", "dobj", "punct",
                    "nsubj", "conj", "dobj", "punct", "acl", "poss", "case", "dobj"],
              tags=["NNP", "VBD", "NNS", ",", "VBG", "NNP", "POS", "NN", ":", "NNP", "VBD", "NNS", ",", "VBG", "NNP",
                    "POS", "NN"],
              pos=["PROPN", "VERB", "NOUN", "PUNCT", "VERB", "PROPN", "PART", "NOUN", "PUNCT", "PROPN", "VERB", "NOUN",
                   "PUNCT", "VERB", "PROPN", "PART", "NOUN"])
    parse_repairs(doc)
    assert (doc[4].dep_, doc[4].head.i) == ("advcl", 1)
    assert (doc[13].dep_, doc[13].head.i) == ("acl", 11)


def test_a_past_verb_coordinated_with_an_infinitive_goes_with_the_past_verb_above(vocab):
    # "Chile asked Peru to meet and urged Bolivia to help"
    words = ["Chile", "asked", "Peru", "to", "meet", "and", "urged", "Bolivia", "to", "help"]
    doc = Doc(vocab, words=words, heads=[1, 1, 1, 4, 1, 4, 4, 6, 9, 6],
              deps=["nsubj", "ROOT", "dobj", "aux", "xcomp", "cc", "conj", "dobj", "aux", "xcomp"],
              tags=["NNP", "VBD", "NNP", "TO", "VB", "CC", "VBD", "NNP", "TO", "VB"],
              pos=["PROPN", "VERB", "PROPN", "PART", "VERB", "CCONJ", "VERB", "PROPN", "PART", "VERB"])
    parse_repairs(doc)
    assert (doc[6].dep_, doc[6].head.i) == ("conj", 1)


@pytest.mark.parametrize("noun,moved", [("land", True), ("troops", False)])
def test_an_accusation_coordinated_with_a_relative_clause_on_a_thing_is_the_speakers(vocab, noun, moved):
    # "Chile said posts stood on <noun> that belonged to Peru and accused Bolivia": land accuses no one; troops may
    words = ["Chile", "said", "posts", "stood", "on", noun, "that", "belonged", "to", "Peru", "and", "accused", "Bolivia"]
    doc = Doc(vocab, words=words, heads=[1, 1, 3, 1, 3, 4, 7, 5, 7, 8, 7, 7, 11],
              deps=["nsubj", "ROOT", "nsubj", "ccomp", "prep", "pobj", "nsubj", "relcl", "prep", "pobj", "cc", "conj",
                    "dobj"],
              tags=["NNP", "VBD", "NNS", "VBD", "IN", "NN", "WDT", "VBD", "IN", "NNP", "CC", "VBD", "NNP"],
              pos=["PROPN", "VERB", "NOUN", "VERB", "ADP", "NOUN", "PRON", "VERB", "ADP", "PROPN", "CCONJ", "VERB", "PROPN"],
              lemmas=["Chile", "say", "post", "stand", "on", noun, "that", "belong", "to", "Peru", "and", "accuse", "Bolivia"])
    parse_repairs(doc)
    assert doc[11].head.i == (1 if moved else 7)


def test_a_name_the_ner_opened_with_a_hyphenated_titles_tail_starts_after_it(vocab):
    # "GCC Secretary-General Juan Mora met General Ana Ruiz and Director-General Luis Paz": the first name loses
    # "General", the second keeps it, the third, taken for an organisation, is a person
    words = ["GCC", "Secretary", "-", "General", "Juan", "Mora", "met", "General", "Ana", "Ruiz", "and", "Director", "-",
             "General", "Luis", "Paz"]
    doc = Doc(vocab, words=words, spaces=[True, False, False, True, True, True, True, True, True, True, True, False,
                                          False, True, True, False],
              ents=["B-IGO", "O", "O", "B-ORG", "I-ORG", "I-ORG", "O", "B-PERSON", "I-PERSON", "I-PERSON", "O", "O", "O",
                    "O", "B-ORG", "I-ORG"])
    title_tails(doc)
    assert [(e.text, e.label_) for e in doc.ents] == [
        ("GCC", "IGO"), ("Juan Mora", "PERSON"), ("General Ana Ruiz", "PERSON"), ("Luis Paz", "PERSON")]


def test_a_known_surname_after_other_given_names_or_hyphened_to_a_name_is_someone_else(vocab):
    words = ["Minister", "Ana", "Lucia", "Putin", "met", "Vladimir", "Putin", "and", "Putin", "-", "Bek", "Orlov", "."]
    doc = Doc(vocab, words=words, spaces=[True] * 8 + [False, False, True, False, False],
              pos=["PROPN"] * 4 + ["VERB", "PROPN", "PROPN", "CCONJ", "PROPN", "PUNCT", "PROPN", "PROPN", "PUNCT"],
              ents=["O", "B-PERSON", "I-PERSON", "B-Person", "O", "B-PERSON", "B-Person", "O", "B-Person", "O", "O",
                    "O", "O"])
    for i in (3, 6, 8):
        doc[i].ent_id_ = "vladimir-putin"
    name_joins(doc)
    assert [(e.text, e.label_, e.ent_id_) for e in doc.ents] == [
        ("Ana Lucia Putin", "PERSON", ""), ("Vladimir", "PERSON", ""), ("Putin", "Person", "vladimir-putin"),
        ("Putin-Bek Orlov", "PERSON", "")]


def test_a_possessed_body_whose_last_word_opens_a_hyphenated_modifier_is_split_from_its_possessor(vocab):
    doc = Doc(vocab, words=["Sudan", "'s", "army", "-", "backed", "government", "and", "Sudan", "'s", "army"],
              spaces=[False, True, False, False, True, True, True, False, True, False],
              ents=["B-GovernmentBody", "I-GovernmentBody", "I-GovernmentBody", "O", "O", "O", "O", "B-GovernmentBody",
                    "I-GovernmentBody", "I-GovernmentBody"])
    for t in doc:
        t.ent_id_ = "saf" if t.ent_type_ else ""
    name_guard(doc)
    assert [(e.text, e.label_, e.ent_id_) for e in doc.ents] == [
        ("Sudan", "State", "SDN"), ("army", "GovernmentBody", "saf"), ("Sudan's army", "GovernmentBody", "saf")]


def test_a_subject_after_a_coordinated_verb_that_says_nothing_is_its_object(vocab):
    # "Chile stages drills, warns Peru." / "Chile stages drills, says Peru.": only a verb with no clause is mended
    words = ["Chile", "stages", "drills", ",", "warns", "Peru", "."]
    doc = Doc(vocab, words=words, heads=[1, 1, 1, 1, 1, 4, 1],
              deps=["nsubj", "ROOT", "dobj", "punct", "conj", "nsubj", "punct"],
              tags=["NNP", "VBZ", "NNS", ",", "VBZ", "NNP", "."], lemmas=["Chile", "stage", "drill", ",", "warn", "Peru", "."])
    parse_repairs(doc)
    assert doc[5].dep_ == "dobj" and doc[5].head.i == 4
    said = Doc(vocab, words=["Chile", "left", ",", "said", "Peru", "to", "go"], heads=[1, 1, 1, 1, 3, 6, 3],
               deps=["nsubj", "ROOT", "punct", "conj", "nsubj", "aux", "ccomp"],
               tags=["NNP", "VBD", ",", "VBD", "NNP", "TO", "VB"])
    parse_repairs(said)
    assert said[4].dep_ == "nsubj"


def test_a_known_person_opening_a_thing_s_name_is_no_mention_of_the_person(vocab):
    doc = Doc(vocab, words=["the", "Putin", "Doctrine", "and", "the", "Putin", "government"],
              ents=["O", "B-Person", "O", "O", "O", "B-Person", "O"])
    for i in (1, 5):
        doc[i].ent_id_ = "vladimir-putin"
    name_guard(doc)
    assert [(e.text, e.start) for e in doc.ents] == [("Putin", 5)]


def test_a_state_that_opens_a_company_s_name_is_no_mention(vocab):
    # "sanctioned Iran Air and the Peru Air Force": a company word only as the name's last word
    words = ["sanctioned", "Iran", "Air", "and", "the", "Peru", "Air", "Force"]
    doc = Doc(vocab, words=words, ents=["O", "B-State", "O", "O", "O", "B-State", "O", "O"])
    name_guard(doc)
    assert [(e.text, e.start) for e in doc.ents] == [("Peru", 5)]


@pytest.mark.parametrize("verb,told", [("tell", True), ("hold", False)])
def test_a_that_clause_after_the_audience_of_telling_is_what_is_told(verb, told, vocab):
    # "X told a briefing that Peru should stop arming Chile" (but "held a briefing that ...": a relative clause)
    words = ["X", verb + "ed", "a", "briefing", "that", "Peru", "should", "stop", "arming", "Chile"]
    doc = Doc(vocab, words=words, heads=[1, 1, 3, 1, 7, 7, 7, 3, 7, 8],
              deps=["nsubj", "ROOT", "det", "dobj", "dobj", "nsubj", "aux", "relcl", "xcomp", "dobj"],
              tags=["NNP", "VBD", "DT", "NN", "WDT", "NNP", "MD", "VB", "VBG", "NNP"],
              lemmas=["X", verb, "a", "briefing", "that", "Peru", "should", "stop", "arm", "Chile"])
    parse_repairs(doc)
    assert (doc[7].head.i, doc[7].dep_, doc[4].dep_) == ((1, "ccomp", "mark") if told else (3, "relcl", "dobj"))


def test_a_place_inside_an_organisation_s_name_is_no_mention(vocab):
    # "the Centre for Arctic Policy" / "a Centre for Arctic": only before another capitalised word of the name
    words = ["the", "Centre", "for", "Arctic", "Policy", "and", "a", "Centre", "for", "Arctic"]
    doc = Doc(vocab, words=words, ents=["O", "O", "O", "B-Location", "O", "O", "O", "O", "O", "B-Location"])
    name_guard(doc)
    assert [(e.text, e.start) for e in doc.ents] == [("Arctic", 9)]


def test_an_organisation_s_name_cut_before_and_is_mended(vocab):
    # "the Centre for Memory and Dialogue said" / "the Centre for Memory and Peru": not into another entity
    words = ["the", "Centre", "for", "Memory", "and", "Dialogue", "said", ";", "the", "Centre", "for", "Memory", "and",
             "Peru"]
    doc = Doc(vocab, words=words, ents=["O", "B-ORG", "I-ORG", "I-ORG", "O", "O", "O", "O", "O", "B-ORG", "I-ORG",
                                        "I-ORG", "O", "B-State"])
    name_joins(doc)
    assert [e.text for e in doc.ents] == ["Centre for Memory and Dialogue", "Centre for Memory", "Peru"]


@pytest.mark.parametrize("prefix,kept", [("Inter", False), ("Latin", True)])
def test_a_demonym_glued_to_a_capitalised_prefix_is_part_of_a_name(prefix, kept, vocab):
    # "the Inter-American Dialogue" (but "Latin-American" keeps its demonym: no prefix)
    doc = Doc(vocab, words=["the", prefix, "-", "American", "Dialogue"], spaces=[True, False, False, True, False],
              ents=["O", "O", "O", "B-State", "O"])
    name_guard(doc)
    assert bool(doc.ents) is kept


def test_a_mission_s_name_takes_its_place_and_an_intergovernmental_name_opening_it_is_no_mention(vocab):
    # "the NATO Training Mission in Peru" / "NATO said": the mission is one name; NATO alone is NATO
    words = ["the", "NATO", "Training", "Mission", "in", "Peru", ";", "NATO", "said"]
    doc = Doc(vocab, words=words, ents=["O", "B-IGO", "O", "O", "O", "B-State", "O", "B-IGO", "O"])
    name_guard(doc)
    assert [e.text for e in doc.ents] == ["Peru", "NATO"]
    doc.ents = [Span(doc, 1, 4, label="ORG"), Span(doc, 5, 6, label="State"), Span(doc, 7, 8, label="IGO")]
    name_joins(doc)
    assert [e.text for e in doc.ents] == ["NATO Training Mission in Peru", "NATO"]


def test_a_past_verb_that_takes_an_object_and_has_none_is_a_headline_s_passive(vocab):
    # "Soto killed in Lima; Peru killed Soto": only the first is a passive
    words = ["Soto", "killed", "in", "Lima", ";", "Peru", "killed", "Soto"]
    doc = Doc(vocab, words=words, heads=[1, 1, 1, 2, 1, 6, 1, 6],
              deps=["nsubj", "ROOT", "prep", "pobj", "punct", "nsubj", "conj", "dobj"],
              tags=["NNP", "VBD", "IN", "NNP", ":", "NNP", "VBD", "NNP"], lemmas=[
                  "Soto", "kill", "in", "Lima", ";", "Peru", "kill", "Soto"])
    parse_repairs(doc)
    assert (doc[1].tag_, doc[0].dep_) == ("VBN", "nsubjpass")
    assert (doc[6].tag_, doc[5].dep_) == ("VBD", "nsubj")


def test_a_name_after_a_comma_closing_a_coordinated_noun_is_that_noun_s_apposition(vocab):
    # "Soto and his Peruvian counterpart, Mora, met" / "Soto and Peru's envoy met, Mora said": only the first
    words = ["Soto", "and", "his", "Peruvian", "counterpart", ",", "Mora", ",", "met"]
    doc = Doc(vocab, words=words, heads=[8, 0, 4, 4, 0, 0, 0, 0, 8],
              deps=["nsubj", "cc", "poss", "amod", "conj", "punct", "appos", "punct", "ROOT"],
              tags=["NNP", "CC", "PRP$", "JJ", "NN", ",", "NNP", ",", "VBD"],
              pos=["PROPN", "CCONJ", "PRON", "ADJ", "NOUN", "PUNCT", "PROPN", "PUNCT", "VERB"])
    parse_repairs(doc)
    assert (doc[6].head.i, doc[6].dep_) == (4, "appos")
    words = ["Soto", ",", "Mora", ",", "and", "his", "counterpart", "met"]
    doc = Doc(vocab, words=words, heads=[7, 0, 0, 0, 0, 6, 0, 7],
              deps=["nsubj", "punct", "appos", "punct", "cc", "poss", "conj", "ROOT"],
              tags=["NNP", ",", "NNP", ",", "CC", "PRP$", "NN", "VBD"],
              pos=["PROPN", "PUNCT", "PROPN", "PUNCT", "CCONJ", "PRON", "NOUN", "VERB"])
    parse_repairs(doc)
    assert doc[2].head.i == 0  # the apposition before the conjunct stays the first name's


def test_an_unknown_name_before_its_facility_noun_is_one_facility(vocab):
    # "stormed the Lerma monastery ; the Lerma power plant ; Lerma leaders": only a facility's kind joins the name
    words = ["stormed", "the", "Lerma", "monastery", ";", "the", "Lerma", "power", "plant", ";", "Lerma", "leaders"]
    doc = Doc(vocab, words=words, pos=["VERB", "DET", "PROPN", "NOUN", "PUNCT", "DET", "PROPN", "NOUN", "NOUN",
                                       "PUNCT", "PROPN", "NOUN"],
              lemmas=[w.lower() if w != "leaders" else "leader" for w in words],
              ents=["O", "O", "B-ORG", "O", "O", "O", "B-GPE", "O", "O", "O", "B-ORG", "O"])
    name_joins(doc)
    assert [(e.text, e.label_) for e in doc.ents] == [
        ("Lerma monastery", "FAC"), ("Lerma power plant", "FAC"), ("Lerma", "ORG")]


def test_a_with_right_after_a_border_is_the_border_s(vocab):
    # "held drills near its border with Peru": the parser hangs "with" on the verb
    words = ["held", "drills", "near", "its", "border", "with", "Peru"]
    doc = Doc(vocab, words=words, heads=[0, 0, 0, 4, 2, 0, 5], deps=["ROOT", "dobj", "prep", "poss", "pobj", "prep", "pobj"],
              lemmas=["hold", "drill", "near", "its", "border", "with", "Peru"])
    parse_repairs(doc)
    assert doc[5].head.i == 4


def test_a_gerund_after_a_reported_past_goes_with_the_gerund_that_reports_it(vocab):
    # "saying he had faced harassment and urging Peru to act": the sayer urges
    words = ["saying", "he", "had", "faced", "harassment", "and", "urging", "Peru", "to", "act"]
    doc = Doc(vocab, words=words, heads=[0, 3, 3, 0, 3, 3, 3, 6, 9, 6],
              deps=["ROOT", "nsubj", "aux", "ccomp", "dobj", "cc", "conj", "dobj", "aux", "xcomp"],
              tags=["VBG", "PRP", "VBD", "VBN", "NN", "CC", "VBG", "NNP", "TO", "VB"])
    parse_repairs(doc)
    assert doc[6].head.i == 0


def test_a_gerund_after_and_taken_for_an_adverbial_of_a_reported_past_goes_with_the_reporting_gerund(vocab):
    # "saying he had faced harassment since his election and urging Peru to act"
    words = ["saying", "he", "had", "faced", "harassment", "since", "his", "election", "and", "urging", "Peru"]
    doc = Doc(vocab, words=words, heads=[0, 3, 3, 0, 3, 3, 7, 5, 5, 3, 9],
              deps=["ROOT", "nsubj", "aux", "ccomp", "dobj", "prep", "poss", "pobj", "cc", "advcl", "dobj"],
              tags=["VBG", "PRP", "VBD", "VBN", "NN", "IN", "PRP$", "NN", "CC", "VBG", "NNP"])
    parse_repairs(doc)
    assert (doc[9].head.i, doc[9].dep_) == (0, "conj")


def test_an_adjective_ending_a_labelling_verbs_object_is_the_label(vocab):
    # "called Peru's closure of ports unacceptable ." / "called Peru's ports unsafe places": only a last adjective
    words = ["called", "Peru", "'s", "closure", "of", "ports", "unacceptable", "."]
    doc = Doc(vocab, words=words, heads=[0, 3, 1, 0, 3, 4, 5, 0],
              deps=["ROOT", "poss", "case", "dobj", "prep", "pobj", "amod", "punct"],
              lemmas=["call", "Peru", "'s", "closure", "of", "port", "unacceptable", "."],
              pos=["VERB", "PROPN", "PART", "NOUN", "ADP", "NOUN", "ADJ", "PUNCT"])
    parse_repairs(doc)
    assert (doc[6].head.i, doc[6].dep_) == (0, "oprd")
    words = ["visited", "Peru", "'s", "closure", "of", "ports", "unacceptable", "."]
    doc = Doc(vocab, words=words, heads=[0, 3, 1, 0, 3, 4, 5, 0],
              deps=["ROOT", "poss", "case", "dobj", "prep", "pobj", "amod", "punct"],
              lemmas=["visit", "Peru", "'s", "closure", "of", "port", "unacceptable", "."],
              pos=["VERB", "PROPN", "PART", "NOUN", "ADP", "NOUN", "ADJ", "PUNCT"])
    parse_repairs(doc)
    assert (doc[6].head.i, doc[6].dep_) == (5, "amod")  # no labelling verb: the noun's modifier


def test_a_second_object_past_a_conjunct_verb_with_none_is_the_conjuncts(vocab):
    # "blamed the row on Chile and turned down , for now , an offer": the offer is turned down
    words = ["blamed", "the", "row", "on", "Chile", "and", "turned", "down", ",", "for", "now", ",", "an", "offer"]
    doc = Doc(vocab, words=words, heads=[0, 2, 0, 0, 3, 0, 0, 6, 6, 6, 9, 13, 13, 0],
              deps=["ROOT", "det", "dobj", "prep", "pobj", "cc", "conj", "prt", "punct", "prep", "pcomp", "punct",
                    "det", "dobj"],
              pos=["VERB", "DET", "NOUN", "ADP", "PROPN", "CCONJ", "VERB", "ADP", "PUNCT", "ADP", "ADV", "PUNCT",
                   "DET", "NOUN"])
    parse_repairs(doc)
    assert doc[13].head.i == 6


def test_a_gapped_second_object_is_the_first_objects_conjunct_not_its_places(vocab):
    # "met Ana in Lima and Eva in Quito": Eva is met too; "met Ana in Lima and Quito": Quito is a place
    words = ["met", "Ana", "in", "Lima", "and", "Eva", "in", "Quito"]
    doc = Doc(vocab, words=words, heads=[0, 0, 0, 2, 3, 3, 0, 6],
              deps=["ROOT", "dobj", "prep", "pobj", "cc", "conj", "prep", "pobj"])
    parse_repairs(doc)
    assert doc[5].head.i == 1
    doc = Doc(vocab, words=["met", "Ana", "in", "Lima", "and", "Quito"], heads=[0, 0, 0, 2, 3, 3],
              deps=["ROOT", "dobj", "prep", "pobj", "cc", "conj"])
    parse_repairs(doc)
    assert doc[5].head.i == 3
    # "met Ana in Lima and Quito in May": a second place, the month no place of its own
    doc = Doc(vocab, words=["met", "Ana", "in", "Lima", "and", "Quito", "in", "May"], heads=[0, 0, 0, 2, 3, 3, 0, 6],
              deps=["ROOT", "dobj", "prep", "pobj", "cc", "conj", "prep", "pobj"],
              ents=["O", "B-PERSON", "O", "B-GPE", "O", "B-GPE", "O", "B-DATE"])
    parse_repairs(doc)
    assert doc[5].head.i == 3


def test_a_listed_name_right_before_a_reporting_verb_with_no_subject_is_its_subject(vocab):
    # "Chile expelled Peru's envoy, Ana Soto, minister Eva Ruiz said": Ruiz says, she is no second name of the envoy
    words = ["Chile", "expelled", "Peru", "'s", "envoy", ",", "Ana", "Soto", ",", "minister", "Eva", "Ruiz", "said",
             "."]
    heads = [1, 12, 4, 2, 1, 4, 7, 4, 7, 11, 11, 7, 12, 12]
    deps = ["nsubj", "ccomp", "poss", "case", "dobj", "punct", "compound", "appos", "punct", "compound", "compound",
            "conj", "ROOT", "punct"]
    ents = ["B-GPE", "O", "B-GPE", "O", "O", "O", "B-PERSON", "I-PERSON", "O", "O", "B-PERSON", "I-PERSON", "O", "O"]
    pos = ["PROPN", "VERB", "PROPN", "PART", "NOUN", "PUNCT", "PROPN", "PROPN", "PUNCT", "NOUN", "PROPN", "PROPN",
           "VERB", "PUNCT"]
    tags = ["NNP", "VBD", "NNP", "POS", "NN", ",", "NNP", "NNP", ",", "NN", "NNP", "NNP", "VBD", "."]
    lemmas = ["Chile", "expel", "Peru", "'s", "envoy", ",", "Ana", "Soto", ",", "minister", "Eva", "Ruiz", "say", "."]
    doc = parse_repairs(Doc(vocab, words=words, heads=heads, deps=deps, ents=ents, pos=pos, tags=tags, lemmas=lemmas))
    assert (doc[11].head.i, doc[11].dep_) == (12, "nsubj")
    # "... envoy, Ana Soto and Eva Ruiz said": a list with "and" is the list it says it is
    words[8], deps[8], pos[8], tags[8], lemmas[8], words[9], deps[9], pos[9], tags[9], lemmas[9] = (
        "and", "cc", "CCONJ", "CC", "and", "also", "advmod", "ADV", "RB", "also")
    doc = parse_repairs(Doc(vocab, words=words, heads=heads, deps=deps, ents=ents, pos=pos, tags=tags, lemmas=lemmas))
    assert (doc[11].head.i, doc[11].dep_) == (7, "conj")


def test_a_participle_after_a_while_clause_is_that_clauses(vocab):
    # "Chile cut ties, while Peru condemned the raid, calling it a crime": Peru calls it so
    def parsed(mark: str) -> Doc:
        words = ["Chile", "cut", "ties", ",", mark, "Peru", "condemned", "the", "raid", ",", "calling", "it", "a",
                 "crime", "."]
        return parse_repairs(Doc(
            vocab, words=words, heads=[1, 1, 1, 1, 6, 6, 1, 8, 6, 1, 1, 10, 13, 10, 1],
            deps=["nsubj", "ROOT", "dobj", "punct", "mark", "nsubj", "advcl", "det", "dobj", "punct", "advcl", "dobj",
                  "det", "oprd", "punct"],
            pos=["PROPN", "VERB", "NOUN", "PUNCT", "SCONJ", "PROPN", "VERB", "DET", "NOUN", "PUNCT", "VERB", "PRON",
                 "DET", "NOUN", "PUNCT"],
            tags=["NNP", "VBD", "NNS", ",", "IN", "NNP", "VBD", "DT", "NN", ",", "VBG", "PRP", "DT", "NN", "."]))
    assert parsed("while")[10].head.i == 6
    assert parsed("because")[10].head.i == 1  # a cause, no second actor's clause: the sentence's


def test_a_noun_summing_up_an_act_taken_for_a_second_object_is_the_first_ones_apposition(vocab):
    # "Chile annexed Arica , a move Peru condemned": the move sums up the clause; "sent troops , tanks": two objects
    def parsed(noun: str) -> Doc:
        words = ["Chile", "annexed", "Arica", ",", "a", noun, "Peru", "condemned", "."]
        return parse_repairs(Doc(vocab, words=words, heads=[1, 1, 1, 1, 5, 1, 7, 5, 1],
                                 deps=["nsubj", "ROOT", "dobj", "punct", "det", "dobj", "nsubj", "relcl", "punct"],
                                 lemmas=["Chile", "annex", "Arica", ",", "a", noun, "Peru", "condemn", "."]))
    assert (parsed("move")[5].head.i, parsed("move")[5].dep_) == (2, "appos")
    assert (parsed("port")[5].head.i, parsed("port")[5].dep_) == (1, "dobj")


def test_a_verb_after_a_clause_an_adjective_of_a_reported_clause_takes_is_the_reporters(vocab):
    # "Boric said he was glad that Soto was free and thanked Peru": Boric thanked
    words = ["Boric", "said", "he", "was", "glad", "that", "Soto", "was", "free", "and", "thanked", "Peru", "."]
    doc = parse_repairs(Doc(
        vocab, words=words, heads=[1, 1, 3, 1, 3, 7, 7, 4, 7, 7, 7, 10, 1],
        deps=["nsubj", "ROOT", "nsubj", "ccomp", "acomp", "mark", "nsubj", "ccomp", "acomp", "cc", "conj", "dobj",
              "punct"],
        pos=["PROPN", "VERB", "PRON", "AUX", "ADJ", "SCONJ", "PROPN", "AUX", "ADJ", "CCONJ", "VERB", "PROPN", "PUNCT"],
        tags=["NNP", "VBD", "PRP", "VBD", "JJ", "IN", "NNP", "VBD", "JJ", "CC", "VBD", "NNP", "."],
        lemmas=["Boric", "say", "he", "be", "glad", "that", "Soto", "be", "free", "and", "thank", "Peru", "."]))
    assert doc[10].head.i == 1


def test_a_base_form_verb_coordinated_into_a_relative_clause_is_the_base_form_verbs_above(vocab):
    # "that Peru pull troops out of areas that Chile claims as its own and abandon its bid": Peru abandons
    words = ["Chile", "demanded", "that", "Peru", "pull", "troops", "out", "of", "areas", "that", "Chile", "claims",
             "as", "its", "own", "and", "abandon", "its", "bid", "."]
    doc = parse_repairs(Doc(
        vocab, words=words, heads=[1, 1, 4, 4, 1, 4, 4, 6, 7, 11, 11, 8, 11, 14, 12, 14, 14, 18, 16, 1],
        deps=["nsubj", "ROOT", "mark", "nsubj", "ccomp", "dobj", "prep", "prep", "pobj", "dobj", "nsubj", "relcl",
              "prep", "poss", "pobj", "cc", "conj", "poss", "dobj", "punct"],
        pos=["PROPN", "VERB", "SCONJ", "PROPN", "VERB", "NOUN", "ADP", "ADP", "NOUN", "SCONJ", "PROPN", "VERB", "ADP",
             "PRON", "ADJ", "CCONJ", "VERB", "PRON", "NOUN", "PUNCT"],
        tags=["NNP", "VBD", "IN", "NNP", "VB", "NNS", "IN", "IN", "NNS", "IN", "NNP", "VBZ", "IN", "PRP$", "JJ", "CC",
              "VB", "PRP$", "NN", "."]))
    assert (doc[16].head.i, doc[16].dep_) == (4, "conj")


def test_a_name_right_before_a_gerund_with_no_subject_is_its_subject(vocab):
    # "in exchange for Lima normalising ties with Chile", the name taken for an adverbial
    words = ["in", "exchange", "for", "Lima", "normalising", "ties", "with", "Chile"]
    doc = parse_repairs(Doc(
        vocab, words=words, heads=[0, 0, 1, 4, 2, 4, 5, 6],
        deps=["ROOT", "pobj", "prep", "npadvmod", "pcomp", "dobj", "prep", "pobj"],
        pos=["ADP", "NOUN", "ADP", "PROPN", "VERB", "NOUN", "ADP", "PROPN"],
        tags=["IN", "NN", "IN", "NNP", "VBG", "NNS", "IN", "NNP"],
        ents=["O", "O", "O", "B-GPE", "O", "O", "O", "B-GPE"]))
    assert doc[3].dep_ == "nsubj"


def test_a_state_inside_a_partys_name_is_no_mention(vocab):
    # "the Save Peru Union" / "the Progressive Chile party" / "In January Peru joined": a name's head after the state
    words = ["the", "Save", "Peru", "Union", ",", "the", "Progressive", "Chile", "party", ";", "In", "January", "Peru",
             "joined"]
    doc = Doc(vocab, words=words, ents=["O", "O", "B-State", "O", "O", "O", "O", "B-State", "O", "O", "O", "B-DATE",
                                        "B-State", "O"])
    name_guard(doc)
    assert [(e.text, e.start) for e in doc.ents] == [("January", 11), ("Peru", 12)]
