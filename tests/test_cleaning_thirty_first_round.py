"""Rules of the thirty-first round, on what heldout32 lost and kept: each test takes its lines from labelled pages
(named in comments)."""

from analysis.text.cleaning import clean_text
from analysis.text.cleaning_check import raw_page
from analysis.text.cleaning_furniture import furniture_rule
from analysis.text.cleaning_rules import NAMED_SALUTATION, is_heading

#: heldout32 c1985: a mayors' statement whose first paragraph opens on its date and a dash.
MAYORS_PAGE = "c1985-mayorsmigrationcouncil-mayors-2021.txt"


def test_one_paragraph_that_opens_on_its_date_is_no_listing():
    # heldout32 c1985 l.4: "26 August 2021 – Today, mayors and organizations ..." has a listing entry's shape, but it
    # is the only one on the page: the text opens on its date, and the paragraphs after it (5, 6, 8, 9) are its own
    cleaned = clean_text(raw_page(MAYORS_PAGE))
    assert {4, 5, 6, 8, 9} <= cleaned.kept_lines
    assert not [step for step in cleaned.steps if step.rule == "next post on a listing page"]
    # the date is still cut off the paragraph, as off a listing's entry
    assert any(paragraph.startswith("Today, mayors and organizations") for paragraph in cleaned.paragraphs)
    # two entries of that shape are a listing: the first is the statement, the second opens the next post (c23)
    raw = (
        "Press releases\n\n"
        "  • 20 Jun 2016 - KABUL, 20 June 2016 – The UN Assistance Mission in Afghanistan expresses grave concern.\n"
        "  • 10 Jun 2016 - KABUL - On behalf of the United Nations in Afghanistan, I condemn the attack.\n"
    )
    assert clean_text(raw).paragraphs == ["The UN Assistance Mission in Afghanistan expresses grave concern."]
    # one entry set out on a bullet after the text is a listing's item still (test_cleaning_rules: a next post)
    raw = "UNAMA condemns the attack.\n• 10 Jun 2016 - KABUL - On behalf of the United Nations, I condemn the attack\n"
    assert clean_text(raw).paragraphs == ["UNAMA condemns the attack."]


def test_a_full_text_said_to_be_available_here_is_a_link_prompt_however_long_its_name():
    # heldout32 c1985 l.7: the full text's name runs to 42 characters before "available"
    line = "The full text of the statement and list of signers is available here and included below:"
    assert furniture_rule(line) == "link prompt"
    assert 7 not in clean_text(raw_page(MAYORS_PAGE)).kept_lines
    # heldout15 c974 l.18, as before
    assert furniture_rule("Full report is available here.") == "link prompt"


def test_an_emails_first_name_and_double_dash_is_its_salutation():
    # heldout32 c1986 l.5: a campaign's e-mail opens "John --" above its text
    assert NAMED_SALUTATION.match("John --")
    assert 5 in clean_text(raw_page("c1986-politicalemails-taliban-2021.txt")).kept_lines
    # a source's name before one dash (heldout11 c736 "IANS -"), a news agency's (heldout4 c289 "CNN — ") stay out
    assert not NAMED_SALUTATION.match("IANS -") and not NAMED_SALUTATION.match("CNN —")


def test_a_short_lead_in_to_a_quotation_is_text_not_a_kicker():
    # heldout32 c1948 l.10: a blogger's lead-in over the wire's quotation, written like a title ("CP 24" a name)
    assert not is_heading("CP 24 reports:") and not is_heading("The IFJ said:")
    assert 10 in clean_text(raw_page("c1948-timeinmoments-category-harper-2009.txt")).kept_lines
    # a kicker stays one (is_heading's own "President Ghani:"), and so does an editor's lead-in to a guest's piece (heldout26
    # c1639 l.3, labelled furniture)
    assert is_heading("President Ghani:") and is_heading("Bishop Lull writes:")


def test_prompts_to_comment_subscribe_download_and_read_on_are_furniture():
    # heldout32 c1953 l.5, c1942 l.22, c1982 l.3, c1998 l.13
    assert furniture_rule('Be the first to comment on "Qahtani: Qatar hosted Taliban ‘at request of US government’"')
    line = "For more news, be the first to receive our newsletter straight to your inbox!"
    assert furniture_rule(line) == "newsletter, petition or archive prompt"
    assert furniture_rule("Download a PDF of the open letter to the Afghan Diaspora in your language:") == "link prompt"
    assert furniture_rule("Read the rest of the story on the governor's Medium page.") == "page widget"
    assert 13 not in clean_text(raw_page("c1998-governorwa-welcome-2021.txt")).kept_lines
    # sentences of text that share their words stay
    assert not furniture_rule("They were the first to comment on the deal, and the first to receive the envoy.")
    assert not furniture_rule("Read the rest of the report before you judge the talks, the minister said.")


def test_a_news_sites_line_a_byline_with_text_size_buttons_and_a_press_offices_numbers_are_furniture():
    # heldout32 c1946 l.3 (its teaser, l.8, then goes as the text's repeat), c1963 l.5, c1978 l.26
    masthead = "Get the latest news from around the world, live coverage, off-beat stories, features and analysis."
    assert furniture_rule(masthead) == "masthead"
    assert not {3, 8} & clean_text(raw_page("c1946-rian-ahmadi-korea-embassy-2007.txt")).kept_lines
    assert furniture_rule("Saturday, May 14, 2016,13:58 IST By Metrovaartha A A A") == "byline"
    contacts = (
        "Tel: +93 (0)799 51 1155 - Mobile: 0093 (0) 799 55 8291 pressoffice@hq.isaf.nato.int - www.nato.int/isaf/"
    )
    assert furniture_rule(contacts) == "contact note"
    # a sentence that only tells of the news stays: the prompt opens its line
    assert not furniture_rule("Afghans get the latest news from radio stations in the provinces.")
