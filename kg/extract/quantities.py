"""Numbers attached to a claim ("boosted its trade ... by 73 percent") as structured quantities."""
from __future__ import annotations

import re

from spacy.tokens import Span, Token

from ..model import Quantity
from .lexicon import table

NUMBER = re.compile(r"-?\d+(?:[.,]\d+)*")
KINDS = {"PERCENT", "MONEY", "QUANTITY", "CARDINAL"}


def parse(span: Span) -> tuple[float, str] | None:
    """Value and unit of a PERCENT/MONEY/QUANTITY span ("73 percent" → (73.0, "percent"))."""
    lex = table("quantities")
    text = span.text.lower()
    found = NUMBER.search(text)
    if not found:
        return None
    value = float(found.group().replace(",", ""))
    for word, scale in lex["scales"].items():
        if re.search(rf"(?<=\d)\s*{re.escape(word)}\b|\b{re.escape(word)}\b", text[found.end():]):
            value *= scale
            break
    unit = next((u for w, u in sorted(lex["units"].items(), key=lambda kv: -len(kv[0])) if w in text), "")
    return value, unit


def direction(tok: Token) -> str | None:
    """"increase"/"decrease" from the governing word's lemma, else None."""
    lex = table("quantities")
    lemma = tok.lemma_.lower()
    return "increase" if lemma in lex["increase"] else "decrease" if lemma in lex["decrease"] else None


def quantity(governors: list[Token], doc_ents: tuple[Span, ...]) -> Quantity | None:
    """The first quantity in a phrase governed by one of ``governors`` (the trigger and the verbs above it)."""
    ents = [e for e in doc_ents if e.label_ in KINDS - {"CARDINAL"}]
    for gov in governors:
        for child in gov.children:
            if child.dep_ not in {"prep", "dobj", "npadvmod", "advmod", "nummod", "quantmod", "attr"}:
                continue
            for ent in ents:
                if child.left_edge.i <= ent.start and ent.end <= child.right_edge.i + 1:
                    parsed = parse(ent)
                    if parsed:
                        return Quantity(parsed[0], parsed[1], ent.text, direction(gov))
    return None
