"""A chapter runs outside the repository with the package installed from a built wheel (the Colab route).

On Colab a reader has a notebook and no clone. The chapter's first, hidden cell installs the package
when it is missing; here the wheel is built and installed into a folder of its own, the chapter is
copied to a directory outside the repository and executed there, and the kernel must import the
installed copy, not the working tree.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CHAPTER = ROOT / "book" / "03_tfidf.ipynb"

pytestmark = pytest.mark.book


def test_a_chapter_executes_outside_the_repository_from_the_wheel(tmp_path, monkeypatch):
    nbclient = pytest.importorskip("nbclient")
    import nbformat

    source, dist, site, work = tmp_path / "source", tmp_path / "dist", tmp_path / "site", tmp_path / "work"
    source.mkdir()
    for name in ("pyproject.toml", "README.md"):  # built from a copy, so the working tree gains no build/ folder
        shutil.copy(ROOT / name, source / name)
    shutil.copytree(ROOT / "analysis", source / "analysis", ignore=shutil.ignore_patterns("__pycache__"))
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            str(source),
            "--no-deps",
            "--no-build-isolation",
            "--quiet",
            "-w",
            str(dist),
        ],
        check=True,
        cwd=tmp_path,
    )
    wheel = next(dist.glob("afghan_peace_discourse-*.whl"))
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--target", str(site), str(wheel)], check=True
    )
    work.mkdir()
    notebook = nbformat.read(CHAPTER, as_version=4)
    notebook.cells.append(nbformat.v4.new_code_cell("import analysis\nprint(analysis.__file__)"))
    monkeypatch.setenv("PYTHONPATH", str(site))
    monkeypatch.setenv("ANALYSIS_CORPUS", str(ROOT / "seeds"))
    monkeypatch.setenv("MPLBACKEND", "agg")
    client = nbclient.NotebookClient(
        notebook, timeout=600, kernel_name="python3", resources={"metadata": {"path": str(work)}}
    )
    client.execute()
    printed = "".join(output.get("text", "") for output in notebook.cells[-1].outputs)
    assert printed.strip().startswith(str(site)), printed
    install_cell = next(cell for cell in notebook.cells if cell.cell_type == "code")
    assert 'find_spec("analysis")' in install_cell.source and install_cell.outputs == []
    assert not (work / "five-statements-book").exists()
