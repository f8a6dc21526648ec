"""Comparing the statements' stances: the statement × target matrix, its evidence, and who wants what, when.

:func:`analysis.methods.stance.document_stance` gives, for each statement and target, the salience
(sentences taking a stance), the net position and the sentence ids behind it. This module turns
that into what a reader of the chapter needs:

* a **matrix** as HTML (:func:`matrix_html`) whose every cell links to the sentences behind it in
  an **evidence** table (:func:`evidence_html`), one collapsible block per statement; links and
  anchors share :func:`evidence_id`, so the two always match, for any corpus;
* **findings** computed from the data: which statements favour a target and when
  (:func:`statements_favouring`), which name an actor or speak of a topic at all
  (:func:`statements_mentioning`, :func:`who_says_what`);
* small helpers for the **validation** section: the history of the scores
  (:func:`score_history`), words that stay true whatever a score is (:func:`threshold_phrase`),
  and a summary of the adjudicated disagreements (:func:`adjudication_summary`).
"""

from __future__ import annotations

import html
import json
import math
import re
from collections.abc import Iterable
from pathlib import Path

import pandas as pd

from analysis.methods.stance import TARGET_TERMS, TARGETS, normalise
from analysis.methods.stance_fragility import fragile_cells  # noqa: F401  (the chapters call it as stance_comparison.fragile_cells)
from analysis.text.wording import join_words  # noqa: F401  (the chapters call it as stance_comparison.join_words)

#: A pattern for "women's rights" in the wide sense: rights within six words of women or girls.
WOMENS_RIGHTS = r"\b(?:women|girls)\b(?:\W+\w+){0,6}?\W+rights?\b|\brights?\b(?:\W+\w+){0,6}?\W+(?:women|girls)\b"


def evidence_id(doc_id: str, target: str) -> str:
    """The HTML id of the evidence for one (statement, target) cell: letters, digits and hyphens only.

    >>> evidence_id("nato-2020", "human_rights")
    'evidence-nato-2020-human-rights'
    """
    slug = re.sub(r"[^a-z0-9]+", "-", f"{doc_id}-{target}".lower()).strip("-")
    return f"evidence-{slug}"


def cell_text(row: pd.Series) -> str:
    """How a matrix cell reads: the net position and salience, or 'thin' / '–' when evidence is thin or absent.

    >>> cell_text(pd.Series({"salience": 12, "net": 0.833, "thin_evidence": False}))
    '+0.83 (12)'
    >>> cell_text(pd.Series({"salience": 2, "net": 1.0, "thin_evidence": True}))
    'thin (2)'
    """
    if row["salience"] == 0:
        return "– (0)"
    if row["thin_evidence"]:
        return f"thin ({int(row['salience'])})"
    return f"{row['net']:+.2f} ({int(row['salience'])})"


def _cell_class(row: pd.Series) -> str:
    if row["salience"] == 0 or row["thin_evidence"]:
        return "thin"
    return "favor" if row["net"] > 0 else "against" if row["net"] < 0 else "mixed"


#: The matrix's look. Headers wrap between words only (never mid-word) and cells are tight, so nine
#: targets fit the text column; on a phone each statement becomes a card of "target: cell" lines.
MATRIX_STYLE = (
    "<style>.stance-matrix td,.stance-matrix th{padding:3px 2px;text-align:center;font-size:0.78em}"
    ".bd-article table.stance-matrix th{overflow-wrap:normal;word-break:keep-all;hyphens:none}"
    ".stance-matrix td.favor{background:#cfe3f3}.stance-matrix td.against{background:#f4cfd3}"
    ".stance-matrix td.favor.leaning{background:#e9f2fa}.stance-matrix td.against.leaning{background:#fbebed}"
    ".stance-matrix td.mixed{background:#eeeeee}.stance-matrix td.thin{color:#666;background:repeating-linear-gradient("
    "45deg,#fff,#fff 4px,#eee 4px,#eee 8px)}.stance-evidence td{vertical-align:top;font-size:0.85em}"
    ".stance-evidence tr:target{outline:3px solid #222222}"
    "@media (max-width:640px){.stance-matrix,.stance-matrix tbody,.stance-matrix tr{display:block}"
    ".stance-matrix thead{display:none}.stance-matrix tr{border-top:2px solid #999;padding:0.3em 0}"
    ".bd-article table.stance-matrix tbody th{display:block;text-align:left;font-size:1em}"
    ".bd-article table.stance-matrix td{display:inline-block;margin:1px;padding:2px 4px!important;font-size:1em}"
    ".stance-matrix td::before{content:attr(data-label) ': ';font-weight:600}}</style>"
)

#: Opens the collapsible block that holds a linked evidence row, so a click on a cell shows it.
OPEN_TARGET_SCRIPT = (
    "<script>function openEvidence(){var id=decodeURIComponent(location.hash.slice(1));"
    "var t=id&&document.getElementById(id);if(t){var d=t.closest('details');if(d){d.open=true;}t.scrollIntoView();}}"
    "window.addEventListener('hashchange',openEvidence);document.addEventListener('DOMContentLoaded',openEvidence);</script>"
)


def matrix_html(
    doc_stance: pd.DataFrame, doc_ids: Iterable[str] | None = None, leaning: Iterable[tuple[str, str]] = ()
) -> str:
    """The statement × target matrix as an HTML table; every cell is a link to its evidence row. The
    ``(doc_id, target)`` cells in ``leaning`` (:func:`fragile_cells` that could change sign) say so."""
    doc_ids = list(doc_ids or dict.fromkeys(doc_stance["doc_id"]))
    leaning = set(leaning)
    cells = doc_stance.set_index(["doc_id", "target"])
    head = "".join(f"<th>{html.escape(t.replace('_', ' '))}</th>" for t in TARGETS)
    rows = []
    for doc_id in doc_ids:
        tds = []
        for target in TARGETS:
            row = cells.loc[(doc_id, target)]
            is_leaning = (doc_id, target) in leaning
            text = cell_text(row) + (", leaning" if is_leaning else "")
            link = f'<a href="#{evidence_id(doc_id, target)}">{html.escape(text)}</a>'
            label = html.escape(target.replace("_", " "), quote=True)
            kind = _cell_class(row) + (" leaning" if is_leaning else "")  # paler, as in the matrix figure
            tds.append(f'<td class="{kind}" data-label="{label}">{link}</td>')
        rows.append(f"<tr><th>{html.escape(doc_id)}</th>{''.join(tds)}</tr>")
    return (
        f'{MATRIX_STYLE}<table class="stance-matrix"><thead><tr><th>statement</th>{head}</tr></thead>'
        f"<tbody>{''.join(rows)}</tbody></table>{OPEN_TARGET_SCRIPT}"
    )


def _sentence_items(sent_ids: list[str], labels: pd.DataFrame, texts: dict[str, str]) -> str:
    items = []
    for sent_id in sent_ids:
        for label in labels[labels["sent_id"] == sent_id].itertuples(index=False):
            items.append(
                f"<li><b>{html.escape(sent_id)}</b> <i>{html.escape(label.label)}</i>: {html.escape(texts[sent_id])} "
                f"<small>[{html.escape(label.cues)}]</small></li>"
            )
    return f"<ul>{''.join(items)}</ul>" if items else "no sentence takes a stance on this target"


def evidence_html(corpus, doc_stance: pd.DataFrame, labels: pd.DataFrame) -> str:
    """The sentences behind every matrix cell: one collapsible block per statement, one anchored row per target.

    ``labels`` is :func:`analysis.methods.stance.stance_table`; each row's ``id`` is :func:`evidence_id`.
    """
    texts = dict(zip(corpus.sentences["sent_id"], corpus.sentences["text"]))
    blocks = []
    for doc_id in corpus.doc_ids:
        rows = []
        for row in doc_stance[doc_stance["doc_id"] == doc_id].itertuples(index=False):
            cell = labels[(labels["doc_id"] == doc_id) & (labels["target"] == row.target)]
            sent_ids = row.evidence.split() if isinstance(row.evidence, str) and row.evidence else []
            rows.append(
                f'<tr id="{evidence_id(doc_id, row.target)}"><th>{html.escape(row.target.replace("_", " "))}</th>'
                f"<td>{html.escape(cell_text(pd.Series(row._asdict())))}</td><td>{_sentence_items(sent_ids, cell, texts)}</td></tr>"
            )
        blocks.append(
            f"<details><summary><b>{html.escape(doc_id)}</b>: the sentences behind each cell</summary>"
            f'<table class="stance-evidence"><thead><tr><th>target</th><th>net (salience)</th><th>sentences, label and cues</th></tr></thead>'
            f"<tbody>{''.join(rows)}</tbody></table></details>"
        )
    return MATRIX_STYLE + "".join(blocks)


# --- Findings -------------------------------------------------------------------------------


def statements_favouring(doc_stance: pd.DataFrame, target: str, documents: pd.DataFrame) -> list[str]:
    """The statements with at least one sentence in favour of ``target``, as 'doc_id (year, n sentences)', in time order
    (the year left out where the id shows it)."""
    years = dict(zip(documents["doc_id"], documents["year"]))
    rows = doc_stance[(doc_stance["target"] == target) & (doc_stance["favor"] > 0)]
    return [
        _with_year(r.doc_id, _year(years.get(r.doc_id)), f"{r.favor} sentence{'s' if r.favor != 1 else ''}")
        for r in rows.itertuples()
    ]


def _year(value: object) -> str:
    return "undated" if value is None or (isinstance(value, float) and math.isnan(value)) else str(int(value))


def _with_year(doc_id: str, year: str, *details: str) -> str:
    """'doc_id (year, details)', without the year when the id already shows it.

    >>> _with_year("nato-2020", "2020", "2 sentences"), _with_year("letter", "2024")
    ('nato-2020 (2 sentences)', 'letter (2024)')
    """
    parts = ([] if year in doc_id else [year]) + list(details)
    return f"{doc_id} ({', '.join(parts)})" if parts else doc_id


def target_pattern(target: str) -> re.Pattern:
    """One regex for every term of a target (from :data:`analysis.methods.stance.TARGET_TERMS`), on normalised text."""
    return re.compile(r"\b(?:" + "|".join(f"(?:{pattern})" for pattern, _ in TARGET_TERMS[target]) + r")\b")


def statements_mentioning(corpus, pattern: str | re.Pattern, normalised: bool = True) -> pd.DataFrame:
    """Per statement: how many sentences match ``pattern`` (on normalised text by default) and which."""
    regex = pattern if isinstance(pattern, re.Pattern) else re.compile(pattern, re.IGNORECASE)
    rows = []
    for doc_id in corpus.doc_ids:
        sentences = corpus.sentences[corpus.sentences["doc_id"] == doc_id]
        hits = [s.sent_id for s in sentences.itertuples() if regex.search(normalise(s.text) if normalised else s.text)]
        rows.append({"doc_id": doc_id, "sentences": len(hits), "sent_ids": " ".join(hits)})
    return pd.DataFrame(rows)


def who_says_what(corpus, doc_stance: pd.DataFrame) -> pd.DataFrame:
    """Per statement and year: sentences favouring a ceasefire, naming the Taliban, and speaking of women's rights."""
    years = dict(zip(corpus.documents["doc_id"], corpus.documents["year"]))
    ceasefire = doc_stance[doc_stance["target"] == "ceasefire"].set_index("doc_id")
    taliban = statements_mentioning(corpus, target_pattern("taliban")).set_index("doc_id")
    women = statements_mentioning(corpus, WOMENS_RIGHTS).set_index("doc_id")
    rows = []
    for doc_id in corpus.doc_ids:
        rows.append(
            {
                "doc_id": doc_id,
                "year": _year(years.get(doc_id)),
                "ceasefire_favor": int(ceasefire.loc[doc_id, "favor"]),
                "ceasefire_against": int(ceasefire.loc[doc_id, "against"]),
                "names_taliban": int(taliban.loc[doc_id, "sentences"]),
                "womens_rights": int(women.loc[doc_id, "sentences"]),
                "evidence": " ".join(
                    filter(
                        None,
                        [
                            ceasefire.loc[doc_id, "evidence"],
                            taliban.loc[doc_id, "sent_ids"],
                            women.loc[doc_id, "sent_ids"],
                        ],
                    )
                ),
            }
        )
    table = pd.DataFrame(rows)
    table["evidence"] = table["evidence"].map(lambda ids: " ".join(sorted(set(ids.split()))))
    return table


def listed(table: pd.DataFrame, column: str) -> list[str]:
    """'doc_id (year)' for the rows of a :func:`who_says_what` table where ``column`` is above zero (the year left
    out where the id shows it)."""
    return [_with_year(r["doc_id"], r["year"]) for _, r in table[table[column] > 0].iterrows()]


# --- Validation helpers ---------------------------------------------------------------------


def threshold_phrase(value: float, threshold: float, meets: str = "meets", misses: str = "falls short of") -> str:
    """Words that stay true whatever the score: 'meets' if ``value >= threshold``, else 'falls short of'.

    >>> threshold_phrase(0.81, 0.8), threshold_phrase(0.79, 0.8)
    ('meets', 'falls short of')
    """
    return meets if value >= threshold else misses


def inside_interval_phrase(value: float, low: float, high: float) -> str:
    """Where ``value`` falls against the interval ``[low, high]``, in words that stay true whatever the scores.

    >>> inside_interval_phrase(0.6, 0.65, 0.74), inside_interval_phrase(0.7, 0.65, 0.74), inside_interval_phrase(0.8, 0.65, 0.74)
    ('below', 'inside', 'above')
    """
    return "below" if value < low else "above" if value > high else "inside"


def alpha_reading(alpha: float) -> str:
    """Krippendorff's (2004) reading of alpha: reliable from 0.800, tentative from 0.667, else unreliable.

    >>> alpha_reading(0.9), alpha_reading(0.7), alpha_reading(0.5)
    ('reliable', 'good enough only for tentative conclusions', 'too low to rely on')
    """
    if alpha >= 0.8:
        return "reliable"
    return "good enough only for tentative conclusions" if alpha >= 0.667 else "too low to rely on"


def score_history(path: str | Path, current: pd.DataFrame | None = None) -> pd.DataFrame:
    """The micro-F1 of each recorded stage of the rules (all, corpus, outside), and the score computed now.

    ``path`` is ``tests/data/stance_scores.json``; a stage is any entry with ``parts``. ``current``
    is :func:`analysis.methods.validation.part_scores` computed at build time, added as the last row.
    """
    path = Path(path)
    if not path.is_file():
        raise FileNotFoundError(f"{path}: score history not found")
    record = json.loads(path.read_text(encoding="utf-8"))
    rows = []
    for stage, entry in record.items():
        if isinstance(entry, dict) and "parts" in entry:
            row = {"stage": stage.replace("_", " "), "commit": entry.get("commit", "")}
            row.update({f"f1_{part}": values.get("f1") for part, values in entry["parts"].items()})
            rows.append(row)
    if current is not None:
        row = {"stage": "computed now (this build)", "commit": "working tree"}
        row.update({f"f1_{part}": f1 for part, f1 in zip(current["part"], current["f1"])})
        rows.append(row)
    return pd.DataFrame(rows)


def adjudication_summary(adjudication: pd.DataFrame) -> dict[str, int]:
    """How the disagreements were settled: in total, as coder A had it, as coder B had it, or neither.

    >>> adj = pd.DataFrame({"coder_a": ["favor", "", "against"], "coder_b": ["", "favor", "favor"],
    ...                     "adjudicated": ["favor", "favor", "none"]})
    >>> adjudication_summary(adj)
    {'total': 3, 'as_a': 1, 'as_b': 1, 'neither': 1}
    """

    def settled(column: str) -> pd.Series:
        return adjudication[column].replace("", "none") == adjudication["adjudicated"].replace("", "none")

    as_a, as_b = settled("coder_a"), settled("coder_b")
    return {
        "total": len(adjudication),
        "as_a": int(as_a.sum()),
        "as_b": int(as_b.sum()),
        "neither": int((~as_a & ~as_b).sum()),
    }


def coder_note(path: str | Path) -> str:
    """What the gold set's record says about the second coder (the bullet on ``stance_gold_coder_b.csv``), as plain text."""
    text = Path(path).read_text(encoding="utf-8")
    match = re.search(r"^- `stance_gold_coder_b\.csv`:(.*?)(?=^- |\Z)", text, re.S | re.M)
    note = match.group(1) if match else "the file does not describe the second coder."
    return re.sub(r"\s+", " ", re.sub(r"[*`]", "", note)).strip()


def codebook_revisions(path: str | Path) -> pd.DataFrame:
    """The dated revision sections of the codebook ("## Revisions ... (YYYY-MM-DD)") and what each changed, as a table."""
    text = Path(path).read_text(encoding="utf-8")
    rows = []
    for match in re.finditer(r"^## (Revisions?[^\n]*?)\((\d{4}-\d{2}-\d{2})\)\s*$(.*?)(?=^## |\Z)", text, re.S | re.M):
        items = re.findall(r"^- \*\*([^*]+)\*\*", match.group(3), re.M)
        rows.append(
            {
                "date": match.group(2),
                "revision": match.group(1).strip(),
                "items": "; ".join(item.strip().rstrip(".") for item in items),
            }
        )
    return pd.DataFrame(rows, columns=["date", "revision", "items"])


def record_entries(path: str | Path) -> list[dict]:
    """The entries of the score record (``tests/data/stance_score_history.json``), oldest first."""
    path = Path(path)
    if not path.is_file():
        raise FileNotFoundError(f"{path}: score history not found")
    return json.loads(path.read_text(encoding="utf-8"))["scores"]


def locked_test_entries(path: str | Path) -> list[dict]:
    """The recorded scores on the locked test set (data never tuned on), oldest first.

    The chapter's headline is read from these, not computed at build time: a build must not score
    the test set again with a method changed since.
    """
    return [entry for entry in record_entries(path) if entry["data"].startswith("test set") and not entry["tuned"]]


def score_record(path: str | Path) -> pd.DataFrame:
    """The history of the stance scores (:func:`score_table` of every entry of the record)."""
    return score_table(record_entries(path))


def score_table(entries: list[dict]) -> pd.DataFrame:
    """Recorded scores as a table: one row per score, with its date, commit, data, whether that data was
    tuned on, method and micro-F1 (interval where recorded)."""
    columns = [
        "date",
        "commit",
        "data",
        "tuned on it",
        "method",
        "F1",
        "F1 low",
        "F1 high",
        "precision",
        "recall",
        "wrong direction",
    ]
    rows = [
        [
            entry.get("date", ""),
            entry.get("commit", ""),
            entry["data"],
            "yes" if entry["tuned"] else "no",
            entry["method"],
            entry["f1"],
            entry.get("f1_low"),
            entry.get("f1_high"),
            entry.get("precision"),
            entry.get("recall"),
            entry.get("wrong_direction_share"),
        ]
        for entry in entries
    ]
    return pd.DataFrame(rows, columns=columns)


def last_score_per_method(entries: list[dict]) -> pd.DataFrame:
    """The last of the recorded ``entries`` of each method, as a :func:`score_table` indexed by method."""
    return score_table(entries).drop_duplicates("method", keep="last").set_index("method")


def locked_test_scores(path: str | Path) -> pd.DataFrame:
    """The last recorded score of each method on the locked test set (:func:`locked_test_entries`), indexed by method."""
    locked = last_score_per_method(locked_test_entries(path))
    if locked.empty:
        raise ValueError(f"{path}: no score on the locked test set recorded")
    return locked


def locked_test_per_target(path: str | Path, method: str) -> pd.Series:
    """F1 per target of ``method``'s last scoring on the locked test set, as recorded (empty if none)."""
    entries = [
        entry["per_target_f1"]
        for entry in locked_test_entries(path)
        if entry["method"] == method and "per_target_f1" in entry
    ]
    return pd.Series(entries[-1] if entries else {}, dtype=float, name=f"{method}, test (locked)")


def unseen_check_scores(path: str | Path) -> pd.DataFrame:
    """The last recorded score of each method on the batch held back between releases (``validation/stance_unseen``:
    coded after the release's freeze, never fitted or tuned on), indexed by method, with the batch's numbers of
    statements and sentences; empty if none is recorded."""
    entries = [
        entry for entry in record_entries(path) if entry["data"].startswith("unseen check") and not entry["tuned"]
    ]
    scores = last_score_per_method(entries)
    last = {entry["method"]: entry for entry in entries}
    for size in ("statements", "sentences"):
        scores[size] = [last[method].get(size) for method in scores.index]
    return scores
