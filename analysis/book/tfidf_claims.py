"""The claims table of the TF-IDF chapter (03): the top lists, similarity, its robustness, and the drift test.

The kinds of term in the top lists are named from the data (a topic term is also a significant key
term; a term of one text is used by no other statement), never typed.

Each claim about similarity is checked under every TF-IDF variant of
:data:`analysis.methods.tfidf.TFIDF_VARIANTS`: a pair is "the closest" robustly only if it stays the
closest whatever the weighting, and the drift test carries a direction only if its permutation
p-value is small under every variant.
"""

from __future__ import annotations

import pandas as pd

from analysis.book.claims import Claim, italic, italics, sentence_case, terms_by_statement
from analysis.book.glue import as_list
from analysis.book.prose import count_in_words, statement_names
from analysis.io.corpus import Corpus
from analysis.methods import keyness, similarity, term_choices, tfidf
from analysis.text.wording import number_word

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
        reading = "the opposite of drift" if base.rho > 0 else "the sign drift would give"
        sentence = (
            f"Spearman's rho is {base.rho:.2f}, {reading}, but shuffled dates give one at least as far from zero in "
            f"{100 * base.p_value:.0f}% of the orderings, so its direction cannot be told from chance; so few "
            f"statements could hardly show one (no evidence of drift is not evidence of none)"
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
    by_term: dict[str, list[str]] = {}
    for doc_id, term in zip(kept["doc_id"], kept["term"]):
        by_term.setdefault(term, []).append(doc_id)
    shown = [f"*{term}* in {as_list(doc_ids)}" for term, doc_ids in by_term.items()]
    entries = "entry" if len(kept) == 1 else "entries"
    verb = "is a word" if len(kept) == 1 else "are words"
    return Claim(
        "kept_words_in_top",
        f"{number_word(len(kept), zero='no')} {entries} of the top-{k} lists {verb} a usual stop list would remove"
        + (f": {as_list(shown)}" if shown else ""),
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
            len(firsts), f"{number_word(len(firsts), zero='no')} first terms change"
        )
        parts.append(
            f"without {choice}, {count_in_words(len(changed), len(rows), f'top-{k} lists')} change "
            f"(by up to {int(rows['n_changed'].max())} terms) and {first_words}"
        )
    return Claim(
        "choices_change_top", "; ".join(parts), "top TF-IDF terms recomputed without each choice", holds=bool(parts)
    )


def _is_significant_key_term(top: pd.DataFrame, vs_rest: pd.DataFrame) -> pd.Series:
    """For each (doc_id, term) row of ``top``: is the term over-used in that statement, significantly after correction?"""
    key = vs_rest[(vs_rest["direction"] == "overuse") & vs_rest["significant_corrected"].astype(bool)]
    key_pairs = set(zip(key["doc_id"], key["term"]))
    return pd.Series([pair in key_pairs for pair in zip(top["doc_id"], top["term"])], index=top.index)


def _terms_by_statement(rows: pd.DataFrame, names: dict[str, str], shown: int | None = None) -> str:
    """'*a* and *b* in statement one; *c* in statement two': the (first ``shown``) terms of each statement."""
    terms = {doc_id: group["term"].tolist()[: shown or None] for doc_id, group in rows.groupby("doc_id", sort=False)}
    return terms_by_statement(terms, names)


def topic_terms(top: pd.DataFrame, vs_rest: pd.DataFrame, names: dict[str, str], shown: int = 2) -> Claim:
    """Entries of the top lists that are also significant key terms of their statement: what both
    methods say a statement is about. The test: every statement has one."""
    both = top[_is_significant_key_term(top, vs_rest)]
    return Claim(
        "topic_terms",
        f"of the entries of the top lists, {number_word(len(both), zero='none')} are also significant key terms of "
        f"their statement, among them "
        f"{_terms_by_statement(both, names, shown)}",
        "baseline TF-IDF top lists and keyness against the other statements (significant after correction)",
        holds=both["doc_id"].nunique() == top["doc_id"].nunique(),
    )


def one_text_terms(corpus: Corpus, top: pd.DataFrame, vs_rest: pd.DataFrame, names: dict[str, str]) -> Claim:
    """Entries of the top lists that only one statement uses and that are not significant key terms
    there: distinctive because one text uses them, not because it uses them often."""
    used_by = (tfidf.term_counts(corpus) > 0).sum()
    rows = top[(top["term"].map(used_by) == 1) & ~_is_significant_key_term(top, vs_rest)]
    return Claim(
        "one_text_terms",
        f"{number_word(len(rows), zero='none')} other entries are used by one statement only and are not "
        f"significant key terms there: "
        f"{_terms_by_statement(rows, names)}",
        "baseline TF-IDF top lists, document frequency, keyness against the other statements",
        holds=len(rows) > 0,
    )


def closest_are_long(pairs: pd.DataFrame, n_words: pd.Series, names: dict[str, str]) -> Claim:
    """Both statements of the closest pair are longer than the mean statement, so length may be part of their closeness."""
    row = pairs.iloc[0]
    lengths = [int(n_words[row["doc_a"]]), int(n_words[row["doc_b"]])]
    return Claim(
        "closest_are_long",
        f"the closest pair is a pair of long texts ({lengths[0]:,} and {lengths[1]:,} words, against a mean of "
        f"{n_words.mean():,.0f})",
        "similarity pairs (baseline) and the length of each statement",
        holds=min(lengths) > n_words.mean(),
    )


def axis_sets_apart(coordinates: pd.DataFrame, names: dict[str, str]) -> Claim:
    """The first axis of the map sets one statement apart: it alone lies on its end of the axis."""
    top = coordinates.loc[coordinates["axis 1"].idxmax()]
    alone = int((coordinates["axis 1"] > 0).sum()) == 1
    return Claim(
        "axis_sets_apart",
        f"the first axis sets {names.get(top['doc_id'], top['doc_id'])} apart from all the others: it is the "
        f"only statement on its side of the axis",
        "map of the statements: coordinates on axis 1",
        holds=alone and top["axis 1"] > 0,
    )


def first_join_far(tree: similarity.ClusterTree) -> Claim:
    """Even the tree's first join is at a large distance (more than half the scale): the tree orders
    dissimilarity, it does not find groups of similar texts."""
    _, _, height = similarity.first_merge(tree)
    return Claim(
        "first_join_far",
        f"even the first join happens at a distance of {height:.2f} (cosine {1 - height:.2f}), so the tree "
        f"describes an order of dissimilarity, not a typology",
        "average-linkage tree on cosine distance: the height of its first join",
        holds=height > 0.5,
    )


def ranking_holds(robustness: pd.DataFrame) -> Claim:
    """How closely each variant's ranking of all pairs follows the baseline's, in words from the lowest rho."""
    from analysis.book.stance_claims import strength_words

    others = robustness[robustness["variant"] != "baseline"]
    weakest = others.loc[others["spearman"].idxmin()]
    return Claim(
        "ranking_holds",
        f"the ranking of all pairs stays {strength_words(weakest['spearman'])} to the baseline's under every "
        f"variant: its lowest rank correlation is {weakest['spearman']:.2f} ({weakest['variant']})",
        "robustness table: Spearman's rho of each variant's pair similarities with the baseline's",
        holds=weakest["spearman"] >= 0.5,
    )


def no_norm_changes_nothing(robustness: pd.DataFrame, variant: str = "no l2 norm") -> Claim:
    """Dropping the length normalisation leaves every measure of the robustness table as the baseline's."""
    rows = robustness.set_index("variant")
    same = bool((rows.loc[variant] == rows.loc["baseline"]).all()) if variant in rows.index else False
    return Claim(
        "no_norm_same",
        "removing the l2 norm changes nothing at all, as it should",
        f"robustness table: the row '{variant}' against the baseline",
        holds=same,
    )


def no_idf_first_terms(corpus: Corpus, names: dict[str, str], variant: str = "no idf (tf only)") -> Claim:
    """Without idf, a term every statement uses takes the first place of most statements."""
    first = tfidf.top_terms(tfidf.tfidf_matrix(corpus, tfidf.TFIDF_VARIANTS[variant]), k=1)
    used_by = (tfidf.term_counts(corpus) > 0).sum()
    common = first[first["term"].map(used_by) == len(corpus.doc_ids)]
    terms = list(dict.fromkeys(common["term"]))
    return Claim(
        "no_idf_common_first",
        f"{italics(terms)}, used by every statement, {'takes' if len(terms) == 1 else 'take'} the first place "
        f"in {len(common)} of the {len(first)} statements",
        f"top TF-IDF term of each statement under '{variant}', and document frequency",
        holds=len(common) > len(first) / 2,
    )


def heaviest_first_term(top: pd.DataFrame) -> str:
    """The statement whose first term weighs the most: the one most dominated by a single term."""
    firsts = top[top["rank"] == 1]
    return str(firsts.loc[firsts["tfidf"].idxmax(), "doc_id"])


def _times(n: int) -> str:
    """How often, as a writer says it: once, twice, three times, 12 times."""
    return {1: "once", 2: "twice"}.get(n, f"{number_word(n)} times")


def _used_by(n: int) -> str:
    """How many statements use a term, from the point of view of the one being read."""
    return "in no other statement" if n <= 1 else f"in {number_word(n)} statements"


def sublinear_change(corpus: Corpus, doc_id: str, k: int = 10, variant: str = "sublinear tf") -> str:
    """For the exercise solution: which terms enter and leave ``doc_id``'s top list under ``variant``,
    each with how often the statement uses it and how many statements do, and whether the first stays."""
    counts = tfidf.term_counts(corpus)
    used_by = (counts > 0).sum()

    def top_list(weights: tfidf.TfidfMatrix) -> list[str]:
        top = tfidf.top_terms(weights, k=k)
        return top.loc[top["doc_id"] == doc_id, "term"].tolist()

    before = top_list(tfidf.tfidf_matrix(corpus))
    after = top_list(tfidf.tfidf_matrix(corpus, tfidf.TFIDF_VARIANTS[variant]))

    def described(terms: list[str]) -> str:
        return as_list(
            [f"{italic(t)} ({_times(int(counts.loc[doc_id, t]))} here, {_used_by(int(used_by[t]))})" for t in terms],
            empty="none",
        )

    stays = "stays" if before[:1] == after[:1] else "does not stay"
    return (
        f"{italic(before[0])} {stays} first; entering: {described(sorted(set(after) - set(before)))}; "
        f"leaving: {described(sorted(set(before) - set(after)))}"
    )


def statements_keeping(count: int, n_statements: int, thing: str) -> str:
    """How many statements keep something under a variant, in words, the verb agreeing ("only one of the
    five statements keeps its first term").

    >>> statements_keeping(1, 5, "first term"), statements_keeping(5, 5, "nearest neighbour")
    ('only one of the five statements keeps its first term', 'all five statements keep their nearest neighbour')
    >>> statements_keeping(3, 5, "nearest neighbour")
    'only three of the five statements keep their nearest neighbour'
    """
    subject = count_in_words(count, n_statements, "statements")
    if count == n_statements:
        return f"{subject} keep their {thing}"
    if count == 0:
        return f"{subject} keeps its {thing}"
    return f"only {subject} keep{'s' if count == 1 else ''} {'its' if count == 1 else 'their'} {thing}"


def shared_traits_sentence(pairs: pd.DataFrame, names: dict[str, str]) -> str:
    """Which pairs of statements share a kind of speaker and which a genre, with their cosines, in words.

    Small counts are spelled out and an empty group says "no pair"; the mean cosine of the pairs that
    share a genre is set against that of the others when both groups exist.
    """
    means = similarity.group_means(pairs, "same_genre")
    parts = []
    for column, what in (("same_actor_type", "come from the same kind of speaker"), ("same_genre", "share a genre")):
        sharing = pairs[pairs[column].astype(bool)]
        if sharing.empty:
            parts.append(f"no pair of statements {what.replace('come', 'comes').replace('share ', 'shares ')}")
            continue
        listed = as_list(
            [
                f"{names.get(a, a)} and {names.get(b, b)} (cosine {c:.2f})"
                for a, b, c in sharing[["doc_a", "doc_b", "cosine"]].values
            ]
        )
        verb = what.replace("come", "comes").replace("share ", "shares ") if len(sharing) == 1 else what
        pair_word = "pair" if len(sharing) == 1 else "pairs"
        parts.append(f"{number_word(len(sharing), zero='no')} {pair_word} {verb}: {listed}")
    sentence = sentence_case("; ".join(parts))
    if pairs["same_genre"].any() and not pairs["same_genre"].all():
        sentence += f", against a mean cosine of {means[False]:.2f} for the pairs of different genres"
    return sentence


def tfidf_claims(
    corpus: Corpus,
    pairs: pd.DataFrame | None = None,
    robustness: pd.DataFrame | None = None,
    k: int = 10,
    vs_rest: pd.DataFrame | None = None,
) -> list[Claim]:
    """The claims of the TF-IDF chapter, in the order it prints them."""
    baseline = tfidf.tfidf_matrix(corpus)
    pairs = similarity.similarity_pairs(corpus, baseline) if pairs is None else pairs
    robustness = similarity.robustness_table(corpus, k=k) if robustness is None else robustness
    vs_rest = keyness.keyness_table(corpus) if vs_rest is None else vs_rest
    top = tfidf.top_terms(baseline, k=k)
    names = statement_names(corpus.documents)
    n_words = corpus.documents.set_index("doc_id")["n_words"]
    return [
        topic_terms(top, vs_rest, names),
        one_text_terms(corpus, top, vs_rest, names),
        kept_words_claim(corpus, k),
        choices_claim(term_choices.choice_changes(corpus, k), k),
        pair_claim(pairs, robustness, "closest"),
        pair_claim(pairs, robustness, "farthest"),
        closest_are_long(pairs, n_words, names),
        first_join_far(similarity.cluster_tree(similarity.similarity_matrix(baseline))),
        axis_sets_apart(similarity.statement_map(baseline, n_terms=4).coordinates, names),
        ranking_holds(robustness),
        no_norm_changes_nothing(robustness),
        no_idf_first_terms(corpus, names),
        drift_claim(corpus),
    ]
