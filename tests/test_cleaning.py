"""The cleaning rules, each on a small extraction (hand-made, or cut from a labelled page), and the
scores on the labelled pages of validation/cleaning/."""

from analysis.text.cleaning import clean_text, is_broken_before, is_heading, normalise_spacing, script_language


def removed_by(cleaned, rule):
    return [step.before for step in cleaned.steps if step.rule == rule and step.action == "removed"]


def rules(cleaned):
    return [(step.action, step.rule) for step in cleaned.steps]


def test_navigation_crumbs_and_trailer_are_removed_with_everything_after():
    raw = "Home / News / Peace\n\nThe parties met.\n\nCheck Also\n\nAnother story\n\nMore text …"
    cleaned = clean_text(raw)
    assert cleaned.paragraphs == ["The parties met."]
    assert rules(cleaned) == [
        ("removed", "navigation crumbs"),
        ("removed", "teaser of other stories"),
        ("removed", "after the page trailer"),
        ("removed", "after the page trailer"),
    ]


def test_comment_form_and_author_box_start_a_trailer():
    assert clean_text("Peace is near.\nLeave a Reply\nYour email address will not be published.").paragraphs == [
        "Peace is near."
    ]
    assert clean_text("Peace is near.\nAbout admin\nOther.").paragraphs == ["Peace is near."]


def test_last_updated_stamp_and_dateline_are_removed():
    cleaned = clean_text(" date 2021-02-12 (Last Updated On: February 12, 2021)\n15 June 2024\nThe talks resumed.")
    assert cleaned.paragraphs == ["The talks resumed."]
    assert [step.rule for step in cleaned.steps] == ["last-updated stamp", "dateline"]


def test_dari_and_pashto_lines_are_moved_out_with_their_language():
    cleaned = clean_text("میکانیزم افغانستان برای صلح\nد ټول شموله سولې لپاره\nPeace matters.")
    assert cleaned.paragraphs == ["Peace matters."]
    assert [(line.line_no, line.language) for line in cleaned.non_english] == [(1, "Dari"), (2, "Pashto")]


def test_script_language_labels():
    assert script_language("السلام عليكم") == "Arabic"
    assert script_language("Kabul کابل is a city") is None  # mostly Latin letters


def test_numbered_and_dashed_list_markers_are_stripped_and_reported():
    cleaned = clean_text("1-The first point.\n2- The second point.\n- A third point.\n10) The tenth.")
    assert cleaned.paragraphs == ["The first point.", "The second point.", "A third point.", "The tenth."]
    assert [step.after for step in cleaned.steps] == cleaned.paragraphs


def test_numbers_that_are_not_list_markers_are_kept():
    cleaned = clean_text("27 countries met in Kabul.\n3.5 million people need aid.")
    assert cleaned.paragraphs == ["27 countries met in Kabul.", "3.5 million people need aid."]


def test_line_broken_mid_sentence_is_rejoined_across_a_blank_line():
    cleaned = clean_text("The letter highlighted the level of\n\nimpoverishment faced by the people.")
    assert cleaned.paragraphs == ["The letter highlighted the level of impoverishment faced by the people."]
    assert rules(cleaned) == [("joined", "line broken mid-sentence")]


def test_hyphenated_break_is_rejoined_without_the_hyphen():
    assert clean_text("the peace nego-\ntiations resumed.").paragraphs == ["the peace negotiations resumed."]


def test_headings_and_letter_formulas_are_set_aside():
    raw = "Press Release\n\nYour Excellency,\n\nWe support the talks.\n\nPlease accept the assurance of our highest regard."
    cleaned = clean_text(raw)
    assert cleaned.paragraphs == ["We support the talks."]
    assert cleaned.headings == ["Press Release"]
    assert sorted(step.rule for step in cleaned.steps) == [
        "heading (no final punctuation)",
        "letter formula",
        "letter formula",
    ]


def test_heading_and_break_predicates():
    assert is_heading("Statement of Kabul Process for Peace and Security Cooperation")
    assert not is_heading("Civil Society made the following points:")
    assert is_broken_before("the meeting could initially hold", "separate meetings.")
    assert is_broken_before("a level of", "Impoverishment")  # ends on a function word
    assert not is_broken_before("Press Release", "Strategic Consultation")


def test_spacing_is_normalised():
    assert normalise_spacing("peace in Afghanistan .\u00a0 Next") == "peace in Afghanistan. Next"


def test_script_language_on_hard_lines():
    """Digits, presentation forms, mixed scripts, marks: only a majority of Arabic letters makes a line non-English."""
    expected = {
        "": None,
        "2021-02-12 12:30": None,
        "١٢٣٤ ۵۶۷": None,
        "Press Release": None,
        "Café Kabul – “peace” for all, naïve résumé": None,
        "میکانیزم افغانستان برای صلح": "Dari",
        "د ټول شموله سولې لپاره": "Pashto",
        "السلام عليكم": "Arabic",
        "Kabul کابل is a city": None,
        "کابل Kabul": None,
        "کابل Kab": "Dari",
        "ـــ ،؛؟": "Arabic",
        "پچژگ abc": "Dari",
        "\u200fمرحبا\u200e": "Arabic",
    }
    for line, language in expected.items():
        assert script_language(line) == language, line


def test_stamps_and_comment_forms_are_removed_whatever_their_case():
    from analysis.text.cleaning_rules import classify_line

    removed = [
        "  Last Updated On: February 12, 2021",
        "(LAST UPDATED: x)",
        "Published on 3 May",
        "UPDATED ON",
        "Your email address will not be published.",
        "Required fields are marked *",
        "Save my name, EMAIL",
    ]
    kept = ["The talks were updated.", "Reqvired fields", "Peace is near.", "The report, published on Monday, said so."]
    assert all(classify_line(line.strip())[0] == "removed" for line in removed)
    assert all(classify_line(line) is None for line in kept)
    assert normalise_spacing("Peace\t\tis  near .") == "Peace is near." and normalise_spacing(" a\u00a0 b ;") == "a b;"


def test_the_cleaning_scores_on_the_labelled_pages():
    """The figures the corpus chapter reports, from the hand labels (a change to the rules shows here)."""
    from analysis.text.cleaning_check import cleaning_scores, line_fates

    fates = line_fates()
    assert fates.groupby("id")["split"].nunique().max() == 1  # every page in one half only
    scores = cleaning_scores(fates).set_index("split")
    assert scores.loc["heldout", ["statement_kept", "statement_lines"]].tolist() == [415, 415]
    assert scores.loc["heldout", ["boilerplate_removed", "boilerplate_lines"]].tolist() == [299, 310]
    assert scores.loc["tune", ["statement_kept", "statement_lines"]].tolist() == [446, 446]
    # (the sixteenth round's caption in the present tense: +1)
    assert scores.loc["tune", ["boilerplate_removed", "boilerplate_lines"]].tolist() == [268, 284]
    # the second held-out set: scored once unseen (310/315, 162/219, in validation/cleaning/score_history.csv),
    # then tuned on
    assert scores.loc["heldout2", ["statement_kept", "statement_lines"]].tolist() == [315, 315]
    assert scores.loc["heldout2", ["boilerplate_removed", "boilerplate_lines"]].tolist() == [198, 219]
    # the third, fourth and fifth: scored once unseen each (in the record), then tuned on
    assert scores.loc["heldout3", ["statement_kept", "statement_lines"]].tolist() == [393, 394]
    assert scores.loc["heldout3", ["boilerplate_removed", "boilerplate_lines"]].tolist() == [288, 317]
    assert scores.loc["heldout4", ["statement_kept", "statement_lines"]].tolist() == [350, 350]
    # (round 34: a Canadian member's label with party and riding, +1 of c318; the forty-eighth round: a magazine's words
    # on itself, +1 of c296)
    assert scores.loc["heldout4", ["boilerplate_removed", "boilerplate_lines"]].tolist() == [248, 257]
    assert scores.loc["heldout5", ["statement_kept", "statement_lines"]].tolist() == [378, 378]
    assert scores.loc["heldout5", ["boilerplate_removed", "boilerplate_lines"]].tolist() == [251, 264]
    # the sixth: scored once unseen (328/334, 253/312, in the record), then tuned on
    assert scores.loc["heldout6", ["statement_kept", "statement_lines"]].tolist() == [332, 334]
    # (the forty-fifth round: a last line cut off under furniture below the text goes with it, +1 of c419; the
    # fifty-second round: a blog's button to post a comment in French, +1 of c385; the fifty-fifth: a document viewer's
    # control, "Start display at page:", +1 of c427)
    assert scores.loc["heldout6", ["boilerplate_removed", "boilerplate_lines"]].tolist() == [284, 312]
    # the seventh: scored once unseen (408/420, 255/301, in the record), then tuned on
    assert scores.loc["heldout7", ["statement_kept", "statement_lines"]].tolist() == [419, 420]
    # (the forty-seventh round: a note that the page is old, +1 of c463)
    assert scores.loc["heldout7", ["boilerplate_removed", "boilerplate_lines"]].tolist() == [274, 301]
    # the eighth: scored once unseen (392/396, 198/256, in the record), then tuned on (the thirty-ninth round: the
    # same label under each post's text and over the next post's headline ends the first post, +5 of c548)
    assert scores.loc["heldout8", ["statement_kept", "statement_lines"]].tolist() == [395, 396]
    assert scores.loc["heldout8", ["boilerplate_removed", "boilerplate_lines"]].tolist() == [234, 256]
    # the ninth: scored once unseen (348/384, 185/215, in the record), then tuned on
    assert scores.loc["heldout9", ["statement_kept", "statement_lines"]].tolist() == [383, 384]
    # (the fifty-eighth round: a headline under a label of other stories inside the article, +1 of c606)
    assert scores.loc["heldout9", ["boilerplate_removed", "boilerplate_lines"]].tolist() == [204, 215]
    # the tenth: scored once unseen (359/376, 222/264, in the record), then one fix (a dated line above the only
    # post is not a listing: +7 statement lines of c631, and its caption "child hand" is no longer removed with them;
    # the sixteenth round's caption in the present tense: +1; the forty-fourth round's editors' sign-off, c623: +1; the
    # fifty-fourth round's date and place alone on a line, c631's first line, so its caption "child hand" goes: +1)
    assert scores.loc["heldout10", ["statement_kept", "statement_lines"]].tolist() == [375, 376]
    assert scores.loc["heldout10", ["boilerplate_removed", "boilerplate_lines"]].tolist() == [238, 264]
    # the eleventh: scored once unseen (328/342, 213/274, in the record), then tuned on (the tenth round; the fortieth
    # round: an agency's name alone before a dash is a byline, so a topic page whose posts each carry it is a listing,
    # +4 of c736)
    assert scores.loc["heldout11", ["statement_kept", "statement_lines"]].tolist() == [340, 342]
    # (the fifty-second round: a paragraph's first sentence printed again at the page's foot, +1 of c693)
    assert scores.loc["heldout11", ["boilerplate_removed", "boilerplate_lines"]].tolist() == [254, 274]
    # the twelfth: scored once unseen (361/374, 240/319, with the rules of 01f0fb8, in the record), then tuned on
    # (the seventeenth round's prompt to join a mailing list broken over lines: +4, c748)
    assert scores.loc["heldout12", ["statement_kept", "statement_lines"]].tolist() == [374, 374]
    # (the forty-eighth round: the label of the source in Italian, "Fonte: BBC,", +1 of c750; the fifty-second round:
    # a blog's "No hay comentarios:", +1 of c793)
    assert scores.loc["heldout12", ["boilerplate_removed", "boilerplate_lines"]].tolist() == [287, 319]
    # the thirteenth: scored once unseen (381/394, 176/218, with the rules of 49fa72f, in the record), then tuned on
    # (the twelfth round: speakers' forms of address, paragraphs left in <p> markup, a pair of entries announced;
    # the fifteenth's "Read more at ..." link; the sixteenth's AP credit; the thirty-second's GOV.UK period note, c839)
    # (the forty-seventh round: a last line cut inside a word of the text above, "Islamic Rel", +1 of c800)
    assert scores.loc["heldout13", ["statement_kept", "statement_lines"]].tolist() == [390, 394]
    # (the fiftieth round: the buttons that set the text's size, two lone "A" lines in a row, +2 of c857)
    # (the fifty-first round: a note to a reader not logged in, "You are not logged in.", +1 of c858)
    assert scores.loc["heldout13", ["boilerplate_removed", "boilerplate_lines"]].tolist() == [183, 218]
    # the fourteenth: scored once unseen (369/371, 178/200, with the rules of 22610da, in the record), then tuned on
    # (the thirteenth round: a speaker's thanks, single lines of furniture of general kinds)
    assert scores.loc["heldout14", ["statement_kept", "statement_lines"]].tolist() == [370, 371]
    assert scores.loc["heldout14", ["boilerplate_removed", "boilerplate_lines"]].tolist() == [195, 200]
    # the fifteenth: scored once unseen (327/329, 269/322, with the rules of 8a2211b, in the record), then tuned on
    # (the fourteenth round: single lines of furniture of general kinds, a table of fields, signatories, a speaker's
    # words broken off, a quotation cut off at the page's end; the sixteenth's captions: +3)
    assert scores.loc["heldout15", ["statement_kept", "statement_lines"]].tolist() == [329, 329]
    assert scores.loc["heldout15", ["boilerplate_removed", "boilerplate_lines"]].tolist() == [307, 322]
    # the sixteenth: scored once unseen (327/336, 218/250, with the rules of fecf2a7, in the record), then tuned on
    # (the fifteenth round: lines of a record wrapped at a fixed width that read like titles, an archive's numbered
    # title, single lines of furniture of general kinds, a caption broken over lines, titles naming their source; the
    # sixteenth's long list item full of names, +1 statement line of c1013, and caption in the present tense, +1)
    assert scores.loc["heldout16", ["statement_kept", "statement_lines"]].tolist() == [333, 336]
    assert scores.loc["heldout16", ["boilerplate_removed", "boilerplate_lines"]].tolist() == [238, 250]
    # the seventeenth: scored once unseen (351/360, 225/266, with the rules of 88737e1, in the record), then tuned on
    # (the sixteenth round: salutations and an opening praise, a summary point, single lines of furniture of general
    # kinds, a tag page of wire stories, captions; the forty-second's paragraph start cut off on the last line, +1 of
    # c1062)
    assert scores.loc["heldout17", ["statement_kept", "statement_lines"]].tolist() == [360, 360]
    assert scores.loc["heldout17", ["boilerplate_removed", "boilerplate_lines"]].tolist() == [243, 266]
    # the eighteenth: scored once unseen (347/355, 186/230, with the rules of b6c569d, in the record), then tuned on
    assert scores.loc["heldout18", ["statement_kept", "statement_lines"]].tolist() == [351, 355]
    # (the forty-eighth round: the first of a run of excerpts cut short under eight paragraphs of text, +1 of c1112; the
    # fifty-fourth round's line of noise, a comment's vote counters "-2 ( +0 / -2 )", +1 of c1123)
    assert scores.loc["heldout18", ["boilerplate_removed", "boilerplate_lines"]].tolist() == [204, 230]
    # the nineteenth: scored once unseen (311/314, 217/259, with the rules of 790034b, in the record), then tuned on
    assert scores.loc["heldout19", ["statement_kept", "statement_lines"]].tolist() == [314, 314]
    assert scores.loc["heldout19", ["boilerplate_removed", "boilerplate_lines"]].tolist() == [238, 259]
    # the twentieth: scored once unseen (299/301, 196/237, with the rules of 843f447, in the record), then tuned on
    assert scores.loc["heldout20", ["statement_kept", "statement_lines"]].tolist() == [301, 301]
    assert scores.loc["heldout20", ["boilerplate_removed", "boilerplate_lines"]].tolist() == [217, 237]
    # the twenty-first: scored once unseen (363/375, 246/301, with the rules of b12944a, in the record), then tuned on
    # (the forty-seventh round: a last line that opens a sentence on its subject, "The Taliba", +1 of c1325)
    assert scores.loc["heldout21", ["statement_kept", "statement_lines"]].tolist() == [375, 375]
    # (round 34: a Canadian member's label with party and riding, +1 of c1316; the forty-fifth round: a caption's alt
    # text above its copy glued to its credit, +1 of c1295, and a last line cut off under furniture, +1 of c1283; the
    # forty-eighth round: a UN press release's notice in French, +1 of c1329, a note that the content is old in
    # Norwegian, +1 of c1335, and the first of a run of excerpts cut short under the article, +1 of c1302)
    assert scores.loc["heldout21", ["boilerplate_removed", "boilerplate_lines"]].tolist() == [279, 301]
    # the twenty-second: scored once unseen (331/347, 209/250, with the rules of 0ae4381, in the record), then tuned on
    assert scores.loc["heldout22", ["statement_kept", "statement_lines"]].tolist() == [347, 347]
    # (the fifty-eighth round: a headline under a label of other stories inside the article, +1 of c1359)
    assert scores.loc["heldout22", ["boilerplate_removed", "boilerplate_lines"]].tolist() == [225, 250]
    # the twenty-third: scored once unseen (336/339, 258/271, with the rules of f2f5b0d, in the record), then tuned on
    assert scores.loc["heldout23", ["statement_kept", "statement_lines"]].tolist() == [339, 339]
    assert scores.loc["heldout23", ["boilerplate_removed", "boilerplate_lines"]].tolist() == [265, 271]
    # the twenty-fourth: scored once unseen (311/322, 233/264, with the rules of e70e21a, in the record), then tuned on
    assert scores.loc["heldout24", ["statement_kept", "statement_lines"]].tolist() == [322, 322]
    # (the forty-eighth round: a newsletter's pitch of news delivered to the reader, +1 of c1484; the forty-ninth:
    # "Most Popular" under the text starts the page trailer, +2 of c1467; the fifty-fifth: a document viewer's control,
    # +1 of c1507; the fifty-sixth: a caption's credit in brackets with a slash after its sentence, +2 of c1484 and
    # c1488)
    assert scores.loc["heldout24", ["boilerplate_removed", "boilerplate_lines"]].tolist() == [242, 264]
    # the twenty-fifth: scored once unseen (369/384, 215/238, with the rules of 1ab7978, in the record), then tuned on
    assert scores.loc["heldout25", ["statement_kept", "statement_lines"]].tolist() == [384, 384]
    # (the forty-eighth round: a newsletter box's label, "Our newsletter", +1 of c1560)
    assert scores.loc["heldout25", ["boilerplate_removed", "boilerplate_lines"]].tolist() == [223, 238]
    # the twenty-sixth: scored once unseen (390/391, 200/240, with the rules of 3c1c4e0, in the record), then tuned on
    assert scores.loc["heldout26", ["statement_kept", "statement_lines"]].tolist() == [391, 391]
    # (the fifty-third round: a photographer's credit closing a caption's line, +1 of c1635)
    assert scores.loc["heldout26", ["boilerplate_removed", "boilerplate_lines"]].tolist() == [209, 240]
    # the twenty-seventh: scored once unseen (336/339, 117/144, with the rules of d9774d0, in the record), then tuned on
    assert scores.loc["heldout27", ["statement_kept", "statement_lines"]].tolist() == [337, 339]
    assert scores.loc["heldout27", ["boilerplate_removed", "boilerplate_lines"]].tolist() == [129, 144]
    # the twenty-eighth: scored once unseen (389/393, 151/179, with the rules of 3b71bde, in the record), then tuned on
    # (the forty-seventh round: last lines cut off, "Presi" inside a word of the text, +1 of c1710, and "The Taliban"
    # opening a sentence, +1 of c1733)
    assert scores.loc["heldout28", ["statement_kept", "statement_lines"]].tolist() == [392, 393]
    assert scores.loc["heldout28", ["boilerplate_removed", "boilerplate_lines"]].tolist() == [157, 179]
    # the twenty-ninth: scored once unseen (381/393, 114/146, with the rules of 85cbe98, in the record), then tuned on
    # (the thirtieth round: a quotation opened on one word runs on into the next line, +1 of c1770)
    assert scores.loc["heldout29", ["statement_kept", "statement_lines"]].tolist() == [384, 393]
    # (the forty-fifth round: a last line cut off under furniture below the text goes with it, +1 of c1803; the
    # forty-eighth round: a newsletter's pitch of news delivered to the reader, +1 of c1772)
    # (the fifty-third round: a photographer's credit closing a caption's line, +1 of c1815)
    assert scores.loc["heldout29", ["boilerplate_removed", "boilerplate_lines"]].tolist() == [122, 146]
    # the thirtieth: scored once unseen (391/429, 176/231, with the rules of 626d88f, in the record), then tuned on
    # (the twenty-ninth round: a link list inside the article no longer ends it, +17 of c1832 and c1844; a transcript's
    # timecodes are furniture and its speech is joined across them, +16 and +20 of c1878; a caption of more than 60
    # words is text, +1 of c1827; a writer's address, a link's sentence, a link to a file, a prompt to get news by
    # mail: +4 furniture; the thirty-fifth round: a Dutch record's "De voorzitter:", +1 of c1866; the thirty-ninth:
    # a wire's note of its standards, +1 F of c1835)
    assert scores.loc["heldout30", ["statement_kept", "statement_lines"]].tolist() == [425, 429]
    # (the fifty-third round: a photographer's credit closing a caption's line, +1 of c1860; the fifty-sixth: a caption's
    # credit in brackets with a slash after its sentence, +1 of c1847)
    assert scores.loc["heldout30", ["boilerplate_removed", "boilerplate_lines"]].tolist() == [204, 231]
    # the thirty-first: scored once unseen (355/366, 215/262, with the rules of 1ac9c83, in the record), then tuned on
    # (the thirtieth round: a block of excerpts printed again in the full text below is the teaser, +6 and +16 of c1915;
    # a quotation opened on one word runs on into the next line, +1 of c1915; a login prompt, a comment policy, a
    # loading note, a feed's note, a member's biography, a document viewer's comment prompt: +7 furniture; a long
    # title printed again, cut short: +2 of c1927; the page's last line leaving a clause open in brackets, +2 of c1916;
    # the forty-second's paragraph start cut off on the last line, +1 of c1936)
    assert scores.loc["heldout31", ["statement_kept", "statement_lines"]].tolist() == [365, 366]
    assert scores.loc["heldout31", ["boilerplate_removed", "boilerplate_lines"]].tolist() == [240, 262]
    # the thirty-second: scored once unseen (357/365, 188/204, with the rules of f36e4d1, in the record), then tuned on
    # (the thirty-first round: one paragraph opened on its date is no listing, +5 and -1 of c1985; a full text
    # available here, +1 of c1985; an e-mail's salutation, +1 of c1986; a lead-in to a quotation, +1 of c1948; prompts
    # to comment, subscribe, download and read on, +4 furniture; a news site's line, its teaser, a byline with text-size
    # buttons, a press office's numbers, +4 furniture)
    # (the forty-seventh round: a last line cut inside a word of the text above, "Islamic Relie", +1 of c1987)
    assert scores.loc["heldout32", ["statement_kept", "statement_lines"]].tolist() == [365, 365]
    assert scores.loc["heldout32", ["boilerplate_removed", "boilerplate_lines"]].tolist() == [196, 204]
    # the thirty-third: scored once unseen (390/392, 127/156, with the rules of d0c530c, in the record), then tuned on
    # (the thirty-second round: a reporters' credit, GOV.UK's period note, three vote counts, an image id: +6 furniture;
    # three readers' replies and a lead-in to gathered quotations: +4 furniture; a donation widget's button: +1; a last
    # line cut inside the word opening the paragraph above, +1 of c2046)
    assert scores.loc["heldout33", ["statement_kept", "statement_lines"]].tolist() == [391, 392]
    assert scores.loc["heldout33", ["boilerplate_removed", "boilerplate_lines"]].tolist() == [138, 156]
    # the thirty-fourth: scored once unseen (328/331, 270/321, with the rules of 6a5c726, in the record), then tuned on
    # (the thirty-third round: widgets, a browser note and a parliament's stage directions, +9 furniture; a cable's line
    # broken before a line that runs on itself, +1 of c2098; a language switcher and a file's link label, +2; the
    # thirty-seventh round: "Please give today.", +1 of c2114; the thirty-ninth: a tag page's link under each post, +6
    # of c2089)
    # (the forty-seventh round: a last line cut inside a word of the text above, "Afghanista", +1 of c2098)
    assert scores.loc["heldout34", ["statement_kept", "statement_lines"]].tolist() == [330, 331]
    assert scores.loc["heldout34", ["boilerplate_removed", "boilerplate_lines"]].tolist() == [288, 321]
    # the thirty-fifth: scored once unseen (259/261, 151/165, with the rules of bfc4f42, in the record), then tuned on
    # (the thirty-fourth round: an invocation with "Almighty" before the name opens the text, +1 of c2166; a quotation
    # announced by a colon is no pull quote, +1 of c2164; a first publication's stamp, a guarded contact address and
    # "More like this", +3 furniture; a Canadian member's label with party and riding, +1 of c2165)
    assert scores.loc["heldout35", ["statement_kept", "statement_lines"]].tolist() == [261, 261]
    assert scores.loc["heldout35", ["boilerplate_removed", "boilerplate_lines"]].tolist() == [155, 165]
    # the thirty-sixth: scored once unseen (388/393, 181/213, with the rules of fa12cbe, in the record), then tuned on
    # (the thirty-fifth round: a resolution's body meeting on its date and the verb of its first clause, +2 of c2221;
    # a dated stamp, a labelled breadcrumb, a share prompt and an author's disclaimer, +4 furniture; a Dutch record's
    # speaker labels and start time, +3 of c2232 and c2233; the forty-second's paragraph start cut off on the last
    # line, +1 of c2230)
    # (the forty-seventh round: a last line cut inside a word of the text above, "Colbec", +1 of c2208)
    assert scores.loc["heldout36", ["statement_kept", "statement_lines"]].tolist() == [392, 393]
    # (the fifty-third round: a photographer's credit closing a caption's line, +1 of c2223)
    assert scores.loc["heldout36", ["boilerplate_removed", "boilerplate_lines"]].tolist() == [189, 213]
    # the thirty-seventh: scored once unseen (356/362, 190/240, with the rules of 168bd4e, in the record), then tuned on
    # (the thirty-sixth round: a stamp to the minute, an age notice, a reprint notice, an adaptation note and a site's
    # accessibility controls, +6 furniture of c2257, c2250, c2262, c2253 and c2277; a signatory's name ending on a
    # comma, +1 of c2289)
    assert scores.loc["heldout37", ["statement_kept", "statement_lines"]].tolist() == [357, 362]
    # (the forty-fifth round: a paywall's offer, +4 of c2250: three lines of the offer and an "or" joined to one)
    # (the fifty-third round: a photographer's credit closing a caption's line, +1 of c2246)
    assert scores.loc["heldout37", ["boilerplate_removed", "boilerplate_lines"]].tolist() == [201, 240]
    # the thirty-eighth: scored once unseen (366/367, 189/207, with the rules of 848d847, in the record), then tuned on
    # (the thirty-seventh round: a contents line cut before its page number, "More interesting news" and a donation
    # appeal, +3 of c2355, c2339 and c2358; the thirty-eighth round: a link's sentence alone on its line, +1 of c2336)
    assert scores.loc["heldout38", ["statement_kept", "statement_lines"]].tolist() == [366, 367]
    assert scores.loc["heldout38", ["boilerplate_removed", "boilerplate_lines"]].tolist() == [193, 207]
    # the thirty-ninth: scored once unseen (324/344, 180/242, with the rules of 2eb079a, in the record), then tuned on
    # (the thirty-eighth round: posts quoted in a blog post, with their signatures, are text, +18 statement of c2378;
    # a list of keywords under its label, +21 furniture of c2407; a long bullet printed again with its full stop is the
    # teaser, +1 statement of c2373; two sign-up prompts, a call for stories, "to top", a language switcher and a
    # caption closed by "REUTERS/...", +6 furniture of c2362, c2370, c2384, c2361, c2381 and c2377; an open-access
    # licence, +1 of c2398; a link's sentence alone on its line, +1 of c2418)
    assert scores.loc["heldout39", ["statement_kept", "statement_lines"]].tolist() == [343, 344]
    # (the forty-eighth round: the label of the source in Polish, "Źródło: ...", +1 of c2388; the fifty-seventh: a name
    # with a full stop named again by the line under it, +1 of c2386)
    assert scores.loc["heldout39", ["boilerplate_removed", "boilerplate_lines"]].tolist() == [211, 242]
    # the fortieth: scored once unseen (326/328, 132/174, with the rules of 848edb6, in the record), then tuned on
    # (the thirty-ninth round: +1 S of c2474, a saying with its scripture named after it; site notices, +3 F of c2432
    # and c2455: a wire's note of its standards, a Russian outlet's footnote on a banned organisation, an "about" blurb;
    # a tag page's link under each post ends the first post, +7 of c2436)
    assert scores.loc["heldout40", ["statement_kept", "statement_lines"]].tolist() == [327, 328]
    assert scores.loc["heldout40", ["boilerplate_removed", "boilerplate_lines"]].tolist() == [142, 174]
    # the forty-first: scored once unseen (298/298, 138/167, with the rules of 503f8a5, in the record), then tuned on
    # (the fortieth round: an agency's name alone before a dash is a byline, +4 next posts of c2528; furniture in other
    # languages, +8 of c2518, c2522, c2523, c2524 and c2530: two links to other stories, a count of comments over two
    # comments, a blogger's introduction above the start of a translation, "0 comments:"; posts each under their
    # headline printed twice are a listing, +3 next posts of c2486; on a page with no line of English, the trailer follows
    # the first paragraph in another script, +1 of c2507; a caption printed again under its copy glued to the credit,
    # +1 of c2490)
    assert scores.loc["heldout41", ["statement_kept", "statement_lines"]].tolist() == [298, 298]
    assert scores.loc["heldout41", ["boilerplate_removed", "boilerplate_lines"]].tolist() == [155, 167]
    # the forty-second: scored once unseen (339/355, 183/206, with the rules of 205460c, in the record), then tuned on
    # (the forty-first round: a question noted as "About women." is no author box, and a point of a list no photo
    # caption, +10 statement of c2563; a line opening in lower case said again ends a sentence, +1 of c2559; a comment
    # form's notice, an advertisement's note and a label of other stories in other languages, and the buttons for the
    # text's size, +4 furniture of c2586, c2576, c2587 and c2594; short posts set apart by the same separator are a
    # listing, +8 next posts of c2541; the text under a headline in capitals starts at its dateline, +1 of c2585; a
    # title printed again cut with an ellipsis, +1 of c2594; a caption credited in another language, "Foto: ...", +1
    # of c2576; a wire photo's archive mark with a double dash, "FILE -- ...", +1 of c2540)
    assert scores.loc["heldout42", ["statement_kept", "statement_lines"]].tolist() == [351, 355]
    # (the fifty-second round: a quotation opening the text printed again at the page's foot, +1 of c2548)
    assert scores.loc["heldout42", ["boilerplate_removed", "boilerplate_lines"]].tolist() == [199, 206]
    # the forty-third: scored once unseen (341/345, 127/149, with the rules of ab832e2, in the record), then tuned on
    # (the forty-second round: a paragraph's start cut off on the page's last line, "O" and "“", +2 of c2610 and c2643;
    # a link to another story under "LEER:", +1 of c2637; "(With inputs from Agencies)", +1 of c2628; a date stamp with a
    # short weekday and a colon, "Mon 04 October 2021:", +1 of c2647; a consent notice in German, +2 of c2601; posts
    # each under the label over the page's title, +5 next posts of c2603 and +4 of c2658)
    assert scores.loc["heldout43", ["statement_kept", "statement_lines"]].tolist() == [343, 345]
    assert scores.loc["heldout43", ["boilerplate_removed", "boilerplate_lines"]].tolist() == [141, 149]
    # the forty-fourth: scored once unseen (328/330, 129/136, with the rules of 86265ee, in the record), then tuned on
    # (an interviewer's question under the outlet BILD, a caption's credit word, kept as a question: +1 of c2710;
    # an Indonesian "Baca juga:" link whose headline ends on "!", +1 of c2719; "Representative Image.", +1 of c2660)
    assert scores.loc["heldout44", ["statement_kept", "statement_lines"]].tolist() == [329, 330]
    assert scores.loc["heldout44", ["boilerplate_removed", "boilerplate_lines"]].tolist() == [131, 136]
    # the forty-fifth: scored once unseen (286/289, 233/254, with the rules of 86365a8, in the record), then tuned on
    # (notes that the story is developing, +1 of c2731 and +1 of c2747; captions credited after the Vietnamese "Ảnh:",
    # +1 of c2743 and +1 of c2744; the ad label "reklama", +1 of c2746 and its byline below, no longer joined to it, +1;
    # an editors' sign-off, "nek/dpa/reuters", +1 of c2750 and the masthead above, no longer joined to it, +1;
    # a call to follow the site on Google News in Czech, +1 of c2746; "This post was read 92 times.", +1 of c2776)
    assert scores.loc["heldout45", ["statement_kept", "statement_lines"]].tolist() == [286, 289]
    assert scores.loc["heldout45", ["boilerplate_removed", "boilerplate_lines"]].tolist() == [243, 254]
    # the forty-sixth: scored once unseen (264/266, 187/212, with the rules of 6b54999, in the record), then tuned on
    # (the forty-fifth round: a sentence with its source credited after its full stop is no headline, +1 statement of
    # c2808; a comment form's notice, a call to follow the site and a prompt to subscribe in other languages, +1 each
    # of c2796, c2793 and c2782; a paywall's offer, +5 of c2829; a caption's alt text above its credited copy, +1 of
    # c2804; the site's greeting of its reader, +1 of c2808, the other of whose lines, a newsletter box's cut-off
    # start, stays removed as a last line cut off under furniture)
    assert scores.loc["heldout46", ["statement_kept", "statement_lines"]].tolist() == [265, 266]
    # (the forty-eighth round: a prompt to write to the editors, now on two pages, +1 of c2781)
    # (the fifty-first round: a date stamp written out in Hungarian, +1 of c2808)
    assert scores.loc["heldout46", ["boilerplate_removed", "boilerplate_lines"]].tolist() == [198, 212]
    # the forty-seventh: scored once unseen (326/326, 137/148, with the rules of 41550e5, in the record), then tuned on
    # (the forty-sixth round: the credit of the agencies drawn on in Portuguese, +1 of c2846; a label of other
    # stories in Romanian, which starts the page trailer, +1 of c2860 and the comment form's closing notice under it, +1)
    assert scores.loc["heldout47", ["statement_kept", "statement_lines"]].tolist() == [326, 326]
    assert scores.loc["heldout47", ["boilerplate_removed", "boilerplate_lines"]].tolist() == [140, 148]
    # the forty-eighth: scored once unseen (341/348, 133/159, with the rules of 788a9ea, in the record), then tuned on
    # (the forty-seventh round: teasers of a sentence quoted below, of a long sentence full of names and a summary's
    # bullets, +2 statement of c2927 and c2935 and +4 furniture of c2927, c2932, c2935; a last line opening a sentence,
    # +1 of c2958; names in Latin letters amid Lao lines, +2 of c2916; an editors' sign-off with a hyphen, +1 of
    # c2949; a call to follow on WhatsApp in Indonesian, set out as a list item, +1 of c2927; a note that the page is
    # old and a call for tips in Norwegian, +3 of c2919)
    assert scores.loc["heldout48", ["statement_kept", "statement_lines"]].tolist() == [346, 348]
    # (the fifty-first round: a date stamp written out in Hungarian, +1 of c2954)
    assert scores.loc["heldout48", ["boilerplate_removed", "boilerplate_lines"]].tolist() == [143, 159]
    # the forty-ninth: scored once unseen (315/318, 147/178, with the rules of 1f1c4e2, in the record), then tuned on
    # (the forty-eighth round: a title that asks a question is no line of text, so "No Comments" under it starts no
    # trailer, +2 statement of c2984; a UN press release's header and notice in French, +2 of c2995; a cookie notice in
    # Turkish, +1 of c3012; a date stamp with the label of its update, +1 of c2974; a prompt to write to the editors,
    # +1 of c2999; a caption credited after a slash, +1 of c2969; a news agency's words on itself, +1 of c2977; the first
    # of a run of excerpts cut short under the article, +1 of c2962)
    assert scores.loc["heldout49", ["statement_kept", "statement_lines"]].tolist() == [317, 318]
    assert scores.loc["heldout49", ["boilerplate_removed", "boilerplate_lines"]].tolist() == [155, 178]
    # the fiftieth: scored once unseen (313/316, 143/161, with the rules of 29f4694, in the record), then tuned on
    assert scores.loc["heldout50", ["statement_kept", "statement_lines"]].tolist() == [313, 316]
    # (the forty-ninth round: a label of the stories read most under the text starts the page trailer, +8 of c3028; the
    # label of a byline with the author's name, +1 of c3070)
    assert scores.loc["heldout50", ["boilerplate_removed", "boilerplate_lines"]].tolist() == [152, 161]
    # the fifty-first: scored once unseen (313/313, 167/186, with the rules of 5c0d9da, in the record), then tuned on
    assert scores.loc["heldout51", ["statement_kept", "statement_lines"]].tolist() == [313, 313]
    # (the fiftieth round: a lone code token, an image's id, +1 of c3082; the text-size buttons, +3 of c3089; a
    # player's note that the browser lacks support, +1 of c3094; a footnote on a group banned in Russia in Spanish, +1 of
    # c3104; a link to another story in Romanian, +1 of c3115; a caption's "[.../AP Photo]" credit, +1 of c3088; the
    # fifty-fifth round: an author's biography made of epithets, +1 of c3100)
    assert scores.loc["heldout51", ["boilerplate_removed", "boilerplate_lines"]].tolist() == [176, 186]
    # the fifty-second: scored once unseen (316/323, 252/291, with the rules of 8fdc66b, in the record), then tuned on
    # (the fifty-first round: a paragraph's first letter cut off under a section's heading is text, +1 statement of
    # c3194; a cookie banner's note that to browse on is to accept cookies, +1 furniture of c3183; a note to a reader
    # not logged in, +1 of c3177; a date stamp written out in Hungarian, +1 of c3171)
    assert scores.loc["heldout52", ["statement_kept", "statement_lines"]].tolist() == [317, 323]
    assert scores.loc["heldout52", ["boilerplate_removed", "boilerplate_lines"]].tolist() == [255, 291]
    # the fifty-third: scored once unseen (297/298, 132/176, with the rules of ad70384, in the record), then tuned on
    # (the fifty-second round: a blog's comment head in Portuguese, +2 of c3240; a paragraph's first sentence printed
    # again at the page's foot, +1 of c3220)
    assert scores.loc["heldout53", ["statement_kept", "statement_lines"]].tolist() == [297, 298]
    assert scores.loc["heldout53", ["boilerplate_removed", "boilerplate_lines"]].tolist() == [135, 176]
    # the fifty-fourth: scored once unseen (309/310, 224/296, with the rules of 46411d9, in the record), then tuned on
    # (the fifty-third round: a list of bare numbers under a label, a rating widget, +7 of c3311; a word or phrase
    # printed over and over, an icon's name, and the motto under it, +3 of c3315; a photographer's credit closing a
    # caption's line, +1 of c3311; the fifty-sixth round: a caption's credit in brackets with a slash after its sentence,
    # +2 of c3294 and c3309)
    assert scores.loc["heldout54", ["statement_kept", "statement_lines"]].tolist() == [309, 310]
    assert scores.loc["heldout54", ["boilerplate_removed", "boilerplate_lines"]].tolist() == [237, 296]
    # the fifty-fifth: scored once unseen (315/321, 141/170, with the rules of 0416e5a, in the record), then tuned on
    # (the fifty-fourth round: a speech's salutation of several addressees ending on the room's, +1 statement of c3346;
    # a date and the place it was given alone on a line, +1 furniture of c3341; a line of noise, +1 of c3355)
    assert scores.loc["heldout55", ["statement_kept", "statement_lines"]].tolist() == [316, 321]
    assert scores.loc["heldout55", ["boilerplate_removed", "boilerplate_lines"]].tolist() == [143, 170]
    # the fifty-sixth: scored once unseen (320/328, 237/261, with the rules of 8042a67, in the record), then tuned on
    # (the fifty-fifth round: a list's points each under a bullet alone, after a lead-in ending on a colon, and the cut
    # last line under them, +5 statement of c3424; a cookie banner's lines that name cookies, +6 furniture of c3434; the
    # same link under each post whose headline is printed twice, +3 of c3433; a picture's file name of joined words, +1
    # of c3393; a document viewer's control, +1 of c3432; an author's biography made of epithets, +1 of c3430)
    assert scores.loc["heldout56", ["statement_kept", "statement_lines"]].tolist() == [325, 328]
    assert scores.loc["heldout56", ["boilerplate_removed", "boilerplate_lines"]].tolist() == [249, 261]
    # the fifty-seventh: scored once unseen (300/300, 78/96, with the rules of 982ab25, in the record), then tuned on
    # (the fifty-sixth round: a caption's credit after a dash, +1 of c3491; an agency's credit in brackets alone on its
    # line, +1 of c3476)
    assert scores.loc["heldout57", ["statement_kept", "statement_lines"]].tolist() == [300, 300]
    assert scores.loc["heldout57", ["boilerplate_removed", "boilerplate_lines"]].tolist() == [80, 96]
    # the fifty-eighth: scored once unseen (307/310, 202/232, with the rules of baf81d3, in the record), then tuned on
    # (the fifty-seventh round: a full stop alone under a closed quotation ends its sentence, +2 statement of c3553;
    # a photographer's credit in another language after a caption, +1 furniture of c3500; a name with a full stop named
    # again by the line under it, +1 of c3556; the fifty-eighth round: "you may be interested:" over a headline, +1 of
    # c3510)
    assert scores.loc["heldout58", ["statement_kept", "statement_lines"]].tolist() == [309, 310]
    assert scores.loc["heldout58", ["boilerplate_removed", "boilerplate_lines"]].tolist() == [205, 232]
    # the fifty-ninth: scored once unseen (298/298, 160/191, with the rules of d111d27, in the record), then tuned on
    # (the fifty-eighth round: the headlines under a label of other stories inside the article, +3 of c3570; "you may
    # be interested:" over a headline, +1 of c3578; a time of day alone under its label, +1 of c3597)
    assert scores.loc["heldout59", ["statement_kept", "statement_lines"]].tolist() == [298, 298]
    assert scores.loc["heldout59", ["boilerplate_removed", "boilerplate_lines"]].tolist() == [165, 191]
    # the sixtieth: scored once unseen (323/326, 132/153, with the rules of b0fae64, in the record), then tuned on
    # (the fifty-ninth round: a source credit after a guillemet, +1 of c3655; "A lire aussi" over a headline, +1 of
    # c3665; names in capitals between slashes after a dash end a caption, +1 of c3622)
    assert scores.loc["heldout60", ["statement_kept", "statement_lines"]].tolist() == [323, 326]
    assert scores.loc["heldout60", ["boilerplate_removed", "boilerplate_lines"]].tolist() == [135, 153]
    # the sixty-first: scored once unseen (301/304, 159/185, with the rules of 1dafb0f, in the record), then tuned on
    assert scores.loc["heldout61", ["statement_kept", "statement_lines"]].tolist() == [301, 304]
    assert scores.loc["heldout61", ["boilerplate_removed", "boilerplate_lines"]].tolist() == [159, 185]


def test_a_pdf_line_runs_on_into_a_year_and_a_comma():
    # c89: "... in December" / "2001, the United States ..."
    raw = (
        "Joint Declaration\n\n"
        "Since the fall of the Taliban regime in December\n"
        "2001, the United States and Afghanistan have made great progress\n"
        "in the pursuit of common strategic objectives. Together we have\n"
        "disrupted international terrorist networks and worked to ensure\n"
        "that Afghanistan will never again be a safe haven for terrorists.\n"
    )
    assert clean_text(raw).paragraphs[0].startswith("Since the fall of the Taliban regime in December 2001, the United")


def test_a_pdf_title_block_keeps_its_fragments_and_its_dates_apart_from_the_text():
    # c47: a title broken over lines whose words recur in the text, dates under it, then the text
    raw = (
        "Agreement for Bringing Peace to Afghanistan\n\n"
        "between the Islamic Emirate of Afghanistan which is not recognized by the United States\n"
        "as a state and is known as the Taliban and the United States of America\n\n"
        "February 29, 2020\n\n\nwhich corresponds to Rajab 5, 1441 on the Hijri Lunar calendar\n"
        "and Hoot 10, 1398 on the Hijri Solar calendar\n\n"
        "A comprehensive peace agreement is made of four parts:\n\n"
        "1. Guarantees and enforcement mechanisms that will prevent the use of the soil of Afghanistan by\n"
        "any group or individual against the security of the United States and its allies.\n\n"
        "3. After the announcement of guarantees for a complete withdrawal of foreign forces and timeline\n"
        "in the presence of international witnesses, and guarantees and the announcement in the presence\n"
        "of international witnesses that Afghan soil will not be used against the security of the United\n"
        "States and its allies, the Islamic Emirate of Afghanistan which is not recognized by the United\n"
        "States as a state and is known as the Taliban will start intra-Afghan negotiations with Afghan\n"
        "sides on March 10, 2020, which corresponds to Rajab 15, 1441 on the Hijri Lunar calendar and\n"
        "Hoot 20, 1398 on the Hijri Solar calendar.\n"
    )
    cleaned = clean_text(raw)
    assert "A comprehensive peace agreement is made of four parts:" in cleaned.paragraphs
    assert cleaned.paragraphs[-1].endswith("Hoot 20, 1398 on the Hijri Solar calendar.")
    assert not removed_by(cleaned, "teaser repeating the text")
    assert len(removed_by(cleaned, "dateline")) == 3


def test_the_short_points_of_a_list_the_text_announces_are_text():
    # c246: a lead-in ending in a colon, then points marked with a middle dot, some of them short
    raw = (
        "HRW: Taliban rules through abuse\n\n"
        "The report focuses on four areas in Afghanistan:\n\n"
        "·      Women and girls \n\n·      Economic and humanitarian crises\n\n"
        "·      Extrajudicial killings, enforced disappearances, torture, and war crimes\n\n"
        "·      Freedom of speech and media\n\n"
        "Women and girls have lost most of their rights."
    )
    cleaned = clean_text(raw)
    assert cleaned.paragraphs[1:3] == ["Women and girls", "Economic and humanitarian crises"]
    assert cleaned.paragraphs[3].startswith("Extrajudicial") and cleaned.paragraphs[4] == "Freedom of speech and media"
    assert cleaned.headings == ["HRW: Taliban rules through abuse"]
    # without a lead-in, short items stay labels (a menu, the fields of a form)
    menu = clean_text("The talks resumed on Monday.\n\n- Agreement name\n- Date\n- Multiparty signed/agreed text")
    assert menu.paragraphs == ["The talks resumed on Monday.", "Multiparty signed/agreed text"]


def test_the_opening_invocation_is_the_first_words_of_a_statement():
    raw = "Message of the Leader on Eid\n\nIn the name of Allah, the Most Merciful, the Most Compassionate\n\nPeace be upon you."
    cleaned = clean_text(raw)
    assert cleaned.paragraphs == [
        "In the name of Allah, the Most Merciful, the Most Compassionate",
        "Peace be upon you.",
    ]


def test_a_pdf_line_ending_on_towards_runs_on():
    raw = "We, the participants,\nWelcoming the contributions and pledges towards\nAfghanistan's reconstruction made at Tokyo."
    assert clean_text(raw).paragraphs == [
        "We, the participants, Welcoming the contributions and pledges towards Afghanistan's reconstruction made at Tokyo."
    ]
