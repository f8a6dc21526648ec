"""Rules of the twenty-eighth round, on what heldout29 lost and kept: each test takes its lines from labelled pages
(named in comments)."""

from analysis.text.cleaning import clean_text, is_opening_appeal
from analysis.text.cleaning_check import raw_page
from analysis.text.cleaning_rules import classify_line, is_heading


def test_an_appeal_that_opens_the_page_is_its_standfirst():
    # heldout29 c1792: a petition's standfirst under its title and addressees, before the letter it announces
    line = "Support our appeal for aid and assistance to at-risk Afghan scholars and students."
    assert classify_line(line) == ("removed", "call to the reader")  # alone, the rule still takes it
    addressees = (
        "Joseph R. Biden Jr., President of the United States; Anthony Blinken, United States Secretary of State"
    )
    above = [
        (2, addressees + "; Samantha Power, Acting Director, United States Agency for International Development", False)
    ]
    assert is_opening_appeal(line, above)
    assert 3 in clean_text(raw_page("c1792-actionnetwork-afghan-scholars-petition-2021.txt")).kept_lines


def test_the_sites_call_after_the_text_still_goes():
    # heldout27 c1679: the same call after three paragraphs of text is the site's, and goes
    line = "Support our Afghanistan Emergency Response today."
    above = [
        (9, "Without urgent action, more people will slip towards the brink. We are mobilising on the ground.", False)
    ]
    assert not is_opening_appeal(line, above)
    assert 11 not in clean_text(raw_page("c1679-actionforhumanity-emergency-2022.txt")).kept_lines
    # a call without a full stop, or an advertisement, is no standfirst even at the page's top (heldout4 c288, heldout9
    # c583)
    assert not is_opening_appeal("Support Us", [])
    assert not is_opening_appeal("Try Rev and save time transcribing, captioning, and subtitling.", [])


def test_a_salutation_named_by_its_last_word_is_the_sermons_text():
    # heldout29 c1798: an Eid message turns to its audience under a salutation whose first word is "(My)"
    assert not is_heading("(My) Muslim Brothers:")
    assert 16 in clean_text(raw_page("c1798-jihadology-mulla-umar-eid-2013.txt")).kept_lines
    # a short kicker with a colon is still a heading
    assert is_heading("Afghanistan Peace Talks:")
