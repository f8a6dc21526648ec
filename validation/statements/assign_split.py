"""Assign whole documents in this folder to the `dev` or `test` split.

The draw is a seeded random draw *within each actor type* (stratified), made
without looking at the texts: documents of one actor type are sorted by
doc_id, shuffled with ``random.Random(2026)`` (one generator, actor types
processed in alphabetical order), and the first ``round(TEST_FRACTION * n)``
go to ``test`` (at least one, and at least one left for ``dev``, whenever an
actor type has two or more documents).  An actor type with a single document
gets ``test`` if the generator's next ``random()`` is below TEST_FRACTION.

The draw covers the first batch of documents only. Documents gathered later for
development (listed in ``batch2.csv``, ``batch3.csv`` and every later ``batchN.csv``) are
assigned ``dev`` outright and kept out of the draw, so the draw over the first batch, and with it
the locked test set, is exactly what it was before they were added.

The script rewrites the ``split`` column of metadata.csv in place and prints
counts per actor type and split plus a rough sentence count (sentence-final
. ! ? followed by optional closing quotes/brackets and whitespace or end of
text).  Rerunning it gives the same result.

Usage:  python assign_split.py
"""

import csv
import random
import re
from collections import Counter, defaultdict
from pathlib import Path

SEED = 2026
TEST_FRACTION = 0.6  # fixed before drawing; chosen so the test set can reach ~450 sentences
HERE = Path(__file__).resolve().parent
META = HERE / "metadata.csv"
#: The later batches (``batch2.csv``, ``batch3.csv``, ...): development data only, never drawn. Every batch
#: file in the folder counts, so a new batch can never enter the draw and reshuffle the locked test set.
DEV_ONLY_BATCHES = sorted(HERE.glob("batch*.csv"))
SENT_END = re.compile(r"[.!?](?=[\"'”’)\]]*(?:\s|$))")


def count_sentences(text: str) -> int:
    return len(SENT_END.findall(text))


def dev_only_ids() -> set[str]:
    """doc_ids of the later batches, which go to ``dev`` without a draw."""
    ids = set()
    for batch in DEV_ONLY_BATCHES:
        with batch.open(newline="", encoding="utf-8") as f:
            ids.update(row["doc_id"] for row in csv.DictReader(f))
    return ids


def main() -> None:
    with META.open(newline="", encoding="utf-8") as f:
        reader = csv.DictReader(f)
        fields = reader.fieldnames
        rows = list(reader)

    fixed_dev = dev_only_ids()
    by_type = defaultdict(list)
    for r in rows:
        if r["doc_id"] not in fixed_dev:
            by_type[r["actor_type"]].append(r["doc_id"])

    rng = random.Random(SEED)
    split = dict.fromkeys(fixed_dev, "dev")
    for actor_type in sorted(by_type):
        ids = sorted(by_type[actor_type])
        rng.shuffle(ids)
        n = len(ids)
        if n == 1:
            split[ids[0]] = "test" if rng.random() < TEST_FRACTION else "dev"
            continue
        n_test = min(n - 1, max(1, round(TEST_FRACTION * n)))
        for i, d in enumerate(ids):
            split[d] = "test" if i < n_test else "dev"

    for r in rows:
        r["split"] = split[r["doc_id"]]
    with META.open("w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=fields, lineterminator="\n")
        w.writeheader()
        w.writerows(rows)

    docs = Counter()
    sents = Counter()
    per_type = defaultdict(Counter)
    years = defaultdict(Counter)
    for r in rows:
        n = count_sentences((HERE / r["file"]).read_text(encoding="utf-8"))
        docs[r["split"]] += 1
        sents[r["split"]] += n
        per_type[r["actor_type"]][r["split"]] += 1
        years[r["split"]][(r["date"] or "????")[:4]] += 1
    print(f"{'actor_type':20s} {'dev':>4s} {'test':>4s}")
    for t in sorted(per_type):
        print(f"{t:20s} {per_type[t]['dev']:4d} {per_type[t]['test']:4d}")
    for s in ("dev", "test"):
        print(f"{s}: {docs[s]} documents, ~{sents[s]} sentences; years {dict(sorted(years[s].items()))}")
    # checks required by the brief
    assert docs["test"] >= 32, "test set needs at least 32 documents"
    assert sents["test"] >= 450, "test set needs at least 450 sentences"
    assert per_type["taliban"]["test"] >= 4, "test set needs at least 4 Taliban documents"
    for t, c in per_type.items():
        if c["dev"] + c["test"] >= 2:
            assert c["dev"] >= 1 and c["test"] >= 1, f"{t} must appear in both splits"
    print("all split checks passed")


if __name__ == "__main__":
    main()
