"""Significance in keyness: which test each row gets, its p-value, and the correction for many tests.

* **G2 or Fisher.** G2's p-value comes from the chi-square distribution with one degree of freedom,
  an approximation that is poor when an expected count is small (Cochran's rule: below 5). It then
  overstates the evidence: a term seen three to five times in one text and never in the other gets a
  p-value far smaller than the exact one. Where the smallest expected count is below
  :data:`MIN_EXPECTED`, the p-value is Fisher's exact test instead (hypergeometric, right at any count).
* **One family per comparison.** Every (statement, term) pair tested against the rest of the corpus
  is one test of one comparison, so all of them are corrected together. Benjamini–Hochberg (the
  default, :data:`CORRECTION`) controls the expected share of false positives among the terms
  called key; Bonferroni, the chance of any false positive at all.
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np
from scipy import special, stats

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


#: Probabilities within this relative distance of the observed one count as "equally likely" in
#: Fisher's two-sided test (R's ``fisher.test`` uses the same; it absorbs rounding in the log-gamma).
FISHER_TIES = 1e-7


def fisher_p(a: Iterable[int], b: Iterable[int], c: Iterable[int], d: Iterable[int]) -> np.ndarray:
    """Two-sided p-values of Fisher's exact test on each table ``[[a, b], [c - a, d - b]]``.

    Under equal rates, the term's ``a + b`` occurrences fall at random among the ``c + d`` words,
    so ``a`` follows the hypergeometric distribution (``c`` words drawn from ``c + d``, of which
    ``a + b`` are the term). The p-value adds the probability of ``a`` and of every count at least
    as unlikely, on both sides of the mode: :func:`scipy.stats.fisher_exact`'s rule, for many
    tables at once (the far tail is found by a binary search, as scipy does, on log-probabilities).

    >>> fisher_p([3], [0], [10], [10]).round(4).tolist()  # P(3 of 3 in the first half) doubled
    [0.2105]
    """
    columns = [np.asarray(list(x) if not isinstance(x, np.ndarray) else x, dtype=float) for x in (a, b, c, d)]
    if any((x != np.round(x)).any() for x in columns):
        raise ValueError("Fisher's exact test needs whole-number counts")
    a, b, c, d = (x.astype(np.int64) for x in columns)
    population, occurrences, drawn = c + d, a + b, c

    def log_pmf(k: np.ndarray, rows: np.ndarray | slice = slice(None)) -> np.ndarray:
        return hypergeometric_log_pmf(k, population[rows], occurrences[rows], drawn[rows])

    def tail(k: np.ndarray, rows: np.ndarray, left: bool) -> np.ndarray:
        """P(X <= k) if ``left``, else P(X > k), for the given rows (away from the mode)."""
        start = k if left else k + 1
        return hypergeometric_tail(start, population[rows], occurrences[rows], drawn[rows], -1 if left else 1)

    mode = (drawn + 1) * (occurrences + 1) // (population + 2)
    observed = log_pmf(a)
    bound = observed + np.log1p(FISHER_TIES)
    below = a < mode  # the observed count is left of the mode: the far tail is on the right
    near = np.empty(len(a))
    near[below] = tail(a[below], below, left=True)
    near[~below] = tail(a[~below] - 1, ~below, left=False)
    # the far tail exists unless even the far end of the support is likelier than the observed count
    rows = np.flatnonzero(log_pmf(np.where(below, drawn, 0)) <= bound)
    sign = np.where(below[rows], -1.0, 1.0)  # the searched side must be ascending
    edge = _last_at_most(
        lambda k, where: sign[where] * log_pmf(k, rows[where]),
        sign * bound[rows],
        np.where(below[rows], mode[rows], 0),
        np.where(below[rows], drawn[rows], mode[rows]),
    )
    far = np.zeros(len(a))
    right = below[rows]
    far[rows[right]] = tail(edge[right], rows[right], left=False)
    far[rows[~right]] = tail(edge[~right], rows[~right], left=True)
    at_mode = np.abs(observed - log_pmf(mode)) <= np.log1p(FISHER_TIES)
    empty_margin = (occurrences == 0) | (occurrences == population) | (c == 0) | (d == 0)
    return np.where(at_mode | empty_margin, 1.0, np.minimum(near + far, 1.0))


def hypergeometric_log_pmf(
    k: np.ndarray, population: np.ndarray, successes: np.ndarray, drawn: np.ndarray
) -> np.ndarray:
    """``log P(X = k)`` for ``drawn`` items from ``population`` of which ``successes`` are marked; -inf off the support.

    ``C(K, k) C(N - K, n - k) / C(N, n)`` in log-gamma terms: one vectorised formula, the same cost at
    any corpus size.

    >>> float(np.exp(hypergeometric_log_pmf(np.array(3), np.array(20), np.array(3), np.array(10))).round(4))
    0.1053
    """
    k, n_all, marked, n = (np.asarray(x, dtype=float) for x in (k, population, successes, drawn))
    inside = (k >= np.maximum(0, n - (n_all - marked))) & (k <= np.minimum(marked, n))
    safe = np.where(inside, k, 0.0)
    log_gamma = special.gammaln
    with np.errstate(invalid="ignore"):
        value = (
            log_gamma(marked + 1)
            - log_gamma(safe + 1)
            - log_gamma(marked - safe + 1)
            + log_gamma(n_all - marked + 1)
            - log_gamma(n - safe + 1)
            - log_gamma(n_all - marked - n + safe + 1)
            - log_gamma(n_all + 1)
            + log_gamma(n + 1)
            + log_gamma(n_all - n + 1)
        )
    return np.where(inside, value, -np.inf)


def hypergeometric_tail(
    start: np.ndarray, population: np.ndarray, successes: np.ndarray, drawn: np.ndarray, step: int
) -> np.ndarray:
    """``P(X = start) + P(X = start + step) + ...`` to the end of the support, ``step`` +1 or -1.

    Meant for a tail that runs away from the mode, where the terms only shrink: each term comes
    from the previous one by the ratio of consecutive probabilities, and a row stops when its
    terms no longer change its sum.

    >>> round(float(hypergeometric_tail(np.array([3]), np.array([20]), np.array([3]), np.array([10]), 1)[0]), 4)
    0.1053
    """
    k = np.asarray(start, dtype=float).copy()
    n_all, marked, n = (np.asarray(x, dtype=float) for x in (population, successes, drawn))
    term = np.exp(hypergeometric_log_pmf(k, n_all, marked, n))
    total = term.copy()
    active = np.flatnonzero(term > 0)
    while len(active):
        at, big, m, dr = k[active], n_all[active], marked[active], n[active]
        if step > 0:
            ratio = (m - at) * (dr - at) / ((at + 1) * (big - m - dr + at + 1))
        else:
            ratio = at * (big - m - dr + at) / ((m - at + 1) * (dr - at + 1))
        term[active] *= np.maximum(ratio, 0.0)
        k[active] += step
        total[active] += term[active]
        active = active[term[active] > total[active] * 1e-17]
    return np.minimum(total, 1.0)


def _last_at_most(values, target: np.ndarray, lo: np.ndarray, hi: np.ndarray) -> np.ndarray:
    """Per row, the ``i`` in ``[lo, hi]`` with ``values(i) <= target < values(i + 1)`` (``values`` ascending there).

    scipy's binary search for the other tail of a two-sided test, on arrays; ``values(k, rows)``
    evaluates only the rows still searching.
    """
    lo, hi = lo.copy(), hi.copy()
    found = np.full(len(lo), -1, dtype=np.int64)
    active = np.flatnonzero(lo < hi)
    while len(active):
        middle = lo[active] + (hi[active] - lo[active]) // 2
        value = values(middle, active)
        equal = value == target[active]
        found[active[equal]] = middle[equal]
        lo[active] = np.where(value < target[active], middle + 1, lo[active])
        hi[active] = np.where(value > target[active], middle - 1, hi[active])
        active = active[~equal & (lo[active] < hi[active])]
    unsettled = np.flatnonzero(found < 0)
    start = lo[unsettled]
    found[unsettled] = np.where(values(start, unsettled) <= target[unsettled], start, start - 1)
    return found


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
