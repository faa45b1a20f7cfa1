"""Parse repairs for slips of the small statistical model, each a pattern of tags and dependencies seen often in
news prose.

A plain function over a parsed ``Doc``; ``kg.nlp`` registers it as a pipeline component.
"""
from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from spacy.tokens import Doc, Token

from .extract import lexicon

DOUBLED = re.compile(r"([bdglmnprt])\1e$")  # "readmitte", "controlle": a doubled final consonant and a stray "e"
SHORT = re.compile(r"^[^aeiou]*[aeiou][^aeiouwxy]$")  # one syllable ending in one vowel and one consonant ("hop")


def parse_repairs(doc: Doc) -> Doc:
    """Mend the small model's slips that would hide arguments or triggers from every rule. Runs after the lemmatizer
    and the parser, before the statistical NER (the gazetteer's names are already marked):

    - a base-form "verb" made a modified argument is a noun ("rejected the US offer"), and so is a gerund with a
      compound before it ("missile warning data") or a bare gerund subject ("Fighting between X and Y erupted");
    - a base-form "verb" with no subject or object right after a possessed object is that object's head noun
      ("ending its fisheries dispute with X", the dispute parsed as a clause of its own);
    - a list of names the gazetteer knows, parsed as an apposition, is a coordination ("Mali, Burkina Faso and
      Niger": the second name apposed to the first, the third its conjunct);
    - a plural "noun" coordinated with a verb of the same form is a verb ("Iran arms and trains the Houthis");
    - a verb left loose in a list of verbs is their conjunct ("called X a butcher, suspended trade and said ...");
    - a name before a past main verb with no subject is its subject ("Turkey massed troops", taken for an adverbial),
      and so is one right before a gerund ("in exchange for Rabat normalising ties");
    - the lemmatizer's doubled consonant is undone ("readmitted": "readmitte", not "readmit"), and its dropped "e" put
      back ("hoped", "hopes": "hop", not "hope"; a short verb doubles its consonant, "hopped", "hops");
    - a "with" right after a noun of company or of a boundary is that noun's ("cut ties with X in solidarity with Y":
      not the ties; "drills near its border with X": no drills with X);
    - an "of" phrase hung on a rate is its quantity's ("1.5 million barrels a day of Iranian crude");
    - a target phrase hung on the bare noun of a manner phrase is the verb's ("opened fire without provocation on its
      posts"), and the noun is no gerund ("without warning");
    - a perfect coordinated with a reported clause of another form goes with the perfect that reports it ("X has said
      the jet was hit by Y and has accused Moscow");
    - what a free relative names is the object of the verb that takes it ("criticised what he called Beijing's
      campaign of coercion": the campaign);
    - a name after a noun and a comma, parsed as a second subject of a later verb, is the noun's apposition ("spoke
      with his counterparts, X and Y, on Friday, the ministry said");
    - a name right after a plural noun, parsed as an apposition of a word before, is the noun's ("sanctions on the
      Russian oil companies Rosneft and Lukoil");
    - a "to" clause or an adjective with its own subject under a verb with no object makes that subject the verb's
      object ("expected Honduras to take back ...", "will hold Iran responsible");
    - a reporting verb in the past with no subject, coordinated with a clause that another reports, is that
      reporter's ("X said the measures undermine Y and warned that it would ...": X warned);
    - a participle with an object after a comma, hung on the object before, is the clause's ("downgraded ties,
      expelling Cambodia's ambassador": Bangkok expels);
    - a past verb coordinated with an infinitive is the conjunct of the past verb above it ("asked the Council to
      convene a meeting and urged X to help": he urged);
    - a past verb of saying or accusing coordinated with a relative clause on a thing is the sentence's main verb's
      conjunct ("said the posts stood on land that belonged to X and accused Y": the speaker accused);
    - a "subject" after a coordinated verb that says nothing is its object ("Iran stages drills, warns Baku");
    - a "that" clause with its own subject and complement after the audience of a verb of telling is what is told,
      not a relative clause on the audience ("told a briefing that Washington should stop arming X");
    - a past verb that always takes an object (lexicon ``object_verbs``), with a subject and none, is a headline's
      passive ("Hamas leader Haniyeh killed in Tehran": Haniyeh was killed);
    - a name after a comma that closes a noun coordinated with another name is that noun's apposition ("X and his
      Chinese counterpart, Y": Y is the counterpart);
    - a gerund coordinated with a past verb that a gerund reports, or after "and" taken for that verb's adverbial, goes
      with the reporting gerund ("saying he had faced harassment and urging X to ...": the sayer urges);
    - an adjective after the object of a labelling verb that ends the phrase is the label ("called Iran's suspension
      of inspections unacceptable"), not a modifier of the noun before it;
    - a verb's second object, after a conjunct verb with none, is the conjunct's ("blamed the crisis on X and turned
      down, at least for now, an offer of help");
    - in a gapped list, a second object taken for the conjunct of the first one's place is the first object's
      conjunct ("met X in Berlin and Y in Paris");
    - a name after a comma, listed with the name before it, right before a reporting verb with no subject that
      reports the clause before, is that verb's subject ("... expelled Y's ambassador, Z, Secretary W said");
    - a participle after a comma that closes a "while" clause with its own subject is that clause's ("X said ...,
      while Y condemned the raid, calling it ...": Y calls it so, not X);
    - a noun that sums up an act, after a comma, taken for a second object of the verb, is the first object's
      apposition ("annexed Crimea in 2014, a move Ukraine condemned");
    - a base-form verb with no subject, coordinated with a word of a relative clause that is no verb, is the conjunct
      of the base-form verb above the clause ("that Ukraine pull its troops out of regions that Moscow claims as its
      own and abandon its bid": Ukraine abandons);
    - a past verb with no subject, coordinated with a clause an adjective of a reported clause takes, is the
      reporter's ("X said he was glad that Y was free and thanked Z": X thanked)."""
    syn = lexicon.table("syntax")
    for tok in doc:
        if tok.tag_ in {"VBD", "VBN", "VBG"} and DOUBLED.search(tok.lemma_):
            tok.lemma_ = DOUBLED.sub(r"\1", tok.lemma_)
        elif tok.tag_ in {"VBD", "VBN", "VBG", "VBZ"} and SHORT.match(tok.lemma_) and tok.lower_ in {
                tok.lemma_ + "ed", tok.lemma_ + "ing", tok.lemma_ + "es"}:
            tok.lemma_ += "e"  # "hoped", "hopes", "waged": one consonant, not doubled ("hopped"): the verb ends in "e"
        if (tok.tag_ in {"VB", "VBP"} and tok.dep_ in {"dobj", "pobj", "nsubj", "nsubjpass"}
                and any(c.dep_ in {"det", "poss", "compound", "amod"} for c in tok.lefts)
                and not any(c.dep_ in {"aux", "nsubj", "mark"} for c in tok.children)):
            tok.pos_, tok.tag_ = "NOUN", "NN"
        elif tok.tag_ == "VBG" and any(c.dep_ == "compound" for c in tok.lefts):  # "missile warning data"
            tok.pos_, tok.tag_ = "NOUN", "NN"
        elif (tok.tag_ in {"VB", "VBP"} and tok.i > 0 and (noun := doc[tok.i - 1]).pos_ == "NOUN"
              and noun.dep_ in {"dobj", "pobj"} and noun.head.i < noun.i and noun.head not in tok.subtree
              and any(c.dep_ == "poss" for c in noun.lefts)
              and not any(c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass", "mark", "dobj"} for c in tok.children)):
            tok.pos_, tok.tag_ = "NOUN", "NN"  # "ending its fisheries dispute with X": the dispute is the object,
            tok.head, tok.dep_ = noun.head, noun.dep_  # "fisheries" its compound
            for c in list(noun.lefts):
                c.head = tok
            noun.head, noun.dep_ = tok, "compound"
        elif (tok.tag_ == "VBG" and tok.dep_ in {"nsubj", "nsubjpass"}
              and not any(c.dep_ in {"aux", "nsubj", "dobj", "ccomp", "xcomp", "advmod"} for c in tok.children)):
            tok.pos_, tok.tag_ = "NOUN", "NN"  # "Fighting between X and Y erupted": the act, not a clause
        elif (tok.tag_ == "NNS" and tok.dep_ in {"ROOT", "relcl"} and not any(c.dep_ == "nsubj" for c in tok.children)
              and any(c.dep_ == "conj" and c.tag_ in {"VBZ", "VBD"} and not any(g.dep_ == "nsubj" for g in c.children)
                      for c in tok.children)
              and any((c.dep_ == "det" and c.tag_ == "WDT") or (c.dep_ == "compound" and c.ent_type_)
                      for c in tok.lefts)):  # "Iran arms and trains the Houthis", "which arms and trains ..."
            tok.pos_, tok.tag_ = "VERB", "VBZ"
            for c in tok.lefts:
                if (c.dep_ == "det" and c.tag_ == "WDT") or (c.dep_ == "compound" and c.ent_type_):
                    c.dep_ = "nsubj"
        elif (tok.dep_ == "dep" and tok.tag_ in {"VBD", "VBZ"} and tok.head.pos_ == "VERB" and tok.i > 0
              and doc[tok.i - 1].text == "," and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in tok.children)
              and any(c.dep_ == "cc" for c in tok.head.children)):
            tok.dep_ = "conj"  # "called X a butcher, suspended trade with Israel and said ...": a list of verbs
        elif (tok.dep_ == "npadvmod" and tok.ent_type_ and tok.pos_ == "PROPN" and tok.i < tok.head.i
              and tok.head.dep_ == "ROOT" and tok.head.tag_ == "VBD"
              and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in tok.head.children)):
            tok.dep_ = "nsubj"  # "Turkey massed troops", the name taken for an adverbial
        elif (tok.dep_ == "npadvmod" and tok.ent_type_ and tok.pos_ == "PROPN" and tok.head.i == tok.i + 1
              and tok.head.tag_ == "VBG" and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in tok.head.children)):
            tok.dep_ = "nsubj"  # "in exchange for Rabat normalising ties with X": Rabat normalises
        elif (tok.tag_ == "VBG" and tok.dep_ == "pcomp" and tok.head.lower_ in syn["manner_preps"]
              and not any(c.dep_ in {"dobj", "nsubj", "aux", "ccomp", "xcomp"} for c in tok.children)):
            tok.pos_, tok.tag_, tok.dep_ = "NOUN", "NN", "pobj"  # "without warning", not "without consulting X"
        elif (tok.dep_ == "appos" and tok.ent_type_ and tok.ent_type_ == tok.head.ent_type_ and tok.tag_ == "NNP"
              and tok.head.tag_ == "NNP" and any(c.dep_ == "cc" for c in tok.children)
              and any(c.dep_ == "conj" and c.ent_type_ == tok.ent_type_ for c in tok.children)):
            tok.dep_ = "conj"
        elif (tok.dep_ == "prep" and tok.lower_ == "with" and tok.i > 0 and tok.head.i != tok.i - 1
              and doc[tok.i - 1].lemma_.lower() in syn["company_nouns"] | syn["boundary_nouns"]
              and doc[tok.i - 1] not in tok.subtree):
            tok.head = doc[tok.i - 1]  # "cut ties with X in solidarity with Y": Y's is the solidarity, not the ties
            # ("held drills near its border with X": the border's, no drills with X)
        elif (tok.dep_ == "prep" and tok.lower_ == "of" and tok.head.dep_ == "npadvmod"
              and tok.head.lemma_.lower() in syn["rate_nouns"] and tok.head.head.pos_ == "NOUN"):
            tok.head = tok.head.head  # "1.5 million barrels a day of Iranian crude": the barrels' "of"
        elif (tok.dep_ == "prep" and tok.lower_ in syn["manner_targets"] and tok.head.dep_ == "pobj"
              and tok.head.pos_ == "NOUN"
              and tok.head.head.lower_ in syn["manner_preps"] and tok.head.head.head.pos_ == "VERB"
              and not any(c.dep_ in {"det", "poss"} for c in tok.head.children)):
            tok.head = tok.head.head.head
        elif (tok.dep_ == "conj" and tok.tag_ == "VBN" and tok.head.dep_ == "ccomp" and tok.head.head.tag_ == "VBN"
              and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in tok.children)
              and (own := {c.lower_ for c in tok.children if c.dep_ == "aux"})
              and own & {c.lower_ for c in tok.head.head.children if c.dep_ == "aux"}
              and not own & {c.lower_ for c in tok.head.children if c.dep_ in {"aux", "auxpass"}}):
            tok.head = tok.head.head  # "X has said the jet was hit ... and has accused Moscow": said and accused
        elif (tok.dep_ == "nsubj" and tok.tag_ == "NNP" and tok.left_edge.i >= 2
              and doc[tok.left_edge.i - 1].text == "," and doc[tok.left_edge.i - 2].pos_ == "NOUN"
              and any(c.dep_ == "nsubj" and c.i > tok.i for c in tok.head.children)):
            tok.head, tok.dep_ = doc[tok.left_edge.i - 2], "appos"  # "his counterparts, X and Y, early on Friday, the
            # ministry said": the names the noun's, not a second subject of "said"
        elif (tok.dep_ == "conj" and tok.head.dep_ == "ccomp" and tok.lemma_.lower() in syn["reporting_verbs"]
              and tok.head.head.lemma_.lower() in syn["reporting_verbs"] and tok.tag_ == tok.head.head.tag_ == "VBD"
              and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in tok.children)
              and any(c.dep_ == "ccomp" for c in tok.children)):
            tok.head = tok.head.head  # "X said the measures undermine Y and warned that it would ...": X warned
        elif (tok.dep_ == "ccomp" and tok.head.pos_ == "VERB" and (tok.tag_ == "VB" and any(
                c.dep_ == "aux" and c.lower_ == "to" and c.i < tok.i for c in tok.children) or tok.tag_ == "JJ")
              and not any(c.dep_ in {"dobj", "dative"} for c in tok.head.children)
              and (subject := next((c for c in tok.children if c.dep_ == "nsubj" and c.i < tok.i), None)) is not None):
            subject.head, subject.dep_ = tok.head, "dobj"  # "expected Honduras to take back ...", "will hold Iran
            tok.dep_ = "xcomp" if tok.tag_ == "VB" else "oprd"  # responsible": the subject is the verb's object
        elif (tok.dep_ == "appos" and tok.pos_ == "PROPN" and tok.ent_type_ and tok.i > 0
              and doc[tok.i - 1].tag_ == "NNS" and doc[tok.i - 1].pos_ == "NOUN" and tok.head.i < tok.i - 1
              and doc[tok.i - 1] in tok.head.subtree):
            tok.head = doc[tok.i - 1]  # "sanctions on the Russian oil companies Rosneft and Lukoil": the companies'
        elif (tok.dep_ == "oprd" and tok.head.dep_ == "ccomp" and tok.head.lemma_.lower() in syn["labelling_verbs"]
              and any(c.dep_ == "dobj" and c.lower_ == "what" for c in tok.head.children)
              and not any(c.dep_ == "dobj" for c in tok.head.head.children)):
            tok.head, tok.dep_ = tok.head.head, "dobj"  # "criticised what he called Beijing's campaign": the campaign
        elif (tok.dep_ == "acl" and tok.tag_ == "VBG" and tok.i > 0 and doc[tok.i - 1].text == ","
              and tok.head.dep_ == "dobj" and tok.head.head.pos_ == "VERB" and tok.lower_ not in syn["inclusion_marks"]
              and any(c.dep_ == "dobj" for c in tok.children)):
            tok.head, tok.dep_ = tok.head.head, "advcl"  # "downgraded ties, expelling Cambodia's ambassador": the
            # downgrader expels (not "killed ten people, including X")
        elif (tok.dep_ == "conj" and tok.tag_ == "VB" and tok.head.pos_ in {"ADJ", "NOUN", "PROPN"}
              and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in tok.children)
              and (verb := next((h for h in tok.head.ancestors if h.pos_ in {"VERB", "AUX"}), None)) is not None
              and verb.dep_ == "relcl"
              and (top := next((h for h in verb.ancestors if h.tag_ == "VB"), None)) is not None):
            tok.head = top  # "that Ukraine pull its troops out of regions that Moscow claims as its own and abandon its
            # bid": Ukraine abandons (not the relative clause's "own")
        elif (tok.dep_ == "conj" and tok.tag_ == "VBD" and tok.head.dep_ == "ccomp" and tok.head.head.dep_ == "acomp"
              and tok.head.head.head.dep_ == "ccomp" and (top := tok.head.head.head.head).tag_ == "VBD"
              and top.lemma_.lower() in syn["reporting_verbs"]
              and not any(c.dep_ in {"nsubj", "nsubjpass", "mark"} for c in tok.children)):
            tok.head = top  # "X said he was glad that Y was free and thanked Z": X thanked (not Y)
        elif (tok.dep_ == "conj" and tok.tag_ == "VBD" and tok.head.tag_ == "VB" and tok.head.dep_ in {"xcomp", "ccomp"}
              and tok.head.head.tag_ == "VBD" and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in tok.children)):
            tok.head = tok.head.head  # "asked the Council to convene a meeting and urged X to help": asked and urged
        elif (tok.dep_ == "conj" and tok.tag_ == "VBD" and tok.head.dep_ == "relcl"
              and tok.lemma_.lower() in syn["reporting_verbs"] | syn["accusing_verbs"]
              and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in tok.children)
              and any(c.dep_ == "nsubj" and c.tag_ in {"WDT", "WP"} for c in tok.head.children)
              and not tok.head.head.ent_type_ and tok.head.head.pos_ == "NOUN"
              and tok.head.head.lower_ not in lexicon.table("generic_actors")
              and (top := tok.head.head.sent.root).tag_ == "VBD" and top.i < tok.head.i
              and any(c.dep_ == "nsubj" for c in top.children)):
            tok.head = top  # "X said the posts stood on land that belonged to Y and accused Z": land accuses no one,
            # X does
        elif (tok.dep_ == "nsubj" and tok.i > tok.head.i and tok.head.dep_ == "conj" and tok.head.tag_ in {"VBZ", "VBD"}
              and not any(c.dep_ in {"dobj", "aux", "auxpass", "ccomp"} for c in tok.head.children)
              and any(c.dep_ == "nsubj" and c.i < tok.head.head.i for c in tok.head.head.children)):
            tok.dep_ = "dobj"  # "Iran stages drills, warns Baku and Yerevan": the shared subject warns them (a
            # reporter after its verb heads its own clause: "..., said Baku")
        elif (tok.tag_ == "VBD" and tok.lemma_.lower() in syn["object_verbs"]
              and any(c.dep_ == "nsubj" for c in tok.children)
              and not any(c.dep_ in {"dobj", "dative", "ccomp", "xcomp", "aux", "auxpass", "prt"} for c in tok.children)
              and (tok.i + 1 == len(doc) or doc[tok.i + 1].dep_ == "prep" or doc[tok.i + 1].is_punct)):
            tok.tag_ = "VBN"  # "Hamas leader Haniyeh killed in Tehran": a headline's passive, no killer
            for c in tok.children:
                c.dep_ = {"nsubj": "nsubjpass", "prep": "agent" if c.lower_ == "by" else "prep"}.get(c.dep_, c.dep_)
        elif (tok.dep_ == "relcl" and tok.head.dep_ == "dobj" and tok.head.head.lemma_.lower() in syn["audience_verbs"]
              and (that := doc[tok.left_edge.i]).lower_ == "that" and that.head == tok and that.dep_ != "nsubj"
              and any(c.dep_ == "nsubj" and c.i > that.i for c in tok.children)
              and any(c.dep_ in {"xcomp", "ccomp", "attr", "acomp", "prep", "dative", "oprd"}
                      or (c.dep_ == "dobj" and c != that) for c in tok.children)):
            tok.head, tok.dep_ = tok.head.head, "ccomp"  # "told a briefing that Washington should stop arming X":
            that.dep_ = "mark"  # what is told, not which briefing
        elif ((tok.dep_ == "conj" or (tok.dep_ == "advcl" and doc[tok.i - 1].lower_ == "and"))
              and tok.tag_ == "VBG" and tok.head.dep_ == "ccomp" and tok.head.tag_ in {"VBD", "VBN"}
              and tok.head.head.tag_ == "VBG" and not any(c.dep_ in {"nsubj", "aux"} for c in tok.children)):
            tok.head, tok.dep_ = tok.head.head, "conj"  # "saying he had faced harassment and urging X to ...": saying
            # and urging (the second gerund parsed as a conjunct or an adverbial of the reported verb)
        elif (tok.dep_ == "appos" and tok.pos_ == "PROPN" and tok.left_edge.i >= 2
              and doc[tok.left_edge.i - 1].text == "," and (noun := next(
                  (c for c in tok.head.children if c.dep_ == "conj" and c.pos_ == "NOUN"
                   and c.right_edge.i == tok.left_edge.i - 2), None)) is not None):
            tok.head = noun  # "X and his Chinese counterpart, Y": Y is the counterpart, not another name for X
        elif (tok.dep_ == "amod" and tok.pos_ == "ADJ" and tok.i > tok.head.i and tok.i == tok.head.right_edge.i
              and (tok.i + 1 == len(doc) or doc[tok.i + 1].pos_ in {"PUNCT", "CCONJ"})
              and (verb := _labelling(tok.head, syn)) is not None):
            tok.head, tok.dep_ = verb, "oprd"  # "called Iran's suspension of inspections unacceptable": the label
        elif (tok.dep_ == "dobj" and tok.head.pos_ == "VERB"
              and (verb := next((c for c in tok.head.children if c.dep_ == "conj" and c.pos_ == "VERB" and c.i < tok.i
                                 and not any(o.dep_ == "dobj" for o in c.children)), None)) is not None
              and any(c.dep_ == "dobj" and c.i < verb.i for c in tok.head.children)):
            tok.head = verb  # "blamed the crisis on X and turned down, for now, an offer of help": the offer is turned
            # down (a second object hung past the conjunct on the first verb)
        elif (tok.dep_ == "conj" and tok.head.dep_ == "pobj" and (prep := tok.head.head).dep_ == "prep"
              and (not tok.ent_type_ or tok.ent_type_ != tok.head.ent_type_)
              and (obj := next((c for c in prep.head.children if c.dep_ == "dobj" and c.i < prep.i), None)) is not None
              and any(p.dep_ == "prep" and p.lower_ == prep.lower_ and p.i > tok.i
                      and any(o.ent_type_ == tok.head.ent_type_ for o in p.children if o.dep_ == "pobj")
                      for p in prep.head.children)):
            tok.head = obj  # "met X in Berlin and Y in Paris": Y is met too, in a place of its own (not "met X in
            # Berlin and Paris in May")
        elif (tok.dep_ in {"conj", "appos"} and tok.pos_ == "PROPN" and tok.ent_type_ and tok.left_edge.i > 0
              and doc[tok.left_edge.i - 1].text == "," and not any(c.dep_ == "cc" for c in tok.head.children)
              and not any(c.dep_ in {"conj", "appos"} for c in tok.children)
              and tok.right_edge.i + 1 < len(doc) and (verb := doc[tok.right_edge.i + 1]).tag_ in {"VBD", "VBZ"}
              and verb.lemma_.lower() in syn["reporting_verbs"]
              and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)
              and any(c.dep_ == "ccomp" and c.i < tok.i and tok in c.subtree for c in verb.children)):
            tok.head, tok.dep_ = verb, "nsubj"  # "X expelled Y's ambassador, Z, Secretary of State W said": W says,
            # and is no second name of the ambassador
        elif (tok.dep_ == "advcl" and tok.tag_ == "VBG" and tok.i > 0 and doc[tok.i - 1].text == ","
              and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in tok.children)
              and (near := next((w for w in tok.head.subtree if w.dep_ == "advcl" and w.pos_ == "VERB"
                                 and w.i < tok.i <= w.right_edge.i + 3 and tok not in w.subtree
                                 and any(c.dep_ == "nsubj" for c in w.children)
                                 and any(c.dep_ == "mark" and c.lower_ in syn["contrast_marks"] for c in w.children)),
                                None)) is not None):
            tok.head = near  # "X said it would cut ties, while Y condemned the raid, calling it ...": Y calls it
        elif (tok.dep_ == "dobj" and tok.lemma_.lower() in syn["act_summary_nouns"] and tok.left_edge.i > 0
              and doc[tok.left_edge.i - 1].text == ","
              and (first := next((c for c in tok.head.children if c.dep_ == "dobj" and c.i < tok.i),
                                 None)) is not None):
            tok.head, tok.dep_ = first, "appos"  # "annexed Crimea, a move Ukraine condemned": the move sums up the
            # clause, no second thing annexed
    return doc


def _labelling(noun: Token, syn: Mapping[str, Any]) -> Token | None:
    """The labelling verb ("called", "branded") whose object's phrase ends in ``noun``, if it has no label yet."""
    while noun.dep_ in {"pobj", "prep"} and noun.head.i != noun.i:
        noun = noun.head
    verb = noun.head
    if noun.dep_ != "dobj" or verb.lemma_.lower() not in syn["labelling_verbs"] or any(
            c.dep_ in {"oprd", "xcomp", "ccomp", "acomp"} for c in verb.children):
        return None
    return verb
