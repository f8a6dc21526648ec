"""Rules of the fifty-third round, on what heldout54 kept: each test takes its lines from labelled pages (named in
comments)."""

from analysis.text.cleaning import clean_text
from analysis.text.cleaning_check import raw_page
from analysis.text.cleaning_lists import is_list_of_numbers
from analysis.text.cleaning_noise import printed_over_and_over
from analysis.text.cleaning_rules import classify_line


def kept(name: str) -> set[int]:
    return clean_text(raw_page(name)).kept_lines


def test_a_list_of_bare_numbers_under_a_label_is_a_rating_widget():
    # heldout54 c3311 l.1 "Thread Rating:", l.2 "• 0 Vote(s) - 0 Average", l.3-7 "• 1" ... "• 5" (furniture) over the
    # forum's thread; the report the thread quotes (l.16-21, statement) stays
    lines = kept("c3311-deeppoliticsforum-miliband-taliban-role.txt")
    assert not set(range(1, 8)) & lines and set(range(16, 22)) <= lines
    # heldout52 c3188 l.33-37, the same scale without a label (furniture), went already and still goes
    assert not set(range(33, 38)) & kept("c3188-siteua-guterres-afghanistan-out-of-control.txt")
    assert is_list_of_numbers(["0 Vote(s) - 0 Average", "1", "2", "3", "4", "5"])
    # a list of the text's points with a number among them is the text's
    assert not is_list_of_numbers(["Women and girls", "12", "Education"])


def test_a_word_or_phrase_printed_over_and_over_is_furniture():
    # heldout54 c3315 l.1 "Amnesty IconsAmnesty Icons..." (an icon's name for every icon, furniture), and under it the
    # site's motto, "Actuamos por los derechos humanos" / "en todo el mundo" (l.2-3, furniture), now read as the heading
    # it is; the title (l.5) and the text (l.7, statement) stay as they were
    lines = kept("c3315-esamnesty-taliban-attack-un-guesthouse-2009.txt")
    assert not {1, 2, 3} & lines and 7 in lines
    # heldout22 c1390 l.1 "image image image image image" and heldout53 c3237 l.2 "Аа Аа Аа Аа Аа" (furniture) go too
    assert printed_over_and_over("image image image image image")
    assert printed_over_and_over("Аа Аа Аа Аа Аа")
    # a line of text says its words in turn
    assert not printed_over_and_over("Allahu Akbar, Allahu Akbar, the crowd chanted as the convoy passed.")
    # nor does a sentence that says one word over and over (a test corpus's "War war war ... war."): it closes as one
    assert not printed_over_and_over("War war war war war war war war war war.")


def test_a_photographer_s_credit_closing_a_caption_s_line_is_furniture():
    # heldout54 c3311 l.14 "... November 17, 2009. – Photo by Reuters." (furniture) above the report (l.16, statement)
    lines = kept("c3311-deeppoliticsforum-miliband-taliban-role.txt")
    assert 14 not in lines and 16 in lines
    # heldout26 c1635 l.3 "...Afghanistan.Photo by U.S. Marine Corps Sgt. Samuel Ruiz - Public Domain" and l.1, the same
    # caption with its credit in brackets after its last sentence (furniture); the text (l.5, statement) stays
    lines = kept("c1635-pcusa-stated-clerk-afghanistan-2021.txt")
    assert not {1, 3} & lines and 5 in lines
    # heldout29 c1815 l.3, heldout30 c1860 l.67, heldout36 c2223 l.14, heldout37 c2246 l.9 (furniture)
    assert 3 not in kept("c1815-catholicunion-church-leaders-afghanistan-2021.txt")
    assert 67 not in kept("c1860-vdocuments-feinstein-humanitarianism-2012.txt")
    assert 14 not in kept("c2223-issuu-neu-educate-appeal-2021.txt")
    assert 9 not in kept("c2246-usapatriotism-obama-drawdown-2011.txt")
    assert classify_line("June 22, 2011. White House photo by Chuck Kennedy |")
    # in brackets inside a sentence the credit closes a line of the text: heldout6 c427 l.12 (statement)
    assert 12 in kept("c427-lawsdocbox-sigar-quarterly.txt")
    # a line opening in lower case carries on a sentence of the text
    assert classify_line("was shown a photo by the reporters") is None
