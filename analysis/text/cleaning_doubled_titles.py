"""Headlines printed twice: where a listing page shows each post's headline twice over its excerpt, the first post
ends at the second post's headline.

A tag or topic page may print each post as its picture (whose alt text is the headline), the headline as a link, and
an excerpt: the extraction gives the same headline on two lines in a row, over a paragraph (perhaps under the headline
a third time, with its kicker glued on: "Leben in AfghanistanMoralpolizei der Taliban ..."). No excerpt is cut short
and none is dated, so the listing rules of :mod:`analysis.text.cleaning_listings` see one text. When
:data:`DOUBLED_TITLE_POSTS` or more such headlines, each of :data:`TITLE_MIN_WORDS` words or more, stand after the
text, each over a paragraph, they are a listing's posts: the first post (the first such headline's, or the text above
it) is the statement, and the second headline opens the next post. One photo's caption printed twice in an article
(:mod:`analysis.text.cleaning_captions`) stands once or twice on a page, not over each section of the text.
"""

from __future__ import annotations

from analysis.text.cleaning_repeats import word_key
from analysis.text.cleaning_rules import is_heading

#: This many headlines printed twice, each over a paragraph, make a listing of posts.
DOUBLED_TITLE_POSTS = 3
#: A post's headline has at least this many words (a section's heading or a label printed twice is shorter).
TITLE_MIN_WORDS = 4
#: The paragraph of a post stands within this many units under its doubled headline (a kicker's line may come first).
UNITS_TO_TEXT = 2


def second_doubled_title(units: list[tuple[int, str, bool]], first_text: int) -> int | None:
    """The line of the second headline printed twice over a paragraph, on a page of :data:`DOUBLED_TITLE_POSTS` or
    more such posts after the first text; or None.

    >>> units = [(1, "The sides met in Doha.", False)]
    >>> for n, title in ((2, "Envoy visits Kabul for talks"), (5, "Taliban name a new cabinet"), (8, "Aid flights resume at the airport")):
    ...     units += [(n, title, False), (n + 1, title, False), (n + 2, "A paragraph of the post.", False)]
    >>> second_doubled_title(units, 1)
    5
    """
    doubled = [
        line_no
        for index, ((line_no, text, _), (_, below, _)) in enumerate(zip(units, units[1:]))
        if line_no > first_text
        and len(text.split()) >= TITLE_MIN_WORDS
        and is_heading(text)
        and word_key(text) == word_key(below)
        and any(not is_heading(under) for _, under, _ in units[index + 2 : index + 2 + UNITS_TO_TEXT])
    ]
    return doubled[1] if len(doubled) >= DOUBLED_TITLE_POSTS else None
