"""The exceptions kg raises; callers catch ``KgError`` for all of them.

    KgError
     ├── UnknownNameError     a closed vocabulary (relation, class, format, query) was asked for a name it lacks
     ├── ModelNotFoundError   no spaCy pipeline with that name is installed
     ├── InputError           a document could not be read (missing, binary, not UTF-8, empty)
     ├── IRIError             a string could not be made into a valid IRI or literal
     └── StoreError           the triple store could not be opened or written
"""
from __future__ import annotations

from collections.abc import Iterable


class KgError(Exception):
    """Base class of every error kg raises on purpose."""


class UnknownNameError(KgError, KeyError):
    """A closed vocabulary was asked for a name it does not hold; the message lists the valid ones."""

    def __init__(self, kind: str, name: str, valid: Iterable[str]) -> None:
        self.kind, self.name, self.valid = kind, name, sorted(valid)
        super().__init__(f"unknown {kind} {name!r}; valid: {', '.join(self.valid)}")

    def __str__(self) -> str:  # KeyError would quote the message
        return str(self.args[0])


class ModelNotFoundError(KgError):
    """No installed spaCy pipeline answers to the requested name."""


class InputError(KgError):
    """A document could not be read; the message names it and says why."""


class IRIError(KgError, ValueError):
    """A value could not be turned into a valid IRI, language tag or literal."""


class StoreError(KgError):
    """The store could not be opened, read or written."""
