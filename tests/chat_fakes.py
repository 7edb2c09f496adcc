"""Hand-built answers and a fake ``TranscriptQA`` for the chat page's tests (no model, no index)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from qa_bot.types import Answer, Citation, Hit

TITLE = "Foreign Minister Sergey Lavrov’s statement and answers to media questions at a joint news conference"
PLANTED = "<script>alert(1)</script> [link](http://x) <img src=x onerror=alert(2)>"


# --------------------------------------------------------------------------- #
# Hand-built answers
# --------------------------------------------------------------------------- #


def make_citation(quote: str = "We do not comment on rumours.", **kw: Any) -> Citation:
    fields: dict[str, Any] = {
        "speaker": "Sergey Lavrov",
        "date": dt.date(2021, 6, 18),
        "title": "Title",
        "transcript_id": "000_lavrov",
        "turn_index": 27,
        "char_start": 0,
        "char_end": len(quote),
        "quote": quote,
        "start": None,
        "context": "Could you comment on the potential appearance of Turkish military bases?",
    }
    fields.update(kw)
    return Citation(**fields)


def make_hit(text: str = "We do not comment on rumours.", **kw: Any) -> Hit:
    fields: dict[str, Any] = {
        "transcript_id": "000_lavrov",
        "title": "Title",
        "date": dt.date(2021, 6, 18),
        "speaker": "Sergey Lavrov",
        "turn_start": 27,
        "turn_end": 27,
        "text": text,
        "score": 0.8765,
    }
    fields.update(kw)
    return Hit(**fields)


def found_answer(quote: str = "We do not comment on rumours.", **cit: Any) -> Answer:
    citation = make_citation(quote, **cit)
    return Answer(
        found=True,
        text=quote,
        citations=[citation],
        hits=[make_hit(quote), make_hit("Another passage.", score=0.5, speaker="Vladimir Makei")],
        interpreted={"query": "Turkish military bases", "speaker": None},
    )


class FakeQA:
    """The slice of TranscriptQA the UI uses, recording calls."""

    def __init__(self, answer: Answer | None = None, error: Exception | None = None) -> None:
        self.answer = answer or found_answer()
        self.error = error
        self.calls: list[dict[str, Any]] = []

    def ask(self, question: str, history: Any = None, **filters: Any) -> Answer:
        self.calls.append({"question": question, "history": history, **filters})
        if self.error is not None:
            raise self.error
        return self.answer

    def speakers(self) -> list[str]:
        return ["Sergey Lavrov", "Question", "Vladimir Makei"]

    def transcript_list(self) -> list[tuple[str, str, dt.date | None]]:
        return [("000_lavrov", TITLE, dt.date(2021, 6, 18)), ("undated", "Untitled", None)]

    def example_questions(self, n: int = 4) -> list[str]:
        return ["What did Lavrov say about the Open Skies Treaty?"][:n]
