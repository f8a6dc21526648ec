"""Rules of the tenth round, on the statement lines heldout11 lost and the furniture every split kept: each test
takes its lines from labelled pages (named in comments)."""

from analysis.text.cleaning import clean_text
from analysis.text.cleaning_repeats import repeated_units

ANALYSIS = (
    "On August 31, 2021, with the Taliban banging on the airfield gates, amid scenes of abject misery of those"
    " clamoring and fighting to get aboard, the US pulled out of Afghanistan."
)


def test_one_posts_byline_printed_over_and_under_its_title_opens_no_next_post():
    # heldout11 c719: the same byline over and under the title, then an epigraph and the analysis
    byline = "By Jovan Kovacic & Dr Aleksandar Vidojevic"
    title = "Taliban poetry and the Western drama – can the Taliban keep their word?"
    raw = "\n\n".join(["b" + byline[1:], title, byline, "“Life’s no life when honor’s left,", ANALYSIS])
    assert clean_text(raw).paragraphs == [title, "“Life’s no life when honor’s left, " + ANALYSIS]
    # heldout2 c186: a tag page, each post a title, its byline and its excerpt; two bylines of one name apart
    posts = [
        ("Agree to Disagree? US, Taliban Trade Barbs Over Continuing Violence", "By Catherine Putz"),
        ("Afghans Say Preventing the Next War as Vital as Ending This One", "By Associated Press"),
        ("Violence Persists as Afghan Government and Taliban Seek Path to Peace", "By Catherine Putz"),
    ]
    listing = "\n".join(f"{post}\n{author}\n{ANALYSIS}" for post, author in posts)
    assert clean_text(listing).paragraphs == [ANALYSIS]


def test_a_communiques_issuing_line_is_its_first_words_not_its_title():
    # heldout11 c725: a PDF summit declaration, the issuing line broken over two lines under the date
    raw = (
        "21 May 2012\n\n\n        Issued by the Heads of State and Government of Afghanistan and\n"
        "   Nations contributing to the NATO-led International Security Assistance Force\n\n"
        "1.     We, the nations contributing to ISAF, met today in Chicago to renew our firm commitment."
    )
    assert clean_text(raw).paragraphs[0].startswith("Issued by the Heads of State and Government")
    # "Published by" and "Delivered by" alone are a byline's and a speaker's labels (heldout8 c522, heldout4 c303)
    assert clean_text("Published by\n\nThe talks resumed in Doha on Monday.").paragraphs == [
        "The talks resumed in Doha on Monday."
    ]


def test_a_longer_first_sentence_is_no_teaser_of_a_shorter_copy_below():
    # heldout11 c693: the first sentence, and a shorter copy of its first half further down
    first = (
        "China se ha comprometido a continuar la comunicación y la consulta efectiva con los talibanes así como"
        " a siempre respetar la soberanía y la independencia del pueblo afgano."
    )
    copy = "China se ha comprometido a continuar la comunicación y la consulta efectiva con los talibanes."
    assert repeated_units([first, "Otra frase del texto, con sus palabras propias y su punto final.", copy])[0] is None
    # a teaser whose words, all but a few, open the later paragraph is still one (the module's example)
    lead = "The two sides met in Doha on Monday and agreed to meet again soon"
    assert repeated_units([lead, lead + ", officials said."])[0] == "teaser repeating the text"
