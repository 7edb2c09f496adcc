"""Binary documents told by their bytes, whatever their names: PDF, Word (.docx and 97-2003 .doc), OpenDocument
text, Excel (.xlsx) and REFI-QDA projects (.qdpx), and what to say when a file bears one's extension but not its
signature."""

from __future__ import annotations

from qa_bot.ingest.doc import is_word97
from qa_bot.ingest.odt import is_odt
from qa_bot.ingest.qdpx import is_qdpx

ZIP_SIGNATURE = b"PK\x03\x04"
BINARY_SUFFIXES = {
    ".pdf": "not a PDF file (it does not start with %PDF-)",
    ".docx": "not a Word .docx file (not a zip archive holding word/document.xml)",
    ".xlsx": "not an Excel .xlsx file (not a zip archive holding xl/workbook.xml)",
    ".qdpx": "not a REFI-QDA project (not a zip archive holding project.qde)",
}


def binary_format(data: bytes) -> str | None:
    """``"pdf"``, ``"docx"``, ``"xlsx"``, ``"qdpx"``, ``"doc"`` or ``"odt"`` when a file's bytes (or its first bytes)
    are one, by their signature and the parts a zip archive names; else None."""
    if b"%PDF-" in data[:1024]:
        return "pdf"
    if is_qdpx(data):  # first: a project's text sources may hold any words ("word/", "xl/workbook")
        return "qdpx"
    if data.startswith(ZIP_SIGNATURE) and b"word/" in data:
        return "docx"
    if data.startswith(ZIP_SIGNATURE) and b"xl/workbook" in data:
        return "xlsx"
    return "doc" if is_word97(data) else "odt" if is_odt(data) else None
