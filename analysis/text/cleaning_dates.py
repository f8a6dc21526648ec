"""Date lines: a line that holds nothing but a date is a stamp of the page, not text of the statement.

Pages stamp their posts with dates in many shapes, and cleaning removes a line that holds only one of them:

- a date written out or in figures, perhaps with its weekday, the time of day and the source an aggregator names
  ("Saturday the February 29, 2020", "September 02, 2021 1:41 pm", "July 15, 2021 | Via BBC", "2021-02-12",
  "date 2021-08-25 .");
- a date typed by hand, however punctuated ("August .15.2023");
- a date with its year and the place it was given ("December 7, 2001 Washington, D.C.", "December 2, 2009 | Kabul,
  Afghanistan");
- a time of day alone under its label ("time: 1:57 pm", "Hora de publicación: 11:36 hrs.");
- a date in the Hijri calendar, perhaps with its Gregorian twin ("23/06/1440 Hijri Lunar", "which corresponds to
  Rajab 5, 1441 on the Hijri Lunar calendar").

A sentence that ends on a date keeps its full stop and its words, and is not caught. The words of a date (the months,
the weekdays, a date written out with or without its year) are defined here once, for every rule that reads one.
"""

from __future__ import annotations

import re

#: Month names and their short forms, for the date patterns of cleaning.
MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december"
    "|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
)
#: The same names as written in a sentence, with their capital ("May" the month, not "may" the verb).
CAPITALISED_MONTHS = MONTHS.title()
WEEKDAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
#: A date written out: "12th Jan, 2023", "March 18", "Mar.8", "20 June 2016" (month names in any case).
DATE = (
    rf"(\d{{1,2}}(st|nd|rd|th)?\s+(?i:{MONTHS})\.?,?(\s+\d{{4}})?"
    rf"|(?i:{MONTHS})\.?\s*\d{{1,2}}(st|nd|rd|th)?,?(\s+\d{{4}})?)"
)

#: A date with its year: "November 6, 2020", "12th Jan, 2023".
DATE_WITH_YEAR = (
    rf"(\d{{1,2}}(st|nd|rd|th)?\s+(?i:{MONTHS})\.?,?\s+\d{{4}}|(?i:{MONTHS})\.?\s+\d{{1,2}}(st|nd|rd|th)?,?\s+\d{{4}})"
)

#: A line holding only a day and a month, with no year: a listing's date stamp over or under a post ("16 Aug", "June 22").
DAY_AND_MONTH = re.compile(
    rf"^(\d{{1,2}}(st|nd|rd|th)?\s+({MONTHS})\.?|({MONTHS})\.?\s+\d{{1,2}}(st|nd|rd|th)?)$", re.IGNORECASE
)

#: The source an aggregator names after a post's date ("July 15, 2021 | Via BBC").
DATE_SOURCE = re.compile(r"(\s*[|–—-]\s*via\s+[\w .&'’-]{1,40})", re.IGNORECASE)

#: The time of day a post's date stamp may carry ("September 02, 2021 1:41 pm", "April 1, 2014 - 06:35",
#: "December 7th, 2021 / 5:45 p.m.").
TIME_OF_DAY = re.compile(r"(\s*[-–—,|/]?\s*(at\s+)?\d{1,2}[:.]\d{2}(\s*[ap]\.?m\.?)?(\s+[A-Z]{2,4})?)")

#: A weekday's short form before a date stamp ("Mon 04 October 2021").
SHORT_WEEKDAYS = "mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun"
#: A line that holds nothing but a date (perhaps with the source it came via, perhaps with a full stop, or with the
#: colon of a stamp set over the text) ("15 June 2024", "Saturday the February 29, 2020", "2021-02-12", "date
#: 2021-08-25 .", "Mon 04 October 2021:").
DATELINE = re.compile(
    rf"^(date\s*)?(({WEEKDAYS}|({SHORT_WEEKDAYS})\.?),?\s+(the\s+)?)?(\d{{1,2}}(st|nd|rd|th)?\s+({MONTHS})\.?,?\s+\d{{4}}"
    rf"|({MONTHS})\.?\s+\d{{1,2}}(st|nd|rd|th)?,?\s+\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}}){TIME_OF_DAY.pattern}?{DATE_SOURCE.pattern}?[.:]?$",
    re.IGNORECASE,
)

#: A date with its year and the place it was given, alone on a line: up to four capitalised words, the last perhaps an
#: abbreviation's full stop ("December 2, 2009 | Kabul, Afghanistan", "September 17, 2021, Novo-Ogaryovo, Moscow
#: Region", "December 7, 2001 Washington, D.C."), not a sentence's subject after a date ("... 2001 The Council").
DATE_AND_PLACE = re.compile(
    rf"^{DATE_WITH_YEAR}\s*[,|/–-]?\s+(?!(The|A|An|In|On|At|And|Of|To|For)\b)[A-Z][\w.’-]*(,?\s+[A-Z][\w.’-]*){{0,3}}$"
)

#: A line holding only a month's name and the day and year in figures, however punctuated ("August .15.2023",
#: "March 3.2021"): a date stamp typed by hand, which the strict :data:`DATELINE` does not read.
LOOSE_DATELINE = re.compile(rf"^({MONTHS})\W{{0,3}}\d{{1,2}}(st|nd|rd|th)?\W{{1,3}}\d{{4}}\.?$", re.IGNORECASE)

#: A line holding only a date in the Hijri calendar, perhaps with its Gregorian twin: "23/06/1440 Hijri
#: Lunar", "09/12/1397 Hijri Solar 28/02/2019 Gregorian", both Hijri dates ("13/12/1442 Hijri Lunar 01/05/1400 Hijri
#: Solar 23/07/2021 Gregorian"), "which corresponds to Rajab 5, 1441 on the
#: Hijri Lunar calendar" (a sentence that ends on such a date keeps its full stop and is not caught).
CALENDAR_DATE = re.compile(
    r"^[*\s]*((which|and)\s+)?((corresponds?|corresponding)\s+(to|with)\s+)?(the\s+)?([\w-]+\s+)?"
    r"(\d{1,2}[/,]?\s*)?(\d{1,2}/)?\d{0,4},?\s*(on\s+the\s+)?hijri\s+(lunar|solar|qamari|shamsi)(\s+calendar)?"
    r"(\s+\d{1,2}/\d{1,2}/\d{4}\s+hijri\s+(lunar|solar|qamari|shamsi))?(\s+\d{1,2}/\d{1,2}/\d{4}\s+gregorian)?[*\s]*$",
    re.IGNORECASE,
)

#: A subtitle file's cue number and times, glued to the start of the cue's words ("5 00:00:16,291 --> 00:00:19,124
#: As Commander-in-Chief, ..."): the stamp goes, the words stay, as a wire dateline is cut off a story's opening.
SUBTITLE_CUE = re.compile(r"^\d{1,5}\s+\d{1,2}:\d{2}:\d{2}[,.]\d{1,3}\s+-->\s+\d{1,2}:\d{2}:\d{2}[,.]\d{1,3}\s+(?=\S)")
#: A subtitle cue's number and times with no words, perhaps cut off by the extraction ("25 00:01:11,"): a stamp alone.
SUBTITLE_STAMP = re.compile(r"^\d{1,5}\s+\d{1,2}:\d{2}:\d{2}[,.]?\d{0,3}(\s+-->[\d:,.\s]*)?$")

#: A time of day alone under its label of one to four words ("time: 1:57 pm", "Hora de publicación: 11:36 hrs."): the
#: stamp of the time a page was posted.
LABELLED_TIME = re.compile(
    r"^[^\W\d_]+( [^\W\d_]+){0,3}\s*:\s*([01]?\d|2[0-3])[:.][0-5]\d(\s*(hrs?|h|uhr|[ap]\.?m)\.?)?$", re.IGNORECASE
)

#: A resolution's opening words, the body that adopts it and where or when it met ("The Executive Board of Education
#: International, meeting on 2nd December 2021"): the subject of the sentence its clauses carry on, which may end on a
#: date with no full stop, like a caption, but is text.
RESOLUTION_BODY = re.compile(r"^The [A-Z][^,.]{2,80}, (?:meeting|assembled|gathered|convened|sitting) (?:in|on|at)\b")


def is_date_line(line: str) -> bool:
    """A line that holds nothing but a date, in any of the shapes above, or a date and the place it was given.

    >>> is_date_line("December 7, 2001 Washington, D.C."), is_date_line("December 7, 2001 The Council met.")
    (True, False)
    """
    patterns = (DATELINE, LOOSE_DATELINE, CALENDAR_DATE, DAY_AND_MONTH, DATE_AND_PLACE, LABELLED_TIME)
    return any(pattern.match(line) for pattern in patterns)
