"""Rules of the twelfth round, on the statement lines heldout13 lost: each test takes its lines from labelled pages
(named in comments)."""

from analysis.text.cleaning import clean_text
from analysis.text.cleaning_check import CLEANING_SET
from analysis.text.cleaning_rules import FORM_OF_ADDRESS, normalise_spacing

PAGES = CLEANING_SET / "raw"


def test_a_speakers_form_of_address_without_its_comma_is_part_of_the_speech():
    # heldout13 c816: a Security Council speech says "Madam President" before its first paragraph and again later
    first = "I would like to begin by congratulating you for assuming the Presidency of the Council for March."
    later = "It is important to be clear when speaking about the complex political situation in Afghanistan."
    raw = "\n\n".join(["SECURITY COUNCIL BRIEFING ON UNAMA", "Madam President", first, "Madam President", later])
    assert clean_text(raw).paragraphs == ["Madam President", first, "Madam President", later]
    # heldout13 c859, heldout c34, heldout4 c299: the same with "Mr.", with or without the comma
    assert all(FORM_OF_ADDRESS.match(line) for line in ["Mr. President", "Mr. President,", "Mr. Chairman,"])
    # a title naming a president, or a president named, is no form of address
    assert not any(FORM_OF_ADDRESS.match(line) for line in ["President Ghani", "Mr. President Karzai visits Oslo"])


def test_the_tags_of_a_paragraph_left_in_the_text_are_markup_not_words():
    # heldout13 c849: a Senate record kept in raw <p> markup; its motion and the question put on it are text
    assert normalise_spacing("<p>Is the proposal supported?</p>") == "Is the proposal supported?"
    assert normalise_spacing('<p class="italic">Dear Mr President,</p>') == "Dear Mr President,"
    # heldout c130: a link inside a paragraph keeps its words
    line = (
        '<p>In a message, the president asked the <a href="/en/taliban" class="glossify-link">Taliban</a> to talk.</p>'
    )
    assert normalise_spacing(line) == "In a message, the president asked the Taliban to talk."
    # a line that only speaks of a tag is left alone
    assert normalise_spacing("Use a <table> for the results.") == "Use a <table> for the results."


def test_two_short_entries_a_sentence_announces_are_its_points():
    # heldout13 c828: a statement lists the two statements it names, one a line, under a lead-in ending on a colon
    paragraphs = clean_text((PAGES / "c828-wilpfcanada-wilpf-statement.txt").read_text(encoding="utf-8")).paragraphs
    assert "23 August: Written statement" in paragraphs and "24 August: Oral statement" in paragraphs
    assert any(paragraph.startswith("We also made two statements") for paragraph in paragraphs)
    # under a title with a colon, short lines are still headings
    after = "WILPF International is further encouraging individuals to take steps and contact their governments."
    raw = "\n\n".join(
        ["Statement issued on Al-Emarah:", "23 August: Written statement", "24 August: Oral statement", after]
    )
    assert "23 August: Written statement" not in clean_text(raw).paragraphs
