"""Bad input: each broken file gets its path and a specific reason, and no byte string makes a parser
raise anything but ``IngestError`` (a property test with hypothesis, bounded and deterministic)."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from qa_bot.errors import IngestError
from qa_bot.ingest import SUPPORTED_SUFFIXES, load_transcript, parse_text
from qa_bot.types import Transcript
from tests.conftest import FIXTURE_ROOT

BROKEN = FIXTURE_ROOT / "broken"

EXPECTED_REASONS = {
    "empty.txt": "file is empty",
    "screenshot.srt": "binary file (contains NUL bytes)",
    "truncated.json": "malformed JSON at line 1, column 36",
    "broken-cue.vtt": "broken cue timing at line 6: '00:00:0x.000 --> 00:00:06.000'",
    "broken-block.srt": "broken subtitle timing at line 6: '00:00:03,000 -> 00:00:04,000'",
    "no-text-column.csv": "CSV header names no speaker or text column",
    "shopping.md": "no speaker labels found",
}


def test_every_broken_fixture_is_covered():
    assert sorted(p.name for p in BROKEN.iterdir()) == sorted(EXPECTED_REASONS)


@pytest.mark.parametrize(("name", "reason"), sorted(EXPECTED_REASONS.items()))
def test_broken_file_names_its_path_and_reason(name: str, reason: str):
    path = BROKEN / name
    with pytest.raises(IngestError) as info:
        load_transcript(path)
    assert info.value.path == str(path)
    assert reason in info.value.reason
    assert str(info.value).startswith(f"{path}: ")


def test_size_limit_is_configurable(tmp_path: Path):
    path = tmp_path / "big.vtt"
    path.write_text("WEBVTT\n\n" + "00:01.000 --> 00:02.000\n<v Ann>words\n\n" * 50, encoding="utf-8")
    with pytest.raises(IngestError, match="over the 1,000-byte limit"):
        load_transcript(path, max_bytes=1000)
    assert load_transcript(path, max_bytes=10_000).turns[0].speaker == "Ann"


# --------------------------------------------------------------------------- #
# Property: any bytes, any supported extension -> a valid Transcript or IngestError
# --------------------------------------------------------------------------- #

# Pieces of every format, so that generated files reach deep into the parsers, not only the decoder.
FRAGMENTS = [
    "WEBVTT", "WEBVTT - T\n", "NOTE x\n", "1\n", "00:00:01.000 --> 00:00:02.000", "00:00:01,000 --> 00:00:02,000",
    "00:0x:01.000 --> 1", "-->", "<v Ann>", "<v.loud Bob Lee>", "</v>", "<b>", "&amp;", "{\\an8}", "- ", ">> ",
    "[MUSIC]", "(applause)", "DR. JANE SMITH:", "Question:", "Вопрос:", "С.В.Лавров:", "Sergey Lavrov:",
    "**Ann:**", "**[00:01:05] Ann:**", "[00:01:05] Ann:", "SPEAKER_00:", "Speaker 1:", "# Title", "---",
    "title: x", "date: 2021-06-18", "Date: 14 января 2022 года", "Title:", "15:45", "1225-18-06-2021",
    "Moscow, June 18, 2021", "Дополнительные материалы", '{"segments": [', '{"turns": [', '"speaker": "A",',
    '"text": "hi"', '"start": 1.5', '"start": "00:01"', "]}", "}", "{", "[", "null", "speaker,text,start\n",
    "speaker\ttext\n", '"a, b"', ";", "\t", ",", "\n", "\n\n", "\r\n", " ", "\ufeff", "\x00", "é", "ё",
]
ENCODINGS = ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "cp1251", "latin-1"]
SUFFIXES = [*SUPPORTED_SUFFIXES, ".bin"]
PROPERTY = settings(
    max_examples=150, derandomize=True, deadline=None, database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
format_text = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=8)), max_size=40).map("".join)


def check_transcript(transcript: Transcript) -> None:
    """What every parser promises about a transcript it returns."""
    assert transcript.turns
    for i, turn in enumerate(transcript.turns):
        assert turn.index == i and turn.transcript_id == transcript.id
        assert turn.speaker and turn.text and turn.text == turn.text.strip()
        assert turn.speaker_inferred or turn.label
        assert turn.start is None or turn.start >= 0


def load_or_refuse(path: Path) -> None:
    try:
        transcript = load_transcript(path, max_bytes=100_000)
    except IngestError as exc:
        assert exc.path == str(path) and exc.reason
        return
    check_transcript(transcript)


@PROPERTY
@given(data=st.binary(max_size=400), suffix=st.sampled_from(SUFFIXES))
def test_any_bytes_load_or_raise_ingest_error(tmp_path: Path, data: bytes, suffix: str):
    path = tmp_path / f"random{suffix}"
    path.write_bytes(data)
    load_or_refuse(path)


@PROPERTY
@given(text=format_text, suffix=st.sampled_from(SUFFIXES), encoding=st.sampled_from(ENCODINGS))
def test_format_like_files_load_or_raise_ingest_error(tmp_path: Path, text: str, suffix: str, encoding: str):
    path = tmp_path / f"shaped{suffix}"
    path.write_bytes(text.encode(encoding, errors="replace"))
    load_or_refuse(path)


@PROPERTY
@given(text=format_text, suffix=st.sampled_from(SUFFIXES))
def test_parsers_on_decoded_text(text: str, suffix: str):
    """The parsers themselves (past the decoder), on any text."""
    try:
        transcript = parse_text(text, Path(f"t{suffix}"), "t")
    except IngestError:
        return
    check_transcript(transcript)


@pytest.mark.parametrize(
    "document",
    [
        {"audio_url": "a.mp3", "words": 5},  # AssemblyAI with a number where its words should be
        {"results": {"channels": [{"alternatives": [{"words": 7}]}]}},  # Deepgram likewise
        {"monologues": [{"elements": [{"value": "Hi", "type": "text"}]}], "speakers": [{"id": ["x"], "name": "A"}]},
    ],
)
def test_json_of_an_unexpected_shape_is_refused_in_one_line(tmp_path: Path, document: dict):
    """A shape no reader expected ends in one IngestError line, never a traceback that stops a build."""
    import json

    path = tmp_path / "odd.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    try:
        transcript = load_transcript(path)
    except IngestError as exc:
        assert "\n" not in exc.reason and exc.path == str(path)
    else:
        assert transcript.turns  # read after all: then it must have turns


def test_front_matter_with_an_unquoted_colon_in_a_value_is_read_as_written(tmp_path: Path):
    """YAML refuses 'title: Memórias: Entrevista' (a colon inside a value); every line is still 'key: value'."""
    text = ("---\n\ninterviewee: Deborah Andrade\ntitle: Memórias da Universidade: Entrevista com Deborah\nnotes:\n\n"
            "---\n\nPergunta: Qual o seu nome completo?\n\nResposta: Débora Perrotta de Andrade.\n\n"
            "Pergunta: E a tese?\n\nResposta: A tese de doutoramento não recomendo a ninguém.\n")
    path = tmp_path / "entrevista.txt"
    path.write_text(text, encoding="utf-8")
    interview = load_transcript(path)
    assert interview.title == "Memórias da Universidade: Entrevista com Deborah"
    assert [t.speaker for t in interview.turns] == ["Pergunta", "Resposta", "Pergunta", "Resposta"]
