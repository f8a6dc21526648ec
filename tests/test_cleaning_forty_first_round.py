"""Rules of the forty-first round, on what heldout42 lost and kept: each test takes its lines from labelled pages
(named in comments)."""

from analysis.text.cleaning import clean_text
from analysis.text.cleaning_check import raw_page
from analysis.text.cleaning_other_languages import OTHER_STORIES_LABEL, other_language_furniture
from analysis.text.cleaning_repeats import ends_a_sentence, repeated_units, titles_printed_again_cut_short, word_key
from analysis.text.cleaning_rules import classify_line
from analysis.text.cleaning_separated_posts import separated_post_start
from analysis.text.cleaning_trailers import TRAILER_PATTERNS, find_trailer


def test_a_question_noted_as_about_something_is_no_author_box():
    # heldout42 c2563 l.30: a blog's notes of a press conference, "Q Aljazeerah:" over "About women."
    author_box = TRAILER_PATTERNS["author box"]
    assert not author_box.match("About women.")
    # the box of a post's author is a name, a login or "the author", with no sentence's full stop
    assert author_box.match("About admin")
    assert author_box.match("About j.doe")
    assert author_box.match("About the author")


def test_a_point_of_a_list_is_no_photo_caption():
    # heldout42 c2563 l.13: a point of the notes written like a caption ("No Talib casualties in Kabul.")
    raw = (
        "Notes taken during the press conference held today in Kabul.\n\n"
        "- We want no external or internal enemies.\n"
        "- No Talib casualties in Kabul.\n"
        "- Assures security in Kabul.\n"
    )
    assert "No Talib casualties in Kabul." in clean_text(raw).paragraphs
    # a caption alone on its line still goes
    raw = "Notes taken during the press conference held today in Kabul.\n\nUzbek President Shavkat Mirziyoyev.\n"
    assert "Uzbek President Shavkat Mirziyoyev." not in clean_text(raw).paragraphs


def test_a_press_conferences_questions_and_answers_are_kept():
    # heldout42 c2563: the questions round after the points; the speaker labels go, the questions and answers stay
    cleaned = clean_text(raw_page("c2563-moonofalabama-press-conference-notes.txt"))
    assert {13, 30, 33, 36, 39, 40, 43, 46, 49, 52} <= cleaned.kept_lines
    assert not cleaned.kept_lines & {29, 32, 35, 38}


def test_a_quotations_closing_words_said_twice_are_kept_twice():
    # heldout42 c2559 l.11 and l.31: "- stwierdził." closes two quotations of a Polish report
    assert ends_a_sentence("stwierdził.")
    assert repeated_units(["Title of the page", "stwierdził.", "Other text follows.", "stwierdził."])[3] is None
    # a title or an entry printed again opens on a capital, and goes
    assert not ends_a_sentence("Read more.")
    assert repeated_units(["Talks open", "Talks open"]) == [None, "repeated line"]
    cleaned = clean_text(raw_page("c2559-fronda-talibowie-konferencja.txt"))
    assert {11, 31} <= cleaned.kept_lines


def test_a_comment_forms_notice_and_an_advertisements_note_in_other_languages_are_furniture():
    # heldout42 c2586 l.7 (Italian) and c2576 l.15 (Danish)
    line = "Il tuo indirizzo email non sarà pubblicato. I campi obbligatori sono contrassegnati *"
    assert other_language_furniture(line) == "comment form"
    assert other_language_furniture("Votre adresse e-mail ne sera pas publiée.") == "comment form"
    assert other_language_furniture("Artiklen fortsættes under billedet...") == "advertisement"
    assert other_language_furniture("Der Artikel wird unter der Anzeige fortgesetzt") == "advertisement"
    # a sentence about an address or an article is text
    assert other_language_furniture("Il tuo indirizzo è stato pubblicato dal giornale.") is None
    assert other_language_furniture("L'articolo continua a suscitare polemiche in tutto il paese.") is None


def test_a_label_of_other_stories_in_another_language_starts_the_trailer():
    # heldout42 c2587 l.10: "À lire sur le même thème" after the text
    assert OTHER_STORIES_LABEL.match("À lire sur le même thème")
    assert OTHER_STORIES_LABEL.match("Articoli correlati:")
    lines = ["Titre", "", "Le porte-parole a déclaré que la guerre était finie.", "", "À lire sur le même thème"]
    assert find_trailer(lines, lines) == (4, "other stories in another language")
    # above the first paragraph it is a section's name, not the end of the page
    lines = ["À lire sur le même thème", "", "Le porte-parole a déclaré que la guerre était finie."]
    assert find_trailer(lines, lines) is None


def test_a_sites_buttons_for_the_texts_size_are_furniture():
    # heldout42 c2594 l.7: "A A A" between the caption and the text
    assert classify_line("A A A") == ("removed", "accessibility controls")
    assert classify_line("A- A A+") == ("removed", "accessibility controls")
    assert classify_line("A a tale.") is None


def test_short_posts_set_apart_by_the_same_separator_are_a_listing():
    # heldout42 c2541: a tag page, each post a caption glued to its title over a teaser, with "-" between posts
    cleaned = clean_text(raw_page("c2541-foreignpolicy-tag-taliban-p9.txt"))
    assert 4 in cleaned.kept_lines
    assert not cleaned.kept_lines & {6, 7, 9, 10, 13, 15, 16, 18}
    assert {step.rule for step in cleaned.steps if step.line_no in (6, 9, 13, 15, 18)} == {
        "next post on a listing page"
    }
    # a text's sections under the same separator run longer than a teaser: no listing
    section = " ".join(["The delegations met again and agreed on the next steps of the talks."] * 6)
    units = [(1, "Text of the first post.", False), *[(n, section, False) for n in (3, 5, 7)]]
    assert separated_post_start(units, {2: "-", 4: "-", 6: "-"}, 1) is None


def test_the_text_under_a_headline_in_capitals_starts_at_its_dateline():
    # heldout42 c2585: a headline in capitals, a caption, the story's title, then "(ANSA) - ...": the first story is
    # the text (the later stories, each under its own dateline, stay other stories, as on earlier aggregators' pages)
    cleaned = clean_text(raw_page("c2585-dagospia-mujahid-shaheen-ansa-2021.txt"))
    assert 4 in cleaned.kept_lines
    assert {step.rule for step in cleaned.steps if step.line_no in (6, 8, 10)} == {"next post on a listing page"}
    # under a paragraph in sentence case cut short, a heading parts it from a datelined story (heldout6 c413)
    cleaned = clean_text(raw_page("c413-unama-news-listing.txt"))
    assert 3 in cleaned.kept_lines
    assert not cleaned.kept_lines & {5, 6, 7}


def test_a_title_printed_again_cut_with_an_ellipsis_goes():
    # heldout42 c2594 l.5: "Taliban Mengaku Terkejut..." under the page's title
    texts = ["Taliban Mengaku Terkejut Bisa Kuasai Afghanistan dengan Cepat", "Taliban Mengaku Terkejut..."]
    assert titles_printed_again_cut_short(texts, [word_key(text) for text in texts]) == {1}
    # without the ellipsis, three words opening the title may be a sentence's start: it stays
    texts = ["Taliban Mengaku Terkejut Bisa Kuasai Afghanistan dengan Cepat", "Taliban mengaku terkejut."]
    assert titles_printed_again_cut_short(texts, [word_key(text) for text in texts]) == set()
    cleaned = clean_text(raw_page("c2594-sindonews-baradar-terkejut-2021.txt"))
    assert 5 not in cleaned.kept_lines and 8 in cleaned.kept_lines


def test_a_caption_credited_in_another_language_is_furniture():
    # heldout42 c2576 l.17: a Danish caption closed by "Foto: Ritzau Scanpix"
    line = (
        "Piger har været vant til at gå i skole i Afghanistan, og det fortæller Taliban, at de kan fortsætte med. "
        "Foto: Ritzau Scanpix"
    )
    assert classify_line(line) == ("removed", "photo caption or credit")
    assert classify_line("Bild: dpa") == ("removed", "photo caption or credit")
    # heldout42 c2554 l.8-10: a caption printed twice around its credit "Foto: AP/Hussein Sayed", which now goes as a
    # credit: both copies still go
    cleaned = clean_text(raw_page("c2554-republika-naeem-siap-berdialog.txt"))
    assert not cleaned.kept_lines & {8, 9, 10}
    assert 12 in cleaned.kept_lines


def test_a_wire_photos_archive_mark_with_a_double_dash_is_a_caption():
    # heldout42 c2540 l.23: "FILE -- In this March 9, 2016 file photo, smoke rises ..." under a tag page's posts
    line = "FILE -- In this March 9, 2016 file photo, smoke rises from a building in Helmand province."
    assert classify_line(line) == ("removed", "wire photo caption with its mark")
    assert classify_line("FILE - Women wait to receive food rations in Kabul.") == (
        "removed",
        "wire photo caption with its mark",
    )
    assert classify_line("FILES -- the talks went on.") is None
