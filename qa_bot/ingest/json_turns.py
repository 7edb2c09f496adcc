"""JSON transcripts: an object with a list of turns (or a bare list of turns).

Accepted turn lists: ``turns``, ``utterances``, ``segments``,
``meeting_transcripts`` (QMSum). Each turn gives a speaker (``speaker`` /
``name``) and text (``text`` / ``content`` / ``utterance``), optionally
``start`` / ``end`` seconds. Top-level ``title`` and ``date`` are optional.
"""

from __future__ import annotations

import json
from typing import Any

from qa_bot.errors import IngestError
from qa_bot.text import clean_line, parse_date
from qa_bot.types import Transcript, Turn

FORMAT = "json"
LIST_KEYS = ("turns", "utterances", "segments", "meeting_transcripts")
SPEAKER_KEYS = ("speaker", "name")
TEXT_KEYS = ("text", "content", "utterance")
UNLABELED_SPEAKER = "Unknown speaker"


def parse_json(
    text: str, transcript_id: str, source: str, default_title: str
) -> Transcript:
    """Parse a JSON transcript; raise ``IngestError`` when it holds no list of turns."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise IngestError(source, f"malformed JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}") from exc
    meta: dict[str, Any] = {}
    if isinstance(data, dict):
        meta = data
        items = next((data[k] for k in LIST_KEYS if isinstance(data.get(k), list)), None)
    else:
        items = data
    if not isinstance(items, list):
        raise IngestError(
            source, f"JSON holds no list of turns (expected a list or one of the keys {', '.join(LIST_KEYS)})"
        )

    turns: list[Turn] = []
    for item in items:
        if not isinstance(item, dict):
            continue
        raw_text = _first(item, TEXT_KEYS)
        if not isinstance(raw_text, str):
            continue
        body = "\n\n".join(p for p in (clean_line(x) for x in raw_text.split("\n")) if p)
        if not body:
            continue
        speaker = _first(item, SPEAKER_KEYS)
        speaker = clean_line(str(speaker)) if speaker not in (None, "") else ""
        turns.append(
            Turn(
                transcript_id,
                len(turns),
                speaker or UNLABELED_SPEAKER,
                body,
                speaker_inferred=not speaker,
                start=_seconds(item.get("start")),
                end=_seconds(item.get("end")),
            )
        )
    title = meta.get("title") if isinstance(meta.get("title"), str) else None
    date_value = meta.get("date")
    date = parse_date(date_value) if isinstance(date_value, str) else None
    return Transcript(transcript_id, clean_line(title or default_title), date, None, source, turns, FORMAT)


def _first(item: dict[str, Any], keys: tuple[str, ...]) -> Any:
    return next((item[k] for k in keys if k in item), None)


def _seconds(value: Any) -> float | None:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return float(value)
    return None
