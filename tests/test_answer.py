"""Extractive answers with the real bundled model: acceptance questions, invariant, abstention."""

from __future__ import annotations

import datetime as dt

import pytest

from qa_bot.answer import NOT_FOUND
from qa_bot.errors import QABotError

pytestmark = pytest.mark.integration

ANSWERABLE = [
    "What did Lavrov say about the Open Skies Treaty?",
    "Could you comment on Turkish military bases in Azerbaijan?",
    "How many doses of Sputnik V will be made in Belarus each month?",
    "Why did the ambassadors return to Moscow and Washington?",
    "What happened to Sofia Sapega?",
    "How many flights do airlines make between Russia and Belarus?",
    "What was said about Belarus at the Geneva summit?",
]
UNRELATED = [
    "What is the recipe for chocolate cake?",
    "Who won the football world cup?",
    "How do I reset my email password?",
    "What is the best programming language for beginners?",
    "When does the swimming pool open on Sundays?",
]


def _check_citation(qa, answer):
    citation = answer.citations[0]
    turn = qa.store.turn(citation.transcript_id, citation.turn_index)
    assert turn.text[citation.char_start : citation.char_end] == citation.quote == answer.text
    assert turn.speaker == citation.speaker
    return citation


def test_open_skies(real_qa):
    answer = real_qa.ask("What did Lavrov say about the Open Skies Treaty?")
    assert answer.found
    citation = _check_citation(real_qa, answer)
    assert "Open Skies Treaty" in answer.text
    assert citation.speaker == "Sergey Lavrov"
    assert citation.date == dt.date(2021, 6, 18)
    assert citation.transcript_id == "lavrov-makei-2021-06-18"


def test_turkish_bases_answered_with_the_reply_not_the_question(real_qa):
    answer = real_qa.ask("Could you comment on Turkish military bases in Azerbaijan?")
    assert answer.found
    citation = _check_citation(real_qa, answer)
    assert answer.text == "We do not comment on rumours."
    assert citation.speaker == "Sergey Lavrov"
    assert citation.context.startswith("Could you comment on the potential appearance of Turkish military bases")


@pytest.mark.parametrize("question", ANSWERABLE)
def test_answers_are_verbatim_and_short(real_qa, question):
    answer = real_qa.ask(question)
    assert answer.found, (question, answer.score)
    _check_citation(real_qa, answer)
    assert len(answer.text.split()) <= 120
    assert answer.hits and answer.hits == sorted(answer.hits, key=lambda h: -h.score)


@pytest.mark.parametrize("question", UNRELATED)
def test_unrelated_questions_abstain(real_qa, question):
    answer = real_qa.ask(question)
    assert not answer.found, (question, answer.text, answer.score)
    assert answer.text == NOT_FOUND
    assert answer.citations == []
    assert answer.hits  # the nearest passages are still offered


def test_filters_apply_to_answers(real_qa):
    answer = real_qa.ask("What did he say about the ambassadors?", speaker="Question")
    assert answer.found and answer.citations[0].speaker == "Question"
    assert answer.interpreted["filters"] == {"speakers": ["Question"]}
    nothing = real_qa.ask("What did Lavrov say about the Open Skies Treaty?", date_from="2022-01-01")
    assert not nothing.found and nothing.hits == []


@pytest.mark.parametrize("question", ["", "   ", "x" * 5000])
def test_empty_or_huge_question_is_a_clear_error(real_qa, question):
    with pytest.raises(QABotError, match="question is"):
        real_qa.ask(question)


def test_examples_come_from_the_material(real_qa):
    examples = real_qa.example_questions(4)
    assert len(examples) == 4
    assert "Could you comment on the potential appearance of Turkish military bases in Azerbaijan?" in examples
    for question in examples:
        assert real_qa.ask(question).found, question


def test_a_rare_word_in_the_transcript_is_found_even_with_low_similarity(real_qa):
    answer = real_qa.ask("Tell me about cybercrime")
    assert answer.found, answer.score
    assert "cybercrime" in answer.text
    _check_citation(real_qa, answer)
