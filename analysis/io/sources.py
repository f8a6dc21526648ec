"""Where the texts come from: a folder of ``.txt`` files, or one CSV or JSONL file of many texts.

Every reader yields *records* one at a time, ``(metadata row, raw text)``, so a large corpus is
streamed through cleaning rather than held twice in memory. Every reader checks its input and
raises :class:`CorpusError` with the file (and line) and the problem.

A folder holds UTF-8 ``.txt`` files and an optional ``metadata.csv`` (``doc_id``, ``file`` and any of
``title, actor, actor_type, genre, date, date_note, source``); without it, ids come from the file
names. A CSV file needs a ``text`` column; a JSONL file holds one JSON object per line with a
``text`` key; in both, a ``doc_id`` column is optional (ids are then made from the row number)
and the metadata columns are used where present.
"""

from __future__ import annotations

import csv
import json
import re
import sys
from datetime import date
from pathlib import Path
from typing import Iterator

import pandas as pd

#: The metadata columns the book uses; all but ``doc_id`` and ``file`` may be left empty.
METADATA_COLUMNS = ["doc_id", "file", "title", "actor", "actor_type", "genre", "date", "date_note", "source"]

#: File endings read as one table of many texts.
TABLE_SUFFIXES = (".csv", ".jsonl")

_VALID_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")
_PLAIN_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}\Z")

Record = tuple[dict, str]


class CorpusError(ValueError):
    """Bad corpus input: the message names the file and what is wrong with it."""


def read_text_file(file: Path) -> str:
    """Read one statement, failing clearly on bytes that are not UTF-8 or a file with no text."""
    try:
        raw = file.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise CorpusError(
            f"{file}: not UTF-8 text (byte {error.start} cannot be decoded); save the file as UTF-8"
        ) from None
    except OSError as error:
        raise CorpusError(f"{file}: cannot be read ({error.strerror})") from None
    if not raw.strip():
        raise CorpusError(f"{file}: the file is empty")
    return raw


def _slug(name: str) -> str:
    """A document id made from a file name: lower case, runs of other characters turned into '-'."""
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-") or "document"


def read_metadata(folder: Path, text_files: list[Path]) -> pd.DataFrame:
    """The metadata table, checked against the text files; made from file names if there is none."""
    metadata_file = folder / "metadata.csv"
    if not metadata_file.exists():
        rows = [{"doc_id": _slug(file.stem), "file": file.name} for file in text_files]
        metadata = pd.DataFrame(rows).reindex(columns=METADATA_COLUMNS, fill_value="")
    else:
        metadata = _read_metadata_csv(metadata_file)
    metadata = metadata.astype(object).fillna("").astype(str)
    _check_metadata(metadata, metadata_file, folder, text_files)
    return metadata


def _read_metadata_csv(metadata_file: Path) -> pd.DataFrame:
    """Parse ``metadata.csv``, turning every parsing failure into a :class:`CorpusError`."""
    try:
        with metadata_file.open(encoding="utf-8-sig", newline="") as handle:
            rows = list(csv.DictReader(handle, strict=True))
    except UnicodeDecodeError:
        raise CorpusError(f"{metadata_file}: not UTF-8 text; save it as UTF-8") from None
    except csv.Error as error:
        raise CorpusError(f"{metadata_file}: not a valid CSV file ({error})") from None
    if not rows:
        raise CorpusError(f"{metadata_file}: no rows below the header")
    missing = [column for column in ("doc_id", "file") if column not in rows[0]]
    if missing:
        raise CorpusError(f"{metadata_file}: missing column(s) {', '.join(missing)}")
    for number, row in enumerate(rows, start=2):
        if None in row or None in row.values():
            raise CorpusError(f"{metadata_file}, line {number}: the row does not have one value per column")
    metadata = pd.DataFrame(rows)
    for column in METADATA_COLUMNS:
        if column not in metadata:
            metadata[column] = ""
    extra = [column for column in metadata.columns if column not in METADATA_COLUMNS]
    return metadata[METADATA_COLUMNS + extra]


def _check_metadata(metadata: pd.DataFrame, metadata_file: Path, folder: Path, text_files: list[Path]) -> None:
    """Raise :class:`CorpusError` for a row without its file, a file without its row, or a bad id or date."""
    for index, row in metadata.iterrows():
        where = f"{metadata_file}, line {index + 2}"
        check_row(row, where)
        if not (folder / row["file"]).is_file():
            raise CorpusError(f"{where}: the file {row['file']!r} listed for {row['doc_id']!r} does not exist in {folder}")
    for column in ("doc_id", "file"):
        duplicated = metadata[column][metadata[column].duplicated()]
        if not duplicated.empty:
            raise CorpusError(f"{metadata_file}: duplicate {column} {duplicated.iloc[0]!r}")
    listed = set(metadata["file"])
    for file in text_files:
        if file.name not in listed:
            raise CorpusError(f"{file}: no row in {metadata_file.name} (add a row with its doc_id, or remove the file)")


def list_text_files(folder: Path) -> list[Path]:
    """The ``.txt`` files of a corpus folder, sorted by name; fails if the folder is missing or empty."""
    if not folder.exists():
        raise CorpusError(f"{folder}: corpus folder does not exist")
    if not folder.is_dir():
        raise CorpusError(f"{folder}: not a folder (give the folder that holds the .txt files)")
    files = sorted(path for path in folder.iterdir() if path.suffix == ".txt" and path.is_file())
    if not files:
        raise CorpusError(f"{folder}: no .txt files in the corpus folder")
    return files


def check_row(row: dict, where: str) -> None:
    """Raise :class:`CorpusError` for an empty or malformed id or a date that is not ISO."""
    if not row["doc_id"].strip() or not _VALID_ID.match(row["doc_id"]):
        raise CorpusError(
            f"{where}: doc_id {row['doc_id']!r} is empty or has characters other than letters, digits, '-', '_' and '.'"
        )
    if row["date"] and not is_iso_date(row["date"]):
        raise CorpusError(f"{where}: date {row['date']!r} for {row['doc_id']!r} is not an ISO date (YYYY-MM-DD)")


def is_iso_date(text: str) -> bool:
    """Whether ``text`` is a date that pandas reads with the format ``%Y-%m-%d``.

    The common case, ``YYYY-MM-DD`` with ASCII digits and a real calendar day, is decided by
    :class:`datetime.date` (far cheaper than a pandas call per row); anything else
    (one-digit months, other digits, invalid days) is left to pandas, so the answer is always its.
    """
    if _PLAIN_ISO_DATE.match(text):
        try:
            date(int(text[:4]), int(text[5:7]), int(text[8:10]))
            return True
        except ValueError:
            pass
    return not pd.isna(pd.to_datetime(text, format="%Y-%m-%d", errors="coerce"))


def iter_folder_records(folder: Path) -> Iterator[Record]:
    """Records of a folder of ``.txt`` files, in the order of its metadata, each file read when needed."""
    metadata = read_metadata(folder, list_text_files(folder))
    for row in metadata.to_dict("records"):
        yield row, read_text_file(folder / row["file"])


def _table_rows(table_file: Path) -> Iterator[tuple[int, dict]]:
    """(line number, row) pairs of a CSV or JSONL file, read one at a time."""
    try:
        with table_file.open(encoding="utf-8-sig", newline="") as handle:
            if table_file.suffix == ".jsonl":
                for number, line in enumerate(handle, start=1):
                    if line.strip():
                        yield number, _json_row(line, table_file, number)
            else:
                csv.field_size_limit(min(sys.maxsize, 2**31 - 1))
                for number, row in enumerate(csv.DictReader(handle, strict=True), start=2):
                    if None in row or None in row.values():
                        raise CorpusError(f"{table_file}, line {number}: the row does not have one value per column")
                    yield number, row
    except UnicodeDecodeError:
        raise CorpusError(f"{table_file}: not UTF-8 text; save it as UTF-8") from None
    except csv.Error as error:
        raise CorpusError(f"{table_file}: not a valid CSV file ({error})") from None


def _json_row(line: str, table_file: Path, number: int) -> dict:
    """One JSONL line as a row of strings, or a clear error."""
    try:
        row = json.loads(line)
    except json.JSONDecodeError as error:
        raise CorpusError(f"{table_file}, line {number}: not valid JSON ({error.msg})") from None
    if not isinstance(row, dict):
        raise CorpusError(f"{table_file}, line {number}: expected a JSON object with a 'text' key")
    return {key: "" if value is None else str(value) for key, value in row.items()}


def iter_table_records(table_file: Path) -> Iterator[Record]:
    """Records of a CSV or JSONL file with a ``text`` column, streamed row by row."""
    if not table_file.is_file():
        raise CorpusError(f"{table_file}: corpus file does not exist")
    seen: set[str] = set()
    for number, row in _table_rows(table_file):
        where = f"{table_file}, line {number}"
        if "text" not in row:
            raise CorpusError(f"{where}: no 'text' column")
        text = row.pop("text")
        if not text.strip():
            raise CorpusError(f"{where}: the text is empty")
        record = {column: row.get(column, "") or "" for column in METADATA_COLUMNS}
        record["doc_id"] = record["doc_id"] or f"{_slug(table_file.stem)}-{number:06d}"
        record["file"] = f"{table_file.name}#{number}"
        check_row(record, where)
        if record["doc_id"] in seen:
            raise CorpusError(f"{where}: duplicate doc_id {record['doc_id']!r}")
        seen.add(record["doc_id"])
        yield record, text


def iter_records(path: Path) -> Iterator[Record]:
    """Records of a corpus folder, or of a single CSV/JSONL file of texts."""
    if path.suffix in TABLE_SUFFIXES and not path.is_dir():
        return iter_table_records(path)
    return iter_folder_records(path)
