"""Fit ``data/calibration.json`` on PLOVER ``dev`` and print the reliability table, dev and test, before and after.

Usage: python benchmarks/calibrate.py [--check] [--min-n N] [--strength M]

The real pipeline builds the PLOVER sentences (statements keep their rule priors: the
current table is switched off), stores them and exports JSON Lines; the referee in
``$EVAL`` (default ``../shared/eval``) maps each exported relation's ends to gold actors.
A statement is right when the referee's typed match holds for it (its two actors and its
CAMEO root are those of a gold event). ``--check`` prints the tables for the shipped
calibration without writing it.

Which statements are labelled: PLOVER codes one event per sentence between the actors it
names, so only event statements with at least one end on a gold actor and the two ends on
different actors are judged. Structural relations (leaderOf from "President X"), relations
among actors the gold does not name, and relations inside one gold actor ("Chinese President
Xi") are true or false outside what the gold says; they are left out and counted.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import os
import sys
from collections import Counter
from collections.abc import Mapping
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kg import export, graph, ontology, reader  # noqa: E402
from kg.extract import confidence  # noqa: E402
from kg.pipeline import analyse  # noqa: E402
from kg.store import Store  # noqa: E402

BINS = (0.0, 0.3, 0.5, 0.7, 0.9, 1.0)
FEATURES = ["kind", "args", "rule", "modality"]  # backs off from the right


def referee(path: Path):
    """The scorer module, loaded by path (it is not a package)."""
    spec = importlib.util.spec_from_file_location("score", path / "score.py")
    if spec is None or spec.loader is None or not (path / "score.py").is_file():
        raise SystemExit(f"{path}/score.py: no referee there (set EVAL)")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def build(gold: Path, work: Path) -> tuple[Path, dict[tuple, dict[str, str]]]:
    """Build and export the PLOVER sentences; the export's path and each statement's features by its spans."""
    work.mkdir(parents=True, exist_ok=True)
    inputs = work / "plover.jsonl"
    records = json.loads(gold.read_text(encoding="utf-8"))[1:]
    inputs.write_text("".join(json.dumps({"id": r["id"], "text": r["text"]}) + "\n" for r in records), encoding="utf-8")
    onto, store = ontology.load(), Store()
    feats: dict[tuple, dict[str, str]] = {}
    for result in analyse(d for d in reader.read([inputs]) if not isinstance(d, Exception)):
        store.replace_document(result.document.id, graph.to_quads(result, onto))
        source = {(e.id, m.span): m.source for e in result.entities for m in e.mentions}
        for st in result.statements:
            srcs = (source[(st.subject, st.subject_span)], source[(st.object, st.object_span)])
            key = (st.doc_id, st.relation, tuple(st.trigger_span), tuple(st.subject_span), tuple(st.object_span))
            feats[key] = confidence.features(st.extractor, st.modality, onto.relation(st.relation), srcs)
    pred = work / "pred.jsonl"
    pred.write_bytes(export.write_jsonl(store, onto))
    return pred, feats


def judge(sc, gold: Path, pred_path: Path, feats: Mapping[tuple, dict[str, str]]) -> tuple[list[dict], Counter]:
    """One sample per judged statement (features, prior, right, split, what was wrong) and the counts left out."""
    pred = sc.Pred(pred_path)
    out, left_out = [], Counter()
    for split in ("dev", "test"):
        for g in sc.parse_plover(gold, split):
            for rel in pred.rels.get(sc.doc_key(g.doc), []):
                f = feats[(rel["doc"], rel["relation"], *(tuple(rel[f"{k}_span"]) for k in ("trigger", "subject", "object")))]
                root = sc.root_of(rel)
                s = sc.match_entity(pred.ent(rel["subject"], rel["subject_label"]), g, [rel["subject_span"]])
                o = sc.match_entity(pred.ent(rel["object"], rel["object_label"]), g, [rel["object_span"]])
                why = ("structural" if f["kind"] == "structural" else "not scored" if root is None or root in sc.IGNORED_ROOTS
                       else "no gold actor" if s is None and o is None else "one gold actor" if s == o else None)
                if why:
                    left_out[why] += 1
                    continue
                # the referee's typed test for one prediction (score_actor judges whole sets, so it is restated here)
                fwd = [gr for gr in g.relations if (s, o) == (gr["s"], gr["o"])]
                rev = [gr for gr in g.relations if (s, o) == (gr["o"], gr["s"]) and (gr["undirected"] or gr["r"] <= sc.SYMMETRIC)]
                right = any(root in gr["r"] for gr in fwd + rev)
                wrong = None if right else "type" if fwd or rev else "direction" if any(
                    (o, s) == (gr["s"], gr["o"]) for gr in g.relations) else "actor"
                out.append({"feats": f, "prior": float(rel["confidence"]), "right": right, "split": split, "wrong": wrong,
                            "text": f"{rel['subject_label']} -{rel['relation']}({rel['trigger']})-> {rel['object_label']}"})
    return out, left_out


def reliability(pairs: list[tuple[float, bool]]) -> tuple[list[str], float]:
    """Rows of the reliability table for (confidence, right) pairs, and the expected calibration error."""
    lines, ece = [], 0.0
    for lo, hi in zip(BINS, BINS[1:]):
        inside = [(c, r) for c, r in pairs if lo <= c < hi or (hi == 1.0 and c == 1.0)]
        if not inside:
            lines.append(f"| {lo:.1f}–{hi:.1f} | 0 | | | |")
            continue
        mean = sum(c for c, _ in inside) / len(inside)
        prec = sum(r for _, r in inside) / len(inside)
        ece += len(inside) / len(pairs) * abs(mean - prec)
        lines.append(f"| {lo:.1f}–{hi:.1f} | {len(inside)} | {mean:.2f} | {prec:.2f} | {mean - prec:+.2f} |")
    return lines, ece


def report(rows: list[dict], table: Mapping) -> None:
    for split in ("dev", "test"):
        part = [r for r in rows if r["split"] == split]
        for name, conf in (("before (rule priors)", lambda r: r["prior"]),
                           ("after (calibrated)", lambda r: confidence.lookup(table, r["feats"]) or r["prior"])):
            lines, ece = reliability([(conf(r), r["right"]) for r in part])
            print(f"\nPLOVER {split}, {name}: {len(part)} statements, precision {sum(r['right'] for r in part) / max(1, len(part)):.2f}, ECE {ece:.3f}")
            print("| confidence | n | mean conf | precision | gap |\n|---|---|---|---|---|")
            print("\n".join(lines))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--check", action="store_true", help="print the tables for the shipped table; write nothing")
    ap.add_argument("--min-n", type=int, default=5, help="fewest dev samples a cell needs (else it backs off)")
    ap.add_argument("--strength", type=float, default=4.0, help="samples' worth of weight of the parent cell's precision")
    ap.add_argument("--out", type=Path, default=confidence.TABLE)
    ap.add_argument("--wrong", action="store_true", help="also list every statement judged wrong, dev and test")
    a = ap.parse_args()
    os.environ["KG_CALIBRATION"] = ""  # statements keep their priors; "after" is looked up below
    sc = referee(Path(os.environ.get("EVAL", ROOT.parent / "shared" / "eval")))
    gold = Path(sc.__file__).parent / "plover" / "PLOVER_GSR_CAMEO.json"
    rows, left_out = judge(sc, gold, *build(gold, ROOT / "out" / "calibrate"))
    print(f"judged {len(rows)} statements; left out: {dict(sorted(left_out.items()))}")
    if a.check:
        table = confidence.load(str(a.out))
        if table is None:
            raise SystemExit(f"{a.out}: no calibration table; run without --check to fit one")
    else:
        table = {
            "_comment": (f"Read by kg/extract/confidence.py: the observed precision of statements by feature, fitted by benchmarks/calibrate.py on PLOVER dev "
                         f"(records with zlib.crc32(id) % 2 == 0) labelled by the referee's typed match. Keys join the "
                         f"features in order; the lookup drops features from the right until a cell exists. Cells need "
                         f"{a.min_n} samples; each cell's precision is shrunk towards its parent's with a Beta prior worth "
                         f"{a.strength:g} samples (the top cell towards 0.5 with Beta(1,1)). Structural relations are not "
                         f"judged on PLOVER and keep their rule priors."),
            "features": FEATURES, "fitted_on": "PLOVER dev",
            "cells": confidence.fit(((r["feats"], r["right"]) for r in rows if r["split"] == "dev"), FEATURES, a.min_n, a.strength),
        }
    print("\ncells (key: dev samples, right, calibrated precision)")
    for key, c in table["cells"].items():
        print(f"  {key:50s} n={c['n']:4d} right={c['right']:4d} p={c['p']:.3f}")
    report(rows, table)
    causes = Counter((r["wrong"], r["feats"]["args"], r["feats"]["rule"], r["feats"]["modality"]) for r in rows if r["wrong"])
    print("\nwrong statements, dev and test (actor: an end is not one of the gold event's actors; direction: reversed; type: right actors, wrong CAMEO root)")
    for (wrong, args, rule, mood), n in causes.most_common():
        print(f"  {n:3d} {wrong:9s} {args:8s} {rule:18s} {mood}")
    for r in rows if a.wrong else ():
        if r["wrong"]:
            print(f"  {r['split']:4s} {r['wrong']:9s} {r['feats']['args']:8s} {r['text']}")
    if not a.check:
        a.out.write_text(json.dumps(table, indent=1) + "\n", encoding="utf-8")
        print(f"\nwrote {a.out}")


if __name__ == "__main__":
    main()
