"""Rules of the twenty-fourth round, on what heldout25 lost and kept: each test takes its lines from labelled pages
(named in comments)."""

from analysis.text.cleaning import clean_text
from analysis.text.cleaning_check import raw_page
from analysis.text.cleaning_listings import _runs_on, _titled_excerpts_start
from analysis.text.cleaning_rules import classify_line, is_heading

SENATE_RECORD = "c1563-openaustralia-hazara-returns-2014.txt"


def test_a_motion_broken_across_lines_is_no_listing_of_titled_posts():
    # heldout25 c1563: a Senate record; "That the Senate—" and the motion's points ending on ", and" or "; and" were read
    # as posts' titles over short excerpts, and the motion and the debate went as a listing's next posts
    cleaned = clean_text(raw_page(SENATE_RECORD))
    assert {7, 8, 9, 10, 11, 12, 13, 16, 18, 20, 22, 25, 26, 27} <= cleaned.kept_lines
    assert "That the Senate— (a) notes that Mr Zainullah Naseri" in cleaned.text.replace("\n", " ")
    units = [(8, "That the Senate—", False), (9, "(a) notes that Mr Zainullah Naseri, a Hazara man ...;", True)]
    units += [(10, "(b) agrees That the security situation ... for Hazaras; and", True)]
    units += [(11, "(c) calls on the Government to:", True), (12, "Senator Kim Carr interjecting—", False)]
    units += [(13, "Okay. You did not do that at the appropriate time.", False)]
    assert _titled_excerpts_start([(7, "I move:", False), *units], 7) is None


def test_a_line_runs_on_at_a_comma_a_dash_or_a_dangling_word_as_written():
    assert _runs_on("That the Senate—")
    assert _runs_on("(i) issue a moratorium on the forced return of asylum seekers back to Afghanistan, and")
    assert _runs_on("Senator Kim Carr interjecting—")
    # heldout10 c645, a tag page: a title ending on a name in capitals ("IS") is whole
    assert not _runs_on("Another attack likely, says Joe Biden as he pledges more strikes on IS")
    assert not _runs_on("Taliban says US drone strike in Kabul also killed civilians")


def test_a_parliament_records_interjection_note_is_furniture():
    # heldout25 c1563: "Senator Moore interjecting—" notes who spoke out of turn; the President's answer under it is text
    assert classify_line("Senator Moore interjecting—") == ("removed", "interjection note")
    assert classify_line("Senator Kim Carr interjecting—") == ("removed", "interjection note")
    cleaned = clean_text(raw_page(SENATE_RECORD))
    assert not {14, 17, 19, 21} & cleaned.kept_lines
    assert {16, 18, 20, 22} <= cleaned.kept_lines
    # a sentence that tells of an interjection is text
    assert classify_line("Senator Moore kept interjecting while the President spoke.") is None


def test_a_speechs_salutation_ending_on_a_colon_is_no_kicker():
    # heldout25 c1562: an ambassador's speech; "Ladies and Gentlemen:" on its own line between two paragraphs
    assert not is_heading("Ladies and Gentlemen:")
    cleaned = clean_text(raw_page("c1562-afghanembassyuk-yaar-independence-2014.txt"))
    assert 25 in cleaned.kept_lines
    # a short title-case kicker ending on a colon is still a heading
    assert is_heading("President Ghani:")
