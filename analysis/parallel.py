"""Per-sentence work on several processes, gathered as the columns of one table.

The diplomatic verbs and the stance markers are found one sentence at a time, so a large corpus
can be cut into chunks of sentences and each chunk searched on its own worker process (joblib).
Each sentence gives zero or more rows; the rows come back in sentence order, whatever the number
of processes, and are turned into a table column by column (tuples cost less memory than a dict
per row, which matters at a million rows).
"""

from __future__ import annotations

from itertools import chain
from typing import Callable, Iterable

import pandas as pd

#: How many chunks of sentences each process gets (several, so a slow chunk does not hold up the rest).
CHUNKS_PER_JOB = 8


def _rows_of(row_function: Callable[[str, str, str], Iterable[tuple]], doc_ids: list, sent_ids: list, texts: list) -> list[tuple]:
    """The rows of some sentences, in order (one task for a worker process)."""
    return [row for doc_id, sent_id, text in zip(doc_ids, sent_ids, texts) for row in row_function(doc_id, sent_id, text)]


def sentence_rows_table(row_function: Callable[[str, str, str], Iterable[tuple]], sentences: pd.DataFrame, columns: list[str], n_jobs: int = 1) -> pd.DataFrame:
    """``row_function(doc_id, sent_id, text)`` for every sentence, as one table with ``columns``.

    ``row_function`` must be a module-level function (worker processes import it by name) that
    returns tuples in the order of ``columns``. With ``n_jobs`` > 1 the sentences are cut into
    chunks searched on that many processes; the table is the same as on one.

    >>> def words(doc_id, sent_id, text):
    ...     return [(sent_id, word) for word in text.split()]
    >>> sentences = pd.DataFrame({"doc_id": ["a", "a"], "sent_id": ["a:1", "a:2"], "text": ["peace now", "talks"]})
    >>> sentence_rows_table(words, sentences, ["sent_id", "word"]).to_dict("list")
    {'sent_id': ['a:1', 'a:1', 'a:2'], 'word': ['peace', 'now', 'talks']}
    """
    doc_ids, sent_ids, texts = (sentences[name].tolist() for name in ("doc_id", "sent_id", "text"))
    if n_jobs == 1 or len(texts) < 2:
        rows = _rows_of(row_function, doc_ids, sent_ids, texts)
    else:
        from joblib import Parallel, delayed

        chunk = max(1, -(-len(texts) // (CHUNKS_PER_JOB * n_jobs)))
        parts = Parallel(n_jobs=n_jobs)(
            delayed(_rows_of)(row_function, doc_ids[start : start + chunk], sent_ids[start : start + chunk], texts[start : start + chunk])
            for start in range(0, len(texts), chunk)
        )
        rows = list(chain.from_iterable(parts))
    if not rows:
        return pd.DataFrame([], columns=columns)
    return pd.DataFrame({name: [row[number] for row in rows] for number, name in enumerate(columns)})
