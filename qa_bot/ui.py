"""Gradio chat UI over :class:`qa_bot.TranscriptQA`, plus markdown rendering of answers.

``answer_to_markdown`` is pure (no gradio import) so the CLI can reuse it.
Gradio is imported lazily inside ``build_demo``/``launch`` so that
``import qa_bot`` stays light.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import re
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

from qa_bot.errors import QABotError
from qa_bot.types import Answer, Citation, Hit

if TYPE_CHECKING:  # pragma: no cover - typing only
    import gradio as gr

logger = logging.getLogger(__name__)

__all__ = [
    "answer_to_markdown",
    "build_demo",
    "citation_line",
    "escape_markdown",
    "format_date",
    "launch",
    "make_chat_fn",
    "normalize_history",
]

API_NAME = "ask"
TITLE = "Transcript Q&A"
DESCRIPTION = (
    "Ask a question about the indexed transcripts. Every answer is a verbatim quote "
    "with its speaker, date and event; the passages it was found in are listed below it. "
    "Narrow the search with the filters (speaker, dates, transcript)."
)
EMPTY_QUESTION_REPLY = "Please type a question, for example *What did Lavrov say about the Open Skies Treaty?*"

_MONTHS = (
    "January", "February", "March", "April", "May", "June", "July",
    "August", "September", "October", "November", "December",
)  # fmt: skip

# Characters escaped with a backslash wherever they occur. '&', '<' and '>' become
# HTML entities instead (see escape_markdown). Together these defeat emphasis,
# code spans, links/images, raw HTML, autolinks (':' and '@'), tables,
# strikethrough and math.
_ALWAYS_ESCAPE = frozenset("\\`*_[]|~$:@#")
# Characters that are only active at the start of a line (lists, setext
# underlines, thematic breaks).
_LINE_START_ESCAPE = frozenset("-+=")
_ORDERED_LIST = re.compile(r"^(\d+)([.)])")
_WWW = re.compile(r"(www)\.", re.IGNORECASE)


# --------------------------------------------------------------------------- #
# Pure rendering
# --------------------------------------------------------------------------- #


def format_date(value: dt.date | None) -> str:
    """``18 June 2021`` (no leading zero, English month name); ``""`` for None."""
    if value is None:
        return ""
    return f"{value.day} {_MONTHS[value.month - 1]} {value.year}"


def _format_seconds(seconds: float) -> str:
    """``1:02:03`` or ``2:03`` for a position in a recording."""
    total = int(seconds)
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def _escape_line(line: str) -> str:
    out: list[str] = []
    for ch in line:
        if ch == "&":
            out.append("&amp;")
        elif ch == "<":
            out.append("&lt;")
        elif ch == ">":
            out.append("&gt;")
        elif ch in _ALWAYS_ESCAPE:
            out.append("\\" + ch)
        else:
            out.append(ch)
    text = "".join(out)
    text = _WWW.sub(r"\1\\.", text)
    if text[:1] in _LINE_START_ESCAPE:
        text = "\\" + text
    return _ORDERED_LIST.sub(r"\1\\\2", text)


def escape_markdown(text: str) -> str:
    """Make transcript text inert in markdown and HTML.

    HTML-special characters become entities and markdown-active characters are
    backslash-escaped, so markup inside a transcript renders as literal text:
    no links, images, scripts, headings, lists or emphasis. Leading indentation
    is dropped (it would start a code block); line breaks are kept.
    """
    return "\n".join(_escape_line(line.strip()) for line in text.splitlines())


def _one_line(text: str) -> str:
    """Escape ``text`` and collapse all whitespace so it fits on one markdown line."""
    return escape_markdown(" ".join(text.split()))


def _blockquote(text: str) -> str:
    """A markdown blockquote of escaped ``text``; blank lines stay inside the quote."""
    lines = escape_markdown(text).split("\n") or [""]
    # Drop leading/trailing blank lines, keep inner paragraph breaks.
    while lines and not lines[0]:
        lines.pop(0)
    while lines and not lines[-1]:
        lines.pop()
    return "\n".join(f"> {line}" if line else ">" for line in lines) or ">"


def citation_line(citation: Citation) -> str:
    """``— Speaker, 18 June 2021 · Title`` (date part omitted when unknown)."""
    who = _one_line(citation.speaker)
    date = format_date(citation.date)
    line = f"— {who}, {date}" if date else f"— {who}"
    if citation.title:
        line += f" · {_one_line(citation.title)}"
    if citation.start is not None:
        line += f" · at {_format_seconds(citation.start)}"
    return line


def _hit_markdown(position: int, hit: Hit, shown_title: str | None = None) -> str:
    """One passage: speaker, date, title (unless already shown above), score, text."""
    head = [f"**{_one_line(hit.speaker)}**"]
    date = format_date(hit.date)
    if date:
        head.append(date)
    if hit.title and hit.title != shown_title:
        head.append(_one_line(hit.title))
    if hit.start is not None:
        head.append(f"at {_format_seconds(hit.start)}")
    head.append(f"score {hit.score:.2f}")
    parts = [f"{position}\\. " + " · ".join(head)]
    if hit.context:
        parts.append(f"*Q: {_one_line(hit.context)}*")
    parts.append(_blockquote(hit.text))
    return "\n\n".join(parts)


def _flatten(mapping: dict[str, Any]) -> list[tuple[str, Any]]:
    """Key/value pairs of a (one level) nested dict, nested keys lifted up."""
    pairs: list[tuple[str, Any]] = []
    for key, value in mapping.items():
        if isinstance(value, dict):
            pairs.extend(_flatten(value))
        else:
            pairs.append((str(key), value))
    return pairs


def _interpreted_line(interpreted: dict[str, Any]) -> str:
    """``*Search used:* query = …; speakers = …`` from ``Answer.interpreted``."""
    items = [
        f"{_one_line(key)} = {_one_line(_plain(value))}"
        for key, value in _flatten(interpreted)
        if value not in (None, "", [], {}, ())
    ]
    return f"*Search used:* {'; '.join(items)}" if items else ""


def _plain(value: Any) -> str:
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return ", ".join(_plain(v) for v in value)
    return str(value)


def _passages_section(label: str, hits: list[Hit], interpreted: dict[str, Any], shown_title: str | None = None) -> str:
    body = [_hit_markdown(i, hit, shown_title) for i, hit in enumerate(hits, start=1)]
    extra = _interpreted_line(interpreted)
    if extra:
        body.append(extra)
    # Blank lines around the body let markdown render inside the HTML block.
    return f"<details><summary>{label} ({len(hits)})</summary>\n\n" + "\n\n".join(body) + "\n\n</details>"


def answer_to_markdown(answer: Answer) -> str:
    """Render an :class:`~qa_bot.types.Answer` as chat markdown.

    Found: for each citation, the question it replies to (italic ``Q: …``) if
    any, the quote as a blockquote and a citation line
    ``— Speaker, 18 June 2021 · Title``. Not found: the not-found message.
    Either way the supporting (or nearest) passages follow in a collapsible
    ``<details>`` section. All transcript text is escaped and renders inert.
    """
    blocks: list[str] = []
    shown_title: str | None = None  # elided from the passages when already shown above
    if answer.found:
        citations = list(answer.citations)
        if len({c.title for c in citations}) == 1:
            shown_title = citations[0].title
        if citations:
            previous_context: str | None = None
            for citation in citations:
                if citation.context and citation.context != previous_context:
                    blocks.append(f"*Q: {_one_line(citation.context)}*")
                previous_context = citation.context
                blocks.append(_blockquote(citation.quote))
                blocks.append(citation_line(citation))
        else:
            blocks.append(_blockquote(answer.text))
        label = "Supporting passages"
    else:
        blocks.append(escape_markdown(answer.text or "No answer found in the transcripts."))
        label = "Nearest passages"
    if answer.hits:
        blocks.append(_passages_section(label, list(answer.hits), answer.interpreted or {}, shown_title))
    return "\n\n".join(blocks)


# --------------------------------------------------------------------------- #
# Chat function (no gradio needed; testable with a fake QA object)
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
    if isinstance(value, str) and not value.strip():
        return None
    return value.strip() if isinstance(value, str) else value


def make_chat_fn(qa: Any) -> Callable[..., str]:
    """The chat function: ``(message, history, *filters) -> answer markdown``.

    Filters: speaker, date_from, date_to (``YYYY-MM-DD``) and transcript id; blank
    values mean "no filter". Errors from ``qa.ask`` become a chat message.
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
        question = (message or "").strip() if isinstance(message, str) else ""
        if not question:
            return EMPTY_QUESTION_REPLY
        transcript_id = _blank_to_none(transcript)
        filters = {
            "speaker": _blank_to_none(speaker),
            "date_from": _blank_to_none(date_from),
            "date_to": _blank_to_none(date_to),
            "transcripts": [transcript_id] if transcript_id else None,
        }
        logger.info("question %r filters %s", question, filters)
        try:
            reload = getattr(qa, "reload_if_changed", None)
            if reload is not None:
                reload()  # a rebuild of the index is picked up without restarting the server
            answer = qa.ask(question, history=normalize_history(history), **filters)
        except Exception as exc:  # shown in the chat, never as a traceback
            if isinstance(exc, QABotError):
                logger.info("user error: %s", exc)
                return f"⚠️ {_one_line(str(exc))}"
            logger.exception("qa.ask failed")
            detail = _one_line(f"{type(exc).__name__}: {exc}")
            return f"⚠️ Sorry, something went wrong: {detail}"
        return answer_to_markdown(answer)

    return ask


# --------------------------------------------------------------------------- #
# Gradio
# --------------------------------------------------------------------------- #


def _import_gradio() -> Any:
    """Import gradio with analytics switched off (the env var must be set first)."""
    os.environ["GRADIO_ANALYTICS_ENABLED"] = "False"
    import gradio

    return gradio


def _safe_call(fn: Callable[[], Any], what: str, default: Any) -> Any:
    try:
        return fn()
    except Exception:
        logger.warning("could not load %s for the UI", what, exc_info=True)
        return default


def _transcript_label(title: str, date: dt.date | None, transcript_id: str) -> str:
    label = " ".join((title or transcript_id).split())
    if len(label) > 90:
        label = label[:87].rstrip() + "…"
    return f"{label} ({format_date(date)})" if date else label


def _speaker_counts(qa: Any) -> list[tuple[str, int | None]]:
    """``(speaker, turns)`` from the index, most turns first; counts are None when ``qa`` has no store."""
    store = getattr(qa, "store", None)
    if store is not None and hasattr(store, "speaker_counts"):
        return [(name, int(n)) for name, n in store.speaker_counts()]
    return [(name, None) for name in qa.speakers()]


def build_demo(qa: Any) -> gr.Blocks:
    """A chat UI over ``qa``: filters, example questions and a public ``/ask`` API endpoint.

    Uses ``gr.ChatInterface`` inside ``gr.Blocks``: ChatInterface supplies the chat
    loop, retry/undo, examples and a named API endpoint (``api_name="ask"``) that
    takes the question plus the filter inputs (all optional) and returns the
    answer markdown; the surrounding Blocks puts a header and the filters above it.
    """
    gr = _import_gradio()

    speakers: list[tuple[str, int | None]] = _safe_call(lambda: _speaker_counts(qa), "speakers", [])
    transcripts = _safe_call(qa.transcript_list, "transcript list", [])
    examples: list[str] = _safe_call(lambda: qa.example_questions(n=4), "example questions", [])

    speaker_choices: list[tuple[str, str]] = [("Any speaker", "")]
    speaker_choices += [(f"{name} ({n})" if n is not None else name, name) for name, n in speakers]
    transcript_choices: list[tuple[str, str]] = [("Any transcript", "")]
    transcript_choices += [(_transcript_label(t, d, i), i) for i, t, d in transcripts]

    with gr.Blocks(title="qa-bot · " + TITLE, fill_height=True, analytics_enabled=False) as demo:
        gr.Markdown(f"# {TITLE}\n\n{DESCRIPTION}")
        with gr.Row():
            speaker = gr.Dropdown(
                choices=speaker_choices,
                value="",
                label="Speaker",
                allow_custom_value=True,
                filterable=True,
                elem_id="speaker",
                scale=2,
            )
            date_from = gr.DateTime(
                include_time=False, type="string", label="From", elem_id="date-from", scale=1, min_width=220
            )
            date_to = gr.DateTime(
                include_time=False, type="string", label="To", elem_id="date-to", scale=1, min_width=220
            )
            transcript = gr.Dropdown(
                choices=transcript_choices,
                value="",
                label="Transcript",
                filterable=True,
                elem_id="transcript",
                scale=3,
            )
        chatbot = gr.Chatbot(
            label="Answers",
            scale=1,
            height=520,
            buttons=["copy"],
            render_markdown=True,
            sanitize_html=True,
            allow_tags=False,
            latex_delimiters=[],
            placeholder="Answers are verbatim quotes from the transcripts, with their source.",
        )
        textbox = gr.Textbox(
            placeholder="Ask about the transcripts…",
            show_label=False,
            scale=7,
            autofocus=True,
            submit_btn=True,
        )
        gr.ChatInterface(
            fn=make_chat_fn(qa),
            chatbot=chatbot,
            textbox=textbox,
            additional_inputs=[speaker, date_from, date_to, transcript],
            examples=[[q] for q in examples] or None,
            run_examples_on_click=True,
            cache_examples=False,
            api_name=API_NAME,
            api_description=(
                "Ask a question about the transcripts. Returns markdown: the verbatim "
                "quote, its citation (speaker, date, title) and the supporting passages. "
                "Filters (speaker, date_from, date_to as YYYY-MM-DD, transcript id) are optional."
            ),
            api_visibility="public",
            analytics_enabled=False,
            fill_height=True,
        )
    return demo


def default_theme() -> Any:
    """Default theme with packaged fonts at 400/700 (the packaged SemiBold files are stubs)."""
    gr = _import_gradio()
    return gr.themes.Default(
        font=(
            gr.themes.LocalFont("Source Sans Pro", weights=(400, 700)),
            "ui-sans-serif",
            "system-ui",
            "sans-serif",
        ),
        font_mono=(
            gr.themes.LocalFont("IBM Plex Mono", weights=(400, 700)),
            "ui-monospace",
            "monospace",
        ),
    )


CSS = """
details > summary { cursor: pointer; }
#date-from input, #date-to input { min-width: 0; width: 100%; }
"""


def launch(qa: Any, host: str = "127.0.0.1", port: int = 7860, **kwargs: Any) -> gr.Blocks:
    """Build the demo and serve it on ``host:port`` (localhost by default); returns the demo.

    Extra keyword arguments go to ``Blocks.launch`` (e.g. ``prevent_thread_lock=True``).
    """
    demo = build_demo(qa)
    kwargs.setdefault("theme", default_theme())
    kwargs.setdefault("css", CSS)
    kwargs.setdefault("share", False)
    logger.info("serving on http://%s:%s", host, port)
    demo.launch(server_name=host, server_port=port, **kwargs)
    return demo
