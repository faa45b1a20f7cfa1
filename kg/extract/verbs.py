"""Who acts on whom for a verb trigger: active and passive clauses, hyphened agents, promises.

A plain function over the parse; ``relations.candidates`` calls it for every verb trigger it keeps.
"""
from __future__ import annotations

from spacy.tokens import Token

from .arguments import Arguments
from .clauses import PASSIVE_SUBJ, by_agents, children, parties, prep_objects, subjects
from .lexicon import table
from .objects import verb_objects
from .phrases import hyphen_agent
from .rules import Rules


def verb_arguments(tok: Token, relation: str, phrasal: str | None, hits: dict, args: Arguments,
                   rules: Rules) -> tuple[list, list, str, float] | None:
    """Subjects, objects, rule name and prior confidence of verb trigger ``tok`` read as ``relation``.

    ``hits`` maps token ids to their trigger readings; None means the verb relates no one (a promise
    whose only partners are its own forces, or an act no trigger names).
    """
    index, structural, syn = rules.triggers, rules.structural, table("syntax")
    passive = children(tok, PASSIVE_SUBJ)
    if not passive and tok.dep_ == "acl" and tok.tag_ == "VBN" and (relation in rules.place_agents or (
            phrasal is None and children(tok, {"agent"}) and (relation in rules.third_party or
            tok.head.i in args.by_token or tok.head.lower_ in args.generic or args.modifiers(tok.head)
            or tok.head.lower_ in syn["anaphoric_acts"]))):  # ("..., a move condemned by the EU")
        passive = [tok.head]  # "released fishermen detained in the gulf", "the force, led by X": they were
        # ("a ceasefire brokered by X": done between its parties, see ``parties``)
    if not passive and tok.dep_ == "advcl" and tok.tag_ == "VBN" and tok.i < tok.head.i and not any(
            c.dep_ in {"aux", "auxpass", "nsubj", "nsubjpass", "mark"} for c in tok.children):
        passive = children(tok.head, {"nsubj", "nsubjpass"})  # "Asked whether troops might be sent, he said":
        # he was asked; "Backed by Russia, the army attacked": the army was backed
    agent = hyphen_agent(tok) if relation not in structural else None  # ("a Saudi-owned weekly" owns no actor)
    if agent is not None:  # "the Iran-backed Houthis", "Russian-trained forces": the hyphened actor acts on them
        subs, objs = args.actors(agent), args.actors(tok.head)
        subs = [a for a in subs if args.home(a) not in {o[1] for o in objs}]  # ("Sudan's army-backed government":
        # its own body)
        rule, conf = "passive", 0.7
    elif passive and phrasal == "by":  # "Germany was troubled by China's drills": Germany judges China
        subs = [a for p in passive for a in args.actors(p)]
        objs = by_agents(tok, args)
        rule, conf = "verb", 0.75
    elif passive and phrasal is not None and relation in rules.mutual:
        # "Hamas is allied with Iran", "al-Shabaab, which is allied to al-Qaeda": a state, with its partner
        subs = [a for p in passive for a in args.actors(
            args.relative_head(tok) if p.tag_ in {"WDT", "WP"} and tok.dep_ == "relcl" else p)]
        objs = prep_objects(tok, frozenset({phrasal}), args)
        rule, conf = "verb", 0.75
    elif passive:
        # "North Korea, which has been accused by Washington": the relative pronoun stands for its head
        objs = [a for p in passive for a in args.actors(
            tok.head if p.tag_ in {"WDT", "WP"} and tok.dep_ == "relcl" else p)]
        subs = by_agents(tok, args)
        if relation in rules.third_party or not objs:  # "a truce brokered by Turkey" ("... by X" stands for X),
            # "the talks between X and Y were hosted by Z": its parties
            objs = [a for a in objs if a not in subs] or [a for a in parties(tok, args) if a not in subs]
        if not subs and relation in rules.place_agents:
            # "two Canadians were detained in Iran", "arrested at Tehran airport": the state it happened in did it
            places = [o for p in children(tok, {"prep"}) if p.lower_ in {"in", "at"} for o in children(p, {"pobj"})]
            subs = [a for a in prep_objects(tok, frozenset({"in", "at"}), args) if a[0].cls == "State"] or [
                a for o in places for a in args.modifiers(o) if a[0].cls == "State"]  # (the airport's state)
        rule, conf = "passive", 0.7
    else:
        subs = subjects(tok, args)
        comp_places = frozenset(p for c in children(tok, {"xcomp"}) if c.i in hits
                                for p in rules.target_preps.get(hits[c.i][0], ()))  # "refused to deploy in X"
        objs = verb_objects(tok, args, phrasal, subs, direct_only=relation in structural,
                            places=rules.target_preps.get(relation, frozenset()), means=relation in rules.means,
                            verbal=relation in rules.verbal, comp_places=comp_places,
                            friendly=relation in rules.cooperative, direct=relation in rules.direct,
                            topical=relation in rules.verbal and relation not in rules.cooperative,
                            spots=relation in rules.place_targets,
                            venues=rules.venue_preps.get(relation, frozenset()))
        rule, conf = "verb", 0.75
    if relation == rules.promise:  # "vowed to strengthen its forces": one's own forces are no partner
        owned = [d for x in children(tok, {"xcomp"}) for d in children(x, {"dobj"})  # (but "deepen their
                 if any(p.dep_ == "poss" for p in d.children) and d.lemma_.lower() not in syn["tie_nouns"]
                 and not (d.i in hits and hits[d.i][0] in rules.cooperative)]  # partnership": between them)
        objs = [o for o in objs if not any(o[0].start <= d.idx < o[0].end  # nor their owner ("its own forces")
                                           or d.left_edge.idx <= o[0].start < d.idx for d in owned)]
        if owned and not objs:
            return None  # "X and Y pledged to raise their own budgets": each its own, no promise to the other
        unknown = [x for x in children(tok, {"xcomp"}) if x.pos_ == "VERB" and x.i not in hits
                   and not any(d.i in hits for d in children(x, {"dobj"}))]  # ("agreed to hold exercises")
        if tok.lemma_.lower() in syn["vow_verbs"]:  # a vow may be hostile: anyone its act names
            acted_on = [t for x in unknown for t in x.subtree if t.i != x.i]
        else:  # an agreement or offer is with the one its act is for ("agreed to resume flights to Somalia")
            acted_on = [d for x in unknown for d in (*children(x, {"dobj"}), *(  # but not the one it is done to
                s for c in children(x, {"ccomp"}) for s in children(c, {"nsubj"})))]  # ("let Iran acquire")
        acted_on += [t for x in children(tok, {"xcomp"}) if x.lemma_.lower() in rules.reversing
                     for t in x.subtree if t.i != x.i]  # "pledged to phase out Russian imports": no cooperation
        if acted_on and objs and all(any(o[0].start <= d.idx < o[0].end for d in acted_on) for o in objs):
            return None  # "vowed to stop Iran", "vowed to resume strikes on Gaza": an act no trigger names is no
            # cooperation with whom it names
    if relation in rules.partnered:  # "called for his release", "demanded the extradition of X": X undergoes what is
        asked = [o for c in tok.children for o in ([c] if c.dep_ == "dobj" else children(c, {"pobj"}) if c.dep_ == "prep"
                                                     else []) if o.lemma_.lower() in syn["patient_nouns"]]  # asked, no
        undergo = [a for o in asked for a in (*(x for c in children(o, {"poss"}) for x in args.actors(c)),  # addressee
                                              *prep_objects(o, frozenset({"of"}), args))]
        objs = [o for o in objs if o not in undergo]
    # "withdrew its forces from X": an object that is part of the trigger is no target
    for c in tok.children:
        if c.dep_ in {"dobj", "attr"} and f"{tok.lemma_.lower()} {c.lemma_.lower()}" in index["verb"] \
                and not (c.lower_ in syn["captive_nouns"] and args.modifiers(c)):  # ("returned Ukrainian
            # prisoners": they are the target; "exchanged prisoners": the parties release them to each other)
            objs = [o for o in objs if not any(o[0].start <= t.idx < o[0].end for t in (c, *c.conjuncts))]
    return subs, objs, rule, conf
