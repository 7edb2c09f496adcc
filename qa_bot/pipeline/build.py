"""``build_index``: files -> transcripts -> passages -> vectors -> index folder.

Incremental: a file whose content hash matches the previous build (same
model and chunking) is neither parsed nor embedded again; its transcript,
passages and vectors are copied from the previous index. A file that can no
longer be read keeps its previously indexed version, so nothing is lost.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import time
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path

import numpy as np

from qa_bot import __version__
from qa_bot.config import ChunkingConfig, Config
from qa_bot.embedding import Embedder, SentenceTransformerEmbedder, built_precision
from qa_bot.errors import IngestError, QABotError
from qa_bot.indexing.chunking import chunk_transcripts, region_texts, region_width
from qa_bot.indexing.sentences import scored_sentences
from qa_bot.ingest import SUPPORTED_SUFFIXES, SourceFile, discover, load_transcript
from qa_bot.ingest.reader import DEFAULT_MAX_BYTES
from qa_bot.ingest.table import column_overrides
from qa_bot.ingest.twins import left_out, same_transcript, twin_id
from qa_bot.store import (
    FORMAT_VERSION,
    IndexLocation,
    Location,
    Store,
    index_exists,
    open_index,
    parse_location,
    read_manifest,
    write_index,
)
from qa_bot.types import Passage, Transcript

logger = logging.getLogger(__name__)
SUMMARY_SPEAKERS = 8  # speakers named in the summary; all are counted


@dataclass
class BuildStats:
    """What a build did: counts, speakers (turns each, most first), skipped files with reasons, timing."""

    index_dir: str
    files: int = 0
    transcripts: int = 0
    turns: int = 0
    passages: int = 0
    new: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    deleted: list[str] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)
    skipped: dict[str, str] = field(default_factory=dict)
    warnings: dict[str, list[str]] = field(default_factory=dict)
    speakers: dict[str, int] = field(default_factory=dict)
    embedded: int = 0
    reused: int = 0
    seconds: float = 0.0

    def summary(self) -> str:
        """A few human-readable lines for the end of a build."""
        rate = f", {self.embedded / self.seconds:.0f} passages/s" if self.embedded and self.seconds else ""
        lines = [
            f"Indexed {self.transcripts} transcripts ({self.turns} turns, {self.passages} passages) "
            f"into {self.index_dir} in {self.seconds:.1f}s{rate}.",
            f"Files: {len(self.new)} new, {len(self.changed)} changed, {len(self.unchanged)} unchanged, "
            f"{len(self.deleted)} deleted; {self.embedded} passages embedded, {self.reused} reused unchanged.",
        ]
        if self.speakers:
            shown = ", ".join(f"{name} ({n})" for name, n in list(self.speakers.items())[:SUMMARY_SPEAKERS])
            more = len(self.speakers) - SUMMARY_SPEAKERS
            lines.append(f"Speakers: {len(self.speakers)} — {shown}{f', … {more} more' if more > 0 else ''}.")
        for path, notes in self.warnings.items():
            lines.extend(f"Note: {path}: {note}" for note in notes)
        for tid in self.kept:
            lines.append(f"Kept previous version of {tid}: its file could not be read this time.")
        if self.skipped:
            lines.append(f"Skipped {len(self.skipped)} file(s):")
            lines.extend(f"  {path}: {reason}" for path, reason in self.skipped.items())
        return "\n".join(lines)


Part = tuple[Transcript, str, list[Passage], np.ndarray]  # a transcript, its file's sha256, passages, vectors


def build_index(
    sources: Iterable[str | Path],
    index_dir: IndexLocation,
    *,
    model: str | None = None,
    embedder: Embedder | None = None,
    full: bool = False,
    config: Config | None = None,
    chunking: ChunkingConfig | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    progress: bool = False,
    columns: str | Mapping[str, str] | None = None,
    reuse_from: IndexLocation | None = None,
) -> BuildStats:
    """Index the transcript files under ``sources`` into ``index_dir`` (a folder or a Milvus URI).

    The index mirrors the sources: files no longer present are dropped. Bad
    files, and files in a folder that are no transcript format, are logged
    and skipped, each with its reason in ``BuildStats.skipped``. Raises
    ``QABotError`` when nothing at all could be indexed; the previous index
    is then left untouched. ``config`` gives the chunking and FAISS settings
    (``chunking`` alone overrides its chunking). ``columns`` names table
    columns, as a mapping or as ``"speaker=name,text=commentFull"`` (see
    ``qa_bot.ingest.table.column_overrides``). ``reuse_from`` names another
    index to take unchanged files' passages and vectors from instead of
    ``index_dir``'s own (an archive embedded on a GPU machine into a folder,
    loaded into Milvus without embedding it again).
    """
    began = time.perf_counter()
    index_dir = parse_location(index_dir)
    reuse = parse_location(reuse_from) if reuse_from is not None else index_dir
    config = config or Config()
    chunking = chunking or config.chunking
    embedder = embedder or SentenceTransformerEmbedder(model, precision=index_precision(reuse))
    stats = BuildStats(str(index_dir))
    previous = None if full else _reusable_previous(reuse, embedder, chunking)
    kept, fresh = _read_sources(sources, previous, max_bytes, column_overrides(columns), stats)

    if fresh:
        new_passages = chunk_transcripts([t for t, _ in fresh], embedder.count_tokens, chunking)
        new_vectors = _embed(new_passages, embedder, previous, stats.changed, stats, progress)
        model_info = {"name": embedder.name, "dimension": embedder.dimension, "normalized": True,
                      "max_tokens": embedder.max_tokens, "precision": embedder.precision}
    else:  # nothing to embed: do not even load the model
        assert previous is not None
        new_passages, new_vectors, model_info = [], None, previous.manifest["model"]
    ordered, passages, vectors = _assemble(kept, fresh, new_passages, new_vectors)
    _count(ordered, passages, stats)
    manifest = _manifest(ordered, passages, model_info, chunking, stats)
    sentences = _sentence_vectors(passages, embedder, previous, progress, config.answer.short_turn_words)
    if previous is not None:
        previous.close()
    write_index(
        index_dir,
        manifest,
        [(t, sha) for t, sha, *_ in ordered],
        passages,
        vectors,
        vector_index=config.vectors,
        regions=region_texts(passages, chunking),
        sentences=sentences,
    )
    stats.seconds = time.perf_counter() - began
    logger.info("%s", stats.summary())
    return stats


def _read_sources(
    sources: Iterable[str | Path],
    previous: Store | None,
    max_bytes: int,
    columns: Mapping[str, str] | None,
    stats: BuildStats,
) -> tuple[list[Part], list[tuple[Transcript, str]]]:
    """Unchanged transcripts copied from ``previous``, and the new or changed ones parsed, with their hashes.

    A file that cannot be read is skipped with its reason; its previously
    indexed version, if any, is kept. A file whose id another file took is
    read under an id of its own unless it holds the same words (``twins``).
    Raises ``QABotError`` when nothing is left.
    """
    previous_files = previous.manifest["files"] if previous else {}
    files = discover(sources)
    stats.files = len(files)
    kept: list[Part] = []
    fresh: list[tuple[Transcript, str]] = []
    read: dict[str, Transcript] = {}  # what each id holds in this build, for comparing twins with
    ids = {source.transcript_id for source in files}
    for source in files:
        if source.unsupported is not None:
            stats.skipped[str(source.path)] = source.unsupported
            continue
        tid = twin_id(source.path, source.transcript_id) if source.duplicate_of else source.transcript_id
        if source.duplicate_of and tid in ids:  # "call.md" beside "call.md.txt": the id is that file's
            stats.skipped[str(source.path)] = f"its id as a twin of {source.duplicate_of}, {tid!r}, is another file's"
            continue
        old = previous_files.get(tid)
        try:
            sha = _sha256(source.path)
            if previous is not None and old and old["sha256"] == sha:
                part = _copy_from(previous, tid, sha)
                if _same_as_twin(source, part[0], read):  # its twin changed into the same words since
                    stats.skipped[str(source.path)] = left_out(source.duplicate_of)
                    continue
                kept.append(part)
                read[tid] = part[0]
                stats.unchanged.append(tid)
                continue
            transcript = load_transcript(source.path, tid, max_bytes, columns=columns)
        except IngestError as exc:
            logger.warning("skipped %s", exc)
            stats.skipped[str(source.path)] = exc.reason
            if previous is not None and old:
                kept.append(_copy_from(previous, tid, old["sha256"]))
                read[tid] = kept[-1][0]
                stats.kept.append(tid)
            continue
        if _same_as_twin(source, transcript, read):
            stats.skipped[str(source.path)] = left_out(source.duplicate_of)
            continue
        read[tid] = transcript
        fresh.append((transcript, sha))
        (stats.changed if old else stats.new).append(tid)
        if transcript.warnings:
            stats.warnings[str(source.path)] = transcript.warnings
    stats.deleted = sorted(set(previous_files) - set(read))
    if not kept and not fresh:
        detail = "; ".join(f"{p}: {r}" for p, r in stats.skipped.items()) or "no transcript files found"
        raise QABotError(f"nothing to index ({detail}). Supported files: {', '.join(SUPPORTED_SUFFIXES)}")
    return kept, fresh


def _same_as_twin(source: SourceFile, transcript: Transcript, read: Mapping[str, Transcript]) -> bool:
    """Whether a file whose id its twin took holds the same words as that twin, as read in this build."""
    twin = read.get(source.transcript_id) if source.duplicate_of else None
    return twin is not None and same_transcript(transcript, twin)


def _assemble(
    kept: list[Part],
    fresh: list[tuple[Transcript, str]],
    new_passages: list[Passage],
    new_vectors: np.ndarray | None,
) -> tuple[list[Part], list[Passage], np.ndarray]:
    """All transcripts in id order, their passages renumbered 0..n-1 (the FAISS rows), and the vectors."""
    rows_of: dict[str, list[int]] = {}
    for i, p in enumerate(new_passages):
        rows_of.setdefault(p.transcript_id, []).append(i)
    parts = {k[0].id: k for k in kept}
    for transcript, sha in fresh:
        rows = rows_of.get(transcript.id, [])
        assert new_vectors is not None
        parts[transcript.id] = (transcript, sha, [new_passages[i] for i in rows], new_vectors[rows])
    ordered = [parts[tid] for tid in sorted(parts)]
    passages: list[Passage] = []
    for _, _, plist, _ in ordered:
        base = len(passages)
        passages.extend(replace(p, id=base + i) for i, p in enumerate(plist))
    vectors = np.vstack([v for *_, v in ordered]).astype(np.float32)
    return ordered, passages, vectors


def _count(ordered: list[Part], passages: list[Passage], stats: BuildStats) -> None:
    """Fill in the build's counts and its speakers (turns each, most first, as the store lists them)."""
    stats.transcripts = len(ordered)
    stats.turns = sum(len(t.turns) for t, *_ in ordered)
    counts = Counter(turn.speaker for t, *_ in ordered for turn in t.turns)
    stats.speakers = dict(sorted(counts.items(), key=lambda item: (-item[1], item[0])))
    stats.passages = len(passages)


def _manifest(
    ordered: list[Part], passages: list[Passage], model_info: dict, chunking: ChunkingConfig, stats: BuildStats
) -> dict:
    """The manifest that makes the index self-describing: versions, model, chunking, counts, files."""
    return {
        "format_version": FORMAT_VERSION,
        "package_version": __version__,
        "model": model_info,
        "chunking": chunking.to_dict(),
        "region_passages": region_width(len(passages), chunking),  # BM25 region width this build used
        "counts": {"transcripts": stats.transcripts, "turns": stats.turns, "passages": stats.passages},
        "files": {
            t.id: {"source": t.source, "sha256": sha, "passages": len(plist)} for t, sha, plist, _ in ordered
        },
        "built_at": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
    }


def _embed(
    passages: list[Passage],
    embedder: Embedder,
    previous: Store | None,
    changed: list[str],
    stats: BuildStats,
    progress: bool,
) -> np.ndarray:
    """Vectors for ``passages``, reusing those of identical texts in the changed files' previous version.

    The previous index was built with the same model and chunking (or it
    would not be reused), so an identical ``embed_text`` has the same vector:
    editing one paragraph of a long transcript re-embeds only what changed.
    """
    cache: dict[str, int] = {}
    for tid in changed if previous is not None else []:
        cache.update((p.embed_text, p.id) for p in previous.transcript_passages(tid))
    reuse = [i for i, p in enumerate(passages) if p.embed_text in cache]
    todo = [i for i, p in enumerate(passages) if p.embed_text not in cache]
    logger.info("embedding %d passages with %s (%d reused)", len(todo), embedder.name, len(reuse))
    encoded = embedder.encode([passages[i].embed_text for i in todo], progress=progress)
    vectors = np.zeros((len(passages), encoded.shape[1]), dtype=np.float32)
    vectors[todo] = encoded
    if reuse:
        assert previous is not None
        vectors[reuse] = previous.passage_vectors([cache[passages[i].embed_text] for i in reuse])
    stats.embedded, stats.reused = len(todo), len(reuse)
    return vectors


def _sentence_vectors(
    passages: list[Passage], embedder: Embedder, previous: Store | None, progress: bool, whole_words: int
) -> dict[str, np.ndarray]:
    """Vectors of the sentences the answer step scores (those of passages over ``whole_words``, quoted in part).

    Computed here, at build time, so a question that quotes a long turn does
    not wait for them; reused by text from the previous index like passages.
    """
    texts = sorted({p.text[start:end] for p in passages for start, end in scored_sentences(p.text, whole_words)})
    found = previous.sentence_vectors(texts) if previous is not None else {}
    todo = [t for t in texts if t not in found]
    if todo:
        logger.info("encoding %d sentences of long passages for answers (%d reused)", len(todo), len(found))
        found.update(zip(todo, embedder.encode(todo, progress=progress), strict=True))
    return found


def index_precision(index_dir: IndexLocation) -> str | None:
    """The precision the index at ``index_dir`` was built at, or None when there is no readable index there.

    A rebuild that names no precision keeps the index's own, so updating an
    int8 (or fp32) index never re-embeds every passage just for a default.
    """
    try:
        return built_precision(read_manifest(index_dir)["model"])
    except (QABotError, KeyError, TypeError, AttributeError):
        return None


def _reusable_previous(index_dir: Location, embedder: Embedder, chunking: ChunkingConfig) -> Store | None:
    """The previous index if its passages and vectors can be reused as they are."""
    if not index_exists(index_dir):
        return None
    try:
        manifest = read_manifest(index_dir)
        built = manifest["model"]
        if (built["name"], built_precision(built)) != (embedder.name, embedder.precision) \
                or manifest["chunking"] != chunking.to_dict():
            logger.info("model, precision or chunking changed since the last build: rebuilding everything")
            return None
        return open_index(index_dir)
    except QABotError as exc:
        logger.warning("previous index not reusable, rebuilding everything: %s", exc)
        return None


def _copy_from(
    store: Store, transcript_id: str, sha: str
) -> tuple[Transcript, str, list[Passage], np.ndarray]:
    passages = store.transcript_passages(transcript_id)
    return store.transcript(transcript_id), sha, passages, store.passage_vectors([p.id for p in passages])


def _sha256(path: Path) -> str:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError as exc:
        raise IngestError(str(path), f"cannot read file ({exc.strerror or exc})") from exc
