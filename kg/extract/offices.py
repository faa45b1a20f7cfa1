"""Who held an office at a date: "the Russian president" in a 2017 article is Vladimir Putin.

Reads the gazetteer's ``offices``; a description resolves only when exactly one person fits.
"""
from __future__ import annotations

import re
from collections.abc import Collection, Mapping
from functools import lru_cache

from ..gazetteer import Actor, Gazetteer
from .lexicon import table

Tenure = tuple[str, str, str | None, str | None]  # office name, person id, start, end


def office_name(title: str) -> str:
    """The words that name an office, without what it is of, each in its one form (the lexicon's ``title_forms``):
    "President of the State Affairs" → "president", "Press Secretary to the President" → "press secretary",
    "Foreign Minister" → "foreign minister", "spokeswoman" → "spokesperson"."""
    forms = table("syntax")["title_forms"]
    words = re.split(r"\s+(?:of|to|for|at)\s+", title.lower(), maxsplit=1)[0].split()
    return " ".join(forms.get(w, w) for w in words)


@lru_cache(maxsize=4)
def _tenures(gaz: Gazetteer) -> dict[str, list[Tenure]]:
    """Office-holding actor id → tenures at it, from every person's offices."""
    out: dict[str, list[Tenure]] = {}
    for actor in gaz.actors.values():
        for o in actor.offices:
            out.setdefault(o.of, []).append((office_name(o.title), actor.id, o.start, o.end))
    return out


def _covers(start: str | None, end: str | None, on: str | None) -> bool:
    if on is None:
        return False  # no document date: no holder (an undated text may be from any time)
    return (start or "") [:len(on)] <= on and (end is None or on <= end[:len(on)] or on[:len(end)] <= end)


def holder(gaz: Gazetteer, of: str, names: Collection[str], on: str | None) -> Actor | None:
    """The one person holding an office of ``of`` named one of ``names`` on date ``on`` (ISO), or None."""
    people = {pid for name, pid, start, end in _tenures(gaz).get(of, ()) if name in names and _covers(start, end, on)}
    return gaz.actors[people.pop()] if len(people) == 1 else None


def named_holder(gaz: Gazetteer, of: str, names: Collection[str], people: Collection[str]) -> Actor | None:
    """The one person among ``people`` (those a text names) who ever held an office of ``of`` named one of ``names``:
    "Denmark's prime minister ... Mette Frederiksen said" is she, whatever the date."""
    found = {pid for name, pid, *_ in _tenures(gaz).get(of, ()) if name in names and pid in people}
    return gaz.actors[found.pop()] if len(found) == 1 else None


def mentioned_holder(gaz: Gazetteer, names: Collection[str], people: Collection[str]) -> Actor | None:
    """The one person among ``people`` who ever held an office named one of ``names`` anywhere: "the prime minister"
    after "Nikol Pashinyan" is he, when no other person the text names was a prime minister."""
    found = {pid for tenures in _tenures(gaz).values() for name, pid, *_ in tenures if name in names and pid in people}
    return gaz.actors[found.pop()] if len(found) == 1 else None


def counterpart(gaz: Gazetteer, person: str, of: str, on: str | None) -> Actor | None:
    """The one person holding at ``of`` an office ``person`` holds elsewhere on date ``on`` ("his Iranian counterpart")."""
    actor = gaz.actors.get(person)
    names = {office_name(o.title) for o in (actor.offices if actor else ()) if o.of != of and _covers(o.start, o.end, on)}
    return holder(gaz, of, names, on) if names else None


def seat(gaz: Gazetteer, person: str, word: str | None = None) -> Actor | None:
    """Where ``person`` holds office (latest first); with ``word``, only an office named by it ("President Trump")."""
    actor = gaz.actors.get(person)
    for o in sorted(actor.offices if actor else (), key=lambda o: o.start or "", reverse=True):
        name = office_name(o.title)
        if o.of in gaz.actors and (word is None or name == word or name.endswith(" " + word)):
            return gaz.actors[o.of]
    return None


def leads(gaz: Gazetteer | None, person: str, state: str | None = None) -> bool:
    """Does the gazetteer give ``person`` an office of the lexicon's ``leader_titles`` (of ``state``, if given)?"""
    actor = gaz.actors.get(person) if gaz is not None else None
    leaders = table("syntax")["leader_titles"]
    return actor is not None and any(office_name(o.title) in leaders and state in {None, o.of} for o in actor.offices)


def sole_seat(gaz: Gazetteer, word: str) -> str | None:
    """The one actor whose office ``word`` names, when no other has an office so named ("the Pope": the Holy See)."""
    seats = _seats(gaz).get(word, set())
    return next(iter(seats)) if len(seats) == 1 else None


def seats(gaz: Gazetteer) -> Mapping[str, set[str]]:
    """Office name → the actors where someone holds or held an office so named ("king" → the kingdoms)."""
    return _seats(gaz)


@lru_cache(maxsize=4)
def _seats(gaz: Gazetteer) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for of, tenures in _tenures(gaz).items():
        for name, *_ in tenures:
            out.setdefault(name, set()).add(of)
    return out


def affiliations(gaz: Gazetteer, person: str) -> set[str]:
    """Every actor where ``person`` holds or held office: acting on those is acting on one's own side."""
    actor = gaz.actors.get(person)
    return {o.of for o in actor.offices} if actor else set()


def titles_at(gaz: Gazetteer, person: str, of: str) -> set[str]:
    """The names of the offices ``person`` holds or held at ``of`` ("prime minister" for Kristersson at Sweden)."""
    actor = gaz.actors.get(person)
    return {office_name(o.title) for o in (actor.offices if actor else ()) if o.of == of}
