"""Write the sentences of the dev and test statements for coding: one CSV per split, or one per batch.

The sentences are those the package itself produces (cleaning, then Punkt), so a coded item is
exactly an item the stance method sees: ``item_id`` is the corpus ``sent_id`` (``doc_id:NNN``).

Run from the repository root:

* ``.venv/bin/python validation/build_sentence_sets.py`` writes ``stance_dev/sentences.csv`` and
  ``stance_test/sentences.csv`` for the whole corpus. Those two files are coded and locked: do not
  rerun this on a committed set.
* ``.venv/bin/python validation/build_sentence_sets.py --batch validation/statements/batch2.csv``
  writes only the sentences of the documents a batch file lists (a CSV with a ``doc_id`` column)
  to ``stance_dev/sentences_<batch>.csv`` (here ``sentences_batch2.csv``), and touches no other file.
  A batch must be development data: every document it lists has split ``dev``.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import pandas as pd

from analysis.io.corpus import load_corpus

HERE = Path(__file__).resolve().parent
STATEMENTS = HERE / "statements"


def source_note(document: pd.Series) -> str:
    """Who speaks, what the text is, when, and where it was published: what a coder needs to know."""
    date = document["date"] if isinstance(document["date"], str) and document["date"] else "undated"
    return f"{document['actor']}, '{document['title']}', {date} ({document['genre']}; {document['source']})"


def sentence_table(corpus, ids: set[str]) -> pd.DataFrame:
    """The sentences of the given documents, ``item_id, source_id, source, genre, text``."""
    documents = corpus.documents.set_index("doc_id")
    rows = corpus.sentences[corpus.sentences["doc_id"].isin(ids)]
    return pd.DataFrame(
        {
            "item_id": rows["sent_id"].to_numpy(),
            "source_id": rows["doc_id"].to_numpy(),
            "source": [source_note(documents.loc[d]) for d in rows["doc_id"]],
            "genre": [documents.loc[d, "genre"] for d in rows["doc_id"]],
            "text": rows["text"].to_numpy(),
        }
    )


def read_metadata() -> pd.DataFrame:
    return pd.read_csv(STATEMENTS / "metadata.csv", dtype=str, keep_default_na=False)


def sentence_sets() -> dict[str, pd.DataFrame]:
    """The sentences of each split, ``item_id, source_id, source, genre, text``."""
    metadata = read_metadata()
    corpus = load_corpus(STATEMENTS)
    return {
        split: sentence_table(corpus, set(metadata.loc[metadata["split"] == split, "doc_id"]))
        for split in ("dev", "test")
    }


def batch_sentences(batch_file: str | Path) -> pd.DataFrame:
    """The sentences of the documents a batch file lists; every one must be a known ``dev`` document."""
    ids = set(pd.read_csv(batch_file, dtype=str)["doc_id"])
    split = read_metadata().set_index("doc_id")["split"]
    unknown = sorted(ids - set(split.index))
    not_dev = sorted(d for d in ids & set(split.index) if split[d] != "dev")
    if unknown or not_dev:
        raise ValueError(f"{batch_file}: not in metadata.csv: {unknown}; not split dev: {not_dev}")
    table = sentence_table(load_corpus(STATEMENTS), ids)
    missing = sorted(ids - set(table["source_id"]))
    if missing:
        raise ValueError(f"{batch_file}: no sentences for {missing}")
    return table


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--batch", type=Path, help="a CSV of doc_ids: write only their sentences, to stance_dev/")
    args = parser.parse_args()
    if args.batch:
        table = batch_sentences(args.batch)
        out = HERE / "stance_dev" / f"sentences_{args.batch.stem}.csv"
        table.to_csv(out, index=False)
        print(f"{out.name}: {table['source_id'].nunique()} documents, {len(table)} sentences")
        return
    for split, table in sentence_sets().items():
        folder = HERE / f"stance_{split}"
        folder.mkdir(exist_ok=True)
        table.to_csv(folder / "sentences.csv", index=False)
        print(f"{split}: {table['source_id'].nunique()} documents, {len(table)} sentences")


if __name__ == "__main__":
    main()
