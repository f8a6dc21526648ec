"""A list of keywords under its label: an index of the page's terms, not words of the statement.

Transcription services, archives and news sites print the terms they index a page by as a list, one term to a line,
under a label alone on its line ("Keywords:", "Tags", "Related Topics"):

    Keywords:
    president
    afghanistan
    american citizens

The terms start in lower case as often as not, so the rule that rejoins lines broken mid-sentence would run them
together into one "sentence" ("president afghanistan american citizens ...") and the analysis would count the index
as the statement's words. The label and the run of terms under it go. A term is a few words
(:data:`TERM_MAX_WORDS` at most) without punctuation; the list ends at the first line that is not one (the text's
first sentence, a longer heading). The label is needed: a run of short lines without it may be a poem's lines or a
list of the text's own points.
"""

from __future__ import annotations

import re

#: The label of a list of keywords, alone on its line, with or without a colon: "Keywords:", "Key words", "Tags",
#: "Tagged as:", "Related Topics", "Subjects:".
KEYWORDS_LABEL = re.compile(r"^(?:related )?(?:key ?words|tags|tagged(?: as)?|topics|subjects)\s*:?$", re.IGNORECASE)
#: A term of the list has at most this many words ("american citizens").
TERM_MAX_WORDS = 3
#: A term: words of letters, perhaps joined by an apostrophe, a hyphen or an ampersand, with no final punctuation.
TERM = re.compile(r"^[^\W\d_][\w'’&-]*(?: [\w'’&-]+)*$")
#: Why the lines of such a list go.
KEYWORD_LIST_RULE = "list of keywords"


def is_term(line: str) -> bool:
    """A line that holds one indexed term: a few words, no punctuation.

    >>> is_term("american citizens"), is_term("Taliban"), is_term("The talks resumed."), is_term("Thanks Jen.")
    (True, True, False, False)
    """
    return len(line.split()) <= TERM_MAX_WORDS and bool(TERM.match(line))


def keyword_lists(lines: list[str]) -> set[int]:
    """The 1-based numbers of the lines of each list of keywords: its label and the terms under it (blank lines
    between them are skipped), up to the first line that is not a term. A label with no term under it is left to
    the other rules.

    >>> sorted(keyword_lists(["Briefing", "Keywords:", "president", "afghanistan", "Thanks Jen. Good afternoon."]))
    [2, 3, 4]
    >>> keyword_lists(["Keywords:", "The president spoke about the evacuation on Monday."])
    set()
    """
    found: set[int] = set()
    for index, line in enumerate(lines):
        if not KEYWORDS_LABEL.match(line.strip()):
            continue
        terms = []
        for line_no, below in enumerate(lines[index + 1 :], start=index + 2):
            if not below.strip():
                continue
            if not is_term(below.strip()):
                break
            terms.append(line_no)
        if terms:
            found |= {index + 1, *terms}
    return found
