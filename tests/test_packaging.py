"""The built wheel runs on its own: it carries the ontology, data, queries and view files it reads."""
from __future__ import annotations

import json
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from kg import resources

ROOT = Path(__file__).resolve().parents[1]


def test_checkout_reads_its_own_folders():
    assert resources.ONTOLOGY == ROOT / "ontology" and resources.DATA == ROOT / "data"


def test_installed_copy_wins_over_the_checkout(tmp_path, monkeypatch):
    (tmp_path / "kg" / "_data").mkdir(parents=True)
    (tmp_path / "data").mkdir()
    monkeypatch.setattr(resources, "_HERE", tmp_path / "kg")
    assert resources.folder("data") == tmp_path / "kg" / "_data"
    with pytest.raises(FileNotFoundError, match="ontology"):
        resources.folder("ontology")


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", str(ROOT), "-w", str(out)],
                   check=True, capture_output=True, text=True, timeout=600)
    return next(out.glob("kg-*.whl"))


def test_wheel_holds_every_file_the_code_reads(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    wanted = {f"kg/_ontology/{p.name}" for p in (ROOT / "ontology").glob("*.ttl")}
    wanted |= {f"kg/_data/{p.relative_to(ROOT / 'data')}" for p in (ROOT / "data").glob("*/*.json*")
               if p.parent.name in {"gazetteer", "lexicon"}}
    wanted |= {f"kg/queries/{p.name}" for p in (ROOT / "kg" / "queries").glob("*.rq")}
    wanted |= {"kg/_data/calibration.json", "kg/_data/ner_labels.json", "kg/static/view.js"}
    assert wanted - names == set()


@pytest.mark.model
def test_installed_wheel_builds_a_graph_outside_the_checkout(wheel, tmp_path):
    target = tmp_path / "site"
    subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--target", str(target), str(wheel)],
                   check=True, capture_output=True, text=True, timeout=600)
    text = tmp_path / "note.txt"
    text.write_text("Russia boosted its trade with North Korea, the Kremlin said.\n", encoding="utf-8")
    env = {"PYTHONPATH": str(target), "PATH": "/usr/bin:/bin"}
    run = lambda *args: subprocess.run([sys.executable, "-m", "kg.cli", *args], cwd=tmp_path, env=env,
                                       check=True, capture_output=True, text=True, timeout=600).stdout
    where = subprocess.run([sys.executable, "-c", "import kg.resources as r; print(r.DATA)"], cwd=tmp_path, env=env,
                           check=True, capture_output=True, text=True).stdout.strip()
    assert Path(where) == target / "kg" / "_data"
    run("build", str(text), "--store", str(tmp_path / "store"))
    records = [json.loads(line) for line in run("export", "--store", str(tmp_path / "store"), "--format", "jsonl").splitlines()]
    assert {(r["subject_label"], r["relation"], r["object_label"]) for r in records if r["record"] == "relation"} \
        >= {("Russia", "tradesWith", "North Korea")}
