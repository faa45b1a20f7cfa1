"""Whom an answer with no target of its own is aimed at: "The US asked Pakistan to hand over the suspects.
Islamabad refused." (the US), "Trump has said South Korea should pay more ... Seoul has so far refused." (Trump).
The ontology's ``kg:answers`` says which relations answer which; ``relations`` asks here when such a verb names no
target.
"""
from __future__ import annotations

from collections.abc import Mapping

from spacy.tokens import Token

from .arguments import Arg, Arguments
from .clauses import children, subjects
from .lexicon import table
from .triggers import trigger_of


def bare(verb: Token) -> bool:
    """Does the verb stand alone, as an answer does ("refused", "declined to do so, saying ...")?"""
    return not children(verb, {"dobj", "prep", "ccomp", "attr"}) \
        and all(pro_form(c) for c in children(verb, {"xcomp"})) \
        and all(c.tag_ == "VBG" for c in children(verb, {"advcl"}))


def asker(args: Arguments, tok: Token, subs: list[Arg], asked: frozenset[str],
           index: Mapping[str, Mapping[str, str]], window: int = 600) -> list[Arg]:
    """Who last asked the subjects for something (an act of ``asked``: appeal, demand, offer) before ``tok``'s
    sentence, within ``window`` characters: the subject of a verb of that kind whose object is one of them, or the
    reporter of a clause that says what one of them should do ("Trump has said South Korea should pay more")."""
    ids = {s[1] for s in subs}
    for j in range(tok.sent.start - 1, -1, -1):
        u = args.doc[j]
        if tok.idx - u.idx > window:
            break
        hit = trigger_of(u, index) if u.pos_ == "VERB" else None
        asked_of = children(u, {"dobj"}) + [s for c in children(u, {"ccomp"}) for s in children(c, {"nsubj"})]
        if hit is not None and hit[0] in asked \
                and any(a[1] in ids for o in asked_of for a in args.actors(o)):  # ("demanded that she withdraw it")
            return [a for a in subjects(u, args) if a[1] not in ids]
        obliged = u.pos_ == "VERB" and u.dep_ == "ccomp" and any(
            c.dep_ == "aux" and index["modal"].get(c.lower_) in asked for c in u.children)
        if obliged and any(a[1] in ids for c in children(u, {"nsubj"}) for a in args.actors(c)):
            return [a for a in subjects(u.head, args) if a[1] not in ids]
    return []


def pro_form(clause: Token) -> bool:
    """Is this "to" clause only "do so" or "do that", standing for the act asked for?"""
    return clause.lemma_.lower() == "do" and all(c.dep_ == "aux" or c.lower_ in table("syntax")["pro_forms"]
                                                 for c in clause.children)
