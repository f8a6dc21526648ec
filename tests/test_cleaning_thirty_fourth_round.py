"""Rules of the thirty-fourth round, on what heldout35 lost and kept: each test takes its lines from labelled pages
(named in comments)."""

from analysis.text.cleaning import clean_text
from analysis.text.cleaning_check import raw_page
from analysis.text.cleaning_furniture import furniture_rule
from analysis.text.cleaning_heading_units import is_heading_unit
from analysis.text.cleaning_repeats import repeated_units
from analysis.text.cleaning_rules import OPENING_INVOCATION
from analysis.text.cleaning_trailers import TRAILER_PATTERNS


def test_an_invocation_with_an_epithet_before_the_name_opens_the_text():
    # heldout35 c2166 l.5: a joint statement opens on the invocation, with "Almighty" before the name
    assert OPENING_INVOCATION.match("In the name of Almighty Allah")
    assert not is_heading_unit("In the name of Almighty Allah", "In the name of Almighty Allah", 2, 9, False, False)
    assert 5 in clean_text(raw_page("c2166-cshrn-womensday-2010.txt")).kept_lines
    # the plain invocation still opens the text; a sentence about a name is no invocation
    assert OPENING_INVOCATION.match("In the name of God, the Most Gracious, the Most Merciful")
    assert not OPENING_INVOCATION.match("In the name of the Almighty Taliban leadership council")


def test_a_paragraph_under_a_sentence_ending_on_a_colon_is_the_quotation_not_a_pull_quote():
    # heldout35 c2164 l.23-29: a senator quotes an editorial ("... I quote:"), then quotes its words again in a longer
    # sentence further down; the quotation is text, not an extract lifted from that sentence
    texts = [
        "I was reading a telling article, the lead editorial, in Macleans magazine on this issue. The article is "
        "entitled “Protect the Taliban?” I quote:",
        "The relentless search for failure in Canada’s mission to Afghanistan continues.",
        "The article goes on to talk about the British Columbia Civil Liberties Association court proceedings.",
        "Honourable senators, the fact is that that is what appears to be happening — “the relentless search for "
        "failure in Canada’s mission to Afghanistan” — when, in fact, we all know it is a difficult mission.",
    ]
    assert repeated_units(texts) == [None, None, None, None]
    assert {23, 25, 27, 29} <= clean_text(raw_page("c2164-mobinajaffer-senate-detainees-2007.txt")).kept_lines
    # without the announcing colon, the same line is still an extract of the longer sentence below
    texts[0] = texts[0].replace(" I quote:", " It was read widely.")
    assert repeated_units(texts)[1] == "teaser repeating the text"


def test_a_first_publication_stamp_a_guarded_contact_address_and_more_like_this_are_furniture():
    # heldout35 c2147 l.17: a news site's stamp of first publication
    assert furniture_rule("Story first published: Tuesday, August 31, 2021, 8:47 [IST]") == "last-updated stamp"
    assert 17 not in clean_text(raw_page("c2147-oneindia-biden-statement-2021.txt")).kept_lines
    # heldout35 c2135 l.13: a contact's label over an address the site's e-mail guard hid
    assert furniture_rule("Contact: [email\u00a0protected]") == "contact note"
    assert 13 not in clean_text(raw_page("c2135-ngrbreakingnews-saudi-embassy-2024.txt")).kept_lines
    # heldout35 c2122 l.16: the label of other stories at a page's end
    assert TRAILER_PATTERNS["teaser of other stories"].match("More like this")
    assert 16 not in clean_text(raw_page("c2122-lovin-qatar-education-2022.txt")).kept_lines
    # sentences about a first publication, a contact or likeness are text
    assert furniture_rule("The report, first published in 2019, was cited by the envoy.") is None
    assert furniture_rule("Contact: the envoy met Taliban officials in Doha.") is None
    assert not TRAILER_PATTERNS["teaser of other stories"].match("More like this would help the talks.")


def test_a_canadian_members_label_with_party_and_riding_is_furniture():
    # heldout35 c2165 l.11: the label over a member's speech, which was joined to "Mr. Speaker, ..." under it
    assert furniture_rule("Patrick Brown Conservative Barrie, ON") == "member's label"
    kept = clean_text(raw_page("c2165-openparliament-afghanistan-motion-2008.txt")).kept_lines
    assert 11 not in kept and 13 in kept
    # the same labels on earlier sets: heldout4 c318 l.11, heldout21 c1316 l.11
    assert furniture_rule("Bryon Wilfert Liberal Richmond Hill, ON") == "member's label"
    assert furniture_rule("John Cannis Liberal Scarborough Centre, ON") == "member's label"
    # a sentence naming a member and a province is text
    assert furniture_rule("Patrick Brown Conservative Barrie, ON, spoke in favour.") is None
    assert furniture_rule("The Liberal member for Scarborough Centre, ON") is None
