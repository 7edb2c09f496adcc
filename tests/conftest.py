"""Shared fixtures: the bundled sample, small test transcripts, a fake and the real embedder."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")

from qa_bot.embedding import SentenceTransformerEmbedder
from qa_bot.pipeline.build import build_index
from qa_bot.pipeline.qa import TranscriptQA
from tests.fakes import HashingEmbedder
from tests.milvus_server import MilvusLiteServer

ROOT = Path(__file__).resolve().parents[1]
SAMPLE_DIR = ROOT / "data" / "sample"
SEED = SAMPLE_DIR / "lavrov-makei-2021-06-18.txt"
FIXTURE_ROOT = Path(__file__).resolve().parent / "fixtures"
FIXTURES = FIXTURE_ROOT / "transcripts"


@pytest.fixture(scope="session")
def fake_embedder() -> HashingEmbedder:
    return HashingEmbedder()


@pytest.fixture(scope="session")
def real_embedder() -> SentenceTransformerEmbedder:
    """The bundled all-MiniLM-L6-v2, loaded once for the whole session."""
    return SentenceTransformerEmbedder(device="cpu")


@pytest.fixture(scope="session")
def fake_index(tmp_path_factory: pytest.TempPathFactory, fake_embedder: HashingEmbedder) -> Path:
    """An index of the seed plus the test transcripts, built with the fake embedder."""
    path = tmp_path_factory.mktemp("fake") / "index"
    build_index([SAMPLE_DIR, FIXTURES], path, embedder=fake_embedder)
    return path


@pytest.fixture(scope="session")
def real_index(tmp_path_factory: pytest.TempPathFactory, real_embedder: SentenceTransformerEmbedder) -> Path:
    """An index of the bundled sample built with the real model."""
    path = tmp_path_factory.mktemp("real") / "index"
    build_index([SAMPLE_DIR], path, embedder=real_embedder)
    return path


@pytest.fixture(scope="session")
def real_qa(real_index: Path, real_embedder: SentenceTransformerEmbedder) -> TranscriptQA:
    return TranscriptQA.load(real_index, embedder=real_embedder)


@pytest.fixture(scope="session")
def fake_qa(fake_index: Path, fake_embedder: HashingEmbedder) -> TranscriptQA:
    """Without the reader: these tests check the logic around the models, the integration tests the models."""
    return TranscriptQA.load(fake_index, embedder=fake_embedder, reader="none")


@pytest.fixture(scope="session")
def milvus_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[MilvusLiteServer]:
    """A real ``milvus-lite server`` on a free loopback port, for the whole session (a failure to start fails)."""
    server = MilvusLiteServer(tmp_path_factory.mktemp("milvus") / "data")
    try:
        server.start()
    except (RuntimeError, ImportError) as exc:
        pytest.fail(f"cannot start the Milvus Lite server the Milvus tests need (pip install -e '.[milvus]'): {exc}")
    yield server
    server.stop()


def written(folder: Path, name: str, text: str):
    """The transcript ``load_transcript`` reads from a file ``name`` holding ``text`` (UTF-8)."""
    from qa_bot.ingest import load_transcript

    path = folder / name
    path.write_text(text, encoding="utf-8")
    return load_transcript(path)


def said(transcript, words: str) -> str:
    """Who ``transcript`` credits with the turn holding ``words`` (exactly one turn must hold them)."""
    holders = [t.speaker for t in transcript.turns if words in t.text]
    assert len(holders) == 1, (words, holders)
    return holders[0]


def refusal(folder: Path, name: str, data: bytes) -> str:
    """The reason ``load_transcript`` refuses a file ``name`` holding ``data`` (it must refuse it)."""
    from qa_bot.errors import IngestError
    from qa_bot.ingest import load_transcript

    path = folder / name
    path.write_bytes(data)
    with pytest.raises(IngestError) as info:
        load_transcript(path)
    assert info.value.path == str(path) and str(path) in str(info.value)
    return info.value.reason
