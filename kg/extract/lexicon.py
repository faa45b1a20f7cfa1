"""The small grammar lexicons in ``data/lexicon/*.json``, loaded once as frozen sets and maps."""
from __future__ import annotations

import json
from functools import lru_cache
from types import MappingProxyType
from typing import Any

from ..resources import DATA

LEXICON = DATA / "lexicon"


@lru_cache(maxsize=None)
def _raw(name: str) -> dict[str, Any]:
    return json.loads((LEXICON / f"{name}.json").read_text(encoding="utf-8"))


@lru_cache(maxsize=None)
def table(name: str) -> MappingProxyType:
    """``data/lexicon/NAME.json`` with list values as frozensets and ``_comment`` keys dropped."""
    return MappingProxyType({k: frozenset(v) if isinstance(v, list) else v for k, v in _raw(name).items() if not k.startswith("_")})


def ordered(name: str, key: str) -> tuple[str, ...]:
    """One list of ``data/lexicon/NAME.json`` in file order, for lists whose order is a priority."""
    return tuple(_raw(name)[key])


@lru_cache(maxsize=None)
def first_person() -> frozenset[str]:
    """The first-person pronouns of ``syntax.json``, singular and plural ("I", "we", "our")."""
    syn = table("syntax")
    return syn["first_person_singular"] | syn["first_person_plural"]
