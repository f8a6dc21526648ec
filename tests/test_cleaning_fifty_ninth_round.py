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
