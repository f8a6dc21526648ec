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

from analysis.book.claims import Claim, percent
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


def interval_in_words(low: float, high: float) -> str:
    """The two ends of an interval of r in words, when they read differently (else nothing to add).

    >>> interval_in_words(0.39, 0.84), interval_in_words(0.75, 0.9)
    (' (from moderately to strongly related)', '')
    """
    if not (np.isfinite(low) and np.isfinite(high)) or strength_words(low) == strength_words(high):
        return ""
    return f" (from {strength_words(low)} to {strength_words(high)})".replace(" related to ", " to ", 1)


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
        f"speakers and styles: resampling whole statements gives r between {low:.2f} and {high:.2f}"
        + interval_in_words(low, high),
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


#: The tone that reads as each position when tone stands in for stance.
TONE_OF_POSITION = {"favor": "positive", "against": "negative"}


def tone_misses(signed: pd.DataFrame) -> pd.Series:
    """True for each sentence whose tone does not give its position: the opposite tone, or neutral."""
    return signed["tone"] != signed["position"].map(TONE_OF_POSITION)


def statement_bootstrap_share(signed: pd.DataFrame, flags: pd.Series, level: float = 0.95) -> tuple[float, float]:
    """Percentile interval of the share of ``flags`` when whole statements are resampled (seeded)."""
    groups = [flags[group.index].to_numpy() for _, group in signed.groupby("doc_id", sort=True)]
    if len(groups) < 2:
        return float("nan"), float("nan")
    values = [np.concatenate([groups[index] for index in draw]).mean() for draw in stats.bootstrap_draws(len(groups))]
    tail = 100 * (1 - level) / 2
    low, high = np.percentile(values, [tail, 100 - tail])
    return float(low), float(high)


def statements_phrase(count: int, total: int) -> str:
    """ "every statement" when all, else "k of the n statements".

    >>> statements_phrase(5, 5), statements_phrase(3, 5)
    ('every statement', '3 of the 5 statements')
    """
    return "every statement" if count == total else f"{count} of the {total} statements"


def tone_cannot_replace_stance(versus: pd.DataFrame) -> Claim:
    """Read as a stance label (positive = favour, negative = against), tone misses sentences in most statements.

    The test: tone misses at least one sentence with a clear position in more than half of the
    statements, so the misses are not one text's quirk. Robust when an interval that resamples
    whole statements keeps the share of misses above zero.
    """
    signed = signed_positions(versus)
    misses = tone_misses(signed)
    opposite = int((misses & (signed["tone"] != "neutral")).sum())
    neutral = int((misses & (signed["tone"] == "neutral")).sum())
    n_docs = signed["doc_id"].nunique()
    docs_missed = signed.loc[misses, "doc_id"].nunique()
    low, high = statement_bootstrap_share(signed, misses)
    return Claim(
        "tone_not_stance",
        f"read as a stance label (positive tone as favour, negative as against), tone gets {opposite} of "
        f"those {len(signed)} sentences the wrong way round and leaves {neutral} undecided, "
        f"{percent(misses.mean()) if len(signed) else '0%'} in all, in {statements_phrase(docs_missed, n_docs)} "
        f"(between {percent(low)} and {percent(high)} when whole statements are resampled): in these texts "
        f"sentiment cannot stand in for stance",
        "sentiment beside stance: tone (VADER's thresholds) and position of each sentence that takes a clear position",
        holds=docs_missed > n_docs / 2,
        checks={"interval over statements excludes zero": bool(low > 0)},
        failure_notes={
            "interval over statements excludes zero": "resampling whole statements gives an interval that includes zero"
        },
    )


#: How the chapter names the four methods.
METHOD_NAMES = {"rules": "the rules", "model": "the words-only model"}


def rules_against_words(on_dev: pd.Series, on_test: pd.Series) -> Claim:
    """Rules against a model that sees only words, and the combination of both, on dev and on the test set.

    ``on_dev`` and ``on_test`` are micro-F1 by method (``keywords, rules, model, combination``).
    The sentence says which of the rules and the words-only model does better on each set, so it
    stays true whichever way the scores fall; it holds when the combination, the matrix's method,
    does best on the locked test set.
    """
    winners = [("rules" if scores["rules"] >= scores["model"] else "model") for scores in (on_dev, on_test)]
    pairs = [
        f"{scores[winner]:.2f} against {scores['model' if winner == 'rules' else 'rules']:.2f}"
        for winner, scores in zip(winners, (on_dev, on_test))
    ]
    if winners[0] == winners[1]:
        loser = "model" if winners[0] == "rules" else "rules"
        lead = (
            f"{METHOD_NAMES[winners[0]]} beat {METHOD_NAMES[loser]} on the development data ({pairs[0]}) "
            f"and on the locked test set ({pairs[1]})"
        )
    else:
        lead = (
            f"which of the rules and the words-only model does better depends on the data: "
            f"{METHOD_NAMES[winners[0]]} on the development data ({pairs[0]}), "
            f"{METHOD_NAMES[winners[1]]} on the locked test set ({pairs[1]})"
        )
    best_on = [
        set_name for set_name, scores in (("dev", on_dev), ("test", on_test)) if scores.idxmax() == "combination"
    ]
    return Claim(
        "rules_against_words",
        f"{lead}; the combination, which gives the model the rules' answers, scores "
        f"{on_dev['combination']:.2f} and {on_test['combination']:.2f}",
        "the four methods' micro-F1: development data (cross-validated by document) and the locked test set (recorded)",
        holds="test" in best_on,
        checks={"the combination does best on the development data too": "dev" in best_on},
        failure_notes={
            "the combination does best on the development data too": "on the development data another method does better"
        },
    )


def stance_claims(
    versus: pd.DataFrame, on_dev: pd.Series | None = None, on_test: pd.Series | None = None
) -> list[Claim]:
    """The claims of the stance chapter, in the order it prints them (the method comparison when its scores are given)."""
    found = [tone_position(versus), tone_cannot_replace_stance(versus)]
    if on_dev is not None and on_test is not None:
        found.append(rules_against_words(on_dev, on_test))
    return found
