"""Rules of the thirty-ninth round, on what heldout40 lost and kept: each test takes its lines from labelled pages
(named in comments)."""

from analysis.text.cleaning import clean_text
from analysis.text.cleaning_check import raw_page
from analysis.text.cleaning_furniture import furniture_rule
from analysis.text.cleaning_rules import is_heading


def test_a_saying_with_its_scripture_named_after_it_is_a_sentence():
    # heldout40 c2474 l.19: an Eid message quotes a hadith and names its source in brackets after the full stop
    assert not is_heading("Every nation has its own Eid and this is our Eid. (Al-Hadith)")
    assert not is_heading("There is no compulsion in religion. (Quran 2:256)")
    cleaned = clean_text(raw_page("c2474-talibnews-mutasim-eid-adha.txt"))
    assert 19 in cleaned.kept_lines
    assert "Every nation has its own Eid and this is our Eid. (Al-Hadith)" in cleaned.paragraphs


def test_a_credit_in_brackets_still_ends_a_caption():
    # the exception is narrow: a line closed by a credit that names no scripture ("(MOFA)") stays a caption's
    assert is_heading("Foreign Minister meets the envoy. (MOFA)")


def test_a_sites_notices_about_itself_are_furniture():
    # heldout40 c2432 l.27 (and heldout30 c1835 l.22): a wire's note of its standards at the foot of its story
    assert furniture_rule("Our Standards: The Thomson Reuters Trust Principles.") == "note of editorial standards"
    # heldout40 c2455 l.17: a portal's blurb on what it is
    line = "Mail BD is the online news portal, where user will get news and updates on Entertainment, Celebrity news."
    assert furniture_rule(line) == "about the site"
    # said in a sentence of the text, the same words open no notice
    assert furniture_rule("A spokesman told Tolo News, which is a news site in Kabul, that talks would resume.") is None
    assert furniture_rule("Our standards of conduct will not change, the minister said.") is None


def test_a_russian_outlets_footnote_in_the_courts_words_is_furniture():
    # heldout40 c2455 l.13: the footnote after a name marked with an asterisk, worded after the court's decision
    line = (
        "* recognized by the decision of the Supreme Court of the Russian Federation of February 14, 2003 as a "
        "terrorist organization, its activities are prohibited"
    )
    assert furniture_rule(line) == "footnote on a banned organisation"
    assert (
        furniture_rule("* The Taliban is a terrorist organization banned in Russia.")
        == "footnote on a banned organisation"
    )
