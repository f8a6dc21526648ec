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


#: The build of the book started when the session begins (see :func:`pytest_collection_modifyitems`).
_BOOK_BUILD: dict[str, object] = {}


@pytest.hookimpl(trylast=True)  # after ``-k`` and ``-m`` have left out what will not run
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Run the tests that read the built book last, and start the book's build now, in the background.

    The build executes one chapter at a time, so it leaves one of the two cores of a test machine
    idle; the other tests run meanwhile (the build at a lower priority, so timing tests keep their
    core). Nothing is built when no test collected reads the book.
    """
    reads_book = ["built_book" in item.fixturenames for item in items]
    items[:] = [item for item, last in zip(items, reads_book) if not last] + [
        item for item, last in zip(items, reads_book) if last
    ]
    if any(reads_book) and not config.option.collectonly and not hasattr(config, "workerinput"):
        _BOOK_BUILD.update(start_book_build())


def start_book_build() -> dict[str, object]:
    """Clear a stale build, as `make book` does, then start ``jupyter-book build`` with warnings as errors."""
    import os
    import subprocess
    import sys
    import tempfile

    from analysis.runtime import build_state

    build_state.main([str(PROJECT_ROOT / "_build")])
    jupyter_book = Path(sys.executable).with_name("jupyter-book")
    output = tempfile.TemporaryFile(mode="w+")  # a file, not a pipe: a long log never blocks the build
    process = subprocess.Popen(
        [str(jupyter_book), "build", str(PROJECT_ROOT), "-W", "-n", "--keep-going"],
        cwd=PROJECT_ROOT,
        stdout=output,
        stderr=subprocess.STDOUT,
        text=True,
        preexec_fn=lambda: os.nice(5),
    )
    return {"process": process, "output": output}


def pytest_unconfigure(config: pytest.Config) -> None:
    """Stop a background build that no test waited for (a session stopped early by ``-x``)."""
    process = _BOOK_BUILD.get("process")
    if process is not None and process.poll() is None:
        process.kill()
        process.wait()


@pytest.fixture(scope="session")
def built_book() -> Path:
    """The book built once per test session, as `make book` does, with warnings as errors.

    The build started with the session is waited for; without one (a worker of pytest-xdist), it starts now.
    """
    if not _BOOK_BUILD:
        _BOOK_BUILD.update(start_book_build())
    process, output = _BOOK_BUILD["process"], _BOOK_BUILD["output"]
    returncode = process.wait()
    output.seek(0)
    log = output.read()
    assert returncode == 0, log[-9000:]
    return PROJECT_ROOT / "_build" / "html"
