"""Rules of the thirty-ninth round, on what heldout40 lost and kept: each test takes its lines from labelled pages
(named in comments)."""

from analysis.text.cleaning import clean_text
from analysis.text.cleaning_check import raw_page
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
