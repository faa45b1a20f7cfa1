"""Which tokens trigger a relation: lemmas, phrasal verbs and multiword nouns listed in the ontology."""
from __future__ import annotations

from collections.abc import Iterator, Mapping

from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

from .clauses import staged, staged_objects
from .lexicon import table


def _predicted(verb: Token) -> bool:
    """Is this "expect X to" a forecast, not a call: negated, or said of a person ("she does not expect Russia to
    challenge ...", "he expects Washington to pull back"; but "the Kremlin expected Baku to explain", "we expect")?"""
    syn = table("syntax")
    if verb.lemma_.lower() not in syn["prediction_verbs"]:
        return False
    personal = syn["third_person_person"] | syn["first_person_singular"]
    return any(c.dep_ == "neg" for c in verb.children) or any(
        c.dep_ == "nsubj" and (c.ent_type_ in {"PERSON", "Person"} or c.lower_ in personal) for c in verb.children)


def trigger_of(tok: Token, index: Mapping[str, Mapping[str, str]]) -> tuple[str, str, str | None] | None:
    """(relation, kind, preposition of a phrasal trigger) when ``tok`` is a trigger word.

    Multiword triggers are tried first: verb + preposition + noun ("put on alert", "took into custody"), verb +
    particle + object ("broke off talks"), verb + particle or preposition ("call on"), verb + object
    ("cut ties", or with the object's modifier or a conjunct: "sent peacekeeping troops", "traded drone and artillery
    fire"), verb + the object's complement ("held X responsible") or a complement clause ("ordered the diplomats to
    leave"), modifier + noun ("air strike"), noun + the kind its "of" phrase names ("the sale of jets" as "weapon
    sale"), noun + the noun a phrase on it names, read as a compound ("curbs on exports" as "export curb": see
    ``compounded``), noun + preposition ("campaign against"), a predicate
    adjective + preposition, listed with the verbs ("is concerned about", "is critical of"), and a participle +
    "by" ("was appalled by", phrasal "by": the one appalled judges whoever the "by" phrase names).
    """
    lemma = tok.lemma_.lower()
    syn = table("syntax")
    detached = syn["detached_preps"]
    if tok.pos_ in {"VERB", "AUX"} or (tok.pos_ != "NOUN" and tok.tag_.startswith("VB")):
        if any(c.dep_ in {"advmod", "prt"} and c.lower_ in syn["onward_particles"] for c in tok.children):
            return None  # "pressing ahead with the pact": going on with it, no appeal
        if any(c.dep_ == "dobj" and c.lemma_.lower() in syn["figurative_objects"] for c in tok.children):
            return None  # "struck a cautious tone", "struck a balance between X and Y": no blow
        if any(f"{lemma} {p.lower_}" in syn["idle_phrases"] or f"{lemma} {p.lower_} {o.lemma_.lower()}" in syn["idle_phrases"]
               for p in tok.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"):
            return None  # "signed into law a bill passed by parliament": no agreement with parliament; "seized on"
        relative = tok.head if tok.dep_ in {"acl", "relcl"} and not any(c.dep_ == "dobj" for c in tok.children) \
            else None  # "a statement released by X", "the grid it shares with X": the noun is the object
        if any(c.lemma_.lower() in syn["idle_objects"].get(lemma, ()) for c in
               [c for c in tok.children if c.dep_ == "dobj"] + ([relative] if relative is not None else [])):
            return None  # "shares a 7,600-km border with X": no intelligence shared
        if lemma in syn["striving_verbs"] and not any(c.dep_ in {"dobj", "dative", "prep"} and c.pos_ != "SCONJ"
                                                      for c in tok.children) \
                and any(c.dep_ == "xcomp" and any(a.tag_ == "TO" for a in c.children) for c in tok.children):
            return None  # "sought to undermine its efforts": an aim of one's own (the act aimed at is read), no appeal
        if tok.dep_ == "relcl" and not any(c.dep_ in {"dobj", "nsubjpass"} for c in tok.children) and any(
                c.dep_ == "nsubj" and c.tag_ not in {"WDT", "WP"} and c.lower_ != "that" for c in tok.children):
            if f"{lemma} {tok.head.lemma_.lower()}" in index["verb"]:  # "any agreement Nauru strikes with X": the
                return index["verb"][f"{lemma} {tok.head.lemma_.lower()}"], "verb", None  # noun is its object
        for child in tok.children:
            if child.dep_ in {"prt", "prep"} or child.tag_ == "RP":  # "shot down" with "down" taken for an adverb
                # "placed its army on alert": verb + preposition + noun; "broke off talks": verb + particle + object
                for o in [c for c in child.children if c.dep_ == "pobj"] + [c for c in tok.children if c.dep_ == "dobj"]:
                    if f"{lemma} {child.lower_} {o.lemma_.lower()}" in index["verb"]:
                        return index["verb"][f"{lemma} {child.lower_} {o.lemma_.lower()}"], "verb", None
                    kind = next((k for k in syn["object_kinds"] if of_kind(o, k)
                                 and f"{lemma} {child.lower_} {k}" in index["verb"]), None)  # "handed over patrol
                    if kind:  # boats": "hand over weapon"
                        return index["verb"][f"{lemma} {child.lower_} {kind}"], "verb", None
                phrase = f"{lemma} {child.lower_}"
                if child.dep_ == "prep" and any(o.ent_type_ in {"DATE", "TIME"} for o in child.children):
                    continue  # "called Netanyahu on Sunday": a time, no "call on"
                visit = syn["visit_phrasals"].get(phrase)
                if visit in index["verb"] and _visited(tok, child, index.get("title", {})):
                    # "later called on Hun Sen", "called on the envoy": a visit
                    return index["verb"][visit], "verb", child.lower_
                if phrase in index["verb"]:  # ("escorted the vessel out of the zone": "out" opens no target)
                    opens = child.dep_ == "prep" and any(c.dep_ == "pobj" for c in child.children)
                    return index["verb"][phrase], "verb", child.lower_ if opens else None
            elif child.dep_ == "agent" and f"{tok.lower_} by" in index["verb"]:  # "was appalled by": a judgement
                return index["verb"][f"{tok.lower_} by"], "verb", "by"
            elif child.dep_ == "oprd" and child.pos_ == "ADJ" and f"{lemma} {child.lemma_.lower()}" in index["verb"]:
                return index["verb"][f"{lemma} {child.lemma_.lower()}"], "verb", None  # "held X responsible"
            elif child.dep_ in {"dobj", "attr"}:
                obj = child.lemma_.lower()
                for m in child.children:  # "sent peacekeeping troops": verb + modifier + object
                    if m.dep_ in {"amod", "compound"} and f"{lemma} {m.lemma_.lower()} {obj}" in index["verb"]:
                        return index["verb"][f"{lemma} {m.lemma_.lower()} {obj}"], "verb", None
                    if m.dep_ == "amod" and m.i > child.i and f"{lemma} {m.lemma_.lower()}" in index["verb"]:
                        return index["verb"][f"{lemma} {m.lemma_.lower()}"], "verb", None  # "held X responsible"
                for o in (child, *child.conjuncts):  # ("traded drone, missile and artillery fire": "trade fire")
                    if f"{lemma} {o.lemma_.lower()}" in syn["bare_idioms"] and any(
                            m.dep_ in {"det", "poss", "amod", "compound", "nmod"} for m in o.children):
                        continue  # "joined Greek forces in drills": those forces, no "joined forces"
                    if f"{lemma} {o.lemma_.lower()}" in index["verb"]:
                        return index["verb"][f"{lemma} {o.lemma_.lower()}"], "verb", None
                for m in (m for m in child.children if m.dep_ == "compound" and m.i < child.i):
                    if f"{lemma} {m.lemma_.lower()}" in index["verb"]:  # "shut its last crossing point": "shut
                        return index["verb"][f"{lemma} {m.lemma_.lower()}"], "verb", None  # crossing"
                for state in kept_state(tok):  # "kept its border with X closed": "close border"
                    if f"{state.lemma_.lower()} {obj}" in index["verb"]:
                        return index["verb"][f"{state.lemma_.lower()} {obj}"], "verb", None
                # "sent drones to X": "send weapon" ("using drones against X": the means)
                held = [o for p in child.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                        if o.dep_ == "pobj"] if child.lemma_.lower() in syn["cargo_nouns"] else []
                for kind in syn["object_kinds"] if lemma not in syn["instrument_verbs"] else ():
                    if any(of_kind(o, kind) for o in (child, *held)) and f"{lemma} {kind}" in index["verb"]:
                        return index["verb"][f"{lemma} {kind}"], "verb", None  # ("10,000 containers of munitions")
        if f"{lemma} deadline" in index["verb"] and _deadline(tok):  # "gave France a month to withdraw": an order
            return index["verb"][f"{lemma} deadline"], "verb", None
        for clause in (c for c in tok.children if c.dep_ == "xcomp"):  # "ordered the diplomats to leave": verb + verb
            if any(c.dep_ == "dobj" and c.pos_ == "NOUN" for c in tok.children) \
                    and f"{lemma} {clause.lemma_.lower()}" in index["verb"]:  # (people sent away, not "ordered Peru to")
                return index["verb"][f"{lemma} {clause.lemma_.lower()}"], "verb", None
            if any(c.dep_ == "dobj" for c in tok.children) and any(c.dep_ == "aux" and c.lower_ == "to"
                                                                   for c in clause.children) \
                    and f"{lemma} ... to" in index["verb"] and not _predicted(tok):  # "told Israel to halt": verb +
                return index["verb"][f"{lemma} ... to"], "verb", None  # object + "to" clause
        for clause in (c for c in tok.children if c.dep_ == "advcl"):  # "called for Pyongyang to withdraw": the "for"
            for mark in clause.children:  # taken for the clause's mark
                if mark.dep_ == "mark" and mark.i < clause.i and f"{lemma} {mark.lower_}" in index["verb"]:
                    return index["verb"][f"{lemma} {mark.lower_}"], "verb", None
        for obj in (o for c in tok.children if c.dep_ == "dobj" for o in (c, *c.conjuncts)):  # "freed the town from
            for prep in obj.children:  # X": the "from" hung on the object ("launched missiles and drones at X")
                phrase = f"{lemma} {prep.lower_}"
                if prep.dep_ == "prep" and (prep.lower_ in detached or phrase in syn["detached_phrasals"]) \
                        and phrase in index["verb"]:
                    return index["verb"][phrase], "verb", prep.lower_
        if lemma in index["verb"]:
            return index["verb"][lemma], "verb", None
    elif tok.pos_ == "ADJ" and tok.dep_ == "acomp":  # "is concerned about", "is critical of": adjective + preposition
        for child in tok.children:  # ("was concerned by X": the "by" parsed as an agent)
            if child.dep_ in {"prep", "agent"} and f"{lemma} {child.lower_}" in index["verb"]:
                return index["verb"][f"{lemma} {child.lower_}"], "verb", child.lower_
    elif tok.pos_ in {"NOUN", "PROPN"}:
        head = tok.head.lemma_.lower()
        if tok.dep_ in {"compound", "amod"} and f"{lemma} {head}" in index["noun"]:
            return None  # "war" in "war games": the phrase's head carries the trigger
        if tok.dep_ == "compound" and tok.head.pos_ == "NOUN" and (head in index["noun"] or any(
                c.dep_ == "prep" and f"{head} {c.lower_}" in index["noun"] for c in tok.head.children)):
            return None  # "cooperation" in "a cooperation agreement", "genocide" in "a genocide case against X": the
            # head is the event
        if tok.dep_ == "compound" and tok.head.lower_ in table("generic_actors"):
            return None  # "opposition figures", "protest leaders": who they are, not an act
        if tok.dep_ in {"compound", "amod"} and tok.head.lower_ in syn["weapon_nouns"]:
            return None  # "attack helicopters", "strike drones": a kind of weapon, not an act
        if tok.dep_ in {"compound", "amod"} and tok.head.lower_ in syn["apparatus_nouns"]:
            return None  # "missile warning data", "strike capability": a kind of thing, not an act
        if lemma in syn["return_nouns"] and tok.dep_ == "pobj" and tok.head.lower_ == "in" \
                and any(c.dep_ == "prep" and c.lower_ == "for" for c in tok.children):
            return None  # "released in exchange for prisoners": the terms of a deal, no exchange of its own
        if tok.dep_ == "pobj" and tok.head.lower_ == "of" and not any(True for _ in tok.children) \
                and tok.head.head.lower_ in table("generic_actors"):
            return None  # "prisoners of war", "victims of terrorism": a kind of people, no act
        if lemma in syn["part_nouns"] and tok.dep_ == "pobj" and tok.head.lower_ in syn["place_preps"]:
            return None  # "staying at a separate part of an air base": a place, no membership
        if tok.dep_ == "pobj" and tok.head.lower_ in syn["manner_preps"] and not any(
                c.dep_ in {"det", "poss"} for c in tok.children):
            return None  # "opened fire without warning": how it was done, no act
        if staged(tok):  # "held drills with X": the "with" hung on the verb
            for prep in (c for c in tok.head.children if c.dep_ == "prep" and f"{lemma} {c.lower_}" in index["noun"]):
                return index["noun"][f"{lemma} {prep.lower_}"], "noun", None
        for child in tok.children:  # "a campaign against", "a military exercise with" (before "military exercise")
            if child.dep_ == "prep" and f"{lemma} {child.lower_}" in index["noun"]:
                return index["noun"][f"{lemma} {child.lower_}"], "noun", None
        for child in tok.children:
            for c in (child, *child.conjuncts) if child.dep_ in {"compound", "amod", "nmod"} else ():
                if f"{c.lemma_.lower()} {lemma}" in index["noun"]:  # "rocket fire", "artillery and rocket fire"
                    return index["noun"][f"{c.lemma_.lower()} {lemma}"], "noun", None
        goods = [w for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                 if o.dep_ == "pobj" for w in (o, *(c for c in o.children if c.dep_ in {"compound", "amod"}))]
        for kind, words in syn["object_kinds"].items() if goods else ():  # "the sale of F-16 jets" as "weapon sale"
            if f"{kind} {lemma}" in index["noun"] and any(w.lower_ in syn[words] for w in goods):
                return index["noun"][f"{kind} {lemma}"], "noun", None
        folded = compounded(tok, index)
        if folded is not None:  # "curbs on exports" as "export curbs"
            return index["noun"][f"{folded.lemma_.lower()} {lemma}"], "noun", None
        for key in (lemma, tok.lower_):
            if key in index["noun"]:
                return index["noun"][key], "noun", None
    return None


def compounded(tok: Token, index: Mapping[str, Mapping[str, str]]) -> Token | None:
    """The noun of a phrase on the noun ``tok`` that makes it a trigger as its compound would ("curbs on exports" as
    "export curbs", "an exchange of fire" as "fire exchange": the lexicon's ``compound_preps``), else None."""
    for o in staged_objects(tok, table("syntax")["compound_preps"]):  # ("imposed curbs on exports")
        if f"{o.lemma_.lower()} {tok.lemma_.lower()}" in index["noun"]:
            return o
    return None


def kept_state(tok: Token) -> list[Token]:
    """The state a keeping verb holds its object in ("kept its border closed": closed); the act is done already, and
    "will keep it closed" promises no new one."""
    if tok.lemma_.lower() not in table("syntax")["keeping_verbs"]:
        return []
    objs = [c.i for c in tok.children if c.dep_ == "dobj"]
    return [c for c in tok.children
            if c.dep_ in {"oprd", "xcomp"} and objs and c.i > objs[0] and c.tag_ in {"VBN", "VBD", "JJ"}]


def _visited(verb: Token, prep: Token, titles: Mapping[str, str]) -> bool:
    """Does ``prep`` name only people, by name or by a definite title among ``titles``, the verb asks nothing of
    ("later called on Hun Sen", "called on the envoy": a visit, not "called on X to halt" or "called on X for
    restraint")?"""
    people = [o for o in prep.children if o.dep_ == "pobj"]
    return bool(people) and all(o.ent_type_ in {"PERSON", "Person"} or (o.lemma_.lower() in titles and any(
        c.dep_ == "det" and c.lower_ == "the" for c in o.children)) for o in people) and not any(
        c.dep_ in {"xcomp", "ccomp", "advcl"} or (c.dep_ == "prep" and c.lower_ == "for") for c in verb.children) \
        and not any(c.dep_ in {"acl", "relcl", "prep"} for o in people for c in o.children)


def _deadline(verb: Token) -> bool:
    """Does ``verb`` give a named actor a span of time to do something ("gave France one month to withdraw"): the
    name, a time as its object or a bare adverbial, and a "to" clause? (Not "gave the ambassador 48 hours to leave".)"""
    span = next((c for c in verb.children if c.dep_ in {"dobj", "npadvmod"} and (
        c.ent_type_ in {"DATE", "TIME"} or c.lemma_.lower() in table("syntax")["span_nouns"])), None)
    return span is not None and any(c.dep_ in {"dative", "dobj"} and c.i < span.i and c.pos_ == "PROPN"
                                    for c in verb.children) and any(  # (people given time to leave are expelled)
        any(a.tag_ == "TO" for a in c.children) for c in (*verb.children, *span.children)
        if c.dep_ in {"xcomp", "advcl", "relcl", "acl"})  # (the clause hung on the verb or on the span)


def of_kind(tok: Token, kind: str) -> bool:
    """Does ``tok`` name a thing of ``kind``, a key of the lexicon's ``object_kinds`` ("send weapon", "receive
    commodity"), by its form, its lemma or its entity label ("left ECOWAS": "leave grouping")?"""
    words = table("syntax")[table("syntax")["object_kinds"][kind]]
    return tok.lower_ in words or tok.lemma_.lower() in words or tok.ent_type_ in words


def traded(tok: Token) -> bool:
    """Does the act ``tok`` moves a commodity (lexicon ``commodity_nouns``, not ``generic_goods``): "supplies 12 billion
    cubic metres of gas to the EU", "deliveries of oil", "LNG shipments" (not "delivered $50,000 worth of goods")? What
    a verb takes as object, or an act noun in its "of" phrase or as a compound."""
    objects = [c for c in tok.children if c.dep_ == ("dobj" if tok.pos_ in {"VERB", "AUX"} else "compound")]
    goods = objects + [o for g in (*objects, tok) for p in g.children if p.dep_ == "prep" and p.lower_ == "of"
                       for o in p.children if o.dep_ == "pobj"]
    syn = table("syntax")
    return any(g.lemma_.lower() in syn["commodity_nouns"] - syn["generic_goods"] for g in goods)


def trigger_keys(index: Mapping[str, Mapping[str, str]]) -> frozenset[int]:
    """String ids of every word that can start (or, for nouns, end) a trigger, or carry one; compute once per
    ontology."""
    words = {w.split()[0] for kind in ("verb", "noun") for w in index[kind]} | {w.split()[-1] for w in index["noun"]}
    words |= set(table("syntax")["keeping_verbs"])  # "kept its border closed" carries the trigger "close border"
    return frozenset(get_string_id(w) for w in words)


def maybe_triggers(doc: Doc, keys: frozenset[int]) -> Iterator[Token]:
    """Tokens whose lemma or lower-case form is one of ``keys``, found without building every Token."""
    for i, (lemma, lower) in enumerate(doc.to_array(["LEMMA", "LOWER"]).tolist()):
        if lemma in keys or lower in keys:
            yield doc[i]
