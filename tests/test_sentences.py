"""Sentence splitting with Punkt configured in code, and the voice of each sentence."""

from analysis.text.sentences import speech_type, split_sentences


def texts(text):
    return [span.text for span in split_sentences(text)]


def test_titles_and_abbreviations_do_not_split():
    assert texts("As stated by Chief Executive, Dr. Abdullah Abdullah, stability matters. Next one.") == [
        "As stated by Chief Executive, Dr. Abdullah Abdullah, stability matters.",
        "Next one.",
    ]
    assert texts("The new U.S. administration will review it.") == ["The new U.S. administration will review it."]


def test_exclamation_and_question_marks_end_sentences():
    assert texts("We demand a ceasefire! Who will monitor it? Civil society.") == [
        "We demand a ceasefire!",
        "Who will monitor it?",
        "Civil society.",
    ]


def test_lower_case_continuation_after_a_quoted_full_stop_is_glued_back():
    assert texts("They are “important steps forward.” towards a solution. Then more.") == [
        "They are “important steps forward.” towards a solution.",
        "Then more.",
    ]


def test_sentences_never_cross_paragraphs_and_offsets_point_into_the_text():
    text = "First paragraph has no stop\n\nSecond one. Third one."
    spans = split_sentences(text)
    assert [span.text for span in spans] == ["First paragraph has no stop", "Second one.", "Third one."]
    assert all(text[span.start : span.end] == span.text for span in spans)


def test_resolution_numbers_do_not_split():
    assert texts("Resolution 2721 was adopted in 2023. It calls for dialogue.") == [
        "Resolution 2721 was adopted in 2023.",
        "It calls for dialogue.",
    ]


def test_speech_types():
    assert speech_type("He noted that the Taliban failed.") == "reported"
    assert speech_type("According to the statement, talks resumed.") == "reported"
    assert speech_type("They expressed “deep concern”.") == "quoted"
    assert speech_type("We urge all parties to agree a ceasefire.") == "direct"


def test_reporting_words_rule_out_only_sentences_the_frame_cannot_match():
    """The substring shortcut before :data:`REPORTING_FRAME` changes no label."""
    import random

    from analysis.text.sentences import QUOTATION, REPORTING_FRAME

    def reference(sentence):
        if QUOTATION.search(sentence):
            return "quoted"
        return "reported" if REPORTING_FRAME.search(sentence) else "direct"

    phrases = [
        "said",
        "SAYS",
        "say",
        "Added",
        "adds",
        "noted",
        "notes",
        "stated",
        "states that",
        "told",
        "according to",
        "indicated",
        "reported",
        "announced",
        "explained",
        "remarked",
        "declared",
        "briefed",
        "as stated by",
        "the statement said",
        "The Statement read",
        "ſaid",
        "toLD",
        "İndicated",
        "remarKed",
        "unsaid",
        "sayings",
    ]
    fillers = ["NATO", "on Wednesday", ",", "the parties", "peace", "", "“", "”", "."]
    rng = random.Random(3)
    for _ in range(5000):
        sentence = " ".join(rng.choice(phrases + fillers) for _ in range(rng.randint(0, 6)))
        assert speech_type(sentence) == reference(sentence), sentence
