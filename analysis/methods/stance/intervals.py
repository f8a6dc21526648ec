"""Bootstrap intervals for the stance scores of a part of the labels: per target, or per group of statements.

A score per target or per kind of speaker rests on fewer statements than the overall score, so it moves
more with the statements drawn. Each interval here resamples whole statements (as
:func:`~analysis.methods.stance.evaluation.bootstrap_f1_interval` does for the overall score), and is
written beside its F1 in one column ("0.62 (0.55–0.69)"), so that a table of them stays narrow.
"""

from __future__ import annotations

import pandas as pd

from analysis.methods.stance.evaluation import LabelledSet, bootstrap_f1_interval, f1_of, item_counts
from analysis.methods.stance.targets import TARGETS

#: The heading of a column of F1 with its interval.
F1_WITH_INTERVAL = "F1 (95% interval)"


def f1_with_interval(f1: float, low: float, high: float) -> str:
    """An F1 and its interval in one cell.

    >>> f1_with_interval(0.6234, 0.551, 0.69)
    '0.62 (0.55–0.69)'
    """
    return f"{f1:.2f} ({low:.2f}–{high:.2f})"


def _scored(counts: pd.DataFrame, statements: pd.Series) -> str:
    low, high = bootstrap_f1_interval(counts, statements)
    return f1_with_interval(f1_of(counts), low, high)


def per_target_intervals(labelled: LabelledSet, predicted: pd.DataFrame) -> pd.Series:
    """Each target's micro-F1 with its bootstrap interval over statements, one text per target."""
    item_ids, statements = labelled.items["item_id"].tolist(), labelled.items["source_id"]
    cells = {}
    for target in TARGETS:
        gold = labelled.labels[labelled.labels["target"] == target]
        counts = item_counts(gold, predicted[predicted["target"] == target], item_ids)
        cells[target] = _scored(counts, statements)
    return pd.Series(cells, name=F1_WITH_INTERVAL)


def per_group_intervals(labelled: LabelledSet, predicted: pd.DataFrame, group_of: dict[str, str]) -> pd.Series:
    """Each group's micro-F1 with its bootstrap interval over its statements (``group_of``: doc_id → group;
    a statement without one is "unknown", as in :func:`~analysis.methods.stance.evaluation.per_group_scores`)."""
    counts = item_counts(labelled.labels, predicted, labelled.items["item_id"].tolist())
    statements = labelled.items["source_id"].reset_index(drop=True)
    groups = statements.map(group_of).fillna("unknown")
    cells = {group: _scored(counts[groups == group], statements[groups == group]) for group in sorted(set(groups))}
    return pd.Series(cells, name=F1_WITH_INTERVAL)
