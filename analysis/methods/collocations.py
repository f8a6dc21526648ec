"""Collocations: adjacent word pairs that occur together more often than chance would have it.

For a pair (*w1*, *w2*) in a text of ``N`` words, count how often the pair occurs (``n_ii``),
how often *w1* occurs (``freq_1``) and how often *w2* occurs (``freq_2``). The contingency table
of the pair is (NLTK's ``BigramAssocMeasures``, Manning and Schütze 1999, ch. 5)::

                     w2 next          other word next
    w1           n_ii                 n_io = freq_1 - n_ii
    other word   n_oi = freq_2 - n_ii n_oo = N - n_ii - n_io - n_oi

Each cell's *expected* count, if the two words were independent, is its row total times its
column total divided by ``N``. Two scores answer two questions:

* **log-likelihood** ``G2 = 2 Σ observed · ln(observed / expected)`` (Dunning 1993): how sure we
  are that the pair is not chance;
* **PMI** ``log2(n_ii · N / (freq_1 · freq_2))`` (Church and Hanks 1990): how exclusive the
  pair is. PMI rewards rare pairs, so pairs seen fewer than ``min_freq`` times are dropped.

A pair never spans a sentence end, and pairs with a stop word are left out.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import chain

import numpy as np
import pandas as pd

from analysis.io.corpus import Corpus
from analysis.text.term_lists import sentence_term_lists
from analysis.text.tokens import STOP_WORDS

#: The columns of :func:`collocations`.
COLLOCATION_COLUMNS = ["word_1", "word_2", "freq", "freq_1", "freq_2", "log_likelihood", "pmi"]

#: NLTK's guard against dividing by zero and taking the log of zero (``nltk.metrics.association._SMALL``).
_SMALL = 1e-20


def bigram_scores(n_ii, freq_1, freq_2, n_words) -> tuple[np.ndarray, np.ndarray]:
    """Log-likelihood and PMI of word pairs from their counts (numbers or numpy arrays), as NLTK scores them.

    >>> ll, pmi = bigram_scores(2, 3, 2, 6)  # peace talks twice; peace 3, talks 2, 6 words
    >>> round(float(ll), 4), float(pmi)
    (3.8191, 1.0)
    """
    n_ii, freq_1, freq_2, n_words = (np.asarray(x, dtype=float) for x in (n_ii, freq_1, freq_2, n_words))
    n_io, n_oi = freq_1 - n_ii, freq_2 - n_ii
    n_oo = n_words - n_ii - n_io - n_oi
    observed = [n_ii, n_oi, n_io, n_oo]
    expected = [
        (n_ii + n_io) * (n_ii + n_oi) / n_words,
        (n_oi + n_oo) * (n_oi + n_ii) / n_words,
        (n_io + n_ii) * (n_io + n_oo) / n_words,
        (n_oo + n_oi) * (n_oo + n_io) / n_words,
    ]
    log_likelihood = 2 * sum(obs * np.log(obs / (exp + _SMALL) + _SMALL) for obs, exp in zip(observed, expected))
    pmi = np.log2(n_ii * n_words) - np.log2(freq_1 * freq_2)
    return log_likelihood, pmi


def collocations(
    sentences: Iterable[Sequence[str]], *, min_freq: int = 2, stop_words: Iterable[str] = STOP_WORDS
) -> pd.DataFrame:
    """Adjacent word pairs of some token lists, strongest log-likelihood first (then by the words).

    Columns: ``word_1, word_2, freq, freq_1, freq_2, log_likelihood, pmi``.

    >>> table = collocations([["peace", "talks"], ["peace", "talks"], ["peace", "now"]])
    >>> table[["word_1", "word_2", "freq", "pmi"]].to_dict("records")
    [{'word_1': 'peace', 'word_2': 'talks', 'freq': 2, 'pmi': 1.0}]
    """
    sentences = [list(tokens) for tokens in sentences]
    table = grouped_collocations(sentences, np.zeros(len(sentences), dtype=np.int64), [""], min_freq, stop_words)
    return table.drop(columns="group")


def collocation_table(corpus: Corpus, *, min_freq: int = 2) -> pd.DataFrame:
    """:func:`collocations` within each statement, then in the whole corpus (``doc_id`` "all").

    Multi-word terms are kept whole, so "civil society" is one word here and its collocates
    ("civil society demands") can show up. Stop words stay in the token lists (a pair with one
    is dropped, but it still counts in ``N``). The statements come in corpus order.
    """
    sentences = coded_sentences(sentence_term_lists(corpus, remove_stop_words=False))  # coded once for both
    group_of_sentence, doc_ids = pd.factorize(corpus.sentences["doc_id"], sort=False)
    per_statement = grouped_collocations(sentences, group_of_sentence, list(doc_ids), min_freq, STOP_WORDS)
    overall = grouped_collocations(
        sentences, np.zeros(len(sentences.lengths), dtype=np.int64), ["all"], min_freq, STOP_WORDS
    )
    return pd.concat([per_statement, overall], ignore_index=True).rename(columns={"group": "doc_id"})


@dataclass(frozen=True)
class CodedSentences:
    """Token lists as integers: ``codes`` (every token, sentence after sentence) index ``vocabulary``
    (sorted, so codes compare as the words do); ``lengths``: each sentence's number of tokens."""

    vocabulary: np.ndarray
    codes: np.ndarray
    lengths: np.ndarray


def coded_sentences(sentences: list[list[str]]) -> CodedSentences:
    """The token lists coded as integers (:class:`CodedSentences`).

    >>> coded = coded_sentences([["peace", "talks"], ["peace"]])
    >>> coded.vocabulary.tolist(), coded.codes.tolist(), coded.lengths.tolist()
    (['peace', 'talks'], [0, 1, 0], [2, 1])
    """
    vocabulary = np.array(sorted(set(chain.from_iterable(sentences))), dtype=object)
    code = {word: index for index, word in enumerate(vocabulary)}
    lengths = np.fromiter(map(len, sentences), dtype=np.int64, count=len(sentences))
    codes = np.fromiter(map(code.__getitem__, chain.from_iterable(sentences)), dtype=np.int64, count=int(lengths.sum()))
    return CodedSentences(vocabulary, codes, lengths)


def grouped_collocations(
    sentences: list[list[str]] | CodedSentences,
    group_of_sentence: np.ndarray,
    labels: list[str],
    min_freq: int,
    stop_words: Iterable[str],
) -> pd.DataFrame:
    """The collocations of each group of sentences (``group_of_sentence`` numbers them; ``labels`` names them).

    The words are coded as integers (:func:`coded_sentences`; pass the sentences coded already to
    group them twice), and every group's word and pair counts are taken in one pass over the
    corpus. Rows come group after group, each group's strongest log-likelihood first, then by the
    two words.
    """
    coded = sentences if isinstance(sentences, CodedSentences) else coded_sentences(sentences)
    vocabulary, codes, lengths = coded.vocabulary, coded.codes, coded.lengths
    size = max(len(vocabulary), 1)
    group = np.repeat(np.asarray(group_of_sentence, dtype=np.int64), lengths)

    words, word_freqs = np.unique(group * size + codes, return_counts=True)  # each group's word counts
    n_words = np.bincount(group, minlength=len(labels))
    first = _pair_starts(lengths)  # token t and token t + 1 make a pair within a sentence
    stop = np.isin(vocabulary, np.array(sorted(set(stop_words)), dtype=object))
    first = first[~stop[codes[first]] & ~stop[codes[first + 1]]]
    pairs, freqs = np.unique((group[first] * size + codes[first]) * size + codes[first + 1], return_counts=True)
    pairs, freqs = pairs[freqs >= min_freq], freqs[freqs >= min_freq]

    pair_group, word_1, word_2 = pairs // (size * size), pairs // size % size, pairs % size
    freq_1 = word_freqs[np.searchsorted(words, pair_group * size + word_1)]
    freq_2 = word_freqs[np.searchsorted(words, pair_group * size + word_2)]
    log_likelihood, pmi = bigram_scores(freqs, freq_1, freq_2, n_words[pair_group])
    order = np.lexsort((word_2, word_1, -log_likelihood, pair_group))
    return pd.DataFrame(
        {
            "group": np.asarray(labels, dtype=object)[pair_group[order]],
            "word_1": vocabulary[word_1[order]],
            "word_2": vocabulary[word_2[order]],
            "freq": freqs[order].astype(np.int64),
            "freq_1": freq_1[order].astype(np.int64),
            "freq_2": freq_2[order].astype(np.int64),
            "log_likelihood": log_likelihood[order],
            "pmi": pmi[order],
        }
    )


def _pair_starts(lengths: np.ndarray) -> np.ndarray:
    """The positions of the tokens followed by another token of the same sentence.

    >>> _pair_starts(np.array([2, 0, 3])).tolist()
    [0, 2, 3]
    """
    follows = np.ones(int(lengths.sum()), dtype=bool)
    follows[np.cumsum(lengths)[lengths > 0] - 1] = False
    return np.flatnonzero(follows)
