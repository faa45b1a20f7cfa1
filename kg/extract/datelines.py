"""Wire datelines ("CAIRO (Reuters) - ", "NEW DELHI - "): where a story was filed from, no part of its first sentence.

Found by the text alone, once per document: the pipeline's components before the parser and after the NER share them.
"""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc

from .. import gazetteer as gazetteer_mod

DATELINES = "kg_datelines"
NAME = r"(?:[A-Z][A-Z.'’-]{2,}|[A-Z]{2}(?= [A-Z]))(?: [A-Z][A-Z.'’-]*){0,3}"  # ("LA PAZ", not "US - China")
PLACE = rf"{NAME}(?:/{NAME})*"  # "BAGHDAD/ANKARA": filed from two places
# a wire dateline opening a paragraph: "CAIRO (Reuters) - ", "BAMAKO, June 30 (AFP) - ", "KYIV, Ukraine (AP) — ",
# "LAOAG, Philippines, April 22 - " (a place in capitals, then a country or a date, or both, or an agency in brackets:
# "US - China talks" is no dateline)
DATELINE = re.compile(rf"({PLACE})"
                      r"(?:(?:, [A-Z][\w.]*(?: \d{1,2})?(?:, \d{4})?){1,2}(?: ?\([^()\n]{1,40}\))?"
                      r"|(?: ?\([^()\n]{1,40}\)))"
                      r" ?[-–—]{1,2} ")
PARAGRAPH_START = re.compile(r"\n\s*")
# a bare one, "NEW DELHI - ", only when the gazetteer knows the place, or a city standing for a body ("BRUSSELS - ");
# "NATO - Russia talks" is no dateline
BARE_DATELINE = re.compile(rf"({PLACE}) [-–—]{{1,2}} ")


def datelines(doc: Doc) -> list[tuple[int, int]]:
    """Token ranges of the wire datelines that open the document or a paragraph: a place the story was filed
    from and the agency, no part of the first sentence (the parser would take "BEIJING" for its subject)."""
    if DATELINES in doc.user_data:  # cached on the document: the components before and after the NER both ask
        return doc.user_data[DATELINES]
    out: list[tuple[int, int]] = []
    text = doc.text
    for start in [0, *(m.end() for m in PARAGRAPH_START.finditer(text))]:  # text search: no Token per word
        m = DATELINE.match(text, start) or _bare_dateline(text, start)
        span = doc.char_span(start, start + len(m.group().rstrip()), alignment_mode="expand") if m else None
        if span is not None and span.end < len(doc):
            out.append((span.start, span.end))
    doc.user_data[DATELINES] = out
    return out


def _bare_dateline(text: str, start: int) -> re.Match[str] | None:
    m = BARE_DATELINE.match(text, start)
    return m if m and all(_dateline_place(p.title()) for p in m.group(1).split("/")) else None


@lru_cache(maxsize=1024)
def _dateline_place(name: str) -> bool:
    """Does the gazetteer know ``name`` as a place, or as a city standing for a body ("Brussels")? Read once per name
    (the gazetteer loader lists its directory on every call)."""
    place = gazetteer_mod.load().lookup(name)
    return place is not None and (place.cls in {"State", "Location"} or name in place.metonyms)
