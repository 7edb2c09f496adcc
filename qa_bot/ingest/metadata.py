"""Transcript metadata written in files: header lines (``Title:``, ``Дата:``) and where a date came from."""

from __future__ import annotations

import datetime as dt
import re

from qa_bot.text import parse_date

# Markdown structure that is no one's words: a heading ("## Agenda", its text in group 1) and a rule ("---").
MARKDOWN_HEADING = re.compile(r"^#{1,6}\s+(.*?)\s*#*$")
MARKDOWN_RULE = re.compile(r"^(?:[-*_]\s*){3,}$")

# Header keys in English and Russian, and the field each one fills.
HEADER_KEYS = {
    "title": "title", "название": "title", "заголовок": "title", "тема": "title",
    "date": "date", "дата": "date",
    "place": "place", "location": "place", "место": "place",
}
_HEADER = re.compile(r"^(?P<key>[^\W\d_]+)\s*:\s*(?P<value>\S.*)$")


def header_field(line: str) -> tuple[str, str] | None:
    """``("title" | "date" | "place", value)`` for a header line such as ``Date: 2021-06-18``, else None."""
    m = _HEADER.match(line.strip())
    if not m:
        return None
    field = HEADER_KEYS.get(m.group("key").casefold())
    return (field, m.group("value").strip()) if field else None


def first_date(*candidates: tuple[str, object]) -> tuple[dt.date | None, str | None]:
    """The first ``(source, value)`` whose value holds a date, as ``(date, source)``; ``(None, None)`` if none."""
    for source, value in candidates:
        date = value if isinstance(value, dt.date) else parse_date(value) if isinstance(value, str) else None
        if date is not None:
            return (date.date() if isinstance(date, dt.datetime) else date), source
    return None, None
