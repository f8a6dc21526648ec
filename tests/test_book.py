"""The whole book builds with warnings as errors, every notebook executing without an error."""

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.book


def test_book_builds_with_warnings_as_errors(built_book):
    assert (built_book / "index.html").exists()


def test_every_page_is_rendered_with_its_glued_numbers(built_book):
    for page in [*sorted((ROOT / "book").glob("*.ipynb")), *sorted((ROOT / "book").glob("*.md"))]:
        html = (built_book / "book" / f"{page.stem}.html").read_text(encoding="utf-8")
        assert "{glue:" not in html and "Traceback" not in html, page.name


def test_figures_are_embedded_with_alt_text(built_book):
    html = (built_book / "book" / "01_corpus.html").read_text(encoding="utf-8")
    assert 'alt="Two horizontal bar charts' in html


def test_execution_report_lists_every_notebook(built_book):
    html = (built_book / "book" / "status.html").read_text(encoding="utf-8")
    for notebook in sorted((ROOT / "book").glob("*.ipynb")):
        assert f"book/{notebook.stem}" in html, notebook.name
    assert "scikit-learn" in html
