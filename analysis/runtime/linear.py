"""Many fitted linear classifiers on the same rows: what each predicts, from one sparse product.

The stance model fits one logistic regression per target on the same word features, each with a
few columns of its own (the rules' answer for that target). Asking scikit-learn for each
prediction in turn costs a call, a check of the input and a stacked copy of the word matrix per
classifier; for the sentences of one statement that overhead is most of the time.
:func:`linear_predictions` gives what ``classifier.predict(hstack([shared, own]))`` gives for each
classifier, with the word matrix multiplied once by every classifier's weights side by side.

>>> from sklearn.linear_model import LogisticRegression
>>> words = sparse.csr_matrix(np.array([[1.0, 0.0], [0.0, 1.0], [1.0, 1.0], [0.0, 0.0]]))
>>> own = np.array([[1.0], [0.0], [0.0], [1.0]])
>>> two = LogisticRegression().fit(words, ["yes", "no", "yes", "no"])
>>> three = LogisticRegression().fit(sparse.hstack([words, own]), ["a", "b", "c", "a"])
>>> [answer.tolist() for answer in linear_predictions([two, three], words, [None, own])]
[['yes', 'no', 'yes', 'no'], ['a', 'b', 'c', 'a']]
>>> three.predict(sparse.hstack([words, own])).tolist()
['a', 'b', 'c', 'a']
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import scipy.sparse as sparse


def linear_predictions(
    classifiers: Sequence, shared: sparse.csr_matrix, own: Sequence[np.ndarray | None]
) -> list[np.ndarray]:
    """The class each fitted linear classifier (``coef_``, ``intercept_``, ``classes_``) predicts for every row.

    Classifier ``i`` reads the ``shared`` columns followed by the dense columns ``own[i]`` (None: none).
    A classifier of two classes predicts its second class where its score is above 0, one of more
    classes the class of the highest score: scikit-learn's rule for linear classifiers.
    """
    if not classifiers:
        return []
    n_shared = shared.shape[1]
    weights = np.hstack([classifier.coef_[:, :n_shared].T for classifier in classifiers])
    scores = np.asarray(shared @ weights)  # rows × (every classifier's score columns, side by side)
    predictions, start = [], 0
    for classifier, columns in zip(classifiers, own):
        width = classifier.coef_.shape[0]
        score = scores[:, start : start + width] + classifier.intercept_
        if columns is not None:
            score = score + columns @ classifier.coef_[:, n_shared:].T
        start += width
        chosen = (score[:, 0] > 0).astype(int) if width == 1 else score.argmax(axis=1)
        predictions.append(classifier.classes_[chosen])
    return predictions
