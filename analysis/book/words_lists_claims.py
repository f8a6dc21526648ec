"""More claims of the words chapter (02): what its frequency lists, collocations and dispersion show.

The sentences name every term and statement from the tables (statements by genre and year,
:func:`analysis.book.prose.statement_names`), so a reading printed in the chapter is the reading
the data give; :func:`analysis.book.words_claims.words_claims` adds these claims to the chapter's table.
"""

from __future__ import annotations

import pandas as pd

from analysis.book.claims import Claim, italic, terms_by_statement

#: How many frequent terms per statement the chapter's frequency figure shows.
LIST_LENGTH = 8

#: How many of a statement's own frequent terms the sentence names.
OWN_TERMS = 3

#: How many collocations per statement the collocation sentence names.
PAIRS_NAMED = 2


def own_frequent_terms(top: pd.DataFrame, n: int = OWN_TERMS) -> dict[str, list[str]]:
    """Per statement, its ``n`` highest-ranked frequent terms that no other statement's list holds.

    ``top``: the frequency lists (:func:`analysis.methods.frequency.top_terms`), one block per statement.
    """
    lists = {doc_id: rows["term"].tolist() for doc_id, rows in top.groupby("doc_id", sort=False)}
    own = {}
    for doc_id, terms in lists.items():
        elsewhere = {term for other, other_terms in lists.items() if other != doc_id for term in other_terms}
        own[doc_id] = [term for term in terms if term not in elsewhere][:n]
    return own


def frequent_terms_differ(freqs: pd.DataFrame, names: dict[str, str], length: int = LIST_LENGTH) -> Claim:
    """What tells the frequency lists apart: each statement's frequent terms that no other list holds.

    The test: every statement has such a term, so that each list has something of its own.
    """
    top = freqs.groupby("doc_id", sort=False).head(length)
    own = own_frequent_terms(top)
    return Claim(
        "frequent_own_terms",
        f"what tells them apart are the frequent terms that no other statement's list holds: {terms_by_statement(own, names)}",
        f"frequency table: the {length} most frequent terms of each statement",
        holds=all(own.values()),
    )


def strongest_pairs(collocations: pd.DataFrame, names: dict[str, str], n: int = PAIRS_NAMED) -> Claim:
    """Each statement's ``n`` strongest collocations by log-likelihood, named from the collocation table."""
    per_doc = collocations[collocations["doc_id"] != "all"]
    pairs = {
        doc_id: [f"{first} {second}" for first, second in zip(rows["word_1"], rows["word_2"])][:n]
        for doc_id, rows in per_doc.groupby("doc_id", sort=False)
    }
    return Claim(
        "strongest_pairs",
        f"the strongest pairs of each statement are {terms_by_statement(pairs, names)}",
        f"collocation table: the {n} strongest pairs of each statement, by log-likelihood",
        holds=per_doc["doc_id"].nunique() == len(names),
    )


def where_terms_fall(hits: pd.DataFrame, queries: list[str], names: dict[str, str]) -> Claim:
    """Where each query falls in the statement that uses it most: how often, and from where to where.

    ``hits``: :func:`analysis.methods.frequency.dispersion`. The test: in that statement the query
    occurs at least three times and its occurrences span at least half of the text, so "runs
    through" is what the plot shows, not one paragraph.
    """
    parts, spans = [], []
    for query in queries:
        mine = hits[hits["query"] == query]
        counts = mine.groupby("doc_id", sort=False).size().sort_values(ascending=False, kind="mergesort")
        doc_id = counts.index[0]
        positions = mine.loc[mine["doc_id"] == doc_id, "position"]
        low, high = float(positions.min()), float(positions.max())
        spans.append(int(counts.iloc[0]) >= 3 and high - low >= 0.5)
        verb, tail = ("occurs ", " of the way through it") if not parts else ("", "")
        parts.append(
            f"{italic(query)} {verb}{int(counts.iloc[0])} times in {names.get(doc_id, doc_id)}, from "
            f"{100 * low:.0f}% to {100 * high:.0f}%{tail}"
        )
    return Claim(
        "where_terms_fall",
        "; ".join(parts),
        "dispersion: the positions of each query in the statement that uses it most",
        holds=bool(parts) and all(spans),
    )


def everybodys_word(spread: pd.DataFrame, shared: str, concentrated: str, n_docs: int) -> Claim:
    """``shared`` is used by every statement and spread more evenly across them than ``concentrated``,
    which one statement holds most of: "peace is everybody's word, terrorism mostly one statement's".

    ``spread``: :func:`analysis.methods.frequency.dispersion_table`. Robust when the comparison of
    the two DPs is not a close call (they differ by at least 0.1).
    """
    overall = spread[spread["doc_id"] == "all"].set_index("query")
    per_doc = spread[spread["doc_id"] != "all"]
    users = int((per_doc.loc[per_doc["query"] == shared, "freq"] > 0).sum())
    counts = per_doc.loc[per_doc["query"] == concentrated, "freq"]
    top_share = float(counts.max() / counts.sum()) if counts.sum() else 0.0
    users_text = f"all {n_docs}" if users == n_docs else f"{users} of the {n_docs}"
    dp_shared, dp_concentrated = float(overall.loc[shared, "dp"]), float(overall.loc[concentrated, "dp"])
    return Claim(
        "everybodys_word",
        f"{italic(shared)}, used by {users_text} statements, has a DP "
        f"of {dp_shared:.2f}; {italic(concentrated)}, {int(counts.max())} of whose {int(counts.sum())} "
        f"occurrences are in one statement, {dp_concentrated:.2f}: {shared.strip('*')} is everybody's word, "
        f"{concentrated.strip('*')} mostly one statement's",
        f"dispersion table: the DP across the statements of {shared} and {concentrated}",
        holds=users == n_docs and dp_shared < dp_concentrated and top_share > 0.5,
        checks={"the DPs differ by at least 0.1": dp_concentrated - dp_shared >= 0.1},
    )


def lists_claims(
    freqs: pd.DataFrame, collocations: pd.DataFrame, hits: pd.DataFrame, spread: pd.DataFrame, names: dict[str, str]
) -> list[Claim]:
    """The frequency, collocation and dispersion claims, in the order the chapter prints them."""
    return [
        frequent_terms_differ(freqs, names),
        strongest_pairs(collocations, names),
        where_terms_fall(hits, DISPERSION_READ, names),
        everybodys_word(spread, "peace", "terror*", len(names)),
    ]


#: The dispersion queries the chapter reads, each in the statement that uses it most.
DISPERSION_READ = ["terror*", "civil society", "doha"]

#: The queries of the chapter's dispersion table, across the statements.
SPREAD_QUERIES = ["peace", "terror*", "ceasefire"]
