"""The page trailer: a line that starts the end of a web page, after which everything belongs to other pages.

"Related posts", "Read next", "Leave a reply", the count of the comments below (in other languages too: "1
Kommentar"), "No comments yet", "About the author",
a press release's end mark ("###", "– END –"), the label of a statement's signatories ("Signed:"), a closing
"Source: ..." credit, a numbered comment thread whose replies address each other by "@Name": such a line removes itself
and everything after it (:func:`analysis.text.cleaning.clean_text`). A trailer follows the text (on a page with no
line of English, its first paragraph in another script): such a label above the first paragraph ("Latest News" as a
section name) is not one, nor is one of other stories or signatories followed
by finished sentences (a section of the text), perhaps under a few links ("Related news:" over one headline, inside an
article that goes on).
"""

from __future__ import annotations

import re

from analysis.text.cleaning_lists import comment_thread_start
from analysis.text.cleaning_other_languages import COMMENT_COUNT, OTHER_STORIES_LABEL
from analysis.text.cleaning_rules import (
    HEADING_MAX_WORDS,
    HEADLINE_WORDS,
    classify_line,
    is_heading,
    is_truncated_excerpt,
    looks_like_title,
    script_language,
)

#: Lines that start the trailer of a web page: everything from them on belongs to other pages.
TRAILER_PATTERNS: dict[str, re.Pattern[str]] = {
    "teaser of other stories": re.compile(
        r"^(check also|related( (posts?|articles?|stories|news|topics|coverage|content|reading|links)|(?=\s*:?$))"
        r"|read more|read also|you (may|might) also like|more like this"
        r"|(more|other)( interesting| related)? (stories|news|on this (topic|story|subject))( in (this |the )?(section|category))?"
        r"|latest in \w+( \w+)?"
        # ("Recommended Posts" alone heads a forum's thread, its posts below: the thread, not other stories)
        r"|recommended(?! posts$)( for you| stories| articles| reading)?|see also|(latest|recent|popular) (news|posts)|trending"
        # a sidebar of the stories read most ("Most Popular", "Most Viewed"), under the text
        r"|most (read|popular|viewed)( (news|stories|articles))?"
        r"|(previous|next) (post|article|story)|read (previous|next)"
        r"|read the full (story|article|report|text|statement))\b([^.:]{0,20}:?|\.)$"
        # the link to a reposted story's source, with its title ("Read the full story, “...”, on globalissues.org")
        r"|^read the full (story|article|report)\b,? [“\"‘].{1,200}[”\"’],? (on|at) \S+$"
        # a label with the titles glued on: "Previous articleTaliban declares ...", "RELATED STORIESAzerbaijan to ..."
        r"|^(related (posts|articles|stories|news)|(previous|next) (post|article|story))(?=(?-i:[A-Z‘“'\"]))",
        re.IGNORECASE,
    ),
    # ... or its label in another language ("À lire sur le même thème", "Articoli correlati")
    "other stories in another language": OTHER_STORIES_LABEL,
    # the head of a comment section: its form, or the count of its comments ("No comments yet", "No Responses Yet")
    "comment form": re.compile(
        r"^(leave a (reply|comment)|post a comment|\d+ comments?)\b.{0,20}$"
        # a count of comments, alone or over the post's title ("3 Responses to “...”"), not a sentence about replies
        r"|^(no (comments|responses|replies)( yet)?|\d+ (responses|replies)|one (response|reply))(\s+to\s+\S.{0,200})?\W?$",
        re.IGNORECASE,
    ),
    # ... or counted in another language ("1 Kommentar", "3 commentaires")
    "comment count": COMMENT_COUNT,
    # the head of a reader's comment: a name and "said..." (a blog's "Steve V said..."), or a name and the comment's
    # age ("uncleandyt 7 years, 7 months ago"); the comments follow the text to the page's end. The page's own age
    # ("This was published 3 months ago", over its article) heads no comment
    "reader's comment": re.compile(
        r"^\S++( \S++){0,4} said(\.\.\.|…)$|^(?!(\S++ ){0,2}(?i:published|posted|updated) )"
        r"\S++( \S++){0,2} \d+ (year|month|week|day|hour|minute)s?(, \d+ \w+)? ago$"
    ),
    # "About admin", "About j.doe": a name, never a sentence's full stop ("About women." heads a note of a question)
    "author box": re.compile(r"^about (the author|admin|\w+(\.\w+)*)$", re.IGNORECASE),
    # a press release's end mark ("###", "-30-", "– END –", "ENDS."): what follows is notes, contacts or other posts
    "end of the text": re.compile(r"^(###|-30-|([-–—*(]\s*)?ends?(\s*[-–—*)])?\.?)$", re.IGNORECASE),
    # the credit that closes a repost ("Source: Telegram"); what follows it is the next post or the footer
    "source credit closing the text": re.compile(r"^(source|sources)\s*:\s*\S.{0,100}$", re.IGNORECASE),
    # the label of a statement's signatories ("Signed:"): what follows is their names and the press contacts
    "signatories": re.compile(r"^(signed|signed by|signatories)\s*:?$", re.IGNORECASE),
}

#: A heading after a closing source credit is the next post's title from this many words on.
POST_TITLE_WORDS = 6
#: A title that asks a question holds this many words at least (a speaker's short question is text).
TITLE_QUESTION_MIN_WORDS = 6
#: A label of other stories followed by this many finished sentences is a section heading of the text.
SECTION_SENTENCES = 2
#: Under a label of other stories inside an article, at most this many lines of links or furniture come before the
#: article goes on ("Related news:" over one headline; "Latest News" over a share bar).
LINKS_UNDER_LABEL = 3


def find_trailer(lines: list[str], normalised: list[str]) -> tuple[int, str] | None:
    """Index and rule of the first line that starts a page trailer, if any.

    A trailer follows the text: a label above the first paragraph ("Latest News" as a section
    name) is the page's header, not its end. On a page without a line of English text, the text is the first
    paragraph in another script (longer than a headline: a title in that script is no text), set aside by the line
    rules ("More Stories" under a statement in Hindi ends it too).
    """
    first_text = next(
        (i for i, line in enumerate(normalised) if is_text_line(line) and not is_title_question(line)), None
    )
    if first_text is None:
        first_text = next((i for i, line in enumerate(normalised) if is_other_script_paragraph(line)), len(lines))
    thread = comment_thread_start(lines[first_text + 1 :])
    for index, line in enumerate(lines[first_text + 1 :], start=first_text + 1):
        if thread is not None and index == first_text + 1 + thread:
            return index, "comment thread"
        for rule, pattern in TRAILER_PATTERNS.items():
            if pattern.match(line.strip()) and not heads_more_text(rule, normalised[index + 1 :]):
                return index, rule
    return None


def heads_more_text(rule: str, after: list[str]) -> bool:
    """The text goes on after a line that looks like the start of a trailer: a label of other stories
    ("Latest News") is a section heading of the text when the next :data:`SECTION_SENTENCES` lines are
    finished sentences (other stories are listed by their headlines, not their sentences); a source
    credit closes the text only when nothing follows it, or the title of the next post: a heading of
    :data:`POST_TITLE_WORDS` words or more (a section heading of the text is shorter). Up to
    :data:`LINKS_UNDER_LABEL` lines that are no text right under a label (a photo's caption under "Trending
    Photos", one related headline under "Related news:", a share bar under "Latest News") do not count; after a
    headline or a share bar, the sentences must be longer than a headline, as an article's are ("Do you like the
    page?" under a source's link and a comment count is a widget's)."""
    lines = [line for line in after if line]
    if rule == "source credit closing the text":
        next_title = bool(lines) and is_heading(lines[0]) and len(lines[0].split()) >= POST_TITLE_WORDS
        return bool(lines) and not next_title
    if rule not in ("teaser of other stories", "other stories in another language", "signatories"):
        return False
    start = 0
    while start < min(len(lines), LINKS_UNDER_LABEL) and not is_text_line(lines[start]):
        start += 1
    following = lines[start : start + SECTION_SENTENCES]
    # under links (a headline, a share bar), only the article's long sentences carry it on, not a widget's question
    links = any(not classify_line(line) for line in lines[:start])
    return len(following) == SECTION_SENTENCES and all(
        is_text_line(line) and not is_truncated_excerpt(line) and (not links or len(line.split()) > HEADLINE_WORDS)
        for line in following
    )


def is_other_script_paragraph(line: str) -> bool:
    """A paragraph in a script other than Latin: longer than a headline, and set aside by the line rules."""
    return len(line.split()) > HEADLINE_WORDS and bool(script_language(line))


def is_title_question(line: str) -> bool:
    """A title that asks a question ("Why Taliban Rejects UNSC Report Alleging Presence of Foreign Terrorists?"):
    written like a title, of six words at least (a speaker's short question, "MS NAUERT: Pardon me, sir?", is the text's)
    and no longer than a heading, and ending on its question mark. The text starts below it, so a
    comment count under it ("No Comments") heads no comments after the text: it stands in the post's header.

    >>> is_title_question("Why Taliban Rejects UNSC Report Alleging Presence of Foreign Terrorists?")
    True
    >>> is_title_question("Can the minister update the Senate on the evacuation of Australians?")
    False
    """
    words = line.split()
    return (
        line.endswith("?")
        and TITLE_QUESTION_MIN_WORDS <= len(words) <= HEADING_MAX_WORDS
        and looks_like_title(line[:-1])
    )


def is_text_line(line: str) -> bool:
    """A line of text: not empty, not caught by a line rule, not a heading."""
    return bool(line) and not classify_line(line) and not is_heading(line)
