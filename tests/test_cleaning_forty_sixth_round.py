"""Rules of the forty-sixth round, on what heldout47 kept: each test takes its lines from labelled pages (named in
comments)."""

from analysis.text.cleaning import clean_text
from analysis.text.cleaning_check import raw_page
from analysis.text.cleaning_other_languages import OTHER_STORIES_LABEL, other_language_furniture


def test_the_credit_of_the_agencies_drawn_on_is_furniture_in_other_languages():
    # heldout47 c2846 l.27, as "(With inputs from Agencies)" (heldout43 c2628 l.27) in English
    credit = "*Com informações da AFP"
    assert other_language_furniture(credit) == "credit of the agencies drawn on"
    assert other_language_furniture("Con información de EFE") == "credit of the agencies drawn on"
    assert 27 not in clean_text(raw_page("c2846-odia-mujahid-direitos-mulheres-afp.txt")).kept_lines
    # a sentence that opens so is text
    assert other_language_furniture("Com informações da polícia, o grupo anunciou uma anistia.") is None


def test_a_label_of_other_stories_in_romanian_starts_the_page_trailer():
    # heldout47 c2860 l.17, as "Other news in section" (heldout21 c1289 l.15) in English; the comment form's closing
    # notice under it (l.19) goes with the trailer
    assert OTHER_STORIES_LABEL.match("Mai multe din această categorie:".lower())
    kept = clean_text(raw_page("c2860-viatalibera-naeem-protectie-ambasade.txt")).kept_lines
    assert not {17, 19} & kept
    assert {7, 9, 11} <= kept
    # a sentence that speaks of a category is text
    assert not OTHER_STORIES_LABEL.match("Mai multe din această categorie au fost evacuate.".lower())
