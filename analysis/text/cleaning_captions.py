"""A photo's caption broken over lines: the lines that carry on a caption the line rules removed.

A page that wraps its text at a fixed width wraps the caption over its picture too. The line rules know the
caption by its opening ("This picture released July 21, 2007") and remove that line alone; the lines under it,
which start in lower case and so carry its sentence on ("in Seoul via Yonhap News Agency shows South Korean
Christians ..."), would be joined into a paragraph of text. They belong to the caption, down to its end: the
first line that closes a sentence or its credit in brackets ("... were medical volunteers.[Yonhap (SOUTH
KOREA)/Reuters]"), with no blank line between. A prompt to join a mailing list is carried on the same way.
"""

from __future__ import annotations

import re

from analysis.text.cleaning_listings import Unit
from analysis.text.cleaning_photo_captions import CAPTION_RULES
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
