"""Rules of the twenty-fifth round, on what heldout26 lost and kept and on the furniture unseen sets kept: each test
takes its lines from labelled pages (named in comments)."""

from analysis.text.cleaning import clean_text
from analysis.text.cleaning_captions import CAPTION_TWICE, captions_printed_twice
from analysis.text.cleaning_check import raw_page
from analysis.text.cleaning_headlines import bridge_finished_headlines
from analysis.text.cleaning_rules import classify_line


def test_a_caption_printed_twice_line_after_line_goes_whole():
    # heldout20 c1263: the picture's alt text and its caption, line after line, a blank line under them
    caption = "On 30 April 2023, father Sayed Ali brings his daughter Atifa, 3 years and 3 months old, for screening"
    caption += " signs of malnutrition."
    units = [
        (6, caption, False),
        (7, caption, False),
        (9, 'NEW YORK, 18 May 2023 - "A few weeks ago, I visited ...', False),
    ]
    assert captions_printed_twice(units, {}) == {6: CAPTION_TWICE, 7: CAPTION_TWICE}
    cleaned = clean_text(raw_page("c1263-unicef-equiza-childrens-crisis-2023.txt"))
    assert not {6, 7} & cleaned.kept_lines and 9 in cleaned.kept_lines


def test_a_caption_printed_twice_around_its_credit_goes_with_the_credit():
    # heldout c25: UN News prints the caption, the photographer's credit, and the caption again
    cleaned = clean_text(raw_page("c25-un-news-unama-condemns-2012.txt"))
    assert not {5, 6, 7} & cleaned.kept_lines and 11 in cleaned.kept_lines


def test_a_standfirst_printed_again_over_a_photo_credit_stays_and_its_copy_goes():
    # heldout26 c1614: the standfirst under the title (line 3) is printed again as the caption of the picture below
    # (line 5), over its credit ("Photo: Afghan Red Crescent Society"); the standfirst is text, the caption goes
    cleaned = clean_text(raw_page("c1614-ifrc-paktika-earthquake-2022.txt"))
    assert 3 in cleaned.kept_lines and not {5, 7} & cleaned.kept_lines
    assert cleaned.paragraphs[0].startswith("Red Cross Red Crescent staff and volunteers have been deployed")


def test_a_teaser_printed_again_as_the_texts_first_paragraph_is_no_caption():
    # heldout18 c1114: the teaser (line 2) and the first paragraph (line 3) are one sentence, and the next paragraph
    # follows right under it: the text, not a caption standing apart; the repeat rule keeps the later copy
    sentence = (
        "Qatar’s special envoy to Afghanistan, who arrived in Kabul Sunday to discuss Afghanistan’s peace process"
    )
    units = [
        (2, sentence, False),
        (3, sentence, False),
        (4, "Qatar’s Special Envoy to Afghanistan Dr. Mutlaq ...", False),
    ]
    assert captions_printed_twice(units, {}) == {}
    cleaned = clean_text(raw_page("c1114-didpress-qatari-envoy-ceremony-2020.txt"))
    assert {3, 4} <= cleaned.kept_lines and 2 not in cleaned.kept_lines


def test_a_finished_title_inside_a_run_of_headlines_carries_the_run_on():
    # heldout26 c1627: a table of contents of experts' reactions; one title ends on a full stop (line 34), the next
    # seems to run on ("... lives on", line 36), and the run of headlines went on only after them; the text above stays
    texts = ["Jump to an expert reaction", "Andrew L. Peek: ‘A debacle in many acts’"]
    texts += ["Kirsten Fontenrose: Don’t be fooled by the Taliban’s overtures"]
    texts += ["James Cunningham: Biden had a choice. He made the wrong one.", "Kamal Alam: The resistance lives on"]
    texts += ["Barry Pavel: A worse security threat than pre-9/11?"]
    assert bridge_finished_headlines(texts, [True, True, True, False, False, True]) == [True] * 6
    cleaned = clean_text(raw_page("c1627-atlanticcouncil-experts-react-kabul-2021.txt"))
    assert not set(range(18, 47)) & cleaned.kept_lines and {10, 12, 14, 16} <= cleaned.kept_lines
    # heldout6 c436, a document site's list of similar documents: a finished line between two titles goes with them
    assert 20 not in clean_text(raw_page("c436-lawsdocbox-uva-similar-docs.txt")).kept_lines


def test_a_run_of_headlines_is_not_carried_on_by_a_title_broken_off_or_a_speakers_turn():
    # a title broken over lines ends on no full stop: it does not carry a run on
    texts = ["Page created by Margaret Arnold", "United Nations", "Security Council", "Original: English"]
    texts += ["Letter dated 22 December 2020 from the President of the", "Permanent Representatives"]
    assert bridge_finished_headlines(texts, [True] * 4 + [False, True])[4] is False
    # heldout15 c976, a parliament record: a member's one-sentence turn between the labels of speakers is text
    texts = ["Topics", "Opposition Motion—Special Committee on Afghanistan", "Conservative", "James Bezan Conservative"]
    texts += ["Madam Speaker, we concur and accept the amendment.", "NDP"]
    assert bridge_finished_headlines(texts, [True] * 4 + [False, True])[4] is False
    assert 13 in clean_text(raw_page("c976-openparliament-special-committee-2021.txt")).kept_lines


def test_a_sections_first_line_cut_off_on_a_dangling_word_is_text_even_in_title_case():
    # heldout25 c1566: the page ends on a section's heading and its first line, cut off by a PDF's page break; the
    # line is written like a title, but it ends on "to", a word no title ends with
    cleaned = clean_text(raw_page("c1566-rawadari-arbitrary-detention-2023.txt"))
    assert 9 in cleaned.kept_lines and 8 not in cleaned.kept_lines
    assert cleaned.paragraphs[-1] == "International Human Rights Treaties recognizes and guarantees the Right to"
    # a page's last heading under text stays a heading ("Methodology" above a paragraph is set aside too)
    assert "Prohibition of Arbitrary and Illegal Detention in International Human Rights Treaties" in cleaned.headings


def test_a_copys_note_that_the_original_is_elsewhere_is_furniture():
    # heldout26 c1628 (and six more pages of the same parliament record's site in heldout4, 8, 15, 18 and 21): the
    # record's header says where the original is, and which word came up most
    line = "House of Commons Hansard #25 of the 39th Parliament, 1st Session. (The original version is on Parliament's"
    line += " site.) The word of the day was afghan."
    assert classify_line(line) == ("removed", "publisher's disclaimer")
    assert 1 not in clean_text(raw_page("c1628-openparliament-commitment-debate-2006.txt")).kept_lines
    # a sentence about an original document is text
    assert classify_line("The original version is on display in the National Archives in Kabul.") is None


def test_a_forums_link_to_an_attached_picture_is_furniture():
    # heldout26 c1623: the thread's first post ends on two pictures, each left as its link by number
    assert classify_line("View attachment 769837") == ("removed", "image or file name")
    cleaned = clean_text(raw_page("c1623-defencepk-forum-taliban-takeover-2021.txt"))
    assert not {8, 10} & cleaned.kept_lines and {5, 6} <= cleaned.kept_lines
    # a sentence that asks the reader to view an attachment is text
    assert classify_line("View attachment 2 for the full list of signatories.") is None


def test_a_link_to_read_on_glued_to_an_excerpts_end_is_cut_off():
    # heldout24 c1497: a press release's one paragraph, cut short by the site, with its link glued on; the excerpt stays
    cleaned = clean_text(raw_page("c1497-republicanleader-mcconnell-remarks-2021.txt"))
    assert 9 in cleaned.kept_lines
    assert not any("Continue Reading" in paragraph for paragraph in cleaned.paragraphs)
    assert any(paragraph.endswith("the advice of members from both parti…") for paragraph in cleaned.paragraphs)
    assert [step.rule for step in cleaned.steps if step.line_no == 9] == ["link to read on"]
    # heldout16 c1012: after a finished sentence ("... left Afghanistan. Read More….")
    assert clean_text("Kabul fell. Ghani left Afghanistan. Read More….").paragraphs == [
        "Kabul fell. Ghani left Afghanistan."
    ]
    # a sentence that urges people to read more is text
    assert clean_text("We urge every child to read more.").text == "We urge every child to read more."


def test_an_editors_introduction_closing_on_a_link_to_the_transcript_is_furniture():
    # heldout25 c1577 (and the same site's transcripts in heldout9, 14 and 19): the editor's lines above the transcript
    line = "NATO officials held a press conference on August 20, 2021 to discuss the situation in Afghanistan. Read the"
    line += " transcript of the briefing here."
    assert classify_line(line) == ("removed", "introduction to a transcript")
    cleaned = clean_text(raw_page("c1577-rev-nato-press-conference-2021.txt"))
    assert 8 not in cleaned.kept_lines and 15 in cleaned.kept_lines
    # a speaker who asks the audience to read a transcript speaks text
    assert classify_line("I urge you to read the transcript of the hearing.") is None
