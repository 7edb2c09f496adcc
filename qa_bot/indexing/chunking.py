"""Turns -> passages: what gets embedded and searched.

A passage is a verbatim span of one turn, small enough for the model's window.
Long turns are split at sentence boundaries. A turn that answers a question
(the previous turn is by a question label such as ``Question``, or is another
speaker's turn ending in "?") carries that question as ``context``, which
is embedded with it, so "Could you comment on Turkish bases?" finds the
reply "We do not comment on rumours." The model also sees the first words of
the neighbouring passages, which places short turns in their discussion.
Turns that say nothing searchable ("Yeah.") get no passage. BM25 indexes, at
a low weight, the first words of the passages around each one (its
*region*), so a turn in a discussion of the question's words ranks above the
same words said in passing elsewhere.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

from qa_bot.config import REGION_SHARE, ChunkingConfig
from qa_bot.text import sentence_spans
from qa_bot.text.lexicon import content_words
from qa_bot.types import Passage, Transcript, Turn

TokenCounter = Callable[[Sequence[str]], list[int]]

def lexical_text(speaker: str, text: str, context: str | None) -> str:
    """What BM25 indexes for a passage: the question it answers, the speaker, the text."""
    body = f"{speaker}: {text}"
    return f"{context}\n{body}" if context else body


@dataclass(frozen=True)
class _Piece:
    turn: Turn
    start: int
    end: int
    context: str | None
    whole_turn: bool

    @property
    def text(self) -> str:
        return self.turn.text[self.start : self.end]


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
        pieces = list(_pieces(transcript, lengths, count_tokens, config))
        for i, piece in enumerate(pieces):
            if _empty_turn(piece, config):
                continue
            lexical = lexical_text(piece.turn.speaker, piece.text, piece.context)
            around = [_head(pieces[j].text, config.neighbour_words) for j in (i - 1, i + 1) if 0 <= j < len(pieces)]
            passages.append(
                Passage(
                    id=first_id + len(passages),
                    transcript_id=piece.turn.transcript_id,
                    turn_start=piece.turn.index,
                    turn_end=piece.turn.index,
                    speaker=piece.turn.speaker,
                    char_start=piece.start,
                    char_end=piece.end,
                    text=piece.text,
                    context=piece.context,
                    embed_text="\n".join([lexical, *(a for a in around if a)]),
                    lexical_text=lexical,
                )
            )
    return passages


def region_width(total: int, config: ChunkingConfig | None = None) -> int:
    """Passages either side in a region for an index of ``total`` passages.

    ``config.region_passages``, narrowed so that a region spans at most
    ``REGION_SHARE`` of the index. BM25 counts a word's documents over both
    columns, so in a small index wide regions would make every word look
    common and flatten the ranking (the 17-passage sample: no region at all).
    """
    config = config or ChunkingConfig()
    return max(0, min(config.region_passages, (int(total * REGION_SHARE) - 1) // 2))


def region_texts(passages: Sequence[Passage], config: ChunkingConfig | None = None) -> list[str]:
    """For each passage, the first ``neighbour_words`` words of the passages around it (``region_width`` each side).

    ``passages`` are the whole index in order (each transcript's passages
    together, in turn order); a region never crosses into another transcript.
    BM25 scores this text at a low weight beside the passage's own
    (``LexicalRetriever``): it lifts the turns of the discussion that uses the
    question's words, and its document counts are of discussions rather than
    single turns, so a word that runs through a whole meeting weighs less
    (measured in docs/experiments.md).
    """
    config = config or ChunkingConfig()
    width = region_width(len(passages), config)
    heads = [_head(p.text, config.neighbour_words) for p in passages]
    regions = []
    for i, passage in enumerate(passages):
        around = [
            heads[j]
            for j in range(max(0, i - width), min(len(passages), i + width + 1))
            if j != i and passages[j].transcript_id == passage.transcript_id
        ]
        regions.append("\n".join(around))
    return regions


def _pieces(
    transcript: Transcript, lengths: dict[tuple[str, int], int], count_tokens: TokenCounter, config: ChunkingConfig
) -> Iterator[_Piece]:
    """Every turn cut into spans that fit the model, with the question each replies to."""
    previous: Turn | None = None
    for turn in transcript.turns:
        context = None
        if previous is not None and _asks(previous, turn, config):
            context = _trim_context(previous.text, count_tokens, config.context_tokens)
        if lengths[(turn.transcript_id, turn.index)] <= config.max_tokens:
            spans = [_strip_span(turn.text, 0, len(turn.text))]
        else:
            spans = _split_turn(turn.text, count_tokens, config.max_tokens)
        for start, end in spans:
            yield _Piece(turn, start, end, context, whole_turn=len(spans) == 1)
        previous = turn


def _empty_turn(piece: _Piece, config: ChunkingConfig) -> bool:
    """A whole turn that says nothing searchable ("Yeah.", "Mm-hmm.") and answers no question."""
    return (
        piece.whole_turn
        and piece.context is None
        and len(content_words(piece.text)) < config.min_content_words
    )


def _head(text: str, n: int) -> str:
    return " ".join(text.split()[:n]) if n > 0 else ""


def _asks(previous: Turn, turn: Turn, config: ChunkingConfig) -> bool:
    """Whether ``previous`` puts a question to the speaker of ``turn``.

    True for a question label (``Question:``) and for another speaker's turn
    that ends with a question mark (a committee member asking a witness).
    """
    if previous.speaker == turn.speaker:
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
    return _pack(pieces, count_tokens([text[s:e] for s, e in pieces]), max_tokens)


def _split_words(
    text: str, start: int, end: int, count_tokens: TokenCounter, max_tokens: int
) -> list[tuple[int, int]]:
    """Cut an over-long sentence at word boundaries (rare: lists, run-on speech)."""
    words = [(m.start() + start, m.end() + start) for m in re.finditer(r"\S+", text[start:end])]
    return _pack(words, count_tokens([text[s:e] for s, e in words]), max_tokens)


def _pack(spans: list[tuple[int, int]], sizes: list[int], max_tokens: int) -> list[tuple[int, int]]:
    """Join consecutive spans greedily into windows of at most ``max_tokens`` (a larger span stands alone)."""
    windows: list[tuple[int, int]] = []
    start, end, used = spans[0][0], spans[0][1], sizes[0]
    for (span_start, span_end), n in zip(spans[1:], sizes[1:], strict=True):
        if used + n > max_tokens:
            windows.append((start, end))
            start, used = span_start, 0
        end = span_end
        used += n
    windows.append((start, end))
    return windows


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
