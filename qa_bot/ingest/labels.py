"""Speaker labels in text: ``Name:`` at the start of a paragraph, and paragraphs grouped by label.

Shared by the text formats (``plain``, ``press``) and subtitle cue prefixes (``cues``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from qa_bot.text import clean_line, parse_seconds

_TIME = r"\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?"
_NAME = r"[A-ZА-ЯЁ][\w.'’\-]*(?:\s+[A-ZА-ЯЁ][\w.'’\-]*){0,4}"
# Diarized labels carry a number: "Speaker 1", "SPEAKER_00".
_NUMBERED = r"(?i:speaker|спикер|participant|участник|guest)[ _]?\d{1,3}"
# A speaker label at the start of a paragraph: an optional time code ("[00:01:05]"), one to five
# capitalised words (initials such as "S.Lavrov" included), an optional note in parentheses, a colon.
_LABEL = re.compile(
    rf"^(?:[\[(]?(?P<time>{_TIME})[\])]?\s+)?(?P<label>{_NUMBERED}(?=\s*:)|{_NAME})"
    rf"(?:\s*\((?P<note>[^()\n]{{1,40}})\))?\s*:(?:\s+|$)(?P<rest>.*)$",
    re.S,
)
MAX_LABEL_CHARS = 50


@dataclass(frozen=True)
class Label:
    """A speaker label found at the start of a paragraph or a line."""

    name: str  # as written, without time code, note or colon: "DR. JANE SMITH"
    written: str  # the whole label as written, note included: "Question (retranslated)"
    rest: str  # the text after the colon
    start: float | None = None  # a time code written with the label, in seconds


def match_label(text: str) -> Label | None:
    """The speaker label that opens ``text`` (``Name:``, ``[00:01:05] Name:``, ``Name (note):``), or None.

    Labels hold at most five capitalised words and no digits (so "Article 5:"
    is text), except numbered diarization labels such as ``Speaker 2``.
    """
    m = _LABEL.match(text)
    if not m:
        return None
    name = m.group("label").strip()
    if len(name) > MAX_LABEL_CHARS or (any(c.isdigit() for c in name) and not re.fullmatch(_NUMBERED, name)):
        return None
    note = m.group("note")
    start = parse_seconds(m.group("time")) if m.group("time") else None
    if note and start is None and re.fullmatch(_TIME, note.strip()):
        start, note = parse_seconds(note.strip()), None
    written = f"{name} ({note.strip()})" if note else name
    return Label(name, written, m.group("rest").strip(), start)


@dataclass
class LabeledBlock:
    """A run of paragraphs that starts with a speaker label (or has none)."""

    label: Label | None
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
        label = match_label(para)
        if label:
            blocks.append(LabeledBlock(label, [label.rest] if label.rest else []))
        elif blocks:
            blocks[-1].paragraphs.append(para)
        else:
            blocks.append(LabeledBlock(None, [para]))

    for raw in lines:
        line = clean_line(raw)
        if not line:
            flush()
        elif paragraph and match_label(line):
            flush()
            paragraph.append(line)
        else:
            paragraph.append(line)
    flush()
    return [b for b in blocks if b.paragraphs]
