"""Counting words: frequencies, n-grams, collocations, concordance lines and dispersion.

Every count here uses the book's tokenizer (:mod:`analysis.text.tokens`), and every rate is *per 1,000
words*, with a statement's length measured by :func:`analysis.text.tokens.count_words`, so a long and
a short statement can be compared.

* :func:`frequency_table` — how often each term occurs in each statement, raw and per 1,000 words.
* :func:`ngram_table` — runs of *n* consecutive words ("peace process", "women and girls").
* :func:`collocation_table` — word pairs that occur together more often than chance, scored with
  NLTK's association measures: log-likelihood (how sure) and PMI (how exclusive).
* :func:`concordance` — keyword in context (KWIC): every sentence in which a term or phrase occurs,
  so that a count can always be read back in the text.
* :func:`dispersion` and :func:`gries_dp` — *where* a term occurs: at one spot or throughout.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass
from itertools import chain
from typing import Iterable, Sequence

import numpy as np
import pandas as pd
from nltk.collocations import BigramAssocMeasures
from nltk.util import ngrams as nltk_ngrams

from analysis.io.corpus import Corpus
from analysis.text.term_lists import document_sizes, document_term_lists, sentence_term_lists
from analysis.text.tokens import STOP_WORDS, WORD_PATTERN, _POSSESSIVE, count_words, normalise, stem

PER = 1_000


def frequency_table(corpus: Corpus, *, remove_stop_words: bool = True, stemming: bool = False) -> pd.DataFrame:
    """Every term of every statement with its raw frequency, its rate per 1,000 words and its rank.

    Columns: ``doc_id, term, freq, per_1000, rank`` (rank 1 = most frequent in that statement;
    ties share the best rank). Rows run in corpus order, most frequent first, then alphabetically.
    """
    term_lists = document_term_lists(corpus, remove_stop_words=remove_stop_words, stemming=stemming)
    documents, terms, freqs = _term_counts(term_lists)
    sizes = np.asarray(document_sizes(corpus), dtype=np.int64)
    per_1000 = PER * freqs / sizes[documents] if len(freqs) else np.array([], dtype=float)
    doc_ids = np.asarray(corpus.documents["doc_id"].tolist(), dtype=object)
    table = pd.DataFrame({"doc_id": doc_ids[documents], "term": terms, "freq": freqs, "per_1000": per_1000}, columns=["doc_id", "term", "freq", "per_1000"])
    table["rank"] = _rank_within(documents, freqs)
    return table


def _term_counts(term_lists: list[list[str]]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """How often each term occurs in each list: document index, term, count (counts > 0 only).

    Sorted by document, then count (largest first), then term (alphabetically, as Python
    compares strings): the order of a Counter per document sorted by ``(-count, term)``.
    """
    vocabulary, documents, codes, freqs = coded_term_counts(term_lists)
    order = np.lexsort((codes, -freqs, documents))
    return documents[order], vocabulary[codes[order]], freqs[order]


def coded_term_counts(term_lists: list[list[str]]) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """The counts of every term in every list, on integer codes: ``vocabulary, documents, codes, freqs``.

    ``vocabulary`` is sorted (so codes compare as the terms do); one row per document and term it
    uses, sorted by document then code. One numpy pass for the whole corpus instead of a Counter
    (and a Python sort) per document.

    >>> vocabulary, documents, codes, freqs = coded_term_counts([["peace", "talks", "peace"], [], ["talks"]])
    >>> vocabulary.tolist(), documents.tolist(), codes.tolist(), freqs.tolist()
    (['peace', 'talks'], [0, 0, 2], [0, 1, 1], [2, 1, 1])
    """
    vocabulary = np.array(sorted(set(chain.from_iterable(term_lists))), dtype=object)
    code = {term: index for index, term in enumerate(vocabulary)}
    size = max(len(vocabulary), 1)
    lengths = np.fromiter(map(len, term_lists), dtype=np.int64, count=len(term_lists))
    codes = np.fromiter(map(code.__getitem__, chain.from_iterable(term_lists)), dtype=np.int64, count=int(lengths.sum()))
    keys, freqs = np.unique(np.repeat(np.arange(len(term_lists), dtype=np.int64), lengths) * size + codes, return_counts=True)
    documents, codes = np.divmod(keys, size)
    return vocabulary, documents, codes, freqs.astype(np.int64)


def _rank_within(groups: np.ndarray, values: np.ndarray) -> np.ndarray:
    """Rank of each value within its group, largest first, ties sharing the best rank ("min").

    The rows must be sorted by group, then value descending: a row's rank is then the position
    of the first row of its run of equal values, counted from the start of its group, plus one.
    The same as pandas' ``groupby(...).rank(method="min", ascending=False)`` on such rows.

    >>> _rank_within(np.array([0, 0, 0, 0, 1, 1]), np.array([5, 3, 3, 1, 2, 2])).tolist()
    [1, 2, 2, 4, 1, 1]
    """
    positions = np.arange(len(values))
    new_group = np.ones(len(values), dtype=bool)
    new_group[1:] = groups[1:] != groups[:-1]
    new_run = new_group.copy()
    new_run[1:] |= values[1:] != values[:-1]
    group_start = np.maximum.accumulate(np.where(new_group, positions, 0))
    run_start = np.maximum.accumulate(np.where(new_run, positions, 0))
    return (run_start - group_start + 1).astype(np.int64)


def top_terms(table: pd.DataFrame, n: int = 10) -> pd.DataFrame:
    """The ``n`` most frequent terms of each statement from :func:`frequency_table` (ties broken alphabetically)."""
    return table.groupby("doc_id", sort=False).head(n).reset_index(drop=True)


def top_terms_wide(table: pd.DataFrame, n: int = 10) -> pd.DataFrame:
    """The ``n`` most frequent terms side by side: one row per rank, one column per statement, "term (count)"."""
    top = top_terms(table, n).assign(position=lambda t: t.groupby("doc_id", sort=False).cumcount() + 1)
    top["entry"] = top["term"] + " (" + top["freq"].astype(str) + ")"
    wide = top.pivot(index="position", columns="doc_id", values="entry")
    return wide.reindex(columns=list(dict.fromkeys(table["doc_id"]))).fillna("").rename_axis(index="rank", columns=None).reset_index()


def frequency_matrix(table: pd.DataFrame, terms_wanted: Sequence[str], doc_ids: Sequence[str], value: str = "per_1000") -> pd.DataFrame:
    """Rates (or raw counts) of chosen terms in each statement: terms as rows, statements as columns."""
    chosen = table[table["term"].isin(terms_wanted)]
    matrix = chosen.pivot_table(index="term", columns="doc_id", values=value, aggfunc="sum", fill_value=0)
    return matrix.reindex(index=list(terms_wanted), columns=list(doc_ids), fill_value=0)


def ngrams(tokens: Sequence[str], n: int = 2) -> list[str]:
    """The runs of ``n`` consecutive tokens, joined by spaces.

    >>> ngrams(["women", "and", "girls", "rights"], 2)
    ['women and', 'and girls', 'girls rights']
    """
    return [" ".join(gram) for gram in nltk_ngrams(tokens, n)]


def sentence_tokens(corpus: Corpus, *, remove_stop_words: bool = False, keep_multiword: bool = True) -> pd.DataFrame:
    """The terms of each sentence (``doc_id, sent_id, tokens``): n-grams and collocations never cross a sentence end."""
    tokens = sentence_term_lists(corpus, remove_stop_words=remove_stop_words, keep_multiword=keep_multiword)
    return pd.DataFrame({"doc_id": corpus.sentences["doc_id"], "sent_id": corpus.sentences["sent_id"], "tokens": tokens})


def ngram_table(corpus: Corpus, n: int = 2, *, min_freq: int = 2, skip_stop_word_edges: bool = True) -> pd.DataFrame:
    """The n-grams (words, multi-word terms kept apart) seen at least ``min_freq`` times in a statement.

    Stop words are kept *inside* n-grams ("women and girls") but, with ``skip_stop_word_edges``,
    an n-gram may not start or end with one ("of the"). Columns: ``doc_id, ngram, n, freq, per_1000``.
    """
    sizes = {row.doc_id: count_words(row.text) for row in corpus.documents.itertuples()}
    rows = []
    for doc_id, group in sentence_tokens(corpus, keep_multiword=False).groupby("doc_id", sort=False):
        counts = Counter(
            " ".join(gram)
            for tokens in group["tokens"]
            for gram in nltk_ngrams(tokens, n)
            if not (skip_stop_word_edges and (gram[0] in STOP_WORDS or gram[-1] in STOP_WORDS))
        )
        for gram, freq in sorted(counts.items(), key=lambda item: (-item[1], item[0])):
            if freq >= min_freq:
                rows.append({"doc_id": doc_id, "ngram": gram, "n": n, "freq": freq, "per_1000": PER * freq / sizes[doc_id]})
    return pd.DataFrame(rows, columns=["doc_id", "ngram", "n", "freq", "per_1000"])


def collocations(sentences: Iterable[Sequence[str]], *, min_freq: int = 2, stop_words: Iterable[str] = STOP_WORDS) -> pd.DataFrame:
    """Adjacent word pairs scored by log-likelihood and PMI (NLTK's bigram association measures).

    ``sentences`` are token lists; a pair never spans two sentences. Pairs seen fewer than
    ``min_freq`` times are dropped (PMI rewards rare pairs, so this filter matters), and so are
    pairs with a stop word. Columns: ``word_1, word_2, freq, freq_1, freq_2, log_likelihood, pmi``,
    strongest log-likelihood first.

    >>> table = collocations([["peace", "talks"], ["peace", "talks"], ["peace", "now"]])
    >>> table[["word_1", "word_2", "freq", "pmi"]].to_dict("records")
    [{'word_1': 'peace', 'word_2': 'talks', 'freq': 2, 'pmi': 1.0}]
    """
    rows = _collocation_rows(sentences, min_freq, stop_words)
    return pd.DataFrame(rows, columns=COLLOCATION_COLUMNS)


#: The columns of :func:`collocations`.
COLLOCATION_COLUMNS = ["word_1", "word_2", "freq", "freq_1", "freq_2", "log_likelihood", "pmi"]


def _collocation_rows(sentences: Iterable[Sequence[str]], min_freq: int, stop_words: Iterable[str]) -> list[tuple]:
    """The rows of :func:`collocations` as tuples, strongest log-likelihood first (then by the words).

    The counts are those of NLTK's ``BigramCollocationFinder.from_documents`` after its frequency
    and word filters, and the scores those of ``BigramAssocMeasures`` (:func:`_bigram_scores`),
    computed directly: NLTK rebuilds its frequency table once per filter and calls several
    methods per pair, which on thousands of statements costs more than the counting. Sorted in
    Python rather than by a pandas frame per statement, for the same reason.
    """
    excluded = frozenset(stop_words)
    sentences = [list(tokens) for tokens in sentences]
    word_fd = Counter(chain.from_iterable(sentences))
    bigram_fd = Counter(chain.from_iterable(zip(tokens, tokens[1:]) for tokens in sentences))
    n_words = sum(word_fd.values())
    rows = []
    for (first, second), freq in bigram_fd.items():
        if freq >= min_freq and first not in excluded and second not in excluded:
            freq_1, freq_2 = word_fd[first], word_fd[second]
            rows.append((first, second, freq, freq_1, freq_2, *_bigram_scores(freq, freq_1, freq_2, n_words)))
    return sorted(rows, key=_strongest_first)


def _bigram_scores(freq: int, freq_1: int, freq_2: int, n_words: int) -> tuple[float, float]:
    """Log-likelihood and PMI of a word pair, with NLTK's ``BigramAssocMeasures`` arithmetic step by step.

    The same operations in the same order as ``likelihood_ratio`` and ``pmi`` (as the finder
    calls them: the pair's count divided by ``window_size - 1.0``), so the same bits.

    >>> _bigram_scores(2, 3, 2, 6) == (BigramAssocMeasures.likelihood_ratio(2.0, (3, 2), 6), BigramAssocMeasures.pmi(2.0, (3, 2), 6))
    True
    """
    n_ii = freq / 1.0
    n_oi = freq_2 - n_ii
    n_io = freq_1 - n_ii
    n_oo = n_words - n_ii - n_oi - n_io
    total = 0 + n_ii + n_oi + n_io + n_oo  # sum() of the four cells, left to right from 0
    log = math.log
    # each cell: observed * ln(observed / (expected + small) + small), expected = row total * column total / total
    log_likelihood = 2 * (
        0
        + n_ii * log(n_ii / ((n_ii + n_oi) * (n_ii + n_io) / total + _SMALL) + _SMALL)
        + n_oi * log(n_oi / ((n_oi + n_ii) * (n_oi + n_oo) / total + _SMALL) + _SMALL)
        + n_io * log(n_io / ((n_io + n_oo) * (n_io + n_ii) / total + _SMALL) + _SMALL)
        + n_oo * log(n_oo / ((n_oo + n_io) * (n_oo + n_oi) / total + _SMALL) + _SMALL)
    )
    pmi = math.log2(n_ii * n_words) - math.log2(freq_1 * freq_2)
    return log_likelihood, pmi


#: NLTK's guard against dividing by zero and taking the log of zero (``nltk.metrics.association._SMALL``).
_SMALL = 1e-20


def _strongest_first(row: tuple) -> tuple:
    """Sort key: log-likelihood descending (a missing score last, as pandas sorts), then word_1, word_2."""
    score = row[5]
    missing = score != score
    return (missing, 0.0 if missing else -score, row[0], row[1])


def collocation_table(corpus: Corpus, *, min_freq: int = 2) -> pd.DataFrame:
    """:func:`collocations` within each statement, then in the whole corpus (``doc_id`` "all").

    Multi-word terms are kept whole, so "civil society" is one word here and its collocates
    ("civil society demands") can show up. The statements come in corpus order (of their first
    sentence); every statement and the whole corpus are counted at once (:func:`_grouped_collocations`).
    """
    tokens = sentence_tokens(corpus)
    group_of_sentence, doc_ids = pd.factorize(tokens["doc_id"], sort=False)
    coded = _CodedSentences.of(tokens["tokens"].tolist())
    parts = [
        _grouped_collocations(coded, group_of_sentence, np.asarray(doc_ids, dtype=object), min_freq, STOP_WORDS),
        _grouped_collocations(coded, np.zeros(len(tokens), dtype=np.int64), np.array(["all"], dtype=object), min_freq, STOP_WORDS),
    ]
    return pd.DataFrame({name: np.concatenate([part[index] for part in parts]) for index, name in enumerate(["doc_id", *COLLOCATION_COLUMNS])})


@dataclass
class _CodedSentences:
    """Token lists as one array of integer codes: ``vocabulary[codes]`` are the tokens, sentence after sentence.

    The vocabulary is sorted, so comparing codes compares the words as Python compares strings.
    """

    vocabulary: np.ndarray
    codes: np.ndarray
    lengths: np.ndarray

    @classmethod
    def of(cls, sentences: list[list[str]]) -> "_CodedSentences":
        """Code the tokens of ``sentences`` (lists of strings)."""
        vocabulary = np.array(sorted(set(chain.from_iterable(sentences))), dtype=object)
        code = {word: index for index, word in enumerate(vocabulary)}
        lengths = np.fromiter(map(len, sentences), dtype=np.int64, count=len(sentences))
        codes = np.fromiter(map(code.__getitem__, chain.from_iterable(sentences)), dtype=np.int64, count=int(lengths.sum()))
        return cls(vocabulary, codes, lengths)


def _grouped_collocations(
    coded: _CodedSentences, group_of_sentence: np.ndarray, labels: np.ndarray, min_freq: int, stop_words: Iterable[str]
) -> tuple[np.ndarray, ...]:
    """:func:`_collocation_rows` for each group of sentences, as columns: label, then :data:`COLLOCATION_COLUMNS`.

    Word and pair counts of every group are taken at once on integer keys (numpy), not with a
    Counter per group; the scores are :func:`_bigram_scores` of the same counts, so the rows are
    those of :func:`_collocation_rows` on each group's sentences, group after group.
    """
    size = max(len(coded.vocabulary), 1)
    group = np.repeat(np.asarray(group_of_sentence, dtype=np.int64), coded.lengths)
    words, word_freqs = np.unique(group * size + coded.codes, return_counts=True)
    group_sizes = np.bincount(group, minlength=len(labels))
    follows = np.ones(len(coded.codes), dtype=bool)  # token t + 1 is in the same sentence as token t
    follows[np.cumsum(coded.lengths)[coded.lengths > 0] - 1] = False
    first_of = np.flatnonzero(follows[:-1]) if len(follows) else np.array([], dtype=np.int64)
    stop = np.isin(coded.vocabulary, np.array(sorted(set(stop_words)), dtype=object))
    first_of = first_of[~stop[coded.codes[first_of]] & ~stop[coded.codes[first_of + 1]]]
    pairs, freqs = np.unique((group[first_of] * size + coded.codes[first_of]) * size + coded.codes[first_of + 1], return_counts=True)
    kept = freqs >= min_freq
    pairs, freqs = pairs[kept], freqs[kept]
    pair_group, first, second = pairs // (size * size), pairs // size % size, pairs % size
    freq_1 = word_freqs[np.searchsorted(words, pair_group * size + first)]
    freq_2 = word_freqs[np.searchsorted(words, pair_group * size + second)]
    known: dict[tuple[int, int, int, int], tuple[float, float]] = {}  # many pairs share their four counts
    scores = [
        known[counts] if counts in known else known.setdefault(counts, _bigram_scores(*counts))
        for counts in zip(freqs.tolist(), freq_1.tolist(), freq_2.tolist(), group_sizes[pair_group].tolist())
    ]
    log_likelihood = np.array([score[0] for score in scores], dtype=float)
    pmi = np.array([score[1] for score in scores], dtype=float)
    missing = np.isnan(log_likelihood)
    order = np.lexsort((second, first, np.where(missing, 0.0, -log_likelihood), missing, pair_group))
    return (
        labels[pair_group[order]],
        coded.vocabulary[first[order]],
        coded.vocabulary[second[order]],
        freqs[order].astype(np.int64),
        freq_1[order].astype(np.int64),
        freq_2[order].astype(np.int64),
        log_likelihood[order],
        pmi[order],
    )


def _word_keys(text: str) -> list[tuple[str, int, int]]:
    """Each word of ``text`` as (normalised form, start, end): lower-cased, variants folded, no possessive."""
    keys = []
    for match in WORD_PATTERN.finditer(text):
        key = _POSSESSIVE.sub("", normalise(match.group()))
        keys.append((key, match.start(), match.end()))
    return keys


def _query_parts(query: str) -> list[str]:
    """A query ("Cease-fire", "women and girls", "terror*") as the normalised words to look for."""
    parts = [_POSSESSIVE.sub("", normalise(word)) for word in query.split()]
    return [part + "*" if word.endswith("*") and not part.endswith("*") else part for part, word in zip(parts, query.split())]


def _word_matches(key: str, part: str, stemming: bool) -> bool:
    """Whether a normalised word matches one query word (``*`` at the end: any ending)."""
    if part.endswith("*"):
        return key.startswith(part[:-1])
    return stem(key) == stem(part) if stemming else key == part


def find_phrase(text: str, query: str, stemming: bool = False) -> list[tuple[int, int]]:
    """Character spans where ``query`` occurs in ``text``, matched word by word after normalisation.

    Matching ignores case, spelling variants ("cease-fire" = "ceasefire") and a possessive *'s*.
    A query word ending in ``*`` matches any word that starts with it ("terror*").

    >>> find_phrase("A Cease-fire now; the ceasefire's terms.", "ceasefire")
    [(2, 12), (22, 33)]
    >>> find_phrase("Women and girls, women and men.", "women and girls")
    [(0, 15)]
    """
    parts, keys, spans = _query_parts(query), _word_keys(text), []
    if not parts:
        raise ValueError("the concordance query has no words")
    for position in range(len(keys) - len(parts) + 1):
        window = keys[position : position + len(parts)]
        if all(_word_matches(key, part, stemming) for (key, _, _), part in zip(window, parts)):
            spans.append((window[0][1], window[-1][2]))
    return spans


def concordance(corpus: Corpus, query: str, *, width: int = 60, stemming: bool = False, doc_ids: Sequence[str] | None = None) -> pd.DataFrame:
    """Keyword in context: every occurrence of ``query`` with up to ``width`` characters either side.

    Context stays within the sentence, and each line names its ``sent_id``, so every line can be
    traced to the sentences table. Columns: ``doc_id, sent_id, left, match, right``.
    """
    sentences = corpus.sentences if doc_ids is None else corpus.sentences[corpus.sentences["doc_id"].isin(doc_ids)]
    rows = []
    for sentence in sentences.itertuples():
        for start, end in find_phrase(sentence.text, query, stemming):
            left = sentence.text[:start][-width:] if width else ""
            rows.append(
                {"doc_id": sentence.doc_id, "sent_id": sentence.sent_id, "left": left, "match": sentence.text[start:end], "right": sentence.text[end:][:width]}
            )
    return pd.DataFrame(rows, columns=["doc_id", "sent_id", "left", "match", "right"])


def concordance_view(lines: pd.DataFrame) -> "pd.io.formats.style.Styler":
    """Concordance lines as a KWIC display: the sentence id, the left context right-aligned, the
    match in bold, each line on one row (``doc_id`` is dropped: the sentence id begins with it)."""
    styler = lines.drop(columns="doc_id").style.hide(axis="index")
    styler = styler.set_properties(**{"white-space": "nowrap", "font-size": "0.85em"})
    styler = styler.set_properties(subset=["left"], **{"text-align": "right"})
    return styler.set_properties(subset=["match"], **{"font-weight": "bold", "text-align": "center"})


def dispersion(corpus: Corpus, queries: Sequence[str], stemming: bool = False) -> pd.DataFrame:
    """Where each query occurs in each statement, as a fraction of the way through the text.

    ``position`` is the index of the first matched word divided by the statement's number of words
    (0 = first word, close to 1 = last). Columns: ``doc_id, query, word_index, position``.
    """
    rows = []
    for document in corpus.documents.itertuples():
        n_words = max(count_words(document.text), 1)
        starts = {start: index for index, (_, start, _) in enumerate(_word_keys(document.text))}
        for query in queries:
            for start, _ in find_phrase(document.text, query, stemming):
                index = starts[start]
                rows.append({"doc_id": document.doc_id, "query": query, "word_index": index, "position": index / n_words})
    return pd.DataFrame(rows, columns=["doc_id", "query", "word_index", "position"])


def gries_dp(freqs: Sequence[float], sizes: Sequence[float]) -> float:
    """Gries's deviation of proportions (2008): 0 = spread evenly over the parts, near 1 = in one part.

    ``DP = 0.5 * sum |v_i - s_i|``, where ``v_i`` is the share of the term's occurrences in part
    ``i`` and ``s_i`` the share of the corpus that part ``i`` makes up.

    >>> gries_dp([2, 2], [100, 100]), gries_dp([4, 0], [100, 100])
    (0.0, 0.5)
    """
    freqs, sizes = np.asarray(freqs, dtype=float), np.asarray(sizes, dtype=float)
    if freqs.sum() == 0:
        return float("nan")
    return float(0.5 * np.abs(freqs / freqs.sum() - sizes / sizes.sum()).sum())


def dispersion_table(corpus: Corpus, queries: Sequence[str], parts: int = 10) -> pd.DataFrame:
    """How evenly each query is spread, by Gries's DP: within each statement over ``parts`` equal
    slices of the text, and across the statements (a row with ``doc_id`` "all", parts weighted by
    length). Columns: ``doc_id, query, freq, dp``; ``dp`` is empty for a query a statement lacks.
    """
    hits = dispersion(corpus, queries)
    rows = []
    sizes = {row.doc_id: count_words(row.text) for row in corpus.documents.itertuples()}
    for query in queries:
        mine = hits[hits["query"] == query]
        for doc_id in corpus.doc_ids:
            positions = mine.loc[mine["doc_id"] == doc_id, "position"]
            slices = np.bincount(np.minimum((positions * parts).astype(int), parts - 1), minlength=parts)
            rows.append({"doc_id": doc_id, "query": query, "freq": len(positions), "dp": gries_dp(slices, [1] * parts)})
        freqs = [int((mine["doc_id"] == doc_id).sum()) for doc_id in corpus.doc_ids]
        rows.append({"doc_id": "all", "query": query, "freq": sum(freqs), "dp": gries_dp(freqs, [sizes[d] for d in corpus.doc_ids])})
    return pd.DataFrame(rows, columns=["doc_id", "query", "freq", "dp"])


def export_tables(corpus: Corpus) -> dict[str, pd.DataFrame]:
    """``frequencies`` (every term of every statement) and ``collocations`` (per statement and overall)."""
    return {"frequencies": frequency_table(corpus), "collocations": collocation_table(corpus)}
