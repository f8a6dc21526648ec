"""Loading the corpus: the five statements come out clean, and bad input fails clearly."""

import hashlib
import re
from pathlib import Path

import pytest

from analysis.io.corpus import CorpusError, load_corpus

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
SHARED_SEEDS = SEEDS.parent.parent / "shared" / "seeds"
EXPECTED_FILES = {
    "kabul-process-2017": "001_287cd35b05e757c2.txt",
    "nato-2020": "004_098b5e9116555c93.txt",
    "mofa-consensus-2021": "002_c2431f479ca4eaa8.txt",
    "civil-society-2021": "000_c38baf655576c714.txt",
    "coalition-letter-2024": "003_586256aea13f1021.txt",
}
BOILERPLATE = [
    "Home /",
    "Check Also",
    "Related Posts",
    "Leave a Reply",
    "email address",
    "Last Updated",
    "About admin",
    "Excellency,",
]


def test_the_five_statements_load_in_time_order_with_fixed_ids(corpus):
    assert dict(zip(corpus.documents["doc_id"], corpus.documents["file"])) == EXPECTED_FILES
    assert list(corpus.documents["date"]) == sorted(corpus.documents["date"])
    assert corpus.documents["year"].tolist() == [2017, 2020, 2021, 2021, 2024]


def test_metadata_columns_are_present(corpus):
    for column in ["title", "actor", "actor_type", "genre", "date", "date_note", "source", "text", "n_words"]:
        assert column in corpus.documents
    assert (corpus.documents[["actor", "actor_type", "genre", "source"]] != "").all().all()


@pytest.mark.parametrize("fragment", BOILERPLATE)
def test_no_boilerplate_is_left_in_the_english_text(corpus, fragment):
    assert not corpus.documents["text"].str.contains(fragment, regex=False).any()


def test_no_arabic_script_in_english_text_but_kept_aside(corpus):
    assert not corpus.documents["text"].str.contains(r"[\u0600-\u06FF]").any()
    lines = corpus.non_english_lines()
    assert lines[["doc_id", "language"]].values.tolist() == [
        ["civil-society-2021", "Dari"],
        ["civil-society-2021", "Pashto"],
    ]


def test_no_broken_sentences(corpus):
    sentences = corpus.sentences
    assert not sentences["text"].str.match(r"^[a-z]").any(), "a sentence starts in lower case"
    joined = corpus.cleaning_report("coalition-letter-2024")
    assert (joined["action"] == "joined").sum() == 2
    assert sentences["text"].str.contains("unimaginable level of impoverishment faced by the people", regex=False).any()


def test_list_markers_are_gone_and_numbered_items_are_separate_sentences(corpus):
    kabul = corpus.sentences[corpus.sentences["doc_id"] == "kabul-process-2017"]
    assert not kabul["text"].str.match(r"^\d+\s*-").any()
    assert kabul["text"].str.startswith("The participants called on all the armed groups").sum() == 1


def test_dr_abdullah_is_one_sentence(corpus):
    hits = corpus.sentences[corpus.sentences["text"].str.contains("Dr. Abdullah Abdullah", regex=False)]
    assert len(hits) == 1 and hits.iloc[0]["text"].startswith("As stated by Chief Executive")


def test_sentence_offsets_point_into_the_cleaned_text(corpus):
    texts = dict(zip(corpus.documents["doc_id"], corpus.documents["text"]))
    for row in corpus.sentences.itertuples():
        assert texts[row.doc_id][row.start : row.end] == row.text


def test_news_reports_are_mostly_reported_or_quoted(corpus):
    speech = corpus.sentences.groupby("doc_id")["reported_speech"].mean()
    assert speech["mofa-consensus-2021"] > 0.5 and speech["coalition-letter-2024"] < 0.1


def test_every_line_removed_is_in_the_report(corpus):
    report = corpus.cleaning_report()
    assert set(report["action"]) == {"removed", "moved", "joined", "changed"}
    assert {
        "navigation crumbs",
        "teaser of other stories",
        "after the page trailer",
        "last-updated stamp",
        "letter formula",
    } <= set(report["rule"])


def digest(folder: Path) -> dict[str, str]:
    return {path.name: hashlib.sha256(path.read_bytes()).hexdigest() for path in sorted(folder.iterdir())}


def test_loading_never_modifies_the_seeds():
    before = digest(SEEDS)
    load_corpus(SEEDS)
    assert digest(SEEDS) == before


@pytest.mark.skipif(not SHARED_SEEDS.exists(), reason="the shared originals are not beside this clone")
def test_seeds_are_byte_identical_to_the_originals():
    shared = digest(SHARED_SEEDS)
    ours = digest(SEEDS)
    assert {name: ours[name] for name in shared} == shared


# --- bad input ---------------------------------------------------------------------------------

METADATA = "doc_id,file,date\na,a.txt,2020-01-01\nb,b.txt,2021-01-01\n"


def test_missing_folder(tmp_path):
    with pytest.raises(CorpusError, match=r"nowhere: corpus folder does not exist"):
        load_corpus(tmp_path / "nowhere")


def test_folder_without_texts(tmp_path):
    with pytest.raises(CorpusError, match="no .txt files"):
        load_corpus(tmp_path)


def test_text_without_metadata_row(make_corpus):
    folder = make_corpus({"a.txt": "One.", "b.txt": "Two.", "c.txt": "Three."}, METADATA)
    with pytest.raises(CorpusError, match=r"c\.txt: no row in metadata\.csv"):
        load_corpus(folder)


def test_metadata_row_without_its_file(make_corpus):
    folder = make_corpus({"a.txt": "One."}, METADATA)
    with pytest.raises(CorpusError, match=r"metadata\.csv, line 3: the file 'b\.txt' listed for 'b' does not exist"):
        load_corpus(folder)


def test_empty_file(make_corpus):
    folder = make_corpus({"a.txt": "One.", "b.txt": "  \n"}, METADATA)
    with pytest.raises(CorpusError, match=r"b\.txt: the file is empty"):
        load_corpus(folder)


def test_file_with_only_boilerplate(make_corpus):
    folder = make_corpus({"a.txt": "One.", "b.txt": "Home / News / Item\nRelated Posts\n"}, METADATA)
    with pytest.raises(CorpusError, match=r"b\.txt: no English text is left after cleaning"):
        load_corpus(folder)


def test_non_utf8_file(make_corpus):
    folder = make_corpus({"a.txt": "One.", "b.txt": "Caf\xe9 peace.".encode("latin-1")}, METADATA)
    with pytest.raises(CorpusError, match=r"b\.txt: not UTF-8 text \(byte 3"):
        load_corpus(folder)


def test_duplicate_id(make_corpus):
    folder = make_corpus({"a.txt": "One.", "b.txt": "Two."}, "doc_id,file\na,a.txt\na,b.txt\n")
    with pytest.raises(CorpusError, match=r"metadata\.csv: duplicate doc_id 'a'"):
        load_corpus(folder)


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"])
def test_utf16_and_utf32_texts_are_decoded(make_corpus, encoding):
    folder = make_corpus({"a.txt": "One.", "b.txt": "We call for a ceasefire in Kabul.".encode(encoding)}, METADATA)
    assert load_corpus(folder).sentences["text"].tolist() == ["One.", "We call for a ceasefire in Kabul."]


def test_text_with_nul_bytes_is_refused(make_corpus):
    folder = make_corpus({"a.txt": "One.", "b.txt": b"Peace \x00\x01\x02 talks and more words here."}, METADATA)
    with pytest.raises(CorpusError, match=r"b\.txt: holds NUL bytes, so it is not a text file"):
        load_corpus(folder)


def test_utf16_text_with_a_nul_character_is_refused(make_corpus):
    folder = make_corpus({"a.txt": "One.", "b.txt": "Peace\x00 talks.".encode("utf-16")}, METADATA)
    with pytest.raises(CorpusError, match=r"b\.txt: holds a NUL character at position 5"):
        load_corpus(folder)


@pytest.mark.parametrize("listed", ["../secret.txt", "/SECRET", "link.txt"])
def test_a_listed_file_outside_the_corpus_is_refused(tmp_path, listed):
    (tmp_path / "secret.txt").write_text("The secret plan.", encoding="utf-8")
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "a.txt").write_text("One.", encoding="utf-8")
    (folder / "link.txt").symlink_to(tmp_path / "secret.txt")
    listed = listed.replace("/SECRET", str(tmp_path / "secret.txt"))
    (folder / "metadata.csv").write_text(f"doc_id,file\na,a.txt\ns,{listed}\n", encoding="utf-8")
    with pytest.raises(CorpusError, match=r"outside the corpus folder") as error:
        load_corpus(folder)
    assert "\n" not in str(error.value)


def test_a_link_leading_outside_the_folder_is_refused_without_metadata(tmp_path):
    (tmp_path / "secret.txt").write_text("The secret plan.", encoding="utf-8")
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "a.txt").write_text("One.", encoding="utf-8")
    (folder / "b.txt").symlink_to(tmp_path / "secret.txt")
    with pytest.raises(CorpusError, match=r"corpus/b\.txt: leads outside the corpus folder \(to .*secret\.txt\)"):
        load_corpus(folder)


def test_a_link_inside_the_folder_is_read(make_corpus):
    folder = make_corpus({"a.txt": "We call for peace."})
    (folder / "b.txt").symlink_to(folder / "a.txt")
    assert load_corpus(folder).doc_ids == ["a", "b"]


def test_entries_not_read_are_named_in_one_warning(make_corpus):
    import os

    from analysis.io.sources import CorpusWarning

    folder = make_corpus(
        {"a.txt": "We call for peace.", "b.TXT": "Talks resume.", "c.text": "Lost?", "d.md": "# Lost?"}
    )
    (folder / "gone.txt").symlink_to(folder / "nowhere.txt")
    os.mkfifo(folder / "pipe.txt")
    with pytest.warns(CorpusWarning) as caught:
        corpus = load_corpus(folder)
    assert corpus.doc_ids == ["a", "b"]  # the upper-case suffix is read
    assert len(caught) == 1
    assert str(caught[0].message).endswith(
        "not read: c.text (not a .txt file), d.md (not a .txt file), gone.txt (a broken link), pipe.txt (a pipe, not a file)"
    )


def test_a_listed_pipe_is_refused_not_opened(make_corpus):
    import os

    folder = make_corpus({"a.txt": "One."}, "doc_id,file\na,a.txt\np,pipe.dat\n")
    os.mkfifo(folder / "pipe.dat")
    with (
        pytest.raises(CorpusError, match=r"line 3: the file 'pipe\.dat' listed for 'p' is a pipe, not a file"),
        pytest.warns(UserWarning),
    ):
        load_corpus(folder)


def test_repeated_metadata_column(make_corpus):
    folder = make_corpus({"a.txt": "One."}, "doc_id,file,date,date\na,a.txt,2020-01-01,2021-01-01\n")
    with pytest.raises(CorpusError, match=r"metadata\.csv, line 1: the column 'date' appears more than once"):
        load_corpus(folder)


def test_utf16_metadata_is_decoded(make_corpus):
    folder = make_corpus({"a.txt": "One.", "b.txt": "Two."})
    (folder / "metadata.csv").write_bytes(METADATA.encode("utf-16"))
    assert load_corpus(folder).doc_ids == ["a", "b"]


def test_empty_and_header_only_metadata(make_corpus):
    folder = make_corpus({"a.txt": "One."}, "")
    with pytest.raises(CorpusError, match=r"metadata\.csv: the file is empty$"):
        load_corpus(folder)
    (folder / "metadata.csv").write_text("doc_id,file\n", encoding="utf-8")
    with pytest.raises(CorpusError, match=r"metadata\.csv: no rows below the header$"):
        load_corpus(folder)


def test_bad_date(make_corpus):
    folder = make_corpus(
        {"a.txt": "One.", "b.txt": "Two."}, "doc_id,file,date\na,a.txt,2020-01-01\nb,b.txt,June 2021\n"
    )
    with pytest.raises(CorpusError, match=r"line 3: date 'June 2021' for 'b' is not an ISO date"):
        load_corpus(folder)


def test_metadata_without_required_column(make_corpus):
    folder = make_corpus({"a.txt": "One."}, "id,file\na,a.txt\n")
    with pytest.raises(CorpusError, match=r"metadata\.csv: missing column\(s\) doc_id"):
        load_corpus(folder)


def test_ragged_metadata_row(make_corpus):
    folder = make_corpus({"a.txt": "One."}, "doc_id,file\na,a.txt,extra\n")
    with pytest.raises(CorpusError, match=r"line 2: the row does not have one value per column"):
        load_corpus(folder)


def test_without_metadata_ids_come_from_file_names(make_corpus):
    folder = make_corpus({"UN Statement 2023.txt": "We call for talks.", "b.txt": "Peace now."})
    corpus = load_corpus(folder)
    assert sorted(corpus.doc_ids) == ["b", "un-statement-2023"]
    assert re.fullmatch(r"un-statement-2023:001", corpus.sentences["sent_id"].iloc[-1]) or "b:001" in set(
        corpus.sentences["sent_id"]
    )


def test_document_sizes_remembered_at_load_are_the_word_counts():
    """The sizes kept by the loader are what counting again gives, and a changed text is counted again."""
    from analysis.text.term_lists import document_sizes
    from analysis.text.tokens import count_words

    corpus = load_corpus()
    assert document_sizes(corpus) == [count_words(text) for text in corpus.documents["text"]]
    corpus.documents.loc[0, "text"] = "Two words."
    assert document_sizes(corpus)[0] == 2


def test_text_size_is_the_word_count_whether_or_not_sentences_touch():
    """Summing the sentences' word counts is used only where it equals counting the whole text."""
    from analysis.io.corpus import _text_size
    from analysis.text.sentences import SentenceSpan, split_sentences
    from analysis.text.tokens import count_words

    def spans_of(text, cuts):
        return [SentenceSpan(start, end, text[start:end], "direct") for start, end in cuts]

    cases = [
        ("Peace now. Talks resume.\n\nA new paragraph!", None),
        ("Afghan-led talks.Next step", [(0, 17), (17, 26)]),  # touching sentences: one word across the cut
        ("abcdef", [(0, 3), (3, 6)]),  # a word cut in two
        ("Intro words then. End.", [(17, 22)]),  # text before the first sentence
        ("Start. trailing words", [(0, 6)]),  # text after the last sentence
        ("", []),
    ]
    for text, cuts in cases:
        spans = split_sentences(text) if cuts is None else spans_of(text, cuts)
        sizes = [count_words(span.text) for span in spans]
        assert _text_size(text, spans, sizes) == count_words(text), text
