"""Lines of noise: scraps of symbols and single letters that a forum's anti-copying script sows between paragraphs, and
one word or a few printed over and over.

Some forums (Discuz boards, a rating widget's counters) print lines such as "% ]' I! V+ |- F P" or "7 p4 }# S0 j4 i7 M*
P, s e4" between the paragraphs of a post: short scraps of two or three characters, most of them holding a symbol. No
line of a text is made only of such scraps: a text's words are longer, and its punctuation follows words. A row of
pictures or buttons prints its one name for each ("image image image image image"); a text says its words in turn.
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


#: A line of this many words or more, each said this many times on average, is one word or phrase printed over and over.
WORDS_SAID_OVER, TIMES_SAID_OVER = 5, 4


def printed_over_and_over(line: str) -> bool:
    """A line that prints one word or a few over and over: an image's or an icon's name (alt text) for every picture of
    a row ("image image image image image", "Amnesty IconsAmnesty Icons..."), a row of buttons ("Аа Аа Аа Аа Аа"). A
    line of text says its words in turn, seldom the same one four times in five, and a sentence that does (a chant, a
    word said ten times over for emphasis or in a test corpus) closes as a sentence, which such a row never does.

    >>> printed_over_and_over("image image image image image"), printed_over_and_over("Allahu Akbar, Allahu Akbar!")
    (True, False)
    >>> printed_over_and_over("War war war war war war war war war war.")
    False
    """
    words = re.findall(r"\w+", line)
    closes_as_sentence = re.search(r"[.!?][\"'’”»)]*\s*$", line) is not None
    return len(words) >= WORDS_SAID_OVER and len(set(words)) * TIMES_SAID_OVER <= len(words) and not closes_as_sentence
