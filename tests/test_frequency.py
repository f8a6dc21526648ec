"""Frequencies, n-grams, collocations, concordance and dispersion against hand-computed values."""

import math

import pytest

from analysis.io.corpus import load_corpus
from analysis.methods import frequency

# a.txt: 16 words; terms without stop words: ceasefire x2, must x2, we, demand, now, hold,
# civil society, voice, heard. b.txt: 11 words; talks x2, will, resume, terrorism, threat.
TEXT_A = "We demand a ceasefire now. The cease-fire must hold, and civil society's voice must be heard."
TEXT_B = "The talks will resume. Terrorism is a threat to the talks."


@pytest.fixture
def small(make_corpus):
    return load_corpus(make_corpus({"a.txt": TEXT_A, "b.txt": TEXT_B}))


def test_frequency_table_counts_and_rates_per_1000_words(small):
    table = frequency.frequency_table(small)
    a = table[table["doc_id"] == "a"].set_index("term")
    assert a.loc["ceasefire", "freq"] == 2 and a.loc["ceasefire", "per_1000"] == pytest.approx(1000 * 2 / 16)
    assert a.loc["civil society", "freq"] == 1 and a.loc["civil society", "per_1000"] == pytest.approx(62.5)
    assert a.loc["ceasefire", "rank"] == 1 and a.loc["must", "rank"] == 1 and a.loc["we", "rank"] == 3
    assert "the" not in a.index and "be" not in a.index
    b = table[table["doc_id"] == "b"].set_index("term")
    assert b.loc["talks", "per_1000"] == pytest.approx(1000 * 2 / 11)
    assert list(table.columns) == ["doc_id", "term", "freq", "per_1000", "rank"]


def test_top_terms_takes_the_most_frequent_first_alphabetical_ties(small):
    top = frequency.top_terms(frequency.frequency_table(small), 2)
    assert top[top["doc_id"] == "a"]["term"].tolist() == ["ceasefire", "must"]
    assert top[top["doc_id"] == "b"]["term"].tolist() == ["talks", "resume"]


def test_ngrams_and_the_ngram_table():
    assert frequency.ngrams(["a", "b", "c"], 3) == ["a b c"]
    assert frequency.ngrams(["a"], 2) == []


def test_ngram_table_keeps_inner_stop_words_but_not_edge_ones(make_corpus):
    corpus = load_corpus(
        make_corpus({"x.txt": "Women and girls of the country. Women and girls of the city.", "y.txt": "Peace now."})
    )
    table = frequency.ngram_table(corpus, 3)
    assert table["ngram"].tolist() == ["women and girls"]
    assert table["freq"].tolist() == [2]
    assert table["per_1000"].iloc[0] == pytest.approx(1000 * 2 / 12)


def test_collocations_log_likelihood_and_pmi_by_hand():
    # peace 3, talks 2, now 1, N = 6 words; (peace, talks) twice.
    table = frequency.collocations([["peace", "talks"], ["peace", "talks"], ["peace", "now"]])
    row = table.iloc[0]
    assert (row["word_1"], row["word_2"], row["freq"], row["freq_1"], row["freq_2"]) == ("peace", "talks", 2, 3, 2)
    assert row["pmi"] == pytest.approx(math.log2(2 * 6 / (3 * 2)))  # = 1
    # contingency 2, 1, 0, 3 with expected 1, 2, 1, 2
    assert row["log_likelihood"] == pytest.approx(2 * (2 * math.log(2) + 1 * math.log(1 / 2) + 3 * math.log(3 / 2)))
    assert len(table) == 1  # (peace, now) is below the minimum frequency


def test_collocations_never_span_a_sentence_end_and_skip_stop_words():
    table = frequency.collocations([["talks", "end"], ["peace", "the"], ["talks", "end"], ["peace", "the"]])
    assert table[["word_1", "word_2"]].values.tolist() == [["talks", "end"]]
    assert frequency.collocations([["a", "b"], ["c", "d"]], min_freq=1).query("word_1 == 'b'").empty


def test_collocation_table_has_each_statement_and_the_whole_corpus(corpus):
    table = frequency.collocation_table(corpus)
    assert list(table["doc_id"].unique()) == corpus.doc_ids + ["all"]
    assert (table["freq"] >= 2).all()


def test_concordance_finds_variants_possessives_and_phrases(small):
    lines = frequency.concordance(small, "ceasefire")
    assert lines["match"].tolist() == ["ceasefire", "cease-fire"]
    assert lines["sent_id"].tolist() == ["a:001", "a:002"]
    assert lines.iloc[1]["left"] == "The " and lines.iloc[1]["right"].startswith(" must hold")
    phrase = frequency.concordance(small, "Civil Society")
    assert phrase["match"].tolist() == ["civil society's"]
    assert list(phrase.columns) == ["doc_id", "sent_id", "left", "match", "right"]


def test_concordance_wildcard_and_width(small):
    lines = frequency.concordance(small, "terror*", width=5)
    assert lines[["match", "left", "right"]].values.tolist() == [["Terrorism", "", " is a"]]
    with pytest.raises(ValueError):
        frequency.concordance(small, "  ")


def test_concordance_line_is_in_its_sentence(corpus):
    lines = frequency.concordance(corpus, "women and girls")
    texts = corpus.sentences.set_index("sent_id")["text"]
    assert len(lines) == 4
    for line in lines.itertuples():
        assert line.left + line.match + line.right in texts[line.sent_id]


def test_dispersion_positions_are_fractions_of_the_text(make_corpus):
    corpus = load_corpus(make_corpus({"x.txt": "Peace now. We want peace.", "y.txt": "No talks."}))
    hits = frequency.dispersion(corpus, ["peace", "talks"])
    assert hits[["doc_id", "query", "word_index", "position"]].values.tolist() == [
        ["x", "peace", 0, 0.0],
        ["x", "peace", 4, 0.8],
        ["y", "talks", 1, 0.5],
    ]


def test_gries_dp_by_hand():
    assert frequency.gries_dp([4, 0], [100, 100]) == pytest.approx(0.5)
    assert frequency.gries_dp([3, 1], [300, 100]) == pytest.approx(0.0)
    assert frequency.gries_dp([1, 0, 0], [1, 1, 2]) == pytest.approx(0.5 * (0.75 + 0.25 + 0.5))
    assert math.isnan(frequency.gries_dp([0, 0], [1, 1]))


def test_dispersion_table_within_and_across(make_corpus):
    corpus = load_corpus(make_corpus({"x.txt": "Peace now. We want peace.", "y.txt": "No talks."}))
    table = frequency.dispersion_table(corpus, ["peace"], parts=5).set_index("doc_id")
    # two hits in slices 0 and 4 of five: v = (.5, 0, 0, 0, .5), s = .2 each -> DP = 0.5 * (.3 + .2 * 3 + .3)
    assert table.loc["x", "dp"] == pytest.approx(0.6)
    # across statements: v = (1, 0), s = (5/7, 2/7) -> DP = 2/7
    assert table.loc["all", "freq"] == 2 and table.loc["all", "dp"] == pytest.approx(2 / 7)


def test_export_tables_names(small):
    tables = frequency.export_tables(small)
    assert set(tables) == {"frequencies", "collocations"}


def test_top_terms_wide_puts_statements_side_by_side(small):
    wide = frequency.top_terms_wide(frequency.frequency_table(small), 2)
    assert list(wide.columns) == ["rank", "a", "b"]
    # a's third term has one occurrence, so its two of two are not tied at the cut; b's other terms are all
    # used once like resume, so resume made the cut by the alphabet only
    assert wide["a"].tolist() == ["ceasefire (2)", "must (2)"]
    assert wide["b"].tolist() == ["talks (2)", "resume (1, tied)"]


def test_concordance_view_drops_the_doc_id_only(small):
    view = frequency.concordance_view(frequency.concordance(small, "ceasefire"))
    assert list(view.data.columns) == ["sent_id", "left", "match", "right"]


def test_frequency_figures(corpus):
    from analysis.book import plots

    doc_ids = corpus.doc_ids
    figure = plots.top_frequencies(frequency.top_terms(frequency.frequency_table(corpus), 5), doc_ids)
    assert len([ax for ax in figure.axes if ax.get_visible()]) == len(doc_ids)
    queries = ["ceasefire", "terror*"]
    dispersion = plots.dispersion_plot(frequency.dispersion(corpus, queries), queries, doc_ids)
    assert len(dispersion.axes) == len(doc_ids) and dispersion.axes[0].get_xlim() == (0.0, 1.0)
    assert [ax.get_title(loc="left") for ax in dispersion.axes] == doc_ids
    collocation = plots.collocation_bars(frequency.collocation_table(corpus), doc_ids)
    assert [ax.get_title() for ax in collocation.axes if ax.get_visible()] == doc_ids


def test_frequency_table_ranks_like_a_counter_per_document(make_corpus):
    corpus = load_corpus(
        make_corpus(
            {
                "a.txt": "Talks, talks and peace. Women, peace and talks.",
                "b.txt": "Girls and women. Girls, women, women.",
            }
        )
    )
    table = frequency.frequency_table(corpus)
    assert table[["term", "freq", "rank"]].values.tolist()[:3] == [["talks", 3, 1], ["peace", 2, 2], ["women", 1, 3]]
    assert table.query("doc_id == 'b'")[["term", "freq", "rank"]].values.tolist() == [["women", 3, 1], ["girls", 2, 2]]
