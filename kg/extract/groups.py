"""Descriptions of a group named before: "this terrorist organization", "the group said", "the militants" stand for
the group the document has named most nearby (the lexicon's ``group_descriptions``).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from ..model import Mention
from .anaphora import named_before
from .lexicon import table
from .phrases import hyphen_agent

if TYPE_CHECKING:
    from .arguments import Arg, Arguments


def group_described(args: Arguments, t: Token, window: int = 600) -> list[Arg]:
    """The group a description stands for: "this terrorist organization", "the group said", "the militants".

    Of the actors before it, within ``window`` characters, of a class the lexicon's ``group_descriptions`` list for
    the noun, and not arguments of the same clause ("Hamas fought the militants" are others), the one the document
    has named most so far, the nearest among equals.
    A demonstrative admits modifiers; "the" only a bare noun ("the group of states" names no one) or one with a
    hyphened agent ("the Iran-backed group"); no determiner at all, any ("Militants attacked X" after a group's name).
    """
    syn = table("syntax")
    classes = syn["group_descriptions"].get(t.lower_)
    dets = {c.lower_ for c in t.children if c.dep_ == "det"}
    if not classes or any((c.dep_ in {"acl", "relcl", "nummod", "poss"} and not _aside(c))
                          or (c.dep_ == "prep" and not _charge(args, c)) for c in t.children):
        return []  # ("the group of states" names no one; "accused the group of abuses" is the group, and so is "the
        # group, which controls X")
    if dets and not dets & set(syn["demonstratives"]) and ("the" not in dets or any(
            c.dep_ in {"amod", "compound"} and hyphen_agent(c) is None and not (
                c.dep_ == "amod" and c.pos_ == "ADJ" and c.i not in args.by_token) for c in t.children)):
        return []  # but "the Iran-backed group" is described by who backs it, "the regional bloc" by what it is
    kinds = {args.generic[c.lower_] for c in t.children if c.dep_ == "amod" and c.lower_ in args.generic}
    classes = [c for c in classes if c in kinds] or classes  # "the militant group": an armed group, no commission
    clause = _clause(t)
    found: list[Mention] = []
    for m in reversed(args.ordered):
        if m.start >= t.idx or m.cls not in classes:
            continue
        if t.idx - m.start > window:
            break
        span = args.doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is not None and _clause(span.root) != clause:
            found.append(m)
    words = syn["body_descriptions"].get(t.lower_)
    if words:  # "the army" is an army named before, not the ministry
        found = [m for m in found if any(w in name.lower() for w in words for name in _names(args, m))]
    if not found:
        return []
    named = named_before(args, t)
    m = max(found, key=lambda m: named[args.ids[m]])  # the first (nearest) among equals
    return [args.corefer(t, (m, args.ids[m]))]


def _names(args: Arguments, m: Mention) -> list[str]:
    """The mention as written and the gazetteer's names of its actor."""
    actor = args.gaz.actors.get(args.ids[m]) if args.gaz is not None else None
    return [args.text[m.start:m.end], *((actor.label, *actor.names) if actor is not None else ())]


def _aside(clause: Token) -> bool:
    """Is this relative clause set off by a comma ("the group, which controls X"): said of the group, not which one?"""
    first = clause.left_edge
    return clause.dep_ == "relcl" and first.i > 0 and clause.doc[first.i - 1].text == ","


def _charge(args: Arguments, prep: Token) -> bool:
    """Is this "of" phrase what someone is accused of ("accused the group of abuses", "of serving foreign interests"),
    not who a group is made of?"""
    objs = [o for o in prep.children if o.dep_ in {"pobj", "pcomp"}]
    named = any(o.i in args.by_token or o.lower_ in args.generic for o in objs)
    return prep.lower_ == "of" and bool(objs) and not named


def _clause(t: Token) -> int | None:
    """The index of the verb whose clause ``t`` is in (None at the root of a verbless sentence)."""
    while t.pos_ not in {"VERB", "AUX"}:
        if t.head.i == t.i:
            return None
        t = t.head
    return t.i
