"""Shared fixtures: the project's corpus, loaded once, and a factory for small corpora on disk."""

from __future__ import annotations

from pathlib import Path

import pytest

from analysis.io.corpus import Corpus, load_corpus

PROJECT_ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def corpus() -> Corpus:
    """The five statements of ``seeds/``, cleaned."""
    return load_corpus(PROJECT_ROOT / "seeds")


@pytest.fixture
def make_corpus(tmp_path: Path):
    """Write ``{file name: text}`` (and an optional metadata CSV text) into a fresh folder."""

    def make(files: dict[str, str | bytes], metadata: str | None = None) -> Path:
        for name, content in files.items():
            path = tmp_path / name
            if isinstance(content, bytes):
                path.write_bytes(content)
            else:
                path.write_text(content, encoding="utf-8")
        if metadata is not None:
            (tmp_path / "metadata.csv").write_text(metadata, encoding="utf-8")
        return tmp_path

    return make


@pytest.fixture(scope="session")
def built_book() -> Path:
    """Build the book once per test session, as `make book` does, with warnings as errors."""
    import subprocess
    import sys

    from analysis.runtime.build_state import book_inputs, ensure_fresh

    ensure_fresh(PROJECT_ROOT / "_build", book_inputs())
    jupyter_book = Path(sys.executable).with_name("jupyter-book")
    result = subprocess.run(
        [str(jupyter_book), "build", str(PROJECT_ROOT), "-W", "-n", "--keep-going"],
        cwd=PROJECT_ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout[-6000:] + result.stderr[-3000:]
    return PROJECT_ROOT / "_build" / "html"
