"""Typed, directed relations between actors, read off the dependency parse.

Triggers come from the ontology (``kg:triggerVerb``/``kg:triggerNoun``), never from Python:
adding a relation with its trigger lemmas to the Turtle makes it extracted. Rules cover active
and passive clauses, coordinated subjects and objects, prepositional objects, event nouns with
their possessors ("the U.S. move to deploy", "Iraq's invasion of Kuwait") and infinitival
complements that share their governor's subject.
"""
from __future__ import annotations

from collections.abc import Iterator, Mapping, Set
from dataclasses import dataclass

from spacy.strings import get_string_id
from spacy.tokens import Token

from .arguments import Arg, Arguments
from .attribution import is_reporting
from .lexicon import table
from .modality import path_up
from .rules import Rules
from .triggers import maybe_triggers, trigger_keys, trigger_of

SUBJ = {"nsubj", "csubj"}
PASSIVE_SUBJ = {"nsubjpass", "csubjpass"}
OBJ = {"dobj", "dative", "obj"}
CLIMB = {"xcomp", "conj", "advcl", "pcomp", "prep", "acl", "relcl", "ccomp", "pobj"}
THINGS = {"WeaponSystem", "Infrastructure"}  # classes of generic targets that never act or speak
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


def _children(tok: Token, deps: set[str]) -> list[Token]:
    return [c for c in tok.children if c.dep_ in deps]


def subjects(verb: Token, args: Arguments, depth: int = 5) -> list[Arg]:
    """Actors doing ``verb``: its subject, or the subject of the clause it is a complement of."""
    cur, via = verb, ""
    for _ in range(depth):
        if via == "advcl":  # "was attacked by militiamen, killing 156": the agent of the passive does the rest
            for agent in _children(cur, {"agent"}):
                found = [a for p in _children(agent, {"pobj"}) for a in args.actors(p)]
                if found:
                    return found
        # a passive subject controls its complement: "Canada is committed to supporting X"
        for s in _children(cur, SUBJ | PASSIVE_SUBJ if via in {"xcomp", "prep"} else SUBJ):
            if s.tag_ in {"WDT", "WP"} and cur.dep_ == "relcl":
                s = cur.head  # "Iraq, which invaded Kuwait": the relative pronoun stands for its head
            found = args.actors(s)
            if found:
                return found
        if cur.dep_ in {"acl", "relcl", "advcl"} and cur.head.pos_ in {"NOUN", "PROPN"}:
            found = args.modifiers(cur.head) or ([] if cur.dep_ == "relcl" else args.actors(cur.head, generic=False))
            if found:
                return found
        if cur.dep_ not in CLIMB or cur.head.i == cur.i:
            return []
        if _children(cur, SUBJ | PASSIVE_SUBJ):
            return []  # the clause has its own subject, and it named no actor
        controller = cur.head.head if cur.dep_ == "pcomp" and cur.head.dep_ == "prep" else cur.head
        if cur.dep_ in {"xcomp", "pcomp"}:
            for obj in _children(controller, OBJ):  # "urged Iran to halt", "warned NATO against sending": the object acts
                found = args.actors(obj)
                if found:
                    return found
        cur, via = cur.head, cur.dep_
    return []


def _prep_objects(tok: Token, preps: frozenset[str], args: Arguments, only: str | None = None) -> list[Arg]:
    out: list[Arg] = []
    for prep in _children(tok, {"prep", "dative"}):  # "sent arms to X" often parses "to" as a dative
        if prep.lower_ in preps and (only is None or prep.lower_ == only):
            for pobj in _children(prep, {"pobj", "pcomp"}):
                out.extend(a for a in args.actors(pobj) if a not in out)
    return out


def verb_objects(verb: Token, args: Arguments, phrasal: str | None, subjects_: list[Arg] = (),
                 direct_only: bool = False, places: frozenset[str] = frozenset()) -> list[Arg]:
    """Actors the verb acts on: direct object, a prepositional object, or the object of its complement.

    Candidates are tried in that order; one that names only the subject ("offered its troops")
    or only generic actors ("dispatched inspectors to Iran") gives way to a later named one.
    ``places``: prepositions that also name the target of this verb's relation ("deployed troops in Syria").
    """
    syn = table("syntax")
    own = {s[1] for s in subjects_} | {a for s in subjects_ for a in args.affiliations(s[1])}  # not "Kim ... North Korea's arsenal"
    denial = verb.lemma_.lower() in table("modality")["fact_denials"]  # "denied sending drones to X" is about the sending

    def options() -> Iterator[list[Arg]]:
        if phrasal:
            yield _prep_objects(verb, frozenset({phrasal}), args)
        for obj in _children(verb, OBJ):
            yield args.actors(obj)
            yield _prep_objects(obj, syn["source_preps"], args)  # "rejected calls by Kofi Annan", "an offer from X"
            yield _prep_objects(obj, syn["noun_object_preps"] - syn["source_preps"], args)
        yield _prep_objects(verb, syn["verb_object_preps"] | places, args)
        for obj in _children(verb, OBJ) if places else ():
            yield _prep_objects(obj, places, args)  # "imposed a curfew in Montenegro"
        for prep in _children(verb, {"prep"}):  # "mobilized reservists for a war against Mali"
            yield [a for p in _children(prep, {"pobj"}) for a in _prep_objects(p, frozenset({"against"}), args)]
        for prt in _children(verb, {"prt"}):  # "kidnapped up to 16 advisers"
            yield _prep_objects(prt, frozenset({"to"}), args)
        for comp in _children(verb, {"ccomp"}) if not (is_reporting(verb) or denial) else ():
            if any(c.dep_ == "mark" and c.lower_ == "that" for c in comp.children) or comp.tag_ in {"VB", "MD"} \
                    or any(c.dep_ == "aux" and c.tag_ == "MD" for c in comp.children):
                for subj in _children(comp, SUBJ | PASSIVE_SUBJ):
                    yield args.actors(subj)  # "demanded that the US cancel ...": the one asked to act
        for comp in _children(verb, {"xcomp"}) if not denial else ():
            for obj in _children(comp, OBJ):
                yield args.actors(obj)
            yield _prep_objects(comp, syn["verb_object_preps"], args)
        for clause in (verb, *_children(verb, {"xcomp"})):  # "threatened to strike unless Israel withdrew"
            for cond in _children(clause, {"advcl"}):
                if any(c.dep_ == "mark" and c.lower_ in syn["condition_marks"] for c in cond.children):
                    for subj in _children(cond, SUBJ | PASSIVE_SUBJ):
                        yield args.actors(subj)

    fallback: list[Arg] = []
    things: list[Arg] = []  # generic weapons and installations: targets only when nothing else is named
    if direct_only:  # "rules Syria", not "leads a delegation to Germany"
        mine = {s[1] for s in subjects_}  # one's own state is exactly what "rules" and "heads" are about
        return [a for obj in _children(verb, OBJ) for a in args.actors(obj, generic=False) if a[1] not in mine]
    for found in options():
        found = [a for a in found if a[1] not in own]
        if found and any(a[0].source != "generic" for a in found):
            return found
        if found and all(a[0].cls in THINGS for a in found):
            things = things or found
        else:
            fallback = fallback or found
    return fallback or things


def noun_arguments(noun: Token, args: Arguments, places: frozenset[str] = frozenset(),
                   third_party: bool = False) -> tuple[list[Arg], list[Arg]]:
    """(subjects, objects) of an event noun: possessor or governing clause's subject; its prepositional target.

    A noun that modifies another ("a mediation mission between X and Y") takes that noun's arguments.
    ``third_party``: the parties a "between" phrase names are the targets, not the subjects (mediation).
    """
    syn = table("syntax")
    mutual = frozenset({"between", "among"})
    relational = noun.lemma_.lower() in syn["relational_nouns"]
    head = noun
    if noun.dep_ == "compound" and noun.head.pos_ == "NOUN" and not relational:
        noun = noun.head  # the phrase's head carries the arguments
    objects = _prep_objects(noun, (syn["noun_object_preps"] | places) - syn["source_preps"] - mutual, args)
    if relational:  # "our ally Turkey": the name is the ally, "our" the other side
        named = [a for c in noun.children if c.dep_ in {"compound", "appos", "nmod"} for a in args.actors(c, generic=False)]
        if noun.dep_ in {"compound", "appos"}:  # "our ally Turkey" parsed with "ally" modifying "Turkey"
            named += args.actors(noun.head, generic=False)
        if not named and noun.i + 1 < len(noun.doc) and noun.i + 1 in args.by_token:  # the name right after it
            named = args.actors(noun.doc[noun.i + 1], generic=False, expand=False)
        objects = objects or named
    for clause in _children(noun, {"acl", "ccomp"}) if not objects else ():  # "the demand that Israel withdraw"
        if any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
            objects = [a for s in _children(clause, SUBJ | PASSIVE_SUBJ) for a in args.actors(s)]
    subjects_ = [a for a in args.modifiers(noun) if a not in objects]
    if not subjects_ and objects and noun.dep_ == "pobj" and noun.head.lower_ in syn["agentive_preps"]:
        # "with the support of Turkey, the rebels ...": the of-phrase gives, the clause's subject receives
        clause = noun.head.head
        return objects, (subjects(clause, args) if clause.pos_ in {"VERB", "AUX"} else [])
    subjects_ = subjects_ or _prep_objects(noun, syn["source_preps"], args)
    gov, slot = noun.head, noun
    if gov.pos_ == "ADP" and noun.dep_ == "pobj":
        gov = gov.head
        if gov.pos_ == "NOUN" and gov.dep_ in NOUN_SLOT and any(c.dep_ == "nummod" for c in gov.children):
            gov, slot = gov.head, gov  # "gave Ghana 5 million dollars of aid": the amount stands in the noun's slot
    if not subjects_ and gov.pos_ == "NOUN" and gov.dep_ in NOUN_SLOT and gov.head.pos_ in {"VERB", "AUX"} and gov.i != noun.i:
        subjects_ = subjects(gov.head, args)  # "began a hunger strike in protest of X": the strikers protest
    if slot.dep_ in NOUN_SLOT and gov.i not in {noun.i, head.i} and gov.pos_ in {"VERB", "AUX"}:
        if not subjects_:
            subjects_ = subjects(gov, args)
        if not objects and slot.dep_ in {"dobj", "attr"}:
            objects = _prep_objects(gov, syn["verb_object_preps"] | places, args)  # "boosted its trade with X"
            objects = objects or [a for d in _children(gov, {"dative"}) for a in args.actors(d)]  # "gave Ghana aid"
    between = _prep_objects(noun, mutual, args) if not objects else []
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


def candidates(args: Arguments, rules: Rules) -> Iterator[Candidate]:
    """Every relation candidate in the document, in token order.

    ``rules.mutual`` relations relate coordinated subjects to each other when no object is given
    ("Hungary and Romania agreed ..."); ``rules.reversals[relation][verb]`` recodes an act governed
    by a reversing verb ("reduced food supplies", "lifted the curfew"); ``rules.purposeful`` relations
    take their target from a purpose clause ("staged a rally to demand reforms by X");
    ``rules.target_preps[relation]`` adds prepositions that name the target ("deployed troops in Syria").
    """
    index, keys, mutual, reversals = rules.triggers, rules.trigger_keys, rules.mutual, rules.reversals
    structural, purposeful = rules.structural, rules.purposeful
    hits = {tok.i: hit for tok in maybe_triggers(args.doc, keys) if (hit := trigger_of(tok, index)) is not None}
    emitted: set[int] = set()
    purposes: set[int] = set()  # tokens of purpose clauses whose act a purposeful trigger already carries
    for c, clause in obligations(args, index.get("modal", {})):  # "declared that China must drop ...": a demand
        purposes.update(t.i for t in clause.subtree)
        yield c
    labelled: set[int] = set()  # labelling verbs that gave a relation: their own trigger reading is not coded
    for c, label in labellings(args, index.get("label", {})):  # "branded the drills a provocation"
        purposes.update(t.i for t in label.subtree)
        labelled.add(c.trigger.i)
        yield c
    for i in sorted(hits, key=lambda i: _depth(args.doc[i])):
        tok, (relation, kind, phrasal) = args.doc[i], hits[i]
        if tok.i in labelled:
            emitted.add(tok.i)
            continue
        if _governed_by(tok, hits, emitted, event=relation not in structural, intents=rules.intent_relations) or (tok.i in purposes and relation not in structural):
            emitted.add(tok.i)  # what it governs is covered too
            continue  # "threatened to cut off", "lifted the embargo": the governing trigger carries the event
        if kind == "verb" and tok.lemma_.lower() in table("syntax")["statement_verbs"] and any(
                c.dep_ == "dobj" and any(n.i in hits and hits[n.i][1] == "noun" for n in (c, *_children(c, {"compound"})))
                for c in tok.children):
            continue  # "reiterated its demand", "voiced support", "undertook a mediation mission": the noun is the event
        gov = _governor(tok)
        if gov is not None and reversals:
            relation = reversals.get(relation, {}).get(gov.lemma_.lower(), relation)
        if kind == "verb":
            passive = _children(tok, PASSIVE_SUBJ)
            if passive:
                objs = [a for p in passive for a in args.actors(p)]
                subs = [a for agent in _children(tok, {"agent"}) for p in _children(agent, {"pobj"}) for a in args.actors(p)]
                rule, conf = "passive", 0.7
            else:
                subs = subjects(tok, args)
                objs = verb_objects(tok, args, phrasal, subs, direct_only=relation in structural,
                                    places=rules.target_preps.get(relation, frozenset()))
                rule, conf = "verb", 0.75
        else:
            subs, objs = noun_arguments(tok, args, rules.target_preps.get(relation, frozenset()), relation in rules.third_party)
            rule, conf = "noun", 0.6
        if subs and not objs and relation in purposeful:
            clauses = _purpose_clauses(tok)
            objs = _first_actor(clauses, args, {a[1] for a in subs})
            if objs:
                rule += "+purpose"
                purposes.update(t.i for c in clauses for t in c.subtree)
        if subs and relation in mutual and (subs == objs or (not objs and len(subs) > 1)):
            pairs = [(a, b) for i, a in enumerate(subs) for b in subs[i + 1:]]  # "X and Y agreed", "talks between X and Y"
            rule += "+coordination" if not objs else ""
        else:
            pairs = [(s, o) for s in subs for o in objs]
        for s, o in pairs:
            if s[1] != o[1]:
                penalty = 0.1 * sum(a[0].source in {"coref", "generic"} for a in (s, o))
                emitted.add(tok.i)
                yield Candidate(relation, s, o, tok, rule, round(conf - penalty, 2))


def obligations(args: Arguments, modals: Mapping[str, str]) -> Iterator[tuple[Candidate, Token]]:
    """Statements that someone must act, with the obliged clause: "X declared that Y must withdraw" relates X to Y.

    The trigger is the stating verb (its negation or hedges count); the obliged act is not coded.
    """
    if not modals:
        return
    wanted = {get_string_id(m) for m in modals}
    for i, lower in enumerate(args.doc.to_array("LOWER").tolist()):
        if lower not in wanted:
            continue
        aux = args.doc[i]
        comp = aux.head
        if aux.dep_ != "aux" or comp.dep_ != "ccomp" or not is_reporting(comp.head):
            continue
        subs = subjects(comp.head, args)
        objs = [a for s in _children(comp, SUBJ | PASSIVE_SUBJ) for a in args.actors(s)]
        for s in subs:
            for o in objs:
                if s[1] != o[1]:
                    yield Candidate(modals[aux.lower_], s, o, comp.head, "obligation", 0.6), comp


def labellings(args: Arguments, labels: Mapping[str, str]) -> Iterator[tuple[Candidate, Token]]:
    """Labels put on what someone did, with the label: "North Korea branded the drills by the South a provocation".

    The trigger is the labelling verb; the target is the labelled thing's actor or its agent.
    """
    if not labels:
        return
    verbs = {get_string_id(v) for v in table("syntax")["labelling_verbs"]}
    for i, lemma in enumerate(args.doc.to_array("LEMMA").tolist()):
        tok = args.doc[i] if lemma in verbs else None  # no Token objects for the other words
        if tok is None or tok.pos_ != "VERB":
            continue
        slots = [c for c in tok.children if c.dep_ in {"dobj", "oprd", "attr", "xcomp"}]
        slots += [p for prep in _children(tok, {"prep"}) if prep.lower_ == "as" for p in _children(prep, {"pobj"})]
        label = next((s for s in slots if s.lemma_.lower() in labels), None)
        labelled = next((s for s in slots if s.dep_ == "dobj" and label is not None and s.i != label.i), None)
        if label is None or labelled is None:
            continue
        objs = args.actors(labelled) or _prep_objects(tok, frozenset({"by"}), args)
        for s in subjects(tok, args):
            for o in objs:
                if s[1] != o[1]:
                    yield Candidate(labels[label.lemma_.lower()], s, o, tok, "label", 0.6), label


def _purpose_clauses(tok: Token) -> list[Token]:
    """Clauses that state what an act is for: "demonstrated [calling for ...]", "staged a strike [to demand ...]"."""
    anchor = tok
    if tok.pos_ not in {"VERB", "AUX"} and tok.dep_ in NOUN_SLOT and tok.head.pos_ in {"VERB", "AUX"}:
        anchor = tok.head  # the light verb that stages the act
    return [c for c in anchor.children if c.dep_ in {"advcl", "xcomp"} and c.i != tok.i] + \
        [c for c in tok.children if c.dep_ == "acl"]


def _first_actor(clauses: list[Token], args: Arguments, exclude: Set[str]) -> list[Arg]:
    """The first actor inside ``clauses`` that is not one of ``exclude``: named ones before generic groups."""
    for named in (True, False):  # a name first ("President Suharto"), a generic group ("government forces") after
        for clause in clauses:
            for t in clause.subtree:
                if (t.i in args.by_token) if named else (t.pos_ in {"NOUN", "PROPN"} and t.lower_ in args.generic):
                    found = [a for a in args.actors(t, generic=not named, expand=False) if a[1] not in exclude]
                    if found:
                        return found
    return []


def _governor(tok: Token) -> Token | None:
    """The verb that takes a trigger as its object or complement ("reduced [food supplies]", "stopped [cooperating]")."""
    head = tok.head
    if tok.dep_ == "pobj" and head.dep_ == "prep":
        head = head.head
    elif tok.dep_ not in {"dobj", "xcomp", "nsubjpass"}:
        return None
    return head if head.pos_ in {"VERB", "AUX"} and head.i != tok.i else None


def _depth(tok: Token) -> int:
    """Distance to the sentence root, so governing triggers are handled before the ones they govern."""
    depth = 0
    while tok.head.i != tok.i:
        tok, depth = tok.head, depth + 1
    return depth


def _governed_by(tok: Token, hits: Mapping[int, tuple], emitted: set[int], event: bool = True,
                 intents: Set[str] = frozenset()) -> bool:
    """True when a trigger that governs ``tok`` already gave a relation that covers it.

    That is a verb taking it as complement or object ("threatened to cut off", "lifted the embargo"),
    or a request anywhere above it in its clause: what X demanded that Y do has not happened, so the
    asked-for act is no claim at all; the request is the event ("demanded that Hamas renounce violence"). A structural relation (``event``
    false) describes a state of affairs, not an act, and is not covered by a request. An intent or threat
    (``intents``) covers the act in its that-clause.
    """
    head = tok.head
    if tok.dep_ in {"xcomp", "dobj", "pobj"} and head.i in emitted and hits[head.i][1] == "verb":
        return True
    if tok.dep_ == "pobj" and head.head.i in emitted and head.dep_ == "prep" and hits[head.head.i][1] == "verb":
        return True
    if tok.dep_ == "ccomp" and head.i in emitted and hits[head.i][0] in intents:
        return True  # "agreed that their countries should cooperate": the agreement is the event
    requests = table("modality")["requests"]
    path = path_up(tok)
    reporter = [path[-1].head] if path[-1].dep_ == "ccomp" else []  # "reiterated its demand that ..."
    return event and (any(g.lemma_.lower() in requests and g.pos_ in {"VERB", "NOUN"} for g in path[1:])
                      or any(c.dep_ == "dobj" and c.lemma_.lower() in requests for g in path[1:] + reporter for c in g.children))
