"""Excerpts printed above the full text they are taken from: the full text is the statement.

A press office sometimes prints a few key passages of a speech first, under a label ("Key excerpts from Senator
Murray's speech:"), then the whole speech under a second label ("The full text of Senator Murray's speech appears
below:"). The passages are then on the page twice. The repeat rules keep the first copy of a repeated line, which
here is the excerpt, and would remove the speech's own paragraphs as its repeats. When an excerpt of such a block
is printed again under the full text's label, the block is a teaser: its label, its excerpts and the full text's
label go, and the full text keeps every one of its lines (the excerpts not printed again go with the block: they
are excerpts too).

Both labels are needed: a page that only announces its highlights ("A few highlights:") or only its full text
("The following is the full text of the interview:") prints them once, and they are the text.
"""

from __future__ import annotations

import re

from analysis.text.cleaning_repeats import TEASER_OVERLAP, word_key

#: The label of a block of excerpts: "Key excerpts from Senator Murray's speech:", "Highlights:", "Extracts of the
#: address:". It ends on a colon and has at most :data:`LABEL_MAX_WORDS` words.
EXCERPTS_LABEL = re.compile(r"^(?:(?:key|main|some) )?(?:excerpts?|extracts?|highlights)\b[^.!?]*:$", re.IGNORECASE)
#: The stems of the words such a label names: a page without one anywhere has no block of excerpts, and is not read
#: in paragraphs.
EXCERPTS_STEMS = ("excerpt", "extract", "highlights")
#: The label of the full text under the excerpts: "The full text of Senator Murray's speech appears below:", "Full
#: text:", "Read the complete transcript below:".
FULL_TEXT_LABEL = re.compile(r"\b(?:full|complete) (?:text|transcript)\b[^.!?]*:$", re.IGNORECASE)
#: A label is short: at most this many words.
LABEL_MAX_WORDS = 15
#: A block of excerpts holds at most this many paragraphs between its two labels.
MAX_EXCERPTS = 10
#: Why a line of the block goes.
EXCERPTS_RULE = "excerpts above the full text"


def paragraphs_of_lines(lines: list[str]) -> list[list[int]]:
    """The 1-based numbers of the lines of each paragraph: runs of non-blank lines between blank ones.

    >>> paragraphs_of_lines(["Title", "", "One line", "broken.", "", "", "Two."])
    [[1], [3, 4], [7]]
    """
    paragraphs: list[list[int]] = []
    for line_no, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        if paragraphs and paragraphs[-1][-1] == line_no - 1:
            paragraphs[-1].append(line_no)
        else:
            paragraphs.append([line_no])
    return paragraphs


def excerpts_above_the_full_text(lines: list[str]) -> set[int]:
    """The 1-based numbers of the lines of a block of excerpts printed above the full text, labels included.

    The block runs from a label of excerpts (:data:`EXCERPTS_LABEL`) to a label of the full text
    (:data:`FULL_TEXT_LABEL`) at most :data:`MAX_EXCERPTS` paragraphs further down, and one excerpt at least is
    printed again under the full text's label: whole, or with most of its three-word runs (a line broken another
    way). Without such a repeat, the labels and what they announce stay.

    >>> page = ["Speech", "", "Key excerpts:", "", "We must honour them.", "", "Full text:", "", "Thank you.",
    ...         "We must honour them."]
    >>> sorted(excerpts_above_the_full_text(page))
    [3, 5, 7]
    """
    page = "\n".join(lines).lower()
    if not any(stem in page for stem in EXCERPTS_STEMS):
        return set()
    paragraphs = paragraphs_of_lines(lines)
    texts = [" ".join(lines[line_no - 1].strip() for line_no in paragraph) for paragraph in paragraphs]
    block: set[int] = set()
    for start, label in enumerate(texts):
        if len(label.split()) > LABEL_MAX_WORDS or not EXCERPTS_LABEL.match(label):
            continue
        end = next(
            (
                index
                for index in range(start + 1, min(start + MAX_EXCERPTS + 2, len(texts)))
                if _is_full_text_label(texts[index])
            ),
            None,
        )
        if end is None:
            continue
        later_runs = _three_word_runs(word_key(" ".join(texts[end + 1 :])))
        if any(_printed_again(word_key(excerpt), later_runs) for excerpt in texts[start + 1 : end]):
            block.update(line_no for paragraph in paragraphs[start : end + 1] for line_no in paragraph)
    return block


def _is_full_text_label(text: str) -> bool:
    """A short line ending on a colon that names the full text below ("Full text:")."""
    return len(text.split()) <= LABEL_MAX_WORDS and bool(FULL_TEXT_LABEL.search(text))


def _three_word_runs(key: tuple[str, ...]) -> set[tuple[str, ...]]:
    """The runs of three words in a row of ``key``."""
    return {key[i : i + 3] for i in range(len(key) - 2)}


def _printed_again(excerpt: tuple[str, ...], later_runs: set[tuple[str, ...]]) -> bool:
    """:data:`TEASER_OVERLAP` of the excerpt's three-word runs recur under the full text's label."""
    runs = _three_word_runs(excerpt)
    return bool(runs) and len(runs & later_runs) >= TEASER_OVERLAP * len(runs)
