"""Draw the agency validation sample: ``python validation/agency/draw_sample.py [STATEMENTS_DIR]``.

The pool is every sentence of the **test** split of ``validation/statements/`` (statements from
outside the book's corpus; the split is drawn by ``validation/statements/assign_split.py``),
cleaned and split into sentences by the book's own code (:func:`analysis.io.corpus.load_corpus`).
:func:`analysis.methods.agency_validation.draw_validation_sample` then draws :data:`SIZE` sentences with
seed :data:`SEED`, leaving out fragments of fewer than five words and repeated texts. Nobody
chooses a sentence by reading it. Writes ``sample.csv`` (``item_id,text``) next to this file.
"""

from __future__ import annotations

import sys
from pathlib import Path

from analysis.io.corpus import PROJECT_ROOT, load_corpus
from analysis.methods.agency_validation import draw_validation_sample

SIZE = 200
SEED = 17
HERE = Path(__file__).resolve().parent


def main(statements_dir: Path) -> None:
    corpus = load_corpus(statements_dir)
    documents = corpus.documents
    test_ids = documents.loc[documents["split"] == "test", "doc_id"] if "split" in documents else documents["doc_id"]
    pool = corpus.sentences[corpus.sentences["doc_id"].isin(set(test_ids))].rename(columns={"sent_id": "item_id"})
    sample = draw_validation_sample(pool, size=SIZE, seed=SEED)
    sample.to_csv(HERE / "sample.csv", index=False, lineterminator="\n")
    print(f"{len(test_ids)} test documents, {len(pool)} sentences in the pool, {len(sample)} drawn (seed {SEED})")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else PROJECT_ROOT / "validation" / "statements")
