"""Sentences of the stance chapter written from its tables: whom the directives address, who demands most,
how the coders' disagreements were settled.

Each reads as a writer would put it: small counts in words, a zero said once as "none" (never "0 to the
Taliban" and then "none" again), and ties named together, so the same code words any corpus.
"""

from __future__ import annotations

import pandas as pd

from analysis.book.glue import as_list
from analysis.text.wording import number_word, per_1000_words

#: How the chapter names each addressee of a directive.
ADDRESSEE_WORDS = {
    "parties": "to the parties (both sides, armed groups, or the government and the Taliban together)",
    "taliban": "to the Taliban alone",
    "international community": "to the international community",
    "government": "to a government",
    "other": "to someone else or to nobody named",
}


def addressees_sentence(addressees: pd.DataFrame) -> str:
    """How many directives go to each addressee across the corpus, and which statements address the Taliban alone.

    >>> table = pd.DataFrame({"doc_id": ["a", "a", "b"], "addressee": ["parties", "taliban", "parties"],
    ...                       "count": [1, 0, 5]})
    >>> addressees_sentence(table).replace(ADDRESSEE_WORDS["parties"], "to the parties")
    'Across the corpus, six directives are addressed to the parties and none to the Taliban alone.'
    """
    totals = addressees.groupby("addressee", sort=False)["count"].sum()
    parts = []
    for key, words in ADDRESSEE_WORDS.items():
        if key in totals:
            count = int(totals[key])
            parts.append(f"{'none' if count == 0 else number_word(count)} {words}")
    first = parts[0].split(" ", 1)
    verb = "is" if first[0] == "one" else "are"
    opening = f"{first[0]} {'directive' if first[0] == 'one' else 'directives'} {verb} addressed {first[1]}"
    sentence = f"Across the corpus, {as_list([opening, *parts[1:]])}."
    to_taliban = addressees[(addressees["addressee"] == "taliban") & (addressees["count"] > 0)]["doc_id"].tolist()
    if to_taliban:
        sentence += f" Those to the Taliban alone come from {as_list(list(dict.fromkeys(to_taliban)))}."
    return sentence


def strongest_directives_sentence(strengths: pd.DataFrame) -> str:
    """Which statements use the strongest directives (demand, insist, must) most, with the count and the rate.

    ``strengths``: the chapter's directive profile (``doc_id, strength_label, count, per_1k``). Ties are named
    together; a corpus without such directives is said so.

    >>> table = pd.DataFrame({"doc_id": ["a", "b"], "strength_label": ["demand", "demand"], "count": [4, 2],
    ...                       "per_1k": [8.909, 5.051]})
    >>> strongest_directives_sentence(table)
    'The strongest directives (demand, insist, must) are most frequent in a: four of them, 8.9 per 1,000 words.'
    """
    demands = strengths[strengths["strength_label"] == "demand"].set_index("doc_id")
    if demands.empty or demands["count"].max() == 0:
        return "No statement uses the strongest directives (demand, insist, must)."
    top = demands[demands["count"] == demands["count"].max()]
    each = " each" if len(top) > 1 else ""
    rates = as_list([per_1000_words(rate) for rate in top["per_1k"]])
    return (
        f"The strongest directives (demand, insist, must) are most frequent in {as_list(top.index.tolist())}: "
        f"{number_word(int(top['count'].iloc[0]))} of them{each}, {rates} per 1,000 words."
    )


def least_phrase(rates: pd.Series) -> str:
    """The statements with the lowest rate, for "… directs most and <phrase>": "b least", or "b has none".

    >>> least_phrase(pd.Series({"a": 2.0, "b": 0.0})), least_phrase(pd.Series({"a": 2.0, "b": 1.0}))
    ('b has none', 'b least')
    """
    lowest = rates[rates == rates.min()].index.tolist()
    if rates.min() == 0:
        return f"{as_list(lowest)} {'has' if len(lowest) == 1 else 'have'} none"
    return f"{as_list(lowest)} least"


def settled_sentence(settled: dict[str, int]) -> str:
    """How the gold set's disagreements were settled, with "none was settled against both coders" for zero.

    >>> settled_sentence({"total": 17, "as_a": 1, "as_b": 16, "neither": 0})
    '1 was settled as the first coder had it and 16 as the second; none was settled against both coders'
    """
    first = f"{settled['as_a']} {'was' if settled['as_a'] == 1 else 'were'} settled as the first coder had it"
    if settled["neither"] == 0:
        return f"{first} and {settled['as_b']} as the second; none was settled against both coders"
    return f"{first}, {settled['as_b']} as the second and {settled['neither']} against both coders"


def second_coding_sentence(second: dict | None, method_low: float, method_high: float) -> str:
    """The sentence on a second blind coding of the held-back batch, read beside the method's interval there
    (``method_low`` to ``method_high``); empty when the batch has none (:func:`evaluation.second_coding_score`).

    >>> second = {"f1": 0.955, "f1_low": 0.938, "f1_high": 0.969, "cohen_kappa": 0.953}
    >>> second_coding_sentence(second, 0.54, 0.64)[:100]
    ' A second blind coding of the same sentences, by other coders, scores micro-F1 0.95 (0.94 to 0.97; C'
    >>> second_coding_sentence(None, 0.54, 0.64)
    ''
    """
    if second is None:
        return ""
    agreed = (
        f" A second blind coding of the same sentences, by other coders, scores micro-F1 {second['f1']:.2f}"
        f" ({second['f1_low']:.2f} to {second['f1_high']:.2f}; Cohen's kappa {second['cohen_kappa']:.2f}) against"
        " the first"
    )
    if second["f1_low"] > method_high:
        verdict = ": the coders read these statements alike, so what the method misses there is its own reading"
    elif second["f1_high"] < method_low:
        verdict = ", below the method's score: the coders differ more among themselves than the method differs from one"
    else:
        verdict = ", about as much as the method: part of the method's shortfall there is the coders' discord"
    caveat = " (the coders are sessions of one kind, briefed alike, so independent human coders may agree less)."
    return agreed + verdict + caveat


#: The marker categories of the chapter's sentence on who leads, with the words for each.
MARKER_MEASURES = [
    ("booster", "boosters", "booster"),
    ("attitude", "attitude markers", "attitude marker"),
    ("hedge", "hedges", "hedge"),
    ("self_mention", "the first person", "self-mention"),
    ("engagement", "addressing the reader", "engagement marker"),
]


def marker_leaders_sentence(profile: pd.DataFrame, doc_ids: list[str]) -> str:
    """Who leads on each family of markers, with the count behind each lead, and which leads stand clear of
    chance: a lead separates when its exact Poisson interval lies above every other statement's.

    ``profile``: :func:`analysis.methods.markers.marker_profile` (``doc_id, category, n_words, count``).
    """
    from analysis.book.prose import leaders_sentence
    from analysis.book.synthesis_claims import rate_lead

    leads = []
    for category, measure, noun in MARKER_MEASURES:
        rows = profile[profile["category"] == category].set_index("doc_id").reindex(doc_ids).reset_index()
        leads.append(rate_lead(rows[["doc_id", "count", "n_words"]].fillna(0), measure, noun))
    sentence = leaders_sentence([(f"{lead.measure} ({lead.evidence})", lead.doc_id) for lead in leads])
    clear = [lead.measure for lead in leads if lead.separates]
    if len(clear) == len(leads):
        return f"{sentence}; each lead's interval lies above every other statement's"
    if not clear:
        return f"{sentence}; no lead is separated from chance: each leader's interval overlaps another statement's"
    return f"{sentence}; only the lead on {as_list(clear)} lies above every other statement's interval"


def own_reading_sentence(labels: pd.DataFrame, gold: pd.DataFrame, sent_id: str) -> str:
    """What the coders and the chapter's method made of one sentence the chapter quotes, said plainly.

    ``labels``: the method's stance table (``sent_id, target, label, cues``); ``gold``: the coders' labels of the
    corpus's sentences (``sent_id, target, label``), as :func:`analysis.methods.differences.gold_labels` gives them.
    A label the coders did not give, or one they gave that the method misses, is named as an error, so that a reader
    who meets the sentence in the evidence tables has been told that the method reads it otherwise than the codebook.

    >>> labels = pd.DataFrame({"sent_id": ["d:2", "d:2"], "target": ["violence", "international_role"],
    ...                        "label": ["against", "favor"], "cues": ["learned model: against (rules: none)", "x"]})
    >>> gold = pd.DataFrame(columns=["sent_id", "target", "label"])
    >>> own_reading_sentence(labels, gold, "d:2")  # doctest: +NORMALIZE_WHITESPACE
    'The coders gave this sentence (d:2) no label; the book’s own method labels it against on violence (from the
    learned model) and favor on the international role (from the rules): errors, shown as they stand in the evidence
    tables below.'
    >>> own_reading_sentence(labels.assign(cues="learned model: x"), gold, "d:2")  # doctest: +NORMALIZE_WHITESPACE
    'The coders gave this sentence (d:2) no label; the book’s own method labels it against on violence and favor on the
    international role, both from the learned model: errors, shown as they stand in the evidence tables below.'
    >>> own_reading_sentence(labels.iloc[:0], gold, "d:2")
    'The coders gave this sentence (d:2) no label, and neither does the book’s method.'
    """
    coded_rows = gold[gold["sent_id"] == sent_id]
    coded = set(zip(coded_rows["target"], coded_rows["label"]))
    given = labels[labels["sent_id"] == sent_id]
    extra = [row for row in given.itertuples() if (row.target, row.label) not in coded]
    missed = coded - set(zip(given["target"], given["label"]))
    opening = f"The coders gave this sentence ({sent_id}) " + (
        as_list([_label_on(target, label) for target, label in sorted(coded)]) if coded else "no label"
    )
    if not extra and not missed:
        return f"{opening}, and {'so does' if coded else 'neither does'} the book’s method."
    if not extra:
        return f"{opening}; the book’s method misses {as_list([_label_on(*pair) for pair in sorted(missed)])}."
    readers = {_reader(row.cues) for row in extra}
    if len(readers) == 1:
        source = f"{'both ' if len(extra) == 2 else 'all ' if len(extra) > 2 else ''}from the {readers.pop()}"
        readings = as_list([_label_on(row.target, row.label) for row in extra]) + f", {source}"
    else:
        readings = as_list([f"{_label_on(row.target, row.label)} (from the {_reader(row.cues)})" for row in extra])
    errors = "an error, shown as it stands" if len(extra) == 1 else "errors, shown as they stand"
    return f"{opening}; the book’s own method labels it {readings}: {errors} in the evidence tables below."


def _reader(cues: str) -> str:
    """Which reader gave a label, from its cues: the learned model's labels say so, the rules' name their cues."""
    return "learned model" if str(cues).startswith("learned model") else "rules"


def _label_on(target: str, label: str) -> str:
    """A label on a target in words: "against on violence", "favor on the Taliban"."""
    from analysis.methods.synthesis import TARGET_NAMES

    name = TARGET_NAMES.get(target, target)
    return f"{label} on {'the ' if target in ('taliban', 'international_role') else ''}{name}"
