"""Diplomatic verbs: what kind of act each statement performs, how strongly it directs, and whom.

Diplomatic texts carry their force in a small set of verbs. The model is the United Nations'
resolution style, whose preambular and operative clauses open with a verb that names the act
("*Welcomes* …", "*Reaffirms* …", "*Calls upon* …", "*Demands* …", "*Condemns* …"). We group
these verbs in six classes (:data:`VERB_CLASSES`):

* **support**: welcomes, commends, appreciates, supports, endorses;
* **reaffirm**: reaffirms, reiterates, stresses, emphasises, underlines, recalls;
* **direct**: asking someone to act, graded by strength (:data:`DIRECTIVE_STRENGTH`):
  1 *encourage* (encourages, invites) < 2 *request* (calls on/upon/for, requests, asks,
  recommends, should) < 3 *urge* (urges) < 4 *demand* (demands, insists, must);
* **concern**: expresses concern, is concerned about, alarmed, regrets;
* **condemn**: condemns, deplores, rejects, denounces, disapproves;
* **commit**: pledges, commits, undertakes.

Every verb is matched in all its inflections (``welcome, welcomes, welcomed, welcoming``); the verbs, their
classes and their forms are one table, ``analysis/data/diplomatic_verbs.csv`` (:func:`read_verbs`).
Three documented guards keep false hits out:

1. **Nouns.** A form that is also a noun ("the demands from the partners", "full support of
   neighbours", "at the request of") is skipped after a determiner, possessive, preposition or
   noun-forming adjective (:data:`NOUN_BEFORE`).
2. **Directive -ing forms** name an act rather than perform one ("refrain from … encouraging or
   tolerating terrorist activities") and are not directives.
3. **"committed by"** is the passive of committing an act ("attacks committed by"), not a
   commitment; nor is "commit" followed by a crime word ("commit crimes").

**Addressees.** A directive is addressed to someone, and naming them assigns responsibility
(:func:`directive_addressee`). For *should* and *must* the addressee is the grammatical subject
before the modal (back to the previous comma, colon, semicolon or *that*); a passive ("should be
established") names no addressee. For the other directive verbs the addressee is what follows
the verb, up to the infinitive *to*, a comma or a preposition that starts a modifier ("calls on
*all the armed groups* to …", "demands that *all warring parties* respect …"), at most
:data:`ADDRESSEE_WINDOW` words. The span is then classified, in this order: *parties* (the
parties, both sides, armed groups, or the government and the Taliban named together),
*taliban*, *international community* (the UN, states, countries, the international or regional
community, partners, donors), *government*, and *other* (anyone else, or nobody named: "we
demand a comprehensive ceasefire").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from analysis.runtime.cache import cached_on_corpus
from analysis.runtime.jobs import map_items
from analysis.runtime.patterns import PatternSet, longest_non_overlapping

#: The verb classes, in the order of the book's tables and figures.
VERB_CLASSES = ["support", "reaffirm", "direct", "concern", "condemn", "commit"]

#: Directive strength: 1 encourage < 2 request < 3 urge < 4 demand.
DIRECTIVE_STRENGTH = {1: "encourage", 2: "request", 3: "urge", 4: "demand"}

#: Addressees of directives, in the order of the book's figure.
ADDRESSEES = ["taliban", "parties", "international community", "government", "other"]

#: How many words after a directive verb, or before a modal, may name its addressee.
ADDRESSEE_WINDOW = 10


@dataclass(frozen=True)
class Verb:
    """One diplomatic verb: its lemma, class, directive strength (0 if not a directive) and pattern."""

    lemma: str
    verb_class: str
    strength: int
    pattern: str


#: The ways a row of the verbs' table gives its forms.
FORM_STYLES = ("e", "plain", "es", "double", "regex")


def _forms(stem: str, style: str) -> str:
    """A regex for a verb's inflections: 'e' verbs (welcome), plain (support), 'ss' (stress), 't' doubling (regret)."""
    return {
        "e": rf"{stem}(?:e|es|ed|ing)",
        "plain": rf"{stem}(?:s|ed|ing)?",
        "es": rf"{stem}(?:es|ed|ing)?",
        "double": rf"{stem}(?:s|{stem[-1]}ed|{stem[-1]}ing)?",
    }[style]


#: The verbs' table: one row per verb with its lemma, class, directive strength and forms, which
#: are ``e``, ``plain``, ``es`` or ``double`` (the inflections of :func:`_forms` on the stem given
#: as ``pattern``) or ``regex`` (``pattern`` written out in full).
VERBS_FILE = Path(__file__).resolve().parents[1] / "data" / "diplomatic_verbs.csv"


def read_verbs(path: Path = VERBS_FILE) -> list[Verb]:
    """The verbs of the table at ``path``, in its order; a row with unknown forms raises ``ValueError`` naming it."""
    table = pd.read_csv(path, dtype={"strength": int}, keep_default_na=False)
    verbs = []
    for line, row in enumerate(table.itertuples(index=False), start=2):
        if row.forms not in FORM_STYLES:
            raise ValueError(
                f"{path.name}, line {line}: forms must be one of {', '.join(FORM_STYLES)}, not {row.forms!r}"
            )
        pattern = row.pattern if row.forms == "regex" else _forms(row.pattern, row.forms)
        verbs.append(Verb(row.lemma, row.verb_class, row.strength, pattern))
    return verbs


#: Every verb, its class and its pattern (matched case-insensitively on whole words).
VERBS: list[Verb] = read_verbs()

#: Words before a verb form that make it a noun ("the demands", "full support", "at the request").
NOUN_BEFORE = re.compile(
    r"\b(?:the|a|an|its|their|our|his|her|your|my|this|that|these|those|any|no|of|for|with|full|broad|strong|"
    r"financial|tactical|international|regional|political|public|popular|continued|such|'s)\s+$",
    re.IGNORECASE,
)

#: After "commit", words that name an act committed, not a commitment.
CRIME_AFTER = re.compile(
    r"^\s+(?:crimes?|atrocit\w*|acts?|attacks?|violence|terror\w*|murders?|abuses?|violations?)\b", re.IGNORECASE
)

_COMPILED = [(verb, re.compile(rf"\b(?:{verb.pattern})\b", re.IGNORECASE)) for verb in VERBS]
#: Every match of the verb patterns in a sentence (:class:`analysis.runtime.patterns.PatternSet`).
_PATTERNS = PatternSet((pattern for _, pattern in _COMPILED), anchor=r"\b")


@dataclass(frozen=True)
class VerbHit:
    """One diplomatic verb in a sentence: the verb, the words matched, where, and the addressee of a directive."""

    verb: Verb
    text: str
    start: int
    end: int
    addressee: str


def _is_false_hit(sentence: str, verb: Verb, start: int, end: int) -> bool:
    """The documented guards: nouns, directive -ing forms, 'committed by' and 'commit crimes'."""
    matched = sentence[start:end].lower()
    if verb.lemma not in {"should", "must", "express concern", "be concerned"} and NOUN_BEFORE.search(sentence[:start]):
        return True
    if verb.verb_class == "direct" and matched.split()[0].endswith("ing"):
        return True
    if verb.lemma == "commit":
        rest = sentence[end:]
        if re.match(r"^\s+by\b", rest, re.IGNORECASE) or CRIME_AFTER.match(rest):
            return True
    return False


def verb_hits(sentence: str) -> list[VerbHit]:
    """Every diplomatic verb of one sentence, left to right; overlapping matches keep the longest.

    >>> hits = verb_hits("NATO urges the parties to agree a ceasefire.")
    >>> [(h.verb.lemma, h.verb.strength, h.addressee) for h in hits]
    [('urge', 3, 'parties')]
    >>> [h.verb.lemma for h in verb_hits("They expressed deep concern over the attacks, and condemned them.")]
    ['express concern', 'condemn']
    """
    if not isinstance(sentence, str):
        raise TypeError(f"verb_hits expects a sentence as str, not {type(sentence).__name__}")
    found = [(VERBS[number], m.start(), m.end()) for number, m in _PATTERNS.matches(sentence)]
    kept = longest_non_overlapping(found, lambda verb, start, end: _is_false_hit(sentence, verb, start, end))
    return [
        VerbHit(
            verb,
            sentence[start:end],
            start,
            end,
            directive_addressee(sentence, verb, start, end) if verb.verb_class == "direct" else "",
        )
        for verb, start, end in kept
    ]


# --- Addressees -----------------------------------------------------------------------------

#: Patterns naming each addressee (checked on the addressee span, in :data:`ADDRESSEES` order but parties first).
ADDRESSEE_PATTERNS = {
    "parties": (
        r"\b(?:(?:the|all|both|two|warring|negotiating|conflicting|afghan)\s+)*(?:parties|sides)\b|\barmed groups\b"
    ),
    "taliban": r"\btaliban\b|\bthe group\b|\bde facto authorit(?:y|ies)\b|\bislamic emirate\b|\bmilitants?\b",
    "international community": (
        r"\b(?:international|regional)(?: and (?:international|regional))? (?:community|communities|partners|actors)\b"
        r"|\bunited nations\b|\bthe un\b|\bsecurity council\b|\bunsc\b|\bunama\b|\bstates\b|\bcountries\b"
        r"|\bdonors\b|\bneighbou?rs\b|\bparticipants of the\b|\bnato\b|\ballies\b"
    ),
    "government": r"\bgovernment\b|\bkabul administration\b",
}
#: A preposition that starts a modifier of the addressee's head noun: "the agreement *between* Kabul and the Taliban"
#: names an agreement, not the Taliban ("of" is kept: "the participants of the meeting").
MODIFIER_START = r"\b(?:between|on|in|for|with|from|about|by|regarding|towards?)\b"

_ADDRESSEE_COMPILED = {name: re.compile(pattern, re.IGNORECASE) for name, pattern in ADDRESSEE_PATTERNS.items()}

#: A passive after a modal ("should be established"): no addressee is named ("committed to" is not passive).
PASSIVE_AFTER = re.compile(r"^\s+(?:not\s+)?be\s+(?:\w+ly\s+)?\w+(?:ed|en)\b(?!\s+to\b)", re.IGNORECASE)


def classify_addressee(span: str) -> str:
    """The addressee named in a span of words: parties, taliban, international community, government or other.

    >>> classify_addressee("the Afghan government and the Taliban")
    'parties'
    >>> classify_addressee("the UN and the participants of the Doha meeting")
    'international community'
    """
    found = {name for name, pattern in _ADDRESSEE_COMPILED.items() if pattern.search(span)}
    if "parties" in found or {"taliban", "government"} <= found:
        return "parties"
    for name in ("taliban", "international community", "government"):
        if name in found:
            return name
    return "other"


def addressee_span(sentence: str, verb: Verb, start: int, end: int) -> str:
    """The words that name the addressee of a directive: the subject of a modal, or the object of a verb."""
    if verb.lemma in {"should", "must"}:
        if PASSIVE_AFTER.match(sentence[end:]):
            return ""
        before = re.split(r"[,;:“”\"]|\bthat\b", sentence[:start])[-1]
        return " ".join(before.split()[-ADDRESSEE_WINDOW:])
    after = re.sub(r"^\s*that\b", "", sentence[end:])
    after = re.split(r"[,;:.!?“”\"]|\bto\b|" + MODIFIER_START, after)[0]
    return " ".join(after.split()[:ADDRESSEE_WINDOW])


def directive_addressee(sentence: str, verb: Verb, start: int, end: int) -> str:
    """Whom a directive at ``sentence[start:end]`` is addressed to (see the module's rules).

    >>> verb = next(v for v in VERBS if v.lemma == "should")
    >>> text = "NATO said that the Afghan government and the Taliban should agree on a ceasefire."
    >>> directive_addressee(text, verb, text.index("should"), text.index("should") + 6)
    'parties'
    """
    return classify_addressee(addressee_span(sentence, verb, start, end))


# --- Corpus tables --------------------------------------------------------------------------

VERB_COLUMNS = ["doc_id", "sent_id", "verb_class", "lemma", "match", "strength", "strength_label", "addressee"]


def corpus_verb_hits(corpus, n_jobs: int = 1) -> list[tuple[VerbHit, ...]]:
    """The :func:`verb_hits` of each sentence of ``corpus.sentences``, in order.

    Found once per corpus (``n_jobs`` processes) and kept on it: the verb table and the verb roles
    of the agency and actors chapters (:func:`analysis.methods.agency.corpus_verb_roles`) all read them.
    """
    ids, texts = corpus.sentences["sent_id"].tolist(), corpus.sentences["text"].tolist()
    return cached_on_corpus(corpus, ("verb hits",), ids, texts, lambda _: map_items(_hits_of, texts, n_jobs))


def _hits_of(texts: list[str]) -> list[tuple[VerbHit, ...]]:
    """The verb hits of each text (a task for a worker process; as tuples, so the many sentences
    without a verb share the one empty tuple)."""
    return [tuple(verb_hits(text)) for text in texts]


def verb_table(corpus, n_jobs: int = 1) -> pd.DataFrame:
    """Every diplomatic verb of the corpus, one row per hit, with the sentence id as evidence; ``n_jobs`` processes."""
    sentences = corpus.sentences
    rows = [
        (
            doc_id,
            sent_id,
            hit.verb.verb_class,
            hit.verb.lemma,
            hit.text,
            hit.verb.strength,
            DIRECTIVE_STRENGTH.get(hit.verb.strength, ""),
            hit.addressee,
        )
        for doc_id, sent_id, hits in zip(sentences["doc_id"], sentences["sent_id"], corpus_verb_hits(corpus, n_jobs))
        for hit in hits
    ]
    return pd.DataFrame(rows, columns=VERB_COLUMNS)


def _per_1k(count: int, n_words: int) -> float:
    return round(1000 * count / n_words, 3) if n_words else float("nan")


def _profile(corpus, hits: pd.DataFrame, column: str, levels: list) -> pd.DataFrame:
    """Counts and rates per 1,000 words of each level of ``column``, for every statement (zeros included)."""
    words = {doc_id: int(n_words) for doc_id, n_words in zip(corpus.documents["doc_id"], corpus.documents["n_words"])}
    counts = hits.groupby(["doc_id", column]).size().to_dict()  # dicts: no pandas look-up per row
    rows = []
    for doc_id in corpus.doc_ids:
        for level in levels:
            count = int(counts.get((doc_id, level), 0))
            rows.append({"doc_id": doc_id, column: level, "count": count, "per_1k": _per_1k(count, words[doc_id])})
    return pd.DataFrame(rows)


def verb_profile(corpus, hits: pd.DataFrame | None = None) -> pd.DataFrame:
    """Per statement and verb class: the number of hits and the rate per 1,000 words."""
    hits = verb_table(corpus) if hits is None else hits
    return _profile(corpus, hits, "verb_class", VERB_CLASSES)


def directive_profile(corpus, hits: pd.DataFrame | None = None) -> pd.DataFrame:
    """Per statement and directive strength (encourage < request < urge < demand): hits and rate per 1,000 words."""
    hits = verb_table(corpus) if hits is None else hits
    directives = hits[hits["verb_class"] == "direct"]
    return _profile(corpus, directives, "strength_label", list(DIRECTIVE_STRENGTH.values()))


def addressee_profile(corpus, hits: pd.DataFrame | None = None) -> pd.DataFrame:
    """Per statement: how many directives are addressed to each addressee."""
    hits = verb_table(corpus) if hits is None else hits
    directives = hits[hits["verb_class"] == "direct"]
    return _profile(corpus, directives, "addressee", ADDRESSEES)


def export_tables(corpus, n_jobs: int = 1) -> dict[str, pd.DataFrame]:
    """``verbs`` (every hit with its sentence id) and ``verb_profile`` (per statement and class)."""
    hits = verb_table(corpus, n_jobs)
    return {"verbs": hits, "verb_profile": verb_profile(corpus, hits)}
