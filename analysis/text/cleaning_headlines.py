"""Runs of headlines: a stack of unfinished lines after the text has begun is a list of other stories.

Text does not come as a stack of unfinished lines: after the first paragraph, :data:`HEADLINE_RUN` or more
headlines in a row are a list of other stories (with or without a "Related" label above it), even where one
of them is long and in sentence case. A headline here is a line without final punctuation (or ending on a
question or exclamation mark, but holding one sentence only) that does not run on into the next line and
carries no list marker; inside a run, a short finished title ("James Cunningham: Biden had a choice. He made the
wrong one.") and the line under it carry the run on to the next headline (:func:`bridge_finished_headlines`). Not
headlines: a run after a line ending in a colon (a list the text announces), a row of calls on the audience each
ending on an exclamation mark ("Troubled countrymen!"), the names of an address block, and the turns of a
transcript ("QUESTION: Can we go to Turkey?", "MS NAUERT: Let me get back with you on that ...?"), which open on
the label in capitals of a speaker named on two lines or more.
"""

from __future__ import annotations

import re
from collections import Counter

from analysis.text.cleaning_listings import Unit
from analysis.text.cleaning_lists import address_blocks
from analysis.text.cleaning_rules import FORM_OF_ADDRESS, SITTING_NOTE, is_broken_before, is_heading

#: A sentence that ends inside a line, after a word in lower case, and the next that opens ("... has? In spite of
#: ..."): a headline is one sentence, so the line is text.
SECOND_SENTENCE = re.compile(r"\b[a-z]{2,}[.?!][\"'”’)]?\s+[A-Z]")
#: A sentence closed by its full stop and the source credited after it in brackets ("... előrelépést elérniük. (MTI)",
#: "... for the evacuation process. (ANI)"): finished, as a paragraph of a wire's report is, no headline.
CREDITED_SENTENCE = re.compile(r"\w\.[\"'”’]?\s*\([A-Z][\w/ .-]{0,20}\)$")
#: This many headlines in a row after the text has begun are a list of other stories.
HEADLINE_RUN = 3
#: A headline in such a list has at most this many words (a paragraph cut short is longer).
HEADLINE_RUN_MAX_WORDS = 18
#: Inside a run of headlines, this many short lines in a row that are not headlines carry the run on.
BRIDGED_LINES = 2
#: A turn of a transcript: its speaker's label in capitals ("QUESTION:", "Q:", "MS NAUERT:", "SECRETARY
#: BLINKEN:") before a question or an exclamation. A transcript names each speaker again and again; a headline's
#: kicker in capitals ("EXPLAINER: Who are the Taliban?") stands once.
TRANSCRIPT_TURN = re.compile(r"^((?:(?:MRS?|MS|DR)\.? )?[A-Z]{1,20}(?: [A-Z]{2,20})?):\s.*[?!][\"'”’)]?$")


def headline_runs(units: list[Unit], hard_wrapped: bool) -> list[bool]:
    """For each unit, whether it stands in a run of :data:`HEADLINE_RUN` or more headlines after the text."""
    first_text = next((index for index, (_, text, _) in enumerate(units) if not is_heading(text)), len(units))
    following = [text for _, text, _ in units[1:]] + [""]
    addressees = address_blocks([text for _, text, _ in units])
    open_lines = [
        index > first_text and not starts_item and index not in addressees and is_headline(text, after, hard_wrapped)
        for index, ((_, text, starts_item), after) in enumerate(zip(units, following))
    ]
    if sum(open_lines) >= HEADLINE_RUN:  # only then can a run form: the turns of a transcript are set apart
        turns = transcript_turns([text for _, text, _ in units])
        open_lines = [is_open and index not in turns for index, is_open in enumerate(open_lines)]
        open_lines = bridge_finished_headlines([text for _, text, _ in units], open_lines)
    in_run = [False] * len(units)
    start = 0
    for index in range(len(units) + 1):
        if index < len(units) and open_lines[index]:
            continue
        lead_in = start > 0 and units[start - 1][1].endswith(":")  # "… on the following:" opens a list
        if index - start >= HEADLINE_RUN and not lead_in and not is_row_of_calls(units[start:index]):
            in_run[start:index] = [True] * (index - start)
        start = index + 1
    return in_run


def is_row_of_calls(run: list[Unit]) -> bool:
    """Every line of the run ends on an exclamation mark: a speaker calling on the audience, one salutation a line
    ("The Islam-loving people of Afghanistan!" / "The defenders of freedom and autonomy!"), not a list of headlines.

    >>> is_row_of_calls([(1, "Dear brothers!", False), (3, "Troubled countrymen!", False)])
    True
    """
    return all(text.endswith("!") for _, text, _ in run)


def is_headline(text: str, following: str, hard_wrapped: bool) -> bool:
    """A line of at most :data:`HEADLINE_RUN_MAX_WORDS` words that does not run on into ``following``, does
    not end as a sentence does (a headline may end on a question or exclamation mark, but holds one sentence
    only; a sentence with its source credited in brackets after its full stop, :data:`CREDITED_SENTENCE`, is
    finished), does not open in lower case (a headline opens on a capital; "was referred to the Committee" carries
    on a sentence), and is no parliament record's note of its sitting (:data:`SITTING_NOTE`).

    >>> is_headline("Taliban reopen schools for girls", "", False), is_headline("Can we go to Turkey.", "", False)
    (True, False)
    """
    unfinished = not re.search(r"[.:;…][\"'”’)\]]*$", text) and len(text.split()) <= HEADLINE_RUN_MAX_WORDS
    unfinished = unfinished and not SECOND_SENTENCE.search(text)  # a headline is one sentence
    unfinished = unfinished and not CREDITED_SENTENCE.search(text)  # a sentence and its source's credit
    # "[Mr Speaker in the Chair]": a parliament record's note of its sitting, no headline
    unfinished = unfinished and not SITTING_NOTE.match(text)
    return unfinished and not text[:1].islower() and not is_broken_before(text, following, hard_wrapped)


def transcript_turns(texts: list[str]) -> set[int]:
    """The indices of the lines that are turns of a transcript (:data:`TRANSCRIPT_TURN`) whose speaker's label
    opens two lines of the page or more.

    >>> transcript_turns(["QUESTION: Can we go to Turkey?", "MS NAUERT: Pardon me?", "QUESTION: Any update?"])
    {0, 2}
    """
    labels = {index: match.group(1) for index, text in enumerate(texts) if (match := TRANSCRIPT_TURN.match(text))}
    counts = Counter(labels.values())
    return {index for index, label in labels.items() if counts[label] >= 2}


def bridge_finished_headlines(texts: list[str], open_lines: list[bool]) -> list[bool]:
    """The open lines with the short lines that stand inside a run of headlines counted among them.

    A list of headlines (a table of contents of experts' reactions: "James Cunningham: Biden's defense obscures
    his safer options") may hold a title that ends on a full stop ("James Cunningham: Biden had a choice. He made the
    wrong one.") or on a word that seems to run on ("Kamal Alam: The resistance lives on"). Under :data:`HEADLINE_RUN`
    headlines already in a row, up to :data:`BRIDGED_LINES` lines of at most :data:`HEADLINE_RUN_MAX_WORDS` words
    that open on a capital, the first of them finished, with a headline right under them, carry the run on rather
    than ending it: text does not set one or two short sentences between stacks of unfinished lines (a title broken
    over lines, unfinished, is no such sentence). A speaker's turn that opens on a form of
    address ("Madam Speaker, we concur ...") between a record's labels is text.

    >>> bridge_finished_headlines(["A b", "C d", "E f", "Done. Here's how.", "G h"], [True, True, True, False, True])
    [True, True, True, True, True]
    """
    bridged = list(open_lines)
    run = 0
    for index, text in enumerate(texts):
        if not bridged[index] and run >= HEADLINE_RUN:
            gap = texts[index : index + BRIDGED_LINES + 1]
            short = [
                len(line.split()) <= HEADLINE_RUN_MAX_WORDS
                and line[:1].isupper()
                and not FORM_OF_ADDRESS.match(line.partition(",")[0])
                for line in gap
            ]
            under = next((index + k for k, is_open in enumerate(open_lines[index : index + len(gap)]) if is_open), None)
            finished = text.endswith((".", "?", "!"))  # a title that ends as a sentence does, not one broken off
            if under is not None and finished and all(short[: under - index]):
                bridged[index:under] = [True] * (under - index)
        run = run + 1 if bridged[index] else 0
    return bridged
