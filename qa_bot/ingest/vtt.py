"""WebVTT subtitles (.vtt), read with webvtt-py.

Speakers come from voice tags (``<v Jane Smith>``, ``<v.loud Bob>``), a
name in the cue's identifier as Webex writes it (``1 "Jane Smith" (1283746501)``),
or ``Name:`` prefixes; consecutive cues of one speaker form a turn whose
``start``/``end`` are its first cue's start and last cue's end. The header's
text (``WEBVTT - Title``) and ``Title:`` / ``Date:`` metadata lines are used.
A cue whose timing line cannot be read makes the whole file an error, naming
the line: webvtt-py alone would drop such a cue silently.
"""

from __future__ import annotations

import re

from qa_bot.errors import IngestError
from qa_bot.ingest.cues import Cue, cue_turns
from qa_bot.ingest.metadata import MARKDOWN_RULE, first_date, header_field
from qa_bot.text import clean_line
from qa_bot.types import Transcript

FORMAT = "vtt"
MAX_VTT_HEADER_LINES = 12  # lines of a header of its own above a WEBVTT line ("File:", "Date:", "Audio:")
_VOICE = re.compile(r"<v(?:\.[^\s>]*)?\s+([^>]+)>")
_UNPADDED = re.compile(r"^\d+:(?:\d:\d{1,2}|\d{1,2}:\d)\.\d+ --> ", re.M)  # a one-digit minute or second
_TIMING_LINE = re.compile(r"^\d+:\d{1,2}:\d{1,2}\.\d{1,3} --> \d+:\d{1,2}:\d{1,2}\.\d{1,3}(?=\s|$)", re.M)
_TIME = re.compile(r"(\d+):(\d{1,2}):(\d{1,2})\.(\d{1,3})")
_MISSING_END = re.compile(r"^((?:\d+:)?\d{2}:\d{2}\.\d{3})[ \t]*-->[ \t]*$", re.M)  # a cue's start, its end left out
_CUE_ID_NAME = re.compile(r'^\d+\s+"([^"]{1,80})"(?:\s+\(\d+\))?\s*$')


def parse_vtt(text: str, transcript_id: str, source: str, default_title: str) -> Transcript:
    """Parse WebVTT text; raise ``IngestError`` for a missing header or a broken cue timing."""
    import webvtt
    from webvtt.errors import MalformedFileError
    from webvtt.vtt import WebVTTCueBlock

    text, unended = _MISSING_END.subn(r"\1 --> \1", _padded_times(text))  # "0:54:50.000 -->": a cut-off export
    for number, line in enumerate(text.split("\n"), 1):
        if "-->" in line and not WebVTTCueBlock.CUE_TIMINGS_PATTERN.match(line):
            raise IngestError(source, f"broken cue timing at line {number}: {clean_line(line)[:80]!r}")
    try:
        vtt = webvtt.from_string(text)
    except MalformedFileError as exc:
        raise IngestError(source, "not a WebVTT file: its first line must be WEBVTT") from exc
    except (ValueError, IndexError) as exc:  # the library's own checks of cue parts
        raise IngestError(source, f"malformed WebVTT: {exc}") from exc

    cues = []
    for caption in vtt.captions:
        start, end = caption.start_time.in_milliseconds() / 1000, caption.end_time.in_milliseconds() / 1000
        if end < start:
            raise IngestError(source, f"cue {caption.start} --> {caption.end} ends before it starts")
        named = _CUE_ID_NAME.match(caption.identifier or "")  # Webex: the cue's id, '1 "Jane Smith" (1283746501)'
        lines = [_voice(line) for line in caption.raw_text.split("\n")]
        if named:
            lines = [(voice or clean_line(named.group(1)), rest) for voice, rest in lines]
        cues.append(Cue(start, end, lines))

    meta = dict(f for f in (header_field(line) for line in vtt.metadata) if f)
    title = clean_line(vtt.header_text.lstrip(" -–—:")) or meta.get("title")
    date, date_source = first_date(("metadata", meta.get("date")), ("title", title))
    transcript = Transcript(
        transcript_id, title or default_title, date, meta.get("place"), source, [], FORMAT, date_source
    )
    transcript.turns, transcript.label_convention = cue_turns(transcript_id, cues)
    if unended:
        transcript.warnings.append(f"{unended} cue(s) had a start time but no end time; each was read as ending there")
    return transcript


def _padded_times(text: str) -> str:
    """Cue times written as Teams' old captions write them, every part unpadded (``0:7:27.90 --> 0:7:27.780``,
    the fraction a count of milliseconds: 27.090 s), padded as WebVTT writes them; any other text unchanged."""
    if not _UNPADDED.search(text):
        return text
    return _TIMING_LINE.sub(lambda line: _TIME.sub(
        lambda t: f"{int(t[1]):02d}:{int(t[2]):02d}:{int(t[3]):02d}.{int(t[4]):03d}", line[0]), text)


def _voice(line: str) -> tuple[str | None, str]:
    """``(voice name, rest of the line)`` for a line opening with a voice tag, else ``(None, line)``."""
    m = _VOICE.match(line.lstrip())
    if not m:
        return None, line
    return clean_line(m.group(1)) or None, line.lstrip()[m.end():]


def vtt_after_header(text: str) -> str | None:
    """WebVTT under a short header of its own (``Date: 07/03/2025`` lines, a ``---`` rule, then ``WEBVTT``): the
    captions, the header's fields moved into the WebVTT header, where ``vtt`` reads title and date; else None."""
    lines = text.lstrip("\ufeff").split("\n", MAX_VTT_HEADER_LINES + 1)[:MAX_VTT_HEADER_LINES + 1]
    at = next((i for i, line in enumerate(lines) if line.strip() == "WEBVTT"), None)
    if not at:
        return None
    fields = [line.strip() for line in lines[:at] if line.strip() and not MARKDOWN_RULE.match(line.strip())]
    rest = text.lstrip("\ufeff").split("\n", at + 1)[at + 1] if text.count("\n") > at else ""
    return "\n".join(["WEBVTT", *fields, rest])
