"""Wire datelines: the place, date and source a news agency sets before a story's first sentence.

A dateline glued to the first sentence ("KABUL (Pajhwok): The Taliban met.") is cut off and the sentence kept
(:mod:`analysis.text.cleaning`); a dateline opening a later line marks the start of another story on a listing
page (:mod:`analysis.text.cleaning_listings`). A bare word in capitals before a colon counts only when shaped like a
place name: not an acronym without vowels ("CCTV:") and not a label of a document ("TEXT:").
"""

from __future__ import annotations

import re

from analysis.text.cleaning_dates import DATE

#: A wire dateline glued to the first sentence, in one of six shapes: a place in capitals before a
#: dash or colon ("KABUL (Pajhwok):", "ISLAMABAD –"); a place with a source in brackets or an agency
#: between slashes ("Jeddah (UrduPoint / Pakistan Point News - 12th Jan, 2023)", "MOSCOW, March 18.
#: /TASS/."); a place and a date before a dash ("Kabul, 20 June 2016 –"), or a date and the places, perhaps
#: in emphasis ("*30 March, Kabul | New York* –"); an agency alone in brackets ("(MENAFN)", "(AP) —"; not a
#: Roman numeral, "(IV)", which numbers a point); a place, a date and an agency's name in brackets, before a
#: sentence perhaps in lower case ("Beijing, Oct. 10 (Xinhua) according to ..."). The sentence follows. A number
#: alone in brackets is no source either: "UPDATE (1) –" numbers an update of the text.
_PLACE = r"[A-Z][\w'’.-]*(\s+[A-Z][\w'’.-]*){0,2}"
WIRE_DATELINE = re.compile(
    rf"^((?!THE\b)[A-Z]{{3,}}(\s+[A-Z]{{3,}})?(,\s*{DATE})?\s*(\((?!\d+\))[^()]{{1,80}}\))?\s*[:–—-]"
    rf"|{_PLACE}(\s*\[[^\]]{{1,30}}\])?,?\s*({DATE})?\.?\s*"
    rf"(\((?!\d+\))[^()]*(\d|(?i:news|agency|desk|press))[^()]*\)|\([A-Z]{{2,10}}\)|/[A-Z]{{2,10}}/)\s*[.:–—-]?"
    rf"|{_PLACE},\s*{DATE}\s*[:–—-]"
    rf"|\*?{DATE},\s*{_PLACE}(\s*[|/]\s*{_PLACE})*\*?\s*[:–—-]"
    rf"|\((?![IVXLC]+\))[A-Z]{{2,10}}\)\s*[:–—-]?)\s+(?=[A-Z“\"‘'])"
    # a place, a date and an agency in brackets, before a machine-translated sentence ("Beijing, Oct. 10 (Xinhua) according")
    rf"|^{_PLACE},\s*{DATE}\.?\s*\([A-Z][a-z]{{2,20}}\)\s+(?=[A-Za-z])"
)


def wire_dateline(line: str) -> str:
    """The wire dateline glued to the first sentence of ``line`` (with the space after it), or "".

    >>> wire_dateline("Jeddah (UrduPoint / Pakistan Point News - 12th Jan, 2023) The OIC met.")
    'Jeddah (UrduPoint / Pakistan Point News - 12th Jan, 2023) '
    >>> wire_dateline("KABUL: The Taliban met."), wire_dateline("First: all parties agreed.")
    ('KABUL: ', '')

    A word in capitals before a bare colon is a place only when it is shaped like one: a name
    with vowels (not an acronym such as "CCTV:") that is not a label of a document ("TEXT:").

    >>> wire_dateline("CCTV: How does China see it?"), wire_dateline("TEXT: Pakistan is hosting a session.")
    ('', '')
    """
    match = WIRE_DATELINE.match(line)
    if not match:
        return ""
    bare = re.fullmatch(r"([A-Z]+(?: [A-Z]+)?)\s*:\s+", match.group())
    if bare and not _is_place_shaped(bare.group(1)):
        return ""
    return match.group()


#: Words in capitals that label a part of a document or transcript, not a place.
DOCUMENT_LABELS = frozenset(
    "text note update question answer transcript summary background source editor statement readout "
    "remarks excerpt full correction breaking".split()
)


def _is_place_shaped(word: str) -> bool:
    """A word in capitals could be a place name: each word holds a vowel and none is a document label."""
    return all(re.search(r"[AEIOUY]", part) and part.lower() not in DOCUMENT_LABELS for part in word.split())


def strip_wire_dateline(line: str) -> str:
    """``line`` without a wire dateline glued to its first sentence.

    Only the first paragraph of a text carries a dateline: a later "NAME:" in capitals is more
    likely a speaker in a transcript ("PRICE: What we know ..."), so the caller strips the first only.

    >>> strip_wire_dateline("KABUL (Pajhwok): The Taliban met.")
    'The Taliban met.'
    """
    return line[len(wire_dateline(line)) :]
