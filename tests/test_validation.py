"""Validation: agreement and scores on hand-computed examples, the gold-set files, and the rules' scores."""

import json

import pandas as pd
import pytest

from analysis.methods.stance import TARGETS
from analysis.methods.validation import (
    CODING_COLUMNS,
    GOLD_DIR,
    GoldSetError,
    agreement,
    agreement_report,
    confusion_table,
    decision_table,
    disagreements,
    intra_coder_report,
    leave_one_statement_out,
    load_coding,
    load_sentences,
    micro_score,
    part_scores,
    per_target_scores,
    predict,
)


def coding(rows):
    return pd.DataFrame(rows, columns=CODING_COLUMNS)


# --- agreement, by hand ---------------------------------------------------------------------------
# Four items, nine targets each: 36 decisions. A codes s1 ceasefire favor, s2 ceasefire favor,
# s4 ceasefire against; B codes s1 ceasefire favor and s4 ceasefire against. They differ on one
# decision (s2), so observed agreement is 35/36.
# Cohen's kappa: A has favor 2, against 1, none 33; B has favor 1, against 1, none 34;
# expected agreement (2*1 + 1*1 + 33*34) / 36^2 = 1125/1296; kappa = (1260 - 1125) / (1296 - 1125) = 135/171.
# Krippendorff's alpha (nominal, 72 values: favor 3, against 2, none 67): observed disagreement 2/72,
# expected 2*(3*2 + 3*67 + 2*67) / (72*71) = 682/5112; alpha = 1 - (2/72) / (682/5112) = 1 - 10224/49104.

A = coding([("s1", "ceasefire", "favor"), ("s2", "ceasefire", "favor"), ("s4", "ceasefire", "against")])
B = coding([("s1", "ceasefire", "favor"), ("s4", "ceasefire", "against")])
ITEMS = ["s1", "s2", "s3", "s4"]


def test_kappa_and_alpha_on_a_hand_computed_example():
    result = agreement(A, B, ITEMS)
    assert result["decisions"] == 36 and result["disagreements"] == 1
    assert result["observed_agreement"] == pytest.approx(35 / 36, abs=1e-4)
    assert result["cohen_kappa"] == pytest.approx(135 / 171, abs=1e-4)
    assert result["krippendorff_alpha"] == pytest.approx(1 - 10224 / 49104, abs=1e-4)


def test_disagreements_lists_each_differing_decision():
    table = disagreements(A, B, ITEMS)
    assert table.values.tolist() == [["s2", "ceasefire", "favor", ""]]


# --- scores, by hand ------------------------------------------------------------------------------

GOLD = coding([("s1", "ceasefire", "favor"), ("s2", "violence", "against"), ("s3", "taliban", "against")])
PRED = coding([("s1", "ceasefire", "favor"), ("s2", "violence", "favor"), ("s4", "inclusion", "favor")])


def test_micro_f1_counts_a_wrong_label_as_a_miss_and_a_false_alarm():
    score = micro_score(GOLD, PRED)
    assert (score.true_positives, score.predicted, score.gold) == (1, 3, 3)
    assert (
        score.precision == pytest.approx(1 / 3)
        and score.recall == pytest.approx(1 / 3)
        and score.f1 == pytest.approx(1 / 3)
    )


def test_per_target_scores():
    table = per_target_scores(GOLD, PRED).set_index("target")
    assert table.loc["ceasefire", "f1"] == 1.0
    assert table.loc["violence", "f1"] == 0.0
    assert (table.loc["taliban", "gold"], table.loc["taliban", "predicted"]) == (1, 0)


def test_confusion_table_includes_none():
    table = confusion_table(GOLD, PRED, ITEMS)
    assert table.loc["favor", "favor"] == 1
    assert table.loc["against", "favor"] == 1
    assert table.loc["against", "none"] == 1
    assert table.loc["none", "favor"] == 1
    assert table.values.sum() == 4 * len(TARGETS)


# --- the gold-set files ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def items():
    return load_sentences()


@pytest.fixture(scope="module")
def gold(items):
    return load_coding(GOLD_DIR / "stance_gold.csv", items)


def test_the_gold_set_holds_every_corpus_sentence_and_enough_outside_sentences(items, corpus):
    assert set(corpus.sentences["sent_id"]) <= set(items["item_id"])
    outside = items[~items["item_id"].isin(corpus.sentences["sent_id"])]
    assert len(items) >= 120 and len(outside) >= 40
    assert (items["source"].str.len() > 10).all()
    texts = items.set_index("item_id")["text"]
    assert all(texts[row.sent_id] == row.text for row in corpus.sentences.itertuples())


def test_against_labels_are_represented_across_targets(gold):
    against = gold[gold["label"] == "against"]
    assert {"ceasefire", "violence", "taliban", "international_role", "negotiations", "human_rights"} <= set(
        against["target"]
    )


def test_every_disagreement_is_adjudicated(items):
    a = load_coding(GOLD_DIR / "stance_gold_coder_a.csv", items)
    b = load_coding(GOLD_DIR / "stance_gold_coder_b.csv", items)
    listed = pd.read_csv(GOLD_DIR / "stance_adjudication.csv", dtype=str, keep_default_na=False)
    found = disagreements(a, b, items["item_id"].tolist())
    disputed = listed[listed["basis"] == "A vs blind B disagreement"]
    assert set(zip(found["item_id"], found["target"])) == set(zip(disputed["item_id"], disputed["target"]))
    assert (listed["reason"].str.len() > 20).all()
    assert set(listed["adjudicated"]) <= {"favor", "against", "none"}


def test_the_gold_set_is_coder_a_with_every_adjudicated_decision_applied(items, gold):
    """No silent change: every label that differs from coder A's is in the adjudication file."""
    ids = items["item_id"].tolist()
    expected = decision_table(load_coding(GOLD_DIR / "stance_gold_coder_a.csv", items), ids)
    listed = pd.read_csv(GOLD_DIR / "stance_adjudication.csv", dtype=str, keep_default_na=False)
    for row in listed.itertuples():
        expected[(row.item_id, row.target)] = row.adjudicated
    assert decision_table(gold, ids).equals(expected)


def test_agreement_is_between_a_and_the_blind_coder_and_the_second_pass_is_reported_apart():
    """Inter-coder (A vs the blind coder B) and intra-coder (A vs A's second pass) come from different files."""
    inter, intra = agreement_report(), intra_coder_report()
    assert inter["decisions"] == intra["decisions"] == 1503
    assert (inter["disagreements"], inter["cohen_kappa"], inter["krippendorff_alpha"]) == (17, 0.9552, 0.9552)
    assert (intra["disagreements"], intra["cohen_kappa"]) == (9, 0.9756)


def test_a_bad_coding_file_raises_a_clear_error(tmp_path, items):
    bad = tmp_path / "bad.csv"
    bad.write_text("item_id,target,label\nnato-2020:001,ceasefire,maybe\n", encoding="utf-8")
    with pytest.raises(GoldSetError, match="bad.csv: label 'maybe'"):
        load_coding(bad, items)
    with pytest.raises(GoldSetError, match="file not found"):
        load_coding(tmp_path / "missing.csv")


# --- the rules against the gold set -----------------------------------------------------------------


@pytest.fixture(scope="module")
def scores(items, gold):
    return part_scores(gold, predict(items), items).set_index("part")["f1"]


def test_the_rules_reach_the_current_scores(scores):
    """A regression guard at the scores the committed rules reach on gold set v2 (see tests/data/stance_scores.json)."""
    assert scores["all"] >= 0.83
    assert scores["corpus"] >= 0.82


def test_the_rules_reach_the_issue_target_on_the_whole_gold_set(scores):
    """Issue 5: at least 0.8 micro-F1 over (sentence, target, label) on the whole gold set."""
    assert scores["all"] >= 0.8


def test_the_rules_reach_the_issue_target_on_the_outside_sentences(scores):
    """Issue 5: at least 0.75 micro-F1 on the sentences from outside the corpus."""
    assert scores["outside"] >= 0.75


def test_no_gold_set_statement_collapses(items, gold):
    table = leave_one_statement_out(gold, predict(items), items).set_index("part")
    assert table["f1"].min() >= 0.6


def test_leave_one_statement_out_has_a_fold_per_statement(items, gold):
    table = leave_one_statement_out(gold, predict(items), items)
    assert len(table) == 7 and table["part"].iloc[-1] == "mean over folds"


def test_recorded_scores_match_the_rules(scores):
    """The newest gold-set score of the rules in the score history is the score the rules reach now."""
    history = json.loads((GOLD_DIR / "stance_score_history.json").read_text(encoding="utf-8"))["scores"]
    latest = [entry for entry in history if entry["data"].startswith("gold set") and entry["method"] == "rules"][-1]
    assert latest["f1"] == pytest.approx(scores["all"], abs=1e-3)
    assert latest["tuned"]
    old = json.loads((GOLD_DIR / "stance_scores.json").read_text(encoding="utf-8"))
    assert old["frozen"]["parts"]["all"]["f1"] < scores["all"]


def test_the_score_history_marks_what_was_tuned_and_names_commits():
    history = json.loads((GOLD_DIR / "stance_score_history.json").read_text(encoding="utf-8"))["scores"]
    assert all({"date", "commit", "data", "tuned", "method", "f1"} <= set(entry) for entry in history)
    assert all(not entry["tuned"] for entry in history if entry["data"].startswith("test"))
    assert all(entry["tuned"] for entry in history if entry["data"].startswith(("gold set", "development")))


def test_the_held_out_report_is_kept_until_what_it_reads_changes(monkeypatch):
    """Its disk cache watches the gold set, the dev labels and the actor types (and the test set when scored),
    not the unseen batch, the cleaning sets, the record of scores or the coders' notes, whose changes need no refit."""
    from analysis.methods import validation
    from analysis.methods.stance import evaluation

    watched = {}
    monkeypatch.setattr(
        validation, "cached_on_disk", lambda name, inputs, compute, folder: watched.setdefault(name, list(inputs))
    )
    validation.held_out_report(with_test=False)
    validation.held_out_report(with_test=True)
    gold = [GOLD_DIR / f"stance_gold{part}.csv" for part in ("_sentences", "", "_actors")]
    read = [*gold, *[path for pair in evaluation.labelled_batches(evaluation.DEV_DIR) for path in pair]]
    read.append(evaluation.STATEMENTS_DIR / "metadata.csv")
    assert GOLD_DIR / "stance_score_history.json" not in read and all(path.is_file() for path in read)
    assert evaluation.DEV_DIR / "sentences.csv" in read and evaluation.DEV_DIR / "labels_batch14.csv" in read
    assert watched == {
        "held_out_report-without-test": read,
        "held_out_report-with-test": [*read, evaluation.TEST_DIR],
    }
