"""The cleaning rules written from the tune half of validation/cleaning/, each on a worked example."""

from analysis.text.cleaning import clean_text, is_hard_wrapped, looks_like_title


def test_a_pdf_break_before_a_capital_is_rejoined_in_hard_wrapped_text():
    raw = (
        "The members of the council stressed the importance of the security of the United\n"
        "States and its allies and of the region as a whole in the months to come\n"
        "and called for an end to the violence in all its forms across the country.\n"
    )
    assert clean_text(raw).paragraphs == [
        "The members of the council stressed the importance of the security of the United States and its allies "
        "and of the region as a whole in the months to come and called for an end to the violence in all its forms "
        "across the country."
    ]


def test_a_long_line_in_sentence_case_is_not_a_heading():
    raw = (
        "Joint Statement\n\nThe ministers met in Tashkent.\n\n"
        "We urge all parties involved in the conflict in Afghanistan to refrain from the use of force"
    )
    assert clean_text(raw).paragraphs[-1].startswith("We urge all parties involved")


def test_the_first_line_without_punctuation_is_the_title_even_in_sentence_case():
    raw = "NATO calls on Kabul and the Taliban to take advantage of the momentum of the talks to agree a ceasefire\n\nNATO said so on Wednesday."
    cleaned = clean_text(raw)
    assert cleaned.paragraphs == ["NATO said so on Wednesday."]
    assert cleaned.headings[0].startswith("NATO calls on Kabul")


def test_a_teaser_repeating_the_first_paragraph_is_removed():
    first = "Afghan President Ashraf Ghani on Sunday urged the Taliban to join the peace process and help the country"
    raw = f"Ghani urges Taliban\n\n{first}\n\n{first}, his office said in a statement on Sunday."
    cleaned = clean_text(raw)
    assert cleaned.paragraphs == [f"{first}, his office said in a statement on Sunday."]
    assert "teaser repeating the text" in [step.rule for step in cleaned.steps]


def test_a_repeated_title_is_removed():
    raw = "Statement on the talks\n\nStatement on the talks\n\nThe talks resumed today."
    cleaned = clean_text(raw)
    assert cleaned.paragraphs == ["The talks resumed today."]
    assert [step.rule for step in cleaned.steps if step.action == "removed"][:2] == [
        "heading (no final punctuation)",
        "repeated line",
    ]


def test_cookie_share_comment_and_tag_lines_are_removed():
    raw = (
        "The council met in Kabul.\nWe use cookies to improve your experience on our website.\nShare on Facebook\n"
        "Please enter your comment!\nTags: Afghanistan, Taliban, Doha\nThis is developing news. Please return for updates.\n"
        "It called for talks."
    )
    cleaned = clean_text(raw)
    assert cleaned.paragraphs == ["The council met in Kabul.", "It called for talks."]


def test_a_heading_that_starts_with_recommended_is_not_a_page_trailer():
    raw = "The report ends here.\nRecommended next steps:\n1. Restore aid to the health sector.\n2. Reopen schools for girls."
    assert clean_text(raw).paragraphs[-2:] == ["Restore aid to the health sector.", "Reopen schools for girls."]


def test_a_short_kicker_ending_in_a_colon_is_set_aside():
    cleaned = clean_text("Talks resume\n\nPresident Ghani:\n\nWe are ready for peace.")
    assert cleaned.paragraphs == ["We are ready for peace."]
    assert "President Ghani:" in cleaned.headings


def test_entries_of_a_listing_page_are_removed():
    raw = "UNAMA condemns the attack.\n• 10 Jun 2016 - KABUL - On behalf of the United Nations, I condemn the attack\n"
    assert clean_text(raw).paragraphs == ["UNAMA condemns the attack."]


def test_hard_wrapping_and_title_case_are_told_apart():
    assert is_hard_wrapped(
        [
            "the security of the United States and its allies and",
            "partners in the region who met here",
            "in Doha on Monday to discuss the coming talks.",
        ]
    )
    assert not is_hard_wrapped(["The council met in Kabul on Monday.", "It called for talks without delay."])
    assert looks_like_title("Recommended Next Steps for the Donors") and not looks_like_title(
        "we urge all parties to talk"
    )


def test_the_cleaning_scores_on_the_labelled_pages():
    """The figures the corpus chapter reports, from the hand labels (a change to the rules shows here)."""
    from analysis.text.cleaning_check import cleaning_scores, line_fates

    fates = line_fates()
    assert fates.groupby("id")["split"].nunique().max() == 1  # every page in one half only
    scores = cleaning_scores(fates).set_index("split")
    assert scores.loc["heldout", ["statement_kept", "statement_lines"]].tolist() == [392, 415]
    assert scores.loc["heldout", ["boilerplate_removed", "boilerplate_lines"]].tolist() == [258, 310]
    assert scores.loc["tune", ["statement_kept", "statement_lines"]].tolist() == [441, 446]
