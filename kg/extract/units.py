"""Military unit hierarchy: a named unit written next to a larger one is part of it.

"1st Squadron, 3rd Cavalry Regiment" and "the 101st Airborne Division's 2nd Brigade" name a unit and the unit
it belongs to; the lexicon's ``unit_echelons`` rank the words that say how large a unit is, and one of the two
names is numbered ("Abel Battery, 3rd Battalion"), as units are and firms ("Boeing Company") are not; ``patterns``
teach the entity ruler such numbered names ("18th Wing"). Written by hand because no maintained library knows unit
echelons; the rule reads only names and the comma or possessive between them.
"""
from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

from ..model import Mention
from ..resolve import NAMED, PERSON
from .arguments import PLACE, Arguments
from .clauses import Candidate
from .lexicon import ordered


@lru_cache(maxsize=1)
def _ranks() -> dict[str, int]:
    return {w: i for i, w in enumerate(ordered("syntax", "unit_echelons"))}


def patterns(label: str = "Organization") -> list[dict]:
    """EntityRuler patterns for numbered unit names the NER misses ("18th Wing", "507th Air Refueling Wing")."""
    return [{"label": label, "pattern": [{"TEXT": {"REGEX": r"^\d+(st|nd|rd|th)$"}}, {"IS_TITLE": True, "OP": "*"},
                                         {"LOWER": {"IN": list(ordered("syntax", "unit_echelons"))}, "IS_TITLE": True}]}]


def echelon(name: str) -> int | None:
    """The rank of a unit's name by its largest echelon word ("2nd Brigade Combat Team": a brigade), else None."""
    ranks = _ranks()
    found = [ranks[w] for w in name.lower().replace(",", " ").split() if w in ranks]
    return max(found) if found else None


def candidates(args: Arguments, relation: str) -> Iterator[Candidate]:
    """``relation`` (membership) from each named unit to the larger unit written beside it."""
    named = [m for m in args.ordered if m.cls not in {PERSON, "State", PLACE} and m.source in NAMED]
    for a, b in zip(named, named[1:]):
        between = args.text[a.end:b.start]
        if between.strip() not in {",", "'s", "’s"}:
            continue
        part, whole = (a, b) if between.strip() == "," else (b, a)  # "X's Y": Y is the part
        small, large = echelon(part.text), echelon(whole.text)
        numbered = any(c.isdigit() for c in part.text + whole.text)  # units are numbered ("3rd"), firms are not
        if small is not None and large is not None and small < large and numbered:
            yield _candidate(args, relation, part, whole)


def _candidate(args: Arguments, relation: str, part: Mention, whole: Mention) -> Candidate:
    tok = args.doc.char_span(part.start, part.end, alignment_mode="expand").root
    return Candidate(relation, (part, args.ids[part]), (whole, args.ids[whole]), tok, "unit", 0.8)
