"""Turns -> passages: what gets embedded and searched.

A passage is a verbatim span of one turn, small enough for the model's window.
Long turns are split at sentence boundaries. A turn that answers a question
(the previous turn is by a question label such as ``Question``, or is another
speaker's turn ending in "?") carries that question as ``context``, which is embedded with it, so "Could you comment
on Turkish bases?" finds the reply "We do not comment on rumours."
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

from qa_bot.text import sentence_spans
from qa_bot.types import Passage, Transcript, Turn

TokenCounter = Callable[[Sequence[str]], list[int]]

QUESTION_SPEAKERS = ("Question", "Q", "Journalist", "Reporter", "Вопрос")


@dataclass(frozen=True)
class ChunkingConfig:
    """Chunking settings; saved in the index manifest so a build is reproducible."""

    max_tokens: int = 200
    context_tokens: int = 64
    question_speakers: tuple[str, ...] = field(default=QUESTION_SPEAKERS)

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["question_speakers"] = list(self.question_speakers)
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ChunkingConfig:
        return cls(
            max_tokens=int(data["max_tokens"]),
            context_tokens=int(data["context_tokens"]),
            question_speakers=tuple(data["question_speakers"]),
        )


def embed_text(speaker: str, text: str, context: str | None) -> str:
    """The text the model and the lexical index see for a passage."""
    body = f"{speaker}: {text}"
    return f"{context}\n{body}" if context else body


def chunk_transcripts(
    transcripts: Sequence[Transcript],
    count_tokens: TokenCounter,
    config: ChunkingConfig | None = None,
    first_id: int = 0,
) -> list[Passage]:
    """Passages for all ``transcripts``, numbered from ``first_id`` in order."""
    config = config or ChunkingConfig()
    turns = [turn for t in transcripts for turn in t.turns]
    sizes = count_tokens([t.text for t in turns])
    lengths = {(t.transcript_id, t.index): n for t, n in zip(turns, sizes, strict=True)}
    passages: list[Passage] = []
    for transcript in transcripts:
        previous: Turn | None = None
        for turn in transcript.turns:
            context = None
            if _asks(previous, turn, config):
                context = _trim_context(previous.text, count_tokens, config.context_tokens)
            if lengths[(turn.transcript_id, turn.index)] <= config.max_tokens:
                spans = [_strip_span(turn.text, 0, len(turn.text))]
            else:
                spans = _split_turn(turn.text, count_tokens, config.max_tokens)
            for start, end in spans:
                text = turn.text[start:end]
                passages.append(
                    Passage(
                        id=first_id + len(passages),
                        transcript_id=turn.transcript_id,
                        turn_start=turn.index,
                        turn_end=turn.index,
                        speaker=turn.speaker,
                        char_start=start,
                        char_end=end,
                        text=text,
                        context=context,
                        embed_text=embed_text(turn.speaker, text, context),
                    )
                )
            previous = turn
    return passages


def _asks(previous: Turn | None, turn: Turn, config: ChunkingConfig) -> bool:
    """Whether ``previous`` puts a question to the speaker of ``turn``.

    True for a question label (``Question:``) and for another speaker's turn
    that ends with a question mark (a committee member asking a witness).
    """
    if previous is None or previous.speaker == turn.speaker:
        return False
    return previous.speaker in config.question_speakers or previous.text.rstrip().endswith(("?", "？"))


def _strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _split_turn(text: str, count_tokens: TokenCounter, max_tokens: int) -> list[tuple[int, int]]:
    """Pack whole sentences into windows of at most ``max_tokens`` tokens."""
    pieces: list[tuple[int, int]] = []
    sentences = sentence_spans(text)
    for (start, end), n in zip(sentences, count_tokens([text[s:e] for s, e in sentences]), strict=True):
        if n <= max_tokens:
            pieces.append((start, end))
        else:
            pieces.extend(_split_words(text, start, end, count_tokens, max_tokens))
    sizes = count_tokens([text[s:e] for s, e in pieces])
    windows: list[tuple[int, int]] = []
    window_start, window_end, used = pieces[0][0], pieces[0][1], sizes[0]
    for (start, end), n in zip(pieces[1:], sizes[1:], strict=True):
        if used + n > max_tokens:
            windows.append((window_start, window_end))
            window_start, used = start, 0
        window_end = end
        used += n
    windows.append((window_start, window_end))
    return windows


def _split_words(
    text: str, start: int, end: int, count_tokens: TokenCounter, max_tokens: int
) -> list[tuple[int, int]]:
    """Cut an over-long sentence at word boundaries (rare: lists, run-on speech)."""
    words = [(m.start() + start, m.end() + start) for m in re.finditer(r"\S+", text[start:end])]
    pieces: list[tuple[int, int]] = []
    piece_start, piece_end, used = words[0][0], words[0][0], 0
    for (ws, we), n in zip(words, count_tokens([text[s:e] for s, e in words]), strict=True):
        if used and used + n > max_tokens:
            pieces.append((piece_start, piece_end))
            piece_start, used = ws, 0
        piece_end = we
        used += n
    pieces.append((piece_start, piece_end))
    return pieces


def _trim_context(question: str, count_tokens: TokenCounter, budget: int) -> str:
    """The question, or its last sentences that fit ``budget`` tokens (the ask is usually last)."""
    spans = sentence_spans(question) or [(0, len(question))]
    sizes = count_tokens([question[s:e] for s, e in spans])
    if sum(sizes) <= budget:
        return question.strip()
    kept_start, used = spans[-1][0], 0
    for (start, _), n in zip(reversed(spans), reversed(sizes), strict=True):
        if used + n > budget and used:
            break
        kept_start, used = start, used + n
    return question[kept_start : spans[-1][1]].strip()
