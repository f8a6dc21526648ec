"""The book's tokenizer: words, normalisation, multi-word terms, stop words and stemming, on hand-checked examples."""

import pytest

from analysis.tokens import MULTIWORD_TERMS, STANCE_BEARING, STOP_WORDS, count_words, join_terms, normalise, stem, terms, words


def test_a_word_is_a_run_of_letters_with_inner_hyphens_or_apostrophes():
    assert words("Civil society's 60 participants, Afghan-led.") == ["Civil", "society's", "participants", "Afghan-led"]
    assert count_words("Civil society's 60 participants, Afghan-led.") == 4
    assert count_words("") == 0


def test_normalise_lower_cases_and_folds_spelling_variants():
    assert normalise("Cease-Fire") == "ceasefire"
    assert normalise("cease fire") == "ceasefire"
    assert normalise("Afghan led") == "afghan-led"
    assert normalise("the UNSC") == "the security council"
    assert normalise("Group’s") == "group's"


def test_the_us_is_not_the_pronoun_us():
    assert normalise("the US and us") == "the united states and us"
    assert terms("the U.S.-Taliban deal") == ["united states", "taliban", "deal"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Civil society demands", ["civil society", "demands"]),
        ("human rights", ["human rights"]),
        ("the Doha process", ["doha process"]),
        ("the UN Security Council", ["security council"]),
        ("the international community", ["international community"]),
        ("women and girls", ["women and girls"]),
        ("Women's rights", ["women's rights"]),
    ],
)
def test_multi_word_terms_are_kept_whole(text, expected):
    assert terms(text) == expected


def test_hyphenated_and_variant_terms_count_as_one():
    assert terms("An Afghan led, Afghan-owned cease fire and a cease-fire") == ["afghan-led", "afghan-owned", "ceasefire", "ceasefire"]


def test_a_possessive_is_dropped_also_after_a_multi_word_term():
    assert terms("Afghanistan's future") == ["afghanistan", "future"]
    assert terms("civil society's concerns") == ["civil society", "concerns"]
    assert join_terms(["civil", "society’s"]) == ["civil society"]


def test_switching_choices_off_shows_the_words_underneath():
    text = "The Civil Society demands a ceasefire"
    assert terms(text, keep_multiword=False) == ["civil", "society", "demands", "ceasefire"]
    assert terms(text, remove_stop_words=False) == ["the", "civil society", "demands", "a", "ceasefire"]
    assert terms(text, stop_words={"demands"}) == ["the", "civil society", "a", "ceasefire"]


def test_stop_words_spare_every_stance_bearing_word():
    assert not STANCE_BEARING & STOP_WORDS
    assert {"must", "should", "we", "not", "demand"} <= STANCE_BEARING
    assert terms("We must not and should demand") == ["we", "must", "not", "should", "demand"]
    assert terms("the and of to in") == []


def test_stemming_uses_snowball_and_keeps_multi_word_terms_together():
    assert stem("negotiations") == "negoti"
    assert stem("human rights") == "human right"
    assert terms("Negotiations and negotiating for human rights", stemming=True) == ["negoti", "negoti", "human right"]


def test_every_multi_word_term_is_lower_case_and_has_two_or_more_words():
    for term in MULTIWORD_TERMS:
        assert term == term.lower() and len(term.split()) >= 2
