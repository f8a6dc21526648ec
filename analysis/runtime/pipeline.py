"""The whole run, stage by stage: what ``python -m analysis run`` does, timed, and its per-document part on Dask.

:func:`run_stages` loads a corpus and writes every table of the book, in five stages, and
returns how long each took and how much memory it used at its peak:

1. **load and clean**: read the texts as a stream, clean them, split sentences (``n_jobs``
   processes), and write the corpus tables;
2. **tokens and frequency**: cut every document and sentence into terms, *once* (they are
   reused by the later stages, see :mod:`analysis.text.term_lists`), then frequencies and collocations;
3. **keyness**: against the rest of the corpus and against general English;
4. **TF-IDF and similarity**: the weights (fitted on the term lists), the pairs of similar
   documents (each document's nearest neighbours above 200 documents) and typical sentences;
5. **stance**: every sentence's stance (``n_jobs`` processes) and the table per statement.

Cleaning, sentence splitting, tokenising and stance work one document at a time; only counting
across documents (keyness, idf, similarity) needs the whole corpus. :func:`process_record` is that
per-document work as one function, so it can run unchanged on a Dask bag (:func:`dask_corpus`),
on one machine or on a cluster; the corpus-level stages then run on the gathered documents.
"""

from __future__ import annotations

import gc
import importlib
import inspect
import os
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
from threadpoolctl import threadpool_limits

from analysis.io.corpus import Corpus, ProcessedDocument, collect_documents, iter_records, load_corpus, process_document
from analysis.io.sources import Record
from analysis.methods.stance import is_news_report, stance_rows
from analysis.text.term_lists import document_sizes, document_term_lists, sentence_term_lists
from analysis.text.tokens import terms

#: The stages of a run, in order, and the modules whose ``export_tables`` each one writes. The
#: stance stage holds the whole stance chapter (stance rules, diplomatic verbs, stance markers
#: and VADER sentiment); a module not listed here runs in a last stage, "other tables".
STAGES: dict[str, list[str]] = {
    "load and clean": ["analysis.book.tables"],
    "tokens and frequency": ["analysis.methods.frequency"],
    "keyness": ["analysis.methods.keyness"],
    "TF-IDF and similarity": ["analysis.methods.tfidf", "analysis.methods.similarity"],
    "stance": [
        "analysis.methods.stance",
        "analysis.methods.verbs",
        "analysis.methods.markers",
        "analysis.methods.sentiment",
    ],
}
OTHER_STAGE = "other tables"


def write_table(table: pd.DataFrame, path: Path) -> None:
    """Write one table as UTF-8 CSV with Unix line ends, the same bytes for the same table."""
    from analysis.io.export import write_csv  # pandas' to_csv, renamed into place when complete

    write_csv(table, path)


class PeakMemory:
    """The peak resident memory (MB) of this process and its worker processes while a block runs.

    A background thread sums the resident set size of the process and its children (joblib's
    workers) every ``interval`` seconds with psutil; the largest sum is the peak. Finding the
    children reads the process table of the whole machine, so the list is found again only every
    ``children_every`` seconds (workers start at the beginning of a stage and live to its end);
    reading a known process's size is cheap. The kernel's own high-water mark of this process
    (``VmHWM``, reset at the start where Linux allows it) is taken too, so a short spike of the
    main process between two samples is not missed.
    """

    def __init__(self, interval: float = 0.05, children_every: float = 0.5) -> None:
        self.interval = interval
        self.children_every = children_every
        self.peak_mb = 0.0
        self._stop = threading.Event()

    def _find_children(self) -> None:
        """The processes to sum: this one and all its children, as they are now."""
        import psutil

        process = psutil.Process()
        self._processes = [process, *process.children(recursive=True)]
        self._found_at = time.monotonic()

    def _sample(self) -> float:
        import psutil

        if time.monotonic() - self._found_at >= self.children_every:
            self._find_children()
        total = 0
        for process in self._processes:
            try:
                total += process.memory_info().rss
            except psutil.Error:  # a worker that has ended since the list was made
                pass
        return total / 2**20

    def _watch(self) -> None:
        while not self._stop.wait(self.interval):
            self.peak_mb = max(self.peak_mb, self._sample())

    def __enter__(self) -> PeakMemory:
        try:
            Path("/proc/self/clear_refs").write_text("5")  # reset VmHWM (Linux)
        except OSError:
            pass
        self._find_children()
        self.peak_mb = self._sample()
        self._thread = threading.Thread(target=self._watch, daemon=True)
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()
        self._find_children()
        self.peak_mb = max(self.peak_mb, self._sample(), _high_water_mark_mb())


def _high_water_mark_mb() -> float:
    """This process's peak resident memory since the last reset (``VmHWM``), in MB; 0 if unknown."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


@dataclass
class RunReport:
    """What a run wrote and what each stage cost: ``timings`` has ``stage, seconds, peak_mb, tables, rows``."""

    corpus: Corpus | None = None
    written: list[Path] = field(default_factory=list)
    timings: pd.DataFrame = field(default_factory=pd.DataFrame)


def stage_plan(modules: Iterable[str] | None = None) -> dict[str, list[str]]:
    """The stages to run for ``modules``, in order, each with its modules (empty stages kept for the corpus load).

    >>> list(stage_plan(["analysis.book.tables", "analysis.methods.keyness", "analysis.extra"]).items())[-1]
    ('other tables', ['analysis.extra'])
    """
    known = [module for group in STAGES.values() for module in group]
    chosen = known if modules is None else list(modules)
    plan = {stage: [module for module in group if module in chosen] for stage, group in STAGES.items()}
    others = [module for module in chosen if module not in known]
    if others:
        plan[OTHER_STAGE] = others
    return plan


def release_workers() -> None:
    """Stop joblib's idle worker processes and return freed memory.

    joblib keeps its workers alive for the next parallel call, so the modules of a stage share
    them (starting one costs processor time: it imports pandas and the package). A run stops
    them by one rule: at the end of every stage, since what they hold is that stage's (NLTK for
    splitting sentences, the tokenised chunks, the fitted stance model and VADER), and before a
    module that works in one process, where idle workers would only hold memory. The next
    stage's workers start afresh (about a second), which the memory freed is worth: the stance
    stage's workers alone hold ~650 MB at 10,000 documents.
    """
    from joblib.externals.loky import get_reusable_executor

    get_reusable_executor().shutdown(wait=True)
    release_memory()


def release_memory() -> None:
    """Collect garbage and hand the freed heap back to the operating system.

    Python frees the tables of a finished module, but the C allocator keeps the pages for reuse,
    so the process would stay as large as at its peak; glibc's ``malloc_trim`` returns them (a
    few hundred MB per stage on a 50 MB corpus). Elsewhere than glibc, only the collection runs.
    """
    gc.collect()
    try:
        import ctypes

        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):
        pass


def tokenise_corpus(corpus: Corpus, n_jobs: int = 1) -> None:
    """Cut every document and sentence into terms once, for all later stages (kept on the corpus)."""
    document_sizes(corpus)
    document_term_lists(corpus, n_jobs=n_jobs)
    sentence_term_lists(corpus, n_jobs=n_jobs)
    sentence_term_lists(corpus, remove_stop_words=False, n_jobs=n_jobs)


def run_stages(
    source: str | Path,
    out_dir: str | Path | None = None,
    n_jobs: int = 1,
    progress: bool = False,
    modules: Iterable[str] | None = None,
    on_stage: Callable[[str, float], None] | None = None,
) -> RunReport:
    """Load ``source``, compute every table stage by stage, write each as CSV to ``out_dir`` (if given).

    ``modules``: the modules whose tables to write (default: every module of :data:`STAGES`;
    the command line passes :data:`analysis.runtime.cli.EXPORTING_MODULES`). Returns the files written
    and, per stage, wall time, peak memory and the tables' size. ``on_stage(stage, seconds)``
    is called after each stage (for a progress line).
    """
    report, rows = RunReport(), []
    out = Path(out_dir) if out_dir is not None else None
    if out is not None:
        out.mkdir(parents=True, exist_ok=True)
    try:
        # One BLAS thread: the run's matrix products are many and small (a statement's bootstrap is
        # 9 x 40 by 40 x 2,000), and for them a second thread costs more than it does: on two cores,
        # the stance intervals of 2,000 statements took 8.9 processor seconds with two, 1.0 with one.
        with threadpool_limits(limits=1):
            for stage, stage_modules in stage_plan(modules).items():
                rows.append(_run_stage(stage, stage_modules, source, out, n_jobs, progress, report))
                if on_stage is not None:
                    on_stage(stage, rows[-1]["seconds"])
    finally:
        gc.unfreeze()
        if n_jobs > 1:
            release_workers()
    report.timings = pd.DataFrame(rows)
    return report


def _run_stage(
    stage: str, modules: list[str], source: str | Path, out: Path | None, n_jobs: int, progress: bool, report: RunReport
) -> dict:
    """Run one stage, write its tables, and return its row of :attr:`RunReport.timings`."""
    n_tables = n_rows = 0
    with PeakMemory() as memory:
        start = time.perf_counter()
        if stage == "load and clean":
            report.corpus = load_corpus(source, progress=progress, n_jobs=n_jobs)
        if stage == "tokens and frequency":
            tokenise_corpus(report.corpus, n_jobs)
        for module_name in modules:
            module = importlib.import_module(module_name)
            # a module that works one document, sentence or block at a time takes n_jobs
            takes_jobs = "n_jobs" in inspect.signature(module.export_tables).parameters
            if not takes_jobs and n_jobs > 1:
                release_workers()  # idle while this module works in one process, they would only hold memory
            tables = module.export_tables(report.corpus, **({"n_jobs": n_jobs} if takes_jobs else {}))
            for name, table in tables.items():  # written as soon as computed, then let go
                n_tables, n_rows = n_tables + 1, n_rows + len(table)
                if out is not None:
                    path = out / f"{name}.csv"
                    write_table(table, path)
                    report.written.append(path)
            del tables
            release_memory()
            gc.freeze()  # what is left lives to the end of the run: the collector need not walk it again
        if n_jobs > 1:
            release_workers()  # what they hold is this stage's (see release_workers)
        seconds = time.perf_counter() - start
    return {"stage": stage, "seconds": seconds, "peak_mb": memory.peak_mb, "tables": n_tables, "rows": n_rows}


# --------------------------------------------------------------------------------------------
# Past one machine: the per-document work as one function, run on a Dask bag
# --------------------------------------------------------------------------------------------


@dataclass
class ProcessedRecord:
    """Everything one document yields on its own: the cleaned document, its terms and its stance rows."""

    document: ProcessedDocument
    terms: list[str]
    stance: list[dict]


def process_record(record: Record) -> ProcessedRecord:
    """Clean one raw text, cut it into terms and label its sentences' stance (a task for any worker).

    The same functions as the serial run: :func:`analysis.io.corpus.process_document`,
    :func:`analysis.text.tokens.terms` and :func:`analysis.methods.stance.stance_rows`.
    """
    document = process_document(record)
    sentences = document.sentences
    stance = stance_rows(
        document.row["doc_id"],
        [sentence["sent_id"] for sentence in sentences],
        [sentence["text"] for sentence in sentences],
        is_news_report(document.row.get("genre")),
        document.row.get("actor_type"),
    )
    return ProcessedRecord(document, terms(document.row["text"]), stance)


def gather(source: Path, results: Iterable[ProcessedRecord]) -> tuple[Corpus, pd.DataFrame, dict[str, list[str]]]:
    """The corpus, its stance table and each document's terms, from per-document results in any order."""
    results = list(results)
    corpus = collect_documents(source, (result.document for result in results))
    by_id = {result.document.row["doc_id"]: result for result in results}
    rows = [row for doc_id in corpus.doc_ids for row in by_id[doc_id].stance]
    labels = pd.DataFrame(rows, columns=["doc_id", "sent_id", "target", "label", "cues"])
    return corpus, labels, {doc_id: by_id[doc_id].terms for doc_id in corpus.doc_ids}


def dask_corpus(
    source: str | Path, npartitions: int | None = None, scheduler: str | None = None
) -> tuple[Corpus, pd.DataFrame, dict[str, list[str]]]:
    """The per-document stages on a Dask bag: ``from_sequence(records).map(process_record)``.

    ``scheduler`` is any Dask scheduler ("synchronous", "threads", "processes", or a
    distributed client's); the result is the same as the serial run's.
    """
    import dask.bag as db

    source = Path(source)
    records = list(iter_records(source))
    npartitions = npartitions or max(1, min(len(records), 4 * (os.cpu_count() or 1)))
    bag = db.from_sequence(records, npartitions=npartitions).map(process_record)
    return gather(source, bag.compute(scheduler=scheduler))
