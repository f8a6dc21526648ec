"""``make report CORPUS=...`` builds a report that fits any corpus, and never serves a stale page.

One real corpus the book was not written from: 40 statements of ``validation/statements/`` in one
CSV file, with ids and texts but no dates and no other metadata. It is built into a folder that
holds an earlier build of another corpus, so the build also shows that nothing of that one survives.
(One build covers both: each build costs a minute, and the report's prose for dated corpora and
for a single statement is tested on its own in ``analysis.book.report_text``.)
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


def an_earlier_build(build: Path) -> Path:
    """A build folder as an earlier ``make report`` on another corpus left it; returns its one page."""
    (build / "_build" / "html").mkdir(parents=True)
    (build / "_build" / ".inputs-fingerprint").write_text("another corpus\n", encoding="utf-8")
    stale = build / "_build" / "html" / "stale.html"
    stale.write_text("<article>The corpus holds 3 statements.</article>", encoding="utf-8")
    return stale


def test_forty_undated_statements_from_a_csv_without_metadata(tmp_path):
    """The report fits 40 statements that have no date and no speaker, and no page of an earlier build survives."""
    metadata = pd.read_csv(STATEMENTS / "metadata.csv", dtype=str, keep_default_na=False).sort_values("doc_id").head(40)
    metadata["text"] = [(STATEMENTS / name).read_text(encoding="utf-8") for name in metadata["file"]]
    table = tmp_path / "forty.csv"
    metadata[["doc_id", "text"]].to_csv(table, index=False)
    build = tmp_path / "report"
    stale = an_earlier_build(build)
    texts = build_report(table, build)
    assert_fits(texts, 40)
    assert "The corpus holds 40 statements" in texts["corpus"]
    assert "None of the 40 statements has a date" in texts["index"]
    assert "The metadata does not say who speaks" in texts["index"]
    assert "not validated on this corpus" in texts["stance"]
    assert not stale.exists() and not (build / "html" / "stale.html").exists()
    corpus_page = (build / "html" / "corpus.html").read_text(encoding="utf-8")
    assert "_static/tables.css" in corpus_page  # the book's table style: tables fit the column
    cleaning_table = BeautifulSoup(corpus_page, "html.parser").find(id="what-cleaning-changed").find("table")
    assert len(cleaning_table.find("thead").find_all("th")) == 5  # one row per rule, not a column per statement
