"""``kg serve`` over real HTTP with a standard client (SPARQLWrapper): formats, negotiation, refusals, limits, CORS."""
from __future__ import annotations

import csv
import io
import subprocess
import sys
import urllib.error
import urllib.request

import pytest
import rdflib
from SPARQLWrapper import CSV, GET, JSON, POST, POSTDIRECTLY, TSV, TURTLE, XML, SPARQLWrapper
from SPARQLWrapper.SPARQLExceptions import QueryBadFormed

import sample_graph
from kg import ontology
from kg.store import Store

STATES = "SELECT DISTINCT ?s ?label WHERE { ?s a kg:State ; skos:prefLabel ?label } ORDER BY ?label"
N_STATES = len([a for a in sample_graph.ACTORS.values() if a[1] == "State"])
SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"


@pytest.fixture(scope="module")
def endpoint(tmp_path_factory) -> str:
    path = tmp_path_factory.mktemp("endpoint") / "store"
    with Store(path) as store:
        sample_graph.build(store, ontology.load())
    proc = subprocess.Popen([sys.executable, "-m", "kg.cli", "serve", "--store", str(path), "--port", "0",
                             "--timeout", "1", "--max-results", "20"],
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        line = proc.stdout.readline()
        assert "http://127.0.0.1:" in line, line
        yield line.split(" at ")[1].split()[0]
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def client(url: str, query: str, fmt: str, method: str = GET) -> SPARQLWrapper:
    sparql = SPARQLWrapper(url)
    sparql.setQuery(query)
    sparql.setReturnFormat(fmt)
    sparql.setMethod(POST if method == POSTDIRECTLY else method)
    if method == POSTDIRECTLY:
        sparql.setRequestMethod(POSTDIRECTLY)
    return sparql


@pytest.mark.parametrize("method", [GET, POST, POSTDIRECTLY])
def test_select_as_json_by_each_protocol_method(endpoint, method) -> None:
    result = client(endpoint, STATES, JSON, method).query()
    assert result.info()["content-type"].startswith("application/sparql-results+json")
    rows = result.convert()["results"]["bindings"]
    assert [r["label"]["value"] for r in rows] == sorted(a[0] for a in sample_graph.ACTORS.values() if a[1] == "State")


def test_select_as_xml_csv_and_tsv(endpoint) -> None:
    xml = client(endpoint, STATES, XML).query().convert()
    assert len(xml.getElementsByTagName("result")) == N_STATES
    table = list(csv.reader(io.StringIO(client(endpoint, STATES, CSV).query().convert().decode())))
    assert table[0] == ["s", "label"] and len(table) == N_STATES + 1
    tsv = client(endpoint, STATES, TSV).query().convert().decode().splitlines()
    assert tsv[0] == "?s\t?label" and len(tsv) == N_STATES + 1 and tsv[1].startswith("<https://w3id.org/kg/id/actor/")


def test_ask_construct_and_describe(endpoint) -> None:
    assert client(endpoint, "ASK { ?s kg:fights ?o }", JSON).query().convert()["boolean"] is True
    construct = "CONSTRUCT { ?s a kg:State } WHERE { SELECT DISTINCT ?s WHERE { ?s a kg:State } }"
    result = client(endpoint, construct, TURTLE).query()
    assert result.info()["content-type"].startswith("text/turtle")
    assert len(rdflib.Graph().parse(data=result.convert(), format="turtle")) == N_STATES
    nt = client(endpoint, construct, TURTLE)
    nt.setOnlyConneg(True)
    nt.addCustomHttpHeader("Accept", "application/n-triples")
    result = nt.query()
    assert result.info()["content-type"].startswith("application/n-triples")
    assert len(result.convert().decode().strip().splitlines()) == N_STATES
    describe = client(endpoint, "DESCRIBE <https://w3id.org/kg/id/actor/UKR>", TURTLE).query().convert()
    assert "Ukraine" in describe.decode()


def test_content_negotiation_and_a_refused_type(endpoint) -> None:
    url = endpoint + "?query=" + urllib.parse.quote("ASK { ?s ?p ?o }")
    req = urllib.request.Request(url, headers={"Accept": "text/html;q=0.9, text/csv;q=0.5, */*;q=0.1"})
    with urllib.request.urlopen(req) as resp:
        assert resp.headers["Content-Type"].startswith("text/csv")
    with pytest.raises(urllib.error.HTTPError) as err:
        urllib.request.urlopen(urllib.request.Request(url, headers={"Accept": "image/png"}))
    assert err.value.code == 406 and "application/sparql-results+json" in err.value.read().decode()


@pytest.mark.filterwarnings("ignore:update operations MUST be done by POST")
def test_updates_are_refused_with_403(endpoint) -> None:
    for method in (POST, GET):
        sparql = client(endpoint, "INSERT DATA { <urn:a> <urn:b> <urn:c> }", JSON, method)
        with pytest.raises(urllib.error.HTTPError) as err:
            sparql.query()
        assert err.value.code == 403 and "read-only" in err.value.read().decode()
    direct = urllib.request.Request(endpoint, data=b"DROP ALL", headers={"Content-Type": "application/sparql-update"})
    with pytest.raises(urllib.error.HTTPError) as err:
        urllib.request.urlopen(direct)
    assert err.value.code == 403
    count = client(endpoint, "SELECT (COUNT(*) AS ?n) WHERE { ?s kg:fights ?o }", JSON).query().convert()
    assert count["results"]["bindings"][0]["n"]["value"] == "1"  # nothing was dropped


def test_timeout_and_result_cap_are_clear_errors(endpoint) -> None:
    with pytest.raises(urllib.error.HTTPError) as err:
        client(endpoint, SLOW, JSON).query()
    assert err.value.code == 503 and "timeout" in err.value.read().decode()
    with pytest.raises(QueryBadFormed, match="more than 20"):
        client(endpoint, "SELECT * WHERE { ?s ?p ?o }", JSON).query()
    with pytest.raises(QueryBadFormed, match="invalid query"):
        client(endpoint, "SELECT WHERE {", JSON).query()
    # the server survived: it still answers
    assert client(endpoint, "ASK { ?s ?p ?o }", JSON).query().convert()["boolean"] is True


def test_cors_headers_and_preflight(endpoint) -> None:
    result = client(endpoint, "ASK { ?s ?p ?o }", JSON).query()
    assert result.info()["access-control-allow-origin"] == "*"
    preflight = urllib.request.Request(endpoint, method="OPTIONS", headers={
        "Origin": "http://example.org", "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "content-type"})
    with urllib.request.urlopen(preflight) as resp:
        assert resp.status == 204
        assert "POST" in resp.headers["Access-Control-Allow-Methods"]
        assert "content-type" in resp.headers["Access-Control-Allow-Headers"].lower()
        assert resp.headers["Access-Control-Allow-Origin"] == "*"


def test_serve_refuses_a_missing_store(tmp_path) -> None:
    proc = subprocess.run([sys.executable, "-m", "kg.cli", "serve", "--store", str(tmp_path / "nope")],
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 2 and "no store" in proc.stderr
