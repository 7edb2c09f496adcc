"""Helpers shared by the speed and scale benchmarks: the QMSum corpus, a reusable
~40k-passage index, percentiles, resident memory and the header every run prints.

Figures from one run are comparable with each other; absolute figures depend on
what else the machine is doing, so the header records the load average.
"""

from __future__ import annotations

import json
import logging
import os
import platform
import shlex
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from qa_bot.config import quiet_libraries  # noqa: E402  (after the path is set, for a bare checkout)

QMSUM = ROOT.parent / "shared" / "datasets" / "qmsum-train"
DEFAULT_INDEX_40K = Path("/tmp/qa-bench-40k")
TARGET_PASSAGES = 40_000

logger = logging.getLogger("benchmarks")


def setup(description: str) -> None:
    """Quiet, offline logging setup and the header: command line, machine, load."""
    quiet_libraries()
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    logging.getLogger("benchmarks").setLevel(logging.INFO)
    for noisy in ("faiss.loader", "httpx", "sentence_transformers"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    logging.getLogger("qa_bot.ingest").setLevel(logging.ERROR)  # QMSum has a few empty turns; not news
    print(f"# {description}")
    print(f"$ {shlex.join([Path(sys.executable).name, *sys.argv])}")
    print(f"# machine: {os.cpu_count()} CPU cores, {platform.processor() or platform.machine()}, "
          f"load average {load_average()} at start")
    print("# figures are from this one run; ratios compare runs made side by side, under the same load\n",
          flush=True)


def load_average() -> str:
    """The 1/5/15-minute load averages, as text."""
    try:
        return " ".join(f"{x:.2f}" for x in os.getloadavg())
    except OSError:
        return "n/a"


def meetings(folder: Path, max_turns: int | None = None) -> list[Path]:
    """QMSum meeting files sorted by name; with ``max_turns``, the first ones holding about that many turns."""
    files = sorted(Path(folder).glob("*.json"))
    if not files:
        raise SystemExit(f"no QMSum *.json meetings in {folder} (give the folder with --qmsum)")
    if max_turns is None:
        return files
    chosen, turns = [], 0
    for path in files:
        if turns >= max_turns:
            break
        chosen.append(path)
        turns += sum(1 for t in json.loads(path.read_text(encoding="utf-8"))["meeting_transcripts"]
                     if (t.get("content") or "").strip())
    return chosen


def meetings_for_passages(folder: Path, passages: int, count_tokens: Callable[[list[str]], list[int]]) -> list[Path]:
    """The first QMSum meetings (by name) that chunk into at least ``passages`` passages, as the build chunks."""
    from qa_bot.indexing.chunking import chunk_transcripts
    from qa_bot.ingest import load_transcript

    chosen, total = [], 0
    for path in meetings(folder):
        if total >= passages:
            break
        chosen.append(path)
        total += len(chunk_transcripts([load_transcript(path)], count_tokens))
    return chosen


def questions(files: Sequence[Path], limit: int | None = None) -> list[str]:
    """The QMSum *specific* queries of ``files``, in file order."""
    found = [
        q["query"]
        for path in files
        for q in json.loads(path.read_text(encoding="utf-8")).get("specific_query_list", [])
    ]
    return found[:limit] if limit else found


def add_model_arguments(parser: Any) -> None:
    """``--query-adapter`` and ``--reader``, as ``qa-bot ask`` takes them (both default to the bundled ones)."""
    parser.add_argument("--query-adapter", default="default",
                        help="query adapter: default (bundled), none, or an .npz file")
    parser.add_argument("--reader", default="default", help="reader: default (bundled), none, or a reader .npz file")


def add_embedding_arguments(parser: Any) -> None:
    """``--backend`` and ``--precision``, as ``qa-bot index`` takes them."""
    from qa_bot.embedding import BACKENDS, DEFAULT_PRECISION, PRECISIONS

    parser.add_argument("--backend", default="auto", choices=BACKENDS, help="embedding backend (default auto)")
    parser.add_argument("--precision", default=DEFAULT_PRECISION, choices=PRECISIONS,
                        help=f"embedding precision (default {DEFAULT_PRECISION})")


def add_index_arguments(parser: Any) -> None:
    """``--index`` (the ~40k QMSum index, or a Milvus URI), ``--qmsum`` and ``--passages``."""
    parser.add_argument("--index", default=str(DEFAULT_INDEX_40K),
                        help="index folder to reuse or build, or a Milvus URI of a built index")
    parser.add_argument("--qmsum", type=Path, default=QMSUM, help="QMSum meetings (*.json)")
    parser.add_argument("--passages", type=int, default=TARGET_PASSAGES, help="index size to build if missing")


def ensure_index(index_dir: Path, qmsum: Path = QMSUM, passages: int = TARGET_PASSAGES,
                 precision: str | None = None) -> dict[str, Any]:
    """The manifest of a QMSum index of about ``passages`` passages at ``index_dir``, built if missing.

    An existing index is reused when its manifest says it holds QMSum meetings,
    within 10% of the wanted number of passages, at ``precision`` (None: the
    default); one this
    qa-bot cannot read (an older index format) is rebuilt.
    """
    from qa_bot import build_index
    from qa_bot.embedding import DEFAULT_PRECISION, SentenceTransformerEmbedder, built_precision
    from qa_bot.errors import IndexMismatchError
    from qa_bot.store import FolderLocation, parse_location, read_manifest

    precision = precision or DEFAULT_PRECISION
    if not isinstance(parse_location(index_dir), FolderLocation):  # a Milvus index: build it with qa-bot index
        return read_manifest(index_dir)
    index_dir = Path(index_dir)
    if (index_dir / "manifest.json").exists():
        try:
            manifest = read_manifest(index_dir)
        except IndexMismatchError as exc:
            print(f"# {exc}: rebuilding it")
        else:
            have = manifest["counts"]["passages"]
            if built_precision(manifest["model"]) != precision:
                print(f"# the index at {index_dir} holds {built_precision(manifest['model'])} vectors: rebuilding it")
            elif abs(have - passages) <= 0.1 * passages:
                print(f"# reusing the {have:,}-passage index at {index_dir} (built {manifest['built_at']})")
                return manifest
            print(f"# the index at {index_dir} holds {have:,} passages, not ~{passages:,}: rebuilding it")
    embedder = SentenceTransformerEmbedder(precision=precision)
    files = meetings_for_passages(qmsum, passages, embedder.count_tokens)
    print(f"# building a ~{passages:,}-passage index of {len(files)} QMSum meetings at {index_dir} "
          "(once; later runs reuse it)", flush=True)
    began = time.perf_counter()
    stats = build_index(files, index_dir, embedder=embedder, progress=sys.stderr.isatty())
    print(f"# built: {stats.passages:,} passages in {time.perf_counter() - began:.0f} s\n", flush=True)
    return read_manifest(index_dir)


def index_meetings(index_dir: Path, qmsum: Path = QMSUM) -> list[Path]:
    """The QMSum files an index was built from (by transcript id)."""
    from qa_bot.store import read_manifest

    ids = set(read_manifest(index_dir)["files"])
    return [p for p in meetings(qmsum) if p.stem in ids]


def percentiles(seconds: Sequence[float], points: Sequence[int] = (50, 95, 99)) -> dict[str, float]:
    """``{"p50": ms, ...}`` of durations given in seconds."""
    values = np.asarray(seconds, dtype=np.float64) * 1000.0
    return {f"p{p}": float(np.percentile(values, p)) for p in points}


def memory_mb() -> dict[str, float]:
    """This process's resident memory in MiB: total, anonymous and file-backed (mapped files)."""
    fields = {"VmRSS": "rss", "RssAnon": "anon", "RssFile": "file", "VmHWM": "peak"}
    out: dict[str, float] = {}
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                key, _, value = line.partition(":")
                if key in fields:
                    out[fields[key]] = int(value.split()[0]) / 1024
    except OSError:
        pass
    return out


def is_mapped(path: Path) -> bool:
    """Whether this process has ``path`` memory-mapped (Linux ``/proc/self/maps``)."""
    try:
        with open("/proc/self/maps", encoding="utf-8", errors="replace") as fh:
            return any(line.rstrip().endswith(str(Path(path).resolve())) for line in fh)
    except OSError:
        return False


def table(rows: Sequence[dict[str, Any]], columns: Sequence[str] | None = None) -> str:
    """A plain-text table; floats get one or three decimals depending on size."""
    if not rows:
        return "(no rows)"
    columns = list(columns or rows[0])

    def cell(value: Any) -> str:
        if isinstance(value, float):
            return f"{value:.3f}" if abs(value) < 10 else f"{value:,.1f}"
        if isinstance(value, int):
            return f"{value:,}"
        return str(value)

    cells = [list(columns)] + [[cell(r.get(c, "")) for c in columns] for r in rows]
    widths = [max(len(row[i]) for row in cells) for i in range(len(columns))]
    return "\n".join(
        "  ".join(v.ljust(widths[i]) if i == 0 else v.rjust(widths[i]) for i, v in enumerate(row)) for row in cells
    )
