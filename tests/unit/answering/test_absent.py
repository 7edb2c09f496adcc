"""No quote when the question names a person, a thing or dates the index lacks (``answering.absent``)."""

from __future__ import annotations

import datetime as dt

from qa_bot.answering.absent import unheld_answer
from qa_bot.question import plan_question, read_question
from qa_bot.types import Filters, Hit

SPEAKERS = ("Ines Halvorsen", "Interviewer")


def _plan(question: str, unheld: tuple[str, ...] = ()):
    reading = read_question(question, SPEAKERS, with_dates=True)
    return plan_question(reading, Filters(), scope=SPEAKERS, unheld=unheld)


def _hit(date: dt.date | None) -> Hit:
    return Hit("t", "T", date, "Ines Halvorsen", 0, 0, "Forty metres a year.", 1.0)


def test_a_person_with_no_turns_is_named_in_the_answer():
    answer = unheld_answer(_plan("What did Kavanaugh say about drinking?"), [_hit(None)])
    assert answer is not None and not answer.found and answer.citations == []
    assert answer.text == "No one named Kavanaugh speaks in these transcripts."
    assert answer.hits == [_hit(None)]


def test_a_person_who_speaks_is_answered_as_usual():
    assert unheld_answer(_plan("What did Halvorsen say about the glacier?"), [_hit(None)]) is None


def test_a_name_no_passage_holds_is_named_in_the_answer():
    answer = unheld_answer(_plan("What was said about Atlantis?", ("Atlantis",)), [_hit(None)])
    assert answer is not None and answer.text == "Nothing in these transcripts mentions Atlantis."
    assert answer.interpreted["not_in_index"] == ["Atlantis"]


def test_dates_no_hit_falls_in_say_which_dates_the_index_holds():
    plan = _plan("What did Halvorsen say in 2019?")
    dates = [dt.date(2022, 11, 10), dt.date(2023, 8, 2)]
    answer = unheld_answer(plan, [_hit(dt.date(2023, 8, 2))], dates)
    assert answer is not None
    assert answer.text == "No transcript here is dated in 2019 (they run from 10 November 2022 to 2 August 2023)."
    assert unheld_answer(plan, [_hit(dt.date(2019, 5, 1))], dates) is None


def test_a_person_who_is_only_talked_about_is_not_refused():
    assert unheld_answer(_plan("How did Kavanaugh feel about the hearing?"), [_hit(None)]) is None
