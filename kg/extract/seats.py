"""Structural relations the gazetteer's offices imply: the seat of an office a description names ("the prime
minister" after "Nikol Pashinyan" leads Armenia) and the state of a body one serves ("Pentagon chief Pete Hegseth"
is one of the United States).

Run after the other rules: they make the office mentions and the memberships these read.
"""
from __future__ import annotations

from collections.abc import Iterator, Mapping

from ..gazetteer import Gazetteer
from ..resolve import PERSON
from .arguments import Arguments
from .lexicon import table
from .offices import office_name, seat
from .relations import Candidate
from .titles import title_phrase


def offices_held(args: Arguments, titles: Mapping[str, str], gaz: Gazetteer) -> Iterator[Candidate]:
    """leaderOf / memberOf from an office description the rules took for a person ("the Russian president", "the
    prime minister" after "Nikol Pashinyan"): the person holds that office where the gazetteer seats them."""
    for m, eid in sorted(args.added, key=lambda a: (a[0].start, a[1])):
        span = args.doc.char_span(m.start, m.end, alignment_mode="expand") if m.source == "office" and m.cls == PERSON \
            else None
        found = title_phrase(list(span), titles) if span is not None else None
        word = office_name(found[2]).split()[-1] if found else ""
        place = seat(gaz, eid, word) if found else None
        if found and place is None and word in table("syntax")["generic_office_words"]:  # "the Russian leader": its
            places = [p for w, r in titles.items() if r == found[0] and (p := seat(gaz, eid, w))]
            place = next((p for p in places if p.cls == "State"), places[0] if places else None)
            # president, or whatever office of that rank the gazetteer gives, a state's first ("the Chinese leader"
            # is China's president, not the chairman of its military commission)
        if found and place is not None:
            yield Candidate(found[0], (m, eid), args.synthetic(span.root, place.id, place.cls), found[1], "office", 0.7)


def state_members(found: list[Candidate], args: Arguments, gaz: Gazetteer, titles: Mapping[str, str],
                  relation: str) -> Iterator[Candidate]:
    """``relation`` (membership) from a person to the state whose government body they hold a title in (leader or
    member: ``titles``' relations) ("Foreign Ministry spokeswoman Maria Zakharova", "Pentagon chief Pete Hegseth"):
    one of a state's body is one of the state."""
    held = set(titles.values())
    for c in found:
        if c.relation not in held or c.subject[0].cls != PERSON or c.object[0].cls != "GovernmentBody":
            continue
        state = args.home(c.object)
        if state != c.object[1] and state in gaz.actors:
            m = c.object[0]
            yield Candidate(relation, c.subject, args.made(m.start, m.end, "State", state, state, "national"), c.trigger,
                            c.rule + "+body", c.confidence - 0.05)
