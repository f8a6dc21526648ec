"""Benchmark the whole run at 10 to 10,000 documents, against bare scikit-learn and VADER (``make bench``).

For each size, a synthetic corpus (documents of about 5 KB, half real sentences of the statements
and half words drawn by frequency from wordfreq's 30,000 commonest English words,
:mod:`benchmarks.synthetic`) is written as JSONL and analysed in a fresh Python process
through the real input path and the real stages (:func:`analysis.runtime.pipeline.run_stages`, tables
written as CSV, as ``python -m analysis run`` does). The same process then times the baselines
on the same texts: scikit-learn's ``TfidfVectorizer`` and ``CountVectorizer`` (``fit_transform``
on the cleaned documents) and VADER's ``polarity_scores`` on every sentence. Each row of
``benchmarks/results/benchmark.csv`` is one stage or baseline at one size: wall seconds, peak
resident memory of the process and its workers (MB), and throughput (corpus MB per second).

    python -m benchmarks.run_benchmark                 # 10, 100, 1,000, 2,000 and 10,000 documents
    python -m benchmarks.run_benchmark --sizes 10 100  # a quick run
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pandas as pd

PROJECT_ROOT = Path(__file__).resolve().parent.parent
RESULTS = PROJECT_ROOT / "benchmarks" / "results"
SIZES = [10, 100, 1_000, 2_000, 10_000]

#: The CSV's columns. ``kind`` is "stage" (a stage of the run), "run" (all stages), "detail"
#: (part of a stage, for a like-for-like comparison) or "baseline" (a library alone).
COLUMNS = ["size_docs", "size_mb", "n_jobs", "kind", "stage", "seconds", "peak_mb", "mb_per_s", "rows"]


def measure_one(n_documents: int, workdir: Path) -> list[dict]:
    """Make the corpus, run every stage and every baseline on it; one row per measurement."""
    from sklearn.feature_extraction.text import CountVectorizer, TfidfTransformer

    from analysis.io.corpus import load_corpus
    from analysis.runtime.cli import EXPORTING_MODULES, PARALLEL_FROM
    from analysis.runtime.pipeline import PeakMemory, run_stages
    from analysis.text.document_term_matrix import TermAnalyzer
    from analysis.text.term_lists import document_term_lists
    from benchmarks.synthetic import write_synthetic_corpus

    corpus_file = write_synthetic_corpus(load_corpus(), n_documents, workdir / f"corpus_{n_documents}.jsonl")
    size_mb = corpus_file.stat().st_size / 1e6
    n_jobs = (os.cpu_count() or 1) if n_documents >= PARALLEL_FROM else 1

    def row(kind: str, stage: str, seconds: float, peak_mb: float, rows: int = 0) -> dict:
        return {
            "size_docs": n_documents,
            "size_mb": round(size_mb, 3),
            "n_jobs": n_jobs,
            "kind": kind,
            "stage": stage,
            "seconds": seconds,
            "peak_mb": peak_mb,
            "mb_per_s": size_mb / seconds,
            "rows": rows,
        }

    report = run_stages(
        corpus_file,
        workdir / f"tables_{n_documents}",
        n_jobs=n_jobs,
        modules=EXPORTING_MODULES,
        on_stage=lambda stage, seconds: print(f"  {n_documents:>6} docs  {stage:<24} {seconds:8.2f} s", flush=True),
    )
    results = [row("stage", r.stage, r.seconds, r.peak_mb, int(r.rows)) for r in report.timings.itertuples()]
    results.append(
        row(
            "run",
            "whole run",
            float(report.timings["seconds"].sum()),
            float(report.timings["peak_mb"].max()),
            int(report.timings["rows"].sum()),
        )
    )
    corpus = report.corpus
    texts, sentences = corpus.documents["text"].tolist(), corpus.sentences["text"].tolist()

    with (
        PeakMemory() as memory
    ):  # the TF-IDF fit alone (counting and weighting), from the term lists the run already made
        start = time.perf_counter()
        counts = CountVectorizer(analyzer=TermAnalyzer()).fit_transform(document_term_lists(corpus))
        weights = TfidfTransformer().fit_transform(counts)
        seconds = time.perf_counter() - start
    results.append(row("detail", "TF-IDF fit (from term lists)", seconds, memory.peak_mb, weights.nnz))
    results += baselines(texts, sentences, row)
    return results


def baselines(texts: list[str], sentences: list[str], row) -> list[dict]:
    """scikit-learn's vectorizers and VADER alone, on the same documents and sentences."""
    from sklearn.feature_extraction.text import CountVectorizer, TfidfVectorizer
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    from analysis.runtime.pipeline import PeakMemory

    analyser = SentimentIntensityAnalyzer()
    jobs = {
        "scikit-learn TfidfVectorizer": lambda: TfidfVectorizer().fit_transform(texts).nnz,
        "scikit-learn CountVectorizer": lambda: CountVectorizer().fit_transform(texts).nnz,
        "VADER polarity_scores": lambda: len([analyser.polarity_scores(sentence) for sentence in sentences]),
    }
    results = []
    for name, job in jobs.items():
        with PeakMemory() as memory:
            start = time.perf_counter()
            size = job()
            seconds = time.perf_counter() - start
        results.append(row("baseline", name, seconds, memory.peak_mb, size))
    total = sum(r["seconds"] for r in results)
    results.append(row("baseline", "baselines together", total, max(r["peak_mb"] for r in results)))
    return results


def run_sizes(sizes: list[int], out: Path) -> pd.DataFrame:
    """Measure every size, each in a fresh Python process, and write the CSV and the plot."""
    rows = []
    # The stance matrix's model is fitted once and kept on disk; fit it now, untimed, so that the first size
    # measured does not pay for a fit that every later run only loads.
    warm = "from analysis.methods.stance.matrix import matrix_model; matrix_model()"
    subprocess.run([sys.executable, "-c", warm], cwd=PROJECT_ROOT, check=True)
    with tempfile.TemporaryDirectory(prefix="bench-") as workdir:
        for size in sizes:
            print(f"{size:,} documents", flush=True)
            result = subprocess.run(
                [sys.executable, "-m", "benchmarks.run_benchmark", "--one", str(size), "--workdir", workdir],
                cwd=PROJECT_ROOT,
                check=True,
                capture_output=True,
                text=True,
            )
            sys.stdout.write("\n".join(line for line in result.stdout.splitlines() if not line.startswith("{")) + "\n")
            rows += [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    table = pd.DataFrame(rows, columns=COLUMNS)
    out.mkdir(parents=True, exist_ok=True)
    table.round({"seconds": 4, "peak_mb": 1, "mb_per_s": 3}).to_csv(
        out / "benchmark.csv", index=False, lineterminator="\n"
    )
    write_plot(table, out / "benchmark.png")
    return table


def write_plot(table: pd.DataFrame, path: Path) -> None:
    """The benchmark figure (:func:`analysis.book.plots.benchmark_plot`) as a PNG."""
    from analysis.book.plots import benchmark_plot

    benchmark_plot(table).savefig(path, bbox_inches="tight")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.run_benchmark", description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--sizes",
        type=int,
        nargs="+",
        default=SIZES,
        metavar="N",
        help="corpus sizes in documents (default: 10 100 1000 2000 10000)",
    )
    parser.add_argument("--out", type=Path, default=RESULTS, help="folder for benchmark.csv and benchmark.png")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)  # internal: measure one size in this process
    parser.add_argument("--workdir", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.one is not None:
        for result in measure_one(args.one, args.workdir):
            print(json.dumps(result), flush=True)
        return 0
    start = time.perf_counter()
    table = run_sizes(sorted(args.sizes), args.out)
    summary = table[table["kind"].isin(["run", "baseline"])].pivot_table(
        index="size_docs", columns="stage", values="seconds"
    )
    print(summary.round(2).to_string())
    print(f"wrote {args.out / 'benchmark.csv'} and {args.out / 'benchmark.png'} in {time.perf_counter() - start:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
