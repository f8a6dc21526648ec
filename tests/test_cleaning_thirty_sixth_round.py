"""Rules of the thirty-sixth round, on what heldout37 lost and kept: each test takes its lines from labelled pages (named in
comments)."""

from analysis.text.cleaning import clean_text
from analysis.text.cleaning_check import raw_page
from analysis.text.cleaning_furniture import furniture_rule
from analysis.text.cleaning_rules import is_heading


def test_a_stamp_to_the_minute_an_age_notice_a_reprint_notice_and_an_adaptation_note_are_furniture():
    # heldout37 c2257 l.3, c2250 l.56, c2262 l.7, c2253 l.21
    assert furniture_rule("Published: April 14, 2023, 6:26 a.m.") == "last-updated stamp"
    age = "This article was published 27/03/2025 (220 days ago), so information in it may no longer be current."
    assert furniture_rule(age) == "update note"
    reprint = (
        "Copyright (c) 2023. RFE/RL, Inc. Reprinted with the permission of Radio Free Europe/Radio Liberty, "
        "1201 Connecticut Ave NW, Ste 400, Washington DC 20036."
    )
    assert furniture_rule(reprint) == "copyright notice"
    assert furniture_rule("This article has been adapted from its original source.") == "publisher's disclaimer"
    assert 3 not in clean_text(raw_page("c2257-broadcasts-abbott-uruzgan-2013.txt")).kept_lines
    assert 56 not in clean_text(raw_page("c2250-winnipegfreepress-akhundzada-eid-2025.txt")).kept_lines
    # sentences that say so are text
    assert furniture_rule("Published: the report of April 14, 2023 names six provinces.") is None
    assert furniture_rule("This article was published in 2021 and it may no longer be read there.") is None
    assert furniture_rule("The letter was reprinted with care in several newspapers.") is None
    assert furniture_rule("This plan has been adapted from the original agreement of 2020.") is None


def test_a_sites_accessibility_controls_are_furniture():
    # heldout37 c2277 l.3-4: the Kremlin's page opens on its controls of font size and colours
    assert furniture_rule("Font size:") == "accessibility controls"
    assert furniture_rule("Site colours:") == "accessibility controls"
    assert not {3, 4} & clean_text(raw_page("c2277-kremlin-putin-sco-csto-speech-2021.txt")).kept_lines
    # a sentence about the size of a font is text
    assert furniture_rule("Font size: the ballot papers were printed too small to read.") is None


def test_a_signatorys_name_ending_on_a_comma_is_text():
    # heldout37 c2289 l.35: the trade union's statement is signed by a name whose comma leads on to her post
    assert not is_heading("Yvonne O’ Callaghan,")
    assert 35 in clean_text(raw_page("c2289-forsa-ictu-afghan-trade-unionists-2021.txt")).kept_lines
    # a title without its comma, a tag list and a record's session ending on one, and a form's prompt stay headings
    assert is_heading("Yvonne O’ Callaghan")
    assert is_heading("1st Session, 39th Parliament,")
    assert is_heading("By registering,")
