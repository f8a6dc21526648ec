"""The per-statement sentiment table as it was first written: pandas per statement, one bootstrap at a time."""

import pandas as pd

from analysis.methods import sentiment


def statement_sentiment_one_by_one(doc_ids, sentences):
    """The per-statement table as it was first written: pandas per statement, one bootstrap at a time."""
    positions = sentences.groupby("doc_id", sort=False).indices
    rows = []
    for doc_id in doc_ids:
        scores = sentences.iloc[positions.get(doc_id, [])]
        low, high = sentiment.bootstrap_mean_interval(scores["compound"].to_numpy())
        rows.append(
            {
                "doc_id": doc_id,
                "sentences": len(scores),
                "mean_compound": round(float(scores["compound"].mean()), 4),
                "low": low,
                "high": high,
                **{
                    f"{name}_share": round(float((scores["tone"] == name).mean()), 3)
                    for name in ("positive", "neutral", "negative")
                },
            }
        )
    return pd.DataFrame(rows)
