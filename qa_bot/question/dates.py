"""Dates a question asks about: "in June 2021", "on 18 June 2021", "last year"; and dates it cannot read."""

from __future__ import annotations

import calendar
import datetime as dt
import re

from qa_bot.text import MONTHS, find_date

_MONTH_NAMES = "|".join(MONTHS)  # English, whatever the process locale
_MONTH_YEAR = re.compile(rf"\b(?:in|during|from|since)\s+({_MONTH_NAMES})\s+(\d{{4}})\b", re.I)
_YEAR = re.compile(r"\b(?:in|during)\s+((?:19|20)\d{2})\b(?!\s*(?:election|elections|budget|census))", re.I)
_ON_DATE = re.compile(r"\bon\s+(.{6,25}?\d{4})\b", re.I)
_RELATIVE_YEAR = re.compile(r"\b(last|this|previous)\s+year(?:'s|’s)?\b", re.I)


def find_dates(question: str, today: dt.date | None = None) -> tuple[dt.date | None, dt.date | None, str | None]:
    """A date range the question asks about: ``(from, to, the words that said so)``."""
    today = today or dt.date.today()
    m = _ON_DATE.search(question)
    if m and (found := find_date(m.group(1))):
        return found[0], found[0], m.group(0)
    m = _MONTH_YEAR.search(question)
    if m:
        month = MONTHS.index(m.group(1).capitalize()) + 1
        year = int(m.group(2))
        return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1]), m.group(0)
    m = _YEAR.search(question)
    if m:
        year = int(m.group(1))
        return dt.date(year, 1, 1), dt.date(year, 12, 31), m.group(0)
    m = _RELATIVE_YEAR.search(question)
    if m:
        year = today.year - (0 if m.group(1).lower() == "this" else 1)
        return dt.date(year, 1, 1), dt.date(year, 12, 31), m.group(0)
    return None, None, None


_MONTH_ABBREVIATIONS = "|".join(m[:3] for m in MONTHS)
# What a written date looks like, read or not: "30 February 2021", "February 30, 2021", "30.02.2021".
_DATE_SHAPE = re.compile(
    rf"(?:\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_MONTH_NAMES}|(?:{_MONTH_ABBREVIATIONS})\.?),?"
    rf"|(?:{_MONTH_NAMES}|(?:{_MONTH_ABBREVIATIONS})\.?)\s+\d{{1,2}}(?:st|nd|rd|th)?,?"
    r"|\d{1,2}[-./]\d{1,2}[-./])\s*\d{4}",
    re.I,
)


def unread_date(question: str) -> str | None:
    """The words of a date that ``find_dates`` could not read ("on 30 February 2021"), or None.

    Only text shaped like a date counts ("on the 2016 election" is no date);
    the caller cuts it out of the topic rather than searching for it.
    """
    for m in _ON_DATE.finditer(question):
        if _DATE_SHAPE.fullmatch(m.group(1).strip()) and not find_date(m.group(1)):
            return m.group(0)
    return None
