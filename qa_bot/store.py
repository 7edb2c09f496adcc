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
import uuid
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from qa_bot.errors import FilterError, IndexMismatchError, IndexNotFoundError
from qa_bot.types import Filters, Passage, Transcript, Turn

logger = logging.getLogger(__name__)

FORMAT_VERSION = 1
MANIFEST_FILE = "manifest.json"
VECTORS_FILE = "vectors.faiss"
DB_FILE = "passages.sqlite3"

_SCHEMA = """
CREATE TABLE transcripts (
    id TEXT PRIMARY KEY, title TEXT NOT NULL, date TEXT, place TEXT,
    source TEXT NOT NULL, format TEXT NOT NULL, sha256 TEXT NOT NULL
);
CREATE TABLE turns (
    transcript_id TEXT NOT NULL, idx INTEGER NOT NULL, speaker TEXT NOT NULL,
    speaker_inferred INTEGER NOT NULL, text TEXT NOT NULL, start REAL, "end" REAL,
    PRIMARY KEY (transcript_id, idx)
);
CREATE TABLE passages (
    id INTEGER PRIMARY KEY, transcript_id TEXT NOT NULL, turn_start INTEGER NOT NULL,
    turn_end INTEGER NOT NULL, speaker TEXT NOT NULL, char_start INTEGER NOT NULL,
    char_end INTEGER NOT NULL, text TEXT NOT NULL, context TEXT, embed_text TEXT NOT NULL
);
CREATE INDEX passages_transcript ON passages (transcript_id);
CREATE INDEX passages_speaker ON passages (speaker);
CREATE VIRTUAL TABLE passages_fts USING fts5 (
    embed_text, content='passages', content_rowid='id', tokenize='porter unicode61'
);
"""


def write_index(
    index_dir: str | Path,
    manifest: dict[str, Any],
    transcripts: Sequence[tuple[Transcript, str]],
    passages: Sequence[Passage],
    vectors: np.ndarray,
) -> None:
    """Write a complete index folder atomically.

    ``transcripts`` pairs each transcript with its file's sha256. Passage ids
    must be ``0..n-1`` in order: they are the FAISS row numbers.
    """
    import faiss

    target = Path(index_dir)
    target.parent.mkdir(parents=True, exist_ok=True)
    if any(p.id != i for i, p in enumerate(passages)) or len(passages) != len(vectors):
        raise ValueError("passages must be numbered 0..n-1 and match the vectors row for row")
    tmp = target.parent / f".{target.name}.tmp-{os.getpid()}-{uuid.uuid4().hex[:8]}"
    tmp.mkdir()
    try:
        db = sqlite3.connect(tmp / DB_FILE)
        with db:
            db.executescript(_SCHEMA)
            db.executemany(
                "INSERT INTO transcripts VALUES (?, ?, ?, ?, ?, ?, ?)",
                [
                    (t.id, t.title, t.date.isoformat() if t.date else None, t.place, t.source, t.format, sha)
                    for t, sha in transcripts
                ],
            )
            db.executemany(
                "INSERT INTO turns VALUES (?, ?, ?, ?, ?, ?, ?)",
                [
                    (u.transcript_id, u.index, u.speaker, int(u.speaker_inferred), u.text, u.start, u.end)
                    for t, _ in transcripts
                    for u in t.turns
                ],
            )
            db.executemany(
                "INSERT INTO passages VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    (p.id, p.transcript_id, p.turn_start, p.turn_end, p.speaker, p.char_start,
                     p.char_end, p.text, p.context, p.embed_text)
                    for p in passages
                ],
            )
            db.execute("INSERT INTO passages_fts (passages_fts) VALUES ('rebuild')")
        db.close()

        index = faiss.IndexFlatIP(int(manifest["model"]["dimension"]))
        if len(vectors):
            index.add(np.ascontiguousarray(vectors, dtype=np.float32))
        faiss.write_index(index, str(tmp / VECTORS_FILE))
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
        import faiss

        self.path = Path(index_dir)
        self.manifest = read_manifest(self.path)
        rebuild = f"rebuild it with `qa-bot index SRC... --index {self.path} --full`"
        try:
            self.vectors = faiss.read_index(str(self.path / VECTORS_FILE))
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
        self._lock = threading.Lock()

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

    def transcript_passages(self, transcript_id: str) -> list[Passage]:
        """All passages of one transcript, in order."""
        rows = self._query("SELECT * FROM passages WHERE transcript_id = ? ORDER BY id", [transcript_id])
        return [Passage(*row) for row in rows]

    def passage_vectors(self, ids: Sequence[int]) -> np.ndarray:
        """The stored vectors of the given passages, row for row."""
        if not len(ids):
            return np.zeros((0, self.vectors.d), dtype=np.float32)
        return np.vstack([self.vectors.reconstruct(int(i)) for i in ids]).astype(np.float32)

    def transcript(self, transcript_id: str) -> Transcript:
        """A whole transcript with its turns."""
        row = self._query("SELECT * FROM transcripts WHERE id = ?", [transcript_id])
        if not row:
            raise FilterError(f"no transcript {transcript_id!r} in the index")
        tid, title, date, place, source, fmt, _sha = row[0]
        turns = [
            Turn(r[0], r[1], r[2], r[4], bool(r[3]), r[5], r[6])
            for r in self._query("SELECT * FROM turns WHERE transcript_id = ? ORDER BY idx", [tid])
        ]
        return Transcript(tid, title, _date(date), place, source, turns, fmt)

    def turn(self, transcript_id: str, index: int) -> Turn:
        """One turn."""
        r = self._query("SELECT * FROM turns WHERE transcript_id = ? AND idx = ?", [transcript_id, index])[0]
        return Turn(r[0], r[1], r[2], r[4], bool(r[3]), r[5], r[6])

    def transcript_info(self) -> dict[str, tuple[str, dt.date | None]]:
        """``{id: (title, date)}`` for every transcript."""
        return {r[0]: (r[1], _date(r[2])) for r in self._query("SELECT id, title, date FROM transcripts")}

    def speaker_counts(self) -> list[tuple[str, int]]:
        """Speakers with their turn counts, most frequent first."""
        return self._query(
            "SELECT speaker, count(*) AS n FROM turns GROUP BY speaker ORDER BY n DESC, speaker"
        )

    def turn_start(self, transcript_id: str, index: int) -> float | None:
        rows = self._query("SELECT start FROM turns WHERE transcript_id = ? AND idx = ?", [transcript_id, index])
        return rows[0][0] if rows else None

    # -- filtering -----------------------------------------------------------

    def filter_ids(self, filters: Filters) -> np.ndarray | None:
        """Ids of the passages that pass ``filters``, or None when no filter is set.

        Passages of undated transcripts are excluded by any date bound.
        """
        if not filters.active:
            return None
        where, params = _filter_sql(filters)
        rows = self._query(
            f"SELECT p.id FROM passages p JOIN transcripts t ON t.id = p.transcript_id WHERE {where}", params
        )
        return np.fromiter((r[0] for r in rows), dtype=np.int64, count=len(rows))

    def lexical(self, match: str, k: int, filters: Filters) -> list[tuple[int, float]]:
        """FTS5 BM25 search within ``filters``: ``(passage id, score)`` best first, higher is better."""
        where, params = _filter_sql(filters) if filters.active else ("1", [])
        sql = (
            "SELECT f.rowid, -bm25(passages_fts) AS s FROM passages_fts f "
            "JOIN passages p ON p.id = f.rowid JOIN transcripts t ON t.id = p.transcript_id "
            f"WHERE passages_fts MATCH ? AND {where} ORDER BY s DESC LIMIT ?"
        )
        return [(int(r[0]), float(r[1])) for r in self._query(sql, [match, *params, k])]


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


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None
