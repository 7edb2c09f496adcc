"""The data model shared by every pipeline stage.

These dataclasses are the contract between ingest, chunking, the store,
retrieval, answering and the three entry points (UI, API, CLI). Every object
carries its provenance: which transcript, which turns, which characters.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass(frozen=True)
class Turn:
    """One speaker's contribution, verbatim, in transcript order."""

    transcript_id: str
    index: int
    speaker: str
    text: str
    speaker_inferred: bool = False
    start: float | None = None
    end: float | None = None
    label: str | None = None  # the speaker label as written ("DR. JANE SMITH"); None when not written


@dataclass
class Transcript:
    """A parsed transcript file: metadata plus its ordered turns."""

    id: str
    title: str
    date: dt.date | None
    place: str | None
    source: str
    turns: list[Turn] = field(default_factory=list)
    format: str = ""
    date_source: str | None = None  # where ``date`` was read: "metadata", "header", "title" or "file name"
    encoding: str | None = None  # how the file's bytes were decoded
    warnings: list[str] = field(default_factory=list)  # what was read but left out, and why (not stored)
    label_convention: str | None = None  # how the file writes speaker labels, as ingest found it (not stored)

    @property
    def speakers(self) -> list[str]:
        """Distinct speakers in order of first appearance."""
        return list(dict.fromkeys(t.speaker for t in self.turns))

    def speaker_counts(self) -> dict[str, int]:
        """Turns per speaker, in order of first appearance."""
        return dict(Counter(t.speaker for t in self.turns))


@dataclass(frozen=True)
class Passage:
    """A retrievable unit: a verbatim span of one turn.

    ``text == turn.text[char_start:char_end]`` always. ``context`` is the
    question this turn replies to (if any). ``lexical_text`` (speaker,
    question, text) is what BM25 indexes; ``embed_text`` adds the neighbouring
    passages and is what the model embeds.
    """

    id: int
    transcript_id: str
    turn_start: int
    turn_end: int
    speaker: str
    char_start: int
    char_end: int
    text: str
    context: str | None
    embed_text: str
    lexical_text: str


@dataclass
class Hit:
    """One search result, with everything needed to cite it."""

    transcript_id: str
    title: str
    date: dt.date | None
    speaker: str
    turn_start: int
    turn_end: int
    text: str
    score: float
    start: float | None = None
    context: str | None = None
    passage_id: int = -1
    char_start: int = 0
    char_end: int = 0
    similarity: float | None = None  # cosine with the question, whatever ranked the hit

    @property
    def relevance(self) -> float:
        """The cosine with the question when known (comparable across questions), else the retrieval score."""
        return self.similarity if self.similarity is not None else self.score

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready fields; dates as YYYY-MM-DD."""
        return _jsonable(asdict(self))


@dataclass(frozen=True)
class Citation:
    """Where a quote comes from. Invariant: ``turn.text[char_start:char_end] == quote``."""

    speaker: str
    date: dt.date | None
    title: str
    transcript_id: str
    turn_index: int
    char_start: int
    char_end: int
    quote: str
    start: float | None = None
    context: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready fields; dates as YYYY-MM-DD."""
        return _jsonable(asdict(self))


@dataclass(frozen=True)
class ConversationContext:
    """What a chat has established so far, carried into its follow-up questions.

    "What else did he say about it?" keeps ``speakers`` and ``topic``; "And in
    2022?" replaces the dates; ``quoted`` lists the spans already quoted, so
    "what else" can move on to new ones (another part of a long statement too).
    """

    topic: str = ""  # the subject words of the last question that named one
    speakers: tuple[str, ...] = ()
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    date_mention: str | None = None
    quoted: tuple[tuple[str, int, int, int], ...] = ()  # (transcript_id, turn_index, char_start, char_end)

    @property
    def empty(self) -> bool:
        """Whether nothing is established yet (a new or cleared chat)."""
        return not (self.topic or self.speakers or self.date_from or self.date_to or self.quoted)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready fields; dates as YYYY-MM-DD."""
        return _jsonable(asdict(self))


@dataclass
class Answer:
    """An extractive answer: verbatim quotes with citations, or ``found=False``.

    ``citations[0]`` is the best quote; up to two more come from other
    transcripts or dates, in the order ``order`` names. ``kind`` says what
    the question asked for: "quote", "who" (``headline`` names the speaker)
    or "when" (``headline`` gives the dates). ``context`` is what a follow-up
    question in the same chat carries over.
    """

    found: bool
    text: str
    citations: list[Citation] = field(default_factory=list)
    hits: list[Hit] = field(default_factory=list)
    interpreted: dict[str, Any] = field(default_factory=dict)
    score: float = 0.0
    kind: str = "quote"
    headline: str = ""
    order: str = "best first"
    context: ConversationContext | None = None

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready fields; dates as YYYY-MM-DD."""
        return {
            "found": self.found,
            "kind": self.kind,
            "headline": self.headline,
            "text": self.text,
            "score": round(self.score, 4),
            "order": self.order,
            "citations": [c.to_dict() for c in self.citations],
            "hits": [h.to_dict() for h in self.hits],
            "interpreted": _jsonable(self.interpreted),
            "context": self.context.to_dict() if self.context else None,
        }


def _jsonable(value: Any) -> Any:
    """Recursively turn dates into ISO strings so ``json.dumps`` accepts the value."""
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    return value


@dataclass(frozen=True)
class Filters:
    """Restrictions applied before ranking. ``None`` means "no restriction"."""

    speakers: tuple[str, ...] | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    transcripts: tuple[str, ...] | None = None

    @property
    def active(self) -> bool:
        return any(v is not None for v in (self.speakers, self.date_from, self.date_to, self.transcripts))

    def to_dict(self) -> dict[str, Any]:
        """The filters that are set, JSON-ready."""
        return {k: _jsonable(v) for k, v in asdict(self).items() if v is not None}
