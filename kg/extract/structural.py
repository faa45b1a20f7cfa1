"""Structural relations the titles do not give: members named for a group, the body a group comes from,
assignments to a body, fellows of a group, who runs a field at a body, a person's government, possessives on
named weapons and installations, and who leads only a part of what a leadership verb names.

"the coalition, including X" → memberOf(X, coalition); "airmen from the 18th Wing" → memberOf(airmen, wing);
"pressed fellow OPEC+ producers" and "directs the trade programme at X" make members;
"Iran's Fordow site" → possesses(Iran, Fordow); "the three European countries, known as the E3" make members.
Titles are read in ``titles``.
"""
from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from ..model import Mention
from ..resolve import INSTALLATION, NAMED, PERSON
from .arguments import PLACE, THINGS, Arguments
from .clauses import subjects
from .lexicon import table
from .members import member_tokens
from .offices import leads, seat
from .relations import Candidate

NO_BODY = frozenset({"State", PERSON, PLACE, *THINGS})  # classes that are no body one is assigned to or a fellow of


def leads_part(trigger: Token, whole: Mention) -> bool:
    """Does a leadership verb lead a part of a state or group rather than the whole: "a US delegation led by X",
    "the US delegation was led by X",
    "Russian troops led by General Y", "a Hamas delegation led by X" (members of it: lexicon ``led_parts``; of a
    state anything but ``led_wholes``: "the junta led by X" and "led the country" lead it). A part that is itself the
    ``whole`` led ("an interagency delegation led by X") is led."""
    syn = table("syntax")
    led = [trigger.head] if trigger.dep_ == "acl" else [c for c in trigger.children if c.dep_ in {"dobj", "nsubjpass"}]
    return trigger.pos_ == "VERB" and any(t.pos_ == "NOUN" and not whole.start <= t.idx < whole.end and (
        t.lemma_.lower() in syn["led_parts"] or (whole.cls == "State" and t.lemma_.lower() not in syn["led_wholes"]))
        for t in led)


def inclusions(args: Arguments, relation: str) -> Iterator[Candidate]:
    """``relation`` (membership) from each member to a group that is itself an actor ("the coalition, including X")."""
    marks = args.having({m.split()[-1] for m in table("syntax")["inclusion_marks"]})  # "including", "notably", "as"
    for tok in sorted({m.head.head if m.dep_ == "advmod" else m.head for m in marks}, key=lambda t: t.i):
        parts = member_tokens(tok) if tok.pos_ in {"NOUN", "PROPN"} else []
        owners = {a[1] for c in tok.children if c.dep_ == "poss" for a in args.actors(c, expand=False)} \
            if parts else set()
        # the group's own mention, or an organisation it belongs to ("Hezbollah fighters, including X"), not a state
        # ("Russian banks, including X" are no members of Russia)
        wholes = [w for w in args.actors(tok, expand=False) if w[0].cls not in THINGS
                  and (w[0].start <= tok.idx < w[0].end or w[0].cls != "State")
                  and (tok.lower_ in args.generic or w[1] not in owners)  # ("its blacklist, including X": a list,
                  # no body of its owner's)
                  and not (w[0].start <= tok.idx < w[0].end and tok.lower_ in table("syntax")["description_nouns"])
                  and not (w[0].source == "generic" and any(c.dep_ == "nummod" for c in tok.children))
                  and not (w[0].actor_id is None and w[0].start <= tok.idx < w[0].end
                           and tok.lemma_.lower() in table("syntax")["relational_nouns"] and not any(
                               c.dep_ in {"poss", "compound", "amod", "nmod", "det"} for c in tok.children))
                  ] if parts else []  # (nor a kind of state the NER took for a body: "landlocked Sahel states"; nor a
        # counted set of groups no name makes one: "eight Latin American criminal groups, including X"; nor bare
        # "allies", a relation no body holds: "assets from allies including X", but "coalition partners, including X")
        for whole in wholes:
            for part in (a for p in parts for a in args.actors(p, expand=False)):
                if part[1] != whole[1] and part[0].cls not in THINGS:
                    yield Candidate(relation, part, whole, parts[0], "inclusion", 0.7)


def origins(args: Arguments, relation: str) -> Iterator[Candidate]:
    """``relation`` (membership) from a group of people to the body they come from ("airmen from the 18th Wing",
    "diplomats from the EU"); not to a state ("refugees from Syria" belong to no government) nor from weapons."""
    for tok in sorted({p.head for p in args.having({"from"})}, key=lambda t: t.i):
        if tok.pos_ != "NOUN" or args.generic.get(tok.lower_) in {None, *THINGS}:
            continue
        bodies = [a for p in tok.children if p.dep_ == "prep" and p.lower_ == "from"
                  and not any(c.dep_ == "conj" and tok.i < c.i < p.i for c in tok.children)  # ("a Pentagon delegation
                  for o in p.children  # and officials from X": the officials', hung on the first conjunct)
                  if o.dep_ == "pobj" for a in args.actors(o, generic=False)
                  if a[0].cls not in {"State", PERSON, *THINGS}]  # ("jets from RAF Akrotiri": no members of a base)
        for group in args.actors(tok, expand=False) if bodies else ():
            for body in bodies:
                if group[1] != body[1] and group[0].cls not in THINGS:
                    yield Candidate(relation, group, body, tok, "origin", 0.7)


def contributors(args: Arguments, relation: str) -> Iterator[Candidate]:
    """``relation`` (membership) from the states whose troops a force or mission has ("AUSSOM has 11,000 troops from
    countries including Uganda and Kenya", "the force comprises soldiers from X and Y"; lexicon
    ``contribution_holders``)."""
    syn = table("syntax")
    for tok in args.having(syn["troop_nouns"]):
        verb = tok.head if tok.dep_ == "dobj" else None
        if verb is None or verb.lemma_.lower() not in syn["contribution_holders"]:
            continue
        bodies = [a for a in subjects(verb, args) if a[0].cls not in NO_BODY]
        origins = [o for p in tok.children if p.dep_ == "prep" and p.lower_ == "from" for o in p.children
                   if o.dep_ == "pobj"]
        states = [a for o in origins for t in (o, *member_tokens(o)) for a in args.actors(t) if a[0].cls == "State"]
        for body in bodies:
            yield from (Candidate(relation, s, body, tok, "contribution", 0.7) for s in states if s[1] != body[1])


def assignments(args: Arguments, relation: str) -> Iterator[Candidate]:
    """``relation`` (membership) from whoever is placed in a body ("was assigned to the 3rd Battalion", "appointed Lee
    to the commission") to that body; a state or place is no body one is assigned to ("posted to Kabul")."""
    for tok in args.having(table("syntax")["assignment_verbs"], lemma=True):
        if tok.pos_ != "VERB":
            continue
        bodies = [a for p in tok.children if p.dep_ == "prep" and p.lower_ == "to" for o in p.children if o.dep_ == "pobj"
                  for a in args.actors(o) if a[0].cls not in NO_BODY]
        placed = [a for c in tok.children if c.dep_ in {"nsubjpass", "dobj"} for a in args.actors(c)] if bodies else []
        for member in placed:
            for body in bodies:
                if member[1] != body[1] and member[0].cls not in THINGS:
                    yield Candidate(relation, member, body, tok, "assignment", 0.75)


def governments(args: Arguments, relation: str, member: str) -> Iterator[Candidate]:
    """``relation`` (leadership) from a person whose government a phrase names to the state the gazetteer has them
    lead ("Daniel Ortega's government"; "the Assad regime" names the government, and no person acting), and to an
    organisation named as theirs ("Dbeibah's Government of National Unity"; not "Biden's State Department"). A
    person the gazetteer seats in a lesser office is one of the state (``member``): a minister's "his government"."""
    syn, generic = table("syntax"), table("generic_actors")
    bodies = {w for w in syn["government_nouns"] if generic.get(w) == "GovernmentBody"}
    for tok in args.having(bodies, lemma=True) if args.gaz is not None else ():
        # ("X, whose government": X may be a minister)
        for person in (a for c in tok.children if c.dep_ == "poss" and c.tag_ != "WP$"
                       for a in args.actors(c, generic=False, expand=False) if a[0].cls == PERSON):
            place = seat(args.gaz, person[1])
            if place is not None and place.cls == "State":
                yield Candidate(relation if leads(args.gaz, person[1], place.id) else member, person,
                                args.synthetic(tok, place.id, place.cls), tok, "government", 0.7)
    unled = {"State", "GovernmentBody", PERSON, PLACE, *THINGS}
    for m in (m for m in args.ordered if m.source in NAMED and m.cls not in unled):  # "Dbeibah's Government of ..."
        span = args.doc.char_span(m.start, m.end, alignment_mode="expand")
        for person in (a for c in (span.root.children if span is not None else ()) if c.dep_ == "poss"
                       for a in args.actors(c, generic=False, expand=False) if a[0].cls == PERSON):
            yield Candidate(relation, person, (m, args.ids[m]), span.root, "government", 0.7)


def possessions(args: Arguments, relation: str) -> Iterator[Candidate]:
    """``relation`` (possession) from a state or body a possessive or a state's adjective names to a named weapon system
    or installation ("Iran's Fordow site", "Russia's S-400 systems", "Polish F-16s"); a person's ("Putin's pipeline")
    is left to the text."""
    for m in args.ordered:
        span = args.doc.char_span(m.start, m.end, alignment_mode="expand") if m.cls in THINGS and m.source in NAMED \
            else None
        if span is None:
            continue
        root = span.root
        noun = root.head if root.dep_ in {"compound", "amod"} and root.head.pos_ in {"NOUN", "PROPN"} else root
        syn = table("syntax")
        taken = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" \
            and noun.head.head.lemma_.lower() in syn["acquisition_nouns"] else noun  # "took delivery of Russia's S-400"
        verbs = syn["acquisition_verbs"] if taken is noun else syn["taking_verbs"]
        bought = taken.dep_ == "dobj" and taken.head.lemma_.lower() in verbs
        first = noun
        while first.dep_ == "conj" and first.head.i != first.i:
            first = first.head
        held = [first.head] if first.dep_ == "appos" and first.head.pos_ == "NOUN" else []  # "its two footholds, the
        # Hmeimim air base and the naval facility at Tartus": the footholds' owner (not "Syrian": where they are)
        for c in [c for t in (*span, noun) for c in t.children if c not in span and (c.dep_ == "poss" or (
                c.dep_ == "amod" and c.i in args.by_token and args.by_token[c.i].cls == "State"))] + [
                c for h in held for c in h.children if c.dep_ == "poss"]:  # "Polish F-16s"
            # ("its Hsiung Feng III batteries"; "bought Russia's S-400 system": the buyer's now, not the seller's)
            owners = subjects(taken.head, args) if bought else args.actors(c, generic=c.pos_ == "PRON", expand=False)
            for owner in owners:
                if owner[0].cls not in {PERSON, PLACE, *THINGS} and owner[1] != args.ids[m]:
                    yield Candidate(relation, owner, (m, args.ids[m]), c, "possessive", 0.75)


def locations(args: Arguments, relation: str) -> Iterator[Candidate]:
    """``relation`` (location) from a named installation to the state its "in" phrase names ("Al Udeid Air Base in
    Qatar", "the T4 air base in central Syria", "a pumping station in Russia's Bryansk region"); a name the NER took
    for one that heads an organisation ("the Centre for Water Studies in Tashkent") is none."""
    heads = table("syntax")["organisation_heads"]
    for m in args.ordered:
        span = args.doc.char_span(m.start, m.end, alignment_mode="expand") \
            if m.cls == INSTALLATION and m.source in NAMED else None
        if span is not None and span.root.lower_ in heads:
            continue
        noun = span.root if span is not None else None
        noun = noun.head if noun is not None and noun.dep_ in {"compound", "amod"} and noun.head.pos_ in {
            "NOUN", "PROPN"} else noun  # "the Al Udeid base in Qatar"
        for o in (o for p in (noun.children if noun is not None else ()) if p.dep_ == "prep" and p.lower_ == "in"
                  for o in p.children if o.dep_ == "pobj"):
            found = args.actors(o, generic=False, expand=False) or [
                a for a in args.modifiers(o) if a[0].cls == "State"]  # ("in Russia's Bryansk region")
            for state in (a for a in found if a[0].cls == "State" and a[1] != args.ids[m]):
                yield Candidate(relation, (m, args.ids[m]), state, o, "location", 0.75)


def fellows(args: Arguments, relation: str) -> Iterator[Candidate]:
    """``relation`` (membership) from whoever acts on "fellow" members of a group to that group ("pressed fellow
    OPEC+ producers to ...", "urged its fellow members of the alliance"): one is a fellow of one's own kind."""
    for tok in args.having(table("syntax")["fellow_words"]):
        noun = tok.head if tok.dep_ == "amod" and tok.head.pos_ == "NOUN" else None
        verb = noun.head if noun is not None and noun.dep_ in {"dobj", "pobj"} else None
        verb = verb.head if verb is not None and verb.dep_ == "prep" else verb
        if verb is None or verb.pos_ not in {"VERB", "AUX"}:
            continue
        groups = [a for a in args.modifiers(noun) if a[0].cls not in NO_BODY] + [
            a for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"
            for a in args.actors(o, generic=False) if a[0].cls not in NO_BODY]
        for member in (s for s in subjects(verb, args) if s[0].cls not in {PLACE, *THINGS}):
            for group in groups:
                if member[1] != group[1]:
                    yield Candidate(relation, member, group, tok, "fellow", 0.7)


def field(tok: Token, args: Arguments) -> bool:
    """Does a common noun name a field of work, no actor ("oil research", "the trade programme")?"""
    return tok.pos_ == "NOUN" and tok.lower_ not in args.generic and not args.actors(tok, generic=False)


def divisions(args: Arguments, relation: str) -> Iterator[Candidate]:
    """``relation`` (membership) from whoever runs a field at an organisation to the organisation ("who directs the
    trade programme at X", "heads research at X"): one of it, leading a part of it, not the whole; and from whoever
    studies anything there ("studies Russian hybrid operations at X": lexicon ``study_verbs``)."""
    syn = table("syntax")
    for tok in args.having(syn["division_verbs"] | syn["study_verbs"], lemma=True):
        studied = tok.lemma_.lower() in syn["study_verbs"]
        fields = [o for o in tok.children if o.dep_ == "dobj" and (studied or field(o, args))] \
            if tok.pos_ == "VERB" else []
        bodies = [a for h in (tok, *fields) for p in h.children if p.dep_ == "prep" and p.lower_ == "at"
                  for o in p.children if o.dep_ == "pobj"
                  for a in args.actors(o, generic=False) if a[0].cls not in NO_BODY]
        for person in (a for a in subjects(tok, args) if a[0].cls == PERSON) if fields and bodies else ():
            for body in bodies:
                yield Candidate(relation, person, body, tok, "division", 0.7)


def namings(args: Arguments, relation: str) -> Iterator[Candidate]:
    """``relation`` (membership) from each of several actors to the group a naming participle gives them ("the US,
    Saudi Arabia, Egypt and the UAE, a group known as the Quad", "the three European countries, known as the E3")."""
    for tok in args.having(table("syntax")["naming_participles"], lemma=True):
        if tok.dep_ != "acl" or tok.tag_ != "VBN":
            continue
        groups = [a for p in tok.children if p.dep_ == "prep" and p.lower_ == "as" for o in p.children
                  if o.dep_ == "pobj" for a in args.actors(o, generic=False) if a[0].cls not in NO_BODY]
        named = tok.head.head if tok.head.dep_ == "appos" and tok.head.pos_ == "NOUN" else tok.head
        listed = [named, *(c for c in named.children if c.dep_ == "appos" and c.i != tok.head.i)]  # ("the US, Saudi
        members = [a for t in listed for a in args.actors(t)  # Arabia, Egypt and the UAE": a list the parser apposed)
                   if a[0].cls not in {PLACE, *THINGS}] if groups else []
        members = list(dict.fromkeys(members))
        for member in members if len(members) > 1 else ():
            for group in groups:
                if member[1] != group[1]:
                    yield Candidate(relation, member, group, tok, "naming", 0.7)

