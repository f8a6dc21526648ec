"""The Performance page's figures from a hand-made benchmark table: ratios, slopes and targets."""

import pandas as pd
import pytest

from analysis.runtime.performance import growth_slope, stage_slopes, stage_table, target_summary, target_table


def benchmark_rows():
    """Two sizes (1,000 and 10,000 documents, 5 and 50 MB); the run grows linearly, one stage quadratically."""
    rows = []
    for docs, mb, k in ((1_000, 5.0, 1), (10_000, 50.0, 10)):
        for kind, stage, seconds, peak in (
            ("stage", "load and clean", 2 * k, 300),
            ("stage", "TF-IDF and similarity", 1 * k * k, 400),
            ("run", "whole run", 30 * k, 900),
            ("detail", "TF-IDF fit (from term lists)", 0.5 * k, 350),
            ("baseline", "scikit-learn TfidfVectorizer", 0.4 * k, 300),
            ("baseline", "baselines together", 12 * k, 320),
        ):
            rows.append(
                {
                    "size_docs": docs,
                    "size_mb": mb,
                    "n_jobs": 2,
                    "kind": kind,
                    "stage": stage,
                    "seconds": seconds,
                    "peak_mb": peak,
                    "mb_per_s": mb / seconds,
                    "rows": 0,
                }
            )
    return pd.DataFrame(rows)


def test_the_ratios_against_the_targets_at_the_largest_size():
    summary = target_summary(benchmark_rows())
    assert summary["largest_docs"] == 10_000 and summary["largest_mb"] == 50.0
    assert summary["tfidf_ratio"] == pytest.approx(5 / 4) and summary["tfidf_met"]
    assert summary["run_ratio"] == pytest.approx(300 / 120) and summary["run_met"]
    assert summary["tfidf_stage_ratio"] == pytest.approx(100 / 4)
    assert summary["peak_mb"] == 900 and summary["memory_met"]
    assert summary["run_slope"] == pytest.approx(1.0) and summary["linear_met"]
    assert summary["max_stage_slope"] == pytest.approx(2.0)  # the quadratic stage is caught
    assert summary["steepest_stage"] == "TF-IDF and similarity"


def test_a_steep_baseline_is_not_called_a_stage():
    table = benchmark_rows()
    steep = table["stage"] == "scikit-learn TfidfVectorizer"
    table.loc[steep, "seconds"] = table.loc[steep, "seconds"] ** 3
    summary = target_summary(table)
    assert summary["steepest_stage"] == "TF-IDF and similarity" and summary["max_stage_slope"] == pytest.approx(2.0)


def test_growth_slopes_per_stage():
    slopes = stage_slopes(benchmark_rows()).set_index("stage")["slope"]
    assert slopes["load and clean"] == pytest.approx(1.0)
    assert slopes["TF-IDF and similarity"] == pytest.approx(2.0)
    assert growth_slope(pd.Series([10, 100]), pd.Series([1, 100])) == pytest.approx(2.0)


def test_the_wide_table_and_the_target_table():
    wide = stage_table(benchmark_rows()).set_index("stage")
    assert wide.index[0] == "load and clean" and len(wide.columns) == 2  # stages down, the two sizes across
    assert wide.columns[1].startswith("10,000 docs") and wide.loc["whole run", wide.columns[1]] == 300
    targets = target_table(target_summary(benchmark_rows()))
    assert targets["met"].tolist() == ["yes", "yes", "yes", "yes"]
    assert targets.loc[1, "measured"] == "2.50×"
