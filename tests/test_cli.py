"""The ``kg`` command run as a real subprocess on temporary folders: build, query, export, render, errors, crashes."""
from __future__ import annotations

import contextlib
import csv
import io
import json
import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
import zipfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from types import SimpleNamespace

import networkx as nx
import pyoxigraph as ox
import pytest

from kg import export, iri, pipeline, query
from kg.cli import main as cli_main
from kg.graph import to_quads
from kg.reader import read
from kg.store import Store

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "data" / "corpus" / "russia_north_korea.txt"
DOC_ID = SAMPLE.stem

pytestmark = pytest.mark.model


WORKERS = max(2, os.cpu_count() or 1)


def kg(*args: object, timeout: float = 300) -> subprocess.CompletedProcess:
    """Run ``python -m kg.cli ARGS`` (what the ``kg`` script runs) and capture its output as text."""
    return subprocess.run([sys.executable, "-m", "kg.cli", *map(str, args)], capture_output=True, text=True,
                          cwd=ROOT, timeout=timeout, env={**os.environ, "PYTHONWARNINGS": "ignore"})


HANDOFFS = ("html", "graphml", "gexf", "cyjs", "anx", "i2csv", "neo4j")


def kg_main(*args: object) -> subprocess.CompletedProcess:
    """Run ``kg.cli.main(ARGS)`` in this process, its output captured like ``kg``'s."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = cli_main([str(a) for a in args])
    return subprocess.CompletedProcess(["kg", *map(str, args)], code, out.getvalue(), err.getvalue())


def lines(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.strip()]


@pytest.fixture(scope="module")
def cli(tmp_path_factory, gaz) -> SimpleNamespace:
    """Every command under test, run once: first the builds, then the readers, each on its own copy of the store.

    ``build``: a folder holding the sample article and three unreadable files, plus a missing path;
    ``jsonl``: a JSON Lines file with two good records and a broken line between them.
    """
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
    jsonl_file = tmp / "news.jsonl"
    jsonl_file.write_text("\n".join(JSONL_RECORDS) + "\n", encoding="utf-8")
    rq = tmp / "count.rq"
    rq.write_text(RQ, encoding="utf-8")
    store = tmp / "store"
    usa = gaz.lookup("United States").id
    readers: dict[str, list[object]] = {
        "summary": ["query", "summary", "--format", "json"],
        "csv": ["query", "--format", "csv", LEADERS_SPARQL],
        "rq": ["query", rq, "--format", "json"],
        "named": ["query", "who_opposes", "--param", f"target={usa}", "--format", "json"],
        "table": ["query", "relations", "--param", "relation=rejects"],
        "bad_param": ["query", "who_opposes", "--param", "nobody=USA"],
        "export_unknown": ["export", "--format", "rdfxml", "-o", tmp / "exports" / "graph.rdfxml"],
        **{f"export_{fmt}": ["export", "--format", fmt, "-o", tmp / "exports" / f"graph.{fmt}"]
           for fmt in export.FORMATS if fmt not in HANDOFFS},
        **{f"render_{ext}": ["render", "-o", tmp / "render" / f"graph.{ext}", "--title", "Sample"]
           for ext in ("png", "svg")},
    }
    in_process = {  # the same command through kg.cli.main in this process: no interpreter and imports per run
        **{f"export_{fmt}": ["export", "--format", fmt, "-o", tmp / "exports" / f"graph.{fmt}"] for fmt in HANDOFFS},
        "render_ego": ["render", "-o", tmp / "render" / "ego.pdf", "--actor", "Russia", "--depth", "1",
                       "--quad", "1", "--quad", "4", "--min-confidence", "0.3",
                       "--modality", "asserted", "--modality", "hedged"],
        "render_timeline": ["render", "-o", tmp / "render" / "timeline.svg", "--timeline", "Russia", "North Korea"],
        "render_bad": ["render", "-o", tmp / "render" / "bad.png", "--relation", "befriends"],
    }
    with ThreadPoolExecutor(WORKERS) as pool:  # the readers start as soon as the main build is done
        build = pool.submit(kg, "build", corpus, missing, "--store", store)
        runs = {name: pool.submit(kg, *args) for name, args in {
            "jsonl": ["build", jsonl_file, "--store", tmp / "jsonl-store"],
            "no_model": ["build", SAMPLE, "--store", tmp / "no-model-store", "--model", "no_such_model"],
            "list": ["query", "--list"],
        }.items()}
        runs["build"] = build
        build.result()
        for name, args in readers.items():
            copy = tmp / "copies" / name  # a store admits one process at a time
            if store.is_dir():  # else the build test says why, and the readers fail on an empty store
                shutil.copytree(store, copy)
            runs[name] = pool.submit(kg, *args, "--store", copy)
        done = {name: future.result() for name, future in runs.items()}
    for name, args in in_process.items():
        copy = tmp / "copies" / name
        if store.is_dir():
            shutil.copytree(store, copy)
        done[name] = kg_main(*args, "--store", copy)
    return SimpleNamespace(tmp=tmp, store=store, bad=[*bad, missing.name], jsonl_file=jsonl_file, usa=usa,
                           **done)


JSONL_RECORDS = [
    json.dumps({"id": "first record", "text": "Russia boosted its trade with North Korea by 73 percent.",
                "date": "2017-11-20"}),
    '{"id": "broken", "text": "no closing brace"',
    json.dumps({"id": "r/2", "text": "Chinese President Xi Jinping opposed the deployment of THAAD.",
                "date": "2017-03-07", "title": "Second"}),
]
LEADERS_SPARQL = ("SELECT ?leader ?state WHERE { ?a kg:leaderOf ?b . ?a skos:prefLabel ?leader . "
                  "?b skos:prefLabel ?state } ORDER BY ?leader")
RQ = ("# How many statements per modality\n"
      "SELECT ?modality (COUNT(?s) AS ?n) WHERE { ?s a kg:Statement ; kg:modality ?modality }\n"
      "GROUP BY ?modality ORDER BY ?modality\n")


# -- build -----------------------------------------------------------------------------------------------------


def test_build_skips_unreadable_inputs_with_one_warning_each(cli) -> None:
    proc = cli.build
    assert proc.returncode == 3, proc.stderr
    warnings = [line for line in lines(proc.stderr) if line.startswith("warning:")]
    assert len(warnings) == len(cli.bad), proc.stderr
    for name in cli.bad:
        assert len([w for w in warnings if name in w]) == 1, (name, warnings)
    assert not [w for w in warnings if SAMPLE.name in w]
    assert "Traceback" not in proc.stderr
    assert "built 1 document(s)" in proc.stdout


def test_build_stored_the_good_document(cli) -> None:
    assert cli.summary.returncode == 0, cli.summary.stderr
    rows = json.loads(cli.summary.stdout)
    assert [r["count"] for r in rows if r["kind"] == "documents"] == [1]
    assert sum(r["count"] for r in rows if r["kind"] == "statements") > 0
    assert {r["name"] for r in rows if r["kind"] == "entities"} >= {"State", "Person"}
    with Store(cli.store) as store:
        assert store.documents() == [DOC_ID]


def test_build_jsonl_keeps_good_records_under_their_ids(cli) -> None:
    proc = cli.jsonl
    assert proc.returncode == 3, proc.stderr
    warnings = [line for line in lines(proc.stderr) if line.startswith("warning:")]
    assert len(warnings) == 1 and f"{cli.jsonl_file.name}:2" in warnings[0], proc.stderr
    with Store(cli.tmp / "jsonl-store") as s:
        assert s.documents() == ["first record", "r/2"]
        rows = s.select("SELECT ?id ?date WHERE { ?d a kg:Document ; dcterms:identifier ?id ; dcterms:date ?date }")
        assert {(r["id"], r["date"]) for r in rows} == {("first record", "2017-11-20"), ("r/2", "2017-03-07")}
        assert {q.graph_name for q in s.db} == {iri.graph_iri("first record"), iri.graph_iri("r/2"), iri.ONTOLOGY_GRAPH}
        titles = s.select("SELECT ?d ?t WHERE { ?d dcterms:title ?t }")
        assert [r["t"] for r in titles] == ["Second"]


def test_unknown_model_is_a_one_line_error(cli) -> None:
    proc = cli.no_model
    assert proc.returncode == 2
    assert len(lines(proc.stderr)) == 1, proc.stderr
    message = proc.stderr.strip()
    assert "no_such_model" in message and "install" in message and "Traceback" not in message
    assert proc.stdout == ""


# -- query -----------------------------------------------------------------------------------------------------


def test_query_sparql_text_as_csv(cli, gaz) -> None:
    proc = cli.csv
    assert proc.returncode == 0, proc.stderr
    table = list(csv.reader(io.StringIO(proc.stdout)))
    assert table[0] == ["leader", "state"]
    pairs = {tuple(r) for r in table[1:] if r}
    for leader, state in (("Vladimir Putin", "Russia"), ("Xi Jinping", "China"), ("Kim Jong Un", "North Korea")):
        assert (gaz.lookup(leader).label, gaz.lookup(state).label) in pairs


def test_query_rq_file_as_json(cli) -> None:
    proc = cli.rq
    assert proc.returncode == 0, proc.stderr
    rows = json.loads(proc.stdout)
    assert rows and all(set(r) == {"modality", "n"} and isinstance(r["n"], int) and r["n"] > 0 for r in rows)
    assert {r["modality"] for r in rows} <= {"asserted", "hedged", "negated", "intended"}
    assert "asserted" in {r["modality"] for r in rows}
    total = sum(r["count"] for r in json.loads(cli.summary.stdout) if r["kind"] == "statements")
    assert sum(r["n"] for r in rows) == total


def test_named_query_with_param(cli, gaz) -> None:
    assert cli.named.returncode == 0, cli.named.stderr
    rows = json.loads(cli.named.stdout)
    assert {r["target"] for r in rows} == {iri.actor_iri(cli.usa).value}
    assert {gaz.lookup("Vladimir Putin").label, gaz.lookup("Xi Jinping").label} <= {r["subject_label"] for r in rows}


def test_named_query_as_table(cli) -> None:
    assert cli.table.returncode == 0, cli.table.stderr
    header, rule, *body = lines(cli.table.stdout)
    assert header.split()[:3] == ["subject_label", "relation_name", "object_label"] and set(rule) <= {"-", " "}
    assert body and all(" rejects " in row for row in body)


def test_named_query_with_unknown_param(cli) -> None:
    proc = cli.bad_param
    assert proc.returncode == 2 and "nobody" in proc.stderr and "target" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_query_list(cli) -> None:
    assert cli.list.returncode == 0, cli.list.stderr
    listed: dict[str, str] = {}
    for line in lines(cli.list.stdout):  # "name: description", then one indented line per parameter
        if line.startswith(" "):
            listed[name] += "\n" + line
        else:
            name = line.split(":")[0]
            listed[name] = line
    assert set(listed) == set(query.QUERIES)
    for name, q in query.QUERIES.items():
        assert q.description[:30] in listed[name]
        assert all(f"--param {p.name}=" in listed[name] and p.description[:30] in listed[name] for p in q.params)


# -- export and render ---------------------------------------------------------------------------------------

PARSERS = {
    "ttl": lambda data: list(ox.parse(data, format=ox.RdfFormat.TURTLE)),
    "trig": lambda data: list(ox.parse(data, format=ox.RdfFormat.TRIG)),
    "nq": lambda data: list(ox.parse(data, format=ox.RdfFormat.N_QUADS)),
    "jsonld": lambda data: [json.loads(data)],
    "jsonl": lambda data: [json.loads(line) for line in data.decode("utf-8").splitlines()],
    # the hand-offs: each is read back in depth in test_handoff_formats.py and test_html_view.py
    "graphml": lambda data: list(nx.read_graphml(io.BytesIO(data), force_multigraph=True).edges),
    "gexf": lambda data: list(nx.read_gexf(io.BytesIO(data), version="1.3").edges),
    "cyjs": lambda data: json.loads(data)["elements"]["edges"],
    "anx": lambda data: list(ET.fromstring(data).iter("Link")),
    "i2csv": lambda data: list(csv.reader(io.StringIO(data.decode("utf-8"))))[1:],
    "neo4j": lambda data: zipfile.ZipFile(io.BytesIO(data)).read("relationships.csv").splitlines()[1:],
    "html": lambda data: json.loads(data.decode("utf-8").split('id="kg-data">')[1].split("</script>")[0])["nodes"],
}


@pytest.mark.parametrize("fmt", sorted(export.FORMATS))
def test_export_every_format(cli, fmt: str) -> None:
    assert fmt in PARSERS, "a new export format needs a parser here"
    proc = getattr(cli, f"export_{fmt}")
    assert proc.returncode == 0, proc.stderr
    data = (cli.tmp / "exports" / f"graph.{fmt}").read_bytes()
    assert data and len(PARSERS[fmt](data)) > 0


def test_export_unknown_format(cli) -> None:
    proc = cli.export_unknown
    assert proc.returncode == 2 and not (cli.tmp / "exports" / "graph.rdfxml").exists()
    assert "rdfxml" in proc.stderr and all(fmt in proc.stderr for fmt in export.FORMATS)
    assert "Traceback" not in proc.stderr


@pytest.mark.parametrize("ext, check", [
    ("png", lambda data: data.startswith(b"\x89PNG\r\n\x1a\n")),
    ("svg", lambda data: b"<svg" in data[:2000] and data.rstrip().endswith(b"</svg>")),
])
def test_render(cli, ext: str, check) -> None:
    proc = getattr(cli, f"render_{ext}")
    assert proc.returncode == 0, proc.stderr
    data = (cli.tmp / "render" / f"graph.{ext}").read_bytes()
    assert len(data) > 1000 and check(data)


def test_render_filters_and_timeline(cli) -> None:
    assert cli.render_ego.returncode == 0, cli.render_ego.stderr
    assert (cli.tmp / "render" / "ego.pdf").read_bytes().startswith(b"%PDF")
    actors = int(cli.render_ego.stdout.split("(")[1].split()[0])
    assert 2 <= actors < 8  # Russia and a few partners, not the whole graph of 20-odd actors
    assert cli.render_timeline.returncode == 0, cli.render_timeline.stderr
    assert b"North Korea" in (cli.tmp / "render" / "timeline.svg").read_bytes()
    assert cli.render_bad.returncode == 2 and "befriends" in cli.render_bad.stderr
    assert "cooperatesWith" in cli.render_bad.stderr and not (cli.tmp / "render" / "bad.png").exists()


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
