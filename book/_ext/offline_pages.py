"""A tiny Sphinx extension that keeps the rendered pages clean in a browser.

sphinx-thebe registers its configuration script once per build of the environment, so an
incremental build can emit it twice on a page and the browser reports "Identifier 'THEBE_JS_URL'
has already been declared". This extension drops exact duplicate scripts from every page.
"""

from __future__ import annotations

from typing import Any


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
    app.connect("html-page-context", drop_duplicate_scripts, priority=900)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
