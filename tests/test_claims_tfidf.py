"""Checked claims of chapter 03 on the five seeds: the kinds of term in the top lists, the map, the
robustness table and the sublinear exercise (tests/test_claims.py holds the similarity and drift claims).

The values were read off the top-10 lists, the keyness table, the statement lengths, the map's
coordinates and the robustness table by hand.
"""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.book import tfidf_claims
from analysis.methods import similarity, tfidf


@pytest.fixture(scope="module")
def chapter_03(corpus):
    return {claim.claim_id: claim for claim in tfidf_claims.tfidf_claims(corpus)}


def test_every_new_claim_holds(chapter_03):
    assert all(claim.holds and claim.robust for claim in chapter_03.values())


def test_topic_and_one_text_terms(chapter_03, corpus):
    """*atmar* (3 times) and *terrorism* (9 times) are each used by one statement alone; only *terrorism*
    is frequent enough there to be a significant key term, so it is a topic term and *atmar* is not."""
    counts = tfidf.term_counts(corpus)
    assert counts["atmar"].tolist() == [0, 0, 3, 0, 0] and counts["terrorism"].tolist() == [9, 0, 0, 0, 0]
    assert chapter_03["topic_terms"].text.startswith(
        # by hand as before (15 entries); the count now follows "of the entries" so no sentence opens on a digit
        "of the entries of the top lists, 15 are also significant key terms of their statement, among them *terrorism* "
        "and *region* in kabul-process-2017; *nato* and *agreement* in nato-2020"
    )
    assert chapter_03["one_text_terms"].text == (
        "eight other entries are used by one statement only and are not significant key terms there: "
        "*counter* in kabul-process-2017"
        "; *advancing*, *atmar*, *halimi* and *minister* in mofa-consensus-2021; "
        "*asks* and *consultation* in civil-society-2021; *situation* in coalition-letter-2024"
    )


def test_closest_pair_are_long_texts(chapter_03, corpus):
    """704 and 927 words against a mean of 2,862 / 5 = 572."""
    words = corpus.documents.set_index("doc_id")["n_words"]
    assert (words["kabul-process-2017"], words["coalition-letter-2024"], words.sum()) == (704, 927, 2862)
    assert chapter_03["closest_are_long"].text == (
        "the closest pair is a pair of long texts (704 and 927 words, against a mean of 572)"
    )
    short = pd.Series({"kabul-process-2017": 10, "coalition-letter-2024": 10, "x": 1000})
    pairs = similarity.similarity_pairs(corpus, tfidf.tfidf_matrix(corpus))
    assert not tfidf_claims.closest_are_long(pairs, short, {}).holds


def test_first_join_is_far(chapter_03, corpus):
    """The closest pair (cosine 0.26, as in test_claims) is the first join: distance 1 - 0.26 = 0.74."""
    pairs = similarity.similarity_pairs(corpus, tfidf.tfidf_matrix(corpus))
    assert f"{1 - pairs['cosine'].iloc[0]:.2f}" == "0.74"
    assert chapter_03["first_join_far"].text.startswith(
        "even the first join happens at a distance of 0.74 (cosine 0.26), so the tree"
    )


def test_first_axis_sets_one_statement_apart(chapter_03):
    assert chapter_03["axis_sets_apart"].text == (
        "the first axis sets civil-society-2021 apart from all the others: it is the only statement on "
        "its side of the axis"
    )
    two = pd.DataFrame({"doc_id": ["a", "b", "c"], "axis 1": [0.5, 0.4, -0.9]})
    assert not tfidf_claims.axis_sets_apart(two, {}).holds


def test_robustness_readings(chapter_03, corpus):
    """Robustness table: lowest Spearman 0.806 (sublinear tf); the no-l2-norm row equals the baseline's;
    without idf *afghanistan* (in all 5 statements) is first in 4, *civil society* in the fifth."""
    assert chapter_03["ranking_holds"].text == (
        "the ranking of all pairs stays strongly related to the baseline's under every variant: its lowest rank "
        "correlation is 0.81 (sublinear tf)"
    )
    assert chapter_03["no_norm_same"].holds
    assert chapter_03["no_idf_common_first"].text == (
        "*afghanistan*, used by every statement, takes the first place in 4 of the 5 statements"
    )
    robustness = similarity.robustness_table(corpus)
    assert not tfidf_claims.no_norm_changes_nothing(robustness, "sublinear tf").holds


def test_sublinear_solution_is_computed(corpus):
    """civil society weighs 0.65 in its statement, the heaviest first term; under 1 + ln(tf) the terms used
    twice in that statement alone enter, and afghanistan (5 times, in all 5) leaves."""
    top = tfidf.top_terms(tfidf.tfidf_matrix(corpus), 10)
    assert tfidf_claims.heaviest_first_term(top) == "civil-society-2021"
    text = tfidf_claims.sublinear_change(corpus, "civil-society-2021")
    # counts in words: amip twice in the release and in no other statement; afghanistan five times, in all five
    assert text.startswith("*civil society* stays first; entering: *amip* (twice here, in no other statement)")
    assert "leaving: *afghanistan* (five times here, in five statements)" in text
