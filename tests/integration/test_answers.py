"""Answers that answer, with the real model and reader: the reply over the echo, and no misattributed quote."""

from __future__ import annotations

from pathlib import Path

import pytest

from qa_bot.pipeline.build import build_index
from qa_bot.pipeline.qa import TranscriptQA
from tests.conftest import FIXTURE_ROOT

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def qa(tmp_path_factory: pytest.TempPathFactory, real_embedder) -> TranscriptQA:
    index = tmp_path_factory.mktemp("answers") / "index"
    build_index([FIXTURE_ROOT / "answers"], index, embedder=real_embedder)
    return TranscriptQA.load(index, embedder=real_embedder)


def _cited(qa: TranscriptQA, answer) -> str:
    citation = answer.citations[0]
    turn = qa.store.turn(citation.transcript_id, citation.turn_index)
    assert turn.text[citation.char_start : citation.char_end] == citation.quote
    return turn.speaker


def test_the_reply_is_quoted_not_the_question_that_echoes_the_users(qa: TranscriptQA):
    answer = qa.ask("How fast is the glacier melting?")
    assert answer.found
    assert _cited(qa, answer) == "Ines Halvorsen"
    assert "Forty metres" in answer.text
    assert "How fast is it melting" in (answer.citations[0].context or "")  # shown as the question answered


def test_the_question_is_quoted_when_the_user_asks_what_was_asked(qa: TranscriptQA):
    answer = qa.ask("What was asked about how fast the glacier is melting?")
    assert answer.found
    assert _cited(qa, answer) == "Interviewer"
    assert "How fast is it melting" in answer.text


def test_a_framing_line_is_not_the_answer(qa: TranscriptQA):
    answer = qa.ask("When and how did Go get started?")
    assert answer.found
    assert _cited(qa, answer) == "Rob Hartley"
    assert "late 2007" in answer.text


def test_a_person_no_one_is_called_gets_no_quote(qa: TranscriptQA):
    answer = qa.ask("What did Kavanaugh say about his drinking in high school?")
    assert not answer.found
    assert answer.text == "No one named Kavanaugh speaks in these transcripts."
    assert answer.citations == [] and answer.hits  # the nearest passages, shown as such
    assert answer.interpreted["not_speakers"] == ["Kavanaugh"]


def test_a_place_no_transcript_mentions_gets_no_quote(qa: TranscriptQA):
    answer = qa.ask("What did Ines Halvorsen say about Atlantis?")
    assert not answer.found
    assert answer.text == "Nothing in these transcripts mentions Atlantis."
    assert answer.interpreted["not_in_index"] == ["Atlantis"]


def test_dates_no_transcript_has_get_no_quote_and_the_nearest_passages(qa: TranscriptQA):
    answer = qa.ask("What did Halvorsen say in 2019?")
    assert not answer.found
    assert answer.text == "No transcript here is dated in 2019 (they run from 10 November 2022 to 2 August 2023)."
    assert answer.hits and all(h.date is not None and h.date.year != 2019 for h in answer.hits)


def test_named_people_and_places_that_are_there_still_answer(qa: TranscriptQA):
    answer = qa.ask("What did Rob Hartley say about C++ builds?")
    assert answer.found and _cited(qa, answer) == "Rob Hartley"


def test_the_cli_and_json_say_who_is_missing(qa: TranscriptQA, capsys, tmp_path: Path):
    from qa_bot.presentation.cli import main

    code = main(["ask", "What did Kavanaugh say about his drinking?", "--index", str(qa.store.path), "--json"])
    out = capsys.readouterr().out
    assert code == 0
    assert '"found": false' in out and "No one named Kavanaugh speaks in these transcripts." in out


def test_a_misspelt_speaker_is_no_unknown_name(qa: TranscriptQA):
    answer = qa.ask("What did Ines Halvorsn say about the lake at the front?")
    assert "not_in_index" not in answer.interpreted
    assert answer.found and _cited(qa, answer) == "Ines Halvorsen"
