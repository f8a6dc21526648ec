"""Small bridges between the analysis and the book's pages: glue computed values into the prose.

Every number in the book's prose is computed and bound with myst-nb's ``glue``. Numpy scalars
print as ``np.float64(...)`` in text and break number formats, so values pass through
:func:`plain` first.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd
from pandas.io.formats.style import Styler


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


def show(table: pd.DataFrame, precision: int = 2) -> Styler:
    """A table as the book prints it: no index column, floats rounded to ``precision`` digits."""
    styler = table.style.format(precision=precision, thousands=",")
    return styler.hide(axis="index") if not isinstance(table.index, pd.MultiIndex) and table.index.name is None else styler


#: The packages whose versions the execution report lists: the toolchain and every analysis library.
REPORTED_PACKAGES = (
    "jupyter-book", "myst-nb", "sphinx", "sphinx-exercise", "sphinxcontrib-bibtex",
    "pandas", "numpy", "scipy", "scikit-learn", "nltk", "matplotlib", "wordfreq", "vaderSentiment",
)


def package_versions(packages: tuple[str, ...] = REPORTED_PACKAGES) -> pd.DataFrame:
    """The installed version of each package the book depends on, with the Python version first."""
    import platform
    from importlib.metadata import PackageNotFoundError, version

    rows = [{"package": "python", "version": platform.python_version()}]
    for name in packages:
        try:
            rows.append({"package": name, "version": version(name)})
        except PackageNotFoundError:
            rows.append({"package": name, "version": "not installed"})
    return pd.DataFrame(rows)


def as_list(items: list[str], empty: str = "none of them") -> str:
    """Items joined for a sentence of prose ('a, b and c'), or ``empty`` when there are none.

    >>> as_list(["nato-2020"]), as_list(["a", "b", "c"]), as_list([])
    ('nato-2020', 'a, b and c', 'none of them')
    """
    items = list(items)
    if not items:
        return empty
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]
