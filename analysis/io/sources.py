"""Where the texts come from: a folder of ``.txt`` files, or one CSV or JSONL file of many texts.

Every reader yields *records* one at a time, ``(metadata row, raw text)``, so a large corpus is
streamed through cleaning rather than held twice in memory. Every reader checks its input and
raises :class:`CorpusError` with the file (and line) and the problem; whatever it leaves out it
names in a :class:`CorpusWarning`, so nothing is lost silently.

A folder holds ``.txt`` files (``.TXT`` too) and an optional ``metadata.csv`` (``doc_id``, ``file``
and any of ``title, actor, actor_type, genre, date, date_note, source``); without it, ids come
from the file names. Every file read must lie inside the folder (a ``../`` path, an absolute path
or a link leading out is refused). A CSV file needs a ``text`` column; a JSONL file holds one JSON
object per line with a ``text`` key and flat values; in both, a ``doc_id`` column is optional (ids
are then made from the row number) and the metadata columns are used where present. A column or
key may appear only once.

Text is UTF-8, or UTF-16/UTF-32 (recognised by its byte-order mark or, without one, by the
pattern of zero bytes that English text has in them); a NUL character is refused. Dates are
``YYYY-MM-DD``; a date with a one-digit month or day (``2021-6-5``) is written out in full. Line
ends in metadata values become ``\\n``.
"""

from __future__ import annotations

import csv
import json
import re
import stat
import sys
import warnings
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import IO

#: The metadata columns the book uses; all but ``doc_id`` and ``file`` may be left empty.
METADATA_COLUMNS = ["doc_id", "file", "title", "actor", "actor_type", "genre", "date", "date_note", "source"]

#: File endings read as one table of many texts.
TABLE_SUFFIXES = (".csv", ".jsonl")

#: How many bytes of a file are looked at to recognise its encoding.
SNIFF_BYTES = 4096

_VALID_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")
_DATE = re.compile(r"([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})\Z")

Record = tuple[dict, str]


class CorpusError(ValueError):
    """Bad corpus input: the message names the file and what is wrong with it."""


class CorpusWarning(UserWarning):
    """Something in the corpus folder was not read: the message names it and says why."""


# --- encodings ---------------------------------------------------------------------------------

_BOMS = [  # longest first: the UTF-32 little-endian mark begins with the UTF-16 one
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
]


def detect_encoding(head: bytes) -> str | None:
    """The encoding of a file from its first bytes: a byte-order mark, else the place of its zero bytes.

    Text without zero bytes is taken as UTF-8. UTF-16 and UTF-32 without a mark are recognised
    by where their zero bytes fall (English letters are ``x 00`` in UTF-16-LE, ``x 00 00 00`` in
    UTF-32-LE). ``None``: zero bytes in no such pattern, so not text.

    >>> detect_encoding("Peace".encode("utf-16-le")), detect_encoding("Peace".encode("utf-32-be"))
    ('utf-16-le', 'utf-32-be')
    >>> detect_encoding("Peace".encode("utf-16")), detect_encoding(b"Peace"), detect_encoding(b"P\\x00\\x00e")
    ('utf-16', 'utf-8-sig', None)
    """
    for mark, encoding in _BOMS:
        if head.startswith(mark):
            return encoding
    if b"\x00" not in head:
        return "utf-8-sig"
    zeros = [_share_of_zeros(head, offset, 4) for offset in range(4)]
    if zeros[2] > 0.9 and zeros[3] > 0.9 and zeros[0] < 0.5:
        return "utf-32-le"
    if zeros[0] > 0.9 and zeros[1] > 0.9 and zeros[3] < 0.5:
        return "utf-32-be"
    odd, even = _share_of_zeros(head, 1, 2), _share_of_zeros(head, 0, 2)
    if odd > 0.5 and even < 0.1:
        return "utf-16-le"
    if even > 0.5 and odd < 0.1:
        return "utf-16-be"
    return None


def _share_of_zeros(head: bytes, offset: int, step: int) -> float:
    """The share of zero bytes among ``head[offset::step]``."""
    picked = head[offset::step]
    return picked.count(0) / len(picked) if picked else 0.0


def decode_text(data: bytes, file: Path) -> str:
    """``data`` as text (UTF-8, UTF-16 or UTF-32), or a :class:`CorpusError` naming ``file`` and the problem."""
    encoding = detect_encoding(data[:SNIFF_BYTES])
    if encoding is None:
        raise CorpusError(f"{file}: holds NUL bytes, so it is not a text file (save it as UTF-8 text)")
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as error:
        name = "UTF-8" if encoding == "utf-8-sig" else encoding.upper()
        raise CorpusError(
            f"{file}: not {name} text (byte {error.start} cannot be decoded); save the file as UTF-8"
        ) from None
    if "\x00" in text:
        raise CorpusError(f"{file}: holds a NUL character at position {text.index(chr(0))}, so it is not plain text")
    return text


def open_text(file: Path) -> IO[str]:
    """Open a table file for reading as text in the encoding its first bytes show."""
    with file.open("rb") as handle:
        encoding = detect_encoding(handle.read(SNIFF_BYTES))
    if encoding is None:
        raise CorpusError(f"{file}: holds NUL bytes, so it is not a text file (save it as UTF-8 text)")
    return file.open(encoding=encoding, newline="")


def read_text_file(file: Path) -> str:
    """Read one statement, failing clearly on bytes that are not text or a file with no text."""
    try:
        raw = decode_text(file.read_bytes(), file)
    except OSError as error:
        raise CorpusError(f"{file}: cannot be read ({error.strerror})") from None
    if not raw.strip():
        raise CorpusError(f"{file}: the file is empty")
    return raw


# --- a folder of .txt files ----------------------------------------------------------------------


def _slug(name: str) -> str:
    """A document id made from a file name: lower case, runs of other characters turned into '-'."""
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-") or "document"


def scan_folder(folder: Path) -> tuple[list[Path], list[str]]:
    """The ``.txt`` files of a corpus folder (any case of the suffix), sorted, and the other entries with why each is not read.

    A ``.txt`` link leading outside the folder is refused; broken links, pipes and other
    non-regular files are not opened (reading a pipe would wait forever).
    """
    if not folder.exists():
        raise CorpusError(f"{folder}: corpus folder does not exist")
    if not folder.is_dir():
        raise CorpusError(f"{folder}: not a folder (give the folder that holds the .txt files)")
    texts, skipped = [], []
    for path in sorted(folder.iterdir()):
        if path.name == "metadata.csv":
            continue
        reason = _not_readable(path)
        if reason is None and path.suffix.lower() != ".txt":
            reason = "a folder" if path.is_dir() else "not a .txt file"
        if reason is None:
            inside(folder, path, path.name)
            texts.append(path)
        else:
            skipped.append(f"{path.name} ({reason})")
    return texts, skipped


def _not_readable(path: Path) -> str | None:
    """Why ``path`` cannot be read as a text file (a broken link, a pipe, a device...), or ``None``."""
    if path.is_symlink() and not path.exists():
        return "a broken link"
    try:
        mode = path.stat().st_mode
    except OSError as error:
        return f"cannot be read: {error.strerror}"
    if stat.S_ISFIFO(mode):
        return "a pipe, not a file"
    if not (stat.S_ISREG(mode) or stat.S_ISDIR(mode)):
        return "not a regular file"
    return None


def inside(folder: Path, path: Path, shown: str) -> Path:
    """``path`` with links resolved, or a :class:`CorpusError` if it leaves ``folder``."""
    resolved = path.resolve()
    if not resolved.is_relative_to(folder.resolve()):
        raise CorpusError(
            f"{folder / shown}: leads outside the corpus folder (to {resolved}); only files inside {folder} are read"
        )
    return resolved


def list_text_files(folder: Path) -> list[Path]:
    """The ``.txt`` files of a corpus folder, sorted by name; fails if the folder is missing or has none."""
    texts, _ = scan_folder(folder)
    if not texts:
        raise CorpusError(f"{folder}: no .txt files in the corpus folder")
    return texts


def read_metadata(folder: Path, text_files: list[Path]) -> list[dict]:
    """The metadata rows, checked against the text files; made from file names if there is no ``metadata.csv``."""
    metadata_file = folder / "metadata.csv"
    if not metadata_file.exists() and not metadata_file.is_symlink():
        rows = [
            {**dict.fromkeys(METADATA_COLUMNS, ""), "doc_id": _slug(file.stem), "file": file.name}
            for file in text_files
        ]
        for row in rows:
            check_row(row, str(folder / row["file"]))
    else:
        rows = _read_metadata_csv(metadata_file, folder)
    _check_metadata(rows, metadata_file, folder, text_files)
    return rows


def _read_metadata_csv(metadata_file: Path, folder: Path) -> list[dict]:
    """Parse ``metadata.csv`` into rows with every metadata column, each row checked."""
    reason = _not_readable(metadata_file)
    if reason:
        raise CorpusError(f"{metadata_file}: cannot be read ({reason})")
    inside(folder, metadata_file, metadata_file.name)
    rows = []
    for number, row in _csv_rows(metadata_file):
        if number == 2:
            missing = [column for column in ("doc_id", "file") if column not in row]
            if missing:
                raise CorpusError(f"{metadata_file}: missing column(s) {', '.join(missing)}")
        row = {**dict.fromkeys(METADATA_COLUMNS, ""), **row}
        check_row(row, f"{metadata_file}, line {number}")
        rows.append(row)
    if not rows:
        raise CorpusError(f"{metadata_file}: no rows below the header")
    return rows


def _check_metadata(rows: list[dict], metadata_file: Path, folder: Path, text_files: list[Path]) -> None:
    """Raise :class:`CorpusError` for a row whose file is missing or outside the folder, a file without its row, or a duplicate."""
    for number, row in enumerate(rows, start=2):
        where = f"{metadata_file}, line {number}"
        path = folder / row["file"]
        if not row["file"]:
            raise CorpusError(f"{where}: no file given for {row['doc_id']!r}")
        if Path(row["file"]).is_absolute() or not (path.resolve().is_relative_to(folder.resolve())):
            raise CorpusError(
                f"{where}: the file {row['file']!r} listed for {row['doc_id']!r} is outside the corpus folder {folder}"
            )
        reason = _not_readable(path) if path.exists() or path.is_symlink() else "does not exist"
        if reason == "does not exist" or reason == "a broken link":
            raise CorpusError(
                f"{where}: the file {row['file']!r} listed for {row['doc_id']!r} does not exist in {folder}"
            )
        if reason or path.is_dir():
            raise CorpusError(
                f"{where}: the file {row['file']!r} listed for {row['doc_id']!r} is {reason or 'a folder'}"
            )
    for column in ("doc_id", "file"):
        seen: set[str] = set()
        for row in rows:
            if row[column] in seen:
                raise CorpusError(f"{metadata_file}: duplicate {column} {row[column]!r}")
            seen.add(row[column])
    listed = {row["file"] for row in rows}
    for file in text_files:
        if file.name not in listed:
            raise CorpusError(f"{file}: no row in {metadata_file.name} (add a row with its doc_id, or remove the file)")


def iter_folder_records(folder: Path) -> Iterator[Record]:
    """Records of a folder of ``.txt`` files, in the order of its metadata, each file read when needed.

    The entries that are not read (other suffixes, folders, broken links, pipes) are named in
    one :class:`CorpusWarning`.
    """
    texts, skipped = scan_folder(folder)
    if skipped:
        shown = ", ".join(skipped[:10]) + (f" and {len(skipped) - 10} more" if len(skipped) > 10 else "")
        warnings.warn(CorpusWarning(f"{folder}: not read: {shown}"), stacklevel=2)
    if not texts:
        raise CorpusError(f"{folder}: no .txt files in the corpus folder")
    for row in read_metadata(folder, texts):
        yield row, read_text_file(folder / row["file"])


# --- one CSV or JSONL file of many texts --------------------------------------------------------


def check_row(row: dict, where: str) -> None:
    """Raise :class:`CorpusError` for an empty or malformed id, a NUL character or a date that is not ISO.

    In ``row``, a date with a one-digit month or day is written out in full, and a line end
    ``\\r\\n`` or ``\\r`` becomes ``\\n`` (as in the cleaned texts).
    """
    if not row["doc_id"].strip() or not _VALID_ID.match(row["doc_id"]):
        raise CorpusError(
            f"{where}: doc_id {row['doc_id']!r} is empty or has characters other than letters, digits, '-', '_' and '.'"
        )
    for column, value in row.items():
        if "\x00" in value:
            raise CorpusError(f"{where}: the {column!r} value holds a NUL character")
        if "\r" in value:
            row[column] = value.replace("\r\n", "\n").replace("\r", "\n")  # one kind of line end, as in the texts
    if row["date"]:
        full = iso_date(row["date"])
        if full is None:
            raise CorpusError(f"{where}: date {row['date']!r} for {row['doc_id']!r} is not an ISO date (YYYY-MM-DD)")
        row["date"] = full


def iso_date(text: str) -> str | None:
    """``text`` as ``YYYY-MM-DD`` if it names a calendar day as year-month-day in ASCII digits, else ``None``.

    >>> iso_date("2021-6-5"), iso_date("2021-06-05"), iso_date("2021-02-30"), iso_date("5/6/2021")
    ('2021-06-05', '2021-06-05', None, None)
    """
    match = _DATE.match(text)
    if not match:
        return None
    try:
        return date(*map(int, match.groups())).isoformat()
    except ValueError:
        return None


def _csv_rows(table_file: Path) -> Iterator[tuple[int, dict]]:
    """(line number, row) pairs of a CSV file, read one at a time; the header may not repeat a column."""
    try:
        with open_text(table_file) as handle:
            reader = csv.reader(handle, strict=True)
            header = next(reader, None)
            if header is None:
                raise CorpusError(f"{table_file}: the file is empty")
            repeated = sorted({name for name in header if header.count(name) > 1})
            if repeated:
                raise CorpusError(f"{table_file}, line 1: the column {repeated[0]!r} appears more than once")
            for number, fields in enumerate(reader, start=2):  # a row's number, counting the header as 1
                if len(fields) != len(header):
                    raise CorpusError(f"{table_file}, line {number}: the row does not have one value per column")
                yield number, dict(zip(header, fields))
    except UnicodeDecodeError:
        raise CorpusError(f"{table_file}: not UTF-8 text; save it as UTF-8") from None
    except csv.Error as error:
        raise CorpusError(f"{table_file}: not a valid CSV file ({error})") from None


def _table_rows(table_file: Path) -> Iterator[tuple[int, dict]]:
    """(line number, row) pairs of a CSV or JSONL file, read one at a time."""
    if table_file.suffix != ".jsonl":
        csv.field_size_limit(min(sys.maxsize, 2**31 - 1))
        yield from _csv_rows(table_file)
        return
    try:
        with open_text(table_file) as handle:
            for number, line in enumerate(handle, start=1):
                if line.strip():
                    yield number, _json_row(line, table_file, number)
    except UnicodeDecodeError:
        raise CorpusError(f"{table_file}: not UTF-8 text; save it as UTF-8") from None


class _RepeatedKey(Exception):
    """A JSON object names the same key twice."""


def _unique_keys(pairs: list[tuple[str, object]]) -> dict:
    """A JSON object as a dict, refusing a key that appears twice (``json`` would keep the last)."""
    row = dict(pairs)
    if len(row) != len(pairs):
        keys = [key for key, _ in pairs]
        raise _RepeatedKey(next(key for key in keys if keys.count(key) > 1))
    return row


def _json_row(line: str, table_file: Path, number: int) -> dict:
    """One JSONL line as a row of strings, or a clear error (bad JSON, a repeated key, a nested value)."""
    where = f"{table_file}, line {number}"
    try:
        row = json.loads(line, object_pairs_hook=_unique_keys)
    except json.JSONDecodeError as error:
        raise CorpusError(f"{where}: not valid JSON ({error.msg})") from None
    except _RepeatedKey as key:
        raise CorpusError(f"{where}: the key {str(key)!r} appears more than once") from None
    if not isinstance(row, dict):
        raise CorpusError(f"{where}: expected a JSON object with a 'text' key")
    for key, value in row.items():
        if isinstance(value, (dict, list)):
            raise CorpusError(
                f"{where}: the key {key!r} holds a nested {'object' if isinstance(value, dict) else 'list'}; values must be text, numbers or null"
            )
    return {key: "" if value is None else str(value) for key, value in row.items()}


def iter_table_records(table_file: Path) -> Iterator[Record]:
    """Records of a CSV or JSONL file with a ``text`` column, streamed row by row."""
    if not table_file.exists() and not table_file.is_symlink():
        raise CorpusError(f"{table_file}: corpus file does not exist")
    reason = _not_readable(table_file) or ("a folder" if table_file.is_dir() else None)
    if reason:
        raise CorpusError(f"{table_file}: cannot be read ({reason})")
    seen: set[str] = set()
    for number, row in _table_rows(table_file):
        where = f"{table_file}, line {number}"
        if "text" not in row:
            raise CorpusError(f"{where}: no 'text' column")
        text = row.pop("text")
        if not text.strip():
            raise CorpusError(f"{where}: the text is empty")
        if "\x00" in text:
            raise CorpusError(f"{where}: the text holds a NUL character, so it is not plain text")
        record = {column: row.get(column, "") or "" for column in METADATA_COLUMNS}
        record["doc_id"] = record["doc_id"] or f"{_slug(table_file.stem)}-{number:06d}"
        record["file"] = f"{table_file.name}#{number}"
        check_row(record, where)
        if record["doc_id"] in seen:
            raise CorpusError(f"{where}: duplicate doc_id {record['doc_id']!r}")
        seen.add(record["doc_id"])
        yield record, text
    if not seen:
        raise CorpusError(
            f"{table_file}: no texts in the file ({'no JSON lines' if table_file.suffix == '.jsonl' else 'no rows below the header'})"
        )


def iter_records(path: Path) -> Iterator[Record]:
    """Records of a corpus folder, or of a single CSV/JSONL file of texts."""
    if path.suffix in TABLE_SUFFIXES and not path.is_dir():
        return iter_table_records(path)
    return iter_folder_records(path)
