"""Who did an act a noun names: "two strikes destroyed ..." (whoever conducted or claimed the strikes), "condemned
the launch" (the subject of the sentence before), "criticised the pact" (those who signed it), "rejected the ruling"
(the court that ordered it). ``Arguments`` and the noun rules call these when an act noun has no agent of its own.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.strings import get_string_id
from spacy.tokens import Token

from .attribution import is_reporting
from .lexicon import table

if TYPE_CHECKING:
    from ..model import Mention
    from .arguments import Arg, Arguments


def armed(verb: Token) -> bool:
    """Is ``verb`` done with a weapon ("blasted the ship with water cannon": the lexicon's ``means_preps`` before one
    of its ``weapon_nouns``, on the verb or its object)?"""
    syn = table("syntax")
    return any(o.lower_ in syn["weapon_nouns"] for h in (verb, *(c for c in verb.children if c.dep_ == "dobj"))
               for p in h.children if p.dep_ == "prep" and p.lower_ in syn["means_preps"]
               for o in p.children if o.dep_ == "pobj")


def previous_subject(args: Arguments, t: Token) -> list[Arg]:
    """The actor who was the subject in the sentence before ``t``'s, as a mention at ``t``."""
    before = args.attr.sentence_before(t)
    if before is None:
        return []
    found = [m for m in args.ordered if m in args.subjects and before.start_char <= m.start < before.end_char
             and m.cls in args.actor_classes]
    if found and (reported := _reported_subjects(args, found[0])):
        return [args.corefer(t, a) for a in reported[:1]]  # "X said the administration had ...": it acted, X spoke
    return [args.corefer(t, (found[0], args.ids[found[0]]))] if found else []


def _reported_subjects(args: Arguments, m: Mention) -> list[Arg]:
    """The actors of the subject of the clause the mention reports, when it is a reporting verb's subject."""
    span = args.doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None or span.root.dep_ != "nsubj" or not is_reporting(span.root.head):
        return []
    return [a for c in span.root.head.children if c.dep_ == "ccomp" for s in c.children if s.dep_ == "nsubj"
            and s.pos_ != "PRON" for a in args.actors(s)]


def agent_of_act(args: Arguments, t: Token, window: int = 3000, verbs: bool = False, named: bool = False) -> list[Arg]:
    """Who carried out the act ``t`` names: the subject of an earlier "conducted N strikes" with the same noun,
    or with ``verbs`` of an earlier verb of the same lemma ("raided the camp" for "the raid"); with ``named``, the
    actor an earlier one of the same noun names as its own ("U.S. sanctions on NIS ... criticised the sanctions")."""
    lemmas = args.lemmas
    if t.lemma_.lower() in table("syntax")["speech_acts"]:
        return []  # what was said is the last speaker's (``last_speaker``), however long ago one said it
    kin = _kin(t)
    pointed = any(c.dep_ == "det" and c.lower_ in table("syntax")["demonstratives"] for c in t.children)
    for j in range(t.i - 1, -1, -1):
        u = args.doc[j] if lemmas[j] in kin else None
        held = u.head.head if u is not None and u.dep_ == "pobj" and u.head.lower_ == "of" else None
        if held is not None and held.dep_ == "dobj":  # "adopted a package of sanctions": the package's verb
            u = held
        if u is None:
            continue
        far = t.idx - u.idx > window  # past the window, only an act that names its agent ("an offensive by Baku")
        hosts = (u, u.head) if u.dep_ == "dobj" else (u,)  # ("halt an offensive by Baku": "by" hung on the verb)
        agents = [a for h in hosts for p in h.children if p.dep_ == "prep" and p.lower_ == "by"
                  for o in p.children if o.dep_ == "pobj" and o.i in args.by_token for a in args.actors(o)]
        owners = args.modifiers(u) + agents if named and not pointed and u.pos_ in {"NOUN", "PROPN"} \
            and u.i not in args.by_token else []
        if owners:  # "U.S. sanctions on NIS ... Moscow criticised the sanctions": the US's ("these operations" point
            return [args.corefer(t, a) for a in owners]  # to what was just said)
        purpose = u.dep_ == "pobj" and u.head.lower_ in {"for", "on"} and u.head.head.pos_ == "VERB" and not any(
            c.dep_ == "dobj" for c in u.head.head.children)  # "arrived on Monday for a state visit": the arriver's
        if far or not (u.dep_ == "dobj" or purpose or (verbs and u.pos_ == "VERB")):
            continue
        clause = u if u.pos_ == "VERB" else u.head.head if purpose else u.head
        if u.pos_ != "VERB" and not purpose and clause.lemma_.lower() not in table("syntax")["light_verbs"]:
            continue  # "condemned the attacks": the condemner did not carry them out
        agents = [a for s in clause.children if s.dep_ == "nsubj" for a in args.actors(s)]  # "X and Y held drills"
        if agents:
            return [args.corefer(t, a) for a in agents]
    return []


def _kin(t: Token) -> set[int]:
    """The lemma ids an act goes by ("signed an accord ... the pact", "ordered ... the ruling", "accused ... the
    accusation"): its kin group in the lexicon's ``kin_acts``, else its own lemma."""
    for group in table("syntax")["kin_acts"].values():
        if t.lemma_.lower() in group:
            return {get_string_id(w) for w in group}
    return {t.lemma}


def own_kin(t: Token) -> bool:
    """Is the act noun ``t`` the object of a verb of its own kin ("signed the deal", "held the drills")?"""
    kin = _kin(t) if t.dep_ == "dobj" else set()
    return len(kin) > 1 and t.head.lemma in kin


def summed_up(args: Arguments, t: Token) -> list[Arg]:
    """Who did the act an indefinite summary noun sums up ("Russia annexed Crimea, a move condemned by the EU",
    "... in a move criticised by X"): the subject of the clause it hangs on."""
    if not any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in t.children):
        return []
    if t.dep_ in {"appos", "npadvmod"} or (t.dep_ == "pobj" and t.head.lower_ == "in"):
        verb = t.head
        for _ in range(3):
            if verb.pos_ in {"VERB", "AUX"} or verb.head.i == verb.i:
                break
            verb = verb.head
        while verb.dep_ in {"xcomp", "conj"} and not any(c.dep_ == "nsubj" for c in verb.children):
            verb = verb.head  # "voted to annex the region, a move ...": the voters ("raided X and detained Y, a
            # move ...": the raiders)
        return [args.corefer(t, a) for s in verb.children if s.dep_ == "nsubj" and verb.pos_ in {"VERB", "AUX"}
                for a in args.actors(s)]
    return []


def last_speaker(args: Arguments, t: Token, window: int = 1500) -> list[Arg]:
    """Who spoke last before ``t``'s sentence ("Erdogan told lawmakers ... Katz rejected the remarks"): the subject
    of the nearest reporting verb or verb of the word's kin ("X accused Y ... Y denied the accusations"), for a word
    that names what was said (``speech_acts``)."""
    if t.lemma_.lower() not in table("syntax")["speech_acts"]:
        return []
    kin = _kin(t)
    for j in range(t.sent.start - 1, -1, -1):
        u = args.doc[j]
        if t.idx - u.idx > window:
            break
        if is_reporting(u) or (args.lemmas[j] in kin and u.pos_ == "VERB"):
            clause = u
            while clause.dep_ in {"advcl", "conj"} and clause.tag_ == "VBG" and not any(
                    s.dep_ in {"nsubj", "nsubjpass"} for s in clause.children):
                clause = clause.head  # "ordered troops to the border, saying X": whoever ordered says it
            speakers = [s for s in clause.children if s.dep_ == "nsubj"] + [
                o for a in u.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
            found = [a for s in speakers for a in args.actors(s)]  # ("was accused by X of ...": X)
            if found:
                return [args.corefer(t, a) for a in found]
            if any(s.dep_ == "pobj" for s in speakers):
                return []  # an accuser the text leaves unnamed is no one named before ("accused by Western states")
    return []


def last_act_agent(args: Arguments, t: Token, window: int = 3000, described: bool = False) -> list[Arg]:
    """Who did the last act of force named before ``t`` ("Israel struck Iran. ... Jordan condemned the attack"): the
    subject of a verb, or the agent of a noun, of material conflict; the nearest with a known agent. An act of
    another kind the lexicon's ``kin_acts`` name is another act ("imposed sanctions ... condemned the invasion").
    ``described``: a definite act noun with no phrase of its own stands for whom it is resolved to ("the attack")."""
    lemma, syn = t.lemma_.lower(), table("syntax")
    other = {w for group in syn["kin_acts"].values() if lemma not in group for w in group}
    for j in range(t.sent.start - 1, -1, -1):  # in an earlier sentence
        u = args.doc[j]
        if t.idx - u.idx > window:
            break
        if (args.lemmas[j] not in args.act_ids and not (u.pos_ == "VERB" and armed(u))) or u.lemma_.lower() in other:
            continue  # (a verb done with a weapon is an act of force: "blasted the ship with water cannon")
        if u.pos_ == "VERB":
            agents = [a for s in u.children if s.dep_ == "nsubj" for a in args.actors(s)]
        else:
            slot = u
            while slot.dep_ == "conj" and slot.head.i != slot.i:
                slot = slot.head  # "launched a missile and drone attack": the light verb's subject
            staged = slot.dep_ == "dobj" and slot.head.lemma_.lower() in syn["light_verbs"]
            agents = args.modifiers(u) or agent_of_act(args, u, verbs=True) or (
                [a for s in slot.head.children if s.dep_ == "nsubj" for a in args.actors(s)] if staged else []) or (
                args.actors(u) if described and u.lower_ in syn["anaphoric_acts"] and any(
                    c.dep_ == "det" and c.lower_ in syn["description_determiners"] for c in u.children)
                and not any(c.dep_ == "prep" for c in u.children) else [])  # ("called the attack blatant")
        if agents:
            return [args.corefer(t, a) for a in agents]
    return []


def act_referent(args: Arguments, t: Token) -> list[Arg] | None:
    """Whose act "it" stands for when it is judged ("Z condemned it", "Z said it was a violation"): an act noun the
    sentence before (or this one, before it) judged, as that noun is resolved, whoever did it or no one named ("X
    denounced the ruling. Y also condemned it"); else the agent of the act of force the sentence before names ("Israel
    struck X. Iran condemned it"); None when neither is there (then "it" is read as any pronoun)."""
    before = args.attr.sentence_before(t)
    if before is None:
        return None
    syn = table("syntax")
    judged = [o for u in args.doc[before.start:t.i] if u.lemma_.lower() in syn["labelling_verbs"] and u.pos_ == "VERB"
              for o in u.children if o.dep_ == "dobj" and (o.lower_ in syn["anaphoric_acts"] or o.lemma_.lower()
                                                           in args.acts)]
    if judged:
        return [args.corefer(t, a) for a in args.actors(judged[-1])]
    return last_act_agent(args, t, window=t.idx - before.start_char, described=True) or None


def claimant(args: Arguments, t: Token) -> list[Arg]:
    """Who claimed the act ``t`` names: "the bombing was claimed by X", "attacks, claimed by X, killed ...",
    "the attack, for which X claimed (took) responsibility"."""
    syn = table("syntax")

    def claiming(v: Token) -> bool:
        return v.lemma_.lower() in syn["claim_verbs"] or any(
            c.dep_ == "dobj" and c.lemma_.lower() in syn["responsibility_nouns"] for c in v.children)
    places = [o for p in t.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
    # "the bombing at a checkpoint, for which X claimed responsibility": the clause hangs on the place
    verbs = [c for u in (t, *places) for c in u.children if c.dep_ in {"acl", "relcl"} and claiming(c)]
    if t.dep_ in {"nsubj", "nsubjpass"} and claiming(t.head):
        verbs.append(t.head)  # "the attacks were claimed by X" (or parsed as "attacks [nsubj] claimed by X")
    for v in verbs:
        agents = [o for c in v.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
        if v.i != t.head.i:  # its own clause: "for which X claimed responsibility"; never the act itself
            agents = agents or [c for c in v.children if c.dep_ == "nsubj" and c.tag_ not in {"WDT", "WP"}]
        found = [a for o in agents for a in args.actors(o, generic=False)]
        if found:
            return found
    return []
