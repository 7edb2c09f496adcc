"""Which sentences of a passage the answer step may quote, decided once so the index can store their vectors."""

from __future__ import annotations

from qa_bot.config import WHOLE_QUOTE_WORDS
from qa_bot.text import sentence_spans, words


def quote_sentences(text: str, whole_words: int = WHOLE_QUOTE_WORDS) -> tuple[list[tuple[int, int]], bool]:
    """The sentence spans of ``text``, and whether the model scores them (else the passage is quoted whole)."""
    spans = sentence_spans(text) or [(0, len(text))]
    return spans, len(spans) > 1 and len(words(text)) > whole_words


def scored_sentences(text: str, whole_words: int = WHOLE_QUOTE_WORDS) -> list[tuple[int, int]]:
    """Spans of the sentences of a passage that the answer step scores with the model; none when it is quoted whole.

    The index stores these sentences' vectors (``pipeline.build``), so
    answering does not encode them at question time.
    """
    spans, scored = quote_sentences(text, whole_words)
    return spans if scored else []
