"""PDF transcripts (page furniture and line numbers removed) and Word files (paragraphs, or a speaker table)."""

from __future__ import annotations

from pathlib import Path

import pytest

from qa_bot.errors import IngestError
from qa_bot.ingest import load_transcript
from qa_bot.ingest.pdf import clean_pages
from qa_bot.pipeline.build import build_index
from tests.conftest import FIXTURE_ROOT

EXPORTS = FIXTURE_ROOT / "exports"
PDF = (EXPORTS / "senate-interview.pdf").read_bytes()


def test_court_style_pdf_loses_headers_footers_and_line_numbers():
    t = load_transcript(EXPORTS / "senate-interview.pdf")
    assert (t.format, t.title) == ("pdf (plain)", "COMMITTEE ON THE HARBOUR - INTERVIEW OF JANE DOE")
    texts = [u.text for u in t.turns]
    assert texts[0] == "The interview will come to order. We are here to ask about the ferry contract."
    assert "Where were you on the night of the storm?" in texts
    assert texts[-1] == "We are adjourned."
    everything = "\n".join(texts)
    for furniture in ("Page 1 of 2", "Ace Reporting", "COMMITTEE ON THE HARBOUR", "1   ", "  2"):
        assert furniture not in everything
    # with the line numbers gone, labels open their lines again
    assert {"THE CHAIRMAN", "MR. DAVIS", "MS. SAWYER"} <= {u.label for u in t.turns}


def test_clean_pages_keeps_numbers_that_are_not_line_numbers():
    pages = ["REPORT\nAnn: We counted 12 ferries.\n2021 was a busy year.\nPage 1", "REPORT\nBob: And 14 now.\nPage 2"]
    text, title = clean_pages(pages)
    assert text == "Ann: We counted 12 ferries.\n2021 was a busy year.\nBob: And 14 now."
    assert title == "REPORT"


def test_teams_word_export():
    t = load_transcript(EXPORTS / "teams-meeting.docx")
    assert (t.format, t.title, str(t.date)) == ("docx (timed text)", "Harbour board weekly", "2023-03-14")
    assert [(u.speaker, u.start, u.text) for u in t.turns] == [
        ("Ann Lee", 3.0, "Welcome to the weekly harbour board meeting."),
        ("Bob Hale", 12.0, "Thanks. The dredging is a week ahead of plan."),
        ("Ann Lee", 65.0, "Good. Then the fares."),
    ]


def test_word_file_with_a_speaker_table():
    t = load_transcript(EXPORTS / "service-table.docx")
    assert (t.format, t.title) == ("docx (table)", "Interview transcript")
    assert [(u.speaker, u.start) for u in t.turns] == [("Interviewer", 1.0), ("Maria Reyes", 6.0),
                                                       ("Interviewer", 14.0)]
    assert t.turns[1].text == "It is a pleasure. The ferries are busier than ever this summer."


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("broken.pdf", PDF[:300], "broken PDF ("),
        ("scan.pdf", PDF.replace(b"Tj", b"  "), "PDF has no text layer (2 page(s) of images?): run OCR on it first"),
        ("renamed.pdf", b"Ann: hello\n", "not a PDF file (it does not start with %PDF-)"),
        ("broken.docx", b"PK\x03\x04 word/document.xml but no zip", "broken Word file ("),
        ("old.docx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1 an old .doc", "not a Word .docx file"),
    ],
)
def test_bad_binary_files_get_a_one_line_reason(tmp_path: Path, name: str, data: bytes, reason: str):
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(IngestError) as info:
        load_transcript(path)
    assert info.value.reason.startswith(reason) and "\n" not in info.value.reason


def test_a_pdf_broken_later_keeps_its_indexed_version(tmp_path: Path, fake_embedder):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "interview.pdf").write_bytes(PDF)
    first = build_index([docs], tmp_path / "index", embedder=fake_embedder)
    (docs / "interview.pdf").write_bytes(PDF[:300])
    second = build_index([docs], tmp_path / "index", embedder=fake_embedder)
    assert second.kept == ["interview"] and second.turns == first.turns
    assert second.skipped[str(docs / "interview.pdf")].startswith("broken PDF (")
