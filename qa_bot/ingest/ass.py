"""SubStation Alpha subtitles (.ass, Advanced SubStation Alpha, and the older .ssa), as Aegisub and fansub groups
write them, read with pysubs2, a maintained library for these formats (it knows both dialects' field lists and
their times; an own parser would have to relearn them).

Each ``Dialogue`` event is a cue, its words without override tags (``{\\an8}``) and its ``\\N`` breaks as lines;
comments and vector drawings are no one's words. The event's ``Name`` (Actor) field names its speaker, as a
voice tag does in WebVTT. Where a file fills that field for most of its lines, an event without a name (a sign,
a song's lyrics, a title card) is ``Unknown speaker``, never the previous line's speaker; where it never does,
``NAME:`` prefixes in the words name speakers as in other captions (``cues``). Events are read in time order:
editors append the opening and ending songs after the episode.
"""

from __future__ import annotations

from qa_bot.errors import IngestError
from qa_bot.ingest.cues import Cue, cue_turns
from qa_bot.ingest.speakers import UNKNOWN_SPEAKER
from qa_bot.types import Transcript

FORMAT = "ass"
MIN_NAMED_SHARE = 0.5  # of a file's dialogue events with a Name, for the field to be how it names speakers
_SCRIPT_INFO = "[script info]"


def looks_like_ass(head: str) -> bool:
    """True when the text opens with SubStation Alpha's ``[Script Info]`` section."""
    return head.lstrip("\ufeff \t\r\n")[:len(_SCRIPT_INFO)].lower() == _SCRIPT_INFO


def parse_ass(text: str, transcript_id: str, source: str, default_title: str) -> Transcript:
    """One cue per dialogue event, credited to its Name field; ``IngestError`` when the file has no dialogue."""
    import pysubs2

    try:
        subs = pysubs2.SSAFile.from_string(text.lstrip("\ufeff"))
    except Exception as exc:  # a third-party parser on arbitrary input: any failure is a bad file
        raise IngestError(source, f"cannot read the SubStation Alpha subtitles ({type(exc).__name__}: {exc})") from exc
    events = sorted((e for e in subs.events if e.is_text and not e.is_drawing and e.plaintext.strip()),
                    key=lambda e: e.start)
    if not events:
        raise IngestError(source, "SubStation Alpha subtitles without dialogue (no Dialogue event with words)")
    named = sum(bool(e.name.strip()) for e in events) >= MIN_NAMED_SHARE * len(events)
    cues = []
    for event in events:
        speaker = event.name.strip() or (UNKNOWN_SPEAKER if named else None)
        start, end = event.start / 1000, event.end / 1000
        cues.append(Cue(start, max(start, end), [(speaker, line) for line in event.plaintext.split("\n")]))
    title = subs.info.get("Title", "").strip()
    fmt = "ssa" if subs.format == "ssa" else FORMAT
    transcript = Transcript(transcript_id, title if title and title != "<untitled>" else default_title, None, None,
                            source, [], fmt)
    transcript.turns, transcript.label_convention = cue_turns(transcript_id, cues)
    return transcript
