"""Who does what to whom in one clause: subjects, objects and the arguments of event nouns.

The relation rules (``relations``) and the statement frames (``frames``) ask this module for the
actors around a trigger: the subject of its clause (climbing through "plans to", "in assisting",
object control), its direct, prepositional or clausal objects, an event noun's possessor and
target, and the target named by a purpose clause.
"""
from __future__ import annotations

from collections.abc import Iterator, Set
from dataclasses import dataclass

from spacy.tokens import Token

from . import anaphora
from .arguments import THINGS, Arg, Arguments
from .attribution import is_reporting
from .lexicon import table

SUBJ = {"nsubj", "csubj"}
PASSIVE_SUBJ = {"nsubjpass", "csubjpass"}
OBJ = {"dobj", "dative", "obj"}
CLIMB = {"xcomp", "acomp", "conj", "advcl", "pcomp", "prep", "acl", "relcl", "ccomp", "pobj"}
NOUN_SLOT = {"dobj", "attr", "pobj", "nsubj", "nsubjpass", "appos", "conj", "oprd"}


@dataclass(frozen=True)
class Candidate:
    """A relation found in the parse before modality, speaker and the like are attached."""

    relation: str
    subject: Arg
    object: Arg
    trigger: Token
    rule: str
    confidence: float
    spent: int | None = None  # a governing word whose meaning the relation already holds ("prohibit" in "prohibit aid")


def children(tok: Token, deps: set[str]) -> list[Token]:
    return [c for c in tok.children if c.dep_ in deps]


def subjects(verb: Token, args: Arguments, depth: int = 5) -> list[Arg]:
    """Actors doing ``verb``: its subject, or the subject of the clause it is a complement of."""
    syn = table("syntax")
    cur, via = verb, ""
    for _ in range(depth):
        if via == "advcl":  # "was attacked by militiamen, killing 156": the agent of the passive does the rest
            for agent in children(cur, {"agent"}):
                found = [a for p in children(agent, {"pobj"}) for a in args.actors(p)]
                if found:
                    return found
        # a passive subject controls its complement: "Canada is committed to supporting X"
        for s in children(cur, SUBJ | PASSIVE_SUBJ if via in {"xcomp", "prep"} else SUBJ):
            if s.tag_ in {"WDT", "WP"} and cur.dep_ == "relcl":
                s = cur.head  # "Iraq, which invaded Kuwait": the relative pronoun stands for its head
            found = [args.agent(a) for a in args.actors(s)]
            if found:
                return found
        if cur.dep_ in {"acl", "relcl", "advcl"} and cur.head.pos_ in {"NOUN", "PROPN"}:
            found = args.modifiers(cur.head) or ([] if cur.dep_ == "relcl" else args.actors(cur.head, generic=False))
            if found:
                return found
            if cur.dep_ == "acl" and cur.head.dep_ in OBJ and (cur.head.lemma_.lower() in syn["document_nouns"]
                                                              or cur.head.lemma_.lower() in args.acts):
                # "issued a declaration demanding ...": the issuer demands; "conducted strikes coordinated with X":
                # whoever conducted them
                cur, via = cur.head.head, "acl"
                continue
        progressive = cur.dep_ == "attr" and cur.tag_ == "VBG"  # "Qatar is mediating" parsed as "is" + attribute
        if (cur.dep_ not in CLIMB and not progressive) or cur.head.i == cur.i:
            return []
        if children(cur, SUBJ | PASSIVE_SUBJ):
            return []  # the clause has its own subject, and it named no actor
        controller = cur.head.head if cur.dep_ == "pcomp" and cur.head.dep_ == "prep" else cur.head
        if cur.dep_ in {"xcomp", "pcomp"}:
            requests = table("modality")["requests"]
            for obj in children(controller, OBJ):  # "urged Iran to halt", "warned NATO against sending": the object acts
                if controller.lemma_.lower() not in requests and any(c.dep_ == "poss" for c in obj.children):
                    break  # "strengthened its forces to counter X": whoever holds the forces acts
                found = args.actors(obj)
                if found:
                    if controller.lemma_.lower() in syn["accompany_verbs"]:  # "Canada joined Australia in condemning"
                        found = [*subjects(controller, args), *found]
                    return found
        cur, via = cur.head, cur.dep_
    return []


def prep_objects(tok: Token, preps: frozenset[str], args: Arguments, only: str | None = None) -> list[Arg]:
    out: list[Arg] = []
    for prep in children(tok, {"prep", "dative"}):  # "sent arms to X" often parses "to" as a dative
        if prep.lower_ in preps and (only is None or prep.lower_ == only):
            for pobj in children(prep, {"pobj", "pcomp"}):
                out.extend(a for a in args.actors(pobj) if a not in out)
    return out


def verb_objects(verb: Token, args: Arguments, phrasal: str | None, subjects_: list[Arg] = (),
                 direct_only: bool = False, places: frozenset[str] = frozenset(), means: bool = False,
                 verbal: bool = False, comp_places: frozenset[str] = frozenset(), friendly: bool = False) -> list[Arg]:
    """Actors the verb acts on: direct object, a prepositional object, or the object of its complement.

    Candidates are tried in that order; one that names only the subject ("offered its troops")
    or only generic actors ("dispatched inspectors to Iran") gives way to a later named one.
    ``places``: prepositions that also name the target of this verb's relation ("deployed troops in Syria");
    ``means``: weapons and installations as objects are the means of the act (a gift, a round fired), not the target;
    ``verbal``: a verbal act whose object is a forceful act is about its agent, not its victim (but "lifted the
    blockade on X" eases it on X); ``comp_places``: the target prepositions of the act in its complement
    ("refused to deploy peacekeepers in Iraq"); ``friendly``: a cooperative act, whose "against" names the
    enemy it is aimed at, not its partner ("delivered munitions against ISIL targets").
    """
    syn = table("syntax")
    own = {s[1] for s in subjects_} | {a for s in subjects_ for a in args.affiliations(s[1])}  # not "Kim ... North Korea's arsenal"
    denial = verb.lemma_.lower() in table("modality")["fact_denials"]  # "denied sending drones to X" is about the sending
    hostile = syn["enemy_preps"] - places if friendly else frozenset()  # unless the relation names it a target
    vpreps = syn["verb_object_preps"] - hostile

    def options() -> Iterator[list[Arg]]:
        if phrasal:
            yield prep_objects(verb, frozenset({phrasal}), args)
        for obj in children(verb, OBJ):
            yield args.actors(obj)
            yield prep_objects(obj, syn["source_preps"], args)  # "rejected calls by Kofi Annan", "an offer from X"
            if not (verbal and obj.lemma_.lower() in args.acts):  # "condemned the attack on Israel" is not about Israel
                yield prep_objects(obj, syn["noun_object_preps"] - syn["source_preps"], args)
        yield prep_objects(verb, vpreps, args)
        yield prep_objects(verb, places - vpreps, args)  # "fought in Syria against ISIS": the enemy before the place
        for obj in children(verb, OBJ) if places else ():
            yield prep_objects(obj, places, args)  # "imposed a curfew in Montenegro"
        for prep in children(verb, {"prep"}) if not friendly else ():  # "mobilized reservists for a war against Mali"
            yield [a for p in children(prep, {"pobj"}) for a in prep_objects(p, syn["enemy_preps"], args)]
        for prt in children(verb, {"prt"}):  # "kidnapped up to 16 advisers"
            yield prep_objects(prt, frozenset({"to"}), args)
        for comp in children(verb, {"ccomp"}) if not (is_reporting(verb) or denial) else ():
            if any(c.dep_ == "mark" and c.lower_ == "that" for c in comp.children) or comp.tag_ in {"VB", "MD"} \
                    or any(c.dep_ == "aux" and c.tag_ == "MD" for c in comp.children):
                for subj in children(comp, SUBJ | PASSIVE_SUBJ):
                    yield args.actors(subj)  # "demanded that the US cancel ...": the one asked to act
        for comp in children(verb, {"xcomp"}) if not denial else ():
            objs = [a for obj in children(comp, OBJ) for a in args.actors(obj)]
            yield [a for a in objs if a[0].cls not in THINGS]
            yield prep_objects(comp, vpreps | syn["mutual_preps"] | comp_places, args)  # "to mediate between"
            for obj in children(comp, OBJ) if comp_places else ():
                yield prep_objects(obj, comp_places, args)  # "refused to deploy peacekeepers in Iraq"
            yield objs  # "agreed to deliver tanks to Ukraine": the tanks are what is agreed on, Ukraine the partner
        for clause in (verb, *children(verb, {"xcomp"})):  # "threatened to strike unless Israel withdrew"
            for cond in children(clause, {"advcl"}):
                if any(c.dep_ == "mark" and c.lower_ in syn["condition_marks"] for c in cond.children):
                    for subj in children(cond, SUBJ | PASSIVE_SUBJ):
                        yield args.actors(subj)

    fallback: list[Arg] = []
    things: list[Arg] = []  # generic weapons and installations: targets only when nothing else is named
    if direct_only:  # "rules Syria", not "leads a delegation to Germany"
        mine = {s[1] for s in subjects_}  # one's own state is exactly what "rules" and "heads" are about
        return [a for obj in children(verb, OBJ) for a in args.actors(obj, generic=False) if a[1] not in mine]
    for found in options():
        found = [a for a in found if a[1] not in own]
        if means and found and all(a[0].cls in THINGS for a in found):
            continue  # "delivered Patriot batteries to Ukraine", "fired missiles at Israel": the means
        if found and any(a[0].source != "generic" for a in found):
            return found
        if found and all(a[0].cls in THINGS for a in found):
            things = things or found
        else:
            fallback = fallback or found
    return fallback or things


def noun_arguments(noun: Token, args: Arguments, places: frozenset[str] = frozenset(),
                   third_party: bool = False, borrow: bool = True, friendly: bool = False) -> tuple[list[Arg], list[Arg]]:
    """(subjects, objects) of an event noun: possessor or governing clause's subject; its prepositional target.

    A noun that modifies another ("a mediation mission between X and Y") takes that noun's arguments.
    ``third_party``: the parties a "between" phrase names are the targets, not the subjects (mediation);
    ``borrow``: the governing verb's subject may act the noun ("launched an attack"), which is false when
    that verb is an event of its own ("condemned the attack": the condemner did not attack); ``friendly``: a
    cooperative act, whose "against" names an enemy, not its partner.
    """
    syn = table("syntax")
    hostile = syn["enemy_preps"] - places if friendly else frozenset()  # unless the relation names it a target
    mutual = syn["mutual_preps"]
    relational = noun.lemma_.lower() in syn["relational_nouns"]
    head = noun
    if noun.dep_ == "compound" and noun.head.pos_ == "NOUN" and not relational:
        noun = noun.head  # the phrase's head carries the arguments
    preps = syn["noun_object_preps"] - syn["source_preps"] - mutual - hostile
    objects = prep_objects(noun, preps, args) or prep_objects(noun, places - preps - mutual - hostile, args)
    if not objects and noun.dep_ == "dobj":  # "conducted strikes using drones against X": the target hangs on the means
        objects = [a for u in children(noun.head, {"advcl", "xcomp"}) if u.lemma_.lower() in syn["instrument_verbs"]
                   for d in children(u, {"dobj"}) for o in (d, *d.conjuncts) for a in prep_objects(o, preps, args)]
    if relational:  # "our ally Turkey": the name is the ally, "our" the other side
        named = [a for c in noun.children if c.dep_ in {"compound", "appos", "nmod"} for a in args.actors(c, generic=False)]
        if noun.dep_ in {"compound", "appos"}:  # "our ally Turkey" parsed with "ally" modifying "Turkey"
            named += args.actors(noun.head, generic=False)
        if not named and noun.i + 1 < len(noun.doc) and noun.i + 1 in args.by_token:  # the name right after it
            named = args.actors(noun.doc[noun.i + 1], generic=False, expand=False)
        objects = objects or named
    clauses = children(noun, {"acl", "ccomp"})
    if noun.dep_ == "dobj":  # "reiterated its demand today that Israel withdraw": the clause hangs off the verb
        clauses += [c for c in children(noun.head, {"advcl", "ccomp"}) if c.i > noun.i]
    for clause in clauses if not objects else ():  # "the demand that Israel withdraw"
        if any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
            objects = [a for s in children(clause, SUBJ | PASSIVE_SUBJ) for a in args.actors(s)]
    subjects_ = [a for a in args.modifiers(noun) or args.groups(noun) if a not in objects]  # "coalition operations"
    helper = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "in" else None
    if not subjects_ and helper is not None and helper.lemma_.lower() in syn["helping_words"]:
        # "supports Ukraine in the fight against X", "its support for Ukraine in the fight": the one helped acts
        helped = (children(helper, {"dobj"}) if helper.pos_ in {"VERB", "AUX"} else []) or [
            o for p in children(helper, {"prep"}) if p.lower_ in {"for", "of", "to", "with"} for o in children(p, {"pobj"})]
        subjects_ = [a for o in helped for a in args.actors(o) if a not in objects]
    givers = prep_objects(noun, frozenset({"of"}), args) if noun.dep_ == "pobj" and not subjects_ else []
    if givers and noun.head.lower_ in syn["agentive_preps"] and not all(g[0].cls in THINGS for g in givers):
        # "with the support of Turkey, the rebels ...": the of-phrase gives, the clause's subject receives
        clause = noun.head.head
        return givers, (subjects(clause, args) if clause.pos_ in {"VERB", "AUX"} else [])
    subjects_ = subjects_ or prep_objects(noun, syn["source_preps"], args) or anaphora.claimant(args, noun)
    gov, slot = noun.head, noun
    if any(c.dep_ == "poss" for c in noun.children):
        borrow = False  # "after Pelosi's visit": the possessor acts, whether or not it names an actor
    if gov.pos_ == "ADP" and noun.dep_ == "pobj":
        while gov.dep_ == "conj" and gov.head.pos_ == "ADP":  # "coordinated with and in support of X"
            gov = gov.head
        gov = gov.head
        amount = gov.pos_ == "NUM" or (gov.pos_ == "NOUN" and any(c.dep_ == "nummod" for c in gov.children))
        if amount and gov.dep_ in NOUN_SLOT:
            # "gave Ghana 5 million dollars of aid", "granted $50 million in aid": the amount stands in the noun's slot
            gov, slot = gov.head, gov
    if noun.dep_ == "pobj" and noun.head.lower_ in syn["cause_preps"]:
        borrow = False  # "vowed revenge for the killing of X": the cause is someone else's act
    if not subjects_ and gov.pos_ == "NOUN" and gov.dep_ in NOUN_SLOT and gov.head.pos_ in {"VERB", "AUX"} and gov.i != noun.i:
        subjects_ = subjects(gov.head, args) if borrow else []  # "began a hunger strike in protest of X"
    if slot.dep_ in NOUN_SLOT and gov.i not in {noun.i, head.i} and gov.pos_ in {"VERB", "AUX"}:
        if not subjects_ and slot.dep_ == "pobj" and slot.head.lower_ in {"of", "for"}:
            # "accused the US of aggression", "blamed Israel for the bombing": the object did it
            subjects_ = [a for o in children(gov, OBJ) for a in args.actors(o) if a not in objects]
        if not subjects_:
            subjects_ = subjects(gov, args) if borrow else []
        if not objects and slot.dep_ in {"dobj", "attr"}:
            objects = prep_objects(gov, (syn["verb_object_preps"] | places) - hostile, args)  # "boosted its trade with X"
            objects = objects or [a for d in children(gov, {"dative"}) for a in args.actors(d)]  # "gave Ghana aid"
    if not objects and subjects_ and noun.dep_ == "pobj" and noun.head.lower_ in syn["concessive_preps"] \
            and noun.head.head.pos_ in {"VERB", "AUX"}:  # "passed the law despite criticism from the EU": of the passer
        objects = [a for a in subjects(noun.head.head, args) if a not in subjects_]
    between = prep_objects(noun, mutual, args) if not objects else []
    if between and subjects_ and third_party:  # "X's mediation between Y and Z"
        objects = between
    elif len(between) > 1:  # "talks between Israel and Hamas", "mediated in a dispute between X and Y": the parties
        subjects_ = objects = between  # hold it with each other, whoever else the clause names
    elif between and subjects_:
        objects = between
    definite = noun.tag_ in {"NN", "NNP"} and any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ == "the") for c in noun.children)
    if not objects and subjects_ and definite and noun.lemma_.lower() in syn["relational_nouns"]:
        # "its aggressive ally": the noun itself is the other party, an actor introduced earlier but not
        # one of the participants of the clauses it sits in
        taken = {a[1] for a in subjects_} | {a[1] for v in _verbs_above(noun) for a in subjects(v, args)}
        found = args.antecedent(noun, taken)
        objects = [found] if found else []
    return subjects_, objects


def _verbs_above(tok: Token, limit: int = 3) -> list[Token]:
    out = []
    while tok.head.i != tok.i and len(out) < limit:
        tok = tok.head
        if tok.pos_ in {"VERB", "AUX"}:
            out.append(tok)
    return out


def purpose_clauses(tok: Token) -> list[Token]:
    """Clauses that state what an act is for: "demonstrated [calling for ...]", "staged a strike [to demand ...]"."""
    anchor = tok
    if tok.pos_ not in {"VERB", "AUX"} and tok.dep_ in NOUN_SLOT and tok.head.pos_ in {"VERB", "AUX"}:
        anchor = tok.head  # the light verb that stages the act
    return [c for c in anchor.children if c.dep_ in {"advcl", "xcomp"} and c.i != tok.i] + \
        [c for c in tok.children if c.dep_ == "acl"]


def first_actor(clauses: list[Token], args: Arguments, exclude: Set[str]) -> list[Arg]:
    """The first actor inside ``clauses`` that is not one of ``exclude``: named ones before generic groups."""
    for named in (True, False):  # a name first ("President Suharto"), a generic group ("government forces") after
        for clause in clauses:
            for t in clause.subtree:
                if (t.i in args.by_token) if named else (t.pos_ in {"NOUN", "PROPN"} and t.lower_ in args.generic):
                    found = [a for a in args.actors(t, generic=not named, expand=False) if a[1] not in exclude]
                    if found:
                        return found
    return []
