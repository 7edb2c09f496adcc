"""Answers as chat markdown, with transcript text made inert.

Pure functions (no gradio): the web UI, the exports and the CLI share them.
Everything that comes from a transcript (quotes, speakers, titles, questions)
goes through :func:`escape_markdown`, so markup inside a transcript renders
as literal text.
"""

from __future__ import annotations

import re
from typing import Any

from qa_bot.presentation.chips import describe_interpretation
from qa_bot.text import format_date
from qa_bot.types import Answer, Citation, Hit

__all__ = [
    "answer_to_markdown",
    "blockquote",
    "citation_line",
    "escape_markdown",
    "format_date",
    "format_seconds",
    "interpretation_chips",
    "interpreted_line",
    "one_line",
]


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


def format_seconds(seconds: float) -> str:
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


def one_line(text: str) -> str:
    """Escape ``text`` and collapse all whitespace so it fits on one markdown line."""
    return escape_markdown(" ".join(text.split()))


def blockquote(text: str) -> str:
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
    who = one_line(citation.speaker)
    date = format_date(citation.date)
    line = f"— {who}, {date}" if date else f"— {who}"
    if citation.title:
        line += f" · {one_line(citation.title)}"
    if citation.start is not None:
        line += f" · at {format_seconds(citation.start)}"
    return line


def _hit_markdown(position: int, hit: Hit, shown_title: str | None = None) -> str:
    """One passage: speaker, date, title (unless already shown above), score, text."""
    head = [f"**{one_line(hit.speaker)}**"]
    date = format_date(hit.date)
    if date:
        head.append(date)
    if hit.title and hit.title != shown_title:
        head.append(one_line(hit.title))
    if hit.start is not None:
        head.append(f"at {format_seconds(hit.start)}")
    head.append(f"score {hit.score:.2f}")
    parts = [f"{position}\\. " + " · ".join(head)]
    if hit.context:
        parts.append(f"*Q: {one_line(hit.context)}*")
    parts.append(blockquote(hit.text))
    return "\n\n".join(parts)


# --------------------------------------------------------------------------- #
# How a question was read
# --------------------------------------------------------------------------- #


def interpretation_chips(interpreted: dict[str, Any] | None) -> list[str]:
    """Short plain-text labels of how a question was read (speakers, topic, dates, transcripts)."""
    return describe_interpretation(interpreted) if interpreted else []


def interpreted_line(interpreted: dict[str, Any] | None) -> str:
    """``*Interpreted as: Sergey Lavrov · Open Skies Treaty · June 2021*`` or ``""``."""
    chips = interpretation_chips(interpreted)
    return f"*Interpreted as: {' · '.join(one_line(c) for c in chips)}*" if chips else ""


# --------------------------------------------------------------------------- #
# The answer
# --------------------------------------------------------------------------- #


def _passages_section(label: str, hits: list[Hit], shown_title: str | None = None) -> str:
    body = [_hit_markdown(i, hit, shown_title) for i, hit in enumerate(hits, start=1)]
    # Blank lines around the body let markdown render inside the HTML block.
    return f"<details><summary>{label} ({len(hits)})</summary>\n\n" + "\n\n".join(body) + "\n\n</details>"


def _citation_blocks(citations: list[Citation]) -> list[str]:
    """For each citation: the question it replies to (when new), the quote, the citation line."""
    blocks: list[str] = []
    previous_context: str | None = None
    for citation in citations:
        if citation.context and citation.context != previous_context:
            blocks.append(f"*Q: {one_line(citation.context)}*")
        previous_context = citation.context
        blocks.append(blockquote(citation.quote))
        blocks.append(citation_line(citation))
    return blocks


def answer_to_markdown(answer: Answer) -> str:
    """Render an :class:`~qa_bot.types.Answer` as chat markdown.

    Found: a bold headline for "who" and "when" questions (the speaker, the
    dates); with several sources a note of their order; then for each
    citation the question it replies to (italic ``Q: …``) if any, the quote as
    a blockquote and a citation line ``— Speaker, 18 June 2021 · Title``.
    Not found: the not-found message. Then how the question was read
    (``Interpreted as: …``) and the supporting (or nearest) passages in a
    collapsible ``<details>`` section. All transcript text is escaped and
    renders inert.
    """
    blocks: list[str] = []
    shown_title: str | None = None  # elided from the passages when already shown above
    if answer.found:
        citations = list(answer.citations)
        if answer.headline and answer.kind in ("who", "when"):
            blocks.append(f"**{one_line(answer.headline)}**")
        if len(citations) > 1:
            blocks.append(f"*{len(citations)} sources, {one_line(answer.order)}:*")
        if len({c.title for c in citations}) == 1:
            shown_title = citations[0].title
        blocks.extend(_citation_blocks(citations) if citations else [blockquote(answer.text)])
        label = "Supporting passages"
    else:
        blocks.append(escape_markdown(answer.text or "No answer found in the transcripts."))
        label = "Nearest passages"
    line = interpreted_line(answer.interpreted)
    if line:
        blocks.append(line)
    if answer.hits:
        blocks.append(_passages_section(label, list(answer.hits), shown_title))
    return "\n\n".join(blocks)
