"""Rules of the eleventh round, on the statement lines heldout12 lost and the furniture every split kept: each test
takes its lines from labelled pages (named in comments)."""

from analysis.text.cleaning import clean_text
from analysis.text.cleaning_check import CLEANING_SET
from analysis.text.cleaning_furniture import furniture_rule
from analysis.text.cleaning_headlines import is_headline
from analysis.text.cleaning_trailers import TRAILER_PATTERNS

PAGES = CLEANING_SET / "raw"


def test_the_turns_of_a_transcript_are_no_run_of_headlines():
    # heldout12 c780: a press briefing, each turn under its speaker's label, the last ones short questions
    turns = [
        "QUESTION: Is there any update on kidnapped American citizens in Afghanistan?",
        "MS NAUERT: And who exactly are you referring to?",
        "QUESTION: Reffing to? I don’t understand what you’re saying.",
        "MS NAUERT: Okay. So you asked me about – about who kidnapped?",
        "QUESTION: Yeah, American citizens kidnapped in Afghanistan. Is there any update on that?",
        "MS NAUERT: Let me get back with you on that and let me see what I have, okay?",
        "QUESTION: Can we go to Turkey?",
    ]
    raw = "Department Press Briefing\n\n" + "\n\n".join(turns)
    assert clean_text(raw).paragraphs == turns
    # a kicker in capitals over a headline is still a headline (heldout c93, heldout6 c436), and so is a question
    # under a kicker that stands once in a list of other stories
    assert is_headline("AFGHANISTAN: TRANSITION UNDER THREAT WORKSHOP REPORT", "", False)
    assert is_headline("Iran: Authorities must halt plan to amputate fingers of tortured prisoners", "", False)
    related = ["Taliban reopen schools for girls", "EXPLAINER: Who are the Taliban?", "Kabul airport reopens"]
    text = "The two sides said on Monday that the talks would resume in Doha next week."
    assert clean_text("\n\n".join(["Talks resume", text, *related])).paragraphs == [text]


C761_BODY = [
    "The United Nations Security Council adopted a resolution on Friday calling for the appointment of a special"
    " envoy for Afghanistan to increase engagement with the country and its Taliban leaders",
    "It followed an independent assessment report issued in November that called for greater engagement with"
    " Afghanistan following the return to power of the Taliban in August 2021.",
    "The resolution was adopted after 13 members of the Security Council voted in favor, while Russia and China"
    " abstained.",
]


def test_a_wire_photos_caption_marked_file_is_furniture_not_a_dateline():
    # heldout12 c761: the caption printed twice under the title, "FILE -" read as a wire dateline, so that its
    # copy opened a "next story" and the whole body went
    caption = "FILE - Women wait to receive food rations in Kabul, Afghanistan, May 23, 2023. The United Nations"
    raw = "\n\n".join(["UN Security Council Calls for Afghan Special Envoy", caption + "\n" + caption, *C761_BODY])
    assert clean_text(raw).paragraphs == C761_BODY


def test_a_copy_of_a_datelined_line_opens_no_next_story():
    # the same page with a dateline of a place in place of "FILE": the copy of the first paragraph is no second story
    first = "KABUL – Women wait to receive food rations in Kabul, Afghanistan."
    raw = "\n\n".join(["UN Security Council Calls for Afghan Special Envoy", first + "\n" + first, *C761_BODY])
    assert clean_text(raw).paragraphs[-3:] == C761_BODY
    # a second story under its own dateline still ends the first
    second = "ISLAMABAD – Pakistan's Foreign Office said on Friday it welcomed the resolution."
    raw = "\n\n".join(["UN Security Council Calls for Afghan Special Envoy", first, C761_BODY[1], second, C761_BODY[2]])
    assert clean_text(raw).paragraphs == ["Women wait to receive food rations in Kabul, Afghanistan.", C761_BODY[1]]


def test_a_page_cut_off_after_one_word_that_opens_sentences_keeps_it_as_text():
    # heldout12 c777 "They", heldout11 c719 "The ", heldout6 c426 "Regarding ": the extraction cut the next sentence
    last = (
        "United Nations experts added that women, girls, elderly people, as well as officials and security personnel"
        " of the former Afghan government should be given priority in protection."
    )
    for cut in ["They", "The ", "Regarding "]:
        assert clean_text(f"UN experts ask Pakistan to stop deportations\n\n{last}\n\n{cut}").paragraphs == [
            last,
            cut.strip(),
        ]
    # a label of one word at the end is still furniture (heldout10 c662 "Comments", heldout9 c563 "Discuss")
    for label in ["Comments", "Discuss"]:
        assert clean_text(f"UN experts ask Pakistan to stop deportations\n\n{last}\n\n{label}").paragraphs == [last]


def test_three_posts_or_more_each_a_headline_over_a_short_teaser_are_a_listing():
    # heldout12 c742: a tag page, the first post then others, each a headline over its teaser, none cut short
    first = (
        "US President Donald Trump says on he has called off a secret summit with the Taliban and Afghanistan's"
        " leader, and also called off peace negotiations with the insurgent group."
    )
    posts = [
        "12 killed, scores wounded in Afghanistan Taliban car bombing",
        "Twelve people are killed and more than 80 wounded when Taliban fighters detonated two car bombs at a gate"
        " outside Afghanistan's defence ministry.",
        "With eye on Afghanistan talks, Trump vows to stop 'endless wars'",
        "US President Donald Trump tells Americans his administration has accelerated talks for a political"
        " settlement in Afghanistan.",
        "Kabul suicide attack kills 43",
        "An hours-long gun and suicide attack on a Kabul government compound killed at least 43 people, officials said.",
        "Dozens killed as Taliban attack Afghan bases",
    ]
    raw = "\n\n".join(
        ["Afghan Taliban", "In bombshell, Trump calls off secret summit, talks with Taliban", first, *posts]
    )
    assert clean_text(raw).paragraphs == [first]
    # under a kicker and a title, a text of several paragraphs before its short sections is no first post's excerpt
    opening = [first, posts[1], posts[3]]
    raw = "\n\n".join(
        ["Afghan Taliban", "In bombshell, Trump calls off secret summit, talks with Taliban", *opening, *posts]
    )
    assert clean_text(raw).paragraphs[:3] == opening and posts[5] in clean_text(raw).paragraphs
    # a text's sections, each a heading over a paragraph longer than a teaser, stay (heldout4 c282)
    raw = (PAGES / "c282-newsbytes-mea-no-decision-recognition.txt").read_text(encoding="utf-8")
    assert len(clean_text(raw).paragraphs) == 5


def test_the_count_of_comments_heads_the_comment_section_and_ends_the_text():
    # heldout12 c750: "No comments yet" over a comment form in Italian; c758: "No Responses Yet" over its log-in note
    quote = (
        "We will make efforts that, God willing, full and nationwide peace comes to the country as soon as possible."
    )
    for count, form in [
        ("No comments yet", "Stai commentando usando il tuo account Twitter. Chiudi sessione / Modifica )"),
        ("No Responses Yet", "You must be logged in to post a comment."),
    ]:
        assert clean_text(f"Karzai's key quotes\n\n{quote}\n\n{count}\n\n{form}").paragraphs == [quote]
    # a sentence about responses is text, and so is what follows it
    survey = "3 responses were received.\n\nThe survey closed on Monday, and its results follow below."
    assert clean_text(f"Karzai's key quotes\n\n{quote}\n\n{survey}").paragraphs[-1].startswith("The survey")


def test_the_fields_and_log_in_note_of_a_comment_form_are_furniture():
    # heldout12 c758's log-in note; the form's fields, as heldout6 c390 prints "Your Comment" and c397 "Your Name"
    for line in ["You must be logged in to post a comment.", "Your Comment", "Your Name", "Name*", "Website"]:
        assert furniture_rule(line) == "comment form field", line


def test_a_label_of_related_stories_alone_ends_the_text():
    # heldout12 c757: "Related" alone over dated teasers of other stories
    text = 'Nobel Prize laureate Malala Yousafzai says she is upset for her "Afghan sisters".'
    teaser = "The Taliban government leader asked for international aid and access to about $10 billion in funds."
    raw = f"‘I’m upset for my Afghan sisters’ says Malala\n\n{text}\n\nRelated\n\n29 Nov 2021\n\n{teaser}\n\n1 Dec 2021"
    assert clean_text(raw).paragraphs == [text]
    # "Related" alone is the label; a heading that opens on the word is not one
    assert TRAILER_PATTERNS["teaser of other stories"].match("Related")
    assert not TRAILER_PATTERNS["teaser of other stories"].match("Related Agencies Involved")
    # a label followed by finished sentences is a section of the text (as "Latest News" is)
    section = "Related Topics\n\nThe talks resumed in Doha on Monday.\n\nBoth sides agreed to meet again."
    assert clean_text(f"Talks resume\n\n{text}\n\n{section}").paragraphs[-1] == "Both sides agreed to meet again."
