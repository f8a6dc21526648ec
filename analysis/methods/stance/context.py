"""What the learned model knows of a sentence besides its words: whether it is of a news report, whether its
statement's speaker is the Taliban, and the sentence before it in the same statement (:mod:`.model`)."""

from __future__ import annotations

import re
from collections.abc import Iterable

import pandas as pd


def _is_news(genre: object) -> bool:
    return isinstance(genre, str) and "news" in genre.lower()


def news_reports_of(items: pd.DataFrame) -> list[bool]:
    """Whether each item is of a news report, by its ``genre`` (none is, without that column)."""
    genres = items["genre"] if "genre" in items else [""] * len(items)
    return [_is_news(genre) for genre in genres]


def is_taliban_speaker(actor_type: object) -> bool:
    """True if a statement's actor type (its metadata) is the Taliban; False if unknown or missing.

    >>> [is_taliban_speaker(kind) for kind in ["taliban", "Taliban (Islamic Emirate)", "un", None]]
    [True, True, False, False]
    """
    return isinstance(actor_type, str) and re.search(r"\btaliban\b|\bislamic emirate\b", actor_type.lower()) is not None


def previous_sentences(texts: Iterable[str], statement_ids: Iterable[object]) -> list[str]:
    """The sentence before each sentence in the same statement ("" for a statement's first).

    >>> previous_sentences(["A.", "B.", "C."], ["x", "x", "y"])
    ['', 'A.', '']
    """
    previous, last_statement, last_text = [], None, ""
    for text, statement in zip(texts, statement_ids):
        previous.append(last_text if statement == last_statement else "")
        last_statement, last_text = statement, text
    return previous


def item_context(items: pd.DataFrame) -> tuple[list[str], list[bool]]:
    """The previous sentence of each item (by ``source_id``, in the items' order) and whether its speaker
    is the Taliban (``actor_type``); without these columns, no previous sentence and no known speaker."""
    statements = items["source_id"] if "source_id" in items else range(len(items))
    speakers = items["actor_type"] if "actor_type" in items else [None] * len(items)
    return previous_sentences(items["text"], statements), [is_taliban_speaker(kind) for kind in speakers]
