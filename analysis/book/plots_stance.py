"""The figures of the stance and synthesis chapters and of the performance appendix.

Positions use the diverging red (against) – blue (favour) scale of :mod:`analysis.book.style`;
categories (verb classes, directive strength, addressees) are grids of grey cells with their values
written in, read by their row and column labels, never by a colour that could mean a statement.
"""

from __future__ import annotations

import textwrap
from collections.abc import Iterable, Sequence

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib.figure import Figure
from matplotlib.patches import Patch, Rectangle

from analysis.book.style import (
    COLUMN_WIDTH,
    SMALLEST_FONT,
    STANCE_COLOURS,
    book_style,
    doc_colours,
    new_figure,
    stance_cmap,
)
from analysis.book.tables_format import decision_name


def _label_rows(ax, labels: Sequence[str]) -> None:
    ax.set_yticks(range(len(labels)), list(labels))
    ax.set_ylim(len(labels) - 0.5, -0.5)


def _count_grid(ax, wide: pd.DataFrame, fmt: str = "{:.1f}") -> None:
    """Rows × columns of grey cells, darker for larger values, each value written in its cell."""
    values = wide.to_numpy(dtype=float)
    top = float(np.nanmax(values)) if np.isfinite(values).any() and np.nanmax(values) > 0 else 1.0
    ax.imshow(values, cmap="Greys", vmin=0, vmax=top * 1.25, aspect="auto")
    for (y, x), value in np.ndenumerate(values):
        text = "–" if not np.isfinite(value) or value == 0 else fmt.format(value)
        ax.text(
            x,
            y,
            text,
            ha="center",
            va="center",
            fontsize=SMALLEST_FONT,
            color="white" if value > 0.6 * top * 1.25 else "black",
        )
    ax.set_xticks(range(wide.shape[1]), list(wide.columns), rotation=35, ha="right")
    _label_rows(ax, list(wide.index))
    ax.grid(False)
    ax.spines[["left", "bottom"]].set_visible(False)
    ax.tick_params(length=0)


# --- Stance comparison (chapter "Who wants what, and how firmly") ------------------------------


def _lighter(colour: tuple[float, ...], towards_white: float = 0.55) -> tuple[float, ...]:
    """A colour moved ``towards_white`` of the way to white: a leaning cell is paler than a firm one."""
    return tuple(channel + (1 - channel) * towards_white for channel in colour[:3]) + (1.0,)


def _matrix_cell_text(row: pd.Series, thin: bool, leaning: bool) -> str:
    """What a matrix cell says: '–', '○n' for thin evidence, else net and salience ('?' if leaning)."""
    if row["salience"] == 0:
        return "–"
    if thin:
        return f"○{int(row['salience'])}"
    return f"{row['net']:+.1f}{'?' if leaning else ''}\n{int(row['salience'])}"


def _matrix_legend(ax) -> None:
    """The two cell kinds that are not firm positions: thin evidence and leaning, with how cells read."""
    thin = Patch(facecolor="#F2F2F2", hatch="///", edgecolor="#999999", label="○ thin evidence (< 3 sentences)")
    leaning = Patch(
        facecolor=_lighter(stance_cmap()(1.0)),
        edgecolor="#999999",
        label="? leaning (paler): could change sign within the error rates",
    )
    ax.legend(
        handles=[thin, leaning],  # how the other cells read (net position, then sentences) is in the caption
        loc="upper left",
        bbox_to_anchor=(-0.4, -0.32),
        fontsize=SMALLEST_FONT,
        ncols=1,
    )


def stance_matrix_plot(
    doc_stance: pd.DataFrame,
    doc_ids: Sequence[str],
    targets: Sequence[str],
    leaning: Iterable[tuple[str, str]] = (),
    row_names: dict[str, str] | None = None,
) -> Figure:
    """Statements (rows, time order) × targets: colour = net position, text = net and salience.

    Thin cells are hatched grey; the ``(doc_id, target)`` cells in ``leaning``
    (:func:`analysis.methods.stance_fragility.leaning_cells`) are paler and marked "?", with a
    legend entry, where the matrix table says "leaning". ``row_names`` gives each statement's reader-facing name.
    """
    cmap = stance_cmap()
    leaning = set(leaning)
    cells = doc_stance.set_index(["doc_id", "target"])
    with book_style():
        fig, ax = new_figure(COLUMN_WIDTH, 0.55 * len(doc_ids) + 2.6)
        for y, doc_id in enumerate(doc_ids):
            for x, target in enumerate(targets):
                row = cells.loc[(doc_id, target)]
                thin = bool(row["thin_evidence"]) or row["salience"] == 0
                lean = not thin and (doc_id, target) in leaning
                face = "#F2F2F2" if thin else cmap((row["net"] + 1) / 2)
                ax.add_patch(
                    Rectangle(
                        (x - 0.5, y - 0.5),
                        1,
                        1,
                        facecolor=_lighter(face) if lean else face,
                        edgecolor="white",
                        linewidth=2,
                        hatch="///" if thin and row["salience"] > 0 else None,
                    )
                )
                dark = not thin and not lean and abs(row["net"]) > 0.6
                ax.text(
                    x,
                    y,
                    _matrix_cell_text(row, thin, lean),
                    ha="center",
                    va="center",
                    fontsize=SMALLEST_FONT,
                    color="white" if dark else "#222222",
                )
        ax.set_xlim(-0.5, len(targets) - 0.5)
        ax.set_xticks(range(len(targets)), [t.replace("_", " ") for t in targets], rotation=35, ha="right")
        _label_rows(ax, [(row_names or {}).get(doc_id, doc_id) for doc_id in doc_ids])
        ax.grid(False)
        scale = fig.colorbar(
            plt.cm.ScalarMappable(cmap=cmap, norm=plt.Normalize(-1, 1)), ax=ax, fraction=0.04, pad=0.02
        )
        scale.set_label("net position\n−1 against · +1 favour")
        _matrix_legend(ax)
        fig.tight_layout()
    return fig


def verb_profile_plot(
    profile: pd.DataFrame,
    directives: pd.DataFrame,
    doc_ids: Sequence[str],
    classes: Sequence[str],
    strengths: Sequence[str],
) -> Figure:
    """Left: diplomatic verbs per 1,000 words by class; right: directives per 1,000 words by strength (weak → strong)."""
    with book_style():
        fig, (left, right) = new_figure(
            COLUMN_WIDTH,
            0.4 * len(doc_ids) + 1.9,
            ncols=2,
            sharey=True,
            gridspec_kw={"width_ratios": [len(classes), len(strengths)]},
        )
        for ax, table, column, levels, title in (
            (left, profile, "verb_class", classes, "verbs by class"),
            (right, directives, "strength_label", strengths, "directives by strength"),
        ):
            wide = table.pivot(index="doc_id", columns=column, values="per_1k").reindex(
                index=list(doc_ids), columns=list(levels)
            )
            _count_grid(ax, wide.fillna(0))
            ax.set_title(f"{title} (per 1,000 words)", fontsize=9.5)
        fig.tight_layout()
    return fig


def directive_addressees_plot(addressees: pd.DataFrame, doc_ids: Sequence[str], order: Sequence[str]) -> Figure:
    """How many of each statement's directives are addressed to each party: a grid of counts."""
    with book_style():
        fig, ax = new_figure(COLUMN_WIDTH, 0.4 * len(doc_ids) + 1.9)
        wide = addressees.pivot(index="doc_id", columns="addressee", values="count").reindex(
            index=list(doc_ids), columns=list(order)
        )
        _count_grid(ax, wide.fillna(0), fmt="{:.0f}")
        ax.set_title("Directives (count) by whom they address", fontsize=9.5)
        fig.tight_layout()
    return fig


def marker_profile_plot(
    profile: pd.DataFrame, doc_ids: Sequence[str], categories: Sequence[str], names: dict[str, str]
) -> Figure:
    """One panel per Hyland category: each statement's rate per 1,000 words with its exact Poisson 95% interval."""
    colours = doc_colours(doc_ids)
    columns = min(3, len(categories))
    rows_n = -(-len(categories) // columns)
    with book_style():
        fig, axes = new_figure(
            COLUMN_WIDTH,
            (0.3 * len(doc_ids) + 1.0) * rows_n + 0.3,
            nrows=rows_n,
            ncols=columns,
            sharey=True,
            squeeze=False,
        )
        for ax in axes.flat[len(categories) :]:
            ax.set_visible(False)
        for ax, category in zip(axes.flat, categories):
            rows = profile[profile["category"] == category].set_index("doc_id").reindex(list(doc_ids))
            for y, (doc_id, row) in enumerate(rows.iterrows()):
                ax.plot([row["per_1k_low"], row["per_1k_high"]], [y, y], color=colours[doc_id], linewidth=2)
                ax.scatter(
                    [row["per_1k"]], [y], color=colours[doc_id], s=30, zorder=3, edgecolors="black", linewidths=0.5
                )
            ax.set_title(names.get(category, category), fontsize=9.5)
            ax.set_xlabel("per 1,000 words")
            ax.set_xlim(left=0)
            ax.grid(axis="y", visible=False)
        _label_rows(axes.flat[0], doc_ids)
        fig.tight_layout()
    return fig


def sentiment_stance_plot(table: pd.DataFrame, highlight: str | None = None, seed: int = 7) -> Figure:
    """Each sentence's VADER compound score (x) by its stance position (rows), jittered with a fixed seed.

    The rows are named as the tables name them: "mixed" says it is for one target and against another,
    "none" is the codebook's "not coded" (:data:`~analysis.book.tables_format.DECISION_NAMES`)."""
    positions = ["favor", "against", "mixed", "none"]
    colours = {position: STANCE_COLOURS[position] for position in positions[:3]} | {"none": STANCE_COLOURS["neutral"]}
    rng = np.random.default_rng(seed)
    with book_style():
        fig, ax = new_figure(COLUMN_WIDTH, 3.8)
        for y, position in enumerate(positions):
            rows = table[table["position"] == position]
            jitter = rng.uniform(-0.22, 0.22, len(rows))
            ax.scatter(
                rows["compound"],
                y + jitter,
                color=colours[position],
                s=22,
                alpha=0.85,
                edgecolors="white",
                linewidths=0.5,
            )
            if highlight is not None and highlight in set(rows["sent_id"]):
                row_index = list(rows["sent_id"]).index(highlight)
                x = float(rows["compound"].iloc[row_index])
                ax.scatter(
                    [x], [y + jitter[row_index]], s=120, facecolors="none", edgecolors="black", linewidths=1.5, zorder=4
                )
                ax.annotate(
                    highlight,
                    (x, y + jitter[row_index]),
                    xytext=(12, -20),
                    textcoords="offset points",
                    fontsize=SMALLEST_FONT,
                    arrowprops={"arrowstyle": "-", "color": "black"},
                )
        ax.axvspan(-0.05, 0.05, color="#DDDDDD", alpha=0.5, zorder=0)
        names = [
            textwrap.fill(decision_name(p), 16) + f"\n(n={int((table['position'] == p).sum())})" for p in positions
        ]
        ax.set_yticks(range(len(positions)), names)
        ax.set_ylim(len(positions) - 0.5, -0.5)
        ax.set_xlim(-1.05, 1.05)
        ax.set_xlabel("VADER compound score (−1 negative, +1 positive tone; grey band: neutral)")
        ax.set_ylabel("Stance of the sentence")
        fig.tight_layout()
    return fig


def discourse_over_time(
    profile: pd.DataFrame,
    documents: pd.DataFrame,
    target_names: dict[str, str],
    leaning: Iterable[tuple[str, str]] = (),
) -> Figure:
    """Statements (columns, in time order) × stance targets (rows): dot area = share of sentences, colour = position.

    Thin evidence (fewer than three stance-bearing sentences) is drawn as a hollow grey dot, so a
    single sentence is never coloured as a position; a ``(doc_id, target)`` in ``leaning`` (it could
    change sign within the error rates) is a paler dot with "?" after its count, as in the stance matrix.
    """
    leaning = set(leaning)
    with book_style():
        doc_ids = documents["doc_id"].tolist()
        # the year under the name, unless the name shows it already (or there is none)
        years = [date[:4] if isinstance(date, str) else "" for date in documents["date"]]
        labels = [doc if year in doc else f"{doc}\n{year}" for doc, year in zip(doc_ids, years)]
        targets = list(target_names)
        fig, ax = new_figure(COLUMN_WIDTH, 0.42 * len(targets) + 2.6)
        colours = {
            "for": STANCE_COLOURS["favor"],
            "against": STANCE_COLOURS["against"],
            "mixed": STANCE_COLOURS["mixed"],
        }
        for row in profile.itertuples():
            if row.salience == 0:
                continue
            x, y = doc_ids.index(row.doc_id), targets.index(row.target)
            size = 50 + 1100 * row.share
            lean = row.position != "thin" and (row.doc_id, row.target) in leaning
            if row.position == "thin":
                ax.scatter(x, y, s=size, facecolors="none", edgecolors=STANCE_COLOURS["thin"], linewidths=1.2)
            else:
                ax.scatter(x, y, s=size, color=colours[row.position], alpha=0.4 if lean else 0.9, edgecolors="white")
            ax.annotate(
                f"{row.salience}{'?' if lean else ''}",
                (x, y),
                ha="center",
                va="center",
                fontsize=SMALLEST_FONT,
                color="black" if row.position in ("thin", "mixed") or lean else "white",
            )
        ax.set_xticks(range(len(doc_ids)), labels, fontsize=SMALLEST_FONT, rotation=25, ha="right")
        ax.set_yticks(range(len(targets)), [target_names[t] for t in targets])
        ax.set_xlim(-0.6, len(doc_ids) - 0.4)
        ax.set_ylim(len(targets) - 0.5, -0.5)
        handles = [
            plt.Line2D([], [], marker="o", linestyle="", markersize=8, color=STANCE_COLOURS["favor"], label="for"),
            plt.Line2D(
                [], [], marker="o", linestyle="", markersize=8, color=STANCE_COLOURS["against"], label="against"
            ),
            plt.Line2D([], [], marker="o", linestyle="", markersize=8, color=STANCE_COLOURS["mixed"], label="mixed"),
            plt.Line2D(
                [],
                [],
                marker="o",
                linestyle="",
                markersize=8,
                markerfacecolor="none",
                markeredgecolor=STANCE_COLOURS["thin"],
                label="thin (< 3 sentences)",
            ),
            plt.Line2D(
                [],
                [],
                marker="o",
                linestyle="",
                markersize=8,
                color=STANCE_COLOURS["favor"],
                alpha=0.4,
                label="? leaning",
            ),
        ]
        ax.legend(
            handles=handles,
            loc="lower left",
            bbox_to_anchor=(0, 1.0),
            ncol=5,
            fontsize=SMALLEST_FONT,
            handletextpad=0.2,
            columnspacing=1.0,
        )
        ax.grid(True, alpha=0.2)
        fig.tight_layout()
    return fig


def _line_ends(ax, lines: list[tuple[str, pd.Series, pd.Series]]) -> None:
    """Label each line at its right end, labels spread so they never overlap (log-scale y)."""
    from analysis.book.plots import spread_positions

    ends = [float(np.log10(max(ys.iloc[-1], 1e-9))) for _, _, ys in lines]
    spread = spread_positions(ends, gap=0.16)
    for (name, xs, ys), label_y in zip(lines, spread):
        ax.annotate(
            name,
            (xs.iloc[-1], ys.iloc[-1]),
            xytext=(xs.iloc[-1] * 1.6, 10**label_y),
            textcoords="data",
            va="center",
            fontsize=SMALLEST_FONT,
            arrowprops={"arrowstyle": "-", "color": "#AAAAAA", "linewidth": 0.6},
        )


def benchmark_plot(table: pd.DataFrame) -> Figure:
    """The benchmark: seconds per stage against corpus size (log-log), beside the baselines; then peak memory.

    ``table`` is ``benchmarks/results/benchmark.csv``: rows of ``kind`` "stage", "run" and
    "baseline" with ``size_mb``, ``stage``, ``seconds`` and ``peak_mb``. Lines are labelled at their end.
    """
    stages = table[table["kind"] == "stage"]
    run = table[table["kind"] == "run"]
    baseline = table[table["stage"] == "baselines together"]
    greys = ["#9E9E9E", "#7A7A7A", "#5A5A5A", "#BDBDBD", "#3A3A3A", "#8C8C8C"]
    markers = ["o", "^", "v", "D", "P", "X"]
    with book_style():
        fig, (left, right) = new_figure(
            COLUMN_WIDTH, 7.4, nrows=2, sharex=True, gridspec_kw={"height_ratios": [1.6, 1]}
        )
        lines = []
        for colour, marker, (stage, rows) in zip(greys, markers, stages.groupby("stage", sort=False)):
            left.plot(rows["size_mb"], rows["seconds"], marker=marker, color=colour, markersize=4)
            lines.append((stage, rows["size_mb"], rows["seconds"]))
        left.plot(run["size_mb"], run["seconds"], marker="s", color="#000000", linewidth=2.2)
        left.plot(baseline["size_mb"], baseline["seconds"], marker="^", color="#000000", linestyle="--")
        lines += [
            ("whole run", run["size_mb"], run["seconds"]),
            ("baselines (scikit-learn + VADER)", baseline["size_mb"], baseline["seconds"]),
        ]
        _line_ends(left, [line for line in lines if len(line[1])])
        for ax in (left, right):
            ax.set_xscale("log")
            ax.xaxis.set_tick_params(labelbottom=True)
            ax.set_xlabel("Corpus size (MB of JSONL, log scale)")
            if len(run):
                ax.set_xlim(right=float(run["size_mb"].max()) * 14)
        left.set_yscale("log")
        left.set_ylabel("Wall time (s, log scale)")
        right.plot(run["size_mb"], run["peak_mb"], marker="s", color="#000000")
        right.plot(baseline["size_mb"], baseline["peak_mb"], marker="^", color="#000000", linestyle="--")
        right.axhline(2048, color="#777777", linestyle=":")
        if len(run):
            right.annotate(
                "whole run (peak of any stage)",
                (run["size_mb"].iloc[-1], run["peak_mb"].iloc[-1]),
                xytext=(6, 0),
                textcoords="offset points",
                va="center",
                fontsize=SMALLEST_FONT,
            )
        if len(baseline):
            right.annotate(
                "baselines",
                (baseline["size_mb"].iloc[-1], baseline["peak_mb"].iloc[-1]),
                xytext=(6, -8),
                textcoords="offset points",
                va="center",
                fontsize=SMALLEST_FONT,
            )
        right.annotate(
            "2 GB",
            (0.01, 2048),
            xycoords=("axes fraction", "data"),
            xytext=(0, 3),
            textcoords="offset points",
            fontsize=SMALLEST_FONT,
            color="#555555",
        )
        right.set_ylabel("Peak memory (MB)")
        fig.tight_layout()
    return fig
