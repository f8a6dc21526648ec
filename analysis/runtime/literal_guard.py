"""Where each of the stance rules' patterns can start in a clause (:class:`PrefixIndex`), for the stance rules.

The marker and verb rules use :class:`analysis.runtime.patterns.PatternSet`; this index serves the
stance rules until they use it too. Every match of a pattern begins with one of its literal
prefixes (:func:`analysis.runtime.patterns.required_prefixes`), so the positions where those
prefixes occur are the only places a match can start.
"""

from __future__ import annotations

import re

from analysis.runtime.patterns import required_prefixes, sre_constants, sre_parse

__all__ = ["PrefixIndex", "required_prefixes", "starts_at_word_boundary"]


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

    >>> starts_at_word_boundary(re.compile(r"\\b(?:cease|truce)"))
    True
    >>> starts_at_word_boundary(re.compile(r"(?:\\bcease|truce)"))
    False
    """
    if pattern.flags & (re.ASCII | re.LOCALE):
        return False
    items = list(sre_parse.parse(pattern.pattern, pattern.flags))
    return bool(items) and items[0] == (sre_constants.AT, sre_constants.AT_BOUNDARY)


class _PrefixScanner:
    """One scan of a text for the literal prefixes of some patterns (see :class:`PrefixIndex`)."""

    def __init__(
        self, by_prefix: dict[str, set[re.Pattern]], order: dict[re.Pattern, int], at_word_boundary: bool
    ) -> None:
        # the patterns possible where ``prefix`` is the longest prefix found: its own and its own prefixes'
        self.possible = {
            prefix: tuple(
                sorted(
                    set().union(*(by_prefix.get(prefix[:size], ()) for size in range(1, len(prefix) + 1))),
                    key=order.get,
                )
            )
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
        self._scanners = [
            _PrefixScanner(by_prefix, order, at_boundary) for at_boundary, by_prefix in groups.items() if by_prefix
        ]
        self._guarded = frozenset(
            pattern for by_prefix in groups.values() for found in by_prefix.values() for pattern in found
        )

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
