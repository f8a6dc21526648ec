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


def test_a_caption_naming_its_dated_or_released_photo_is_furniture():
    # heldout29 c1766: an agency caption ending its first sentence on its photo's date, with the story's summary after
    line = (
        "Afghan President Hamid Karzai gestures in Pakistani prime minister's house in Islamabad, Pakistan in this"
        " Aug. 24, 2004 file photo. Karzai won Afghanistan's landmark presidential election, a spokesman for its"
        " electoral board said Wednesday, Nov.3, 2004, after investigators concluded that fraud and technical errors"
        " were too minor to overturn his triumph."
    )
    assert classify_line(line) == ("removed", "caption naming its photo")
    # heldout18 c1122: a ministry's photo 'released Wednesday', with its credit after it
    line = (
        "Afghans ... board a military aircraft at Kabul airport, in this photo released Wednesday. Courtesy of Ministry"
    )
    assert classify_line(line) == ("removed", "caption naming its photo")
    # a sentence of text that speaks of a photo goes on after it without a full stop, and stays
    assert classify_line("He pointed at the man in this photo and said nothing.") is None


def test_a_caption_of_a_scene_with_its_place_and_date_is_furniture():
    # heldout29 c1808 (printed three times) and c1767 (a caption broken over lines); heldout24 c1472
    rule = ("removed", "caption of a scene with its place and date")
    line = (
        "Qatari and Taliban officials speak during a joint press conference at the opening the Taliban political office"
        " in Doha, Qatar, in 2013."
    )
    assert classify_line(line) == rule
    assert classify_line("Afghan President Hamid Karzai speaks at a meeting in Kabul October") == rule
    assert not {8, 9, 10} & clean_text(raw_page("c1808-foreignpolicy-taliban-qatar-office-2017.txt")).kept_lines
    # a sentence of a statement that reports a speech, with no place and date after it, stays
    assert classify_line("The President speaks for all Afghans when he calls for a ceasefire.") is None
