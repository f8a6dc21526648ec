"""The word index that picks the patterns a sentence can match: the same hits as running every pattern."""

import random
import re

import pytest

from analysis import markers, verbs
from analysis.parallel import CASELESS_PUNCTUATION, WordIndex

TRICKY = [
    "In fact, IN FACT in-fact infact in  fact; of course OF COURSE of-course.",
    "Let's go, let’s go, LET US go, let-us go; let us note that we may.",
    "We welcome news and Welcome News; welcomed, welcoming, re-welcomes.",
    "The US and us, U.S. and I; World War I, I'm, I’m, I-5.",
    "Türkiye may ſuggest KNOWN things; İt is clear; the Kelvin \u212a sign.",
    "Note that it is crucial to note that — note that. Why? Really?",
    "They met in May 2021, on 4th May; May the talks go on.",
    "nearly 20, about 3, around a dozen, approximately half, almost-two",
    "“We” — ‘we’ … we… «we» • we\u00a0must, you\u00a0should, _we_, we2, 2we.",
    "NATO Calls upon, called for, calling on; urges, urged, URGING; demands-led.",
    "They expressed deep concern; voiced concerns, reiterates  grave concern.",
    "Deeply concerned about, gravely concerned by, seriously  concerned that.",
    "They undertook, undertake and commit crimes; committed by; commitments.",
    "point out, pointed out, the following points; certain that, is certain.",
    "",
    "?",
    "-we- 'we' ’we’ we's we’s",
]


def every_pattern(index):
    """The slow path: every pattern is a candidate."""
    return lambda text: list(range(len(index.patterns)))


def random_sentences(count=1500, seed=7):
    """Sentences of marker and verb words in random case, glued by punctuation and typographic characters."""
    rng = random.Random(seed)
    stems = sorted({word for pattern in [m.pattern for m in markers.MARKERS] + [v.pattern for v in verbs.VERBS] for word in re.findall(r"[a-z']+", pattern)})
    words = [stem + ending for stem in stems for ending in ("", "", "e", "s", "es", "ed", "ing")]
    words += ["the", "May", "2021", "4th", "a", "US", "I", "of", "that", "to", "two", "İ", "ſ", "é"]
    glue = [" ", "  ", ", ", ". ", "-", "’", "'", "“", "”", "—", "?", "\u00a0", ": ", "_"]
    sentences = []
    for _ in range(count):
        parts = []
        for _ in range(rng.randint(1, 14)):
            word = rng.choice(words)
            word = rng.choice([word, word.upper(), word.capitalize()])
            parts += [word, rng.choice(glue)]
        sentences.append("".join(parts))
    return sentences


@pytest.mark.parametrize("module, hits", [(markers, markers.marker_hits), (verbs, verbs.verb_hits)])
def test_word_index_gives_the_hits_of_every_pattern(module, hits, monkeypatch):
    sentences = TRICKY + random_sentences()
    fast = [hits(sentence) for sentence in sentences]
    monkeypatch.setattr(module._INDEX, "candidates", every_pattern(module._INDEX))
    slow = [hits(sentence) for sentence in sentences]
    assert fast == slow
    assert sum(map(len, slow)) > 500  # the sentences do hold markers and verbs


@pytest.mark.parametrize("module", [markers, verbs])
def test_candidates_hold_every_pattern_that_matches(module):
    index = module._INDEX
    for sentence in TRICKY + random_sentences(500, seed=11):
        matching = {number for number, pattern in enumerate(index.patterns) if pattern.search(sentence)}
        assert matching <= set(index.candidates(sentence)), sentence


def test_candidates_are_few_and_in_pattern_order():
    found = markers._INDEX.candidates("In fact we may clearly welcome it.")
    names = [markers.MARKERS[number].name for number in found]
    assert found == sorted(found) and {"in fact", "we", "may", "clearly"} <= set(names) and len(found) < 10


@pytest.mark.parametrize("char", list(CASELESS_PUNCTUATION))
def test_caseless_punctuation_is_no_letter_to_any_pattern(char):
    assert char.lower() == char == char.upper()
    for flags in (0, re.IGNORECASE):
        assert not re.match(r"\w", char, flags)
        assert not any(re.fullmatch(re.escape(chr(code)), char, flags) for code in range(128))


def test_patterns_without_anchor_or_prefix_are_always_tried():
    index = WordIndex([re.compile(r"\?"), re.compile(r"[xy]z"), re.compile(r"\bpeace\b")], r"\w", r"\b")
    assert index.candidates("no question") == [1]
    assert index.candidates("peace?") == [0, 1, 2]
    assert index.candidates("Peace") == [1]  # case-sensitive: no match possible
