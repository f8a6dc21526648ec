"""What differs between the statements, how sure we are, and what else could explain it.

The synthesis compares five speakers at five moments. A difference in stance between two statements
(say, the share of sentences on negotiations) can be read as a change over time only if it is

1. the same with the hand-coded gold labels as with the rules' labels,
2. larger than the uncertainty of each share (the two 95% intervals do not overlap), and
3. not explained as well by something else that differs between the two texts: the genre, the
   kind of speaker, whose voice the sentences are in, translation, or simply the date.

This module measures the first two (:func:`endpoint_comparison`, :func:`same_year_gaps`) and lists
the third (:func:`confounds`); :func:`differences_table` puts them in one table for the chapter.
"""

from __future__ import annotations

import pandas as pd

from analysis.io.corpus import Corpus
from analysis.methods import synthesis
from analysis.methods.validation import GOLD_DIR, load_coding
from analysis.text.voice import voice_summary

#: The level of the intervals compared.
LEVEL = 0.95

#: A difference of shares smaller than this (in share points) is not listed as a difference at all.
MIN_DIFFERENCE = 0.10


def share_interval(count: int, n: int, level: float = LEVEL) -> tuple[float, float]:
    """Wilson's score interval for a share of ``count`` sentences out of ``n``.

    Wilson's rather than the chapters' bootstrap over sentences: the bootstrap interval of a count
    of zero is the single point 0, which would make any non-zero share "separate" from it.

    >>> [round(x, 3) for x in share_interval(0, 25)], [round(x, 3) for x in share_interval(11, 25)]
    ([0.0, 0.133], [0.267, 0.629])
    """
    from scipy.stats import binomtest

    if n == 0:
        return (float("nan"), float("nan"))
    interval = binomtest(int(count), int(n)).proportion_ci(level, method="wilson")
    return float(interval.low), float(interval.high)


def gold_labels(corpus: Corpus, path=None) -> pd.DataFrame:
    """The gold set's labels of the corpus's own sentences, as a stance table (``doc_id, sent_id, target, label``).

    Empty when the gold set codes none of the corpus's sentences (any corpus but the seeds).
    """
    coding = load_coding(path or GOLD_DIR / "stance_gold.csv")
    doc_of = corpus.sentences.set_index("sent_id")["doc_id"]
    coded = coding[coding["item_id"].isin(doc_of.index)]
    return pd.DataFrame(
        {
            "doc_id": coded["item_id"].map(doc_of).to_numpy(),
            "sent_id": coded["item_id"].to_numpy(),
            "target": coded["target"].to_numpy(),
            "label": coded["label"].to_numpy(),
        }
    )


def matrix_gold_f1(corpus: Corpus, labels: pd.DataFrame | None = None) -> float:
    """Micro-F1 of the matrix's labels (the rules combined with the learned model) against the gold labels of
    the corpus's own sentences; NaN unless the gold set codes every sentence of the corpus.

    A tuned score: the rules were written from these statements and fixed on their gold-set errors, and the
    combination takes the rules' answers as input. The chapter prints it beside the test score, not instead.
    """
    from analysis.methods import stance, validation

    if not gold_covers(corpus, corpus.doc_ids):
        return float("nan")
    gold = gold_labels(corpus)
    predicted = stance.stance_table(corpus) if labels is None else labels
    columns = {"sent_id": "item_id"}
    return validation.micro_score(
        gold.rename(columns=columns)[validation.CODING_COLUMNS],
        predicted.rename(columns=columns)[validation.CODING_COLUMNS],
    ).f1


def gold_covers(corpus: Corpus, doc_ids: list[str], path=None) -> bool:
    """Whether every sentence of ``doc_ids`` is in the gold set (coded, with or without a stance)."""
    from analysis.methods.validation import load_sentences

    items = set(load_sentences(path.parent / "stance_gold_sentences.csv" if path else None)["item_id"])
    wanted = corpus.sentences.loc[corpus.sentences["doc_id"].isin(doc_ids), "sent_id"]
    return bool(len(wanted)) and bool(wanted.isin(items).all())


def endpoints(corpus: Corpus) -> tuple[str, str]:
    """The earliest and the latest dated statement (corpus order is time order)."""
    dated = corpus.documents[corpus.documents["date"].astype(str) != ""]
    return str(dated.iloc[0]["doc_id"]), str(dated.iloc[-1]["doc_id"])


def endpoint_comparison(
    corpus: Corpus, profile: pd.DataFrame | None = None, gold: pd.DataFrame | None = None
) -> pd.DataFrame:
    """Per target: its share in the earliest and the latest statement, by the rules and by the gold labels.

    Columns: ``target, rules_from, rules_to, rules_change, low_from, high_from, low_to, high_to,
    intervals_separate, gold_from, gold_to, gold_change, same_direction`` (gold columns empty
    when the gold set does not cover both statements). Sorted from the largest rise to the largest fall.
    """
    first, last = endpoints(corpus)
    profile = synthesis.target_profile(corpus) if profile is None else profile
    cells = profile.set_index(["doc_id", "target"])
    covered = gold_covers(corpus, [first, last])
    gold_profile = (
        synthesis.target_profile(corpus, gold_labels(corpus) if gold is None else gold).set_index(["doc_id", "target"])
        if covered
        else None
    )
    rows = []
    for target in profile["target"].drop_duplicates():
        a, b = cells.loc[(first, target)], cells.loc[(last, target)]
        gap = gap_intervals(a, b)
        row = {
            "target": target,
            "rules_from": a["share"],
            "rules_to": b["share"],
            "rules_change": b["share"] - a["share"],
            "low_from": gap["low_a"],
            "high_from": gap["high_a"],
            "low_to": gap["low_b"],
            "high_to": gap["high_b"],
            "intervals_separate": gap["intervals_separate"],
        }
        if gold_profile is not None:
            ga, gb = gold_profile.loc[(first, target), "share"], gold_profile.loc[(last, target), "share"]
            row |= {
                "gold_from": ga,
                "gold_to": gb,
                "gold_change": gb - ga,
                "same_direction": bool((gb - ga) * row["rules_change"] > 0),
            }
        rows.append(row)
    table = pd.DataFrame(rows)
    return table.sort_values(["rules_change", "target"], ascending=[False, True], kind="mergesort").reset_index(
        drop=True
    )


def same_year_gaps(corpus: Corpus, profile: pd.DataFrame | None = None) -> pd.DataFrame:
    """For every pair of statements from the same year and every target: the gap between their shares.

    Columns ``year, doc_a, doc_b, target, gap`` (absolute, share points), largest gap first, then each
    statement's count of stance-bearing sentences and its sentences (``count_a, n_a, count_b, n_b``),
    the two Wilson intervals (``low_a, high_a, low_b, high_b``) and whether they separate
    (``intervals_separate``): a gap between two texts counts only when they do, as at the end points.
    """
    profile = synthesis.target_profile(corpus) if profile is None else profile
    years = corpus.documents.set_index("doc_id")["date"].astype(str).str[:4]
    share = profile.pivot(index="doc_id", columns="target", values="share")
    cells = profile.set_index(["doc_id", "target"])
    rows = []
    for i, doc_a in enumerate(corpus.doc_ids):
        for doc_b in corpus.doc_ids[i + 1 :]:
            if years[doc_a] and years[doc_a] == years[doc_b]:
                for target in share.columns:
                    rows.append(
                        {
                            "year": years[doc_a],
                            "doc_a": doc_a,
                            "doc_b": doc_b,
                            "target": target,
                            "gap": abs(float(share.loc[doc_a, target] - share.loc[doc_b, target])),
                        }
                        | gap_intervals(cells.loc[(doc_a, target)], cells.loc[(doc_b, target)])
                    )
    table = pd.DataFrame(rows, columns=["year", "doc_a", "doc_b", "target", "gap", *GAP_INTERVAL_COLUMNS])
    return table.sort_values(["gap", "year", "target"], ascending=[False, True, True], kind="mergesort").reset_index(
        drop=True
    )


#: The columns :func:`gap_intervals` adds to a gap between two statements.
GAP_INTERVAL_COLUMNS = ["count_a", "n_a", "count_b", "n_b", "low_a", "high_a", "low_b", "high_b", "intervals_separate"]


def gap_intervals(cell_a: pd.Series, cell_b: pd.Series) -> dict[str, object]:
    """The counts behind two statements' shares of one target, their Wilson intervals, and whether these separate.

    >>> cell = lambda count, n: pd.Series({"salience": count, "n_sentences": n})
    >>> gap = gap_intervals(cell(7, 11), cell(4, 16))
    >>> [round(gap[k], 2) for k in ("low_a", "high_a", "low_b", "high_b")], gap["intervals_separate"]
    ([0.35, 0.85, 0.1, 0.49], False)
    """
    (low_a, high_a), (low_b, high_b) = (share_interval(c["salience"], c["n_sentences"]) for c in (cell_a, cell_b))
    return {
        "count_a": int(cell_a["salience"]),
        "n_a": int(cell_a["n_sentences"]),
        "count_b": int(cell_b["salience"]),
        "n_b": int(cell_b["n_sentences"]),
        "low_a": low_a,
        "high_a": high_a,
        "low_b": low_b,
        "high_b": high_b,
        "intervals_separate": bool(high_a < low_b or high_b < low_a),
    }


def reads_as_translated(documents: pd.DataFrame, doc_id: str) -> bool:
    """Whether the metadata say the text is, or reads as, a translation."""
    row = documents.set_index("doc_id").loc[doc_id]
    return any("translat" in str(row.get(column, "")).lower() for column in ("source", "date_note", "genre"))


def confounds(corpus: Corpus, doc_a: str, doc_b: str) -> str:
    """What else differs between two statements: genre, speaker, voice, translation, date, in words."""
    docs = corpus.documents.set_index("doc_id")
    voices = voice_summary(corpus).set_index("doc_id")
    parts = []
    for column, word in (("genre", "genre"), ("actor_type", "speaker")):
        if column in docs and docs.loc[doc_a, column] != docs.loc[doc_b, column]:
            parts.append(f"{word} ({docs.loc[doc_a, column]} / {docs.loc[doc_b, column]})")
    own_a, own_b = (
        voices.loc[d, "institution"] / max(int(voices.loc[d, ["institution", "reporter", "named person"]].sum()), 1)
        for d in (doc_a, doc_b)
    )
    if abs(own_a - own_b) >= 0.2:
        parts.append(f"voice (own voice in {100 * own_a:.0f}% / {100 * own_b:.0f}% of sentences)")
    translated = [d for d in (doc_a, doc_b) if reads_as_translated(corpus.documents, d)]
    if len(translated) == 1:
        parts.append(f"translation ({translated[0]} reads as translated)")
    years = docs["date"].astype(str).str[:4]
    parts.append(
        f"date ({years[doc_a]} / {years[doc_b]})" if years[doc_a] != years[doc_b] else "not the date (same year)"
    )
    return "; ".join(parts)


def differences_table(corpus: Corpus, profile: pd.DataFrame | None = None) -> pd.DataFrame:
    """The chapter's table: each difference in stance, how sure we are of it, and what else could explain it.

    One row per target whose share differs by at least :data:`MIN_DIFFERENCE` between the earliest
    and the latest statement (by the rules or by the gold labels), and one row for the largest gap
    between two statements of the same year.
    """
    profile = synthesis.target_profile(corpus) if profile is None else profile
    first, last = endpoints(corpus)
    comparison = endpoint_comparison(corpus, profile)
    has_gold = "gold_change" in comparison
    rows = []
    for row in comparison.itertuples():
        if abs(row.rules_change) < MIN_DIFFERENCE and not (has_gold and abs(row.gold_change) >= MIN_DIFFERENCE):
            continue
        rows.append(
            {
                "difference": f"{synthesis.TARGET_NAMES.get(row.target, row.target)}: {100 * row.rules_from:.0f}% → {100 * row.rules_to:.0f}%",
                "between": f"{first} → {last}",
                "gold labels": f"{100 * row.gold_from:.0f}% → {100 * row.gold_to:.0f}%" if has_gold else "–",
                "intervals": "separate" if row.intervals_separate else "overlap",
                "holds under both and separates": "yes"
                if row.intervals_separate and has_gold and row.same_direction
                else "no",
                "what else differs": confounds(corpus, first, last),
            }
        )
    gaps = same_year_gaps(corpus, profile)
    if len(gaps):
        gap = gaps.iloc[0]
        rows.append(
            {
                "difference": f"{synthesis.TARGET_NAMES.get(gap['target'], gap['target'])}: {100 * gap['gap']:.0f} points apart",
                "between": f"{gap['doc_a']} / {gap['doc_b']}",
                "gold labels": "–",
                "intervals": "separate" if gap["intervals_separate"] else "overlap",
                "holds under both and separates": "–",
                "what else differs": confounds(corpus, gap["doc_a"], gap["doc_b"]),
            }
        )
    return pd.DataFrame(rows)


def export_tables(corpus: Corpus) -> dict[str, pd.DataFrame]:
    """``endpoint_comparison`` (rules and gold shares per target) and ``differences`` (with confounds)."""
    return {"endpoint_comparison": endpoint_comparison(corpus), "differences": differences_table(corpus)}
