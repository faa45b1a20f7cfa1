"""Mentions → actors: one stable entity id per real actor, within and across documents.

Gazetteer mentions take the gazetteer id (so "Moscow", "the Kremlin" and "Russian" are all
Russia). Other mentions get ``Class/slug``; a later or earlier short person mention
("Courtney") joins the full name ("William Courtney") in the same document.
"""
from __future__ import annotations

import dataclasses
import re
import unicodedata
from collections.abc import Collection, Iterable, Mapping, Sequence

from .gazetteer import Gazetteer
from .model import Entity, Mention

PERSON = "Person"
INSTALLATION = "Infrastructure"  # an installation is a target, never an agent
THINGS = frozenset({"WeaponSystem", INSTALLATION})  # classes of generic targets that never act or speak
POSSESSIVE = re.compile(r"['’]s ")
NAMED = {"gazetteer", "ner", "national"}  # mentions that name the actor ("national": "Iraqi security forces"); pronouns, titles and bare generic nouns do not
PHRASE = "phrase"  # a mention widened around a name ("70 members of the tribe"): it names the actor, but is no label


def slug(text: str) -> str:
    """A lowercase ASCII slug of a name ("Kim Jong-un" → "kim-jong-un"); never empty."""
    ascii_ = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    s = re.sub(r"['’]s\b", "", ascii_.lower())
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    return s or "x" + "".join(f"{ord(c):x}" for c in text)[:40]


def _surname_index(mentions: Sequence[Mention]) -> dict[str, str]:
    """Surname of each multi-word person name → the entity id of its longest full mention.

    The last word is the surname ("Abiy Ahmed" → "Ahmed"); the first word is one too when no name ends in it
    ("Lai Ching-te" → "Lai", "Xi Jinping" → "Xi": family name first)."""
    last: dict[str, Mention] = {}
    first: dict[str, Mention] = {}
    for m in mentions:
        words = m.text.split()
        if m.cls == PERSON and len(words) > 1:
            for index, key in ((last, words[-1].lower()), (first, words[0].lower())):
                if key not in index or len(m.text) > len(index[key].text):
                    index[key] = m
    return {key: m.actor_id or _own_id(m) for key, m in {**first, **last}.items()}


def _own_id(m: Mention) -> str:
    """The id of an actor the gazetteer does not know: its class and its name as written ("Person/juan-mora")."""
    return f"{m.cls}/{slug(m.text)}"


def resolve(mentions: Sequence[Mention], defined: Mapping[str, Mention] | None = None) -> dict[Mention, str]:
    """Map each mention to its entity id; deterministic for the same input. A lone surname of a person named in
    full is that person, as a person, whatever the NER called it; a short form the text ``defined`` after a name
    ("Caspian Pipeline Consortium (CPC)") is what that name is, whatever the gazetteer says of it."""
    surnames = _surname_index(mentions)
    ids: dict[Mention, str] = {}
    for m in mentions:
        full = (defined or {}).get(m.text)
        if full is not None and full != m:
            ids[dataclasses.replace(m, cls=full.cls, actor_id=full.actor_id)] = full.actor_id or _own_id(full)
            continue
        if m.actor_id:
            ids[m] = m.actor_id
            continue
        words = m.text.split()
        if m.cls in {PERSON, "Organization", "Location"} and len(words) == 1 and words[0].lower() in surnames:
            # (a surname the statistical NER took for an organisation or a place: "Wang Yi ... Wang said")
            ids[dataclasses.replace(m, cls=PERSON)] = surnames[words[0].lower()]
            continue
        ids[m] = _own_id(m)
    return ids


def entities(ids: Iterable[tuple[Mention, str]], gaz: Gazetteer, parts: Mapping[str, str] | None = None,
             titled: Mapping[str, Collection[str]] | None = None) -> tuple[Entity, ...]:
    """Group mentions by entity id into ``Entity`` values, labelled from the gazetteer when known.

    ``parts`` gives the whole (a state) of entities the gazetteer does not know ("Iraqi security forces");
    ``titled``, names written with a title ("President Abdelaziz Bouteflika"), which become aliases.
    """
    groups: dict[str, list[Mention]] = {}
    for m, eid in ids:  # (a mention may stand for several entities: "the two leaders")
        groups.setdefault(eid, []).append(m)
    out = []
    for eid in sorted(groups):
        ms = sorted(set(groups[eid]), key=lambda m: (m.start, m.end))
        actor = gaz.actors.get(eid)
        if actor is not None:
            label, cls, wikidata, iso3, part_of = actor.label, actor.cls, actor.wikidata, actor.iso3, actor.part_of
        else:
            # a name before a pronoun or a description, and before a phrase around it ("members of the party")
            named = [m for m in ms if m.source in NAMED] or [m for m in ms if m.source not in {PHRASE, "coref"}] or ms
            label = max((m.text for m in named), key=lambda t: (len(t), t))
            cls, wikidata, iso3, part_of = ms[0].cls, None, None, (parts or {}).get(eid)
            whole = gaz.actors.get(part_of or "")
            if whole is not None and not any(m.source in NAMED for m in ms) and whole.cls == "State":
                # "its foreign ministry", "the former colonial power's army": the state's, which the label says
                label = f"{whole.label}'s {POSSESSIVE.split(label)[-1]}"
        aliases = tuple(sorted(({m.text for m in ms if m.source in NAMED} | set((titled or {}).get(eid, ()))) - {label}))
        out.append(Entity(eid, label, cls, aliases, wikidata, iso3, tuple(ms), part_of))
    return tuple(out)
