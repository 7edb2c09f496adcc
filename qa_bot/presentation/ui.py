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
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from qa_bot.config import MAX_QUESTION_CHARS, quiet_libraries
from qa_bot.presentation.chat import (
    SHOWN_QUESTION_CHARS,
    ChatSession,
    answer_sources,
    ask_question,
    discard_session,
    make_chat_fn,
    source_html,
    status_markdown,
    ui_filters,
)
from qa_bot.presentation.timeline import timeline
from qa_bot.presentation.viewer import EMPTY_VIEWER
from qa_bot.text import format_date

if TYPE_CHECKING:  # pragma: no cover - typing only
    import gradio as gr

logger = logging.getLogger(__name__)

__all__ = ["TITLE", "build_demo", "import_gradio"]

API_NAME = "ask"
TITLE = "Transcript Q&A"
DESCRIPTION = (
    "Ask a question about the indexed transcripts. Every answer is a verbatim quote "
    "with its speaker, date and event; pick a source on the right to read it in its transcript. "
    "Follow-up questions (*What else did he say about it?*, *And in 2022?*) build on the earlier ones."
)


# --------------------------------------------------------------------------- #
# Gradio
# --------------------------------------------------------------------------- #


def import_gradio() -> Any:
    """Import gradio with analytics switched off (the env var must be set first)."""
    quiet_libraries()
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
    gr = import_gradio()
    handlers = _ChatHandlers(qa, gr)
    with gr.Blocks(title="qa-bot · " + TITLE, fill_height=True, analytics_enabled=False) as demo:
        page = _layout(gr, qa)
        _wire(gr, page, handlers)
        gr.api(_api_ask(qa), api_name=API_NAME, api_visibility="public")
    return demo


@dataclass
class _Page:
    """The page's components that the event handlers read and write."""

    session: Any
    pending: Any
    widgets: list[Any]  # the filters: speaker, from, to, transcript
    chatbot: Any
    textbox: Any
    status: Any
    clear: Any
    plot: Any
    sources: Any
    viewer: Any
    md_button: Any
    csv_button: Any

    @property
    def answer_outputs(self) -> list[Any]:
        """What a new answer updates."""
        return [self.chatbot, self.session, self.status, *self.shown_outputs]

    @property
    def shown_outputs(self) -> list[Any]:
        """What showing an answer updates: its sources, the viewer, the timeline and the exports."""
        return [self.sources, self.viewer, self.plot, self.md_button, self.csv_button]


def _filter_choices(qa: Any) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """The speaker and transcript dropdowns' choices, "any" first."""
    speakers: list[tuple[str, int | None]] = _safe_call(lambda: _speaker_counts(qa), "speakers", [])
    transcripts = _safe_call(qa.transcript_list, "transcript list", [])
    speaker_choices: list[tuple[str, str]] = [("Any speaker", "")]
    speaker_choices += [(f"{name} ({n})" if n is not None else name, name) for name, n in speakers]
    transcript_choices: list[tuple[str, str]] = [("Any transcript", "")]
    transcript_choices += [(_transcript_label(t, d, i), i) for i, t, d in transcripts]
    return speaker_choices, transcript_choices


def _layout(gr: Any, qa: Any) -> _Page:
    """Lay out the page inside the current ``gr.Blocks``: filters on top, chat and timeline, sources and viewer."""
    speaker_choices, transcript_choices = _filter_choices(qa)
    examples: list[str] = _safe_call(lambda: qa.example_questions(n=4), "example questions", [])
    empty_plot = timeline([])
    session = gr.State(ChatSession(), delete_callback=discard_session)
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
        date_to = gr.DateTime(include_time=False, type="string", label="To", elem_id="date-to", scale=1, min_width=220)
        transcript = gr.Dropdown(
            choices=transcript_choices, value="", label="Transcript", filterable=True,
            elem_id="transcript", scale=3,
        )  # fmt: skip
    with gr.Row():
        with gr.Column(scale=3):
            chatbot = gr.Chatbot(
                label="Answers", show_label=False, elem_id="chat", height=560, buttons=["copy", "copy_all"],
                render_markdown=True, sanitize_html=True, allow_tags=False, latex_delimiters=[],
                placeholder="Answers are verbatim quotes from the transcripts, with their source.",
                examples=[{"text": q} for q in examples] or None,
            )  # fmt: skip
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
    return _Page(session, pending, [speaker, date_from, date_to, transcript], chatbot, textbox, status, clear,
                 plot, sources, viewer, md_button, csv_button)


def _wire(gr: Any, page: _Page, handlers: "_ChatHandlers") -> None:
    """Connect the page's events to the handlers.

    Gradio passes event data to a handler whose parameter is annotated
    ``gr.SelectData`` at run time, so the two select handlers are wrapped here,
    where gradio is imported.
    """
    def take_example(history: list[Any], evt: gr.SelectData) -> tuple[list[Any], str]:
        return handlers.take_example(history, evt)

    def pick_message(session: ChatSession, history: list[Any], evt: gr.SelectData) -> tuple[Any, ...]:
        return handlers.pick_message(session, history, evt)

    def then_plot_and_scroll(event: Any) -> None:
        event.then(handlers.plot_axes, page.session, page.plot, queue=False).then(None, js=SCROLL_TO_FOCUS_JS)

    session, chatbot, widgets = page.session, page.chatbot, page.widgets
    for trigger in (
        page.textbox.submit(handlers.take_question, [page.textbox, chatbot], [page.textbox, chatbot, page.pending],
                            queue=False),
        chatbot.example_select(take_example, [chatbot], [chatbot, page.pending], queue=False),
    ):  # fmt: skip
        then_plot_and_scroll(trigger.then(
            handlers.respond, [page.pending, chatbot, session, *widgets], page.answer_outputs,
            show_progress="minimal",
        ))  # fmt: skip
    page.sources.input(handlers.source, [session, page.sources], page.viewer).then(None, js=SCROLL_TO_FOCUS_JS)
    then_plot_and_scroll(chatbot.select(pick_message, [session, chatbot], [session, *page.shown_outputs]))
    page.clear.click(handlers.clear_context, [session, chatbot, *widgets], [session, page.status], queue=False)
    then_plot_and_scroll(chatbot.clear(handlers.new_chat, [session, *widgets], page.answer_outputs))
    for widget in widgets:
        widget.change(handlers.show_status, [session, *widgets], page.status, queue=False)


class _ChatHandlers:
    """The page's event handlers over ``qa``: each takes the session and widgets and returns the updates."""

    def __init__(self, qa: Any, gr: Any) -> None:
        self.qa = qa
        self.gr = gr

    def take_question(self, message: str, history: list[Any]) -> tuple[str, list[Any], str]:
        """Show the question in the chat at once; the answer follows."""
        question = message.strip() if isinstance(message, str) else ""
        if question:
            shown = question if len(question) <= SHOWN_QUESTION_CHARS else question[:SHOWN_QUESTION_CHARS] + "…"
            history = [*history, {"role": "user", "content": shown}]
        return "", history, question

    def take_example(self, history: list[Any], evt: Any) -> tuple[list[Any], str]:
        """An example question clicked: asked like a typed one."""
        value = evt.value if isinstance(evt.value, dict) else {}
        return self.take_question(str(value.get("text", "")), history)[1:]

    def respond(self, question: str, history: list[Any], session: ChatSession, *widgets: Any) -> tuple[Any, ...]:
        filters = ui_filters(*widgets)
        earlier = (history[:-1] if question else history)[session.fresh_from :]
        clears = session.clears
        answer, reply = ask_question(self.qa, question, earlier, filters, session.context)
        session.record(question, answer, clears)
        history = [*history, {"role": "assistant", "content": reply}]
        return (history, session, status_markdown(session, filters), *self.shown_answer(session, answer is not None))

    def shown_answer(self, session: ChatSession, changed: bool = True) -> tuple[Any, ...]:
        """Sources, viewer (open at the best source), timeline and exports of the shown answer."""
        gr = self.gr
        if not changed:
            return (gr.skip(),) * 5
        answer = session.exchanges[session.shown][1] if session.shown is not None else None
        sources = answer_sources(answer) if answer else []
        choices = [(label, str(i)) for i, (label, _, _) in enumerate(sources)]
        first = "0" if choices else None
        paths = session.exports()
        return (
            gr.Radio(choices=choices, value=first),
            source_html(self.qa, session, first),
            gr.ScatterPlot(value=self.shown_timeline(session).frame),
            gr.DownloadButton(value=paths[0] if paths else None, interactive=bool(paths)),
            gr.DownloadButton(value=paths[1] if paths else None, interactive=bool(paths)),
        )

    def source(self, session: ChatSession, choice: str | None) -> str:
        """The viewer at the picked source."""
        return source_html(self.qa, session, choice)

    def shown_timeline(self, session: ChatSession) -> Any:
        return timeline(session.exchanges[session.shown][1].hits if session.shown is not None else [])

    def plot_axes(self, session: ChatSession) -> Any:
        """The timeline's axes and caption, sent after its data: the plot rebuilds its chart
        (colour legend, axis types) only when these change, from the data it holds then."""
        plot = self.shown_timeline(session)
        caption = f"Answer {session.shown + 1}: {plot.caption}" if session.shown is not None else plot.caption
        return self.gr.ScatterPlot(x=plot.x, x_title=plot.x_title, x_lim=plot.x_lim, y_lim=plot.y_lim,
                                   caption=caption)

    def pick_message(self, session: ChatSession, history: list[Any], evt: Any) -> tuple[Any, ...]:
        """Clicking an earlier answer in the chat lists that answer's sources."""
        index = evt.index if isinstance(evt.index, int) else None
        if index is None or index >= len(history) or history[index].get("role") != "assistant":
            return (session, *self.shown_answer(session, changed=False))
        nth = sum(1 for m in history[:index] if m.get("role") == "assistant")
        exchange = session.replies[nth] if nth < len(session.replies) else None
        if exchange is None or exchange == session.shown:
            return (session, *self.shown_answer(session, changed=False))
        session.shown = exchange
        return (session, *self.shown_answer(session))

    def clear_context(self, session: ChatSession, history: list[Any], *widgets: Any) -> tuple[ChatSession, str]:
        session.clear(len(history))
        return session, status_markdown(session, ui_filters(*widgets))

    def new_chat(self, session: ChatSession, *widgets: Any) -> tuple[Any, ...]:
        session.discard_exports()
        fresh = ChatSession()
        return ([], fresh, status_markdown(fresh, ui_filters(*widgets)), *self.shown_answer(fresh))

    def show_status(self, session: ChatSession, *widgets: Any) -> str:
        return status_markdown(session, ui_filters(*widgets))


def _api_ask(qa: Any) -> Any:
    """The function behind the public ``/ask`` endpoint (gradio reads its signature and docstring)."""
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

    return ask
