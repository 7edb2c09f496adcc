"""Spreadsheet exports (.csv, .tsv, tab-separated .txt): one turn per row, columns by header or content.

A header naming a speaker and a text column is used as it is; ``date``, ``start``, ``end``, ``title`` and ``place``
columns are optional. Header names are matched case-insensitively, ignoring spaces, ``_`` and ``-`` and units in
parentheses (``Start (s)``), against the synonyms in ``COLUMNS`` (``table_columns``). When the header names no
such columns (``name``, ``commentFull``) or there is no header row at all (tier exports: tier, speaker, start, end,
text), the columns are inferred from the cells; ``columns=`` (the CLI's ``--columns speaker=name,text=commentFull``)
names them outright. The delimiter is a tab for .tsv and sniffed among ``, ; TAB |`` for .csv.
"""

from __future__ import annotations

import csv
import io
import re
from collections import Counter
from collections.abc import Mapping

from qa_bot.errors import IngestError, QABotError
from qa_bot.ingest.cell_labels import (
    caption_cues,
    dialogue_cells,
    interjections_in_cells,
    speakers_in_cells,
    words_in_speaker_cells,
    written_once,
)
from qa_bot.ingest.cues import cue_turns
from qa_bot.ingest.metadata import first_date
from qa_bot.ingest.role_columns import role_rows
from qa_bot.ingest.speakers import Utterance, line_turns
from qa_bot.ingest.stt_base import word_rows
from qa_bot.ingest.table_columns import COLUMNS, layout, named_columns
from qa_bot.text import clean_line, clean_paragraphs, in_milliseconds, parse_date, parse_seconds
from qa_bot.types import Transcript, Turn

FORMAT = "csv"
SNIFFED_LINES = 20  # lines read to find the delimiter
_QUOTED_ROW = re.compile(r'^\s*"[^"]*"(?: "[^"]*"){1,9}\s*$')  # every cell quoted, one space between


def parse_table(text: str, transcript_id: str, source: str, default_title: str, delimiter: str | None = None,
                *, columns: Mapping[str, str] | None = None) -> Transcript:
    """Parse CSV/TSV text; raise ``IngestError`` when no text column is found or a row is malformed.

    ``columns`` overrides what the header says: ``{"speaker": "name", "text": "commentFull"}``
    (header names, case-insensitive, or 1-based column numbers for a headerless file).
    """
    first_line = text.lstrip("\n").split("\n", 1)[0]
    delimiter = " " if _QUOTED_ROW.match(first_line) else delimiter
    if delimiter is None:
        sample = "\n".join(text.lstrip("\n").split("\n", SNIFFED_LINES)[:SNIFFED_LINES])
        delimiter = _sniffed(sample, first_line) or _sniffed(first_line, first_line) or ","
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    try:
        rows = [row for row in reader if any(cell.strip() for cell in row)]
    except csv.Error as exc:
        kind = "TSV" if delimiter == "\t" else "CSV"
        raise IngestError(source, f"malformed {kind} at line {reader.line_num}: {exc}") from exc
    return parse_rows(rows, transcript_id, source, default_title, "tsv" if delimiter == "\t" else FORMAT,
                      columns=columns)


def _sniffed(sample: str, first_line: str) -> str | None:
    """The delimiter the rows of ``sample`` agree on (not one row's: its words may hold commas), if the first line
    has it; else None."""
    try:
        delimiter = csv.Sniffer().sniff(sample, delimiters=",;\t|").delimiter
    except csv.Error:
        return None
    return delimiter if delimiter in first_line else None


def parse_rows(rows: list[list[str]], transcript_id: str, source: str, default_title: str, fmt: str = FORMAT,
               *, columns: Mapping[str, str] | None = None) -> Transcript:
    """One turn per row of a table (a spreadsheet, or a table in a Word file); see ``parse_table``.

    Rows are sorted by start time when every row has one (tier exports list one tier after another)."""
    kind = "TSV" if fmt == "tsv" else fmt.upper()
    rows = [row for row in rows if any(cell.strip() for cell in row)]
    if not rows:
        raise IngestError(source, f"{kind} has no rows")
    if not columns and "speaker" not in named_columns(rows[0]) and (words := word_rows(rows) or role_rows(rows)):
        return Transcript(transcript_id, default_title, None, None, source, line_turns(transcript_id, words),
                          f"{fmt} ({'a column a role' if words[0].label else 'words'})")  # or a word a row
    fields, has_header = layout(rows, columns or {}, source, kind)
    body = [row for row in rows[1:] if row != rows[0]] if has_header else rows  # the header repeated: files joined

    def cell(row: list[str], name: str) -> str:
        index = fields.get(name)
        return clean_line(row[index]) if index is not None and index < len(row) else ""

    header = clean_line(rows[0][fields["start"]]) if has_header and "start" in fields else ""
    scale = 0.001 if in_milliseconds([cell(row, "start") for row in body], header) else 1.0

    def seconds(row: list[str], name: str) -> float | None:
        value = parse_seconds(cell(row, name))
        return None if value is None else value * scale

    utterances = []
    skipped = 0
    for row in body:
        body_text = clean_paragraphs(row[fields["text"]] if fields["text"] < len(row) else "")
        if not body_text:
            skipped += 1
            continue
        utterances.append(Utterance(
            body_text, cell(row, "speaker").rstrip(":：").rstrip() or None, start=seconds(row, "start"),
            end=seconds(row, "end"),
        ))
    if (dialogue := dialogue_cells(utterances)) is not None:  # a conversation a cell: its labels name the speakers
        utterances, fields = dialogue, {k: v for k, v in fields.items() if k not in ("speaker", "start", "end")}
    named = speakers_in_cells(utterances) if "speaker" not in fields else written_once(words_in_speaker_cells(
        utterances))
    cues = caption_cues(utterances) if "speaker" not in fields and named is utterances else None
    utterances = named if cues else interjections_in_cells(named)  # labels inside the cells, a column or none
    if utterances and all(u.start is not None for u in utterances):
        utterances.sort(key=lambda u: u.start)
    titles = [t for t in (cell(row, "title") for row in body) if t]
    dates = Counter(d for d in (parse_date(cell(row, "date")) for row in body) if d)
    title = titles[0] if titles else None
    date, date_source = first_date(("metadata", dates.most_common(1)[0][0] if dates else None), ("title", title))
    places = [p for p in (cell(row, "place") for row in body) if p]
    turns, convention = cue_turns(transcript_id, cues) if cues else (line_turns(transcript_id, utterances), None)
    transcript = Transcript(transcript_id, title or default_title, date, places[0] if places else None, source,
                            turns, f"{fmt} (captions)" if cues else fmt, date_source, label_convention=convention)
    if skipped:
        transcript.warnings.append(f"{skipped} of {len(body)} rows have no text and were left out")
    if len(dates) > 1:
        transcript.warnings.append(f"rows carry {len(dates)} different dates; the transcript is dated {date}")
    if fields != named_columns(rows[0]):  # some columns were inferred or named by the caller: say which
        def name(index: int) -> str:
            return repr(clean_line(rows[0][index])) if has_header and index < len(rows[0]) else f"column {index + 1}"
        read = ", ".join(f"{field} {name(index)}" for field, index in sorted(fields.items(), key=lambda x: x[1]))
        transcript.warnings.append(f"columns read as {read}{'' if has_header else ' (no header row)'}"
                                   + ("" if "speaker" in fields else _no_speaker_column(turns)))
    return transcript


def _no_speaker_column(turns: list[Turn]) -> str:
    """The end of the columns note when no column holds the speaker."""
    return ("; no speaker column: speakers read from the labels that open the text cells"
            if any(t.label for t in turns) else "; no speaker column, so no speakers")


def column_overrides(spec: str | Mapping[str, str] | None) -> dict[str, str]:
    """``{"speaker": "name", "text": "commentFull"}`` from ``"speaker=name,text=commentFull"`` (or a mapping);
    ``QABotError`` naming the valid fields when a field is unknown or a pair is malformed."""
    if not spec:
        return {}
    pairs = spec.items() if isinstance(spec, Mapping) else (
        part.split("=", 1) if "=" in part else (part, "") for part in spec.split(",") if part.strip()
    )
    found: dict[str, str] = {}
    for field, column in pairs:
        field, column = field.strip().casefold(), column.strip()
        if field not in COLUMNS or not column:
            raise QABotError(f"bad column override {field}={column!r}: give FIELD=COLUMN pairs, FIELD one of "
                             f"{', '.join(COLUMNS)} and COLUMN a header name or a column number, e.g. "
                             "speaker=name,text=commentFull")
        found[field] = column
    return found


def tabular_format(text: str) -> str | None:
    """``"tsv"`` for tab-separated rows (spreadsheet and ELAN exports in ``.txt``, headed or not) and rows of quoted
    cells a space apart (R's write.table); ``"csv"`` for rows of three cells or more split by bars (``mn015|so i
    guess…|S``) and comma rows under a header naming a speaker and a text column (a dataset's hearing in ``.txt``)."""
    lines = [line for line in text.split("\n")[:200] if line.strip()]
    if len(lines) < 2:
        return None
    header = next(csv.reader(lines[:1]))
    if "," in lines[0] and "\t" not in lines[0] and {"speaker", "text"} <= named_columns(header).keys():
        rows = list(csv.reader(io.StringIO(text[:50_000])))[:-1]  # the last row read may be cut short
        if sum(len(row) == len(rows[0]) for row in rows) >= 0.8 * len(rows):
            return "csv"
    quoted = all(map(_QUOTED_ROW.match, lines))  # '"1" "THREEPIO" "Did you hear that?"'
    for delimiter, fewest, fmt in (("\t", 1, "tsv"), ("|", 2, "csv")):
        cells, n = Counter(line.count(delimiter) for line in lines).most_common(1)[0]
        indented = all(line.startswith(delimiter) for line in lines if delimiter in line)  # text indented by tabs
        if cells >= fewest and n >= 0.8 * len(lines) and not lines[0].startswith("|") and not indented:  # "|": Markdown
            return fmt
    return "tsv" if quoted else None
