"""Writing an index to Milvus: a build's collections, then one alias switch, so readers never see half of one.

A build writes all its collections under a new build id, flushes them,
checks their counts, and only then points the alias NAME at its ``meta``
collection. Readers resolve the alias when they open and see the old build
or the new one, never a mix. A build that fails drops what it wrote; one
that is killed leaves collections no alias names, which the next
successful build drops. The build the alias named before is kept, so a
reader still on it finishes its questions; older ones are dropped.
"""

from __future__ import annotations

import itertools
import logging
import time
from collections.abc import Iterable
from typing import Any

import numpy as np

from qa_bot.config import VectorIndexConfig
from qa_bot.errors import QABotError
from qa_bot.store.base import IndexData
from qa_bot.store.location import MilvusLocation
from qa_bot.store.milvus import TIMEOUT, calls, connect, current_build
from qa_bot.store.milvus_bm25 import FIELDS, K1, B, bm25_stats, document_vectors
from qa_bot.store.milvus_schema import (
    LAYOUT,
    PAD,
    PARTS,
    build_of,
    collection,
    manifest_rows,
    new_build,
    passage_rows,
    schemas,
    sentence_key,
    term_rows,
    transcript_rows,
    turn_rows,
)

logger = logging.getLogger(__name__)

INSERT_ROWS = 1_000  # rows per insert call: well under Milvus's 64 MB message limit with 384-d vectors and text


def write_milvus(location: MilvusLocation, data: IndexData, vector_index: VectorIndexConfig | None = None) -> None:
    """Write a complete build of the index at ``location`` and switch its alias to it (``store.write_index``).

    The vector index is exact (FLAT) up to ``vector_index.ann_threshold``
    passages and HNSW above it, with the same parameters as the folder store;
    ``manifest["milvus"]`` records which, and the build id.
    """
    client = connect(location)
    config = vector_index or VectorIndexConfig.from_env()
    build = new_build()
    names = {part: collection(location.name, build, part) for part in PARTS}
    dimension = int(data.manifest["model"]["dimension"])
    index, search_params = _vector_index(len(data.passages), config)
    regions = data.regions or []
    stats = bm25_stats(data.passages, regions)  # over the whole index, as FTS5 keeps them
    bm25 = {"k1": K1, "b": B, "fields": FIELDS, "mean_length": stats.mean_length}
    manifest = {**data.manifest, "milvus": {"layout": LAYOUT, "build": build, "vector_index": index,
                                       "search_params": search_params, "bm25": bm25}}
    began = time.perf_counter()
    try:
        _create(client, location, names, dimension, index)
        _insert(client, location, names["passages"], passage_rows(
            data.passages, data.vectors, data.transcripts, document_vectors(data.passages, regions, stats)))
        _insert(client, location, names["turns"], turn_rows(data.transcripts))
        _insert(client, location, names["transcripts"], transcript_rows(data.transcripts))
        _insert(client, location, names["sentences"], (
            {"id": sentence_key(text), "text": text, "vector": np.asarray(v, dtype=np.float32).tolist()}
            for text, v in (data.sentences or {}).items()
        ))
        _insert(client, location, names["meta"], itertools.chain(manifest_rows(manifest), term_rows(stats.terms)))
        _check(client, location, names, len(data.passages))
    except BaseException:
        _drop(client, location, names.values())
        raise
    previous = _switch(client, location, names["meta"])
    logger.info("index %s: build %s written in %.1fs and switched in", location, build, time.perf_counter() - began)
    _drop_old(client, location, keep={build, previous})


def _vector_index(count: int, config: VectorIndexConfig) -> tuple[dict[str, Any], dict[str, Any]]:
    """The passages' vector index (exact or HNSW by size, as in the folder store) and its search parameters."""
    if count <= config.ann_threshold:
        return {"index_type": "FLAT", "metric_type": "IP", "params": {}}, {}
    params = {"M": config.hnsw_m, "efConstruction": config.ef_construction}
    return {"index_type": "HNSW", "metric_type": "IP", "params": params}, {"ef": config.ef_search}


def _create(client: Any, location: MilvusLocation, names: dict[str, str], dimension: int,
            vector_index: dict[str, Any]) -> None:
    """Create the build's collections with their indexes (loaded, ready to search once filled)."""
    with calls(location):
        for part, schema in schemas(client, dimension, list(FIELDS)).items():
            params = client.prepare_index_params()
            if part == "passages":
                params.add_index("vector", **vector_index)
                for field in FIELDS:
                    params.add_index(field, index_type="SPARSE_INVERTED_INDEX", metric_type="IP")
                for field in ("transcript_id", "speaker", "date"):
                    params.add_index(field, index_type="INVERTED")
            elif part == "sentences":
                params.add_index("vector", index_type="FLAT", metric_type="IP")
            else:
                params.add_index(PAD, index_type="FLAT", metric_type="IP")
            if part == "turns":
                params.add_index("transcript_id", index_type="INVERTED")
            client.create_collection(names[part], schema=schema, index_params=params,
                                     consistency_level="Strong", timeout=TIMEOUT)


def _insert(client: Any, location: MilvusLocation, name: str, rows: Iterable[dict[str, Any]]) -> None:
    iterator = iter(rows)
    with calls(location):
        while batch := list(itertools.islice(iterator, INSERT_ROWS)):
            client.insert(name, batch, timeout=TIMEOUT)
        client.flush(name, timeout=TIMEOUT)


def _check(client: Any, location: MilvusLocation, names: dict[str, str], passages: int) -> None:
    """Refuse to switch to a build whose passages Milvus does not all hold."""
    with calls(location):
        rows = client.query(names["passages"], filter="", output_fields=["count(*)"], timeout=TIMEOUT)
    held = int(rows[0]["count(*)"])
    if held != passages:
        raise QABotError(f"index {location}: Milvus holds {held} of the build's {passages} passages; "
                         "the previous build stays in use")


def _switch(client: Any, location: MilvusLocation, meta: str) -> str | None:
    """Point the alias at the new build's ``meta`` collection; the build it named before, if any."""
    previous = current_build(client, location)
    with calls(location):
        if previous is None:
            client.create_alias(meta, location.name, timeout=TIMEOUT)
        else:
            client.alter_alias(meta, location.name, timeout=TIMEOUT)
    return previous


def _drop_old(client: Any, location: MilvusLocation, keep: set[str | None]) -> None:
    """Drop the index's builds older than the newest kept one, except ``keep``; newer ones may be under way."""
    with calls(location):
        found = [(b[0], name) for name in client.list_collections() if (b := build_of(location.name, name))]
    newest = max(b for b in keep if b)
    _drop(client, location, [name for build, name in found if build not in keep and build < newest])


def _drop(client: Any, location: MilvusLocation, names: Iterable[str]) -> None:
    """Drop collections, best effort (a build that failed for want of a server cannot clean up either)."""
    for name in names:
        try:
            with calls(location):
                if client.has_collection(name, timeout=TIMEOUT):
                    client.drop_collection(name, timeout=TIMEOUT)
                    logger.info("dropped collection %s", name)
        except QABotError as exc:
            logger.warning("could not drop collection %s: %s", name, exc)
