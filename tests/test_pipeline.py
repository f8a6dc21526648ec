"""The staged run, the Dask path and the speed-ups: every one gives the serial run's results exactly."""

import json
import re

import pandas as pd
import pytest

from analysis.methods import stance
from analysis.io.corpus import load_corpus
from analysis.runtime.literal_guard import LiteralGuard, PrefixIndex, required_prefixes
from analysis.runtime.pipeline import STAGES, dask_corpus, run_stages, stage_plan
from analysis.methods.stance import stance_table
from analysis.methods.stance import cues as stance_cues
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
            row = {"doc_id": f"d{number}", "date": f"20{17 + number}-0{1 + number % 9}-01", "genre": "news report" if number % 4 == 0 else "statement", "text": text}
            handle.write(json.dumps(row) + "\n")
    return path


def test_every_stage_is_timed_and_every_table_written(small_corpus_file, tmp_path):
    report = run_stages(small_corpus_file, tmp_path)
    assert report.timings["stage"].tolist() == list(STAGES)
    assert (report.timings["seconds"] > 0).all() and (report.timings["peak_mb"] > 10).all()
    names = {path.name for path in report.written}
    assert {"documents.csv", "frequencies.csv", "keyness.csv", "tfidf.csv", "similarity.csv", "stance_sentences.csv"} <= names
    assert all(path.exists() for path in report.written)


def test_a_module_outside_the_stages_runs_last():
    plan = stage_plan(["analysis.book.tables", "analysis.methods.stance", "analysis.new_chapter"])
    assert list(plan)[-1] == "other tables" and plan["other tables"] == ["analysis.new_chapter"]
    assert plan["stance"] == ["analysis.methods.stance"] and plan["keyness"] == []


def test_two_processes_give_the_same_tables_as_one(small_corpus_file, tmp_path):
    one = run_stages(small_corpus_file, tmp_path / "one", n_jobs=1)
    two = run_stages(small_corpus_file, tmp_path / "two", n_jobs=2)
    for path in one.written:
        assert path.read_bytes() == (tmp_path / "two" / path.name).read_bytes(), path.name
    assert len(two.written) == len(one.written)


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
    assert sentence_term_lists(corpus, remove_stop_words=False)[0] == terms(corpus.sentences["text"].iloc[0], remove_stop_words=False)
    corpus.documents.loc[0, "text"] = "The ceasefire. The ceasefire."
    assert document_term_lists(corpus)[0] == ["ceasefire", "ceasefire"]


def test_the_literal_prefixes_of_a_pattern():
    assert required_prefixes(re.compile(r"\b(?:demand(?:s|ed)?|call(?:s)? (?:on|for))\b")) == {"demand", "call on", "call for", "calls on", "calls for"}  # the literal runs on through groups
    assert required_prefixes(re.compile(r"\b(?:(?:the )?taliban)\b")) == {"the taliban", "taliban"}
    assert required_prefixes(re.compile(r"(?:the |a )?(?:un|u n)\b")) == {"the un", "the u n", "a un", "a u n", "un", "u n"}  # an optional part runs on
    assert required_prefixes(re.compile(r"u\.? ?s")) == {"u. s", "u.s", "u s", "us"}
    assert required_prefixes(re.compile(r"un[a-z]+")) == {"un"}  # the literal stops at a character class
    assert required_prefixes(re.compile(r"(?:a)*b")) == {"a", "b"}
    assert required_prefixes(re.compile(r"\b(?:x+y)\b")) == {"x"}
    assert required_prefixes(re.compile(r"[ab]c")) is None
    assert required_prefixes(re.compile("ceasefire", re.IGNORECASE)) is None


def test_the_prefix_index_finds_exactly_what_finditer_finds():
    """Over every stance pattern, every clause of the corpus and tricky cases: the same matches as ``finditer``."""
    patterns = [p for _, p, _ in stance_cues.COMPILED_TERMS] + [p for p, _ in stance_cues.COMPILED_CUES]
    index = PrefixIndex(patterns)
    tricky = ["the the taliban's the taliban", "un charter and the un", "u.s. and u s and us", "the ceasefire ceasefires cease fire",
              "commitment to afghan ownership", "unama's unamas", "", "taliban", "xtaliban taliban_ talibanx", "not not no"]
    texts = [stance.normalise(text) for text in load_corpus().sentences["text"]] + tricky
    for text in texts:
        starts = index.starts(text)
        for pattern in patterns:
            expected = [(m.start(), m.end()) for m in pattern.finditer(text)]
            found = [(m.start(), m.end()) for m in index.finditer(pattern, text, starts)] if pattern in starts else []
            assert found == expected, (pattern.pattern, text)


def test_the_prefix_index_on_overlapping_prefixes_and_unguarded_patterns():
    patterns = [re.compile(r"\bcease ?fires?\b"), re.compile(r"\bcease\b"), re.compile(r"ire"), re.compile(r"[cf]ire"), re.compile("Cease", re.IGNORECASE)]
    index = PrefixIndex(patterns)
    text = "Ceasefire: cease fire, ceasefires; fire"
    starts = index.starts(text)
    assert starts[patterns[0]] == [11, 23] and starts[patterns[1]] == [11, 23] and starts[patterns[2]] == [6, 18, 29, 36]
    assert starts[patterns[3]] == [] and starts[patterns[4]] == []  # run whole: no known prefix, or case-insensitive
    for pattern in patterns:
        assert [m.span() for m in index.finditer(pattern, text, starts)] == [m.span() for m in pattern.finditer(text)]


def test_a_guard_with_an_unknown_prefix_always_runs_the_pattern():
    guard = LiteralGuard([re.compile(r"[xy]z"), re.compile(r"\bpeace\b")])
    assert [p.pattern for p in guard.possible("nothing here")] == ["[xy]z"]
    assert len(guard.possible("peace and xz")) == 2


def test_stance_on_two_processes_keeps_the_order():
    corpus = load_corpus()
    pd.testing.assert_frame_equal(stance_table(corpus, n_jobs=2), stance_table(corpus))
