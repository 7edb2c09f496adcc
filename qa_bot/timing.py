"""An optional hook that hears how long each stage of a question took, so benchmarks time the real path."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

StageTimer = Callable[[str, float], None]
"""Called with a stage's name and its seconds: "plan", "encode", "dense", "lexical", "fuse", "answer"."""


@contextmanager
def timed(timer: StageTimer | None, stage: str) -> Iterator[None]:
    """Report the block's duration to ``timer`` as ``stage`` (nothing when there is no timer)."""
    if timer is None:
        yield
        return
    began = time.perf_counter()
    try:
        yield
    finally:
        timer(stage, time.perf_counter() - began)
