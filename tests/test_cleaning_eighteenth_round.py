"""Rules of the eighteenth round, on what heldout19 lost and kept: each test takes its lines from labelled pages
(named in comments)."""

from analysis.text.cleaning import clean_text
from analysis.text.cleaning_check import raw_page


def test_one_word_and_its_comma_under_a_sections_heading_at_the_pages_end_is_a_sentence_cut_off():
    # heldout19 c1183: text, a section's heading, then the excerpt stops after the first word of its sentence
    cleaned = clean_text(raw_page("c1183-technicalgurujipro-blinken-taliban-2021.txt"))
    assert cleaned.headings[-1] == "Had also met Foreign Secretary Harsh Vardhan Shringla"
    assert cleaned.paragraphs[-1] == "Recently,"
    assert 15 in cleaned.kept_lines
