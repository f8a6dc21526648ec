"""Under each chapter's title, a link to its tables as CSV (a zip) and to the cleaned corpus.

The files are written by :func:`analysis.book.downloads.write_downloads` into the HTML output's
``_downloads/data`` folder once the build has succeeded; the links are added to the pages while they
are resolved, so no chapter notebook has to carry them.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from docutils import nodes

DATA_DIR = Path("_downloads") / "data"


def add_download_links(app, doctree, docname: str) -> None:
    """Insert a paragraph with the download links after the first title of a chapter page."""
    from analysis.book.downloads import CHAPTER_MODULES, CORPUS_FILE, chapter_file

    if docname not in CHAPTER_MODULES or app.builder.format != "html":
        return
    up = "../" * docname.count("/")
    paragraph = nodes.paragraph(classes=["chapter-downloads"])
    paragraph += nodes.Text("Download the main tables of this chapter as CSV: ")
    paragraph += nodes.reference("", chapter_file(docname), refuri=f"{up}{DATA_DIR.as_posix()}/{chapter_file(docname)}")
    paragraph += nodes.Text(" (a zip); the cleaned corpus: ")
    paragraph += nodes.reference("", CORPUS_FILE, refuri=f"{up}{DATA_DIR.as_posix()}/{CORPUS_FILE}")
    paragraph += nodes.Text(".")
    section = next(iter(doctree.findall(nodes.section)), None)
    if section is not None and section.children and isinstance(section.children[0], nodes.title):
        section.insert(1, paragraph)


def write_data_files(app, exception) -> None:
    """Write the CSV files into the HTML output after a successful build."""
    if exception is not None or app.builder.format != "html":
        return
    from analysis.book.downloads import write_downloads
    from analysis.io.corpus import load_corpus

    write_downloads(load_corpus(), Path(app.outdir) / DATA_DIR)


def setup(app) -> dict[str, Any]:
    app.connect("doctree-resolved", add_download_links)
    app.connect("build-finished", write_data_files)
    return {"version": "1.0", "parallel_read_safe": True, "parallel_write_safe": True}
