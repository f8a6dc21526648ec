"""F1 per target and per group of statements with a bootstrap interval over statements, in one narrow column."""

import pandas as pd

from analysis.methods.stance.evaluation import LabelledSet
from analysis.methods.stance.intervals import per_group_intervals, per_target_intervals

COLUMNS = ["item_id", "target", "label"]


def _set():
    """Two statements of two sentences. Gold: a1 ceasefire favor, b1 ceasefire favor, b2 violence against."""
    items = pd.DataFrame({"item_id": ["a1", "a2", "b1", "b2"], "source_id": ["a", "a", "b", "b"], "text": [""] * 4})
    gold = pd.DataFrame(
        [("a1", "ceasefire", "favor"), ("b1", "ceasefire", "favor"), ("b2", "violence", "against")], columns=COLUMNS
    )
    return LabelledSet("toy", items, gold)


def test_a_target_scored_the_same_in_every_statement_has_no_spread():
    """Ceasefire: both gold labels found, none extra: F1 1 in every draw of statements."""
    predicted = pd.DataFrame([("a1", "ceasefire", "favor"), ("b1", "ceasefire", "favor")], columns=COLUMNS)
    cells = per_target_intervals(_set(), predicted)
    assert cells["ceasefire"] == "1.00 (1.00–1.00)"
    assert cells["violence"] == "0.00 (0.00–0.00)"  # its one gold label missed


def test_a_group_interval_draws_its_own_statements():
    """Statement a: 1 of 1 found (F1 1); statement b: 1 of 2 found, one false alarm (2·1 / (2 + 2) = 0.5).
    Alone in their groups, each has one statement to draw: no spread."""
    predicted = pd.DataFrame(
        [("a1", "ceasefire", "favor"), ("b1", "ceasefire", "favor"), ("b2", "taliban", "against")], columns=COLUMNS
    )
    cells = per_group_intervals(_set(), predicted, {"a": "un"})
    assert cells.to_dict() == {"un": "1.00 (1.00–1.00)", "unknown": "0.50 (0.50–0.50)"}
