"""General English as a keyness reference: word rates from wordfreq, and which terms can have one.

wordfreq (Speer 2022) gives the frequency of a *word* as a proportion of a large mix of English
sources. These are estimates, not counts observed in a corpus we could sample, so a test that
treats them as counts (G2, Fisher) gives p-values that say nothing: the book reports only the
effect size against general English, Log Ratio (:func:`analysis.methods.keyness.keyness_vs_english`).

Two choices live here:

* **A notional size.** A proportion becomes an expected count in a corpus of
  :data:`REFERENCE_SIZE` words. The size does not change Log Ratio (both sides are rates); it only
  fixes what an unlisted word gets: the zero-frequency correction, half the rarest listed word.
* **Single words only.** wordfreq has no rates for phrases. Its estimate for "civil society"
  combines the rates of *civil* and *society* as if they were independent, which is not the rate
  of the phrase; and it splits a hyphenated term ("afghan-led") into words. A term wordfreq does
  not see as one word (:func:`is_single_word`) is left out of the comparison with general English.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

#: Size of the notional general-English corpus, in words. wordfreq lists English words down to a
#: frequency of one in 100 million (Zipf 1), so in a corpus of this size the rarest listed word
#: occurs once, and an unlisted word gets the zero-frequency correction (half the rarest).
REFERENCE_SIZE = 100_000_000

GENERAL_ENGLISH = "general English"


@cache
def english_frequency(term: str) -> float:
    """The frequency of ``term`` in general English, as a proportion of all words (wordfreq).

    Unlisted words get 0. For a phrase wordfreq returns an estimate built from its words; the
    keyness tables do not use it (see :func:`is_single_word`).

    >>> english_frequency("the") > english_frequency("ceasefire") > 0
    True
    >>> english_frequency("qwzxv")
    0.0
    """
    from wordfreq import word_frequency

    return float(word_frequency(term, "en"))


@cache
def is_single_word(term: str) -> bool:
    """True when wordfreq reads ``term`` as one word, so that it has a rate of its own.

    >>> is_single_word("ceasefire"), is_single_word("civil society"), is_single_word("afghan-led")
    (True, False, False)
    """
    from wordfreq import tokenize

    return len(tokenize(term, "en")) == 1


def english_reference(vocabulary: Iterable[str], size: int = REFERENCE_SIZE) -> dict[str, float]:
    """Expected counts of each term in a notional general-English corpus of ``size`` words.

    The counts are wordfreq's proportions times ``size``, rounded to three decimals (so that every
    Log Ratio recomputes exactly from the counts in the table).

    >>> english_reference(["doha"], size=1_000_000)
    {'doha': 1.51}
    """
    return {term: round(english_frequency(term) * size, 3) for term in vocabulary}
