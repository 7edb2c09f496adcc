"""Lexical retrieval: SQLite FTS5 with BM25 ranking over the passages' indexed text.

FTS5 stems with the Porter algorithm at index and query time. Stop words and
question scaffolding ("what did … say about") are dropped from the query so
that the distinctive words decide the ranking. A passage's region text (the
first words of the passages around it, ``chunking.region_texts``) is scored
at ``FusionConfig.region_weight`` beside its own text.
"""

from __future__ import annotations

import numpy as np

from qa_bot.config import FusionConfig
from qa_bot.retrieval.base import HitBuilder, ScoredRetriever
from qa_bot.store import Store
from qa_bot.store.lexical import match_any
from qa_bot.text import words
from qa_bot.text.lexicon import content_words
from qa_bot.types import Filters


def query_terms(query: str) -> list[str]:
    """The words of ``query`` that BM25 searches: its distinctive words, else all its words."""
    terms = list(dict.fromkeys(content_words(query)))
    return terms or [w for w in dict.fromkeys(words(query)) if len(w) > 1]


def match_expression(query: str) -> str | None:
    """An FTS5 query OR-ing the distinctive words of ``query``; None if it has none."""
    return match_any(query_terms(query)) or None


class LexicalRetriever(ScoredRetriever):
    """BM25 over the store's full-text index, restricted by the filters inside the same query."""

    def __init__(
        self, store: Store, hits: HitBuilder | None = None, region_weight: float = FusionConfig.region_weight
    ) -> None:
        self.store = store
        self.hits = hits or HitBuilder(store)
        self.region_weight = region_weight
        self._weights: dict[str, float] = {}  # IDF per term; the index is read-only once loaded

    def scored(
        self, query: str, k: int, filters: Filters, query_vector: np.ndarray | None = None
    ) -> list[tuple[int, float]]:
        """``(passage id, BM25 score)`` of the ``k`` best passages (higher is better)."""
        terms = query_terms(query)
        return self.store.lexical(terms, k, filters, self.region_weight) if terms else []

    def full_match_score(self, query: str) -> float:
        """What BM25 gives a passage of average length saying each of the query's words once.

        That is the sum of the words' IDF, computed as the store's BM25
        computes it (over the whole index; ``Store.term_weights``). Fusion
        measures BM25 scores against it, so that the best match of a question
        whose rarer words appear nowhere does not count as a full match.
        """
        terms = query_terms(query)
        missing = [t for t in terms if t not in self._weights]
        if missing:
            self._weights.update(self.store.term_weights(missing))
        return sum(self._weights[t] for t in terms)
