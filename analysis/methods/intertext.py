"""Intertextuality: which other texts and events a statement leans on, and whose voice it reports.

A statement places itself among other texts (Fairclough 2003, ch. 3; Reisigl and Wodak 2001 on
the discourse-historical context): it cites resolutions ("resolution 2721 (2023)"), agreements
("the Doha Agreement"), conferences and processes ("the Kabul Process"), conventions and
strategies ("the Geneva Conventions", "the UN Global Counter-Terrorism Strategy"), letters and
reports. Two tools find them:

* a **reference lexicon** (``analysis/data/reference_lexicon.csv``): named texts and events with
  their type and the source that identifies them, and numbered resolutions;
* **generic patterns** in the same file: a capitalised name ending in a type word
  (*Agreement, Declaration, Conference, Process, Format, Convention, Charter, Strategy*), which
  catches texts the lexicon does not list. Where matches overlap, the earlier row of the lexicon
  wins (named texts before generic patterns).

**Chains of attribution.** News reports and summaries speak in layers: a reporter reports an
institution ("the Ministry of Foreign Affairs said in a statement"), which reports a named
official ("FM Atmar has briefed the participants"). For each reported or quoted sentence
(:mod:`analysis.text.sentences` labels them), :func:`sayers` finds who is said to speak and
:func:`sayer_kind` sorts it: a named *official* (a title or a personal name), an *institution*,
a *text* ("the statement said"), a *pronoun*, or *other*. :func:`attribution_chains` puts each
statement's layers in order: reporter → institutions and texts → named officials.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pandas as pd

from analysis.methods import actors, agency
from analysis.runtime.jobs import sentence_rows_table
from analysis.runtime.patterns import PatternSet

#: The reference lexicon: name, type, pattern, case_sensitive, label (``name`` or ``match``), source.
LEXICON_FILE = Path(__file__).resolve().parents[1] / "data" / "reference_lexicon.csv"
#: Types of reference, in the order of the book's tables and figures.
REFERENCE_TYPES = ["resolution", "agreement", "conference", "convention", "strategy", "report"]
REFERENCE_TYPE_NAMES = {
    "resolution": "resolutions",
    "agreement": "agreements and declarations",
    "conference": "conferences and processes",
    "convention": "conventions and law",
    "strategy": "strategies",
    "report": "letters and reports",
}


@dataclass(frozen=True, eq=False)  # compared and hashed by identity: a cheap key for reference_patterns
class ReferenceEntry:
    name: str
    type: str
    pattern: re.Pattern
    label_from_match: bool


def read_reference_lexicon(path: str | Path = LEXICON_FILE) -> list[ReferenceEntry]:
    """Read and check the reference lexicon; a bad row raises ``ValueError`` naming the file and line."""
    path = Path(path)
    table = pd.read_csv(path, dtype=str, keep_default_na=False)
    entries = []
    for line, row in enumerate(table.itertuples(index=False), start=2):
        if row.type not in REFERENCE_TYPES:
            raise ValueError(
                f"{path.name}, line {line}: type must be one of {', '.join(REFERENCE_TYPES)}, not {row.type!r}"
            )
        flags = 0 if row.case_sensitive == "yes" else re.IGNORECASE
        try:
            pattern = re.compile(rf"(?<![\w-])(?:{row.pattern})(?![\w-])", flags)
        except re.error as error:
            raise ValueError(f"{path.name}, line {line}: bad regular expression ({error})") from None
        entries.append(ReferenceEntry(row.name, row.type, pattern, row.label == "match"))
    return entries


@lru_cache(maxsize=1)
def default_reference_lexicon() -> tuple[ReferenceEntry, ...]:
    return tuple(read_reference_lexicon())


@lru_cache(maxsize=8)
def reference_patterns(lexicon: tuple[ReferenceEntry, ...]) -> PatternSet:
    """The patterns of a reference lexicon as one :class:`~analysis.runtime.patterns.PatternSet`, built once."""
    return PatternSet((entry.pattern for entry in lexicon), anchor=r"(?<![\w-])")


def _label(text: str) -> str:
    """A matched name as a label: spaces collapsed, a leading 'the' dropped."""
    return re.sub(r"^the\s+", "", " ".join(text.split()), flags=re.IGNORECASE)


#: A resolution's number ("2721", "60/288"), not the year in brackets after it ("(2023)").
RESOLUTION_NUMBER = re.compile(r"(?<![\d(])\d{2,4}(?:/\d+)?(?![\d)])")


def resolution_label(text: str) -> str:
    """One name for every way of citing the same numbered resolution: its number, without body or year.

    "Resolution 2721", "UNSC Resolution 2721" and "resolution 2721 (2023)" are one text, so a table counts
    them together; a citation of several resolutions keeps all their numbers.

    >>> resolution_label("UNSC Resolution 2721"), resolution_label("resolution 2721 (2023)")
    ('resolution 2721', 'resolution 2721')
    >>> resolution_label("resolutions 2513 (2020) and 2721 (2023)")
    'resolutions 2513 and 2721'
    """
    numbers = RESOLUTION_NUMBER.findall(text)
    if not numbers:
        return _label(text)
    if len(numbers) == 1:
        return f"resolution {numbers[0]}"
    return f"resolutions {', '.join(numbers[:-1])} and {numbers[-1]}"


def reference_name(entry: ReferenceEntry, matched: str) -> str:
    """The name a reference is counted under: the entry's name, or (for a ``match`` entry) the words matched,
    with the variants of one numbered resolution merged by :func:`resolution_label`."""
    if not entry.label_from_match:
        return entry.name
    return resolution_label(matched) if entry.type == "resolution" else _label(matched)


def references(sentence: str, lexicon: tuple[ReferenceEntry, ...] | None = None) -> list[tuple[str, str, str]]:
    """(name, type, words matched) of every reference to another text or event, left to right.

    >>> references("Recalling resolution 2721 (2023) and the Doha Agreement, the Kabul Process met.")  # doctest: +NORMALIZE_WHITESPACE
    [('resolution 2721', 'resolution', 'resolution 2721 (2023)'),
     ('Doha Agreement (US–Taliban)', 'agreement', 'Doha Agreement'),
     ('Kabul Process', 'conference', 'Kabul Process')]
    """
    lexicon = default_reference_lexicon() if lexicon is None else tuple(lexicon)
    found = []
    for order, match in reference_patterns(lexicon).matches(sentence):
        entry = lexicon[order]
        name = reference_name(entry, match.group(0))
        found.append((match.start(), match.end(), order, name, entry.type))
    found.sort(
        key=lambda item: (item[2], -(item[1] - item[0]), item[0])
    )  # lexicon order (generic patterns last), then longest
    kept: list[tuple] = []
    for item in found:
        if all(item[1] <= other[0] or item[0] >= other[1] for other in kept):
            kept.append(item)
    return [(name, kind, sentence[start:end]) for start, end, _, name, kind in sorted(kept)]


def _reference_rows(doc_id: str, sent_id: str, text: str) -> list[tuple]:
    return [(doc_id, sent_id, name, kind, words, text) for name, kind, words in references(text)]


def reference_table(corpus, n_jobs: int = 1) -> pd.DataFrame:
    """Every reference of the corpus, one row each, with its sentence as evidence."""
    return sentence_rows_table(
        _reference_rows, corpus.sentences, ["doc_id", "sent_id", "reference", "type", "words", "text"], n_jobs
    )


def reference_profile(corpus, table: pd.DataFrame | None = None) -> pd.DataFrame:
    """Per statement and type of reference: how many references, and which texts (with counts)."""
    table = reference_table(corpus) if table is None else table
    cited: dict[tuple[str, str], Counter] = defaultdict(Counter)
    for doc_id, kind, name in zip(table["doc_id"], table["type"], table["reference"]):
        cited[(doc_id, kind)][name] += 1
    rows = []
    for doc_id in corpus.doc_ids:
        for kind in REFERENCE_TYPES:
            counts = cited.get((doc_id, kind), Counter())
            named = "; ".join(
                f"{name} ({n})" for name, n in sorted(counts.items(), key=lambda item: (-item[1], item[0]))
            )
            rows.append({"doc_id": doc_id, "type": kind, "references": sum(counts.values()), "texts": named})
    return pd.DataFrame(rows)


# --- Chains of attribution ----------------------------------------------------------------------

#: Reporting verbs after their sayer ("NATO said", "the statement read").
REPORTING_VERB = re.compile(
    r"\b(?:said|says|stated|added|noted|told|announced|declared|explained|indicated"
    r"|reported|remarked|briefed|read|insisted|insists|stressed|stresses|underlined|emphasi[sz]ed)\b"
)
#: "according to X", "said X" at the end of a clause, "in a statement from X".
ACCORDING_TO = re.compile(r"\b(?:according to|as stated by|in a statement (?:from|by))\s+([^,;:.“”\"]+)", re.IGNORECASE)
INVERTED = re.compile(r"[,”\"]\s*(?:said|says|added|noted|stated|told)\s+([^,;:.“”\"]+)")
#: Words that mark a named official: titles, or their abbreviations.
TITLE = re.compile(
    r"\b(?:Minister|FM|Chief|Secretary|Spokes(?:man|person|woman)|Ambassador|President|Envoy|Chairman|Chair|Representative"
    r"|Director|Commissioner|Mr|Mrs|Ms|Dr|General|Mullah|Sheikh)\b"
)
INSTITUTION = re.compile(
    r"\b(?:Ministry|Council|Office|Organi[sz]ation|Alliance|Government|government|Mission|Commission|Embassy|Department"
    r"|Committee|Mechanism|Secretariat|Assembly|Society|Coalition|Movement)\b"
)
TEXT = re.compile(r"\b(?:statement|declaration|communiqu[eé]|letter|report|release|resolution)\b", re.IGNORECASE)
#: Capitalised words only, as in a personal name ("Halimi", "Zalmay Khalilzad"), once institutions and actors are ruled out.
PERSONAL_NAME = re.compile(r"^(?:[A-Z][\w'’.-]+\s?){1,4}$")
PRONOUN = re.compile(r"^(?:he|she|they|it|we|i)$", re.IGNORECASE)
SAYER_KINDS = ["institution", "text", "official", "pronoun", "other"]


def sayers(sentence: str) -> list[str]:
    """Who a reported or quoted sentence says is speaking, in order ('according to X', 'X said', '..., said X').

    >>> sayers("NATO said on Wednesday that the parties should agree."), sayers("“We hope for peace,” the statement said.")
    (['NATO'], ['the statement'])
    >>> sayers("According to the statement, FM Atmar has briefed the participants.")
    ['the statement', 'FM Atmar']
    """
    found = [
        " ".join(match.group(1).split()[:8])
        for pattern in (ACCORDING_TO, INVERTED)
        for match in pattern.finditer(sentence)
    ]
    for match in REPORTING_VERB.finditer(sentence):
        before = agency.tokens(sentence[: match.start()])
        if before and before[-1].lower() in agency.PASSIVE_AUXILIARIES:  # "it was stated": nobody is named
            continue
        subject = agency.subject_before(before)
        if subject and not any(subject in name or name in subject for name in found):
            found.append(subject)
    return found


def sayer_kind(name: str) -> str:
    """Sort a sayer: a title makes an 'official', then 'institution', 'text', 'pronoun', a bare name 'official', else 'other'.

    >>> [sayer_kind(s) for s in ("FM Atmar", "the Ministry of Foreign Affairs", "the statement", "they", "NATO", "Halimi")]
    ['official', 'institution', 'text', 'pronoun', 'institution', 'official']
    """
    if not name:
        return "other"
    if TITLE.search(name) and not INSTITUTION.search(name.split(" of ")[0]):
        return "official"
    if INSTITUTION.search(name) or actors.actors_in(name):
        return "institution"
    if TEXT.search(name):
        return "text"
    if PRONOUN.match(name.strip()):
        return "pronoun"
    return "official" if PERSONAL_NAME.match(name.strip()) else "other"


def attribution_table(corpus) -> pd.DataFrame:
    """Every reported or quoted sentence with each of its sayers and their kind (one row, sayer '', if none is found)."""
    sentences = corpus.sentences[corpus.sentences["speech"] != "direct"]
    rows = []
    for doc_id, sent_id, speech, text in zip(
        sentences["doc_id"], sentences["sent_id"], sentences["speech"], sentences["text"]
    ):
        rows += [(doc_id, sent_id, speech, name, sayer_kind(name), text) for name in sayers(text) or [""]]
    return pd.DataFrame(rows, columns=["doc_id", "sent_id", "speech", "sayer", "kind", "text"])


def reporter(document: Mapping) -> str:
    """Who speaks first: 'a reporter' for a news report, else the statement's author (or its id)."""
    if "news" in str(document.get("genre", "")).lower():
        return "a reporter"
    return str(document.get("actor") or document["doc_id"])


#: The kinds of sayer that make the layers of a chain, in the order of :func:`attribution_chains`' columns.
CHAIN_KINDS = ("institution", "text", "official")


def attribution_chains(corpus, table: pd.DataFrame | None = None) -> pd.DataFrame:
    """Per statement: the reporter, the institutions and texts it reports, the officials it names, and the chain."""
    table = attribution_table(corpus) if table is None else table
    reported = Counter(table.drop_duplicates("sent_id")["doc_id"])  # sentences, not sayers: one sentence may have two
    cited: dict[tuple[str, str], dict[str, None]] = defaultdict(dict)  # each kind's distinct sayers, in order
    for doc_id, kind, sayer in zip(table["doc_id"], table["kind"], table["sayer"]):
        cited[(doc_id, kind)][sayer] = None
    rows = []
    for document in corpus.documents.to_dict("records"):
        layers = {kind: list(cited.get((document["doc_id"], kind), ())) for kind in CHAIN_KINDS}
        chain = (
            [reporter(document)] + ["; ".join(layers["institution"] + layers["text"])] + ["; ".join(layers["official"])]
        )
        rows.append(
            {
                "doc_id": document["doc_id"],
                "reporter": chain[0],
                "reported_sentences": reported[document["doc_id"]],
                "institutions": "; ".join(layers["institution"]),
                "texts": "; ".join(layers["text"]),
                "officials": "; ".join(layers["official"]),
                "depth": 1 + sum(bool(layer) for layer in chain[1:]),
                "chain": " → ".join(part for part in chain if part),
            }
        )
    return pd.DataFrame(rows)


def export_tables(corpus, n_jobs: int = 1) -> dict[str, pd.DataFrame]:
    """``references``, ``reference_profile``, ``attributions`` and ``attribution_chains``."""
    table = reference_table(corpus, n_jobs)
    attributions = attribution_table(corpus)
    return {
        "references": table,
        "reference_profile": reference_profile(corpus, table),
        "attributions": attributions,
        "attribution_chains": attribution_chains(corpus, attributions),
    }
