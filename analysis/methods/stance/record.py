"""The record of a stance release: each held-out set scored once, and the development set's cross-validation.

Two kinds of data are scored here and nowhere else, each once per release, with the models fitted on all
development labels (:func:`analysis.methods.stance.evaluation.compare_methods`):

* the **locked test set** (``validation/stance_test``), after the method is frozen
  (:func:`score_locked_test`); its score is the chapter's headline;
* the **unseen check** (``validation/stance_unseen``), a development batch coded blind while the release was
  tuned and committed after its freeze (:func:`score_unseen_check`).

Every score is appended to ``tests/data/stance_score_history.json`` (:data:`HISTORY_PATH`), marked not
tuned, with its F1 per target; nothing of this is ever run by the book's build.

The release also records the learned methods' **cross-validated predictions** on all development labels
(:func:`record_cross_validation`, ``make stance-cv``), the slowest result the book reads: every fold fits
the models afresh. They are kept in ``validation/stance_dev/cross_validated_predictions.csv`` with the key
of the data, code and libraries they came from, and read back (:func:`recorded_cross_validation`) only
while that key matches; otherwise the build computes them again. The same command records the strength of
each target's regularisation that the matrix model chose when fitted (:func:`record_matrix_regularisation`), so
that a build refitting it takes them rather than choosing them again by an inner cross-validation.
"""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd

from analysis.io.corpus import PROJECT_ROOT
from analysis.methods.stance import evaluation
from analysis.methods.stance.coding import CODING_COLUMNS, predict_rules
from analysis.runtime.cache import read_recorded_table, release_key, write_recorded_table
from analysis.runtime.jobs import processes_for

#: The record of every stance score, with its data and commit.
HISTORY_PATH = PROJECT_ROOT / "tests" / "data" / "stance_score_history.json"

#: The learned methods' cross-validated predictions on all development labels (key beside it, ``.key``).
CROSS_VALIDATION_PATH = evaluation.DEV_DIR / "cross_validated_predictions.csv"

#: Each target's regularisation as the matrix model chose it (``target, reader, strength``; key beside it).
MATRIX_REGULARISATION_PATH = evaluation.DEV_DIR / "matrix_regularisation.csv"

#: The methods fitted in each fold; keywords and rules have nothing to fit and are cheap to run again.
FITTED_METHODS = ("model", "combination")


def record_cross_validation(path: str | Path = CROSS_VALIDATION_PATH) -> pd.DataFrame:
    """Cross-validate the fitted methods on all development labels and keep their predictions at ``path``.

    Run once per release (and after any change to the package, the data or the libraries, which makes the
    kept file stale): the folds are those of :func:`evaluation.cross_validated_predictions`, fitted side by
    side, one process per core. Returns the table written (``method``, ``item_id``, ``target``, ``label``).
    """
    key = release_key(evaluation.development_inputs(), PROJECT_ROOT)
    development = evaluation.development_set()
    rules = predict_rules(development.items)
    n_jobs = processes_for(evaluation.FOLDS)
    parts = [
        evaluation.cross_validated_predictions(development, method, rules=rules, n_jobs=n_jobs).assign(method=method)
        for method in FITTED_METHODS
    ]
    table = pd.concat(parts, ignore_index=True)[["method", *CODING_COLUMNS]]
    write_recorded_table(table, Path(path), key)
    return table


def recorded_cross_validation(path: str | Path = CROSS_VALIDATION_PATH) -> dict[str, pd.DataFrame]:
    """The kept cross-validated predictions, by method, if they are current for today's data, code and
    libraries; an empty dict if they are missing or stale (the caller then computes them)."""
    table = read_recorded_table(Path(path), evaluation.development_inputs(), PROJECT_ROOT)
    if table is None:
        return {}
    return {
        str(method): part[CODING_COLUMNS].reset_index(drop=True) for method, part in table.groupby("method", sort=False)
    }


def record_matrix_regularisation(path: str | Path = MATRIX_REGULARISATION_PATH) -> pd.DataFrame:
    """Fit the matrix model (choosing each target's regularisation) and keep the strengths it chose at ``path``.

    Called while the record is stale (after any change to the package or the development labels), so the
    model fitted here chooses them; a current record gives back the same strengths.

    Run with :func:`record_cross_validation` (``make stance-cv``). The key is that of the matrix model's inputs
    (:func:`~.matrix.matrix_inputs`), this package and its libraries, taken before fitting. Returns the table
    written: one row per target and reader (``combination``, and ``words_only``, its words-only reader).
    """
    from analysis.methods.stance.matrix import matrix_inputs, matrix_model

    key = release_key(matrix_inputs(), PROJECT_ROOT)
    model = matrix_model()  # fitted (and kept on disk for the build) by choosing, while no record is current
    rows = [
        {"target": target, "reader": reader, "strength": repr(strength)}
        for reader, chosen in (("combination", model.regularisations), ("words_only", model.words_only.regularisations))
        for target, strength in chosen.items()
    ]
    table = pd.DataFrame(rows, columns=["target", "reader", "strength"])
    write_recorded_table(table, Path(path), key)
    return table


def recorded_matrix_regularisation(
    path: str | Path = MATRIX_REGULARISATION_PATH,
) -> tuple[dict[str, float], dict[str, float]] | None:
    """The kept strengths (for the combination, for its words-only reader) if current for today's data, code and
    libraries; None if they are missing or stale (the fit then chooses them)."""
    from analysis.methods.stance.matrix import matrix_inputs

    table = read_recorded_table(Path(path), matrix_inputs(), PROJECT_ROOT)
    if table is None:
        return None
    chosen: dict[str, dict[str, float]] = {"combination": {}, "words_only": {}}
    for target, reader, strength in table[["target", "reader", "strength"]].itertuples(index=False, name=None):
        chosen[reader][target] = float(strength)
    return chosen["combination"], chosen["words_only"]


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
    development = evaluation.development_set()
    comparison, predictions = evaluation.compare_methods(
        development, held_out, cross_validated=recorded_cross_validation()
    )
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
