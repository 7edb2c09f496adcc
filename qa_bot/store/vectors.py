"""The FAISS half of an index: building it exact or approximate by size, memory-mapping it, searching it."""

from __future__ import annotations

import logging
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import numpy as np

from qa_bot.config import VectorIndexConfig

logger = logging.getLogger(__name__)

MAX_EF_SEARCH = 4096  # the widest a filtered graph search goes before it is redone exactly
KINDS = ("IndexFlatIP", "IndexHNSWFlat")


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


class VectorSearch:
    """Inner-product search over a loaded FAISS index, exact or HNSW, optionally within allowed ids."""

    def __init__(self, index: Any, config: VectorIndexConfig) -> None:
        self.index = index
        self.config = config
        self.approximate = type(index).__name__ == "IndexHNSWFlat"
        self.flat, self.matrix = _flat_storage(index)

    def vectors(self, ids: np.ndarray) -> np.ndarray:
        """The stored vectors of ``ids``, row for row (a copy)."""
        return np.array(self.matrix[np.asarray(ids, dtype=np.int64).reshape(-1)], dtype=np.float32)

    def search(self, query_vector: np.ndarray, k: int, allowed: np.ndarray | None = None) -> list[tuple[int, float]]:
        """``(passage id, inner product)`` of the ``k`` best passages, best first, among ``allowed`` ids if given.

        Exact for a flat index. With the HNSW index, an unfiltered search is
        approximate; a filter leaving at most ``exact_filter_limit`` passages
        is scored exactly over the stored vectors; a larger one searches the
        graph restricted to the allowed ids (wider in proportion to how much
        the filter removes) and is redone exactly if that finds fewer than
        ``k``. Either way a filtered search returns ``min(k, len(allowed))`` hits.
        """
        total = self.index.ntotal
        limit = min(k, total if allowed is None else len(allowed))
        if limit <= 0:
            return []
        query = np.ascontiguousarray(query_vector, dtype=np.float32).reshape(1, -1)
        with _one_faiss_thread():
            if allowed is None:
                return self._unfiltered(query, limit)
            return self._filtered(query, limit, allowed)

    def _unfiltered(self, query: np.ndarray, limit: int) -> list[tuple[int, float]]:
        import faiss

        ef = max(self.config.ef_search, limit)
        params = faiss.SearchParametersHNSW(efSearch=ef) if self.approximate else None
        scores, ids = self.index.search(query, limit, params=params)
        return _pairs(scores, ids)

    def _filtered(self, query: np.ndarray, limit: int, allowed: np.ndarray) -> list[tuple[int, float]]:
        import faiss

        total = self.index.ntotal
        bitmap = np.zeros(total, dtype=bool)
        bitmap[np.asarray(allowed, dtype=np.int64)] = True
        bits = np.packbits(bitmap, bitorder="little")  # the selector points into it: keep it alive here
        selector = faiss.IDSelectorBitmap(total, faiss.swig_ptr(bits))
        if self.approximate and len(allowed) > self.config.exact_filter_limit:
            ef = max(self.config.ef_search, limit)
            widened = min(MAX_EF_SEARCH, max(ef, -(-ef * total // len(allowed))))
            params = faiss.SearchParametersHNSW(sel=selector, efSearch=widened)
            found = _pairs(*self.index.search(query, limit, params=params))
            if len(found) >= limit:
                return found
            logger.debug("filtered graph search found %d of %d; scoring the %d allowed passages exactly",
                         len(found), limit, len(allowed))
        scores, ids = self.flat.search(query, limit, params=faiss.SearchParameters(sel=selector))
        return _pairs(scores, ids)


@contextmanager
def _one_faiss_thread() -> Iterator[None]:
    """Run FAISS single-threaded in this thread (OpenMP settings are per thread) for the block.

    One query gains nothing from OpenMP, and its fork/join costs far more
    than the search itself when the cores are busy (with torch's own OpenMP
    pool, or with concurrent requests).
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
