"""Split cleaned paragraphs into sentences with NLTK's Punkt, configured in code (no data download).

Punkt normally learns abbreviations from a trained model fetched by NLTK's data downloader. This book
builds offline, so the abbreviations that matter in diplomatic and news prose are listed here
instead. A sentence never crosses a paragraph boundary, and a fragment that starts in lower case
is glued back to the sentence before it (Punkt splits after an unknown abbreviation or a quoted
full stop, as in ``“important steps forward.” towards``).

A stretch without sentence punctuation (a table flattened into one line, a text stripped of its
full stops) would otherwise be one sentence of any length, and every rule run on a sentence would
grow with it; so a sentence longer than :data:`MAX_SENTENCE_WORDS` words (or
:data:`MAX_SENTENCE_CHARS` characters) is cut, at spaces, into segments no longer than that.

A resolution's or declaration's preamble is one grammatical sentence of many clauses ("The Security
Council, Recalling ..., Reaffirming ..., Expressing ...,"), often of 200 words or more; each clause
is a position of its own, so a sentence holding two clause openings or more is split before each
(:data:`PREAMBLE_CLAUSE`), the subject staying with the first clause.

Each sentence also gets a *speech* label, because the news reports mix the reporter's voice with
the actors' own words: ``quoted`` (words in quotation marks), ``reported`` (a reporting frame such
as "NATO said" or "according to the statement") or ``direct``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # NLTK is imported when a text is first split: importing all of NLTK costs ~190 MB, which a
    from nltk.tokenize.punkt import PunktSentenceTokenizer  # worker process that only reads these patterns need not pay

#: Abbreviations after which a full stop does not end a sentence (lower case, without the final dot).
ABBREVIATIONS = frozenset(
    "dr mr mrs ms prof gen lt col maj capt cmdr adm sgt sen rep gov amb pres h.e st jr sr "
    "no nos vol art para paras op cit al e.g i.e vs cf approx "
    "u.s u.n u.k e.u u.s.a jan feb mar apr jun jul aug sep sept oct nov dec".split()
)

#: The most words one sentence may hold; a longer run is cut into segments of this many words.
#: Far above a real sentence (the longest in the seeds has well under a hundred words).
MAX_SENTENCE_WORDS = 250
#: The most characters one sentence may hold (bounds a run with few spaces, such as a long URL).
MAX_SENTENCE_CHARS = 5000

_WORD = re.compile(r"\S+")

#: The participles and adjectives that open the clauses of a preamble (UN and conference usage),
#: capitalised, after the comma or semicolon that ends the clause before.
PREAMBLE_OPENERS = (
    "Recalling|Reaffirming|Re-affirming|Reiterating|Expressing|Noting|Welcoming|Stressing|Emphasizing|Emphasising"
    "|Recognizing|Recognising|Acknowledging|Affirming|Underlining|Underscoring|Condemning|Encouraging|Commending"
    "|Taking note|Bearing in mind|Concerned|Determined|Mindful|Convinced|Alarmed|Aware|Guided|Considering|Having"
    "|Adhering|Agreeing|Appreciating|Believing|Cognizant|Conscious|Desiring|Seeking|Acting"
)
PREAMBLE_CLAUSE = re.compile(rf"(?<=[,;])\s+(?=((Further|Also|Deeply|Gravely|Strongly) )?({PREAMBLE_OPENERS})\b)")
#: A clause opening this close to the start of the sentence follows its subject ("The Security
#: Council, Recalling"): the subject and the first clause stay one sentence.
PREAMBLE_SUBJECT_WORDS = 6

#: Verbs and phrases by which a reporter attributes words to someone else.
REPORTING_FRAME = re.compile(
    r"\b(said|says|say|added|adds|noted|notes|stated|states that|told|according to|indicated"
    r"|reported|announced|explained|remarked|declared|briefed|as stated by|the statement (said|read))\b",
    re.IGNORECASE,
)

#: A stretch in quotation marks: curly or straight double quotes.
QUOTATION = re.compile(r"“[^”]+”|\"[^\"]+\"")


@dataclass(frozen=True)
class SentenceSpan:
    """A sentence and where it stands in the cleaned text (``text[start:end]``)."""

    start: int
    end: int
    text: str
    speech: str


def sentence_tokenizer() -> PunktSentenceTokenizer:
    """A Punkt tokenizer that knows :data:`ABBREVIATIONS` and needs no trained model."""
    from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

    parameters = PunktParameters()
    parameters.abbrev_types = set(ABBREVIATIONS)
    return PunktSentenceTokenizer(parameters)


@lru_cache(maxsize=1)
def _tokenizer() -> PunktSentenceTokenizer:
    """The one tokenizer of the process, made when a text is first split."""
    return sentence_tokenizer()


def speech_type(sentence: str) -> str:
    """Say whose voice a sentence is in: 'quoted', 'reported' or 'direct'.

    >>> speech_type('“We hope for peace,” the statement said.')
    'quoted'
    >>> speech_type('NATO said on Wednesday that the parties should agree a ceasefire.')
    'reported'
    >>> speech_type('We demand a comprehensive ceasefire!')
    'direct'
    """
    if QUOTATION.search(sentence):
        return "quoted"
    if REPORTING_FRAME.search(sentence):
        return "reported"
    return "direct"


def _paragraph_spans(text: str) -> list[tuple[int, int]]:
    """Start and end offsets of the paragraphs (separated by blank lines) in ``text``."""
    return [(match.start(), match.end()) for match in re.finditer(r"[^\n]+(?:\n(?!\n)[^\n]+)*", text)]


def split_sentences(text: str) -> list[SentenceSpan]:
    """Split a cleaned text into sentences, keeping the character offsets of each.

    >>> [s.text for s in split_sentences("As stated by Dr. Abdullah Abdullah, peace matters. The U.S. agreed.")]
    ['As stated by Dr. Abdullah Abdullah, peace matters.', 'The U.S. agreed.']
    """
    spans: list[SentenceSpan] = []
    for para_start, para_end in _paragraph_spans(text):
        paragraph = text[para_start:para_end]
        pieces: list[tuple[int, int]] = []
        for start, end in _tokenizer().span_tokenize(paragraph):
            if pieces and paragraph[start : start + 1].islower():
                pieces[-1] = (pieces[-1][0], end)
            else:
                pieces.append((start, end))
        clauses = (clause for piece in pieces for clause in preamble_clauses(paragraph, *piece))
        for start, end in (segment for clause in clauses for segment in bounded_segments(paragraph, *clause)):
            sentence = paragraph[start:end]
            spans.append(SentenceSpan(para_start + start, para_start + end, sentence, speech_type(sentence)))
    return spans


def preamble_clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """``text[start:end]`` cut before each clause of a preamble, when it holds two clause openings or more.

    >>> preamble = "The Security Council, Recalling its resolutions, Reaffirming its commitment, Expressing concern,"
    >>> [preamble[a:b] for a, b in preamble_clauses(preamble, 0, len(preamble))]
    ['The Security Council, Recalling its resolutions,', 'Reaffirming its commitment,', 'Expressing concern,']
    """
    cuts = [match.start() for match in PREAMBLE_CLAUSE.finditer(text, start, end)]
    if len(cuts) < 2:
        return [(start, end)]
    if len(_WORD.findall(text, start, cuts[0])) <= PREAMBLE_SUBJECT_WORDS:
        cuts = cuts[1:]
    bounds = [start, *cuts, end]
    return [(a + len(text[a:b]) - len(text[a:b].lstrip()), b) for a, b in zip(bounds, bounds[1:])]


def bounded_segments(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """``text[start:end]`` cut at spaces into segments of at most :data:`MAX_SENTENCE_WORDS` words and
    :data:`MAX_SENTENCE_CHARS` characters (a longer word is cut at that many characters).

    >>> run = " ".join(["peace"] * 600)
    >>> [len(run[a:b].split()) for a, b in bounded_segments(run, 0, len(run))]
    [250, 250, 100]
    """
    if end - start <= 2 * MAX_SENTENCE_WORDS and end - start <= MAX_SENTENCE_CHARS:
        return [(start, end)]  # too short to hold more words than allowed
    segments: list[tuple[int, int]] = []
    first = last = -1  # the current segment's start and end
    words = 0
    for word in _WORD.finditer(text, start, end):
        word_start, word_end = word.span()
        if first >= 0 and (words == MAX_SENTENCE_WORDS or word_end - first > MAX_SENTENCE_CHARS):
            segments.append((first, last))
            first, words = -1, 0
        while word_end - word_start > MAX_SENTENCE_CHARS:  # one "word" longer than a sentence may be
            segments.append((word_start, word_start + MAX_SENTENCE_CHARS))
            word_start += MAX_SENTENCE_CHARS
        if first < 0:
            first = word_start
        last, words = word_end, words + 1
    if first >= 0:
        segments.append((first, last))
    return segments
