"""The book's figure style: one width, one type scale, and one colour per meaning across the book.

Three families of colour never share a hue:

* **statements** – each statement keeps one colour in every chapter (:func:`doc_colours`). The five
  statements of the book have fixed colours from Okabe and Ito's colour-blind-safe set (yellow left
  out: it is nearly invisible on white); any other corpus gets a deterministic palette in corpus order.
* **stance** – a diverging red–blue scale for *against* / *favour* (:data:`STANCE_COLOURS`,
  :func:`stance_cmap`), with greys for mixed and thin evidence. No statement is red or dark blue.
* **categories** (verb classes, directive strength, addressees) – shades of grey with the value
  written in the cell, so they can never be mistaken for a statement or a position.

Figures are drawn at the width of the text column (6.9 inches at 100 dpi, about 690 px) and
rendered as SVG in the book, so the smallest text (8 pt, 11 px) stays at 10 px or more on a
1280 px screen.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager

import matplotlib
import matplotlib.pyplot as plt
from matplotlib.colors import LinearSegmentedColormap
from matplotlib.figure import Figure

#: The text column of the rendered page, in inches at :data:`DPI`.
COLUMN_WIDTH = 6.9
DPI = 100
#: The smallest font size any figure uses, in points (8 pt = 11 px at 100 dpi).
SMALLEST_FONT = 8

#: Okabe & Ito (2008) colour-blind-safe palette, black last (kept for reference and other uses).
OKABE_ITO = ["#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7", "#000000"]

#: The colours of statements, in the order they are handed out: five fixed hues, then more.
STATEMENT_PALETTE = [
    "#E69F00",  # orange
    "#56B4E9",  # sky blue
    "#009E73",  # bluish green
    "#CC79A7",  # reddish purple
    "#7A7A29",  # dark olive (visible on white, unlike Okabe-Ito's yellow)
    "#8C6D31",  # ochre brown
    "#44AA99",  # teal
    "#AA4499",  # purple
    "#332288",  # indigo
    "#999933",  # olive
]

#: The five statements of the book keep these colours wherever they appear, whatever the corpus order.
SEED_COLOURS = {
    "kabul-process-2017": "#E69F00",
    "nato-2020": "#56B4E9",
    "mofa-consensus-2021": "#009E73",
    "civil-society-2021": "#CC79A7",
    "coalition-letter-2024": "#7A7A29",
}

#: The diverging palette for positions: red against, blue in favour; greys for no clear position.
STANCE_COLOURS = {"favor": "#2166AC", "against": "#B2182B", "mixed": "#777777", "neutral": "#BBBBBB", "thin": "#999999"}

#: Greys for categories (light to dark); values are always written on them.
CATEGORY_GREYS = ["#F0F0F0", "#D9D9D9", "#BDBDBD", "#969696", "#737373", "#525252"]

STYLE = {
    "figure.dpi": DPI,
    "savefig.dpi": DPI,
    "figure.figsize": (COLUMN_WIDTH, 4.0),
    "font.size": 9,
    "axes.titlesize": 10.5,
    "axes.titleweight": "bold",
    "axes.labelsize": 9,
    "xtick.labelsize": 9,
    "ytick.labelsize": 9,
    "legend.fontsize": 9,
    "figure.titlesize": 10.5,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.grid": True,
    "grid.alpha": 0.3,
    "axes.prop_cycle": matplotlib.cycler(color=STATEMENT_PALETTE),
    "legend.frameon": False,
    "svg.hashsalt": "afghan-peace-discourse",
}


@contextmanager
def book_style() -> Iterator[None]:
    """Draw inside the book's style (fonts, grid, palette) without changing global settings."""
    with plt.rc_context(STYLE):
        yield


def doc_colours(doc_ids: Sequence[str]) -> dict[str, str]:
    """One colour per statement: the book's five keep theirs; others get the rest of the palette in order.

    >>> doc_colours(["nato-2020", "my-statement"])
    {'nato-2020': '#56B4E9', 'my-statement': '#8C6D31'}
    """
    free = [colour for colour in STATEMENT_PALETTE if colour not in SEED_COLOURS.values()]
    colours: dict[str, str] = {}
    others = 0
    for doc_id in doc_ids:
        if doc_id in SEED_COLOURS:
            colours[doc_id] = SEED_COLOURS[doc_id]
        else:
            colours[doc_id] = (free + list(SEED_COLOURS.values()))[others % len(STATEMENT_PALETTE)]
            others += 1
    return colours


def stance_cmap() -> LinearSegmentedColormap:
    """The diverging colour scale of net positions: −1 against (red), 0 white, +1 favour (blue)."""
    return LinearSegmentedColormap.from_list("stance", [STANCE_COLOURS["against"], "#FFFFFF", STANCE_COLOURS["favor"]])


def new_figure(width: float = COLUMN_WIDTH, height: float = 4.0, **subplots: object) -> tuple[Figure, object]:
    """A figure and its axes in the book's style, detached from pyplot's global state."""
    with book_style():
        fig, axes = plt.subplots(figsize=(width, height), **subplots)
    plt.close(fig)
    return fig, axes


def use_svg_in_notebooks() -> None:
    """Make figures in a running notebook render as SVG (sharp at any width), not PNG, byte for byte the same each build.

    Called once when :mod:`analysis.book.plots` is imported; does nothing outside IPython. The SVG's
    element ids are salted with a fixed string and its date left out, so rebuilding changes nothing.
    """
    try:
        from IPython import get_ipython
        from matplotlib_inline.backend_inline import set_matplotlib_formats
    except ImportError:
        return
    if get_ipython() is not None:
        matplotlib.rcParams["svg.hashsalt"] = STYLE["svg.hashsalt"]
        set_matplotlib_formats("svg", metadata={"Date": None})
