"""Social actors: who each statement names, how it names them, and whether they act or are acted on.

The method follows van Leeuwen's (2008) inventory of how social actors are represented, as used in
the discourse-historical approach of Reisigl and Wodak (2001). Three of its questions are asked of
every statement:

1. **Naming.** Is an actor *nominated* (named by a proper name: "the Taliban", "the Islamic
   Emirate", "Kabul", "NATO") or *categorised* (named by a function or a class shared with others:
   "the de facto authorities", "militias", "the Afghan government", "civilians", "women and
   girls")? Which labels does the statement use?
2. **Exclusion.** Which actors of the lexicon does the statement never name at all?
3. **Role allocation.** Is the actor *activated* (the agent: the subject of *condemns*, *calls on*,
   *commits*, or the *by*-phrase of a passive) or *passivated* (the patient: their object, or the
   subject of a passive)?

The actors and their names live in ``analysis/data/actor_lexicon.csv``, one row per way of naming
an actor, each with the source that justifies it; adding a row extends the method (see
:func:`read_lexicon` for the columns). Matching is by regular expression on whole words, longest
match first; two guards (``not_after``, ``not_before``) keep place names ("in Kabul") and names of
events ("the Kabul Process") from counting as the actor, and an *anaphoric* label ("the group")
counts only in a statement that names its actor otherwise.

Roles come from :mod:`analysis.methods.agency`: the grammatical subject and object of each
diplomatic verb and of each *be*-passive. A name inside one of those spans gives the actor that role.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pandas as pd

from analysis.methods import agency
from analysis.runtime.jobs import sentence_rows_table
from analysis.runtime.patterns import PatternSet, longest_non_overlapping

#: The lexicon file: one row per way of naming an actor.
LEXICON_FILE = Path(__file__).resolve().parents[1] / "data" / "actor_lexicon.csv"
#: Its columns, in order.
LEXICON_COLUMNS = [
    "actor",
    "pattern",
    "naming",
    "type",
    "case_sensitive",
    "anaphoric",
    "not_after",
    "not_before",
    "source",
]
#: The two ways of naming an actor (van Leeuwen 2008).
NAMINGS = ("nomination", "categorisation")

#: Readable names of the lexicon's actors, in the order of the book's tables and figures.
ACTOR_NAMES = {
    "taliban": "Taliban",
    "afghan_state": "Afghan state (Republic)",
    "afghan_people": "Afghan people",
    "united_nations": "United Nations",
    "united_states": "United States",
    "nato": "NATO",
    "foreign_forces": "foreign forces",
    "regional_countries": "regional countries",
    "international_community": "international community",
    "conflict_parties": "the parties (both sides)",
}

#: Verb classes of :mod:`analysis.methods.verbs` whose subject and object allocate roles.
ROLE_VERB_CLASSES = ("direct", "condemn", "commit", "support")


@dataclass(frozen=True, eq=False)
class Entry:
    """One way of naming an actor: a row of the lexicon, with its compiled pattern and guards.

    Each entry is itself (compared and hashed by identity), so a lexicon is a cheap key for its
    :func:`lexicon_patterns`.
    """

    actor: str
    pattern: re.Pattern
    naming: str
    type: str
    anaphoric: bool
    not_after: re.Pattern | None
    not_before: re.Pattern | None
    source: str


def _compile(text: str, flags: int, where: str) -> re.Pattern:
    try:
        return re.compile(text, flags)
    except re.error as error:
        raise ValueError(f"{where}: bad regular expression {text!r} ({error})") from None


def read_lexicon(path: str | Path = LEXICON_FILE) -> list[Entry]:
    """Read and check an actor lexicon (CSV with :data:`LEXICON_COLUMNS`); a bad row raises ``ValueError`` naming it.

    ``pattern`` is a regular expression matched on whole words (case-insensitively unless
    ``case_sensitive`` is ``yes``); ``naming`` is ``nomination`` or ``categorisation``; ``type`` is
    van Leeuwen's finer category; ``anaphoric`` (``yes``/``no``) marks labels counted only where
    the actor is also named otherwise; ``not_after`` / ``not_before`` are patterns for the word
    just before / after the match that cancel it; ``source`` justifies the entry.
    """
    path = Path(path)
    table = pd.read_csv(path, dtype=str, keep_default_na=False)
    missing = [column for column in LEXICON_COLUMNS if column not in table.columns]
    if missing:
        raise ValueError(f"{path}: missing column(s) {', '.join(missing)}")
    entries = []
    for line, row in enumerate(table.itertuples(index=False), start=2):
        where = f"{path.name}, line {line}"
        if row.naming not in NAMINGS:
            raise ValueError(f"{where}: naming must be one of {', '.join(NAMINGS)}, not {row.naming!r}")
        if not row.actor or not row.pattern or not row.source:
            raise ValueError(f"{where}: actor, pattern and source must not be empty")
        flags = 0 if row.case_sensitive == "yes" else re.IGNORECASE
        entries.append(
            Entry(
                row.actor,
                _compile(rf"(?<![\w-])(?:{row.pattern})(?![\w-])", flags, where),
                row.naming,
                row.type,
                row.anaphoric == "yes",
                _compile(rf"\b(?:{row.not_after})\s*$", re.IGNORECASE, where) if row.not_after else None,
                _compile(rf"^\s*(?:{row.not_before})\b", 0, where) if row.not_before else None,
                row.source,
            )
        )
    return entries


@lru_cache(maxsize=1)
def default_lexicon() -> tuple[Entry, ...]:
    """The book's lexicon, read once."""
    return tuple(read_lexicon())


@lru_cache(maxsize=8)
def lexicon_patterns(lexicon: tuple[Entry, ...]) -> PatternSet:
    """The patterns of a lexicon as one :class:`~analysis.runtime.patterns.PatternSet` (each name is tried
    only where a word can begin it), built once per lexicon."""
    return PatternSet((entry.pattern for entry in lexicon), anchor=r"(?<![\w-])")


@dataclass(frozen=True)
class Mention:
    """One name of an actor in a sentence: the words as written, where, and how it names."""

    actor: str
    label: str
    start: int
    end: int
    naming: str
    type: str
    anaphoric: bool


def mentions(sentence: str, lexicon: tuple[Entry, ...] | None = None) -> list[Mention]:
    """Every actor named in a sentence, left to right; overlapping names keep the longest.

    >>> [(m.actor, m.label, m.naming) for m in mentions("NATO urged Kabul and the Taliban to talk in Kabul.")]
    [('nato', 'NATO', 'nomination'), ('afghan_state', 'Kabul', 'nomination'), ('taliban', 'Taliban', 'nomination')]
    >>> [(m.actor, m.naming) for m in mentions("The de facto authorities barred women and girls.")]
    [('taliban', 'categorisation'), ('afghan_people', 'categorisation')]
    """
    lexicon = default_lexicon() if lexicon is None else tuple(lexicon)
    found = []
    for number, match in lexicon_patterns(lexicon).matches(sentence):
        entry = lexicon[number]
        if entry.not_after is not None and entry.not_after.search(sentence[: match.start()]):
            continue
        if entry.not_before is not None and entry.not_before.match(sentence[match.end() :]):
            continue
        found.append((entry, match.start(), match.end()))
    return [
        Mention(entry.actor, sentence[start:end], start, end, entry.naming, entry.type, entry.anaphoric)
        for entry, start, end in longest_non_overlapping(found)
    ]


#: A preposition that starts a modifier of a noun phrase's head: actors named after it are not the head.
MODIFIER = re.compile(r"\b(?:of|between|on|in|for|with|from|about|towards?|against|regarding|by)\b", re.IGNORECASE)


def actors_in(span: str, lexicon: tuple[Entry, ...] | None = None) -> list[str]:
    """The distinct actors named in the head of a span of words (before any modifier), in order.

    "the agreement *between* Kabul and the Taliban" names an agreement: a preposition outside
    every actor's name ends the head, so "the people of Afghanistan" stays whole.

    >>> actors_in("the Afghan government and the Taliban"), actors_in("the agreement between Kabul and the Taliban")
    (['afghan_state', 'taliban'], [])
    """
    found = mentions(span, lexicon)
    inside = [(mention.start, mention.end) for mention in found]
    head_end = next(
        (m.start() for m in MODIFIER.finditer(span) if not any(s <= m.start() < e for s, e in inside)), len(span)
    )
    return list(dict.fromkeys(mention.actor for mention in found if mention.start < head_end))


# --- Corpus tables ----------------------------------------------------------------------------------

MENTION_COLUMNS = ["doc_id", "sent_id", "actor", "label", "naming", "type", "text"]


def _mention_rows(doc_id: str, sent_id: str, text: str, lexicon: tuple[Entry, ...] | None = None) -> list[tuple]:
    """The rows of :func:`mention_table` for one sentence, with whether each label is anaphoric."""
    return [(doc_id, sent_id, m.actor, m.label, m.naming, m.type, text, m.anaphoric) for m in mentions(text, lexicon)]


def mention_table(corpus, lexicon: tuple[Entry, ...] | None = None, n_jobs: int = 1) -> pd.DataFrame:
    """Every actor mention of the corpus, one row each, with its sentence as evidence (``n_jobs`` processes).

    Anaphoric labels ("the group") are kept only in statements that name their actor otherwise.
    """
    columns = [*MENTION_COLUMNS, "anaphoric"]
    if lexicon is None:
        table = sentence_rows_table(_mention_rows, corpus.sentences, columns, n_jobs)
    else:
        sentences = corpus.sentences
        rows = [
            row
            for values in zip(sentences["doc_id"], sentences["sent_id"], sentences["text"])
            for row in _mention_rows(*values, lexicon)
        ]
        table = pd.DataFrame(rows, columns=columns)
    is_anaphoric = table["anaphoric"].astype(bool)
    named_otherwise = set(zip(table.loc[~is_anaphoric, "doc_id"], table.loc[~is_anaphoric, "actor"]))
    keep = ~is_anaphoric | pd.Series(
        [pair in named_otherwise for pair in zip(table["doc_id"], table["actor"])], index=table.index, dtype=bool
    )
    return table[keep].drop(columns="anaphoric").reset_index(drop=True)


def _actor_order(table: pd.DataFrame, column: str = "actor") -> list[str]:
    """The lexicon's actors in :data:`ACTOR_NAMES` order, then any others of ``table`` (a user's lexicon)."""
    return list(ACTOR_NAMES) + sorted(set(table[column]) - set(ACTOR_NAMES)) if len(table) else list(ACTOR_NAMES)


def _labels_used(counts: Counter) -> str:
    """The labels used, most frequent first (ties alphabetical), with counts: 'taliban (5); the group (1)'."""
    return "; ".join(
        f"{label} ({count})" for label, count in sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    )


def naming_table(corpus, table: pd.DataFrame | None = None) -> pd.DataFrame:
    """Per statement and actor: mentions, nominations, categorisations, share nominated, labels used.

    Every actor of the lexicon has a row for every statement, so an actor never named shows 0
    mentions (``named`` is False).
    """
    table = mention_table(corpus) if table is None else table
    labels: dict[tuple[str, str], Counter] = defaultdict(Counter)
    nominated: Counter = Counter()
    for doc_id, actor, label, naming in zip(table["doc_id"], table["actor"], table["label"], table["naming"]):
        labels[(doc_id, actor)][label.lower()] += 1
        nominated[(doc_id, actor)] += naming == "nomination"
    rows, actors = [], _actor_order(table)
    for doc_id in corpus.doc_ids:
        for actor in actors:
            used = labels.get((doc_id, actor), Counter())
            mentions, nominations = sum(used.values()), nominated[(doc_id, actor)]
            rows.append(
                {
                    "doc_id": doc_id,
                    "actor": actor,
                    "mentions": mentions,
                    "nominations": nominations,
                    "categorisations": mentions - nominations,
                    "share_nominated": round(nominations / mentions, 3) if mentions else float("nan"),
                    "labels": _labels_used(used),
                    "named": mentions > 0,
                }
            )
    return pd.DataFrame(rows)


def never_named(naming: pd.DataFrame) -> pd.DataFrame:
    """Per statement: the actors of the lexicon it never names, as readable names joined by ', '."""
    absent: dict[str, list[str]] = {doc_id: [] for doc_id in naming["doc_id"]}  # statements in table order
    for doc_id, actor, named in zip(naming["doc_id"], naming["actor"], naming["named"]):
        if not named:
            absent[doc_id].append(ACTOR_NAMES.get(actor, actor))
    return pd.DataFrame(
        [
            {"doc_id": doc_id, "never_named": ", ".join(names), "n_never_named": len(names)}
            for doc_id, names in absent.items()
        ]
    )


ROLE_COLUMNS = ["doc_id", "sent_id", "actor", "role", "verb", "voice", "span", "text"]


def sentence_roles(
    sentence: str,
    lexicon: tuple[Entry, ...] | None = None,
    verb_roles: Sequence[agency.VerbRole] | None = None,
    passives: Sequence[agency.PassiveSpan] | None = None,
) -> list[tuple[str, str, str, str, str]]:
    """(actor, role, verb, voice, span) for each actor in the agent or patient span of a verb or passive.

    ``verb_roles`` and ``passives``: the sentence's :func:`analysis.methods.agency.verb_roles` of every
    class and its :func:`analysis.methods.agency.passive_spans_in`, if already found
    (:func:`analysis.methods.agency.corpus_verb_roles`, :func:`analysis.methods.agency.corpus_agency`).

    >>> sentence_roles("Civilians were killed by the Taliban.")
    [('taliban', 'agent', 'killed', 'passive', 'the Taliban'), ('afghan_people', 'patient', 'killed', 'passive', 'Civilians')]
    >>> sentence_roles("NATO calls on the Taliban to reduce violence.")
    [('nato', 'agent', 'calls on', 'active', 'NATO'), ('taliban', 'patient', 'calls on', 'active', 'the Taliban')]
    """
    found = agency.verb_roles(sentence, ROLE_VERB_CLASSES) if verb_roles is None else verb_roles
    spans = [
        (role.match, role.voice, role.agent, role.patient) for role in found if role.verb_class in ROLE_VERB_CLASSES
    ]
    if passives is None:
        passives = agency.passive_spans_in(agency.tokens(sentence))
    spans += [(participle, "passive", agent, patient) for participle, agent, patient in passives]
    rows = []
    for verb, voice, agent, patient in spans:
        rows += [(actor, "agent", verb, voice, agent) for actor in actors_in(agent, lexicon)]
        rows += [(actor, "patient", verb, voice, patient) for actor in actors_in(patient, lexicon)]
    return list(dict.fromkeys(rows))


def _role_rows(
    doc_id: str, sent_id: str, text: str, verb_roles: Sequence[agency.VerbRole], sentence_agency: tuple
) -> list[tuple]:
    """The rows of :func:`role_table` for one sentence."""
    passives = sentence_agency[0]
    return [(doc_id, sent_id, *role, text) for role in sentence_roles(text, verb_roles=verb_roles, passives=passives)]


def role_table(corpus, n_jobs: int = 1) -> pd.DataFrame:
    """Every actor given a role in the corpus: agent or patient, of which verb, in which voice, with the sentence."""
    # the verbs' roles and the passives are found once, for this table and the agency chapter's
    verb_roles, found = agency.corpus_verb_roles(corpus, n_jobs), agency.corpus_agency(corpus, n_jobs)
    return sentence_rows_table(_role_rows, corpus.sentences, ROLE_COLUMNS, n_jobs, verb_roles, found)


def role_profile(corpus, roles: pd.DataFrame | None = None) -> pd.DataFrame:
    """Per statement and actor: how often it is the agent and the patient, and the share of agent roles."""
    roles = role_table(corpus) if roles is None else roles
    counts = roles.groupby(["doc_id", "actor", "role"]).size().to_dict()
    rows, actors = [], _actor_order(roles)
    for doc_id in corpus.doc_ids:
        for actor in actors:
            agent, patient = counts.get((doc_id, actor, "agent"), 0), counts.get((doc_id, actor, "patient"), 0)
            share = round(agent / (agent + patient), 3) if agent + patient else float("nan")
            rows.append({"doc_id": doc_id, "actor": actor, "agent": agent, "patient": patient, "share_agent": share})
    return pd.DataFrame(rows)


def lexicon_table(path: str | Path = LEXICON_FILE) -> pd.DataFrame:
    """The lexicon as the book prints it: actor, how named, the pattern and its source."""
    table = pd.read_csv(path, dtype=str, keep_default_na=False)
    return table[["actor", "naming", "type", "pattern", "source"]]


def export_tables(corpus, n_jobs: int = 1) -> dict[str, pd.DataFrame]:
    """``actor_mentions``, ``actor_naming`` (with never-named actors), ``actors_never_named``, ``actor_roles``, ``actor_role_profile``."""
    table = mention_table(corpus, n_jobs=n_jobs)
    naming = naming_table(corpus, table)
    roles = role_table(corpus, n_jobs)
    return {
        "actor_mentions": table,
        "actor_naming": naming,
        "actors_never_named": never_named(naming),
        "actor_roles": roles,
        "actor_role_profile": role_profile(corpus, roles),
    }
