"""Known actors (states, people, organisations, weapons, places) read from data/gazetteer/*.jsonl."""
from __future__ import annotations

import difflib
import json
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType
from typing import Any

from kg.errors import KgError, UnknownNameError
from kg.resources import DATA

DATA_DIR = DATA / "gazetteer"
FORMS = ("label", "names", "metonyms", "demonyms")  # lookup precedence, strongest first
_FIELDS = {"id", "cls", "label", "names", "metonyms", "demonyms", "iso3", "wikidata", "offices", "part_of", "operators",
           "regions"}
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_ISO3 = re.compile(r"^[A-Z]{3}$")
_QID = re.compile(r"^Q\d+$")
_QUOTES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'", "“": '"', "”": '"', "–": "-", "—": "-", "‐": "-"})


@dataclass(frozen=True)
class Office:
    """A post an actor held: ``title`` of actor ``of`` between ISO dates (YYYY, YYYY-MM or YYYY-MM-DD)."""

    title: str
    of: str
    start: str | None
    end: str | None


@dataclass(frozen=True)
class Actor:
    """One known actor and every surface form that names it."""

    id: str
    cls: str
    label: str
    names: tuple[str, ...]
    metonyms: tuple[str, ...]
    demonyms: tuple[str, ...]
    iso3: str | None
    wikidata: str | None
    offices: tuple[Office, ...] = ()
    part_of: str | None = None
    operators: tuple[str, ...] = ()
    regions: tuple[str, ...] = ()  # what a description may call a state: "nordic", "island", "west african"

    def forms(self) -> Iterable[tuple[str, str]]:
        """Yield ``(kind, text)`` for the label, names, metonyms and demonyms, in precedence order."""
        yield "label", self.label
        for kind in FORMS[1:]:
            for text in getattr(self, kind):
                yield kind, text


def normalize(text: str) -> str:
    """The lookup key: accents, case, dots, dashes, curly quotes, a leading "the" and a trailing "'s" ignored.

    Short acronyms keep their case ("US", "U.S." -> "=US"), so the words "us", "who" and "is" name nobody.
    """
    text = re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text).translate(_QUOTES)).strip(" ,;:")
    text = re.sub(r"^the ", "", re.sub(r"'s$", "", text), flags=re.IGNORECASE)
    acronym = re.sub(r"[.\- ]", "", text)
    if len(acronym) <= 5 and acronym.isalnum() and acronym.isupper():
        return "=" + acronym
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)).casefold()
    return re.sub(r"\s+", " ", text.replace(".", "").replace("-", " ")).strip()


def _fail(where: str, why: str) -> KgError:
    return KgError(f"{where}: {why}")  # where = "file:line"


def _strings(value: Any, where: str, field: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise _fail(where, f"{field!r} must be a list of non-empty strings")
    return tuple(value)


def _optional(rec: dict, field: str, pattern: re.Pattern[str] | None, where: str) -> str | None:
    value = rec.get(field)
    if value is not None and (not isinstance(value, str) or (pattern and not pattern.match(value))):
        raise _fail(where, f"bad {field} {value!r}")
    return value


def _actor(rec: Any, where: str) -> Actor:
    if not isinstance(rec, dict):
        raise _fail(where, "a line must hold one JSON object")
    if extra := set(rec) - _FIELDS:
        raise _fail(where, f"unknown field(s) {sorted(extra)}; valid: {sorted(_FIELDS)}")
    for field in ("id", "cls", "label"):
        if not isinstance(rec.get(field), str) or not rec[field].strip():
            raise _fail(where, f"missing or empty {field!r}")
    offices = []
    for o in rec.get("offices") or []:
        if not isinstance(o, dict) or not isinstance(o.get("title"), str) or not isinstance(o.get("of"), str):
            raise _fail(where, f"an office needs 'title' and 'of': {o!r}")
        start, end = _optional(o, "start", _DATE, where), _optional(o, "end", _DATE, where)
        offices.append(Office(o["title"], o["of"], start, end))
    lists = {f: _strings(rec.get(f, []), where, f) for f in ("names", "metonyms", "demonyms", "operators", "regions")}
    return Actor(id=rec["id"], cls=rec["cls"], label=rec["label"], **lists,
                 iso3=_optional(rec, "iso3", _ISO3, where), wikidata=_optional(rec, "wikidata", _QID, where),
                 offices=tuple(offices), part_of=_optional(rec, "part_of", None, where))


class Gazetteer:
    """Actors by id, and a case-, accent- and punctuation-tolerant index of every form that names them."""

    def __init__(self, actors: Iterable[Actor]) -> None:
        self.actors: Mapping[str, Actor] = MappingProxyType({a.id: a for a in actors})
        best: dict[str, tuple[int, str, str]] = {}  # key -> (rank, actor id, kind)
        clash: dict[str, set[str]] = {}
        for actor in self.actors.values():
            for kind, text in actor.forms():
                key, rank = normalize(text), FORMS.index(kind)
                if not key:
                    continue
                old = best.get(key)
                if old is None or rank < old[0]:
                    best[key] = (rank, actor.id, kind)
                    clash.pop(key, None)
                elif rank == old[0] and old[1] != actor.id:
                    clash.setdefault(key, {old[1]}).add(actor.id)
        self._index = {k: v for k, v in best.items() if k not in clash}
        self.ambiguous: Mapping[str, frozenset[str]] = MappingProxyType({k: frozenset(v) for k, v in clash.items()})
        self._patterns: list[dict] | None = None
        self._states: list[str] | None = None

    def get(self, actor_id: str) -> Actor:
        if actor_id not in self.actors:
            raise UnknownNameError("actor", actor_id, self.actors)
        return self.actors[actor_id]

    def lookup(self, text: str) -> Actor | None:
        hit = self._index.get(normalize(text))
        return self.actors[hit[1]] if hit else None

    def misspelt(self, text: str) -> Actor | None:
        """The state a place name of six letters or more misspells by about one letter ("Afganistan", "Ethopian"),
        when exactly one state's name or demonym is that close; None otherwise."""
        key = normalize(text)
        if len(key) < 6 or not key.isalpha() or (key.endswith("s") and self.lookup(text[:-1]) is not None):
            return None  # ("Syrians": the people, no misspelt state)
        close = difflib.get_close_matches(key, self._state_keys(), n=2, cutoff=0.9)  # (standard library: one word)
        ids = {self._index[k][1] for k in close}
        return self.actors[ids.pop()] if len(ids) == 1 else None

    def _state_keys(self) -> list[str]:
        if self._states is None:
            self._states = [k for k, (_, aid, kind) in self._index.items()
                            if self.actors[aid].cls == "State" and kind in {"label", "names", "demonyms"} and k.isalpha()]
        return self._states

    def form(self, text: str) -> str | None:
        """Which kind of form ``text`` is ("label", "names", "metonyms", "demonyms"), or None if unknown."""
        hit = self._index.get(normalize(text))
        return hit[2] if hit else None

    def by_iso3(self, code: str) -> Actor | None:
        return next((a for a in self.actors.values() if a.iso3 == code.upper()), None)

    def by_wikidata(self, qid: str) -> Actor | None:
        return next((a for a in self.actors.values() if a.wikidata == qid), None)

    def state_of(self, actor: Actor) -> Actor:
        """The state ``actor`` is part of, through its chain of parents ("CENTCOM" → DoD → United States), else itself."""
        seen, cur = set(), actor
        while cur.cls != "State" and cur.part_of in self.actors and cur.part_of not in seen:
            seen.add(cur.id)
            cur = self.actors[cur.part_of]
        return cur if cur.cls == "State" else actor

    def surnames(self) -> Mapping[str, str]:
        """One-word names of persons ("Putin", "Xi") that name nobody else."""
        out = {}
        for actor in self.actors.values():
            if actor.cls == "Person":
                for text in (actor.label, *actor.names):
                    hit = self._index.get(normalize(text))
                    if " " not in text and not text.isupper() and hit and hit[1] == actor.id:
                        out[text] = actor.id
        return MappingProxyType(dict(sorted(out.items())))

    def check(self, ontology: Any = None) -> list[str]:
        """Problems with cross references (and, given an Ontology, with class names); empty when sound."""
        problems = []
        for a in self.actors.values():
            refs = [("part_of", a.part_of)] + [("office", o.of) for o in a.offices] + [("operator", x) for x in a.operators]
            problems += [f"{a.id}: {what} {ref!r} is no actor id" for what, ref in refs if ref and ref not in self.actors]
            if ontology is not None and a.cls not in ontology.classes:
                problems.append(f"{a.id}: class {a.cls!r} is not in the ontology")
        return problems

    def phrase_patterns(self) -> list[dict]:
        """EntityRuler patterns ``{"label": actor.cls, "pattern": text, "id": actor.id}`` for every unambiguous form.

        Strings, not token patterns: the PhraseMatcher is much faster with thousands of names. Add
        the ruler with ``first=True``: string patterns are run through the pipes before the ruler.
        """
        if self._patterns is None:
            seen, out = set(), []
            for actor in self.actors.values():
                for _, text in actor.forms():
                    hit = self._index.get(normalize(text))
                    for variant in sorted(_variants(text)) if hit and hit[1] == actor.id else ():
                        if variant.strip() and (actor.id, variant) not in seen:
                            seen.add((actor.id, variant))
                            out.append({"label": actor.cls, "pattern": variant, "id": actor.id})
            self._patterns = out
        return list(self._patterns)


def _variants(text: str) -> set[str]:
    """Spellings worth matching: as written, without accents, with curly apostrophes, hyphen as space (and an
    Arabic article's space as hyphen: "Al Thani" -> "Al-Thani"),
    in ALL CAPS and with a capital first letter ("al-Qaeda" -> "Al-Qaeda"). Matching stays
    case-sensitive otherwise, so "an Islamic state" or "foreign policy" name nobody."""
    text = re.sub(r"^the\s+", "", text)
    out = {text, "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))}
    out |= {v.replace("'", "’") for v in out if "'" in v}
    out |= {re.sub(r"(?<=[^\W\d])-(?=[^\W\d])", " ", v) for v in out}
    out |= {re.sub(r"\b([AaEe]l) (?=[A-Z])", r"\1-", v) for v in out}  # the Arabic article, hyphened or not
    return out | {v.upper() for v in out} | {v[:1].upper() + v[1:] for v in out}


def _read(path: Path) -> Iterable[tuple[str, Actor]]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise KgError(f"{path}: cannot read gazetteer table ({exc})") from exc
    for number, line in enumerate(lines, 1):
        if line.strip():
            where = f"{path}:{number}"
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as exc:
                raise _fail(where, f"not JSON ({exc.msg})") from None
            yield where, _actor(rec, where)


@lru_cache(maxsize=8)
def _load(paths: tuple[Path, ...]) -> Gazetteer:
    actors, origin = {}, {}
    for path in paths:
        for where, actor in _read(path):
            if actor.id in actors:
                raise _fail(where, f"duplicate id {actor.id!r} (first at {origin[actor.id]})")
            actors[actor.id], origin[actor.id] = actor, where
    return Gazetteer(actors.values())


def load(paths: Iterable[Path | str] | None = None) -> Gazetteer:
    """The gazetteer from ``paths`` (default: every data/gazetteer/*.jsonl); cached per set of files."""
    chosen = sorted(DATA_DIR.glob("*.jsonl")) if paths is None else [Path(p) for p in paths]
    if not chosen:
        raise KgError(f"no gazetteer tables found in {DATA_DIR}")
    return _load(tuple(p.resolve() for p in chosen))
