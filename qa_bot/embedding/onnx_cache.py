"""ONNX copies of sentence-transformers models, made once and kept in a cache folder.

sentence-transformers exports a model to ONNX itself (``backend="onnx"``) and
quantises it to int8 (``export_dynamic_quantized_onnx_model``); this module
only decides where the result lives so the next process finds it: a folder
per model under ``$QA_BOT_CACHE`` (default ``~/.cache/qa-bot``), keyed by the
model's name and the sizes and times of its files, so an upgraded model gets
a new copy. Nothing is downloaded: the export reads the local model.

Writes are atomic (a temporary folder or file, then a rename), so two
processes exporting at once, or one killed half-way, never leave a partial
model that a later run would load.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import platform
import re
import shutil
import tempfile
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from qa_bot.config import cache_root, variable
from qa_bot.errors import QABotError

logger = logging.getLogger(__name__)

FP32_FILE = "onnx/model.onnx"


def quantization_target() -> str:
    """The int8 configuration sentence-transformers offers that suits this CPU.

    ``avx512_vnni`` where the CPU has VNNI (fastest), ``avx512`` with AVX-512,
    ``arm64`` on ARM, and ``avx2`` otherwise (its reduced range avoids the
    saturation older x86 CPUs suffer with 8-bit weights).
    """
    if platform.machine().lower() in {"arm64", "aarch64"}:
        return "arm64"
    try:
        flags = next(
            (line.split(":", 1)[1].split() for line in Path("/proc/cpuinfo").read_text().splitlines()
             if line.startswith("flags")),
            [],
        )
    except OSError:
        flags = []
    if "avx512_vnni" in flags:
        return "avx512_vnni"
    return "avx512" if "avx512f" in flags else "avx2"


def model_folder(name: str, location: str, root: Path | None = None) -> Path:
    """The cache folder of the ONNX copy of the model at ``location`` (a folder or a model name)."""
    digest = hashlib.sha256(name.encode())
    source = Path(location)
    if source.is_dir():
        for path in sorted(source.rglob("*")):
            relative = path.relative_to(source)
            if path.is_file() and "onnx" not in relative.parts:  # a copy the folder may already hold
                info = path.stat()
                digest.update(f"{relative}:{info.st_size}:{info.st_mtime_ns}\n".encode())
    slug = re.sub(r"[^A-Za-z0-9_.-]+", "-", name.rsplit("/", 1)[-1]).strip("-") or "model"
    return (root or cache_root()) / "onnx" / f"{slug}-{digest.hexdigest()[:12]}"


def load_onnx_model(
    name: str, location: str, precision: str, root: Path | None = None, *, cross_encoder: bool = False
) -> tuple[Any, str]:
    """A CPU ``SentenceTransformer`` (``CrossEncoder`` with ``cross_encoder``) running the model's ONNX copy.

    The copy is exported on first use. Returns the model and the ONNX file it
    runs (relative to the cache folder), e.g. ``onnx/model_int8_avx512_vnni.onnx`` for ``int8``.
    """
    folder = model_folder(name, location, root)
    target = None if precision == "fp32" else quantization_target()
    model_class = _model_class(cross_encoder)
    try:
        file_name = _ensure_exported(folder, location, target, model_class)
    except OSError as exc:  # an unwritable cache: export into a folder of this process's own
        scratch = Path(tempfile.mkdtemp(prefix="qa-bot-onnx-"))
        logger.warning("cannot write the ONNX cache at %s (%s); exporting into %s for this run only. "
                       "Set %s to a writable folder to keep it.", folder, exc, scratch, variable("cache"))
        folder = scratch / folder.name
        file_name = _ensure_exported(folder, location, target, model_class)
    return _open(folder, file_name, model_class), file_name


def _model_class(cross_encoder: bool) -> Any:
    from sentence_transformers import CrossEncoder, SentenceTransformer

    return CrossEncoder if cross_encoder else SentenceTransformer


def _open(folder: Path, file_name: str, model_class: Any) -> Any:
    return model_class(str(folder), device="cpu", backend="onnx",
                       model_kwargs={"file_name": file_name, "provider": "CPUExecutionProvider"})


@contextlib.contextmanager
def _quiet() -> Iterator[None]:
    """Silence the exporters' advice and tracer warnings: the export is routine here, and logged once."""
    loggers = [logging.getLogger(name) for name in ("sentence_transformers", "transformers", "optimum")]
    levels = [lg.level for lg in loggers]
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            for lg in loggers:
                lg.setLevel(logging.ERROR)
            yield
    finally:
        for lg, level in zip(loggers, levels, strict=True):
            lg.setLevel(level)


def _ensure_exported(folder: Path, location: str, int8_target: str | None, model_class: Any) -> str:
    """Make ``folder`` hold the fp32 ONNX model and, with an ``int8_target``, its int8 copy; the file to run."""
    with _quiet():
        _export_fp32(folder, location, model_class)
        if int8_target is None:
            return FP32_FILE
        return _export_int8(folder, int8_target, model_class)


def _export_fp32(folder: Path, location: str, model_class: Any) -> None:
    if not (folder / FP32_FILE).is_file():
        logger.info("exporting %s to ONNX (once) into %s", location, folder)
        folder.parent.mkdir(parents=True, exist_ok=True)
        scratch = Path(tempfile.mkdtemp(prefix=".export-", dir=folder.parent))
        try:
            model = model_class(location, device="cpu", backend="onnx")
            model.save_pretrained(str(scratch))
            if not (scratch / FP32_FILE).is_file():
                raise QABotError(f"exporting {location} to ONNX made no {FP32_FILE}; use --backend torch")
            try:
                scratch.rename(folder)
            except OSError:  # another process finished first: keep its copy
                if not (folder / FP32_FILE).is_file():
                    raise
        finally:
            shutil.rmtree(scratch, ignore_errors=True)


def _export_int8(folder: Path, target: str, model_class: Any) -> str:
    file_name = f"onnx/model_int8_{target}.onnx"
    if not (folder / file_name).is_file():
        from sentence_transformers.backend import export_dynamic_quantized_onnx_model

        logger.info("quantising the ONNX model to int8 (%s, once) into %s", target, folder)
        scratch = Path(tempfile.mkdtemp(prefix=".quantize-", dir=folder))
        try:
            export_dynamic_quantized_onnx_model(_open(folder, FP32_FILE, model_class), target, str(scratch),
                                                file_suffix=f"int8_{target}")
            os.replace(scratch / file_name, folder / file_name)
        finally:
            shutil.rmtree(scratch, ignore_errors=True)
    return file_name
