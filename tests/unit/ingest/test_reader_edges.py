"""Edge cases of readers that real held-out files brought (sets 152 to 161): inputs a careless reading would crash
on or misread, each checked at the function that reads it."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from qa_bot.errors import IngestError
from qa_bot.ingest import load_transcript
from qa_bot.ingest.binary import binary_format
from qa_bot.ingest.interview_tables import table_interview
from qa_bot.ingest.js_module import module_text
from qa_bot.ingest.signed import signed_utterances
from qa_bot.ingest.wrapped_labels import stacked_names_joined


def test_a_damaged_qualitative_analysis_project_is_refused_with_a_reason(tmp_path: Path):
    path = tmp_path / "broken.qdpx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("project.qde", '<Project><TextSource plainTextPath="internal://a.txt" /></Project>')
        archive.writestr("sources/a.txt", "Ann: hello there. " * 200)
    data = bytearray(path.read_bytes())
    at = data.index(b"sources/a.txt") + len(b"sources/a.txt") + 10  # inside the compressed words
    data[at:at + 40] = b"\xff" * 40
    path.write_bytes(bytes(data))
    with pytest.raises(IngestError, match="REFI-QDA"):
        load_transcript(path)


def test_a_project_whose_words_mention_a_word_file_is_still_a_project(tmp_path: Path):
    path = tmp_path / "p.qdpx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as archive:
        archive.writestr("project.qde", '<Project><TextSource plainTextPath="internal://a.txt" /></Project>')
        archive.writestr("sources/a.txt", "Ann: the word/phrase file and xl/workbook are here.\n\nBob: yes.\n")
    assert binary_format(path.read_bytes()) == "qdpx"


def test_a_table_of_questions_without_rows_is_no_interview():
    assert table_interview(["| Pergunta | Resposta |", "|---|---|", "", "Texto do relatório."]) is None


def test_a_heading_over_questions_names_no_interviewee():
    lines = ["## Interview Questions", "", "| Question | Answer |", "|---|---|",
             *[f"| Question {n}? | Answer {n}. |" for n in range(3)]]
    assert table_interview(lines) is None  # "Questions" is no one: the answers stay no one's (no one is named)


def test_a_participant_code_signs_and_a_page_does_not():
    quoted = [f"“Answer number {n} about the library's opening hours and its posts online” (P{n})." for n in range(8)]
    assert [u.label for u in signed_utterances(quoted)] == [f"P{n}" for n in range(8)]
    paged = [f"Finding number {n} about the library's opening hours, as the survey shows (p. {n})." for n in range(8)]
    assert signed_utterances(paged) is None


def test_a_module_keeps_an_escaped_backslash_and_reads_a_type_alias_with_braces():
    text = ('type Item = { id: string; text: string };\n'
            'export const data: Item[] = [{id: "1", text: "C:\\\\dir \\“q\\”"}];')
    assert module_text(text) == '[{"id": "1", "text": "C:\\\\dir “q”"}]'


def test_a_stacked_name_counts_its_party_once():
    lines = ["Clara", "Bünger", "Die Linke", "Sehr geehrte Frau Präsidentin! Meine Rede beginnt hier."]
    assert stacked_names_joined(lines) == lines  # one person, one party line: no convention
