"""The facts the exercise solutions and the glossary state in words, checked against what the code returns.

A solution's prose sits next to a cell whose output the reader sees; if the data or the code change,
these tests fail before a solution can contradict its own output.
"""

from __future__ import annotations

import math
import re
from pathlib import Path

import numpy as np
import pytest
from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

from analysis.methods import frequency, keyness, similarity, stance, synthesis, tfidf
from analysis.text import tokens
from analysis.text.sentences import ABBREVIATIONS, split_sentences

ROOT = Path(__file__).resolve().parent.parent
JAN = "The U.S. envoy met Dr. Abdullah on 5 Jan. He left."


def test_punkt_keeps_jan_in_one_sentence_and_splits_without_it():
    """Chapter 1, exercise corpus-ex-punkt: one sentence with the book's list, two without "jan"."""
    without = PunktParameters()
    without.abbrev_types = set(ABBREVIATIONS) - {"jan"}
    assert [s.text for s in split_sentences(JAN)] == [JAN]
    assert PunktSentenceTokenizer(without).tokenize(JAN) == ["The U.S. envoy met Dr. Abdullah on 5 Jan.", "He left."]


def test_glossary_token_and_type_counts():
    """Glossary: "Peace, peace and peace" has four tokens and two types."""
    glossary = (ROOT / "book" / "glossary.md").read_text(encoding="utf-8")
    assert '"Peace, peace and peace" has four tokens' in glossary
    words = tokens.words("Peace, peace and peace")
    assert len(words) == tokens.count_words("Peace, peace and peace") == 4
    assert sorted({word.lower() for word in words}) == ["and", "peace"]


def test_snowball_stems_as_chapters_two_and_three_say():
    """Chapter 3's definition and chapter 2's stemming solution: terrorism/terrors/terror merge, terrorist stays apart."""
    assert {tokens.stem(word) for word in ("terrorism", "terrors", "terror")} == {"terror"}
    assert tokens.stem("terrorist") != "terror"
    assert tokens.stem("negotiations") == tokens.stem("negotiate") == "negoti"
    assert tokens.stem("parties") == tokens.stem("party") and tokens.stem("states") == tokens.stem("state")
    chapter_3 = (ROOT / "book" / "03_tfidf.ipynb").read_text(encoding="utf-8")
    assert "*terrorist* \\u2192 *terror*" not in chapter_3 and "*terrorist* → *terror*" not in chapter_3


def test_ceasefire_keyness_as_the_g2_solution_says(corpus):
    """Chapter 2, exercise words-ex-g2: ceasefire passes p < 0.05 alone, not after correction, Log Ratio above 1."""
    row = keyness.term_evidence(keyness.keyness_table(corpus), "ceasefire")
    assert row["p_value"] < 0.05 and not row["significant_corrected"] and row["log_ratio"] > 1


def test_a_word_used_once_passes_below_a_seventh_of_the_corpus():
    """Chapter 2, exercise words-ex-hapax: G2 = 2 ln((c + d) / c) crosses 3.84 near a share of one seventh."""
    assert 2 * math.log(7) > keyness.critical_g2(0.05, 1) > 2 * math.log(6.5)
    assert keyness.g2(1, 0, 100, 600) == pytest.approx(2 * math.log(7), rel=1e-6)


def test_a_word_used_once_never_passes_the_exact_test(corpus):
    """Chapter 2, exercise words-ex-hapax: Fisher's p for a = 1, b = 0 is twice the statement's share of the
    corpus, and no seed statement is under 2.5% of the corpus."""
    assert keyness.fisher_p([1], [0], [100], [600])[0] == pytest.approx(2 * 100 / 700)
    sizes = corpus.documents["n_words"]
    assert (sizes / sizes.sum()).min() > 0.025


@pytest.mark.parametrize(
    ("doc_id", "query", "left", "right"),
    [
        ("kabul-process-2017", "must", "states", "refrain"),
        ("civil-society-2021", "must", "Civil Society", "come together"),
        ("civil-society-2021", "should", "All parties", "cease targeting civilians"),
        ("nato-2020", "should", "Taliban", "take advantage of the momentum"),
        ("coalition-letter-2024", "should", "legitimate government", "be established"),
    ],
)
def test_modal_concordances_hold_what_the_solution_quotes(corpus, doc_id, query, left, right):
    """Chapter 2, exercise words-ex-must: each quoted modal use is in that statement's concordance."""
    lines = frequency.concordance(corpus, query, width=40)
    lines = lines[lines["doc_id"] == doc_id]
    assert any(left in row.left and right in row.right for row in lines.itertuples())


def test_sublinear_tf_keeps_civil_society_first(corpus):
    """Chapter 3, exercise tfidf-ex-sublinear: *civil society* stays the first term of the civil-society release."""
    doc = "civil-society-2021"
    for weights in (tfidf.tfidf_matrix(corpus), tfidf.tfidf_matrix(corpus, tfidf.TFIDF_VARIANTS["sublinear tf"])):
        top = tfidf.top_terms(weights, k=10)
        assert top[top["doc_id"] == doc].sort_values("rank")["term"].iloc[0] == "civil society"


def test_normalising_keeps_the_order_of_a_vector():
    """Chapter 3, exercise tfidf-ex-norm: dividing by a positive length changes no ranking."""
    vector = np.array([3.0, 1.0, 2.0])
    assert list(np.argsort(vector)) == list(np.argsort(vector / np.linalg.norm(vector)))


def test_the_drift_test_is_exact_for_five_statements(corpus):
    """Chapter 3, exercise tfidf-ex-drift: five statements are within the exact range."""
    assert len(corpus.doc_ids) <= similarity.EXACT_UP_TO


def test_several_statements_touch_a_ceasefire_in_a_single_sentence(corpus):
    """Synthesis, exercise synthesis-ex-claim: single-sentence ceasefire stances exist and are read as thin."""
    cells = stance.document_stance(corpus)
    ceasefire = cells[cells["target"] == "ceasefire"]
    single = ceasefire[ceasefire["salience"] == 1]
    assert len(single) >= 2 and single["thin_evidence"].all()


def test_the_sixth_statement_solution_glues_its_example():
    """Synthesis, exercise synthesis-ex-sixth: the Taliban-and-rights example is glued, not typed."""
    text = (ROOT / "book" / "05_synthesis.ipynb").read_text(encoding="utf-8")
    solution = text[text.index("solution-start} synthesis-ex-sixth") :]
    solution = solution[: solution.index("solution-end")]
    assert "{glue:text}`taliban_and_rights`" in solution
    assert not re.search(r"the 2024 letter is the one", solution)


def test_the_synthesis_glue_for_taliban_and_rights_is_a_list_of_statements(corpus):
    profile = synthesis.target_profile(corpus)
    both = [d for d in synthesis.mentions(profile, "taliban") if d in synthesis.mentions(profile, "human_rights")]
    assert set(both) <= set(corpus.doc_ids)
