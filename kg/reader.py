"""Input documents from text files, folders and JSON Lines; unreadable ones become warnings, not crashes."""
from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from .errors import InputError
from .model import Document

LONE_SURROGATE = re.compile(r"[\ud800-\udfff]")


def clean(text: str) -> str:
    """Replace lone surrogates (valid JSON, invalid Unicode) by U+FFFD, one for one, so offsets stay true."""
    return LONE_SURROGATE.sub("\ufffd", text)


def _text_file(path: Path) -> Document:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from exc
    if b"\x00" in raw[:4096]:
        raise InputError(f"{path}: binary file, not text")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"{path}: not UTF-8 (byte {exc.start})") from exc
    if not text.strip():
        raise InputError(f"{path}: empty")
    return Document(id=path.stem, text=text, source=str(path))


def _jsonl(path: Path) -> Iterator[Document | InputError]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        yield InputError(f"{path}: cannot read as UTF-8 JSON Lines ({exc})")
        return
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
            if not isinstance(rec, dict) or not str(rec.get("id", "")).strip() or not isinstance(rec.get("text"), str):
                raise ValueError("needs an object with 'id' and 'text'")
            if not rec["text"].strip():
                raise ValueError("empty text")
            yield Document(id=clean(str(rec["id"])), text=clean(rec["text"]), date=_opt(rec, "date"),
                           title=_opt(rec, "title"), url=_opt(rec, "url"), source=f"{path}:{n}",
                           publisher=_opt(rec, "publisher") or _opt(rec, "outlet") or _opt(rec, "source"))
        except ValueError as exc:
            yield InputError(f"{path}:{n}: {exc}")


def _opt(rec: dict, key: str) -> str | None:
    value = rec.get(key)
    return clean(str(value)) if value not in (None, "") else None


def read(inputs: Iterable[str | Path]) -> Iterator[Document | InputError]:
    """Documents in input order; each problem is yielded as an ``InputError`` in its place."""
    for item in inputs:
        path = Path(item)
        if path.is_dir():
            yield from read(sorted(p for p in path.rglob("*") if p.is_file() and not p.name.startswith(".")))
        elif path.suffix.lower() == ".jsonl":
            yield from _jsonl(path)
        elif not path.exists():
            yield InputError(f"{path}: no such file")
        else:
            try:
                yield _text_file(path)
            except InputError as exc:
                yield exc
