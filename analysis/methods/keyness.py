"""Keyness: which terms a statement uses more (or less) than a reference would lead us to expect.

For a term seen ``a`` times in a target of ``c`` words and ``b`` times in a reference of ``d``
words, the contingency table (Rayson and Garside 2000) and the expected counts if the term were
as frequent in both are::

                    target   reference                 E1 = c (a + b) / (c + d)
    term              a          b                     E2 = d (a + b) / (c + d)
    other words     c - a      d - b

* **Log-likelihood** ``G2 = 2 (a ln(a / E1) + b ln(b / E2))`` (Dunning 1993): *how sure* we can be
  that the rates differ. Its p-value comes from the chi-square distribution, an approximation that
  fails at small counts: where an expected count is below :data:`MIN_EXPECTED`, the p-value comes
  from **Fisher's exact test** instead (the ``test`` column says which;
  :mod:`analysis.methods.keyness_significance`).
* **Log Ratio** ``log2((a / c) / (b / d))`` (Hardie 2014): *how big* the difference is. 1 means
  twice as frequent, -1 half as frequent, whatever the length.

Against the *rest of the corpus* (:func:`keyness_table`), every (statement, term) pair that could
show keyness is tested, absences included (negative keyness), and all the tests of the comparison
are one family: the p-values are corrected together (Benjamini–Hochberg by default).
Against *general English* (:func:`keyness_vs_english`) the reference is a list of estimated rates,
not a sample, so only the effect size is reported (:mod:`analysis.methods.keyness_english`).
``distinctive`` (at least twice or half as frequent) needs no test (Gabrielatos 2018).
"""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np
import pandas as pd

from analysis.io.corpus import Corpus

# The reference and the tests live in their own modules; they are re-exported (``name as name``) so
# that a chapter imports the whole method from here.
from analysis.methods.keyness_english import GENERAL_ENGLISH as GENERAL_ENGLISH
from analysis.methods.keyness_english import REFERENCE_SIZE as REFERENCE_SIZE
from analysis.methods.keyness_english import english_frequency as english_frequency
from analysis.methods.keyness_english import english_reference as english_reference
from analysis.methods.keyness_english import is_single_word as is_single_word
from analysis.methods.keyness_significance import CORRECTION as CORRECTION
from analysis.methods.keyness_significance import MIN_EXPECTED as MIN_EXPECTED
from analysis.methods.keyness_significance import correct_p_values as correct_p_values
from analysis.methods.keyness_significance import critical_g2 as critical_g2
from analysis.methods.keyness_significance import fisher_p as fisher_p
from analysis.methods.keyness_significance import p_value as p_value
from analysis.methods.keyness_significance import smallest_expected as smallest_expected
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

    The correction keeps a term absent from one side large but finite.

    >>> float(log_ratio(10, 25, 1_000, 10_000))
    2.0
    >>> float(log_ratio(4, 0, 1_000, 1_000)), float(log_ratio(0, 4, 1_000, 1_000))
    (3.0, -3.0)
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


#: Columns of every keyness table (and of ``keyness.csv``): the counts behind each score come first.
#: ``reference`` is "rest of corpus" or "general English"; ``freq_*`` and ``size_*`` are a, b, c and d
#: (against general English, ``freq_reference`` is wordfreq's share times the notional ``size_reference``);
#: ``smallest_expected`` of the four expected counts decides ``test``: "G2" (chi-square p-value),
#: "Fisher" (exact p-value) or "none" (general English: ``g2``, ``smallest_expected``, ``p_value`` and
#: ``p_corrected`` are empty, and ``significant_corrected`` is False because nothing was tested);
#: ``p_corrected`` is corrected across all the rows of the comparison; ``distinctive`` is |Log Ratio| >= 1.
KEYNESS_COLUMNS = [
    "doc_id",
    "reference",
    "term",
    "freq_target",
    "freq_reference",
    "size_target",
    "size_reference",
    "g2",
    "smallest_expected",
    "test",
    "p_value",
    "log_ratio",
    "direction",
    "p_corrected",
    "significant_corrected",
    "distinctive",
]

#: A (statement, term) pair is tested when the term is seen, or expected, at least this often in
#: the statement: seen (it may be over-used) or expected from its frequency in the whole corpus
#: (its absence may be noticed). A pair seen at most once and expected fewer times cannot show either.
MIN_FREQ = 2

#: Added to a zero frequency before Log Ratio is computed, as Hardie (2014) suggests.
ZERO_CORRECTION = 0.5

#: |Log Ratio| from which a term counts as *distinctive*: at least twice (or half) as frequent.
DISTINCTIVE_LOG_RATIO = 1.0

REST_OF_CORPUS = "rest of corpus"


def compare_counts(
    target: Mapping[str, int],
    target_size: int,
    reference: Mapping[str, int],
    reference_size: int,
    *,
    min_freq: int = MIN_FREQ,
    alpha: float = 0.05,
    correction: str = CORRECTION,
) -> pd.DataFrame:
    """Keyness of every term seen ``min_freq`` times on either side, ``target`` against ``reference``.

    ``target`` and ``reference`` map terms to whole-number frequencies; the sizes are the word
    counts of the two texts. A term absent from the target is tested too (negative keyness).
    """
    vocabulary = sorted(set(target) | set(reference))
    tested = [term for term in vocabulary if max(target.get(term, 0), reference.get(term, 0)) >= min_freq]
    counts = _counts_table(
        [""] * len(tested),
        tested,
        [target.get(term, 0) for term in tested],
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


def score_counts(counts: pd.DataFrame, *, alpha: float = 0.05, correction: str = CORRECTION) -> pd.DataFrame:
    """G2, the test each row gets, its p-value, Log Ratio and the correction, for a whole comparison.

    ``counts`` has ``doc_id, term, freq_target, freq_reference, size_target, size_reference`` with
    whole-number counts. All its rows are one family: the p-values are corrected together. Each
    document's rows are sorted by direction (overuse first), then G2 (largest first), then term,
    and the documents keep their order.
    """
    table = counts.copy()
    a, b = table["freq_target"].to_numpy(dtype=float), table["freq_reference"].to_numpy(dtype=float)
    c, d = table["size_target"].to_numpy(dtype=float), table["size_reference"].to_numpy(dtype=float)
    table["g2"] = g2(a, b, c, d)
    table["smallest_expected"] = smallest_expected(a, b, c, d)
    small = table["smallest_expected"].to_numpy() < MIN_EXPECTED
    table["test"] = np.where(small, "Fisher", "G2")
    p_values = p_value(table["g2"].to_numpy())
    p_values[small] = fisher_p(a[small], b[small], c[small], d[small])
    table["p_value"] = p_values
    table["log_ratio"] = log_ratio(a, b, c, d)
    table["direction"] = np.where(a / c > b / d, "overuse", "underuse")
    table["p_corrected"] = correct_p_values(table["p_value"], correction)
    table["significant_corrected"] = table["p_corrected"] < alpha
    table["distinctive"] = table["log_ratio"].abs() >= DISTINCTIVE_LOG_RATIO
    return _sorted(table, "g2")


def _sorted(table: pd.DataFrame, strength: str) -> pd.DataFrame:
    """Rows by document (in order of appearance), overuse first, ``strength`` largest first, then term."""
    table = table.assign(
        _document=pd.factorize(table["doc_id"], sort=False)[0],
        _underuse=table["direction"] == "underuse",
        _strength=table[strength].abs(),
    )
    table = table.sort_values(
        ["_document", "_underuse", "_strength", "term"], ascending=[True, True, False, True], kind="stable"
    )
    return table.drop(columns=["_document", "_underuse", "_strength"]).reset_index(drop=True)


def keyness_table(
    corpus: Corpus,
    *,
    min_freq: int = MIN_FREQ,
    alpha: float = 0.05,
    correction: str = CORRECTION,
    stemming: bool = False,
) -> pd.DataFrame:
    """Keyness of each statement against the rest of the corpus (the other statements pooled).

    One row per statement and term seen, or expected, at least ``min_freq`` times in it (so a term
    the statement never uses is tested when the rest of the corpus makes it expected), with the
    counts behind each score (see :data:`KEYNESS_COLUMNS`). All the rows are one family for the
    correction. Works for any corpus of two or more documents.
    """
    if len(corpus.doc_ids) < 2:
        raise ValueError("keyness against the rest of the corpus needs two or more documents")
    return _against_rest(document_term_matrix(corpus, stemming=stemming), min_freq, alpha, correction)


def pairs_to_test(matrix: DocumentTermMatrix, min_freq: int = MIN_FREQ) -> tuple[np.ndarray, np.ndarray]:
    """Document and term column of every pair seen, or expected, at least ``min_freq`` times.

    Expected means ``E1 = c * total / N >= min_freq``, compared in whole numbers as
    ``total >= ceil(min_freq * N / c)``; pairs are in document order, then column order.
    """
    cells = matrix.counts.tocoo()
    seen = cells.data >= min_freq
    rows, columns = [cells.row[seen]], [cells.col[seen]]
    totals = matrix.term_totals()
    by_total = np.argsort(totals, kind="stable")
    corpus_size = int(matrix.sizes.sum())
    for document, size in enumerate(matrix.sizes):
        if size > 0:
            needed = -(-min_freq * corpus_size // int(size))
            expected = by_total[np.searchsorted(totals[by_total], needed, side="left") :]
            rows.append(np.full(len(expected), document))
            columns.append(expected)
    pairs = np.unique(np.column_stack([np.concatenate(rows), np.concatenate(columns)]).astype(np.int64), axis=0)
    return pairs[:, 0], pairs[:, 1]


def _against_rest(matrix: DocumentTermMatrix, min_freq: int, alpha: float, correction: str) -> pd.DataFrame:
    """:func:`keyness_table` from the document-term matrix: ``b = term total - a``, ``d = corpus size - c``."""
    documents, columns = pairs_to_test(matrix, min_freq)
    a = np.asarray(matrix.counts[documents, columns]).ravel().astype(np.int64) if len(documents) else documents
    b = matrix.term_totals()[columns] - a
    c = matrix.sizes[documents]
    d = int(matrix.sizes.sum()) - c
    counts = _counts_table(np.asarray(matrix.doc_ids, dtype=object)[documents], matrix.terms[columns], a, b, c, d)
    table = score_counts(counts, alpha=alpha, correction=correction)
    table["freq_reference"] = table["freq_reference"].astype(int)
    return table.assign(reference=REST_OF_CORPUS)[KEYNESS_COLUMNS]


def keyness_vs_english(
    corpus: Corpus, *, min_freq: int = MIN_FREQ, reference_size: int = REFERENCE_SIZE
) -> pd.DataFrame:
    """Log Ratio of each statement's words against general English (wordfreq): effect sizes only.

    One row per statement and single word seen at least ``min_freq`` times in it, same columns as
    :func:`keyness_table`; phrases are left out (wordfreq has no rate for them), and no test is made
    (the reference is a list of estimated rates, not a sample). Log Ratio does not depend on
    ``reference_size``, except for words wordfreq does not list (zero-frequency correction).
    """
    return _against_english(document_term_matrix(corpus), min_freq, reference_size)


def left_out_of_english(corpus: Corpus, min_freq: int = MIN_FREQ) -> list[str]:
    """The terms seen at least ``min_freq`` times in a statement that have no general-English rate (phrases).

    They are in :func:`keyness_table` but not in :func:`keyness_vs_english`; the chapter names them.
    """
    matrix = document_term_matrix(corpus)
    cells = matrix.counts.tocoo()
    seen = np.unique(cells.col[cells.data >= min_freq])
    return sorted(term for term in matrix.terms[seen] if not is_single_word(term))


def _against_english(matrix: DocumentTermMatrix, min_freq: int, reference_size: int) -> pd.DataFrame:
    """:func:`keyness_vs_english` from the document-term matrix (each word's rate looked up once)."""
    cells = matrix.counts.tocoo()
    seen = np.unique(cells.col[cells.data >= min_freq])
    single = np.zeros(len(matrix.terms), dtype=bool)
    single[seen] = [is_single_word(term) for term in matrix.terms[seen]]
    kept = (cells.data >= min_freq) & single[cells.col]
    documents, columns, a = cells.row[kept], cells.col[kept], cells.data[kept].astype(np.int64)
    used = np.unique(columns)
    expected = np.zeros(len(matrix.terms))
    expected[used] = list(english_reference(matrix.terms[used].tolist(), reference_size).values())
    table = _counts_table(
        np.asarray(matrix.doc_ids, dtype=object)[documents],
        matrix.terms[columns],
        a,
        expected[columns],
        matrix.sizes[documents],
        np.full(len(a), reference_size),
    )
    scores = log_ratio(a, expected[columns], matrix.sizes[documents], reference_size)
    table = table.assign(g2=np.nan, smallest_expected=np.nan, test="none", p_value=np.nan, log_ratio=scores)
    table = table.assign(
        direction=np.where(scores > 0, "overuse", "underuse"),
        p_corrected=np.nan,
        significant_corrected=False,
        distinctive=np.abs(scores) >= DISTINCTIVE_LOG_RATIO,
    )
    return _sorted(table, "log_ratio").assign(reference=GENERAL_ENGLISH)[KEYNESS_COLUMNS]


def key_terms(table: pd.DataFrame, n: int = 10, significant_only: bool = False) -> pd.DataFrame:
    """The ``n`` strongest *positive* key terms of each statement, seen at least :data:`MIN_FREQ` times there.

    Ranked by G2 (largest first), then Log Ratio, then alphabetically, so the choice is
    deterministic; against general English, where there is no G2, by Log Ratio.
    """
    chosen = table[(table["direction"] == "overuse") & (table["freq_target"] >= MIN_FREQ)]
    if significant_only:
        chosen = chosen[chosen["significant_corrected"]]
    return _strongest(chosen, table, n)


def negative_key_terms(table: pd.DataFrame, n: int = 5, significant_only: bool = False) -> pd.DataFrame:
    """The ``n`` strongest *negative* key terms of each statement: used less than the reference, or never.

    Ranked like :func:`key_terms`, by G2 (then by how much less frequent).
    """
    chosen = table[table["direction"] == "underuse"]
    if significant_only:
        chosen = chosen[chosen["significant_corrected"]]
    return _strongest(chosen.assign(_weaker=-chosen["log_ratio"]), table, n, "_weaker").drop(columns="_weaker")


def _strongest(chosen: pd.DataFrame, table: pd.DataFrame, n: int, effect: str = "log_ratio") -> pd.DataFrame:
    """The first ``n`` rows of each document of ``chosen`` by G2, then ``effect``, then term; documents in table order."""
    chosen = chosen.sort_values(["g2", effect, "term"], ascending=[False, False, True], kind="mergesort")
    order = {doc_id: rank for rank, doc_id in enumerate(dict.fromkeys(table["doc_id"]))}
    chosen = chosen.groupby("doc_id", sort=False).head(n)
    return chosen.sort_values("doc_id", key=lambda col: col.map(order), kind="mergesort").reset_index(drop=True)


def key_terms_overview(tables: Mapping[str, pd.DataFrame], n: int = 5) -> pd.DataFrame:
    """The top ``n`` key terms of each statement against each reference, as one line of text per cell.

    ``tables`` maps a column label ("against the other statements") to a keyness table; a term
    that was tested and does not survive the correction is marked with an asterisk (against
    general English nothing is tested, so nothing is marked).
    """
    columns = {}
    for label, table in tables.items():
        top = key_terms(table, n)
        unmarked = top["significant_corrected"] | (top["test"] == "none")
        marked = top["term"].where(unmarked, top["term"] + "*")
        columns[label] = marked.groupby(top["doc_id"], sort=False).agg(", ".join)
    overview = pd.DataFrame(columns)
    return overview.rename_axis("doc_id").reset_index()


def term_evidence(table: pd.DataFrame, term: str, direction_: str = "overuse") -> dict[str, object]:
    """The row of ``table`` where ``term`` is most key in ``direction_`` (largest G2, else Log Ratio), as a dict.

    For glueing the evidence behind a sentence of prose; a term that is nowhere key in that
    direction gives ``doc_id`` "none" and zero counts, so a page built on another corpus still runs.
    """
    rows = table[(table["term"] == term) & (table["direction"] == direction_)]
    if rows.empty:
        return dict(_NO_EVIDENCE)
    strength = rows["log_ratio"].abs()
    row = rows.assign(_strength=strength).sort_values(["g2", "_strength", "doc_id"], ascending=[False, False, True])
    return {key: row.iloc[0][key] for key in _NO_EVIDENCE}


#: What :func:`term_evidence` gives for a term that is nowhere key.
_NO_EVIDENCE = {
    **{"doc_id": "none", "freq_target": 0, "freq_reference": 0, "size_target": 0, "size_reference": 0},
    **{"g2": 0.0, "test": "none", "p_value": 1.0, "log_ratio": 0.0, "p_corrected": 1.0},
    **{"significant_corrected": False, "distinctive": False},
}


def summary(table: pd.DataFrame) -> pd.DataFrame:
    """Per statement: pairs tested, how many went to Fisher, over-used terms and how many are
    distinctive or survive correction, and the negative key terms that survive (absent ones apart)."""
    overuse = table["direction"] == "overuse"
    significant = table["significant_corrected"].astype(bool)
    per_row = pd.DataFrame(
        {
            "doc_id": table["doc_id"],
            "terms_tested": 1,
            "fisher_tests": table["test"] == "Fisher",
            "overused": overuse,
            "p_below_05": overuse & (table["p_value"] < 0.05),
            "distinctive": overuse & table["distinctive"].astype(bool),
            "significant_corrected": overuse & significant,
            "negative_significant": ~overuse & significant,
            "absent_significant": ~overuse & significant & (table["freq_target"] == 0),
        }
    )
    result = per_row.groupby("doc_id", sort=False).sum()
    return result.astype(int).reset_index()


def export_tables(corpus: Corpus) -> dict[str, pd.DataFrame]:
    """``keyness``: every statement against the rest of the corpus (if there is one) and against general English."""
    matrix = document_term_matrix(corpus)
    against_rest = [_against_rest(matrix, MIN_FREQ, 0.05, CORRECTION)] if len(corpus.doc_ids) > 1 else []
    table = pd.concat(against_rest + [_against_english(matrix, MIN_FREQ, REFERENCE_SIZE)], ignore_index=True)
    return {"keyness": table}
