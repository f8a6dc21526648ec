"""Rules of the twenty-seventh round, on what heldout28 lost and kept and on the furniture unseen sets kept: each test
takes its lines from labelled pages (named in comments)."""

from analysis.text.cleaning import clean_text
from analysis.text.cleaning_check import raw_page
from analysis.text.cleaning_rules import is_heading


def test_a_sentence_with_its_sources_date_glued_after_it_is_text():
    # heldout28 c1724: a biography site's paragraphs each end on the date of their source, in brackets, as eight figures
    line = (
        "The women representatives who attended the summit included Mahbooba Saraj, Huda Khamosh, Gul Ghotai Jasor,"
        " Masouda Karokhel, Shah Gul Rezai and Jamila Afghan. (20220121)"
    )
    assert not is_heading(line)
    assert 23 in clean_text(raw_page("c1724-afghanbios-taliban-delegation-norway-2022.txt")).kept_lines
    # eight figures that are no date, or a title with a year in brackets, stay as they were
    assert is_heading("Taliban Delegation in Oslo (2022)")
    assert is_heading("Kabul Talks. (12345678)")
