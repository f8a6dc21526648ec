"""Rules of the forty-eighth round, on what heldout49 lost and kept: each test takes its lines from labelled pages
(named in comments)."""

from analysis.text.cleaning import clean_text
from analysis.text.cleaning_check import raw_page
from analysis.text.cleaning_trailers import is_title_question


def kept(name: str) -> set[int]:
    return clean_text(raw_page(name)).kept_lines


def test_a_comment_count_under_a_title_that_asks_a_question_starts_no_trailer():
    # heldout49 c2984: l.1 the title, a question; l.3 "No Comments" (furniture); l.5 and l.7 the text (statement);
    # l.11 "Previous Post" and what follows (furniture)
    lines = kept("c2984-hidayattv-mofa-rejects-unsc-report.txt")
    assert {5, 7} <= lines
    assert not {3, 11, 12, 13, 14, 16, 18, 25} & lines
    assert is_title_question("Why Taliban Rejects UNSC Report Alleging Presence of Foreign Terrorists?")
    # a question in sentence case is text (heldout22 c1031 l.13), and so is a speaker's short question
    assert not is_title_question("Can the minister update the Senate on the evacuation of Australians?")
    assert not is_title_question("MS NAUERT: Pardon me, sir?")
