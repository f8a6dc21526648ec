"""Small bridges between the analysis and the book's pages: glued values in the prose, tables for people.

Every number in the book's prose is computed and bound with myst-nb's ``glue``. Numpy scalars
print as ``np.float64(...)`` in text and break number formats, so values pass through
:func:`plain` first.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

import numpy as np
import pandas as pd
from pandas.io.formats.style import Styler

from analysis.book.table_view import LONG_TABLE_ROWS, InteractiveTable, table_styler
from analysis.book.tables_format import decisions_named, missing_columns
from analysis.runtime.cache import installed_versions
from analysis.text.wording import join_words


def plain(value: Any) -> Any:
    """A numpy scalar as the matching Python number; anything else unchanged.

    >>> plain(np.float64(2.5)), plain(np.int64(3)), plain("x")
    (2.5, 3, 'x')
    """
    return value.item() if isinstance(value, np.generic) else value


def glue_values(**values: Any) -> None:
    """Glue each keyword as a value for ``{glue:text}`` in the prose, without displaying it."""
    from myst_nb import glue

    for name, value in values.items():
        glue(name, plain(value), display=False)


def show(
    table: pd.DataFrame,
    precision: int = 2,
    *,
    shares: Iterable[str] = (),
    missing: str = "the measure is not defined for that row",
    interactive: bool | None = None,
    caption: str | None = None,
    kind: str = "table",
    by_row: bool = False,
) -> Styler | InteractiveTable:
    """A table as the book prints it: plain-word headers, numbers by kind, "–" for a missing value.

    - Whole numbers print as integers, columns of shares (named ``share...``, or listed in
      ``shares``) as percentages, other numbers with ``precision`` digits.
    - A missing value prints as "–", and a note under the table names the columns and says why
      (``missing``: the reason, in a few words).
    - A table longer than :data:`~analysis.book.table_view.LONG_TABLE_ROWS` rows is sortable,
      searchable and paginated (``interactive=False`` keeps it plain, ``True`` forces it).
    - Text wraps inside its cell and is shown in full; the page's style keeps every table within
      the text column (``_static/tables.css``).
    - ``by_row=True`` turns the table on its side: one row per column, one column per row (its
      index label as header), each value still written by the kind of its own column; it stays
      plain (sorting measures makes no sense).
    - Stance decisions are named as the codebook names them ("not coded" for the data's "none"), with
      a note that the CSV files keep "none" (:func:`~analysis.book.tables_format.decisions_named`).
    - ``kind="concordance"`` shows keyword-in-context lines (:func:`frequency.concordance`)
      with the match in bold between its contexts.
    """
    gaps = missing_columns(table)
    note = f"– marks a missing value ({as_list(gaps)}): {missing}." if gaps else None
    table, decisions_note = decisions_named(table)  # "none" is shown as the codebook's "not coded"
    caption = " ".join(part for part in (caption, note, decisions_note) if part) or None
    styler = table_styler(table, precision=precision, shares=shares, caption=caption, kind=kind, by_row=by_row)
    if interactive is None:
        interactive = not by_row and len(table) > LONG_TABLE_ROWS
    return InteractiveTable(styler) if interactive else styler


#: The packages whose versions the execution report lists: the toolchain and every analysis library.
REPORTED_PACKAGES = (
    "jupyter-book",
    "myst-nb",
    "sphinx",
    "sphinx-exercise",
    "sphinxcontrib-bibtex",
    "pandas",
    "numpy",
    "scipy",
    "scikit-learn",
    "nltk",
    "matplotlib",
    "wordfreq",
    "vaderSentiment",
    "itables",
)


def package_versions(packages: tuple[str, ...] = REPORTED_PACKAGES) -> pd.DataFrame:
    """The installed version of each package the book depends on, with the Python version first."""
    return pd.DataFrame(list(installed_versions(packages).items()), columns=["package", "version"])


def as_list(items: list[str], empty: str = "none of them") -> str:
    """Items joined for a sentence of prose ('a, b and c'), or ``empty`` when there are none.

    >>> as_list(["nato-2020"]), as_list(["a", "b", "c"]), as_list([])
    ('nato-2020', 'a, b and c', 'none of them')
    """
    return join_words(items, empty)


def as_numbered_runs(names: list[str], empty: str = "none of them") -> str:
    """Like :func:`as_list`, but a run of three or more names numbered one after another ('heldout2',
    'heldout3', ... 'heldout39') is written as its two ends, so a long series reads at a glance.

    >>> as_numbered_runs(["tune", "heldout", "heldout2", "heldout3", "heldout4"])
    'tune, heldout and heldout2 to heldout4'
    >>> as_numbered_runs(["set2", "set3", "set5"]), as_numbered_runs([])
    ('set2, set3 and set5', 'none of them')
    """
    runs: list[list[str]] = []
    for name in names:
        stem, number = re.fullmatch(r"(.*?)(\d*)", name).groups()
        last = runs[-1][-1] if runs else ""
        last_stem, last_number = re.fullmatch(r"(.*?)(\d*)", last).groups()
        if number and last_number and stem == last_stem and int(number) == int(last_number) + 1:
            runs[-1].append(name)
        else:
            runs.append([name])
    pieces: list[str] = []
    for run in runs:
        pieces += [f"{run[0]} to {run[-1]}"] if len(run) >= 3 else run
    return join_words(pieces, empty)
