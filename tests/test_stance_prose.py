"""The stance chapter's generated sentences, checked against counts read by hand from its tables."""

from __future__ import annotations

import pandas as pd

from analysis.book import stance_prose
from analysis.methods import differences, verbs


def test_addressees_said_once_and_in_words(corpus):
    """Fig. 16's counts: parties 1 + 3 + 2 = 6, Taliban 0, international community 1 + 1 + 1 = 3,
    government 1, other 1 + 8 + 4 = 13. The zero is said once ("none"), and no second sentence repeats it."""
    hits = verbs.verb_table(corpus)
    sentence = stance_prose.addressees_sentence(verbs.addressee_profile(corpus, hits))
    assert sentence.startswith("Across the corpus, six directives are addressed to the parties (")
    assert (
        ", none to the Taliban alone, three to the international community, one to a government and 13 to" in sentence
    )
    assert sentence.count("Taliban alone") == 1


def test_strongest_directives_with_their_unit(corpus):
    """civil-society-2021: four demand-strength directives in 449 words, 8.9 per 1,000 words; nato-2020 has two."""
    hits = verbs.verb_table(corpus)
    assert stance_prose.strongest_directives_sentence(verbs.directive_profile(corpus, hits)) == (
        "The strongest directives (demand, insist, must) are most frequent in civil-society-2021: four of them, "
        "8.9 per 1,000 words."
    )


def test_ties_and_zeros():
    table = pd.DataFrame(
        {"doc_id": ["a", "b"], "strength_label": ["demand"] * 2, "count": [2, 2], "per_1k": [5.0, 4.0]}
    )
    assert stance_prose.strongest_directives_sentence(table).endswith(
        "in a and b: two of them each, 5.0 and 4.0 per 1,000 words."
    )
    assert stance_prose.strongest_directives_sentence(table.assign(count=0)).startswith("No statement uses")
    assert stance_prose.least_phrase(pd.Series({"a": 0.0, "b": 0.0, "c": 1.0})) == "a and b have none"


def test_the_matrix_gold_score_is_the_combination_on_the_five_statements(corpus):
    """From the labels, computed: the matrix (the stance24 round's: the stance23 method unchanged, fitted with dev
    batches 1-24) gives 141 labels (109 favour, 32 against) to the 93 sentences of the five statements; the gold set
    has 112; 106 agree. Precision 106/141 = 0.752, recall 106/112 = 0.946, F1 = 2 · 106 / (141 + 112) = 0.838 (0.842
    under the stance23 round's matrix: 135 labels, 104 agree; 0.846 under the stance22 round's: 134
    labels, 104 agree; 0.834 under the stance21 round's: 135 labels, 103 agree; 0.843 under the stance20 round's: 137
    labels, 105 agree; 0.837 under the stance19 round's: 134 labels, 103 agree)."""
    assert round(differences.matrix_gold_f1(corpus), 3) == 0.838


def test_marker_leads_give_counts_and_say_they_overlap(corpus):
    """nato-2020 leads on hedges with 2 in 396 words (5.1 per 1,000); the exact Poisson interval of 2 runs
    from 0.24 to 7.22 hits, 0.6 to 18.2 per 1,000 words, below kabul-process-2017's upper end (1 in 704:
    up to 7.9) at its lower end; so the hedge lead, like the others, is not separated from chance."""
    from analysis.methods import markers

    sentence = stance_prose.marker_leaders_sentence(markers.marker_profile(corpus), corpus.doc_ids)
    assert "nato-2020 on hedges (two hedges, 5.1 per 1,000 words)" in sentence
    assert sentence.endswith("no lead is separated from chance: each leader's interval overlaps another statement's")


def test_the_quoted_mention_is_read_as_the_coders_and_the_method_read_it(corpus):
    """The chapter quotes "they discussed threats of terrorism" as a mention without a stance: it is
    kabul-process-2017:002, to which the gold set gives no label, so every label the method gives it is named as an
    error, with the reader (rules or learned model) that gave it."""
    quoted = corpus.sentences.loc[corpus.sentences["text"].str.contains("discussed threats of terrorism"), "sent_id"]
    assert quoted.tolist() == ["kabul-process-2017:002"]
    gold = differences.gold_labels(corpus)
    assert gold[gold["sent_id"] == "kabul-process-2017:002"].empty
    labels = pd.DataFrame(
        {"sent_id": ["kabul-process-2017:002"], "target": ["violence"], "label": ["against"], "cues": ["evaluative"]}
    )
    assert stance_prose.own_reading_sentence(labels, gold, "kabul-process-2017:002") == (
        "The coders gave this sentence (kabul-process-2017:002) no label; the book’s own method labels it against on "
        "violence, from the rules: an error, shown as it stands in the evidence tables below."
    )
    coded = gold[gold["sent_id"] == "kabul-process-2017:004"]  # against violence, favor the international role
    assert stance_prose.own_reading_sentence(coded.assign(cues="x"), gold, "kabul-process-2017:004") == (
        "The coders gave this sentence (kabul-process-2017:004) favor on the international role and against on "
        "violence, and so does the book’s method."
    )


def test_the_second_coding_is_read_beside_the_methods_interval():
    """The verdict follows the two intervals: above the method's, overlapping it, or below it; none without a coding."""
    second = {"f1": 0.955, "f1_low": 0.936, "f1_high": 0.971, "cohen_kappa": 0.953}
    above = stance_prose.second_coding_sentence(second, 0.54, 0.64)
    assert above.startswith(" A second blind coding of the same sentences, by other coders, scores micro-F1 0.95")
    assert "(0.94 to 0.97; Cohen's kappa 0.95)" in above and "what the method misses there is its own" in above
    assert "part of the method's shortfall" in stance_prose.second_coding_sentence(second, 0.90, 0.95)
    assert "differ more among themselves" in stance_prose.second_coding_sentence(second, 0.975, 0.99)
    assert stance_prose.second_coding_sentence(None, 0.54, 0.64) == ""
