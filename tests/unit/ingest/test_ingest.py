"""Parsing: the seed press transcript, plain and JSON transcripts, bad files."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from qa_bot.errors import IngestError, QABotError
from qa_bot.ingest import discover, load_transcript
from tests.conftest import FIXTURES, SEED, refusal


@pytest.fixture(scope="module")
def seed():
    return load_transcript(SEED)


def test_seed_header(seed):
    assert seed.format == "press"
    assert seed.date == dt.date(2021, 6, 18)
    assert seed.place == "Moscow"
    assert seed.title.startswith("Foreign Minister Sergey Lavrov’s statement")
    assert seed.title.endswith("Moscow, June 18, 2021")


def test_seed_turns_and_speakers(seed):
    assert [t.speaker for t in seed.turns] == ["Sergey Lavrov", "Question"] * 3 + ["Sergey Lavrov"]
    assert [t.index for t in seed.turns] == list(range(7))
    assert seed.speakers == ["Sergey Lavrov", "Question"]


def test_seed_opening_statement_is_inferred(seed):
    opening = seed.turns[0]
    assert opening.speaker_inferred is True
    assert opening.text.startswith("Colleagues,\n\nYesterday and today we held detailed talks")
    assert "Open Skies Treaty (TOS)" in opening.text
    assert not any(t.speaker_inferred for t in seed.turns[1:])


def test_seed_labels_removed_and_paragraphs_kept(seed):
    reply = seed.turns[2]
    assert reply.text.startswith("The issue of Belarus was mentioned")
    assert reply.text.endswith("It seemed very useful to me.")
    assert reply.text.count("\n\n") == 3
    assert seed.turns[6].text == "We do not comment on rumours."
    assert not any(t.text.startswith(("Question:", "Sergey Lavrov:")) for t in seed.turns)


def test_seed_boilerplate_and_header_absent(seed):
    everything = "\n".join(t.text for t in seed.turns)
    for junk in ("Дополнительные", "Фото", "альбом", "Некорректно", "1225-18-06-2021", "15:45"):
        assert junk not in everything
    assert not any("\u0400" <= ch <= "\u04ff" for ch in everything)


def test_plain_transcript_with_header():
    t = load_transcript(FIXTURES / "committee" / "health-2019-03-12.txt", "committee/health-2019-03-12")
    assert t.format == "plain"
    assert t.title == "Health Committee, oral evidence on hospital waiting lists"
    assert t.date == dt.date(2019, 3, 12)
    # Courtesy titles stay out of the display name (issue 3); the label as written is kept.
    assert [u.speaker for u in t.turns] == ["Chair", "Jane Smith", "John Brown", "Chair", "Jane Smith"]
    assert t.turns[1].label == "Dr Jane Smith"
    # A continuation line joins its speaker's paragraph.
    assert t.turns[1].text.endswith("have no social care place.")
    assert not any(u.speaker_inferred for u in t.turns)


def test_plain_date_in_words():
    t = load_transcript(FIXTURES / "committee" / "budget-2020-05-01.txt")
    assert t.date == dt.date(2020, 5, 1)
    assert t.turns[1].speaker == "Minister Alan Green"


def test_plain_unlabeled_opening_is_kept(tmp_path: Path):
    path = tmp_path / "notes.txt"
    path.write_text("Some preamble without a speaker.\n\nAlice: Hello there.\nBob: Hi.\n", encoding="utf-8")
    t = load_transcript(path)
    assert [(u.speaker, u.speaker_inferred) for u in t.turns] == [
        ("Unknown speaker", True), ("Alice", False), ("Bob", False)
    ]
    assert t.title == "notes"


def test_json_qmsum_shape():
    t = load_transcript(FIXTURES / "design-meeting.json")
    assert t.format == "json"
    assert t.title == "Remote control design meeting"
    assert t.date == dt.date(2005, 6, 14)
    assert len(t.turns) == 5
    assert t.turns[2].speaker == "Marketing"
    assert "spongy rubber case" in t.turns[2].text


def test_json_segments_with_times(tmp_path: Path):
    path = tmp_path / "talk.json"
    path.write_text(json.dumps({"segments": [
        {"name": "Ann", "text": "First point.", "start": 1.5, "end": 3},
        {"speaker": "", "utterance": "Nobody labelled this.", "start": 4},
        {"speaker": "Ann", "text": "   "},
    ]}), encoding="utf-8")
    t = load_transcript(path)
    assert [(u.speaker, u.start, u.end) for u in t.turns] == [("Ann", 1.5, 3.0), ("Unknown speaker", 4.0, None)]
    assert t.turns[1].speaker_inferred


def test_utf8_bom_and_crlf(tmp_path: Path):
    path = tmp_path / "bom.txt"
    path.write_bytes("\ufeffTitle: Café\r\n\r\nZoë: Voilà, ça marche.\r\n".encode())
    t = load_transcript(path)
    assert t.title == "Café"
    assert t.turns[0].speaker == "Zoë"
    assert t.turns[0].text == "Voilà, ça marche."


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("empty.txt", b"", "empty"),
        ("blank.txt", b"\n \n\t\n", "empty"),
        ("binary.txt", b"\x00\x01\x02\xff\xfe\x00" * 50, "binary"),
        ("broken.json", b'{"turns": [', "malformed JSON"),
        ("nolist.json", b'{"title": "x"}', "no list of turns"),
        ("noturns.json", b'{"turns": [{"speaker": "A"}]}', "no transcript turns"),
        # issue 3: subtitles, deep JSON, control characters, front matter
        ("ends-early.srt", b"1\n00:00:05,000 --> 00:00:01,000\nBackwards.\n", "ends (1s) before it starts (5s)"),
        ("ends-early.vtt", b"WEBVTT\n\n00:05.000 --> 00:01.000\nBackwards.\n", "ends before it starts"),
        ("no-header.vtt", b"Captions of the hearing\n\n1:00 to 2:00\nNo cue timing.\n", "not a WebVTT file"),
        ("deep.json", b"[" * 100_000, "malformed JSON"),
        ("null.json", b"null", "no list of turns"),
        ("noise.txt", bytes(range(1, 32)) * 40, "binary file"),
        ("bom-only.txt", b"\xef\xbb\xbf", "file is empty"),
        ("nul-utf8.txt", b"Ann: hi\x00 there\n", "binary file"),
        ("fm-list.md", b"---\n- a\n- b\n---\n\nAnn: Hi.\n", "front matter is not a mapping"),
        ("fm-date.md", b"---\ndate: 2021-02-30\n---\n\nAnn: Hi.\n", "malformed front matter"),
    ],
)
def test_bad_files_raise_ingest_error(tmp_path: Path, name: str, content: bytes, reason: str):
    assert reason in refusal(tmp_path, name, content)  # the message names the file too (refusal checks)


def test_oversized_file(tmp_path: Path):
    path = tmp_path / "big.txt"
    path.write_text("A: " + "word " * 100, encoding="utf-8")
    with pytest.raises(IngestError, match="over the 100-byte limit"):
        load_transcript(path, max_bytes=100)


def test_discover_ids_are_relative_paths():
    ids = [s.transcript_id for s in discover([FIXTURES])]
    assert ids == ["committee/budget-2020-05-01", "committee/health-2019-03-12", "design-meeting"]
    assert [s.transcript_id for s in discover([SEED])] == ["lavrov-makei-2021-06-18"]


def test_discover_missing_source():
    with pytest.raises(QABotError, match="source not found"):
        discover(["/no/such/folder"])
