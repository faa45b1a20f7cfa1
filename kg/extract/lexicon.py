"""The small grammar lexicons in ``data/lexicon/*.json``, loaded once as frozen sets and maps."""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType
from typing import Any

LEXICON = Path(__file__).resolve().parents[2] / "data" / "lexicon"


@lru_cache(maxsize=None)
def table(name: str) -> MappingProxyType:
    """``data/lexicon/NAME.json`` with list values as frozensets and ``_comment`` keys dropped."""
    raw: dict[str, Any] = json.loads((LEXICON / f"{name}.json").read_text(encoding="utf-8"))
    return MappingProxyType({k: frozenset(v) if isinstance(v, list) else v for k, v in raw.items() if not k.startswith("_")})
