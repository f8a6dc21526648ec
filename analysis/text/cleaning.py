"""Turn a raw web or PDF extraction into clean English paragraphs, and say what was done.

The source texts were copied from web pages and PDFs. They carry navigation crumbs, teasers of
other stories, comment forms, lines in other languages, list markers and sentences broken across
lines. Every line cleaning removes or changes is recorded as a :class:`CleaningStep` with the rule
that did it, so the book can print exactly what the analysis no longer sees. A page is read in
this order:

1. **The page trailer** (:mod:`analysis.text.cleaning_trailers`). A line that starts the end of a page ("Related posts", "Read next",
   "Leave a reply", the count of the comments below, "No comments yet", "About the author", a press release's end
   mark ("###", "– END –"), the label of a statement's signatories ("Signed:"), a closing
   "Source: ..." credit, a numbered comment thread whose replies address each other by "@Name")
   removes itself and everything after it. A trailer follows
   the text: such a label above the first paragraph ("Latest News" as a section name) is not one,
   nor is one of other stories or signatories followed by finished sentences, perhaps under a few links (a section
   of the text, or a link list inside the article).
   Then a block of excerpts ("Key excerpts from ...:") goes with the label of the full text under it ("The full
   text of ... appears below:") when that text prints an excerpt again (:mod:`analysis.text.cleaning_excerpts`), and
   a list of keywords goes with its label ("Keywords:" over "president", "afghanistan", ...;
   :mod:`analysis.text.cleaning_keyword_lists`).
2. **Line rules** (:mod:`analysis.text.cleaning_rules`): lines in another language are set aside, and so is a line
   that names people in Latin letters amid them (:mod:`analysis.text.cleaning_mixed_scripts`);
   web furniture (set out as a list item or not), datelines and letter formulas are removed; list markers, and a wire
   dateline glued to the first paragraph of text, are cut off, keeping the sentence.
3. **Next posts of a listing page** (:mod:`analysis.text.cleaning_listings`): the first post of a
   category or tag page is the statement; the next starts at a second dated entry, after the
   first excerpt of a page of excerpts cut short with "...", at a second wire dateline (or the first
   of two later ones), at a second title that opens with the words of the page's title, at a second
   byline, after the first of several posts each dated on a line of its own, or at the first title of
   posts each shown by a title over one excerpt, one cut short, or three or more over short excerpts
   (a teaser's sentence or two, none cut short) under the page's name (five or more, all short but one,
   without it), at the first of three or more titles that end on their post's date, at "In the name of
   Allah" after text closed by its date, at the same link printed under each post's text
   (:mod:`analysis.text.cleaning_post_links`), at the second of posts each under their headline printed twice
   (:mod:`analysis.text.cleaning_doubled_titles`), or where the label over the page's title is printed again over
   another title (:mod:`analysis.text.cleaning_labelled_posts`). An excerpt cut short with "..." that opens with its
   own dateline ("ISLAMABAD – ...") inside a page is a teaser of another story, and a run of headlines each after a dash,
   under a finished sentence, is links to related stories. Above a line announcing a forwarded text, a
   reposter's introduction goes (:mod:`analysis.text.cleaning_reposts`), under a caption (or a prompt to join a
   mailing list) cut off at its line's end, the lines that carry it on, and a photo's caption printed twice (its alt
   text and its caption) goes (:mod:`analysis.text.cleaning_captions`).
4. **Repeats** (:mod:`analysis.text.cleaning_repeats`): a line printed again (a title shown twice),
   a teaser that repeats a later paragraph word for word or nearly so (the teaser goes, the text
   stays), and a field value repeated down a form ("No specific mention.") go. In a PDF, whose
   lines are fragments, only whole repeats count before lines are joined.
5. **Runs of headlines.** Three or more lines in a row that stop without a full stop and do not
   run on, after the text has begun, are a list of other stories, even without a "Related" label.
6. **Broken lines** are joined into the sentence they were cut from; the page's first line (its title) is carried
   on by the line right under it only, not past furniture removed under it (a date, a speaker's photo). A full stop
   alone on its line, right under text without one, is that sentence's end, not a separator.
7. **Headings** (:mod:`analysis.text.cleaning_heading_units`). A unit without final punctuation that is short or
   written like a title is set aside as a heading: a title is not a sentence of the statement. The last unit of a page, right
   after a paragraph of text (no furniture removed between), is that text cut off by the extraction when it reads as words of a
   sentence ("All OIC count"), or leaves a clause open in brackets ("... (hereinafter, “Afg"), or is the start of the
   word that opens the paragraph above ("Repre" under "Representative ..."), or ends on the start of a longer word of
   the text ("Islamic Relie"), or opens a sentence on its subject ("The United St"), or is a paragraph's first letter
   or two ("O", "“"; :mod:`analysis.text.cleaning_cut_starts`), and nothing but a
   "Continue reading" link follows it, not a heading, unless its
   words open a longer line removed above it (a title printed again and cut off); so is the first line of a section
   under its heading, cut off on a dangling word in lower case, even written like a title ("... the Right to").
   A post embedded in the body (ending on its link, or its author's handle and date) is text, so is the line right
   above such a signature (the post's words, with or without final punctuation), and a signature printed again (one
   account's posts of one day) is no repeat; a request to the reader to join the writer is text too ("Please join me
   in praying for the people of Afghanistan"). A long list item is text, unless it is printed again as a line of its
   own (a breadcrumb's last entry: the title).
   The clauses of a sentence that runs through a list (a resolution's recitals, "having regard to ...,") are
   text. A line of a few words written like a title but ending on a full stop is a photo's caption naming its
   subject ("Uzbek President Shavkat Mirziyoyev."). A link to read on glued to a paragraph's end ("... parti… Continue
   Reading") is cut off it (:mod:`analysis.text.cleaning_glued`, as are a caption, a cue or a copyright glued to a line).

Every rule matches a kind of page furniture, not a string from one site or one text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from analysis.text.cleaning_captions import caption_continuations, captions_printed_twice
from analysis.text.cleaning_cut_starts import (
    LONE_BULLET,
    LONE_OPENING_QUOTE,
    cuts_a_word_above,
    cuts_the_opening_word,
    language_set_aside_above,
    opens_a_cut_paragraph,
    opens_a_cut_sentence,
)
from analysis.text.cleaning_embedded_posts import EMBEDDED_POST
from analysis.text.cleaning_excerpts import EXCERPTS_RULE, excerpts_above_the_full_text
from analysis.text.cleaning_glued import cut_glued_furniture, glued_read_on_start
from analysis.text.cleaning_heading_units import ends_page, is_heading_unit, opens_a_line_above
from analysis.text.cleaning_headlines import headline_runs
from analysis.text.cleaning_keyword_lists import KEYWORD_LIST_RULE, keyword_lists
from analysis.text.cleaning_listings import LINK_DASH, Unit, next_posts, related_links
from analysis.text.cleaning_lists import address_blocks, clauses_of_lists, points_of_text_lists
from analysis.text.cleaning_mixed_scripts import names_amid_a_text_set_aside
from analysis.text.cleaning_repeats import repeated_units, word_key
from analysis.text.cleaning_reposts import reposter_introduction
from analysis.text.cleaning_rules import (
    DANGLING_WORDS,
    FORM_OF_ADDRESS,
    HEADING_MAX_WORDS,
    HEADLINE_WORDS,
    LIST_MARKER,
    LISTING_ENTRY,
    classify_line,
    is_broken_before,
    is_hard_wrapped,
    is_heading,
    is_name_caption,
    looks_like_title,
    normalise_spacing,
    reads_as_words,
    script_language,
)
from analysis.text.cleaning_story_links import links_under_labels
from analysis.text.cleaning_text_size import is_text_size_button
from analysis.text.cleaning_trailers import find_trailer
from analysis.text.cleaning_wire_datelines import wire_dateline

__all__ = [
    "HEADLINE_WORDS",
    "HEADING_MAX_WORDS",
    "CleanedText",
    "CleaningStep",
    "NonEnglishLine",
    "clean_text",
    "is_broken_before",
    "is_hard_wrapped",
    "is_heading",
    "looks_like_title",
    "normalise_spacing",
    "script_language",
]

#: A quotation opened and never closed: on the page's last line, after text, the extraction cut it ("“We’r").
CUT_QUOTATION = re.compile(r"^[“\"][^”\"]+$")

#: A clause opened in brackets that goes on past a comma and is never closed ("(hereinafter, “Afg"): a sentence cut off.
CLAUSE_LEFT_OPEN = re.compile(r"\([^()]*,[^()]*$")
#: A line must have this many words to be taken for a repeat before broken lines are joined (a
#: shorter one may be a fragment of a sentence that a PDF happens to break the same way twice).
REPEAT_MIN_WORDS = 5


@dataclass(frozen=True)
class CleaningStep:
    """One line that cleaning removed, moved or changed, with the rule that did it."""

    line_no: int
    action: str  # "removed", "moved", "joined" or "changed"
    rule: str
    before: str
    after: str = ""


@dataclass(frozen=True)
class NonEnglishLine:
    """A line kept out of the English analysis, with the language its script points to."""

    line_no: int
    language: str
    text: str


@dataclass
class CleanedText:
    """The English paragraphs of one document and the record of how they were obtained."""

    paragraphs: list[str]
    headings: list[str] = field(default_factory=list)
    non_english: list[NonEnglishLine] = field(default_factory=list)
    steps: list[CleaningStep] = field(default_factory=list)
    #: The raw line numbers (1-based) whose text is in ``paragraphs``: what the analysis reads.
    kept_lines: set[int] = field(default_factory=set)

    @property
    def text(self) -> str:
        """The cleaned text: paragraphs separated by a blank line."""
        return "\n\n".join(self.paragraphs)


def clean_text(raw: str) -> CleanedText:
    """Clean one raw extraction into English paragraphs, recording every removed or changed line.

    >>> cleaned = clean_text("Home / News / Item\\n\\n1-The parties agreed to\\n\\nmeet again.\\nRelated Posts\\nOther")
    >>> cleaned.paragraphs
    ['The parties agreed to meet again.']
    >>> [step.rule for step in cleaned.steps]
    ['navigation crumbs', 'list marker', 'line broken mid-sentence', 'teaser of other stories', 'after the page trailer']
    """
    lines = raw.splitlines()
    normalised = [normalise_spacing(line) for line in lines]
    result = CleanedText(paragraphs=[])
    trailer = find_trailer(lines, normalised)
    end = trailer[0] if trailer else len(lines)
    # a block of excerpts printed again in the full text below it goes first, so the full text is no repeat of it
    excerpts = excerpts_above_the_full_text(normalised[:end])
    result.steps.extend(CleaningStep(n, "removed", EXCERPTS_RULE, lines[n - 1].strip()) for n in sorted(excerpts))
    # so does a list of keywords under its label, whose terms would otherwise be rejoined into a "sentence"
    keywords = keyword_lists(normalised[:end]) - excerpts
    result.steps.extend(CleaningStep(n, "removed", KEYWORD_LIST_RULE, lines[n - 1].strip()) for n in sorted(keywords))
    left_to_read = ["" if line_no in excerpts | keywords else line for line_no, line in enumerate(normalised, 1)]
    units, entries, datelined = _apply_line_rules(lines[:end], left_to_read, result, page_ends_there=not trailer)
    if trailer:
        index, rule = trailer
        result.steps.append(CleaningStep(index + 1, "removed", rule, lines[index].strip()))
        result.steps.extend(
            CleaningStep(number + 1, "removed", "after the page trailer", text.strip())
            for number, text in enumerate(lines[index + 1 :], start=index + 1)
            if text.strip()
        )
    units = _drop_next_posts(units, entries, datelined, result)
    # how the text is wrapped shows in the lines left to read: a sidebar of open headlines shows nothing of it
    furniture = {step.line_no for step in result.steps if step.action in ("removed", "moved")}
    left = ["" if line_no in furniture else line for line_no, line in enumerate(normalised[:end], 1)]
    hard_wrapped = is_hard_wrapped(left)
    # the lines of a hard-wrapped text are fragments: one that recurs is a phrase of the text, not a teaser
    units = _drop_repeats(units, result, min_words=REPEAT_MIN_WORDS, teasers=not hard_wrapped)
    units = _drop_headline_runs(units, result, hard_wrapped)
    _join_and_sort_units(units, result, hard_wrapped)
    return result


def _apply_line_rules(
    lines: list[str], normalised: list[str], result: CleanedText, page_ends_there: bool = True
) -> tuple[list[Unit], dict[int, str], set[int]]:
    """Remove or set aside the lines the line rules catch; strip list markers and wire datelines.

    ``normalised`` holds the same lines with their spacing normalised (:func:`normalise_spacing`); with
    ``page_ends_there`` (no page trailer), their last is the page's, where the extraction may have cut a paragraph's
    start (:mod:`analysis.text.cleaning_cut_starts`).

    Returns the remaining lines, those that were entries of a dated listing (number: the date cut off) and
    of those that open with a wire dateline of a place and a dash or a source ("ISLAMABAD –").
    """
    units: list[Unit] = []
    entries: dict[int, str] = {}
    datelined: set[int] = set()
    text_begun = False  # a wire dateline is cut off the first paragraph of text only
    set_aside = {n.line_no: n.language for n in result.non_english}  # lines set aside so far: number, language
    for index, (original, line) in enumerate(zip(lines, normalised)):
        line_no = index + 1
        if not line:
            continue
        line, glued = cut_glued_furniture(line)
        verdict = classify_line(line)
        item = None if verdict else LIST_MARKER.match(line)  # furniture set out as a list item ("* Follow ...") too
        verdict = classify_line(line[item.end() :]) if item and line[item.end() :] else verdict
        language = None if verdict else names_amid_a_text_set_aside(line, line_no, normalised, set_aside)
        verdict = ("moved", f"non-English line ({language})") if language else verdict
        verdict = ("removed", "text-size buttons") if is_text_size_button(line_no, normalised) else verdict
        if verdict and verdict[1] == "call to the reader" and is_opening_appeal(line, units):
            verdict = None  # the page's own appeal, as its standfirst, not the site's call beside or after the text
        if page_ends_there and opens_a_cut_paragraph(line) and not any(rest.strip() for rest in normalised[line_no:]):
            # a paragraph's start cut off on the page's last line goes with the paragraph above: set aside with it
            # when it was set aside in another language, or left to be read after text (a lone "“" is no separator)
            language = language_set_aside_above(line_no, normalised, set_aside)
            verdict = ("moved", f"non-English line ({language})") if language else verdict
            verdict = None if verdict and verdict[1] == "separator" else verdict
        if verdict and not _ends_sentence_above(line, line_no, units):
            action, rule = verdict
            result.steps.append(CleaningStep(line_no, action, rule, original.strip()))
            if action == "moved":
                result.non_english.append(NonEnglishLine(line_no, rule[len("non-English line (") : -1], line))
                set_aside[line_no] = result.non_english[-1].language
            continue
        listing = LISTING_ENTRY.match(line)
        marker = None if listing else LIST_MARKER.match(line)
        rule = glued or ("listing entry" if listing else "list marker" if marker else "spacing")
        if listing:
            entries[line_no] = listing.group()
        if listing or marker:
            line = line[(listing or marker).end() :].strip()
        dateline = wire_dateline(line)
        if dateline and EMBEDDED_POST.search(line):
            dateline = None  # a quoted post's signature ("— TOLOnews (@TOLOnews) May 9, 2019"), no story's opening
        if dateline and not dateline.rstrip().endswith(":"):
            datelined.add(line_no)  # a place and a dash or a source: the opening of a story
        if dateline and not text_begun:
            line, rule = line[len(dateline) :], "wire dateline"
        text_begun = text_begun or not is_heading(line)
        if line != original.strip():
            result.steps.append(CleaningStep(line_no, "changed", rule, original.strip(), line))
        units.append((line_no, line, bool(marker)))
    return units, entries, datelined


#: A list item's label alone on its line, in brackets: "(i)", "(a)" (a number alone is a note's marker, and goes).
BARE_LIST_MARKER = re.compile(r"^\((?:[ivx]{1,5}|[a-z])\)$")


def is_opening_appeal(line: str, units: list[Unit]) -> bool:
    """An appeal to support or join the page's cause, written as a sentence, with no sentence of text above it: the
    standfirst of an appeal the page itself makes ("Support our appeal for aid and assistance to at-risk Afghan scholars and students."
    under a petition's title), not the site's call after or beside the text."""
    appeal = line.endswith(".") and line.lower().startswith(("support our ", "join our ", "help our "))
    return appeal and not any(text.rstrip().endswith((".", "!", "?")) for _, text, _ in units)


def _ends_sentence_above(line: str, line_no: int, units: list[Unit]) -> bool:
    """A full stop alone on its line, right under a line of text or a quotation without one, ends that line's sentence
    ("... the international community" / "."; "... avait "assuré la sécurité dans le pays"" / "."), no separator."""
    last = units[-1][1][-1:] if units and units[-1][0] == line_no - 1 else ""
    return line == "." and bool(last) and (last.isalnum() or last in '"”“»’')


def _drop_next_posts(
    units: list[Unit], entries: dict[int, str], datelined: set[int], result: CleanedText
) -> list[Unit]:
    """Keep the first post of a listing page and remove the posts after it, and lone excerpts of
    other stories (:mod:`analysis.text.cleaning_listings`), a reposter's introduction above the text
    (:mod:`analysis.text.cleaning_reposts`), the lines that carry a caption on and a caption printed twice
    (:mod:`analysis.text.cleaning_captions`)."""
    removed = {step.line_no: (step.rule, step.before) for step in result.steps if step.action == "removed"}
    dropped = reposter_introduction(units, removed) | next_posts(units, entries, datelined, removed)
    dropped |= caption_continuations(units, removed) | captions_printed_twice(units, removed)
    dashed = {step.line_no for step in result.steps if step.rule == "list marker" and LINK_DASH.match(step.before)}
    dropped |= related_links(units, dashed) | links_under_labels(units, removed)
    return _remove_units(units, [dropped.get(line_no) for line_no, _, _ in units], result)


def _remove_units(units: list[Unit], reasons: list[str | None], result: CleanedText) -> list[Unit]:
    """The units without a reason to go; each one that goes is recorded with its reason."""
    kept = []
    for unit, reason in zip(units, reasons):
        if reason:
            result.steps.append(CleaningStep(unit[0], "removed", reason, unit[1]))
        else:
            kept.append(unit)
    return kept


def _drop_headline_runs(units: list[Unit], result: CleanedText, hard_wrapped: bool) -> list[Unit]:
    """Remove runs of headlines of other stories after the text has begun (:mod:`analysis.text.cleaning_headlines`)."""
    in_run = headline_runs(units, hard_wrapped)
    return _remove_units(
        units, ["run of headlines of other stories" if dropped else None for dropped in in_run], result
    )


def _drop_repeats(units: list[Unit], result: CleanedText, min_words: int = 1, teasers: bool = True) -> list[Unit]:
    """Remove repeated lines, teasers and repeated field values among units of ``min_words`` or more."""
    texts = [text for _, text, _ in units]
    return _remove_units(units, repeated_units(texts, min_words, teasers), result)


def _join_and_sort_units(units: list[Unit], result: CleanedText, hard_wrapped: bool) -> None:
    """Rejoin lines broken mid-sentence, then set headings aside from the English paragraphs.

    A line removed by a rule between two lines (a dateline under a title) ends a block: across it,
    a line runs on only by the signs a web page shows too (a lower-case start, a dangling word).
    """
    removed = {step.line_no for step in result.steps if step.action in ("removed", "moved")}
    joined: list[tuple[list[int], str, bool, str]] = []  # (raw lines of a unit, its text, list item, last line)
    for line_no, text, starts_item in units:
        adjacent = bool(joined) and joined[-1][0][-1] + 1 == line_no
        wrapped = hard_wrapped and not (joined and removed.intersection(range(joined[-1][0][-1] + 1, line_no)))
        # the page's first line (its title) is carried on by the next line only, not past furniture under it
        under_title = len(joined) == 1 and joined[0][0] == [units[0][0]] and not adjacent
        under_title = under_title and bool(removed.intersection(range(units[0][0] + 1, line_no)))
        # a bare list marker ("(i)") right above a line is that line's label, whatever the line above the marker ends on
        marker_above = adjacent and bool(BARE_LIST_MARKER.match(joined[-1][1]))
        broken = bool(joined) and (marker_above or is_broken_before(joined[-1][3], text, wrapped, adjacent))
        if joined and not starts_item and not under_title and broken:
            line_nos, previous, is_item, _ = joined[-1]
            if previous.endswith("-") and text[0].islower():
                merged = previous[:-1] + text  # a word cut at a hyphen
            else:
                merged = previous + ("" if text == "." else " ") + text  # a full stop alone ends the line above
            result.steps.append(
                CleaningStep(line_no, "joined", "line broken mid-sentence", f"{previous} ⏎ {text}", merged)
            )
            joined[-1] = ([*line_nos, line_no], merged, is_item, text)
        else:
            joined.append(([line_no], text, starts_item, text))
    first_lines = {line_no: text for line_no, text, _ in units}
    repeats = repeated_units([text for _, text, _, _ in joined])
    texts_and_items = [(text, is_item) for _, text, is_item, _ in joined]
    points_of_text = points_of_text_lists(texts_and_items) | clauses_of_lists(texts_and_items)
    points_of_text |= address_blocks([text for _, text, _, _ in joined])
    # a list item printed again below as a line of its own is a breadcrumb's last entry: the title, no point
    printed_again = {word_key(step.before) for step in result.steps if step.rule == "repeated line"}
    printed_again |= {word_key(text) for (_, text, _, _), repeat in zip(joined, repeats) if repeat == "repeated line"}
    # a list's bullet alone on its line, above the point it marks, is no furniture between two points
    removed -= {step.line_no for step in result.steps if step.rule == "separator" and LONE_BULLET.match(step.before)}
    after_text = False  # the unit before was kept as a paragraph of text
    heading_after_text = False  # the unit before was set aside as a heading right under a paragraph of text
    for index, ((line_nos, text, is_item, _), repeat) in enumerate(zip(joined, repeats)):
        last_of_page = index == len(joined) - 1 and ends_page(line_nos[-1], result.steps)
        cut_quotation = bool(result.paragraphs) and bool(CUT_QUOTATION.match(text))  # text above, a caption between
        # a section's heading under text, then the first word of its sentence, or its first line cut off on a dangling
        # word written in lower case, even in title case ("International Human Rights Treaties recognizes ... to")
        cut_at_dangling_word = text.split()[-1] in DANGLING_WORDS and reads_as_words(text)
        # or a paragraph's first letter or two ("D"), cut off by the extraction under a section's heading
        one_word_opened = len(text.split()) == 1 and text.endswith(",") or opens_a_cut_paragraph(text)
        section_opened = heading_after_text and (one_word_opened or cut_at_dangling_word)
        # the page's last unit, right under a paragraph of text with nothing removed between the two
        right_under_text = (
            last_of_page and after_text and not removed.intersection(range(joined[index - 1][0][-1] + 1, line_nos[0]))
        )
        # or a clause opened in brackets and never closed: "The Islamic Republic of Afghanistan (hereinafter, “Afg"
        cut_off_after_text = last_of_page and (
            right_under_text
            and (reads_as_words(text) or opens_a_cut_sentence(text))
            or cut_quotation
            or section_opened
            or bool(CLAUSE_LEFT_OPEN.search(text))
            or after_text
            and cuts_the_opening_word(text, joined[index - 1][1])
            or right_under_text
            and cuts_a_word_above(text, result.paragraphs)
        )
        cut_off_after_text = cut_off_after_text and not opens_a_line_above(text, line_nos[0], result.steps)
        # a paragraph's first letter or two cut off, right under text with nothing removed between ("O", "“")
        cut_start = right_under_text and opens_a_cut_paragraph(text)
        cut_off_after_text = cut_off_after_text or cut_start
        next_point = after_text and joined[index - 1][1].endswith(";")  # "... General;" / "advice and support ..."
        was_after_text, after_text, heading_after_text = after_text, False, False
        repeat = None if FORM_OF_ADDRESS.match(text) else repeat  # "Madam President" said again: a speech resumes
        # the words of a post quoted in the text stand right above its signature, with or without final punctuation
        over_signature = index + 1 < len(joined) and bool(EMBEDDED_POST.search(joined[index + 1][1]))
        separator = LONE_OPENING_QUOTE.match(text) and not cut_off_after_text  # no paragraph's start: punctuation
        if repeat or separator or len(line_nos) == 1 and not is_item and is_name_caption(text):
            reason = repeat or ("separator" if separator else "photo caption naming its subject")
            result.steps.append(CleaningStep(line_nos[0], "removed", reason, text))
        elif (
            not (cut_off_after_text or next_point or over_signature)
            and index not in points_of_text
            and is_heading_unit(
                text,
                first_lines[line_nos[0]],
                index,
                len(joined),
                is_item and word_key(text) not in printed_again,
                last_of_page,
            )
        ):
            result.headings.append(text)
            result.steps.append(CleaningStep(line_nos[0], "removed", "heading (no final punctuation)", text))
            heading_after_text = was_after_text
        else:
            read_on = glued_read_on_start(text)
            if read_on is not None:
                result.steps.append(CleaningStep(line_nos[-1], "changed", "link to read on", text, text[:read_on]))
            result.paragraphs.append(text if read_on is None else text[:read_on])
            result.kept_lines.update(line_nos)
            after_text = True
    result.steps.sort(key=lambda step: step.line_no)
