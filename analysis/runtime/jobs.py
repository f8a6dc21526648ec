"""Work on several processes: a list cut into chunks, each chunk a task for a joblib worker.

:func:`map_chunks` is the one place the package splits work across processes. The result is
the same, in the same order, whatever the number of processes: each chunk is computed by the
same function as on one process, and the chunks come back in order. :func:`on_one_thread` keeps
the numerical libraries to one thread inside a process, so that a model comes out the same on
every machine.
"""

from __future__ import annotations

import functools
import signal
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, TypeVar

from threadpoolctl import threadpool_limits

if TYPE_CHECKING:  # pandas is imported where a table is built: a worker that only cuts texts into terms need not
    import pandas as pd

Item = TypeVar("Item")
Result = TypeVar("Result")

#: How many chunks each process gets (several, so a slow chunk does not hold up the rest).
CHUNKS_PER_JOB = 8

#: As many for work whose memory grows with its chunk (the stance model reads every sentence of a chunk at once):
#: smaller chunks keep each worker's peak down. At 10,000 documents the two workers labelling the stance matrix
#: peaked at about 520 MB together with 32 chunks each, against 700 MB with 8.
SMALL_CHUNKS_PER_JOB = 32


def on_one_thread(function: Callable[..., Result]) -> Callable[..., Result]:
    """``function`` run with one thread for the numerical libraries (BLAS, OpenMP), on any machine.

    Two reasons. The same result everywhere: threads add up a matrix product in an order that
    depends on how many there are, which changes its last bits and, through the solver's path,
    a few of a fitted model's decisions (3 of 7,487 development labels of the stance combination
    differed between one thread and two). And speed: the models' problems are small, so a second
    thread gains little and, on a busy machine, waits (that fit took 164 s on one thread and 433 s
    on two, beside other work).

    >>> on_one_thread(lambda: 2 + 2)()
    4
    """

    @functools.wraps(function)
    def on_one(*args, **kwargs):
        with threadpool_limits(limits=1):
            return function(*args, **kwargs)

    return on_one


def processes_for(n_tasks: int) -> int:
    """How many processes to run ``n_tasks`` independent tasks on: one per core, never more than the tasks.

    The package's one rule for "every core" (the command line's ``--jobs`` default, the stance model's
    folds), so that a machine with fewer cores, or a limit on them, is read in one place.

    >>> processes_for(1)
    1
    """
    import os

    return max(1, min(n_tasks, os.cpu_count() or 1))


def map_chunks(
    function: Callable[[Sequence[Item]], list[Result]],
    items: Sequence[Item],
    n_jobs: int = 1,
    chunks_per_job: int = CHUNKS_PER_JOB,
    threads: bool = False,
) -> Iterator[list[Result]]:
    """``function(chunk)`` for consecutive chunks of ``items``, in order; on ``n_jobs`` processes if more than one.

    ``function`` must be picklable (a module-level function or an instance of a module-level
    class): worker processes import it by name. With ``threads`` the chunks run on threads of
    this process instead, for work that releases the interpreter lock (numpy, scipy). The results
    arrive one chunk at a time, so a caller can fold them in as they come.

    >>> [part for part in map_chunks(lambda chunk: [len(chunk)], ["a", "b", "c"])]
    [[3]]
    """
    if n_jobs == 1 or len(items) < 2:
        yield function(items)
        return
    from joblib import Parallel, delayed

    size = max(1, -(-len(items) // (chunks_per_job * n_jobs)))
    parallel = Parallel(n_jobs=n_jobs, prefer="threads" if threads else None, return_as="generator")
    tasks = (delayed(function)(items[start : start + size]) for start in range(0, len(items), size))
    yield from (parallel(tasks) if threads else _started_without_ctrl_c(parallel, tasks))


def map_stream(function: Callable[[Item], Result], items: Iterable[Item], n_jobs: int = 1) -> Iterator[Result]:
    """``function(item)`` for each item of a stream, in order, read and computed as the results are used.

    Only a few batches are read ahead, so a corpus larger than memory can stream through.

    >>> list(map_stream(len, iter(["peace", "talks"])))
    [5, 5]
    """
    if n_jobs == 1:
        return map(function, items)
    from joblib import Parallel, delayed

    parallel = Parallel(n_jobs=n_jobs, return_as="generator", batch_size=64, pre_dispatch="4*n_jobs")
    return _started_without_ctrl_c(parallel, (delayed(function)(item) for item in items))


def _started_without_ctrl_c(parallel, tasks: Iterable) -> Iterator:
    """``parallel(tasks)``, whose worker processes start with Ctrl-C (SIGINT) blocked (see the module's note).

    joblib starts the workers, and hands out the first tasks, before it returns; SIGINT is
    blocked in this thread only for that moment (a Ctrl-C meanwhile arrives when it is unblocked).
    The resource trackers that watch the workers' shared memory are started first: starting one
    unblocks SIGINT in the thread that starts it.
    """
    from multiprocessing import resource_tracker

    from joblib.externals.loky.backend import resource_tracker as loky_resource_tracker

    resource_tracker.ensure_running()
    loky_resource_tracker.ensure_running()
    blocked = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        return parallel(tasks)
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, blocked)


def map_items(
    function: Callable[[Sequence[Item]], list[Result]], items: Sequence[Item], n_jobs: int = 1, **options
) -> list[Result]:
    """The results of :func:`map_chunks` as one list: ``function`` of every item, in order."""
    return [result for part in map_chunks(function, items, n_jobs, **options) for result in part]


def sentence_rows_table(
    row_function: Callable[..., Iterable[tuple]],
    sentences: pd.DataFrame,
    columns: list[str],
    n_jobs: int = 1,
    *per_sentence: Sequence,
) -> pd.DataFrame:
    """``row_function(doc_id, sent_id, text, *values)`` for every sentence, as one table with ``columns``.

    ``row_function`` must be a module-level function that returns tuples in the order of
    ``columns``. ``per_sentence``: further sequences, one value per sentence in the order of
    ``sentences`` (a result computed earlier for each), passed after the text. The rows become the
    table column by column (tuples cost less memory than a dict per row, which matters at a
    million rows).

    >>> import pandas as pd
    >>> def words(doc_id, sent_id, text):
    ...     return [(sent_id, word) for word in text.split()]
    >>> sentences = pd.DataFrame({"doc_id": ["a", "a"], "sent_id": ["a:1", "a:2"], "text": ["peace now", "talks"]})
    >>> sentence_rows_table(words, sentences, ["sent_id", "word"]).to_dict("list")
    {'sent_id': ['a:1', 'a:1', 'a:2'], 'word': ['peace', 'now', 'talks']}
    """
    import pandas as pd

    arguments = list(zip(*(sentences[name].tolist() for name in ("doc_id", "sent_id", "text")), *per_sentence))
    rows = map_items(_RowsOf(row_function), arguments, n_jobs)
    if not rows:
        return pd.DataFrame([], columns=columns)
    return pd.DataFrame({name: [row[number] for row in rows] for number, name in enumerate(columns)})


class _RowsOf:
    """The rows of some sentences, in order (a picklable task for a worker process)."""

    def __init__(self, row_function: Callable) -> None:
        self.row_function = row_function

    def __call__(self, sentences: Sequence[tuple]) -> list[tuple]:
        return [row for sentence in sentences for row in self.row_function(*sentence)]
