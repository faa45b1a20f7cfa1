"""Where the ontology and data folders are: a checkout's top-level ``ontology/`` and ``data/``, or the installed copies.

A source checkout (and an editable install) reads the folders beside ``kg/``, so an edited lexicon takes
effect at once; a built wheel carries the same folders inside the package as ``kg/_ontology`` and
``kg/_data`` (``pyproject.toml`` maps them), because a wheel cannot install folders beside its package.
"""
from __future__ import annotations

from pathlib import Path

_HERE = Path(__file__).resolve().parent


def folder(name: str) -> Path:
    """The ``ontology`` or ``data`` folder; the installed copy when there is one, else the checkout's."""
    for path in (_HERE / f"_{name}", _HERE.parent / name):
        if path.is_dir():
            return path
    raise FileNotFoundError(f"no {name!r} folder in {_HERE} or {_HERE.parent}: reinstall kg or run it from its checkout")


ONTOLOGY = folder("ontology")
DATA = folder("data")
