"""BM25 in Milvus as FTS5 computes it: sparse vectors whose inner product is ``-bm25(passages_fts, 1.0, w)``.

FTS5 scores a passage's two columns (its words, its region's words at
weight ``w``) as one document: a term's frequency is its count in the text
plus ``w`` times its count in the region, the document's length is both
columns' tokens, and the IDF counts the passages holding the term in either
column. Milvus's BM25 function keeps its own statistics per field (and
Milvus Lite computes them over the filtered passages only), which ranked
differently. So a build computes each passage's BM25 term weights itself,
over the whole index, and stores them as a sparse vector per region weight;
a query's sparse vector holds each term's IDF, and Milvus ranks by their
inner product within the filters. The term ids and passage counts are kept
with the build (``milvus_schema.term_rows``).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass

from qa_bot.config import FusionConfig
from qa_bot.store.lexical import fts5_idf
from qa_bot.store.milvus_schema import analysed
from qa_bot.types import Passage

K1, B = 1.2, 0.75  # FTS5's bm25() constants
# The sparse fields and the region weight each was computed at: the shipped weight and none.
FIELDS = {"bm25": FusionConfig.region_weight, "bm25_plain": 0.0}


@dataclass(frozen=True)
class Bm25Stats:
    """A build's BM25 statistics: passages, their mean length in tokens, and each term's ``(id, passages)``."""

    passages: int
    mean_length: float
    terms: Mapping[str, tuple[int, int]]


def tokens(passage: Passage, regions: Sequence[str]) -> tuple[list[str], list[str]]:
    """A passage's analysed words and its region's (``milvus_schema.analysed``)."""
    return analysed(passage.lexical_text).split(), analysed(regions[passage.id]).split() if regions else []


def bm25_stats(passages: Sequence[Passage], regions: Sequence[str]) -> Bm25Stats:
    """The statistics FTS5 keeps for the passages' table, over both columns."""
    holding: Counter[str] = Counter()
    length = 0
    for p in passages:
        text, region = tokens(p, regions)
        length += len(text) + len(region)
        holding.update(set(text) | set(region))
    terms = {term: (i, n) for i, (term, n) in enumerate(sorted(holding.items()))}
    return Bm25Stats(len(passages), length / len(passages) if passages else 0.0, terms)


def document_vectors(
    passages: Sequence[Passage], regions: Sequence[str], stats: Bm25Stats
) -> Iterator[dict[str, dict[int, float]]]:
    """Each passage's sparse vector per field of ``FIELDS``: term id -> its BM25 term-frequency part."""
    for p in passages:
        text, region = tokens(p, regions)
        norm = K1 * (1 - B + B * (len(text) + len(region)) / stats.mean_length) if stats.mean_length else K1
        counts, in_region = Counter(text), Counter(region)
        row = {}
        for field, weight in FIELDS.items():
            vector = {}
            for term in counts.keys() | in_region.keys():
                frequency = counts[term] + weight * in_region[term]
                if frequency > 0:
                    vector[stats.terms[term][0]] = frequency * (K1 + 1) / (frequency + norm)
            row[field] = vector
        yield row


def field_for(region_weight: float) -> str:
    """The sparse field computed at the region weight nearest ``region_weight``."""
    return min(FIELDS, key=lambda field: abs(FIELDS[field] - region_weight))


def query_vector(stems: Sequence[Sequence[str]], terms: Mapping[str, tuple[int, int]], total: int) -> dict[int, float]:
    """A query's sparse vector: each analysed word's IDF (``fts5_idf``), once per query term holding it.

    ``terms`` maps a word to its ``(id, passages)``; words the index lacks are left out.
    """
    vector: dict[int, float] = {}
    for words in stems:
        for word in dict.fromkeys(words):
            if word in terms:
                i, count = terms[word]
                vector[i] = vector.get(i, 0.0) + fts5_idf(total, count)
    return vector
