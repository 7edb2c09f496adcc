"""TTML and DFXP captions (.ttml, .dfxp, or XML whose root is ``<tt>``): broadcasters' and streaming services'.

Each ``<p begin=… end=…>`` is a cue, its ``<br/>`` line breaks kept, its
speaker the ``ttm:agent`` it names (resolved to the agent's ``ttm:name``),
else a ``NAME:`` or ``>>`` prefix in its words, as in other captions; cues
are then merged into turns like WebVTT's (``cues``). Times are clock times
(``00:01:02.500``, with frames ``00:01:02:12`` at the document's frame
rate), offsets (``62.5s``, ``1500ms``) or ticks (``ttp:tickRate``). Parsed
by lxml with entities and network off.
"""

from __future__ import annotations

import re

from qa_bot.errors import IngestError
from qa_bot.ingest.cues import Cue, cue_turns
from qa_bot.ingest.xml_tree import elements, local_tag, parse_root
from qa_bot.text import clean_line
from qa_bot.types import Transcript

FORMAT = "ttml"
_TT = re.compile(r"<(?:\w+:)?tt[\s>][^>]*>?")
_NAMESPACE = re.compile(r"ns/ttml|ttaf1|dfxp", re.I)  # TTML's namespace, not a web page's <tt> (teletype) tag
_TTP = "{http://www.w3.org/ns/ttml#parameter}"
_TTM = "{http://www.w3.org/ns/ttml#metadata}"
_CLOCK = re.compile(r"^(\d+):(\d{2}):(\d{2}(?:\.\d+)?)(?::(\d+(?:\.\d+)?))?$")
_OFFSET = re.compile(r"^(\d+(?:\.\d+)?)(h|m|s|ms|f|t)$")
_UNIT_SECONDS = {"h": 3600.0, "m": 60.0, "s": 1.0, "ms": 0.001}
DEFAULT_FRAME_RATE = 30.0
DEFAULT_TICK_RATE = 1.0


def looks_like_ttml(head: str) -> bool:
    """True when the text's XML opens with a ``<tt>`` root in TTML's namespace (TTML, DFXP, SMPTE-TT)."""
    body = head.lstrip("\ufeff \t\r\n")[:1000]
    root = _TT.search(body) if body.startswith("<") else None
    return bool(root and _NAMESPACE.search(root.group(0)))  # the namespace on the <tt> element itself


def parse_ttml(text: str, transcript_id: str, source: str, default_title: str) -> Transcript:
    """One cue per timed ``<p>`` (the ``<p>`` lines of one caption, with the same times, one cue), credited to its
    agent or its prefix; ``IngestError`` when none is timed."""
    root = parse_root(text, source)
    frame_rate = _rate(root.get(f"{_TTP}frameRate"), DEFAULT_FRAME_RATE)
    tick_rate = _rate(root.get(f"{_TTP}tickRate"), DEFAULT_TICK_RATE)
    agents = {el.get("{http://www.w3.org/XML/1998/namespace}id"): clean_line(
        next((n.text or "" for n in el if isinstance(n.tag, str) and local_tag(n) == "name"), ""))
        for el in elements(root) if local_tag(el) == "agent"}
    cues: list[Cue] = []
    for p in (el for el in elements(root) if local_tag(el) == "p"):
        start = _seconds(p.get("begin"), frame_rate, tick_rate)
        if start is None:
            continue
        end = _seconds(p.get("end"), frame_rate, tick_rate)
        if end is None and (duration := _seconds(p.get("dur"), frame_rate, tick_rate)) is not None:
            end = start + duration
        agent = agents.get((p.get(f"{_TTM}agent") or "").split(" ")[0]) or None
        lines = [(agent, line) for line in _lines(p)]
        if cues and (cues[-1].start, cues[-1].end) == (start, max(start, end or start)):  # a caption's second line
            cues[-1] = Cue(start, cues[-1].end, [*cues[-1].lines, *lines])  # as a <p> of its own (Netflix), same times
        else:
            cues.append(Cue(start, max(start, end or start), lines))
    if not cues:
        raise IngestError(source, "TTML without timed paragraphs (no <p begin=…>)")
    title = next((clean_line(el.text or "") for el in elements(root) if local_tag(el) == "title"), "")
    transcript = Transcript(transcript_id, title or default_title, None, None, source, [], FORMAT)
    transcript.turns, transcript.label_convention = cue_turns(transcript_id, cues)
    return transcript


def _rate(value: str | None, default: float) -> float:
    """A frame or tick rate the document declares, or ``default`` where it declares none, or none usable."""
    try:
        rate = float(value) if value else default
    except ValueError:
        return default
    return rate if rate > 0 else default


def _lines(p) -> list[str]:
    """A paragraph's text, a line per ``<br/>``."""
    parts = [p.text or ""]

    def walk(node) -> None:
        for child in node:
            if isinstance(child.tag, str):
                parts.append("\n" if local_tag(child) == "br" else child.text or "")
                walk(child)
            parts.append(child.tail or "")

    walk(p)
    return [line for line in (" ".join(part.split()) for part in "".join(parts).split("\n")) if line]


def _seconds(value: str | None, frame_rate: float, tick_rate: float) -> float | None:
    """A TTML time expression in seconds, or None."""
    value = (value or "").strip()
    clock = _CLOCK.match(value)
    if clock:
        hours, minutes, seconds, frames = clock.groups()
        return int(hours) * 3600 + int(minutes) * 60 + float(seconds) + (float(frames) / frame_rate if frames else 0)
    offset = _OFFSET.match(value)
    if not offset:
        return None
    number, unit = float(offset.group(1)), offset.group(2)
    return number / frame_rate if unit == "f" else number / tick_rate if unit == "t" else number * _UNIT_SECONDS[unit]
