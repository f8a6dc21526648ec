"""Per-sentence work on several processes, gathered as the columns of one table.

The diplomatic verbs and the stance markers are found one sentence at a time, so a large corpus
can be cut into chunks of sentences and each chunk searched on its own worker process (joblib).
Each sentence gives zero or more rows; the rows come back in sentence order, whatever the number
of processes, and are turned into a table column by column (tuples cost less memory than a dict
per row, which matters at a million rows).

Both modules try many patterns on every sentence, and a sentence can match only a few of them.
:class:`WordIndex` tells which, from the sentence's words: one dictionary look-up per word
instead of one substring search per pattern.
"""

from __future__ import annotations

import re
from itertools import chain
from typing import Callable, Iterable

import pandas as pd

from analysis.literal_guard import LiteralGuard, required_prefixes

try:  # Python 3.11+
    from re import _constants as sre_constants, _parser as sre_parse
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants  # type: ignore[no-redef]
    import sre_parse  # type: ignore[no-redef]

#: How many chunks of sentences each process gets (several, so a slow chunk does not hold up the rest).
CHUNKS_PER_JOB = 8


def _rows_of(row_function: Callable[[str, str, str], Iterable[tuple]], doc_ids: list, sent_ids: list, texts: list) -> list[tuple]:
    """The rows of some sentences, in order (one task for a worker process)."""
    return [row for doc_id, sent_id, text in zip(doc_ids, sent_ids, texts) for row in row_function(doc_id, sent_id, text)]


def sentence_rows_table(row_function: Callable[[str, str, str], Iterable[tuple]], sentences: pd.DataFrame, columns: list[str], n_jobs: int = 1) -> pd.DataFrame:
    """``row_function(doc_id, sent_id, text)`` for every sentence, as one table with ``columns``.

    ``row_function`` must be a module-level function (worker processes import it by name) that
    returns tuples in the order of ``columns``. With ``n_jobs`` > 1 the sentences are cut into
    chunks searched on that many processes; the table is the same as on one.

    >>> def words(doc_id, sent_id, text):
    ...     return [(sent_id, word) for word in text.split()]
    >>> sentences = pd.DataFrame({"doc_id": ["a", "a"], "sent_id": ["a:1", "a:2"], "text": ["peace now", "talks"]})
    >>> sentence_rows_table(words, sentences, ["sent_id", "word"]).to_dict("list")
    {'sent_id': ['a:1', 'a:1', 'a:2'], 'word': ['peace', 'now', 'talks']}
    """
    doc_ids, sent_ids, texts = (sentences[name].tolist() for name in ("doc_id", "sent_id", "text"))
    if n_jobs == 1 or len(texts) < 2:
        rows = _rows_of(row_function, doc_ids, sent_ids, texts)
    else:
        from joblib import Parallel, delayed

        chunk = max(1, -(-len(texts) // (CHUNKS_PER_JOB * n_jobs)))
        parts = Parallel(n_jobs=n_jobs)(
            delayed(_rows_of)(row_function, doc_ids[start : start + chunk], sent_ids[start : start + chunk], texts[start : start + chunk])
            for start in range(0, len(texts), chunk)
        )
        rows = list(chain.from_iterable(parts))
    if not rows:
        return pd.DataFrame([], columns=columns)
    return pd.DataFrame({name: [row[number] for row in rows] for number, name in enumerate(columns)})


#: Characters outside ASCII that the fast path of :class:`WordIndex` accepts: typographic punctuation
#: and spaces that are not word characters and have no case, so no case-insensitive pattern
#: matches them as a letter (a sentence with any other non-ASCII character takes the slow path).
CASELESS_PUNCTUATION = "‘’“”–—…«»•′″\u00a0"
_OUTSIDE_FAST_PATH = re.compile(f"[^\\x00-\\x7f{CASELESS_PUNCTUATION}]")


class _Candidates(dict):
    """Word -> indices of the patterns a match starting at that word could belong to (filled on demand)."""

    def __init__(self, index: "WordIndex") -> None:
        super().__init__()
        self._index = index

    def __missing__(self, word: str) -> frozenset[int]:
        found = self[word] = self._index._word_candidates(word)
        return found


class WordIndex:
    """Which of many regexes can match a sentence, found from the sentence's words.

    It serves patterns that start with ``anchor``, a zero-width test that a match begins a word
    (a run of ``word_char``): ``\\b`` for ``\\w``, or ``(?<![\\w'’-])`` for ``[\\w'’-]``. Such a
    match begins with one of the pattern's literal prefixes (:func:`~analysis.literal_guard.required_prefixes`)
    at the start of a word, so the word either starts with the prefix (a prefix that is all word
    characters, "believ") or is exactly the prefix's first word (a prefix that goes on, "in fact").
    Case-insensitive patterns compare the lower-cased word. Each distinct word is looked up once
    (a dictionary keyed by word, bounded by the vocabulary); a sentence costs one ``findall`` and
    one look-up per word. A pattern found by a first word that is not its whole prefix ("in" of
    "in fact") is kept only if a prefix occurs in the sentence; a pattern without the anchor is
    kept if one of its prefixes occurs in the sentence; one without known prefixes always.

    Lower-casing is exactly what a case-insensitive pattern compares only for ASCII letters, so a
    sentence with a character outside ASCII and :data:`CASELESS_PUNCTUATION` is left to
    :class:`~analysis.literal_guard.LiteralGuard`, which is exact there too.

    >>> index = WordIndex([re.compile(r"\\bcease ?fires?\\b"), re.compile(r"\\btruces?\\b", re.IGNORECASE)], r"\\w", r"\\b")
    >>> index.candidates("A Truce now"), index.candidates("a ceasefire"), index.candidates("no truce, no ceasefire")
    ([1], [0], [0, 1])
    """

    def __init__(self, patterns: Iterable[re.Pattern], word_char: str, anchor: str) -> None:
        self.patterns = list(patterns)
        self._word = re.compile(f"{word_char}+")
        word_start = re.compile(f"{word_char}*")
        self._exact: dict[tuple[str, bool], set[int]] = {}
        self._starts: dict[tuple[str, bool], set[int]] = {}
        self._in_text: dict[int, tuple[tuple[str, ...], bool]] = {}  # prefixes to find in the text, and in lower case?
        self._unanchored: list[int] = []
        always = set()
        for number, pattern in enumerate(self.patterns):
            ignore_case = bool(pattern.flags & re.IGNORECASE)
            prefixes = required_prefixes(pattern, ignore_case=True)
            if prefixes is None or not all(prefix.isascii() for prefix in prefixes):
                always.add(number)
                continue
            self._in_text[number] = (tuple(sorted(prefixes)), ignore_case)
            if not (_starts_with(pattern, anchor) and all(word_start.match(prefix).group() for prefix in prefixes)):
                self._unanchored.append(number)
                continue
            for prefix in prefixes:
                first_word = word_start.match(prefix).group()
                table = self._starts if first_word == prefix else self._exact
                table.setdefault((first_word, ignore_case), set()).add(number)
        self._always = frozenset(always)
        #: Patterns found by a first word that is not their whole prefix ("in" of "in fact"): confirmed in the text.
        self._confirm = frozenset(number for found in self._exact.values() for number in found)
        self._longest = max((len(word) for word, _ in self._starts), default=0)
        self._memo = _Candidates(self)
        self._guard = LiteralGuard(self.patterns)

    def _word_candidates(self, word: str) -> frozenset[int]:
        """The patterns a match starting at ``word`` could belong to."""
        found: set[int] = set()
        for key, ignore_case in ((word, False), (word.lower(), True)):
            found.update(self._exact.get((key, ignore_case), ()))
            for length in range(1, min(len(key), self._longest) + 1):
                found.update(self._starts.get((key[:length], ignore_case), ()))
        return frozenset(found)

    def candidates(self, text: str) -> list[int]:
        """The positions (in ``patterns``, ascending) of the patterns that may match ``text``: a superset of those that do."""
        if _OUTSIDE_FAST_PATH.search(text):
            possible = self._guard.possible(text)
            return [number for number, pattern in enumerate(self.patterns) if pattern in possible]
        found = set(self._always).union(*map(self._memo.__getitem__, self._word.findall(text)))
        lowered = text.lower()
        found.update(number for number in self._unanchored if self._in(number, text, lowered))
        found.difference_update([number for number in found & self._confirm if not self._in(number, text, lowered)])
        return sorted(found)

    def _in(self, number: int, text: str, lowered: str) -> bool:
        """True if one of the prefixes of pattern ``number`` occurs in the text (lower-cased for a case-insensitive pattern)."""
        prefixes, ignore_case = self._in_text[number]
        searched = lowered if ignore_case else text
        return any(prefix in searched for prefix in prefixes)


def _starts_with(pattern: re.Pattern, anchor: str) -> bool:
    """True if every match of ``pattern`` begins with ``anchor`` (its first item, no alternation around it)."""
    if not pattern.pattern.startswith(anchor):
        return False
    items = sre_parse.parse(pattern.pattern, pattern.flags)
    return len(items) > 0 and items[0][0] in (sre_constants.AT, sre_constants.ASSERT_NOT)
