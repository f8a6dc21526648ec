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
from collections import Counter
from dataclasses import dataclass, field
from functools import cache

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
        r"|more (stories|news)|recommended|see also|latest news|trending)\b.{0,20}$",
        re.IGNORECASE,
    ),
    "comment form": re.compile(r"^(leave a (reply|comment)|post a comment|\d+ comments?)\b.{0,20}$", re.IGNORECASE),
    "author box": re.compile(r"^about (the author|admin|[\w.]+)$", re.IGNORECASE),
}

#: Lines that are web furniture wherever they stand.
BOILERPLATE_PATTERNS: dict[str, re.Pattern[str]] = {
    "navigation crumbs": re.compile(r"^(home|главная|accueil)\s*[/>»›|]\s*.+", re.IGNORECASE),
    "last-updated stamp": re.compile(r"(last updated|updated on|published on)\s*:?", re.IGNORECASE),
    "comment form": re.compile(
        r"(your email address will not be published|required fields are marked|save my name, email)",
        re.IGNORECASE,
    ),
    "share buttons": re.compile(r"^(share|tweet|print|email|share this( article)?)\s*:?$", re.IGNORECASE),
}

_MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december"
    "|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
)
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

    @property
    def text(self) -> str:
        """The cleaned text: paragraphs separated by a blank line."""
        return "\n\n".join(self.paragraphs)


def script_language(line: str) -> str | None:
    """Name the language of a line written mostly in Arabic script, or None for a Latin-script line.

    Dari and Pashto share the Arabic alphabet; Pashto adds letters such as ټ and ښ, Dari (Persian)
    adds پ, چ, ژ and گ. A line with neither is labelled Arabic.

    Only the characters outside ASCII are looked at one by one (an ASCII line has no Arabic letter,
    and its letters are counted by a regular expression); each distinct character's Unicode name
    is read once per process. :func:`_script_language_by_name` is the plain definition, and the
    tests check that both agree.

    >>> script_language("د ټول شموله سولې لپاره")
    'Pashto'
    >>> script_language("میکانیزم افغانستان برای صلح")
    'Dari'
    >>> script_language("Press Release") is None
    True
    """
    if line.isascii():  # no ASCII character is an Arabic letter: the ratio below would be 0
        return None
    counts = Counter(_NON_ASCII.findall(line))
    arabic = {ch for ch in counts if _is_arabic_letter(ch)}
    if not arabic:
        return None
    n_arabic = sum(counts[ch] for ch in arabic)
    n_letters = len(_ASCII_LETTER.findall(line)) + sum(count for ch, count in counts.items() if ch.isalpha())
    return _language_of(arabic) if n_arabic / n_letters > 0.5 else None


def _language_of(arabic_letters: set[str] | list[str]) -> str:
    """Pashto or Dari by their own letters among a line's Arabic-script letters, else Arabic."""
    if PASHTO_LETTERS.intersection(arabic_letters):
        return "Pashto"
    if PERSIAN_LETTERS.intersection(arabic_letters):
        return "Dari"
    return "Arabic"


#: Characters outside ASCII, and the ASCII letters (for ASCII, ``str.isalpha`` is exactly [A-Za-z]).
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_ASCII_LETTER = re.compile(r"[A-Za-z]")


@cache
def _is_arabic_letter(char: str) -> bool:
    """A letter whose Unicode name says ARABIC (one look-up per distinct character, then remembered)."""
    return char.isalpha() and "ARABIC" in unicodedata.name(char, "")


def _script_language_by_name(line: str) -> str | None:
    """:func:`script_language` the direct way, a Unicode name per character (the reference for the tests)."""
    letters = [ch for ch in line if ch.isalpha()]
    arabic = [ch for ch in letters if "ARABIC" in unicodedata.name(ch, "")]
    if not letters or len(arabic) / len(letters) <= 0.5:
        return None
    return _language_of(arabic)


_SPACE_RUN = re.compile(r"[ \t]+")
_SPACE_BEFORE_PUNCTUATION = re.compile(r" ([.,;:!?])(?=\s|$)")


def normalise_spacing(line: str) -> str:
    """Fold non-breaking and repeated spaces, and drop a space before punctuation ("Afghanistan .")."""
    line = unicodedata.normalize("NFC", line).replace("\u00a0", " ").replace("\u200b", "")
    if "  " in line or "\t" in line:  # otherwise every run of spaces is a single space already
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


#: For the boilerplate patterns that search the whole line: words of which every match holds one.
_BOILERPLATE_WORDS: dict[re.Pattern[str], tuple[str, ...]] = {
    BOILERPLATE_PATTERNS["last-updated stamp"]: ("updated", "published"),
    BOILERPLATE_PATTERNS["comment form"]: ("published", "required", "email"),
}


def is_heading(paragraph: str) -> bool:
    """A short line with no final punctuation: a title, a kicker or an address line, not a sentence."""
    return not TERMINAL_PUNCTUATION.search(paragraph) and len(paragraph.split()) <= HEADING_MAX_WORDS


def is_broken_before(paragraph: str, following: str) -> bool:
    """True when ``paragraph`` stops mid-sentence and ``following`` carries the rest of it."""
    if TERMINAL_PUNCTUATION.search(paragraph) or not following:
        return False
    last_word = re.sub(r"\W+$", "", paragraph.split()[-1]).lower() if paragraph.split() else ""
    return following[0].islower() or last_word in DANGLING_WORDS or paragraph.endswith((",", "-"))


def _classify_line(line: str) -> tuple[str, str] | None:
    """Return (action, rule) for a line that cleaning removes or moves, or None to keep it."""
    language = script_language(line)
    if language:
        return "moved", f"non-English line ({language})"
    folded = fold_for_search(line)
    for rule, pattern in BOILERPLATE_PATTERNS.items():
        words = _BOILERPLATE_WORDS.get(pattern)
        if words is not None and not any(word in folded for word in words):
            continue  # the pattern cannot match: skip the costly search
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
    >>> [step.rule for step in cleaned.steps][:3]
    ['navigation crumbs', 'list marker', 'line broken mid-sentence']
    >>> [step.rule for step in cleaned.steps][3:]
    ['teaser of other stories', 'after the page trailer']
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
    joined: list[tuple[int, str]] = []
    for line_no, text, starts_item in units:
        if joined and not starts_item and is_broken_before(joined[-1][1], text):
            first_line, previous = joined[-1]
            glue = "" if previous.endswith("-") and text[0].islower() else " "
            merged = (previous[:-1] if glue == "" else previous) + glue + text
            result.steps.append(
                CleaningStep(line_no, "joined", "line broken mid-sentence", f"{previous} ⏎ {text}", merged)
            )
            joined[-1] = (first_line, merged)
        else:
            joined.append((line_no, text))
    for line_no, text in joined:
        if is_heading(text):
            result.headings.append(text)
            result.steps.append(CleaningStep(line_no, "removed", "heading (no final punctuation)", text))
        else:
            result.paragraphs.append(text)
    result.steps.sort(key=lambda step: step.line_no)
