"""Similarity: cosines, pairs, clustering, the map, robustness, drift and typical sentences, by hand."""

import math

import numpy as np
import pandas as pd
import pytest
from test_tfidf import TINY, tiny_corpus

from analysis.methods import similarity as sim
from analysis.methods import tfidf
from analysis.methods.tfidf import TfidfVariant

# Unit vectors of the tiny corpus (terms ceasefire, talks, women), worked out in test_tfidf.py:
#   A = (0.959056, 0.283217, 0)   B = (0, 0.508542, 0.861037)   C = (0, 1, 0)
COS_AB = 0.283217 * 0.508542  # 0.144028
COS_AC = 0.283217
COS_BC = 0.508542


@pytest.fixture
def tiny():
    return tiny_corpus(TINY, dates=["2020-01-01", "2021-01-01", "2024-01-01"])


def test_cosine_matrix_by_hand(tiny):
    matrix = sim.similarity_matrix(tfidf.tfidf_matrix(tiny))
    assert matrix.loc["A", "B"] == pytest.approx(COS_AB, abs=1e-6)
    assert matrix.loc["A", "C"] == pytest.approx(COS_AC, abs=1e-6)
    assert matrix.loc["C", "B"] == pytest.approx(COS_BC, abs=1e-6)
    assert np.allclose(np.diag(matrix), 1.0)


def test_cosine_does_not_depend_on_the_l2_norm(tiny):
    raw = sim.similarity_matrix(tfidf.tfidf_matrix(tiny, TfidfVariant(norm=None)))
    assert np.allclose(raw, sim.similarity_matrix(tfidf.tfidf_matrix(tiny)))


def test_pairs_are_ranked_with_years_and_shared_properties(tiny):
    pairs = sim.similarity_pairs(tiny, tfidf.tfidf_matrix(tiny))
    assert pairs[["doc_a", "doc_b", "rank"]].values.tolist() == [["B", "C", 1], ["A", "C", 2], ["A", "B", 3]]
    assert pairs["cosine"].tolist() == pytest.approx([COS_BC, COS_AC, COS_AB], abs=1e-6)
    # 2021-01-01 to 2024-01-01 is 1,095 days; 2020-01-01 to 2021-01-01 is 366 days (a leap year)
    assert pairs["years_apart"].tolist() == pytest.approx([1095 / 365.25, 1461 / 365.25, 366 / 365.25])
    # actor types: A government, B civil society, C government; genres: letter, letter, report
    assert pairs["same_actor_type"].tolist() == [False, True, False]
    assert pairs["same_genre"].tolist() == [False, False, True]
    assert sim.group_means(pairs, "same_genre")[True] == pytest.approx(COS_AB, abs=1e-6)


def test_top_k_keeps_only_nearest_neighbour_pairs(tiny):
    # nearest neighbours: A -> C (0.283 > 0.144), B -> C, C -> B; so the pair A-B is dropped
    pairs = sim.similarity_pairs(tiny, tfidf.tfidf_matrix(tiny), top_k=1)
    assert pairs[["doc_a", "doc_b"]].values.tolist() == [["B", "C"], ["A", "C"]]
    everything = sim.similarity_pairs(tiny, tfidf.tfidf_matrix(tiny), top_k=5)
    assert everything.equals(sim.similarity_pairs(tiny, tfidf.tfidf_matrix(tiny)))


def test_average_linkage_tree_by_hand(tiny):
    tree = sim.cluster_tree(sim.similarity_matrix(tfidf.tfidf_matrix(tiny)))
    # B and C join first at distance 1 - 0.508542; A joins at the mean of its two distances
    assert sim.first_merge(tree) == ("B", "C", pytest.approx(1 - COS_BC, abs=1e-6))
    assert tree.linkage[1][2] == pytest.approx(((1 - COS_AB) + (1 - COS_AC)) / 2, abs=1e-6)  # 0.786378
    # cophenetic: corr((0.4915, 0.7864, 0.7864), (0.4915, 0.8560, 0.7168)) = 0.05798 / sqrt(0.05799 · 0.06767)
    assert tree.cophenetic == pytest.approx(0.9257, abs=1e-3)
    assert tree.labels == ["A", "B", "C"] and tree.method == "average"
    assert sim.last_leaf(tree) == "A"


def test_map_keeps_the_distances_of_three_documents(tiny):
    # three points always lie in a plane: two axes keep all the variance and every distance,
    # and |a - b|² = 2 - 2 cos(a, b) for unit vectors
    statement_map = sim.statement_map(tfidf.tfidf_matrix(tiny), n_terms=1)
    xy = statement_map.coordinates.set_index("doc_id")[["axis 1", "axis 2"]]
    assert sum(statement_map.explained) == pytest.approx(1.0)
    assert np.linalg.norm(xy.loc["A"] - xy.loc["B"]) == pytest.approx(math.sqrt(2 - 2 * COS_AB), abs=1e-6)
    assert np.linalg.norm(xy.loc["B"] - xy.loc["C"]) == pytest.approx(math.sqrt(2 - 2 * COS_BC), abs=1e-6)
    positive = statement_map.loadings[statement_map.loadings["end"] == "+"]
    assert (positive["loading"] > 0).all()  # each axis is oriented: its largest loading is positive
    assert statement_map.loadings.groupby(["axis", "end"]).size().tolist() == [1, 1, 1, 1]
    # axis 1 separates A (ceasefire) from the others; its largest loading is on "ceasefire"
    assert statement_map.axis_terms("axis 1", "+") == "ceasefire"


def test_overlap_at_k_by_hand():
    base = pd.DataFrame({"doc_id": ["A", "A", "B", "B"], "term": ["peace", "talks", "war", "women"]})
    other = pd.DataFrame({"doc_id": ["A", "A", "B", "B"], "term": ["peace", "ceasefire", "war", "women"]})
    assert sim._overlap_at_k(other, base) == pytest.approx((1 / 2 + 2 / 2) / 2)
    stemmed = pd.DataFrame({"doc_id": ["A", "A", "B", "B"], "term": ["peac", "talk", "war", "women"]})
    assert sim._overlap_at_k(stemmed, base, stemming=True) == pytest.approx(1.0)


def test_robustness_table_baseline_and_norm_rows_are_identical(corpus):
    table = sim.robustness_table(corpus).set_index("variant")
    assert table.index[0] == "baseline" and list(table.index) == list(tfidf.TFIDF_VARIANTS)
    for variant in ("baseline", "no l2 norm"):  # l2 changes neither the ranking in a document nor a cosine
        row = table.loc[variant]
        values = row[["top_k_overlap", "same_top_term", "spearman", "kendall", "same_nearest"]].tolist()
        assert values == pytest.approx([1, 1, 1, 1, 1])
        assert row["same_closest_pair"] and row["same_farthest_pair"]
    assert table["top_k_overlap"].between(0, 1).all() and table["spearman"].between(-1, 1).all()


def test_drift_test_by_hand(tiny):
    # cosine ranks A-B 1, A-C 2, B-C 3; years apart 1, 4, 3 -> ranks 1, 3, 2; rho = 1 - 6·2 / (3·8) = 0.5
    # the six ways of giving the three dates to A, B, C give rho = 0.5, -0.5, 1, 0.5, -1, -0.5:
    # all six are at least 0.5 from zero, so the two-sided permutation p-value is 6 / 6
    pairs = sim.similarity_pairs(tiny, tfidf.tfidf_matrix(tiny))
    drift = sim.drift_test(pairs, tiny)
    assert drift.rho == pytest.approx(0.5)
    assert (drift.n_pairs, drift.n_permutations) == (3, 6)
    assert drift.p_value == pytest.approx(1.0)


def test_typical_sentences_prefer_the_statements_own_vocabulary():
    corpus = tiny_corpus({"A": "x", "B": "y"})
    texts = {
        "A": "Ceasefire now and ceasefire talks. Talks about the weather, the budget and the roads. Ceasefire.",
        "B": "Women and girls need schools and work. Talks.",
    }
    corpus.documents["text"] = list(texts.values())
    corpus.sentences = pd.DataFrame(
        [
            {"doc_id": "A", "sent_id": "A:001", "position": 1, "text": "Ceasefire now and ceasefire talks."},
            {
                "doc_id": "A",
                "sent_id": "A:002",
                "position": 2,
                "text": "Talks about the weather, the budget and the roads.",
            },
            {"doc_id": "A", "sent_id": "A:003", "position": 3, "text": "Ceasefire."},
            {"doc_id": "B", "sent_id": "B:001", "position": 1, "text": "Women and girls need schools and work."},
            {"doc_id": "B", "sent_id": "B:002", "position": 2, "text": "Talks."},
        ]
    )
    typical = sim.typical_sentences(corpus, k=2, min_terms=2)
    assert typical["sent_id"].tolist() == ["A:001", "A:002", "B:001"]  # one-term sentences are skipped
    assert typical["rank"].tolist() == [1, 2, 1]
    assert typical["cosine"].iloc[0] > typical["cosine"].iloc[1]
    assert sim.typical_sentences(corpus, min_terms=50).empty


def test_export_tables(corpus):
    tables = sim.export_tables(corpus)
    assert set(tables) == {"similarity", "typical_sentences", "tfidf_robustness"}
    n = len(corpus.doc_ids)
    assert len(tables["similarity"]) == n * (n - 1) // 2
    assert list(tables["similarity"].columns[:4]) == ["doc_a", "doc_b", "cosine", "rank"]


def _dated_corpus(n: int):
    """n statements drifting from 'war' to 'peace', one a year from 2010."""
    from pathlib import Path

    from analysis.io.corpus import Corpus

    texts = [" ".join(["peace"] * (i + 1) + ["war"] * (n - i)) for i in range(n)]
    ids = [f"d{i}" for i in range(n)]
    documents = pd.DataFrame(
        {"doc_id": ids, "text": texts, "date": [f"{2010 + i}-01-01" for i in range(n)], "actor_type": "x", "genre": "y"}
    )
    sentences = pd.DataFrame({"doc_id": ids, "sent_id": [f"{d}:001" for d in ids], "position": 1, "text": texts})
    return Corpus(Path("."), documents, sentences, pd.DataFrame())


def test_drift_test_samples_orderings_above_the_exact_limit():
    corpus = _dated_corpus(sim.EXACT_UP_TO + 2)
    pairs = sim.similarity_pairs(corpus, tfidf.tfidf_matrix(corpus))
    drift = sim.drift_test(pairs, corpus, n_permutations=199, seed=1)
    assert drift.n_permutations == 200 and drift.n_pairs == len(pairs)
    assert drift.rho < -0.8 and drift.p_value < 0.05  # the vocabulary drifts steadily with time
    assert sim.drift_test(pairs, corpus, n_permutations=199, seed=1) == drift  # seeded: the same every run


def test_drift_test_without_variation_gives_no_p_value():
    corpus = _dated_corpus(3)
    pairs = sim.similarity_pairs(corpus, tfidf.tfidf_matrix(corpus)).assign(cosine=0.5)
    assert math.isnan(sim.drift_test(pairs, corpus).p_value)


def _by_pair(found):
    sources, others, values = found
    order = np.lexsort((others, sources))
    return sources[order].tolist(), others[order].tolist(), values[order].tolist()


@pytest.mark.parametrize("seed", [0, 1])
def test_nearest_neighbours_are_the_largest_cosines_of_each_row(seed, monkeypatch):
    from scipy import sparse
    from sklearn.preprocessing import normalize

    rng = np.random.default_rng(seed)
    counts = rng.poisson(0.6, size=(120, 40)) * rng.integers(1, 4, size=(120, 40))
    counts[20] = 0  # a document without terms: every cosine 0
    unit = normalize(sparse.csr_matrix(counts.astype(float)), norm="l2").tocsr()
    full = (unit @ unit.T).toarray()
    np.fill_diagonal(full, -np.inf)
    monkeypatch.setattr(sim, "DENSE_SHARE", 0.0)  # the memory cap alone decides which terms are dense
    for k, block, dense_bytes in [(1, 16, 0), (3, 7, 8 * 120 * 10), (119, 50, sim.DENSE_BYTES)]:
        monkeypatch.setattr(sim, "DENSE_BYTES", dense_bytes)  # no term, ten terms, every shared term dense
        sources, others, values = sim.nearest_neighbours(unit, k, block=block)
        assert np.allclose(values, full[sources, others], rtol=1e-12, atol=1e-15)
        kth = -np.sort(-full, axis=1)[:, k - 1]
        assert (values >= kth[sources] - 1e-12).all() and np.bincount(sources).tolist() == [k] * 120
        assert _by_pair(sim.nearest_neighbours(unit, k, block=block, n_jobs=2)) == _by_pair((sources, others, values))


def test_a_bracketed_qualifier_does_not_make_another_kind_of_speaker(tiny):
    """A is now 'government (conference chair)', C stays 'government': the A-C pair is still the same kind
    of speaker, as the landing page and the synthesis count kinds (the qualifier dropped)."""
    tiny.documents.loc[tiny.documents["doc_id"] == "A", "actor_type"] = "government (conference chair)"
    pairs = sim.similarity_pairs(tiny, tfidf.tfidf_matrix(tiny)).set_index(["doc_a", "doc_b"])
    assert bool(pairs.loc[("A", "C"), "same_actor_type"]) and not pairs.loc[("A", "B"), "same_actor_type"]


def test_statements_of_unknown_kind_are_not_the_same_kind(tiny):
    """Without an actor_type (a corpus without metadata) no pair counts as the same kind of speaker."""
    tiny.documents["actor_type"] = None
    pairs = sim.similarity_pairs(tiny, tfidf.tfidf_matrix(tiny))
    assert not pairs["same_actor_type"].any()
