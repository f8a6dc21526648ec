"""Rules of the fortieth round, on what heldout41 kept: each test takes its lines from labelled pages (named in
comments)."""

from analysis.text.cleaning import clean_text
from analysis.text.cleaning_captions import ends_on_opening_of
from analysis.text.cleaning_check import raw_page
from analysis.text.cleaning_doubled_titles import second_doubled_title
from analysis.text.cleaning_furniture import furniture_rule
from analysis.text.cleaning_other_languages import other_language_furniture
from analysis.text.cleaning_repeats import word_key
from analysis.text.cleaning_rules import classify_line
from analysis.text.cleaning_trailers import find_trailer


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


def test_a_link_to_another_story_in_another_language_is_furniture():
    # heldout41 c2518 l.6 and c2524 l.7: French and German labels of a link, before a headline
    line = ">> Lire aussi : Les talibans appellent les interprètes des forces internationales au repentir"
    assert other_language_furniture(line) == "link to another story"
    assert classify_line("Mehr dazu: Seehofer fordert weiterhin Abschiebungen nach Afghanistan") == (
        "removed",
        "link to another story",
    )
    # a sentence of the text that opens on the same words ends on its full stop
    assert other_language_furniture("Siehe auch die Erklärung der Vereinten Nationen vom Dienstag.") is None


def test_a_count_of_comments_in_any_language_heads_the_comments():
    # heldout41 c2522 l.5: "1 Kommentar" over two readers' comments, which go with it as the page trailer
    cleaned = clean_text(raw_page("c2522-cashch-mudschahid-alkaida.txt"))
    assert {1, 2, 3} <= cleaned.kept_lines and not cleaned.kept_lines & {6, 7}
    # heldout41 c2530 l.21: "0 comments:" on a page whose text is in Urdu, so that no English line comes before it
    assert other_language_furniture("0 comments:") == "comment count"
    assert other_language_furniture("12 commentaires") == "comment count"
    assert other_language_furniture("3 comments were made on the draft.") is None


def test_a_bloggers_introduction_above_the_start_of_a_translation_goes():
    # heldout41 c2523: three paragraphs of the blogger's own, then "Beginn der Übersetzung:" and the TASS article
    assert other_language_furniture("Beginn der Übersetzung:") == "start of a translation"
    assert other_language_furniture("Translation begins:") == "start of a translation"
    cleaned = clean_text(raw_page("c2523-uncutnews-tass-zusammenfassung.txt"))
    assert not cleaned.kept_lines & {1, 3, 5}
    assert {11, 13} <= cleaned.kept_lines
    assert {step.rule for step in cleaned.steps if step.line_no in (1, 3, 5)} == {"reposter's introduction"}


def test_posts_each_under_their_headline_printed_twice_are_a_listing():
    # heldout41 c2486: a topic page prints each post's headline twice (its picture's alt text, its link), then with its
    # kicker glued on, over one excerpt; the first post's excerpt (l.22) is the statement, the next three go
    cleaned = clean_text(raw_page("c2486-rponline-thema-afghanistan.txt"))
    assert 22 in cleaned.kept_lines
    assert not cleaned.kept_lines & {29, 36, 43}
    assert {step.rule for step in cleaned.steps if step.line_no in (29, 36, 43)} == {"next post on a listing page"}


def test_two_headlines_printed_twice_are_no_listing():
    # an article whose two photos' captions are each printed twice over a paragraph keeps all its text
    units = [(1, "The sides met in Doha on Monday.", False)]
    for line_no, caption in ((2, "Delegates arrive at the venue"), (5, "The envoy speaks to reporters")):
        units += [(line_no, caption, False), (line_no + 1, caption, False), (line_no + 2, "They spoke.", False)]
    assert second_doubled_title(units, 1) is None


def test_on_a_page_in_another_script_the_trailer_follows_its_first_paragraph():
    # heldout41 c2507: a statement in Hindi, then "More Stories" over other stories' teasers, one of them half in Latin
    # letters ("UPPSC के फैसल"); with no line of English text, the Hindi paragraph is the text the trailer follows
    paragraph = " ".join(["तालिबान"] * 14)
    page = [paragraph, "More Stories", "UPPSC के फैसल"]
    assert find_trailer(page, page) == (1, "teaser of other stories")
    cleaned = clean_text(raw_page("c2507-vnmtvnews-shaheen-danish-siddiqui-2021.txt"))
    assert {line.line_no for line in cleaned.non_english} >= {1, 2}
    assert 5 not in cleaned.kept_lines
    # a title in another script, a headline's length, is no text: a label under it, above the paragraph, is no trailer
    page = ["तालिबान का बयान", "Related posts", paragraph]
    assert find_trailer(page, page) is None


def test_a_caption_printed_again_under_its_copy_glued_to_the_credit_goes():
    # heldout41 c2490 l.3-4: "© AP Photo / ...SediqiHomem vendendo ... 2021" (a copyright line), then the caption again
    # with the site's credit after it
    cleaned = clean_text(raw_page("c2490-noticiabrasil-mujahid-fim-da-guerra-panjshir-2021.txt"))
    assert 4 not in cleaned.kept_lines and {6, 7, 8} <= cleaned.kept_lines
    glued = word_key("© AP Photo / Khwaja Tawfiq SediqiHomem vendendo bandeiras do grupo insurgente Talibã em Cabul")
    assert ends_on_opening_of(glued, word_key("Homem vendendo bandeiras do grupo insurgente Talibã em Cabul - Sputnik"))
    assert not ends_on_opening_of(glued, word_key("O porta-voz do Talibã declarou o fim da guerra no Afeganistão."))
