"""The glossary of the cleaning labels' kinds: the codes chapter 1 names, explained with an example."""

import pandas as pd

from analysis.book.cleaning_glossary import kind_glossary, kinds_shown
from analysis.text.cleaning_check import line_fates

LINES = pd.DataFrame(
    {
        "label": ["heading", "statement", "boilerplate", "boilerplate", "statement", "boilerplate"],
        "kind": ["", "", "next_post", "next_post", "", "odd_widget"],
        "text": ["Title", "We call for talks now.", "Older", "Another post on the list", "Short.", "Click"],
    }
)


def test_the_glossary_explains_each_kind_shown_once_in_order_with_a_labelled_example():
    glossary = kind_glossary(
        LINES, ["next post (2 lines), odd widget (1 line)", "ordinary (1 line), next post (1 line)"]
    )
    assert glossary["code"].tolist() == ["next post", "odd widget", "ordinary"]
    assert [meaning.rsplit("(", 1)[1] for meaning in glossary["what_it_is"]] == [
        "a boilerplate line)",
        "a boilerplate line)",
        "a statement line)",
    ]
    # the first line of at least three words, else the first; a heading is never an "ordinary" example
    assert glossary["example"].tolist() == ["Another post on the list", "Click", "We call for talks now."]
    assert glossary["what_it_is"].iloc[1].startswith("a sub-type the labellers named")  # unknown: said, not guessed


def test_a_missing_score_names_no_kind():
    assert kinds_shown([None, float("nan"), ""]) == []
    assert kind_glossary(LINES, [None]).empty


def test_every_kind_the_chapter_can_name_from_the_labelled_pages_has_a_meaning():
    fates = line_fates()
    glossary = kind_glossary(
        fates, ["next post (1 line), editor intro (1 line), ordinary (1 line), pdf break (1 line)"]
    )
    assert not glossary["what_it_is"].str.startswith("a sub-type").any()
    assert (glossary["example"] != "–").all()
