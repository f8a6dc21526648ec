"""How well cleaning separates a statement from page furniture, on hand-labelled lines.

``validation/cleaning/`` holds real web and PDF extractions (none of them a seed text), each
non-blank line labelled by hand as ``statement``, ``heading`` or ``boilerplate``, and split by
document into a *tune* half (for writing rules) and a *held-out* half (for the score; its errors were
later read and the rules tuned on it too, so an unseen score needs a further labelled split). A statement
line counts as kept when its text reaches the cleaned paragraphs (alone or rejoined with the lines
it was broken from) or is set aside, recorded, as a line in another language; a boilerplate line
counts as removed when it does not. Headings are reported
apart: the book sets them aside on purpose.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from analysis.io.corpus import PROJECT_ROOT
from analysis.text.cleaning import clean_text

CLEANING_SET = PROJECT_ROOT / "validation" / "cleaning"


def line_fates(folder: Path = CLEANING_SET) -> pd.DataFrame:
    """Every labelled line with its document's split and whether cleaning kept it."""
    documents = pd.read_csv(folder / "documents.csv", dtype=str, keep_default_na=False)
    lines = pd.read_csv(
        folder / "lines.csv", dtype={"id": str, "label": str, "kind": str, "text": str}, keep_default_na=False
    )
    in_text, set_aside = {}, {}
    for doc in documents.itertuples():
        cleaned = clean_text((folder / doc.file).read_text(encoding="utf-8"))
        in_text[doc.id] = cleaned.kept_lines
        set_aside[doc.id] = {line.line_no for line in cleaned.non_english}
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
