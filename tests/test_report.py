"""``make report CORPUS=...`` builds a report that fits any corpus, and never serves a stale page.

Two real corpora the book was not written from (statements in ``validation/statements/``):
three undated files with no ``metadata.csv``, then 40 documents in one CSV file, built into the
same folder, so the second build also shows that nothing of the first survives.
"""

import re
import subprocess
from pathlib import Path

import pandas as pd
import pytest
from bs4 import BeautifulSoup

ROOT = Path(__file__).resolve().parent.parent
STATEMENTS = ROOT / "validation" / "statements"
PAGES = ["index", "corpus", "words", "similarity", "stance"]

pytestmark = pytest.mark.book


def build_report(corpus: Path, build: Path) -> dict[str, str]:
    """Run ``make report`` and return the text of each page's article."""
    result = subprocess.run(
        ["make", "-s", "report", f"CORPUS={corpus}", f"REPORT_BUILD={build}"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-3000:]
    texts = {}
    for page in PAGES:
        soup = BeautifulSoup((build / "html" / f"{page}.html").read_text(encoding="utf-8"), "html.parser")
        texts[page] = soup.find("article").get_text(" ", strip=True)
    return texts


def seed_ids() -> list[str]:
    return pd.read_csv(ROOT / "seeds" / "metadata.csv")["doc_id"].tolist()


def assert_fits(texts: dict[str, str], n_statements: int) -> None:
    """Every count of statements on every page is the corpus's; nothing of the book's five texts."""
    for page, text in texts.items():
        said = re.findall(r"(?:holds|of the|all|each of the|None of the) (\d[\d,]*) statements\b", text)
        counts = {int(n.replace(",", "")) for n in said}
        assert counts <= {n_statements}, (page, counts)
        assert "{glue" not in text and "nan" not in text.split(), page
        for doc_id in seed_ids():
            assert doc_id not in text, (page, doc_id)
        assert not re.search(r"\bfive (statements|texts)\b", text, re.IGNORECASE), page
    assert f"{n_statements} statements" in texts["index"]


@pytest.fixture(scope="module")
def report_dir(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("report")


def test_three_undated_files_without_metadata(report_dir, tmp_path):
    corpus = tmp_path / "undated"
    corpus.mkdir()
    for path in sorted(STATEMENTS.glob("*.txt"))[:3]:
        (corpus / path.name).write_bytes(path.read_bytes())
    texts = build_report(corpus, report_dir)
    assert_fits(texts, 3)
    assert "None of the 3 statements has a date" in texts["index"]
    assert "not validated on this corpus" in texts["stance"]


def test_rebuilt_on_forty_documents_from_a_csv(report_dir, tmp_path):
    """Built after the test above into the same folder: every page now speaks of 40 statements."""
    metadata = pd.read_csv(STATEMENTS / "metadata.csv", dtype=str, keep_default_na=False).sort_values("doc_id").head(40)
    metadata["text"] = [(STATEMENTS / name).read_text(encoding="utf-8") for name in metadata["file"]]
    table = tmp_path / "forty.csv"
    metadata[["doc_id", "title", "actor", "actor_type", "genre", "date", "text"]].to_csv(table, index=False)
    texts = build_report(table, report_dir)
    assert_fits(texts, 40)
    assert "The corpus holds 40 statements" in texts["corpus"]
