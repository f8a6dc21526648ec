"""Rules of the ninth round, on furniture that unseen pages kept and on the clauses of a resolution or a
motion: each test takes its lines from labelled pages (named in comments)."""

from analysis.text.cleaning import clean_text
from analysis.text.cleaning_furniture import furniture_rule
from analysis.text.cleaning_rules import is_name_caption

PRESSER = (
    "At its first press conference since the Talibans takeover of most parts of Afghanistan, a spokesman of the"
    " group said here on Tuesday that the group will not allow anyone to use Afghan soil against any country."
)


def test_a_caption_that_marks_where_people_stand_is_furniture():
    # heldout10 c647 and c677: press-photo captions mark each person's place, "(L)", "(C, Rear)", "(c)"
    for caption in [
        "Taliban spokesman Zabihullah Mujahid (C, Rear) attends a press conference in Kabul, capital of"
        " Afghanistan, on Aug. 17, 2021.",
        "Taliban spokesman Zabihullah Mujahid (L) addresses a press conference in Kabul, capital of Afghanistan,"
        " on Aug. 17, 2021.",
        "Ahmad Massoud (c) at a meeting of Afghan opposition leaders in Vienna, April 2023.",
    ]:
        assert furniture_rule(caption) == "caption marking positions"
    # a lettered item after a number is no position (heldout7 c496's agenda line); nor is a bracketed abbreviation
    assert furniture_rule("Fifty-third session Items 20 (c) and 45 of the provisional agenda*") is None
    assert furniture_rule("The Islamic Emirate of Afghanistan (IEA) has said that it wants good relations.") is None


def test_a_label_of_other_posts_with_their_titles_glued_on_ends_the_text():
    # heldout10 c629: a theme prints "Previous article" and "Next article" with the titles glued on
    raw = "\n\n".join(
        [
            "Taliban holds 1st press conference since takeover of Kabul",
            PRESSER,
            "Previous articleTaliban declares ‘war is over’ in Afghanistan as US-led forces exit Kabul",
            "Next articleZambia’s opposition leader Hichilema wins presidential vote",
        ]
    )
    cleaned = clean_text(raw)
    assert cleaned.paragraphs == [PRESSER]
    # heldout10 c679: "RELATED STORIES" with the headlines glued on
    glued = f"Title of the page\n\n{PRESSER}\n\nRELATED STORIESAzerbaijan to open embassy in KabulWashington has no intention"
    assert clean_text(glued).paragraphs == [PRESSER]
    # a sentence that opens on the words, in lower case after them, is no link
    for sentence in ["Next article of the law is clear.", "Next articles will follow."]:
        assert clean_text(f"Title of the page\n\n{PRESSER}\n\n{sentence}").paragraphs[-1] == sentence


def test_the_recitals_of_a_resolution_and_their_subject_are_text():
    # heldout10 c660: "The European Parliament," over bulleted recitals, each ending on a comma
    recitals = [
        "having regard to the UN Refugee Convention of 1951,",
        "having regard to the Universal Declaration of Human Rights,",
        "having regard to the Afghan Women Days at the European Parliament on 1 and 2 February 2022,",
    ]
    raw = "\n\n".join(
        [
            "European Parliament resolution of 7 April 2022 on the situation in Afghanistan",
            "The European Parliament,",
            *[f"  • {recital}" for recital in recitals],
            "  • whereas the Taliban have banned girls from secondary schools;",
        ]
    )
    cleaned = clean_text(raw)
    assert cleaned.paragraphs == [
        "The European Parliament,",
        *recitals,
        "whereas the Taliban have banned girls from secondary schools;",
    ]


def test_a_motion_opening_on_a_comma_over_its_points_is_text():
    # heldout10 c673: "I beg to move," over the numbered points of the motion
    raw = (
        "Withdrawal from Afghanistan\n\nI beg to move,\n\n(1) That it is expedient:\n\n(a) to report from time to time."
    )
    assert clean_text(raw).paragraphs[0] == "I beg to move,"
    # a title that ends on no comma stays a title above the points
    assert clean_text(raw.replace("I beg to move,", "Motion of the day")).paragraphs[0] == "That it is expedient:"


def test_a_stamp_whose_value_the_extraction_lost_is_furniture():
    # heldout7 c459 and heldout9 c587: "Published" / "on" with the date between them gone; heldout8 c522: "Published by"
    for line in ["Published", "on", "Published by"]:
        assert furniture_rule(line) == "stamp without its value"
    raw = "\n\n".join(["Afghanistan: War is Over, Taliban Declares", "Published", "on", PRESSER])
    assert clean_text(raw).paragraphs == [PRESSER]
    assert furniture_rule("By the end of the year, the talks had resumed.") is None


def test_a_caption_naming_its_subject_like_a_title_is_furniture():
    # tune c43, heldout4 c275, heldout6 c418: a photo's caption of a few title-case words and a full stop
    captions = [
        "Afghan Taliban Office in Doha, Qatar.",
        "Uzbek President Shavkat Mirziyoyev.",
        "Education activist Matiullah Wesa.",
    ]
    for caption in captions:
        raw = f"Taliban holds 1st press conference\n\n{PRESSER}\n\n{caption}\n\n{PRESSER.replace('Tuesday', 'Monday')}"
        cleaned = clean_text(raw)
        assert caption not in cleaned.paragraphs
        assert "photo caption naming its subject" in {step.rule for step in cleaned.steps}
    # not a name cut after its title, nor a transcript's question (heldout10 c643), nor a short sentence
    for line in ["The OIC Secretary General Dr.", "Q:  (Inaudible).", "The talks went well.", "Allahu Akbar."]:
        assert not is_name_caption(line)


def test_theme_widgets_are_furniture():
    # heldout7 c490 and c475, heldout8 c523, heldout9 c562: a link back to a section, a font-size control,
    # a theme's search prompt and a plugin's "Exit mobile version", each a convention of many sites
    for widget in [
        "Back to Press Releases",
        "Adjust font size:",
        "Hi, what are you looking for?",
        "Exit mobile version",
    ]:
        assert furniture_rule(widget) == "page widget"
    assert furniture_rule("Back to the talks, the envoy said, after a week in Doha.") is None


def test_a_caption_ending_on_its_photographer_or_agency_is_furniture():
    # heldout8 c540 and heldout10 c644: "Photo by ..." or "Photos by ..." after the caption's sentence, no bracket
    for caption in [
        "Chairman of the U.S. Joint Chiefs of Staff Gen. Mark Milley testifies before a U.S. House Armed Services"
        " Committee hearing on Capitol Hill in Washington, U.S., February 26, 2020. Photo by Amanda Voisard/REUTERS",
        "GROUP: Officials and dignitaries seen during the Afghanistan Independence Day celebrations held at the"
        " Sheraton Hotel. Photos by Ibrahim al-Muftah",
        # heldout8 c545: the agency's photo in brackets
        "People who were stranded in crisis-hit Afghanistan arrive by a special repatriation flight of IAF at the"
        " Hindan Air Force Station, in Ghaziabad, Sunday, Aug. 22, 2021. (PTI Photo)",
    ]:
        assert furniture_rule(caption) == "photo credit after a caption"
    assert furniture_rule("The minister spoke to reporters. Photo by photo, the exhibition shows the war.") is None


def test_prompts_and_banners_of_many_sites_are_furniture():
    # heldout8 c525, heldout9 c574, heldout10 c640, c643 and c676: newsletter and channel prompts, links to a
    # file's format, the banner of a US federal site and a comment-moderation notice
    expected = {
        "Are you getting our free newsletter?": "newsletter, petition or archive prompt",
        "Subscribe to Scoop’s 'The Catch Up' our free weekly newsletter sent to your inbox every Monday with stories"
        " from across our network.": "newsletter, petition or archive prompt",
        "For the latest headlines, follow our Google News channel online or via the app.": (
            "newsletter, petition or archive prompt"
        ),
        "Read the full statement, in PDF format.": "link prompt",
        "Listen to and download the full statement in mp3 format.": "link prompt",
        ".gov website belongs to an official government organization in the United States.": "government site banner",
        "Comments are moderated and generally will be posted if they are on-topic and not abusive.": "comment form",
        "For more information, please see our Comments FAQ": "comment form",
        # heldout8 c525: a menu of sections between bars
        "World Video | Defence | Foreign Affairs | Natural Events | Trade | NZ in World News": "menu of links",
    }
    for line, rule in expected.items():
        assert furniture_rule(line) == rule
    assert furniture_rule("The ministry said it would subscribe to the newsletter of the mission.") is None
    assert furniture_rule("Kabul | Herat | Kandahar") is None  # three entries: a dateline of places, no menu
