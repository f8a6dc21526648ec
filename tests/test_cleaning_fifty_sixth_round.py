"""Rules of the fifty-sixth round, on what heldout57 kept: each test takes its lines from labelled pages (named in
comments)."""

from analysis.text.cleaning import clean_text
from analysis.text.cleaning_check import raw_page
from analysis.text.cleaning_furniture import furniture_rule


def kept(name: str) -> set[int]:
    return clean_text(raw_page(name)).kept_lines


def test_a_caption_s_credit_after_a_dash_is_furniture():
    # heldout57 c3491 l.3 "A Taliban fighter stands guard as a woman walks past in Kabul, Afghanistan – Ebrahim
    # Noroozi/AP" (furniture) over the report (l.5, statement); the same page's l.15 and l.17 ("... - Rahmat Gul/AP",
    # "... – Rahmat Gul/AP"), removed already as a heading and a repeated line, now go by the same rule
    lines = kept("c3491-laorenda-un-halts-aid-programmes.txt")
    assert not {3, 15, 17} & lines and 5 in lines
    assert furniture_rule(
        "A Taliban fighter stands guard as a woman walks past in Kabul, Afghanistan – Ebrahim Noroozi/AP"
    )
    # the agency's archive after a dash (heldout36 c2189 l.8, furniture)
    assert furniture_rule("Afghan refugees seen waiting. — AFP/File")
    # a wire credit glued to a sentence of the text names agencies only and stays (heldout c44 l.9, statement)
    assert 9 in kept("c44-timesofislamabad-mujahid-doha-2019.txt")
    assert furniture_rule("He said a peace process “cannot take place by proxy. – APP/AFP") is None


def test_an_agency_s_credit_in_brackets_alone_on_its_line_is_furniture():
    # heldout57 c3476 l.7 "(Reportagem da Reuters)" (furniture) under the report (l.5, statement)
    lines = kept("c3476-uol-taliban-journalists-detained-un.txt")
    assert 7 not in lines and 5 in lines
    # the same kind, removed already by other rules: heldout42 c2589 l.4 "(Str/Xinhua)", heldout14 c896 l.11 "(Xinhua
    # News Agency April 2, 2004)"
    assert furniture_rule("(Str/Xinhua)")
    assert furniture_rule("(Xinhua News Agency April 2, 2004)")
    assert 4 not in kept("c2589-peopledaily-fr-mujahid-conference-2021.txt")
    assert 11 not in kept("c896-chinaorgcn-berlin-declaration-2004.txt")
    # a sentence in brackets that names an agency says more than a credit, and stays
    assert furniture_rule("(Reuters reported on Monday that the talks in Doha had been postponed again.)") is None


def test_a_caption_s_credit_in_brackets_with_a_slash_after_its_sentence_is_furniture():
    # "... at a university in Kabul, on Dec. 21. (AFP/Wakil Kohsar)" (heldout24 c1484 l.20), "... on Thursday. (US
    # Marine Corps/Reuters photo)" (heldout24 c1488 l.10), "... June 22, 2011. (Xinhua/Reuters Photo)" (heldout30 c1847
    # l.7), "... islámica. (AP Foto/Ebrahim Noroozi)" (heldout54 c3294 l.5), "... March 8, 2012. (Kristina Truluck/U.S.
    # Army)" (heldout54 c3309 l.4): all furniture
    assert 20 not in kept("c1484-jakartapost-indonesia-university-ban-2022.txt")
    assert 10 not in kept("c1488-bangkokpost-thais-evacuated-2021.txt")
    assert 7 not in kept("c1847-peoplecn-obama-drawdown-2011.txt")
    assert 5 not in kept("c3294-lapatilla-bennett-recognition-rights.txt")
    assert 4 not in kept("c3309-stripes-taliban-polio-pledge-2013.txt")
    # an agency's initials glued to the text's sentence stay (heldout7 c465 l.15 "... from their home countries.
    # (T/RE1)", statement)
    assert 15 in kept("c465-minanews-welcome-us-2021.txt")
