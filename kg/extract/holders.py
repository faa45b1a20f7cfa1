"""The person an office noun stands for: "his Iranian counterpart" (the holder of the same office in the state it
names), "the Russian president" (the holder at the document's date), "the prime minister" (the one named before).

``Arguments.one`` asks these when a noun names no actor itself.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from ..resolve import PERSON
from . import offices
from .lexicon import ordered, table

if TYPE_CHECKING:
    from ..model import Mention
    from .arguments import Arg, Arguments


def counterpart(args: Arguments, t: Token, inner: list[Arg]) -> list[Arg]:
    """The holder of the same office in the state the counterpart noun names ("the Saudi foreign minister met his
    Iranian counterpart": Iran's foreign minister at the document's date), or one of that state's office holders the
    text has named before; else that state."""
    held = [a for c in (*t.children, *t.head.children) if c.dep_ in {"poss", "nsubj"} and c.i != t.i
            for a in args.one(c, True)]
    states = [a for a in inner if a[0].cls == "State"]
    states = [a for a in states if a[1] not in {h[1] for h in held}] or states  # ("his Greek counterpart": Greek,
    owners = [a for a in held if a[0].cls == PERSON]  # not his own state)
    named = [m for m in reversed(args.ordered) if m.start < t.idx and m.cls == PERSON and states and owners
             and offices.leads(args.gaz, owners[0][1]) and offices.leads(args.gaz, args.ids[m], states[0][1])]
    if named:  # "Mitsotakis and Erdogan signed ..., and Erdogan hosted his Greek counterpart": a leader's, the leader named
        return [args.corefer(t, (named[0], args.ids[named[0]]))]
    if states and owners and (same := _same_title(args, t, owners[0][1], states[0][1])):
        return [args.corefer(t, (same, args.ids[same]))]  # "Foreign Minister X spoke with his Iranian counterpart":
        # the one the text titles "Iranian Foreign Minister"
    person = offices.counterpart(args.gaz, owners[0][1], states[0][1], args.date) \
        if states and owners and args.gaz is not None else None
    return [args.synthetic(t, person.id, person.cls)] if person else states


def _title_words(args: Arguments, start: int, end: int) -> tuple[list[str], list[Token]]:
    """The title written before the name at ``start``..``end`` ("Foreign Minister" in "Iranian Foreign Minister X")
    as lower-case words, and the words before it in the name's phrase that name whose title it is ("Iranian")."""
    span = args.doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return [], []
    left, k = [], span.start - 1
    while k >= max(0, span.start - 5) and args.doc[k].head.i in range(k + 1, span.end) \
            and args.doc[k].dep_ in {"compound", "amod", "poss", "case", "nmod"}:
        left.insert(0, args.doc[k])
        k -= 1
    words = [w for w in left if w.dep_ in {"compound", "amod"} and w.text[:1].isupper()
             and not (w.i in args.by_token and args.by_token[w.i].cls == "State")]
    return [w.lower_ for w in words], [w for w in left if w not in words]


def _same_title(args: Arguments, t: Token, owner: str, state: str) -> Mention | None:
    """The person named before ``t`` whom the text gives the title it gives ``owner``, as ``state``'s."""
    mentions = [m for m in args.ordered if m.cls == PERSON and args.ids.get(m) == owner]
    title = next((w for m in mentions if (w := _title_words(args, m.start, m.end)[0]) and w[-1] in args.titles), None)
    if title is None:
        return None
    for m in reversed([m for m in args.ordered if m.start < t.idx and m.cls == PERSON and args.ids.get(m) not in {None, owner}]):
        words, others = _title_words(args, m.start, m.end)
        if words == title and any(o.i in args.by_token and args.ids.get(args.by_token[o.i]) == state for o in others):
            return m
    return None


def office_holder(args: Arguments, t: Token, holders: list[Arg]) -> Arg | None:
    """"the Russian president", "China's foreign minister": the person in that office at the document's date, else
    the one the document names who ever held it."""
    lemma = t.lemma_.lower()
    named = {i for m, i in args.ids.items() if m.cls == PERSON}
    words = [c.lower_ for c in t.children if c.dep_ in {"amod", "compound"} and c.i not in args.by_token and c.i < t.i]
    tries = [{offices.office_name(" ".join([*words, lemma])), offices.office_name(lemma)}]
    if lemma in table("syntax")["leader_words"]:  # "the German leader": whoever holds its leading office
        tries += [{w} for w in ordered("syntax", "leader_titles")]
    for m, eid in holders:
        person = next((p for words in tries if (p := offices.holder(args.gaz, eid, words, args.date)
                                                or offices.named_holder(args.gaz, eid, words, named))), None)
        if person is not None:
            return args.made(min(m.start, t.idx), t.idx + len(t.text), person.cls, person.id, person.id, "office")
    return None


def bare_holder(args: Arguments, t: Token) -> Arg | None:
    """"the prime minister", with no state: the one person named before it who ever held an office so named; "the
    leader", the one named before who leads a state. An age ("the 45-year-old president") says nothing of the office."""
    if args.gaz is None or not any(c.dep_ == "det" and c.lower_ == "the" for c in t.children) or any(
            c.dep_ in {"prep", "poss", "appos"} for c in t.children):
        return None  # ("the president of Armenia" is not the president named before)
    words = [c for c in t.children if c.dep_ in {"amod", "compound"} and c.i < t.i
             and not any(g.ent_type_ == "DATE" or g.like_num for g in c.subtree)]  # ("the 45-year-old president")
    named = {i for m, i in args.ids.items() if m.cls == PERSON and m.end <= t.idx}
    person = offices.mentioned_holder(args.gaz, {offices.office_name(" ".join([*(c.lower_ for c in words), t.lemma_.lower()]))},
                                      named)
    if person is None and not words and t.tag_ == "NN" and t.lemma_.lower() in table("syntax")["leader_words"]:
        # "the 40-year-old leader": one named before who leads a state, a subject first
        ruled = {a[1] for c in t.children if c.dep_ == "relcl" for u in c.subtree for a in args.one(u, False)
                 if a[0].cls == "State"}  # "the 66-year-old leader, who has ruled Belarus since 1994": Belarus's
        leaders = [m for m in reversed(args.ordered)
                   if m.cls == PERSON and m.end <= t.idx and offices.leads(args.gaz, args.ids[m])]
        leaders = [m for m in leaders if any(offices.leads(args.gaz, args.ids[m], s) for s in ruled)] or leaders
        first = next((m for group in (args.main_subjects, args.subjects) for m in leaders if m in group),
                     leaders[0] if leaders else None)
        person = args.gaz.actors[args.ids[first]] if first is not None else None
    start = min([t.idx, *(c.idx for c in words)])
    return args.made(start, t.idx + len(t.text), person.cls, person.id, person.id, "office") if person else None
