"""The SQLite half of an index: its tables, how a build fills them, and how rows become typed objects."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np

from qa_bot.types import Passage, Transcript, Turn

FORMAT_VERSION = 3  # 3: BM25 also indexes each passage's region text; answer sentences' vectors stored
MANIFEST_FILE = "manifest.json"
VECTORS_FILE = "vectors.faiss"
DB_FILE = "passages.sqlite3"

SCHEMA = """
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


def write_tables(
    db: sqlite3.Connection,
    transcripts: Sequence[tuple[Transcript, str]],
    passages: Sequence[Passage],
    regions: Sequence[str] | None,
    sentences: Mapping[str, np.ndarray] | None,
) -> None:
    """Create the tables in an empty database and fill them, in one transaction (see ``write_index``)."""
    with db:
        db.executescript(SCHEMA)
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


def turn_from_row(r: tuple[Any, ...]) -> Turn:
    """A ``turns`` row as a Turn."""
    return Turn(r[0], r[1], r[2], r[4], bool(r[3]), r[5], r[6], r[7])


def date_from_column(value: str | None) -> dt.date | None:
    """A stored ISO date, or None."""
    return dt.date.fromisoformat(value) if value else None
