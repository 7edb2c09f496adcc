"""Incremental rebuild cost: a full build, a rebuild with no change, a rebuild after one file changed.

    python benchmarks/rebuild.py ../shared/datasets/qmsum-train --files 12

Copies the first N meetings to a temporary folder, builds an index, rebuilds
it unchanged, then edits one meeting (one turn appended) and rebuilds again.
Prints each time and its share of the full build (targets: under 5% and 20%).
"""

from __future__ import annotations

import argparse
import json
import logging
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import qa_bot
from qa_bot.embedding import SentenceTransformerEmbedder


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path, help="folder of QMSum-format *.json meetings")
    parser.add_argument("--files", type=int, default=12, help="how many meetings (default 12)")
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)
    print("command:", " ".join(sys.argv))
    files = sorted(args.folder.glob("*.json"))[: args.files]
    embedder = SentenceTransformerEmbedder()
    embedder.encode(["warm up"])  # load the model outside the timings
    with tempfile.TemporaryDirectory() as tmp:
        src, index = Path(tmp) / "src", Path(tmp) / "index"
        src.mkdir()
        for f in files:
            shutil.copy(f, src / f.name)
        rows = []
        for label, edit in (("full build", None), ("no change", None), ("one file changed", files[len(files) // 2])):
            if edit is not None:
                data = json.loads((src / edit.name).read_text(encoding="utf-8"))
                data["meeting_transcripts"].append({"speaker": "Chair", "content": "One more remark on the budget."})
                (src / edit.name).write_text(json.dumps(data), encoding="utf-8")
            began = time.perf_counter()
            stats = qa_bot.build_index([src], index, embedder=embedder, full=label == "full build")
            rows.append((label, time.perf_counter() - began, stats))
        full = rows[0][1]
        print(f"{len(files)} meetings, {rows[0][2].passages} passages\n")
        print(f"{'rebuild':<18} {'seconds':>8} {'share':>7} {'embedded':>9} {'reused':>7}")
        for label, seconds, stats in rows:
            print(f"{label:<18} {seconds:8.2f} {seconds / full:7.1%} {stats.embedded:9d} {stats.reused:7d}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
