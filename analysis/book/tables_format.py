"""Tables for people: plain-word headers, numbers written by kind, and "–" where a value is missing.

A DataFrame as the analysis returns it speaks the code's language: ``share_not_direct`` as a
header, ``79.00`` for a count, ``nan`` for a measure that cannot be computed. The book shows the
same values the way a reader expects them (the CSV exports keep the raw values):

- **headers** in plain words: a snake_case name becomes a capitalised phrase
  (``reported_or_quoted`` → "Reported or quoted"), and :data:`HEADERS` names the ones a rule
  cannot spell (``per_1k`` → "Per 1,000 words"). Other labels (statement ids such as
  ``nato-2020``, headers already in words) are left as they are.
- **numbers by kind**: whole numbers as integers with a thousands separator, shares as
  percentages, other numbers rounded to a few digits, true/false as yes/no.
- **missing values** (``nan``, ``NaT``, ``<NA>``, ``None``) as "–", with a note that says why.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from numbers import Number
from typing import Any

import pandas as pd

from analysis.text.wording import per_1000_words

#: What the book prints where a value is missing.
MISSING = "–"

#: Headers a capitalised snake_case name would spell badly.
HEADERS: dict[str, str] = {
    "doc_id": "Statement",
    "doc_a": "Statement A",
    "doc_b": "Statement B",
    "sent_id": "Sentence",
    "item_id": "Item",
    "source_id": "Source",
    "line_no": "Line",
    "actor_type": "Kind of speaker",
    "n": "Words in it",
    "n_words": "Words",
    "n_sentences": "Sentences",
    "n_paragraphs": "Paragraphs",
    "ceasefire_favor": "Sentences for a ceasefire",
    "ceasefire_against": "Sentences against a ceasefire",
    "names_taliban": "Sentences naming the Taliban",
    "womens_rights": "Sentences on women's rights",
    "freq": "Count",
    "freq_1": "Count of word 1",
    "freq_2": "Count of word 2",
    "freq_target": "Count here",
    "freq_reference": "Count elsewhere",
    "per_1000": "Per 1,000 words",
    "per_1k": "Per 1,000 words",
    "per_1k_low": "Per 1,000 words, low",
    "per_1k_high": "Per 1,000 words, high",
    "dp": "Dispersion (DP)",
    # The stance tables count wrong-direction labels in some columns and give their share in others:
    # each header names its unit, so a column never mixes the two.
    "wrong_direction": "Wrong direction (labels)",
    "wrong_direction_share": "Wrong direction (% of predicted labels)",
    "possibly_wrong_direction": "Possibly wrong direction (labels)",
    "possibly_no_stance": "Possibly not coded (labels)",
    "pmi": "PMI",
    "log_likelihood": "Log-likelihood (G²)",
    "g2": "G²",
    "p_value": "p",
    "p_corrected": "p, corrected",
    "log_ratio": "Log Ratio",
    "p_below_05": "p < 0.05",
    "f1": "F1",
    "f1_all": "F1, all",
    "f1_corpus": "F1, corpus",
    "f1_outside": "F1, outside",
    "cohen_kappa": "Cohen's κ",
    "krippendorff_alpha": "Krippendorff's α",
    "share_not_direct": "Reported or quoted",
    "size_docs": "Documents",
    "size_mb": "Size (MB)",
    "peak_mb": "Peak memory (MB)",
    "mb_per_s": "MB per second",
    "none": "Not coded",
}

#: The reader's names for the stance decisions that the data (and the CSV files) write in one word:
#: "none" is the codebook's *not coded* (no stance on the target), and "mixed", a sentence's position
#: when it is for one target and against another (``sentiment.sentence_position``), says so.
DECISION_NAMES = {"none": "not coded", "mixed": "mixed (for one target, against another)"}
#: Columns whose values are stance decisions or sentence positions.
DECISION_COLUMNS = ("position", "gold", "predicted", "coder_a", "coder_b", "adjudicated")


def decision_name(decision: str) -> str:
    """A stance decision as the book names it.

    >>> decision_name("none"), decision_name("mixed"), decision_name("favor")
    ('not coded', 'mixed (for one target, against another)', 'favor')
    """
    return DECISION_NAMES.get(decision, decision)


def decisions_named(table: pd.DataFrame) -> tuple[pd.DataFrame, str | None]:
    """``table`` with its stance decisions in the book's words, and a note saying how the CSV files write
    "not coded" (they keep "none", a data contract), or None when the table shows no such decision.

    >>> named, note = decisions_named(pd.DataFrame({"gold": ["favor", "none"]}))
    >>> named["gold"].tolist(), note
    (['favor', 'not coded'], '“not coded” is written none in the CSV files.')
    """
    columns = [name for name in DECISION_COLUMNS if name in table and table[name].isin(list(DECISION_NAMES)).any()]
    named = table.assign(**{name: table[name].map(decision_name) for name in columns})
    shows_none = "none" in table.columns or any(table[name].eq("none").any() for name in columns)
    return named, f"“{DECISION_NAMES['none']}” is written none in the CSV files." if shows_none else None


#: Words that stay in capitals inside a header made from a snake_case name.
ACRONYMS = {
    "id": "ID",
    "tfidf": "TF-IDF",
    "pmi": "PMI",
    "dp": "DP",
    "mb": "MB",
    "url": "URL",
    "csv": "CSV",
    "vader": "VADER",
}

SNAKE_CASE = re.compile(r"^[a-z][a-z0-9]*(_[a-z0-9]+)*$")
SHARE_WORDS = ("share", "proportion", "fraction", "percent")


def human_header(name: Any) -> Any:
    """A column name in plain words; names that are not snake_case identifiers are kept.

    >>> human_header("reported_or_quoted"), human_header("hedges_per_1k"), human_header("nato-2020")
    ('Reported or quoted', 'Hedges per 1,000 words', 'nato-2020')
    """
    if not isinstance(name, str) or not SNAKE_CASE.match(name):
        return name
    if name in HEADERS:
        return HEADERS[name]
    phrase = " ".join(ACRONYMS.get(word, word) for word in name.split("_"))
    phrase = re.sub(r"\bper (1k|1000)\b", "per 1,000 words", phrase)
    return phrase[0].upper() + phrase[1:]


def is_missing(value: Any) -> bool:
    """True for ``None``, ``nan``, ``NaT`` and ``pd.NA``; False for anything else (lists included).

    >>> [is_missing(v) for v in (None, float("nan"), pd.NaT, pd.NA, 0, "", [1])]
    [True, True, True, True, False, False, False]
    """
    if value is None or value is pd.NA or value is pd.NaT:
        return True
    return isinstance(value, float) and math.isnan(value)


def is_share(name: Any, shares: Iterable[str] = ()) -> bool:
    """Whether a column holds shares (0–1) to print as percentages: named so, or listed by the caller."""
    return name in set(shares) or (isinstance(name, str) and any(word in name.lower() for word in SHARE_WORDS))


def whole_numbers(column: pd.Series) -> bool:
    """True when every value present is a whole number (so ``79.0`` prints as ``79``)."""
    values = column.dropna()
    if column.dtype == bool or not pd.api.types.is_numeric_dtype(column) or values.empty:
        return pd.api.types.is_integer_dtype(column)
    return bool((values == values.round()).all())


#: Column names that hold a rate per 1,000 words ("per_1k", "hedges_per_1k", "per_1k_low"); they are
#: written by :func:`~analysis.text.wording.per_1000_words`, as the prose writes a rate.
RATE_COLUMN = re.compile(r"(^|_)per_(1k|1000)(_|$)")


def format_value(value: Any, kind: str, precision: int) -> str:
    """One cell as text, by the kind of its column: ``integer``, ``share``, ``rate`` (per 1,000 words),
    ``number`` or ``text``.

    >>> format_value(1234.0, "integer", 2), format_value(0.4567, "share", 2), format_value(None, "number", 2)
    ('1,234', '45.7%', '–')
    >>> format_value(5.0505, "rate", 2), format_value(0.0, "rate", 2)
    ('5.1', '0.0')
    """
    if is_missing(value):
        return MISSING
    if isinstance(value, bool):
        return "yes" if value else "no"
    if kind == "integer" and isinstance(value, Number):
        return f"{int(round(float(value))):,}"
    if kind == "share" and isinstance(value, Number):
        return f"{100 * float(value):.1f}%"
    if kind == "rate" and isinstance(value, Number):
        return per_1000_words(value)
    if kind == "number" and isinstance(value, Number):
        return f"{float(value):,.{precision}f}"
    if isinstance(value, pd.Timestamp):
        return value.strftime("%Y-%m-%d") if value == value.normalize() else value.isoformat(sep=" ")
    return str(value)


def column_kind(column: pd.Series, shares: Iterable[str] = ()) -> str:
    """``integer``, ``share``, ``rate``, ``number`` or ``text``: how the values of ``column`` are written."""
    if column.dtype == bool or not pd.api.types.is_numeric_dtype(column):
        return "text"
    if is_share(column.name, shares):
        return "share"
    if isinstance(column.name, str) and RATE_COLUMN.search(column.name):
        return "rate"
    return "integer" if whole_numbers(column) else "number"


def missing_columns(table: pd.DataFrame) -> list[str]:
    """The plain-word headers of the columns that have at least one missing value."""
    return [str(human_header(name)) for name in table.columns if table[name].map(is_missing).any()]


def fields_as_rows(table: pd.DataFrame, precision: int = 2, shares: Iterable[str] = ()) -> pd.DataFrame:
    """``table`` turned on its side, as text: one row per column (named in plain words under
    "Measure"), one column per row of ``table`` (headed by its index label).

    Each value is written by the kind of its original column first, so a count stays an integer
    and a share a percentage once the columns of different kinds share a column.
    """
    written = pd.DataFrame(
        {
            name: [format_value(value, column_kind(table[name], shares), precision) for value in table[name]]
            for name in table.columns
        },
        index=table.index,
    ).T
    written.index = pd.Index([human_header(name) for name in written.index], name="measure")
    written.columns = [str(label) for label in written.columns]
    return written
