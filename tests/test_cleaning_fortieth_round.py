"""Rules of the fortieth round, on what heldout41 kept: each test takes its lines from labelled pages (named in
comments)."""

from analysis.text.cleaning import clean_text
from analysis.text.cleaning_check import raw_page
from analysis.text.cleaning_furniture import furniture_rule


def test_an_agencys_name_alone_before_a_dash_is_a_byline():
    # heldout41 c2528 l.4 (and heldout11 c736 l.4): the wire's name under each post's title, over its text
    assert furniture_rule("IANS -") == "byline"
    assert furniture_rule("AFP —") == "byline"
    # a place is longer than an agency's initials; a word before a dash in a sentence is no byline
    assert furniture_rule("ISLAMABAD —") != "byline"
    assert furniture_rule("The UN - and its agencies - met.") is None


def test_a_topic_page_whose_posts_each_carry_the_agencys_name_is_a_listing():
    # heldout41 c2528: title, "IANS -", text, five times over; the first post is the statement
    cleaned = clean_text(raw_page("c2528-thenewsmen-topic-taliban-p61.txt"))
    assert 5 in cleaned.kept_lines
    assert not cleaned.kept_lines & {8, 11, 14, 17}
    assert {step.rule for step in cleaned.steps if step.line_no in (8, 11, 14, 17)} == {"next post on a listing page"}
