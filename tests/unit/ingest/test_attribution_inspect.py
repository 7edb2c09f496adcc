"""`qa-bot inspect`: the label convention, label -> person with counts, and doubtful attribution."""

from __future__ import annotations

from qa_bot.ingest.describe import doubts, inspect_file
from qa_bot.presentation.cli import main
from qa_bot.types import Transcript, Turn
from tests.conftest import FIXTURE_ROOT

FIXTURES = FIXTURE_ROOT / "attribution"


def test_inspect_reports_convention_labels_and_doubts():
    report = inspect_file(FIXTURES / "white-house-briefing.txt")
    assert report["label_convention"] == "NAME: 4, Q (question) 2"
    assert report["labels"] == [
        {"label": "THE VICE PRESIDENT", "person": "The Vice President", "turns": 2},
        {"label": "THE PRESIDENT", "person": "The President", "turns": 2},
        {"label": "Q", "person": "Question", "turns": 2},
    ]
    assert report["unknown_turns"] == 1
    assert report["doubts"] == ["'The Vice President' and 'The President' share a surname",
                                "1 of 7 turns are credited to Unknown speaker"]


def test_inspect_text_shows_the_convention(capsys):
    assert main(["inspect", str(FIXTURES / "zoom-captions.vtt"), "--turns", "0"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert "Labels:   handle: (lower case) 5, Name Surname: 2" in out
    assert "  'stokes' -> stokes      3" in out


def _transcript(*turns: tuple[str, str | None, str]) -> Transcript:
    return Transcript("t", "t", None, None, "t.txt", [
        Turn("t", i, speaker, text, label is None, label=label) for i, (speaker, label, text) in enumerate(turns)
    ])


def test_doubts_a_label_used_once_a_dominant_speaker_and_near_identical_names():
    t = _transcript(("Jon Smith", "JON SMITH", "word " * 90), ("John Smith", "JOHN SMITH", "Yes."),
                    ("Jon Smith", "JON SMITH", "More."), ("Note", "Note", "the room was cold"))
    assert doubts(t) == [
        "label 'JOHN SMITH' is used once", "label 'Note' is used once", "Jon Smith holds 96% of the text",
        "'Jon Smith' and 'John Smith' share a surname",
    ]
    t = _transcript(("Katherine", "KATHERINE", "Hello."), ("Katharine", "KATHARINE", "Hi."),
                    ("Katherine", "KATHERINE", "Bye."), ("Katharine", "KATHARINE", "Bye."))
    assert doubts(t) == ["'Katherine' and 'Katharine' are near-identical"]
