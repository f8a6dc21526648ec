"""Links under each post: where a listing page prints the same link line after every post, the first post ends there.

A tag or category page may show its posts whole, each closed by the same short link to the post ("Read more", "More
and more", a translation's words for it): no post is cut short and none is dated, so the listing rules of
:mod:`analysis.text.cleaning_listings` see one long text. The link is the mark: a line of at most
:data:`LINK_MAX_WORDS` words and no final punctuation, printed word for word :data:`LINK_COPIES` times or more, each
time right under a post's text, and the first time over the next post's headline (:data:`TITLE_MIN_WORDS` words or
more, not a video box's "Watch ...", perhaps printed twice) and text. The first post is the
statement, so everything from that first link on is another post. A line repeated inside one text (a refrain, a
speaker's name) stands under text too, but is not followed by a title over more text each time a post could begin.
"""

from __future__ import annotations

import re

from analysis.text.cleaning_repeats import word_key
from analysis.text.cleaning_rules import TERMINAL_PUNCTUATION, is_heading

#: A link to a post: at most this many words.
LINK_MAX_WORDS = 4
#: The same link line this many times, each under a post's text, marks a listing of whole posts.
LINK_COPIES = 2
#: A post's title under the link is a headline of at least this many words (a portrait's name is shorter).
TITLE_MIN_WORDS = 6
#: The title of a video or audio box set inside one article ("In Video" over "Watch ...'s report on ..."): no post's.
MEDIA_BOX_TITLE = re.compile(r"^(watch|listen|view|video|audio|photos?|gallery)\b", re.IGNORECASE)


def first_post_link(units: list[tuple[int, str, bool]], first_text: int) -> int | None:
    """The line of the first link under a post, on a page whose posts each end on the same link line, or None.

    >>> units = [(1, "Talks resume", False), (2, "The sides met.", False), (3, "Read on", False),
    ...          (4, "Envoy visits Kabul to meet the Taliban", False), (5, "He met officials.", False),
    ...          (6, "Read on", False)]
    >>> first_post_link(units, 2)
    3
    """
    copies: dict[tuple[str, ...], list[int]] = {}
    for index, (line_no, text, _) in enumerate(units):
        if line_no > first_text and len(text.split()) <= LINK_MAX_WORDS and not TERMINAL_PUNCTUATION.search(text):
            copies.setdefault(word_key(text), []).append(index)
    for indexes in copies.values():
        if (
            len(indexes) >= LINK_COPIES
            and all(_under_text(units, i) for i in indexes)
            and _over_post(units, indexes[0])
        ):
            return units[indexes[0]][0]
    return None


def _under_text(units: list[tuple[int, str, bool]], index: int) -> bool:
    """The unit right above is a post's text: a sentence with its final punctuation."""
    return index > 0 and bool(TERMINAL_PUNCTUATION.search(units[index - 1][1]))


def _over_post(units: list[tuple[int, str, bool]], index: int) -> bool:
    """The two units right below are a post: a headline (not a name, not a media box's "Watch ...") over text; the
    headline may be printed twice, as a picture's alt text and as a link (:mod:`analysis.text.cleaning_doubled_titles`).
    """
    below = [text for _, text, _ in units[index + 1 : index + 4]]
    if len(below) == 3 and word_key(below[0]) == word_key(below[1]):
        del below[1]
    below = below[:2]
    if len(below) < 2 or not is_heading(below[0]) or is_heading(below[1]):
        return False
    return len(below[0].split()) >= TITLE_MIN_WORDS and not MEDIA_BOX_TITLE.match(below[0])
