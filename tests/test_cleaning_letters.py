"""Rules of the eighth round: a letter's addressees, its salutation and the lists of people a statement names
are statement text (the labelling rules say so), not headings; and the few furniture rules made more careful on
the way (date stamps, ad labels, a dated listing). Every test takes its lines from labelled pages (named in
comments), and checks what the rule must not take (a byline, a signature block, a headline)."""

from analysis.text.cleaning import clean_text
from analysis.text.cleaning_furniture import furniture_rule
from analysis.text.cleaning_lists import lists_of_names, points_of_text_lists, salutations_to
from analysis.text.cleaning_rules import classify_line


def test_the_members_of_a_mission_listed_in_a_letter_are_text():
    # heldout9 c604: the composition of a Security Council mission, one member a line, then the letter goes on
    raw = (
        "Letter dated 14 Nov 2008 from the President of the UN SC to the UN SG\n\n"
        "The members of the Council have agreed to the terms of reference for the mission (see annex). The"
        " composition of the mission is as follows:\n\n"
        "Ambassador Olivier Belle (Belgium)\nMr. Toma Galli (Croatia)\nMinister Jean-Pierre Lacroix (France)\n\n"
        "I should be grateful if you could have the present letter and its annex circulated as a document of the"
        " Security Council.\n\n(Signed) Jorge Urbina\nPresident of the Security Council\n"
    )
    cleaned = clean_text(raw)
    assert {5, 6, 7} <= cleaned.kept_lines  # the three members
    assert not {11, 12} & cleaned.kept_lines  # the signature block goes


def test_a_letters_addressees_with_their_roles_are_text():
    # heldout9 c619: "Ms. Ann Linde," / "Sweden Minister for Foreign Affairs", ... above "Her and his Excellency,"
    texts = [
        "Letter from a women's rights activist to the foreign ministers of western countries",
        "Ms. Ann Linde,",
        "Sweden Minister for Foreign Affairs",
        "Mr. Antony J. Blinken,",
        "US Secretary of State",
        "Her and his Excellency, Please accept my sincere greetings and respects, In this letter, we write.",
    ]
    assert lists_of_names(texts) == {1, 2, 3, 4}
    joined = ["Ms. Ann Linde, Sweden Minister for Foreign Affairs", "Mr. Antony J. Blinken, US Secretary of State"]
    assert lists_of_names([texts[0], *joined, texts[-1]]) == {1, 2}
    # the same block addressed to "The Honorable ..." (the form a letter to a US official takes)
    honorable = ["The Honorable Antony J. Blinken,", "Secretary of State", "The Honorable Lloyd J. Austin III,"]
    assert lists_of_names([texts[0], *honorable, "Secretary of Defense", texts[-1]]) == {1, 2, 3, 4}


def test_a_byline_or_a_signature_block_is_no_list_of_names():
    # a byline is one name (heldout c125 "Dr Anna Larson" over her biography); a block of names at the end of
    # the text, with nothing but a date after it, is its signature
    assert lists_of_names(["Dr Anna Larson", "Dr Anna Larson is the issue editor of the series."]) == set()
    assert lists_of_names(["The talks will resume.", "Mr. A. Khan", "Ms. B. Rahimi", "12 March 2022"]) == set()
    assert lists_of_names(["The talks will resume.", "Mr. A. Khan", "Ms. B. Rahimi"]) == set()
    # an author block above the text (two names, then the article, no salutation) is the page's byline
    authors = ["Why the talks failed", "Dr. Jane Doe,", "Senior Fellow", "Prof. John Roe,", "Research Director"]
    assert lists_of_names([*authors, "The talks in Doha failed for three reasons."]) == set()
    assert lists_of_names([*authors, "Dear Minister, we write to you about the talks."]) == {1, 2, 3, 4}
    # a rank before a lower-case word is a title, not a name ("Minister of State for Information ...")
    assert lists_of_names(["Minister of State for X", "Minister of State for Y", "He spoke."]) == set()


def test_a_date_typed_with_dots_is_a_date_stamp_so_a_salutation_is_not_joined_to_it():
    # heldout9 c618: "To Institutions, ..., Advocates," / "August .15.2023" / the letter's first sentence
    assert classify_line("August .15.2023") == ("removed", "dateline")
    assert classify_line("March 3.2021") == ("removed", "dateline")
    assert classify_line("August 15 talks resumed in 2023.") is None
    raw = (
        "Open Letter: Call for Action in Support of Women in Afghanistan\n"
        "To Institutions, Organizations, Human Rights Defenders, and Women’s Rights Advocates,\n"
        "August .15.2023\n"
        "Over the past two years of Taliban rule, it has become evident that the world and its leaders have been\n"
        "bystanders to the Taliban’s aggression against the people of Afghanistan, particularly women.\n"
    )
    cleaned = clean_text(raw)
    assert 2 in cleaned.kept_lines and 3 not in cleaned.kept_lines


def test_a_salutation_opening_on_to_and_its_addressee_is_text():
    # heldout9 c603: the salutation of a message, its first sentence on the next line; a headline opening on
    # "To" and a verb (heldout3 c221 "To reach a peace deal, ...") and a page's title are not taken
    texts = [
        "Congratulatory Message of the Supreme Leader on the Arrival of Eid-ul Adha",
        "To the Mujahid Nation of Afghanistan and to the Muslims Around the World",
        "I wish you all a very happy Eid. May Allah accept your charity.",
    ]
    assert salutations_to(texts) == {1}
    assert (
        salutations_to(["Tag: Ghani", "To reach a peace deal, Taliban say Afghan president must go", texts[2]]) == set()
    )
    assert salutations_to(texts[1:]) == set()  # the first line of a page is its title
    assert salutations_to([texts[0], "To Top"]) == set()  # no text after it: a link


def test_a_dated_listings_second_post_starts_at_its_second_entry():
    # heldout9 c580: the first entry's excerpt carries on over a second line ("“This is a..."), then the next
    # entries; validation/statements unama-2016-01-06: one dated paragraph opens a statement, no listing at all
    raw = (
        "18 Sep 2022 - KABUL - On the day marking the first anniversary of the exclusion of girls from high schools"
        " in Afghanistan, the United Nations re-iterates its call to reopen high schools for all.\n"
        "“This is a...\n"
        "12 Sep 2022 - KABUL -The UN in Afghanistan expresses its mounting concern about de facto authorities’"
        " actions against Afghan female employees of the United Nations. The UN urges the de facto...\n"
        "06 Sep 2022 - NEW YORK – The members of the Security Council condemned in the strongest terms the heinous"
        " terrorist attack outside the Embassy of the Russian Federation in Kabul...\n"
    )
    assert clean_text(raw).kept_lines == {1, 2}
    statement = (
        "6 January 2016 – The United Nations Assistance Mission in Afghanistan (UNAMA) today condemned a spate of"
        " bombings in civilian areas of Kabul.\n\nThe victims were killed while going about their everyday lives.\n"
    )
    assert clean_text(statement).kept_lines == {1, 3}


def test_short_entries_the_text_announces_are_its_points_but_a_title_block_under_a_lead_in_is_not():
    # heldout9 c604 without the forms of address: the countries of a mission, one a line, then the letter
    # goes on; heldout3 c253: "Statement issued on Al-Emarah, the Taliban's propaganda website:" over a title
    # and a deck, then the hard-wrapped text, keeps its title block apart
    units = [
        ("The composition of the mission is as follows:", False),
        ("Belgium", False),
        ("Burkina Faso", False),
        ("China", False),
        ("I should be grateful if you could have the present letter circulated.", False),
    ]
    assert points_of_text_lists(units) == {0, 1, 2, 3}
    assert points_of_text_lists(units[:-1]) == set()  # no text after them: the end of the page
    assert points_of_text_lists([("Members:", False), *units[1:]]) == set()  # a label, not a sentence
    block = [
        ("Statement issued on Al-Emarah, the Taliban's propaganda website:", False),
        ("Ameer Al-Mu'meneen Mullah Mohammad Omar Mujahid about the pleasure of Eid", False),
        ("Eid Mubarak to the whole Muslims Ummah", False),
        ("In The Name of Allah The Most Gracious, The Most Merciful", False),
        ("All Praise and thanks are due to Allah, the Lord of all that exists and may", False),
        ("peace and prayers be upon the Messenger of Allah, his family, companions in", False),
    ]
    assert points_of_text_lists(block) == set()
    raw = "\n".join(text for text, _ in block) + "\nAssalmualeikum Wa Rahmatullahi Wa Barakatuhu\n"
    assert "Eid Mubarak to the whole Muslims Ummah" in clean_text(raw).headings


def test_a_numbered_ad_slot_and_its_story_continues_label_are_furniture_so_a_cut_off_last_line_stays_text():
    # heldout9 c579: "Advertisement 3" / "Story continues below" / "Article content" / the page's cut-off last line
    # (the bare "Advertisement" stands on tune c131, heldout3 c245, heldout8 c522, heldout9 c608)
    assert (
        furniture_rule("Advertisement 3") == furniture_rule("Story continues below") == "subscription or comment prompt"
    )
    assert furniture_rule("Story continues below this advertisement") == "subscription or comment prompt"
    assert furniture_rule("The story continues below the fold of history.") is None
    raw = (
        "Global reaction to Taliban takeover of Afghanistan\n\n"
        "IRANIAN PRESIDENT EBRAHIM RAISI\n\n"
        "“America’s military defeat and its withdrawal must become an opportunity to restore durable peace.\n\n"
        "Advertisement 3\nStory continues below\nArticle content\n\n“Iran backs efforts to"
    )
    assert 11 in clean_text(raw).kept_lines


def test_a_date_stamp_with_its_time_of_day_is_a_date_and_marks_the_posts_of_a_listing_under_a_sites_clock():
    # date stamps with a time of day on tune c21, heldout2 c174, heldout3 c215, heldout8 c554, heldout9 c615, ...
    for stamp in ["September 02, 2021 1:41 pm", "Tuesday, April 1, 2014 - 06:35", "August 16, 2021 8:33 am"]:
        assert classify_line(stamp) == ("removed", "dateline")
    assert classify_line("September 02, 2021 1:41 pm the talks began.") is None
    # heldout9 c615: the site's clock above the title, then posts each a title, a date and an excerpt
    posts = [
        ("Taliban find governing is harder", "September 02, 2021 1:41 pm", "That morning, the unit arrived."),
        ("What Taliban takeover means for the region", "August 19, 2021 9:17 pm", "China and Iran have interests."),
        ("Afghan military jet shot down by air defences", "August 16, 2021 7:26 pm", "The jet crashed on Sunday."),
        ("Taliban seek 'open, inclusive' Islamic government", "August 16, 2021 8:33 am", "A new government waits."),
    ]
    raw = "Friday, Dec 09, 2022\n\n" + "\n\n".join("\n\n".join(post) for post in posts)
    assert clean_text(raw).paragraphs == ["That morning, the unit arrived."]
    # dates above the text only: no listing, and no error
    assert clean_text("14 March 2020\n\n13 March 2020\n\n12 March 2020\n\nThe talks began.").paragraphs == [
        "The talks began."
    ]


def test_short_marked_entries_under_a_lead_in_sentence_are_its_points_too():
    # the same list with markers (the names of a delegation, one a line): kept as text, not as labels of a menu
    raw = (
        "Talks in Doha\n\n"
        "The delegation of the Islamic Emirate to the talks in Doha included the following members:\n\n"
        "- Amir Khan Muttaqi\n- Sher Mohammad Abbas Stanikzai\n- Anas Haqqani\n\n"
        "The talks will resume on Monday.\n"
    )
    assert {5, 6, 7} <= clean_text(raw).kept_lines
    menu = "Talks in Doha\n\nMenu:\n\n- Home\n- News\n- About us\n\nThe talks will resume on Monday.\n"
    assert not {5, 6, 7} & clean_text(menu).kept_lines


def test_a_label_of_other_stories_may_end_on_a_full_stop():
    # heldout9 c569 "You may also like." after the text (the label without the stop on heldout4 c279, heldout5
    # c351, heldout7 c480); a sentence that goes on after the label's words is no label
    raw = "The talks resumed on Monday.\n\nThey will go on.\n\nYou may also like.\n\nOther story about the war"
    assert clean_text(raw).kept_lines == {1, 3}
    raw = "The talks resumed on Monday.\n\nRecommended for you. The envoy said so.\n\nThey went on."
    assert clean_text(raw).kept_lines == {1, 3, 5}


def test_a_caption_ending_on_photo_and_its_agency_after_a_bar_is_a_caption():
    # heldout9 c571 (the credit with a colon, "Photo: AFP", is caught already); a sentence naming a photo is not
    caption = "Taliban fighters sit over a vehicle on a street in Laghman province on August 15, 2021. PHOTO | AFP"
    assert furniture_rule(caption) == "photo credit after a caption"
    assert furniture_rule("The agency released a photo of the talks. It was taken by AFP.") is None
