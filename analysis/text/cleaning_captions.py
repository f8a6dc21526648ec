"""A photo's caption broken over lines, or printed twice: the lines that carry on a caption the line rules removed,
and the copies of a caption that a page prints as its picture's alt text and again under it.

A page that wraps its text at a fixed width wraps the caption over its picture too. The line rules know the
caption by its opening ("This picture released July 21, 2007") and remove that line alone; the lines under it,
which start in lower case and so carry its sentence on ("in Seoul via Yonhap News Agency shows South Korean
Christians ..."), would be joined into a paragraph of text. They belong to the caption, down to its end: the
first line that closes a sentence or its credit in brackets ("... were medical volunteers.[Yonhap (SOUTH
KOREA)/Reuters]"), with no blank line between. A prompt to join a mailing list is carried on the same way.

A caption printed twice (:func:`captions_printed_twice`) stands apart from the text: its two copies are on lines next
to each other with a blank line or furniture under them, or have the photo's credit between them, or the later copy
has a removed caption or credit right under it; or the copy stands right under the caption glued to its credit ("©
AP Photo / Khwaja Tawfiq SediqiHomem vendendo ..."), which the line rules removed, and opens with its closing words;
or it stands right above that caption glued to its credit, which opens with all its words (the alt text "... mit den
Medien um." over "... mit den Medien um. Foto: Foto: Rahmat Gul/AP/DPA").
"""

from __future__ import annotations

import re

from analysis.text.cleaning_listings import Unit
from analysis.text.cleaning_name_captions import names_printed_again_below
from analysis.text.cleaning_photo_captions import CAPTION_RULES
from analysis.text.cleaning_repeats import word_key
from analysis.text.cleaning_rules import TERMINAL_PUNCTUATION

#: The lines that carry a caption on are removed for this reason.
CAPTION_CARRIED_ON = "photo caption broken over lines"
#: A prompt to join a mailing list is broken over lines as a caption is ("Join our e-mail mailing" / "list and receive
#: our" / "monthly newsletter free" / "of charge"): the lines that carry it on are removed for this reason.
PROMPT_RULE = "newsletter, petition or archive prompt"
CARRIED_ON = {rule: CAPTION_CARRIED_ON for rule in CAPTION_RULES} | {PROMPT_RULE: "prompt broken over lines"}
#: A caption's last line closes a sentence, or the credit given after it in brackets ("...volunteers.[Yonhap/Reuters]").
CAPTION_END = re.compile(rf"{TERMINAL_PUNCTUATION.pattern}|[)\]]$")


def caption_continuations(units: list[Unit], removed: dict[int, tuple[str, str]]) -> dict[int, str]:
    """The units that carry on a caption removed right above them (with the reason), given the lines the line rules
    removed: ``removed`` maps a line number to the rule that removed it and its text.

    >>> units = [(2, "in Seoul shows South Koreans posing for a", False), (3, "photograph.[Yonhap/Reuters]", False),
    ...          (5, "SEOUL -- South Korea is in contact with the Taliban.", False)]
    >>> sorted(caption_continuations(units, {1: ("photo caption or credit", "This picture released July 21, 2007")}))
    [2, 3]
    """
    dropped: dict[int, str] = {}
    open_caption = -1  # the number of the caption's last line while its sentence is still open
    reason = CAPTION_CARRIED_ON
    for line_no, text, _ in units:
        rule, above = removed.get(line_no - 1, ("", ""))
        starts_here = rule in CARRIED_ON and not TERMINAL_PUNCTUATION.search(above) and text[:1].islower()
        reason = CARRIED_ON[rule] if starts_here else reason
        if starts_here or open_caption == line_no - 1:
            dropped[line_no] = reason
            open_caption = -1 if CAPTION_END.search(text) else line_no
    return dropped


#: A caption printed twice (its picture's alt text and its caption) goes for this reason.
CAPTION_TWICE = "photo caption printed twice"
#: A caption printed twice is a sentence of at least this many words; a shorter line printed twice is a label.
CAPTION_MIN_WORDS = 8
#: The rules of a caption credited after its sentence ("... Afghansistan. /Reuters/Stringer/", "... 2012. (Kristina
#: Truluck/U.S. Army)"): the line above it that it opens with is its alt text, as above a caption of the other rules.
CREDIT_AFTER_A_CAPTION = frozenset({"photo credit after a caption", "caption's credit in brackets with a slash"})
#: A photo's credit between the two copies of its caption is a short line ("UNAMA/F. Waezi").
CREDIT_MAX_WORDS = 4


def captions_printed_twice(units: list[Unit], removed: dict[int, tuple[str, str]]) -> dict[int, str]:
    """The units that are a photo's caption printed twice (with the reason), given the lines the line rules removed.

    A page prints a picture's caption twice, as the picture's alt text and under it: two copies on lines next to
    each other, or with the photo's credit (a short line, or one the line rules removed) between them, both go. A
    copy printed again right above a caption or credit the line rules removed is that picture's caption, and it alone
    goes: the copy above it is the standfirst the picture repeats. A line right above a removed caption that opens
    with all its words (the caption glued to its credit) is its alt text, and goes (:func:`opens_with`). Text does
    not repeat its sentences this way: a paragraph printed twice further apart is left to the rule of repeats
    (:mod:`analysis.text.cleaning_repeats`).

    >>> units = [(5, "One of the buildings attacked by insurgents during their raids on Kabul", False),
    ...          (6, "UNAMA/F. Waezi", False), (7, "One of the buildings attacked by insurgents during their raids on Kabul", False)]
    >>> sorted(captions_printed_twice(units, {}))
    [5, 6, 7]
    """
    keys = [word_key(text) for _, text, _ in units]
    dropped = names_printed_again_below(units, removed)  # a name with a full stop, named again by the line under it
    for index, (line_no, _, _) in enumerate(units[:-1]):
        if len(keys[index]) < CAPTION_MIN_WORDS:
            continue
        later, after = units[index + 1], units[index + 2 :]
        stands_apart = not after or after[0][0] > later[0] + 1  # a blank line or furniture under the later copy
        if keys[index + 1] == keys[index] and later[0] == line_no + 1 and stands_apart:
            dropped |= {line_no: CAPTION_TWICE, later[0]: CAPTION_TWICE}  # alt text and caption, line after line
        elif after and keys[index + 2] == keys[index] and _is_credit(later[1]) and after[0][0] == line_no + 2:
            dropped |= {line_no: CAPTION_TWICE, later[0]: CAPTION_TWICE, after[0][0]: CAPTION_TWICE}
        elif keys[index + 1] == keys[index] and _credit_removed_between(line_no, later[0], removed):
            dropped |= {line_no: CAPTION_TWICE, later[0]: CAPTION_TWICE}  # the credit between went as a caption's
        elif keys[index + 1] == keys[index] and _caption_right_below(later[0], after, removed):
            dropped[later[0]] = CAPTION_TWICE
    for index, (line_no, _, _) in enumerate(units):  # the alt text right above its caption glued to its credit
        below = _caption_right_below(line_no, units[index + 1 :], removed, CAPTION_RULES | CREDIT_AFTER_A_CAPTION)
        if below and len(keys[index]) >= CAPTION_MIN_WORDS and opens_with(word_key(removed[below][1]), keys[index]):
            dropped[line_no] = CAPTION_TWICE
    for (line_no, _, _), key in zip(units, keys):  # a caption printed again under its copy glued to its credit
        rule, above = removed.get(line_no - 1, ("", ""))
        if rule in CAPTION_RULES | {"copyright notice"} and ends_on_opening_of(word_key(above), key):
            dropped[line_no] = CAPTION_TWICE
    return dropped


def ends_on_opening_of(glued: tuple[str, ...], key: tuple[str, ...]) -> bool:
    """The caption glued to its credit ("© AP Photo / Khwaja Tawfiq SediqiHomem vendendo bandeiras ... 2021") ends on
    the words that open the line under it, :data:`CAPTION_MIN_WORDS` of them or more (its first word perhaps glued to
    the credit's last, "SediqiHomem"): that line is the caption again."""
    sizes = range(CAPTION_MIN_WORDS, min(len(glued), len(key)) + 1)
    return any(glued[-size:] in (key[:size], key[1 : size + 1]) for size in sizes)


def _is_credit(text: str) -> bool:
    """A photo's credit: a short line without final punctuation ("UNAMA/F. Waezi", "AP Photo")."""
    return len(text.split()) <= CREDIT_MAX_WORDS and not TERMINAL_PUNCTUATION.search(text)


def _credit_removed_between(line_no: int, later: int, removed: dict[int, tuple[str, str]]) -> bool:
    """Every line between two copies, one or more, is a caption or credit the line rules removed ("Foto: AP/...")."""
    between = range(line_no + 1, later)
    return bool(between) and all(removed.get(n, ("", ""))[0] in CAPTION_RULES for n in between)


def _caption_right_below(
    line_no: int, after: list[Unit], removed: dict[int, tuple[str, str]], rules: frozenset[str] = CAPTION_RULES
) -> int | None:
    """The first line under ``line_no``, when it is a caption or credit that the line rules removed ("Photo: ...") by
    one of ``rules``."""
    next_unit = after[0][0] if after else float("inf")
    below = min((n for n in removed if line_no < n < next_unit), default=None)
    return below if below is not None and removed[below][0] in rules else None


def opens_with(caption: tuple[str, ...], key: tuple[str, ...]) -> bool:
    """The caption's words open with all of ``key``'s: the caption is ``key``'s line with its credit glued after it
    ("... mit den Medien um. Foto: Foto: Rahmat Gul/AP/DPA" under "... mit den Medien um.")."""
    return caption[: len(key)] == key
