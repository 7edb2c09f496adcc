"""The store interface: what retrieval, answering and the build read from a built index.

Two implementations: ``folder.IndexStore`` (manifest + FAISS + SQLite, the
default) and ``milvus.MilvusStore`` (collections in a Milvus server). Both
apply filters before ranking, so a filtered search returns every match that
exists, and both refuse an index of another format with ``IndexMismatchError``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Hashable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Protocol, runtime_checkable

import numpy as np

from qa_bot.types import Filters, Passage, Transcript, Turn


@dataclass(frozen=True)
class IndexData:
    """Everything one build writes, whichever the store (``store.write_index``).

    ``transcripts`` pairs each transcript with its file's sha256; passage ids
    are ``0..n-1`` in order, matching ``vectors`` row for row; ``regions`` is
    each passage's BM25 region text (None: none); ``sentences`` maps the
    sentences the answer step scores to their vectors.
    """

    manifest: dict[str, Any]
    transcripts: Sequence[tuple[Transcript, str]]
    passages: Sequence[Passage]
    vectors: np.ndarray
    regions: Sequence[str] | None = None
    sentences: Mapping[str, np.ndarray] | None = None

    def __post_init__(self) -> None:
        if any(p.id != i for i, p in enumerate(self.passages)) or len(self.passages) != len(self.vectors):
            raise ValueError("passages must be numbered 0..n-1 and match the vectors row for row")
        if self.regions is not None and len(self.regions) != len(self.passages):
            raise ValueError("regions must match the passages one for one")


@runtime_checkable
class Store(Protocol):
    """A loaded, read-only index. Thread-safe: many questions may read it at once."""

    location: str  # where it is, as the user names it (folder or Milvus URI), for messages
    manifest: dict[str, Any]  # what it is: format, model, chunking, counts, per-file hashes

    @property
    def passage_count(self) -> int:
        """How many passages the index holds."""

    @property
    def has_dates(self) -> bool:
        """Whether any transcript is dated."""

    def signature(self) -> Hashable:
        """Which build this store reads."""

    def current_signature(self) -> Hashable:
        """Which build its location holds now (None: none); differs from ``signature()`` after a rebuild."""

    def close(self) -> None:
        """Let go of files and connections."""

    # -- ranking, within filters ------------------------------------------------

    def dense(self, query_vector: np.ndarray, k: int, filters: Filters) -> list[tuple[int, float]]:
        """``(passage id, inner product)`` of the ``k`` best passages that pass ``filters``, best first."""

    def lexical(
        self, terms: Sequence[str], k: int, filters: Filters, region_weight: float = 0.0
    ) -> list[tuple[int, float]]:
        """``(passage id, BM25 score)`` of the ``k`` best passages holding any of ``terms`` within ``filters``.

        Higher is better. A passage's region text counts at ``region_weight``.
        """

    def term_weights(self, terms: Sequence[str]) -> dict[str, float]:
        """Each term's IDF as this store's BM25 computes it: a full match of a question is their sum."""

    def document_frequencies(self, terms: Sequence[str]) -> dict[str, int]:
        """How many passages hold each of ``terms`` (0: the index never mentions it)."""

    # -- reading -------------------------------------------------------------------

    def passages(self, ids: Sequence[int]) -> dict[int, Passage]:
        """Passages by id."""

    def passage_vectors(self, ids: Sequence[int]) -> np.ndarray:
        """The stored vectors of ``ids``, row for row."""

    def passage_starts(self, ids: Sequence[int]) -> dict[int, float | None]:
        """Seconds into the recording at which each passage's first turn starts (None if untimed)."""

    def transcript_passages(self, transcript_id: str) -> list[Passage]:
        """All passages of one transcript, in order."""

    def sentence_vectors(self, texts: Sequence[str]) -> dict[str, np.ndarray]:
        """The stored vectors of those of ``texts`` that have one."""

    def transcript(self, transcript_id: str) -> Transcript:
        """A whole transcript with its turns (``FilterError`` for an unknown id)."""

    def turn(self, transcript_id: str, index: int) -> Turn:
        """One turn (``IndexError`` when there is none)."""

    def transcript_info(self) -> dict[str, tuple[str, dt.date | None]]:
        """``{id: (title, date)}`` for every transcript."""

    def speaker_counts(self, transcripts: Sequence[str] | None = None) -> list[tuple[str, int]]:
        """Speakers with their turn counts, most first, ties by name (within ``transcripts`` if given)."""
