"""Checks at the API's edge: a question and ``k`` as given, and an index against the model that will read it."""

from __future__ import annotations

from qa_bot.config import MAX_QUESTION_CHARS
from qa_bot.embedding import Embedder, built_precision
from qa_bot.errors import FilterError, IndexMismatchError, QABotError
from qa_bot.store import Store


def check_model(store: Store, embedder: Embedder) -> None:
    """Refuse an index whose vectors another model made, or whose dimension differs from the model's."""
    built = store.manifest["model"]
    if embedder.name != built["name"]:
        raise IndexMismatchError(
            f"index at {store.location} was built with model {built['name']!r}, not {embedder.name!r}; "
            "rebuild it with the model you want (--full)"
        )
    if embedder.precision != built_precision(built):
        raise IndexMismatchError(
            f"index at {store.location} holds {built_precision(built)} vectors but questions would be encoded "
            f"at {embedder.precision}; load it without choosing a precision, or rebuild it (--full)"
        )
    if embedder.dimension != built["dimension"]:
        raise IndexMismatchError(
            f"index at {store.location} holds {built['dimension']}-dimensional vectors but model "
            f"{embedder.name!r} makes {embedder.dimension}-dimensional ones; rebuild it (--full)"
        )


def check_question(question: str) -> str:
    """The stripped question, or ``QABotError`` when it is empty or too long."""
    if not isinstance(question, str) or not question.strip():
        raise QABotError("the question is empty: type what you want to find")
    question = question.strip()
    if len(question) > MAX_QUESTION_CHARS:
        raise QABotError(f"the question is {len(question)} characters long; keep it under {MAX_QUESTION_CHARS}")
    return question


def check_k(k: int) -> None:
    """Refuse a ``k`` that is not a positive whole number."""
    if not isinstance(k, int) or k <= 0:
        raise FilterError(f"k must be a positive number of results, got {k!r}")
