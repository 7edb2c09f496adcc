"""Plain "Speaker: text" transcripts (.txt, .md), with optional ``Title:`` / ``Date:`` header lines."""

from __future__ import annotations

import re

from qa_bot.ingest.reader import split_labeled
from qa_bot.text import clean_line, parse_date
from qa_bot.types import Transcript, Turn

FORMAT = "plain"
UNLABELED_SPEAKER = "Unknown speaker"
_HEADER = re.compile(r"^(title|date|place)\s*:\s*(.+)$", re.I)


def parse_plain(text: str, transcript_id: str, source: str, default_title: str) -> Transcript:
    """One turn per labeled paragraph; unlabeled paragraphs continue the previous turn.

    Text before the first label is kept under ``Unknown speaker`` with
    ``speaker_inferred=True`` rather than dropped.
    """
    lines = text.split("\n")
    meta: dict[str, str] = {}
    body_start = 0
    for i, raw in enumerate(lines):
        line = clean_line(raw)
        if not line:
            continue
        m = _HEADER.match(line)
        if not m or m.group(1).lower() in meta:
            break
        meta[m.group(1).lower()] = m.group(2).strip()
        body_start = i + 1

    title = meta.get("title") or default_title
    date = parse_date(meta["date"]) if "date" in meta else None
    turns = [
        Turn(
            transcript_id,
            i,
            block.label or UNLABELED_SPEAKER,
            block.text,
            speaker_inferred=block.label is None,
        )
        for i, block in enumerate(split_labeled(lines[body_start:]))
    ]
    return Transcript(transcript_id, title, date, meta.get("place"), source, turns, FORMAT)
