"""The buttons that set the size of a page's text: lone letters "A", one line each, in a run.

A news site's toolbar offers its reader the text in two or three sizes, each button a capital "A" (perhaps with a plus
or a minus), and the extraction gives each button a line of its own, right under the headline or the photo. A lone
"A" is a line of text elsewhere (a section's letter in an agreement, "A", as "B" and "C" under it), so the letter goes
only in a run of two or more such lines, one right under another, as no text prints its section letters.
"""

from __future__ import annotations

import re

#: One button: the letter "A" alone, perhaps with the plus or the minus of a larger or a smaller size.
TEXT_SIZE_BUTTON = re.compile(r"^[+-]?A[+-]?$")


def is_text_size_button(line_no: int, lines: list[str]) -> bool:
    """Line ``line_no`` (from 1) of ``lines`` is a lone "A" right above or below another: a text-size button.

    >>> page = ["Taliban letter addresses 'American people'", "A", "A", "Share via Email", "A", "KABUL — ..."]
    >>> [is_text_size_button(n, page) for n in (2, 3, 5)]
    [True, True, False]
    """
    if not TEXT_SIZE_BUTTON.match(lines[line_no - 1].strip()):
        return False
    neighbours = lines[max(line_no - 2, 0) : line_no - 1] + lines[line_no : line_no + 1]
    return any(TEXT_SIZE_BUTTON.match(neighbour.strip()) for neighbour in neighbours)
