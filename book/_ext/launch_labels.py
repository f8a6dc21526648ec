"""Launch buttons that say where they lead: "Binder (JupyterLab)" opens the chapter in JupyterLab.

sphinx-book-theme labels its buttons with the service's name only ("Binder", "Colab"). With
``launch_buttons.notebook_interface: jupyterlab`` in ``_config.yml`` the Binder link opens this
chapter's notebook in JupyterLab; this extension puts that in the button's text and tooltip.
"""

from __future__ import annotations

#: New text and tooltip for each launch button, by the theme's text for it.
LABELS = {
    "Binder": ("Binder (JupyterLab)", "Open this chapter in JupyterLab on Binder, to rerun it"),
    "Colab": ("Colab", "Open this chapter in Google Colab, to rerun it"),
}


def relabel_launch_buttons(app, pagename, templatename, context, doctree) -> None:
    """Rename the buttons of the theme's launch group (added at priority 501, so this runs after)."""
    for group in context.get("header_buttons", []):
        if group.get("label") != "launch-buttons":
            continue
        for button in group.get("buttons", []):
            if button.get("text") in LABELS:
                button["text"], button["tooltip"] = LABELS[button["text"]]


def setup(app) -> dict:
    app.connect("html-page-context", relabel_launch_buttons, priority=600)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
