"""Named SPARQL queries (kg/queries/*.rq) run with safe bindings and returned as small tables."""
from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from kg import iri
from kg.errors import KgError, UnknownNameError
from kg.iri import KG
from kg.store import python_value

QUERY_DIR = Path(__file__).parent / "queries"
# A header line "# param NAME (KIND[, optional]): description" declares a binding. KIND says how a plain
# value becomes an RDF term: iri, actor (IRI or gazetteer id), relation, class and quad (IRI or kg: local
# name), string, integer, decimal. The first comment line is the query's description.
_PARAM = re.compile(r"^#\s*param\s+(\w+)\s*(?:\(([\w\s,]*)\))?\s*:\s*(.*)$")
KINDS = ("iri", "actor", "relation", "class", "quad", "string", "integer", "decimal")


@dataclass(frozen=True)
class Param:
    """One documented binding of a query."""

    name: str
    kind: str
    description: str
    optional: bool = False


@dataclass(frozen=True)
class Query:
    """A SPARQL text with its description and documented parameters."""

    name: str
    sparql: str
    description: str
    params: tuple[Param, ...]


def parse(sparql: str, name: str = "<sparql>") -> Query:
    """Read the header comments of a query text into a ``Query``."""
    description, params = "", []
    for line in sparql.splitlines():
        line = line.strip()
        if not line.startswith("#"):
            if line:
                break
            continue
        m = _PARAM.match(line)
        if m:
            flags = [f.strip() for f in (m.group(2) or "iri").split(",") if f.strip()]
            kind = next((f for f in flags if f != "optional"), "iri")
            if kind not in KINDS:
                raise UnknownNameError("parameter kind", kind, KINDS)
            params.append(Param(m.group(1), kind, m.group(3).strip(), "optional" in flags))
        elif not description:
            description = line.lstrip("#").strip()
    return Query(name, sparql, description, tuple(params))


def _discover() -> dict[str, Query]:
    """Load every ``.rq`` file of the queries folder, keyed by file stem."""
    return {p.stem: parse(p.read_text(encoding="utf-8"), p.stem) for p in sorted(QUERY_DIR.glob("*.rq"))}


QUERIES: Mapping[str, Query] = _discover()


def list_queries() -> list[tuple[str, str, tuple[str, ...]]]:
    """Name, description and parameter names of every shipped query (``load_query(name).params`` has the details)."""
    return [(q.name, q.description, tuple(p.name for p in q.params)) for q in QUERIES.values()]


def load_query(name: str) -> Query:
    """The shipped query called ``name``; UnknownNameError lists the valid names."""
    try:
        return QUERIES[name]
    except KeyError:
        raise UnknownNameError("query", name, QUERIES) from None


def resolve(name_or_sparql_or_path: str | Path) -> Query:
    """A shipped query name, a path to an ``.rq`` file, or SPARQL text, as a ``Query``."""
    text = str(name_or_sparql_or_path)
    if text in QUERIES:
        return QUERIES[text]
    if isinstance(name_or_sparql_or_path, Path) or (text.endswith(".rq") and "\n" not in text):
        path = Path(text)
        if not path.is_file():
            raise UnknownNameError("query", text, QUERIES)
        return parse(path.read_text(encoding="utf-8"), path.stem)
    if re.search(r"\b(SELECT|ASK|CONSTRUCT|DESCRIBE)\b", text, re.IGNORECASE):
        return parse(text)
    raise UnknownNameError("query", text, QUERIES)


def _ontology_names(kind: str) -> list[str]:
    """The kg: local names a relation, class or quad parameter may take, from the ontology."""
    from kg import ontology  # here: loading the ontology is only needed for these kinds
    onto = ontology.load()
    if kind == "relation":
        return list(onto.relations)
    if kind == "class":
        return list(onto.classes)
    return [q.iri[len(KG):] for q in onto.quad_classes.values()]


def _term(value: Any, kind: str) -> Any:
    """Turn a plain binding value into an RDF term, never into query text."""
    if isinstance(value, (ox.NamedNode, ox.BlankNode, ox.Literal)):
        return value
    try:
        if kind == "integer" or (kind != "string" and isinstance(value, int) and not isinstance(value, bool)):
            return iri.integer(int(value))
        if kind == "decimal" or (kind != "string" and isinstance(value, float)):
            return iri.decimal(value)
    except (ValueError, KgError) as exc:
        raise KgError(f"parameter expects a {kind}: {value!r}") from exc
    text = str(value)
    absolute = re.match(r"^(https?|urn|file):", text) is not None
    if kind == "actor" and not absolute:
        return iri.actor_iri(text)
    if kind in ("relation", "class", "quad") and not absolute:
        if not re.fullmatch(r"\w+", text):
            return iri.literal(text)  # not a name at all: a string, which matches nothing
        names = _ontology_names(kind)
        if text not in names:
            raise UnknownNameError({"quad": "quad class"}.get(kind, kind), text, names)
        return ox.NamedNode(KG + text)
    if kind in ("iri", "actor", "relation", "class", "quad"):
        try:
            return ox.NamedNode(text)
        except ValueError:  # not an IRI at all: bind a string, which matches nothing that is an IRI
            return iri.literal(text)
    return iri.literal(text)


@dataclass(frozen=True)
class Rows:
    """A query result: column names and rows of plain Python values."""

    columns: tuple[str, ...]
    rows: tuple[tuple[Any, ...], ...]

    def __iter__(self) -> Iterator[tuple[Any, ...]]:
        return iter(self.rows)

    def __len__(self) -> int:
        return len(self.rows)

    def dicts(self) -> list[dict[str, Any]]:
        """The rows as dictionaries keyed by column."""
        return [dict(zip(self.columns, r)) for r in self.rows]

    def to_csv(self) -> str:
        """Comma-separated values with a header line; unbound cells are empty."""
        out = io.StringIO()
        w = csv.writer(out, lineterminator="\n")
        w.writerow(self.columns)
        w.writerows(["" if v is None else v for v in r] for r in self.rows)
        return out.getvalue()

    def to_json(self) -> str:
        """A JSON array of row objects (unbound cells are null)."""
        return json.dumps(self.dicts(), ensure_ascii=False, indent=1)

    def to_table(self, max_width: int = 60) -> str:
        """An aligned plain-text table; long cells are cut to ``max_width`` characters."""
        def cell(v: Any) -> str:
            s = "" if v is None else " ".join(str(v).split())
            return s if len(s) <= max_width else s[: max_width - 1] + "…"
        body = [[cell(v) for v in r] for r in self.rows]
        widths = [max([len(c)] + [len(r[i]) for r in body]) for i, c in enumerate(self.columns)]
        lines = ["  ".join(c.ljust(w) for c, w in zip(self.columns, widths)).rstrip(),
                 "  ".join("-" * w for w in widths)]
        lines += ["  ".join(c.ljust(w) for c, w in zip(r, widths)).rstrip() for r in body]
        return "\n".join(lines) + "\n"

    def _repr_html_(self, max_rows: int = 200) -> str:
        """An HTML table for Jupyter; every cell and header is escaped; unbound cells are empty."""
        import html

        def cell(v: Any) -> str:
            return "" if v is None else html.escape(str(v))
        head = "".join(f"<th>{cell(c)}</th>" for c in self.columns)
        body = "".join("<tr>" + "".join(f"<td>{cell(v)}</td>" for v in r) + "</tr>" for r in self.rows[:max_rows])
        more = f"<p>{len(self.rows) - max_rows} more rows</p>" if len(self.rows) > max_rows else ""
        return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>{more}"

    def to_dataframe(self) -> Any:
        """A pandas DataFrame of the rows (pandas is optional)."""
        try:
            import pandas as pd
        except ImportError as exc:
            raise KgError("Rows.to_dataframe needs pandas: pip install pandas") from exc
        return pd.DataFrame(list(self.rows), columns=list(self.columns))


def bind(query: Query, bindings: Mapping[str, Any] | None) -> dict[str, Any]:
    """Check bindings against the query's declared params and turn them into RDF terms."""
    bindings = {k: v for k, v in (bindings or {}).items() if v is not None}
    declared = {p.name: p for p in query.params}
    if declared:
        for name in bindings:
            if name not in declared:
                raise UnknownNameError(f"parameter of query {query.name!r}", name, declared)
        missing = [p.name for p in query.params if not p.optional and p.name not in bindings]
        if missing:
            raise KgError(f"query {query.name!r} needs parameter(s): {', '.join(missing)}")
    return {k: _term(v, declared[k].kind if k in declared else "iri") for k, v in bindings.items()}


def run(store: Any, name_or_sparql_or_path: str | Path, bindings: Mapping[str, Any] | None = None) -> Rows:
    """Run a shipped query, an ``.rq`` file or SPARQL text against a ``kg.store.Store``."""
    query = resolve(name_or_sparql_or_path)
    terms = bind(query, bindings)
    if isinstance(store, ox.Store):  # a bare pyoxigraph store also works
        result = store.query(query.sparql, substitutions={ox.Variable(k): v for k, v in terms.items()})
    else:
        result = store.query(query.sparql, terms)
    if isinstance(result, (bool, ox.QueryBoolean)):
        return Rows(("result",), ((bool(result),),))
    variables = getattr(result, "variables", None)
    if variables is None:  # CONSTRUCT / DESCRIBE: triples
        return Rows(("subject", "predicate", "object"),
                    tuple((python_value(t.subject), python_value(t.predicate), python_value(t.object)) for t in result))
    columns = tuple(v.value for v in variables)
    # a solution iterates over its values in the order of the variables (None when unbound), which is
    # several times cheaper than looking each one up by name
    return Rows(columns, tuple(tuple(map(python_value, s)) for s in result))
