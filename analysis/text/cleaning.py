"""Turn a raw web or PDF extraction into clean English paragraphs, and say what was done.

The source texts were copied from web pages and PDFs. They carry navigation crumbs, teasers of
other stories, comment forms, Dari and Pashto title lines, list markers and sentences broken
across lines. Every rule below is named, and every line it removes or changes is recorded as a
:class:`CleaningStep`, so the book can print exactly what the analysis no longer sees.

The rules are written for web and PDF extractions in general, not for five particular files:
each one matches a kind of boilerplate, not a particular string from one text.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

#: A paragraph is finished when it ends with one of these (closing quotes and brackets allowed after).
TERMINAL_PUNCTUATION = re.compile(r"[.!?:;…][\"'”’)\]]*$")

#: Function words that cannot end an English sentence: a line ending with one was broken mid-sentence.
DANGLING_WORDS = frozenset(
    "a an the of to in on for with by from at and or but nor that which who whose as than "
    "its their our his her your this these those is are was were be been has have had will "
    "would could should can may might must shall not into onto upon about between".split()
)

#: Longest line, in words, that can be taken for a heading when it has no final punctuation.
HEADING_MAX_WORDS = 25

#: Lines that start the trailer of a web page: everything from them on belongs to other pages.
TRAILER_PATTERNS: dict[str, re.Pattern[str]] = {
    "teaser of other stories": re.compile(
        r"^(check also|related (posts|articles|stories|news)|read more|read also|you may also like"
        r"|more (stories|news)|recommended( for you| stories| articles| reading)?|see also|latest news|trending"
        r"|(previous|next) (post|article|story))\b[^.:]{0,20}$",
        re.IGNORECASE,
    ),
    "comment form": re.compile(r"^(leave a (reply|comment)|post a comment|\d+ comments?)\b.{0,20}$", re.IGNORECASE),
    "author box": re.compile(r"^about (the author|admin|[\w.]+)$", re.IGNORECASE),
}

_MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december"
    "|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
)
#: Lines that are web furniture wherever they stand.
BOILERPLATE_PATTERNS: dict[str, re.Pattern[str]] = {
    "navigation crumbs": re.compile(r"^(home|главная|accueil)\s*[/>»›|]\s*.+", re.IGNORECASE),
    "last-updated stamp": re.compile(r"(last updated|updated on|published on)\s*:?", re.IGNORECASE),
    "comment form": re.compile(
        r"(your email address will not be published|required fields are marked|save my name, email)",
        re.IGNORECASE,
    ),
    "share buttons": re.compile(
        r"^((share|tweet|print|email|share this( article| story| post)?)\s*:?"
        r"|(click to )?share (on|via) \w+.{0,30}|follow us on .{0,40})$",
        re.IGNORECASE,
    ),
    "cookie notice": re.compile(
        r"(we use cookies|(this|our) (web)?site uses cookies|accept (all )?cookies|cookie (policy|settings|preferences))",
        re.IGNORECASE,
    ),
    "subscription or comment prompt": re.compile(
        r"^(please enter your (comment|name)|no comments|subscribe( to)?( our newsletter)?|sign up for .{0,40}"
        r"|please enter your name here|your comment|log ?in|sign in|advertisement|post comments \(atom\)"
        r"|this is (a )?developing (news|story).{0,60})[!:.]?$",
        re.IGNORECASE,
    ),
    "tags": re.compile(r"^(tags|tagged( as)?|filed under|categories)\s*:\s*\S.{0,200}$", re.IGNORECASE),
    "listing entry": re.compile(rf"^[•·▪*-]?\s*\d{{1,2}} ({_MONTHS}) \d{{4}}\s+[-–—]\s+", re.IGNORECASE),
}

#: A line that holds nothing but a date ("15 June 2024", "February 12, 2021", "2021-02-12").
DATELINE = re.compile(
    rf"^(date\s*)?(\d{{1,2}}(st|nd|rd|th)?\s+({_MONTHS})\.?,?\s+\d{{4}}"
    rf"|({_MONTHS})\.?\s+\d{{1,2}}(st|nd|rd|th)?,?\s+\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}})$",
    re.IGNORECASE,
)

#: The set phrases of a letter: salutations, closings and signature blocks carry no position.
LETTER_FORMULA = re.compile(
    r"^((your |his |her )?excellency,?|dear [^.]{1,60},|(yours )?(sincerely|faithfully|truly),?"
    r"|(please accept|accept, .{0,40}, the assurances?) .{0,80}(regard|consideration)s?\.?"
    r"|names? and signatures? .{0,120})$",
    re.IGNORECASE,
)

#: A list marker at the start of a line: "1-", "2- ", "3.", "4)", "- ", "• ".
LIST_MARKER = re.compile(r"^\s*(\(?\d{1,3}\s*[-.)]\s*(?=\D)|[-–—•*▪]\s+)")

#: Letters that only Pashto writes among the Arabic-script languages of Afghanistan.
PASHTO_LETTERS = set("ټډړږښګڼېۍځڅ")
#: Letters that Persian (Dari) adds to the Arabic alphabet.
PERSIAN_LETTERS = set("پچژگکی")


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


def script_language(line: str) -> str | None:
    """Name the language of a line written mostly in Arabic script, or None for a Latin-script line.

    Dari and Pashto share the Arabic alphabet; Pashto adds letters such as ټ and ښ, Dari (Persian)
    adds پ, چ, ژ and گ. A line with neither is labelled Arabic. A letter is Arabic when its Unicode
    name says so.

    >>> script_language("د ټول شموله سولې لپاره")
    'Pashto'
    >>> script_language("میکانیزم افغانستان برای صلح")
    'Dari'
    >>> script_language("Press Release") is None
    True
    """
    letters = [char for char in line if char.isalpha()]
    arabic = [char for char in letters if "ARABIC" in unicodedata.name(char, "")]
    if not letters or len(arabic) / len(letters) <= 0.5:
        return None
    if PASHTO_LETTERS.intersection(arabic):
        return "Pashto"
    if PERSIAN_LETTERS.intersection(arabic):
        return "Dari"
    return "Arabic"


_SPACE_RUN = re.compile(r"[ \t]+")
_SPACE_BEFORE_PUNCTUATION = re.compile(r" ([.,;:!?])(?=\s|$)")


def normalise_spacing(line: str) -> str:
    """Fold non-breaking and repeated spaces, and drop a space before punctuation ("Afghanistan .")."""
    line = unicodedata.normalize("NFC", line).replace("\u00a0", " ").replace("\u200b", "")
    line = _SPACE_RUN.sub(" ", line)
    return _SPACE_BEFORE_PUNCTUATION.sub(r"\1", line.strip())


#: The characters outside ASCII that ``re.IGNORECASE`` takes for an ASCII letter: İ and ı for i,
#: the Kelvin sign for k, the long s for s (the tests check this list against ``re`` itself).
_IGNORECASE_TWINS = str.maketrans({"\u0130": "i", "\u0131": "i", "\u212a": "k", "\u017f": "s"})


def fold_for_search(text: str) -> str:
    """``text`` lower-cased, with every character that ``re.IGNORECASE`` equates with an ASCII letter made that letter.

    Whatever ASCII word a case-insensitive pattern finds in ``text`` is a plain substring of the
    result, so a substring test can rule the pattern out before it runs (it is much cheaper).

    >>> fold_for_search("Last UPDATED on ſunday")
    'last updated on sunday'
    """
    if text.isascii():
        return text.lower()
    return text.translate(_IGNORECASE_TWINS).lower()


#: Small words a title leaves in lower case ("Statement of the Kabul Process for Peace").
TITLE_SMALL_WORDS = frozenset("a an the of to in on for with by from at and or but nor as vs via per".split())


def looks_like_title(paragraph: str) -> bool:
    """Most of its words begin with a capital or a digit, as in a title or a kicker, not a sentence.

    >>> looks_like_title("Joint Statement on the Doha Talks"), looks_like_title("We urge all parties to refrain")
    (True, False)
    """
    words = [w for w in re.findall(r"[^\W_][\w'’-]*", paragraph) if w.lower() not in TITLE_SMALL_WORDS]
    if not words:
        return True
    capitalised = sum(1 for w in words if w[0].isupper() or w[0].isdigit() or not w[0].isalpha())
    return capitalised / len(words) >= 0.6


def is_heading(paragraph: str) -> bool:
    """A line that is a title, a kicker or an address line, not a sentence.

    It has no final punctuation and is either very short or written like a title; a longer line
    in sentence case without a full stop (a sentence whose end was lost) is kept as text.
    A short title-case line ending in a colon is a kicker ("President Ghani:").
    """
    words = paragraph.split()
    if paragraph.endswith(":") and len(words) <= 3:
        return looks_like_title(paragraph)
    if TERMINAL_PUNCTUATION.search(paragraph) or len(words) > HEADING_MAX_WORDS:
        return False
    return len(words) <= HEADLINE_WORDS or looks_like_title(paragraph)


#: A list item of at most this many words and no final punctuation is a label ("• Agreement name").
SHORT_ITEM_WORDS = 4


def is_title_line(paragraph: str) -> bool:
    """The first line of a page is its title when it has no final punctuation and is not too long."""
    return not TERMINAL_PUNCTUATION.search(paragraph) and len(paragraph.split()) <= HEADING_MAX_WORDS


#: A line without final punctuation and at most this many words is a heading (a headline) whatever
#: its case; a longer one is a heading only when written like a title.
HEADLINE_WORDS = 12


def is_broken_before(paragraph: str, following: str, hard_wrapped: bool = False) -> bool:
    """True when ``paragraph`` stops mid-sentence and ``following`` carries the rest of it.

    A line without final punctuation is continued by the next one when the next starts in lower
    case, or when it ends on a word no sentence ends with. In a hard-wrapped text (a PDF, where
    most long lines stop without punctuation) a long line in sentence case is continued even before
    a capital ("... security of the United" / "States and ..."); on a web page such a line is more
    often a headline.
    """
    if TERMINAL_PUNCTUATION.search(paragraph) or not following:
        return False
    words = paragraph.split()
    last_word = re.sub(r"\W+$", "", words[-1]).lower() if words else ""
    if following[0].islower() or last_word in DANGLING_WORDS or paragraph.endswith((",", "-")):
        return True
    return hard_wrapped and len(words) > HEADLINE_WORDS and not looks_like_title(paragraph)


def is_hard_wrapped(lines: list[str]) -> bool:
    """Most long lines stop without final punctuation: the text was wrapped at a fixed width (a PDF).

    It takes at least three long lines to tell: with fewer, an open line is as likely a headline.

    >>> is_hard_wrapped(["The parties agreed that the talks would resume soon", "in Doha next month after the long holiday",
    ...                  "and that both delegations would attend them in full."])
    True
    """
    long_lines = [line for line in lines if len(line.split()) > HEADLINE_WORDS // 2]
    open_ended = [line for line in long_lines if not TERMINAL_PUNCTUATION.search(line)]
    return len(long_lines) >= 3 and len(open_ended) >= len(long_lines) / 2


def _classify_line(line: str) -> tuple[str, str] | None:
    """Return (action, rule) for a line that cleaning removes or moves, or None to keep it."""
    language = script_language(line)
    if language:
        return "moved", f"non-English line ({language})"
    for rule, pattern in BOILERPLATE_PATTERNS.items():
        if pattern.search(line):
            return "removed", rule
    if DATELINE.match(line):
        return "removed", "dateline"
    if LETTER_FORMULA.match(line):
        return "removed", "letter formula"
    return None


def _find_trailer(lines: list[str]) -> tuple[int, str] | None:
    """Index and rule of the first line that starts a page trailer, if any."""
    for index, line in enumerate(lines):
        for rule, pattern in TRAILER_PATTERNS.items():
            if pattern.match(line.strip()):
                return index, rule
    return None


def clean_text(raw: str) -> CleanedText:
    """Clean one raw extraction into English paragraphs, recording every removed or changed line.

    >>> cleaned = clean_text("Home / News / Item\\n\\n1-The parties agreed to\\n\\nmeet again.\\nRelated Posts\\nOther")
    >>> cleaned.paragraphs
    ['The parties agreed to meet again.']
    >>> [step.rule for step in cleaned.steps]
    ['navigation crumbs', 'list marker', 'line broken mid-sentence', 'teaser of other stories', 'after the page trailer']
    """
    lines = raw.splitlines()
    result = CleanedText(paragraphs=[])
    trailer = _find_trailer(lines)
    end = trailer[0] if trailer else len(lines)
    units: list[tuple[int, str, bool]] = []  # (line number, text, starts a list item)
    for index, original in enumerate(lines[:end]):
        line_no = index + 1
        line = normalise_spacing(original)
        if not line:
            continue
        verdict = _classify_line(line)
        if verdict:
            action, rule = verdict
            result.steps.append(CleaningStep(line_no, action, rule, original.strip()))
            if action == "moved":
                result.non_english.append(NonEnglishLine(line_no, rule[len("non-English line (") : -1], line))
            continue
        marker = LIST_MARKER.match(line)
        if marker:
            line = line[marker.end() :].strip()
            result.steps.append(CleaningStep(line_no, "changed", "list marker", original.strip(), line))
        elif line != original.strip():
            result.steps.append(CleaningStep(line_no, "changed", "spacing", original.strip(), line))
        units.append((line_no, line, bool(marker)))
    if trailer:
        index, rule = trailer
        result.steps.append(CleaningStep(index + 1, "removed", rule, lines[index].strip()))
        result.steps.extend(
            CleaningStep(number + 1, "removed", "after the page trailer", text.strip())
            for number, text in enumerate(lines[index + 1 :], start=index + 1)
            if text.strip()
        )
    _join_and_sort_units(units, result)
    return result


def _join_and_sort_units(units: list[tuple[int, str, bool]], result: CleanedText) -> None:
    """Rejoin lines broken mid-sentence, then set headings aside from the English paragraphs."""
    joined: list[tuple[list[int], str, bool]] = []  # (the raw lines of a unit, its text, is a list item)
    hard_wrapped = is_hard_wrapped([text for _, text, _ in units])
    for line_no, text, starts_item in units:
        if joined and not starts_item and is_broken_before(joined[-1][1], text, hard_wrapped):
            line_nos, previous, is_item = joined[-1]
            glue = "" if previous.endswith("-") and text[0].islower() else " "
            merged = (previous[:-1] if glue == "" else previous) + glue + text
            result.steps.append(
                CleaningStep(line_no, "joined", "line broken mid-sentence", f"{previous} ⏎ {text}", merged)
            )
            joined[-1] = ([*line_nos, line_no], merged, is_item)
        else:
            joined.append(([line_no], text, starts_item))
    repeats = _repeated_units([text for _, text, _ in joined])
    for index, ((line_nos, text, is_item), repeat) in enumerate(zip(joined, repeats)):
        cut_off_at_end = index == len(joined) - 1 and len(text.split()) > HEADLINE_WORDS // 2
        opens_the_page = index == 0 and len(joined) > 1
        if repeat:
            result.steps.append(CleaningStep(line_nos[0], "removed", repeat, text))
        elif (opens_the_page and is_title_line(text)) or (
            is_heading(text)
            and not (
                (cut_off_at_end or (is_item and len(text.split()) > SHORT_ITEM_WORDS)) and not looks_like_title(text)
            )
        ):
            result.headings.append(text)
            result.steps.append(CleaningStep(line_nos[0], "removed", "heading (no final punctuation)", text))
        else:
            result.paragraphs.append(text)
            result.kept_lines.update(line_nos)
    result.steps.sort(key=lambda step: step.line_no)


def _word_key(text: str) -> tuple[str, ...]:
    """The words of a line, lower-cased, without punctuation: what two copies of a line share."""
    return tuple(re.findall(r"\w+", text.lower()))


#: How many opening words a teaser must share with the paragraph it announces.
TEASER_WORDS = 10


def _repeated_units(texts: list[str]) -> list[str | None]:
    """For each unit, why it repeats another (a title shown twice, a teaser of the first paragraph), or None.

    A unit identical to an earlier one is a repeated line (the later copy goes). A unit whose words
    open a later unit is a teaser of it (the earlier, shorter copy goes): news pages print the
    first sentence as a summary above the article.

    >>> first = "The two sides met in Doha on Monday and agreed to meet again soon"
    >>> _repeated_units(["Talks open", "Talks open", first, first + ", officials said."])
    [None, 'repeated line', 'teaser repeating the text', None]
    """
    keys = [_word_key(text) for text in texts]
    # From the end: the longest later unit with each opening, so a page is read once, not once per unit.
    longest_later: dict[tuple[str, ...], int] = {}
    is_teaser = [False] * len(keys)
    for index in range(len(keys) - 1, -1, -1):
        opening = keys[index][:TEASER_WORDS]
        if len(opening) == TEASER_WORDS:
            is_teaser[index] = longest_later.get(opening, 0) > len(keys[index])
            longest_later[opening] = max(longest_later.get(opening, 0), len(keys[index]))
    seen: set[tuple[str, ...]] = set()
    reasons: list[str | None] = []
    for key, teaser in zip(keys, is_teaser):
        if key and key in seen:
            reasons.append("repeated line")
            continue
        seen.add(key)
        reasons.append("teaser repeating the text" if teaser else None)
    return reasons
