"""Turning files into ``Transcript`` objects: discovery, format detection, parsing.

One module per input format (``press``, ``plain``, ``json_turns``, ``table``,
``vtt``, ``srt``); this module only finds files, reads their bytes
(``reader``), picks the parser and fills in what every format shares: the
encoding, and a date from the file name when the file itself gives none.
Speakers are named the same way for every format (``speakers``).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from qa_bot.errors import IngestError, QABotError
from qa_bot.ingest.json_turns import parse_json, parse_jsonl
from qa_bot.ingest.plain import parse_plain
from qa_bot.ingest.press import looks_like_press, parse_press
from qa_bot.ingest.reader import DEFAULT_MAX_BYTES, read_text
from qa_bot.ingest.srt import parse_srt
from qa_bot.ingest.table import parse_table
from qa_bot.ingest.vtt import parse_vtt
from qa_bot.text import date_in_name
from qa_bot.types import Transcript

logger = logging.getLogger(__name__)

SUPPORTED_SUFFIXES = (".txt", ".md", ".markdown", ".json", ".jsonl", ".csv", ".tsv", ".vtt", ".srt")
FORMATS = ("press", "plain", "markdown", "json", "jsonl", "csv", "tsv", "vtt", "srt")
_SRT_START = re.compile(r"^\d+\s*\n\s*\d+:\d{2}:\d{2}[,.]\d{1,3}\s*-->")


@dataclass(frozen=True)
class SourceFile:
    """A file to ingest and the id its transcript will have.

    ``duplicate_of`` is set when another file already has this id (``talk.vtt``
    beside ``talk.srt``); such a file is reported and not indexed.
    """

    path: Path
    transcript_id: str
    duplicate_of: Path | None = None


def discover(sources: Iterable[str | Path]) -> list[SourceFile]:
    """List transcript files under ``sources`` (files or folders), sorted, with their ids.

    A transcript's id is its path relative to the folder given, without the
    extension, ``/``-separated; a file given directly gets its stem. Hidden
    files and unsupported extensions inside folders are ignored. A second
    file with an id already taken comes back with ``duplicate_of`` set.
    """
    found: dict[str, SourceFile] = {}
    duplicates: list[SourceFile] = []
    for source in sources:
        root = Path(source)
        if root.is_file():
            files: Iterator[tuple[Path, Path]] = iter([(root, root.parent)])
        elif root.is_dir():
            files = (
                (p, root)
                for p in sorted(root.rglob("*"))
                if p.is_file()
                and p.suffix.lower() in SUPPORTED_SUFFIXES
                and not any(part.startswith(".") for part in p.relative_to(root).parts)
            )
        else:
            raise QABotError(f"source not found: {source} (give transcript files or folders)")
        for path, base in files:
            tid = path.relative_to(base).with_suffix("").as_posix()
            if tid in found and found[tid].path != path:
                logger.warning("%s: transcript id %r already taken by %s; skipped", path, tid, found[tid].path)
                duplicates.append(SourceFile(path, tid, found[tid].path))
                continue
            found[tid] = SourceFile(path, tid)
    return sorted([*found.values(), *duplicates], key=lambda s: (s.transcript_id, s.duplicate_of is not None))


def detect_format(path: Path, text: str) -> str:
    """Name the parser for a file (one of ``FORMATS``): by content where it is unmistakable, else by extension."""
    suffix = path.suffix.lower()
    head = text.lstrip("\ufeff \t\n")[:200]
    if head.startswith("WEBVTT"):
        return "vtt"
    if _SRT_START.match(head):
        return "srt"
    if suffix in (".vtt", ".srt", ".json", ".jsonl", ".csv", ".tsv"):
        return suffix[1:]
    if looks_like_press(text):
        return "press"
    return "markdown" if suffix in (".md", ".markdown") else "plain"


def load_transcript(
    path: str | Path, transcript_id: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES
) -> Transcript:
    """Read and parse one transcript file; raise ``IngestError`` with the reason if it can't be used."""
    path = Path(path)
    tid = transcript_id or path.stem
    text, encoding = read_text(path, max_bytes)
    transcript = parse_text(text, path, tid)
    transcript.encoding = encoding
    if transcript.date is None:
        transcript.date = date_in_name(path.stem)
        transcript.date_source = "file name" if transcript.date else None
    for warning in transcript.warnings:
        logger.warning("%s: %s", path, warning)
    return transcript


def parse_text(text: str, path: Path, transcript_id: str) -> Transcript:
    """Parse decoded text as the format ``detect_format`` names; ``IngestError`` when no turn is found."""
    fmt = detect_format(path, text)
    source, title = str(path), path.stem
    if fmt == "press":
        transcript = parse_press(text, transcript_id, source)
    elif fmt in ("plain", "markdown"):
        transcript = parse_plain(text, transcript_id, source, title, markdown=fmt == "markdown")
    elif fmt == "json":
        transcript = parse_json(text, transcript_id, source, title)
    elif fmt == "jsonl":
        transcript = parse_jsonl(text, transcript_id, source, title)
    elif fmt in ("csv", "tsv"):
        transcript = parse_table(text, transcript_id, source, title, "\t" if fmt == "tsv" else None)
    elif fmt == "vtt":
        transcript = parse_vtt(text, transcript_id, source, title)
    else:
        transcript = parse_srt(text, transcript_id, source, title)
    if not transcript.turns:
        raise IngestError(source, f"no transcript turns found (read as {fmt})")
    return transcript


__all__ = ["FORMATS", "SUPPORTED_SUFFIXES", "SourceFile", "detect_format", "discover", "load_transcript", "parse_text"]
