"""Load a corpus of statements into documents and sentences, cleaning each text on the way in.

A corpus is a folder of UTF-8 ``.txt`` files with an optional ``metadata.csv``, or a single CSV or
JSONL file of many texts (see :mod:`analysis.io.sources`). Files are only read, never written.
Documents are streamed through cleaning and sentence splitting, on several processes when asked
(``n_jobs``), so a corpus of thousands of statements is never held twice in memory.

Anything wrong with the input raises :class:`CorpusError`, whose message names the file and the
problem, so a user never has to read a traceback from inside pandas.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from analysis.io.sources import (  # noqa: F401  (re-exported: the public names of the corpus API)
    METADATA_COLUMNS,
    TABLE_SUFFIXES,
    CorpusError,
    Record,
    iter_records,
    list_text_files,
    read_text_file,
)
from analysis.runtime.jobs import map_stream
from analysis.text.cleaning import clean_text
from analysis.text.sentences import SentenceSpan, split_sentences
from analysis.text.term_lists import remember_document_sizes
from analysis.text.tokens import count_words

#: Environment variable that points the notebooks and the command line at another corpus folder.
CORPUS_ENV = "ANALYSIS_CORPUS"

#: The project folder: the parent of this package, where ``seeds/`` lives.
PROJECT_ROOT = Path(__file__).resolve().parents[2]

#: Columns of the cleaning report, one row per line a rule touched.
CLEANING_COLUMNS = ["doc_id", "file", "line_no", "action", "rule", "before", "after"]


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


#: A qualifier in brackets after a kind of speaker: "government (conference chair)" is a government.
_QUALIFIER = re.compile(r"\s*\([^)]*\)\s*$")


def speaker_kind(actor_type: object) -> str:
    """One kind of speaker, a bracketed qualifier dropped: the one coding of ``actor_type`` the book
    counts and compares by, so that "government (conference chair)" and "government" are the same kind.

    >>> speaker_kind("government (conference chair)"), speaker_kind(None)
    ('government', '')
    """
    return _QUALIFIER.sub("", str(actor_type)).strip() if isinstance(actor_type, str) else ""


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


@dataclass
class ProcessedDocument:
    """One cleaned document: its table row, its sentence rows and its cleaning steps."""

    row: dict
    sentences: list[dict]
    steps: list[dict]


def process_document(record: Record) -> ProcessedDocument:
    """Clean one raw text, split it into sentences and count its words (runs in a worker process)."""
    metadata, raw = record
    cleaned = clean_text(raw)
    if not cleaned.paragraphs:
        raise CorpusError(f"{metadata['file']}: no English text is left after cleaning (see the cleaning rules)")
    doc_id = metadata["doc_id"]
    spans = split_sentences(cleaned.text)
    sentence_sizes = [count_words(span.text) for span in spans]
    row = {
        **metadata,
        "text": cleaned.text,
        "headings": " | ".join(cleaned.headings),
        "non_english": " | ".join(f"{line.language}: {line.text}" for line in cleaned.non_english),
        "n_words": _text_size(cleaned.text, spans, sentence_sizes),
        "n_sentences": len(spans),
        "n_paragraphs": len(cleaned.paragraphs),
    }
    sentences = [
        {
            "doc_id": doc_id,
            "sent_id": f"{doc_id}:{number:03d}",
            "position": number,
            "text": span.text,
            "start": span.start,
            "end": span.end,
            "n_words": size,
            "speech": span.speech,
            "reported_speech": span.speech != "direct",
        }
        for number, (span, size) in enumerate(zip(spans, sentence_sizes), start=1)
    ]
    steps = [{"doc_id": doc_id, "file": metadata["file"], **vars(step)} for step in cleaned.steps]
    return ProcessedDocument(row, sentences, steps)


def _text_size(text: str, spans: list[SentenceSpan], sentence_sizes: list[int]) -> int:
    """``count_words(text)``, as the sum of the sentences' word counts when that is certainly equal.

    A word never holds whitespace, so when the sentences are separated (and surrounded) only by
    whitespace, each word of the text lies inside one sentence and is found there; otherwise
    (sentences touching, or text outside them) the text is counted again.
    """
    previous_end = 0
    for span in spans:
        gap = text[previous_end : span.start]
        if span.start < previous_end or (previous_end and not gap) or (gap and not gap.isspace()):
            return count_words(text)
        previous_end = span.end
    rest = text[previous_end:]
    if rest and not rest.isspace():
        return count_words(text)
    return sum(sentence_sizes)


def process_documents(records: Iterable[Record], n_jobs: int = 1) -> Iterator[ProcessedDocument]:
    """Process records in order, on ``n_jobs`` processes when more than one (streamed)."""
    return map_stream(process_document, records, n_jobs)


def load_corpus(path: str | Path | None = None, progress: bool = False, n_jobs: int = 1) -> Corpus:
    """Load, check and clean a corpus (default: the project's ``seeds/`` or ``$ANALYSIS_CORPUS``).

    ``path`` is a folder of ``.txt`` files or a CSV/JSONL file of texts. Documents are ordered by
    date, then id, so every table and figure reads in time order.
    """
    source = resolve_corpus_dir(path)
    if not source.exists():
        kind = "file" if source.suffix in TABLE_SUFFIXES else "folder"
        raise CorpusError(f"{source}: corpus {kind} does not exist")
    processed: Iterable[ProcessedDocument] = process_documents(iter_records(source), n_jobs)
    if progress:
        from tqdm.auto import tqdm

        processed = tqdm(processed, desc="cleaning", unit="doc")
    corpus = collect_documents(source, processed)
    remember_document_sizes(corpus, corpus.documents["n_words"].tolist())  # counted by process_document
    return corpus


def collect_documents(source: Path, processed: Iterable[ProcessedDocument]) -> Corpus:
    """The corpus made of processed documents, in any order (e.g. gathered from Dask): ids checked, time order."""
    documents, sentences, steps = [], [], []
    seen: set[str] = set()
    for document in processed:
        if document.row["doc_id"] in seen:
            raise CorpusError(f"{document.row['file']}: duplicate doc_id {document.row['doc_id']!r}")
        seen.add(document.row["doc_id"])
        documents.append(document.row)
        sentences.extend(document.sentences)
        steps.extend(document.steps)
    if not documents:
        raise CorpusError(f"{source}: the corpus holds no documents")
    return _assemble(source, documents, sentences, steps)


def _assemble(folder: Path, documents: list[dict], sentences: list[dict], steps: list[dict]) -> Corpus:
    """Build the three tables, documents in time order and the others following it."""
    doc_table = pd.DataFrame(documents)
    doc_table["year"] = pd.to_datetime(doc_table["date"], errors="coerce").dt.year.astype("Int64")
    doc_table = doc_table.sort_values(["date", "doc_id"], key=lambda col: col.replace("", "9999")).reset_index(
        drop=True
    )
    order = {doc_id: rank for rank, doc_id in enumerate(doc_table["doc_id"])}
    sent_table = pd.DataFrame(sentences)
    sent_table = sent_table.sort_values(
        ["doc_id", "position"], key=lambda col: col.map(order) if col.name == "doc_id" else col
    )
    step_table = pd.DataFrame(steps, columns=CLEANING_COLUMNS)
    step_table = step_table.sort_values(
        ["doc_id", "line_no"], key=lambda col: col.map(order) if col.name == "doc_id" else col
    )
    return Corpus(folder, doc_table, sent_table.reset_index(drop=True), step_table.reset_index(drop=True))
