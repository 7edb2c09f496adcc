"""The chat without gradio: asking with the page's filters, one browser session's conversation, sources and status.

Pure functions and a dataclass, testable with a fake QA object; ``ui`` wires
them to gradio.
"""

from __future__ import annotations

import datetime as dt
import logging
import shutil
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from qa_bot.config import MAX_QUESTION_CHARS
from qa_bot.errors import QABotError
from qa_bot.presentation.chips import date_range_label
from qa_bot.presentation.export import write_exports
from qa_bot.presentation.render import answer_to_markdown, one_line
from qa_bot.presentation.viewer import EMPTY_VIEWER, Focus, transcript_html
from qa_bot.text import format_date
from qa_bot.types import Answer, ConversationContext

logger = logging.getLogger(__name__)

EMPTY_QUESTION_REPLY = "Please type a question, for example *What did Lavrov say about the Open Skies Treaty?*"
SHOWN_QUESTION_CHARS = 300  # a longer question is cut in its chat bubble
FILTERS_NOTE = "Filters set above take precedence over speakers and dates named in a question."


# --------------------------------------------------------------------------- #
# Asking (no gradio needed; testable with a fake QA object)
# --------------------------------------------------------------------------- #


def _message_text(content: Any) -> str:
    """Plain text of a Gradio message ``content`` (str, block list or component)."""
    if isinstance(content, str):
        return content
    if isinstance(content, dict):
        if content.get("type") == "text":
            return str(content.get("text", ""))
        return ""
    if isinstance(content, (list, tuple)):
        return "\n".join(t for t in (_message_text(c) for c in content) if t)
    return ""


def normalize_history(history: Iterable[Any] | None) -> list[dict[str, str]]:
    """Gradio 6 messages (content = list of blocks) -> ``[{"role", "content": str}]``."""
    messages: list[dict[str, str]] = []
    for item in history or []:
        if isinstance(item, dict):
            role, content = item.get("role"), item.get("content")
        else:
            role, content = getattr(item, "role", None), getattr(item, "content", None)
        if role not in ("user", "assistant"):
            continue
        text = _message_text(content)
        if text:
            messages.append({"role": str(role), "content": text})
    return messages


def _blank_to_none(value: Any) -> Any:
    if value is None:
        return None
    if isinstance(value, str):
        return value.strip() or None
    return value


def ui_filters(
    speaker: str | None = None,
    date_from: str | None = None,
    date_to: str | None = None,
    transcript: str | None = None,
) -> dict[str, Any]:
    """The filter widgets' values as ``TranscriptQA.ask`` keyword arguments (blank = no filter)."""
    transcript_id = _blank_to_none(transcript)
    return {
        "speaker": _blank_to_none(speaker),
        "date_from": _blank_to_none(date_from),
        "date_to": _blank_to_none(date_to),
        "transcripts": [transcript_id] if transcript_id else None,
    }


def _long_question_reply(length: int) -> str:
    return (
        f"That question is {length:,} characters long; please keep it under {MAX_QUESTION_CHARS:,}. "
        "Ask about one thing at a time, for example *Who talked about the budget?*"
    )


def ask_question(
    qa: Any,
    message: Any,
    history: Iterable[Any] | None = None,
    filters: dict[str, Any] | None = None,
    context: ConversationContext | None = None,
) -> tuple[Answer | None, str]:
    """Ask ``qa`` and render the reply: ``(answer, markdown)``, answer None when there is none.

    Empty and over-long questions get a friendly reply without asking; errors
    from ``qa.ask`` become a chat message, never a traceback.
    """
    question = message.strip() if isinstance(message, str) else ""
    if not question:
        return None, EMPTY_QUESTION_REPLY
    if len(question) > MAX_QUESTION_CHARS:
        return None, _long_question_reply(len(question))
    filters = filters or ui_filters()
    logger.info("question %r filters %s", question, filters)
    try:
        reload = getattr(qa, "reload_if_changed", None)
        if reload is not None:
            reload()  # a rebuild of the index is picked up without restarting the server
        answer = qa.ask(question, history=normalize_history(history), context=context, **filters)
    except Exception as exc:  # shown in the chat, never as a traceback
        if isinstance(exc, QABotError):
            logger.info("user error: %s", exc)
            return None, f"⚠️ {one_line(str(exc))}"
        logger.exception("qa.ask failed")
        return None, f"⚠️ Sorry, something went wrong: {one_line(f'{type(exc).__name__}: {exc}')}"
    return answer, answer_to_markdown(answer)


def make_chat_fn(qa: Any) -> Callable[..., str]:
    """A stateless chat function: ``(message, history, *filters) -> answer markdown``.

    Filters: speaker, date_from, date_to (``YYYY-MM-DD``) and transcript id;
    blank values mean "no filter". This is what the ``/ask`` API endpoint runs.
    """

    def ask(
        message: str,
        history: list[dict[str, Any]] | None = None,
        speaker: str | None = None,
        date_from: str | None = None,
        date_to: str | None = None,
        transcript: str | None = None,
    ) -> str:
        """Ask a question about the transcripts; returns a markdown answer: the verbatim
        quote, its citation (speaker, date, title) and the supporting passages."""
        return ask_question(qa, message, history, ui_filters(speaker, date_from, date_to, transcript))[1]

    return ask


# --------------------------------------------------------------------------- #
# One browser session's conversation
# --------------------------------------------------------------------------- #


@dataclass
class ChatSession:
    """What one browser tab has established: carried context, answers, which answer's sources show.

    ``replies`` has one entry per assistant message in the chat: the index of
    its exchange in ``exchanges``, or None for a message that is not an answer.
    After "Clear context" neither the context nor the earlier messages are
    passed to ``ask``, so the next question starts fresh.
    """

    context: ConversationContext | None = None
    exchanges: list[tuple[str, Answer]] = field(default_factory=list)
    replies: list[int | None] = field(default_factory=list)
    shown: int | None = None  # the exchange whose sources are listed
    export_dir: str | None = None
    fresh_from: int = 0  # chat messages before this index predate "Clear context"
    clears: int = 0  # how often "Clear context" was pressed

    def record(self, question: str, answer: Answer | None, clears_when_asked: int | None = None) -> None:
        """Note a reply; an answer joins the exchanges and carries its context forward.

        An answer to a question asked before the last "Clear context" (the
        button was pressed while it was being answered) does not bring the
        cleared context back.
        """
        if answer is None:
            self.replies.append(None)
            return
        self.exchanges.append((question, answer))
        self.replies.append(len(self.exchanges) - 1)
        if clears_when_asked is None or clears_when_asked == self.clears:
            self.context = answer.context
        self.shown = len(self.exchanges) - 1

    def clear(self, messages: int) -> None:
        """Forget the carried context; the ``messages`` already in the chat are no longer sent as history."""
        self.context, self.fresh_from, self.clears = None, messages, self.clears + 1

    def exports(self) -> tuple[str, str] | None:
        """Write the conversation's Markdown and CSV exports; their paths, or None before any answer."""
        if not self.exchanges:
            return None
        if self.export_dir is None:
            self.export_dir = tempfile.mkdtemp(prefix="qa-bot-export-")
        md_path, csv_path = write_exports(self.exchanges, self.export_dir)
        return str(md_path), str(csv_path)

    def discard_exports(self) -> None:
        """Remove the export folder (when the session ends or starts over)."""
        if self.export_dir:
            shutil.rmtree(self.export_dir, ignore_errors=True)
            self.export_dir = None


def discard_session(session: Any) -> None:
    if isinstance(session, ChatSession):
        session.discard_exports()


def context_chips(context: ConversationContext | None) -> list[str]:
    """Plain labels of what a follow-up question would carry over (empty when nothing)."""
    if context is None or context.empty:
        return []
    chips: list[str] = []
    if context.speakers:
        chips.append(", ".join(context.speakers))
    if context.topic:
        chips.append(context.topic)
    dates = context.date_mention or date_range_label(context.date_from, context.date_to)
    if dates:
        chips.append(dates)
    if context.quoted:
        chips.append(f"{len(context.quoted)} quote{'s' if len(context.quoted) != 1 else ''} already shown")
    return chips


def filter_chips(filters: dict[str, Any]) -> list[str]:
    """Plain labels of the filters set in the UI (keyword arguments as :func:`ui_filters`)."""
    chips: list[str] = []
    if filters.get("speaker"):
        chips.append(f"speaker {filters['speaker']}")
    start, end = filters.get("date_from"), filters.get("date_to")
    if start and end:
        chips.append(f"{start} – {end}")
    elif start or end:
        chips.append(f"from {start}" if start else f"until {end}")
    if filters.get("transcripts"):
        chips.append("transcript " + ", ".join(filters["transcripts"]))
    return chips


def status_markdown(session: ChatSession, filters: dict[str, Any]) -> str:
    """The line under the chat: the active filters and the context the next question carries."""
    set_here = filter_chips(filters)
    carried = context_chips(session.context)
    lines = [
        "**Filters:** " + (" · ".join(one_line(c) for c in set_here) + f" ({FILTERS_NOTE})" if set_here else "none"),
        "**Context for the next question:** "
        + (" · ".join(one_line(c) for c in carried) if carried else "none, it starts fresh"),
    ]
    return "  \n".join(lines)


def answer_sources(answer: Answer) -> list[tuple[str, str, Focus]]:
    """``(label, transcript id, focus)`` for an answer's quotes, then its passages."""
    sources: list[tuple[str, str, Focus]] = []
    for n, c in enumerate(answer.citations if answer.found else [], start=1):
        sources.append((f"Quote {n}: {_source_label(c.speaker, c.date, c.title, c.turn_index)}",
                        c.transcript_id, Focus.of_citation(c)))  # fmt: skip
    for n, h in enumerate(answer.hits, start=1):
        sources.append((f"Passage {n}: {_source_label(h.speaker, h.date, h.title, h.turn_start)}",
                        h.transcript_id, Focus.of_hit(h)))  # fmt: skip
    return sources


def _source_label(speaker: str, date: dt.date | None, title: str, turn: int) -> str:
    title = " ".join(title.split())
    if len(title) > 60:
        title = title[:57].rstrip() + "…"
    when = f", {format_date(date)}" if date else ""
    return f"{' '.join(speaker.split())}{when} · {title} · turn {turn}"


def source_html(qa: Any, session: ChatSession, choice: str | None) -> str:
    """The viewer's HTML for source number ``choice`` of the shown answer (or the empty viewer)."""
    if session.shown is None or choice in (None, ""):
        return EMPTY_VIEWER
    sources = answer_sources(session.exchanges[session.shown][1])
    try:
        _, transcript_id, focus = sources[int(choice)]
        return transcript_html(qa.transcript(transcript_id), focus)
    except Exception:  # a transcript that cannot be shown must not break the answer
        logger.warning("cannot open source %r", choice, exc_info=True)
        return EMPTY_VIEWER
