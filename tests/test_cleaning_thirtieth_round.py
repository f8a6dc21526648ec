"""Rules of the thirtieth round, on what heldout31 lost and kept: each test takes its lines from labelled pages
(named in comments)."""

from analysis.text.cleaning import CLAUSE_LEFT_OPEN, clean_text
from analysis.text.cleaning_check import raw_page
from analysis.text.cleaning_excerpts import excerpts_above_the_full_text
from analysis.text.cleaning_furniture import furniture_rule
from analysis.text.cleaning_repeats import titles_printed_again_cut_short, word_key
from analysis.text.cleaning_rules import is_broken_before

#: heldout31 c1915, lines 19 to 52: a senator's key excerpts, then the full text of the speech, which repeats them.
MURRAY_PAGE = "c1915-murray-senate-floor-drawdown-2011.txt"


def test_excerpts_printed_again_in_the_full_text_below_are_the_teaser():
    lines = raw_page(MURRAY_PAGE).splitlines()
    # the block: its label (19-20), three excerpts (22-36, the third not printed again: the page stops), the full
    # text's label (38-39); the full text from line 41 on stays
    assert excerpts_above_the_full_text(lines) == {19, 20, *range(22, 26), *range(27, 31), *range(32, 37), 38, 39}
    kept = clean_text(raw_page(MURRAY_PAGE)).kept_lines
    assert {41, 42, 43, 45, 46, 47, 48, 52} <= kept and not set(range(19, 40)) & kept


def test_labels_of_excerpts_and_of_the_full_text_stay_when_no_excerpt_is_printed_again():
    # heldout31 c1915's labels and its third excerpt, which the full text below does not print again
    page = [
        "Key excerpts from",
        "Senator Murray’s speech:",
        "",
        "“Mr.",
        "President—far too many of our servicemembers have sacrificed life and limb",
        "overseas—and we must honor them and their sacrifices by making sure we take",
        "",
        "The full text of",
        "Senator Murray’s speech appears below:",
        "",
        "“Mr.",
        "President, tonight we are going to hear from President Obama about his plans",
        "for changes to troop levels in Afghanistan",
    ]
    assert excerpts_above_the_full_text(page) == set()
    # a label of the full text alone announces the text (heldout31 c1885, labelled a statement line)
    assert excerpts_above_the_full_text(["The following is the full text of the interview:", "", *page[10:]]) == set()


def test_a_quotation_opened_on_one_word_runs_on_into_the_next_line():
    # heldout31 c1915 l.51-52: the speech's paragraph opens its quotation on a line of one word
    assert is_broken_before("“But", "Mr. President, with all of the talk", hard_wrapped=True, adjacent=True)
    kept = clean_text(raw_page(MURRAY_PAGE)).kept_lines
    assert {51, 52} <= kept
    # heldout29 c1770 l.7-8: a wire story's quotation cut after its first word, its next paragraph right under it
    assert is_broken_before(
        '"While', "Facing a presidential election next year, the Afghan leader is under", adjacent=True
    )
    # with a blank line between, a quoted word alone is no broken line (a title in quotes may stand so)
    assert not is_broken_before("“But", "Mr. President, with all of the talk", hard_wrapped=True, adjacent=False)
    assert not is_broken_before("“But”", "Mr. President, with all of the talk", adjacent=True)  # the quotation closed


def test_login_prompts_a_comment_policy_a_loading_note_and_a_feeds_note_are_furniture():
    # heldout31 c1880: the login prompt under a news story
    assert furniture_rule("Create a free PG account.") == "account dialog"
    assert furniture_rule("Already have an account?") == "account dialog"
    assert furniture_rule("Create an account to keep reading the talks in Doha.") is None  # a sentence goes on
    # heldout31 c1888: the comment policy and the comment box's loading note
    assert furniture_rule("Before you submit, read our comment policy. Send your Feedback.") == (
        "comment policy or story prompt"
    )
    assert furniture_rule("Loading ...") == "note of content that did not load"
    # heldout31 c1896: a copy's note on the feed it came from
    note = "(This story has been published from Such TV feed, without modifications to the text)"
    assert furniture_rule(note) == "publisher's disclaimer"


def test_a_members_biography_and_a_document_viewers_comment_prompt_are_furniture():
    # heldout31 c1938 l.15: the biography at the foot of a congressman's press release
    bio = (
        "Congressman Roger Williams represents the 25th Congressional District of Texas and serves as a member of the"
        " House Committee on Financial Services and as Vice-Ranking Member of the House Small Business Committee."
    )
    assert furniture_rule(bio) == "member's biography"
    # a sentence of a speech that says whom a senator stands for goes on differently (heldout31 c1915's senator)
    assert furniture_rule("Senator Murray represents a state with thousands of servicemembers.") is None
    # heldout31 c1930 l.15: a document viewer's note over the report it shows
    note = (
        "This document is posted to help you gain knowledge. Please leave a comment to let me know what you think"
        " about it! Share it to your friends and learn new things together."
    )
    assert furniture_rule(note) == "subscription or comment prompt"


def test_a_long_title_printed_again_cut_short_is_a_repeat():
    # heldout31 c1927: the title, then twice again, with its date and then without its date
    kept = clean_text(raw_page("c1927-pmindiaun-hrc52-statement-2023.txt")).kept_lines
    assert not {3, 5} & kept and {9, 11} <= kept
    texts = raw_page("c1927-pmindiaun-hrc52-statement-2023.txt").splitlines()[:5:2]
    assert titles_printed_again_cut_short(texts, [word_key(text) for text in texts]) == {1, 2}  # both open line 1


def test_the_pages_last_line_leaving_a_clause_open_in_brackets_is_text_cut_off():
    # heldout31 c1916: a PDF viewer's preview stops in the agreement's first sentence, under its heading "Preamble"
    cleaned = clean_text(raw_page("c1916-pdfslide-bsa-agreement-pdf-2014.txt"))
    assert cleaned.paragraphs[-1] == "The Islamic Republic of Afghanistan (hereinafter, “Afg"
    assert "Preamble" in cleaned.headings
    # a bracket left open with no clause in it is no sentence (heldout31 c1930 l.54, a journal's name cut off)
    assert not CLAUSE_LEFT_OPEN.search("Presidential Studies Quarterly (ISSN")
