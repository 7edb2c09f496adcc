"""Official press transcripts such as those of the Russian Foreign Ministry's website.

Shape: an optional time line (``15:45``), a title naming the main speaker,
the place and the date, an id line (``1225-18-06-2021``), then paragraphs.
Speaker labels (``Question:``, ``Sergey Lavrov:``) open turns; the unlabeled
opening statement belongs to the main speaker named in the title. The
website's navigation text at the end is cut off.
"""

from __future__ import annotations

import re

from qa_bot.ingest.reader import LabeledBlock, split_labeled
from qa_bot.text import clean_line, find_date
from qa_bot.types import Transcript, Turn

FORMAT = "press"

_TIME_LINE = re.compile(r"^\d{1,2}:\d{2}$")
_ID_LINE = re.compile(r"^\d{2,7}-\d{2}-\d{2}-\d{4}$")
# Lines where the website's page furniture starts; everything after is dropped.
_BOILERPLATE_STARTS = (
    "Дополнительные материалы",
    "Additional materials",
    "Фотоальбом",
    "Photo album",
    "Некорректно указаны даты",
    "Incorrect dates",
    "Дополнительные инструменты поиска",
    "Advanced search tools",
)
_POSSESSIVE_NAME = re.compile(r"((?:[A-Z][\w\-]+\s+){0,3}[A-Z][\w\-]+)[’']s\b")
UNKNOWN_SPEAKER = "Unknown speaker"


def looks_like_press(text: str) -> bool:
    """True when the first lines carry the press header: a time line or an id line."""
    head = [clean_line(line) for line in text.split("\n")[:40]]
    head = [line for line in head if line][:6]
    return any(_ID_LINE.match(line) for line in head) or bool(head and _TIME_LINE.match(head[0]))


def parse_press(text: str, transcript_id: str, source: str) -> Transcript:
    """Parse a press transcript into turns; see the module docstring for the layout."""
    lines = _cut_boilerplate(text.split("\n"))
    title, id_line, body_start = _header(lines)
    blocks = split_labeled(lines[body_start:])
    labels = [b.label for b in blocks if b.label]
    main_speaker = _main_speaker(title, labels)

    title_date = find_date(title)
    id_date = find_date(id_line) if id_line else None
    date = (title_date or id_date or (None,))[0]
    place = _place(title, title_date[1][0]) if title_date else None

    turns = [
        _turn(transcript_id, i, block, main_speaker) for i, block in enumerate(blocks)
    ]
    return Transcript(transcript_id, title, date, place, source, turns, FORMAT)


def _turn(transcript_id: str, index: int, block: LabeledBlock, main_speaker: str) -> Turn:
    if block.label is None:
        return Turn(transcript_id, index, main_speaker, block.text, speaker_inferred=True)
    return Turn(transcript_id, index, block.label, block.text)


def _cut_boilerplate(lines: list[str]) -> list[str]:
    for i, line in enumerate(lines):
        if clean_line(line).startswith(_BOILERPLATE_STARTS):
            return lines[:i]
    return lines


def _header(lines: list[str]) -> tuple[str, str | None, int]:
    """Return (title, id line, index of the first body line)."""
    title, id_line, body_start = "", None, 0
    for i, raw in enumerate(lines):
        line = clean_line(raw)
        if not line or (not title and _TIME_LINE.match(line)):
            continue
        if not title:
            title, body_start = line, i + 1
            continue
        if _ID_LINE.match(line):
            id_line, body_start = line, i + 1
        break
    return title, id_line, body_start


def _main_speaker(title: str, labels: list[str]) -> str:
    """The person the title names: a body label found in the title, else a possessive name."""
    in_title = [label for label in set(labels) if label != "Question" and label in title]
    if in_title:
        return max(in_title, key=len)
    m = _POSSESSIVE_NAME.search(title)
    if m:
        return " ".join(m.group(1).split()[-2:])
    return UNKNOWN_SPEAKER


def _place(title: str, date_start: int) -> str | None:
    before = title[:date_start].rstrip(" ,")
    if "," not in before:
        return None
    place = before.rsplit(",", 1)[1].strip()
    return place or None
