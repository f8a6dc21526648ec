"""Rules of the thirty-ninth round, on what heldout40 lost and kept: each test takes its lines from labelled pages
(named in comments)."""

from analysis.text.cleaning import clean_text
from analysis.text.cleaning_check import raw_page
from analysis.text.cleaning_furniture import furniture_rule
from analysis.text.cleaning_post_links import first_post_link
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


def test_a_link_under_each_post_ends_the_first_post_of_a_tag_page():
    # heldout40 c2436: a tag page prints three posts whole, each closed by the same link ("More and more"); the first
    # post (l.1-7) is the statement, the rest another story
    cleaned = clean_text(raw_page("c2436-gumilev-tag-hekmatyar.txt"))
    assert cleaned.kept_lines == {3, 5, 7}
    # as built from its lines: the link under the first post's text, over the next post's headline and text
    units = [
        (1, "Gulbuddin Hekmatyar challenged Atta Muhammad Noor", False),
        (3, "The leader of Hezb-e Islami has challenged the former Balkh governor.", False),
        (9, "More and more", False),
        (11, "Hekmatyar offers all-out support to Taliban if the group opts peace talks", False),
        (13, "The leader of Hezb-e-Islami has offered an all-out support to Taliban.", False),
        (21, "More and more", False),
    ]
    assert first_post_link(units, 3) == 9


def test_a_box_set_inside_one_article_is_no_link_between_posts():
    # heldout23 c1425: "In Video" over "Watch ...'s report on ..." twice inside one story; heldout28 c1749: a
    # portrait's placeholder over a governor's name (a heading of four words) before each quotation
    video = [
        (3, "The deadline to meet Taliban demands expires on Monday.", False),
        (15, "In Video", False),
        (18, "Watch Melissa Chan’s report on Seoul’s Friday prayers", False),
        (20, "The Afghan government had not confirmed a prisoner deal.", False),
        (31, "In Video", False),
        (34, "Watch Al Jazeera’s report on the hostages’ families", False),
        (36, "Yo, who said she was from Seoul, described her situation as dangerous.", False),
    ]
    assert first_post_link(video, 3) is None
    portraits = [
        (9, "Organizations in Arkansas are preparing to receive Afghan refugees.", False),
        (11, "image.alt here", False),
        (13, "Gov. Asa Hutchinson (R)", False),
        (16, "I'm proud that California has taken in more refugees than any other state.", False),
        (18, "image.alt here", False),
        (20, "Gov Gavin Newsom (D)", False),
    ]
    assert first_post_link(portraits, 9) is None
