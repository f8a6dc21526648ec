"""Posts each under the same label: where a listing page prints its section's or tag's name over every post's title,
the second post starts where that name is printed again.

A tag or section page may set the name of its tag or section ("taliban", "Latest News") over each post's title: the
first post reads as a page with a label over its title, and the next posts follow the text as the same label over
another title, with their excerpts under them. No excerpt need be cut short or dated, so the listing rules of
:mod:`analysis.text.cleaning_listings` see one text. The label that stands right over the page's title, before any
text, is the listing's mark: printed again after the text, on a line of its own, right over a title and then text, it
opens the next post (:func:`labelled_post_start`).

A text's sections have headings of their own, each different, and a speaker's name printed before each turn of a
debate stands over the speaker's words, not over a title: neither repeats the line above the page's title.
"""

from __future__ import annotations

from analysis.text.cleaning_repeats import word_key
from analysis.text.cleaning_rules import is_heading, is_title_line

#: A section's or tag's name over a post's title is short: at most this many words.
LABEL_MAX_WORDS = 4


def labelled_post_start(units: list[tuple[int, str, bool]], first_text: int) -> int | None:
    """The line where the label right above the page's title, before the first text, is printed again after the
    text, right above another title with text under it; or None.

    ``units`` are the lines left after the line rules (number, text, list item) and ``first_text`` the line of the
    first unit of text.

    >>> units = [(1, "Latest News", False), (3, "Afghan embassy in UK shuts down", False),
    ...          (5, "The embassy closed on Friday.", False), (7, "Latest News", False),
    ...          (9, "Minister attends energy forum in Russia", False), (11, "The minister attended a forum.", False)]
    >>> labelled_post_start(units, 5)
    7
    >>> labelled_post_start([*units[:4], (9, "The embassy had warned of it.", False)], 5) is None
    True
    """
    above = [text for line_no, text, _ in units if line_no < first_text]
    if len(above) < 2 or not is_heading(above[-2]) or len(above[-2].split()) > LABEL_MAX_WORDS:
        return None
    label, title = word_key(above[-2]), word_key(above[-1])
    after = [(line_no, text) for line_no, text, _ in units if line_no > first_text]
    for index, (line_no, text) in enumerate(after[:-2]):
        below, under = after[index + 1][1], after[index + 2][1]
        new_title = is_title_line(below) and word_key(below) not in (label, title)
        if word_key(text) == label and new_title and not is_heading(under):
            return line_no
    return None
