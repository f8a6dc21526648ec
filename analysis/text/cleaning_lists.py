"""Lists in a text: which lines of a list are the statement's own points, not a menu or a label.

A line without final punctuation is usually a heading or a menu entry. In a list the text announces
it is not: the points of a list after a lead-in that ends in a colon ("... focuses on six areas:",
"That the House:") are text, the short ones too ("Women and girls"), and so is the lead-in; so is
the address block of a letter or petition ("To: The United Nations General Assembly" and the names
listed under it), a letter's one addressee and inside address above its salutation ("His Excellency Mr. Antonio
Guterres Secretary-General" / "United Nations Headquarters" / "Dear Mr. Secretary-General,"), and a list of people
by name inside the text ("Ms. Ann Linde," / "Sweden Minister for Foreign Affairs" above a letter's salutation; the
members of a mission, "Ambassador Liu Zhenmin (China)").
So are the clauses of a sentence that runs through a list (a resolution's recitals, "having regard to ...,",
under their subject, "The European Parliament,"). A list with no lead-in (a menu, a form's fields) is left to
the other rules.
"""

from __future__ import annotations

import re

from analysis.text.cleaning_dates import RESOLUTION_BODY
from analysis.text.cleaning_rules import (
    ADDRESS_LINE,
    SHORT_ITEM_WORDS,
    TERMINAL_PUNCTUATION,
    is_heading,
    looks_like_title,
)


def clauses_of_lists(units: list[tuple[str, bool]]) -> set[int]:
    """The indices of the clauses of a sentence that runs through a list (``units`` are text and whether it
    starts a list item): a unit that opens in lower case and ends on a comma or a semicolon (a resolution's
    recitals, "having regard to ...,"), and one that ends on a comma before such a clause or before a list
    item (their subject, "The European Parliament,", or a motion's "I beg to move," over its points). A title
    ends on neither, so these are text, not headings.

    >>> sorted(clauses_of_lists([("Resolution", False), ("The Parliament,", False), ("having regard to X,", True)]))
    [1, 2]
    """
    clauses = set()
    for index, (text, _) in enumerate(units):
        if RESOLUTION_BODY.match(text):
            clauses.update(_resolution_opening(units, index))
            continue
        if not text.endswith((",", ";")):
            continue
        following, following_is_item = units[index + 1] if index + 1 < len(units) else ("", False)
        before_clause = text.endswith(",") and (following[:1].islower() or following_is_item)
        if before_clause or text[:1].islower():
            clauses.add(index)
    return clauses


#: The verb of a resolution's first clause, alone on its line above the clauses ("Acknowledges that", "Resolves:").
OPERATIVE_VERB = re.compile(r"^[A-Z][a-z]{3,20}s(?: that)?:?$")


def _resolution_opening(units: list[tuple[str, bool]], index: int) -> list[int]:
    """A resolution's body (``units[index]``, "The Executive Board of ..., meeting on 2nd December 2021") and the verb
    of its first clause under it ("Acknowledges that") when a list item follows: the opening of one sentence."""
    verb_index, item_index = index + 1, index + 2
    if item_index < len(units) and OPERATIVE_VERB.match(units[verb_index][0]) and units[item_index][1]:
        return [index, verb_index]
    return []


def points_of_text_lists(units: list[tuple[str, bool]]) -> set[int]:
    """The indices of the lists the text announces, lead-in and points: items in a row (``units`` are
    text and whether it starts a list item) after a line that ends in a colon ("... focuses on six
    areas:", "That the House:"), one of which at least is text (finished, or of more than
    :data:`SHORT_ITEM_WORDS` words). A short point of such a list ("Women and girls") is part of the
    text, like its longer neighbours, not a label, and so is a short lead-in (the opening words of a
    motion, not a kicker); a list with no lead-in (a menu, a form's fields) is left to the rules.

    Points may come without markers ("Key points:" and lines without final punctuation): then the
    first must read as a sentence of its own (not a heading), since a title block under a lead-in
    ("... Declaration:" / "Strategic Partnership" / "05/23/2005") opens with a title. A list of short
    entries under a lead-in sentence (:func:`is_list_of_entries`: the members of a mission, one a line),
    with markers or without, is text too.
    """
    points: set[int] = set()
    for run, marked in _runs_of_items(units):
        texts = [units[item][0] for item in run]
        lead_in = run[0] > 0 and units[run[0] - 1][0].endswith(":")
        has_text = any(is_text_item(text) for text in texts) if marked else not is_heading(texts[0])
        has_text = has_text or lead_in and is_list_of_entries(units, run)
        if lead_in and len(run) > 1 and has_text and not is_list_of_numbers(texts):
            points.update([run[0] - 1, *run])
    return points


#: A number alone on a list item's line: a rating's scale or a counter's value ("• 1", "• 0"), no point of a text.
BARE_NUMBER = re.compile(r"^\d{1,3}$")


def is_list_of_numbers(texts: list[str]) -> bool:
    """Half or more of a list's items are a number alone: a rating widget's scale ("Thread Rating:" / "• 0 Vote(s) - 0
    Average" / "• 1" ... "• 5") or a post's counters, which no lead-in makes the text's points.

    >>> is_list_of_numbers(["0 Vote(s) - 0 Average", "1", "2", "3", "4", "5"])
    True
    >>> is_list_of_numbers(["Women and girls", "12", "Education"])
    False
    """
    return 2 * sum(bool(BARE_NUMBER.match(text)) for text in texts) >= len(texts)


#: A list of entries without markers holds at least this many, each of at most this many words (two: a lead-in
#: sentence may announce a pair, "We also made two statements ...:" / "23 August: Written statement" / ...).
LIST_ENTRIES_MIN, LIST_ENTRY_MAX_WORDS = 2, 12
#: A lead-in written as a sentence ("The composition of the mission is as follows:") has more words than this.
LEAD_IN_SENTENCE_WORDS = 6


def is_list_of_entries(units: list[tuple[str, bool]], run: list[int]) -> bool:
    """The unmarked lines ``run`` (after a lead-in ending on a colon) are a list of short entries the text
    announces ("The composition of the mission is as follows:" / "Ambassador Liu Zhenmin (China)" / ...):
    :data:`LIST_ENTRIES_MIN` entries or more of at most :data:`LIST_ENTRY_MAX_WORDS` words, under a lead-in
    written as a sentence (not a title with a colon: "Statement issued on Al-Emarah:" over a title block is
    longer and runs into the text), with text right after them, not a heading or the end of the page."""
    lead_in = units[run[0] - 1][0]
    after = units[run[-1] + 1][0] if run[-1] + 1 < len(units) else ""
    return (
        len(run) >= LIST_ENTRIES_MIN
        and all(len(units[item][0].split()) <= LIST_ENTRY_MAX_WORDS for item in run)
        and len(lead_in.split()) > LEAD_IN_SENTENCE_WORDS
        and not looks_like_title(lead_in)
        and bool(after)
        and not is_heading(after)
    )


def _runs_of_items(units: list[tuple[str, bool]]) -> list[tuple[list[int], bool]]:
    """The runs of list items in a row, each with whether its items carry markers: units that start a
    list item, or lines without final punctuation from a line ending in a colon on."""
    runs: list[tuple[list[int], bool]] = []
    for index, (text, is_item) in enumerate(units):
        last = runs[-1] if runs and runs[-1][0][-1] == index - 1 else None
        after_lead_in = index > 0 and units[index - 1][0].endswith(":")
        open_line = bool(text) and not TERMINAL_PUNCTUATION.search(text)
        if is_item:
            kind = True
        elif open_line and (after_lead_in or last is not None and not last[1]):
            kind = False
        else:
            continue
        if last is not None and last[1] == kind:
            last[0].append(index)
        else:
            runs.append(([index], kind))
    return runs


def address_blocks(texts: list[str]) -> set[int]:
    """The indices of the address blocks of a letter or petition: an address line ("To: The United
    Nations General Assembly", "CC: ...") and the names in short lines under it ("The African Union"),
    up to the first line that is not written as a name; the lists of people the text names
    (:func:`lists_of_names`); and a salutation opening on "To" (:func:`salutations_to`). The salutation is part
    of the statement."""
    block: set[int] = set()
    in_block = False
    for index, text in enumerate(texts):
        in_block = bool(ADDRESS_LINE.match(text)) or in_block and is_heading(text) and ":" not in text
        if in_block:
            block.add(index)
    return block | lists_of_names(texts) | salutations_to(texts) | addressees_above_salutations(texts)


#: A salutation that opens on "To" and its addressee ("To the Mujahid Nation of Afghanistan ...", "To Institutions,
#: Organizations, ..."); "To" before a verb in lower case opens a headline ("To reach a peace deal, ...").
SALUTATION_TO = re.compile(r"^To (the |all |our |my )?[A-Z]")


def salutations_to(texts: list[str]) -> set[int]:
    """The indices of the salutations of a letter or message that open on "To" and name the addressee, without
    final punctuation, with text right after them (a heading would be set aside without it): the first words of
    the statement. The first line of a page is its title."""
    following = [*texts[1:], ""]
    return {
        index
        for index, (text, after) in enumerate(zip(texts, following))
        if index > 0 and SALUTATION_TO.match(text) and is_heading(text) and after and not is_heading(after)
    }


#: A form of address or a rank before a name ("Ms. Ann Linde,", "Ambassador Liu Zhenmin (China)", "H.E. ...", "The
#: Honorable ..." at the head of a letter's address).
FORM_OF_ADDRESS = re.compile(
    r"^(Mr|Mrs|Ms|Miss|Mme|Dr|Prof|Sir|Dame|Lord|Lady|Madam|H\.\s?E|His Excellency|Her Excellency|(The )?Hon(ou?rable)?"
    r"|Ambassador|Minister|Senator)\.?\s+(?=[A-Z])"
)
#: The salutation of a letter, by which its addressees are told from the authors of a page ("Dear Minister,",
#: "Her and his Excellency,", "Excellencies,", "Mr. President,", "Ladies and gentlemen,").
SALUTATION = re.compile(
    r"^(dear\b|([\w ]{0,20}\b)?excellenc(y|ies)\b|(mr|madam|madame)\.? (president|chair\w*|secretary)\b"
    r"|ladies and gentlemen\b|sirs?\b)",
    re.IGNORECASE,
)
#: A list of people by name holds at least this many names (a byline holds one).
LIST_OF_NAMES_MIN = 2


def lists_of_names(texts: list[str]) -> set[int]:
    """The indices of the lists of people a text names: lines in a row that each open on a form of
    address or a rank ("Ms. Ann Linde,", "Ambassador Liu Zhenmin (China)"), perhaps each followed by its
    role on a line of its own after a comma ("Sweden Minister for Foreign Affairs"), none finished as a
    sentence, :data:`LIST_OF_NAMES_MIN` names or more, with text after them, and either inside the text
    (the members of a delegation or a mission) or above a salutation (a letter's addressees: "Her and his
    Excellency,", "Dear ..."). A byline is one name, an author block above the text has no salutation
    after it, and a signature block ends the text (nothing but dates or furniture follow it), so none of
    them is taken."""
    listed: set[int] = set()
    run: list[int] = []
    text_begun = False
    for index, text in enumerate([*texts, ""]):
        role = bool(run) and texts[run[-1]].endswith(",") and not FORM_OF_ADDRESS.match(text)
        if text and (FORM_OF_ADDRESS.match(text) or role) and not TERMINAL_PUNCTUATION.search(text):
            run.append(index)
            continue
        names = sum(1 for item in run if FORM_OF_ADDRESS.match(texts[item]))
        placed = text_begun or bool(SALUTATION.match(text))
        if names >= LIST_OF_NAMES_MIN and text and not is_heading(text) and placed:
            listed.update(run)
        run = []
        text_begun = text_begun or bool(text) and not is_heading(text)
    return listed


#: The lines of a letter's inside address under the addressee's name ("United Nations Headquarters", "New York
#: City") are at most this many, each of at most :data:`SHORT_ITEM_WORDS` words.
INSIDE_ADDRESS_MAX_LINES = 3


def addressees_above_salutations(texts: list[str]) -> set[int]:
    """The indices of a letter's one addressee and inside address right above its salutation: a line opening on
    a form of address, unfinished ("His Excellency Mr. Antonio Guterres Secretary-General"), then up to
    :data:`INSIDE_ADDRESS_MAX_LINES` short unfinished lines ("United Nations Headquarters", "New York City"), then
    the salutation ("Dear Mr. Secretary-General, ..."). A byline or an author block has no salutation under it, and
    the page's first line is its title.

    >>> sorted(addressees_above_salutations(["Title", "Mr. A. Guterres", "UN Headquarters", "Dear Sir, I write."]))
    [1, 2]
    """
    taken: set[int] = set()
    for index, text in enumerate(texts):
        if not SALUTATION.match(text):
            continue
        start = index - 1
        while start > 0 and index - start <= INSIDE_ADDRESS_MAX_LINES and is_address_line(texts[start]):
            start -= 1
        if start > 0 and FORM_OF_ADDRESS.match(texts[start]) and not TERMINAL_PUNCTUATION.search(texts[start]):
            taken.update(range(start, index))
    return taken


def is_address_line(text: str) -> bool:
    """A line of an inside address: short and unfinished (no text item), and no name (a name opens the block)."""
    return bool(text) and not is_text_item(text) and not FORM_OF_ADDRESS.match(text)


def is_text_item(text: str) -> bool:
    """A list item written as text: finished, or longer than a label."""
    return bool(TERMINAL_PUNCTUATION.search(text)) or len(text.split()) > SHORT_ITEM_WORDS


#: A numbered item of a comment thread: its number, and whether the reply opens by addressing another
#: commenter ("4. @Name yeah I know ...").
NUMBERED_ITEM = re.compile(r"^\s*(\d{1,3})[.)]\s+(@)?")


def comment_thread_start(lines: list[str]) -> int | None:
    """The index of the line that opens a comment thread below the text, or None.

    A thread of comments is a numbered list whose replies are numbered again under each comment (the
    numbers go back: 1, 2, 3, 1, 2) and where a reply opens by addressing another commenter by name
    ("@Name ..."). A statement's numbered points count up and address no one. The thread runs from
    the first item of its list (lines between items are blank, or a comment's further lines, indented
    like it) to the end of the page.
    """
    start, previous, numbers_go_back, addresses_someone = None, 0, False, False
    for index, line in enumerate(lines):
        item = NUMBERED_ITEM.match(line)
        if item is None:
            if line.strip() and not line[:1].isspace():
                start, previous, numbers_go_back, addresses_someone = None, 0, False, False  # the list ended
            continue
        number = int(item.group(1))
        start = index if start is None else start
        numbers_go_back = numbers_go_back or number <= previous
        addresses_someone = addresses_someone or bool(item.group(2))
        previous = number
        if numbers_go_back and addresses_someone:
            return start
    return None
