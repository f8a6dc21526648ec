"""Results computed once and reused while what they were computed from is unchanged.

* **On a corpus object.** Several chapters need the same per-text results (the term lists, the
  document-term matrix, the VADER scores of every sentence). :func:`cached_on_corpus` computes
  such a result once and keeps it on the corpus; it is reused only while the texts are the ones it
  was made from (their ids and a hash of their contents are checked), so a corpus changed in
  place is computed again.
* **On disk, across processes.** A result that costs many seconds and is needed by several
  processes (the book build and the rerun of its notebooks both score the stance methods by
  cross-validation) is kept as a file by :func:`cached_on_disk`, named after a fingerprint of the
  files it was computed from, of this package's own files and of the libraries' versions: any
  change to one of them computes it afresh.
* **In the repository, with its key.** A result that a release computes once and every build reads
  (the stance methods' cross-validated predictions) is committed as a CSV with its
  :func:`release_key` beside it (:func:`write_recorded_table`); :func:`read_recorded_table` returns it
  only while the key still matches, so a change of data, code or library is never served a stale one.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import platform
import tempfile
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TypeVar

import pandas as pd

try:
    import fcntl  # file locks: Linux and macOS
except ImportError:  # Windows: the block of one_at_a_time runs without a lock
    fcntl = None

Result = TypeVar("Result")

_CACHE_ATTRIBUTE = "_term_lists_cache"


def cached_on_corpus(
    corpus, key: tuple, ids: list[str], texts: list[str], compute: Callable[[list[str]], Result]
) -> Result:
    """``compute(texts)``, remembered on ``corpus`` under ``key`` while the ids and texts are unchanged.

    The caller must not change the value it gets (copy it first).

    >>> class Box: pass
    >>> box = Box()
    >>> first = cached_on_corpus(box, ("n",), ["a"], ["peace"], lambda texts: [len(t) for t in texts])
    >>> cached_on_corpus(box, ("n",), ["a"], ["peace"], lambda texts: None) is first
    True
    """
    attributes = vars(corpus)
    if not isinstance(attributes, dict):  # not an instance (a class used as a corpus): no cache
        return compute(texts)
    cache = attributes.setdefault(_CACHE_ATTRIBUTE, {})
    fingerprint = (len(texts), hash((tuple(ids), tuple(texts))))
    hit = cache.get(key)
    if hit is not None and hit[0] == fingerprint:
        return hit[1]
    value = compute(texts)
    cache[key] = (fingerprint, value)
    return value


#: The package whose files are part of every disk cache key (a change of code computes afresh).
PACKAGE_DIR = Path(__file__).resolve().parents[1]
#: The libraries whose versions are part of every disk cache key.
KEY_LIBRARIES = ("numpy", "scipy", "pandas", "scikit-learn", "nltk", "vaderSentiment")


def _files_under(path: Path) -> list[Path]:
    """Every file a fingerprint covers: the file itself, or the files below a folder, sorted."""
    if path.is_file():
        return [path]
    return sorted(p for p in path.rglob("*") if p.is_file() and "__pycache__" not in p.parts)


def fingerprint(paths: Sequence[Path], relative_to: Path | None = None) -> str:
    """SHA-256 over the relative names and bytes of every file below ``paths`` (missing ones count too).

    Each of ``paths`` is named by its full path, or by its path below ``relative_to`` if given (then the
    same files give the same fingerprint wherever the checkout lives).

    >>> fingerprint([Path("no/such/place")]) == fingerprint([Path("no/such/place")])
    True
    """
    digest = hashlib.sha256()
    for root in paths:
        name = root.resolve() if relative_to is None else root.resolve().relative_to(relative_to.resolve())
        digest.update(f"root {name}\n".encode())
        if not root.exists():
            digest.update(b"missing\n")
            continue
        for file in _files_under(root):
            digest.update(f"{file.relative_to(root) if root.is_dir() else file.name}\n".encode())
            digest.update(hashlib.sha256(file.read_bytes()).digest())
    return digest.hexdigest()


def installed_versions(packages: Sequence[str]) -> dict[str, str]:
    """Python's version, then the installed version of each package ("not installed" if absent).

    What a result may depend on besides its inputs: the manifest of a run, the book's version table
    and the disk cache's key all record it.

    >>> list(installed_versions(["no-such-package-here"]).items())[1]
    ('no-such-package-here', 'not installed')
    """
    from importlib.metadata import PackageNotFoundError, version

    versions = {"python": platform.python_version()}
    for package in packages:
        try:
            versions[package] = version(package)
        except PackageNotFoundError:
            versions[package] = "not installed"
    return versions


def cached_on_disk(name: str, inputs: Sequence[Path], compute: Callable[[], Result], folder: Path) -> Result:
    """``compute()``, kept in ``folder`` and reused while ``inputs``, this package and its libraries are unchanged.

    The file is ``NAME-KEY.pickle``, where the key is a SHA-256 of every file under ``inputs``, of
    the ``analysis`` package's files and of the versions of Python and :data:`KEY_LIBRARIES`. It is
    written whole (a temporary file renamed into place), and older files of the same ``name`` are
    removed then. A folder that cannot be written only means the result is not kept. One process
    computes it at a time (:func:`one_at_a_time`): a second one asking meanwhile (the book build and
    the tests, side by side) waits, then reads the first one's file instead of computing it again.

    >>> folder = Path(tempfile.mkdtemp())
    >>> cached_on_disk("squares", [], lambda: [n * n for n in range(4)], folder)
    [0, 1, 4, 9]
    >>> cached_on_disk("squares", [], lambda: None, folder)
    [0, 1, 4, 9]
    """
    key = hashlib.sha256(
        (fingerprint([*inputs, PACKAGE_DIR]) + repr(installed_versions(KEY_LIBRARIES))).encode()
    ).hexdigest()[:20]
    path = Path(folder) / f"{name}-{key}.pickle"
    with one_at_a_time(Path(folder) / f".{name}.lock"):
        try:
            with open(path, "rb") as handle:
                return pickle.load(handle)
        except (OSError, EOFError, pickle.UnpicklingError, AttributeError, ImportError):
            pass  # not computed yet for these inputs (or unreadable): compute it
        value = compute()
        try:
            for older in path.parent.glob(f"{name}-*.pickle"):
                older.unlink(missing_ok=True)
            with tempfile.NamedTemporaryFile(dir=path.parent, prefix=f".{name}-", delete=False) as handle:
                pickle.dump(value, handle, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(handle.name, path)
        except OSError:
            pass
        return value


def release_key(inputs: Sequence[Path], root: Path) -> str:
    """The key of a result kept in the repository: a SHA-256 of the files under ``inputs`` and of this
    package's files, named relative to ``root`` (the checkout), and of the libraries' versions.

    The same as :func:`cached_on_disk`'s key in what it covers, but the same in every checkout, so a
    result committed with its key is known to be current on a fresh clone.
    """
    content = (
        fingerprint(inputs, relative_to=root)
        + fingerprint([PACKAGE_DIR], relative_to=PACKAGE_DIR.parent)
        + repr(installed_versions(KEY_LIBRARIES))
    )
    return hashlib.sha256(content.encode()).hexdigest()


def _key_file(path: Path) -> Path:
    return path.with_name(path.name + ".key")


def write_recorded_table(table: pd.DataFrame, path: Path, key: str) -> None:
    """Write ``table`` to the CSV ``path`` and, beside it (``path.key``), ``key``: the :func:`release_key` of what
    it was computed from, taken before computing it (so a file edited meanwhile leaves the table stale, not
    wrongly current)."""
    table.to_csv(path, index=False, lineterminator="\n")
    _key_file(path).write_text(key + "\n", encoding="utf-8")


def read_recorded_table(path: Path, inputs: Sequence[Path], root: Path) -> pd.DataFrame | None:
    """The table kept at ``path`` (every column read as text), if it was computed from ``inputs`` and this
    package as they are now (its key file matches :func:`release_key`); None if it is missing or stale."""
    key_file = _key_file(path)
    if not (path.is_file() and key_file.is_file()):
        return None
    if key_file.read_text(encoding="utf-8").strip() != release_key(inputs, root):
        return None
    return pd.read_csv(path, dtype=str, keep_default_na=False)


@contextmanager
def one_at_a_time(lock_file: Path) -> Iterator[None]:
    """Hold an exclusive lock on ``lock_file`` (made, with its folder, if missing) while the block runs.

    Another process entering the block with the same file waits until this one leaves it. Where the
    folder cannot be written, or the system has no ``fcntl`` (Windows), the block runs without a lock.
    """
    if fcntl is None:
        yield
        return
    try:
        lock_file.parent.mkdir(parents=True, exist_ok=True)
        handle = open(lock_file, "a")
    except OSError:
        handle = None
    if handle is None:
        yield
        return
    with handle:
        fcntl.flock(handle, fcntl.LOCK_EX)  # released when the file is closed
        yield
