"""The corpus tables that the command line exports: documents, sentences and the cleaning report."""

from __future__ import annotations

import pandas as pd

from analysis.io.corpus import Corpus


def export_tables(corpus: Corpus) -> dict[str, pd.DataFrame]:
    """``documents``, ``sentences``, ``cleaning_report`` and ``non_english_lines`` as tables."""
    return {
        "documents": corpus.documents,
        "sentences": corpus.sentences,
        "cleaning_report": corpus.cleaning_report(),
        "non_english_lines": corpus.non_english_lines(),
    }


def provenance_table(corpus: Corpus) -> pd.DataFrame:
    """Who speaks, when, in what genre and where the text comes from: one row per statement."""
    columns = ["doc_id", "date", "actor", "actor_type", "genre", "source", "date_note"]
    return corpus.documents[columns].reset_index(drop=True)


def size_table(corpus: Corpus) -> pd.DataFrame:
    """Words, sentences and paragraphs of each cleaned statement, with mean sentence length."""
    table = corpus.documents[["doc_id", "n_words", "n_sentences", "n_paragraphs"]].copy()
    table["words_per_sentence"] = (table["n_words"] / table["n_sentences"]).round(1)
    return table.reset_index(drop=True)


def cleaning_summary(corpus: Corpus) -> pd.DataFrame:
    """How many lines each cleaning rule touched in each statement (rules as rows, statements as columns)."""
    report = corpus.cleaning_report()
    summary = report.pivot_table(
        index=["action", "rule"], columns="doc_id", values="line_no", aggfunc="count", fill_value=0
    )
    summary = summary.reindex(columns=[doc for doc in corpus.doc_ids if doc in summary.columns])
    return summary.astype(int)


def speech_summary(corpus: Corpus) -> pd.DataFrame:
    """Sentences in the statement's own voice, reported, or quoted, per statement."""
    counts = pd.crosstab(corpus.sentences["doc_id"], corpus.sentences["speech"])
    counts = counts.reindex(index=corpus.doc_ids, columns=["direct", "reported", "quoted"], fill_value=0)
    counts["share_not_direct"] = ((counts["reported"] + counts["quoted"]) / counts.sum(axis=1)).round(3)
    return counts.rename_axis(index="doc_id", columns=None).reset_index()


def not_direct_share(corpus: Corpus, genre: str = "news report") -> tuple[float, float]:
    """Percent of sentences reported or quoted, in statements of ``genre`` and in all the others."""
    in_genre = corpus.sentences["doc_id"].isin(corpus.documents.loc[corpus.documents["genre"] == genre, "doc_id"])
    not_direct = corpus.sentences["reported_speech"]
    inside = 100 * not_direct[in_genre].mean() if in_genre.any() else float("nan")
    outside = 100 * not_direct[~in_genre].mean() if (~in_genre).any() else float("nan")
    return float(inside), float(outside)
