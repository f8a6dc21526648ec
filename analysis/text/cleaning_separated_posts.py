"""Posts of a listing set apart by separator lines: where a page shows its posts one under another with the same line
of punctuation between them ("-"), each post a caption or a title over a teaser.

A text may set its sections apart with a line of punctuation too ("***", "-"), but its sections run on for several
paragraphs. So the posts of a listing are told by their length: where, after the text has begun, the same separator
stands before :data:`SEPARATED_POSTS` or more posts of at most :data:`POST_UNITS` units each, none longer than a
teaser (:data:`TEASER_WORDS_MAX` words, a caption glued to its title included), the first separator after the text
ends the first post, and what follows it is other stories (:func:`separated_post_start`). Unless the text announces
them: under a lead-in that ends on a colon ("..., with key points outlined as follows:"), the short lines set apart by
the same bullet alone on its line are the points of the text's list, as with bullets at the start of each point.
"""

from __future__ import annotations

#: After the text, this many posts or more, each under the same separator, make a listing.
SEPARATED_POSTS = 3
#: A post of a listing is a caption or a title and a teaser: at most this many units.
POST_UNITS = 2
#: ... each at most this many words (a caption glued to its post's title runs longer than a teaser alone).
TEASER_WORDS_MAX = 60


def separated_post_start(units: list[tuple[int, str, bool]], separators: dict[int, str], first_text: int) -> int | None:
    """The line of the first separator after the text, when :data:`SEPARATED_POSTS` or more short posts follow under
    the same separator; else None.

    ``separators`` are the lines the line rules removed as a line of punctuation alone (number: its text).

    >>> units = [(1, "Text of the first post.", False), (3, "Caption Title", False), (4, "Teaser one.", False),
    ...          (6, "Teaser two.", False), (8, "Teaser three.", False)]
    >>> separated_post_start(units, {2: "-", 5: "-", 7: "-"}, 1)
    2
    >>> separated_post_start(units, {2: "-", 5: "***", 7: "-"}, 1) is None
    True
    >>> separated_post_start([(1, "The key points are as follows:", False), *units[1:]], {2: "-", 5: "-", 7: "-"}, 1) is None
    True
    """
    after = sorted(n for n in separators if n > first_text)
    if len(after) < SEPARATED_POSTS or len({separators[n] for n in after}) != 1:
        return None
    above = [text for n, text, _ in units if first_text <= n < after[0]]
    if above and above[-1].rstrip().endswith(":"):
        return None  # the lead-in of a list whose points stand each under a bullet of their own
    bounds = [*after, max((n for n, _, _ in units), default=0) + 1]
    posts = [[text for n, text, _ in units if start < n < end] for start, end in zip(bounds, bounds[1:])]
    short = all(
        0 < len(post) <= POST_UNITS and all(len(text.split()) <= TEASER_WORDS_MAX for text in post) for post in posts
    )
    return after[0] if short else None
