"""Text utilities shared by ingest, chunking and answering: whitespace, sentences, dates."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterator

import sentencex
from dateutil import parser as date_parser

_INLINE_SPACE = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000]+")
_WORD = re.compile(r"\w+", re.UNICODE)


def clean_line(line: str) -> str:
    """Normalise one line: NFC, collapsed inline whitespace, stripped ends."""
    return _INLINE_SPACE.sub(" ", unicodedata.normalize("NFC", line)).strip()


def words(text: str) -> list[str]:
    """Lower-cased word tokens (letters, digits, underscore) of ``text``."""
    return [w.lower() for w in _WORD.findall(text)]


def sentence_spans(text: str, language: str = "en") -> list[tuple[int, int]]:
    """Character spans ``(start, end)`` of the sentences of ``text``.

    Uses sentencex (rules shipped with the package, no downloads). Spans are
    trimmed of surrounding whitespace, so ``text[start:end]`` is a clean quote.
    """
    spans: list[tuple[int, int]] = []
    for item in sentencex.get_sentence_boundaries(language, text):
        spans.extend(_trimmed_lines(text, item["start_index"], item["end_index"]))
    return spans


def _trimmed_lines(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Split ``text[start:end]`` at paragraph breaks and trim whitespace on each piece."""
    pos = start
    for piece in re.split(r"(\n\s*\n)", text[start:end]):
        s, e = pos, pos + len(piece)
        pos = e
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            yield s, e


_MONTHS = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_DATE_PATTERNS = [
    re.compile(rf"\b{_MONTHS}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}\b", re.I),
    re.compile(rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTHS},?\s+\d{{4}}\b", re.I),
    re.compile(r"\b\d{4}-\d{2}-\d{2}\b"),
]
_DMY = re.compile(r"\b(\d{2})[-./](\d{2})[-./](\d{4})\b")


def find_date(text: str) -> tuple[dt.date, tuple[int, int]] | None:
    """The first calendar date written in ``text`` and its character span, or None.

    Recognises "June 18, 2021", "18 June 2021", ISO "2021-06-18" and the
    day-first "18-06-2021" used in official id lines. Month names are read by
    python-dateutil, so only the shape of a date is hand-written here.
    """
    found: list[tuple[int, int, dt.date]] = []
    for pattern in _DATE_PATTERNS:
        for m in pattern.finditer(text):
            try:
                found.append((m.start(), m.end(), date_parser.parse(m.group(0)).date()))
            except (ValueError, OverflowError):
                continue
    for m in _DMY.finditer(text):
        day, month, year = (int(g) for g in m.groups())
        try:
            found.append((m.start(), m.end(), dt.date(year, month, day)))
        except ValueError:
            continue
    if not found:
        return None
    start, end, date = min(found)
    return date, (start, end)


def parse_date(value: str | dt.date | None) -> dt.date | None:
    """Parse a date given by a user or a file header: ISO or any form ``find_date`` knows."""
    if value is None or isinstance(value, dt.date):
        return value.date() if isinstance(value, dt.datetime) else value
    value = value.strip()
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        pass
    found = find_date(value)
    return found[0] if found else None
