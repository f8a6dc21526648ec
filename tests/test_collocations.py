"""Collocations: the counts and scores of NLTK's bigram finder and association measures."""

import random

import numpy as np
import pytest
from reference.nltk_collocations import nltk_collocation_rows

from analysis.methods import collocations
from analysis.text.tokens import STOP_WORDS


def _random_sentences(rng, count, longest):
    words = ["peace", "talks", "the", "of", "civil society", "women", "ceasefire", "girls", "and", "rights", "éire"]
    return [[rng.choice(words) for _ in range(rng.randint(0, longest))] for _ in range(count)]


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_collocations_are_nltks(seed):
    sentences = _random_sentences(random.Random(seed), random.Random(seed).randint(1, 60), 30)
    for min_freq in (1, 2, 3):
        ours = collocations.collocations(sentences, min_freq=min_freq)
        reference = nltk_collocation_rows(sentences, min_freq, STOP_WORDS)
        assert [tuple(row[:5]) for row in ours.itertuples(index=False)] == [row[:5] for row in reference]
        assert np.allclose(ours["log_likelihood"], [row[5] for row in reference], rtol=1e-13, atol=0)
        assert np.allclose(ours["pmi"], [row[6] for row in reference], rtol=1e-13, atol=1e-13)


def test_grouped_collocations_are_each_groups_own():
    rng = random.Random(4)
    sentences = _random_sentences(rng, 80, 12)
    groups = sorted(rng.randrange(5) for _ in sentences)
    table = collocations.grouped_collocations(
        sentences, np.array(groups), ["g0", "g1", "g2", "g3", "g4"], 2, STOP_WORDS
    )
    for index, label in enumerate(["g0", "g1", "g2", "g3", "g4"]):
        own = collocations.collocations([s for s, g in zip(sentences, groups) if g == index])
        assert table[table["group"] == label].drop(columns="group").reset_index(drop=True).equals(own)
