"""Who held an office at a date: "the Russian president" in a 2017 article is Vladimir Putin.

Reads the gazetteer's ``offices``; a description resolves only when exactly one person fits.
"""
from __future__ import annotations

import re
from collections.abc import Collection
from functools import lru_cache

from ..gazetteer import Actor, Gazetteer

Tenure = tuple[str, str, str | None, str | None]  # last title word, person id, start, end


def title_head(title: str) -> str:
    """The word that names an office: "President of the State Affairs" → "president",
    "Press Secretary to the President" → "secretary"."""
    words = re.split(r"\s+(?:of|to|for|at)\s+", title.lower(), maxsplit=1)[0].split()
    return words[-1] if words else ""


@lru_cache(maxsize=4)
def _tenures(gaz: Gazetteer) -> dict[str, list[Tenure]]:
    """Office-holding actor id → tenures at it, from every person's offices."""
    out: dict[str, list[Tenure]] = {}
    for actor in gaz.actors.values():
        for o in actor.offices:
            out.setdefault(o.of, []).append((title_head(o.title), actor.id, o.start, o.end))
    return out


def _covers(start: str | None, end: str | None, on: str | None) -> bool:
    if on is None:
        return end is None  # no document date: the current holder
    return (start or "") [:len(on)] <= on and (end is None or on <= end[:len(on)] or on[:len(end)] <= end)


def holder(gaz: Gazetteer, of: str, words: Collection[str], on: str | None) -> Actor | None:
    """The one person holding an office of ``of`` titled by one of ``words`` on date ``on`` (ISO), or None."""
    people = {pid for word, pid, start, end in _tenures(gaz).get(of, ()) if word in words and _covers(start, end, on)}
    return gaz.actors[people.pop()] if len(people) == 1 else None
