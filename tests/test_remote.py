"""``kg push`` and ``kg build --endpoint`` against a real Oxigraph server started on a free localhost port."""
from __future__ import annotations

import json
import shutil
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

import sample_graph
from kg import cli, iri, ontology, remote
from kg.errors import StoreError
from kg.graph import to_quads
from kg.store import Store

ROOT = Path(__file__).resolve().parents[1]
OXIGRAPH = shutil.which("oxigraph", path=str(Path(sys.executable).parent)) or shutil.which("oxigraph")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture()
def server(tmp_path):
    """A fresh Oxigraph server (PyPI ``oxigraph``) on disk; yields its base URL, stops it afterwards."""
    assert OXIGRAPH, "the oxigraph CLI comes with the test extra (pip install -e '.[test]')"
    port = free_port()
    proc = subprocess.Popen([OXIGRAPH, "serve", "--location", str(tmp_path / "oxigraph"), "--bind",
                             f"127.0.0.1:{port}"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(200):
            try:
                with urllib.request.urlopen(base + "/query?query=ASK%7B%7D", timeout=1):
                    break
            except OSError:
                if proc.poll() is not None:
                    pytest.fail(f"oxigraph exited: {proc.stderr.read().decode()}")
                time.sleep(0.05)
        yield base
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def remote_graphs(base: str) -> dict[str, int]:
    """Named graph -> number of triples on the server."""
    q = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"
    req = urllib.request.Request(base + "/query?query=" + urllib.parse.quote(q),
                                 headers={"Accept": "application/sparql-results+json"})
    with urllib.request.urlopen(req) as resp:
        rows = json.load(resp)["results"]["bindings"]
    return {r["g"]["value"]: int(r["n"]["value"]) for r in rows}


def local_graphs(store: Store) -> dict[str, int]:
    return {g.value: len(list(store.db.quads_for_pattern(None, None, None, g))) for g in store.graphs()}


def test_push_keeps_named_graphs_and_a_second_push_replaces(server, tmp_path) -> None:
    onto = ontology.load()
    with Store(tmp_path / "s") as store:
        sample_graph.build(store, onto)
        expected = local_graphs(store)
    assert cli.main(["push", "--store", str(tmp_path / "s"), "--endpoint", server + "/store"]) == 0
    assert remote_graphs(server) == expected and iri.ONTOLOGY_GRAPH.value in expected
    with Store(tmp_path / "s") as store:  # d1 shrinks to its first statement; push again
        first = sample_graph.results()[0]
        smaller = type(first)(first.document, first.entities, first.statements[:1])
        store.replace_document("d1", to_quads(smaller, onto))
        expected = local_graphs(store)
        remote.push(store, server + "/store")
    assert remote_graphs(server) == expected


def test_unreachable_or_refusing_endpoints_are_clear_errors(server, tmp_path) -> None:
    with pytest.raises(StoreError, match="cannot reach"):
        remote.RemoteStore(f"http://127.0.0.1:{free_port()}/store").put_graph(iri.ONTOLOGY_GRAPH, [])
    with pytest.raises(StoreError, match="HTTP 4"):
        remote.RemoteStore(server + "/no-such-service").put_graph(iri.ONTOLOGY_GRAPH, [])
    with pytest.raises(StoreError, match="not an http"):
        remote.RemoteStore("ftp://example.org/store")


@pytest.mark.model
def test_build_writes_straight_to_the_endpoint(server, real_nlp, tmp_path, capsys) -> None:
    sample = ROOT / "data" / "corpus" / "russia_north_korea.txt"
    assert cli.main(["build", str(sample), "--endpoint", server + "/store"]) == 0
    graphs = remote_graphs(server)
    doc_graph = iri.graph_iri(sample.stem).value
    assert set(graphs) == {doc_graph, iri.ONTOLOGY_GRAPH.value}
    assert cli.main(["build", str(sample), "--endpoint", server + "/store", "--store", str(tmp_path / "s")]) == 0
    assert remote_graphs(server) == graphs  # the same document again replaces its graph
    with Store(tmp_path / "s") as store:
        assert local_graphs(store) == graphs
    assert "written to" in capsys.readouterr().out
