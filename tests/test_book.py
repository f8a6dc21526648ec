"""The whole book builds with warnings as errors, every notebook executing without an error."""

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.book


def test_book_builds_with_warnings_as_errors(built_book):
    assert (built_book / "index.html").exists()


def test_every_notebook_executes_in_a_fresh_kernel_in_an_empty_folder():
    """The build runs each notebook in a temporary folder of its own, so none can lean on the folder it starts in.

    A reader may open Jupyter at the clone's root, in ``book/`` or (the wheel) outside the repository;
    a notebook that runs from an empty folder runs from any of them, and the build proves it for every
    notebook without executing the book a second time.
    """
    import yaml

    for config in (ROOT / "_config.yml", ROOT / "report" / "_config.yml"):
        execute = yaml.safe_load(config.read_text(encoding="utf-8"))["execute"]
        assert execute["run_in_temp"] is True and execute["allow_errors"] is False, config


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


def heading_levels(html: str) -> list[int]:
    """Levels of the headings in the article body of a rendered page, in order."""
    from html.parser import HTMLParser

    class Headings(HTMLParser):
        def __init__(self):
            super().__init__()
            self.levels, self.in_article = [], False

        def handle_starttag(self, tag, attrs):
            if tag == "article":
                self.in_article = True
            elif self.in_article and len(tag) == 2 and tag[0] == "h" and tag[1].isdigit():
                self.levels.append(int(tag[1]))

        def handle_endtag(self, tag):
            if tag == "article":
                self.in_article = False

    parser = Headings()
    parser.feed(html)
    return parser.levels


def test_headings_are_in_order_on_every_page(built_book):
    for page in sorted((built_book / "book").glob("*.html")):
        levels = heading_levels(page.read_text(encoding="utf-8"))
        assert levels and levels[0] == 1, page.name
        for before, after in zip(levels, levels[1:]):
            assert after <= before + 1, f"{page.name}: heading level jumps from h{before} to h{after}"
