"""The book's tokenizer: words, normalisation, multi-word terms, stop words and stemming, on hand-checked examples."""

import pytest

from analysis.text.tokens import (
    ABBREVIATIONS,
    MULTIWORD_TERMS,
    STANCE_BEARING,
    STOP_WORDS,
    VARIANTS,
    count_words,
    join_terms,
    normalise,
    stem,
    terms,
    words,
)


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
    assert terms("An Afghan led, Afghan-owned cease fire and a cease-fire") == [
        "afghan-led",
        "afghan-owned",
        "ceasefire",
        "ceasefire",
    ]


def test_a_possessive_is_dropped_also_after_a_multi_word_term():
    assert terms("Afghanistan's future") == ["afghanistan", "future"]
    assert terms("civil society's concerns") == ["civil society", "concerns"]
    assert join_terms(["civil", "society’s"]) == ["civil society"]


def test_switching_choices_off_shows_the_words_underneath():
    text = "The Civil Society demands a ceasefire"
    assert terms(text, keep_multiword=False) == ["civil", "society", "demands", "ceasefire"]
    assert terms(text, remove_stop_words=False) == ["the", "civil society", "demands", "a", "ceasefire"]
    assert terms(text, stop_words={"demands"}) == ["the", "civil society", "ceasefire"]  # "a": one letter


def test_single_letters_are_not_terms():
    # "H.E." leaves two initials and "G7" a bare G: neither is a word a reader would count
    assert terms("H.E. the envoy of the G7 said") == ["envoy", "said"]
    assert terms("G7", remove_stop_words=False) == ["g"]


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


def _join_terms_reference(tokens, multiword_terms=MULTIWORD_TERMS):
    """The plain left-to-right loop that :func:`join_terms` must match."""
    from analysis.text.tokens import _is_term_at, _term_index

    index = _term_index(tuple(multiword_terms))
    merged, position = [], 0
    while position < len(tokens):
        for parts in index.get(tokens[position], []):
            if _is_term_at(tokens, position, parts):
                merged.append(" ".join(parts))
                position += len(parts)
                break
        else:
            merged.append(tokens[position])
            position += 1
    return merged


def test_join_terms_matches_the_plain_loop_on_random_token_runs():
    import random

    vocabulary = [
        "civil",
        "society",
        "society's",
        "society’s",
        "human",
        "rights",
        "rights's",
        "women's",
        "women",
        "and",
        "girls",
        "rule",
        "of",
        "law",
        "de",
        "facto",
        "authorities",
        "authority",
        "intra-afghan",
        "dialogue",
        "negotiations",
        "international",
        "humanitarian",
        "community",
        "peace",
        "process",
        "the",
    ]
    rng = random.Random(7)
    for _ in range(20000):
        tokens = [rng.choice(vocabulary) for _ in range(rng.randint(0, 10))]
        assert join_terms(tokens) == _join_terms_reference(tokens), tokens
    assert join_terms(["rule", "of", "rule", "of", "law"], ["rule of law", "of rule"]) == _join_terms_reference(
        ["rule", "of", "rule", "of", "law"], ["rule of law", "of rule"]
    )


def test_normalise_shortcuts_give_the_full_substitutions():
    """Skipping a pattern whose literal strings are absent changes nothing."""
    from analysis.text.tokens import _ABBREVIATION_PATTERN, _VARIANT_PATTERN

    def reference(text):
        expanded = _ABBREVIATION_PATTERN.sub(lambda m: ABBREVIATIONS[m.group(1)] + (" " if m.group(2) else ""), text)
        return _VARIANT_PATTERN.sub(lambda m: VARIANTS[m.group(1)], expanded.lower().replace("’", "'"))

    texts = [
        "",
        "The US, USA and U.S. and us",
        "U.S.-Taliban",
        "USAID",
        "BUS",
        "the U.N. and UNSC",
        "Cease Fire",
        "cease-fire’s",
        "Intra Afghan talks",
        "UN Security Council",
        "no variants here",
        "u.s. lower",
        "ſ US",
    ]
    for text in texts:
        assert normalise(text) == reference(text), text
