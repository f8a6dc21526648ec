"""The combination's stacked decision: fitted on out-of-fold answers, seeded, and reading both readers."""

import numpy as np
import pandas as pd
from sklearn.model_selection import GroupKFold

from analysis.methods.stance import evaluation as ev
from analysis.methods.stance import stacking
from analysis.methods.stance.coding import predict_rules
from analysis.methods.stance.model import StanceModel
from analysis.methods.stance.stacking import StackedStanceModel, out_of_fold_inputs, stack_inputs


def _toy_set():
    """Six statements of three sentences: 'demand' is favor, 'reject' against, 'discuss' not coded."""
    texts, labels = [], []
    for doc in range(6):
        for number, (word, label) in enumerate([("demand", "favor"), ("reject", "against"), ("discuss", None)]):
            item_id = f"d{doc}:{number:03d}"
            texts.append((item_id, f"d{doc}", f"We {word} a ceasefire."))
            if label:
                labels.append((item_id, "ceasefire", label))
    items = pd.DataFrame(texts, columns=["item_id", "source_id", "text"]).assign(genre="")
    return ev.LabelledSet("toy", items, pd.DataFrame(labels, columns=["item_id", "target", "label"]))


def test_the_stack_reads_answers_of_readers_that_never_saw_the_statement():
    """Each item's inputs are those of a combination fitted without its statement's sentences."""
    toy = _toy_set()
    rules = predict_rules(toy.items)
    inputs = out_of_fold_inputs(toy.items, toy.labels, rules)
    for train, held_out in GroupKFold(n_splits=5).split(toy.items, groups=toy.items["source_id"]):
        training = toy.items.iloc[train]
        readers = StanceModel(use_rules=True).fit(training, toy.labels[toy.labels["item_id"].isin(training["item_id"])])
        expected = stack_inputs(readers, toy.items.iloc[held_out], rules)["ceasefire"]
        np.testing.assert_allclose(inputs["ceasefire"][held_out], expected)


def test_the_stacked_combination_is_seeded_and_learns_the_toy_set():
    toy = _toy_set()
    first = StackedStanceModel().fit(toy.items, toy.labels).predict(toy.items)
    again = StackedStanceModel().fit(toy.items, toy.labels).predict(toy.items)
    pd.testing.assert_frame_equal(first, again)
    assert set(map(tuple, first.itertuples(index=False))) == set(map(tuple, toy.labels.itertuples(index=False)))


def test_the_stack_weighs_the_not_coded_answer_down():
    """Not coded weighs NOT_CODED_WEIGHT against 1 in the stack's fit, so the rarer answers are not drowned."""
    toy = _toy_set()
    model = StackedStanceModel().fit(toy.items, toy.labels)
    assert model.stack["ceasefire"].class_weight == {"none": stacking.NOT_CODED_WEIGHT, "favor": 1.0, "against": 1.0}
    assert model.stack["violence"] == "none"  # a target never coded: nothing to learn


def test_the_stack_reads_which_targets_the_sentence_names():
    """Dev batch 12, deu-baerbock-2023-08-14:007 (coded taliban against and international_role against): the stack
    of every target reads, after the two readers' six log-probabilities and the rules' three columns, the speaker
    (not the Taliban) and the nine flags of the targets named: here the Taliban ('the Taliban') and inclusion
    ('social participation'), then the news flag (no news report)."""
    toy = _toy_set()
    model = StackedStanceModel().fit(toy.items, toy.labels)
    sentence = (
        "There will be no normal relations as long as the Taliban continues to exclude half of society from "
        "working life and social participation."
    )
    item = pd.DataFrame({"item_id": ["x:001"], "source_id": ["x"], "genre": ["statement"], "text": [sentence]})
    rows = stack_inputs(model, item, predict_rules(item))
    named = dict(zip(stacking.TARGETS, rows["international_role"][0, 10:19]))
    assert rows["international_role"].shape == (1, 20)
    assert rows["international_role"][0, 9] == 0.0 and rows["international_role"][0, 19] == 0.0
    assert {target for target, flag in named.items() if flag} == {"taliban", "inclusion"}


def test_timing_the_methods_fits_nothing(monkeypatch):
    """Chapter 4 times each method with the matrix model already fitted: the learned model alone is its
    words-only reader, and no model is fitted again while timing."""
    toy = _toy_set()
    combination = StackedStanceModel().fit(toy.items, toy.labels)

    def no_fit(*args, **kwargs):
        raise AssertionError("timing fitted a model")

    monkeypatch.setattr(StanceModel, "fit", no_fit)
    timings = ev.seconds_per_sentence(toy.items, combination, repeats=1)
    assert list(timings) == ev.METHODS and all(seconds > 0 for seconds in timings.values())
