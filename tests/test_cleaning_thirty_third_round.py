"""Rules of the thirty-third round, on what heldout34 lost and kept: each test takes its lines from labelled pages
(named in comments)."""

from analysis.text.cleaning import clean_text
from analysis.text.cleaning_check import raw_page
from analysis.text.cleaning_furniture import furniture_rule
from analysis.text.cleaning_rules import is_broken_before


def test_a_translators_menu_a_copy_guard_a_video_button_a_skip_target_and_a_bot_check_are_widgets():
    # heldout34 c2061 l.15, 16: a tag page's translator menu and its copy guard's alert
    assert furniture_rule("Select Language") == "page widget"
    assert furniture_rule("error: Content is protected !!") == "page widget"
    assert not {15, 16} & clean_text(raw_page("c2061-tell-taliban-tag-2021.txt")).kept_lines
    # heldout34 c2070 l.12: a site's check that the reader is no bot
    assert furniture_rule("Verifying user") == "page widget"
    assert 12 not in clean_text(raw_page("c2070-malaysiakini-humanitarian-mission-2022.txt")).kept_lines
    # heldout34 c2074 l.22: a video's button (and l.25, the video's "(part 3)" under it, no longer read as text)
    assert furniture_rule("Play video") == "page widget"
    assert not {22, 25} & clean_text(raw_page("c2074-cnn-bush-ultimatum-2001.txt")).kept_lines
    # heldout34 c2114 l.9, 13: a charity's note to a reader with an old browser and its skip link's target
    line = "The browser you are using is not supported. Please consider using a modern browser."
    assert furniture_rule(line) == "note of an unsupported browser"
    assert furniture_rule("Start of main content.") == "page widget"
    assert not {9, 13} & clean_text(raw_page("c2114-globalrefuge-biden-evacuation-statement-2021.txt")).kept_lines
    # sentences about languages, videos and browsers are text
    assert furniture_rule("Select language courses were offered to the returning refugees.") is None
    assert furniture_rule("Play video games, the minister said, was all the boys could do.") is None


def test_a_german_parliament_records_stage_directions_are_furniture():
    # heldout34 c2102 l.15: the house's applause; c2104 l.15: a member's call from the floor, the party in capitals
    line = "(Beifall beim BÜNDNIS 90/DIE GRÜNEN und bei der CDU/CSU sowie bei Abgeordneten der SPD und der FDP)"
    assert furniture_rule(line) == "stage direction"
    assert furniture_rule("(Dr. (DIE LINKE): Nein!)") == "stage direction"
    # heldout13 c834 l.16: removed before as a heading, now by its kind
    assert furniture_rule("(Beifall bei der LINKEN)") == "stage direction"
    assert 15 not in clean_text(raw_page("c2102-openparliamenttv-bayram-evakuierung-2024.txt")).kept_lines
    assert 15 not in clean_text(raw_page("c2104-docslib-bundestag-rede-afghanistan-2021.txt")).kept_lines
    # a sentence in brackets, or one naming a party's vote, is text
    assert furniture_rule("(The motion was carried by the CDU/CSU and the SPD.)") is None
    assert furniture_rule("(See Article (2): the parties agree.)") is None


def test_a_line_broken_before_a_line_that_runs_on_itself_is_joined_in_a_hard_wrapped_text():
    # heldout34 c2098 l.19-21: a cable wrapped at a fixed width; the next line is short but ends on "in", so it is text
    assert is_broken_before(
        "Mr. President, I would like to thank the Special",
        "Representative of the Secretary-General (SRSG) in",
        hard_wrapped=True,
        adjacent=True,
    )
    kept = clean_text(raw_page("c2098-scoop-cablegate-usun-statement-2007.txt")).kept_lines
    assert {19, 20, 21} <= kept
    # the cable's numbered marker above it stays out ("2. Begin Text:", l.17)
    assert furniture_rule("2. Begin Text:") == "text marker"
    assert 17 not in kept
    # on a web page (not hard-wrapped), a headline over a short line is not joined
    assert not is_broken_before("Mr. President, I would like to thank the Special", "Representative of the UN in")


def test_a_language_switcher_and_a_files_link_label_are_widgets():
    # heldout34 c2092 l.5: a translation plugin's switcher, in French
    assert furniture_rule("Ce message est également disponible en : French, English") == "page widget"
    assert furniture_rule("This post is also available in: Dari, Pashto") == "page widget"
    assert 5 not in clean_text(raw_page("c2092-institutfrancais-kabul-attack-message-2014.txt")).kept_lines
    # heldout34 c2101 l.10: a file's link label, in German
    assert furniture_rule("Dokument downloaden") == "page widget"
    assert 10 not in clean_text(raw_page("c2101-reinhardbrandl-bundestag-afghanistan-2021.txt")).kept_lines
    # a sentence about a document is text
    assert furniture_rule("Download the document that sets out the plan.") is None
