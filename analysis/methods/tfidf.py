"""TF-IDF: the words that set one statement apart from the others, weighted term by term.

TF-IDF (Spärck Jones 1972; Salton and Buckley 1988) multiplies two numbers for each term of each
document:

* **term frequency** (*tf*): how often the term occurs in the document, raw or dampened by a
  logarithm (``sublinear_tf``: ``1 + ln(tf)``), so that a term used ten times does not weigh ten
  times as much as a term used once;
* **inverse document frequency** (*idf*): how few documents use the term. With ``n`` documents
  and a term found in ``df`` of them, scikit-learn's *smoothed* idf is ``ln((1 + n) / (1 + df)) + 1``
  (as if one extra document held every term once, so no idf is ever infinite); the unsmoothed
  idf is ``ln(n / df) + 1``. The ``+ 1`` keeps terms found in *every* document in the vector
  with weight ``tf × 1`` instead of zero.

Each document's vector of ``tf × idf`` is then usually divided by its length (``norm="l2"``), so
a long statement and a short one can be compared. Neither the ranking of terms *within* one
document nor the cosine between two documents depends on that division: it matters only for
distances and maps that use the vectors' coordinates.

Terms are the book's terms (:func:`analysis.text.tokens.terms`: lower-cased, spelling variants folded,
multi-word terms such as "civil society" kept whole, stop words removed), the same as in the
frequency and keyness chapter. A *bigram* is two adjacent terms **after** stop-word removal,
joined by :data:`BIGRAM_JOINER` ("reduction of violence" → ``"reduction + violence"``): the joiner
keeps a bigram of two multi-word terms (``"civil society + peace process"``) readable and
distinct from a multi-word term.

The variants a reader can compare are small documented configurations (:class:`TfidfVariant`,
:data:`TFIDF_VARIANTS`); :data:`BASELINE` is scikit-learn's default weighting on unigrams.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np
import pandas as pd
from scipy import sparse
from sklearn.feature_extraction.text import TfidfTransformer
from sklearn.pipeline import Pipeline, make_pipeline

from analysis.io.corpus import Corpus
from analysis.text.document_term_matrix import (
    BIGRAM_JOINER as BIGRAM_JOINER,
)
from analysis.text.document_term_matrix import (
    TermAnalyzer as TermAnalyzer,
)
from analysis.text.document_term_matrix import (
    document_term_matrix,
)


@dataclass(frozen=True)
class TfidfVariant:
    """One way of weighting terms; every field is a choice the chapter explains.

    ``sublinear_tf``: use ``1 + ln(tf)`` instead of the raw count. ``smooth_idf``: add one
    imaginary document holding every term. ``use_idf``: weight by idf at all (``False`` gives
    plain, normalised term frequencies). ``norm``: ``"l2"`` divides each document vector by its
    Euclidean length, ``None`` keeps raw weights. ``ngram_range``: ``(1, 1)`` unigrams,
    ``(1, 2)`` unigrams and bigrams. ``stemming``: Snowball stems instead of words.
    """

    sublinear_tf: bool = False
    smooth_idf: bool = True
    use_idf: bool = True
    norm: str | None = "l2"
    ngram_range: tuple[int, int] = (1, 1)
    stemming: bool = False

    def transformer(self) -> TfidfTransformer:
        """A fresh, unfitted scikit-learn ``TfidfTransformer`` with these weights (counts in, TF-IDF out)."""
        return TfidfTransformer(
            norm=self.norm, use_idf=self.use_idf, smooth_idf=self.smooth_idf, sublinear_tf=self.sublinear_tf
        )


#: The baseline: scikit-learn's default weighting (raw tf, smoothed idf, l2 norm) on unigrams.
BASELINE = TfidfVariant()

#: The variants the robustness check compares with :data:`BASELINE`, by name; each changes one thing.
TFIDF_VARIANTS: dict[str, TfidfVariant] = {
    "baseline": BASELINE,
    "sublinear tf": TfidfVariant(sublinear_tf=True),
    "unsmoothed idf": TfidfVariant(smooth_idf=False),
    "no l2 norm": TfidfVariant(norm=None),
    "no idf (tf only)": TfidfVariant(use_idf=False),
    "unigrams + bigrams": TfidfVariant(ngram_range=(1, 2)),
    "stemmed": TfidfVariant(stemming=True),
}


@dataclass
class TfidfMatrix:
    """A fitted TF-IDF matrix: one row per document, one column per term, and how it was made."""

    weights: sparse.csr_matrix
    doc_ids: list[str]
    terms: np.ndarray
    idf: np.ndarray | None
    variant: TfidfVariant = field(default_factory=TfidfVariant)
    vectorizer: Pipeline | None = None  # counts (the corpus's CountVectorizer), then the fitted TfidfTransformer

    def weight(self, doc_id: str, term: str) -> float:
        """The weight of one term in one document (0 if the document does not use it)."""
        column = np.searchsorted(self.terms, term)
        if column >= len(self.terms) or self.terms[column] != term:
            return 0.0
        return float(self.weights[self.doc_ids.index(doc_id), column])


def tfidf_matrix(corpus: Corpus, variant: TfidfVariant = BASELINE) -> TfidfMatrix:
    """Fit TF-IDF on the corpus's documents (in corpus order) with one variant's settings.

    The counts are the corpus's document-term matrix (:mod:`analysis.text.document_term_matrix`,
    counted once and shared with frequency and keyness); scikit-learn's ``TfidfTransformer``
    weights them. ``matrix.vectorizer.transform`` weights other texts (e.g. sentences) the same way.
    """
    counts = document_term_matrix(corpus, stemming=variant.stemming, ngram_range=variant.ngram_range)
    transformer = variant.transformer()
    weights = transformer.fit_transform(counts.counts).tocsr()
    idf = transformer.idf_ if variant.use_idf else None
    return TfidfMatrix(
        weights, corpus.doc_ids, counts.terms, idf, variant, make_pipeline(counts.vectorizer, transformer)
    )


def tfidf_table(matrix: TfidfMatrix, per_document: int | None = None) -> pd.DataFrame:
    """Every non-zero weight as a long table ``doc_id, term, tfidf`` (only each document's first
    ``per_document`` rows, if given).

    Sorted by document (corpus order), then descending weight, then term, so ties have a
    stable order and the table is the same on every run.
    """
    coo = matrix.weights.tocoo()
    order = np.lexsort((coo.col, -coo.data, coo.row))  # the columns are the terms in alphabetical order
    if per_document is not None:
        rows = coo.row[order]
        rank_in_document = np.arange(len(rows)) - np.searchsorted(rows, rows)  # 0 for each document's first
        order = order[rank_in_document < per_document]
    doc_ids = np.asarray(list(matrix.doc_ids), dtype=object)
    return pd.DataFrame(
        {
            "doc_id": doc_ids[coo.row[order]],
            "term": np.asarray(matrix.terms, dtype=object)[coo.col[order]],
            "tfidf": coo.data[order],
        }
    )


def top_terms(matrix: TfidfMatrix, k: int = 10) -> pd.DataFrame:
    """The ``k`` highest-weighted terms of each document: ``doc_id, rank, term, tfidf``.

    Ties are broken alphabetically, which is arbitrary but the same in every variant.
    """
    table = tfidf_table(matrix, per_document=k)
    table["rank"] = table.groupby("doc_id", sort=False).cumcount() + 1
    return table[["doc_id", "rank", "term", "tfidf"]]


def cutoff_ties(matrix: TfidfMatrix, k: int = 10) -> pd.DataFrame:
    """Per document: the weight of its ``k``-th term and how many terms outside the top ``k`` share it.

    A top-``k`` list is only as firm as its cut-off: when the ``k``-th weight is shared by terms
    ranked below ``k``, which of them make the list is decided by the alphabetical tie-break.
    """
    table = tfidf_table(matrix)
    rows = []
    for doc_id, group in table.groupby("doc_id", sort=False):
        weights = group["tfidf"].to_numpy()
        kth = weights[min(k, len(weights)) - 1]
        outside = int(np.isclose(weights[k:], kth, rtol=1e-9, atol=0).sum())
        rows.append({"doc_id": doc_id, "kth_weight": float(kth), "tied_outside": outside})
    return pd.DataFrame(rows)


def top_terms_wide(top: pd.DataFrame) -> pd.DataFrame:
    """Top terms side by side: one column per document, one row per rank (for reading, not computing)."""
    wide = top.pivot(index="rank", columns="doc_id", values="term")
    return wide[list(dict.fromkeys(top["doc_id"]))].rename_axis(columns=None).reset_index()


def term_counts(corpus: Corpus, variant: TfidfVariant = BASELINE) -> pd.DataFrame:
    """Raw term counts (documents × terms), the *tf* that TF-IDF starts from, as a table."""
    counts = document_term_matrix(corpus, stemming=variant.stemming, ngram_range=variant.ngram_range)
    return pd.DataFrame(counts.counts.toarray(), index=corpus.doc_ids, columns=counts.terms)


def idf_value(n_documents: int, document_frequency: int, smooth: bool = True) -> float:
    """Inverse document frequency as scikit-learn computes it (natural log, plus one).

    >>> round(idf_value(5, 2), 4)  # ln(6 / 3) + 1
    1.6931
    >>> idf_value(5, 5, smooth=False)  # a term in every document keeps weight tf × 1
    1.0
    """
    if smooth:
        return math.log((1 + n_documents) / (1 + document_frequency)) + 1
    return math.log(n_documents / document_frequency) + 1


def worked_example(corpus: Corpus, doc_id: str | None = None, term: str | None = None) -> dict[str, object]:
    """One term's baseline TF-IDF weight computed step by step, next to scikit-learn's value.

    By default: the first document, and its highest-weighted term that other documents use too
    (so that idf is not simply at its maximum). Returns the document, term, ``tf``, ``n``, ``df``,
    ``idf``, the raw ``tf × idf``, the length of the document's raw vector (``l2_length``), the
    normalised ``weight`` and ``sklearn_weight``.
    """
    counts = term_counts(corpus)
    doc_id = doc_id or corpus.doc_ids[0]
    n_documents = len(counts)
    document_frequency = (counts > 0).sum()
    if term is None:
        shared = counts.columns[(document_frequency > 1) & (document_frequency < n_documents)]
        top = top_terms(tfidf_matrix(corpus), k=len(counts.columns))
        candidates = top[(top["doc_id"] == doc_id) & top["term"].isin(shared)]
        term = str(candidates["term"].iloc[0])
    idf = np.array([idf_value(n_documents, int(df)) for df in document_frequency])
    raw = counts.loc[doc_id].to_numpy() * idf
    l2_length = float(np.sqrt((raw**2).sum()))
    column = counts.columns.get_loc(term)
    return {
        "doc_id": doc_id,
        "term": term,
        "tf": int(counts.loc[doc_id, term]),
        "n": n_documents,
        "df": int(document_frequency[term]),
        "idf": float(idf[column]),
        "tf_idf": float(raw[column]),
        "l2_length": l2_length,
        "weight": float(raw[column] / l2_length),
        "sklearn_weight": tfidf_matrix(corpus).weight(doc_id, term),
    }


def export_tables(corpus: Corpus) -> dict[str, pd.DataFrame]:
    """``tfidf.csv``: every non-zero baseline weight (``doc_id, term, tfidf``)."""
    return {"tfidf": tfidf_table(tfidf_matrix(corpus))}
