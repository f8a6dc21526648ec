"""The claims table of the stance chapter (04): what the tone of a sentence says about its position.

The chapter sets VADER's compound score beside the stance position of each sentence (+1 favour,
-1 against). The correlation is said in words from its size (:func:`strength_words`), and its
caveat is part of the sentence: the sentences come from a handful of statements, so they are not
independent draws, and the claim is robust only if an interval that resamples whole statements
stays on one side of zero and a rank correlation gives the same words.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from analysis.book.claims import Claim
from analysis.methods import stats

#: Position as a number: favour +1, against -1 (mixed and none are left out).
POSITION_SIGN = {"favor": 1, "against": -1}

#: Upper bounds of |r| and the words for a correlation below each (Cohen's conventions: 0.1, 0.3, 0.5).
STRENGTH_BANDS = ((0.1, "hardly related"), (0.3, "weakly related"), (0.5, "moderately related"))


def strength_words(r: float) -> str:
    """A correlation in words, from its size: the wording follows the number, not the hope.

    >>> strength_words(0.74), strength_words(-0.35), strength_words(0.05)
    ('strongly related', 'moderately related (inversely)', 'hardly related')
    """
    size = abs(r)
    words = next((text for bound, text in STRENGTH_BANDS if size < bound), "strongly related")
    return words + (" (inversely)" if r < 0 and size >= STRENGTH_BANDS[0][0] else "")


def signed_positions(versus: pd.DataFrame) -> pd.DataFrame:
    """The sentences that take a clear position (favour or against), with ``sign`` +1 or -1."""
    signs = versus["position"].map(POSITION_SIGN)
    return versus.assign(sign=signs)[signs.notna()]


def tone_position_correlation(versus: pd.DataFrame) -> float:
    """Pearson's r between VADER's compound score and position (+1 favour, -1 against); NaN if undefined."""
    signed = signed_positions(versus)
    if len(signed) < 3 or signed["sign"].nunique() < 2:
        return float("nan")
    return float(signed["compound"].corr(signed["sign"]))


def statement_bootstrap(versus: pd.DataFrame, level: float = 0.95) -> tuple[float, float]:
    """Percentile interval of r when whole statements are resampled (their sentences travel together).

    Resamples in which r is undefined (one position only) are left out; seeded, so the interval is
    the same on every build.
    """
    signed = signed_positions(versus)
    groups = [group for _, group in signed.groupby("doc_id", sort=True)]
    if len(groups) < 2:
        return float("nan"), float("nan")
    values = []
    for draw in stats.bootstrap_draws(len(groups)):
        values.append(tone_position_correlation(pd.concat([groups[index] for index in draw])))
    tail = 100 * (1 - level) / 2
    low, high = np.nanpercentile(values, [tail, 100 - tail])
    return float(low), float(high)


def tone_position(versus: pd.DataFrame) -> Claim:
    """How strongly tone and position go together, in words that follow r, with the statements caveat."""
    signed = signed_positions(versus)
    r = tone_position_correlation(versus)
    rank_r = float(signed["compound"].rank().corr(signed["sign"].rank())) if len(signed) > 2 else float("nan")
    low, high = statement_bootstrap(versus)
    n_docs = signed["doc_id"].nunique()
    return Claim(
        "tone_position",
        f"tone and position are {strength_words(r)} (Pearson's r = {r:.2f} over the {len(signed)} sentences "
        f"that take a clear position), but those sentences come from only {n_docs} statements, which share "
        f"speakers and styles: resampling whole statements gives r between {low:.2f} and {high:.2f}",
        "sentiment beside stance: compound score and position (+1 favour, -1 against) of each sentence",
        holds=bool(np.isfinite(r)),
        checks={
            "interval over statements excludes zero": bool(low > 0 or high < 0),
            "same words with Spearman's rank correlation": strength_words(rank_r) == strength_words(r),
        },
        failure_notes={
            "interval over statements excludes zero": "resampling whole statements gives an interval that includes zero",
            "same words with Spearman's rank correlation": f"Spearman's rho is {rank_r:.2f}, {strength_words(rank_r)}",
        },
    )


def stance_claims(versus: pd.DataFrame) -> list[Claim]:
    """The claims of the stance chapter, in the order it prints them."""
    return [tone_position(versus)]
