"""Reading a question: what it asks for, whom and when it names, what it takes over from the conversation.

Everything here is parsing; nothing searches. ``read_question`` reads a
question on its own, ``plan_question`` combines it with the explicit filters
and the conversation into a ``QuestionPlan``, which retrieval and answering
take. The modules, in the order a question passes through them: ``kind``,
``names``, ``people``, ``dates``, ``parse``, ``reading``, ``followup``,
``plan``; ``context`` checks what a client sends back between questions.
"""

from __future__ import annotations

from qa_bot.question.context import as_context, user_questions
from qa_bot.question.followup import fold_history, next_context
from qa_bot.question.kind import QuestionKind, question_kind
from qa_bot.question.names import proper_names
from qa_bot.question.people import Person, people_from_titles
from qa_bot.question.plan import QuestionPlan, plan_question
from qa_bot.question.reading import QuestionReading, read_question

__all__ = [
    "Person",
    "QuestionKind",
    "QuestionPlan",
    "QuestionReading",
    "as_context",
    "fold_history",
    "next_context",
    "people_from_titles",
    "plan_question",
    "proper_names",
    "question_kind",
    "read_question",
    "user_questions",
]
