"""Tokenise once: the term lists of a corpus's documents and sentences, computed once and reused.

Frequencies, keyness, TF-IDF and the typical sentences all count the book's terms
(:func:`analysis.text.tokens.terms`) of the same texts. On a large corpus tokenising is the costly
part, so the lists are computed once per corpus and set of options, and kept on the corpus
object. A cached list is reused only if the texts are still the ones it was made from (their
ids and a hash of their contents are checked), so a corpus changed in place is tokenised again.

>>> from analysis.io.corpus import load_corpus
>>> corpus = load_corpus()
>>> document_term_lists(corpus) is document_term_lists(corpus)
True
>>> document_term_lists(corpus)[0][:3] == terms(corpus.documents["text"].iloc[0])[:3]
True
"""

from __future__ import annotations

from typing import Callable

from analysis.text.tokens import STOP_WORDS, count_words, terms

_CACHE_ATTRIBUTE = "_term_lists_cache"


def _fingerprint(ids: list[str], texts: list[str]) -> tuple[int, int]:
    """What identifies a list of texts: how many, and a hash of ids and contents together."""
    return len(texts), hash((tuple(ids), tuple(texts)))


def cached_on_corpus(corpus, key: tuple, ids: list[str], texts: list[str], compute: Callable[[list[str]], object]) -> object:
    """``compute(texts)``, remembered on ``corpus`` under ``key`` while the ids and texts are unchanged.

    For any per-text result that several stages need (term lists, sentence scores): the caller
    must not change the value it gets (copy it first).
    """
    attributes = vars(corpus)
    if not isinstance(attributes, dict):  # not an instance (a class used as a corpus): no cache
        return compute(texts)
    cache = attributes.setdefault(_CACHE_ATTRIBUTE, {})
    fingerprint = _fingerprint(ids, texts)
    hit = cache.get(key)
    if hit is not None and hit[0] == fingerprint:
        return hit[1]
    value = compute(texts)
    cache[key] = (fingerprint, value)
    return value


def document_term_lists(corpus, *, remove_stop_words: bool = True, stemming: bool = False, n_jobs: int = 1) -> list[list[str]]:
    """The terms of each document, in corpus order (multi-word terms kept whole); ``n_jobs`` processes."""
    ids, texts = corpus.documents["doc_id"].tolist(), corpus.documents["text"].tolist()
    options = {"remove_stop_words": remove_stop_words, "stemming": stemming}
    key = ("documents", remove_stop_words, stemming)
    return cached_on_corpus(corpus, key, ids, texts, lambda items: _term_lists(items, options, n_jobs))


def _terms_of(texts: list[str], options: dict, shared: dict[str, str] | None = None) -> list[list[str]]:
    """The terms of some texts (one task for a worker process); equal terms share one string object.

    Sharing within a task also makes its result small to send back: pickle writes a string
    object once, however many lists hold it.
    """
    shared = {} if shared is None else shared
    return [[shared.setdefault(term, term) for term in terms(text, **options)] for text in texts]


def _term_lists(texts: list[str], options: dict, n_jobs: int = 1) -> list[list[str]]:
    """The terms of each text; equal terms share one string object, so the lists cost a pointer
    per term rather than a string (a corpus of 50 MB has millions of terms but a small vocabulary)."""
    shared: dict[str, str] = {}
    if n_jobs == 1:
        return _terms_of(texts, options, shared)
    from joblib import Parallel, delayed

    chunk = max(1, -(-len(texts) // (8 * n_jobs)))
    parts = Parallel(n_jobs=n_jobs, return_as="generator")(
        delayed(_terms_of)(texts[start : start + chunk], options) for start in range(0, len(texts), chunk)
    )
    lists: list[list[str]] = []
    for part in parts:  # each part joins the shared strings as it arrives, so its own copies are freed at once
        lists += [[shared.setdefault(term, term) for term in text_terms] for text_terms in part]
    return lists


def sentence_term_lists(corpus, *, remove_stop_words: bool = True, keep_multiword: bool = True, n_jobs: int = 1) -> list[list[str]]:
    """The terms of each sentence, in the order of ``corpus.sentences``; ``n_jobs`` processes."""
    ids, texts = corpus.sentences["sent_id"].tolist(), corpus.sentences["text"].tolist()
    options = {"remove_stop_words": remove_stop_words, "keep_multiword": keep_multiword}
    key = ("sentences", remove_stop_words, keep_multiword)
    if remove_stop_words:  # the same terms as the full lists without the stop words: filter, do not tokenise again
        return cached_on_corpus(corpus, key, ids, texts, lambda _: _without_stop_words(sentence_term_lists(
            corpus, remove_stop_words=False, keep_multiword=keep_multiword, n_jobs=n_jobs)))
    return cached_on_corpus(corpus, key, ids, texts, lambda items: _term_lists(items, options, n_jobs))


def _without_stop_words(term_lists: list[list[str]]) -> list[list[str]]:
    """Term lists with :data:`analysis.text.tokens.STOP_WORDS` left out (what ``terms(remove_stop_words=True)`` gives).

    >>> _without_stop_words([["the", "civil society", "demands", "a", "ceasefire"]])
    [['civil society', 'demands', 'ceasefire']]
    """
    return [[term for term in text_terms if term not in STOP_WORDS] for text_terms in term_lists]


def document_sizes(corpus) -> list[int]:
    """Each document's length in words (:func:`analysis.text.tokens.count_words`), in corpus order."""
    ids, texts = corpus.documents["doc_id"].tolist(), corpus.documents["text"].tolist()
    return cached_on_corpus(corpus, ("sizes",), ids, texts, lambda items: [count_words(text) for text in items])


def remember_document_sizes(corpus, sizes: list[int]) -> None:
    """Keep ``sizes`` as what :func:`document_sizes` returns while the documents' ids and texts are unchanged.

    For the loader, which has counted each document's words with the same function already (the
    ``n_words`` column): on 10,000 documents, counting them again took over a second of serial work.
    """
    ids, texts = corpus.documents["doc_id"].tolist(), corpus.documents["text"].tolist()
    cached_on_corpus(corpus, ("sizes",), ids, texts, lambda _: list(sizes))
