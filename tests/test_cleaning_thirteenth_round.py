"""Rules of the thirteenth round, on what heldout14 lost and kept: each test takes its lines from labelled pages
(named in comments)."""

from analysis.text.cleaning import clean_text
from analysis.text.cleaning_check import CLEANING_SET
from analysis.text.cleaning_furniture import furniture_rule
from analysis.text.cleaning_rules import classify_line, is_name_caption


def test_a_speakers_thanks_to_the_chair_is_no_caption_naming_a_photos_subject():
    # heldout14 c898: the SRSG's statement to the Security Council, its closing words between two paragraphs
    assert not is_name_caption("Thank you, Madam President.")
    assert is_name_caption("Uzbek President Shavkat Mirziyoyev.")  # heldout c58's caption is one still
    before = "But before doing so, I would like on behalf of all of my Afghan colleagues to thank the Council."
    after = "My presentation, which will be short as the report has already been issued, will focus on security."
    raw = "\n\n".join(["Statement of the Special Representative", before, "Thank you, Madam President.", after])
    assert clean_text(raw).paragraphs == [before, "Thank you, Madam President.", after]


def test_lines_of_furniture_heldout14_kept_are_furniture_of_their_kind():
    lines = {
        # c875: a breadcrumb whose separators the extraction lost, ending on the title cut short
        "Home South African Dirco in talks with other countries to give South Africans a “lift”...": "navigation crumbs",
        # c872: a theme's empty menu
        "No menu items!": "page widget",
        # c874, c887: the source of a photo, with or without its value
        "* Image source: Zabihullah (Twitter account of the Taliban spokesperson)": "credit line",
        "Photo source:": "credit line",
        # c891: an agency's caption credit naming the photographer, the pool and the agency
        "State Department spokesman Ned Price speaks during a news conference at the State Department in Washington, "
        "D.C. on February 16, 2021. (ANDREW HARNIK/POOL/AFP via Getty Images)": "photo credit after a caption",
        # c911: a byline with its agency after a dash
        "By Huseyn Hasanov – Trend:": "byline",
        # c914: a forum thread closed to replies; c915: a prompt to comment and a share widget
        "Not open for further replies.": "comment form field",
        "Join the conversation in the comments!": "comment form field",
        "Like us on Facebook!": "share buttons",
        # c917: a scraper's note on the text it cut, and its link back to the page it copied
        "Content was cut in order to protect the source.Please visit the source for the rest of the article.": (
            "publisher's disclaimer"
        ),
        "Read the original article: History and the Recognition of the Taliban": "link to another story",
    }
    assert {line: furniture_rule(line) for line in lines} == lines


def test_lines_of_text_like_that_furniture_stay_text():
    # heldout10 c630: a credit in brackets after a sentence of text (a statement line, "credit glued")
    assert (
        furniture_rule("Moreover, the humanitarian crisis has spiked since aid has dried up. (Image source: Instagram)")
        is None
    )
    # heldout14 c864: a breadcrumb not cut short is left to the heading rule (no statement line of any labelled set
    # opens on "Home"); heldout2 c173, heldout4 c287: a section's name, or a headline opening "Home Office", neither
    assert furniture_rule("Home Current Affairs Taliban Threatens to Attack Korean") is None
    assert furniture_rule("Home Office slammed over ‘chaotic’ handling of Afghan refugee crisis") is None
    # heldout14 c919: thanks that open a reply in a transcript stay text
    assert not is_name_caption("Thanks Ned.")


def test_two_excerpts_cut_short_each_under_its_title_are_a_listing_even_under_a_question():
    # heldout14 c894: a think tank's project page, its name over two posts, each a title over an excerpt cut short
    first = (
        "On January 3, Taliban spokesman Zabiullah Mujahid announced his group planned to establish an office in Doha, "
        "Qatar to pursue negotiations with the United States and its allies. This potential step toward restarting the "
        "peace process in Afghanistan offers an opportunity for domestic and international players to identify..."
    )
    second = (
        "The Taliban’s establishment of a liaison office in Qatar may be the first step toward a negotiated political "
        "settlement to end the conflict in Afghanistan. Still, it is far from clear who these people speak for within "
        "the Quetta Shura movement, and moreover, who the Quetta Shura speaks for among the panoply of insurgent groups..."
    )
    title = "Afghan Government Will Not Accept Secondary Role in Talks with Taliban"
    parts = ["Afghanistan Project", title, first, "Can Taliban Leaders Bring Peace?", second, "Afghanistan Regions"]
    cleaned = clean_text("\n\n".join(parts))
    assert cleaned.paragraphs == [first]
    assert [step.rule for step in cleaned.steps if step.before == second] == ["next post on a listing page"]
    # one excerpt cut short under its title, after a first paragraph that is not, takes two posts after the text
    text = first.replace("to identify...", "to identify the terms.")
    kept = [text, "Can Taliban Leaders Bring Peace?", second]  # the question stays a sentence of the text
    assert clean_text("\n\n".join([title, *kept])).paragraphs == kept


def test_posts_each_a_title_over_a_day_and_month_over_its_lead_are_a_dated_listing():
    # heldout14 c884: an aggregator's category page of UN meetings coverage, three posts, newest first
    page = (CLEANING_SET / "raw" / "c884-24plusnews-category-afghanistan-p3.txt").read_text(encoding="utf-8")
    cleaned = clean_text(page)
    assert [classify_line(line) for line in ["16 Aug", "6 Aug", "22 Jun"]] == [("removed", "dateline")] * 3
    assert len(cleaned.paragraphs) == 1 and cleaned.paragraphs[0].startswith("In an emergency Security Council meeting")
    assert {step.line_no for step in cleaned.steps if step.rule == "next post on a listing page"} == {7, 11, 13, 17}
    # dates that go forward in time are a chronology of the text: its entries stay
    forward = page.replace("16 Aug", "16 Jun").replace("22 Jun", "22 Aug")
    assert len(clean_text(forward).paragraphs) == 3
