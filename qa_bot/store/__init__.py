"""Built indexes: where they live, the interface that reads them, and writing one whole.

An index lives in a folder (``folder``: manifest + FAISS + SQLite, the
default) or in Milvus (``milvus``, ``milvus_write``, ``milvus_schema``);
``location`` parses which. Both implement ``base.Store``; the functions here
take any location and pick the implementation. Shared by both: ``schema``
(format version, SQLite tables), ``filters`` (the filter rules, rendered for
each store), ``lexical`` (FTS5 BM25); the folder's own: ``manifest``,
``files`` (atomic writes, recovery), ``vectors`` (FAISS).
"""

from __future__ import annotations

from collections.abc import Hashable, Mapping, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from qa_bot.config import VectorIndexConfig
from qa_bot.store import manifest as folder_manifest
from qa_bot.store.base import IndexData, Store
from qa_bot.store.filters import DateLike, match_speaker, resolve_filters
from qa_bot.store.folder import IndexStore, folder_signature, write_folder
from qa_bot.store.location import FolderLocation, Location, MilvusLocation, parse_location
from qa_bot.store.schema import FORMAT_VERSION, MANIFEST_FILE
from qa_bot.types import Passage, Transcript

IndexLocation = str | Path | Location


def open_index(location: IndexLocation) -> Store:
    """The index at ``location`` (a folder or a Milvus URI), checked against its manifest."""
    where = parse_location(location)
    if isinstance(where, MilvusLocation):
        from qa_bot.store.milvus import MilvusStore

        return MilvusStore(where)
    return IndexStore(where.path)


def read_manifest(location: IndexLocation) -> dict[str, Any]:
    """The manifest of the index at ``location``; ``IndexNotFoundError`` / ``IndexMismatchError`` say how to rebuild."""
    where = parse_location(location)
    if isinstance(where, MilvusLocation):
        from qa_bot.store.milvus import read_milvus_manifest

        return read_milvus_manifest(where)
    return folder_manifest.read_manifest(where.path)


def index_exists(location: IndexLocation) -> bool:
    """Whether ``location`` holds an index (of any format): a manifest file, or a Milvus alias."""
    return build_signature(location) is not None


def build_signature(location: IndexLocation) -> Hashable | None:
    """Identifies the build at ``location`` now (None: no index): a rebuild changes it."""
    where = parse_location(location)
    if isinstance(where, MilvusLocation):
        from qa_bot.store.milvus import connect, current_build

        return current_build(connect(where), where)
    return folder_signature(where.path)


def write_index(
    location: IndexLocation,
    manifest: dict[str, Any],
    transcripts: Sequence[tuple[Transcript, str]],
    passages: Sequence[Passage],
    vectors: np.ndarray,
    vector_index: VectorIndexConfig | None = None,
    regions: Sequence[str] | None = None,
    sentences: Mapping[str, np.ndarray] | None = None,
) -> None:
    """Write a complete index at ``location``, replacing the one there only once it is whole.

    ``transcripts`` pairs each transcript with its file's sha256. Passage ids
    must be ``0..n-1`` in order. ``regions`` is each passage's region text for
    BM25 (``indexing.chunking.region_texts``; None: none). ``sentences`` maps
    the sentences the answer step scores with the model
    (``indexing.sentences.scored_sentences``) to their vectors. The vectors
    are searched exactly or approximately by size (``vector_index``, default
    ``VectorIndexConfig.from_env()``). A folder is written beside the target
    and renamed into place (``folder.write_folder``); Milvus gets new
    collections and an alias switch (``milvus_write.write_milvus``).
    """
    data = IndexData(manifest, transcripts, passages, vectors, regions, sentences)
    where = parse_location(location)
    if isinstance(where, MilvusLocation):
        from qa_bot.store.milvus_write import write_milvus

        write_milvus(where, data, vector_index)
    else:
        write_folder(where.path, data, vector_index)


__all__ = [
    "FORMAT_VERSION",
    "MANIFEST_FILE",
    "DateLike",
    "FolderLocation",
    "IndexData",
    "IndexLocation",
    "IndexStore",
    "Location",
    "MilvusLocation",
    "Store",
    "build_signature",
    "index_exists",
    "match_speaker",
    "open_index",
    "parse_location",
    "read_manifest",
    "resolve_filters",
    "write_index",
]
