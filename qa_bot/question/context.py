"""What a client sends back between questions: a context (``Answer.context`` or its JSON form) or a chat history."""

from __future__ import annotations

import datetime as dt
import logging
import math
from collections.abc import Sequence
from typing import Any

from qa_bot.errors import QABotError
from qa_bot.text import parse_date
from qa_bot.types import ConversationContext

logger = logging.getLogger(__name__)

MAX_QUOTED = 200  # spans a context may carry: "what else" fetches k + 2 hits for each
_MAX_OFFSET = 10**9  # turn indexes and character offsets are below this


def as_context(value: ConversationContext | dict[str, Any] | None) -> ConversationContext | None:
    """A context from ``Answer.context`` or its JSON form (``to_dict()``, as a web client sends it back).

    Every field of the JSON form is checked, and a bad one raises
    ``QABotError`` naming the field and the value: ``topic`` and
    ``date_mention`` strings, ``speakers`` a list of names (or one name),
    ``date_from``/``date_to`` dates or ISO strings, ``quoted`` a list of
    ``[transcript_id, turn_index, char_start, char_end]`` (only the last
    ``MAX_QUOTED`` are kept). Unknown keys are ignored.
    """
    if value is None or isinstance(value, ConversationContext):
        return value
    if not isinstance(value, dict):
        raise QABotError(f"context must be a ConversationContext or its to_dict(), got {type(value).__name__}")
    date_from = _context_date(value, "date_from")
    date_to = _context_date(value, "date_to")
    if date_from and date_to and date_from > date_to:
        raise QABotError(f"context date_from {date_from.isoformat()} is after date_to {date_to.isoformat()}")
    return ConversationContext(
        topic=_context_text(value, "topic") or "",
        speakers=_context_speakers(value.get("speakers")),
        date_from=date_from,
        date_to=date_to,
        date_mention=_context_text(value, "date_mention"),
        quoted=_context_quoted(value.get("quoted")),
    )


def _context_text(value: dict[str, Any], key: str) -> str | None:
    """A string field of a JSON context (``topic``, ``date_mention``), None when absent."""
    text = value.get(key)
    if text is None or isinstance(text, str):
        return text
    raise QABotError(f"context {key} must be a string, got {text!r}")


def _context_speakers(speakers: Any) -> tuple[str, ...]:
    """The ``speakers`` of a JSON context: a list of names, or one name."""
    if speakers is None:
        return ()
    if isinstance(speakers, str):
        speakers = [speakers]
    if not isinstance(speakers, (list, tuple)) or not all(isinstance(s, str) for s in speakers):
        raise QABotError(f"context speakers must be a list of names, got {speakers!r}")
    return tuple(dict.fromkeys(s.strip() for s in speakers if s.strip()))


def _context_date(value: dict[str, Any], key: str) -> dt.date | None:
    """``date_from`` or ``date_to`` of a JSON context: a date, or a string ``parse_date`` reads."""
    raw = value.get(key)
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return None
    if isinstance(raw, (str, dt.date)) and (date := parse_date(raw)) is not None:
        return date
    raise QABotError(f"context {key} must be a date such as 2021-06-18, got {raw!r}")


def _context_quoted(quoted: Any) -> tuple[tuple[str, int, int, int], ...]:
    """The ``quoted`` spans of a JSON context, checked; only the last ``MAX_QUOTED`` are kept."""
    if quoted is None:
        return ()
    if not isinstance(quoted, (list, tuple)):
        raise QABotError(f"context quoted must be a list of [transcript_id, turn, start, end], got {quoted!r}")
    spans = []
    for entry in quoted[-MAX_QUOTED:]:
        if not isinstance(entry, (list, tuple)) or len(entry) != 4:
            raise QABotError(f"context quoted entry must be [transcript_id, turn, start, end], got {entry!r}")
        tid, turn, start, end = entry
        if not isinstance(tid, str) or not tid:
            raise QABotError(f"context quoted transcript id must be a non-empty string, got {tid!r}")
        for name, number in (("turn index", turn), ("char_start", start), ("char_end", end)):
            if not _offset(number):
                raise QABotError(
                    f"context quoted {name} must be a whole number from 0 to {_MAX_OFFSET - 1}, got {number!r}"
                )
        if start > end:
            raise QABotError(f"context quoted span starts after it ends: {entry!r}")
        spans.append((tid, int(turn), int(start), int(end)))
    return tuple(spans)


def _offset(number: Any) -> bool:
    """Whether ``number`` is a turn index or character offset: a whole number in [0, 10**9)."""
    if isinstance(number, float) and math.isfinite(number) and number.is_integer():
        number = int(number)  # JSON clients may send 3.0
    return isinstance(number, int) and not isinstance(number, bool) and 0 <= number < _MAX_OFFSET


def user_questions(history: Sequence[Any] | str | dict[str, Any] | None) -> list[str]:
    """The user's questions in a chat history, oldest first.

    Accepts a list of ``{"role", "content"}`` messages (content a string or a
    list of ``{"type": "text", "text": …}`` parts, as Gradio sends), ``(user,
    bot)`` pairs, and bare strings (taken as user questions). A single string
    or a single message stands for a history of one; anything else raises
    ``QABotError``.
    """
    if history is None:
        return []
    if isinstance(history, (str, dict)):
        history = [history]
    elif not isinstance(history, (list, tuple)):
        raise QABotError(f"history must be a list of messages or questions, got {type(history).__name__}")
    questions: list[str] = []
    for entry in history:
        text: Any = None
        if isinstance(entry, str):
            text = entry
        elif isinstance(entry, dict):
            if entry.get("role", "user") != "user":
                continue
            text = entry.get("content")
            if isinstance(text, dict):
                text = text.get("text")
            elif isinstance(text, (list, tuple)):
                parts = [p.get("text") if isinstance(p, dict) else p for p in text]
                text = " ".join(p for p in parts if isinstance(p, str))
        elif isinstance(entry, (list, tuple)) and entry:
            text = entry[0]
        if isinstance(text, str) and text.strip():
            questions.append(text.strip())
        elif text is not None:
            logger.debug("skipping a history entry that holds no text: %r", entry)
    return questions
