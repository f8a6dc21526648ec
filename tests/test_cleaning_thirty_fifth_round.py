"""Rules of the thirty-fifth round, on what heldout36 lost and kept: each test takes its lines from labelled pages
(named in comments)."""

from analysis.text.cleaning import clean_text
from analysis.text.cleaning_check import raw_page
from analysis.text.cleaning_furniture import furniture_rule
from analysis.text.cleaning_lists import clauses_of_lists


def test_a_resolutions_body_and_the_verb_of_its_first_clause_open_its_sentence():
    # heldout36 c2221 l.20-24: an education union's resolution opens on the body that adopts it, meeting on its date,
    # and the verb of its first clause, alone on their lines above the numbered clauses
    body = "The Executive Board of Education International, meeting on 2nd December 2021"
    item = "In the last 20 years Afghanistan has made significant progress in education."
    units = [
        ("Executive Board meeting on Afghanistan", False),
        (body, False),
        ("Acknowledges that", False),
        (item, True),
    ]
    assert clauses_of_lists(units) == {1, 2}
    assert furniture_rule(body) is None  # not a caption ending on its date
    assert {20, 22, 24} <= clean_text(raw_page("c2221-eiie-executive-board-resolution-2021.txt")).kept_lines
    # without a list under it the verb is a heading; a caption ending on a date is still a caption
    assert clauses_of_lists(units[:3]) == set()
    assert furniture_rule("Women wait for food rations in Kabul, meeting on 2 December 2021") is not None


def test_a_dated_stamp_a_labelled_breadcrumb_a_share_prompt_and_an_authors_disclaimer_are_furniture():
    # heldout36 c2221 l.8, c2224 l.5, c2188 l.16, c2220 l.12
    assert furniture_rule("published 3 December 2021 updated 23 February 2024") == "last-updated stamp"
    breadcrumb = "You are here: Home / Resources / Documents / WCC commissions and working groups"
    assert furniture_rule(breadcrumb) == "navigation crumbs"
    assert furniture_rule("Share this post!") == "share buttons"
    disclaimer = "Any views expressed in this article are those of the author and not of Thomson Reuters Foundation."
    assert furniture_rule(disclaimer) == "publisher's disclaimer"
    assert not {8} & clean_text(raw_page("c2221-eiie-executive-board-resolution-2021.txt")).kept_lines
    # sentences that say so are text
    assert furniture_rule("The resolution was published 3 December 2021 and updated in February 2024.") is None
    assert furniture_rule("You are here in Kabul, at home with the people.") is None
    assert furniture_rule("The views expressed in this meeting are those of the member states.") is None


def test_a_dutch_records_speaker_labels_and_start_time_are_furniture():
    # heldout36 c2232 l.35, l.37 and c2233 l.11; heldout30 c1866 l.12 and l.16 (removed before as a heading)
    for label in ["Aanvang 9.32 uur.", "De voorzitter:", "De heer Ceder (ChristenUnie):", "Mevrouw Piri (PvdA):"]:
        assert furniture_rule(label) == "Dutch record's speaker label"
    assert not {35, 37} & clean_text(raw_page("c2232-zoekofficielebekendmakingen-commissiedebat-2021.txt")).kept_lines
    # a sentence that names the chair or a member goes on past the colon, or has none
    assert furniture_rule("De voorzitter: dank u wel.") is None
    assert furniture_rule("De heer Ceder (ChristenUnie) vraagt het woord.") is None
