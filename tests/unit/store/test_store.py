"""The index folder: round trip, manifest checks, incremental and crash-safe rebuilds."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import numpy as np
import pytest

from qa_bot.errors import IndexMismatchError, IndexNotFoundError, QABotError
from qa_bot.ingest import load_transcript
from qa_bot.pipeline.build import build_index
from qa_bot.pipeline.qa import TranscriptQA
from qa_bot.store import FORMAT_VERSION, IndexStore, read_manifest
from tests.conftest import FIXTURES, SAMPLE_DIR, SEED
from tests.fakes import HashingEmbedder


def _copy_sources(tmp_path: Path) -> Path:
    src = tmp_path / "src"
    shutil.copytree(FIXTURES, src)
    shutil.copy(SEED, src / SEED.name)
    return src


def test_round_trip(fake_index: Path, fake_embedder):
    store = IndexStore(fake_index)
    manifest = store.manifest
    assert manifest["format_version"] == FORMAT_VERSION
    assert manifest["model"] == {"name": fake_embedder.name, "dimension": 64, "normalized": True, "max_tokens": 256,
                                 "precision": "fp32"}
    assert set(manifest["files"]) == {
        "committee/budget-2020-05-01", "committee/health-2019-03-12", "design-meeting", "lavrov-makei-2021-06-18"
    }
    assert manifest["counts"]["passages"] == store.vectors.ntotal

    original = load_transcript(SEED)
    stored = store.transcript("lavrov-makei-2021-06-18")
    assert stored.turns == original.turns
    assert (stored.title, stored.date, stored.place) == (original.title, original.date, original.place)

    passages = store.transcript_passages("lavrov-makei-2021-06-18")
    vectors = store.passage_vectors([p.id for p in passages])
    np.testing.assert_allclose(vectors, fake_embedder.encode([p.embed_text for p in passages]), atol=1e-6)
    for p in passages:
        assert stored.turns[p.turn_start].text[p.char_start : p.char_end] == p.text


def test_missing_index_is_a_clear_error(tmp_path: Path):
    with pytest.raises(IndexNotFoundError, match=r"no index at .*qa-bot index"):
        TranscriptQA.load(tmp_path / "nothing", embedder=HashingEmbedder())


def _built(tmp_path: Path) -> Path:
    path = tmp_path / "index"
    build_index([FIXTURES], path, embedder=HashingEmbedder())
    return path


def test_refuses_other_model(tmp_path: Path):
    path = _built(tmp_path)
    other = HashingEmbedder()
    other.name = "another/model"
    with pytest.raises(IndexMismatchError, match="built with model 'test/hashing-bag-of-words', not 'another/model'"):
        TranscriptQA.load(path, embedder=other)
    with pytest.raises(IndexMismatchError, match="not 'some/other-model'"):
        TranscriptQA.load(path, model="some/other-model")


def test_refuses_other_dimension(tmp_path: Path):
    path = _built(tmp_path)
    with pytest.raises(IndexMismatchError, match=r"64-dimensional vectors .* makes 32-dimensional"):
        TranscriptQA.load(path, embedder=HashingEmbedder(dimension=32))


def test_refuses_other_format_version(tmp_path: Path):
    path = _built(tmp_path)
    manifest = json.loads((path / "manifest.json").read_text())
    manifest["format_version"] = 99
    (path / "manifest.json").write_text(json.dumps(manifest))
    with pytest.raises(IndexMismatchError, match=r"format version 99.*--full"):
        IndexStore(path)


def test_refuses_inconsistent_counts(tmp_path: Path):
    path = _built(tmp_path)
    manifest = json.loads((path / "manifest.json").read_text())
    manifest["counts"]["passages"] += 1
    (path / "manifest.json").write_text(json.dumps(manifest))
    with pytest.raises(IndexMismatchError, match="inconsistent"):
        IndexStore(path)


def test_refuses_truncated_vectors(tmp_path: Path):
    path = _built(tmp_path)
    data = (path / "vectors.faiss").read_bytes()
    (path / "vectors.faiss").write_bytes(data[: len(data) // 2])
    with pytest.raises(IndexMismatchError, match="damaged"):
        IndexStore(path)


def test_incremental_rebuild_reuses_unchanged_files(tmp_path: Path):
    src = _copy_sources(tmp_path)
    path = tmp_path / "index"
    first = build_index([src], path, embedder=HashingEmbedder())
    assert len(first.new) == 4 and first.embedded == first.passages

    again = build_index([src], path, embedder=HashingEmbedder())
    assert again.embedded == 0 and len(again.unchanged) == 4

    health = src / "committee" / "health-2019-03-12.txt"
    health.write_text(health.read_text() + "\nJohn Brown: One more thing about ambulances.\n")
    (src / "design-meeting.json").unlink()
    changed = build_index([src], path, embedder=HashingEmbedder())
    assert changed.changed == ["committee/health-2019-03-12"]
    assert changed.deleted == ["design-meeting"]
    # Only the new turn and its neighbour (whose embedded text shows it) are embedded again.
    assert (changed.embedded, changed.reused) == (2, 4)

    store = IndexStore(path)
    assert "design-meeting" not in store.transcript_info()
    assert store.transcript("committee/health-2019-03-12").turns[-1].text == "One more thing about ambulances."
    ids = [p.id for tid in store.transcript_info() for p in store.transcript_passages(tid)]
    assert sorted(ids) == list(range(store.vectors.ntotal))


def test_unreadable_file_keeps_its_indexed_version(tmp_path: Path):
    src = _copy_sources(tmp_path)
    path = tmp_path / "index"
    build_index([src], path, embedder=HashingEmbedder())
    (src / "design-meeting.json").write_text("{ not json")
    stats = build_index([src], path, embedder=HashingEmbedder())
    assert stats.kept == ["design-meeting"]
    assert "malformed JSON" in stats.skipped[str(src / "design-meeting.json")]
    assert IndexStore(path).transcript("design-meeting").turns[2].speaker == "Marketing"


def test_nothing_indexable_leaves_previous_index(tmp_path: Path):
    path = _built(tmp_path)
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / "a.txt").write_text("")
    with pytest.raises(QABotError, match=r"nothing to index .*file is empty"):
        build_index([empty], path, embedder=HashingEmbedder())
    assert IndexStore(path).manifest["counts"]["transcripts"] == 3


def test_failed_write_leaves_previous_index(tmp_path: Path, monkeypatch):
    path = _built(tmp_path)
    before = read_manifest(path)

    def explode(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr("faiss.write_index", explode)
    with pytest.raises(OSError, match="disk full"):
        build_index([SAMPLE_DIR], path, embedder=HashingEmbedder(), full=True)
    assert read_manifest(path) == before
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_interrupted_swap_is_recovered(tmp_path: Path):
    path = _built(tmp_path)
    backup = tmp_path / ".index.old-deadbeef"
    path.rename(backup)  # as if killed between the two renames of a swap
    assert IndexStore(path).manifest["counts"]["transcripts"] == 3
    assert not backup.exists()
