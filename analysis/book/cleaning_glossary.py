"""The kinds of line the cleaning chapter names, in plain words, each with a line labelled so.

The hand labels of ``validation/cleaning/lines.csv`` give every boilerplate line (and some statement
lines) a sub-type in their ``kind`` column: ``next_post``, ``editor_intro``, ``preamble_clause`` ….
The chapter names the commonest kinds that cleaning got wrong, by those codes ("next post (83
lines)"). :func:`kind_glossary` turns the codes a page shows into a short table (the code, what it
is, one labelled example), so a reader meets no code without its meaning. Kinds are read from the
phrases the page shows, so the glossary follows the scores whatever kinds they name.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import pandas as pd

#: What each kind of line is, as the labelling rules use it (validation/cleaning/README.md).
#: "ordinary" is a statement line of no particular sub-type (an empty ``kind``).
KIND_MEANINGS = {
    "ordinary": "a plain line of the statement, of no special sub-type",
    "next_post": "a later post on a listing page: everything after the first post, which is the statement",
    "editor_intro": "a reposter's framing text above the document it reposts",
    "related": "links to, or teasers of, related stories",
    "caption": "the caption of a photo",
    "comment": "a reader's comment below the page",
    "comment_form": "the form for leaving a comment",
    "preamble_clause": "a clause of a resolution's or declaration's preamble (“Recalling …”, “Reaffirming …”)",
    "pdf_break": "the rest of a sentence that a PDF extraction broke onto a new line",
    "list_item": "a numbered or bulleted item of the statement",
    "question": "a question put to the speaker in a transcript (a briefing, a hearing, an interview)",
    "dateline_glued": "a statement line that opens with the place of the report (“Dubai: …”)",
    "date_glued": "a statement line that opens with its date",
    "salutation": "a greeting or closing formula of a letter or speech",
    "standfirst": "the summary sentence under a news headline",
    "date_stamp": "a date printed alone on its line",
    "dateline": "the place (and date) of a report, alone on its line",
    "metadata": "a field of a database record (country, date, category)",
    "title_repeat": "the headline printed a second time",
    "signature": "the name or office signing the statement",
    "byline": "the author or agency of a report",
    "masthead": "the site's or publication's name",
    "navigation": "a link of the site's menu",
    "sidebar": "a heading or link of the page's sidebar",
    "widget": "a control of the page (language choice, downloads)",
    "section": "the name of the site's section",
    "footer": "a line of the page's footer",
    "teaser": "a one-line summary of another story",
    "ticker": "a line of a scrolling news ticker",
    "source_credit": "the name of the source a report comes from",
    "photo_credit": "the credit of a photo",
    "share": "a prompt to share the page",
    "read_more": "a link to read more",
    "also_read": "a link to a story to read next",
    "tags": "the page's tags",
    "subscription": "an invitation to subscribe",
    "site_clock": "the site's current date or time",
    "breadcrumb": "the path of the page within the site",
    "epigraph": "a quotation or verse printed above the text as its motto",
    "issuing_line": "the line naming who issues or sponsors the document (“Issued by the Heads of State …”)",
    "press_contact": "the press office's contact details",
    "duplicate_text": "a second copy of the text or of part of it on the same page",
    "about": "a blurb about the publishing organisation",
    "author_bio": "a note about the author",
    "source_label": "a label naming where the text comes from (“Source:”)",
    "image_alt": "the description of an image, printed where the image was",
    "letterhead": "the sender's letterhead above a letter",
    "doc_symbol": "a document's reference symbol (“S/2021/123”)",
    "forum_user_info": "a forum poster's name, rank or post count",
    "ad_label": "the label of an advertisement",
    "comment_count": "the number of comments on the page",
    "separator": "a line of dashes, stars or other marks between parts of the page",
}
#: The longest example shown; a longer line is cut at a word and ends with "…".
EXAMPLE_CHARACTERS = 90
#: A kind as the chapter writes it, with its count: "next post (83 lines)".
SHOWN_KIND = re.compile(r"([a-z][a-z ]*?) \(\d+ lines?\)")


def kinds_shown(phrases: Iterable[object]) -> list[str]:
    """The kind codes named in the phrases a page shows, in the order they first appear.

    >>> kinds_shown(["next post (83 lines), editor intro (20 lines)", "ordinary (1 line), next post (2 lines)", None])
    ['next_post', 'editor_intro', 'ordinary']
    """
    codes = [
        match.replace(" ", "_") for phrase in phrases if isinstance(phrase, str) for match in SHOWN_KIND.findall(phrase)
    ]
    return list(dict.fromkeys(codes))


def shortened(text: str, limit: int = EXAMPLE_CHARACTERS) -> str:
    """``text`` with its spaces collapsed, cut at a word before ``limit`` characters.

    >>> shortened("  Leave   a Comment "), shortened("one two three four", 12)
    ('Leave a Comment', 'one two…')
    """
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"


def example_line(labelled: pd.DataFrame) -> str:
    """One line of ``labelled``: the first in the file of at least three words, else the first ("–" if none)."""
    texts = labelled["text"].map(shortened)
    texts = texts[texts != ""]
    long_enough = texts[texts.str.split().str.len() >= 3]
    return (long_enough if not long_enough.empty else texts).iloc[0] if not texts.empty else "–"


def kind_glossary(lines: pd.DataFrame, phrases: Iterable[object]) -> pd.DataFrame:
    """The kinds named in ``phrases``: the code as shown, what it is (and the label it belongs to), and one
    labelled line; three columns, so the table fits a phone's width.

    ``lines`` are the labelled lines (``label``, ``kind`` and ``text`` columns, as
    :func:`analysis.text.cleaning_check.line_fates` returns them); the kinds are those of statement
    and boilerplate lines, the two labels whose errors the chapter counts. A kind the rules do not
    describe says so rather than guessing.
    """
    scored = lines[lines["label"].isin(["statement", "boilerplate"])]
    kinds = scored["kind"].replace("", "ordinary")
    rows = []
    for kind in kinds_shown(phrases):
        labelled = scored[kinds == kind]
        meaning = KIND_MEANINGS.get(
            kind, "a sub-type the labellers named; the README of the labelled pages describes it"
        )
        label = f" (a {labelled['label'].mode().iloc[0]} line)" if not labelled.empty else ""
        rows.append({"code": kind.replace("_", " "), "what_it_is": meaning + label, "example": example_line(labelled)})
    return pd.DataFrame(rows, columns=["code", "what_it_is", "example"])
