"""The fast CSV writer writes exactly the bytes of pandas' to_csv, and takes its own path where it says it does."""

from __future__ import annotations

import importlib
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from analysis.io import csv_writer
from analysis.io.corpus import load_corpus
from analysis.io.csv_writer import float_texts, write_csv
from analysis.runtime.pipeline import PARALLEL_MODULES, STAGES, tokenise_corpus

PROJECT_ROOT = Path(__file__).resolve().parent.parent

TRICKY_FLOATS = [0.1, 1 / 3, 1e16, 1e-05, 123456789.0, -0.0, 0.0, np.nan, np.inf, -np.inf, 2.0, 1e15, 9.99e15,
                 5e-05, 1e-4, 1.5e-07, 1e22, 5e-324, 1.7976931348623157e308, -2.5e-300, 1e100, 0.30000000000000004]
TRICKY_TEXTS = ["plain", "a, b", 'say "no"', '"', '""', "two\nlines", "carriage\rreturn", "crlf\r\n", "tab\there",
                " leading", "trailing ", "", None, np.nan, "“quotes”", "د افغانستان اسلامي امارت", "x,\"y\"\nz", ",", "\n"]


def pandas_bytes(table: pd.DataFrame, path: Path) -> bytes:
    """What the pipeline wrote before: pandas' own to_csv."""
    table.to_csv(path, index=False, lineterminator="\n", encoding="utf-8")
    return path.read_bytes()


def assert_same_bytes(table: pd.DataFrame, tmp_path: Path) -> None:
    write_csv(table, tmp_path / "fast.csv")
    assert (tmp_path / "fast.csv").read_bytes() == pandas_bytes(table, tmp_path / "pandas.csv")


@pytest.fixture
def no_fallback(monkeypatch):
    """Fail if the writer hands the table to pandas: the fast path must be the one tested."""

    def refuse(table: pd.DataFrame, path: Path) -> None:
        raise AssertionError("fell back to pandas")

    monkeypatch.setattr(csv_writer, "write_with_pandas", refuse)


def tricky_table() -> pd.DataFrame:
    n = len(TRICKY_TEXTS)
    floats = (TRICKY_FLOATS * 2)[:n]
    return pd.DataFrame(
        {
            "float": floats,
            "int": np.arange(n, dtype=np.int64) * 10**17 - 10**18,
            "uint": np.arange(n, dtype=np.uint64) + np.uint64(2**64 - 100),
            "bool": [i % 3 == 0 for i in range(n)],
            "str": pd.Series(TRICKY_TEXTS, dtype="str"),
            "object": pd.Series(TRICKY_TEXTS, dtype=object),
            "python_str": pd.Series(TRICKY_TEXTS, dtype=pd.StringDtype("python")),
            "na_str": pd.Series(TRICKY_TEXTS, dtype=pd.StringDtype("pyarrow")),
            "Int64": pd.array([None if i % 4 == 0 else i - 5 for i in range(n)], dtype="Int64"),
            "boolean": pd.array([None if i % 4 == 0 else i % 2 == 0 for i in range(n)], dtype="boolean"),
        }
    )


def test_tricky_values_give_the_same_bytes(tmp_path, no_fallback):
    assert_same_bytes(tricky_table(), tmp_path)


def test_column_names_that_need_quotes(tmp_path, no_fallback):
    table = pd.DataFrame([[1, "a", 2.5]], columns=["a,b", 'say "x"', "line\nbreak"])
    assert_same_bytes(table, tmp_path)


def test_duplicate_column_names(tmp_path, no_fallback):
    table = pd.DataFrame([[1, "a,", 2.5], [2, "b", np.nan]], columns=["x", "x", "y"])
    assert_same_bytes(table, tmp_path)


def test_an_empty_table_is_its_header(tmp_path, no_fallback):
    table = tricky_table().iloc[:0]
    assert_same_bytes(table, tmp_path)
    assert (tmp_path / "fast.csv").read_text(encoding="utf-8").count("\n") == 1


def test_object_columns_of_missing_values_only(tmp_path, no_fallback):
    table = pd.DataFrame({"a": pd.Series([None, np.nan, pd.NA], dtype=object), "b": pd.Series([], dtype=object).reindex(range(3))})
    assert_same_bytes(table, tmp_path)


def test_a_table_longer_than_a_chunk(tmp_path, monkeypatch, no_fallback):
    monkeypatch.setattr(csv_writer, "ROWS_PER_CHUNK", 7)
    table = pd.concat([tricky_table()] * 5, ignore_index=True).iloc[3:]  # sliced: arrays that start at an offset
    assert_same_bytes(table, tmp_path)


def test_a_seeded_random_table(tmp_path, monkeypatch, no_fallback):
    rng = np.random.default_rng(20240611)
    n = 20_000
    words = np.array(["peace", "war", "a,b", 'q"q', "new\nline", "", "ملت", "“x”", " "], dtype=object)
    bits = rng.integers(0, 2**63 - 1, n, dtype=np.int64).view(np.float64)
    table = pd.DataFrame(
        {
            "doc_id": pd.Series(rng.choice(words, n), dtype="str"),
            "term": rng.choice(words, n),
            "freq": rng.integers(-(2**62), 2**62, n),
            "per_1000": rng.integers(1, 500, n) * 1000 / rng.integers(500, 50_000, n),
            "p_value": 10.0 ** rng.uniform(-320, 0, n),
            "g2": np.where(rng.random(n) < 0.1, np.nan, rng.normal(0, 1e6, n)),
            "bits": bits,
            "wide": 10.0 ** rng.uniform(-8, 20, n) * rng.choice([-1, 1], n),
            "integral": np.round(10.0 ** rng.uniform(0, 17, n)),
            "flag": rng.random(n) < 0.5,
        }
    )
    monkeypatch.setattr(csv_writer, "ROWS_PER_CHUNK", 3_000)
    assert_same_bytes(table, tmp_path)


def test_float_texts_are_numpys_astype_str():
    rng = np.random.default_rng(7)
    values = np.concatenate(
        [
            np.array(TRICKY_FLOATS),
            rng.integers(0, 2**63 - 1, 200_000, dtype=np.int64).view(np.float64),
            10.0 ** rng.uniform(-30, 30, 200_000),
            np.nextafter(10.0 ** rng.integers(-30, 30, 100_000), rng.choice([0, np.inf], 100_000)),
        ]
    )
    expected = values.astype(str).astype(object)
    expected[np.isnan(values)] = ""
    assert float_texts(values).to_pylist() == expected.tolist()


@pytest.mark.parametrize(
    "table",
    [
        pd.DataFrame({"only": ["", "x", None]}),  # the csv writer quotes a lone empty field
        pd.DataFrame(index=range(3)),
        pd.DataFrame({"when": pd.to_datetime(["2021-08-15", None]), "n": [1, 2]}),
        pd.DataFrame({"kind": pd.Categorical(["a", "b,c"]), "n": [1, 2]}),
        pd.DataFrame({"x": np.array([0.1, 1 / 3], dtype=np.float32), "n": [1, 2]}),
        pd.DataFrame({"x": pd.array([0.1, None], dtype="Float64"), "n": [1, 2]}),
        pd.DataFrame({"mixed": [1, "a", 2.5], "n": [1, 2, 3]}),
        pd.DataFrame({"z": [1 + 2j, 3j], "n": [1, 2]}),
        pd.DataFrame({0: [1, 2], "n": [1, 2]}),
        pd.DataFrame([[1, 2]], columns=pd.MultiIndex.from_tuples([("a", "b"), ("a", "c")])),
        pd.DataFrame({"bad": pd.Series(["\ud800", "x"], dtype=object), "n": [1, 2]}),
    ],
    ids=["one column", "no columns", "datetime", "categorical", "float32", "Float64", "mixed object",
         "complex", "non-string name", "MultiIndex columns", "lone surrogate"],
)
def test_what_it_does_not_handle_goes_to_pandas(table, tmp_path):
    try:
        expected = pandas_bytes(table, tmp_path / "pandas.csv")
    except UnicodeEncodeError:
        with pytest.raises(UnicodeEncodeError):
            write_csv(table, tmp_path / "fast.csv")
        return
    write_csv(table, tmp_path / "fast.csv")
    assert (tmp_path / "fast.csv").read_bytes() == expected


@pytest.fixture(scope="module")
def seed_tables() -> dict[str, pd.DataFrame]:
    """Every table the pipeline writes for the seed statements, as it holds them in memory."""
    corpus = load_corpus(PROJECT_ROOT / "seeds")
    tokenise_corpus(corpus)
    tables = {}
    for module_name in (name for modules in STAGES.values() for name in modules):
        module = importlib.import_module(module_name)
        tables.update(module.export_tables(corpus, **({"n_jobs": 1} if module_name in PARALLEL_MODULES else {})))
    return tables


def test_every_pipeline_table_gives_the_same_bytes(seed_tables, tmp_path):
    assert len(seed_tables) >= 18
    for name, table in seed_tables.items():
        write_csv(table, tmp_path / f"{name}.csv")
        assert (tmp_path / f"{name}.csv").read_bytes() == pandas_bytes(table, tmp_path / "pandas.csv"), name


def test_the_pipeline_tables_take_the_fast_path(seed_tables):
    assert all(csv_writer.column_formatters(table) is not None for table in seed_tables.values())
