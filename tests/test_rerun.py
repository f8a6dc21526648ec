"""Every notebook runs top to bottom in a fresh kernel when started from the repository root.

The book build executes notebooks from ``book/``; this test runs them from the root, as a reader
who opens Jupyter at the top of the clone would.
"""

from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

ROOT = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.book


@pytest.mark.parametrize("path", sorted((ROOT / "book").glob("*.ipynb")), ids=lambda p: p.name)
def test_notebook_runs_from_the_repository_root(path):
    notebook = nbformat.read(path, as_version=4)
    NotebookClient(notebook, timeout=600, kernel_name="python3", resources={"metadata": {"path": str(ROOT)}}).execute()
    errors = [
        output for cell in notebook.cells for output in cell.get("outputs", []) if output.get("output_type") == "error"
    ]
    assert errors == []
