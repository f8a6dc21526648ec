"""Supervised learning beside the dictionary: a keyword baseline, a learned model, and the two combined.

The rules (:mod:`.rules`) are a *dictionary method*: an analyst writes down which words signal which stance. A
*supervised* method learns the signal from sentences coded by hand instead. Three methods are compared with the
rules in the chapter:

* **keyword baseline** (:mod:`.keywords`): a target is coded when one of its terms appears, *against* if the
  sentence holds a word of opposition, else *favor*: the floor every other method must clear.
* **learned model** (:class:`StanceModel` with ``use_rules=False``): for each target, a logistic regression over
  three answers (favor, against, not coded) on the sentence's words (their stems, TF-IDF weighted,
  :data:`NGRAM_RANGE`).
* **combination** (``use_rules=True``): the same, with the rules' answer for the target (favor, against, or none)
  and whether a target term is named as three more features, so the model can learn when to trust the rules and what
  they miss, which of the nine targets the sentence names (:data:`NAMED_TARGETS_WEIGHT`), and who speaks: whether
  the statement's actor is the Taliban (:func:`.context.is_taliban_speaker`; codebook rule 7 codes the actor's own
  stance, and the Taliban's praise of "the Islamic Emirate" is a stance for it). Each
  training sentence is shown a second time without the rules' answers (:func:`with_rules_hidden`), so that the model
  learns to read the words too: the rules were fixed on these sentences and are right on them more often than on new
  text. It abstains where the learned model of the words alone reads the opposite direction
  (:data:`DIRECTION_CHECK`): two readers that disagree on the sign of a stance make a wrong-direction label likely,
  and a label missed costs less. Like the rules, it codes nothing in a news report's own background sentences
  (codebook rule 7).

The combination also reads the words of the sentence before (:data:`CONTEXT_WEIGHT`): a stance often runs on across
sentences ("We condemn the attack. It killed 12 civilians."). The book's combination takes its final decision with a
stacked model over these two readers (:mod:`.stacking`).

The models are fitted on development labels only, with a fixed seed; they need no download.
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd
import scipy.sparse as sparse
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression

from analysis.methods.stance.clauses import rules_reading
from analysis.methods.stance.coding import (
    coded_answers,
    coding_table,
    named_targets,
    predict_rules,
    without_reporter_background,
)
from analysis.methods.stance.context import item_context, news_reports_of
from analysis.methods.stance.regularisation import chosen_regularisation
from analysis.methods.stance.rules import StanceLabel, sentence_stance, sentence_stance_evidence
from analysis.methods.stance.targets import TARGETS
from analysis.runtime.jobs import on_one_thread
from analysis.runtime.linear import linear_predictions
from analysis.text.tokens import stem

#: Seed of every fitted model, so the same labels give the same model.
MODEL_SEED = 20261129

#: Regularisation strength of the logistic regressions (scikit-learn's ``C``: smaller is simpler), and the weighting
#: of the three answers: "balanced" weighs the rare favor and against answers up, so the model does not learn to
#: answer "not coded" everywhere. Both were chosen by cross-validation by document on the development labels (C in 1,
#: 4, 16; balanced or not). Since the stance17 round each target's ``C`` is chosen from 1, 4 and 16 when the model is
#: fitted, by a cross-validation inside its training statements (:mod:`.regularisation`); this one wins a tie.
REGULARISATION = 4.0
CLASS_WEIGHT = "balanced"

MODEL_WORD = re.compile(r"(?u)\b\w\w+\b")

#: Whether the model reads each word's Snowball stem ("negotiate", "negotiations": one feature), so a word learned in
#: one form counts in the others. Chosen on grouped CV over gold set + dev batches 1-7, and fitted there with dev
#: batch 8 held out: combination micro-F1 0.676 -> 0.677 and 0.632 -> 0.636, wrong direction (batch 8) 1.8% -> 1.4%.
STEMMED_WORDS = True

#: The word sequences the model reads: single words. Word pairs as well (1, 2) and triples (1, 3) scored lower in
#: cross-validation by document on the development labels of the time (gold set + dev batches 1-2; combination
#: micro-F1 0.704 and 0.697 against 0.720 for single words): with about 1,200 coded sentences, most pairs are seen
#: once, and the model learned the wording of particular statements.
NGRAM_RANGE = (1, 1)

#: Whether the combination drops a label that the model of the words alone gives the opposite direction. Chosen by
#: cross-validation by document on the development labels (gold set + both dev batches): F1 unchanged (0.705 and
#: 0.704), wrong-direction labels 2.6% -> 2.2% (dev batch 2 alone: 3.9% -> 3.2%).
DIRECTION_CHECK = True

#: How much a rule feature counts against one word's TF-IDF weight.
RULE_FEATURE_WEIGHT = 3.0

#: The weight of the second copy of every training sentence that the combination sees without the rules' answers
#: (:func:`with_rules_hidden`). The rules were fixed on the development sentences, so on them the rules are right more
#: often than on new text, and a model fitted on them learns to follow the rules and little else; the copy makes it
#: read the words as well. Chosen on the development labels (weights 0.25, 0.5, 1; fit on gold set + dev batches 1-2,
#: dev batch 3 held out): micro-F1 on batch 3 0.584 -> 0.618, wrong direction 3.1% -> 2.3%; grouped CV on the others
#: 0.727 -> 0.723.
RULES_HIDDEN_WEIGHT = 0.25

#: How much the words of the previous sentence of the same statement count beside the sentence's own (separate
#: features, so "attack" before is not "attack" here). Chosen on the development labels (0, 0.25, 0.5; grouped CV over
#: gold set + dev batches 1-4, and fit there with dev batch 5 held out): micro-F1 0.673 -> 0.672 and 0.632 -> 0.638,
#: wrong direction on batch 5 2.2% -> 1.5%. The words-only model does not read it: there it lowered batch 5 (0.608 ->
#: 0.598; CV 0.622 -> 0.625).
CONTEXT_WEIGHT = 0.5

#: How much the combination's speaker feature counts (the statement's actor is the Taliban). A feature for each actor
#: type scored lower (held-out batch 5: 0.616), as did its product with "a term names the target" (0.642 against 0.643
#: without), on the same protocol as :data:`CONTEXT_WEIGHT`: 0.673 -> 0.672 and 0.632 -> 0.643 (taliban 0.49 -> 0.54);
#: with the previous sentence as well, 0.675 and 0.643.
SPEAKER_WEIGHT = 1.0

#: How much each of the combination's flags "the sentence names target X" counts, one flag per target, read by
#: every target's classifier (not only its own target's: a sentence naming the Taliban is more often a stance on
#: human rights). Chosen on the development labels (weight 1 against none; grouped CV over gold set + dev batches
#: 1-10, and fitted there with dev batch 11 held out): combination micro-F1 0.676 -> 0.678 and 0.619 -> 0.625,
#: wrong direction 1.3% -> 1.4% and 1.3% -> 1.3%.
NAMED_TARGETS_WEIGHT = 1.0


def model_words(reading: str) -> str:
    """The words the model reads in a sentence as the rules read it (:func:`rules_reading`: normalised, with
    organisation names masked: "High Council for National Reconciliation" is a name, not a word for negotiations):
    its words (two or more word characters, :data:`MODEL_WORD`) cut to their stems (:data:`STEMMED_WORDS`).

    >>> model_words("the organisation welcomed the talks.")
    'the organis welcom the talk'
    """
    read = stem if STEMMED_WORDS else str
    return " ".join(read(word) for word in MODEL_WORD.findall(reading))


def model_texts(texts: list[str], readings: dict[str, str] | None = None) -> list[str]:
    """The text the model reads in each sentence (:func:`model_words`). Each distinct sentence is read once (each is
    also the next one's previous sentence); ``readings``: sentences already read by the rules (:func:`rules_reading`).

    >>> model_texts(["The Taliban rejected negotiations."])
    ['the taliban reject negoti']
    """
    readings = readings or {}
    words = {text: model_words(readings.get(text) or rules_reading(text)) for text in dict.fromkeys(texts)}
    return [words[text] for text in texts]


def with_rules_hidden(
    features: sparse.csr_matrix, answers: np.ndarray, n_words: int
) -> tuple[sparse.csr_matrix, np.ndarray, np.ndarray]:
    """The training rows twice: as they are (weight 1), and with the rules' three columns (after the
    ``n_words`` word columns) set to 0, weighted :data:`RULES_HIDDEN_WEIGHT`. Returns rows, answers, weights.

    >>> rows, answers, weights = with_rules_hidden(sparse.csr_matrix([[0.5, 0.2, 3.0, 0.0, 3.0]]), np.array(["favor"]), 2)
    >>> rows.toarray().tolist(), answers.tolist(), weights.tolist()
    ([[0.5, 0.2, 3.0, 0.0, 3.0], [0.5, 0.2, 0.0, 0.0, 0.0]], ['favor', 'favor'], [1.0, 0.25])
    """
    kept = np.ones(features.shape[1])
    kept[n_words : n_words + 3] = 0.0
    hidden = features @ sparse.diags(kept)
    weights = np.concatenate([np.ones(len(answers)), np.full(len(answers), RULES_HIDDEN_WEIGHT)])
    return sparse.vstack([features, hidden], format="csr"), np.concatenate([answers, answers]), weights


def without_disputed_directions(answers: list[dict[str, str]], second: list[dict[str, str]]) -> list[dict[str, str]]:
    """The answers without the labels that a second reader (the words-only model) gives the opposite direction."""
    return [
        {target: label for target, label in answer.items() if other.get(target, label) == label}
        for answer, other in zip(answers, second)
    ]


class StanceModel:
    """One logistic regression per target on the words (TF-IDF), optionally with the rules' answers as features.

    >>> items = pd.DataFrame({"item_id": ["a", "b", "c", "d"], "text": [
    ...     "We demand a ceasefire.", "We reject a ceasefire.", "We want a ceasefire now.", "The talks met."]})
    >>> labels = pd.DataFrame({"item_id": ["a", "b", "c"], "target": "ceasefire", "label": ["favor", "against", "favor"]})
    >>> StanceModel(use_rules=False).fit(items, labels).predict(items[:1]).to_dict("records")
    [{'item_id': 'a', 'target': 'ceasefire', 'label': 'favor'}]
    """

    def __init__(
        self,
        use_rules: bool = True,
        regularisation: float = REGULARISATION,
        seed: int = MODEL_SEED,
        per_target: dict[str, float] | None = None,
    ):
        self.use_rules = use_rules
        self.regularisation = regularisation
        self.seed = seed
        # each target's C, if already chosen (the stack's readers take their parent's); None: chosen in fit
        self.per_target = per_target
        self.regularisations: dict[str, float] = {}  # each target's C, as fitted
        self.vectorizer = TfidfVectorizer(ngram_range=NGRAM_RANGE, sublinear_tf=True, min_df=1)
        self.classifiers: dict[str, LogisticRegression | str] = {}
        # the second reader of the direction check: the same model on the words alone
        self.words_only = StanceModel(False, regularisation, seed) if use_rules and DIRECTION_CHECK else None

    def take_regularisations(self, strengths: tuple[dict[str, float], dict[str, float]]) -> StanceModel:
        """Give the model, and its words-only reader, each target's regularisation already chosen (for the
        combination, for the words-only reader), so that :meth:`fit` takes them rather than choosing again."""
        self.per_target = strengths[0]
        if self.words_only is not None:
            self.words_only.per_target = strengths[1]
        return self

    def word_features(
        self, texts: list[str], previous: list[str], fit: bool = False, readings: dict[str, str] | None = None
    ) -> sparse.csr_matrix:
        """The word features of sentences: their own words, then, for the combination, the previous
        sentence's (:data:`CONTEXT_WEIGHT`; its words-only reader of the direction check shares them).
        ``readings``: the sentences as the rules read them, if already made (:func:`model_texts`)."""
        read = model_texts(list(texts) + list(previous) if self.use_rules else list(texts), readings)
        own_words, words_before = read[: len(texts)], read[len(texts) :]
        own = self.vectorizer.fit_transform(own_words) if fit else self.vectorizer.transform(own_words)
        if not self.use_rules:
            return own
        before = self.vectorizer.transform(words_before)
        return sparse.hstack([own, before * CONTEXT_WEIGHT], format="csr")

    def rule_columns(
        self, target: str, rule_answers: list[dict], named: list[set], taliban_speaker: list[bool]
    ) -> np.ndarray | None:
        """The combination's own features for one target: the rules' answer (favor, against), whether a
        term names the target, whether the Taliban speak (:data:`SPEAKER_WEIGHT`), and which of all the
        targets the sentence names (:data:`NAMED_TARGETS_WEIGHT`, in the order of :data:`TARGETS`)."""
        if not self.use_rules:
            return None
        columns = [
            [answers.get(target) == "favor", answers.get(target) == "against", target in names]
            for answers, names in zip(rule_answers, named)
        ]
        rules = np.array(columns, dtype=float).reshape(len(named), 3) * RULE_FEATURE_WEIGHT
        speaker = np.array(taliban_speaker, dtype=float).reshape(-1, 1) * SPEAKER_WEIGHT
        flags = np.array([[each in names for each in TARGETS] for names in named], dtype=float)
        return np.hstack([rules, speaker, flags.reshape(len(named), len(TARGETS)) * NAMED_TARGETS_WEIGHT])

    def _features(
        self, words: sparse.csr_matrix, target: str, rule_answers: list[dict], named: list[set], taliban: list[bool]
    ) -> sparse.csr_matrix:
        if not self.use_rules:
            return words
        return sparse.hstack([words, self.rule_columns(target, rule_answers, named, taliban)], format="csr")

    def rule_answers_of(self, items: pd.DataFrame, rules: pd.DataFrame | None) -> list[dict[str, str]]:
        """The rules' answers per item: from their coding table if given, else computed here."""
        if not self.use_rules:
            return []
        rules = predict_rules(items) if rules is None else rules
        by_item: dict[str, dict] = {}
        for item_id, target, label in rules.itertuples(index=False, name=None):
            by_item.setdefault(item_id, {})[target] = label
        return [by_item.get(item_id, {}) for item_id in items["item_id"]]

    @on_one_thread
    def fit(
        self,
        items: pd.DataFrame,
        labels: pd.DataFrame,
        rules: pd.DataFrame | None = None,
        words: sparse.csr_matrix | None = None,
    ) -> StanceModel:
        """Fit one classifier per target on coded items (``item_id, text``; labels ``item_id, target, label``).

        ``rules``: the rules' coding of the items, if already computed (:func:`predict_rules`).
        ``words``: the items' word features from an already fitted :attr:`vectorizer` (the words-only
        reader of the direction check shares its parent's, fitted on the same texts). The items'
        ``source_id`` and ``actor_type``, if given, give each sentence the one before it and its speaker
        (:func:`item_context`), and the folds of whole statements in which each target's regularisation is chosen
        (:func:`~.regularisation.chosen_regularisation`, unless :attr:`per_target` gives it).
        """
        if items.empty:
            raise ValueError("StanceModel.fit: no coded items to learn from")
        item_ids = items["item_id"].tolist()
        previous, taliban = item_context(items)
        words = self.word_features(items["text"].tolist(), previous, fit=True) if words is None else words
        rule_answers = self.rule_answers_of(items, rules)
        named = [named_targets(text) for text in items["text"]] if self.use_rules else []
        statements = (items["source_id"] if "source_id" in items else items["item_id"]).to_numpy()
        n_words = words.shape[1]

        def classifier(rows: sparse.csr_matrix, answers: np.ndarray, strength: float) -> LogisticRegression:
            return self.fitted_classifier(rows, answers, strength, n_words)

        for target in TARGETS:
            answers = coded_answers(labels, item_ids, target)
            if len(set(answers)) < 2:
                self.classifiers[target] = answers[0]  # one answer only: nothing to learn, always give it
                continue
            features = self._features(words, target, rule_answers, named, taliban)
            if self.per_target is None:
                strength = chosen_regularisation(classifier, features, answers, statements, self.regularisation)
            else:
                strength = self.per_target.get(target, self.regularisation)
            self.regularisations[target] = strength
            self.classifiers[target] = classifier(features, answers, strength)
        if self.words_only is not None:
            self.words_only.vectorizer = self.vectorizer
            self.words_only.fit(items, labels, words=words)
        return self

    def fitted_classifier(
        self, features: sparse.csr_matrix, answers: np.ndarray, strength: float, n_words: int
    ) -> LogisticRegression:
        """One target's logistic regression fitted at regularisation ``strength`` on some rows (the combination sees
        each row twice, the second time without the rules' answers after the ``n_words`` word columns:
        :func:`with_rules_hidden`)."""
        weights = None
        if self.use_rules:
            features, answers, weights = with_rules_hidden(features, answers, n_words)
        classifier = LogisticRegression(C=strength, class_weight=CLASS_WEIGHT, max_iter=2000, random_state=self.seed)
        return classifier.fit(features, answers, sample_weight=weights)

    def predict(
        self, items: pd.DataFrame, rules: pd.DataFrame | None = None, words: sparse.csr_matrix | None = None
    ) -> pd.DataFrame:
        """The model's coding of items: ``item_id, target, label`` for every target it does not answer 'none'.

        ``rules`` and ``words`` as in :meth:`fit`, if already computed for these items.
        """
        previous, taliban = item_context(items)
        texts, news_reports = items["text"].tolist(), news_reports_of(items)
        answers = self.sentence_answers(
            texts, news_reports, self.rule_answers_of(items, rules), words, previous, taliban
        )
        return coding_table(items["item_id"].tolist(), answers)

    def sentence_answers(
        self,
        texts: list[str],
        news_reports: list[bool],
        rule_answers: list[dict[str, str]] | None = None,
        words: sparse.csr_matrix | None = None,
        previous: list[str] | None = None,
        taliban_speaker: list[bool] | None = None,
    ) -> list[dict[str, str]]:
        """The model's answer for each sentence, ``{target: 'favor' | 'against'}`` (:meth:`predict` without ids).

        ``news_reports``: whether each sentence is of a news report; ``rule_answers``: the rules'
        answer for each sentence (:func:`sentence_stance`), computed here if not given; ``previous``:
        the sentence before each in its statement (:func:`previous_sentences`; none if not given);
        ``taliban_speaker``: whether each sentence's statement is the Taliban's (unknown: False).
        """
        if not self.classifiers:
            raise ValueError("StanceModel.predict: the model has not been fitted")
        news_reports, rule_answers, previous, taliban_speaker = self.sentence_context(
            texts, news_reports, rule_answers, previous, taliban_speaker
        )
        words = self.word_features(texts, previous) if words is None else words
        named = [named_targets(text) for text in texts] if self.use_rules else []
        fitted = [target for target in TARGETS if not isinstance(self.classifiers[target], str)]
        own_columns = [self.rule_columns(target, rule_answers, named, taliban_speaker) for target in fitted]
        predicted = dict(zip(fitted, linear_predictions([self.classifiers[t] for t in fitted], words, own_columns)))
        answers: list[dict[str, str]] = [{} for _ in texts]
        for target in TARGETS:
            labels = predicted.get(target, np.full(len(texts), self.classifiers[target]))
            for answer, label in zip(answers, labels):
                if label != "none":
                    answer[target] = label
        if self.words_only is not None:
            answers = without_disputed_directions(answers, self.words_only.sentence_answers(texts, [], words=words))
        if self.use_rules:
            answers = without_reporter_background(answers, texts, news_reports)
        return answers

    def sentence_context(
        self,
        texts: list[str],
        news_reports: list[bool],
        rule_answers: list[dict[str, str]] | None,
        previous: list[str] | None,
        taliban_speaker: list[bool] | None,
    ) -> tuple[list[bool], list[dict[str, str]] | None, list[str], list[bool]]:
        """The arguments of :meth:`sentence_answers` with their defaults, in that order: no news report (if
        ``news_reports`` is empty), the rules' answers (combination only), no previous sentence, no Taliban speaker."""
        news_reports = list(news_reports) or [False] * len(texts)
        if self.use_rules and rule_answers is None:
            rule_answers = [sentence_stance(text, news) for text, news in zip(texts, news_reports)]
        previous = [""] * len(texts) if previous is None else previous
        taliban_speaker = [False] * len(texts) if taliban_speaker is None else taliban_speaker
        return news_reports, rule_answers, previous, taliban_speaker

    def label_sentences(
        self,
        texts: list[str],
        news_reports: list[bool],
        previous: list[str] | None = None,
        taliban_speaker: list[bool] | None = None,
    ) -> list[list[StanceLabel]]:
        """The model's labels of some sentences, each with its evidence: the rules' cues where the rules
        agree, else the model's answer beside the rules' (so every label can still be checked by hand).

        ``news_reports``: whether each sentence is of a news report (the sentences may come from
        several statements: labelling many at once costs less per sentence); ``previous`` and
        ``taliban_speaker`` as in :meth:`sentence_answers`.
        """
        readings = {text: rules_reading(text) for text in texts}  # each sentence read once, by the rules and the model
        evidence = [sentence_stance_evidence(text, news, readings[text]) for text, news in zip(texts, news_reports)]
        rule_answers = [{label.target: label.label for label in labels} for labels in evidence]
        previous = [""] * len(texts) if previous is None else previous
        words = self.word_features(texts, previous, readings=readings) if texts else None
        answers = (
            self.sentence_answers(texts, news_reports, rule_answers, words, previous, taliban_speaker) if texts else []
        )
        labels: list[list[StanceLabel]] = []
        for answer, rule_labels in zip(answers, evidence):
            by_target = {label.target: label for label in rule_labels}
            sentence = []
            for target, label in answer.items():
                rule = by_target.get(target)
                agreed = rule is not None and rule.label == label
                cues = rule.cues if agreed else f"learned model: {label} (rules: {rule.label if rule else 'none'})"
                sentence.append(StanceLabel(target, label, cues))
            labels.append(sentence)
        return labels

    def top_features(self, target: str, label: str, n: int = 10) -> list[str]:
        """The ``n`` features that most raise the odds of ``label`` for ``target`` (what the model learned)."""
        classifier = self.classifiers.get(target)
        if isinstance(classifier, str) or classifier is None or label not in classifier.classes_:
            return []
        words = list(self.vectorizer.get_feature_names_out())
        if self.use_rules:
            words += (
                [f"BEFORE:{word}" for word in words]
                + [
                    "RULES:favor",
                    "RULES:against",
                    "RULES:named",
                    "SPEAKER:taliban",
                ]
                + [f"NAMED:{each}" for each in TARGETS]
            )
        row = list(classifier.classes_).index(label)
        weights = (
            classifier.coef_[row] if len(classifier.classes_) > 2 else classifier.coef_[0] * (1 if row == 1 else -1)
        )
        return [words[i] for i in np.argsort(-weights, kind="stable")[:n]]
