"""Dense retrieval: inner product over normalised vectors (cosine), filtered first.

Exact up to the store's approximate-index threshold, HNSW above it (see ``IndexStore.search``).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from qa_bot.embedding import Embedder
from qa_bot.retrieval.base import HitBuilder
from qa_bot.store import IndexStore
from qa_bot.types import Filters, Hit


class DenseRetriever:
    """Cosine similarity between the question and passage vectors.

    Filters become a FAISS ID selector, so ranking happens only among the
    passages that pass them and a filtered search is never starved (with the
    approximate index too: ``IndexStore.search`` falls back to exact scoring).
    """

    def __init__(self, store: IndexStore, embedder: Embedder, hits: HitBuilder | None = None) -> None:
        self.store = store
        self.embedder = embedder
        self.hits = hits or HitBuilder(store)

    def scored(
        self, query: str, k: int, filters: Filters, query_vector: np.ndarray | None = None
    ) -> list[tuple[int, float]]:
        """``(passage id, cosine)`` of the ``k`` best passages."""
        allowed = self.store.filter_ids(filters)
        if min(k, self.store.vectors.ntotal if allowed is None else len(allowed)) == 0:
            return []
        if query_vector is None:
            query_vector = self.embedder.encode([query])[0]
        return self.store.search(query_vector, k, allowed)

    def search(
        self,
        query: str,
        k: int = 10,
        filters: Filters | None = None,
        query_vector: np.ndarray | None = None,
        boost_speakers: Sequence[str] = (),
    ) -> list[Hit]:
        """The ``k`` most similar passages within ``filters``, best first."""
        if query_vector is None:
            query_vector = self.embedder.encode([query])[0]
        return self.hits.build(self.scored(query, k, filters or Filters(), query_vector), query_vector)
