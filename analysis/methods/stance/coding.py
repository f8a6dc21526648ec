"""A coding as a table, and the rules' coding of a set of sentences: what every method of the comparison returns.

A *coding* of some sentences is one row per label, ``item_id, target, label`` (:data:`CODING_COLUMNS`); a sentence
with no stance has no row. The keyword baseline (:mod:`.keywords`), the rules and the learned models
(:mod:`.model`, :mod:`.stacking`) all answer with one ``{target: label}`` dict per sentence and turn it into this
table with :func:`coding_table`, so :mod:`.evaluation` scores them the same way.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from analysis.methods.stance.clauses import is_reporter_background, normalise
from analysis.methods.stance.context import news_reports_of
from analysis.methods.stance.cues import COMPILED_TERMS
from analysis.methods.stance.rules import sentence_stance
from analysis.methods.stance.scope import TERM_PATTERNS

CODING_COLUMNS = ["item_id", "target", "label"]

#: The three answers for each target; the learned models' classes.
ANSWERS = ["none", "favor", "against"]


def coding_table(item_ids: list[str], answers: list[dict[str, str]]) -> pd.DataFrame:
    """``item_id, target, label`` rows from one ``{target: label}`` dict per item."""
    rows = [(item_id, target, label) for item_id, labels in zip(item_ids, answers) for target, label in labels.items()]
    return pd.DataFrame(rows, columns=CODING_COLUMNS)


def coded_answers(labels: pd.DataFrame, item_ids: list[str], target: str) -> np.ndarray:
    """The coded answer of every item for one target: 'favor', 'against' or 'none'."""
    coded = dict(
        zip(labels.loc[labels["target"] == target, "item_id"], labels.loc[labels["target"] == target, "label"])
    )
    return np.array([coded.get(item_id, "none") for item_id in item_ids])


def predict_rules(items: pd.DataFrame) -> pd.DataFrame:
    """The rules' coding of a set of items (news reports get the reported-speech rule)."""
    news_reports = news_reports_of(items)
    answers = [sentence_stance(text, news_report=news) for text, news in zip(items["text"], news_reports)]
    return coding_table(items["item_id"].tolist(), answers)


def named_targets(text: str) -> set[str]:
    """The targets a sentence names (any term of the target, on normalised text)."""
    normalised = normalise(text)
    return {COMPILED_TERMS[number][0] for number, _ in TERM_PATTERNS.matches(normalised)}


def without_reporter_background(
    answers: list[dict[str, str]], texts: list[str], news_reports: list[bool]
) -> list[dict[str, str]]:
    """Codebook rule 7, as the rules read it: a news report's own background sentences are not coded."""
    return [
        {} if news and is_reporter_background(text) else answer
        for answer, text, news in zip(answers, texts, news_reports)
    ]
