"""The start of a paragraph that the extraction cut off at the page's end, however short: text, not furniture.

A tool that copies a page up to a fixed length stops anywhere, sometimes one or two letters into the next paragraph
("O", "Mo", "Ur") or right after its opening quotation mark ("“", "“Y"). Left alone on the page's last line, such a
fragment looks like a heading or a separator, but it is the first word of one more paragraph of the text above
it. So the page's last line, with nothing after it and a paragraph of text right above it, is text when it is
:func:`opens_a_cut_paragraph`: an opening quotation mark, a capital letter, or a capital and one letter in lower
case, perhaps after the quotation mark. Under a paragraph in another language, set aside, it is set aside with it
(a Chinese report's last "“").

Only the 26 letters of the Latin alphabet without a diacritic count: a capital with a diacritic alone on the last
line ("Â") is what a page decoded in the wrong encoding leaves of a non-breaking space, and two capitals are
initials or an agency's mark ("AP"). Furniture right above the fragment (a date, "Related Posts") means the text did
not run on to it: a letter after it is a menu's or a widget's remnant ("S", "Z").

The extraction may also stop a few words into the next sentence, on words written like a title: "The United St",
"The Taliba", "Islamic Relie". Such a last line, right under text with nothing removed between, is text when it ends
on a word cut off (:func:`cuts_a_word_above`: the start of a longer word of the text above, "Relie" of "Relief"; or,
as a special case, :func:`cuts_the_opening_word`, the start of the first word of the paragraph right above it), or
when it opens a sentence (:func:`opens_a_cut_sentence`: a few words after "The", "They", "This" ...). A title or a
menu's entry on the last line ("Related Topics", "Taliban Militan" under a related story) neither opens on such a
word nor ends on a cut word of the text.
"""

from __future__ import annotations

import re

#: The first letters of a paragraph cut off by the extraction: an opening quotation mark, a capital letter, or a
#: capital and one letter in lower case, with or without the quotation mark ("“", "O", "Mo", "“Y").
CUT_PARAGRAPH_START = re.compile(r"^(?:[“\"‘]|[“\"‘]?[A-Z][a-z]?)$")
#: An opening quotation mark alone: the line rules take it for a separator, a line of punctuation alone.
LONE_OPENING_QUOTE = re.compile(r"^[“\"‘]$")
#: A list's bullet alone on its line, above the point it marks ("-", "•"): no furniture between the points of a list,
#: so the page's last line under it is still right under the text (a line of several marks, "#  #  #", ends a release).
LONE_BULLET = re.compile(r"^\s*[-–—•·▪*]\s*$")


def opens_a_cut_paragraph(text: str) -> bool:
    """The line is the start of a paragraph cut off after its first letter or two (:data:`CUT_PARAGRAPH_START`).

    >>> [opens_a_cut_paragraph(text) for text in ["O", "Mo", "“", "“Y", "AP", "Â", "The", "|"]]
    [True, True, True, True, False, False, False, False]
    """
    return bool(CUT_PARAGRAPH_START.match(text.strip()))


def is_last_line(index: int, lines: list[str]) -> bool:
    """No line after ``lines[index]`` holds anything but spaces: it is the page's last line.

    >>> is_last_line(1, ["Text.", "O", "", " "]), is_last_line(0, ["Text.", "O"])
    (True, False)
    """
    return not any(line.strip() for line in lines[index + 1 :])


def language_set_aside_above(line_no: int, lines: list[str], set_aside: dict[int, str]) -> str | None:
    """The language of the line right above line ``line_no`` (1-based; blank lines between), when that line was set
    aside as text in another language (``set_aside``: line number, language); else None.

    >>> language_set_aside_above(3, ["塔利班的发言人说。", "", "“"], {1: "Cjk"})
    'Cjk'
    """
    above = next((number for number in range(line_no - 1, 0, -1) if lines[number - 1].strip()), None)
    return set_aside.get(above) if above else None


#: A word that opens a sentence as its subject, or the subject's article or pronoun: "The", "They", "This".
SUBJECT_OPENERS = frozenset("the a an this these those they we he she it its their our his her".split())
#: A sentence's start cut off by the extraction, on the page's last line, has at most this many words (a longer
#: line is read by its words in lower case, :func:`analysis.text.cleaning_rules.reads_as_words`).
CUT_SENTENCE_MAX_WORDS = 4
#: A word cut off by the extraction keeps this many letters at least ("Rel" of "Relief"): fewer match too many words.
CUT_WORD_MIN_LETTERS = 3
#: A letter, in any script: the words of a text are runs of them.
_WORD = re.compile(r"[^\W\d_]+")


def opens_a_cut_sentence(text: str) -> bool:
    """Two to :data:`CUT_SENTENCE_MAX_WORDS` words without final punctuation that open on a capitalised subject word
    (:data:`SUBJECT_OPENERS`): the start of a sentence cut off, even when its other words are names ("The United St").

    >>> opens_a_cut_sentence("The United St"), opens_a_cut_sentence("About Post Author"), opens_a_cut_sentence("The")
    (True, False, False)
    """
    words = text.split()
    opens = 1 < len(words) <= CUT_SENTENCE_MAX_WORDS and words[0] == words[0].capitalize()
    return opens and words[0].lower() in SUBJECT_OPENERS and not text.rstrip().endswith((".", "!", "?", ":", ";"))


def cuts_a_word_above(text: str, paragraphs: list[str]) -> bool:
    """At most :data:`CUT_SENTENCE_MAX_WORDS` words, the last of them the start of a longer word of the text above
    (``paragraphs``), cut off by the extraction, and no word of it itself ("Islamic Relie" under "... Islamic Relief
    ...", "Afghanista" under "... Afghanistan ..."): the page's last line, cut in the middle of a word, not a title.

    >>> cuts_a_word_above("Islamic Relie", ["Islamic Relief said."]), cuts_a_word_above("Islamic Relief", ["Islamic Relief said."])
    (True, False)
    """
    words = text.split()
    if not words or len(words) > CUT_SENTENCE_MAX_WORDS or not words[-1].isalpha():
        return False
    last, above = words[-1], set(_WORD.findall(" ".join(paragraphs)))
    cut = len(last) >= CUT_WORD_MIN_LETTERS and last not in above
    return cut and any(len(word) > len(last) and word.startswith(last) for word in above)


def cuts_the_opening_word(text: str, text_above: str) -> bool:
    """One word, the start of the word that opens the paragraph above, cut off by the extraction before its end
    ("Repre" under "Representative John Garamendi: ..."): the next paragraph's first word, not a title.

    >>> cuts_the_opening_word("Repre", "Representative John Garamendi: ..."), cuts_the_opening_word("Rep", "Rep. Smith")
    (True, False)
    """
    words_above = text_above.split()
    return (
        " " not in text
        and len(text) >= 3
        and bool(words_above)
        and words_above[0].startswith(text)
        and words_above[0] != text
        and words_above[0][len(text)].isalpha()
    )
