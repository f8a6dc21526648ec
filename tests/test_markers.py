"""Hyland's stance and engagement markers: every category, the added markers, every false-hit guard, the intervals."""

import pandas as pd
import pytest
from scipy.stats import poisson

from analysis.methods import markers
from analysis.methods.markers import category_counts, marker_hits, poisson_interval


def found(sentence):
    return [(h.marker.category, h.marker.name) for h in marker_hits(sentence)]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "The talks may perhaps resume; it is possible.",
            [("hedge", "may"), ("hedge", "perhaps"), ("hedge", "possible")],
        ),
        (
            "It could seem likely, and would suggest a deal.",
            [("hedge", "could"), ("hedge", "seem"), ("hedge", "likely"), ("hedge", "would"), ("hedge", "suggest")],
        ),
        ("The war lasted nearly two decades.", [("hedge", "approximately")]),
        (
            "This clearly shows that peace is indeed undeniable.",
            [("booster", "clearly"), ("booster", "show"), ("booster", "indeed"), ("booster", "undeniable")],
        ),
        (
            "In fact, it is certain that they never agreed.",
            [("booster", "in fact"), ("booster", "certain"), ("booster", "never")],
        ),
        ("NATO pointed out that the group will comply.", [("booster", "point out"), ("booster", "will")]),
        (
            "It is important and essential, unfortunately.",
            [("attitude", "important"), ("attitude", "essential"), ("attitude", "unfortunate")],
        ),
        ("These heinous acts are unjust.", [("attitude", "heinous"), ("attitude", "unjust")]),
        (
            "We and our partners told us; I said my piece.",
            [
                ("self_mention", "we"),
                ("self_mention", "our"),
                ("self_mention", "us"),
                ("self_mention", "I"),
                ("self_mention", "my"),
            ],
        ),
        (
            "Your Excellency, you must note that.",
            [("engagement", "your"), ("engagement", "you"), ("engagement", "must")],
        ),
        (
            "It is crucial to note that parties should act. Why?",
            [("attitude", "crucial"), ("engagement", "note"), ("engagement", "should"), ("engagement", "?")],
        ),
        ("They need to talk.", [("engagement", "need to")]),
    ],
)
def test_every_category_is_found(sentence, expected):
    assert found(sentence) == expected


def test_added_markers_are_flagged_and_hyland_markers_cited():
    sources = {m.name: m.source for m in markers.MARKERS}
    assert sources["strongly"] == sources["heinous"] == sources["will"] == "added"
    assert sources["perhaps"] == sources["clearly"] == sources["we"] == sources["your"] == "Hyland 2005"
    assert set(markers.marker_lists()["category"]) == set(markers.CATEGORIES)


@pytest.mark.parametrize(
    "sentence",
    [
        "The first dialogue was held with civil society on 4th May.",  # day before May
        "They met in May 2021.",  # month before a year
        "The talks were held on 4 May.",  # day number before May
        "Since may 2020 nothing changed.",  # 'since' before may
        "Elections were postponed to May as planned.",  # capital May inside a sentence
    ],
)
def test_may_as_a_month_is_not_a_hedge(sentence):
    assert ("hedge", "may") not in found(sentence)


def test_may_as_a_modal_is_a_hedge_also_at_sentence_start():
    assert ("hedge", "may") in found("May the talks succeed.")
    assert ("hedge", "may") in found("The group may return.")


@pytest.mark.parametrize(
    "sentence",
    [
        "A political solution commensurate with the will of the Afghan people.",
        "There is no political will to end the war.",
        "Their will was clear.",
    ],
)
def test_will_as_a_noun_is_not_a_booster(sentence):
    assert ("booster", "will") not in found(sentence)


@pytest.mark.parametrize(
    "sentence, absent",
    [
        ("Civil Society made the following points:", ("booster", "point out")),
        ("At this point the talks stalled.", ("booster", "point out")),
        ("Certain countries abstained.", ("booster", "certain")),
        ("The new US administration will review it.", ("self_mention", "us")),
        ("The U.S. envoy met them.", ("self_mention", "us")),
        ("The parties should agree on a ceasefire and agree to talks.", ("attitude", "agree")),
        ("The war ended about the time of the talks.", ("hedge", "approximately")),
        ("They stressed the need to address terrorism.", ("engagement", "need to")),
        ("Peace is a must.", ("engagement", "must")),
        ("After World War I the borders changed.", ("self_mention", "I")),
    ],
)
def test_documented_false_hits_are_skipped(sentence, absent):
    assert absent not in found(sentence)


def test_category_counts_has_every_category():
    assert category_counts("You must note that we may never agree.") == {
        "hedge": 1,
        "booster": 1,
        "attitude": 0,
        "self_mention": 1,
        "engagement": 2,
    }
    assert category_counts("") == dict.fromkeys(markers.CATEGORIES, 0)


@pytest.mark.parametrize("count", [0, 1, 2, 5, 17])
def test_garwood_interval_is_exact(count):
    low, high = poisson_interval(count)
    # exact: P(X >= k | low) = 0.025 and P(X <= k | high) = 0.025
    if count:
        assert poisson.sf(count - 1, low) == pytest.approx(0.025, abs=1e-4)
    else:
        assert low == 0.0
    assert poisson.cdf(count, high) == pytest.approx(0.025, abs=1e-4)


def test_garwood_known_values_and_bad_count():
    assert poisson_interval(0) == (0.0, 3.6889)
    assert poisson_interval(1) == (0.0253, 5.5716)
    with pytest.raises(ValueError):
        poisson_interval(-1)


def test_rate_row_scales_to_per_1000_words():
    row = markers.rate_row(2, 500)
    assert row["per_1k"] == 4.0
    assert row["per_1k_low"] == round(poisson_interval(2)[0] * 2, 2)
    # one precision for rates, from the stored two decimals (0.48, 14.45) with halves up, as tables and prose print them
    assert row["interval"] == "0.5–14.5"


class TinyCorpus:
    doc_ids = ["a", "b"]
    documents = pd.DataFrame({"doc_id": ["a", "b"], "n_words": [10, 250]})
    sentences = pd.DataFrame(
        {
            "doc_id": ["a", "a", "b"],
            "sent_id": ["a:001", "a:002", "b:001"],
            "text": ["We may talk.", "We met on 4 May.", "You should clearly act."],
        }
    )


def test_marker_tables_on_a_tiny_corpus():
    hits = markers.marker_hit_table(TinyCorpus)
    assert hits[["sent_id", "marker"]].values.tolist() == [
        ["a:001", "we"],
        ["a:001", "may"],
        ["a:002", "we"],
        ["b:001", "you"],
        ["b:001", "should"],
        ["b:001", "clearly"],
    ]
    table = markers.marker_table(TinyCorpus).set_index(["doc_id", "marker"])
    assert table.loc[("a", "we"), "count"] == 2 and table.loc[("a", "we"), "per_1k"] == 200.0
    assert table.loc[("b", "clearly"), "per_1k"] == 4.0
    assert list(markers.marker_table(TinyCorpus).columns[:6]) == [
        "doc_id",
        "category",
        "marker",
        "n_words",
        "count",
        "per_1k",
    ]
    assert "interval" in table.columns
    profile = markers.marker_profile(TinyCorpus).set_index(["doc_id", "category"])
    assert len(profile) == 2 * len(markers.CATEGORIES)
    assert profile.loc[("a", "hedge"), "count"] == 1
    assert profile.loc[("b", "engagement"), "count"] == 2 and profile.loc[("b", "engagement"), "per_1k"] == 8.0
    assert profile.loc[("a", "attitude"), "count"] == 0 and profile.loc[("a", "attitude"), "per_1k_high"] > 0
    assert set(markers.export_tables(TinyCorpus)) == {"markers", "marker_profile"}


def test_non_text_raises_a_clear_error():
    with pytest.raises(TypeError, match="str"):
        marker_hits(3)


def test_note_that_is_a_directive_only_when_the_reader_is_told_to_note():
    assert ("engagement", "note") in found("Note that the talks resumed.")
    assert ("engagement", "note") not in found("We are pleased to note that the talks resumed.")
