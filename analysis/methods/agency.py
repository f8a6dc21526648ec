"""Agency: who is shown doing things, and where the doer is left out.

Critical discourse analysis reads grammar for what it hides as well as what it says
(van Leeuwen 2008, ch. 2; Fairclough 2003). Three devices name an action without naming who did
it, or name who acts:

* **Agentless passives**: "lives *have been lost*", "it *was decided*", "a legitimate
  government *should be established*". The rule (:func:`passives`) works on tokens (:data:`TOKEN`): a form
  of *be* or *get*, at most :data:`MAX_ADVERBS` adverbs or *not*, then a past participle
  (a word in ``-ed`` or one of :data:`IRREGULAR_PARTICIPLES`). A participle that is a
  predicative adjective ("we are *concerned*", "is *committed* to") is not a passive
  (:data:`ADJECTIVAL_PARTICIPLES`). The passive is *agentless* unless *by* follows before the
  end of the clause.
* **Nominalisations**: a process turned into a noun ("the *killing* of civilians", "the
  *establishment* of a government"), whose doer need not be said. The rule
  (:func:`nominalisations`) takes words ending in a deverbal suffix (:data:`NOMINAL_SUFFIXES`),
  the ``-al``/``-ure`` nouns of :data:`NOMINAL_WORDS`, and an ``-ing`` noun followed by *of* ("the killing of"), less the
  nouns that name a thing, a body or a state rather than a process (:data:`NOT_NOMINALISATIONS`) and
  capitalised words inside a sentence, which belong to names ("the Bonn *Agreement*").
* **The agent of directive and condemnation verbs**: who *calls on*, *urges*, *demands*,
  *condemns* (the verbs of :mod:`analysis.methods.verbs`, modals left out). The rule
  (:func:`verb_roles`) takes the words before the verb back to the start of the clause as its
  subject and the words after it as its object; in a passive ("was condemned by") the roles swap.

No parser is downloaded: rules over tokens miss what a parser would see (reduced passives, long
subjects); :func:`score_against_labels` measures how often, on hand-coded sentences from outside the corpus.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import regex

from analysis.methods import verbs
from analysis.runtime.cache import cached_on_corpus
from analysis.runtime.jobs import map_items, sentence_rows_table

#: Forms of *be* and *get* that build a passive.
PASSIVE_AUXILIARIES = frozenset("be is are was were been being am 're 's get gets got gotten getting".split())

#: How many adverbs (or *not*) may stand between the auxiliary and the participle ("has been *widely* condemned"),
#: and the words allowed there besides ``-ly`` adverbs.
MAX_ADVERBS = 2
INSERTED_WORDS = frozenset("not also already further still yet again never once now being jointly all both".split())

#: The word lists of the rules, one per header of ``analysis/data/agency_words.txt`` (documented there).
WORD_LISTS_FILE = Path(__file__).resolve().parents[1] / "data" / "agency_words.txt"


def read_word_lists(path: Path = WORD_LISTS_FILE) -> dict[str, frozenset[str]]:
    """The word lists of ``path``: ``## name`` headers, then words; lines starting with '#' are comments."""
    lists: dict[str, list[str]] = {}
    current = None
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("## "):
            current = lists.setdefault(line[3:].strip(), [])
        elif current is not None and not line.startswith("#"):
            current.extend(line.lower().split())
    return {name: frozenset(words) for name, words in lists.items()}


_LISTS = read_word_lists()
#: Irregular past participles; participles that after *be* are adjectives; ``-ed`` words that are not participles.
IRREGULAR_PARTICIPLES = _LISTS["irregular_participles"]
ADJECTIVAL_PARTICIPLES = _LISTS["adjectival_participles"]
NOT_PARTICIPLES = _LISTS["not_participles"]
#: Deverbal nouns in ``-al``/``-ure``; words with a deverbal suffix that do not name a process.
NOMINAL_WORDS = _LISTS["nominal_words"]
NOT_NOMINALISATIONS = _LISTS["not_nominalisations"]

#: Tokens that end a clause for the look-ahead of *by* and the look-back for a subject.
CLAUSE_END = frozenset(list(',;:.!?()“”"—–') + ["--"])
#: Words that open a new clause: the subject of a verb lies after them.
CLAUSE_OPENERS = frozenset(
    "that which who whom whose while whereas when where because although though if as and but".split()
)

#: Suffixes of deverbal nouns (negotiation, commitment, assistance; "violence" is excluded by its list).
NOMINAL_SUFFIXES = ("tion", "tions", "sion", "sions", "ment", "ments", "ance", "ances", "ence", "ences")
#: Minimum length of a word taken by its suffix (shorter words are rarely derived: "nation", "mention").
MIN_NOMINAL_LENGTH = 7

#: Clause-initial adverbs and auxiliaries skipped when looking back for a subject ("NATO *also strongly* condemns").
SKIPPED_BEFORE_VERB = frozenset(
    "also further once again therefore jointly strongly firmly fully deeply too "
    "have has had will would shall did do does can could may might not".split()
)


#: A token: a word (with inner hyphens or apostrophes), a number, a possessive *'s*, or a punctuation mark.
#: Compiled with the ``regex`` engine, as NLTK's ``RegexpTokenizer`` compiles it, so the tokens are NLTK's;
#: NLTK adds a time limit to every match (a guard against patterns a user supplies), which makes
#: each match several times slower and is not needed for this fixed pattern.
TOKEN = regex.compile(r"[^\W_]+(?:[-'’][^\W_]+)*|'s|[^\w\s]")


def tokens(sentence: str) -> list[str]:
    """The tokens of a sentence, as written (:data:`TOKEN`, left to right).

    >>> tokens("Lives have been lost, it was decided.")
    ['Lives', 'have', 'been', 'lost', ',', 'it', 'was', 'decided', '.']
    """
    return TOKEN.findall(sentence)


def is_participle(word: str) -> bool:
    """Whether a word can be a past participle: ``-ed`` (not :data:`NOT_PARTICIPLES`) or irregular.

    >>> is_participle("decided"), is_participle("lost"), is_participle("indeed"), is_participle("peace")
    (True, True, False, False)
    """
    lower = word.lower()
    if lower in IRREGULAR_PARTICIPLES:
        return True
    return len(lower) > 3 and lower.endswith("ed") and lower not in NOT_PARTICIPLES


def _is_inserted(word: str) -> bool:
    return word.lower() in INSERTED_WORDS or (word.lower().endswith("ly") and len(word) > 4)


@dataclass(frozen=True)
class Passive:
    """A *be*/*get* passive: the auxiliary, the participle, where (token index), and its *by*-agent if any."""

    auxiliary: str
    participle: str
    position: int
    agent: str

    @property
    def agentless(self) -> bool:
        """True when no *by*-phrase follows in the clause."""
        return not self.agent


def _clause_after(words: list[str], start: int) -> list[str]:
    """The tokens from ``start`` to the end of the clause (punctuation or a clause opener)."""
    clause = []
    for word in words[start:]:
        if word in CLAUSE_END or word.lower() in CLAUSE_OPENERS - {"as"}:
            break
        clause.append(word)
    return clause


def _by_agent(words: list[str], start: int) -> str:
    """The words after *by* in the rest of the clause, or '' when there is no *by*."""
    clause = _clause_after(words, start)
    lowered = [word.lower() for word in clause]
    if "by" not in lowered:
        return ""
    return " ".join(clause[lowered.index("by") + 1 :]) or "by"


def passives(sentence: str) -> list[Passive]:
    """Every *be*/*get* passive of a sentence, left to right, with its *by*-agent ('' if agentless).

    >>> [(p.participle, p.agentless) for p in passives("Lives have been lost and it was decided by the Council.")]
    [('lost', True), ('decided', False)]
    >>> passives("We are deeply concerned and are committed to peace.")
    []
    """
    return passives_in(tokens(sentence))


def passives_in(words: list[str]) -> list[Passive]:
    """:func:`passives` of a sentence already cut into :func:`tokens` (for callers that need the tokens too)."""
    found: list[Passive] = []
    for index, word in enumerate(words):
        if word.lower() not in PASSIVE_AUXILIARIES:
            continue
        after = index + 1
        while after < len(words) and after - index - 1 < MAX_ADVERBS and _is_inserted(words[after]):
            after += 1
        if after >= len(words) or words[after].lower() in ADJECTIVAL_PARTICIPLES or not is_participle(words[after]):
            continue
        if found and found[-1].position >= index:  # "has been being" chains: one passive
            continue
        found.append(Passive(word, words[after], after, _by_agent(words, after + 1)))
    return found


def agentless_passives(sentence: str) -> list[str]:
    """The participles of the sentence's agentless passives.

    >>> agentless_passives("A legitimate government should be established, it was agreed by all.")
    ['established']
    """
    return [passive.participle for passive in passives(sentence) if passive.agentless]


def is_nominalisation(word: str, previous: str = "", following: str = "") -> bool:
    """Whether a word is a nominalised process by the rules of the module docstring.

    >>> is_nominalisation("negotiations"), is_nominalisation("violence"), is_nominalisation("withdrawal")
    (True, False, True)
    >>> is_nominalisation("killing", "the", "of"), is_nominalisation("killing", "were", "of"), is_nominalisation("following", "the", ":")
    (True, False, False)
    """
    lower = word.lower()
    if lower in NOT_NOMINALISATIONS or not lower.isalpha():
        return False
    if lower in NOMINAL_WORDS:
        return True
    if lower.endswith(("ing", "ings")):
        return (
            following.lower() == "of"
            and previous.lower() not in PASSIVE_AUXILIARIES | {"have", "has", "had"}
            and len(lower) > 5
        )
    return len(lower) >= MIN_NOMINAL_LENGTH and lower.endswith(NOMINAL_SUFFIXES)


def nominalisations(sentence: str) -> list[str]:
    """The nominalisations of a sentence, as written, left to right.

    >>> nominalisations("The killing of civilians and the establishment of a government require negotiations.")
    ['killing', 'establishment', 'negotiations']
    """
    return nominalisations_in(tokens(sentence))


def nominalisations_in(words: list[str]) -> list[str]:
    """:func:`nominalisations` of a sentence already cut into :func:`tokens`."""
    padded = ["", *words, ""]
    return [
        word
        for index, word in enumerate(words)
        if (
            index == 0 or not word[:1].isupper()
        )  # a capital inside a sentence: part of a name ("National Reconciliation")
        and is_nominalisation(word, padded[index], padded[index + 2])
    ]


# --- Agents of directive and condemnation verbs ---------------------------------------------------

#: Verb classes whose grammatical agent the chapter reports (modals *should*/*must* are left out).
AGENT_VERB_CLASSES = ("direct", "condemn")
#: How many tokens before a verb may name its subject, and after it its object.
SUBJECT_WINDOW = 8
OBJECT_WINDOW = 12


@dataclass(frozen=True)
class VerbRole:
    """A diplomatic verb with its grammatical agent and patient spans and its voice."""

    lemma: str
    verb_class: str
    match: str
    voice: str
    agent: str
    patient: str


def subject_before(words: list[str]) -> str:
    """The words naming the subject before a verb: back to a clause boundary, adverbs skipped."""
    end = len(words)
    while end and (
        words[end - 1].lower() in SKIPPED_BEFORE_VERB
        or (words[end - 1].lower().endswith("ly") and len(words[end - 1]) > 4)
    ):
        end -= 1
    start = end
    while start and end - start < SUBJECT_WINDOW:
        word = words[start - 1]
        if word in CLAUSE_END or word.lower() in CLAUSE_OPENERS - {"and"}:
            break
        if word.lower() == "and" and start == end:  # "... and calls on": the subject is the earlier verb's
            return ""
        start -= 1
    return " ".join(words[start:end])


def _object_after(words: list[str]) -> str:
    """The words after a verb up to the end of the clause, at most :data:`OBJECT_WINDOW`."""
    clause = []
    for word in words:
        if word in CLAUSE_END or (clause and word.lower() in {"to", "that", "which", "who"}):
            break
        if not clause and word.lower() == "that":
            continue
        clause.append(word)
    clause = clause[:OBJECT_WINDOW]
    while clause and clause[-1].lower() in {"and", "or", "but"}:  # "condemns the attack and urges ...": the next verb's
        clause.pop()
    return " ".join(clause)


def verb_roles(
    sentence: str, classes: tuple[str, ...] = AGENT_VERB_CLASSES, hits: Sequence[verbs.VerbHit] | None = None
) -> list[VerbRole]:
    """The grammatical agent and patient of each diplomatic verb of ``classes`` in a sentence.

    Active ("NATO urges the parties"): agent before the verb, patient after. Passive ("the attack
    was condemned by the Council"): patient before, agent after *by*. A verb coordinated with an
    earlier one ("welcomes X and calls on Y") takes the earlier verb's agent. ``hits``: the sentence's
    :func:`analysis.methods.verbs.verb_hits`, if already found.

    >>> [(r.lemma, r.voice, r.agent, r.patient) for r in verb_roles("NATO strongly condemns the attack and urges the parties to talk.")]
    [('condemn', 'active', 'NATO', 'the attack'), ('urge', 'active', 'NATO', 'the parties')]
    >>> [(r.voice, r.agent, r.patient) for r in verb_roles("The attack was condemned by the Security Council.")]
    [('passive', 'the Security Council', 'The attack')]
    """
    roles: list[VerbRole] = []
    hits = verbs.verb_hits(sentence) if hits is None else hits
    hits = [hit for hit in hits if hit.verb.lemma not in {"should", "must"}]
    for number, hit in enumerate(hits):  # every verb, so that a coordinated one can take the earlier verb's agent
        previous_end = hits[number - 1].end if number else 0
        next_start = hits[number + 1].start if number + 1 < len(hits) else len(sentence)
        before, after = tokens(sentence[previous_end : hit.start]), tokens(sentence[hit.end : next_start])
        first_word = hit.text.split()[0]
        passive = is_participle(first_word) and (
            (bool(before) and before[-1].lower() in PASSIVE_AUXILIARIES) or after[:1] == ["by"]
        )
        if first_word.lower().endswith("ing"):  # a non-finite form ("in condemning"): no subject of its own
            agent, patient = "", _object_after(after)
        elif passive:
            agent, patient = _by_agent(after, 0), subject_before(before[:-1])
        else:
            agent, patient = subject_before(before), _object_after(after)
            if not agent and roles and "and" in [word.lower() for word in before[-3:]]:
                agent = roles[-1].agent
        roles.append(
            VerbRole(hit.verb.lemma, hit.verb.verb_class, hit.text, "passive" if passive else "active", agent, patient)
        )
    return [role for role in roles if role.verb_class in classes]


# --- Corpus tables ----------------------------------------------------------------------------------

AGENCY_COLUMNS = ["doc_id", "sent_id", "device", "words", "text"]


#: A passive as ``(participle, agent, patient)``: its *by*-agent ('' if none) and the words before its auxiliary.
PassiveSpan = tuple[str, str, str]


def passive_spans_in(words: list[str]) -> list[PassiveSpan]:
    """Each passive of a sentence already cut into :func:`tokens`, as ``(participle, agent, patient)``.

    >>> [passive_spans_in(tokens(text)) for text in ("Civilians were killed by the Taliban.", "Homes were destroyed.")]
    [[('killed', 'the Taliban', 'Civilians')], [('destroyed', '', 'Homes')]]
    """
    spans = []
    for passive in passives_in(words):
        auxiliary = max(index for index in range(passive.position) if words[index].lower() in PASSIVE_AUXILIARIES)
        spans.append((passive.participle, passive.agent, subject_before(words[:auxiliary])))
    return spans


def corpus_agency(corpus, n_jobs: int = 1) -> list[tuple[tuple[PassiveSpan, ...], tuple[str, ...]]]:
    """Each sentence's passives (:func:`passive_spans_in`) and nominalisations, tokens cut once for both (``n_jobs``
    processes), kept on the corpus: this chapter's devices and the actors' roles (:func:`analysis.methods.actors.role_table`)
    both read the passives."""
    ids, texts = corpus.sentences["sent_id"].tolist(), corpus.sentences["text"].tolist()
    return cached_on_corpus(corpus, ("agency",), ids, texts, lambda texts: map_items(_sentence_agency, texts, n_jobs))


def _sentence_agency(texts: list[str]) -> list[tuple[tuple[PassiveSpan, ...], tuple[str, ...]]]:
    """The passives and nominalisations of each text (a task for a worker process)."""
    return [(tuple(passive_spans_in(words)), tuple(nominalisations_in(words))) for words in map(tokens, texts)]


def _device_rows(doc_id: str, sent_id: str, text: str, agency: tuple) -> list[tuple]:
    """The rows of :func:`agency_table` for one sentence, from its :func:`corpus_agency`."""
    passive_spans, nominalised = agency
    agentless = [participle for participle, agent, _ in passive_spans if not agent]
    found = (("agentless passive", agentless), ("nominalisation", nominalised))
    return [(doc_id, sent_id, device, "; ".join(words), text) for device, words in found if words]


def agency_table(corpus, n_jobs: int = 1) -> pd.DataFrame:
    """One row per sentence with an agentless passive or a nominalisation: the device, its words, the sentence."""
    return sentence_rows_table(_device_rows, corpus.sentences, AGENCY_COLUMNS, 1, corpus_agency(corpus, n_jobs))


def agency_profile(corpus, table: pd.DataFrame | None = None) -> pd.DataFrame:
    """Per statement: agentless passives and nominalisations, counts and rates per 1,000 words."""
    table = agency_table(corpus) if table is None else table
    totals: dict[tuple[str, str], int] = {}
    for doc_id, device, words in zip(table["doc_id"], table["device"], table["words"]):
        totals[(doc_id, device)] = totals.get((doc_id, device), 0) + len(words.split("; "))
    rows = []
    for doc_id, n_words in zip(corpus.documents["doc_id"], corpus.documents["n_words"]):
        row = {"doc_id": doc_id, "words": int(n_words)}
        for device, name in (("agentless passive", "agentless_passives"), ("nominalisation", "nominalisations")):
            count = totals.get((doc_id, device), 0)
            row[name] = count
            row[f"{name}_per_1k"] = round(1000 * count / n_words, 2) if n_words else float("nan")
        rows.append(row)
    return pd.DataFrame(rows)


ROLE_COLUMNS = ["doc_id", "sent_id", "verb_class", "lemma", "match", "voice", "agent", "patient", "text"]


def verb_role_table(corpus, n_jobs: int = 1) -> pd.DataFrame:
    """Every directive and condemnation verb of the corpus with its grammatical agent and patient."""
    sentences = corpus.sentences
    return pd.DataFrame(
        [
            (doc_id, sent_id, r.verb_class, r.lemma, r.match, r.voice, r.agent, r.patient, text)
            for doc_id, sent_id, text, roles in zip(
                sentences["doc_id"], sentences["sent_id"], sentences["text"], corpus_verb_roles(corpus, n_jobs)
            )
            for r in roles
            if r.verb_class in AGENT_VERB_CLASSES
        ],
        columns=ROLE_COLUMNS,
    )


def corpus_verb_roles(corpus, n_jobs: int = 1) -> list[tuple[VerbRole, ...]]:
    """The :func:`verb_roles` of every verb class in each sentence of ``corpus.sentences``, in order.

    Computed once per corpus (``n_jobs`` processes) and kept on it: this chapter's verb agents and
    the actors' roles (:func:`analysis.methods.actors.role_table`) both read them. The verbs are the
    ones the verb table found (:func:`analysis.methods.verbs.corpus_verb_hits`), not found again.
    """
    ids, texts = corpus.sentences["sent_id"].tolist(), corpus.sentences["text"].tolist()

    def roles(_) -> list[tuple[VerbRole, ...]]:  # only when the roles are not kept yet
        sentences = list(zip(texts, verbs.corpus_verb_hits(corpus, n_jobs)))
        return map_items(_every_verb_role, sentences, n_jobs)

    return cached_on_corpus(corpus, ("verb roles",), ids, texts, roles)


def _every_verb_role(sentences: list[tuple[str, tuple[verbs.VerbHit, ...]]]) -> list[tuple[VerbRole, ...]]:
    """The verb roles of every class in each sentence, given its verb hits (a task for a worker process;
    as tuples, since the many sentences without a verb then share the one empty tuple)."""
    return [tuple(verb_roles(text, tuple(verbs.VERB_CLASSES), hits)) if hits else () for text, hits in sentences]


def export_tables(corpus, n_jobs: int = 1) -> dict[str, pd.DataFrame]:
    """``agency`` (sentences with each device), ``agency_profile`` (rates) and ``verb_agents``."""
    table = agency_table(corpus, n_jobs)
    return {
        "agency": table,
        "agency_profile": agency_profile(corpus, table),
        "verb_agents": verb_role_table(corpus, n_jobs),
    }
