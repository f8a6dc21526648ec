"""A cheap test that rules a regular expression out before it runs: the literal text every match starts with.

The stance rules try a few hundred patterns on every clause, and almost all of them find
nothing. Most patterns begin with fixed text ("demand", "the taliban", "cease"), so a match is
only possible where one of those literal *prefixes* occurs in the text; Python's substring test
(``in``) is far faster than running the pattern. :func:`required_prefixes` reads a compiled
pattern's syntax tree and returns the literal strings one of which every match must start
with, or ``None`` when it cannot tell (a character class or a wildcard at the start); in that
case the pattern always runs. The guard never changes a result: it only skips patterns that
cannot match.

>>> sorted(required_prefixes(re.compile(r"\\b(?:(?:the )?taliban(?:'s)?)\\b")))
['taliban', 'the taliban']
>>> sorted(required_prefixes(re.compile(r"\\b(?:cease ?fires?|truces?)\\b")))
['cease fire', 'ceasefire', 'truce']
>>> required_prefixes(re.compile(r"[“”]quoted")) is None
True
"""

from __future__ import annotations

import re

try:  # Python 3.11+
    from re import _constants as sre_constants, _parser as sre_parse
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants  # type: ignore[no-redef]
    import sre_parse  # type: ignore[no-redef]

#: Parts of a pattern that match no characters: a literal after them still starts the match.
_ZERO_WIDTH = {sre_constants.AT, sre_constants.ASSERT, sre_constants.ASSERT_NOT}
_REPEATS = {sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT}

#: At most this many alternative prefixes for one part of a pattern (a longer list would cost
#: more to look for than it saves).
MAX_PREFIXES = 64


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
            if following is None or len(following) > MAX_PREFIXES:
                return {prefix}
            return {prefix + start for start in following}
        if op is sre_constants.SUBPATTERN:
            _group, add_flags, _del_flags, body = arg
            if add_flags & re.IGNORECASE:
                return None
            return _prefixes(list(body) + rest)
        if op is sre_constants.BRANCH:
            found: set[str] = set()
            for branch in arg[1]:
                branch_prefixes = _prefixes(list(branch) + rest)
                if branch_prefixes is None:
                    return None
                found |= branch_prefixes
            return found
        if op in _REPEATS:
            low, high, body = arg
            # at most once: what follows the body is known, so the prefix runs on into it
            body_first = list(body) + rest if high == 1 else list(body)
            if low > 0:
                return _prefixes(body_first)
            with_body, without_body = _prefixes(body_first), _prefixes(rest)
            if with_body is None or without_body is None:
                return None
            return with_body | without_body
        return None
    return {prefix} if prefix else None


def required_prefixes(pattern: re.Pattern, ignore_case: bool = False) -> frozenset[str] | None:
    """The literal strings one of which every match of ``pattern`` starts with, or None if unknown.

    A case-insensitive pattern has no known prefixes unless ``ignore_case`` is set: its prefixes
    are then given in lower case, to be looked for in a lower-cased text (see :class:`LiteralGuard`).
    """
    if pattern.flags & re.IGNORECASE and not ignore_case:
        return None
    found = _prefixes(list(sre_parse.parse(pattern.pattern, pattern.flags)))
    if not found or "" in found:
        return None
    return frozenset(prefix.lower() for prefix in found) if pattern.flags & re.IGNORECASE else frozenset(found)


def guards(patterns) -> dict[re.Pattern, tuple[str, ...]]:
    """For each compiled pattern whose prefixes are known, those prefixes (for :func:`can_match`)."""
    table = {}
    for pattern in patterns:
        prefixes = required_prefixes(pattern)
        if prefixes is not None:
            table[pattern] = tuple(sorted(prefixes))
    return table


def can_match(prefixes: tuple[str, ...] | None, text: str) -> bool:
    """False only if ``text`` holds none of the prefixes, so the pattern cannot match it.

    >>> can_match(("cease", "truce"), "we call for a truce"), can_match(("cease",), "no such word")
    (True, False)
    """
    return prefixes is None or any(prefix in text for prefix in prefixes)


def _folds_like_ascii(text: str) -> bool:
    """True if ``text`` has no letter outside ASCII, so lower-casing it is exactly what a
    case-insensitive pattern compares (letters such as the Kelvin sign or a dotted capital I
    match ASCII letters without lower-casing to them)."""
    return text.isascii() or not any(char.isalpha() for char in text if ord(char) > 127)


class LiteralGuard:
    """Which of many patterns can match a text, by one pass over their literal prefixes.

    Patterns whose prefixes are unknown are always possible. A case-insensitive pattern is looked
    for by its lower-cased prefixes in the lower-cased text (always possible in a text with
    letters outside ASCII). Use it to run only the patterns that can match:
    ``[p for p in patterns if p in guard.possible(text)]``.

    >>> guard = LiteralGuard([re.compile(r"\\bcease ?fires?\\b"), re.compile(r"\\btruces?\\b")])
    >>> [pattern.pattern for pattern in guard.possible("a truce now")]
    ['\\\\btruces?\\\\b']
    >>> len(LiteralGuard([re.compile("we", re.IGNORECASE)]).possible("We agree"))
    1
    """

    def __init__(self, patterns) -> None:
        exact: dict[str, set[re.Pattern]] = {}
        folded: dict[str, set[re.Pattern]] = {}
        always = set()
        for pattern in patterns:
            ignore_case = bool(pattern.flags & re.IGNORECASE)
            prefixes = required_prefixes(pattern, ignore_case=ignore_case)
            if prefixes is None:
                always.add(pattern)
                continue
            for prefix in prefixes:
                (folded if ignore_case else exact).setdefault(prefix, set()).add(pattern)
        self.always = frozenset(always)
        self._exact = [(prefix, frozenset(found)) for prefix, found in sorted(exact.items())]
        self._folded = [(prefix, frozenset(found)) for prefix, found in sorted(folded.items())]
        self._all_folded = frozenset(pattern for _, found in self._folded for pattern in found)

    def possible(self, text: str) -> set[re.Pattern]:
        """The patterns that may match ``text`` (a superset of those that do)."""
        found = set(self.always)
        for prefix, patterns in self._exact:
            if prefix in text:
                found |= patterns
        if self._folded:
            if not _folds_like_ascii(text):
                return found | self._all_folded
            lowered = text.lower()
            for prefix, patterns in self._folded:
                if prefix in lowered:
                    found |= patterns
        return found


def _trie_pattern(words: list[str]) -> str:
    """A regular expression matching the longest of ``words`` that starts at a position.

    The words are arranged as a trie (``cease(?:fire)?`` rather than ``cease|ceasefire``), so the
    engine follows one branch per character instead of trying every word, and a longer word is
    tried before the shorter word it extends (the group is greedy).
    """
    trie: dict = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def branch(node: dict) -> str:
        ends_here = "" in node
        children = [re.escape(char) + branch(child) for char, child in sorted(node.items()) if char]
        if not children:
            return ""
        body = children[0] if len(children) == 1 else "(?:" + "|".join(children) + ")"
        return f"(?:{body})?" if ends_here else body

    return branch(trie)


def starts_at_word_boundary(pattern: re.Pattern) -> bool:
    """True if ``pattern`` begins with ``\\b`` (Unicode word boundary): it can only match where one is.

    >>> starts_at_word_boundary(re.compile(r"\\b(?:cease|truce)")), starts_at_word_boundary(re.compile(r"(?:\\bcease|truce)"))
    (True, False)
    """
    if pattern.flags & (re.ASCII | re.LOCALE):
        return False
    items = list(sre_parse.parse(pattern.pattern, pattern.flags))
    return bool(items) and items[0] == (sre_constants.AT, sre_constants.AT_BOUNDARY)


class _PrefixScanner:
    """One scan of a text for the literal prefixes of some patterns (see :class:`PrefixIndex`)."""

    def __init__(self, by_prefix: dict[str, set[re.Pattern]], order: dict[re.Pattern, int], at_word_boundary: bool) -> None:
        # the patterns possible where ``prefix`` is the longest prefix found: its own and its own prefixes'
        self.possible = {
            prefix: tuple(sorted(set().union(*(by_prefix.get(prefix[:size], ()) for size in range(1, len(prefix) + 1))), key=order.get))
            for prefix in by_prefix
        }
        boundary = r"\b" if at_word_boundary else ""
        self.scanner = re.compile(f"{boundary}(?=({_trie_pattern(sorted(by_prefix))}))")

    def add_starts(self, text: str, starts: dict[re.Pattern, list[int]]) -> None:
        for found in self.scanner.finditer(text):
            position = found.start()
            for pattern in self.possible[found.group(1)]:
                starts.setdefault(pattern, []).append(position)


class PrefixIndex:
    """Where each of many patterns can start in a text, from one scan for all their literal prefixes.

    :class:`LiteralGuard` says *whether* a pattern can match; this says *where*: every match of
    a pattern begins with one of its literal prefixes (:func:`required_prefixes`), so the
    positions where those prefixes occur are the only places a match can start (and, for a
    pattern that begins with ``\\b``, only those at a word boundary). One scan of the text with
    a trie of all prefixes finds, at each position, the longest prefix there; every shorter
    prefix found at the same position is a prefix of it, so the patterns possible at that
    position are known from the longest alone. :meth:`finditer` then tries the pattern only at
    those positions, anchored, and gives the same matches as ``pattern.finditer(text)`` (a
    search tries positions from left to right and resumes after each match; an anchored match
    at a position sees the text before it, so ``\\b`` and look-behinds behave the same).

    Case-insensitive patterns and patterns without a known prefix are run whole, unguarded.

    >>> index = PrefixIndex([re.compile(r"\\bcease ?fires?\\b"), re.compile(r"\\bcease\\b")])
    >>> text = "no ceasefire, cease now"
    >>> [(m.start(), m.group()) for m in index.finditer(index.patterns[0], text, index.starts(text))]
    [(3, 'ceasefire')]
    >>> index.starts(text)[index.patterns[1]]
    [3, 14]
    """

    def __init__(self, patterns) -> None:
        self.patterns = list(dict.fromkeys(patterns))
        groups: dict[bool, dict[str, set[re.Pattern]]] = {True: {}, False: {}}
        self.unguarded: list[re.Pattern] = []
        for pattern in self.patterns:
            prefixes = None if pattern.flags & re.IGNORECASE else required_prefixes(pattern)
            if prefixes is None:
                self.unguarded.append(pattern)
                continue
            by_prefix = groups[starts_at_word_boundary(pattern)]
            for prefix in prefixes:
                by_prefix.setdefault(prefix, set()).add(pattern)
        order = {pattern: number for number, pattern in enumerate(self.patterns)}
        self._scanners = [_PrefixScanner(by_prefix, order, at_boundary) for at_boundary, by_prefix in groups.items() if by_prefix]
        self._guarded = frozenset(pattern for by_prefix in groups.values() for found in by_prefix.values() for pattern in found)

    def starts(self, text: str) -> dict[re.Pattern, list[int]]:
        """For every pattern that may match ``text``: the positions where a match may start, in order.

        A pattern without a known prefix is always listed (with no positions: it is run whole).
        """
        starts: dict[re.Pattern, list[int]] = {pattern: [] for pattern in self.unguarded}
        for scanner in self._scanners:
            scanner.add_starts(text, starts)
        return starts

    def finditer(self, pattern: re.Pattern, text: str, starts: dict[re.Pattern, list[int]]) -> list[re.Match]:
        """The matches of ``pattern`` in ``text``, the same as ``pattern.finditer(text)``, tried only at ``starts``."""
        if pattern not in self._guarded:
            return list(pattern.finditer(text))
        matches, resume = [], 0
        for position in starts.get(pattern, ()):
            if position < resume:
                continue
            match = pattern.match(text, position)
            if match is not None:
                matches.append(match)
                resume = match.end()
        return matches
