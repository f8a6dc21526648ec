"""The cleaning rules written from validation/cleaning/, each on a worked example.

The examples are lines of labelled pages (the page's id in the comment; the first rounds read the
tune half only, the later ones both halves), shortened where the rule does not need the whole line;
a few come from the issue that asked for the rule, or from validation/statements.
"""

from analysis.text.cleaning import clean_text, is_hard_wrapped, looks_like_title
from analysis.text.cleaning_rules import classify_line, script_language
from analysis.text.cleaning_wire_datelines import strip_wire_dateline


def removed_by(cleaned, rule):
    return [step.before for step in cleaned.steps if step.rule == rule and step.action == "removed"]


def test_a_pdf_break_before_a_capital_is_rejoined_in_hard_wrapped_text():
    raw = (
        "The members of the council stressed the importance of the security of the United\n"
        "States and its allies and of the region as a whole in the months to come\n"
        "and called for an end to the violence in all its forms across the country.\n"
    )
    assert clean_text(raw).paragraphs == [
        "The members of the council stressed the importance of the security of the United States and its allies "
        "and of the region as a whole in the months to come and called for an end to the violence in all its forms "
        "across the country."
    ]


def test_a_long_line_in_sentence_case_is_not_a_heading():
    raw = (
        "Joint Statement\n\nThe ministers met in Tashkent.\n\n"
        "We urge all parties involved in the conflict in Afghanistan to refrain from the use of force"
    )
    assert clean_text(raw).paragraphs[-1].startswith("We urge all parties involved")


def test_the_first_line_without_punctuation_is_the_title_even_in_sentence_case():
    raw = "NATO calls on Kabul and the Taliban to take advantage of the momentum of the talks to agree a ceasefire\n\nNATO said so on Wednesday."
    cleaned = clean_text(raw)
    assert cleaned.paragraphs == ["NATO said so on Wednesday."]
    assert cleaned.headings[0].startswith("NATO calls on Kabul")


def test_a_teaser_repeating_the_first_paragraph_is_removed():
    first = "Afghan President Ashraf Ghani on Sunday urged the Taliban to join the peace process and help the country"
    raw = f"Ghani urges Taliban\n\n{first}\n\n{first}, his office said in a statement on Sunday."
    cleaned = clean_text(raw)
    assert cleaned.paragraphs == [f"{first}, his office said in a statement on Sunday."]
    assert "teaser repeating the text" in [step.rule for step in cleaned.steps]


def test_a_repeated_title_is_removed():
    raw = "Statement on the talks\n\nStatement on the talks\n\nThe talks resumed today."
    cleaned = clean_text(raw)
    assert cleaned.paragraphs == ["The talks resumed today."]
    assert [step.rule for step in cleaned.steps if step.action == "removed"][:2] == [
        "heading (no final punctuation)",
        "repeated line",
    ]


def test_cookie_share_comment_and_tag_lines_are_removed():
    raw = (
        "The council met in Kabul.\nWe use cookies to improve your experience on our website.\nShare on Facebook\n"
        "Please enter your comment!\nTags: Afghanistan, Taliban, Doha\nThis is developing news. Please return for updates.\n"
        "It called for talks."
    )
    cleaned = clean_text(raw)
    assert cleaned.paragraphs == ["The council met in Kabul.", "It called for talks."]


def test_a_heading_that_starts_with_recommended_is_not_a_page_trailer():
    raw = "The report ends here.\nRecommended next steps:\n1. Restore aid to the health sector.\n2. Reopen schools for girls."
    assert clean_text(raw).paragraphs[-2:] == ["Restore aid to the health sector.", "Reopen schools for girls."]


def test_a_short_kicker_ending_in_a_colon_is_set_aside():
    cleaned = clean_text("Talks resume\n\nPresident Ghani:\n\nWe are ready for peace.")
    assert cleaned.paragraphs == ["We are ready for peace."]
    assert "President Ghani:" in cleaned.headings


def test_entries_of_a_listing_page_are_removed():
    raw = "UNAMA condemns the attack.\n• 10 Jun 2016 - KABUL - On behalf of the United Nations, I condemn the attack\n"
    assert clean_text(raw).paragraphs == ["UNAMA condemns the attack."]


def test_hard_wrapping_and_title_case_are_told_apart():
    assert is_hard_wrapped(
        [
            "the security of the United States and its allies and",
            "partners in the region who met here",
            "in Doha on Monday to discuss the coming talks.",
        ]
    )
    assert not is_hard_wrapped(["The council met in Kabul on Monday.", "It called for talks without delay."])
    assert looks_like_title("Recommended Next Steps for the Donors") and not looks_like_title(
        "we urge all parties to talk"
    )


def test_a_short_pdf_line_runs_on_before_a_capital_when_no_blank_line_follows_it():
    # c122: a 12-word line of a hard-wrapped page, then its continuation starting with a capital
    raw = (
        "Tashkent to Host a High-Level Conference on Afghanistan\n\n"
        "The global and regional powers, Afghanistan’s neighbors will attend the Tashkent\n"
        "International Conference “Peace Process, Security Cooperation and Regional\n"
        "Connectivity” in March. From the early days of his leadership of the country, the President\n"
        "defined building up constructive, mutually advantageous and good-neighborly relations with\n"
        "Central Asian nations as the principal foreign policy priority.\n"
    )
    cleaned = clean_text(raw)
    assert cleaned.headings == ["Tashkent to Host a High-Level Conference on Afghanistan"]
    assert cleaned.paragraphs[0].startswith(
        "The global and regional powers, Afghanistan’s neighbors will attend the Tashkent International"
    )


def test_a_short_label_does_not_continue_a_long_line_of_a_record():
    # c49: a field value, then the next field's label; the label is not the rest of a sentence
    raw = (
        "Agreement for Bringing Peace\n\nParties\nUnited States\n"
        "Islamic Emirate of Afghanistan which is not recognized by the United States as a state and is known as the Taliban\n"
        "Third parties\n-\nDescription\n"
        "This agreement between the United States and the Islamic Emirate of Afghanistan which is not\n"
        "recognized by the United States as a state and is known as the Taliban sets out four parts that\n"
    )
    assert not any("Third parties" in paragraph for paragraph in clean_text(raw).paragraphs)


def test_a_line_ending_on_a_function_word_or_cut_off_at_the_end_is_text_not_a_heading():
    # c81 ends "Sixth: all parties accentuate on"; c109 ends "The notion of meaningful participati"
    assert clean_text("Title\n\nFifth: all parties agreed.\n\nSixth: all parties accentuate on").paragraphs[-1] == (
        "Sixth: all parties accentuate on"
    )
    assert clean_text("Title\n\nWomen met in Kabul.\n\nThe notion of meaningful participati").paragraphs[-1] == (
        "The notion of meaningful participati"
    )


def test_a_teaser_that_nearly_repeats_the_first_sentence_is_removed_before_lines_are_joined():
    # c131: title printed three times, a teaser with one word less than the first sentence
    title = "Afghan President Ashraf Ghani urges Taliban to join peace process, help stabilise country"
    raw = (
        f"{title}\n\n{title}\n\n"
        "Afghan President Mohammad Ashraf Ghani on Sunday urged the Taliban militants to give up fighting and join "
        "the peace and reconciliation process\n\nAdvertisement\n"
        f"{title}\n\n"
        "Kabul: Afghan President Mohammad Ashraf Ghani on Sunday again urged the Taliban militants to give up fighting "
        "and join the peace and reconciliation process.\n\n"
        "“If you are Afghans you should join the peace process to help stabilise the country,” Ghani said.\n"
    )
    cleaned = clean_text(raw)
    assert cleaned.paragraphs[0].startswith("Kabul: Afghan President Mohammad Ashraf Ghani on Sunday again")
    assert len(cleaned.paragraphs) == 2 and cleaned.headings == [title]
    assert [step.rule for step in cleaned.steps if step.action == "removed"].count("teaser repeating the text") == 1


def test_a_teaser_found_inside_a_later_paragraph_is_removed():
    # c81: the teaser repeats the first point, which is printed after its label "First:"
    point = "all parties in this conference have agreed that achieving a dignified and lasting peace is the aspiration"
    raw = f"Moscow Conference’s Joint Declaration on Peace\n\n{point}\n\nWe met in Moscow.\n\nFirst: {point} of all."
    cleaned = clean_text(raw)
    assert cleaned.paragraphs == ["We met in Moscow.", f"First: {point} of all."]
    assert cleaned.headings == ["Moscow Conference’s Joint Declaration on Peace"]


def test_a_masthead_naming_a_news_agency_is_removed_and_a_kicker_set_aside():
    # the issue's masthead; c109's site name line
    assert classify_line("Afghanistan's First and Most Trustable News Agency.") == ("removed", "masthead")
    cleaned = clean_text("Afghanistan Analysts Network – English\n\nWar and Peace\n\nPresident Ghani:\n\nWe met.")
    assert cleaned.paragraphs == ["We met."] and "President Ghani:" in cleaned.headings


def test_wire_datelines_glued_to_the_first_sentence_are_cut_off():
    # c115, c123, c117, c20, c23 (tune) and the example
    assert (
        strip_wire_dateline(
            "Jeddah (UrduPoint / Pakistan Point News - 02nd December, 2021) Secretary General of the OIC announced"
        )
        == "Secretary General of the OIC announced"
    )
    assert (
        strip_wire_dateline("Jeddah (UrduPoint / Pakistan Point News - 12th Jan, 2023) The OIC met.") == "The OIC met."
    )
    assert (
        strip_wire_dateline("New Delhi [India], Mar.8 (ANI): Uzbekistan has always been")
        == "Uzbekistan has always been"
    )
    assert (
        strip_wire_dateline("ISLAMABAD – Secretary-General of the OIC hailed") == "Secretary-General of the OIC hailed"
    )
    assert strip_wire_dateline("KABUL - The UN Assistance Mission condemns") == "The UN Assistance Mission condemns"
    assert strip_wire_dateline("KABUL, 20 June 2016 – The UN Assistance Mission") == "The UN Assistance Mission"
    assert strip_wire_dateline("MOSCOW, March 18. /TASS/. Russia said") == "Russia said"
    for sentence in (
        "First: all parties agreed.",
        "The United Nations Assistance Mission in Afghanistan (UNAMA) today",
    ):
        assert strip_wire_dateline(sentence) == sentence
    cleaned = clean_text("OIC meets\n\nJeddah (UrduPoint / Pakistan Point News - 12th Jan, 2023) The OIC met.")
    assert cleaned.paragraphs == ["The OIC met."]
    assert [step.rule for step in cleaned.steps if step.action == "changed"] == ["wire dateline"]


def test_only_the_first_paragraph_loses_a_dateline_so_speakers_of_a_transcript_stay():
    raw = (
        "Interview\n\nWASHINGTON – The envoy spoke.\n\nPRICE: What we know is that talks matter...\n\nHOST: Thank you."
    )
    assert clean_text(raw).paragraphs == [
        "The envoy spoke.",
        "PRICE: What we know is that talks matter...",
        "HOST: Thank you.",
    ]


def test_share_follow_unsubscribe_link_and_cookie_lines_are_removed():
    # c67, c21 (tune) and the cookie text
    for line, rule in [
        ("Adjust Comment Print", "share buttons"),
        ("Follow us on Facebook (http://www.facebook.com/UN.News.Centre) and Twitter", "share buttons"),
        (
            "To change your profile or unsubscribe go to: http://www.un.org/apps/news/email/",
            "subscription or comment prompt",
        ),
        ("For more details go to UN News Centre at http://www.un.org/news", "link to another page"),
        ("By continuing to browse, you accept cookie settings and our cookie policy.", "cookie notice"),
    ]:
        assert classify_line(line) == ("removed", rule), line


def test_captions_notes_datelines_and_lines_in_other_scripts_are_removed():
    # c79, c38, c48, c74
    assert classify_line("The attack left 42 dead, including four US citizens Credit: MOHAMMAD ISMAIL") == (
        "removed",
        "photo caption or credit",
    )
    note = "[This is a rush transcript. This copy may not be in its final form and may be updated]"
    assert classify_line(note) == ("removed", "editor's note in brackets")
    assert classify_line("Saturday the February 29, 2020") == ("removed", "dateline")
    assert script_language("अफगान मंत्री का दावा") == "Devanagari"


def test_a_spaced_dash_at_the_end_of_a_line_is_no_hyphen():
    # c120: "Uzbekistan Today (English) - - FRONT PAGE -" is a section label, not a word cut in two
    cleaned = clean_text("Declaration\n\nUzbekistan Today (English) - - FRONT PAGE -\n\nWe the participants met.")
    assert cleaned.paragraphs == ["We the participants met."]


def test_the_next_posts_of_a_listing_of_excerpts_are_removed():
    # c60: a page of excerpts cut short with "..."; the first is the statement
    raw = (
        "William Burns admitted the Taliban could regain control of Afghanistan after the withdrawal. The...\n"
        "There were explosion in an area containing gas facilities in Herat early morning.\n"
        "There are no words from authorities about casualties. However, local...\n"
        "The Taliban are having consultations on the proposed draft peace plan.\n"
        "According to Afghan...\n"
        "The Taliban has warned the new US administration. The...\n"
    )
    cleaned = clean_text(raw)
    assert cleaned.paragraphs == [raw.splitlines()[0]]
    assert len(removed_by(cleaned, "next post on a listing page")) == 5


def test_the_first_entry_of_a_dated_listing_is_the_statement():
    # c23: the first entry, its date and dateline cut off, is kept; the entries after it go
    raw = (
        "Press releases\n\n"
        "  • 20 Jun 2016 - KABUL, 20 June 2016 – The UN Assistance Mission in Afghanistan expresses grave concern.\n"
        "  • 20 Jun 2016 - Forced displacement has reached unprecedented levels.\n"
        "  • 10 Jun 2016 - KABUL - On behalf of the United Nations in Afghanistan, I condemn the attack.\n"
    )
    cleaned = clean_text(raw)
    assert cleaned.paragraphs == ["The UN Assistance Mission in Afghanistan expresses grave concern."]
    assert len(removed_by(cleaned, "next post on a listing page")) == 2


def test_read_previous_and_read_next_start_the_page_trailer():
    # c53: the previous and next posts of a ministry page, each after its link
    raw = "Report is untrue\n\nThe Islamic Emirate rejects the report.\n\nRead Previous\n\nToday the minister met.\n"
    assert clean_text(raw).paragraphs == ["The Islamic Emirate rejects the report."]


def test_an_excerpt_of_another_story_with_its_own_dateline_is_removed():
    # c137: a related story's excerpt between the paragraphs, with its dateline and "..."
    raw = (
        "Taliban delegation to arrive in Islamabad today\n"
        "ISLAMABAD – Top Afghan Taliban delegation will arrive in Islamabad today.\n"
        "ISLAMABAD – Pakistan on Wednesday welcomed the breakthrough over a deal between Afghanistan government and the ...\n"
        "Khalilzad wrote on Twitter that the two sides had recognised an agreement.\n"
    )
    assert clean_text(raw).paragraphs == [
        "Top Afghan Taliban delegation will arrive in Islamabad today.",
        "Khalilzad wrote on Twitter that the two sides had recognised an agreement.",
    ]


def test_a_field_value_repeated_down_a_form_is_removed_every_time():
    # c49: "No specific mention." under each group of a database record
    raw = "Record\n\nChildren/youth\n\nNo specific mention.\n\nDisabled persons\n\nNo specific mention.\n\nElderly\n\nNo specific mention."
    cleaned = clean_text(raw)
    assert cleaned.paragraphs == []
    assert len(removed_by(cleaned, "repeated field value")) == 3


def test_a_trailer_label_above_the_first_paragraph_is_no_trailer():
    # c55: "Latest News" is the section name above the title, not the start of the page's end
    raw = (
        "Latest News\nMuttaqi tells top UN envoy foreign community has done nothing to warrant a change in policy\n\n"
        "Muttaqi made the remarks during a meeting with visiting Deputy Secretary-General of the United Nations.\n"
        "Among the issues under discussion is the ban on women’s education.\n"
    )
    assert {4, 5} <= clean_text(raw).kept_lines
    assert clean_text("The talks resumed.\nLatest News\nOther story.").paragraphs == ["The talks resumed."]


def test_an_exact_copy_of_the_first_sentence_is_a_teaser_and_the_later_copy_stays():
    # c24: the teaser and the body's first paragraph are the same sentence
    first = (
        "The UN Assistance Mission in Afghanistan (UNAMA) expresses grave concern about the impact on civilians "
        "from the increase in violence around the country during the first week of the holy month of Ramadan."
    )
    raw = f"UN Expresses Concerns over Civilian Casualties\n{first}\n{first}\nUNAMA condemned Taliban for incidents."
    cleaned = clean_text(raw)
    assert cleaned.paragraphs == [first, "UNAMA condemned Taliban for incidents."]
    assert cleaned.kept_lines == {3, 4}
    assert removed_by(cleaned, "teaser repeating the text") == [first]


def test_paragraphs_that_open_alike_are_no_teaser_but_a_teaser_cut_short_later_is():
    # c83: two paragraphs open with the same eleven words; c14: the teaser, then its copy cut off at the page end
    council = "The members of the Security Council condemned in the strongest terms"
    raw = f"Press statement\n\n{council} the deplorable attack in Herat.\n\n{council} all instances of terrorism and attacks on civilians."
    assert len(clean_text(raw).paragraphs) == 2
    teaser = "The sides focused on ensuring security in Afghanistan and providing aid to the country in a separate point of the statement"
    raw = f"Troika statement\n\n{teaser}\n\nThe Troika met in Moscow.\n\nAid to Afghanistan\n\n{teaser[:103]}"
    assert clean_text(raw).paragraphs == ["The Troika met in Moscow.", teaser[:103]]


def test_widgets_credits_symbols_and_stamped_headlines_are_removed():
    # c29, c94, c33, c132, c69, c85, c98, c35, c118, c59, c04, c137 and a Reuters credit line
    for line, rule in [
        ("This site uses Akismet to reduce spam. Learn how your comment data is processed.", "comment form"),
        ("Twitter icon", "share buttons"),
        ("Close this search box.", "page widget"),
        ("Go to top", "page widget"),
        ("Continue reading...", "page widget"),
        (
            "All popular browsers allow zooming in and out by pressing the Ctrl (Cmd in OS X) and + or - keys.",
            "page widget",
        ),
        ("SC/14464", "document symbol"),
        (
            "(At The Quint, we question everything. Play an active role in shaping our journalism by becoming a member today.)",
            "subscription or comment prompt",
        ),
        ("Login to post comments", "subscription or comment prompt"),
        ("See also  A skirt, a pair of pants at the József Attila Theater", "link to another story"),
        ("Developed by Nethub", "credit line"),
        ("Source: Telegram", "credit line"),
        ("—Reporting by Foo Yun CheeEditing by Peter Graff", "credit line"),
        ("*09/12/1397 Hijri Solar*", "dateline"),
        ("which corresponds to Rajab 5, 1441 on the Hijri Lunar calendar", "dateline"),
    ]:
        assert classify_line(line) == ("removed", rule), line
    # the same calendar phrase ending a sentence of the text is kept (c47), and so are sentences that open alike
    for sentence in (
        "Hoot 20, 1398 on the Hijri Solar calendar.",
        "Afghanistan applied to become a member of the organisation.",
        "Writing to the Council, the minister asked for aid.",
        "Developed in close cooperation with the donors, the plan was adopted.",
        "See also paragraph 5 of resolution 2513 (2020).",
    ):
        assert classify_line(sentence) is None, sentence


def test_a_label_in_capitals_before_a_colon_is_no_dateline_unless_shaped_like_a_place():
    # validation/statements: a broadcaster's question and a document's label; c-set pages: "KABUL:"
    assert strip_wire_dateline("CCTV: The situation in Afghanistan is developing rapidly.").startswith("CCTV:")
    assert strip_wire_dateline("TEXT: Pakistan is hosting an Extraordinary Session.").startswith("TEXT:")
    assert strip_wire_dateline("ISLAMABAD: Pakistan is hosting a session.") == "Pakistan is hosting a session."


def test_a_second_story_starts_at_its_own_dateline_or_at_a_title_like_the_first():
    # c52: a page of stories, each with a title and a dateline; c04: each post titled "New statement from ..."
    raw = (
        "Foreign Ministry Commemorates Afghanistan Constitution’s Fifteenth Anniversary\n\n"
        "KABUL – In a gathering at the Ministry of Foreign Affairs today, the anniversary was commemorated.\n\n"
        "The minister congratulated the attendees.\n\n"
        "Acting Foreign Minister Meets Turkish Ambassador to Kabul\n\n"
        "KABUL – Acting Foreign Minister Mr. Idrees Zaman met with the Ambassador of the Republic of Turkey.\n"
    )
    cleaned = clean_text(raw)
    assert cleaned.paragraphs == [
        "In a gathering at the Ministry of Foreign Affairs today, the anniversary was commemorated.",
        "The minister congratulated the attendees.",
    ]
    assert len(removed_by(cleaned, "next post on a listing page")) == 2
    title = "New statement from the Islamic Emirate of Aghanistan’s Zabīh Allah Mujāhid:"
    raw = f"{title} “Remarks Concerning Talks”\n\nTalks were held in Doha.\n\n{title} “Deputy Met Envoy”\n\nOn Monday the deputy met."
    assert clean_text(raw).paragraphs == ["Talks were held in Doha."]
    # a running header that shortens the title starts nothing
    header = "New statement from the Islamic Emirate of Aghanistan’s Zabīh Allah Mujāhid"
    raw = f"{title} “Remarks Concerning Talks”\n\nTalks were held in Doha.\n\n{header}\n\nThe deputy met the envoy."
    assert clean_text(raw).paragraphs == ["Talks were held in Doha.", "The deputy met the envoy."]


def test_a_run_of_headlines_after_the_text_is_a_list_of_other_stories_but_a_numbered_list_is_text():
    # c93: headlines of other stories with no "Related" label; validation/statements awn-2015-05-12: a list
    raw = (
        "“No one desires peace more than the people of Afghanistan, who have suffered so much.”\n"
        "“A peace process must put human rights at its heart.”\n"
        "Tags: AFGHANISTAN, ARMED CONFLICT, JUSTICE SYSTEMS.\n"
        "Iran: Authorities must halt plan to amputate fingers of tortured prisoners\n"
        "Hungary: Withdrawal from ICC does not absolve its obligation to arrest Netanyahu\n"
        "Myanmar: Urgently facilitate access to humanitarian aid for earthquake survivors\n"
    )
    cleaned = clean_text(raw)
    assert len(cleaned.paragraphs) == 2
    assert len(removed_by(cleaned, "run of headlines of other stories")) == 3
    raw = (
        "We demand the attention of the government on the following:\n\n"
        "1. Special attention to the overall security of Afghan women and girls\n\n"
        "2. Identifying the causes of why attorneys have been targeting consecutively\n\n"
        "3. Identifying the recent causes of recent suicide attacks increased in the country\n"
    )
    assert len(clean_text(raw).paragraphs) == 4
    unmarked = raw.replace("1. ", "").replace("2. ", "").replace("3. ", "")  # a web page that lost its list markers
    assert not removed_by(clean_text(unmarked), "run of headlines of other stories")


def test_the_last_unit_right_after_text_is_text_cut_off_not_a_heading():
    # c06 ends "All OIC count", c87 ends "Briefing the Council, ... for Afghanis"; a closing name is not text
    text = "Upon reaching the capital, the IDB president commended Pakistan."
    assert clean_text(f"Title\n\n{text}\n\nAll OIC count").paragraphs == [text, "All OIC count"]
    last = "Briefing the Council, Tadamichi Yamamoto, Special Representative of the Secretary-General for Afghanis"
    assert clean_text(f"Title\n\n{text}\n\n{last}").paragraphs[-1] == last
    assert clean_text(f"Title\n\n{text}\n\nM. Daud").paragraphs == [text]
