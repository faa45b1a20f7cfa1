"""The quick-start notebook runs top to bottom (its code cells, in order, in one namespace)."""
from __future__ import annotations

import json
from pathlib import Path

import matplotlib
import pytest

pytestmark = pytest.mark.model
NOTEBOOK = Path(__file__).resolve().parents[1] / "notebooks" / "01_quickstart.ipynb"


def test_quickstart_notebook_runs(real_nlp, monkeypatch):
    matplotlib.use("Agg")
    monkeypatch.chdir(NOTEBOOK.parent)
    cells = [c for c in json.loads(NOTEBOOK.read_text(encoding="utf-8"))["cells"] if c["cell_type"] == "code"]
    assert all(not c["outputs"] for c in cells), "notebooks are stored without outputs"
    namespace: dict = {}
    for cell in cells:
        exec(compile("".join(cell["source"]), str(NOTEBOOK), "exec"), namespace)  # noqa: S102 - our own notebook
    assert namespace["report"].documents == ("russia_north_korea",)
    assert namespace["G"].number_of_edges() > 10
