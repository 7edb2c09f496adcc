"""A deterministic stand-in for the embedding model, for fast unit tests.

Bag of hashed words, L2-normalised: texts sharing words get similar vectors.
Integration tests use the real bundled model instead.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

import numpy as np

from qa_bot.text import words


class HashingEmbedder:
    name = "test/hashing-bag-of-words"
    precision = "fp32"

    def __init__(self, dimension: int = 64) -> None:
        self._dimension = dimension

    @property
    def dimension(self) -> int:
        return self._dimension

    @property
    def max_tokens(self) -> int:
        return 256

    def encode(self, texts: Sequence[str], *, progress: bool = False) -> np.ndarray:
        out = np.zeros((len(texts), self._dimension), dtype=np.float32)
        for row, text in enumerate(texts):
            for word in words(text):
                bucket = int(hashlib.md5(word.encode()).hexdigest()[:8], 16) % self._dimension
                out[row, bucket] += 1.0
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        return out / np.where(norms == 0, 1.0, norms)

    def count_tokens(self, texts: Sequence[str]) -> list[int]:
        return [len(text.split()) for text in texts]
