"""Rules of the seventeenth round, on what heldout18 lost and kept: each test takes its lines from labelled pages
(named in comments)."""

from analysis.text.cleaning import clean_text
from analysis.text.cleaning_check import CLEANING_SET
from analysis.text.cleaning_furniture import furniture_rule
from analysis.text.cleaning_trailers import TRAILER_PATTERNS

PAGES = CLEANING_SET / "raw"


def page_text(name: str) -> str:
    """The raw text of a labelled page."""
    return (PAGES / name).read_text(encoding="utf-8")


def test_a_readers_comment_opens_with_its_name_and_said_or_its_age():
    # heldout18 c1117: a blog's comments each open on "NAME said..."; c1115: a news site's on "NAME N years ago"
    comment = TRAILER_PATTERNS["reader's comment"]
    assert comment.match("Steve V said...") and comment.match("The Mound of Sound said...")
    assert comment.match("uncleandyt 7 years, 7 months ago")
    # a sentence that reports what someone said, or when, is no comment's head (heldout18 c1115, c1117's text)
    assert not comment.match("“We have been talking to the Taliban as countryman to countryman,” Karzai said.")
    assert not comment.match("The talks began two years ago")
    cleaned = clean_text(page_text("c1117-moundofsound-karzai-not-threat-2007.txt"))
    assert not any(paragraph.startswith(("Steve V", "If they are not at threat")) for paragraph in cleaned.paragraphs)
    assert ("reader's comment", "Steve V said...") in [(step.rule, step.before) for step in cleaned.steps]
    cleaned = clean_text(page_text("c1115-ljworld-karzai-confirms-talks-2010.txt"))
    assert cleaned.paragraphs[-1] == "The 70-member panel was created by Karzai to guide peace negotiations."


def test_a_note_that_commenting_is_disabled_is_a_comment_forms():
    # heldout18 c1115: "Commenting has been disabled for this item." (tune c171 "Comments are closed here." as before)
    assert furniture_rule("Commenting has been disabled for this item.") == "comment form"
    assert furniture_rule("Comments are closed here.") == "comment form"
    assert furniture_rule("Commenting on the talks, the minister said they had been disabled by the attack.") is None
