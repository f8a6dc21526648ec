"""TF-IDF: the book's tokenizer as analyzer, the variants, and weights checked by hand."""

import math
import pickle
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from analysis.io.corpus import Corpus
from analysis.methods import tfidf
from analysis.methods.tfidf import TermAnalyzer, TfidfVariant


def tiny_corpus(texts: dict[str, str], dates: list[str] | None = None) -> Corpus:
    """A corpus built directly from texts (no cleaning), one sentence per document."""
    doc_ids = list(texts)
    documents = pd.DataFrame(
        {
            "doc_id": doc_ids,
            "text": list(texts.values()),
            "date": dates or [""] * len(doc_ids),
            "actor_type": ["government", "civil society", "government"][: len(doc_ids)],
            "genre": ["letter", "letter", "report"][: len(doc_ids)],
        }
    )
    sentences = pd.DataFrame(
        {"doc_id": doc_ids, "sent_id": [f"{d}:001" for d in doc_ids], "position": 1, "text": list(texts.values())}
    )
    return Corpus(Path("."), documents, sentences, pd.DataFrame())


# Three documents whose weights are worked out by hand below.
#   A: ceasefire ×2, talks ×1     B: talks, women     C: talks
# n = 3; df(ceasefire) = 1, df(talks) = 3, df(women) = 1.
TINY = {"A": "Ceasefire, ceasefire talks.", "B": "Talks for women.", "C": "The talks."}


@pytest.fixture
def tiny():
    return tiny_corpus(TINY)


def test_analyzer_is_the_book_tokenizer_with_bigrams_of_adjacent_terms():
    text = "The reduction of violence and the civil society's demands."
    assert TermAnalyzer()(text) == ["reduction", "violence", "civil society", "demands"]
    assert TermAnalyzer((2, 2))(text) == ["reduction + violence", "violence + civil society", "civil society + demands"]
    assert TermAnalyzer((1, 2))(text)[:4] == TermAnalyzer()(text)


def test_analyzer_and_a_fitted_vectorizer_pickle(tiny):
    matrix = tfidf.tfidf_matrix(tiny, TfidfVariant(ngram_range=(1, 2)))
    restored = pickle.loads(pickle.dumps(matrix.vectorizer))
    assert (restored.transform(["ceasefire talks"]) != matrix.vectorizer.transform(["ceasefire talks"])).nnz == 0


def test_idf_by_hand():
    # smoothed: ln((1 + n) / (1 + df)) + 1 ; unsmoothed: ln(n / df) + 1
    assert tfidf.idf_value(3, 1) == pytest.approx(math.log(4 / 2) + 1) == pytest.approx(1.693147, abs=1e-6)
    assert tfidf.idf_value(3, 3) == pytest.approx(1.0)
    assert tfidf.idf_value(3, 1, smooth=False) == pytest.approx(2.098612, abs=1e-6)


def test_baseline_weights_of_the_tiny_corpus_by_hand(tiny):
    # A: ceasefire 2 × 1.693147 = 3.386294, talks 1 × 1 = 1; length sqrt(3.386294² + 1²) = 3.530862
    matrix = tfidf.tfidf_matrix(tiny)
    assert list(matrix.terms) == ["ceasefire", "talks", "women"]
    assert matrix.weight("A", "ceasefire") == pytest.approx(3.386294 / 3.530862, abs=1e-6)  # 0.959056
    assert matrix.weight("A", "talks") == pytest.approx(1 / 3.530862, abs=1e-6)  # 0.283217
    # B: talks 1, women 1.693147; length sqrt(1 + 2.866747) = 1.966405; women 1.693147 / 1.966405
    assert matrix.weight("B", "women") == pytest.approx(0.861037, abs=1e-6)
    assert matrix.weight("C", "talks") == pytest.approx(1.0)
    assert matrix.weight("C", "women") == 0.0


def test_sublinear_unsmoothed_and_unnormalised_variants_by_hand(tiny):
    # sublinear: tf 2 becomes 1 + ln 2 = 1.693147; × idf 1.693147 = 2.866747; length sqrt(2.866747² + 1) = 3.036156
    sublinear = tfidf.tfidf_matrix(tiny, TfidfVariant(sublinear_tf=True))
    assert sublinear.weight("A", "ceasefire") == pytest.approx(2.866747 / 3.036156, abs=1e-6)  # 0.944203
    # unsmoothed: ceasefire 2 × 2.098612 = 4.197225; length sqrt(4.197225² + 1) = 4.314707
    unsmoothed = tfidf.tfidf_matrix(tiny, TfidfVariant(smooth_idf=False))
    assert unsmoothed.weight("A", "ceasefire") == pytest.approx(4.197225 / 4.314707, abs=1e-6)  # 0.972772
    raw = tfidf.tfidf_matrix(tiny, TfidfVariant(norm=None))
    assert raw.weight("A", "ceasefire") == pytest.approx(3.386294, abs=1e-6)
    tf_only = tfidf.tfidf_matrix(tiny, TfidfVariant(use_idf=False))
    assert tf_only.weight("A", "ceasefire") == pytest.approx(2 / math.sqrt(5))
    assert tf_only.idf is None


def test_worked_example_equals_scikit_learn_on_the_tiny_corpus(tiny):
    example = tfidf.worked_example(tiny, "A", "ceasefire")
    assert (example["tf"], example["n"], example["df"]) == (2, 3, 1)
    assert example["idf"] == pytest.approx(1.693147, abs=1e-6)
    assert example["tf_idf"] == pytest.approx(3.386294, abs=1e-6)
    assert example["l2_length"] == pytest.approx(3.530862, abs=1e-6)
    assert example["weight"] == pytest.approx(example["sklearn_weight"], abs=1e-12)


def test_worked_example_of_the_chapter_equals_scikit_learn(corpus):
    example = tfidf.worked_example(corpus)
    assert 1 < example["df"] < example["n"] and example["tf"] >= 1
    assert example["idf"] == pytest.approx(math.log((1 + example["n"]) / (1 + example["df"])) + 1)
    assert example["tf_idf"] == pytest.approx(example["tf"] * example["idf"])
    assert example["weight"] == pytest.approx(example["tf_idf"] / example["l2_length"])
    assert example["weight"] == pytest.approx(example["sklearn_weight"], abs=1e-12)


def test_tfidf_table_and_top_terms_are_sorted_and_tie_broken_alphabetically(tiny):
    table = tfidf.tfidf_table(tfidf.tfidf_matrix(tiny))
    assert list(table.columns) == ["doc_id", "term", "tfidf"]
    assert table[["doc_id", "term"]].values.tolist() == [
        ["A", "ceasefire"],
        ["A", "talks"],
        ["B", "women"],
        ["B", "talks"],
        ["C", "talks"],
    ]
    top = tfidf.top_terms(tfidf.tfidf_matrix(tiny_corpus({"A": "ceasefire talks", "B": "war"})), k=1)
    assert top["term"].tolist() == ["ceasefire", "war"]  # "ceasefire" and "talks" tie in A
    assert tfidf.top_terms_wide(top).columns.tolist() == ["rank", "A", "B"]


def test_export_is_the_baseline_long_table(tiny):
    exported = tfidf.export_tables(tiny)["tfidf"]
    assert exported.equals(tfidf.tfidf_table(tfidf.tfidf_matrix(tiny)))


def test_named_variants_each_change_one_setting():
    base = tfidf.TFIDF_VARIANTS["baseline"]
    assert base == tfidf.BASELINE == TfidfVariant()
    for name, variant in tfidf.TFIDF_VARIANTS.items():
        changed = [f for f in vars(base) if getattr(base, f) != getattr(variant, f)]
        assert len(changed) == (0 if name == "baseline" else 1), name


def test_cutoff_ties_counts_terms_sharing_the_kth_weight():
    # A: ceasefire, talks, women once each (all tied); B: war
    corpus = tiny_corpus({"A": "ceasefire talks women", "B": "war"})
    ties = tfidf.cutoff_ties(tfidf.tfidf_matrix(corpus), k=1)
    assert ties["tied_outside"].tolist() == [2, 0]
    assert ties["kth_weight"].tolist() == pytest.approx([1 / math.sqrt(3), 1.0])


def test_tfidf_table_sorts_as_pandas_would_with_ties():
    from scipy import sparse

    rng = np.random.default_rng(0)
    weights = sparse.csr_matrix(np.round(rng.random((6, 9)), 1) * (rng.random((6, 9)) < 0.7))  # rounded: ties
    terms = np.array(sorted(["peace", "talks", "éire", "Zulu", "civil society", "a", "b", "women", "z"]), dtype=object)
    doc_ids = ["d3", "d1", "d2", "d10", "d0", "d5"]
    matrix = tfidf.TfidfMatrix(weights, doc_ids, terms, None)
    coo = weights.tocoo()
    slow = pd.DataFrame({"doc_id": np.asarray(doc_ids)[coo.row], "term": terms[coo.col], "tfidf": coo.data})
    slow = slow.assign(_doc=slow["doc_id"].map({d: r for r, d in enumerate(doc_ids)}), _neg=-slow["tfidf"])
    slow = (
        slow.sort_values(["_doc", "_neg", "term"], kind="stable").drop(columns=["_doc", "_neg"]).reset_index(drop=True)
    )
    pd.testing.assert_frame_equal(tfidf.tfidf_table(matrix), slow, check_exact=True)
