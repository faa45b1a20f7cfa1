"""Tokens per second of a full ``kg build`` against bare ``nlp.pipe`` of the same model, in one run.

Usage: python benchmarks/throughput.py [--repeat N] [--model NAME] [INPUT ...]
Prints both rates and their ratio (goal: build / bare ≥ 0.8). The corpus is the sample corpus
(or the given inputs) repeated N times under distinct document ids; the two are timed in
alternating rounds and each keeps its best round.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

import spacy

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kg import graph, nlp, ontology, reader  # noqa: E402
from kg.model import Document  # noqa: E402
from kg.pipeline import analyse  # noqa: E402
from kg.store import Store  # noqa: E402


def corpus(inputs: list[str], repeat: int) -> list[Document]:
    docs = [d for d in reader.read(inputs) if isinstance(d, Document)]
    return [replace(d, id=f"{d.id}-{i}") for i in range(repeat) for d in docs]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("inputs", nargs="*", default=[str(ROOT / "data" / "corpus")])
    ap.add_argument("--repeat", type=int, default=20)
    ap.add_argument("--model")
    ap.add_argument("--rounds", type=int, default=3, help="alternating timed rounds; the best of each is reported")
    a = ap.parse_args()
    docs = corpus(a.inputs, a.repeat)
    name = nlp.resolve_model(a.model)
    bare = spacy.load(name)
    nlp.load(a.model)  # warm both pipelines and the lexicons before timing
    onto = ontology.load()
    list(bare.pipe(d.text for d in docs[:2]))

    def run_bare() -> tuple[float, int]:
        t0 = time.perf_counter()
        n = sum(len(doc) for doc in bare.pipe((d.text for d in docs), batch_size=32))
        return time.perf_counter() - t0, n

    def run_build() -> tuple[float, int]:
        with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "store") as store:
            t0 = time.perf_counter()
            for result in analyse(docs, a.model):
                store.replace_document(result.document.id, graph.to_quads(result, onto))
            return time.perf_counter() - t0, len(store)

    # alternate the two and keep each one's best time, so drift in machine speed hits both alike
    bare_times, build_times = [], []
    for _ in range(a.rounds):
        seconds, tokens = run_bare()
        bare_times.append(seconds)
        seconds, quads = run_build()
        build_times.append(seconds)
    bare_s, build_s = min(bare_times), min(build_times)

    bare_rate, build_rate = tokens / bare_s, tokens / build_s
    print(f"model {name}; {len(docs)} documents, {tokens} tokens; store {quads} quads")
    print(f"bare nlp.pipe : {bare_rate:10.0f} tokens/s  ({bare_s:.2f} s)")
    print(f"kg build      : {build_rate:10.0f} tokens/s  ({build_s:.2f} s)")
    print(f"ratio build/bare = {build_rate / bare_rate:.2f}  (goal >= 0.80)")


if __name__ == "__main__":
    main()
