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
