"""``qa-bot inspect`` and ``qa-bot index`` over a folder mixing every format with broken files."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from qa_bot.presentation.cli import main
from qa_bot.store import IndexStore
from tests.conftest import FIXTURE_ROOT, ROOT, SEED

FIXTURES = FIXTURE_ROOT
RU_PRESS = FIXTURES / "formats" / "ru-press-conference.txt"


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "qa_bot.presentation.cli", *args], capture_output=True, text=True, cwd=ROOT, timeout=300,
        env={**os.environ, "HF_HUB_OFFLINE": "1"},
    )


def test_inspect_help(capsys):
    with pytest.raises(SystemExit) as info:
        main(["inspect", "--help"])
    assert info.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith("usage: qa-bot inspect") and "--max-bytes" in out and "--json" in out


def test_inspect_shows_how_a_file_was_read(capsys):
    assert main(["inspect", str(RU_PRESS), "--turns", "2"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[:3] == [f"File:     {RU_PRESS}", "Format:   press", "Encoding: cp1251"]
    assert out[3].startswith("Title:    Выступление и ответы на вопросы СМИ")
    assert out[4:8] == ["Date:     2022-01-14 (from the title)", "Place:    Москва", "Turns:    5", "Speakers: 2"]
    assert out[8].split() == ["С.В.Лавров", "3", "(written", "'Лавров';", "1", "not", "written", "in", "the", "text)"]
    assert out[9].split() == ["Вопрос", "2", "(written", "'Вопрос", "(переводится", "с", "английского)')"]
    assert out[10] == "First 2 turns:"
    assert out[11].startswith("  0 С.В.Лавров (inferred): Уважаемые дамы и господа, Мы традиционно")
    assert out[12] == "  1 Вопрос: Как вы оцениваете итоги переговоров в Женеве?"


def test_inspect_json(capsys):
    assert main(["inspect", str(FIXTURES / "formats" / "interview.vtt"), "--json", "--turns", "1"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert {k: report[k] for k in ("format", "encoding", "title", "date", "date_source", "turns")} == {
        "format": "vtt", "encoding": "utf-8", "title": "Harbour authority interview", "date": "2022-03-04",
        "date_source": "metadata", "turns": 4,
    }
    assert report["speakers"] == [
        {"name": "Jane Smith", "turns": 2, "labels": ["Dr. Jane Smith", "Jane Smith"], "inferred": 0},
        {"name": "Bob Hale", "turns": 2, "labels": ["Bob Hale"], "inferred": 0},
    ]
    assert report["first_turns"][0]["start"] == 1.25 and report["first_turns"][0]["label"] == "Dr. Jane Smith"


def test_inspect_error_is_one_line():
    result = _cli("inspect", str(FIXTURES / "broken" / "broken-cue.vtt"))
    assert result.returncode == 1
    assert result.stderr == (
        f"qa-bot: error: {FIXTURES / 'broken' / 'broken-cue.vtt'}: "
        "broken cue timing at line 6: '00:00:0x.000 --> 00:00:06.000'\n"
    )


def test_index_mixed_folder_with_broken_files(tmp_path: Path):
    """One `qa-bot index` call over every format plus broken files: a summary naming each skipped file."""
    src = tmp_path / "src"
    shutil.copytree(FIXTURES / "formats", src)
    shutil.copytree(FIXTURES / "broken", src / "broken")
    shutil.copy(SEED, src)
    (src / "huge.txt").write_text("Ann: " + "words " * 5000, encoding="utf-8")
    # twins: the interview again as plain text (same words: left out), the lecture's questions as captions
    # (other words: indexed as whisper-lecture.vtt)
    (src / "interview.txt").write_text(
        "Dr. Jane Smith: Welcome to the harbour authority briefing. Today we talk about the new ferry timetable & "
        "the fares.\n\nBob Hale: Will the night ferry run on Sundays?\n\nJane Smith: Yes, from the first of May, "
        "every Sunday. And the fares stay at four pounds.\n\nBob Hale: Thank you, that is good news for the islands.\n",
        encoding="utf-8")
    (src / "whisper-lecture.vtt").write_text(
        "WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n<v Host>Questions from the floor after the lecture.</v>\n",
        encoding="utf-8")
    good = [*(FIXTURES / "formats").iterdir(), SEED, src / "whisper-lecture.vtt"]

    index = tmp_path / "index"
    result = _cli("index", str(src), "--index", str(index), "--max-bytes", "20000", "--no-progress")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert f"Indexed {len(good)} transcripts" in out
    skipped = {
        src / "broken" / "empty.txt": "file is empty",
        src / "broken" / "screenshot.srt": "binary file (contains NUL bytes), not a transcript",
        src / "broken" / "truncated.json": "malformed JSON at line 1, column 36",
        src / "broken" / "broken-cue.vtt": "broken cue timing at line 6",
        src / "broken" / "broken-block.srt": "broken subtitle timing at line 6",
        src / "broken" / "no-text-column.csv": "CSV header names no speaker or text column",
        src / "broken" / "shopping.md": "no speaker labels found",
        src / "huge.txt": "file is 30,005 bytes, over the 20,000-byte limit",
        src / "interview.txt": f"the same transcript as {src / 'interview.vtt'}, which is read",
    }
    assert f"Skipped {len(skipped)} file(s):" in out
    for path, reason in skipped.items():
        assert f"  {path}: {reason}" in out
    assert f"Note: {src / 'newsroom.csv'}: 1 of 5 rows have no text and were left out" in out
    speakers_line = next(line for line in out.splitlines() if line.startswith("Speakers: "))
    assert "Sergey Lavrov (7)" in speakers_line and "Question (6)" in speakers_line

    store = IndexStore(index)
    try:
        counts = dict(store.speaker_counts())
        assert counts["Jane Smith"] == 4 and counts["С.В.Лавров"] == 3 and counts["SPEAKER_00"] == 2
        ru = store.transcript("ru-press-conference")
        assert (ru.date_source, ru.encoding) == ("title", "cp1251")
        assert [t.label for t in ru.turns][:2] == [None, "Вопрос"]
        assert store.transcript("hearing_18-06-2021").date_source == "file name"
        assert [t.speaker for t in store.transcript("whisper-lecture.vtt").turns] == ["Host"]
    finally:
        store.close()
