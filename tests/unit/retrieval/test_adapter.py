"""The query adapter: the bundled file, saving and loading, refusals, and that dense ranking (only) uses it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from qa_bot.embedding import DEFAULT_MODEL
from qa_bot.errors import QABotError
from qa_bot.pipeline.qa import TranscriptQA
from qa_bot.retrieval.adapter import BUNDLED_ADAPTER, QueryAdapter, resolve_adapter
from qa_bot.types import Filters
from tests.conftest import ROOT

QUESTION = "What did Lavrov say about ambassadors?"


def test_bundled_adapter_is_for_the_bundled_model_and_says_how_it_was_trained():
    adapter = QueryAdapter.load(BUNDLED_ADAPTER)
    assert adapter.model == DEFAULT_MODEL and adapter.dimension == 384
    assert "held out" in adapter.info["trained_on"] and adapter.info["recipe"]["epochs"] > 0
    assert np.isfinite(adapter.matrix).all() and 0 < np.abs(adapter.matrix).max() < 10
    assert resolve_adapter("default", DEFAULT_MODEL, 384).matrix.shape == (384, 384)


def test_save_load_round_trip_and_normalised_output(tmp_path: Path):
    rng = np.random.default_rng(1)
    matrix = rng.normal(scale=0.1, size=(8, 8)).astype(np.float32)
    path = QueryAdapter(matrix, "some/model", info={"trained_on": "test"}).save(tmp_path / "a.npz")
    loaded = QueryAdapter.load(path)
    assert loaded.model == "some/model" and loaded.info == {"trained_on": "test"}
    np.testing.assert_allclose(loaded.matrix, matrix, atol=1e-3)  # stored as float16
    vector = rng.normal(size=8).astype(np.float32)
    vector /= np.linalg.norm(vector)
    adapted = loaded(vector)
    assert adapted.dtype == np.float32 and abs(np.linalg.norm(adapted) - 1) < 1e-5
    expected = vector + vector @ loaded.matrix
    np.testing.assert_allclose(adapted, expected / np.linalg.norm(expected), atol=1e-6)
    identity = QueryAdapter(np.zeros((8, 8), np.float32), "some/model")
    np.testing.assert_allclose(identity(vector), vector, atol=1e-6)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "not found"),
        (b"not an npz file", "cannot be read"),
        ("square", "not a square matrix"),
        ("nan", "non-finite"),
        ("list", "not a square matrix with a model name"),
    ],
)
def test_unusable_adapter_files_are_clear_errors(tmp_path: Path, content, message):
    path = tmp_path / "adapter.npz"
    if isinstance(content, bytes):
        path.write_bytes(content)
    elif content == "square":
        np.savez(path, matrix=np.zeros((3, 4)), info=np.array(json.dumps({"model": "m"})))
    elif content == "list":
        np.savez(path, matrix=np.zeros((3, 3)), info=np.array(json.dumps(["m"])))
    elif content == "nan":
        np.savez(path, matrix=np.full((3, 3), np.nan), info=np.array(json.dumps({"model": "m"})))
    with pytest.raises(QABotError, match=message) as info:
        QueryAdapter.load(path)
    assert str(path) in str(info.value)


def test_resolve_adapter_none_other_models_and_mismatches(tmp_path: Path):
    assert resolve_adapter(None, DEFAULT_MODEL, 384) is None
    assert resolve_adapter("none", DEFAULT_MODEL, 384) is None
    assert resolve_adapter("default", "another/model", 768) is None  # no bundled adapter for it
    path = QueryAdapter(np.zeros((8, 8), np.float32), "some/model").save(tmp_path / "a.npz")
    with pytest.raises(QABotError, match="--query-adapter none"):
        resolve_adapter(str(path), DEFAULT_MODEL, 384)
    assert resolve_adapter(str(path), "some/model", 8).dimension == 8


def _pointing_adapter(model: str, question: np.ndarray, target: np.ndarray) -> QueryAdapter:
    """``v + v @ M`` = ``(v . question) * target``: sends the question straight to ``target``."""
    matrix = -np.eye(len(question), dtype=np.float32) + np.outer(question, target).astype(np.float32)
    return QueryAdapter(matrix, model)


def test_dense_ranking_uses_the_adapter_and_similarity_stays_the_plain_cosine(fake_index, fake_embedder):
    plain = TranscriptQA.load(fake_index, embedder=fake_embedder, method="dense")
    assert plain.query_adapter is None  # no bundled adapter for the fake model
    hits = plain.search(QUESTION, k=10)
    target = hits[-1]
    question = fake_embedder.encode([QUESTION])[0]
    vector = plain.store.passage_vectors([target.passage_id])[0]
    adapter = _pointing_adapter(fake_embedder.name, question, vector)
    for method in ("dense", "hybrid"):
        adapted = TranscriptQA.load(fake_index, embedder=fake_embedder, method=method, query_adapter=adapter)
        top = adapted.search(QUESTION, k=10)
        if method == "dense":
            assert top[0].passage_id == target.passage_id
        else:
            assert target.passage_id in [h.passage_id for h in top[:3]]
        chosen = next(h for h in top if h.passage_id == target.passage_id)
        assert chosen.similarity == pytest.approx(float(vector @ question), abs=1e-5)
    answer = adapted.ask(QUESTION)
    assert answer.hits and all(h.similarity is not None and h.similarity <= 1.0001 for h in answer.hits)


def test_fusion_gives_lexical_only_candidates_their_adapted_cosine(fake_index, fake_embedder):
    question = fake_embedder.encode([QUESTION])[0]
    plain = TranscriptQA.load(fake_index, embedder=fake_embedder, method="dense")
    target = plain.search(QUESTION, k=10)[-1]
    vector = plain.store.passage_vectors([target.passage_id])[0]
    adapted = TranscriptQA.load(
        fake_index, embedder=fake_embedder, query_adapter=_pointing_adapter(fake_embedder.name, question, vector)
    )
    dense = adapted.retriever("hybrid").dense
    ranked = dict(dense.scored(QUESTION, 20, Filters(), question))
    ids = list(ranked)
    assert dense.similarities(ids, question) == pytest.approx(ranked)  # the same scale as the dense ranking
    assert dense.similarities([target.passage_id], question)[target.passage_id] == pytest.approx(1.0, abs=1e-5)


def test_a_broken_adapter_file_stops_loading_with_a_clear_error(fake_index, fake_embedder, tmp_path: Path):
    path = tmp_path / "broken.npz"
    path.write_text("garbage")
    with pytest.raises(QABotError, match="cannot be read"):
        TranscriptQA.load(fake_index, embedder=fake_embedder, query_adapter=path)


@pytest.mark.integration
def test_the_real_index_uses_the_bundled_adapter(real_qa):
    assert real_qa.query_adapter is not None and real_qa.query_adapter.model == DEFAULT_MODEL


@pytest.mark.integration
def test_cli_query_adapter_option_and_one_line_error(real_index: Path, tmp_path: Path):
    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "qa_bot.presentation.cli", "search", "ambassadors",
             "--index", str(real_index), *args],
            capture_output=True, text=True, cwd=ROOT, timeout=300,
        )

    off = run("--query-adapter", "none", "--json", "-k", "3")
    assert off.returncode == 0, off.stderr
    assert len(json.loads(off.stdout)) == 3
    missing = run("--query-adapter", str(tmp_path / "nope.npz"))
    assert missing.returncode == 1
    assert missing.stderr.strip().count("\n") == 0 and "nope.npz" in missing.stderr
