"""Finding passages: filters, dense (FAISS), lexical (FTS5 BM25) and hybrid retrievers.

All retrievers share one interface, ``search(query, k, filters) -> list[Hit]``,
and apply filters before ranking.
"""

from __future__ import annotations

from qa_bot.config import FusionConfig
from qa_bot.embedding import Embedder
from qa_bot.retrieval.adapter import QueryAdapter, resolve_adapter
from qa_bot.retrieval.base import HitBuilder, Retriever
from qa_bot.retrieval.dense import DenseRetriever
from qa_bot.retrieval.hybrid import HybridRetriever
from qa_bot.retrieval.lexical import LexicalRetriever
from qa_bot.store import Store

METHODS = ("hybrid", "dense", "lexical")


def make_retriever(
    method: str,
    store: Store,
    embedder: Embedder,
    adapter: QueryAdapter | None = None,
    fusion: FusionConfig | None = None,
) -> Retriever:
    """The retriever called ``method`` (one of ``METHODS``); ``adapter`` shapes dense ranking, ``fusion`` hybrid's."""
    fusion = fusion or FusionConfig()
    if method == "hybrid":
        return HybridRetriever(store, embedder, fusion, adapter=adapter)
    if method == "dense":
        return DenseRetriever(store, embedder, adapter=adapter)
    if method == "lexical":
        return LexicalRetriever(store, region_weight=fusion.region_weight)
    raise ValueError(f"unknown retrieval method {method!r}; choose one of {', '.join(METHODS)}")


__all__ = [
    "METHODS",
    "DenseRetriever",
    "HitBuilder",
    "HybridRetriever",
    "LexicalRetriever",
    "QueryAdapter",
    "Retriever",
    "make_retriever",
    "resolve_adapter",
]
