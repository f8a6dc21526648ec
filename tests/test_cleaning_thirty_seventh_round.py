"""Rules of the thirty-seventh round, on what heldout38 kept: each test takes its lines from labelled pages (named in
comments)."""

from analysis.text.cleaning import clean_text
from analysis.text.cleaning_check import raw_page
from analysis.text.cleaning_furniture import furniture_rule
from analysis.text.cleaning_trailers import TRAILER_PATTERNS


def test_a_contents_line_cut_before_its_page_number_is_furniture():
    # heldout38 c2355 l.49: a PDF viewer's contents line, its dot leaders running to the line's end
    contents = "Civil Society Position Paper " + "." * 92
    assert furniture_rule(contents) == "table of contents"
    assert 49 not in clean_text(raw_page("c2355-pdfslide-geneva-civil-society-2019.txt")).kept_lines
    # an ellipsis, or a sentence going on after dots, is text
    assert furniture_rule("The talks stalled again...") is None
    assert furniture_rule("The talks stalled .......... and resumed in March.") is None


def test_a_charitys_appeal_to_give_today_is_furniture():
    # heldout38 c2358 l.6, heldout34 c2114 l.5
    appeal = (
        "Please give today, to help us provide lifesaving humanitarian assistance to vulnerable families affected by "
        "crises around the world. Donate Now."
    )
    assert furniture_rule(appeal) == "subscription or comment prompt"
    assert furniture_rule("Please give today.") == "subscription or comment prompt"
    assert 6 not in clean_text(raw_page("c2358-careaustralia-earthquake-appeal-2023.txt")).kept_lines
    assert 5 not in clean_text(raw_page("c2114-globalrefuge-biden-evacuation-statement-2021.txt")).kept_lines
    # a sentence about giving is text
    assert furniture_rule("Donors give today what they pledged in Geneva.") is None
    assert furniture_rule("Please give the Afghan people a chance to decide.") is None


def test_more_interesting_news_starts_the_trailer():
    # heldout38 c2339 l.9: the label of other stories below a charity's post
    assert TRAILER_PATTERNS["teaser of other stories"].match("More interesting news")
    assert TRAILER_PATTERNS["teaser of other stories"].match("More related stories")
    cleaned = clean_text(raw_page("c2339-nazosupport-situation-2021.txt"))
    assert 9 not in cleaned.kept_lines and {5, 7} <= cleaned.kept_lines
    # a sentence about interesting news is not a label
    assert not TRAILER_PATTERNS["teaser of other stories"].match("More interesting news came from Doha on Monday.")
