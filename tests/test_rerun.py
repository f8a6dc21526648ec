"""Every notebook runs top to bottom in a fresh kernel when started from the repository root.

The book build executes notebooks from ``book/``; this test runs them from the root, as a reader
who opens Jupyter at the top of the clone would. Each notebook has a kernel of its own; two run at
a time (the machines that run the tests have two cores), and each is reported as its own test.
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = sorted((ROOT / "book").glob("*.ipynb"))
#: How many notebooks execute at once.
AT_ONCE = 2

pytestmark = pytest.mark.book


def execution_errors(path: Path) -> list[str]:
    """Execute the notebook at ``path`` from the repository root; the errors it showed, or why it stopped."""
    notebook = nbformat.read(path, as_version=4)
    try:
        NotebookClient(
            notebook, timeout=600, kernel_name="python3", resources={"metadata": {"path": str(ROOT)}}
        ).execute()
    except Exception as error:  # a cell that raised stops the notebook: report it as the notebook's failure
        return [f"{type(error).__name__}: {error}"[:3000]]
    return [
        f"{output.get('ename')}: {output.get('evalue')}"
        for cell in notebook.cells
        for output in cell.get("outputs", [])
        if output.get("output_type") == "error"
    ]


@pytest.fixture(scope="module")
def reruns() -> dict[str, list[str]]:
    """Every notebook executed once from the root, :data:`AT_ONCE` at a time: its errors, by name."""
    with ThreadPoolExecutor(max_workers=AT_ONCE) as pool:
        return dict(zip((path.name for path in NOTEBOOKS), pool.map(execution_errors, NOTEBOOKS)))


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_notebook_runs_from_the_repository_root(reruns, path):
    assert reruns[path.name] == []
