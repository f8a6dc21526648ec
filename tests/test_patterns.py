"""The pattern matcher (analysis.runtime.patterns): the hits of every pattern; the longest of overlapping hits."""

import random
import re

import pytest

from analysis.methods import markers, verbs
from analysis.runtime.patterns import PatternSet, longest_non_overlapping, required_parts, required_prefixes

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


def every_match(index, text):
    """The slow path: every pattern scans the whole text."""
    return [(number, match) for number, pattern in enumerate(index.patterns) for match in pattern.finditer(text)]


def random_sentences(count=1500, seed=7):
    """Sentences of marker and verb words in random case, glued by punctuation and typographic characters."""
    rng = random.Random(seed)
    stems = sorted(
        {
            word
            for pattern in [m.pattern for m in markers.MARKERS] + [v.pattern for v in verbs.VERBS]
            for word in re.findall(r"[a-z']+", pattern)
        }
    )
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
def test_the_pattern_set_gives_the_hits_of_every_pattern(module, hits, monkeypatch):
    sentences = TRICKY + random_sentences()
    fast = [hits(sentence) for sentence in sentences]
    monkeypatch.setattr(module._PATTERNS, "matches", lambda text: every_match(module._PATTERNS, text))
    slow = [hits(sentence) for sentence in sentences]
    assert fast == slow
    assert sum(map(len, slow)) > 500  # the sentences do hold markers and verbs


@pytest.mark.parametrize("module", [markers, verbs])
def test_matches_are_those_of_finditer_pattern_by_pattern(module):
    index = module._PATTERNS
    for sentence in TRICKY + random_sentences(800, seed=11):
        expected = [(number, match.span(), match.group()) for number, match in every_match(index, sentence)]
        assert [(number, match.span(), match.group()) for number, match in index.matches(sentence)] == expected, (
            sentence
        )


def test_back_to_back_and_repeated_matches_are_all_found():
    index = PatternSet([re.compile(r"\bab(?:c|cab)?\b|\bab-", re.IGNORECASE), re.compile(r"\b(?:x y|x)\b")], r"\b")
    text = "ab-ab abc abcab AB x y x x y"
    assert [(n, m.span()) for n, m in index.matches(text)] == [(n, m.span()) for n, m in every_match(index, text)]


def test_patterns_without_anchor_or_prefix_are_scanned():
    index = PatternSet([re.compile(r"\?"), re.compile(r"[xy]z"), re.compile(r"\bpeace\b")], r"\b")
    for text in ["no question xz", "peace? yz peace", "Peace?", "", "peaceful peace"]:
        assert [(n, m.span()) for n, m in index.matches(text)] == [(n, m.span()) for n, m in every_match(index, text)]


def test_scanned_patterns_run_only_where_the_text_holds_a_required_part():
    generic = re.compile(r"(?<![\w-])(?:(?:the )?(?:[A-Z][\w'’-]+ ){1,5}(?:Agreement|Accord|Communiqu[eé]))(?![\w-])")
    resolution = re.compile(r"(?<![\w-])(?:(?:UN )?[Rr]esolutions? \d{2,4})")
    index = PatternSet([generic, resolution, re.compile(r"[xy]z", re.IGNORECASE)], r"(?<![\w-])")
    assert required_parts(generic) == {"Agreement", "Accord", "Communiqu"}
    assert required_parts(resolution) == {"esolution"}
    for text in [
        "the Doha Agreement and the Bonn Accord",
        "a Joint Communiqué",
        "agreement",
        "UN Resolution 2721 XZ",
        "",
    ]:
        assert [(n, m.span()) for n, m in index.matches(text)] == [(n, m.span()) for n, m in every_match(index, text)]


def test_the_parts_every_match_holds():
    assert required_parts(re.compile(r"\b(?:call(?:s)? on)\b")) == {"call"}
    assert required_parts(re.compile(r"[ab]+ (?:cease|truce)s?")) == {"cease", "truce"}  # the longest required part
    assert required_parts(re.compile(r"(?:x )?(?:[A-Z]\w+ ){1,3}Process")) == {"Process"}
    assert required_parts(re.compile(r"(?:peace)?[A-Z]\w+")) is None  # an optional part is not required
    assert required_parts(re.compile(r"(?i:cease)[a-z]")) is None  # an inline flag: unknown


def test_the_literal_prefixes_of_a_pattern():
    assert required_prefixes(re.compile(r"\b(?:demand(?:s|ed)?|call(?:s)? (?:on|for))\b")) == {
        "demand",
        "call on",
        "call for",
        "calls on",
        "calls for",
    }  # the literal runs on through groups
    assert required_prefixes(re.compile(r"\b(?:(?:the )?taliban)\b")) == {"the taliban", "taliban"}
    assert required_prefixes(re.compile(r"(?:the |a )?(?:un|u n)\b")) == {
        "the un",
        "the u n",
        "a un",
        "a u n",
        "un",
        "u n",
    }  # an optional part runs on
    assert required_prefixes(re.compile(r"u\.? ?s")) == {"u. s", "u.s", "u s", "us"}
    assert required_prefixes(re.compile(r"un[a-z]+")) == {"un"}  # the literal stops at a character class
    assert required_prefixes(re.compile(r"(?:a)*b")) == {"a", "b"}
    assert required_prefixes(re.compile(r"\b(?:x+y)\b")) == {"x"}
    assert required_prefixes(re.compile(r"[ab]c")) is None
    assert required_prefixes(re.compile(r"(?i:cease)fire")) is None  # an inline flag: unknown
    assert required_prefixes(re.compile("Ceasefire", re.IGNORECASE)) == {"Ceasefire"}  # PatternSet lower-cases them


def test_longest_non_overlapping_skips_rejected_hits_and_keeps_a_shorter_one():
    hits = [("in fact", 0, 7), ("in", 0, 2), ("fact", 3, 7), ("now", 8, 11)]
    assert longest_non_overlapping(hits) == [("in fact", 0, 7), ("now", 8, 11)]
    rejected = lambda item, start, end: item == "in fact"  # noqa: E731
    assert longest_non_overlapping(hits, rejected) == [("in", 0, 2), ("fact", 3, 7), ("now", 8, 11)]
