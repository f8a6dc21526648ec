"""The context of the statements: the events they answer to, on one time line with the statements.

The events (``analysis/data/context_events.csv``: date, event, short label, source) are not
computed from the corpus; they are the history a reader needs to place each statement. The figure
takes its style and the statements' colours from :mod:`analysis.book.plots`.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
from matplotlib.figure import Figure

from analysis.book.plots import book_style, doc_colours, new_figure

#: Where the events and their sources are.
EVENTS_PATH = Path(__file__).resolve().parents[1] / "data" / "context_events.csv"
EVENT_COLUMNS = ["date", "event", "label", "source"]


def load_events(path: str | Path = EVENTS_PATH) -> pd.DataFrame:
    """The context events in date order, checked: the four columns present and every date readable."""
    path = Path(path)
    if not path.exists():
        raise FileNotFoundError(f"{path}: the context events file is missing")
    events = pd.read_csv(path, dtype=str).fillna("")
    missing = [column for column in EVENT_COLUMNS if column not in events]
    if missing:
        raise ValueError(f"{path}: missing column(s) {', '.join(missing)}")
    dates = pd.to_datetime(events["date"], errors="coerce")
    if dates.isna().any():
        raise ValueError(f"{path}: unreadable date {events.loc[dates.isna(), 'date'].iloc[0]!r}")
    return events.assign(date=dates).sort_values("date", kind="mergesort").reset_index(drop=True)


def _alignment(dates: pd.Series, index: int, near_days: int = 365) -> str:
    """Where a statement's label sits: away from a close neighbour's line, centred otherwise."""
    close_before = index > 0 and (dates.iloc[index] - dates.iloc[index - 1]).days < near_days
    close_after = index + 1 < len(dates) and (dates.iloc[index + 1] - dates.iloc[index]).days < near_days
    if close_before and not close_after:
        return "left"
    if close_after and not close_before:
        return "right"
    return "center"


def context_timeline(documents: pd.DataFrame, events: pd.DataFrame | None = None, width: float = 6.9) -> Figure:
    """Events above the line (grey), statements below it (their colours), each labelled directly."""
    events = load_events() if events is None else events
    dated = documents[documents["date"].astype(str) != ""].reset_index(drop=True)
    dates = pd.to_datetime(dated["date"])
    colours = doc_colours(documents["doc_id"])
    with book_style():
        fig, ax = new_figure(width, 3.9)
        ax.axhline(0, color="#555555", linewidth=1, zorder=1)
        for index, event in enumerate(events.itertuples()):
            height = 0.45 + 0.42 * (index % 3)
            ax.vlines(event.date, 0, height, color="#888888", linewidth=1, linestyles="dotted")
            ax.scatter([event.date], [0], marker="D", s=22, color="#666666", zorder=3)
            ax.annotate(
                f"{event.label}\n{event.date:%b %Y}",
                (event.date, height),
                ha="center",
                va="bottom",
                fontsize=8.5,
                color="#333333",
            )
        for index, (date, row) in enumerate(zip(dates, dated.itertuples())):
            depth = -(0.45 + 0.42 * (index % 3))
            ax.vlines(date, 0, depth, color=colours[row.doc_id], linewidth=2)
            ax.scatter([date], [0], s=55, color=colours[row.doc_id], zorder=3)
            ax.annotate(
                f"{row.doc_id}\n{date:%d %b %Y}",
                (date, depth),
                ha=_alignment(dates, index),
                va="top",
                fontsize=8.5,
                color="#222222",
            )
        ax.set_ylim(-1.75, 1.75)
        ax.set_yticks([])
        ax.grid(False)
        ax.spines["left"].set_visible(False)
        first = min(dates.min(), events["date"].min()) - pd.Timedelta(days=200)
        last = max(dates.max(), events["date"].max()) + pd.Timedelta(days=200)
        ax.set_xlim(first, last)
        ax.text(0.0, 0.98, "events", transform=ax.transAxes, fontsize=9, color="#555555", va="top")
        ax.text(0.0, 0.02, "statements", transform=ax.transAxes, fontsize=9, color="#555555", va="bottom")
        fig.tight_layout()
    return fig


def events_before(documents: pd.DataFrame, events: pd.DataFrame | None = None) -> pd.DataFrame:
    """Each dated statement with the latest event before it (or on its day): where it stands in the history."""
    events = load_events() if events is None else events
    rows = []
    for row in documents[documents["date"].astype(str) != ""].itertuples():
        date = pd.Timestamp(row.date)
        earlier = events[events["date"] <= date]
        rows.append(
            {
                "doc_id": row.doc_id,
                "date": row.date,
                "latest event before it": f"{earlier.iloc[-1]['label']} ({earlier.iloc[-1]['date']:%b %Y})"
                if len(earlier)
                else "–",
            }
        )
    return pd.DataFrame(rows)
