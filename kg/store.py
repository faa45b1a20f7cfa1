"""The Oxigraph triple store on disk: one named graph per document, replaced atomically, queried with bindings."""
from __future__ import annotations

import uuid
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from kg import iri
from kg.errors import StoreError, UnknownNameError
from kg.iri import ID, PREFIXES, XSD

FORMATS = ("nq", "nt", "trig", "ttl")
_INTS = {XSD + n for n in ("integer", "int", "long", "short", "byte", "nonNegativeInteger", "positiveInteger",
                           "nonPositiveInteger", "negativeInteger", "unsignedLong", "unsignedInt",
                           "unsignedShort", "unsignedByte")}
_FLOATS = {XSD + n for n in ("decimal", "double", "float")}


def python_value(term: object) -> object:
    """Return a result term as a Python value: IRIs and strings as str, numbers as int/float, booleans as bool."""
    if term is None:
        return None
    if isinstance(term, ox.Literal):
        dtype = term.datatype.value if term.datatype else ""
        try:
            if dtype in _INTS:
                return int(term.value)
            if dtype in _FLOATS:
                return float(term.value)
        except ValueError:  # ill-typed literal: give its text
            return term.value
        if dtype == XSD + "boolean":
            return term.value in ("true", "1")
        return term.value
    if isinstance(term, ox.BlankNode):
        return "_:" + term.value
    return getattr(term, "value", str(term))


def ontology_triples(path: Path | str) -> list[ox.Triple]:
    """The triples of the ontology Turtle file at ``path``; an unreadable file is a ``StoreError``."""
    try:
        return list(ox.parse(path=str(path), format=ox.RdfFormat.TURTLE))
    except (OSError, SyntaxError) as exc:
        raise StoreError(f"cannot read ontology {path}: {exc}") from None


class Store:
    """A persistent (or in-memory) RDF dataset with one named graph per document."""

    def __init__(self, path: Path | str | None = None) -> None:
        """Open or create the store at ``path`` (in memory when None) and drop staging graphs left by a crash."""
        self.path = None if path is None else Path(path)
        self.read_only_mode = False
        try:
            if self.path is not None:
                self.path.parent.mkdir(parents=True, exist_ok=True)
            self._db: ox.Store | None = ox.Store(None if self.path is None else str(self.path))
        except OSError as exc:
            raise StoreError(self._open_message(exc)) from None
        self._guard(self._drop_staging)

    @classmethod
    def read_only(cls, path: Path | str) -> Store:
        """Open an existing store read-only (no other process may write it meanwhile)."""
        self = cls.__new__(cls)
        self.path, self.read_only_mode = Path(path), True
        try:
            self._db = ox.Store.read_only(str(self.path))
        except OSError as exc:
            raise StoreError(self._open_message(exc)) from None
        return self

    def _open_message(self, exc: OSError) -> str:
        """Explain why opening failed, naming a lock held by another process when that is the cause."""
        text = str(exc)
        if "lock" in text.lower():
            return (f"store {self.path} is in use by another process (or already open in this one); "
                    f"close it or use Store.read_only: {text}")
        return f"cannot open store {self.path}: {text}"

    @property
    def db(self) -> ox.Store:
        """The underlying pyoxigraph store."""
        if self._db is None:
            raise StoreError("store is closed")
        return self._db

    def _guard(self, action: Any, *args: Any, **kwargs: Any) -> Any:
        """Run a store operation, turning Oxigraph I/O errors into StoreError."""
        try:
            return action(*args, **kwargs)
        except OSError as exc:
            raise StoreError(f"store {self.path or '(memory)'}: {exc}") from exc

    def _writable(self) -> ox.Store:
        """The store, or StoreError if it was opened read-only."""
        if self.read_only_mode:
            raise StoreError(f"store {self.path} was opened read-only")
        return self.db

    def _drop_staging(self) -> None:
        """Remove staging graphs an interrupted replace left behind."""
        db = self._writable()
        for graph in list(db.named_graphs()):
            if isinstance(graph, ox.NamedNode) and graph.value.startswith(ID + "staging/"):
                db.remove_graph(graph)

    def replace_document(self, doc_id: str, quads: Iterable[ox.Quad]) -> None:
        """Make ``quads`` the whole named graph of ``doc_id``, atomically: all of them or the old graph stays."""
        self.replace_graph(iri.graph_iri(doc_id), quads)

    def replace_ontology(self, path: Path | str) -> None:
        """Make the Turtle file at ``path`` the ontology graph, so queries can follow rdfs:subPropertyOf* paths."""
        self.replace_graph(iri.ONTOLOGY_GRAPH, ontology_triples(path))

    def replace_graph(self, graph: ox.NamedNode, quads: Iterable[ox.Quad | ox.Triple]) -> None:
        """Make ``quads`` (their graph names ignored) the whole named graph ``graph``, atomically."""
        db = self._writable()
        staging = iri.staging_iri(uuid.uuid4().hex)
        new = [ox.Quad(q.subject, q.predicate, q.object, graph) for q in quads]  # an exception here writes nothing
        if not self._guard(db.contains_named_graph, graph):  # first write: extend alone is atomic
            self._guard(db.extend, new)
            return
        if set(self._guard(db.quads_for_pattern, None, None, None, graph)) == set(new):
            return  # unchanged rebuild
        try:
            self._guard(db.extend, (ox.Quad(q.subject, q.predicate, q.object, staging) for q in new))
            # The one formatted update: both names are NamedNodes (minted by kg.iri or checked by pyoxigraph;
            # str() is N-Triples-escaped <...>), so no text from documents or users can reach it.
            self._guard(db.update, f"DROP SILENT GRAPH {graph} ; MOVE SILENT {staging} TO {graph}")
        finally:
            if db.contains_named_graph(staging):
                db.remove_graph(staging)

    def graphs(self) -> list[ox.NamedNode]:
        """The named graphs present (documents and the ontology), sorted by IRI."""
        return sorted((g for g in self._guard(list, self.db.named_graphs()) if isinstance(g, ox.NamedNode)),
                      key=lambda g: g.value)

    def remove_document(self, doc_id: str) -> None:
        """Remove a document's named graph (no error if absent)."""
        self._guard(self._writable().remove_graph, iri.graph_iri(doc_id))

    def documents(self) -> list[str]:
        """Return the ids of the documents present, sorted."""
        names = (iri.doc_id_of(g) for g in self._guard(list, self.db.named_graphs()) if isinstance(g, ox.NamedNode))
        return sorted(n for n in names if n is not None)

    def query(self, sparql: str, bindings: Mapping[str, object] | None = None) -> Any:
        """Run SPARQL over the union of all graphs; ``bindings`` become terms substituted for variables."""
        # Oxigraph requires each bound variable of a SELECT query to appear in its projection.
        try:
            subs = {ox.Variable(k): iri.term(v) for k, v in (bindings or {}).items() if v is not None}
        except ValueError as exc:  # IRIError is a ValueError too
            raise StoreError(f"bad binding: {exc}") from exc
        try:
            return self.db.query(sparql, use_default_graph_as_union=True, prefixes=PREFIXES,
                                 substitutions=subs or None)
        except SyntaxError as exc:
            raise StoreError(f"invalid SPARQL: {exc}") from None
        except RuntimeError as exc:  # e.g. a bound variable missing from the SELECT projection
            raise StoreError(f"cannot run query: {exc}") from None
        except OSError as exc:
            raise StoreError(f"store {self.path or '(memory)'}: {exc}") from exc

    def select(self, sparql: str, bindings: Mapping[str, object] | None = None) -> list[dict[str, object]]:
        """Run a SELECT query and return its rows as dicts of Python values keyed by variable name."""
        result = self.query(sparql, bindings)
        if not isinstance(result, ox.QuerySolutions):
            raise StoreError("select() needs a SELECT query; use query() for ASK, CONSTRUCT and DESCRIBE")
        names = [v.value for v in result.variables]
        return self._guard(lambda: [dict(zip(names, map(python_value, row))) for row in result])

    def _union(self) -> Iterator[ox.Triple]:
        """The distinct triples of all graphs, sorted for a stable dump."""
        triples = dict.fromkeys(q.triple for q in self.db)
        return iter(sorted(triples, key=lambda t: (str(t.subject), str(t.predicate), str(t.object))))

    def dump(self, fmt: str) -> bytes:
        """Serialise the store: "trig" and "nq" keep graphs; "ttl" and "nt" give the union of all graphs."""
        if fmt == "trig":
            return self._guard(self.db.dump, format=ox.RdfFormat.TRIG, prefixes=PREFIXES)
        if fmt == "nq":
            return self._guard(self.db.dump, format=ox.RdfFormat.N_QUADS)
        if fmt == "ttl":
            return self._guard(lambda: ox.serialize(self._union(), format=ox.RdfFormat.TURTLE, prefixes=PREFIXES))
        if fmt == "nt":
            return self._guard(lambda: ox.serialize(self._union(), format=ox.RdfFormat.N_TRIPLES))
        raise UnknownNameError("format", fmt, FORMATS)

    def rdflib(self) -> Any:
        """This store seen as an ``rdflib.Dataset`` (oxrdflib: same data, Oxigraph's SPARQL engine, no copy).

        Query the Dataset, not one of its Graphs: on a Graph oxrdflib falls back to rdflib's slow engine.
        """
        import rdflib
        from oxrdflib import OxigraphStore

        return rdflib.Dataset(store=OxigraphStore(store=self.db))

    def flush(self) -> None:
        """Write buffered changes to disk."""
        if self._db is not None and not self.read_only_mode and self.path is not None:
            self._guard(self._db.flush)

    def __len__(self) -> int:
        """Number of quads in all graphs."""
        return self._guard(len, self.db)

    def close(self) -> None:
        """Flush and release the store (and its lock); later calls raise StoreError."""
        self.flush()
        self._db = None

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
