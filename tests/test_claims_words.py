"""Checked claims of chapter 02 on the five seeds: the frequency lists, collocations and dispersion,
and the computed readings of the exercise solutions (tests/test_claims.py holds the rest).

The values asserted here were read off the tables by hand: the top-8 frequency lists, the collocation
table, the word positions of each occurrence and the counts behind Gries's DP.
"""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.book import words_claims, words_lists_claims, words_solutions
from analysis.book.prose import statement_names
from analysis.methods import frequency, keyness
from analysis.text.tokens import count_words


@pytest.fixture(scope="module")
def chapter_02(corpus):
    return {claim.claim_id: claim for claim in words_claims.words_claims(corpus)}


@pytest.fixture(scope="module")
def names(corpus):
    return statement_names(corpus.documents)


def test_each_frequency_list_has_terms_of_its_own(chapter_02, corpus):
    """The top 8 of each statement (ties broken alphabetically), read off the frequency table:
    the chair's list holds *peace* (also the news report 2021's) and *meeting* (also the letter's),
    so its own terms, in rank order, start *region*, *terrorism*, *efforts*."""
    top = frequency.top_terms(frequency.frequency_table(corpus), 8)
    chair = top.loc[top["doc_id"] == "kabul-process-2017", "term"].tolist()
    assert chair == ["afghanistan", "peace", "region", "terrorism", "efforts", "stability", "meeting", "participants"]
    claim = chapter_02["frequent_own_terms"]
    assert claim.holds and claim.text == (
        "what tells them apart are the frequent terms that no other statement's list holds: *region*, "
        "*terrorism* and *efforts* in kabul-process-2017; *agreement*, *nato* and *negotiations* in "
        "nato-2020; *islamic*, *afghan* and *commitments* in mofa-consensus-2021; *civil "
        "society*, *ceasefire* and *parties* in civil-society-2021; *people*, *we* and *resolution* in "
        "coalition-letter-2024"
    )


def test_a_list_with_nothing_of_its_own_fails():
    same = pd.DataFrame({"doc_id": ["a", "b"], "term": ["peace", "peace"], "freq": [3, 3], "rank": [1, 1]})
    assert not words_lists_claims.frequent_terms_differ(same, {}).holds


def test_strongest_pairs_are_the_collocation_table(chapter_02):
    """Read off the collocation table: log-likelihood 41.6 (doha meeting) > 41.0 (security council
    resolution) in the letter; NATO has one pair seen twice."""
    assert chapter_02["strongest_pairs"].text == (
        "the strongest pairs of each statement are *counter terrorism* and *participants strongly* in kabul-process-2017"
        "; *political roadmap* in nato-2020; *islamic world* and *deep "
        "concern* in mofa-consensus-2021; *civil society asks* and *warring parties* in civil-society-2021"
        "; *doha meeting* and *security council resolution* in coalition-letter-2024"
    )


def test_where_terms_fall_by_word_position(chapter_02, corpus):
    """The first and last *terror* word of the chair's statement, by word index over its length."""
    text = corpus.documents.set_index("doc_id").loc["kabul-process-2017", "text"]
    hits = frequency.dispersion(corpus, ["terror*"])
    chair = hits[hits["doc_id"] == "kabul-process-2017"]["position"]
    n_words = count_words(text)
    assert len(chair) == 17
    assert f"{100 * chair.min():.0f}%" == "4%" and f"{100 * chair.max():.0f}%" == "74%"
    assert chair.min() * n_words == round(chair.min() * n_words)  # a word index over the length
    claim = chapter_02["where_terms_fall"]
    assert claim.holds and claim.text == (
        "*terror\\** occurs 17 times in kabul-process-2017, from 4% to 74% of the way through it; "
        "*civil society* 17 times in civil-society-2021, from 2% to 94%; *doha* 12 times in coalition-letter-2024"
        ", from 8% to 98%"
    )


def test_peace_is_everybodys_word_by_gries_dp(chapter_02, corpus):
    """DP = half the sum of |share of the occurrences - share of the words| over the statements:
    peace 17, 3, 8, 7, 4 of 39; terror* 17, 1, 1, 0, 0 of 19."""
    sizes = corpus.documents.set_index("doc_id")["n_words"].reindex(corpus.doc_ids)
    share = sizes / sizes.sum()

    def dp(counts):
        return 0.5 * sum(abs(c / sum(counts) - s) for c, s in zip(counts, share))

    assert f"{dp([17, 3, 8, 7, 4]):.2f}" == "0.28" and f"{dp([17, 1, 1, 0, 0]):.2f}" == "0.65"
    claim = chapter_02["everybodys_word"]
    assert (
        claim.holds
        and claim.robust
        and claim.text
        == (
            "*peace*, used by all 5 statements, has a DP of 0.28; *terror\\**, 17 of whose 19 occurrences are in "
            "one statement, 0.65: peace is everybody's word, terror mostly one statement's"
        )
    )
    spread = frequency.dispersion_table(corpus, ["peace", "terror*"])
    assert not words_lists_claims.everybodys_word(spread, "terror*", "peace", 5).holds


def test_modal_solution_names_the_words_before_each_use(corpus, names):
    """The concordances of *must* (2 lines) and *should* (7), read by hand: each use quoted with the two
    words before it, as the text has them (the words before a modal are not always its subject)."""
    assert words_solutions.modal_uses(corpus, "must", names) == (
        "*must* occurs twice: “that states must” in kabul-process-2017; “Civil Society must” in civil-society-2021"
    )
    should = words_solutions.modal_uses(corpus, "should", names)
    assert should.startswith("*should* occurs seven times: “the Taliban should” in nato-2020")
    assert (
        "“legitimate government should”, “these goals should” and “This government should” in coalition-letter-2024"
        in should
    )


def test_stemming_solution_computes_which_key_terms_grow_or_shrink(corpus, names):
    """From the two keyness tables: terrorism (9) + terror (1) in the chair's statement, G2 25.2 -> 28.0;
    region + regional + regionally 13.4 -> 8.0; commitments + commitment + committed 16.0 -> 6.1."""
    effects = words_solutions.stemming_effects(
        corpus, keyness.keyness_table(corpus), keyness.keyness_table(corpus, stemming=True)
    ).set_index("term")
    assert effects.loc["terrorism", "merged_with"] == ["terror"]
    assert (round(effects.loc["terrorism", "g2"], 1), round(effects.loc["terrorism", "g2_stemmed"], 1)) == (25.2, 28.0)
    assert round(effects.loc["commitments", "g2_stemmed"], 1) == 6.1
    sentence = words_solutions.stemming_sentence(effects.reset_index(), names)
    assert sentence.startswith(
        "of the top key terms, stemming merges *terrorism* with *terror* into *terror* in kabul-process-2017"
        " (G² 25.2 → 28.0) and *islamic* with *islam* into *islam* in mofa-consensus-2021 "
        "(G² 20.0 → 24.0) and makes them stronger"
    )
    assert "*region* with *regional* and *regionally* into *region* in kabul-process-2017 (G² 13.4 → 8.0)" in sentence
    # eight merges: terrorism and islamic grow stronger, the other six weaker (the G2 pairs above)
    assert sentence.endswith(
        "Of the eight merged key terms, six grow weaker and two stronger: pooling adds every form's "
        "uses, in the other statements as well as in this one"
    )
