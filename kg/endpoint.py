"""A read-only SPARQL 1.1 Protocol endpoint over a store; every query runs in a worker process killed on timeout.

A small web app rather than ``oxigraph serve-read-only``: it needs a result cap, kg's prefixes and the
union default graph, and a worker process per query keeps a runaway or crashing query away from the server.
"""
from __future__ import annotations

import multiprocessing
import re
import threading
from collections.abc import Callable
from dataclasses import dataclass
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pyoxigraph as ox

from kg.errors import StoreError
from kg.iri import PREFIXES

R = ox.QueryResultsFormat
# Media types a client may ask for, in order of preference when it accepts anything.
SOLUTION_TYPES = {"application/sparql-results+json": R.JSON, "application/sparql-results+xml": R.XML,
                  "text/csv": R.CSV, "text/tab-separated-values": R.TSV,
                  "application/json": R.JSON, "application/xml": R.XML, "text/xml": R.XML}
GRAPH_TYPES = {"text/turtle": ox.RdfFormat.TURTLE, "application/n-triples": ox.RdfFormat.N_TRIPLES,
               "application/rdf+xml": ox.RdfFormat.RDF_XML, "text/plain": ox.RdfFormat.N_TRIPLES}
# Short names for the ``format`` (or ``output``) request parameter, as YASGUI and SPARQLWrapper send them.
FORMAT_NAMES = {"json": "application/sparql-results+json", "xml": "application/sparql-results+xml",
                "csv": "text/csv", "tsv": "text/tab-separated-values", "turtle": "text/turtle",
                "ttl": "text/turtle", "n3": "text/turtle", "nt": "application/n-triples",
                "ntriples": "application/n-triples", "rdf": "application/rdf+xml", "rdfxml": "application/rdf+xml"}
UPDATE_WORDS = re.compile(r"\b(INSERT|DELETE|LOAD|CLEAR|CREATE|DROP|COPY|MOVE|ADD|WITH)\b", re.IGNORECASE)
MAX_BODY = 1 << 20  # bytes of query text accepted in one request
CORS = {"Access-Control-Allow-Origin": "*", "Access-Control-Allow-Methods": "GET, POST, OPTIONS",
        "Access-Control-Allow-Headers": "Accept, Content-Type", "Access-Control-Max-Age": "86400"}


@dataclass(frozen=True)
class Answer:
    """An HTTP answer: status, media type, body."""

    status: int
    media_type: str
    body: bytes

    @classmethod
    def error(cls, status: int, message: str) -> Answer:
        return cls(status, "text/plain; charset=utf-8", (message.rstrip() + "\n").encode("utf-8"))


def negotiate(accept: str | None, offered: dict[str, object], forced: str | None = None) -> str | None:
    """The offered media type the client prefers (``forced`` is a format parameter); None when none is acceptable."""
    if forced:
        media = FORMAT_NAMES.get(forced.lower(), forced.lower())
        return media if media in offered else None
    ranked = []
    for i, part in enumerate((accept or "*/*").split(",")):
        fields = [f.strip() for f in part.split(";")]
        q = 1.0
        for f in fields[1:]:
            if f.startswith("q="):
                try:
                    q = float(f[2:])
                except ValueError:
                    q = 0.0
        ranked.append((-q, i, fields[0].lower()))
    for neg_q, _, media in sorted(ranked):
        if neg_q == 0:
            break
        if media in offered:
            return media
        if media == "*/*" or (media.endswith("/*") and any(m.startswith(media[:-1]) for m in offered)):
            return next(m for m in offered if media == "*/*" or m.startswith(media[:-1]))
    return None


def answer(store_path: str, sparql: str, accept: str | None, forced: str | None, max_results: int,
           default_graphs: list[str], named_graphs: list[str]) -> Answer:
    """Run one query against the store opened read-only and serialise it as the client asked (runs in the worker)."""
    try:
        db = ox.Store.read_only(store_path)
    except OSError as exc:
        return Answer.error(500, f"cannot open the store: {exc}")
    options: dict = {"prefixes": PREFIXES}
    try:
        if default_graphs or named_graphs:
            options["default_graph"] = [ox.NamedNode(g) for g in default_graphs] or None
            options["named_graphs"] = [ox.NamedNode(g) for g in named_graphs] or None
        else:
            options["use_default_graph_as_union"] = True
        result = db.query(sparql, **options)
    except (SyntaxError, ValueError) as exc:
        if UPDATE_WORDS.search(sparql):
            return Answer.error(403, f"this endpoint is read-only: updates are refused ({exc})")
        return Answer.error(400, f"invalid query: {exc}")
    except (RuntimeError, OSError) as exc:
        return Answer.error(500, f"query failed: {exc}")
    offered = GRAPH_TYPES if isinstance(result, ox.QueryTriples) else SOLUTION_TYPES
    media = negotiate(accept, offered, forced)
    if media is None:
        return Answer.error(406, f"cannot give this result as {forced or accept}; available: {', '.join(offered)}")
    too_many = (f"the result has more than {max_results} rows, this endpoint's limit (--max-results); "
                f"add a LIMIT or narrow the query")
    try:
        if isinstance(result, ox.QueryTriples):
            triples = []
            for t in result:
                if len(triples) == max_results:
                    return Answer.error(400, too_many)
                triples.append(t)
            body = ox.serialize(triples, format=GRAPH_TYPES[media], prefixes=PREFIXES)
        elif isinstance(result, ox.QuerySolutions):
            # pyoxigraph cannot serialise a list of solutions, so count first and serialise a second run.
            if sum(1 for _ in zip(range(max_results + 1), result)) > max_results:
                return Answer.error(400, too_many)
            body = db.query(sparql, **options).serialize(format=SOLUTION_TYPES[media])
        else:
            body = result.serialize(format=SOLUTION_TYPES[media])
    except (RuntimeError, OSError) as exc:
        return Answer.error(500, f"query failed: {exc}")
    charset = "; charset=utf-8" if not media.endswith("xml") else ""
    return Answer(200, media + charset, body)


def _nothing() -> None:
    """A worker that does nothing: starting one starts the fork server."""


def _work(conn: object, *args: object) -> None:
    """Worker process body: answer and send the Answer back through the pipe."""
    try:
        conn.send(answer(*args))  # type: ignore[attr-defined]
    finally:
        conn.close()  # type: ignore[attr-defined]


class Runner:
    """Runs each query in a fresh worker process, at most ``workers`` at a time, killed after ``timeout`` seconds."""

    def __init__(self, store: Path | str, timeout: float, max_results: int, workers: int = 4) -> None:
        self.store, self.timeout, self.max_results = str(store), timeout, max_results
        self._slots = threading.BoundedSemaphore(workers)
        self._ctx = multiprocessing.get_context("forkserver")
        self._ctx.set_forkserver_preload(["kg.endpoint"])
        warm = self._ctx.Process(target=_nothing)  # start the fork server now, not on the first query
        warm.start()
        warm.join()

    def __call__(self, sparql: str, accept: str | None, forced: str | None,
                 default_graphs: list[str], named_graphs: list[str]) -> Answer:
        if not self._slots.acquire(timeout=self.timeout):
            return Answer.error(503, "the endpoint is busy; try again")
        try:
            receive, send = self._ctx.Pipe(duplex=False)
            worker = self._ctx.Process(target=_work, daemon=True, args=(
                send, self.store, sparql, accept, forced, self.max_results, default_graphs, named_graphs))
            worker.start()
            send.close()
            try:
                if receive.poll(self.timeout):
                    return receive.recv()
                return Answer.error(503, f"the query ran longer than {self.timeout:g} s, this endpoint's timeout "
                                         f"(--timeout), and was stopped")
            except EOFError:
                return Answer.error(500, "the query worker died without an answer")
            finally:
                if worker.is_alive():
                    worker.kill()
                worker.join()
                receive.close()
        finally:
            self._slots.release()


def handler(run: Callable[..., Answer]) -> type[BaseHTTPRequestHandler]:
    """A request handler class speaking the SPARQL 1.1 Protocol (query operation only) through ``run``."""

    class Handler(BaseHTTPRequestHandler):
        server_version = "kg-sparql"
        protocol_version = "HTTP/1.1"

        def log_message(self, fmt: str, *args: object) -> None:  # one line per request on stderr
            super().log_message(fmt, *args)

        def _send(self, a: Answer, extra: dict[str, str] | None = None) -> None:
            self.send_response(a.status)
            for k, v in {**CORS, **(extra or {})}.items():
                self.send_header(k, v)
            self.send_header("Content-Type", a.media_type)
            self.send_header("Content-Length", str(len(a.body)))
            self.send_header("Vary", "Accept")
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(a.body)

        def do_OPTIONS(self) -> None:  # CORS preflight
            self.send_response(HTTPStatus.NO_CONTENT)
            for k, v in CORS.items():
                self.send_header(k, v)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def do_GET(self) -> None:
            self._handle(parse_qs(urlsplit(self.path).query))

        def do_HEAD(self) -> None:
            self.do_GET()

        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            if length > MAX_BODY:
                self.close_connection = True
                return self._send(Answer.error(413, f"the request is larger than {MAX_BODY} bytes"))
            body = self.rfile.read(length).decode("utf-8", "replace")
            kind = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
            params = parse_qs(urlsplit(self.path).query)
            if kind == "application/sparql-update":
                return self._send(Answer.error(403, "this endpoint is read-only: updates are refused"))
            if kind == "application/sparql-query":
                params["query"] = [body]
            elif kind in ("application/x-www-form-urlencoded", ""):
                for k, v in parse_qs(body).items():
                    params.setdefault(k, []).extend(v)
            else:
                return self._send(Answer.error(415, f"unsupported Content-Type {kind!r}; use "
                                                    "application/x-www-form-urlencoded or application/sparql-query"))
            self._handle(params)

        def _handle(self, params: dict[str, list[str]]) -> None:
            path = urlsplit(self.path).path.rstrip("/")
            if path == "/update" or "update" in params:
                return self._send(Answer.error(403, "this endpoint is read-only: updates are refused"))
            if path not in ("", "/sparql", "/query"):
                return self._send(Answer.error(404, "not found; the SPARQL endpoint is /sparql"))
            queries = params.get("query", [])
            if len(queries) != 1:
                return self._send(Answer.error(400, "give exactly one 'query' parameter (SPARQL 1.1 Protocol)"))
            forced = (params.get("format") or params.get("output") or [None])[0]
            self._send(run(queries[0], self.headers.get("Accept"), forced,
                           params.get("default-graph-uri", []), params.get("named-graph-uri", [])))

    return Handler


def make_server(store: Path | str, host: str = "127.0.0.1", port: int = 7878, timeout: float = 30.0,
                max_results: int = 10000, workers: int = 4) -> ThreadingHTTPServer:
    """An HTTP server (not yet serving) for the store at ``store``; StoreError if there is no store there."""
    if not Path(store).is_dir():
        raise StoreError(f"no store at {store}")
    ox.Store.read_only(str(store))  # fail now, not on the first query, if it cannot be opened
    server = ThreadingHTTPServer((host, port), handler(Runner(store, timeout, max_results, workers)))
    server.daemon_threads = True
    return server
