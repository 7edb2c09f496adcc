"""SubRip subtitles (.srt), read with the ``srt`` library.

Multi-line cues are joined; ``NAME:`` prefixes (``DR. JANE SMITH:``,
``Sergey Lavrov:``) name speakers, and cues without one continue the previous
speaker; consecutive cues of one speaker form a turn (see ``cues``). A block
whose timing line cannot be read is an error naming its line.
"""

from __future__ import annotations

from qa_bot.errors import IngestError
from qa_bot.ingest.cues import Cue, cue_turns
from qa_bot.text import clean_line
from qa_bot.types import Transcript

FORMAT = "srt"


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
        cues.append(Cue(start, end, [(None, line) for line in sub.content.split("\n")]))
    transcript = Transcript(transcript_id, default_title, None, None, source, [], FORMAT)
    transcript.turns, transcript.label_convention = cue_turns(transcript_id, cues)
    return transcript
