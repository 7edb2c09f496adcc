"""Gradio chat UI over :class:`qa_bot.TranscriptQA`.

The page: filters (speaker, dates, transcript) above a chat whose answers are
verbatim quotes; under the chat, how the next question will be read (filters
set here, context carried from earlier answers, a "Clear context" button) and
a timeline of the matching passages; beside it, the sources of the latest
answer, a transcript viewer and the conversation's Markdown/CSV exports.
A public ``/ask`` API endpoint answers one question, statelessly.

Rendering lives in pure modules (:mod:`qa_bot.presentation.render`, :mod:`qa_bot.presentation.viewer`,
:mod:`qa_bot.presentation.timeline`, :mod:`qa_bot.presentation.export`); this module wires them to
gradio, which is imported lazily so that ``import qa_bot`` stays light. (No
``from __future__ import annotations`` here: gradio reads the ``gr.SelectData``
hints of the event handlers at runtime.)
"""

import datetime as dt
import logging
import os
import shutil
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from qa_bot.errors import QABotError
from qa_bot.pipeline.qa import MAX_QUESTION_CHARS
from qa_bot.presentation.export import write_exports
from qa_bot.presentation.render import (
    answer_to_markdown,
    citation_line,
    escape_markdown,
    format_date,
    interpretation_chips,
    one_line,
)
from qa_bot.presentation.timeline import timeline
from qa_bot.presentation.viewer import EMPTY_VIEWER, VIEWER_CSS, Focus, transcript_html
from qa_bot.question.followup import date_range_label
from qa_bot.types import Answer, ConversationContext

if TYPE_CHECKING:  # pragma: no cover - typing only
    import gradio as gr

logger = logging.getLogger(__name__)

__all__ = [
    "ChatSession",
    "answer_sources",
    "answer_to_markdown",
    "ask_question",
    "build_demo",
    "build_setup_demo",
    "citation_line",
    "context_chips",
    "escape_markdown",
    "filter_chips",
    "format_date",
    "interpretation_chips",
    "launch",
    "launch_setup_page",
    "make_chat_fn",
    "normalize_history",
    "status_markdown",
    "ui_filters",
]

API_NAME = "ask"
TITLE = "Transcript Q&A"
DESCRIPTION = (
    "Ask a question about the indexed transcripts. Every answer is a verbatim quote "
    "with its speaker, date and event; pick a source on the right to read it in its transcript. "
    "Follow-up questions (*What else did he say about it?*, *And in 2022?*) build on the earlier ones."
)
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


def _discard_session(session: Any) -> None:
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


# Scrolls the viewer panel so that the quoted words (in a long turn) or else the
# highlighted turn sit in its upper third.
# gr.HTML does not run scripts inside its value, so this runs as an event's js=.
SCROLL_TO_FOCUS_JS = """
() => {
  const scroll = () => {
    const turn = document.getElementById('qa-focus');
    const el = (turn && turn.querySelector('mark.qa-quote')) || turn;
    const box = el && el.closest('.qa-viewer');
    if (box) box.scrollTop += el.getBoundingClientRect().top - box.getBoundingClientRect().top - box.clientHeight / 3;
  };
  setTimeout(scroll, 150);
  setTimeout(scroll, 600);
}
"""


def build_demo(qa: Any) -> "gr.Blocks":
    """The chat page over ``qa`` and its public, stateless ``/ask`` API endpoint.

    A plain ``gr.Blocks`` chat loop rather than ``gr.ChatInterface``: each
    answer also updates the sources, viewer, timeline, exports and the
    per-session :class:`ChatSession` (carried context), which ChatInterface
    has no outputs for. ``/ask`` is a ``gr.api`` endpoint taking the
    question plus optional filters.
    """
    gr = _import_gradio()

    speakers: list[tuple[str, int | None]] = _safe_call(lambda: _speaker_counts(qa), "speakers", [])
    transcripts = _safe_call(qa.transcript_list, "transcript list", [])
    examples: list[str] = _safe_call(lambda: qa.example_questions(n=4), "example questions", [])

    speaker_choices: list[tuple[str, str]] = [("Any speaker", "")]
    speaker_choices += [(f"{name} ({n})" if n is not None else name, name) for name, n in speakers]
    transcript_choices: list[tuple[str, str]] = [("Any transcript", "")]
    transcript_choices += [(_transcript_label(t, d, i), i) for i, t, d in transcripts]

    def take_question(message: str, history: list[Any]) -> tuple[str, list[Any], str]:
        """Show the question in the chat at once; the answer follows."""
        question = message.strip() if isinstance(message, str) else ""
        if question:
            shown = question if len(question) <= SHOWN_QUESTION_CHARS else question[:SHOWN_QUESTION_CHARS] + "…"
            history = [*history, {"role": "user", "content": shown}]
        return "", history, question

    def take_example(history: list[Any], evt: gr.SelectData) -> tuple[list[Any], str]:
        value = evt.value if isinstance(evt.value, dict) else {}
        return take_question(str(value.get("text", "")), history)[1:]

    def respond(question: str, history: list[Any], session: ChatSession, *widgets: Any) -> tuple[Any, ...]:
        filters = ui_filters(*widgets)
        earlier = (history[:-1] if question else history)[session.fresh_from :]
        clears = session.clears
        answer, reply = ask_question(qa, question, earlier, filters, session.context)
        session.record(question, answer, clears)
        history = [*history, {"role": "assistant", "content": reply}]
        return (history, session, status_markdown(session, filters), *shown_answer(session, answer is not None))

    def shown_answer(session: ChatSession, changed: bool = True) -> tuple[Any, ...]:
        """Sources, viewer (open at the best source), timeline and exports of the shown answer."""
        if not changed:
            return (gr.skip(),) * 5
        answer = session.exchanges[session.shown][1] if session.shown is not None else None
        sources = answer_sources(answer) if answer else []
        choices = [(label, str(i)) for i, (label, _, _) in enumerate(sources)]
        first = "0" if choices else None
        paths = session.exports()
        return (
            gr.Radio(choices=choices, value=first),
            source_html(qa, session, first),
            gr.ScatterPlot(value=shown_timeline(session).frame),
            gr.DownloadButton(value=paths[0] if paths else None, interactive=bool(paths)),
            gr.DownloadButton(value=paths[1] if paths else None, interactive=bool(paths)),
        )

    def shown_timeline(session: ChatSession) -> Any:
        return timeline(session.exchanges[session.shown][1].hits if session.shown is not None else [])

    def plot_axes(session: ChatSession) -> Any:
        """The timeline's axes and caption, sent after its data: the plot rebuilds its chart
        (colour legend, axis types) only when these change, from the data it holds then."""
        plot = shown_timeline(session)
        caption = f"Answer {session.shown + 1}: {plot.caption}" if session.shown is not None else plot.caption
        return gr.ScatterPlot(x=plot.x, x_title=plot.x_title, x_lim=plot.x_lim, y_lim=plot.y_lim, caption=caption)

    def pick_message(session: ChatSession, history: list[Any], evt: gr.SelectData) -> tuple[Any, ...]:
        """Clicking an earlier answer in the chat lists that answer's sources."""
        index = evt.index if isinstance(evt.index, int) else None
        if index is None or index >= len(history) or history[index].get("role") != "assistant":
            return (session, *shown_answer(session, changed=False))
        nth = sum(1 for m in history[:index] if m.get("role") == "assistant")
        exchange = session.replies[nth] if nth < len(session.replies) else None
        if exchange is None or exchange == session.shown:
            return (session, *shown_answer(session, changed=False))
        session.shown = exchange
        return (session, *shown_answer(session))

    def clear_context(session: ChatSession, history: list[Any], *widgets: Any) -> tuple[ChatSession, str]:
        session.clear(len(history))
        return session, status_markdown(session, ui_filters(*widgets))

    def new_chat(session: ChatSession, *widgets: Any) -> tuple[Any, ...]:
        session.discard_exports()
        fresh = ChatSession()
        return ([], fresh, status_markdown(fresh, ui_filters(*widgets)), *shown_answer(fresh))

    def show_status(session: ChatSession, *widgets: Any) -> str:
        return status_markdown(session, ui_filters(*widgets))

    empty_plot = timeline([])
    with gr.Blocks(title="qa-bot · " + TITLE, fill_height=True, analytics_enabled=False) as demo:
        session = gr.State(ChatSession(), delete_callback=_discard_session)
        pending = gr.State("")
        gr.Markdown(f"# {TITLE}\n\n{DESCRIPTION}")
        with gr.Row(equal_height=True):
            speaker = gr.Dropdown(
                choices=speaker_choices, value="", label="Speaker", allow_custom_value=True,
                filterable=True, elem_id="speaker", scale=2,
            )  # fmt: skip
            date_from = gr.DateTime(
                include_time=False, type="string", label="From", elem_id="date-from", scale=1, min_width=220
            )
            date_to = gr.DateTime(
                include_time=False, type="string", label="To", elem_id="date-to", scale=1, min_width=220
            )
            transcript = gr.Dropdown(
                choices=transcript_choices, value="", label="Transcript", filterable=True,
                elem_id="transcript", scale=3,
            )  # fmt: skip
        widgets = [speaker, date_from, date_to, transcript]
        with gr.Row():
            with gr.Column(scale=3):
                chatbot = gr.Chatbot(
                    label="Answers",
                    show_label=False,
                    elem_id="chat",
                    height=560,
                    buttons=["copy", "copy_all"],
                    render_markdown=True,
                    sanitize_html=True,
                    allow_tags=False,
                    latex_delimiters=[],
                    placeholder="Answers are verbatim quotes from the transcripts, with their source.",
                    examples=[{"text": q} for q in examples] or None,
                )
                textbox = gr.Textbox(
                    placeholder="Ask about the transcripts…", show_label=False, autofocus=True,
                    submit_btn=True, elem_id="question", max_length=MAX_QUESTION_CHARS * 5,
                )  # fmt: skip
                with gr.Row():
                    status = gr.Markdown(status_markdown(ChatSession(), ui_filters()), elem_id="qa-status")
                    clear = gr.Button("Clear context", size="sm", scale=0, min_width=130, elem_id="clear-context")
                plot = gr.ScatterPlot(
                    value=empty_plot.frame, x=empty_plot.x, y="relevance", color="speaker", color_title="Speaker",
                    label="Timeline: when and by whom the matching passages were said",
                    tooltip=["speaker", "date", "title", "turn", "excerpt"], x_title=empty_plot.x_title,
                    y_title="Similarity to the question", caption=empty_plot.caption, elem_id="timeline",
                )  # fmt: skip
            with gr.Column(scale=2):
                sources = gr.Radio(choices=[], label="Sources of the answer", elem_id="qa-sources")
                viewer = gr.HTML(EMPTY_VIEWER, elem_id="qa-viewer", js_on_load=None)
                with gr.Row():
                    md_button = gr.DownloadButton(
                        "Download conversation (Markdown)", interactive=False, size="sm", elem_id="export-md"
                    )
                    csv_button = gr.DownloadButton(
                        "Download conversation (CSV)", interactive=False, size="sm", elem_id="export-csv"
                    )

        def then_plot_and_scroll(event: Any) -> None:
            event.then(plot_axes, session, plot, queue=False).then(None, js=SCROLL_TO_FOCUS_JS)

        answer_outputs = [chatbot, session, status, sources, viewer, plot, md_button, csv_button]
        for trigger in (textbox.submit(take_question, [textbox, chatbot], [textbox, chatbot, pending], queue=False),
                        chatbot.example_select(take_example, [chatbot], [chatbot, pending], queue=False)):  # fmt: skip
            then_plot_and_scroll(
                trigger.then(respond, [pending, chatbot, session, *widgets], answer_outputs, show_progress="minimal")
            )
        sources.input(lambda s, c: source_html(qa, s, c), [session, sources], viewer).then(None, js=SCROLL_TO_FOCUS_JS)
        then_plot_and_scroll(
            chatbot.select(pick_message, [session, chatbot], [session, sources, viewer, plot, md_button, csv_button])
        )
        clear.click(clear_context, [session, chatbot, *widgets], [session, status], queue=False)
        then_plot_and_scroll(chatbot.clear(new_chat, [session, *widgets], answer_outputs))
        for widget in widgets:
            widget.change(show_status, [session, *widgets], status, queue=False)

        chat = make_chat_fn(qa)

        def ask(
            message: str,
            speaker: str | None = None,
            date_from: str | None = None,
            date_to: str | None = None,
            transcript: str | None = None,
        ) -> str:
            """Ask a question about the transcripts. Returns markdown: the verbatim quote, its
            citation (speaker, date, title) and the supporting passages. Filters (speaker,
            date_from, date_to as YYYY-MM-DD, transcript id) are optional."""
            return chat(message, None, speaker, date_from, date_to, transcript)

        gr.api(ask, api_name=API_NAME, api_visibility="public")
    return demo


def build_setup_demo(index_dir: str, problem: str) -> "gr.Blocks":
    """A page for when there is no usable index: what is wrong and how to build one."""
    gr = _import_gradio()
    text = (
        f"# {TITLE}: no index to answer from yet\n\n"
        f"The chat needs an index of your transcripts at `{index_dir.replace('`', '')}`.\n\n"
        f"**What happened:** {one_line(problem)}\n\n"
        "**Build one**, then restart the server:\n\n"
        "```\n"
        f"qa-bot index path/to/transcripts/ --index {index_dir}\n"
        "```\n\n"
        "or, in a checkout of the qa-bot repository, `make index` for the bundled sample (then `make run`). "
        "Supported files: plain-text transcripts, SRT and WebVTT subtitles, JSON, CSV/TSV and Markdown."
    )
    with gr.Blocks(title="qa-bot · no index", analytics_enabled=False) as demo:
        gr.Markdown(text, elem_id="setup")
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


CSS = (
    """
details > summary { cursor: pointer; }
#date-from input, #date-to input { min-width: 0; width: 100%; }
#qa-status { font-size: var(--text-sm); }
#qa-sources .wrap { max-height: 220px; overflow-y: auto; }
"""
    + VIEWER_CSS
)


def _serve(demo: "gr.Blocks", host: str, port: int, kwargs: dict[str, Any]) -> "gr.Blocks":
    kwargs.setdefault("theme", default_theme())
    kwargs.setdefault("css", CSS)
    kwargs.setdefault("share", False)
    logger.info("serving on http://%s:%s", host, port)
    demo.launch(server_name=host, server_port=port, **kwargs)
    return demo


def launch(qa: Any, host: str = "127.0.0.1", port: int = 7860, **kwargs: Any) -> "gr.Blocks":
    """Build the demo and serve it on ``host:port`` (localhost by default); returns the demo.

    Extra keyword arguments go to ``Blocks.launch`` (e.g. ``prevent_thread_lock=True``).
    """
    return _serve(build_demo(qa), host, port, kwargs)


def launch_setup_page(index_dir: str, problem: str, host: str = "127.0.0.1", port: int = 7860, **kwargs: Any) -> Any:
    """Serve :func:`build_setup_demo` (no index yet) instead of failing with a traceback."""
    return _serve(build_setup_demo(index_dir, problem), host, port, kwargs)

