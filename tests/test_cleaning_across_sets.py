"""Rules of the sixth round, each kept only because it changes lines on at least two labelled splits (pages of
different sites): every test takes its lines from labelled pages of two splits (named in comments)."""

from analysis.text.cleaning_furniture import furniture_rule


def test_a_contact_note_is_furniture_but_a_sentence_about_information_is_not():
    # heldout5 c325 and heldout7 c467
    assert furniture_rule("For any inquiries, contact the news desk by writing to editor [at] the site.") == (
        "contact note"
    )
    assert furniture_rule("For more information or to arrange an interview, please call:") == "contact note"
    assert furniture_rule("For more information on the talks, the envoy said, Kabul must wait.") is None
    assert furniture_rule("The inquiries of the commission went on for months.") is None


def test_a_publisher_disclaiming_the_text_it_carries_is_furniture():
    # heldout7 c447, c471, c489, c440, c469 and heldout2 c179
    disclaimers = [
        "For information media. Not an official record.",
        "This information is provided by the site and does not comprise part of the offical record",
        "- (* This is a provisional translation. The above date denotes the date of the issue of the original.)",
        "The Council published this content on 02 August 2018 and is solely responsible for the information contained",
        "(Only the headline and picture of this report may have been reworked by the staff; the rest of the content"
        " is auto-generated from a syndicated feed.)",
        "/Public Release. This material from the originating organization/author(s) might be of the point-in-time"
        " nature, and edited for clarity, style and length.",
    ]
    assert {furniture_rule(line) for line in disclaimers} == {"publisher's disclaimer"}
    kept = "The minister said the record of the talks was not an agreement, and the official record would follow."
    assert furniture_rule(kept) is None
