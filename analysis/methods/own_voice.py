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


def own_voice_stance(corpus: Corpus, labels: pd.DataFrame | None = None) -> pd.DataFrame:
    """The stance matrix (:func:`analysis.methods.stance.document_stance`) on the institution layer only.

    Sentences of the reporter and of named persons are left out, both from the stance labels and from
    the sentence counts, so each share is a share of the institution's own sentences. ``labels``: the
    rules' sentence labels, computed if not given.
    """
    labels = stance.stance_table(corpus) if labels is None else labels
    layers = voice_layers(corpus)
    own = set(layers.loc[layers["layer"] == "institution", "sent_id"])
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
    layers = voice_layers(corpus)
    own = set(layers.loc[layers["layer"] == "institution", "sent_id"])
    rows = []
    for doc_id in corpus.doc_ids:
        sent_ids = corpus.sentences.loc[corpus.sentences["doc_id"] == doc_id, "sent_id"]
        stance_ids = set(labels.loc[labels["doc_id"] == doc_id, "sent_id"])
        rows.append(
            {
                "doc_id": doc_id,
                "sentences": len(sent_ids),
                "own-voice sentences": int(sent_ids.isin(own).sum()),
                "sentences with a stance": len(stance_ids),
                "of them in its own voice": len(stance_ids & own),
            }
        )
    return pd.DataFrame(rows)
