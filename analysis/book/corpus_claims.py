"""The claims table of the corpus chapter (01): who speaks, who does not, in what language and voice.

The sentences are built from the metadata (``seeds/metadata.csv``) and the sentence table, so they
hold for the corpus the book is built on; the tests pin their values on the five seeds.
"""

from __future__ import annotations

import re

import pandas as pd

from analysis.book.claims import Claim
from analysis.book.glue import as_list
from analysis.book.prose import statement_names
from analysis.io.corpus import Corpus
from analysis.text.voice import LAYERS, voice_summary

#: Voices a reader of the Afghan peace process would expect, and how the metadata would name them.
EXPECTED_VOICES = {
    "the Taliban": r"taliban|islamic emirate|\biea\b",
    "the United States": r"united states|\bu\.?s\.? (?:government|department|envoy)|state department|white house",
    "the United Nations": r"united nations|\bunama\b|security council|\bun\b",
}


def _speaker_text(documents: pd.DataFrame) -> pd.Series:
    """Who speaks, per statement, from the metadata: the actor and the kind of actor."""
    columns = [column for column in ("actor", "actor_type") if column in documents]
    return documents[columns].fillna("").astype(str).agg(" ".join, axis=1).str.lower()


def missing_voices(documents: pd.DataFrame) -> list[str]:
    """The expected voices that speak in no statement of the corpus (by the metadata's actor columns)."""
    speakers = _speaker_text(documents)
    return [voice for voice, pattern in EXPECTED_VOICES.items() if not speakers.str.contains(pattern, regex=True).any()]


def missing_voices_claim(documents: pd.DataFrame) -> Claim:
    absent = missing_voices(documents)
    return Claim(
        "missing_voices",
        f"no statement is in the voice of {' or '.join([', '.join(absent[:-1]), absent[-1]] if len(absent) > 1 else absent)}",
        "metadata: actor and actor_type",
        holds=bool(absent),
    )


def translated(documents: pd.DataFrame) -> list[str]:
    """Statements whose metadata say they are, or read as, a translation."""
    notes = (
        documents[[c for c in ("source", "date_note") if c in documents]].fillna("").astype(str).agg(" ".join, axis=1)
    )
    return documents.loc[notes.str.contains(r"translat", flags=re.IGNORECASE, regex=True), "doc_id"].tolist()


def translation_claim(documents: pd.DataFrame, names: dict[str, str]) -> Claim:
    docs = translated(documents)
    return Claim(
        "translated",
        f"the metadata mark {as_list([names.get(d, d) for d in docs], empty='no statement')} as probably translated",
        "metadata: source",
        holds=bool(docs),
    )


def mixed_voices_claim(corpus: Corpus, names: dict[str, str]) -> Claim:
    """Which statements mix all the layers of voice (reporter, institution, named person)."""
    summary = voice_summary(corpus)
    mixed = summary.loc[summary["layers"] == len(LAYERS), "doc_id"].tolist()
    return Claim(
        "mixed_voices",
        f"{as_list([names.get(d, d) for d in mixed], empty='no statement')} "
        f"{'mixes' if len(mixed) == 1 else 'mix'} all three layers of voice",
        "voice layers of every sentence",
        holds=bool(mixed),
    )


def reported_share_claim(news_pct: float, own_pct: float) -> Claim:
    """The news reports relay more than they say: their share of reported or quoted sentences is the larger."""
    return Claim(
        "news_reported",
        f"in the news reports {news_pct:.0f}% of sentences are reported or quoted, against {own_pct:.0f}% in the "
        f"statements written in their speaker's own voice",
        "sentences: speech type, by genre",
        holds=news_pct > own_pct,
    )


def corpus_claims(corpus: Corpus, news_pct: float, own_pct: float) -> list[Claim]:
    """The claims of the corpus chapter, in the order it prints them."""
    names = statement_names(corpus.documents)
    return [
        missing_voices_claim(corpus.documents),
        translation_claim(corpus.documents, names),
        reported_share_claim(news_pct, own_pct),
        mixed_voices_claim(corpus, names),
    ]


def targets_clause(scores: pd.Series, target_kept: float, target_removed: float) -> str:
    """Which cleaning target one set of scores reaches, each named, so no reader has to map "the first"
    and "the second" back to two figures.

    >>> targets_clause(pd.Series({"statement_kept_share": 0.995, "boilerplate_removed_share": 0.9}), 0.99, 0.95)
    'the share of statement lines kept reaches its target (99%); the share of boilerplate lines removed falls short of its target (95%)'
    >>> targets_clause(pd.Series({"statement_kept_share": 1.0, "boilerplate_removed_share": 1.0}), 0.99, 0.95)
    'both shares reach their targets (99% of statement lines kept, 95% of boilerplate lines removed)'
    >>> targets_clause(pd.Series({"statement_kept_share": 0.9, "boilerplate_removed_share": 0.9}), 0.99, 0.95)[:40]
    'both shares fall short of their targets '
    """
    kept = scores["statement_kept_share"] >= target_kept
    removed = scores["boilerplate_removed_share"] >= target_removed
    if kept == removed:
        return (
            f"both shares {'reach' if kept else 'fall short of'} their targets ({100 * target_kept:.0f}% of "
            f"statement lines kept, {100 * target_removed:.0f}% of boilerplate lines removed)"
        )
    return (
        f"the share of statement lines kept {'reaches' if kept else 'falls short of'} its target "
        f"({100 * target_kept:.0f}%); the share of boilerplate lines removed "
        f"{'reaches' if removed else 'falls short of'} its target ({100 * target_removed:.0f}%)"
    )
