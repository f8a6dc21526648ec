"""Which script each letter of a text is written in, read once per character.

Cleaning asks of every line of every page whether most of its letters are outside the Latin
script (:func:`analysis.text.cleaning_rules.script_language`). The definition is a letter's
Unicode name ("ARABIC LETTER ALEF", "LATIN SMALL LETTER A"), whose first word names its script.
Reading the name is the slow part, so :func:`non_latin_letters` reads it once per distinct
character and remembers it in a dictionary, counts the ASCII letters of a line (which are all Latin)
with one regular expression, and looks at the characters outside ASCII only. The answer is the same
as reading every letter's name.
"""

from __future__ import annotations

import re
import unicodedata

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
    n_ascii_letters = len(_ASCII_LETTER.findall(text))
    if text.isascii():
        return n_ascii_letters, []
    # Only the characters outside ASCII need a look-up: in an English line, a few quotes and dashes.
    non_ascii = _NON_ASCII.findall(text)
    scripts = [_SCRIPTS[char] if char in _SCRIPTS else _remember_script(char) for char in non_ascii]
    letters = [(char, script) for char, script in zip(non_ascii, scripts) if script != _NOT_A_LETTER]
    return n_ascii_letters + len(letters), [(char, script) for char, script in letters if script != "LATIN"]


def letter_script(char: str) -> str:
    """The script of one letter: the first word of its Unicode name ("?" when it has none)."""
    return unicodedata.name(char, "?").split()[0]


#: Characters outside ASCII, in the order of the text.
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
#: What :data:`_SCRIPTS` holds for a character that is not a letter.
_NOT_A_LETTER = ""
#: The script of each character outside ASCII met so far ("" when it is not a letter): a dictionary
#: read once per character, where a cached function would cost a call.
_SCRIPTS: dict[str, str] = {}


def _remember_script(char: str) -> str:
    """Look up, keep and return the script of ``char`` (or "" when it is not a letter)."""
    script = letter_script(char) if char.isalpha() else _NOT_A_LETTER
    _SCRIPTS[char] = script
    return script
