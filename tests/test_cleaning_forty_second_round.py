"""Rules of the forty-second round, on what heldout43 lost and kept: each test takes its lines from labelled pages
(named in comments)."""

from analysis.text.cleaning import clean_text
from analysis.text.cleaning_check import raw_page
from analysis.text.cleaning_cut_starts import language_set_aside_above, opens_a_cut_paragraph
from analysis.text.cleaning_dates import DATELINE
from analysis.text.cleaning_labelled_posts import labelled_post_start
from analysis.text.cleaning_other_languages import other_language_furniture
from analysis.text.cleaning_rules import classify_line


def test_a_paragraphs_first_letter_cut_off_on_the_last_line_is_text():
    # heldout43 c2610 l.22: the extraction stopped one letter into the next paragraph, "O"
    text = "The UN official said the organization could continue its health-related work."
    cleaned = clean_text(f"Aid groups suspend work\n\n{text}\n\nO\n")
    assert cleaned.paragraphs == [text, "O"]
    assert {3, 5} <= cleaned.kept_lines
    assert {22} <= clean_text(raw_page("c2610-virtualfighters-ngos.txt")).kept_lines
    # furniture between the text and the letter: a widget's remnant, not the text run on ("Related Posts" / "S")
    assert "S" not in clean_text(f"Aid groups suspend work\n\n{text}\n\nRelated Posts\n\nS\n").paragraphs
    # two capitals are an agency's mark, a capital with a diacritic what a wrong encoding leaves
    assert not opens_a_cut_paragraph("AP")
    assert not opens_a_cut_paragraph("Â")
    assert "AP" not in clean_text(f"Aid groups suspend work\n\n{text}\n\nAP\n").paragraphs


def test_a_lone_opening_quotation_mark_on_the_last_line_goes_with_the_paragraph_above():
    # heldout43 c2643 l.39: a Chinese report cut right after the quotation mark that opens its next paragraph
    assert opens_a_cut_paragraph("“")
    assert language_set_aside_above(3, ["扎比胡拉在阿拉伯语中的意思是“真主的祭品”。", "", "“"], {1: "Cjk"}) == "Cjk"
    cleaned = clean_text(raw_page("c2643-oneplusnews-press-conference.txt"))
    assert (39, "Cjk") in {(line.line_no, line.language) for line in cleaned.non_english}
    # under English text it is read with the text; not on the last line, it is a separator still
    text = "The spokesman said the talks would go on."
    assert clean_text(f"Aid groups suspend work\n\n{text}\n\n“\n").paragraphs == [text, "“"]
    cleaned = clean_text(f"Aid groups suspend work\n\n{text}\n\n“\n\nThe talks resume on Monday.\n")
    assert "“" not in cleaned.paragraphs
    assert "separator" in {step.rule for step in cleaned.steps if step.line_no == 5}


def test_a_link_to_another_story_under_the_verb_read_in_another_language_is_furniture():
    # heldout43 c2637 l.5: "LEER:" over another story's headline, between two paragraphs of a Spanish report
    line = "LEER: Estados Unidos y sus aliados ayudaron a los talibanes en su camino hacia la victoria"
    assert other_language_furniture(line) == "link to another story"
    assert other_language_furniture("Lire : Les talibans appellent au dialogue") == "link to another story"
    # the verb needs its colon, and a sentence after it is text
    assert other_language_furniture("Leer el informe completo de la misión") is None
    assert other_language_furniture("Leer: el ministerio publicó el informe completo ayer.") is None
    assert 5 not in clean_text(raw_page("c2637-monitordeoriente-rusia-embajada.txt")).kept_lines


def test_a_credit_of_the_agencies_a_report_drew_on_is_furniture():
    # heldout43 c2628 l.27: "(With inputs from Agencies)" under the last paragraph of an Indian news site's report
    assert classify_line("(With inputs from Agencies)") == ("removed", "credit line")
    assert classify_line("With inputs from PTI") == ("removed", "credit line")
    assert classify_line("(With agency inputs)") == ("removed", "credit line")
    # a sentence that opens on the same words is text
    assert classify_line("With inputs from the provinces, the council drafted a new law.") is None
    assert 27 not in clean_text(raw_page("c2628-wionews-zabihullah-made-up.txt")).kept_lines


def test_a_date_stamp_with_a_short_weekday_and_a_colon_is_furniture():
    # heldout43 c2647 l.3: "Mon 04 October 2021:" on a line of its own over the report's first paragraph
    assert DATELINE.match("Mon 04 October 2021:")
    assert DATELINE.match("Monday, October 4, 2021:")
    assert not DATELINE.match("Sun 5 May 2021 was quiet.")
    assert 3 not in clean_text(raw_page("c2647-independentpress-twitter-restricts-mujahid.txt")).kept_lines


def test_a_consent_notice_in_another_language_is_furniture():
    # heldout43 c2601 l.2-4: an embedded chat service's consent box in a German report
    lines = [
        "Wir benötigen Ihre Zustimmung um BotTalk anzuzeigen",
        "Unter Umständen sammelt BotTalk personenbezogene Daten für eigene Zwecke und verarbeitet diese in einem Land "
        "mit nach EU-Standards nicht ausreichenden Datenschutzniveau.",
        'Durch Klick auf "Akzeptieren" geben Sie Ihre Einwilligung für die Datenübermittlung, die Sie jederzeit über '
        "Cookie-Einstellungen widerrufen können.",
        "En cliquant sur « Accepter », vous consentez au dépôt de cookies.",
    ]
    assert [other_language_furniture(line) for line in lines] == ["consent notice"] * 4
    # a sentence of a report that opens on the same words is text
    assert other_language_furniture("Unter Umständen wird die Regierung in Kabul neu gebildet.") is None
    assert not {2, 3, 4} & clean_text(raw_page("c2601-badische-mudschahid.txt")).kept_lines


def test_posts_each_under_the_label_over_the_pages_title_are_a_listing():
    # heldout43 c2603: a tag page prints its tag over every post's title ("taliban" / a title / an excerpt)
    units = [
        (1, "taliban", False),
        (3, "Prisoner swap collapses threatening to upend US-Taliban peace deal", False),
        (5, 'The Taliban said it would no longer participate in "fruitless meetings".', False),
        (10, "taliban", False),
        (12, "Pakistani Taliban Leader Charged in Terrorism Conspiracy Resulting in Murder of Seven Americans", False),
        (14, "Hakimullah Mehsud, the self-proclaimed emir of the Pakistani Taliban, has been charged.", False),
    ]
    assert labelled_post_start(units, 5) == 10
    cleaned = clean_text(raw_page("c2603-kalaajkal-tag-taliban.txt"))
    assert 5 in cleaned.kept_lines
    assert not {14, 24, 34, 44, 54} & cleaned.kept_lines
    # heldout43 c2658: a news site's section name over the page's title, printed again over the next story's
    cleaned = clean_text(raw_page("c2658-ariananews-embassy-uk-closes.txt"))
    assert {11, 13, 23} <= cleaned.kept_lines
    assert not {33, 35, 37, 39} & cleaned.kept_lines
    # the label printed again over a paragraph, not a title, or a label of more than a few words, opens no post
    assert labelled_post_start([*units[:4], (12, "The tag names the group.", False), units[5]], 5) is None
    long_label = [(1, "News from the Taliban movement today", False), *units[1:3]]
    assert labelled_post_start([*long_label, (10, units[0][1], False), *units[4:]], 5) is None
