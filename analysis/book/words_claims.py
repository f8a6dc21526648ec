"""The claims table of the words chapter (02): what the frequency and keyness tables let us say.

Each function returns one :class:`~analysis.book.claims.Claim`; :func:`words_claims` gathers them
in the order the chapter prints them. The sentences name statements by genre and year
(:func:`analysis.book.prose.statement_names`) and take every value from the tables.
"""

from __future__ import annotations

import pandas as pd

from analysis.book import words_lists_claims
from analysis.book.claims import Claim, italic, italics
from analysis.book.glue import as_list
from analysis.book.prose import count_of, statement_names
from analysis.io.corpus import Corpus
from analysis.methods import frequency, keyness, tfidf
from analysis.text.tokens import stem
from analysis.text.wording import number_word

#: How many TF-IDF terms count as a statement's "top" list when keyness and TF-IDF are compared.
TOP_K = 10

#: The significance level of every keyness claim.
ALPHA = 0.05


def top_frequent_term(freqs: pd.DataFrame, n_docs: int) -> Claim:
    """The term that is most frequent in the largest number of statements, and in how many."""
    firsts = freqs[freqs["rank"] == 1].drop_duplicates("doc_id")["term"]
    counts = firsts.value_counts(sort=False)
    term = counts.index[counts.to_numpy().argmax()] if len(counts) else ""
    n_first = int(counts.max()) if len(counts) else 0
    return Claim(
        "top_term_shared",
        f"the most frequent term is *{term}* in {n_first} of the {n_docs} statements",
        "frequency table: the rank-1 term of each statement",
        holds=n_first >= 2,
    )


def key_terms_in_tfidf(corpus: Corpus, vs_rest: pd.DataFrame) -> Claim:
    """How many statements have their strongest key term among their top TF-IDF terms, under every variant."""
    strongest = keyness.key_terms(vs_rest, 1).set_index("doc_id")["term"]

    def agreeing(variant: tfidf.TfidfVariant) -> int:
        top = tfidf.top_terms(tfidf.tfidf_matrix(corpus, variant), k=TOP_K)
        return sum(
            (stem(term) if variant.stemming else term) in set(top.loc[top["doc_id"] == doc_id, "term"])
            for doc_id, term in strongest.items()
        )

    n_agree = agreeing(tfidf.BASELINE)
    checks = {
        f"same count under {name}": agreeing(variant) == n_agree
        for name, variant in tfidf.TFIDF_VARIANTS.items()
        if name != "baseline"
    }
    failed = [name.removeprefix("same count under ") for name, passed in checks.items() if not passed]
    return Claim(
        "key_in_tfidf",
        f"in {count_of(n_agree, len(strongest), 'statements')} the strongest key term is also among the "
        f"{TOP_K} highest TF-IDF terms",
        "keyness against the other statements (rank 1) and the baseline TF-IDF top lists",
        holds=n_agree >= len(strongest) / 2,
        checks=checks,
        failure_notes={name: f"the count changes under {as_list(failed)}" for name in checks},
    )


def term_leads(vs_rest: pd.DataFrame, term: str, names: dict[str, str]) -> Claim:
    """``term`` is the strongest key term of the statement where it is most key; robust if it survives
    the book's correction and the stricter Bonferroni, both across all the tests of the comparison."""
    evidence = keyness.term_evidence(vs_rest, term)
    doc_id = evidence["doc_id"]
    strongest = keyness.key_terms(vs_rest, 1).set_index("doc_id")["term"]
    bonferroni = min(1.0, float(evidence["p_value"]) * len(vs_rest)) < ALPHA
    return Claim(
        f"{term.replace(' ', '_')}_leads",
        f"*{term}* is the strongest key term of {names.get(doc_id, doc_id)}",
        f"keyness against the other statements: {doc_id}, ranked by G2",
        holds=strongest.get(doc_id) == term,
        checks={
            "significant after correction": bool(evidence["significant_corrected"]),
            "significant under Bonferroni": bonferroni,
        },
        failure_notes={
            "significant after correction": "it does not survive the correction for multiple tests",
            "significant under Bonferroni": "it does not survive a Bonferroni correction across all the tests",
        },
    )


def survivors(vs_rest: pd.DataFrame, correction: str = keyness.CORRECTION, alpha: float = ALPHA) -> int:
    """How many over-used terms survive ``correction`` applied across *all* the tests of the comparison."""
    over = (vs_rest["direction"] == "overuse").to_numpy()
    return int(((keyness.correct_p_values(vs_rest["p_value"], correction) < alpha) & over).sum())


def few_survive(vs_rest: pd.DataFrame) -> Claim:
    """Most over-used terms are not evidence of a difference: fewer than half survive the correction."""
    n_over = int((vs_rest["direction"] == "overuse").sum())
    n_kept, n_strict = survivors(vs_rest), survivors(vs_rest, "bonferroni")
    return Claim(
        "few_survive",
        f"most of these differences do not survive a correction for multiple testing: of the {n_over} terms the statements use more than "
        f"the rest of the corpus, {n_kept} survive the correction across all {len(vs_rest)} tests, and "
        f"{n_strict} the stricter Bonferroni",
        "keyness against the other statements: p_corrected of the over-used rows",
        holds=n_kept < n_over / 2,
    )


def fisher_is_stricter(vs_rest: pd.DataFrame) -> Claim:
    """At small counts the chi-square p-value of G2 overstates the evidence: Fisher's exact p is mostly larger."""
    fisher = vs_rest[vs_rest["test"] == "Fisher"]
    chi_square = keyness.p_value(fisher["g2"].to_numpy())
    n_larger = int((fisher["p_value"].to_numpy() > chi_square).sum())
    return Claim(
        "fisher_stricter",
        f"for {count_of(n_larger, len(fisher), 'rows', of_these=True)} the exact p-value is larger than the chi-square "
        f"approximation of G2 would give: at small counts the approximation overstates the evidence",
        "keyness against the other statements: the Fisher rows, p_value against the chi-square p of their G2",
        holds=n_larger > len(fisher) / 2,
    )


def distinctive_verdict(vs_rest: pd.DataFrame, term: str, names: dict[str, str]) -> Claim:
    """Where ``term`` is most key: distinctive or not, significant after correction or not, in words."""
    row = keyness.term_evidence(vs_rest, term)
    significant = "significant after correction" if row["significant_corrected"] else "not significant after correction"
    size = "distinctive" if row["distinctive"] else "not distinctive"
    joiner = "and" if bool(row["distinctive"]) == bool(row["significant_corrected"]) else "but"
    elsewhere = "never elsewhere" if row["freq_reference"] == 0 else f"{row['freq_reference']} times elsewhere"
    return Claim(
        f"{term.replace(' ', '_')}_verdict",
        f"*{term}* occurs {row['freq_target']} times in {names.get(row['doc_id'], row['doc_id'])} and "
        f"{elsewhere}, a Log Ratio of {row['log_ratio']:.1f}: {size}, {joiner} {significant} "
        f"({row['test']} p = {row['p_value']:.3f}, {row['p_corrected']:.2f} after correction)",
        f"keyness against the other statements: the row of {term} in {row['doc_id']}",
        holds=row["doc_id"] != "none",
    )


def absence(vs_rest: pd.DataFrame, term: str, names: dict[str, str]) -> Claim:
    """Negative keyness of ``term`` where it is absent and most expected: distinctive, and significant or not."""
    rows = vs_rest[(vs_rest["term"] == term) & (vs_rest["freq_target"] == 0)]
    if rows.empty:
        return Claim(f"{term}_absence", f"*{term}* is absent from no statement where it is expected", "–", False)
    row = rows.sort_values(["g2", "doc_id"], ascending=[False, True]).iloc[0]
    expected = row["size_target"] * row["freq_reference"] / (row["size_target"] + row["size_reference"])
    verdict = "and significant" if row["significant_corrected"] else "but not significant"
    return Claim(
        f"{term}_absence",
        f"{names.get(row['doc_id'], row['doc_id'])} never uses *{term}*, which the other statements use "
        f"{row['freq_reference']} times, so that it would be expected {expected:.1f} times there: a negative "
        f"key term by its size (Log Ratio {row['log_ratio']:.1f}), {verdict} after correction "
        f"({row['test']} p = {row['p_value']:.3f}, {row['p_corrected']:.2f} after correction)",
        f"keyness against the other statements: the row of {term} in {row['doc_id']}",
        holds=row["direction"] == "underuse",
        checks={"distinctive (Log Ratio at most -1)": bool(row["log_ratio"] <= -keyness.DISTINCTIVE_LOG_RATIO)},
    )


def absent_from_latest(corpus: Corpus, queries: list[str], names: dict[str, str]) -> Claim:
    """Words every earlier statement (or most) uses and the latest never does: a difference between texts.

    The latest statement's speaker appears once in the corpus, so the sentence says "never uses",
    not "no longer mentions": a change within one speaker cannot be seen with one text.
    """
    documents = corpus.documents
    latest = documents.iloc[-1]
    earlier = documents["doc_id"].iloc[:-1].tolist()
    users = {query: frequency.concordance(corpus, query)["doc_id"].unique().tolist() for query in queries}
    earlier_counts = [len([d for d in users[q] if d in earlier]) for q in queries]
    earlier_users = [
        f"{'all ' if count == len(earlier) and count > 1 else ''}{number_word(count, zero='none')} "
        f"{'uses' if count == 1 else 'use'} {italic(q)}"
        for q, count in zip(queries, earlier_counts)
    ]
    same_speaker = int((documents["actor"] == latest["actor"]).sum()) if "actor" in documents else 1
    return Claim(
        "absent_from_latest",
        f"{names.get(latest['doc_id'], latest['doc_id'])}, the latest statement, never uses "
        f"{' or '.join(italic(q) for q in queries)}; of the {number_word(len(earlier))} earlier "
        f"statements, {as_list(earlier_users)}. With one text per speaker this is a difference between "
        f"texts, not a change within a speaker's discourse",
        "concordances of " + ", ".join(queries),
        holds=all(latest["doc_id"] not in users[q] and users[q] for q in queries) and same_speaker == 1,
    )


def range_against_english(vs_english: pd.DataFrame, term: str, n_docs: int) -> Claim:
    """How many times as frequent ``term`` is in each statement as in general English: the range, not one value."""
    rows = vs_english[vs_english["term"] == term]
    ratios = 2 ** rows["log_ratio"]
    low, high = (float(ratios.min()), float(ratios.max())) if len(rows) else (0.0, 0.0)
    return Claim(
        f"{term}_vs_english",
        f"*{term}* is between {low:,.0f} and {high:,.0f} times as frequent in the statements as in "
        f"general English (one ratio per statement)",
        f"keyness against general English: the rows of *{term}*",
        holds=len(rows) == n_docs and bool((rows["log_ratio"] > 0).all()),
    )


def concentrated(corpus: Corpus, query: str, names: dict[str, str]) -> Claim:
    """Where the occurrences of ``query`` are: the share in the statement that uses it most, and the rest."""
    counts = frequency.concordance(corpus, query).groupby("doc_id").size().reindex(corpus.doc_ids).dropna().astype(int)
    counts = counts.sort_values(ascending=False, kind="mergesort")
    top_doc, total = counts.index[0], int(counts.sum())
    rest = [f"{'once' if n == 1 else f'{n} times'} in {names.get(doc, doc)}" for doc, n in counts.iloc[1:].items()]
    rest_text = f"; it occurs {as_list(rest)}" if rest else ""
    return Claim(
        f"{query.strip('*')}_concentrated",
        f"{int(counts.iloc[0])} of the {total} occurrences of {italic(query)} are in {names.get(top_doc, top_doc)}{rest_text}",
        f"concordance of {query}",
        holds=counts.iloc[0] / total > 0.5,
    )


def words_claims(
    corpus: Corpus,
    freqs: pd.DataFrame | None = None,
    vs_rest: pd.DataFrame | None = None,
    vs_english: pd.DataFrame | None = None,
    collocations: pd.DataFrame | None = None,
    hits: pd.DataFrame | None = None,
    spread: pd.DataFrame | None = None,
) -> list[Claim]:
    """The claims of the words chapter, in the order it prints them (with :mod:`analysis.book.words_lists_claims`)."""
    freqs = frequency.frequency_table(corpus) if freqs is None else freqs
    collocations = frequency.collocation_table(corpus) if collocations is None else collocations
    vs_rest = keyness.keyness_table(corpus) if vs_rest is None else vs_rest
    vs_english = keyness.keyness_vs_english(corpus) if vs_english is None else vs_english
    hits = frequency.dispersion(corpus, words_lists_claims.DISPERSION_READ) if hits is None else hits
    spread = frequency.dispersion_table(corpus, words_lists_claims.SPREAD_QUERIES) if spread is None else spread
    names = statement_names(corpus.documents)
    n_docs = len(corpus.doc_ids)
    frequent_own, pairs, falls, everybodys = words_lists_claims.lists_claims(freqs, collocations, hits, spread, names)
    return [
        top_frequent_term(freqs, n_docs),
        frequent_own,
        key_terms_in_tfidf(corpus, vs_rest),
        few_survive(vs_rest),
        fisher_is_stricter(vs_rest),
        distinctive_verdict(vs_rest, "women and girls", names),
        term_leads(vs_rest, "terrorism", names),
        term_leads(vs_rest, "civil society", names),
        range_against_english(vs_english, "afghanistan", n_docs),
        concentrated(corpus, "terror*", names),
        absent_from_latest(corpus, ["ceasefire", "terror*"], names),
        absence(vs_rest, "ceasefire", names),
        *[context_words(corpus, query, cues, names) for query, cues in CONTEXT_CUES.items()],
        falls,
        everybodys,
        pairs,
        *[statement_reading(vs_rest, collocations, names, terms, reading) for terms, reading in READINGS],
    ]


#: How many key terms and collocations each statement's reading names.
READING_TERMS = 5
READING_PAIRS = 3


def statement_reading(
    vs_rest: pd.DataFrame, collocations: pd.DataFrame, names: dict[str, str], rests_on: list[str], reading: str
) -> Claim:
    """One statement's strongest key terms and collocations, and a reading of some of those terms.

    The statement is the one where ``rests_on[0]`` is most key. The sentence names its
    :data:`READING_TERMS` strongest over-used key terms (the chapter's ranking, by G2) and its
    :data:`READING_PAIRS` strongest collocations (by log-likelihood), then gives ``reading`` (a clause
    such as "its distinctive vocabulary is that of security") as a reading of the terms in ``rests_on``. The test: every
    term the reading rests on is among the key terms the sentence names; robust when every one of
    them also survives the correction across all the tests.
    """
    doc_id = keyness.term_evidence(vs_rest, rests_on[0])["doc_id"]
    top = keyness.key_terms(vs_rest, READING_TERMS)
    top = top[top["doc_id"] == doc_id]
    pairs = collocations[collocations["doc_id"] == doc_id].head(READING_PAIRS)
    pair_words = [f"{first} {second}" for first, second in zip(pairs["word_1"], pairs["word_2"])]
    collocation_text = (
        f"its strongest collocation{'s' if len(pair_words) > 1 else ''} {italics(pair_words)}"
        if pair_words
        else "no collocation seen twice"
    )
    significant = dict(zip(top["term"], top["significant_corrected"]))
    weak = [term for term in rests_on if not significant.get(term, False)]
    return Claim(
        f"reading_{rests_on[0].replace(' ', '_')}",
        f"{names.get(doc_id, doc_id)}: its {number_word(len(top), zero='no')} strongest key terms are {italics(top['term'].tolist())}, "
        f"and {collocation_text}. Read from {italics(rests_on)}, {reading}",
        f"keyness against the other statements (top {READING_TERMS} by G2) and collocations of {doc_id}",
        holds=bool(rests_on) and all(term in significant for term in rests_on),
        checks={"every term it rests on survives the correction": not weak},
        failure_notes={
            "every term it rests on survives the correction": f"{italics(weak)} "
            f"{'does' if len(weak) == 1 else 'do'} not survive the correction for multiple tests"
        },
    )


def context_words(corpus: Corpus, query: str, cues: list[str], names: dict[str, str], width: int = 40) -> Claim:
    """The words beside ``query`` differ from statement to statement: where each cue stands in its concordance.

    A cue counts where it occurs in a line of the concordance (``width`` characters either side, as
    the chapter prints it). The test: every cue is found, and every statement that uses ``query`` has
    a cue found beside it in no other statement, so the sentence's "differ" holds for each of them.
    """
    lines = frequency.concordance(corpus, query, width=width)
    text = (lines["left"] + " " + lines["match"] + " " + lines["right"]).str.lower()
    where = {cue: list(dict.fromkeys(lines.loc[text.str.contains(cue.lower(), regex=False), "doc_id"])) for cue in cues}
    grouped: dict[tuple[str, ...], list[str]] = {}
    for cue, doc_ids in where.items():
        grouped.setdefault(tuple(doc_ids), []).append(cue)
    parts = [
        f"{italics(group_cues)} in {as_list([names.get(doc, doc) for doc in doc_ids], empty='no statement')}"
        for doc_ids, group_cues in grouped.items()
    ]
    own_cue = {doc_ids[0] for doc_ids in where.values() if len(doc_ids) == 1}
    users = set(lines["doc_id"])
    return Claim(
        f"{query.strip('*').replace(' ', '_')}_context",
        f"the words beside {italic(query)} differ from one statement to the next: {'; '.join(parts)}",
        f"concordance of {query} ({width} characters either side)",
        holds=all(where.values()) and bool(users) and users <= own_cue,
    )


#: The chapter's reading of each statement: the key terms it rests on (the first names the statement),
#: and the reading as a clause. Checked by :func:`statement_reading` against the keyness table.
READINGS = (
    (
        ["terrorism", "region", "stability"],
        "its distinctive vocabulary is that of counter-terrorism and regional stability",
    ),
    (["negotiations", "agreement"], "it speaks of the talks themselves more often than the others together do"),
    (["commitments", "islamic"], "its distinctive vocabulary is that of commitments and of the Islamic world"),
    (["civil society"], "its most distinctive term is the name of its own speaker"),
    (
        ["we", "security council", "doha process"],
        "its distinctive vocabulary is a *we* beside the Security Council and the Doha process",
    ),
)

#: The concordances the chapter reads, each with the words beside the query it points to.
CONTEXT_CUES = {
    "ceasefire": ["agree to", "permanent and comprehensive", "establishment", "demand", "verification"],
    "terror*": ["fight against", "infrastructure", "sanctuary", "severing ties"],
    "women": ["children", "tribal leaders", "de facto authority", "rights and freedoms"],
    "inclusiv*": ["principles", "more", "government"],
}
