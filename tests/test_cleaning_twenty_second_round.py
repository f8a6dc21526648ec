"""Rules of the twenty-second round, on what heldout23 lost and kept: each test takes its lines from labelled pages
(named in comments)."""

from analysis.text.cleaning import clean_text
from analysis.text.cleaning_check import raw_page
from analysis.text.cleaning_furniture import furniture_rule
from analysis.text.cleaning_lists import addressees_above_salutations
from analysis.text.cleaning_repeats import gallery_captions, word_key
from analysis.text.cleaning_rules import normalise_spacing

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


def test_furniture_any_site_may_print():
    # heldout23: a site's e-mail address hidden from robots (c1403, a Joomla site's footer), an aggregator's legal
    # disclaimer (c1420), a site's appeal to its readers for small gifts (c1433)
    hidden = "  •   Email: This email address is being protected from spambots. You need JavaScript enabled to view it."
    assert furniture_rule(normalise_spacing(hidden)) == "contact note"
    disclaimer = raw_page("c1420-menafn-kuna-us-auaf-attack-2016.txt").splitlines()[13]
    assert disclaimer.startswith("MENAFN provides the information “as is” without warranty of any kind.")
    assert furniture_rule(disclaimer) == "publisher's disclaimer"
    assert furniture_rule("Just $5 from everyone reading this would do it.") == "subscription or comment prompt"
    for page, line_no in [
        ("c1403-castlejournal-iran-panjshir-2021.txt", 28),
        ("c1420-menafn-kuna-us-auaf-attack-2016.txt", 14),
        ("c1433-votesmart-buchanan-troops-2009.txt", 25),
    ]:
        assert line_no not in clean_text(raw_page(page)).kept_lines
    # a sentence of text about money and readers, or about information given as it is, is no furniture
    assert furniture_rule("$5 million from donors will fund the schools, the minister said.") is None
    assert furniture_rule("The ministry provides the information as it receives it from the provinces.") is None
