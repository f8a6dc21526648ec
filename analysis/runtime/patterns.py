"""One pattern matcher: every match of many regular expressions in a sentence, and the longest of overlapping hits.

The marker and verb rules try a hundred or more patterns on every sentence, and a sentence
matches only a few of them. :class:`PatternSet` gives exactly what ``pattern.finditer(text)``
gives for each pattern, but tries a pattern only where it can begin: every match of a pattern
starts with one of its literal prefixes (:func:`required_prefixes`: "believ" for
``believ(?:e|es|ed)``), so a pattern that can only start at the start of a word is tried only at
the words where the lower-cased text goes on with one of its prefixes (the longest prefix found
there names every pattern that can begin there: one scan of the text finds them all, and each costs
one dictionary look-up).
:func:`longest_non_overlapping` then keeps, of hits that overlap, the longest.

>>> patterns = PatternSet([re.compile(r"\\bcease ?fires?\\b"), re.compile(r"\\btruces?\\b", re.IGNORECASE)], r"\\b")
>>> [(number, match.group()) for number, match in patterns.matches("No truce, no ceasefire: a Truce.")]
[(0, 'ceasefire'), (1, 'truce'), (1, 'Truce')]
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import TypeVar

try:  # Python 3.11+
    from re import _constants as sre_constants
    from re import _parser as sre_parse
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants  # type: ignore[no-redef]
    import sre_parse  # type: ignore[no-redef]

Item = TypeVar("Item")

#: Parts of a pattern that match no characters: a literal after them still starts the match.
_ZERO_WIDTH = {sre_constants.AT, sre_constants.ASSERT, sre_constants.ASSERT_NOT}
_REPEATS = {sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT}
#: At most this many alternative prefixes for one part of a pattern.
MAX_PREFIXES = 64
#: A letter (or other non-decimal alphanumeric character, such as "²") outside ASCII: a text holding one
#: is matched whole (curly quotes and dashes alone do not change what lower-casing does).
_LETTER_OUTSIDE_ASCII = re.compile(r"[^\W\d_a-zA-Z]")


def required_prefixes(pattern: re.Pattern) -> frozenset[str] | None:
    """The literal strings one of which every match of ``pattern`` starts with, or None if unknown.

    >>> sorted(required_prefixes(re.compile(r"\\b(?:(?:the )?taliban(?:'s)?)\\b")))
    ['taliban', 'the taliban']
    >>> required_prefixes(re.compile(r"[“”]quoted")) is None
    True
    """
    found = _prefixes(list(sre_parse.parse(pattern.pattern, pattern.flags)))
    if not found or "" in found:
        return None
    return frozenset(found)


def required_parts(pattern: re.Pattern) -> frozenset[str] | None:
    """Literal strings one of which every match of ``pattern`` holds somewhere, or None if unknown.

    Read from the parts the pattern must match in turn: a run of literal text, or a choice of
    alternatives that each begin with literal text; of these, the one whose shortest string is
    longest.

    >>> sorted(required_parts(re.compile(r"(?:the )?(?:[A-Z]\\w+ ){1,5}(?:Accord|Treaty)")))
    ['Accord', 'Treaty']
    >>> required_parts(re.compile(r"[A-Z]\\w+")) is None
    True
    """
    candidates = [found for found in _parts_in(list(sre_parse.parse(pattern.pattern, pattern.flags))) if found]
    return frozenset(max(candidates, key=lambda found: min(map(len, found)))) if candidates else None


def _parts_in(items: list) -> list[set[str] | None]:
    """Each part of the parsed ``items`` that every match must hold: a literal run, or the literal
    starts of a choice's alternatives (None for a choice with an alternative that starts otherwise)."""
    parts: list[set[str] | None] = []
    run = ""
    for op, arg in items:
        if op is sre_constants.LITERAL:
            run += chr(arg)
            continue
        parts.append({run} if run else None)
        run = ""
        if op is sre_constants.BRANCH:
            starts = [_prefixes(list(branch)) for branch in arg[1]]
            parts.append(None if any(not found or "" in found for found in starts) else set().union(*starts))
        elif op in _REPEATS and arg[0] >= 1:  # repeated at least once: its own parts are required
            parts += _parts_in(list(arg[2]))
        elif op is sre_constants.SUBPATTERN and not arg[1] & re.IGNORECASE:
            parts += _parts_in(list(arg[3]))
    return [*parts, {run} if run else None]


def _prefixes(items: list) -> set[str] | None:
    """Literal strings one of which every match of the parsed ``items`` starts with (None: unknown)."""
    prefix = ""
    for index, (op, arg) in enumerate(items):
        rest = list(items[index + 1 :])
        if op in _ZERO_WIDTH:  # matches no characters: the literal text runs on after it
            continue
        if op is sre_constants.LITERAL:
            prefix += chr(arg)
            continue
        if prefix:  # a group or a choice after some literal text: the text, then each way the rest starts
            following = _prefixes(list(items[index:]))
            return (
                {prefix}
                if following is None or len(following) > MAX_PREFIXES
                else {prefix + start for start in following}
            )
        if op is sre_constants.SUBPATTERN:  # a group: its body, then the rest (unknown under an inline flag)
            return None if arg[1] & re.IGNORECASE else _prefixes(list(arg[3]) + rest)
        if op is sre_constants.BRANCH:
            branches = [_prefixes(list(branch) + rest) for branch in arg[1]]
            return None if any(found is None for found in branches) else set().union(*branches)
        if op in _REPEATS:
            low, high, body = arg
            body_first = (
                list(body) + rest if high == 1 else list(body)
            )  # at most once: the prefix runs on into the rest
            if low > 0:
                return _prefixes(body_first)
            with_body, without_body = _prefixes(body_first), _prefixes(rest)
            return None if with_body is None or without_body is None else with_body | without_body
        return None
    return {prefix} if prefix else None


class PatternSet:
    """Every match of many patterns in a text, each pattern tried only at the words that can begin it.

    ``anchor`` is how the patterns mark the start of a word (``\\b``, or ``(?<![\\w'’-])``). A
    pattern that begins with ``anchor`` and has known prefixes can only match where the anchor
    holds and the lower-cased text goes on with one of its prefixes. One scan of the lower-cased
    text (:func:`longest_of`) finds those word starts and the longest prefix at each, and with it
    every pattern that has a prefix beginning it. Each such pattern is tried there with
    ``pattern.match``, resuming after each match as ``finditer`` does. Other patterns, and every pattern in a text
    with letters outside ASCII (where lower-casing can change what a case-insensitive pattern
    compares), run whole with ``finditer``; a case-sensitive one only in a text that holds one of
    its :func:`required_parts`.
    """

    def __init__(self, patterns: Iterable[re.Pattern], anchor: str) -> None:
        self.patterns = list(patterns)
        prefixes_of: dict[int, set[str]] = {}  # each pattern tried at word starts -> its prefixes, lower-cased
        self._scanned: set[int] = set()
        self._required: dict[int, frozenset[str] | None] = {}  # each scanned pattern -> what every match holds
        for number, pattern in enumerate(self.patterns):
            prefixes = required_prefixes(pattern)
            if prefixes is None or not _begins_with(pattern, anchor):
                self._scanned.add(number)
                self._required[number] = None if pattern.flags & re.IGNORECASE else required_parts(pattern)
            else:
                prefixes_of[number] = {prefix.lower() for prefix in prefixes}
        every_prefix = set().union(*prefixes_of.values())
        # A prefix found at a word start -> the patterns with a prefix that begins it (all those that can match there).
        self._patterns_at = {
            found: [number for number, own in prefixes_of.items() if found.startswith(tuple(own))]
            for found in every_prefix
        }
        # Each word start where the text goes on with a prefix, and the longest such prefix (group 1).
        self._word_starts = re.compile(f"{anchor}(?=({longest_of(every_prefix)}))") if every_prefix else None

    def matches(self, text: str) -> list[tuple[int, re.Match]]:
        """``(number, match)`` for every match of every pattern in ``text``, in the order of ``patterns``."""
        if not text.isascii() and _LETTER_OUTSIDE_ASCII.search(text):
            return [(number, match) for number, pattern in enumerate(self.patterns) for match in pattern.finditer(text)]
        lowered, starts = text.lower(), {}
        for word in self._word_starts.finditer(lowered) if self._word_starts else ():
            for number in self._patterns_at[word.group(1)]:
                starts.setdefault(number, []).append(word.start())
        found = []
        for number in sorted(starts.keys() | self._scanned):
            pattern = self.patterns[number]
            if number in self._scanned:
                required = self._required[number]
                if required is None or any(part in text for part in required):
                    found += [(number, match) for match in pattern.finditer(text)]
                continue
            resume = 0
            for position in starts[number]:
                if position >= resume and (match := pattern.match(text, position)):
                    found.append((number, match))
                    resume = match.end()
        return found


def longest_of(words: Iterable[str]) -> str:
    """A regular expression that matches the longest of ``words`` the text goes on with (a trie of them).

    The words are grouped by first letter, then by second, and so on; at each letter the longer
    words are tried before the word that ends there. Python's matcher then tries only the words
    that share the letters read so far, rather than every word in turn.

    >>> longest_of(["peace", "peace process", "pact", "war"])
    '(?:p(?:act|eace(?:\\\\ process)?)|war)'
    >>> re.match(longest_of(["peace", "peace process"]), "peace talks").group()
    'peace'
    """
    words = set(words)
    ends_here = "" in words
    by_first: dict[str, list[str]] = {}
    for word in sorted(words - {""}):
        by_first.setdefault(word[0], []).append(word[1:])
    branches = [re.escape(first) + longest_of(rests) for first, rests in by_first.items()]
    if not branches or (len(branches) == 1 and not ends_here):
        return "".join(branches)
    alternatives = "|".join(branches)
    return f"(?:{alternatives})?" if ends_here else f"(?:{alternatives})"  # "?": the longer words first


def _begins_with(pattern: re.Pattern, anchor: str) -> bool:
    """True if every match of ``pattern`` begins with ``anchor`` (its first item, not inside an alternation)."""
    items = sre_parse.parse(pattern.pattern, pattern.flags)
    return (
        pattern.pattern.startswith(anchor)
        and len(items) > 0
        and items[0][0] in (sre_constants.AT, sre_constants.ASSERT_NOT)
    )


def longest_non_overlapping(
    hits: Iterable[tuple[Item, int, int]], rejected: Callable[[Item, int, int], bool] = lambda *hit: False
) -> list[tuple[Item, int, int]]:
    """Of ``(item, start, end)`` hits, those kept when overlaps keep the longest (then the leftmost), in text order.

    A hit that ``rejected(item, start, end)`` turns down (a documented false hit) is skipped, so a
    shorter hit it overlaps can still be kept.

    >>> longest_non_overlapping([("cease", 0, 5), ("ceasefire", 0, 9), ("now", 10, 13)])
    [('ceasefire', 0, 9), ('now', 10, 13)]
    """
    kept: list[tuple[Item, int, int]] = []
    for item, start, end in sorted(hits, key=lambda hit: (-(hit[2] - hit[1]), hit[1])):
        if all(end <= other_start or start >= other_end for _, other_start, other_end in kept) and not rejected(
            item, start, end
        ):
            kept.append((item, start, end))
    return sorted(kept, key=lambda hit: hit[1])


def top_level_alternatives(patterns: str) -> list[str]:
    """Split a list of patterns at the ``|`` outside brackets, for word lists written as one string.

    >>> top_level_alternatives("a|b=(?:c|d)")
    ['a', 'b=(?:c|d)']
    """
    parts, depth, current = [], 0, ""
    for char in patterns:
        depth += (char == "(") - (char == ")")
        if char == "|" and depth == 0:
            parts.append(current)
            current = ""
        else:
            current += char
    return parts + [current]
