"""Who does what in one clause: the subjects of a verb, prepositional objects and purpose clauses.

The relation rules (``relations``) and the statement frames (``frames``) ask this module for the
actors around a trigger: the subject of its clause (climbing through "plans to", "in assisting",
object control), the actors of its prepositional phrases, and the target named by a purpose
clause. What a verb acts on is in ``objects``; an event noun's arguments are in ``nouns``.
"""
from __future__ import annotations

from collections.abc import Set
from dataclasses import dataclass

from spacy.tokens import Token

from ..resolve import PERSON
from . import acts, members
from .arguments import PLACE, THINGS, Arg, Arguments
from .attribution import accusation, is_reporting
from .lexicon import table
from .phrases import relative_word, undergoers

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


def phrase_objects(tok: Token, prep: str) -> list[Token]:
    """The objects of ``tok``'s ``prep`` phrases ("a memorandum of understanding": "understanding")."""
    return [o for p in children(tok, {"prep"}) if p.lower_ == prep for o in children(p, {"pobj"})]


def staged(noun: Token) -> bool:
    """Is the noun the object of a light verb that only stages it ("launched an attack", "imposed curbs")?"""
    return noun.dep_ == "dobj" and noun.head.lemma_.lower() in table("syntax")["light_verbs"]


def staged_objects(noun: Token, preps: Set[str]) -> list[Token]:
    """The objects of the noun's ``preps`` phrases, and of its light verb's, where the parser often hangs them
    ("imposed curbs on exports")."""
    hosts = (noun, noun.head) if staged(noun) else (noun,)
    return [o for h in hosts for p in children(h, {"prep"}) if p.lower_ in preps for o in children(p, {"pobj"})]


def suffering(args: Arguments, head: Token) -> list[Arg]:
    """Those who undergo the acts ``head``'s objects and prepositional objects name: no target of a verbal act on
    them ("condemned Castillo's arrest", "concern over his removal": at whoever did it; see ``phrases.undergone``)."""
    objs = children(head, OBJ) + [o for p in children(head, {"prep"}) for o in children(p, {"pobj"})]
    return [a for o in objs for a in undergoers(args, o)]


def by_agents(tok: Token, args: Arguments) -> list[Arg]:
    """Actors of the "by" phrase the parser makes ``tok``'s agent ("was attacked by X", "a truce brokered by X")."""
    return [a for g in children(tok, {"agent"}) for o in children(g, {"pobj"}) for a in args.actors(o)]


def gapped_summary(verb: Token) -> Token | None:
    """The act noun a relative clause with no relative word leaves out as ``verb``'s object ("sent troops, a move
    Ukraine condemned"; "a move Brazil said it would not accept"): the clause's head, when it sums up an act."""
    if any(c.dep_ in {"dobj", "ccomp", "xcomp", "dative"} for c in verb.children):
        return None
    clause = verb
    while clause.dep_ in {"ccomp", "xcomp", "conj"} and clause.head.i != clause.i:
        clause = clause.head
    head = clause.head
    if clause.dep_ != "relcl" or head.lemma_.lower() not in table("syntax")["act_summary_nouns"] \
            or not any(c.dep_ == "nsubj" for c in clause.children):
        return None
    return None if any(relative_word(t) for t in verb.doc[head.i + 1:clause.i]) else head


def infinitival(tok: Token) -> bool:
    """Is the verb an infinitive with "to" ("to defeat", "to protest")?"""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)


def _unnamed_subject(clause: Token, args: Arguments) -> bool:
    """Has ``clause`` a subject that names no actor ("cooperation was beneficial"), nor an act that may have an agent
    ("the strikes were precise and destroyed ...": the strikers')?"""
    found = children(clause, SUBJ) if clause.head.i < clause.i else []  # (after "X said": a fronted clause is its own)
    return bool(found) and not any(s.pos_ == "PRON" or s.lemma_.lower() in args.acts or args.actors(s) for s in found)


def commands_own(verb: Token, args: Arguments) -> bool:
    """Is ``verb`` a command (lexicon ``command_verbs``) to the commander's own forces or body to act ("ordered the army
    to drive them out", "instructed the foreign ministry to expel the ambassador")? The act is then the commander's."""
    if verb.lemma_.lower() not in table("syntax")["command_verbs"] or not any(
            infinitival(c) for c in children(verb, {"xcomp"})):
        return False
    told = [a for o in children(verb, OBJ) for a in args.actors(o, expand=False)]
    bosses = subjects(verb, args)  # ("accused Ukraine ... and ordered the army to drive them out": a shared subject)
    homes = {h for b in bosses for h in (b[1], args.home(b), *args.affiliations(b[1]))}
    return bool(told and bosses) and all(a[1] in homes or (  # "his troops", or a body no other state's words name
        a[0].cls == "GovernmentBody" and a[0].source == "generic" and args.parts.get(a[1]) in {None, *homes})
        for a in told)


def subjects(verb: Token, args: Arguments, depth: int = 6) -> list[Arg]:
    """Actors doing ``verb``: its subject, or the subject of the clause it is a complement of."""
    syn = table("syntax")
    charge = accusation(verb) if verb.dep_ == "pcomp" else None
    if charge is not None and verb.head.head.dep_ == "dobj":
        return args.actors(verb.head.head)  # "accused Armenian forces of opening fire", "of" hung on the accused
    accused = children(charge, {"dobj"})[:1] if charge is not None and verb.head.head.i == charge.i else []
    if accused:  # "accusing them of helping Tehran": the accused, even unnamed; never the accuser
        return [a for o in accused for a in args.actors(o)]
    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.lemma_.lower() in syn["result_verbs"] \
            and not children(verb, SUBJ | PASSIVE_SUBJ):
        nearer = [v for v in verb.head.subtree if verb.head.i < v.i < verb.i and v.pos_ == "VERB"
                  and v.dep_ in {"advcl", "ccomp", "conj"} and children(v, SUBJ)]
        if nearer:  # "X protested after the navy fired on a boat, wounding two": the navy wounded them
            return subjects(nearer[-1], args, depth - 1)
    cur, via = verb, ""
    for _ in range(depth):
        if via == "advcl":  # "was attacked by militiamen, killing 156": the agent of the passive does the rest
            found = by_agents(cur, args)
            if found:
                return found
        # a passive subject controls its complement: "Canada is committed to supporting X"
        for s in children(cur, SUBJ | PASSIVE_SUBJ if via in {"xcomp", "prep"} else SUBJ):
            if s.tag_ in {"WDT", "WP"} and cur.dep_ == "relcl":
                if cur.head.pos_ in {"PRON", "DET"}:
                    return []  # "the attackers and those who sheltered them": unnamed, and none of the attackers
                personal = s.tag_ == "WP"  # "fighting with guerrillas who overran it": the guerrillas did
                s = args.relative_head(cur)  # "Iraq, which invaded Kuwait": the relative pronoun stands for its head
                act = s
                for _ in range(3):  # "attacks in the town of X in Y province, which killed ...": up to the act
                    act = act.head.head if act.dep_ == "pobj" and act.head.dep_ == "prep" else act
                    if act.lemma_.lower() in args.acts:
                        break
                if act.i != s.i and act.lemma_.lower() in args.acts:
                    # "attacks on Israel, which killed three": the clause hangs on the place, but tells of the act
                    found = args.modifiers(act) or args.groups(act) or acts.claimant(args, act)
                    if found or not personal and all(a[0].cls in {"State", PLACE} for a in args.actors(s)):
                        return found  # (no agent named: "a drone attack on an outpost in Jordan that killed three
                        # soldiers" is no act of Jordan's; "sanctions on the faction that controls X": the faction's)
            found = [args.agent(a, args.operated) for a in args.actors(s)]
            if found:  # "Somalia, along with Kenya, attacked X" (the parser hangs the companion on the verb)
                whole = [a for c in members.collectives(cur) for a in args.actors(c) if a not in found]
                args.collective.update(whole)
                reporter = cur.head if s.pos_ == "PRON" and cur.dep_ == "ccomp" and is_reporting(cur.head) else None
                said = [a for r in children(reporter, SUBJ) for a in args.actors(r, expand=False)] if reporter else []
                # "Burkina Faso, together with Mali and Niger, announced that it would quit X": its companions too
                beside = [a for r in children(reporter, SUBJ) for a in args.actors(r)] + [
                    a for c in members.companions(reporter) for a in args.actors(c)] \
                    if said and {a[1] for a in said} == {a[1] for a in found} else []
                echoed = [a for c in members.echoes(cur) for a in args.actors(c)]  # "..., as did Z": Z does it too
                return found + [a for c in members.companions(cur) if s.i < c.i < cur.i for a in args.actors(c)
                                if a not in found] + [a for a in beside + echoed if a[1] not in {f[1] for f in found}] \
                    + whole
        if cur.dep_ in {"acl", "relcl", "advcl"} and cur.head.pos_ in {"NOUN", "PROPN"}:
            # "students demanding X", "lead the coalition to defeat X" (an infinitive the parser takes for a relative)
            infinitive = cur.dep_ in {"relcl", "acl"} and infinitival(cur)
            group = (cur.dep_ == "acl" or infinitive) and args.generic.get(cur.head.lower_) not in {None, *THINGS}
            # "used his country's territory to attack X": whoever uses the place acts from it, not its owner
            place = infinitive and cur.head.lower_ in syn["place_nouns"]
            if infinitive and cur.head.lemma_.lower() in args.titles and cur.head.dep_ == "appos":
                titled = [a for a in args.actors(cur.head.head, expand=False) if a[0].cls == PERSON]
                if titled:  # "Austin, the first Pentagon chief to visit Cambodia": Austin visits, not the Pentagon
                    return titled
            found = [] if place else args.modifiers(cur.head) or ([] if cur.dep_ == "relcl" and not infinitive
                                                                  else args.actors(cur.head, generic=group))
            if found:
                return found
            if group:
                return []  # "students demanding the resignation of X": the students, though unnamed, demand
            # (not "rejected a call to ...")
            staged = infinitive and (place or cur.head.head.lemma_.lower() in syn["light_verbs"])
            if cur.head.dep_ in OBJ and (staged or cur.dep_ == "acl" and (
                    cur.head.lemma_.lower() in syn["document_nouns"] or cur.head.lemma_.lower() in args.acts)):
                # "issued a declaration demanding ...": the issuer demands; "conducted strikes coordinated with X":
                # whoever conducted them; "began a hunger strike to protest X": the strikers, for their purpose
                cur, via = cur.head.head, "acl"
                continue
        progressive = cur.dep_ == "attr" and cur.tag_ == "VBG"  # "Qatar is mediating" parsed as "is" + attribute
        if (cur.dep_ not in CLIMB and not progressive) or cur.head.i == cur.i:
            return []
        if children(cur, SUBJ | PASSIVE_SUBJ):
            return []  # the clause has its own subject, and it named no actor
        controller = cur.head.head if cur.dep_ == "pcomp" and cur.head.dep_ == "prep" else cur.head
        requests = table("modality")["requests"]
        # "urged Iran to halt", and "pressed the regime to cease", whose infinitive the parser may take for an adverbial
        if cur.dep_ == "xcomp" and commands_own(controller, args):
            return subjects(controller, args, depth - 1)  # "ordered the army to drive them out": the commander acts
        adjunct = cur.dep_ == "pcomp" and cur.head.lower_ in syn["adjunct_preps"] | syn["manner_preps"] | syn[
            "means_gerund_preps"]  # ("irritated X by joining Y": the subject joins)
        if (cur.dep_ == "xcomp" or cur.dep_ == "pcomp" and not adjunct) or (
                cur.dep_ == "advcl" and controller.lemma_.lower() in requests and infinitival(cur)):
            # (but "ordered X to leave, accusing it": ours; "set up ties with X after cutting them with Y": the
            # subject's, a gerund after a time or manner preposition being the subject's act)
            for obj in children(controller, OBJ) if controller.lemma_.lower() not in syn["instrument_verbs"] else ():
                # "urged Iran to halt", "warned NATO against sending": the object acts (not "used Israeli-made spyware
                # to target X": a tool)
                if controller.lemma_.lower() not in requests and any(c.dep_ == "poss" for c in obj.children):
                    break  # "strengthened its forces to counter X": whoever holds the forces acts
                found = args.actors(obj)
                if found:
                    if controller.lemma_.lower() in syn["accompany_verbs"]:  # "Canada joined Australia in condemning"
                        found = [*subjects(controller, args), *found]
                    return found
                if controller.lemma_.lower() in requests and obj.pos_ in {"NOUN", "PROPN"}:
                    return []  # "pressed the regime to cease airstrikes": the one asked acts, though unnamed here
        if cur.dep_ == "conj" and cur.tag_ in {"VBD", "VBZ", "VBP"} and cur.head.dep_ == "ccomp" \
                and is_reporting(cur.head.head) and cur.head.head.i < cur.i \
                and (cur.head.tag_ in {"VBG", "VBN", "VB"} or is_reporting(cur)
                     or cur.lemma_.lower() in table("modality")["requests"] or _unnamed_subject(cur.head, args)):
            # "X said Tokyo was stirring up trouble and warned Manila", "X said millions faced hunger and urged Y": X's;
            # "X said cooperation was beneficial and accused Y": no actor's clause goes on with an act of X's (a reporter
            # after both is not: "Y lodged a protest and asked Z to ..., the ministry said" reports Y's two acts)
            cur, via = cur.head.head, "conj"
            continue
        cur, via = cur.head, cur.dep_
    return []


def prep_objects(tok: Token, preps: frozenset[str], args: Arguments, only: str | None = None) -> list[Arg]:
    """Actors in ``tok``'s prepositional phrases that ``preps`` open (or only ``only``); a helper "with" names
    is none of them ("with Greece's help"), nor is company ("in solidarity with X") or a weapon ("with missiles")."""
    out: list[Arg] = []
    syn = table("syntax")
    helps = syn["help_nouns"]
    for prep in children(tok, {"prep", "dative"}):  # "sent arms to X" often parses "to" as a dative
        before = prep.doc[prep.i - 1] if prep.i > 0 else prep
        if prep.lower_ == "with" and before.dep_ == "pobj" and before.lemma_.lower() in syn["company_nouns"] \
                and before.i != tok.i:  # (but "ready for cooperation with X": the noun's own partner)
            continue  # "struck the ship in solidarity with X", the "with" hung on the verb: company, not a target
        if prep.lower_ in preps and (only is None or prep.lower_ == only):
            for pobj in children(prep, {"pobj", "pcomp"}):
                if prep.lower_ == "with" and pobj.lemma_.lower() in helps:
                    continue
                if prep.lower_ == "at" and pobj.lemma_.lower() in syn["gathering_nouns"]:
                    continue  # "agreed at a NATO summit to ...": where, not with whom
                found = args.actors(pobj)
                if prep.lower_ == "with" and found and all(a[0].cls == "WeaponSystem" for a in found):
                    continue  # "struck Russia with Western missiles": the means, not a target
                if prep.lower_ in syn["campaign_preps"] and pobj.lemma_.lower() in syn["campaign_nouns"]:
                    waging = args.modifiers(pobj)  # "the worst attack in the Palestinian uprising": its wagers
                    found = [a for a in found if a not in waging]
                out.extend(a for a in found if a not in out)
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
    # (not inside a relative clause: "to protest a law, which critics say mirrors Russian legislation": not Russia)
    aside = {u.i for clause in clauses for r in clause.subtree if r.dep_ == "relcl" for u in r.subtree}
    for named in (True, False):  # a name first ("President Suharto"), a generic group ("government forces") after
        for clause in clauses:
            for t in (u for u in clause.subtree if u.i not in aside):
                if (t.i in args.by_token) if named else (t.pos_ in {"NOUN", "PROPN"} and t.lower_ in args.generic):
                    found = [a for a in args.actors(t, generic=not named, expand=False) if a[1] not in exclude]
                    if found:
                        return found
    return []


def parties(verb: Token, args: Arguments) -> list[Arg]:
    """Who takes part in what a third party brought about ("a truce between X and Y was brokered by Z", "X and Y
    restored ties in a deal brokered by Z"): the thing's "between" phrase, else the clause it sits in's subjects."""
    thing = verb.head if verb.dep_ == "acl" else next(iter(children(verb, PASSIVE_SUBJ)), None)
    if thing is None:
        return []
    mutual = table("syntax")["mutual_preps"]
    found = prep_objects(thing, mutual, args) or (prep_objects(verb, mutual, args) if verb.dep_ == "acl" else []) or (
        prep_objects(thing.head, mutual, args) if thing.dep_ in {"nsubj", "nsubjpass"} else [])
    # ("talks brokered by X between Y and Z", "the truce, brokered by X, took effect between Y and Z")
    host = thing.head.head if thing.dep_ == "pobj" else thing.head if thing.dep_ == "dobj" else None
    if not found and host is not None and host.pos_ in {"VERB", "AUX"}:
        found = subjects(host, args)
    return found if len(found) > 1 else []


def party_holders(noun: Token) -> list[Token]:
    """The tokens whose "between" phrase names the parties of an act noun: the noun, its participles ("the agreement
    reached between X and Y") and a tie its "of" phrase names ("the normalisation of ties between X and Y")."""
    ties = [o for o in phrase_objects(noun, "of") if o.lemma_.lower() in table("syntax")["tie_nouns"]]
    return [noun, *children(noun, {"acl"}), *ties]
