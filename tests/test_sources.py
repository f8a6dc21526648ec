"""Corpora given as one CSV or JSONL file, and parallel loading that gives the same result."""

import json

import pandas as pd
import pytest

from analysis.io.corpus import CorpusError, load_corpus


def test_csv_corpus_with_metadata_columns(tmp_path):
    table = tmp_path / "statements.csv"
    pd.DataFrame(
        {
            "doc_id": ["un-1", "un-2"],
            "date": ["2021-01-05", "2020-03-10"],
            "actor": ["UN", "UN"],
            "text": ["The Council calls for a ceasefire. It urges talks.", "Home / News / x\nWe support peace."],
        }
    ).to_csv(table, index=False)
    corpus = load_corpus(table)
    assert corpus.doc_ids == ["un-2", "un-1"]  # time order
    assert corpus.documents.set_index("doc_id").loc["un-1", "n_sentences"] == 2
    assert corpus.documents["file"].tolist() == ["statements.csv#3", "statements.csv#2"]


def test_jsonl_corpus_without_ids_gets_ids_from_line_numbers(tmp_path):
    table = tmp_path / "news.jsonl"
    table.write_text(
        "\n".join(json.dumps({"text": text}) for text in ["Talks resumed.", "A ceasefire holds."]), encoding="utf-8"
    )
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
    "text, expected",
    [
        ("2021-02-12", "2021-02-12"),
        ("2021-2-12", "2021-02-12"),
        ("2021-6-5", "2021-06-05"),
        ("2020-02-29", "2020-02-29"),
        ("0001-01-01", "0001-01-01"),
        ("9999-12-31", "9999-12-31"),
        ("2021-02-30", None),
        ("2021-02-29", None),
        ("0000-01-01", None),
        ("2021-13-01", None),
        ("2021-00-10", None),
        ("2021-02-12 ", None),
        ("2021-02-12\n", None),
        ("20210212", None),
        ("2021-02-12T00:00", None),
        ("２０２１-02-12", None),
        ("2021/02/12", None),
        ("12-02-2021", None),
        ("x", None),
        ("2021-02-1a", None),
        ("2021-002-01", None),
    ],
)
def test_iso_date_writes_a_short_date_out_in_full_and_refuses_the_rest(text, expected):
    from analysis.io.sources import iso_date

    assert iso_date(text) == expected


def test_a_short_date_sorts_in_time_order(tmp_path):
    table = tmp_path / "t.jsonl"
    rows = [
        {"doc_id": "july", "date": "2021-07-05", "text": "Peace."},
        {"doc_id": "june", "date": "2021-6-5", "text": "Talks."},
    ]
    table.write_text("\n".join(json.dumps(row) for row in rows), encoding="utf-8")
    corpus = load_corpus(table)
    assert corpus.doc_ids == ["june", "july"] and corpus.documents["date"].tolist() == ["2021-06-05", "2021-07-05"]


# --- table files: empty, repeated columns and keys, nested values, encodings ---------------------


@pytest.mark.parametrize(
    "name, content, message",
    [
        ("t.csv", "", r"t\.csv: the file is empty$"),
        ("t.csv", "doc_id,text\n", r"t\.csv: no texts in the file \(no rows below the header\)$"),
        ("t.jsonl", "", r"t\.jsonl: no texts in the file \(no JSON lines\)$"),
        ("t.jsonl", "\n\n", r"t\.jsonl: no texts in the file \(no JSON lines\)$"),
        ("t.csv", "doc_id,text,text\na,One.,Two.\n", r"t\.csv, line 1: the column 'text' appears more than once$"),
        ("t.jsonl", '{"text": "One.", "text": "Two."}', r"t\.jsonl, line 1: the key 'text' appears more than once$"),
        ("t.jsonl", '{"text": "One.", "actor": {"name": "UN"}}', r"line 1: the key 'actor' holds a nested object"),
        ("t.jsonl", '{"text": "One.", "actor": ["UN"]}', r"line 1: the key 'actor' holds a nested list"),
        ("t.jsonl", '{"text": ["One."]}', r"line 1: the key 'text' holds a nested list"),
        ("t.jsonl", '{"text": "One.\\u0000Two."}', r"t\.jsonl, line 1: the text holds a NUL character"),
        ("t.csv", "doc_id,title,text\na,x\x00y,One.\n", r"t\.csv: holds NUL bytes, so it is not a text file"),
        (
            "t.jsonl",
            '{"text": "One.", "title": "a\\u0000b"}',
            r"t\.jsonl, line 1: the 'title' value holds a NUL character",
        ),
    ],
)
def test_bad_tables_are_named_in_one_line(tmp_path, name, content, message):
    table = tmp_path / name
    table.write_text(content, encoding="utf-8")
    with pytest.raises(CorpusError, match=message) as error:
        load_corpus(table)
    assert "\n" not in str(error.value)


@pytest.mark.parametrize(
    "encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be", "utf-8-sig"]
)
def test_utf16_and_utf32_tables_are_decoded_with_or_without_a_mark(tmp_path, encoding):
    table = tmp_path / "t.csv"
    table.write_bytes("doc_id,text\nun-1,The Council calls for a ceasefire in Kabul.\n".encode(encoding))
    corpus = load_corpus(table)
    assert corpus.doc_ids == ["un-1"] and corpus.sentences["text"].tolist() == [
        "The Council calls for a ceasefire in Kabul."
    ]


def test_bytes_with_nul_and_no_utf16_pattern_are_refused(tmp_path):
    table = tmp_path / "t.csv"
    table.write_bytes(b"doc_id,text\na,One\x00\x00\x00 two three four five six.\n")
    with pytest.raises(CorpusError, match=r"t\.csv: holds NUL bytes, so it is not a text file"):
        load_corpus(table)


def test_a_bare_carriage_return_in_metadata_survives_the_documents_table(tmp_path):
    from analysis.io.export import write_csv

    table = tmp_path / "t.csv"
    table.write_text('doc_id,title,text\na,"first\rsecond",We call for peace.\n', encoding="utf-8", newline="")
    corpus = load_corpus(table)
    write_csv(corpus.documents, tmp_path / "documents.csv")
    again = pd.read_csv(tmp_path / "documents.csv", keep_default_na=False)
    assert again["title"].tolist() == ["first\nsecond"] and len(again) == 1


def test_a_bare_carriage_return_in_any_table_is_quoted(tmp_path):
    from analysis.io.export import write_csv

    table = pd.DataFrame({"term": ["a\rb", "plain"], "n": [1, 2], "share": [0.5, float("nan")]})
    write_csv(table, tmp_path / "t.csv")
    again = pd.read_csv(tmp_path / "t.csv")
    assert again["term"].tolist() == ["a\rb", "plain"] and again["n"].tolist() == [1, 2]
