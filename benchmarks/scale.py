"""Scale: a 1,000,000-passage index through the store's automatic approximate (HNSW) switch.

    python benchmarks/scale.py [--n 1000000] [--queries 200] [--ef-search 256,512,1024,2048] [--compare-ivf]

Embedding a million passages is impractical here (hours on 2 cores), so the
vectors are synthetic but shaped like real ones: the real passage embeddings
of the ~40k-passage QMSum index (``--base``, built once if missing) plus
``n - 40k`` blends of two of them with Gaussian noise, re-normalised. The
queries are real QMSum questions encoded by the model. Passages are grouped
into transcripts of 1,000 with dates and Zipf-distributed speakers, and the
whole index folder is written by ``store.write_index`` (SQLite + FAISS), so
filtered search runs through the real code: SQLite resolves the filter,
``IndexStore.search`` ranks. Prints build time, index bytes per passage,
recall@10 against exact search, and search latency with and without filters.
``--flat-sizes`` times exact search at several sizes (how the threshold was
chosen); ``--compare-ivf`` adds an IVF index over the same vectors.
"""

from __future__ import annotations

import argparse
import datetime as dt
import math
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

import common  # also puts the repository on sys.path
import numpy as np
from common import DEFAULT_INDEX_40K, QMSUM

SPEAKERS = 20
PER_TRANSCRIPT = 1000
RARE_EVERY = 20_011


def synthetic_vectors(base: np.ndarray, n: int, seed: int = 0, noise: float = 0.35) -> np.ndarray:
    """``base`` followed by ``n - len(base)`` unit vectors ``normalise(a + u * b + noise)``, a, b from base."""
    rng = np.random.default_rng(seed)
    out = np.empty((n, base.shape[1]), dtype=np.float32)
    out[: min(n, len(base))] = base[:n]
    for start in range(len(base), n, 100_000):
        stop = min(n, start + 100_000)
        size = stop - start
        block = base[rng.integers(0, len(base), size)] + rng.uniform(0, 0.5, (size, 1)).astype(np.float32) * base[
            rng.integers(0, len(base), size)
        ]
        block += rng.normal(0, noise / math.sqrt(base.shape[1]), block.shape).astype(np.float32)
        block /= np.linalg.norm(block, axis=1, keepdims=True)
        out[start:stop] = block
    return out


def speaker_of(ids: np.ndarray, seed: int = 1) -> np.ndarray:
    """Speaker number per passage: Zipf-like over ``SPEAKERS`` (speaker 0 has ~28%, speaker 19 ~1.4%)."""
    weights = 1 / np.arange(1, SPEAKERS + 1)
    return np.random.default_rng(seed).choice(SPEAKERS, size=len(ids), p=weights / weights.sum())


def write_store(path: Path, vectors: np.ndarray, config: Any) -> float:
    """Write an index folder for ``vectors`` with synthetic transcripts; seconds taken."""
    from qa_bot.store import FORMAT_VERSION, write_index
    from qa_bot.types import Passage, Transcript, Turn

    began = time.perf_counter()
    n = len(vectors)
    speakers = speaker_of(np.arange(n))
    transcripts: list[tuple[Transcript, str]] = []
    passages: list[Passage] = []
    for i in range(n):
        tid, idx = f"m{i // PER_TRANSCRIPT:05d}", i % PER_TRANSCRIPT
        if idx == 0:
            date = dt.date(2019, 1, 1) + dt.timedelta(days=i // PER_TRANSCRIPT)
            transcripts.append((Transcript(tid, f"Meeting {tid}", date, None, f"{tid}.json", [], "json"), "0" * 64))
        speaker = "Rare Speaker" if i % RARE_EVERY == 0 else f"Speaker {speakers[i]:02d}"
        text = f"passage {i}"
        transcripts[-1][0].turns.append(Turn(tid, idx, speaker, text))
        passages.append(Passage(i, tid, idx, idx, speaker, 0, len(text), text, None, text, text))
    manifest = {
        "format_version": FORMAT_VERSION,
        "model": {"name": "sentence-transformers/all-MiniLM-L6-v2", "dimension": int(vectors.shape[1]),
                  "normalized": True, "max_tokens": 256},
        "chunking": {}, "counts": {"transcripts": len(transcripts), "turns": n, "passages": n}, "files": {},
        "built_at": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
    }
    write_index(path, manifest, transcripts, passages, vectors, config)
    return time.perf_counter() - began


def exact_top(flat: Any, queries: np.ndarray, k: int, allowed: np.ndarray | None = None) -> list[set[int]]:
    """Exact top-``k`` ids per query (FAISS flat search, restricted to ``allowed``)."""
    import faiss

    params = None
    if allowed is not None:
        bits = np.packbits(np.isin(np.arange(flat.ntotal), allowed), bitorder="little")
        params = faiss.SearchParameters(sel=faiss.IDSelectorBitmap(flat.ntotal, faiss.swig_ptr(bits)))
    _, ids = flat.search(queries, k, params=params)
    return [{int(i) for i in row if i >= 0} for row in ids]


def timed(fn: Any, queries: np.ndarray) -> tuple[list[Any], list[float]]:
    """``fn(q)`` for each query, and seconds each took; FAISS single-threaded, as ``IndexStore.search`` runs it."""
    import faiss

    previous = faiss.omp_get_max_threads()
    faiss.omp_set_num_threads(1)
    results, seconds = [], []
    try:
        for q in queries:
            began = time.perf_counter()
            results.append(fn(q))
            seconds.append(time.perf_counter() - began)
    finally:
        faiss.omp_set_num_threads(previous)
    return results, seconds


def flat_latency(vectors: np.ndarray, queries: np.ndarray, sizes: list[int], k: int) -> list[dict[str, Any]]:
    """Exact (IndexFlatIP) single-query search latency at each size: where going approximate pays."""
    import faiss

    rows = []
    for size in sizes:
        if size > len(vectors):
            continue
        flat = faiss.IndexFlatIP(vectors.shape[1])
        flat.add(vectors[:size])
        _, seconds = timed(lambda q, f=flat: f.search(q.reshape(1, -1), k), queries)
        rows.append({"passages": size, "index": "IndexFlatIP (exact)", **common.percentiles(seconds)})
        del flat
    return rows


def compare_ivf(vectors: np.ndarray, queries: np.ndarray, truth: list[set[int]], k: int) -> list[dict[str, Any]]:
    """IVF-Flat over the same vectors: build time and recall/latency per nprobe."""
    import faiss

    n, d = vectors.shape
    nlist = int(4 * math.sqrt(n))
    began = time.perf_counter()
    quantizer = faiss.IndexFlatIP(d)
    ivf = faiss.IndexIVFFlat(quantizer, d, nlist, faiss.METRIC_INNER_PRODUCT)
    sample = vectors[np.random.default_rng(2).choice(n, min(n, 40 * nlist), replace=False)]
    ivf.train(sample)
    ivf.add(vectors)
    build_s = time.perf_counter() - began
    rows = []
    for nprobe in (16, 32, 64, 128):
        params = faiss.SearchParametersIVF(nprobe=nprobe)
        found, seconds = timed(lambda q, p=params: ivf.search(q.reshape(1, -1), k, params=p)[1][0], queries)
        recall = statistics.fmean(len({int(i) for i in f} & t) / k for f, t in zip(found, truth, strict=True))
        rows.append({"index": f"IVFFlat nlist={nlist} nprobe={nprobe}", "build s": build_s,
                     "recall@10": recall, **common.percentiles(seconds)})
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=1_000_000, help="passages in the index")
    parser.add_argument("--base", type=Path, default=DEFAULT_INDEX_40K, help="real index whose vectors seed the set")
    parser.add_argument("--qmsum", type=Path, default=QMSUM, help="QMSum meetings (questions; base build)")
    parser.add_argument("--queries", type=int, default=200, help="queries for recall and latency")
    parser.add_argument("--k", type=int, default=10)
    parser.add_argument("--ef-search", default="256,512,1024,2048", help="HNSW efSearch values to measure")
    parser.add_argument("--hnsw-m", type=int, default=None, help="HNSW links per node (default: the store's)")
    parser.add_argument("--ef-construction", type=int, default=None, help="(default: the store's)")
    parser.add_argument("--threshold", type=int, default=None, help="ANN threshold (default: the store's)")
    parser.add_argument("--flat-sizes", default="40000,100000,200000,400000",
                        help="sizes at which to time exact search ('' to skip)")
    parser.add_argument("--sql-queries", type=int, default=50,
                        help="queries timed with the SQLite filter resolution included (wide filters are slow)")
    parser.add_argument("--compare-ivf", action="store_true", help="also build and measure an IVF index")
    parser.add_argument("--keep", type=Path, default=None, help="write the index folder here and keep it")
    args = parser.parse_args()
    common.setup("approximate index at scale: build, memory, recall@10 vs exact, latency with filters")

    import faiss

    from qa_bot.config import VectorIndexConfig
    from qa_bot.embedding import SentenceTransformerEmbedder
    from qa_bot.retrieval import DenseRetriever
    from qa_bot.store import IndexStore
    from qa_bot.types import Filters

    if not (args.base / "manifest.json").exists():  # any existing index will do as a source of real vectors
        common.ensure_index(args.base, args.qmsum)
    base_store = IndexStore(args.base)
    base = base_store.passage_vectors(range(base_store.vectors.ntotal))
    base_store.close()
    embedder = SentenceTransformerEmbedder(device="cpu")
    pool = common.questions(common.index_meetings(args.base, args.qmsum))
    queries = embedder.encode([pool[i % len(pool)] for i in range(args.queries)])
    defaults = VectorIndexConfig()
    config = VectorIndexConfig(
        ann_threshold=args.threshold if args.threshold is not None else defaults.ann_threshold,
        hnsw_m=args.hnsw_m or defaults.hnsw_m,
        ef_construction=args.ef_construction or defaults.ef_construction,
        ef_search=defaults.ef_search,
        exact_filter_limit=defaults.exact_filter_limit,
    )
    began = time.perf_counter()
    vectors = synthetic_vectors(base, args.n)
    print(f"vectors: {args.n:,} x {vectors.shape[1]} ({len(base):,} real QMSum passage embeddings + "
          f"{max(0, args.n - len(base)):,} noisy blends), made in {time.perf_counter() - began:.1f} s; "
          f"{len(queries)} real QMSum questions as queries; threshold {config.ann_threshold:,}\n", flush=True)

    flat = faiss.IndexFlatIP(vectors.shape[1])
    flat.add(vectors)
    truth = exact_top(flat, queries, args.k)
    sizes = [int(s) for s in args.flat_sizes.split(",") if s] + [args.n]
    flat_rows = flat_latency(vectors, queries, sorted(set(sizes)), args.k) if args.flat_sizes else []

    with tempfile.TemporaryDirectory(prefix="qa-scale-", dir=args.keep.parent if args.keep else None) as tmp:
        path = args.keep or Path(tmp) / "index"
        build_s = write_store(path, vectors, config)
        began = time.perf_counter()
        store = IndexStore(path)
        load_s = time.perf_counter() - began
        kind = type(store.vectors).__name__
        size = (path / "vectors.faiss").stat().st_size
        sqlite_size = (path / "passages.sqlite3").stat().st_size
        faiss_s = store.manifest["faiss"].get("build_seconds", float("nan"))
        print(f"index folder written in {build_s:.0f} s, of which {faiss_s:.0f} s adding to the {kind} "
              f"({store.manifest['faiss']}); loaded in {load_s:.2f} s "
              f"({'memory-mapped' if common.is_mapped(path / 'vectors.faiss') else 'read into memory'})")
        print(f"FAISS index: {size / 2**20:,.0f} MiB = {size / args.n:,.0f} bytes per passage "
              f"(raw vectors {vectors.shape[1] * 4} bytes; graph {size / args.n - vectors.shape[1] * 4:,.0f}); "
              f"SQLite {sqlite_size / args.n:,.0f} bytes per passage (tiny synthetic texts)\n", flush=True)
        if kind != "IndexHNSWFlat" and args.n > config.ann_threshold:
            raise SystemExit(f"expected the approximate index above {config.ann_threshold}, got {kind}")

        rows = []
        if flat_rows:
            rows.extend(flat_rows)
        for ef in [int(e) for e in args.ef_search.split(",")]:
            params = faiss.SearchParametersHNSW(efSearch=ef)
            if kind == "IndexHNSWFlat":
                index = store.vectors
                found, seconds = timed(lambda q, p=params, i=index: i.search(q.reshape(1, -1), args.k, params=p)[1][0],
                                       queries)
                recall = statistics.fmean(len({int(i) for i in f} & t) / args.k
                                          for f, t in zip(found, truth, strict=True))
                rows.append({"passages": args.n, "index": f"HNSW M={config.hnsw_m} efSearch={ef}",
                             "recall@10": recall, **common.percentiles(seconds)})
        print("search without filters (FAISS only, one query at a time), ms")
        print(common.table(rows, ["passages", "index", "recall@10", "p50", "p95", "p99"]), flush=True)

        dense = DenseRetriever(store, embedder)
        half = dt.date(2019, 1, 1) + dt.timedelta(days=args.n // PER_TRANSCRIPT // 2)
        filters = {
            "none": Filters(),
            "one transcript (1,000)": Filters(transcripts=(f"m{args.n // PER_TRANSCRIPT // 3:05d}",)),
            "rare speaker": Filters(speakers=("Rare Speaker",)),
            "speaker 19 (~1.4%)": Filters(speakers=("Speaker 19",)),
            "speaker 3 (~7%)": Filters(speakers=("Speaker 03",)),
            "speaker 0 (~28%)": Filters(speakers=("Speaker 00",)),
            "first half of dates": Filters(date_to=half),
            "speaker 0 + first half": Filters(speakers=("Speaker 00",), date_to=half),
        }
        filter_rows = []
        for name, f in filters.items():
            allowed = store.filter_ids(f)
            expected = truth if allowed is None else exact_top(flat, queries, args.k, allowed)
            found, faiss_s = timed(lambda q, a=allowed: store.search(q, args.k, a), queries)
            _, full_s = timed(lambda q, f=f: dense.scored("", args.k, f, q), queries[: args.sql_queries])
            pairs = list(zip(found, expected, strict=True))
            recall = statistics.fmean(len({pid for pid, _ in got} & want) / max(1, len(want)) for got, want in pairs)
            complete = all(len(got) == len(want) for got, want in pairs)
            search, full = common.percentiles(faiss_s), common.percentiles(full_s)
            filter_rows.append({
                "filter": name, "passages": args.n if allowed is None else len(allowed), "recall@10": recall,
                "all k": "yes" if complete else "NO", "search p50": search["p50"], "search p95": search["p95"],
                "+SQL filter p50": full["p50"], "+SQL filter p95": full["p95"],
            })
        print(f"\nIndexStore.search (efSearch {config.ef_search}; filters of <= {config.exact_filter_limit:,} "
              f"passages scored exactly) and DenseRetriever.scored (+ SQLite resolving the filter; first "
              f"{min(args.sql_queries, len(queries))} queries), ms")
        print(common.table(filter_rows), flush=True)
        store.close()

    if args.compare_ivf:
        print("\nIVF for comparison (same vectors, same queries), ms")
        print(common.table(compare_ivf(vectors, queries, truth, args.k)))
    print(f"\nresident memory peak of this benchmark: {common.memory_mb().get('peak', 0):,.0f} MiB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
