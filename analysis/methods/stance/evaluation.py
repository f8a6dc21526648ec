"""Scoring any labelled set of sentences, and comparing the four methods on development and test data.

A *labelled set* is a folder with ``sentences.csv`` (``item_id, source_id, source, genre, text``)
and ``labels.csv`` (``item_id, target, label``; a sentence with no stance has no rows). The item ids
of sentences taken from a corpus are its ``sent_id`` (``doc_id:NNN``, the sentence's 1-based number
in the cleaned statement), so :func:`corpus_items` gives the same ids the coders saw.

The rules of honest scoring that this module keeps:

* **Development data** (the gold set and ``validation/stance_dev``) is for tuning. The learned
  models are scored on it by **cross-validation by document** (:func:`cross_validated_predictions`):
  a statement's sentences are never in the training folds of its own prediction.
* **Test data** (``validation/stance_test``) is scored once, with models fitted on all development
  labels (:func:`compare_methods`), after its labels were committed.
* Every score comes with a **bootstrap interval** over documents (:func:`bootstrap_f1_interval`),
  and with the share of **wrong-direction** labels (favor read as against, or the reverse).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd
from sklearn.model_selection import GroupKFold

from analysis.io.corpus import PROJECT_ROOT
from analysis.methods.stance.coding import CODING_COLUMNS, predict_rules
from analysis.methods.stance.keywords import predict_keywords
from analysis.methods.stance.matrix import BOOTSTRAP_SEED
from analysis.methods.stance.model import StanceModel
from analysis.methods.stance.stacking import StackedStanceModel
from analysis.methods.stance.targets import TARGETS
from analysis.runtime.jobs import map_chunks

#: Where the development and test sets live, beside the statements they come from.
VALIDATION_DIR = PROJECT_ROOT / "validation"
DEV_DIR = VALIDATION_DIR / "stance_dev"
TEST_DIR = VALIDATION_DIR / "stance_test"
UNSEEN_DIR = VALIDATION_DIR / "stance_unseen"
STATEMENTS_DIR = VALIDATION_DIR / "statements"

#: The four methods of the comparison, in the chapter's order.
METHODS = ["keywords", "rules", "model", "combination"]

#: How many folds (groups of whole statements) the cross-validation uses.
FOLDS = 5


@dataclass(frozen=True)
class LabelledSet:
    """Sentences and their adjudicated labels."""

    name: str
    items: pd.DataFrame
    labels: pd.DataFrame

    def __add__(self, other: LabelledSet) -> LabelledSet:
        return LabelledSet(
            f"{self.name} + {other.name}",
            pd.concat([self.items, other.items], ignore_index=True),
            pd.concat([self.labels, other.labels], ignore_index=True),
        )

    def without_sources(self, source_ids: set[str]) -> LabelledSet:
        """The set without the sentences of the given statements (their ``source_id``)."""
        kept = self.items[~self.items["source_id"].isin(source_ids)]
        return LabelledSet(
            self.name, kept.reset_index(drop=True), self.labels[self.labels["item_id"].isin(kept["item_id"])]
        )


def load_labelled_set(
    folder: str | Path,
    name: str | None = None,
    sentences: str = "sentences.csv",
    labels: str = "labels.csv",
    actors: str | Path = STATEMENTS_DIR / "metadata.csv",
) -> LabelledSet:
    """A labelled set from its folder, checked (known targets and labels, known items); errors name the file.

    Each item gets its statement's ``actor_type`` from the table ``actors`` (by default
    ``validation/statements/metadata.csv``; "unknown" for a statement not listed there): the combination
    reads who speaks.
    """
    from analysis.methods.validation import actor_types, load_coding, load_sentences

    folder = Path(folder)
    items = load_sentences(folder / sentences)
    speakers = actor_types(actors) if Path(actors).is_file() else {}
    items["actor_type"] = items["source_id"].map(speakers).fillna("unknown")
    return LabelledSet(name or folder.name, items, load_coding(folder / labels, items))


#: The gold set's files in ``tests/data``: its sentences, its adjudicated labels and its statements' actor types.
GOLD_FILES = ("stance_gold_sentences.csv", "stance_gold.csv", "stance_gold_actors.csv")


def gold_set() -> LabelledSet:
    """The original gold set (167 sentences; development data: the rules were tuned on it).

    Its 33 statements are not in ``validation/statements/metadata.csv``: their actor types come from the
    gold set's own table (``stance_gold_actors.csv``, read off each statement's source line), so the
    combination knows who speaks here as it does in the dev batches.
    """
    from analysis.methods.validation import GOLD_DIR

    sentences, labels, actors = GOLD_FILES
    return load_labelled_set(GOLD_DIR, "gold set", sentences, labels, GOLD_DIR / actors)


def labelled_batches(folder: str | Path) -> list[tuple[Path, Path]]:
    """The ``(sentences, labels)`` file pairs of a folder: ``sentences.csv`` with ``labels.csv``, and every
    later batch ``sentencesX.csv`` with its ``labelsX.csv`` (same ending), in name order.

    A batch of sentences counts only once its labels are there: sentences still being coded would
    otherwise read as sentences without any stance.
    """
    folder = Path(folder)
    pairs = []
    for sentences in sorted(folder.glob("sentences*.csv")):
        labels = folder / ("labels" + sentences.name.removeprefix("sentences"))
        if labels.is_file():
            pairs.append((sentences, labels))
    return pairs


def load_labelled_batches(folder: str | Path, name: str | None = None) -> LabelledSet:
    """Every labelled batch of a folder (:func:`labelled_batches`) as one set; an item in two batches is an error."""
    from analysis.methods.validation import GoldSetError

    folder = Path(folder)
    batches = [
        load_labelled_set(folder, name, sentences.name, labels.name) for sentences, labels in labelled_batches(folder)
    ]
    if not batches:
        raise GoldSetError(f"{folder}: no sentences*.csv with its labels*.csv")
    labelled = batches[0]
    for batch in batches[1:]:
        twice = set(labelled.items["item_id"]) & set(batch.items["item_id"])
        if twice:
            raise GoldSetError(f"{folder}: item_id {sorted(twice)[0]!r} is in two batches")
        labelled = labelled + batch
    return LabelledSet(name or folder.name, labelled.items, labelled.labels)


def development_inputs() -> list[Path]:
    """The files :func:`development_set` reads (the gold set, the dev batches, the statements' actor types):
    what a result fitted on the development labels is kept on disk until.

    Only these files: a new record of scores, a coder's notes or a README beside them changes no fitted result,
    so it does not refit one.
    """
    from analysis.methods.validation import GOLD_DIR

    gold = [GOLD_DIR / name for name in GOLD_FILES]
    batches = [path for pair in labelled_batches(DEV_DIR) for path in pair]
    return [*gold, *batches, STATEMENTS_DIR / "metadata.csv"]


def development_set() -> LabelledSet:
    """All development labels: the gold set and every labelled batch of ``validation/stance_dev`` (new
    batches of dev sentences and labels drop in as ``sentences_NAME.csv`` + ``labels_NAME.csv``)."""
    development = gold_set()
    return development + load_labelled_batches(DEV_DIR, "development set") if has_labels(DEV_DIR) else development


def has_labels(folder: str | Path) -> bool:
    """True if a folder holds at least one labelled batch (the test labels arrive only once committed)."""
    return bool(labelled_batches(folder))


def corpus_items(corpus, doc_ids: list[str] | None = None) -> pd.DataFrame:
    """The sentences of a corpus as items (``item_id`` = ``sent_id``), optionally of some statements only."""
    sentences = corpus.sentences if doc_ids is None else corpus.sentences[corpus.sentences["doc_id"].isin(doc_ids)]
    documents = corpus.documents
    genres = dict(zip(documents["doc_id"], documents.get("genre", pd.Series("", index=documents.index))))
    speakers = dict(zip(documents["doc_id"], documents.get("actor_type", pd.Series("unknown", index=documents.index))))
    return pd.DataFrame(
        {
            "item_id": sentences["sent_id"].to_numpy(),
            "source_id": sentences["doc_id"].to_numpy(),
            "genre": [genres.get(doc_id, "") for doc_id in sentences["doc_id"]],
            "actor_type": [speakers.get(doc_id, "unknown") for doc_id in sentences["doc_id"]],
            "text": sentences["text"].to_numpy(),
        }
    )


# --- Scores ---------------------------------------------------------------------------------


def _decisions(coding: pd.DataFrame, item_ids: list[str]) -> pd.DataFrame:
    """Item × target decisions ('favor', 'against', 'none'), one row per item, one column per target."""
    table = coding.pivot(index="item_id", columns="target", values="label") if not coding.empty else pd.DataFrame()
    return table.reindex(index=item_ids, columns=TARGETS).astype(object).fillna("none")


def item_counts(gold: pd.DataFrame, predicted: pd.DataFrame, item_ids: list[str]) -> pd.DataFrame:
    """Per item: true positives, predicted labels, gold labels, and wrong-direction labels (the parts of every score)."""
    truth, guess = _decisions(gold, item_ids).to_numpy(), _decisions(predicted, item_ids).to_numpy()
    coded_truth, coded_guess = truth != "none", guess != "none"
    return pd.DataFrame(
        {
            "item_id": item_ids,
            "true_positives": ((truth == guess) & coded_truth).sum(axis=1),
            "predicted": coded_guess.sum(axis=1),
            "gold": coded_truth.sum(axis=1),
            "wrong_direction": (coded_truth & coded_guess & (truth != guess)).sum(axis=1),
        }
    )


def f1_of(counts: pd.DataFrame | pd.Series) -> float:
    """Micro-F1 = 2·TP / (predicted + gold), from summed counts."""
    total = counts["predicted"].sum() + counts["gold"].sum()
    return float(2 * counts["true_positives"].sum() / total) if total else 0.0


def bootstrap_f1_interval(
    counts: pd.DataFrame, groups: pd.Series, n_boot: int = 2000, level: float = 0.95, seed: int = BOOTSTRAP_SEED
) -> tuple[float, float]:
    """A percentile interval for micro-F1, resampling whole documents (``groups``) with a fixed seed.

    Sentences of one statement are not independent (one speaker, one style), so the statement is
    the unit that is drawn: the interval says how much the score would move with other statements.
    """
    per_group = counts.groupby(groups.to_numpy())[["true_positives", "predicted", "gold"]].sum().to_numpy(dtype=float)
    draws = np.random.default_rng(seed).integers(0, len(per_group), size=(n_boot, len(per_group)))
    sums = per_group[draws].sum(axis=1)  # n_boot × (tp, predicted, gold)
    totals = sums[:, 1] + sums[:, 2]
    f1 = np.divide(2 * sums[:, 0], totals, out=np.zeros(n_boot), where=totals > 0)
    tail = (1 - level) / 2
    low, high = np.quantile(f1, [tail, 1 - tail])
    return float(low), float(high)


def score_row(method: str, data: str, labelled: LabelledSet, predicted: pd.DataFrame) -> dict:
    """One line of a comparison: micro precision, recall and F1 with its interval, and wrong-direction labels."""
    counts = item_counts(labelled.labels, predicted, labelled.items["item_id"].tolist())
    tp, n_pred, n_gold, wrong = (
        int(counts[c].sum()) for c in ("true_positives", "predicted", "gold", "wrong_direction")
    )
    low, high = bootstrap_f1_interval(counts, labelled.items["source_id"])
    from analysis.methods.validation import Score

    return {
        "method": method,
        "data": data,
        "documents": labelled.items["source_id"].nunique(),
        "sentences": len(labelled.items),
        **Score(tp, n_pred, n_gold).as_row(),
        "f1_low": round(low, 3),
        "f1_high": round(high, 3),
        "wrong_direction": wrong,
        "wrong_direction_share": round(wrong / n_pred, 3) if n_pred else 0.0,
    }


#: A second blind coding of a held-back batch, beside its ``labels.csv``: read for agreement, never for scoring.
SECOND_CODING = "second_coding.csv"


def second_coding_score(folder: str | Path = UNSEEN_DIR) -> dict | None:
    """A second blind coding of a folder's sentences scored against the first, as a method is (:func:`score_row`),
    with Cohen's kappa over every sentence-and-target decision; ``None`` if the folder has no :data:`SECOND_CODING`.

    Two coders who read the codebook alike score high against each other: a method's score on the same
    sentences is then read beside the coders' own, and what it misses is the method's, not the coders' discord.
    """
    from analysis.methods.validation import agreement, load_coding

    folder = Path(folder)
    if not (folder / SECOND_CODING).is_file() or not has_labels(folder):
        return None
    first = load_labelled_set(folder)
    second = load_coding(folder / SECOND_CODING, first.items)
    kappa = agreement(first.labels, second, first.items["item_id"].tolist())["cohen_kappa"]
    return {**score_row("second coding", folder.name, first, second), "cohen_kappa": kappa}


def per_target_f1(labelled: LabelledSet, predicted: pd.DataFrame) -> dict[str, float]:
    """Micro-F1 of each target."""
    scores = {}
    for target in TARGETS:
        gold = labelled.labels[labelled.labels["target"] == target]
        guess = predicted[predicted["target"] == target]
        scores[target] = round(f1_of(item_counts(gold, guess, labelled.items["item_id"].tolist())), 3)
    return scores


def actor_types_of(labelled: LabelledSet) -> dict[str, str]:
    """``doc_id`` → actor type, as a labelled set's items carry it (from the statements' metadata, or, for
    the gold set, its own table); a statement without one is left out, and :func:`per_group_scores`
    counts it as "unknown"."""
    items = labelled.items[labelled.items["actor_type"] != "unknown"]
    return dict(zip(items["source_id"], items["actor_type"]))


def per_group_scores(
    labelled: LabelledSet, predicted: pd.DataFrame, group_of: dict[str, str], name: str = "group"
) -> pd.DataFrame:
    """Micro scores per group of documents (``group_of``: doc_id → group, e.g. the actor type)."""
    counts = item_counts(labelled.labels, predicted, labelled.items["item_id"].tolist())
    counts[name] = labelled.items["source_id"].map(group_of).fillna("unknown").to_numpy()
    counts["documents"] = labelled.items["source_id"].to_numpy()
    rows = []
    for group, part in counts.groupby(name, sort=True):
        rows.append(
            {
                name: group,
                "documents": part["documents"].nunique(),
                "sentences": len(part),
                "gold": int(part["gold"].sum()),
                "predicted": int(part["predicted"].sum()),
                "f1": round(f1_of(part), 3),
                "wrong_direction": int(part["wrong_direction"].sum()),
            }
        )
    return pd.DataFrame(rows)


# --- Methods and the comparison -------------------------------------------------------------


def predictor(
    method: str, training: LabelledSet | None = None, training_rules: pd.DataFrame | None = None
) -> Callable[..., pd.DataFrame]:
    """A function from items (and optionally the rules' coding of them) to a coding table, for one of
    :data:`METHODS`; the models are fitted on ``training`` (``training_rules``: the rules' coding of it)."""
    if method == "keywords":
        return lambda items, rules=None: predict_keywords(items)
    if method == "rules":
        return lambda items, rules=None: predict_rules(items) if rules is None else rules
    if method in ("model", "combination"):
        if training is None:
            raise ValueError(f"the {method} method needs training labels")
        model = StackedStanceModel() if method == "combination" else StanceModel(use_rules=False)
        return model.fit(training.items, training.labels, training_rules).predict
    raise ValueError(f"unknown method {method!r} (methods: {', '.join(METHODS)})")


def _of_items(coding: pd.DataFrame, items: pd.DataFrame) -> pd.DataFrame:
    return coding[coding["item_id"].isin(items["item_id"])]


def cross_validated_predictions(
    labelled: LabelledSet, method: str, folds: int = FOLDS, rules: pd.DataFrame | None = None, n_jobs: int = 1
) -> pd.DataFrame:
    """Predictions for every item of a development set, each from a model that never saw its statement.

    The folds are whole statements (scikit-learn's ``GroupKFold``, deterministic). Keywords and
    rules have nothing to fit: their predictions are the same with or without folds. ``rules``:
    the rules' coding of the items, if already computed. The folds are fitted on ``n_jobs``
    processes (:func:`analysis.runtime.jobs.map_chunks`), with the same predictions in the same order.
    """
    rules = predict_rules(labelled.items) if rules is None and method != "keywords" else rules
    if method in ("keywords", "rules"):
        return predictor(method)(labelled.items, rules)
    groups = labelled.items["source_id"].to_numpy()
    splits = GroupKFold(n_splits=min(folds, len(set(groups)))).split(labelled.items, groups=groups)
    tasks = [(labelled, method, rules, train, held_out) for train, held_out in splits]
    parts = [part for chunk in map_chunks(_fold_predictions, tasks, n_jobs) for part in chunk]
    return pd.concat(parts, ignore_index=True)[CODING_COLUMNS]


def _fold_predictions(tasks: list[tuple]) -> list[pd.DataFrame]:
    """For each fold ``(labelled, method, rules, train, held_out)``: the held-out items' predictions of a
    ``method`` fitted on the training items (positions in ``labelled.items``)."""
    parts = []
    for labelled, method, rules, train, held_out in tasks:
        train_items, held_items = labelled.items.iloc[train], labelled.items.iloc[held_out]
        training = LabelledSet("fold", train_items, _of_items(labelled.labels, train_items))
        label = predictor(method, training, _of_items(rules, train_items))
        parts.append(label(held_items, _of_items(rules, held_items)))
    return parts


def compare_methods(
    development: LabelledSet,
    test: LabelledSet | None = None,
    n_jobs: int = 1,
    cross_validated: dict[str, pd.DataFrame] | None = None,
) -> tuple[pd.DataFrame, dict[str, pd.DataFrame]]:
    """Every method on development data (cross-validated by document, the folds on ``n_jobs``
    processes) and, if given, on the test set.

    Returns the comparison table and the predictions behind it (keyed ``"method|dev"``,
    ``"method|test"``). On the test set the models are fitted on all development labels.
    ``cross_validated``: a method's cross-validated predictions on ``development``, already computed
    (the release's record, :func:`analysis.methods.stance.record.recorded_cross_validation`).
    """
    dev_rules = predict_rules(development.items)
    test_rules = predict_rules(test.items) if test is not None else None
    rows, predictions = [], {}
    for method in METHODS:
        predicted = (cross_validated or {}).get(method)
        if predicted is None:
            predicted = cross_validated_predictions(development, method, rules=dev_rules, n_jobs=n_jobs)
        predictions[f"{method}|dev"] = predicted
        rows.append(score_row(method, "development (cross-validated by document)", development, predicted))
        if test is not None:
            predicted = predictor(method, development, dev_rules)(test.items, test_rules)
            predictions[f"{method}|test"] = predicted
            rows.append(score_row(method, "test (locked)", test, predicted))
    return pd.DataFrame(rows), predictions


def seconds_per_sentence(items: pd.DataFrame, combination: StackedStanceModel, repeats: int = 3) -> dict[str, float]:
    """Time to label one sentence with each method (the best of ``repeats`` runs over ``items``).

    ``combination`` is a fitted combination (the matrix model): the learned model alone is timed as its
    words-only reader, which is that model fitted on the same labels. Timing needs no fit of its own.
    """
    labellers = {
        "keywords": predict_keywords,
        "rules": predict_rules,
        "model": combination.words_only.predict,
        "combination": combination.predict,
    }
    timings = {}
    for method in METHODS:
        best = np.inf
        for _ in range(repeats):
            start = time.perf_counter()
            labellers[method](items)
            best = min(best, time.perf_counter() - start)
        timings[method] = best / max(len(items), 1)
    return timings
