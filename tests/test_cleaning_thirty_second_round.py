"""Rules of the thirty-second round, on what heldout33 lost and kept: each test takes its lines from labelled pages
(named in comments)."""

from analysis.text.cleaning import clean_text, cuts_the_opening_word
from analysis.text.cleaning_check import raw_page
from analysis.text.cleaning_furniture import furniture_rule


def test_a_reporters_credit_a_governments_period_a_vote_count_and_an_image_id_are_furniture():
    # heldout33 c2016 l.10: the reporters' credit under a wire story, in "reports" rather than "reporting"
    line = "Reports by Sabine Siebold and Robin Emmott; Additional reports from John Irish in Paris"
    assert furniture_rule(line) == "credit line"
    # heldout33 c2034 l.7 and heldout13 c839 l.7: GOV.UK's note of the government a page was published under
    line = "This was published under the 2010 to 2015 Conservative and Liberal Democrat coalition government"
    assert furniture_rule(line) == "publisher's disclaimer"
    # heldout33 c2047 l.15, 20, 32: a forum post's count of votes
    assert furniture_rule("12 users have voted.") == "page widget"
    assert furniture_rule("1 user has voted.") == "page widget"
    # heldout33 c2050 l.5: a media library's id left in place of the picture
    assert furniture_rule("media:entermedia_image:c92c8772-b28f-4545-8297-22688014bf9d") == "image or file name"
    kept = clean_text(raw_page("c2047-caucus99percent-biden-speech-2021.txt")).kept_lines
    assert not {15, 20, 32} & kept
    assert 5 not in clean_text(raw_page("c2050-unnews-agencies-natural-disasters-2009.txt")).kept_lines
    # sentences that report or vote are text: a report's findings, a vote in parliament
    assert furniture_rule("Reports by the UN show that civilian casualties rose in 2021.") is None
    assert furniture_rule("12 members have voted against the resolution.") is None


def test_a_readers_reply_and_a_lead_in_to_gathered_quotations_are_furniture():
    # heldout33 c2047 l.22, 30, 34: replies in a forum's comments, opening on the name they answer (the last cut short)
    assert furniture_rule("@CB He doesn't even realize that he is to blame for a 20 year disaster.") == "reader's reply"
    assert furniture_rule("@on t") == "reader's reply"
    assert not {22, 30, 34} & clean_text(raw_page("c2047-caucus99percent-biden-speech-2021.txt")).kept_lines
    # heldout33 c2046 l.15: a collection's lead-in to the quotations below it; the statement lines above it stay
    assert furniture_rule("See below for what they are saying:") == "text marker"
    kept = clean_text(raw_page("c2046-presidencyucsb-what-they-are-saying-2021.txt")).kept_lines
    assert 15 not in kept
    assert {7, 9, 11, 13} <= kept
    # statement text 'uk-fcdo-2022-12-22' opens on a sentence that points below: text, not a marker
    line = "See below the UK's full statement condemning the Taliban's recent decision to ban women from going to university."
    assert furniture_rule(line) is None


def test_a_donation_widgets_button_for_a_regular_gift_is_furniture():
    # heldout33 c2036 l.19: a charity's widget, its two buttons run together on one line
    assert furniture_rule("Set up a regular payment Donate") == "subscription or comment prompt"
    assert 19 not in clean_text(raw_page("c2036-afghanaid-crisis-appeal-2021.txt")).kept_lines
    # a sentence asking for one is the appeal's text
    assert furniture_rule("Set up a regular payment to help Afghan families through the winter.") is None


def test_a_last_line_cut_inside_the_word_that_opens_the_paragraph_above_is_text():
    # heldout33 c2046 l.23: the page's last line, "Repre", cut by the excerpt, under "Representative John Garamendi: ..."
    assert cuts_the_opening_word("Repre", 'Representative John Garamendi: "The American people are ready ..."')
    assert 23 in clean_text(raw_page("c2046-presidencyucsb-what-they-are-saying-2021.txt")).kept_lines
    # the whole word, a word cut before a full stop, or a name of two words is not such a start
    assert not cuts_the_opening_word("Representative", "Representative John Garamendi: ...")
    assert not cuts_the_opening_word("Rep", "Rep. Smith said")
    assert not cuts_the_opening_word("Islamic Relie", "Islamic Relief Worldwide said ...")
