"""The teaching kit: sentences to code with an answer key from the gold set, exercises rated, tables downloadable."""

from __future__ import annotations

import csv
import io
import zipfile
from pathlib import Path

import pandas as pd
import pytest

from analysis.book import downloads, teaching
from analysis.methods.validation import CORPUS_SOURCES, GOLD_DIR

ROOT = Path(__file__).resolve().parent.parent


def test_sentences_to_code_come_from_the_gold_set_outside_the_five_statements():
    sentences, key = teaching.coding_activity()
    items = pd.read_csv(GOLD_DIR / "stance_gold_sentences.csv", dtype=str)
    gold = pd.read_csv(GOLD_DIR / "stance_gold.csv", dtype=str)
    assert len(sentences) == len(key) == teaching.N_TO_CODE
    assert list(sentences["number"]) == list(key["number"]) == list(range(1, teaching.N_TO_CODE + 1))
    chosen = items.set_index("item_id").loc[key["gold-set item"]]
    assert not chosen["source_id"].isin(CORPUS_SOURCES).any()
    assert list(chosen["text"]) == list(sentences["sentence"])
    for item, answer in zip(key["gold-set item"], key["answer"]):
        labels = gold[gold["item_id"] == item]
        expected = (
            "; ".join(f"{t}: {lab}" for t, lab in zip(labels["target"], labels["label"]))
            or "not coded: no stance on any target"
        )
        assert answer == expected
    assert (key["answer"].str.startswith("not coded")).sum() == teaching.N_WITHOUT_STANCE


def test_no_sentence_handed_out_is_printed_in_the_stance_chapter():
    """The review found moscow-format-2021:004 (in the chapter's disagreement table) and a sentence of the
    chapter's list of development errors among the hand-outs. Which sentences that list holds follows the
    method as fitted, so the test takes the list as the chapter prints it. Every gold-set sentence without
    a stance outside the five statements is among the development errors (the method gives each some
    label), so the draw leaves them out and hands out ten sentences with a stance."""
    shown = teaching.sentences_shown_in_stance_chapter()
    assert "moscow-format-2021:004" in shown and len(shown) > 1
    sentences, key = teaching.coding_activity(shown=shown)
    assert len(key) == teaching.N_TO_CODE and not set(key["gold-set item"]) & shown
    assert not key["answer"].str.startswith("not coded").any()


def test_the_draw_is_the_same_every_time():
    first, second = teaching.coding_activity(), teaching.coding_activity()
    assert first[0].equals(second[0]) and first[1].equals(second[1])


def test_every_exercise_of_the_book_has_a_difficulty_and_a_time():
    table = teaching.exercise_table()
    assert len(table) >= 10 and not (table["difficulty"] == "not yet rated").any()
    assert set(table["exercise"]) <= set(teaching.EXERCISE_LEVELS)
    assert teaching.session_plan()["session"].nunique() == 3


def test_each_chapter_downloads_its_tables_and_the_cleaned_corpus(corpus, tmp_path):
    written = downloads.write_downloads(corpus, tmp_path)
    assert [path.name for path in written] == [
        downloads.CORPUS_FILE,
        *map(downloads.chapter_file, downloads.CHAPTER_MODULES),
    ]
    rows = list(csv.DictReader((tmp_path / downloads.CORPUS_FILE).open(encoding="utf-8")))
    assert [row["doc_id"] for row in rows] == corpus.doc_ids and all(row["text"] for row in rows)
    with zipfile.ZipFile(tmp_path / "02_words_tables.zip") as archive:
        assert "keyness.csv" in archive.namelist()
        keyness_rows = list(csv.DictReader(io.StringIO(archive.read("keyness.csv").decode("utf-8"))))
    assert keyness_rows and {"doc_id", "term", "g2"} <= set(keyness_rows[0])


@pytest.mark.book
def test_the_built_chapters_link_their_downloads(built_book):
    for docname in downloads.CHAPTER_MODULES:
        html = (built_book / f"{docname}.html").read_text(encoding="utf-8")
        assert f"_downloads/data/{downloads.chapter_file(docname)}" in html, docname
        assert (built_book / "_downloads" / "data" / downloads.chapter_file(docname)).exists()
    assert (built_book / "_downloads" / "data" / downloads.CORPUS_FILE).exists()


def test_exercises_carry_the_number_the_chapters_print():
    """The built book numbers exercises through the whole book in table-of-contents order (read from the
    rendered pages: 04_stance prints stance-ex-methods as Exercise 16, 05_actors actors-ex-passives as 19)."""
    numbers = teaching.exercise_numbers()
    assert numbers["corpus-ex-rules"] == 1 and numbers["stance-ex-methods"] == 16
    assert numbers["actors-ex-passives"] == 19
    table = teaching.exercise_table().set_index("exercise")
    assert table.loc["stance-ex-methods", "number"] == "Exercise 16"
