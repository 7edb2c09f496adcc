"""The Milvus layout of an index: its collections, their fields, and how rows become typed objects.

One build of index NAME is five collections, ``NAME__<build>__<part>``:

- ``meta``: the manifest, as JSON (in parts when it is long), and each BM25
  term's sparse id and how many passages hold it (for its IDF); the alias NAME
  points here;
- ``passages``: one row per passage, id = passage id, with its vector, the day
  ordinal of its transcript's date (0: undated) and its first turn's start for
  filters and hits, and its BM25 term weights as sparse vectors, one per
  region weight (``milvus_bm25``);
- ``turns``: one row per turn (a turn longer than a VARCHAR is split into parts);
- ``transcripts``: one row per transcript, with its speakers' turn counts;
- ``sentences``: the answer step's sentence vectors, id = a hash of the text.

Milvus wants a vector field in every collection: those without one of their
own carry a two-dimensional placeholder (``PAD``).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import re
import threading
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any

from qa_bot.text import folded
from qa_bot.types import Passage, Transcript, Turn

LAYOUT = 2  # the layout of these collections, recorded in manifest["milvus"]["layout"]
PARTS = ("meta", "passages", "turns", "transcripts", "sentences")
MAX_CHARS = 16_000  # characters per VARCHAR value: at most 64 KB, Milvus's limit, at 4 bytes a character
PAD = "pad"  # the placeholder vector field
PASSAGE_FIELDS = ("id", "transcript_id", "turn_start", "turn_end", "speaker", "char_start", "char_end", "text",
                  "context", "embed_text", "lexical_text")  # Passage's fields, in order
TURN_FIELDS = ("transcript_id", "idx", "part", "speaker", "speaker_inferred", "text", "start", "end", "label")
TRANSCRIPT_FIELDS = ("id", "title", "date", "place", "source", "format", "sha256", "date_source", "encoding",
                     "speakers")
_BUILD = re.compile(r"^b\d{8}t\d{6}[0-9a-f]{6}$")
_local = threading.local()
MANIFEST_KEY = "manifest/"
TERM_KEY = "df/"


def collection(name: str, build: str, part: str) -> str:
    """The collection holding ``part`` of one build of index ``name``."""
    return f"{name}__{build}__{part}"


def build_of(name: str, collection_name: str) -> tuple[str, str] | None:
    """``(build, part)`` when ``collection_name`` is one of index ``name``'s collections, else None."""
    prefix = f"{name}__"
    if not collection_name.startswith(prefix):
        return None
    build, _, part = collection_name[len(prefix):].partition("__")
    return (build, part) if _BUILD.match(build) and part in PARTS else None


def new_build() -> str:
    """A build id that sorts by time: ``bYYYYMMDDtHHMMSS`` and six random hex digits."""
    return f"b{dt.datetime.now(dt.timezone.utc):%Y%m%dt%H%M%S}{os.urandom(3).hex()}"


def analysed(text: str) -> str:
    """The words BM25 indexes, as FTS5's ``porter unicode61`` tokenizer makes them, joined by spaces.

    Lower case, accents removed, split at anything not a letter or digit,
    each word of three letters or more Porter-stemmed (FTS5 leaves shorter
    ones as they are). Milvus's standard analyzer then only splits at
    the spaces, so Milvus Lite and a Milvus cluster index the same terms as
    the folder store does, whatever analyzers they ship.
    """
    return " ".join(w if len(w) < 3 else porter(w) for w in re.findall(r"[^\W_]+", folded(text)))


def porter(word: str) -> str:
    """``word`` stemmed as FTS5's porter tokenizer stems it.

    That is Porter's own C version, which departs from the published
    algorithm (Snowball's ``porter``) in step 2: BLI becomes BLE (not only
    ABLI), and LOGI becomes LOG, so "possibly" stems as "possible" does and
    "technology" as "technological" does. Those two rules, then steps 3 to 5
    again (stemming the result), give its stem.
    """
    stem = _stemmer().stemWord(word)
    for suffix, replacement in (("logi", "log"), ("bli", "ble")):
        if stem.endswith(suffix) and _measure(stem[: -len(suffix)]) > 0:
            return _stemmer().stemWord(stem[: -len(suffix)] + replacement)
    return stem


def _measure(stem: str) -> int:
    """Porter's m: the number of vowel-consonant sequences in ``stem`` (y after a consonant is a vowel)."""
    kinds = ""
    for i, c in enumerate(stem):
        vowel = c in "aeiou" or (c == "y" and i > 0 and kinds[-1] == "c")
        kinds += "v" if vowel else "c"
    return kinds.count("vc")


def _stemmer() -> Any:
    """This thread's Porter stemmer (PyStemmer's stemmers are not thread-safe)."""
    stemmer = getattr(_local, "stemmer", None)
    if stemmer is None:
        try:
            import Stemmer
        except ImportError as exc:  # pragma: no cover - the milvus extra installs it
            raise ImportError("a Milvus index needs PyStemmer: pip install 'qa-bot[milvus]'") from exc
        stemmer = _local.stemmer = Stemmer.Stemmer("porter")
    return stemmer


def manifest_rows(manifest: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """The meta collection's rows holding the manifest: its JSON in pieces ``manifest/0``, ``manifest/1``, …"""
    for i, piece in enumerate(split(json.dumps(manifest, ensure_ascii=False))):
        yield {"key": f"{MANIFEST_KEY}{i}", "text": piece, PAD: [0.0, 0.0]}


def term_key(term: str) -> str:
    """The meta collection's key of the row of BM25 term ``term``: its sparse id and passage count."""
    return f"{TERM_KEY}{term[:200]}"


def term_rows(terms: Mapping[str, tuple[int, int]]) -> Iterator[dict[str, Any]]:
    """The meta collection's rows of the BM25 terms: ``"ID PASSAGES"`` (its sparse id, the passages holding it)."""
    for term, (i, count) in terms.items():
        yield {"key": term_key(term), "text": f"{i} {count}", PAD: [0.0, 0.0]}


def term_from_row(row: Mapping[str, Any]) -> tuple[int, int]:
    """``(sparse id, passages)`` of a BM25 term's meta row (``term_rows``)."""
    i, _, count = row["text"].partition(" ")
    return int(i), int(count)


def sentence_key(text: str) -> int:
    """The sentences collection's id of ``text``: 63 bits of its SHA-256 (the text is stored to check it)."""
    return int.from_bytes(hashlib.sha256(text.encode("utf-8")).digest()[:8], "big") >> 1


def split(text: str) -> list[str]:
    """``text`` in pieces of at most ``MAX_CHARS`` characters (one piece, possibly empty, when short)."""
    return [text[i : i + MAX_CHARS] for i in range(0, len(text), MAX_CHARS)] or [""]


def ordinal(date: dt.date | None) -> int:
    """A date as the passages and transcripts collections hold it: its day ordinal, 0 when undated."""
    return date.toordinal() if date else 0


def date_of(value: int) -> dt.date | None:
    return dt.date.fromordinal(value) if value else None


def passage_rows(
    passages: Sequence[Passage], vectors: Any, transcripts: Sequence[tuple[Transcript, str]],
    sparse: Iterable[Mapping[str, Any]],
) -> Iterator[dict[str, Any]]:
    """The passages collection's rows: each passage with its vector, filter columns, start and BM25 vectors.

    ``sparse`` gives each passage's BM25 fields in passage order (``milvus_bm25.document_vectors``).
    """
    dates = {t.id: ordinal(t.date) for t, _ in transcripts}
    starts = {(t.id, u.index): u.start for t, _ in transcripts for u in t.turns}
    for p, bm25 in zip(passages, sparse, strict=True):
        row = {name: getattr(p, name) for name in PASSAGE_FIELDS}
        row.update(bm25, vector=vectors[p.id].tolist(), date=dates[p.transcript_id],
                   start=starts.get((p.transcript_id, p.turn_start)))
        yield row


def turn_rows(transcripts: Sequence[tuple[Transcript, str]]) -> Iterator[dict[str, Any]]:
    """The turns collection's rows, numbered from 0; a long turn's text in several parts."""
    key = 0
    for t, _ in transcripts:
        for u in t.turns:
            for part, piece in enumerate(split(u.text)):
                yield {"key": key, "transcript_id": u.transcript_id, "idx": u.index, "part": part, "speaker": u.speaker,
                       "speaker_inferred": u.speaker_inferred, "text": piece, "start": u.start, "end": u.end,
                       "label": u.label, PAD: [0.0, 0.0]}
                key += 1


def transcript_rows(transcripts: Sequence[tuple[Transcript, str]]) -> Iterator[dict[str, Any]]:
    """The transcripts collection's rows, each with its speakers' turn counts (``[[name, turns], ...]``)."""
    for t, sha in transcripts:
        yield {"id": t.id, "title": t.title, "date": ordinal(t.date), "place": t.place, "source": t.source,
               "format": t.format, "sha256": sha, "date_source": t.date_source, "encoding": t.encoding,
               "speakers": json.dumps(sorted(t.speaker_counts().items()), ensure_ascii=False), PAD: [0.0, 0.0]}


def passage_from_row(row: dict[str, Any]) -> Passage:
    return Passage(*(row[name] for name in PASSAGE_FIELDS))


def turns_from_rows(rows: Sequence[dict[str, Any]]) -> list[Turn]:
    """Turns from their rows (in any order), parts joined, in turn order."""
    rows = sorted(rows, key=lambda r: (r["transcript_id"], r["idx"], r["part"]))
    turns: list[Turn] = []
    for r in rows:
        if r["part"]:
            turns[-1] = Turn(**{**turns[-1].__dict__, "text": turns[-1].text + r["text"]})
            continue
        turns.append(Turn(r["transcript_id"], r["idx"], r["speaker"], r["text"], bool(r["speaker_inferred"]),
                          r["start"], r["end"], r["label"]))
    return turns


def transcript_from_row(row: dict[str, Any], turns: list[Turn]) -> Transcript:
    return Transcript(row["id"], row["title"], date_of(row["date"]), row["place"], row["source"], turns,
                      row["format"], row["date_source"], row["encoding"])


def schemas(client: Any, dimension: int, sparse_fields: Sequence[str]) -> dict[str, Any]:
    """The schema of each part's collection (``PARTS``) for vectors of ``dimension`` and BM25 ``sparse_fields``."""
    from pymilvus import DataType

    def schema(fields: list[tuple[str, Any, dict[str, Any]]], primary: str, pad: bool = True) -> Any:
        s = client.create_schema(auto_id=False, enable_dynamic_field=False)
        for name, kind, options in fields:
            s.add_field(name, kind, is_primary=name == primary, **options)
        if pad:
            s.add_field(PAD, DataType.FLOAT_VECTOR, dim=2)
        return s

    text = {"max_length": 65_535}
    optional_text = {**text, "nullable": True}
    optional_float = {"nullable": True}
    i64, f64, s, b = DataType.INT64, DataType.DOUBLE, DataType.VARCHAR, DataType.BOOL
    passages = schema([
        ("id", i64, {}), ("transcript_id", s, text), ("turn_start", i64, {}), ("turn_end", i64, {}),
        ("speaker", s, text), ("char_start", i64, {}), ("char_end", i64, {}), ("text", s, text),
        ("context", s, optional_text), ("embed_text", s, text), ("lexical_text", s, text),
        ("date", DataType.INT32, {}), ("start", f64, optional_float),
        *((field, DataType.SPARSE_FLOAT_VECTOR, {}) for field in sparse_fields),
        ("vector", DataType.FLOAT_VECTOR, {"dim": dimension}),
    ], "id", pad=False)
    return {
        "meta": schema([("key", s, {"max_length": 256}), ("text", s, text)], "key"),
        "passages": passages,
        "turns": schema([
            ("key", i64, {}), ("transcript_id", s, text), ("idx", i64, {}), ("part", i64, {}), ("speaker", s, text),
            ("speaker_inferred", b, {}), ("text", s, text), ("start", f64, optional_float),
            ("end", f64, optional_float), ("label", s, optional_text),
        ], "key"),
        "transcripts": schema([
            ("id", s, text), ("title", s, text), ("date", DataType.INT32, {}), ("place", s, optional_text),
            ("source", s, text), ("format", s, text), ("sha256", s, {"max_length": 64}),
            ("date_source", s, optional_text), ("encoding", s, optional_text), ("speakers", s, text),
        ], "id"),
        "sentences": schema([("id", i64, {}), ("text", s, text), ("vector", DataType.FLOAT_VECTOR,
                                                                   {"dim": dimension})], "id", pad=False),
    }
