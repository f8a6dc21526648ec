"""Prose from data: the name of each statement, and sentences that merge identical subjects.

A sentence generated from a table easily repeats itself ("A boosts most, A shows the most attitude,
A speaks most"). :func:`leaders_sentence` groups the measures by the statement that leads them, so
the same subject is named once ("A leads on all three: ...").
"""

from __future__ import annotations

import pandas as pd

from analysis.book.glue import as_list
from analysis.text.wording import number_word


def statement_names(documents: pd.DataFrame) -> dict[str, str]:
    """The one name the book gives each statement, in prose as in every table and figure: its ``doc_id``.

    A reader meets a statement under a single name everywhere. The ``doc_id`` is that name: the
    tables and figures are keyed by it, and a corpus's editor chooses it short and readable (speaker
    and year, as ``nato-2020``); the first chapter's table pairs it with the statement's full title.
    Every sentence the book writes from data names statements through this function, so a corpus
    that wants other names changes them here, once.

    >>> docs = pd.DataFrame({"doc_id": ["nato-2020", "coalition-letter-2024"], "genre": ["news report", "open letter"]})
    >>> statement_names(docs)
    {'nato-2020': 'nato-2020', 'coalition-letter-2024': 'coalition-letter-2024'}
    """
    return {doc_id: doc_id for doc_id in documents["doc_id"]}


def leaders_sentence(leaders: list[tuple[str, str]], names: dict[str, str] | None = None) -> str:
    """One sentence naming which statement leads each measure, each statement named once.

    ``leaders``: (measure in words, doc_id of the statement that leads it), in the order to print.

    >>> leaders_sentence([("directives", "a"), ("boosters", "b"), ("tone", "a")])
    'a leads on directives and tone, b on boosters'
    >>> leaders_sentence([("directives", "a"), ("boosters", "a")], {"a": "the letter"})
    'the letter leads on both: directives and boosters'
    """
    names = names or {}
    grouped: dict[str, list[str]] = {}
    for measure, doc_id in leaders:
        grouped.setdefault(doc_id, []).append(measure)
    if len(grouped) == 1:
        doc_id, measures = next(iter(grouped.items()))
        if len(measures) == 1:
            return f"{names.get(doc_id, doc_id)} leads on {measures[0]}"
        count = "both" if len(measures) == 2 else f"all {len(measures)}"
        return f"{names.get(doc_id, doc_id)} leads on {count}: {as_list(measures)}"
    parts = [
        f"{names.get(doc_id, doc_id)} {'leads on ' if rank == 0 else 'on '}{as_list(measures)}"
        for rank, (doc_id, measures) in enumerate(grouped.items())
    ]
    return ", ".join(parts)


def count_of(count: int, total: int, noun: str, of_these: bool = False, in_words: bool = False) -> str:
    """ "k of the n nouns" in the words a reader expects at the ends: "all n", "none of the n".

    ``of_these`` writes "these" for "the" (the nouns were just named); ``in_words`` writes small numbers
    as words, and "both" for two out of two (:func:`count_in_words`).

    >>> count_of(3, 5, "statements"), count_of(5, 5, "statements"), count_of(0, 254, "rows", of_these=True)
    ('3 of the 5 statements', 'all 5 statements', 'none of these 254 rows')
    """
    number = number_word if in_words else str
    the = "these" if of_these else "the"
    if count == total:
        return f"both {noun}" if in_words and total == 2 else f"all {number(total)} {noun}"
    if count == 0:
        return f"none of {the} {number(total)} {noun}"
    return f"{number(count)} of {the} {number(total)} {noun}"


def of_these(count: int, verb: str) -> str:
    """ "k of these <verb>" with the verb agreeing, and "none of these" for zero.

    >>> of_these(0, "survive"), of_these(1, "survive"), of_these(4, "survive")
    ('none of these survives', '1 of these survives', '4 of these survive')
    """
    return f"{'none' if count == 0 else count} of these {verb}{'s' if count <= 1 else ''}"


def count_in_words(count: int, total: int, noun: str) -> str:
    """ "k of the n nouns" with small numbers in words: "one of the five statements", "all five", "none of the five".

    >>> count_in_words(1, 5, "statements"), count_in_words(5, 5, "statements"), count_in_words(0, 12, "statements")
    ('one of the five statements', 'all five statements', 'none of the 12 statements')
    """
    return count_of(count, total, noun, in_words=True)
