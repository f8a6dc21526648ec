"""Rules of the twenty-fifth round, on what heldout26 lost and kept and on the furniture unseen sets kept: each test
takes its lines from labelled pages (named in comments)."""

from analysis.text.cleaning import clean_text
from analysis.text.cleaning_captions import CAPTION_TWICE, captions_printed_twice
from analysis.text.cleaning_check import raw_page


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
