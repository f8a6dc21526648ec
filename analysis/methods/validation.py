"""Validation of the stance method: coder agreement, and the rules scored against the gold set.

The gold set lives in ``tests/data/``: the sentences (``stance_gold_sentences.csv``), two independent
codings (``stance_gold_coder_a.csv`` by the codebook's author, ``stance_gold_coder_b.csv`` by a blind
coder who saw only the codebook and the sentences), coder A's own second pass
(``stance_gold_coder_a_second_pass.csv``, an intra-coder consistency check), the adjudicated labels
(``stance_gold.csv``) and every disagreement with its resolution (``stance_adjudication.csv``).
A coding file has one row per coded (item, target) with ``item_id, target, label``; a sentence that
takes no stance has no rows.

* **Agreement** is measured over every item × target decision in {favor, against, none}, with
  Cohen's kappa and Krippendorff's alpha from :class:`nltk.metrics.agreement.AnnotationTask`
  (no data download needed).
* **Scores** are micro-averaged over (item, target, label) triples: a predicted triple is a true
  positive only if the gold set has the same label for the same item and target.
* **Per statement**: the score of the rules on each gold-set statement's sentences alone. These
  are *not* held-out scores: the rules were tuned on every one of these sentences. Held-out scores
  come from the locked test set (:func:`held_out_report`).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pandas as pd
from nltk.metrics.agreement import AnnotationTask

from analysis.io.corpus import PROJECT_ROOT
from analysis.methods.stance import TARGETS
from analysis.runtime.cache import cached_on_disk
from analysis.runtime.jobs import processes_for

#: Where the gold-set files are.
GOLD_DIR = PROJECT_ROOT / "tests" / "data"

#: The labels of one item × target decision.
DECISIONS = ["favor", "against", "none"]

#: The ids of the five corpus statements: items from any other source are the "outside" part.
CORPUS_SOURCES = frozenset(
    {"kabul-process-2017", "nato-2020", "mofa-consensus-2021", "civil-society-2021", "coalition-letter-2024"}
)

CODING_COLUMNS = ["item_id", "target", "label"]

#: The ``basis`` of an adjudication row that settles a disagreement between coders A and B.
DISAGREEMENT = "A vs blind B disagreement"


class GoldSetError(ValueError):
    """A gold-set file is missing or malformed: the message names the file and the problem."""


def load_sentences(path: str | Path | None = None) -> pd.DataFrame:
    """The gold-set sentences: ``item_id, source_id, source, genre, text``, one row per item."""
    path = Path(path) if path else GOLD_DIR / "stance_gold_sentences.csv"
    table = _read_csv(path, ["item_id", "source_id", "source", "text"])
    duplicated = table["item_id"][table["item_id"].duplicated()]
    if not duplicated.empty:
        raise GoldSetError(f"{path}: item_id {duplicated.iloc[0]!r} appears twice")
    if "genre" not in table:
        table["genre"] = ""
    return table.fillna("")


def load_coding(path: str | Path, items: pd.DataFrame | None = None) -> pd.DataFrame:
    """One coder's labels (or the adjudicated gold), checked: known targets and labels, one label per item and target."""
    path = Path(path)
    coding = _read_csv(path, CODING_COLUMNS)[CODING_COLUMNS]
    bad_target = coding.loc[~coding["target"].isin(TARGETS), "target"]
    if not bad_target.empty:
        raise GoldSetError(f"{path}: unknown target {bad_target.iloc[0]!r} (targets: {', '.join(TARGETS)})")
    bad_label = coding.loc[~coding["label"].isin(["favor", "against"]), "label"]
    if not bad_label.empty:
        raise GoldSetError(
            f"{path}: label {bad_label.iloc[0]!r} is neither 'favor' nor 'against' (leave uncoded targets out)"
        )
    twice = coding[coding.duplicated(["item_id", "target"])]
    if not twice.empty:
        raise GoldSetError(f"{path}: item {twice.iloc[0]['item_id']!r} has two labels for {twice.iloc[0]['target']!r}")
    if items is not None:
        unknown = coding.loc[~coding["item_id"].isin(items["item_id"]), "item_id"]
        if not unknown.empty:
            raise GoldSetError(f"{path}: item_id {unknown.iloc[0]!r} is not in the gold-set sentences")
    return coding.reset_index(drop=True)


def _read_csv(path: Path, required: list[str]) -> pd.DataFrame:
    """Read a CSV as text, failing clearly on a missing file or missing columns."""
    if not path.is_file():
        raise GoldSetError(f"{path}: file not found")
    table = pd.read_csv(path, dtype=str, keep_default_na=False)
    missing = [column for column in required if column not in table.columns]
    if missing:
        raise GoldSetError(f"{path}: missing column(s) {', '.join(missing)}")
    return table


def decision_table(coding: pd.DataFrame, item_ids: list[str]) -> pd.Series:
    """Every item × target decision of one coding, 'none' where nothing is coded, indexed by (item_id, target)."""
    index = pd.MultiIndex.from_product([item_ids, TARGETS], names=["item_id", "target"])
    labels = coding.set_index(["item_id", "target"])["label"]
    return labels.reindex(index).fillna("none")


# --------------------------------------------------------------------------------------------
# Agreement
# --------------------------------------------------------------------------------------------


def agreement(coding_a: pd.DataFrame, coding_b: pd.DataFrame, item_ids: list[str]) -> dict[str, float]:
    """Cohen's kappa and Krippendorff's alpha of two codings over all item × target decisions.

    Also the raw share of decisions on which they agree, and the number of decisions.
    """
    a = decision_table(coding_a, item_ids)
    b = decision_table(coding_b, item_ids)
    data = [("A", f"{item}|{target}", label) for (item, target), label in a.items()]
    data += [("B", f"{item}|{target}", label) for (item, target), label in b.items()]
    task = AnnotationTask(data=data)
    return {
        "decisions": int(len(a)),
        "observed_agreement": round(float((a == b).mean()), 4),
        "cohen_kappa": round(float(task.kappa()), 4),
        "krippendorff_alpha": round(float(task.alpha()), 4),
        "disagreements": int((a != b).sum()),
    }


def disagreements(coding_a: pd.DataFrame, coding_b: pd.DataFrame, item_ids: list[str]) -> pd.DataFrame:
    """Every item × target on which the two codings differ: ``item_id, target, coder_a, coder_b``."""
    a = decision_table(coding_a, item_ids)
    b = decision_table(coding_b, item_ids)
    differ = a != b
    table = pd.DataFrame({"coder_a": a[differ], "coder_b": b[differ]}).reset_index()
    return table.replace("none", "")


def agreement_report(gold_dir: str | Path | None = None) -> dict[str, float]:
    """Inter-coder agreement before adjudication: coder A against the independent blind coder B.

    This is the reliability figure of the gold set (the one the book reports).
    """
    return _pair_agreement(gold_dir, "stance_gold_coder_a.csv", "stance_gold_coder_b.csv")


def intra_coder_report(gold_dir: str | Path | None = None) -> dict[str, float]:
    """Intra-coder consistency: coder A against A's own second pass over the shuffled sentences.

    One person agreeing with themselves is an upper bound on what two coders reach, not a
    reliability figure: report it beside :func:`agreement_report`, never instead of it.
    """
    return _pair_agreement(gold_dir, "stance_gold_coder_a.csv", "stance_gold_coder_a_second_pass.csv")


def _pair_agreement(gold_dir: str | Path | None, first: str, second: str) -> dict[str, float]:
    folder = Path(gold_dir) if gold_dir else GOLD_DIR
    items = load_sentences(folder / "stance_gold_sentences.csv")
    a = load_coding(folder / first, items)
    b = load_coding(folder / second, items)
    return agreement(a, b, items["item_id"].tolist())


# --------------------------------------------------------------------------------------------
# Scoring the rules
# --------------------------------------------------------------------------------------------


def predict(items: pd.DataFrame) -> pd.DataFrame:
    """The rules' labels for gold-set items, as a coding table (news reports get the reported-speech rule)."""
    from analysis.methods.stance.coding import predict_rules

    return predict_rules(items)


@dataclass(frozen=True)
class Score:
    """Precision, recall and F1 with the counts behind them."""

    true_positives: int
    predicted: int
    gold: int

    @property
    def precision(self) -> float:
        return self.true_positives / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.true_positives / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        total = self.predicted + self.gold
        return 2 * self.true_positives / total if total else 0.0

    def as_row(self) -> dict:
        """The counts and the three scores (rounded to 3 places), as the columns of a scores table."""
        return {
            "gold": self.gold,
            "predicted": self.predicted,
            "true_positives": self.true_positives,
            "precision": round(self.precision, 3),
            "recall": round(self.recall, 3),
            "f1": round(self.f1, 3),
        }


def _triples(coding: pd.DataFrame) -> set[tuple[str, str, str]]:
    return set(map(tuple, coding[CODING_COLUMNS].itertuples(index=False, name=None)))


def micro_score(gold: pd.DataFrame, predicted: pd.DataFrame) -> Score:
    """Micro-averaged precision, recall and F1 over (item, target, label) triples.

    >>> gold = pd.DataFrame([("s1", "ceasefire", "favor"), ("s2", "violence", "against")], columns=CODING_COLUMNS)
    >>> pred = pd.DataFrame([("s1", "ceasefire", "favor"), ("s2", "violence", "favor")], columns=CODING_COLUMNS)
    >>> round(micro_score(gold, pred).f1, 3)
    0.5
    """
    gold_triples, predicted_triples = _triples(gold), _triples(predicted)
    return Score(len(gold_triples & predicted_triples), len(predicted_triples), len(gold_triples))


def per_target_scores(gold: pd.DataFrame, predicted: pd.DataFrame) -> pd.DataFrame:
    """Precision, recall, F1 and the counts for each target (a label must match to count)."""
    rows = []
    for target in TARGETS:
        score = micro_score(gold[gold["target"] == target], predicted[predicted["target"] == target])
        rows.append({"target": target, **score.as_row()})
    return pd.DataFrame(rows)


def confusion_table(gold: pd.DataFrame, predicted: pd.DataFrame, item_ids: list[str]) -> pd.DataFrame:
    """Gold label (rows) against predicted label (columns) over every item × target, 'none' included."""
    truth = decision_table(gold, item_ids).rename("gold")
    guess = decision_table(predicted, item_ids).rename("predicted")
    table = pd.crosstab(truth, guess).reindex(index=DECISIONS, columns=DECISIONS, fill_value=0)
    return table


def errors(gold: pd.DataFrame, predicted: pd.DataFrame, items: pd.DataFrame) -> pd.DataFrame:
    """Every item × target where a method's labels and the gold set differ, with the sentence."""
    item_ids = items["item_id"].tolist()
    truth = decision_table(gold, item_ids)
    guess = decision_table(predicted, item_ids)
    differ = truth != guess
    table = pd.DataFrame({"gold": truth[differ], "predicted": guess[differ]}).reset_index()
    return table.merge(items[["item_id", "source_id", "text"]], on="item_id", how="left")


def _part_score(gold: pd.DataFrame, predicted: pd.DataFrame, item_ids: set[str]) -> Score:
    return micro_score(gold[gold["item_id"].isin(item_ids)], predicted[predicted["item_id"].isin(item_ids)])


def part_scores(gold: pd.DataFrame, predicted: pd.DataFrame, items: pd.DataFrame) -> pd.DataFrame:
    """Micro scores on the whole gold set, its corpus part and its outside part."""
    corpus_ids = set(items.loc[items["source_id"].isin(CORPUS_SOURCES), "item_id"])
    outside_ids = set(items["item_id"]) - corpus_ids
    parts = {"all": set(items["item_id"]), "corpus": corpus_ids, "outside": outside_ids}
    return pd.DataFrame([_score_row(name, _part_score(gold, predicted, ids), len(ids)) for name, ids in parts.items()])


def leave_one_statement_out(gold: pd.DataFrame, predicted: pd.DataFrame, items: pd.DataFrame) -> pd.DataFrame:
    """The score on each gold-set statement, and their mean (tuned data: not held out).

    Each of the five corpus statements is one fold, and so is the outside part as a whole.
    """
    folds = {source: set(items.loc[items["source_id"] == source, "item_id"]) for source in sorted(CORPUS_SOURCES)}
    folds["outside (all other sources)"] = set(items.loc[~items["source_id"].isin(CORPUS_SOURCES), "item_id"])
    rows = [_score_row(name, _part_score(gold, predicted, ids), len(ids)) for name, ids in folds.items()]
    table = pd.DataFrame(rows)
    mean = {
        "part": "mean over folds",
        "items": int(table["items"].sum()),
        "gold": int(table["gold"].sum()),
        "predicted": int(table["predicted"].sum()),
        "true_positives": int(table["true_positives"].sum()),
        "precision": round(table["precision"].mean(), 3),
        "recall": round(table["recall"].mean(), 3),
        "f1": round(table["f1"].mean(), 3),
    }
    return pd.concat([table, pd.DataFrame([mean])], ignore_index=True)


def _score_row(name: str, score: Score, n_items: int) -> dict:
    return {"part": name, "items": n_items, **score.as_row()}


def label_counts(gold: pd.DataFrame) -> pd.DataFrame:
    """How many favor and against labels the gold set holds for each target."""
    counts = pd.crosstab(gold["target"], gold["label"]).reindex(
        index=TARGETS, columns=["favor", "against"], fill_value=0
    )
    return counts.rename_axis(index="target", columns=None).reset_index()


def validation_report(gold_dir: str | Path | None = None) -> dict[str, object]:
    """Everything the stance chapter reports: agreement, scores by part, per target, LOSO, confusions, errors.

    ``adjudication`` holds the A-vs-B disagreements only; ``gold_changes_without_disagreement`` the
    rows of the adjudication file that record a change to the gold set on which both coders agreed
    (a label of an earlier gold-set version that the two independent codings overturned).
    """
    folder = Path(gold_dir) if gold_dir else GOLD_DIR
    items = load_sentences(folder / "stance_gold_sentences.csv")
    gold = load_coding(folder / "stance_gold.csv", items)
    predicted = predict(items)
    item_ids = items["item_id"].tolist()
    adjudication = pd.read_csv(folder / "stance_adjudication.csv", dtype=str, keep_default_na=False)
    disputed = (
        adjudication["basis"].eq(DISAGREEMENT) if "basis" in adjudication else pd.Series(True, index=adjudication.index)
    )
    return {
        "agreement": agreement_report(folder),
        "intra_coder_agreement": intra_coder_report(folder),
        "parts": part_scores(gold, predicted, items),
        "per_target": per_target_scores(gold, predicted),
        "leave_one_statement_out": leave_one_statement_out(gold, predicted, items),
        "confusion": confusion_table(gold, predicted, item_ids),
        "errors": errors(gold, predicted, items),
        "label_counts": label_counts(gold),
        "adjudication": adjudication[disputed].reset_index(drop=True),
        "gold_changes_without_disagreement": adjudication[~disputed].reset_index(drop=True),
    }


# --------------------------------------------------------------------------------------------
# Held out: the four methods on development data (by document) and on the locked test set
# --------------------------------------------------------------------------------------------


def actor_types(metadata: str | Path | None = None) -> dict[str, str]:
    """``doc_id`` → actor type of the validation statements (``validation/statements/metadata.csv``)."""
    from analysis.methods.stance.evaluation import STATEMENTS_DIR

    path = Path(metadata) if metadata else STATEMENTS_DIR / "metadata.csv"
    table = _read_csv(path, ["doc_id", "actor_type"])
    return dict(zip(table["doc_id"], table["actor_type"]))


def error_rates(labelled, predicted: pd.DataFrame) -> pd.DataFrame:
    """Per target: of the predicted labels, the share in the wrong direction and the share where the gold set has none."""
    rows = []
    for target in TARGETS:
        guess = predicted[predicted["target"] == target].merge(
            labelled.labels[labelled.labels["target"] == target],
            on=["item_id", "target"],
            how="left",
            suffixes=("", "_gold"),
        )
        n = len(guess)
        wrong = int((guess["label_gold"].notna() & (guess["label_gold"] != guess["label"])).sum())
        false_alarm = int(guess["label_gold"].isna().sum())
        rows.append(
            {
                "target": target,
                "predicted": n,
                "wrong_direction": wrong,
                "false_alarm": false_alarm,
                "wrong_direction_rate": round(wrong / n, 3) if n else 0.0,
                "false_alarm_rate": round(false_alarm / n, 3) if n else 0.0,
            }
        )
    return pd.DataFrame(rows)


#: Where :func:`held_out_report` is kept between processes (the book build, the notebooks' rerun).
CACHE_DIR = PROJECT_ROOT / "_build" / "cache"


def held_out_report(with_test: bool = False) -> dict[str, object]:
    """The comparison of keywords, rules, the learned model and their combination.

    On the development labels (gold set + ``validation/stance_dev``) by cross-validation by
    document; on the locked test set (``validation/stance_test``) once, if its labels are there and
    ``with_test`` (off by default: the test set is scored once per release, by
    :func:`analysis.methods.stance.record.score_locked_test`, never by a build). The method with
    the best development F1 is the matrix's; its test predictions give the per-target,
    per-actor-type and error-rate tables (development ones if no test set).
    Fitting a model per fold takes a while, so the report is kept on disk
    (:func:`analysis.runtime.cache.cached_on_disk`) until what it reads, the package or a library
    change: the gold set, the dev labels, the statements' actor types and (``with_test``) the test
    set; a new batch in ``validation/stance_unseen`` or a cleaning set does not refit it.
    """
    from analysis.methods.stance import evaluation

    read = evaluation.development_inputs()
    return cached_on_disk(
        f"held_out_report-{'with' if with_test else 'without'}-test",
        [*read, evaluation.TEST_DIR] if with_test else read,
        lambda: _held_out_report(with_test),
        CACHE_DIR,
    )


def _held_out_report(with_test: bool) -> dict[str, object]:
    from analysis.methods.stance import evaluation, record

    development = evaluation.development_set()
    test = (
        evaluation.load_labelled_set(evaluation.TEST_DIR, "test set")
        if with_test and evaluation.has_labels(evaluation.TEST_DIR)
        else None
    )
    # the folds are fitted side by side, one process per core (the same predictions as one after another)
    n_jobs = processes_for(evaluation.FOLDS)
    recorded = record.recorded_cross_validation()  # the release's, if still current
    comparison, predictions = evaluation.compare_methods(development, test, n_jobs=n_jobs, cross_validated=recorded)
    on_dev = comparison[comparison["data"].str.startswith("development")].set_index("method")
    best = str(on_dev["f1"].idxmax())
    scored, key = (test, "test") if test is not None else (development, "dev")
    item_ids = scored.items["item_id"].tolist()
    per_target = pd.DataFrame(
        {method: evaluation.per_target_f1(scored, predictions[f"{method}|{key}"]) for method in evaluation.METHODS}
    )
    per_target_dev = pd.DataFrame(
        {method: evaluation.per_target_f1(development, predictions[f"{method}|dev"]) for method in evaluation.METHODS}
    )
    chosen = predictions[f"{best}|{key}"]
    return {
        "comparison": comparison,
        "best_on_dev": best,
        "test_available": test is not None,
        "scored_on": key,
        "development": development,
        "test": test,
        "per_target": per_target.rename_axis("target").reset_index(),
        "per_target_dev": per_target_dev.rename_axis("target").reset_index(),
        "confusion": {
            method: confusion_table(scored.labels, predictions[f"{method}|{key}"], item_ids)
            for method in evaluation.METHODS
        },
        "per_actor_type": evaluation.per_group_scores(scored, chosen, actor_types(), "actor_type")
        if test is not None
        else pd.DataFrame(),
        "error_rates": error_rates(scored, chosen),
        "errors": errors(scored.labels, chosen, scored.items),
        "predictions": predictions,
    }
