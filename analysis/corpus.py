"""Load a folder of statements into documents and sentences, checking the input on the way in.

A corpus is a folder of UTF-8 ``.txt`` files with an optional ``metadata.csv`` (one row per file:
``doc_id``, ``file`` and any of ``title, actor, actor_type, genre, date, date_note, source``).
Without a metadata file, each document's id is made from its file name. Files are only read,
never written.

Anything wrong with the input raises :class:`CorpusError`, whose message names the file and the
problem, so a user never has to read a traceback from inside pandas.
"""

from __future__ import annotations

import csv
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

import pandas as pd

from analysis.cleaning import CleanedText, clean_text
from analysis.sentences import split_sentences
from analysis.tokens import count_words

#: The metadata columns the book uses; all but ``doc_id`` and ``file`` may be left empty.
METADATA_COLUMNS = ["doc_id", "file", "title", "actor", "actor_type", "genre", "date", "date_note", "source"]

#: Environment variable that points the notebooks and the command line at another corpus folder.
CORPUS_ENV = "ANALYSIS_CORPUS"

#: The project folder: the parent of this package, where ``seeds/`` lives.
PROJECT_ROOT = Path(__file__).resolve().parent.parent

_VALID_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")


class CorpusError(ValueError):
    """Bad corpus input: the message names the file and what is wrong with it."""


@dataclass
class Corpus:
    """A cleaned corpus: one row per document, one row per sentence, and the cleaning record."""

    path: Path
    documents: pd.DataFrame
    sentences: pd.DataFrame
    cleaning: pd.DataFrame

    def cleaning_report(self, doc_id: str | None = None) -> pd.DataFrame:
        """Every line that cleaning removed, moved, joined or changed, for one document or all."""
        return cleaning_report(self, doc_id)

    def non_english_lines(self) -> pd.DataFrame:
        """The lines kept out of the English analysis, with their language."""
        moved = self.cleaning[self.cleaning["action"] == "moved"]
        return pd.DataFrame(
            {
                "doc_id": moved["doc_id"],
                "line_no": moved["line_no"],
                "language": moved["rule"].str.extract(r"\((\w+)\)", expand=False),
                "text": moved["before"],
            }
        ).reset_index(drop=True)

    @property
    def doc_ids(self) -> list[str]:
        """Document ids in the corpus order (by date, then id)."""
        return self.documents["doc_id"].tolist()


def cleaning_report(corpus: Corpus, doc_id: str | None = None) -> pd.DataFrame:
    """Every removed, moved, joined or changed line, so that no cleaning step is silent."""
    report = corpus.cleaning
    if doc_id is not None:
        report = report[report["doc_id"] == doc_id]
    return report.reset_index(drop=True)


def default_corpus_dir() -> Path:
    """The corpus the book reads: ``$ANALYSIS_CORPUS`` if set, else the project's ``seeds/``."""
    return Path(os.environ.get(CORPUS_ENV) or PROJECT_ROOT / "seeds")


def resolve_corpus_dir(path: str | Path | None) -> Path:
    """Find the corpus folder whether the caller runs from the project root or from ``book/``."""
    if path is None:
        return default_corpus_dir()
    candidate = Path(path)
    if not candidate.is_absolute() and not candidate.exists() and (PROJECT_ROOT / candidate).exists():
        return PROJECT_ROOT / candidate
    return candidate


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
        if not row["doc_id"].strip() or not _VALID_ID.match(row["doc_id"]):
            raise CorpusError(f"{where}: doc_id {row['doc_id']!r} is empty or has characters other than letters, digits, '-', '_' and '.'")
        if not (folder / row["file"]).is_file():
            raise CorpusError(f"{where}: the file {row['file']!r} listed for {row['doc_id']!r} does not exist in {folder}")
        if row["date"] and pd.isna(pd.to_datetime(row["date"], format="%Y-%m-%d", errors="coerce")):
            raise CorpusError(f"{where}: date {row['date']!r} for {row['doc_id']!r} is not an ISO date (YYYY-MM-DD)")
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


def _document_rows(metadata: pd.DataFrame, folder: Path, progress: bool) -> Iterable[tuple[dict, CleanedText]]:
    """Read and clean each listed file, yielding its metadata row with the cleaned text."""
    rows = metadata.to_dict("records")
    if progress:
        from tqdm.auto import tqdm

        rows = tqdm(rows, desc="cleaning", unit="doc")
    for row in rows:
        file = folder / row["file"]
        cleaned = clean_text(read_text_file(file))
        if not cleaned.paragraphs:
            raise CorpusError(f"{file}: no English text is left after cleaning (see the cleaning rules)")
        yield row, cleaned


def load_corpus(path: str | Path | None = None, progress: bool = False) -> Corpus:
    """Load, check and clean a corpus folder (default: the project's ``seeds/`` or ``$ANALYSIS_CORPUS``).

    Documents are ordered by date, then id, so every table and figure reads in time order.
    """
    folder = resolve_corpus_dir(path)
    text_files = list_text_files(folder)
    metadata = read_metadata(folder, text_files)
    documents, sentences, steps = [], [], []
    for row, cleaned in _document_rows(metadata, folder, progress):
        doc_sentences = split_sentences(cleaned.text)
        documents.append(
            {
                **row,
                "text": cleaned.text,
                "headings": " | ".join(cleaned.headings),
                "non_english": " | ".join(f"{line.language}: {line.text}" for line in cleaned.non_english),
                "n_words": count_words(cleaned.text),
                "n_sentences": len(doc_sentences),
                "n_paragraphs": len(cleaned.paragraphs),
            }
        )
        sentences.extend(
            {
                "doc_id": row["doc_id"],
                "sent_id": f"{row['doc_id']}:{number:03d}",
                "position": number,
                "text": span.text,
                "start": span.start,
                "end": span.end,
                "n_words": count_words(span.text),
                "speech": span.speech,
                "reported_speech": span.speech != "direct",
            }
            for number, span in enumerate(doc_sentences, start=1)
        )
        steps.extend({"doc_id": row["doc_id"], "file": row["file"], **vars(step)} for step in cleaned.steps)
    return _assemble(folder, documents, sentences, steps)


def _assemble(folder: Path, documents: list[dict], sentences: list[dict], steps: list[dict]) -> Corpus:
    """Build the three tables, documents in time order and the others following it."""
    doc_table = pd.DataFrame(documents)
    doc_table["year"] = pd.to_datetime(doc_table["date"], errors="coerce").dt.year.astype("Int64")
    doc_table = doc_table.sort_values(["date", "doc_id"], key=lambda col: col.replace("", "9999")).reset_index(drop=True)
    order = {doc_id: rank for rank, doc_id in enumerate(doc_table["doc_id"])}
    sent_table = pd.DataFrame(sentences)
    sent_table = sent_table.sort_values(["doc_id", "position"], key=lambda col: col.map(order) if col.name == "doc_id" else col)
    step_columns = ["doc_id", "file", "line_no", "action", "rule", "before", "after"]
    step_table = pd.DataFrame(steps, columns=step_columns)
    step_table = step_table.sort_values(["doc_id", "line_no"], key=lambda col: col.map(order) if col.name == "doc_id" else col)
    return Corpus(folder, doc_table, sent_table.reset_index(drop=True), step_table.reset_index(drop=True))
