"""Earnings calls as S&P Capital IQ exports them to text, told by the section lines that open each part.

    Advanced Micro Devices, Inc., Q1 2025 Earnings Call, May 06, 2025 -
    Presentation Operator Message
    Operator
    Greetings, and welcome to the AMD First Quarter 2025 Conference Call. …

    Presenter Speech
    Executives - Vice President of Financial Strategy & Investor Relations
    Thank you, and welcome to AMD's 2025 First Quarter Financial Results Conference Call. …

    Executives - Chair, President & CEO
    Thank you, Matt, and good afternoon to all those listening today.

    Question
    Analysts - Senior Analyst
    For the first one, given the China Data Center GPU headwinds in Q2 and Q3, …

A section line (``Presenter Speech``, ``Question``, ``Answer``, an operator's message) is no one's words: the line
after it names who speaks, as written (a name, or only a group and a role, "Analysts - Senior Analyst", which is
kept whole: the group alone would make every analyst one person). A paragraph opening with a short line of no
sentence, over words, is the next presenter's. The first line is the call's title and date.
"""

from __future__ import annotations

import re

from qa_bot.errors import IngestError
from qa_bot.ingest.speakers import Utterance, build_turns
from qa_bot.text import find_date
from qa_bot.types import Transcript

FORMAT = "capital iq"
SPEECH_SECTIONS = ("Presentation Operator Message", "Presenter Speech", "Question and Answer Operator Message")
SECTIONS = frozenset(section.casefold() for section in (*SPEECH_SECTIONS, "Question", "Answer", "Operator Message"))
_SPEECH_SECTION = re.compile(rf"^(?:{'|'.join(SPEECH_SECTIONS)})\s*$", re.M)
MAX_SPEAKER_WORDS = 14  # a group and a role: "Analysts - MD and Head of Semiconductors & Semiconductor Equipment"


def looks_like_capiq(head: str) -> bool:
    """True for text whose opening holds one of Capital IQ's section lines for the call's speeches."""
    return bool(_SPEECH_SECTION.search(head))


def parse_capiq(text: str, transcript_id: str, source: str, default_title: str) -> Transcript:
    """One turn per speaker line, its words up to the next (see the module)."""
    lines = [line.strip() for line in text.lstrip("\ufeff").split("\n")]
    utterances: list[Utterance] = []
    speaker, words, expecting, started = None, [], False, False

    def close() -> None:
        if speaker and words:
            utterances.append(Utterance("\n".join(words), speaker))
        words.clear()

    for i, line in enumerate(lines):
        if line.casefold() in SECTIONS:
            close()
            expecting = started = True
        elif not line or not started:
            continue
        elif expecting or (not lines[i - 1] and i + 1 < len(lines) and _speaker_line(line, lines[i + 1])):
            close()
            speaker, expecting = line, False
        else:
            words.append(line)
    close()
    if not utterances:
        raise IngestError(source, "Capital IQ section lines but no speaker with words after one")
    title = lines[0].rstrip(" -") or default_title
    dated = find_date(title)
    return Transcript(transcript_id, title, dated[0] if dated else None, None, source,
                      build_turns(transcript_id, utterances), FORMAT, date_source="title" if dated else None)


def _speaker_line(line: str, below: str) -> bool:
    """A short line that ends no sentence, over words that open one (not a hard-wrapped paragraph's first line,
    "Turning to the segments, revenue grew and we" over "expect more"): who speaks next."""
    return len(line.split()) <= MAX_SPEAKER_WORDS and not line.endswith((".", "?", "!", ":", ",")) \
        and below[:1].isupper()
