"""The record of cleaning scores: the one score on unseen pages is read from it, and a new split is
scored and recorded by one call."""

import pandas as pd
import pytest

from analysis.text.cleaning_check import (
    latest_unseen_score,
    line_fates,
    record_score,
    record_unseen_score,
    score_history,
    tuned_splits,
)


def test_the_record_holds_heldout2s_one_unseen_score():
    history = score_history()
    first = history[history["split"] == "heldout2"].iloc[0]
    assert first[["statement_kept", "statement_lines", "boilerplate_removed", "boilerplate_lines"]].tolist() == [
        310,
        315,
        162,
        219,
    ]
    assert not first["tuned_on"] and first["rules_commit"] == "74b009e" and first["documents"] == 60
    # its errors were read and the rules tuned on it since: it counts among the fitted splits
    assert tuned_splits(["heldout", "heldout2", "tune"], history) == ["heldout", "heldout2", "tune"]


def test_the_score_quoted_as_unseen_is_heldout61s_one_scoring():
    """heldout61 was added after the rules of 1dafb0f were frozen and scored once with them; every fresh set keeps
    its one unseen score in the record and counts among the fitted splits since it was tuned on (heldout5 from
    the row of c49ad6e on, heldout6 from 94b8450, heldout7 from 7379896, heldout8 from 27cf9d5, heldout9 from
    23d09c7, heldout10 from 6087742, heldout11 from dc0a6c4, heldout12 from 9758da1, heldout13 from e2f2183,
    heldout14 from 81030f8, heldout15 from 656a2c3, heldout16 from 8cc4656, heldout17 from 2ab83e2, heldout18 from
    c2da963, heldout19 from 4ada1d1, heldout20 from f628cc1, heldout21 from a995315, heldout22 from 6347942,
    heldout23 from dfa27e4, heldout24 from 183d1e3, heldout25 from ed0cb0a, heldout26 from 4606af2, heldout27 from
    004829c, heldout28 from 0bf166e, heldout29 from c40fa70, heldout30 from 1de2938, heldout31 from 8332462,
    heldout32 from 422886a, heldout33 from c7f9f2a, heldout34 from 70cc4d3, heldout35 from bb7e834,
    heldout36 from 9363bd9,
    heldout37 from 5d1401f, heldout38 from c2506f6, heldout39 from 1701652, heldout40 from d0b77bb,
    heldout41 from 51a9600, heldout42 from cbe2002, heldout43 from 2c12716, heldout44 from 699390e,
    heldout45 from b7cca5a, heldout46 from f1c42bb, heldout47 from 7de0f71,
    heldout48 from 69c13d1, heldout49 from eabc2e1, heldout50 from 220b1f6,
    heldout51 from 207b68e, heldout52 from ec5d4e1, heldout53 from dce4ffa,
    heldout54 from 4a7036f, heldout55 from 3bb3ea3,
    heldout56 from 29265b4, heldout57 from acc7472,
    heldout58 from 9551fe9, heldout59 from af9029f, heldout60 from 2837f16,
    heldout61 from 17456f5)."""
    history = score_history()
    unseen = latest_unseen_score(history)
    assert unseen[["split", "rules_commit"]].tolist() == ["heldout61", "1dafb0f"]
    assert unseen[["statement_kept", "statement_lines", "boilerplate_removed", "boilerplate_lines"]].tolist() == [
        301,
        304,
        159,
        185,
    ]
    first_scores = history[~history["tuned_on"]].set_index("split")["rules_commit"].to_dict()
    assert first_scores == {
        "heldout2": "74b009e",
        "heldout3": "6f4d1ac",
        "heldout4": "2bf7402",
        "heldout5": "954b9e4",
        "heldout6": "2123929",
        "heldout7": "4913fe0",
        "heldout8": "fad33e0",
        "heldout9": "1bbd243",
        "heldout10": "1982db7",
        "heldout11": "456d6a3",
        "heldout12": "01f0fb8",
        "heldout13": "49fa72f",
        "heldout14": "22610da",
        "heldout15": "8a2211b",
        "heldout16": "fecf2a7",
        "heldout17": "88737e1",
        "heldout18": "b6c569d",
        "heldout19": "790034b",
        "heldout20": "843f447",
        "heldout21": "b12944a",
        "heldout22": "0ae4381",
        "heldout23": "f2f5b0d",
        "heldout24": "e70e21a",
        "heldout25": "1ab7978",
        "heldout26": "3c1c4e0",
        "heldout27": "d9774d0",
        "heldout28": "3b71bde",
        "heldout29": "85cbe98",
        "heldout30": "626d88f",
        "heldout31": "1ac9c83",
        "heldout32": "f36e4d1",
        "heldout33": "d0c530c",
        "heldout34": "6a5c726",
        "heldout35": "bfc4f42",
        "heldout36": "fa12cbe",
        "heldout37": "168bd4e",
        "heldout38": "848d847",
        "heldout39": "2eb079a",
        "heldout40": "848edb6",
        "heldout41": "503f8a5",
        "heldout42": "205460c",
        "heldout43": "ab832e2",
        "heldout44": "86265ee",
        "heldout45": "86365a8",
        "heldout46": "6b54999",
        "heldout47": "41550e5",
        "heldout48": "788a9ea",
        "heldout49": "1f1c4e2",
        "heldout50": "29f4694",
        "heldout51": "5c0d9da",
        "heldout52": "8fdc66b",
        "heldout53": "ad70384",
        "heldout54": "46411d9",
        "heldout55": "0416e5a",
        "heldout56": "8042a67",
        "heldout57": "982ab25",
        "heldout58": "baf81d3",
        "heldout59": "d111d27",
        "heldout60": "b0fae64",
        "heldout61": "1dafb0f",
    }
    splits = ["heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6", "heldout7", "heldout8", "heldout9"]
    splits += ["heldout10", "heldout11", "heldout12", "heldout13", "heldout14", "heldout15", "heldout16", "heldout17"]
    splits += ["heldout18", "heldout19", "heldout20", "heldout21", "heldout22", "heldout23", "heldout24", "heldout25"]
    splits += ["heldout26", "heldout27", "heldout28", "heldout29", "heldout30", "heldout31", "heldout32"]
    splits += ["heldout33", "heldout34", "heldout35", "heldout36", "heldout37", "heldout38", "heldout39"]
    splits += ["heldout40", "heldout41", "heldout42", "heldout43", "heldout44", "heldout45", "heldout46"]
    splits += ["heldout47", "heldout48", "heldout49", "heldout50", "heldout51", "heldout52"]
    splits += ["heldout53", "heldout54", "heldout55", "heldout56", "heldout57", "heldout58", "heldout59"]
    splits += ["heldout60", "heldout61"]
    assert tuned_splits([*splits, "tune"], history) == [*splits, "tune"]
    for split in splits[splits.index("heldout12") :]:  # heldout12 to heldout61
        assert history[history["split"] == split]["tuned_on"].tolist() == [False, True]  # scored once, then tuned on


def labelled_folder(tmp_path, split):
    """A labelled set of one page: a title, two statement lines and two furniture lines."""
    raw = "Talks resume in Doha\n\nThe two sides met on Monday.\n\nThey agreed to meet again.\n\nShare this:\n\nTags: Doha"
    (tmp_path / "raw").mkdir()
    (tmp_path / "raw" / "p1.txt").write_text(raw, encoding="utf-8")
    pd.DataFrame(
        [{"id": "p1", "file": "raw/p1.txt", "url": "", "site": "x", "kind": "news", "split": split, "note": ""}]
    ).to_csv(tmp_path / "documents.csv", index=False)
    labels = [(1, "heading"), (3, "statement"), (5, "statement"), (7, "boilerplate"), (9, "boilerplate")]
    lines = raw.split("\n")
    pd.DataFrame(
        [{"id": "p1", "line_no": n, "label": label, "kind": "", "text": lines[n - 1]} for n, label in labels]
    ).to_csv(tmp_path / "lines.csv", index=False)
    return tmp_path


def test_a_new_split_is_scored_and_recorded_as_unseen_by_one_call(tmp_path):
    folder = labelled_folder(tmp_path, "heldout3")
    assert set(line_fates(folder)["split"]) == {"heldout3"}
    row = record_unseen_score("heldout3", "abc1234", "2026-12-06", folder=folder)
    assert row[["statement_kept", "statement_lines", "boilerplate_removed", "boilerplate_lines"]].tolist() == [
        2,
        2,
        2,
        2,
    ]
    history = score_history(folder)
    latest = latest_unseen_score(history)
    assert latest["split"] == "heldout3" and latest["rules_commit"] == "abc1234" and latest["statement_kept_share"] == 1
    assert tuned_splits(["heldout3", "tune"], history) == ["tune"]
    record_score("heldout3", "def5678", "2026-12-07", tuned_on=True, folder=folder)
    history = score_history(folder)
    assert tuned_splits(["heldout3"], history) == ["heldout3"]
    assert latest_unseen_score(history)["rules_commit"] == "abc1234"  # the unseen score stays the one quoted


def test_recording_a_split_that_is_not_labelled_names_the_file(tmp_path):
    folder = labelled_folder(tmp_path, "heldout3")
    with pytest.raises(ValueError, match="documents.csv.*heldout4"):
        record_unseen_score("heldout4", "abc1234", "2026-12-06", folder=folder)
    with pytest.raises(ValueError, match="no score on unseen pages"):
        latest_unseen_score(score_history(folder))
