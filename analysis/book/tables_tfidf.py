"""The TF-IDF chapter's tables as it shows them: plain headers, and counts of statements instead of shares.

The computed tables (:func:`analysis.methods.similarity.similarity_pairs`,
:func:`analysis.methods.similarity.robustness_table`) stay as they are for the CSV exports; these
views only change what the page prints. With five statements a share such as 0.20 hides that it is
one statement, so the view writes the count.
"""

from __future__ import annotations

import pandas as pd

#: The robustness table's shares of statements, and the header of each as a count.
STATEMENT_SHARES = {
    "same_top_term": "first terms kept",
    "same_nearest": "nearest neighbours kept",
}


def pairs_view(pairs: pd.DataFrame) -> pd.DataFrame:
    """The pairs of statements with headers in words, "same kind of speaker" for ``same_actor_type``.

    >>> pairs_view(pd.DataFrame({"doc_a": ["a"], "same_actor_type": [True]})).columns.tolist()
    ['statement', 'same kind of speaker']
    """
    renamed = pairs.rename(
        columns={"doc_a": "statement", "doc_b": "and_statement", "same_actor_type": "same_kind_of_speaker"}
    )
    return renamed.set_axis(renamed.columns.str.replace("_", " "), axis=1)


def robustness_view(robustness: pd.DataFrame, n_statements: int) -> pd.DataFrame:
    """The robustness table with each share of statements written as a count "(of n)".

    >>> table = pd.DataFrame({"variant": ["no idf"], "same_top_term": [0.2], "same_nearest": [0.6]})
    >>> [int(value) for value in robustness_view(table, 5).iloc[0, 1:]]
    [1, 3]
    >>> robustness_view(table, 5).columns[1]
    'first terms kept (of 5)'
    """
    view = robustness.copy()
    for column in STATEMENT_SHARES:
        if column in view:
            view[column] = (view[column] * n_statements).round().astype(int)
    view = view.rename(columns={column: f"{header} (of {n_statements})" for column, header in STATEMENT_SHARES.items()})
    return view.set_axis(view.columns.str.replace("_", " "), axis=1)
