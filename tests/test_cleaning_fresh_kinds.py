"""Rules for kinds of page furniture that fresh pages (heldout4 and later) still brought, each on a line
cut from a labelled page (named in a comment): the kind, not the page, is what the rule matches."""

from analysis.text.cleaning import clean_text


def removed_by(cleaned, rule):
    return [step.before for step in cleaned.steps if step.rule == rule and step.action == "removed"]


def test_a_long_title_printed_twice_without_a_full_stop_loses_its_second_copy():
    # c300: a 23-word title, printed above "Press releases" and again under it, neither copy finished
    title = (
        "UN High Commissioner for Refugees warns of grave consequences if world looks away from Afghanistan, "
        "reiterates importance of finding solutions to Afghan displacement"
    )
    body = "At the conclusion of a five-day visit to Afghanistan, the High Commissioner urged donors to stay engaged."
    cleaned = clean_text(f"Search form\n\n{title}\n\nPress releases\n\n{title}\n\n23 November 2020\n{body}")
    assert cleaned.paragraphs.count(title) <= 1 and body in cleaned.paragraphs
    assert [step.line_no for step in cleaned.steps if step.rule == "repeated line"] == [7]


def test_furniture_lines_of_kinds_met_on_heldout3_and_heldout4_are_removed_wherever_they_stand():
    furniture = {
        "7:35 p.m.": "clock time",  # c308: the time of a sitting, on a line of its own
        "class = “cf”>": "markup residue",  # c285: an HTML attribute left by the extraction
        "Click to comment": "subscription or comment prompt",  # c231, c316
        "Add a Comment": "subscription or comment prompt",  # c269
        "Please wait while we load the latest comments...": "subscription or comment prompt",  # c247
        "Please register, subscribe, or log in to comment on this article.": "subscription or comment prompt",
        "Share with your networks.": "share buttons",  # c305
        "Continue reading on:": "page widget",  # c272
        "To read the full text:": "page widget",  # c306
        "Search for the country site.": "page widget",  # c299
        # c280: a gallery's caption, credited to an agency after its sentence
        "• Schoolgirls return home after sitting their high school graduation exams in Kabul. AFP": (
            "photo credit after a caption"
        ),
        # c276: a caption dated, then credited in brackets
        "• Members of the Taliban delegation attend a conference in Moscow on October 20, 2021 (AFP).": (
            "photo credit after a caption"
        ),
    }
    for line, rule in furniture.items():
        cleaned = clean_text(f"The parties met in Doha.\n\n{line}\n\nThey agreed to meet again.")
        assert removed_by(cleaned, rule) == [line], line
        assert cleaned.paragraphs == ["The parties met in Doha.", "They agreed to meet again."], line


def test_a_wire_credit_glued_to_a_body_sentence_is_not_a_caption():
    # c44, c213: credits after a dash or alone in brackets stay with the sentence they close
    for line in ["Peace cannot take place by proxy. – APP/AFP", "The airport will reopen soon. (ANI)"]:
        assert clean_text(f"The parties met in Doha.\n\n{line}").paragraphs[-1] == line


def test_an_embedded_post_is_text_though_its_lines_stop_without_a_full_stop():
    # c262: a tweet quoted in a report: its text with its link, then its author, handle and date
    tweet = [
        "Transcript of the Weekly Press Briefing by the Spokesperson, July 24, 2025 https://t.co/976Xb082lQ",
        "— Ministry of Foreign Affairs - Pakistan (@ForeignOfficePk) July 24, 2025",
    ]
    raw = "\n\n".join(["FO calls talk of recognition speculative", "The spokesperson spoke on Thursday.", *tweet])
    assert clean_text(raw).paragraphs == ["The spokesperson spoke on Thursday.", tweet[0], tweet[1].lstrip("— ")]


def test_a_last_line_with_furniture_after_it_was_not_cut_off():
    # c285: a stray link line under the text, then the comment prompt: a heading, not the text cut short;
    # c69: a line cut short before "Continue reading..." is the text's last words
    body = "Britain said seven civilians had lost their lives."
    assert clean_text(f"Title\n\n{body}\n\nThis guide guides gastronomy enthusiasts\n\nAdd a Comment").paragraphs == [
        body
    ]
    cut = "The letter, released by the Taliban spokesman, Zabiullah"
    assert clean_text(f"Title\n\n{body}\n\n{cut}\n\nContinue reading...").paragraphs == [body, cut]


def test_an_author_with_a_reading_time_is_a_byline_and_a_second_one_opens_the_next_post():
    # c226: a category page where each post is title / "Name N Min Read" / excerpt
    raw = (
        "Biden Steals from Famine-Struck Afghanistan to Serve US Citizens\n\nMaira Mirza 7 Min Read\n\n"
        "The theft of money frozen by the United States represents the lowest level of moral decline.\n\n"
        "Afghans at risk of “imminent hunger”, warns UN agency\n\n"
        "Shaheer Choudhury 8 Min Read\n\n"
        "The head of the UN Population Fund has issued a stern warning about the crisis in Afghanistan."
    )
    cleaned = clean_text(raw)
    assert removed_by(cleaned, "byline") == ["Maira Mirza 7 Min Read", "Shaheer Choudhury 8 Min Read"]
    assert cleaned.paragraphs == [
        "The theft of money frozen by the United States represents the lowest level of moral decline."
    ]
