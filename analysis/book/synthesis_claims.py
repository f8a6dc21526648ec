"""The claims table of the synthesis (chapter 05): what the comparison of five statements can carry.

A difference between the earliest and the latest statement is stated as a difference between two
texts, never as a trend; it is robust only when the gold labels agree in direction and the two 95%
intervals separate (:mod:`analysis.methods.differences`). Otherwise the sentence says, by itself,
that the difference is not distinguishable, and why.
"""

from __future__ import annotations

import pandas as pd

from analysis.book import corpus_claims
from analysis.book.claims import Claim, percent
from analysis.book.glue import as_list
from analysis.book.prose import statement_names
from analysis.io.corpus import Corpus
from analysis.methods import differences, synthesis


def endpoint_claim(row: pd.Series, names: dict[str, str], first: str, last: str, claim_id: str) -> Claim:
    """One target's share in the earliest and the latest statement, with its two robustness checks."""
    target = synthesis.TARGET_NAMES.get(row["target"], row["target"])
    checks, notes = {}, {}
    if "gold_change" in row and pd.notna(row.get("gold_change")):
        checks["same direction with the gold labels"] = bool(row["same_direction"])
        notes["same direction with the gold labels"] = (
            f"with the gold labels {percent(row['gold_to'])} and {percent(row['gold_from'])}"
        )
    checks["intervals separate"] = bool(row["intervals_separate"])
    notes["intervals separate"] = (
        f"the 95% intervals overlap, {percent(row['low_to'])}–{percent(row['high_to'])} against "
        f"{percent(row['low_from'])}–{percent(row['high_from'])}"
    )
    return Claim(
        claim_id,
        f"{names.get(last, last)} takes a stance on {target} in {percent(row['rules_to'])} of its sentences, "
        f"{names.get(first, first)} in {percent(row['rules_from'])}",
        f"stance matrix (rules' labels), {first} and {last}, target {row['target']}",
        holds=row["rules_change"] != 0,
        checks=checks,
        failure_notes=notes,
    )


def same_year_claim(corpus: Corpus, profile: pd.DataFrame, names: dict[str, str]) -> Claim | None:
    """The largest gap between two statements of the same year: how much differs without time."""
    gaps = differences.same_year_gaps(corpus, profile)
    if gaps.empty:
        return None
    gap = gaps.iloc[0]
    target = synthesis.TARGET_NAMES.get(gap["target"], gap["target"])
    return Claim(
        "same_year_gap",
        f"two statements of the same year, {names.get(gap['doc_a'], gap['doc_a'])} and "
        f"{names.get(gap['doc_b'], gap['doc_b'])}, differ by {100 * gap['gap']:.0f} points on {target}",
        f"stance matrix, the statements of {gap['year']}",
        holds=gap["gap"] > 0,
    )


def firmness_claim(firmness: pd.DataFrame, names: dict[str, str]) -> Claim:
    """Which statement leads on each measure of firmness and tone, each statement named once."""
    from analysis.book.prose import leaders_sentence

    measures = {
        "directives_per_1k": "directives",
        "boosters_per_1k": "boosters",
        "hedges_per_1k": "hedges",
        "mean_tone": "warmth of tone",
    }
    leaders = [
        (word, synthesis.highest(firmness, column)[0]) for column, word in measures.items() if column in firmness
    ]
    return Claim(
        "firmness_leaders",
        f"per 1,000 words, {leaders_sentence(leaders, names)}",
        "firmness table (verbs, markers, sentiment)",
        holds=bool(leaders),
    )


def endpoints_differ(documents: pd.DataFrame, names: dict[str, str], first: str, last: str) -> Claim:
    """The earliest and the latest statement differ in speaker and genre as well as in year."""
    rows = documents.set_index("doc_id")
    differs = {column: rows.loc[first, column] != rows.loc[last, column] for column in ("actor", "genre", "year")}
    return Claim(
        "endpoints_differ",
        f"each end point is one text by one speaker in one genre, and the two differ in all three: "
        f"{names.get(first, first)} speaks for a {rows.loc[first, 'actor_type']}, {names.get(last, last)} for a "
        f"{rows.loc[last, 'actor_type']}",
        f"metadata: actor, actor_type, genre and date of {first} and {last}",
        holds=all(differs.values()),
    )


def _pairs_sharing(documents: pd.DataFrame, column: pd.Series, names: dict[str, str]) -> list[str]:
    """The pairs of statements, in corpus order, with the same value in ``column``."""
    ids = documents["doc_id"].tolist()
    values = column.tolist()
    return [
        f"{names.get(a, a)} and {names.get(b, b)}"
        for i, a in enumerate(ids)
        for j, b in enumerate(ids)
        if i < j and values[i] and values[i] == values[j]
    ]


def confounds_claim(documents: pd.DataFrame, names: dict[str, str]) -> Claim:
    """Which pairs share a genre, which a kind of speaker (a bracketed qualifier dropped): the test is
    that no pair shares both, so that no comparison holds genre and speaker fixed."""
    from analysis.book.findings import speaker_kind

    kinds = documents["actor_type"].map(speaker_kind)
    genres = documents["genre"].fillna("").astype(str)
    same_genre = _pairs_sharing(documents, genres, names)
    same_kind = _pairs_sharing(documents, kinds, names)
    both = set(same_genre) & set(same_kind)
    return Claim(
        "confounds",
        f"{as_list(same_genre, empty='no two statements')} share a genre, "
        f"{as_list(same_kind, empty='no two statements')} a kind of speaker, and no two statements share both",
        "metadata: genre and actor_type (a bracketed qualifier dropped)",
        holds=not both,
    )


def disagreements(claims: list[Claim]) -> str:
    """The claims on which the rules and the gold labels point opposite ways, as one passage of prose."""
    from analysis.book.claims import sentence_case

    texts = [sentence_case(claim.text) + "." for claim in claims if claim.claim_id.startswith("labels_disagree_")]
    return " ".join(texts) or "On no other target do the rules and the gold labels point opposite ways."


def synthesis_claims(
    corpus: Corpus, profile: pd.DataFrame | None = None, firmness: pd.DataFrame | None = None
) -> list[Claim]:
    """The claims of the synthesis: the largest rise, the largest fall, every target on which the
    rules and the gold labels point opposite ways, the same-year gap and the firmness leaders."""
    profile = synthesis.target_profile(corpus) if profile is None else profile
    firmness = synthesis.firmness_table(corpus) if firmness is None else firmness
    names = statement_names(corpus.documents)
    first, last = differences.endpoints(corpus)
    comparison = differences.endpoint_comparison(corpus, profile)
    chosen = {"largest_rise": 0, "largest_fall": len(comparison) - 1}
    if "same_direction" in comparison:
        opposite = [i for i in comparison.index[~comparison["same_direction"].astype(bool)] if i not in chosen.values()]
        chosen |= {f"labels_disagree_{n}": i for n, i in enumerate(opposite, start=1)}
    claims = [endpoint_claim(comparison.loc[i], names, first, last, claim_id) for claim_id, i in chosen.items()]
    same_year = same_year_claim(corpus, profile, names)
    documents = corpus.documents
    return (
        claims
        + ([same_year] if same_year else [])
        + [endpoints_differ(documents, names, first, last), firmness_claim(firmness, names)]
        + [corpus_claims.mixed_voices_claim(corpus, names), confounds_claim(documents, names)]
        + [corpus_claims.missing_voices_claim(documents), corpus_claims.translation_claim(documents, names)]
    )
