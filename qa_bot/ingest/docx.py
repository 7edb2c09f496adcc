"""Word documents (.docx): transcripts exported by transcription services, Teams and Google Docs.

python-docx reads the document body. Paragraphs become running text, read by
its shape (``Name:`` labels, Teams' ``Name  0:03`` heads…); a document whose
words sit in a table (speaker | text, or time | speaker | text, as some
services export) is read as a table, columns inferred as for CSV.
"""

from __future__ import annotations

from dataclasses import dataclass

from qa_bot.errors import IngestError

FORMAT = "docx"
MIN_TABLE_ROWS = 2


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
        paragraphs = [p.text.strip() for p in document.paragraphs]
        tables = [[[cell.text.strip() for cell in row.cells] for row in table.rows] for table in document.tables]
    except Exception as exc:  # a third-party reader on arbitrary bytes: any failure is a broken file
        reason = " ".join(str(exc).split())[:160] or "unreadable"
        raise IngestError(source, f"broken Word file ({type(exc).__name__}: {reason})") from exc
    text = "\n\n".join(p for p in paragraphs if p)
    tables = [t for t in tables if len(t) >= MIN_TABLE_ROWS and max(len(r) for r in t) >= 2]
    table = max(tables, key=_chars, default=None)
    if table is not None and _chars(table) > len(text):
        return WordContent(text, table)
    if not text:
        raise IngestError(source, "Word file holds no text")
    return WordContent(text)


def _chars(table: list[list[str]]) -> int:
    return sum(len(cell) for row in table for cell in row)
