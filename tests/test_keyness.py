"""G2, Log Ratio, corrections and keyness tables against hand-computed values, and on the seeds."""

import math

import numpy as np
import pandas as pd
import pytest
from scipy import stats

from analysis.io.corpus import load_corpus
from analysis.methods import keyness

TEXT_A = "We demand a ceasefire now. The cease-fire must hold, and civil society's voice must be heard."  # 16 words
TEXT_B = "The talks will resume. Terrorism is a threat to the talks."  # 11 words


def test_g2_by_hand():
    # E1 = 1000 * 30 / 11000 = 2.7273, E2 = 27.2727
    # G2 = 2 * (10 ln(10 / 2.7273) + 20 ln(20 / 27.2727)) = 2 * (12.9928 - 6.2031) = 13.5795
    assert keyness.g2(10, 20, 1_000, 10_000) == pytest.approx(13.5795, abs=1e-4)
    # zero in the reference: 0 ln 0 = 0, so G2 = 2 * 5 ln(5 / 2.5) = 10 ln 2
    assert keyness.g2(5, 0, 100, 100) == pytest.approx(10 * math.log(2))
    # identical rates: no evidence of a difference
    assert keyness.g2(3, 30, 100, 1_000) == pytest.approx(0.0)


def test_g2_is_not_signed_and_works_on_arrays():
    assert keyness.g2(2, 8, 100, 100) == pytest.approx(keyness.g2(8, 2, 100, 100))
    values = keyness.g2(np.array([10, 5]), np.array([20, 0]), 1_000, 10_000)
    assert values.shape == (2,) and values[0] == pytest.approx(13.5795, abs=1e-4)


def test_p_value_from_chi_square_with_one_degree_of_freedom():
    assert keyness.p_value(3.841459) == pytest.approx(0.05, abs=1e-6)
    assert keyness.p_value(6.634897) == pytest.approx(0.01, abs=1e-6)
    assert keyness.p_value(0.0) == 1.0


def test_log_ratio_by_hand():
    assert keyness.log_ratio(10, 25, 1_000, 10_000) == pytest.approx(2.0)  # 1% vs 0.25%: four times
    assert keyness.log_ratio(1, 4, 100, 100) == pytest.approx(-2.0)  # a quarter as frequent
    assert keyness.log_ratio(4, 0, 1_000, 1_000) == pytest.approx(3.0)  # 4 / 0.5 = 8
    assert keyness.log_ratio(4, 0, 1_000, 1_000, zero_correction=1) == pytest.approx(2.0)


def test_log_ratio_does_not_depend_on_text_length_but_g2_does():
    assert keyness.log_ratio(10, 10, 1_000, 2_000) == pytest.approx(keyness.log_ratio(100, 100, 10_000, 20_000))
    assert keyness.g2(100, 100, 10_000, 20_000) == pytest.approx(10 * keyness.g2(10, 10, 1_000, 2_000))


def test_corrections_by_hand():
    assert keyness.correct_p_values([0.01, 0.02, 0.5], "bonferroni").tolist() == pytest.approx([0.03, 0.06, 1.0])
    # Benjamini-Hochberg (the default): p_(i) * m / i, made monotone: 0.01*3/1, 0.02*3/2, 0.5*3/3
    assert keyness.correct_p_values([0.01, 0.02, 0.5]).tolist() == pytest.approx([0.03, 0.03, 0.5])
    assert keyness.CORRECTION == "fdr_bh"
    with pytest.raises(ValueError, match="unknown correction"):
        keyness.correct_p_values([0.1], "holm")


@pytest.fixture
def small(make_corpus):
    return load_corpus(make_corpus({"a.txt": TEXT_A, "b.txt": TEXT_B}))


def test_fisher_p_is_the_hypergeometric_by_hand():
    # [[3, 0], [7, 10]]: 3 occurrences, all in the first of two texts of 10 words (N = 20).
    # P(X >= 3) = C(10,3) C(10,0) / C(20,3) = 120 / 1140, the smaller one-sided p; doubled: 240 / 1140
    assert keyness.fisher_p([3], [0], [10], [10])[0] == pytest.approx(240 / 1140)
    # [[0, 10], [7, 7]]: a term seen 10 times, never in a text of 7 of the 24 words
    # X ~ hypergeometric(N = 24, K = 10, n = 7); P(X <= 0) = C(14, 7) / C(24, 7) = 3432 / 346104
    assert math.comb(14, 7) / math.comb(24, 7) == pytest.approx(3432 / 346104)
    assert keyness.fisher_p([0], [10], [7], [17])[0] == pytest.approx(2 * 3432 / 346104)
    # a count at the mode is as likely as can be: p = 1
    assert keyness.fisher_p([5], [5], [10], [10])[0] == 1.0
    with pytest.raises(ValueError, match="whole-number"):
        keyness.fisher_p([1.5], [0], [10], [10])


def doubled_fisher(table: list[list[int]]) -> float:
    """Twice the smaller one-sided p of scipy's Fisher test, capped at 1: the book's two-sided rule."""
    one_sided = (stats.fisher_exact(table, alternative=side).pvalue for side in ("greater", "less"))
    return min(1.0, 2 * min(one_sided))


def test_fisher_p_on_arrays_is_scipy_table_by_table():
    """Doubled smaller one-sided p of scipy.stats.fisher_exact: symmetric tables, empty margins, random ones."""
    rows = [(k, n - k, c, c) for c in (5, 10, 20) for n in range(12) for k in range(n + 1) if max(k, n - k) <= c]
    rng = np.random.default_rng(7)
    for _ in range(300):
        c, d = int(rng.integers(1, 300)), int(rng.integers(1, 2000))
        rows.append((int(rng.integers(0, min(c, 20) + 1)), int(rng.integers(0, min(d, 40) + 1)), c, d))
    a, b, c, d = (np.array(column) for column in zip(*rows))
    expected = [doubled_fisher([[w, x], [y - w, z - x]]) for w, x, y, z in rows]
    assert np.allclose(keyness.fisher_p(a, b, c, d), expected, rtol=1e-9, atol=1e-14)


def test_smallest_expected_decides_the_test():
    # E = min(c, d) (a + b) / (c + d): 100 * 12 / 200 = 6 -> G2; 7 * 10 / 24 = 2.92 -> Fisher
    assert keyness.smallest_expected(0, 12, 100, 100) == pytest.approx(6.0)
    assert keyness.smallest_expected(0, 10, 7, 17) == pytest.approx(70 / 24)
    assert keyness.MIN_EXPECTED == 5


def test_keyness_table_on_a_small_corpus_by_hand(small):
    table = keyness.keyness_table(small)
    assert list(table.columns) == keyness.KEYNESS_COLUMNS
    a = table[table["doc_id"] == "a"].set_index("term")
    assert sorted(a.index) == ["ceasefire", "must"]  # seen twice; nothing is expected twice (E1 = 16 t / 27)
    row = a.loc["ceasefire"]
    assert (row["freq_target"], row["freq_reference"], row["size_target"], row["size_reference"]) == (2, 0, 16, 11)
    # E1 = 16 * 2 / 27; G2 = 2 * 2 ln(2 / E1) = 4 ln(1.6875) = 2.0930
    assert row["g2"] == pytest.approx(4 * math.log(1.6875))
    assert row["log_ratio"] == pytest.approx(math.log2((2 / 16) / (0.5 / 11)))  # 1.459
    assert row["direction"] == "overuse"
    # smallest expected 11 * 2 / 27 < 5: Fisher on [[2, 0], [14, 11]], P(X >= 2) = C(16,2)/C(27,2) = 120/351,
    # the smaller one-sided p; doubled: 240/351
    assert row["smallest_expected"] == pytest.approx(22 / 27) and row["test"] == "Fisher"
    assert row["p_value"] == pytest.approx(240 / 351)
    # one family of three tests (a: ceasefire, must; b: talks with p = 2 * 55/351): BH leaves 240/351
    assert table[table["doc_id"] == "b"]["term"].tolist() == ["talks"]
    assert table[table["doc_id"] == "b"]["p_value"].iloc[0] == pytest.approx(110 / 351)
    assert row["p_corrected"] == pytest.approx(240 / 351)
    assert not row["significant_corrected"] and row["distinctive"]


@pytest.fixture
def absent(make_corpus):
    return load_corpus(
        make_corpus(
            {
                "one.txt": "Talks talks talks talks talks talks today.",  # 7 words
                "two.txt": "Talks talks talks talks talks talks again.",  # 7 words
                "three.txt": "War war war war war war war war war war.",  # 10 words
            }
        )
    )


def test_a_term_absent_from_a_statement_is_tested_from_its_corpus_frequency(absent):
    """Negative keyness: 'talks' is never in three, but 12 of the 24 words make it expected 5 times there."""
    table = keyness.keyness_table(absent).set_index(["doc_id", "term"])
    talks = table.loc[("three", "talks")]
    assert (talks["freq_target"], talks["freq_reference"], talks["size_target"], talks["size_reference"]) == (
        0,
        12,
        10,
        14,
    )
    # E2 = 14 * 12 / 24 = 7, so G2 = 2 * 12 ln(12 / 7); smallest expected 10 * 12 / 24 = 5: G2, not Fisher
    assert talks["g2"] == pytest.approx(24 * math.log(12 / 7)) and talks["test"] == "G2"
    assert talks["p_value"] == pytest.approx(keyness.p_value(24 * math.log(12 / 7)))
    assert talks["log_ratio"] == pytest.approx(math.log2((0.5 / 10) / (12 / 14)))
    assert talks["direction"] == "underuse"
    # 'war' is never in one: expected 7 * 10 / 24 = 2.9 times (>= MIN_FREQ), so tested, by Fisher:
    # P(X <= 0) = C(14, 7) / C(24, 7) = 3432 / 346104, doubled
    war = table.loc[("one", "war")]
    assert war["test"] == "Fisher" and war["p_value"] == pytest.approx(6864 / 346104)
    # the correction is across all six tests of the comparison, not within each statement
    p_values = table["p_value"].to_numpy()
    assert np.allclose(table["p_corrected"], keyness.correct_p_values(p_values))
    assert war["p_corrected"] == pytest.approx(6864 / 346104 * 6 / 4)  # ranks 3 and 4 tie: p * 6 / 4
    bonferroni = keyness.keyness_table(absent, correction="bonferroni").set_index(["doc_id", "term"])
    assert bonferroni.loc[("one", "war"), "p_corrected"] == pytest.approx(6 * 6864 / 346104)
    negative = keyness.negative_key_terms(keyness.keyness_table(absent), n=1)
    assert negative["term"].tolist() == ["war", "talks", "war"] and (negative["freq_target"] == 0).all()


def test_compare_counts_tests_absences_too():
    table = keyness.compare_counts({"talks": 5}, 100, {"talks": 5, "ceasefire": 12}, 100).set_index("term")
    row = table.loc["ceasefire"]
    # a = 0, b = 12, c = d = 100: E1 = E2 = 6, G2 = 2 * 12 ln(12 / 6) = 24 ln 2; smallest expected 6: G2
    assert row["g2"] == pytest.approx(24 * math.log(2)) and row["test"] == "G2"
    assert row["log_ratio"] == pytest.approx(math.log2(0.5 / 12)) and row["direction"] == "underuse"
    assert table.loc["talks", "g2"] == pytest.approx(0.0)


def test_min_freq_bounds_the_table(small):
    assert set(keyness.keyness_table(small, min_freq=1)["term"]) > set(keyness.keyness_table(small)["term"])
    assert (keyness.keyness_table(small, min_freq=3)).empty


def test_every_score_recomputes_from_its_counts(corpus):
    table = keyness.export_tables(corpus)["keyness"]
    assert list(table.columns) == keyness.KEYNESS_COLUMNS
    assert set(table["reference"]) == {keyness.REST_OF_CORPUS, keyness.GENERAL_ENGLISH}
    counts = [
        table[column].to_numpy(dtype=float)
        for column in ("freq_target", "freq_reference", "size_target", "size_reference")
    ]
    assert np.allclose(table["log_ratio"], keyness.log_ratio(*counts))
    rest = table[table["reference"] == keyness.REST_OF_CORPUS]
    a, b, c, d = (
        rest[column].to_numpy() for column in ("freq_target", "freq_reference", "size_target", "size_reference")
    )
    assert np.allclose(rest["g2"], keyness.g2(a, b, c, d))
    fisher = (rest["test"] == "Fisher").to_numpy()
    assert (fisher == (keyness.smallest_expected(a, b, c, d) < keyness.MIN_EXPECTED)).all()
    assert np.allclose(rest["p_value"][~fisher], keyness.p_value(rest["g2"][~fisher].to_numpy()))
    assert np.allclose(rest["p_value"][fisher], keyness.fisher_p(a[fisher], b[fisher], c[fisher], d[fisher]))
    assert np.allclose(rest["p_corrected"], keyness.correct_p_values(rest["p_value"]))  # one family
    # every pair tested is seen, or expected from the whole corpus, at least MIN_FREQ times
    assert ((a >= keyness.MIN_FREQ) | (c * (a + b) / (c + d) >= keyness.MIN_FREQ)).all()
    assert (a == 0).any()  # absences are tested


def test_export_is_deterministic(corpus):
    first, second = keyness.export_tables(corpus)["keyness"], keyness.export_tables(corpus)["keyness"]
    pd.testing.assert_frame_equal(first, second)


def test_general_english_gives_effect_sizes_only_and_leaves_phrases_out(corpus):
    english = keyness.keyness_vs_english(corpus)
    assert (english["test"] == "none").all() and not english["significant_corrected"].any()
    assert english[["g2", "p_value", "p_corrected", "smallest_expected"]].isna().all().all()
    assert not english["term"].str.contains(" ").any()
    left_out = keyness.left_out_of_english(corpus)
    assert {"civil society", "women and girls"} <= set(left_out)
    assert set(left_out).isdisjoint(english["term"])
    top = keyness.key_terms(english, 3)
    for _, group in top.groupby("doc_id"):
        assert group["log_ratio"].is_monotonic_decreasing


def test_rest_of_corpus_is_the_other_statements_pooled(corpus):
    table = keyness.keyness_table(corpus)
    sizes = corpus.documents.set_index("doc_id")["n_words"]
    for doc_id, group in table.groupby("doc_id"):
        assert (group["size_target"] == sizes[doc_id]).all()
        assert (group["size_reference"] == sizes.sum() - sizes[doc_id]).all()
    rows = table[table["term"] == "terrorism"].set_index("doc_id")
    assert (rows["freq_target"] + rows["freq_reference"]).nunique() == 1


def test_general_english_reference_is_wordfreq_times_the_notional_size():
    reference = keyness.english_reference(["the", "ceasefire", "qwzxv"], size=1_000_000)
    assert reference["the"] == pytest.approx(keyness.english_frequency("the") * 1_000_000, abs=1e-3)
    assert reference["qwzxv"] == 0.0
    assert keyness.english_frequency("civil society") < keyness.english_frequency("civil")
    assert keyness.is_single_word("ceasefire") and not keyness.is_single_word("afghan-led")


def test_key_terms_of_the_seeds_are_the_ones_a_reader_would_name(corpus):
    """The method, not a special case: top key terms by G2 against the other statements."""
    top = keyness.key_terms(keyness.keyness_table(corpus), n=10)
    by_doc = {doc_id: group["term"].tolist() for doc_id, group in top.groupby("doc_id")}
    assert by_doc["civil-society-2021"][0] == "civil society"
    assert by_doc["kabul-process-2017"][0] == "terrorism" and "terrorist" in by_doc["kabul-process-2017"][:5]
    letter = by_doc["coalition-letter-2024"]
    assert any("doha" in term for term in letter[:3])
    assert "women and girls" in letter


def test_negative_key_terms_include_absences_on_the_seeds(corpus):
    """The latest statement never uses 'ceasefire', which the others use: it is tested, as negative keyness."""
    table = keyness.keyness_table(corpus)
    latest = corpus.doc_ids[-1] if corpus.documents["date"].is_monotonic_increasing else None
    row = table[(table["doc_id"] == latest) & (table["term"] == "ceasefire")].iloc[0]
    assert row["freq_target"] == 0 and row["direction"] == "underuse" and row["log_ratio"] < -1
    negative = keyness.negative_key_terms(table, 3)
    assert (negative["direction"] == "underuse").all() and (negative["freq_target"] == 0).any()
    summary = keyness.summary(table)
    assert summary["fisher_tests"].sum() == int((table["test"] == "Fisher").sum())
    assert summary["negative_significant"].sum() == int(
        (table["significant_corrected"] & (table["direction"] == "underuse")).sum()
    )


def test_key_terms_are_overused_and_sorted(corpus):
    top = keyness.key_terms(keyness.keyness_table(corpus), n=5)
    assert (top["direction"] == "overuse").all() and (top["freq_target"] >= keyness.MIN_FREQ).all()
    assert list(dict.fromkeys(top["doc_id"])) == corpus.doc_ids
    for _, group in top.groupby("doc_id"):
        assert group["g2"].is_monotonic_decreasing and len(group) == 5


def test_summary_counts(corpus):
    table = keyness.keyness_table(corpus)
    summary = keyness.summary(table).set_index("doc_id")
    assert summary["terms_tested"].sum() == len(table)
    assert summary["significant_corrected"].sum() == int(
        (table["significant_corrected"] & (table["direction"] == "overuse")).sum()
    )
    assert (summary["significant_corrected"] <= summary["p_below_05"]).all()


def test_works_for_any_corpus_ids(make_corpus):
    folder = make_corpus({"one.txt": "Peace peace now.", "two.txt": "War war war.", "three.txt": "Peace and war."})
    table = keyness.keyness_table(load_corpus(folder))
    assert set(table["doc_id"]) == {"one", "two"}
    assert isinstance(table, pd.DataFrame)


def test_critical_g2_matches_the_bonferroni_threshold():
    assert keyness.critical_g2() == pytest.approx(3.8415, abs=1e-4)
    assert keyness.critical_g2(0.05, 50) == pytest.approx(10.8276, abs=1e-4)  # p < 0.001
    assert keyness.p_value(keyness.critical_g2(0.05, 20)) == pytest.approx(0.05 / 20)


def test_term_evidence_picks_the_statement_where_the_term_is_most_key(corpus):
    table = keyness.keyness_table(corpus)
    evidence = keyness.term_evidence(table, "civil society")
    rows = table[(table["term"] == "civil society") & (table["direction"] == "overuse")]
    assert evidence["g2"] == rows["g2"].max()
    assert (
        evidence["freq_target"] + evidence["freq_reference"]
        == rows["freq_target"].iloc[0] + rows["freq_reference"].iloc[0]
    )
    missing = keyness.term_evidence(table, "no such term")
    assert missing["doc_id"] == "none" and missing["g2"] == 0.0


def test_key_terms_overview_marks_terms_that_do_not_survive_correction(small):
    table = keyness.keyness_table(small)
    overview = keyness.key_terms_overview({"vs rest": table}, n=2)
    assert overview.set_index("doc_id").loc["a", "vs rest"] == "ceasefire*, must*"


def test_keyness_figures_name_each_statement_panel(corpus):
    from matplotlib.figure import Figure

    from analysis.book import plots

    table = keyness.keyness_table(corpus)
    figure = plots.key_terms_plot(keyness.key_terms(table, 5), corpus.doc_ids)
    assert isinstance(figure, Figure)
    assert [ax.get_title() for ax in figure.axes if ax.get_visible()] == corpus.doc_ids
    landscape = plots.keyness_landscape(table, corpus.doc_ids)
    assert landscape.axes[0].get_xlabel().startswith("Log Ratio")
    assert [ax.get_title() for ax in landscape.axes if ax.get_visible()] == corpus.doc_ids


@pytest.mark.parametrize("correction", ["bonferroni", "fdr_bh"])
def test_score_counts_sorts_and_corrects_as_pandas_would(correction):
    rng = np.random.default_rng(3)
    n = 400
    doc_ids = rng.choice(["d2", "d1", "d3"], size=n).tolist()
    terms = [f"t{index % 37}é" if index % 5 else f"T{index % 11}" for index in range(n)]
    counts = pd.DataFrame({"doc_id": doc_ids, "term": terms}).drop_duplicates(["doc_id", "term"])
    m = len(counts)
    a = rng.integers(0, 12, size=m)
    b = np.where(rng.random(m) < 0.3, a * 3, rng.integers(0, 40, size=m))  # a third with equal rates: ties in G2
    table = keyness._counts_table(
        counts["doc_id"].tolist(), counts["term"].tolist(), a.tolist(), b.tolist(), [100] * m, [300] * m
    )
    fast = keyness.score_counts(table, correction=correction)
    # the slow path: one scipy call per row, the correction over the whole table, pandas sorts
    slow = table.copy()
    slow["g2"] = keyness.g2(a, b, 100, 300)
    slow["smallest_expected"] = 100 * (a + b) / 400
    slow["test"] = np.where(slow["smallest_expected"] < 5, "Fisher", "G2")
    slow["p_value"] = [
        doubled_fisher([[x, y], [100 - x, 300 - y]]) if test == "Fisher" else keyness.p_value(g)
        for x, y, g, test in zip(a, b, slow["g2"], slow["test"])
    ]
    slow["log_ratio"] = keyness.log_ratio(a, b, 100, 300)
    slow["direction"] = np.where(a / 100 > b / 300, "overuse", "underuse")
    slow["p_corrected"] = keyness.correct_p_values(slow["p_value"].to_numpy(), correction)
    slow["significant_corrected"] = slow["p_corrected"] < 0.05
    slow["distinctive"] = slow["log_ratio"].abs() >= keyness.DISTINCTIVE_LOG_RATIO
    order = {doc_id: rank for rank, doc_id in enumerate(dict.fromkeys(slow["doc_id"]))}
    slow = slow.assign(_doc=slow["doc_id"].map(order), _order=(slow["direction"] != "overuse").astype(int))
    slow = slow.sort_values(["_doc", "_order", "g2", "term"], ascending=[True, True, False, True])
    slow = slow.drop(columns=["_doc", "_order"]).reset_index(drop=True)
    assert (fast["test"] == "Fisher").any() and (fast["test"] == "G2").any()
    pd.testing.assert_frame_equal(fast, slow, check_exact=False, rtol=1e-9)


def test_keyness_against_the_rest_needs_two_documents(make_corpus):
    one = load_corpus(make_corpus({"only.txt": "Peace and peace again. Talks and talks, peace."}))
    with pytest.raises(ValueError, match="two or more documents"):
        keyness.keyness_table(one)
    assert set(keyness.export_tables(one)["keyness"]["reference"]) == {"general English"}
