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
    """The turns of the most numerous records of fields in the document that name their speakers, read by their
    keys and named ``xml (fields of <record>)``; None where the document holds no such records. A record's fields
    are leaf elements, one value each, and may hold lists of records of their own (an ECHR hearing's
    ``<SpeakerSegment>`` of ``<Role>``, ``<Name>`` and ``<Snippet>``s, each a ``<Text>`` and its times)."""
    records: dict[str, list[dict[str, object]]] = defaultdict(list)
    for el in elements(root):
        fields = [c for c in el if isinstance(c.tag, str)]
        leaves = [c for c in fields if len(c) == 0]
        if len(fields) >= MIN_FIELDS and leaves and not (el.text or "").strip() and all(
                not (c.tail or "").strip() for c in fields):
            records[local_tag(el)].append(_record(el))
    for tag in sorted(records, key=lambda t: -len(records[t])):
        if len(records[tag]) < MIN_RECORDS:
            break
        try:
            transcript = parse_json(json.dumps(records[tag], ensure_ascii=False), transcript_id, source,
                                    default_title)
        except IngestError:
            continue
        if any(turn.label for turn in transcript.turns):  # records that name no one are not the turns
            transcript.format = f"xml (fields of <{tag}>)"
            return transcript
    return None


def _record(el) -> dict[str, object]:
    """A record as the JSON object it would be: a leaf field's text, a field holding fields a list of records."""
    record: dict[str, object] = {}
    for child in el:
        if not isinstance(child.tag, str):
            continue
        key = child.tag.rsplit("}", 1)[-1]
        if len(child) == 0:
            record[key] = child.text or ""
        else:
            nested = record.setdefault(key, [])
            if isinstance(nested, list):
                nested.append(_record(child))
    return record
