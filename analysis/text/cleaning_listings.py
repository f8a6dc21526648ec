"""Next posts of a listing page: where, on a page that shows several posts, the statement ends.

Category, tag and archive pages print one post after another. The first post is taken for the
statement; every line from the start of the second post on is another story. A second post starts:

- **in a listing of dated entries** ("• 20 Jun 2016 - ...", :data:`LISTING_ENTRIES` or more), at the second entry;
- **in a listing of excerpts** (at least :data:`LISTING_EXCERPTS` lines cut short with "..." or "…...", and a
  third of the page): after the first excerpt when it opens the text, or when only text stands above
  it and it opens with no dateline of its own ("Ludhiana: ..." starts another story); otherwise at it;
- **at a second wire dateline**: after text that opened with one ("ISLAMABAD –"), a later paragraph
  with its own opens another story, from its title if a heading stands above it (a copy of an earlier
  line, a caption printed twice, opens none); a long headline in sentence case right over the first dateline is
  that story's title, so the text opened with a dateline;
- **at a second title** that opens with the words of the page's title and then parts from it
  ("New statement from ...: “...”"), or that names its source after a bar as the page's title does (an
  aggregator's posts: "... Sign Deal to Share Power | VoA News", "Afghanistan: Back to the Brink | Wall Street Journal");
- **at a second byline**: where each post carries its author ("By Catherine Putz") or its agency ("IANS -"), a
  byline after text, with text since the one before, opens the next post (from its title above);
- **below a dated post**: where :data:`LISTING_DATES` or more posts of text are each followed by a
  line holding only a date, newest first, the first such date ends the first post (dates that go
  forward in time are a chronology of the text itself);
- **at the second date**: where :data:`LISTING_DATES` or more posts, each with a title, stand under
  a line holding only a date (a day and a month may do: "16 Aug"; the title may stand above it), newest
  first, the first above the text, the second date opens the
  next post (from its title, if a heading stands above it); entries without titles under dates are
  a chronology of the text. A date higher up than the one right above the text is the site's clock;
- **at the first of titles that end on their post's date**: where :data:`LISTING_DATES` or more lines after the
  text are each a title with its date glued to its end ("Mattis bristles at Pentagon waste ... 24 Jul 2017"), newest
  first, the first of them opens the next post (a wire service's page of its latest stories);
- **at a second invocation**: a statement opens on "In the name of Allah" (or God) once; after text closed by its
  date stamp, the invocation opens the next statement of a page of reposted statements (one line above it, the
  page's title printed twice as its heading and its teaser, is no first statement);
- **at the first title of a listing of titled excerpts**: where the rest of the page after the text is
  posts each shown by a title (perhaps a question in title case) over one excerpt, two or more with one cut short
  (the first post counts when its excerpt is cut short too), or :data:`SHORT_TEASER_POSTS`
  or more whose excerpts are all a teaser's length (a section of a text runs longer) under the page's own
  name (a tag's or a category's, above the first post's title); with no such name, :data:`UNNAMED_LISTING_POSTS`
  or more, all a teaser's length but one. A post's title is whole: where a "title" runs on into the next line (on a
  comma, a dash or a word no sentence ends with: "That the Senate—"), the lines are a text's, not a listing.
- **at the same link under each post** (:mod:`analysis.text.cleaning_post_links`), and **at the second of posts each
  under their headline printed twice** (:mod:`analysis.text.cleaning_doubled_titles`), **at the first separator of
  short posts set apart by the same line of punctuation** (:mod:`analysis.text.cleaning_separated_posts`), and **where
  the label over the page's title is printed again over another title** (:mod:`analysis.text.cleaning_labelled_posts`).

Links to related stories set in the text, a run of headlines each after a dash ("– UN seeks $ 606 million for
Afghanistan after Taliban takeover"), are other stories too (:func:`related_links`).

On a page that is none of these, an excerpt cut short that opens with its own wire dateline (after
the text has begun) is the teaser of another story.
"""

from __future__ import annotations

import re

import pandas as pd

from analysis.text.cleaning_dates import DATE_SOURCE, DATE_WITH_YEAR, DATELINE, DAY_AND_MONTH
from analysis.text.cleaning_doubled_titles import second_doubled_title
from analysis.text.cleaning_embedded_posts import EMBEDDED_POST
from analysis.text.cleaning_labelled_posts import labelled_post_start
from analysis.text.cleaning_post_links import first_post_link
from analysis.text.cleaning_repeats import common_opening, word_key
from analysis.text.cleaning_rules import (
    DANGLING_WORDS,
    HEADLINE_WORDS,
    IN_THE_NAME_OF_GOD,
    TERMINAL_PUNCTUATION,
    is_heading,
    is_title_line,
    is_truncated_excerpt,
    looks_like_title,
    normalise_spacing,
)
from analysis.text.cleaning_separated_posts import separated_post_start
from analysis.text.cleaning_wire_datelines import strip_wire_dateline

#: One line that survived the line rules: its number, its text, whether it starts a list item.
Unit = tuple[int, str, bool]

#: A page with this many lines cut short with "..." (and a third of its lines or more) is a listing
#: of excerpts of several posts.
LISTING_EXCERPTS = 3
#: A page with this many entries opened on a date and a dash ("20 Jun 2016 - ...") is a listing of dated entries:
#: one such paragraph is a text that opens on its date ("26 August 2021 – Today, mayors ..."), unless a bullet sets
#: it out as a list's item ("• 10 Jun 2016 - ...").
LISTING_ENTRIES = 2
#: The marks that set a line out as a list's item.
BULLETS = "•·▪*-"
#: A page with this many lines holding only a date, each after a post of text, is a dated listing.
LISTING_DATES = 3
#: A place or a label before a colon at the start of a line: "Ludhiana: ", "Sonīpat / Ambala: ".
OPENING_LABEL = re.compile(r"[^\s:]+( [^\s:]+){0,3}:\s")
#: A later title that opens with this many words of the page's title is the title of the next post.
TITLE_OPENING_WORDS = 5
#: A title that names its source after a bar, as an aggregator prints each post's ("... Share Power | VoA News").
SOURCED_TITLE = re.compile(r"\s\|\s[A-Z][\w.’'-]*( [A-Z][\w.’'-]*){0,3}$")
#: After text that opened without a wire dateline, this many paragraphs with their own are other stories.
LATER_DATELINES = 2
#: A page whose text is followed by this many posts, each a title over one paragraph (one of them cut
#: short with "..."), is a listing.
LISTING_TEASERS = 2
#: A page whose text is followed by this many posts, each a title over a short excerpt (and perhaps a caption),
#: none cut short, is a listing too.
SHORT_TEASER_POSTS = 3
#: ... and with no page's name above the first post, this many, all short but one: more than a text's short sections
#: under their headings, or a transcript's turns under their speakers' names, are likely to run to.
UNNAMED_LISTING_POSTS = 5
#: A teaser of another post is a sentence or two: at most this many words (a section of a text runs longer).
TEASER_MAX_WORDS = 40
#: A post's title with its date glued to its end, as a listing prints it ("Son of Afghan Taliban leader dies carrying
#: out suicide attack 22 Jul 2017"): words of a title, then a day, a month and a year.
DATED_TITLE = re.compile(rf"^(?P<title>\w.*\w)\s+(?P<date>{DATE_WITH_YEAR})$", re.IGNORECASE)
#: The invocation a statement opens on, once ("In the name of Allah, Most Gracious, Most Merciful").
INVOCATION = re.compile(rf"^{IN_THE_NAME_OF_GOD}", re.IGNORECASE)
#: A run of this many headlines or more, each after a dash, is a list of links to related stories.
RELATED_LINKS = 3
#: The dash before a related story's headline (a list's points more often open on a bullet or a figure).
LINK_DASH = re.compile(r"^\s*[-–—]\s")
#: A listing's excerpt of its first post runs to this many paragraphs at most before the line cut short that ends it.
EXCERPT_MAX_PARAGRAPHS = 3
#: The rules of the line-rule step whose lines mark the posts of a listing.
BYLINE_RULE, DATE_RULE, SEPARATOR_RULE = "byline", "dateline", "separator"


def next_posts(
    units: list[Unit], entries: dict[int, str], datelined: set[int], removed: dict[int, tuple[str, str]]
) -> dict[int, str]:
    """The units that belong to posts after the first, or are excerpts of other stories, with the rule.

    ``entries`` are the lines that opened as entries of a dated listing (number: the date cut off), ``datelined``
    those that open with a wire dateline of a place and a dash or a source, and ``removed`` the lines the line rules
    removed (number: rule and text), among them the bylines and the date lines.
    """
    excerpts = [line_no for line_no, text, _ in units if is_truncated_excerpt(text)]
    first_text = _first_text(units)
    if first_text is None:
        return {}
    many_excerpts = len(excerpts) >= max(LISTING_EXCERPTS, len(units) / 3)
    dated = _is_dated_listing(entries)
    posts = sorted(entries) if dated else excerpts if many_excerpts else []
    starts = [
        _listing_start(units, posts, dated, first_text),
        _next_story_start(units, datelined, set(excerpts), first_text),
        _second_byline_post(units, {n: text for n, (rule, text) in removed.items() if rule == BYLINE_RULE}, first_text),
        _after_first_dated_post(units, {n: text for n, (rule, text) in removed.items() if rule == DATE_RULE}, first_text),
        _titled_excerpts_start(units, first_text),
        _dated_titles_start(units, first_text),
        _second_statement_start(units, {n for n, (rule, _) in removed.items() if rule == DATE_RULE}, first_text),
        first_post_link(units, first_text),
        second_doubled_title(units, first_text),
        labelled_post_start(units, first_text),
        separated_post_start(units, {n: text for n, (rule, text) in removed.items() if rule == SEPARATOR_RULE}, first_text),
    ]  # fmt: skip
    run_start = min((start for start in starts if start is not None), default=None)
    dropped = {}
    for line_no, _, _ in units:
        if run_start is not None and line_no >= run_start:
            dropped[line_no] = "next post on a listing page"
        elif line_no in excerpts and line_no in datelined and line_no != first_text:
            dropped[line_no] = "excerpt of another story"
    return dropped


def _is_dated_listing(entries: dict[int, str]) -> bool:
    """Entries opened on a date (number: the date cut off) make a listing when there are two or more, or when a
    bullet sets one out as a list's item; one paragraph that opens on its date is a text dated in its first words."""
    return len(entries) >= LISTING_ENTRIES or any(date.startswith(tuple(BULLETS)) for date in entries.values())


def _listing_start(units: list[Unit], posts: list[int], dated: bool, first_text: int) -> int | None:
    """Where the second post of a listing starts, given its posts' first lines (dated entries, or excerpts cut
    short). Dated: at the first entry after the text has begun (an entry that opens the text, or stands above
    it, is the first post's, and the lines after it carry on its excerpt: "“This is a..."). Excerpts: after
    the first when it opens or ends the statement's text, else at the first."""
    if not posts:
        return None
    if dated:
        return next((post for post in posts if post > first_text), None)
    return posts[0] + 1 if posts[0] == first_text or _ends_first_post(units, posts[0], first_text) else posts[0]


def _ends_first_post(units: list[Unit], post: int, first_text: int) -> bool:
    """The first excerpt cut short on a page of excerpts ends the statement's text when only text
    comes before it (the statement's own excerpt), no more than :data:`EXCERPT_MAX_PARAGRAPHS` paragraphs (after more,
    the text is the article, and a run of excerpts cut short under it, its first among them, are other stories), and
    it opens with no dateline of its own ("Ludhiana: The police ...", the start of another story)."""
    if post <= first_text:
        return False
    text = next(text for line_no, text, _ in units if line_no == post)
    own_dateline = OPENING_LABEL.match(text)
    above = [other for n, other, _ in units if first_text <= n < post]
    short = len(above) <= EXCERPT_MAX_PARAGRAPHS
    return short and not own_dateline and not any(is_heading(other) for other in above)


def _next_story_start(units: list[Unit], datelined: set[int], excerpts: set[int], first_text: int) -> int | None:
    """The line where a second story begins at a second wire dateline or a second title, or None.

    A wire story carries one dateline, at its start: after text that opened with one, the next opens
    another story; so do :data:`LATER_DATELINES` or more paragraphs with their own after text that
    opened without one (a page of stories, each under its dateline). A running header that only
    shortens the page's title is no new title.
    """
    first_text = _story_under_its_headline(units, datelined, first_text)
    title = word_key(units[0][1]) if is_heading(units[0][1]) else ()
    later_stories = [n for n, text, _ in units if n > first_text and n in datelined and not is_heading(text)]
    stories_by_datelines = first_text in datelined or len(later_stories) >= LATER_DATELINES
    for line_no, text, _ in units:
        if line_no <= first_text or line_no in excerpts:
            continue
        if line_no in datelined and stories_by_datelines and not _copy_of_earlier(units, line_no, text):
            return _post_start(units, line_no, first_text)
        key = word_key(text)
        parts_after_opening = TITLE_OPENING_WORDS <= common_opening(key, title) < min(len(title), len(key))
        sourced_like_title = bool(title) and all(SOURCED_TITLE.search(line) for line in (units[0][1], text))
        if (parts_after_opening or sourced_like_title) and not TERMINAL_PUNCTUATION.search(text):
            return line_no
    return None


def _story_under_its_headline(units: list[Unit], datelined: set[int], first_text: int) -> int:
    """The first text, or the line under it when that opens with a wire dateline and the first text has no final
    punctuation: a long headline in sentence case over its story ("NATO warns Afghanistan to become a “safe haven
    for terrorism” Putin talks about economic support" / "Beijing, October 22 (Xinhua) according to ..."), whose
    text starts at its dateline; under a headline in capitals, a caption and the story's title may stand between
    ("“NON VOGLIAMO PIU' NEMICI ...” - IL PORTAVOCE ..." / a caption / a title / "(ANSA) - ...")."""
    after = [(line_no, text) for line_no, text, _ in units if line_no > first_text]
    first = next(text for line_no, text, _ in units if line_no == first_text)
    # a headline in capitals is no text however long: a caption or the story's title under it does not part them
    in_capitals = first.upper() == first
    under = next((line_no for line_no, text in after if not (in_capitals and is_heading(text))), None)
    if under in datelined and not TERMINAL_PUNCTUATION.search(first):
        return under
    return first_text


def _copy_of_earlier(units: list[Unit], line_no: int, text: str) -> bool:
    """The unit at ``line_no`` repeats an earlier one word for word (a caption or a teaser printed twice): a
    copy of a line opens no new story. The first copy may have lost its dateline to the line rules."""
    key = word_key(strip_wire_dateline(text))
    return any(word_key(other) == key for n, other, _ in units if n < line_no)


def _post_start(units: list[Unit], mark: int, first_text: int) -> int:
    """Where the post marked at line ``mark`` (its dateline or byline) starts: at its title, when a
    line after the first text without final punctuation (a heading, or a long headline) stands right
    above the mark, else at the mark."""
    above = [(line_no, text) for line_no, text, _ in units if line_no < mark]
    if above and above[-1][0] > first_text and is_title_line(above[-1][1]):
        return above[-1][0]
    return mark


def _second_byline_post(units: list[Unit], bylines: dict[int, str], first_text: int) -> int | None:
    """The start of the post whose byline follows text that came after an earlier byline, or None.

    Two bylines with no text between them are the authors of one post; the same byline again with one
    line between (over and under the title) is one post's byline printed twice, as titles are.
    """
    if len(bylines) < 2:
        return None
    texts = [line_no for line_no, text, _ in units if not is_heading(text)]
    marks = sorted(bylines)
    for earlier, later in zip(marks, marks[1:]):
        between = [line_no for line_no, _, _ in units if earlier < line_no < later]
        printed_twice = len(between) == 1 and word_key(bylines[earlier]) == word_key(bylines[later])
        if later > first_text and any(line_no in texts for line_no in between) and not printed_twice:
            return _post_start(units, later, first_text)
    return None


def _after_first_dated_post(units: list[Unit], dates: dict[int, str], first_text: int) -> int | None:
    """Where the second post starts on a page of :data:`LISTING_DATES` or more posts each with a line
    holding only its date, newest first: after the first date that ends a post, when the dates follow
    the posts; at the second date (or the title above it), when each post stands under its date. Or None.

    Dates that go forward in time belong to the text (a chronology), not to a listing, and so do dates
    above entries without titles, or a date above the text followed by a second one before any text.
    """
    if len(dates) < LISTING_DATES:
        return None
    days = [(line_no, day) for line_no, text in sorted(dates.items()) if (day := _day(text)) is not None]
    newest_first = all(later <= earlier for (_, earlier), (_, later) in zip(days, days[1:]))
    if len(days) < LISTING_DATES or not newest_first:
        return None
    texts = [line_no for line_no, text, _ in units if not is_heading(text)]
    # the date right above the text is its post's; a date higher up is the site's clock
    above = [index for index, (line_no, _) in enumerate(days) if line_no < first_text]
    days = days[above[-1] :] if above else days
    if len(days) < LISTING_DATES:
        return None
    if days[0][0] < first_text:  # each post under its date and its title: the second date opens the second post
        titles = [line_no for line_no, text, _ in units if is_heading(text)]
        # a post's title may stand above its date ("Swift Withdrawal ..." / "22 Jun" / its excerpt): it opens the post
        marks = [_title_above(units, line_no) for line_no, _ in days] + [units[-1][0] + 1]
        posts = [
            after
            for before, after in zip(marks, marks[1:])
            if any(before < n < after for n in texts) and any(before <= n < after for n in titles)
        ]
        if days[1][0] < first_text or len(posts) < LISTING_DATES:
            return None
        return _post_start(units, posts[0], first_text)
    bounds = [first_text - 1, *[line_no for line_no, _ in days]]
    dated_posts = [after for before, after in zip(bounds, bounds[1:]) if any(before < n < after for n in texts)]
    if len(dated_posts) < LISTING_DATES:
        return None
    return next((line_no for line_no, _, _ in units if line_no > dated_posts[0]), None)


def _dated_titles_start(units: list[Unit], first_text: int) -> int | None:
    """The first of :data:`LISTING_DATES` or more titles after the text that each end on their post's date (the
    title before the date without final punctuation), newest first; or None. A caption or a heading of the text
    may end on a date too, but not several in a row going back in time."""
    days = [
        (line_no, _day(match["date"]))
        for line_no, text, _ in units
        if line_no > first_text
        and text[-4:].isdigit()  # a cheap test first: the line ends on a year
        and (match := DATED_TITLE.match(text))
        and not TERMINAL_PUNCTUATION.search(match["title"])
    ]
    days = [(line_no, day) for line_no, day in days if day is not None]
    newest_first = all(later <= earlier for (_, earlier), (_, later) in zip(days, days[1:]))
    return days[0][0] if len(days) >= LISTING_DATES and newest_first else None


def _second_statement_start(units: list[Unit], dates: set[int], first_text: int) -> int | None:
    """The invocation that opens a second statement on a page of reposted statements: "In the name of Allah" after
    text closed by its date stamp (a line of a date only after the text, with no text between it and the
    invocation); or None. A reposter's introduction under the page's date, above a statement's invocation, is no
    statement closed by its date; nor is the page's own title printed twice (as its heading and its teaser) above
    its date: one line above the invocation, however often printed, is no first statement of a listing."""
    for line_no, text, _ in units:
        if line_no <= first_text or not INVOCATION.match(text):
            continue
        text_above = [(n, word_key(above)) for n, above, _ in units if n < line_no and not is_heading(above)]
        one_line_twice = len(text_above) > 1 and len({key for _, key in text_above}) == 1
        closed_by_date = any(text_above[-1][0] < n < line_no for n in dates)
        return line_no if closed_by_date and not one_line_twice else None
    return None


def _first_text(units: list[Unit]) -> int | None:
    """The line of the page's first unit of text (not a heading), or None on a page of headings only."""
    return next((line_no for line_no, text, _ in units if not is_heading(text)), None)


def _title_above(units: list[Unit], date_line: int) -> int:
    """The title right above a post's date line, when one stands there (no text between them), else the date line."""
    above = [(line_no, text) for line_no, text, _ in units if line_no < date_line]
    return above[-1][0] if above and is_heading(above[-1][1]) else date_line


def _titled_excerpts_start(units: list[Unit], first_text: int) -> int | None:
    """The first title after the text when the rest of the page is a listing of posts, each one or two
    title lines (a kicker and a title) over its excerpt: :data:`LISTING_TEASERS` posts or more over one
    paragraph each, one excerpt at least cut short with "..." or "[…]"; or, on a page whose name (a tag's, a
    category's) stands above the first post's title and whose first post is one paragraph (or two: a long title
    read as text),
    :data:`SHORT_TEASER_POSTS` posts or more whose excerpts are all short (:data:`TEASER_MAX_WORDS` words at
    most), each one paragraph, or two (a photo's caption with it); with no page's name above,
    :data:`UNNAMED_LISTING_POSTS` such posts or more, one excerpt perhaps longer. Or None.

    A section of a text has a heading over one paragraph or several, but no paragraph of the text is cut
    short, and its paragraphs run longer than a teaser's sentence or two: an excerpt cut short, or a run of
    short ones under their headlines, is other posts'. The page's last line may break the pattern: the
    extraction cuts the page off there.
    """
    after = [(line_no, text) for line_no, text, _ in units if line_no > first_text]
    titles = [index for index, (_, text) in enumerate(after) if _is_post_title(text)]
    if not titles:
        return None
    rest = after[titles[0] :]
    # a post's title is whole: a "title" that runs on into the next line is a sentence of the text broken there
    if any(_runs_on(text) for _, text in rest if _is_post_title(text)):
        return None
    # t: a title line; p: a paragraph of a teaser's length; P: a longer one
    shape = "".join(
        "t" if _is_post_title(text) else "p" if len(text.split()) <= TEASER_MAX_WORDS else "P" for _, text in rest
    )
    posts = re.findall(r"t{1,2}[pP]", shape)
    # the first post counts when its own excerpt is cut short too: two excerpts cut short, each under its title
    first_cut_short = any(is_truncated_excerpt(text) for line_no, text, _ in units if line_no == first_text)
    cut_short = re.fullmatch(r"(t{1,2}[pP])+t{0,2}", shape[:-1]) and len(posts) + first_cut_short >= LISTING_TEASERS
    if cut_short and any(is_truncated_excerpt(text) for _, text in rest):
        return rest[0][0]
    # the first post is one excerpt too (under a title long enough to be read as text, perhaps), under the page's name
    short_teasers = re.fullmatch(r"(t{1,2}p{1,2})+t{0,2}", shape[:-1]) and titles[0] <= 1
    under_page_name = sum(1 for line_no, _, _ in units if line_no < first_text) >= 2
    many = len(re.findall(r"t{1,2}p", shape)) >= SHORT_TEASER_POSTS
    if short_teasers and many and under_page_name:
        return rest[0][0]
    # with no page's name above, more posts, all short but one (a tag page of a news site, its last excerpt cut off)
    posts_shape = re.fullmatch(r"(t{1,2}[pP]{1,2})+t{0,2}", shape[:-1]) and titles[0] <= 1
    unnamed = posts_shape and len(re.findall(r"t{1,2}p", shape)) >= UNNAMED_LISTING_POSTS and shape.count("P") <= 1
    return rest[0][0] if unnamed else None


def _is_post_title(text: str) -> bool:
    """A post's title in a listing: a title line, or a headline asking a question in title case ("Can Taliban Leaders
    Bring Peace?"; a question of a text is written in sentence case). The signature of a post quoted in the text,
    its author's name, handle and date ("Fox News (@FoxNews) August 22, 2017"), is no title."""
    question = text.endswith("?") and len(text.split()) <= HEADLINE_WORDS and looks_like_title(text)
    return (is_title_line(text) or question) and not EMBEDDED_POST.search(text)


def _runs_on(text: str) -> bool:
    """The line stops where its sentence goes on: on a comma, a dash, or a word no sentence ends with ("and")."""
    last = text.rstrip()[-1:]
    if last in {",", "—", "–", "-"}:
        return True
    return last.isalpha() and text.rsplit(None, 1)[-1] in DANGLING_WORDS  # as written: "strikes on IS" ends a title


def _day(text: str) -> pd.Timestamp | None:
    """The day a line holding only a Gregorian date names ("12 August 2021"), or None."""
    text = normalise_spacing(text)
    dated = DATELINE.match(text) or DAY_AND_MONTH.match(text)  # a day and a month alone: the year of the listing
    day = pd.to_datetime(DATE_SOURCE.sub("", text), errors="coerce") if dated else pd.NaT
    return None if pd.isna(day) else day


def related_links(units: list[Unit], dashed: set[int]) -> dict[int, str]:
    """The units of runs of :data:`RELATED_LINKS` or more headlines in a row after the text, each after a dash
    (``dashed``: the lines whose list marker was one), with the rule: links to other stories set in a text. A
    headline has four words or more and no final punctuation; a quoted post's attribution ("— Martin Griffiths
    (@UNReliefChief) December 28, 2022") is none."""
    first_text = _first_text(units)
    if first_text is None:
        return {}
    runs, run, above = [], [], ""
    for line_no, text, _ in units:
        headline = line_no in dashed and len(text.split()) >= 4 and "(@" not in text
        if headline and not TERMINAL_PUNCTUATION.search(text) and line_no > first_text:
            run.append(line_no)
            continue
        runs, run, above = runs + [(run, above)], [], text
    runs.append((run, above))
    # after a finished sentence: a list's lead-in ("The letter has eight requests, including", "... as follows:")
    # introduces the text's own points
    return {
        line_no: "related links"
        for run, above in runs
        if len(run) >= RELATED_LINKS and re.search(r"[.!?][\"'”’)]*$", above)
        for line_no in run
    }
