"""Actors a noun names through its own phrase: a proposal its author ("a demand from the US"), news whose act it
tells ("the news that Iraq retook Tikrit"), ties the partner ("air links with Peru"), a place whoever holds it
("targets in Lebanon", "a village held by rebels"), and the agent a hyphen joins to a participle ("the Iran-backed
militia"). ``Arguments`` calls these when a noun names no actor itself.
"""
from __future__ import annotations

from collections.abc import Collection
from typing import TYPE_CHECKING

from spacy.tokens import Token

from ..resolve import THINGS
from .lexicon import table

if TYPE_CHECKING:
    from .arguments import Arg, Arguments


def relative_word(t: Token) -> bool:
    """Does ``t`` open a relative clause ("which", "who", "whose", "where", "that")?"""
    return t.tag_ in {"WDT", "WP", "WP$", "WRB"} or t.lower_ == "that"


def phrase_actor(args: Arguments, t: Token) -> list[Arg]:
    """The actor a noun stands for through its own phrase: a proposal its author ("a demand from the US"),
    welcomed news whoever it is of ("the news that Iraq retook Tikrit"), ties the partner ("air links with
    Peru"), a place whoever holds it ("a village held by rebels", "Hezbollah targets", "homes of refugees",
    "targets in Lebanon")."""
    syn = table("syntax")

    def named_after(tok: Token, preps: Collection[str], deps: Collection[str] = ("prep",)) -> list[Arg]:
        """Named actors in ``tok``'s prepositional phrases that ``preps`` open."""
        return [a for p in tok.children if p.dep_ in deps and p.lower_ in preps
                for o in p.children if o.dep_ == "pobj" for a in args.actors(o, generic=False)]

    if t.lemma_.lower() in syn["proposal_nouns"]:  # "refused to respond to a demand from the US": its author
        found = named_after(t, syn["source_preps"], ("prep", "agent"))
        if found:
            return found
    if t.lemma_.lower() in syn["news_nouns"] and (t.dep_ == "dobj" or (t.dep_ == "pobj" and t.head.dep_ == "agent")) \
            and t.head.lemma_.lower() not in table("modality")["fact_denials"]:
        # "welcomed the news that Iraq had retaken Tikrit", "shocked by reports that ISIL ...": whose act it tells
        found = [a for c in t.children if c.dep_ in {"acl", "ccomp"}
                 and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
                 for s in c.children if s.dep_ in {"nsubj", "nsubjpass"} for a in args.actors(s)]
        if found:
            return found
    if t.lemma_.lower() in syn["tie_nouns"]:  # "a suspension of air links with Peru": the partner
        found = named_after(t, syn["tie_preps"])
        if found:
            return found
    if t.lemma_.lower() in syn["seated_bodies"] and not any(
            c.dep_ in {"compound", "poss", "nmod"} or c.dep_ == "amod" and (c.i in args.by_token or c.text[:1].isupper()
                                                                          or c.lower_ in syn["rival_government_words"])
            for c in t.children):  # "authorities in Kenya", "the new authorities in Damascus": Kenya's, Syria's (not
        # "the parallel government in Nyala")
        found = [a for a in named_after(t, {"in"}) if a[0].cls == "State"]
        if found:
            return found[:1]
    told = [v for v in t.children if v.dep_ in {"relcl", "acl"} and v.i > t.i] if t.dep_ in {"dobj", "pobj"} else []
    if told and (t.lemma_.lower() in args.acts or t.lemma_.lower() in syn["anaphoric_acts"]
                 or t.lemma_.lower() in syn["agreement_nouns"]):  # "rejected the accord Turkey signed with Libya"
        found = [a for v in told if not any(relative_word(d) for d in v.subtree)
                 for s in v.children if s.dep_ == "nsubj" for a in args.actors(s)]  # (not "raids in which it said")
        if found:
            return found
    held = [o for v in t.children if v.dep_ == "acl" and v.lemma_.lower() in syn["holding_verbs"]
            for g in v.children if g.dep_ == "agent" for o in g.children if o.dep_ == "pobj"]
    if held and (t.lower_ in syn["captive_nouns"] or args.generic.get(t.lower_) in THINGS):
        # "the release of hostages held by Hamas", "struck tunnels used by Hamas": Hamas
        return [a for o in held for a in args.actors(o)]
    if t.lower_ in syn["place_nouns"]:  # "strikes on targets in southern Lebanon": whoever holds the place
        # "a village held by rebels": the rebels; "Hezbollah targets in Lebanon" are Hezbollah's;
        # other targets in Lebanon whoever holds it
        groups = [a for c in t.children if c.dep_ in {"amod", "compound"} and args.generic.get(c.lower_) not in {
            None, "GovernmentBody"} and c.i not in args.by_token for a in args.one(c, True)]  # "rebel camps near the
        # border": the rebels' (but "military targets" are a kind of target, of whichever state's forces)
        return [a for o in held for a in args.actors(o)] or args.modifiers(t) or groups \
            or named_after(t, syn["occupant_preps"]) or named_after(t, syn["place_preps"])  # "positions of the army"
    return []


def hyphen_agent(participle: Token) -> Token | None:
    """The agent a hyphen joins to a participle that modifies a noun ("the Iran-backed militia": Iran), else None."""
    if participle.dep_ != "amod" or participle.pos_ != "VERB":
        return None
    doc = participle.doc
    return next((c for c in participle.children if c.i + 2 == participle.i and doc[c.i + 1].text == "-"
                 and c.dep_ in {"npadvmod", "compound", "nmod", "amod"}), None)


def undergone(noun: Token) -> bool:
    """Does the possessor of ``noun`` undergo its act: one of the lexicon's ``patient_nouns`` with no "of" or "by"
    phrase ("Castillo's arrest", "his removal"; but "Peru's arrest of Castillo" is Peru's)?"""
    return noun.lemma_.lower() in table("syntax")["patient_nouns"] and not any(
        c.dep_ in {"prep", "agent"} and c.lower_ in {"of", "by"} for c in noun.children)


def undergoers(args: Arguments, noun: Token) -> list[Arg]:
    """The actors the possessor of ``noun`` names when it undergoes the act (see ``undergone``), else none."""
    return [a for c in noun.children if c.dep_ == "poss" for a in args.actors(c)] if undergone(noun) else []
