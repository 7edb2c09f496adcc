"""Dense retrieval: inner product over normalised vectors (cosine), filtered first.

The store ranks (``Store.dense``): the folder store exactly up to its
approximate-index threshold and HNSW above it (``IndexStore.search``), Milvus
with its own index.
"""

from __future__ import annotations

import numpy as np

from qa_bot.embedding import Embedder
from qa_bot.retrieval.adapter import QueryAdapter
from qa_bot.retrieval.base import HitBuilder, ScoredRetriever
from qa_bot.store import Store
from qa_bot.types import Filters


class DenseRetriever(ScoredRetriever):
    """Cosine similarity between the question and passage vectors.

    The store applies the filters before ranking (a FAISS ID selector, a
    Milvus filter expression), so ranking happens only among the passages that
    pass them and a filtered search is never starved.
    With a ``QueryAdapter`` the ranking uses the adapted question vector; the
    hits' ``similarity`` stays the plain cosine.
    """

    def __init__(
        self,
        store: Store,
        embedder: Embedder,
        hits: HitBuilder | None = None,
        adapter: QueryAdapter | None = None,
    ) -> None:
        self.store = store
        self.embedder = embedder
        self.hits = hits or HitBuilder(store)
        self.adapter = adapter

    def scored(
        self, query: str, k: int, filters: Filters, query_vector: np.ndarray | None = None
    ) -> list[tuple[int, float]]:
        """``(passage id, cosine)`` of the ``k`` best passages."""
        return self.store.dense(self.ranking_vector(self.query_vector(query, query_vector)), k, filters)

    def similarities(self, ids: list[int], query_vector: np.ndarray) -> dict[int, float]:
        """The ranking cosine (through the adapter, as in ``scored``) of the passages ``ids``."""
        scores = self.store.passage_vectors(ids) @ self.ranking_vector(query_vector)
        return {pid: float(score) for pid, score in zip(ids, scores, strict=True)}

    def ranking_vector(self, vector: np.ndarray) -> np.ndarray:
        """The vector that ranks passages: the question's, through the adapter when there is one."""
        return self.adapter(vector) if self.adapter else vector

    def query_vector(self, query: str, given: np.ndarray | None) -> np.ndarray:
        """The question's vector: encoded here unless the caller has it already."""
        return self.embedder.encode([query])[0] if given is None else given
