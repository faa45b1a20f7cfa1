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
WEEKDAYS = {d: i for i, d in enumerate(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])}
DAYS_AGO = re.compile(r"\b(\d+|one|two|three|four|five|six|seven)\s+days?\s+ago\b")
SMALL = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}
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
    elif ref and month and re.match(r"(by|until|till|before|next|coming)\b", low):
        year = ref.year if month >= ref.month else ref.year + 1  # "by June": the coming one
    elif ref and ("this year" in low or month):
        year = ref.year if not month or month <= ref.month else ref.year - 1
    elif ref and "last year" in low:
        return str(ref.year - 1)
    elif ref:
        return _relative(low.strip(), ref)
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


def _relative(low: str, ref: date) -> str | None:
    """Day- or month-granular dates named relative to the document date ("on Tuesday", "last month")."""
    if low in {"today", "tonight", "this morning", "this afternoon", "this evening"}:
        return ref.isoformat()
    if low in {"yesterday", "last night"}:
        return date.fromordinal(ref.toordinal() - 1).isoformat()
    ago = DAYS_AGO.search(low)
    if ago:
        n = SMALL.get(ago.group(1)) or int(ago.group(1))
        return date.fromordinal(ref.toordinal() - n).isoformat()
    weekday = next((i for name, i in WEEKDAYS.items() if re.search(rf"\b{name}\b", low)), None)
    if weekday is not None:  # news usage: the latest such day on or before the document's ("said on Tuesday")
        back = (ref.weekday() - weekday) % 7 or (7 if low.startswith("last ") else 0)
        return date.fromordinal(ref.toordinal() - back).isoformat()
    if low in {"this month", "earlier this month"}:
        return f"{ref.year:04d}-{ref.month:02d}"
    if low == "last month":
        y, m = (ref.year, ref.month - 1) if ref.month > 1 else (ref.year - 1, 12)
        return f"{y:04d}-{m:02d}"
    return None  # "last week", "recently": no calendar unit our literals can carry


def _text(ent: Span) -> str:
    """The date's words with a preposition that turns it to the future ("by June")."""
    before = ent.doc[ent.start - 1].lower_ if ent.start else ""
    return f"{before} {ent.text}" if before in {"by", "until", "till", "before"} else ent.text


def event_date(governors: list[Token], sent: Span, anchor: str | None, doc_ents: tuple[Span, ...]) -> str | None:
    """The date of the first DATE entity attached to the trigger's clause (or, failing that, its sentence)."""
    dates = [e for e in doc_ents if e.label_ == "DATE" and sent.start <= e.start and e.end <= sent.end]
    heads = {g.i for g in governors}
    for ent in dates:
        if ent.root.head.i in heads or ent.root.head.head.i in heads:
            found = resolve(_text(ent), anchor)
            if found:
                return found
    above = {t.i for g in governors for t in (g, *g.ancestors)}
    for ent in dates:  # a date elsewhere in the sentence counts when it hangs off the trigger's own clause chain
        verb = next((t for t in (ent.root, *ent.root.ancestors) if t.pos_ in {"VERB", "AUX"}), None)
        if verb is not None and verb.i not in above:
            continue  # "X pledged aid, while Y said it would deliver by June": June is Y's
        found = resolve(_text(ent), anchor)
        if found:
            return found
    return None
