"""Rules of the forty-third round, on what heldout44 lost and kept: each test takes its lines from labelled pages
(named in comments)."""

from analysis.text.cleaning import clean_text
from analysis.text.cleaning_check import raw_page
from analysis.text.cleaning_furniture import furniture_rule
from analysis.text.cleaning_other_languages import other_language_furniture
from analysis.text.cleaning_photo_captions import is_not_a_caption


def test_an_interviewers_question_under_an_outlet_named_like_a_credit_is_text():
    # heldout44 c2710 l.9: the German tabloid BILD asks under its name, which is also the word for a picture
    question = (
        "BILD: Herr Mujahid, zur Zeit finden in Doha, aber auch von hier aus, viele Gespräche mit der deutschen "
        "Regierung statt. Können Sie uns sagen, um welche Art von Gesprächen es sich handelt und was bisher "
        "vereinbart wurde?"
    )
    assert is_not_a_caption(question) and furniture_rule(question) is None
    assert {9} <= clean_text(raw_page("c2710-bild-mujahid-interview.txt")).kept_lines
    # a credit that states stays a caption, in German as in English
    assert furniture_rule("Taliban-Kämpfer in Kabul. Bild: dpa") == "photo caption or credit"
    assert furniture_rule("Photo: AFP") == "photo caption or credit"
    assert not is_not_a_caption("Taliban-Kämpfer in Kabul. Bild: dpa")


def test_an_indonesian_link_to_another_story_is_furniture_whatever_its_headline_ends_on():
    # heldout44 c2719 l.26: "Baca Juga" (also read) before a headline ending on an exclamation mark, which the
    # heading rule (no final punctuation) does not take as it takes the page's other such links (l.16)
    link = (
        "Baca Juga: AS Bukan Pemegang Militer Terhebat, Pasukan Taliban Buktikan Saat Buat Tentara Afghanistan yang "
        "Dilatih Amerika Kocar-kacir, Perang Saudara Pecah!"
    )
    assert other_language_furniture(link) == "link to another story"
    assert not {16, 26} & clean_text(raw_page("c2719-sosok-jubir-muncul.txt")).kept_lines
    # a sentence that says "juga" is text; a link ending on a full stop is a sentence run on
    assert other_language_furniture("Mujahid juga berjanji akan menghormati hak-hak perempuan!") is None
    assert other_language_furniture("Baca juga: Taliban berjanji akan menghormati hak-hak perempuan.") is None


def test_a_stock_pictures_mark_alone_is_a_caption():
    # heldout44 c2660 l.3 (and l.4, taken before as its repeat): "Representative Image.", as Indian agencies mark a
    # stock picture (with its credit on heldout7 c482, heldout9 c608, heldout26 c1580)
    assert furniture_rule("Representative Image.") == "photo caption or credit"
    assert not {3, 4} & clean_text(raw_page("c2660-yahoo-ani-motaqi-diplomats.txt")).kept_lines
    # a sentence that opens on the word is text
    assert furniture_rule("Representative images of the Taliban were shown to the delegates.") is None
