"""Rules for kinds of statement line and page furniture that heldout6 brought, each on lines cut from a
labelled heldout6 page (the page is named in a comment): the kind, not the page, is what the rule matches."""

from analysis.text.cleaning import clean_text
from analysis.text.cleaning_lists import comment_thread_start
from analysis.text.cleaning_rules import classify_line


def test_a_numbered_comment_thread_below_the_text_is_removed_to_the_end_of_the_page():
    # c437: replies numbered again under each comment, some opening on "@Name"
    raw = (
        "Taliban spokesman denies reports of targeted killings, saying the group has granted an amnesty.\n"
        "    1. The only killing now on live tv is happening on Kabul airport.\n\n"
        "    1. @Iain Listen. I am not saying that.\n\n"
        "    2. Yeah they are suddenly acting like they are all peace loving.\n\n"
        "    2. It is the devil's democracy. Everybody MUST vote.\n"
        "      But the choices are always rigged.\n\n"
        "  1. President of Afghanistan: don't worry guys I have a plan"
    )
    cleaned = clean_text(raw)
    assert cleaned.paragraphs == [raw.splitlines()[0]]
    assert [step.rule for step in cleaned.steps][0] == "comment thread"


def test_a_statements_numbered_points_are_no_comment_thread():
    counting_up = ["The parties agreed:", "1. To meet again.", "2. To free @ least ten prisoners.", "3. To talk."]
    assert comment_thread_start(counting_up) is None
    # points numbered again under each section, but addressing no one
    sections = ["1. Security", "1. The forces withdraw.", "2. The prisoners go free.", "2. Aid", "1. Donors pay."]
    assert comment_thread_start(sections) is None
    replies = ["Text.", "1. A first comment.", "1. @Ann I agree.", "2. Another comment."]
    assert comment_thread_start(replies) == 1


def test_a_server_warning_is_furniture_and_a_listing_of_excerpts_cut_with_a_doubled_mark_keeps_its_first():
    # c438: a PHP warning above an archive page whose excerpts end on "…..."
    raw = (
        "Deprecated: preg_replace(): Passing null to parameter #3 ($subject) of type array|string is deprecated "
        "in /home/site/public/wp-includes/kses.php on line 1744\n\n"
        "Quotes from the Taliban press conference\n\n\n"
        "Taliban spokesperson Zabihullah Mujahid addressed the public in the first press conference. The Afghans…...\n\n"
        "World Reactions to the Taliban Takeover\n\n\n"
        "The Taliban were regularly meeting with foreign powers in the months before the takeover. They…...\n\n"
        "Return Of The Taliban\n\n\n"
        "As the world finally woke up to a dramatic return of the Taliban, analysts are scrambling, then the…..."
    )
    cleaned = clean_text(raw)
    assert [paragraph[:30] for paragraph in cleaned.paragraphs] == ["Taliban spokesperson Zabihulla"]
    assert cleaned.steps[0].rule == "server error message"


def test_a_recent_posts_block_after_the_text_is_a_trailer():
    # c382 (and c263 of heldout4): "Recent Posts", then headlines, each with its author and an excerpt cut short
    raw = (
        "Kabul blast sparks widespread reactions\n\n"
        "KABUL (TOLOnews): The blast near the Foreign Ministry was condemned by officials.\n"
        "Daesh claimed responsibility for the attack.\n\n"
        "Recent Posts\n\n"
        "UK-Germany-France triumvirate returning to prominence\n\n"
        "Andrew Hammond French President Emmanuel Macron, German Chancellor Friedrich Merz and Polish Prime Minister…\n\n"
        "4 hours ago"
    )
    cleaned = clean_text(raw)
    assert cleaned.paragraphs[-1] == "Daesh claimed responsibility for the attack."
    assert any(step.rule == "teaser of other stories" and step.before == "Recent Posts" for step in cleaned.steps)


def test_a_paragraph_of_many_sentences_that_credits_its_cover_photo_is_text():
    # c427: a PDF page run into one line, ending on "Cover photo: ... (... photo by ...)"
    paragraph = (
        "2 The Act established the Special Inspector General. Its mission is oversight. It reports to Congress. "
        "It keeps the Secretaries informed. Cover photo: Candidates at the National Military Academy (NATO Training Mission photo by Sarah Brown)"
    )
    assert paragraph in clean_text(f"Quarterly Report\n\n{paragraph}").paragraphs
    assert classify_line("Photo: AFP") and classify_line("Islamabad welcomes the agreement. PHOTO: FILE")


def test_a_line_runs_on_into_a_bracket_that_opens_in_lower_case():
    # c428: "1. We, the National Unity Government of ... Afghanistan" / "(hereafter called the Afghan Government) ..."
    raw = (
        "Communiqué\n\n1. We, the National Unity Government of the Islamic Republic of Afghanistan\n\n\n"
        "(hereafter called the Afghan Government) and the International Community\n"
        "met on 4 December 2014 in London to reaffirm our partnership."
    )
    assert clean_text(raw).paragraphs == [
        "We, the National Unity Government of the Islamic Republic of Afghanistan (hereafter called the Afghan "
        "Government) and the International Community met on 4 December 2014 in London to reaffirm our partnership."
    ]


def test_the_name_of_an_image_or_banner_slot_is_furniture():
    # c404: "banner11" and "banner6" on lines of their own above the title (c06's forum user name is the same shape)
    assert all(classify_line(line) for line in ["banner11", "banner6", "IMG_2034.jpg", "ghazi52"])
    assert not any(classify_line(line) for line in ["Taliban", "G20 leaders met in 2021.", "Article 5"])


def test_a_caption_credited_to_an_agencys_file_photo_is_furniture():
    # c402: "US envoy Zalmay Khalilzad, above, will try to ... in Kabul. (AFP/File)"
    assert classify_line("US envoy Zalmay Khalilzad, above, will try to convince the Taliban to talk. (AFP/File)")
    assert not classify_line("The envoy said the Taliban would talk, according to a file seen by AFP.")


def test_a_wire_credit_in_brackets_on_a_line_of_its_own_is_furniture():
    # c403 (and c349 of heldout5): "(Reporting By ...; Editing by ...)" closing a wire story
    assert classify_line("(Reporting By Ahmed Tolba and Alaa Suilam; Editing by Catherine Evans)")
    assert not classify_line("(The reporting by state media could not be verified.)")


def test_the_last_entry_of_a_breadcrumb_trail_printed_again_as_the_title_is_no_point_of_text():
    # c400 (and c279 of heldout4): "• Home" / "• Japan" / "• <title>", then the title on a line of its own
    title = "Japan’s Ambassador to Afghanistan makes unannounced visit to Kabul"
    raw = (
        f"  • Home\n  • Japan\n  • {title}\n\n{title}\n\n"
        "TOKYO: Japan’s ambassador held talks with the Taliban in Kabul on Monday, the ministry said."
    )
    cleaned = clean_text(raw)
    assert cleaned.paragraphs == [raw.splitlines()[-1].removeprefix("TOKYO: ")]  # the dateline is cut off
    assert title in cleaned.headings
