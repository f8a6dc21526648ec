"""Each chapter's tables, and the cleaned corpus, as CSV files a reader can download from the page.

The book builds them from the corpus it analyses (``write_downloads``) and links them under each
chapter's title (``book/_ext/downloads.py``): one zip of CSV files per chapter, written by the same
``export_tables`` functions as ``python -m analysis run``, and the cleaned corpus as one CSV.
"""

from __future__ import annotations

import importlib
import io
import zipfile
from pathlib import Path

from analysis.io.corpus import Corpus

#: The page of each chapter and the modules whose tables it shows.
CHAPTER_MODULES: dict[str, list[str]] = {
    "book/01_corpus": ["analysis.book.tables", "analysis.text.voice"],
    "book/02_words": ["analysis.methods.frequency", "analysis.methods.keyness"],
    "book/03_tfidf": ["analysis.methods.tfidf", "analysis.methods.similarity", "analysis.methods.term_choices"],
    "book/04_stance": [
        "analysis.methods.stance",
        "analysis.methods.verbs",
        "analysis.methods.markers",
        "analysis.methods.sentiment",
    ],
    "book/05_actors": ["analysis.methods.actors", "analysis.methods.agency", "analysis.methods.intertext"],
    "book/05_synthesis": ["analysis.methods.synthesis"],
}
#: The cleaned corpus: one row per statement, its metadata and cleaned text.
CORPUS_FILE = "cleaned_corpus.csv"
CORPUS_COLUMNS = ["doc_id", "title", "actor", "actor_type", "genre", "date", "source", "n_words", "n_sentences", "text"]


def chapter_file(docname: str) -> str:
    """The name of a chapter's zip of tables: ``book/02_words`` → ``02_words_tables.zip``."""
    return f"{docname.rsplit('/', 1)[-1]}_tables.zip"


def chapter_tables(corpus: Corpus, docname: str) -> dict[str, object]:
    """Every table a chapter's modules export, by file name (``keyness.csv``, ...)."""
    tables = {}
    for module_name in CHAPTER_MODULES[docname]:
        module = importlib.import_module(module_name)
        tables.update({f"{name}.csv": table for name, table in module.export_tables(corpus).items()})
    return tables


def write_downloads(corpus: Corpus, out_dir: Path) -> list[Path]:
    """Write the cleaned corpus and one zip of CSV tables per chapter into ``out_dir``; return the files."""
    out_dir.mkdir(parents=True, exist_ok=True)
    written = [out_dir / CORPUS_FILE]
    corpus.documents[CORPUS_COLUMNS].to_csv(written[0], index=False)
    for docname in CHAPTER_MODULES:
        path = out_dir / chapter_file(docname)
        with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            for name, table in chapter_tables(corpus, docname).items():
                buffer = io.StringIO()
                table.to_csv(buffer, index=False)
                archive.writestr(zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0)), buffer.getvalue())
        written.append(path)
    return written
