"""Television news captions as the Red Hen Lab's NewsScape archive keeps them (``.txt``, ``.txt3``, by content).

    TOP|20060803000000|2006-08-03_0000_US_00000139_V5_MB11_VHS12_H6_JK
    LBT|2006-08-03 00:00:00 America/Los_Angeles
    20060803000103.329|20060803000104.630|SEG_00|Type=Story start
    20060803000131.124|20060803000132.492|CC1|>> JIM LEHRER: AND THE MILITARY FORCE AS

A header of ``KEY|value`` lines (``TOP`` opens it: when the recording starts, and its name), then one caption
line per row: start and end as UTC time stamps, the caption track (``CC1``) and its words. Each caption line is
a cue, read as captions are (``cues``: ``>>`` starts another speaker's words, ``NAME:`` names them), its times
counted from the start of the recording; the segment rows (``SEG``) and other tracks' metadata are left out.
"""

from __future__ import annotations

import datetime as dt
import re

from qa_bot.errors import IngestError
from qa_bot.ingest.cues import Cue, cue_turns
from qa_bot.types import Transcript

FORMAT = "red hen captions"
_TOP = re.compile(r"^TOP\|(?P<stamp>\d{14})\|(?P<name>[^|\n]*)", re.M)
_ROW = re.compile(r"^(?P<start>\d{14}\.\d{1,3})\|(?P<end>\d{14}\.\d{1,3})\|(?P<track>CC\d)\|(?P<text>.*)$", re.M)
_STAMP = "%Y%m%d%H%M%S.%f"


def looks_like_redhen(head: str) -> bool:
    """True for text that opens with a Red Hen header's ``TOP|`` line."""
    return bool(_TOP.match(head.lstrip("\ufeff")))


def parse_redhen(text: str, transcript_id: str, source: str, default_title: str) -> Transcript:
    """One cue per caption row, timed from the recording's start (see the module)."""
    top = _TOP.match(text.lstrip("\ufeff"))
    if top is None:
        raise IngestError(source, "not a Red Hen caption file: its first line must be TOP|timestamp|name")
    began = dt.datetime.strptime(top.group("stamp") + ".0", _STAMP)
    cues = []
    for row in _ROW.finditer(text):
        start, end = (dt.datetime.strptime(row.group(k), _STAMP) for k in ("start", "end"))
        cues.append(Cue((start - began).total_seconds(), (end - began).total_seconds(), [(None, row.group("text"))]))
    if not cues:
        raise IngestError(source, "Red Hen header but no caption rows (start|end|CC1|words)")
    transcript = Transcript(transcript_id, top.group("name").strip() or default_title, began.date(), None, source,
                            [], FORMAT, date_source="metadata")
    transcript.turns, transcript.label_convention = cue_turns(transcript_id, cues)
    return transcript
