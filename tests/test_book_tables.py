"""Tables for people: plain headers, numbers by kind, "–" for missing values, long tables interactive."""

from __future__ import annotations

import re

import numpy as np
import pandas as pd
import pytest

from analysis.book import show
from analysis.book.table_view import LONG_TABLE_ROWS, InteractiveTable, datatables_loader
from analysis.book.tables_format import column_kind, format_value, human_header, missing_columns


def cells(html: str) -> list[str]:
    """The text of every body cell of a rendered table, in order."""
    return [re.sub(r"<[^>]+>", "", cell).strip() for cell in re.findall(r"<td[^>]*>(.*?)</td>", html, re.S)]


def headers(html: str) -> list[str]:
    return [re.sub(r"<[^>]+>", "", cell).strip() for cell in re.findall(r"<th[^>]*>(.*?)</th>", html, re.S)]


@pytest.mark.parametrize(
    ("name", "header"),
    [
        ("reported_or_quoted", "Reported or quoted"),
        ("share_not_direct", "Reported or quoted"),
        ("doc_id", "Statement"),
        ("per_1k", "Per 1,000 words"),
        ("item_id", "Item"),
        ("tfidf_rank", "TF-IDF rank"),
        ("kabul-process-2017", "kabul-process-2017"),  # a statement id is data, not a code name
        ("G2 of a word used once", "G2 of a word used once"),  # already in words
        (3, 3),
    ],
)
def test_headers_in_plain_words(name, header):
    assert human_header(name) == header


def test_numbers_are_written_by_kind():
    counts = pd.Series([0.0, 1.0, 79.0], name="freq")
    shares = pd.Series([0.5, 0.125], name="share_not_direct")
    scores = pd.Series([0.123, 2.5], name="pmi")
    assert [column_kind(counts), column_kind(shares), column_kind(scores)] == ["integer", "share", "number"]
    assert [format_value(v, "integer", 2) for v in counts] == ["0", "1", "79"]
    assert [format_value(v, "share", 2) for v in shares] == ["50.0%", "12.5%"]
    assert [format_value(v, "number", 2) for v in scores] == ["0.12", "2.50"]
    assert format_value(12345, "integer", 2) == "12,345"
    assert format_value(True, "text", 2) == "yes"
    assert format_value(pd.Timestamp("2020-02-29"), "text", 2) == "2020-02-29"


def test_show_prints_a_dash_and_a_note_instead_of_nan():
    table = pd.DataFrame(
        {
            "doc_id": ["a", "b", "c"],
            "freq": [3.0, 0.0, np.nan],
            "dp": [0.25, np.nan, None],
            "when": [pd.Timestamp("2021-01-02"), pd.NaT, pd.NaT],
        }
    )
    html = show(table, missing="the word does not occur there").to_html()
    assert cells(html) == ["a", "3", "0.25", "2021-01-02", "b", "0", "–", "–", "c", "–", "–", "–"]
    assert headers(html) == ["Statement", "Count", "Dispersion (DP)", "When"]
    assert "– marks a missing value (Count, Dispersion (DP) and When): the word does not occur there." in html
    assert not re.search(r"\b(nan|NaN|NaT|None)\b|&lt;NA&gt;", html)
    assert missing_columns(table) == ["Count", "Dispersion (DP)", "When"]


def test_show_keeps_text_in_full_and_escapes_it():
    sentence = "The parties <must> agree & " + "keep talking " * 20
    html = show(pd.DataFrame({"text": [sentence]})).to_html()
    assert cells(html) == ["The parties &lt;must&gt; agree &amp; " + "keep talking " * 19 + "keep talking"]
    assert "…" not in html and "..." not in html


def test_each_cell_is_labelled_with_its_header_for_phones():
    html = show(
        pd.DataFrame({"doc_id": ["a"], "n_words": [10], "n_sentences": [2], "per_1k": [1.5], "rank": [1]})
    ).to_html()
    assert 'data-label="Statement" >a<' in html and 'data-label="Per 1,000 words" >1.5<' in html
    assert 'class="book-table stack-on-phone"' in html


def test_a_named_index_becomes_a_column_and_an_unnamed_one_is_dropped():
    table = pd.DataFrame({"kabul": [1, 2]}, index=pd.Index(["words", "sentences"], name="measure"))
    assert headers(show(table).to_html()) == ["Measure", "Kabul"]
    assert headers(show(table.reset_index(drop=True)).to_html()) == ["Kabul"]


def test_short_tables_stay_plain_and_long_ones_become_interactive():
    short = show(pd.DataFrame({"n": range(LONG_TABLE_ROWS)}))
    long = show(pd.DataFrame({"n": range(LONG_TABLE_ROWS + 1)}))
    assert not isinstance(short, InteractiveTable)
    assert isinstance(long, InteractiveTable)
    assert isinstance(show(pd.DataFrame({"n": [1]}), interactive=True), InteractiveTable)


def test_an_interactive_table_carries_the_offline_bundle_once_and_keeps_styler_methods(monkeypatch):
    monkeypatch.setattr(InteractiveTable, "bundle_sent", False)
    table = pd.DataFrame({"reason": ["a long reason"] * 20, "n": range(20)})
    first = show(table).set_properties(subset=["reason"], **{"text-align": "left"})
    assert isinstance(first, InteractiveTable)
    html_first, html_second = first._repr_html_(), show(table)._repr_html_()
    assert html_first.count(datatables_loader()) == 1 and datatables_loader() not in html_second
    assert "new ITable(" in html_second and "http" not in datatables_loader()[:2000]
    assert len(cells(html_second)) == 40  # the whole table is in the page, for readers without JavaScript


def test_a_concordance_drops_the_statement_column_and_bolds_the_match():
    lines = pd.DataFrame(
        {
            "doc_id": ["nato-2020"],
            "sent_id": ["nato-2020:003"],
            "left": ["an immediate"],
            "match": ["ceasefire"],
            "right": ["and talks"],
        }
    )
    styler = show(lines, kind="concordance")
    html = styler.to_html()
    assert headers(html) == ["Sentence", "Left", "Match", "Right"]
    assert "concordance" in re.search(r'<table[^>]*class="([^"]*)"', html).group(1)
    assert "font-weight: bold" in html


def test_a_table_on_its_side_keeps_each_value_written_by_its_own_column():
    summary = pd.DataFrame(
        {"words": [704, 396], "reported_or_quoted": [0.08, 0.55], "hedges_per_1k": [1.42, np.nan]},
        index=pd.Index(["kabul-2017", "nato-2020"], name="doc_id"),
    )
    styler = show(summary, by_row=True, shares=["reported_or_quoted"])
    html = styler.to_html()
    assert not isinstance(styler, InteractiveTable)
    assert headers(html) == ["Measure", "kabul-2017", "nato-2020"]
    assert cells(html) == [
        "Words",
        "704",
        "396",
        "Reported or quoted",
        "8.0%",
        "55.0%",
        "Hedges per 1,000 words",
        "1.4",  # a rate per 1,000 words has one precision everywhere (tables_format.RATE_DIGITS)
        "–",
    ]
    assert "– marks a missing value (Hedges per 1,000 words)" in html


def test_cleaning_by_rule_counts_lines_and_statements_and_names_where_most():
    """One row per rule, whatever the number of statements (the report's table; the book's has a column each)."""
    from types import SimpleNamespace

    from analysis.book.tables import cleaning_by_rule

    report = pd.DataFrame(
        [
            ("b", 1, "removed", "navigation crumbs"),
            ("a", 2, "removed", "navigation crumbs"),
            ("a", 3, "removed", "navigation crumbs"),
            ("b", 4, "joined", "line broken mid-sentence"),
        ],
        columns=["doc_id", "line_no", "action", "rule"],
    )
    table = cleaning_by_rule(SimpleNamespace(cleaning_report=lambda: report))
    assert table.values.tolist() == [
        ["joined", "line broken mid-sentence", 1, 1, "b (1)"],
        ["removed", "navigation crumbs", 3, 2, "a (2)"],
    ]
    empty = cleaning_by_rule(SimpleNamespace(cleaning_report=lambda: report.iloc[:0]))
    assert empty.empty and list(empty.columns) == ["action", "rule", "lines", "statements", "most_in"]


def test_a_date_is_never_broken_at_its_hyphens():
    """A column of ISO dates is one unit per cell: at 1280 px the record's dates read "2026-" over "12-05" without it."""
    html = show(pd.DataFrame({"split": ["heldout2", "heldout3"], "date": ["2026-12-05", "2026-12-06"]})).to_html()
    date_cells = re.findall(r"#T_\w+_row\d_col1 \{[^}]*\}", html)
    assert date_cells and all("white-space: nowrap" in rule for rule in date_cells)
    assert not re.findall(r"#T_\w+_row\d_col0 \{[^}]*white-space: nowrap", html)


def test_a_header_over_short_words_is_not_split_inside_a_word():
    """The instructors' plan at 390 px read "Tim" over "e": a column of short words ("15 min") keeps its header's words
    whole; a column holding a long word leaves its header free to break."""
    plan = pd.DataFrame({"session": ["1. From raw text"], "time": ["15 min"], "activity": ["The corpus chapter."]})
    whole = re.findall(r"([^{}]*)\{\s*overflow-wrap: normal;\s*\}", show(plan).to_html())
    assert [selectors.count("_level0_col") for selectors in whole if "_level0_" in selectors] == [3]
    # the plan as the instructors' page has it: one activity names a function, a word too long to keep whole, so that
    # column's header may break and the others' still do not
    plan = plan.assign(activity="Compare with the rules (stance.sentence_stance).")
    whole = re.findall(r"([^{}]*)\{\s*overflow-wrap: normal;\s*\}", show(plan).to_html())
    headers_whole = [selectors for selectors in whole if "_level0_" in selectors]
    assert len(headers_whole) == 1 and "_level0_col0" in headers_whole[0] and "_level0_col1" in headers_whole[0]
    assert "_level0_col2" not in headers_whole[0]
