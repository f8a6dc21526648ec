"""The keyword baseline: the simplest thing a reader could do, and the floor every other method must clear.

A target is coded when one of its terms appears, *against* if the sentence holds any word of
:data:`AGAINST_WORDS`, else *favor*.
"""

from __future__ import annotations

import re

import pandas as pd

from analysis.methods.stance.clauses import normalise
from analysis.methods.stance.coding import coding_table, named_targets
from analysis.methods.stance.targets import TARGETS

#: The keyword baseline's signs of opposition.
AGAINST_WORDS = re.compile(
    r"\b(?:condemn\w*|reject\w*|oppos\w*|deplor\w*|denounc\w*|end|ending|stop\w*|halt|against|not|no|never|cannot"
    r"|violat\w*|ban\w*|restrict\w*|withdraw\w*|concern\w*)\b"
)


def keyword_stance(text: str) -> dict[str, str]:
    """The keyword baseline: every named target, 'against' if any opposition word appears, else 'favor'.

    >>> keyword_stance("We condemn the attacks and call for talks.")
    {'violence': 'against', 'negotiations': 'against'}
    """
    named = named_targets(text)
    label = "against" if AGAINST_WORDS.search(normalise(text)) else "favor"
    return {target: label for target in TARGETS if target in named}


def predict_keywords(items: pd.DataFrame) -> pd.DataFrame:
    """The keyword baseline's coding of a set of items (``item_id, text``)."""
    return coding_table(items["item_id"].tolist(), [keyword_stance(text) for text in items["text"]])
