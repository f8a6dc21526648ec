"""Tokenise once: the term lists of a corpus's documents and sentences, computed once and reused.

Frequencies, keyness, TF-IDF and the typical sentences all count the book's terms
(:func:`analysis.text.tokens.terms`) of the same texts. On a large corpus tokenising is the costly
part, so the lists are computed once per corpus and set of options and kept on the corpus
(:func:`analysis.runtime.cache.cached_on_corpus`: remade if the texts change).

>>> from analysis.io.corpus import load_corpus
>>> corpus = load_corpus()
>>> document_term_lists(corpus) is document_term_lists(corpus)
True
>>> document_term_lists(corpus)[0][:3] == terms(corpus.documents["text"].iloc[0])[:3]
True
"""

from __future__ import annotations

from analysis.runtime.cache import cached_on_corpus as cached_on_corpus  # where the loader looks for it
from analysis.runtime.jobs import map_chunks
from analysis.text.tokens import count_words, is_counted, terms


def document_term_lists(
    corpus, *, remove_stop_words: bool = True, stemming: bool = False, n_jobs: int = 1
) -> list[list[str]]:
    """The terms of each document, in corpus order (multi-word terms kept whole); ``n_jobs`` processes."""
    options = {"remove_stop_words": remove_stop_words, "stemming": stemming}
    return _cached_term_lists(corpus, "documents", options, lambda texts: _term_lists(texts, options, n_jobs))


def sentence_term_lists(
    corpus, *, remove_stop_words: bool = True, keep_multiword: bool = True, n_jobs: int = 1
) -> list[list[str]]:
    """The terms of each sentence, in the order of ``corpus.sentences``; ``n_jobs`` processes.

    Without stop words they are the full lists filtered, not the sentences tokenised again.
    """
    options = {"remove_stop_words": remove_stop_words, "keep_multiword": keep_multiword}
    if remove_stop_words:
        full = {"keep_multiword": keep_multiword, "n_jobs": n_jobs}
        compute = lambda _: _without_stop_words(sentence_term_lists(corpus, remove_stop_words=False, **full))  # noqa: E731
    else:
        compute = lambda texts: _term_lists(texts, options, n_jobs)  # noqa: E731
    return _cached_term_lists(corpus, "sentences", options, compute)


def _cached_term_lists(corpus, table: str, options: dict, compute) -> list[list[str]]:
    """``compute(texts)`` for the texts of ``corpus.documents`` or ``corpus.sentences``, kept on the corpus."""
    rows = getattr(corpus, table)
    ids = rows["doc_id" if table == "documents" else "sent_id"].tolist()
    return cached_on_corpus(corpus, (table, *options.values()), ids, rows["text"].tolist(), compute)


class _TermsOf:
    """The terms of some texts (a picklable task for a worker process)."""

    def __init__(self, options: dict) -> None:
        self.options = options

    def __call__(self, texts: list[str]) -> list[list[str]]:
        shared: dict[str, str] = {}  # equal terms as one string: pickled to the main process once per chunk
        return [[shared.setdefault(term, term) for term in terms(text, **self.options)] for text in texts]


def _term_lists(texts: list[str], options: dict, n_jobs: int = 1) -> list[list[str]]:
    """The terms of each text, on ``n_jobs`` processes; equal terms share one string object.

    A corpus of 50 MB has millions of terms but a small vocabulary, so sharing makes the lists
    cost a pointer per term rather than a string. Each chunk joins the shared strings as it
    arrives, so its own copies are freed at once.
    """
    shared: dict[str, str] = {}
    parts = map_chunks(_TermsOf(options), texts, n_jobs)
    return [[shared.setdefault(term, term) for term in text_terms] for part in parts for text_terms in part]


def _without_stop_words(term_lists: list[list[str]]) -> list[list[str]]:
    """Term lists with stop words and single letters left out (what ``terms(remove_stop_words=True)`` gives).

    >>> _without_stop_words([["the", "civil society", "demands", "a", "g", "ceasefire"]])
    [['civil society', 'demands', 'ceasefire']]
    """
    return [[term for term in text_terms if is_counted(term)] for text_terms in term_lists]


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
