"""A tiny Sphinx extension that makes the rendered book work offline and load cleanly in a browser.

1. **MathJax from a local copy.** Sphinx loads MathJax from a CDN, so formulas would show as raw
   TeX with no network. The PyPI package ``django-static-mathjax`` (pinned in requirements.txt)
   ships MathJax 3; the parts the book needs are copied into ``_static/mathjax`` and used instead.
2. **The book's own style sheet** (``book/_static/book.css``): glued values are not bold.
3. **No duplicate scripts.** sphinx-thebe registers its configuration script once per build of the
   environment, so an incremental build can emit it twice on a page and the browser reports
   "Identifier 'THEBE_JS_URL' has already been declared". Exact duplicates are dropped.
"""

from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path
from typing import Any

#: The MathJax files the book uses: the TeX-to-HTML bundle, its fonts and on-demand components.
MATHJAX_PARTS = ("tex-chtml.js", "output/chtml", "input/tex/extensions", "ui", "a11y")
MATHJAX_TARGET = "mathjax"


def local_mathjax_source() -> Path | None:
    """The MathJax 3 ``es5`` folder shipped by django-static-mathjax, or None if it is not installed."""
    spec = importlib.util.find_spec("mathjax")
    if spec is None or not spec.submodule_search_locations:
        return None
    source = Path(list(spec.submodule_search_locations)[0]) / "static" / "mathjax" / "es5"
    return source if (source / "tex-chtml.js").exists() else None


#: The folder of the book's own static files (style sheet), next to this extension's folder.
BOOK_STATIC = Path(__file__).resolve().parents[1] / "_static"


def add_book_static(app, config) -> None:
    """Serve ``book/_static`` and load the book's style sheet on every page."""
    config.html_static_path = [*config.html_static_path, str(BOOK_STATIC)]
    app.add_css_file("book.css")


def use_local_mathjax(app, config) -> None:
    """Point Sphinx at the local MathJax copy when the package is installed."""
    if local_mathjax_source() is not None:
        config.mathjax_path = f"{MATHJAX_TARGET}/tex-chtml.js"


def copy_local_mathjax(app, exception) -> None:
    """Copy the MathJax parts into the HTML output's ``_static`` folder after a successful build."""
    source = local_mathjax_source()
    if exception is not None or source is None or app.builder.format != "html":
        return
    target = Path(app.outdir) / "_static" / MATHJAX_TARGET
    for part in MATHJAX_PARTS:
        origin = source / part
        if origin.is_dir():
            shutil.copytree(origin, target / part, dirs_exist_ok=True)
        elif origin.exists():
            (target / part).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(origin, target / part)


def _script_key(script: Any) -> tuple:
    """What makes two script entries the same: file name (None and '' both mean inline) and attributes."""
    attributes = getattr(script, "attributes", {}) or {}
    filename = getattr(script, "filename", str(script)) or ""
    return (str(filename), tuple(sorted((k, str(v)) for k, v in attributes.items())))


def drop_duplicate_scripts(app, pagename, templatename, context, doctree) -> None:
    """Keep the first of any scripts that appear more than once on a page."""
    scripts = context.get("script_files")
    if not scripts:
        return
    seen, unique = set(), []
    for script in scripts:
        key = _script_key(script)
        if key not in seen:
            seen.add(key)
            unique.append(script)
    context["script_files"] = unique


def setup(app) -> dict:
    app.connect("config-inited", use_local_mathjax)
    app.connect("config-inited", add_book_static)
    app.connect("html-page-context", drop_duplicate_scripts, priority=900)
    app.connect("build-finished", copy_local_mathjax)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
