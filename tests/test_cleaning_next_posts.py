"""Rules of the seventh round, on the posts that follow the statement on a listing page: each test takes its
lines from labelled pages (named in comments), and each rule changes lines on pages of different sites."""

from analysis.text.cleaning import clean_text
from analysis.text.cleaning_furniture import furniture_rule
from analysis.text.cleaning_rules import wire_dateline

EXECUTION = (
    "The Taliban put to death a man accused of murder in western Afghanistan, its spokesperson said on Wednesday,"
    " in the first officially confirmed public execution since the group took over the country last year. The"
    " execution in western Farah province was of a man accused of fatally stabbing another man..."
)


def test_posts_each_shown_by_a_title_over_one_excerpt_follow_the_statement():
    # heldout8 c527: a title over one excerpt, again and again, two excerpts cut short with "..."
    raw = "\n".join(
        [
            "Taliban carry out first public execution since taking over Afghanistan",
            EXECUTION,
            "Taliban wants 'to remove all the women and girls from society', warns Afghan educator",
            "Afghan educator Yalda Kohi tells Sara Sidner how she is feeling as the Taliban suspends university"
            " education for female students.",
            "Taliban minister defends closing universities to women as global backlash grows",
            "The minister of higher education in Afghanistan’s Taliban government has defended his decision to ban"
            " women from universities. Afghanistan’s Taliban-run administration announced earlier this week it had"
            " closed universities to women partly due to female...",
            "Afghan women weep as Taliban fighters enforce university ban",
            "KABUL, Afghanistan (AP) — Taliban security forces in the Afghan capital on Wednesday enforced a higher",
        ]
    )
    cleaned = clean_text(raw)
    assert cleaned.paragraphs == [EXECUTION]
    assert {step.rule for step in cleaned.steps if step.line_no > 2} == {"next post on a listing page"}


def test_posts_whose_captions_went_still_show_as_titles_over_excerpts():
    # heldout5 c330: each post a title, a caption (removed as one) and an excerpt ending "[…]"; here the
    # captions are gone, so two titles stand over each excerpt
    first = (
        "An Afghan youth sits besides the ruins of damaged houses after an earthquake in Gayan district. KABUL –"
        " Afghanistan's Taliban administration on Saturday called on international governments to roll back"
        " sanctions and lift a freeze on central bank assets following the earthquake that killed […]"
    )
    raw = "\n\n".join(
        [
            "Taliban calls for release of frozen funds after deadly earthquake",
            first,
            "Afghan Taliban unveil new uniforms for reconstituted police",
            "This photo taken from the official Twitter account of Taliban government deputy spokesman Inamullah"
            " Samangani shows officers of the Afghan police force in new uniforms. KABUL – Taliban authorities on"
            " Wednesday introduced new uniforms for its reconstituted Afghan police force, as the de facto government"
            " attempts to shift away from using its insurgent military forces […]",
            "Taliban dissolve Afghanistan’s rights commission, other key bodies",
            "A boy selling bread watches Muslims attending Friday Prayer in Kabul, Afghanistan, Feb 11, 2022."
            " (HUSSEIN MALLA / AP) KABUL – Taliban authorities in Afghanistan dissolved five key departments of the"
            " former US-backed government, an official said on Monday. […]",
            "Afghan Taliban stop Pakistan army from fencing border",
            "People wait to cross into Pakistan at the Afghanistan-Pakistan border crossing point in Spin Boldak on"
            " November 3, 2021, after authorities reopened the border following nearly a month-long closure. (JAVED",
        ]
    )
    assert clean_text(raw).paragraphs == [first]


def test_sections_each_a_heading_over_one_paragraph_are_the_text_when_none_is_cut_short():
    # heldout4 c282: a report whose sections each hold one paragraph; no paragraph is cut short
    paragraphs = [
        "Two days after establishing the first diplomatic contact with the Taliban, the Ministry of External"
        " Affairs on Thursday clarified that there is no decision yet on recognizing the government.",
        "Speaking about Tuesday's India-Taliban meeting in Doha, Bagchi said he has no update on the meeting.",
        "So far, over 550 people have been evacuated by India from Afghanistan since the Taliban took over.",
        "Meanwhile, India on Tuesday held its first diplomatic talk with the Taliban in Doha, Qatar.",
    ]
    headings = [
        "'Will ensure Afghanistan's land isn't used for terror activity'",
        "'Evacuation will resume as soon as airport service resumes'",
        "India held first diplomatic talk with Taliban in Doha",
    ]
    lines = ["No decision yet on recognizing Taliban government in Afghanistan: MEA", paragraphs[0]]
    for heading, paragraph in zip(headings, paragraphs[1:]):
        lines += [heading, paragraph]
    kept = clean_text("\n\n".join(lines)).paragraphs
    assert all(paragraph in kept for paragraph in paragraphs)


def test_stories_each_under_its_own_wire_dateline_follow_a_text_that_had_none():
    # heldout6 c413: a news listing whose later items each open with "KABUL -" or "NEW YORK -"
    first = (
        "The members of the Security Council are deeply alarmed by reports that the Taliban have suspended access"
        " to universities for women and girls."
    )
    raw = "\n".join(
        [
            "All UN missions",
            first,
            "Statement attributable to the Spokesperson for the Secretary-General - on Afghanistan",
            "KABUL - The United Nations is profoundly concerned by reports that the Taliban de facto authorities"
            " today issued an order barring all female employees of organizations from going to work.",
            "NEW YORK - The Secretary-General is deeply alarmed by news reports that the Taliban have suspended"
            " access to universities to women and girls.",
        ]
    )
    assert clean_text(raw).paragraphs == [first]
    # one dateline later on is not enough: a report may quote a wire story once
    assert len(clean_text("\n".join(raw.splitlines()[:4])).paragraphs) == 2


def test_a_number_alone_in_brackets_numbers_an_update_and_is_no_wire_dateline():
    # heldout8 c533: updates of a blog post, "UPDATE (1) – ...", "UPDATE (2) – ..."
    assert not wire_dateline("UPDATE (1) – Bill Roggio over at Threat Matrix says the two are still close.")
    assert wire_dateline("KABUL (Pajhwok): The talks resumed.") == "KABUL (Pajhwok): "
    assert wire_dateline("ISLAMABAD, Dec 5 (Reuters) - The talks resumed.")


def test_a_press_releases_end_mark_ends_the_text_and_what_follows_goes():
    # heldout8 c536 ("– END –" before the archive's next post) and c509 ("ENDS." before "About ..."); heldout7
    # c456 ("###") and c489 ("(END)"): a plain convention of press releases
    applauded = (
        "Ambassador Erfani applauded the efforts of the negotiators who facilitated the JCPOA and urged member"
        " states to fully cooperate with the IAEA."
    )
    raw = "\n\n".join(
        [
            applauded,
            "– END –",
            "Embassy Closed on August 19th",
            "In observance of the National Day, the Embassy and Permanent Mission of Afghanistan will be closed.",
            "Thank you for your understanding.",
        ]
    )
    cleaned = clean_text(raw)
    assert cleaned.paragraphs == [applauded]
    assert cleaned.steps[0].rule == "end of the text"
    for mark in ["###", "-30-", "ENDS.", "(END)", "- Ends -"]:
        assert clean_text(f"{applauded}\n{mark}\nAbout the charity, registered in 1991.").paragraphs == [applauded]
    # a sentence about an end is text
    text = clean_text(f"{applauded}\n\nThe war ends.\n\nEnd of the talks was near.").text
    assert "The war ends." in text and "End of the talks was near." in text


def test_a_line_of_two_sentences_is_no_headline_so_short_lines_around_it_are_no_run_of_other_stories():
    # heldout8 c533: a blog's closing lines, short and ending on "?" and "!" (a plain convention: a headline is
    # one sentence)
    soviets = (
        "What Antiwar.com fails to mention is the fact that the Soviets left well before the rise of Al Qaeda,"
        " which the Taliban sheltered."
    )
    closing = [
        "You think AQ’s forgotten this “favour”?",
        "You think the Taliban has? In spite of their statements that AQ’s not around?",
        "Keep enjoying the lies!",
    ]
    assert clean_text("\n\n".join([soviets, *closing])).paragraphs == [soviets, *closing]
    # three headlines of other stories, each one sentence, still go
    headlines = ["Will the Taliban keep their word?", "Kabul airport reopens for aid flights", "U.S. Envoy Appointed!"]
    assert clean_text("\n\n".join([soviets, *headlines])).paragraphs == [soviets]


def test_widgets_of_blog_engines_and_themes_are_furniture():
    # "%d bloggers like this:" on tune c128, heldout7 c455, heldout8 c501; "Back to top button" on heldout4 c297,
    # heldout5 c341, heldout6 c395, heldout7 c494, heldout8 c505 and c519; an ad label asking to scroll on heldout8
    # c523 and c525 (each a kind of widget, printed by many sites)
    assert furniture_rule("%d bloggers like this:") == "page widget"
    assert furniture_rule("Back to top button") == "page widget"
    assert furniture_rule("Advertisement. Scroll to continue reading.") == "subscription or comment prompt"
    assert furniture_rule("Advertisement - scroll to continue reading") == "subscription or comment prompt"
    for text in ["The button to go back to top of the list was pressed.", "Advertisement of the talks began."]:
        assert furniture_rule(text) is None


def test_a_dated_line_above_the_only_post_is_its_own_date_not_a_listing():
    # heldout10 c631: a press release under one dated line ("2 September 2021 - Afghanistan"); read as the
    # second entry of a listing, it took the whole release with it
    body = [
        "Save the Children said on Thursday it was hoping to restart some life-saving health and nutrition services"
        " in Afghanistan before the winter months set in.",
        "The recent escalation in violence in Afghanistan forced Save the Children to suspend its programmes in the"
        " country in mid-August.",
    ]
    raw = "\n\n".join(["2 September 2021 - Afghanistan", "Save the Children hoping to resume services soon", *body])
    cleaned = clean_text(raw)
    assert cleaned.paragraphs == body
    assert "next post on a listing page" not in {step.rule for step in cleaned.steps}
