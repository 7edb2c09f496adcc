"""The qa-bot command and the rebuild script: help, JSON shapes, one-line errors."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from qa_bot.presentation.cli import main
from tests.conftest import ROOT, SAMPLE_DIR

COMMANDS = ["index", "search", "ask", "serve"]
HIT_FIELDS = {
    "transcript_id", "title", "date", "speaker", "turn_start", "turn_end", "text", "score", "start", "context"
}
CITATION_FIELDS = {
    "speaker", "date", "title", "transcript_id", "turn_index", "char_start", "char_end", "start", "quote"
}


def _run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "qa_bot.presentation.cli", *args],
        capture_output=True, text=True, cwd=ROOT, timeout=300,
        env={**os.environ, "HF_HUB_OFFLINE": "1", **(env or {})},
    )


def test_top_level_help(capsys):
    with pytest.raises(SystemExit) as info:
        main(["--help"])
    assert info.value.code == 0
    out = capsys.readouterr().out
    assert all(cmd in out for cmd in COMMANDS)


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help(capsys, command):
    with pytest.raises(SystemExit) as info:
        main([command, "--help"])
    assert info.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith(f"usage: qa-bot {command}")
    assert "--index" in out


def test_rebuild_script_help_matches_index_command():
    result = subprocess.run(
        [sys.executable, "scripts/rebuild_index.py", "--help"], capture_output=True, text=True, cwd=ROOT, timeout=60
    )
    assert result.returncode == 0
    for option in ("SRC", "--index", "--model", "--full"):
        assert option in result.stdout


@pytest.mark.integration
def test_ask_json(real_index: Path):
    result = _run("ask", "What did Lavrov say about the Open Skies Treaty?", "--index", str(real_index), "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert set(data) >= {"found", "text", "citations", "hits", "interpreted"}
    assert data["found"] is True
    citation = data["citations"][0]
    assert set(citation) >= CITATION_FIELDS
    assert citation["speaker"] == "Sergey Lavrov"
    assert citation["date"] == "2021-06-18"
    assert "Open Skies" in citation["quote"] and citation["quote"] == data["text"]
    assert all(set(h) >= HIT_FIELDS for h in data["hits"])


@pytest.mark.integration
def test_ask_text_shows_headline_quote_citation_and_reading(real_index: Path):
    result = _run("ask", "Who talked about cybercrime?", "--index", str(real_index))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "Who: Sergey Lavrov"
    assert lines[1].startswith("“") and "cybercrime" in lines[1]
    assert lines[2].startswith("— Sergey Lavrov, 2021-06-18")
    assert lines[3] == "Interpreted as: cybercrime"
    unknown = _run("ask", "What did Obama say about NATO?", "--index", str(real_index))
    assert "Interpreted as: Obama (no turns) · NATO" in unknown.stdout


@pytest.mark.integration
def test_search_json_and_filters(real_index: Path):
    result = _run("search", "ambassadors", "--index", str(real_index), "-k", "3", "--speaker", "Question",
                  "--since", "2021-06-01", "--until", "2021-06-30", "--json")
    assert result.returncode == 0, result.stderr
    hits = json.loads(result.stdout)
    assert len(hits) == 3
    assert {h["speaker"] for h in hits} == {"Question"}
    assert all(set(h) >= HIT_FIELDS and h["date"] == "2021-06-18" for h in hits)


@pytest.mark.integration
def test_ask_not_found_json(real_index: Path):
    result = _run("ask", "What is the recipe for chocolate cake?", "--index", str(real_index), "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["found"] is False and data["citations"] == []


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["ask", "anything", "--index", "/nonexistent/index"], "no index at /nonexistent/index"),
        (["index", "/nonexistent/folder", "--index", "/tmp/qa-bot-never"], "source not found: /nonexistent/folder"),
        (["index", "data/sample", "--index", "/tmp/qa-bot-never", "--precision", "int8", "--backend", "torch"],
         "precision int8 runs a quantised ONNX model on the CPU"),
    ],
)
def test_user_errors_are_one_line(args, message):
    result = _run(*args)
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [result.stderr.strip()]
    assert message in result.stderr and "Traceback" not in result.stderr


@pytest.mark.integration
def test_bad_filter_is_one_line(real_index: Path):
    result = _run("search", "x", "--index", str(real_index), "--speaker", "Putin")
    assert result.returncode == 1
    assert result.stderr.startswith("qa-bot: error: no speaker matching 'Putin'")
    assert "Traceback" not in result.stderr


def test_index_command_builds_and_reports(tmp_path: Path):
    src = tmp_path / "src"
    src.mkdir()
    (src / "a.txt").write_text("Title: A\nDate: 2020-01-02\n\nAnn: Hello there, this is a test.\n")
    (src / "broken.json").write_text("{")
    index = tmp_path / "index"
    result = subprocess.run(
        [sys.executable, "scripts/rebuild_index.py", str(src), "--index", str(index)],
        capture_output=True, text=True, cwd=ROOT, timeout=300, env={**os.environ, "HF_HUB_OFFLINE": "1"},
    )
    assert result.returncode == 0, result.stderr
    assert "Indexed 1 transcripts (1 turns, 1 passages)" in result.stdout
    assert f"{src / 'broken.json'}: malformed JSON" in result.stdout
    assert (index / "manifest.json").exists()
    assert SAMPLE_DIR.exists()
