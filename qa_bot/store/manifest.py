"""The manifest: the JSON file that describes an index (model, settings, counts, files) and is read first."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from qa_bot.errors import IndexMismatchError, IndexNotFoundError
from qa_bot.store.files import recover
from qa_bot.store.schema import FORMAT_VERSION, MANIFEST_FILE


def read_manifest(index_dir: str | Path) -> dict[str, Any]:
    """The manifest of an index, or ``IndexNotFoundError`` / ``IndexMismatchError`` saying how to rebuild.

    An interrupted swap is finished first (``files.recover``), so a crash
    during a rebuild leaves the previous index readable.
    """
    index_dir = Path(index_dir)
    recover(index_dir, MANIFEST_FILE)
    path = index_dir / MANIFEST_FILE
    if not path.exists():
        raise IndexNotFoundError(
            f"no index at {index_dir}: build one with `qa-bot index SRC... --index {index_dir}`"
        )
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise IndexMismatchError(f"index manifest {path} is unreadable ({exc}); rebuild with --full") from exc
    version = manifest.get("format_version") if isinstance(manifest, dict) else None
    if version != FORMAT_VERSION:
        raise IndexMismatchError(
            f"index at {index_dir} has format version {version!r}, this qa-bot reads version "
            f"{FORMAT_VERSION}; rebuild it with `qa-bot index SRC... --index {index_dir} --full`"
        )
    return manifest
