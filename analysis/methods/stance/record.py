"""The record of stance scores: each held-out set scored once, with the commit of the method scored.

Two kinds of data are scored here and nowhere else, each once per release, with the models fitted on all
development labels (:func:`analysis.methods.stance.evaluation.compare_methods`):

* the **locked test set** (``validation/stance_test``), after the method is frozen
  (:func:`score_locked_test`); its score is the chapter's headline;
* the **unseen check** (``validation/stance_unseen``), a development batch coded blind while the release was
  tuned and committed after its freeze (:func:`score_unseen_check`).

Every score is appended to ``tests/data/stance_score_history.json`` (:data:`HISTORY_PATH`), marked not
tuned, with its F1 per target; nothing here is ever run by the book's build.
"""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd

from analysis.io.corpus import PROJECT_ROOT
from analysis.methods.stance import evaluation

#: The record of every stance score, with its data and commit.
HISTORY_PATH = PROJECT_ROOT / "tests" / "data" / "stance_score_history.json"


def score_once(
    held_out: evaluation.LabelledSet,
    data: str,
    commit: str,
    date: str,
    note: str,
    history: str | Path = HISTORY_PATH,
    is_release_score: bool = False,
) -> pd.DataFrame:
    """Score every method once on a set nothing was tuned or fitted on, and append the scores to the record.

    The models are fitted on all development labels. Each entry is marked not tuned, named by ``data``
    (which opens a bracket that the sentence count closes), and keeps its F1 per target. The release's
    scoring (``is_release_score``) also records ``commit`` as the method frozen. Returns the comparison table.
    """
    comparison, predictions = evaluation.compare_methods(evaluation.development_set(), held_out)
    record = json.loads(Path(history).read_text(encoding="utf-8"))
    for row in comparison[comparison["data"].str.startswith("test")].to_dict("records"):
        record["scores"].append(
            {
                "date": date,
                "commit": commit,
                "data": f"{data} {row['sentences']} sentences)",
                "statements": int(row["documents"]),
                "sentences": int(row["sentences"]),
                "tuned": False,
                "method": row["method"],
                **{
                    key: row[key] for key in ("f1", "f1_low", "f1_high", "precision", "recall", "wrong_direction_share")
                },
                "per_target_f1": evaluation.per_target_f1(held_out, predictions[f"{row['method']}|test"]),
                "note": note,
            }
        )
    if is_release_score:
        record["method_frozen_commit"] = commit
    Path(history).write_text(json.dumps(record, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return comparison


def score_locked_test(commit: str, date: str, history: str | Path = HISTORY_PATH) -> pd.DataFrame:
    """Score every method once on the locked test set and append the scores to the record.

    For the release's one scoring only, after the method is frozen at ``commit`` (models fitted on
    all development labels). Each entry keeps its F1 per target. Returns the comparison table.
    """
    test = evaluation.load_labelled_set(evaluation.TEST_DIR, "test set")
    note = f"Scored once, with the method frozen at {commit}; models fitted on all development labels."
    return score_once(test, "test set, locked (validation/stance_test,", commit, date, note, history, True)


def score_unseen_check(commit: str, date: str, batch: str, history: str | Path = HISTORY_PATH) -> pd.DataFrame:
    """Score the release's frozen method once on the held-back batch of ``validation/stance_unseen``.

    Between releases the test set stays untouched; this batch, coded blind, its labels committed after the
    freeze and never fitted on, tells how the frozen method does on statements it has never seen (see that folder's README).
    """
    unseen = evaluation.load_labelled_set(evaluation.UNSEEN_DIR, "unseen check")
    note = (
        f"The release's method (frozen at {commit}), fitted on all development labels, scored once on a batch "
        "whose labels were committed after the freeze, never tuned or fitted on."
    )
    return score_once(
        unseen, f"unseen check, held back ({batch}, validation/stance_unseen,", commit, date, note, history
    ).replace({"data": {"test (locked)": "unseen check (held back)"}})
