"""Rules of the nineteenth round, on what heldout20 lost and kept: each test takes its lines from labelled pages
(named in comments)."""

from analysis.io.corpus import PROJECT_ROOT
from analysis.text.cleaning import clean_text
from analysis.text.cleaning_check import raw_page
from analysis.text.cleaning_furniture import furniture_rule
from analysis.text.cleaning_listings import DATED_TITLE, INVOCATION
from analysis.text.cleaning_rules import FORM_OF_ADDRESS
from analysis.text.cleaning_trailers import TRAILER_PATTERNS


def test_a_speakers_salutation_may_name_the_rest_of_the_room():
    # heldout20 c1269: a UN speech opens on the President, the Council's members and the briefers, on one line
    salutation = "Mr. President, Members of the Security Council, Distinguished Briefers"
    assert FORM_OF_ADDRESS.match(salutation)
    cleaned = clean_text(raw_page("c1269-afghanistanun-naeemi-unsc-briefing-2019.txt"))
    assert cleaned.paragraphs[0] == salutation and {15, 17, 19} <= cleaned.kept_lines
    # the members named are a body's name in capitals: a sentence that goes on after them is not a salutation
    assert not FORM_OF_ADDRESS.match("Mr. President, Members of the Council said today")


def test_recommended_posts_alone_heads_a_forums_thread_not_other_stories():
    # heldout20 c1278: a forum's "Recommended Posts" over the thread's first post, a newspaper feature pasted in
    assert not TRAILER_PATTERNS["teaser of other stories"].match("Recommended Posts")
    cleaned = clean_text(raw_page("c1278-shiachat-forum-famine-ft-2021.txt"))
    assert 29 in cleaned.kept_lines and 13 not in cleaned.kept_lines
    # the poster's two lines above the feature stay with it (labelled furniture: the cost of the change)
    assert {17, 19} <= cleaned.kept_lines
    # other labels of recommended stories still end the text
    assert TRAILER_PATTERNS["teaser of other stories"].match("Recommended for you")
    assert TRAILER_PATTERNS["teaser of other stories"].match("Recommended Stories")


def test_titles_ending_on_their_posts_dates_after_the_text_are_next_posts():
    # heldout20 c1248: a wire service's page, its first story and then its latest stories, each title ending on its date
    title = "Mattis bristles at Pentagon waste of $28 mln on Afghan uniforms 24 Jul 2017"
    assert DATED_TITLE.match(title)["date"] == "24 Jul 2017"
    cleaned = clean_text(raw_page("c1248-ukreuters-pakistan-diplomats-2017.txt"))
    assert 6 in cleaned.kept_lines and not {9, 11, 14, 16, 18, 20, 22, 24, 26, 28, 31, 33} & cleaned.kept_lines
    assert [step.line_no for step in cleaned.steps if step.rule == "next post on a listing page"][:2] == [9, 11]
    # a caption ending on its date is one line, not a run of them going back in time (heldout15 c921)
    caption = "A Taliban fighter talks on a walkie-talkie in front of a mural in Kabul on August 17, 2021"
    assert DATED_TITLE.match(caption)
    assert 3 not in clean_text(raw_page("c921-breitbart-biden-constant-contact-2021.txt")).kept_lines


def test_an_invocation_after_text_closed_by_its_date_opens_the_next_statement():
    # heldout20 c1273: a category page of reposted statements; the first ends on its signature and date stamps, the
    # second opens on "In the name of Allah, Most Gracious, Most Merciful"
    assert INVOCATION.match("In the name of Allah, Most Gracious, Most Merciful")
    cleaned = clean_text(raw_page("c1273-jihadology-alemara-category-2018.txt"))
    assert 1 in cleaned.kept_lines and not {8, 14, 18, 20, 22, 24, 26} & cleaned.kept_lines
    # a reposter's introduction under the page's date, above the statement's invocation, is no statement closed by
    # its date: the Eid message stays (tune c102)
    cleaned = clean_text(raw_page("c102-esinislam-mullah-omar-eid-2014.txt"))
    assert {16, 18} <= cleaned.kept_lines


def test_a_run_of_headlines_after_dashes_under_a_finished_sentence_is_links_to_related_stories():
    # heldout20 c1246: four related stories set between two of a news digest's items
    cleaned = clean_text(raw_page("c1246-yrtnews-muttaqi-press-conference-2021.txt"))
    assert [step.line_no for step in cleaned.steps if step.rule == "related links"] == [14, 16, 18, 20]
    assert {10, 24} <= cleaned.kept_lines
    # heldout16 c987: the same with hyphens ("- Over 800 dead, 1000 injured inEarthquake in Afganistan")
    cleaned = clean_text(raw_page("c987-tripurainfoway-activist-women-2021.txt"))
    assert {6, 7, 8, 9} <= {step.line_no for step in cleaned.steps if step.rule == "related links"}
    # a list's lead-in that is no finished sentence introduces the text's own points (a statement text's demands)
    letter = (PROJECT_ROOT / "validation" / "statements" / "women-letter-2023-03-08.txt").read_text(encoding="utf-8")
    assert "No official recognition of the Taliban by the world’s nations" in clean_text(letter).paragraphs


def test_a_caption_may_name_its_photo_at_its_end():
    # heldout20 c1238: a caption printed twice above a report
    caption = "Afghan men inspect inside a mosque after a terror attack in Kabul in this file picture."
    assert furniture_rule(caption) == "caption naming its photo"
    assert not {4, 5} & clean_text(raw_page("c1238-saudigazette-kabul-mosque-2020.txt")).kept_lines
    # a sentence that goes on after the photo is no caption
    assert furniture_rule("The girl in this photo was later found, the police said.") is None
