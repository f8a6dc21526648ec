"""VADER beside stance: scores checked against VADER's published behaviour, tones, positions and the bootstrap."""

import numpy as np
import pandas as pd
import pytest
from reference.sentiment_by_statement import statement_sentiment_one_by_one

from analysis.io.corpus import load_corpus
from analysis.methods import sentiment


def test_condemning_terrorism_is_negative_in_tone():
    # VADER: 'condemn' (-1.6 in its lexicon) and 'terrorism' (-3.0) make the compound clearly negative.
    score = sentiment.compound(
        "All participants strongly condemn these heinous acts of violence and all forms of terrorism."
    )
    assert score == pytest.approx(-0.8807, abs=1e-4)
    assert sentiment.tone(score) == "negative"


def test_hand_checked_vader_values():
    assert sentiment.compound("The talks were held on Thursday.") == 0.0  # no rated word
    assert sentiment.compound("good") == pytest.approx(0.4404, abs=1e-4)  # VADER's documented value
    assert sentiment.compound("not good") == pytest.approx(-0.3412, abs=1e-4)  # negation flips and damps


@pytest.mark.parametrize(
    "score, expected", [(0.05, "positive"), (0.049, "neutral"), (-0.049, "neutral"), (-0.05, "negative")]
)
def test_tone_thresholds(score, expected):
    assert sentiment.tone(score) == expected


def test_sentence_position():
    assert sentiment.sentence_position(["favor"]) == "favor"
    assert sentiment.sentence_position(["against", "favor"]) == "mixed"
    assert sentiment.sentence_position([]) == "none"


def test_bootstrap_mean_interval_is_seeded_and_brackets_the_mean():
    values = np.array([-1.0, 0.0, 1.0, 0.5])
    first, second = sentiment.bootstrap_mean_interval(values), sentiment.bootstrap_mean_interval(values)
    assert first == second
    assert first[0] < values.mean() < first[1]
    assert np.isnan(sentiment.bootstrap_mean_interval(np.array([]))[0])


class TinyCorpus:
    doc_ids = ["a", "b"]
    documents = pd.DataFrame({"doc_id": ["a", "b"], "n_words": [12, 6], "genre": ["statement", "statement"]})
    sentences = pd.DataFrame(
        {
            "doc_id": ["a", "a", "b"],
            "sent_id": ["a:001", "a:002", "b:001"],
            "text": [
                "We condemn the heinous terrorist attacks.",
                "We welcome the peace talks.",
                "The meeting was held on Thursday.",
            ],
        }
    )


def test_sentiment_vs_stance_on_a_tiny_corpus():
    table = sentiment.sentiment_vs_stance(TinyCorpus).set_index("sent_id")
    assert table.loc["a:001", "tone"] == "negative" and table.loc["a:001", "position"] == "against"
    assert table.loc["a:001", "stances"] == "violence:against"
    assert table.loc["a:002", "tone"] == "positive" and table.loc["a:002", "position"] == "favor"
    assert table.loc["b:001", "position"] == "none" and table.loc["b:001", "compound"] == 0.0
    example = sentiment.negative_but_against(table.reset_index())
    assert example["sent_id"] == "a:001"
    cross = sentiment.tone_stance_table(table.reset_index()).set_index("position")
    assert cross.loc["against", "negative"] == 1 and cross.loc["none", "neutral"] == 1


def test_statement_sentiment_means():
    table = sentiment.statement_sentiment(TinyCorpus).set_index("doc_id")
    scores = sentiment.sentence_sentiment(TinyCorpus)
    assert table.loc["a", "mean_compound"] == pytest.approx(
        scores[scores["doc_id"] == "a"]["compound"].mean(), abs=1e-4
    )
    assert table.loc["b", "low"] == table.loc["b", "high"] == 0.0  # one neutral sentence
    assert table.loc["a", "negative_share"] == 0.5
    assert set(sentiment.export_tables(TinyCorpus)) == {"sentiment", "sentiment_statements"}


def test_non_text_raises_a_clear_error():
    with pytest.raises(TypeError, match="str"):
        sentiment.compound(None)


def test_statement_sentiment_gives_the_floats_of_one_statement_at_a_time():
    # Statements of 1 to 300 sentences (the sums of 8 or more values are pairwise in numpy), some of
    # the same length (resampled together), repeated and rounded scores, negative zeros, one
    # statement without sentences, and statements out of order.
    rng = np.random.default_rng(3)
    sizes = list(range(1, 160)) + [200, 257, 300] + list(rng.integers(1, 60, size=150)) + [7] * 20
    doc_ids = [f"d{number:03d}" for number in range(len(sizes))]
    doc_of = [doc_id for doc_id, size in zip(doc_ids, sizes) for _ in range(size)]
    compound = np.round(rng.uniform(-1, 1, size=len(doc_of)), 4)
    compound[rng.random(len(doc_of)) < 0.3] = 0.0
    compound[rng.random(len(doc_of)) < 0.05] = -0.0
    sentences = pd.DataFrame(
        {
            "doc_id": doc_of,
            "sent_id": [f"s{n}" for n in range(len(doc_of))],
            "compound": compound,
            "tone": [sentiment.tone(score) for score in compound],
        }
    ).sample(frac=1, random_state=4)
    corpus_ids = doc_ids[::-1] + ["no-sentences"]
    expected = statement_sentiment_one_by_one(corpus_ids, sentences)
    found = sentiment.statement_sentiment(type("Corpus", (), {"doc_ids": corpus_ids}), sentences)
    pd.testing.assert_frame_equal(found, expected, check_exact=True)
    assert found.to_csv() == expected.to_csv()  # also tells -0.0 from 0.0


def test_statement_sentiment_on_two_processes_is_the_same_table():
    corpus = load_corpus()
    pd.testing.assert_frame_equal(
        sentiment.statement_sentiment(corpus, n_jobs=2), sentiment.statement_sentiment(corpus)
    )
