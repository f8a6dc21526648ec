"""Which cells of the stance matrix are only *leaning*: they could change sign within the error rates.

A matrix cell says "this statement is for (or against) this target" from a count of labelled
sentences. The labels are not all right: validation measures, per target, how often a label points
the wrong way and how often it is a false alarm. :func:`fragile_cells` asks, for each cell, whether
those errors could turn its majority into a minority; :func:`leaning_cells` gives the cells that
could, and :func:`measured_leaning_cells` does so with the rates the book measured. The stance
matrix (table and figure) and the synthesis chapter's positions all mark these same cells.
"""

from __future__ import annotations

import math

import pandas as pd

from analysis.methods import validation


def fragile_cells(doc_stance: pd.DataFrame, rates: pd.DataFrame) -> pd.DataFrame:
    """Which matrix cells could change sign within the method's measured error rates.

    ``rates`` is :func:`analysis.methods.validation.error_rates` (per target, the share of predicted
    labels in the wrong direction and the share that are false alarms, on the locked test set). For
    a cell with salience *s*, up to ⌈wrong·s⌉ of its labels may point the wrong way and ⌈false·s⌉ may
    be no stance at all. In the worst case all of them sit on the majority side: the wrong ones move
    to the minority, the false ones vanish. The cell *could change sign* if the majority would then
    no longer outnumber the minority. Thin cells and cells with net 0 have no sign to lose.

    >>> cells = pd.DataFrame({"doc_id": ["a", "b"], "target": ["ceasefire"] * 2, "favor": [10, 3], "against": [0, 1],
    ...                       "salience": [10, 4], "net": [1.0, 0.5], "thin_evidence": [False, False]})
    >>> rates = pd.DataFrame({"target": ["ceasefire"], "wrong_direction_rate": [0.05], "false_alarm_rate": [0.1]})
    >>> fragile_cells(cells, rates)["could_change_sign"].tolist()
    [False, True]
    """
    by_target = rates.set_index("target")
    rows = []
    for cell in doc_stance[(~doc_stance["thin_evidence"]) & (doc_stance["net"] != 0)].itertuples(index=False):
        wrong = math.ceil(by_target.loc[cell.target, "wrong_direction_rate"] * cell.salience)
        false = math.ceil(by_target.loc[cell.target, "false_alarm_rate"] * cell.salience)
        majority, minority = max(cell.favor, cell.against), min(cell.favor, cell.against)
        rows.append(
            {
                "doc_id": cell.doc_id,
                "target": cell.target,
                "favor": int(cell.favor),
                "against": int(cell.against),
                "net": cell.net,
                "possibly_wrong_direction": wrong,
                "possibly_no_stance": false,
                "could_change_sign": majority - wrong - false <= minority + wrong,
            }
        )
    columns = [
        "doc_id",
        "target",
        "favor",
        "against",
        "net",
        "possibly_wrong_direction",
        "possibly_no_stance",
        "could_change_sign",
    ]
    return pd.DataFrame(rows, columns=columns)


def leaning_cells(doc_stance: pd.DataFrame, rates: pd.DataFrame) -> frozenset[tuple[str, str]]:
    """The ``(doc_id, target)`` cells that could change sign within ``rates``: read as leaning, not as positions.

    >>> cells = pd.DataFrame({"doc_id": ["a", "b"], "target": ["ceasefire"] * 2, "favor": [10, 3], "against": [0, 1],
    ...                       "salience": [10, 4], "net": [1.0, 0.5], "thin_evidence": [False, False]})
    >>> rates = pd.DataFrame({"target": ["ceasefire"], "wrong_direction_rate": [0.05], "false_alarm_rate": [0.1]})
    >>> sorted(leaning_cells(cells, rates))
    [('b', 'ceasefire')]
    """
    fragile = fragile_cells(doc_stance, rates)
    flagged = fragile[fragile["could_change_sign"].astype(bool)]
    return frozenset(zip(flagged["doc_id"], flagged["target"]))


def measured_leaning_cells(doc_stance: pd.DataFrame) -> frozenset[tuple[str, str]]:
    """:func:`leaning_cells` with the error rates of the book's validation (development data, kept on disk).

    The one source the stance chapter's matrix and the synthesis chapter's positions both read.
    """
    return leaning_cells(doc_stance, validation.held_out_report()["error_rates"])
