"""Small counts in words, as a writer would put them: "two hedges", "none of its sentences".

Sentences generated from data read naturally only when small numbers are words ("five months apart",
not "5 months apart") and a zero is said as "none" or "no", never "0 times". The functions here do
that, and nothing else, so every generator of the book can use the same wording.
"""

from __future__ import annotations

from analysis.text.wording import number_word


def counted(count: int, singular: str, plural: str | None = None, zero: str = "no") -> str:
    """A count with its noun, in words when small: "no hedges", "one hedge", "two hedges", "12 hedges".

    >>> counted(0, "hedge"), counted(1, "hedge"), counted(2, "hedge"), counted(12, "layer")
    ('no hedges', 'one hedge', 'two hedges', '12 layers')
    """
    noun = singular if count == 1 else (plural or singular + "s")
    return f"{zero if count == 0 else number_word(count)} {noun}"


def months_between(start: str, end: str) -> int:
    """Whole months between two ISO dates, rounded to the nearest month (30.44 days each).

    >>> months_between("2021-02-11", "2021-07-05")
    5
    """
    from datetime import date

    days = abs((date.fromisoformat(end[:10]) - date.fromisoformat(start[:10])).days)
    return round(days / 30.44)
