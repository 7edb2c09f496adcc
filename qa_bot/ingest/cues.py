"""Subtitle cues (WebVTT, SRT) -> utterances: speakers, markup and repeated lines.

Shared by ``vtt`` and ``srt``, which only turn their library's cues into ``Cue``.
A speaker is a voice tag (``<v Name>``, WebVTT) or a ``NAME:`` prefix; a line
opening with ``-`` or ``>>`` starts another speaker's words inside a cue; a
cue without a speaker continues the previous one. Markup, sound descriptions
(``[MUSIC]``, ``(applause)``) and the lines that rolling captions (YouTube's
automatic ones) repeat are left out; a line said again in a cue of its own
is kept.
"""

from __future__ import annotations

import html
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from qa_bot.ingest.labels import Label, match_label
from qa_bot.ingest.speakers import PAUSE_SECONDS, UNKNOWN_SPEAKER, Utterance, timed_turns
from qa_bot.text import clean_line
from qa_bot.types import Turn

FLASH_SECONDS = 0.1  # rolling captions show the finished line alone this briefly
_TAG = re.compile(r"<[^<>]*>|\{\\[^{}]*\}")  # HTML-like tags; ASS overrides such as {\an8}
_SOUND = re.compile(r"^(?:\[[^\[\]]*\]|\([^()]*\)|[♪♫#\s]+)$")
_TURN_MARK = re.compile(r"^(?:>>+|[-–—](?=\s))\s*")
__all__ = ["PAUSE_SECONDS", "Cue", "clean_cue_line", "cue_turns"]


@dataclass(frozen=True)
class Cue:
    """One timed cue: start and end in seconds, its text lines, each with the voice tag's name if any."""

    start: float
    end: float
    lines: Sequence[tuple[str | None, str]]


def cue_turns(transcript_id: str, cues: Sequence[Cue]) -> list[Turn]:
    """Turns from cues: speakers resolved, consecutive cues of one speaker merged."""
    pieces = []  # (cue, voice, line, whether the line closes its cue)
    for cue in cues:
        lines = [(voice, clean_cue_line(raw)) for voice, raw in cue.lines]
        lines = [(voice, line) for voice, line in lines if line and not _SOUND.match(line)]
        pieces.extend((cue, voice, line, i == len(lines) - 1) for i, (voice, line) in enumerate(lines))
    labels = _speaker_prefixes([line for _, voice, line, _ in pieces if not voice])

    utterances: list[Utterance] = []
    last_line = None
    for cue, voice, line, closes_cue in pieces:
        other_speaker = bool(_TURN_MARK.match(line))
        line = _TURN_MARK.sub("", line)
        prefix = None if voice else match_label(line)
        if prefix and prefix.name in labels:
            line = prefix.rest
        else:
            prefix = None
        # Rolling captions repeat the previous line above the new one, or alone in a flash cue.
        if not line or (line == last_line and (not closes_cue or cue.end - cue.start < FLASH_SECONDS)):
            continue
        last_line = line
        label = voice or (prefix.written if prefix else None)
        unknown = UNKNOWN_SPEAKER if other_speaker and not label else None
        start = prefix.start if prefix and prefix.start is not None else cue.start
        utterances.append(Utterance(line, label, unknown, start, cue.end))
    return timed_turns(transcript_id, utterances)


def clean_cue_line(raw: str) -> str:
    """A cue line without markup or character references, whitespace normalised."""
    return clean_line(html.unescape(_TAG.sub("", raw)))


def _speaker_prefixes(lines: Sequence[str]) -> set[str]:
    """``NAME:`` prefixes that name speakers here, not words such as "Look:".

    A prefix counts when it is in capitals (``DR. JANE SMITH:``), has two or
    more words, or opens lines at least twice.
    """
    found: list[Label] = []
    for line in lines:
        label = match_label(_TURN_MARK.sub("", line))
        if label:
            found.append(label)
    counts = Counter(label.name for label in found)
    return {
        name for name, n in counts.items()
        if n >= 2 or len(name.split()) >= 2 or (name.isupper() and sum(c.isalpha() for c in name) >= 2)
    }
