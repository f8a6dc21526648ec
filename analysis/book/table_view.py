"""How a table looks on the page: a plain HTML table that fits the text column, and for long tables
a sortable, searchable, paginated view that works offline.

- Every table is a pandas :class:`~pandas.io.formats.style.Styler` with the class ``book-table``.
  Each body cell carries its column header (``data-label``), so that on a narrow screen a wide
  table can show each row as a card of "header: value" lines instead of scrolling sideways
  (the rules are in ``_static/tables.css``).
- A long table (more than :data:`LONG_TABLE_ROWS` rows) becomes a DataTable: the reader can sort
  by any column, search the rows and page through them. The JavaScript is the DataTables bundle
  that the ``itables`` package ships (its offline mode): it travels inside the page, so nothing
  is requested from another server. Without JavaScript the full plain table is still there.
"""

from __future__ import annotations

import base64
import json
import re
from collections.abc import Iterable
from functools import cache, partial
from pathlib import Path
from typing import Any

import jinja2
import pandas as pd
from pandas.io.formats.style import Styler

from analysis.book.tables_format import column_kind, fields_as_rows, format_value, human_header

#: Tables with more rows than this are shown sortable, searchable and paginated.
LONG_TABLE_ROWS = 15

#: Tables with at least this many columns show each row as a card on a narrow screen; so do tables of
#: ``STACK_ON_PHONE_COLUMNS - 1`` columns of which two or more hold text, one of them prose (see :func:`stacks_on_phone`).
STACK_ON_PHONE_COLUMNS = 5

#: A text longer than this many characters is prose, which needs a column's room (ids and labels are shorter).
PROSE_CHARACTERS = 40

#: Tables with at least this many columns may split a word inside a cell, and with at least
#: ``SPLIT_HEADERS_COLUMNS`` inside a header, to fit the text column (fewer columns: words stay whole).
SPLIT_CELLS_COLUMNS = 7
SPLIT_HEADERS_COLUMNS = 8

#: DataTables options: ten rows a page, the table's own order first, columns sized by the page.
DATATABLE_OPTIONS: dict[str, Any] = {
    "pageLength": 10,
    "lengthMenu": [[10, 25, 50, -1], [10, 25, 50, "all"]],
    "order": [],
    "autoWidth": False,
    "language": {"search": "Search the table:", "info": "rows _START_ to _END_ of _TOTAL_"},
}

TEMPLATES = Path(__file__).with_name("templates")


@cache
def labelled_cells_template() -> jinja2.Template:
    """pandas' HTML table template, with ``data-label`` (the column header) on every body cell."""
    loader = jinja2.ChoiceLoader([jinja2.FileSystemLoader(str(TEMPLATES)), Styler.loader])
    return jinja2.Environment(loader=loader).get_template("book_table.tpl")


def flat(table: pd.DataFrame) -> pd.DataFrame:
    """``table`` with a named index moved into columns and one level of plain column labels.

    An unnamed index is a row number and is dropped; a named one (``doc_id``, ``measure``) is data.
    """
    named_index = any(name is not None for name in table.index.names)
    table = table.reset_index() if named_index else table.reset_index(drop=True)
    if isinstance(table.columns, pd.MultiIndex):
        table.columns = [", ".join(str(part) for part in label if str(part)) for label in table.columns]
    table.columns.name = None
    return table


def table_styler(
    table: pd.DataFrame,
    precision: int = 2,
    shares: Iterable[str] = (),
    caption: str | None = None,
    headers: bool = True,
    kind: str = "table",
    by_row: bool = False,
) -> Styler:
    """``table`` as the book prints it: a Styler with plain-word headers and values written by kind.

    The data keep their column names (so ``.set_properties(subset=["reason"])`` still works); only
    what is shown changes: headers (:func:`human_header`), numbers (:func:`column_kind`), "–" for a
    missing value, HTML-escaped text. Numbers are right-aligned and never broken across lines.
    ``headers=False`` keeps the column names as the code spells them. ``kind="concordance"``
    lays out keyword-in-context lines (see :func:`concordance_layout`). ``by_row=True`` shows
    each column of ``table`` as a row (:func:`~analysis.book.tables_format.fields_as_rows`).
    """
    table = flat(fields_as_rows(table, precision, shares) if by_row else table)
    if kind == "concordance" and "sent_id" in table:
        table = table.drop(columns="doc_id", errors="ignore")
    kinds = {name: column_kind(table[name], shares) for name in table.columns}
    formatters = {name: partial(format_cell, kind=kind, precision=precision) for name, kind in kinds.items()}
    classes = "book-table" + (" stack-on-phone" if stacks_on_phone(table, kinds, kind) else "")
    classes += " split-cells" if len(table.columns) >= SPLIT_CELLS_COLUMNS else ""
    classes += " split-headers" if len(table.columns) >= SPLIT_HEADERS_COLUMNS else ""
    classes += " concordance" if kind == "concordance" else ""
    styler = table.style.format(formatters, escape="html").hide(axis="index").set_table_attributes(f'class="{classes}"')
    if headers:
        styler = styler.relabel_index([str(human_header(name)) for name in table.columns], axis="columns")
    turned = sum(is_identifier_header(name) for name in table.columns) >= TURNED_IDS
    whole = headers_fit_whole(table, kinds)
    styler = styler.map_index(
        lambda name: header_wrapping(name, turned=turned, whole_words=name in whole), axis="columns"
    )
    styler.template_html_table = labelled_cells_template()
    numeric = [name for name, kind in kinds.items() if kind != "text"]
    if numeric:
        styler = styler.set_properties(subset=numeric, **{"text-align": "right", "white-space": "nowrap"})
    few_columns = len(table.columns) < SPLIT_HEADERS_COLUMNS  # many columns fit only if each can narrow
    short_words = [
        name for name, kind in kinds.items() if few_columns and kind == "text" and has_short_words(table[name])
    ]
    if short_words:
        styler = styler.set_properties(subset=short_words, **{"overflow-wrap": "normal"})
    dates = [name for name, kind in kinds.items() if kind == "text" and is_date_column(table[name])]
    if dates:
        styler = styler.set_properties(subset=dates, **{"white-space": "nowrap"})
    if kind == "concordance":
        styler = concordance_layout(styler)
    return styler.set_caption(caption) if caption else styler


#: From this many identifier headers on (one column per statement), they are turned upright: five ids
#: side by side, unbroken, are wider than the text column.
TURNED_IDS = 3


def is_identifier_header(name: Any) -> bool:
    """Whether a column's header is an identifier with hyphens (a statement id such as ``kabul-process-2017``).

    >>> is_identifier_header("kabul-process-2017"), is_identifier_header("per_1k"), is_identifier_header("a - b")
    (True, False, False)
    """
    return bool(re.fullmatch(r"[^\s-]+(?:-[^\s-]+)+", str(human_header(name))))


def stacks_on_phone(table: pd.DataFrame, kinds: dict[str, str], kind: str = "table") -> bool:
    """Whether ``table`` (``kinds``: each column's :func:`column_kind`) shows each row as a card on a phone: from
    :data:`STACK_ON_PHONE_COLUMNS` columns on, or one fewer when two or more of them hold text and one of those
    holds prose (:data:`PROSE_CHARACTERS`), since prose beside another text column squeezes a column of numbers until
    its header breaks letter by letter ("L/a/y/e/r/s"). Keyword-in-context lines (``kind="concordance"``) have a
    phone layout of their own.

    >>> kinds = {"statement": "text", "layers": "integer", "count": "integer", "chain": "text"}
    >>> chain = "a reporter → NATO; its Atlantic Council; the statement → Secretary General"
    >>> stacks_on_phone(pd.DataFrame({"statement": ["nato-2020"], "layers": [3], "count": [6], "chain": [chain]}), kinds)
    True
    >>> stacks_on_phone(pd.DataFrame({"statement": ["nato-2020"], "layers": [3], "count": [6], "chain": ["peace"]}), kinds)
    False
    """
    if kind == "concordance":
        return False
    if len(kinds) >= STACK_ON_PHONE_COLUMNS:
        return True
    texts = [name for name, column in kinds.items() if column == "text"]
    if len(kinds) < STACK_ON_PHONE_COLUMNS - 1 or len(texts) < 2:
        return False
    return any(table[name].astype(str).str.len().gt(PROSE_CHARACTERS).any() for name in texts)


#: The characters a phone's text column holds across a table's headers (390 px less the margins, at the tables'
#: type size, less each cell's padding).
PHONE_HEADER_CHARACTERS = 40


def headers_fit_whole(table: pd.DataFrame, kinds: dict[str, str]) -> list[Any]:
    """The columns of ``table`` whose headers need split no word on a phone: in a table that a phone shows with its
    headers (fewer than :data:`STACK_ON_PHONE_COLUMNS` columns) and whose headers' longest words together fit
    :data:`PHONE_HEADER_CHARACTERS`, each column of numbers or of text in short words (``kinds``: each column's
    :func:`column_kind`; :func:`has_short_words`). Such a column's cells are never split, so its header's words cost
    little more room ("Time" over "15 min", not "Tim" over "e"); a column with a long word has cells that need it,
    and its header may break.

    >>> sizes = pd.DataFrame({"documents": [10], "whole run (seconds)": [1.3]})
    >>> headers_fit_whole(sizes, {"documents": "integer", "whole run (seconds)": "number"})
    ['documents', 'whole run (seconds)']
    >>> plan = pd.DataFrame({"time": ["15 min"], "activity": ["(stance.sentence_stance)"]})
    >>> headers_fit_whole(plan, {"time": "text", "activity": "text"})
    ['time']
    """
    if len(table.columns) >= STACK_ON_PHONE_COLUMNS:
        return []
    longest = [max(re.split(r"[\s_/-]+", str(human_header(name))), key=len) for name in table.columns]
    if sum(len(word) for word in longest) > PHONE_HEADER_CHARACTERS:
        return []
    return [name for name, kind in kinds.items() if kind != "text" or has_short_words(table[name])]


def header_wrapping(name: Any, turned: bool = False, whole_words: bool = False) -> str:
    """The CSS of a header cell: an identifier is never broken at its hyphens ("kabul-" above
    "process-2017" reads as two names), and when a table has many (``turned``) it reads upright,
    bottom to top, so that the columns stay narrow; other headers wrap between their words, and where
    they fit whole (``whole_words``, :func:`headers_fit_whole`) a header of short words is never split
    inside one ("Docume" above "nts").

    >>> header_wrapping("kabul-process-2017"), header_wrapping("per_1k")
    ('white-space: nowrap', '')
    >>> header_wrapping("nato-2020", turned=True)
    'white-space: nowrap; writing-mode: vertical-rl; transform: rotate(180deg); vertical-align: bottom'
    >>> header_wrapping("size_docs", whole_words=True), header_wrapping("responsibilities", whole_words=True)
    ('overflow-wrap: normal', '')
    """
    if is_identifier_header(name):
        upright = "; writing-mode: vertical-rl; transform: rotate(180deg); vertical-align: bottom" if turned else ""
        return "white-space: nowrap" + upright
    if whole_words and has_short_words(pd.Series([str(human_header(name))])):
        return "overflow-wrap: normal"
    return ""


#: The longest word, in characters, that a table never splits: a text column whose words are all this
#: short (labels such as "Fisher", "combination", "international_role" once cut at its "_") wraps only
#: between words, since a label broken mid-word ("combinati/on") reads badly.
SHORT_WORD_CHARACTERS = 13


#: A date as the tables write it: one unit, never broken at its hyphens ("2026-" over "12-05").
ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def is_date_column(column: pd.Series) -> bool:
    """Whether every value given in a text ``column`` is an ISO date (YYYY-MM-DD).

    >>> is_date_column(pd.Series(["2026-12-05", None])), is_date_column(pd.Series(["2026-12-05", "soon"]))
    (True, False)
    """
    values = column.dropna().astype(str)
    values = values[values != ""]
    return not values.empty and bool(values.map(lambda value: ISO_DATE.fullmatch(value) is not None).all())


def has_short_words(column: pd.Series) -> bool:
    """Whether every word of a text ``column`` (cut at spaces, "_", "-" and "/") is at most
    :data:`SHORT_WORD_CHARACTERS` long.

    >>> has_short_words(pd.Series(["Fisher", "international_role"])), has_short_words(pd.Series(["responsibilities"]))
    (True, False)
    """
    words = column.astype(str).str.split(r"[\s_/-]+", regex=True).explode()
    return bool(words.str.len().le(SHORT_WORD_CHARACTERS).all())


def format_cell(value: Any, kind: str, precision: int) -> str:
    """A cell's HTML: its value written by kind; in text, a long identifier may break after "_" or
    ":", or inside a CamelCase name (an invisible ``<wbr>``, so that ``international_role``,
    ``nato-2020:003`` or ``CountVectorizer`` can wrap in a narrow column; copying or searching the
    text is unchanged). The text arrives HTML-escaped.

    >>> format_cell("international_role", "text", 2), format_cell(0.5, "share", 2)
    ('international_<wbr>role', '50.0%')
    >>> format_cell("scikit-learn CountVectorizer", "text", 2)
    'scikit-learn Count<wbr>Vectorizer'
    """
    written = format_value(value, kind, precision)
    if kind != "text":
        return written
    written = re.sub(r"([_:])(?=\w)", r"\1<wbr>", written)
    return re.sub(r"(?<=[a-z])(?=[A-Z][a-z])", "<wbr>", written)


def concordance_layout(styler: Styler) -> Styler:
    """Keyword in context: the left context right-aligned against the match, the match in bold.

    The sentence id names the statement (it begins with the ``doc_id``), so that column is left out.
    """
    columns = styler.data.columns
    if "left" in columns:
        styler = styler.set_properties(subset=["left"], **{"text-align": "right"})
    if "match" in columns:
        styler = styler.set_properties(
            subset=["match"], **{"font-weight": "bold", "text-align": "center", "white-space": "nowrap"}
        )
    return styler


@cache
def datatables_loader() -> str:
    """A script that loads the DataTables bundle shipped by ``itables`` from inside the page, once.

    The bundle is an ES module; it is imported from a ``blob:`` URL made in the page, so it needs
    no server (the page also works opened from disk) and no request leaves the machine.
    """
    from itables import options

    script = Path(options.dt_bundle)
    code = base64.b64encode(script.read_bytes()).decode("ascii")
    css = base64.b64encode(script.with_suffix(".css").read_bytes()).decode("ascii")
    return f"""<script>
if (!window.bookTables) {{
  const bytes = (b64) => Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
  const style = document.createElement("style");
  style.textContent = new TextDecoder().decode(bytes("{css}"));
  document.head.appendChild(style);
  const url = URL.createObjectURL(new Blob([bytes("{code}")], {{type: "text/javascript"}}));
  window.bookTables = import(url);
}}
</script>
"""


class InteractiveTable:
    """A long table shown as a DataTable (sortable, searchable, paginated), offline.

    It wraps the :class:`Styler` of the plain table: Styler methods (``set_properties``,
    ``set_caption``, ...) still work on it, and the plain table is what a reader without
    JavaScript, or a static notebook viewer, sees.
    """

    #: Whether this Python process has already put the DataTables bundle on the page.
    bundle_sent = False

    def __init__(self, styler: Styler):
        self.styler = styler

    def _repr_html_(self) -> str:
        table_id = f"T_{self.styler.uuid}"
        options = json.dumps(DATATABLE_OPTIONS)
        script = f"""<script type="module">
if (window.bookTables) {{
  const {{ ITable }} = await window.bookTables;
  const table = document.getElementById("{table_id}");
  if (table && !table.classList.contains("dataTable")) new ITable(table, {options});
}}
</script>"""
        loader = "" if InteractiveTable.bundle_sent else datatables_loader()
        InteractiveTable.bundle_sent = True
        return f'<div class="book-table-interactive">{loader}{self.styler.to_html()}{script}</div>'

    def __getattr__(self, name: str) -> Any:
        attribute = getattr(self.styler, name)
        if not callable(attribute):
            return attribute

        def call(*args: Any, **kwargs: Any) -> Any:
            result = attribute(*args, **kwargs)
            return self if result is self.styler else result

        return call


def use_book_tables() -> None:
    """In a notebook, print every DataFrame a cell returns as the book prints tables.

    Values are written by kind ("–" for a missing value), text is shown in full (pandas would cut
    it at 50 characters with "..."), and the page keeps the table within the text column. The
    headers stay as the code spells them, since the code above the table names them. Outside
    IPython this does nothing.
    """
    try:
        from IPython import get_ipython
    except ImportError:
        return
    shell = get_ipython()
    if shell is None:
        return
    pd.set_option("display.max_colwidth", None)
    html = shell.display_formatter.formatters["text/html"]
    html.for_type(pd.DataFrame, lambda table: table_styler(table, headers=False).to_html())
