"""Figures of the chapter "Who is named, and how": actors' naming, their roles, agency and references.

Every figure uses the book's style and statement colours from :mod:`analysis.book.plots`, is
drawn at the width it is shown (:data:`WIDTH` inches at :data:`DPI`, the ~690 px text column, so
that 8-point text renders at about 11 px), and labels its marks directly instead of through a
legend. In the small multiples each panel is one statement, drawn in that statement's colour; a solid
bar and a paler hatched bar tell the two levels of one distinction apart (nomination against
categorisation, agent against patient), and the first panel names them in place.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd
from matplotlib.colors import to_rgba
from matplotlib.figure import Figure

from analysis.book.plots import book_style, doc_colours, new_figure
from analysis.text.wording import per_1000_words

#: The width of the text column (inches) and the resolution the figures are drawn at.
WIDTH, DPI = 6.9, 100
#: The smallest text in these figures (points); 8 pt at 100 dpi is 11 px.
SMALL = 8
#: The pale, hatched second level of a distinction: the statement colour at this opacity.
PALE = 0.3


def _pale(colour: str) -> tuple:
    return to_rgba(colour, PALE)


def _panels(n_panels: int, panel_height: float, columns: int = 3, **subplots: object):
    """Small multiples across the text column: ``columns`` per row, unused panels hidden."""
    columns = max(1, min(columns, n_panels))
    rows = -(-n_panels // columns)
    fig, axes = new_figure(
        WIDTH, panel_height * rows + 0.6, nrows=rows, ncols=columns, squeeze=False, dpi=DPI, **subplots
    )
    for ax in axes.flat[n_panels:]:
        ax.set_visible(False)
    return fig, list(axes.flat[:n_panels])


def _paired_bars(
    ax, labels: Sequence[str], first: np.ndarray, second: np.ndarray, colour: str, diverging: bool
) -> None:
    """One row per label: ``first`` solid and ``second`` pale and hatched, stacked (or, if diverging, to the left)."""
    y = np.arange(len(labels))
    ax.barh(y, first, color=colour, edgecolor=colour)
    if diverging:
        ax.barh(y, -second, color=_pale(colour), edgecolor=colour, hatch="///", linewidth=0.6)
        ax.axvline(0, color="#555555", linewidth=0.8)
    else:
        ax.barh(y, second, left=first, color=_pale(colour), edgecolor=colour, hatch="///", linewidth=0.6)
    ax.set_yticks(y, labels)
    ax.invert_yaxis()
    ax.grid(axis="y", visible=False)
    ax.tick_params(labelsize=SMALL)


def _actor_bar_panels(
    table: pd.DataFrame,
    doc_ids: Sequence[str],
    actors: list[str],
    actor_names: dict[str, str],
    columns: tuple[str, str],
    row_height: float,
    diverging: bool,
):
    """One panel per statement, each actor's two ``columns`` as paired bars (:func:`_paired_bars`), titled.

    Returns the figure, the panels and, per panel, the statement's rows (one per actor, zeros filled in).
    """
    colours = doc_colours(doc_ids)
    fig, axes = _panels(len(doc_ids), row_height * len(actors) + 0.9, sharex=True, sharey=True)
    rows_per_panel = []
    for ax, doc_id in zip(axes, doc_ids):
        rows = table[table["doc_id"] == doc_id].set_index("actor").reindex(actors).fillna(0)
        first, second = (rows[column].to_numpy() for column in columns)
        _paired_bars(ax, [actor_names[a] for a in actors], first, second, colours[doc_id], diverging)
        ax.set_title(doc_id, fontsize=9, fontweight="bold")
        rows_per_panel.append(rows)
    return fig, axes, rows_per_panel


def _scale_on_lowest_panels(axes: list, label: str) -> list:
    """The lowest panel of each column shows its scale, under ``label``; returns those panels."""
    lowest = axes[-min(3, len(axes)) :]
    for ax in lowest:
        ax.xaxis.set_tick_params(labelbottom=True)
        ax.set_xlabel(label, fontsize=SMALL)
    return lowest


def naming_plot(naming: pd.DataFrame, doc_ids: Sequence[str], actor_names: dict[str, str]) -> Figure:
    """Per statement: how often each actor is named, by nomination (solid) and categorisation (pale, hatched)."""
    actors = [actor for actor in actor_names if actor in set(naming["actor"])]
    top = max(1, int(naming["mentions"].max())) if len(naming) else 1
    with book_style():
        fig, axes, panel_rows = _actor_bar_panels(
            naming, doc_ids, actors, actor_names, ("nominations", "categorisations"), 0.22, diverging=False
        )
        for ax, rows in zip(axes, panel_rows):
            for y, total in enumerate(rows["mentions"]):
                ax.text(
                    total + top * 0.03,
                    y,
                    str(int(total)) if total else "not named",
                    va="center",
                    fontsize=SMALL,
                    color="#222222" if total else "#777777",
                )
            ax.set_xlim(0, top * 1.45)
        _scale_on_lowest_panels(axes, "mentions")
        fig.suptitle(
            "How each statement names the actors: solid = by proper name (nomination),\n"
            "pale hatched = by function or class (categorisation)",
            fontsize=9.5,
            fontweight="bold",
        )
        fig.tight_layout()
    return fig


def roles_plot(profile: pd.DataFrame, doc_ids: Sequence[str], actor_names: dict[str, str]) -> Figure:
    """Per statement: how often each actor is the agent (right, solid) or the patient (left, pale) of a verb."""
    active = profile.groupby("actor")[["agent", "patient"]].sum().sum(axis=1)
    actors = [actor for actor in actor_names if active.get(actor, 0) > 0] or list(actor_names)[:1]
    reach = max(1, int(profile[["agent", "patient"]].to_numpy().max())) if len(profile) else 1
    with book_style():
        fig, axes, panel_rows = _actor_bar_panels(
            profile, doc_ids, actors, actor_names, ("agent", "patient"), 0.24, diverging=True
        )
        for ax, rows in zip(axes, panel_rows):
            ax.set_xlim(-reach * 1.45, reach * 1.45)
            _write_role_counts(ax, rows, reach)
        for ax in _scale_on_lowest_panels(axes, "← patient   |   agent →"):
            ax.xaxis.set_major_formatter(lambda value, _: f"{abs(value):.0f}")
        fig.suptitle(
            "Who acts and who is acted on: agent (solid, right) or patient (pale, left)\n"
            "of diplomatic verbs and passives",
            fontsize=9.5,
            fontweight="bold",
        )
        fig.tight_layout()
    return fig


def _write_role_counts(ax, rows: pd.DataFrame, reach: int) -> None:
    """Each bar's count at its end (agents right, patients left), or "no roles found" across an empty panel."""
    if not rows[["agent", "patient"]].to_numpy().any():
        ax.text(
            0.5,
            0.5,
            "no roles found",
            transform=ax.transAxes,
            ha="center",
            va="center",
            fontsize=SMALL,
            color="#777777",
            backgroundcolor="white",
        )
        return
    for y, (agent, patient) in enumerate(zip(rows["agent"], rows["patient"])):
        if agent:
            ax.text(agent + reach * 0.04, y, str(int(agent)), va="center", ha="left", fontsize=SMALL)
        if patient:
            ax.text(-patient - reach * 0.04, y, str(int(patient)), va="center", ha="right", fontsize=SMALL)


def agency_rates_plot(profile: pd.DataFrame, doc_ids: Sequence[str]) -> Figure:
    """Agentless passives and nominalisations per 1,000 words, one dot per statement, values written beside."""
    colours = doc_colours(doc_ids)
    table = profile.set_index("doc_id").reindex(list(doc_ids))
    with book_style():
        fig, axes = new_figure(WIDTH, 0.32 * len(doc_ids) + 1.4, ncols=2, sharey=True, dpi=DPI)
        y = np.arange(len(doc_ids))
        for ax, column, title in (
            (axes[0], "agentless_passives_per_1k", "Agentless passives"),
            (axes[1], "nominalisations_per_1k", "Nominalisations"),
        ):
            values = table[column].fillna(0).to_numpy()
            ax.hlines(y, 0, values, color=[colours[d] for d in doc_ids], linewidth=2)
            ax.scatter(values, y, color=[colours[d] for d in doc_ids], s=40, zorder=3)
            for row, value in zip(y, values):
                ax.text(value, row, f"  {per_1000_words(value)}", va="center", fontsize=SMALL)
            ax.set_xlim(0, max(1.0, values.max()) * 1.3)
            ax.set_title(title, fontsize=9.5)
            ax.set_xlabel("per 1,000 words", fontsize=SMALL)
            ax.grid(axis="y", visible=False)
            ax.tick_params(labelsize=SMALL)
        axes[0].set_yticks(y, list(doc_ids))
        axes[0].invert_yaxis()
        fig.tight_layout()
    return fig


def references_plot(profile: pd.DataFrame, doc_ids: Sequence[str], type_names: dict[str, str]) -> Figure:
    """Per statement: how many references to other texts and events of each type, counts written at the bar end."""
    types = list(type_names)
    colours = doc_colours(doc_ids)
    top = max(1, int(profile["references"].max())) if len(profile) else 1
    with book_style():
        fig, axes = _panels(len(doc_ids), 0.22 * len(types) + 0.9, sharex=True, sharey=True)
        for ax, doc_id in zip(axes, doc_ids):
            rows = profile[profile["doc_id"] == doc_id].set_index("type").reindex(types).fillna(0)
            counts = rows["references"].to_numpy()
            _paired_bars(ax, [type_names[t] for t in types], counts, np.zeros(len(types)), colours[doc_id], False)
            for y, count in enumerate(counts):
                ax.text(
                    count + top * 0.03,
                    y,
                    str(int(count)),
                    va="center",
                    fontsize=SMALL,
                    color="#222222" if count else "#777777",
                )
            ax.set_xlim(0, top * 1.3)
            ax.set_title(doc_id, fontsize=9, fontweight="bold")
        for ax in axes[-min(3, len(axes)) :]:  # the lowest panel of each column shows its scale
            ax.xaxis.set_tick_params(labelbottom=True)
            ax.set_xlabel("references", fontsize=SMALL)
        fig.suptitle("Which other texts and events each statement cites", fontsize=9.5, fontweight="bold")
        fig.tight_layout()
    return fig
