"""Site notices: what a publisher prints about itself, or must print about a name in the text, furniture wherever
they stand.

They are part of :data:`analysis.text.cleaning_furniture.BOILERPLATE_PATTERNS`, at this place. A news site prints on
every page the same few lines that are no one's statement: a note of the standards it keeps ("Our Standards: The
Thomson Reuters Trust Principles."), a blurb on what the site is ("Mail BD is the online news portal, where user will
get news ..."), and, on a Russian outlet, the footnote the law asks for after a name it marked with an asterisk ("* The
Taliban is a terrorist organization banned in Russia.", "* recognized by the decision of the Supreme Court of the
Russian Federation ... as a terrorist organization, its activities are prohibited", in Spanish "... y prohibido en
Rusia."), its count of the page's readers in a sentence ("This post was read 92 times."), and a player's note that the
reader's browser cannot show it ("Your browser doesn’t support HTML5"). Each is written for the kind of
line, not for one site: a blurb names a site (up to four capitalised words) and says it is a news or media portal, site,
outlet or agency, a magazine or a newspaper; the same words said in a sentence of the text ("the Taliban (outlawed in
Russia)", "a news site reported") do not open the line as the notice does.
"""

from __future__ import annotations

import re

#: Lines a site prints about itself, or about an organisation it names, by kind; those in :data:`NOTICES_IN_LOWER_CASE`
#: are written in lower case and matched against the line in lower case.
SITE_NOTICE_PATTERNS: dict[str, re.Pattern[str]] = {
    # a Russian outlet's footnote to a name it marked with an asterisk (said inside a sentence, "the Taliban (outlawed
    # in Russia)", it is the text's); anchored, so that other lines fail at their first character. In Spanish too, as
    # the outlets' Spanish editions write the ban ("los talibanes (prohibidos en Rusia)"), after the UN's designation
    # perhaps ("* El movimiento talibán, designado como ... y prohibido en Rusia.")
    "footnote on a banned organisation": re.compile(
        r"^\*\s?[^*]{0,200}\b((banned|outlawed|prohibited) in (russia|the russian federation)|prohibid[oa]s? en rusia)\W*$"
        r"|^\*\s?recogni[sz]ed\b[^*]{0,120}\bas an? (terrorist|extremist) organi[sz]ation\b[^*]{0,100}$"
    ),
    # a player's note that the reader's browser cannot show it ("Your browser doesn’t support HTML5"), as a site's note
    # that the browser is not supported or out of date ("Your web browser is no longer supported.") is
    "note of a browser without support": re.compile(
        r"^your (web )?browser (does not|doesn[’']t|cannot|can[’']t) (support|play|display)\b[^.!?]{0,60}[.!]?$"
    ),
    # a link to the standards the site keeps: "Our Standards: The Thomson Reuters Trust Principles."
    "note of editorial standards": re.compile(
        r"^(our (editorial )?standards|editorial standards)\s*:\s*[^.!?]{0,80}\.?$"
    ),
    # how often the page was read, in a sentence ("This post was read 92 times.", "This news has been read 137 times in
    # total"), as a bare count ("626 views") is
    "count of the page's readers": re.compile(
        r"^(this|the) (post|article|story|news|page|entry) (has been|was) (read|viewed|visited) [\d,.]+ times?\b"
        r"[^.!?]{0,40}\.?$",
        re.IGNORECASE,
    ),
    # a note that the page is old ("This content is more than 1 year old.", "This article is 3 years old"), in the
    # Scandinavian languages too ("Denne artikkelen er over to år gammel og kan inneholde utdatert informasjon.", "Dette
    # innholdet er mer enn 2 år gammelt.")
    "note of the page's age": re.compile(
        r"^(this (article|content|page|story|post|news) is (more than |over )?(\d+|an?|one|two|three|four|five) years? old"
        r"|(denne|den här|dette|detta) (artikkelen|artikel|artikeln|saken|innholdet|indholdet|innehållet) (er|är)"
        r" (over|mere end|mer enn|mer än|äldre än) (\d+|et|ett|en|to|två|tre|fire|fyra|fem) år"
        r" (gammel|gammal|gammelt|gammalt))\b[^.!?]{0,80}[.!]?$"
    ),
    # what the site is: "Mail BD is the online news portal, where user will get news and updates on ...", a news
    # agency's or a magazine's words on itself ("Khaama Press is the leading news agency of Afghanistan with ...", "The
    # Diplomatic Insight is a digital and print magazine focusing on ...")
    "about the site": re.compile(
        r"^[A-Z][\w.'’-]*( [A-Z][\w.'’-]*){0,3} is (the|an?) ([\w-]+ ){0,3}((news|media) (portal|website|site|outlet"
        r"|agency)|magazine|newspaper)\b"
    ),
}

#: The rules of :data:`SITE_NOTICE_PATTERNS` matched against the line in lower case.
NOTICES_IN_LOWER_CASE = frozenset(
    {
        "footnote on a banned organisation",
        "note of editorial standards",
        "note of the page's age",
        "note of a browser without support",
    }
)
