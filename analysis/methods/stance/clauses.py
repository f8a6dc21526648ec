"""From a sentence to the clauses its stance is read in: normalising, clause breaks, conditions, reported speech.

* **Normalising**: lower case, quotes removed, hyphens between words as spaces, so that
  "Afghan-led" and "afghan led" are one term.
* **Clauses**: a stance does not cross a semicolon, a colon, a dash or a "but/while/however".
* **Conditions** (codebook rule 6): in a clause after *until*, *unless* or *till*, what the clause
  describes is what the speaker wants ("no ceasefire *until foreign forces are withdrawn*"). A
  clause after *if* describes circumstances and is not coded.
* **Reported speech** (codebook rule 7): in a news report, a sentence with no words attributed to
  anyone (no quotation, no reporting frame, no verb of saying or demanding, no first person) is the
  reporter's background and is not coded.
"""

from __future__ import annotations

import re

from analysis.methods.stance.cues import whole_words
from analysis.text.sentences import REPORTING_FRAME

#: Words and marks that end a clause: a stance does not cross them (the spaces around them are
#: stripped from the clauses). "Nothing but" is not a break: "will do nothing but destroy" is one predicate.
CLAUSE_BREAK = re.compile(r"[;:—–]|\b(?:(?<!nothing )but|while|whereas|although|however|despite)\b")

#: A condition clause in which the speaker states what it wants ("until X", "unless X").
WANTED_CONDITION = whole_words("until|unless|till")

#: A circumstantial condition, not coded ("if conditions allow", "if they are unable to").
CIRCUMSTANCE = re.compile(r"\b(?:if|whether|provided that|as long as)\b[^,]*?(?:,|\bthen\b|$)")

#: What makes an 'until' clause a wanted condition: a refusal or a continuation before it.
REFUSAL_OR_CONTINUATION = whole_words(r"not|no|never|cannot|won't|refus\w*|reject\w*|continu\w*")

#: Verbs by which a news report attributes words or acts to the actor it reports.
ATTRIBUTION = whole_words(
    r"urg(?:e|es|ed|ing)|demand(?:s|ed|ing)|stress(?:es|ed|ing)|insist(?:s|ed|ing)|reiterat(?:e|es|ed|ing)|welcom(?:e|es|ed|ing)"
    r"|condemn(?:s|ed|ing)|express(?:es|ed|ing)|concerns?|discuss(?:es|ed|ing)|call(?:s|ed|ing)|warn(?:s|ed|ing)|affirm(?:s|ed|ing)"
    r"|emphasi[sz](?:es|ed|ing)|ask(?:s|ed|ing)|appeal(?:s|ed|ing)|reject(?:s|ed|ing)|commitment|committed|assured"
    r"|announc(?:e|es|ed|ing)|declar(?:e|es|ed|ing)|pledg(?:e|es|ed|ing)|offer(?:s|ed|ing)|invit(?:e|es|ed|ing)"
    # an actor's own findings, claims, emphasis and pride ("researchers revealed that", "the signatories assert", "the
    # importance of ... was highlighted", "is proud of")
    r"|reveal(?:s|ed|ing)|assert(?:s|ed|ing)?|highlight(?:s|ed|ing)?|underlin(?:e|es|ed|ing)|underscor(?:e|es|ed|ing)|proud"
    # an actor's own judgement, in the evaluative verbs of the codebook's rule 2 ("President Ghani hailed the nation ... for
    # their support to ceasefire", "Mr. Mujahid criticized member countries", "the minister thanked", "denounced the attack")
    r"|hail(?:s|ed)|prais(?:es|ed)|thank(?:s|ed)|commend(?:s|ed)|appreciat(?:es|ed)|denounc(?:es|ed)|criticis(?:es|ed)"
    r"|criticiz(?:es|ed)|deplor(?:es|ed)",
    re.IGNORECASE,
)

#: A speaker's own voice in a news report: a first-person pronoun or a deontic modal. Reporters
#: write neither in their own background sentences, so such a sentence carries the reported
#: actor's words even where the quotation marks fall in another sentence (codebook rule 7).
SPEAKER_VOICE = re.compile(r"\b(?:[Ww]e|[Oo]ur|[Oo]urs|I|[Mm]y)\b|\b(?:[Mm]ust|[Ss]hould|[Oo]ught to)\b")

_QUOTE_MARKS = re.compile(r"[“”\"]|(?<!\w)'|'(?!\w)")
_HYPHEN_AFTER_WORD = re.compile(r"(?<=\w)[-‐‑]")


#: The name of an organisation: capitalised words ending in an organisation noun ("Afghanistan
#: Independent Human Rights Commission"). A value word inside a name is not a stance on the value,
#: so such names are read as "the organisation", with the capitalised words that continue them
#: after "for", "on" or "of" ("High Council for National Reconciliation", "Mechanism for Inclusive
#: Peace", "Commission on the Status of Women").
ORGANISATION_NAME = re.compile(
    r"\b(?:[A-Z][\w'’]*\s+(?:(?:for|of|and|on|the|in)\s+)*){0,6}"
    r"(?:Commission|Mechanism|Network|Committee|Council|Group|Office|Mission|Forum|Movement|Party|Front|Coalition"
    r"|Agency|Fund|Programme|Institute|Watch|Project|Initiative|Centre|Center|Association|Foundation)\b"
    r"(?:\s+(?:for|on|of)\s+(?:the\s+)?[A-Z][\w'’]*(?:\s+(?:(?:of|and|for|the)\s+)*[A-Z][\w'’]*)*)?"
)
VALUE_WORD = re.compile(
    r"(?i)inclusi|rights|peace|reconciliation|humanitarian|dialogue|ceasefire|women|negotiat|sovereign"
)


def mask_organisation_names(text: str) -> str:
    """Organisation names that hold a value word become "the organisation" (case matters: names are capitalised).

    >>> mask_organisation_names("The Afghanistan Independent Human Rights Commission met; the Security Council spoke.")
    'the organisation met; the Security Council spoke.'
    """
    return ORGANISATION_NAME.sub(lambda m: "the organisation" if VALUE_WORD.search(m.group(0)) else m.group(0), text)


def normalise(text: str) -> str:
    """Lower case, quotes removed, hyphens between words as spaces, one space between words.

    >>> normalise("“An Afghan-led,   Afghan‑owned process”")
    'an afghan led, afghan owned process'
    """
    text = text.lower().replace("’", "'").replace("´", "'").replace("‘", "'")
    text = _QUOTE_MARKS.sub(" ", text)
    text = _HYPHEN_AFTER_WORD.sub(" ", text)  # a hyphen after a word ("afghan-led", "well- known")
    text = text.replace("#", " ").replace("…", " ").replace("(", " ").replace(")", " ")
    return " ".join(text.split())  # str.split() and re's \s know the same whitespace


def rules_reading(text: str) -> str:
    """A sentence as the rules read it: organisation names masked (:func:`mask_organisation_names`), then
    normalised (:func:`normalise`). The learned model reads its words from the same text.

    >>> rules_reading("The High Council for National Reconciliation welcomed the Afghan-led talks.")
    'the organisation welcomed the afghan led talks.'
    """
    return normalise(mask_organisation_names(text))


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
    return not (
        re.search(r"[“”\"]", text)
        or REPORTING_FRAME.search(text)
        or ATTRIBUTION.search(text)
        or SPEAKER_VOICE.search(text)
    )


def split_conditions(clause: str) -> list[tuple[str, bool]]:
    """The parts of a clause: ``(text, wanted)``; 'until/unless' parts are wanted, 'if' parts dropped.

    >>> split_conditions("we will not agree to a ceasefire until foreign forces leave")
    [('we will not agree to a ceasefire', False), ('foreign forces leave', True)]
    """
    clause = CIRCUMSTANCE.sub(" ", clause)
    parts = WANTED_CONDITION.split(clause)
    refusal = len(parts) > 1 and bool(REFUSAL_OR_CONTINUATION.search(parts[0]))
    return [(part.strip(), number > 0 and refusal) for number, part in enumerate(parts) if part.strip()]
