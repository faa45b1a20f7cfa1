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

    from . import nlp, pipeline, remote
    if not (a.store or a.endpoint):
        raise KgError("kg build needs --store DIR, --endpoint URL or both")
    nlp.load(a.model)  # a missing model fails before the store is created
    bar = (lambda it: tqdm(it, desc="documents", unit="doc", file=sys.stderr, disable=None))
    warn = (lambda why: print(f"warning: skipped {why}", file=sys.stderr))
    if a.store:
        with Store(a.store) as store:
            report = pipeline.build(a.inputs, store, model=a.model, progress=bar, on_skip=warn)
            where = f"store {a.store} holds {len(store)} quads"
            if a.endpoint:  # the local store first, then the documents just built and the ontology
                from . import iri
                graphs = [iri.graph_iri(d) for d in report.documents] + [iri.ONTOLOGY_GRAPH]
                remote.push(store, a.endpoint, graphs)
                where += f"; pushed {len(graphs)} graph(s) to {a.endpoint}"
    else:
        report = pipeline.build(a.inputs, remote.RemoteStore(a.endpoint), model=a.model, progress=bar, on_skip=warn)
        where = f"written to {a.endpoint}"
    print(f"built {len(report.documents)} document(s): {report.statements} statements, "
          f"{report.entities} entities; {where}")
    if report.skipped:
        print(f"{len(report.skipped)} input(s) skipped", file=sys.stderr)
        return EXIT_SKIPPED
    return 0


def cmd_push(a: argparse.Namespace) -> int:
    from . import remote
    with existing(a.store) as store:
        sent = remote.push(store, a.endpoint)
    print(f"pushed {len(sent)} named graph(s) from {a.store} to {a.endpoint}")
    return 0


def cmd_query(a: argparse.Namespace) -> int:
    if a.list:
        for name, description, _ in query.list_queries():
            print(f"{name}: {description}")
            for p in query.load_query(name).params:
                kind = p.kind + (", optional" if p.optional else "")
                print(f"    --param {p.name}=...  ({kind}) {p.description}")
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


def period(text: str) -> tuple[str | None, str | None]:
    """"FROM..TO" (either side may be empty) as a pair of ISO dates or None."""
    if ".." not in text:
        raise argparse.ArgumentTypeError(f"expected FROM..TO (e.g. 2023..2023-06), got {text!r}")
    start, end = (part.strip() or None for part in text.split("..", 1))
    return start, end


def cmd_analyze(a: argparse.Namespace) -> int:
    from . import analytics, network
    with existing(a.store) as store:
        G = network.to_networkx(store, ontology.load())
    G = analytics.between(G, (a.date_from, a.date_to))
    name = analytics.check(a.analysis)
    if name == "change":
        if not (a.before and a.after):
            raise KgError("kg analyze change needs --before FROM..TO and --after FROM..TO")
        rows = analytics.change(G, a.before, a.after)
    elif name == "paths":
        if not (a.source and a.target):
            raise KgError("kg analyze paths needs --source ACTOR and --target ACTOR")
        rows = analytics.paths(G, a.source, a.target)
    elif name == "communities":
        rows = analytics.communities(G, seed=a.seed)
    else:
        rows = getattr(analytics, name)(G)
    out = {"table": rows.to_table, "csv": rows.to_csv, "json": rows.to_json}[a.format]()
    print(out, end="" if out.endswith("\n") else "\n")
    return 0


def cmd_serve(a: argparse.Namespace) -> int:
    from . import endpoint
    server = endpoint.make_server(a.store, a.host, a.port, a.timeout, a.max_results)
    host, port = server.server_address[:2]
    print(f"serving {a.store} read-only at http://{host}:{port}/sparql (Ctrl-C stops)", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
    return 0


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="kg", description="Build and query a geopolitical knowledge graph.")
    sub = p.add_subparsers(dest="command", required=True)
    b = sub.add_parser("build", help="extract actors and relations from text into the store")
    b.add_argument("inputs", nargs="+", help="text files, folders, or JSON Lines with id and text")
    b.add_argument("--store", help="store directory (created if missing)")
    b.add_argument("--endpoint", metavar="URL", help="also (or only) write to this Graph Store Protocol URL")
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
    u = sub.add_parser("push", help="send the store's named graphs to a SPARQL Graph Store Protocol endpoint")
    u.add_argument("--store", required=True)
    u.add_argument("--endpoint", required=True, metavar="URL", help="e.g. http://localhost:3030/ds/data (Fuseki)")
    u.set_defaults(func=cmd_push)
    n = sub.add_parser("analyze", help="centrality, communities, dyad balance, change over time, paths")
    n.add_argument("analysis", help="centrality, communities, balance, change or paths")
    n.add_argument("--store", required=True)
    n.add_argument("--from", dest="date_from", metavar="DATE", help="only statements dated on or after DATE")
    n.add_argument("--to", dest="date_to", metavar="DATE", help="only statements dated on or before DATE")
    n.add_argument("--before", type=period, metavar="FROM..TO", help="change: the first period")
    n.add_argument("--after", type=period, metavar="FROM..TO", help="change: the second period")
    n.add_argument("--source", help="paths: an actor IRI or gazetteer id")
    n.add_argument("--target", help="paths: an actor IRI or gazetteer id")
    n.add_argument("--seed", type=int, default=0, help="communities: random seed (default 0)")
    n.add_argument("--format", choices=["table", "csv", "json"], default="table")
    n.set_defaults(func=cmd_analyze)
    s = sub.add_parser("serve", help="answer SPARQL over HTTP (read-only SPARQL 1.1 Protocol endpoint)")
    s.add_argument("--store", required=True)
    s.add_argument("--host", default="127.0.0.1", help="address to listen on (default: localhost only)")
    s.add_argument("--port", type=int, default=7878, help="port (default 7878; 0 picks a free one)")
    s.add_argument("--timeout", type=float, default=30.0, help="seconds a query may run (default 30)")
    s.add_argument("--max-results", type=int, default=10000, help="most rows or triples in one answer (default 10000)")
    s.set_defaults(func=cmd_serve)
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
