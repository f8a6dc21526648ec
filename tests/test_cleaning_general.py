"""Rules for kinds of page furniture met on the labelled pages, each on lines cut from a tune, held-out
or heldout2 page (the page is named in a comment): the kind, not the page, is what the rule matches."""

from analysis.text.cleaning import clean_text


def removed_by(cleaned, rule):
    return [step.before for step in cleaned.steps if step.rule == rule and step.action == "removed"]


def test_a_quotation_printed_above_the_text_is_the_teaser_even_when_its_end_was_cut_off():
    # c174: the quotation, with no final stop, above the body that repeats it word for word
    quote = (
        "\"Importantly, and in contradiction to assurances that the Taliban would uphold women's rights, over the past "
        'three weeks, women have instead been progressively excluded from the public sphere," Michelle Bachelet told '
        "the Human Rights Council in Geneva"
    )
    body = "The United Nations' human rights chief criticised on Monday the Taliban's human rights record."
    cleaned = clean_text(
        f"UN rights chief rebukes Taliban\n\n{quote}\n\n{body}\n\n{quote}\n\nShe also expressed dismay."
    )
    assert cleaned.paragraphs == [body, quote, "She also expressed dismay."]
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
