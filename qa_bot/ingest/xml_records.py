"""XML that is a data export's list of records: read as the JSON objects the records would be.

An API that answers in XML keeps each speech as a record of fields, one value each (the Diet's API:
``<speechRecord>`` holding ``<speechID>``, ``<speaker>``, ``<speakerGroup>``, ``<speech>``, ``<speechURL>``…),
with no element heading a turn as a debate record's markup does (``xml_turns``). The same records as JSON are
read by their keys (``json_turns``: the speaker's name before a machine label, the words' field, times), so
the records are handed to that reader as the objects they are.
"""

from __future__ import annotations

import json
from collections import defaultdict

from qa_bot.errors import IngestError
from qa_bot.ingest.json_turns import parse_json
from qa_bot.ingest.xml_tree import elements, local_tag
from qa_bot.types import Transcript

MIN_FIELDS = 3  # leaf elements of a record: a speaker, the words, an id or a time
MIN_RECORDS = 2


def field_records(root, transcript_id: str, source: str, default_title: str) -> Transcript | None:
    """The turns of the most numerous records of leaf fields in the document, read by their keys and named
    ``xml (fields of <record>)``; None where the document holds no such records, or they name no speaker."""
    records: dict[str, list[dict[str, str]]] = defaultdict(list)
    for el in elements(root):
        fields = [c for c in el if isinstance(c.tag, str)]
        if len(fields) >= MIN_FIELDS and not (el.text or "").strip() and all(
                len(c) == 0 and not (c.tail or "").strip() for c in fields):
            records[local_tag(el)].append({c.tag.rsplit("}", 1)[-1]: c.text or "" for c in fields})
    tag = max(records, key=lambda t: len(records[t]), default=None)
    if tag is None or len(records[tag]) < MIN_RECORDS:
        return None
    try:
        transcript = parse_json(json.dumps(records[tag], ensure_ascii=False), transcript_id, source, default_title)
    except IngestError:
        return None
    if not any(turn.label for turn in transcript.turns):
        return None
    transcript.format = f"xml (fields of <{tag}>)"
    return transcript
