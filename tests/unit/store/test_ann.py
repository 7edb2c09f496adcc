"""The approximate (HNSW) index: chosen by size, close to exact, and filters never starve."""

from __future__ import annotations

import datetime as dt
import json
import logging
from pathlib import Path

import numpy as np
import pytest

from qa_bot.config import VectorIndexConfig
from qa_bot.errors import IndexMismatchError
from qa_bot.pipeline.build import build_index
from qa_bot.pipeline.qa import TranscriptQA
from qa_bot.store import FORMAT_VERSION, IndexStore, write_index
from qa_bot.store import vectors as vector_module
from qa_bot.types import Filters, Passage, Transcript, Turn
from tests.conftest import FIXTURES
from tests.fakes import HashingEmbedder

DIM = 64
SPEAKERS = ["Alice", "Bob", "Carol", "Dave"]
RARE = "Rare Speaker"


def clustered_vectors(n: int, seed: int = 0, clusters: int = 50) -> np.ndarray:
    """Unit vectors around random centres: structured like text embeddings, unlike uniform noise."""
    rng = np.random.default_rng(seed)
    centres = rng.normal(size=(clusters, DIM))
    vectors = centres[rng.integers(0, clusters, n)] + 0.6 * rng.normal(size=(n, DIM))
    return (vectors / np.linalg.norm(vectors, axis=1, keepdims=True)).astype(np.float32)


def write_synthetic(path: Path, vectors: np.ndarray, config: VectorIndexConfig, per_transcript: int = 100) -> None:
    """An index whose passage i is turn i % per_transcript of transcript i // per_transcript.

    Every 97th passage is by ``RARE``; the others cycle through ``SPEAKERS``.
    """
    transcripts: list[tuple[Transcript, str]] = []
    passages: list[Passage] = []
    for i in range(len(vectors)):
        tid, idx = f"t{i // per_transcript:03d}", i % per_transcript
        if idx == 0:
            date = dt.date(2020, 1, 1) + dt.timedelta(days=i // per_transcript)
            transcripts.append((Transcript(tid, f"Meeting {tid}", date, None, f"{tid}.txt", [], "plain"), "0" * 64))
        speaker = RARE if i % 97 == 0 else SPEAKERS[i % len(SPEAKERS)]
        text = f"passage {i} words"
        transcripts[-1][0].turns.append(Turn(tid, idx, speaker, text))
        passages.append(Passage(i, tid, idx, idx, speaker, 0, len(text), text, None, text, text))
    manifest = {
        "format_version": FORMAT_VERSION,
        "model": {"name": HashingEmbedder.name, "dimension": DIM, "normalized": True, "max_tokens": 256},
        "counts": {"transcripts": len(transcripts), "turns": len(passages), "passages": len(passages)},
        "files": {},
    }
    write_index(path, manifest, transcripts, passages, vectors, config)


def exact(vectors: np.ndarray, query: np.ndarray, k: int, allowed: np.ndarray | None = None) -> list[int]:
    ids = np.arange(len(vectors)) if allowed is None else np.sort(allowed)
    scores = vectors[ids] @ query
    return [int(ids[i]) for i in np.argsort(-scores, kind="stable")[:k]]


@pytest.fixture(scope="module")
def hnsw_index(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, np.ndarray]:
    vectors = clustered_vectors(4000)
    path = tmp_path_factory.mktemp("ann") / "index"
    write_synthetic(path, vectors, VectorIndexConfig(ann_threshold=1000, exact_filter_limit=300))
    return path, vectors


def test_switches_to_hnsw_above_the_threshold(tmp_path: Path, hnsw_index):
    path, vectors = hnsw_index
    store = IndexStore(path)
    assert type(store.vectors).__name__ == "IndexHNSWFlat"
    info = store.manifest["faiss"]
    assert info["type"] == "IndexHNSWFlat" and info["ann_threshold"] == 1000 and info["ef_search"] > 0
    np.testing.assert_array_equal(store.passage_vectors([5, 0, 3999]), vectors[[5, 0, 3999]])

    write_synthetic(tmp_path / "small", vectors[:1000], VectorIndexConfig(ann_threshold=1000))
    small = IndexStore(tmp_path / "small")
    assert type(small.vectors).__name__ == "IndexFlatIP" and small.manifest["faiss"]["type"] == "IndexFlatIP"


def test_threshold_from_the_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path):
    monkeypatch.setenv("QA_BOT_ANN_THRESHOLD", "10")
    assert VectorIndexConfig.from_env().ann_threshold == 10
    first = build_index([FIXTURES], tmp_path / "index", embedder=HashingEmbedder())
    assert first.passages > 10
    store = IndexStore(tmp_path / "index")
    assert store.manifest["faiss"]["type"] == "IndexHNSWFlat"
    store.close()
    # An incremental rebuild copies the vectors out of the HNSW index.
    again = build_index([FIXTURES], tmp_path / "index", embedder=HashingEmbedder())
    assert again.embedded == 0
    hits = TranscriptQA.load(tmp_path / "index", embedder=HashingEmbedder()).search(
        "waiting lists in hospitals", k=3, method="dense", speaker="John Brown"
    )
    assert hits and all(h.speaker == "John Brown" for h in hits)

    monkeypatch.setenv("QA_BOT_ANN_THRESHOLD", "many")
    with pytest.raises(ValueError, match="QA_BOT_ANN_THRESHOLD"):
        VectorIndexConfig.from_env()


def test_recall_against_exact_search(hnsw_index):
    path, vectors = hnsw_index
    store = IndexStore(path)
    queries = clustered_vectors(100, seed=1)
    recall = np.mean([
        len({pid for pid, _ in store.search(q, 10)} & set(exact(vectors, q, 10))) / 10 for q in queries
    ])
    assert recall >= 0.95


@pytest.mark.parametrize(
    "filters",
    [
        Filters(speakers=(RARE,)),  # 42 passages scattered over the graph: scored exactly
        Filters(transcripts=("t007",)),  # 100 contiguous passages
        Filters(speakers=("Alice",)),  # ~1000 passages: a filtered graph search
        Filters(speakers=("Alice", "Bob"), date_from=dt.date(2020, 1, 20)),
    ],
)
def test_filtered_search_returns_every_match(hnsw_index, filters: Filters):
    path, vectors = hnsw_index
    store = IndexStore(path)
    allowed = store.filter_ids(filters)
    assert allowed is not None and len(allowed)
    for q in clustered_vectors(20, seed=2):
        for k in (10, 60):
            found = store.search(q, k, allowed)
            assert len(found) == min(k, len(allowed))  # never fewer hits than exist
            assert {pid for pid, _ in found} <= set(allowed.tolist())
            if len(allowed) <= store.vector_config.exact_filter_limit:
                assert [pid for pid, _ in found] == exact(vectors, q, k, allowed)
            else:
                assert len({pid for pid, _ in found} & set(exact(vectors, q, k, allowed))) >= 0.9 * len(found)


def test_a_short_graph_search_falls_back_to_exact(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
):
    """With no exact shortcut and a narrow graph search, a three-passage filter still returns all three."""
    vectors = clustered_vectors(3000, seed=3)
    config = VectorIndexConfig(ann_threshold=100, exact_filter_limit=0, ef_search=8)
    write_synthetic(tmp_path / "index", vectors, config)
    monkeypatch.setattr(vector_module, "MAX_EF_SEARCH", 8)
    store = IndexStore(tmp_path / "index")
    allowed = np.array([5, 1500, 2999])
    caplog.set_level(logging.DEBUG, logger="qa_bot.store")
    for q in clustered_vectors(10, seed=4):
        assert [pid for pid, _ in store.search(q, 10, allowed)] == exact(vectors, q, 10, allowed)
    assert "scoring the 3 allowed passages exactly" in caplog.text


def test_dense_retrieval_through_the_api(hnsw_index):
    path, _ = hnsw_index
    qa = TranscriptQA.load(path, embedder=HashingEmbedder(DIM))
    hits = qa.search("passage words", k=50, method="dense", speaker=RARE)
    assert len(hits) == 42 and {h.speaker for h in hits} == {RARE}
    assert all(h.similarity is not None for h in hits)


def test_manifest_and_vectors_must_agree(tmp_path: Path, hnsw_index):
    path, _ = hnsw_index
    copy = tmp_path / "copy"
    copy.mkdir()
    for part in path.iterdir():
        (copy / part.name).write_bytes(part.read_bytes())
    manifest = json.loads((copy / "manifest.json").read_text())
    manifest["faiss"]["type"] = "IndexFlatIP"
    (copy / "manifest.json").write_text(json.dumps(manifest))
    with pytest.raises(IndexMismatchError, match="holds an IndexHNSWFlat, the manifest says 'IndexFlatIP'"):
        IndexStore(copy)
