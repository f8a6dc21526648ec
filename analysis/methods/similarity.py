"""How close the statements are in vocabulary: cosine similarity of TF-IDF vectors, and what follows.

The **cosine similarity** of two document vectors is the cosine of the angle between them: 1 when
they weight the same terms in the same proportions, 0 when they share no term. It ignores the
vectors' lengths, so a long and a short statement on the same topics are close.

From the similarity matrix this module builds a hierarchical clustering (average linkage on the
cosine *distance* ``1 - cosine``), a two-dimensional map (PCA of the TF-IDF vectors, with the
terms that drive each axis), a long table of pairs with the time between the two statements,
a check of how much the results move when the TF-IDF settings change, and the sentences closest
to their own statement's vector (the most *typical* sentences, good for quotation).
"""

from __future__ import annotations

import itertools
import math
from dataclasses import dataclass

import numpy as np
import pandas as pd
from scipy import sparse, stats
from scipy.cluster import hierarchy
from scipy.spatial.distance import squareform
from sklearn.decomposition import PCA
from sklearn.preprocessing import normalize

from analysis.io.corpus import Corpus, speaker_kind
from analysis.methods.tfidf import (
    BASELINE,
    TFIDF_VARIANTS,
    TermAnalyzer,
    TfidfMatrix,
    TfidfVariant,
    tfidf_matrix,
    top_terms,
)
from analysis.runtime.jobs import map_items
from analysis.text.term_lists import sentence_term_lists
from analysis.text.tokens import stem

#: Up to this many documents, the exported similarity table lists every pair; above it, only
#: each document's :data:`EXPORT_TOP_K` nearest neighbours (the full table grows as n²).
EXPORT_ALL_PAIRS_UP_TO = 200
EXPORT_TOP_K = 10


def similarity_matrix(matrix: TfidfMatrix) -> pd.DataFrame:
    """Cosine similarity between every two documents (a square table indexed by doc_id).

    The rows are l2-normalised first, so the result does not depend on the variant's ``norm``.
    """
    unit = normalize(matrix.weights, norm="l2")
    values = (unit @ unit.T).toarray()
    np.fill_diagonal(values, 1.0)
    return pd.DataFrame(values, index=matrix.doc_ids, columns=matrix.doc_ids)


#: The terms used by at least this share of the documents are multiplied as a dense matrix. A term
#: used by a share p of the documents adds a product to p² of all pairs: the dense product pays for
#: every pair, the sparse one only for those, at about a hundred times the cost per product, so
#: the dense one is cheaper from p ≈ 0.1.
DENSE_SHARE = 0.1
#: The dense columns may take at most this many bytes.
DENSE_BYTES = 128 * 2**20


def nearest_neighbours(
    unit: sparse.csr_matrix, k: int, n_jobs: int = 1, block: int = 256
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The ``k`` most similar other rows of each row of ``unit`` (l2-normalised): row, neighbour, cosine.

    The cosine of two documents is the sum, over the terms both use, of the products of their
    weights. A term used by one document adds nothing, so only terms used by two or more count;
    the most common of them (:data:`DENSE_SHARE`: a thousand or so terms, which make most of
    the products) are multiplied as a dense float64 matrix, the rest as a sparse one. The cosines
    are computed for a block of rows at a time and each row keeps its ``k`` largest, so memory
    grows with ``n · block``, not ``n²``. Each row's neighbours come in no particular order; ``n_jobs``
    blocks run at a time, on threads.
    """
    n, keep = unit.shape[0], min(k, unit.shape[0] - 1)
    if keep <= 0:
        return np.array([], dtype=int), np.array([], dtype=int), np.array([], dtype=float)
    document_frequency = np.bincount(unit.indices, minlength=unit.shape[1])
    shared = np.flatnonzero(document_frequency >= 2)
    by_frequency = shared[np.argsort(-document_frequency[shared], kind="stable")]
    n_common = min(np.count_nonzero(document_frequency[by_frequency] >= DENSE_SHARE * n), DENSE_BYTES // (8 * n))
    common, rare = np.split(by_frequency, [n_common])
    task = _BlockNeighbours(unit[:, np.sort(common)].toarray(), unit[:, np.sort(rare)].tocsr(), block, keep)
    parts = map_items(task, list(range(0, n, block)), n_jobs, threads=True)
    sources, others, values = zip(*parts)
    return np.concatenate(sources), np.concatenate(others), np.concatenate(values)


class _BlockNeighbours:
    """The ``keep`` nearest of the rows ``start .. start + block`` (a task per block start)."""

    def __init__(self, common: np.ndarray, rare: sparse.csr_matrix, block: int, keep: int) -> None:
        self.common, self.rare, self.rare_transposed = common, rare, rare.T.tocsr()
        self.block, self.keep = block, keep

    def __call__(self, starts: list[int]) -> list[tuple[np.ndarray, np.ndarray, np.ndarray]]:
        return [self.neighbours(start) for start in starts]

    def neighbours(self, start: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        rows = slice(start, start + self.block)
        cosines = self.common[rows] @ self.common.T + (self.rare[rows] @ self.rare_transposed).toarray()
        here, sources = np.arange(len(cosines)), np.arange(start, start + len(cosines))
        cosines[here, sources] = -np.inf  # not the document itself
        best = np.argpartition(-cosines, self.keep - 1, axis=1)[:, : self.keep]
        return np.repeat(sources, self.keep), best.ravel(), cosines[here[:, None], best].ravel()


def similarity_pairs(corpus: Corpus, matrix: TfidfMatrix, top_k: int | None = None, n_jobs: int = 1) -> pd.DataFrame:
    """One row per pair of documents: ``doc_a, doc_b, cosine, rank, years_apart, same_actor_type, same_genre``.

    ``doc_a`` comes before ``doc_b`` in corpus (time) order; ``rank`` 1 is the most similar pair.
    With ``top_k``, only pairs in which one document is among the other's ``top_k`` nearest
    neighbours are kept, which avoids a table that grows with the square of the corpus.
    """
    unit = normalize(matrix.weights, norm="l2").tocsr()
    n = unit.shape[0]
    if top_k is None:
        values = (unit @ unit.T).toarray()
        first, second = np.triu_indices(n, k=1)
        found = pd.DataFrame({"a": first, "b": second, "value": values[first, second]})
    else:
        sources, others, values = nearest_neighbours(unit, top_k, n_jobs=n_jobs)
        found = pd.DataFrame({"a": np.minimum(sources, others), "b": np.maximum(sources, others), "value": values})
        # a pair found from both ends is listed once (with the value found last)
        found = found.drop_duplicates(["a", "b"], keep="last").sort_values(["a", "b"], kind="stable")
    first, second = found["a"].to_numpy(), found["b"].to_numpy()
    documents = corpus.documents.set_index("doc_id").loc[matrix.doc_ids]
    dates = pd.to_datetime(documents["date"], errors="coerce").to_numpy()
    doc_ids = np.asarray(matrix.doc_ids, dtype=object)
    # kinds of speaker compared without a bracketed qualifier: "government (conference chair)" is a government
    actor_types = documents["actor_type"].map(speaker_kind).to_numpy(dtype=object)
    genres = documents["genre"].to_numpy(dtype=object)
    table = pd.DataFrame(
        {
            "doc_a": doc_ids[first],
            "doc_b": doc_ids[second],
            "cosine": np.minimum(found["value"].to_numpy(), 1.0),
            "years_apart": np.abs((dates[second] - dates[first]) / np.timedelta64(1, "D")) / 365.25,
            # an unknown kind (no metadata) is never the same as another
            "same_actor_type": (actor_types[first] == actor_types[second]) & (actor_types[first] != ""),
            "same_genre": genres[first] == genres[second],
        }
    )
    table = table.sort_values(["cosine", "doc_a", "doc_b"], ascending=[False, True, True], kind="stable")
    table.insert(3, "rank", range(1, len(table) + 1))
    return table.reset_index(drop=True)


@dataclass
class ClusterTree:
    """A hierarchical clustering: scipy's linkage matrix, the leaf labels and how faithful the tree is.

    ``cophenetic`` is the correlation between the cosine distances and the heights at which the
    tree joins each pair: near 1, the tree represents the distances well.
    """

    linkage: np.ndarray
    labels: list[str]
    cophenetic: float
    method: str


def cluster_tree(similarity: pd.DataFrame, method: str = "average") -> ClusterTree:
    """Agglomerative clustering of the documents on cosine distance (``1 - cosine``).

    Average linkage joins two groups at the mean distance between their members, a middle way
    between single linkage (chains) and complete linkage (tight groups).
    """
    distance = np.clip(1.0 - similarity.to_numpy(), 0.0, None)
    np.fill_diagonal(distance, 0.0)
    condensed = squareform((distance + distance.T) / 2, checks=False)
    linkage = hierarchy.linkage(condensed, method=method)
    cophenetic = float(hierarchy.cophenet(linkage, condensed)[0]) if len(condensed) > 1 else float("nan")
    return ClusterTree(linkage, list(similarity.index), cophenetic, method)


def first_merge(tree: ClusterTree) -> tuple[str, str, float]:
    """The two documents the tree joins first, and the cosine distance at which it does."""
    a, b, height = tree.linkage[0][:3]
    return tree.labels[int(a)], tree.labels[int(b)], float(height)


def last_leaf(tree: ClusterTree) -> str | None:
    """The document the tree joins to all the others last, or None if the last join is of two groups."""
    sides = [int(side) for side in tree.linkage[-1][:2]]
    leaves = [tree.labels[side] for side in sides if side < len(tree.labels)]
    return leaves[0] if len(leaves) == 1 else None


@dataclass
class StatementMap:
    """A 2-D map of the documents: coordinates, share of variance per axis, and the axis terms."""

    coordinates: pd.DataFrame
    explained: list[float]
    loadings: pd.DataFrame

    def axis_terms(self, axis: str, end: str) -> str:
        """The terms at one end (``"+"`` or ``"-"``) of one axis (``"axis 1"``), comma-separated."""
        rows = self.loadings[(self.loadings["axis"] == axis) & (self.loadings["end"] == end)]
        return ", ".join(rows.sort_values("rank")["term"])


def statement_map(matrix: TfidfMatrix, n_terms: int = 5) -> StatementMap:
    """PCA of the (l2-normalised) TF-IDF vectors onto two axes, with the terms that drive each axis.

    PCA is deterministic; each axis is oriented so that its largest loading is positive, which
    makes the picture the same on every machine. ``loadings`` lists, per axis and per end
    (``+`` and ``-``), the ``n_terms`` terms with the largest loadings.
    """
    dense = normalize(matrix.weights, norm="l2").toarray()
    n_axes = min(2, dense.shape[0] - 1, dense.shape[1])
    pca = PCA(n_components=n_axes, svd_solver="full")
    coordinates = pca.fit_transform(dense)
    components = pca.components_
    for axis in range(n_axes):
        if components[axis, np.argmax(np.abs(components[axis]))] < 0:
            components[axis] *= -1
            coordinates[:, axis] *= -1
    frame = pd.DataFrame(coordinates, columns=[f"axis {axis + 1}" for axis in range(n_axes)])
    frame.insert(0, "doc_id", matrix.doc_ids)
    rows = []
    for axis in range(n_axes):
        order = np.lexsort((matrix.terms, -components[axis]))
        for end, picks in (("+", order[:n_terms]), ("-", order[::-1][:n_terms])):
            rows += [
                {
                    "axis": f"axis {axis + 1}",
                    "end": end,
                    "rank": rank,
                    "term": matrix.terms[i],
                    "loading": components[axis, i],
                }
                for rank, i in enumerate(picks, start=1)
            ]
    return StatementMap(frame, [float(v) for v in pca.explained_variance_ratio_], pd.DataFrame(rows))


def _overlap_at_k(top: pd.DataFrame, baseline: pd.DataFrame, stemming: bool = False) -> float:
    """Mean share of each document's top terms that the baseline's top terms also contain.

    For a stemmed variant the baseline's terms are stemmed first ("terrorism" matches "terror").
    """
    shares = []
    for doc_id, group in baseline.groupby("doc_id", sort=False):
        other = set(top.loc[top["doc_id"] == doc_id, "term"])
        mine = {stem(term) for term in group["term"]} if stemming else set(group["term"])
        shares.append(len(mine & other) / len(group))
    return float(np.mean(shares))


def _nearest_neighbours(similarity: pd.DataFrame) -> pd.Series:
    """Each document's most similar other document (ties: the first in corpus order)."""
    values = similarity.to_numpy().copy()
    np.fill_diagonal(values, -np.inf)
    return pd.Series(similarity.columns[values.argmax(axis=1)], index=similarity.index)


def robustness_table(corpus: Corpus, variants: dict[str, TfidfVariant] | None = None, k: int = 10) -> pd.DataFrame:
    """How far each TF-IDF variant moves the results away from the baseline (the first variant).

    Columns: ``variant``; ``top_k_overlap`` (mean share of each document's top ``k`` terms that
    the baseline also has in its top ``k``); ``same_top_term`` (share of documents whose first
    term is unchanged); ``spearman`` and ``kendall`` (rank correlation of
    all pairwise cosines with the baseline's); ``same_nearest`` (share of documents whose most
    similar other document is unchanged); ``same_closest_pair`` and ``same_farthest_pair``.
    Top-term ties are broken alphabetically in every variant, so a tie alone does not lower
    the overlap.
    """
    variants = variants or TFIDF_VARIANTS
    results = {}
    for name, variant in variants.items():
        matrix = tfidf_matrix(corpus, variant)
        similarity = similarity_matrix(matrix)
        upper = np.triu_indices(len(similarity), k=1)
        results[name] = (top_terms(matrix, k), similarity, similarity.to_numpy()[upper])
    base_top, base_similarity, base_pairs = next(iter(results.values()))
    base_order = np.argsort(-base_pairs, kind="stable")
    rows = []
    for name, (top, similarity, pairs) in results.items():
        order = np.argsort(-pairs, kind="stable")
        rows.append(
            {
                "variant": name,
                "top_k_overlap": _overlap_at_k(top, base_top, variants[name].stemming),
                "same_top_term": _overlap_at_k(
                    top[top["rank"] == 1], base_top[base_top["rank"] == 1], variants[name].stemming
                ),
                "spearman": float(stats.spearmanr(pairs, base_pairs).statistic)
                if _rankable(pairs, base_pairs)
                else float("nan"),
                "kendall": float(stats.kendalltau(pairs, base_pairs).statistic)
                if _rankable(pairs, base_pairs)
                else float("nan"),
                "same_nearest": float((_nearest_neighbours(similarity) == _nearest_neighbours(base_similarity)).mean()),
                "same_closest_pair": bool(order[0] == base_order[0]) if len(pairs) else None,  # one document: no pair
                "same_farthest_pair": bool(order[-1] == base_order[-1]) if len(pairs) else None,
            }
        )
    return pd.DataFrame(rows).round(6)  # no float noise (0.9999999999999999) in the exported table


def _rankable(pairs: np.ndarray, base_pairs: np.ndarray) -> bool:
    """Can two lists of cosines be rank-correlated: more than two pairs, neither all equal (identical documents)?"""
    return len(pairs) > 2 and np.ptp(pairs) > 0 and np.ptp(base_pairs) > 0


@dataclass
class DriftTest:
    """Does similarity fall with time between statements? Spearman's rho and a permutation p-value.

    Pairs share documents, so they are not independent and the usual p-value of rho is wrong.
    The Mantel-style test instead shuffles which date belongs to which document (exactly, over
    every permutation, for up to :data:`EXACT_UP_TO` documents) and counts how often the
    shuffled rho is at least as far from zero as the observed one (two-sided). A negative rho
    means drift: the further apart in time, the less alike.
    """

    rho: float
    p_value: float
    n_pairs: int
    n_permutations: int
    naive_p_value: float


#: Up to this many documents the permutation test enumerates every ordering (8! = 40,320);
#: above, it draws ``n_permutations`` seeded random orderings.
EXACT_UP_TO = 8


def drift_test(pairs: pd.DataFrame, corpus: Corpus, n_permutations: int = 999, seed: int = 0) -> DriftTest:
    """Spearman correlation of cosine with years apart, and its two-sided permutation p-value.

    Works on the pairs given (all pairs, or the ``top_k`` pairs of a large corpus) whose two
    documents are dated. ``naive_p_value`` is scipy's p-value, which treats the pairs as
    independent: shown only to teach why it should not be used here.
    """
    dates = pd.to_datetime(corpus.documents.set_index("doc_id")["date"], errors="coerce")
    dated = pairs[pairs["doc_a"].map(dates).notna() & pairs["doc_b"].map(dates).notna()]
    corpus_order = {doc_id: rank for rank, doc_id in enumerate(corpus.doc_ids)}
    doc_ids = sorted(set(dated["doc_a"]) | set(dated["doc_b"]), key=corpus_order.get)
    position = {doc_id: index for index, doc_id in enumerate(doc_ids)}
    first, second = dated["doc_a"].map(position).to_numpy(), dated["doc_b"].map(position).to_numpy()
    days = ((dates.loc[doc_ids] - dates.loc[doc_ids].min()) / pd.Timedelta(days=1)).to_numpy(dtype=float)
    values = dated["cosine"].to_numpy()
    gaps = np.abs(days[first] - days[second])
    if len(values) < 3 or np.ptp(values) == 0 or np.ptp(gaps) == 0:  # nothing to correlate
        return DriftTest(float("nan"), float("nan"), len(values), 0, float("nan"))

    def rho_for(order: np.ndarray) -> float:
        shuffled_days = days[order]
        return float(stats.spearmanr(values, np.abs(shuffled_days[first] - shuffled_days[second])).statistic)

    identity = np.arange(len(doc_ids))
    observed = rho_for(identity)
    if len(doc_ids) <= EXACT_UP_TO:
        orders = [np.array(order) for order in itertools.permutations(range(len(doc_ids)))]
    else:
        rng = np.random.default_rng(seed)
        orders = [identity] + [rng.permutation(len(doc_ids)) for _ in range(n_permutations)]
    shuffled = np.array([rho_for(order) for order in orders])
    p_value = float(np.mean(np.abs(np.nan_to_num(shuffled, nan=0.0)) >= abs(observed) - 1e-12))
    naive = float(stats.spearmanr(values, gaps).pvalue)
    return DriftTest(observed, p_value, len(values), len(orders), naive)


def typical_sentences(corpus: Corpus, k: int = 3, variant: TfidfVariant = BASELINE, min_terms: int = 5) -> pd.DataFrame:
    """The ``k`` sentences of each document closest (cosine) to their own document's TF-IDF vector.

    Sentences are weighted with the vocabulary and idf learned from the whole documents, so a
    sentence scores high when it uses, in similar proportions, the terms that set its statement
    apart. Sentences with fewer than ``min_terms`` terms are skipped: a two-word fragment can
    match one heavy term and say little. Returns ``doc_id, sent_id, rank, cosine, n_terms, text``.
    """
    return _typical_sentences(corpus, tfidf_matrix(corpus, variant), k, min_terms)


def _typical_sentences(corpus: Corpus, matrix: TfidfMatrix, k: int = 3, min_terms: int = 5) -> pd.DataFrame:
    """:func:`typical_sentences` with the documents' TF-IDF matrix already fitted (``matrix.variant``)."""
    variant = matrix.variant
    sentences = corpus.sentences[["doc_id", "sent_id", "position", "text"]].copy()  # only the columns used
    analyzer = TermAnalyzer(variant.ngram_range, variant.stemming)
    # the sentences' terms, tokenised once per corpus (as raw text for a stemmed variant)
    inputs = corpus.sentences["text"].tolist() if variant.stemming else sentence_term_lists(corpus)
    sentences["n_terms"] = [len(analyzer(item)) for item in inputs]
    kept = (sentences["n_terms"] >= min_terms).to_numpy()
    sentences = sentences[kept].reset_index(drop=True)
    if sentences.empty:
        return pd.DataFrame(columns=["doc_id", "sent_id", "rank", "cosine", "n_terms", "text"])
    kept_inputs = [item for item, keep in zip(inputs, kept) if keep]
    vectors = normalize(matrix.vectorizer.transform(kept_inputs), norm="l2").tocoo()
    documents = normalize(matrix.weights, norm="l2").tocsr()
    row_of = {doc_id: row for row, doc_id in enumerate(matrix.doc_ids)}  # also the documents' corpus order
    rows = sentences["doc_id"].map(row_of).to_numpy(dtype=np.int64)
    # cosine = Σ over the sentence's terms of its weight times its document's weight for the term
    products = vectors.data * np.asarray(documents[rows[vectors.row], vectors.col]).ravel()
    sentences["cosine"] = np.bincount(vectors.row, weights=products, minlength=len(sentences))
    sentences = sentences.assign(_doc=rows, _neg=-sentences["cosine"])
    sentences = sentences.sort_values(["_doc", "_neg", "position"], kind="stable")
    sentences["rank"] = sentences.groupby("doc_id", sort=False).cumcount() + 1
    kept = sentences[sentences["rank"] <= k]
    return kept[["doc_id", "sent_id", "rank", "cosine", "n_terms", "text"]].reset_index(drop=True)


def group_means(pairs: pd.DataFrame, column: str) -> dict[bool, float]:
    """Mean cosine of the pairs that share (True) and do not share (False) a property; NaN if none."""
    means = pairs.groupby(column)["cosine"].mean()
    return {value: float(means.get(value, math.nan)) for value in (True, False)}


def export_tables(corpus: Corpus, n_jobs: int = 1) -> dict[str, pd.DataFrame]:
    """``similarity.csv`` (pairs), ``typical_sentences.csv`` and ``tfidf_robustness.csv``.

    Above :data:`EXPORT_ALL_PAIRS_UP_TO` documents the pair table keeps each document's
    :data:`EXPORT_TOP_K` nearest neighbours only, and the robustness table (which compares
    full similarity matrices, n² per variant) is left out.
    """
    matrix = tfidf_matrix(corpus)
    small = len(corpus.doc_ids) <= EXPORT_ALL_PAIRS_UP_TO
    tables = {
        "similarity": similarity_pairs(corpus, matrix, top_k=None if small else EXPORT_TOP_K, n_jobs=n_jobs),
        "typical_sentences": _typical_sentences(corpus, matrix),
    }
    if small:
        tables["tfidf_robustness"] = robustness_table(corpus)
    return tables
