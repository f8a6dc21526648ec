"""Words and terms: how the book cuts text into tokens, as explicit and documented choices.

A *word* is a run of letters, optionally joined by an inner apostrophe or hyphen ("Afghan-led",
"women's"). Digits and punctuation are not words. Every length in the book (document size,
frequency per 1,000 words) uses this one definition.

A *term* is what the frequency, keyness and TF-IDF chapters count. Four choices turn words into
terms, each one a parameter of :func:`terms` so a student can switch it off and see what moves:

1. **Lower-casing** ("Ceasefire" and "ceasefire" are one term).
2. **Spelling variants** folded ("cease-fire" → "ceasefire", "Afghan led" → "afghan-led"), and the
   possessive *'s* dropped ("Afghanistan's" → "afghanistan").
3. **Multi-word terms** kept whole ("civil society", "human rights", "Security Council"): split
   into words, "civil society" would count as *civil* plus *society*, and neither means it.
4. **Stop words** removed: the function words of :data:`STOP_WORDS`, and any single letter (the
   initials of "H.E.", the *G* of "G7", whose digit is not part of a word), as scikit-learn's default
   token pattern also does. The list deliberately keeps words that carry stance (*must, should, we,
   not, demand, urge*), which the stance chapter needs.

Optional stemming uses NLTK's Snowball stemmer, which needs no downloaded data.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache, lru_cache

#: A word: letters (any script), with inner hyphens or apostrophes ("Afghan-owned", "group’s").
WORD_PATTERN = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")

#: Function words left out of frequency and keyness counts. Modal verbs, negation and the
#: first-person plural are *not* here: they carry stance and commitment.
STOP_WORDS = frozenset(
    """
    a an the and or but nor so yet for of to in on at by with from into onto upon about above below
    over under between among through during before after since as than then there here this that these
    those it its it's he him his she her hers they them their theirs i me my you your yours
    is are was were be been being am do does did doing done has have had having
    which who whom whose what when where why how all any both each few more most other some such
    own same too very also just only again further once s t
    """.split()
)

#: Words that carry stance and must never be treated as stop words (checked by the tests).
STANCE_BEARING = frozenset(
    "must should shall will would may might can could cannot not no never without against we our us "
    "demand demands urge urges call calls condemn condemns support supports reject rejects".split()
)

#: Spelling variants folded into one form before counting (applied to lower-cased text).
VARIANTS: dict[str, str] = {
    "cease-fire": "ceasefire",
    "cease fire": "ceasefire",
    "afghan led": "afghan-led",
    "afghan owned": "afghan-owned",
    "intra afghan": "intra-afghan",
    "un security council": "security council",
    "unsc": "security council",
    "u.n.": "un",
}

#: Case-sensitive abbreviations expanded before lower-casing ("US" is not the pronoun "us").
ABBREVIATIONS = {"U.S.": "United States", "US": "United States", "USA": "United States"}
_ABBREVIATION_PATTERN = re.compile(r"(?<![\w.])(U\.S\.|USA|US)(?:(-)|(?!\w))")

#: Multi-word terms kept as one term: each is a fixed name or a concept the comparison turns on.
MULTIWORD_TERMS = (
    "civil society",
    "human rights",
    "women's rights",
    "international community",
    "security council",
    "united nations",
    "united states",
    "secretary general",
    "doha process",
    "peace process",
    "peace talks",
    "political process",
    "intra-afghan dialogue",
    "intra-afghan negotiations",
    "de facto authorities",
    "de facto authority",
    "islamic emirate",
    "international humanitarian law",
    "rule of law",
    "women and girls",
)

#: A possessive ending ("Afghanistan's"), cut before a word is counted or searched.
POSSESSIVE = re.compile(r"['’]s$")
_VARIANT_PATTERN = re.compile(
    r"(?<!\w)(" + "|".join(re.escape(v) for v in sorted(VARIANTS, key=len, reverse=True)) + r")(?!\w)"
)


def words(text: str) -> list[str]:
    """The words of ``text`` in order, as written.

    >>> words("An Afghan-led, Afghan-owned process; 27 countries.")
    ['An', 'Afghan-led', 'Afghan-owned', 'process', 'countries']
    """
    return WORD_PATTERN.findall(text)


def count_words(text: str) -> int:
    """How many words ``text`` holds, by :data:`WORD_PATTERN`.

    >>> count_words("We demand a comprehensive ceasefire!")
    5
    """
    return len(words(text))


def normalise(text: str) -> str:
    """Lower-case ``text``, unify apostrophes and fold the spelling :data:`VARIANTS`.

    >>> normalise("A Cease-Fire, Afghan led, the US and us, the U.S.-Taliban deal")
    'a ceasefire, afghan-led, the united states and us, the united states taliban deal'
    """
    # Each pattern is only run when the text holds one of its literal strings (every match contains one).
    expanded = text
    if "US" in text or "U.S." in text:
        expanded = _ABBREVIATION_PATTERN.sub(
            lambda match: ABBREVIATIONS[match.group(1)] + (" " if match.group(2) else ""), text
        )
    lowered = expanded.lower().replace("’", "'")
    if any(variant in lowered for variant in VARIANTS):
        return _VARIANT_PATTERN.sub(lambda match: VARIANTS[match.group(1)], lowered)
    return lowered


@cache
def _term_index(multiword_terms: tuple[str, ...]) -> dict[str, list[tuple[str, ...]]]:
    """Multi-word terms grouped by first word, longest first, for greedy matching."""
    index: dict[str, list[tuple[str, ...]]] = {}
    for term in sorted(multiword_terms, key=lambda t: -len(t.split())):
        parts = tuple(term.split())
        index.setdefault(parts[0], []).append(parts)
    return index


def _is_term_at(tokens: list[str], position: int, parts: tuple[str, ...]) -> bool:
    """Whether ``parts`` start at ``position``; the last word may carry a possessive ("society's")."""
    window = tokens[position : position + len(parts)]
    if len(window) < len(parts) or tuple(window[:-1]) != parts[:-1]:
        return False
    return window[-1] in (parts[-1], parts[-1] + "'s", parts[-1] + "’s")


def join_terms(tokens: list[str], multiword_terms: Iterable[str] = MULTIWORD_TERMS) -> list[str]:
    """Merge runs of tokens that form a multi-word term into one token (longest match first).

    A possessive on the last word belongs to the whole term: "civil society's" is "civil society".

    >>> join_terms(["the", "civil", "society", "and", "human", "rights"])
    ['the', 'civil society', 'and', 'human rights']
    >>> join_terms(["civil", "society's", "concerns"])
    ['civil society', 'concerns']
    """
    index = _term_index(tuple(multiword_terms))
    if index.keys().isdisjoint(tokens):  # most sentences: no word that starts a multi-word term
        return list(tokens)
    starts = [position for position, token in enumerate(tokens) if token in index]
    merged: list[str] = []
    done = 0  # tokens[:done] are in ``merged``
    for position in starts:
        if position < done:  # inside a term already merged
            continue
        for parts in index[tokens[position]]:  # longest first
            if _is_term_at(tokens, position, parts):
                merged += tokens[done:position]
                merged.append(" ".join(parts))
                done = position + len(parts)
                break
    merged += tokens[done:]
    return merged


@lru_cache(maxsize=100_000)
def stem(token: str) -> str:
    """The Snowball stem of a token; each word of a multi-word term is stemmed. Remembered: a corpus
    repeats its words, and NLTK's stemmer is pure Python.

    >>> stem("negotiations"), stem("human rights")
    ('negoti', 'human right')
    """
    stemmer = _stemmer()
    return " ".join(stemmer.stem(part) for part in token.split())


@lru_cache(maxsize=1)
def _stemmer():
    """NLTK's English Snowball stemmer, made on first use (importing NLTK costs ~190 MB, which a worker
    process that never stems need not pay)."""
    from nltk.stem.snowball import SnowballStemmer

    return SnowballStemmer("english")


def is_counted(token: str, stop_words: frozenset[str] = STOP_WORDS) -> bool:
    """True if a term is counted when stop words are removed: it is no stop word and more than one letter.

    >>> [is_counted(token) for token in ("the", "g", "ceasefire")]
    [False, False, True]
    """
    return len(token) > 1 and token not in stop_words


def terms(
    text: str,
    *,
    remove_stop_words: bool = True,
    keep_multiword: bool = True,
    stemming: bool = False,
    stop_words: Iterable[str] = STOP_WORDS,
) -> list[str]:
    """The terms of ``text`` after the book's normalisation choices (see the module docstring).

    >>> terms("The Civil Society demands a cease-fire and Afghanistan's human rights.")
    ['civil society', 'demands', 'ceasefire', 'afghanistan', 'human rights']
    >>> terms("The Civil Society demands", remove_stop_words=False, keep_multiword=False)
    ['the', 'civil', 'society', 'demands']
    >>> terms("H.E. the G7 envoys")
    ['envoys']
    """
    text = normalise(text)
    tokens = WORD_PATTERN.findall(text)
    if keep_multiword:
        tokens = join_terms(tokens)
    if "'s" in text or "’s" in text:  # a token ending in a possessive is part of the text
        tokens = [token[:-2] if token.endswith(("'s", "’s")) and " " not in token else token for token in tokens]
    if remove_stop_words:
        excluded = frozenset(stop_words)
        tokens = [token for token in tokens if is_counted(token, excluded)]
    if stemming:
        tokens = [stem(token) for token in tokens]
    return tokens
