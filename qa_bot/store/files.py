"""Writing an index folder so a crash never leaves half of one: scratch folder, fsync, swap, recovery."""

from __future__ import annotations

import json
import logging
import os
import shutil
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

logger = logging.getLogger(__name__)


@contextmanager
def scratch_folder(target: Path) -> Iterator[Path]:
    """A fresh folder beside ``target`` to write a build into; removed if the block fails.

    Its name carries this process's id, so ``recover`` can tell a live build
    from the leftovers of a killed one.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.parent / f".{target.name}.tmp-{os.getpid()}-{uuid.uuid4().hex[:8]}"
    tmp.mkdir()
    try:
        yield tmp
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise


def write_json(path: Path, data: dict[str, Any]) -> None:
    """Write ``data`` as JSON and flush it to disk."""
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(data, fh, indent=2, ensure_ascii=False)
        fh.flush()
        os.fsync(fh.fileno())


def fsync(path: Path) -> None:
    """Flush a file or folder to disk."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def swap_in(tmp: Path, target: Path, files: tuple[str, ...] = ()) -> None:
    """Replace ``target`` by the finished ``tmp`` (its ``files`` flushed first).

    The old folder stays recoverable under ``.NAME.old-*`` until the new one is in place.
    """
    for name in files:
        fsync(tmp / name)
    fsync(tmp)
    backup = target.parent / f".{target.name}.old-{uuid.uuid4().hex[:8]}"
    if target.exists():
        os.rename(target, backup)
    os.rename(tmp, target)
    fsync(target.parent)
    shutil.rmtree(backup, ignore_errors=True)


def recover(index_dir: str | Path, marker: str) -> None:
    """Finish an interrupted swap and remove leftovers of killed builds.

    If a crash fell between the two renames of a swap, the previous index
    sits under ``.NAME.old-*`` (recognised by its ``marker`` file); it is put
    back. Scratch folders of builds whose process is gone are deleted.
    """
    target = Path(index_dir)
    if not target.parent.is_dir():
        return
    if not target.exists():
        backups = sorted(target.parent.glob(f".{target.name}.old-*"), key=lambda p: p.stat().st_mtime)
        if backups and (backups[-1] / marker).exists():
            logger.warning("restoring the previous index from %s (a rebuild was interrupted)", backups[-1])
            os.rename(backups[-1], target)
    for tmp in target.parent.glob(f".{target.name}.tmp-*"):
        pid = tmp.name.split("-")[-2]
        if not pid.isdigit() or not _process_alive(int(pid)):
            shutil.rmtree(tmp, ignore_errors=True)


def _process_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
