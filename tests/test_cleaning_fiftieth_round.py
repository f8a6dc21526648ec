"""Rules of the fiftieth round, on what heldout51 kept: each test takes its lines from labelled pages (named in
comments)."""

from analysis.text.cleaning import clean_text
from analysis.text.cleaning_check import raw_page
from analysis.text.cleaning_furniture import furniture_rule
from analysis.text.cleaning_other_languages import other_language_furniture
from analysis.text.cleaning_text_size import is_text_size_button


def kept(name: str) -> set[int]:
    return clean_text(raw_page(name)).kept_lines


def test_a_lone_code_token_joined_by_underscores_is_furniture():
    # heldout51 c3082 l.3 "l_DzlA8Q" (furniture), an image's id under a jihadology post's title, above its Pashto text
    # (l.7-11, statement, set aside)
    assert 3 not in kept("c3082-jihadology-cat-taliban-p200-omar-family-allegiance.txt")
    # the same id on tune c03, heldout16 c1018 and heldout17 c1094, a theme's "spot_img" (heldout6 c422 ...), an icon's
    # name (heldout25 c1555): all furniture
    for line in ("l_DzlA8Q", "spot_img", "arrow_upward"):
        assert furniture_rule(line) == "page widget"
    # heldout6 c422: the title (l.7, a heading) is set aside, no longer read with "spot_img" joined to it
    assert 7 not in kept("c422-rta-eid-fitr-message.txt")
    # a separator of underscores, and words with spaces, are no such token
    assert furniture_rule("The talks went on.") is None
    assert furniture_rule("spot img") is None


def test_lone_letters_a_in_a_run_are_the_text_size_buttons():
    # heldout51 c3089 l.8-10 "A" / "A" / "A" (furniture) under the photo's caption, above the text (l.14-20, statement)
    lines = kept("c3089-okezone-kemlu-no-taliban-meeting.txt")
    assert not {8, 9, 10} & lines and {14, 16, 18, 20} <= lines
    # heldout13 c857 l.2-3 "A" / "A" (furniture) under the title, above the text (l.5-8, statement)
    lines = kept("c857-metronews-taliban-letter-2018.txt")
    assert not {2, 3} & lines and {5, 6, 7, 8} <= lines
    # a lone "A" that opens an agreement's part, with no other "A" beside it, is text: tune c48 l.11 (statement)
    assert 11 in kept("c48-monthlyinteraction-doha-agreement.txt")
    assert not is_text_size_button(2, ["the Hijri Solar calendar", "A", "comprehensive peace agreement is made of"])
    assert is_text_size_button(2, ["Mahfud MD (Foto: Dok Reuters)", "A+", "A-"])


def test_a_player_s_note_that_the_browser_lacks_support_is_furniture():
    # heldout51 c3094 l.5 (furniture), under the Dari text (l.1-4, statement, set aside)
    lines = clean_text(raw_page("c3094-azadi-cdn-mofa-consular-services-void.txt"))
    assert 5 not in lines.kept_lines
    assert {1, 2, 3, 4} <= {line.line_no for line in lines.non_english}
    rule = "note of a browser without support"
    assert furniture_rule("Your browser doesn’t support HTML5") == rule
    assert furniture_rule("Your browser does not support the video tag.") == rule
    # a sentence of text on browsers is no note of the site's
    assert furniture_rule("Your browser history can be seized by the authorities, the report said.") is None


def test_a_footnote_on_a_group_banned_in_russia_in_spanish_is_furniture():
    # heldout51 c3104 l.14 (furniture), under the text (l.10, l.12, statement)
    lines = kept("c3104-rt-actualidad-unsc-condemns-herat-attack.txt")
    assert 14 not in lines and {10, 12} <= lines
    rule = "footnote on a banned organisation"
    line = (
        '* El movimiento talibán, designado como "organización terrorista" por el Consejo de Seguridad de la ONU, está'
        " declarado como grupo terrorista y prohibido en Rusia."
    )
    assert furniture_rule(line) == rule
    # said inside a sentence of the text it is the text's: heldout43 c2636 l.3 "Los talibanes (prohibidos en Rusia)
    # dijeron que ...", statement and kept
    assert 3 in kept("c2636-newsfront-es-shaheen-moscow.txt")
    assert (
        furniture_rule("Los talibanes (prohibidos en Rusia) dijeron que no permitirían el uso del territorio.") is None
    )


def test_a_link_to_another_story_in_romanian_is_furniture():
    # heldout51 c3115 l.13 (furniture), between paragraphs of the text (l.11 and l.15, statement)
    lines = kept("c3115-digi24-akhund-first-speech.txt")
    assert 13 not in lines and {11, 15} <= lines
    rule = "link to another story"
    assert other_language_furniture("Citește și: Avertisment de la ONU: Există riscul unei noi prăbușiri") == rule
    # heldout47 c2860 l.13, in capitals (removed before as a heading)
    assert other_language_furniture("CITEȘTE ȘI: Haos pe aeroportul din Kabul") == rule
    assert 13 not in kept("c2860-viatalibera-naeem-protectie-ambasade.txt")


def test_a_caption_credited_to_an_agency_s_photo_in_square_brackets_is_furniture():
    # heldout51 c3088 l.10 (furniture), the photo's caption above the text (l.18 on, statement)
    lines = kept("c3088-aha-duapermata-mujahid-no-attacks-from-soil.txt")
    assert 10 not in lines and {18, 23, 26} <= lines
    line = (
        "Pejabat Taliban menata bendera Taliban, sebelum konferensi pers oleh juru bicara Taliban Zabihullah Mujahid, di"
        " Pusat Informasi Media Pemerintah, di Kabul, Afghanistan, Selasa, 17 Agustus 2021 [Rahmat Gul/AP Photo]"
    )
    assert furniture_rule(line) == "photo credit after a caption"
    # the credit without "Photo" went already (heldout25 c1528 l.5)
    assert furniture_rule("Taliban fighters gather in Farah, Wednesday, Aug. 11, 2021. [Mohammad Asif Khan/AP]")
