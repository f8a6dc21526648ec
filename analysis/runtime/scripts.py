"""Which script each letter of a text is written in, read once per character.

Cleaning asks of every line of every page whether most of its letters are outside the Latin
script (:func:`analysis.text.cleaning_rules.script_language`). The definition is a letter's
Unicode name ("ARABIC LETTER ALEF", "LATIN SMALL LETTER A"), whose first word names its script.
Reading the name is the slow part, so :func:`non_latin_letters` reads it once per distinct
character and remembers it, and counts the letters of a line in ASCII (which are all Latin) without
reading any name. The answer is the same as reading every letter's name.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

#: The ASCII letters: for an ASCII character, ``str.isalpha`` is exactly this class.
_ASCII_LETTER = re.compile(r"[A-Za-z]")


def non_latin_letters(text: str) -> tuple[int, list[tuple[str, str]]]:
    """How many letters ``text`` holds, and each of them outside the Latin script with its script.

    The script is the first word of the letter's Unicode name ("ARABIC", "DEVANAGARI").

    >>> non_latin_letters("Kabul کابل")
    (9, [('ک', 'ARABIC'), ('ا', 'ARABIC'), ('ب', 'ARABIC'), ('ل', 'ARABIC')])
    >>> non_latin_letters("Press Release, 2021")
    (12, [])
    """
    if text.isascii():
        return len(_ASCII_LETTER.findall(text)), []
    letters = [char for char in text if char.isalpha()]
    return len(letters), [(char, script) for char in letters if (script := letter_script(char)) != "LATIN"]


@lru_cache(maxsize=4096)
def letter_script(char: str) -> str:
    """The script of one letter: the first word of its Unicode name ("?" when it has none)."""
    return unicodedata.name(char, "?").split()[0]
