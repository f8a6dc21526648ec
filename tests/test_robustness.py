"""A run that never misleads: the output folder is whole or untouched, the input is never written,
one run at a time, and Ctrl-C, SIGTERM and SIGKILL leave no incomplete table and no worker behind."""

from __future__ import annotations

import fcntl
import json
import logging
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path
from types import SimpleNamespace

import pandas as pd
import psutil
import pytest

from analysis.io.export import MANIFEST
from analysis.runtime import cli
from analysis.runtime.cli import main

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def run_cli(*args: str, **options) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "analysis", *args], capture_output=True, text=True, check=False, **options
    )


def start_cli(*args: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "analysis", *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )


def one_line(stderr: str) -> str:
    """The only line of ``stderr``; fails if there are more."""
    lines = stderr.strip().splitlines()
    assert len(lines) == 1, stderr
    assert "Traceback" not in stderr
    return lines[0]


def wait_for(path: Path, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while not path.exists() and time.monotonic() < deadline:
        time.sleep(0.05)


def folder_bytes(folder: Path) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in sorted(folder.iterdir())}


@pytest.fixture(scope="module")
def statements(tmp_path_factory, corpus) -> Path:
    """A JSONL corpus of 80 statements made of the seeds' sentences: a run of a few seconds."""
    sentences = corpus.sentences["text"].tolist()
    path = tmp_path_factory.mktemp("statements") / "statements.jsonl"
    with path.open("w", encoding="utf-8") as handle:
        for number in range(80):
            text = " ".join(sentences[(number * 7 + step) % len(sentences)] for step in range(8))
            handle.write(
                json.dumps({"doc_id": f"d{number}", "date": f"20{17 + number % 8}-01-01", "text": text}) + "\n"
            )
    return path


@pytest.fixture(scope="module")
def reference_run(tmp_path_factory, statements) -> Path:
    """The tables of one complete run of :func:`statements`."""
    out = tmp_path_factory.mktemp("reference") / "tables"
    assert main(["run", "--corpus", str(statements), "--out", str(out), "--quiet", "--jobs", "1"]) == 0
    return out


# --- the output folder ---------------------------------------------------------------------------


def test_a_run_writes_a_manifest_of_its_tables(reference_run, statements):
    manifest = json.loads((reference_run / MANIFEST).read_text(encoding="utf-8"))
    files = {table["file"] for table in manifest["tables"]}
    assert files | {MANIFEST} == {path.name for path in reference_run.iterdir()}
    for table in manifest["tables"]:
        frame = pd.read_csv(reference_run / table["file"], keep_default_na=False)
        assert (len(frame), list(frame.columns)) == (table["rows"], table["columns"]), table["file"]
    import hashlib

    assert (
        manifest["corpus"]["sha256"]
        == hashlib.sha256(b"statements.jsonl\0" + statements.read_bytes() + b"\0").hexdigest()
    )
    assert {"python", "pandas", "scikit-learn", "nltk"} <= set(manifest["versions"])


def test_nothing_is_left_beside_the_output(reference_run):
    """No staging folder and no lock file: the lock is removed when the run ends."""
    assert sorted(path.name for path in reference_run.parent.iterdir()) == ["tables"]


def test_out_holding_a_table_corpus_is_refused_and_the_corpus_kept(tmp_path):
    corpus = tmp_path / "documents.csv"
    corpus.write_text("doc_id,text\na,We call for peace.\n", encoding="utf-8")
    before = folder_bytes(tmp_path)
    result = run_cli("run", "--corpus", str(corpus), "--out", str(tmp_path))
    assert result.returncode == 1
    assert "the output folder holds the corpus file documents.csv" in one_line(result.stderr)
    assert folder_bytes(tmp_path) == before


@pytest.mark.parametrize("where", ["corpus", "inside", "holder"])
def test_out_is_never_the_corpus_folder_inside_it_or_around_it(tmp_path, where):
    corpus = tmp_path / "holder" / "corpus"
    corpus.mkdir(parents=True)
    (corpus / "a.txt").write_text("We call for peace.", encoding="utf-8")
    out = {"corpus": corpus, "inside": corpus / "tables", "holder": tmp_path / "holder"}[where]
    with pytest.raises(cli.CorpusError, match="choose another --out; the input is never written to"):
        cli.export_all(corpus, out)
    assert sorted(path.name for path in corpus.iterdir()) == ["a.txt"]


def test_out_holding_other_files_is_refused_and_left_alone(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    (out / "notes.txt").write_text("mine", encoding="utf-8")
    result = run_cli("run", "--corpus", str(SEEDS), "--out", str(out))
    assert result.returncode == 1
    assert "holds files that are not an earlier run's tables (notes.txt)" in one_line(result.stderr)
    assert folder_bytes(out) == {"notes.txt": b"mine"}


def test_an_earlier_run_is_replaced_whole(tmp_path, reference_run):
    """A table the new run does not write (an older run's extra table) does not survive beside its tables."""
    out = tmp_path / "out"
    out.mkdir()
    (out / "old_table.csv").write_text("a\n1\n", encoding="utf-8")
    manifest = {"corpus": {}, "tables": [{"file": "old_table.csv"}], "versions": {}}
    (out / MANIFEST).write_text(json.dumps(manifest), encoding="utf-8")
    single = tmp_path / "single"
    single.mkdir()
    (single / "statement.txt").write_text(
        "We call for an immediate ceasefire. The talks must resume.", encoding="utf-8"
    )
    assert main(["run", "--corpus", str(single), "--out", str(out), "--quiet"]) == 0
    assert "old_table.csv" not in folder_bytes(out)
    assert set(folder_bytes(out)) == set(folder_bytes(reference_run))
    assert sorted(path.name for path in tmp_path.iterdir()) == ["out", "single"]


def test_a_failed_run_leaves_the_earlier_run_whole_and_says_so(tmp_path):
    out = tmp_path / "out"
    assert main(["run", "--corpus", str(SEEDS), "--out", str(out), "--quiet"]) == 0
    before = folder_bytes(out)
    broken = tmp_path / "broken.jsonl"
    broken.write_text('{"text": "Peace."}\n{"text": \n', encoding="utf-8")
    result = run_cli("run", "--corpus", str(broken), "--out", str(out))
    assert result.returncode == 1
    line = one_line(result.stderr)
    assert "broken.jsonl, line 2: not valid JSON" in line and line.endswith(
        f"; {out} still holds the earlier run's tables"
    )
    assert folder_bytes(out) == before


def test_a_second_run_into_the_same_out_fails_clearly(tmp_path):
    out = tmp_path / "out"
    with open(tmp_path / ".out.lock", "a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # as a run in progress holds it
        result = run_cli("run", "--corpus", str(SEEDS), "--out", str(out))
    assert result.returncode == 1
    assert "another run is writing to this folder; wait for it to end or choose another --out" in one_line(
        result.stderr
    )
    assert not out.exists()


def test_two_runs_at_once_never_mix_their_tables(tmp_path, statements):
    out = tmp_path / "out"
    first = start_cli("run", "--corpus", str(statements), "--out", str(out), "--quiet", "--jobs", "1")
    wait_for(tmp_path / ".out.lock")  # the first run holds the lock
    second = start_cli("run", "--corpus", str(SEEDS), "--out", str(out), "--quiet", "--jobs", "1")
    results = [(process.wait(timeout=300), process.stderr.read()) for process in (first, second)]
    assert results[0][0] == 0
    if results[1][0] != 0:  # it found the first one running
        assert "another run is writing to this folder" in one_line(results[1][1])
    manifest = json.loads((out / MANIFEST).read_text(encoding="utf-8"))
    documents = pd.read_csv(out / "documents.csv")
    assert len(documents) == next(table["rows"] for table in manifest["tables"] if table["name"] == "documents")
    assert manifest["corpus"]["path"] == str(SEEDS if results[1][0] == 0 else statements)


def test_an_unwritable_out_is_found_before_the_corpus_is_read(tmp_path, monkeypatch):
    out = tmp_path / "out"
    out.mkdir()
    monkeypatch.setattr(cli, "run_stages", lambda *args, **kwargs: pytest.fail("the corpus was loaded"))
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda path, mode: False if Path(path) == out else real_access(path, mode))
    with pytest.raises(cli.CorpusError, match=r"out: the output folder is read-only"):
        cli.export_all(SEEDS, out)


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write into a read-only folder")
def test_a_read_only_place_fails_in_one_line(tmp_path):
    tmp_path.chmod(0o555)
    try:
        result = run_cli("run", "--corpus", str(SEEDS), "--out", str(tmp_path / "out"))
    finally:
        tmp_path.chmod(0o755)
    assert result.returncode == 1 and "cannot write beside the output folder" in one_line(result.stderr)


@pytest.mark.parametrize("jobs", ["0", "-1", "two"])
def test_jobs_must_be_one_or_more(jobs, capsys):
    with pytest.raises(SystemExit) as stopped:
        main(["run", "--out", "never", "--jobs", jobs])
    stderr = capsys.readouterr().err
    assert stopped.value.code == 2 and "--jobs" in stderr and "give 1 or more" in stderr


def test_a_bad_jobs_value_is_a_usage_error_of_the_command_without_a_traceback():
    """As above, through ``python -m analysis`` (once: every bad value takes the same path from the parser)."""
    result = run_cli("run", "--out", "never", "--jobs", "two")
    assert result.returncode == 2 and "--jobs" in result.stderr and "give 1 or more" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("content, message", [("doc_id,text\n", "no rows below the header"), ("", "no JSON lines")])
def test_an_empty_corpus_through_the_environment_is_one_line(tmp_path, content, message):
    table = tmp_path / ("empty.csv" if content else "empty.jsonl")
    table.write_text(content, encoding="utf-8")
    result = run_cli("run", "--out", str(tmp_path / "out"), env={**os.environ, "ANALYSIS_CORPUS": str(table)})
    assert result.returncode == 1 and message in one_line(result.stderr)


def test_unread_files_are_named_in_one_warning_line(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("We call for peace.", encoding="utf-8")
    (corpus / "c.text").write_text("Not read.", encoding="utf-8")
    os.mkfifo(corpus / "d.txt")
    result = run_cli("run", "--corpus", str(corpus), "--out", str(tmp_path / "out"), "--quiet")
    assert result.returncode == 0
    assert (
        one_line(result.stderr).startswith("warning: ")
        and "not read: c.text (not a .txt file), d.txt (a pipe, not a file)" in result.stderr
    )


# --- stopping a run ------------------------------------------------------------------------------


def descendants_when_working(process: subprocess.Popen, timeout: float = 60) -> list[psutil.Process]:
    """The process's descendants once two of them are joblib workers (not just its resource trackers)."""
    deadline = time.monotonic() + timeout
    while True:
        children = psutil.Process(process.pid).children(recursive=True)
        workers = [child for child in children if "LokyProcess" in " ".join(child.cmdline())]
        if len(workers) >= 2 or time.monotonic() > deadline or process.poll() is not None:
            return children
        time.sleep(0.05)


def importing_numpy(pid: int) -> bool:
    """True once the process has numpy's library loaded: the CLI is importing its packages."""
    return "numpy" in Path(f"/proc/{pid}/maps").read_text()


def test_ctrl_c_before_the_run_begins_is_one_line_too(tmp_path):
    process = start_cli("run", "--corpus", str(SEEDS), "--out", str(tmp_path / "out"))
    deadline = time.monotonic() + 30
    while not importing_numpy(process.pid) and time.monotonic() < deadline:
        time.sleep(0.005)
    process.send_signal(signal.SIGINT)  # still importing the packages
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == 130 and one_line(stderr).startswith("interrupted: the run was stopped")


def test_ctrl_c_exits_130_with_one_line(tmp_path, statements):
    out = tmp_path / "out"
    process = start_cli("run", "--corpus", str(statements), "--out", str(out), "--jobs", "1")
    wait_for(tmp_path / ".out.lock")  # the run has begun
    time.sleep(0.5)
    process.send_signal(signal.SIGINT)
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == 130, stderr
    assert one_line(stderr.split("\r")[-1]) == f"interrupted: the run was stopped; {out} was left as it was"
    assert not out.exists() and list(tmp_path.iterdir()) == []


def test_a_ctrl_c_that_python_dropped_still_stops_the_run_before_it_publishes(tmp_path):
    """A signal landing in a finaliser (``__del__``) raises nothing there; the run still stops before publishing."""
    stops = cli.StopSignals()
    record = logging.LogRecord(
        "concurrent.futures", logging.ERROR, __file__, 1, "exception calling callback", None, None
    )
    assert stops.filter(record)  # before a signal, the worker pool's log passes
    with pytest.raises(KeyboardInterrupt):  # the handler remembers the signal, then raises
        stops.handle(signal.SIGINT, None)
    assert not stops.filter(record)  # after it, the pool's complaints about cancelled tasks are dropped
    out = tmp_path / "out"
    with pytest.raises(KeyboardInterrupt):  # the raise was dropped, but the signal is remembered
        cli.export_all(SEEDS, out, progress=False, n_jobs=1, stops=stops)
    assert not out.exists() and list(tmp_path.iterdir()) == []


def test_a_stop_that_breaks_a_librarys_import_still_ends_in_one_line(tmp_path, monkeypatch, capsys):
    """Ctrl-C inside a C extension's import can come out as an ImportError ('type "ObjSense" is already
    registered!', scipy's HiGHS, in a loaded test run): after a stop, any error is the stop, exit 130."""
    stops = cli.StopSignals()

    def import_broken_by_the_stop(*args, **kwargs):
        stops.received = signal.SIGINT
        raise ImportError('generic_type: type "ObjSense" is already registered!')

    monkeypatch.setattr(cli, "export_all", import_broken_by_the_stop)
    monkeypatch.setattr(cli, "stop_workers", lambda: None)  # this process's children are the test run's own
    monkeypatch.setattr(stops, "ignore_further", lambda: None)  # the test run keeps its Ctrl-C
    out = tmp_path / "out"
    args = cli.build_parser().parse_args(["run", "--corpus", str(SEEDS), "--out", str(out)])
    assert cli.run(args, stops) == 130
    assert capsys.readouterr().err == f"interrupted: the run was stopped; {out} was left as it was\n"
    monkeypatch.setattr(cli, "export_all", lambda *args, **kwargs: (_ for _ in ()).throw(ImportError("no stop")))
    with pytest.raises(ImportError):  # without a stop, an error is reported as it is
        cli.run(args, cli.StopSignals())


def test_a_ctrl_c_that_python_dropped_is_not_printed_but_sent_again(capsys):
    """Python prints "Exception ignored in ..." for a stop raised in a finaliser; the run prints nothing, and the
    signal comes again a moment later, outside the finaliser."""
    hook, handler = sys.unraisablehook, signal.getsignal(signal.SIGINT)
    with cli.StopSignals() as stops:
        with pytest.raises(KeyboardInterrupt):
            stops.handle(signal.SIGINT, None)
        sys.unraisablehook(SimpleNamespace(exc_value=KeyboardInterrupt(), object=None))  # as Python calls it
        with pytest.raises(KeyboardInterrupt):
            time.sleep(5)  # the signal sent again lands here
    assert capsys.readouterr().err == ""
    assert sys.unraisablehook is hook and signal.getsignal(signal.SIGINT) is handler  # put back as they were


def test_a_thread_that_fails_after_a_stop_prints_nothing(monkeypatch):
    """The worker pool's manager thread may raise as the run stops (loky: "KeyError" for a task it was handing out,
    seen once in CI); once a stop has come, what a thread raises is dropped, so the stop stays one line. Before a
    stop, a thread's failure goes to the hook that was there before (Python's, which prints it), and that hook is
    put back after a run that was not stopped."""
    import threading

    failures = []

    def earlier_hook(failure) -> None:
        failures.append(failure.exc_type)

    monkeypatch.setattr(threading, "excepthook", earlier_hook)

    def fail() -> None:
        raise KeyError(1)

    def failing_thread() -> None:
        thread = threading.Thread(target=fail)
        thread.start()
        thread.join()

    with cli.StopSignals() as stops:
        failing_thread()
        assert failures == [KeyError]
        stops.received = signal.SIGTERM
        failing_thread()
        assert failures == [KeyError]  # dropped
        stops.received = None
    assert threading.excepthook is earlier_hook


@pytest.mark.parametrize("delay", [0.0, 1.5], ids=["as the workers start", "while they work"])
def test_ctrl_c_with_workers_exits_130_with_one_line(tmp_path, statements, delay):
    """Ctrl-C in a terminal signals the whole process group, workers included: still one line, no worker left."""
    out = tmp_path / "out"
    process = subprocess.Popen(
        [sys.executable, "-m", "analysis", "run", "--corpus", str(statements), "--out", str(out), "--jobs", "2"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,  # its own process group, as a shell gives a command
    )
    workers = descendants_when_working(process)
    assert workers, "the run started no worker"
    time.sleep(delay)
    workers = [worker for worker in psutil.Process(process.pid).children(recursive=True)] or workers
    os.killpg(process.pid, signal.SIGINT)
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == 130, stderr
    assert one_line(stderr.split("\r")[-1]) == f"interrupted: the run was stopped; {out} was left as it was"
    _, alive = psutil.wait_procs(workers, timeout=10)
    assert not alive, f"workers outlived the run: {alive}"
    assert list(tmp_path.iterdir()) == []


def test_a_lock_file_left_by_a_killed_run_is_taken_over_and_removed(tmp_path):
    (tmp_path / ".out.lock").write_text("", encoding="utf-8")  # SIGKILL leaves the file, unlocked
    assert main(["run", "--corpus", str(SEEDS), "--out", str(tmp_path / "out"), "--quiet"]) == 0
    assert sorted(path.name for path in tmp_path.iterdir()) == ["out"]


def test_a_lock_on_a_file_removed_meanwhile_does_not_count(tmp_path):
    from analysis.io.export import _is_file_at

    path = tmp_path / ".out.lock"
    with open(path, "a") as handle:
        assert _is_file_at(handle, path)
        path.unlink()  # the run that held it ended
        assert not _is_file_at(handle, path)
        path.write_text("", encoding="utf-8")  # and the next run made a new one
        assert not _is_file_at(handle, path)


def test_sigterm_ends_every_worker(tmp_path, statements):
    process = start_cli("run", "--corpus", str(statements), "--out", str(tmp_path / "out"), "--jobs", "2", "--quiet")
    workers = descendants_when_working(process)
    assert workers, "the run started no worker"
    process.send_signal(signal.SIGTERM)
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == 143, stderr
    assert one_line(stderr).startswith("terminated: the run was stopped")
    _, alive = psutil.wait_procs(workers, timeout=10)
    assert not alive, f"workers outlived the run: {alive}"


def test_a_run_killed_at_random_points_leaves_no_incomplete_table(tmp_path, statements, reference_run):
    """SIGTERM and SIGKILL at seeded random moments: every CSV anywhere is complete, and --out is the earlier run or nothing."""
    reference = folder_bytes(reference_run)
    draw = random.Random(14)
    for number, (kill, delay) in enumerate(
        [
            (signal.SIGKILL, draw.uniform(1.0, 4.0)),
            (signal.SIGTERM, draw.uniform(1.0, 4.0)),
            (signal.SIGKILL, draw.uniform(3.0, 6.0)),
            (signal.SIGTERM, draw.uniform(3.0, 6.0)),
        ]
    ):
        out = tmp_path / f"out{number}"
        earlier = number % 2 == 1  # every other time, an earlier complete run is already there
        if earlier:
            shutil.copytree(reference_run, out)
        process = start_cli("run", "--corpus", str(statements), "--out", str(out), "--quiet", "--jobs", "1")
        time.sleep(delay)
        workers = psutil.Process(process.pid).children(recursive=True) if process.poll() is None else []
        process.send_signal(kill)
        process.communicate(timeout=60)
        psutil.wait_procs(workers, timeout=10)
        for csv_file in tmp_path.rglob("*.csv"):
            assert csv_file.read_bytes() == reference[csv_file.name], (
                f"{csv_file} is incomplete (killed after {delay:.1f} s)"
            )
        if out.exists():
            assert folder_bytes(out) == reference
        else:
            assert not earlier and process.returncode != 0


# --- bounded sentences, encodings and dates, as properties ---------------------------------------

from datetime import date  # noqa: E402
from unittest import mock  # noqa: E402

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from analysis.io.sources import decode_text, iso_date  # noqa: E402
from analysis.text import sentences  # noqa: E402


def test_a_long_run_without_punctuation_becomes_bounded_sentences():
    words = [f"word{number % 97}" for number in range(20_000)]  # about 130 KB, one line, no full stop
    text = " ".join(words)
    spans = sentences.split_sentences(text)
    assert all(len(span.text.split()) <= sentences.MAX_SENTENCE_WORDS for span in spans)
    assert all(text[span.start : span.end] == span.text for span in spans)
    assert [word for span in spans for word in span.text.split()] == words
    assert len(spans) == 20_000 // sentences.MAX_SENTENCE_WORDS


def test_a_word_longer_than_a_sentence_may_be_is_cut():
    text = "peace " + "x" * 12_000 + " talks"
    spans = sentences.split_sentences(text)
    assert [len(span.text) for span in spans] == [5, 5000, 5000, 2006]  # "peace", the word in three, "xx… talks"
    assert "".join(span.text for span in spans).replace(" ", "") == text.replace(" ", "")


@settings(max_examples=100, deadline=None)
@given(
    st.lists(st.text(alphabet="ab", min_size=1, max_size=30), max_size=60),
    st.lists(st.sampled_from([" ", "  ", "\n", "\t"]), min_size=60, max_size=60),
)
def test_segments_keep_every_character_and_respect_both_bounds(words, gaps):
    text = "".join(word + gap for word, gap in zip(words, gaps)).strip()
    with mock.patch.object(sentences, "MAX_SENTENCE_WORDS", 5), mock.patch.object(sentences, "MAX_SENTENCE_CHARS", 20):
        segments = sentences.bounded_segments(text, 0, len(text))
    pieces = [text[start:end] for start, end in segments]
    assert "".join("".join(piece.split()) for piece in pieces) == "".join(text.split())
    assert all(len(piece.split()) <= 5 and len(piece) <= 20 for piece in pieces if len(text) > 10)
    assert all(end <= next_start for (_, end), (next_start, _) in zip(segments, segments[1:]))


@settings(max_examples=100, deadline=None)
@given(
    st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00\ufeff"), min_size=1),
    st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-32"]),
)
def test_any_text_with_a_byte_order_mark_or_in_utf8_decodes_to_itself(text, encoding):
    assert decode_text(text.encode(encoding), "t.txt") == text


@settings(max_examples=100, deadline=None)
@given(
    st.text(st.characters(min_codepoint=1, max_codepoint=127), min_size=1),
    st.sampled_from(["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"]),
)
def test_english_text_without_a_mark_is_recognised_by_its_zero_bytes(text, encoding):
    assert decode_text(text.encode(encoding), "t.txt") == text


@given(st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31)))
def test_every_calendar_day_written_short_or_long_is_read_as_itself(day):
    assert iso_date(f"{day.year:04d}-{day.month}-{day.day}") == day.isoformat() == iso_date(day.isoformat())
    assert iso_date(f"{day.year:04d}-{day.month:02d}-32") is None


def test_without_an_atomic_swap_an_earlier_run_is_still_replaced_whole(tmp_path, monkeypatch):
    from analysis.io import export

    monkeypatch.setattr(export, "exchange", lambda first, second: False)
    out = tmp_path / "out"
    for _ in range(2):
        assert main(["run", "--corpus", str(SEEDS), "--out", str(out), "--quiet"]) == 0
    assert sorted(path.name for path in tmp_path.iterdir()) == ["out"]
    assert json.loads((out / MANIFEST).read_text(encoding="utf-8"))["corpus"]["path"] == str(SEEDS)


def test_an_earlier_run_moved_aside_by_a_killed_run_is_put_back(tmp_path):
    from analysis.io.export import staged_output

    aside = tmp_path / ".out.old-x1" / "out"
    aside.mkdir(parents=True)
    (aside / MANIFEST).write_text(json.dumps({"tables": []}), encoding="utf-8")
    (tmp_path / ".out.run-x2").mkdir()  # a killed run's staging folder
    with staged_output(tmp_path / "out", SEEDS) as staging:
        assert staging.folder.name.startswith(".out.run-")
    assert sorted(path.name for path in tmp_path.iterdir()) == ["out"]
    assert [path.name for path in (tmp_path / "out").iterdir()] == [MANIFEST]
