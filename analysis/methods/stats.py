"""Statistics the methods share: the seeded percentile bootstrap.

A statement's mean (of sentence scores, or of 0/1 "takes a stance" flags) is uncertain because
its sentences are a sample. The percentile bootstrap (Efron and Tibshirani 1993) resamples the
sentences with replacement ``n_boot`` times, computes the mean of each resample, and reports the
middle ``level`` of those means. The draws are seeded, so every build gives the same interval.
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np

#: The seed of every bootstrap in the book.
BOOTSTRAP_SEED = 20240615


@lru_cache(maxsize=256)
def bootstrap_draws(size: int, n_boot: int = 2000, seed: int = BOOTSTRAP_SEED) -> np.ndarray:
    """The positions of ``n_boot`` resamples of ``size`` items (``n_boot`` × ``size``, read-only).

    Made once per length and seed: every statement of that length is resampled the same way.

    >>> bootstrap_draws(3, 2).tolist()
    [[2, 0, 2], [1, 0, 1]]
    """
    draws = np.random.default_rng(seed).choice(size, size=(n_boot, size), replace=True)
    draws.flags.writeable = False
    return draws


def bootstrap_mean_interval(
    values: np.ndarray, n_boot: int = 2000, level: float = 0.95, seed: int = BOOTSTRAP_SEED
) -> tuple[float, float]:
    """The percentile bootstrap interval of the mean of ``values`` (NaN, NaN for no values).

    >>> bootstrap_mean_interval(np.array([0.5, 0.5, 0.5]))
    (0.5, 0.5)
    """
    values = np.asarray(values, dtype=float)
    if values.size == 0:
        return (float("nan"), float("nan"))
    means = values[bootstrap_draws(values.size, n_boot, seed)].mean(axis=1)
    tail = (1 - level) / 2
    low, high = np.quantile(means, [tail, 1 - tail])
    return (float(low), float(high))
