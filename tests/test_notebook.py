"""The walkthrough notebook runs top to bottom in a fresh Jupyter kernel, and shows tables and SVG."""
from __future__ import annotations

from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

pytestmark = pytest.mark.model
NOTEBOOK = Path(__file__).resolve().parents[1] / "notebooks" / "01_walkthrough.ipynb"


def test_walkthrough_notebook_runs_in_a_clean_kernel(tmp_path):
    nb = nbformat.read(NOTEBOOK, as_version=4)
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert all(not c.outputs and c.execution_count is None for c in code), "notebooks are stored without outputs"
    NotebookClient(nb, timeout=120, kernel_name="python3", resources={"metadata": {"path": str(NOTEBOOK.parent)}},
                   allow_errors=False).execute()
    outputs = [o for c in code for o in c.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    data = [o.get("data", {}) for o in outputs]
    assert "'russia_north_korea'" in data[0]["text/plain"] and "'rk-2024-11'" in data[0]["text/plain"]
    assert any("<table>" in d.get("text/html", "") and "Vladimir Putin" in d["text/html"] for d in data)  # Rows
    assert any("<svg" in d.get("image/svg+xml", "") for d in data)  # the ego network
    assert any("betweenness" in d.get("text/html", "") for d in data)  # centrality from kg.analytics
    assert any("community" in d.get("text/html", "") for d in data)  # blocs
    assert sum("image/png" in d for d in data) >= 3  # network, conflict ego network, timeline
    assert "graph.html" in data[-1]["text/plain"]
