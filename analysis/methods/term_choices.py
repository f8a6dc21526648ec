"""What two tokenising choices do to the top TF-IDF terms: the multi-word terms and the short stop list.

The book's terms (:func:`analysis.text.tokens.terms`) keep a hand-picked list of multi-word terms
whole (*civil society*, *women and girls*, *doha process*) and use a short stop list that keeps the
words that carry stance (*we, will, not, must*). Both are choices a reader may not share. This
module recomputes each statement's top TF-IDF terms without each choice, with the baseline weighting
(raw tf, smoothed idf, l2 norm: scikit-learn's default), and lists the terms that enter and leave.

Without the second choice, the words the book keeps on purpose and a usual stop list (scikit-learn's
English list) removes are dropped too.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
from scipy import sparse
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS, CountVectorizer

from analysis.io.corpus import Corpus
from analysis.methods import tfidf
from analysis.text.document_term_matrix import document_term_matrix
from analysis.text.tokens import MULTIWORD_TERMS, STANCE_BEARING, STOP_WORDS, is_counted, terms

#: Words a usual English stop list (scikit-learn's) removes and the book keeps on purpose, because
#: they carry stance (:data:`analysis.text.tokens.STANCE_BEARING`).
KEPT_FUNCTION_WORDS = frozenset(
    word for word in STANCE_BEARING if word in ENGLISH_STOP_WORDS and word not in STOP_WORDS
)

#: The choices compared with the book's terms, by name: options of :func:`analysis.text.tokens.terms`.
CHOICES: dict[str, dict] = {
    "the book's terms": {},
    "the multi-word terms": {"keep_multiword": False},
    "the kept stance words": {"stop_words": STOP_WORDS | KEPT_FUNCTION_WORDS},
}


def counts_with(corpus: Corpus, **options) -> tuple[sparse.csr_matrix, np.ndarray]:
    """Each statement's term counts with :func:`terms` called with ``options``: ``(counts, terms)``, one
    row per statement in corpus order and one column per term, sorted.

    Both choices of :data:`CHOICES` change which terms are counted, not the words of the text, so
    their counts come from the corpus's document-term matrix (counted once for every chapter): with
    a stop list that holds the book's, the columns of the extra stop words are left out; without
    multi-word terms, the count of each goes to its words (:func:`words_of_term`). Only other options
    cut the texts into terms again.
    """
    matrix = document_term_matrix(corpus)
    if options.keys() == {"stop_words"} and STOP_WORDS <= set(options["stop_words"]):
        kept = np.array([term not in options["stop_words"] for term in matrix.terms], dtype=bool)
        return matrix.counts[:, kept].sorted_indices(), matrix.terms[kept]
    if options == {"keep_multiword": False}:
        term_words = [words_of_term(term) for term in matrix.terms]
        words = sorted({word for parts in term_words for word in parts})
        column_of = {word: column for column, word in enumerate(words)}
        rows = [row for row, parts in enumerate(term_words) for _ in parts]
        columns = [column_of[word] for parts in term_words for word in parts]
        to_words = sparse.csr_matrix(  # term -> its words; duplicates summed
            (np.ones(len(rows), dtype=np.int64), (rows, columns)), shape=(len(term_words), len(words))
        )
        return (matrix.counts @ to_words).tocsr().sorted_indices(), np.array(words, dtype=object)
    vectorizer = CountVectorizer(analyzer=_given)
    counts = vectorizer.fit_transform([terms(text, **options) for text in corpus.documents["text"]])
    return counts.tocsr(), vectorizer.get_feature_names_out()


def _given(tokens: list[str]) -> list[str]:
    """The analyzer for documents already cut into terms."""
    return tokens


def words_of_term(term: str) -> list[str]:
    """A term as :func:`terms` gives it without multi-word terms: a multi-word term's counted words,
    each without a possessive (the book's terms are the words of the text, some of them joined).

    >>> words_of_term("women's rights"), words_of_term("rule of law"), words_of_term("ceasefire")
    (['women', 'rights'], ['rule', 'law'], ['ceasefire'])
    """
    if " " not in term:
        return [term]
    words = (word[:-2] if word.endswith("'s") else word for word in term.split())
    return [word for word in words if is_counted(word)]


def top_terms_with(corpus: Corpus, k: int = 10, **options) -> pd.DataFrame:
    """Each statement's ``k`` highest baseline TF-IDF terms, with :func:`terms` called with ``options``.

    Ranked by :func:`analysis.methods.tfidf.top_terms` (ties broken alphabetically). With the book's
    own terms, the weights are the TF-IDF chapter's (:func:`analysis.methods.tfidf.tfidf_matrix`, from
    the corpus's counts), not fitted again.
    """
    if options:
        counts, counted_terms = counts_with(corpus, **options)
        transformer = tfidf.BASELINE.transformer()
        weights = transformer.fit_transform(counts).tocsr()
        matrix = tfidf.TfidfMatrix(weights, list(corpus.doc_ids), counted_terms, transformer.idf_)
    else:
        matrix = tfidf.tfidf_matrix(corpus)
    return tfidf.top_terms(matrix, k).rename(columns={"tfidf": "weight"})


def choice_changes(corpus: Corpus, k: int = 10) -> pd.DataFrame:
    """Per statement and choice: the top terms that leave and enter the list, and whether the first term changes."""
    base = _terms_by_document(top_terms_with(corpus, k))
    rows = []
    for name, options in CHOICES.items():
        if not options:
            continue
        other = _terms_by_document(top_terms_with(corpus, k, **options))
        for doc_id in corpus.doc_ids:
            before, after = base.get(doc_id, []), other.get(doc_id, [])
            rows.append(
                {
                    "doc_id": doc_id,
                    "without": name,
                    "leave": ", ".join(term for term in before if term not in after) or "–",
                    "enter": ", ".join(term for term in after if term not in before) or "–",
                    "first term": f"{before[0] if before else '–'} → {after[0] if after else '–'}",
                    "n_changed": sum(term not in after for term in before),
                }
            )
    return pd.DataFrame(rows)


def _terms_by_document(top: pd.DataFrame) -> dict[str, list[str]]:
    """Each statement's top terms in rank order, by doc id."""
    by_document: dict[str, list[str]] = {}
    for doc_id, term in zip(top["doc_id"].tolist(), top["term"].tolist()):  # the rows are in rank order
        by_document.setdefault(doc_id, []).append(term)
    return by_document


def kept_words_in_top(corpus: Corpus, k: int = 10) -> pd.DataFrame:
    """The words a usual stop list would remove that reach a statement's top ``k``: ``doc_id, rank, term``."""
    top = top_terms_with(corpus, k)
    return top[top["term"].isin(KEPT_FUNCTION_WORDS)][["doc_id", "rank", "term"]].reset_index(drop=True)


def multiword_terms_in_top(corpus: Corpus, k: int = 10) -> pd.DataFrame:
    """The hand-picked multi-word terms that reach a statement's top ``k``: ``doc_id, rank, term``."""
    top = top_terms_with(corpus, k)
    return top[top["term"].isin(MULTIWORD_TERMS)][["doc_id", "rank", "term"]].reset_index(drop=True)


def export_tables(corpus: Corpus) -> dict[str, pd.DataFrame]:
    """``term_choice_changes``: what leaves and enters each top-10 list without each choice."""
    return {"term_choice_changes": choice_changes(corpus)}
