"""Rules for kinds of page furniture met on the labelled pages, each on lines cut from a tune, held-out
or heldout2 page (the page is named in a comment): the kind, not the page, is what the rule matches."""

from analysis.text.cleaning import clean_text


def removed_by(cleaned, rule):
    return [step.before for step in cleaned.steps if step.rule == rule and step.action == "removed"]


def test_a_quotation_printed_above_the_text_is_the_teaser_even_when_its_end_was_cut_off():
    # c174: the quotation, with no final stop, above the body that repeats it word for word and finishes it
    quote = (
        "\"Importantly, and in contradiction to assurances that the Taliban would uphold women's rights, over the past "
        'three weeks, women have instead been progressively excluded from the public sphere," Michelle Bachelet told '
        "the Human Rights Council in Geneva"
    )
    body = "The United Nations' human rights chief criticised on Monday the Taliban's human rights record."
    cleaned = clean_text(
        f"UN rights chief rebukes Taliban\n\n{quote}\n\n{body}\n\n{quote}.\n\nShe also expressed dismay."
    )
    assert cleaned.paragraphs == [body, f"{quote}.", "She also expressed dismay."]
    assert [step.line_no for step in cleaned.steps if step.rule == "teaser repeating the text"] == [3]


def test_a_last_line_of_two_words_ending_on_a_function_word_is_text_cut_off():
    # c181: the excerpt stops after "They not"
    raw = "The Reform Agenda\n\nThe international community welcomed the new framework.\n\nThey not"
    assert clean_text(raw).paragraphs == ["The international community welcomed the new framework.", "They not"]
    assert clean_text("The parties met.\n\nLatest News").paragraphs == ["The parties met."]


def test_the_statements_own_excerpt_cut_short_ends_the_first_post_of_a_listing():
    # c188: the statement runs over two paragraphs, the second cut short with "..."; then other posts
    raw = (
        "The Taliban has rejected latest United Nations calls for engaging in peace talks.\n\n"
        "Taliban spokesman Zabihullah Mujahid said that their two conditions for peace talks are the removal and...\n\n"
        "As it enters a 16th year of hostilities, Afghanistan stands at a crossroads and can either...\n\n"
        "The Taliban says it's ready for peace talks with the US - if their demands ...\n\n"
        "A spokesman for the Afghan Taliban says the group is ready for peace talks with the United States...\n"
    )
    cleaned = clean_text(raw)
    assert len(cleaned.paragraphs) == 2 and cleaned.paragraphs[1].startswith("Taliban spokesman")
    assert len(removed_by(cleaned, "next post on a listing page")) == 3


def test_an_excerpt_with_a_dateline_of_its_own_after_the_text_is_another_story():
    # c07: "Ludhiana: ..." after the report is the first of several teasers of other stories
    raw = (
        "Dubai: The Organization of Islamic Cooperation promised on Sunday to help achieve peace in Afghanistan.\n"
        "The statement called the Afghan parties to resolve their differences peacefully.\n"
        "Ludhiana: The police have submitted FIR to four identified and at least 40 unknown attackers…\n"
        "Jalandhar: BJP and AAM AAM AADMI parties are one party, Secretary General of the Ajay…\n"
        "Ludhiana: Minister of Union Culture Meenakshi Lekhi while campaigning to support the BJP candidate from…\n"
    )
    assert len(clean_text(raw).paragraphs) == 2


def test_a_second_byline_after_text_opens_the_next_post_of_a_tag_page():
    # c186: title, byline, excerpt, then the next post's title, byline and excerpt
    raw = (
        "Agree to Disagree? US, Taliban Trade Barbs Over Continuing Violence\n"
        "By Catherine Putz\n"
        "The Taliban and U.S. clearly have different understandings of the deal they signed in February.\n"
        "Afghans Say Preventing the Next War as Vital as Ending This One\n"
        "By Associated Press\n"
        "Even if an intra-Afghan deal is reached, many Afghans fear that the country's factions will fight.\n"
        "Growing Sectarianism Can Challenge Lasting Peace in Afghanistan\n"
        "By Said Sabir Ibrahimi\n"
        "The Taliban's insistence on the supremacy of Sunni Hanafism has alarmed Afghan Shias.\n"
    )
    cleaned = clean_text(raw)
    assert cleaned.paragraphs == [
        "The Taliban and U.S. clearly have different understandings of the deal they signed in February."
    ]
    assert removed_by(cleaned, "byline") == ["By Catherine Putz", "By Associated Press", "By Said Sabir Ibrahimi"]


def test_two_bylines_with_no_text_between_are_the_authors_of_one_post():
    raw = (
        "Peace talks resume\nBy Ann Lee\nBy Omar Khan\nThe two sides met in Doha on Monday.\nThey agreed to meet again."
    )
    assert clean_text(raw).paragraphs == ["The two sides met in Doha on Monday.", "They agreed to meet again."]


def test_posts_each_dated_on_a_line_of_their_own_are_a_listing():
    # c194: a tag page, each teaser followed by its date
    posts = [
        "Kabul: The U.S. State Department on Wednesday said it is working to forge an international consensus.",
        "Kabul: Two back-to-back international meetings are being convened in Qatar this week.",
        "Kabul: The Taliban has plans to present a written peace proposal to the Afghan government side.",
        "Kabul: NATO Secretary General Jens Stoltenberg on Monday said that the situation remains difficult.",
    ]
    dates = ["12 August 2021", "9 August 2021", "6 July 2021", "1 June 2021"]
    raw = "\n\n".join(f"{post}\n\n{date}" for post, date in zip(posts, dates))
    assert clean_text(raw).paragraphs == [posts[0]]
    # a statement with its date under the title and its signature date is no listing
    statement = f"Statement\n\n{dates[0]}\n\n{posts[0]}\n\n{posts[1]}\n\n{dates[1]}"
    assert clean_text(statement).paragraphs == posts[:2]
    # nor is a chronology: its dates go forward in time, or stand above its entries
    forward = "\n\n".join(f"{post}\n\n{date}" for post, date in zip(posts, reversed(dates)))
    assert clean_text(forward).paragraphs == posts
    above = "\n\n".join(f"{date}\n\n{post}" for post, date in zip(posts, dates))
    assert clean_text(above).paragraphs == posts


def test_furniture_lines_of_kinds_met_on_heldout2_are_removed_wherever_they_stand():
    from analysis.text.cleaning_rules import classify_line

    furniture = {
        "Share it:": "share buttons",  # c169
        "Read more from Anna:": "page widget",  # c125
        "Comments are closed here.": "comment form",  # c171
        "Read more: Afghanistan president Ashraf Ghani and rival Abdullah Abdullah ink power-sharing deal": (
            "link to another story"  # c190
        ),
        "Read the full press statement here": "link prompt",  # c148
        "Click here for the first part in this video series.": "link prompt",  # c165
        "Does this answer the above question?": "feedback prompt",  # c180
        "Was this article helpful?": "feedback prompt",
        "The Kabul Times.": "masthead",  # c142
        "Text begins:": "text marker",  # c153
        'console.log("catid body is "+catID);if(catID==120){document.getElementsByClassName("x")[0]': "script",  # c140
        "Photo of Emily Thornberry Emily Thornberry Shadow Foreign Secretary": "photo caption or credit",  # c180
        "7 expert tips for making your hens night a memorable one - November 6, 2020": "dated headline",  # c187
        "Should you get one or multiple dogs? Here’s all you need to know - November 3, 2020": "dated headline",
    }
    for line, rule in furniture.items():
        assert classify_line(line) == ("removed", rule), line
    text = [
        "The Taliban read the statement here in Kabul on Monday.",
        "The talks began in Doha. They resumed on Monday - November 6, 2020",
        "By December 2021, all foreign forces had left.",
        "The Times reported the talks.",
        "He said it many times.",  # a newspaper's name is in title case
        "About 50 people found dead in Kabul.",
        "Women have instead been excluded from the public sphere, she said.",
    ]
    assert [classify_line(line) for line in text] == [None] * len(text)


def test_a_sidebar_of_open_headlines_does_not_make_a_web_page_read_as_a_pdf():
    # c187: open sidebar headlines above the article would mark the page as hard-wrapped, joining its
    # title to the caption below it
    sidebar = "\n".join(
        f"-\n{headline} - November 6, 2020"
        for headline in (
            "Tips for becoming a good boxer and staying fit through the whole long winter season",
            "What to do when you are charged with a crime in a country that is not your own",
            "Five Tech Tools That Will Help You Turn Your Blog into a Business before the year ends",
        )
    )
    raw = (
        f"{sidebar}\nTaliban reaffirms authority of its Qatar political office\n"
        "Former Afghan ministers in a meeting with Taliban representatives in Doha on Monday\n"
        "Last year, a similar event organised by Pugwash was also attended by Afghan officials.\n"
        "On Monday, delegates from Afghanistan, Pakistan, China and the USA met in Kabul for a second meeting.\n"
        "In its statement from the latest Qatar talks, the Taliban said it is serious about peace.\n"
    )
    assert clean_text(raw).headings[-2:] == [
        "Taliban reaffirms authority of its Qatar political office",
        "Former Afghan ministers in a meeting with Taliban representatives in Doha on Monday",
    ]
