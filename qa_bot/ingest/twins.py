"""Twins: two files that would get one transcript id (``talk.vtt`` beside ``talk.srt``).

Discovery keeps one file per id, the one in the more structured format
(``DUPLICATE_PREFERENCE``). The other is read too and compared by its words:
the same transcript in another format is left out, since its passages would
repeat every hit; different words (meeting notes beside the call's captions)
are indexed under an id of their own, the file name with its extension, so
nothing a user put in a folder is dropped for its name alone.
"""

from __future__ import annotations

from pathlib import Path

from qa_bot.text import words
from qa_bot.types import Transcript

SHINGLE_WORDS = 3  # words compared in runs of three: shared common words alone do not make two texts one
SAME_WORDS = 0.5  # share of the shorter text's word runs found in the other: the same transcript
SAME_AS = "the same transcript as "  # opens the reason a build gives for a twin it leaves out


def twin_id(path: Path, transcript_id: str) -> str:
    """The id a twin with words of its own is indexed under: its id with the file's extension (``talk.srt``)."""
    return f"{transcript_id}{path.suffix.lower()}"


def left_out(twin: Path) -> str:
    """The reason a build lists for a file left out because ``twin``, which is read, holds the same words."""
    return f"{SAME_AS}{twin}, which is read"


def _shingles(transcript: Transcript) -> set[tuple[str, ...]]:
    """The transcript's runs of ``SHINGLE_WORDS`` words, lower-cased, across turn and cue boundaries."""
    tokens = [w for turn in transcript.turns for w in words(turn.text)]
    return {tuple(tokens[i:i + SHINGLE_WORDS]) for i in range(len(tokens) - SHINGLE_WORDS + 1)}


def same_transcript(a: Transcript, b: Transcript) -> bool:
    """Whether two parsed files hold the same talk: most word runs of the shorter one are in the other.

    Formats differ in what they add (a page's headings, a caption file's
    sound notes) and in how they break lines, so the test is containment of
    the shorter text's runs of words, not equality.
    """
    first, second = _shingles(a), _shingles(b)
    shorter, longer = sorted((first, second), key=len)
    if not shorter:
        return not longer
    return len(shorter & longer) / len(shorter) >= SAME_WORDS
