"""NIST segment time marks (.stm): the reference transcripts speech recognition is scored against.

    ;; comments and category declarations
    2347 a 2347-a 1.06 3.47 <O,WA> i've { um / uh } as far as i'm concerned
    SBC001 1 0001_LENORE 6.31 9.21 So you don't need to go borrow equipment from anybody,

Each line is one segment: the recording, its channel, the speaker, start and end in seconds, maybe a ``<…>``
label of categories, then the words. The speaker is taken as written (``2347-a``, ``0001_LENORE``); NIST's
stand-ins for no one (``inter_segment_gap``, ``excluded_region``) and segments with no words are left out. An
alternation, ``{ um / uh }``, reads as its first choice (``@`` is a choice of nothing). A file may hold several
recordings (the Santa Barbara corpus in one file): each is read in time order, one after another.
"""

from __future__ import annotations

import re
from itertools import groupby

from qa_bot.errors import IngestError
from qa_bot.ingest.speakers import Utterance, timed_turns
from qa_bot.text import clean_line
from qa_bot.types import Transcript

FORMAT = "stm"
_SEGMENT = re.compile(r"^(?P<file>\S+)\s+(?P<channel>\S+)\s+(?P<speaker>\S+)\s+(?P<start>\d+(?:\.\d*)?)\s+"
                      r"(?P<end>\d+(?:\.\d*)?)(?:\s+<[^<>\n]*>)?(?:\s+(?P<words>.*))?$")
_NO_ONE = frozenset(("inter_segment_gap", "excluded_region", "ignore_time_segment_in_scoring"))
_ALTERNATION = re.compile(r"\{\s*([^{}/]*?)\s*(?:/[^{}]*)?\}")
MIN_SEGMENT_SHARE = 0.9  # of a file's first lines (comments aside) that are segments, for it to be one


def looks_like_stm(head: str) -> bool:
    """True when the first lines that are no ``;;`` comment are nearly all segments (at least two of them), set
    apart by spaces (a tab-separated table is a table's), each speaker holding a letter and ending after it starts
    (not RTTM's ``SPEAKER file 1 0.00 1.50 <NA>``, nor a row number before a name)."""
    lines = [line for line in head.splitlines()[:-1] if line.strip() and not line.startswith(";;")]
    found = [m for line in lines if "\t" not in line and (m := _SEGMENT.match(line.strip()))
             and any(c.isalpha() for c in m["speaker"]) and float(m["start"]) <= float(m["end"])]
    return len(lines) >= 2 and len(found) >= MIN_SEGMENT_SHARE * len(lines)


def parse_stm(text: str, transcript_id: str, source: str, default_title: str) -> Transcript:
    """One utterance per segment with words, its speaker as written; an error names the first line that is none."""
    segments = []
    for number, raw in enumerate(text.lstrip("\ufeff").splitlines(), 1):
        if not raw.strip() or raw.startswith(";;"):
            continue
        m = _SEGMENT.match(raw.strip())
        if m is None:
            raise IngestError(source, f"not an STM segment at line {number}: {clean_line(raw)[:80]!r}")
        words = clean_line(_ALTERNATION.sub(lambda a: "" if a.group(1) == "@" else a.group(1), m["words"] or ""))
        if words and m["speaker"].casefold() not in _NO_ONE and words.casefold() not in _NO_ONE:
            segments.append((m["file"], float(m["start"]), float(m["end"]), m["speaker"], words))
    if not segments:
        raise IngestError(source, "no STM segment with words")
    utterances = [Utterance(words, speaker, start=start, end=end)
                  for _, recording in groupby(segments, key=lambda s: s[0])
                  for _, start, end, speaker, words in sorted(recording, key=lambda s: s[1:3])]
    return Transcript(transcript_id, default_title, None, None, source, timed_turns(transcript_id, utterances), FORMAT)
