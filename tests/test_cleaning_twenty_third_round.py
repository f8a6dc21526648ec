"""Rules of the twenty-third round, on what heldout24 lost and kept: each test takes its lines from labelled pages
(named in comments)."""

from analysis.text.cleaning import clean_text
from analysis.text.cleaning_check import raw_page
from analysis.text.cleaning_rules import classify_line

SUBTITLE_PAGE = "c1508-wikimore-obama-weekly-address-srt-2012.txt"


def test_a_subtitle_cues_number_and_times_are_cut_off_its_words():
    # heldout24 c1508: a subtitle file, each cue on one line, its number and times glued to its words
    cleaned = clean_text(raw_page(SUBTITLE_PAGE))
    cue = next(step for step in cleaned.steps if step.line_no == 11)
    assert cue.before == "5 00:00:16,291 --> 00:00:19,124 As Commander-in-Chief, nothing is more humbling or inspiring"
    assert (cue.rule, cue.after) == (
        "subtitle cue number and times",
        "As Commander-in-Chief, nothing is more humbling or inspiring",
    )
    assert set(range(3, 50, 2)) <= cleaned.kept_lines  # all 24 cues' words are read
    assert "As Commander-in-Chief, nothing is more humbling or inspiring than the chance" in cleaned.text
    # the last cue, cut off by the extraction before its words, is a stamp alone and goes
    assert classify_line("25 00:01:11,") == ("removed", "subtitle cue without words")
    assert 51 not in cleaned.kept_lines
    # a sentence that opens on a number and a time is not a cue
    assert classify_line("2 00:00:08,023 --> 00:00:10,491 to thank our troops serving far from home,") is None
    assert classify_line("At 10:30 the talks resumed.") is None


def test_an_agencys_copyright_glued_to_the_texts_last_sentence_is_cut_off():
    # heldout24 c1468: a Reuters report whose last sentence carries the agency's copyright
    cleaned = clean_text(raw_page("c1468-japantoday-kihara-quake-aid-2022.txt"))
    assert 2 in cleaned.kept_lines
    cut = next(step for step in cleaned.steps if step.line_no == 2)
    assert cut.before.endswith("as well as assessing the situation to grasp local needs.© Thomson Reuters 2022.")
    assert cut.rule == "copyright glued to the text"
    assert cut.after.endswith("as well as assessing the situation to grasp local needs.")
    # a copyright notice alone on its line is still furniture
    assert classify_line("© Thomson Reuters 2022.") == ("removed", "copyright notice")


def test_a_search_pages_link_to_all_its_results_is_furniture_and_its_first_post_the_text():
    # heldout24 c1497: a press office's search page; its link ". See all results." was read as the first post
    assert classify_line(". See all results.") == ("removed", "page widget")
    cleaned = clean_text(raw_page("c1497-republicanleader-mcconnell-remarks-2021.txt"))
    assert sorted(cleaned.kept_lines) == [9]  # the first post's paragraph; the next posts (lines 12 to 24) go
    assert cleaned.paragraphs[0].startswith("WASHINGTON, D.C. - U.S. Senate Republican Leader Mitch McConnell (R-KY)")
    # a sentence that speaks of results is not the link
    assert classify_line("We will see all results of the inquiry.") is None


def test_a_bare_list_marker_is_joined_to_the_line_under_it():
    # heldout24 c1513: a Senate motion, each point's label "(i)" on a line of its own, above a line ending on a colon
    cleaned = clean_text(raw_page("c1513-openaustralia-brown-motion-2009.txt"))
    assert 16 in cleaned.kept_lines
    joined = next(step for step in cleaned.steps if step.line_no == 17 and step.action == "joined")
    assert (
        joined.before == "(i) ⏎ Australian Defence Force (ADF) personnel have been deployed in Afghanistan since 2001,"
    )
    assert "(i)" not in cleaned.headings
