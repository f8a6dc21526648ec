"""Never a stale book: the build is thrown away when what the pages were computed from changes.

Jupyter Book's execution cache keys a notebook by its code cells only, and Sphinx re-reads a page
only when its source file changes. Neither knows about the corpus (``$ANALYSIS_CORPUS`` or
``seeds/``) or the ``analysis`` package, so after either changes a rebuild would serve pages
computed from the old ones. :func:`ensure_fresh` records a fingerprint of both (and of the pinned
requirements) beside the build and, when it differs, removes the cache and the built pages so that
every chapter executes again.

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


def book_inputs(corpus: str | Path | None = None) -> list[Path]:
    """What the chapters are computed from: the corpus, the package and the pinned requirements."""
    return [resolve_corpus_dir(corpus), PROJECT_ROOT / "analysis", PROJECT_ROOT / "requirements.txt"]


def ensure_fresh(build_dir: str | Path, inputs: list[Path]) -> bool:
    """Remove the computed parts of ``build_dir`` if ``inputs`` changed since the last build.

    Returns True when the build was cleared (or there was none), False when it is still current.
    """
    build = Path(build_dir)
    record = build / FINGERPRINT_FILE
    current = fingerprint(inputs)
    if record.exists() and record.read_text().strip() == current:
        return False
    for part in COMPUTED_PARTS:
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
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
