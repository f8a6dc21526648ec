"""The document-term matrix: how often each term occurs in each document, counted once per corpus.

Frequencies, keyness, TF-IDF and similarity all start from the same counts. They are made here,
once per corpus and set of options, with scikit-learn's ``CountVectorizer`` and the book's own
analyzer (:class:`TermAnalyzer`: the terms of :func:`analysis.text.tokens.terms`, then n-grams of
adjacent terms), and kept on the corpus for every chapter that needs them.

One row per document (in corpus order), one column per term (sorted, as scikit-learn sorts its
vocabulary), each cell a count::

                 ceasefire   civil society   talks   ...
    doc 1            3             0            5
    doc 2            0             2            1

>>> from analysis.io.corpus import load_corpus
>>> corpus = load_corpus()
>>> matrix = document_term_matrix(corpus)
>>> matrix is document_term_matrix(corpus), matrix.counts.shape[0] == len(corpus.doc_ids)
(True, True)
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from scipy import sparse
from sklearn.feature_extraction.text import CountVectorizer

from analysis.runtime.cache import cached_on_corpus
from analysis.text.term_lists import document_sizes, document_term_lists
from analysis.text.tokens import terms

#: How the two terms of a bigram are joined ("reduction + violence").
BIGRAM_JOINER = " + "


@dataclass(frozen=True)
class TermAnalyzer:
    """The book's tokenizer as a scikit-learn ``analyzer``: terms, then n-grams of adjacent terms.

    A module-level class (not a lambda) so that a fitted vectorizer pickles. A document may also
    be given already cut into terms (a list, as :func:`analysis.text.term_lists.document_term_lists`
    returns with the same ``stemming``): the corpus is then tokenised once for every chapter.
    A bigram is two adjacent terms *after* stop-word removal, joined by :data:`BIGRAM_JOINER`.

    >>> TermAnalyzer()("The reduction of violence and a ceasefire.")
    ['reduction', 'violence', 'ceasefire']
    >>> TermAnalyzer(ngram_range=(1, 2))("The reduction of violence.")
    ['reduction', 'violence', 'reduction + violence']
    >>> TermAnalyzer(ngram_range=(1, 2))(["reduction", "violence"])
    ['reduction', 'violence', 'reduction + violence']
    """

    ngram_range: tuple[int, int] = (1, 1)
    stemming: bool = False

    def __call__(self, text: str | list[str]) -> list[str]:
        tokens = terms(text, stemming=self.stemming) if isinstance(text, str) else text
        low, high = self.ngram_range
        grams: list[str] = []
        for n in range(low, high + 1):
            if n == 1:
                grams.extend(tokens)
            else:
                grams.extend(BIGRAM_JOINER.join(tokens[start : start + n]) for start in range(len(tokens) - n + 1))
        return grams


@dataclass
class DocumentTermMatrix:
    """Counts of every term in every document, and the fitted ``CountVectorizer`` that made them.

    ``counts[i, j]`` is how often ``terms[j]`` occurs in document ``doc_ids[i]``; ``sizes[i]`` is
    that document's length in words (:func:`analysis.text.tokens.count_words`, stop words
    included), the denominator of every rate in the book.
    """

    counts: sparse.csr_matrix
    doc_ids: list[str]
    terms: np.ndarray
    sizes: np.ndarray
    vectorizer: CountVectorizer

    def term_totals(self) -> np.ndarray:
        """How often each term occurs in the whole corpus."""
        return np.asarray(self.counts.sum(axis=0)).ravel()


def document_term_matrix(
    corpus, *, remove_stop_words: bool = True, stemming: bool = False, ngram_range: tuple[int, int] = (1, 1)
) -> DocumentTermMatrix:
    """The corpus's document-term matrix, counted once per set of options and kept on the corpus.

    By default stop words are left out, words are not stemmed, and the terms are single terms
    (``ngram_range=(1, 2)`` adds bigrams of adjacent terms).
    """
    ids, texts = corpus.documents["doc_id"].tolist(), corpus.documents["text"].tolist()
    options = (remove_stop_words, stemming, tuple(ngram_range))
    return cached_on_corpus(corpus, ("document-term matrix", *options), ids, texts, lambda _: _count(corpus, *options))


def _count(corpus, remove_stop_words: bool, stemming: bool, ngram_range: tuple[int, int]) -> DocumentTermMatrix:
    vectorizer = CountVectorizer(analyzer=TermAnalyzer(ngram_range, stemming))
    term_lists = document_term_lists(corpus, remove_stop_words=remove_stop_words, stemming=stemming)
    if any(term_lists):
        counts = vectorizer.fit_transform(term_lists).tocsr()
        terms_ = np.asarray(vectorizer.get_feature_names_out(), dtype=object)
    else:  # scikit-learn refuses an empty vocabulary: no term, no column
        counts, terms_ = sparse.csr_matrix((len(term_lists), 0), dtype=np.int64), np.array([], dtype=object)
    sizes = np.asarray(document_sizes(corpus), dtype=np.int64)
    return DocumentTermMatrix(counts, list(corpus.doc_ids), terms_, sizes, vectorizer)
