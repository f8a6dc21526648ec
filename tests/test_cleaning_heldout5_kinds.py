"""Rules for kinds of statement line and page furniture that heldout5 brought, each on lines cut from a
labelled heldout5 page (the page is named in a comment): the kind, not the page, is what the rule matches."""

from analysis.text.cleaning import clean_text
from analysis.text.cleaning_rules import classify_line, wire_dateline


def test_the_short_lead_in_of_a_motion_is_text_not_a_kicker():
    # c365: "That the House:" before numbered points; c375: "That the Senate—" before lettered ones
    house = clean_text(
        "Afghanistan\n\nIn accordance with the resolution, I move:\n\nThat the House:\n\n"
        "(1) notes with great concern the urgent and dangerous situation in Afghanistan;\n\n"
        "(2) acknowledges the role of Australia's service men and women during the last 20 years."
    )
    assert "That the House:" in house.paragraphs
    senate = clean_text(
        "Afghanistan\n\nI, and also on behalf of Senators Birmingham and Payman, move:\n\nThat the Senate—\n\n"
        "(a) acknowledges:\n\n(i) 15 August 2022 marks one year since Kabul fell to the Taliban,"
    )
    assert any(paragraph.startswith("That the Senate— (a) acknowledges:") for paragraph in senate.paragraphs)


def test_the_address_block_of_a_petition_is_text_and_its_subject_line_and_counter_are_not():
    # c369: a counter, the date, then "To:" and "CC:" with the names listed under them, and "Re:" the title
    raw = (
        "Human Rights Defenders Joint Statement of Solidarity\n\n"
        "102 people have signed this petition. Add your name now!\n\n28 August 2021\n\n"
        "To: The United Nations General Assembly\n\nCC: Office of the High Commissioner of the Human Rights\n\n"
        "Organization of American States\n\nThe African Union\n\nThe European Union\n\n"
        "Re: Human Rights Defenders Joint Statement of Solidarity\n\n"
        "We, the undersigned human rights defenders from across the world, send our deepest condolences."
    )
    cleaned = clean_text(raw)
    assert cleaned.paragraphs[:5] == [
        "To: The United Nations General Assembly",
        "CC: Office of the High Commissioner of the Human Rights",
        "Organization of American States",
        "The African Union",
        "The European Union",
    ]
    assert cleaned.paragraphs[5].startswith("We, the undersigned")
    assert classify_line("102 people have signed this petition. Add your name now!")[0] == "removed"
    assert classify_line("3 people were killed.") is None
    assert classify_line("1,200 people have signed the letter.") is None


def test_a_dateline_that_puts_the_date_before_the_places_opens_the_text_of_a_wrapped_page():
    # c353: "*30 March, Kabul | New York* –" glued to a sentence wrapped over fixed-width lines
    assert (
        wire_dateline("*30 March, Kabul | New York* – The head of the UNDP said.") == "*30 March, Kabul | New York* – "
    )
    raw = (
        "*Achim Steiner, UNDP Administrator, calls for reopening of secondary\n"
        "schools for girls, and appeals to the international community for\n"
        "solidarity on the eve of a global pledging conference. *\n\n"
        "*30 March, Kabul | New York* – The head of the United Nations Development\n"
        "Programme (UNDP) reminded the international community that Afghans must not\n"
        "be forgotten as the world turns its attention to the war in Ukraine.\n"
    )
    assert clean_text(raw).paragraphs[1].startswith("*30 March, Kabul | New York* – The head of the United Nations")
