"""A line of noise: scraps of symbols and single letters that a forum's anti-copying script sows between paragraphs.

Some forums (Discuz boards, a rating widget's counters) print lines such as "% ]' I! V+ |- F P" or "7 p4 }# S0 j4 i7 M*
P, s e4" between the paragraphs of a post: short scraps of two or three characters, most of them holding a symbol. No
line of a text is made only of such scraps: a text's words are longer, and its punctuation follows words.
"""

from __future__ import annotations

import re

#: A line of noise has at least this many scraps, none longer than :data:`SCRAP_MAX_CHARACTERS`.
NOISE_MIN_SCRAPS, SCRAP_MAX_CHARACTERS = 5, 3
#: A character that is neither a letter, a digit nor a space: a symbol or a punctuation mark.
SYMBOL = re.compile(r"[^\w\s]")


def is_line_of_noise(line: str) -> bool:
    """The line is :data:`NOISE_MIN_SCRAPS` scraps or more of :data:`SCRAP_MAX_CHARACTERS` characters at most, more than
    half of them holding a symbol ("% ]' I! V+ |- F P", "-2 ( +0 / -2 )", ", , , , ,").

    >>> is_line_of_noise("% ]' I! V+ |- F P"), is_line_of_noise("U.S. and U.K. at it: so be it.")
    (True, False)
    """
    scraps = line.split()
    if len(scraps) < NOISE_MIN_SCRAPS or any(len(scrap) > SCRAP_MAX_CHARACTERS for scrap in scraps):
        return False
    return 2 * sum(1 for scrap in scraps if SYMBOL.search(scrap)) > len(scraps)
