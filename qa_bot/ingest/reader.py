"""Reading a file's bytes into clean text, and the labeled-paragraph parser shared by text formats."""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from pathlib import Path

from qa_bot.errors import IngestError
from qa_bot.text import clean_line

DEFAULT_MAX_BYTES = 50 * 1024 * 1024

# A speaker label at the start of a paragraph: one to five capitalised words
# (initials such as "S.Lavrov" included), then a colon.
_LABEL = re.compile(
    r"^(?P<label>[A-ZА-ЯЁ][\w.'’\-]*(?:\s+[A-ZА-ЯЁ][\w.'’\-]*){0,4})\s*:(?:\s+|$)(?P<rest>.*)$",
    re.S,
)


def read_text(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> tuple[str, str]:
    """Return ``(text, encoding)`` for a text file, or raise ``IngestError`` saying why not.

    UTF-8 (with or without BOM) and BOM-marked UTF-16 are read directly; other
    encodings are guessed by charset-normalizer. Line ends become ``\\n``.
    """
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise IngestError(str(path), f"file is {size:,} bytes, over the {max_bytes:,}-byte limit")
        data = path.read_bytes()
    except OSError as exc:
        raise IngestError(str(path), f"cannot read file ({exc.strerror or exc})") from exc
    if not data.strip():
        raise IngestError(str(path), "file is empty")
    text, encoding = _decode(data, str(path))
    return text.replace("\r\n", "\n").replace("\r", "\n"), encoding


def _decode(data: bytes, path: str) -> tuple[str, str]:
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError as exc:
            raise IngestError(path, f"invalid UTF-16 text ({exc.reason})") from exc
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        pass
    if b"\x00" in data[:8192]:
        raise IngestError(path, "binary file (contains NUL bytes), not a transcript")
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise IngestError(path, "cannot determine the text encoding (binary file?)")
    return str(best), best.encoding


@dataclass
class LabeledBlock:
    """A run of paragraphs that starts with a speaker label (or has none)."""

    label: str | None
    paragraphs: list[str]

    @property
    def text(self) -> str:
        return "\n\n".join(self.paragraphs)


def split_labeled(lines: list[str]) -> list[LabeledBlock]:
    """Group lines into speaker blocks.

    A paragraph (lines up to a blank line) that starts with ``Label:`` opens a
    new block; other paragraphs continue the current one. Text before the first
    label forms a block with ``label=None``. Lines inside one paragraph are
    joined with a space, paragraphs with a blank line.
    """
    blocks: list[LabeledBlock] = []
    paragraph: list[str] = []

    def flush() -> None:
        if not paragraph:
            return
        para = " ".join(paragraph)
        paragraph.clear()
        m = _LABEL.match(para)
        if m and len(m.group("label")) <= 50 and not any(c.isdigit() for c in m.group("label")):
            rest = m.group("rest").strip()
            blocks.append(LabeledBlock(m.group("label").strip(), [rest] if rest else []))
        elif blocks:
            blocks[-1].paragraphs.append(para)
        else:
            blocks.append(LabeledBlock(None, [para]))

    for raw in lines:
        line = clean_line(raw)
        if not line:
            flush()
        elif _LABEL.match(line) and paragraph:
            flush()
            paragraph.append(line)
        else:
            paragraph.append(line)
    flush()
    return [b for b in blocks if b.paragraphs]
