"""The stance rules: negation, conditions, shifters, reported speech, several targets, and the corpus tables."""

import math
import time

import numpy as np
import pandas as pd
import pytest

from analysis.io.corpus import load_corpus
from analysis.methods import stance
from analysis.methods.stance import (
    BOOTSTRAP_SEED,
    TARGETS,
    bootstrap_rate_interval,
    bootstrap_rate_intervals,
    document_stance,
    export_tables,
    is_reporter_background,
    sentence_stance,
    sentence_stance_evidence,
    stance_table,
)
from analysis.methods.stance.clauses import mask_organisation_names
from analysis.methods.stance.coding import named_targets

# --- the issue's own examples -------------------------------------------------------------------


def test_demanding_a_ceasefire_favours_it():
    assert sentence_stance("We demand a comprehensive ceasefire!") == {"ceasefire": "favor"}


def test_condemning_terrorism_is_against_violence():
    assert sentence_stance("We condemn all forms of terrorism.") == {"violence": "against"}


def test_a_reduction_in_violence_is_not_sufficient_is_against_violence():
    assert sentence_stance("A reduction in violence is not sufficient.") == {"violence": "against"}


def test_refusing_talks_until_troops_leave_is_against_talks_and_the_foreign_presence():
    assert sentence_stance("The group refuses to join talks until foreign troops leave the country.") == {
        "international_role": "against",
        "negotiations": "against",
    }


# --- negation -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("We cannot disengage from Afghanistan.", {"international_role": "favor"}),
        (
            "The Emirate will not tolerate foreign military presence under any circumstance.",
            {"international_role": "against"},
        ),
        ("There will be no violation of human rights.", {"human_rights": "favor"}),
        ("The group said it would never negotiate with the administration.", {"negotiations": "against"}),
    ],
)
def test_negation_inverts(sentence, expected):
    assert sentence_stance(sentence) == expected


# --- conditions ---------------------------------------------------------------------------------


def test_a_refusal_until_a_condition_is_against_the_refused_and_for_the_condition():
    result = sentence_stance("He said the group would not agree to a ceasefire until foreign forces were withdrawn.")
    assert result == {"ceasefire": "against", "international_role": "against"}


def test_unless_works_like_until():
    result = sentence_stance("There will be no ceasefire unless the foreign forces leave.")
    assert result["international_role"] == "against"


def test_a_conditional_offer_keeps_its_polarity_and_the_condition_is_not_coded():
    assert sentence_stance("President Ghani announced a ceasefire provided that the Taliban reciprocate.") == {
        "ceasefire": "favor"
    }


def test_until_as_a_date_is_not_a_condition():
    assert sentence_stance("I announce a ceasefire until the end of the holiday.") == {"ceasefire": "favor"}


def test_an_if_clause_of_circumstances_is_not_coded():
    assert sentence_stance("The NATO presence will be adjusted if conditions allow.") == {}


# --- shifters -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("The restrictions on the rights of women must be lifted.", {"human_rights": "favor"}),
        # the violations condemn their doer too (codebook: "unjust decrees of the de facto authorities" is taliban against)
        (
            "We condemn the violations of human rights by the de facto authorities.",
            {"human_rights": "favor", "taliban": "against"},
        ),
        ("The council welcomed the withdrawal of foreign forces.", {"international_role": "against"}),
        ("We regret the group's failure to honour its commitments.", {"taliban": "against"}),
        ("Any interference in the internal affairs of Afghanistan is unacceptable.", {"afghan_ownership": "favor"}),
    ],
)
def test_shifters_turn_the_target_around(sentence, expected):
    assert sentence_stance(sentence) == expected


def test_rejecting_a_call_for_a_truce_is_against_the_truce():
    assert sentence_stance("We reject the call for a truce.") == {"ceasefire": "against"}


# --- actors -------------------------------------------------------------------------------------


def test_the_addressee_of_a_demand_is_not_coded():
    assert sentence_stance("We call on the Taliban to join the peace process.") == {"negotiations": "favor"}


def test_welcoming_an_act_of_the_taliban_favours_them():
    assert sentence_stance("The members welcomed the announcement by the Taliban of a truce.") == {
        "ceasefire": "favor",
        "taliban": "favor",
    }


# --- reported speech ----------------------------------------------------------------------------


def test_reporter_background_in_a_news_report_is_not_coded():
    sentence = "The talks are part of an agreement reached in February in an effort to end two decades of war."
    assert is_reporter_background(sentence)
    assert sentence_stance(sentence, news_report=True) == {}
    assert sentence_stance(sentence) == {"violence": "against"}


def test_words_attributed_to_the_actor_are_coded_and_the_frame_is_not_a_cue():
    assert sentence_stance(
        "NATO said on Wednesday that the parties should agree on a ceasefire.", news_report=True
    ) == {"ceasefire": "favor"}


def test_a_sentence_that_closes_a_quotation_is_the_actor_s_words():
    assert sentence_stance("We urge the parties to resume the peace talks.”", news_report=True) == {
        "negotiations": "favor"
    }


# --- several targets, evidence, errors ----------------------------------------------------------


def test_a_sentence_can_carry_several_targets():
    assert sentence_stance("We condemn the attacks and call for peace talks.") == {
        "violence": "against",
        "negotiations": "favor",
    }


def test_every_label_names_its_cues_and_rule():
    [label] = sentence_stance_evidence("A reduction in violence is not sufficient.")
    assert "shifter:reduction in" in label.cues and "insufficiency" in label.cues


def test_a_sentence_without_stance_has_no_labels():
    assert sentence_stance("The envoy discussed the ceasefire with the delegation.") == {}


def test_a_non_text_sentence_raises_a_clear_error():
    with pytest.raises(TypeError, match="expects a sentence as str"):
        sentence_stance(None)


# --- the corpus tables --------------------------------------------------------------------------


@pytest.fixture
def tiny_corpus(make_corpus):
    metadata = "doc_id,file,genre,date\nown,a.txt,statement,2020-01-01\nreport,b.txt,news report,2021-01-01\n"
    folder = make_corpus(
        {
            "a.txt": "We demand a comprehensive ceasefire. We condemn all terrorism. "
            "We condemn the attacks on schools. The meeting was held in Kabul.\n",
            "b.txt": "The talks are part of an agreement to end the war. NATO said the parties should agree on a ceasefire.\n",
        },
        metadata,
    )
    return load_corpus(folder)


def test_stance_table_has_one_row_per_sentence_and_target(tiny_corpus):
    table = stance_table(tiny_corpus)
    assert list(table.columns) == ["doc_id", "sent_id", "target", "label", "cues"]
    assert table[["sent_id", "target", "label"]].values.tolist() == [
        ["own:001", "ceasefire", "favor"],
        ["own:002", "violence", "against"],
        ["own:003", "violence", "against"],
        ["report:002", "ceasefire", "favor"],
    ]


def test_document_stance_counts_nets_and_flags_thin_evidence(tiny_corpus):
    table = document_stance(tiny_corpus).set_index(["doc_id", "target"])
    assert len(table) == 2 * len(TARGETS)
    violence = table.loc[("own", "violence")]
    assert (violence["salience"], violence["favor"], violence["against"], violence["net"]) == (2, 0, 2, -1.0)
    assert violence["stance_rate"] == 0.5 and violence["thin_evidence"]
    assert violence["evidence"] == "own:002 own:003"
    assert 0 <= violence["rate_low"] <= 0.5 <= violence["rate_high"] <= 1
    assert math.isnan(table.loc[("own", "taliban"), "net"])
    assert table.loc[("report", "violence"), "salience"] == 0  # the reporter's background is not coded


def test_intervals_are_seeded_and_deterministic():
    hits = np.array([1, 0, 0, 1, 0, 0, 0, 1])
    assert bootstrap_rate_interval(hits) == bootstrap_rate_interval(hits)
    low, high = bootstrap_rate_interval(hits)
    assert low < 3 / 8 < high


def test_export_tables_gives_the_two_stance_tables(tiny_corpus):
    tables = export_tables(tiny_corpus)
    assert set(tables) == {"stance_sentences", "stance_documents"}
    assert all(isinstance(table, pd.DataFrame) for table in tables.values())


def test_the_project_corpus_gets_labels_for_every_statement(corpus):
    table = document_stance(corpus)
    assert set(table["doc_id"]) == set(corpus.doc_ids)
    assert (table.groupby("doc_id")["salience"].sum() > 0).all()


# --- round 2 rules (after the blind second coder): each checked on invented sentences ------------


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("The European Union reiterates its commitment to the country.", {"international_role": "favor"}),
        ("Norway confirmed its continued support for the Afghan people.", {"international_role": "favor"}),
        ("The donors stand by the people of Afghanistan.", {"international_role": "favor"}),
        ("The donors decided to end their support for the people of Afghanistan.", {"international_role": "against"}),
        ("We will continue our engagement with the Taliban.", {"international_role": "favor"}),
    ],
)
def test_an_outside_pledge_to_afghanistan_and_engagement_with_the_taliban_are_the_international_role(
    sentence, expected
):
    """Codebook: 'reiterates its commitment to the country' is favor; engagement with the Taliban is not taliban favor."""
    assert sentence_stance(sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("The occupation forces shelled a village market yesterday.", {"international_role": "against"}),
        ("The invaders have brought nothing but misery.", {"international_role": "against"}),
        ("We demand the withdrawal of the occupying troops.", {"international_role": "against"}),
        (
            "We will continue our armed struggle until the withdrawal of the last occupier.",
            {"international_role": "against", "violence": "favor"},
        ),
    ],
)
def test_calling_foreign_forces_occupiers_condemns_them(sentence, expected):
    """Codebook: condemning foreign actors is international_role against; 'occupation forces' condemns by its name."""
    assert sentence_stance(sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("The raid was a flagrant breach of our sovereignty.", {"afghan_ownership": "favor"}),
        ("Closing the schools is an assault on the right to education.", {"human_rights": "favor"}),
        ("These decrees, violating the rights of women, must be withdrawn.", {"human_rights": "favor"}),
        ("There were no violations of the ceasefire.", {"ceasefire": "favor"}),
    ],
)
def test_naming_a_violation_condemns_it_and_favours_what_is_violated(sentence, expected):
    """Codebook rule 5 example: 'a violation of our sovereignty' (condemned) is afghan_ownership favor."""
    assert sentence_stance(sentence) == expected


def test_a_news_sentence_in_the_speakers_own_voice_is_not_background():
    """Reporters write neither 'we' nor 'must' in their own voice: such a sentence carries the actor's words (rule 7)."""
    assert sentence_stance("Such attacks must stop at once.", news_report=True) == {"violence": "against"}
    assert sentence_stance("Our forces will respect the ceasefire.", news_report=True) == {"ceasefire": "favor"}
    assert sentence_stance("The US envoy supported the ceasefire in 2019.", news_report=True) == {}


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Militias must stop the torture of detainees.", {"violence": "against"}),
        ("All states should tackle terrorism together.", {"violence": "against"}),
        ("Thousands of families are victims of terrorism.", {"violence": "against"}),
        ("The parties should take a more active part in the peace process.", {"negotiations": "favor"}),
        ("Direct talks would lay the groundwork for a lasting truce.", {"negotiations": "favor", "ceasefire": "favor"}),
        ("Both delegations promised to bring about a political settlement.", {"negotiations": "favor"}),
        ("The spokesman assured the independence of the country.", {"afghan_ownership": "favor"}),
        ("Genuine regional cooperation is the way forward.", {"international_role": "favor"}),
        ("The alliance will complete the withdrawal of all foreign forces.", {"international_role": "against"}),
        ("The minister welcomed the U.S. administration's review.", {"international_role": "favor"}),
    ],
)
def test_general_diplomatic_vocabulary_of_round_two(sentence, expected):
    """Cue and target words any diplomatic statement uses, added after scoring on gold set v2."""
    assert sentence_stance(sentence) == expected


def test_a_demanded_clause_keeps_its_own_predicate():
    """'demand that X should end' is against X: the demand's content is a clause with its own verb."""
    assert sentence_stance("The council demands that the beheading of prisoners should end.") == {"violence": "against"}
    assert sentence_stance("We demand that the talks resume.") == {"negotiations": "favor"}


def test_bootstrap_intervals_of_several_targets_equal_resampling_each_one():
    """The matrix form (draw counts · hits) gives, bit for bit, the means of resampled hits, target by target."""
    rng = np.random.default_rng(7)
    tail = (1 - 0.95) / 2
    for size in (1, 2, 5, 37, 250):
        hits = (rng.random((4, size)) < [[0.0], [0.2], [0.6], [1.0]]).astype(float)
        draws = np.random.default_rng(BOOTSTRAP_SEED).choice(size, size=(2000, size), replace=True)
        expected = [tuple(float(q) for q in np.quantile(row[draws].mean(axis=1), [tail, 1 - tail])) for row in hits]
        assert bootstrap_rate_intervals(hits) == expected
        assert [bootstrap_rate_interval(row) for row in hits] == expected


# --- clauses, conditions, and time in proportion to length ------------------------------------


def test_clauses_break_at_semicolons_dashes_and_but():
    assert stance.clauses("we will not agree; but talks continue — however slowly") == [
        "we will not agree",
        "talks continue",
        "slowly",
    ]


def test_conditions_split_a_refusal_from_what_is_wanted():
    assert stance.split_conditions("we will not agree to a ceasefire until foreign forces leave") == [
        ("we will not agree to a ceasefire", False),
        ("foreign forces leave", True),
    ]
    assert stance.split_conditions("if conditions allow, we will talk") == [("we will talk", False)]


def _seconds_to_label(text):
    start = time.process_time()  # this process's CPU time: other work on the machine (the book build) does not count
    sentence_stance(text)
    return time.process_time() - start


def test_the_rules_take_time_in_proportion_to_sentence_length():
    """A list-like sentence 16 times longer takes about 16 times longer, not 256 (it took 58 s at 32 KB)."""
    unit = (
        "the Council condemns the attacks on civilians, calls for an immediate ceasefire, "
        "urges the Taliban to respect the rights of women and supports inclusive talks, "
    )
    short, long = unit * 16, unit * 256  # about 2 KB and 34 KB
    _seconds_to_label(short)  # warm the regular-expression cache
    ratio = min(_seconds_to_label(long) for _ in range(2)) / min(_seconds_to_label(short) for _ in range(3))
    assert ratio < 40, ratio
    assert _seconds_to_label(long) < 5


def test_document_stance_on_two_processes_is_the_same_table():
    corpus = load_corpus()
    pd.testing.assert_frame_equal(document_stance(corpus, n_jobs=2), document_stance(corpus))


def test_the_matrix_model_kept_on_disk_labels_as_the_fitted_one(tmp_path):
    """The run loads the matrix model from disk (runtime.cache.cached_on_disk): the stacked model read back
    must label as the model that was stored. A toy set stands in for the development labels, whose fit takes
    half a minute; that the key follows the labels and the package is runtime.cache's own test."""
    from analysis.methods.stance.stacking import StackedStanceModel
    from analysis.runtime.cache import cached_on_disk
    from tests.test_stance_model import _toy_set

    toy = _toy_set()
    (tmp_path / "labels").mkdir()
    fitted = StackedStanceModel().fit(toy.items, toy.labels)
    kept = cached_on_disk("toy_model", [tmp_path / "labels"], lambda: fitted, tmp_path / "cache")
    loaded = cached_on_disk("toy_model", [tmp_path / "labels"], lambda: None, tmp_path / "cache")
    assert loaded is not kept  # read back from disk, not the object in memory
    pd.testing.assert_frame_equal(loaded.predict(toy.items), fitted.predict(toy.items))
    assert not fitted.predict(toy.items).empty


# --- issue 13: each error class, fixed and tested on a development sentence -----------------------
# The sentences are from validation/statements documents of the *dev* split (item ids given), or
# the gold set; none is from the locked test set.

DEV_SENTENCES = [
    # prevention and negation scope: a negator before the governing head, and over "or"
    (
        "troika-plus-2021-11-11:007",
        "“Nobody wishes to see a relapse into civil war, no one wants an economic collapse that will spur instability",
        {"violence": "against"},
    ),
    (
        "oic-2021-08-22:004",
        "In a statement, the OIC “called upon the future Afghan leadership and the international community to "
        "ensure that Afghanistan is never again used as a platform or haven for terrorists and not allow terrorist organisations to "
        "have a foothold there.”",
        {"violence": "against"},
    ),
    # condemnation followed by a clause: "no justification for" is itself a condemnation
    (
        "unama-2018-12-25:004",
        "“The United Nations unequivocally condemns them, as there is no justification whatsoever for such attacks.”",
        {"violence": "against"},
    ),
    # condolences for the victims of an attack
    (
        "unama-2018-06-05:007",
        "“On behalf of the United Nations in Afghanistan, I wish to extend my deepest condolences to the families "
        "of the victims killed in yesterday’s attack and wish a full and speedy recovery to those injured,” the statement quoted the UN "
        "envoy as saying.",
        {"violence": "against"},
    ),
    # organisation names are not cues or targets; "war victims" are people, not a stance on war, and
    # their involvement in the talks, or their demands, are inclusion (as the dev coder coded both)
    (
        "aihrc-2019-11-14:001",
        "Afghanistan Independent Human Rights Commission (AIHRC) has stressed on presence and involvement of the "
        "war victims in any stage of Afghan peace talks.",
        {"inclusion": "favor"},
    ),
    (
        "aihrc-2020-09-21:001",
        "The Afghanistan Independent Human Rights Commission (AIHRC) has called on the Afghan government and the "
        "Taliban to consider the demands of war victims and the general public as a key element in peace talks.",
        {"inclusion": "favor"},
    ),
    # commitments: pledges and the provision of aid; the international role's vocabulary (member states, partners)
    (
        "iea-muttaqi-2021-12-20:004",
        "“At the meeting of the Organization of Islamic Cooperation, all member states unanimously pledged to "
        "provide humanitarian assistance and launch development projects,” Muttaqi told reporters.",
        {"humanitarian": "favor"},
    ),
    (
        "oic-2021-08-22:006",
        "The organisation “called on the Member States, the Islamic financial institutions, and partners to act "
        "swiftly to provide humanitarian assistance in the areas that need it the most and urgently.”",
        {"international_role": "favor", "humanitarian": "favor"},
    ),
    (
        "sco-cg-2021-07-14:008",
        "We consider it important for the SCO member states to enhance their joint efforts in order to counteract "
        "terrorism, separatism and extremism.",
        {"violence": "against", "international_role": "favor"},
    ),
    # "provided to" the Security Council is not the speaker's support of it
    (
        "iea-spokesman-unsc-report:007",
        "The aforementioned false information and other such propaganda are provided to the Security "
        "Council member states by the Kabul administration intelligence apparatus.",
        {},
    ),
    # a negated protection is still a stance for the rights (the speaker blames the one who fails them)
    (
        "amnesty-2021-09-21:004",
        "“In just over five weeks since assuming control of Afghanistan, the Taliban have clearly demonstrated "
        "that they are not serious about protecting or respecting human rights.",
        {"human_rights": "favor"},
    ),
]


@pytest.mark.parametrize("item_id, sentence, expected", DEV_SENTENCES, ids=[item for item, _, _ in DEV_SENTENCES])
def test_error_classes_of_issue_13_on_development_sentences(item_id, sentence, expected):
    assert sentence_stance(sentence) == expected


@pytest.mark.parametrize(
    "item_id, sentence",
    [
        (
            "irofa-ghani-2020-08-20:009",  # dev batch 2; coded afghan ownership favor, international role against
            "He stressed that celebrating Afghanistan’s independence is important to make it clear to “terrorists and "
            "enemies” that the Afghan people have responded to foreign aggression every time and are unwilling to live "
            "in the shadow of colonialism.",
        ),
        (
            "unama-2018-06-05:003",  # dev batch 1; coded negotiations favor only
            "I continue to be outraged at those extremist groups seeking to derail efforts made in the interest of "
            "peace,” he said in a statement.",
        ),
    ],
)
def test_violence_named_so_as_to_condemn_it_is_never_favoured(item_id, sentence):
    """In "important ... to terrorists" and "continue ... extremist" the favourable cue is about something else."""
    assert "violence" not in sentence_stance(sentence)
    assert "violence" not in sentence_stance(sentence, news_report=True)


def test_violence_under_its_own_name_can_still_be_favoured():
    """Gold set: a Taliban statement that will continue its armed struggle and jihad favours violence."""
    sentence = "The Mujahideen of Islamic Emirate shall continue their armed struggle and Jihad until the withdrawal of the last American invader."
    assert sentence_stance(sentence)["violence"] == "favor"


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Nothing should prevent a ceasefire.", {"ceasefire": "favor"}),  # a negated prevention
        (
            "Impediments must not be created for intra-Afghan negotiations.",
            {"negotiations": "favor"},
        ),  # an obstruction subject
        (
            "Continuation of war will do nothing but further destroy our homeland.",
            {"violence": "against"},
        ),  # evaluative consequence
        ("We will hold the Taliban leadership to account.", {"taliban": "against"}),  # accountability
        (
            "Talks should start without delay in an inclusive manner.",
            {"inclusion": "favor"},
        ),  # manner: "without delay" negates nothing
        ("We welcome the report of the Afghanistan Independent Human Rights Commission.", {}),  # an organisation's name
        ("A ceasefire is not possible by any means.", {"ceasefire": "against"}),
        ("We urge the Taliban to halt military offensives.", {"violence": "against"}),
        ("They pledged to guarantee the rights of women.", {"human_rights": "favor"}),
        ("We will work to provide humanitarian assistance.", {"humanitarian": "favor"}),
        ("A mere reduction of violence is no longer enough.", {"violence": "against"}),
        ("The process must be truly owned and led by Afghans.", {"afghan_ownership": "favor"}),
        ("We call for the immediate reopening of girls' schools.", {"human_rights": "favor"}),
    ],
)
def test_the_constructions_of_issue_13(sentence, expected):
    """The issue's constructions, written as plain sentences (the rules were fixed on the development sentences above)."""
    assert sentence_stance(sentence) == expected


@pytest.mark.parametrize(
    "item_id, sentence, expected",
    [
        ("hcnr-2020-12-19:006", "“the venue of negotiations should not postpone the talks.", {"negotiations": "favor"}),
        (
            "irofa-ghani-2018-02-28:001",
            "Kabul (Reuters): Afghan President Ashraf Ghani on Wednesday invited Taliban to join talks for a "
            "durable peace in war-ravaged Afghanistan.",
            {"negotiations": "favor"},
        ),
        (
            "usg-biden-2021-07-08:005",
            "Our military mission in Afghanistan will conclude on August 31st.",
            {"international_role": "against"},
        ),
        (
            "eu-hr-2021-09-03:012",
            "At the same time, the Ministers strongly insisted on the idea that we remain committed to supporting "
            "the Afghan population.",
            {"international_role": "favor"},
        ),
        (
            "awn-2014-07-23:009",
            "We call upon both candidates to respect the votes of Afghan citizens, specifically women, and not to "
            "forget women’s role and position throughout the entire political consensus and opinions.",
            {"inclusion": "favor"},
        ),
        (
            "foaw-ambassadors-2021-03-08:010",
            "Experience from around the world shows that sustainable peace depends on women’s equal and "
            "meaningful engagement in politics, governance, institution building.",
            {"inclusion": "favor"},
        ),
        (
            "nato-sg-2019-08-12:003",
            "He said that NATO strongly supports all efforts to achieve a negotiated solution in Afghanistan.",
            {"negotiations": "favor"},
        ),
    ],
)
def test_vocabulary_learned_from_the_development_set(item_id, sentence, expected):
    """Development sentences the rules missed or turned around before the vocabulary of issue 13 was added."""
    assert sentence_stance(sentence) == expected


@pytest.mark.parametrize(
    "item_id, sentence, expected",
    [
        (
            "amnesty-2021-09-21:001",
            "The Taliban are steadily dismantling the human rights gains of the last twenty years, said Amnesty "
            "International, the International Federation for Human Rights (FIDH) and the World Organisation Against "
            "Torture (OMCT) in a new briefing published today, which documents the group’s wide-ranging crackdown "
            "since their seizure of Kabul little more than five weeks ago.",
            {"taliban": "against", "human_rights": "favor"},
        ),
        (
            "nrf-massoud-2022-08-13:002",
            "The son of the famous anti-Soviet resistance commander, Ahmad Shah Massoud, had pledged last year that "
            "he’d seek talks with the Taliban, however, he said that the Taliban remains uninterested in reforming "
            "its backward ways.",
            {"taliban": "against", "negotiations": "favor"},
        ),
        (
            "nrf-massoud-2022-08-13:006",
            "“Unfortunately,” he noted, Taliban leaders “have not changed.",
            {"taliban": "against"},
        ),
        ("irofa-ghani-2018-06-07:001", "Afghan leader announces truce with Taliban.", {"ceasefire": "favor"}),
    ],
)
def test_criticised_actors_and_the_other_party_of_a_truce(item_id, sentence, expected):
    """Development sentences: an actor described as unwilling, unchanged or destroying is criticised, and
    its act is condemned (the value it harms is favoured); the other party of a truce is not judged."""
    assert sentence_stance(sentence) == expected


def test_an_actors_failure_to_protect_a_value_favours_the_value():
    assert sentence_stance("The Taliban failed to protect human rights.") == {
        "taliban": "against",
        "human_rights": "favor",
    }


@pytest.mark.parametrize(
    "item_id, sentence, target, label",
    [
        (
            "unama-2018-06-05:001",
            "KABUL (Pajhwok): UN Secretary-General’s Special Representative for Afghanistan Tadamichi Yamamoto "
            "condemned Monday suicide blast on ulema in capital Kabul, a statement from the UN Assistance Mission "
            "(UNAMA) said on Tuesday.",
            "violence",
            "against",
        ),
        (
            "usg-biden-2021-08-31:016",
            "As part of that decision, we set the date of August 31st for American troops to withdraw.",
            "international_role",
            "against",
        ),
        (
            "ind-mea-2021-01-08:001",
            "India seeks to promote peace and stability in neighboring Afghanistan and believes that the Afghan peace "
            "process must be led by the country's internal actors, the spokesman of the Indian Ministry of External "
            "Affairs, Anurag Srivastava said on Friday",
            "afghan_ownership",
            "favor",
        ),
        (
            "awn-2011-10-06:011",
            "Women consistently remind policy makers to uphold to their existing commitment and lay the framework of "
            "transition based on protecting the achievements and sacrifices of Afghan women.",
            "human_rights",
            "favor",
        ),
    ],
)
def test_vocabulary_of_inclusion_rights_ownership_and_withdrawal(item_id, sentence, target, label):
    """Development sentences the rules missed: victims' involvement, a blast, troops to withdraw, a
    process led by the country's actors, the achievements of women."""
    assert sentence_stance(sentence)[target] == label


def test_a_process_to_end_the_war_is_not_a_process_that_ends():
    """'to withdraw' after forces is a shifter; 'to end' after a process is its purpose (unama-2018-05-19:009)."""
    sentence = "The UN supports an Afghan-led and Afghan-owned peace process to end the current war."
    assert sentence_stance(sentence)["negotiations"] == "favor"


@pytest.mark.parametrize(
    "item_id, sentence, expected",
    [
        (
            "csjwg-2019-09-03:008",
            "Continue to support Afghan national institutions and programs;",
            {"international_role": "favor"},
        ),
        (
            "ind-mea-2021-01-08:009",
            "Our strategic partnership and long-term commitment to the development of Afghanistan reflects this "
            "time-tested partnership.",
            {"international_role": "favor"},
        ),
        (
            "irofa-ghani-2018-02-28:008",
            "President Ashraf Ghani also expressed his readiness to start government to government talks between "
            "Afghanistan and Pakistan for ushering in a new era of peace.",
            {"international_role": "favor", "negotiations": "favor"},
        ),
    ],
)
def test_outside_support_for_afghan_institutions_and_government_to_government_talks(item_id, sentence, expected):
    """Development sentences: support or commitment to Afghanistan's institutions or development is the
    outside actors' engagement; talks between governments are state-to-state relations and talks."""
    assert sentence_stance(sentence) == expected


def test_standing_with_afghans_is_engagement():
    """Development sentence unama-2018-05-19:010: standing with the Afghans is the outside actor's engagement."""
    sentence = (
        "“The United Nations stands with Afghans in solidarity and remains committed to an Afghan-led peace process "
        "that will end the war and enable Afghanistan to allocate more resources to protect all citizens from such "
        "atrocities,” Yamamoto added."
    )
    assert sentence_stance(sentence)["international_role"] == "favor"


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("We oppose a hasty withdrawal.", "favor"),
        ("We support the withdrawal.", "against"),
        ("We demand the complete withdrawal of foreign forces.", "against"),
    ],
)
def test_a_withdrawal_named_alone_is_the_opposite_of_the_international_role(sentence, expected):
    """Codebook R4: opposing the withdrawal of forces is international_role favor (a withdrawal named
    without 'of', as in the development statement usg-biden-2021-07-08, is the forces' withdrawal)."""
    assert sentence_stance(sentence)["international_role"] == expected


def test_there_will_be_no_x_is_against_x():
    """Development sentence iea-mujahid-2021-08-17:002: an existential negation rules the thing out."""
    sentence = "He said the Taliban had “pardoned everyone and there will be no reprisals”, including Afghans working with the Us."
    assert sentence_stance(sentence) == {"violence": "against"}


def test_bringing_a_war_to_an_end_is_against_it():
    """Adapted from development sentence irofa-karzai-2010-09-04:013 (its "conflict" is no violence term):
    "to an end" after the mention turns the head around, as "end" before it does."""
    sentence = "“We have always said that a political process is needed to bring the war in Afghanistan to an end.”"
    assert sentence_stance(sentence) == {"violence": "against", "negotiations": "favor"}


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("We are deeply concerned by the erosion of human rights.", {"human_rights": "favor"}),
        ("The Council welcomed the decrease in violence.", {"violence": "against"}),
        ("We regret the Taliban's refusal to negotiate.", {"taliban": "against", "negotiations": "favor"}),
        ("The Taliban continue to deny girls the right to education.", {"taliban": "against", "human_rights": "favor"}),
        (
            # gold set (griffiths-ngo-ban-2022:001): the predicate has judged the ban already
            "The decision by #Afghanistan’s de facto authorities to ban women from working in NGOs is a major blow.",
            {"taliban": "against", "human_rights": "favor"},
        ),
    ],
)
def test_erosion_decrease_refusal_and_denial_turn_the_stance_around(sentence, expected):
    """Constructed sentences of common diplomatic forms (no development sentence uses them yet): the
    shifters 'erosion of', 'decrease in', 'denial of', the negator 'refusal to', an actor that denies."""
    assert sentence_stance(sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("We do not recognise the Taliban regime.", "against"),
        ("Recognition of the Islamic Emirate is the right of the Afghan people.", "favor"),
        ("The Islamic Emirate is the legitimate government of Afghanistan.", "favor"),
        ("The Taliban have not kept their commitments.", "against"),
        ("The Taliban have imposed severe restrictions on women.", "against"),
    ],
)
def test_recognition_legitimacy_and_broken_commitments_judge_the_taliban(sentence, expected):
    """Codebook: accepting the Taliban's authority is taliban favor, blaming them against. Constructed
    sentences of the forms the development statements of the Islamic Emirate and the UN use."""
    assert sentence_stance(sentence)["taliban"] == expected


@pytest.mark.parametrize(
    "item_id, sentence, expected",
    [
        (
            "unama-2013-06-11:008",
            "UNAMA emphasizes that the deliberate targeting of civilians is a violation of international humanitarian "
            "law and may amount to war crimes.",
            {"humanitarian": "favor"},
        ),
        (
            "ric-2021-11-26:006",
            "“Expressing concern over the deteriorating humanitarian situation in Afghanistan, the Ministers called for "
            "immediate and unhindered humanitarian assistance to be provided to Afghanistan,” said the joint statement.",
            {"humanitarian": "favor"},
        ),
        (
            "iea-kabultimes-girls-education:001",
            "Recently, the representative of the European Union (EU) for Afghanistan expressed concern over the still "
            "closure of girls’ schools above sixth grade and said that if the girls do not go to school, they will not "
            "be given other of their rights.",
            {"human_rights": "favor"},
        ),
        (
            "uae-2022-12-21:011",
            "Meanwhile, delegates from the United States, Germany, the United Arab Emirates and several other "
            "countries have condemned recent decrees that impede the rights of women in Afghanistan.",
            {"human_rights": "favor"},
        ),
        (
            "unsc-press-amu-2024:008",
            "Addressing Afghanistan’s dire economic and humanitarian situation, the Council noted the “funding gap for "
            "and continuing obstacles to humanitarian operations.”",
            {"humanitarian": "favor"},
        ),
        (
            "un-iasc-2022-12:006",
            "Meanwhile, foreign ministries of 12 countries, including the US and the UK, in a statement expressed grave "
            "concern about the Islamic Emirate’s decision to bar women from working in NGOs.",
            {"taliban": "against", "human_rights": "favor"},
        ),
        (
            "irofa-ghani-2020-08-20:010",
            "He repeated his call to the Taliban to reduce violence and sit for direct talks, which the Taliban had "
            "previously said would only be possible once all the prisoners would be released.",
            {"violence": "against", "negotiations": "favor"},
        ),
    ],
)
def test_wrong_directions_of_dev_batch_2(item_id, sentence, expected):
    """Development batch 2 (before any rule was tuned on it, the rules turned these around): a value
    named as violated or as the object of concern is favoured; closure, impediments, obstacles and a
    bar turn a stance around; a relative clause is not in the scope of the head before it."""
    assert sentence_stance(sentence) == expected


def test_continuing_as_an_adjective_is_no_commitment():
    """Dev batch 2, amnesty-2023-03-06:001: "continuing abuses" by the Taliban is not a stance for them."""
    sentence = (
        "ISLAMABAD: An international human rights group on Monday called on the UN Human Rights Council to address "
        "the “continuing abuses” perpetrated by Afghanistan Taliban leadersincluding severe restrictions on women "
        "And freedom of expression."
    )
    assert sentence_stance(sentence).get("taliban") != "favor"


def test_who_holds_others_to_account_is_not_blamed():
    """Dev batch 2, hrw-2023-08:007: the international community that holds the Taliban to account is not blamed."""
    sentence = (
        "“The Taliban leadership needs to urgently reject their abusive rules and policies, and the international "
        "community needs to hold them accountable for the current crises,” she added."
    )
    assert "international_role" not in sentence_stance(sentence)


@pytest.mark.parametrize(
    "text, masked",
    [
        (
            # dev batch 2, hcnr-abdullah-2020-12-23:001
            "Abdulllah Abdullah, Chairman of the High Council for National Reconciliation, told Afghans",
            "Abdulllah Abdullah, the organisation, told Afghans",  # the title goes with the name
        ),
        ("the Mechanism for Inclusive Peace met", "the the organisation met"),
        ("the Commission on the Status of Women met", "the the organisation met"),
        ("The Council called for peace talks.", "The Council called for peace talks."),
    ],
)
def test_organisation_names_that_continue_after_the_noun_are_masked(text, masked):
    assert mask_organisation_names(text) == masked


def test_a_name_continued_after_its_noun_is_no_inclusion_cue():
    """Gold set civil-society-2021:001: 'Afghanistan Mechanism for Inclusive Peace' names an organisation."""
    sentence = (
        "The second round of Strategic Consultation with Civil Society on the peace process, facilitated by the "
        "Afghanistan Mechanism for Inclusive Peace (AMIP), brought together over 60 participants representing "
        "different backgrounds including civil society members, women, youth, tribal leaders, minorities, religious "
        "scholars, academia, and the private sector from Kabul and the provinces."
    )
    assert "inclusion" not in sentence_stance(sentence)


@pytest.mark.parametrize(
    "item_id, sentence, expected",
    [
        (
            "hrw-2023-08:003",
            "They have also imposed extensive censorship on the media and access to information, and increased "
            "detentions of journalists and other critics.",
            {"human_rights": "favor"},
        ),
        (
            "iea-karimi-2022-11-13:005",
            "“Those who fear a radicalized Afghanistan should be alarmed by the Taliban’s (IEA) policies against women "
            "& girls, denying them education, work in most sectors, even small joys such as the right to go to a "
            "park,” Amiri tweeted.",
            {"taliban": "against", "human_rights": "favor"},
        ),
        (
            "eu-hr-2022-03-23:001",
            "The European Union strongly deplores the decision by the Taliban de facto authorities not to allow female "
            "students from 6th grade upwards to return to school.",
            {"taliban": "against", "human_rights": "favor"},
        ),
    ],
)
def test_the_vocabulary_of_restricted_rights(item_id, sentence, expected):
    """Dev batch 2 (every human-rights miss of the combination there named no term of the target):
    censorship, detentions of journalists, policies against women, female students."""
    assert sentence_stance(sentence) == expected


@pytest.mark.parametrize(
    "item_id, sentence",
    [
        (
            "iea-muttaqi-rivalry:004",
            "According to Amir Khan Muttaqi, the Islamic Emirate wants to establish positive relations with the "
            "nations of the world based on mutual respect so that we are not part of the rivalry and enmity of the "
            "great powers.",
        ),
        (
            "women-letter-2019:007",
            "It is at this critical moment for the future of our young people, our women and our democracy that we ask "
            "for global solidarity, so we can continue to build on our victories.",
        ),
    ],
)
def test_relations_with_the_world_and_global_solidarity_are_the_international_role(item_id, sentence):
    """Dev batch 2: the outside world named as 'the nations of the world' or 'global solidarity'."""
    assert sentence_stance(sentence) == {"international_role": "favor"}


def test_an_occupying_army_that_must_leave_is_against_the_international_role():
    """Dev batch 2, iea-editorial-rational-policy:006."""
    sentence = (
        "The Islamic Emirate has made clear many a time that the resistance shall remain ongoing until the occupying "
        "army completely exits Afghanistan, for it is the fundamental right of every nation that they obtain freedom."
    )
    assert sentence_stance(sentence)["international_role"] == "against"


@pytest.mark.parametrize(
    "item_id, sentence",
    [
        (
            "hrw-2022-mahram:005",
            "“The Taliban coerce every man to become complicit in their abuse, each man the jailer of his female "
            "relatives.”",
        ),
        (
            "rawa-2010-peace-jirga:001",
            "By inviting criminals like the Taliban, the leaders of Gulbuddin Hekmatyar’s party and other “Jehadi "
            "leaders” to be part of a “Consultative Peace Jirga,” Mr. Karzai is committing yet another treason "
            "against the Afghan people.",
        ),
    ],
)
def test_coercion_and_criminals_like_the_taliban_are_against_them(item_id, sentence):
    """Dev batch 2: an actor that coerces is criticised; 'criminals like' judges the actor named after it."""
    assert sentence_stance(sentence)["taliban"] == "against"


@pytest.mark.parametrize(
    "item_id, sentence",
    [
        ("iea-shaheen-2016-12-28:006", "The Islamic Emirate is a reality and has deep roots in society."),
        (
            "iea-shaheen-2016-12-28:008",
            "Even today the Islamic Emirate is the reason for peace and security in areas under its control.",
        ),
    ],
)
def test_an_actor_called_a_reality_or_the_reason_for_peace_is_praised(item_id, sentence):
    """Dev batch 2: an actor's own established standing is its merit (codebook: legitimacy is favor)."""
    assert sentence_stance(sentence) == {"taliban": "favor"}


def test_an_actor_that_is_not_a_reality_is_not_praised():
    """The praise is the actor's own predicate: after a head cue ("deny that ...") it does not apply."""
    assert sentence_stance("We reject the claim that the Taliban is a reality.").get("taliban") != "favor"


def test_and_before_a_possessive_opens_a_second_object_of_the_governing_head():
    """Dev batch 1, nato-sg-2019-12-04:002: 'fight against' governs ISIS; the training mission after 'and
    our' is a second object of 'committed to'. Without a possessive, 'and' stays inside one object."""
    sentence = (
        "“All Allies remain committed to the fight against ISIS and our training mission in Iraq and the training "
        "mission in Afghanistan,” NATO Secretary-General Jens Stoltenberg said at a press conference."
    )
    assert sentence_stance(sentence, news_report=True) == {"international_role": "favor"}
    assert sentence_stance("We remain committed to the fight against terrorism and extremism.") == {
        "violence": "against"
    }


def test_an_actor_that_has_targeted_activists_is_criticised():
    """Dev batch 2, amnesty report (news): targeting and detaining people are acts the speaker condemns."""
    sentence = (
        "Amnesty International said the Taliban have also targeted women’s rights defenders, academics and activists "
        "in recent months and illegally detained them."
    )
    assert sentence_stance(sentence, news_report=True)["taliban"] == "against"


def test_reluctant_to_turns_the_stance_around():
    """Dev batch 1 (news): appreciating a country reluctant to recognise the Taliban is against them."""
    sentence = (
        "We can’t tolerate that the [Taliban] government uses force and we will appreciate any country reluctant to "
        "recognize the Taliban government,” he added."
    )
    assert sentence_stance(sentence, news_report=True)["taliban"] == "against"


def test_an_actor_named_invaders_is_not_favoured_whatever_the_head():
    """Dev batch 2 (news): 'accept' governs the regime; the speaker's own word 'invaders' judges them."""
    sentence = (
        'Their objective is that we lay down our weapons and accept the regime imposed by the invaders," he said.'
    )
    assert sentence_stance(sentence, news_report=True)["international_role"] == "against"


@pytest.mark.parametrize(
    "why, sentence, label",
    [
        (
            "propaganda against the Emirate defends it (coder notes: defence against 'propaganda' is favor)",
            "All the citizens of the country live in complete security and have no worries, but western countries "
            "are launching propaganda against the Islamic Emirate that it is against women work and girls education.",
            "favor",
        ),
        (
            "'the IEA' is the Islamic Emirate of Afghanistan",
            "Instead of launching false propaganda against the government of the IEA, they should release up to 9 "
            "billion U.S. dollars of the country’s frozen assets to help the people get rid of long misery.",
            "favor",
        ),
        (
            "authorities banning women from work are criticised",
            "We kicked off our 40th year still reeling from the edict issued from the de facto authorities banning "
            "women from working for non-governmental organisations like Afghanaid in Afghanistan.",
            "against",
        ),
    ],
)
def test_defended_named_and_criticised_taliban(why, sentence, label):
    """Dev batch 2 (two editorials, an annual report): the Taliban defended, named as the IEA, criticised."""
    assert sentence_stance(sentence)["taliban"] == label


def test_to_that_end_ends_nothing():
    """Dev batch 1 (council conclusions): 'to that end' is a phrase, not the cue 'end' against what follows."""
    sentence = (
        "To that end, a negotiated political settlement leading to peace must build on the democratic and human "
        "rights achievements of the past 19 years."
    )
    assert sentence_stance(sentence).get("negotiations") != "against"


@pytest.mark.parametrize(
    "item_id, sentence",
    [
        (
            "iea-kabultimes-ban-not-permanent:009",
            "Like before, all these reactions from some countries could be called another intervention in the internal "
            "affairs of the country.",
        ),
        (
            "iea-kabultimes-engagement:002",
            "Some certain intelligence agencies are directly and indirectly interfering in the internal affairs of the "
            "country and want to spread mistrust between the people and the government.",
        ),
    ],
)
def test_outside_interference_named_as_such_is_condemned(item_id, sentence):
    """Dev (gold + batches 1-8, stance9 round): an intervention or interference in the country's affairs is
    condemned by its name, so Afghan ownership is favoured (codebook: condemning foreign interference)."""
    assert sentence_stance(sentence)["afghan_ownership"] == "favor"


def test_the_principle_of_non_interference_is_not_interference():
    """Dev, iea-shahamat-2016-01-29:006: 'non-interference' names the principle, not an interference."""
    sentence = (
        "They expounded the principle of non-interference in others' affairs and demanded the same right for itself."
    )
    assert sentence_stance(sentence).get("afghan_ownership") != "against"


@pytest.mark.parametrize(
    "item_id, sentence",
    [
        (
            "iea-ahmadi-2010-09-interview:005",
            "Our first and last demand is the expulsion of the occupation before discussing any other topic.",
        ),
        (
            "iea-leader-2016-07-eid:009",
            "However, we need to end the occupation, regain our freedom and establish the Islamic law in the country,” "
            "he said.",
        ),
    ],
)
def test_the_occupation_alone_names_the_foreign_forces(item_id, sentence):
    """Dev (gold + batches 1-8, stance9 round): 'the occupation' on its own, not only 'foreign occupation',
    names the foreign forces, and naming them so condemns them (codebook: international_role against)."""
    assert sentence_stance(sentence)["international_role"] == "against"


@pytest.mark.parametrize(
    "item_id, sentence",
    [
        (
            "deu-baerbock-2024-08-15:011",
            "More than 34,000 people who were persecuted by the Taliban have come to Germany under various admission "
            "programmes and have found protection, safety and prospects for a future without persecution.",
        ),
        (
            "deu-baerbock-2024-08-15:008",
            "Today – and every day – we stand by the women and girls of Afghanistan, and by all people there who are "
            "threatened by the Taliban.",
        ),
    ],
)
def test_the_taliban_named_as_the_agent_of_a_harm_are_blamed(item_id, sentence):
    """Dev batch 10 (stance10 round): 'persecuted by', 'threatened by' the Taliban blames them (codebook:
    condemning, blaming or criticising them is taliban against), with no head cue near the name."""
    assert sentence_stance(sentence)["taliban"] == "against"


def test_an_act_that_is_no_harm_by_the_taliban_does_not_blame_them():
    """Dev, joint-evacuation-2021-08-29:002 (coded: no taliban label): 'assurances given by the Taliban' names an
    act, not a harm, so the agent is not blamed."""
    sentence = (
        "More than 90 countries, including the US and a host of major European nations, issued a joint statement on "
        "assurances given by the Taliban over the ongoing evacuation of foreign and Afghan nationals."
    )
    assert "taliban" not in sentence_stance(sentence)


def test_amnesty_internationals_spelling_taleban_names_the_taliban():
    """Dev batch 10, amnesty-2007-04-18:009: 'Taleban' is the Taliban (codebook R6: any name of the group)."""
    sentence = (
        "Scores of civilians have been deliberately killed by Taleban insurgents in the past two years, apparently "
        "because they were branded “spies”."
    )
    assert sentence_stance(sentence)["taliban"] == "against"


@pytest.mark.parametrize(
    "item_id, sentence",
    [
        (
            "cso-letter-2024-06-30:008",
            "The letter recommends international sanctions against the Taliban, maintaining its leaders on terrorist "
            "watchlists, and criticizes the travel of Taliban leaders to various countries, warning that it could "
            "facilitate the expansion of global terrorism.",
        ),
        (
            "unsc-res2763-2024-12-13:002",
            "Resolution 2763 (2024), unanimously adopted on Friday, December 13, allows the Analytical Support and "
            "Sanctions Monitoring Team to continue monitoring sanctions against the Taliban and Taliban-linked "
            "individuals and entities.",
        ),
    ],
)
def test_sanctions_against_the_taliban_are_against_them(item_id, sentence):
    """Dev (batch 10 and an earlier batch; all 5 dev sentences with 'sanctions against/on the Taliban' are coded
    taliban against): the sanctions are the head, not the shifter 'against' alone."""
    assert sentence_stance(sentence)["taliban"] == "against"


def test_a_government_that_represents_the_whole_nation_is_inclusion():
    """Dev batch 10, iran-kanaani-2022-08-15:001: supporting a government that represents the whole Afghan nation
    favours inclusion (codebook: broad-based, representative government)."""
    sentence = (
        "The Spokesman of Iran's Ministry of Foreign Affairs has reiterated that the Islamic Republic of Iran still "
        "supports a government in Afghanistan that represents the whole Afghan nation."
    )
    assert sentence_stance(sentence)["inclusion"] == "favor"


@pytest.mark.parametrize(
    "item_id, sentence",
    [
        (
            "deu-westerwelle-2010-07-09:004",
            "The conference venue is an expression of our firm determination to transfer complete responsibility for "
            "security into Afghan hands.",
        ),
        ("nato-sg-2017-08:010", "In 2014, we successfully transferred full responsibility for security to them."),
        ("nato-sg-2014-12-17:021", "The Afghan people have taken the future of their country into their own hands."),
        ("eu-council-2010-03:011", "The Council underlined the importance of Afghan ownership and leadership."),
    ],
)
def test_afghans_taking_over_their_own_security_is_afghan_ownership(item_id, sentence):
    """Dev batch 11 (stance11 round): the transition ('full responsibility for security', 'into Afghan hands')
    and 'Afghan ownership' itself name Afghan ownership, favoured (15 of the 19 dev sentences with these words
    are coded afghan_ownership favor, none against)."""
    assert sentence_stance(sentence)["afghan_ownership"] == "favor"


def test_the_transition_turned_round_is_against_afghan_ownership():
    """Rule 5 on the new term: an operator before it turns it round ('without ... full responsibility')."""
    assert (
        sentence_stance("We reject any transfer of full responsibility to the Afghans.")["afghan_ownership"]
        == "against"
    )


@pytest.mark.parametrize(
    "item_id, sentence",
    [
        (
            "irofa-karzai-2004-06-15:002",
            "President Karzai told lawmakers the Afghan people are grateful to the United States for supporting them "
            "and referred to the dark era of Taleban oppression.",
        ),
        (
            "uk-blair-2001-11-14:012",
            "Although there may be pockets of resistance, the idea that this has been some kind of tactical retreat is "
            "just the latest Taliban lie.",
        ),
        (
            "amnesty-2007-04-18:002",
            "The attacks on civilians by the Taleban are widespread and systematic and are used to instil fear and "
            "exert control over the local population, according to an Amnesty International report released today.",
        ),
    ],
)
def test_the_taliban_named_as_the_doer_of_a_harm_are_blamed(item_id, sentence):
    """Dev batch 11 and an earlier batch (stance11 round): a harm named right after the group ('Taleban
    oppression'; 9 of the 10 dev sentences with such a pair are coded taliban against) or with its object
    between it and 'by' ('attacks on civilians by the Taleban') blames the group."""
    assert sentence_stance(sentence)["taliban"] == "against"


def test_taliban_prisons_name_no_harm():
    """Dev, amnesty-2023-11-17:005 (coded: no taliban label): a prison is a place, not a harm of the group's."""
    sentence = (
        "Amnesty International is emphatically calling for the prompt release of these women’s rights activists "
        "from Taliban prisons."
    )
    assert "taliban" not in sentence_stance(sentence)


@pytest.mark.parametrize(
    "item_id, sentence",
    [
        (
            "aihrc-2021-09:007",
            "However, the AIHRC has said that the Taliban have been indifferent to human rights in the past and that "
            "its leadership does not rule out the possibility that the Taliban will respect the commission’s mission "
            "and independence.",
        ),
        (
            "usg-west-2022-02-15:005",
            "But Mr West also stated that “the Taliban has no interest in co-operating with the United States when it "
            "comes to fulfilment of their commitments to the Doha agreement”, which required the group to cut ties "
            "with Al Qaeda.",
        ),
        (
            "aihrc-2023-04-01:004",
            "“Despite Numerous institution with national and international credibility taking a clear stand against "
            "these detentions and demanding the release of these individuals, the Taliban have unfortunately "
            "continued to ignore these demands,” AIHRC stated in statement.",
        ),
    ],
)
def test_the_taliban_described_as_indifferent_are_criticised(item_id, sentence):
    """Dev batch 11 (stance11 round): 'indifferent to', 'no interest in', 'continued to ignore' criticise the
    actor (codebook: criticising the group is taliban against)."""
    assert sentence_stance(sentence)["taliban"] == "against"


def test_calling_an_exclusion_a_mistake_favours_inclusion():
    """Dev batch 11, amip-2021-03-29:006: 'a mistake to' condemns what follows, and excluding the voices of civil
    society turns it round: inclusion favor."""
    sentence = "Thus, it would be a fatal mistake to exclude the independent voices of civil society."
    assert sentence_stance(sentence) == {"inclusion": "favor"}


@pytest.mark.parametrize(
    "item_id, sentence",
    [
        (
            "amip-2021-03-29:005",
            "All sides to the conflict (including the International Community), need to know that best practice "
            "conflict resolution experience from around the world, strongly demonstrates that the more inclusive peace "
            "negotiations are, the more sustainable the peace is likely to be.",
        ),
        (
            "women-letter-2024-02-01:004",
            "The letter states that the meaningful presence of women is crucial, given the ongoing violations of "
            "women’s rights in Afghanistan, including arbitrary detentions of girls, gender-based violence, and acts of "
            "gender apartheid.",
        ),
    ],
)
def test_more_inclusion_and_the_presence_of_women_are_inclusion(item_id, sentence):
    """Dev (batch 11 and an earlier batch; all 5 dev sentences with 'more inclusive' are coded inclusion favor):
    'more inclusive' asks for inclusion by its words, and 'the presence of women' names it."""
    assert sentence_stance(sentence)["inclusion"] == "favor"


@pytest.mark.parametrize(
    "item_id, sentence",
    [
        (
            "neighbours-envoys-2025-12-14:006",
            "In a joint statement, the attendees expressed firm opposition to any foreign military presence in "
            "Afghanistan, stressing that the country must be free from foreign intervention.",
        ),
        (
            "irofa-nsc-dubai-declaration:008",
            "The HPC called direct talks a guarantee of preventing foreign interference and uniting the nation, "
            "stressing efforts in this regard as a national and religious responsibility of all -- especially "
            "religious scholars.",
        ),
    ],
)
def test_foreign_interference_is_the_opposite_of_afghan_ownership(item_id, sentence):
    """Dev batches 12 and 3 (stance12 round): 'foreign intervention' or 'foreign interference' names the opposite
    of Afghan ownership with or without 'in' after it, so keeping the country free of it, or preventing it, favours
    Afghan ownership (both coded afghan_ownership favor)."""
    assert sentence_stance(sentence)["afghan_ownership"] == "favor"


def test_the_bonn_process_is_a_political_process():
    """Dev batch 12, london-conference-2006-02-01:006 (coded negotiations favor): the Bonn process is the political
    process of the Bonn agreement, so building on it favours negotiations, as 'the peace process' does."""
    sentence = (
        "We came together in London this week determined to build on the Bonn process, through which Afghanistan, "
        "with the support of the international community, established new political institutions."
    )
    assert sentence_stance(sentence)["negotiations"] == "favor"


def test_talibane_is_a_spelling_of_the_taliban():
    """Dev batch 11, irofa-karzai-2002-09-12:006: 'Talibane' names the group (codebook R6: any name of the group),
    as 'Taleban' does; the rules find no cue of judgement here, the model reads the name."""
    sentence = (
        "The Talibane, who destroyed our country and cultural heritage, did not represent Afghans and we do not "
        "consider the AI Qaida to represent the Arab world, and neither one represents Islam."
    )
    assert "taliban" in named_targets(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # dev batch 15, iea-statement-2019-10-07:001 (coded international_role against, afghan_ownership favor)
        "Eighteen years ago today, America launched an invasion against our homeland (Afghanistan) under flimsy "
        "excuses and without any proper justification.",
        # dev batch 15, iea-statement-2012-10-06:003 (coded international_role against)
        "They carried out this tyrannical invasion under the so-called pretexts of bringing peace, prosperity and "
        "development to Afghanistan but to instill fear in the hearts of the Afghans, they carried out such savagery "
        "and crimes in Guantanamo, Bagram and other secret prisons which humanity is unable to comprehend.",
        # dev batch 10, iea-statement-2015-10-07:003 (coded international_role against)
        "However Bush and his coalition backers invaded Afghanistan without any proof and in violation of all "
        "international laws.",
    ],
)
def test_an_invasion_named_as_such_condemns_the_foreign_forces(sentence):
    """Codebook: condemning foreign actors is international_role against. An invasion, like invaders and occupiers,
    judges by its name: of the 43 development sentences naming one (stance15 round), 30 are coded international_role
    against and none favor; the rules coded 9 of them before, 27 now (3 extra)."""
    assert sentence_stance(sentence)["international_role"] == "against"


@pytest.mark.parametrize(
    "sentence",
    [
        # dev batch 16, hpc-rahmani-2012:005 (coded afghan_ownership favor)
        "However, he said a final decision on Taliban's integration would be taken by the Afghans themselves.",
        # dev batch 16, unama-demistura-2010-06:002 (coded afghan_ownership favor)
        "“We will be by your side for as long as we are welcome, but the future lies in the hands of Afghans,” Staffan "
        "de Mistura, the Secretary-General’s Special Representative for Afghanistan, told reporters during a visit to "
        "the western province of Herat.",
        # dev batch 16, uzb-mfa-2019-07:004 (coded afghan_ownership favor)
        "At the same time, the Uzbek side reaffirms its principled position that the political process in Afghanistan "
        "should be carried out by the Afghan people themselves and under their leadership.",
        # dev batch 16, unsrsg-brahimi-2001-10:004 (coded afghan_ownership favor)
        '"We agreed with them, as we have with a lot of other people, that whatever arrangements are going to be '
        'made, [they] need to be owned by the people of Afghanistan," he said.',
        # dev batch 3, iea-yaqoob-2023-06-16:010 (coded afghan_ownership favor)
        "From the past, our policy has been such that the Afghans themselves should decide in this regard.",
    ],
)
def test_the_afghans_deciding_their_own_affairs_is_afghan_ownership(sentence):
    """Codebook: afghan_ownership favor is "Afghan-led, Afghan-owned" decisions. The Afghans named as the ones who
    decide, lead or own ("by the Afghans themselves", "in the hands of Afghans", "owned by the people of Afghanistan")
    says so by its very words: of the 40 development sentences so phrased (gold set + batches 1-16), 24 are coded
    afghan_ownership favor and none against; the rules coded 4 of them before, 20 now, none extra."""
    assert sentence_stance(sentence).get("afghan_ownership") == "favor"


def test_the_afghan_people_named_without_deciding_anything_is_no_afghan_ownership():
    """Dev batch 4, g7-leaders-2021-08-24:004: 'made by the Afghan people' names sacrifices, not a decision."""
    sentence = (
        "We honour the significant sacrifices made by the Afghan people, people of our own countries, and countless "
        'others, who have worked toward a more peaceful, just and secure future for Afghanistan," the leaders said.'
    )
    assert "afghan_ownership" not in sentence_stance(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # dev batch 17, iea-shaheen-2021-06-sg:012 (coded inclusion favor)
        "We neither believe in monopoly of power nor military takeover, because these are not durable solutions to the "
        "Afghan issue.",
        # dev batch 17, usg-khalilzad-2020-09-10:008 (coded inclusion favor)
        "Recent Afghan history shows that seeking a monopoly of power and enforcing one’s ideology by force leads to "
        "conflict and makes the country vulnerable to interference by others,” he added.",
        # dev batch 4, iea-shaheen-2019-monopoly:001 (coded inclusion favor)
        "A spokesman for the Taliban says they are not seeking a monopoly on power in a future administration in "
        "Afghanistan but are looking for ways to co-exist with Afghan institutions.",
        # dev batch 7, jamiat-2021-09-07:002 (coded inclusion favor)
        '"We are convinced that the Taliban’s policy to monopolize power will not only fail to attain a lasting peace '
        "and stability in Afghanistan, but will also aggravate the crisis and lead the country to more dangerous "
        'consequences that no one can solve," reads the statement, published on Facebook late on Tuesday by party '
        "leader Salahuddin Rabbani.",
    ],
)
def test_a_monopoly_of_power_is_the_opposite_of_inclusion(sentence):
    """Codebook: inclusion is "an inclusive process or government". Power held by one side, named as a monopoly,
    is its opposite and is condemned by its very name; rejecting it is inclusion favor: of the 9 development
    sentences naming a monopoly (gold set + batches 1-17), all 9 are coded inclusion favor; the rules coded 1 of
    them before, 8 now (and one against: 'should be rescued from monopoly', whose 'rescued from' they do not read)."""
    assert sentence_stance(sentence).get("inclusion") == "favor"


@pytest.mark.parametrize(
    "sentence",
    [
        # dev batch 17, iea-shaheen-2021-08-26:009 (coded inclusion favor)
        "But it shows that we intend to include all prominent personalities and politicians in the future government.",
        # dev batch 6, can-champagne-2020-02-29:008 (coded inclusion favor)
        "We continue to support stabilization, development and humanitarian efforts in the country, and look forward "
        "to continue supporting meaningful peace negotiations that include all Afghan people, including women and "
        "minorities.”",
    ],
)
def test_including_all_sides_is_inclusion(sentence):
    """Codebook: inclusion favor is the participation of "all Afghans". To include or involve all of them, in plain
    words, says so: of the 8 development sentences so phrased (gold set + batches 1-17), 7 are coded inclusion favor
    and 1 not (a third party's pledge in a news report); the rules coded 1 of them before, 6 now, 1 extra."""
    assert sentence_stance(sentence).get("inclusion") == "favor"


def test_including_all_as_a_list_is_no_inclusion():
    """Gold set, doha-agreement-2020:003: 'including all non-diplomatic civilian personnel' lists who withdraws."""
    sentence = (
        "The United States is committed to withdraw from Afghanistan all military forces of the United States, its "
        "allies, and Coalition partners, including all non-diplomatic civilian personnel, private security "
        "contractors, trainers, advisors, and supporting services personnel within fourteen (14) months following "
        "announcement of this agreement."
    )
    assert sentence_stance(sentence) == {"international_role": "against"}


@pytest.mark.parametrize(
    "sentence",
    [
        # dev batch 17, irofa-abdullah-direct-talks:010 (coded afghan_ownership favor)
        "About talks between the US and Taliban, Abdullah said it was time for the Afghans to decide their fate "
        "themselves.",
        # dev batch 17, nato-sg-2010-06-11:013 (coded afghan_ownership favor)
        "Afghanistan belongs to the Afghans.",
        # dev batch 17, nato-sg-2012-05-21:006 (coded afghan_ownership favor)
        "Since our last summit in Lisbon, nearly 18 months ago, we have made great progress -- in preventing "
        "Afghanistan from serving as a safe haven for terrorists and ensuring that Afghans take charge of their own "
        "security.",
        # dev batch 4, prc-wangyi-2021-09-22:008 (coded afghan_ownership favor)
        "China respects the right of the Afghan people to independently determine their own destiny and is willing "
        "to continue to develop ... friendly and cooperative relations with Afghanistan,” she had added.",
        # dev batch 2, hcnr-abdullah-2021-06-25:006 (coded afghan_ownership favor)
        "Biden told Ghani and Abdullah that “Afghans are going to have to decide their future” and the “senseless "
        "violence has to stop.”",
    ],
)
def test_the_afghans_deciding_their_own_fate_is_afghan_ownership(sentence):
    """Codebook: afghan_ownership favor is "Afghan-led, Afghan-owned"; the stance16 rule read the Afghans named as
    the ones who decide. Their fate, future, destiny or security named as theirs to decide or take charge of, or the
    country as belonging to them, says the same: of the 10 development sentences so phrased (gold set + batches
    1-17), all 10 are coded afghan_ownership favor; the rules coded 1 of them before, 8 now (and one against, where
    'accept nothing less than the complete end of occupation and allowing Afghans ...' lends the end to both)."""
    assert sentence_stance(sentence).get("afghan_ownership") == "favor"


@pytest.mark.parametrize(
    "sentence",
    [
        # dev batch 17, iea-akhund-2022-08-15:002 (coded afghan_ownership favor)
        "15 August day marked the beginning of the victory of truth over falsehood and the liberation of the country "
        "from the invaders and their allies during the celebration of this day, I would like to draw your attention "
        "to the following points, said IEA Prime Minister Mullah Mohammad Hassan Akhund in his speech.",
        # dev batch 1, iea-mujahid-2017-09-14:004 (coded afghan_ownership favor)
        "Its senior and junior members have sacrificed their lives and wealth for the liberation of our country and "
        "establishment of an Islamic system over the course of the past sixteen years.",
        # dev batch 5, iea-shaheen-2021-interview:016 (coded afghan_ownership favor)
        "They are trying to impose their condition on us while we fought for our liberation against occupation for 20 "
        "years our people, our freedom loving people... We have gained our independence at the cost of our blood and "
        "we have suffered a lot during the past 20 years.",
    ],
)
def test_the_country_liberated_from_foreign_rule_is_afghan_ownership(sentence):
    """Codebook: afghan_ownership is sovereignty and independence. Independence won from foreign rule, named as the
    liberation of the country or liberation from the occupation, favours it by its name: of the 5 development
    sentences so phrased (gold set + batches 1-17), all 5 are coded afghan_ownership favor; the rules coded none of
    them before, all 5 now."""
    assert sentence_stance(sentence).get("afghan_ownership") == "favor"


def test_liberated_areas_are_no_afghan_ownership():
    """Dev batch 2, iea-shaheen-2016-12-28:009 (not coded): 'the liberated areas' are places, not the country."""
    sentence = (
        "We are effectively witnessing zero crime and abduction rates in the liberated areas out of the control of "
        "the crumbling Kabul administration."
    )
    assert "afghan_ownership" not in sentence_stance(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # dev batch 18, awn-2014-04-06:004 (coded taliban against)
        "AWN is proud of all those brave women, who defied the threats of the Taliban.",
        # dev batch 18, amnesty-callamard-2021-08:004 (coded taliban against)
        "Thousands of Afghans are at serious risk of retaliation from the Taliban – from academics and journalists to "
        "women human rights activists and defenders – and risk being left behind with a deeply uncertain future.",
        # dev batch 18, amnesty-2021-08-26:004 (coded taliban against)
        "In a recent on-the-ground investigation, Amnesty International researchers revealed that nine Hazara men were "
        "tortured and killed last month by the Taliban in Ghazni province.",
        # dev batch 18, women-orgs-2024-06:005 (coded taliban against)
        "The signatories insist on the necessity of including women in the Doha Conference and future meetings on "
        "Afghanistan, emphasizing, “The suffering of Afghanistani women under the Taliban is alone sufficient to ensure "
        "the inclusion of women and civil society representatives in the upcoming Doha Conference.”",
        # dev batch 18, women-orgs-2024-06:003 (coded taliban against)
        "The signatories assert that Afghanistani women, affected by the Taliban’s oppressive policies and as the "
        "primary victims of this situation, cannot be substituted in any meaningful participation under any pretext "
        "or conditions.",
        # dev batch 7, aus-osce-2024-06-03:007 (coded taliban against)
        "Australia continues to work closely with our international partners to push back against the Taliban’s "
        "repressive restrictions and to advocate for fair and equal treatment of women.",
        # dev batch 9, women-paris-march:001 (coded taliban against)
        "A number of Afghan women, in a protest gathering in Paris, against the oppression and tyranny of the Taliban "
        "in Afghanistan, asked the international community not to recognize this group.",
    ],
)
def test_the_doer_of_a_named_harm_is_blamed(sentence):
    """Codebook: blaming or criticising the Taliban is taliban against ("unjust decrees of the de facto
    authorities"). A harm named with its doer after 'of', 'from', 'by' or 'under' ("the threats of the Taliban",
    "retaliation from", "killed last month by", "the suffering of women under the Taliban"), or an oppressive
    policy, restriction or edict named as the group's, blames the group, as 'persecuted by' and 'Taleban
    oppression' did already. On the development sentences (gold set + batches 1-18) the rules' taliban labels go
    from 263 to 288 right, 49 to 42 in the wrong direction, 244 to 247 extra."""
    assert sentence_stance(sentence)["taliban"] == "against"


@pytest.mark.parametrize(
    "sentence",
    [
        # dev batch 18, amnesty-2021-08-26:006 (coded taliban against; the rules read 'favor' before)
        "“Every effort must now be made to safely evacuate Afghans who fear revenge attacks by the Taliban and have to "
        "leave the country.",
        # dev batch 15, women-protest-coalition-2024-08:006 (coded taliban against; the rules read 'favor' before)
        "Furthermore, they called on the global community to formally recognize the “gender apartheid” occurring under "
        "Taliban rule and hold the group accountable for violating international human rights laws.",
    ],
)
def test_a_harm_blames_its_doer_whatever_governs_the_harm(sentence):
    """'Recognize the gender apartheid under Taliban rule' recognises the harm, not the group: the harm's doer is
    blamed whatever head stands before the harm (7 development sentences the rules read in the wrong direction)."""
    assert sentence_stance(sentence)["taliban"] == "against"


@pytest.mark.parametrize(
    "sentence",
    [
        # dev batch 14, iea-kabul-process-2018-02:001 (coded negotiations against only)
        "The Taliban have rejected the Afghan government’s peace proposal being offered to the group at the Kabul "
        "Process II conference on Wednesday.",
        # dev batch 11, nac-2021-09-06:006 (not coded)
        "NAC have received guarantees from the Taliban that NAC employees will not be harmed, and they have pledged to "
        "the UN that the safety and security of humanitarian and development workers, and humanitarian access to "
        "people in need, will be guaranteed.",
        # dev batch 18, tur-mfa-2018-06-11:005 (not coded)
        "The attack -- whose responsibility has not yet been claimed by any group -- came after the Afghan government "
        "last week announced a temporary cease-fire against the Taliban starting from 27th of the Muslim holy month "
        "of Ramadan.",
    ],
)
def test_the_taliban_as_a_pledges_counterpart_are_not_judged(sentence):
    """Codebook: a demand addressed to the Taliban codes what is demanded, not the group; so does a pledge, offer or
    guarantee made to or by them when no other cue judges them: a commitment alone ("offered to the group",
    "guarantees from the Taliban") is no taliban label. On the development sentences (gold set + batches 1-18) the
    rules lose 54 taliban labels (4 right, 10 in the wrong direction, 40 extra)."""
    assert "taliban" not in sentence_stance(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # dev batch 8, unsg-2021-08-19:001 (coded international_role favor only)
        "Secretary-General Antonio Guterres has said that he is ready to talk to the Taliban that has taken over "
        "Afghanistan amid fears of widespread human rights abuses.",
        # dev batch 18, unama-2021-01-05:001 (coded negotiations favor only)
        "Kabul: (Raja Furqan Ahmed) The UN Assistance Mission in Afghanistan (UNAMA) on Tuesday welcomed the peace "
        "negotiator’s return to Doha for the resumption of talks between the government and the Taliban teams.",
        # dev batch 18, icg-2019-10:002 (not coded)
        "The U.S. has stopped talking to the Taliban, following President Donald Trump’s tweet revealing that he had "
        "scheduled a Camp David summit with the insurgents only to call it off.",
    ],
)
def test_the_other_side_of_talks_is_not_judged(sentence):
    """Codebook R6: an agreement or talks with the Taliban code negotiations, not the party. Talking to them, talks
    between others and them, sitting with them, a truce against them name the other side of the talks, as 'talks
    with' did already: 8 taliban labels fewer on the development sentences, all 8 extra."""
    assert "taliban" not in sentence_stance(sentence)


def test_a_commitment_with_a_judgement_still_codes_the_taliban():
    """Dev batch 8, women-letter-2023-04:001 (coded taliban against): a commitment that carries another cue keeps it."""
    sentence = (
        "In an open letter to the United Nations leadership, U.N. Security Council and member states, Afghan women "
        "last week demanded that the intergovernmental groups stand “firm on their commitment” to not recognizing the "
        "Taliban as the official rulers of Afghanistan."
    )
    assert sentence_stance(sentence)["taliban"] == "against"


@pytest.mark.parametrize(
    "sentence",
    [
        # dev batch 18, iran-khatibzadeh-2021-08-23:005 (coded international_role favor)
        "The head of the Ministry of Foreign Affairs' Center for Public Diplomacy and Media stressed that Iran has "
        "always stood by the Afghan people over the past 40 years.",
        # dev batch 5, iran-mfa-2021-08-30:003 (coded international_role favor)
        "“We have always stood by the people of Afghanistan and our priority has been to ensure peace, stability and "
        "progress in Afghanistan.",
    ],
)
def test_having_stood_by_the_afghan_people_is_the_international_role(sentence):
    """Revision R3: an outside actor's support for the people of Afghanistan is international_role favor; "stood by"
    is "stands by" in the past (2 development sentences, both coded so; the rules coded neither before, and both now,
    with one label extra: a president who "stood by his decision to withdraw", quoted in another actor's report)."""
    assert sentence_stance(sentence).get("international_role") == "favor"


@pytest.mark.parametrize(
    ("sentence", "target"),
    [
        # dev batch 18, amnesty-2021-08-26:004 (coded taliban against)
        (
            "In a recent on-the-ground investigation, Amnesty International researchers revealed that nine Hazara men "
            "were tortured and killed last month by the Taliban in Ghazni province.",
            "taliban",
        ),
        # dev batch 18, awn-2014-04-06:004 (coded taliban against)
        ("AWN is proud of all those brave women, who defied the threats of the Taliban.", "taliban"),
        # dev batch 8, iran-fm-2022-03-31:004 (coded inclusion favor)
        ("Amir Abdollahian then underlined the need to form an inclusive government in Afghanistan.", "inclusion"),
        # dev batch 19, tjk-rahmon-2021-08-26:008 (coded inclusion favor)
        ("In this context, the importance of creating an inclusive Afghan government was highlighted.", "inclusion"),
    ],
)
def test_findings_claims_emphasis_and_pride_are_the_actors_words_in_a_news_report(sentence, target):
    """Codebook rule 7 codes the words attributed to the actor of a news report. 'Revealed', 'assert', 'highlighted',
    'underlined', 'underscored' and 'is proud' attribute words or findings to someone, as 'stressed' does, so the
    sentence is not the reporter's background (development sentences: 20 more labels right, 2 in the wrong
    direction, 6 extra)."""
    assert sentence_stance(sentence, news_report=True).get(target) == ("against" if target == "taliban" else "favor")


@pytest.mark.parametrize(
    "sentence",
    [
        # dev batch 13, csto-2021-08-23:007 (coded afghan_ownership favor)
        "It was noted during the session that the political regime in Afghanistan should be formed on the basis of the "
        "free expression of the will of the entire Afghan people, the Tajik president’s official website says.",
        # dev batch 13, prc-mfa-2019-10-23:003 (coded afghan_ownership favor)
        "She added that China is ready to offer help to Afghanistan's peace and reconciliation process based on "
        "China’s “respect for the will of all relevant Afghan parties.”",
        # dev batch 19, tjk-rahmon-2021-08-26:001 (coded afghan_ownership favor)
        "The President of Tajikistan said the Republic did not recognize any new Government without the will of the "
        "entire Afghan people.",
        # dev batch 19, unama-demistura-2010-04-19:006 (coded afghan_ownership favor)
        "Mr de Mistura pledged the full technical and logistical support of the United Nations to the upcoming "
        "parliamentary elections, again stressing that these were Afghan elections, run by Afghan institutions.",
    ],
)
def test_the_will_of_all_the_afghans_and_afghan_run_institutions_are_afghan_ownership(sentence):
    """Codebook: afghan_ownership is an Afghan-led process ("the will of the Afghan people" was a term already). The
    will of the entire Afghan people or of all Afghan parties, and what is run or led by Afghan institutions or the
    Afghan government, name the same: 6 development sentences, 5 coded afghan_ownership favor; the rules coded none
    of them before, all 6 now."""
    assert sentence_stance(sentence).get("afghan_ownership") == "favor"


@pytest.mark.parametrize(
    "sentence",
    [
        # dev batch 20, iran-zarif-2013-11-27:004 (coded violence against)
        "Zarif also underlined that the Islamic Republic of Iran is ready to cooperate with Afghanistan in implementing "
        "joint projects in the fields of combating extremism and terrorism, drug trafficking and settling border issues.",
        # dev, neighbours-envoys-2025-12-14:010 (coded violence against)
        "Addressing security concerns, the participants affirmed their readiness to cooperate with Afghanistan in "
        "combating terrorism, drug trafficking, and human trafficking, recognizing these as shared regional challenges.",
    ],
)
def test_combating_terrorism_is_against_violence(sentence):
    """Codebook: violence against is "condemn all forms of terrorism", the fight against it. "Combat" and "combatting"
    were cues, "combating" (one t) was not (development sentences: 9 violence labels more right, 1 human rights label
    in the wrong direction, read under the same head)."""
    assert sentence_stance(sentence, news_report=True).get("violence") == "against"


@pytest.mark.parametrize(
    ("sentence", "news_report"),
    [
        # dev, irofa-rassoul-2011-12-08:006 (coded international_role favor)
        ("We are grateful to you all, our NATO partners, for helping us recover from decades of destruction.", False),
        # dev, usdos-psaki-2014-09-21:007 (coded international_role favor)
        (
            "We thank the international community for its mobilization of observers and the unprecedented deployment "
            "of United Nations advisors and elections expertise.",
            False,
        ),
        # dev, irofa-abdullah-2019-11:003 (coded international_role favor)
        (
            "First, the Chief Executive welcomed the US Congress delegation to Afghanistan and thanked United States of "
            "America for its assistance and sacrifices for Afghanistan in the fight against terrorism and reconstruction.",
            True,
        ),
    ],
)
def test_thanks_and_gratitude_praise_the_outside_actor_thanked(sentence, news_report):
    """Codebook R3: international_role favor covers support for the engagement of outside actors. Thanking them, or
    being grateful to them, for it is praise, like "appreciate" (development sentences: 9 international role labels
    more right and 1 extra, 3 labels of other targets right and 3 extra)."""
    assert sentence_stance(sentence, news_report=news_report).get("international_role") == "favor"


@pytest.mark.parametrize(
    "sentence",
    [
        # dev, hrw-2023-09-08:011 (coded taliban against)
        "The HRW report noted that women and some men who have protested against the Taliban policies violating "
        "women's rights have frequently been detained and sometimes tortured.",
        # dev, amnesty-2022-07-27:004 (coded taliban against; the rules read it favor before)
        "According to the report women peacefully protested against the oppressive rules of Taliban and then they have "
        "been threatened, arrested, detained, tortured, and forcibly disappeared.",
    ],
)
def test_a_protest_against_the_taliban_is_against_them(sentence):
    """Codebook: taliban against is "condemning, blaming or criticising them"; protesting against them is that, as a
    struggle or a stand against them is (development sentences: 2 taliban labels more right, one of them out of the
    wrong direction, and 1 violence label)."""
    assert sentence_stance(sentence, news_report=True).get("taliban") == "against"


@pytest.mark.parametrize(
    "sentence",
    [
        # dev batch 20, usgov-bush-postwar-help-2001-12-12:009 (coded taliban against)
        "He says the cruelty of the Taleban was compounded by al-Qaida.",
        # dev batch 20, abdullah-kabul-attack-2018-12-25:005 (coded taliban against)
        "Whoever takes the responsibility of this act, the main perpetrator of this incident is the Taliban.”",
        # dev batch 20, ghani-eid-statement-2021-05-10:004 (coded taliban against)
        "In a statement on Monday, President Ghani said that “the Taliban’s violence has no legitimacy as international "
        "troops are leaving the country.”",
    ],
)
def test_cruelty_violence_and_perpetration_blame_their_doer(sentence):
    """Codebook: blaming the Taliban is taliban against. The cruelty or violence of the group, its own violence, and
    the group named as the perpetrator name it as the doer of a harm, as "the threats of the Taliban" did
    (development sentences: 3 taliban labels more right, 1 extra)."""
    assert sentence_stance(sentence, news_report=True).get("taliban") == "against"


def test_militant_violence_without_an_owner_does_not_blame_the_militants():
    """Only the group's own violence ("the Taliban's violence") blames it: "militant violence" names a kind."""
    # dev, iea-shaheen-2020-02-17:008 (no taliban label)
    sentence = (
        "The newspaper reported that Washington wants the Taliban negotiators in Qatar to prove they hold sway over "
        "Taliban fighters in remote parts of Afghanistan by ordering the seven-day reduction in militant violence "
        "before the peace deal is formally signed."
    )
    assert "taliban" not in sentence_stance(sentence, news_report=True)


@pytest.mark.parametrize(
    ("sentence", "target"),
    [
        # dev batch 20, hekmatyar-campaign-2019-09-14:001 (coded afghan_ownership favor)
        (
            "Speaking among dozens of women at a campaign rally in Kabul, Mr. Hekmatyar said that Afghans must decide "
            "for their country and should not let traitors to lead the country once again.",
            "afghan_ownership",
        ),
        # dev batch 20, abdullah-us-taliban-talks-2019-01:005 (coded afghan_ownership favor)
        (
            "“Because the decision of the Afghanistan people belongs to the legitimate government of the country.”",
            "afghan_ownership",
        ),
        # dev batch 20, india-mea-2019-01-11:001 (coded afghan_ownership favor)
        (
            "India on Friday reiterated its commitment and support to Afghanistan's efforts towards a peace and "
            "reconciliation process that is led, owned and controlled by Kabul.",
            "afghan_ownership",
        ),
        # dev, eu-kobia-2019-10:001 (coded ceasefire favor)
        (
            "European Union officials called Sunday for a ceasefire in Afghanistan, saying the breakdown in US-Taliban "
            "talks presented an opportunity to push for a truce.",
            "ceasefire",
        ),
    ],
)
def test_afghans_who_decide_and_pushing_for_are_favor(sentence, target):
    """Codebook: afghan_ownership against is "denying that Afghans should decide", so the Afghans as the ones who
    decide, and a process "led, owned and controlled" by Kabul, are favor; "push for" is a directive like "call for"
    (rule 1)."""
    assert sentence_stance(sentence, news_report=True).get(target) == "favor"


@pytest.mark.parametrize(
    ("sentence", "news_report"),
    [
        # dev, irofa-karzai-2010-03:007 (coded international_role favor)
        (
            "The President urged that increased bilateral cooperation was now more needed than ever before to relieve "
            "the suffering and pain.",
            True,
        ),
        # dev, trilateral-2018-12-15:004 (coded international_role favor)
        (
            "The three sides agreed to promote China-Afghanistan-Pakistan trilateral cooperation under the framework "
            "of jointly building the Belt and Road Initiative.",
            False,
        ),
    ],
)
def test_states_cooperating_among_themselves_are_the_international_role(sentence, news_report):
    """Codebook R3: international_role favor covers regional cooperation and a format of states acting together;
    bilateral, trilateral and multilateral cooperation name it as "regional cooperation" does (development sentences:
    3 labels more right, none extra)."""
    assert sentence_stance(sentence, news_report=news_report).get("international_role") == "favor"


@pytest.mark.parametrize(
    ("sentence", "news_report"),
    [
        # dev batch 11, deu-westerwelle-2011-12-05:020 (coded violence against)
        ("We have learnt that there is no military solution.", False),
        # dev batch 5, unama-2018-06-07:006 (coded violence against)
        (
            "“The way forward must not rely on a military solution but rather a democratic process, and I once again "
            "urge the Taliban to take up President Ghani’s peace offer and start direct talks with the government to "
            "put an end to the suffering of the Afghan people.”",
            False,
        ),
        # dev batch 7, pak-qureshi-2021-08-15:003 (coded violence against)
        (
            "He further said, “Pakistan agrees that there should be no military solution to the Afghan issue and wants "
            "all problems to be resolved through dialogue,” adding that the country’s agenda was to see the development "
            "and prosperity of Afghanistan.",
            True,
        ),
        # dev batch 20, oxfam-us-strategy-2009-12-02:010 (coded violence against; the rules read it favor before)
        (
            "What is clear is that there is no purely military solution to Afghanistan and that fighting poverty in a "
            "country where half of Afghans are impoverished, is also vital.",
            False,
        ),
    ],
)
def test_no_military_solution_is_against_violence(sentence, news_report):
    """Codebook: "end the war" is violence against. War denied as the way out of the conflict ("there is no military
    solution", "must not rely on a military solution") asks for it to end by other means (development sentences of the
    gold set and batches 1-20: 11 violence labels more right, one of them out of the wrong direction, none extra)."""
    assert sentence_stance(sentence, news_report=news_report).get("violence") == "against"


def test_insisting_on_a_military_solution_is_not_read_as_its_denial():
    """Only a denied military solution is read: an actor "insisting on finding a military solution" is not coded by it."""
    # dev batch 2, iea-mujahid-2017-interview:008
    sentence = (
        "On the contrary, despite the long exhaustive and futile efforts of American leaders, they are still insisting "
        "on finding a military solution for this dilemma by persistently denying the prevailing ground realities."
    )
    assert "violence" not in sentence_stance(sentence)


@pytest.mark.parametrize(
    ("sentence", "news_report"),
    [
        # dev batch 16, aihrc-2019-09-11:004 (coded violence against)
        (
            "The AIHRC expressed its severe concern over the surge in civilian casualties caused by foreign forces, "
            "lambasting the government, as well as presidential candidates and the politico over remaining silent "
            "regarding such issues.",
            True,
        ),
        # dev batch 7, hcnr-abdullah-2021-08-15:001 (coded violence against)
        (
            "Abdullah Abdullah, Chairman of the National Council for Reconciliation, asked the Taliban Sunday not to "
            "enter Kabul in order to prevent civilian casualties.",
            True,
        ),
        # dev batch 17, aihrc-2019-11-03:001 (coded violence against; the rules read it favor before)
        (
            "The Afghan Independent Human Rights Commission (AIHRC) expresses concerns over an unprecedented increase in "
            "the civilian casualties in the recent months, demanding the war parties to take care of civilian lives.",
            True,
        ),
        # dev batch 22, aihrc-akbar-targeted-killings-2020-07-04:002 (coded violence against)
        (
            "“Unfortunately the level of civilian casualties in Afghanistan is still very high and it is unacceptable.",
            True,
        ),
    ],
)
def test_civilian_casualties_name_violence(sentence, news_report):
    """Codebook: "concern over the escalation of violence" is violence against. Civilian casualties are violence named
    by its toll (development sentences of the gold set and batches 1-21: 12 violence labels more right, two of them out
    of the wrong direction, 2 extra)."""
    assert sentence_stance(sentence, news_report=news_report).get("violence") == "against"


@pytest.mark.parametrize(
    "sentence",
    [
        # dev batch 2, unama-yamamoto-2018-03-21:003 (no label): "continues to verify" is not a commitment to the harm
        "“As UNAMA continues to verify civilian casualties from the incident, initial reports indicate that at least 33 "
        "civilians were killed and many others injured,” read the statement.",
        # dev batch 21, oxfam-2009-01-31:004 (no label)
        "Civilian casualties caused by all side have continued to increase, with over 2,000 civilian deaths over the "
        "past year, including nearly 800 from operations by international and Afghan government forces.",
    ],
)
def test_civilian_casualties_are_never_read_as_favoured(sentence):
    """No speaker favours civilian casualties: like "terrorism", the name condemns what it names, so a favourable cue
    near it is about something else and does not code violence favor."""
    assert sentence_stance(sentence, news_report=True).get("violence") != "favor"


@pytest.mark.parametrize(
    "sentence",
    [
        # dev batch 15, irofa-mod-2017-11-14:001 (coded violence against)
        "Rocket and artillery shelling from Pakistan into Afghanistan territory is “unacceptable” and it must be "
        "“stopped”, the Afghan Defense Ministry said here Tuesday.",
        # dev batch 8, irofa-arg-2019-08-22:001 (coded violence against)
        "Sediq Sediqqi, spokesman to the President issued a statement saying that the Afghan government strongly "
        "condemns Pakistan’s recent cross-border shelling.",
        # dev batch 22, afg-mofa-pakistan-shelling-2016:002 (coded violence against)
        "According to a media statement issued by the MoFA, the foreign ministry’s first political chairman Muhammad "
        "Musa Arifi had conveyed serious concerns over Pakistani troops shelling in Sarkani district of Kunar and Maroof "
        "district of Kandahar provinces.",
    ],
)
def test_shelling_is_violence(sentence):
    """Shelling is an attack (codebook: violence covers attacks); condemned, it is violence against (development
    sentences of the gold set and batches 1-21: 5 labels more right, none extra)."""
    assert sentence_stance(sentence, news_report=True).get("violence") == "against"


@pytest.mark.parametrize(
    "sentence",
    [
        # dev batch 13, tjk-muhriddin-2022-02-02:001 (coded humanitarian favor)
        "Tajikistan plans to provide food aid to the people of Afghanistan through international organizations, Tajik "
        "Foreign Minister Sirojiddin Muhriddin told reporters in Dushanbe on February 2.",
        # dev batch 6, wfp-2024-03:007 (coded humanitarian favor)
        "We urge our donors to step up so that we can reach all those families who depend on WFP’s food assistance to "
        "survive.”",
        # dev batch 10, unhcr-jamal-2025-06:011 (coded humanitarian favor; "not just" negates nothing)
        "We urgently call on the international community to help us respond, not just with emergency aid, but with "
        "longer-term support.",
        # dev batch 22, unicef-wfp-malnutrition-herat-2021-10-05:011 (coded humanitarian favor)
        "As per the press note, UNICEF said that since the beginning of 2021, WFP has provided life-saving food and "
        "nutrition assistance to around 8.7 million people.",
    ],
)
def test_aid_named_by_its_kind_is_humanitarian(sentence):
    """Codebook: humanitarian aid and assistance. Emergency, food, nutrition, relief and life-saving aid is humanitarian
    aid by its kind (development sentences of the gold set and batches 1-21: 13 humanitarian labels more right, 3
    extra; "not just" kept one of them from being read the wrong way)."""
    assert sentence_stance(sentence, news_report=True).get("humanitarian") == "favor"


@pytest.mark.parametrize(
    ("sentence", "news_report"),
    [
        # dev batch 4, iea-editorial-bombardments:009 (coded negotiations favor)
        (
            "But the opposing side delays the exchange of prisoners with various pretexts and violates the agreement by "
            "conducting airstrikes and some night raid operations.",
            False,
        ),
        # dev batch 4, iea-mujahid-2024-02-29:004 (coded negotiations favor)
        (
            'Mujahid added: "There have been some violations of this agreement on the part of the Americans, who, under '
            "the interpretations of the text of the Doha agreement, promised that their interaction with Afghanistan "
            "should be normal, they should have good relations, take part in the development of Afghanistan and promote "
            "progress.",
            True,
        ),
        # dev batch 23, taliban-spokesman-mohammad-naeem-al-mayadeen-interview-2021-07-24:010 (coded negotiations favor)
        (
            "The movement considered that the US raids on “the sites of Helmand and Kandahar are a violation of the "
            "agreement with Washington,” saying that “It will not pass without consequences.”",
            False,
        ),
    ],
)
def test_an_agreement_named_as_violated_is_favoured_as_negotiations(sentence, news_report):
    """Codebook rule 5 and R6: condemning the violation of an agreement between the parties favours the agreement, which
    is negotiations (development sentences of the gold set and batches 1-22: 9 negotiations labels more right, one of
    them out of the wrong direction, 2 extra)."""
    assert sentence_stance(sentence, news_report=news_report).get("negotiations") == "favor"


def test_a_bare_agreement_is_not_negotiations():
    """Only an agreement named as violated or breached is read: a bare agreement is too often one on trade or transit."""
    assert "negotiations" not in sentence_stance("The two countries signed an agreement on transit trade.")


@pytest.mark.parametrize(
    "sentence",
    [
        # dev batch 4, unsr-bennett-2024-11-01:004 (coded human rights favor)
        "“The recent ‘vice and virtue law’ institutionalizes an expanding list of restrictions that blatantly violate "
        "the rights of women and girls.",
        # dev batch 6, unsg-2022-03-23:005 (coded human rights favor)
        "The denial of education not only violates the equal rights of women and girls to education, it also "
        "jeopardizes the country’s future in view of the tremendous contributions by Afghan women and girls.",
    ],
)
def test_violating_rights_as_a_verb_favours_them(sentence):
    """Codebook: "grave violations of human rights" (condemned) is human rights favor; the verb accuses as the noun
    does ("violates the rights of women"; development sentences of the gold set and batches 1-22: 9 human rights labels
    more right, none extra)."""
    assert sentence_stance(sentence).get("human_rights") == "favor"


@pytest.mark.parametrize(
    ("sentence", "target"),
    [
        # dev batch 5, iea-mujahid-2020-07-28:001 (coded ceasefire favor)
        (
            "A senior spokesman for the Taliban, Zabihullah Mujahid, has affirmed on Tuesday that the group will abide "
            "by a three-day ceasefire in Afghanistan starting Friday, on the occasion of Eid al-Adha.",
            "ceasefire",
        ),
        # dev batch 21, iea-shaheen-girls-education-2022:004 (coded negotiations favor)
        (
            "He said that Afghanistan is abiding by the Doha Agreement and Afghan soil will not be used against any "
            "country including the United States.",
            "negotiations",
        ),
        # dev batch 23, taliban-eid-al-adha-three-day-ceasefire-2020-07-28:003 (coded ceasefire favor)
        (
            "The Taliban said in a statement on Tuesday that they have ordered their fighters to observe the three-day "
            "ceasefire and only retaliate when attacked.",
            "ceasefire",
        ),
        # dev batch 7, aus-morrison-2021-08-16:007 (coded humanitarian favor; the rules read it against before)
        (
            "The Taliban must cease all violence against civilians, and adhere to international humanitarian law and "
            "the human rights all Afghans are entitled to expect, in particular women and girls.",
            "humanitarian",
        ),
    ],
)
def test_abiding_by_adhering_to_or_observing_commits_to_it(sentence, target):
    """Codebook rule 3: a commitment counts like support. Keeping to a truce, an agreement or a law commits to it
    (development sentences of the gold set and batches 1-22: 11 labels more right, two of them out of the wrong
    direction, 4 extra, 3 read against where coded favor: "failing to adhere to" a resolution)."""
    assert sentence_stance(sentence, news_report=True).get(target) == "favor"


def test_observing_that_is_not_a_commitment():
    """ "Observe" commits only before a truce: "observed that ..." remarks, and is no cue."""
    assert "ceasefire" not in sentence_stance("He observed that the ceasefire had been broken twice.")


@pytest.mark.parametrize(
    "sentence",
    [
        # dev batch 16, irofa-karzai-2012-06-07:001 (coded violence against)
        "Afghan President Hamid Karzai Thursday condemned as unacceptable a NATO air strike that killed 18 civilians and "
        "would cut short a trip to Beijing to return home, his office said.",
        # dev batch 16, irofa-karzai-2013-09-08:001 (coded violence against)
        "President Hamid Karzai has condemned a NATO air strike in Afghanistan's lawless east that Afghan officials say "
        "may have killed up to eight civilians, the latest evidence of friction between the president and his "
        "international backers.",
    ],
)
def test_an_air_strike_in_two_words_is_violence(sentence):
    """An air strike or a drone strike is an attack, in two words as in one ("airstrike"; development sentences of the
    gold set and batches 1-22: 3 violence labels more right, 2 extra, 1 read the wrong way)."""
    assert sentence_stance(sentence, news_report=True).get("violence") == "against"


def test_a_tribute_is_praise():
    """Paying tribute is praise, like "praise" (codebook rule 2): to troops in Afghanistan, the foreign presence (R3)."""
    # dev batch 18, uk-raab-2021-09-06:012 (coded international role favor)
    sentence = (
        "And I want to place on record my thanks, and pay tribute to the Herculean efforts of our troops, our diplomats, "
        "our civil servants who have done an incredible job in the toughest of conditions."
    )
    assert sentence_stance(sentence).get("international_role") == "favor"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # dev batch 15, hia-hekmatyar-2017-04-29:001 (coded taliban against)
        (
            "The leader of Hezb-e-Islami Gulbuddin Hekmatyar criticized the Taliban group during his first public "
            "appearance after almost 20 years.",
            {"taliban": "against"},
        ),
        # dev batch 10, tur-sau-2022-12-22:001 (coded taliban against, human rights favor)
        (
            "Turkey and Saudi Arabia criticized the Taliban rulers of Afghanistan for their newest policy to ban women "
            "from attending universities.",
            {"taliban": "against"},
        ),
        # gold set, nato-sg-2019-08-12:004 (coded international role favor)
        (
            "Stoltenberg thanked New Zealand Prime Minister Jacinda Ardern for her decision to extend her country’s "
            "deployment in the NATO training mission.",
            {"international_role": "favor"},
        ),
        # dev batch 16, hpc-rahmani-2012:006 (coded international role and negotiations favor)
        (
            "He praised the US and Afghanistan's neighboring countries for their support toward the reconciliation plan.",
            {"international_role": "favor", "negotiations": "favor"},
        ),
        # dev batch 22, afg-nsc-ceasefire-extension-2018-06-17:004 (coded ceasefire and international role favor)
        (
            "President Ghani hailed the nation and the international allies of Afghanistan for their support to "
            "ceasefire.",
            {"ceasefire": "favor", "international_role": "favor"},
        ),
    ],
)
def test_an_actors_evaluative_verb_attributes_a_news_report_sentence(sentence, expected):
    """Rule 7: a news report's sentence that tells what an actor hailed, praised, thanked, commended, appreciated,
    denounced, criticised or deplored attributes that judgement to the actor; it is not the reporter's background
    (development sentences of the gold set and batches 1-21: 19 labels more right, 12 extra, 3 in the wrong direction)."""
    labels = sentence_stance(sentence, news_report=True)
    assert {target: labels.get(target) for target in expected} == expected
