"""A whole transcript as HTML, with the cited turn highlighted and the quote marked.

Pure (no gradio): the web UI shows the result in a ``gr.HTML`` panel and
scrolls the element with id :data:`FOCUS_ID` into view within the
``.qa-viewer`` box (which scrolls, under a sticky header). Every piece of
transcript text is HTML-escaped, so markup inside a transcript is shown as
text and never runs.
"""

from __future__ import annotations

import html
from dataclasses import dataclass

from qa_bot.presentation.render import format_date, format_seconds
from qa_bot.types import Citation, Hit, Transcript, Turn

__all__ = ["EMPTY_VIEWER", "FOCUS_ID", "MAX_TURNS", "VIEWER_CSS", "Focus", "transcript_html"]

FOCUS_ID = "qa-focus"
MAX_TURNS = 1500  # a longer transcript is shown as a window of turns around the focus
EMPTY_VIEWER = (
    '<div class="qa-viewer qa-viewer-empty">Pick a source of an answer to read it in its whole transcript.</div>'
)


@dataclass(frozen=True)
class Focus:
    """What to highlight: turns ``turn_start..turn_end`` and, within a single turn, characters."""

    speaker: str
    turn_start: int
    turn_end: int
    char_start: int = 0
    char_end: int = 0

    @classmethod
    def of_citation(cls, citation: Citation) -> Focus:
        """The cited turn, with the quoted characters."""
        return cls(citation.speaker, citation.turn_index, citation.turn_index, citation.char_start, citation.char_end)

    @classmethod
    def of_hit(cls, hit: Hit) -> Focus:
        """The passage's turns; its characters when it lies within one turn."""
        return cls(hit.speaker, hit.turn_start, hit.turn_end, hit.char_start, hit.char_end)

    def marks(self, turn: Turn) -> tuple[int, int] | None:
        """The character span to mark inside ``turn``, or None."""
        if self.turn_start != self.turn_end or turn.index != self.turn_start:
            return None
        start, end = max(0, self.char_start), min(len(turn.text), self.char_end)
        return (start, end) if end > start else None


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def _turn_html(turn: Turn, focus: Focus | None, first_focus: bool) -> str:
    focused = focus is not None and focus.turn_start <= turn.index <= focus.turn_end
    span = focus.marks(turn) if focus is not None else None
    if span is None:
        text = _e(turn.text)
    else:
        start, end = span
        text = f'{_e(turn.text[:start])}<mark class="qa-quote">{_e(turn.text[start:end])}</mark>{_e(turn.text[end:])}'
    head = [f'<span class="qa-speaker">{_e(turn.speaker)}</span>']
    if turn.start is not None:
        head.append(f'<span class="qa-time">{format_seconds(turn.start)}</span>')
    head.append(f'<span class="qa-turn-no">turn {turn.index}</span>')
    attrs = f'class="qa-turn{" qa-focus" if focused else ""}" data-turn="{turn.index}"'
    if first_focus:
        attrs = f'id="{FOCUS_ID}" ' + attrs
    return f'<li {attrs}><div class="qa-turn-head">{" ".join(head)}</div><div class="qa-text">{text}</div></li>'


def _window(turns: list[Turn], focus: Focus | None, limit: int) -> tuple[int, int]:
    """``[lo, hi)`` positions of at most ``limit`` turns, centred on the focus."""
    if len(turns) <= limit:
        return 0, len(turns)
    centre = next((i for i, t in enumerate(turns) if focus and t.index == focus.turn_start), 0)
    lo = max(0, min(centre - limit // 2, len(turns) - limit))
    return lo, lo + limit


def transcript_html(transcript: Transcript, focus: Focus | None = None, max_turns: int = MAX_TURNS) -> str:
    """The transcript as an ordered list of turns (speaker, timestamp, text).

    The header names the title, date, place and id, and the focused speaker
    and turn; the focused turns get the class ``qa-focus`` (the first one the
    id :data:`FOCUS_ID`) and the quoted characters a ``<mark>``.
    """
    meta = [format_date(transcript.date) or "undated"]
    if transcript.place:
        meta.append(_e(transcript.place))
    meta.append(f"<code>{_e(transcript.id)}</code>")
    meta.append(f"{len(transcript.turns)} turns")
    head = [
        f'<div class="qa-viewer-title">{_e(transcript.title or transcript.id)}</div>',
        f'<div class="qa-viewer-meta">{" · ".join(meta)}</div>',
    ]
    if focus is not None:
        where = f"turn {focus.turn_start}" + (f"–{focus.turn_end}" if focus.turn_end != focus.turn_start else "")
        date = format_date(transcript.date)
        head.append(
            f'<div class="qa-viewer-cite">Quoted: <b>{_e(focus.speaker)}</b>'
            f"{', ' + date if date else ''}, {where}</div>"
        )
    lo, hi = _window(transcript.turns, focus, max_turns)
    if (lo, hi) != (0, len(transcript.turns)):
        head.append(f'<div class="qa-viewer-meta">Showing turns {lo + 1}–{hi} of {len(transcript.turns)}.</div>')
    items: list[str] = []
    seen_focus = False
    for turn in transcript.turns[lo:hi]:
        first = focus is not None and not seen_focus and focus.turn_start <= turn.index <= focus.turn_end
        seen_focus = seen_focus or first
        items.append(_turn_html(turn, focus, first))
    return (
        f'<div class="qa-viewer" data-transcript="{_e(transcript.id)}">'
        f'<div class="qa-viewer-head">{"".join(head)}</div>'
        f'<ol class="qa-turns">{"".join(items)}</ol></div>'
    )


VIEWER_CSS = """
.qa-viewer { font-size: var(--text-md); line-height: 1.5; max-height: 560px; overflow-y: auto;
  border: 1px solid var(--border-color-primary); border-radius: var(--radius-md); }
.qa-viewer-empty { color: var(--body-text-color-subdued); padding: 1em; }
.qa-viewer-head { position: sticky; top: 0; z-index: 1; padding: 0.5em 0.75em;
  background: var(--background-fill-secondary); border-bottom: 1px solid var(--border-color-primary); }
.qa-viewer-title { font-weight: 700; }
.qa-viewer-meta, .qa-viewer-cite { font-size: var(--text-sm); color: var(--body-text-color-subdued); }
.qa-turns { list-style: none; margin: 0; padding: 0 0.25em; }
.qa-turn { padding: 0.4em 0.5em; border-left: 3px solid transparent; margin: 0.15em 0; }
.qa-turn-head { font-size: var(--text-sm); color: var(--body-text-color-subdued); }
.qa-speaker { font-weight: 700; color: var(--body-text-color); }
.qa-time, .qa-turn-no { margin-left: 0.5em; }
.qa-text { white-space: pre-wrap; overflow-wrap: anywhere; }
.qa-turn.qa-focus { background: var(--color-accent-soft); border-left-color: var(--color-accent); }
mark.qa-quote { background: #ffe066; color: #111; padding: 0 1px; border-radius: 2px; }
"""
