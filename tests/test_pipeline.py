"""The staged run, the Dask path and the speed-ups: every one gives the serial run's results exactly."""

import json

import pandas as pd
import pytest

from analysis.io.corpus import load_corpus
from analysis.methods.stance import stance_table
from analysis.runtime.pipeline import STAGES, dask_corpus, run_stages, stage_plan
from analysis.text.term_lists import document_term_lists, sentence_term_lists
from analysis.text.tokens import terms


@pytest.fixture(scope="module")
def small_corpus_file(tmp_path_factory):
    """Eight short documents as JSONL, two of them news reports (the stance rule for news applies)."""
    corpus = load_corpus()
    sentences = corpus.sentences["text"].tolist()
    path = tmp_path_factory.mktemp("corpus") / "small.jsonl"
    with path.open("w", encoding="utf-8") as handle:
        for number in range(8):
            text = " ".join(sentences[(number * 7 + step) % len(sentences)] for step in range(6))
            row = {
                "doc_id": f"d{number}",
                "date": f"20{17 + number}-0{1 + number % 9}-01",
                "genre": "news report" if number % 4 == 0 else "statement",
                "text": text,
            }
            handle.write(json.dumps(row) + "\n")
    return path


@pytest.fixture(scope="module")
def serial_run(small_corpus_file, tmp_path_factory):
    """The whole run of :func:`small_corpus_file` on one process (shared: it is the reference of several tests)."""
    return run_stages(small_corpus_file, tmp_path_factory.mktemp("serial"), n_jobs=1)


def test_every_stage_is_timed_and_every_table_written(serial_run):
    report = serial_run
    assert report.timings["stage"].tolist() == list(STAGES)
    assert (report.timings["seconds"] > 0).all() and (report.timings["peak_mb"] > 10).all()
    names = {path.name for path in report.written}
    assert {
        "documents.csv",
        "frequencies.csv",
        "keyness.csv",
        "tfidf.csv",
        "similarity.csv",
        "stance_sentences.csv",
    } <= names
    assert all(path.exists() for path in report.written)


def test_a_module_outside_the_stages_runs_last():
    plan = stage_plan(["analysis.book.tables", "analysis.methods.stance", "analysis.new_chapter"])
    assert list(plan)[-1] == "other tables" and plan["other tables"] == ["analysis.new_chapter"]
    assert plan["stance"] == ["analysis.methods.stance"] and plan["keyness"] == []


def test_two_processes_give_the_same_tables_as_one(small_corpus_file, serial_run, tmp_path):
    """Every table, stance labels included, is the same bytes on two processes as on one (order kept)."""
    two = run_stages(small_corpus_file, tmp_path / "two", n_jobs=2)
    assert [path.name for path in two.written] == [path.name for path in serial_run.written]
    for path in serial_run.written:
        assert path.read_bytes() == (tmp_path / "two" / path.name).read_bytes(), path.name


@pytest.mark.parametrize("scheduler", ["synchronous", "threads"])
def test_dask_gives_the_serial_results(small_corpus_file, scheduler):
    serial = load_corpus(small_corpus_file)
    corpus, labels, doc_terms = dask_corpus(small_corpus_file, npartitions=3, scheduler=scheduler)
    pd.testing.assert_frame_equal(corpus.documents, serial.documents)
    pd.testing.assert_frame_equal(corpus.sentences, serial.sentences)
    pd.testing.assert_frame_equal(labels, stance_table(serial))
    assert list(doc_terms.values()) == document_term_lists(serial)
    assert len(labels) > 0 and labels["doc_id"].nunique() > 1


def test_the_term_lists_are_made_once_and_remade_when_the_texts_change():
    corpus = load_corpus()
    first = document_term_lists(corpus)
    assert document_term_lists(corpus) is first
    assert first[0] == terms(corpus.documents["text"].iloc[0])
    assert sentence_term_lists(corpus, remove_stop_words=False)[0] == terms(
        corpus.sentences["text"].iloc[0], remove_stop_words=False
    )
    corpus.documents.loc[0, "text"] = "The ceasefire. The ceasefire."
    assert document_term_lists(corpus)[0] == ["ceasefire", "ceasefire"]


def test_a_multiword_term_across_a_sentence_break_counts_in_the_documents_terms(make_corpus):
    """'civil.' | 'Society' are one term in the document's words, though in two of its sentences."""
    folder = make_corpus(
        {
            "a.txt": "We support the work of civil.\nSociety demands a lasting ceasefire in the country now.\n",
            "b.txt": "Peace matters to every Afghan family in the country. Talks must resume without any delay.\n",
        }
    )
    corpus = load_corpus(folder)
    assert "civil society" in document_term_lists(corpus)[0]
    assert document_term_lists(corpus) == [terms(text) for text in corpus.documents["text"]]
    assert document_term_lists(corpus, remove_stop_words=False) == [
        terms(text, remove_stop_words=False) for text in corpus.documents["text"]
    ]
