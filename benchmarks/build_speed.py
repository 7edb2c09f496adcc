"""Build throughput: ``build_index`` against the raw ``model.encode`` of the same passages.

    python benchmarks/build_speed.py [--turns 5000] [--repeats 2] [--device auto]
                                     [--batch-sizes 32,64,128] [--threads 1,2] [--sweep 500]

Takes the first QMSum meetings holding about ``--turns`` turns, chunks them as
the build does, and times, one after the other in this process with the model
already loaded, alternately: the raw ``SentenceTransformer.encode`` of the
passages (the embedder's batch size, normalised, as the build calls it) and a full
``build_index`` of the same meetings (parse, chunk, embed, SQLite + FTS5 +
FAISS, atomic swap), ``--repeats`` builds between ``--repeats + 1`` raw runs.
The ratio is the median build time over the median raw time (target <= 1.25),
in wall and in CPU seconds. Then a sweep on a subset (two rounds, best of
each): batch size, and torch threads. With a CUDA GPU, the same passages are
also encoded and built on it.
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


def raw_encode(model: Any, texts: list[str], batch_size: int) -> tuple[float, float]:
    """Wall and CPU seconds (all threads of this process) for ``model.encode`` of ``texts`` as the build calls it."""
    wall, cpu = time.perf_counter(), time.process_time()
    model.encode(texts, batch_size=batch_size, normalize_embeddings=True, convert_to_numpy=True,
                 show_progress_bar=False)
    return time.perf_counter() - wall, time.process_time() - cpu


def passages_of(files: list[Path], embedder: Any) -> tuple[list[str], float]:
    """The texts the build embeds for ``files`` (same ingest and chunking), and seconds spent making them."""
    from qa_bot.chunking import chunk_transcripts
    from qa_bot.ingest import load_transcript

    began = time.perf_counter()
    transcripts = [load_transcript(path) for path in files]
    passages = chunk_transcripts(transcripts, embedder.count_tokens)
    return [p.embed_text for p in passages], time.perf_counter() - began


def compare(files: list[Path], device: str, tmp: Path, repeats: int) -> dict[str, Any]:
    """Alternating raw encodes and full builds on ``device`` (raw, build, raw, ..., raw); the main table's row.

    Alternating and taking medians keeps a burst of load from another
    process from landing on one side only; CPU seconds are less sensitive
    to such load than wall seconds.
    """
    from qa_bot import build_index
    from qa_bot.embedding import SentenceTransformerEmbedder

    embedder = SentenceTransformerEmbedder(device=device)
    began = time.perf_counter()
    model = embedder.model
    load_s = time.perf_counter() - began
    texts, chunk_s = passages_of(files, embedder)
    raw_encode(model, texts[:256], embedder.batch_size)  # warm-up
    raws, builds = [raw_encode(model, texts, embedder.batch_size)], []
    for i in range(repeats):
        wall, cpu = time.perf_counter(), time.process_time()
        stats = build_index(files, tmp / f"index-{device}-{i}", embedder=embedder, full=True)
        builds.append((time.perf_counter() - wall, time.process_time() - cpu))
        if stats.passages != len(texts):
            raise SystemExit(f"the build made {stats.passages} passages, the benchmark chunked {len(texts)}")
        raws.append(raw_encode(model, texts, embedder.batch_size))
    raw_wall, build_wall = statistics.median(w for w, _ in raws), statistics.median(w for w, _ in builds)
    raw_cpu, build_cpu = statistics.median(c for _, c in raws), statistics.median(c for _, c in builds)
    return {
        "device": device, "passages": len(texts), "model load s": load_s, "ingest+chunk s": chunk_s,
        "raw runs s": " ".join(f"{w:.1f}" for w, _ in raws), "build runs s": " ".join(f"{w:.1f}" for w, _ in builds),
        "raw /s": len(texts) / raw_wall, "build /s": len(texts) / build_wall,
        "build/raw wall": build_wall / raw_wall, "build/raw CPU": build_cpu / raw_cpu,
        "best build/best raw": min(w for w, _ in builds) / min(w for w, _ in raws),
        "_texts": texts, "_model": model,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--qmsum", type=Path, default=QMSUM, help="QMSum meetings (*.json)")
    parser.add_argument("--turns", type=int, default=5000, help="take the first meetings holding this many turns")
    parser.add_argument("--repeats", type=int, default=2, help="builds, alternating with repeats + 1 raw encodes")
    parser.add_argument("--batch-sizes", default="32,64,128", help="batch sizes for the sweep")
    parser.add_argument("--threads", default="1,2", help="torch thread counts for the sweep")
    parser.add_argument("--sweep", type=int, default=500, help="passages encoded per sweep setting (0: no sweep)")
    parser.add_argument("--device", default="auto", help="auto (CPU, plus CUDA when available), cpu or cuda")
    args = parser.parse_args()
    common.setup("index build throughput vs raw model.encode")

    import torch

    files = common.meetings(args.qmsum, max_turns=args.turns)
    cuda = torch.cuda.is_available()
    devices = {"auto": ["cpu", "cuda"] if cuda else ["cpu"], "cpu": ["cpu"], "cuda": ["cuda"]}[args.device]
    print(f"{len(files)} QMSum meetings; torch {torch.__version__}, {torch.get_num_threads()} threads, "
          f"CUDA {'available: ' + torch.cuda.get_device_name(0) if cuda else 'not available'}\n")

    rows = []
    with tempfile.TemporaryDirectory(prefix="qa-build-speed-") as tmp:
        for device in devices:
            rows.append(compare(files, device, Path(tmp), args.repeats))
    print("build vs raw encode (same passages, same batch size, model loaded, medians of alternating runs; "
          "target build/raw <= 1.25)")
    print(common.table(rows, ["device", "passages", "raw runs s", "build runs s", "raw /s", "build /s",
                              "build/raw wall", "build/raw CPU", "best build/best raw"]))
    cpu = rows[0]
    print(f"model load {cpu['model load s']:.1f} s (in neither figure); ingest + chunking (token counting) "
          f"{cpu['ingest+chunk s']:.1f} s of each build; the rest of the build beyond the encode is SQLite + FTS5 "
          "+ FAISS writing")
    if not cuda:
        print("no CUDA GPU here: nothing measured on a GPU (`qa-bot index --device cuda` uses one when present)")

    if args.sweep:
        texts, model = cpu["_texts"], cpu["_model"]
        subset = sorted(texts, key=len)[:: max(1, len(texts) // args.sweep)][: args.sweep]  # same length mix
        threads_default = torch.get_num_threads()
        best: dict[tuple[int, int], float] = {}
        for _ in range(2):  # two rounds, best of each: a burst of outside load hits one round, not both
            for threads in [int(t) for t in args.threads.split(",")]:
                torch.set_num_threads(threads)
                for batch in [int(b) for b in args.batch_sizes.split(",")]:
                    seconds, _ = raw_encode(model, subset, batch)
                    best[threads, batch] = min(seconds, best.get((threads, batch), seconds))
        sweep = [{"torch threads": t, "batch": b, "seconds": s, "passages/s": len(subset) / s}
                 for (t, b), s in best.items()]
        torch.set_num_threads(threads_default)
        print(f"\nsweep: raw encode of {len(subset)} passages (every n-th by length), sorted by length inside encode")
        print(common.table(sweep))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
