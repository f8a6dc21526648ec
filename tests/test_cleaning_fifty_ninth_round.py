"""Rules of the fifty-ninth round, on what heldout60 kept: each test takes its lines from labelled pages (named in
comments)."""

from analysis.text.cleaning import clean_text
from analysis.text.cleaning_check import raw_page
from analysis.text.cleaning_rules import classify_line


def kept(name: str) -> set[int]:
    return clean_text(raw_page(name)).kept_lines


def test_a_source_credit_after_a_guillemet_is_a_credit():
    # heldout60 c3655 l.21 "Source » khaama" (furniture), the credit closing the text, as "Source: khaama" is
    # (heldout15 c938 l.18 "Source: Khaama", removed already)
    lines = kept("c3655-gfatf-qatar-urges-doha-participation.txt")
    assert 21 not in lines and 19 in lines
    assert 18 not in kept("c938-ghroona-rahmon-gcc-2023.txt")
    assert classify_line("Source » khaama") is not None
    # a sentence that names its source is text
    assert classify_line("The source » said the talks would resume in Doha next week, officials confirmed.") is None


def test_a_label_of_other_stories_with_its_capital_unaccented_takes_the_headline_under_it():
    # heldout60 c3665 l.5 "A lire aussi" over l.6 "Attaque contre un hôpital en Afghanistan: au moins 19 morts et 50
    # blessés" (furniture), the report going on at l.8 (statement), as "À lire aussi" is written (heldout59 c3598 l.14)
    lines = kept("c3665-actucameroun-guterres-broken-promises.txt")
    assert not {5, 6} & lines and {1, 3, 8} <= lines
    assert 14 not in kept("c3598-msf-condemns-ban-women-un.txt")
    # a sentence that opens on the same words is text
    raw = "Les ministres se sont réunis lundi.\n\nA lire aussi le rapport de la mission, publié hier.\n\nLa suite."
    assert 3 in clean_text(raw).kept_lines


def test_names_in_capitals_between_slashes_after_a_dash_end_a_caption():
    # heldout60 c3622 l.1 " date 2025-10-18 Archivo - Miembros de los talibán hacen guardia en un puesto de control en
    # Kabul (archivo) - SAIFURAHMAN SAFI / NOTICIAS XINHUA / CONTACTOPHOTO" (furniture): the photographer, the agency
    # and its archive, in capitals between slashes; the text under it stays
    lines = kept("c3622-notimerica-taliban-doha-talks-pakistan.txt")
    assert 1 not in lines and 7 in lines
    # the same credit after a caption in English
    assert classify_line("Taliban fighters stand guard in Kabul - WAKIL KOHSAR / AFP / GETTY IMAGES") is not None
    # a wire's credit glued to a sentence of the text names two agencies only, and stays (heldout c44 l.9 "... cannot
    # take place by proxy. – APP/AFP", a statement line)
    assert 9 in kept("c44-timesofislamabad-mujahid-doha-2019.txt")
    assert classify_line("The talks will resume in Doha next week, the spokesman said. – APP/AFP") is None
