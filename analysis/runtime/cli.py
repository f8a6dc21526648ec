"""The command line: ``python -m analysis run --corpus DIR --out DIR`` writes every table as CSV.

Each analytical module that produces tables for the book offers ``export_tables(corpus)``,
returning ``{name: DataFrame}``; the command line writes each as ``NAME.csv``. Adding a chapter's
tables to the export means adding its module to :data:`EXPORTING_MODULES`.

A run never misleads: the tables reach ``--out`` all together, with a manifest, or not at all
(:mod:`analysis.io.export`); bad input, a bad ``--out``, Ctrl-C and SIGTERM each end it with one
line on standard error, and SIGTERM stops its worker processes too.
"""

from __future__ import annotations

import argparse
import logging
import os
import signal
import sys
import threading
import warnings
from collections.abc import Sequence
from pathlib import Path

from analysis.io.corpus import CORPUS_ENV, TABLE_SUFFIXES, CorpusError, list_text_files, resolve_corpus_dir
from analysis.io.export import MANIFEST, staged_output
from analysis.io.sources import CorpusWarning
from analysis.runtime.jobs import processes_for
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
    "analysis.methods.actors",
    "analysis.methods.agency",
    "analysis.methods.intertext",
    "analysis.text.voice",
    "analysis.methods.own_voice",
    "analysis.methods.term_choices",
]

#: From how many documents on the command line shows a progress bar.
PROGRESS_FROM = 50
#: From how many documents ``--jobs auto`` cleans on every core (below it, processes cost more than they save).
PARALLEL_FROM = 500


def estimated_size(source: Path) -> int:
    """How many documents a corpus holds, cheaply: files in a folder; for a table, guessed from its size."""
    if source.suffix in TABLE_SUFFIXES and source.is_file():
        return source.stat().st_size // 10_000  # about 10 KB a statement
    return len(list_text_files(source)) if source.is_dir() else 0


def export_all(
    corpus_dir: str | Path | None,
    out_dir: str | Path,
    progress: bool | None = None,
    n_jobs: int | None = None,
    stops: StopSignals | None = None,
) -> list[Path]:
    """Load the corpus, compute every table and write each as CSV; return the files written.

    The tables replace ``out_dir`` all at once, with a ``manifest.json``, only when every one is
    complete (:mod:`analysis.io.export`); a run that fails or is stopped leaves ``out_dir`` as it was.
    ``progress`` and ``n_jobs`` default to what the corpus size calls for (a bar from
    :data:`PROGRESS_FROM` documents, every core from :data:`PARALLEL_FROM`). ``stops``, when given,
    is asked once more for a Ctrl-C or SIGTERM that Python dropped, just before the tables are published.
    """
    source = resolve_corpus_dir(corpus_dir)
    if not source.exists():
        raise CorpusError(f"{source}: corpus {'file' if source.suffix in TABLE_SUFFIXES else 'folder'} does not exist")
    size = estimated_size(source)
    if progress is None:
        progress = size >= PROGRESS_FROM
    if n_jobs is None:
        n_jobs = processes_for(size) if size >= PARALLEL_FROM else 1
    with staged_output(out_dir, source) as staging:
        written = run_stages(
            source, staging.folder, n_jobs=n_jobs, progress=progress, modules=EXPORTING_MODULES
        ).written
        return staging.publish(source, written, last_check=stops.raise_if_missed if stops else lambda: None)


def positive_jobs(text: str) -> int:
    """``--jobs``: a whole number of processes, 1 or more."""
    try:
        jobs = int(text)
    except ValueError:
        jobs = 0
    if jobs < 1:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of processes (give 1 or more)")
    return jobs


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
        default=None,
        metavar="PATH",
        help=f"folder of .txt files, or a .csv/.jsonl file with a 'text' column (default: ${CORPUS_ENV}, else seeds)",
    )
    run.add_argument(
        "--out",
        required=True,
        metavar="DIR",
        help="folder for the CSV files and manifest.json; created, or replaced whole if it holds an earlier run",
    )
    run.add_argument(
        "--jobs", type=positive_jobs, default=None, metavar="N", help="processes for cleaning (default: by corpus size)"
    )
    run.add_argument("--quiet", action="store_true", help="print nothing but errors and no progress bar")
    return parser


class Terminated(Exception):
    """Raised in the main process when it receives SIGTERM, so the run unwinds as after Ctrl-C."""


class StopSignals:
    """Ctrl-C and SIGTERM for one run: each raises (KeyboardInterrupt, :class:`Terminated`) and is remembered.

    Used as a context manager around the run, in the main thread, where Python handles signals.
    Python drops an exception raised while it runs a finaliser (a ``__del__`` during garbage
    collection) and prints "Exception ignored in ...". So a signal that lands there is not printed but
    sent again a moment later, to land outside (:meth:`unraisable`), and :meth:`raise_if_missed` is
    asked once more before the tables replace ``--out``.

    It is also a logging filter: once a signal has come, the worker pool's callback thread may log a
    traceback about tasks it can no longer hand out; :meth:`filter` drops those, so the stop stays one line.
    For the same reason it drops what a thread raises after the signal (:meth:`thread_failed`): the pool's
    manager thread may fail to find a task it was handing out ("KeyError" in loky's ExecutorManagerThread).
    """

    SIGNALS = (signal.SIGINT, signal.SIGTERM)

    def __init__(self) -> None:
        self.received: int | None = None
        self.active = False
        self.pool_log = logging.getLogger("concurrent.futures")  # where joblib's worker pool logs a failed callback

    def __enter__(self) -> StopSignals:
        self.previous = {signum: signal.signal(signum, self.handle) for signum in self.SIGNALS}
        self.previous_hook, sys.unraisablehook = sys.unraisablehook, self.unraisable
        self.previous_thread_hook, threading.excepthook = threading.excepthook, self.thread_failed
        self.pool_log.addFilter(self)
        self.active = True
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.active = False
        self.pool_log.removeFilter(self)
        sys.unraisablehook = self.previous_hook
        if self.received is None:  # after a stop the pool's threads may still fail while the process ends
            threading.excepthook = self.previous_thread_hook
        for signum, handler in self.previous.items():
            signal.signal(signum, handler)

    def handle(self, signum: int, frame: object) -> None:
        self.received = signum
        self.raise_if_missed()

    def ignore_further(self) -> None:
        """Ignore a second Ctrl-C or SIGTERM while the run cleans up after the first."""
        self.active = False
        for signum in self.SIGNALS:
            signal.signal(signum, signal.SIG_IGN)

    def unraisable(self, unraisable: object) -> None:
        if self.received is not None and isinstance(unraisable.exc_value, (KeyboardInterrupt, Terminated)):
            threading.Timer(0.05, self._send_again).start()
        else:
            self.previous_hook(unraisable)

    def _send_again(self) -> None:
        if self.active:
            os.kill(os.getpid(), self.received)

    def filter(self, record: logging.LogRecord) -> bool:
        return self.received is None

    def thread_failed(self, failure: threading.ExceptHookArgs) -> None:
        if self.received is None:
            self.previous_thread_hook(failure)

    def raise_if_missed(self) -> None:
        if self.received == signal.SIGINT:
            raise KeyboardInterrupt()
        if self.received == signal.SIGTERM:
            raise Terminated()


def stop_workers() -> None:
    """End every worker process this run started (joblib/loky): SIGTERM, then SIGKILL after 3 s.

    The resource trackers that joblib starts beside its workers are left to end by themselves
    when this process exits (they then remove the workers' shared-memory files).
    """
    import psutil

    children = [child for child in psutil.Process().children(recursive=True) if not _is_resource_tracker(child)]
    for child in children:
        try:
            child.terminate()
        except psutil.Error:
            pass
    _, alive = psutil.wait_procs(children, timeout=3)
    for child in alive:
        try:
            child.kill()
        except psutil.Error:
            pass


def _is_resource_tracker(process) -> bool:
    """Whether ``process`` is a multiprocessing or loky resource tracker (it cleans up after the workers)."""
    try:
        return any("resource_tracker" in part for part in process.cmdline())
    except Exception:  # gone already, or not ours to read
        return False


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status (0 ok, 1 bad input, 2 bad usage, 130 Ctrl-C, 143 SIGTERM)."""
    args = build_parser().parse_args(argv)
    # A stopped run may leave loky's resource tracker (a process of its own, which reads this variable)
    # a semaphore to clean up; its warning about that would be a second line after the run's one.
    os.environ.setdefault("PYTHONWARNINGS", "ignore::UserWarning:joblib.externals.loky.backend.resource_tracker")
    if threading.current_thread() is not threading.main_thread():  # only there can signals be handled
        return run(args, None)
    with StopSignals() as stops:
        return run(args, stops)


def run(args: argparse.Namespace, stops: StopSignals | None) -> int:
    """Export every table for ``args``; print one line and return the exit status if the run fails or is stopped."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("always", CorpusWarning)
            # A stopped run's parallel work is cancelled on purpose: joblib's note of it would be a second line.
            warnings.filterwarnings("ignore", message=r".*still being processed by the workers have been cancelled")
            warnings.showwarning = _one_line_warning
            written = export_all(
                args.corpus, args.out, progress=False if args.quiet else None, n_jobs=args.jobs, stops=stops
            )
    except CorpusError as error:
        kept = f"; {args.out} still holds the earlier run's tables" if (Path(args.out) / MANIFEST).is_file() else ""
        print(f"error: {error}{kept}", file=sys.stderr)
        return 1
    except OSError as error:
        where = error.filename or args.out
        print(f"error: {where}: {error.strerror or error} ({args.out} was left as it was)", file=sys.stderr)
        return 1
    except (KeyboardInterrupt, Terminated) as stop:
        return stopped(stop, args, stops)
    except Exception:
        # A stop that lands inside a library's import (a stage imports its method when it starts) can come
        # out as another error, such as an ImportError from a half-loaded C extension: it is still the stop.
        if stops is None or stops.received is None:
            raise
        return stopped(KeyboardInterrupt() if stops.received == signal.SIGINT else Terminated(), args, stops)
    if not args.quiet:
        print(f"wrote {len(written)} tables and {MANIFEST} to {args.out}: {', '.join(path.name for path in written)}")
    return 0


def stopped(stop: BaseException, args: argparse.Namespace, stops: StopSignals | None) -> int:
    """End a run stopped by Ctrl-C or SIGTERM: stop its workers, print one line, return 130 or 143."""
    if stops:
        stops.ignore_further()
    stop_workers()
    cause = "interrupted" if isinstance(stop, KeyboardInterrupt) else "terminated"
    print(f"{cause}: the run was stopped; {args.out} was left as it was", file=sys.stderr)
    return 130 if isinstance(stop, KeyboardInterrupt) else 143


def _one_line_warning(message, category, filename, lineno, file=None, line=None) -> None:
    """Print a :class:`CorpusWarning` as ``warning: ...`` on one line (others as Python does)."""
    if issubclass(category, CorpusWarning):
        print(f"warning: {message}", file=sys.stderr)
    else:
        print(warnings.formatwarning(message, category, filename, lineno, line).rstrip(), file=sys.stderr)
