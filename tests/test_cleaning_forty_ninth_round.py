"""Rules of the forty-ninth round, on what heldout50 lost and kept: each test takes its lines from labelled pages
(named in comments)."""

from analysis.text.cleaning import clean_text
from analysis.text.cleaning_check import raw_page
from analysis.text.cleaning_other_languages import OTHER_STORIES_LABEL
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
