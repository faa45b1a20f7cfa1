"""Calibrated confidence: the table lookup, its back-off, the fit, the fallback to priors and the shipped table."""
from __future__ import annotations

import json
from itertools import product

import pytest

from kg.extract import confidence
from kg.extract.statements import extract
from kg.model import MODALITIES

FEATURES = ["kind", "args", "rule", "modality"]
TABLE = {"features": FEATURES, "cells": {
    "event": {"n": 100, "right": 50, "p": 0.5},
    "event|named": {"n": 60, "right": 42, "p": 0.7},
    "event|named|verb": {"n": 40, "right": 32, "p": 0.8},
    "event|named|verb|hedged": {"n": 10, "right": 3, "p": 0.3},
}}


def feats(onto, rule="verb", modality="asserted", relation="opposes", sources=("gazetteer", "ner")):
    return confidence.features(rule, modality, onto.relation(relation), sources)


def test_lookup_takes_the_most_specific_cell_and_backs_off(onto):
    assert confidence.lookup(TABLE, feats(onto, modality="hedged")) == 0.3
    assert confidence.lookup(TABLE, feats(onto)) == 0.8  # no asserted cell: event|named|verb
    assert confidence.lookup(TABLE, feats(onto, rule="noun")) == 0.7
    assert confidence.lookup(TABLE, feats(onto, sources=("coref", "ner"))) == 0.5
    assert confidence.lookup(TABLE, feats(onto, relation="leaderOf")) is None  # no structural cell at all
    assert confidence.lookup(None, feats(onto)) is None


def test_features_tell_named_inferred_and_structural_apart(onto):
    assert feats(onto)["args"] == "named"
    assert feats(onto, sources=("generic", "ner"))["args"] == "inferred"
    assert feats(onto, sources=("office", "ner"))["args"] == "office"
    assert feats(onto, relation="leaderOf")["kind"] == "structural"
    assert feats(onto)["kind"] == "event"
    assert confidence.keys(TABLE, feats(onto)) == ["event|named|verb|asserted", "event|named|verb", "event|named", "event"]


def test_fit_orders_cells_by_observed_precision_and_stays_inside_0_1(onto):
    good, bad = feats(onto), feats(onto, sources=("coref", "ner"))
    samples = [(good, i < 9) for i in range(10)] + [(bad, i < 2) for i in range(10)] + [(bad, False)] * 2
    cells = confidence.fit(samples, FEATURES, min_n=5, strength=4)
    table = {"features": FEATURES, "cells": cells}
    assert cells["event"]["n"] == 22 and cells["event"]["right"] == 11
    p_good, p_bad = confidence.lookup(table, good), confidence.lookup(table, bad)
    assert p_bad < cells["event"]["p"] < p_good
    assert 0.9 > cells["event|named"]["p"] > cells["event"]["p"]  # shrunk from 9/10 towards the parent
    everything = confidence.fit([(good, True)] * 5000 + [(bad, False)] * 5000, FEATURES)
    assert all(0 < c["p"] < 1 for c in everything.values())
    sparse = confidence.fit([(good, True)] * 4 + [(bad, False)] * 6, FEATURES, min_n=5)
    assert "event|named" not in sparse and "event|inferred" in sparse  # too few samples: no cell, back off


def test_missing_or_switched_off_table_leaves_the_prior(onto, monkeypatch, tmp_path):
    monkeypatch.setenv("KG_CALIBRATION", str(tmp_path / "none.json"))
    assert confidence.score(feats(onto), 0.63) == 0.63
    monkeypatch.setenv("KG_CALIBRATION", "")
    assert confidence.score(feats(onto), 0.63) == 0.63
    path = tmp_path / "table.json"
    path.write_text(json.dumps(TABLE), encoding="utf-8")
    monkeypatch.setenv("KG_CALIBRATION", str(path))
    assert confidence.score(feats(onto), 0.63) == 0.8
    assert confidence.score(feats(onto, relation="leaderOf"), 0.85) == 0.85
    path.write_text(json.dumps({"cells": {}}), encoding="utf-8")
    confidence.load.cache_clear()
    with pytest.raises(ValueError, match="features"):
        confidence.score(feats(onto), 0.63)
    confidence.load.cache_clear()


def test_shipped_table_is_well_formed(onto):
    table = json.loads(confidence.TABLE.read_text(encoding="utf-8"))
    assert "PLOVER dev" in table["_comment"]
    assert set(table["features"]) <= set(feats(onto))
    allowed = {"kind": {"event", "structural"}, "args": {"named", "inferred", "office"}, "modality": set(MODALITIES)}
    assert table["cells"]
    for key, cell in table["cells"].items():
        parts = key.split("|")
        assert len(parts) <= len(table["features"])
        assert len(parts) == 1 or "|".join(parts[:-1]) in table["cells"], key  # every cell has its parent
        for name, value in zip(table["features"], parts):
            assert value in allowed.get(name, {value}), key
        assert 0 <= cell["right"] <= cell["n"] and 0 < cell["p"] < 1, key
    combos = product(("verb", "noun", "passive"), MODALITIES, ("opposes", "consults", "leaderOf"), (("ner", "ner"), ("coref", "ner")))
    for rule, mood, rel, src in combos:
        assert 0 < confidence.score(feats(onto, rule, mood, rel, src), 0.5) < 1


def test_extracted_statement_carries_the_table_value(build_doc, document, onto, gaz, monkeypatch, tmp_path):
    doc = build_doc([
        ("Russia", 1, "nsubj", "PROPN", "Russia", "State"), ("criticized", 1, "ROOT", "VERB", "criticize"),
        ("China", 1, "dobj", "PROPN", "China", "State"), (".", 1, "punct", "PUNCT", "."),
    ])
    path = tmp_path / "table.json"
    path.write_text(json.dumps(TABLE), encoding="utf-8")
    monkeypatch.setenv("KG_CALIBRATION", str(path))
    assert [s.confidence for s in extract(doc, document(doc), onto, gaz).statements] == [0.8]
    monkeypatch.setenv("KG_CALIBRATION", "")
    assert [s.confidence for s in extract(doc, document(doc), onto, gaz).statements] == [0.75]  # the verb rule's prior
