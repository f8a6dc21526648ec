"""Write the sentences of the dev and test statements for coding: one CSV per split.

The sentences are those the package itself produces (cleaning, then Punkt), so a coded item is
exactly an item the stance method sees: ``item_id`` is the corpus ``sent_id`` (``doc_id:NNN``).

Run from the repository root:  ``.venv/bin/python validation/build_sentence_sets.py``
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from analysis.io.corpus import load_corpus

HERE = Path(__file__).resolve().parent
STATEMENTS = HERE / "statements"


def source_note(document: pd.Series) -> str:
    """Who speaks, what the text is, when, and where it was published: what a coder needs to know."""
    date = document["date"] if isinstance(document["date"], str) and document["date"] else "undated"
    return f"{document['actor']}, '{document['title']}', {date} ({document['genre']}; {document['source']})"


def sentence_sets() -> dict[str, pd.DataFrame]:
    """The sentences of each split, ``item_id, source_id, source, genre, text``."""
    metadata = pd.read_csv(STATEMENTS / "metadata.csv", dtype=str, keep_default_na=False)
    corpus = load_corpus(STATEMENTS)
    documents = corpus.documents.set_index("doc_id")
    sets = {}
    for split in ("dev", "test"):
        ids = set(metadata.loc[metadata["split"] == split, "doc_id"])
        rows = corpus.sentences[corpus.sentences["doc_id"].isin(ids)]
        sets[split] = pd.DataFrame(
            {
                "item_id": rows["sent_id"].to_numpy(),
                "source_id": rows["doc_id"].to_numpy(),
                "source": [source_note(documents.loc[d]) for d in rows["doc_id"]],
                "genre": [documents.loc[d, "genre"] for d in rows["doc_id"]],
                "text": rows["text"].to_numpy(),
            }
        )
    return sets


if __name__ == "__main__":
    for split, table in sentence_sets().items():
        folder = HERE / f"stance_{split}"
        folder.mkdir(exist_ok=True)
        table.to_csv(folder / "sentences.csv", index=False)
        print(f"{split}: {table['source_id'].nunique()} documents, {len(table)} sentences")
