"""Hybrid retrieval: dense and BM25 candidates fused by reciprocal rank, then diversified."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

import numpy as np

from qa_bot.embedding import Embedder
from qa_bot.retrieval.adapter import QueryAdapter
from qa_bot.retrieval.base import HitBuilder
from qa_bot.retrieval.dense import DenseRetriever
from qa_bot.retrieval.lexical import LexicalRetriever
from qa_bot.store import IndexStore
from qa_bot.text import words
from qa_bot.types import Filters, Hit


@dataclass(frozen=True)
class FusionConfig:
    """Reciprocal-rank fusion settings."""

    candidates: int = 50
    rrf_k: int = 60
    dense_weight: float = 1.0
    lexical_weight: float = 1.0
    max_per_turn: int = 1
    speaker_boost: float = 0.01
    region_turns: int = 5
    region_factor: float = 0.8


class HybridRetriever:
    """Reciprocal-rank fusion of dense and lexical rankings over the same filtered set.

    The top-k keeps at most ``max_per_turn`` passages of one turn, so windows
    of one long turn do not crowd out other answers, and a passage within
    ``region_turns`` turns of a better one counts at ``region_factor`` of its
    score, so the top few cover distinct parts of a discussion rather than
    one exchange turn by turn (QMSum development split: within-meeting hit@5
    0.798 -> 0.827, MRR@10 0.658 -> 0.668; README, Benchmarks).
    """

    def __init__(
        self,
        store: IndexStore,
        embedder: Embedder,
        config: FusionConfig | None = None,
        adapter: QueryAdapter | None = None,
    ) -> None:
        self.store = store
        self.embedder = embedder
        self.config = config or FusionConfig()
        self.hits = HitBuilder(store)
        self.dense = DenseRetriever(store, embedder, self.hits, adapter)
        self.lexical = LexicalRetriever(store, self.hits)

    def search(
        self,
        query: str,
        k: int = 10,
        filters: Filters | None = None,
        query_vector: np.ndarray | None = None,
        boost_speakers: Sequence[str] = (),
    ) -> list[Hit]:
        """The ``k`` best passages by fused rank within ``filters``, best first.

        Passages by ``boost_speakers`` gain ``speaker_boost`` on the fused
        score, which in practice lifts the named speaker's relevant passages
        above everyone else's without hiding the others.
        """
        filters = filters or Filters()
        query_vector = self.dense.query_vector(query, query_vector)
        n = max(self.config.candidates, k * self.config.max_per_turn * 3)
        fused = fuse(
            [self.dense.scored(query, n, filters, query_vector), self.lexical.scored(query, n, filters)],
            [self.config.dense_weight, self.config.lexical_weight],
            self.config.rrf_k,
        )
        if boost_speakers:
            fused = self._boost(fused, set(boost_speakers))
        return self.diversified(self.hits.build(fused[:n], query_vector), k)

    def diversified(self, hits: list[Hit], k: int) -> list[Hit]:
        """The ``k`` hits to show from fused ``hits`` (best first), by this retriever's diversity settings."""
        config = self.config
        return diversify(
            hits, k, config.max_per_turn, region_turns=config.region_turns, region_factor=config.region_factor
        )

    def _boost(self, fused: list[tuple[int, float]], speakers: set[str]) -> list[tuple[int, float]]:
        passages = self.store.passages([pid for pid, _ in fused])
        boosted = [
            (pid, score + (self.config.speaker_boost if passages[pid].speaker in speakers else 0.0))
            for pid, score in fused
        ]
        return sorted(boosted, key=lambda item: (-item[1], item[0]))


def fuse(rankings: list[list[tuple[int, float]]], weights: list[float], rrf_k: int) -> list[tuple[int, float]]:
    """Weighted reciprocal-rank fusion: ``sum(w / (rrf_k + rank))``, best first."""
    scores: dict[int, float] = {}
    for ranking, weight in zip(rankings, weights, strict=True):
        for rank, (pid, _) in enumerate(ranking, 1):
            scores[pid] = scores.get(pid, 0.0) + weight / (rrf_k + rank)
    return sorted(scores.items(), key=lambda item: (-item[1], item[0]))


SPREAD_POOL = 3  # candidates per shown hit that region spreading chooses from


def diversify(
    hits: list[Hit],
    k: int,
    max_per_turn: int,
    near_duplicate: float = 0.85,
    region_turns: int = 0,
    region_factor: float = 1.0,
) -> list[Hit]:
    """The ``k`` hits to show from ``hits`` (best first): one per turn, no near-duplicates, spread over regions.

    Keeps at most ``max_per_turn`` passages per turn and one of each set of
    near-identical texts: two texts are near-identical when their word sets
    overlap by at least ``near_duplicate`` (Jaccard), such as a statement
    repeated in two transcripts, or a press release read out twice.

    Then picks greedily among the first ``SPREAD_POOL * k`` of those, by
    score, where a hit within ``region_turns`` turns of one already picked
    (same transcript) counts at ``region_factor`` of its score; its ``score``
    records that. With ``region_factor`` 1 the order is unchanged.
    """
    spreading = region_factor != 1.0
    wanted = SPREAD_POOL * k if spreading else k
    kept: list[Hit] = []
    kept_words: list[set[str]] = []
    per_turn: dict[tuple[str, int], int] = {}
    for hit in hits:
        key = (hit.transcript_id, hit.turn_start)
        if per_turn.get(key, 0) >= max_per_turn:
            continue
        bag = set(words(hit.text))
        if any(len(bag & other) >= near_duplicate * len(bag | other) for other in kept_words):
            continue
        per_turn[key] = per_turn.get(key, 0) + 1
        kept.append(hit)
        kept_words.append(bag)
        if len(kept) == wanted:
            break
    return _spread(kept, k, region_turns, region_factor) if spreading else kept


def _spread(hits: list[Hit], k: int, turns: int, factor: float) -> list[Hit]:
    """Greedy pick of ``k`` hits, each scored at ``factor`` once within ``turns`` turns of a pick."""
    pool = list(hits)
    near = [False] * len(pool)
    picked: list[Hit] = []
    while pool and len(picked) < k:
        scores = [hit.score * factor if close else hit.score for hit, close in zip(pool, near, strict=True)]
        best = max(range(len(pool)), key=lambda i: (scores[i], -i))
        chosen = pool.pop(best)
        near.pop(best)
        picked.append(replace(chosen, score=scores[best]))
        near = [close or _within(hit, chosen, turns) for hit, close in zip(pool, near, strict=True)]
    return picked


def _within(hit: Hit, other: Hit, turns: int) -> bool:
    """Whether ``hit`` lies within ``turns`` turns of ``other`` in the same transcript."""
    return (
        hit.transcript_id == other.transcript_id
        and other.turn_start - turns <= hit.turn_end
        and hit.turn_start <= other.turn_end + turns
    )
