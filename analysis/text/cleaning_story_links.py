"""Links to other stories under their label inside an article: the headlines between the label and the text going on.

A news site sets a few links to its other stories amid an article, under a label alone on its line ("Also Read:",
"Lire aussi", "Leia também"), and the article goes on below them. The label goes by its words; the trailer rules
(:mod:`analysis.text.cleaning_trailers`) end the page there only when no text follows. The headlines under it, one
to :data:`LINKS_UNDER_LABEL`, each perhaps after a bullet, end on no sentence's mark ("Kiev a commis un crime en
rejetant la résolution sur le néonazisme (opposition)"), and the text goes on under them in a finished sentence: they
are links, not text. A section of the text under such a label is finished sentences, and stays; a label above the
text ("Latest News" over the title) is the page's header.
"""

from __future__ import annotations

import re

from analysis.text.cleaning_listings import Unit
from analysis.text.cleaning_other_languages import LINK_LABELS, OTHER_STORIES_LABEL
from analysis.text.cleaning_rules import HEADING_MAX_WORDS, TERMINAL_PUNCTUATION
from analysis.text.cleaning_trailers import LINKS_UNDER_LABEL, TRAILER_PATTERNS

#: The rule of the headlines under a label of other stories, inside an article.
STORY_LINKS_RULE = "links under a label of other stories"

#: A label of a link to another story alone on its line, in English or another language ("Also Read:", "Lire aussi").
LINK_LABEL_ALONE = re.compile(rf"^(>>|»)?\s*(also read|read also|see also|{LINK_LABELS})\s*:?$", re.IGNORECASE)

#: A sentence's end, perhaps inside a closing quotation or bracket.
SENTENCE_END = re.compile(r"[.!?…][\"'”’»)\]]*$")


def is_story_label(text: str) -> bool:
    """A label of other stories alone on its line.

    >>> is_story_label("Leia também"), is_story_label("Also Read:"), is_story_label("Read also the report.")
    (True, True, False)
    """
    line = text.strip()
    teaser = TRAILER_PATTERNS["teaser of other stories"]
    return bool(LINK_LABEL_ALONE.match(line) or OTHER_STORIES_LABEL.match(line) or teaser.match(line))


def links_under_labels(units: list[Unit], removed: dict[int, tuple[str, str]]) -> dict[int, str]:
    """The units that are headlines under a label of other stories, removed (``removed``: line number to rule and
    text) or left to be set aside as a heading, the article going on under them, with the rule
    :data:`STORY_LINKS_RULE`."""
    links: dict[int, str] = {}
    labels = {n for n, (_, text) in removed.items() if is_story_label(text)}
    for label_no in sorted(labels | {n for n, text, _ in units if is_story_label(text)}):
        if not any(SENTENCE_END.search(text) for n, text, _ in units if n < label_no):
            continue  # a label above the text ("Latest News" over the title) is the page's header, no story's links
        under = [unit for unit in units if unit[0] > label_no]
        run = []
        for line_no, text, _ in under[: LINKS_UNDER_LABEL + 1]:
            if TERMINAL_PUNCTUATION.search(text) or not 2 <= len(text.split()) <= HEADING_MAX_WORDS:
                break
            run.append(line_no)
        after = under[len(run)][1] if 0 < len(run) < len(under) else ""
        if len(run) <= LINKS_UNDER_LABEL and SENTENCE_END.search(after):
            links.update((line_no, STORY_LINKS_RULE) for line_no in run)
    return links
