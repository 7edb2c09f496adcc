"""Extractive answers: the best 1-3 contiguous sentences of the top passages, cited exactly.

Never generated text: every quote is ``turn.text[char_start:char_end]``. When
the best passage is not similar enough to the question the answer abstains
(``found=False``) and shows the nearest passages instead.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from qa_bot.chunking import QUESTION_SPEAKERS
from qa_bot.embedding import Embedder
from qa_bot.stopwords import content_words
from qa_bot.text import sentence_spans, words
from qa_bot.types import Answer, Citation, Hit

NOT_FOUND = "The transcripts don't seem to cover this."
NO_MATCH = "No passage matches these filters."


@dataclass(frozen=True)
class AnswerConfig:
    """How answers are chosen.

    Below ``min_score`` (cosine between question and passage) we abstain,
    unless one sentence of the top passages holds every content word of the
    question and the cosine still reaches ``min_covered_score`` ("Tell me
    about cybercrime" -> "... fighting cybercrime ..."). ``overlap_weight``
    rewards quotes that share the question's words.
    """

    min_score: float = 0.35
    min_covered_score: float = 0.2
    overlap_weight: float = 0.1
    passages: int = 3
    max_sentences: int = 3
    short_turn_words: int = 100
    sentence_penalty: float = 0.02
    question_speakers: tuple[str, ...] = QUESTION_SPEAKERS


@dataclass(frozen=True)
class _Span:
    hit: Hit
    start: int  # offsets relative to the hit's text
    end: int
    score: float


def extract_answer(
    question: str,
    query_vector: np.ndarray,
    hits: list[Hit],
    embedder: Embedder,
    config: AnswerConfig,
    interpreted: dict[str, Any],
) -> Answer:
    """Choose the quote that best answers ``question`` among ``hits`` (best first)."""
    if not hits:
        return Answer(False, NO_MATCH, hits=[], interpreted=interpreted)
    best = max(_similarity(h) for h in hits)
    terms = _terms(question)
    # A journalist's question is evidence, not an answer: quote the replies.
    answers = ([h for h in hits if h.speaker not in config.question_speakers] or hits)[: config.passages]
    if best < config.min_score and not (best >= config.min_covered_score and _covered(terms, answers)):
        return Answer(False, NOT_FOUND, hits=hits, interpreted=interpreted, score=best)
    span = _best_span(query_vector, terms, answers, embedder, config)
    hit = span.hit
    quote = hit.text[span.start : span.end]
    citation = Citation(
        speaker=hit.speaker,
        date=hit.date,
        title=hit.title,
        transcript_id=hit.transcript_id,
        turn_index=hit.turn_start,
        char_start=hit.char_start + span.start,
        char_end=hit.char_start + span.end,
        quote=quote,
        start=hit.start,
        context=hit.context,
    )
    return Answer(True, quote, [citation], hits=hits, interpreted=interpreted, score=span.score)


def _best_span(
    query_vector: np.ndarray, terms: set[str], hits: list[Hit], embedder: Embedder, config: AnswerConfig
) -> _Span:
    """Score sentence windows of each hit; a short passage counts as one candidate whole.

    Score: the passage's similarity, the window's similarity (sentence
    vectors summed), the share of the question's words it holds, and a small
    penalty per extra sentence.
    """
    candidates: list[_Span] = []
    pending: list[tuple[Hit, list[tuple[int, int]]]] = []
    for hit in hits:
        spans = sentence_spans(hit.text) or [(0, len(hit.text))]
        if len(spans) == 1 or len(words(hit.text)) <= config.short_turn_words:
            # The passage's own vector (speaker and question context included) scores it.
            overlap = config.overlap_weight * _overlap(terms, hit, hit.text)
            candidates.append(_Span(hit, spans[0][0], spans[-1][1], _similarity(hit) + overlap))
        else:
            pending.append((hit, spans))
    if pending:
        texts = [hit.text[s:e] for hit, spans in pending for s, e in spans]
        vectors = embedder.encode(texts)
        row = 0
        for hit, spans in pending:
            sentence_vectors = vectors[row : row + len(spans)]
            row += len(spans)
            for i in range(len(spans)):
                for j in range(i + 1, min(i + config.max_sentences, len(spans)) + 1):
                    window = sentence_vectors[i:j].sum(axis=0)
                    similarity = float(window @ query_vector / (np.linalg.norm(window) or 1.0))
                    score = 0.5 * _similarity(hit) + 0.5 * similarity - config.sentence_penalty * (j - i - 1)
                    score += config.overlap_weight * _overlap(terms, hit, hit.text[spans[i][0] : spans[j - 1][1]])
                    candidates.append(_Span(hit, spans[i][0], spans[j - 1][1], score))
    return max(candidates, key=lambda c: c.score)


def _similarity(hit: Hit) -> float:
    """Cosine of the hit's passage with the question (the dense score when that ranked it)."""
    return hit.similarity if hit.similarity is not None else hit.score


def _stem(word: str) -> str:
    """A crude stem (the first six letters), enough to match "treaties" with "treaty"."""
    return word[:6] if len(word) > 6 else word.rstrip("s")


def _terms(question: str) -> set[str]:
    return {_stem(w) for w in content_words(question)}


def _overlap(terms: set[str], hit: Hit, text: str) -> float:
    """Share of the question's content words found in ``text``, its speaker and its question."""
    if not terms:
        return 0.0
    found = {_stem(w) for w in words(f"{hit.speaker} {hit.context or ''} {text}")}
    return len(terms & found) / len(terms)


def _covered(terms: set[str], hits: list[Hit]) -> bool:
    """Whether one sentence of ``hits`` holds every content word of the question."""
    return bool(terms) and any(
        _overlap(terms, hit, hit.text[s:e]) == 1.0 for hit in hits for s, e in sentence_spans(hit.text)
    )
