"""Results kept on a corpus object: computed once per corpus, recomputed if its texts change.

Several chapters need the same per-text results (the term lists, the document-term matrix, the
VADER scores of every sentence). :func:`cached_on_corpus` computes such a result once and keeps
it on the corpus; it is reused only while the texts are the ones it was made from (their ids and
a hash of their contents are checked), so a corpus changed in place is computed again.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

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
