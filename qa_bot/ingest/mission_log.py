"""Space missions' typed transcripts: each turn a line opening with the mission's elapsed time and who spoke.

    APOLLO 11 - AIR-TO-GROUND VOICE TRANSCRIPTION          (a page header, repeated on every page)
    Tape 1/2 - Page 2
    00 00 01 02 CC Apollo 11, Houston. You're good at 1 minute.      (days, hours, minutes, seconds; a code)
    04 06 45 57 PRESIDENT NIXON Hello, Neil and Buzz. I'm talking    (a name in capitals, the words after it,
    to you by telephone from the Oval Room at the White House.        wrapped onto the lines below)

NASA typed its air-to-ground, onboard and mission-control transcripts so, and projects that scanned them keep
the text. Who spoke is the code or name in capitals after the time: a second word in capitals belongs to it
where the first never speaks alone (``PRESIDENT NIXON``, not ``CC MARK.``, where ``CC`` speaks on other lines).
Lines in capitals alone (page headers, ground stations such as ``MILA (REV 1)``), ``Tape 1/2 - Page 2`` and page
numbers are the typed page's, not speech; any other line goes on with the turn above.
"""

from __future__ import annotations

import re

from qa_bot.ingest.speakers import Utterance, line_turns
from qa_bot.text import clean_line
from qa_bot.types import Transcript

MISSION_FORMAT = "mission transcript"
_LINE = re.compile(r"^(?P<d>\d{2}) (?P<h>\d{2}) (?P<m>[0-5]\d) (?P<s>[0-5]\d)\s+(?P<code>[A-Z][A-Z0-9\-]*)"
                   r"(?:\s+(?P<rest>\S.*))?$")
_CAPS_WORD = re.compile(r"[A-Z][A-Z\-]+")  # a name's second word, no punctuation after it
_PAGE = re.compile(r"^(?:Tape \d+/\d+ - Page \d+|\d{1,4})$")  # the typed page's tape and page, a page number
MIN_LINES, MIN_SHARE = 20, 0.5  # timed lines in a file, and their share of its non-blank lines


def looks_like_mission_log(text: str) -> bool:
    """True when ``MIN_LINES`` lines or more, and ``MIN_SHARE`` of the non-blank ones, open with an elapsed time
    and a speaker's code."""
    lines = [line for line in (clean_line(x) for x in text.split("\n")) if line]
    timed = sum(bool(_LINE.match(line)) for line in lines)
    return timed >= MIN_LINES and timed >= MIN_SHARE * len(lines)


def parse_mission_log(text: str, transcript_id: str, source: str, default_title: str) -> Transcript:
    """The turns of a mission transcript: one per timed line, with the wrapped lines below it; the first line
    before them, if any, is the title."""
    lines = [clean_line(x) for x in text.split("\n")]
    found = [_LINE.match(line) for line in lines]
    alone = {m.group("code") for m in found if m and not _CAPS_WORD.fullmatch((m.group("rest") or "").split(" ")[0])}
    heads: list[tuple[str, float, list[str]]] = []  # who, when, and the words of each timed line
    for line, m in zip(lines, found, strict=True):
        if m:
            code, rest = m.group("code"), m.group("rest") or ""
            second, _, after = rest.partition(" ")
            if code not in alone and _CAPS_WORD.fullmatch(second):
                code, rest = f"{code} {second}", after  # "PRESIDENT NIXON Hello, Neil and Buzz."
            start = ((int(m.group("d")) * 24 + int(m.group("h"))) * 60 + int(m.group("m"))) * 60 + int(m.group("s"))
            heads.append((code, float(start), [rest]))
        elif heads and not _PAGE.match(line) and any(c.islower() for c in line):
            heads[-1][2].append(line)  # the words wrapped onto the next line
    title = next((line for line, m in zip(lines, found, strict=True) if line and not m), None)
    utterances = [Utterance(" ".join(words).strip(), label=code, start=start) for code, start, words in heads]
    return Transcript(transcript_id, title or default_title, None, None, source,
                      line_turns(transcript_id, utterances), MISSION_FORMAT)
