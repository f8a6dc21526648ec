"""The stance matrix: every sentence's labels, and per statement and target the counts, net position and evidence.

:func:`stance_table` labels every sentence of a corpus (one row per sentence and target, with the
cues); :func:`document_stance` sums them per statement and target: the salience (sentences taking
a stance), the net position (favor - against) / salience, the share of sentences taking a stance
with a seeded bootstrap interval, and the sentence ids behind each cell.
"""

from __future__ import annotations

import functools
import itertools
import math
from collections.abc import Iterable
from functools import lru_cache

import numpy as np
import pandas as pd

from analysis.io.corpus import PROJECT_ROOT
from analysis.methods.stance.context import is_taliban_speaker
from analysis.methods.stance.rules import StanceLabel, sentence_stance_evidence
from analysis.methods.stance.targets import TARGETS
from analysis.methods.stats import BOOTSTRAP_SEED, bootstrap_draws
from analysis.runtime.cache import cached_on_corpus, cached_on_disk
from analysis.runtime.jobs import SMALL_CHUNKS_PER_JOB, map_items, processes_for

#: The book's own statements, whose sentences the matrix model is not trained on.
BOOK_METADATA = PROJECT_ROOT / "seeds" / "metadata.csv"
#: Fewer stance-bearing sentences than this in a (statement, target) cell is thin evidence.
THIN_EVIDENCE = 3


#: The method behind the matrix: the one that scored best on the development labels, cross-validated
#: by document (chapter 4 shows the comparison): the rules combined with a learned model.
MATRIX_METHOD = "combination"


def matrix_inputs() -> list:
    """The files the matrix model is fitted from: the development labels and the book's own statements' list."""
    from analysis.methods.stance.evaluation import development_inputs

    return [*development_inputs(), BOOK_METADATA]


@lru_cache(maxsize=1)
def matrix_model():
    """The learned model of the matrix, fitted on the development labels (seeded), once per process.

    The fitted model is kept on disk (:func:`analysis.runtime.cache.cached_on_disk`) until what it
    reads (the gold set, the development labels, the statements' metadata, the book's own statements),
    the package or a library change, so a run loads it rather than fitting it again.
    """
    from analysis.methods.validation import CACHE_DIR

    return cached_on_disk("stance_matrix_model", matrix_inputs(), fit_matrix_model, CACHE_DIR)


def fit_matrix_model():
    """The learned model of the matrix, fitted on the development labels (seeded).

    The sentences of the book's own five statements are left out of its training data, so that the
    book's matrix is a prediction of the model, not a fit to the coders' labels of those sentences.
    Each target's regularisation is the one the release recorded (:func:`~.record.recorded_matrix_regularisation`)
    while that record is current: the same model as choosing it again, at half the cost. Without a current
    record the fit chooses it (:mod:`.regularisation`).
    """
    from analysis.methods.stance.evaluation import development_set
    from analysis.methods.stance.record import recorded_matrix_regularisation
    from analysis.methods.stance.stacking import STACK_FOLDS, StackedStanceModel

    regularisations = recorded_matrix_regularisation()
    development = development_set().without_sources(book_statement_ids())
    model = StackedStanceModel(n_jobs=processes_for(STACK_FOLDS))
    if regularisations is not None:
        model.take_regularisations(regularisations)
    return model.fit(development.items, development.labels)


def book_statement_ids() -> set[str]:
    """The ids of the book's five statements (``seeds/metadata.csv``), none if it is not shipped."""
    if not BOOK_METADATA.exists():
        return set()
    return set(pd.read_csv(BOOK_METADATA, usecols=["doc_id"])["doc_id"])


def sentence_labels(
    texts: list[str],
    news_reports: list[bool],
    method: str = MATRIX_METHOD,
    previous: list[str] | None = None,
    taliban_speaker: list[bool] | None = None,
    model=None,
) -> list[list[StanceLabel]]:
    """The labels of some sentences by the matrix method (the rules, or the rules with the model);
    ``news_reports``: whether each sentence is of a news report; for the model, ``previous``: the
    sentence before each in its statement, ``taliban_speaker``: whether its statement is the Taliban's,
    ``model``: the fitted :func:`matrix_model`, if the caller has it already."""
    if method == "rules":
        return [sentence_stance_evidence(text, news_report=news) for text, news in zip(texts, news_reports)]
    if method == "combination":
        model = matrix_model() if model is None else model
        return model.label_sentences(texts, news_reports, previous, taliban_speaker)
    raise ValueError(f"the matrix is labelled by 'rules' or 'combination', not {method!r}")


def is_news_report(genre: object) -> bool:
    """True for a statement whose genre is a news report (its sentences get the reported-speech rule)."""
    return isinstance(genre, str) and "news" in genre.lower()


def stance_rows(
    doc_id: str, sent_ids: list[str], texts: list[str], news_report: bool = False, actor_type: object = None
) -> list[dict]:
    """The stance rows of one statement's sentences, in order (one task for a worker process or Dask);
    ``actor_type``: the statement's speaker from its metadata, if known."""
    labels = sentence_labels(
        texts,
        [news_report] * len(texts),
        MATRIX_METHOD,
        [""] + list(texts[:-1]),
        [is_taliban_speaker(actor_type)] * len(texts),
    )
    return [
        {"doc_id": doc_id, "sent_id": sent_id, "target": label.target, "label": label.label, "cues": label.cues}
        for sent_id, sentence in zip(sent_ids, labels)
        for label in sentence
    ]


def stance_table(corpus, n_jobs: int = 1) -> pd.DataFrame:
    """Every stance label of the corpus: one row per (sentence, target) with ``doc_id, sent_id, target, label, cues``.

    With ``n_jobs`` > 1 the statements are labelled on that many processes (:mod:`analysis.runtime.jobs`); the rows
    come back in the same order as on one. The table is computed once per corpus (kept on it while
    its sentences and genres are unchanged): the stance, sentiment and synthesis tables all use it.
    """
    documents = corpus.documents
    genres = dict(zip(documents["doc_id"], documents.get("genre", pd.Series(dtype=str))))
    speakers = dict(zip(documents["doc_id"], documents.get("actor_type", pd.Series(dtype=str))))
    ids = corpus.sentences["sent_id"].tolist() + [
        f"{doc_id}|{genre}|{speakers.get(doc_id)}" for doc_id, genre in genres.items()
    ]
    texts = corpus.sentences["text"].tolist()
    return cached_on_corpus(
        corpus,
        ("stance_table", MATRIX_METHOD),
        ids,
        texts,
        lambda _: _label_sentences(corpus, genres, speakers, n_jobs),
    ).copy()


def _label_sentences(corpus, genres: dict, speakers: dict, n_jobs: int) -> pd.DataFrame:
    """The rows of :func:`stance_table`, statement by statement (on ``n_jobs`` processes)."""
    sentences = zip(*(corpus.sentences[name].tolist() for name in ("doc_id", "sent_id", "text")))
    tasks = []
    for doc_id, run in itertools.groupby(sentences, key=lambda sentence: sentence[0]):
        _, sent_ids, texts = zip(*run)
        news, taliban = is_news_report(genres.get(doc_id)), is_taliban_speaker(speakers.get(doc_id))
        tasks.append((doc_id, list(sent_ids), list(texts), news, taliban))
    # the model is fitted here, once, and handed to the worker processes (each would fit its own)
    model = matrix_model() if MATRIX_METHOD == "combination" else None
    label = functools.partial(_columns_of_statements, model=model)
    parts = map_items(label, tasks, n_jobs, chunks_per_job=SMALL_CHUNKS_PER_JOB)
    columns = ["doc_id", "sent_id", "target", "label", "cues"]
    if not any(part[0] for part in parts):
        return pd.DataFrame([], columns=columns)
    # built column by column: a million row dicts would cost far more memory than five lists
    return pd.DataFrame(
        {name: list(itertools.chain.from_iterable(part[i] for part in parts)) for i, name in enumerate(columns)}
    )


def _columns_of_statements(tasks: list[tuple], model=None) -> list[tuple[list, ...]]:
    """The rows of :func:`stance_rows` of some statements as five columns each (``doc_id, sent_id, target,
    label, cues``), in order (one task for a worker process); ``model``: the fitted :func:`matrix_model`
    (fitted here if not given).

    The sentences of all the statements are labelled in one call: the model's cost per call (a
    matrix product for every target) is then shared by thousands of sentences, not by one statement's.
    """
    texts = [text for _, _, statement_texts, _, _ in tasks for text in statement_texts]
    previous = [text for _, _, statement_texts, _, _ in tasks for text in [""] + statement_texts[:-1]]
    news_reports = [news for _, sent_ids, _, news, _ in tasks for _ in sent_ids]
    taliban = [speaker for _, sent_ids, _, _, speaker in tasks for _ in sent_ids]
    labels = iter(sentence_labels(texts, news_reports, MATRIX_METHOD, previous, taliban, model))
    parts = []
    for doc_id, sent_ids, _, _, _ in tasks:
        columns: tuple[list, ...] = ([], [], [], [], [])
        for sent_id in sent_ids:
            for label in next(labels):
                for column, value in zip(columns, (doc_id, sent_id, label.target, label.label, label.cues)):
                    column.append(value)
        parts.append(columns)
    return parts


def bootstrap_rate_interval(
    hits: np.ndarray, n_boot: int = 2000, level: float = 0.95, seed: int = BOOTSTRAP_SEED
) -> tuple[float, float]:
    """A percentile bootstrap interval for a share of sentences, resampling sentences with a fixed seed.

    >>> bootstrap_rate_interval(np.array([0, 0, 0, 0]))
    (0.0, 0.0)
    """
    hits = np.asarray(hits, dtype=float)
    if hits.size == 0:
        return (math.nan, math.nan)
    return bootstrap_rate_intervals(hits[np.newaxis, :], n_boot, level, seed)[0]


def bootstrap_rate_intervals(
    hits: np.ndarray, n_boot: int = 2000, level: float = 0.95, seed: int = BOOTSTRAP_SEED
) -> list[tuple[float, float]]:
    """:func:`bootstrap_rate_interval` for several targets of one statement at once (one row of 0/1 ``hits`` each).

    Every target is resampled with the same draws of sentences (:func:`bootstrap_draws`), so a
    resample's number of hits is (how often each sentence was drawn) · hits: one matrix product
    for all targets. The interval is read with ``np.quantile`` from the resampled shares.

    >>> bootstrap_rate_intervals(np.array([[0, 0, 0], [1, 1, 1]]))
    [(0.0, 0.0), (1.0, 1.0)]
    """
    hits = np.asarray(hits, dtype=float)
    size = hits.shape[1]
    shares = hits @ _bootstrap_draw_counts(size, n_boot, seed).T / size
    tail = (1 - level) / 2
    lows, highs = np.quantile(shares, [tail, 1 - tail], axis=1)
    return [(float(low), float(high)) for low, high in zip(lows, highs)]


@lru_cache(maxsize=64)
def _bootstrap_draw_counts(size: int, n_boot: int, seed: int) -> np.ndarray:
    """How often each of ``size`` sentences is drawn in each of ``n_boot`` seeded resamples (``n_boot`` × ``size``).

    The draws are :func:`bootstrap_draws`: the same for every target of a statement, and every
    statement of that length, so they are counted once.
    """
    indices = bootstrap_draws(size, n_boot, seed)
    rows = np.repeat(np.arange(n_boot) * size, size)
    counts = np.bincount(rows + indices.ravel(), minlength=n_boot * size).reshape(n_boot, size).astype(float)
    counts.flags.writeable = False
    return counts


def document_stance(corpus, labels: pd.DataFrame | None = None, n_jobs: int = 1) -> pd.DataFrame:
    """Per statement and target: salience, favor and against counts, net position and the evidence.

    ``salience`` is the number of sentences that take a stance on the target; ``net`` is
    (favor - against) / salience, from -1 (all against) to +1 (all favor); ``stance_rate`` is
    salience / sentences with a seeded bootstrap interval over sentences; ``thin_evidence`` marks
    cells with fewer than :data:`THIN_EVIDENCE` stance-bearing sentences, which the book shows as
    thin evidence rather than as a position. ``labels``: a :func:`stance_table` of the corpus
    already computed (it is computed here if not given). With ``n_jobs`` > 1 the statements'
    intervals are drawn on that many processes; the table is the same as on one.
    """
    labels = stance_table(corpus) if labels is None else labels
    sent_ids_of: dict[str, list[str]] = {}
    for doc_id, sent_id in zip(corpus.sentences["doc_id"].tolist(), corpus.sentences["sent_id"].tolist()):
        sent_ids_of.setdefault(doc_id, []).append(sent_id)
    cells: dict[tuple[str, str], tuple[list[str], list[str]]] = {}
    for doc_id, target, label, sent_id in zip(
        *(labels[name].tolist() for name in ("doc_id", "target", "label", "sent_id"))
    ):
        cell = cells.setdefault((doc_id, target), ([], []))
        cell[0].append(label)
        cell[1].append(sent_id)
    tasks = [
        (doc_id, sent_ids_of.get(doc_id, []), [cells.get((doc_id, target), ([], [])) for target in TARGETS])
        for doc_id in corpus.doc_ids
    ]
    return pd.DataFrame(map_items(_rows_of_documents, tasks, n_jobs))


def _rows_of_documents(tasks: list[tuple]) -> list[dict]:
    """The rows of some statements, in order (one task for a worker process)."""
    return [row for task in tasks for row in _document_rows(*task)]


def _document_rows(doc_id: str, sent_ids: list[str], target_cells: list[tuple[list[str], list[str]]]) -> list[dict]:
    """The (statement, target) rows of :func:`document_stance` for one statement, one per target in
    :data:`TARGETS` order, from each target's labels and their sentences."""
    labelled = [set(cell_sent_ids) for _, cell_sent_ids in target_cells]
    hits = np.array([[sent_id in sentences for sent_id in sent_ids] for sentences in labelled], dtype=float)
    intervals = bootstrap_rate_intervals(hits) if sent_ids else [(math.nan, math.nan)] * len(target_cells)
    rows = []
    for target, (cell_labels, cell_sent_ids), (low, high) in zip(TARGETS, target_cells, intervals):
        favor = cell_labels.count("favor")
        against = cell_labels.count("against")
        salience = favor + against
        rows.append(
            {
                "doc_id": doc_id,
                "target": target,
                "n_sentences": len(sent_ids),
                "salience": salience,
                "favor": favor,
                "against": against,
                "net": round((favor - against) / salience, 3) if salience else math.nan,
                "stance_rate": round(salience / len(sent_ids), 3) if sent_ids else math.nan,
                "rate_low": round(low, 3),
                "rate_high": round(high, 3),
                "thin_evidence": salience < THIN_EVIDENCE,
                "evidence": " ".join(cell_sent_ids),
            }
        )
    return rows


def export_tables(corpus, n_jobs: int = 1) -> dict[str, pd.DataFrame]:
    """``stance_sentences`` (one row per sentence and target) and ``stance_documents`` (per statement and target)."""
    labels = stance_table(corpus, n_jobs)
    return {"stance_sentences": labels, "stance_documents": document_stance(corpus, labels, n_jobs)}


def iter_targets() -> Iterable[str]:
    """The target ids in table order (a convenience for notebooks)."""
    return iter(TARGETS)
