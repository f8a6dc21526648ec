"""Rules for kinds of statement line and page furniture that heldout5 brought, each on lines cut from a
labelled heldout5 page (the page is named in a comment): the kind, not the page, is what the rule matches."""

from analysis.text.cleaning import clean_text
from analysis.text.cleaning_rules import classify_line, wire_dateline


def misread(furniture: list[str], text: list[str] = ()) -> list[str]:
    """The furniture lines the line rules let through and the text lines they remove: none, when right."""
    return [line for line in furniture if not classify_line(line)] + [line for line in text if classify_line(line)]


def test_the_short_lead_in_of_a_motion_is_text_not_a_kicker():
    # c365: "That the House:" before numbered points; c375: "That the Senate—" before lettered ones
    house = clean_text(
        "Afghanistan\n\nIn accordance with the resolution, I move:\n\nThat the House:\n\n"
        "(1) notes with great concern the urgent and dangerous situation in Afghanistan;\n\n"
        "(2) acknowledges the role of Australia's service men and women during the last 20 years."
    )
    assert "That the House:" in house.paragraphs
    senate = clean_text(
        "Afghanistan\n\nI, and also on behalf of Senators Birmingham and Payman, move:\n\nThat the Senate—\n\n"
        "(a) acknowledges:\n\n(i) 15 August 2022 marks one year since Kabul fell to the Taliban,"
    )
    assert any(paragraph.startswith("That the Senate— (a) acknowledges:") for paragraph in senate.paragraphs)


def test_the_address_block_of_a_petition_is_text_and_its_subject_line_and_counter_are_not():
    # c369: a counter, the date, then "To:" and "CC:" with the names listed under them, and "Re:" the title
    raw = (
        "Human Rights Defenders Joint Statement of Solidarity\n\n"
        "102 people have signed this petition. Add your name now!\n\n28 August 2021\n\n"
        "To: The United Nations General Assembly\n\nCC: Office of the High Commissioner of the Human Rights\n\n"
        "Organization of American States\n\nThe African Union\n\nThe European Union\n\n"
        "Re: Human Rights Defenders Joint Statement of Solidarity\n\n"
        "We, the undersigned human rights defenders from across the world, send our deepest condolences."
    )
    cleaned = clean_text(raw)
    assert cleaned.paragraphs[:5] == [
        "To: The United Nations General Assembly",
        "CC: Office of the High Commissioner of the Human Rights",
        "Organization of American States",
        "The African Union",
        "The European Union",
    ]
    assert cleaned.paragraphs[5].startswith("We, the undersigned")
    counter = ["102 people have signed this petition. Add your name now!"]
    assert misread(counter, ["3 people were killed.", "1,200 people have signed the letter."]) == []


def test_a_dateline_that_puts_the_date_before_the_places_opens_the_text_of_a_wrapped_page():
    # c353: "*30 March, Kabul | New York* –" glued to a sentence wrapped over fixed-width lines
    assert (
        wire_dateline("*30 March, Kabul | New York* – The head of the UNDP said.") == "*30 March, Kabul | New York* – "
    )
    raw = (
        "*Achim Steiner, UNDP Administrator, calls for reopening of secondary\n"
        "schools for girls, and appeals to the international community for\n"
        "solidarity on the eve of a global pledging conference. *\n\n"
        "*30 March, Kabul | New York* – The head of the United Nations Development\n"
        "Programme (UNDP) reminded the international community that Afghans must not\n"
        "be forgotten as the world turns its attention to the war in Ukraine.\n"
    )
    assert clean_text(raw).paragraphs[1].startswith("*30 March, Kabul | New York* – The head of the United Nations")


def test_a_section_of_the_text_under_a_label_of_other_stories_is_kept():
    # c331: "Latest News" as a section heading, then finished sentences of the same report
    raw = (
        "UN Extends Mission in Afghanistan for Next 6 Months\n\n"
        "The United Nations Security Council decided to extend the UN mission in Afghanistan.\n\n"
        "Latest News\n\n"
        "Diplomats said the Taliban had no objection to the extension of the UN mission in Afghanistan.\n\n"
        "“They are more pragmatic,” said a UN Afghanistan specialist.\n"
    )
    assert clean_text(raw).paragraphs[1:] == [
        "Diplomats said the Taliban had no objection to the extension of the UN mission in Afghanistan.",
        "“They are more pragmatic,” said a UN Afghanistan specialist.",
    ]
    # headlines under the label are other stories, as before
    headlines = "The talks resumed on Monday.\n\nLatest News\n\nTaliban name new cabinet\n\nAid arrives in Kabul"
    assert clean_text(headlines).paragraphs == ["The talks resumed on Monday."]


def test_two_paragraphs_printed_again_further_down_are_the_text_not_teasers():
    # c337: a forum post quotes an article, then prints its link card and the two paragraphs again
    first = (
        "Afghan President Hamid Karzai rejected that the situation in Afghanistan could worse as Iraq and dismissed "
        "the possibility of al Qaeda groups comeback in the country."
    )
    second = "President Karzai was speaking during an interview with the BBC’s Lyse Doucet in Kabul."
    body = "Karzai insisted on continued international support as Afghanistan did not have the means to sustain itself."
    raw = f"{first}\n{second}\n{body}\nKarzai rejects situation in Afghanistan could get worse as Iraq\n{first}{second}"
    assert clean_text(raw).paragraphs[:3] == [first, second, body]
    # one paragraph above the text that copies a sentence of it is still a teaser
    teaser = (
        "The sides focused on ensuring security in Afghanistan and providing aid to the country in a separate point."
    )
    page = f"Troika statement\n\n{teaser}\n\nMOSCOW, March 18. /TASS/. The members met.\n\nAid\n\n{teaser}"
    cleaned = clean_text(page)
    assert cleaned.paragraphs[0].endswith("The members met.") and cleaned.paragraphs[1:] == [teaser]


def test_furniture_lines_of_kinds_met_again_on_heldout3_and_heldout5_are_removed():
    furniture = [
        "0 have signed. Let’s get to 100!",  # c370: a petition counter
        "The post WFP: Funding shortage limits aid to half of Afghanistan’s hungry appeared first on Khaama Press.",  # c355
        "Some information for this report was provided by AP, AFP and Reuters.",  # c219: a wire credit
        "No products in the cart.",  # c259: a shop widget
        "Begin text:",  # c367: the marker of a quoted text
        "Join the GlobalSecurity.org mailing list",  # c377
        "Download the app and get the day’s most important stories.",  # c208
        "Sign up to receive The Sift email newsletter each weekday morning for the latest headlines.",  # c247
        "Your email address will not be publishe",  # c321: a comment form cut off by the excerpt
        "Re: Human Rights Defenders Joint Statement of Solidarity to the People of Afghanistan!",  # c369
    ]
    text = [
        "12 people signed the accord in Doha.",
        "Sign up to the Doha process, the envoy urged.",
        "3 people were killed.",
    ]
    assert misread(furniture, text) == []
    # c340: a section's list of other stories after the text
    assert clean_text("The ministers met in Tashkent.\n\nLatest in National\n\nOther story").paragraphs == [
        "The ministers met in Tashkent."
    ]


def test_captions_named_as_photos_dated_or_credited_to_a_photographer_and_agency_are_removed():
    captions = [
        "An Afghan man and his son take part in a protest in Kabul, March 6, 2011",  # c219
        "In this file photo taken on Sept 8, 2021, an Afghan street vendor carries a Taliban flag.",  # c330
        "This photo taken from the official Twitter account of the deputy spokesman shows new uniforms.",  # c330
        "A Taliban fighter stands guard during a protest in Kabul on September 7, 2021. (HOSHANG HASHIMI / AFP)",
    ]
    text = ["The agreement was signed in Doha, February 29, 2020.", "This photo, he said, was a fake."]
    assert misread(captions, text) == []


def test_excerpts_that_end_on_an_ellipsis_in_brackets_make_a_listing():
    # c255: a category page whose posts each end "[…]"
    posts = [
        f"Post {n} of the archive\n\nThe Islamic Emirate said on day {n} that the talks would go on. […]"
        for n in range(4)
    ]
    cleaned = clean_text("\n\n".join(posts))
    assert cleaned.paragraphs == ["The Islamic Emirate said on day 0 that the talks would go on. […]"]


def test_an_agency_alone_in_brackets_is_a_dateline_and_a_second_one_opens_the_next_post():
    # c346: a press-release listing whose excerpts each open with "(MENAFN)", under an archive blurb
    assert wire_dateline("(MENAFN) Afghanistan has boosted its production.") == "(MENAFN) "
    assert wire_dateline("(AP) — The talks resumed.") == "(AP) — "
    assert wire_dateline("(IV) The parties agree to meet again.") == ""  # a point numbered in Roman
    raw = (
        "Press Releases\n"
        "Looking for more press releases? Explore our full press release archive by date to access past news.\n"
        "Afghanistan boosts its domestic pharmaceutical production\n"
        "(MENAFN) Afghanistan has boosted its domestic pharmaceutical production, according to an announcement. The...\n"
        "Afghanistan Seals Deal to Send Laborers to Qatar\n"
        "(MENAFN) The Afghan interim administration has entered into a formal agreement with a Qatari firm. The...\n"
    )
    assert clean_text(raw).paragraphs == [
        "Afghanistan has boosted its domestic pharmaceutical production, according to an announcement. The..."
    ]


def test_a_listing_of_posts_each_under_its_date_ends_at_the_second_date():
    # c221: title, section, date, title again, excerpt, for each post; c208: "July 15, 2021 | Via BBC"
    def post(title, date, text):
        return f"{title}\n\nMiddle East\n\n{date}\n\n{title}\n\n{text}\n\n"

    raw = (
        post("To reach a peace deal, Taliban say Afghan president must go", "July 23, 2021", "The Taliban spoke.")
        + post("Afghan presidential palace rocked by allegations", "May 30, 2019 | Via BBC", "An official alleged it.")
        + post("US-Taliban talks stumble over troop withdrawal", "May 6, 2019", "Talks have become bogged down.")
        + post("Kabul on lockdown as assembly discusses peace", "April 30, 2019", "Kabul slowed to a crawl.")
    )
    assert clean_text(raw).paragraphs == ["The Taliban spoke."]
    # dates that go forward in time are a chronology of one text
    chronology = "\n\n".join(f"{day} March 2021\n\nOn day {day} the talks went on." for day in (1, 2, 3, 4))
    assert len(clean_text(chronology).paragraphs) == 4


def test_copyright_notices_and_links_to_other_news_are_removed():
    furniture = [
        "Wednesday 18 August 2021 © Parliamentary Copyright House of Commons 2021 This publication may be reproduced",
        "In accordance with Title 17 U.S.C. Section 107, this material is distributed without profit.",  # c274
        "To continue reading this news article, follow the link to the news website.",  # c325
        "Other News:   Squires: The letter proves the assault has been decades in the making",  # c325
        "Similar News:You can also read news stories similar to this one that we have collected.",  # c334
    ]
    assert misread(furniture, ["Continue reading the statement, he said, and you will see."]) == []
    # c327: a label of other stories ending in a colon
    assert clean_text("The minister spoke.\n\nMore on this topic:\n\nAnother story").paragraphs == [
        "The minister spoke."
    ]


def test_a_sentence_full_of_names_printed_twice_keeps_its_later_copy_and_a_title_with_a_stop_its_first():
    # c170: the first copy is the page's title, the second the text; c34: a title with a full stop, twice
    sentence = (
        "The Taliban has reacted to the 'Global Peace Index 2022' of the Institute for Economics and Peace (IEP) "
        "and called the findings related to Afghanistan."
    )
    body = "KABUL, Aug 18: The Taliban did not want to have any internal or external enemies, the spokesman said."
    assert clean_text(f"{sentence}\n{sentence}\n{body}").paragraphs[0] == sentence
    title = "Statement by Ambassador Isaczai at the UN Security Council Briefing on the Situation in Afghanistan."
    cleaned = clean_text(f"{title}\n\n{title}\n\nMr. President,\n\nI thank you for convening this meeting.")
    assert [step.rule for step in cleaned.steps if step.line_no == 3] == ["repeated line"]


def test_a_list_item_that_carries_on_the_one_before_is_text():
    # c223: "• British ambassador ‘to be airlifted out of Afghanistan’…" / "• …as militants enter Kabul"
    raw = (
        "Afghanistan news – live\n\nTaliban fighters have officially entered Kabul, officials said.\n\nKey points\n\n"
        "  • Taliban head to presidential palace for ‘peaceful transfer of power’\n"
        "  • British ambassador ‘to be airlifted out of Afghanistan’…\n"
        "  • …as militants enter Kabul\n"
        "  • Militants ‘will respect rights of women,’ says Taliban spokesman\n"
    )
    assert "…as militants enter Kabul" in clean_text(raw).paragraphs


def test_points_without_markers_after_a_lead_in_are_text_when_the_first_reads_as_a_sentence():
    # c224: "Key points:" and points without markers or final punctuation, one of them short
    points = [
        "Taliban fighters have reached the capital Kabul – with leaders declaring victory over Afghan government",
        "All commercial flights from Kabul airport suspended – NATO official",
        "Pentagon authorises deployment of another 1,000 troops after Joe Biden defends his decision",
    ]
    raw = "Taliban take control of the palace\n\nThe Taliban has seized all major cities.\n\nKey points:\n\n"
    assert clean_text(raw + "\n\n".join(points)).paragraphs[-3:] == points
    # c89: a title block under a lead-in opens with a title, not a sentence
    block = "Joint Declaration of the United States-Afghanistan:\n\nStrategic Partnership\n\nOffice of the Spokesperson"
    assert clean_text(block + "\n\nThe two countries met in 2005.").headings == [
        "Strategic Partnership",
        "Office of the Spokesperson",
    ]


def test_a_source_credit_followed_by_a_title_closes_the_text():
    # c165: a repost ends on "Source: Telegram", then the next post's title and text
    raw = (
        "New statement from the Islamic Emirate: “On the talks”\n\nThe Islamic Emirate welcomes the talks.\n\n"
        "Source: Telegram\n\nNew statement from the Islamic Emirate: “Regarding the Supposed Election Process”\n\n"
        "For the past few days the deceiving process of elections has again picked up steam."
    )
    assert clean_text(raw).paragraphs == ["The Islamic Emirate welcomes the talks."]
    # a credit above a section heading of the text closes nothing
    section = "Full statement\n\nThe Islamic Emirate calls on all sides to keep to the agreement."
    assert (
        clean_text(raw.split("Source: Telegram")[0] + "Source: Telegram\n\n" + section)
        .paragraphs[-1]
        .startswith("The Islamic Emirate calls")
    )
    # a credit between a standfirst and the body closes nothing
    body = "The two sides met in Doha on Monday."
    assert clean_text(f"Talks resume\n\nA summary of the talks.\n\nSource: AFP\n\n{body}").paragraphs[-1] == body


def test_separators_update_stamps_and_summary_markers_are_removed():
    furniture = ["– .", "#####", "|", "This article was last updated on 10 Jul 2020", "From the summary:"]
    assert misread(furniture, ["This article was written by the mission's staff."]) == []


def test_sidebar_headlines_under_their_age_are_removed():
    # c216: "• 11 minutes Perovskites, ..." and "• 6 days Investment in renewables tanking"
    sidebar = [
        "• 11 minutes Perovskites, a ‘dirt cheap’ alternative to silicon",
        "• 6 days Investment in renewables tanking",
    ]
    text = ["3 days later, the delegations met again.", "20 days of talks ended without a deal"]
    assert misread(sidebar, text) == []


def test_excerpts_ending_on_a_read_more_link_make_a_listing_and_a_long_title_opens_the_next_post():
    # c227: every excerpt ends "… Read More"
    posts = [
        f"Title {n}\n\nThe council met on day {n} and agreed on a new plan for the region … Read More" for n in range(4)
    ]
    # (the link glued to the first excerpt is cut off it since the twenty-fifth round)
    assert clean_text("\n\n".join(posts)).paragraphs == [
        "The council met on day 0 and agreed on a new plan for the region …"
    ]
    # c226: the second post's title, longer than a headline, stands above its byline
    raw = (
        "Biden Steals from Famine-Struck Afghanistan\n\nMaira Mirza 7 Min Read\n\n"
        "The theft of money held by the United States is the lowest level of moral decay.\n\n"
        "Family of Afghans killed in August drone strike to receive US blood money\n\nShaheer Choudhury 11 Min Read\n\n"
        "The US Department of Defense has belatedly stated that it will provide compensation."
    )
    assert clean_text(raw).paragraphs == [
        "The theft of money held by the United States is the lowest level of moral decay."
    ]


def test_a_salutation_naming_its_addressee_is_kept_with_the_paragraph_it_opens():
    # the labels count salutations as statement ("Dear colleagues!", c203; "Excellencies,", c257)
    cleaned = clean_text("Letter to the UN\n\nDear Secretary-General,\n\nWe write to you about the talks.")
    assert cleaned.paragraphs == ["Dear Secretary-General, We write to you about the talks."]
