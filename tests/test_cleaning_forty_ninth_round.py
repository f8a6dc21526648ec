"""Rules of the forty-ninth round, on what heldout50 lost and kept: each test takes its lines from labelled pages
(named in comments)."""

from analysis.text.cleaning import clean_text
from analysis.text.cleaning_check import raw_page
from analysis.text.cleaning_other_languages import OTHER_STORIES_LABEL, other_language_furniture
from analysis.text.cleaning_trailers import TRAILER_PATTERNS


def kept(name: str) -> set[int]:
    return clean_text(raw_page(name)).kept_lines


def test_a_label_of_the_stories_read_most_under_the_text_starts_the_page_trailer():
    # heldout50 c3028: l.3-6 the text (statement), l.7 its source (furniture), l.8 "En Çok Okunan Haberler" and the
    # ten dashed headlines under it, l.9-18 (furniture)
    lines = kept("c3028-cumhuriyet-shaheen-inclusive-government.txt")
    assert {3, 4, 5, 6} <= lines
    assert not set(range(7, 19)) & lines
    # heldout24 c1467: "Most Popular" (l.25) and "return to top" (l.27) under the text (l.17-23), all furniture
    lines = kept("c1467-arabnewsjp-motegi-nakamura-2019.txt")
    assert {17, 19, 21, 23} <= lines and not {25, 27} & lines
    assert TRAILER_PATTERNS["teaser of other stories"].match("Most Popular")
    assert TRAILER_PATTERNS["teaser of other stories"].match("Most Viewed")  # heldout28 c1719 l.19
    assert OTHER_STORIES_LABEL.match("En Çok Okunan Haberler")
    assert OTHER_STORIES_LABEL.match("Lo más leído")
    # a sentence about what was read most is text
    assert not TRAILER_PATTERNS["teaser of other stories"].match("Most read the statement as a rejection of talks.")
    # above the text the label is the page's header, not its end: tune c57 l.1 "Most Popular" and l.3 "Most Viewed"
    # (furniture) over the title (l.5) and the text (l.7-17, statement)
    lines = kept("c57-mideastdiscourse-akhundzada-eid.txt")
    assert not {1, 3} & lines and {7, 9, 11, 13, 15, 17} <= lines


def test_the_label_of_a_byline_with_the_author_s_name_alone_is_furniture():
    # heldout50 c3070 l.9, the page's last line (furniture), under the text (l.1-8, statement but the question l.5, a
    # heading): its initial's full stop kept it from reading as a heading
    lines = kept("c3070-thespanishmedia-unsc-eleven-members-women.txt")
    assert 9 not in lines and {1, 2, 3, 4, 6, 7, 8} <= lines
    rule = "byline with its label"
    assert other_language_furniture("Redacción de: Karen Rodríguez A.") == rule
    # the same label in English and Czech (heldout32 c1967 l.24, heldout45 c2746 l.25, removed before as headings)
    assert other_language_furniture("Written by: Hesamuddin Hesam") == rule
    assert other_language_furniture("autor: čtk, mp") == rule
    # a sentence after the label is text
    assert other_language_furniture("Por: el ministerio dijo que la reunión fue un éxito.") is None
