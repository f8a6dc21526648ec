"""Words: how the book cuts text into tokens.

A word is a run of letters, optionally joined by an apostrophe or a hyphen inside it
("Afghan-led", "women's"). Digits and punctuation are not words. Every count in the book
(document length, frequency per 1,000 words) uses this one definition.
"""

from __future__ import annotations

import re

#: A word: letters (any script), with inner hyphens or apostrophes ("Afghan-owned", "group’s").
WORD_PATTERN = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")


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
