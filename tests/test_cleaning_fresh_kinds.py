"""Rules for kinds of page furniture that fresh pages (heldout4 and later) still brought, each on a line
cut from a labelled page (named in a comment): the kind, not the page, is what the rule matches."""

from analysis.text.cleaning import clean_text


def test_a_long_title_printed_twice_without_a_full_stop_loses_its_second_copy():
    # c300: a 23-word title, printed above "Press releases" and again under it, neither copy finished
    title = (
        "UN High Commissioner for Refugees warns of grave consequences if world looks away from Afghanistan, "
        "reiterates importance of finding solutions to Afghan displacement"
    )
    body = "At the conclusion of a five-day visit to Afghanistan, the High Commissioner urged donors to stay engaged."
    cleaned = clean_text(f"Search form\n\n{title}\n\nPress releases\n\n{title}\n\n23 November 2020\n{body}")
    assert cleaned.paragraphs.count(title) <= 1 and body in cleaned.paragraphs
    assert [step.line_no for step in cleaned.steps if step.rule == "repeated line"] == [7]
