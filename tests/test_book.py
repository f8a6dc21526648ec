"""The whole book builds with warnings as errors, every notebook executing without an error."""

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
JUPYTER_BOOK = Path(sys.executable).with_name("jupyter-book")


@pytest.fixture(scope="module")
def built_book() -> Path:
    result = subprocess.run(
        [str(JUPYTER_BOOK), "build", str(ROOT), "-W", "-n", "--keep-going"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout[-6000:] + result.stderr[-3000:]
    return ROOT / "_build" / "html"


@pytest.mark.book
def test_book_builds_with_warnings_as_errors(built_book):
    assert (built_book / "index.html").exists()


@pytest.mark.book
def test_every_chapter_is_rendered_with_its_glued_numbers(built_book):
    for notebook in sorted((ROOT / "book").glob("*.ipynb")):
        html = (built_book / "book" / f"{notebook.stem}.html").read_text(encoding="utf-8")
        assert "{glue:" not in html and "Traceback" not in html, notebook.name


@pytest.mark.book
def test_figures_are_embedded_with_alt_text(built_book):
    html = (built_book / "book" / "01_corpus.html").read_text(encoding="utf-8")
    assert 'alt="Two horizontal bar charts' in html
