"""Extractive answers: the best 1-3 contiguous sentences of the top passages, cited exactly.

Never generated text: every quote is ``turn.text[char_start:char_end]``. When
the best passage is not similar enough to the question the answer abstains
(``found=False``) and shows the nearest passages instead. "Who …?" questions
are answered with the speaker of the quoted turn, "When …?" questions with
the dates of the matching passages (when the transcripts have dates), and
other transcripts or dates that answer as well add up to two more quotes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

import numpy as np

from qa_bot.answering.echo import asks_what_was_asked, is_evidence
from qa_bot.answering.spans import (
    Candidate,
    best_window,
    hit_stems,
    question_terms,
    rank_passages,
)
from qa_bot.config import AnswerConfig
from qa_bot.embedding import Embedder
from qa_bot.question import QuestionKind, question_kind
from qa_bot.text import format_date
from qa_bot.types import Answer, Citation, Hit

NOT_FOUND = "The transcripts don't seem to cover this."
NOTHING_MORE = "Nothing more on this: the passages not quoted yet don't seem to cover it."
NO_MATCH = "No passage matches these filters."


def confidence(question: str, hits: list[Hit], config: AnswerConfig | None = None) -> float:
    """What abstention compares with ``min_score``: best cosine plus weighted coverage of the question's words."""
    if not hits:
        return 0.0
    return _confidence(question_terms(question), hits, config or AnswerConfig())


def _confidence(terms: set[str], hits: list[Hit], config: AnswerConfig) -> float:
    found = set().union(*(hit_stems(h) for h in hits))
    coverage = len(terms & found) / len(terms) if terms else 0.0
    return max(h.relevance for h in hits) + config.coverage_weight * coverage


def extract_answer(
    question: str,
    query_vector: np.ndarray,
    hits: list[Hit],
    embedder: Embedder,
    config: AnswerConfig,
    interpreted: dict[str, Any],
    kind: QuestionKind | None = None,
    reader_scores: Sequence[float] | None = None,
) -> Answer:
    """Choose the quote(s) that best answer ``question`` among ``hits`` (best first).

    ``kind`` is what the question asks for ("quote", "who", "when"); the
    caller passes it when ``question`` is a rewritten search text (a follow-up
    with its carried topic), which may no longer read like the question asked.
    ``reader_scores`` are the reader's scores of ``hits`` (``qa_bot.rerank``).
    A question in the transcript (a journalist's, or one echoing the user's) is
    evidence, not an answer: it is quoted only when nothing else can be, or
    when the user asks what was asked (``answering.echo``).
    """
    if not hits:
        return Answer(False, NO_MATCH, hits=[], interpreted=interpreted)
    terms = question_terms(question)
    best = _confidence(terms, hits, config)
    if best < config.min_score:
        return Answer(False, NOT_FOUND, hits=hits, interpreted=interpreted, score=best)
    ranked = rank_passages(question, hits, config.weights, reader_scores)
    about_questions = asks_what_was_asked(question)
    ranked = [
        c for c in ranked if not is_evidence(c.hit, terms, config.question_speakers, about_questions)
    ] or ranked
    kind = kind or question_kind(question)
    if kind == "when":
        dated = _by_date(ranked, terms, config)
        if dated:
            citations = _citations(dated, query_vector, terms, embedder, config)
            headline = ", ".join(format_date(c.hit.date) for c in dated if c.hit.date is not None)
            order = "newest first" if len(citations) > 1 else "best first"
            return Answer(True, citations[0].quote, citations, hits=hits, interpreted=interpreted,
                          score=best, kind="when", headline=headline, order=order)
    chosen = [ranked[0], *_other_sources(ranked, terms, config)]
    citations = _citations(chosen, query_vector, terms, embedder, config)
    headline = citations[0].speaker if kind == "who" else ""
    return Answer(True, citations[0].quote, citations, hits=hits, interpreted=interpreted, score=best,
                  kind="who" if kind == "who" else "quote", headline=headline)


def _citations(
    chosen: list[Candidate], query_vector: np.ndarray, terms: set[str], embedder: Embedder, config: AnswerConfig
) -> list[Citation]:
    """One citation per chosen passage; the model scores the spans of the best-ranked one only.

    The best is not always first: a "when" answer lists its dates newest first.
    """
    best = min(chosen, key=lambda c: (-c.score, c.rank))
    return [_cite(c.hit, query_vector, terms, embedder if c is best else None, config) for c in chosen]


def _cite(
    hit: Hit, query_vector: np.ndarray, terms: set[str], embedder: Embedder | None, config: AnswerConfig
) -> Citation:
    """The citation of the best span of ``hit``: offsets inside its turn, so the quote is verbatim.

    The model scores the spans of the best quote only (``embedder`` None for the
    others: their words decide), which keeps an answer with three long sources fast.
    """
    start, end = best_window(
        query_vector, terms, hit, embedder, config.short_turn_words, config.max_sentences,
        config.overlap_weight, config.sentence_penalty,
    )
    return Citation(
        speaker=hit.speaker,
        date=hit.date,
        title=hit.title,
        transcript_id=hit.transcript_id,
        turn_index=hit.turn_start,
        char_start=hit.char_start + start,
        char_end=hit.char_start + end,
        quote=hit.text[start:end],
        start=hit.start,
        context=hit.context,
    )


def _other_sources(ranked: list[Candidate], terms: set[str], config: AnswerConfig) -> list[Candidate]:
    """Up to ``extra_sources`` good answers from other transcripts or dates than the best (best first).

    Each must pass the abstention threshold on its own and rerank within ``extra_margin``
    of the best; one per transcript and date, never the same turn twice.
    """
    top = ranked[0]
    seen = {_source(top.hit)}
    turns = {(top.hit.transcript_id, top.hit.turn_start)}
    extra: list[Candidate] = []
    for c in ranked[1:]:
        if len(extra) >= config.extra_sources:
            break
        source, turn = _source(c.hit), (c.hit.transcript_id, c.hit.turn_start)
        if source in seen or turn in turns or c.score < top.score - config.extra_margin:
            continue
        if _confidence(terms, [c.hit], config) < config.min_score:
            continue
        seen.add(source)
        turns.add(turn)
        extra.append(c)
    return extra


def _by_date(ranked: list[Candidate], terms: set[str], config: AnswerConfig) -> list[Candidate]:
    """For a "when" question: the best passage of each distinct date (up to ``max_dates``), newest first.

    Only passages that pass the abstention threshold on their own (and the best)
    and rerank within ``extra_margin`` of the best count; empty when none is dated.
    """
    top = ranked[0]
    best_of: dict[dt.date, Candidate] = {}
    for c in ranked:
        date = c.hit.date
        if date is None or date in best_of:
            continue
        if c is not top and (
            _confidence(terms, [c.hit], config) < config.min_score or c.score < top.score - config.extra_margin
        ):
            continue
        best_of[date] = c
    if not best_of:
        return []
    kept = sorted(best_of.values(), key=lambda c: (-c.score, c.rank))[: config.max_dates]
    return sorted(kept, key=lambda c: c.hit.date or dt.date.min, reverse=True)


def _source(hit: Hit) -> tuple[str, dt.date | None]:
    return hit.transcript_id, hit.date
