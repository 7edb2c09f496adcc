"""Hybrid retrieval: dense and BM25 candidates fused by score, then diversified."""

from __future__ import annotations

import math
from collections.abc import Collection, Mapping, Sequence
from dataclasses import replace

import numpy as np

from qa_bot.config import FusionConfig
from qa_bot.embedding import Embedder
from qa_bot.retrieval.adapter import QueryAdapter
from qa_bot.retrieval.base import HitBuilder
from qa_bot.retrieval.dense import DenseRetriever
from qa_bot.retrieval.lexical import LexicalRetriever
from qa_bot.store import Store
from qa_bot.text import words
from qa_bot.timing import StageTimer, timed
from qa_bot.types import Filters, Hit


class HybridRetriever:
    """Score fusion of dense and lexical rankings over the same filtered set.

    The candidates are the best ``candidates`` passages of each ranking. Scores,
    not ranks, are fused: a passage far ahead on one signal keeps that lead,
    and the cosine's scale, which differs between models, is taken out by
    scaling it over the candidates. BM25 scores are read deeper than the
    candidates, so a dense candidate that also says the question's words gets
    credit for it. The top-k keeps at most ``max_per_turn`` passages of one
    turn, so windows of one long turn do not crowd out other answers, and a
    passage within ``region_turns`` turns of a better one counts at
    ``region_factor`` of its score, so the top few cover distinct parts of a
    discussion rather than one exchange turn by turn.
    """

    def __init__(
        self,
        store: Store,
        embedder: Embedder,
        config: FusionConfig | None = None,
        adapter: QueryAdapter | None = None,
    ) -> None:
        self.store = store
        self.embedder = embedder
        self.config = config or FusionConfig()
        self.hits = HitBuilder(store)
        self.dense = DenseRetriever(store, embedder, self.hits, adapter)
        self.lexical = LexicalRetriever(store, self.hits, self.config.region_weight)
        self.timer: StageTimer | None = None  # hears the dense, lexical and fuse stages of each search

    def search(
        self,
        query: str,
        k: int = 10,
        filters: Filters | None = None,
        query_vector: np.ndarray | None = None,
        boost_speakers: Sequence[str] = (),
    ) -> list[Hit]:
        """The ``k`` best passages by fused score within ``filters``, best first.

        Passages by ``boost_speakers`` gain ``speaker_boost`` on the fused
        score, which in practice lifts the named speaker's relevant passages
        above everyone else's without hiding the others.
        """
        filters = filters or Filters()
        query_vector = self.dense.query_vector(query, query_vector)
        n = self.candidate_count(k)
        with timed(self.timer, "dense"):
            dense = self.dense.scored(query, n, filters, query_vector)
        with timed(self.timer, "lexical"):
            lexical = self.lexical.scored(query, n * self.config.lexical_depth, filters)
            full_match = self.lexical.full_match_score(query)
        with timed(self.timer, "fuse"):
            return self.diversified(self.ranked_hits(dense, lexical, n, query_vector, boost_speakers, full_match), k)

    def candidate_count(self, k: int) -> int:
        """How many passages each ranking contributes for a top-``k``."""
        return max(self.config.candidates, k * self.config.max_per_turn * 3)

    def ranked_hits(
        self,
        dense: list[tuple[int, float]],
        lexical: list[tuple[int, float]],
        n: int,
        query_vector: np.ndarray,
        boost_speakers: Sequence[str] = (),
        full_match: float = 0.0,
    ) -> list[Hit]:
        """The first ``n`` of each ranking as hits, by fused score (``fuse``), best first."""
        candidates = list(dict.fromkeys([pid for pid, _ in dense[:n]] + [pid for pid, _ in lexical[:n]]))
        cosines = dict(dense)
        missing = [pid for pid in candidates if pid not in cosines]
        if missing:
            cosines.update(self.dense.similarities(missing, query_vector))
        passages = self.store.passages(candidates)
        speakers = set(boost_speakers)
        fused = fuse(
            candidates,
            cosines,
            dict(lexical),
            {pid: len(words(passages[pid].text)) for pid in candidates},
            {pid for pid in candidates if passages[pid].speaker in speakers},
            self.config,
            full_match,
        )
        return self.hits.build(fused[:n], query_vector, passages)

    def diversified(self, hits: list[Hit], k: int) -> list[Hit]:
        """The ``k`` hits to show from fused ``hits`` (best first), by this retriever's diversity settings."""
        config = self.config
        return diversify(
            hits, k, config.max_per_turn, config.near_duplicate, config.region_turns, config.region_factor,
            config.spread_pool,
        )


def fuse(
    candidates: Sequence[int],
    cosines: Mapping[int, float],
    bm25: Mapping[int, float],
    lengths: Mapping[int, int],
    named: Collection[int],
    config: FusionConfig,
    full_match: float = 0.0,
) -> list[tuple[int, float]]:
    """``(passage id, fused score)`` of ``candidates``, best first (ties by id); see ``FusionConfig``.

    ``cosines`` holds every candidate's cosine; ``bm25`` the BM25 scores known
    (higher is better; a candidate without one scores 0 there); ``lengths``
    word counts; ``named`` the candidates whose speaker the question names;
    ``full_match`` the BM25 score of a full match. All parts are at least 0,
    so region spreading can scale a fused score.
    """
    if not candidates:
        return []
    cosine = np.array([cosines[pid] for pid in candidates], dtype=np.float64)
    span = float(np.ptp(cosine))
    scaled = (cosine - cosine.min()) / span if span > 0 else np.zeros_like(cosine)
    best = max(max((bm25[pid] for pid in candidates if pid in bm25), default=0.0), full_match)
    scores = {}
    for pid, dense in zip(candidates, scaled, strict=True):
        lexical = bm25.get(pid, 0.0) / best if best > 0 else 0.0
        scores[pid] = (
            float(dense)
            + config.lexical_weight * lexical
            + config.length_weight * math.log1p(lengths[pid])
            + (config.speaker_boost if pid in named else 0.0)
        )
    return sorted(scores.items(), key=lambda item: (-item[1], item[0]))


def diversify(
    hits: list[Hit],
    k: int,
    max_per_turn: int,
    near_duplicate: float = 0.85,
    region_turns: int = 0,
    region_factor: float = 1.0,
    spread_pool: int = 3,
) -> list[Hit]:
    """The ``k`` hits to show from ``hits`` (best first): one per turn, no near-duplicates, spread over regions.

    Keeps at most ``max_per_turn`` passages per turn and one of each set of
    near-identical texts: two texts are near-identical when their word sets
    overlap by at least ``near_duplicate`` (Jaccard), such as a statement
    repeated in two transcripts, or a press release read out twice.

    Then picks greedily among the first ``spread_pool * k`` of those, by
    score, where a hit within ``region_turns`` turns of one already picked
    (same transcript) counts at ``region_factor`` of its score; its ``score``
    records that. With ``region_factor`` 1 the order is unchanged.
    """
    spreading = region_factor != 1.0
    wanted = spread_pool * k if spreading else k
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
