"""User-given filters (speaker, dates, transcripts) checked against the index."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from qa_bot.errors import FilterError
from qa_bot.store import IndexStore
from qa_bot.text import parse_date, words
from qa_bot.types import Filters

DateLike = dt.date | str | None


def resolve_filters(
    store: IndexStore,
    speaker: str | Sequence[str] | None = None,
    date_from: DateLike = None,
    date_to: DateLike = None,
    transcripts: Sequence[str] | str | None = None,
) -> Filters:
    """Check user-given filters against the index and turn them into ``Filters``.

    A speaker matches case-insensitively by full name or by any of its words
    ("lavrov" -> "Sergey Lavrov"); unknown speakers or transcript ids, and
    unreadable dates, raise ``FilterError`` naming the valid options.
    """
    speakers = None
    if speaker:
        names = [speaker] if isinstance(speaker, str) else list(speaker)
        known = [name for name, _ in store.speaker_counts()]
        speakers = tuple(dict.fromkeys(m for name in names for m in match_speaker(name, known)))
    transcript_ids = None
    if transcripts:
        wanted = [transcripts] if isinstance(transcripts, str) else list(transcripts)
        known_ids = store.transcript_info()
        unknown = [t for t in wanted if t not in known_ids]
        if unknown:
            raise FilterError(
                f"unknown transcript id(s) {', '.join(map(repr, unknown))}; the index has: "
                + _sample(sorted(known_ids))
            )
        transcript_ids = tuple(wanted)
    start, end = _date_arg(date_from, "date_from"), _date_arg(date_to, "date_to")
    if start and end and start > end:
        raise FilterError(f"date_from {start} is after date_to {end}")
    return Filters(speakers, start, end, transcript_ids)


def match_speaker(name: str, known: Sequence[str]) -> list[str]:
    """Index speakers that ``name`` designates (exact, else every word of ``name`` in theirs)."""
    wanted = name.strip().casefold()
    exact = [k for k in known if k.casefold() == wanted]
    if exact:
        return exact
    tokens = set(words(wanted))
    partial = [k for k in known if tokens and tokens <= set(words(k))]
    if not partial:
        raise FilterError(f"no speaker matching {name!r} in the index; speakers: {_sample(known)}")
    return partial


def _date_arg(value: DateLike, name: str) -> dt.date | None:
    if value is None or value == "":
        return None
    parsed = parse_date(value)
    if parsed is None:
        raise FilterError(f"{name}: cannot read {value!r} as a date; use YYYY-MM-DD")
    return parsed


def _sample(options: Sequence[str], limit: int = 12) -> str:
    shown = ", ".join(options[:limit])
    return shown + (f" … ({len(options)} in all)" if len(options) > limit else "")
