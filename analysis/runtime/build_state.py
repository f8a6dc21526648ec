"""Never a stale book: the build is thrown away when what the pages were computed from changes.

Jupyter Book's execution cache keys a notebook by its code cells only, and Sphinx re-reads a page
only when its source file changes. Neither knows about the corpus (``$ANALYSIS_CORPUS`` or
``seeds/``) or the ``analysis`` package, so after either changes a rebuild would serve pages
computed from the old ones. :func:`ensure_fresh` records a fingerprint of both (and of the pinned
requirements) beside the build and, when it differs, removes the cache and the built pages so that
every chapter executes again.

The style sheets (``_static``, ``book/_static``) are a second, cheaper case. Sphinx copies them only while it writes
some page, so after a change of style alone it would keep serving the old sheet. A change there
removes the written pages only (not the executed notebooks): every page is written again, with the
new sheet, from the cached execution.

``python -m analysis.runtime.build_state _build`` is run by ``make book`` before each build.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

from analysis.io.corpus import PROJECT_ROOT, resolve_corpus_dir
from analysis.runtime.cache import fingerprint

#: What a build holds that was computed from the corpus and the package.
COMPUTED_PARTS = (".jupyter_cache", ".doctrees", "html", "jupyter_execute")
FINGERPRINT_FILE = ".inputs-fingerprint"
#: What a build holds that was written with the style sheets.
STYLED_PARTS = ("html",)
STYLE_FINGERPRINT_FILE = ".style-fingerprint"


def book_inputs(corpus: str | Path | None = None) -> list[Path]:
    """What the chapters are computed from: the corpus, the package and the pinned requirements."""
    return [resolve_corpus_dir(corpus), PROJECT_ROOT / "analysis", PROJECT_ROOT / "requirements.txt"]


def style_inputs() -> list[Path]:
    """What the written pages' look comes from: the book's style sheets (``_static``, ``book/_static``)."""
    return [PROJECT_ROOT / "_static", PROJECT_ROOT / "book" / "_static"]


def ensure_fresh(
    build_dir: str | Path,
    inputs: list[Path],
    parts: tuple[str, ...] = COMPUTED_PARTS,
    record_name: str = FINGERPRINT_FILE,
) -> bool:
    """Remove ``parts`` of ``build_dir`` if ``inputs`` changed since the last build.

    Returns True when the build was cleared (or there was none), False when it is still current.
    The fingerprint is kept in ``build_dir / record_name``.
    """
    build = Path(build_dir)
    record = build / record_name
    current = fingerprint(inputs)
    if record.exists() and record.read_text().strip() == current:
        return False
    for part in parts:
        shutil.rmtree(build / part, ignore_errors=True)
    build.mkdir(parents=True, exist_ok=True)
    record.write_text(current + "\n")
    return True


def main(argv: list[str] | None = None) -> int:
    """``python -m analysis.runtime.build_state BUILD_DIR``: clear BUILD_DIR if its inputs changed."""
    args = sys.argv[1:] if argv is None else argv
    build_dir = Path(args[0]) if args else PROJECT_ROOT / "_build"
    if ensure_fresh(build_dir, book_inputs()):
        print(f"{build_dir}: the corpus, the analysis package or the pins changed: every chapter runs again")
    if ensure_fresh(build_dir, style_inputs(), STYLED_PARTS, STYLE_FINGERPRINT_FILE):
        print(f"{build_dir}: the style sheets changed: every page is written again")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
