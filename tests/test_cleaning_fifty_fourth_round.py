"""Rules of the fifty-fourth round, on what heldout55 kept and lost: each test takes its lines from labelled pages (named
in comments)."""

from analysis.text.cleaning import clean_text
from analysis.text.cleaning_check import raw_page
from analysis.text.cleaning_heading_units import ROOM_SALUTATION


def kept(name: str) -> set[int]:
    return clean_text(raw_page(name)).kept_lines


def test_a_salutation_of_several_addressees_ending_on_the_room_s_is_text():
    # heldout55 c3346 l.8 "Dear Ambassador Adam Hałaciński, Dear Secretary General Ms. Helga Schmid, Dear Ambassador
    # Vilawan Mangklatanakul, Distinguished Ambassadors, Excellencies, Esteemed Partners, Ladies and Gentlemen" (statement,
    # without its comma) under the speech's title and venue (l.6-7, set aside), over the speech (l.9, statement)
    lines = kept("c3346-afghanistanvienna-mission-osce-statement-2023.txt")
    assert {8, 9} <= lines and 7 not in lines
    # the salutations with their comma that open many speeches (heldout4 c317 l.10, heldout17 c1084 l.9) have the shape
    assert ROOM_SALUTATION.match("Excellencies, ladies and gentlemen")
    assert ROOM_SALUTATION.match("Dear colleagues, dear friends")
    # a title or a line of text that only opens on "Dear" is not one
    assert not ROOM_SALUTATION.match("Dear Friends of Afghanistan")
    assert not ROOM_SALUTATION.match("Dear colleagues, the meeting is postponed")
