"""Turning files into ``Transcript`` objects: discovery, format detection, parsing.

One module per input format; this module only finds files and dispatches.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from qa_bot.errors import IngestError, QABotError
from qa_bot.ingest.json_turns import parse_json
from qa_bot.ingest.plain import parse_plain
from qa_bot.ingest.press import looks_like_press, parse_press
from qa_bot.ingest.reader import DEFAULT_MAX_BYTES, read_text
from qa_bot.types import Transcript

logger = logging.getLogger(__name__)

SUPPORTED_SUFFIXES = (".txt", ".md", ".json")


@dataclass(frozen=True)
class SourceFile:
    """A file to ingest and the id its transcript will have."""

    path: Path
    transcript_id: str


def discover(sources: Iterable[str | Path]) -> list[SourceFile]:
    """List transcript files under ``sources`` (files or folders), sorted, with their ids.

    A transcript's id is its path relative to the folder given, without the
    extension, ``/``-separated; a file given directly gets its stem. Hidden
    files and unsupported extensions inside folders are ignored.
    """
    found: dict[str, SourceFile] = {}
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
                continue
            found[tid] = SourceFile(path, tid)
    return sorted(found.values(), key=lambda s: s.transcript_id)


def detect_format(path: Path, text: str) -> str:
    """Name the parser for a file: by extension, then by content."""
    if path.suffix.lower() == ".json":
        return "json"
    return "press" if looks_like_press(text) else "plain"


def load_transcript(
    path: str | Path, transcript_id: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES
) -> Transcript:
    """Read and parse one transcript file; raise ``IngestError`` with the reason if it can't be used."""
    path = Path(path)
    tid = transcript_id or path.stem
    text, _encoding = read_text(path, max_bytes)
    fmt = detect_format(path, text)
    if fmt == "json":
        transcript = parse_json(text, tid, str(path), default_title=path.stem)
    elif fmt == "press":
        transcript = parse_press(text, tid, str(path))
    else:
        transcript = parse_plain(text, tid, str(path), default_title=path.stem)
    if not transcript.turns:
        raise IngestError(str(path), f"no transcript turns found (read as {fmt})")
    return transcript


__all__ = ["SourceFile", "detect_format", "discover", "load_transcript"]
