"""What every speech-to-text service reader shares: the ``Schema`` type, speaker labels, timed pieces, words."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from qa_bot.ingest.speakers import UNKNOWN_SPEAKER, Utterance
from qa_bot.text import clean_line, clean_paragraphs, in_milliseconds, parse_seconds, unspaced_cjk

_MACHINE_LABEL = re.compile(r"^(?:spk|speaker|ch|channel)?[ _-]?(\d{1,3})$", re.I)
_MACHINE_ID = re.compile(r"^(?:(?:spk|speaker)[ _-]?[A-Z]|(?=[0-9a-f-]*\d)[0-9a-f]{8,}(?:-[0-9a-f]{4,})*)$", re.I)


@dataclass(frozen=True)
class Schema:
    """A service's JSON shape: how to recognise it and how to read it into timed utterances."""

    name: str
    matches: Callable[[dict[str, Any]], bool]
    read: Callable[[dict[str, Any]], list[Utterance]]


def diarized_label(raw: object) -> str | None:
    """``SPEAKER_00`` for a numbered label (``spk_0``, ``0``, ``ch_1``), ``Speaker A`` for ``"A"``; else as written."""
    if isinstance(raw, bool) or raw is None:
        return None
    if isinstance(raw, int):
        return f"SPEAKER_{raw:02d}" if raw >= 0 else None
    label = clean_line(str(raw))
    m = _MACHINE_LABEL.match(label)
    if m:
        return f"SPEAKER_{int(m.group(1)):02d}"
    if len(label) == 1 and "A" <= label <= "Z":
        return f"Speaker {label}"
    return label or None


def is_machine_label(raw: object) -> bool:
    """True for a label a machine gave, not a person's name: a number, ``SPEAKER_07``, ``spk_3``, ``ch_1``,
    ``Speaker A``, a single capital letter (``A``), a hex id or UUID."""
    if isinstance(raw, bool):
        return False
    if isinstance(raw, int):
        return True
    label = clean_line(raw) if isinstance(raw, str) else ""
    return bool(_MACHINE_LABEL.match(label) or _MACHINE_ID.match(label) or (len(label) == 1 and label.isupper()))


def utterance(text: object, speaker: object, start: object, end: object, scale: float = 1.0) -> Utterance | None:
    """One timed piece; ``scale`` converts the service's time unit to seconds; None when there is no text."""
    body = unspaced_cjk(clean_paragraphs(text)) if isinstance(text, str) else ""
    if not body:
        return None
    label = diarized_label(speaker)
    start_s, end_s = parse_seconds(start), parse_seconds(end)
    return Utterance(
        body, label, None if label else UNKNOWN_SPEAKER,
        None if start_s is None else round(start_s * scale, 3), None if end_s is None else round(end_s * scale, 3),
    )


def pieces(items: object, read: Callable[[dict[str, Any]], Utterance | None]) -> list[Utterance]:
    """``read`` applied to each dict of a list, the pieces without text left out."""
    if not isinstance(items, list):
        return []
    return [u for u in (read(item) for item in items if isinstance(item, dict)) if u is not None]


def get_path(data: object, *path: str | int) -> Any:
    """``data[path[0]][path[1]]…``, or None where a step is missing or of the wrong type."""
    for step in path:
        if isinstance(step, int):
            data = data[step] if isinstance(data, list) and len(data) > step else None
        else:
            data = data.get(step) if isinstance(data, dict) else None
    return data


def word_utterances(words: list[tuple[str, object, object, object, bool]], scale: float = 1.0) -> list[Utterance]:
    """Word-level output as utterances: punctuation glued to the word before it (``(text, speaker, start, end,
    is_punctuation)``); a word without a speaker label keeps the speaker of the word before it."""
    out: list[Utterance] = []
    for text, speaker, start, end, punct in words:
        text = text.strip() if isinstance(text, str) else ""
        if not text:
            continue
        if punct and out:
            last = out[-1]
            out[-1] = Utterance(last.text + text, last.label, last.speaker, last.start, last.end)
            continue
        if speaker is None and out and out[-1].label:
            speaker = out[-1].label
        piece = utterance(text, speaker, start, end, scale)
        if piece is not None:
            out.append(piece)
    return out


WORD_HEADERS = ("word", "token", "wort", "palabra", "mot", "parola")  # a table's column of one word per row
TIME_HEADERS = ("timestamp", "time", "start", "start_time", "start time", "begin", "offset")


def word_rows(rows: list[list[str]]) -> list[Utterance] | None:
    """A table of one word per row under a ``Word`` header (captions exported word by word: ``Timestamp,Word``),
    as word-level output naming no one, its times in seconds or milliseconds; None for any other table."""
    header = [clean_line(h.replace("\ufeff", "")).casefold() for h in rows[0]] if rows else []
    word = next((i for i, h in enumerate(header) if h in WORD_HEADERS), None)
    if word is None or len(rows) < 3:
        return None
    time = next((i for i, h in enumerate(header) if h in TIME_HEADERS), None)
    cells = [(r[word].strip() if word < len(r) else "", r[time].strip() if time is not None and time < len(r) else "")
             for r in rows[1:]]
    scale = 0.001 if in_milliseconds([t for _, t in cells], header[time] if time is not None else "") else 1.0
    return word_utterances([(w, None, t or None, None, not any(ch.isalnum() for ch in w)) for w, t in cells], scale)
