"""Build throughput: a full ``build_index`` per backend and precision, against the peers' bare encode.

    python benchmarks/build_speed.py [--meetings 12] [--repeats 2]
                                     [--configs torch:fp32,onnx:fp32,onnx:int8] [--device cpu] [--sweep 300]

The yardstick is what the peers' whole build costs about: PyTorch's bare
``SentenceTransformer.encode`` of the same meetings' turns as
``speaker: text`` (batch 32, normalised). Against it, in this one process
with every model already loaded (an ONNX export happens at load, outside the
timings), a full ``build_index`` of the first ``--meetings`` QMSum meetings
(parse, chunk, embed passages and long passages' sentences, SQLite + FTS5 +
FAISS, atomic swap) for each ``backend:precision`` in ``--configs``. Runs
alternate, bare encode first and last, ``--repeats`` builds of each config;
ratios are of medians, in wall and in CPU seconds. Each config's bare encode
of the same turns is timed too, which isolates the backend's own speed.
Then a sweep of batch sizes per config on a subset of the passages.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

import common  # also puts the repository on sys.path
from common import QMSUM

BATCH = 32  # the embedder's CPU batch size, and sentence-transformers' default


def timed_encode(model: Any, texts: list[str], batch_size: int = BATCH) -> tuple[float, float]:
    """Wall and CPU seconds (all threads of this process) for ``model.encode`` of ``texts`` as the build calls it."""
    wall, cpu = time.perf_counter(), time.process_time()
    model.encode(texts, batch_size=batch_size, normalize_embeddings=True, convert_to_numpy=True,
                 show_progress_bar=False)
    return time.perf_counter() - wall, time.process_time() - cpu


def timed_build(files: list[Path], index: Path, embedder: Any) -> tuple[float, float, int]:
    """Wall and CPU seconds of a full ``build_index``, and the passages it made."""
    from qa_bot import build_index

    wall, cpu = time.perf_counter(), time.process_time()
    stats = build_index(files, index, embedder=embedder, full=True)
    return time.perf_counter() - wall, time.process_time() - cpu, stats.passages


def turn_texts(files: list[Path]) -> list[str]:
    """Every turn of ``files`` as ``speaker: text``, the way the peers embed a transcript."""
    from qa_bot.ingest import load_transcript

    return [f"{turn.speaker}: {turn.text}" for path in files for turn in load_transcript(path).turns]


def median_pair(runs: list[tuple[float, float]]) -> tuple[float, float]:
    return statistics.median(w for w, _ in runs), statistics.median(c for _, c in runs)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--qmsum", type=Path, default=QMSUM, help="QMSum meetings (*.json)")
    parser.add_argument("--meetings", type=int, default=12, help="the first N meetings, by file name")
    parser.add_argument("--repeats", type=int, default=2, help="builds per config, alternating with bare encodes")
    parser.add_argument("--configs", default="torch:fp32,onnx:fp32,onnx:int8", help="backend:precision, ...")
    parser.add_argument("--device", default="cpu", help="cpu, or cuda for the torch configs")
    parser.add_argument("--sweep", type=int, default=300, help="passages encoded per batch-size setting (0: none)")
    args = parser.parse_args()
    common.setup("index build vs the peers' bare encode of the same turns")

    from qa_bot.embedding import SentenceTransformerEmbedder
    from qa_bot.indexing.chunking import chunk_transcripts
    from qa_bot.ingest import load_transcript

    files = common.meetings(args.qmsum)[: args.meetings]
    turns = turn_texts(files)
    peer = SentenceTransformerEmbedder(device=args.device, backend="torch")
    configs: dict[str, SentenceTransformerEmbedder] = {}
    for spec in args.configs.split(","):
        backend, _, precision = spec.partition(":")
        began = time.perf_counter()
        embedder = SentenceTransformerEmbedder(device=None if backend == "onnx" else args.device,
                                               backend=backend, precision=precision or "fp32")
        embedder.encode(turns[:BATCH])  # loads (exports once if needed) and warms up
        configs[spec] = embedder
        print(f"# {spec}: loaded in {time.perf_counter() - began:.1f} s", flush=True)
    peer.encode(turns[:BATCH])
    passages = chunk_transcripts([load_transcript(p) for p in files], peer.count_tokens)
    print(f"{len(files)} QMSum meetings: {len(turns):,} turns, {len(passages):,} passages\n", flush=True)

    bare: list[tuple[float, float]] = [timed_encode(peer.model, turns)]
    builds: dict[str, list[tuple[float, float]]] = {spec: [] for spec in configs}
    with tempfile.TemporaryDirectory(prefix="qa-build-speed-") as tmp:
        for i in range(args.repeats):
            for spec, embedder in configs.items():
                wall, cpu, made = timed_build(files, Path(tmp) / f"{spec.replace(':', '-')}-{i}", embedder)
                builds[spec].append((wall, cpu))
                print(f"# build {spec}: {wall:.1f} s", flush=True)
            bare.append(timed_encode(peer.model, turns))
            print(f"# bare encode (torch): {bare[-1][0]:.1f} s", flush=True)
    bare_wall, bare_cpu = median_pair(bare)

    rows = [{"": "bare encode of the turns, torch fp32 (the peers' build)", "runs s": " ".join(
        f"{w:.1f}" for w, _ in bare), "passages/s": len(turns) / bare_wall, "vs bare": 1.0}]
    for spec in configs:
        wall, cpu = median_pair(builds[spec])
        rows.append({"": f"build_index, {spec}", "runs s": " ".join(f"{w:.1f}" for w, _ in builds[spec]),
                     "passages/s": made / wall, "vs bare": wall / bare_wall, "vs bare CPU": cpu / bare_cpu})
    for spec, embedder in configs.items():
        if spec != "torch:fp32":
            wall, _ = timed_encode(embedder.model, turns)
            rows.append({"": f"bare encode of the turns, {spec}", "runs s": f"{wall:.1f}",
                         "passages/s": len(turns) / wall, "vs bare": wall / bare_wall})
    print(f"build vs the peers' bare encode ({len(turns):,} turns; builds make {made:,} passages and encode "
          "long passages' sentences; medians of alternating runs; target build <= 1.0x)")
    print(common.table(rows, ["", "runs s", "passages/s", "vs bare", "vs bare CPU"]))

    if args.sweep:
        texts = [p.embed_text for p in passages]
        subset = sorted(texts, key=len)[:: max(1, len(texts) // args.sweep)][: args.sweep]  # same length mix
        best: dict[tuple[str, int], float] = {}
        for _ in range(2):  # two rounds, best of each: a burst of outside load hits one round, not both
            for spec, embedder in configs.items():
                for batch in (16, 32, 64):
                    seconds, _ = timed_encode(embedder.model, subset, batch)
                    best[spec, batch] = min(seconds, best.get((spec, batch), seconds))
        print(f"\nsweep: passages/s encoding {len(subset)} passages (every n-th by length), best of two rounds")
        print(common.table([{"config": spec, **{f"batch {b}": len(subset) / best[spec, b] for b in (16, 32, 64)}}
                            for spec in configs]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
