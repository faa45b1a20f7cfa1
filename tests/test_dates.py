"""Dates in the text resolved against the document date, with their granularity (the string's length)."""
from __future__ import annotations

import pytest

from kg.extract.dates import resolve

ANCHOR = "2024-11-20"  # a Wednesday


@pytest.mark.parametrize(("text", "expected"), [
    ("2017", "2017"),
    ("September 2017", "2017-09"),
    ("14 September 2017", "2017-09-14"),
    ("in September", "2024-09"),
    ("December", "2023-12"),  # a month after the document's is last year's
    ("earlier this year", "2024"),
    ("last year", "2023"),
    ("today", "2024-11-20"),
    ("yesterday", "2024-11-19"),
    ("Tuesday", "2024-11-19"),
    ("Wednesday", "2024-11-20"),
    ("last Wednesday", "2024-11-13"),
    ("Thursday", "2024-11-14"),
    ("three days ago", "2024-11-17"),
    ("last month", "2024-10"),
    ("by June", "2025-06"),  # a deadline is the coming June
    ("by December", "2024-12"),
    ("next March", "2025-03"),
    ("last week", None),
    ("recently", None),
])
def test_resolve(text, expected):
    assert resolve(text, ANCHOR) == expected


def test_relative_dates_need_a_document_date():
    assert resolve("Tuesday", None) is None and resolve("last month", "not a date") is None
    assert resolve("in 2015", None) == "2015"
