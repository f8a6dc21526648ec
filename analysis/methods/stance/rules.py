"""The rules: the stance of one sentence on each target it addresses, with the cues behind each label.

A sentence is normalised and cut into clauses (:mod:`.clauses`); in each clause the target terms
(:mod:`.targets`) and the cues (:mod:`.cues`) are found, and each mention takes the stance its
governing cue gives it (:mod:`.scope`), in this order of precedence:

1. a head cue before it (directive, evaluative, commitment), with the operators in between;
2. a double negation or a negated verbal term ("no violation of", "would never negotiate");
3. a predicate after it of which it is the subject ("... is not sufficient"), an actor's failure;
4. an evaluative adjective next to it;
5. a wanted condition ("until foreign forces leave");
6. a term that judges itself ("occupiers") or an accusation ("violations of human rights").

A target named several times in a sentence takes the majority polarity (the first on a tie).
"""

from __future__ import annotations

import math
import re
from typing import NamedTuple

from analysis.methods.stance.clauses import (
    clauses,
    is_reporter_background,
    rules_reading,
    split_conditions,
)
from analysis.methods.stance.cues import (
    ACCUSATION,
    CONDEMNING_NAMES_OF_VIOLENCE,
    HARM_OF,
    HARMED_BY,
    SELF_EVALUATING,
)
from analysis.methods.stance.scope import (
    ACTOR_WINDOW,
    VALUE_WINDOW,
    Chain,
    ClauseCues,
    Mention,
    accusation,
    adjective_chain,
    cue_spans,
    double_negation,
    head_chain,
    negated_action,
    operators_before,
    predicate_after,
    self_evaluation,
    target_mentions,
)
from analysis.methods.stance.targets import ACTOR_TARGETS, ADDRESSEE_TARGETS, TARGETS

#: Values whose naming as an object of concern is concern *for* them ("concern over the
#: humanitarian situation", "concern about human rights"), not opposition to them.
CONCERN_FOR = frozenset({"humanitarian", "human_rights", "inclusion", "afghan_ownership"})
CONCERN = re.compile(r"^evaluative:(?:concerns?|concerned|deep concern|alarm|dismay)\b")


class StanceLabel(NamedTuple):
    """One target's label in one sentence, with the cue words and the rule that gave it (a light,
    immutable record: the rules make one per label of every sentence of a corpus)."""

    target: str
    label: str
    cues: str


def _starts_with_gerund(chain: Chain) -> bool:
    """True if the chain's first cue is a gerund ("demanding a ceasefire ..."): the head is part of the subject."""
    return any(re.search(r"ing\b", name.split(":")[-1].split()[0]) for name in chain[1][:1])


def mention_stance(clause: ClauseCues, mention: Mention, wanted: bool) -> tuple[int, str] | None:
    """The polarity (+1/-1) of one target mention and the evidence for it, or None if it is not coded."""
    target, span = mention.target, mention.span
    is_actor = target in ACTOR_TARGETS
    if target == "taliban" and clause.engaged_with(span):
        return None  # engagement *with* the Taliban is the outside actors' role, not a judgement of the group
    chain = head_chain(clause, span, ACTOR_WINDOW if is_actor else VALUE_WINDOW)
    if chain is not None and target in ADDRESSEE_TARGETS and chain[1][-1].startswith("directive:"):
        chain = None
    if chain is not None and target in ADDRESSEE_TARGETS and all(name.startswith("commitment:") for name in chain[1]):
        chain = None  # "offered to the group", "guarantees from the Taliban": the group is a pledge's counterpart
    if chain is None:
        chain = double_negation(clause, span, mention.polarity) or negated_action(clause, span)
    subject_head = chain is None or _starts_with_gerund(chain) or clause.opens_with_nominal_head(span)
    # "we demand that the beheadings should end": the demand's content is a clause with its own predicate
    subject_head = subject_head or (chain[1][-1].startswith("directive:") and clause.after_demanded_clause(span))
    predicate = predicate_after(clause, span, is_actor, subject_head)
    if chain is None and predicate is None:
        chain = adjective_chain(clause, span)
    if chain is None and predicate is None and wanted:
        polarity, names = operators_before(clause, span)
        chain = polarity, ["condition:until/unless (the speaker wants it)"] + names
    if chain is None and predicate is None:
        chain = self_evaluation(clause, target, span) or (None if is_actor else accusation(clause, span))
    if chain is None and predicate is None:
        return None
    if predicate is not None and predicate[1].startswith("actor failure"):
        return -1, f"{span.text} <- {predicate[1]}"
    polarity, names = chain if chain is not None else operators_before(clause, span)
    if predicate is not None:
        polarity *= predicate[0]
        names = names + [predicate[1]]
    polarity *= mention.polarity
    if is_actor and polarity > 0 and (judged := pejorative_name(target, span.text)):
        # "accept the regime imposed by the invaders": who names an actor so does not favour it
        return -1, f"{span.text} <- the term judges:{judged} (whatever the head)"
    if mention.polarity < 0:
        names = names + [f"inverted term:{span.text}"]
    elif not is_actor:
        polarity, names = value_judgement(target, polarity, names)
    if target == "violence" and polarity > 0 and CONDEMNING_NAMES_OF_VIOLENCE.search(span.text):
        return None  # nobody favours violence under a name that condemns it: the cue is about something else
    return polarity, f"{span.text} <- " + "; ".join(names)


def pejorative_name(target: str, term: str) -> str | None:
    """What an actor's term says against it, if it is a pejorative name ("invaders", "occupation forces")."""
    for judged_target, pattern, sign, name in SELF_EVALUATING:
        if target == judged_target and sign < 0 and pattern.search(term):
            return name
    return None


def value_judgement(target: str, polarity: int, names: list[str]) -> tuple[int, list[str]]:
    """A value named as violated, or as the object of concern, is favoured, whatever the head.

    "UNAMA emphasizes that the targeting of civilians is a violation of international humanitarian
    law" condemns the targeting (codebook: "grave violations of human rights" is favor); "concern
    over the humanitarian situation" asks for the situation to improve. Concern about a harm
    (violence) stays against it: only the values of :data:`CONCERN_FOR` are its objects' good.
    """
    shifters = [name.split(":", 1)[1] for name in names if name.startswith("shifter:")]
    if any(ACCUSATION.match(shifter) for shifter in shifters):
        return 1, names + ["a violated value is favoured"]
    operators = [name for name in names if name.startswith(("shifter:", "negator:"))]
    if target in CONCERN_FOR and CONCERN.match(names[0]) and not operators:
        return 1, names + ["concern for a value"]
    return polarity, names


def violence_agents(clause: str, mentions: list[Mention]) -> list[tuple[Mention, Mention]]:
    """Actors named as the agents of violence: 'Taliban violence', 'attacks by the group'."""
    pairs = []
    for first, second in zip(mentions, mentions[1:]):
        gap = clause[first.span.end : second.span.start].strip()
        if first.target == "taliban" and second.target == "violence" and gap in {"", "'s"}:
            pairs.append((first, second))
        if first.target == "violence" and second.target == "taliban" and gap in {"by", "of"}:
            pairs.append((second, first))
    return pairs


def harm_before(clause: str, mention: Mention) -> re.Match | None:
    """The harm just before a mention ('persecuted by '), if any (:data:`HARMED_BY`). Only the last 40
    characters before it are read: the harm word and 'by' fit in them, and a long sentence with many
    mentions costs no more per mention."""
    return HARMED_BY.search(clause[max(0, mention.span.start - 40) : mention.span.start])


def harm_of(clause: str, mention: Mention) -> re.Match | None:
    """The harm just after a mention, if the mention names its doer ('Taliban oppression', :data:`HARM_OF`)."""
    return HARM_OF.match(clause, mention.span.end)


def agents_of_harm(clause: str, mentions: list[Mention]) -> list[tuple[Mention, str]]:
    """Taliban mentions named as the agents of a harm (:data:`HARMED_BY`, :data:`HARM_OF`), each with the harm's
    words: 'persecuted by the Taliban' gives (the Taliban, 'persecuted by'), 'Taleban oppression' (the Taleban,
    'oppression')."""
    found = [
        (mention, harm_before(clause, mention) or harm_of(clause, mention))
        for mention in mentions
        if mention.target == "taliban"
    ]
    return [(mention, harm.group(0).strip()) for mention, harm in found if harm]


def acts_of_criticised_actors(results: dict[int, tuple[str, int, str]]) -> None:
    """A value whose cue is the act or the failure of a criticised actor takes the opposite sign, in place.

    In "the Taliban are steadily dismantling the human rights gains" the speaker condemns the
    dismantling, and in "the Taliban failed to protect human rights" the failure: the actor is
    ``taliban`` against (an actor failure) and human rights are favoured, although "dismantling" or
    "failed to protect" alone would read as against them.
    """
    failures = [ev.split("actor failure:", 1)[1] for _, _, ev in results.values() if "actor failure:" in ev]
    for start, (target, polarity, evidence) in list(results.items()):
        names = evidence.split(" <- ", 1)[-1].split("; ")
        if target in ACTOR_TARGETS or any("predicate:" in name for name in names):
            continue  # a predicate ("... is a major blow") has already judged the act
        # the act is the value's head ("are dismantling", "continue to deny") or its negator ("failed to");
        # another head ("concern about the decision to bar women") is the speaker's own judgement
        acts = [names[0]] + [name for name in names if name.startswith("negator:")]
        cues = [name.split(":", 1)[1] for name in acts if ":" in name]
        if any(cue in failure for cue in cues for failure in failures):
            results[start] = (target, -polarity, f"{evidence}; the act of a criticised actor")


def clause_labels(clause: str, wanted: bool) -> list[tuple[str, int, str]]:
    """``(target, polarity, evidence)`` for every coded target mention of one clause part."""
    mentions = target_mentions(clause)
    if not mentions:
        return []
    cues = ClauseCues(clause, cue_spans(clause, mentions))
    results: dict[int, tuple[str, int, str]] = {}
    for mention in mentions:
        stance = mention_stance(cues, mention, wanted)
        if stance is not None:
            results[mention.span.start] = (mention.target, stance[0], stance[1])
    for actor, violence in violence_agents(clause, mentions):
        if violence.span.start in results and actor.span.start not in results:
            polarity = results[violence.span.start][1]
            evidence = f"{actor.span.text} <- agent of {violence.span.text} ({'favor' if polarity > 0 else 'against'})"
            results[actor.span.start] = ("taliban", polarity, evidence)
    for actor, harm in agents_of_harm(clause, mentions):  # the doer of a harm is blamed, whatever governs the harm
        results[actor.span.start] = ("taliban", -1, f"{actor.span.text} <- agent of harm:{harm}")
    acts_of_criticised_actors(results)
    return list(results.values())


def sentence_stance_evidence(text: str, news_report: bool = False, reading: str | None = None) -> list[StanceLabel]:
    """The stance of one sentence on each target it addresses, with the cues and rule of each label.

    With ``news_report=True`` a sentence that attributes nothing to anyone is the reporter's
    background and gets no label (codebook rule 7). ``reading``: the sentence as the rules read it
    (:func:`~analysis.methods.stance.clauses.rules_reading`), if the caller has made it already.
    """
    if not isinstance(text, str):
        raise TypeError(f"sentence_stance expects a sentence as str, not {type(text).__name__}")
    if news_report and is_reporter_background(text):
        return []
    found: dict[str, list[tuple[int, str]]] = {}
    for clause in clauses(rules_reading(text) if reading is None else reading):
        for part, wanted in split_conditions(clause):
            for target, polarity, evidence in clause_labels(part, wanted):
                found.setdefault(target, []).append((polarity, evidence))
    labels = []
    for target in TARGETS:
        if target in found:
            votes = found[target]
            total = sum(polarity for polarity, _ in votes)
            polarity = votes[0][0] if total == 0 else int(math.copysign(1, total))
            evidence = " | ".join(ev for pol, ev in votes if pol == polarity)
            labels.append(StanceLabel(target, "favor" if polarity > 0 else "against", evidence))
    return labels


def sentence_stance(text: str, news_report: bool = False) -> dict[str, str]:
    """What one sentence is for or against: ``{target: 'favor' | 'against'}``; targets not addressed are absent.

    >>> sentence_stance("A reduction in violence is not sufficient, we demand a comprehensive ceasefire!")
    {'ceasefire': 'favor', 'violence': 'against'}
    >>> sentence_stance("He said the group would not agree to a ceasefire until foreign forces were withdrawn.")
    {'ceasefire': 'against', 'international_role': 'against'}
    """
    return {label.target: label.label for label in sentence_stance_evidence(text, news_report)}
