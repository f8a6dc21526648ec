"""Keyness: which terms a statement uses more (or less) than a reference would lead us to expect.

For a term seen ``a`` times in a target of ``c`` words and ``b`` times in a reference of ``d``
words, the contingency table (Rayson and Garside 2000) and the expected counts if the term were
as frequent in both are::

                    target   reference                 E1 = c (a + b) / (c + d)
    term              a          b                     E2 = d (a + b) / (c + d)
    other words     c - a      d - b

* **Log-likelihood** ``G2 = 2 (a ln(a / E1) + b ln(b / E2))`` (Dunning 1993): *how sure* we can be
  that the rates differ. It grows with the evidence: the same difference gives a larger G2 in a
  longer text.
* **Log Ratio** ``log2((a / c) / (b / d))`` (Hardie 2014): *how big* the difference is. 1 means
  twice as frequent, -1 half as frequent, whatever the length.

The references are the *rest of the corpus* (:func:`keyness_table`) and *general English*
(:func:`keyness_vs_english`, from wordfreq). Many terms are tested per statement, so p-values are
corrected (Bonferroni, or Benjamini–Hochberg); ``distinctive`` (at least twice or half as
frequent) is a separate, weaker notion that needs no test (Gabrielatos 2018).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from functools import cache

import numpy as np
import pandas as pd
from scipy import stats

from analysis.io.corpus import Corpus
from analysis.text.document_term_matrix import DocumentTermMatrix, document_term_matrix


def g2(a: float, b: float, c: float, d: float) -> float | np.ndarray:
    """Log-likelihood G2 of a term seen ``a`` times in ``c`` words and ``b`` times in ``d`` words.

    ``0 ln 0`` counts as 0. Works on numbers and on numpy arrays alike. G2 is not signed: see
    :func:`direction`.

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


def log_ratio(a: float, b: float, c: float, d: float, zero_correction: float = 0.5) -> float | np.ndarray:
    """Hardie's Log Ratio ``log2((a / c) / (b / d))``; a zero ``a`` or ``b`` becomes ``zero_correction``.

    The correction keeps a term absent from the reference large but finite.

    >>> float(log_ratio(10, 25, 1_000, 10_000))
    2.0
    >>> float(log_ratio(4, 0, 1_000, 1_000))
    3.0
    """
    a, b = (np.where(np.asarray(x, dtype=float) == 0, zero_correction, np.asarray(x, dtype=float)) for x in (a, b))
    result = np.log2((a / np.asarray(c, dtype=float)) / (b / np.asarray(d, dtype=float)))
    return float(result) if result.ndim == 0 else result


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

#: Terms seen fewer times than this in the target are not tested (no "key terms" seen once).
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


def p_value(g2_value: float | np.ndarray) -> float | np.ndarray:
    """The p-value of a G2 score: chi-square with one degree of freedom.

    >>> round(float(p_value(3.841)), 3), round(float(p_value(10.83)), 4)
    (0.05, 0.001)
    """
    result = stats.chi2.sf(g2_value, df=1)
    return float(result) if np.ndim(result) == 0 else result


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
        [""] * len(tested),
        tested,
        [target[term] for term in tested],
        [reference.get(term, 0) for term in tested],
        [target_size] * len(tested),
        [reference_size] * len(tested),
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
    documents keep their order.
    """
    table = counts.copy()
    a, b = table["freq_target"].to_numpy(dtype=float), table["freq_reference"].to_numpy(dtype=float)
    c, d = table["size_target"].to_numpy(dtype=float), table["size_reference"].to_numpy(dtype=float)
    table["g2"] = g2(a, b, c, d)
    table["p_value"] = p_value(table["g2"].to_numpy())
    table["log_ratio"] = log_ratio(a, b, c, d)
    table["direction"] = np.where(a / c > b / d, "overuse", "underuse")
    by_document = table.groupby("doc_id", sort=False)["p_value"]
    if correction == "bonferroni":
        table["p_corrected"] = np.minimum(table["p_value"] * by_document.transform("size"), 1.0)
    else:
        table["p_corrected"] = by_document.transform(lambda p: correct_p_values(p, correction))
    table["significant_corrected"] = table["p_corrected"] < alpha
    table["distinctive"] = table["log_ratio"].abs() >= DISTINCTIVE_LOG_RATIO
    table["_document"] = pd.factorize(table["doc_id"], sort=False)[0]
    table["_underuse"] = table["direction"] == "underuse"
    table = table.sort_values(
        ["_document", "_underuse", "g2", "term"], ascending=[True, True, False, True], kind="stable"
    )
    return table.drop(columns=["_document", "_underuse"]).reset_index(drop=True)


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
    """
    if len(corpus.doc_ids) < 2:
        raise ValueError("keyness against the rest of the corpus needs two or more documents")
    return _against_rest(document_term_matrix(corpus, stemming=stemming), min_freq, alpha, correction)


def _tested(matrix: DocumentTermMatrix, min_freq: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Document, term column and count of every cell of ``matrix`` seen at least ``min_freq`` times."""
    cells = matrix.counts.tocoo()
    kept = cells.data >= min_freq
    return cells.row[kept], cells.col[kept], cells.data[kept].astype(np.int64)


def _against_rest(matrix: DocumentTermMatrix, min_freq: int, alpha: float, correction: str) -> pd.DataFrame:
    """:func:`keyness_table` from the document-term matrix: ``b = term total - a``, ``d = corpus size - c``."""
    documents, columns, a = _tested(matrix, min_freq)
    b = matrix.term_totals()[columns] - a
    c = matrix.sizes[documents]
    d = int(matrix.sizes.sum()) - c
    counts = _counts_table(np.asarray(matrix.doc_ids, dtype=object)[documents], matrix.terms[columns], a, b, c, d)
    table = score_counts(counts, alpha=alpha, correction=correction)
    table["freq_reference"] = table["freq_reference"].astype(int)
    return table.assign(reference=REST_OF_CORPUS)[KEYNESS_COLUMNS]


@cache
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


def keyness_vs_english(corpus: Corpus, *, reference_size: int = REFERENCE_SIZE, **options) -> pd.DataFrame:
    """Keyness of each statement against general English (wordfreq), same columns as :func:`keyness_table`.

    ``options``: ``min_freq``, ``alpha`` and ``correction``, as for :func:`keyness_table`.

    For a reference much larger than the target, Log Ratio does not depend on ``reference_size``
    (both rates are proportions) and G2 tends to a limit (the test against a known proportion),
    so the notional size only matters for terms wordfreq does not list (zero-frequency correction).
    """
    settings = {"min_freq": MIN_FREQ, "alpha": 0.05, "correction": "bonferroni", **options}
    return _against_english(document_term_matrix(corpus), *settings.values(), reference_size)


def _against_english(
    matrix: DocumentTermMatrix, min_freq: int, alpha: float, correction: str, reference_size: int
) -> pd.DataFrame:
    """:func:`keyness_vs_english` from the document-term matrix (each term's expected count looked up once)."""
    documents, columns, a = _tested(matrix, min_freq)
    used = np.unique(columns)
    expected = np.zeros(len(matrix.terms))
    expected[used] = list(english_reference(matrix.terms[used].tolist(), reference_size).values())
    c = matrix.sizes[documents]
    counts = _counts_table(
        np.asarray(matrix.doc_ids, dtype=object)[documents],
        matrix.terms[columns],
        a,
        expected[columns],
        c,
        np.full(len(a), reference_size),
    )
    table = score_counts(counts, alpha=alpha, correction=correction)
    return table.assign(reference=GENERAL_ENGLISH)[KEYNESS_COLUMNS]


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
        return dict(_NO_EVIDENCE)
    row = rows.sort_values(["g2", "doc_id"], ascending=[False, True]).iloc[0]
    return {key: row[key] for key in _NO_EVIDENCE}


#: What :func:`term_evidence` gives for a term that is nowhere overused.
_NO_EVIDENCE = {
    **{"doc_id": "none", "freq_target": 0, "freq_reference": 0, "size_target": 0, "size_reference": 0},
    **{"g2": 0.0, "p_value": 1.0, "log_ratio": 0.0, "p_corrected": 1.0, "significant_corrected": False},
}


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
    matrix = document_term_matrix(corpus)
    against_rest = [_against_rest(matrix, MIN_FREQ, 0.05, "bonferroni")] if len(corpus.doc_ids) > 1 else []
    table = pd.concat(
        against_rest + [_against_english(matrix, MIN_FREQ, 0.05, "bonferroni", REFERENCE_SIZE)], ignore_index=True
    )
    return {"keyness": table}
