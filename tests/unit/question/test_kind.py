"""question_kind: which questions are answered by a speaker, which by dates, which by a quote."""

from __future__ import annotations

import pytest

from qa_bot.question.kind import question_kind


@pytest.mark.parametrize(
    "question",
    [
        "Who told Ross to count faster?",
        "Who said that NATO is aggravating the situation?",
        "Who first mentioned the Open Skies Treaty?",
        "Who was talking about the sanctions?",
        "Which speaker raised the issue of flights?",
        "who 's talking about the wedding ?",  # tokenised text, as in FriendsQA
        "So who suggested the restaurant?",
        "Who wants to name the baby Jordie?",
        "Which Belarusian minister mentioned NATO?",
        "Which foreign minister said that?",
    ],
)
def test_speaker_questions(question):
    assert question_kind(question) == "who"


@pytest.mark.parametrize(
    "question",
    [
        "When did Lavrov talk about the Open Skies Treaty?",
        "When was the Geneva summit mentioned?",
        "On what date did the minister comment on the bases?",
        "In what year did they discuss vaccines?",
    ],
)
def test_date_questions(question):
    assert question_kind(question) == "when"


@pytest.mark.parametrize(
    "question",
    [
        "Who is Jordie?",
        "Who 's Lydia talking to ?",  # the answer is the person spoken to, not the speaker
        "Who is Emily talking to?",
        "Who did Ross tell about the baby?",
        "Whom did Monica ask to the party?",
        "Who won the football world cup?",
        "Who is making a toast?",
        "When was the name Jordie passed by?",  # a story event, not when something was said
        "What did Lavrov say about the Open Skies Treaty?",
        "Where are Susan, Ross and Carol?",
        "Which treaty did Lavrov mention?",
        "",
    ],
)
def test_quote_questions(question):
    assert question_kind(question) == "quote"
