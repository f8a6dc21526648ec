"""How well cleaning separates a statement from page furniture, on hand-labelled lines.

``validation/cleaning/`` holds real web and PDF extractions (none of them a seed text), each
non-blank line labelled by hand as ``statement``, ``heading`` or ``boilerplate``, and split by
document into a *tune* half (for writing rules) and a *held-out* half (for the score; its errors were
later read and the rules tuned on it too, so an unseen score needs a further labelled split). A statement
line counts as kept when its text reaches the cleaned paragraphs (alone or rejoined with the lines
it was broken from) or is set aside, recorded, as a line in another language; a boilerplate line
counts as removed when it does not. Headings are reported
apart: the book sets them aside on purpose.

A split scores as *unseen* only once: after its errors are read, the rules are tuned on it. So the
score a split got while still unseen is kept in a committed record, ``score_history.csv`` (split,
date, commit of the rules, the counts, and whether the rules had been tuned on it), and the book
quotes the latest unseen entry from there, not the live figure. :func:`record_unseen_score` appends
a new split's one unseen score; :func:`record_score` with ``tuned_on=True`` notes that a split has
since been tuned on.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import pandas as pd

from analysis.io.corpus import PROJECT_ROOT
from analysis.text.cleaning import clean_text

CLEANING_SET = PROJECT_ROOT / "validation" / "cleaning"
#: The record of scores taken on the labelled splits, one row per scoring (see the module docstring).
SCORE_HISTORY = "score_history.csv"


def raw_page(name: str, folder: Path = CLEANING_SET) -> str:
    """The raw text of one labelled page (``raw/<name>``), as its labels number its lines."""
    return (folder / "raw" / name).read_text(encoding="utf-8")


def line_fates(folder: Path = CLEANING_SET, splits: list[str] | None = None) -> pd.DataFrame:
    """Every labelled line with its document's split and whether cleaning kept it (of ``splits`` only, if given)."""
    documents = pd.read_csv(folder / "documents.csv", dtype=str, keep_default_na=False)
    if splits is not None:
        documents = documents[documents["split"].isin(splits)]
    lines = pd.read_csv(
        folder / "lines.csv", dtype={"id": str, "label": str, "kind": str, "text": str}, keep_default_na=False
    )
    in_text, set_aside = {}, {}
    for doc in documents.itertuples():
        cleaned = clean_text((folder / doc.file).read_text(encoding="utf-8"))
        in_text[doc.id] = cleaned.kept_lines
        set_aside[doc.id] = {line.line_no for line in cleaned.non_english}
    lines = lines[lines["id"].isin(documents["id"])].reset_index(drop=True)
    lines["split"] = lines["id"].map(documents.set_index("id")["split"])
    lines["in_text"] = [n in in_text[doc_id] for doc_id, n in zip(lines["id"], lines["line_no"])]
    lines["set_aside"] = [n in set_aside[doc_id] for doc_id, n in zip(lines["id"], lines["line_no"])]
    # A statement line is kept when the analysis reads it, or when it is set aside, recorded, as text in
    # another language; a furniture line is removed when the analysis does not read it.
    lines["kept"] = lines["in_text"] | (lines["set_aside"] & (lines["label"] == "statement"))
    return lines


def cleaning_scores(fates: pd.DataFrame) -> pd.DataFrame:
    """Per split: statement lines kept and boilerplate lines removed, as counts and shares.

    >>> fates = pd.DataFrame({"split": ["tune"] * 4, "label": ["statement", "statement", "boilerplate", "heading"],
    ...                       "kept": [True, False, False, False]})
    >>> cleaning_scores(fates)[["split", "statement_kept", "statement_lines", "boilerplate_removed_share"]]
      split  statement_kept  statement_lines  boilerplate_removed_share
    0  tune               1                2                        1.0
    """
    rows = []
    for split, part in fates.groupby("split", sort=True):
        statement = part[part["label"] == "statement"]
        boilerplate = part[part["label"] == "boilerplate"]
        headings = part[part["label"] == "heading"]
        rows.append(
            {
                "split": split,
                "statement_kept": int(statement["kept"].sum()),
                "statement_lines": len(statement),
                "statement_kept_share": statement["kept"].mean() if len(statement) else float("nan"),
                "boilerplate_removed": int((~boilerplate["kept"]).sum()),
                "boilerplate_lines": len(boilerplate),
                "boilerplate_removed_share": (~boilerplate["kept"]).mean() if len(boilerplate) else float("nan"),
                "headings_set_aside_share": (~headings["kept"]).mean() if len(headings) else float("nan"),
            }
        )
    return pd.DataFrame(rows)


#: What cleaning should reach on pages it was not written for: the share of statement lines kept,
#: and of furniture lines removed.
TARGET_STATEMENT_KEPT = 0.99
TARGET_BOILERPLATE_REMOVED = 0.95


def target_verdict(scores: pd.Series) -> str:
    """Say, for one split's scores, which of the two targets cleaning reaches.

    >>> target_verdict(pd.Series({"statement_kept_share": 0.995, "boilerplate_removed_share": 0.9}))
    'The first reaches, the second falls short of,'
    """
    kept = scores["statement_kept_share"] >= TARGET_STATEMENT_KEPT
    removed = scores["boilerplate_removed_share"] >= TARGET_BOILERPLATE_REMOVED
    if kept and removed:
        return "Both reach"
    if kept or removed:
        return (
            "The first reaches, the second falls short of," if kept else "The first falls short of, the second reaches,"
        )
    return "Both fall short of"


def under_target_note(share: float, target: float) -> str:
    """A note for a share that misses its target but rounds up to it at one decimal ("99.0%" for 392 of 396),
    so the rounded figure does not read as the target reached.

    >>> under_target_note(392 / 396, 0.99), under_target_note(0.98, 0.99), under_target_note(0.995, 0.99)
    (', just under the target', '', '')
    """
    return ", just under the target" if share < target and round(100 * share, 1) >= 100 * target else ""


def error_kinds(fates: pd.DataFrame, split: str, label: str, top: int = 3) -> str:
    """The commonest sub-types (the ``kind`` column) of the lines of ``label`` that cleaning got wrong on ``split``.

    A statement line is wrong when it is lost, a boilerplate line when it is kept; a line without a
    sub-type is an ordinary one.

    >>> fates = pd.DataFrame({"split": ["tune"] * 3, "label": ["boilerplate"] * 3,
    ...                       "kind": ["caption", "caption", "metadata"], "kept": [True, True, True]})
    >>> error_kinds(fates, "tune", "boilerplate")
    'caption (2 lines), metadata (1 line)'
    """
    part = fates[(fates["split"] == split) & (fates["label"] == label)]
    wrong = part[part["kept"] != (label == "statement")]
    counts = wrong["kind"].replace("", "ordinary").str.replace("_", " ").value_counts().sort_index()
    counts = counts.sort_values(ascending=False, kind="stable").head(top)  # ties in the order of the name
    return ", ".join(f"{kind} ({n} line{'s' if n != 1 else ''})" for kind, n in counts.items()) or "none"


#: The columns of the score record, in order.
HISTORY_COLUMNS = [
    "split", "date", "rules_commit", "documents", "statement_kept", "statement_lines",
    "boilerplate_removed", "boilerplate_lines", "tuned_on", "boilerplate_missed", "statement_lost",
]  # fmt: skip


def score_history(folder: Path = CLEANING_SET) -> pd.DataFrame:
    """The committed record of scores, oldest first (an empty table when there is none yet)."""
    path = folder / SCORE_HISTORY
    if not path.exists():
        return pd.DataFrame(columns=HISTORY_COLUMNS)
    history = pd.read_csv(path, dtype={"rules_commit": str, "date": str}, keep_default_na=False)
    history["tuned_on"] = history["tuned_on"].astype(str).str.lower().eq("true")
    return history


def record_score(split: str, commit: str, date: str, tuned_on: bool, folder: Path = CLEANING_SET) -> pd.Series:
    """Score ``split`` live with the rules as they are, append it to the record and return the new row.

    ``commit`` names the rules that were scored and ``date`` the day (YYYY-MM-DD); ``tuned_on`` says
    whether the rules had been tuned on this split. The commonest sub-types of its errors are kept
    too, since they change as soon as the rules are tuned on the split.
    """
    fates = line_fates(folder, splits=[split])
    if fates.empty:
        raise ValueError(f"{folder / 'documents.csv'}: no document has the split {split!r}")
    scores = cleaning_scores(fates).set_index("split").loc[split]
    row = {
        "split": split, "date": date, "rules_commit": commit, "documents": int(fates["id"].nunique()),
        **{name: int(scores[name]) for name in HISTORY_COLUMNS[4:8]},
        "tuned_on": tuned_on,
        "boilerplate_missed": error_kinds(fates, split, "boilerplate"),
        "statement_lost": error_kinds(fates, split, "statement"),
    }  # fmt: skip
    history = pd.concat([score_history(folder), pd.DataFrame([row])], ignore_index=True)
    history[HISTORY_COLUMNS].to_csv(folder / SCORE_HISTORY, index=False)
    return pd.Series(row)


def record_unseen_score(split: str, commit: str, date: str, folder: Path = CLEANING_SET) -> pd.Series:
    """Score a split the rules were never tuned on, once, and append it to the record as unseen."""
    return record_score(split, commit, date, tuned_on=False, folder=folder)


def with_shares(scores: pd.DataFrame) -> pd.DataFrame:
    """Recorded counts with the shares of statement lines kept and furniture lines removed added."""
    return scores.assign(
        statement_kept_share=scores["statement_kept"] / scores["statement_lines"],
        boilerplate_removed_share=scores["boilerplate_removed"] / scores["boilerplate_lines"],
    )


def unseen_rows(history: pd.DataFrame) -> pd.DataFrame:
    """The scores in the record taken on splits the rules had not been tuned on, oldest first, with the
    shares of statement lines kept and furniture lines removed."""
    return with_shares(history[~history["tuned_on"].astype(bool)].reset_index(drop=True))


def pooled_unseen_score(history: pd.DataFrame) -> pd.Series:
    """Every unseen score of the record added up: lines kept and removed over all fresh sets, with the
    shares (each set counted once, by its lines; a steadier figure than any one set's).

    >>> history = pd.DataFrame({"statement_kept": [9, 19], "statement_lines": [10, 20], "boilerplate_removed": [3, 5],
    ...     "boilerplate_lines": [4, 6], "tuned_on": [False, False]})
    >>> pooled_unseen_score(history)[["statement_kept", "statement_lines", "boilerplate_removed_share"]].tolist()
    [28.0, 30.0, 0.8]
    """
    columns = ["statement_kept", "statement_lines", "boilerplate_removed", "boilerplate_lines"]
    totals = unseen_rows(history)[columns].sum().astype(float)
    return with_shares(totals.to_frame().T).iloc[0]


def latest_unseen_score(history: pd.DataFrame) -> pd.Series:
    """The last score in the record taken on a split the rules had not been tuned on, with its shares."""
    unseen = unseen_rows(history)
    if unseen.empty:
        raise ValueError("the score record holds no score on unseen pages")
    return unseen.iloc[-1]


def in_order_made(splits: Iterable[str]) -> list[str]:
    """The splits in the order the sets were made: ``tune``, ``heldout``, then ``heldout2``, ``heldout3`` …
    by number (so ``heldout10`` comes after ``heldout9``, not after ``heldout``).

    >>> in_order_made(["heldout10", "heldout2", "tune", "heldout"])
    ['tune', 'heldout', 'heldout2', 'heldout10']
    """

    def position(split: str) -> tuple[bool, str, int]:
        stem = split.rstrip("0123456789")
        return split != "tune", stem, int(split[len(stem) :] or 1)

    return sorted(splits, key=position)


def tuned_splits(splits: list[str], history: pd.DataFrame) -> list[str]:
    """The splits the rules have been tuned on: all but those whose last record says they were unseen.

    >>> history = pd.DataFrame({"split": ["heldout2", "heldout3"], "tuned_on": [True, False]})
    >>> tuned_splits(["heldout", "heldout2", "heldout3", "tune"], history)
    ['heldout', 'heldout2', 'tune']
    """
    last = history.groupby("split")["tuned_on"].last() if len(history) else pd.Series(dtype=bool)
    return [split for split in splits if bool(last.get(split, True))]


def unseen_scores(history: pd.DataFrame) -> pd.DataFrame:
    """The unseen scores (:func:`unseen_rows`) as the chapter's table shows them.

    >>> history = pd.DataFrame({"split": ["a", "a"], "date": ["d1", "d2"], "rules_commit": ["c1", "c2"],
    ...     "documents": [2, 2], "statement_kept": [9, 10], "statement_lines": [10, 10], "boilerplate_removed": [3, 4],
    ...     "boilerplate_lines": [4, 4], "tuned_on": [False, True]})
    >>> unseen_scores(history)[["set_of_pages", "statement_kept_share", "boilerplate_removed_share"]]
      set_of_pages  statement_kept_share  boilerplate_removed_share
    0            a                   0.9                       0.75
    """
    columns = ["split", "date", "rules_commit", "documents", "statement_kept_share", "boilerplate_removed_share"]
    return unseen_rows(history)[columns].rename(columns={"split": "set_of_pages"})


def fresh_against_fitted(unseen: pd.DataFrame, fitted: pd.Series) -> str:
    """Say how the scores on fresh pages compare with the live scores on the pages the rules were fitted to.

    >>> unseen = pd.DataFrame({"statement_kept_share": [0.98, 0.99], "boilerplate_removed_share": [0.7, 0.8]})
    >>> fresh_against_fitted(unseen, pd.Series({"statement_kept_share": 0.995, "boilerplate_removed_share": 0.9}))
    'every fresh set has come out below the pages the rules were fitted to, on both measures'
    """
    kept_below = unseen["statement_kept_share"] < fitted["statement_kept_share"]
    removed_below = unseen["boilerplate_removed_share"] < fitted["boilerplate_removed_share"]
    if (kept_below & removed_below).all():
        return "every fresh set has come out below the pages the rules were fitted to, on both measures"
    if removed_below.all():
        return "every fresh set has had less furniture removed than the pages the rules were fitted to"
    return "the fresh sets do not all come out below the pages the rules were fitted to"
