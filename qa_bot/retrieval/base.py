"""The retriever interface and turning scored passage ids into ``Hit`` objects."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Protocol

import numpy as np

from qa_bot.store import Store
from qa_bot.types import Filters, Hit, Passage


class Retriever(Protocol):
    """``search(query, k, filters) -> hits``, best first; filters apply before ranking.

    ``boost_speakers`` (speakers the question names) is honoured by the hybrid
    retriever; the single-signal retrievers are baselines and ignore it.
    """

    def search(
        self,
        query: str,
        k: int,
        filters: Filters,
        query_vector: np.ndarray | None = None,
        boost_speakers: Sequence[str] = (),
    ) -> list[Hit]: ...


class HitBuilder:
    """Builds ``Hit`` objects (with title, date, timestamp, similarity) from passage ids."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._titles = store.transcript_info()

    def build(
        self,
        scored: list[tuple[int, float]],
        query_vector: np.ndarray | None = None,
        passages: Mapping[int, Passage] | None = None,
    ) -> list[Hit]:
        """Hits for ``(passage id, score)`` pairs, in the given order.

        With ``query_vector``, each hit also gets its cosine similarity to the
        question, which answer selection and abstention rely on. ``passages``,
        when the caller has already read them (all of ``scored``), saves
        reading them again.
        """
        ids = [pid for pid, _ in scored]
        passages = self.store.passages(ids) if passages is None else passages
        starts = self.store.passage_starts(ids)
        similarities: list[float | None] = [None] * len(ids)
        if query_vector is not None and ids:
            similarities = [float(s) for s in self.store.passage_vectors(ids) @ query_vector]
        hits = []
        for (pid, score), similarity in zip(scored, similarities, strict=True):
            p = passages[pid]
            title, date = self._titles.get(p.transcript_id, (p.transcript_id, None))
            hits.append(
                Hit(
                    transcript_id=p.transcript_id,
                    title=title,
                    date=date,
                    speaker=p.speaker,
                    turn_start=p.turn_start,
                    turn_end=p.turn_end,
                    text=p.text,
                    score=score,
                    start=starts.get(pid),
                    context=p.context,
                    passage_id=pid,
                    char_start=p.char_start,
                    char_end=p.char_end,
                    similarity=similarity,
                )
            )
        return hits


class ScoredRetriever:
    """Base of the retrievers that rank passage ids (``scored``) and then build hits from them."""

    hits: HitBuilder

    def scored(
        self, query: str, k: int, filters: Filters, query_vector: np.ndarray | None = None
    ) -> list[tuple[int, float]]:
        """``(passage id, score)`` of the ``k`` best passages within ``filters``, best first."""
        raise NotImplementedError

    def query_vector(self, query: str, given: np.ndarray | None) -> np.ndarray | None:
        """The question's vector if this retriever needs one (``given`` when the caller has it)."""
        return given

    def search(
        self,
        query: str,
        k: int = 10,
        filters: Filters | None = None,
        query_vector: np.ndarray | None = None,
        boost_speakers: Sequence[str] = (),
    ) -> list[Hit]:
        """The ``k`` best passages for ``query`` within ``filters``, best first."""
        vector = self.query_vector(query, query_vector)
        return self.hits.build(self.scored(query, k, filters or Filters(), vector), vector)
