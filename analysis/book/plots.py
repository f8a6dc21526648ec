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


# --- Chapter "Words that matter": frequency, keyness, dispersion, collocations -------------------


def _panel_grid(n_panels: int, panel_width: float, panel_height: float, columns: int = 3, **subplots: object):
    """A grid of small multiples, one panel per statement; unused panels hidden."""
    columns = max(1, min(columns, n_panels))
    rows = -(-n_panels // columns)
    fig, axes = new_figure(panel_width * columns, panel_height * rows, nrows=rows, ncols=columns, squeeze=False, **subplots)
    for ax in axes.flat[n_panels:]:
        ax.set_visible(False)
    return fig, axes.flat[:n_panels]


def top_frequencies(top: pd.DataFrame, doc_ids: Sequence[str] | None = None) -> Figure:
    """Small multiples: each statement's most frequent terms, per 1,000 words, raw count at the bar end."""
    doc_ids = list(doc_ids or dict.fromkeys(top["doc_id"]))
    colours = doc_colours(doc_ids)
    with book_style():
        fig, axes = _panel_grid(len(doc_ids), 3.5, 3.0, sharex=True)
        for ax, doc_id in zip(axes, doc_ids):
            rows = top[top["doc_id"] == doc_id]
            ax.barh(rows["term"], rows["per_1000"], color=colours[doc_id])
            for y, (rate, freq) in enumerate(zip(rows["per_1000"], rows["freq"])):
                ax.annotate(str(freq), (rate, y), xytext=(2, 0), textcoords="offset points", va="center", fontsize=7.5, color="#444444")
            ax.invert_yaxis()
            ax.set_title(doc_id, fontsize=10)
            ax.grid(axis="y", visible=False)
            ax.tick_params(axis="y", labelsize=8.5)
            ax.set_xlabel("per 1,000 words")
            ax.xaxis.set_tick_params(labelbottom=True)
        fig.suptitle("The most frequent terms of each statement (stop words removed; raw count at bar end)", fontweight="bold")
        fig.tight_layout()
    return fig


def key_terms_plot(key: pd.DataFrame, doc_ids: Sequence[str] | None = None, reference: str = "the other statements") -> Figure:
    """Small multiples of key terms: position = Log Ratio (effect size), dot area = G2 (evidence).

    A filled dot survives the correction for multiple testing; a hollow one does not. The G2 value
    is printed next to each dot, so both numbers can be read off the figure.
    """
    doc_ids = list(doc_ids or dict.fromkeys(key["doc_id"]))
    colours = doc_colours(doc_ids)
    scale = 260 / max(float(key["g2"].max()), 1.0)
    with book_style():
        fig, axes = _panel_grid(len(doc_ids), 3.6, 3.1, sharex=True)
        for ax, doc_id in zip(axes, doc_ids):
            rows = key[key["doc_id"] == doc_id].reset_index(drop=True)
            y = np.arange(len(rows))
            filled = rows["significant_corrected"].to_numpy(dtype=bool)
            sizes = 15 + scale * rows["g2"]
            ax.scatter(rows["log_ratio"][filled], y[filled], s=sizes[filled], color=colours[doc_id], edgecolor="#333333", linewidth=0.6, zorder=3)
            ax.scatter(rows["log_ratio"][~filled], y[~filled], s=sizes[~filled], facecolor="white", edgecolor="#555555", linewidth=1.2, zorder=3)
            for row, position in zip(rows.itertuples(), y):
                ax.annotate(f"G2 {row.g2:.1f}", (row.log_ratio, position), xytext=(9, 0), textcoords="offset points", va="center", fontsize=7, color="#444444")
            ax.set_yticks(y, rows["term"], fontsize=8.5)
            ax.set_ylim(len(rows) - 0.5, -0.5)
            ax.set_title(doc_id, fontsize=10)
            ax.grid(axis="y", visible=False)
            ax.set_xlabel("Log Ratio (1 = twice as frequent)")
            ax.xaxis.set_tick_params(labelbottom=True)
        lo, hi = float(key["log_ratio"].min()), float(key["log_ratio"].max())
        for ax in axes:
            ax.set_xlim(min(0, lo) - 0.5, hi + 0.3 * (hi - min(0, lo)) + 1)
        fig.suptitle(f"Key terms against {reference}: filled = significant after correction, hollow = not", fontweight="bold")
        fig.tight_layout()
    return fig


def keyness_landscape(table: pd.DataFrame, doc_ids: Sequence[str] | None = None, corrected: tuple[float, float] | None = None) -> Figure:
    """Every tested term as a dot: Log Ratio (how big) against G2 (how sure), one colour per statement.

    The dashed line marks G2 = 3.84 (p < 0.05 for one test); the grey band, if given as
    ``(lowest, highest)``, the G2 a term needs to survive the correction for multiple testing (it
    depends on how many terms each statement had tested). Dotted lines mark Log Ratio = -1 and 1.
    """
    doc_ids = list(doc_ids or dict.fromkeys(table["doc_id"]))
    colours = doc_colours(doc_ids)
    with book_style():
        fig, ax = new_figure(8.5, 4.8)
        for doc_id in doc_ids:
            rows = table[table["doc_id"] == doc_id]
            ax.scatter(rows["log_ratio"], rows["g2"], s=24, alpha=0.8, color=colours[doc_id], edgecolor="#333333", linewidth=0.3, label=doc_id, zorder=3)
        left = ax.get_xlim()[0]
        ax.axhline(3.84, color="#555555", linestyle="--", linewidth=1)
        ax.annotate("p < 0.05 for one test", (left, 3.84), xytext=(4, 3), textcoords="offset points", fontsize=8)
        if corrected is not None:
            ax.axhspan(corrected[0], corrected[1], color="#BBBBBB", alpha=0.5, zorder=1)
            ax.annotate("needed after Bonferroni correction", (left, corrected[1]), xytext=(4, 3), textcoords="offset points", fontsize=8)
        for bound in (-1, 1):
            ax.axvline(bound, color="#555555", linestyle=":", linewidth=1)
        ax.set_xlabel("Log Ratio (effect size; dotted: half or twice as frequent)")
        ax.set_ylabel("Log-likelihood G2 (evidence)")
        ax.set_title("How big a difference is, and how sure we can be of it")
        ax.legend(fontsize=8, loc="upper left", bbox_to_anchor=(1.0, 1.0))
        fig.tight_layout()
    return fig


def dispersion_plot(hits: pd.DataFrame, queries: Sequence[str], doc_ids: Sequence[str]) -> Figure:
    """Where each term occurs in each statement: one row per term, one tick per occurrence (0 = start, 1 = end)."""
    colours = doc_colours(doc_ids)
    with book_style():
        fig, axes = new_figure(8.5, 0.32 * len(queries) * len(doc_ids) + 1.2, nrows=len(doc_ids), sharex=True, squeeze=False)
        for ax, doc_id in zip(axes.flat, doc_ids):
            for y, query in enumerate(queries):
                positions = hits.loc[(hits["doc_id"] == doc_id) & (hits["query"] == query), "position"]
                ax.scatter(positions, [y] * len(positions), marker="|", s=110, linewidths=1.8, color=colours[doc_id])
            ax.set_yticks(range(len(queries)), queries, fontsize=8)
            ax.set_ylim(len(queries) - 0.5, -0.5)
            ax.set_xlim(0, 1)
            ax.set_ylabel(doc_id, rotation=0, ha="right", va="center", fontsize=8.5, fontweight="bold")
            ax.grid(axis="y", visible=False)
        axes.flat[-1].set_xlabel("Position in the statement (0 = first word, 1 = last word)")
        axes.flat[0].set_title("Lexical dispersion: where the key terms fall in each statement")
        fig.tight_layout(h_pad=0.4)
    return fig


def collocation_bars(table: pd.DataFrame, doc_ids: Sequence[str], n: int = 5) -> Figure:
    """Small multiples: each statement's strongest collocations by log-likelihood, PMI printed at the bar end."""
    colours = doc_colours(doc_ids)
    with book_style():
        fig, axes = _panel_grid(len(doc_ids), 3.6, 2.4, sharex=True)
        for ax, doc_id in zip(axes, doc_ids):
            rows = table[table["doc_id"] == doc_id].head(n)
            labels = rows["word_1"] + " + " + rows["word_2"]
            ax.barh(labels, rows["log_likelihood"], color=colours[doc_id])
            for y, (score, pmi) in enumerate(zip(rows["log_likelihood"], rows["pmi"])):
                ax.annotate(f"PMI {pmi:.1f}", (score, y), xytext=(2, 0), textcoords="offset points", va="center", fontsize=7, color="#444444")
            if rows.empty:
                ax.text(0.5, 0.5, "no pair seen twice", transform=ax.transAxes, ha="center", fontsize=8.5, color="#444444")
                ax.set_yticks([])
            ax.set_ylim(n - 0.5, -0.5)
            ax.set_title(doc_id, fontsize=10)
            ax.grid(axis="y", visible=False)
            ax.tick_params(axis="y", labelsize=8)
            ax.set_xlabel("log-likelihood")
            ax.xaxis.set_tick_params(labelbottom=True)
        fig.suptitle("Strongest collocations (adjacent pairs seen at least twice)", fontweight="bold")
        fig.tight_layout()
    return fig


def discourse_over_time(profile: pd.DataFrame, documents: pd.DataFrame, target_names: dict[str, str]) -> Figure:
    """Statements (columns, in time order) × stance targets (rows): dot area = share of sentences, colour = position.

    Thin evidence (fewer than three stance-bearing sentences) is drawn as a hollow grey dot, so a
    single sentence is never coloured as a position.
    """
    with book_style():
        doc_ids = documents["doc_id"].tolist()
        labels = [f"{doc}\n{date[:4]}" for doc, date in zip(doc_ids, documents["date"])]
        targets = list(target_names)
        fig, ax = new_figure(9.5, 5.2)
        colours = {"for": STANCE_COLOURS["favor"], "against": STANCE_COLOURS["against"], "mixed": "#777777"}
        for row in profile.itertuples():
            x, y = doc_ids.index(row.doc_id), targets.index(row.target)
            if row.salience == 0:
                continue
            size = 60 + 1400 * row.share
            if row.position == "thin":
                ax.scatter(x, y, s=size, facecolors="none", edgecolors="#999999", linewidths=1.2)
            else:
                ax.scatter(x, y, s=size, color=colours[row.position], alpha=0.85, edgecolors="white")
            ax.annotate(f"{row.salience}", (x, y), ha="center", va="center", fontsize=7.5,
                        color="black" if row.position in ("thin", "mixed") else "white")
        ax.set_xticks(range(len(doc_ids)), labels, fontsize=8, rotation=25, ha="right")
        ax.set_yticks(range(len(targets)), [target_names[t] for t in targets])
        ax.set_xlim(-0.6, len(doc_ids) - 0.4)
        ax.set_ylim(len(targets) - 0.5, -0.5)
        handles = [
            plt.Line2D([], [], marker="o", linestyle="", markersize=9, color=STANCE_COLOURS["favor"], label="for"),
            plt.Line2D([], [], marker="o", linestyle="", markersize=9, color=STANCE_COLOURS["against"], label="against"),
            plt.Line2D([], [], marker="o", linestyle="", markersize=9, color="#777777", label="mixed"),
            plt.Line2D([], [], marker="o", linestyle="", markersize=9, markerfacecolor="none", markeredgecolor="#999999", label="thin evidence (< 3 sentences)"),
        ]
        ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.01, 1), fontsize=8.5, title="net position")
        ax.set_xlabel("Statement, in time order")
        ax.set_ylabel("Stance target")
        ax.set_title("What each statement takes a position on (dot area: share of its sentences)")
        ax.grid(True, alpha=0.2)
        fig.tight_layout()
    return fig


# --- Stance comparison (chapter "Who wants what, and how firmly") ------------------------------


def stance_matrix_plot(doc_stance: pd.DataFrame, doc_ids: Sequence[str], targets: Sequence[str]) -> Figure:
    """Statements (rows, time order) × targets: colour = net position, text = net and salience; thin cells hatched grey."""
    from matplotlib.colors import LinearSegmentedColormap
    from matplotlib.patches import Patch, Rectangle

    cmap = LinearSegmentedColormap.from_list("stance", [STANCE_COLOURS["against"], "#FFFFFF", STANCE_COLOURS["favor"]])
    cells = doc_stance.set_index(["doc_id", "target"])
    with book_style():
        fig, ax = new_figure(1.05 * len(targets) + 3, 0.62 * len(doc_ids) + 2.2)
        for y, doc_id in enumerate(doc_ids):
            for x, target in enumerate(targets):
                row = cells.loc[(doc_id, target)]
                thin = bool(row["thin_evidence"]) or row["salience"] == 0
                face = "#F2F2F2" if thin else cmap((row["net"] + 1) / 2)
                ax.add_patch(Rectangle((x - 0.5, y - 0.5), 1, 1, facecolor=face, edgecolor="white", linewidth=2,
                                       hatch="///" if thin and row["salience"] > 0 else None))
                text = "–" if row["salience"] == 0 else (f"○ {int(row['salience'])}" if thin else f"{row['net']:+.2f}\nn={int(row['salience'])}")
                dark = not thin and abs(row["net"]) > 0.6
                ax.text(x, y, text, ha="center", va="center", fontsize=7.5, color="white" if dark else "#222222")
        ax.set_xlim(-0.5, len(targets) - 0.5)
        ax.set_ylim(len(doc_ids) - 0.5, -0.5)
        ax.set_xticks(range(len(targets)), [t.replace("_", " ") for t in targets], rotation=30, ha="right")
        ax.set_yticks(range(len(doc_ids)), list(doc_ids))
        ax.grid(False)
        scale = fig.colorbar(plt.cm.ScalarMappable(cmap=cmap, norm=plt.Normalize(-1, 1)), ax=ax, fraction=0.03, pad=0.02)
        scale.set_label("net position: −1 all against, +1 all favour")
        ax.legend(handles=[Patch(facecolor="#F2F2F2", hatch="///", edgecolor="#999999", label="○ thin evidence (< 3 sentences)")],
                  loc="upper left", bbox_to_anchor=(0, -0.28), fontsize=8)
        ax.set_xlabel("Stance target")
        ax.set_ylabel("Statement (time order)")
        ax.set_title("Net position of each statement on each target (n = stance-bearing sentences)")
        fig.tight_layout()
    return fig


def verb_profile_plot(profile: pd.DataFrame, directives: pd.DataFrame, doc_ids: Sequence[str],
                      classes: Sequence[str], strengths: Sequence[str]) -> Figure:
    """Left: diplomatic verbs per 1,000 words by class, stacked; right: directives per 1,000 words by strength."""
    strength_colours = ["#C6DBEF", "#6BAED6", "#2171B5", "#08306B"]
    with book_style():
        fig, (left, right) = new_figure(11, 0.55 * len(doc_ids) + 2.4, ncols=2, sharey=True)
        for ax, table, column, levels, colours in (
            (left, profile, "verb_class", classes, OKABE_ITO),
            (right, directives, "strength_label", strengths, strength_colours),
        ):
            wide = table.pivot(index="doc_id", columns=column, values="per_1k").reindex(index=list(doc_ids), columns=list(levels)).fillna(0)
            start = np.zeros(len(wide))
            for level, colour in zip(levels, colours):
                ax.barh(range(len(wide)), wide[level], left=start, color=colour, label=level, edgecolor="white")
                start += wide[level].to_numpy()
            ax.set_yticks(range(len(wide)), list(wide.index))
            ax.grid(axis="y", visible=False)
            ax.set_xlabel("hits per 1,000 words")
        left.invert_yaxis()
        left.legend(title="verb class", loc="upper left", bbox_to_anchor=(0, -0.18), ncol=3, fontsize=8)
        right.legend(title="directive strength (weak → strong)", loc="upper left", bbox_to_anchor=(0, -0.18), ncol=4, fontsize=8)
        left.set_title("Diplomatic verbs by class")
        right.set_title("Directives by strength")
        fig.tight_layout()
    return fig


def directive_addressees_plot(addressees: pd.DataFrame, doc_ids: Sequence[str], order: Sequence[str]) -> Figure:
    """Stacked bars: how many of each statement's directives are addressed to each party."""
    with book_style():
        fig, ax = new_figure(9, 0.55 * len(doc_ids) + 2.2)
        wide = addressees.pivot(index="doc_id", columns="addressee", values="count").reindex(index=list(doc_ids), columns=list(order)).fillna(0)
        start = np.zeros(len(wide))
        colours = [OKABE_ITO[5], OKABE_ITO[0], OKABE_ITO[4], OKABE_ITO[2], "#BBBBBB"]
        for level, colour in zip(order, colours):
            ax.barh(range(len(wide)), wide[level], left=start, color=colour, label=level, edgecolor="white")
            for y, (value, left) in enumerate(zip(wide[level], start)):
                if value:
                    ax.text(left + value / 2, y, str(int(value)), ha="center", va="center", fontsize=8)
            start += wide[level].to_numpy()
        ax.set_yticks(range(len(wide)), list(wide.index))
        ax.invert_yaxis()
        ax.grid(axis="y", visible=False)
        ax.set_xlabel("Directives (count)")
        ax.legend(title="addressed to", loc="upper left", bbox_to_anchor=(1.01, 1), fontsize=8.5)
        ax.set_title("Whom the directives are addressed to")
        fig.tight_layout()
    return fig


def marker_profile_plot(profile: pd.DataFrame, doc_ids: Sequence[str], categories: Sequence[str], names: dict[str, str]) -> Figure:
    """One panel per Hyland category: each statement's rate per 1,000 words with its exact Poisson 95% interval."""
    colours = doc_colours(doc_ids)
    with book_style():
        fig, axes = new_figure(2.5 * len(categories) + 1, 0.5 * len(doc_ids) + 2, ncols=len(categories), sharey=True, squeeze=False)
        for ax, category in zip(axes.flat, categories):
            rows = profile[profile["category"] == category].set_index("doc_id").reindex(list(doc_ids))
            for y, (doc_id, row) in enumerate(rows.iterrows()):
                ax.plot([row["per_1k_low"], row["per_1k_high"]], [y, y], color=colours[doc_id], linewidth=2)
                ax.scatter([row["per_1k"]], [y], color=colours[doc_id], s=40, zorder=3, edgecolors="black", linewidths=0.5)
            ax.set_title(names.get(category, category), fontsize=10)
            ax.set_xlabel("per 1,000 words")
            ax.set_xlim(left=0)
            ax.grid(axis="y", visible=False)
        axes.flat[0].set_yticks(range(len(doc_ids)), list(doc_ids))
        axes.flat[0].invert_yaxis()
        fig.suptitle("Stance and engagement markers (Hyland): rate with exact Poisson 95% interval", fontweight="bold")
        fig.tight_layout()
    return fig


def sentiment_stance_plot(table: pd.DataFrame, highlight: str | None = None, seed: int = 7) -> Figure:
    """Each sentence's VADER compound score (x) by its stance position (rows), jittered with a fixed seed."""
    positions = ["favor", "against", "mixed", "none"]
    colours = {"favor": STANCE_COLOURS["favor"], "against": STANCE_COLOURS["against"], "mixed": "#777777", "none": "#BBBBBB"}
    rng = np.random.default_rng(seed)
    with book_style():
        fig, ax = new_figure(9, 4.2)
        for y, position in enumerate(positions):
            rows = table[table["position"] == position]
            jitter = rng.uniform(-0.22, 0.22, len(rows))
            ax.scatter(rows["compound"], y + jitter, color=colours[position], s=28, alpha=0.85, edgecolors="white", linewidths=0.5)
            if highlight is not None and highlight in set(rows["sent_id"]):
                row_index = list(rows["sent_id"]).index(highlight)
                x = float(rows["compound"].iloc[row_index])
                ax.scatter([x], [y + jitter[row_index]], s=140, facecolors="none", edgecolors="black", linewidths=1.5, zorder=4)
                ax.annotate(highlight, (x, y + jitter[row_index]), xytext=(12, -22), textcoords="offset points", fontsize=8,
                            arrowprops={"arrowstyle": "-", "color": "black"})
        ax.axvspan(-0.05, 0.05, color="#DDDDDD", alpha=0.5, zorder=0)
        ax.set_yticks(range(len(positions)), [f"{p}\n(n={int((table['position'] == p).sum())})" for p in positions])
        ax.set_ylim(len(positions) - 0.5, -0.5)
        ax.set_xlim(-1.05, 1.05)
        ax.set_xlabel("VADER compound score (−1 negative tone, +1 positive tone; grey band: neutral)")
        ax.set_ylabel("Stance position of the sentence")
        ax.set_title("Tone is not position: sentiment of each sentence by its stance")
        fig.tight_layout()
    return fig


def benchmark_plot(table: pd.DataFrame) -> Figure:
    """The benchmark: seconds per stage against corpus size (log-log), beside the baselines, and peak memory.

    ``table`` is ``benchmarks/results/benchmark.csv``: rows of ``kind`` "stage", "run" and
    "baseline" with ``size_mb``, ``stage``, ``seconds`` and ``peak_mb``.
    """
    stages = table[table["kind"] == "stage"]
    run = table[table["kind"] == "run"]
    baseline = table[table["stage"] == "baselines together"]
    fig, (left, right) = new_figure(11, 4.6, ncols=2, gridspec_kw={"width_ratios": [1.6, 1]})
    with book_style():
        for colour, (stage, rows) in zip(OKABE_ITO, stages.groupby("stage", sort=False)):
            left.plot(rows["size_mb"], rows["seconds"], marker="o", color=colour, label=stage)
        left.plot(run["size_mb"], run["seconds"], marker="s", color="#000000", linewidth=2.2, label="whole run")
        left.plot(baseline["size_mb"], baseline["seconds"], marker="^", color="#000000", linestyle="--",
                  label="baselines together (scikit-learn + VADER)")
        left.set_xscale("log")
        left.set_yscale("log")
        left.set_xlabel("Corpus size (MB of JSONL, log scale)")
        left.set_ylabel("Wall time (seconds, log scale)")
        left.set_title("Time per stage grows in step with the corpus")
        left.legend(fontsize=8, loc="upper left")
        right.plot(run["size_mb"], run["peak_mb"], marker="s", color="#000000", label="whole run (peak of any stage)")
        right.plot(baseline["size_mb"], baseline["peak_mb"], marker="^", color="#000000", linestyle="--", label="baselines")
        right.axhline(2048, color=OKABE_ITO[5], linestyle=":", label="2 GB target")
        right.set_xscale("log")
        right.set_xlabel("Corpus size (MB of JSONL, log scale)")
        right.set_ylabel("Peak resident memory (MB)")
        right.set_title("Peak memory")
        right.legend(fontsize=8, loc="upper left")
        fig.tight_layout()
    return fig
