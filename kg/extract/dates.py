"""Dates the text gives for a claim, resolved against the document date with their granularity.

Returns ISO strings whose length is the granularity: "2017", "2017-09", "2017-09-14".
"""
from __future__ import annotations

import re
from datetime import date

from spacy.tokens import Span, Token

MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december"], start=1)}
YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
DAY = re.compile(r"\b([0-3]?\d)(?:st|nd|rd|th)?\b")


def anchor_date(anchor: str | None) -> date | None:
    """The document date as a ``date``, or None when it is missing or not an ISO calendar date."""
    try:
        return date.fromisoformat(anchor[:10]) if anchor and len(anchor) >= 10 else None
    except ValueError:
        return None


def resolve(text: str, anchor: str | None) -> str | None:
    """An ISO date string for a DATE expression, using ``anchor`` (the document date) for relative ones."""
    low = text.lower()
    ref = anchor_date(anchor)
    year_m = YEAR.search(low)
    month = next((n for name, n in MONTHS.items() if re.search(rf"\b{name}\b", low)), None)
    if year_m:
        year = int(year_m.group())
    elif ref and ("this year" in low or month):
        year = ref.year if not month or month <= ref.month else ref.year - 1
    elif ref and "last year" in low:
        return str(ref.year - 1)
    elif ref and low.strip() in {"today", "yesterday"}:
        return ref.isoformat() if low.strip() == "today" else date.fromordinal(ref.toordinal() - 1).isoformat()
    else:
        return None
    if month is None:
        return f"{year:04d}"
    day_m = DAY.search(re.sub(YEAR, "", low))
    if day_m and 1 <= int(day_m.group(1)) <= 31:
        try:
            return date(year, month, int(day_m.group(1))).isoformat()
        except ValueError:
            pass
    return f"{year:04d}-{month:02d}"


def event_date(governors: list[Token], sent: Span, anchor: str | None, doc_ents: tuple[Span, ...]) -> str | None:
    """The date of the first DATE entity attached to the trigger's clause (or, failing that, its sentence)."""
    dates = [e for e in doc_ents if e.label_ == "DATE" and sent.start <= e.start and e.end <= sent.end]
    heads = {g.i for g in governors}
    for ent in dates:
        if ent.root.head.i in heads or ent.root.head.head.i in heads:
            found = resolve(ent.text, anchor)
            if found:
                return found
    for ent in dates:
        found = resolve(ent.text, anchor)
        if found:
            return found
    return None
