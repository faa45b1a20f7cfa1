"""The ``kg`` command: one thin function per subcommand; the work happens in the library."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from . import export, ontology, query
from .errors import KgError, StoreError, UnknownNameError
from .store import Store

EXIT_SKIPPED = 3  # the build finished but some inputs were skipped


def existing(path: str) -> Store:
    """Open a built store read-only; a missing one is an error, not a new empty store."""
    if not Path(path).is_dir():
        raise StoreError(f"no store at {path}; build one with: kg build INPUT... --store {path}")
    return Store.read_only(path)


def cmd_build(a: argparse.Namespace) -> int:
    from tqdm import tqdm  # imported here: only builds need it

    from . import nlp, pipeline
    nlp.load(a.model)  # a missing model fails before the store is created
    with Store(a.store) as store:
        bar = (lambda it: tqdm(it, desc="documents", unit="doc", file=sys.stderr, disable=None))
        report = pipeline.build(a.inputs, store, model=a.model, progress=bar,
                                on_skip=lambda why: print(f"warning: skipped {why}", file=sys.stderr))
        print(f"built {len(report.documents)} document(s): {report.statements} statements, "
              f"{report.entities} entities; store {a.store} holds {len(store)} quads")
    if report.skipped:
        print(f"{len(report.skipped)} input(s) skipped", file=sys.stderr)
        return EXIT_SKIPPED
    return 0


def cmd_query(a: argparse.Namespace) -> int:
    if a.list:
        for name, description, params in query.list_queries():
            print(f"{name:20s} {description}" + (f"  (params: {', '.join(params)})" if params else ""))
        return 0
    if not a.sparql:
        raise KgError("kg query needs SPARQL text, a .rq file or a query name (see --list)")
    bindings = dict(p.split("=", 1) for p in a.param)
    with existing(a.store) as store:
        rows = query.run(store, a.sparql, bindings or None)
    out = {"table": rows.to_table, "csv": rows.to_csv, "json": rows.to_json}[a.format]()
    print(out, end="" if out.endswith("\n") else "\n")
    return 0


def cmd_render(a: argparse.Namespace) -> int:
    from . import render, subgraph, timeline  # imported here: matplotlib is slow to import
    onto = ontology.load()
    selection = subgraph.Selection(
        actor=a.actor, depth=a.depth, relations=tuple(a.relation), quads=tuple(a.quad), since=a.since,
        until=a.until, min_confidence=a.min_confidence, modalities=tuple(a.modality))
    fmt = Path(a.output).suffix.lstrip(".").lower() or "png"
    if fmt not in render.SAVE_METADATA:  # fail before the store is read
        raise UnknownNameError("image format", fmt, render.SAVE_METADATA)
    with existing(a.store) as store:
        g = subgraph.graph(store, onto, include_negated="negated" in a.modality)
    if a.timeline:
        ax = timeline.draw(g, *a.timeline, ontology=onto, title=a.title, source=a.source, selection=selection)
    else:
        ax = render.draw(g, ontology=onto, title=a.title, source=a.source, selection=selection)
    Path(a.output).parent.mkdir(parents=True, exist_ok=True)
    Path(a.output).write_bytes(render.figure_bytes(ax, fmt))
    shown = subgraph.select(g, selection, onto)
    if a.timeline:
        print(f"wrote {a.output} ({len(timeline.events(shown, *a.timeline))} dated statements between them)")
    else:
        print(f"wrote {a.output} ({shown.number_of_nodes()} actors, {shown.number_of_edges()} statements)")
    return 0


def cmd_export(a: argparse.Namespace) -> int:
    with existing(a.store) as store:
        data = export.export(store, a.format, ontology.load())
    if a.output in (None, "-"):
        sys.stdout.buffer.write(data)
    else:
        Path(a.output).parent.mkdir(parents=True, exist_ok=True)
        Path(a.output).write_bytes(data)
        print(f"wrote {a.output} ({len(data)} bytes, {a.format})", file=sys.stderr)
    return 0


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="kg", description="Build and query a geopolitical knowledge graph.")
    sub = p.add_subparsers(dest="command", required=True)
    b = sub.add_parser("build", help="extract actors and relations from text into the store")
    b.add_argument("inputs", nargs="+", help="text files, folders, or JSON Lines with id and text")
    b.add_argument("--store", required=True, help="store directory (created if missing)")
    b.add_argument("--model", help="spaCy pipeline name or path (default: en_core_web_sm)")
    b.set_defaults(func=cmd_build)
    q = sub.add_parser("query", help="run SPARQL, a .rq file or a named query")
    q.add_argument("sparql", nargs="?", help="SPARQL text, FILE.rq, or a query name")
    q.add_argument("--store", required=False, default="out/store")
    q.add_argument("--format", choices=["table", "csv", "json"], default="table")
    q.add_argument("--param", action="append", default=[], metavar="K=V", help="a binding for the query")
    q.add_argument("--list", action="store_true", help="list the named queries")
    q.set_defaults(func=cmd_query)
    r = sub.add_parser("render", help="draw the graph as PNG, SVG or PDF")
    r.add_argument("--store", required=True)
    r.add_argument("-o", "--output", required=True)
    r.add_argument("--title")
    r.add_argument("--source", help="the line under the picture (default: counts and documents)")
    r.add_argument("--actor", help="draw only this actor's ego network (id or label)")
    r.add_argument("--depth", type=int, default=1, help="steps from --actor (default 1)")
    r.add_argument("--relation", action="append", default=[], help="keep this relation type (repeatable)")
    r.add_argument("--quad", action="append", default=[], type=int, choices=range(1, 5),
                   help="keep this quad class, 1-4 (repeatable)")
    r.add_argument("--since", help="keep statements dated on or after YYYY[-MM[-DD]]")
    r.add_argument("--until", help="keep statements dated on or before YYYY[-MM[-DD]]")
    r.add_argument("--min-confidence", type=float, help="keep statements at least this confident")
    r.add_argument("--modality", action="append", default=[],
                   help="keep this modality: asserted, hedged, intended, negated (repeatable)")
    r.add_argument("--timeline", nargs=2, metavar=("A", "B"),
                   help="draw the Goldstein timeline of two actors instead of the network")
    r.set_defaults(func=cmd_render)
    e = sub.add_parser("export", help="write the graph in an exchange format")
    e.add_argument("--store", required=True)
    e.add_argument("--format", required=True, help=f"one of: {', '.join(sorted(export.FORMATS))}")
    e.add_argument("-o", "--output")
    e.set_defaults(func=cmd_export)
    return p


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        return args.func(args)
    except KgError as exc:
        print(f"kg: error: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
