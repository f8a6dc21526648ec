"""The claims table of the synthesis (chapter 05): what the comparison of five statements can carry.

A difference between the earliest and the latest statement is stated as a difference between two
texts, never as a trend; it is robust only when the gold labels agree in direction and the two 95%
intervals separate (:mod:`analysis.methods.differences`). Otherwise the sentence says, by itself,
that the difference is not distinguishable, and why.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from analysis.book import corpus_claims
from analysis.book.claims import Claim, percent
from analysis.book.glue import as_list
from analysis.book.prose import statement_names
from analysis.io.corpus import Corpus, speaker_kind
from analysis.methods import differences, synthesis

#: The check of an end-point claim against the gold labels.
GOLD_CHECK = "same direction with the gold labels"


def share_words(share: float, of_what: str = "") -> str:
    """A share for a sentence, "none" for zero: "17% of its sentences", "none of its sentences", "none".

    >>> share_words(0.1667, "of its sentences"), share_words(0.0, "of its sentences"), share_words(0.0)
    ('17% of its sentences', 'none of its sentences', 'none')
    """
    return " ".join(filter(None, ["none" if share == 0 else percent(share), of_what]))


def endpoint_claim(row: pd.Series, names: dict[str, str], first: str, last: str, claim_id: str) -> Claim:
    """One target's share in the earliest and the latest statement, with its two robustness checks."""
    target = synthesis.TARGET_NAMES.get(row["target"], row["target"])
    checks, notes = {}, {}
    if "gold_change" in row and pd.notna(row.get("gold_change")):
        checks[GOLD_CHECK] = bool(row["same_direction"])
        notes[GOLD_CHECK] = f"with the gold labels {percent(row['gold_to'])} and {percent(row['gold_from'])}"
    checks["intervals separate"] = bool(row["intervals_separate"])
    notes["intervals separate"] = (
        f"the 95% intervals overlap, {percent(row['low_to'])}–{percent(row['high_to'])} against "
        f"{percent(row['low_from'])}–{percent(row['high_from'])}"
    )
    return Claim(
        claim_id,
        f"{names.get(last, last)} takes a stance on {target} in {share_words(row['rules_to'], 'of its sentences')}, "
        f"{names.get(first, first)} in {share_words(row['rules_from'])}",
        f"stance matrix (the matrix's labels: rules combined with the learned model), {first} and {last}, "
        f"target {row['target']}",
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
        checks={"intervals separate": bool(gap["intervals_separate"])},
        failure_notes={
            "intervals separate": (
                f"the 95% intervals overlap, {gap['count_a']} of {gap['n_a']} sentences, "
                f"{percent(gap['low_a'])}–{percent(gap['high_a'])}, against {gap['count_b']} of {gap['n_b']}, "
                f"{percent(gap['low_b'])}–{percent(gap['high_b'])}"
            )
        },
    )


def same_year_reading(corpus: Corpus) -> str:
    """What the same-year gap can and cannot rule out, in words: how far apart the two texts were written,
    and what else differs between them (genre, kind of speaker), so the reader does not credit the date alone.

    Empty when no two statements share a year.
    """
    from analysis.book.counts_in_words import months_between
    from analysis.text.wording import number_word

    gaps = differences.same_year_gaps(corpus)
    if gaps.empty:
        return ""
    doc_a, doc_b = gaps.iloc[0]["doc_a"], gaps.iloc[0]["doc_b"]
    rows = corpus.documents.set_index("doc_id")
    months = months_between(str(rows.loc[doc_a, "date"]), str(rows.loc[doc_b, "date"]))
    apart = "within a month of each other" if months == 0 else f"{number_word(months)} month{'s' * (months != 1)} apart"
    # speakers are compared by kind, as the similarity table compares them: "government (chair)" is a government
    kinds = rows["actor_type"].map(speaker_kind) if "actor_type" in rows else None
    others = ["genre"] if "genre" in rows and rows.loc[doc_a, "genre"] != rows.loc[doc_b, "genre"] else []
    if kinds is not None and kinds[doc_a] != kinds[doc_b]:
        others.append("speaker")
    differ = f", but {as_list(others)} differ too" if others else ", and the metadata record no other difference"
    return f"the two were written {apart}, so time cannot be ruled out{differ}"


#: The firmness measures the synthesis names a leader for: (column of the counts, category, words, noun).
FIRMNESS_MEASURES = [
    ("directive", "directives", "directive"),
    ("booster", "boosters", "booster"),
    ("hedge", "hedges", "hedge"),
]


@dataclass(frozen=True)
class Lead:
    """The statement with the highest value of one measure, the evidence in words, and whether it stands out."""

    measure: str
    doc_id: str
    evidence: str
    separates: bool


def rate_lead(rates: pd.DataFrame, measure: str, noun: str) -> Lead:
    """The statement with the most ``noun`` per 1,000 words (first in corpus order on ties), with its count.

    ``rates``: one row per statement with ``doc_id, count, n_words`` in corpus order. The lead
    *separates* when the exact Poisson interval of its rate lies above the interval of every other
    statement: a lead resting on two hits rarely does.

    >>> rates = pd.DataFrame({"doc_id": ["a", "b"], "count": [2, 1], "n_words": [400, 700]})
    >>> rate_lead(rates, "hedges", "hedge")
    Lead(measure='hedges', doc_id='a', evidence='two hedges, 5.0 per 1,000 words', separates=False)
    """
    from analysis.book.counts_in_words import counted
    from analysis.methods.markers import poisson_interval
    from analysis.text.wording import per_1000_words

    per_1k = 1000 * rates["count"] / rates["n_words"]
    top = int(per_1k.to_numpy().argmax())
    bounds = [poisson_interval(int(count)) for count in rates["count"]]
    low = 1000 * bounds[top][0] / rates["n_words"].iloc[top]
    others = [1000 * high / words for i, ((_, high), words) in enumerate(zip(bounds, rates["n_words"])) if i != top]
    return Lead(
        measure,
        str(rates["doc_id"].iloc[top]),
        f"{counted(int(rates['count'].iloc[top]), noun)}, {per_1000_words(per_1k.iloc[top])} per 1,000 words",
        separates=bool(others) and bool(low > max(others)),
    )


def tone_lead(tone: pd.DataFrame) -> Lead:
    """The statement with the warmest mean tone (VADER's compound, −1 to +1), separated when its interval
    over sentences lies above every other statement's."""
    top = int(tone["mean_compound"].to_numpy().argmax())
    others = tone["high"].drop(tone.index[top])
    return Lead(
        "warmth of tone",
        str(tone["doc_id"].iloc[top]),
        f"mean VADER compound {tone['mean_compound'].iloc[top]:.2f} on a scale from −1 to +1",
        separates=bool(len(others)) and bool(tone["low"].iloc[top] > others.max()),
    )


def firmness_leads(corpus: Corpus) -> list[Lead]:
    """Who leads on directives, boosters, hedges (per 1,000 words, with their counts) and warmth of tone."""
    from analysis.methods import markers, sentiment, verbs

    profile = markers.marker_profile(corpus)
    words = profile.drop_duplicates("doc_id").set_index("doc_id")["n_words"]
    counts = profile.pivot(index="doc_id", columns="category", values="count")
    counts["directive"] = verbs.verb_profile(corpus).query("verb_class == 'direct'").set_index("doc_id")["count"]
    leads = [
        rate_lead(
            pd.DataFrame(
                {
                    "doc_id": corpus.doc_ids,
                    "count": counts[column].reindex(corpus.doc_ids).fillna(0).to_numpy(),
                    "n_words": words.reindex(corpus.doc_ids).to_numpy(),
                }
            ),
            measure,
            noun,
        )
        for column, measure, noun in FIRMNESS_MEASURES
    ]
    tone = sentiment.statement_sentiment(corpus).set_index("doc_id").reindex(corpus.doc_ids).reset_index()
    return leads + [tone_lead(tone)]


#: The robustness check of the firmness leaders.
LEADS_SEPARATE = "each leader's 95% interval above every other statement's"


def firmness_claim(leads: list[Lead], names: dict[str, str]) -> Claim:
    """Which statement leads on each measure of firmness and tone, each statement named once, with the
    counts behind each lead; the leads whose interval overlaps another statement's are named as such."""
    from analysis.book.prose import leaders_sentence

    overlapping = [lead.measure for lead in leads if not lead.separates]
    return Claim(
        "firmness_leaders",
        leaders_sentence([(f"{lead.measure} ({lead.evidence})", lead.doc_id) for lead in leads], names),
        "verbs, markers and sentiment: counts per statement, exact Poisson intervals of the rates, "
        "bootstrap interval of the mean tone",
        holds=bool(leads),
        checks={LEADS_SEPARATE: not overlapping},
        failure_notes={
            LEADS_SEPARATE: f"on {as_list(overlapping)} the leader's 95% interval overlaps another statement's"
        },
    )


def tone_not_position(corpus: Corpus) -> Claim:
    """Tone does not give a statement's position: how many sentences with a clear position (the
    rules combined with the learned model) a tone read as a position gets the wrong way round or leaves undecided.

    Tone and position are related (the stance chapter gives the correlation); the claim is the narrower
    one that tone cannot stand in for position, and its test is that tone misses at least one sentence.
    """
    from analysis.book.stance_claims import signed_positions, tone_misses
    from analysis.methods import sentiment, stance
    from analysis.text.wording import number_word

    signed = signed_positions(sentiment.sentiment_vs_stance(corpus, stance.stance_table(corpus)))
    misses = tone_misses(signed)
    opposite = int((misses & (signed["tone"] != "neutral")).sum())
    neutral = int((misses & (signed["tone"] == "neutral")).sum())
    share = f", {percent(misses.mean())} of them" if len(signed) else ""
    return Claim(
        "tone_not_position",
        f"a warmer tone does not tell what a statement is for or against: read as a position (positive as "
        f"favour, negative as against), tone gets {number_word(opposite)} of the {len(signed)} sentences with a "
        f"clear position the wrong way round and leaves {number_word(neutral)} undecided{share}",
        "sentiment beside stance (stance chapter): VADER's tone and the matrix's position of each sentence",
        holds=bool(misses.any()),
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
    """The claims on which the matrix's labels (rules and learned model) and the gold labels point opposite
    ways, as one passage of prose that opens by saying so.

    With none, the sentence says "no other target" only when the largest rise or fall, printed just
    before, is itself one where they disagree; "no target" otherwise; and, when the gold set does not
    code the end points (no claim carries the check), that the matrix's labels could not be checked.
    """
    from analysis.book.claims import sentence_case
    from analysis.text.wording import number_word

    texts = [sentence_case(claim.text) + "." for claim in claims if claim.claim_id.startswith("labels_disagree_")]
    if texts:
        targets = f"{number_word(len(texts))} target" + ("s" if len(texts) > 1 else "")
        lead = f"On {targets} the matrix's labels and the gold labels point opposite ways"
        return f"{lead}: {texts[0]}" if len(texts) == 1 else " ".join([lead + ".", *texts])
    checked = [claim for claim in claims if GOLD_CHECK in claim.checks]
    if not checked:
        return "The gold set does not code these two statements, so the matrix's labels are not checked against it."
    other = " other" if any(not claim.checks[GOLD_CHECK] for claim in checked) else ""
    return f"On no{other} target do the matrix's labels and the gold labels point opposite ways."


def synthesis_claims(corpus: Corpus, profile: pd.DataFrame | None = None) -> list[Claim]:
    """The claims of the synthesis: the largest rise, the largest fall, every target on which the
    matrix and the gold labels point opposite ways, the same-year gap, the firmness leaders (from the
    counts, so that each lead can be checked against its interval) and what tone does not tell."""
    profile = synthesis.target_profile(corpus) if profile is None else profile
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
        + [endpoints_differ(documents, names, first, last), firmness_claim(firmness_leads(corpus), names)]
        + [tone_not_position(corpus)]
        + [corpus_claims.mixed_voices_claim(corpus, names), confounds_claim(documents, names)]
        + [corpus_claims.missing_voices_claim(documents), corpus_claims.translation_claim(documents, names)]
    )


def robust_targets_phrase(targets: list[str]) -> str:
    """For which targets the end-point difference holds under both labels with separate intervals, in words.

    >>> robust_targets_phrase([]), robust_targets_phrase(["violence"]), robust_targets_phrase(["a", "b"])
    ('for none', 'only for violence', 'for two: a and b')
    """
    from analysis.text.wording import number_word

    if not targets:
        return "for none"
    if len(targets) == 1:
        return f"only for {targets[0]}"
    return f"for {number_word(len(targets))}: {as_list(targets)}"


def positions_phrase(statements: list[str], empty: str = "none") -> str:
    """Statements holding a position, listed, with what *leaning* means added only when one is marked so.

    >>> positions_phrase(["a", "b"]), positions_phrase(["a (leaning)"])
    ('a and b', "a (leaning: it could change sign within the method's error rates)")
    """
    leaning = [name for name in statements if name.endswith(" (leaning)")]
    listed = [
        name.replace(" (leaning)", " (leaning: it could change sign within the method's error rates)")
        if len(leaning) == 1
        else name
        for name in statements
    ]
    note = (
        "; a statement marked *leaning* could change sign within the method's error rates" if len(leaning) > 1 else ""
    )
    return as_list(listed, empty=empty) + note
