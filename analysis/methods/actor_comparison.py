"""The findings of the chapter "Who is named, and how", each with the sentence that shows it.

Nothing here is a new measure: each function reads the tables of :mod:`analysis.methods.actors`,
:mod:`analysis.methods.agency` and :mod:`analysis.methods.intertext` and picks out what the
chapter states, together with one evidence sentence, so that every claim on the page is computed
(and glued) rather than typed. Everything works on any corpus, including one where an actor, a
device or a reference never occurs: the phrase then says so ("no statement", "no sentence").
"""

from __future__ import annotations

import pandas as pd

from analysis.methods import actors, agency, agency_validation, differences, intertext
from analysis.text.wording import join_words, number_word

NO_SENTENCE = "no sentence"
NO_STATEMENT = "no statement"


def times(count: int, noun: str = "time") -> str:
    """A count with its noun, small counts in words: "seven times", "one time", "12 layers".

    >>> times(7), times(1, "layer"), times(12, "layer")
    ('seven times', 'one layer', '12 layers')
    """
    return f"{number(count)} {noun}{'' if count == 1 else 's'}"


def number(count: int) -> str:
    """A count in words up to ten ("no" for zero), in digits above.

    >>> number(0), number(2), number(17)
    ('no', 'two', '17')
    """
    return "no" if count == 0 else number_word(count)


def never_named_sentence(doc_ids: list[str]) -> str:
    """The statements that never name an actor, as a sentence: one, "neither … nor", "none of", or every one naming it.

    >>> never_named_sentence(["a"]), never_named_sentence(["a", "b"])
    ('They are never named in a.', 'They are named in neither a nor b.')
    >>> never_named_sentence(["a", "b", "c"]), never_named_sentence([])
    ('They are named in none of a, b and c.', 'Every statement names them.')
    """
    if not doc_ids:
        return "Every statement names them."
    if len(doc_ids) == 1:
        return f"They are never named in {doc_ids[0]}."
    if len(doc_ids) == 2:
        return f"They are named in neither {doc_ids[0]} nor {doc_ids[1]}."
    return f"They are named in none of {join_words(doc_ids)}."


def first_sentence(table: pd.DataFrame) -> tuple[str, str]:
    """The sentence id and text of the first row of an evidence table (corpus order), or 'no sentence'."""
    if table.empty:
        return NO_SENTENCE, NO_SENTENCE
    row = table.iloc[0]
    return str(row["sent_id"]), str(row["text"])


def naming_findings(corpus, mentions: pd.DataFrame, naming: pd.DataFrame, actor: str = "taliban") -> dict:
    """How ``actor`` is named: statements that categorise it, that never name it, and an example."""
    chosen = mentions[mentions["actor"] == actor]
    categorised = chosen[chosen["naming"] == "categorisation"]
    row_of = naming[naming["actor"] == actor].set_index("doc_id")
    never = [doc_id for doc_id in corpus.doc_ids if not row_of.loc[doc_id, "named"]]
    translated = [doc_id for doc_id in corpus.doc_ids if differences.reads_as_translated(corpus.documents, doc_id)]
    untranslated = categorised[~categorised["doc_id"].isin(translated)]
    example_rows = untranslated if len(untranslated) else categorised  # the writer's own word where possible
    example_id, example = first_sentence(example_rows)
    lowered = chosen["label"].str.lower()
    counts = lowered.value_counts()
    top_label = (
        chosen.loc[lowered == counts.index[0], "label"].iloc[0] if len(counts) else "no label"
    )  # as first written
    return {
        "n_mentions": len(mentions),
        "share_nominated": 100 * float((mentions["naming"] == "nomination").mean()) if len(mentions) else 0.0,
        "actor_mentions": len(chosen),
        "actor_labels": len(counts),
        "actor_top_label": top_label,
        "actor_category_label": str(example_rows["label"].iloc[0]) if len(example_rows) else "no label",
        "actor_category_note": (
            " (a translated report: the word may be the translator's)"
            if len(example_rows) and example_rows["doc_id"].iloc[0] in translated
            else ""
        ),
        "actor_categorisers": join_words(list(dict.fromkeys(categorised["doc_id"])), NO_STATEMENT),
        "actor_never": join_words(never, NO_STATEMENT),
        "actor_never_sentence": never_named_sentence(never),
        "actor_category_example_id": example_id,
        "actor_category_example": example,
    }


def absence_findings(naming: pd.DataFrame) -> dict:
    """The actors most statements never name (all of them when several are left out equally often), and by how many."""
    absent = naming[~naming["named"]].groupby("actor").size()
    if absent.empty:
        return {
            "absence_sentence": "Every statement names every actor of the lexicon.",
            "most_absent": "no actor",
            "most_absent_n": 0,
            "named_by_all": join_words(sorted(actors.ACTOR_NAMES.get(a, a) for a in set(naming["actor"])), "no actor"),
        }
    order = {actor: rank for rank, actor in enumerate(actors.ACTOR_NAMES)}
    ranked = sorted(absent.items(), key=lambda item: (-item[1], order.get(item[0], len(order)), item[0]))
    everywhere = [actors.ACTOR_NAMES.get(a, a) for a in dict.fromkeys(naming["actor"]) if a not in absent.index]
    tied = [actor for actor, n in ranked if n == ranked[0][1]]  # every actor left out as often as the first
    left_out = join_words([actors.ACTOR_NAMES.get(actor, actor) for actor in tied], "no actor")
    n_docs, n_absent = naming["doc_id"].nunique(), int(ranked[0][1])
    them = "them" if len(tied) > 1 else "it"
    by_all = (
        f"Every statement names {join_words(everywhere)}." if everywhere else "No actor is named by every statement."
    )
    return {
        "absence_sentence": (
            f"{left_out} {'are' if len(tied) > 1 else 'is'} left out most often: "
            f"{'all' if n_absent == n_docs else number(n_absent)} of the "
            f"{times(n_docs, 'statement')} never name {them}. {by_all}"
        ),
        "most_absent": join_words([actors.ACTOR_NAMES.get(actor, actor) for actor in tied], "no actor"),
        "most_absent_n": int(ranked[0][1]),
        "named_by_all": join_words(everywhere, "no actor"),
    }


def role_findings(roles: pd.DataFrame) -> dict:
    """The actor most often agent and the one most often patient across the corpus, each with a sentence."""
    values = {}
    for role in ("agent", "patient"):
        chosen = roles[roles["role"] == role]
        counts = chosen["actor"].value_counts()
        if counts.empty:
            values.update(
                {
                    f"top_{role}": "no actor",
                    f"top_{role}_n": 0,
                    f"top_{role}_times": times(0),
                    f"top_{role}_id": NO_SENTENCE,
                    f"top_{role}_text": NO_SENTENCE,
                }
            )
            continue
        top = sorted(counts.items(), key=lambda item: (-item[1], item[0]))[0][0]
        sent_id, text = first_sentence(chosen[chosen["actor"] == top])
        values.update(
            {
                f"top_{role}": actors.ACTOR_NAMES.get(top, top),
                f"top_{role}_n": int(counts[top]),
                f"top_{role}_times": times(int(counts[top])),
                f"top_{role}_id": sent_id,
                f"top_{role}_text": text,
            }
        )
    values["n_roles"] = len(roles)
    return values


def agency_findings(profile: pd.DataFrame, devices: pd.DataFrame, verb_agents: pd.DataFrame) -> dict:
    """Highest and lowest agentless-passive rates, the highest nominalisation rate, verbs without a named agent."""
    rates = profile.set_index("doc_id")
    passives = devices[devices["device"] == "agentless passive"]
    values = {
        "n_passives": int(rates["agentless_passives"].sum()),
        "n_nominalisations": int(rates["nominalisations"].sum()),
    }
    for column, key in (("agentless_passives_per_1k", "passive"), ("nominalisations_per_1k", "nominal")):
        known = rates[column].dropna()
        values[f"top_{key}_doc"] = str(known.idxmax()) if len(known) else "no statement"
        values[f"top_{key}_rate"] = float(known.max()) if len(known) else 0.0
        values[f"low_{key}_doc"] = str(known.idxmin()) if len(known) else "no statement"
        values[f"low_{key}_rate"] = float(known.min()) if len(known) else 0.0
    example_id, example = first_sentence(passives[passives["doc_id"] == values["top_passive_doc"]])
    no_agent = verb_agents[verb_agents["agent"] == ""]
    missing_id, missing = first_sentence(no_agent)
    values.update(
        {
            "passive_example_id": example_id,
            "passive_example": example,
            "n_verb_agents": len(verb_agents),
            "n_no_agent": len(no_agent),
            "no_agent_phrase": f"the rules find no agent for {number(len(no_agent))}"
            if len(no_agent)
            else "the rules find an agent for every one",
            "no_agent_example_id": missing_id,
            "no_agent_example": missing,
        }
    )
    return values


def reference_findings(corpus, references: pd.DataFrame, chains: pd.DataFrame) -> dict:
    """How many references, the statement citing most, the text cited by most statements, the deepest chain."""
    per_doc = references.groupby("doc_id").size().reindex(corpus.doc_ids, fill_value=0)
    by_statements = references.groupby("reference")["doc_id"].nunique()
    top_text = (
        sorted(by_statements.items(), key=lambda item: (-item[1], item[0]))[0] if len(by_statements) else ("no text", 0)
    )
    example_id, example = first_sentence(references[references["reference"] == top_text[0]])
    deepest = chains.sort_values("depth", ascending=False, kind="mergesort").iloc[0] if len(chains) else None
    deepest_all = chains[chains["depth"] == deepest["depth"]] if deepest is not None else chains
    uncited = per_doc[per_doc == 0].index.tolist()  # the statements that cite no other text
    return {
        "n_references": len(references),
        "top_citer": str(per_doc.idxmax()) if len(per_doc) and per_doc.max() > 0 else "no statement",
        "top_citer_n": int(per_doc.max()) if len(per_doc) else 0,
        "no_references": join_words(uncited, NO_STATEMENT),
        "no_references_sentence": (
            f"Statements that cite no other text or event: {join_words(uncited, NO_STATEMENT)}."
            if uncited
            else "Every statement cites at least one other text or event."
        ),
        "top_text": top_text[0],
        "top_text_docs": int(top_text[1]),
        "top_text_example_id": example_id,
        "top_text_example": example,
        "deepest_doc": str(deepest["doc_id"]) if deepest is not None else "no statement",
        "deepest_depth": int(deepest["depth"]) if deepest is not None else 0,
        "deepest_chain": str(deepest["chain"]) if deepest is not None else "no chain",
        "deepest_sentence": deepest_sentence(deepest_all),
        "n_distinct_references": int(references["reference"].nunique()),
        "top_citer_distinct": int(references.loc[references["doc_id"] == per_doc.idxmax(), "reference"].nunique())
        if len(per_doc) and per_doc.max() > 0
        else 0,
    }


def deepest_sentence(deepest: pd.DataFrame) -> str:
    """The deepest chain of attribution in a sentence, every statement that reaches that depth named.

    >>> chains = pd.DataFrame({"doc_id": ["a", "b"], "depth": [3, 3], "chain": ["r → x", "r → y"]})
    >>> deepest_sentence(chains)
    "The deepest chains, with three layers each, are a's (r → x) and b's (r → y)."
    >>> deepest_sentence(chains.iloc[:1])
    "The deepest chain, with three layers, is a's: r → x."
    """
    if deepest.empty:
        return "No statement reports another voice."
    layers = times(int(deepest["depth"].iloc[0]), "layer")
    if len(deepest) == 1:
        row = deepest.iloc[0]
        return f"The deepest chain, with {layers}, is {row['doc_id']}'s: {row['chain']}."
    chains = join_words([f"{row.doc_id}'s ({row.chain})" for row in deepest.itertuples()])
    return f"The deepest chains, with {layers} each, are {chains}."


def chapter_findings(corpus) -> tuple[dict, dict[str, pd.DataFrame]]:
    """Every value the chapter glues, and the tables it shows (computed once)."""
    tables = {**actors.export_tables(corpus), **agency.export_tables(corpus), **intertext.export_tables(corpus)}
    values = {
        "n_docs": len(corpus.doc_ids),
        "n_lexicon": len(actors.lexicon_table()),
        "n_actors": len(actors.ACTOR_NAMES),
        **naming_findings(corpus, tables["actor_mentions"], tables["actor_naming"]),
        **absence_findings(tables["actor_naming"]),
        **role_findings(tables["actor_roles"]),
        **agency_findings(tables["agency_profile"], tables["agency"], tables["verb_agents"]),
        **reference_findings(corpus, tables["references"], tables["attribution_chains"]),
    }
    return values, tables


def validation_scores(sample: pd.DataFrame, labels: pd.DataFrame) -> tuple[dict, pd.DataFrame]:
    """The agency rules' scores on the hand-coded sample, as glue values (``p_passive``, ``r_nominal`` …) and a table."""
    scores = agency_validation.score_against_labels(sample, labels)
    keys = {
        "agentless passive": "passive",
        "nominalisation": "nominal",
        "agent of directive/condemnation verb": "agent",
    }
    values = {"n_sample": len(sample), "n_scored": int(scores["items"].iloc[0]) if len(scores) else 0}
    for row in scores.itertuples():
        key = keys[row.device]
        values.update(
            {
                f"p_{key}": row.precision,
                f"r_{key}": row.recall,
                f"f1_{key}": row.f1,
                f"n_gold_{key}": row.true_positives + row.false_negatives,
            }
        )
    return values, scores


def _minus(items: list[str], other: list[str]) -> list[str]:
    """``items`` less one occurrence of each item of ``other`` (multiset difference)."""
    left = list(items)
    for item in other:
        if item in left:
            left.remove(item)
    return left


def validation_errors(sample: pd.DataFrame, labels: pd.DataFrame) -> pd.DataFrame:
    """Every disagreement of the passive and nominalisation rules with the coder: the words each found alone.

    One row per sentence and device where they differ: ``rules_only`` (false positives) and
    ``coder_only`` (false negatives), with the sentence, so the errors can be read, not only counted.
    """
    merged = sample.merge(labels, on="item_id", how="inner")
    rows = []
    for row in merged.itertuples():
        for device, found, cell in (
            ("agentless passive", agency.agentless_passives(row.text), row.agentless_passives),
            ("nominalisation", agency.nominalisations(row.text), row.nominalisations),
        ):
            rules = [word.lower() for word in found]
            coder = [item.strip().lower() for item in str(cell).split(";") if item.strip()]
            rules_only, coder_only = _minus(rules, coder), _minus(coder, rules)
            if rules_only or coder_only:
                rows.append(
                    {
                        "item_id": row.item_id,
                        "device": device,
                        "rules_only": "; ".join(rules_only),
                        "coder_only": "; ".join(coder_only),
                        "text": row.text,
                    }
                )
    return pd.DataFrame(rows, columns=["item_id", "device", "rules_only", "coder_only", "text"])


def frequent_words(errors: pd.DataFrame, device: str, column: str, n: int = 4) -> str:
    """The ``n`` words most often in ``column`` ('rules_only' or 'coder_only') for a device, with counts, for prose.

    >>> table = pd.DataFrame({"device": ["d", "d"], "rules_only": ["statement; meeting", "statement"]})
    >>> frequent_words(table, "d", "rules_only")
    'statement (2) and meeting (1)'
    """
    words = [word for cell in errors.loc[errors["device"] == device, column] for word in str(cell).split("; ") if word]
    ranked = sorted(pd.Series(words, dtype=str).value_counts().items(), key=lambda item: (-item[1], item[0]))[:n]
    return join_words([f"{word} ({count})" for word, count in ranked], empty="none")


def nominal_lead_without(profile: pd.DataFrame, devices: pd.DataFrame, word: str) -> str:
    """How much of the highest nominalisation rate one word carries (the rule's most frequent false hit on the
    checked sample), and which statement leads without it: the lead may be the word's, not the style's.

    >>> profile = pd.DataFrame({"doc_id": ["a", "b"], "words": [100, 100], "nominalisations": [5, 4]})
    >>> devices = pd.DataFrame({"doc_id": ["a", "a", "b"], "device": ["nominalisation"] * 3,
    ...                         "words": ["statement; talks", "statement", "talks"]})
    >>> nominal_lead_without(profile, devices, "statement")
    '5 nouns in all, two of them "statement"; without it, b leads (40.0 per 1,000 words against 30.0)'
    """
    nouns = devices[devices["device"] == "nominalisation"]
    found = nouns.assign(word=nouns["words"].str.lower().str.split("; ")).explode("word")
    hits = found[found["word"] == word.lower()].groupby("doc_id").size()
    rates = profile.set_index("doc_id")
    without = 1000 * (rates["nominalisations"] - hits.reindex(rates.index, fill_value=0)) / rates["words"]
    top = str((1000 * rates["nominalisations"] / rates["words"]).idxmax())
    leader = str(without.idxmax())
    count = int(hits.get(top, 0))
    lead = (
        f"it still leads ({without[top]:.1f} per 1,000 words)"
        if leader == top
        else f"{leader} leads ({without[leader]:.1f} per 1,000 words against {without[top]:.1f})"
    )
    of_them = f"{number(count)} of them" if count else "none of them"
    return f'{int(rates.loc[top, "nominalisations"])} nouns in all, {of_them} "{word}"; without it, {lead}'


def rule_errors_sentence(errors: pd.DataFrame, device: str, rule: str) -> str:
    """A rule's errors on the checked sample as a sentence: how many false hits and misses, and their words.

    >>> errors = pd.DataFrame({"device": ["p", "p"], "rules_only": ["discussed", ""], "coder_only": ["needed", "prepared"]})
    >>> rule_errors_sentence(errors, "p", "The passive rule")
    'The passive rule made one false hit (discussed) and missed two (needed, prepared).'
    """
    chosen = errors[errors["device"] == device]

    def words(column: str) -> list[str]:
        return [word for cell in chosen[column] for word in str(cell).split("; ") if word]

    false_hits, misses = words("rules_only"), words("coder_only")

    def listed(found: list[str]) -> str:
        counts = pd.Series(found, dtype=str).value_counts()
        ranked = sorted(counts.items(), key=lambda item: (-item[1], found.index(item[0])))
        return ", ".join(word if n == 1 else f"{word} {number(n)} times" for word, n in ranked)

    made = f"made {times(len(false_hits), 'false hit')}" + (f" ({listed(false_hits)})" if false_hits else "")
    missed = f"missed {number(len(misses)) if misses else 'none'}" + (f" ({listed(misses)})" if misses else "")
    return f"{rule} {made} and {missed}."
