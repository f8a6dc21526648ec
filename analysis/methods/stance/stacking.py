"""The combination's decision, stacked: per target, a small model over what its two readers say.

The combination (:class:`~analysis.methods.stance.model.StanceModel`) reads each sentence twice for
each target: a logistic regression on the words with the rules' answers, and one on the words alone
(the second reader of its direction check). On its own it takes the likelier of its three answers, with
the rare *favor* and *against* weighed up so that "not coded" does not win everywhere; how far up is a
guess that suits some targets and not others. **Stacking** decides instead: for each target, a second,
small logistic regression reads

* the two readers' log-probabilities of the three answers (not coded, favor, against),
* the rules' answer (favor, against), whether a term names the target, whether the Taliban speak,
* which of the nine targets the sentence names (as the readers do: :data:`~.model.NAMED_TARGETS_WEIGHT`),
* whether the statement is a news report (codebook rule 7 codes only its actor there),

and is fitted on **out-of-fold** answers: the readers of each training sentence were fitted without its
statement (:data:`STACK_FOLDS` folds of whole statements), so the stack learns how far to trust them on
sentences they have not seen, not on sentences they have learned by heart. Its "not coded" answer
weighs :data:`NOT_CODED_WEIGHT` against 1 for favor and against. The readers' disagreement on the
direction is one of its inputs, so it replaces the combination's direction check. Like the rules, it
codes nothing in a news report's own background sentences (codebook rule 7).
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import scipy.sparse as sparse
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold

from analysis.methods.stance.coding import (
    ANSWERS,
    coded_answers,
    named_targets,
    predict_rules,
    without_reporter_background,
)
from analysis.methods.stance.context import item_context, news_reports_of
from analysis.methods.stance.model import (
    MODEL_SEED,
    NAMED_TARGETS_WEIGHT,
    REGULARISATION,
    RULE_FEATURE_WEIGHT,
    SPEAKER_WEIGHT,
    StanceModel,
)
from analysis.methods.stance.targets import TARGETS
from analysis.runtime.jobs import map_items, on_one_thread

#: How many folds of whole statements give the out-of-fold answers the stack is fitted on.
STACK_FOLDS = 5

#: The weight of the "not coded" answer in the stack's fit (favor and against weigh 1). Chosen on the
#: development labels (0.3, 0.5, 0.7, and "balanced"; grouped CV over gold set + dev batches 1-6, and
#: fitted there with dev batch 7 held out): micro-F1 0.677 / 0.635, 0.685 / 0.638, 0.678 / 0.623, and
#: balanced 0.52 on batch 7, against 0.679 / 0.623 for the combination's own decision.
NOT_CODED_WEIGHT = 0.5

#: Regularisation of the stack's logistic regressions (scikit-learn's ``C``): a dozen inputs, thousands of rows.
STACK_REGULARISATION = 1.0


def _log_probabilities(classifier: LogisticRegression | str, rows: sparse.csr_matrix) -> np.ndarray:
    """A reader's log-probability of each answer of :data:`ANSWERS` (a one-answer target: that answer certain)."""
    full = np.full((rows.shape[0], len(ANSWERS)), 1e-6)
    if isinstance(classifier, str):
        full[:, ANSWERS.index(classifier)] = 1.0
    else:
        for column, answer in zip(classifier.predict_proba(rows).T, classifier.classes_):
            full[:, ANSWERS.index(answer)] = column
    return np.log(np.clip(full, 1e-6, 1.0))


def reader_features(
    model: StanceModel,
    texts: list[str],
    news_reports: list[bool],
    rule_answers: list[dict[str, str]],
    previous: list[str],
    taliban_speaker: list[bool],
    words: sparse.csr_matrix | None = None,
) -> dict[str, np.ndarray]:
    """For each target, the stack's inputs for each sentence (one row each): the two readers'
    log-probabilities, the rules' answer, a term named, the Taliban speaking, the targets named, a news report
    (``words``: the sentences' word features, if already made)."""
    words = model.word_features(texts, previous) if words is None else words
    named = [named_targets(text) for text in texts]
    news = np.array(news_reports, dtype=float).reshape(-1, 1)
    flag_weights = np.array([SPEAKER_WEIGHT] + [NAMED_TARGETS_WEIGHT] * len(TARGETS))
    features = {}
    for target in TARGETS:
        own = model.rule_columns(target, rule_answers, named, taliban_speaker)
        combined = sparse.hstack([words, own], format="csr")
        features[target] = np.hstack(
            [
                _log_probabilities(model.classifiers[target], combined),
                _log_probabilities(model.words_only.classifiers[target], words),
                own[:, :3] / RULE_FEATURE_WEIGHT,  # the rules' columns, 0 or 1
                own[:, 3:] / flag_weights,  # the speaker and the targets named, 0 or 1
                news,
            ]
        )
    return features


def stack_inputs(model: StanceModel, items: pd.DataFrame, rules: pd.DataFrame) -> dict[str, np.ndarray]:
    """The stack's inputs for a set of items, read by a fitted combination."""
    previous, taliban = item_context(items)
    news = news_reports_of(items)
    return reader_features(model, items["text"].tolist(), news, model.rule_answers_of(items, rules), previous, taliban)


def statement_count(items: pd.DataFrame) -> int:
    """How many statements (``source_id``) the items come from; without that column, each item is one."""
    return items["source_id"].nunique() if "source_id" in items else len(items)


def out_of_fold_inputs(
    items: pd.DataFrame,
    labels: pd.DataFrame,
    rules: pd.DataFrame,
    regularisations: tuple[dict[str, float], dict[str, float]] | None = None,
    n_jobs: int = 1,
) -> dict[str, np.ndarray]:
    """The stack's inputs for every item, each read by a combination fitted without its statement.

    ``regularisations``: each target's ``C`` for the combination and for its words-only reader, as the combination
    fitted on all items chose them (:mod:`.regularisation`); the readers of the folds take them rather than choose
    their own, which would cost a cross-validation inside every fold. None: each reader chooses. The folds are
    fitted on ``n_jobs`` processes (:func:`analysis.runtime.jobs.map_items`), with the same inputs.
    """
    items = items.reset_index(drop=True)
    groups = items["source_id"].to_numpy() if "source_id" in items else items["item_id"].to_numpy()
    splits = list(GroupKFold(n_splits=min(STACK_FOLDS, statement_count(items))).split(items, groups=groups))
    folds = [
        (
            items.iloc[train],
            labels[labels["item_id"].isin(items["item_id"].iloc[train])],
            rules[rules["item_id"].isin(items["item_id"].iloc[train])],
            items.iloc[held_out],
            rules[rules["item_id"].isin(items["item_id"].iloc[held_out])],
            regularisations,
        )
        for train, held_out in splits
    ]
    inputs: dict[str, np.ndarray] = {}
    for (_, held_out), fold_inputs in zip(splits, map_items(_fold_stack_inputs, folds, n_jobs)):
        for target, rows in fold_inputs.items():
            inputs.setdefault(target, np.zeros((len(items), rows.shape[1])))[held_out] = rows
    return inputs


def _fold_stack_inputs(folds: list[tuple]) -> list[dict[str, np.ndarray]]:
    """For each fold ``(training items, labels, rules, held-out items, their rules, regularisations)``: the
    stack's inputs of the held-out items, read by a combination fitted on the training items."""
    inputs = []
    for train_items, train_labels, train_rules, held_items, held_rules, regularisations in folds:
        readers = StanceModel(use_rules=True)
        if regularisations is not None:
            readers.take_regularisations(regularisations)
        readers.fit(train_items, train_labels, train_rules)
        inputs.append(stack_inputs(readers, held_items, held_rules))
    return inputs


class StackedStanceModel(StanceModel):
    """The combination with a stacked decision per target (fitted on out-of-fold answers).

    >>> items = pd.DataFrame({"item_id": list("abcdef"), "source_id": list("xxyyzz"), "text": [
    ...     "We demand a ceasefire.", "The talks met.", "We want a ceasefire now.", "It rained.",
    ...     "We call for a ceasefire.", "The sun shone."]})
    >>> labels = pd.DataFrame({"item_id": ["a", "c", "e"], "target": "ceasefire", "label": "favor"})
    >>> StackedStanceModel().fit(items, labels).predict(items[:2]).to_dict("records")
    [{'item_id': 'a', 'target': 'ceasefire', 'label': 'favor'}]
    """

    def __init__(self, regularisation: float = REGULARISATION, seed: int = MODEL_SEED, n_jobs: int = 1):
        super().__init__(use_rules=True, regularisation=regularisation, seed=seed)
        self.n_jobs = n_jobs  # processes for the folds of the out-of-fold answers (the same model on any number)
        self.stack: dict[str, LogisticRegression | str] | None = None  # None until fitted

    @on_one_thread
    def fit(
        self,
        items: pd.DataFrame,
        labels: pd.DataFrame,
        rules: pd.DataFrame | None = None,
        words: sparse.csr_matrix | None = None,
    ) -> StackedStanceModel:
        """Fit the readers on all items, and the stack of each target on the readers' out-of-fold answers.

        The folds are whole statements (``source_id``; without it, each item is one). Fitted on a single
        statement, there is no fold to leave out, and the combination decides as it does on its own.
        """
        rules = predict_rules(items) if rules is None else rules
        super().fit(items, labels, rules, words)
        self.stack = {}
        if statement_count(items) < 2:  # no fold to leave out: the combination decides alone
            return self
        strengths = (self.regularisations, self.words_only.regularisations)
        inputs = out_of_fold_inputs(items, labels, rules, strengths, self.n_jobs)
        weights = {"none": NOT_CODED_WEIGHT, "favor": 1.0, "against": 1.0}
        for target in TARGETS:
            answers = coded_answers(labels, items["item_id"].tolist(), target)
            if len(set(answers)) < 2:
                self.stack[target] = answers[0]
                continue
            stack = LogisticRegression(
                C=STACK_REGULARISATION, class_weight=weights, max_iter=2000, random_state=self.seed
            )
            self.stack[target] = stack.fit(inputs[target], answers)
        return self

    def sentence_answers(
        self,
        texts: list[str],
        news_reports: list[bool],
        rule_answers: list[dict[str, str]] | None = None,
        words: sparse.csr_matrix | None = None,
        previous: list[str] | None = None,
        taliban_speaker: list[bool] | None = None,
    ) -> list[dict[str, str]]:
        """The stack's answer for each sentence, ``{target: 'favor' | 'against'}`` (arguments as for
        :meth:`StanceModel.sentence_answers`)."""
        if not self.stack:  # not fitted (the parent says so), or fitted on one statement only
            return super().sentence_answers(texts, news_reports, rule_answers, words, previous, taliban_speaker)
        news_reports, rule_answers, previous, taliban_speaker = self.sentence_context(
            texts, news_reports, rule_answers, previous, taliban_speaker
        )
        inputs = reader_features(self, texts, news_reports, rule_answers, previous, taliban_speaker, words)
        answers: list[dict[str, str]] = [{} for _ in texts]
        for target in TARGETS:
            stack = self.stack[target]
            decided = [stack] * len(texts) if isinstance(stack, str) else stack.predict(inputs[target])
            for answer, label in zip(answers, decided):
                if label != "none":
                    answer[target] = label
        return without_reporter_background(answers, texts, news_reports)
