"""Filters: user-given ones checked against the index, and the one set of rules that applies them.

A filter keeps the passages of some speakers, of some transcripts, and of
transcripts dated within a range (an undated transcript fails any date
bound). ``RULES`` states that once; the folder store's dense search applies
it as a numpy mask over per-passage columns (``passage_mask``), its lexical
search as a SQL clause (``filter_sql``), and the Milvus store both searches as
a filter expression (``filter_expression``), so no two can disagree.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np

from qa_bot.errors import FilterError
from qa_bot.store.schema import date_from_column
from qa_bot.text import parse_date, words
from qa_bot.types import Filters

if TYPE_CHECKING:
    from qa_bot.store.base import Store

DateLike = dt.date | str | None

# (field of Filters, passage column, test): "in" a set of values, or a date bound.
RULES = (
    ("speakers", "speaker", "in"),
    ("transcripts", "transcript", "in"),
    ("date_from", "date", ">="),
    ("date_to", "date", "<="),
)
_SQL_COLUMNS = {"speaker": "p.speaker", "transcript": "p.transcript_id", "date": "t.date"}
# Milvus passage fields; the date is a day ordinal there, 0 when undated (``milvus_schema``)
_MILVUS_FIELDS = {"speaker": "speaker", "transcript": "transcript_id", "date": "date"}


@dataclass(frozen=True)
class FilterColumns:
    """Per-passage speaker and transcript (as codes) and date (ordinal, 0 = undated); row = passage id."""

    speaker: np.ndarray
    transcript: np.ndarray
    date: np.ndarray
    codes: dict[str, dict[str, int]]  # column -> value -> code

    @classmethod
    def from_rows(cls, rows: Sequence[tuple[str, str, str | None]]) -> FilterColumns:
        """From ``(speaker, transcript id, ISO date or None)`` per passage, in passage id order."""
        speakers: dict[str, int] = {}
        transcripts: dict[str, int] = {}
        return cls(
            speaker=np.fromiter((speakers.setdefault(r[0], len(speakers)) for r in rows), np.int32),
            transcript=np.fromiter((transcripts.setdefault(r[1], len(transcripts)) for r in rows), np.int32),
            date=np.fromiter((d.toordinal() if (d := date_from_column(r[2])) else 0 for r in rows), np.int32),
            codes={"speaker": speakers, "transcript": transcripts},
        )


def passage_mask(filters: Filters, columns: FilterColumns) -> np.ndarray:
    """``RULES`` as a boolean mask over the passages: vectorised, so it stays fast on large indexes."""
    mask = np.ones(len(columns.date), dtype=bool)
    for name, column, test in RULES:
        value = getattr(filters, name)
        if value is None:
            continue
        values: np.ndarray = getattr(columns, column)
        if test == "in":
            codes = columns.codes[column]
            mask &= np.isin(values, [codes.get(v, -1) for v in value])
        elif test == ">=":
            mask &= values >= value.toordinal()
        else:
            mask &= (values <= value.toordinal()) & (values > 0)
    return mask


def filter_sql(filters: Filters) -> tuple[str, list[Any]]:
    """``RULES`` as a WHERE clause over ``passages p JOIN transcripts t``, and its parameters."""
    where: list[str] = []
    params: list[Any] = []
    for name, column, test in RULES:
        value = getattr(filters, name)
        if value is None:
            continue
        if test == "in":
            where.append(f"{_SQL_COLUMNS[column]} IN ({','.join('?' * len(value))})")
            params.extend(value)
        else:
            where.append(f"{_SQL_COLUMNS[column]} {test} ?")  # NULL (undated) fails either bound
            params.append(value.isoformat())
    return " AND ".join(where) or "1", params


def filter_expression(filters: Filters) -> str:
    """``RULES`` as a Milvus filter expression over the passages collection ("" when no filter is set).

    Strings are written as JSON string literals, which Milvus reads with the
    same escapes, so a speaker named ``O"Brien`` cannot break the expression.
    """
    where: list[str] = []
    for name, column, test in RULES:
        value = getattr(filters, name)
        if value is None:
            continue
        field = _MILVUS_FIELDS[column]
        if test == "in":
            where.append(f"{field} in [{', '.join(json.dumps(v, ensure_ascii=False) for v in value)}]")
        else:
            where.append(f"({field} {test} {value.toordinal()} and {field} > 0)")  # undated fails either bound
    return " and ".join(where)


def resolve_filters(
    store: Store,
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
