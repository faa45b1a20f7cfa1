"""A shared triple store reached over the SPARQL 1.1 Graph Store Protocol: one PUT per named graph.

PUT replaces the whole named graph, so pushing a document again replaces it, as in the embedded store.
Hand-written over urllib: the protocol is one HTTP request per graph, and SPARQLWrapper speaks only
query and update.
"""
from __future__ import annotations

import base64
import urllib.error
import urllib.request
from collections.abc import Iterable
from pathlib import Path
from urllib.parse import quote, urlsplit, urlunsplit

import pyoxigraph as ox

from kg import iri
from kg.errors import StoreError
from kg.store import Store, ontology_triples


class RemoteStore:
    """The graph store at ``endpoint`` (its Graph Store Protocol URL), written one named graph at a time.

    Credentials may be given in the URL (``http://user:password@host/...``); they are sent as HTTP Basic auth.
    """

    def __init__(self, endpoint: str, timeout: float = 120.0) -> None:
        parts = urlsplit(endpoint)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise StoreError(f"not an http(s) endpoint URL: {endpoint!r}")
        self._auth = None
        if parts.username is not None:
            token = f"{parts.username}:{parts.password or ''}".encode()
            self._auth = "Basic " + base64.b64encode(token).decode()
        netloc = parts.hostname + (f":{parts.port}" if parts.port else "")
        self.endpoint = urlunsplit((parts.scheme, netloc, parts.path, parts.query, ""))
        self.timeout = timeout

    def _url(self, graph: ox.NamedNode) -> str:
        return self.endpoint + ("&" if "?" in self.endpoint else "?") + "graph=" + quote(graph.value, safe="")

    def put_graph(self, graph: ox.NamedNode, quads: Iterable[ox.Quad | ox.Triple]) -> None:
        """Replace the named graph ``graph`` on the server by ``quads`` (their own graph names are ignored)."""
        body = ox.serialize((ox.Triple(q.subject, q.predicate, q.object) for q in quads),
                            format=ox.RdfFormat.N_TRIPLES)
        headers = {"Content-Type": "application/n-triples"}
        if self._auth:
            headers["Authorization"] = self._auth
        request = urllib.request.Request(self._url(graph), data=body, method="PUT", headers=headers)
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                response.read()
        except urllib.error.HTTPError as exc:
            detail = exc.read().decode("utf-8", "replace")[:300].strip()
            raise StoreError(f"{self.endpoint} refused graph {graph.value}: HTTP {exc.code} {exc.reason}"
                             + (f": {detail}" if detail else "")) from None
        except (urllib.error.URLError, OSError) as exc:
            raise StoreError(f"cannot reach {self.endpoint}: {getattr(exc, 'reason', exc)}") from None

    def replace_document(self, doc_id: str, quads: Iterable[ox.Quad]) -> None:
        """Make ``quads`` the whole named graph of ``doc_id`` on the server."""
        self.put_graph(iri.graph_iri(doc_id), quads)

    def replace_ontology(self, path: Path | str) -> None:
        """Put the ontology Turtle file into the ontology graph on the server."""
        self.put_graph(iri.ONTOLOGY_GRAPH, ontology_triples(path))

    def __enter__(self) -> RemoteStore:
        return self

    def __exit__(self, *exc: object) -> None:
        pass


def push(store: Store, endpoint: str | RemoteStore, graphs: Iterable[ox.NamedNode] | None = None) -> list[str]:
    """Send the named graphs of ``store`` (all of them by default) to ``endpoint``; return their IRIs."""
    remote = endpoint if isinstance(endpoint, RemoteStore) else RemoteStore(endpoint)
    sent = []
    for graph in store.graphs() if graphs is None else graphs:
        remote.put_graph(graph, store.db.quads_for_pattern(None, None, None, graph))
        sent.append(graph.value)
    return sent
