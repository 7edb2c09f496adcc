"""Index lifecycle: reload after a rebuild, reads during rebuilds, killed builds, damaged files."""

from __future__ import annotations

import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from qa_bot.errors import IndexMismatchError
from qa_bot.pipeline.build import build_index
from qa_bot.pipeline.qa import TranscriptQA
from qa_bot.store import IndexStore, read_manifest
from tests.conftest import FIXTURES, ROOT, SEED
from tests.fakes import HashingEmbedder


def _sources(tmp_path: Path) -> Path:
    src = tmp_path / "src"
    shutil.copytree(FIXTURES, src)
    return src


def test_reload_picks_up_a_rebuild(tmp_path: Path):
    src, index = _sources(tmp_path), tmp_path / "index"
    build_index([src], index, embedder=HashingEmbedder())
    qa = TranscriptQA.load(index, embedder=HashingEmbedder())
    assert qa.reload_if_changed() is False
    shutil.copy(SEED, src / SEED.name)
    build_index([src], index, embedder=HashingEmbedder())
    assert qa.reload_if_changed() is True
    assert qa.search("Open Skies Treaty", k=1, method="dense")[0].transcript_id == "lavrov-makei-2021-06-18"
    assert qa.reload_if_changed() is False


def test_reload_ignores_an_unusable_rebuild(tmp_path: Path):
    src, index = _sources(tmp_path), tmp_path / "index"
    build_index([src], index, embedder=HashingEmbedder())
    qa = TranscriptQA.load(index, embedder=HashingEmbedder())
    build_index([src], index, embedder=HashingEmbedder(dimension=32), full=True)
    assert qa.reload_if_changed() is False  # a 32-dimensional index cannot serve this model
    assert qa.search("waiting lists", k=2)


def test_reads_continue_during_rebuilds(tmp_path: Path):
    src, index = _sources(tmp_path), tmp_path / "index"
    build_index([src], index, embedder=HashingEmbedder())
    qa = TranscriptQA.load(index, embedder=HashingEmbedder())
    errors: list[BaseException] = []
    answered = []
    stop = threading.Event()

    def reader() -> None:
        while not stop.is_set():
            try:
                qa.reload_if_changed()
                hits = qa.search("hospital waiting lists", k=3)
                answered.append(hits[0].transcript_id)
            except BaseException as exc:  # any failure is the finding
                errors.append(exc)

    threads = [threading.Thread(target=reader) for _ in range(3)]
    for t in threads:
        t.start()
    try:
        for i in range(6):
            health = src / "committee" / "health-2019-03-12.txt"
            health.write_text(health.read_text() + f"\nChair: Round {i} on hospital waiting lists.\n")
            build_index([src], index, embedder=HashingEmbedder())
    finally:
        stop.set()
        for t in threads:
            t.join()
    assert errors == []
    assert len(answered) > 10 and set(answered) == {"committee/health-2019-03-12"}
    qa.reload_if_changed()  # the readers may have stopped before the last rebuild landed
    assert "Round 5" in qa.store.transcript("committee/health-2019-03-12").turns[-1].text


_SLOW_BUILD = """
import os, sys, time
sys.path.insert(0, {root!r})
from qa_bot.pipeline.build import build_index
from tests.fakes import HashingEmbedder

class Slow(HashingEmbedder):
    def encode(self, texts, *, progress=False):
        time.sleep(0.4)
        return super().encode(texts)

real_rename = os.rename
def slow_rename(a, b):
    real_rename(a, b)
    time.sleep(0.4)  # widen the window between the two renames of the swap
os.rename = slow_rename
print("started", flush=True)
build_index([{src!r}], {index!r}, embedder=Slow(), full=True)
print("done", flush=True)
"""


@pytest.mark.parametrize("delay", [0.05, 0.3, 0.6, 0.9, 1.2, 1.5])
def test_killed_build_leaves_a_loadable_index(tmp_path: Path, delay: float):
    src, index = _sources(tmp_path), tmp_path / "index"
    build_index([src], index, embedder=HashingEmbedder())
    before = read_manifest(index)
    shutil.copy(SEED, src / SEED.name)
    script = _SLOW_BUILD.format(root=str(ROOT), src=str(src), index=str(index))
    proc = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True, cwd=ROOT)
    assert proc.stdout is not None and proc.stdout.readline().strip() == "started"
    time.sleep(delay)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)

    manifest = read_manifest(index)  # recovers an interrupted swap
    assert manifest["files"].keys() in (before["files"].keys(), {*before["files"], "lavrov-makei-2021-06-18"})
    qa = TranscriptQA.load(index, embedder=HashingEmbedder())
    assert qa.search("waiting lists", k=1)[0].transcript_id == "committee/health-2019-03-12"
    leftovers = [p.name for p in tmp_path.iterdir() if p.name.startswith(".index")]
    assert leftovers == []
    # The next build runs normally.
    stats = build_index([src], index, embedder=HashingEmbedder())
    assert "lavrov-makei-2021-06-18" in IndexStore(index).transcript_info()
    assert stats.transcripts == 4


def test_truncated_database_is_refused(tmp_path: Path):
    index = tmp_path / "index"
    build_index([FIXTURES], index, embedder=HashingEmbedder())
    db = index / "passages.sqlite3"
    db.write_bytes(db.read_bytes()[:1000])
    with pytest.raises(IndexMismatchError, match=r"damaged.*rebuild"):
        IndexStore(index)


def test_manifest_that_is_not_json_is_refused(tmp_path: Path):
    index = tmp_path / "index"
    build_index([FIXTURES], index, embedder=HashingEmbedder())
    (index / "manifest.json").write_text('{"format_version": ')
    with pytest.raises(IndexMismatchError, match="unreadable"):
        IndexStore(index)
