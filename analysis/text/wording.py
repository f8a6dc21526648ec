"""Names and words joined into a sentence of prose: 'a', 'a and b', 'a, b and c'."""

from __future__ import annotations

from collections.abc import Iterable
from decimal import ROUND_HALF_UP, Decimal


def join_words(items: Iterable[str], empty: str = "none") -> str:
    """Items joined for prose ('a, b and c'), or ``empty`` when there are none.

    >>> join_words(["a"]), join_words(["a", "b", "c"]), join_words([]), join_words([], empty="no statement")
    ('a', 'a, b and c', 'none', 'no statement')
    """
    items = list(items)
    if not items:
        return empty
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


#: The numbers a writer spells out.
NUMBER_WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")


def number_word(count: int, zero: str = "zero") -> str:
    """A count from zero to ten in words, larger counts in digits with a thousands separator.

    ``zero``: the word for 0 ("no" before a noun, "none" standing alone).

    >>> number_word(2), number_word(10), number_word(1503), number_word(0, zero="none")
    ('two', 'ten', '1,503', 'none')
    """
    if count == 0:
        return zero
    return NUMBER_WORDS[count] if 0 < count < len(NUMBER_WORDS) else f"{count:,}"


#: Digits after the point of a rate per 1,000 words, in every table and sentence of the book: the
#: statements are a few hundred words long, so one marker moves a rate by one to three units and a
#: second decimal would claim a precision the counts do not have.
RATE_DIGITS = 1


def per_1000_words(rate: float) -> str:
    """A rate per 1,000 words as the book writes it, in tables, intervals and prose alike.

    The tables store rates rounded to two decimals (5.05 for 2 words in 396), and a sentence may
    compute the same rate afresh (5.0505…): both are taken to two decimals first, then to
    :data:`RATE_DIGITS` with halves rounded up, so a table and a sentence never print it differently
    (plain float formatting would print the stored 5.05 as "5.0" and the fresh 5.0505 as "5.1").

    >>> per_1000_words(5.0505), per_1000_words(5.05), per_1000_words(1234.56), per_1000_words(0)
    ('5.1', '5.1', '1,234.6', '0.0')
    """
    stored = Decimal(str(round(float(rate), 2)))
    return f"{stored.quantize(Decimal(1).scaleb(-RATE_DIGITS), rounding=ROUND_HALF_UP):,}"
