"""The readings of the words chapter's exercise solutions (02), computed from the data, never typed.

A solution cell calls these and glues the result into the solution's prose, so the words a solution
names are the words its own output shows.
"""

from __future__ import annotations

import pandas as pd

from analysis.book.claims import italic, italics
from analysis.book.glue import as_list
from analysis.io.corpus import Corpus
from analysis.methods import frequency, keyness
from analysis.text.tokens import stem, words
from analysis.text.wording import number_word


def modal_uses(corpus: Corpus, modal: str, names: dict[str, str], before: int = 2) -> str:
    """Who is asked to act with ``modal``: the ``before`` words just ahead of each use, per statement."""
    lines = frequency.concordance(corpus, modal, width=60)
    parts = []
    for doc_id, rows in lines.groupby("doc_id", sort=False):
        # quoted as the text has them, the modal included: the words before it are not always its subject
        quotes = [f"“{' '.join(words(left)[-before:] + [match])}”" for left, match in zip(rows["left"], rows["match"])]
        parts.append(f"{as_list(quotes)} in {names.get(doc_id, doc_id)}")
    uses = {1: "once", 2: "twice"}.get(len(lines), f"{number_word(len(lines))} times")
    return f"{italic(modal)} occurs {uses}: {'; '.join(parts)}" if parts else f"{italic(modal)} never occurs"


def stemming_effects(corpus: Corpus, unstemmed: pd.DataFrame, stemmed: pd.DataFrame, n: int = 5) -> pd.DataFrame:
    """Each statement's top ``n`` key terms whose stem pools them with other terms of the corpus, and
    their G2 before and after stemming. Columns: ``doc_id, term, stem, merged_with, g2, g2_stemmed``."""
    vocabulary = set(frequency.frequency_table(corpus)["term"])
    rows = []
    for row in keyness.key_terms(unstemmed, n).itertuples():
        root = stem(row.term)
        others = sorted(term for term in vocabulary if term != row.term and stem(term) == root)
        after = stemmed[(stemmed["doc_id"] == row.doc_id) & (stemmed["term"] == root)]["g2"]
        if others and len(after):
            rows.append((row.doc_id, row.term, root, others, float(row.g2), float(after.iloc[0])))
    return pd.DataFrame(rows, columns=["doc_id", "term", "stem", "merged_with", "g2", "g2_stemmed"])


def stemming_sentence(effects: pd.DataFrame, names: dict[str, str]) -> str:
    """The merges of :func:`stemming_effects` in words: which key terms grow stronger, which weaker."""

    def merge(row: pd.Series) -> str:
        return (
            f"{italic(row['term'])} with {italics(row['merged_with'])} into {italic(row['stem'])} "
            f"in {names.get(row['doc_id'], row['doc_id'])} (G² {row['g2']:.1f} → {row['g2_stemmed']:.1f})"
        )

    stronger = [merge(row) for _, row in effects.iterrows() if row["g2_stemmed"] > row["g2"]]
    weaker = [merge(row) for _, row in effects.iterrows() if row["g2_stemmed"] <= row["g2"]]
    return (
        f"of the top key terms, stemming merges {as_list(stronger, empty='none')} and makes "
        f"{'it' if len(stronger) == 1 else 'them'} stronger; it merges {as_list(weaker, empty='none')} "
        f"and makes {'it' if len(weaker) == 1 else 'them'} weaker. Of the {number_word(len(effects))} merged "
        f"key terms, {number_word(len(weaker), zero='none')} grow weaker and {number_word(len(stronger), zero='none')} "
        f"stronger: pooling adds every form's uses, in the other statements as well as in this one"
    )
