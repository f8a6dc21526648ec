"""Figures for the report on any corpus: they stay legible from one statement to a hundred.

The book's figures are laid out for five statements. A report may hold one or hundreds, so these
figures are drawn at the width of the text column (6.9 inches at 100 dpi, about 690 px) and grow in
height with the number of statements; cell values are written only while they still fit.
They use the book's style and colours (:mod:`analysis.book.plots`).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd
from matplotlib.figure import Figure

from analysis.book.style import COLUMN_WIDTH, STANCE_COLOURS, book_style, new_figure

#: Up to how many statements a matrix writes its values in the cells.
WRITE_VALUES_UP_TO = 10
#: Up to how many statements a heat map names each one on its axes (beyond, the names would overlap).
NAME_EACH_UP_TO = 30
BAR_COLOUR = "#666666"


def _row_height(n_rows: int) -> float:
    """Height of a figure with one row per statement: legible labels, never taller than needed."""
    return min(0.28 * n_rows + 1.4, 30)


def message_figure(message: str) -> Figure:
    """A small figure that says why there is nothing to draw (e.g. one statement has no pairs)."""
    with book_style():
        fig, ax = new_figure(COLUMN_WIDTH, 1.2)
        ax.axis("off")
        ax.text(0.5, 0.5, message, ha="center", va="center", fontsize=11, wrap=True)
    return fig


def statement_lengths(documents: pd.DataFrame) -> Figure:
    """Words per statement, one bar each, longest first, the count written at the end of each bar."""
    ordered = documents.sort_values(["n_words", "doc_id"], ascending=[False, True])
    with book_style():
        fig, ax = new_figure(COLUMN_WIDTH, _row_height(len(ordered)))
        ax.barh(ordered["doc_id"], ordered["n_words"], color=BAR_COLOUR)
        for y, value in enumerate(ordered["n_words"]):
            ax.annotate(f"{value:,}", (value, y), xytext=(3, 0), textcoords="offset points", va="center", fontsize=10)
        ax.invert_yaxis()
        ax.grid(axis="y", visible=False)
        ax.set_xlabel("Words after cleaning")
        ax.set_title("Length of each statement")
        ax.margins(x=0.12)
        fig.tight_layout()
    return fig


def similarity_matrix(similarity: pd.DataFrame) -> Figure:
    """Cosine similarity of every pair as a heat map; values written in the cells for small corpora."""
    labels = list(similarity.index)
    values = similarity.to_numpy(dtype=float)
    shown = np.where(np.eye(len(values), dtype=bool), np.nan, values)
    top = float(np.nanmax(shown)) if np.isfinite(shown).any() else 1.0
    side = min(max(0.45 * len(labels) + 2.2, 4.0), COLUMN_WIDTH)
    with book_style():
        fig, ax = new_figure(COLUMN_WIDTH, side)
        image = ax.imshow(shown, cmap="viridis", vmin=0, vmax=top or 1.0)
        if len(labels) <= WRITE_VALUES_UP_TO:
            for row, column in zip(*np.nonzero(~np.eye(len(values), dtype=bool))):
                value = values[row, column]
                ax.text(
                    column,
                    row,
                    f"{value:.2f}",
                    ha="center",
                    va="center",
                    fontsize=10,
                    color="black" if value > 0.6 * top else "white",
                )
        if len(labels) <= NAME_EACH_UP_TO:
            fontsize = 10 if len(labels) <= 20 else 7
            ax.set_xticks(range(len(labels)), labels, rotation=60, ha="right", fontsize=fontsize)
            ax.set_yticks(range(len(labels)), labels, fontsize=fontsize)
        else:
            ax.set_xticks([])
            ax.set_yticks([])
            ax.set_xlabel(f"{len(labels)} statements, in corpus order (the closest pairs are listed below)")
        ax.grid(False)
        fig.colorbar(image, ax=ax, label="Cosine similarity (TF-IDF)", shrink=0.8)
        ax.set_title("How alike the statements' vocabularies are")
        fig.tight_layout()
    return fig


def stance_matrix(doc_stance: pd.DataFrame, doc_ids: Sequence[str], targets: Sequence[str]) -> Figure:
    """Statements × targets, coloured by net position (against to favour); grey where no sentence takes one."""
    from matplotlib.colors import LinearSegmentedColormap

    cmap = LinearSegmentedColormap.from_list(
        "stance", [STANCE_COLOURS["against"], "#FFFFFF", STANCE_COLOURS["favor"]]
    ).with_extremes(bad="#EEEEEE")
    net = doc_stance.pivot(index="doc_id", columns="target", values="net").reindex(
        index=list(doc_ids), columns=list(targets)
    )
    height = _row_height(len(doc_ids)) + 1.6
    with book_style():
        fig, ax = new_figure(COLUMN_WIDTH, height)
        image = ax.imshow(np.ma.masked_invalid(net.to_numpy(dtype=float)), cmap=cmap, vmin=-1, vmax=1, aspect="auto")
        # the targets are named above the first row, where a reader of a long matrix starts
        ax.xaxis.tick_top()
        ax.set_xticks(range(len(targets)), [t.replace("_", " ") for t in targets], rotation=35, ha="left", fontsize=10)
        ax.set_yticks(range(len(doc_ids)), list(doc_ids), fontsize=10 if len(doc_ids) <= 25 else 7)
        ax.grid(False)
        # a scale of fixed size in inches below the matrix, however many statements it has
        scale = fig.colorbar(
            image, ax=ax, location="bottom", shrink=0.6, aspect=30, fraction=0.7 / height, pad=0.25 / height
        )
        scale.set_label("net position (−1 against, +1 favour)")
        ax.set_title("Net stance of each statement on each target (grey: none)")
        fig.tight_layout()
    return fig
