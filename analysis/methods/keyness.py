"""Keyness: which terms a statement uses more (or less) than a reference would lead us to expect.

Two numbers answer two different questions, and the book always reports both
(Gabrielatos 2018):

* **Log-likelihood G2** (:func:`g2`; Dunning 1993, Rayson & Garside 2000) asks *how sure* we can
  be that a term's rate differs between target and reference. It grows with the amount of
  evidence: the same difference in rates gives a larger G2 in a longer text.
* **Log Ratio** (:func:`log_ratio`; Hardie 2014) asks *how big* the difference is: the binary
  logarithm of the ratio of the two relative frequencies. 1 means twice as frequent, 2 four
  times, -1 half as frequent. It does not depend on text length.

For a term with frequency ``a`` in a target of ``c`` words and ``b`` in a reference of ``d`` words
(the contingency table of Rayson & Garside 2000)::

                    target   reference
    term              a          b
    other words     c - a      d - b

Two references are offered: the *rest of the corpus* (each statement against the other
statements pooled, :func:`keyness_table`) and *general English* (:func:`keyness_vs_english`),
a notional corpus built from the word frequencies of the ``wordfreq`` package.

Each statement is tested on many terms at once, so some terms pass ``p < 0.05`` by chance. The
tables therefore carry a p-value corrected for the number of terms tested per statement
(Bonferroni by default, Benjamini–Hochberg on request) and a separate, weaker notion,
``distinctive``: at least twice as frequent (or half as frequent) as in the reference, whatever
the test says. With short texts many terms are distinctive without surviving the correction.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable, Mapping

import numpy as np
import pandas as pd
from scipy import stats

from analysis.io.corpus import Corpus
from analysis.methods.frequency import coded_term_counts
from analysis.text.term_lists import document_sizes as _document_sizes, document_term_lists

#: Columns of every keyness table: the counts behind each score come first, then the scores.
KEYNESS_COLUMNS = [
    "doc_id",
    "reference",
    "term",
    "freq_target",
    "freq_reference",
    "size_target",
    "size_reference",
    "g2",
    "p_value",
    "log_ratio",
    "direction",
    "p_corrected",
    "significant_corrected",
    "distinctive",
]

#: Terms seen fewer times than this in the target are not tested (keeps tables bounded and
#: avoids "key terms" that occur once).
MIN_FREQ = 2

#: Added to a zero frequency before Log Ratio is computed, as Hardie (2014) suggests.
ZERO_CORRECTION = 0.5

#: |Log Ratio| from which a term counts as *distinctive*: at least twice (or half) as frequent.
DISTINCTIVE_LOG_RATIO = 1.0

#: Size of the notional general-English corpus, in words. wordfreq lists English words down to a
#: frequency of one in 100 million (Zipf 1), so in a corpus of this size the rarest listed word
#: occurs once, and an unlisted word gets the zero-frequency correction (half the rarest).
REFERENCE_SIZE = 100_000_000

REST_OF_CORPUS = "rest of corpus"
GENERAL_ENGLISH = "general English"


def g2(a: float, b: float, c: float, d: float) -> float | np.ndarray:
    """Log-likelihood G2 of a term seen ``a`` times in ``c`` words and ``b`` times in ``d`` words.

    Expected frequencies are ``E1 = c (a + b) / (c + d)`` and ``E2 = d (a + b) / (c + d)``;
    ``G2 = 2 (a ln(a / E1) + b ln(b / E2))``, with ``0 ln 0 = 0`` (Rayson & Garside 2000).
    Works on numbers and on numpy arrays alike. G2 is not signed: see :func:`direction`.

    >>> round(float(g2(10, 20, 1_000, 10_000)), 4)
    13.5795
    >>> bool(np.isclose(g2(5, 0, 100, 100), 2 * 5 * np.log(2)))
    True
    """
    a, b, c, d = (np.asarray(x, dtype=float) for x in (a, b, c, d))
    expected_target = c * (a + b) / (c + d)
    expected_reference = d * (a + b) / (c + d)
    with np.errstate(divide="ignore", invalid="ignore"):
        part_target = np.where(a > 0, a * np.log(a / expected_target), 0.0)
        part_reference = np.where(b > 0, b * np.log(b / expected_reference), 0.0)
    result = 2 * (part_target + part_reference)
    return float(result) if result.ndim == 0 else result


def p_value(g2_value: float | np.ndarray) -> float | np.ndarray:
    """The p-value of a G2 score: chi-square with one degree of freedom.

    >>> round(float(p_value(3.841)), 3), round(float(p_value(10.83)), 4)
    (0.05, 0.001)
    """
    result = stats.chi2.sf(g2_value, df=1)
    return float(result) if np.ndim(result) == 0 else result


def log_ratio(a: float, b: float, c: float, d: float, zero_correction: float = ZERO_CORRECTION) -> float | np.ndarray:
    """Hardie's Log Ratio: ``log2((a / c) / (b / d))``, the effect size of a keyness comparison.

    A zero frequency (``a`` or ``b``) is replaced by ``zero_correction`` (0.5), so a term absent
    from the reference gets a large but finite score instead of infinity.

    >>> float(log_ratio(10, 25, 1_000, 10_000))
    2.0
    >>> float(log_ratio(4, 0, 1_000, 1_000))
    3.0
    """
    a, b = (np.where(np.asarray(x, dtype=float) == 0, zero_correction, np.asarray(x, dtype=float)) for x in (a, b))
    result = np.log2((a / np.asarray(c, dtype=float)) / (b / np.asarray(d, dtype=float)))
    return float(result) if result.ndim == 0 else result


def direction(a: float, b: float, c: float, d: float) -> str:
    """``"overuse"`` if the term is relatively more frequent in the target, else ``"underuse"``.

    >>> direction(10, 20, 1_000, 10_000), direction(1, 20, 1_000, 1_000)
    ('overuse', 'underuse')
    """
    return "overuse" if a / c > b / d else "underuse"


def critical_g2(alpha: float = 0.05, n_tests: int = 1) -> float:
    """The G2 a term needs for ``p < alpha`` after a Bonferroni correction for ``n_tests`` terms.

    >>> round(critical_g2(), 2), round(critical_g2(0.05, 50), 2)
    (3.84, 10.83)
    """
    return float(stats.chi2.isf(alpha / n_tests, df=1))


def correct_p_values(p_values: Iterable[float], method: str = "bonferroni") -> np.ndarray:
    """p-values corrected for testing many terms at once: ``"bonferroni"`` or ``"fdr_bh"``.

    Bonferroni multiplies each p-value by the number of tests (it controls the chance of *any*
    false positive); Benjamini–Hochberg controls the expected *share* of false positives.

    >>> correct_p_values([0.01, 0.02, 0.04]).round(2).tolist()
    [0.03, 0.06, 0.12]
    >>> correct_p_values([0.01, 0.02, 0.04], "fdr_bh").round(2).tolist()
    [0.03, 0.03, 0.04]
    """
    values = np.asarray(list(p_values), dtype=float)
    if values.size == 0:
        return values
    if method == "bonferroni":
        return np.minimum(values * values.size, 1.0)
    if method == "fdr_bh":
        return stats.false_discovery_control(values, method="bh")
    raise ValueError(f"unknown correction {method!r}: use 'bonferroni' or 'fdr_bh'")


def compare_counts(
    target: Mapping[str, float],
    target_size: float,
    reference: Mapping[str, float],
    reference_size: float,
    *,
    min_freq: int = MIN_FREQ,
    alpha: float = 0.05,
    correction: str = "bonferroni",
) -> pd.DataFrame:
    """Keyness of every term seen at least ``min_freq`` times in ``target`` against ``reference``.

    ``target`` and ``reference`` map terms to frequencies; the sizes are the word counts of the
    two texts. Rows are sorted by direction (overuse first), then G2 (largest first), then term.
    """
    tested = sorted(term for term, freq in target.items() if freq >= min_freq)
    counts = _counts_table(
        [""] * len(tested), tested, [target[term] for term in tested], [reference.get(term, 0) for term in tested],
        [target_size] * len(tested), [reference_size] * len(tested),
    )
    return score_counts(counts, alpha=alpha, correction=correction).drop(columns="doc_id")


def _counts_table(doc_ids: list, terms_tested: list, a: list, b: list, c: list, d: list) -> pd.DataFrame:
    """The counts behind a keyness table, one row per (document, term) tested."""
    return pd.DataFrame(
        {
            "doc_id": pd.Series(doc_ids, dtype=object),
            "term": pd.Series(terms_tested, dtype=object),
            "freq_target": np.asarray(a, dtype=float).astype(int),
            "freq_reference": np.asarray(b, dtype=float),
            "size_target": _sizes_array(c),
            "size_reference": _sizes_array(d),
        }
    )


def _sizes_array(sizes) -> np.ndarray:
    """Sizes as int64 if every one is an integer (Python or numpy), else as float.

    >>> _sizes_array([3, np.int64(4)]).dtype, _sizes_array([3, 4.0]).dtype, _sizes_array(np.array([2, 5])).dtype
    (dtype('int64'), dtype('float64'), dtype('int64'))
    """
    if isinstance(sizes, np.ndarray) and sizes.dtype.kind in "iu":
        return sizes.astype(np.int64)
    if all(isinstance(x, (int, np.integer)) for x in sizes):
        return np.asarray(sizes, dtype=np.int64)
    return np.asarray(sizes, dtype=float)


def score_counts(counts: pd.DataFrame, *, alpha: float = 0.05, correction: str = "bonferroni") -> pd.DataFrame:
    """G2, p-values, Log Ratio and the corrections for many (document, term) rows at once.

    ``counts`` has ``doc_id, term, freq_target, freq_reference, size_target, size_reference``;
    p-values are corrected within each document (the terms tested for it). Each document's rows
    are sorted by direction (overuse first), then G2 (largest first), then term, and the
    documents keep their order. Vectorised: one pass over the whole corpus, not one per document.
    """
    table = counts.copy()
    a, b = table["freq_target"].to_numpy(dtype=float), table["freq_reference"].to_numpy(dtype=float)
    c, d = table["size_target"].to_numpy(dtype=float), table["size_reference"].to_numpy(dtype=float)
    table["g2"] = g2(a, b, c, d)
    table["p_value"] = p_value(table["g2"].to_numpy())
    table["log_ratio"] = log_ratio(a, b, c, d)
    table["direction"] = np.where(a / c > b / d, "overuse", "underuse")
    document, _ = pd.factorize(table["doc_id"], sort=False)  # documents numbered in order of appearance
    table["p_corrected"] = _corrected_by_document(table["p_value"].to_numpy(), document, correction)
    table["significant_corrected"] = table["p_corrected"] < alpha
    table["distinctive"] = table["log_ratio"].abs() >= DISTINCTIVE_LOG_RATIO
    term = _alphabetical_rank(table["term"].to_numpy(dtype=object))
    g2_values = table["g2"].to_numpy()
    missing = np.isnan(g2_values)
    # by document, overuse first, G2 largest first (missing last, as pandas sorts), then term:
    # the order of ``sort_values(["_doc", "_order", "g2", "term"])``, unique as (document, term) is
    underuse = ~(a / c > b / d)
    order = np.lexsort((term, -np.where(missing, 0.0, g2_values), missing, underuse, document))
    return table.take(order).reset_index(drop=True)


def _alphabetical_rank(terms: np.ndarray) -> np.ndarray:
    """Each term's rank among the distinct terms in alphabetical (code point) order.

    Only the distinct terms are sorted (strings compare slowly), then mapped back.

    >>> _alphabetical_rank(np.array(["talks", "peace", "talks", "ceasefire"], dtype=object)).tolist()
    [2, 1, 2, 0]
    """
    codes, distinct = pd.factorize(terms, sort=False)
    ranks = np.empty(len(distinct), dtype=np.int64)
    ranks[np.argsort(np.asarray(distinct, dtype=object), kind="stable")] = np.arange(len(distinct))
    return ranks[codes]


def _corrected_by_document(p_values: np.ndarray, document: np.ndarray, correction: str) -> np.ndarray:
    """:func:`correct_p_values` within each document's rows (``document`` numbers them).

    Bonferroni is computed for all rows at once (each p-value times its document's number of
    tests, the same products); other corrections document by document.
    """
    if correction == "bonferroni":
        tests = np.bincount(document, minlength=document.max(initial=-1) + 1)[document]
        return np.minimum(p_values * tests.astype(float), 1.0)
    corrected = np.empty(len(p_values))
    for positions in pd.Series(document).groupby(document, sort=False).indices.values():
        corrected[positions] = correct_p_values(p_values[positions], correction)
    return corrected


def document_terms(corpus: Corpus, stemming: bool = False) -> dict[str, Counter]:
    """Term frequencies of each statement (the book's tokenizer, stop words removed)."""
    return dict(zip(corpus.doc_ids, map(Counter, document_term_lists(corpus, stemming=stemming))))


def document_sizes(corpus: Corpus) -> dict[str, int]:
    """Each statement's length in words, the denominator of every rate in the book."""
    return dict(zip(corpus.doc_ids, _document_sizes(corpus)))


def keyness_table(
    corpus: Corpus,
    *,
    min_freq: int = MIN_FREQ,
    alpha: float = 0.05,
    correction: str = "bonferroni",
    stemming: bool = False,
) -> pd.DataFrame:
    """Keyness of each statement against the rest of the corpus (the other statements pooled).

    One row per statement and term seen at least ``min_freq`` times in it, with the counts behind
    each score (see :data:`KEYNESS_COLUMNS`). Works for any corpus of two or more documents.
    The table grows with the corpus, not with its square: only terms seen ``min_freq`` times in
    a statement are tested, each against one pooled count.
    """
    if len(corpus.doc_ids) < 2:
        raise ValueError("keyness against the rest of the corpus needs two or more documents")
    return _against_rest(_CorpusCounts.of(corpus, stemming), min_freq=min_freq, alpha=alpha, correction=correction)


@dataclass
class _CorpusCounts:
    """Every statement's term counts, on integer codes (:func:`analysis.methods.frequency.coded_term_counts`).

    One row per statement and term it uses, sorted by statement then term; ``documents`` index
    ``doc_ids`` and ``sizes`` (words per statement), ``codes`` index ``vocabulary`` (sorted).
    """

    doc_ids: np.ndarray
    sizes: np.ndarray
    vocabulary: np.ndarray
    documents: np.ndarray
    codes: np.ndarray
    freqs: np.ndarray

    @classmethod
    def of(cls, corpus: Corpus, stemming: bool = False) -> "_CorpusCounts":
        """Count the terms of ``corpus`` (stop words removed, stemmed or not)."""
        vocabulary, documents, codes, freqs = coded_term_counts(document_term_lists(corpus, stemming=stemming))
        sizes = np.asarray(list(document_sizes(corpus).values()), dtype=np.int64)
        return cls(np.asarray(list(corpus.doc_ids), dtype=object), sizes, vocabulary, documents, codes, freqs)

    def tested(self, min_freq: int) -> np.ndarray:
        """Which rows are tested: terms seen at least ``min_freq`` times in their statement."""
        return self.freqs >= min_freq


def _against_rest(counts: _CorpusCounts, *, min_freq: int, alpha: float, correction: str) -> pd.DataFrame:
    """:func:`keyness_table` from the corpus's counts: each statement against the others pooled."""
    total = np.bincount(counts.codes, weights=counts.freqs, minlength=len(counts.vocabulary)).astype(np.int64)
    tested = counts.tested(min_freq)
    documents, codes, freqs = counts.documents[tested], counts.codes[tested], counts.freqs[tested]
    sizes = counts.sizes[documents]
    table = score_counts(
        _counts_table(counts.doc_ids[documents], counts.vocabulary[codes], freqs, total[codes] - freqs, sizes, int(counts.sizes.sum()) - sizes),
        alpha=alpha, correction=correction,
    )
    table["freq_reference"] = table["freq_reference"].astype(int)
    return _finish(table.assign(reference=REST_OF_CORPUS))


@lru_cache(maxsize=None)
def english_frequency(term: str) -> float:
    """The frequency of ``term`` in general English, as a proportion of all words (wordfreq).

    A multi-word or hyphenated term ("civil society", "afghan-led") is split by wordfreq's own
    tokenizer and its parts combined as ``1 / f = 1/f1 + 1/f2 + ...``, wordfreq's estimate for
    phrases. The estimate is generous (close to the frequency of the rarest part), so it makes
    phrases look *less* key than they are: a conservative choice. Unlisted words get 0.

    >>> english_frequency("the") > english_frequency("ceasefire") > 0
    True
    >>> english_frequency("qwzxv")
    0.0
    """
    from wordfreq import word_frequency

    return float(word_frequency(term, "en"))


def english_reference(vocabulary: Iterable[str], size: int = REFERENCE_SIZE) -> dict[str, float]:
    """Expected counts of each term in a notional general-English corpus of ``size`` words.

    The counts are wordfreq's proportions times ``size``, rounded to three decimals (so that every
    G2 recomputes exactly from the counts in the table).

    >>> english_reference(["doha"], size=1_000_000)
    {'doha': 1.51}
    """
    return {term: round(english_frequency(term) * size, 3) for term in vocabulary}


def keyness_vs_english(
    corpus: Corpus,
    *,
    min_freq: int = MIN_FREQ,
    alpha: float = 0.05,
    correction: str = "bonferroni",
    reference_size: int = REFERENCE_SIZE,
) -> pd.DataFrame:
    """Keyness of each statement against general English (wordfreq), same columns as :func:`keyness_table`.

    For a reference much larger than the target, Log Ratio does not depend on ``reference_size``
    (both rates are proportions) and G2 tends to a limit (the test against a known proportion),
    so the notional size only matters for terms wordfreq does not list (zero-frequency correction).
    """
    return _against_english(_CorpusCounts.of(corpus), min_freq=min_freq, alpha=alpha, correction=correction, reference_size=reference_size)


def _against_english(counts: _CorpusCounts, *, min_freq: int, alpha: float, correction: str, reference_size: int) -> pd.DataFrame:
    """:func:`keyness_vs_english` from the corpus's counts (each term's expected count looked up once)."""
    tested = counts.tested(min_freq)
    documents, codes, freqs = counts.documents[tested], counts.codes[tested], counts.freqs[tested]
    used = np.unique(codes)
    expected = np.zeros(len(counts.vocabulary))
    expected[used] = list(english_reference(counts.vocabulary[used].tolist(), reference_size).values())
    n_rows = len(documents)
    table = score_counts(
        _counts_table(counts.doc_ids[documents], counts.vocabulary[codes], freqs, expected[codes], counts.sizes[documents], np.full(n_rows, reference_size)),
        alpha=alpha, correction=correction,
    )
    return _finish(table.assign(reference=GENERAL_ENGLISH))


def _finish(table: pd.DataFrame) -> pd.DataFrame:
    """The keyness table in the book's column order."""
    return table.reset_index(drop=True)[KEYNESS_COLUMNS]


def key_terms(table: pd.DataFrame, n: int = 10, significant_only: bool = False) -> pd.DataFrame:
    """The ``n`` strongest *positive* key terms of each statement (overuse, largest G2 first).

    Ties in G2 are broken by Log Ratio, then alphabetically, so the choice is deterministic.
    """
    chosen = table[table["direction"] == "overuse"]
    if significant_only:
        chosen = chosen[chosen["significant_corrected"]]
    chosen = chosen.sort_values(["g2", "log_ratio", "term"], ascending=[False, False, True], kind="mergesort")
    order = {doc_id: rank for rank, doc_id in enumerate(dict.fromkeys(table["doc_id"]))}
    chosen = chosen.groupby("doc_id", sort=False).head(n)
    return chosen.sort_values("doc_id", key=lambda col: col.map(order), kind="mergesort").reset_index(drop=True)


def key_terms_overview(tables: Mapping[str, pd.DataFrame], n: int = 5) -> pd.DataFrame:
    """The top ``n`` key terms of each statement against each reference, as one line of text per cell.

    ``tables`` maps a column label ("against the other statements") to a keyness table; a term
    that does not survive the correction for multiple testing is marked with an asterisk.
    """
    columns = {}
    for label, table in tables.items():
        top = key_terms(table, n)
        marked = top["term"].where(top["significant_corrected"], top["term"] + "*")
        columns[label] = marked.groupby(top["doc_id"], sort=False).agg(", ".join)
    overview = pd.DataFrame(columns)
    return overview.rename_axis("doc_id").reset_index()


def term_evidence(table: pd.DataFrame, term: str) -> dict[str, object]:
    """The row of ``table`` where ``term`` is most key (largest G2 among overuses), as a dict.

    For glueing the evidence behind a sentence of prose; a term that is nowhere overused gives
    ``doc_id`` "none" and zero counts, so a page built on another corpus still runs.
    """
    rows = table[(table["term"] == term) & (table["direction"] == "overuse")]
    if rows.empty:
        return {"doc_id": "none", "freq_target": 0, "freq_reference": 0, "size_target": 0, "size_reference": 0,
                "g2": 0.0, "p_value": 1.0, "log_ratio": 0.0, "p_corrected": 1.0, "significant_corrected": False}
    row = rows.sort_values(["g2", "doc_id"], ascending=[False, True]).iloc[0]
    return {key: row[key] for key in ["doc_id", "freq_target", "freq_reference", "size_target", "size_reference", "g2", "p_value", "log_ratio", "p_corrected", "significant_corrected"]}


def summary(table: pd.DataFrame) -> pd.DataFrame:
    """Per statement: terms tested, overused terms, how many are distinctive and how many survive correction."""
    overuse = table[table["direction"] == "overuse"]
    grouped = overuse.groupby("doc_id", sort=False)
    result = pd.DataFrame(
        {
            "terms_tested": table.groupby("doc_id", sort=False).size(),
            "overused": grouped.size(),
            "p_below_05": grouped["p_value"].apply(lambda p: int((p < 0.05).sum())),
            "distinctive": grouped["distinctive"].sum(),
            "significant_corrected": grouped["significant_corrected"].sum(),
        }
    )
    return result.fillna(0).astype(int).rename_axis("doc_id").reset_index()


def export_tables(corpus: Corpus) -> dict[str, pd.DataFrame]:
    """``keyness``: every statement against the rest of the corpus (if there is one) and against general English."""
    counts = _CorpusCounts.of(corpus)
    defaults = {"min_freq": MIN_FREQ, "alpha": 0.05, "correction": "bonferroni"}
    against_rest = [_against_rest(counts, **defaults)] if len(corpus.doc_ids) > 1 else []  # one document: no rest
    table = pd.concat(against_rest + [_against_english(counts, **defaults, reference_size=REFERENCE_SIZE)], ignore_index=True)
    return {"keyness": table}
