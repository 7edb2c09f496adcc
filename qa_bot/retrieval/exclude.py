"""Leaving out what a conversation already quoted, so "what else" moves on to new passages."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from qa_bot.types import Hit


def unquoted_part(hit: Hit, quoted: Iterable[tuple[str, int, int, int]], min_words: int = 5) -> Hit | None:
    """``hit`` without the spans already ``quoted``: its longest unquoted stretch, or None if under ``min_words``.

    The result is still a verbatim span of the turn (text and offsets cut
    together), so it can be quoted and cited like any hit.
    """
    pieces = [(hit.char_start, hit.char_end)]
    for tid, turn, start, end in quoted:
        if tid != hit.transcript_id or not hit.turn_start <= turn <= hit.turn_end:
            continue
        pieces = [part for a, b in pieces for part in ((a, min(b, start)), (max(a, end), b)) if part[0] < part[1]]
    if pieces == [(hit.char_start, hit.char_end)]:
        return hit
    if not pieces:
        return None
    a, b = max(pieces, key=lambda p: len(hit.text[p[0] - hit.char_start : p[1] - hit.char_start].split()))
    text = hit.text[a - hit.char_start : b - hit.char_start]
    stripped = text.strip()
    if len(stripped.split()) < min_words:
        return None
    a += text.index(stripped)
    return replace(hit, text=stripped, char_start=a, char_end=a + len(stripped))
