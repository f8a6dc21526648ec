"""Diplomatic verbs: every class and directive strength, the addressee rules, and the false hits they skip."""

import pandas as pd
import pytest

from analysis.methods import verbs
from analysis.methods.verbs import classify_addressee, verb_hits


def lemmas(sentence):
    return [(h.verb.verb_class, h.verb.lemma) for h in verb_hits(sentence)]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "The Council welcomes the talks and commends the mediators.",
            [("support", "welcome"), ("support", "commend")],
        ),
        (
            "We appreciate the efforts and fully support the process.",
            [("support", "appreciate"), ("support", "support")],
        ),
        ("It endorsed the plan.", [("support", "endorse")]),
        (
            "The parties reaffirmed and reiterated their commitment.",
            [("reaffirm", "reaffirm"), ("reaffirm", "reiterate")],
        ),
        (
            "NATO stressed the point and emphasises, underlines and recalls the rules.",
            [("reaffirm", "stress"), ("reaffirm", "emphasise"), ("reaffirm", "underline"), ("reaffirm", "recall")],
        ),
        ("The ministers emphasized it.", [("reaffirm", "emphasise")]),
        ("They expressed grave concern about the attacks.", [("concern", "express concern")]),
        (
            "The Council is deeply concerned about the violence and alarmed by the killings; it regretted the delay.",
            [("concern", "be concerned"), ("concern", "alarm"), ("concern", "regret")],
        ),
        (
            "We condemn the attack, deplore the killings, reject the decree, denounce terror"
            " and disapproved of the war.",
            [
                ("condemn", "condemn"),
                ("condemn", "deplore"),
                ("condemn", "reject"),
                ("condemn", "denounce"),
                ("condemn", "disapprove"),
            ],
        ),
        (
            "Donors pledged funds, committed to the plan and undertook to help.",
            [("commit", "pledge"), ("commit", "commit"), ("commit", "undertake")],
        ),
    ],
)
def test_every_verb_class_is_found_in_its_inflections(sentence, expected):
    assert lemmas(sentence) == expected


@pytest.mark.parametrize(
    "sentence, lemma, strength, label",
    [
        ("The Council encourages the parties to talk.", "encourage", 1, "encourage"),
        ("We invite the parties to meet.", "invite", 1, "encourage"),
        ("They called on the parties to agree.", "call on", 2, "request"),
        ("They call upon the Taliban to respect rights.", "call on", 2, "request"),
        ("The Council requests the Secretary-General to report.", "request", 2, "request"),
        ("Civil Society asks the community to help.", "ask", 2, "request"),
        ("It recommends that AMIP form a team.", "recommend", 2, "request"),
        ("The parties should agree.", "should", 2, "request"),
        ("NATO urges the parties to agree.", "urge", 3, "urge"),
        ("We demand a ceasefire.", "demand", 4, "demand"),
        ("They insisted on talks.", "insist", 4, "demand"),
        ("States must refrain from violence.", "must", 4, "demand"),
    ],
)
def test_every_directive_has_its_strength(sentence, lemma, strength, label):
    (hit,) = [h for h in verb_hits(sentence) if h.verb.verb_class == "direct"]
    assert (hit.verb.lemma, hit.verb.strength, verbs.DIRECTIVE_STRENGTH[hit.verb.strength]) == (lemma, strength, label)


def test_strengths_are_ordered_encourage_request_urge_demand():
    assert list(verbs.DIRECTIVE_STRENGTH.values()) == ["encourage", "request", "urge", "demand"]
    strength = {v.lemma: v.strength for v in verbs.VERBS}
    assert strength["encourage"] < strength["call on"] < strength["urge"] < strength["demand"] == strength["must"]


@pytest.mark.parametrize(
    "sentence",
    [
        "They discussed the demands from the regional and international partners.",  # noun after 'the'
        "This can only be achieved with the full support of neighbours.",  # noun after 'full'
        "It was done at the request of the government.",  # noun after 'the'
        "They reiterated their support for the talks.",  # only 'reiterated' counts
        "States must refrain from encouraging or tolerating terrorist activities.",  # -ing directive names an act
        "Acts intended to be committed by other states.",  # 'committed by' is not a commitment
        "Those who commit crimes will be punished.",  # 'commit crimes'
        "The stress of the war was visible.",  # noun 'stress'
    ],
)
def test_false_hits_are_skipped(sentence):
    found = lemmas(sentence)
    assert ("direct", "demand") not in found and ("support", "support") not in found
    assert ("direct", "encourage") not in found and ("commit", "commit") not in found
    assert ("direct", "request") not in found and ("reaffirm", "stress") not in found


def test_reiterated_their_support_counts_one_reaffirmation():
    assert lemmas("They reiterated their support for the talks.") == [("reaffirm", "reiterate")]


@pytest.mark.parametrize(
    "sentence, addressee",
    [
        ("The participants called on all the armed groups to agree to a ceasefire.", "parties"),
        ("NATO urges the parties to seize the moment.", "parties"),
        ("Civil Society demands that all warring parties respect the Geneva Convention.", "parties"),
        ("NATO said that the Afghan government and the Taliban should agree on a ceasefire.", "parties"),
        ("We call on the Taliban to reverse the decrees.", "taliban"),
        ("The de facto authorities must reopen schools.", "taliban"),
        ("Civil Society asks the regional and international community to take part.", "international community"),
        (
            "We strongly urge the UN and the participants of the Doha meeting to support them.",
            "international community",
        ),
        ("This government should be fully committed to upholding rights.", "government"),
        ("We demand a comprehensive ceasefire!", "other"),
        ("A legitimate government should be established.", "other"),  # passive: no addressee
        ("Civil Society asks for a third impartial facilitator to help the parties negotiate.", "other"),
        ("The organization insists that the agreement between Kabul and the Taliban is a step.", "other"),
    ],
)
def test_addressee_of_directives(sentence, addressee):
    (hit,) = [h for h in verb_hits(sentence) if h.verb.verb_class == "direct"]
    assert hit.addressee == addressee


def test_only_directives_have_an_addressee():
    assert [h.addressee for h in verb_hits("We welcome the Taliban's pledge.")] == [""]


def test_classify_addressee_order():
    assert classify_addressee("both sides") == "parties"
    assert classify_addressee("the government and the Taliban") == "parties"
    assert classify_addressee("the militants") == "taliban"
    assert classify_addressee("all countries") == "international community"
    assert classify_addressee("AMIP") == "other"


def test_non_text_raises_a_clear_error():
    with pytest.raises(TypeError, match="str"):
        verb_hits(None)


class TinyCorpus:
    """Two statements of known length: hand-counted verbs."""

    doc_ids = ["a", "b"]
    documents = pd.DataFrame({"doc_id": ["a", "b"], "n_words": [10, 20], "year": [2020, 2021]})
    sentences = pd.DataFrame(
        {
            "doc_id": ["a", "a", "b"],
            "sent_id": ["a:001", "a:002", "b:001"],
            "text": [
                "We welcome the talks and urge the parties to agree.",
                "We condemn the attacks.",
                "The Taliban must stop.",
            ],
        }
    )


def test_verb_table_and_profiles_on_a_tiny_corpus():
    table = verbs.verb_table(TinyCorpus)
    assert table[["sent_id", "verb_class", "lemma", "strength", "addressee"]].values.tolist() == [
        ["a:001", "support", "welcome", 0, ""],
        ["a:001", "direct", "urge", 3, "parties"],
        ["a:002", "condemn", "condemn", 0, ""],
        ["b:001", "direct", "must", 4, "taliban"],
    ]
    profile = verbs.verb_profile(TinyCorpus).set_index(["doc_id", "verb_class"])
    assert len(profile) == 2 * len(verbs.VERB_CLASSES)
    assert profile.loc[("a", "support"), "per_1k"] == 100.0  # 1 hit in 10 words
    assert profile.loc[("b", "direct"), "per_1k"] == 50.0  # 1 hit in 20 words
    assert profile.loc[("b", "commit"), "count"] == 0
    strengths = verbs.directive_profile(TinyCorpus).set_index(["doc_id", "strength_label"])["count"]
    assert strengths[("a", "urge")] == 1 and strengths[("b", "demand")] == 1 and strengths[("a", "demand")] == 0
    addressees = verbs.addressee_profile(TinyCorpus).set_index(["doc_id", "addressee"])["count"]
    assert addressees[("a", "parties")] == 1 and addressees[("b", "taliban")] == 1


def test_export_tables_names():
    assert set(verbs.export_tables(TinyCorpus)) == {"verbs", "verb_profile"}


def test_the_verbs_table_gives_each_verb_its_forms(tmp_path):
    path = tmp_path / "verbs.csv"
    path.write_text("lemma,verb_class,strength,forms,pattern\nurge,direct,3,e,urg\nmust,direct,4,regex,must\n")
    assert [(v.lemma, v.strength, v.pattern) for v in verbs.read_verbs(path)] == [
        ("urge", 3, "urg(?:e|es|ed|ing)"),
        ("must", 4, "must"),
    ]
    path.write_text("lemma,verb_class,strength,forms,pattern\nurge,direct,3,ee,urg\n")
    with pytest.raises(ValueError, match="verbs.csv, line 2: forms must be one of"):
        verbs.read_verbs(path)
