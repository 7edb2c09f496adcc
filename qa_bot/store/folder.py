"""The index folder: manifest + FAISS vectors + SQLite (transcripts, turns, passages, FTS5).

``IndexStore`` reads a built index (the ``base.Store`` interface);
``write_folder`` writes one whole under a temporary name and swaps it in, so
a crash never leaves a half-written index where an index is expected.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
import threading
from collections.abc import Hashable, Iterable, Sequence
from functools import cached_property
from pathlib import Path
from typing import Any

import numpy as np

from qa_bot.config import VectorIndexConfig
from qa_bot.errors import FilterError, IndexMismatchError
from qa_bot.store import lexical
from qa_bot.store.base import IndexData
from qa_bot.store.files import scratch_folder, swap_in, write_json
from qa_bot.store.filters import FilterColumns, passage_mask
from qa_bot.store.manifest import read_manifest
from qa_bot.store.schema import (
    DB_FILE,
    MANIFEST_FILE,
    VECTORS_FILE,
    date_from_column,
    turn_from_row,
    write_tables,
)
from qa_bot.store.vectors import KINDS, VectorSearch, build_vector_index, read_vector_index
from qa_bot.types import Filters, Passage, Transcript, Turn


def folder_signature(index_dir: str | Path) -> tuple[int, int] | None:
    """Identifies one build of an index folder (a rebuild writes a new manifest file); None without one."""
    try:
        info = (Path(index_dir) / MANIFEST_FILE).stat()
    except OSError:
        return None
    return info.st_ino, info.st_mtime_ns


def write_folder(index_dir: str | Path, data: IndexData, vector_index: VectorIndexConfig | None = None) -> None:
    """Write a complete index folder atomically (``store.write_index``).

    Written beside the target under a temporary name, flushed, and swapped in
    (``files.swap_in``); ``manifest["faiss"]`` records which FAISS index was built.
    """
    import faiss

    manifest = dict(data.manifest)
    target = Path(index_dir)
    with scratch_folder(target) as tmp:
        db = sqlite3.connect(tmp / DB_FILE)
        write_tables(db, data.transcripts, data.passages, data.regions, data.sentences)
        db.close()
        index, manifest["faiss"] = build_vector_index(data.vectors, int(manifest["model"]["dimension"]), vector_index)
        faiss.write_index(index, str(tmp / VECTORS_FILE))
        del index
        write_json(tmp / MANIFEST_FILE, manifest)
        swap_in(tmp, target, files=(DB_FILE, VECTORS_FILE))


class IndexStore:
    """A loaded index: FAISS vectors plus the SQLite tables, checked against the manifest."""

    def __init__(self, index_dir: str | Path) -> None:
        self.path = Path(index_dir)
        self.location = str(self.path)
        self.manifest = read_manifest(self.path)
        self._signature = folder_signature(self.path)
        rebuild = f"rebuild it with `qa-bot index SRC... --index {self.path} --full`"
        try:
            self.vectors = read_vector_index(self.path / VECTORS_FILE)
            self._db = sqlite3.connect(
                f"file:{self.path / DB_FILE}?mode=ro", uri=True, check_same_thread=False
            )
            count = self._db.execute("SELECT count(*) FROM passages").fetchone()[0]
        except (RuntimeError, sqlite3.Error) as exc:
            raise IndexMismatchError(f"index at {self.path} is damaged ({exc}); {rebuild}") from exc
        expected = self.manifest["counts"]["passages"]
        dim = self.manifest["model"]["dimension"]
        if self.vectors.ntotal != expected or count != expected:
            raise IndexMismatchError(
                f"index at {self.path} is inconsistent: manifest says {expected} passages, "
                f"FAISS holds {self.vectors.ntotal}, SQLite {count}; {rebuild}"
            )
        if self.vectors.d != dim:
            raise IndexMismatchError(
                f"index at {self.path}: vectors have dimension {self.vectors.d}, manifest says {dim}; {rebuild}"
            )
        faiss_info = self.manifest.get("faiss") or {}
        kind = type(self.vectors).__name__
        if kind not in KINDS or kind != faiss_info.get("type", "IndexFlatIP"):
            raise IndexMismatchError(
                f"index at {self.path}: the vectors file holds an {kind}, the manifest says "
                f"{faiss_info.get('type')!r}; {rebuild}"
            )
        self.vector_config = VectorIndexConfig.from_manifest(faiss_info)
        self._search = VectorSearch(self.vectors, self.vector_config)
        self._lock = threading.Lock()
        self._speaker_counts: list[tuple[str, int]] | None = None
        self._columns: FilterColumns | None = None

    def close(self) -> None:
        self._db.close()

    def signature(self) -> Hashable:
        """The manifest file's inode and modification time when this store was opened."""
        return self._signature

    def current_signature(self) -> Hashable:
        """The manifest file's inode and modification time now (one ``stat``)."""
        return folder_signature(self.path)

    @property
    def passage_count(self) -> int:
        return int(self.vectors.ntotal)

    def _query(self, sql: str, params: Iterable[Any] = ()) -> list[tuple[Any, ...]]:
        with self._lock:
            return self._db.execute(sql, tuple(params)).fetchall()

    # -- reading -------------------------------------------------------------

    def passages(self, ids: Sequence[int]) -> dict[int, Passage]:
        """Passages by id."""
        if not len(ids):
            return {}
        marks = ",".join("?" * len(ids))
        rows = self._query(f"SELECT * FROM passages WHERE id IN ({marks})", [int(i) for i in ids])
        return {row[0]: Passage(*row) for row in rows}

    def sentence_vectors(self, texts: Sequence[str]) -> dict[str, np.ndarray]:
        """The stored vectors of those of ``texts`` that have one (``write_index``'s ``sentences``)."""
        found: dict[str, np.ndarray] = {}
        unique = list(dict.fromkeys(texts))
        for i in range(0, len(unique), 500):
            chunk = unique[i : i + 500]
            rows = self._query(
                f"SELECT text, vector FROM sentence_vectors WHERE text IN ({','.join('?' * len(chunk))})", chunk
            )
            found.update((text, np.frombuffer(blob, dtype=np.float32)) for text, blob in rows)
        return found

    def transcript_passages(self, transcript_id: str) -> list[Passage]:
        """All passages of one transcript, in order."""
        rows = self._query("SELECT * FROM passages WHERE transcript_id = ? ORDER BY id", [transcript_id])
        return [Passage(*row) for row in rows]

    def passage_vectors(self, ids: Sequence[int]) -> np.ndarray:
        """The stored vectors of the given passages, row for row (a copy)."""
        return self._search.vectors(np.asarray(ids, dtype=np.int64))

    def search(self, query_vector: np.ndarray, k: int, allowed: np.ndarray | None = None) -> list[tuple[int, float]]:
        """``(passage id, inner product)`` of the ``k`` best passages among ``allowed`` (``VectorSearch.search``)."""
        return self._search.search(query_vector, k, allowed)

    def transcript(self, transcript_id: str) -> Transcript:
        """A whole transcript with its turns."""
        row = self._query("SELECT * FROM transcripts WHERE id = ?", [transcript_id])
        if not row:
            raise FilterError(f"no transcript {transcript_id!r} in the index")
        tid, title, date, place, source, fmt, _sha, date_source, encoding = row[0]
        turns = [
            turn_from_row(r) for r in self._query("SELECT * FROM turns WHERE transcript_id = ? ORDER BY idx", [tid])
        ]
        return Transcript(tid, title, date_from_column(date), place, source, turns, fmt, date_source, encoding)

    def turn(self, transcript_id: str, index: int) -> Turn:
        """One turn."""
        rows = self._query("SELECT * FROM turns WHERE transcript_id = ? AND idx = ?", [transcript_id, index])
        return turn_from_row(rows[0])

    @cached_property
    def has_dates(self) -> bool:
        """Whether any transcript is dated (fixed for a loaded index, so asked once)."""
        return bool(self._query("SELECT 1 FROM transcripts WHERE date IS NOT NULL LIMIT 1"))

    def transcript_info(self) -> dict[str, tuple[str, dt.date | None]]:
        """``{id: (title, date)}`` for every transcript."""
        return {r[0]: (r[1], date_from_column(r[2])) for r in self._query("SELECT id, title, date FROM transcripts")}

    def speaker_counts(self, transcripts: Sequence[str] | None = None) -> list[tuple[str, int]]:
        """Speakers with their turn counts, most frequent first (within ``transcripts`` if given).

        The whole-index count is computed once per loaded index: it is a full
        scan of the turns, and every question asks for it.
        """
        where, params = "", []
        if transcripts is not None:
            where = f"WHERE transcript_id IN ({','.join('?' * len(transcripts))})"
            params = list(transcripts)
        elif self._speaker_counts is not None:
            return list(self._speaker_counts)
        counts = self._query(
            f"SELECT speaker, count(*) AS n FROM turns {where} GROUP BY speaker ORDER BY n DESC, speaker", params
        )
        if transcripts is None:
            self._speaker_counts = counts
        return list(counts)

    def passage_starts(self, ids: Sequence[int]) -> dict[int, float | None]:
        """Seconds into the recording at which each passage's first turn starts (None if untimed), by id."""
        if not len(ids):
            return {}
        marks = ",".join("?" * len(ids))
        rows = self._query(
            "SELECT p.id, t.start FROM passages p JOIN turns t ON t.transcript_id = p.transcript_id "
            f"AND t.idx = p.turn_start WHERE p.id IN ({marks})",
            [int(i) for i in ids],
        )
        return dict(rows)

    def turn_start(self, transcript_id: str, index: int) -> float | None:
        rows = self._query("SELECT start FROM turns WHERE transcript_id = ? AND idx = ?", [transcript_id, index])
        return rows[0][0] if rows else None

    # -- filtering -----------------------------------------------------------

    def filter_ids(self, filters: Filters) -> np.ndarray | None:
        """Ids of the passages that pass ``filters`` (``filters.RULES``), or None when no filter is set.

        The per-passage columns are loaded into numpy on the first filtered search.
        """
        if not filters.active:
            return None
        if self._columns is None:
            self._columns = FilterColumns.from_rows(self._query(
                "SELECT p.speaker, p.transcript_id, t.date FROM passages p "
                "JOIN transcripts t ON t.id = p.transcript_id ORDER BY p.id"
            ))
        return np.flatnonzero(passage_mask(filters, self._columns)).astype(np.int64)

    def dense(self, query_vector: np.ndarray, k: int, filters: Filters) -> list[tuple[int, float]]:
        """``search`` within the passages that pass ``filters`` (``filter_ids``)."""
        allowed = self.filter_ids(filters)
        if min(k, self.vectors.ntotal if allowed is None else len(allowed)) == 0:
            return []
        return self.search(query_vector, k, allowed)

    def document_frequencies(self, terms: Sequence[str]) -> dict[str, int]:
        """How many passages' FTS5 rows hold each of ``terms`` (``lexical.document_frequencies``)."""
        return lexical.document_frequencies(self._query, terms)

    def term_weights(self, terms: Sequence[str]) -> dict[str, float]:
        """Each term's IDF as FTS5 computes it (``lexical.fts5_idf``)."""
        counts = self.document_frequencies(terms)
        return {term: lexical.fts5_idf(self.vectors.ntotal, counts[term]) for term in terms}

    def lexical(
        self, terms: Sequence[str], k: int, filters: Filters, region_weight: float = 0.0
    ) -> list[tuple[int, float]]:
        """FTS5 BM25 search for any of ``terms`` within ``filters``, best first (``lexical.bm25``)."""
        if not terms:
            return []
        return lexical.bm25(self._query, lexical.match_any(terms), k, filters, region_weight)
