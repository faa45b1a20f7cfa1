"""Anaphora beyond pronouns: descriptions and counts that stand for actors named elsewhere.

"the Asian giant" and "the two countries" (the states just named), "both sides" and "the two leaders"
(the last two participants), "the two Koreas" (a fixed pair), "the two", "all three" (the latest coordination).
``Arguments`` calls these when a noun names no actor itself; a group's description is in ``groups``, what a noun's
own phrase names in ``phrases``, who did an act a noun names in ``acts``.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Set
from functools import lru_cache
from typing import TYPE_CHECKING

from spacy.tokens import Token

from ..gazetteer import Gazetteer
from ..model import Mention
from ..resolve import PERSON
from . import offices
from .attribution import is_reporting
from .lexicon import table
from .pronouns import adjectival, outside_own_subject

if TYPE_CHECKING:
    from .arguments import Arg, Arguments


def described(args: Arguments, t: Token, window: int = 600, besides: Set[str] = frozenset()) -> list[Arg]:
    """The states a definite description stands for: the last one mentioned, or the last two ("both countries"),
    none of them one of ``besides`` ("the two U.S. allies": not the US).

    "Both sides", "the two leaders" are the last two actors of any kind in this sentence or the one before.
    Several states ("the three countries") are a coordination of as many in this sentence or the one before, else
    the one of as many whose members the document has named most, else the ones it has named most so far, the
    later first among equals.
    """
    fixed = table("syntax")["fixed_groups"].get(t.lower_)
    if fixed and args.gaz is not None:  # "the two Koreas" are always the same two
        return [args.synthetic(t, args.gaz.actors[i].id, args.gaz.actors[i].cls) for i in fixed if i in args.gaz.actors]
    counts = table("syntax")["pair_words"]
    n = max((counts[c.lower_] for c in t.children if c.lower_ in counts), default=0) if t.tag_ in {"NNS", "NNPS"} else 0
    two = n > 0  # "both countries", "the three countries": several states
    party_nouns = table("syntax")["party_nouns"]
    parties, kind = t.lower_ in party_nouns, party_nouns.get(t.lower_)
    if parties and (not two or any(c.dep_ == "prep" for c in t.children)):
        return []  # "both sides of the border" names places, not parties
    found: list[Arg] = []
    here = args.attr.sentence_before(t) or args.attr.sentence_of(t)  # this sentence and the one before
    start = min(here.start_char, t.idx - window) if parties else t.idx - window  # "the two ministers": back a while
    before = [m for m in reversed(args.ordered) if start <= m.start < t.idx and t.idx - m.start <= window
              and (m.cls == "State" if not parties else m.cls == kind if kind else m.cls in args.actor_classes)
              and args.ids[m] not in besides]
    if parties and kind == PERSON:  # "He invited Modi ..., where the two leaders agreed": he is one of them
        before = _same_office(args, t, _with_pronouns(args, t, before, start))
    if two and (same := _paired_before(args, t, here.start_char, n)) and not {a[1] for a in same} & besides:
        if parties or all(a[0].cls != PERSON for a in same):
            return [args.corefer(t, a) for a in same]  # "urged both sides ..., and offered to host the two governments"
        seats = [person_state(args, t, a) for a in same]  # "The two leaders agreed ... Both countries belong to X": the
        if all(seats) and len({a[1] for a in seats if a}) == n:  # leaders' states
            return [a for a in seats if a]
    if parties:
        if t.dep_ not in {"nsubj", "nsubjpass"}:  # "X said after hosting the two leaders", "X and Y urged both
            before = _others(args, t, before)  # sides": not X, nor Y
        speaker = args.attr.speaker(t)  # "X, an adviser to Trump, said Washington was pressing both sides": neither
        # (but "X said Y wanted a deal and that the two leaders would discuss it": X is one of them)
        if speaker is not None and speaker.i < t.i and t.dep_ not in {"nsubj", "nsubjpass"}:
            said = (speaker.left_edge.idx, speaker.right_edge.idx + len(speaker.right_edge))
            before = [m for m in before if not said[0] <= m.start < said[1]] or before
        # the parties are the clause's participants, not where they met ("in Moscow"), unless too few are left
        placed = [m for m in before if not located(args, m)]  # ("X struck targets in Y. ... urged both sides": Y)
        before = placed if not two or len({args.ids[m] for m in placed}) >= n else before
        if two:  # "X and Y agreed to a truce brokered by Z and W. ... urged both sides": the coordinated subjects
            subjects = [m for m in before if m in args.subjects]
            listed = next((g for m in subjects if len(g := _listed(args, [m], n, before)) == n), [])
            if listed:
                return [args.corefer(t, (m, args.ids[m])) for m in listed]
        sides = _sides(args, t, before) if not kind and two and any(m.cls == PERSON for m in before) else []
        if len(sides) >= n > 0:  # "Rubio spoke to Sharif and Jaishankar ... urged both sides": their states
            return sides[:n]
        states = [m for m in before if m.cls == "State"]
        if not kind and len({args.ids[m] for m in states}) >= 2:
            before = states  # "India and China agreed ... Misri said the two sides": the states, not a speaker of one
    forms = table("syntax")["description_offices"].get(t.lower_)
    if forms and args.gaz is not None:  # "the kingdom" is a state with a king, "the emirate" one with an emir
        seated = {seat for office in forms for seat in offices.seats(args.gaz).get(office, ())}
        before = [m for m in before if args.ids[m] in seated] or before
    region = _region(args, t)
    if region:  # "the island nation", "the Nordic country": a state the gazetteer places so, here or further back
        before = [m for m in before if _in_region(args, m, region)] or [
            m for m in reversed(args.ordered) if m.start < t.idx and m.cls == "State" and _in_region(args, m, region)]
        if not before:
            return []  # (no state named so: not the last one named)
    if not two and t.dep_ in {"nsubj", "nsubjpass"}:  # a subject description continues the last subject
        # ("Russian troops entered Ukraine. The country appealed ...": a demonym on the subject is not it)
        before = [m for m in before if m in args.subjects and not adjectival(args, m)][:1] or before
    elif not two:  # "Riyadh restored relations with the emirate": an object is not its own clause's subject
        before = outside_own_subject(t, before)
    if not two and not parties:  # a state named as a noun before one named only as a modifier ("Taiwan's ministry
        # ... the Chinese ships. Lai vowed to defend the island's democracy": Taiwan's)
        before = [m for m in before if not adjectival(args, m)] or before
    if two and not parties:
        listed = _listed(args, [m for m in before if m.start >= here.start_char], n)
        if listed:  # "the US, Japan and Australia ... the three countries": that list
            return [args.corefer(t, (m, args.ids[m])) for m in listed]
        listed = _main_list(args, t, n) if n > 2 else []
        if listed:  # "Mali, Burkina Faso and Niger left the bloc ... [paragraphs on] ... The three capitals": that list
            return [args.corefer(t, (m, args.ids[m])) for m in listed]
        pair = _sentence_pair(args, t) if n == 2 else []
        if pair and not {a[1] for a in pair} & besides:  # "Muizzu had chosen Beijing for his first state visit,
            # where the two governments signed ..."
            return pair
        if n >= 2:  # "the two neighbours", "the three countries": of the states named before, the ones the document has
            # named most so far
            earlier = [m for m in reversed(args.ordered) if m.start < t.idx - window and m.cls == "State"
                       and args.ids[m] not in besides]
            before = before + earlier  # (the two a story is about may last be named a paragraph back)
            if t.dep_ not in {"nsubj", "nsubjpass"}:  # ("X would not take sides in a war between two neighbours":
                before = _others(args, t, before) or before  # not X)
            named = named_before(args, t)
            before = sorted(before, key=lambda m: -named[args.ids[m]])  # stable: the latest first among equals
    for m in before:
        if args.ids[m] not in {a[1] for a in found}:
            found.append(args.corefer(t, (m, args.ids[m])))
        if len(found) == (n or 1):
            return found
    return []


def _region(args: Arguments, t: Token) -> str:
    """The region or kind of place the words before the description noun ``t`` name ("the West African country":
    "west african"), if any state of the gazetteer is so described (its ``regions``), else ""."""
    if args.gaz is None:
        return ""
    words = [w.lower_ for w in args.doc[t.left_edge.i:t.i] if w.dep_ in {"amod", "compound", "nmod", "npadvmod"}
             or w.pos_ in {"ADJ", "PROPN"}]
    known = _regions(args.gaz)
    return next((r for n in range(len(words), 0, -1) for k in range(len(words) - n + 1)
                 if (r := " ".join(words[k:k + n])) in known), "")


@lru_cache(maxsize=4)
def _regions(gaz: Gazetteer) -> frozenset[str]:
    """Every region word some state of ``gaz`` carries."""
    return frozenset(r for a in gaz.actors.values() for r in a.regions)


def _in_region(args: Arguments, m: Mention, region: str) -> bool:
    """Is the actor ``m`` names a gazetteer state called by ``region``?"""
    actor = args.gaz.actors.get(args.ids[m]) if args.gaz is not None else None
    return actor is not None and region in actor.regions


def _same_office(args: Arguments, t: Token, before: list[Mention]) -> list[Mention]:
    """The persons the text titles as the plural noun ``t`` names ("the two prime ministers": those written "Prime
    Minister X"), of ``before`` if two are there, else of all named before ``t``; "the two leaders" are those the
    gazetteer gives a leader's office, if two are in ``before`` ("greeted X and his wife Y ... the two leaders": not
    the wife); else ``before``."""
    words = [c.lower_ for c in t.children if c.dep_ in {"compound", "amod"} and c.i < t.i] + [t.lemma_.lower()]
    titled = set()
    for m in (m for m in args.ordered if m.cls == PERSON and m.start < t.idx and m in args.ids):
        span = args.doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is not None and [w.lower_ for w in args.doc[max(0, span.start - len(words)):span.start]] == words:
            titled.add(args.ids[m])
    kept = [m for m in before if args.ids.get(m) in titled]
    if len({args.ids[m] for m in kept}) < 2 and t.lemma_.lower() in table("syntax")["leader_words"]:
        leading = [m for m in before if offices.leads(args.gaz, args.ids[m])]
        kept = leading if len({args.ids[m] for m in leading}) >= 2 else kept
    if len({args.ids[m] for m in kept}) < 2:  # (the other may be named further back than ``before`` reaches)
        kept = [m for m in reversed(args.ordered) if m.start < t.idx and args.ids.get(m) in titled]
    return kept if len({args.ids[m] for m in kept}) >= 2 else before


def _with_pronouns(args: Arguments, t: Token, before: list[Mention], start: int) -> list[Mention]:
    """``before`` (latest first) with the person each personal subject pronoun since ``start`` stands for, where the
    pronoun stands."""
    words = table("syntax")["third_person_person"]
    placed = [(m.start, m) for m in before]
    since = t.doc.char_span(max(start, 0), t.idx, alignment_mode="expand") or ()
    for p in (p for p in since if p.lower_ in words and p.dep_ in {"nsubj", "nsubjpass"}):
        placed += [(p.idx, named) for a in args.one(p, False) if (named := args.antecedents.get(a)) is not None
                   and named in args.ids]
    return [m for _, m in sorted(placed, key=lambda x: -x[0])]


def _sentence_pair(args: Arguments, t: Token) -> list[Arg]:
    """The two states the sentence of ``t`` names before it, when it names exactly two, a person standing for the
    state the gazetteer seats them in."""
    start = args.attr.sentence_of(t).start_char
    out: list[Arg] = []
    for m in (m for m in args.ordered if start <= m.start < t.idx):
        state = args.synthetic(t, args.ids[m], m.cls) if m.cls == "State" \
            else person_state(args, t, (m, args.ids[m]))
        if state is not None and state[1] not in {a[1] for a in out}:
            out.append(state)
    return out if len(out) == 2 else []


def person_state(args: Arguments, t: Token, person: Arg) -> Arg | None:
    """The state the gazetteer seats ``person`` in, as a mention at ``t``; None for anyone else."""
    seat = offices.seat(args.gaz, person[1]) if person[0].cls == PERSON and args.gaz is not None else None
    return args.synthetic(t, seat.id, seat.cls) if seat is not None and seat.cls == "State" else None


def _sides(args: Arguments, t: Token, before: list[Mention]) -> list[Arg]:
    """The distinct states ``before`` names (latest first), a person standing for the state the gazetteer seats them
    in; a state named only as a nationality ("U.S. Secretary of State X", "Chinese ships") is none."""
    verb = next((h for h in t.ancestors if h.pos_ in {"VERB", "AUX"}), None)
    heads = []
    while verb is not None:  # the urging verb, the verbs it is coordinated with and the one reporting them
        heads.append(verb)
        verb = verb.head if verb.dep_ == "conj" or (verb.dep_ == "ccomp" and is_reporting(verb.head)) else None
    own = [c for h in heads for c in h.children if c.dep_ in {"nsubj", "nsubjpass"}]
    own_ids = {a[1] for c in own for a in args.actors(c, expand=False)}  # ("China said it ... urged both sides")
    out: list[Arg] = []
    for m in before:
        if args.ids[m] in own_ids:
            continue
        arg = args.corefer(t, (m, args.ids[m])) if m.cls == "State" and not adjectival(args, m) \
            else person_state(args, t, (m, args.ids[m]))
        if arg is not None and arg[1] not in {a[1] for a in out} and arg[1] not in own_ids:
            out.append(arg)
    return out


def _others(args: Arguments, t: Token, before: list[Mention]) -> list[Mention]:
    """``before`` without the actors of the subject of the clause above ``t``, wherever else they are named."""
    outside = outside_own_subject(t, before, climb=True)
    own = {args.ids[m] for m in before if m not in outside}
    return [m for m in before if args.ids[m] not in own]


def _paired_before(args: Arguments, t: Token, start: int, n: int) -> list[Arg]:
    """The ``n`` actors the latest plural description before ``t`` (from ``start``) stood for, if that was ``n``."""
    words = {*table("syntax")["party_nouns"], *table("syntax")["description_nouns"]}
    counts = table("syntax")["pair_words"]
    for d in args.doc.char_span(start, t.idx, alignment_mode="expand") or ():
        if d.lower_ in words and any(c.lower_ in counts for c in d.children):
            args.actors(d, expand=False)  # resolved now, whatever order the triggers come in
    earlier: dict[int, list[Arg]] = {}
    for arg in args.antecedents:
        m = arg[0]
        if m.source == "coref" and start <= m.start < t.idx and args.text[m.start:m.end].lower() in words:
            earlier.setdefault(m.start, []).append(arg)
    latest = earlier[max(earlier)] if earlier else []
    return latest if len({a[1] for a in latest}) == n else []


def counted(args: Arguments, t: Token, n: int | None = None) -> list[Arg]:
    """The actors a bare number or "both" stands for ("Mali and Niger met. The two signed ...", "All three expelled
    ..."), or ``n`` of them ("the rivals"): the latest coordination of as many actors in this sentence or the one
    before, else no one."""
    here = args.attr.sentence_before(t) or args.attr.sentence_of(t)
    before = [m for m in reversed(args.ordered) if here.start_char <= m.start < t.idx and m.cls in args.actor_classes]
    listed = _listed(args, before, n or table("syntax")["pair_words"][t.lower_])
    return [args.corefer(t, (m, args.ids[m])) for m in listed]


def _listed(args: Arguments, mentions: list[Mention], n: int, pool: list[Mention] | None = None) -> list[Mention]:
    """The latest coordination of exactly ``n`` different actors among ``mentions`` ("Japan, India and Australia"),
    its other members from ``pool`` when given."""
    for m in mentions:  # latest first
        tok = args.doc.char_span(m.start, m.end, alignment_mode="expand")
        if tok is None:
            continue
        group = [args.by_token.get(c.i) for c in (tok.root, *tok.root.conjuncts)]
        group = [g for g in group if g is not None and (g in mentions or (pool is not None and g in pool))]
        if len({args.ids[g] for g in group}) == n and len(group) == n:
            return sorted(group, key=lambda g: g.start)
    return []


def _main_list(args: Arguments, t: Token, n: int) -> list[Mention]:
    """Of the coordinations of exactly ``n`` states before ``t``, the one whose members the document has named most
    (the latest among equals): the states it is about, not a list of others given in passing."""
    named = named_before(args, t)
    states = [m for m in reversed(args.ordered) if m.start < t.idx and m.cls == "State"]
    best, most = [], 0
    for m in states:
        group = _listed(args, [m], n, states)
        if sum(named[args.ids[g]] for g in group) > most:
            best, most = group, sum(named[args.ids[g]] for g in group)
    return best


def main_parties(args: Arguments, t: Token, n: int, exclude: Collection[str]) -> list[Arg]:
    """The ``n`` states the document has named most before ``t`` (not those in ``exclude``), as mentions at ``t``:
    the parties of the conflict it is about ("urged restraint": on them)."""
    named = named_before(args, t)
    states = {args.ids[m]: m for m in args.ordered if m.start < t.idx and m.cls == "State" and args.ids[m] not in exclude}
    top = sorted(states, key=lambda i: -named[i])[:n]
    return [args.corefer(t, (states[i], i)) for i in top] if len(top) == n else []


def named_before(args: Arguments, t: Token) -> Counter:
    """How often the document has named each actor before ``t``: the actors it is about rank first."""
    return Counter(args.ids[m] for m in args.ordered if m.start < t.idx and m in args.ids)


def located(args: Arguments, m: Mention) -> bool:
    """Is the mention the object of a place preposition ("in Moscow", "at the UN")?"""
    span = args.doc.char_span(m.start, m.end, alignment_mode="expand")
    root = span.root if span is not None else None
    return root is not None and root.dep_ == "pobj" and root.head.lower_ in table("syntax")["place_preps"]
