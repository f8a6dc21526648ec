"""How strongly each target's logistic regression is regularised, chosen on the training statements alone.

One strength for all nine targets suits some and not others: a target coded in many sentences with many words
(human rights, the international role) can afford a simpler model than a rare one whose few coded sentences each
carry their own vocabulary (ceasefire, Afghan ownership). For each target, the learned model (:mod:`.model`) tries
every value of :data:`REGULARISATION_GRID` (scikit-learn's ``C``: smaller is simpler) in a cross-validation *inside*
its training statements (:data:`INNER_FOLDS` folds of whole statements, so a statement's sentences are never on both
sides), and keeps the value whose held-out answers reach the highest F1 on that target's favor and against labels
(:func:`answer_f1`; on a tie, the book's default :data:`~.model.REGULARISATION`, then the simpler). Nothing outside
the training statements is read, so a fit that chooses its own regularisation is scored as honestly as one that
does not.

Chosen on the development labels (stance17 round, on top of that round's rules): fitted on the gold set and dev
batches 1-16 with dev batch 17 held out, combination micro-F1 0.646 -> 0.656; cross-validated by document over the
same labels, 0.664 -> 0.666. It costs about twice the time of a fit and nothing when labelling.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import scipy.sparse as sparse
from sklearn.model_selection import GroupKFold

#: The values of ``C`` tried for each target (those the single value was once chosen from).
REGULARISATION_GRID = (1.0, 4.0, 16.0)

#: How many folds of whole statements the inner cross-validation uses.
INNER_FOLDS = 3


def answer_f1(truth: np.ndarray, guess: np.ndarray) -> float:
    """Micro-F1 of the favor and against answers of one target (a 'none' answer is no label).

    >>> answer_f1(np.array(["favor", "none", "against"]), np.array(["favor", "favor", "none"]))
    0.5
    """
    coded_truth, coded_guess = truth != "none", guess != "none"
    right = int(((truth == guess) & coded_truth).sum())
    total = int(coded_truth.sum() + coded_guess.sum())
    return 2 * right / total if total else 0.0


def chosen_regularisation(
    fit: Callable[[sparse.csr_matrix, np.ndarray, float], object],
    features: sparse.csr_matrix,
    answers: np.ndarray,
    groups: np.ndarray,
    default: float,
) -> float:
    """The ``C`` of :data:`REGULARISATION_GRID` whose inner cross-validation (folds of ``groups``, whole
    statements) gives one target's answers the highest :func:`answer_f1`; ``default`` on a tie, or when there are
    fewer statements than folds.

    ``fit(rows, answers, C)`` returns a fitted classifier (with a ``predict`` method) for those training rows.
    """
    if len(set(groups)) < INNER_FOLDS:
        return default
    splits = list(GroupKFold(n_splits=INNER_FOLDS).split(features, groups=groups))
    best_score, best = -1.0, default
    for strength in REGULARISATION_GRID:
        guess = np.empty(len(answers), dtype=object)
        for train, held_out in splits:
            seen = answers[train]
            if len(set(seen)) < 2:  # one answer only in these folds: the model would always give it
                guess[held_out] = seen[0]
                continue
            guess[held_out] = fit(features[train], seen, strength).predict(features[held_out])
        score = answer_f1(answers, guess.astype(str))
        if score > best_score + 1e-12 or (abs(score - best_score) <= 1e-12 and strength == default):
            best_score, best = score, strength
    return best
