"""Social-media posts embedded in a page's body: their closing line marks them, wherever they stand.

A post quoted in an article ends on its link ("https://t.co/…", "pic.twitter.com/…") or on its author's name, handle
and date ("— Ministry of Foreign Affairs (@ForeignOfficePk) July 24, 2025"). That signature is part of the statement
the page quotes: not a heading, not a listing's title, and, printed again, no copy of a line (one account's next post
of the day).
"""

from __future__ import annotations

import re

from analysis.text.cleaning_dates import DATE_WITH_YEAR

#: The end of a social-media post embedded in a body: its link ("https://t.co/…", "pic.twitter.com/…") or
#: its author's handle and date ("— Ministry of Foreign Affairs (@ForeignOfficePk) July 24, 2025").
EMBEDDED_POST = re.compile(rf"(https?://t\.co/\w+|pic\.twitter\.com/\w+|\(@\w{{1,15}}\)\s+{DATE_WITH_YEAR})$")
