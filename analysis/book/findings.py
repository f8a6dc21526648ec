"""The values behind the landing page's "What the book finds": each finding computed, none typed.

The landing page states a handful of findings, each one sentence with its number and a link to the
figure that holds its evidence. They compare statements (who asks for what, how firmly, how alike);
none claims a change over time that a handful of texts cannot carry. Everything here works for any
corpus with at least two statements.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from analysis.book.claims import sentence_case
from analysis.book.glue import as_list
from analysis.book.prose import count_in_words
from analysis.io.corpus import Corpus, speaker_kind
from analysis.methods import similarity, stance, stance_fragility, synthesis, tfidf
from analysis.text.wording import number_word


def with_article(noun: str) -> str:
    """A noun phrase with 'a' or 'an' before it.

    >>> with_article("open letter"), with_article("press release")
    ('an open letter', 'a press release')
    """
    return ("an " if noun[:1].lower() in "aeiou" else "a ") + noun


def voices(documents: pd.DataFrame, reported_genre: str = "news report") -> dict[str, object]:
    """Who speaks through a reporter and who in its own voice: the actors of the news reports (with
    their year) and the genres of the other statements, for the landing page."""
    reported = documents[documents["genre"] == reported_genre]
    own = documents[documents["genre"] != reported_genre]
    n_news = len(reported)
    reports = (
        "is a news report that quotes or paraphrases" if n_news <= 1 else "are news reports that quote or paraphrase"
    )
    return {
        "n_news": n_news,
        "news_sentence": f"Of the {number_word(len(documents))}, {number_word(n_news, zero='none')} {reports} an actor",
        "news_actors": as_list([f"{speaker_kind(a)} in {y}" for a, y in zip(reported["actor"], reported["year"])]),
        "own_genres": as_list([with_article(str(genre)) for genre in own["genre"]]),
    }


def speaker_kinds(actor_types: pd.Series) -> list[str]:
    """The kinds of speaker in corpus order, a bracketed qualifier dropped ("government (chair)" → "government").

    >>> speaker_kinds(pd.Series(["government (conference chair)", "civil society", "government"]))
    ['government', 'civil society']
    """
    kinds = [speaker_kind(kind) for kind in actor_types]
    return list(dict.fromkeys(kind for kind in kinds if kind))


def alike_pairs(matrix: pd.DataFrame) -> tuple[tuple[str, str, float], tuple[str, str, float]]:
    """The most and the least alike pair of statements in a similarity matrix, with their cosines.

    Ties go to the pair that comes first in corpus order, so the answer is deterministic.
    """
    labels = list(matrix.index)
    pairs = [
        (labels[a], labels[b], float(matrix.iloc[a, b])) for a in range(len(labels)) for b in range(a + 1, len(labels))
    ]
    most = max(pairs, key=lambda pair: pair[2])
    least = min(pairs, key=lambda pair: pair[2])
    return most, least


#: How the landing page names a target in a sentence.
TARGET_WORDS = {"taliban": "the Taliban", "human_rights": "human rights", "ceasefire": "a ceasefire"}


def ceasefire_sentence(taken_for: list[str], n_mention: int, n_statements: int) -> str:
    """The ceasefire finding in one sentence: who takes a position for one, and how many mention one.

    >>> ceasefire_sentence(["c"], 4, 5).split(", in three or more sentences; ")
    ['Only c takes a position for a ceasefire', 'four of the five statements take a stance on one in at least one sentence']
    >>> ceasefire_sentence([], 0, 5).split(", and ")
    ['No statement takes a position for a ceasefire in three or more sentences', 'none of the five statements takes a stance on one']
    """
    mentions = count_in_words(n_mention, n_statements, "statements")
    if not taken_for:
        tail = "takes a stance on one" if n_mention == 0 else f"take{'s' if n_mention == 1 else ''} a stance on one"
        return f"No statement takes a position for a ceasefire in three or more sentences, and {mentions} {tail}"
    verb = "takes" if len(taken_for) == 1 else "take"
    only = "Only " if len(taken_for) < n_statements else ""
    return (
        f"{only}{as_list(taken_for)} {verb} a position for a ceasefire, in three or more sentences; "
        f"{mentions} take{'s' if n_mention == 1 else ''} a stance on one in at least one sentence"
    )


def stance_in_words(target: str, n_sentences: int, net: float, with_noun: bool = True) -> str:
    """A statement's stance on a target in words: how many sentences, which way ("one sentence against the Taliban").

    >>> stance_in_words("human_rights", 5, 1.0), stance_in_words("taliban", 2, 0.0, with_noun=False)
    ('five sentences for human rights', 'two divided on the Taliban')
    """
    direction = "for" if net > 0 else "against" if net < 0 else "divided on"
    noun = (" sentence" if n_sentences == 1 else " sentences") if with_noun else ""
    return f"{number_word(n_sentences, zero='no')}{noun} {direction} {TARGET_WORDS.get(target, target)}"


def both_targets_phrase(profile: pd.DataFrame, first: str, second: str) -> tuple[list[str], str]:
    """The statements that take a stance on both targets, and each one's sentences and direction on each.

    >>> profile = pd.DataFrame({"doc_id": ["a", "a", "b"], "target": ["taliban", "human_rights", "taliban"],
    ...                         "salience": [1, 5, 2], "net": [-1.0, 1.0, -1.0]})
    >>> both_targets_phrase(profile, "taliban", "human_rights")
    (['a'], 'a (one sentence against the Taliban, five for human rights)')
    """
    cells = profile[profile["salience"] > 0].set_index(["doc_id", "target"])
    both = [
        doc for doc in dict.fromkeys(profile["doc_id"]) if (doc, first) in cells.index and (doc, second) in cells.index
    ]
    parts = []
    for doc in both:
        one, other = cells.loc[(doc, first)], cells.loc[(doc, second)]
        parts.append(
            f"{doc} ({stance_in_words(first, int(one['salience']), one['net'])}, "
            f"{stance_in_words(second, int(other['salience']), other['net'], with_noun=False)})"
        )
    return both, as_list(parts, empty="none of them")


def both_targets_sentence(both: list[str], phrase: str, n_statements: int) -> str:
    """The Taliban-and-rights finding as a sentence, its subject agreeing with its count.

    >>> both_targets_sentence([], "none of them", 5)
    'No statement takes a stance both on the Taliban and on human rights'
    >>> both_targets_sentence(["a"], "a (one sentence against the Taliban, two for human rights)", 5)
    'One of the five statements takes a stance both on the Taliban and on human rights: a (one sentence against the Taliban, two for human rights)'
    """
    if not both:
        return "No statement takes a stance both on the Taliban and on human rights"
    subject = sentence_case(count_in_words(len(both), n_statements, "statements"))
    return f"{subject} take{'s' if len(both) == 1 else ''} a stance both on the Taliban and on human rights: {phrase}"


def landing_values(corpus: Corpus) -> dict[str, object]:
    """Every value the landing page glues: the corpus in brief and the numbers of its findings."""
    documents = corpus.documents
    kinds = speaker_kinds(documents["actor_type"])
    profile = synthesis.target_profile(corpus)
    firmness = synthesis.firmness_table(corpus)
    weights = tfidf.tfidf_matrix(corpus)
    matrix = similarity.similarity_matrix(weights)
    (most_a, most_b, most_cos), (least_a, least_b, least_cos) = alike_pairs(matrix)
    drift = similarity.drift_test(similarity.similarity_pairs(corpus, weights), corpus)
    variants = similarity.robustness_table(corpus).iloc[1:]
    leaning = stance_fragility.measured_leaning_cells(stance.document_stance(corpus))  # as the stance matrix marks them
    ceasefire_for = synthesis.targets_taken_by(profile, "ceasefire", leaning=leaning)
    ceasefire_any = synthesis.mentions(profile, "ceasefire")
    both, both_phrase = both_targets_phrase(profile, "taliban", "human_rights")
    directive_doc, directive_rate = synthesis.highest(firmness, "directives_per_1k")
    n_same_alike = int((variants["same_closest_pair"] & variants["same_farthest_pair"]).sum())
    return {
        "n_statements": len(documents),
        "n_statements_words": number_word(len(documents)),
        "first_year": documents["year"].min(),
        "last_year": documents["year"].max(),
        "n_actor_types": len(kinds),
        "actor_types_count": number_word(len(kinds)),
        "actor_types": as_list(kinds),
        "total_words": int(documents["n_words"].sum()),
        "n_ceasefire_for": len(ceasefire_for),
        "ceasefire_for": as_list(ceasefire_for, empty="none of them"),
        "n_ceasefire_any": len(ceasefire_any),
        "ceasefire_sentence": ceasefire_sentence(ceasefire_for, len(ceasefire_any), len(documents)),
        "n_taliban_and_rights": len(both),
        "taliban_and_rights": as_list(both, empty="none of them"),
        "taliban_and_rights_stances": both_phrase,
        "taliban_and_rights_sentence": both_targets_sentence(both, both_phrase, len(documents)),
        "most_directive": directive_doc,
        "most_directive_rate": directive_rate,
        "median_directive_rate": float(np.median(firmness["directives_per_1k"].dropna())),
        "most_alike": f"{most_a} and {most_b}",
        "most_alike_cosine": most_cos,
        "least_alike": f"{least_a} and {least_b}",
        "least_alike_cosine": least_cos,
        "n_variants": len(variants),
        "same_alike_count": count_in_words(n_same_alike, len(variants), "other weightings"),
        "n_same_alike_pairs": n_same_alike,
        "drift_rho": drift.rho,
        "drift_p": drift.p_value,
        "drift_pairs": drift.n_pairs,
        "drift_reading": synthesis.describe_drift(drift.rho, drift.p_value),
        **voices(documents),
    }
