"""Every figure of the book, drawn in one style with a colour-blind-safe palette.

The palette is Okabe and Ito's eight colours, distinguishable under the common forms of colour
blindness; each statement keeps its colour in every chapter. Figures are returned, not shown, so
a notebook can ``glue`` them with a caption and alt text.
"""

from __future__ import annotations

from contextlib import contextmanager
from typing import Iterator, Sequence

import matplotlib
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib.figure import Figure

#: Okabe & Ito (2008) colour-blind-safe palette, black last.
OKABE_ITO = ["#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7", "#000000"]
#: Colours for favour / against / mixed-or-thin evidence in stance figures.
STANCE_COLOURS = {"favor": "#0072B2", "against": "#D55E00", "neutral": "#BBBBBB"}

STYLE = {
    "figure.dpi": 110,
    "savefig.dpi": 110,
    "figure.figsize": (8, 4.5),
    "font.size": 10,
    "axes.titlesize": 12,
    "axes.titleweight": "bold",
    "axes.labelsize": 10,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.grid": True,
    "grid.alpha": 0.3,
    "axes.prop_cycle": matplotlib.cycler(color=OKABE_ITO),
    "legend.frameon": False,
    "svg.hashsalt": "afghan-peace-discourse",
}


@contextmanager
def book_style() -> Iterator[None]:
    """Draw inside the book's style (fonts, grid, palette) without changing global settings."""
    with plt.rc_context(STYLE):
        yield


def doc_colours(doc_ids: Sequence[str]) -> dict[str, str]:
    """One palette colour per statement, in corpus order, so a statement keeps its colour everywhere."""
    return {doc_id: OKABE_ITO[index % len(OKABE_ITO)] for index, doc_id in enumerate(doc_ids)}


def new_figure(width: float = 8, height: float = 4.5, **subplots: object) -> tuple[Figure, object]:
    """A figure and its axes in the book's style, detached from pyplot's global state."""
    with book_style():
        fig, axes = plt.subplots(figsize=(width, height), **subplots)
    plt.close(fig)
    return fig, axes


def timeline(documents: pd.DataFrame) -> Figure:
    """The statements on a time line, each labelled with its id and speaker type."""
    with book_style():
        fig, ax = new_figure(9, 3.2)
        dated = documents[documents["date"] != ""].reset_index(drop=True)
        dates = pd.to_datetime(dated["date"])
        colours = doc_colours(documents["doc_id"])
        ax.axhline(0, color="#555555", linewidth=1, zorder=1)
        for index, (date, row) in enumerate(zip(dates, dated.itertuples())):
            level = 1 if index % 2 == 0 else -1
            ax.vlines(date, 0, level * 0.6, color=colours[row.doc_id], linewidth=2)
            ax.scatter([date], [0], color=colours[row.doc_id], s=60, zorder=3)
            ax.annotate(
                f"{row.doc_id}\n{row.actor_type}, {date:%d %b %Y}",
                (date, level * 0.65),
                ha="center",
                va="bottom" if level > 0 else "top",
                fontsize=8.5,
            )
        ax.set_ylim(-1.6, 1.6)
        ax.set_yticks([])
        ax.grid(False)
        ax.spines["left"].set_visible(False)
        if len(dates):
            span = (dates.max() - dates.min()) or pd.Timedelta(days=365)
            ax.set_xlim(dates.min() - span * 0.12, dates.max() + span * 0.12)
        ax.set_xlabel("Date of the statement")
        ax.set_title("The statements in time")
        fig.tight_layout()
    return fig


def corpus_size(documents: pd.DataFrame) -> Figure:
    """Words and sentences per statement, side by side, in corpus order."""
    with book_style():
        fig, (words_ax, sentences_ax) = new_figure(9, 3.6, ncols=2, sharey=True)
        colours = [doc_colours(documents["doc_id"])[doc_id] for doc_id in documents["doc_id"]]
        labels = documents["doc_id"]
        words_ax.barh(labels, documents["n_words"], color=colours)
        sentences_ax.barh(labels, documents["n_sentences"], color=colours)
        for ax, column in ((words_ax, "n_words"), (sentences_ax, "n_sentences")):
            for y, value in enumerate(documents[column]):
                ax.annotate(f"{value:,}", (value, y), xytext=(3, 0), textcoords="offset points", va="center", fontsize=8.5)
            ax.grid(axis="y", visible=False)
        words_ax.invert_yaxis()
        words_ax.set_xlabel("Words (cleaned English text)")
        sentences_ax.set_xlabel("Sentences")
        words_ax.set_title("Length of each statement")
        sentences_ax.set_title("Sentences per statement")
        fig.tight_layout()
    return fig


# --- TF-IDF and similarity (chapter "Distinctive vocabulary and distance") ---------------------


def tfidf_top_terms(top: pd.DataFrame, doc_ids: Sequence[str] | None = None) -> Figure:
    """Small multiples: each statement's top TF-IDF terms as horizontal bars, one panel per statement."""
    doc_ids = list(doc_ids or dict.fromkeys(top["doc_id"]))
    colours = doc_colours(doc_ids)
    columns = min(3, len(doc_ids))
    rows = -(-len(doc_ids) // columns)
    with book_style():
        fig, axes = new_figure(3.4 * columns, 2.9 * rows, nrows=rows, ncols=columns, sharex=True, squeeze=False)
        for ax, doc_id in zip(axes.flat, doc_ids):
            terms = top[top["doc_id"] == doc_id].sort_values("rank")
            ax.barh(terms["term"], terms["tfidf"], color=colours[doc_id])
            ax.invert_yaxis()
            ax.set_title(doc_id, fontsize=10)
            ax.grid(axis="y", visible=False)
            ax.tick_params(axis="y", labelsize=8.5)
        for ax in axes.flat[len(doc_ids) :]:
            ax.set_visible(False)
        for ax in axes.flat[max(0, len(doc_ids) - columns) : len(doc_ids)]:
            ax.set_xlabel("TF-IDF weight")
            ax.xaxis.set_tick_params(labelbottom=True)
        fig.suptitle("The most distinctive terms of each statement (TF-IDF)", fontweight="bold")
        fig.tight_layout()
    return fig


def similarity_heatmap(similarity: pd.DataFrame) -> Figure:
    """The cosine-similarity matrix as a heat map with each value written in its cell."""
    labels = list(similarity.index)
    values = similarity.to_numpy()
    off_diagonal = values[~np.eye(len(values), dtype=bool)]
    top = float(off_diagonal.max()) if off_diagonal.size else 1.0
    with book_style():
        fig, ax = new_figure(1.3 * len(labels) + 3, 1.0 * len(labels) + 1.8)
        shown = np.where(np.eye(len(values), dtype=bool), np.nan, values)
        image = ax.imshow(shown, cmap="viridis", vmin=0, vmax=top)
        for row in range(len(labels)):
            for column in range(len(labels)):
                if row == column:
                    ax.text(column, row, "—", ha="center", va="center", color="#555555")
                    continue
                value = values[row, column]
                ax.text(column, row, f"{value:.2f}", ha="center", va="center", fontsize=9,
                        color="black" if value > 0.6 * top else "white")
        ax.set_xticks(range(len(labels)), labels, rotation=30, ha="right")
        ax.set_yticks(range(len(labels)), labels)
        ax.grid(False)
        ax.set_xlabel("Statement")
        ax.set_ylabel("Statement")
        fig.colorbar(image, ax=ax, label="Cosine similarity of TF-IDF vectors", shrink=0.8)
        ax.set_title("How alike the statements' vocabularies are")
        fig.tight_layout()
    return fig


def similarity_dendrogram(linkage: np.ndarray, labels: Sequence[str], method: str = "average") -> Figure:
    """A hierarchical-clustering tree of the statements; the height of a join is the cosine distance."""
    from scipy.cluster import hierarchy

    colours = doc_colours(labels)
    with book_style():
        fig, ax = new_figure(8, 0.55 * len(labels) + 2.2)
        hierarchy.dendrogram(linkage, labels=list(labels), orientation="right", ax=ax,
                             color_threshold=0, above_threshold_color="#555555")
        for tick in ax.get_yticklabels():
            tick.set_fontweight("bold")
        ax.scatter([0] * len(labels), ax.get_yticks(), marker="s", s=50, zorder=3, clip_on=False,
                   color=[colours[tick.get_text()] for tick in ax.get_yticklabels()], edgecolor="black")
        ax.grid(axis="y", visible=False)
        ax.set_xlabel("Cosine distance (1 − cosine similarity) at which groups join")
        ax.set_ylabel("Statement")
        ax.set_title(f"Which statements group together ({method} linkage)")
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
        fig, ax = new_figure(8.5, 6.2)
        xs = coordinates[axis_names[0]]
        ys = coordinates[axis_names[1]] if len(axis_names) > 1 else pd.Series(0.0, index=coordinates.index)
        for doc_id, x, y in zip(coordinates["doc_id"], xs, ys):
            ax.scatter([x], [y], s=90, color=colours[doc_id], edgecolor="black", zorder=3)
            ax.annotate(doc_id, (x, y), xytext=(6, 6), textcoords="offset points", fontsize=9)
        ax.axhline(0, color="#999999", linewidth=0.8)
        ax.axvline(0, color="#999999", linewidth=0.8)
        ax.margins(0.25)
        ax.set_xlabel(
            f"Axis 1 ({explained[0]:.0%} of variance)\n← {axis_terms('axis 1', '-')}   |   {axis_terms('axis 1', '+')} →"
        )
        if len(explained) > 1:
            ax.set_ylabel(f"Axis 2 ({explained[1]:.0%} of variance)")
            box = {"boxstyle": "round", "facecolor": "white", "edgecolor": "#999999", "alpha": 0.9}
            ax.text(0.01, 0.98, f"↑ {axis_terms('axis 2', '+')}", transform=ax.transAxes, va="top", fontsize=8.5, bbox=box)
            ax.text(0.01, 0.02, f"↓ {axis_terms('axis 2', '-')}", transform=ax.transAxes, va="bottom", fontsize=8.5, bbox=box)
        ax.set_title("A map of the statements (PCA of TF-IDF vectors)")
        fig.tight_layout()
    return fig


def _spread(values: Sequence[float], gap: float) -> list[float]:
    """Label positions near ``values`` but at least ``gap`` apart, in the same order as ``values``."""
    order = sorted(range(len(values)), key=lambda index: values[index])
    placed: dict[int, float] = {}
    previous = -np.inf
    for index in order:
        placed[index] = max(values[index], previous + gap)
        previous = placed[index]
    shift = (max(placed.values()) - max(values)) / 2 if placed else 0.0
    return [placed[index] - shift for index in range(len(values))]


#: Pairs are labelled in the similarity-over-time figure up to this many (beyond, labels would be unreadable).
LABELLED_PAIRS_UP_TO = 21


def similarity_over_time(pairs: pd.DataFrame, rho: float) -> Figure:
    """Cosine similarity of every pair of statements against the years between them."""
    with book_style():
        fig, ax = new_figure(10, 5.2)
        for same, marker, label in ((False, "o", "different genre"), (True, "s", "same genre")):
            subset = pairs[pairs["same_genre"] == same]
            if not subset.empty:
                ax.scatter(subset["years_apart"], subset["cosine"], marker=marker, s=60,
                           color=OKABE_ITO[4] if same else OKABE_ITO[0], edgecolor="black", label=label, zorder=3)
        if len(pairs) <= LABELLED_PAIRS_UP_TO:
            span = float(pairs["cosine"].max() - pairs["cosine"].min()) or 1.0
            label_ys = _spread(pairs["cosine"].tolist(), gap=span * 0.09)
            beside = matplotlib.transforms.blended_transform_factory(ax.transAxes, ax.transData)
            for row, label_y in zip(pairs.itertuples(index=False), label_ys):
                ax.annotate(f"{row.doc_a} / {row.doc_b}", (row.years_apart, row.cosine), xytext=(1.03, label_y),
                            textcoords=beside, fontsize=7.5, va="center",
                            arrowprops={"arrowstyle": "-", "color": "#AAAAAA", "linewidth": 0.6})
        ax.set_xlabel("Years between the two statements")
        ax.set_ylabel("Cosine similarity (TF-IDF)")
        ax.set_title(f"Similarity against time apart (Spearman's rho = {rho:.2f})")
        ax.margins(x=0.08, y=0.12)
        ax.legend(loc="best")
        fig.tight_layout()
    return fig
