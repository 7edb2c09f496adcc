"""The European Parliament's sittings as the Europarl corpus gives them (``ep-00-01-17.txt``), told by their tags.

    <CHAPTER ID=1>
    Resumption of the session
    <SPEAKER ID=1 NAME="President">
    I declare resumed the session of the European Parliament …
    <P>
    Although, as you will have seen, …
    <SPEAKER ID=2 LANGUAGE="EN" NAME="Evans, Robert J" AFFILIATION="PSE">
    Madam President, on a point of order. …

Each ``SPEAKER`` tag opens a turn of the person its ``NAME`` gives (as written: a surname, or "Surname, First
names"), running to the next tag; ``<P>`` parts paragraphs; a ``CHAPTER``'s title is the item of business, no
one's words. The tags are SGML, not XML (values unquoted or quoted, no closing tags, tags and text sometimes on
one line), so no XML parser takes them; a pattern for the three tags does. The sitting's date is in the file's
name, ``ep-YY-MM-DD`` (1996 to 2011).
"""

from __future__ import annotations

import datetime as dt
import re

from qa_bot.errors import IngestError
from qa_bot.ingest.speakers import Utterance, build_turns
from qa_bot.text import clean_paragraphs
from qa_bot.types import Transcript

FORMAT = "europarl"
_OPENING = re.compile(r"^\s*<(?:CHAPTER|SPEAKER)\s+ID=", re.I)
_TAG = re.compile(r"<(?P<tag>CHAPTER|SPEAKER|P)\b(?P<attributes>[^<>]*)>", re.I)
_ATTRIBUTE = re.compile(r"(?P<key>\w+)\s*=\s*(?:\"(?P<quoted>[^\"]*)\"|(?P<bare>[^\s\"<>]+))")
_NAMED_DATE = re.compile(r"ep-(\d{2})-(\d{2})-(\d{2})(?:-\d+)?$")


def looks_like_europarl(head: str) -> bool:
    """True for text that opens with a Europarl ``CHAPTER`` or ``SPEAKER`` tag."""
    return bool(_OPENING.match(head.lstrip("\ufeff")))


def parse_europarl(text: str, transcript_id: str, source: str, default_title: str) -> Transcript:
    """One turn per ``SPEAKER`` tag, its words up to the next ``SPEAKER`` or ``CHAPTER`` tag (see the module)."""
    utterances: list[Utterance] = []
    speaker: str | None = None
    paragraphs: list[str] = []

    def close() -> None:
        words = clean_paragraphs("\n\n".join(paragraphs))
        if speaker is not None and words:
            utterances.append(Utterance(words, speaker))
        paragraphs.clear()

    at = 0
    for tag in [*_TAG.finditer(text), None]:
        paragraphs.append(text[at:tag.start() if tag else len(text)])
        if tag is None:
            break
        at = tag.end()
        kind = tag.group("tag").upper()
        if kind == "P":
            continue
        close()
        attributes = {m.group("key").upper(): m.group("quoted") or m.group("bare") or ""
                      for m in _ATTRIBUTE.finditer(tag.group("attributes"))}
        speaker = attributes.get("NAME", "").strip() or None if kind == "SPEAKER" else None
    close()
    if not utterances:
        raise IngestError(source, "Europarl tags but no SPEAKER tag with words after it")
    date = _sitting_date(default_title)
    return Transcript(transcript_id, default_title, date, None, source, build_turns(transcript_id, utterances),
                      FORMAT, date_source="file name" if date else None)


def _sitting_date(name: str) -> dt.date | None:
    """The sitting's date in a Europarl file name (``ep-00-01-17``: 17 January 2000), or None."""
    m = _NAMED_DATE.search(name)
    if not m:
        return None
    year, month, day = (int(g) for g in m.groups())
    try:
        return dt.date(year + (1900 if year >= 90 else 2000), month, day)
    except ValueError:
        return None
