"""Spreadsheet exports (.csv, .tsv): one turn per row, columns found by their header.

The header must name a speaker column and a text column; ``date``, ``start``,
``end``, ``title`` and ``place`` columns are optional. Header names are matched
case-insensitively, ignoring spaces, ``_`` and ``-`` and units in parentheses
(``Start (s)``), against the synonyms in ``COLUMNS`` (English and Russian).
The delimiter is a tab for .tsv and sniffed among ``, ; TAB |`` for .csv.
"""

from __future__ import annotations

import csv
import io
import re
from collections import Counter

from qa_bot.errors import IngestError
from qa_bot.ingest.metadata import first_date
from qa_bot.ingest.speakers import Utterance, build_turns
from qa_bot.text import clean_line, clean_paragraphs, parse_date, parse_seconds
from qa_bot.types import Transcript

FORMAT = "csv"
COLUMNS: dict[str, tuple[str, ...]] = {
    "speaker": ("speaker", "speaker name", "speaker label", "name", "who", "person", "participant", "voice",
                "author", "спикер", "говорящий", "выступающий", "имя"),
    "text": ("text", "utterance", "content", "transcript", "transcription", "line", "quote", "dialogue",
             "speech", "words", "sentence", "statement", "message", "текст", "реплика"),
    "date": ("date", "recorded", "recorded at", "recording date", "event date", "дата"),
    "start": ("start", "start time", "begin", "time", "timestamp", "timecode", "time code", "offset",
              "начало", "время"),
    "end": ("end", "end time", "stop", "конец"),
    "title": ("title", "event", "meeting", "session", "episode", "название", "событие"),
    "place": ("place", "location", "место"),
}
REQUIRED = ("speaker", "text")
_UNIT = re.compile(r"\([^)]*\)|\[[^\]]*\]")


def parse_table(text: str, transcript_id: str, source: str, default_title: str, delimiter: str | None = None
                ) -> Transcript:
    """Parse CSV/TSV text with a header row; raise ``IngestError`` when a column is missing or a row is malformed."""
    first_line = text.lstrip("\n").split("\n", 1)[0]
    if delimiter is None:
        try:
            delimiter = csv.Sniffer().sniff(first_line, delimiters=",;\t|").delimiter
        except csv.Error:
            delimiter = ","
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    try:
        rows = [row for row in reader if any(cell.strip() for cell in row)]
    except csv.Error as exc:
        raise IngestError(source, f"malformed {_kind(delimiter)} at line {reader.line_num}: {exc}") from exc
    if not rows:
        raise IngestError(source, f"{_kind(delimiter)} has no rows")
    header, body = rows[0], rows[1:]
    columns = _columns(header)
    missing = [name for name in REQUIRED if name not in columns]
    if missing:
        found = ", ".join(repr(clean_line(h)) for h in header[:12])
        wanted = "; ".join(f"{m}: {', '.join(COLUMNS[m][:6])}…" for m in missing)
        raise IngestError(source, f"{_kind(delimiter)} header names no {' or '.join(missing)} column "
                                  f"(found {found}; expected e.g. {wanted})")

    def cell(row: list[str], name: str) -> str:
        index = columns.get(name)
        return clean_line(row[index]) if index is not None and index < len(row) else ""

    utterances = []
    skipped = 0
    for row in body:
        body_text = clean_paragraphs(row[columns["text"]] if columns["text"] < len(row) else "")
        if not body_text:
            skipped += 1
            continue
        utterances.append(Utterance(
            body_text, cell(row, "speaker") or None,
            start=parse_seconds(cell(row, "start")), end=parse_seconds(cell(row, "end")),
        ))
    titles = [t for t in (cell(row, "title") for row in body) if t]
    dates = Counter(d for d in (parse_date(cell(row, "date")) for row in body) if d)
    title = titles[0] if titles else None
    date, date_source = first_date(("metadata", dates.most_common(1)[0][0] if dates else None), ("title", title))
    places = [p for p in (cell(row, "place") for row in body) if p]
    transcript = Transcript(transcript_id, title or default_title, date, places[0] if places else None, source,
                            build_turns(transcript_id, utterances), FORMAT if delimiter != "\t" else "tsv",
                            date_source)
    if skipped:
        transcript.warnings.append(f"{skipped} of {len(body)} rows have no text and were left out")
    if len(dates) > 1:
        transcript.warnings.append(f"rows carry {len(dates)} different dates; the transcript is dated {date}")
    return transcript


def _columns(header: list[str]) -> dict[str, int]:
    """``{field: column index}`` for the header cells that name a known field (first one wins)."""
    found: dict[str, int] = {}
    for index, name in enumerate(header):
        key = " ".join(_UNIT.sub(" ", name.replace("\ufeff", "")).replace("_", " ").replace("-", " ").split())
        for field, synonyms in COLUMNS.items():
            if key.casefold() in synonyms and field not in found:
                found[field] = index
    return found


def _kind(delimiter: str) -> str:
    return "TSV" if delimiter == "\t" else "CSV"
