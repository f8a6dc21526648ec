"""The instructors' page: sentences to code with the codebook, their answer key, and the book's exercises.

The sentences come from the part of the stance gold set that lies outside the five statements
(``tests/data/stance_gold_sentences.csv``, coded in ``tests/data/stance_gold.csv``), so students meet
them for the first time; the answer key is the adjudicated gold label, never the rules' output.
The draw is seeded, so every build hands out the same sentences.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from pathlib import Path

import numpy as np
import pandas as pd

from analysis.io.corpus import PROJECT_ROOT
from analysis.methods.validation import CORPUS_SOURCES, GOLD_DIR, load_coding, load_sentences

#: How many sentences the coding activity hands out, and how many of them carry no stance at all.
N_TO_CODE = 10
N_WITHOUT_STANCE = 2
DRAW_SEED = 2026

#: Difficulty (one to three stars) and minutes for each exercise of the book, by its label.
EXERCISE_LEVELS: dict[str, tuple[int, int]] = {
    "corpus-ex-rules": (1, 10),
    "corpus-ex-punkt": (1, 10),
    "corpus-ex-own": (2, 30),
    "corpus-ex-voice": (2, 20),
    "words-ex-g2": (2, 20),
    "words-ex-hapax": (3, 20),
    "words-ex-stem": (2, 15),
    "words-ex-must": (1, 15),
    "tfidf-ex-hand": (2, 20),
    "tfidf-ex-sublinear": (2, 15),
    "tfidf-ex-norm": (2, 10),
    "tfidf-ex-drift": (3, 15),
    "stance-ex-hand": (2, 20),
    "stance-ex-evidence": (2, 20),
    "stance-ex-guard": (3, 30),
    "stance-ex-methods": (3, 30),
    "actors-ex-hand": (2, 20),
    "actors-ex-lexicon": (2, 20),
    "actors-ex-passives": (2, 15),
    "synthesis-ex-claim": (2, 20),
    "synthesis-ex-sixth": (3, 45),
}

#: Three sessions of about two hours: (session, minutes, activity). Exercises are named by label.
SESSION_PLAN: list[tuple[str, int, str]] = [
    ("1. From raw text to key words", 15, "The introduction: what the five statements are, and why genre matters."),
    (
        "1. From raw text to key words",
        35,
        "The corpus chapter: the raw files in seeds/ beside the cleaning report. Which removed line "
        "would you have kept? Exercises corpus-ex-rules, corpus-ex-punkt.",
    ),
    (
        "1. From raw text to key words",
        45,
        "The words chapter: frequencies, then keyness; one G² by hand before the solution (words-ex-g2).",
    ),
    (
        "1. From raw text to key words",
        25,
        "Change one tokenisation choice (stemming on, or a stop word added): which key terms move? (words-ex-stem)",
    ),
    (
        "2. Weighting and distance",
        60,
        "The TF-IDF chapter: the worked example (tfidf-ex-hand), the similarity matrix, the tree and the map.",
    ),
    (
        "2. Weighting and distance",
        30,
        "The robustness table: which findings survive every variant? (tfidf-ex-sublinear)",
    ),
    (
        "2. Weighting and distance",
        30,
        "Similarity against time apart and its permutation test: why five texts cannot show a trend (tfidf-ex-drift).",
    ),
    ("3. Stance", 20, "The codebook, read before class; questions on its rules."),
    ("3. Stance", 30, "Code the sentences below by hand, in pairs."),
    ("3. Stance", 25, "Compare with the answer key, then with the rules (stance.sentence_stance)."),
    ("3. Stance", 25, "The stance chapter's disagreement list: errors of the method, or genuine ambiguity?"),
    (
        "3. Stance",
        20,
        "The synthesis: which claims would you defend in a paper, and with what caveats? (synthesis-ex-claim)",
    ),
]

_LABEL = re.compile(r"```\{exercise\}[^\n]*\n:label: ([\w-]+)")


def sentences_shown_in_stance_chapter() -> set[str]:
    """The gold-set items the stance chapter prints with their labels: its table of the coders'
    disagreements (with the adjudicated label and reason) and its list of the method's development errors.

    A sentence handed out for coding must not be one a student can look up in the book.
    """
    from analysis.methods import validation

    adjudicated = validation.validation_report()["adjudication"]["item_id"]
    errors = validation.held_out_report(with_test=False)["errors"]["item_id"]
    return set(adjudicated) | set(errors)


def coding_activity(
    gold_dir: Path = GOLD_DIR, n: int = N_TO_CODE, seed: int = DRAW_SEED, shown: Iterable[str] = ()
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Sentences for students to code, and the answer key: ``(sentences, key)``, numbered alike.

    Drawn from the gold set outside the five statements, leaving out the items in ``shown`` (those a
    page of the book prints, :func:`sentences_shown_in_stance_chapter`). Up to ``N_WITHOUT_STANCE``
    sentences carry no gold label, so the activity also practises the decision *not coded*, and the
    rest at least one; when too few sentences without a stance are left, sentences with one fill the draw.
    """
    items = load_sentences(gold_dir / "stance_gold_sentences.csv")
    gold = load_coding(gold_dir / "stance_gold.csv", items)
    outside = items[~items["source_id"].isin(CORPUS_SOURCES) & ~items["item_id"].isin(set(shown))]
    outside = outside.sort_values("item_id", kind="mergesort")
    labelled = outside["item_id"].isin(gold["item_id"])
    n_without = min(N_WITHOUT_STANCE, int((~labelled).sum()))
    rng = np.random.default_rng(seed)
    with_stance = rng.choice(
        outside.loc[labelled, "item_id"].to_numpy(), size=min(n - n_without, int(labelled.sum())), replace=False
    )
    without = rng.choice(outside.loc[~labelled, "item_id"].to_numpy(), size=n_without, replace=False)
    chosen = outside[outside["item_id"].isin(set(with_stance) | set(without))].reset_index(drop=True)
    chosen.insert(0, "number", range(1, len(chosen) + 1))
    sentences = chosen[["number", "source_id", "genre", "text"]].rename(
        columns={"source_id": "source", "text": "sentence"}
    )
    answers = gold.groupby("item_id")[["target", "label"]].apply(
        lambda rows: "; ".join(f"{target}: {label}" for target, label in zip(rows["target"], rows["label"]))
    )
    key = chosen[["number", "item_id"]].assign(
        answer=chosen["item_id"].map(answers).fillna("not coded: no stance on any target")
    )
    return sentences, key.rename(columns={"item_id": "gold-set item"})


def session_plan() -> pd.DataFrame:
    """The three-session plan as a table: session, time and activity."""
    return pd.DataFrame(
        [
            {"session": session, "time": f"{minutes} min", "activity": activity}
            for session, minutes, activity in SESSION_PLAN
        ]
    )


def exercise_numbers(root: Path = PROJECT_ROOT) -> dict[str, int]:
    """The number the built book gives each exercise, by label: sphinx-exercise counts them through the
    whole book in the order of the table of contents (``_toc.yml``), so the chapters print "Exercise 16"
    where this page names ``stance-ex-methods``."""
    import yaml

    toc = yaml.safe_load((root / "_toc.yml").read_text(encoding="utf-8"))
    files = [toc["root"]] + [chapter["file"] for part in toc.get("parts", []) for chapter in part.get("chapters", [])]
    labels = []
    for name in files:
        path = root / f"{name}.ipynb"
        if path.exists():
            cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
            text = "\n".join("".join(cell["source"]) for cell in cells if cell["cell_type"] == "markdown")
        elif (root / f"{name}.md").exists():
            text = (root / f"{name}.md").read_text(encoding="utf-8")
        else:
            continue
        labels += _LABEL.findall(text)
    return {label: number for number, label in enumerate(labels, start=1)}


def exercise_table(book_dir: Path = PROJECT_ROOT / "book") -> pd.DataFrame:
    """Every exercise of the chapters, in book order, with its difficulty and the minutes it takes."""
    rows = []
    numbers = exercise_numbers(book_dir.parent) if (book_dir.parent / "_toc.yml").exists() else {}
    for path in sorted(book_dir.glob("[0-9][0-9]_*.ipynb")):
        notebook = json.loads(path.read_text(encoding="utf-8"))
        title = next(
            (
                line.lstrip("# ").strip()
                for cell in notebook["cells"]
                if cell["cell_type"] == "markdown"
                for line in "".join(cell["source"]).splitlines()
                if line.startswith("# ")
            ),
            path.stem,
        )
        for cell in notebook["cells"]:
            for label in _LABEL.findall("".join(cell["source"])) if cell["cell_type"] == "markdown" else []:
                stars, minutes = EXERCISE_LEVELS.get(label, (0, 0))
                rows.append(
                    {
                        "chapter": title,
                        "number": f"Exercise {numbers[label]}" if label in numbers else "–",
                        "exercise": label,
                        "difficulty": "★" * stars if stars else "not yet rated",
                        "time": f"{minutes} min" if minutes else "not yet rated",
                    }
                )
    return pd.DataFrame(rows, columns=["chapter", "number", "exercise", "difficulty", "time"])
