"""Rev's NLP token files (``.nlp``, as the Earnings-21/22 and fstalign references are written).

One token per line, ``|``-separated, under a header naming the columns:
``token|speaker|ts|endTs|punctuation|case|tags|wer_tags``. Read with the
standard ``csv`` module by column name, so columns may come in any order.
Consecutive tokens of one speaker form a turn; the punctuation column is
written after its token; ``ts`` (seconds), where filled, is the turn's start.
Numeric speakers become ``SPEAKER_00`` … as in other speech-to-text output.
"""

from __future__ import annotations

import csv
import io

from qa_bot.errors import IngestError
from qa_bot.ingest.speakers import UNKNOWN_SPEAKER, Utterance, build_turns
from qa_bot.ingest.stt_base import diarized_label
from qa_bot.text import parse_seconds
from qa_bot.types import Transcript

FORMAT = "nlp"
REQUIRED_COLUMNS = ("token", "speaker")


def looks_like_nlp(text: str) -> bool:
    """True when text opens with an NLP token file's header (``token|speaker|…``)."""
    header = text.lstrip("\ufeff \t\r\n").split("\n", 1)[0].strip().lower().split("|")
    return header[:2] == list(REQUIRED_COLUMNS)


def parse_nlp(text: str, transcript_id: str, source: str, default_title: str) -> Transcript:
    """One turn per run of tokens by one speaker; ``IngestError`` when the header lacks a needed column."""
    lines = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")  # a lone CR ends a line too
    rows = csv.DictReader(io.StringIO(lines), delimiter="|", quoting=csv.QUOTE_NONE)
    columns = [c.strip().lower() for c in rows.fieldnames or []]
    missing = [c for c in REQUIRED_COLUMNS if c not in columns]
    if missing:
        header = "|".join(columns)
        raise IngestError(source, f"NLP token file without a {' or '.join(missing)} column (header: {header})")
    rows.fieldnames = columns
    utterances: list[Utterance] = []
    current: str | None = None
    words: list[str] = []
    start: float | None = None

    def flush() -> None:
        if words:
            utterances.append(Utterance(" ".join(words), current, None if current else UNKNOWN_SPEAKER, start))

    for row in rows:
        token = (row.get("token") or "").strip()
        if not token:
            continue
        speaker = diarized_label((row.get("speaker") or "").strip()) or None
        if speaker != current or not words:
            flush()
            current, words, start = speaker, [], parse_seconds((row.get("ts") or "").strip() or None)
        words.append(token + (row.get("punctuation") or "").strip())
    flush()
    return Transcript(transcript_id, default_title, None, None, source, build_turns(transcript_id, utterances), FORMAT)
