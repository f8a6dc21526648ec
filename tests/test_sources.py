"""Corpora given as one CSV or JSONL file, and parallel loading that gives the same result."""

import json

import pandas as pd
import pytest

from analysis.io.corpus import CorpusError, load_corpus


def test_csv_corpus_with_metadata_columns(tmp_path):
    table = tmp_path / "statements.csv"
    pd.DataFrame(
        {"doc_id": ["un-1", "un-2"], "date": ["2021-01-05", "2020-03-10"], "actor": ["UN", "UN"],
         "text": ["The Council calls for a ceasefire. It urges talks.", "Home / News / x\nWe support peace."]}
    ).to_csv(table, index=False)
    corpus = load_corpus(table)
    assert corpus.doc_ids == ["un-2", "un-1"]  # time order
    assert corpus.documents.set_index("doc_id").loc["un-1", "n_sentences"] == 2
    assert corpus.documents["file"].tolist() == ["statements.csv#3", "statements.csv#2"]


def test_jsonl_corpus_without_ids_gets_ids_from_line_numbers(tmp_path):
    table = tmp_path / "news.jsonl"
    table.write_text("\n".join(json.dumps({"text": text}) for text in ["Talks resumed.", "A ceasefire holds."]), encoding="utf-8")
    assert load_corpus(table).doc_ids == ["news-000001", "news-000002"]


@pytest.mark.parametrize(
    "content, message",
    [
        ('{"text": "Ok."}\n{"text": ', r"news\.jsonl, line 2: not valid JSON"),
        ('{"body": "no text key"}', r"news\.jsonl, line 1: no 'text' column"),
        ('{"text": "  "}', r"news\.jsonl, line 1: the text is empty"),
        ('{"doc_id": "a", "text": "One."}\n{"doc_id": "a", "text": "Two."}', r"line 2: duplicate doc_id 'a'"),
        ('["not", "an", "object"]', r"line 1: expected a JSON object"),
        ('{"text": "One.", "date": "05/01/2021"}', r"line 1: date '05/01/2021' for 'news-000001' is not an ISO date"),
    ],
)
def test_bad_jsonl_lines_are_named(tmp_path, content, message):
    table = tmp_path / "news.jsonl"
    table.write_text(content, encoding="utf-8")
    with pytest.raises(CorpusError, match=message):
        load_corpus(table)


def test_missing_corpus_file(tmp_path):
    with pytest.raises(CorpusError, match=r"missing\.csv: corpus file does not exist"):
        load_corpus(tmp_path / "missing.csv")


def test_csv_without_text_column(tmp_path):
    table = tmp_path / "t.csv"
    table.write_text("doc_id,body\na,Peace.\n", encoding="utf-8")
    with pytest.raises(CorpusError, match=r"t\.csv, line 2: no 'text' column"):
        load_corpus(table)


def test_parallel_loading_gives_the_same_tables(corpus):
    parallel = load_corpus(corpus.path, n_jobs=2)
    pd.testing.assert_frame_equal(parallel.documents, corpus.documents)
    pd.testing.assert_frame_equal(parallel.sentences, corpus.sentences)
    pd.testing.assert_frame_equal(parallel.cleaning, corpus.cleaning)


def test_error_in_a_worker_process_keeps_its_message(make_corpus):
    folder = make_corpus({"a.txt": "One.", "b.txt": "Home / News / Item\n"})
    with pytest.raises(CorpusError, match=r"b\.txt: no English text is left"):
        load_corpus(folder, n_jobs=2)


@pytest.mark.parametrize(
    "text",
    ["2021-02-12", "2021-2-12", "2021-02-30", "2020-02-29", "2021-02-29", "0001-01-01", "0000-01-01", "9999-12-31",
     "1677-01-01", "2262-05-01", "2021-13-01", "2021-00-10", "2021-02-12 ", "2021-02-12\n", "20210212",
     "2021-02-12T00:00", "２０２１-02-12", "2021/02/12", "12-02-2021", "x", "2021-02-1a"],
)
def test_iso_date_fast_path_agrees_with_pandas(text):
    """The plain YYYY-MM-DD shortcut gives pandas' answer (``%Y-%m-%d``, errors coerced)."""
    from analysis.io.sources import is_iso_date

    assert is_iso_date(text) == (not pd.isna(pd.to_datetime(text, format="%Y-%m-%d", errors="coerce")))
