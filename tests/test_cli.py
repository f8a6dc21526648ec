"""The command line: CSV export, determinism and one-line errors."""

import hashlib
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from analysis.runtime.cli import main

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def run_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "analysis", *args], capture_output=True, text=True, check=False)


def test_run_writes_the_corpus_tables(tmp_path):
    assert main(["run", "--corpus", str(SEEDS), "--out", str(tmp_path), "--quiet"]) == 0
    for name in ["documents", "sentences", "cleaning_report", "non_english_lines", "own_voice_comparison"]:
        assert (tmp_path / f"{name}.csv").exists()
    sentences = pd.read_csv(tmp_path / "sentences.csv")
    assert list(sentences.columns[:4]) == ["doc_id", "sent_id", "position", "text"]
    assert sentences["doc_id"].nunique() == 5


def test_two_runs_write_the_same_bytes(tmp_path):
    for out in ("one", "two"):
        assert main(["run", "--corpus", str(SEEDS), "--out", str(tmp_path / out), "--quiet"]) == 0

    def digest(folder):
        return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}

    assert digest(tmp_path / "one") == digest(tmp_path / "two")


def test_bad_input_gives_one_line_and_exit_status_1(tmp_path):
    result = run_cli("run", "--corpus", str(tmp_path / "missing"), "--out", str(tmp_path / "out"))
    assert result.returncode == 1
    assert result.stderr.strip().count("\n") == 0
    assert result.stderr.startswith("error: ") and "corpus folder does not exist" in result.stderr
    assert "Traceback" not in result.stderr


def test_help_describes_the_run_command(capsys):
    """In this process: the parser is the command's (``python -m analysis`` itself is run by the tests around)."""
    with pytest.raises(SystemExit) as stopped:
        main(["run", "--help"])
    printed = capsys.readouterr().out
    assert stopped.value.code == 0
    assert "--corpus" in printed and "metadata.csv" in printed


def test_missing_out_is_a_usage_error():
    with pytest.raises(SystemExit) as stopped:
        main(["run"])
    assert stopped.value.code == 2


def test_own_folder_without_metadata(tmp_path):
    corpus = tmp_path / "mine"
    corpus.mkdir()
    (corpus / "first.txt").write_text("We call on all parties to agree a ceasefire.", encoding="utf-8")
    (corpus / "second.txt").write_text("The council welcomes the talks. It urges restraint.", encoding="utf-8")
    assert main(["run", "--corpus", str(corpus), "--out", str(tmp_path / "out"), "--quiet"]) == 0
    documents = pd.read_csv(tmp_path / "out" / "documents.csv")
    assert sorted(documents["doc_id"]) == ["first", "second"]


def test_a_single_statement_runs_without_warnings(tmp_path):
    """One document: no rest of the corpus to compare with, no pair to rank; every table still written."""
    corpus = tmp_path / "one"
    corpus.mkdir()
    (corpus / "statement.txt").write_text(
        "We call for an immediate ceasefire. The talks must resume in Doha. We call for talks now.\n", encoding="utf-8"
    )
    result = run_cli("run", "--corpus", str(corpus), "--out", str(tmp_path / "out"), "--quiet")
    assert result.returncode == 0, result.stderr
    assert "Warning" not in result.stderr and "Traceback" not in result.stderr
    keyness = pd.read_csv(tmp_path / "out" / "keyness.csv")
    assert set(keyness["reference"]) <= {"general English"}
    robustness = pd.read_csv(tmp_path / "out" / "tfidf_robustness.csv")
    assert robustness["same_closest_pair"].isna().all()
