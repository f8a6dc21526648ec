"""Leave one fresh set out: does a learned component of cleaning generalise to sites it never saw?

The rules' live scores on a split they were tuned on say nothing of new sites; each fresh set's FIRST
score (``score_history.csv``, ``tuned_on`` false) does. A learned component gets the same test: for each
fresh set ``heldout_k`` (k = 2..13) it is fitted on every other split, leaving out also every page of a
site that occurs in ``heldout_k``, and scored on ``heldout_k`` only. Two scores per set:

- **first rules + component**: the component on top of the rules of the commit that gave the set its
  first score (those rules are taken from git, ``git archive``, and run in a separate process): what
  the rules plus the component would have scored on the set while it was still fresh;
- **live rules + component**: on top of the rules as they are now (tuned on the set, so less furniture
  is left for the component to find).

Pooled over the twelve sets, the first is set against the rules' recorded first scores. Run from the
project's root: ``.venv/bin/python validation/cleaning/leave_one_set_out.py`` (a minute or two).
"""

from __future__ import annotations

import inspect
import json
import subprocess
import sys
import tempfile
from pathlib import Path

import numpy as np
import pandas as pd
from place_features import fit_place_model, kept_paragraphs, place_features

from analysis.text.cleaning import clean_text
from analysis.text.cleaning_check import CLEANING_SET, score_history, unseen_rows

HEADING_RULE = "heading (no final punctuation)"


def cleaning_record(cleaned) -> dict:
    """A cleaned page as a plain record (the same for the live rules and old ones, run in another process)."""
    return {
        "paragraphs": cleaned.paragraphs,
        "kept_lines": sorted(cleaned.kept_lines),
        "steps": [[step.line_no, step.action, step.rule] for step in cleaned.steps],
        "set_aside": [line.line_no for line in cleaned.non_english],
    }


#: Run with old rules on the import path: cleans the files named on stdin and prints their records.
OLD_RULES_SCRIPT = (
    "import json, sys\nfrom analysis.text.cleaning import clean_text\n"
    + inspect.getsource(cleaning_record)
    + "files = json.loads(sys.stdin.read())\n"
    "print(json.dumps({doc: cleaning_record(clean_text(open(path, encoding='utf-8').read()))"
    " for doc, path in files.items()}))\n"
)


def fresh_sets(history: pd.DataFrame) -> dict[str, str]:
    """Each fresh set with the commit of the rules that gave it its first (unseen) score."""
    first = unseen_rows(history).drop_duplicates("split")
    return dict(zip(first["split"], first["rules_commit"]))


def records_with_rules(commit: str | None, documents: pd.DataFrame, folder: Path) -> dict[str, dict]:
    """The cleaning record of each document, by the live rules (``commit`` None) or by those of ``commit``."""
    files = {doc.id: str(folder / doc.file) for doc in documents.itertuples()}
    if commit is None:
        return {doc: cleaning_record(clean_text(Path(path).read_text(encoding="utf-8"))) for doc, path in files.items()}
    rules = Path(tempfile.gettempdir()) / f"cleaning_rules_{commit}"
    if not rules.exists():  # unpacked beside it first, then renamed, so that an interrupted run leaves nothing
        root = subprocess.run(["git", "rev-parse", "--show-toplevel"], capture_output=True, text=True, cwd=folder)
        archive = subprocess.run(
            ["git", "archive", commit, "analysis"], capture_output=True, check=True, cwd=root.stdout.strip()
        )
        unpacking = Path(tempfile.mkdtemp(dir=rules.parent))
        subprocess.run(["tar", "-x", "-C", str(unpacking)], input=archive.stdout, check=True)
        unpacking.rename(rules)
    run = subprocess.run(
        [sys.executable, "-c", OLD_RULES_SCRIPT],
        input=json.dumps(files), capture_output=True, text=True, check=True, env={"PYTHONPATH": str(rules)}, cwd=rules,
    )  # fmt: skip
    return json.loads(run.stdout)


def paragraph_table(records: dict[str, dict], documents: pd.DataFrame, lines: pd.DataFrame, folder: Path):
    """Per kept paragraph: its document, site, features and labelled lines; and per labelled line, whether the
    rules keep it and which paragraph holds it (-1 for none)."""
    labels = lines.set_index(["id", "line_no"])["label"].to_dict()
    tables, fates = [], []
    for doc in documents.itertuples():
        record = records[doc.id]
        raw_lines = (folder / doc.file).read_text(encoding="utf-8").splitlines()
        joined = {n for n, action, _ in record["steps"] if action == "joined"}
        removed = {n for n, action, _ in record["steps"] if action in ("removed", "moved")}
        headings = {n for n, _, rule in record["steps"] if rule == HEADING_RULE}
        title = raw_lines[min(headings) - 1] if headings else ""
        paragraphs = kept_paragraphs(set(record["kept_lines"]), joined, record["paragraphs"])
        table = place_features(raw_lines, paragraphs, removed, headings, title)
        paragraph_of = {n: index for index, p in enumerate(paragraphs) for n in p.line_nos}
        counts = [[labels.get((doc.id, n)) for n in p.line_nos] for p in paragraphs]
        table["furniture_lines"] = [c.count("boilerplate") for c in counts]
        table["statement_lines"] = [c.count("statement") for c in counts]
        tables.append(table.assign(id=doc.id, site=doc.site, split=doc.split, paragraph=range(len(paragraphs))))
        for row in lines[lines["id"] == doc.id].itertuples():
            set_aside = row.line_no in record["set_aside"] and row.label == "statement"
            fates.append((doc.id, row.line_no, row.label, paragraph_of.get(row.line_no, -1), set_aside))
    fates = pd.DataFrame(fates, columns=["id", "line_no", "label", "paragraph", "set_aside"])
    return pd.concat(tables, ignore_index=True), fates


def score(fates: pd.DataFrame, dropped: set[tuple[str, int]]) -> dict[str, int]:
    """Statement lines kept and furniture lines removed when the paragraphs ``dropped`` go too."""
    in_text = (fates["paragraph"] >= 0) & ~pd.Series(
        [(doc, p) in dropped for doc, p in zip(fates["id"], fates["paragraph"])], index=fates.index
    )
    kept = in_text | fates["set_aside"]
    statement, furniture = fates["label"] == "statement", fates["label"] == "boilerplate"
    return {
        "statement_kept": int((kept & statement).sum()), "statement_lines": int(statement.sum()),
        "furniture_removed": int((~kept & furniture).sum()), "furniture_lines": int(furniture.sum()),
    }  # fmt: skip


def fits_without_each_set(folder: Path = CLEANING_SET):
    """For each fresh set, in the order the sets were made: its name, the rules' commit of its first score, the
    component fitted without that set and without its sites, and the set's paragraph table and line fates under
    its first rules and under the live rules."""
    documents = pd.read_csv(folder / "documents.csv", dtype=str, keep_default_na=False)
    lines = pd.read_csv(folder / "lines.csv", dtype={"id": str, "label": str}, keep_default_na=False)
    live, live_fates = paragraph_table(records_with_rules(None, documents, folder), documents, lines, folder)
    for split, commit in fresh_sets(score_history(folder)).items():
        held = documents[documents["split"] == split]
        training = live[(live["split"] != split) & ~live["site"].isin(held["site"])]
        model = fit_place_model(
            training, training["furniture_lines"].to_numpy(), training["statement_lines"].to_numpy(),
            training["site"].to_numpy(),
        )  # fmt: skip
        first = paragraph_table(records_with_rules(commit, held, folder), held, lines, folder)
        live_held = (live[live["split"] == split], live_fates[live_fates["id"].isin(held["id"])])
        yield split, commit, model, {"first": first, "live": live_held}


def leave_one_set_out(folder: Path = CLEANING_SET) -> pd.DataFrame:
    """For each fresh set: the rules' first score, and the first and the live rules with the component fitted
    without that set (and without its sites), as counts."""
    rows = []
    for split, commit, model, tables in fits_without_each_set(folder):
        row = {"split": split, "rules_commit": commit, "threshold": model.threshold}
        for name, (table, fates) in tables.items():
            dropped = set(zip(table["id"][model.is_furniture(table)], table["paragraph"][model.is_furniture(table)]))
            row |= {f"{name}_rules_{key}": value for key, value in score(fates, set()).items()}
            row |= {f"{name}_component_{key}": value for key, value in score(fates, dropped).items()}
        rows.append(row)
    return pd.DataFrame(rows)


def threshold_sweep(folder: Path = CLEANING_SET, thresholds=(0.5, 0.6, 0.7, 0.8, 0.9)) -> pd.DataFrame:
    """Pooled over the fresh sets, on the first rules: the furniture lines the component would remove and the
    statement lines it would lose at fixed thresholds (chosen with hindsight: an upper bound on its worth)."""
    held_out = []
    for _, _, model, tables in fits_without_each_set(folder):
        first, _ = tables["first"]
        held_out.append(first.assign(probability=model.furniture_probability(first)))
    pooled = pd.concat(held_out)
    return pd.DataFrame(
        [
            {
                "threshold": threshold,
                "furniture_removed_more": int(pooled["furniture_lines"][pooled["probability"] >= threshold].sum()),
                "statement_lost": int(pooled["statement_lines"][pooled["probability"] >= threshold].sum()),
            }
            for threshold in thresholds
        ]
    )


if __name__ == "__main__":
    print(threshold_sweep().to_string())
    table = leave_one_set_out()
    pooled = table.drop(columns=["split", "rules_commit", "threshold"]).sum()
    pd.set_option("display.width", 250)
    print(table.to_string())
    for name in ["first_rules", "first_component", "live_rules", "live_component"]:
        kept = pooled[f"{name}_statement_kept"] / pooled[f"{name}_statement_lines"]
        removed = pooled[f"{name}_furniture_removed"] / pooled[f"{name}_furniture_lines"]
        print(f"{name}: statement kept {kept:.2%}, furniture removed {removed:.2%}")
    print(np.round(table["threshold"].to_numpy(), 2))
