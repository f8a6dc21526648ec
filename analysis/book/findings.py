"""The values behind the landing page's "What the book finds": each finding computed, none typed.

The landing page states a handful of findings, each one sentence with its number and a link to the
figure that holds its evidence. They compare statements (who asks for what, how firmly, how alike);
none claims a change over time that a handful of texts cannot carry. Everything here works for any
corpus with at least two statements.
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

from analysis.book.glue import as_list
from analysis.io.corpus import Corpus
from analysis.methods import similarity, stance, stance_fragility, synthesis, tfidf

#: A qualifier in brackets after a kind of speaker: "government (conference chair)" is a government.
_QUALIFIER = re.compile(r"\s*\([^)]*\)\s*$")


def speaker_kind(actor_type: object) -> str:
    """One kind of speaker, a bracketed qualifier dropped.

    >>> speaker_kind("government (conference chair)")
    'government'
    """
    return _QUALIFIER.sub("", str(actor_type)).strip() if isinstance(actor_type, str) else ""


def with_article(noun: str) -> str:
    """A noun phrase with 'a' or 'an' before it.

    >>> with_article("open letter"), with_article("press release")
    ('an open letter', 'a press release')
    """
    return ("an " if noun[:1].lower() in "aeiou" else "a ") + noun


def voices(documents: pd.DataFrame, reported_genre: str = "news report") -> dict[str, object]:
    """Who speaks through a reporter and who in its own voice: the actors of the news reports (with
    their year) and the genres of the other statements, for the landing page."""
    reported = documents[documents["genre"] == reported_genre]
    own = documents[documents["genre"] != reported_genre]
    return {
        "n_news": len(reported),
        "news_actors": as_list([f"{speaker_kind(a)} in {y}" for a, y in zip(reported["actor"], reported["year"])]),
        "own_genres": as_list([with_article(str(genre)) for genre in own["genre"]]),
    }


def speaker_kinds(actor_types: pd.Series) -> list[str]:
    """The kinds of speaker in corpus order, a bracketed qualifier dropped ("government (chair)" → "government").

    >>> speaker_kinds(pd.Series(["government (conference chair)", "civil society", "government"]))
    ['government', 'civil society']
    """
    kinds = [speaker_kind(kind) for kind in actor_types]
    return list(dict.fromkeys(kind for kind in kinds if kind))


def alike_pairs(matrix: pd.DataFrame) -> tuple[tuple[str, str, float], tuple[str, str, float]]:
    """The most and the least alike pair of statements in a similarity matrix, with their cosines.

    Ties go to the pair that comes first in corpus order, so the answer is deterministic.
    """
    labels = list(matrix.index)
    pairs = [
        (labels[a], labels[b], float(matrix.iloc[a, b])) for a in range(len(labels)) for b in range(a + 1, len(labels))
    ]
    most = max(pairs, key=lambda pair: pair[2])
    least = min(pairs, key=lambda pair: pair[2])
    return most, least


def landing_values(corpus: Corpus) -> dict[str, object]:
    """Every value the landing page glues: the corpus in brief and the numbers of its findings."""
    documents = corpus.documents
    kinds = speaker_kinds(documents["actor_type"])
    profile = synthesis.target_profile(corpus)
    firmness = synthesis.firmness_table(corpus)
    weights = tfidf.tfidf_matrix(corpus)
    matrix = similarity.similarity_matrix(weights)
    (most_a, most_b, most_cos), (least_a, least_b, least_cos) = alike_pairs(matrix)
    drift = similarity.drift_test(similarity.similarity_pairs(corpus, weights), corpus)
    variants = similarity.robustness_table(corpus).iloc[1:]
    leaning = stance_fragility.measured_leaning_cells(stance.document_stance(corpus))  # as the stance matrix marks them
    ceasefire_for = synthesis.targets_taken_by(profile, "ceasefire", leaning=leaning)
    ceasefire_any = synthesis.mentions(profile, "ceasefire")
    rights = synthesis.mentions(profile, "human_rights")
    both = [doc for doc in synthesis.mentions(profile, "taliban") if doc in rights]
    directive_doc, directive_rate = synthesis.highest(firmness, "directives_per_1k")
    return {
        "n_statements": len(documents),
        "first_year": documents["year"].min(),
        "last_year": documents["year"].max(),
        "n_actor_types": len(kinds),
        "actor_types": as_list(kinds),
        "total_words": int(documents["n_words"].sum()),
        "n_ceasefire_for": len(ceasefire_for),
        "ceasefire_for": as_list(ceasefire_for, empty="none of them"),
        "n_ceasefire_any": len(ceasefire_any),
        "n_taliban_and_rights": len(both),
        "taliban_and_rights": as_list(both, empty="none of them"),
        "most_directive": directive_doc,
        "most_directive_rate": directive_rate,
        "median_directive_rate": float(np.median(firmness["directives_per_1k"].dropna())),
        "most_alike": f"{most_a} and {most_b}",
        "most_alike_cosine": most_cos,
        "least_alike": f"{least_a} and {least_b}",
        "least_alike_cosine": least_cos,
        "n_variants": len(variants),
        "n_same_alike_pairs": int((variants["same_closest_pair"] & variants["same_farthest_pair"]).sum()),
        "drift_rho": drift.rho,
        "drift_p": drift.p_value,
        "drift_pairs": drift.n_pairs,
        "drift_reading": synthesis.describe_drift(drift.rho, drift.p_value),
        **voices(documents),
    }
