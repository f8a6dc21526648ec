"""Assign each document in documents.csv to the `tune` or `heldout` split.

Whole documents are assigned (never single lines), stratified by `kind`:
for every kind (taken in sorted order) the ids of that kind are sorted,
shuffled with one shared random.Random(15) generator, and the first
floor(n/2) go to `tune`, the rest to `heldout` (so an odd kind gives its
extra document to `heldout`). The script rewrites the `split` column of
documents.csv in place and is deterministic: running it again gives the
same assignment.

Documents of a later held-out set (`heldout2`, `heldout3`, ...: fresh pages
added after the first draw, each scored once) are left exactly as they are:
they take no part in the draw, so the tune/heldout assignment of the first
139 documents is unchanged, and their `split` column is never rewritten.
"""

import csv
import random
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents.csv"
DRAWN = ("tune", "heldout")  # the first draw; later held-out sets are never redrawn


def main() -> None:
    with DOCS.open(newline="", encoding="utf-8") as fh:
        reader = csv.DictReader(fh)
        fields = reader.fieldnames
        rows = list(reader)

    drawn = [r for r in rows if r["split"] in DRAWN]

    rng = random.Random(15)
    split = {}
    for kind in sorted({r["kind"] for r in drawn}):
        ids = sorted(r["id"] for r in drawn if r["kind"] == kind)
        rng.shuffle(ids)
        half = len(ids) // 2
        for i, doc_id in enumerate(ids):
            split[doc_id] = "tune" if i < half else "heldout"

    for r in drawn:
        r["split"] = split[r["id"]]

    with DOCS.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=fields)
        writer.writeheader()
        writer.writerows(rows)

    splits = sorted(
        {r["split"] for r in rows}, key=lambda name: (DRAWN.index(name) if name in DRAWN else len(DRAWN), name)
    )
    for kind in sorted({r["kind"] for r in rows}):
        counts = [f"{name}={sum(1 for r in rows if r['kind'] == kind and r['split'] == name):3d}" for name in splits]
        print(f"{kind:16s} " + " ".join(counts))


if __name__ == "__main__":
    main()
