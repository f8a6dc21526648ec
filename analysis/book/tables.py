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
    table["words_per_sentence"] = table["n_words"] / table["n_sentences"]
    return table.reset_index(drop=True)


def cleaning_summary(corpus: Corpus) -> pd.DataFrame:
    """How many lines each cleaning rule touched in each statement (rules as rows, statements as columns)."""
    report = corpus.cleaning_report()
    summary = report.pivot_table(
        index=["action", "rule"], columns="doc_id", values="line_no", aggfunc="count", fill_value=0
    )
    summary = summary.reindex(columns=[doc for doc in corpus.doc_ids if doc in summary.columns])
    return summary.astype(int)


def cleaning_by_rule(corpus: Corpus) -> pd.DataFrame:
    """How many lines each cleaning rule touched, in how many statements, and where most (one row per rule).

    The long form of :func:`cleaning_summary` for a corpus of any size: its width does not grow with
    the number of statements. ``most_in`` names the statement with the most lines for the rule.
    """
    report = corpus.cleaning_report()
    columns = ["action", "rule", "lines", "statements", "most_in"]
    if report.empty:
        return pd.DataFrame(columns=columns)
    per_statement = report.groupby(["action", "rule", "doc_id"]).size().rename("n").reset_index()
    rows = []
    for (action, rule), group in per_statement.groupby(["action", "rule"], sort=True):
        top = group.sort_values(["n", "doc_id"], ascending=[False, True]).iloc[0]
        rows.append([action, rule, int(group["n"].sum()), len(group), f"{top['doc_id']} ({int(top['n'])})"])
    return pd.DataFrame(rows, columns=columns).sort_values(
        ["action", "lines"], ascending=[True, False], ignore_index=True
    )


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


def f1_with_interval(f1: float, low: float | None, high: float | None) -> str:
    """An F1 with its interval in brackets, where there is one.

    >>> f1_with_interval(0.5, None, None), f1_with_interval(0.5, 0.4, 0.6)
    ('0.500', '0.500 [0.400, 0.600]')
    """
    if low is None or high is None or pd.isna(low) or pd.isna(high):
        return f"{f1:.3f}"
    return f"{f1:.3f} [{low:.3f}, {high:.3f}]"


def method_comparison_table(comparison: pd.DataFrame) -> tuple[pd.DataFrame, str]:
    """The stance methods side by side on one set of data, as the chapter shows them, with its caption.

    One row per method: labels coded and predicted, precision, recall, F1 with its 95% interval in one
    column (:func:`f1_with_interval`), and the share of predicted labels that point the wrong way. What the rows share (the data,
    the statements, the sentences) goes into the caption, so the table keeps few columns.

    >>> comparison = pd.DataFrame({"method": ["rules"], "data": ["dev"], "documents": [3], "sentences": [40],
    ...     "gold": [20], "predicted": [15], "precision": [0.8], "recall": [0.6], "f1": [0.686],
    ...     "f1_low": [0.55], "f1_high": [0.8], "wrong_direction_share": [0.05]})
    >>> table, caption = method_comparison_table(comparison)
    >>> table.loc[0, "F1 [95% interval]"], caption
    ('0.686 [0.550, 0.800]', 'Dev: 3 statements, 40 sentences.')
    """
    first = comparison.iloc[0]
    data = str(first["data"])
    caption = f"{data[:1].upper()}{data[1:]}: {first['documents']:,} statements, {first['sentences']:,} sentences."
    table = pd.DataFrame(
        {
            "method": comparison["method"],
            "gold_labels": comparison["gold"],
            "predicted_labels": comparison["predicted"],
            "precision": comparison["precision"],
            "recall": comparison["recall"],
            "F1 [95% interval]": [
                f1_with_interval(f1, low, high)
                for f1, low, high in zip(comparison["f1"], comparison["f1_low"], comparison["f1_high"])
            ],
            "wrong_direction_share": comparison["wrong_direction_share"],
        }
    )
    return table.reset_index(drop=True), caption


def score_record_view(history: pd.DataFrame) -> pd.DataFrame:
    """The record of stance scores as the chapter shows it: the date with the commit scored, F1 and its 95%
    interval (where recorded) in one column, and the wrong-direction share (a share, so the page shows a
    percentage; a count would be named ``wrong_direction``); precision and recall stay in the
    record and its CSV.

    >>> history = pd.DataFrame({"date": ["d"], "commit": ["c"], "data": ["test"], "tuned on it": ["no"],
    ...     "method": ["rules"], "F1": [0.5], "F1 low": [float("nan")], "F1 high": [float("nan")],
    ...     "precision": [0.6], "recall": [0.4], "wrong direction": [0.1]})
    >>> score_record_view(history)["F1 [95% interval]"].tolist()
    ['0.500']
    """
    f1 = [
        f1_with_interval(f1, low, high) for f1, low, high in zip(history["F1"], history["F1 low"], history["F1 high"])
    ]
    view = history.drop(columns=["F1", "F1 low", "F1 high", "precision", "recall", "date", "commit"])
    view.insert(0, "recorded", [f"{date} ({commit})" for date, commit in zip(history["date"], history["commit"])])
    view.insert(view.columns.get_loc("method") + 1, "F1 [95% interval]", f1)
    return view.rename(columns={"tuned on it": "tuned_on_it", "wrong direction": "wrong_direction_share"})


def fragile_cells_view(fragile: pd.DataFrame) -> pd.DataFrame:
    """The cells that could change sign as the chapter shows them: the labels for and against in one column
    ("4 / 1"), so that the table has seven columns and its statement and target names stay whole on the page;
    :func:`analysis.methods.stance_comparison.fragile_cells` keeps them apart for the CSV.

    >>> fragile = pd.DataFrame({"doc_id": ["a"], "target": ["ceasefire"], "favor": [4], "against": [1],
    ...     "net": [0.6], "possibly_wrong_direction": [1], "possibly_no_stance": [1], "could_change_sign": [True]})
    >>> fragile_cells_view(fragile).columns.tolist()[:4], fragile_cells_view(fragile)["Labels for / against"][0]
    (['statement', 'target', 'Labels for / against', 'net'], '4 / 1')
    """
    view = fragile.drop(columns=["favor", "against"]).rename(columns={"doc_id": "statement"})
    view["target"] = view["target"].str.replace("_", " ")  # "human rights", as the matrix heads its columns
    view.insert(2, "Labels for / against", [f"{f} / {a}" for f, a in zip(fragile["favor"], fragile["against"])])
    return view
