"""Names in Latin letters amid a text in another script: a line of that text, set aside with it.

A text in another script (Lao, Thai, Chinese, Japanese, Arabic ...) names people and places in Latin letters where
the writer kept their English spelling ("ຂອງກຸ່ມ Taliban ...", "塔利班发言人穆贾希德(Zabihullah Mujahid)说 ..."). Most such
lines are still written mostly in the other script, and the line rules set them aside as text in another language.
But a text wrapped at a fixed width breaks its sentences anywhere, and a short piece of a line may hold more Latin
letters than letters of its script (in Lao and Thai the vowel signs are marks, not letters): "ໃໝ່ Mullah Akhtar
Mansoor ທີ່ມີຈຸດປະສົງແນໃສ່ເພື່ອ", "Mansoor ຜູ້". Such a line, right under a line set aside in the same language, is a
line of that text too, when its Latin words are names only (each opens on a capital): a sentence in English with a
word of another script in it ("Kabul کابل is a city") holds words in lower case and stays in the text.
"""

from __future__ import annotations

import re

from analysis.runtime.scripts import non_latin_letters
from analysis.text.cleaning_cut_starts import language_set_aside_above
from analysis.text.cleaning_rules import script_language

#: A word in Latin letters.
LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")


def names_amid_a_text_set_aside(line: str, line_no: int, lines: list[str], set_aside: dict[int, str]) -> str | None:
    """The language of the text set aside right above line ``line_no`` (1-based, blank lines between;
    ``set_aside``: line number, language), when ``line`` holds letters of that language's script and, in Latin
    letters, names only; else None.

    >>> lines = ["ກຸ່ມທາລິບານ ໄດ້ນຳອອກເຜີຍແຜ່ ຄຳຖະແຫຼງຂອງຜູ້ນຳຄົນ", "ໃໝ່ Mullah Akhtar Mansoor ທີ່ມີຈຸດປະສົງແນໃສ່ເພື່ອ"]
    >>> names_amid_a_text_set_aside(lines[1], 2, lines, {1: "Lao"})
    'Lao'
    >>> names_amid_a_text_set_aside("Mansoor ຜູ້ is a name", 2, lines, {1: "Lao"}) is None
    True
    """
    language = language_set_aside_above(line_no, lines, set_aside)
    _, other = non_latin_letters(line)
    if not language or not other or script_language("".join(char for char, _ in other)) != language:
        return None
    return language if all(word[0].isupper() for word in LATIN_WORD.findall(line)) else None
