"""Write a run's tables so that a folder of tables is never incomplete, mixed or written over the input.

A run writes into a fresh staging folder beside ``--out`` (``.NAME.run-XXXX``). Each table is
written there as ``NAME.csv.part`` and renamed when complete; when every table is written, a
``manifest.json`` (tables, rows, columns, a fingerprint of the corpus, versions) is added and the
staging folder takes the place of ``--out`` by a rename. So a reader of ``--out`` sees either the
previous run's folder, whole, or the new one, whole; a run stopped at any point (an error,
Ctrl-C, SIGTERM, even SIGKILL) leaves ``--out`` as it was.

The rules an output folder follows:

* it is never the corpus, inside it, nor a folder that holds it;
* an existing ``--out`` is replaced whole only if it is empty or an earlier run's tables (it holds
  ``manifest.json`` and only the files that manifest lists); any other folder is refused;
* one run at a time writes to one ``--out``: a second run fails at once with a clear message
  (a lock file ``.NAME.lock`` beside it, held with ``flock`` for the whole run and removed at its end);
* everything is checked before the corpus is loaded, so a read-only place fails in a second.

Tables are written with pandas' own ``to_csv`` (UTF-8, ``\\n`` line ends, no index): the same
table gives the same bytes. (Before Python 3.12 the ``csv`` writer leaves a ``\\r`` in a text
unquoted, which would break its row; a table with one is written with every text quoted.)
"""

from __future__ import annotations

import csv
import fcntl
import hashlib
import json
import os
import shutil
import signal
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from analysis.io.sources import CorpusError
from analysis.runtime.cache import installed_versions

#: The file that describes a finished run; a folder holding it (and only what it lists) may be replaced.
MANIFEST = "manifest.json"
#: The packages whose versions the manifest records.
RECORDED_PACKAGES = ("pandas", "numpy", "scipy", "scikit-learn", "nltk", "vaderSentiment", "wordfreq")

#: Rows and columns of every table written in this process, by path, so the manifest need not read them back.
_written: dict[Path, tuple[int, list[str]]] = {}


def write_csv(table: pd.DataFrame, path: Path) -> None:
    """Write ``table`` as UTF-8 CSV (``\\n`` line ends, no index), never leaving a partial file under ``path``.

    The table goes to ``path`` + ``.part`` first and is renamed to ``path`` once flushed, so a
    run killed while writing leaves at most a ``.part`` file.

    >>> folder = Path(tempfile.mkdtemp())
    >>> write_csv(pd.DataFrame({"term": ["a, b", "c\\nd"], "g2": [0.1, 1e-05]}), folder / "t.csv")
    >>> (folder / "t.csv").read_bytes()
    b'term,g2\\n"a, b",0.1\\n"c\\nd",1e-05\\n'
    """
    path = Path(path)
    partial = path.with_name(path.name + ".part")
    quoting = csv.QUOTE_NONNUMERIC if _bare_carriage_return(table) else csv.QUOTE_MINIMAL
    with open(partial, "w", encoding="utf-8", newline="") as handle:
        table.to_csv(handle, index=False, lineterminator="\n", quoting=quoting)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(partial, path)
    _written[path.resolve()] = (len(table), [str(column) for column in table.columns])


def _bare_carriage_return(table: pd.DataFrame) -> bool:
    """Whether a text cell holds ``\\r``, which Python's ``csv`` writer leaves unquoted before 3.12 (breaking the row)."""
    if sys.version_info >= (3, 12):
        return False
    for _, values in table.items():
        if values.dtype == object or isinstance(values.dtype, pd.StringDtype):
            try:
                if values.str.contains("\r", regex=False, na=False).any():
                    return True
            except AttributeError:  # an object column without text
                continue
    return False


def corpus_fingerprint(source: Path) -> str:
    """A SHA-256 of the corpus as read: the file's bytes, or each file of the folder (name and bytes), sorted."""
    digest = hashlib.sha256()
    files = [source] if source.is_file() else sorted(path for path in source.iterdir() if path.is_file())
    for file in files:
        digest.update(file.name.encode("utf-8") + b"\0")
        with open(file, "rb") as handle:
            for block in iter(lambda: handle.read(1 << 20), b""):
                digest.update(block)
        digest.update(b"\0")
    return digest.hexdigest()


def package_versions() -> dict[str, str]:
    """Python's version and those of :data:`RECORDED_PACKAGES` (the ones that can change a table)."""
    return installed_versions(RECORDED_PACKAGES)


def check_out_folder(out: Path, source: Path) -> None:
    """Refuse an ``--out`` that is, holds or lies in the corpus, that is not a folder, or that holds other files."""
    out_real, source_real = out.resolve(), source.resolve()
    corpus_folder = source_real if source_real.is_dir() else source_real.parent
    if source_real.is_file() and out_real == corpus_folder:
        raise CorpusError(
            f"{out}: the output folder holds the corpus file {source.name} (choose another --out; the input is never written to)"
        )
    if source_real.is_dir() and out_real.is_relative_to(corpus_folder):
        where = "is the corpus folder" if out_real == corpus_folder else f"is inside the corpus folder {source}"
        raise CorpusError(f"{out}: the output folder {where} (choose another --out; the input is never written to)")
    if source_real.is_relative_to(out_real):
        raise CorpusError(
            f"{out}: the output folder holds the corpus {source} (choose another --out; the input is never written to)"
        )
    if out.is_symlink():
        raise CorpusError(f"{out}: is a link (give the folder it points to, or a new folder, as --out)")
    if out.exists() and not out.is_dir():
        raise CorpusError(f"{out}: exists and is not a folder (choose a new or empty folder for --out)")
    if out.is_dir():
        foreign = files_not_from_a_run(out)
        if foreign:
            shown = ", ".join(foreign[:3]) + (f" and {len(foreign) - 3} more" if len(foreign) > 3 else "")
            raise CorpusError(
                f"{out}: the output folder holds files that are not an earlier run's tables ({shown}); choose a new or empty folder"
            )
        if not os.access(out, os.W_OK | os.X_OK):
            raise CorpusError(f"{out}: the output folder is read-only (cannot replace it)")


def files_not_from_a_run(out: Path) -> list[str]:
    """The names in ``out`` that its ``manifest.json`` does not list (all of them without a valid manifest)."""
    names = sorted(path.name for path in out.iterdir())
    if not names:
        return []
    try:
        manifest = json.loads((out / MANIFEST).read_text(encoding="utf-8"))
        listed = {table["file"] for table in manifest["tables"]} | {MANIFEST}
    except (OSError, ValueError, KeyError, TypeError):
        return names
    return [name for name in names if name not in listed]


@dataclass
class Staging:
    """A run's staging folder beside ``out``: where the tables are written before they replace ``out``."""

    out: Path
    folder: Path
    tables: list[Path] = field(default_factory=list)

    def publish(self, source: Path, written: list[Path], last_check: Callable[[], None] = lambda: None) -> list[Path]:
        """Write the manifest, then put the staging folder in the place of ``out``; return the tables' final paths.

        ``last_check`` runs with Ctrl-C and SIGTERM held back, just before ``out`` is replaced: an
        exception it raises leaves ``out`` as it was.
        """
        tables = []
        for path in written:
            rows, columns = _written.get(path.resolve(), (None, []))
            tables.append({"name": path.stem, "file": path.name, "rows": rows, "columns": columns})
        manifest = {
            "corpus": {"path": str(source), "sha256": corpus_fingerprint(source)},
            "tables": tables,
            "versions": package_versions(),
        }
        (self.folder / MANIFEST).write_text(json.dumps(manifest, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        os.chmod(self.folder, 0o755)  # mkdtemp makes it private; the tables are for reading
        blocked = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT, signal.SIGTERM})  # no stop half-way
        try:
            last_check()
            if not self.out.exists():
                os.replace(self.folder, self.out)
            elif not exchange(self.folder, self.out):  # the folders swap places in one step where Linux can
                retired = Path(tempfile.mkdtemp(prefix=f".{self.out.name}.old-", dir=self.out.parent))
                os.replace(self.out, retired / self.out.name)  # out is absent until the next line: never mixed
                os.replace(self.folder, self.out)
                shutil.rmtree(retired, ignore_errors=True)
        finally:
            signal.pthread_sigmask(signal.SIG_SETMASK, blocked)
        return [self.out / path.name for path in written]


def exchange(first: Path, second: Path) -> bool:
    """Swap two folders atomically (Linux ``renameat2`` with ``RENAME_EXCHANGE``); ``False`` where that is not available."""
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        swap = libc.renameat2
    except (OSError, AttributeError):
        return False
    at_cwd, rename_exchange = -100, 2
    if swap(at_cwd, os.fsencode(first), at_cwd, os.fsencode(second), rename_exchange) != 0:
        return False
    return True


@contextmanager
def staged_output(out: str | Path, source: Path) -> Iterator[Staging]:
    """Check ``out``, lock it and give a staging folder beside it; the folder is removed unless published.

    Everything that can be found before the corpus is read is checked here: the corpus is not
    written to, ``out`` is a folder we may replace, its parent is writable, and no other run is
    writing to it.
    """
    out = Path(out).absolute()
    check_out_folder(out, source)
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise CorpusError(f"{out}: cannot write beside the output folder ({error.strerror})") from None
    with run_lock(out):
        remove_abandoned_staging(out)
        check_out_folder(out, source)  # again, now that no other run can change it
        try:
            folder = Path(tempfile.mkdtemp(prefix=f".{out.name}.run-", dir=out.parent))
        except OSError as error:
            raise CorpusError(f"{out}: cannot write beside the output folder ({error.strerror})") from None
        try:
            yield Staging(out, folder)
        finally:
            shutil.rmtree(folder, ignore_errors=True)  # gone already if published


@contextmanager
def run_lock(out: Path) -> Iterator[None]:
    """Hold the lock file ``.NAME.lock`` beside ``out`` (``flock``) while a run writes, and remove it after.

    A second run fails at once with a clear message. The file is removed while still locked, so
    a run that opened it just before must notice that the lock it then gets is on a removed file:
    it opens the path again (the file under the path is the only one that counts).
    """
    path = out.parent / f".{out.name}.lock"
    while True:
        try:
            handle = open(path, "a")
        except OSError as error:
            raise CorpusError(f"{out}: cannot write beside the output folder ({error.strerror})") from None
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.close()
            raise CorpusError(
                f"{out}: another run is writing to this folder; wait for it to end or choose another --out"
            ) from None
        if _is_file_at(handle, path):
            break
        handle.close()  # the run that held it removed it meanwhile: lock the file now at the path
    try:
        yield
    finally:
        try:
            path.unlink()
        except FileNotFoundError:
            pass
        handle.close()


def _is_file_at(handle, path: Path) -> bool:
    """Whether the open file ``handle`` is the file now at ``path`` (not one removed since it was opened)."""
    try:
        return os.path.samestat(os.fstat(handle.fileno()), os.stat(path))
    except FileNotFoundError:
        return False


def remove_abandoned_staging(out: Path) -> None:
    """Remove staging and retired folders that a killed run left beside ``out`` (called under the lock).

    A run killed between moving an earlier ``out`` aside and moving its own tables in (only where
    folders cannot be swapped in one step) left the earlier one in a ``.old-`` folder: it is put back.
    """
    for retired in out.parent.glob(f".{out.name}.old-*/{out.name}"):
        if not out.exists():
            os.replace(retired, out)
    for prefix in (f".{out.name}.run-", f".{out.name}.old-"):
        for leftover in out.parent.glob(prefix + "*"):
            shutil.rmtree(leftover, ignore_errors=True)
