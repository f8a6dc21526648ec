"""The figures of the TF-IDF and similarity chapter: top terms, the similarity matrix, the tree, the map.

They use the book's style and statement colours (:mod:`analysis.book.style`) and are re-exported by
:mod:`analysis.book.plots`, which the chapters import.
"""

from __future__ import annotations

from collections.abc import Sequence

import matplotlib
import numpy as np
import pandas as pd
from matplotlib.figure import Figure

from analysis.book.plots import bar_panels, spread_positions
from analysis.book.style import COLUMN_WIDTH, SMALLEST_FONT, book_style, doc_colours, new_figure


def tfidf_top_terms(top: pd.DataFrame, doc_ids: Sequence[str] | None = None) -> Figure:
    """Small multiples: each statement's top TF-IDF terms as horizontal bars, one panel per statement."""
    doc_ids = list(doc_ids or dict.fromkeys(top["doc_id"]))
    with book_style():
        return bar_panels(
            lambda doc: top[top["doc_id"] == doc].sort_values("rank"), doc_ids, "tfidf", "term", "TF-IDF weight"
        )


def similarity_heatmap(similarity: pd.DataFrame) -> Figure:
    """The cosine-similarity matrix as a heat map with each value written in its cell."""
    labels = list(similarity.index)
    values = similarity.to_numpy()
    off_diagonal = values[~np.eye(len(values), dtype=bool)]
    top = float(off_diagonal.max()) if off_diagonal.size else 1.0
    with book_style():
        fig, ax = new_figure(COLUMN_WIDTH, min(0.55 * len(labels) + 2.4, 8))
        shown = np.where(np.eye(len(values), dtype=bool), np.nan, values)
        image = ax.imshow(shown, cmap="Greys", vmin=0, vmax=top)
        for row in range(len(labels)):
            for column in range(len(labels)):
                value = values[row, column]
                text = "—" if row == column else f"{value:.2f}"
                ax.text(
                    column,
                    row,
                    text,
                    ha="center",
                    va="center",
                    fontsize=9,
                    color="white" if row != column and value > 0.6 * top else "black",
                )
        ax.set_xticks(range(len(labels)), labels, rotation=30, ha="right")
        ax.set_yticks(range(len(labels)), labels)
        ax.grid(False)
        fig.colorbar(image, ax=ax, label="Cosine similarity (TF-IDF)", shrink=0.8)
        fig.tight_layout()
    return fig


def similarity_dendrogram(linkage: np.ndarray, labels: Sequence[str], method: str = "average") -> Figure:
    """A hierarchical-clustering tree of the statements; the height of a join is the cosine distance."""
    from scipy.cluster import hierarchy

    colours = doc_colours(labels)
    with book_style():
        fig, ax = new_figure(COLUMN_WIDTH, 0.45 * len(labels) + 1.5)
        hierarchy.dendrogram(
            linkage,
            labels=list(labels),
            orientation="right",
            ax=ax,
            color_threshold=0,
            above_threshold_color="#555555",
            leaf_font_size=9,
        )
        ax.scatter(
            [0] * len(labels),
            ax.get_yticks(),
            marker="s",
            s=50,
            zorder=3,
            clip_on=False,
            color=[colours[tick.get_text()] for tick in ax.get_yticklabels()],
            edgecolor="black",
        )
        ax.grid(axis="y", visible=False)
        ax.set_xlabel(f"Cosine distance at which groups join ({method} linkage)")
        fig.tight_layout()
    return fig


def map_of_statements(coordinates: pd.DataFrame, loadings: pd.DataFrame, explained: Sequence[float]) -> Figure:
    """The statements on the first two principal axes, each axis end labelled with its top terms."""
    colours = doc_colours(coordinates["doc_id"])
    axis_names = [column for column in coordinates.columns if column != "doc_id"]

    def axis_terms(axis: str, end: str, n: int = 4) -> str:
        rows = loadings[(loadings["axis"] == axis) & (loadings["end"] == end)].sort_values("rank")
        return ", ".join(rows["term"].head(n))

    with book_style():
        fig, ax = new_figure(COLUMN_WIDTH, 5.2)
        xs = coordinates[axis_names[0]]
        ys = coordinates[axis_names[1]] if len(axis_names) > 1 else pd.Series(0.0, index=coordinates.index)
        middle = (xs.max() + xs.min()) / 2
        for doc_id, x, y in zip(coordinates["doc_id"], xs, ys):
            ax.scatter([x], [y], s=80, color=colours[doc_id], edgecolor="black", zorder=3)
            left = x > middle
            ax.annotate(
                doc_id,
                (x, y),
                xytext=(-7 if left else 7, 6),
                textcoords="offset points",
                fontsize=9,
                ha="right" if left else "left",
            )
        ax.axhline(0, color="#999999", linewidth=0.8)
        ax.axvline(0, color="#999999", linewidth=0.8)
        ax.margins(0.2)
        ax.set_xlabel(
            f"Axis 1 ({explained[0]:.0%} of variance)\n← {axis_terms('axis 1', '-', 3)}  |  {axis_terms('axis 1', '+', 3)} →"
        )
        if len(explained) > 1:
            ax.set_ylabel(f"Axis 2 ({explained[1]:.0%} of variance)")
            box = {"boxstyle": "round", "facecolor": "white", "edgecolor": "#999999", "alpha": 0.9}
            ax.text(
                0.01,
                0.98,
                f"↑ {axis_terms('axis 2', '+')}",
                transform=ax.transAxes,
                va="top",
                fontsize=SMALLEST_FONT,
                bbox=box,
            )
            ax.text(
                0.01,
                0.02,
                f"↓ {axis_terms('axis 2', '-')}",
                transform=ax.transAxes,
                va="bottom",
                fontsize=SMALLEST_FONT,
                bbox=box,
            )
        fig.tight_layout()
    return fig


#: Pairs are labelled in the similarity-over-time figure up to this many (beyond, labels would be unreadable).
LABELLED_PAIRS_UP_TO = 21


def similarity_over_time(pairs: pd.DataFrame, rho: float, p_value: float | None = None) -> Figure:
    """Cosine similarity of every pair of statements against the years between them, pairs labelled at the right.

    ``p_value``: the permutation test's, printed beside rho in the title, so the figure does not show a
    correlation without how easily chance gives one."""
    with book_style():
        fig, ax = new_figure(COLUMN_WIDTH, 4.6)
        for same, marker, label in ((False, "o", "different genre"), (True, "s", "same genre")):
            subset = pairs[pairs["same_genre"] == same]
            if not subset.empty:
                ax.scatter(
                    subset["years_apart"],
                    subset["cosine"],
                    marker=marker,
                    s=50,
                    color="#FFFFFF" if same else "#555555",
                    edgecolor="black",
                    label=label,
                    zorder=3,
                )
        if len(pairs) <= LABELLED_PAIRS_UP_TO:
            span = float(pairs["cosine"].max() - pairs["cosine"].min()) or 1.0
            label_ys = spread_positions(pairs["cosine"].tolist(), gap=span * 0.085)
            beside = matplotlib.transforms.blended_transform_factory(ax.transAxes, ax.transData)
            for row, label_y in zip(pairs.itertuples(index=False), label_ys):
                ax.annotate(
                    f"{row.doc_a} / {row.doc_b}",
                    (row.years_apart, row.cosine),
                    xytext=(1.02, label_y),
                    textcoords=beside,
                    fontsize=SMALLEST_FONT,
                    va="center",
                    arrowprops={"arrowstyle": "-", "color": "#888888", "linewidth": 0.6},
                )
        ax.set_xlabel("Years between the two statements")
        ax.set_ylabel("Cosine similarity (TF-IDF)")
        p_text = "" if p_value is None else f" (permutation p = {p_value:.2f})"
        ax.set_title(f"Spearman's rho = {rho:.2f}{p_text}", loc="left")
        ax.margins(x=0.08, y=0.12)
        ax.legend(loc="upper left")
        fig.tight_layout()
    return fig


# --- Chapter "Words that matter": frequency, keyness, dispersion, collocations -------------------
