"""The reader: a cross-encoder that reads the question and each retrieved passage together.

Retrieval embeds the question and the passages apart, so it finds the
passages on the topic; the reader scores how well each one *answers* the
question, which is what choosing the quote needs. It is the bundled MiniLM
fine-tuned here (``scripts/train_reader.py``) and shipped as a small delta
(``qa_bot.rerank.model``); the first use rebuilds the whole model into the
cache folder (``$QA_BOT_CACHE/reader``) and runs it with ONNX Runtime on a
CPU (exported once, ``qa_bot.embedding.onnx_cache``) or PyTorch on a GPU.

``--reader none`` (``reader="none"``) answers without it, as before.
"""

from __future__ import annotations

import hashlib
import logging
import shutil
import tempfile
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from qa_bot.config import DEFAULT_SPEC, NO_SPEC, cache_root
from qa_bot.embedding import bundled_model_path
from qa_bot.errors import QABotError
from qa_bot.rerank.model import apply_delta, read_delta
from qa_bot.types import Hit

logger = logging.getLogger(__name__)

BUNDLED_READER = Path(__file__).resolve().parents[1] / "data" / "reader_minilm.npz"
DEFAULT_READER = DEFAULT_SPEC
NO_READER = NO_SPEC



def passage_text(hit: Hit) -> str:
    """What the reader reads of a passage: ``speaker: text``, as in training."""
    return f"{hit.speaker}: {hit.text}"


class Reader:
    """Scores ``(question, passage)`` pairs; the model is built and loaded on first use. Thread-safe."""

    def __init__(
        self, path: Path, info: dict[str, Any], backend: str = "auto", precision: str = "int8",
        max_tokens: int | None = None,
    ) -> None:
        self.path = path
        self.info = info
        self.backend = backend
        self.precision = precision
        self.max_tokens = max_tokens or int(info.get("max_tokens", 128))
        self._model: Any = None
        self._lock = threading.Lock()

    @classmethod
    def load(
        cls, path: str | Path, backend: str = "auto", precision: str = "int8", max_tokens: int | None = None
    ) -> Reader:
        """A reader from a delta file (read now, so a bad file fails at load time, not at the first question).

        ``max_tokens`` caps each pair (default: the length it was trained at).
        """
        path = Path(path)
        _, _, info = read_delta(path)
        return cls(path, info, backend, precision, max_tokens)

    def describe(self) -> str:
        """One line for logs: which reader, trained on what."""
        return f"{self.path.name} (trained on {self.info.get('trained_on', 'unknown data')})"

    def scores(self, question: str, hits: Sequence[Hit]) -> np.ndarray:
        """The reader's logit for each hit answering ``question`` (higher is better)."""
        if not hits:
            return np.zeros(0, dtype=np.float32)
        model = self._loaded()
        pairs = [(question, passage_text(h)) for h in hits]
        out = model.predict(pairs, batch_size=32, show_progress_bar=False, activation_fn=_identity)
        return np.asarray(out, dtype=np.float32).reshape(-1)

    def warm_up(self) -> None:
        """Build and load the model now rather than at the first question."""
        self._loaded()

    def _loaded(self) -> Any:
        if self._model is None:
            with self._lock:
                if self._model is None:
                    self._model = self._open()
        return self._model

    def _open(self) -> Any:
        import torch

        folder = _assembled(self.path)
        if self.backend == "torch" or (self.backend == "auto" and torch.cuda.is_available()):
            from sentence_transformers import CrossEncoder

            return CrossEncoder(str(folder), max_length=self.max_tokens, activation_fn=_identity)
        from qa_bot.embedding.onnx_cache import load_onnx_model

        model, _ = load_onnx_model(f"reader-{folder.name}", str(folder), self.precision, cross_encoder=True)
        model.max_length = self.max_tokens
        return model


def _identity(x: Any) -> Any:
    return x


def _assembled(path: Path) -> Path:
    """The folder holding the whole reader model (bundled weights plus the delta), made once per delta file."""
    digest = hashlib.sha256(path.read_bytes()).hexdigest()[:12]
    folder = cache_root() / "reader" / f"{path.stem}-{digest}"
    if (folder / "config.json").is_file():
        return folder
    from transformers import AutoTokenizer, BertForSequenceClassification
    from transformers.utils import logging as hf_logging

    logger.info("building the reader from %s (once) into %s", path.name, folder)
    deltas, weights, _ = read_delta(path)
    base = bundled_model_path()
    verbosity = hf_logging.get_verbosity()
    hf_logging.set_verbosity_error()  # the fresh head it warns about is set from the delta just below
    try:
        model = BertForSequenceClassification.from_pretrained(str(base), num_labels=1)
    finally:
        hf_logging.set_verbosity(verbosity)
    model.load_state_dict(apply_delta(model.state_dict(), deltas, weights))
    folder.parent.mkdir(parents=True, exist_ok=True)
    scratch = Path(tempfile.mkdtemp(prefix=".build-", dir=folder.parent))
    try:
        model.save_pretrained(str(scratch))
        AutoTokenizer.from_pretrained(str(base)).save_pretrained(str(scratch))
        try:
            scratch.rename(folder)
        except OSError:  # another process finished first: keep its copy
            if not (folder / "config.json").is_file():
                raise
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    return folder


def resolve_reader(
    spec: str | Path | Reader | None, backend: str = "auto", precision: str = "int8", max_tokens: int | None = None
) -> Reader | None:
    """The reader for ``spec``: ``"default"`` (bundled), ``"none"``/None, a ``Reader``, or a delta file.

    The bundled reader reads text, not vectors, so it serves an index built
    with any embedding model.
    """
    if spec is None or spec == NO_READER:
        return None
    if isinstance(spec, Reader):
        return spec
    if spec == DEFAULT_READER:
        if not BUNDLED_READER.is_file():
            raise QABotError(f"the bundled reader {BUNDLED_READER} is missing; reinstall qa-bot or pass --reader none")
        return Reader.load(BUNDLED_READER, backend, precision, max_tokens)
    return Reader.load(spec, backend, precision, max_tokens)
