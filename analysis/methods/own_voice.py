"""The stance of a statement's own voice: the stance matrix on the institution layer only.

A news report mixes the reporter's narration, the institution's relayed statement and named persons
(:mod:`analysis.text.voice` labels each sentence with its layer). These two functions compare the
stance matrix of the whole text with the one of the institution's own sentences, so a reader sees how
much of a statement's "position" rests on other voices.
"""

from __future__ import annotations

from types import SimpleNamespace

import pandas as pd

from analysis.io.corpus import Corpus
from analysis.methods import stance
from analysis.text.voice import voice_layers


def own_voice_sentence_ids(corpus: Corpus) -> set[str]:
    """The ids of the sentences in the institution's own voice (layer ``institution``)."""
    layers = voice_layers(corpus)
    return set(layers.loc[layers["layer"] == "institution", "sent_id"])


def own_voice_stance(corpus: Corpus, labels: pd.DataFrame | None = None) -> pd.DataFrame:
    """The stance matrix (:func:`analysis.methods.stance.document_stance`) on the institution layer only.

    Sentences of the reporter and of named persons are left out, both from the stance labels and from
    the sentence counts, so each share is a share of the institution's own sentences. ``labels``: the
    rules' sentence labels, computed if not given.
    """
    labels = stance.stance_table(corpus) if labels is None else labels
    own = own_voice_sentence_ids(corpus)
    view = SimpleNamespace(
        sentences=corpus.sentences[corpus.sentences["sent_id"].isin(own)].reset_index(drop=True),
        doc_ids=corpus.doc_ids,
        documents=corpus.documents,
    )
    return stance.document_stance(view, labels[labels["sent_id"].isin(own)].reset_index(drop=True))


def own_voice_comparison(corpus: Corpus, labels: pd.DataFrame | None = None) -> pd.DataFrame:
    """Per statement: its sentences and stance-bearing sentences, all voices against its own voice only.

    A statement whose stance rests mostly on other voices (a reporter's narration, named officials)
    shows a large gap between the two counts.
    """
    labels = stance.stance_table(corpus) if labels is None else labels
    own = own_voice_sentence_ids(corpus)
    sentences = corpus.sentences[["doc_id", "sent_id"]].assign(own=lambda s: s["sent_id"].isin(own))
    with_stance = labels[["doc_id", "sent_id"]].drop_duplicates().assign(own=lambda s: s["sent_id"].isin(own))
    counts = {
        "sentences": sentences.groupby("doc_id").size(),
        "own-voice sentences": sentences.groupby("doc_id")["own"].sum(),
        "sentences with a stance": with_stance.groupby("doc_id").size(),
        "of them in its own voice": with_stance.groupby("doc_id")["own"].sum(),
    }
    table = pd.DataFrame(counts).reindex(corpus.doc_ids).fillna(0).astype(int)
    return table.rename_axis("doc_id").reset_index()


def export_tables(corpus: Corpus) -> dict[str, pd.DataFrame]:
    """``own_voice_comparison``: per statement, sentences and stance-bearing sentences in all voices and in its own."""
    return {"own_voice_comparison": own_voice_comparison(corpus)}
