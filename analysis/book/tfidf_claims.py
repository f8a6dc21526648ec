"""The claims table of the TF-IDF chapter (03): similarity, its robustness, and the drift test.

Each claim about similarity is checked under every TF-IDF variant of
:data:`analysis.methods.tfidf.TFIDF_VARIANTS`: a pair is "the closest" robustly only if it stays the
closest whatever the weighting, and the drift test carries a direction only if its permutation
p-value is small under every variant.
"""

from __future__ import annotations

import pandas as pd

from analysis.book.claims import Claim
from analysis.book.glue import as_list
from analysis.io.corpus import Corpus
from analysis.methods import similarity, term_choices, tfidf

#: The level below which a permutation p-value counts as a direction.
ALPHA = 0.05


def _variant_drift(corpus: Corpus) -> dict[str, similarity.DriftTest]:
    return {
        name: similarity.drift_test(similarity.similarity_pairs(corpus, tfidf.tfidf_matrix(corpus, variant)), corpus)
        for name, variant in tfidf.TFIDF_VARIANTS.items()
    }


def drift_claim(corpus: Corpus, tests: dict | None = None) -> Claim:
    """What the rank correlation of similarity with years apart can carry: a direction only if p < alpha."""
    tests = _variant_drift(corpus) if tests is None else tests
    base = tests["baseline"]
    directional = base.p_value < ALPHA
    if directional:
        sentence = (
            f"Spearman's rho is {base.rho:.2f} with a permutation p-value of {base.p_value:.3f}: similarity "
            f"{'falls' if base.rho < 0 else 'rises'} with the years between two statements"
        )
    else:
        sentence = (
            f"Spearman's rho is {base.rho:.2f}, but shuffled dates give a rho at least as far from zero in "
            f"{100 * base.p_value:.0f}% of the orderings (p = {base.p_value:.3f}): the data carry no "
            f"direction, neither drift nor convergence"
        )
    checks = {
        f"same reading under {name}": (test.p_value < ALPHA) == directional
        for name, test in tests.items()
        if name != "baseline"
    }
    return Claim(
        "drift_direction",
        sentence,
        "similarity pairs and years apart, permutation (Mantel) test",
        holds=True,
        checks=checks,
    )


def pair_claim(pairs: pd.DataFrame, robustness: pd.DataFrame, which: str) -> Claim:
    """The closest (``which='closest'``) or farthest pair, robust if it is the same under every variant."""
    row = pairs.iloc[0] if which == "closest" else pairs.iloc[-1]
    column = f"same_{which}_pair"
    others = robustness[robustness["variant"] != "baseline"]
    failing = others.loc[~others[column].astype(bool), "variant"].tolist()
    return Claim(
        f"{which}_pair",
        f"the {which} pair is {row['doc_a']} and {row['doc_b']} (cosine {row['cosine']:.2f})",
        "similarity pairs (baseline TF-IDF), robustness table",
        holds=True,
        checks={"the same under every TF-IDF variant": not failing},
        failure_notes={"the same under every TF-IDF variant": f"another pair under {as_list(failing)}"},
    )


def kept_words_claim(corpus: Corpus, k: int = 10) -> Claim:
    """Which statements' top lists hold a word a usual stop list would have removed."""
    kept = term_choices.kept_words_in_top(corpus, k)
    shown = [f"*{term}* in {doc_id}" for doc_id, term in zip(kept["doc_id"], kept["term"])]
    return Claim(
        "kept_words_in_top",
        f"{len(kept)} entries of the top-{k} lists are words a usual stop list would remove: {as_list(shown)}",
        "baseline TF-IDF top terms and scikit-learn's English stop list",
        holds=True,
    )


def choices_claim(changes: pd.DataFrame, k: int = 10) -> Claim:
    """How many top lists each tokenising choice changes (:func:`analysis.methods.term_choices.choice_changes`)."""
    parts = []
    for choice, rows in changes.groupby("without", sort=False):
        changed = rows[rows["n_changed"] > 0]
        firsts = rows[rows["first term"].str.split(" → ").str[0] != rows["first term"].str.split(" → ").str[1]]
        first_words = {0: "no first term changes", 1: "one first term changes"}.get(
            len(firsts), f"{len(firsts)} first terms change"
        )
        parts.append(
            f"without {choice}, {len(changed)} of the {len(rows)} top-{k} lists change "
            f"(by up to {int(rows['n_changed'].max())} terms) and {first_words}"
        )
    return Claim(
        "choices_change_top", "; ".join(parts), "top TF-IDF terms recomputed without each choice", holds=bool(parts)
    )


def tfidf_claims(
    corpus: Corpus, pairs: pd.DataFrame | None = None, robustness: pd.DataFrame | None = None, k: int = 10
) -> list[Claim]:
    """The claims of the TF-IDF chapter, in the order it prints them."""
    pairs = similarity.similarity_pairs(corpus, tfidf.tfidf_matrix(corpus)) if pairs is None else pairs
    robustness = similarity.robustness_table(corpus, k=k) if robustness is None else robustness
    return [
        kept_words_claim(corpus, k),
        choices_claim(term_choices.choice_changes(corpus, k), k),
        pair_claim(pairs, robustness, "closest"),
        pair_claim(pairs, robustness, "farthest"),
        drift_claim(corpus),
    ]
