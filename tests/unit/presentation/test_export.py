"""The conversation exports: Markdown and CSV content, spreadsheet-formula safety, files written."""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from pathlib import Path

import pytest

from qa_bot.presentation.export import (
    CSV_COLUMNS,
    conversation_csv,
    conversation_markdown,
    spreadsheet_safe,
    write_exports,
)
from qa_bot.types import Answer, Citation

QUOTE = "The dredger is booked for September."


def citation(quote: str = QUOTE, **kw: object) -> Citation:
    fields: dict[str, object] = {
        "speaker": "Harbour Master Tom Reilly",
        "date": dt.date(2021, 3, 4),
        "title": "Harbour Board public meeting",
        "transcript_id": "harbour/2021-03-04",
        "turn_index": 7,
        "char_start": 12,
        "char_end": 12 + len(quote),
        "quote": quote,
        "start": 75.0,
        "context": "When can the dredging start?",
    }
    fields.update(kw)
    return Citation(**fields)  # type: ignore[arg-type]


def exchanges() -> list[tuple[str, Answer]]:
    later = citation("The channel is now five metres deep.", date=dt.date(2022, 9, 15), turn_index=2,
                     start=None, context=None, transcript_id="harbour/2022-09-15")  # fmt: skip
    who = Answer(
        found=True, text=QUOTE, citations=[later, citation()], kind="who",
        headline="Harbour Master Tom Reilly", order="newest first",
        interpreted={"query": "dredging", "filters": {"speakers": ["Harbour Master Tom Reilly"]}, "topic": "dredging"},
    )  # fmt: skip
    missing = Answer(found=False, text="The transcripts don't seem to cover this.")
    return [("Who talked about dredging?", who), ("What about volcanoes?", missing)]


def test_markdown_export_has_every_citation_field() -> None:
    md = conversation_markdown(exchanges(), exported_at=dt.datetime(2024, 5, 1, 12, 0, tzinfo=dt.timezone.utc))
    assert md.startswith("# Transcript Q&A: conversation\n\nExported 2024-05-01 12:00 UTC · 2 question(s)")
    assert "## 1\\. Who talked about dredging?" in md
    assert "*Interpreted as: Harbour Master Tom Reilly · dredging*" in md
    assert "**Harbour Master Tom Reilly**" in md
    assert "*2 sources, newest first.*" in md
    first, second = md.index("### Source 1"), md.index("### Source 2")
    assert first < md.index("> The channel is now five metres deep.") < second < md.index(f"> {QUOTE}")
    source2 = md[second:md.index("## 2\\.")]
    for line in (
        "*In reply to: When can the dredging start?*",
        "- Speaker: Harbour Master Tom Reilly",
        "- Date: 4 March 2021",
        "- Title: Harbour Board public meeting",
        "- Transcript: `harbour/2021-03-04`",
        "- Turn: 7",
        f"- Characters: 12–{12 + len(QUOTE)}",
        "- Timestamp: 1:15",
    ):
        assert line in source2
    assert "Timestamp" not in md[first:second]  # untimed source: no timestamp line
    assert md.rstrip().endswith("The transcripts don't seem to cover this.")


def test_markdown_export_escapes_transcript_markup() -> None:
    planted = "<script>alert(1)</script> [link](http://x) <img src=x onerror=alert(2)>"
    answer = Answer(found=True, text=planted, citations=[citation(planted, speaker=f"Mallory {planted}")])
    md = conversation_markdown([(f"Q {planted}", answer)])
    for raw in ("<script", "<img"):
        assert raw not in md
    assert re.search(r"(?<!\\)\]\(", md) is None  # every link bracket is escaped
    assert "&lt;script&gt;" in md


def read_csv(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


def test_csv_export_one_row_per_citation() -> None:
    rows = read_csv(conversation_csv(exchanges()))
    assert list(rows[0]) == list(CSV_COLUMNS)
    assert [r["question_number"] for r in rows] == ["1", "1", "2"]
    latest, best, missing = rows
    assert latest["source"] == "1" and latest["date"] == "2022-09-15" and latest["timestamp"] == ""
    assert best == best | {
        "question": "Who talked about dredging?",
        "found": "yes",
        "kind": "who",
        "headline": "Harbour Master Tom Reilly",
        "order": "newest first",
        "source": "2",
        "quote": QUOTE,
        "speaker": "Harbour Master Tom Reilly",
        "date": "2021-03-04",
        "title": "Harbour Board public meeting",
        "transcript_id": "harbour/2021-03-04",
        "turn_index": "7",
        "char_start": "12",
        "char_end": str(12 + len(QUOTE)),
        "start_seconds": "75.0",
        "timestamp": "1:15",
        "in_reply_to": "When can the dredging start?",
        "interpreted_as": "Harbour Master Tom Reilly · dredging",
    }
    assert missing["found"] == "no" and missing["quote"] == ""
    assert missing["message"] == "The transcripts don't seem to cover this."


@pytest.mark.parametrize("cell", ["=HYPERLINK(\"http://x\")", "+1+1", "-2+3", "@SUM(A1)", "\tx", "\rx"])
def test_csv_cells_that_a_spreadsheet_would_run_are_made_literal(cell: str) -> None:
    assert spreadsheet_safe(cell) == "'" + cell
    answer = Answer(found=True, text=cell, citations=[citation(cell, speaker=cell)])
    row = read_csv(conversation_csv([(cell, answer)]))[0]
    assert row["quote"] == row["speaker"] == row["question"] == "'" + cell


def test_spreadsheet_safe_leaves_plain_values() -> None:
    assert spreadsheet_safe("Plain words, with = inside") == "Plain words, with = inside"
    assert spreadsheet_safe(-3) == "-3"  # numbers are numbers, not formulas
    assert spreadsheet_safe(None) == ""
    assert spreadsheet_safe(True) == "yes"


def test_write_exports_writes_both_files(tmp_path: Path) -> None:
    md_path, csv_path = write_exports(exchanges(), tmp_path / "out")
    assert md_path.name == "conversation.md" and csv_path.name == "conversation.csv"
    assert md_path.read_text(encoding="utf-8").startswith("# Transcript Q&A")
    raw = csv_path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # byte-order mark: spreadsheets read UTF-8
    assert read_csv(raw.decode("utf-8-sig"))[1]["quote"] == QUOTE
