"""Rules of the thirty-eighth round, on what heldout39 lost and kept: each test takes its lines from labelled pages
(named in comments)."""

from analysis.text.cleaning import clean_text
from analysis.text.cleaning_check import raw_page
from analysis.text.cleaning_furniture import furniture_rule
from analysis.text.cleaning_keyword_lists import keyword_lists
from analysis.text.cleaning_repeats import repeated_units


def test_posts_quoted_in_a_blog_post_are_text_with_their_signatures():
    # heldout39 c2378 l.1-20: a blog post interleaving its sentences with embedded tweets, each signed
    # "— Fox News (@FoxNews) August 22, 2017": the signatures are no titles of a listing's posts, a signature
    # printed again is no repeat, and a post's words without a full stop above their signature are no heading
    cleaned = clean_text(raw_page("c2378-victorygirls-trump-strategy-2017.txt"))
    assert cleaned.kept_lines == set(range(1, 21))
    raw = (
        "The president spoke at Fort Myer on Monday night.\n"
        '.@POTUS: "We will fight to win."\n'
        "— Fox News (@FoxNews) August 22, 2017\n"
        "He was clear about Pakistan.\n"
        "POTUS: Micromanagement from Washington D.C. does not win battles\n"
        "— Katie Pavlich (@KatiePavlich) August 22, 2017\n"
        "And he named no numbers.\n"
        '.@POTUS: "We are killing terrorists."\n'
        "— Fox News (@FoxNews) August 22, 2017\n"
        "The strategy is new."
    )
    cleaned = clean_text(raw)
    assert cleaned.kept_lines == set(range(1, 11))
    assert "POTUS: Micromanagement from Washington D.C. does not win battles" in cleaned.paragraphs
    assert cleaned.headings == []


def test_a_title_line_printed_twice_is_still_a_repeat():
    # the signature's exception is narrow: a title printed twice (no handle and date) still goes once
    raw = "Talks resume in Doha\n\nTalks resume in Doha\n\nThe two sides met on Monday and agreed to meet again."
    cleaned = clean_text(raw)
    assert cleaned.paragraphs == ["The two sides met on Monday and agreed to meet again."]


def test_a_list_of_keywords_under_its_label_is_furniture():
    # heldout39 c2407 l.4-24: a transcription service's keyword list, one term to a line, under "Keywords:"; the
    # terms in lower case would otherwise be rejoined into one "sentence"
    cleaned = clean_text(raw_page("c2407-otter-sullivan-briefing-2021.txt"))
    assert not set(range(4, 25)) & cleaned.kept_lines and 25 in cleaned.kept_lines
    assert "list of keywords" in {step.rule for step in cleaned.steps}
    raw = "Talks in Doha\n\nTags\n\nceasefire\nprisoner release\nDoha\n\nThe two sides met on Monday and agreed to meet again."
    assert clean_text(raw).paragraphs == ["The two sides met on Monday and agreed to meet again."]
    # the label is needed: short lines without it are left to the other rules, and a label over a sentence is no list
    assert keyword_lists(["Peace", "ceasefire", "prisoner release"]) == set()
    assert keyword_lists(["Topics:", "The talks covered a ceasefire and the release of prisoners."]) == set()
    assert keyword_lists(["Keywords:", "Thanks Jen."]) == set()


def test_a_long_bullet_printed_again_with_its_full_stop_is_the_teaser():
    # heldout39 c2373 l.9 and l.14: a summary's bullet, a sentence full of names without its full stop, printed again
    # in the text with it: the bullet is the teaser, the text's sentence stays
    sentence = (
        "Saturday’s confirmation of the Saudi role followed a telephone conversation on Thursday between King Salman "
        "and the Afghan President Ashraf Ghani"
    )
    assert repeated_units([sentence, "The talks will be held in Jeddah.", sentence + "."]) == [
        "teaser repeating the text",
        None,
        None,
    ]
    cleaned = clean_text(raw_page("c2373-arabnews-saudi-peace-talks-2018.txt"))
    assert 14 in cleaned.kept_lines and 9 not in cleaned.kept_lines
    # a headline printed again with a full stop is still a title printed twice: the later copy goes
    title = "Uganda Agrees to Host 2000 Afghan Refugees at the Request of the United States"
    assert repeated_units([title, title + "."]) == [None, "repeated line"]


def test_prompts_widgets_and_credits_of_heldout39_are_furniture():
    # heldout39 c2362 l.21, c2370 l.22, c2384 l.9: a daily e-mail's prompt, a messaging channel's, a call for stories
    prompt = "newsletter, petition or archive prompt"
    assert furniture_rule("Get top stories and blog posts emailed to you each day.") == prompt
    channels = (
        "Get the news updates on WhatsApp & Telegram by subscribing to our channels. For all the latest Middle East "
        "updates, download our app Android and iOS."
    )
    assert furniture_rule(channels) == prompt
    call = (
        "Do you have a groundbreaking story you would like us to publish? Please reach us through news@tuko.co.ke or "
        "WhatsApp: 0732482690."
    )
    assert furniture_rule(call) == prompt
    # c2361 l.16: a scroll button's label cut to "to top"; c2381 l.11: a translation plugin's switcher naming its
    # languages in brackets
    assert furniture_rule("to top") == "page widget"
    switcher = "This post is also available in: ქართული (Georgian) Русский (Russian)"
    assert furniture_rule(switcher) == "page widget"
    # c2377 l.3: a caption closed by its agency and photographer ("...  REUTERS/Jim Young")
    caption = (
        "U.S. President Barack Obama speaks to cadets at West Point, New York, December 1, 2009.  REUTERS/Jim Young"
    )
    assert furniture_rule(caption) == "credit of an agency's photographer"
    for name, line in [
        ("c2362-jordantimes-king-condoles-2018.txt", 21),
        ("c2361-mamul-kabul-airport-condemn-2021.txt", 16),
    ]:
        assert line not in clean_text(raw_page(name)).kept_lines
    # sentences of a text with the same words are text
    for text in [
        "The envoys get the news updates on Telegram before the ministers do.",
        "Do you have a plan for the winter? The ministry asked the agencies.",
        "The report was sent to you by the ministry.",
        "Troops moved to top positions in the valley.",
        "The Taliban took Kabul. REUTERS reported it first.",
    ]:
        assert furniture_rule(text) is None, text


def test_an_open_access_licence_is_a_publishers_note():
    # heldout39 c2398 l.9: a research paper's licence under its abstract
    licence = (
        "This is an open-access research paper/article distributed under the terms of the Creative Commons Attribution "
        "4.0 International, which permits unrestricted use, distribution, and reproduction in any medium, provided the "
        "original author and source are credited."
    )
    assert furniture_rule(licence) == "publisher's disclaimer"
    assert furniture_rule("The photos are published under a Creative Commons licence.") == "publisher's disclaimer"
    # a sentence about the licence's idea is text
    assert furniture_rule("The ministry argued that knowledge should be common to all.") is None


def test_a_links_sentence_alone_on_its_line_is_furniture():
    # heldout39 c2418 l.7, heldout38 c2336 l.6: the sentence of a link to the full text, alone on its line
    rule = "link to another page"
    line = "Key excerpts from the testimony can be found here, and the full transcript can be found here.  "
    assert furniture_rule(line.strip()) == rule
    assert furniture_rule("The full letter can be found HERE or below.") == rule
    assert 7 not in clean_text(raw_page("c2418-housedems-meeks-khalilzad-2024.txt")).kept_lines
    # glued to a sentence of text, or saying where something can be found in the world, it is text
    glued = "The senators urged action. The full letter can be found here."
    assert furniture_rule(glued) is None
    assert furniture_rule("The answers can be found in the Doha agreement.") is None
