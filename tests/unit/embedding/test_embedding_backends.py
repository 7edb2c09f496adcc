"""Embedding backends: ONNX Runtime matches PyTorch, the ONNX copy is cached, int8 is recorded and followed."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import numpy as np
import pytest

from qa_bot.embedding import SentenceTransformerEmbedder, bundled_model_path
from qa_bot.embedding.onnx_cache import FP32_FILE, model_folder
from qa_bot.errors import IndexMismatchError, QABotError
from qa_bot.ingest import load_transcript
from qa_bot.pipeline.build import build_index
from qa_bot.pipeline.qa import TranscriptQA
from tests.conftest import SAMPLE_DIR, SEED

QUESTION = "What did Lavrov say about the Open Skies Treaty?"


@pytest.fixture(scope="module")
def seed_texts() -> list[str]:
    """Real text: every turn of the seed as the build embeds it, plus a question."""
    return [f"{t.speaker}: {t.text}" for t in load_transcript(SEED).turns] + [QUESTION]


@pytest.fixture(scope="module")
def torch_embedder() -> SentenceTransformerEmbedder:
    return SentenceTransformerEmbedder(device="cpu", backend="torch")


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"backend": "tensorflow"}, "unknown embedding backend 'tensorflow'; choose one of auto, onnx, torch"),
        ({"precision": "fp16"}, "unknown precision 'fp16'; choose one of fp32, int8"),
        ({"precision": "int8", "backend": "torch"}, "precision int8 runs a quantised ONNX model on the CPU"),
        ({"precision": "int8", "device": "cuda"}, "precision int8 runs a quantised ONNX model on the CPU"),
    ],
)
def test_bad_backend_or_precision_is_refused_before_loading(kwargs, message):
    with pytest.raises(QABotError, match=message):
        SentenceTransformerEmbedder(**kwargs)


@pytest.mark.integration
def test_onnx_is_the_cpu_default_and_matches_pytorch(real_embedder, torch_embedder, seed_texts):
    onnx = real_embedder.encode(seed_texts)
    torch = torch_embedder.encode(seed_texts)
    assert real_embedder.backend == "onnx" and torch_embedder.backend == "torch"
    assert onnx.shape == torch.shape == (len(seed_texts), 384)
    cosines = (onnx * torch).sum(axis=1)
    assert cosines.min() >= 0.9999, cosines
    assert real_embedder.count_tokens(seed_texts) == torch_embedder.count_tokens(seed_texts)


@pytest.mark.integration
def test_onnx_copy_is_exported_once_then_found(tmp_path, monkeypatch, caplog, torch_embedder, seed_texts):
    monkeypatch.setenv("QA_BOT_CACHE", str(tmp_path / "cache"))
    folder = model_folder(SentenceTransformerEmbedder().name, str(bundled_model_path()))
    assert folder.is_relative_to(tmp_path / "cache")
    with caplog.at_level(logging.INFO, logger="qa_bot.embedding.onnx_cache"):
        first = SentenceTransformerEmbedder(backend="onnx").encode(seed_texts)
    assert "exporting" in caplog.text and (folder / FP32_FILE).is_file()
    made = (folder / FP32_FILE).stat().st_mtime_ns
    assert [p.name for p in folder.parent.iterdir()] == [folder.name]  # no scratch folder left behind

    caplog.clear()
    with caplog.at_level(logging.INFO, logger="qa_bot.embedding.onnx_cache"):
        second = SentenceTransformerEmbedder(backend="onnx").encode(seed_texts)
    assert "exporting" not in caplog.text
    assert (folder / FP32_FILE).stat().st_mtime_ns == made
    np.testing.assert_allclose(first, second, atol=1e-6)
    assert ((first * torch_embedder.encode(seed_texts)).sum(axis=1)).min() >= 0.9999


@pytest.mark.integration
def test_unwritable_cache_exports_for_this_run_with_a_warning(tmp_path, monkeypatch, caplog, seed_texts):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder should be")
    monkeypatch.setenv("QA_BOT_CACHE", str(blocker))
    with caplog.at_level(logging.WARNING, logger="qa_bot.embedding.onnx_cache"):
        vectors = SentenceTransformerEmbedder(backend="onnx").encode(seed_texts[:2])
    assert "cannot write the ONNX cache" in caplog.text and "QA_BOT_CACHE" in caplog.text
    assert vectors.shape == (2, 384)


@pytest.mark.integration
def test_int8_index_records_its_precision_and_questions_follow_it(tmp_path, real_embedder, torch_embedder,
                                                                   seed_texts):
    int8 = SentenceTransformerEmbedder(precision="int8")
    cosines = (int8.encode(seed_texts) * torch_embedder.encode(seed_texts)).sum(axis=1)
    assert 0.95 <= cosines.mean() < 0.9999  # quantised: close, but not the same vectors

    index = tmp_path / "index"
    build_index([SAMPLE_DIR], index, embedder=int8)
    model = json.loads((index / "manifest.json").read_text())["model"]
    assert model["precision"] == "int8"

    qa = TranscriptQA.load(index)
    assert (qa.embedder.precision, qa.embedder.backend) == ("int8", "onnx")
    answer = qa.ask(QUESTION)
    assert answer.found and answer.citations[0].speaker == "Sergey Lavrov"
    assert "Open Skies" in answer.citations[0].quote
    qa.store.close()

    with pytest.raises(IndexMismatchError, match="holds int8 vectors but questions would be encoded at fp32"):
        TranscriptQA.load(index, embedder=real_embedder)

    stats = build_index([SAMPLE_DIR], index)  # no precision named: the index keeps its own, nothing re-embedded
    assert stats.embedded == 0 and len(stats.unchanged) == 1
    assert json.loads((index / "manifest.json").read_text())["model"]["precision"] == "int8"

    stats = build_index([SAMPLE_DIR], index, embedder=real_embedder)  # another precision: nothing reused
    assert stats.unchanged == [] and stats.reused == 0 and stats.embedded == stats.passages
    assert json.loads((index / "manifest.json").read_text())["model"]["precision"] == "fp32"


def test_index_without_a_recorded_precision_is_fp32(tmp_path: Path, fake_embedder):
    index = tmp_path / "index"
    build_index([SEED], index, embedder=fake_embedder)
    manifest = json.loads((index / "manifest.json").read_text())
    del manifest["model"]["precision"]  # as every index built before precision was recorded
    (index / "manifest.json").write_text(json.dumps(manifest))
    stats = build_index([SEED], index, embedder=fake_embedder)
    assert len(stats.unchanged) == 1 and stats.embedded == 0  # reused as it is
    TranscriptQA.load(index, embedder=fake_embedder).store.close()


def test_cache_key_follows_the_model_files_not_its_onnx_copies(tmp_path: Path):
    model = tmp_path / "onnx" / "my-model"  # a parent folder named "onnx" must not hide the model's files
    model.mkdir(parents=True)
    (model / "config.json").write_text("{}")
    (model / "model.safetensors").write_bytes(b"weights")
    first = model_folder(str(model), str(model), tmp_path / "cache")
    assert first.parent == tmp_path / "cache" / "onnx" and first.name.startswith("my-model-")

    (model / "onnx").mkdir()
    (model / "onnx" / "model.onnx").write_bytes(b"someone else's export")
    assert model_folder(str(model), str(model), tmp_path / "cache") == first

    (model / "model.safetensors").write_bytes(b"fine-tuned weights")  # a retrained model gets its own copy
    assert model_folder(str(model), str(model), tmp_path / "cache") != first
