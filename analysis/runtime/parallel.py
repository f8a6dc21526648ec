"""Per-sentence work on several processes, gathered as the columns of one table.

The diplomatic verbs and the stance markers are found one sentence at a time, so a large corpus
can be cut into chunks of sentences and each chunk searched on its own worker process (joblib).
Each sentence gives zero or more rows; the rows come back in sentence order, whatever the number
of processes, and are turned into a table column by column (tuples cost less memory than a dict
per row, which matters at a million rows).

Both modules try many patterns on every sentence, and a sentence can match only a few of them.
:class:`WordIndex` finds their matches from the sentence's words: one dictionary look-up per
word, then each pattern tried only where a word can begin it, instead of every pattern scanning
the sentence.
"""

from __future__ import annotations

import re
from itertools import accumulate, chain, compress
from typing import Callable, Iterable

import pandas as pd

from analysis.runtime.literal_guard import LiteralGuard, required_prefixes

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


def _stands_for_itself(char: str) -> bool:
    """True if a non-ASCII ``char`` leaves a pattern's ASCII prefixes alone: no ASCII character matches
    it case-insensitively (as "ı" matches "I"), it lower-cases to one non-ASCII character, and it is a
    word character (or not) alike with and without IGNORECASE."""
    lower = char.lower()
    return (
        _ANY_ASCII.fullmatch(char) is None
        and len(lower) == 1
        and not lower.isascii()
        and all(bool(re.match(word, char)) == bool(re.match(word, char, re.IGNORECASE)) for word in (r"\w", r"[\w'’-]"))
    )


_ANY_ASCII = re.compile(r"[\x00-\x7f]", re.IGNORECASE)
#: The characters outside ASCII a sentence on the fast path of :class:`WordIndex` may hold: Latin
#: letters with accents (U+0080 to U+024F) and general punctuation (U+2000 to U+206F), except the
#: few that stand for an ASCII letter in a case-insensitive pattern (dotless ı, dotted İ, long ſ).
FAST_PATH_CHARACTERS = "".join(
    char for char in map(chr, [*range(0x80, 0x250), *range(0x2000, 0x2070)]) if _stands_for_itself(char)
)
_OUTSIDE_FAST_PATH = re.compile(f"[^\\x00-\\x7f{re.escape(FAST_PATH_CHARACTERS)}]")


class _Candidates(dict):
    """Word -> indices of the patterns a match starting at that word could belong to (filled on demand)."""

    def __init__(self, index: "WordIndex") -> None:
        super().__init__()
        self._index = index

    def __missing__(self, word: str) -> frozenset[int]:
        found = self[word] = self._index._word_candidates(word)
        return found


class WordIndex:
    """Every match of many regexes in a sentence, each pattern tried only where one of the sentence's words can begin it.

    It serves patterns that start with ``anchor``, a zero-width test that a match begins a word
    (a run of ``word_char``): ``\\b`` for ``\\w``, or ``(?<![\\w'’-])`` for ``[\\w'’-]``. Such a
    match begins with one of the pattern's literal prefixes (:func:`~analysis.runtime.literal_guard.required_prefixes`)
    at the start of a word, so the word either starts with the prefix (a prefix that is all word
    characters, "believ") or is exactly the prefix's first word (a prefix that goes on, "in fact").
    Case-insensitive patterns compare the lower-cased word. Each distinct word is looked up once
    (a dictionary keyed by word, bounded by the vocabulary), and a pattern is then tried only at
    the words that can begin it (``pattern.match(text, start)``), not scanned along the sentence.
    Patterns without the anchor are scanned when one of their prefixes occurs in the sentence;
    patterns without known prefixes always.

    Comparing lower-cased words is exactly what a case-insensitive pattern does only if no
    character stands for an ASCII letter ("ı" matches "I"), so a sentence with a character outside
    ASCII and :data:`FAST_PATH_CHARACTERS` is scanned by every pattern that
    :class:`~analysis.runtime.literal_guard.LiteralGuard` cannot rule out.

    >>> index = WordIndex([re.compile(r"\\bcease ?fires?\\b"), re.compile(r"\\btruces?\\b", re.IGNORECASE)], r"\\w", r"\\b")
    >>> [(number, match.group()) for number, match in index.matches("No truce, no ceasefire: a Truce.")]
    [(0, 'ceasefire'), (1, 'truce'), (1, 'Truce')]
    """

    def __init__(self, patterns: Iterable[re.Pattern], word_char: str, anchor: str) -> None:
        self.patterns = list(patterns)
        self._word = re.compile(f"({word_char}+)")
        word_start = re.compile(f"{word_char}*")
        self._exact: dict[tuple[str, bool], set[int]] = {}
        self._starts: dict[tuple[str, bool], set[int]] = {}
        self._unanchored: list[tuple[int, tuple[str, ...], bool]] = []  # pattern, prefixes, looked for in lower case?
        always = set()
        for number, pattern in enumerate(self.patterns):
            ignore_case = bool(pattern.flags & re.IGNORECASE)
            prefixes = required_prefixes(pattern, ignore_case=True)
            if prefixes is None or not all(prefix.isascii() for prefix in prefixes):
                always.add(number)
            elif not (_starts_with(pattern, anchor) and all(word_start.match(prefix).group() for prefix in prefixes)):
                self._unanchored.append((number, tuple(sorted(prefixes)), ignore_case))
            else:
                for prefix in prefixes:
                    first_word = word_start.match(prefix).group()
                    table = self._starts if first_word == prefix else self._exact
                    table.setdefault((first_word, ignore_case), set()).add(number)
        self._always = frozenset(always)
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

    def matches(self, text: str) -> list[tuple[int, re.Match]]:
        """``(number, match)`` for every match of every pattern in ``text``: exactly what
        ``pattern.finditer(text)`` gives for each pattern, in the order of ``patterns``."""
        if _OUTSIDE_FAST_PATH.search(text):
            possible = self._guard.possible(text)
            return [(number, match) for number, pattern in enumerate(self.patterns) if pattern in possible for match in pattern.finditer(text)]
        pieces = self._word.split(text)  # gap, word, gap, word, ..., gap
        candidates = list(map(self._memo.__getitem__, pieces[1::2]))
        starts: dict[int, list[int]] = {}  # pattern -> where the words that can begin it start
        if any(candidates):
            ends = list(accumulate(map(len, pieces)))  # word j starts where piece 2j (the gap before it) ends
            for j in compress(range(len(candidates)), candidates):
                for number in candidates[j]:
                    starts.setdefault(number, []).append(ends[2 * j])
        scanned = self._always | self._unanchored_in(text)
        found = []
        for number in sorted(starts.keys() | scanned):
            pattern = self.patterns[number]
            if number in scanned:
                found.extend((number, match) for match in pattern.finditer(text))
                continue
            end = 0  # as finditer: the next match starts where the last ended, or later (none is empty)
            for start in starts[number]:
                if start >= end and (match := pattern.match(text, start)):
                    found.append((number, match))
                    end = match.end()
        return found

    def _unanchored_in(self, text: str) -> set[int]:
        """The patterns without the anchor one of whose prefixes occurs in ``text`` (lower-cased for a case-insensitive one)."""
        lowered = text.lower()
        return {number for number, prefixes, ignore_case in self._unanchored if any(prefix in (lowered if ignore_case else text) for prefix in prefixes)}


def _starts_with(pattern: re.Pattern, anchor: str) -> bool:
    """True if every match of ``pattern`` begins with ``anchor`` (its first item, no alternation around it)."""
    if not pattern.pattern.startswith(anchor):
        return False
    items = sre_parse.parse(pattern.pattern, pattern.flags)
    return len(items) > 0 and items[0][0] in (sre_constants.AT, sre_constants.ASSERT_NOT)
