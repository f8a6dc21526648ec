"""How well the agency rules agree with a hand-coded sample of sentences from outside the corpus.

A coder who sees only ``validation/agency/coding_guide.md`` and the sentences marks, in each
sentence, the agentless passives, the nominalisations and the agents of directive and
condemnation verbs (``validation/agency/labels.csv``). :func:`score_against_labels` compares the
rules of :mod:`analysis.methods.agency` with those labels: precision, recall and F1 per device.
"""

from __future__ import annotations

import re

import pandas as pd

from analysis.methods.agency import agentless_passives, nominalisations, verb_roles
from analysis.text.tokens import STOP_WORDS

#: The columns a coder fills in ``labels.csv`` (see ``validation/agency/coding_guide.md``); lists are ';'-separated.
LABEL_COLUMNS = ["item_id", "agentless_passives", "nominalisations", "verb_agents"]


def draw_validation_sample(
    sentences: pd.DataFrame, size: int = 200, seed: int = 17, min_words: int = 5
) -> pd.DataFrame:
    """A seeded random sample of sentences (``item_id``, ``text``) for hand coding, not chosen by reading.

    Fragments shorter than ``min_words`` words (headings, datelines) and repeated texts are left
    out first; the draw is ``DataFrame.sample`` with ``random_state=seed``.
    """
    pool = sentences[sentences["text"].str.split().str.len() >= min_words].drop_duplicates("text")
    return pool.sample(n=min(size, len(pool)), random_state=seed)[["item_id", "text"]].reset_index(drop=True)


def _items(cell) -> list[str]:
    """A ';'-separated cell as a list of lower-cased items ('' and NaN: none)."""
    return [item.strip().lower() for item in str(cell).split(";") if item.strip()] if isinstance(cell, str) else []


def _overlap(predicted: list[str], gold: list[str]) -> int:
    """How many items two lists share, counting repeats (a multiset intersection)."""
    remaining = list(gold)
    shared = 0
    for item in predicted:
        if item in remaining:
            remaining.remove(item)
            shared += 1
    return shared


def _content_words(span: str) -> set[str]:
    return {word.lower() for word in re.findall(r"[^\W\d_]+", span)} - STOP_WORDS - {"none"}


def _agent_pairs(sentence: str, cell) -> tuple[int, int, int]:
    """Named-agent true positives, false positives and false negatives for the verbs both rules and coder found.

    A verb is matched on its first four letters; two agents match when they share a content word,
    or when neither names anyone.
    """
    gold = {}
    for item in _items(cell):
        verb, _, agent = item.partition("=")
        gold.setdefault(verb.strip()[:4], _content_words(agent))
    tp = fp = fn = 0
    for role in verb_roles(sentence):
        key = role.match.lower()[:4]
        if key not in gold:
            continue
        predicted, expected = _content_words(role.agent), gold.pop(key)
        if predicted and predicted & expected:
            tp += 1
        else:
            fp += bool(predicted)
            fn += bool(expected)
    return tp, fp, fn


def _scores(tp: int, fp: int, fn: int) -> dict:
    precision, recall = (tp / (tp + fp) if tp + fp else float("nan")), (tp / (tp + fn) if tp + fn else float("nan"))
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else float("nan")
    return {
        "true_positives": tp,
        "false_positives": fp,
        "false_negatives": fn,
        "precision": round(precision, 3),
        "recall": round(recall, 3),
        "f1": round(f1, 3),
    }


def score_against_labels(sample: pd.DataFrame, labels: pd.DataFrame) -> pd.DataFrame:
    """Precision, recall and F1 of each agency rule against a hand-coded sample, one row per device.

    Passives and nominalisations are scored word by word within each sentence (the participle, the
    noun); agents of directive and condemnation verbs as described in :func:`_agent_pairs`. Only
    items present in both files are scored.
    """
    missing = [column for column in LABEL_COLUMNS if column not in labels.columns]
    if missing:
        raise ValueError(f"labels: missing column(s) {', '.join(missing)}")
    merged = sample.merge(labels[LABEL_COLUMNS], on="item_id", how="inner")
    counts = {
        "agentless passive": [0, 0, 0],
        "nominalisation": [0, 0, 0],
        "agent of directive/condemnation verb": [0, 0, 0],
    }
    for row in merged.itertuples():
        for device, predicted, gold in (
            ("agentless passive", [w.lower() for w in agentless_passives(row.text)], _items(row.agentless_passives)),
            ("nominalisation", [w.lower() for w in nominalisations(row.text)], _items(row.nominalisations)),
        ):
            shared = _overlap(predicted, gold)
            counts[device] = [
                counts[device][0] + shared,
                counts[device][1] + len(predicted) - shared,
                counts[device][2] + len(gold) - shared,
            ]
        counts["agent of directive/condemnation verb"] = [
            total + part
            for total, part in zip(
                counts["agent of directive/condemnation verb"], _agent_pairs(row.text, row.verb_agents)
            )
        ]
    return pd.DataFrame(
        [{"device": device, "items": len(merged), **_scores(*tally)} for device, tally in counts.items()]
    )
