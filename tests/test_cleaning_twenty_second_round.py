"""Rules of the twenty-second round, on what heldout23 lost and kept: each test takes its lines from labelled pages
(named in comments)."""

from analysis.text.cleaning import clean_text
from analysis.text.cleaning_check import raw_page
from analysis.text.cleaning_lists import addressees_above_salutations

LETTER_PAGE = "c1455-akiseu-open-letter-guterres-2021.txt"


def test_a_letters_one_addressee_and_inside_address_above_its_salutation_are_the_letters_words():
    # heldout23 c1455: an open letter's addressee by name and rank, its address on two lines, then "Dear ..."
    texts = [
        "Open letter to United Nations Secretary-General H.E. Mr. António Guterres",
        "His Excellency Mr. Antonio Guterres Secretary-General",
        "United Nations Headquarters",
        "New York City",
        "Dear Mr. Secretary-General,",
    ]
    assert addressees_above_salutations(texts) == {1, 2, 3}
    cleaned = clean_text(raw_page(LETTER_PAGE))
    assert {3, 4, 5, 6, 7} <= cleaned.kept_lines
    assert cleaned.paragraphs[0] == "His Excellency Mr. Antonio Guterres Secretary-General"
    assert cleaned.headings == ["Open letter to United Nations Secretary-General H.E. Mr. António Guterres"]
    # without a salutation under it, a name with an address is an author block; the page's first line is its title
    assert not addressees_above_salutations(texts[:4])
    assert not addressees_above_salutations(texts[1:])
