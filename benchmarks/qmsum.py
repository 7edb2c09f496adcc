"""Retrieval benchmark on QMSum-format meeting transcripts.

    python benchmarks/qmsum.py ../shared/datasets/qmsum-train [--files N] [--index DIR]

Builds an index of the folder's ``*.json`` meetings through the public API,
then runs every *specific* query twice: within its meeting
(``transcripts=[id]``) and across the whole corpus. A returned passage is a
hit when its turn range overlaps a gold span (``relevant_text_span``,
inclusive turn indices). Prints hit@1/5/10, MRR@10 and the median search
latency for lexical (BM25) only, dense only and the shipped hybrid method,
all in one run over one index. ``--bm25s`` adds the bm25s library over the
same passages, for the FTS5-versus-bm25s comparison.
"""

from __future__ import annotations

import argparse
import json
import logging
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass, field, replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))  # also when imported as benchmarks.qmsum

import common  # beside this script

import qa_bot
from qa_bot.embedding import SentenceTransformerEmbedder
from qa_bot.text import clean_line

logger = logging.getLogger("benchmarks.qmsum")


@dataclass
class Query:
    transcript_id: str
    text: str
    gold: list[tuple[int, int]]  # inclusive turn ranges, in the index's turn numbering


@dataclass
class Scores:
    ranks: list[int | None] = field(default_factory=list)  # 1-based rank of the first hit, None if none in top 10
    seconds: list[float] = field(default_factory=list)

    def row(self) -> dict[str, float]:
        n = len(self.ranks)
        return {
            "hit@1": sum(1 for r in self.ranks if r and r <= 1) / n,
            "hit@5": sum(1 for r in self.ranks if r and r <= 5) / n,
            "hit@10": sum(1 for r in self.ranks if r and r <= 10) / n,
            "MRR@10": sum(1 / r for r in self.ranks if r and r <= 10) / n,
            "p50 ms": 1000 * statistics.median(self.seconds),
        }


def load_queries(files: list[Path], qa: qa_bot.TranscriptQA) -> list[Query]:
    """Specific queries with gold spans mapped onto the indexed turn numbers.

    Ingest skips empty turns, so the n-th turn of the file is not always the
    n-th indexed turn; the mapping walks both lists side by side.
    """
    queries = []
    for path in files:
        data = json.loads(path.read_text(encoding="utf-8"))
        turns = qa.store.transcript(path.stem).turns
        mapping: dict[int, int] = {}
        position = 0
        for i, item in enumerate(data["meeting_transcripts"]):
            mapping[i] = min(position, len(turns) - 1)
            if clean_line(item.get("content") or ""):
                position += 1
        for q in data.get("specific_query_list", []):
            gold = [(mapping[int(a)], mapping[int(b)]) for a, b in q["relevant_text_span"]]
            queries.append(Query(path.stem, q["query"], gold))
    return queries


def first_hit_rank(hits: list[tuple[int, int]], gold: list[tuple[int, int]]) -> int | None:
    for rank, (start, end) in enumerate(hits, 1):
        if any(start <= g_end and g_start <= end for g_start, g_end in gold):
            return rank
    return None


def run(qa: qa_bot.TranscriptQA, queries: list[Query], method: str, scope: str, k: int = 10) -> Scores:
    """Rank of the first gold hit per query; ``method`` is a retriever, or ``RETRIEVER+reader`` (reranked)."""
    scores = Scores()
    retriever, _, reader = method.partition("+")
    for q in queries:
        began = time.perf_counter()
        hits = qa.search(q.text, k=k, method=retriever, transcripts=[q.transcript_id] if scope == "meeting" else None,
                         rerank=reader == "reader")
        scores.seconds.append(time.perf_counter() - began)
        ranges = [(h.turn_start, h.turn_end) if h.transcript_id == q.transcript_id else (-2, -2) for h in hits]
        scores.ranks.append(first_hit_rank(ranges, q.gold))
    return scores


def run_bm25s(qa: qa_bot.TranscriptQA, queries: list[Query], scope: str, k: int = 10) -> Scores:
    """bm25s (Snowball stemmer, English stop words) over the same passage texts."""
    import bm25s
    import numpy as np
    import Stemmer

    ids = list(range(qa.store.passage_count))
    passages = qa.store.passages(ids)
    corpus = [passages[i].embed_text for i in ids]
    stemmer = Stemmer.Stemmer("english")
    retriever = bm25s.BM25()
    retriever.index(bm25s.tokenize(corpus, stopwords="en", stemmer=stemmer, show_progress=False), show_progress=False)
    owner = np.array([passages[i].transcript_id for i in ids])
    scores = Scores()
    for q in queries:
        began = time.perf_counter()
        mask = (owner == q.transcript_id).astype(np.float32) if scope == "meeting" else None
        tokens = bm25s.tokenize([q.text], stopwords="en", stemmer=stemmer, show_progress=False)
        found, _ = retriever.retrieve(tokens, k=k, show_progress=False, weight_mask=mask)
        scores.seconds.append(time.perf_counter() - began)
        ranges = [
            (passages[int(i)].turn_start, passages[int(i)].turn_end)
            if passages[int(i)].transcript_id == q.transcript_id else (-2, -2)
            for i in found[0]
        ]
        scores.ranks.append(first_hit_rank(ranges, q.gold))
    return scores


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path, help="folder of QMSum-format *.json meetings")
    parser.add_argument("--files", type=int, default=None, help="use only the first N meetings (sorted by name)")
    parser.add_argument("--every", type=int, default=1, help="use every N-th meeting (a quick development split)")
    parser.add_argument("--offset", type=int, default=0, help="with --every: start at this meeting (another split)")
    parser.add_argument("--index", default=None, help="index folder or Milvus URI to build/reuse (default: temporary)")
    parser.add_argument("--reuse-from", default=None, help="take unchanged meetings' vectors from this index "
                        "(e.g. the folder index of the same split, to measure a Milvus index without embedding again)")
    parser.add_argument("--model", default=None, help="embedding model (default: bundled all-MiniLM-L6-v2)")
    common.add_model_arguments(parser)
    common.add_embedding_arguments(parser)
    parser.add_argument("--methods", default="lexical,dense,hybrid,hybrid+reader",
                        help="comma-separated retrieval methods; METHOD+reader reranks its hits with the reader")
    parser.add_argument("--bm25s", action="store_true", help="also measure the bm25s library")
    parser.add_argument(
        "--no-region-spread", action="store_true", help="hybrid top-k in fused order (FusionConfig.region_factor 1)"
    )
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    logging.getLogger("faiss.loader").setLevel(logging.WARNING)

    files = sorted(args.folder.glob("*.json"))[args.offset :: args.every][: args.files]
    if not files:
        print(f"no *.json files in {args.folder}", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as tmp:
        index = args.index or Path(tmp) / "index"
        embedder = SentenceTransformerEmbedder(args.model, backend=args.backend, precision=args.precision)
        stats = qa_bot.build_index(files, index, embedder=embedder, progress=sys.stderr.isatty(),
                                   reuse_from=args.reuse_from)
        print(stats.summary().splitlines()[0])
        qa = qa_bot.TranscriptQA.load(index, query_adapter=args.query_adapter, reader=args.reader,
                                      backend=args.backend)
        if args.no_region_spread:
            hybrid = qa.retriever("hybrid")
            hybrid.config = replace(hybrid.config, region_factor=1.0)
        queries = load_queries(files, qa)
        print(f"{len(queries)} specific queries over {len(files)} meetings\n")
        print(f"{'method':<10} {'scope':<8} {'hit@1':>6} {'hit@5':>6} {'hit@10':>6} {'MRR@10':>7} {'p50 ms':>7}")
        methods = args.methods.split(",") + (["bm25s"] if args.bm25s else [])
        for method in methods:
            for scope in ("meeting", "corpus"):
                scores = run_bm25s(qa, queries, scope) if method == "bm25s" else run(qa, queries, method, scope)
                r = scores.row()
                print(
                    f"{method:<10} {scope:<8} {r['hit@1']:6.3f} {r['hit@5']:6.3f} {r['hit@10']:6.3f} "
                    f"{r['MRR@10']:7.3f} {r['p50 ms']:7.1f}",
                    flush=True,
                )
    return 0


if __name__ == "__main__":
    sys.exit(main())
