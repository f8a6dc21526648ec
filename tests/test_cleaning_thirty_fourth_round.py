"""Rules of the thirty-fourth round, on what heldout35 lost and kept: each test takes its lines from labelled pages
(named in comments)."""

from analysis.text.cleaning import clean_text
from analysis.text.cleaning_check import raw_page
from analysis.text.cleaning_heading_units import is_heading_unit
from analysis.text.cleaning_rules import OPENING_INVOCATION


def test_an_invocation_with_an_epithet_before_the_name_opens_the_text():
    # heldout35 c2166 l.5: a joint statement opens on the invocation, with "Almighty" before the name
    assert OPENING_INVOCATION.match("In the name of Almighty Allah")
    assert not is_heading_unit("In the name of Almighty Allah", "In the name of Almighty Allah", 2, 9, False, False)
    assert 5 in clean_text(raw_page("c2166-cshrn-womensday-2010.txt")).kept_lines
    # the plain invocation still opens the text; a sentence about a name is no invocation
    assert OPENING_INVOCATION.match("In the name of God, the Most Gracious, the Most Merciful")
    assert not OPENING_INVOCATION.match("In the name of the Almighty Taliban leadership council")
