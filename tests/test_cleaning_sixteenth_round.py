"""Rules of the sixteenth round, on what heldout17 lost and kept: each test takes its lines from labelled pages
(named in comments)."""

from analysis.text.cleaning import clean_text
from analysis.text.cleaning_check import CLEANING_SET
from analysis.text.cleaning_rules import FORM_OF_ADDRESS, OPENING_INVOCATION, normalise_spacing

PAGES = CLEANING_SET / "raw"


def page_text(name: str) -> str:
    """The raw text of a labelled page."""
    return (PAGES / name).read_text(encoding="utf-8")


def test_the_praise_that_opens_a_message_is_its_text_not_its_title():
    # heldout17 c1076: an Islamic Emirate Eid message opens, after the invocation in Arabic, on its praise in English,
    # without a full stop
    praise = "Praise be to Allah and blessings and peace be on Mohammad, the Mercy to the worlds, his family and his Companions"
    assert OPENING_INVOCATION.match(praise)
    assert OPENING_INVOCATION.match("All praise is due to Allah, the esteemed")  # heldout11 c710's words
    # tune c117's title: praise for a country, not to God
    assert not OPENING_INVOCATION.match("OIC Chief is all praise for Pakistan for hosting extra ordinary summit")
    assert praise in clean_text(page_text("c1076-talibnews-eid-message-nd.txt")).paragraphs


def test_a_speakers_salutation_with_the_rest_of_the_room_is_part_of_the_speech():
    # heldout17 c1079: a minister's statement at a NATO meeting opens on "Mr Secretary General, Colleagues"
    assert FORM_OF_ADDRESS.match("Mr Secretary General, Colleagues")
    assert FORM_OF_ADDRESS.match("Madam President")  # heldout13 c816, as before
    assert not FORM_OF_ADDRESS.match("Mr Secretary General, Colleagues and the Afghan Delegation")
    cleaned = clean_text(page_text("c1079-scoop-nz-isaf-defence-ministers-2013.txt"))
    assert "Mr Secretary General, Colleagues" not in cleaned.headings
    assert cleaned.paragraphs[0].startswith("Mr Secretary General, Colleagues")


def test_an_exclamation_mark_moved_to_the_start_of_the_line_goes_back_to_its_end():
    # heldout17 c1076: an extraction reading the line right to left put the mark first: "!Troubled countrymen"
    assert normalise_spacing("!Troubled countrymen") == "Troubled countrymen!"
    assert normalise_spacing("!As-salamu alaikum wa rahmatullahi wa barakatuh") == (
        "As-salamu alaikum wa rahmatullahi wa barakatuh!"
    )
    table_row = "![]() | Mr. Wang Yingfan China |"  # heldout7 c498: an image's empty markup opens the row
    assert normalise_spacing(table_row) == table_row
    cleaned = clean_text(page_text("c1076-talibnews-eid-message-nd.txt"))
    assert "Troubled countrymen!" in cleaned.paragraphs


def test_a_row_of_calls_on_the_audience_is_no_run_of_headlines():
    # heldout17 c1076: four salutations, one a line, each ending on its exclamation mark (once it is put back at
    # the end), were read as a list of other stories after the text had begun
    cleaned = clean_text(page_text("c1076-talibnews-eid-message-nd.txt"))
    calls = ["The Islam-loving people of Afghanistan!", "The defenders of freedom and autonomy!"]
    calls += [
        "The suffered brothers and sisters of the great value!",
        "As-salamu alaikum wa rahmatullahi wa barakatuh!",
    ]
    assert set(calls) <= set(cleaned.paragraphs)
    assert not [step for step in cleaned.steps if step.rule == "run of headlines of other stories"]


def test_a_summary_point_full_of_names_is_text_not_a_title():
    # heldout17 c1057: a news stub's first summary point has 24 words, 12 of the 18 counted opening on a capital
    # (two-thirds: a title by the usual share of 0.6); a long list item is a title only from 0.7
    point = (
        "Taliban member Abdul Salam Hanafi had a phone conversation with Wu Jianghao, Deputy Foreign Minister of the "
        "People’s Republic of China, said the spokesman"
    )
    cleaned = clean_text(page_text("c1057-scmp-shaheen-china-embassy-2021.txt"))
    assert point in cleaned.paragraphs and point not in cleaned.headings
    assert "Taliban spokesman: China to keep embassy in Afghanistan and increase aid" in cleaned.headings
