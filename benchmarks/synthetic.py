"""Synthetic corpora for the benchmark: the statements' own sentences, resampled into many documents.

Each synthetic document draws sentences (with replacement, seeded) from the cleaned sentences of
the book's corpus until it reaches about :data:`DOCUMENT_CHARS` characters, and takes its genre
and actor type from a randomly chosen source statement, so that the news-report rule of the
stance chapter applies to a realistic share of them. Documents are written as JSONL, one object
per line with ``doc_id``, ``date``, ``genre``, ``actor_type`` and ``text``, and read back through
the real input path (:func:`analysis.io.corpus.load_corpus`).
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np

from analysis.io.corpus import Corpus

#: Target length of one synthetic document in characters (10,000 documents ≈ 50 MB).
DOCUMENT_CHARS = 5_000
SEED = 20240615


def write_synthetic_corpus(corpus: Corpus, n_documents: int, path: Path, seed: int = SEED) -> Path:
    """Write ``n_documents`` resampled documents to ``path`` (JSONL) and return the path."""
    rng = np.random.default_rng(seed)
    sentences = corpus.sentences["text"].tolist()
    documents = corpus.documents[["genre", "actor_type"]].to_dict("records")
    start = np.datetime64("2017-01-01")
    with path.open("w", encoding="utf-8") as handle:
        for number in range(n_documents):
            parts, size = [], 0
            while size < DOCUMENT_CHARS:
                sentence = sentences[rng.integers(len(sentences))]
                parts.append(sentence)
                size += len(sentence) + 1
            paragraphs = [" ".join(parts[i : i + 4]) for i in range(0, len(parts), 4)]
            source = documents[rng.integers(len(documents))]
            date = str(start + np.timedelta64(int(rng.integers(0, 8 * 365)), "D"))
            row = {"doc_id": f"doc-{number:05d}", "date": date, **source, "text": "\n\n".join(paragraphs)}
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    return path
