"""Editors' sign-offs: the initials of the staff who handled a story, and the agencies it came from, in lower case
and joined by slashes on a line of their own, furniture wherever they stand.

A news agency closes its reports with its editors' initials ("pgh/llp/mem/nm", "mem / ymr / mmd", "acl/abm"), and a
newspaper closes a story taken from agencies with its editor's initials and the agencies' names ("nek/dpa/reuters").
No one says the line: it is a desk's mark. Without final punctuation it often went as a heading, but not when the
extraction glued it to the masthead above it or kept a whole report on lines of their own. The rule is written for
the form, never for one desk: the whole line is two to six short words of lower-case letters, joined by slashes, a
word perhaps of two sets of initials joined by a hyphen, as an agency's desk writes them ("lk-daa/lds").
A sentence that holds such a run ("and/or") holds other words too, and an agency's name in capitals ("RFE/RL",
"(Str/Xinhua)") is a credit the other rules read.
"""

from __future__ import annotations

import re

#: Two to six words of two to eight lower-case letters (or two such joined by a hyphen), joined by slashes (perhaps
#: spaced), and nothing else.
EDITORS_SIGN_OFF = re.compile(r"^[a-z]{2,8}(-[a-z]{2,8})?(\s?/\s?[a-z]{2,8}(-[a-z]{2,8})?){1,5}$")

#: The rule's name in the cleaning record.
SIGN_OFF_RULE = "editors' sign-off"


def editors_sign_off(line: str) -> str | None:
    """:data:`SIGN_OFF_RULE` if ``line`` is an editors' sign-off alone on its line, else None.

    >>> editors_sign_off("nek/dpa/reuters"), editors_sign_off("mem / ymr / mmd"), editors_sign_off("lk-daa/lds")
    ("editors' sign-off", "editors' sign-off", "editors' sign-off")
    >>> editors_sign_off("RFE/RL") is None, editors_sign_off("The talks and/or the truce.") is None
    (True, True)
    """
    return SIGN_OFF_RULE if EDITORS_SIGN_OFF.match(line.strip()) else None
