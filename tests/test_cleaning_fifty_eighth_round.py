"""Rules of the fifty-eighth round, on what heldout59 kept and lost: each test takes its lines from labelled pages
(named in comments)."""

from analysis.text.cleaning import clean_text
from analysis.text.cleaning_check import raw_page
from analysis.text.cleaning_rules import classify_line


def kept(name: str) -> set[int]:
    return clean_text(raw_page(name)).kept_lines


def test_headlines_under_a_label_of_other_stories_inside_the_article_are_links():
    # heldout59 c3570 l.5 "Leia também" over l.6-8 "• Talibã afirma que meninas voltarão às escolas assim que
    # possível", "• Mulheres afegãs indignadas por restrições impostas pelo Talibã", "• Um mês após vitória, Talibã
    # enfrenta desafio no Afeganistão" (furniture), the report going on at l.9 "A reunião durou pouco mais de uma hora.
    # ..." (statement)
    lines = kept("c3570-folhape-guterres-p5-stable-afghanistan.txt")
    assert not {5, 6, 7, 8} & lines and {3, 4, 9, 10, 11, 12} <= lines
    # heldout9 c606 l.11 "Lire aussi" over l.12 "Kiev a commis un crime en rejetant la résolution sur le néonazisme
    # (opposition)", and heldout22 c1359 l.10 "Also Read:" over l.12 "Fox News Today: Market fire in New Delhi, India,
    # kills at least 43, sparks chaos outside hospital" (furniture); the text under them stays
    lines = kept("c606-237online-fr-muttaqi-potzel.txt")
    assert not {11, 12} & lines and {9, 14, 16} <= lines
    lines = kept("c1359-thenewsgod-jaishankar-2020.txt")
    assert not {10, 12} & lines and {8, 14, 16} <= lines
    # a label above the text is the page's header: the title under it keeps its fate (heldout c55 l.1 "Latest News"
    # over l.2, the title)
    assert 2 in kept("c55-ariananews-muttaqi-un-deputy.txt")
    # a section of the text under such a label, in finished sentences, stays
    raw = (
        "The ministers met in Doha on Monday.\n\nSee also\n\nThe talks resume next week, the ministry said.\n\n"
        "Both sides agreed to meet again."
    )
    assert clean_text(raw).kept_lines >= {1, 5, 7}
    # and this rule takes no headline with no finished sentence of the text under it (what ends a page is the trailer
    # rules' to read)
    raw = "The ministers met in Doha on Monday.\nAlso read:\nTaliban name new envoy to Doha"
    assert "links under a label of other stories" not in {step.rule for step in clean_text(raw).steps}


def test_a_label_that_the_reader_may_be_interested_over_a_headline_is_a_link():
    # heldout59 c3578 l.5 "Ti potrebbe interessare anche: Marcato, l’assessore di Zaia: “Durigon? Nella Lega non c’è
    # posto per i fascisti”" and heldout58 c3510 l.7 "Te puede interesar: Los talibanes y las mujeres en Afganistán:
    # ¿Qué prohibiciones impusieron en su anterior gobierno?" (furniture, each a link to another story); the text
    # around them stays
    lines = kept("c3578-businessit-mujahid-music-ban.txt")
    assert 5 not in lines and 3 in lines
    lines = kept("c3510-lahoguera-ebrard-afghan-refugees.txt")
    assert 7 not in lines and 6 in lines
    # a sentence that says something may interest someone, with no label's colon, is text
    assert classify_line("Le puede interesar al gobierno afgano una reunión con los talibanes en Doha.") is None
    assert classify_line("Ti potrebbe interessare sapere che i talebani hanno vietato la musica.") is None


def test_a_time_of_day_alone_under_its_label_is_a_stamp():
    # heldout59 c3597 l.3 "Hora de publicación: 11:36 hrs." (furniture), the time the report was posted
    lines = kept("c3597-elnorte-guterres-security-council.txt")
    assert 3 not in lines
    assert classify_line("Hora de publicación: 11:36 hrs.") == ("removed", "dateline")
    # the same stamp in English, removed already (heldout6 c439 l.2 "  • time: 1:57 pm", heldout40 c2434 l.2)
    assert 2 not in kept("c439-rahapress-rahmani-peace.txt")
    assert classify_line("time: 1:57 pm") == ("removed", "dateline")
    # a label over a sentence, a verse's reference, or a time that is no time of day is no stamp
    assert classify_line("Time: the talks will resume at 10:30 in Doha.") is None
    assert classify_line("Al Baqarah: 2:255") is None
    assert classify_line("Score: 31:45") is None
