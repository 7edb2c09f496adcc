"""The FTS5 half of an index: BM25 over each passage's words and, at a lower weight, its region's."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from typing import Any

from qa_bot.store.filters import filter_sql
from qa_bot.types import Filters

Query = Callable[[str, Sequence[Any]], list[tuple[Any, ...]]]


def bm25(query: Query, match: str, k: int, filters: Filters, region_weight: float) -> list[tuple[int, float]]:
    """FTS5 BM25 search within ``filters``: ``(passage id, score)`` best first, higher is better.

    The passage's own text counts fully, its region text at ``region_weight``.
    Without filters the query skips the joins, which halves its time on
    common words.
    """
    if not filters.active:
        sql = "SELECT rowid, -bm25(passages_fts, 1.0, ?) AS s FROM passages_fts WHERE passages_fts MATCH ? "
        params: list[Any] = []
    else:
        where, params = filter_sql(filters)
        sql = (
            "SELECT f.rowid, -bm25(passages_fts, 1.0, ?) AS s FROM passages_fts f "
            "JOIN passages p ON p.id = f.rowid JOIN transcripts t ON t.id = p.transcript_id "
            f"WHERE passages_fts MATCH ? AND {where} "
        )
    sql += "ORDER BY s DESC LIMIT ?"
    return [(int(r[0]), float(r[1])) for r in query(sql, [region_weight, match, *params, k])]


def document_frequencies(query: Query, terms: Sequence[str]) -> dict[str, int]:
    """How many passages' FTS5 rows (text or region) hold each of ``terms``: BM25's document counts."""
    sql = "SELECT count(*) FROM passages_fts WHERE passages_fts MATCH ?"
    return {term: int(query(sql, [f'"{term}"'])[0][0]) for term in terms}


def match_any(terms: Sequence[str]) -> str:
    """An FTS5 query matching any of ``terms`` (each a quoted string, so no word is read as an operator)."""
    return " OR ".join(f'"{t}"' for t in terms)


def fts5_idf(total: int, count: int) -> float:
    """The IDF FTS5's ``bm25()`` gives a term held by ``count`` of ``total`` rows (floored at 1e-6, as FTS5 does)."""
    return max(1e-6, math.log((total - count + 0.5) / (count + 0.5)))
