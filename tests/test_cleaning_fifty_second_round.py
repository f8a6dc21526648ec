"""Rules of the fifty-second round, on what heldout53 kept and lost: each test takes its lines from labelled pages
(named in comments)."""

from analysis.text.cleaning import clean_text
from analysis.text.cleaning_check import raw_page
from analysis.text.cleaning_other_languages import other_language_furniture


def kept(name: str) -> set[int]:
    return clean_text(raw_page(name)).kept_lines


def test_a_blog_s_comment_head_in_another_language_is_furniture():
    # heldout53 c3240 l.8 "Nenhum comentário:" and l.9 "Postar um comentário" (furniture) under the report's last
    # paragraph (l.7, statement)
    lines = kept("c3240-marcelrofeal-brazil-condemns-unama-attack.txt")
    assert not {8, 9} & lines and 7 in lines
    # heldout12 c793 l.10 "No hay comentarios:" (furniture), heldout6 c385 l.4 "Enregistrer un commentaire"
    # (furniture) under the text (l.3, statement)
    assert 10 not in kept("c793-jihad-e-informacion-rabbani-killing-2011.txt")
    lines = kept("c385-news24h24-mansour-audio-2015.txt")
    assert 4 not in lines and 3 in lines
    assert other_language_furniture("No hay comentarios:") == "comment count"
    assert other_language_furniture("Keine Kommentare:") == "comment count"
    assert other_language_furniture("Enregistrer un commentaire") == "comment form"
    # an answer quoted alone ("Sin comentarios.") is no blog's count
    assert other_language_furniture("Sin comentarios.") is None
    assert other_language_furniture("Postar um comentário sobre a decisão do governo foi um erro.") is None


def test_the_opening_of_a_paragraph_printed_again_at_the_page_s_foot_is_furniture():
    # heldout53 c3220 l.6 (furniture), the first sentence of l.3 (statement) printed again as the page's last line
    lines = kept("c3220-cgtn-es-moscow-format-talks.txt")
    assert 6 not in lines and {1, 2, 3, 4} <= lines
    # heldout11 c693 l.4 (furniture), the first sentence of l.1; heldout42 c2548 l.4 (furniture), the quotation that
    # opens l.1 (statement, under its dateline) printed again under the title
    lines = kept("c693-cgtn-espanol-china-talibanes.txt")
    assert 4 not in lines and {1, 2} <= lines
    lines = kept("c2548-cronachedi-talebani-governo.txt")
    assert 4 not in lines and 1 in lines
    # a copy cut off by the extraction is the text quoted again: heldout38 c2336 l.10 (statement), the letter's
    # sentence the release quoted above (l.5)
    assert {5, 10} <= kept("c2336-moransenate-reconvene-2021.txt")
    # a run of copies is the text printed twice: heldout50 c3048 l.7-9 (statement) under l.4-6
    assert {4, 5, 6, 7, 8, 9} <= kept("c3048-belta-zakharova-moscow-format.txt")
