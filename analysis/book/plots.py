"""Every figure of the book, drawn in one style (:mod:`analysis.book.style`) at the width of the text column.

Each statement keeps its colour in every chapter; positions use a separate red–blue scale; lines
and points are labelled directly where a legend can be avoided. Figures are returned, not shown,
so a notebook can ``glue`` them with a caption and alt text. The figures of the stance and
synthesis chapters and the benchmark are in :mod:`analysis.book.plots_stance`, re-exported here.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd
from matplotlib.figure import Figure

from analysis.book.style import (  # noqa: F401  (re-exported: the chapters import them from here)
    CATEGORY_GREYS,
    COLUMN_WIDTH,
    OKABE_ITO,
    SMALLEST_FONT,
    STANCE_COLOURS,
    STATEMENT_PALETTE,
    STYLE,
    book_style,
    doc_colours,
    new_figure,
    stance_cmap,
    use_svg_in_notebooks,
)

use_svg_in_notebooks()

#: Marker shapes, so statements can be told apart without colour (one per statement, in order).
MARKERS = ["o", "s", "^", "D", "v", "P", "X", "h", "<", ">"]


def doc_markers(doc_ids: Sequence[str]) -> dict[str, str]:
    """One marker shape per statement, in corpus order (a second cue beside colour)."""
    return {doc_id: MARKERS[index % len(MARKERS)] for index, doc_id in enumerate(doc_ids)}


def timeline(documents: pd.DataFrame) -> Figure:
    """The statements on a time line, one row each, labelled with id, kind of speaker and date.

    One row per statement means labels cannot collide however close two dates are; a label sits on
    the side of its dot with more room.
    """
    dated = documents[documents["date"] != ""].reset_index(drop=True)
    dates = pd.to_datetime(dated["date"])
    colours = doc_colours(documents["doc_id"])
    with book_style():
        fig, ax = new_figure(COLUMN_WIDTH, 0.42 * len(dated) + 1.1)
        if len(dates):
            span = (dates.max() - dates.min()) or pd.Timedelta(days=365)
            start, end = dates.min() - span * 0.04, dates.max() + span * 0.04
            ax.set_xlim(start, end)
            middle = start + (end - start) / 2
        for y, (date, row) in enumerate(zip(dates, dated.itertuples())):
            ax.scatter([date], [y], color=colours[row.doc_id], s=70, edgecolor="black", linewidth=0.6, zorder=3)
            right = date < middle
            ax.annotate(
                f"{row.doc_id} · {row.actor_type} · {date:%d %b %Y}",
                (date, y),
                xytext=(8 if right else -8, 0),
                textcoords="offset points",
                ha="left" if right else "right",
                va="center",
                fontsize=9,
            )
        ax.set_ylim(len(dated) - 0.4, -0.6)
        ax.set_yticks([])
        ax.grid(axis="y", visible=False)
        ax.spines["left"].set_visible(False)
        ax.set_xlabel("Date of the statement")
        fig.tight_layout()
    return fig


def corpus_size(documents: pd.DataFrame) -> Figure:
    """Words and sentences per statement, side by side, in corpus order, the count at each bar end."""
    with book_style():
        fig, (words_ax, sentences_ax) = new_figure(COLUMN_WIDTH, 0.4 * len(documents) + 1.3, ncols=2, sharey=True)
        colours = [doc_colours(documents["doc_id"])[doc_id] for doc_id in documents["doc_id"]]
        for ax, column in ((words_ax, "n_words"), (sentences_ax, "n_sentences")):
            ax.barh(documents["doc_id"], documents[column], color=colours)
            for y, value in enumerate(documents[column]):
                ax.annotate(
                    f"{value:,}",
                    (value, y),
                    xytext=(3, 0),
                    textcoords="offset points",
                    va="center",
                    fontsize=SMALLEST_FONT,
                )
            ax.grid(axis="y", visible=False)
            ax.margins(x=0.22)
        words_ax.invert_yaxis()
        words_ax.set_xlabel("Words (cleaned English text)")
        sentences_ax.set_xlabel("Sentences")
        fig.tight_layout()
    return fig


def _panel_grid(n_panels: int, panel_height: float, columns: int = 2, **subplots: object):
    """Small multiples across the column, one panel per statement; unused panels hidden."""
    columns = max(1, min(columns, n_panels))
    rows = -(-n_panels // columns)
    fig, axes = new_figure(
        COLUMN_WIDTH, panel_height * rows + 0.5, nrows=rows, ncols=columns, squeeze=False, **subplots
    )
    for ax in axes.flat[n_panels:]:
        ax.set_visible(False)
    return fig, axes.flat[:n_panels]


def bar_panels(
    rows_of, doc_ids: Sequence[str], value: str, label: str, xlabel: str, note=None, panel_height: float = 2.1
) -> Figure:
    """Small multiples of horizontal bars in each statement's colour, with an optional note at each bar end."""
    colours = doc_colours(doc_ids)
    fig, axes = _panel_grid(len(doc_ids), panel_height, sharex=True)
    for ax, doc_id in zip(axes, doc_ids):
        rows = rows_of(doc_id)
        ax.barh(range(len(rows)), rows[value], color=colours[doc_id])
        ax.set_yticks(range(len(rows)), rows[label])
        for y, text in enumerate(note(rows) if note else []):
            ax.annotate(
                text,
                (rows[value].iloc[y], y),
                xytext=(2, 0),
                textcoords="offset points",
                va="center",
                fontsize=SMALLEST_FONT,
                color="#444444",
            )
        ax.invert_yaxis()
        ax.set_title(doc_id, fontsize=9.5)
        ax.grid(axis="y", visible=False)
        ax.set_xlabel(xlabel)
        ax.xaxis.set_tick_params(labelbottom=True)
        ax.margins(x=0.2)
    fig.tight_layout()
    return fig


# --- TF-IDF and similarity (chapter "Distinctive vocabulary and distance") ---------------------


def spread_positions(values: Sequence[float], gap: float) -> list[float]:
    """Label positions near ``values`` but at least ``gap`` apart, in the same order as ``values``."""
    order = sorted(range(len(values)), key=lambda index: values[index])
    placed: dict[int, float] = {}
    previous = -np.inf
    for index in order:
        placed[index] = max(values[index], previous + gap)
        previous = placed[index]
    shift = (max(placed.values()) - max(values)) / 2 if placed else 0.0
    return [placed[index] - shift for index in range(len(values))]


def top_frequencies(top: pd.DataFrame, doc_ids: Sequence[str] | None = None) -> Figure:
    """Small multiples: each statement's most frequent terms, per 1,000 words, raw count at the bar end."""
    doc_ids = list(doc_ids or dict.fromkeys(top["doc_id"]))
    with book_style():
        return bar_panels(
            lambda doc: top[top["doc_id"] == doc].reset_index(drop=True),
            doc_ids,
            "per_1000",
            "term",
            "per 1,000 words",
            note=lambda rows: [str(freq) for freq in rows["freq"]],
            panel_height=2.3,
        )


def key_terms_plot(
    key: pd.DataFrame, doc_ids: Sequence[str] | None = None, reference: str = "the other statements"
) -> Figure:
    """Small multiples of key terms: position = Log Ratio (effect size), dot area = G2 (evidence).

    A filled dot survives the correction for multiple testing; a hollow one was tested and does not.
    The G2 value is printed next to each dot, so both numbers can be read off the figure. Against
    general English (no G2, no test) every dot has one size, is filled, and the number printed is
    how many times as frequent the term is.
    """
    doc_ids = list(doc_ids or dict.fromkeys(key["doc_id"]))
    colours = doc_colours(doc_ids)
    untested = key["g2"].isna().all()
    scale = 0.0 if untested else 200 / max(float(key["g2"].max()), 1.0)
    lo, hi = float(key["log_ratio"].min()), float(key["log_ratio"].max())
    with book_style():
        fig, axes = _panel_grid(len(doc_ids), 2.4, sharex=True)
        for ax, doc_id in zip(axes, doc_ids):
            rows = key[key["doc_id"] == doc_id].reset_index(drop=True)
            y = np.arange(len(rows))
            filled = rows["significant_corrected"].to_numpy(dtype=bool) | untested
            sizes = (12 + scale * rows["g2"].fillna(0)).to_numpy() + (40 if untested else 0)
            ax.scatter(
                rows["log_ratio"][filled],
                y[filled],
                s=sizes[filled],
                color=colours[doc_id],
                edgecolor="#333333",
                linewidth=0.6,
                zorder=3,
            )
            ax.scatter(
                rows["log_ratio"][~filled],
                y[~filled],
                s=sizes[~filled],
                facecolor="white",
                edgecolor="#555555",
                linewidth=1.2,
                zorder=3,
            )
            for row, position in zip(rows.itertuples(), y):
                ax.annotate(
                    f"{2**row.log_ratio:,.0f}×" if untested else f"{row.g2:.0f}",
                    (row.log_ratio, position),
                    xytext=(8, 0),
                    textcoords="offset points",
                    va="center",
                    fontsize=SMALLEST_FONT,
                    color="#444444",
                )
            ax.set_yticks(y, rows["term"])
            ax.set_ylim(len(rows) - 0.5, -0.5)
            ax.set_title(doc_id, fontsize=9.5)
            ax.grid(axis="y", visible=False)
            ax.set_xlabel("Log Ratio")
            ax.xaxis.set_tick_params(labelbottom=True)
            ax.set_xlim(min(0, lo) - 0.5, hi + 0.35 * (hi - min(0, lo)) + 1)
        fig.tight_layout()
    return fig


def keyness_landscape(table: pd.DataFrame, doc_ids: Sequence[str] | None = None) -> Figure:
    """Every tested term as a point: Log Ratio (how big) against G2 (how sure), one panel per statement.

    Each statement has its own panel (named above it) and its own colour, so the statements are told
    apart without colour; the strongest term of each is labelled. A filled dot survives the
    correction for multiple testing (with the p-value of the test its row got, G2 or Fisher), a
    hollow one does not. The dashed line marks G2 = 3.84 (p < 0.05 for one test, if the chi-square
    approximation held); dotted lines mark Log Ratio = -1 and 1.
    """
    doc_ids = list(doc_ids or dict.fromkeys(table["doc_id"]))
    colours = doc_colours(doc_ids)
    with book_style():
        fig, axes = _panel_grid(len(doc_ids), 2.2, sharex=True, sharey=True)
        for ax, doc_id in zip(axes, doc_ids):
            rows = table[table["doc_id"] == doc_id]
            filled = rows["significant_corrected"].to_numpy(dtype=bool)
            for chosen, face in ((~filled, "white"), (filled, colours[doc_id])):
                ax.scatter(
                    rows["log_ratio"][chosen],
                    rows["g2"][chosen],
                    s=16,
                    alpha=0.8,
                    facecolor=face,
                    edgecolor=colours[doc_id] if face == "white" else "#333333",
                    linewidth=0.8 if face == "white" else 0.3,
                    zorder=3,
                )
            if not rows.empty:
                best = rows.loc[rows["g2"].idxmax()]
                # a leader line ties the label to its own dot, above it (below it near the top of the panel)
                near_top = best["g2"] > 0.8 * table["g2"].max()
                ax.annotate(
                    str(best["term"]),
                    (best["log_ratio"], best["g2"]),
                    xytext=(-24, -12 if near_top else 12),
                    textcoords="offset points",
                    ha="right",
                    va="top" if near_top else "bottom",
                    fontsize=SMALLEST_FONT,
                    arrowprops={"arrowstyle": "-", "color": "#333333", "linewidth": 0.6, "shrinkB": 3},
                )
            ax.axhline(3.84, color="#555555", linestyle="--", linewidth=1)
            for bound in (-1, 1):
                ax.axvline(bound, color="#555555", linestyle=":", linewidth=1)
            ax.set_title(doc_id, fontsize=9.5)
            ax.set_xlabel("Log Ratio")
            ax.xaxis.set_tick_params(labelbottom=True)
            ax.yaxis.set_tick_params(labelleft=True)
            ax.set_ylabel("G²")
        # the key sits above the panels, where no line or dot can cross it
        fig.text(
            0.01,
            0.995,
            "filled: significant after correction; dashed: G² = 3.84; dotted: Log Ratio = -1 and 1",
            va="top",
            fontsize=SMALLEST_FONT,
            color="#333333",
        )
        fig.tight_layout(rect=(0, 0, 1, 0.96))
    return fig


def dispersion_plot(hits: pd.DataFrame, queries: Sequence[str], doc_ids: Sequence[str]) -> Figure:
    """Where each term occurs in each statement: one row per term, one tick per occurrence (0 = start, 1 = end)."""
    colours = doc_colours(doc_ids)
    with book_style():
        fig, axes = new_figure(
            COLUMN_WIDTH,
            0.2 * len(queries) * len(doc_ids) + 0.45 * len(doc_ids) + 0.6,
            nrows=len(doc_ids),
            sharex=True,
            squeeze=False,
        )
        for ax, doc_id in zip(axes.flat, doc_ids):
            for y, query in enumerate(queries):
                positions = hits.loc[(hits["doc_id"] == doc_id) & (hits["query"] == query), "position"]
                ax.scatter(positions, [y] * len(positions), marker="|", s=70, linewidths=1.6, color=colours[doc_id])
            ax.set_yticks(range(len(queries)), queries, fontsize=SMALLEST_FONT)
            ax.set_ylim(len(queries) - 0.5, -0.5)
            ax.set_xlim(0, 1)
            ax.set_title(doc_id, fontsize=9, loc="left", pad=2)
            ax.grid(axis="y", visible=False)
        axes.flat[-1].set_xlabel("Position in the statement (0 = first word, 1 = last word)")
        fig.tight_layout(h_pad=0.3)
    return fig


def collocation_bars(table: pd.DataFrame, doc_ids: Sequence[str], n: int = 5) -> Figure:
    """Small multiples: each statement's strongest collocations by log-likelihood, PMI printed at the bar end."""

    def rows_of(doc_id: str) -> pd.DataFrame:
        rows = table[table["doc_id"] == doc_id].head(n)
        return rows.assign(pair=rows["word_1"] + " + " + rows["word_2"])

    with book_style():
        fig = bar_panels(
            rows_of,
            doc_ids,
            "log_likelihood",
            "pair",
            "log-likelihood",
            note=lambda rows: [f"PMI {pmi:.1f}" for pmi in rows["pmi"]],
            panel_height=1.8,
        )
        for ax, doc_id in zip(fig.axes, doc_ids):
            if rows_of(doc_id).empty:
                ax.text(
                    0.5,
                    0.5,
                    "no pair seen twice",
                    transform=ax.transAxes,
                    ha="center",
                    fontsize=SMALLEST_FONT,
                    color="#444444",
                )
    return fig


from analysis.book.plots_similarity import (  # noqa: E402,F401  (the TF-IDF and similarity figures, re-exported)
    map_of_statements,
    similarity_dendrogram,
    similarity_heatmap,
    similarity_over_time,
    tfidf_top_terms,
)
from analysis.book.plots_stance import (  # noqa: E402,F401  (the stance and synthesis figures, re-exported)
    benchmark_plot,
    directive_addressees_plot,
    discourse_over_time,
    marker_profile_plot,
    sentiment_stance_plot,
    stance_matrix_plot,
    verb_profile_plot,
)
