"""The reader: its delta file format, and the bundled reader judging answers (real model)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from qa_bot.errors import QABotError
from qa_bot.rerank.model import read_delta, save_delta
from qa_bot.rerank.reader import BUNDLED_READER, Reader, resolve_reader
from qa_bot.types import Hit


def test_a_delta_round_trips_within_int8_precision(tmp_path: Path):
    rng = np.random.default_rng(0)
    base = {"layer.weight": rng.normal(size=(8, 4)).astype(np.float32), "layer.bias": np.zeros(8, np.float32)}
    change = rng.normal(scale=0.01, size=(8, 4)).astype(np.float32)
    tuned = {"layer.weight": base["layer.weight"] + change, "layer.bias": np.full(8, 0.5, np.float32),
             "head.weight": np.ones((1, 4), np.float32)}
    deltas, weights, info = read_delta(save_delta(tmp_path / "r.npz", tuned, base, {"max_tokens": 96}))
    assert np.abs(deltas["layer.weight"] - change).max() <= np.abs(change).max() / 127
    assert np.allclose(deltas["layer.bias"], 0.5, atol=1e-3)
    assert np.array_equal(weights["head.weight"], tuned["head.weight"])  # new parameters are kept whole
    assert info["max_tokens"] == 96


def test_a_file_that_is_no_reader_is_refused_with_what_to_do(tmp_path: Path):
    bad = tmp_path / "adapter.npz"
    np.savez(bad, matrix=np.eye(2))
    with pytest.raises(QABotError, match="--reader none"):
        Reader.load(bad)
    with pytest.raises(QABotError, match="not found"):
        resolve_reader(tmp_path / "missing.npz")
    assert resolve_reader("none") is None and resolve_reader(None) is None


def _hit(speaker: str, text: str) -> Hit:
    return Hit("t", "T", None, speaker, 0, 0, text, 1.0)


@pytest.mark.integration
def test_the_bundled_reader_puts_the_answering_passage_first():
    assert BUNDLED_READER.is_file() and BUNDLED_READER.stat().st_size < 30e6
    reader = resolve_reader("default")
    hits = [
        _hit("Rob Hartley", "The project began in late 2007, when three engineers were waiting for a huge build."),
        _hit("Host", "What was the hardest part of those early years?"),
        _hit("Rob Hartley", "Saying no. Everyone wanted generics and exceptions, and we kept the language small."),
    ]
    assert int(np.argmax(reader.scores("Why did they keep the language small?", hits))) == 2
    assert int(np.argmax(reader.scores("When did the project begin?", hits))) == 0
    assert reader.info["script"] == "scripts/train_reader.py" and "trained_on" in reader.info
