"""A statement's confidence: the precision observed for statements like it, or the rule's prior.

The table (``data/calibration.json``, written by ``benchmarks/calibrate.py``) maps a few
features of a statement (see ``features``) to the fraction of such statements found right on a
benchmark. A cell with too few samples is absent, so the lookup backs off to a coarser key
(the features are dropped from the end of the table's ``features`` list). When no cell
applies, or there is no table, the rule's prior stands. ``KG_CALIBRATION`` names another
table; set it to the empty string to use the priors alone.
"""
from __future__ import annotations

import json
import os
from collections import defaultdict
from collections.abc import Iterable, Mapping
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..ontology import RelationType
from ..resolve import NAMED, PHRASE
from ..resources import DATA

TABLE = DATA / "calibration.json"


def features(rule: str, modality: str, relation: RelationType, sources: tuple[str, ...]) -> dict[str, str]:
    """The statement's features as table key parts.

    ``sources``: the ``Mention.source`` of its subject and object ("gazetteer", "ner", "phrase", "coref",
    "generic", "office"): an argument the text names, or one inferred from a pronoun,
    description, generic noun or office.
    """
    inferred = [s for s in sources if s not in NAMED and s != PHRASE]  # "members of the party" names it too
    return {
        "kind": "structural" if relation.structural else "event",
        "rule": rule,
        "quad": str(relation.quad_class) if relation.quad_class else "-",
        "args": "named" if not inferred else "inferred" if any(s in {"coref", "generic"} for s in inferred) else "office",
        "modality": modality,
    }


def keys(table: Mapping[str, Any], feats: Mapping[str, str]) -> list[str]:
    """Table keys for ``feats`` from the most specific to the coarsest ("event|verb|named", "event|verb", "event")."""
    values = [feats[f] for f in table["features"]]
    return ["|".join(values[:n]) for n in range(len(values), 0, -1)]


def lookup(table: Mapping[str, Any] | None, feats: Mapping[str, str]) -> float | None:
    """The precision of the most specific cell of ``table`` that ``feats`` fall in, or None."""
    if not table:
        return None
    cells = table["cells"]
    for key in keys(table, feats):
        if key in cells:
            return float(cells[key]["p"])
    return None


def fit(samples: Iterable[tuple[Mapping[str, str], bool]], features: list[str], min_n: int = 5,
        strength: float = 4.0) -> dict[str, dict[str, Any]]:
    """Table cells from (features, right) samples: the observed precision of every key prefix.

    A key with fewer than ``min_n`` samples gets no cell. Each cell's precision is shrunk towards
    its parent's (a Beta prior worth ``strength`` samples); the top cell towards 0.5 (Beta(1, 1)),
    so every value lies strictly between 0 and 1.
    """
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for feats, right in samples:
        values = [feats[f] for f in features]
        for n in range(1, len(values) + 1):
            c = counts["|".join(values[:n])]
            c[0] += 1
            c[1] += bool(right)
    cells: dict[str, dict[str, Any]] = {}
    for key in sorted(counts, key=lambda k: (k.count("|"), k)):
        n, k = counts[key]
        if n < min_n:
            continue
        parent = cells.get(key.rsplit("|", 1)[0]) if "|" in key else None
        p = (k + strength * parent["p"]) / (n + strength) if parent else (k + 1) / (n + 2)
        cells[key] = {"n": n, "right": k, "p": round(min(max(p, 0.001), 0.999), 3)}  # stays inside (0, 1) when rounded
    return cells


@lru_cache(maxsize=4)
def load(path: str) -> dict[str, Any] | None:
    """The calibration table at ``path``, or None when there is none (then the priors stand)."""
    if not path or not Path(path).is_file():
        return None
    table = json.loads(Path(path).read_text(encoding="utf-8"))
    missing = {"features", "cells"} - set(table)
    if missing:
        raise ValueError(f"{path}: calibration table lacks {sorted(missing)}")
    return table


def score(feats: Mapping[str, str], prior: float) -> float:
    """The calibrated confidence of a statement with ``feats``; ``prior`` when the table has no cell for it."""
    found = lookup(load(os.environ.get("KG_CALIBRATION", str(TABLE))), feats)
    return prior if found is None else found
