"""The dev/test split of the validation statements: rerunning the draw never moves a document.

The locked test set is defined by the ``split`` column of ``validation/statements/metadata.csv``. The
script that drew it rewrites that column, so it must give the same column again however many
development batches have been added since.
"""

import csv
import shutil
import subprocess
import sys
from pathlib import Path

STATEMENTS = Path(__file__).resolve().parent.parent / "validation" / "statements"


def test_rerunning_the_draw_leaves_every_split_as_committed(tmp_path):
    copy = tmp_path / "statements"
    shutil.copytree(STATEMENTS, copy)
    subprocess.run([sys.executable, str(copy / "assign_split.py")], check=True, capture_output=True)
    assert (copy / "metadata.csv").read_bytes() == (STATEMENTS / "metadata.csv").read_bytes()


def test_every_later_batch_is_development_data():
    with (STATEMENTS / "metadata.csv").open(newline="", encoding="utf-8") as f:
        split = {row["doc_id"]: row["split"] for row in csv.DictReader(f)}
    for batch in sorted(STATEMENTS.glob("batch*.csv")):
        with batch.open(newline="", encoding="utf-8") as f:
            ids = [row["doc_id"] for row in csv.DictReader(f)]
        assert ids, batch.name
        assert {split[doc_id] for doc_id in ids} == {"dev"}, batch.name
