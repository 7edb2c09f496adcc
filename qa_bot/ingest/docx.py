"""Word documents (.docx): transcripts exported by transcription services, Teams and Google Docs.

python-docx reads the document body. Paragraphs become running text, read by
its shape (``Name:`` labels, Teams' ``Name  0:03`` heads…); a document whose
words sit in a table (speaker | text, or time | speaker | text, as some
services export) is read as a table, columns inferred as for CSV. A record
that sets its speakers' names in a paragraph style of their own (the
Parliament of Catalonia's "D3/ Intervinent" over "D3/ Text normal") is read
as ``speaker | text`` rows, each name's row holding the paragraphs under it:
a style holding only short paragraphs, the same names again and again
(headings differ each time), and no labelled paragraphs under them (headings
repeated over ``GA: …`` / ``TN6: …`` turns are a focus group's sections).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from qa_bot.errors import IngestError
from qa_bot.ingest.blocks import labelled_count

FORMAT = "docx"
MIN_TABLE_ROWS = 2
MIN_SPEAKER_PARAGRAPHS, MAX_NAME_CHARS = 4, 80  # paragraphs of a speaker style, and how long a name runs


@dataclass(frozen=True)
class WordContent:
    """A Word file's paragraphs (joined, one per paragraph) and its transcript table's rows, if it has one."""

    text: str
    table: list[list[str]] | None = None


def read_docx(data: bytes, source: str) -> WordContent:
    """The paragraphs and the largest table of a .docx file; ``IngestError`` for a file Word could not open."""
    import io

    from docx import Document

    try:
        document = Document(io.BytesIO(data))
        styled = [(_marked(p), p.style.name if p.style is not None else "") for p in document.paragraphs]
        paragraphs = [text for text, _ in styled]
        tables = [[[cell.text.strip() for cell in row.cells] for row in table.rows] for table in document.tables]
    except Exception as exc:  # a third-party reader on arbitrary bytes: any failure is a broken file
        reason = " ".join(str(exc).split())[:160] or "unreadable"
        raise IngestError(source, f"broken Word file ({type(exc).__name__}: {reason})") from exc
    text = "\n\n".join(p for p in paragraphs if p)
    if rows := _speaker_rows(styled):  # a record that sets its speakers' names in a style of their own
        return WordContent(text, rows)
    tables = [t for t in tables if len(t) >= MIN_TABLE_ROWS and max(len(r) for r in t) >= 2]
    table = max(tables, key=_chars, default=None)
    if table is not None and _chars(table) > len(text):
        return WordContent(text, table)
    if not text:
        raise IngestError(source, "Word file holds no text")
    return WordContent(text)


def _speaker_rows(styled: list[tuple[str, str]]) -> list[list[str]] | None:
    """``speaker | text`` rows, a row for each paragraph of the document's speaker style holding the paragraphs
    under it (see the module; a style named as that one's variant, "D3/ Intervinent Obertura", is the same), or
    None."""
    by_style: dict[str, list[str]] = {}
    for text, style in styled:
        if text:
            by_style.setdefault(style, []).append(text)
    speaker = next((style for style, texts in by_style.items() if len(texts) >= MIN_SPEAKER_PARAGRAPHS
                    and max(map(len, texts)) <= MAX_NAME_CHARS and len(set(texts)) * 2 <= len(texts)
                    and not texts[0].endswith(".")), None)
    if speaker is None:
        return None
    rows = [["speaker", "text"]]
    for text, style in styled:
        if text and style.startswith(speaker):
            rows.append([text.rstrip(":"), ""])
        elif text and len(rows) > 1:
            rows[-1][1] = f"{rows[-1][1]}\n\n{text}".strip()
        elif text:
            rows.append(["", text])  # before the first name: no one's named
    rows = [row for row in rows if row[1]]
    paragraphs = [line for row in rows for line in row[1].split("\n\n")]
    return None if labelled_count(paragraphs) > len(rows) else rows  # headings over labelled turns: not speakers


def _marked(paragraph: Any) -> str:
    """A paragraph's text, in Markdown bold (``**…?**``) where the whole of it is a question set in bold, as an
    interview prints its questions over answers in roman, so that the interview reader knows them."""
    text = paragraph.text.strip()
    runs = [run for run in paragraph.runs if run.text.strip()]
    asks = text.endswith(("?", "？")) and bool(runs) and all(run.bold for run in runs)
    return f"**{text}**" if asks else text


def _chars(table: list[list[str]]) -> int:
    return sum(len(cell) for row in table for cell in row)
