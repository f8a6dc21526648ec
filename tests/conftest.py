"""Shared fixtures: the project's corpus, loaded once, and a factory for small corpora on disk."""

from __future__ import annotations

from pathlib import Path

import pytest

from analysis.corpus import Corpus, load_corpus

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
