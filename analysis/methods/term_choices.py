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

import pandas as pd
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS, TfidfVectorizer

from analysis.io.corpus import Corpus
from analysis.methods import tfidf
from analysis.text.term_lists import document_term_lists
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


def _given(tokens: list[str]) -> list[str]:
    """The analyzer for documents already cut into terms."""
    return tokens


def term_lists_with(corpus: Corpus, **options) -> list[list[str]]:
    """Each statement's terms with :func:`terms` called with ``options``, in corpus order.

    The book's own terms are the corpus's term lists (:func:`analysis.text.term_lists.document_term_lists`,
    made once); with a stop list that holds the book's, they are those lists less the extra stop
    words. Only other options cut the texts into terms again.
    """
    book_terms = document_term_lists(corpus)
    if not options:
        return book_terms
    if options.keys() == {"stop_words"} and STOP_WORDS <= set(options["stop_words"]):
        excluded = frozenset(options["stop_words"])
        return [[term for term in document if term not in excluded] for document in book_terms]
    if options == {"keep_multiword": False}:
        return [[word for term in document for word in words_of_term(term)] for document in book_terms]
    return [terms(text, **options) for text in corpus.documents["text"]]


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
        vectorizer = TfidfVectorizer(analyzer=_given)
        weights = vectorizer.fit_transform(term_lists_with(corpus, **options)).tocsr()
        matrix = tfidf.TfidfMatrix(weights, list(corpus.doc_ids), vectorizer.get_feature_names_out(), vectorizer.idf_)
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
