"""What a verb acts on: its direct object, a prepositional object, or the object of its complement.

``relations`` asks this for every verb trigger; the options are tried in order and the first that names an actor
wins (see ``verb_objects``). Subjects are in ``clauses``.
"""
from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from . import members
from .arguments import THINGS, Arg, Arguments
from .attribution import is_reporting
from .clauses import (OBJ, PASSIVE_SUBJ, SUBJ, by_agents, children, gapped_summary, phrase_objects, prep_objects,
                      suffering)
from .lexicon import table


def verb_objects(verb: Token, args: Arguments, phrasal: str | None, subjects_: list[Arg] = (),
                 direct_only: bool = False, places: frozenset[str] = frozenset(), means: bool = False,
                 verbal: bool = False, comp_places: frozenset[str] = frozenset(), friendly: bool = False,
                 direct: bool = False, topical: bool = False, spots: bool = False,
                 venues: frozenset[str] = frozenset()) -> list[Arg]:
    """Actors the verb acts on: direct object, a prepositional object, or the object of its complement.

    Candidates are tried in that order; one that names only the subject ("offered its troops")
    or only generic actors ("dispatched inspectors to Iran") gives way to a later named one.
    ``places``: prepositions that also name the target of this verb's relation ("deployed troops in Syria");
    ``means``: weapons and installations as objects are the means of the act (a gift, a round fired), not the target;
    ``verbal``: a verbal act whose object is a forceful act is about its agent, not its victim (but "lifted the
    blockade on X" eases it on X); ``comp_places``: the target prepositions of the act in its complement
    ("refused to deploy peacekeepers in Iraq"); ``friendly``: a cooperative act, whose "against" names the
    enemy it is aimed at, not its partner ("delivered munitions against ISIL targets"); ``direct``: only the
    direct object (or the phrasal preposition's) is the target ("received Modi", not "received jets from X");
    ``topical``: a verbal conflict, whose topic ("over Peruvian raids") names the target before the one addressed;
    ``spots``: an act that may target a place when nothing else is named ("shelled Kharkiv"); ``venues``:
    prepositions that say where the act is done, never whom ("filed a case at the ICJ").
    """
    syn = table("syntax")
    own = {s[1] for s in subjects_} | {a for s in subjects_ for a in args.affiliations(s[1])}  # not "Kim ... North Korea's arsenal"
    denial = verb.lemma_.lower() in table("modality")["fact_denials"]  # "denied sending drones to X" is about the sending
    hostile = syn["enemy_preps"] - places if friendly else frozenset()  # unless the relation names it a target
    vpreps = syn["verb_object_preps"] - hostile - venues
    places -= venues
    topics = frozenset(syn["topic_preps"]) if verbal and not topical else frozenset()
    vpreps -= topics  # "talked to China about Iran", "held talks on Iran": a topic, not a partner

    gathered = _gathered(verb)
    beside = {t.i for t in (*members.companions(verb), *members.echoes(verb))}  # "brokered the deal together with the
    # UN", "condemned the raid, as did X": a co-agent
    named: dict[int, list[Arg]] = {}  # an object's actors, read once

    def actors_of(obj: Token) -> list[Arg]:
        if obj.i not in named:
            named[obj.i] = args.actors(obj)
        return named[obj.i]

    aimed: list[bool] = [False]  # is the option being read what a phrasal "at" aims at?

    def options() -> Iterator[list[Arg]]:
        if phrasal:
            aimed[0] = phrasal in syn["aim_preps"]
            yield prep_objects(verb, frozenset({phrasal}), args)
            if phrasal == "by":  # "was concerned by X", the "by" parsed as a passive's agent
                yield by_agents(verb, args)
            if phrasal in syn["detached_preps"] or f"{verb.lemma_.lower()} {phrasal}" in syn["detached_phrasals"]:
                # "freed the town from X", "blamed the attack on X", "launched missiles and drones at X": the
                # preposition hung on the object (or its conjunct)
                yield [a for d in children(verb, {"dobj"}) for o in (d, *d.conjuncts)
                       for a in prep_objects(o, frozenset({phrasal}), args)]
            aimed[0] = False
        gap = gapped_summary(verb) if verbal and not phrasal else None
        if gap is not None:  # "sent troops, a move Ukraine condemned": the move, the act of whoever made it (a remark
            # on it; "a move the Pentagon greeted with scepticism" hosts no one)
            yield actors_of(gap)
        for obj in children(verb, OBJ) if phrasal not in syn["aim_preps"] else ():  # "launched drones at X": the means
            if obj.lemma_.lower() in syn["participation_nouns"]:  # "froze its participation in the CSTO": the body
                yield prep_objects(obj, frozenset({"in"}), args) or [  # (the "in" may hang on the verb)
                    a for a in prep_objects(verb, frozenset({"in"}), args) if a[0].cls != "State"]
            if any(c.dep_ in {"amod", "advmod"} and c.lower_ in syn["place_preps"] for c in obj.children):
                continue  # "rallied outside parliament", "outside" taken for an adjective: where, not whom
            if friendly and args.generic.get(obj.lower_) == "GovernmentBody" and not any(
                    c.dep_ in {"amod", "compound", "poss", "nmod", "prep"} for c in obj.children) \
                    and all(a[0].source == "generic" for a in actors_of(obj)):
                continue  # "is ready to contribute troops": one's own forces are what is given, no partner (but
                # "asked the court": the court named before)
            if gathered:  # "gathered to discuss a U.S. proposal": what is talked about, not with whom
                yield prep_objects(obj, frozenset({"with"}), args)  # ("met to discuss it with X": X)
                continue
            # "received Modi", not "hosting Syrian Government websites": the object itself is who is hosted
            yield actors_of(obj) if not direct or obj.i in args.by_token or obj.lower_ in args.generic \
                or obj.pos_ == "PRON" or any(c.dep_ == "poss" for c in obj.children) \
                or obj.lower_ in syn["anaphoric_acts"] else []  # ("X's bureau": X's; "hosted the meeting": its parties)
            if spots and obj.lemma_.lower() in syn["place_nouns"] and not children(obj, {"prep"}):
                # "struck military targets in Iran", the "in" hung on the verb: whoever holds the place
                yield [a for a in prep_objects(verb, syn["place_preps"], args) if a[0].cls != "Location"]
            if spots and args.generic.get(obj.lower_) == "Infrastructure":
                # "struck an oil refinery in Russia's Krasnodar region": whoever holds the place it is in
                yield [a for a in prep_objects(obj, syn["place_preps"], args) if a[0].cls != "Location"]
            if direct:  # "hosted talks between X and Y", "received a delegation from Chile": who is hosted
                yield prep_objects(obj, syn["mutual_preps"], args)
                yield [a for o in phrase_objects(obj, "of") if obj.lower_ in syn["container_nouns"]
                       for a in prep_objects(o, syn["mutual_preps"], args)]  # "hosted rounds of talks between X and Y"
                if obj.lower_ in args.generic:
                    yield prep_objects(obj, syn["source_preps"], args)
                continue
            yield prep_objects(obj, syn["source_preps"], args)  # "rejected calls by Kofi Annan", "an offer from X"
            if not (verbal and obj.lemma_.lower() in args.acts):  # "condemned the attack on Israel" is not about Israel
                # ("backs the campaign against X" backs no X: a friendly act's "against" names an enemy)
                yield prep_objects(obj, syn["noun_object_preps"] - syn["source_preps"] - topics - hostile, args)
                if friendly:  # "signed a memorandum of understanding with X", the "with" hung on the "of" phrase
                    yield [a for o in phrase_objects(obj, "of") for a in prep_objects(o, frozenset({"with"}), args)]
        for obj in children(verb, {"dobj"}) if not children(verb, PASSIVE_SUBJ) and not gathered else ():
            if obj.pos_ == "NOUN" and not actors_of(obj):  # "investigated war crimes by X", the "by" hung on the verb
                yield [a for p in children(verb, {"prep"}) if p.lower_ == "by" for o in children(p, {"pobj"})
                       for a in args.actors(o)]
        if not children(verb, OBJ) and not is_reporting(verb):  # "condemned and rejected X", "degrade and defeat
            # ISIL": the later verb's object, when it names an actor itself (not "... and imposed sanctions on X")
            yield [a for c in children(verb, {"conj"}) if c.pos_ == "VERB" and not children(c, SUBJ)
                   for o in children(c, {"dobj"}) if o.i in args.by_token for a in args.actors(o) if a[0].cls not in THINGS]
        if verbal and not children(verb, OBJ):  # "condemned as barbaric Belarus's treatment of X", the object
            # moved after its predicate and parsed inside the "as" phrase: the possessed act is the object
            # (or hung on the predicate noun: "rejected as interference a European Union statement", "denounced as
            # a crime Serbia's suppression of ...", the possessed act taken for the predicate's apposition)
            yield [a for p in children(verb, {"prep"}) if p.lower_ == "as" for o in children(p, {"pobj"})
                   for x in ([o] if any(c.dep_ == "poss" for c in o.children) else children(o, {"dobj"}) + [
                       n for n in children(o, {"appos"}) if any(c.dep_ == "poss" for c in n.children)])
                   for a in args.actors(x)]
        if direct:
            return
        if topical:  # "complained to the UN over Peruvian raids": Peru ("protested over a violation by Turkish jets":
            yield [args.body_state(a) for a in prep_objects(verb, syn["topic_preps"], args)]  # Turkey)
        # "apologised for comments made by his minister": a reason names no target through its act's agent
        reasons = [a for p in children(verb, {"prep"}) if p.lower_ in syn["reason_preps"] for o in children(p, {"pobj"})
                   if not (o.i in args.by_token or o.pos_ == "PRON" or o.lower_ in args.generic) for a in args.actors(o)]
        yield [a for a in prep_objects(verb, vpreps, args) if a not in reasons
               and not any(a[0].start <= args.doc[i].idx < a[0].end for i in beside)]
        yield prep_objects(verb, places - vpreps, args)  # "fought in Syria against ISIS": the enemy before the place
        for obj in children(verb, OBJ) if places else ():
            yield prep_objects(obj, places, args)  # "imposed a curfew in Montenegro"
            # "imports most of its electricity from Romania": hung on the object's "of" phrase
            yield [a for o in phrase_objects(obj, "of") for a in prep_objects(o, places, args)]
        for prep in children(verb, {"prep"}) if not friendly else ():  # "mobilized reservists for a war against Mali"
            yield [a for p in children(prep, {"pobj"}) for a in prep_objects(p, syn["enemy_preps"], args)]
        for prt in children(verb, {"prt"}):  # "kidnapped up to 16 advisers"
            yield prep_objects(prt, frozenset({"to"}), args)
        for comp in children(verb, {"ccomp", "advcl"}) if not (is_reporting(verb) or denial) else ():
            asked = any(c.dep_ == "mark" and c.lower_ == "for" for c in comp.children)  # "pressed for Russia to use"
            if comp.dep_ == "advcl" and not (asked and verbal):
                continue
            fronted = comp.dep_ == "ccomp" and comp.i < verb.i  # "Turkey is violating our airspace, Athens complained"
            if asked or fronted or any(c.dep_ == "mark" and c.lower_ == "that" for c in comp.children) \
                    or comp.tag_ in {"VB", "MD"} or any(c.dep_ == "aux" and c.tag_ == "MD" for c in comp.children):
                for subj in children(comp, SUBJ | PASSIVE_SUBJ):
                    yield args.actors(subj)  # "demanded that the US cancel ...": the one asked to act
        # "told its airlines to avoid Belarusian airspace", "urged its citizens to leave X": asked of one's own people,
        # no one else is addressed
        own_people = verbal and any(
            o.lemma_.lower() not in syn["relational_nouns"]  # (not "its allies")
            and any(c.dep_ == "poss" and c.pos_ == "PRON" and {a[1] for a in args.actors(c)} & own for c in o.children)
            and all(a[1] in own or a[0].source == "generic" for a in actors_of(o)) for o in children(verb, {"dobj"}))
        for comp in children(verb, {"xcomp"}) if not (denial or own_people) else ():
            objs = [a for obj in children(comp, OBJ) for a in args.actors(obj)]
            yield [a for a in objs if a[0].cls not in THINGS]
            yield prep_objects(comp, vpreps | syn["mutual_preps"] | comp_places, args)  # "to mediate between"
            for obj in children(comp, OBJ) if comp_places else ():
                yield prep_objects(obj, comp_places, args)  # "refused to deploy peacekeepers in Iraq"
            yield objs  # "agreed to deliver tanks to Ukraine": the tanks are what is agreed on, Ukraine the partner
            if not children(comp, OBJ):  # "refused to allow IAEA inspectors to visit": whom it lets or makes act
                yield [a for c in children(comp, {"ccomp"}) if c.tag_ == "VB" for s in children(c, {"nsubj"})
                       for a in args.actors(s)]
        for clause in (verb, *children(verb, {"xcomp"})):  # "threatened to strike unless Israel withdrew"
            for cond in children(clause, {"advcl"}):
                if any(c.dep_ == "mark" and c.lower_ in syn["condition_marks"] for c in cond.children):
                    for subj in children(cond, SUBJ | PASSIVE_SUBJ):
                        yield args.actors(subj)

    fallback: list[Arg] = []
    things: list[Arg] = []  # generic weapons and installations: targets only when nothing else is named
    if direct_only:  # "rules Syria", not "leads a delegation to Germany"
        mine = {s[1] for s in subjects_}  # one's own state is exactly what "rules" and "heads" are about
        # the object itself ("leads the coalition", "a delegation"), not a modifier of it ("will lead the NATO
        # mission": not NATO)
        objs = children(verb, OBJ) + [o for p in children(verb, {"prep"}) if p.lower_ == phrasal  # "belongs to NATO"
                                      for o in children(p, {"pobj"})]
        found = [a for obj in objs for a in args.actors(obj) if a[1] not in mine
                 and any(a[0].start <= t.idx < a[0].end for t in (obj, *obj.conjuncts))]
        goods = [o for obj in objs for o in (obj, *obj.conjuncts) if o.lemma_.lower() in syn["commodity_nouns"]]
        return found + [a for o in goods for a in (*args.actors(o), *prep_objects(o, syn["source_preps"], args))
                        if a[0].cls == "State" and a[1] not in mine and a not in found]  # "relies on Russian gas",
        # "on gas from Russia": on its supplier
    suffered = suffering(args, verb) if verbal else []  # "condemned Castillo's arrest": at whoever arrested him
    for n, found in enumerate(options()):
        found = [a for a in found if a[1] not in own and args.home(a) not in own and a not in suffered]
        # (nor one's own body: "X expected its neighbours to respect our concerns", said by its foreign ministry)
        if means and found and all(a[0].cls in THINGS for a in found) and not aimed[0]:
            continue  # "delivered Patriot batteries to Ukraine", "fired missiles at Israel": the means (but what
            # is aimed at is the target: "fired missiles at Ukraine's power plants")
        # (a group its own words tie to another state is named enough: "killed Iranian advisers in Damascus")
        if found and (any(a[0].source != "generic" or args.nationality.get(a[1]) not in {None, *own}
                          or (spots and a[0].cls == "ArmedGroup") for a in found) or (
                phrasal and n == 0 and not all(
                a[0].cls in THINGS for a in found))):
            # (a phrasal verb's own object, named or not: "called on Arab states to sever ties with X"; it is the
            # first option ``options`` yields when the trigger is phrasal)
            return found
        if found and all(a[0].cls in THINGS for a in found):
            things = things or found
        else:
            fallback = fallback or found
    if not spots or fallback or things:
        return fallback or things
    # "shelled Kharkiv", "bombs fell on Odesa": a place, when nothing else is named (only force takes it)
    return [a for obj in children(verb, OBJ) for a in args.places(obj)] or \
        args.places_after(verb, vpreps | places | syn["place_preps"])


def _gathered(verb: Token) -> bool:
    """Is ``verb`` a talk about something that a gathering is held for ("gathered to discuss X's proposal", "convened a
    meeting to discuss the incursions": lexicon ``topic_verbs``, ``gathering_verbs``): its object is a topic, no
    partner (but "was ready to discuss U.S. concerns" is an offer to the US)."""
    syn = table("syntax")
    host = verb.head
    return verb.lemma_.lower() in syn["topic_verbs"] and verb.dep_ in {"advcl", "xcomp", "acl", "relcl"} and (
        host.lemma_.lower() in syn["gathering_verbs"] or host.lemma_.lower() in syn["gathering_nouns"]
        or any(c.dep_ == "dobj" and c.lemma_.lower() in syn["gathering_nouns"] for c in host.children))
