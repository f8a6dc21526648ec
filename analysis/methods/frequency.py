"""Counting words: frequencies, n-grams, collocations, concordance lines and dispersion.

Every count here uses the book's tokenizer (:mod:`analysis.text.tokens`), and every rate is *per 1,000
words*, with a statement's length measured by :func:`analysis.text.tokens.count_words`, so a long and
a short statement can be compared.

* :func:`frequency_table` — how often each term occurs in each statement, raw and per 1,000 words.
* :func:`ngram_table` — runs of *n* consecutive words ("peace process", "women and girls").
* :func:`collocation_table` — word pairs that occur together more often than chance
  (:mod:`analysis.methods.collocations`): log-likelihood (how sure) and PMI (how exclusive).
* :func:`concordance` — keyword in context (KWIC): every sentence in which a term or phrase occurs,
  so that a count can always be read back in the text.
* :func:`dispersion` and :func:`gries_dp` — *where* a term occurs: at one spot or throughout.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Sequence

import numpy as np
import pandas as pd

from analysis.io.corpus import Corpus
from analysis.methods.collocations import collocation_table, collocations  # noqa: F401  (the chapter's names)
from analysis.text.document_term_matrix import document_term_matrix
from analysis.text.term_lists import sentence_term_lists
from analysis.text.tokens import POSSESSIVE, STOP_WORDS, WORD_PATTERN, count_words, normalise, stem

PER = 1_000


def frequency_table(corpus: Corpus, *, remove_stop_words: bool = True, stemming: bool = False) -> pd.DataFrame:
    """Every term of every statement with its raw frequency, its rate per 1,000 words and its rank.

    Columns: ``doc_id, term, freq, per_1000, rank`` (rank 1 = most frequent in that statement;
    ties share the best rank). Rows run in corpus order, most frequent first, then alphabetically.
    The counts are the corpus's document-term matrix (:mod:`analysis.text.document_term_matrix`).
    """
    dtm = document_term_matrix(corpus, remove_stop_words=remove_stop_words, stemming=stemming)
    counts = dtm.counts.tocoo()
    documents, columns, freqs = counts.row, counts.col, counts.data.astype(np.int64)
    order = np.lexsort((columns, -freqs, documents))  # by statement, most frequent first, then alphabetically
    documents, columns, freqs = documents[order], columns[order], freqs[order]
    table = pd.DataFrame(
        {
            "doc_id": np.asarray(corpus.doc_ids, dtype=object)[documents],
            "term": dtm.terms[columns],
            "freq": freqs,
            "per_1000": PER * freqs / dtm.sizes[documents],
        }
    )
    table["rank"] = table.groupby("doc_id", sort=False)["freq"].rank(method="min", ascending=False).astype(np.int64)
    return table


def top_terms(table: pd.DataFrame, n: int = 10) -> pd.DataFrame:
    """The ``n`` most frequent terms of each statement from :func:`frequency_table` (ties broken alphabetically)."""
    return table.groupby("doc_id", sort=False).head(n).reset_index(drop=True)


def tied_at_cut(table: pd.DataFrame, n: int = 10) -> pd.Series:
    """For each row of :func:`top_terms`, whether its count equals that of the first term left out of its
    statement's list: the alphabet, not the count, decided that it made the cut.

    >>> table = pd.DataFrame({"doc_id": ["a"] * 3, "term": ["x", "y", "z"], "freq": [5, 2, 2]})
    >>> tied_at_cut(table, 2).tolist()
    [False, True]
    """
    first_left_out = table.groupby("doc_id", sort=False)["freq"].nth(n)
    cut = dict(zip(table.loc[first_left_out.index, "doc_id"], first_left_out))
    top = top_terms(table, n)
    return pd.Series([cut.get(doc, -1) == freq for doc, freq in zip(top["doc_id"], top["freq"])], index=top.index)


def top_terms_wide(table: pd.DataFrame, n: int = 10) -> pd.DataFrame:
    """The ``n`` most frequent terms side by side: one row per rank, one column per statement, "term (count)".

    An entry whose count ties with the first term left out reads "term (count, tied)" (:func:`tied_at_cut`).
    """
    top = top_terms(table, n).assign(position=lambda t: t.groupby("doc_id", sort=False).cumcount() + 1)
    tied = tied_at_cut(table, n).map({True: ", tied", False: ""})
    top["entry"] = top["term"] + " (" + top["freq"].astype(str) + tied + ")"
    wide = top.pivot(index="position", columns="doc_id", values="entry")
    return (
        wide.reindex(columns=list(dict.fromkeys(table["doc_id"])))
        .fillna("")
        .rename_axis(index="rank", columns=None)
        .reset_index()
    )


def frequency_matrix(
    table: pd.DataFrame, terms_wanted: Sequence[str], doc_ids: Sequence[str], value: str = "per_1000"
) -> pd.DataFrame:
    """Rates (or raw counts) of chosen terms in each statement: terms as rows, statements as columns."""
    chosen = table[table["term"].isin(terms_wanted)]
    matrix = chosen.pivot_table(index="term", columns="doc_id", values=value, aggfunc="sum", fill_value=0)
    return matrix.reindex(index=list(terms_wanted), columns=list(doc_ids), fill_value=0)


def ngrams(tokens: Sequence[str], n: int = 2) -> list[str]:
    """The runs of ``n`` consecutive tokens, joined by spaces.

    >>> ngrams(["women", "and", "girls", "rights"], 2)
    ['women and', 'and girls', 'girls rights']
    """
    return [" ".join(gram) for gram in token_runs(tokens, n)]


def token_runs(tokens: Sequence[str], n: int) -> Iterator[tuple[str, ...]]:
    """Each run of ``n`` consecutive tokens as a tuple, in order (NLTK's ``ngrams`` without padding).

    Written out rather than imported: importing NLTK costs the main process a second and ~190 MB.

    >>> list(token_runs(["peace", "talks", "resume"], 2))
    [('peace', 'talks'), ('talks', 'resume')]
    """
    return zip(*(tokens[start:] for start in range(n)))


def sentence_tokens(corpus: Corpus, *, remove_stop_words: bool = False, keep_multiword: bool = True) -> pd.DataFrame:
    """The terms of each sentence (``doc_id, sent_id, tokens``): n-grams and collocations never cross a sentence end."""
    tokens = sentence_term_lists(corpus, remove_stop_words=remove_stop_words, keep_multiword=keep_multiword)
    return pd.DataFrame(
        {"doc_id": corpus.sentences["doc_id"], "sent_id": corpus.sentences["sent_id"], "tokens": tokens}
    )


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
            for gram in token_runs(tokens, n)
            if not (skip_stop_word_edges and (gram[0] in STOP_WORDS or gram[-1] in STOP_WORDS))
        )
        for gram, freq in sorted(counts.items(), key=lambda item: (-item[1], item[0])):
            if freq >= min_freq:
                rows.append(
                    {"doc_id": doc_id, "ngram": gram, "n": n, "freq": freq, "per_1000": PER * freq / sizes[doc_id]}
                )
    return pd.DataFrame(rows, columns=["doc_id", "ngram", "n", "freq", "per_1000"])


def _word_keys(text: str) -> list[tuple[str, int, int]]:
    """Each word of ``text`` as (normalised form, start, end): lower-cased, variants folded, no possessive."""
    keys = []
    for match in WORD_PATTERN.finditer(text):
        key = POSSESSIVE.sub("", normalise(match.group()))
        keys.append((key, match.start(), match.end()))
    return keys


def _query_parts(query: str) -> list[str]:
    """A query ("Cease-fire", "women and girls", "terror*") as the normalised words to look for."""
    parts = [POSSESSIVE.sub("", normalise(word)) for word in query.split()]
    return [
        part + "*" if word.endswith("*") and not part.endswith("*") else part
        for part, word in zip(parts, query.split())
    ]


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


def concordance(
    corpus: Corpus, query: str, *, width: int = 60, stemming: bool = False, doc_ids: Sequence[str] | None = None
) -> pd.DataFrame:
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
                {
                    "doc_id": sentence.doc_id,
                    "sent_id": sentence.sent_id,
                    "left": left,
                    "match": sentence.text[start:end],
                    "right": sentence.text[end:][:width],
                }
            )
    return pd.DataFrame(rows, columns=["doc_id", "sent_id", "left", "match", "right"])


def concordance_view(lines: pd.DataFrame) -> pd.io.formats.style.Styler:
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
                rows.append(
                    {"doc_id": document.doc_id, "query": query, "word_index": index, "position": index / n_words}
                )
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
        rows.append(
            {
                "doc_id": "all",
                "query": query,
                "freq": sum(freqs),
                "dp": gries_dp(freqs, [sizes[d] for d in corpus.doc_ids]),
            }
        )
    return pd.DataFrame(rows, columns=["doc_id", "query", "freq", "dp"])


def export_tables(corpus: Corpus) -> dict[str, pd.DataFrame]:
    """``frequencies`` (every term of every statement) and ``collocations`` (per statement and overall)."""
    return {"frequencies": frequency_table(corpus), "collocations": collocation_table(corpus)}
