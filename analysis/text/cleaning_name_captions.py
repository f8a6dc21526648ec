"""A photo's caption that is only a name with a full stop, printed right above a line that opens with the same name.

A page prints the name of the person a picture shows as its caption ("Ann Linde.", "Michał Dworczyk."), then a line
that opens with that name: the title under the picture ("Ann Linde (S) ska tvinga talibanerna ..."), or the caption
again glued to its credit ("Michał Dworczyk.Photo: PAP/Paweł Supernak"). The line rules read a caption of three words
or more by its shape (:func:`analysis.text.cleaning_rules.is_name_caption`); a name of two words with a full stop may
be a closing formula ("Allahu Akbar.") and goes only when the line under it names it again.
"""

from __future__ import annotations

import re

from analysis.text.cleaning_listings import Unit

#: A name alone with its full stop: two to four words of letters ("Ann Linde.", "Michał Dworczyk."), each capitalised.
NAME_WITH_FULL_STOP = re.compile(r"^((?:[^\W\d_][\w'’-]+ ){1,3}[^\W\d_][\w'’-]+)\.$")
#: Why such a line goes.
NAME_CAPTION_RULE = "photo caption naming its subject"


def names_printed_again_below(units: list[Unit], removed: dict[int, tuple[str, str]]) -> dict[int, str]:
    """The units that are a name with a full stop right above a line (kept or removed) that opens with that name.

    >>> units = [(1, "Ann Linde.", False), (3, "Ann Linde (S) ska tvinga talibanerna anamma feminism", False)]
    >>> names_printed_again_below(units, {})
    {1: 'photo caption naming its subject'}
    >>> names_printed_again_below([(7, "Associated Press.", False), (8, "The talks resume on Monday.", False)], {})
    {}
    """
    lines = {line_no: text for line_no, text, _ in units} | {line_no: text for line_no, (_, text) in removed.items()}
    dropped: dict[int, str] = {}
    for line_no, text, _ in units:
        name = NAME_WITH_FULL_STOP.match(text)
        if not name or not all(word[0].isupper() for word in name.group(1).split()):
            continue
        below = min((n for n in lines if n > line_no), default=None)
        if below is not None and re.match(rf"{re.escape(name.group(1))}\b", lines[below]):
            dropped[line_no] = NAME_CAPTION_RULE
    return dropped
