"""The gazetteer's body that a generic phrase of a state names: "China's foreign ministry" is the Chinese Foreign
Ministry, so a text that says both has one node for it, not two.

A body's name and the phrase are compared as bags of words without the state's own words ("Chinese", "China's",
"U.S.") and without the lexicon's ``body_name_skips`` ("of", "the", "affairs"), with its ``body_spellings``
("defense" is "defence"); only a state's one body with that bag is taken.
"""
from __future__ import annotations

from functools import lru_cache

from ..gazetteer import Actor, Gazetteer, normalize
from .lexicon import table


def _words(text: str, state: Actor) -> frozenset[str]:
    syn = table("syntax")
    own = {normalize(w) for _, f in state.forms() for w in [f, *f.split()]}
    words = (w[:-2] if w.endswith(("'s", "’s")) else w for w in text.lower().replace(",", " ").split())
    return frozenset(syn["body_spellings"].get(w, w) for w in words
                     if w not in syn["body_name_skips"] and normalize(w) not in own)


@lru_cache(maxsize=8)
def _index(gaz: Gazetteer) -> dict[tuple[str, frozenset[str]], str | None]:
    index: dict[tuple[str, frozenset[str]], str | None] = {}
    for body in gaz.actors.values():
        state = gaz.actors.get(body.part_of or "")
        if body.cls != "GovernmentBody" or state is None or state.cls != "State":
            continue
        for name in {body.label, *body.names}:
            key = (state.id, _words(name, state))
            if key[1]:
                index[key] = body.id if index.get(key, body.id) == body.id else None  # two bodies: neither
    return index


def known_body(gaz: Gazetteer | None, state_id: str, phrase: str) -> Actor | None:
    """The one body of the state ``state_id`` whose name is ``phrase`` in other words ("China's foreign ministry",
    "the Chinese defence ministry"), or None."""
    state = gaz.actors.get(state_id) if gaz is not None else None
    if state is None:
        return None
    hit = _index(gaz).get((state_id, _words(phrase, state)))
    return gaz.actors[hit] if hit else None
