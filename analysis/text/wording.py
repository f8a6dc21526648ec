"""Names and words joined into a sentence of prose: 'a', 'a and b', 'a, b and c'."""

from __future__ import annotations

from collections.abc import Iterable


def join_words(items: Iterable[str], empty: str = "none") -> str:
    """Items joined for prose ('a, b and c'), or ``empty`` when there are none.

    >>> join_words(["a"]), join_words(["a", "b", "c"]), join_words([]), join_words([], empty="no statement")
    ('a', 'a, b and c', 'none', 'no statement')
    """
    items = list(items)
    if not items:
        return empty
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]
