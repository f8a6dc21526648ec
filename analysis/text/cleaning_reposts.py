"""A reposter's introduction: where, on a page that forwards a statement, the statement starts.

Blogs, mailing lists and record scrapers print their own words above the text they forward, and close
them with a line announcing it ("The publication is reproduced in full below:", "Below is the text of
RAWA's Statement ...", or a translation's "Beginn der Übersetzung:"). The reader came for the forwarded text (the labelling rules call the framing an
editor's introduction), so the lines from the first paragraph of text to the announcement go with it (a
hard-wrapped paragraph's lines, each without its final punctuation, among them), and so
do the lines that carry the announcement's own sentence on when a hard-wrapped text broke it ("... which" /
"directly addresses ... Afghanistan."). The title above the introduction is left to the heading rule.
"""

from __future__ import annotations

from analysis.text.cleaning_listings import Unit
from analysis.text.cleaning_other_languages import TRANSLATION_START_RULE
from analysis.text.cleaning_rules import TERMINAL_PUNCTUATION, is_heading

#: The rule of the line-rule step whose line announces a reposted text.
ANNOUNCEMENT_RULE = "repost announcement"
#: The rules whose line opens the forwarded text: an announcement, or the start of a translation ("Beginn der
#: Übersetzung:", :mod:`analysis.text.cleaning_other_languages`).
ANNOUNCEMENT_RULES = frozenset({ANNOUNCEMENT_RULE, TRANSLATION_START_RULE})
#: The lines of text that an announcement ends are removed for this reason.
INTRODUCTION = "reposter's introduction"


def reposter_introduction(units: list[Unit], removed: dict[int, tuple[str, str]]) -> dict[int, str]:
    """The units of a reposter's introduction (with the reason), given the lines the line rules removed.

    ``removed`` maps a line number to the rule that removed the line and its text. Only the first
    announcement counts: the forwarded text starts after it.
    """
    announcement = min((n for n, (rule, _) in removed.items() if rule in ANNOUNCEMENT_RULES), default=None)
    if announcement is None:
        return {}
    first_text = next((n for n, text, _ in units if not is_heading(text)), announcement)
    dropped = {n: INTRODUCTION for n, _, _ in units if first_text <= n < announcement}
    if not TERMINAL_PUNCTUATION.search(removed[announcement][1]):
        for n, text, _ in units:  # the rest of the announcement's sentence, broken over lines
            if n > announcement:
                dropped[n] = INTRODUCTION
                if TERMINAL_PUNCTUATION.search(text):
                    break
    return dropped
