"""Rules of the twenty-second round, on what heldout23 lost and kept: each test takes its lines from labelled pages
(named in comments)."""

from analysis.text.cleaning import clean_text
from analysis.text.cleaning_check import raw_page
from analysis.text.cleaning_lists import addressees_above_salutations
from analysis.text.cleaning_repeats import gallery_captions, word_key

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


def test_the_captions_of_a_photo_gallery_under_its_repeated_credit_are_furniture():
    # heldout23 c1442: an embassy's page prints each photo's credit, then its caption, four times over
    credit = "M. Rankin Photography"
    texts = [
        "The Embassy of Afghanistan celebrates the 93rd Anniversary of the Restoration of Independence of Afghanistan",
        credit,
        "Ambassador Hakimi addresses the audience at the National Day celebration.",
        credit,
        "Under Secretary Kennedy delivers his remarks to guests.",
        credit,
        "Ambassador Hakimi shows Secretary and Mrs. LaHood the wide assortment of Afghan rugs on display.",
    ]
    assert gallery_captions(texts, [word_key(text) for text in texts]) == {2, 4, 6}
    cleaned = clean_text(raw_page("c1442-embassyofafghanistan-93rd-independence-2012.txt"))
    assert not {5, 9, 13, 17} & cleaned.kept_lines
    assert {24, 26, 28, 30} <= cleaned.kept_lines and cleaned.paragraphs[0].startswith("WASHINGTON—Ambassador Hakimi")
    # a credit printed twice makes no gallery: the line after it may be the text
    assert not gallery_captions(texts[:5], [word_key(text) for text in texts[:5]])
