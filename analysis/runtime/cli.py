"""The command line: ``python -m analysis run --corpus DIR --out DIR`` writes every table as CSV.

Each analytical module that produces tables for the book offers ``export_tables(corpus)``,
returning ``{name: DataFrame}``; the command line writes each as ``NAME.csv``. Adding a chapter's
tables to the export means adding its module to :data:`EXPORTING_MODULES`.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Sequence

import pandas as pd

from analysis.io.corpus import TABLE_SUFFIXES, CorpusError, list_text_files, resolve_corpus_dir
from analysis.runtime.pipeline import run_stages, write_table  # noqa: F401  (write_table: part of the CLI's API)

#: Modules whose ``export_tables(corpus)`` the ``run`` command calls, in this order.
EXPORTING_MODULES = [
    "analysis.book.tables",
    "analysis.methods.stance",
    "analysis.methods.frequency",
    "analysis.methods.keyness",
    "analysis.methods.tfidf",
    "analysis.methods.similarity",
    "analysis.methods.verbs",
    "analysis.methods.markers",
    "analysis.methods.sentiment",
    "analysis.text.voice",
    "analysis.methods.term_choices",
]

#: From how many documents on the command line shows a progress bar.
PROGRESS_FROM = 50
#: From how many documents ``--jobs auto`` cleans on every core (below it, processes cost more than they save).
PARALLEL_FROM = 500


def estimated_size(source: Path) -> int:
    """How many documents a corpus holds, cheaply: files in a folder; for a table, a large number."""
    if source.suffix in TABLE_SUFFIXES and source.is_file():
        return PARALLEL_FROM if source.stat().st_size > 5_000_000 else PROGRESS_FROM
    return len(list_text_files(source)) if source.is_dir() else 0


def export_all(
    corpus_dir: str | Path, out_dir: str | Path, progress: bool | None = None, n_jobs: int | None = None
) -> list[Path]:
    """Load the corpus, compute every table and write each as CSV; return the files written.

    ``progress`` and ``n_jobs`` default to what the corpus size calls for (a bar from
    :data:`PROGRESS_FROM` documents, every core from :data:`PARALLEL_FROM`).
    """
    source = resolve_corpus_dir(corpus_dir)
    if not source.exists():
        raise CorpusError(f"{source}: corpus {'file' if source.suffix in TABLE_SUFFIXES else 'folder'} does not exist")
    size = estimated_size(source)
    if progress is None:
        progress = size >= PROGRESS_FROM
    if n_jobs is None:
        n_jobs = (os.cpu_count() or 1) if size >= PARALLEL_FROM else 1
    out = Path(out_dir)
    if out.resolve() == source.resolve():
        raise CorpusError(f"{out}: the output folder must not be the corpus folder (it is never written to)")
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise CorpusError(f"{out}: cannot create the output folder ({error.strerror})") from None
    return run_stages(source, out, n_jobs=n_jobs, progress=progress, modules=EXPORTING_MODULES).written


def build_parser() -> argparse.ArgumentParser:
    """The argument parser, with a help text that says what each option is for."""
    parser = argparse.ArgumentParser(
        prog="python -m analysis",
        description="Comparative discourse analysis of statements: export every table of the book as CSV.",
    )
    commands = parser.add_subparsers(dest="command", required=True)
    run = commands.add_parser(
        "run",
        help="analyse a folder of statements and write every table as CSV",
        description=(
            "Analyse a folder of UTF-8 .txt statements (with an optional metadata.csv: doc_id, file, "
            "title, actor, actor_type, genre, date, date_note, source), or one CSV or JSONL file with a "
            "'text' column and the same optional metadata columns, and write each table of the book as "
            "a CSV file in the output folder. The corpus is only read."
        ),
    )
    run.add_argument(
        "--corpus",
        default="seeds",
        metavar="PATH",
        help="folder of .txt files, or a .csv/.jsonl file with a 'text' column (default: seeds)",
    )
    run.add_argument("--out", required=True, metavar="DIR", help="folder for the CSV files (created if missing)")
    run.add_argument("--jobs", type=int, default=None, metavar="N", help="processes for cleaning (default: by corpus size)")
    run.add_argument("--quiet", action="store_true", help="print nothing but errors and no progress bar")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status (0 ok, 1 bad input, 2 bad usage)."""
    args = build_parser().parse_args(argv)
    try:
        written = export_all(args.corpus, args.out, progress=False if args.quiet else None, n_jobs=args.jobs)
    except CorpusError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    if not args.quiet:
        print(f"wrote {len(written)} tables to {args.out}: {', '.join(path.name for path in written)}")
    return 0
