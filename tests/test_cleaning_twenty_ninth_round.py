"""Rules of the twenty-ninth round, on what heldout30 lost and kept: each test takes its lines from labelled pages
(named in comments)."""

from analysis.text.cleaning import clean_text
from analysis.text.cleaning_check import raw_page
from analysis.text.cleaning_dates import CAPITALISED_MONTHS
from analysis.text.cleaning_photo_captions import is_longer_than_a_caption
from analysis.text.cleaning_rules import classify_line, normalise_spacing
from analysis.text.cleaning_trailers import find_trailer, heads_more_text


def test_a_link_list_inside_the_article_does_not_end_it():
    # heldout30 c1832: "Related news:" over one headline, then seven paragraphs of the article
    after = [
        "",
        "Afghan president announces end of cease-fire with Taliban",
        "",
        "According to the TOLO news channel, citing the president, the ceasefire will start on Monday and will end on"
        " November 19. However, the ceasefire will be implemented only if the Taliban respects it.",
        "",
        "The Taliban earlier led an assault into the city in Ghazni, killing some 100 Afghan Security Forces soldiers"
        " and about 20 civilians in three days, according to the Afghan Defense Ministry.",
    ]
    assert heads_more_text("teaser of other stories", after)
    assert classify_line("Related news:") == ("removed", "link to another story")  # the label itself still goes
    kept = clean_text(raw_page("c1832-iranpress-ghani-ceasefire-2018.txt")).kept_lines
    assert {14, 16, 18, 20, 22, 24, 26} <= kept and not {10, 12, 28, 30, 32} & kept
    # heldout30 c1844: "Latest News" over a class name and a share bar, then the article from its dateline on
    kept = clean_text(raw_page("c1844-dnaindia-musharraf-karzai-2007.txt")).kept_lines
    assert {12, 14, 16, 28, 30} <= kept and not {8, 9, 10} & kept


def test_a_widgets_questions_under_a_source_link_do_not_carry_the_text_on():
    # heldout18 c1106: the source's link, a comment count, then two short questions of a widget: still the trailer
    after = [
        "",
        "",
        "Comments (0)",
        "",
        "Do you like the page?",
        "",
        "Would you like to share the page with your friends?",
    ]
    assert not heads_more_text("teaser of other stories", after)
    raw = raw_page("c1106-nonvacci-guterres-ngo-ban-2022.txt")
    lines = raw.splitlines()
    assert find_trailer(lines, [normalise_spacing(line) for line in lines]) == (5, "teaser of other stories")


def test_a_transcripts_timecodes_are_furniture_and_its_speech_is_joined_across_them():
    # heldout30 c1878: a speech transcript with a timecode ("0 – 16") between every two fragments of its sentences
    assert classify_line("0 – 16") == ("removed", "timecode")
    assert classify_line("[00:01:23]") == ("removed", "timecode")
    assert classify_line("01:30") == ("removed", "clock time")  # heldout11 c726: a clock time keeps its own rule
    assert classify_line("The vote was 3 – 2 in favour.") is None
    cleaned = clean_text(raw_page("c1878-oldguardaudio-trump-address-2017.txt"))
    assert cleaned.paragraphs[2] == (
        "Most especially, thank you to the men and women of Fort Myer and every member of the United States military"
        " at home and abroad."
    )
    assert not {7, 11, 15, 27, 43, 163} & cleaned.kept_lines


def test_a_caption_with_the_storys_first_paragraph_run_into_it_is_text():
    # heldout30 c1827: a blog's copy of an AP story, the caption, its credit and the story's lead on one line of 83 words
    line = raw_page("c1827-ramongeorgeatento-karzai-taliban-2007.txt").splitlines()[6]
    assert len(line.split()) == 83 and is_longer_than_a_caption(line)
    assert classify_line(line) is None
    # heldout29 c1766: a caption of 51 words with the story's summary after its photo's date is still one
    line = (
        "Afghan President Hamid Karzai gestures in Pakistani prime minister's house in Islamabad, Pakistan in this"
        " Aug. 24, 2004 file photo. Karzai won Afghanistan's landmark presidential election, a spokesman for its"
        " electoral board said Wednesday, Nov.3, 2004, after investigators concluded that fraud and technical errors"
        " were too minor to overturn his triumph."
    )
    assert not is_longer_than_a_caption(line)
    assert classify_line(line) == ("removed", "caption naming its photo")


def test_the_scenes_caption_reads_its_month_from_the_one_list_of_month_names():
    # heldout29 c1767: the scene's caption ends on its place and month, as before the list was shared
    assert classify_line("Afghan President Hamid Karzai speaks at a meeting in Kabul October") == (
        "removed",
        "caption of a scene with its place and date",
    )
    assert CAPITALISED_MONTHS.split("|")[:2] == ["January", "February"]
    # a month is a word of its own, with its capital: neither "Decision" nor the verb "may" dates the scene
    assert classify_line("Karzai speaks at a meeting in Kabul on the Decision of the council") is None
    assert classify_line("Karzai speaks at a meeting in Kabul that may end the war") is None


def test_a_writers_address_and_a_links_sentence_are_furniture():
    # heldout30 c1830: the correspondent's address under a news agency's story
    assert classify_line("The correspondent can be contacted at: [email protected]") == ("removed", "contact note")
    # heldout30 c1857: a newsletter's link to its list of resources, in one sentence
    assert classify_line("For a full list of resources, please click here.") == ("removed", "link prompt")
    # a sentence that goes on past the link, or speaks of an author without an address, is text
    assert classify_line("The author can be contacted at the embassy, officials said, but he declined.") is None
    assert classify_line("If you click here, nothing happens because the page was taken down by the ministry.") is None


def test_a_link_to_a_file_with_its_size_and_a_prompt_to_get_news_by_mail_are_furniture():
    # heldout30 c1865: a government page's link to the letter as a PDF, with its type, pages and size in brackets
    line = "Kamerbrief inzake de beëindiging evacuatieoperatie Afghanistan (PDF | 5 pagina's | 320 kB)"
    assert classify_line(line) == ("removed", "link to a file")
    # heldout30 c1845: a news site's prompt to get its stories by e-mail
    assert classify_line("Get Rediff News in your Inbox:") == ("removed", "newsletter, petition or archive prompt")
    # a sentence about a report in a PDF, without its size, is text
    assert classify_line("The ministry published the full report (PDF) on Monday, officials said.") is None
