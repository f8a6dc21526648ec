"""The stance matrix and its evidence: every cell links to an anchor, findings and validation helpers."""

import json
import re

import pandas as pd
import pytest

from analysis.methods import stance
from analysis.methods import stance_comparison as sc


@pytest.fixture(scope="module")
def tables(corpus):
    return stance.document_stance(corpus), stance.stance_table(corpus)


def test_every_matrix_cell_links_to_an_evidence_row(corpus, tables):
    doc_stance, labels = tables
    matrix = sc.matrix_html(doc_stance, corpus.doc_ids)
    evidence = sc.evidence_html(corpus, doc_stance, labels)
    hrefs = re.findall(r'href="#([^"]+)"', matrix)
    ids = re.findall(r'id="([^"]+)"', evidence)
    assert len(hrefs) == len(corpus.doc_ids) * len(stance.TARGETS)
    assert len(ids) == len(set(ids))
    assert set(hrefs) <= set(ids)


def test_a_leaning_cell_says_so_and_only_that_cell(corpus, tables):
    doc_stance, _ = tables
    matrix = sc.matrix_html(doc_stance, corpus.doc_ids, leaning=[("nato-2020", "violence")])
    assert matrix.count(", leaning") == 1
    cell = re.search(r'href="#[^"]*nato-2020[^"]*violence[^"]*">([^<]*)</a>', matrix)
    assert cell and cell.group(1).endswith(", leaning")
    assert matrix.count('leaning" data-label="violence"') == 1  # drawn paler, like the figure's leaning cells


def test_evidence_rows_hold_the_cell_sentences(corpus, tables):
    doc_stance, labels = tables
    evidence = sc.evidence_html(corpus, doc_stance, labels)
    for row in doc_stance[doc_stance["salience"] > 0].itertuples():
        block = re.search(rf'<tr id="{sc.evidence_id(row.doc_id, row.target)}">(.*?)</tr>', evidence).group(1)
        assert all(sent_id in block for sent_id in row.evidence.split())


def test_cell_text_and_ids():
    assert sc.cell_text(pd.Series({"salience": 0, "net": float("nan"), "thin_evidence": True})) == "– (0)"
    assert sc.cell_text(pd.Series({"salience": 4, "net": -0.5, "thin_evidence": False})) == "-0.50 (4)"
    assert sc.evidence_id("A b", "x_y") == "evidence-a-b-x-y"


def test_html_escapes_text():
    doc_stance = pd.DataFrame(
        [
            {
                "doc_id": "<d>",
                "target": t,
                "salience": 0,
                "favor": 0,
                "against": 0,
                "net": float("nan"),
                "thin_evidence": True,
                "evidence": "",
            }
            for t in stance.TARGETS
        ]
    )
    table = sc.matrix_html(doc_stance, ["<d>"])
    assert "<th>&lt;d&gt;</th>" in table and "<th><d></th>" not in table


class TinyCorpus:
    doc_ids = ["a", "b"]
    documents = pd.DataFrame(
        {"doc_id": ["a", "b"], "year": [2019, 2022], "n_words": [20, 20], "genre": ["statement"] * 2}
    )
    sentences = pd.DataFrame(
        {
            "doc_id": ["a", "a", "b"],
            "sent_id": ["a:001", "a:002", "b:001"],
            "text": [
                "We demand a comprehensive ceasefire.",
                "The Taliban met the envoy.",
                "We defend the rights of women and girls.",
            ],
        }
    )


def test_who_says_what_on_a_tiny_corpus():
    doc_stance = stance.document_stance(TinyCorpus)
    table = sc.who_says_what(TinyCorpus, doc_stance).set_index("doc_id")
    assert table.loc["a", "ceasefire_favor"] == 1 and table.loc["b", "ceasefire_favor"] == 0
    assert table.loc["a", "names_taliban"] == 1 and table.loc["b", "names_taliban"] == 0
    assert table.loc["b", "womens_rights"] == 1 and table.loc["a", "womens_rights"] == 0
    assert sc.listed(table.reset_index(), "names_taliban") == ["a (2019)"]
    assert sc.statements_favouring(doc_stance, "ceasefire", TinyCorpus.documents) == ["a (2019, 1 sentence)"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("the rights and freedoms of women and girls", True),
        ("human rights and women's rights activists", True),
        ("the tragic situation of women and girls", False),
        ("civil society, women, youth and minorities", False),
    ],
)
def test_womens_rights_pattern(text, expected):
    assert bool(re.search(sc.WOMENS_RIGHTS, text)) is expected


def test_score_history_reads_every_stage_and_adds_the_current_score(tmp_path):
    path = tmp_path / "scores.json"
    path.write_text(
        json.dumps(
            {
                "note": "x",
                "frozen": {"parts": {"all": {"f1": 0.5}, "corpus": {"f1": 0.6}}, "commit": "abc"},
                "final": {"parts": {"all": {"f1": 0.7}}},
            }
        ),
        encoding="utf-8",
    )
    current = pd.DataFrame({"part": ["all", "corpus"], "f1": [0.8, 0.9]})
    history = sc.score_history(path, current)
    assert history["stage"].tolist() == ["frozen", "final", "computed now (this build)"]
    assert history["f1_all"].tolist() == [0.5, 0.7, 0.8]
    with pytest.raises(FileNotFoundError, match="score history"):
        sc.score_history(tmp_path / "missing.json")


def test_threshold_words_and_alpha_reading():
    assert sc.threshold_phrase(0.8, 0.8) == "meets"
    assert sc.alpha_reading(0.667) == "good enough only for tentative conclusions"


def test_coder_note_reads_the_second_coder_bullet(tmp_path):
    path = tmp_path / "coders.md"
    path.write_text(
        "- `stance_gold_coder_a.csv`: A.\n- `stance_gold_coder_b.csv`: an **independent** coder\n  who saw only the codebook.\n- other\n",
        encoding="utf-8",
    )
    assert sc.coder_note(path) == "an independent coder who saw only the codebook."


def test_locked_test_scores_are_the_last_recorded_test_entries(tmp_path):
    entries = [
        {"data": "test set, locked", "tuned": False, "method": "rules", "f1": 0.4},
        {"data": "development", "tuned": True, "method": "rules", "f1": 0.9},
        {"data": "test set, locked", "tuned": False, "method": "rules", "f1": 0.5},
    ]
    path = tmp_path / "history.json"
    path.write_text(json.dumps({"scores": entries}))
    assert sc.locked_test_scores(path).loc["rules", "F1"] == 0.5


def test_unseen_check_scores_are_the_last_held_back_entries_and_never_the_test_set(tmp_path):
    entries = [
        {
            "data": "unseen check, held back (validation/stance_unseen, 728 sentences)",
            "tuned": False,
            "method": "combination",
            "f1": 0.6,
        },
        {"data": "test set, locked", "tuned": False, "method": "combination", "f1": 0.7},
        {
            "data": "unseen check, held back (validation/stance_unseen, 728 sentences)",
            "tuned": False,
            "method": "combination",
            "f1": 0.63,
            "statements": 80,
            "sentences": 728,
        },
    ]
    path = tmp_path / "history.json"
    path.write_text(json.dumps({"scores": entries}))
    checked = sc.unseen_check_scores(path).loc["combination"]
    assert (checked["F1"], checked["statements"], checked["sentences"]) == (0.63, 80, 728)
    path.write_text(json.dumps({"scores": entries[1:2]}))
    assert sc.unseen_check_scores(path).empty
    assert sc.locked_test_scores(path).loc["combination", "F1"] == 0.7


def test_locked_test_per_target_is_the_last_locked_entry_of_the_method(tmp_path):
    entries = [
        {"data": "test set, locked", "tuned": False, "method": "combination", "per_target_f1": {"taliban": 0.3}},
        {"data": "development", "tuned": True, "method": "combination", "per_target_f1": {"taliban": 0.9}},
        {"data": "test set, locked", "tuned": False, "method": "rules", "per_target_f1": {"taliban": 0.1}},
        {"data": "test set, locked", "tuned": False, "method": "combination", "per_target_f1": {"taliban": 0.5}},
    ]
    path = tmp_path / "history.json"
    path.write_text(json.dumps({"scores": entries}))
    assert sc.locked_test_per_target(path, "combination").to_dict() == {"taliban": 0.5}
    assert sc.locked_test_per_target(path, "keywords").empty
