"""Rules of the fourteenth round, on what heldout15 lost and kept: each test takes its lines from labelled pages
(named in comments)."""

from analysis.text.cleaning import clean_text
from analysis.text.cleaning_check import CLEANING_SET
from analysis.text.cleaning_furniture import furniture_rule
from analysis.text.cleaning_rules import classify_line, is_heading, normalise_spacing

PAGES = CLEANING_SET / "raw"


def page_lines(name: str) -> list[str]:
    """The raw lines of a labelled page, numbered from 1 (index 0 is empty)."""
    return ["", *(PAGES / name).read_text(encoding="utf-8").split("\n")]


def test_lines_of_furniture_heldout15_kept_are_furniture_of_their_kind():
    lines = {
        # c931: the head of a theme's comment section; c949: a comment service's credit
        "Discussion about this post": "comment form field",
        "comments powered by HyperComments": "comment form field",
        # c933: a short link's label (as spacing leaves it); c937: a site builder's skip link
        normalise_spacing("Short link :"): "page widget",
        "bottom of page": "page widget",
        # c935: an empty list of tags with its count
        "No tags 0": "tags",
        # c954: a mailing service's header and its note on the update it sends
        "U.S. Department of Defense sent this bulletin at 03/09/2013 02:14 PM ESTYou are subscribed to News "
        "Transcripts for U.S. Department of Defense.": "newsletter, petition or archive prompt",
        "This information has recently been updated, and is now available.": "update note",
        # c957: a transcript's public contact, its web address and telephone number; c959: a press contact
        "Public contact:": "contact note",
        "http://www.dod.mil/faq/comment.html": "web address",
        "or +1 (703) 428-0711 +1": "contact note",
        "For further media enquiries, contact media@savethechildren.org.uk, +44 7831 650409": "contact note",
        # c974: a link prompt to a report
        "Full report is available here.": "link prompt",
        # c977: an editor's note placing the essay in a series
        "This piece is part of 19A: The Brookings Gender Equality Series. In this essay series, Brookings scholars, "
        "public officials, and other subject-area experts examine the current state of gender equality.": "series note",
        # c968: a parliament site's photo of the speaker with name and office (longer than the 80 characters allowed)
        "Photo of Marise PayneMarise Payne (NSW, Liberal Party, Minister for Foreign Affairs) Share this | | Hansard "
        "source": "photo caption or credit",
        # c921: a caption ending on its place and date after "on"; c925: on its date and the agency, bare
        "A Taliban fighter talks on a walkie-talkie in front of a mural in Kabul on August 17, 2021": (
            "line ending on a place and date"
        ),
        "An Afghan soldier stands in a military vehicle on a street in Kabul, Afghanistan, August 15, 2021 Reuters": (
            "photo credit after a caption"
        ),
        # c964: a linked-data record's table of properties, row by row
        "Predicate | Value (sorted: default) |": "row of a table of fields",
        "rdf:type | |": "row of a table of fields",
        "lpv:translated text |": "row of a table of fields",
        # heldout11 c738: a link's label whose address stands on the next line
        "URL:": "stamp without its value",
    }
    assert {line: furniture_rule(line) for line in lines} == lines
    # c936, c976: date stamps, one closed by a full stop, one with its clock time after a slash
    assert classify_line(normalise_spacing(" date 2021-08-25 .")) == ("removed", "dateline")
    assert classify_line("December 7th, 2021 / 5:45 p.m.") == ("removed", "dateline")


def test_lines_of_text_like_that_furniture_stay_text():
    # heldout10 c661: a resolution's recital in a table's cell, closed by a bar (a statement line)
    recital = (
        "unter Hinweis auf seine früheren Entschließungen zur Lage in Afghanistan, insbesondere die Entschließungen "
        "vom 16. September 2021 (1) und 7. April 2022 (2), |"
    )
    assert furniture_rule(recital) is None
    # heldout15 c976, c957: a speaker's words and a text naming a date are no stamps or captions
    assert classify_line("Madam Speaker, we concur and accept the amendment.") is None
    assert classify_line("SEC. RUMSFELD: We hope your trip to the United States is an excellent one.") is None
    # a sentence that names a telephone number or a web address is text
    assert furniture_rule("Those in need can call the hotline on +93 700 000 000 or visit www.unama.org.") is None


def test_a_statements_signatories_and_its_press_contact_end_the_text():
    # heldout15 c959: an NGO statement signed by three leaders, then its press contact
    lines = page_lines("c959-savethechildren-ngo-ban-2022.txt")
    cleaned = clean_text("\n".join(lines[1:]))
    assert cleaned.kept_lines == {2, 3, 4}
    assert [step.rule for step in cleaned.steps if step.line_no == 5] == ["signatories"]
    # a label of signatories followed by finished sentences heads a section of the text
    after = ["The statement was signed by the leaders of three agencies.", "They spoke for every one of their staff."]
    kept = clean_text("\n\n".join(["Aid agencies suspend work", "The agencies met on Sunday.", "Signed:", *after]))
    assert kept.paragraphs[-2:] == after


def test_the_pages_title_is_not_carried_on_past_the_furniture_under_it():
    # heldout15 c968: "Senate debates", its date, time and speaker's photo removed, then the speaker's words in
    # lower case ("by leave—I move:"): they carry on no line of the title
    lines = page_lines("c968-openaustralia-senate-motion-2021.txt")
    cleaned = clean_text("\n".join(lines[1:14]))
    assert "Senate debates" in cleaned.headings
    assert cleaned.paragraphs[0].startswith("by leave—I move:")
    # right under the title, a line in lower case still carries it on
    assert clean_text("Taliban and the United States sign\nan agreement in Doha.").paragraphs == [
        "Taliban and the United States sign an agreement in Doha."
    ]


def test_a_speakers_words_broken_off_by_the_next_speaker_are_text():
    # heldout15 c957: a press availability; Karzai is interrupted by Rumsfeld and goes on
    lines = page_lines("c957-auscity-rumsfeld-karzai-2006.txt")
    assert not is_heading(lines[27]) and lines[27] == "PRESIDENT KARZAI: It's beautiful always --"
    cleaned = clean_text("\n".join(lines[13:32]))
    assert lines[27] in cleaned.paragraphs
    # heldout4 c289, heldout7 c442: a dash after a source or a place, written like a title, is no speech
    assert is_heading("CNN —") and is_heading("ST. LOUIS (AP) —")


def test_a_quotation_cut_off_at_the_pages_end_is_text_even_after_a_caption():
    # heldout15 c921: the excerpt stops two characters into a quotation, after a photo's caption
    lines = page_lines("c921-breitbart-biden-constant-contact-2021.txt")
    cleaned = clean_text("\n".join(lines[1:]))
    assert cleaned.paragraphs[-1] == "“We’r"
    # at the end of a page, under a heading, a short quotation closed is a heading; one left open was cut off
    parts = ["Biden speaks", "The President spoke on Friday.", "Evacuation from Kabul", "“Constant contact”"]
    assert clean_text("\n\n".join(parts)).headings == [parts[0], parts[2], parts[3]]
    assert clean_text("\n\n".join([*parts[:3], "“Constant cont"])).paragraphs[-1] == "“Constant cont"


def test_a_title_printed_again_and_cut_off_at_the_pages_end_is_no_text():
    # heldout15 c976: a Hansard page prints the debate's title above each speech; the excerpt stops inside the last
    lines = page_lines("c976-openparliament-special-committee-2021.txt")
    cleaned = clean_text("\n".join(lines[1:]))
    assert lines[53].startswith("Opposition Motion—Special Committee on AfghanistanBusiness of") and 53 not in (
        cleaned.kept_lines
    )
    assert {49, 51} <= cleaned.kept_lines  # the speech above it stays
    # a sentence cut off at the end that runs past the words of a title above is text
    parts = [
        "Afghan peace talks resume in Doha",
        "The two sides met on Monday.",
        "Afghan peace talks resume in Doha after a long pau",
    ]
    assert clean_text("\n\n".join(parts)).paragraphs == parts[1:]
