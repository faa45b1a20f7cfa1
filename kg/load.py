"""Loading an RDF dump (such as `kg export --format nq`) into a store with Oxigraph's bulk loader, one per core."""
from __future__ import annotations

import os
import threading
from pathlib import Path

import pyoxigraph as ox

from kg.errors import StoreError, UnknownNameError
from kg.store import Store

RDF_FORMATS = {"nq": ox.RdfFormat.N_QUADS, "nt": ox.RdfFormat.N_TRIPLES,
               "trig": ox.RdfFormat.TRIG, "ttl": ox.RdfFormat.TURTLE}
_ONE_PER_LINE = ("nq", "nt")  # a file in these formats may be cut at any line end


def line_chunks(data: bytes, parts: int) -> list[memoryview]:
    """``data`` cut at line ends into at most ``parts`` pieces of about the same size, nothing lost."""
    view, out, start = memoryview(data), [], 0
    for i in range(1, parts):
        end = data.find(b"\n", max(start, len(data) * i // parts)) + 1
        if end <= start:  # no line end after this point: the rest is one piece
            break
        out.append(view[start:end])
        start = end
    if start < len(data):
        out.append(view[start:])
    return out


def load_dump(store: Store, path: Path | str, fmt: str | None = None, threads: int | None = None) -> int:
    """Add the RDF file at ``path`` (nq, nt, trig or ttl; nt and ttl into the default graph) to ``store``.

    Meant for filling an empty store from a dump: much faster than `kg build`'s one transaction per
    document, but not atomic (a failure leaves part of the file loaded) and it adds to the graphs
    rather than replacing them. N-Quads and N-Triples files are cut at line ends and each piece is
    bulk-loaded on its own thread (``threads``, default one per core), unless the file has blank
    nodes, whose labels only hold within one load. Returns how many quads the store gained.
    """
    path = Path(path)
    fmt = fmt or path.suffix.lstrip(".")
    if fmt not in RDF_FORMATS:
        raise UnknownNameError("dump format", fmt, RDF_FORMATS)
    if store.read_only_mode:
        raise StoreError(f"store {store.path} was opened read-only")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise StoreError(f"cannot read {path}: {exc}") from None
    splittable = fmt in _ONE_PER_LINE and b"_:" not in data
    parts = line_chunks(data, threads or os.cpu_count() or 1) if splittable else [memoryview(data)]
    db, before, errors = store.db, len(store), []

    def load(part: memoryview) -> None:
        try:
            db.bulk_load(bytes(part), format=RDF_FORMATS[fmt])
        except (SyntaxError, OSError, ValueError) as exc:
            errors.append(exc)

    workers = [threading.Thread(target=load, args=(p,)) for p in parts]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    store.flush()
    if errors:
        raise StoreError(f"cannot load {path} (part of it may be loaded): {errors[0]}")
    return len(store) - before
