"""A conversation's answers, with full citations, as Markdown and CSV files.

Pure (no gradio): the web UI offers both as downloads. Each exchange is a
``(question, Answer)`` pair. The Markdown escapes transcript text like the
chat does (it renders inert wherever it is opened); the CSV keeps the exact
words, one row per citation, with cells that a spreadsheet would run as a
formula made literal.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Sequence
from pathlib import Path

from qa_bot.presentation.render import (
    blockquote,
    escape_markdown,
    format_date,
    format_seconds,
    interpretation_chips,
    one_line,
)
from qa_bot.types import Answer, Citation

__all__ = ["CSV_COLUMNS", "Exchange", "conversation_csv", "conversation_markdown", "spreadsheet_safe", "write_exports"]

Exchange = tuple[str, Answer]

CSV_COLUMNS = (
    "question_number",
    "question",
    "found",
    "kind",
    "headline",
    "order",
    "source",
    "quote",
    "speaker",
    "date",
    "title",
    "transcript_id",
    "turn_index",
    "char_start",
    "char_end",
    "start_seconds",
    "timestamp",
    "in_reply_to",
    "interpreted_as",
    "message",
)

# A cell starting with one of these is run as a formula by Excel, LibreOffice
# and Google Sheets (OWASP "CSV injection"); tab and carriage return too.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(value: object) -> str:
    """``value`` as a CSV cell; text a spreadsheet would run as a formula gets a leading ``'``."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    text = str(value)
    if isinstance(value, str) and text.startswith(_FORMULA_START):
        return "'" + text
    return text


def _citation_fields(citation: Citation) -> dict[str, object]:
    return {
        "quote": citation.quote,
        "speaker": citation.speaker,
        "date": citation.date.isoformat() if citation.date else "",
        "title": citation.title,
        "transcript_id": citation.transcript_id,
        "turn_index": citation.turn_index,
        "char_start": citation.char_start,
        "char_end": citation.char_end,
        "start_seconds": citation.start,
        "timestamp": format_seconds(citation.start) if citation.start is not None else "",
        "in_reply_to": citation.context or "",
    }


def conversation_csv(exchanges: Sequence[Exchange]) -> str:
    """One row per citation (one row with ``found = no`` for an unanswered question)."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    for number, (question, answer) in enumerate(exchanges, start=1):
        common: dict[str, object] = {
            "question_number": number,
            "question": question,
            "found": answer.found,
            "kind": answer.kind,
            "headline": answer.headline,
            "order": answer.order,
            "interpreted_as": " · ".join(interpretation_chips(answer.interpreted)),
        }
        rows = [
            {**common, "source": rank, **_citation_fields(citation)}
            for rank, citation in enumerate(answer.citations if answer.found else [], start=1)
        ] or [{**common, "message": answer.text}]
        for row in rows:
            writer.writerow({key: spreadsheet_safe(row.get(key)) for key in CSV_COLUMNS})
    return out.getvalue()


def _citation_markdown(rank: int, citation: Citation) -> list[str]:
    blocks = [f"### Source {rank}"]
    if citation.context:
        blocks.append(f"*In reply to: {one_line(citation.context)}*")
    blocks.append(blockquote(citation.quote))
    facts = [
        ("Speaker", one_line(citation.speaker)),
        ("Date", format_date(citation.date) or "undated"),
        ("Title", one_line(citation.title)),
        ("Transcript", f"`{citation.transcript_id.replace('`', '')}`"),
        ("Turn", str(citation.turn_index)),
        ("Characters", f"{citation.char_start}–{citation.char_end}"),
    ]
    if citation.start is not None:
        facts.append(("Timestamp", format_seconds(citation.start)))
    blocks.append("\n".join(f"- {name}: {value}" for name, value in facts))
    return blocks


def conversation_markdown(exchanges: Sequence[Exchange], exported_at: dt.datetime | None = None) -> str:
    """A Markdown document: each question, how it was read, and its quotes with full citations."""
    when = (exported_at or dt.datetime.now(dt.timezone.utc)).strftime("%Y-%m-%d %H:%M %Z").strip()
    blocks = ["# Transcript Q&A: conversation", f"Exported {when} · {len(exchanges)} question(s)"]
    for number, (question, answer) in enumerate(exchanges, start=1):
        blocks.append(f"## {number}\\. {one_line(question)}")
        chips = interpretation_chips(answer.interpreted)
        if chips:
            blocks.append(f"*Interpreted as: {' · '.join(one_line(c) for c in chips)}*")
        if not answer.found:
            blocks.append(escape_markdown(answer.text or "No answer found in the transcripts."))
            continue
        if answer.headline and answer.kind in ("who", "when"):
            blocks.append(f"**{one_line(answer.headline)}**")
        if len(answer.citations) > 1:
            blocks.append(f"*{len(answer.citations)} sources, {one_line(answer.order)}.*")
        for rank, citation in enumerate(answer.citations, start=1):
            blocks.extend(_citation_markdown(rank, citation))
    return "\n\n".join(blocks) + "\n"


def write_exports(exchanges: Sequence[Exchange], folder: str | Path) -> tuple[Path, Path]:
    """Write ``conversation.md`` and ``conversation.csv`` into ``folder``; returns their paths.

    The CSV starts with a byte-order mark so that spreadsheet programs read it
    as UTF-8 (names and quotes are often not ASCII).
    """
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    md_path, csv_path = folder / "conversation.md", folder / "conversation.csv"
    md_path.write_text(conversation_markdown(exchanges), encoding="utf-8")
    csv_path.write_text(conversation_csv(exchanges), encoding="utf-8-sig", newline="")
    return md_path, csv_path
