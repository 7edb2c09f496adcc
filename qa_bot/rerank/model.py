"""The reader's weights: a cross-encoder kept as a small int8 delta on the bundled MiniLM.

The reader is all-MiniLM-L6-v2 (the embedding model the package already
ships) fine-tuned to read a question and a passage together and score how
well the passage answers it (``scripts/train_reader.py``). Shipping the whole
fine-tuned model would add 90 MB; the word embeddings stay frozen in
training, so only the transformer layers change, and their change is stored
as an int8 matrix with one scale per row (``d:`` arrays), with the vectors
(biases, layer norms) as float16 deltas (``h:``) and the new one-logit head in
full (``w:``). ``info`` records what it was trained on and how.

``assemble`` rebuilds the model from the bundled weights plus the delta into
a folder that sentence-transformers' ``CrossEncoder`` loads (and exports to
ONNX, see ``qa_bot.rerank.reader``).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import numpy as np

from qa_bot.errors import QABotError

FORMAT = "qa-bot-reader-delta/1"


def quantise_rows(delta: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """``(int8 values, float32 scale per row)`` with ``values * scale[:, None] ≈ delta``."""
    scale = np.abs(delta).max(axis=1) / 127.0
    scale[scale == 0] = 1.0
    values = np.clip(np.rint(delta / scale[:, None]), -127, 127).astype(np.int8)
    return values, scale.astype(np.float32)


def save_delta(
    path: str | Path, tuned: dict[str, np.ndarray], base: dict[str, np.ndarray], info: dict[str, Any]
) -> Path:
    """Write the parameters of ``tuned`` that differ from ``base`` (or are new) as a compressed delta."""
    arrays: dict[str, np.ndarray] = {}
    for name, value in tuned.items():
        value = np.asarray(value, dtype=np.float32)
        if name not in base:
            arrays[f"w:{name}"] = value
            continue
        delta = value - np.asarray(base[name], dtype=np.float32)
        if not delta.any():
            continue
        if delta.ndim == 2:
            arrays[f"d:{name}"], arrays[f"s:{name}"] = quantise_rows(delta)
        else:
            arrays[f"h:{name}"] = delta.astype(np.float16)
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as out:
        np.savez_compressed(out, info=np.array(json.dumps({**info, "format": FORMAT}, sort_keys=True)), **arrays)
    return path


def read_delta(path: str | Path) -> tuple[dict[str, np.ndarray], dict[str, np.ndarray], dict[str, Any]]:
    """``(deltas, new weights, info)`` of a file written by ``save_delta``; a clear error if it is not one."""
    path = Path(path)
    try:
        with np.load(path, allow_pickle=False) as data:
            info = json.loads(str(data["info"]))
            arrays = {key: np.asarray(data[key]) for key in data.files if key != "info"}
    except FileNotFoundError as exc:
        raise QABotError(f"reader {path} not found; pass --reader none to answer without it") from exc
    except (OSError, ValueError, KeyError) as exc:
        raise QABotError(f"reader {path} cannot be read ({exc}); retrain it or pass --reader none") from exc
    if not isinstance(info, dict) or info.get("format") != FORMAT:
        raise QABotError(f"reader {path} is not a {FORMAT} file; retrain it or pass --reader none")
    deltas: dict[str, np.ndarray] = {}
    weights: dict[str, np.ndarray] = {}
    for key, value in arrays.items():
        kind, name = key.split(":", 1)
        if kind == "d":
            deltas[name] = value.astype(np.float32) * arrays[f"s:{name}"][:, None]
        elif kind == "h":
            deltas[name] = value.astype(np.float32)
        elif kind == "w":
            weights[name] = value.astype(np.float32)
    return deltas, weights, info


def apply_delta(
    state: dict[str, Any], deltas: dict[str, np.ndarray], weights: dict[str, np.ndarray]
) -> dict[str, Any]:
    """``state`` (a torch state dict of the base model with a fresh head) with the delta added and the head set."""
    import torch

    missing = [name for name in [*deltas, *weights] if name not in state]
    if missing:
        raise QABotError(f"the reader does not fit this base model (no {', '.join(missing[:3])}); retrain it")
    out = dict(state)
    for name, delta in deltas.items():
        out[name] = state[name] + torch.from_numpy(delta).to(state[name].dtype)
    for name, value in weights.items():
        out[name] = torch.from_numpy(value).to(state[name].dtype)
    return out
