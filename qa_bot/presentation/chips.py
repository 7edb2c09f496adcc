"""How an answer was understood, in words: the "Interpreted as" chips and date ranges as people say them."""

from __future__ import annotations

import calendar
import datetime as dt
from typing import Any

from qa_bot.text import MONTHS, format_date, parse_date


def describe_interpretation(interpreted: dict[str, Any]) -> list[str]:
    """Chips for "Interpreted as: Sergey Lavrov · Open Skies Treaty · June 2021".

    From ``Answer.interpreted``: the speakers in force (a speaker filter, else
    those named or carried, and anyone in ``not_speakers``, marked "(no turns)"),
    the topic, the date range in force (from a filter, the question or the
    context) and the transcript filter.
    """
    chips: list[str] = []
    filters = interpreted.get("filters") or {}
    speakers = list(filters.get("speakers") or interpreted.get("speakers") or ())
    absent = list(interpreted.get("not_speakers") or ())
    speakers += [p for p in absent if p not in speakers]  # "What did Obama say?": named, but no turns
    if speakers:
        chips.append(" & ".join(f"{s} (no turns)" if s in absent else s for s in speakers))
    if interpreted.get("topic"):
        chips.append(str(interpreted["topic"]))
    dates = date_range_label(filters.get("date_from"), filters.get("date_to"))
    if dates:
        chips.append(dates)
    transcripts = list(filters.get("transcripts") or ())
    if len(transcripts) == 1:
        chips.append(f"transcript {transcripts[0]}")
    elif transcripts:
        chips.append(f"{len(transcripts)} transcripts")
    return chips


def date_range_label(date_from: dt.date | str | None, date_to: dt.date | str | None) -> str:
    """A date range as people say it: "18 June 2021", "June 2021", "2021", "since 1 May 2020".

    Always in English (``qa_bot.text.format_date``), whatever the process locale.
    """
    start, end = parse_date(date_from), parse_date(date_to)
    if start and end:
        if start == end:
            return format_date(start)
        if start.day == 1 and end == _month_end(end) and (start.year, start.month) == (end.year, end.month):
            return f"{MONTHS[start.month - 1]} {start.year}"
        if (start.month, start.day, end.month, end.day) == (1, 1, 12, 31):
            return str(start.year) if start.year == end.year else f"{start.year}–{end.year}"
        return f"{format_date(start)} – {format_date(end)}"
    if start:
        return f"since {format_date(start)}"
    if end:
        return f"until {format_date(end)}"
    return ""


def _month_end(day: dt.date) -> dt.date:
    """The last day of ``day``'s month."""
    return day.replace(day=calendar.monthrange(day.year, day.month)[1])
