"""Scope: which cue governs which target mention in a clause.

For each target mention, the **head cue** is the nearest directive, evaluative or commitment cue
before it in the same clause, within a window of words (:data:`VALUE_WINDOW`, or the closer
:data:`ACTOR_WINDOW` for actors, who are often only the addressees of a demand). The stance is the
head's polarity, multiplied by every shifter and negator between the head and the mention, by a
negator just before the head ("will not tolerate") and by a head that governs the head ("reject the
call for a truce"). Without a head, a mention can take its stance from an evaluative predicate
after it ("asking for a ceasefire *is not rational*"), an adjective next to it ("*heinous* acts of
violence"), a double negation ("no violation of human rights") or an accusation ("violations of
human rights").

Every look-up is bounded by a number of words around the mention, so a clause costs time in
proportion to its length, however long it is (:class:`ClauseCues` holds the word counts).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from itertools import accumulate

from analysis.methods.stance.cues import (
    ACCUSATION,
    ACTOR_FAILURE_AFTER,
    ACTOR_PRAISED_AFTER,
    COMPILED_CUES,
    COMPILED_NOT_TARGETS,
    COMPILED_PREDICATES,
    COMPILED_TERMS,
    COORDINATION,
    DEMANDED_CLAUSE,
    ENGAGED_ACTOR,
    HEAD_KINDS,
    NEGATOR_COORDINATION,
    NOMINAL_SUBJECT,
    OPERATOR_KINDS,
    PREDICATE_BLOCK,
    SELF_EVALUATING,
    SHIFTER_AFTER,
    VERBAL_TERM,
    Cue,
)
from analysis.runtime.patterns import PatternSet

#: How many words a head cue may stand before a value target, and before an actor.
VALUE_WINDOW = 12

#: A relative clause after a comma opens a new predicate: a head before it does not reach into it.
RELATIVE_CLAUSE = re.compile(r", (?:which|who|whom|whose)\b")
ACTOR_WINDOW = 5

#: A head within this many words before another head governs it ("reject the call for a truce").
HEAD_CHAIN_GAP = 4

#: "and" opening a noun phrase of its own (a determiner or possessive after it): a second object of
#: the head that governs the nearer head, not part of the nearer head's object ("the fight against ISIS
#: and our training mission"); "the fight against terrorism and extremism" stays one object.
NEW_CONJUNCT = re.compile(r"\band (?:our|its|their|his|her|your)\b")

#: Shifters that name an obstruction: before a head they turn what it demands ("impediments must not be created").
OBSTRUCTION = re.compile(r"^(?:impediments?|obstacles?|barriers?|hurdles?)$")

#: How many words before a mention an operator (shifter, negator) or an adjective still applies
#: when there is no head cue.
OPERATOR_REACH = 4


@dataclass(frozen=True)
class Span:
    """Where a term or cue stands in a clause, and its words."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Mention:
    """A target term in a clause: its target, its polarity (-1 for a term naming the opposite) and its span."""

    target: str
    polarity: int
    span: Span


Chain = tuple[int, list[str]]  # a polarity and the names of the cues behind it


def _non_overlapping(found: list[tuple[Span, object]], taken: list[Span], length: int) -> list[tuple[Span, object]]:
    """The longest matches first, each kept only if no kept match (or ``taken`` span) overlaps it; in text order."""
    occupied = bytearray(length)
    for span in taken:
        occupied[span.start : span.end] = b"\x01" * (span.end - span.start)
    kept = []
    for span, item in sorted(found, key=lambda pair: (pair[0].start - pair[0].end, pair[0].start)):
        if not any(occupied[span.start : span.end]):
            occupied[span.start : span.end] = b"\x01" * (span.end - span.start)
            kept.append((span, item))
    return sorted(kept, key=lambda pair: pair[0].start)


#: The target terms and the cues as two pattern sets: the same matches as each pattern's ``finditer``,
#: each pattern tried only where a word can begin it (:class:`analysis.runtime.patterns.PatternSet`).
TERM_PATTERNS = PatternSet((pattern for _, pattern, _ in COMPILED_TERMS), anchor=r"\b")
CUE_PATTERNS = PatternSet((pattern for pattern, _ in COMPILED_CUES), anchor=r"\b")


def target_mentions(clause: str) -> list[Mention]:
    """Every target term in a clause, the longest where two overlap, in text order."""
    found = [
        (Span(m.start(), m.end(), m.group(0)), (COMPILED_TERMS[number][0], COMPILED_TERMS[number][2]))
        for number, m in TERM_PATTERNS.matches(clause)
    ]
    found += [(Span(m.start(), m.end(), m.group(0)), (None, 0)) for m in COMPILED_NOT_TARGETS.finditer(clause)]
    kept = _non_overlapping(found, [], len(clause))
    return [Mention(target, polarity, span) for span, (target, polarity) in kept if target is not None]


def cue_spans(clause: str, mentions: list[Mention]) -> list[tuple[Span, Cue]]:
    """Every cue in a clause that is not part of a target term, the longest where two overlap, in text order."""
    found = [
        (Span(m.start(), m.end(), m.group(0)), COMPILED_CUES[number][1]) for number, m in CUE_PATTERNS.matches(clause)
    ]
    return _non_overlapping(found, [mention.span for mention in mentions], len(clause))


@dataclass
class ClauseCues:
    """A clause with its cues, and the word counts that let every look-up stay near the mention."""

    text: str
    cues: list[tuple[Span, Cue]]
    _word_starts_before: list[int] = field(init=False, repr=False)
    _cue_ends: list[int] = field(init=False, repr=False)
    _cue_starts: list[int] = field(init=False, repr=False)
    _word_positions: list[int] = field(init=False, repr=False)
    _demanded_clause_end: int = field(init=False, repr=False)

    def __post_init__(self) -> None:
        text = self.text
        starts = [not char.isspace() and (i == 0 or text[i - 1].isspace()) for i, char in enumerate(text)]
        self._word_starts_before = [0, *accumulate(starts)]
        self._word_positions = [i for i, is_start in enumerate(starts) if is_start]
        self._cue_ends = [span.end for span, _ in self.cues]
        self._cue_starts = [span.start for span, _ in self.cues]
        demanded = DEMANDED_CLAUSE.search(text)
        self._demanded_clause_end = demanded.end() if demanded else len(text) + 1

    def words_between(self, start: int, end: int) -> int:
        """``len(text[start:end].split())``, counted from the word starts."""
        if start >= end:
            return 0
        return self._word_starts_before[end] - self._word_starts_before[start + 1] + (not self.text[start].isspace())

    def cues_before(self, position: int, words: int) -> list[tuple[Span, Cue]]:
        """The cues that end at or before ``position`` with at most ``words`` words between, in text order."""
        index = bisect.bisect_right(self._cue_ends, position)
        first = index
        while first > 0 and self.words_between(self._cue_ends[first - 1], position) <= words:
            first -= 1
        return self.cues[first:index]

    def cues_starting_between(self, start: int, end: int) -> list[tuple[Span, Cue]]:
        """The cues that start in ``[start, end)``."""
        return self.cues[bisect.bisect_left(self._cue_starts, start) : bisect.bisect_left(self._cue_starts, end)]

    def close_before(self, span: Span, head: Span, gap: int) -> bool:
        """True if ``span`` ends at most ``gap`` words before ``head`` with no comma or 'and' between them."""
        between = self.text[span.end : head.start]
        return (
            span.end <= head.start
            and "," not in between
            and not re.search(r"\band\b", between)
            and self.words_between(span.end, head.start) <= gap
        )

    def in_scope(self, operator: Span, mention: Span, negator: bool = False) -> bool:
        """True if no coordination separates an operator from the mention it would turn around."""
        return not (NEGATOR_COORDINATION if negator else COORDINATION).search(self.text[operator.end : mention.start])

    def opens_with_nominal_head(self, mention: Span) -> bool:
        """True if the clause opens with a nominal head governing the mention ("Continuation of war ...")."""
        return NOMINAL_SUBJECT.match(self.text, 0, mention.start) is not None

    def engaged_with(self, mention: Span) -> bool:
        """True if the mention follows 'engagement with' (within five words)."""
        word = bisect.bisect_left(self._word_positions, mention.start)
        start = self._word_positions[max(0, word - 8)] if self._word_positions else 0
        return ENGAGED_ACTOR.search(self.text, start, mention.start) is not None

    def after_demanded_clause(self, mention: Span) -> bool:
        """True if a 'demands that' / 'urges that' stands before the mention."""
        return self._demanded_clause_end <= mention.start


def governing_heads(clause: ClauseCues, head: Span) -> list[tuple[Span, Cue]]:
    """The head cues that govern a head: close before it, with no comma or 'and' between ("reject the call for")."""
    return [
        (span, cue)
        for span, cue in clause.cues_before(head.start, HEAD_CHAIN_GAP)
        if cue.kind in HEAD_KINDS and clause.close_before(span, head, HEAD_CHAIN_GAP)
    ]


def head_chain(clause: ClauseCues, mention: Span, window: int) -> Chain | None:
    """The nearest head cue before a mention, times the operators between them and a negator before it."""
    heads = [(span, cue) for span, cue in clause.cues_before(mention.start, window) if cue.kind in HEAD_KINDS]
    if not heads:
        return None
    head_span, head = heads[-1]
    if RELATIVE_CLAUSE.search(clause.text, head_span.end, mention.start):
        return None  # "... sit for direct talks, which the Taliban had said ...": a new predicate
    governing = governing_heads(clause, head_span)
    if governing and NEW_CONJUNCT.search(clause.text, head_span.end, mention.start):
        # "committed to the fight against ISIS and our training mission": the mention is a second object
        # of the governing head ("committed to"), beside the nearer head's phrase, not inside it
        head_span, head = governing[-1]
        governing = governing_heads(clause, head_span)
    polarity, names = head.polarity, [f"{head.kind}:{head_span.text}"]
    near_head = clause.cues_before(head_span.start, HEAD_CHAIN_GAP)
    if governing:
        polarity *= governing[-1][1].polarity
        names.insert(0, f"{governing[-1][1].kind}:{governing[-1][0].text}")
    for span, cue in near_head:
        if cue.kind == "negator" and clause.close_before(span, head_span, 2):
            polarity *= cue.polarity
            names.append(f"negator:{span.text}")
    if governing:  # "nothing should prevent", "impediments must not be created for": before the governing head
        first = governing[-1][0]
        for span, cue in clause.cues_before(first.start, 0):
            counted = cue.kind == "negator" and clause.close_before(span, head_span, 2)
            if (
                not counted
                and clause.close_before(span, first, 0)
                and (cue.kind == "negator" or OBSTRUCTION.match(span.text))
            ):
                polarity *= cue.polarity
                names.insert(0, f"{cue.kind}:{span.text}")
    agent = clause.text.endswith("by ", 0, mention.start)
    shifted = False
    for span, cue in clause.cues_starting_between(head_span.end, mention.start):
        if cue.kind not in OPERATOR_KINDS or not clause.in_scope(span, mention, cue.kind == "negator"):
            continue
        if cue.kind == "shifter" and (agent or (shifted and span.text == "against")):
            continue
        shifted = shifted or cue.kind == "shifter"
        polarity *= cue.polarity
        names.append(f"{cue.kind}:{span.text}")
    return polarity, names


def operators_before(clause: ClauseCues, mention: Span) -> Chain:
    """Shifters and negators within :data:`OPERATOR_REACH` words before a mention, in scope of it."""
    polarity, names = 1, []
    for span, cue in clause.cues_before(mention.start, OPERATOR_REACH):
        if cue.kind in OPERATOR_KINDS and clause.in_scope(span, mention, cue.kind == "negator"):
            polarity *= cue.polarity
            names.append(f"{cue.kind}:{span.text}")
    return polarity, names


def adjective_chain(clause: ClauseCues, mention: Span) -> Chain | None:
    """An evaluative adjective just before a mention (or before a shifter that governs it)."""
    before = clause.cues_before(mention.start, OPERATOR_REACH)
    adjectives = [(span, cue) for span, cue in before if cue.kind == "adjective"]
    if not adjectives:
        return None
    adj_span, adjective = adjectives[-1]
    polarity, names = adjective.polarity, [f"adjective:{adj_span.text}"]
    for span, cue in before:
        if cue.kind in OPERATOR_KINDS and span.start >= adj_span.end and clause.in_scope(span, mention):
            polarity *= cue.polarity
            names.append(f"{cue.kind}:{span.text}")
    if re.search(r"\bthan\b", clause.text[adj_span.end : mention.start]):
        polarity, names = -polarity, names + ["comparison:than"]
    return polarity, names


def double_negation(clause: ClauseCues, mention: Span, term_polarity: int) -> Chain | None:
    """A negated shifter or negated opposite term affirms the target ("no violation of human rights", "cannot disengage")."""
    polarity, names = operators_before(clause, mention)
    kinds = {name.split(":")[0] for name in names}
    if "negator" in kinds and ("shifter" in kinds or term_polarity < 0):
        return polarity, ["double negation"] + names
    return None


def negated_action(clause: ClauseCues, mention: Span) -> Chain | None:
    """A negator right before a verbal target term: a refusal of it ("would never negotiate")."""
    if not VERBAL_TERM.match(mention.text):
        return None
    for span, cue in clause.cues_before(mention.start, 1):
        if cue.kind == "negator" and clause.close_before(span, mention, 1):
            return -1, [f"negated action:{span.text}"]
    return None


def predicate_after(clause: ClauseCues, mention: Span, is_actor: bool, subject_head: bool) -> tuple[int, str] | None:
    """An evaluative predicate of which the mention is the subject, an actor's failure, or a shifter right after.

    ``subject_head`` says whether the mention's head cue is part of the subject (a gerund such as
    "demanding"); after any other head, only an actor's failure or a shifter right after applies.
    """
    text = clause.text
    if is_actor and (match := ACTOR_FAILURE_AFTER.match(text, mention.end)):
        return -1, f"actor failure:{match.group(0).strip()}"
    if match := SHIFTER_AFTER.match(text, mention.end):
        return -1, f"shifter after:{match.group(0).strip()}"
    if not subject_head:
        return None
    if is_actor and (match := ACTOR_PRAISED_AFTER.match(text, mention.end)):
        return 1, f"actor praised:{match.group(0).strip()}"
    for pattern, polarity, name in COMPILED_PREDICATES:
        if match := pattern.match(text, mention.end):
            start = match.end(1)
            heads_between = [
                span for span, cue in clause.cues_starting_between(mention.end, start) if cue.kind in HEAD_KINDS
            ]
            if PREDICATE_BLOCK.search(text[mention.end : start]) or heads_between:
                return None
            return polarity, f"{name}:{match.group(0).strip()}"
    return None


def self_evaluation(clause: ClauseCues, target: str, mention: Span) -> Chain | None:
    """A mention with no head cue whose own words judge it: a term such as 'occupation forces'.

    Only a bare mention: with a shifter or negator before it ("the withdrawal of the invaders",
    "no occupying force") what the speaker wants is not said by the term alone.
    """
    if operators_before(clause, mention)[1]:
        return None
    for judged_target, pattern, sign, name in SELF_EVALUATING:
        if target == judged_target and pattern.search(mention.text):
            return sign, [f"the term judges:{name}"]
    return None


def accusation(clause: ClauseCues, mention: Span) -> Chain | None:
    """With no head cue, naming a violation of a value condemns the violation: the value is favored.

    Values only: an actor after the shifter is usually its agent ("violations ... by the Taliban").
    Codebook: "a violation of our sovereignty" (condemned) is ``afghan_ownership`` favor, "grave
    violations of human rights" is ``human_rights`` favor.
    """
    polarity, names = operators_before(clause, mention)
    if not any(name.startswith("shifter:") and ACCUSATION.match(name.split(":", 1)[1]) for name in names):
        return None
    return -polarity, ["accusation (a violation is condemned by its name)"] + names
