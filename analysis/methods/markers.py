"""Interpersonal stance: Hyland's stance and engagement markers, counted per 1,000 words.

:func:`sentence_stance <analysis.methods.stance.sentence_stance>` says *what* a statement is for or
against. Hyland's model of stance and engagement (Hyland 2005, *Discourse Studies* 7(2); the
marker lists follow the appendix of Hyland 2005, *Metadiscourse*) says *how firmly* and *to whom*
the writer speaks, through five families of words (:data:`CATEGORIES`):

* **hedges** withhold full commitment: *may, might, could, would, perhaps, possible, likely,
  suggest, appear, nearly* (before a number);
* **boosters** close down alternatives: *clearly, indeed, in fact, undeniable, certainly, never,
  always, believe, show, demonstrate*;
* **attitude markers** express the writer's affect: *important, essential, unfortunately,
  remarkable, hopeful, appropriate*;
* **self-mentions** put the writer in the text: *we, our, us, I, my*;
* **engagement markers** address the reader: reader pronouns (*you, your*), directives
  (*must, should, need to, it is crucial to note*) and questions.

Hyland's lists were drawn from academic writing. Diplomatic statements express firmness and
affect with a few words his lists lack, so :data:`MARKERS` adds them, each flagged with
``source="added"`` (for example *strongly, fully, firmly* as boosters; *heinous, horrific, grave,
unjust, pleased, hope* as attitude markers). *Must* and *should* are both epistemic (a hedge or a
booster) and deontic (a directive) in Hyland's lists; in these statements they are almost always
deontic, so they are counted once, as engagement directives.

A word list over-counts unless it knows when a word is not the marker. Each guard below is
documented and tested (:func:`is_false_hit`):

* *may* as a month: a capitalised *May* inside a sentence, or *may* next to a day number or a
  year ("4th May", "May 2021", "in May 2020");
* *will* as a noun: after a determiner, possessive or adjective ("the will of the Afghan people",
  "political will") or before *of*; only the auxiliary *will* is a booster;
* *point* as a noun: only *point out* is a booster, never "the following points";
* *certain* meaning "some" ("certain countries"): only predicative *certain* ("is certain",
  "certain that") is a booster;
* *US* as the United States: only lower-case *us* is a self-mention;
* *agree* in negotiation ("agree to a ceasefire", "agree on a roadmap"): only *agree that* or
  *agree with* is an attitude marker;
* *nearly, about, around, approximately* are hedges only before a number ("nearly two decades");
* *note that* is a directive only when the reader is told to note ("Note that", "it is crucial to
  note that"), not in "we are pleased to note that";
* *need to* after a determiner ("the need to") is a noun phrase, not a directive.

Each count gets an exact Poisson 95% interval (Garwood 1936), turned into a rate per 1,000 words:
with a handful of hits per statement, a rate of zero and a rate of five may not differ.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

import pandas as pd

from analysis.runtime.jobs import sentence_rows_table
from analysis.runtime.patterns import PatternSet, longest_non_overlapping, top_level_alternatives
from analysis.text.wording import per_1000_words

#: The marker categories, in the order of the book's tables and figures.
CATEGORIES = ["hedge", "booster", "attitude", "self_mention", "engagement"]

#: Reader-friendly names of the categories.
CATEGORY_NAMES = {
    "hedge": "hedges",
    "booster": "boosters",
    "attitude": "attitude markers",
    "self_mention": "self-mentions",
    "engagement": "engagement markers",
}

NUMBER = (
    r"(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten"
    r"|a dozen|a few|half|a hundred|hundreds|a thousand|thousands|a million)"
)


@dataclass(frozen=True)
class Marker:
    """One stance or engagement marker: its name, category, regex and where the list comes from."""

    name: str
    category: str
    pattern: str
    source: str = "Hyland 2005"
    case_sensitive: bool = False


def _markers(category: str, words: str, source: str = "Hyland 2005") -> list[Marker]:
    """Markers of one category from '|'-separated ``name=pattern`` or plain word items."""
    items = []
    for item in top_level_alternatives(words):
        name, _, pattern = item.partition("=")
        items.append(Marker(name, category, pattern or name, source))
    return items


#: Every marker. Patterns are matched as whole words, case-insensitively unless ``case_sensitive``.
MARKERS: list[Marker] = (
    _markers(
        "hedge",
        "may|might|could|would|perhaps|maybe|possible|possibly|probable|probably|likely|unlikely|presumably"
        "|apparently|seem=seem(?:s|ed)?|appear=appear(?:s|ed)?|suggest=suggest(?:s|ed)?|indicate=indicat(?:e|es|ed)"
        "|assume=assum(?:e|es|ed)|suppose=suppos(?:e|es|ed)|estimate=estimat(?:e|es|ed)|tend to=tend(?:s|ed)? to"
        "|feel=feel(?:s)?|generally|largely|mainly|mostly|often|usually|typically|relatively|somewhat|fairly"
        "|quite|rather|roughly|in general|to some extent|on the whole|uncertain|unclear"
        f"|approximately=(?:approximately|nearly|about|around|almost)(?= {NUMBER}\\b)",
    )
    + _markers(
        "booster",
        "actually|always|never|certainly|clearly|clear=(?:is|are|was|be|it is) clear|definitely|evidently|evident"
        "|in fact|indeed|of course|no doubt|obviously|obvious|really|surely|truly|undeniable|undeniably|undoubtedly"
        "|indisputable|certain=(?:(?:is|are|was|were|be|am|remain|remains) certain|certain that)"
        "|believe=believ(?:e|es|ed)|think=think(?:s)?|know=know(?:s|n)?|show=show(?:s|ed|n)?"
        "|demonstrate=demonstrat(?:e|es|ed)|prove=prov(?:e|es|ed|en)|realise=reali[sz](?:e|es|ed)"
        "|point out=point(?:s|ed)? out",
    )
    + _markers("booster", "strongly|fully|firmly|resolutely|unwavering|earnestly|will=will", source="added")
    + _markers(
        "attitude",
        "important=important(?:ly)?|essential=essential(?:ly)?|appropriate=appropriate(?:ly)?"
        "|agree=agree(?:s|d)? (?:that|with)"
        "|disagree=disagree(?:s|d)?|unfortunate=unfortunate(?:ly)?|fortunate=fortunate(?:ly)?|hopeful=hopeful(?:ly)?"
        "|remarkable=remarkabl[ey]|surprising=surprising(?:ly)?|striking=striking(?:ly)?|interesting=interesting(?:ly)?"
        "|unexpected=unexpected(?:ly)?|dramatic=dramatic(?:ally)?|desirable|preferable|prefer=prefer(?:s|red)?"
        "|shocked|disappointed|disappointing|unbelievable|understandable|curious=curious(?:ly)?|even",
    )
    + _markers(
        "attitude",
        "heinous|horrific|tragic|disastrous|unjust|irrational|grave|deep=deep(?:ly)?|crucial|imperative|valuable"
        "|unacceptable|regrettable|pleased|welcome news|hope=hop(?:e|es|ed)|wise|tireless|sincere|rightful",
        source="added",
    )
    + _markers("self_mention", "we|our|ours|ourselves|my|me|mine|myself")
    + [Marker("I", "self_mention", r"I", case_sensitive=True), Marker("us", "self_mention", r"us", case_sensitive=True)]
    + _markers(
        "engagement",
        "you|your|yours|yourself|yourselves|let us=let us|let's"
        "|must|should|ought to|have to=ha(?:ve|s) to|need to=need(?:s)? to"
        "|note=note(?= that\\b)"
        "|consider=(?:^|(?<=[.:] ))consider",
    )
    + [Marker("?", "engagement", r"\?")]
)


def _compile(marker: Marker) -> re.Pattern:
    flags = 0 if marker.case_sensitive else re.IGNORECASE
    if marker.name == "?":
        return re.compile(marker.pattern)
    return re.compile(rf"(?<![\w'’-])(?:{marker.pattern})(?![\w-])", flags)


_COMPILED = [(marker, _compile(marker)) for marker in MARKERS]
#: Every match of the marker patterns in a sentence (:class:`analysis.runtime.patterns.PatternSet`).
_PATTERNS = PatternSet((pattern for _, pattern in _COMPILED), anchor=r"(?<![\w'’-])")

# --- False-hit guards -----------------------------------------------------------------------

MONTH_NEIGHBOUR_BEFORE = re.compile(
    r"(?:\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?|\b(?:in|since|until|till|from|by|during|before|after|early|mid|late|last|next)\s+)$",
    re.IGNORECASE,
)
MONTH_NEIGHBOUR_AFTER = re.compile(r"^\s+\d{1,4}\b")
NOUN_WILL_BEFORE = re.compile(
    r"\b(?:the|a|an|its|their|our|his|her|your|my|own|political|good|free|popular|collective|strong|people's|nation's|'s|s')\s+$",
    re.IGNORECASE,
)
ROMAN_I_BEFORE = re.compile(r"\b(?:War|Phase|Part|Chapter|Annex|Article|Title|Section|Stage|Round)\s+$")
NOTE_DIRECTIVE_BEFORE = re.compile(
    r"(?:^\s*|[.:;]\s+|\b(?:important|crucial|essential|worth|necessary|useful) to\s+|\blet us\s+|\bplease\s+)$",
    re.IGNORECASE,
)
NOUN_NEED_BEFORE = re.compile(r"\b(?:the|a|an|this|that|its|their|our|urgent|pressing)\s+$", re.IGNORECASE)


#: The markers :func:`is_false_hit` has a guard for.
_GUARDED = frozenset({"may", "will", "I", "need to", "note", "must"})


def is_false_hit(sentence: str, marker: Marker, start: int, end: int) -> bool:
    """True if the words at ``sentence[start:end]`` are not the marker (the documented guards).

    >>> may = next(m for m in MARKERS if m.name == "may")
    >>> text = "The talks may resume in May 2021."
    >>> is_false_hit(text, may, 10, 13), is_false_hit(text, may, 24, 27)
    (False, True)
    """
    if marker.name not in _GUARDED:  # most hits: no guard to run, no slices to copy
        return False
    word = sentence[start:end]
    before, after = sentence[:start], sentence[end:]
    if marker.name == "may":
        mid_sentence_capital = word == "May" and before.strip() != ""
        return mid_sentence_capital or bool(MONTH_NEIGHBOUR_BEFORE.search(before) or MONTH_NEIGHBOUR_AFTER.match(after))
    if marker.name == "will":
        return bool(NOUN_WILL_BEFORE.search(before) or re.match(r"^\s+of\b", after, re.IGNORECASE))
    if marker.name == "I":
        return bool(ROMAN_I_BEFORE.search(before))
    if marker.name == "need to":
        return bool(NOUN_NEED_BEFORE.search(before))
    if marker.name == "note":
        return not NOTE_DIRECTIVE_BEFORE.search(before)
    if marker.name == "must":
        return bool(re.search(r"\ba\s+$", before, re.IGNORECASE))
    return False


@dataclass(frozen=True)
class MarkerHit:
    """One marker found in a sentence: the marker, the words matched and where."""

    marker: Marker
    text: str
    start: int
    end: int


def marker_hits(sentence: str) -> list[MarkerHit]:
    """Every stance and engagement marker of one sentence, left to right; overlaps keep the longest.

    >>> [(h.marker.category, h.text) for h in marker_hits("We strongly believe that talks may clearly help.")]
    [('self_mention', 'We'), ('booster', 'strongly'), ('booster', 'believe'), ('hedge', 'may'), ('booster', 'clearly')]
    """
    if not isinstance(sentence, str):
        raise TypeError(f"marker_hits expects a sentence as str, not {type(sentence).__name__}")
    found = [(MARKERS[number], m.start(), m.end()) for number, m in _PATTERNS.matches(sentence) if m.end() > m.start()]
    kept = longest_non_overlapping(found, lambda marker, start, end: is_false_hit(sentence, marker, start, end))
    return [MarkerHit(marker, sentence[start:end], start, end) for marker, start, end in kept]


def category_counts(sentence: str) -> dict[str, int]:
    """How many markers of each category a sentence holds (every category present, zeros included).

    >>> category_counts("You must note that we may never agree.")
    {'hedge': 1, 'booster': 1, 'attitude': 0, 'self_mention': 1, 'engagement': 2}
    """
    counts = dict.fromkeys(CATEGORIES, 0)
    for hit in marker_hits(sentence):
        counts[hit.marker.category] += 1
    return counts


# --- Rates and intervals --------------------------------------------------------------------


@lru_cache(maxsize=4096)
def poisson_interval(count: int, level: float = 0.95) -> tuple[float, float]:
    """The exact (Garwood 1936) interval for a Poisson count, from the chi-squared distribution.

    >>> poisson_interval(0)
    (0.0, 3.6889)
    >>> poisson_interval(5)
    (1.6235, 11.6683)
    """
    if count < 0:
        raise ValueError(f"a count cannot be negative: {count}")
    from scipy.stats import chi2  # imported on first use: scipy.stats is large, and most worker processes never need it

    tail = (1 - level) / 2
    low = 0.0 if count == 0 else chi2.ppf(tail, 2 * count) / 2
    high = chi2.ppf(1 - tail, 2 * count + 2) / 2
    return round(float(low), 4), round(float(high), 4)


def rate_row(count: int, n_words: int) -> dict[str, object]:
    """A count as a rate per 1,000 words with its Garwood interval, also as text ('low–high', with the
    book's one precision for rates)."""
    low, high = poisson_interval(count)
    scale = 1000 / n_words if n_words else float("nan")
    row = {
        "count": count,
        "per_1k": round(count * scale, 2),
        "per_1k_low": round(low * scale, 2),
        "per_1k_high": round(high * scale, 2),
    }
    row["interval"] = (
        f"{per_1000_words(row['per_1k_low'])}–{per_1000_words(row['per_1k_high'])}"  # as the book writes rates
    )
    return row


HIT_COLUMNS = ["doc_id", "sent_id", "category", "marker", "match", "source"]


def marker_hit_table(corpus, n_jobs: int = 1) -> pd.DataFrame:
    """Every marker of the corpus, one row per hit with its sentence id (the evidence); ``n_jobs`` processes."""
    return sentence_rows_table(_marker_rows, corpus.sentences, HIT_COLUMNS, n_jobs)


def _marker_rows(doc_id: str, sent_id: str, text: str) -> list[tuple]:
    """The rows of :func:`marker_hit_table` for one sentence."""
    return [
        (doc_id, sent_id, hit.marker.category, hit.marker.name, hit.text, hit.marker.source)
        for hit in marker_hits(text)
    ]


def _words_per_statement(corpus) -> dict[str, int]:
    """Each statement's number of words, as Python ints by doc_id (a dict: no pandas look-up per row)."""
    return {doc_id: int(n_words) for doc_id, n_words in zip(corpus.documents["doc_id"], corpus.documents["n_words"])}


def _hit_counts(hits: pd.DataFrame, columns: list[str]) -> Counter:
    """How many hits have each combination of values of ``columns`` (as a groupby's sizes, but a
    dict: no pandas look-up per row, no MultiIndex of tuples to build)."""
    return Counter(zip(*(hits[column].tolist() for column in columns)))


def marker_table(corpus, hits: pd.DataFrame | None = None) -> pd.DataFrame:
    """Per statement and marker found: count, rate per 1,000 words and its exact Poisson interval."""
    hits = marker_hit_table(corpus) if hits is None else hits
    words = _words_per_statement(corpus)
    counts = _hit_counts(hits, ["doc_id", "category", "marker"])
    names: dict[tuple[str, str], list[str]] = {}
    for doc, cat, name in counts:
        names.setdefault((doc, cat), []).append(name)
    rows = []
    for doc_id in corpus.doc_ids:
        for category in CATEGORIES:
            markers = sorted(names.get((doc_id, category), []))
            for name in markers:
                rows.append(
                    {
                        "doc_id": doc_id,
                        "category": category,
                        "marker": name,
                        "n_words": words[doc_id],
                        **rate_row(int(counts[(doc_id, category, name)]), words[doc_id]),
                    }
                )
    columns = ["doc_id", "category", "marker", "n_words", "count", "per_1k", "per_1k_low", "per_1k_high", "interval"]
    return pd.DataFrame(rows, columns=columns)


def marker_profile(corpus, hits: pd.DataFrame | None = None) -> pd.DataFrame:
    """Per statement and category (zeros included): count, rate per 1,000 words and its exact Poisson interval."""
    hits = marker_hit_table(corpus) if hits is None else hits
    words = _words_per_statement(corpus)
    counts = _hit_counts(hits, ["doc_id", "category"])
    rows = [
        {
            "doc_id": doc_id,
            "category": category,
            "n_words": words[doc_id],
            **rate_row(int(counts.get((doc_id, category), 0)), words[doc_id]),
        }
        for doc_id in corpus.doc_ids
        for category in CATEGORIES
    ]
    return pd.DataFrame(rows)


def marker_lists() -> pd.DataFrame:
    """The marker lists as a table: category, marker, pattern and source (Hyland 2005 or added)."""
    return pd.DataFrame(
        [{"category": m.category, "marker": m.name, "pattern": m.pattern, "source": m.source} for m in MARKERS]
    )


def export_tables(corpus, n_jobs: int = 1) -> dict[str, pd.DataFrame]:
    """``markers`` (per statement and marker) and ``marker_profile`` (per statement and category)."""
    hits = marker_hit_table(corpus, n_jobs)
    return {"markers": marker_table(corpus, hits), "marker_profile": marker_profile(corpus, hits)}
