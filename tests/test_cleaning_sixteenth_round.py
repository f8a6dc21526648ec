"""Rules of the sixteenth round, on what heldout17 lost and kept: each test takes its lines from labelled pages
(named in comments)."""

from analysis.text.cleaning import clean_text
from analysis.text.cleaning_check import raw_page
from analysis.text.cleaning_furniture import furniture_rule
from analysis.text.cleaning_rules import FORM_OF_ADDRESS, OPENING_INVOCATION, normalise_spacing, wire_dateline


def test_the_praise_that_opens_a_message_is_its_text_not_its_title():
    # heldout17 c1076: an Islamic Emirate Eid message opens, after the invocation in Arabic, on its praise in English,
    # without a full stop
    praise = "Praise be to Allah and blessings and peace be on Mohammad, the Mercy to the worlds, his family and his Companions"
    assert OPENING_INVOCATION.match(praise)
    assert OPENING_INVOCATION.match("All praise is due to Allah, the esteemed")  # heldout11 c710's words
    # tune c117's title: praise for a country, not to God
    assert not OPENING_INVOCATION.match("OIC Chief is all praise for Pakistan for hosting extra ordinary summit")
    assert praise in clean_text(raw_page("c1076-talibnews-eid-message-nd.txt")).paragraphs


def test_a_speakers_salutation_with_the_rest_of_the_room_is_part_of_the_speech():
    # heldout17 c1079: a minister's statement at a NATO meeting opens on "Mr Secretary General, Colleagues"
    assert FORM_OF_ADDRESS.match("Mr Secretary General, Colleagues")
    assert FORM_OF_ADDRESS.match("Madam President")  # heldout13 c816, as before
    assert not FORM_OF_ADDRESS.match("Mr Secretary General, Colleagues and the Afghan Delegation")
    cleaned = clean_text(raw_page("c1079-scoop-nz-isaf-defence-ministers-2013.txt"))
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
    cleaned = clean_text(raw_page("c1076-talibnews-eid-message-nd.txt"))
    assert "Troubled countrymen!" in cleaned.paragraphs


def test_a_row_of_calls_on_the_audience_is_no_run_of_headlines():
    # heldout17 c1076: four salutations, one a line, each ending on its exclamation mark (once it is put back at
    # the end), were read as a list of other stories after the text had begun
    cleaned = clean_text(raw_page("c1076-talibnews-eid-message-nd.txt"))
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
    cleaned = clean_text(raw_page("c1057-scmp-shaheen-china-embassy-2021.txt"))
    assert point in cleaned.paragraphs and point not in cleaned.headings
    assert "Taliban spokesman: China to keep embassy in Afghanistan and increase aid" in cleaned.headings


def test_single_lines_of_furniture_of_general_kinds():
    # heldout17: each line was kept; the rule that now removes it
    lines = {
        # c1068 (a video player's and an advertisement's notes), c1054 (a widget's)
        "We apologize, but this video has failed to load.": "note of content that did not load",
        "Try refreshing your browser, or": "note of content that did not load",
        "tap here to see other videos from our team.": "link prompt",
        "This advertisement has not loaded yet, but your article continues below.": "note of content that did not load",
        "We’re sorry, this feature is currently unavailable. We’re working to restore it. Please try again later.": (
            "note of content that did not load"
        ),
        "Check against delivery!": "delivery or archive note",  # c1088, a speech in the European Parliament
        "Archived page: may contain outdated information!": "delivery or archive note",  # c1073, the ICRC
        # c1083, a forum thread's opening stamp
        "Discussion in 'Global Affairs' started by Firebrand Mullah, Jul 14, 2012.": "comment form field",
        # c1081, a press contact's offer of interviews
        "Please contact us if you would like to interview WFP Afghanistan Country Director Mary-Ellen McGroarty or "
        "WFP Communications Officer Shelley Thakral, Afghanistan. We can also provide interviews in German, Spanish, "
        "Italian, French and Japanese.": "contact note",
    }
    for line, rule in lines.items():
        assert furniture_rule(line) == rule, line
    # statement lines that share their words stay: an apology in a news report (heldout3 c219), the text of c1081
    apology = "During the meeting Petraeus again apologized for the deaths of nine Afghan boys in a NATO airstrike"
    assert furniture_rule(apology + " last Tuesday in northeast Kunar Province.") is None
    offer = (
        "To maintain a focus on the plight of people in Afghanistan, WFP is offering new video footage and photographs"
    )
    assert furniture_rule(offer + " from remote areas of the country including Faizabad and Mazar-i-Sharif.") is None


def test_a_row_of_fields_holding_an_email_address_and_a_caption_marked_topshot():
    # heldout17 c1098: an e-mail's header as a table; the full stop of an address ends no sentence
    assert furniture_rule("To | translations@stratfor.com |") == "row of a table of fields"
    assert furniture_rule("From | nobody@stratfor.com |") == "row of a table of fields"
    # the cut line under it ("strategic partnership with USA -") no longer carries the row on: it stands alone
    cleaned = clean_text(raw_page("c1098-wikileaks-gifiles-karzai-loya-jirga-2011.txt"))
    assert not any(paragraph.startswith("strategic partnership") for paragraph in cleaned.paragraphs)
    # a sentence after a bar keeps its line (heldout7 c480, a dateline glued to the first sentence)
    glued = "New Delhi | India on Friday announced the upgrading of its technical mission in Kabul to the status of an "
    glued += "embassy with External Affairs Minister S Jaishankar appreciating the Taliban set-up in Kabul for showing "
    assert furniture_rule(glued + "sensitivity towards New Delhi's security concerns.") is None
    # heldout17 c1086: an AFP caption marked as a picture of the day
    caption = "TOPSHOT - Afghan security forces arrive at the site of a car bomb attack in Kabul on May 31, 2017."
    assert furniture_rule(caption) == "wire photo caption with its mark"


def test_a_tag_page_of_wire_stories_under_long_headlines_keeps_its_first_story():
    # heldout17 c1058: a tag page of machine-translated Chinese wire stories, each a headline in sentence case over
    # its dateline ("Beijing, Oct. 10 (Xinhua) according to ..."); the first headline, 15 words long, read as text
    assert wire_dateline("Beijing, Oct. 10 (Xinhua) according to a comprehensive report, the Afghan Taliban and") == (
        "Beijing, Oct. 10 (Xinhua) "
    )
    assert wire_dateline("Kabul (Afghanistan) talks resumed on Monday.") == ""  # no date: no dateline of this shape
    cleaned = clean_text(raw_page("c1058-yqqlm-tag-taliban-2021.txt"))
    # the first story stays whole, its dateline too (the headline above it was taken for the text's first line)
    assert cleaned.paragraphs[1].startswith("Beijing, October 22 (Xinhua) according to the peninsula Chinese network")
    removed = {step.line_no for step in cleaned.steps if step.rule == "next post on a listing page"}
    assert removed == {10, 13, 15, 18}  # the second story's headline ends on a question mark: no title, so it stays


def test_a_news_photos_caption_in_the_present_tense_ending_on_its_day():
    # four sets' captions: a name, what the person is seen doing, in the present tense, and the day; no statement
    # line of the labelled sets (6,714) has this shape
    captions = [
        # tune c96
        "Women in Jalalabad ask the Afghan government and Taliban not to ignore women's rights during peace talks on "
        "April 27.",
        # heldout10 c647
        "Taliban spokesman Zabihullah Mujahid addresses a press conference in Kabul, capital of Afghanistan, on Aug. 17, "
        "2021.",
        # heldout15 c934
        "Turkish President Recep Tayyip Erdogan speaks during a press conference after the Cabinet meeting at "
        "Presidential Complex in Ankara, Turkey on August 19, 2021.",
        # heldout16 c999
        "Afghan President Hamid Karzai answers reporters' questions during a press conference at the Presidential "
        "Palace in Kabul, Afghanistan, Sunday.",
    ]
    for caption in captions:
        assert furniture_rule(caption) == "caption in the present tense", caption
    # a report's sentences with the same words stay: heldout c41, heldout13 c811 (in the past tense)
    assert not furniture_rule(
        "The Afghan Taliban and the United States have been holding talks in the Gulf Arab state of Qatar, Afghan "
        "President Hamid Karzai said on Sunday."
    )
    assert not furniture_rule(
        "The first-ever peace talks between the Afghan government and the Taliban began in Qatar on Saturday."
    )


def test_a_captions_credit_to_an_agencys_photographer():
    # heldout13 c807 and heldout15 c921: AP's credit in brackets; heldout15 c936: Reuters in capitals after the date;
    # heldout17 c1086: the credit a picture library asks for
    credited = {
        "Taliban fighters patrol in Wazir Akbar Khan neighborhood in the city of Kabul, Afghanistan, Wednesday, August "
        "18, 2021. (AP Photo/Rahmat Gul)": "credit of an agency's photographer",
        "Tajikistan President Emomali Rakhmon attends the 'Dialogue of Emerging Market and Developing Countries' on the "
        "sideline of the 2017 BRICS Summit in Xiamen, Fujian province, China, 05 September 2017.REUTERS": (
            "credit of an agency's photographer"
        ),
        (
            "Afghan security forces personnel are seen at the site of a car bomb attack in Kabul on May 31, "
            "2017. At least 40 people were killed or wounded on May 31 as a massive blast ripped through Kabul's "
            "diplomatic quarter, shattering the morning rush hour and bringing carnage to the streets of the "
            "Afghan capital. / AFP PHOTO / SHAH MARAI (Photo credit should read SHAH MARAI/AFP/Getty Images)"
        ): "credit of an agency's photographer",
    }
    for line, rule in credited.items():
        assert furniture_rule(line) == rule, line
    page = clean_text(raw_page("c807-mbcomph-taliban-japan-visit.txt"))
    assert 9 not in page.kept_lines
