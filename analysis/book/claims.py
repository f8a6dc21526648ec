"""Checked claims: every interpretive sentence of a chapter as a row of a claims table.

A chapter's prose interprets its tables. Each such sentence is built here, from the data, as a
:class:`Claim` that carries four things:

- ``sentence``: the words printed in the book, with the values already in them;
- ``rests_on``: the data it rests on (the table or figure, and which cells);
- ``holds``: its test, a predicate evaluated on the book's own analysis (the rules' stance labels,
  the baseline TF-IDF, the corrected keyness table ...);
- ``checks``: its robustness, each another way of computing the same thing (the gold labels instead
  of the rules' labels, the other TF-IDF variants, whether two bootstrap intervals separate), with
  whether the claim survives it.

The notebook glues :attr:`Claim.text` into the prose and calls :func:`require` first, so the book
does not build when the data stop supporting a claim. A claim that holds but is not robust says so
by itself: :attr:`Claim.text` adds "not distinguishable" and the checks that failed, so no sentence
states more than its weakest reading carries.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field

import pandas as pd

from analysis.book.glue import as_list

#: The words a claim that is not robust carries in the prose.
NOT_DISTINGUISHABLE = "not distinguishable"


class UnsupportedClaim(AssertionError):
    """A claim the data no longer support: the message names the claim and the data it rests on."""


@dataclass(frozen=True)
class Claim:
    """One interpretive sentence, the data it rests on, its test and its robustness checks.

    >>> claim = Claim("c1", "A rises from 20% to 43%", "stance matrix: A", True,
    ...               {"same direction with the gold labels": True, "intervals separate": False})
    >>> claim.robust, claim.text
    (False, 'A rises from 20% to 43% (not distinguishable: the intervals overlap)')
    """

    claim_id: str
    sentence: str
    rests_on: str
    holds: bool
    checks: dict[str, bool] = field(default_factory=dict)
    #: What the prose says for each failed check (default: the check's name, negated plainly).
    failure_notes: dict[str, str] = field(default_factory=dict)

    @property
    def robust(self) -> bool:
        """True when every robustness check passes (a claim with no check is robust by default)."""
        return all(self.checks.values())

    @property
    def failed_checks(self) -> list[str]:
        """The checks that fail, in the order they were given."""
        return [name for name, passed in self.checks.items() if not passed]

    @property
    def text(self) -> str:
        """The sentence as the prose prints it: qualified automatically when the claim is not robust."""
        if self.robust:
            return self.sentence
        notes = "; ".join(self.failure_notes.get(name, _default_note(name)) for name in self.failed_checks)
        return f"{self.sentence} ({NOT_DISTINGUISHABLE}: {notes})"


def _default_note(check: str) -> str:
    """A failed check in words: 'intervals separate' becomes 'the intervals overlap'."""
    if check == "intervals separate":
        return "the intervals overlap"
    return f"fails '{check}'"


def require(claims: list[Claim]) -> list[Claim]:
    """The claims unchanged if every one holds; otherwise raise :class:`UnsupportedClaim` naming each failure.

    >>> require([Claim("ok", "x", "table", True)])[0].claim_id
    'ok'
    """
    failing = [claim for claim in claims if not claim.holds]
    if failing:
        lines = "; ".join(f"{claim.claim_id} ('{claim.sentence}', rests on {claim.rests_on})" for claim in failing)
        raise UnsupportedClaim(f"the data no longer support {len(failing)} claim(s): {lines}")
    return claims


#: A text that opens on an identifier with a digit in it (``nato-2020``, ``kabul-process-2017``).
DOC_ID_OPENING = re.compile(r"^[a-z][a-z0-9]*(?:[-_][a-z0-9]+)*-\d+\b")


def sentence_case(text: str) -> str:
    """The text with its first letter capitalised, so a claim can open a sentence; a text that opens on a
    number or on a statement's name (a ``doc_id`` such as ``nato-2020``, written as everywhere else) is
    left as it is ("17 of the 19 ...", not "17 Of the 19 ...").

    >>> sentence_case("*afghanistan* is key"), sentence_case("the letter"), sentence_case("17 of the 19")
    ('*Afghanistan* is key', 'The letter', '17 of the 19')
    >>> sentence_case("nato-2020 leads on directives")
    'nato-2020 leads on directives'
    """
    if DOC_ID_OPENING.match(text):
        return text
    for index, char in enumerate(text):
        if char.isdigit():
            return text
        if char.isalpha():
            return text[:index] + char.upper() + text[index + 1 :]
    return text


def glue_claims(claims: list[Claim], prefix: str = "claim_") -> None:
    """Glue each claim as Markdown, ``claim_<id>``, for ``{glue:md}`` in the prose (after :func:`require`).

    Markdown, not text, so that the terms a claim names can be in italics; the sentence opens with a
    capital letter, since each claim is glued as a sentence of its own.
    """
    from IPython.display import Markdown
    from myst_nb import glue

    require(claims)
    for claim in claims:
        glue(prefix + claim.claim_id, Markdown(sentence_case(claim.text)), display=False)


def glue_sentence(name: str, markdown: str) -> None:
    """Glue one computed sentence as Markdown, opening with a capital letter (a solution's reading)."""
    from IPython.display import Markdown
    from myst_nb import glue

    glue(name, Markdown(sentence_case(markdown)), display=False)


def plain_text(markdown: str) -> str:
    r"""A claim's Markdown as plain text for a table cell: italics marks dropped, escaped stars kept.

    >>> plain_text("*terror\\** and *we*")
    'terror* and we'
    """
    return re.sub(r"(?<!\\)\*", "", markdown).replace("\\*", "*")


def claims_table(claims: list[Claim]) -> pd.DataFrame:
    """The claims of a chapter as a table a reader can audit: sentence, data, test, robustness.

    >>> claims_table([Claim("c1", "*a* is key", "keyness table", True, {"gold labels": True})]).iloc[0].tolist()
    ['c1', 'A is key', 'keyness table', 'yes', 'gold labels: yes', 'yes']
    >>> claims_table([Claim("c2", "b", "table", True)]).iloc[0].tolist()[-2:]
    ['none made', 'not checked']
    """
    rows = []
    for claim in claims:
        checks = "; ".join(f"{name}: {'yes' if passed else 'no'}" for name, passed in claim.checks.items())
        rows.append(
            {
                "claim": claim.claim_id,
                "sentence in the book": plain_text(sentence_case(claim.text)),
                "rests on": claim.rests_on,
                "test holds": "yes" if claim.holds else "no",
                "robustness checks": checks or "none made",
                # a claim without checks is not shown as robust: nothing was tried that could have failed
                "robust": ("yes" if claim.robust else "no") if claim.checks else "not checked",
            }
        )
    return pd.DataFrame(rows)


def italic(term: str) -> str:
    """A term in Markdown italics, a wildcard star escaped.

    >>> italic("terror*")
    '*terror\\\\**'
    """
    return "*" + term.replace("*", "\\*") + "*"


def italics(words: list[str]) -> str:
    """Words in italics, joined for a sentence ('*a*, *b* and *c*')."""
    return as_list([italic(word) for word in words])


def terms_by_statement(terms: Mapping[str, list[str]], names: Mapping[str, str]) -> str:
    """Each statement's terms in italics, statement by statement, those without terms left out.

    >>> terms_by_statement({"a": ["ceasefire", "talks"], "b": [], "c": ["women"]}, {"a": "NATO"})
    '*ceasefire* and *talks* in NATO; *women* in c'
    """
    return "; ".join(
        f"{italics(list(words))} in {names.get(doc_id, doc_id)}" for doc_id, words in terms.items() if words
    )


def percent(share: float) -> str:
    """A share as a whole percentage for a sentence.

    >>> percent(0.4333), percent(0.2)
    ('43%', '20%')
    """
    return f"{100 * share:.0f}%"
