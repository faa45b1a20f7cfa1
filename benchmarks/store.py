"""The embedded Oxigraph store against rdflib's in-memory Dataset on a generated graph shaped like kg's, in one run.

Usage: python benchmarks/store.py [--triples N] [--runs N] [--baseline-runs N] [--baseline-cap S] [--no-queries]
Generates documents of synthetic statements between a few hundred actors, turns them into quads
with kg.graph.to_quads (the builder's own code), then times loading them three ways: one atomic
replace per document (what kg build does), a bulk load of the terms (Oxigraph bulk_extend vs rdflib
Dataset.addN), and a load of the same N-Quads file, each store with its own parser (kg.load.load_dump,
which cuts the file at line ends and runs one Oxigraph bulk loader per core, vs rdflib Dataset.parse;
a single bulk_load call is shown too). The queries run on the store loaded from the file, as loaded
(no optimize()). Then each canned query with bindings (p50/p95 of --runs on Oxigraph, of
--baseline-runs on rdflib). Prints ratios. Goals: load >= 5x (from the file), queries >= 20x faster,
Oxigraph p95 < 100 ms. Also times the sub-relation (rdfs:subPropertyOf*) form of a question against
the exact one, to show that entailment by property path stays fast.
"""
from __future__ import annotations

import argparse
import gc
import os
import random
import signal
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import pyoxigraph as ox
import rdflib
from rdflib.plugins.sparql import prepareQuery

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kg import graph, ontology, query  # noqa: E402
from kg.iri import PREFIXES  # noqa: E402
from kg.load import load_dump  # noqa: E402
from kg.model import MODALITIES, Document, DocumentResult, Entity, Mention, Statement  # noqa: E402
from kg.store import Store  # noqa: E402

STATEMENTS_PER_DOC = 20
ACTORS_PER_DOC = 12
# (query name, bindings): the analyst's questions, about actors that exist in the generated graph
QUESTIONS = [
    ("actor_relations", {"actor": "A150"}),
    ("actor_relations", {"actor": "A007"}),  # one of the 40 busiest actors
    ("actor_relations", {"actor": "A007", "relation": "imposesSanctions"}),
    ("actor_relations", {"actor": "A007", "relation": "reducesRelations"}),  # with its sub-relations
    ("actor_relations", {"actor": "A007", "quad": "MaterialConflict", "from": "2023", "min_confidence": 0.6}),
    ("claim_evidence", {"subject": "A001", "relation": "opposes", "object": "A002"}),
    ("actor_dyads", {"actor": "A150"}),
    ("dyad_timeline", {"a": "A001", "b": "A002"}),
    ("speaker_claims", {"speaker": "P005"}),
    ("actors_by_class", {"class": "Person"}),
    ("contradictions", {"actor": "A150"}),
    ("who_opposes", {"target": "A150"}),
    ("evidence", {"statement": None}),  # filled with a real statement IRI
]


def generate(n_docs: int, onto: ontology.Ontology, seed: int = 7) -> list[DocumentResult]:
    """``n_docs`` documents of random statements among 300 states and 100 speakers, dated 2020-2024."""
    rng = random.Random(seed)
    relations = sorted(n for n, r in onto.relations.items() if r.cameo)
    actors = [f"A{i:03d}" for i in range(300)]
    people = [f"P{i:03d}" for i in range(100)]
    out = []
    for d in range(n_docs):
        doc_id = f"doc{d:05d}"
        date = f"{2020 + d % 5}-{1 + d % 12:02d}-{1 + d % 28:02d}"
        cast = rng.sample(actors[:40], 4) + rng.sample(actors, ACTORS_PER_DOC - 4)
        speakers = rng.sample(people, 2)
        text = f"Document {doc_id}. " * 10
        statements = []
        for i in range(STATEMENTS_PER_DOC):
            s, o = rng.sample(cast, 2)
            sentence = f"Sentence {i} of {doc_id}: {s} acts on {o}."
            at = 40 * i
            statements.append(Statement(
                doc_id, s, rng.choice(relations), o, (at, at + 4), (at + 14, at + 18), (at + 5, at + 9), "act",
                (at, at + len(sentence)), sentence, modality=rng.choice(MODALITIES),
                confidence=rng.choice((0.5, 0.6, 0.7, 0.75, 0.85)),
                speaker=rng.choice(speakers) if i % 4 == 0 else None,
                date=date if i % 3 == 0 else None))
        entities = tuple(Entity(a, f"Actor {a}", "State", mentions=(Mention(doc_id, 0, 4, a, "State", a),))
                         for a in cast) + tuple(Entity(p, f"Person {p}", "Person") for p in speakers)
        out.append(DocumentResult(Document(doc_id, text, date=date), entities, tuple(statements)))
    return out


def without_lateral(sparql: str) -> str:
    """``sparql`` without LATERAL (an Oxigraph extension, SEP-0006) and without its comment lines.

    A LATERAL subquery becomes a plain subquery; any other LATERAL group's contents join the enclosing
    group, where its FILTERs and BINDs then apply to the whole group: the same rows for these queries,
    found later. Braces are matched by counting: the shipped queries have none in strings or IRIs.
    """
    text = "\n".join(line for line in sparql.splitlines() if not line.lstrip().startswith("#"))
    out, i = [], 0
    while (at := text.find("LATERAL", i)) >= 0:
        out.append(text[i:at])
        start = end = text.index("{", at)
        depth = 0
        while True:
            depth += {"{": 1, "}": -1}.get(text[end], 0)
            if depth == 0:
                break
            end += 1
        body = without_lateral(text[start + 1:end])
        out.append("{" + body + "}" if body.lstrip().upper().startswith("SELECT") else body)
        i = end + 1
    return "".join(out) + text[i:]


def for_rdflib(sparql: str, terms: dict) -> str:
    """The query as rdflib can run it with the same answer: without LATERAL (see ``without_lateral``),
    and with the bindings as a VALUES block opening the WHERE clause, since rdflib's initBindings join
    them only after evaluation, where FILTERs no longer see them. Only for this baseline: the terms are
    serialised by rdflib (n3), never taken from user text."""
    sparql = without_lateral(sparql)
    if not terms:
        return sparql
    names = list(terms)
    values = (" VALUES (" + " ".join("?" + n for n in names) + ") { ("
              + " ".join(graph.to_rdflib(terms[n]).n3() for n in names) + ") } ")
    at = sparql.index("WHERE {") + len("WHERE {")
    return sparql[:at] + values + sparql[at:]


def percentile(times: list[float], p: float) -> float:
    ordered = sorted(times)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def timed(fn: Callable[[], object], runs: int) -> tuple[list[float], object]:
    """Times of ``runs`` calls after one warm-up call, and the warm-up's result."""
    result = fn()
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return times, result


class TooSlow(Exception):
    """A baseline query ran past --baseline-cap."""


def capped(fn: Callable[[], object], seconds: float) -> Callable[[], object]:
    """``fn`` interrupted after ``seconds`` (rdflib is pure Python, so a timer signal reaches it)."""
    def run() -> object:
        def stop(*_: object) -> None:
            raise TooSlow
        old = signal.signal(signal.SIGALRM, stop)
        signal.setitimer(signal.ITIMER_REAL, seconds)
        try:
            return fn()
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, old)
    return run


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--triples", type=int, default=1_000_000, help="about how many triples to generate")
    ap.add_argument("--runs", type=int, default=50, help="timed runs per query on Oxigraph")
    ap.add_argument("--baseline-runs", type=int, default=3, help="timed runs per query on rdflib")
    ap.add_argument("--no-queries", action="store_true", help="time the loads only")
    ap.add_argument("--baseline-cap", type=float, default=60.0,
                    help="seconds after which an rdflib query is stopped; its ratio is then a lower bound")
    a = ap.parse_args()
    onto = ontology.load()

    probe = graph.to_quads(generate(1, onto)[0], onto)
    n_docs = max(1, a.triples // len(probe))
    t0 = time.perf_counter()
    docs = [(r.document.id, graph.to_quads(r, onto)) for r in generate(n_docs, onto)]
    n_quads = sum(len(q) for _, q in docs)
    print(f"generated {n_docs} documents, {n_quads:,} quads in {time.perf_counter() - t0:.1f} s")
    # rdflib terms are made before timing: the load compares the stores, not the term conversion
    rdf_docs = [(rdflib.URIRef(q[0].graph_name.value),
                 [(graph.to_rdflib(x.subject), graph.to_rdflib(x.predicate), graph.to_rdflib(x.object)) for x in q])
                for _, q in docs]
    onto_triples = list(rdflib.Graph().parse(onto.path, format="turtle"))

    with tempfile.TemporaryDirectory() as tmp:
        # kg build's path: one atomic replace per document (a transaction each)
        with Store(Path(tmp) / "per-document") as store:
            t0 = time.perf_counter()
            store.replace_ontology(onto.path)
            for doc_id, quads in docs:
                store.replace_document(doc_id, quads)
            store.flush()
            ox_replace = time.perf_counter() - t0
        # a bulk load of the same quads as terms (Oxigraph's bulk loader)
        with Store(Path(tmp) / "bulk") as bulk:
            t0 = time.perf_counter()
            bulk.replace_ontology(onto.path)
            bulk.db.bulk_extend(q for _, quads in docs for q in quads)
            bulk.flush()
            ox_load = time.perf_counter() - t0
            n_loaded = len(bulk)
            dump = Path(tmp) / "graph.nq"
            dump.write_bytes(bulk.dump("nq"))

        ds = rdflib.Dataset(default_union=True)
        t0 = time.perf_counter()
        onto_graph = ds.graph(rdflib.URIRef("https://w3id.org/kg/ontology"))
        ds.addN((s, p, o, onto_graph) for s, p, o in onto_triples)
        for name, triples in rdf_docs:
            g = ds.graph(name)
            ds.addN((s, p, o, g) for s, p, o in triples)
        rdf_load = time.perf_counter() - t0
        print(f"\nload {n_loaded:,} quads as terms: rdflib addN {rdf_load:.1f} s; "
              f"oxigraph bulk_extend {ox_load:.1f} s, ratio {rdf_load / ox_load:.1f}x; "
              f"oxigraph one replace per document (kg build) {ox_replace:.1f} s, ratio {rdf_load / ox_replace:.1f}x")
        # the same data from one N-Quads file, each store with its own parser; the queries run on kg's load
        t0 = time.perf_counter()
        with Store(Path(tmp) / "one-call") as one_call:
            one_call.db.bulk_load(path=str(dump), format=ox.RdfFormat.N_QUADS)
            one_call.flush()
        ox_one_call = time.perf_counter() - t0
        t0 = time.perf_counter()
        store = Store(Path(tmp) / "from-file")
        load_dump(store, dump)
        ox_file = time.perf_counter() - t0
        t0 = time.perf_counter()
        rdflib.Dataset().parse(str(dump), format="nquads")
        rdf_file = time.perf_counter() - t0
        print(f"load the N-Quads file ({dump.stat().st_size / 1e6:.0f} MB, {len(store):,} quads): rdflib parse "
              f"{rdf_file:.1f} s; kg.load.load_dump ({os.cpu_count()} bulk loaders) {ox_file:.1f} s, "
              f"ratio {rdf_file / ox_file:.1f}x (goal >= 5x); one bulk_load call {ox_one_call:.1f} s, "
              f"ratio {rdf_file / ox_one_call:.1f}x\n")
        if a.no_queries:
            store.close()
            return

        # Both stores are timed in this process, which now holds rdflib's million-quad Dataset: tens of
        # millions of Python objects that every full garbage collection would walk again, slowing
        # whichever query happens to trigger one (Oxigraph's p95 of a big answer doubled). Freezing them
        # takes them out of collection, for both stores' queries alike.
        gc.collect()
        gc.freeze()
        a_statement = store.select("SELECT ?s WHERE { GRAPH ?g { ?s a kg:Statement } } LIMIT 1")[0]["s"]
        header = f"{'query':18s} {'bindings':44s} {'rows':>5s} {'ox p50':>8s} {'ox p95':>8s} {'rdflib p50':>11s} {'ratio':>7s}"
        print(header)
        print("-" * len(header))
        ratios, p95s, results = [], [], {}
        for name, bindings in QUESTIONS:
            if name == "evidence":
                bindings = {"statement": a_statement}
            q = query.load_query(name)
            terms = query.bind(q, bindings)
            ox_times, result = timed(lambda: query.run(store, name, bindings), a.runs)
            rows = len(result)
            prepared = prepareQuery(for_rdflib(q.sparql, terms), initNs=PREFIXES)
            try:
                rdf_times, rdf_result = timed(capped(lambda: list(ds.query(prepared)), a.baseline_cap),
                                              a.baseline_runs)
                rdf_rows, bound = len(rdf_result), ""
            except TooSlow:
                rdf_times, rdf_rows, bound = [a.baseline_cap], rows, ">"
            ox50, ox95, rdf50 = (percentile(ox_times, 50), percentile(ox_times, 95), percentile(rdf_times, 50))
            ratios.append(rdf50 / ox50)
            p95s.append(ox95)
            results[(name, str(bindings))] = ox50
            shown = ", ".join(f"{k}={v}" for k, v in bindings.items())[:44]
            flag = "" if rdf_rows == rows else f"  (rdflib rows {rdf_rows})"
            print(f"{name:18s} {shown:44s} {rows:5d} {ox50 * 1000:6.1f}ms {ox95 * 1000:6.1f}ms "
                  f"{bound:>1s}{rdf50 * 1000:8.0f}ms {bound:>1s}{rdf50 / ox50:5.0f}x{flag}", flush=True)
        geo = statistics.geometric_mean(ratios)
        print(f"\nqueries (a stopped rdflib query counts at the cap): geometric mean ratio {geo:.0f}x, smallest {min(ratios):.0f}x (goal >= 20x); "
              f"oxigraph p95 worst {max(p95s) * 1000:.1f} ms (goal < 100 ms)")
        exact = results[("actor_relations", str({"actor": "A007", "relation": "imposesSanctions"}))]
        entailed = results[("actor_relations", str({"actor": "A007", "relation": "reducesRelations"}))]
        print(f"sub-relations: reducesRelations (with rdfs:subPropertyOf*) p50 {entailed * 1000:.1f} ms "
              f"vs imposesSanctions alone {exact * 1000:.1f} ms")
        store.close()


if __name__ == "__main__":
    main()
