"""Which joined units of a page are headings to set aside, and which stay as text.

Once broken lines are joined, each unit is either a paragraph the analysis reads or a heading set aside. A unit
without final punctuation is mostly a heading, but some such units are the text's own words: an invocation, a form
of address, a salutation of several addressees ending on the room's, a request to the reader to join in, a post
quoted in the body, a line carried on after an ellipsis, a long list item full of names, lines of a PDF sentence
joined, and the page's last line cut off by the extraction (:func:`ends_page`) unless it only opens a title removed
above it (:func:`opens_a_line_above`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from analysis.text.cleaning_embedded_posts import EMBEDDED_POST
from analysis.text.cleaning_repeats import word_key
from analysis.text.cleaning_rules import (
    CUT_OFF_MIN_WORDS,
    FORM_OF_ADDRESS,
    HEADLINE_WORDS,
    NAMED_SALUTATION,
    OPENING_INVOCATION,
    SHORT_ITEM_WORDS,
    SITTING_NOTE,
    is_heading,
    is_title_line,
    looks_like_title,
)

if TYPE_CHECKING:
    from analysis.text.cleaning import CleaningStep

#: A line that opens on an ellipsis and a small letter carries on the line before ("…as militants enter Kabul").
CARRIED_ON = re.compile(r"^(…|\.\.\.)\s?[a-z]")

#: A link that carries an excerpt on to the rest of its text.
READ_ON = re.compile(r"^(continue reading|read more|read the rest|read full)\b", re.IGNORECASE)

#: A request of the writer's to the reader to join in ("Please join me in praying for the people of Afghanistan"): the
#: text's words, not a heading, even without a full stop.
REQUEST_TO_JOIN = re.compile(r"^please join (me|us)\b")

#: A speaker's salutation of several addressees that ends, after a comma, on the room's address, though without its own
#: comma ("Dear Ambassador ..., Dear Secretary General ..., Distinguished Ambassadors, Excellencies, ..., Ladies and
#: Gentlemen"), as "Excellencies, ladies and gentlemen," opens many speeches: the text's words, not a heading.
ROOM_SALUTATION = re.compile(
    r"^(dear|(your )?excellenc(y|ies)|distinguished|esteemed)\b.*,\s*(and\s+)?((dear|distinguished|esteemed)\s+)?"
    r"(ladies and gentlemen|excellencies|colleagues|friends|guests|delegates)$",
    re.IGNORECASE,
)

#: A list item longer than a headline is a title only when this share of its words or more open on a capital.
ITEM_TITLE_SHARE = 0.7


def opens_a_line_above(text: str, line_no: int, steps: list[CleaningStep]) -> bool:
    """The words of ``text``, the last perhaps cut, open a longer line removed above it: a title printed again and
    cut off at the page's end ("Opposition Motion—Special Committee on AfghanistanBusiness of "), not text."""
    words = word_key(text)[:-1]
    above = [word_key(step.before) for step in steps if step.line_no < line_no and step.action == "removed"]
    return len(words) >= CUT_OFF_MIN_WORDS and any(
        len(key) > len(words) + 1 and key[: len(words)] == words for key in above
    )


def ends_page(line_no: int, steps: list[CleaningStep]) -> bool:
    """Nothing but a link to read on ("Continue reading...") follows the line: an excerpt cut off there
    ends the page. A line with other furniture after it ("Add a Comment") was not cut off."""
    after = [step for step in steps if step.line_no > line_no and step.action in ("removed", "moved")]
    return not after or bool(READ_ON.match(min(after, key=lambda step: step.line_no).before))


def is_heading_unit(text: str, first_line: str, index: int, count: int, is_item: bool, ends_page: bool) -> bool:
    """A unit (one line, or lines joined) is a heading to set aside, not text.

    The first unit of a page is its title when it has no final punctuation. Any other unit is a
    heading by :func:`is_heading`, unless it is written as a sentence and is either the cut-off last
    unit of the page (``ends_page``: no furniture follows it either), a list item of more than :data:`SHORT_ITEM_WORDS` words, or lines joined
    whose first line is in sentence case (a PDF sentence, not a title broken over lines). A list item longer than a
    headline is text unless :data:`ITEM_TITLE_SHARE` of its words open on a capital, however many names it holds.
    """
    if OPENING_INVOCATION.match(text) or FORM_OF_ADDRESS.match(text) or SITTING_NOTE.match(text):
        return False  # "In the name of Allah, ...", "Madam President", "[Mr Speaker in the Chair]": the text's words
    if NAMED_SALUTATION.match(text) or ROOM_SALUTATION.match(text):
        return False  # "Excellency professor Sayaf", "Dear ..., Ladies and Gentlemen": a speaker's salutation
    if REQUEST_TO_JOIN.match(text.lower()):
        return False  # "Please join me in praying for ...": a request to the reader, the text's own words
    if EMBEDDED_POST.search(text) or CARRIED_ON.match(text):
        return False  # a post quoted in the body (ending on its link, or its author and date); a line carried on
    if index == 0 and count > 1 and is_title_line(text):
        return True
    long_item = is_item and len(text.split()) > SHORT_ITEM_WORDS
    if long_item and len(text.split()) > HEADLINE_WORDS and not looks_like_title(text, share=ITEM_TITLE_SHARE):
        return False  # a summary's point full of names ("• Taliban member Abdul Salam Hanafi had a phone ...")
    if not is_heading(text) or looks_like_title(text) and looks_like_title(first_line):
        return is_heading(text)
    cut_off_at_end = ends_page and len(text.split()) >= CUT_OFF_MIN_WORDS
    return not (cut_off_at_end or long_item or text != first_line and not looks_like_title(first_line))
