"""REFI-QDA projects (.qdpx): the exchange format of qualitative-analysis tools (NVivo, ATLAS.ti, MAXQDA, QDA Miner,
the ``qc`` command line), a zip holding the project's XML (``project.qde``: codes, users, sources) and the plain text
of each text source under ``sources/`` (interviews, meetings, focus groups as their tools transcribed them).

The project's text sources are read in the order the project lists them, one after another as running text, so
that their own labels (``Max Bigman:``, ``Speaker 2:``) name who speaks; the codes and the other media (audio, PDF,
pictures) are left out.
"""

from __future__ import annotations

import io
import re
import zipfile

from qa_bot.errors import IngestError
from qa_bot.ingest.odt import MAX_CONTENT_BYTES

PROJECT_ENTRY = "project.qde"
_TEXT_PATH = re.compile(rb"<TextSource\b[^>]*?\bplainTextPath=\"internal://(?:sources/)?(?P<path>[^\"]+)\"")


def is_qdpx(data: bytes) -> bool:
    """True for a zip archive whose entries hold a REFI-QDA ``project.qde``."""
    return data.startswith(b"PK\x03\x04") and PROJECT_ENTRY.encode() in data


def read_qdpx(data: bytes, source: str) -> str:
    """The project's text sources as one running text, in the project's order, blank lines between them;
    ``IngestError`` when the project holds no text source or cannot be read."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            entries = {info.filename: info for info in archive.infolist()}
            project = archive.read(PROJECT_ENTRY) if PROJECT_ENTRY in entries else b""
            listed = [f"sources/{m['path'].decode('utf-8', 'replace')}" for m in _TEXT_PATH.finditer(project)]
            order = [p for p in listed if p in entries] or sorted(
                name for name in entries if name.startswith("sources/") and name.lower().endswith(".txt"))
            if sum(entries[p].file_size for p in order) > MAX_CONTENT_BYTES:  # a zip bomb, not transcripts
                raise IngestError(source, "REFI-QDA project's text sources too large to be transcripts")
            texts = [archive.read(p).decode("utf-8", "replace").replace("\r\n", "\n").strip() for p in order]
    except IngestError:
        raise
    except Exception as exc:  # a damaged or encrypted zip (zlib.error, RuntimeError…): any failure is a bad file
        raise IngestError(source, f"broken REFI-QDA project ({type(exc).__name__}: {exc})") from exc
    if not any(texts):
        raise IngestError(source, "REFI-QDA project holds no text source (only codes or other media)")
    return "\n\n".join(text for text in texts if text)
