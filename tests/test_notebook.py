"""notebooks/explore.ipynb runs top to bottom (nbclient) on the sample batch and on synthetic tables."""

from __future__ import annotations

import os
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

from test_summary import extracted, write_outputs

REPO = Path(__file__).resolve().parents[1]
NOTEBOOK = REPO / "notebooks" / "explore.ipynb"
CELL_TIMEOUT = 300


def run_notebook(out_dir: Path) -> nbformat.NotebookNode:
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    previous = os.environ.get("SINMUN_OUT")
    os.environ["SINMUN_OUT"] = str(out_dir)  # the kernel inherits it
    try:
        NotebookClient(notebook, timeout=CELL_TIMEOUT, kernel_name="python3",
                       resources={"metadata": {"path": str(NOTEBOOK.parent)}}).execute()
    finally:
        if previous is None:
            os.environ.pop("SINMUN_OUT", None)
        else:
            os.environ["SINMUN_OUT"] = previous
    return notebook


def outputs_text(notebook: nbformat.NotebookNode) -> str:
    parts = []
    for cell in notebook.cells:
        for output in cell.get("outputs", []):
            parts.append(output.get("text", ""))
            parts.extend(str(v) for k, v in output.get("data", {}).items() if k in ("text/plain", "text/html"))
    return "\n".join(parts)


def test_notebook_is_stored_without_outputs():
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    nbformat.validate(notebook)
    code = [c for c in notebook.cells if c.cell_type == "code"]
    assert code and all(not c.outputs and c.execution_count is None for c in code)


def test_notebook_answers_which_firms_got_how_much(tmp_path):
    notebook = run_notebook(write_outputs(tmp_path / "out"))
    per_firm = next(c for c in notebook.cells if c.cell_type == "code" and c.source.startswith("krw = "))
    answer = outputs_text(nbformat.from_dict({"cells": [per_firm]}))
    # The synthetic batch: 한빛테크 (a company) gets 20억원 in the sentence that names it, and no more;
    # 중소벤처기업부 is a ministry, not a firm.
    assert "한빛테크" in answer and "2000000000" in answer and "중소벤처기업부" not in answer
    assert any(o.get("data", {}).get("application/vnd.plotly.v1+json")
               for c in notebook.cells for o in c.get("outputs", [])), "the chart cell drew no figure"


@pytest.fixture(scope="module")
def sample_outputs() -> Path:
    return extracted(REPO / "data" / "raw")


def test_notebook_runs_on_the_sample_batch(sample_outputs):
    notebook = run_notebook(sample_outputs)
    assert "rows" in outputs_text(notebook)  # the table counts of the first cell
