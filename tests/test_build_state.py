"""The book is never built from a stale cache: a change of corpus or package clears the build."""

from pathlib import Path

import pandas as pd

from analysis.runtime.build_state import (
    FINGERPRINT_FILE,
    STYLE_FINGERPRINT_FILE,
    STYLED_PARTS,
    ensure_fresh,
    fingerprint,
)


def _corpus(folder: Path, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "a.txt").write_text(text)
    return folder


def _built(build: Path) -> None:
    for part in (".jupyter_cache", "html"):
        (build / part).mkdir(parents=True, exist_ok=True)
        (build / part / "page").write_text("computed")


def test_same_inputs_keep_the_build(tmp_path):
    corpus = _corpus(tmp_path / "corpus", "Peace talks.")
    build = tmp_path / "_build"
    assert ensure_fresh(build, [corpus]) is True  # first build: nothing to keep
    _built(build)
    assert ensure_fresh(build, [corpus]) is False
    assert (build / "html" / "page").exists()


def test_a_changed_corpus_clears_cache_and_pages(tmp_path):
    corpus = _corpus(tmp_path / "corpus", "Peace talks.")
    build = tmp_path / "_build"
    ensure_fresh(build, [corpus])
    _built(build)
    (corpus / "a.txt").write_text("War.")
    assert ensure_fresh(build, [corpus]) is True
    assert not (build / ".jupyter_cache").exists() and not (build / "html").exists()
    assert (build / FINGERPRINT_FILE).read_text().strip() == fingerprint([corpus])


def test_another_corpus_folder_is_another_fingerprint(tmp_path):
    first = _corpus(tmp_path / "one", "Peace talks.")
    second = _corpus(tmp_path / "two", "Peace talks.")
    assert fingerprint([first]) != fingerprint([second])


def test_a_new_file_changes_the_fingerprint(tmp_path):
    corpus = _corpus(tmp_path / "corpus", "Peace talks.")
    before = fingerprint([corpus])
    (corpus / "b.txt").write_text("More.")
    assert fingerprint([corpus]) != before


def test_a_result_kept_on_disk_is_computed_once_when_asked_for_twice_at_once(tmp_path):
    """The book build and the tests may ask for the held-out report at the same moment: the second waits
    for the first's file instead of fitting the models again."""
    import threading
    import time

    from analysis.runtime.cache import cached_on_disk

    computed = []

    def slow_square() -> int:
        computed.append(1)
        time.sleep(0.3)
        return 49

    results = []
    threads = [
        threading.Thread(target=lambda: results.append(cached_on_disk("square", [], slow_square, tmp_path)))
        for _ in range(2)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert results == [49, 49] and len(computed) == 1


def test_a_changed_style_sheet_rewrites_the_pages_but_keeps_the_executed_notebooks(tmp_path):
    """Sphinx copies ``_static`` only while it writes a page: a change of style alone clears the pages."""
    style = tmp_path / "_static"
    style.mkdir()
    (style / "tables.css").write_text("table { max-width: 100%; }")
    build = tmp_path / "_build"
    assert ensure_fresh(build, [style], STYLED_PARTS, STYLE_FINGERPRINT_FILE) is True
    _built(build)
    assert ensure_fresh(build, [style], STYLED_PARTS, STYLE_FINGERPRINT_FILE) is False
    (style / "tables.css").write_text("img { max-width: 100%; }")
    assert ensure_fresh(build, [style], STYLED_PARTS, STYLE_FINGERPRINT_FILE) is True
    assert not (build / "html").exists() and (build / ".jupyter_cache" / "page").exists()


def _recorded_inputs(root):
    (root / "data").mkdir(parents=True)
    (root / "data" / "labels.csv").write_text("item_id,label\na,favor\n")
    return [root / "data" / "labels.csv"]


def test_a_recorded_table_has_the_same_key_in_every_checkout(tmp_path):
    """The key names its files below the checkout, so a fresh clone elsewhere reads the committed table."""
    from analysis.runtime.cache import release_key

    first, second = tmp_path / "one", tmp_path / "two"
    assert release_key(_recorded_inputs(first), first) == release_key(_recorded_inputs(second), second)


def test_a_recorded_table_is_read_back_while_its_inputs_are_unchanged(tmp_path):
    """Read back as text, as written; once an input changes it is stale and not read."""
    from analysis.runtime.cache import read_recorded_table, release_key, write_recorded_table

    inputs = _recorded_inputs(tmp_path)
    path = tmp_path / "predictions.csv"
    assert read_recorded_table(path, inputs, tmp_path) is None  # not recorded yet
    table = pd.DataFrame({"item_id": ["a:001", "a:002"], "label": ["favor", "against"]})
    write_recorded_table(table, path, release_key(inputs, tmp_path))
    pd.testing.assert_frame_equal(read_recorded_table(path, inputs, tmp_path), table)
    inputs[0].write_text("item_id,label\na,against\n")
    assert read_recorded_table(path, inputs, tmp_path) is None
