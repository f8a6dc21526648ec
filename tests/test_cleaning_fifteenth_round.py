"""Rules of the fifteenth round, on what heldout16 lost and kept: each test takes its lines from labelled pages
(named in comments)."""

from analysis.text.cleaning import clean_text
from analysis.text.cleaning_check import raw_page
from analysis.text.cleaning_furniture import furniture_rule
from analysis.text.cleaning_rules import is_broken_before


def test_a_record_line_opening_on_the_speakers_name_runs_on():
    # heldout16 c1030: the Congressional Record wraps the speech at a fixed width; its first line opens on the
    # speaker's name in capitals, which made it read like a title (6 of 10 words capitalised)
    first = "Mr. VAN HOLLEN. Mr. President, I voted against the motion to table"
    following = "Senator Paul's amendment to the National Defense Authorization Act not"
    assert is_broken_before(first, following, hard_wrapped=True, adjacent=True)
    cleaned = clean_text(raw_page("c1030-govinfo-crec-vanhollen-2020.txt"))
    assert cleaned.paragraphs[0].startswith(
        "Mr. VAN HOLLEN. Mr. President, I voted against the motion to table Senator"
    )
    assert cleaned.headings[-2:] == ["NATIONAL DEFENSE AUTHORIZATION ACT", "____________________"]


def test_german_lines_of_a_speech_broken_at_a_fixed_width_run_on():
    # heldout16 c1038: a Bundestag record; German capitalises its nouns, so that a speech's lines read like titles
    # by their capitals; one goes on past an exclamation, one holds a reference's figures
    assert is_broken_before("Guten Morgen, liebe Kolleginnen und Kollegen! Die", "Sitzung ist eröffnet.", True, True)
    assert is_broken_before(
        "Die heutige Sitzung habe ich gemäß Art. 39 Abs. 3",
        "Satz 3 des Grundgesetzes in Verbindung mit § 21 Abs. 2",
        hard_wrapped=True,
        adjacent=True,
    )
    cleaned = clean_text(raw_page("c1038-opendiscourse-bundestag-isaf-2005.txt"))
    assert "Guten Morgen, liebe Kolleginnen und Kollegen! Die Sitzung ist eröffnet." in cleaned.paragraphs
    assert (
        "Die heutige Sitzung habe ich gemäß Art. 39 Abs. 3 Satz 3 des Grundgesetzes in Verbindung mit § 21 Abs. 2 "
        "der Geschäftsordnung auf Verlangen der Fraktionen einberufen." in cleaned.paragraphs
    )
    assert cleaned.paragraphs[-1].startswith("Herr Präsident! Liebe Kolleginnen und Kollegen! Zur Debatte und")
    # the agenda item's title over its text stays a heading; so do the committees the motion is referred to
    assert not is_broken_before(
        "Beratung des Antrags der Bundesregierung",
        "Fortsetzung der Beteiligung bewaffneter deutscher Streitkräfte an dem Einsatz einer Internationalen "
        "Sicherheitsunterstützungstruppe in",
        hard_wrapped=True,
        adjacent=True,
    )
    assert "Beratung des Antrags der Bundesregierung" in cleaned.headings
    assert {"Rechtsausschuss", "Verteidigungsausschuss", "Haushaltsausschuss gemäß § 96 GO"} <= set(cleaned.headings)


def test_an_archive_pages_title_with_its_page_number_is_furniture_and_its_first_post_the_text():
    # heldout16 c1019: a statements archive's title, numbered, was read as the listing's first post, so that the
    # first post's excerpt (cut off with "[…]") went with the next posts
    title = "Statements Archives - Page 20 of 24 - Islamic Emirate of Afghanistan, Исламский Эмират Афганистан."
    assert furniture_rule(title) == "page number of a listing"
    cleaned = clean_text(raw_page("c1019-alemarahenglish-statements-archive-2017.txt"))
    assert len(cleaned.paragraphs) == 1 and cleaned.paragraphs[0].startswith("Tree plantation plays an important role")
    assert cleaned.headings[-1] == "Special Message by Leader of Islamic Emirate regarding Tree Plantation"
    # a sentence that names a page of a report is text
    assert furniture_rule("The figures are given on page 12 of 40 of the report.") is None


def test_lines_of_furniture_heldout16_kept_are_furniture_of_their_kind():
    lines = {
        # c981: a picture's alt text stamped with its date in figures, as the BBC printed it over each caption
        "Rally calling for release of hostages and end to South Korean military mission in Afghanistan - 22/07/2007": (
            "dated headline"
        ),
        # c990: a share button closed by a full stop
        "Share.": "share buttons",
        # c1003: a link to another story, its headline after "READ MORE"; heldout13 c832: to the site it came from
        "READ MORE The15-year-old girl that killed two taliban fighters while carrying an AK47 rifle to protect herself "
        "and sister": "link to another story",
        "Read more at The National Interest": "link to another story",
        # c1034: a prompt to read on elsewhere
        "To know more, please read:": "link prompt",
        # c1035: a forum topic's counts and its last update (the forum half translated into Croatian)
        "• This topic has 0 odgovora, 1 glas, and was last updated prije 11 years, 3 months by Anonimno. This post has "
        "been viewed 686 times": "comment form field",
        # c1038: the number of an interjection left in its place
        "({2})": "note marker",
        # c995: a caption credited to an agency in square brackets, via an archive
        "Special Envoy Mutlaq Al-Qahtani said it included both agenda items for negotiators, as well as a time frame "
        "ending ahead of Washington's September 11th withdrawal date [Anadolu Agency via Getty]": (
            "photo credit after a caption"
        ),
    }
    assert {line: furniture_rule(line) for line in lines} == lines


def test_lines_of_text_like_that_furniture_stay_text():
    # statement lines of labelled pages that hold a number in brackets, or a date in figures, inside a sentence
    text = [
        # tune c13: a resolution's year in brackets
        "As stated in the UNSC resolution 2513 (2020), we do not support the restoration of the Islamic Emirate and "
        "we call on the Government of the Islamic Republic and the High Council for National Reconciliation to engage "
        "openly with their Taliban counterparts regarding a negotiated settlement.",
        # heldout16 c1038: interjections' numbers inside a line of the motion's title
        "Grundlage der Resolutionen 1386 ({4}) vom",
    ]
    assert [furniture_rule(line) for line in text] == [None, None]


def test_a_caption_broken_over_lines_goes_with_its_first_line():
    # heldout16 c983: China Daily wraps the page at about 80 characters, the caption over its picture too; the line
    # rules took its opening line, and its next five lines, starting in lower case, were joined as a paragraph
    cleaned = clean_text(raw_page("c983-chinadaily-korea-hostages-2007.txt"))
    carried = [step.line_no for step in cleaned.steps if step.rule == "photo caption broken over lines"]
    # its last line ends on the agency's credit in square brackets; it opens in lower case, so it goes as the caption
    # carried on (the seventeenth round: a credit after a caption is furniture on its own only on a line opening on a
    # capital)
    assert carried == [2, 3, 4, 5, 6]
    assert cleaned.paragraphs[0].startswith("SEOUL,-- South Korea is in contact with the Taliban")
    # the caption ends on its credit in brackets: the text under the separator below it stays
    assert not {9, 10, 11} & set(carried) and {9, 10, 11} <= cleaned.kept_lines


def test_a_second_title_naming_its_source_after_a_bar_opens_the_next_post():
    # heldout16 c1000: an aggregator's tag page, each post a title naming its source after a bar over one excerpt
    cleaned = clean_text(raw_page("c1000-thevotingnews-tag-karzai-2014.txt"))
    assert len(cleaned.paragraphs) == 1 and cleaned.paragraphs[0].startswith("Afghan presidential rivals Ashraf Ghani")
    assert [step.line_no for step in cleaned.steps if step.rule == "next post on a listing page"] == [5, 7, 9, 11]
    # a page whose title names no source so opens no post at a later title with a bar: the byline of heldout c06's
    # reposted article ("APP | Naveed Siddiqui | Dawn.com") stays a line of furniture only
    forum = clean_text(raw_page("c06-defencepk-oic-summit-forum.txt"))
    assert not [step for step in forum.steps if step.rule == "next post on a listing page"]
