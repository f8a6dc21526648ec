"""Significance in keyness: which test each row gets, its p-value, and the correction for many tests.

* **G2 or Fisher.** G2's p-value comes from the chi-square distribution with one degree of freedom,
  an approximation that is poor when an expected count is small (Cochran's rule: below 5). It then
  overstates the evidence: a term seen three to five times in one text and never in the other gets a
  p-value far smaller than the exact one. Where the smallest expected count is below
  :data:`MIN_EXPECTED`, the p-value is Fisher's exact test instead (hypergeometric, right at any count; two-sided by
  doubling the smaller one-sided p-value).
* **One family per comparison.** Every (statement, term) pair tested against the rest of the corpus
  is one test of one comparison, so all of them are corrected together. Benjamini–Hochberg (the
  default, :data:`CORRECTION`) controls the expected share of false positives among the terms
  called key; Bonferroni, the chance of any false positive at all.
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np
from scipy import stats

from analysis.runtime import hypergeometric

#: Below this smallest expected count, the chi-square p-value of G2 is unreliable (Cochran's rule)
#: and Fisher's exact test gives the p-value.
MIN_EXPECTED = 5.0

#: The correction for multiple testing, applied across all the tests of a comparison.
CORRECTION = "fdr_bh"


def smallest_expected(a: float, b: float, c: float, d: float) -> float | np.ndarray:
    """The smallest of the four expected counts of the table: ``min(c, d) (a + b) / (c + d)``.

    The term's row is the smaller one (a term is rarer than all the other words), and of its two
    cells the one of the smaller text.

    >>> float(smallest_expected(2, 0, 16, 11))
    0.8148148148148148
    """
    a, b, c, d = (np.asarray(x, dtype=float) for x in (a, b, c, d))
    result = np.minimum(c, d) * (a + b) / (c + d)
    return float(result) if result.ndim == 0 else result


def p_value(g2_value: float | np.ndarray) -> float | np.ndarray:
    """The p-value of a G2 score: chi-square with one degree of freedom.

    >>> round(float(p_value(3.841)), 3), round(float(p_value(10.83)), 4)
    (0.05, 0.001)
    """
    result = stats.chi2.sf(g2_value, df=1)
    return float(result) if np.ndim(result) == 0 else result


def fisher_p(a: Iterable[int], b: Iterable[int], c: Iterable[int], d: Iterable[int]) -> np.ndarray:
    """Two-sided p-values of Fisher's exact test on each table ``[[a, b], [c - a, d - b]]``.

    Under equal rates, the term's ``a + b`` occurrences fall at random among the ``c + d`` words, so
    the count in the target follows the hypergeometric distribution (``c`` words drawn from ``c + d``,
    of which ``a + b`` are the term). Each one-sided p-value is the chance of a count at least as far
    out as ``a`` on its side: ``P(X >= a)`` (``scipy.stats.fisher_exact(..., alternative="greater")``)
    and ``P(X <= a)`` (``"less"``). The two-sided p-value doubles the smaller, capped at 1: the
    direction of a keyness row is read off the data, and doubling pays for that choice.

    >>> fisher_p([3], [0], [10], [10]).round(4).tolist()  # P(all 3 in the first half) = 120/1140, doubled
    [0.2105]
    """
    columns = [np.asarray(list(x) if not isinstance(x, np.ndarray) else x, dtype=float) for x in (a, b, c, d)]
    if any((x != np.round(x)).any() for x in columns):
        raise ValueError("Fisher's exact test needs whole-number counts")
    a, b, c, d = (x.astype(np.int64) for x in columns)
    population, occurrences, drawn = c + d, a + b, c
    point = np.exp(hypergeometric.log_pmf(a, population, occurrences, drawn))
    far_side = hypergeometric.tail_away_from_mode(a, population, occurrences, drawn)
    near_side = 1.0 - far_side + point  # the other tail: everything else, plus P(X = a) itself
    return np.clip(2 * np.minimum(far_side, near_side), 0.0, 1.0)


def critical_g2(alpha: float = 0.05, n_tests: int = 1) -> float:
    """The G2 a term needs for ``p < alpha`` after a Bonferroni correction for ``n_tests`` terms.

    >>> round(critical_g2(), 2), round(critical_g2(0.05, 50), 2)
    (3.84, 10.83)
    """
    return float(stats.chi2.isf(alpha / n_tests, df=1))


def correct_p_values(p_values: Iterable[float], method: str = "fdr_bh") -> np.ndarray:
    """p-values corrected for testing many terms at once: ``"fdr_bh"`` or ``"bonferroni"``.

    Benjamini–Hochberg controls the expected *share* of false positives among the terms called
    key; Bonferroni multiplies each p-value by the number of tests (the chance of *any* false
    positive), and grows stricter with every test added, even one that could never succeed.

    >>> correct_p_values([0.01, 0.02, 0.04]).round(2).tolist()
    [0.03, 0.03, 0.04]
    >>> correct_p_values([0.01, 0.02, 0.04], "bonferroni").round(2).tolist()
    [0.03, 0.06, 0.12]
    """
    values = np.asarray(list(p_values), dtype=float)
    if values.size == 0:
        return values
    if method == "bonferroni":
        return np.minimum(values * values.size, 1.0)
    if method == "fdr_bh":
        return stats.false_discovery_control(values, method="bh")
    raise ValueError(f"unknown correction {method!r}: use 'fdr_bh' or 'bonferroni'")
