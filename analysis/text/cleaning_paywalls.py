"""A paywall's offer: the lines in which a site sells a subscription to read on, furniture wherever they stand.

A page cut off by a paywall prints, under the text's first paragraph, the offer that stands in for the rest: a call
to read on by subscribing ("To continue reading, please subscribe:", "Lesen oder hören Sie doch weiter."), what a
subscription gives ("Erhalten Sie unbegrenzten Zugang zu allen B+ Artikeln ..."), the free trial ("*No charge for 4
weeks then ...", "1 Monat kostenlos."), the terms ("Cancel any time.", "Jederzeit im Testzeitraum kündbar.") and the
way in for those who pay already ("Sie haben bereits ein Abo? Melden Sie sich an."). Each is a set phrase of the
offer, in English or in German, never a site's wording; a sentence of text does not sell a trial month. The prompt
to subscribe to a newsletter is :mod:`analysis.text.cleaning_prompts`'s.
"""

from __future__ import annotations

import re

#: The rule of a paywall's line.
PAYWALL_RULE = "paywall's offer"

#: A paywall's line, matched against the line in lower case: a call to read on by subscribing, what the subscription
#: gives, the free trial, its terms, and the way in for subscribers; a line of at most 200 characters.
PAYWALL_OFFER = re.compile(
    r"^(?=.{0,200}$)\*?("
    r"to (continue|keep) reading,? (please )?(subscribe|log ?in|sign in)\b|lesen( oder hören)? sie (doch )?weiter[.!]?$"
    r"|(get|enjoy|erhalten sie|genießen sie) (\w+ )?(unlimited (digital )?(access|reading)|unbegrenzten zugang)\b"
    r"|no charge for (the first )?\d+ (days?|weeks?|months?)\b|\d+ (monat|monate|wochen?|tage?) (gratis|kostenlos)[.!]?$"
    r"|.{0,60}\bcancel (at )?any ?time[.!]?$|jederzeit (im testzeitraum |monatlich )?kündbar[.!]?$"
    r"|(already a subscriber|(sie haben|haben sie) bereits ein abo(nnement)?)\?.{0,40}$)"
)


def paywall_offer(line: str) -> str | None:
    """:data:`PAYWALL_RULE` when ``line`` is a line of a paywall's offer (:data:`PAYWALL_OFFER`), else None.

    >>> paywall_offer("1 Monat kostenlos."), paywall_offer("*Billed as $19 plus GST every four weeks. Cancel any time.")
    ("paywall's offer", "paywall's offer")
    >>> paywall_offer("The Taliban said the talks would go on for a month.") is None
    True
    """
    return PAYWALL_RULE if PAYWALL_OFFER.match(line.lower()) else None
