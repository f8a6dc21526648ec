"""Layers of voice: who speaks in each sentence, the reporter, the institution or a named person.

A news report about a ministry's statement holds three voices at once: the journalist who narrates
("The meeting was held in Kabul on Thursday"), the institution whose statement is relayed ("the
ministry said ...") and people the report names ("Atmar noted ..."). A stance matrix of the whole
text merges them into one "position". This module labels each sentence with one layer, from the
sentence's speech type (:func:`analysis.text.sentences.speech_type`) and the statement's genre:

- ``reporter``: a sentence in the narrator's own words in a news report;
- ``institution``: a sentence in the statement's own voice (its direct sentences when the genre is
  not a news report), or a reported or quoted sentence that names no person;
- ``named person``: a reported or quoted sentence that attributes the words to a person, named with a
  title ("Minister Atmar", "Secretary General Jens Stoltenberg") or by a personal pronoun in the
  reporting frame ("He noted that ...").

It is a transparent rule, not a parser: a person named without a title and without a pronoun is read
as the institution. :mod:`analysis.methods.own_voice` computes the stance matrix on the institution
layer only.
"""

from __future__ import annotations

import re

import pandas as pd

from analysis.io.corpus import Corpus

#: The layers, in the order tables show them.
LAYERS = ("institution", "reporter", "named person")

#: Titles that introduce a named person.
PERSON_TITLE = re.compile(
    r"\b(Minister|FM|President|Secretary[- ]General|Secretary General|Ambassador|Envoy|Mr|Mrs|Ms|Dr|"
    r"Spokesman|Spokeswoman|Spokesperson|Chairman|Chairwoman|Sheikh|Mullah)\.?\s+[A-Z]"
)
#: A personal pronoun as the subject of a reporting frame ("He noted", "she said").
PERSON_PRONOUN = re.compile(
    r"\b(He|She|he|she)\s+(said|noted|added|stressed|stated|told|explained|remarked|declared)\b"
)
#: A surname before "said" ("..., Halimi said"): a capitalised word that is not an organisation acronym.
SURNAME_SAID = re.compile(r"\b[A-Z][a-z]+\s+(said|noted|added|stressed)\b")
#: A reporting frame whose subject is an institution ("the Ministry of Foreign Affairs said").
INSTITUTION_FRAME = re.compile(
    r"\b(Ministry|[Ss]tatement|NATO|Council|Government|Alliance|Organi[sz]ation)\b(?:\s+\w+){0,5}\s+"
    r"(said|says|stated|added|noted|insists|urges)\b"
)
#: Subjects of "said" that are institutions, not persons.
INSTITUTION_WORDS = {
    "Statement",
    "Ministry",
    "Council",
    "Government",
    "Alliance",
    "Organization",
    "Organisation",
    "It",
    "The",
}


def _is_news(genre: object) -> bool:
    return isinstance(genre, str) and "news" in genre.lower()


def names_a_person(sentence: str) -> bool:
    """Whether a reported or quoted sentence attributes its words to a person.

    >>> names_a_person("He noted that reducing violence was a commitment.")
    True
    >>> names_a_person("The war is against the teachings of Islam, Halimi said.")
    True
    >>> names_a_person("NATO said on Wednesday that the parties should agree a ceasefire.")
    False
    >>> names_a_person("Minister Atmar and ambassadors took part, the Ministry of Foreign Affairs said.")
    False
    """
    if PERSON_PRONOUN.search(sentence):
        return True
    if INSTITUTION_FRAME.search(sentence):
        return False
    if PERSON_TITLE.search(sentence):
        return True
    return any(match.group(0).split()[0] not in INSTITUTION_WORDS for match in SURNAME_SAID.finditer(sentence))


def sentence_layer(speech: str, news_report: bool, sentence: str) -> str:
    """The layer of voice of one sentence (see the module docstring).

    >>> sentence_layer("direct", True, "The meeting was held in Kabul on Thursday.")
    'reporter'
    >>> sentence_layer("direct", False, "We call on the parties to agree a ceasefire.")
    'institution'
    >>> sentence_layer("quoted", True, "He noted that the Taliban had four commitments.")
    'named person'
    """
    if speech == "direct":
        return "reporter" if news_report else "institution"
    return "named person" if names_a_person(sentence) else "institution"


def voice_layers(corpus: Corpus) -> pd.DataFrame:
    """One row per sentence: ``doc_id, sent_id, speech, layer``."""
    documents = corpus.documents
    genres = dict(zip(documents["doc_id"], documents["genre"])) if "genre" in documents else {}
    sentences = corpus.sentences
    layers = [
        sentence_layer(speech, _is_news(genres.get(doc_id)), text)
        for doc_id, speech, text in zip(sentences["doc_id"], sentences["speech"], sentences["text"])
    ]
    return sentences[["doc_id", "sent_id", "speech"]].assign(layer=layers).reset_index(drop=True)


def voice_summary(corpus: Corpus, layers: pd.DataFrame | None = None) -> pd.DataFrame:
    """Sentences per statement and layer, with the number of layers a statement mixes (``layers``: :func:`voice_layers`)."""
    layers = voice_layers(corpus) if layers is None else layers
    table = pd.crosstab(layers["doc_id"], layers["layer"]).reindex(
        index=corpus.doc_ids, columns=list(LAYERS), fill_value=0
    )
    table["layers"] = (table[list(LAYERS)] > 0).sum(axis=1)
    return table.rename_axis("doc_id").reset_index().rename_axis(None, axis=1)


def export_tables(corpus: Corpus) -> dict[str, pd.DataFrame]:
    """``voice_layers`` (one row per sentence) and ``voice_summary`` (sentences per statement and layer)."""
    layers = voice_layers(corpus)
    return {"voice_layers": layers, "voice_summary": voice_summary(corpus, layers)}
