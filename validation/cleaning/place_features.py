"""A paragraph's place in the page: a learned second look at the paragraphs the rules keep (tried on
2026-12-06 and not adopted: see README.md, "A page-structure classifier, tried and not adopted").

The furniture the rules still keep on new sites (the next post, a related list, an editor's
introduction, a comment or a caption) reads line by line like the statement: what gives it away is
where it stands. So each paragraph the rules keep is described by its place as well as its form,
and a logistic regression over these features gives the chance that it is furniture:

========================  ===========================================================================
feature                   what it measures
========================  ===========================================================================
``words``                 log(1 + words of the paragraph)
``sentence_like``         it ends on a full stop, "!" or "?" and holds :data:`SENTENCE_WORDS` words or more
``before_main``           it stands before the page's main block: the longest run of sentence-like
                          paragraphs one after another
``after_main``            it stands after the main block (after the statement's last paragraph)
``from_main``             log(1 + paragraphs between it and the main block)
``page_position``         its first line's place in the page, 0 (top) to 1 (bottom)
``furniture_before``      log(1 + lines the rules removed between the paragraph before and this one)
``furniture_after``       log(1 + lines the rules removed between this paragraph and the next)
``furniture_from_main``   log(1 + lines the rules removed between the main block's end and this paragraph)
``heading_before``        a heading the rules set aside stands right above it (a post's headline)
``teaser``                a heading right above, and :data:`TEASER_WORDS` words or fewer
``page_teasers``          the share of the page's paragraphs that are teasers
``main_share``            the share of the page's paragraphs in the main block
``neighbours_sentence_like``  how many of the paragraphs right before and after are sentence-like (0, ½, 1)
``date_beside``           the line right above or below holds a date (a post's date stamp)
``title_words``           the share of its words (of four letters or more) found in the page's title
``main_words``            the share of its words found in (the rest of) the main block
``capitals``              the share of its words that start with a capital letter
``digits``                the share of its characters that are digits
``cut_short``             it ends on "..." or "…" (an excerpt cut short)
========================  ===========================================================================

The decision: a paragraph goes when the model's probability is at least the fitted threshold,
chosen from the labelled pages (out of fold, grouped by site) as the lowest that loses at most
:data:`LOSS_BUDGET` of the statement lines. Fitted by :func:`fit_place_model` on the committed
labels, seeded, with no download.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass

import numpy as np
import pandas as pd
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold

from analysis.text.cleaning_dates import DATE_WITH_YEAR

DATE_IN_LINE = re.compile(DATE_WITH_YEAR, re.IGNORECASE)

FEATURES = [
    "words", "sentence_like", "before_main", "after_main", "from_main", "page_position", "furniture_before",
    "furniture_after", "furniture_from_main", "heading_before", "teaser", "page_teasers", "main_share",
    "neighbours_sentence_like", "date_beside", "title_words", "main_words", "capitals", "digits", "cut_short",
]  # fmt: skip
#: A sentence-like paragraph has at least this many words and ends on a full stop, "!" or "?".
SENTENCE_WORDS = 8
#: A paragraph of at most this many words right under a heading reads as a teaser.
TEASER_WORDS = 40
#: The share of statement lines the threshold may lose on the pages it is chosen on.
LOSS_BUDGET = 0.001
SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*$")
CUT_SHORT = re.compile(r"(\.\.\.|…)[\"'”’)\]]*$")
WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class KeptParagraph:
    """A paragraph the rules kept: its raw line numbers (1-based) and its text."""

    line_nos: tuple[int, ...]
    text: str


def kept_paragraphs(kept_lines: set[int], joined_lines: set[int], paragraphs: list[str]) -> list[KeptParagraph]:
    """The kept paragraphs with their raw lines: a kept line that was joined to the one before it continues
    that paragraph; any other kept line starts the next.

    >>> kept_paragraphs({1, 2, 4}, {2}, ["a b", "c"])
    [KeptParagraph(line_nos=(1, 2), text='a b'), KeptParagraph(line_nos=(4,), text='c')]
    """
    groups: list[list[int]] = []
    for line_no in sorted(kept_lines):
        if groups and line_no in joined_lines:
            groups[-1].append(line_no)
        else:
            groups.append([line_no])
    return [KeptParagraph(tuple(group), text) for group, text in zip(groups, paragraphs, strict=True)]


def _is_sentence_like(text: str) -> bool:
    return len(text.split()) >= SENTENCE_WORDS and bool(SENTENCE_END.search(text))


def main_block(paragraphs: list[KeptParagraph]) -> tuple[int, int]:
    """The first and last index of the longest run of sentence-like paragraphs (the first such run on a tie;
    ``(0, -1)``, an empty block at the top, when there is none).

    >>> texts = ["Home", "One two three four five six seven eight.", "Nine ten eleven twelve thirteen fourteen x y.", "Z"]
    >>> main_block([KeptParagraph((n,), text) for n, text in enumerate(texts, 1)])
    (1, 2)
    """
    best, start = (0, -1), None
    for index, paragraph in enumerate([*paragraphs, None]):
        if paragraph is not None and _is_sentence_like(paragraph.text):
            start = index if start is None else start
            continue
        if start is not None and index - 1 - start > best[1] - best[0]:
            best = (start, index - 1)
        start = None
    return best


def place_features(
    lines: list[str], paragraphs: list[KeptParagraph], removed_lines: set[int], headings: set[int], title: str
) -> pd.DataFrame:
    """One row of :data:`FEATURES` for each kept paragraph of a page.

    ``lines`` are the page's raw lines, ``removed_lines`` the line numbers the rules removed, ``headings``
    those they set aside as headings, and ``title`` the page's title (its first heading).
    """
    first, last = main_block(paragraphs)
    title_words = set(_content_words(title))
    main_words = Counter(word for p in paragraphs[first : last + 1] for word in set(_content_words(p.text)))
    sentence_like = [_is_sentence_like(p.text) for p in paragraphs]
    teasers = [_is_teaser(lines, p, headings) for p in paragraphs]
    main_end = paragraphs[last].line_nos[-1] if last >= 0 else 0
    rows = []
    for index, paragraph in enumerate(paragraphs):
        words = WORD.findall(paragraph.text)
        content = set(_content_words(paragraph.text))
        own = content if first <= index <= last else set()
        top, bottom = paragraph.line_nos[0], paragraph.line_nos[-1]
        previous_end = paragraphs[index - 1].line_nos[-1] if index else 0
        next_top = paragraphs[index + 1].line_nos[0] if index + 1 < len(paragraphs) else len(lines) + 1
        above, below = _neighbour(lines, top, -1), _neighbour(lines, bottom, +1)
        rows.append(
            {
                "words": math.log1p(len(words)),
                "sentence_like": float(sentence_like[index]),
                "before_main": float(index < first),
                "after_main": float(index > last),
                "from_main": math.log1p(max(first - index, index - last, 0)),
                "page_position": (top - 1) / max(len(lines) - 1, 1),
                "furniture_before": math.log1p(len(removed_lines.intersection(range(previous_end + 1, top)))),
                "furniture_after": math.log1p(len(removed_lines.intersection(range(bottom + 1, next_top)))),
                "furniture_from_main": math.log1p(len(removed_lines.intersection(range(main_end + 1, top)))),
                "heading_before": float(above is not None and above in headings),
                "teaser": float(teasers[index]),
                "page_teasers": sum(teasers) / len(paragraphs),
                "main_share": (last - first + 1) / len(paragraphs),
                "neighbours_sentence_like": (
                    (sentence_like[index - 1] if index else 0)
                    + (sentence_like[index + 1] if index + 1 < len(paragraphs) else 0)
                )
                / 2,
                "date_beside": float(any(n is not None and DATE_IN_LINE.search(lines[n - 1]) for n in (above, below))),
                "title_words": len(content & title_words) / max(len(content), 1),
                "main_words": sum(main_words[w] - (w in own) > 0 for w in content) / max(len(content), 1),
                "capitals": sum(word[0].isupper() for word in words) / max(len(words), 1),
                "digits": sum(char.isdigit() for char in paragraph.text) / max(len(paragraph.text), 1),
                "cut_short": float(bool(CUT_SHORT.search(paragraph.text))),
            }
        )
    return pd.DataFrame(rows, columns=FEATURES)


def _content_words(text: str) -> list[str]:
    """The words of four letters or more, in lower case: what a paragraph is about."""
    return [word.lower() for word in WORD.findall(text) if len(word) >= 4]


def _is_teaser(lines: list[str], paragraph: KeptParagraph, headings: set[int]) -> bool:
    """A short paragraph right under a heading the rules set aside: a post's headline over its teaser."""
    above = _neighbour(lines, paragraph.line_nos[0], -1)
    return above is not None and above in headings and len(paragraph.text.split()) <= TEASER_WORDS


def _neighbour(lines: list[str], line_no: int, step: int) -> int | None:
    """The number of the nearest non-blank line above (``step`` -1) or below (+1) ``line_no``, if any."""
    line_no += step
    while 1 <= line_no <= len(lines):
        if lines[line_no - 1].strip():
            return line_no
        line_no += step
    return None


@dataclass(frozen=True)
class PlaceModel:
    """A fitted logistic regression over :data:`FEATURES` (on standardised values) and its threshold."""

    means: np.ndarray
    scales: np.ndarray
    coefficients: np.ndarray
    intercept: float
    threshold: float

    def furniture_probability(self, features: pd.DataFrame) -> np.ndarray:
        """The model's probability that each paragraph is furniture."""
        scores = (
            (features[FEATURES].to_numpy(dtype=float) - self.means) / self.scales
        ) @ self.coefficients + self.intercept
        return 1 / (1 + np.exp(-scores))

    def is_furniture(self, features: pd.DataFrame) -> np.ndarray:
        """The decision: a paragraph is furniture when its probability reaches the threshold."""
        return self.furniture_probability(features) >= self.threshold


def _fit_regression(features: pd.DataFrame, is_furniture: np.ndarray) -> PlaceModel:
    values = features[FEATURES].to_numpy(dtype=float)
    means, scales = values.mean(axis=0), values.std(axis=0)
    scales[scales == 0] = 1.0
    regression = LogisticRegression(C=1.0, max_iter=1000).fit((values - means) / scales, is_furniture)
    return PlaceModel(means, scales, regression.coef_[0], float(regression.intercept_[0]), threshold=1.0)


def loss_threshold(probabilities: np.ndarray, statement_lines: np.ndarray, budget: float = LOSS_BUDGET) -> float:
    """The lowest threshold at which the paragraphs removed hold at most ``budget`` of the statement lines.

    >>> loss_threshold(np.array([0.9, 0.6, 0.3]), np.array([0, 1, 5]), budget=0.2)
    0.61
    """
    allowed = budget * statement_lines.sum()
    for threshold in sorted(set(np.round(probabilities, 2)) | {1.0}):
        if statement_lines[probabilities >= threshold].sum() <= allowed:
            return float(threshold)
    return 1.0


def fit_place_model(
    features: pd.DataFrame, furniture_lines: np.ndarray, statement_lines: np.ndarray, sites: np.ndarray, folds: int = 5
) -> PlaceModel:
    """Fit the model on labelled paragraphs, and its threshold out of fold, grouped by site.

    ``furniture_lines`` and ``statement_lines`` count each paragraph's lines of either label; a paragraph
    is furniture to the model when more of its lines are furniture. Each fold leaves whole sites out, so
    the threshold is chosen on sites the model did not see.
    """
    target = furniture_lines > statement_lines
    out_of_fold = np.zeros(len(features))
    for train, test in GroupKFold(n_splits=folds).split(features, target, sites):
        out_of_fold[test] = _fit_regression(features.iloc[train], target[train]).furniture_probability(
            features.iloc[test]
        )
    model = _fit_regression(features, target)
    return PlaceModel(
        model.means, model.scales, model.coefficients, model.intercept, loss_threshold(out_of_fold, statement_lines)
    )
