"""Each target's regularisation, chosen by a cross-validation inside the training statements (stance17 round)."""

import numpy as np
import pandas as pd
import scipy.sparse as sparse
from sklearn.model_selection import GroupKFold

from analysis.methods.stance import evaluation as ev
from analysis.methods.stance.coding import predict_rules
from analysis.methods.stance.model import REGULARISATION, StanceModel
from analysis.methods.stance.regularisation import INNER_FOLDS, REGULARISATION_GRID, answer_f1, chosen_regularisation
from analysis.methods.stance.stacking import StackedStanceModel, out_of_fold_inputs, stack_inputs

#: Six items of three statements, one target's coded answers.
TRUTH = np.array(["favor", "none", "against", "none", "favor", "none"])
STATEMENTS = np.array(["a", "a", "b", "b", "c", "c"])
ROWS = sparse.csr_matrix(np.arange(len(TRUTH), dtype=float).reshape(-1, 1))  # each row holds its item's number


class _Answers:
    """A stand-in classifier that gives each row the answer a table assigns to its item."""

    def __init__(self, answers):
        self.answers = answers

    def predict(self, rows):
        return np.array([self.answers[int(number)] for number in rows.toarray()[:, 0]])


def _fit_giving(answers_by_strength):
    return lambda rows, answers, strength: _Answers(answers_by_strength[strength])


def test_answer_f1_counts_favor_and_against_only():
    """By hand: 2 right (the first favor, the against) of 3 coded and 5 answered: F1 = 2 · 2 / (3 + 5) = 0.5."""
    guess = np.array(["favor", "favor", "against", "none", "against", "favor"])
    assert answer_f1(TRUTH, guess) == 0.5


def test_the_strength_whose_held_out_answers_score_best_is_chosen():
    """By hand: C 1 answers 'none' everywhere (F1 0), C 4 'favor' everywhere (2 right of 3 coded and 6 answered:
    F1 4/9), C 16 every coded answer (F1 1): C 16 is chosen."""
    fit = _fit_giving({1.0: ["none"] * 6, 4.0: ["favor"] * 6, 16.0: list(TRUTH)})
    assert chosen_regularisation(fit, ROWS, TRUTH, STATEMENTS, REGULARISATION) == 16.0


def test_a_tie_keeps_the_default_else_the_simpler():
    perfect, empty = list(TRUTH), ["none"] * 6
    assert (
        chosen_regularisation(_fit_giving({1.0: perfect, 4.0: perfect, 16.0: perfect}), ROWS, TRUTH, STATEMENTS, 4.0)
        == 4.0
    )
    assert (
        chosen_regularisation(_fit_giving({1.0: perfect, 4.0: empty, 16.0: perfect}), ROWS, TRUTH, STATEMENTS, 4.0)
        == 1.0
    )


def test_fewer_statements_than_inner_folds_keep_the_default():
    fit = _fit_giving({strength: list(TRUTH) for strength in REGULARISATION_GRID})
    two_statements = np.array(["a", "a", "a", "b", "b", "b"])
    assert INNER_FOLDS == 3
    assert chosen_regularisation(fit, ROWS, TRUTH, two_statements, 4.0) == 4.0


#: Twelve dev batch-17 sentences of four statements: eight coded international_role (favor or against), four not.
BATCH17_SAMPLE = [
    "deu-steinmeier-2007-05-22:006",
    "deu-steinmeier-2007-05-22:007",
    "deu-steinmeier-2007-05-22:010",
    "iea-ahmadi-interview-gopal:014",
    "iea-ahmadi-interview-gopal:026",
    "iea-ahmadi-interview-gopal:028",
    "nato-sg-2010-06-11:013",
    "nato-sg-2010-06-11:018",
    "nato-sg-2010-06-11:023",
    "uk-miliband-2009-11-17:012",
    "uk-miliband-2009-11-17:013",
    "uk-miliband-2009-11-17:014",
]


def _batch17_set():
    """The sentences of :data:`BATCH17_SAMPLE` as coded, with their international_role labels only."""
    batch = ev.load_labelled_set(ev.DEV_DIR, "batch 17", "sentences_batch17.csv", "labels_batch17.csv")
    items = batch.items[batch.items["item_id"].isin(BATCH17_SAMPLE)].reset_index(drop=True)
    labels = batch.labels[
        batch.labels["item_id"].isin(BATCH17_SAMPLE) & (batch.labels["target"] == "international_role")
    ]
    assert len(items) == 12 and len(labels) == 8
    return ev.LabelledSet("batch 17", items, labels.reset_index(drop=True))


def test_a_model_chooses_each_targets_strength_from_the_grid_and_a_given_one_is_kept():
    """Fitted on twelve batch-17 sentences of four statements, the one target coded there (international_role)
    gets a strength of the grid; the targets never coded keep no strength (they always answer 'none'). Given
    strengths are used as they are, without an inner cross-validation."""
    sample = _batch17_set()
    chosen = StanceModel(use_rules=False).fit(sample.items, sample.labels).regularisations
    assert set(chosen) == {"international_role"} and chosen["international_role"] in REGULARISATION_GRID
    given = StanceModel(use_rules=False, per_target={"international_role": 16.0}).fit(sample.items, sample.labels)
    assert given.regularisations == {"international_role": 16.0}
    assert given.classifiers["international_role"].C == 16.0


def test_the_stacks_fold_readers_take_the_strengths_chosen_on_all_items():
    """The stack's out-of-fold readers do not choose again: each is fitted with the combination's strengths."""
    sample = _batch17_set()
    rules = predict_rules(sample.items)
    combination = StackedStanceModel().fit(sample.items, sample.labels, rules)
    strengths = (combination.regularisations, combination.words_only.regularisations)
    inputs = out_of_fold_inputs(sample.items, sample.labels, rules, strengths)
    groups = sample.items["source_id"]
    for train, held_out in GroupKFold(n_splits=4).split(sample.items, groups=groups):
        training = sample.items.iloc[train]
        readers = StanceModel(use_rules=True).take_regularisations(strengths)
        readers.fit(training, sample.labels[sample.labels["item_id"].isin(training["item_id"])], rules)
        expected = stack_inputs(readers, sample.items.iloc[held_out], rules)["international_role"]
        np.testing.assert_allclose(inputs["international_role"][held_out], expected)


def test_a_combination_given_the_strengths_it_chose_is_the_same_model():
    """The matrix model takes the strengths the release recorded rather than choosing them again: fitted with
    them, a combination gives every input of its stack the same values, so it labels every sentence the same."""
    sample = _batch17_set()
    rules = predict_rules(sample.items)
    chosen = StackedStanceModel().fit(sample.items, sample.labels, rules)
    given = StackedStanceModel().take_regularisations((chosen.regularisations, chosen.words_only.regularisations))
    given.fit(sample.items, sample.labels, rules)
    assert given.regularisations == chosen.regularisations
    assert given.words_only.regularisations == chosen.words_only.regularisations
    for target in chosen.stack:
        if not isinstance(chosen.stack[target], str):
            np.testing.assert_array_equal(given.stack[target].coef_, chosen.stack[target].coef_)
    assert given.predict(sample.items).equals(chosen.predict(sample.items))


def test_recorded_strengths_are_read_back_only_while_their_key_is_current(tmp_path):
    """The strengths kept by ``make stance-cv`` come back as the two readers' dictionaries while the key written
    beside them matches the matrix model's inputs and the package; a stale key gives None (the fit chooses)."""
    from analysis.io.corpus import PROJECT_ROOT
    from analysis.methods.stance import record
    from analysis.methods.stance.matrix import matrix_inputs
    from analysis.runtime.cache import release_key, write_recorded_table

    table = pd.DataFrame(
        {
            "target": ["ceasefire", "taliban", "ceasefire"],
            "reader": ["combination", "combination", "words_only"],
            "strength": ["4.0", "16.0", "1.0"],
        }
    )
    path = tmp_path / "matrix_regularisation.csv"
    write_recorded_table(table, path, release_key(matrix_inputs(), PROJECT_ROOT))
    assert record.recorded_matrix_regularisation(path) == ({"ceasefire": 4.0, "taliban": 16.0}, {"ceasefire": 1.0})
    write_recorded_table(table, path, "a key of other data")
    assert record.recorded_matrix_regularisation(path) is None


def test_the_stacks_folds_on_two_processes_give_the_same_inputs():
    """The matrix model fits the folds of its out-of-fold answers on two processes: the stack's inputs are the
    same numbers, in the same rows, as on one."""
    sample = _batch17_set()
    rules = predict_rules(sample.items)
    strengths = ({"international_role": 4.0}, {"international_role": 1.0})
    one = out_of_fold_inputs(sample.items, sample.labels, rules, strengths)
    two = out_of_fold_inputs(sample.items, sample.labels, rules, strengths, n_jobs=2)
    assert set(one) == set(two)
    for target in one:
        np.testing.assert_array_equal(one[target], two[target])
