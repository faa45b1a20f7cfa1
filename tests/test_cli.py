"""The ``kg`` command run as a real subprocess on temporary folders: build, query, export, render, errors, crashes."""
from __future__ import annotations

import csv
import io
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg import export, iri, pipeline, query
from kg.graph import to_quads
from kg.reader import read
from kg.store import Store

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "data" / "corpus" / "russia_north_korea.txt"
DOC_ID = SAMPLE.stem

pytestmark = pytest.mark.model


def kg(*args: object, timeout: float = 300) -> subprocess.CompletedProcess:
    """Run ``python -m kg.cli ARGS`` (what the ``kg`` script runs) and capture its output as text."""
    return subprocess.run([sys.executable, "-m", "kg.cli", *map(str, args)], capture_output=True, text=True,
                          cwd=ROOT, timeout=timeout, env={**os.environ, "PYTHONWARNINGS": "ignore"})


def lines(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.strip()]


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> dict:
    """``kg build`` of a folder holding the sample article and three unreadable files, plus a missing path."""
    tmp = tmp_path_factory.mktemp("cli")
    corpus = tmp / "corpus"
    corpus.mkdir()
    shutil.copy(SAMPLE, corpus / SAMPLE.name)
    bad = {
        "empty.txt": b"",
        "blob.bin": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x01",
        "latin1.txt": "Le Kremlin a salué la décision de Pékin.".encode("latin-1"),
    }
    for name, data in bad.items():
        (corpus / name).write_bytes(data)
    missing = tmp / "missing.txt"
    store = tmp / "store"
    proc = kg("build", corpus, missing, "--store", store)
    return {"proc": proc, "store": store, "tmp": tmp, "bad": [*bad, missing.name]}


# -- build -----------------------------------------------------------------------------------------------------


def test_build_skips_unreadable_inputs_with_one_warning_each(built) -> None:
    proc = built["proc"]
    assert proc.returncode == 3, proc.stderr
    warnings = [line for line in lines(proc.stderr) if line.startswith("warning:")]
    assert len(warnings) == len(built["bad"]), proc.stderr
    for name in built["bad"]:
        assert len([w for w in warnings if name in w]) == 1, (name, warnings)
    assert not [w for w in warnings if SAMPLE.name in w]
    assert "Traceback" not in proc.stderr
    assert "built 1 document(s)" in proc.stdout


def test_build_stored_the_good_document(built) -> None:
    proc = kg("query", "--store", built["store"], "summary", "--format", "json")
    assert proc.returncode == 0, proc.stderr
    rows = json.loads(proc.stdout)
    assert [r["count"] for r in rows if r["kind"] == "documents"] == [1]
    assert sum(r["count"] for r in rows if r["kind"] == "statements") > 0
    assert {r["name"] for r in rows if r["kind"] == "entities"} >= {"State", "Person"}


def test_build_jsonl_keeps_good_records_under_their_ids(real_nlp, tmp_path) -> None:
    records = [
        json.dumps({"id": "first record", "text": "Russia boosted its trade with North Korea by 73 percent.",
                    "date": "2017-11-20"}),
        '{"id": "broken", "text": "no closing brace"',
        json.dumps({"id": "r/2", "text": "Chinese President Xi Jinping opposed the deployment of THAAD.",
                    "date": "2017-03-07", "title": "Second"}),
    ]
    source = tmp_path / "news.jsonl"
    source.write_text("\n".join(records) + "\n", encoding="utf-8")
    store = tmp_path / "store"
    proc = kg("build", source, "--store", store)
    assert proc.returncode == 3, proc.stderr
    warnings = [line for line in lines(proc.stderr) if line.startswith("warning:")]
    assert len(warnings) == 1 and f"{source.name}:2" in warnings[0], proc.stderr
    with Store(store) as s:
        assert s.documents() == ["first record", "r/2"]
        rows = s.select("SELECT ?id ?date WHERE { ?d a kg:Document ; dcterms:identifier ?id ; dcterms:date ?date }")
        assert {(r["id"], r["date"]) for r in rows} == {("first record", "2017-11-20"), ("r/2", "2017-03-07")}
        assert {q.graph_name for q in s.db} == {iri.graph_iri("first record"), iri.graph_iri("r/2")}


def test_unknown_model_is_a_one_line_error(tmp_path) -> None:
    proc = kg("build", SAMPLE, "--store", tmp_path / "store", "--model", "no_such_model")
    assert proc.returncode == 2
    assert len(lines(proc.stderr)) == 1, proc.stderr
    message = proc.stderr.strip()
    assert "no_such_model" in message and "install" in message and "Traceback" not in message


# -- query -----------------------------------------------------------------------------------------------------


def test_query_sparql_text_as_csv(built, gaz) -> None:
    proc = kg("query", "--store", built["store"], "--format", "csv",
              "SELECT ?leader ?state WHERE { ?a kg:leaderOf ?b . ?a skos:prefLabel ?leader . "
              "?b skos:prefLabel ?state } ORDER BY ?leader")
    assert proc.returncode == 0, proc.stderr
    table = list(csv.reader(io.StringIO(proc.stdout)))
    assert table[0] == ["leader", "state"]
    pairs = {tuple(r) for r in table[1:]}
    for leader, state in (("Vladimir Putin", "Russia"), ("Xi Jinping", "China"), ("Kim Jong Un", "North Korea")):
        assert (gaz.lookup(leader).label, gaz.lookup(state).label) in pairs


def test_query_rq_file_as_json(built, tmp_path) -> None:
    rq = tmp_path / "count.rq"
    rq.write_text("# How many statements per modality\n"
                  "SELECT ?modality (COUNT(?s) AS ?n) WHERE { ?s a kg:Statement ; kg:modality ?modality }\n"
                  "GROUP BY ?modality ORDER BY ?modality\n", encoding="utf-8")
    proc = kg("query", "--store", built["store"], rq, "--format", "json")
    assert proc.returncode == 0, proc.stderr
    rows = json.loads(proc.stdout)
    assert rows and all(set(r) == {"modality", "n"} and isinstance(r["n"], int) and r["n"] > 0 for r in rows)
    assert {r["modality"] for r in rows} <= {"asserted", "hedged", "negated", "intended"}
    assert "asserted" in {r["modality"] for r in rows}


def test_named_query_with_param(built, gaz) -> None:
    usa = gaz.lookup("United States").id
    proc = kg("query", "--store", built["store"], "who_opposes", "--param", f"target={usa}", "--format", "json")
    assert proc.returncode == 0, proc.stderr
    rows = json.loads(proc.stdout)
    assert {r["target"] for r in rows} == {iri.actor_iri(usa).value}
    assert {gaz.lookup("Vladimir Putin").label, gaz.lookup("Xi Jinping").label} <= {r["subject_label"] for r in rows}
    table = kg("query", "--store", built["store"], "relations", "--param", "relation=rejects")
    assert table.returncode == 0, table.stderr
    header, rule, *body = table.stdout.splitlines()
    assert header.split()[:3] == ["subject_label", "relation_name", "object_label"] and set(rule) <= {"-", " "}
    assert body and all(" rejects " in row for row in body)
    bad = kg("query", "--store", built["store"], "who_opposes", "--param", "nobody=USA")
    assert bad.returncode == 2 and "target" in bad.stderr and "Traceback" not in bad.stderr


def test_query_list() -> None:
    proc = kg("query", "--list")
    assert proc.returncode == 0, proc.stderr
    listed = {line.split()[0]: line for line in lines(proc.stdout)}
    assert set(listed) == set(query.QUERIES)
    for name, q in query.QUERIES.items():
        assert q.description[:30] in listed[name]
        assert all(p.name in listed[name] for p in q.params)


# -- export and render ---------------------------------------------------------------------------------------

PARSERS = {
    "ttl": lambda data: list(ox.parse(data, format=ox.RdfFormat.TURTLE)),
    "trig": lambda data: list(ox.parse(data, format=ox.RdfFormat.TRIG)),
    "nq": lambda data: list(ox.parse(data, format=ox.RdfFormat.N_QUADS)),
    "jsonld": lambda data: [json.loads(data)],
    "jsonl": lambda data: [json.loads(line) for line in data.decode("utf-8").splitlines()],
}


@pytest.mark.parametrize("fmt", sorted(export.FORMATS))
def test_export_every_format(built, fmt: str) -> None:
    assert fmt in PARSERS, "a new export format needs a parser here"
    out = built["tmp"] / "exports" / f"graph.{fmt}"
    proc = kg("export", "--store", built["store"], "--format", fmt, "-o", out)
    assert proc.returncode == 0, proc.stderr
    data = out.read_bytes()
    assert data and len(PARSERS[fmt](data)) > 0


def test_export_unknown_format(built) -> None:
    out = built["tmp"] / "exports" / "graph.rdfxml"
    proc = kg("export", "--store", built["store"], "--format", "rdfxml", "-o", out)
    assert proc.returncode == 2 and not out.exists()
    assert "rdfxml" in proc.stderr and all(fmt in proc.stderr for fmt in export.FORMATS)
    assert "Traceback" not in proc.stderr


@pytest.mark.parametrize("name, check", [
    ("graph.png", lambda data: data.startswith(b"\x89PNG\r\n\x1a\n")),
    ("graph.svg", lambda data: b"<svg" in data[:2000] and data.rstrip().endswith(b"</svg>")),
])
def test_render(built, name: str, check) -> None:
    out = built["tmp"] / "render" / name
    proc = kg("render", "--store", built["store"], "-o", out, "--title", "Sample")
    assert proc.returncode == 0, proc.stderr
    data = out.read_bytes()
    assert len(data) > 1000 and check(data)


# -- an interrupted build ------------------------------------------------------------------------------------

CRASH_SCRIPT = """
import os, sys
import pyoxigraph as ox
from kg.store import Store

path, nq, mode = sys.argv[1:4]
quads = list(ox.parse(open(nq, "rb").read(), format=ox.RdfFormat.N_QUADS))
store = Store(path)

def halfway():
    for i, quad in enumerate(quads):
        if i == len(quads) // 2:
            raise RuntimeError("interrupted halfway")
        yield quad

if mode == "raise":  # the new document's quads fail halfway: the process dies with the exception
    store.replace_document("b", halfway())
else:  # the process is killed after the staging graph is written, before it replaces the old graph
    guard = Store._guard
    def dying_guard(self, action, *args, **kwargs):
        if getattr(action, "__name__", "") == "update":
            os._exit(70)
        return guard(self, action, *args, **kwargs)
    Store._guard = dying_guard
    store.replace_document("b", quads)
"""


@pytest.fixture(scope="module")
def seeded(real_nlp, tmp_path_factory, onto) -> dict:
    """A store with doc A (the article) and doc b (v1), and the quads of a changed doc b (v2) in a file."""
    tmp = tmp_path_factory.mktemp("crash")
    b1, b2 = tmp / "v1" / "b.txt", tmp / "v2" / "b.txt"
    for path, text in ((b1, "Russia supports North Korea."),
                       (b2, "Russia and China oppose the deployment of THAAD in South Korea.")):
        path.parent.mkdir()
        path.write_text(text, encoding="utf-8")
    store = tmp / "store"
    with Store(store) as s:
        pipeline.build([SAMPLE, b1], s)
        snapshot = set(s.db)
    result = next(pipeline.analyse(d for d in read([b2])))
    new = to_quads(result, onto)
    assert set(new) - snapshot, "b v2 must differ from b v1"
    nq = tmp / "b2.nq"
    nq.write_bytes(ox.serialize(new, format=ox.RdfFormat.N_QUADS))
    return {"store": store, "snapshot": snapshot, "nq": nq}


def staging_graphs(db: ox.Store) -> list:
    return [g for g in db.named_graphs() if g.value.startswith(iri.ID + "staging/")]


@pytest.mark.parametrize("mode", ["raise", "exit-before-move"])
def test_interrupted_build_leaves_finished_documents_intact(seeded, mode: str) -> None:
    proc = subprocess.run([sys.executable, "-c", CRASH_SCRIPT, seeded["store"], seeded["nq"], mode],
                          capture_output=True, text=True, cwd=ROOT, timeout=120)
    if mode == "raise":
        assert proc.returncode == 1 and "interrupted halfway" in proc.stderr, proc.stderr
    else:
        assert proc.returncode == 70, proc.stderr
        ro = Store.read_only(seeded["store"])  # the crash left its staging graph behind ...
        try:
            assert staging_graphs(ro.db)
        finally:
            ro.close()
    with Store(seeded["store"]) as s:  # ... which reopening drops
        assert not staging_graphs(s.db)
        assert set(s.db) == seeded["snapshot"]
        assert s.documents() == sorted(["b", DOC_ID])
        a_graph = set(s.db.quads_for_pattern(None, None, None, iri.graph_iri(DOC_ID)))
        assert a_graph == {q for q in seeded["snapshot"] if q.graph_name == iri.graph_iri(DOC_ID)}
