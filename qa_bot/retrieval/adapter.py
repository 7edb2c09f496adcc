"""A learned query adapter: moves a question's vector towards the passages that answer questions like it.

all-MiniLM-L6-v2 was trained on web pairs, not on questions about meetings
("What did Marketing think of the look of the product when evaluating the
prototype?"). A residual linear map of the *question* vector,
``normalise(v + v @ M)``, fitted on QMSum training meetings
(``scripts/train_query_adapter.py``), ranks gold turns higher without touching
the passage vectors: any index built with the same model can use it, and
turning it off needs no rebuild. Only dense ranking uses the adapted vector;
the similarities that answers and abstention read stay the plain cosine.

The bundled adapter is for the bundled model. Another model gets none unless
the caller gives one trained for it (``--query-adapter FILE``).
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from qa_bot.config import DEFAULT_SPEC, NO_SPEC, model_spec
from qa_bot.embedding import DEFAULT_MODEL
from qa_bot.errors import QABotError

logger = logging.getLogger(__name__)

BUNDLED_ADAPTER = Path(__file__).resolve().parents[1] / "data" / "query_adapter_minilm_qmsum.npz"
DEFAULT_ADAPTER = DEFAULT_SPEC
NO_ADAPTER = NO_SPEC


def default_adapter_spec() -> str:
    """``$QA_BOT_QUERY_ADAPTER`` or ``"default"``."""
    return model_spec("query_adapter")


@dataclass(frozen=True)
class QueryAdapter:
    """``normalise(v + v @ matrix)`` for one embedding model; ``info`` says how it was trained."""

    matrix: np.ndarray
    model: str
    path: Path | None = None
    info: dict[str, Any] = field(default_factory=dict)

    @property
    def dimension(self) -> int:
        return int(self.matrix.shape[0])

    def __call__(self, vector: np.ndarray) -> np.ndarray:
        """The adapted, L2-normalised vector (float32) of one question vector."""
        vector = np.asarray(vector, dtype=np.float32)
        adapted = vector + vector @ self.matrix
        norm = float(np.linalg.norm(adapted))
        return (adapted / norm if norm > 0 else vector).astype(np.float32)

    def describe(self) -> str:
        """One line for logs and errors: which adapter, for which model, trained on what."""
        trained = self.info.get("trained_on", "unknown data")
        return f"{self.path.name if self.path else 'in-memory'} for {self.model} (trained on {trained})"

    def save(self, path: str | Path) -> Path:
        """Write the adapter as ``.npz``: the matrix as float16 (half the size, same rankings) and its info."""
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        info = json.dumps({**self.info, "model": self.model}, sort_keys=True)
        with path.open("wb") as out:
            np.savez_compressed(out, matrix=self.matrix.astype(np.float16), info=np.array(info))
        return path

    @classmethod
    def load(cls, path: str | Path) -> QueryAdapter:
        """Read an adapter written by ``save``; a clear ``QABotError`` if it is missing or damaged."""
        path = Path(path)
        try:
            with np.load(path, allow_pickle=False) as data:
                matrix = np.asarray(data["matrix"], dtype=np.float32)
                info = json.loads(str(data["info"]))
        except FileNotFoundError as exc:
            raise QABotError(f"query adapter {path} not found") from exc
        except (OSError, ValueError, KeyError) as exc:
            raise QABotError(
                f"query adapter {path} cannot be read ({exc}); retrain it or pass --query-adapter none"
            ) from exc
        square = matrix.ndim == 2 and matrix.shape[0] == matrix.shape[1]
        if not square or not isinstance(info, dict) or not isinstance(info.get("model"), str):
            raise QABotError(f"query adapter {path} is not a square matrix with a model name; retrain it")
        if not np.isfinite(matrix).all():
            raise QABotError(f"query adapter {path} holds non-finite values; retrain it")
        return cls(matrix=matrix, model=info.pop("model"), path=path, info=info)


def resolve_adapter(spec: str | Path | QueryAdapter | None, model: str, dimension: int) -> QueryAdapter | None:
    """The adapter for ``model``: ``"default"`` (bundled; bundled model only), ``"none"``/None, or a file.

    A file trained for another model or dimension is refused: its map would
    scramble the question vectors instead of sharpening them.
    """
    if spec is None or spec == NO_ADAPTER:
        return None
    if isinstance(spec, QueryAdapter):
        adapter = spec
    elif spec == DEFAULT_ADAPTER:
        if model != DEFAULT_MODEL:
            logger.info("no bundled query adapter for %s; dense search uses the plain question vector", model)
            return None
        adapter = QueryAdapter.load(BUNDLED_ADAPTER)
    else:
        adapter = QueryAdapter.load(spec)
    if adapter.model != model or adapter.dimension != dimension:
        raise QABotError(
            f"query adapter {adapter.describe()} is {adapter.dimension}-dimensional for {adapter.model!r}; "
            f"the index uses {model!r} ({dimension} dimensions). Pass --query-adapter none or one trained for it"
        )
    return adapter
