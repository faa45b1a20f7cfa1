"""Typed, directed relations between actors, read off the dependency parse.

Triggers come from the ontology (``kg:triggerVerb``/``kg:triggerNoun``), never from Python:
adding a relation with its trigger lemmas to the Turtle makes it extracted. Rules cover active
and passive clauses, coordinated subjects and objects, prepositional objects, event nouns with
their possessors ("the U.S. move to deploy", "Iraq's invasion of Kuwait") and infinitival
complements that share their governor's subject.
"""
from __future__ import annotations

from collections.abc import Iterator, Mapping
from itertools import chain

from spacy.tokens import Token

from ..resolve import NAMED, PERSON

from . import acts, cover
from .anaphora import main_parties
from .answers import asker, bare
from .arguments import PLACE, Arg, Arguments
from .clauses import THINGS, Candidate, children, commands_own, first_actor, prep_objects, purpose_clauses, subjects
from .frames import fates, inclusions, labellings, obligations, predications, shieldings
from .lexicon import table
from .modality import modality
from .nouns import noun_arguments
from .rules import Rules
from .triggers import compounded, maybe_triggers, trigger_of
from .unnamed import each_other
from .verbs import verb_arguments

__all__ = ["THINGS", "Candidate", "candidates"]


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
    syn = table("syntax")
    hits = {tok.i: hit for tok in maybe_triggers(args.doc, keys) if (hit := trigger_of(tok, index)) is not None
            and not _named_inside(args, tok)}
    emitted: dict[int, set[str]] = {}  # trigger token → ids of the objects its relations took
    partners: dict[int, list] = {}  # cooperative trigger token → the objects it took
    purposes: set[int] = set()  # tokens of purpose clauses whose act a purposeful trigger already carries
    for c, clause in obligations(args, index.get("modal", {}), rules.joint_senses):  # "declared that China must
        # drop ...": a demand
        purposes.update(t.i for t in clause.subtree)
        yield c
    inverse = set(index.get("inverse", {}).values())
    yield from shieldings(args, index.get("shield", {}))  # "protect Lebanon from Israeli aggression": against Israel
    yield from fates(args, index.get("fate", {}))  # "Israel will pay a heavy price," the minister said: a threat
    labelled: set[int] = set()  # verbs read otherwise: their own trigger reading is not coded
    for c in inclusions(args, index, inverse - structural, inverse - structural - rules.cooperative):
        if c.relation not in structural:  # "received $3 billion in aid from X": the receiving is the aid
            purposes.update(t.i for o in children(c.trigger, {"dobj"}) for t in o.subtree)
        else:
            labelled.add(c.trigger.i)  # "NATO admitted Finland": a membership, no statement
        yield c  # "the coalition includes Australia", "received jets from Denmark"
    for c, label in chain(labellings(args, index.get("label", {})),  # "branded the drills a provocation"
                          predications(args, index.get("label", {}))):  # "said Beijing's actions were illegal"
        purposes.update(t.i for t in label.subtree)
        if c is not None:
            labelled.add(c.trigger.i)
            yield c
    commanded = {i for i in hits if hits[i][1] == "verb" and commands_own(args.doc[i], args)}  # one's own forces
    folded = {o.i for i in hits if hits[i][1] == "noun" and (o := compounded(args.doc[i], index)) is not None}
    for i in sorted(hits, key=lambda i: _depth(args.doc[i])):
        tok, (relation, kind, phrasal) = args.doc[i], hits[i]
        if i in commanded:
            continue  # "instructed the foreign ministry to expel X": the commander expels X, asking no one
        if tok.i in labelled or tok.i in folded:  # ("curbs on the sale of chips": the sale is part of the curbs)
            emitted.setdefault(tok.i, set())
            continue
        if cover.governed_by(tok, hits, emitted, event=relation not in structural, intents=rules.intent_relations,
                             reactions=rules.reactions - rules.rejections, reversing=rules.reversing,
                             commanded=commanded) \
                or (tok.i in purposes and relation not in structural):  # ("vetoed EU aid": no aid was given)
            emitted.setdefault(tok.i, set())  # what it governs is covered too
            continue  # "threatened to cut off", "lifted the embargo": the governing trigger carries the event
        under = tok.head.head.i if tok.dep_ == "pobj" and tok.head.dep_ == "prep" else None
        under = under if under in emitted and hits[under][1] == "verb" else None  # "accused X of aggression"
        if relation in structural and tok.lemma_.lower() in syn["accompany_verbs"] and (any(
                c.dep_ == "pcomp" or (c.i in hits and hits[c.i][1] == "noun" and p.lower_ in syn["accompany_preps"])
                for h in (tok, *children(tok, {"dobj"})) for p in children(h, {"prep"}) for c in p.children) or any(
                c.i in hits and hits[c.i][1] == "noun" and c.lemma_.lower() not in syn["relational_nouns"]
                for c in children(tok, {"dobj"}))):
            continue  # "joined Australia in condemning", "joined Russia's fight", "joined X for talks": company in an act
        if kind == "verb" and cover.carries_noun(tok, hits, index, structural, reversals, rules.cooperative):
            continue  # "reiterated its demand", "exchanged threats", "engaged in mass killings": the noun is the event
        # "vowed to continue the offensive": the offensive, stated as an intent (a threat), is the event
        promised_other = kind == "verb" and relation == rules.promise and cover.intends_other(tok, hits, rules)
        gov, spent = cover.governor(tok), None
        denied = kind == "verb" and gov is not None and gov.lemma_.lower() in table("modality")["fact_denials"]
        raised = gov is not None and gov.lemma_.lower() in syn["level_raisers"] and any(  # "lifting the duty to 50%"
            p.lower_ in syn["level_preps"] and any(o.like_num or any(n.like_num for n in o.children)
                                                   for o in children(p, {"pobj"}))
            for h in (gov, *children(gov, {"dobj"})) for p in children(h, {"prep"}))
        if gov is not None and not denied and not raised and gov.lemma_.lower() in reversals.get(relation, {}):
            # "denied aid to X" cuts it; "denied supplying X" is a denial of the supplying (a negated act)
            relation, spent = reversals[relation][gov.lemma_.lower()], gov.i  # "prohibited aid" cuts aid: no negation
        if cover.no_act(tok, relation, kind, hits, rules):
            continue  # "beat Pakistan in the final", "denied arming X", "seeking to join", "to help fight X"
        if kind == "verb" and relation in structural and any(
                d.lemma_.lower() in args.acts or d.lower_ in syn["anaphoric_acts"] for d in children(tok, {"dobj"})):
            continue  # "the faction that led the offensive", "jets joined the operation": an act, no body
        if kind == "verb" and relation in rules.verbal_senses and (any(
                d.lemma_.lower() in syn["policy_nouns"] for d in children(tok, {"dobj"})) or (
                relation not in rules.forceful and any(  # (a clause under a forceful verb is no remark of it)
                    args.actors(s) for c in children(tok, {"ccomp"}) for s in children(c, {"nsubj", "nsubjpass"})))):
            relation = rules.verbal_senses[relation]  # "attacked the government's budget": criticism of the government;
            # "regretted that Bamako chose insults" too (but "apologised that the incident had taken place" apologises)
        twin = syn["person_object_twins"].get(tok.lemma_.lower()) if kind == "verb" else None
        if twin in index["verb"] and any(a[0].cls == PERSON for d in children(tok, {"dobj"})
                                         if d.i not in hits and d.lemma_.lower() not in args.acts | syn["policy_nouns"]
                                         for a in args.actors(d)):
            relation = index["verb"][twin]  # "welcomed Putin in Beijing" greets a visitor ("welcomed the deal" praises)
        if kind == "verb" and relation in rules.destination_senses and any(
                o.lemma_.lower() in syn["destination_places"] for h in (tok, *children(tok, {"dobj"}))
                for p in children(h, {"prep", "dative"})
                if p.lower_ in syn["destination_preps"] for o in children(p, {"pobj"})):
            relation = rules.destination_senses[relation]  # "sent a patrol boat into Guyana's waters": a deployment
        if kind == "verb" and relation in rules.forceful_senses and acts.armed(tok):
            relation = rules.forceful_senses[relation]  # "blasted the ship with water cannon": an assault
        if kind == "verb" and relation == rules.promise and rules.ultimatum and any(
                d.lemma_.lower() in syn["retort_nouns"] for d in children(tok, {"dobj"})):
            relation = rules.ultimatum  # "Beijing vows response", "vowed retaliation": a threat, no cooperation
        if kind == "verb":
            read = verb_arguments(tok, relation, phrasal, hits, args, rules)
            if read is None:
                continue  # "vowed to stop Iran": no partner; "pledged to raise their own budgets": each its own
            subs, objs, rule, conf = read
            if relation in rules.verbal_senses and relation in rules.forceful and subs \
                    and all(a[0].cls == PERSON and a[0].source in NAMED for a in subs) \
                    and any(o[0].cls == PERSON and o[0].source in NAMED for o in objs):
                relation = rules.verbal_senses[relation]  # "Erdogan clashed with Macron over Libya", "X attacked Y":
                objs = [o for o in objs if o[0].cls == PERSON]  # people at odds say so (the rest is what about)
        else:
            if tok.dep_ in {"dobj", "attr"} and emitted.get(tok.head.i) \
                    and f"{tok.head.lemma_.lower()} {tok.lemma_.lower()}" in index["verb"]:
                continue  # "traded blame": the noun is part of the verb's trigger, which carried the act
            if tok.dep_ == "dobj" and tok.i > 1 and args.doc[tok.left_edge.i - 1].text == "," and any(
                    d.i < tok.i for d in children(tok.head, {"dobj"})):
                continue  # "delivered missiles to Russia, a claim Tehran denied": a summary of the clause, no object
            first = tok
            while first.dep_ in {"conj", "appos"} and first.head.i != first.i:  # "condemned the attack ... and other attacks"
                first = first.head
            if first.pos_ in {"VERB", "AUX"} and first.i != tok.i:  # a noun the parser coordinated with the verb
                gov_i, slot = first.i, "dobj"  # stands as its object
            else:
                gov_i, slot = (first.head.head if first.dep_ == "pobj" else first.head).i, first.dep_
            object_slot = slot == "dobj" or (slot == "pobj" and first.head.lower_ in syn["reaction_preps"]
                                             and first.head.head.i == gov_i)  # "protested against the visit"
            reacts = (object_slot and gov_i in hits and hits[gov_i][1] == "verb"
                      and hits[gov_i][0] not in rules.intent_relations and hits[gov_i][0] not in structural
                      and args.doc[gov_i].lemma_.lower() not in syn["statement_verbs"] | syn["command_verbs"] | syn["claim_verbs"]
                      | table("modality")["reluctance"]  # ("did not rule out sanctions on X": the sanctions are open)
                      and args.doc[gov_i].lemma_.lower() not in syn["reciprocal_verbs"]
                      and args.doc[gov_i].lemma_.lower() not in reversals.get(hits[tok.i][0], {})  # ("scrapped tariffs")
                      and f"{args.doc[gov_i].lemma_.lower()} {tok.lemma_.lower()}" not in index["verb"])  # ("deepened
            # security ties": the verb's own phrase, whose kind the noun gives)
            # "vowed revenge for the killing", "condemned X for the attack": the reason is another's act
            # (but "arrived for talks" is for talks of one's own)
            answers = (slot == "pobj" and first.head.lower_ == "for" and gov_i in hits
                       and (hits[gov_i][0] in rules.intent_relations or hits[gov_i][0] in rules.reactions))
            # "an investigation into war crimes": the crimes are not the investigator's (but "a strike in protest")
            # (but "airstrikes, including strikes against X" are the airstrikes' own)
            inside = first.dep_ == "pobj" and first.head.head.i in hits and hits[first.head.head.i][1] == "noun" \
                and first.head.lower_ not in syn["helping_preps"] and first.head.lower_ not in syn["inclusion_marks"]
            # "share information on the attacks with X": a topic, not the sharers' act
            topic = first.dep_ == "pobj" and first.head.lower_ in syn["topic_preps"] and first.head.head.pos_ == "NOUN"
            # "is against sanctions on X", "voted against military action": the opponent takes no part in a hostile act
            opposed = slot == "pobj" and first.head.lower_ in syn["enemy_preps"] \
                and hits[tok.i][0] not in rules.cooperative and relation not in structural
            borrow = not (reacts or answers or inside or topic or opposed)  # "condemned the attack": the condemner did
            # not attack
            joint = gov_i in hits and rules.ontology.root(hits[gov_i][0]).name == rules.ontology.root(relation).name
            own = hits[tok.i][0]  # a reversed act keeps its own targets: "halted its offensive against X"
            preps = rules.target_preps.get(relation, frozenset()) | rules.target_preps.get(own, frozenset())
            subs, objs = noun_arguments(tok, args, preps,
                                        relation in rules.third_party, borrow, own in rules.cooperative,
                                        relation in rules.verbal, relation in rules.place_targets, joint)
            if relation in rules.means and tok.dep_ == "dobj":
                # "approved the sale of F-16 jets to Turkey": the jets are the means, the "to" hung on the verb the target
                goods = [o for p in children(tok, {"prep"}) if p.lower_ == "of" for o in children(p, {"pobj"})]
                objs = [o for o in objs if o[0].cls not in THINGS and not any(
                    g.left_edge.idx <= o[0].start <= g.idx for g in goods)] or [
                    a for p in children(tok.head, {"prep"}) if p.lower_ == "to" and p.i > tok.i
                    for o in children(p, {"pobj"}) for a in args.actors(o)]
            if reacts and subs and not objs and tok.lemma_.lower() in syn["proposal_nouns"] \
                    and rules.ontology.relation(hits[gov_i][0]).goldstein != 0:
                objs = [a for a in subjects(args.doc[gov_i], args) if a not in subs]  # "ignored Beijing's calls to
                # halt": Beijing called on the one who ignored them (not "X described Y's proposal as ...": a word
                # on it says nothing of whom it was made to)
            if len(subs) > 1 and subs == objs and relation in rules.mutual_senses:
                relation = rules.mutual_senses[relation]  # "strikes between X and Y": a fight, not two assaults
            rule, conf = "noun", 0.6
            wholes = [o for p in children(tok, {"prep"}) if p.lower_ == "of" for o in children(p, {"pobj"})]
            if tok.lemma_.lower() in syn["part_nouns"] and any(
                    o.i not in args.by_token and o.lower_ not in args.generic for o in wholes):
                continue  # "part of Kazakhstan's output": a part of a thing, no membership of its owner
        if relation in rules.owned_targets or relation in rules.verbal or relation in rules.forceful:
            # "raised tariffs on Chinese electric vehicles": on China, not the vehicles; "concern over the deployment of
            # US missiles": over the US (a word is for whoever holds the thing)
            objs = [args.agent(o) for o in objs]
        if relation in rules.national_targets:  # "released ten detained Americans": to the United States
            objs = [args.of_nation(o) for o in objs]
            if any(o[0].cls == "State" for o in objs):  # "expelled six Indian diplomats, among them X": India's, not
                objs = [o for o in objs if o[0].cls != PERSON]  # X's own
        if kind == "noun" and subs and not objs and relation in rules.cooperative and relation in rules.symmetric \
                and tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.lower_ in syn["occasion_preps"]:
            objs = addressees(tok.head.head, args, subs)  # "apologised to Aliyev in a phone call": the call with him
            under = None  # (an act of its own beside the verb's)
        talked_to = prep_objects(tok, frozenset({"with"}), args) if kind == "verb" and tok.lemma_.lower() in syn[
            "discussion_verbs"] else []
        if talked_to:  # "discussed Ukraine with Xi": Ukraine is the topic, Xi the one talked to
            objs = talked_to
        traded = kind == "verb" and len(subs) > 1 and tok.lemma_.lower() in syn["reciprocal_verbs"]  # "X and Y traded blame"
        if traded:  # "exchanged fire at the Torkham crossing": with each other, unless "with" names another
            named_with = prep_objects(tok, frozenset({"with"}), args)
            objs = [o for o in objs if o in named_with]
        if subs and not objs and not traded and tok.lemma_.lower() not in table("modality")["requests"] and (
                relation in rules.verbal and relation not in rules.cooperative
                or relation in rules.forceful and modality(tok) == "intended"):  # "vowed revenge after X struck": at X
            # "Beijing lodged a protest after a US destroyer sailed through the strait": at whoever did what it answers
            # (a demand "after" something asks something of someone else)
            clause = tok if kind == "verb" else cover.governor(tok) or tok
            objs = [a for c in children(clause, {"advcl"}) if any(m.dep_ == "mark" and m.lower_ in syn["cause_marks"]
                                                                  for m in c.children)
                    and c.lemma_.lower() not in syn["undergo_verbs"]  # (not "after two fishermen drowned")
                    for a in subjects(c, args) if a not in subs]
        if subs and not objs and kind == "verb" and relation in rules.answers and bare(tok):
            objs = asker(args, tok, subs, rules.answers[relation], index)  # "The US asked Pakistan to hand
            # over the suspects. Islamabad refused.": the US
        asked = children(tok, {"dobj"}) + [o for p in children(tok, {"prep"}) for o in children(p, {"pobj"})]
        if subs and not objs and kind == "verb" and any(d.lemma_.lower() in syn["calm_nouns"] for d in asked):
            objs = main_parties(args, tok, 2, {s[1] for s in subs})  # "urged restraint", "called for calm": on the
            # two sides of the conflict
        if subs and not objs and relation in purposeful:
            clauses = purpose_clauses(tok)
            objs = first_actor(clauses, args, {a[1] for a in subs})
            if objs:
                rule += "+purpose"
                purposes.update(t.i for c in clauses for t in c.subtree)
        if not objs and subs and kind == "verb" and tok.dep_ == "conj" and (
                relation == rules.promise or relation in rules.partnered):
            objs = partners.get(tok.head.i, [])  # "sided with Mogadishu and pledged support": to Mogadishu; "raised
            # the case with X and demanded his release": of X
        if objs and relation in rules.cooperative:
            partners[tok.i] = objs
        if under is not None and {o[1] for o in objs} <= emitted[under]:
            emitted.setdefault(tok.i, set())
            continue  # nothing beyond the governing verb's own target; "arrived for talks with Putin" is more
        # "agreed to deploy a joint force": no partner named (but "X and Y fought militants" names the enemy)
        unnamed = not objs or (relation in rules.cooperative and all(o[0].source == "generic" for o in objs)) \
            or (relation in rules.symmetric and len({a[1] for a in subs}) > 1 and all(o[0].cls == PLACE for o in objs)
                and (relation in rules.cooperative or tok.lemma_.lower() in syn["clash_verbs"]))
        # ("X and Y clashed in Ladakh", "held talks in Ladakh": with each other, the place is where)
        if promised_other and not (unnamed and len(subs) > 1):
            continue  # but "X and Y agreed to deploy a joint force" is their agreement with each other
        reciprocal = kind == "noun" and not objs and len(subs) > 1 and slot == "dobj" \
            and args.doc[gov_i].lemma_.lower() in syn["reciprocal_verbs"]  # (the first of coordinated objects' verb:
        # "traded drone and artillery fire")
        parties_ = [s for s in subs if s not in args.collective]  # (the body one acts as part of is no other party)
        forms = [f"{w} {tok.lemma_.lower()}" for w in syn["joint_words"]] if kind == "noun" and not objs else []
        joint = next((index["noun"][f] for f in forms if f in index["noun"]), None)  # its joint form: "joint drill"
        sides = {args.body_state(a)[1] for a in parties_ if a[0].source != "generic" or a[1] in args.parts}
        if joint in mutual and relation not in mutual and len(sides) > 1 and len(sides) == len(parties_):
            relation = joint  # "X and Y held naval exercises", "began their drills": joint drills, with each other
            # (not "patrols by police and soldiers": the forces of one state, or of none named)
        gifts = [d for d in children(tok, {"dobj"}) if d.i not in hits and d.lemma_.lower() not in args.acts] \
            if kind == "verb" and relation == rules.promise else []  # "X and Y pledged fighter jets": to a third party,
        gift = bool(gifts)  # the jets no partner
        objs = [o for o in objs if not (o[0].source == "generic" or o[0].cls in THINGS)
                or not any(o[0].start <= d.idx < o[0].end for d in gifts)]
        reciprocal = reciprocal or (kind == "verb" and len(parties_) > 1 and (each_other(tok) or (traded and not objs)))
        if reciprocal:  # "China and the Philippines traded accusations", "accused each other": each the other
            pairs = [(a, b) for a in subs for b in subs if a[1] != b[1]]
            rule += "+coordination"
        elif subs and relation in mutual and (subs == objs or (unnamed and len(parties_) > 1
                                                               and tok.lemma_.lower() not in syn["one_way_verbs"]
                                                               and not gift)) \
                and (not all(set(a[0].text.lower().split()) & set(syn["third_person_plural"]) for a in subs)
                     or any(c.dep_ == "amod" and c.lower_ in syn["joint_words"] for c in tok.children)
                     or (relation in rules.cooperative and relation in rules.symmetric)) \
                and not _one_act(args, subs) and not (kind == "noun" and not objs and relation not in rules.cooperative
                         and cover.adjunct_of_act(tok, hits)) \
                and not (kind == "verb" and subs != objs and tok.lemma_.lower() in syn["one_sided_force_verbs"]) \
                and not (subs != objs and any(c.dep_ == "amod" and c.lower_ in syn["apart_words"]
                                              for c in tok.children)) \
                and not (kind == "verb" and relation not in rules.cooperative
                         and _aimed_at_thing(tok, hits, args, index)):  # "joined forces to fight piracy"
            # (but "their fight", "part of their training", "the strikes [by X and Y] destroyed" is not each other's;
            # "their joint exercises" are, and "X and Y began their drills", "expanded their trade": cooperation; "shot
            # down by X and Y" is no fight between them, "X and Y clashed" is)
            pairs = [(a, b) for i, a in enumerate(subs) for b in subs[i + 1:]]  # "X and Y agreed", "talks between X and Y"
            rule += "+coordination" if not objs else ""
        else:
            pairs = [(s, o) for s in subs for o in objs]
        switched = kind == "noun" and tok.dep_ == "dobj" and tok.head.lemma_.lower() in syn["switching_verbs"]
        losers = {a[1] for h in (tok, tok.head) for a in prep_objects(h, frozenset({"from"}), args)} \
            if switched else set()
        for s, o in pairs:  # (ends in overlapping spans, "[part of [their]] training", are no two parties; a
            # description of several, "the two leaders", is one span for each of them; nor is a body and its own state,
            # "China's foreign ministry vowed to protect Chinese firms")
            if s[1] != o[1] and (s[0].span == o[0].span or not (s[0].start < o[0].end and o[0].start < s[0].end)) \
                    and o[1] != args.parts.get(s[1]) and s[1] != args.parts.get(o[1]) \
                    and not (kind == "noun" and any(a[0].source == "generic" and a[0].start <= tok.idx < a[0].end
                                                    for a in (s, o))):  # "the alliance, including X": not its own ally
                penalty = 0.1 * sum(a[0].source in {"coref", "generic"} for a in (s, o))
                taken = reversals.get(relation, {}).get(syn["switch_reversal"]) if o[1] in losers else relation
                if taken is None:
                    continue  # ("switched recognition from Taiwan to China": taken from Taiwan, not given)
                emitted.setdefault(tok.i, set()).add(o[1])
                yield Candidate(taken, s, o, tok, rule, round(conf - penalty, 2), spent)


def _aimed_at_thing(verb: Token, hits: Mapping[int, tuple], args: Arguments, index: Mapping) -> bool:
    """Is the verb's object a thing that names no actor and no act, nor a part of the verb's own trigger ("fight
    piracy"; not "broke off relations")? Coordinated subjects of a hostile verb then act on it, not on each other."""
    words = ("", *(f"{p.lower_} " for p in children(verb, {"prt"})))
    return any(d.pos_ == "NOUN" and d.i not in hits and d.lemma_.lower() not in args.acts
               and not any(f"{verb.lemma_.lower()} {w}{d.lemma_.lower()}" in index["verb"] for w in words)
               for d in children(verb, {"dobj"}))


def _one_act(args: Arguments, subs: list) -> bool:
    """Do all the subjects stand for the agents of one act noun ("the strikes" by the US and Britain)?"""
    spans = {a[0].span for a in subs}
    span = args.doc.char_span(*next(iter(spans)), alignment_mode="expand") if len(spans) == 1 else None
    return span is not None and span.root.lemma_.lower() in args.acts | table("syntax")["anaphoric_acts"]


def _depth(tok: Token) -> int:
    """Distance to the sentence root, so governing triggers are handled before the ones they govern."""
    depth = 0
    while tok.head.i != tok.i:
        tok, depth = tok.head, depth + 1
    return depth


def addressees(verb: Token, args: Arguments, subs: list[Arg]) -> list[Arg]:
    """The actors a verb addresses: its objects that name one ("told Trump"; not "raised the incident", whose actor is
    no addressee) and its ``addressee_preps`` phrases ("apologised to Aliyev"), not its subjects."""
    if verb.pos_ != "VERB":
        return []
    heard = [a for o in children(verb, {"dobj", "dative"}) if o.i in args.by_token or o.pos_ in {"PROPN", "PRON"}
             for a in args.actors(o)] + prep_objects(verb, frozenset(table("syntax")["addressee_preps"]), args)
    return [a for a in heard if a[1] not in {s[1] for s in subs}]


def _named_inside(args: Arguments, tok: Token) -> bool:
    """Is ``tok`` a word of a name that other words of the name modify ("the Asia-Pacific Economic Cooperation forum"):
    part of a name, no trigger (but "formed the Alliance of Sahel States" forms an alliance)."""
    m = args.by_token.get(tok.i)
    return m is not None and m.source in {"ner", "gazetteer"} and any(
        c.dep_ in {"compound", "amod"} and m.start <= c.idx < m.end for c in tok.children)
