"""The synthesis: every measure of the book side by side, five speakers at five moments.

Nothing here computes a new measure. Each function gathers what the chapters computed (keyness,
TF-IDF and similarity, stance) into one row per statement, or one row per statement and stance
target, so the last chapter can say in one place what changed between the earliest and the latest
statement, and link each claim to the chapter that holds its evidence.

Everything works for any corpus of two or more dated documents: "earliest" and "latest" are read
from the metadata, never assumed.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import pandas as pd

from analysis.io.corpus import Corpus
from analysis.methods import actors, agency, intertext, keyness, markers, sentiment, similarity, stance, tfidf, verbs

#: How many key terms of each statement the summary table lists.
KEY_TERMS_SHOWN = 3

#: Readable names of the stance targets, in the order the book presents them.
TARGET_NAMES = {
    "ceasefire": "ceasefire",
    "violence": "violence",
    "taliban": "Taliban",
    "afghan_ownership": "Afghan ownership",
    "inclusion": "inclusion",
    "human_rights": "human rights",
    "international_role": "international role",
    "negotiations": "negotiations",
    "humanitarian": "humanitarian",
}


def position_word(net: float, thin: bool) -> str:
    """A net position in words: 'for', 'against', 'mixed', or 'thin' where evidence is too scarce.

    >>> position_word(1.0, False), position_word(-0.6, False), position_word(0.0, False), position_word(1.0, True)
    ('for', 'against', 'mixed', 'thin')
    """
    if thin or pd.isna(net):
        return "thin"
    if net > 0:
        return "for"
    return "against" if net < 0 else "mixed"


def target_profile(corpus: Corpus, labels: pd.DataFrame | None = None) -> pd.DataFrame:
    """Per statement and target: share of sentences taking a stance on it, net position, and its word.

    ``share`` is stance-bearing sentences over all sentences of the statement, so statements of
    different length compare; ``position`` is 'thin' where fewer than three sentences carry it.
    ``labels``: sentence labels other than the rules' (e.g. the gold labels), same columns as
    :func:`analysis.methods.stance.stance_table`. ``rate_low`` and ``rate_high`` bound the share.
    """
    table = stance.document_stance(corpus, labels)
    dates = corpus.documents.set_index("doc_id")["date"]
    profile = table[
        ["doc_id", "target", "salience", "n_sentences", "net", "thin_evidence", "rate_low", "rate_high"]
    ].copy()
    profile["date"] = profile["doc_id"].map(dates)
    profile["share"] = profile["salience"] / profile["n_sentences"]
    profile["position"] = [position_word(net, thin) for net, thin in zip(profile["net"], profile["thin_evidence"])]
    return profile.reset_index(drop=True)


def main_target_names(profile: pd.DataFrame) -> pd.Series:
    """Per statement, the target(s) with the most stance-bearing sentences, tied ones joined ("inclusion = negotiations").

    >>> profile = pd.DataFrame({"doc_id": ["a"] * 3, "target": ["inclusion", "negotiations", "violence"],
    ...                         "salience": [5, 5, 4]})
    >>> main_target_names(profile).tolist()
    ['inclusion = negotiations']
    """
    order = {target: rank for rank, target in enumerate(TARGET_NAMES)}
    ranked = profile.assign(order=profile["target"].map(order)).sort_values(["doc_id", "order"], kind="mergesort")
    tops = ranked[
        (ranked["salience"] > 0) & (ranked["salience"] == ranked.groupby("doc_id")["salience"].transform("max"))
    ]
    return tops.groupby("doc_id", sort=False)["target"].agg(lambda ts: " = ".join(TARGET_NAMES.get(t, t) for t in ts))


def nearest_statements(corpus: Corpus, weights: tfidf.TfidfMatrix | None = None) -> pd.DataFrame:
    """Each statement's most similar other statement (baseline TF-IDF, cosine) and the cosine."""
    matrix = similarity.similarity_matrix(weights if weights is not None else tfidf.tfidf_matrix(corpus))
    rows = []
    for doc_id in matrix.index:
        others = matrix.loc[doc_id].drop(doc_id)
        rows.append({"doc_id": doc_id, "nearest": others.idxmax(), "cosine": float(others.max())})
    return pd.DataFrame(rows)


def positions_held(profile: pd.DataFrame, leaning: Iterable[tuple[str, str]] = ()) -> pd.Series:
    """Per statement, its positions in words ("ceasefire for; violence leaning against"), firm ones plain.

    A ``(doc_id, target)`` cell in ``leaning`` (:func:`analysis.methods.stance_fragility.leaning_cells`)
    could change sign within the error rates, so it reads "leaning for", as the stance matrix marks it.

    >>> profile = pd.DataFrame({"doc_id": ["a", "a"], "target": ["ceasefire", "violence"], "position": ["for", "against"]})
    >>> positions_held(profile, {("a", "violence")}).tolist()
    ['ceasefire for; violence leaning against']
    """
    leaning = set(leaning)
    held = profile[profile["position"].isin(["for", "against"])]
    words = [
        f"{TARGET_NAMES[target]} {'leaning ' if (doc_id, target) in leaning else ''}{position}"
        for doc_id, target, position in zip(held["doc_id"], held["target"], held["position"])
    ]
    return pd.Series(words, index=held["doc_id"], dtype=object).groupby(level=0, sort=False).agg("; ".join)


def summary_table(corpus: Corpus, leaning: Iterable[tuple[str, str]] = ()) -> pd.DataFrame:
    """One row per statement in time order: who, when, how long, whose voice, what words, what stance.

    ``leaning``: the matrix cells that could change sign (:func:`analysis.methods.stance_fragility.leaning_cells`),
    written "leaning" in the positions held.
    """
    documents = corpus.documents.set_index("doc_id")
    top_keys = keyness.key_terms(keyness.keyness_table(corpus), KEY_TERMS_SHOWN)
    key_text = top_keys.groupby("doc_id", sort=False)["term"].agg(", ".join)
    weights = tfidf.tfidf_matrix(corpus)
    top_tfidf = tfidf.top_terms(weights, 1).set_index("doc_id")["term"]
    nearest = nearest_statements(corpus, weights).set_index("doc_id")
    profile = target_profile(corpus)
    main = main_target_names(profile)  # the target with the most stance-bearing sentences, ties joined
    positions = positions_held(profile, leaning)
    reported = corpus.sentences.groupby("doc_id")["reported_speech"].mean()
    firmness = firmness_table(corpus).set_index("doc_id")
    actor_measures = actors_table(corpus).set_index("doc_id")
    rows = []
    for doc_id in corpus.doc_ids:
        rows.append(
            {
                "doc_id": doc_id,
                "date": documents.loc[doc_id, "date"],
                "actor_type": documents.loc[doc_id, "actor_type"],
                "genre": documents.loc[doc_id, "genre"],
                "words": int(documents.loc[doc_id, "n_words"]),
                "reported_or_quoted": round(float(reported.get(doc_id, 0.0)), 2),
                "key_terms": key_text.get(doc_id, ""),
                "top_tfidf_term": top_tfidf.get(doc_id, ""),
                "nearest_statement": nearest.loc[doc_id, "nearest"],
                "cosine": round(float(nearest.loc[doc_id, "cosine"]), 3),
                "main_target": main.get(doc_id, ""),
                "positions_held": positions.get(doc_id, ""),
                **firmness.loc[doc_id].to_dict(),
                **actor_measures.loc[doc_id].to_dict(),
            }
        )
    return pd.DataFrame(rows)


def firmness_table(corpus: Corpus) -> pd.DataFrame:
    """How firmly each statement speaks: directive verbs, hedges and boosters per 1,000 words, mean tone."""
    directives = verbs.verb_profile(corpus).query("verb_class == 'direct'").set_index("doc_id")["per_1k"]
    rates = markers.marker_profile(corpus).pivot(index="doc_id", columns="category", values="per_1k")
    tone = sentiment.statement_sentiment(corpus).set_index("doc_id")["mean_compound"]
    table = pd.DataFrame(
        {
            "directives_per_1k": directives,
            "hedges_per_1k": rates["hedge"],
            "boosters_per_1k": rates["booster"],
            "mean_tone": tone,
        }
    ).reindex(corpus.doc_ids)
    return table.round(2).rename_axis("doc_id").reset_index()


def actors_table(corpus: Corpus) -> pd.DataFrame:
    """Who is named and who acts: agentless passives and nominalisations per 1,000 words, actors never named,
    references to other texts, and the depth of the chain of attribution (chapter "Who is named, and how")."""
    rates = agency.agency_profile(corpus).set_index("doc_id")
    absent = actors.never_named(actors.naming_table(corpus)).set_index("doc_id")["n_never_named"]
    cited = intertext.reference_profile(corpus).groupby("doc_id")["references"].sum()
    depth = intertext.attribution_chains(corpus).set_index("doc_id")["depth"]
    table = pd.DataFrame(
        {
            "agentless_passives_per_1k": rates["agentless_passives_per_1k"],
            "nominalisations_per_1k": rates["nominalisations_per_1k"],
            "actors_never_named": absent,
            "references_to_other_texts": cited,
            "attribution_depth": depth,
        }
    ).reindex(corpus.doc_ids)
    return table.rename_axis("doc_id").reset_index()


def highest(table: pd.DataFrame, column: str) -> tuple[str, float]:
    """The statement with the highest value in ``column`` (first in time order on ties), and the value."""
    row = table.loc[table[column].idxmax()]
    return str(row["doc_id"]), float(row[column])


@dataclass(frozen=True)
class Shift:
    """How one target's share of sentences changed between the earliest and the latest statement."""

    target: str
    earliest_share: float
    latest_share: float

    @property
    def change(self) -> float:
        """Latest share minus earliest share, in share points (0.1 = ten points of a hundred)."""
        return self.latest_share - self.earliest_share


def endpoint_shifts(profile: pd.DataFrame, corpus: Corpus) -> list[Shift]:
    """Targets ordered from the largest rise to the largest fall, earliest versus latest statement."""
    dated = corpus.documents[corpus.documents["date"] != ""]
    if len(dated) < 2:
        return []
    earliest, latest = dated.iloc[0]["doc_id"], dated.iloc[-1]["doc_id"]
    share = profile.pivot(index="target", columns="doc_id", values="share")
    shifts = [
        Shift(target, float(share.loc[target, earliest]), float(share.loc[target, latest])) for target in share.index
    ]
    return sorted(shifts, key=lambda shift: (-shift.change, shift.target))


def targets_taken_by(
    profile: pd.DataFrame, target: str, position: str = "for", leaning: Iterable[tuple[str, str]] = ()
) -> list[str]:
    """Statements (time order) that hold ``position`` on ``target`` with enough evidence.

    A statement whose cell is in ``leaning`` (it could change sign within the error rates) is listed
    as "doc_id (leaning)", so the prose never states a leaning cell as a firm position.

    >>> profile = pd.DataFrame({"doc_id": ["a", "b"], "target": ["ceasefire"] * 2, "position": ["for", "for"]})
    >>> targets_taken_by(profile, "ceasefire", leaning={("b", "ceasefire")})
    ['a', 'b (leaning)']
    """
    chosen = profile[(profile["target"] == target) & (profile["position"] == position)]
    leaning = set(leaning)
    return [f"{doc_id} (leaning)" if (doc_id, target) in leaning else doc_id for doc_id in chosen["doc_id"]]


def mentions(profile: pd.DataFrame, target: str) -> list[str]:
    """Statements (time order) with at least one stance-bearing sentence on ``target``."""
    return profile[(profile["target"] == target) & (profile["salience"] > 0)]["doc_id"].tolist()


def export_tables(corpus: Corpus) -> dict[str, pd.DataFrame]:
    """The synthesis tables: ``summary`` (one row per statement) and ``target_profile``."""
    return {"summary": summary_table(corpus), "target_profile": target_profile(corpus)}


def describe_drift(rho: float, p_value: float, alpha: float = 0.05) -> str:
    """A plain-words reading of the similarity-versus-time test, for the prose.

    >>> describe_drift(0.44, 0.38)
    'nothing that distinguishes a trend from chance, and the sign is not the one drift would give'
    >>> describe_drift(-0.7, 0.01)
    'a fall of similarity with time that chance alone would rarely produce: drift'
    """
    if p_value < alpha:
        return (
            "a fall of similarity with time that chance alone would rarely produce: drift"
            if rho < 0
            else "a rise of similarity with time that chance alone would rarely produce: convergence, not drift"
        )
    sign = "and the sign is the one drift would give" if rho < 0 else "and the sign is not the one drift would give"
    return f"nothing that distinguishes a trend from chance, {sign}"
