"""Furniture glued to a line of text: cut off, and the text kept.

An extraction sometimes runs a piece of page furniture into a paragraph with no line break between them: a photo's
caption before the text's first sentence, a subtitle's cue number and times before its words, an agency's copyright
after the text's last sentence, a link to read on after an excerpt's end. The line is text; only the glued piece
goes. Each piece is looked for only in a line holding its mark (a bracket, an arrow, a ©), or in a paragraph's last
words (the link), so the search stays cheap.
"""

from __future__ import annotations

import re

from analysis.text.cleaning_dates import SUBTITLE_CUE
from analysis.text.cleaning_photo_captions import GLUED_CAPTION, GLUED_COPYRIGHT

#: A link to read on glued to the end of the excerpt it carries on, after its ellipsis or its last sentence, or in
#: brackets ("... the si… Continue Reading", "places… [--]read more", "... Afghanistan. Read More….", "while[Read More…]").
GLUED_READ_ON = re.compile(
    r"(?:(?<=…)|(?<=\.\.\.)|(?<=[.!?][\"”’])|(?<=[.!?]))\s*(?:\[--\])?\s*(?:read more|continue reading)"
    r"(?: here| on [\w ]{1,20})?\W{0,4}$|\[read more…?\]$",
    re.IGNORECASE,
)
#: The link is looked for in this many last characters of a paragraph only.
READ_ON_TAIL = 30


def cut_glued_furniture(line: str) -> tuple[str, str | None]:
    """The line without the furniture glued to its text, and the rule of what was cut (None if nothing was): a photo
    caption before the text's first sentence, a subtitle's cue number and times before its words, an agency's
    copyright after the text's last sentence. Each is looked for only in a line holding its mark.

    >>> cut_glued_furniture("... to grasp local needs.© Thomson Reuters 2022.")
    ('... to grasp local needs.', 'copyright glued to the text')
    """
    caption = GLUED_CAPTION.match(line) if "(" in line else None
    line = line[caption.end() :] if caption else line
    cue = SUBTITLE_CUE.match(line) if "-->" in line else None
    line = line[cue.end() :] if cue else line
    copyright = GLUED_COPYRIGHT.search(line) if "©" in line else None
    line = line[: copyright.start()] if copyright else line
    if caption:
        return line, "photo caption glued to the text"
    if cue:
        return line, "subtitle cue number and times"
    return line, "copyright glued to the text" if copyright else None


def glued_read_on_start(text: str) -> int | None:
    """Where a link to read on glued to the paragraph's end starts ("... Afghanistan. Read More…."), or None.

    >>> glued_read_on_start("... the Afghan parti… Continue Reading")
    21
    """
    read_on = GLUED_READ_ON.search(text, max(0, len(text) - READ_ON_TAIL))
    return read_on.start() if read_on else None
