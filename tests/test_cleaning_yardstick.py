"""The leave-one-set-out yardstick (validation/cleaning/leave_one_set_out.py): it runs the rules of the commit that
gave a fresh set its first score, and so must reproduce that score from the record."""

import subprocess
import sys

import pandas as pd
import pytest

from analysis.text.cleaning_check import CLEANING_SET, score_history

sys.path.insert(0, str(CLEANING_SET))
import leave_one_set_out  # noqa: E402
from place_features import KeptParagraph, kept_paragraphs, main_block  # noqa: E402


def test_every_fresh_set_is_named_with_the_rules_of_its_first_score():
    sets = leave_one_set_out.fresh_sets(score_history())
    assert list(sets) == [f"heldout{k}" for k in range(2, 62)]
    assert (
        sets["heldout2"] == "74b009e"
        and sets["heldout14"] == "22610da"
        and sets["heldout39"] == "2eb079a"
        and sets["heldout40"] == "848edb6"
        and sets["heldout41"] == "503f8a5"
        and sets["heldout42"] == "205460c"
        and sets["heldout43"] == "ab832e2"
        and sets["heldout44"] == "86265ee"
        and sets["heldout45"] == "86365a8"
        and sets["heldout46"] == "6b54999"
        and sets["heldout47"] == "41550e5"
        and sets["heldout48"] == "788a9ea"
        and sets["heldout49"] == "1f1c4e2"
        and sets["heldout50"] == "29f4694"
        and sets["heldout51"] == "5c0d9da"
        and sets["heldout52"] == "8fdc66b"
        and sets["heldout53"] == "ad70384"
        and sets["heldout54"] == "46411d9"
        and sets["heldout55"] == "0416e5a"
        and sets["heldout56"] == "8042a67"
        and sets["heldout57"] == "982ab25"
        and sets["heldout58"] == "baf81d3"
        and sets["heldout59"] == "d111d27"
        and sets["heldout60"] == "b0fae64"
        and sets["heldout61"] == "1dafb0f"
    )


def test_the_rules_of_a_first_score_reproduce_it():
    commit = "49fa72f"
    if subprocess.run(["git", "cat-file", "-e", commit], capture_output=True, cwd=CLEANING_SET).returncode:
        pytest.skip(f"the history holds no commit {commit}")
    documents = pd.read_csv(CLEANING_SET / "documents.csv", dtype=str, keep_default_na=False)
    lines = pd.read_csv(CLEANING_SET / "lines.csv", dtype={"id": str, "label": str}, keep_default_na=False)
    held = documents[documents["split"] == "heldout13"]
    records = leave_one_set_out.records_with_rules(commit, held, CLEANING_SET)
    _, fates = leave_one_set_out.paragraph_table(records, held, lines, CLEANING_SET)
    score = leave_one_set_out.score(fates, dropped=set())
    assert list(score.values()) == [381, 394, 176, 218]  # as recorded in score_history.csv


def test_a_page_is_read_as_paragraphs_around_its_main_block():
    paragraphs = kept_paragraphs({1, 2, 4, 6}, {2}, ["Home", "One two three four five six seven eight.", "Z"])
    assert paragraphs[1] == KeptParagraph((4,), "One two three four five six seven eight.")
    assert main_block(paragraphs) == (1, 1)
