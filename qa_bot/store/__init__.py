"""The index folder: manifest + FAISS vectors + SQLite (transcripts, turns, passages, FTS5).

A folder is written whole under a temporary name and swapped in with renames,
so a crash never leaves a half-written index where an index is expected. The
manifest describes the build (model, dimension, chunking, per-file hashes) and
loading refuses an index that does not match what the caller needs.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import shutil
import sqlite3
import threading
import time
import uuid
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, fields
from functools import cached_property
from pathlib import Path
from typing import Any

import numpy as np

from qa_bot.errors import FilterError, IndexMismatchError, IndexNotFoundError
from qa_bot.types import Filters, Passage, Transcript, Turn

logger = logging.getLogger(__name__)

FORMAT_VERSION = 3  # 3: BM25 also indexes each passage's region text; answer sentences' vectors stored
MANIFEST_FILE = "manifest.json"
VECTORS_FILE = "vectors.faiss"
DB_FILE = "passages.sqlite3"

_SCHEMA = """
CREATE TABLE transcripts (
    id TEXT PRIMARY KEY, title TEXT NOT NULL, date TEXT, place TEXT,
    source TEXT NOT NULL, format TEXT NOT NULL, sha256 TEXT NOT NULL,
    date_source TEXT, encoding TEXT
);
CREATE TABLE turns (
    transcript_id TEXT NOT NULL, idx INTEGER NOT NULL, speaker TEXT NOT NULL,
    speaker_inferred INTEGER NOT NULL, text TEXT NOT NULL, start REAL, "end" REAL, label TEXT,
    PRIMARY KEY (transcript_id, idx)
);
CREATE TABLE passages (
    id INTEGER PRIMARY KEY, transcript_id TEXT NOT NULL, turn_start INTEGER NOT NULL,
    turn_end INTEGER NOT NULL, speaker TEXT NOT NULL, char_start INTEGER NOT NULL,
    char_end INTEGER NOT NULL, text TEXT NOT NULL, context TEXT, embed_text TEXT NOT NULL,
    lexical_text TEXT NOT NULL
);
CREATE INDEX passages_transcript ON passages (transcript_id);
CREATE INDEX passages_speaker ON passages (speaker);
CREATE VIRTUAL TABLE passages_fts USING fts5 (
    lexical_text, region_text, content='', tokenize='porter unicode61'
);
CREATE TABLE sentence_vectors (text TEXT PRIMARY KEY, vector BLOB NOT NULL);
"""


ANN_THRESHOLD = 200_000  # passages; chosen with benchmarks/scale.py (see docs/benchmarks.md)
_MAX_EF_SEARCH = 4096


@dataclass(frozen=True)
class VectorIndexConfig:
    """Which FAISS index a build writes, and how a filtered search uses it.

    Up to ``ann_threshold`` passages the index is exact (``IndexFlatIP``).
    Above, it is an HNSW graph (``IndexHNSWFlat``, inner product) with
    ``hnsw_m`` links per node, built with ``ef_construction`` candidates and
    searched with ``ef_search``. Passage ids stay the FAISS row numbers. The
    graph keeps every vector in flat storage, so a filter that leaves at most
    ``exact_filter_limit`` passages is scored exactly, and a filtered graph
    search that comes back short is redone exactly: a filtered search never
    returns fewer hits than exist. ``$QA_BOT_ANN_THRESHOLD`` overrides the
    default threshold.
    """

    ann_threshold: int = ANN_THRESHOLD
    hnsw_m: int = 32
    ef_construction: int = 80
    ef_search: int = 2048
    exact_filter_limit: int = 50_000

    def __post_init__(self) -> None:
        for name in ("ann_threshold", "hnsw_m", "ef_construction", "ef_search", "exact_filter_limit"):
            value = getattr(self, name)
            minimum = 0 if name in ("ann_threshold", "exact_filter_limit") else 1
            if not isinstance(value, int) or value < minimum:
                raise ValueError(f"VectorIndexConfig.{name} must be a whole number >= {minimum}, got {value!r}")

    @classmethod
    def from_env(cls) -> VectorIndexConfig:
        """The defaults, with ``$QA_BOT_ANN_THRESHOLD`` (passages) applied when set."""
        value = os.environ.get("QA_BOT_ANN_THRESHOLD", "").strip().replace("_", "")
        if not value:
            return cls()
        if not value.isdigit():
            raise ValueError(f"QA_BOT_ANN_THRESHOLD must be a number of passages, got {value!r}")
        return cls(ann_threshold=int(value))

    @classmethod
    def from_manifest(cls, info: dict[str, Any]) -> VectorIndexConfig:
        """The settings an index was built with (``manifest["faiss"]``); defaults for missing ones."""
        known = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in info.items() if k in known and isinstance(v, int)})


def build_vector_index(
    vectors: np.ndarray, dimension: int, config: VectorIndexConfig | None = None
) -> tuple[Any, dict[str, Any]]:
    """A FAISS index holding ``vectors`` (row i = passage i), exact or HNSW by size, and its description."""
    import faiss

    config = config or VectorIndexConfig.from_env()
    vectors = np.ascontiguousarray(vectors, dtype=np.float32)
    info: dict[str, Any] = {"metric": "inner_product", "ann_threshold": config.ann_threshold}
    if len(vectors) <= config.ann_threshold:
        index = faiss.IndexFlatIP(dimension)
        info = {"type": "IndexFlatIP", **info}
    else:
        index = faiss.IndexHNSWFlat(dimension, config.hnsw_m, faiss.METRIC_INNER_PRODUCT)
        index.hnsw.efConstruction = config.ef_construction
        index.hnsw.efSearch = config.ef_search
        info = {
            "type": "IndexHNSWFlat", **info, "hnsw_m": config.hnsw_m, "ef_construction": config.ef_construction,
            "ef_search": config.ef_search, "exact_filter_limit": config.exact_filter_limit,
        }
        logger.info("%d passages > %d: building an approximate HNSW index (M=%d, efConstruction=%d)",
                    len(vectors), config.ann_threshold, config.hnsw_m, config.ef_construction)
    began = time.perf_counter()
    if len(vectors):
        index.add(vectors)
    info["build_seconds"] = round(time.perf_counter() - began, 1)
    return index, info


def read_vector_index(path: Path) -> Any:
    """A FAISS index file, memory-mapped (zero copy) where this FAISS can, else read into memory."""
    import faiss

    flag = getattr(faiss, "IO_FLAG_MMAP_IFC", None)
    if flag is not None:
        try:
            return faiss.read_index(str(path), flag)
        except RuntimeError as exc:
            logger.debug("cannot memory-map %s (%s); reading it into memory", path, exc)
    return faiss.read_index(str(path))


def write_index(
    index_dir: str | Path,
    manifest: dict[str, Any],
    transcripts: Sequence[tuple[Transcript, str]],
    passages: Sequence[Passage],
    vectors: np.ndarray,
    vector_index: VectorIndexConfig | None = None,
    regions: Sequence[str] | None = None,
    sentences: Mapping[str, np.ndarray] | None = None,
) -> None:
    """Write a complete index folder atomically.

    ``transcripts`` pairs each transcript with its file's sha256. Passage ids
    must be ``0..n-1`` in order: they are the FAISS row numbers. ``regions``
    is each passage's region text for BM25 (``chunking.region_texts``; None:
    none). ``sentences`` maps the sentences the answer step scores with the
    model (``spans.scored_sentences``) to their vectors. The FAISS index is
    exact or approximate by size (``vector_index``,
    default ``VectorIndexConfig.from_env()``); ``manifest["faiss"]`` records
    which.
    """
    import faiss

    manifest = dict(manifest)
    target = Path(index_dir)
    target.parent.mkdir(parents=True, exist_ok=True)
    if any(p.id != i for i, p in enumerate(passages)) or len(passages) != len(vectors):
        raise ValueError("passages must be numbered 0..n-1 and match the vectors row for row")
    if regions is not None and len(regions) != len(passages):
        raise ValueError("regions must match the passages one for one")
    tmp = target.parent / f".{target.name}.tmp-{os.getpid()}-{uuid.uuid4().hex[:8]}"
    tmp.mkdir()
    try:
        db = sqlite3.connect(tmp / DB_FILE)
        with db:
            db.executescript(_SCHEMA)
            db.executemany(
                "INSERT INTO transcripts VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    (t.id, t.title, t.date.isoformat() if t.date else None, t.place, t.source, t.format, sha,
                     t.date_source, t.encoding)
                    for t, sha in transcripts
                ],
            )
            db.executemany(
                "INSERT INTO turns VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    (u.transcript_id, u.index, u.speaker, int(u.speaker_inferred), u.text, u.start, u.end, u.label)
                    for t, _ in transcripts
                    for u in t.turns
                ],
            )
            db.executemany(
                "INSERT INTO passages VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    (p.id, p.transcript_id, p.turn_start, p.turn_end, p.speaker, p.char_start,
                     p.char_end, p.text, p.context, p.embed_text, p.lexical_text)
                    for p in passages
                ],
            )
            db.executemany(
                "INSERT INTO passages_fts (rowid, lexical_text, region_text) VALUES (?, ?, ?)",
                [(p.id, p.lexical_text, regions[p.id] if regions is not None else "") for p in passages],
            )
            db.executemany(
                "INSERT INTO sentence_vectors VALUES (?, ?)",
                [(text, np.asarray(v, dtype=np.float32).tobytes()) for text, v in (sentences or {}).items()],
            )
        db.close()

        index, manifest["faiss"] = build_vector_index(vectors, int(manifest["model"]["dimension"]), vector_index)
        faiss.write_index(index, str(tmp / VECTORS_FILE))
        del index
        _write_json(tmp / MANIFEST_FILE, manifest)
        for name in (DB_FILE, VECTORS_FILE):
            _fsync(tmp / name)
        _fsync(tmp)
        _swap_in(tmp, target)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise


def _write_json(path: Path, data: dict[str, Any]) -> None:
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(data, fh, indent=2, ensure_ascii=False)
        fh.flush()
        os.fsync(fh.fileno())


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _swap_in(tmp: Path, target: Path) -> None:
    """Replace ``target`` by ``tmp``; the old folder stays recoverable until the new one is in place."""
    backup = target.parent / f".{target.name}.old-{uuid.uuid4().hex[:8]}"
    if target.exists():
        os.rename(target, backup)
    os.rename(tmp, target)
    _fsync(target.parent)
    shutil.rmtree(backup, ignore_errors=True)


def recover(index_dir: str | Path) -> None:
    """Finish an interrupted swap and remove leftovers of killed builds.

    If a crash fell between the two renames of a swap, the previous index
    sits under ``.NAME.old-*``; it is put back. Temporary folders of builds
    whose process is gone are deleted.
    """
    target = Path(index_dir)
    if not target.parent.is_dir():
        return
    if not target.exists():
        backups = sorted(target.parent.glob(f".{target.name}.old-*"), key=lambda p: p.stat().st_mtime)
        if backups and (backups[-1] / MANIFEST_FILE).exists():
            logger.warning("restoring the previous index from %s (a rebuild was interrupted)", backups[-1])
            os.rename(backups[-1], target)
    for tmp in target.parent.glob(f".{target.name}.tmp-*"):
        pid = tmp.name.split("-")[-2]
        if not pid.isdigit() or not _process_alive(int(pid)):
            shutil.rmtree(tmp, ignore_errors=True)


def _process_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def read_manifest(index_dir: str | Path) -> dict[str, Any]:
    """The manifest of an index, or ``IndexNotFoundError`` / ``IndexMismatchError``."""
    index_dir = Path(index_dir)
    recover(index_dir)
    path = index_dir / MANIFEST_FILE
    if not path.exists():
        raise IndexNotFoundError(
            f"no index at {index_dir}: build one with `qa-bot index SRC... --index {index_dir}`"
        )
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise IndexMismatchError(f"index manifest {path} is unreadable ({exc}); rebuild with --full") from exc
    version = manifest.get("format_version") if isinstance(manifest, dict) else None
    if version != FORMAT_VERSION:
        raise IndexMismatchError(
            f"index at {index_dir} has format version {version!r}, this qa-bot reads version "
            f"{FORMAT_VERSION}; rebuild it with `qa-bot index SRC... --index {index_dir} --full`"
        )
    return manifest


class IndexStore:
    """A loaded index: FAISS vectors plus the SQLite tables, checked against the manifest."""

    def __init__(self, index_dir: str | Path) -> None:
        self.path = Path(index_dir)
        self.manifest = read_manifest(self.path)
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
        if kind not in ("IndexFlatIP", "IndexHNSWFlat") or kind != faiss_info.get("type", "IndexFlatIP"):
            raise IndexMismatchError(
                f"index at {self.path}: the vectors file holds an {kind}, the manifest says "
                f"{faiss_info.get('type')!r}; {rebuild}"
            )
        self.vector_config = VectorIndexConfig.from_manifest(faiss_info)
        self._approximate = kind == "IndexHNSWFlat"
        self._flat, self._matrix = _flat_storage(self.vectors)
        self._lock = threading.Lock()
        self._speaker_counts: list[tuple[str, int]] | None = None
        self._columns: _FilterColumns | None = None

    def close(self) -> None:
        self._db.close()

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
        return np.array(self._matrix[np.asarray(ids, dtype=np.int64).reshape(-1)], dtype=np.float32)

    def search(self, query_vector: np.ndarray, k: int, allowed: np.ndarray | None = None) -> list[tuple[int, float]]:
        """``(passage id, inner product)`` of the ``k`` best passages, best first, among ``allowed`` ids if given.

        Exact for a flat index. With the HNSW index, an unfiltered search is
        approximate; a filter leaving at most ``exact_filter_limit`` passages
        is scored exactly over the stored vectors; a larger one searches the
        graph restricted to the allowed ids (wider in proportion to how much
        the filter removes) and is redone exactly if that finds fewer than
        ``k``. Either way a filtered search returns ``min(k, len(allowed))`` hits.
        """
        total = self.vectors.ntotal
        limit = min(k, total if allowed is None else len(allowed))
        if limit <= 0:
            return []
        query = np.ascontiguousarray(query_vector, dtype=np.float32).reshape(1, -1)
        with _one_faiss_thread():
            return self._search(query, limit, allowed)

    def _search(self, query: np.ndarray, limit: int, allowed: np.ndarray | None) -> list[tuple[int, float]]:
        import faiss

        total = self.vectors.ntotal
        ef = max(self.vector_config.ef_search, limit)
        if allowed is None:
            params = faiss.SearchParametersHNSW(efSearch=ef) if self._approximate else None
            scores, ids = self.vectors.search(query, limit, params=params)
            return _pairs(scores, ids)
        bitmap = np.zeros(total, dtype=bool)
        bitmap[np.asarray(allowed, dtype=np.int64)] = True
        bits = np.packbits(bitmap, bitorder="little")  # the selector points into it: keep it alive here
        selector = faiss.IDSelectorBitmap(total, faiss.swig_ptr(bits))
        if self._approximate and len(allowed) > self.vector_config.exact_filter_limit:
            widened = min(_MAX_EF_SEARCH, max(ef, -(-ef * total // len(allowed))))
            params = faiss.SearchParametersHNSW(sel=selector, efSearch=widened)
            scores, ids = self.vectors.search(query, limit, params=params)
            found = _pairs(scores, ids)
            if len(found) >= limit:
                return found
            logger.debug("filtered graph search found %d of %d; scoring the %d allowed passages exactly",
                         len(found), limit, len(allowed))
        scores, ids = self._flat.search(query, limit, params=faiss.SearchParameters(sel=selector))
        return _pairs(scores, ids)

    def transcript(self, transcript_id: str) -> Transcript:
        """A whole transcript with its turns."""
        row = self._query("SELECT * FROM transcripts WHERE id = ?", [transcript_id])
        if not row:
            raise FilterError(f"no transcript {transcript_id!r} in the index")
        tid, title, date, place, source, fmt, _sha, date_source, encoding = row[0]
        turns = [
            _turn(r) for r in self._query("SELECT * FROM turns WHERE transcript_id = ? ORDER BY idx", [tid])
        ]
        return Transcript(tid, title, _date(date), place, source, turns, fmt, date_source, encoding)

    def turn(self, transcript_id: str, index: int) -> Turn:
        """One turn."""
        return _turn(self._query("SELECT * FROM turns WHERE transcript_id = ? AND idx = ?", [transcript_id, index])[0])

    @cached_property
    def has_dates(self) -> bool:
        """Whether any transcript is dated (fixed for a loaded index, so asked once)."""
        return bool(self._query("SELECT 1 FROM transcripts WHERE date IS NOT NULL LIMIT 1"))

    def transcript_info(self) -> dict[str, tuple[str, dt.date | None]]:
        """``{id: (title, date)}`` for every transcript."""
        return {r[0]: (r[1], _date(r[2])) for r in self._query("SELECT id, title, date FROM transcripts")}

    def speaker_counts(self, transcripts: Sequence[str] | None = None) -> list[tuple[str, int]]:
        """Speakers with their turn counts, most frequent first (within ``transcripts`` if given).

        The whole-index count is computed once per loaded index (a full scan of
        the turns: 14 ms for 57k turns, asked on every question).
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
        """Ids of the passages that pass ``filters``, or None when no filter is set.

        Computed on per-passage columns held in numpy (speaker, transcript,
        date), loaded on the first filtered search: a mask over a million
        passages takes milliseconds where fetching the ids from SQLite took
        hundreds. Passages of undated transcripts are excluded by any date bound.
        """
        if not filters.active:
            return None
        columns = self._filter_columns()
        mask = np.ones(len(columns.date), dtype=bool)
        if filters.speakers is not None:
            mask &= np.isin(columns.speaker, [columns.speaker_codes.get(s, -1) for s in filters.speakers])
        if filters.transcripts is not None:
            mask &= np.isin(columns.transcript, [columns.transcript_codes.get(t, -1) for t in filters.transcripts])
        if filters.date_from is not None:
            mask &= columns.date >= filters.date_from.toordinal()
        if filters.date_to is not None:
            mask &= (columns.date <= filters.date_to.toordinal()) & (columns.date > 0)
        return np.flatnonzero(mask).astype(np.int64)

    def _filter_columns(self) -> _FilterColumns:
        if self._columns is None:
            rows = self._query(
                "SELECT p.speaker, p.transcript_id, t.date FROM passages p "
                "JOIN transcripts t ON t.id = p.transcript_id ORDER BY p.id"
            )
            speaker_codes: dict[str, int] = {}
            transcript_codes: dict[str, int] = {}
            self._columns = _FilterColumns(
                speaker=np.fromiter((speaker_codes.setdefault(r[0], len(speaker_codes)) for r in rows), np.int32),
                transcript=np.fromiter(
                    (transcript_codes.setdefault(r[1], len(transcript_codes)) for r in rows), np.int32
                ),
                date=np.fromiter((_date(r[2]).toordinal() if r[2] else 0 for r in rows), np.int32),
                speaker_codes=speaker_codes,
                transcript_codes=transcript_codes,
            )
        return self._columns

    def document_frequencies(self, terms: Sequence[str]) -> dict[str, int]:
        """How many passages' FTS5 rows (text or region) hold each of ``terms``: BM25's document counts."""
        return {
            term: int(self._query("SELECT count(*) FROM passages_fts WHERE passages_fts MATCH ?", [f'"{term}"'])[0][0])
            for term in terms
        }

    def lexical(
        self, match: str, k: int, filters: Filters, region_weight: float = 0.0
    ) -> list[tuple[int, float]]:
        """FTS5 BM25 search within ``filters``: ``(passage id, score)`` best first, higher is better.

        The passage's own text counts fully, its region text (``write_index``)
        at ``region_weight``.
        """
        if not filters.active:  # no joins: half the time on common words (p95 6 vs 11.5 ms, 40k passages)
            sql = "SELECT rowid, -bm25(passages_fts, 1.0, ?) AS s FROM passages_fts WHERE passages_fts MATCH ? "
            params: list[Any] = []
        else:
            where, params = _filter_sql(filters)
            sql = (
                "SELECT f.rowid, -bm25(passages_fts, 1.0, ?) AS s FROM passages_fts f "
                "JOIN passages p ON p.id = f.rowid JOIN transcripts t ON t.id = p.transcript_id "
                f"WHERE passages_fts MATCH ? AND {where} "
            )
        sql += "ORDER BY s DESC LIMIT ?"
        return [(int(r[0]), float(r[1])) for r in self._query(sql, [region_weight, match, *params, k])]


@contextmanager
def _one_faiss_thread() -> Iterator[None]:
    """Run FAISS single-threaded in this thread (OpenMP settings are per thread) for the block.

    One query gains nothing from OpenMP, and its fork/join costs 10x the search
    itself when the cores are busy (2.2 ms vs 14-37 ms for 40k passages here):
    with torch's own OpenMP pool, or with concurrent requests.
    """
    import faiss

    previous = faiss.omp_get_max_threads()
    faiss.omp_set_num_threads(1)
    try:
        yield
    finally:
        faiss.omp_set_num_threads(previous)


def _flat_storage(index: Any) -> tuple[Any, np.ndarray]:
    """The flat index holding the raw vectors of ``index`` and a read-only numpy view of them (no copy)."""
    import faiss

    flat = faiss.downcast_index(index.storage) if hasattr(index, "storage") else index
    if flat.ntotal == 0:
        return flat, np.zeros((0, index.d), dtype=np.float32)
    matrix = faiss.rev_swig_ptr(flat.get_xb(), flat.ntotal * flat.d).reshape(flat.ntotal, flat.d)
    matrix.flags.writeable = False
    return flat, matrix


def _pairs(scores: np.ndarray, ids: np.ndarray) -> list[tuple[int, float]]:
    return [(int(i), float(s)) for i, s in zip(ids[0], scores[0], strict=True) if i >= 0]


@dataclass(frozen=True)
class _FilterColumns:
    """Per-passage speaker, transcript (as codes) and date (ordinal, 0 = undated), row = passage id."""

    speaker: np.ndarray
    transcript: np.ndarray
    date: np.ndarray
    speaker_codes: dict[str, int]
    transcript_codes: dict[str, int]


def _filter_sql(filters: Filters) -> tuple[str, list[Any]]:
    """A WHERE clause over ``passages p JOIN transcripts t`` and its parameters."""
    where: list[str] = []
    params: list[Any] = []
    if filters.speakers is not None:
        where.append(f"p.speaker IN ({','.join('?' * len(filters.speakers))})")
        params.extend(filters.speakers)
    if filters.transcripts is not None:
        where.append(f"p.transcript_id IN ({','.join('?' * len(filters.transcripts))})")
        params.extend(filters.transcripts)
    if filters.date_from is not None:
        where.append("t.date >= ?")
        params.append(filters.date_from.isoformat())
    if filters.date_to is not None:
        where.append("t.date <= ?")
        params.append(filters.date_to.isoformat())
    return " AND ".join(where) or "1", params


def _turn(r: tuple[Any, ...]) -> Turn:
    """A ``turns`` row as a Turn."""
    return Turn(r[0], r[1], r[2], r[4], bool(r[3]), r[5], r[6], r[7])


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None
