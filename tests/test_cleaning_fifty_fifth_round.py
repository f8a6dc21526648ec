"""Rules of the fifty-fifth round, on what heldout56 kept and lost: each test takes its lines from labelled pages (named
in comments)."""

from analysis.text.cleaning import clean_text
from analysis.text.cleaning_check import raw_page
from analysis.text.cleaning_epithets import is_string_of_epithets
from analysis.text.cleaning_furniture import furniture_rule
from analysis.text.cleaning_rules import classify_line


def kept(name: str) -> set[int]:
    return clean_text(raw_page(name)).kept_lines


def test_points_each_under_a_bullet_alone_after_a_lead_in_are_the_text_s_list():
    # heldout56 c3424 l.5 "During Thursday’s session, both sides reached a provisional mutual understanding, with key
    # points outlined as follows:" over "- " / "All parties reaffirmed that ..." (l.6-7) ... "- " / "A joint monitoring
    # and verification mechanism will be established ..." (l.12-13), and the last point cut off by the extraction,
    # "Turkiye and Qatar, a" (l.15): all statement lines, read before as a listing's posts under the same separator
    lines = kept("c3424-dailymeezan-istanbul-interim-understanding.txt")
    assert {5, 7, 9, 11, 13, 15} <= lines and not {6, 8, 10, 12, 14} & lines
    # a listing's posts under the same separator after text that announces no list still go (heldout55 c3339 l.6-14,
    # furniture), and the bullets of heldout8 c528 still set out the statement's points (l.11, l.21, l.31)
    assert not {6, 8, 10, 12, 14} & kept("c3339-merdeka-retno-taliban-inclusive-commitment.txt")
    assert {11, 21, 31} <= kept("c528-parliamenttoday-envoys-joint-statement.txt")
    # a release's end mark of several signs ("#  #  #", heldout14 c889 l.17) still stands between the text and the
    # boilerplate under it ("The United Nations Childre", l.20, furniture)
    assert 20 not in kept("c889-journalwide-unicef-russell-pledging-2022.txt")


def test_a_picture_s_file_name_of_joined_words_is_furniture():
    # heldout56 c3393 l.59 "nyt-ye-konusan-taliban-sozcusu-muzik-yasak-erkeksiz-kadin-2-gunden-uzun-yolculuk-yapamayacak"
    # (furniture), joined before to the text under it (l.61, statement)
    lines = kept("c3393-haberdar-nyt-taliban-sozcusu-muzik-yasak.txt")
    assert 59 not in lines and 61 in lines
    assert furniture_rule("juru-bicara-taliban-ejek-as-tak-bisa-menangkapnya-mereka-selalu-berpikir-saya-tak-ada")
    assert furniture_rule("reinhard-brandl_bundestag_plenum.jpg")
    # a date, a reference number or a hyphenated word is no file name
    assert furniture_rule("2021-08-15") is None
    assert furniture_rule("anti-Taliban") is None


def test_a_document_viewer_s_control_is_furniture():
    # "Start display at page:" (furniture) on heldout56 c3432 l.4, heldout6 c427 l.4 and heldout24 c1507 l.4
    assert 4 not in kept("c3432-lawsdocbox-state-dept-afghanistan-2012-hr-report.txt")
    assert 4 not in kept("c427-lawsdocbox-sigar-quarterly.txt")
    assert 4 not in kept("c1507-lawsdocbox-sg-report-a67354-2012.txt")
    # a line of text that names a page gives its number, or goes on past the colon
    assert classify_line("See page 4:") is None
    assert classify_line("The report says on its first page: the war is over.") is None


def test_a_cookie_banner_s_lines_that_name_cookies_are_furniture():
    # heldout56 c3434 l.25 "I cookie sono piccoli file di testo ...", l.28 "Cookie tecnici", l.30 "ilmanifesto.it usa
    # solo cookie anonimi ...", l.33, l.35, l.38 (furniture) under the report (l.12, statement)
    lines = kept("c3434-ilmanifesto-mujahid-war-over-first-presser.txt")
    assert 12 in lines and not {25, 28, 30, 33, 35, 38} & lines
    # the Italian banner of heldout52 c3183 (l.1-2, l.4) went already and still goes
    assert not {1, 2, 4} & kept("c3183-italyun-esteri-us-europe-envoys-communique.txt")
    assert classify_line("Uso de cookies") == ("removed", "cookie notice")
    # a long paragraph of text is not a banner's line, whatever it names
    paragraph = " ".join(["The minister said the talks would go on."] * 6) + " He brought cookies."
    assert classify_line(paragraph) is None


def test_the_same_link_under_each_post_with_its_headline_printed_twice_marks_a_listing():
    # heldout56 c3433: the first post (l.3 heading, l.5 its title again, l.7 statement) closed by "Devamını Oku »"
    # (l.9), then the next posts, each a headline printed twice over an excerpt and the same link (l.11-31, furniture)
    lines = kept("c3433-mirahaber-afganistan-haberleri-page22.txt")
    assert 7 in lines and not {9, 11, 13, 15, 17, 19, 21, 23, 25, 27, 29, 31} & lines


def test_an_author_s_biography_made_of_epithets_is_furniture():
    # heldout56 c3430 l.7 "Zombie specialist. Friendly twitter guru. Internet buff. Organizer. Coffee trailblazer. ..."
    # and heldout51 c3100 l.9 "“Unapologetic tv specialist. Hardcore zombie trailblazer. Infuriatingly humble problem
    # solver.”" (furniture)
    assert 7 not in kept("c3430-aviationanalysis-un-report-killings-former-officials.txt")
    assert 9 not in kept("c3100-newscollective-un-experts-two-years.txt")
    # a slogan's short sentences link their words, say them again, or are one word each (validation/statements holds
    # "“Your silence strengthens oppression. Your inaction is betrayal. Stand with us. Be our voice. Act now.”")
    assert not is_string_of_epithets("“Your silence strengthens oppression. Your inaction is betrayal. Stand with us.”")
    assert not is_string_of_epithets("Long live Afghanistan. Long live Islam. Long live peace.")
    assert not is_string_of_epithets("Peace. Justice. Freedom.")
    assert not is_string_of_epithets("Allahu Akbar. Allahu Akbar. Allahu Akbar.")
