"""The benchmark's stored results, read for the Performance page: tables, ratios against the targets, growth.

``make bench`` writes ``benchmarks/results/benchmark.csv`` (see ``benchmarks/run_benchmark.py``);
the book reads it and never reruns it. Each row is one measurement at one corpus size: a
``stage`` of the run, the ``whole run``, a ``detail`` (the TF-IDF fit alone) or a ``baseline``
(scikit-learn or VADER alone on the same texts), with wall ``seconds``, ``peak_mb`` and ``mb_per_s``.

The targets of the scale issue are checked at the largest size measured:

* the TF-IDF fit within :data:`TFIDF_TARGET` times bare scikit-learn's ``TfidfVectorizer``;
* the whole run within :data:`RUN_TARGET` times the baselines together;
* cost linear in corpus size: the slope of log(time) against log(size) close to 1;
* peak memory under :data:`MEMORY_TARGET_MB`.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

from analysis.io.corpus import PROJECT_ROOT

BENCHMARK_CSV = PROJECT_ROOT / "benchmarks" / "results" / "benchmark.csv"
TFIDF_TARGET = 1.3
RUN_TARGET = 3.0
MEMORY_TARGET_MB = 2048
#: Sizes from which the growth is measured: below, fixed costs (starting processes, loading
#: word lists) hide how the cost grows.
SLOPE_FROM_DOCS = 1_000

TFIDF_FIT = "TF-IDF fit (from term lists)"
SKLEARN_TFIDF = "scikit-learn TfidfVectorizer"
WHOLE_RUN = "whole run"
BASELINES = "baselines together"


def load_benchmark(path: str | Path = BENCHMARK_CSV) -> pd.DataFrame:
    """The stored benchmark table."""
    return pd.read_csv(path)


def stage_table(table: pd.DataFrame, value: str = "seconds") -> pd.DataFrame:
    """One row per stage, run and baseline, one column per corpus size: ``value`` (seconds, peak_mb, mb_per_s).

    Stages down, sizes across: the table stays as narrow as the number of sizes, however many stages.
    """
    wide = table.pivot_table(index="stage", columns="size_docs", values=value, sort=False)
    wide = wide.loc[list(dict.fromkeys(table["stage"]))]
    sizes = table.drop_duplicates("size_docs").set_index("size_docs")["size_mb"]
    wide.columns = [f"{docs:,} docs ({sizes[docs]:.0f} MB)" for docs in wide.columns]
    return wide.reset_index()


def growth_slope(sizes: pd.Series, seconds: pd.Series) -> float:
    """The slope of log(seconds) against log(size): 1 is linear growth, 2 quadratic.

    >>> round(growth_slope(pd.Series([1, 10, 100]), pd.Series([2, 20, 200])), 3)
    1.0
    """
    return float(np.polyfit(np.log(np.asarray(sizes, dtype=float)), np.log(np.asarray(seconds, dtype=float)), 1)[0])


def stage_slopes(table: pd.DataFrame, from_docs: int = SLOPE_FROM_DOCS) -> pd.DataFrame:
    """Per stage, run and baseline: the growth slope over the sizes from ``from_docs`` documents."""
    large = table[table["size_docs"] >= from_docs]
    rows = [
        {"stage": stage, "slope": growth_slope(group["size_mb"], group["seconds"])}
        for stage, group in large.groupby("stage", sort=False)
        if len(group) >= 2
    ]
    return pd.DataFrame(rows, columns=["stage", "slope"])


def target_summary(table: pd.DataFrame) -> dict[str, object]:
    """The measured figures against each target, at the largest size measured (for glueing)."""
    largest = table[table["size_docs"] == table["size_docs"].max()].set_index("stage")
    seconds = largest["seconds"]
    slopes = stage_slopes(table).set_index("stage")["slope"]
    run_slope = float(slopes.get(WHOLE_RUN, np.nan))
    summary = {
        "largest_docs": int(table["size_docs"].max()),
        "largest_mb": float(largest["size_mb"].iloc[0]),
        "run_seconds": float(seconds[WHOLE_RUN]),
        "baseline_seconds": float(seconds[BASELINES]),
        "run_mb_per_s": float(largest.loc[WHOLE_RUN, "mb_per_s"]),
        "tfidf_seconds": float(seconds[TFIDF_FIT]),
        "sklearn_tfidf_seconds": float(seconds[SKLEARN_TFIDF]),
        "tfidf_ratio": float(seconds[TFIDF_FIT] / seconds[SKLEARN_TFIDF]),
        "tfidf_stage_ratio": float(seconds["TF-IDF and similarity"] / seconds[SKLEARN_TFIDF]),
        "run_ratio": float(seconds[WHOLE_RUN] / seconds[BASELINES]),
        "peak_mb": float(largest.loc[WHOLE_RUN, "peak_mb"]),
        "run_slope": run_slope,
    }
    stage_growth = slopes[
        slopes.index.isin(table.loc[table["kind"] == "stage", "stage"])
    ]  # the run's stages, not the baselines
    summary["max_stage_slope"] = float(stage_growth.max())
    summary["steepest_stage"] = str(stage_growth.idxmax())
    summary["tfidf_met"] = summary["tfidf_ratio"] <= TFIDF_TARGET
    summary["run_met"] = summary["run_ratio"] <= RUN_TARGET
    summary["memory_met"] = summary["peak_mb"] < MEMORY_TARGET_MB
    summary["linear_met"] = run_slope <= 1.15
    return summary


def target_table(summary: dict[str, object]) -> pd.DataFrame:
    """The four targets, what was measured and whether it holds, as a table for the page."""
    rows = [
        ("TF-IDF fit within 1.3× bare scikit-learn", f"{summary['tfidf_ratio']:.2f}×", summary["tfidf_met"]),
        ("Whole run within 3× the baselines together", f"{summary['run_ratio']:.2f}×", summary["run_met"]),
        ("Cost linear in corpus size (log-log slope ≈ 1)", f"slope {summary['run_slope']:.2f}", summary["linear_met"]),
        ("Peak memory under 2 GB", f"{summary['peak_mb']:,.0f} MB", summary["memory_met"]),
    ]
    return pd.DataFrame(rows, columns=["target", "measured", "met"]).assign(
        met=lambda t: t["met"].map({True: "yes", False: "no"})
    )
