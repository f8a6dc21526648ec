"""The start of a paragraph that the extraction cut off at the page's end, however short: text, not furniture.

A tool that copies a page up to a fixed length stops anywhere, sometimes one or two letters into the next paragraph
("O", "Mo", "Ur") or right after its opening quotation mark ("“", "“Y"). Left alone on the page's last line, such a
fragment looks like a heading or a separator, but it is the first word of one more paragraph of the text above
it. So the page's last line, with nothing after it and a paragraph of text right above it, is text when it is
:func:`opens_a_cut_paragraph`: an opening quotation mark, a capital letter, or a capital and one letter in lower
case, perhaps after the quotation mark. Under a paragraph in another language, set aside, it is set aside with it
(a Chinese report's last "“").

Only the 26 letters of the Latin alphabet without a diacritic count: a capital with a diacritic alone on the last
line ("Â") is what a page decoded in the wrong encoding leaves of a non-breaking space, and two capitals are
initials or an agency's mark ("AP"). Furniture right above the fragment (a date, "Related Posts") means the text did
not run on to it: a letter after it is a menu's or a widget's remnant ("S", "Z").
"""

from __future__ import annotations

import re

#: The first letters of a paragraph cut off by the extraction: an opening quotation mark, a capital letter, or a
#: capital and one letter in lower case, with or without the quotation mark ("“", "O", "Mo", "“Y").
CUT_PARAGRAPH_START = re.compile(r"^(?:[“\"‘]|[“\"‘]?[A-Z][a-z]?)$")
#: An opening quotation mark alone: the line rules take it for a separator, a line of punctuation alone.
LONE_OPENING_QUOTE = re.compile(r"^[“\"‘]$")


def opens_a_cut_paragraph(text: str) -> bool:
    """The line is the start of a paragraph cut off after its first letter or two (:data:`CUT_PARAGRAPH_START`).

    >>> [opens_a_cut_paragraph(text) for text in ["O", "Mo", "“", "“Y", "AP", "Â", "The", "|"]]
    [True, True, True, True, False, False, False, False]
    """
    return bool(CUT_PARAGRAPH_START.match(text.strip()))


def is_last_line(index: int, lines: list[str]) -> bool:
    """No line after ``lines[index]`` holds anything but spaces: it is the page's last line.

    >>> is_last_line(1, ["Text.", "O", "", " "]), is_last_line(0, ["Text.", "O"])
    (True, False)
    """
    return not any(line.strip() for line in lines[index + 1 :])


def language_set_aside_above(line_no: int, lines: list[str], set_aside: dict[int, str]) -> str | None:
    """The language of the line right above line ``line_no`` (1-based; blank lines between), when that line was set
    aside as text in another language (``set_aside``: line number, language); else None.

    >>> language_set_aside_above(3, ["塔利班的发言人说。", "", "“"], {1: "Cjk"})
    'Cjk'
    """
    above = next((number for number in range(line_no - 1, 0, -1) if lines[number - 1].strip()), None)
    return set_aside.get(above) if above else None
