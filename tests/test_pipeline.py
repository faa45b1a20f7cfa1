"""The build keeps going past bad documents: each is skipped with its reason, the rest are stored."""
from __future__ import annotations

import json

import pytest

from kg import pipeline
from kg.extract import statements
from kg.reader import clean
from kg.store import Store

pytestmark = pytest.mark.model


def _jsonl(path, records):
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def test_lone_surrogates_become_replacement_characters_one_for_one():
    assert clean("a\ud800b") == "a\ufffdb" and len(clean("a\udfffb")) == 3


def test_a_document_that_breaks_extraction_is_skipped_and_the_batch_goes_on(real_nlp, tmp_path, monkeypatch):
    real = statements.extract

    def flaky(doc, document, onto, gaz):
        if document.id == "bad":
            raise RuntimeError("boom")
        return real(doc, document, onto, gaz)

    monkeypatch.setattr(pipeline, "extract", flaky)
    src = _jsonl(tmp_path / "in.jsonl", [
        {"id": "good1", "text": "Russia condemned China."},
        {"id": "bad", "text": "Iran praised Syria."},
        {"id": "good2", "text": "The United States imposed sanctions on Iran.", "date": "2017-13-45"},
        {"id": "surrogate", "text": "Japan criticized \ud800 North Korea."},
    ])
    skipped: list[str] = []
    with Store(tmp_path / "store") as store:
        report = pipeline.build([src], store, on_skip=skipped.append)
        assert sorted(store.documents()) == ["good1", "good2", "surrogate"]
    assert report.documents == ("good1", "good2", "surrogate")
    assert len(skipped) == 1 and "in.jsonl:2" in skipped[0] and "boom" in skipped[0]


def test_a_document_over_the_length_limit_is_skipped_with_a_reason(real_nlp, tmp_path, monkeypatch):
    monkeypatch.setattr(real_nlp, "max_length", 50)
    src = _jsonl(tmp_path / "in.jsonl", [{"id": "short", "text": "Russia condemned China."},
                                         {"id": "long", "text": "Russia condemned China. " * 10}])
    skipped: list[str] = []
    with Store(tmp_path / "store") as store:
        pipeline.build([src], store, on_skip=skipped.append)
        assert store.documents() == ["short"]
    assert len(skipped) == 1 and "limit 50" in skipped[0]


def test_a_jsonl_record_s_publisher_is_kept_on_the_document(tmp_path):
    from kg import reader
    src = _jsonl(tmp_path / "in.jsonl", [
        {"id": "a", "text": "We condemn the attack.", "source": "CENTCOM"},
        {"id": "b", "text": "Russia condemned China.", "publisher": "Reuters", "source": "ignored when a publisher is given"},
        {"id": "c", "text": "Russia condemned China."},
    ])
    docs = [d for d in reader.read([src]) if not isinstance(d, Exception)]
    assert [d.publisher for d in docs] == ["CENTCOM", "Reuters", None]
