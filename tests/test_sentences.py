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


def test_a_preamble_is_split_at_its_clauses():
    # c64 (tune half of validation/cleaning): the preamble clauses of a declaration, run into one paragraph
    preamble = (
        "We, the Foreign Ministers of the ‘Heart of Asia’ countries, joined in Kabul by ministers of supporting countries, "
        "Adhering to the principles of sovereignty, territorial integrity and the fundamental equality of nations "
        "enshrined in the United Nations Charter; Re-affirming the commitments enshrined in the 2002 Kabul Declaration "
        "of Good Neighbourly Relations; Agreeing that promoting regional security and cooperation requires measures to "
        "build confidence and trust among countries; Recalling the landmark Istanbul Conference for Afghanistan, held on "
        "2 November 2011, Have agreed as follows."
    )
    assert [text[:30] for text in texts(preamble)] == [
        "We, the Foreign Ministers of t",
        "Adhering to the principles of ",
        "Re-affirming the commitments e",
        "Agreeing that promoting region",
        "Recalling the landmark Istanbu",
    ]


def test_a_council_preamble_keeps_its_subject_with_the_first_clause():
    # the Security Council preamble: one sentence of 200+ words before the split
    preamble = (
        "The Security Council, Recalling its previous resolutions on Afghanistan, "
        "Reaffirming its strong commitment to the sovereignty, independence, territorial integrity and national unity "
        "of Afghanistan, Expressing its concern about the security situation in Afghanistan, "
        "Stressing the importance of an inclusive, Afghan-led and Afghan-owned peace process,"
    )
    assert texts(preamble) == [
        "The Security Council, Recalling its previous resolutions on Afghanistan,",
        "Reaffirming its strong commitment to the sovereignty, independence, territorial integrity and national unity "
        "of Afghanistan,",
        "Expressing its concern about the security situation in Afghanistan,",
        "Stressing the importance of an inclusive, Afghan-led and Afghan-owned peace process,",
    ]


def test_a_single_participle_after_a_comma_does_not_split_a_sentence():
    sentence = "The minister spoke in Kabul, Welcoming remarks were made by the chair, and the talks began."
    assert texts(sentence) == [sentence]
