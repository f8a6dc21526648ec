"""Sentiment with VADER, shown beside stance to teach why sentiment is not stance.

VADER (Hutto and Gilbert 2014) scores the tone of a text from a lexicon of rated words (it ships
inside the ``vaderSentiment`` package, so nothing is downloaded) and a few rules for negation,
intensifiers and punctuation. Its *compound* score runs from -1 (most negative) to +1 (most
positive). Tone is not position: "All participants strongly condemn these heinous acts of
violence" is strongly negative in tone and a clear position *against* violence. This module puts
the two side by side, sentence by sentence (:func:`sentiment_vs_stance`).

A statement's sentiment is the mean compound score of its sentences, with a percentile bootstrap
interval over sentences (Efron and Tibshirani 1993) drawn with a fixed seed, so every build gives
the same interval.
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np
import pandas as pd

from analysis.methods.stance import stance_table
from analysis.methods.stats import BOOTSTRAP_SEED
from analysis.methods.stats import bootstrap_mean_interval as _bootstrap_interval
from analysis.runtime.cache import cached_on_corpus
from analysis.runtime.jobs import map_items

#: VADER's own thresholds: compound >= 0.05 is positive, <= -0.05 negative, else neutral.
POSITIVE_FROM, NEGATIVE_FROM = 0.05, -0.05

#: How many chunks of sentences each process scores: many small ones, so that when one process
#: finishes early (a shared machine) the other is not left with a long chunk to score alone.
VADER_CHUNKS_PER_JOB = 32


@lru_cache(maxsize=1)
def _analyser():
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    return SentimentIntensityAnalyzer()


def compound(text: str) -> float:
    """VADER's compound score of one text, from -1 (negative) to +1 (positive).

    >>> compound("We warmly welcome the talks.") > 0, compound("We condemn the heinous attacks.") < 0
    (True, True)
    """
    if not isinstance(text, str):
        raise TypeError(f"compound expects a text as str, not {type(text).__name__}")
    return float(_analyser().polarity_scores(text)["compound"])


def tone(score: float) -> str:
    """'positive', 'negative' or 'neutral' by VADER's thresholds.

    >>> tone(0.3), tone(-0.05), tone(0.0)
    ('positive', 'negative', 'neutral')
    """
    if score >= POSITIVE_FROM:
        return "positive"
    if score <= NEGATIVE_FROM:
        return "negative"
    return "neutral"


def sentence_sentiment(corpus, n_jobs: int = 1) -> pd.DataFrame:
    """Every sentence with VADER's negative, neutral, positive and compound scores and its tone.

    Scored once per corpus (kept on it while the sentences are unchanged): two tables use them.
    With ``n_jobs`` > 1, the sentences are scored on that many processes, in the same order.
    """
    ids, texts = corpus.sentences["sent_id"].tolist(), corpus.sentences["text"].tolist()
    return cached_on_corpus(
        corpus, ("vader",), ids, texts, lambda items: _score_sentences(corpus, items, n_jobs)
    ).copy()


def _polarity_scores(texts: list[str]) -> list[tuple[float, float, float, float]]:
    """VADER's ``neg, neu, pos, compound`` scores of some sentences (one task for a worker process)."""
    analyser = _analyser()
    return [
        (scores["neg"], scores["neu"], scores["pos"], scores["compound"])
        for scores in map(analyser.polarity_scores, texts)
    ]


def _score_sentences(corpus, texts: list[str], n_jobs: int = 1) -> pd.DataFrame:
    """VADER's scores of every sentence (see :func:`sentence_sentiment`)."""
    all_scores = map_items(_polarity_scores, texts, n_jobs, chunks_per_job=VADER_CHUNKS_PER_JOB)
    columns = ["doc_id", "sent_id", "neg", "neu", "pos", "compound", "tone"]
    if not all_scores:
        return pd.DataFrame([], columns=columns)
    neg, neu, pos, compound_scores = (list(values) for values in zip(*all_scores))
    values = [
        corpus.sentences["doc_id"].tolist(),
        corpus.sentences["sent_id"].tolist(),
        neg,
        neu,
        pos,
        compound_scores,
        [tone(score) for score in compound_scores],
    ]
    return pd.DataFrame(dict(zip(columns, values)))  # column by column: no row dict per sentence


def bootstrap_mean_interval(
    values: np.ndarray, n_boot: int = 2000, level: float = 0.95, seed: int = BOOTSTRAP_SEED
) -> tuple[float, float]:
    """The seeded percentile bootstrap interval of a mean (:mod:`analysis.methods.stats`), to four decimals.

    >>> bootstrap_mean_interval(np.array([0.5, 0.5, 0.5]))
    (0.5, 0.5)
    """
    low, high = _bootstrap_interval(values, n_boot, level, seed)
    return (round(low, 4), round(high, 4))


def _bootstrap_intervals(samples: list[np.ndarray]) -> list[tuple[float, float]]:
    """:func:`bootstrap_mean_interval` of each sample (one task for a worker process)."""
    return [bootstrap_mean_interval(values) for values in samples]


def statement_sentiment(corpus, sentences: pd.DataFrame | None = None, n_jobs: int = 1) -> pd.DataFrame:
    """Per statement: mean compound score with a seeded bootstrap interval, and the share of each tone.

    With ``n_jobs`` > 1 the statements' intervals are drawn on that many processes (the same floats).
    """
    sentences = sentence_sentiment(corpus) if sentences is None else sentences
    positions = sentences.groupby("doc_id", sort=False).indices
    groups = [positions.get(doc_id, np.array([], dtype=np.intp)) for doc_id in corpus.doc_ids]
    compound_scores = sentences["compound"].to_numpy(dtype=float)
    scores = [compound_scores[group] for group in groups]
    is_tone = {name: (sentences["tone"] == name).to_numpy(dtype=bool) for name in ("positive", "neutral", "negative")}
    rows = []
    for doc_id, group, values, (low, high) in zip(
        corpus.doc_ids, groups, scores, map_items(_bootstrap_intervals, scores, n_jobs)
    ):
        size = len(group)
        rows.append(
            {
                "doc_id": doc_id,
                "sentences": size,
                "mean_compound": round(float(values.mean()), 4) if size else float("nan"),
                "low": low,
                "high": high,
                **{
                    f"{name}_share": round(int(is_tone[name][group].sum()) / size, 3) if size else float("nan")
                    for name in is_tone
                },
            }
        )
    return pd.DataFrame(rows)


def sentence_position(labels: list[str]) -> str:
    """One label for a sentence's stances: favor, against, mixed (both) or none.

    >>> sentence_position(["against", "against"]), sentence_position(["favor", "against"]), sentence_position([])
    ('against', 'mixed', 'none')
    """
    kinds = set(labels)
    if not kinds:
        return "none"
    return kinds.pop() if len(kinds) == 1 else "mixed"


def sentiment_vs_stance(corpus, stances: pd.DataFrame | None = None) -> pd.DataFrame:
    """Per sentence: VADER compound and tone beside the stance labels of :func:`analysis.methods.stance.stance_table`.

    ``position`` is favor, against, mixed or none; ``stances`` lists ``target:label`` pairs.
    """
    return _sentiment_beside_stance(corpus, stances, sentence_sentiment(corpus), with_text=True)


def _sentiment_beside_stance(
    corpus, stances: pd.DataFrame | None, scores: pd.DataFrame, with_text: bool
) -> pd.DataFrame:
    """:func:`sentiment_vs_stance` from the sentences' ``scores``, with or without their text (the export has none)."""
    stances = stance_table(corpus) if stances is None else stances
    labels_of: dict[str, list[tuple[str, str]]] = {}
    for sent_id, target, label in zip(
        *(stances[name].tolist() for name in ("sent_id", "target", "label"))
    ):  # lists: iterating string columns is slow
        labels_of.setdefault(sent_id, []).append((target, label))
    # Worked out once per labelled sentence; a sentence without labels is "none" and "".
    position_of = {sent_id: sentence_position([lab for _, lab in pairs]) for sent_id, pairs in labels_of.items()}
    stances_of = {sent_id: ", ".join(f"{t}:{lab}" for t, lab in pairs) for sent_id, pairs in labels_of.items()}
    sent_ids = scores["sent_id"].tolist()
    columns = {  # column by column: no row dict per sentence
        "doc_id": scores["doc_id"].tolist(),
        "sent_id": sent_ids,
        "compound": scores["compound"].tolist(),
        "tone": scores["tone"].tolist(),
        "position": [position_of.get(sent_id, "none") for sent_id in sent_ids],
        "stances": [stances_of.get(sent_id, "") for sent_id in sent_ids],
    }
    if with_text:
        columns["text"] = corpus.sentences["text"].tolist()
    return pd.DataFrame(columns)


def tone_stance_table(table: pd.DataFrame) -> pd.DataFrame:
    """How many sentences of each tone take each position: a cross-table of sentiment against stance."""
    positions = ["favor", "against", "mixed", "none"]
    tones = ["negative", "neutral", "positive"]
    return (
        pd.crosstab(table["position"], table["tone"])
        .reindex(index=positions, columns=tones, fill_value=0)
        .rename_axis(index="position", columns=None)
        .reset_index()
    )


def negative_but_against(table: pd.DataFrame, target: str = "violence") -> pd.Series | None:
    """The most negative sentence that takes a clear position against ``target``: sentiment is not stance."""
    rows = table[table["stances"].str.contains(f"{target}:against", regex=False) & (table["tone"] == "negative")]
    return None if rows.empty else rows.sort_values(["compound", "sent_id"]).iloc[0]


def export_tables(corpus, n_jobs: int = 1) -> dict[str, pd.DataFrame]:
    """``sentiment`` (per sentence, VADER beside stance) and ``sentiment_statements`` (per statement, intervals)."""
    scores = sentence_sentiment(corpus, n_jobs)  # every sentence scored once, on n_jobs processes
    return {
        "sentiment": _sentiment_beside_stance(corpus, None, scores, with_text=False),
        "sentiment_statements": statement_sentiment(corpus, scores, n_jobs),
    }
