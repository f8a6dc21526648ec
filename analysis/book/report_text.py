"""Prose for a report on any corpus, written from the data.

The book is about five statements and its prose is written for them. A report on another corpus
(``make report CORPUS=DIR``) must presume nothing: not the number of statements, not that they are
dated, not that a comparison has a winner. Each function here turns one table into plain sentences
whose every number and name comes from the table, and says plainly when there is nothing to say
(one statement, no dates, no significant term).
"""

from __future__ import annotations

import pandas as pd

from analysis.book.glue import as_list


def plural(count: int, singular: str, plural_form: str | None = None) -> str:
    """``count`` with its noun in the right number, thousands separated.

    >>> plural(1, "statement"), plural(1200, "statement"), plural(2, "is", "are")
    ('1 statement', '1,200 statements', '2 are')
    """
    noun = singular if count == 1 else (plural_form or singular + "s")
    return f"{count:,} {noun}"


def how_many_verb(count: int, singular: str, verb: str, plural_form: str | None = None) -> str:
    """Subject and verb that agree, with "no" for zero: what a sentence counting things says.

    >>> how_many_verb(0, "target", "score"), how_many_verb(1, "target", "score"), how_many_verb(3, "target", "score")
    ('no target scores', '1 target scores', '3 targets score')
    """
    if count == 0:
        return f"no {singular} {verb}s"
    return f"{plural(count, singular, plural_form)} {verb}{'s' if count == 1 else ''}"


def cleaning_actions_phrase(report: pd.DataFrame) -> str:
    """Every row of a cleaning report counted by what it did, in words, so the parts add up to the whole.

    >>> report = pd.DataFrame({"action": ["removed", "removed", "changed", "changed", "joined", "moved"],
    ...     "rule": ["dateline", "author box", "list marker", "spacing", "line broken", "non-English line (Dari)"]})
    >>> cleaning_actions_phrase(report)
    '2 lines removed, 1 list marker stripped, 1 spacing fix, 1 broken line rejoined and 1 non-English line set aside'
    """
    changed = report[report["action"] == "changed"]
    fixes = changed.loc[changed["rule"] != "list marker", "rule"]
    fix = f"{fixes.iloc[0]} fix" if fixes.nunique() == 1 else "other fix"
    parts = [
        plural(int((report["action"] == "removed").sum()), "line") + " removed",
        plural(int((changed["rule"] == "list marker").sum()), "list marker") + " stripped",
        plural(len(fixes), fix, fix + "es"),
        plural(int((report["action"] == "joined").sum()), "broken line") + " rejoined",
        plural(int((report["action"] == "moved").sum()), "non-English line") + " set aside",
    ]
    return as_list([part for part in parts if not part.startswith("0 ")])


def corpus_overview(documents: pd.DataFrame) -> str:
    """How many statements, sentences and words, and what is known of their dates.

    >>> docs = pd.DataFrame({"doc_id": ["a", "b"], "n_sentences": [3, 4], "n_words": [50, 70],
    ...                      "date": ["2020-01-02", None]})
    >>> corpus_overview(docs)
    'The corpus holds 2 statements: 7 sentences and 120 words after cleaning. 1 statement is dated (2020-01-02); 1 statement has no date.'
    """
    counts = (
        f"The corpus holds {plural(len(documents), 'statement')}: "
        f"{plural(int(documents['n_sentences'].sum()), 'sentence')} and "
        f"{plural(int(documents['n_words'].sum()), 'word')} after cleaning."
    )
    return counts + " " + dates_overview(documents)


def dates_overview(documents: pd.DataFrame) -> str:
    """What the dates allow: a span, a single day, or no ordering in time at all.

    >>> dates_overview(pd.DataFrame({"doc_id": ["a", "b", "c"], "date": [None, "", None]}))
    'None of the 3 statements has a date, so nothing in this report is ordered or compared by time.'
    >>> dates_overview(pd.DataFrame({"doc_id": ["a", "b"], "date": ["2021-03-01", "2020-01-02"]}))
    'Every statement is dated (from 2020-01-02 to 2021-03-01).'
    """
    dates = pd.Series(documents.get("date", pd.Series(dtype=object)), dtype=object).dropna()
    dates = dates[dates.astype(str).str.strip() != ""].astype(str).sort_values()
    undated = len(documents) - len(dates)
    if dates.empty:
        return (
            f"None of the {plural(len(documents), 'statement')} has a date, so nothing in this report "
            "is ordered or compared by time."
        )
    span = dates.iloc[0] if dates.iloc[0] == dates.iloc[-1] else f"from {dates.iloc[0]} to {dates.iloc[-1]}"
    if undated == 0:
        return f"Every statement is dated ({span})."
    verb = "is" if len(dates) == 1 else "are"
    has = "has" if undated == 1 else "have"
    return f"{plural(len(dates), 'statement')} {verb} dated ({span}); {plural(undated, 'statement')} {has} no date."


def speakers_overview(documents: pd.DataFrame, column: str = "actor_type") -> str:
    """How many statements each kind of speaker gave, when the metadata says so."""
    if column not in documents or documents[column].fillna("").astype(str).str.strip().eq("").all():
        return "The metadata does not say who speaks, so the report does not group statements by speaker."
    kinds = documents[column].fillna("unknown").astype(str).replace("", "unknown").value_counts()
    kinds = kinds.sort_index().sort_values(ascending=False, kind="stable")
    parts = [f"{kind.replace('_', ' ')} ({count})" for kind, count in kinds.items()]
    return f"By kind of speaker ({column.replace('_', ' ')}): {as_list(parts)}."


def length_overview(documents: pd.DataFrame) -> str:
    """The longest and shortest statement, and how far apart they are.

    >>> length_overview(pd.DataFrame({"doc_id": ["only"], "n_words": [1200]}))
    'The one statement, only, has 1,200 words.'
    """
    if len(documents) < 2:
        row = documents.iloc[0]
        return f"The one statement, {row['doc_id']}, has {plural(int(row['n_words']), 'word')}."
    longest = documents.loc[documents["n_words"].idxmax()]
    shortest = documents.loc[documents["n_words"].idxmin()]
    ratio = longest["n_words"] / max(int(shortest["n_words"]), 1)
    return (
        f"The longest statement, {longest['doc_id']}, has {plural(int(longest['n_words']), 'word')}; the shortest, "
        f"{shortest['doc_id']}, has {plural(int(shortest['n_words']), 'word')} ({ratio:.1f} times fewer). "
        "Counts are compared per 1,000 words for that reason."
    )


#: How many statements a sentence of prose names before it leaves the rest to a table.
NAMED_IN_PROSE = 5


def keyness_overview(table: pd.DataFrame, n_documents: int) -> str:
    """Which statements have a key term after correction, and the strongest one of each."""
    if n_documents < 2:
        return "Keyness compares a statement with the rest of the corpus; with one statement there is no rest."
    key = table[table["significant_corrected"] & (table["direction"] == "overuse")]
    if key.empty:
        return (
            f"No term is used significantly more in any statement than in the rest, after correcting for the "
            f"{plural(len(table), 'test')} made: with texts this short, differences of a few uses are not evidence."
        )
    strongest = key.sort_values(["g2", "term"], ascending=[False, True]).drop_duplicates("doc_id")
    parts = [
        f"{row.doc_id}: {row.term} ({plural(int(row.freq_target), 'use')}, G2 = {row.g2:.1f})"
        for row in strongest.head(NAMED_IN_PROSE).itertuples()
    ]
    without = n_documents - key["doc_id"].nunique()
    if without == 0:
        opening = "Every statement has at least one key term after correction"
    else:
        n_key = key["doc_id"].nunique()
        opening = f"{plural(n_key, 'statement')} of {n_documents} {'has' if n_key == 1 else 'have'} a key term after correction"
    tail = f" {plural(without, 'statement')} {'has' if without == 1 else 'have'} none." if without else ""
    which = (
        "the strongest of each"
        if len(strongest) <= NAMED_IN_PROSE
        else f"the {NAMED_IN_PROSE} statements with the strongest (the table below gives every statement's)"
    )
    return f"{opening}; {which}: {'; '.join(parts)}.{tail}"


def top_terms_by_statement(top: pd.DataFrame) -> pd.DataFrame:
    """The most frequent terms of each statement on one line, "term (count)", for corpora too many for columns.

    >>> top = pd.DataFrame({"doc_id": ["a", "a", "b"], "term": ["peace", "talks", "aid"], "freq": [3, 2, 4]})
    >>> top_terms_by_statement(top).to_dict("records")
    [{'Statement': 'a', 'Most frequent terms': 'peace (3), talks (2)'}, {'Statement': 'b', 'Most frequent terms': 'aid (4)'}]
    """
    entries = top["term"] + " (" + top["freq"].astype(str) + ")"
    joined = entries.groupby(top["doc_id"], sort=False).agg(", ".join)
    return pd.DataFrame({"Statement": joined.index, "Most frequent terms": joined.to_numpy()})


def closest_pairs(pairs: pd.DataFrame, n: int = 10) -> pd.DataFrame:
    """The ``n`` most alike pairs of statements, closest first, for a corpus too large to label a heat map."""
    if pairs.empty:
        return pd.DataFrame({"Note": ["Similarity needs at least two statements."]})
    ordered = pairs.sort_values("cosine", ascending=False, kind="stable").head(n)
    return pd.DataFrame(
        {"Statement": ordered["doc_a"], "and statement": ordered["doc_b"], "Cosine": ordered["cosine"].round(2)}
    ).reset_index(drop=True)


def similarity_overview(pairs: pd.DataFrame) -> str:
    """The closest and the farthest pair, and the typical cosine."""
    if pairs.empty:
        return "Similarity compares pairs of statements; with one statement there is no pair."
    ordered = pairs.sort_values("cosine", ascending=False, kind="stable")
    closest, farthest = ordered.iloc[0], ordered.iloc[-1]
    if len(pairs) == 1:
        return f"The one pair, {closest['doc_a']} and {closest['doc_b']}, has a cosine of {closest['cosine']:.2f}."
    return (
        f"Of the {plural(len(pairs), 'pair')} compared, the closest is {closest['doc_a']} and {closest['doc_b']} "
        f"(cosine {closest['cosine']:.2f}) and the farthest {farthest['doc_a']} and {farthest['doc_b']} "
        f"({farthest['cosine']:.2f}); the median pair has {pairs['cosine'].median():.2f}."
    )


def stance_overview(doc_stance: pd.DataFrame, target_names: dict[str, str] | None = None) -> str:
    """Which targets the stance method finds a stance on most often, across all statements."""
    names = target_names or {}
    per_target = doc_stance.groupby("target")[["favor", "against"]].sum()
    per_target["labelled"] = per_target["favor"] + per_target["against"]
    per_target = per_target[per_target["labelled"] > 0].sort_values("labelled", ascending=False, kind="stable")
    if per_target.empty:
        return "The method finds no stance on any target in this corpus."
    parts = [
        f"{names.get(target, target.replace('_', ' '))} ({row.favor:,} for, {row.against:,} against)"
        for target, row in per_target.head(3).iterrows()
    ]
    return f"The targets with the most labelled sentences are {as_list(parts)}."


#: The metadata a report lists for each statement, with the header a reader sees.
STATEMENT_COLUMNS = {
    "doc_id": "Statement",
    "date": "Date",
    "actor": "Speaker",
    "genre": "Genre",
    "n_words": "Words",
    "n_sentences": "Sentences",
}


def statement_table(documents: pd.DataFrame) -> pd.DataFrame:
    """One row per statement with the metadata it has; a dash where the metadata says nothing.

    A metadata column that is empty for every statement is left out rather than shown as dashes.

    >>> docs = pd.DataFrame({"doc_id": ["a"], "date": [None], "actor": [""], "genre": ["letter"],
    ...                      "n_words": [12], "n_sentences": [2]})
    >>> statement_table(docs).columns.tolist()
    ['Statement', 'Genre', 'Words', 'Sentences']
    """
    table = documents[[c for c in STATEMENT_COLUMNS if c in documents]].copy()
    for column in ("date", "actor", "genre"):
        if column in table:
            values = table[column].astype("string").fillna("").str.strip()
            if values.eq("").all():
                table = table.drop(columns=column)
            else:
                table[column] = values.mask(values.eq(""), "–")
    return table.rename(columns=STATEMENT_COLUMNS)
