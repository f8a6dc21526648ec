"""Agency rules: agentless passives, nominalisations, agents of directive and condemnation verbs, and scoring."""

import pandas as pd
import pytest

from analysis.methods import agency, agency_validation


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Too many lives have been lost.", ["lost"]),
        ("It was decided to meet again.", ["decided"]),
        ("A legitimate government should be established and recognised.", ["established"]),
        ("The meeting was held in Kabul, and talks were resumed.", ["held", "resumed"]),
        ("The attack was condemned by the Council.", []),
        ("The prisoners were not released.", ["released"]),
        ("The decision has been widely criticised, and it was later reversed by the court.", ["criticised"]),
        ("Civilians got killed in the crossfire.", ["killed"]),
    ],
)
def test_agentless_passives_hand_worked(sentence, expected):
    assert agency.agentless_passives(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "We are deeply concerned about the violence.",
        "The parties are committed to peace.",
        "We are pleased to see progress.",
        "The Council has decided to renew the mandate.",
        "This is indeed necessary.",
    ],
)
def test_adjectives_and_active_perfects_are_not_passives(sentence):
    assert agency.passives(sentence) == []


def test_by_phrase_is_the_agent_and_ends_at_the_clause():
    (passive,) = agency.passives("Schools were closed by the de facto authorities, the report says.")
    assert passive.participle == "closed" and passive.agent == "the de facto authorities" and not passive.agentless


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("The establishment of an inclusive government requires negotiations.", ["establishment", "negotiations"]),
        ("The killing of civilians and the withdrawal of troops.", ["killing", "withdrawal"]),
        ("Violence in the provinces is a question for the government.", []),
        ("In addition to the meeting, the following was agreed.", []),
        ("Their failure to ensure protection and participation.", ["failure", "protection", "participation"]),
    ],
)
def test_nominalisations_hand_worked(sentence, expected):
    assert agency.nominalisations(sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "NATO strongly condemns the attack and urges the parties to talk.",
            [("condemn", "active", "NATO", "the attack"), ("urge", "active", "NATO", "the parties")],
        ),
        (
            "All participants called on the armed groups to agree to a ceasefire.",
            [("call on", "active", "All participants", "the armed groups")],
        ),
        (
            "The attack was condemned by the Security Council.",
            [("condemn", "passive", "the Security Council", "The attack")],
        ),
        ("Calls upon all parties to respect international law.", [("call on", "active", "", "all parties")]),
        ("We have also rejected the decree.", [("reject", "active", "We", "the decree")]),
        ("The people should decide.", []),  # modals are left to the verbs chapter
    ],
)
def test_verb_roles_hand_worked(sentence, expected):
    assert [(r.lemma, r.voice, r.agent, r.patient) for r in agency.verb_roles(sentence)] == expected


def test_profile_counts_and_rates(make_corpus):
    from analysis.io.corpus import load_corpus

    folder = make_corpus(
        {"a.txt": "Lives have been lost. The withdrawal of troops was decided. Peace is possible now."}
    )
    corpus = load_corpus(folder)
    profile = agency.agency_profile(corpus).iloc[0]
    # 14 words; passives: lost, decided (2); nominalisations: withdrawal (1)
    assert profile["words"] == 14
    assert (profile["agentless_passives"], profile["nominalisations"]) == (2, 1)
    assert profile["agentless_passives_per_1k"] == round(2000 / 14, 2)


def test_export_tables_names(corpus):
    tables = agency.export_tables(corpus)
    assert set(tables) == {"agency", "agency_profile", "verb_agents"}
    assert tables["agency_profile"]["doc_id"].tolist() == corpus.doc_ids


def test_sample_is_seeded_and_skips_fragments_and_repeats():
    sentences = pd.DataFrame(
        {
            "item_id": [f"d:{n}" for n in range(6)],
            "text": [
                "Press release",
                "One two three four five.",
                "One two three four five.",
                "Six seven eight nine ten.",
                "Eleven twelve thirteen fourteen fifteen.",
                "Short one.",
            ],
        }
    )
    first = agency_validation.draw_validation_sample(sentences, size=2, seed=3)
    assert first.equals(agency_validation.draw_validation_sample(sentences, size=2, seed=3))
    assert len(first) == 2 and set(first["item_id"]) <= {"d:1", "d:3", "d:4"}
    assert len(agency_validation.draw_validation_sample(sentences, size=10, seed=3)) == 3


def test_scores_against_hand_labels():
    sample = pd.DataFrame(
        {
            "item_id": ["a", "b"],
            "text": [
                "Lives have been lost and the withdrawal was announced.",  # rules: lost, announced; withdrawal
                "NATO condemns the attack; negotiations were held by the parties.",  # rules: none; negotiations; condemns=NATO
            ],
        }
    )
    labels = pd.DataFrame(
        {
            "item_id": ["a", "b"],
            "agentless_passives": ["lost", "held"],  # a: lost (TP), announced (FP); b: held (FN)
            "nominalisations": ["withdrawal", "negotiations; attack"],  # TP 2, FN 1 (attack)
            "verb_agents": ["", "condemns = NATO"],  # TP 1
        }
    )
    scores = agency_validation.score_against_labels(sample, labels).set_index("device")
    passive = scores.loc["agentless passive"]
    assert (passive["true_positives"], passive["false_positives"], passive["false_negatives"]) == (1, 1, 1)
    assert passive["precision"] == 0.5 and passive["recall"] == 0.5
    nominal = scores.loc["nominalisation"]
    assert (nominal["precision"], nominal["recall"]) == (1.0, round(2 / 3, 3))
    assert scores.loc["agent of directive/condemnation verb", "true_positives"] == 1


def test_scores_need_every_label_column():
    with pytest.raises(ValueError, match="verb_agents"):
        agency_validation.score_against_labels(
            pd.DataFrame({"item_id": [], "text": []}),
            pd.DataFrame(columns=["item_id", "agentless_passives", "nominalisations"]),
        )


def test_capitalised_words_inside_a_sentence_are_names_not_nominalisations():
    assert agency.nominalisations(
        "The High Council for National Reconciliation welcomed the Bonn Agreement and its implementation."
    ) == ["implementation"]
    assert agency.nominalisations("Negotiations resumed.") == ["Negotiations"]
