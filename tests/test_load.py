"""Loading a dump with the bulk loader: line-cut pieces on several threads give the same graph as the dump."""
from __future__ import annotations

import pytest

import sample_graph
from kg import ontology
from kg.errors import StoreError, UnknownNameError
from kg.load import line_chunks, load_dump
from kg.store import Store


def test_line_chunks_cut_only_at_line_ends_and_lose_nothing() -> None:
    data = b"".join(b"<http://a/%d> <http://p> \"%d\" .\n" % (i, i * 7) for i in range(50))
    for parts in (1, 2, 3, 7, 200):
        pieces = [bytes(p) for p in line_chunks(data, parts)]
        assert b"".join(pieces) == data and len(pieces) <= parts
        assert all(p.endswith(b"\n") for p in pieces)
    assert [bytes(p) for p in line_chunks(b"no line end", 4)] == [b"no line end"]
    assert line_chunks(b"", 3) == []


def test_a_dump_loaded_on_several_threads_is_the_same_graph(tmp_path) -> None:
    with Store(tmp_path / "built") as built:
        sample_graph.build(built, ontology.load())
        dump = tmp_path / "graph.nq"
        dump.write_bytes(built.dump("nq"))
        quads = set(built.db)
    with Store(tmp_path / "loaded") as loaded:
        assert load_dump(loaded, dump, threads=3) == len(quads)
        assert set(loaded.db) == quads
        assert loaded.documents() == ["d1", "d2", "d3"]


def test_blank_nodes_keep_their_identity_across_the_file(tmp_path) -> None:
    lines = [b"<http://a/%d> <http://p> _:shared <http://g> .\n" % i for i in range(20)]
    dump = tmp_path / "blank.nq"
    dump.write_bytes(b"".join(lines) + b"_:shared <http://q> \"v\" <http://g> .\n")
    with Store(tmp_path / "s") as store:
        load_dump(store, dump, threads=4)
        rows = store.select("SELECT ?a WHERE { GRAPH ?g { ?a <http://p> ?b . ?b <http://q> \"v\" } }")
        assert len(rows) == 20  # one blank node, not one per piece of the file


def test_unknown_format_missing_file_and_read_only_store_are_errors(tmp_path) -> None:
    with Store(tmp_path / "s") as store:
        with pytest.raises(UnknownNameError, match="dump format 'xml'"):
            load_dump(store, tmp_path / "graph.xml")
        with pytest.raises(StoreError, match="cannot read"):
            load_dump(store, tmp_path / "missing.nq")
        bad = tmp_path / "bad.nq"
        bad.write_bytes(b"<http://a> <http://p> .\n")
        with pytest.raises(StoreError, match="cannot load"):
            load_dump(store, bad)
    (tmp_path / "graph.nq").write_bytes(b"")
    reader = Store.read_only(tmp_path / "s")
    with pytest.raises(StoreError, match="read-only"):
        load_dump(reader, tmp_path / "graph.nq")
