"""Intertextuality: references to other texts and events, and chains of attribution."""

import pytest

from analysis.io.corpus import load_corpus
from analysis.methods import intertext


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "Recalling resolution 2721 (2023) and the Doha Agreement.",
            [("resolution 2721", "resolution"), ("Doha Agreement (US–Taliban)", "agreement")],
        ),
        ("They met under the Kabul Process for Peace and Security Cooperation.", [("Kabul Process", "conference")]),
        (
            "All parties must respect the Geneva Conventions and international humanitarian law.",
            [("Geneva Conventions", "convention"), ("international humanitarian law", "convention")],
        ),
        (
            "As stated in UN Global Counter Terrorism Strategy, terrorism must end.",
            [("UN Global Counter-Terrorism Strategy", "strategy")],
        ),
        ("The Tashkent Declaration was adopted.", [("Tashkent Declaration", "agreement")]),  # generic pattern
        ("The resolution of the conflict needs talks.", []),  # a lower-case 'resolution' is not a text
    ],
)
def test_references_hand_worked(sentence, expected):
    assert [(name, kind) for name, kind, _ in intertext.references(sentence)] == expected


def test_variants_of_one_resolution_are_one_reference():
    variants = ["Resolution 2721", "UNSC Resolution 2721", "resolution 2721 (2023)", "Security Council resolution 2721"]
    names = {name for text in variants for name, _, _ in intertext.references(f"We recall {text} today.")}
    assert names == {"resolution 2721"}
    # a different number stays a different text, and a list of resolutions keeps every number
    assert intertext.references("We recall resolution 2513 (2020).")[0][0] == "resolution 2513"
    assert intertext.references("Recalling resolutions 2513 (2020) and 2721 (2023).")[0][0] == (
        "resolutions 2513 and 2721"
    )


@pytest.mark.parametrize(
    "name, kind",
    [
        ("Foreign Minister Mohammad Haneef Atmar", "official"),
        ("the Ministry of Foreign Affairs", "institution"),
        ("the Taliban", "institution"),
        ("the statement", "text"),
        ("he", "pronoun"),
        ("the participants of the meeting", "other"),
    ],
)
def test_sayer_kinds(name, kind):
    assert intertext.sayer_kind(name) == kind


def test_sayers_skip_passive_reporting():
    assert intertext.sayers("It was stated that peace matters.") == []


def test_attribution_chain_hand_worked(make_corpus):
    folder = make_corpus(
        {
            "r.txt": "The Ministry of Foreign Affairs said in a statement that talks resumed. "
            "According to the statement, Foreign Minister Atmar briefed the envoys. Peace is near."
        },
        metadata="doc_id,file,title,actor,actor_type,genre,date\nr,r.txt,T,Ministry,government,news report,2021-02-12\n",
    )
    chains = intertext.attribution_chains(load_corpus(folder)).iloc[0]
    assert chains["reporter"] == "a reporter"
    assert chains["institutions"] == "The Ministry of Foreign Affairs"
    assert chains["officials"] == "Foreign Minister Atmar"
    assert chains["depth"] == 3
    assert chains["chain"] == "a reporter → The Ministry of Foreign Affairs; the statement → Foreign Minister Atmar"


def test_reference_profile_has_every_type_for_every_statement(corpus):
    profile = intertext.reference_profile(corpus)
    assert len(profile) == len(corpus.doc_ids) * len(intertext.REFERENCE_TYPES)
    table = intertext.reference_table(corpus)
    assert profile["references"].sum() == len(table)


def test_a_bad_reference_type_names_the_line(tmp_path):
    path = tmp_path / "refs.csv"
    path.write_text("name,type,pattern,case_sensitive,label,source\nX,treaty,X,no,name,s\n")
    with pytest.raises(ValueError, match=r"refs.csv, line 2: type must be"):
        intertext.read_reference_lexicon(path)
