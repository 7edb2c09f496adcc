"""Query latency of ``TranscriptQA.ask`` over a ~40,000-passage QMSum index, and where the time goes.

    python benchmarks/latency.py [--index /tmp/qa-bench-40k] [--questions 200] [--backends onnx,torch]
                                 [--precision fp32]
    python benchmarks/latency.py --index milvus://127.0.0.1:19530/qmsum --backends onnx

Builds the index once if ``--index`` does not hold one of about ``--passages``
passages (QMSum meetings in name order; a few minutes), then loads it with the
model and times ``ask`` (retrieval, hit building and the answer's sentence
scoring) on QMSum's specific queries, once per backend encoding the questions,
and ``search`` (hybrid retrieval and hits, no answer) on the same questions.
A second pass times each stage of the same questions separately. Also prints
the process's resident memory with the index loaded. ``--index`` may be a
Milvus URI of a built index.
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Sequence
from typing import Any

import common  # also puts the repository on sys.path
import numpy as np
from common import DEFAULT_INDEX_40K

from qa_bot.embedding import DEFAULT_PRECISION, PRECISIONS, DelegatingEmbedder


class TimedEmbedder(DelegatingEmbedder):
    """Delegates to an embedder and records how long each ``encode`` took and for how many texts."""

    def __init__(self, inner: Any) -> None:
        super().__init__(inner)
        self.calls: list[tuple[int, float]] = []

    def encode(self, texts: Sequence[str], *, progress: bool = False) -> np.ndarray:
        began = time.perf_counter()
        out = self.inner.encode(texts, progress=progress)
        self.calls.append((len(texts), time.perf_counter() - began))
        return out


def time_searches(qa: Any, questions: list[str]) -> list[float]:
    """Seconds per ``search`` (top 10, no filters)."""
    seconds = []
    for question in questions:
        began = time.perf_counter()
        qa.search(question)
        seconds.append(time.perf_counter() - began)
    return seconds


def time_asks(qa: Any, questions: list[str]) -> tuple[list[float], int]:
    """Seconds per ``ask`` and how many answers were found."""
    seconds, found = [], 0
    for question in questions:
        began = time.perf_counter()
        answer = qa.ask(question)
        seconds.append(time.perf_counter() - began)
        found += answer.found
    return seconds, found


STAGES = ("plan", "encode", "dense", "lexical", "fuse", "read", "answer")
STAGE_LABELS = {
    "plan": "plan (filters, names)", "encode": "query encode", "dense": "dense (FAISS / Milvus)",
    "lexical": "lexical BM25 (+ IDF)", "fuse": "fuse + hits (store reads)",
    "read": "reader (cross-encoder, top hits)", "answer": "answer",
}


def profile_stages(qa: Any, questions: list[str], k: int = 10) -> tuple[dict[str, list[float]], list[int]]:
    """Seconds per stage of the real ``ask`` (heard through ``TranscriptQA.timer``), and sentences encoded per answer.

    The answer step reads the vectors of a long passage's sentences from the
    index and encodes only those it lacks; the second list counts those.
    """
    heard: dict[str, float] = {}
    qa.timer = lambda stage, seconds: heard.__setitem__(stage, heard.get(stage, 0.0) + seconds)
    encoder = TimedEmbedder(qa.embedder)
    qa.embedder = encoder
    stages: dict[str, list[float]] = {STAGE_LABELS[name]: [] for name in STAGES}
    stages["total"] = []
    sentences: list[int] = []
    try:
        for question in questions:
            heard.clear()
            encoder.calls.clear()
            began = time.perf_counter()
            qa.ask(question, k=k)
            stages["total"].append(time.perf_counter() - began)
            for name in STAGES:
                stages[STAGE_LABELS[name]].append(heard.get(name, 0.0))
            sentences.append(sum(count for count, _ in encoder.calls[1:]))  # the first call is the question
    finally:
        qa.timer, qa.embedder = None, encoder.inner
    return stages, sentences


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    common.add_index_arguments(parser)
    parser.add_argument("--questions", type=int, default=200, help="questions timed per setting")
    parser.add_argument("--backends", default="onnx,torch",
                        help="embedding backends to compare for question encoding (comma-separated; the first is "
                        "profiled)")
    parser.add_argument("--precision", default=DEFAULT_PRECISION, choices=PRECISIONS,
                        help="precision of the index (built at it if missing; --index is then suffixed -int8)")
    common.add_model_arguments(parser)
    parser.add_argument("--no-profile", action="store_true", help="skip the per-stage pass")
    args = parser.parse_args()
    common.setup("ask() latency over a QMSum index, model loaded")

    import qa_bot
    from qa_bot.store import FolderLocation, parse_location

    if args.precision != DEFAULT_PRECISION and args.index == str(DEFAULT_INDEX_40K):
        args.index = str(DEFAULT_INDEX_40K.with_name(f"{DEFAULT_INDEX_40K.name}-{args.precision}"))
    manifest = common.ensure_index(args.index, args.qmsum, args.passages, args.precision)
    backends = args.backends.split(",")
    before = common.memory_mb()
    began = time.perf_counter()
    qa = qa_bot.TranscriptQA.load(args.index, query_adapter=args.query_adapter, reader=args.reader,
                                  backend=backends[0])
    qa.embedder.encode(["warm up"])
    load_s = time.perf_counter() - began
    loaded = common.memory_mb()
    files = common.index_meetings(args.index, args.qmsum)
    pool = common.questions(files)
    questions = [pool[i % len(pool)] for i in range(args.questions)]
    vectors = manifest.get("faiss", {}).get("type", "IndexFlatIP") if "milvus" not in manifest else \
        f"Milvus {manifest['milvus']['vector_index']['index_type']}"
    print(f"index: {manifest['counts']['passages']:,} passages, {manifest['counts']['transcripts']} meetings, "
          f"{vectors} at {args.index}; model loaded in {load_s:.1f} s")
    print(f"questions: {len(questions)} QMSum specific queries ({len(pool)} distinct), no filters, k=10\n")

    for q in questions[:5]:  # warm-up: first calls allocate
        qa.ask(q)
    rows = []
    for backend in backends:  # the same loaded index; only the question encoder changes
        runner = qa if backend == backends[0] else qa_bot.TranscriptQA.load(
            args.index, query_adapter=args.query_adapter, reader=args.reader, backend=backend)
        for q in questions[:5]:
            runner.ask(q)
        seconds, found = time_asks(runner, questions)
        rows.append({"question encoder": f"{runner.embedder.backend} {runner.embedder.precision}",
                     **common.percentiles(seconds), "mean": 1000 * statistics.fmean(seconds),
                     "found": f"{found}/{len(questions)}"})
    print("ask() latency, ms (targets: p50 <= 10, p95 <= 40)")
    print(common.table(rows))
    searches = time_searches(qa, questions)
    print("\nsearch() latency (hybrid, top 10, no answer), ms")
    print(common.table([{"question encoder": f"{qa.embedder.backend} {qa.embedder.precision}",
                         **common.percentiles(searches), "mean": 1000 * statistics.fmean(searches)}]))
    after = common.memory_mb()

    if not args.no_profile:
        stages, sentences = profile_stages(qa, questions)
        print(f"\nwhere the time goes ({qa.embedder.backend} {qa.embedder.precision}, same questions), ms")
        print(common.table([{"stage": name, **common.percentiles(v), "mean": 1000 * statistics.fmean(v)}
                            for name, v in stages.items()]))
        encoding = [n for n in sentences if n]
        print(f"answers that encode sentences at question time (not stored in the index): "
              f"{len(encoding)}/{len(sentences)}; sentences per such answer: "
              f"median {statistics.median(encoding) if encoding else 0:.0f}, max {max(encoding, default=0)}")

    print("\nresident memory of this process, MiB (anon = heap; file = mapped files incl. the FAISS index)")
    print(common.table([
        {"when": "before loading", **before},
        {"when": "index + model loaded", **loaded},
        {"when": f"after {len(questions) * 3} asks", **after},
    ], ["when", "rss", "anon", "file", "peak"]))
    where = parse_location(args.index)
    if isinstance(where, FolderLocation):
        vectors_file = where.path / "vectors.faiss"
        mapped = "memory-mapped" if common.is_mapped(vectors_file) else "NOT memory-mapped (read into memory)"
        print(f"vectors.faiss: {vectors_file.stat().st_size / 2**20:.1f} MiB, {mapped} "
              f"({type(qa.store.vectors).__name__})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
