"""Synthetic corpora for the benchmark: half real sentences, half English words drawn by frequency.

Resampling only the statements' own sentences gives a corpus of a few hundred distinct terms,
which flatters every cache and every dense matrix. Each synthetic document here is therefore
made of two halves, about :data:`DOCUMENT_CHARS` characters in all:

* sentences of the real statements (the cleaned sentences of the book's corpus), drawn with
  replacement, so the stance, verb and marker rules find what they find in real text;
* sentences of 8 to 24 words drawn from wordfreq's :data:`VOCABULARY_SIZE` commonest English
  words, each word with its frequency in English, so the vocabulary grows as real text's does
  (about 20,000 distinct words at 10,000 documents).

Each document takes its genre and actor type from a randomly chosen statement (so the stance
chapter's news-report rule applies to a realistic share). Documents are written as JSONL and read
back through the real input path (:func:`analysis.io.corpus.load_corpus`). Seeded: the same
corpus on every run.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np

from analysis.io.corpus import Corpus

#: Target length of one synthetic document in characters (10,000 documents ≈ 50 MB).
DOCUMENT_CHARS = 5_000
#: How many of wordfreq's commonest English words the drawn sentences use.
VOCABULARY_SIZE = 30_000
SEED = 20240615


def english_words(n: int = VOCABULARY_SIZE) -> tuple[list[str], np.ndarray]:
    """wordfreq's ``n`` commonest English words and their probabilities (frequencies, summing to 1)."""
    from wordfreq import top_n_list, word_frequency

    words = top_n_list("en", n)
    weights = np.array([word_frequency(word, "en") for word in words])
    return words, weights / weights.sum()


def write_synthetic_corpus(corpus: Corpus, n_documents: int, path: Path, seed: int = SEED) -> Path:
    """Write ``n_documents`` synthetic documents to ``path`` (JSONL) and return the path."""
    rng = np.random.default_rng(seed)
    real = corpus.sentences["text"].tolist()
    words, probabilities = english_words()
    cumulative = np.cumsum(probabilities)
    sources = corpus.documents[["genre", "actor_type"]].to_dict("records")
    start = np.datetime64("2017-01-01")
    with path.open("w", encoding="utf-8") as handle:
        for number in range(n_documents):
            parts, real_size, drawn_size = [], 0, 0
            while real_size + drawn_size < DOCUMENT_CHARS:
                if real_size <= drawn_size:
                    sentence = real[rng.integers(len(real))]
                    real_size += len(sentence) + 1
                else:
                    drawn = np.minimum(
                        np.searchsorted(cumulative, rng.random(int(rng.integers(8, 25)))), len(words) - 1
                    )
                    sentence = " ".join(words[index] for index in drawn).capitalize() + "."
                    drawn_size += len(sentence) + 1
                parts.append(sentence)
            paragraphs = [" ".join(parts[i : i + 4]) for i in range(0, len(parts), 4)]
            source = sources[rng.integers(len(sources))]
            date = str(start + np.timedelta64(int(rng.integers(0, 8 * 365)), "D"))
            row = {"doc_id": f"doc-{number:05d}", "date": date, **source, "text": "\n\n".join(paragraphs)}
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    return path
