"""SubRip subtitles (.srt), read with the ``srt`` library, and YouTube's SubViewer captions (.sbv).

Multi-line cues are joined; ``NAME:`` prefixes (``DR. JANE SMITH:``,
``Sergey Lavrov:``) name speakers, as does a name in brackets after a cue's
timing (``00:00:02,640 --> 00:00:06,720 [speaker_0]``, the library's
``proprietary`` text), and cues without one continue the previous speaker;
consecutive cues of one speaker form a turn (see ``cues``). A block whose
timing line cannot be read is an error naming its line. An ``.sbv`` file is
blocks of a ``0:00:04.160,0:00:08.200`` timing line over the cue's lines, read
the same way.
"""

from __future__ import annotations

import re

from qa_bot.errors import IngestError
from qa_bot.ingest.cues import Cue, cue_turns
from qa_bot.text import clean_line
from qa_bot.types import Transcript

FORMAT = "srt"
SBV_FORMAT = "sbv"
# After a cue's timing, a diarising script's speaker id in brackets ("00:00:02,640 --> 00:00:06,720 [speaker_0]"):
# it holds a digit, as no sound tag ("[Music]", "[BLANK_AUDIO]") does
_VOICE_AFTER_TIMING = re.compile(r"^\[(?=[^\]]*\d)([^\W\d][^\[\]:\n]{0,58})\]$")
_SBV_TIMING = re.compile(r"^(\d{1,2}):(\d{2}):(\d{2}(?:\.\d{1,3})?),(\d{1,2}):(\d{2}):(\d{2}(?:\.\d{1,3})?)\s*$")


def looks_like_sbv(head: str) -> bool:
    """True when text opens with an SBV timing line (``0:00:00.599,0:00:04.160``)."""
    return bool(_SBV_TIMING.match(head.lstrip("\ufeff \t\r\n").split("\n", 1)[0]))


def parse_sbv(text: str, transcript_id: str, source: str, default_title: str) -> Transcript:
    """Parse SBV captions: a cue per timing line, its lines up to the next blank line."""
    cues: list[Cue] = []
    for number, line in enumerate(text.lstrip("\ufeff").replace("\r\n", "\n").split("\n"), 1):
        timing = _SBV_TIMING.match(line.strip())
        if timing:
            h1, m1, s1, h2, m2, s2 = timing.groups()
            start, end = int(h1) * 3600 + int(m1) * 60 + float(s1), int(h2) * 3600 + int(m2) * 60 + float(s2)
            cues.append(Cue(start, max(start, end), []))
        elif line.strip() and cues:
            cues[-1].lines.append((None, line))
        elif line.strip():
            raise IngestError(source, f"text before the first SBV timing line, at line {number}: {line[:80]!r}")
    transcript = Transcript(transcript_id, default_title, None, None, source, [], SBV_FORMAT)
    transcript.turns, transcript.label_convention = cue_turns(transcript_id, cues)
    return transcript


def parse_srt(text: str, transcript_id: str, source: str, default_title: str) -> Transcript:
    """Parse SRT text; raise ``IngestError`` naming the first block that is not a timed cue."""
    import srt

    try:
        subtitles = list(srt.parse(text))
    except srt.SRTParseError as exc:
        first = text.count("\n", 0, exc.expected_start) + 1
        lines = exc.unmatched_content.split("\n")
        after_index = 1 if len(lines) > 1 and lines[0].strip().isdigit() else 0
        at = next((i for i, line in enumerate(lines) if "-->" in line), after_index)
        raise IngestError(
            source, f"broken subtitle timing at line {first + at}: {clean_line(lines[at])[:80]!r}"
        ) from exc
    except (ValueError, OverflowError) as exc:  # a timing out of range
        raise IngestError(source, f"broken subtitle timing ({exc})") from exc

    cues = []
    for sub in subtitles:
        start, end = sub.start.total_seconds(), sub.end.total_seconds()
        if end < start:
            raise IngestError(source, f"subtitle {sub.index} ends ({end:g}s) before it starts ({start:g}s)")
        voice = m.group(1) if (m := _VOICE_AFTER_TIMING.match(sub.proprietary)) else None
        cues.append(Cue(start, end, [(voice, line) for line in sub.content.split("\n")]))
    transcript = Transcript(transcript_id, default_title, None, None, source, [], FORMAT)
    transcript.turns, transcript.label_convention = cue_turns(transcript_id, cues)
    return transcript
