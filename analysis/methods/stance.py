"""Target stance: what each sentence is for or against, by transparent rules written from the codebook.

The codebook (``analysis/data/stance_codebook.md``) defines nine targets and what counts as
*favor* or *against* each. This module turns it into rules a reader can check by hand:

1. **Targets** are found with lexicons of target terms (:data:`TARGET_TERMS`): "ceasefire",
   "the Taliban", "Afghan-led", "human rights" ….
2. **Stance cues** (:data:`CUES`) are words that carry the speaker's position, in five kinds:
   *directive* and *deontic* (demand, call on, urge, must, should), *evaluative* (condemn, welcome,
   support, reject, disapprove, concern over), *commitment* (committed to, will continue),
   *shifter* (violation of, restrictions on, withdrawal of, reduction in, end to: they turn the
   target around) and *negator* (not, never, cannot, without, refuse to).
3. For each target mention, the **head cue** is the nearest directive, evaluative or commitment
   cue before it in the same clause. The label is the head's polarity, multiplied by every
   shifter and negator between the head and the target, and by a negator just before the head
   ("will not tolerate"). Without a head before it, a target can take its stance from an
   evaluative **predicate** after it ("asking for a ceasefire *is not rational*", "a reduction in
   violence *is not sufficient*") or from an evaluative **adjective** next to it ("*heinous*
   acts of violence").
4. **Conditions**: in a clause after *until*, *unless* or *till*, what the clause describes is what
   the speaker wants ("no ceasefire *until foreign forces are withdrawn*"). A clause after *if*
   describes circumstances and is not coded.
5. **Actors** (``taliban`` and the foreign actors of ``international_role``) are often only the
   addressees of a demand ("we call on the Taliban to …"), so their head cue must be close
   (:data:`ACTOR_WINDOW` words). An actor that fails, or whose violence is condemned, is coded
   against ("the group's failure", "Taliban violence").
6. **Reported speech**: reporting frames ("the statement said") are not cues. In a news report, a
   sentence with no words attributed to anyone (no quotation, no reporting frame, no verb of
   saying or demanding) is the reporter's background and is not coded.

Every label keeps its *cues*: the words and the rule behind it, so a reader can see why.
"""

from __future__ import annotations

import itertools
import math
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable

import numpy as np
import pandas as pd

from analysis.runtime.literal_guard import PrefixIndex
from analysis.text.sentences import QUOTATION, REPORTING_FRAME
from analysis.text.term_lists import cached_on_corpus

#: The targets, in the order of the book's tables.
TARGETS = [
    "ceasefire",
    "violence",
    "taliban",
    "afghan_ownership",
    "inclusion",
    "human_rights",
    "international_role",
    "negotiations",
    "humanitarian",
]

#: Targets that name actors, not values: their head cue must stand close to them.
ACTOR_TARGETS = frozenset({"taliban", "international_role"})

#: How many words a head cue may stand before a value target, and before an actor.
VALUE_WINDOW = 12
ACTOR_WINDOW = 5

#: A head within this many words before another head governs it ("reject the call for a truce").
HEAD_CHAIN_GAP = 4

#: Actors that are usually the addressees of demands: a directive does not code them, unless a
#: shifter says what is demanded of them ("demand the withdrawal of ...").
ADDRESSEE_TARGETS = frozenset({"taliban"})

#: Fewer stance-bearing sentences than this in a (statement, target) cell is thin evidence.
THIN_EVIDENCE = 3

#: Seed of the bootstrap over sentences, so every run gives the same intervals.
BOOTSTRAP_SEED = 20240615

# --------------------------------------------------------------------------------------------
# Lexicons. Patterns are matched on normalised text: lower case, hyphens as spaces, no quotes.
# --------------------------------------------------------------------------------------------

#: Afghanistan or its people as the object of an outside actor's support, commitment or solidarity
#: ("its continued support for the people of Afghanistan", "reiterates its commitment to the
#: country", "stands by the people and Government of Afghanistan"): the pledge is the outside
#: actor's engagement, so the object is an ``international_role`` mention and the pledge word is
#: its head cue (codebook: "reiterates its commitment to the country" is favor; revision R3).
ENGAGED_WITH_AFGHANS = (
    r"(?:(?<=commitment to )|(?<=commitments to )|(?<=support for )|(?<=support to )|(?<=solidarity with )|(?<=stands by )"
    r"|(?<=stand by )|(?<=standing by )|(?<=stands with )|(?<=stand with ))"
    r"(?:(?:the )?(?:government (?:of afghanistan )?and (?:its |the )?)?(?:afghan )?(?:people|nation)(?: and (?:the )?government)?"
    r"(?: of afghanistan)?|afghanistan|the country(?!')|the afghans|afghans)"
)

#: Target terms: ``(pattern, polarity)``; polarity -1 marks a term that names the target's opposite
#: ("interference" is the opposite of Afghan ownership).
TARGET_TERMS: dict[str, list[tuple[str, int]]] = {
    "ceasefire": [
        (r"cease ?fires?", 1),
        (r"truces?", 1),
        (r"cessation of (?:all )?(?:hostilities|violence|fighting)", 1),
        (r"end of hostilities", 1),
    ],
    "violence": [
        (r"violence|violent extremism", 1),
        (r"terrorism|terrorists?|terror", 1),
        (r"extremism|extremists?", 1),
        (r"attacks?|attacking", 1),
        (r"(?:targeted )?killings?|killing", 1),
        (r"bloodshed|war|wars|warfare|armed struggle|jihad|fighting|hostilities", 1),
        (r"bombings?|airstrikes?|atrocit(?:y|ies)|massacres?|battlefield", 1),
        (r"targeting civilians", 1),
        (r"decapitations?|beheadings?|torture|mutilation", 1),
    ],
    "taliban": [
        (r"(?:the )?taliban(?:'s)?", 1),
        (r"the group(?:'s)?", 1),
        (r"(?:the )?de facto (?:authorities|authority|government|rulers)(?:'s)?", 1),
        (r"(?:the )?islamic emirate(?: of afghanistan)?(?:'s)?", 1),
        (r"(?:the )?militants?(?:'s)?", 1),
        (r"(?:the )?interim afghan government(?:'s)?", 1),
    ],
    "afghan_ownership": [
        (r"afghan led|afghan owned|afghan led and (?:afghan )?owned", 1),
        (r"sovereignty|sovereign|territorial integrity|national unity", 1),
        (r"independence", 1),
        (r"non interference", 1),
        (r"will of the afghan people|a matter concerning the afghans|afghans to their own", 1),
        (r"(?:afghan )?(?:the )?government's stewardship", 1),
        (r"interfere(?:nce)? in", -1),
    ],
    "inclusion": [
        (r"inclusive(?:ness)?|inclusion|pluralism", 1),
        (r"participation", 1),
        (r"(?:civil society|women|youth|minorities)(?:'s)? (?:engagement|role|voices?)", 1),
        (r"voices of the afghan people", 1),
        (r"all (?:major )?ethno political forces", 1),
    ],
    "human_rights": [
        (r"human rights?", 1),
        (r"(?:women's|girls'|equal|fundamental|their|all) rights", 1),
        (r"rights (?:and freedoms )?of (?:women|girls|all|citizens|the people|ethnic groups|minorities|afghans)", 1),
        (r"rights and freedoms|freedoms", 1),
        (r"right to education|education (?:of|for) girls|girls' education", 1),
        (r"discrimination against women", -1),
        (r"women(?: and girls)? from (?:working|work|schools?|universities|education|public life)", 1),
    ],
    "international_role": [
        (r"international (?:community|communities|efforts|support|engagement|cooperation|partners|presence|actors|consensus|assistance)", 1),
        (r"regional (?:and international )?(?:cooperation|consensus|mechanisms|actors|countries|partners|community)", 1),
        (r"regionally and internationally agreed mechanism", 1),
        (r"state to state (?:cooperation|relations)", 1),
        (r"neighbou?rs", 1),
        (r"(?:the )?united nations(?: family)?|(?:the )?un(?! charter)|unama|(?:the )?(?:un )?security council|unsc", 1),
        (r"america|the united states|u\.? ?s\.? administration", 1),
        (r"(?:military|remaining) forces", 1),
        (r"nato|the atlantic alliance|allies", 1),
        (r"(?:all|concerned|participating) (?:countries|states)", 1),
        (r"foreign (?:forces|troops|military(?: presence)?|presence|occupying force|occupation)", 1),
        (r"(?:american|us|u\.s\.|nato|coalition|international|occupying|invading|occupation) (?:forces|troops|invaders?)", 1),
        (r"(?:last )?(?:american )?invaders?|(?:foreign )?occupiers?|military presence", 1),
        (r"disengage(?:ment)?|abandon", -1),
        (r"engagement with|engag(?:e|es|ed|ing) with", 1),
        (ENGAGED_WITH_AFGHANS, 1),
    ],
    "negotiations": [
        (r"(?:peace|direct peace|intra afghan) talks|talks|talking to", 1),
        (r"(?:peace |intra afghan )?negotiations?|negotiat(?:e|ing)|negotiation table", 1),
        (r"(?:afghan |national )?(?:peace|political) process", 1),
        (r"(?:intra afghan )?dialogue", 1),
        (r"doha (?:process|meeting|agreement|negotiations)", 1),
        (r"political (?:settlement|solution|roadmap)|negotiated settlement|settlement", 1),
        (r"peace (?:agreement|deal)|(?:sustainable and )?comprehensive agreement", 1),
        (r"(?:national )?reconciliation(?: process)?", 1),
        (r"resolving issues through (?:\(?mutual\)? )?understanding", 1),
    ],
    "humanitarian": [
        (r"(?:international )?humanitarian (?:law|efforts|assistance|aid|access|situation)|humanitarian", 1),
        (r"geneva conventions?|rules? of war|laws? of war", 1),
        (r"treated humanely|humane treatment", 1),
    ],
}


@dataclass(frozen=True)
class Cue:
    """A stance cue: its name in the evidence, its polarity (+1 or -1) and its kind."""

    name: str
    polarity: int
    kind: str


def _top_level_alternatives(patterns: str) -> list[str]:
    """Split 'a|b(?:c|d)' into ['a', 'b(?:c|d)']: at the '|' outside brackets only."""
    parts, depth, current = [], 0, ""
    for char in patterns:
        depth += (char == "(") - (char == ")")
        if char == "|" and depth == 0:
            parts.append(current)
            current = ""
        else:
            current += char
    return parts + [current]


def _cues(kind: str, polarity: int, words: str) -> list[tuple[str, Cue]]:
    """Cue patterns of one kind and polarity, from a '|'-separated list of patterns."""
    return [(pattern, Cue(pattern, polarity, kind)) for pattern in _top_level_alternatives(words)]


#: Stance cues, ``(pattern, Cue)``. Kinds: directive, evaluative, commitment (heads: they start a
#: stance), shifter and negator (operators: they turn it around), adjective (fallback head).
CUES: list[tuple[str, Cue]] = (
    _cues("directive", 1,
          r"demand(?:s|ed|ing)?|call(?:s|ed|ing)? (?:on|upon|for)|call upon|urg(?:e|es|ed|ing)|ask(?:s|ed|ing)?(?: for)?"
          r"|request(?:s|ed|ing)?|recommend(?:s|ed|ing)?|must|should|need(?:s|ed)? to|need for|needed|necessitate(?:s|d)?"
          r"|requires?|required|insist(?:s|ed)? on|appeal(?:s|ed)? (?:to|for)|encourag(?:e|es|ed|ing)|want(?:s|ed)?"
          r"|ensur(?:e|es|ed|ing)|imperative|pursue|take (?:a |an )?(?:[\w]+ ){0,2}part in|get ready for")
    + _cues("evaluative", 1,
            r"support(?:s|ed|ing)?|welcom(?:e|es|ed|ing)|appreciat(?:e|es|ed|ing)|value|endors(?:e|es|ed)|prais(?:e|es|ed)"
            r"|commend(?:s|ed)?|hail(?:s|ed)?|pleased|hope(?:s|d|ful)?|hoping|wish(?:es)?|importance of|important|crucial|essential"
            r"|vital|priority|respect(?:s|ed|ing)?(?: for| to)?|uphold(?:s|ing)?|protect(?:s|ed|ing)?|protection of|safeguard(?:s|ing)?"
            r"|promot(?:e|es|ed|ing)|advanc(?:e|es|ed|ing)|strengthen(?:s|ed|ing)?|reinforc(?:e|es|ed|ing)|achiev(?:e|es|ed|ing)"
            r"|establish(?:ed|ing|ment of)?|agree(?:d)? (?:to|on)|agree|join|start|launch(?:ing)?|commencement of|resum(?:e|ption of)"
            r"|revive|facilitat(?:e|es|ed|ing)|stands? by|in support of|solidarity with|emphasi[sz](?:e|es|ed|ing)|stress(?:es|ed)?"
            r"|underlin(?:e|es|ed)|believe in|accept|success of|successful|steps? forward|offers? hope|lead to|comply with"
            r"|implement(?:ing|ation of)?|reaffirm(?:s|ed|ing)? (?:its|their) (?:support|respect)"
            r"|open(?:s|ed|ing)? the door to|pav(?:e|es|ed|ing) the way for|form|formation of|build(?:ing)?|creat(?:e|es|ed|ing)"
            r"|la(?:y|ys|id|ying) the (?:ground ?work|foundations?) for|bring(?:s|ing)? about|brought about|(?:re)?focus(?:es|ed|ing)? on"
            r"|complet(?:e|es|ed|ing) the|completion of|begin|begins")
    + _cues("commitment", 1,
            r"committed to|commitment to|commitments? to|continu(?:e|es|ed|ing|ation of)|determined (?:in|to)|ready to|willingness to"
            r"|will not tire|play a role|announc(?:e|es|ed|ing)|declar(?:e|es|ed|ing)|assur(?:e|es|ed|ing)")
    + _cues("evaluative", -1,
            r"condemn(?:s|ed|ing)?|condemnation of|reject(?:s|ed|ing)?|rejection of|oppos(?:e|es|ed|ing)|opposition to"
            r"|deplor(?:e|es|ed)|denounc(?:e|es|ed)|disapprov(?:e|es|ed|al of)|criticis(?:e|es|ed)|criticiz(?:e|es|ed)"
            r"|concerns? (?:over|about|at|regarding)|concerned (?:about|over|at|by)|deep concern|alarm(?:ed)? (?:at|over|about)|dismay (?:over|at)|regret"
            r"|(?:fight|fights|fighting|struggle|stand|approach|action|measures) against|counter(?:ing)?|combat(?:ting)?"
            r"|tackl(?:e|es|ed|ing)|confront(?:s|ed|ing)?|address(?:es|ed|ing)? the (?:challenges?|threats?|scourge|menace) of"
            r"|victims of|lives (?:[\w]+ ){0,2}lost to|lost (?:their )?lives to"
            r"|prevent(?:s|ed|ing)?|dismantl(?:e|es|ed|ing)|disrupt(?:s|ed|ing)?|defeat|eliminat(?:e|es|ed|ing)|eradicat(?:e|es|ed|ing)"
            r"|sever(?:s|ed|ing)? ties with|refrain from|abstain from|not tolerate|putting an end to|put an end to|an end to"
            r"|end(?:s|ed|ing)?|stop(?:s|ped|ping)?|halt|cease|stem|curb|forcing (?:out|the)|waste of time|condemnation|reduc(?:e|es|ed|ing)")
    + _cues("shifter", -1,
            r"withdraw(?:al of|al|s|n)?|leave|reduction in|reduction of|violations? of|violating|violations?|abuses? of"
            r"|restrictions? on|restrict(?:s|ed|ing)?|bans?|banning|to ban|barring|failure|lack of|absence of|obstacles? to|assaults? on|breach(?:es)? of"
            r"|hurdles? (?:for|to|in the way of)|undermin(?:e|es|ed|ing)|free of|free from|against"
            r"|revers(?:e|es|ed|ing)|lift(?:ing)?|rescind|revok(?:e|ing)|onslaught")
    + _cues("shifter", 1,
            r"sanctuary for|safe haven for|breeding ground for|platform (?:for|to)")
    + _cues("negator", -1,
            r"not|no|never|neither|nor|cannot|can't|won't|without|no longer|refus(?:e|es|ed|ing) to|fail(?:s|ed|ing)? to|unable to")
    + _cues("adjective", -1,
            r"horrific|heinous|barbaric|appalling|brutal|cowardly|senseless|callous|unjust|irrational|unlawful|illegal"
            r"|ill advised|reprehensible|provocative|grave|disastrous|occupying|occupation|invading|relentless|notoriously")
    + _cues("adjective", 1, r"historic|valuable|helpful|positive|constructive|significant|rightful|wise|genuine|friendly")
)

#: Heads that start a stance, and operators that turn it around.
HEAD_KINDS = frozenset({"directive", "evaluative", "commitment"})
OPERATOR_KINDS = frozenset({"shifter", "negator"})

#: Evaluative predicates after a target that is the subject: ``(pattern, polarity, name)``.
PREDICATES: list[tuple[str, int, str]] = [
    (r"(?:is|are|was|were|be|been) (?:\w+ ){0,2}not (?:sufficient|enough)|insufficient", 1, "insufficiency asks for more"),
    (r"(?:is|are|was|were|be|been|remains?) (?:also |both |strictly |absolutely |very |more )?not (?:rational|convincing|acceptable|logical|helpful)", -1, "negated positive predicate"),
    (r"(?:is|are|was|were|be|been|remains?) (?:also |both |strictly |absolutely |very |directly |more )?(?:a |an |in )?(?:stark |clear |flagrant )?(?:illogical|irrational|opportunistic|unacceptable|unlawful|illegal|prohibited|waste of time|assault|violation|major blow|blow|crime|provocative|ill advised|counterproductive|threat)", -1, "negative predicate"),
    (r"(?:is|are|was|were|be|been|remains?|will be) (?:also |both |absolutely |very |directly |more )?(?:a |an |the )?(?:crucial|essential|vital|important|key|necessary|needed|indispensable|imperative|unquestionable|valuable|helpful|welcome|priority|fundamental prerequisite|prerequisite|central|important steps? forward|steps? forward)", 1, "positive predicate"),
    (r"(?:should|must) (?:end|stop|cease)|(?:should|must) be (?:lifted|reversed|ended|removed|stopped)|must not be allowed|undermin(?:e|es|ed|ing)|threaten(?:s|ed)?", -1, "negative verb predicate"),
    (r"offers? hope|will lead to|paves? the way|(?:would |will )?(?:have )?la(?:y|ys|id) the (?:ground ?work|foundations?)", 1, "positive verb predicate"),
    (r"as (?:a )?waste of time", -1, "negative predicate"),
]

#: An actor that fails or violates is evaluated negatively ("the group's failure", "the Taliban failed to").
ACTOR_FAILURE = r"(?:'s )?(?:(?:have |has )?(?:also )?(?:failed|fail|fails) (?:to|in)|failure|violated|violation|violations|opposition to)"

#: Shifters right after a target: "until foreign forces were withdrawn", "until the troops leave".
POST_SHIFTER = (
    r"(?:is|are|was|were|be|been) (?:withdrawn|removed|reduced|lifted|ended|stopped|banned|restricted)"
    r"|(?:leave|leaves|withdraw|withdraws|ends|end|stop|stops)"
)

#: Target terms that judge what they name, used when no head cue applies: ``(target, pattern,
#: polarity, name)``. Calling foreign forces occupiers or invaders condemns them (codebook:
#: ``international_role`` against for "condemning foreign interference or foreign actors").
SELF_EVALUATING = [
    ("international_role", re.compile(r"\b(?:occupying|occupation|occupiers?|invading|invaders?)\b"), -1, "foreign forces named as occupiers"),
]

#: A directive whose content is a clause ("demands that ...", "insists that ..."): the target in it
#: can be the subject of that clause's own predicate.
DEMANDED_CLAUSE = re.compile(r"\b(?:demand\w*|urg\w*|insist\w*|ask\w*|request\w*|recommend\w*|call\w* for) that\b")

#: An actor just after "engagement with" is the partner of the outside actors' engagement (codebook
#: edge case: engagement with the Taliban is ``international_role`` favor, not ``taliban`` favor).
ENGAGED_ACTOR = re.compile(r"\bengag\w* with (?:[\w']+ ){0,5}$")

#: Words and marks that end a clause: a stance does not cross them (the spaces around them are
#: stripped from the clauses).
CLAUSE_BREAK = re.compile(r"[;:—–]|\b(?:but|while|whereas|although|however|despite)\b")

#: A condition clause in which the speaker states what it wants ("until X", "unless X").
WANTED_CONDITION = re.compile(r"\b(?:until|unless|till)\b")

#: A circumstantial condition, not coded ("if conditions allow", "if they are unable to").
CIRCUMSTANCE = re.compile(r"\b(?:if|whether|provided that|as long as)\b[^,]*?(?:,|\bthen\b|$)")

#: What makes an 'until' clause a wanted condition: a refusal or a continuation before it.
REFUSAL_OR_CONTINUATION = re.compile(r"\b(?:not|no|never|cannot|won't|refus\w*|reject\w*|continu\w*)\b")

#: Verbs by which a news report attributes words or acts to the actor it reports.
ATTRIBUTION = re.compile(
    r"\b(?:urg(?:e|es|ed|ing)|demand(?:s|ed|ing)|stress(?:es|ed|ing)|insist(?:s|ed|ing)|reiterat(?:e|es|ed|ing)|welcom(?:e|es|ed|ing)"
    r"|condemn(?:s|ed|ing)|express(?:es|ed|ing)|concerns?|discuss(?:es|ed|ing)|call(?:s|ed|ing)|warn(?:s|ed|ing)|affirm(?:s|ed|ing)"
    r"|emphasi[sz](?:es|ed|ing)|ask(?:s|ed|ing)|appeal(?:s|ed|ing)|reject(?:s|ed|ing)|commitment|committed|assured)\b",
    re.IGNORECASE,
)

#: A speaker's own voice in a news report: a first-person pronoun or a deontic modal. Reporters
#: write neither in their own background sentences, so such a sentence carries the reported
#: actor's words even where the quotation marks fall in another sentence (codebook rule 7).
SPEAKER_VOICE = re.compile(r"\b(?:[Ww]e|[Oo]ur|[Oo]urs|I|[Mm]y)\b|\b(?:[Mm]ust|[Ss]hould|[Oo]ught to)\b")

_COMPILED_TERMS = [
    (target, re.compile(rf"\b(?:{pattern})\b"), polarity)
    for target, terms in TARGET_TERMS.items()
    for pattern, polarity in terms
]
_COMPILED_CUES = [(re.compile(rf"\b(?:{pattern})\b"), cue) for pattern, cue in CUES]
_COMPILED_PREDICATES = [(re.compile(rf"^\s*((?:[\w']+,? ){{0,20}}?)(?:{pattern})\b"), pol, name) for pattern, pol, name in PREDICATES]

#: Words between a subject and its predicate that show the predicate belongs to another subject.
PREDICATE_BLOCK = re.compile(r"\bthat\b|\band the\b")
_ACTOR_FAILURE = re.compile(rf"^\s*(?:[\w']+ ){{0,2}}?{ACTOR_FAILURE}\b")
_POST_SHIFTER = re.compile(rf"^\s*(?:{POST_SHIFTER})\b")

#: Where each term and cue pattern can start in a clause: every match begins with one of the
#: pattern's literal prefixes, so one scan for all prefixes tells which patterns to try and where
#: (a speed-up that never changes a label: the matches are those of ``finditer``).
_PREFIXES = PrefixIndex([pattern for _, pattern, _ in _COMPILED_TERMS] + [pattern for pattern, _ in _COMPILED_CUES])


def _entries_by_pattern(entries: list[tuple]) -> dict[re.Pattern, list[tuple[int, tuple]]]:
    """``{pattern: [(position in entries, entry), ...]}``: a clause's candidate patterns give back
    their entries in list order, without going through the whole list."""
    by_pattern: dict[re.Pattern, list[tuple[int, tuple]]] = {}
    for number, entry in enumerate(entries):
        pattern = next(part for part in entry if isinstance(part, re.Pattern))
        by_pattern.setdefault(pattern, []).append((number, entry))
    return by_pattern


_TERMS_BY_PATTERN = _entries_by_pattern(_COMPILED_TERMS)
_CUES_BY_PATTERN = _entries_by_pattern(_COMPILED_CUES)


def _candidate_entries(by_pattern: dict[re.Pattern, list[tuple[int, tuple]]], starts: dict[re.Pattern, list[int]]) -> list[tuple]:
    """The entries whose pattern may match the clause, in list order."""
    found = [item for pattern in starts if pattern in by_pattern for item in by_pattern[pattern]]
    found.sort(key=lambda item: item[0])
    return [entry for _, entry in found]


# --------------------------------------------------------------------------------------------
# Sentence level
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class StanceLabel:
    """One target's label in one sentence, with the cue words and the rule that gave it."""

    target: str
    label: str
    cues: str


@dataclass(frozen=True)
class _Span:
    start: int
    end: int
    text: str


_QUOTE_MARKS = re.compile(r"[“”\"]|(?<!\w)'|'(?!\w)")
_HYPHEN_AFTER_WORD = re.compile(r"(?<=\w)[-‐‑]")


def normalise(text: str) -> str:
    """Lower case, quotes removed, hyphens between words as spaces, one space between words.

    >>> normalise("“An Afghan-led,   Afghan‑owned process”")
    'an afghan led, afghan owned process'
    """
    text = text.lower().replace("’", "'").replace("´", "'").replace("‘", "'")
    if '"' in text or "“" in text or "”" in text or "'" in text:
        text = _QUOTE_MARKS.sub(" ", text)
    if "-" in text or "‐" in text or "‑" in text:  # a hyphen after a word ("afghan-led", "well- known")
        text = _HYPHEN_AFTER_WORD.sub(" ", text)
    text = text.replace("#", " ").replace("…", " ").replace("(", " ").replace(")", " ")
    return " ".join(text.split())  # str.split() and re's \s know the same whitespace


def clauses(text: str) -> list[str]:
    """Split a normalised sentence into clauses at semicolons, colons, dashes, brackets and 'but/while'."""
    return [part.strip() for part in CLAUSE_BREAK.split(text) if part and part.strip()]


def is_reporter_background(text: str) -> bool:
    """True for a news-report sentence that attributes no words or acts to anyone.

    >>> is_reporter_background("The talks are part of an agreement reached in February.")
    True
    >>> is_reporter_background("NATO said the parties should agree on a ceasefire.")
    False
    >>> is_reporter_background("Their violence must not be allowed to win.")
    False
    """
    return not (re.search(r"[“”\"]", text) or REPORTING_FRAME.search(text) or ATTRIBUTION.search(text) or SPEAKER_VOICE.search(text))


def _find(pattern: re.Pattern, text: str, starts: dict[re.Pattern, list[int]]) -> list[_Span]:
    return [_Span(m.start(), m.end(), m.group(0)) for m in _PREFIXES.finditer(pattern, text, starts)]


def _target_mentions(clause: str, starts: dict[re.Pattern, list[int]]) -> list[tuple[str, int, _Span]]:
    """Every target term in a clause, longest first where two overlap (``starts``: :meth:`PrefixIndex.starts`)."""
    found = [(target, polarity, span) for target, pattern, polarity in _candidate_entries(_TERMS_BY_PATTERN, starts) for span in _find(pattern, clause, starts)]
    found.sort(key=lambda item: (-(item[2].end - item[2].start), item[2].start))
    kept: list[tuple[str, int, _Span]] = []
    for target, polarity, span in found:
        if all(span.end <= other.start or span.start >= other.end for _, _, other in kept):
            kept.append((target, polarity, span))
    return sorted(kept, key=lambda item: item[2].start)


def _cue_spans(clause: str, mentions: list[tuple[str, int, _Span]], starts: dict[re.Pattern, list[int]]) -> list[tuple[_Span, Cue]]:
    """Every cue in a clause that is not part of a target term, longest first where two overlap."""
    found = [(span, cue) for pattern, cue in _candidate_entries(_CUES_BY_PATTERN, starts) for span in _find(pattern, clause, starts)]
    found.sort(key=lambda item: (-(item[0].end - item[0].start), item[0].start))
    taken = [span for _, _, span in mentions]
    kept: list[tuple[_Span, Cue]] = []
    for span, cue in found:
        if all(span.end <= other.start or span.start >= other.end for other in taken):
            kept.append((span, cue))
            taken.append(span)
    return sorted(kept, key=lambda item: item[0].start)


#: A coordination between two conjuncts: an operator in an earlier conjunct does not reach a later one.
COORDINATION = re.compile(r",|\band\b|\bor\b")


def _in_scope(clause: str, operator: _Span, mention: _Span) -> bool:
    """True if no coordination separates an operator from the mention it would turn around."""
    return not COORDINATION.search(clause[operator.end : mention.start])


def _words_between(clause: str, start: int, end: int) -> int:
    return len(clause[start:end].split())


def _close_before(clause: str, span: _Span, head: _Span, gap: int) -> bool:
    """True if ``span`` ends at most ``gap`` words before ``head`` with no comma between them."""
    between = clause[span.end : head.start]
    return span.end <= head.start and "," not in between and not re.search(r"\band\b", between) and len(between.split()) <= gap


def _head_chain(clause: str, mention: _Span, cues: list[tuple[_Span, Cue]], window: int) -> tuple[int, list[str]] | None:
    """The nearest head cue before a mention, times the operators between them and a negator before it."""
    before = [(span, cue) for span, cue in cues if span.end <= mention.start]
    heads = [(span, cue) for span, cue in before if cue.kind in HEAD_KINDS and _words_between(clause, span.end, mention.start) <= window]
    if not heads:
        return None
    head_span, head = heads[-1]
    polarity, names = head.polarity, [f"{head.kind}:{head_span.text}"]
    governing = [(span, cue) for span, cue in before if cue.kind in HEAD_KINDS and _close_before(clause, span, head_span, HEAD_CHAIN_GAP)]
    if governing:
        polarity *= governing[-1][1].polarity
        names.insert(0, f"{governing[-1][1].kind}:{governing[-1][0].text}")
    agent = clause[: mention.start].endswith("by ")
    shifted = False
    for span, cue in before:
        if cue.kind in OPERATOR_KINDS and span.start >= head_span.end:
            if not _in_scope(clause, span, mention):
                continue
            if cue.kind == "shifter" and (agent or (shifted and span.text == "against")):
                continue
            shifted = shifted or cue.kind == "shifter"
            polarity *= cue.polarity
            names.append(f"{cue.kind}:{span.text}")
        elif cue.kind == "negator" and _close_before(clause, span, head_span, 2):
            polarity *= cue.polarity
            names.append(f"negator:{span.text}")
    return polarity, names


def _adjective_chain(clause: str, mention: _Span, cues: list[tuple[_Span, Cue]]) -> tuple[int, list[str]] | None:
    """An evaluative adjective just before a mention (or before a shifter that governs it)."""
    before = [(span, cue) for span, cue in cues if span.end <= mention.start and _words_between(clause, span.end, mention.start) <= 4]
    adjectives = [(span, cue) for span, cue in before if cue.kind == "adjective"]
    if not adjectives:
        return None
    adj_span, adjective = adjectives[-1]
    polarity, names = adjective.polarity, [f"adjective:{adj_span.text}"]
    for span, cue in before:
        if cue.kind in OPERATOR_KINDS and span.start >= adj_span.end and _in_scope(clause, span, mention):
            polarity *= cue.polarity
            names.append(f"{cue.kind}:{span.text}")
    if re.search(r"\bthan\b", clause[adj_span.end : mention.start]):
        polarity, names = -polarity, names + ["comparison:than"]
    return polarity, names


def _double_negation(clause: str, mention: _Span, cues: list[tuple[_Span, Cue]], term_polarity: int) -> tuple[int, list[str]] | None:
    """A negated shifter or negated opposite term affirms the target ("no violation of human rights", "cannot disengage")."""
    polarity, names = _operators_before(clause, mention, cues)
    kinds = {name.split(":")[0] for name in names}
    if "negator" in kinds and ("shifter" in kinds or term_polarity < 0):
        return polarity, ["double negation"] + names
    return None


#: Target terms that are verbs: a negator right before them is a refusal ("would never negotiate").
VERBAL_TERM = re.compile(r"^(?:negotiat(?:e|ing)|talking to|talk to)$")


def _negated_action(clause: str, mention: _Span, cues: list[tuple[_Span, Cue]]) -> tuple[int, list[str]] | None:
    """A negator right before a verbal target term: a refusal of it."""
    if not VERBAL_TERM.match(mention.text):
        return None
    for span, cue in cues:
        if cue.kind == "negator" and _close_before(clause, span, mention, 1):
            return -1, [f"negated action:{span.text}"]
    return None


def _operators_before(clause: str, mention: _Span, cues: list[tuple[_Span, Cue]]) -> tuple[int, list[str]]:
    """Shifters and negators within four words before a mention that has no head cue."""
    polarity, names = 1, []
    for span, cue in cues:
        if cue.kind in OPERATOR_KINDS and span.end <= mention.start and _words_between(clause, span.end, mention.start) <= 4 and _in_scope(clause, span, mention):
            polarity *= cue.polarity
            names.append(f"{cue.kind}:{span.text}")
    return polarity, names


def _predicate_after(clause: str, mention: _Span, is_actor: bool, cues: list[tuple[_Span, Cue]], subject_head: bool) -> tuple[int, str] | None:
    """An evaluative predicate of which the mention is the subject, an actor's failure, or a shifter right after.

    ``subject_head`` says whether the mention's head cue is part of the subject (a gerund such as
    "demanding"); after any other head, only an actor's failure or a shifter right after applies.
    """
    rest = clause[mention.end :]
    if is_actor and (match := _ACTOR_FAILURE.match(rest)):
        return -1, f"actor failure:{match.group(0).strip()}"
    if match := _POST_SHIFTER.match(rest):
        return -1, f"shifter after:{match.group(0).strip()}"
    if not subject_head:
        return None
    for pattern, polarity, name in _COMPILED_PREDICATES:
        if match := pattern.match(rest):
            start = mention.end + match.end(1)
            between = clause[mention.end : start]
            heads_between = [span for span, cue in cues if cue.kind in HEAD_KINDS and mention.end <= span.start < start]
            if PREDICATE_BLOCK.search(between) or heads_between:
                return None
            return polarity, f"{name}:{match.group(0).strip()}"
    return None


def _self_evaluation(clause: str, target: str, mention: _Span, cues: list[tuple[_Span, Cue]]) -> tuple[int, list[str]] | None:
    """A mention with no head cue whose own words judge it: a term such as 'occupation forces'.

    Only a bare mention: with a shifter or negator before it ("the withdrawal of the invaders",
    "no occupying force") what the speaker wants is not said by the term alone.
    """
    if _operators_before(clause, mention, cues)[1]:
        return None
    for judged_target, pattern, sign, name in SELF_EVALUATING:
        if target == judged_target and pattern.search(mention.text):
            return sign, [f"the term judges:{name}"]
    return None


#: Shifters that accuse: a violation, abuse, breach or assault is wrong by its very name.
ACCUSATION = re.compile(r"^(?:violations? of|violating|violations?|abuses? of|assaults? on|breach(?:es)? of)$")


def _accusation(clause: str, mention: _Span, cues: list[tuple[_Span, Cue]]) -> tuple[int, list[str]] | None:
    """With no head cue, naming a violation of a value condemns the violation: the value is favored.

    Values only: an actor after the shifter is usually its agent ("violations ... by the Taliban").

    Codebook: "a violation of our sovereignty" (condemned) is ``afghan_ownership`` favor, "grave
    violations of human rights" is ``human_rights`` favor.
    """
    polarity, names = _operators_before(clause, mention, cues)
    if not any(name.startswith("shifter:") and ACCUSATION.match(name.split(":", 1)[1]) for name in names):
        return None
    return -polarity, ["accusation (a violation is condemned by its name)"] + names


def _mention_stance(clause: str, target: str, term_polarity: int, mention: _Span, cues: list[tuple[_Span, Cue]], wanted: bool) -> tuple[int, str] | None:
    """The polarity (+1/-1) of one target mention and the evidence for it, or None if it is not coded."""
    is_actor = target in ACTOR_TARGETS
    if target == "taliban" and ENGAGED_ACTOR.search(clause[: mention.start]):
        return None  # engagement *with* the Taliban is the outside actors' role, not a judgement of the group
    window = ACTOR_WINDOW if is_actor else VALUE_WINDOW
    chain = _head_chain(clause, mention, cues, window)
    if chain is not None and target in ADDRESSEE_TARGETS and chain[1][-1].startswith("directive:"):
        chain = None
    if chain is None:
        chain = _double_negation(clause, mention, cues, term_polarity) or _negated_action(clause, mention, cues)
    subject_head = chain is None or any(re.search(r"ing\b", name.split(":")[-1].split()[0]) for name in chain[1][:1])
    # "we demand that the beheadings should end": the demand's content is a clause with its own predicate
    subject_head = subject_head or (chain is not None and chain[1][-1].startswith("directive:") and DEMANDED_CLAUSE.search(clause[: mention.start]) is not None)
    predicate = _predicate_after(clause, mention, is_actor, cues, subject_head)
    if chain is None and predicate is None:
        chain = _adjective_chain(clause, mention, cues)
    if chain is None and predicate is None and wanted:
        polarity, names = _operators_before(clause, mention, cues)
        chain = polarity, ["condition:until/unless (the speaker wants it)"] + names
    if chain is None and predicate is None:
        chain = _self_evaluation(clause, target, mention, cues) or (None if is_actor else _accusation(clause, mention, cues))
    if chain is None and predicate is None:
        return None
    if predicate is not None and predicate[1].startswith("actor failure"):
        return -1, f"{mention.text} <- {predicate[1]}"
    polarity, names = chain if chain is not None else _operators_before(clause, mention, cues)
    if predicate is not None:
        polarity *= predicate[0]
        names = names + [predicate[1]]
    polarity *= term_polarity
    if term_polarity < 0:
        names = names + [f"inverted term:{mention.text}"]
    return polarity, f"{mention.text} <- " + "; ".join(names)


def _split_conditions(clause: str) -> list[tuple[str, bool]]:
    """The parts of a clause: ``(text, wanted)``; 'until/unless' parts are wanted, 'if' parts dropped."""
    if "if" in clause or "whether" in clause or "provided that" in clause or "as long as" in clause:
        clause = CIRCUMSTANCE.sub(" ", clause)
    if "unless" not in clause and "til" not in clause:  # no 'until', 'unless' or 'till': one part
        return [(clause.strip(), False)] if clause.strip() else []
    parts = WANTED_CONDITION.split(clause)
    refusal = len(parts) > 1 and bool(REFUSAL_OR_CONTINUATION.search(parts[0]))
    return [(part.strip(), number > 0 and refusal) for number, part in enumerate(parts) if part.strip()]


def _violence_agents(clause: str, mentions: list[tuple[str, int, _Span]]) -> list[tuple[_Span, _Span]]:
    """Actors named as the agents of violence: 'Taliban violence', 'attacks by the group'."""
    pairs = []
    for (target, _, span), (next_target, _, next_span) in zip(mentions, mentions[1:]):
        gap = clause[span.end : next_span.start].strip()
        if target == "taliban" and next_target == "violence" and gap in {"", "'s"}:
            pairs.append((span, next_span))
        if target == "violence" and next_target == "taliban" and gap in {"by", "of"}:
            pairs.append((next_span, span))
    return pairs


def _clause_labels(clause: str, wanted: bool) -> list[tuple[str, int, str]]:
    """``(target, polarity, evidence)`` for every coded target mention of one clause part."""
    starts = _PREFIXES.starts(clause)
    mentions = _target_mentions(clause, starts)
    if not mentions:  # no target, no label: the cues need not be looked for
        return []
    cues = _cue_spans(clause, mentions, starts)
    results: dict[int, tuple[str, int, str]] = {}
    for target, term_polarity, span in mentions:
        stance = _mention_stance(clause, target, term_polarity, span, cues, wanted)
        if stance is not None:
            results[span.start] = (target, stance[0], stance[1])
    for actor, violence in _violence_agents(clause, mentions):
        if violence.start in results and actor.start not in results:
            polarity = results[violence.start][1]
            results[actor.start] = ("taliban", polarity, f"{actor.text} <- agent of {violence.text} ({'favor' if polarity > 0 else 'against'})")
    return list(results.values())


def sentence_stance_evidence(text: str, news_report: bool = False) -> list[StanceLabel]:
    """The stance of one sentence on each target it addresses, with the cues and rule of each label.

    With ``news_report=True`` a sentence that attributes nothing to anyone is the reporter's
    background and gets no label (codebook rule 7).
    """
    if not isinstance(text, str):
        raise TypeError(f"sentence_stance expects a sentence as str, not {type(text).__name__}")
    if news_report and is_reporter_background(text):
        return []
    found: dict[str, list[tuple[int, str]]] = {}
    for clause in clauses(normalise(text)):
        for part, wanted in _split_conditions(clause):
            for target, polarity, evidence in _clause_labels(part, wanted):
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


# --------------------------------------------------------------------------------------------
# Corpus level
# --------------------------------------------------------------------------------------------


def _is_news_report(genre: object) -> bool:
    return isinstance(genre, str) and "news" in genre.lower()


def stance_rows(doc_id: str, sent_ids: list[str], texts: list[str], news_report: bool = False) -> list[dict]:
    """The stance rows of one statement's sentences, in order (one task for a worker process or Dask)."""
    return [
        {"doc_id": doc_id, "sent_id": sent_id, "target": label.target, "label": label.label, "cues": label.cues}
        for sent_id, text in zip(sent_ids, texts)
        for label in sentence_stance_evidence(text, news_report=news_report)
    ]


def stance_table(corpus, n_jobs: int = 1) -> pd.DataFrame:
    """Every stance label of the corpus: one row per (sentence, target) with ``doc_id, sent_id, target, label, cues``.

    With ``n_jobs`` > 1 the statements are labelled on that many processes (joblib); the rows
    come back in the same order as on one. The table is computed once per corpus (kept on it while
    its sentences and genres are unchanged): the stance, sentiment and synthesis tables all use it.
    """
    genres = dict(zip(corpus.documents["doc_id"], corpus.documents.get("genre", pd.Series(dtype=str))))
    ids = corpus.sentences["sent_id"].tolist() + [f"{doc_id}|{genre}" for doc_id, genre in genres.items()]
    texts = corpus.sentences["text"].tolist()
    return cached_on_corpus(corpus, ("stance_table",), ids, texts, lambda _: _label_sentences(corpus, genres, n_jobs)).copy()


def _label_sentences(corpus, genres: dict, n_jobs: int) -> pd.DataFrame:
    """The rows of :func:`stance_table`, statement by statement (on ``n_jobs`` processes)."""
    sentences = zip(corpus.sentences["doc_id"], corpus.sentences["sent_id"], corpus.sentences["text"])
    tasks = []
    for doc_id, run in itertools.groupby(sentences, key=lambda sentence: sentence[0]):
        _, sent_ids, texts = zip(*run)
        tasks.append((doc_id, list(sent_ids), list(texts), _is_news_report(genres.get(doc_id))))
    if n_jobs == 1:
        parts = [_stance_columns(*task) for task in tasks]
    else:
        from joblib import Parallel, delayed

        parts = Parallel(n_jobs=n_jobs, batch_size="auto")(delayed(_stance_columns)(*task) for task in tasks)
    columns = ["doc_id", "sent_id", "target", "label", "cues"]
    if not any(part[0] for part in parts):
        return pd.DataFrame([], columns=columns)
    # built column by column: a million row dicts would cost far more memory than five lists
    return pd.DataFrame({name: list(itertools.chain.from_iterable(part[i] for part in parts)) for i, name in enumerate(columns)})


def _stance_columns(doc_id: str, sent_ids: list[str], texts: list[str], news_report: bool = False) -> tuple[list, ...]:
    """The rows of :func:`stance_rows` as five columns (``doc_id, sent_id, target, label, cues``)."""
    columns: tuple[list, ...] = ([], [], [], [], [])
    for sent_id, text in zip(sent_ids, texts):
        for label in sentence_stance_evidence(text, news_report=news_report):
            for column, value in zip(columns, (doc_id, sent_id, label.target, label.label, label.cues)):
                column.append(value)
    return columns


def bootstrap_rate_interval(hits: np.ndarray, n_boot: int = 2000, level: float = 0.95, seed: int = BOOTSTRAP_SEED) -> tuple[float, float]:
    """A percentile bootstrap interval for a share of sentences, resampling sentences with a fixed seed.

    >>> bootstrap_rate_interval(np.array([0, 0, 0, 0]))
    (0.0, 0.0)
    """
    hits = np.asarray(hits, dtype=float)
    if hits.size == 0:
        return (math.nan, math.nan)
    return bootstrap_rate_intervals(hits[np.newaxis, :], n_boot, level, seed)[0]


def bootstrap_rate_intervals(hits: np.ndarray, n_boot: int = 2000, level: float = 0.95, seed: int = BOOTSTRAP_SEED) -> list[tuple[float, float]]:
    """:func:`bootstrap_rate_interval` for several targets of one statement at once (one row of 0/1 ``hits`` each).

    Every target is resampled with the same draws of sentences (the same seed), so a resample's
    number of hits is (how often each sentence was drawn) · hits: one matrix product for all
    targets, in whole numbers, so exact. The percentiles are then read from how often each
    number occurs (:func:`_linear_quantile_of_counts`), the same floats as ``np.quantile`` of
    the resampled shares.

    >>> bootstrap_rate_intervals(np.array([[0, 0, 0], [1, 1, 1]]))
    [(0.0, 0.0), (1.0, 1.0)]
    """
    hits = np.asarray(hits, dtype=float)
    size = hits.shape[1]
    resample_hits = (hits @ _bootstrap_draw_counts(size, n_boot, seed).T).astype(np.intp)
    tail = (1 - level) / 2
    lows, highs = (_linear_quantile_of_counts(resample_hits, size, q) for q in (tail, 1 - tail))
    return [(float(low), float(high)) for low, high in zip(lows, highs)]


def _linear_quantile_of_counts(counts: np.ndarray, size: int, q: float) -> np.ndarray:
    """Per row, ``np.quantile(counts / size, q)`` (its default, linear method), bit for bit, without sorting.

    A resampled share takes only the values 0/size ... size/size, so each row's order
    statistics can be read from how often each count occurs. The two neighbouring order
    statistics are then interpolated exactly as NumPy does (``a + (b - a) * t``, or
    ``b - (b - a) * (1 - t)`` from t = 0.5 on), so the result has the same bits.
    """
    rows, n = counts.shape
    position = (n - 1) * q
    below = min(max(int(np.floor(position)), 0), n - 1)
    above = below if position >= n - 1 or position < 0 else below + 1
    gamma = position - below if 0 <= position < n - 1 else 0.0
    histogram = np.bincount((counts + (size + 1) * np.arange(rows)[:, np.newaxis]).ravel(), minlength=rows * (size + 1))
    at_most = histogram.reshape(rows, size + 1).cumsum(axis=1)  # at_most[r, k]: resamples with count <= k
    a = (at_most <= below).sum(axis=1) / size  # the order statistic at ``below``: the first k with more
    b = (at_most <= above).sum(axis=1) / size
    difference = b - a
    return np.where(gamma >= 0.5, b - difference * (1 - gamma), a + difference * gamma)


@lru_cache(maxsize=256)
def bootstrap_draws(size: int, n_boot: int, seed: int = BOOTSTRAP_SEED) -> np.ndarray:
    """The positions a seeded ``rng.choice(size, (n_boot, size))`` draws (``n_boot`` × ``size``, read-only).

    Every bootstrap of the book (stance rates here, sentiment means in :mod:`analysis.methods.sentiment`)
    resamples a statement's sentences with these draws, made once per length and seed.
    """
    indices = np.random.default_rng(seed).choice(size, size=(n_boot, size), replace=True)
    indices.flags.writeable = False
    return indices


@lru_cache(maxsize=64)
def _bootstrap_draw_counts(size: int, n_boot: int, seed: int) -> np.ndarray:
    """How often each of ``size`` sentences is drawn in each of ``n_boot`` seeded resamples (``n_boot`` × ``size``).

    The draws are :func:`bootstrap_draws`: the same for every target of a statement, and every
    statement of that length, so they are counted once.
    """
    indices = bootstrap_draws(size, n_boot, seed)
    rows = np.repeat(np.arange(n_boot) * size, size)
    counts = np.bincount(rows + indices.ravel(), minlength=n_boot * size).reshape(n_boot, size).astype(float)
    counts.flags.writeable = False
    return counts


def document_stance(corpus, labels: pd.DataFrame | None = None, n_jobs: int = 1) -> pd.DataFrame:
    """Per statement and target: salience, favor and against counts, net position and the evidence.

    ``salience`` is the number of sentences that take a stance on the target; ``net`` is
    (favor - against) / salience, from -1 (all against) to +1 (all favor); ``stance_rate`` is
    salience / sentences with a seeded bootstrap interval over sentences; ``thin_evidence`` marks
    cells with fewer than :data:`THIN_EVIDENCE` stance-bearing sentences, which the book shows as
    thin evidence rather than as a position. ``labels``: a :func:`stance_table` of the corpus
    already computed (it is computed here if not given). With ``n_jobs`` > 1 the statements'
    intervals are drawn on that many processes; the table is the same as on one.
    """
    labels = stance_table(corpus) if labels is None else labels
    sent_ids_of: dict[str, list[str]] = {}
    for doc_id, sent_id in zip(corpus.sentences["doc_id"], corpus.sentences["sent_id"]):
        sent_ids_of.setdefault(doc_id, []).append(sent_id)
    cells: dict[tuple[str, str], tuple[list[str], list[str]]] = {}
    for doc_id, target, label, sent_id in zip(labels["doc_id"], labels["target"], labels["label"], labels["sent_id"]):
        cell = cells.setdefault((doc_id, target), ([], []))
        cell[0].append(label)
        cell[1].append(sent_id)
    tasks = [(doc_id, sent_ids_of.get(doc_id, []), [cells.get((doc_id, target), ([], [])) for target in TARGETS]) for doc_id in corpus.doc_ids]
    if n_jobs == 1 or len(tasks) < 2:
        return pd.DataFrame(_rows_of_documents(tasks))
    from joblib import Parallel, delayed

    chunk = max(1, -(-len(tasks) // (8 * n_jobs)))
    parts = Parallel(n_jobs=n_jobs)(delayed(_rows_of_documents)(tasks[start : start + chunk]) for start in range(0, len(tasks), chunk))
    return pd.DataFrame([row for part in parts for row in part])


def _rows_of_documents(tasks: list[tuple]) -> list[dict]:
    """The rows of some statements, in order (one task for a worker process)."""
    return [row for task in tasks for row in _document_rows(*task)]


def _document_rows(doc_id: str, sent_ids: list[str], target_cells: list[tuple[list[str], list[str]]]) -> list[dict]:
    """The (statement, target) rows of :func:`document_stance` for one statement, one per target in
    :data:`TARGETS` order, from each target's labels and their sentences."""
    labelled = [set(cell_sent_ids) for _, cell_sent_ids in target_cells]
    hits = np.array([[sent_id in sentences for sent_id in sent_ids] for sentences in labelled], dtype=float)
    intervals = bootstrap_rate_intervals(hits) if sent_ids else [(math.nan, math.nan)] * len(target_cells)
    rows = []
    for target, (cell_labels, cell_sent_ids), (low, high) in zip(TARGETS, target_cells, intervals):
        favor = cell_labels.count("favor")
        against = cell_labels.count("against")
        salience = favor + against
        rows.append({
            "doc_id": doc_id,
            "target": target,
            "n_sentences": len(sent_ids),
            "salience": salience,
            "favor": favor,
            "against": against,
            "net": round((favor - against) / salience, 3) if salience else math.nan,
            "stance_rate": round(salience / len(sent_ids), 3) if sent_ids else math.nan,
            "rate_low": round(low, 3),
            "rate_high": round(high, 3),
            "thin_evidence": salience < THIN_EVIDENCE,
            "evidence": " ".join(cell_sent_ids),
        })
    return rows


def export_tables(corpus, n_jobs: int = 1) -> dict[str, pd.DataFrame]:
    """``stance_sentences`` (one row per sentence and target) and ``stance_documents`` (per statement and target)."""
    labels = stance_table(corpus, n_jobs)
    return {"stance_sentences": labels, "stance_documents": document_stance(corpus, labels, n_jobs)}


def iter_targets() -> Iterable[str]:
    """The target ids in table order (a convenience for notebooks)."""
    return iter(TARGETS)
