"""The line rules of cleaning: what one line of a web or PDF extraction is, read on its own.

Each rule names a kind of page furniture, never a site or a document:

- **Spacing and markup.** Spaces are folded, and the tags of paragraphs and inline markup an extraction
  left in a line (``<p class="italic">``, ``<a href=...>``) are dropped: the line is read by its words.
- **Another language.** A line written mostly in a script other than Latin (Dari, Pashto, Urdu,
  Hindi, Russian ...) is set aside, with the language or script it is in.
- **Web furniture** (:mod:`analysis.text.cleaning_furniture`, :mod:`analysis.text.cleaning_other_languages` for
  other languages, :mod:`analysis.text.cleaning_sign_offs`, :mod:`analysis.text.cleaning_paywalls`): navigation, comment
  forms, share buttons, captions, credits, bylines, widgets, prompts, sign-offs, a paywall's offer and the like go.
- **Datelines and letter formulas.** A line holding only a date ("Saturday the February 29, 2020", "16 Aug",
  "23/06/1440 Hijri Lunar", "which corresponds to Rajab 5, 1441 on the Hijri Lunar calendar";
  :mod:`analysis.text.cleaning_dates`) and the set phrases of a letter ("Yours sincerely,", "Warm regards,", a bare
  "Excellency,") are removed; a salutation naming its addressee ("Dear Secretary-General,") is kept with the paragraph it opens.
- **Wire datelines glued to the first sentence** (:mod:`analysis.text.cleaning_wire_datelines`): "KABUL (Pajhwok):",
  "Jeddah (UrduPoint / Pakistan Point News - 12th Jan, 2023)", "MOSCOW, March 18. /TASS/." are cut off; the sentence
  is kept.
- **Truncated excerpts.** A line that stops on "..." after a word is the excerpt of another story.
- **Headings.** A line without final punctuation is a heading when it is short or written like a
  title; a long line in sentence case, or one ending on a word no sentence ends with ("… accentuate
  on"), is a sentence that lost its end, not a heading. A short title-case line ending in a colon is
  a kicker ("President Ghani:"). A speaker's form of address on a line of its own ("Madam President",
  "Mr Secretary General, Colleagues") is no heading: it opens or resumes the speech; nor is the praise that opens
  a message after its invocation ("Praise be to Allah and ...").
- **Broken lines.** A line is continued by the next when it stops mid-sentence: the next starts in
  lower case, or it ends on a function word, a comma, a hyphenated word part or a dash glued to a word
  ("That the Senate—"); in a text wrapped
  at a fixed width (a PDF), a long line in sentence case is continued even before a capital ("… the
  security of the United" / "States and its allies …"), and before a number and a comma ("… in
  December" / "2001, the United States …"); a speaker's name before it ("Mr. VAN HOLLEN."), figures and an
  exclamation inside it ("Herr Präsident! Liebe Kolleginnen und Kollegen! Zur") do not make it a title.
"""

from __future__ import annotations

import re
import unicodedata

from analysis.runtime.scripts import non_latin_letters
from analysis.text.cleaning_dates import MONTHS, SUBTITLE_STAMP, WEEKDAYS, is_date_line
from analysis.text.cleaning_epithets import is_string_of_epithets
from analysis.text.cleaning_furniture import furniture_rule
from analysis.text.cleaning_noise import is_line_of_noise, printed_over_and_over
from analysis.text.cleaning_other_languages import other_language_furniture
from analysis.text.cleaning_paywalls import paywall_offer
from analysis.text.cleaning_sign_offs import editors_sign_off
from analysis.text.cleaning_wire_datelines import wire_dateline

#: A paragraph is finished when it ends with one of these (closing quotes and brackets allowed after).
TERMINAL_PUNCTUATION = re.compile(r"[.!?:;…][\"'”’)\]]*$")

#: A sentence's end followed by a short reference in brackets: "... National Army. (Paragraph 23)", "... killed.[2]",
#: or by the date of its source written as eight figures ("... Jamila Afghan. (20220121)"). The reference holds a
#: number (a credit in brackets, "(MOFA)", does not: it ends a caption).
SENTENCE_THEN_REFERENCE = re.compile(r"\w[.!?][\"'”’]?\s*[(\[]([^()\[\]\d]{0,20}\d{1,4}|(19|20)\d{6})[)\]]$")
#: A saying and the scripture it quotes, named in brackets after its full stop: "... and this is our Eid. (Al-Hadith)".
SENTENCE_THEN_SCRIPTURE = re.compile(
    r"\w[.!?][\"'”’]?\s*[(\[](al-)?(hadith|qur.?an|surah?|sahih|bukhari|tirmidhi)\b[^()\[\]]{0,20}[)\]]$", re.IGNORECASE
)

#: Function words that cannot end an English sentence: a line ending with one was broken mid-sentence.
DANGLING_WORDS = frozenset(
    "a an the of to in on for with by from at and or but nor that which who whose as than "
    "its their our his her your this these those is are was were be been has have had will "
    "would could should can may might must shall not into onto upon about between towards toward against among".split()
)

#: Longest line, in words, that can be taken for a heading when it has no final punctuation.
HEADING_MAX_WORDS = 25
#: A line without final punctuation and at most this many words is a heading (a headline) whatever
#: its case; a longer one is a heading only when written like a title.
HEADLINE_WORDS = 12
#: A list item of at most this many words and no final punctuation is a label ("• Agreement name").
SHORT_ITEM_WORDS = 4


#: The set phrases of a letter: the bare form of address a letter repeats between its paragraphs
#: ("Excellency,"), closings and signature blocks carry no position. A salutation that names its
#: addressee ("Dear Secretary-General,") is the letter's own first line, kept with the paragraph it opens.
LETTER_FORMULA = re.compile(
    r"^((your |his |her )?excellency,?|(yours )?(sincerely|faithfully|truly|respectfully),?|(with )?(best |kind |warm )?regards,?"
    r"|(please accept|accept, .{0,40}, the assurances?) .{0,80}(regard|consideration)s?\.?"
    r"|names? and signatures? .{0,120})$",
    re.IGNORECASE,
)

#: The address line of a letter or petition ("To: The United Nations General Assembly", "CC: ..."): the
#: salutation is part of the statement, and so are the names listed under it.
ADDRESS_LINE = re.compile(r"^(to|cc|attn|attention)\s*:\s*\S", re.IGNORECASE)

#: A list marker at the start of a line: "1-", "2- ", "3.", "4)", "- ", "• ".
LIST_MARKER = re.compile(r"^\s*(\(?\d{1,3}\s*[-.)]\s*(?=\D)|[-–—•·*▪]\s+)")

#: A speaker's form of address on a line of its own ("Mr. President", "Madam President,", "Mr. Chairman"): part
#: of the speech it opens or resumes, printed without its comma by some transcripts, and said again between
#: paragraphs, so neither a heading nor a repeated line.
FORM_OF_ADDRESS = re.compile(
    r"^(mr\.?|mister|madam|madame|mme\.?)\s+(vice[- ])?(president|chair(man|person|woman)?|speaker|secretary[- ]general)"
    # ... perhaps with the rest of the room after it ("Mr Secretary General, Colleagues", "Members of the Security
    # Council, Distinguished Briefers")
    r"(,\s*(and\s+)?(dear |distinguished |honou?rable )?(colleagues|excellencies|delegates|friends|briefers"
    r"|ladies and gentlemen|members of the( (?-i:[A-Z])[a-z]+){1,3}))*[,:!]?$",
    re.IGNORECASE,
)

#: A speaker's salutation naming those addressed, though it has no final punctuation: an excellency by name
#: ("Excellency professor Sayaf"), or three people or more by their honorifics ("Elected deputies of the Loya Jirga
#: Mr. Hadid, Mr. Norzai, Ms. Sorabi, Mr. Safi and Mr. Akhundzada"): the text's words, not a heading.
NAMED_SALUTATION = re.compile(
    r"^((?i:(your )?excellency)( [\w.'-]+){1,4}"
    r"|.{0,80}?\b(Mr|Ms|Mrs|Dr)\.? [A-Z][\w'-]*((, | and )(Mr|Ms|Mrs|Dr)\.? [A-Z][\w'-]*){2,}"
    r"|[A-Z][a-z'’-]+ --)$"  # an e-mail's first name and a double dash: "John --"
)

#: The first word of a salutation to a letter's or a speech's audience ("Dear friends:", "Ladies and Gentlemen:"), or
#: its last ("(My) Muslim Brothers:").
SALUTATION_OPENINGS = frozenset("dear ladies excellencies brothers sisters distinguished colleagues".split())
#: The verb, in lower case, of a lead-in to a quotation ("CP 24 reports:", "The IFJ said:"); "writes:" is left out, as it
#: opens a guest's whole piece under an editor's introduction ("Bishop Lull writes:").
LEAD_IN_VERBS = frozenset("said says reports reported adds added".split())

#: The invocation that opens many statements, read by the heading rules and by the listings' rule for a second
#: statement on a page of reposts, with or without an epithet before the name ("In the name of Almighty Allah").
IN_THE_NAME_OF_GOD = r"in the name of (the )?(almighty )?(allah|god)\b"
#: The first words of a statement, not its title, though they have no final punctuation: the invocation
#: that opens many statements ("In the name of Allah, the Most Gracious ...") and the praise after it ("Praise be
#: to Allah and blessings and peace be on Mohammad, ..."), the invocation transliterated ("Bismillah Rahman-ur-Rahim";
#: "Bismillah" alone may be a name: "Bismillah Habib, deputy spokesman ..."), and a communiqué's issuing
#: line naming who issued it ("Issued by the Heads of State and Government of ..."; "Published by" and
#: "Delivered by" alone, without an issuer of four words or more, are bylines and speaker labels).
OPENING_INVOCATION = re.compile(
    rf"^({IN_THE_NAME_OF_GOD}|(all )?praise (be|is due) to (allah|god)\b|issued by\s+\w+(\W+\w+){{3}}"
    r"|bismillah\w*[\s-]+((ir|ar|al|er)[\s-]?)?rahman)",
    re.IGNORECASE,
)

#: A parliament record's note of its sitting, which opens the record though it has no final punctuation: when the
#: House met ("The House met at half-past Nine o’clock") and who presides ("[Mr Speaker in the Chair]").
SITTING_NOTE = re.compile(
    r"^(the (house|senate|chamber|committee) met at \w|\[[^\[\]]{1,60} in the chair\]$)", re.IGNORECASE
)

#: An entry of a listing page: "• 20 Jun 2016 - " or "- January 29, 2010 - " (its marker needed: a press release opens
#: on "August 14, 2022 – Ottawa, Ontario -") before the entry's text, or its date with its weekday glued to the
#: text's first capital ("Thursday, 1 September , 2022Ariana News Agency: ...").
LISTING_ENTRY = re.compile(
    rf"^([•·▪*-]?\s*\d{{1,2}} ({MONTHS}) \d{{4}}\s+[-–—]\s+|[•·▪*-]\s*({MONTHS}) \d{{1,2}}, \d{{4}}\s+[-–—]\s+"
    rf"|({WEEKDAYS}), \d{{1,2}} ({MONTHS}) ?, ?\d{{4}}(?=(?-i:[A-Z])))",
    re.IGNORECASE,
)

#: The last word of a teaser cut short by its site: "local...", "The…", "said on Monday. […]", perhaps
#: with the link to the rest after it ("Hayatullah Hayat … Read More"), the mark perhaps doubled ("Ghani…..."),
#: or inside the link's brackets, glued to the last word ("... on the side[Read More…]").
#: How many last characters of a line can hold its truncation mark and a link after it.
TRUNCATION_TAIL = 40
TRUNCATION = re.compile(
    r"(\w\s?(\.\.\.|…)[.…]*|\S\s?\[(\.\.\.|…)\])(\s*(?i:read more|continue reading)\W*)?$"
    r"|\w\s?\[(?i:read more|continue reading)\s?(\.\.\.|…)\]$"
)

#: Letters that only Pashto writes among the Arabic-script languages of Afghanistan.
PASHTO_LETTERS = set("ټډړږښګڼېۍځڅ")
#: Letters that Persian (Dari) adds to the Arabic alphabet.
PERSIAN_LETTERS = set("پچژگکی")


def script_language(line: str) -> str | None:
    """Name the language (or script) of a line written mostly in a script other than Latin, else None.

    Dari and Pashto share the Arabic alphabet; Pashto adds letters such as ټ and ښ, Dari (Persian)
    adds پ, چ, ژ and گ. A line with neither is labelled Arabic. Any other script is named by its
    Unicode name (Devanagari, Cyrillic ...).

    >>> script_language("د ټول شموله سولې لپاره"), script_language("میکانیزم افغانستان برای صلح")
    ('Pashto', 'Dari')
    >>> script_language("अफगान मंत्री का दावा"), script_language("Press Release") is None
    ('Devanagari', True)
    """
    n_letters, other = non_latin_letters(line)  # each letter's script is the first word of its Unicode name
    if not n_letters or len(other) / n_letters <= 0.5:
        return None
    arabic = {char for char, script in other if script == "ARABIC"}
    if len(arabic) * 2 < len(other):
        scripts = [script for _, script in other]  # the commonest script; of two as common, the line's first
        return max(dict.fromkeys(scripts), key=scripts.count).title()
    if PASHTO_LETTERS.intersection(arabic):
        return "Pashto"
    if PERSIAN_LETTERS.intersection(arabic):
        return "Dari"
    return "Arabic"


#: The tags of a paragraph and of inline markup left in a line by the extraction: markup, not text.
HTML_TAG = re.compile(r"</?(p|a|i|b|em|strong|span|br|div)\b[^<>]*>", re.IGNORECASE)
_SPACE_RUN = re.compile(r"[ \t]+")
_SPACE_BEFORE_PUNCTUATION = re.compile(r" ([.,;:!?])(?=\s|$)")
#: An exclamation or question mark that an extraction reading the line right to left moved from its end to its start
#: ("!Troubled countrymen"): it goes back to the end.
MARK_MOVED_TO_START = re.compile(r"^([!?])(?=[A-Z])(.*)$")


def normalise_spacing(line: str) -> str:
    """Fold non-breaking and repeated spaces, drop a space before punctuation ("Afghanistan ."), drop the
    tags of paragraphs and inline markup an extraction left in the text ("<p class="italic">I move:</p>"), and put
    back at its end an exclamation mark a right-to-left extraction moved to the start (:data:`MARK_MOVED_TO_START`).

    >>> normalise_spacing('<p>The <a href="/en/taliban">Taliban</a> said .</p>'), normalise_spacing("!Troubled countrymen")
    ('The Taliban said.', 'Troubled countrymen!')
    """
    line = unicodedata.normalize("NFC", line).replace("\u00a0", " ").replace("\u200b", "")
    line = HTML_TAG.sub("", line)
    line = MARK_MOVED_TO_START.sub(r"\2\1", _SPACE_RUN.sub(" ", line).strip())
    return _SPACE_BEFORE_PUNCTUATION.sub(r"\1", line)


def classify_line(line: str) -> tuple[str, str] | None:
    """Return (action, rule) for a line that cleaning removes or moves wherever it stands, or None."""
    language = script_language(line)
    if language:
        return "moved", f"non-English line ({language})"
    rule = furniture_rule(line) or other_language_furniture(line) or editors_sign_off(line) or paywall_offer(line)
    if rule:
        return "removed", rule
    if is_date_line(line):
        return "removed", "dateline"
    if LETTER_FORMULA.match(line):
        return "removed", "letter formula"
    if line[:1].isdigit() and SUBTITLE_STAMP.match(line):
        return "removed", "subtitle cue without words"
    if is_line_of_noise(line):
        return "removed", "line of noise"
    if is_string_of_epithets(line):
        return "removed", "author's biography of epithets"
    if printed_over_and_over(line):
        return "removed", "word printed over and over"
    return None


def is_truncated_excerpt(line: str) -> bool:
    """The line stops on "..." right after a word, as a site's excerpt of another story does."""
    return bool(TRUNCATION.search(line[-TRUNCATION_TAIL:]))  # the end alone: a search from every position is slow


#: Small words a title leaves in lower case ("Statement of the Kabul Process for Peace").
TITLE_SMALL_WORDS = frozenset("a an the of to in on for with by from at and or but nor as vs via per".split())


def looks_like_title(paragraph: str, share: float = 0.6) -> bool:
    """Most of its words (``share`` of them or more) begin with a capital or a digit, as in a title or
    a kicker, not a sentence.

    >>> looks_like_title("Joint Statement on the Doha Talks"), looks_like_title("We urge all parties to refrain")
    (True, False)
    """
    words = [w for w in re.findall(r"[^\W_][\w'’-]*", paragraph) if w.lower() not in TITLE_SMALL_WORDS]
    if not words:
        return True
    capitalised = sum(1 for w in words if w[0].isupper() or w[0].isdigit() or not w[0].isalpha())
    return capitalised / len(words) >= share


def _last_word(paragraph: str) -> str:
    words = paragraph.split()
    return re.sub(r"\W+$", "", words[-1]).lower() if words else ""


#: Words broken off by the next speaker end on a dash after a space ("It's beautiful always --"); a speaker's name
#: in capitals opens a turn: a transcript's before a colon ("PRESIDENT KARZAI:", "SEC. RUMSFELD:"), a parliament
#: record's after a title and before a full stop ("Mr. VAN HOLLEN.", "Mrs. SHAHEEN.").
BROKEN_OFF = re.compile(r"\w\s(--|[—–])$")
SPEAKER_LABEL = re.compile(
    r"^([A-Z][A-Z.'’-]*( [A-Z][A-Z.'’-]*){0,3}:|(Mr|Mrs|Ms|Miss|Madam|Dr)\. [A-Z]{2}[A-Z'’-]*( [A-Z][A-Z'’-]+){0,2}\.)\s+"
)
#: An exclamation or a question with words after it on the same line: a title does not go on past one
#: ("Guten Morgen, liebe Kolleginnen und Kollegen! Die").
SENTENCE_GOES_ON = re.compile(r"\w[!?][\"'”’]?\s+\w")
#: A number standing as a word ("39", "1,444", "3.2"): neither a capital nor a small letter.
FIGURE = re.compile(r"\b\d[\d.,]*\b")
#: A quotation opened on one word and cut there ("“But"): a speech wrapped at a fixed width, whose next line goes on.
OPENED_ON_ONE_WORD = re.compile(r"^[“\"]\w+$")


#: A name of two or three capitalised words ending on a comma, the only one: a signatory of a letter, the comma
#: leading on to the next name or to the post held.
SIGNATORY_NAME = re.compile(r"^[A-Z][\w’'-]*(?: [A-Z][\w’'-]*){1,2},$")


def is_heading(paragraph: str) -> bool:
    """A line that is a title, a kicker or an address line, not a sentence.

    It has no final punctuation and is either very short or written like a title; a longer line
    in sentence case without a full stop (a sentence whose end was lost) is kept as text, and so is
    a line of three words or more that ends on a word no sentence ends with.
    A short title-case line ending in a colon is a kicker ("President Ghani:"), unless it ends on a verb that leads in to
    a quotation ("CP 24 reports:", :data:`LEAD_IN_VERBS`). A speaker's words broken off by a
    dash after a space (:data:`BROKEN_OFF`) are a sentence cut short, unless written like a title ("CNN —"). A name
    ending on a comma (:data:`SIGNATORY_NAME`) signs a letter.
    """
    words = paragraph.split()
    if paragraph.endswith(":") and len(words) <= 3:
        # "Dear Taliban leaders:" is a letter's salutation (its first line), "Ladies and Gentlemen:" a speech's: no kicker
        addressed = words[0].lower() in SALUTATION_OPENINGS or words[-1][:-1].lower() in SALUTATION_OPENINGS
        lead_in = words[-1][:-1] in LEAD_IN_VERBS  # a source's words follow, quoted: the text's own line
        return looks_like_title(paragraph) and not addressed and not lead_in
    if TERMINAL_PUNCTUATION.search(paragraph) or len(words) > HEADING_MAX_WORDS:
        return False
    if SIGNATORY_NAME.match(paragraph):
        return False  # a signatory's name, its comma leading on to the next ("Yvonne O’ Callaghan,"), not a title
    if SENTENCE_THEN_REFERENCE.search(paragraph) or SENTENCE_THEN_SCRIPTURE.search(paragraph):
        return False  # "... National Army. (Paragraph 23)": a sentence and the reference given after it
    if BROKEN_OFF.search(paragraph) and not looks_like_title(SPEAKER_LABEL.sub("", paragraph)):
        return False  # a speaker's words broken off ("PRESIDENT KARZAI: It's beautiful always --"), not a title
    if len(words) >= 3 and _last_word(paragraph) in DANGLING_WORDS and not looks_like_title(paragraph):
        return False
    return len(words) <= HEADLINE_WORDS or looks_like_title(paragraph)


#: The last unit of a page, cut off by the extraction, is text from this many words on when it is
#: written as a sentence ("The notion of meaningful participati").
CUT_OFF_MIN_WORDS = 3


#: Words that open a sentence and end none: a page cut off after one of them alone ("They", "The", "Regarding")
#: was cut in its text's next sentence.
SENTENCE_OPENERS = DANGLING_WORDS | frozenset("they we he she it i regarding during".split())


def reads_as_words(text: str) -> bool:
    """The unit has :data:`CUT_OFF_MIN_WORDS` words or more, or fewer ending on a word no sentence
    ends with ("They not") or on one in lower case, cut off ("The commissi"), and one of them in lower
    case: the start of a sentence, not a name, initials or a symbol ("M. Daud", "Pr/nh"); or it is one
    word that opens sentences and ends none (:data:`SENTENCE_OPENERS`: "They"), or one word with the comma that
    opens a sentence after it ("Notably,"; a list of tags has several, "Erdogan, TURKEY, Diplomacy,").

    >>> reads_as_words("They"), reads_as_words("Comments"), reads_as_words("The commissi"), reads_as_words("Notably,")
    (True, False, True, True)
    """
    words = text.split()
    if len(words) == 1 and (words[0].lower() in SENTENCE_OPENERS or text.endswith(",")):
        return True
    last = words[-1] if words else ""
    long_enough = (
        len(words) >= CUT_OFF_MIN_WORDS or len(words) > 1 and (last.lower() in DANGLING_WORDS or last.islower())
    )
    return long_enough and any(word.isalpha() and word.islower() for word in words)


#: A caption that names who or what a photo shows has at most this many words (and three at least: a
#: two-word line with a full stop may be a closing formula, "Allahu Akbar.").
NAME_CAPTION_WORDS = 7
#: ... and so at most this many characters.
NAME_CAPTION_CHARS = 150
#: Titles a name may end on when a sentence is cut after them ("... Secretary General Dr."): no caption.
TITLES_BEFORE_NAMES = frozenset("dr mr mrs ms prof gen col sen rep gov maj capt lt st hon".split())


#: A speaker's thanks ("Thank you, Madam President.", "Thanks Ned."): words of a speech, however many capitals.
SPEAKERS_THANKS = re.compile(r"^thank(s| you)\b", re.IGNORECASE)


def is_name_caption(unit: str) -> bool:
    """A photo's caption that names who or what it shows and ends on a full stop, written like a title:
    "Uzbek President Shavkat Mirziyoyev.", "Afghan Taliban Office in Doha, Qatar." (a sentence of text has
    its verb in lower case). A name cut off after its title ("... Secretary General Dr.") is not one, nor a
    speaker's line in a transcript ("Q:  (Inaudible).").

    >>> is_name_caption("Education activist Matiullah Wesa."), is_name_caption("The talks went well.")
    (True, False)
    """
    if not unit.endswith(".") or len(unit) > NAME_CAPTION_CHARS or unit.count(".") > 1 or ":" in unit:
        return False  # the cheap tests first: most units are long paragraphs
    if SPEAKERS_THANKS.match(unit):
        return False  # "Thank you, Madam President.": a speech's closing words, not a caption
    words = unit.split()
    return (
        3 <= len(words) <= NAME_CAPTION_WORDS
        and words[-1].rstrip(".").lower() not in TITLES_BEFORE_NAMES
        and looks_like_title(unit, share=0.75)
    )


def is_title_line(paragraph: str) -> bool:
    """The first line of a page is its title when it has no final punctuation and is not too long."""
    return not TERMINAL_PUNCTUATION.search(paragraph) and len(paragraph.split()) <= HEADING_MAX_WORDS


def is_broken_before(paragraph: str, following: str, hard_wrapped: bool = False, adjacent: bool = False) -> bool:
    """True when ``paragraph`` (a line) stops mid-sentence and ``following`` carries the rest of it.

    A line without final punctuation is continued by the next one when the next starts in lower
    case (after a bracket or quote, perhaps), or when it ends on a word no sentence ends with, a comma, a word cut at a hyphen or a dash
    that opens what follows ("That the Senate—" / "(a) acknowledges:"). In a
    hard-wrapped text (a PDF, where most long lines stop without punctuation) a line in sentence
    case is continued even before a capital ("... security of the United" / "States and ..."), when
    it is long (more than :data:`HEADLINE_WORDS` words, or half that with no blank line between
    the two: ``adjacent``) and the next line is text too (long, or finished) and not a label; on a
    web page such a line is more often a headline. In a hard-wrapped text, a next line that opens with
    a number and a comma ("2001, the United States ...") carries on a date or a figure. A quotation opened on one word
    ("“But"), with no blank line under it, goes on in the next line. A speaker's name that
    opens the line ("Mr. VAN HOLLEN."), the figures of a reference ("Art. 39 Abs. 3") and German nouns do not make
    it a title: a line that goes on past an exclamation ("... Kolleginnen und Kollegen! Die") is none.
    """
    if TERMINAL_PUNCTUATION.search(paragraph) or not following:
        return False
    if following == ".":
        return True  # a record wrapped at a fixed width that set its sentence's full stop on a line of its own
    # a bracket or quote before the first word does not make it start a sentence: "(hereafter called ...)"
    if (
        following.lstrip("(“\"‘'[")[:1].islower()
        or _last_word(paragraph) in DANGLING_WORDS
        or re.search(r"(,|\w[-—–])$", paragraph)
        or adjacent
        and OPENED_ON_ONE_WORD.match(paragraph)
    ):
        return True
    # the next line is text when long, finished, or itself broken on a word no sentence ends with ("... (SRSG) in")
    next_is_text = len(following.split()) > HEADLINE_WORDS // 2 or bool(TERMINAL_PUNCTUATION.search(following))
    next_is_text = next_is_text or _last_word(following) in DANGLING_WORDS
    long_enough = len(paragraph.split()) > (HEADLINE_WORDS // 2 if adjacent else HEADLINE_WORDS)
    if hard_wrapped and re.match(r"\d[\d.]*,\s", following):
        return True  # a date or a figure broken across lines: "... in December" / "2001, the United States"
    # a line that opens with a wire dateline or a speaker's name ("Mr. VAN HOLLEN. Mr. President, I voted ..."), or
    # goes on past an exclamation, opens or carries the text, however many names (or German nouns) it holds: no title;
    # nor do the figures of a reference ("gemäß Art. 39 Abs. 3") make a line one
    if not (hard_wrapped and next_is_text and long_enough):
        return False
    title = looks_like_title(FIGURE.sub("", SPEAKER_LABEL.sub("", paragraph))) and not SENTENCE_GOES_ON.search(
        paragraph
    )
    return not title or bool(wire_dateline(paragraph))


def is_hard_wrapped(lines: list[str]) -> bool:
    """Most long lines stop without final punctuation and run on into the next line, with no blank
    line between: the text was wrapped at a fixed width (a PDF). A web page sets a blank line after
    a headline, so its open lines do not count.

    It takes at least three long lines to tell: with fewer, an open line is as likely a headline.

    >>> is_hard_wrapped(["The parties agreed that the talks would resume soon", "in Doha next month after the long holiday",
    ...                  "and that both delegations would attend them in full."])
    True
    """
    following = [*lines[1:], ""]
    long_lines = [(line, after) for line, after in zip(lines, following) if len(line.split()) > HEADLINE_WORDS // 2]
    open_ended = [line for line, after in long_lines if not TERMINAL_PUNCTUATION.search(line) and after.strip()]
    return len(long_lines) >= 3 and len(open_ended) >= len(long_lines) / 2
