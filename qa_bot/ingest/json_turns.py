"""JSON transcripts (.json) and JSON Lines (.jsonl): turn lists and speech-to-text output.

Speech-to-text services' output is recognised by its keys and read by ``stt_json``. Otherwise the turns are a
list: under ``turns``, ``utterances``, ``meeting_transcripts`` (QMSum) or ``segments`` (Whisper, WhisperX:
consecutive segments of one speaker merged), bare, or found by shape (``find_turn_list``: the longest list of
objects with a text field, the format naming its path). Failing a list, objects naming a speaker and holding
words wherever they sit are the turns (``_named_objects``), and timed word objects are unnamed speech
(``_timed_words``). An item's speaker (``SPEAKER_KEYS``, camelCase keys too): a person's name is credited
before a diarization label beside it (``SPEAKER_07``), a label may be named by the document's own ``speakers``
key, chat exports' sender objects (Discord's ``author``, Slack's ``user_profile``) by the name in them, and
Messenger's messages are put in the order they were sent (``timestamp_ms``). Its text: ``TEXT_KEYS``; its
times: ``start`` / ``end`` in seconds or as time codes. Top-level ``title`` and ``date`` (or the same inside
``metadata``) are optional. A JSON Lines file holds one item per line; a line with ``title`` / ``date`` and
no text gives the metadata. Any other shape is refused with the keys it has and the shapes we read.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import Any

from qa_bot.errors import IngestError
from qa_bot.ingest.metadata import first_date
from qa_bot.ingest.speakers import UNKNOWN_SPEAKER, UNRESOLVED_LABEL, Utterance, build_turns, timed_turns
from qa_bot.ingest.stt_base import WORD_HEADERS, diarized_label, is_machine_label, word_utterances
from qa_bot.ingest.stt_json import SCHEMAS, read_stt
from qa_bot.text import clean_line, clean_paragraphs, parse_seconds
from qa_bot.types import Transcript

FORMAT = "json"
LIST_KEYS = ("turns", "utterances", "segments", "meeting_transcripts")
MERGED_LISTS = ("segments",)  # speech-to-text pieces, not turns
# Fields that may name a turn's speaker, in order of preference. A person's name is credited before a machine
# label in the same turn (``speaker_public: "Chair Jeffrey McKay"`` beside ``speaker: "SPEAKER_07"``), whatever
# their order here; the machine label only when no name is given.
# (Not "speaker_group": exports that have it number turns with it, not people.)
MIN_LABELS_OF_A_ROLE = 3  # machine labels one name is given to, for it to be a role, not a person (``_speakers``)
MAX_SEARCH_DEPTH = 6  # levels searched for a list of turns in JSON of no known schema (``find_turn_list``)
MAX_ITEMS_SEARCHED = 3  # items of each list looked into for nested lists
MIN_FOUND_SHARE = 0.8  # of a list's items that must have a text field for it to be the turns
MIN_NAMED_OBJECTS = 3  # objects naming a speaker and holding words, in a document with no list of turns
MIN_TIMED_WORDS = 10  # timed word objects that make a document of no known schema word-level speech-to-text
MAX_JSON_PREAMBLE_LINES = 5  # lines before a JSON document in a Markdown or text file ("# Example response")
# Chat exports name the sender in an object (Discord's "author", Slack's "user_profile"), or as "from" (Telegram).
SPEAKER_KEYS = ("speaker_public", "speaker_name", "display_name", "speaker", "name", "author", "user_profile",
                "from", "sender_name", "sender", "user_name", "username", "who", "speaker_label", "speaker_id",
                "segment_speaker")
NAME_KEYS = ("real_name", "nickname", "display_name", "name", "username")  # in such an object, best first
# "body": podcast namespace JSON (Podcasting 2.0); "message": chat exports. A text field must hold a string, or
# a list of strings and {"text": …} pieces (Telegram's formatted messages).
NAMES_KEYS = ("speakers", "speaker_names", "speakerNames", "speaker_map", "speakerMap")  # label -> name, top level
_CAMEL = re.compile(r"(?<=[a-z0-9])([A-Z])")
TEXT_KEYS = ("text", "display_text", "content", "utterance", "source_text", "body", "message", "transcript",
             "text_blocks", "line", "speech")  # "display_text": Amazon post-call analytics; "speech": the Diet's API
START_KEYS = ("start", "start_time", "startTime", "sec", "segment_start_time")
EPOCH_KEY = "timestamp_ms"  # a chat export's send time, in milliseconds since 1970
END_KEYS = ("end", "end_time", "endTime", "segment_end_time")
SUPPORTED_SHAPES = (
    f"{', '.join(s.name for s in SCHEMAS)} output, Whisper/WhisperX 'segments', or a list of turns "
    "(bare, or under 'turns', 'utterances' or 'meeting_transcripts')"
)


def parse_json(text: str, transcript_id: str, source: str, default_title: str) -> Transcript:
    """Parse a JSON transcript; raise ``IngestError`` when it is malformed or holds no list of turns."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise IngestError(source, f"malformed JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}") from exc
    except RecursionError as exc:
        raise IngestError(source, "malformed JSON: nested too deeply") from exc
    service = read_stt(data)
    if service is not None:
        return _machine_transcript(*service, transcript_id, source, default_title)
    meta: dict[str, Any] = {}
    key = None
    if isinstance(data, dict):
        meta = data
        key = next((k for k in LIST_KEYS if isinstance(data.get(k), list)), None)
        items = data[key] if key else None
    else:
        items = data
    fmt = FORMAT
    if not isinstance(items, list) and (clipped := _speaker_clips(data)) is not None:
        items, key, fmt = clipped, "segments", f"{FORMAT} (speaker clips)"
    if not isinstance(items, list) and (found_list := find_turn_list(data)) is not None:
        path, items = found_list
        fmt = f"{FORMAT} (turns at '{path}')"
    if not isinstance(items, list) and (named := _named_objects(data)):
        items, fmt = named, f"{FORMAT} (turns found by their keys)"
    if not _has_text(items) and (words := _timed_words(data)):
        return _machine_transcript("words", words, transcript_id, source, default_title)
    if not isinstance(items, list):
        found = f"keys {', '.join(sorted(map(str, data))[:12]) or 'none'}" if isinstance(data, dict) \
            else type(data).__name__
        reason = f"unknown JSON schema, no list of turns (found {found}; supported: {SUPPORTED_SHAPES})"
        raise IngestError(source, reason)
    return _transcript(items, meta, transcript_id, source, default_title, merge=key in MERGED_LISTS, fmt=fmt)


def _machine_transcript(name: str, utterances: list[Utterance], transcript_id: str, source: str,
                        default_title: str) -> Transcript:
    """Speech-to-text pieces as turns, split at pauses and sentence ends (``timed_turns``)."""
    transcript = Transcript(transcript_id, default_title, None, None, source, [], f"{FORMAT} ({name})")
    transcript.turns = timed_turns(transcript_id, utterances)
    if not transcript.turns:
        raise IngestError(source, f"{name} JSON holds no transcribed words")
    return transcript


def _has_text(items: object) -> bool:
    return isinstance(items, list) and any(isinstance(x, dict) and _text(_snake_case(x)) is not None for x in items)


def _named_objects(data: object) -> list[dict[str, Any]]:
    """The objects naming a speaker and holding words, wherever they sit, each once: turns kept in mappings, not
    lists (the Diet's speech records by bill and party, ``{"…法律案": {"日本共産党": {"speaker": …, "speech":
    …}}}``, one speech under several bills); empty under ``MIN_NAMED_OBJECTS``."""
    found = _objects(data, lambda item: _text(item) is not None and _speaker_of(item))
    once = list({json.dumps(item, sort_keys=True, ensure_ascii=False, default=str): item for item in found}.values())
    return once if len(once) >= MIN_NAMED_OBJECTS else []


def _timed_words(data: object) -> list[Utterance]:
    """Word-level output of no known schema (Vosk's ``result``, a captioning script's lists of word groups): the
    objects holding a word and its start time, as words naming no one unless they carry a speaker label; empty
    under ``MIN_TIMED_WORDS``."""
    def word(item: dict[str, Any]) -> str | None:
        return next((w for k in WORD_HEADERS if isinstance(w := item.get(k), str)), None)
    found = _objects(data, lambda item: word(item) is not None and _first(item, START_KEYS) is not None)
    words = [(text, item.get("speaker"), _first(item, START_KEYS), _first(item, END_KEYS),
              not any(c.isalnum() for c in text)) for item in found if (text := word(item))]
    return word_utterances(words) if len(words) >= MIN_TIMED_WORDS else []


def _objects(data: object, wanted: Callable[[dict[str, Any]], bool]) -> list[dict[str, Any]]:
    """The objects (keys in snake_case) that ``wanted`` picks wherever they sit, in document order, none looked
    into once picked."""
    found: list[dict[str, Any]] = []
    pending: list[object] = [data]
    while pending:
        node = pending.pop()
        if isinstance(node, dict) and wanted(item := _snake_case(node)):
            found.append(item)
            continue
        children = node.values() if isinstance(node, dict) else node if isinstance(node, list) else ()
        pending += reversed([child for child in children if isinstance(child, dict | list)])
    return found


def _speaker_clips(data: object) -> list[dict[str, Any]] | None:
    """The segments of a document of diarized clips, each a speaker label and its segments
    (``{"clip-1.wav": ["SPEAKER_04", [{"start": 0.2, "content": "…"}, …]], …}``), each segment given its clip's
    speaker; None for any other shape."""
    clips = list(data.values()) if isinstance(data, dict) else data if isinstance(data, list) else []
    paired = [c for c in clips if isinstance(c, list) and len(c) == 2 and isinstance(c[0], str | int)
              and not isinstance(c[0], bool) and isinstance(c[1], list)
              and all(isinstance(x, dict) and _text(x) is not None and not _speaker_of(x) for x in c[1])]
    if len(paired) < 2 or len(paired) < MIN_FOUND_SHARE * len(clips):
        return None
    return [{**segment, "speaker": speaker} for speaker, segments in paired for segment in segments]


def _snake_case(item: object) -> object:
    """A turn object with camelCase keys as snake_case (``speakerLabel`` -> ``speaker_label``), as the keys
    above are written."""
    if not isinstance(item, dict):
        return item
    return {_CAMEL.sub(r"_\1", k).lower() if isinstance(k, str) else k: v for k, v in item.items()}


def _speaker_names(meta: dict[str, Any]) -> dict[str, str]:
    """A document's own key of speakers, label to name (``"speakers": {"spk_0": "Luciano"}``), if it has one."""
    for key in NAMES_KEYS:
        found = meta.get(key)
        if isinstance(found, dict) and found and all(isinstance(v, str) and v.strip() for v in found.values()):
            return {str(k): v.strip() for k, v in found.items()}
    return {}


def find_turn_list(data: object) -> tuple[str, list[Any]] | None:
    """Where a document of no known schema keeps its turns: the list, anywhere within ``MAX_SEARCH_DEPTH``
    levels, of the most objects with a text field (``TEXT_KEYS``), ``MIN_FOUND_SHARE`` of its items at least;
    returned with its path (``speakers``, ``sections[0].turns``) so the format can say which list was read."""
    best: tuple[int, str, list[Any]] | None = None
    pending: list[tuple[object, str, int]] = [(data, "", 0)]
    while pending:
        node, path, depth = pending.pop()
        if depth > MAX_SEARCH_DEPTH:
            continue
        if isinstance(node, dict):
            pending += [(v, f"{path}.{k}" if path else str(k), depth + 1) for k, v in node.items()
                        if isinstance(v, dict | list)]
        elif isinstance(node, list) and node:
            with_text = sum(isinstance(x, dict) and _text(_snake_case(x)) is not None for x in node)
            if with_text >= max(2, MIN_FOUND_SHARE * len(node)) and (best is None or with_text > best[0]):
                best = (with_text, path or "(top level)", node)
            pending += [(x, f"{path}[{i}]", depth + 1) for i, x in enumerate(node[:MAX_ITEMS_SEARCHED])
                        if isinstance(x, dict | list)]
    return _with_siblings(data, best[1], best[2]) if best else None


def front_matter_turns(meta: dict[str, Any], transcript_id: str, source: str, title: str) -> Transcript | None:
    """A transcript kept as a list of turns in a Markdown file's front matter (a podcast site's ``transcript:``
    of ``{line, who, sec}`` items), or None."""
    found = find_turn_list(meta)
    if found is None or sum(bool(_speaker_of(x)) for x in found[1]) < MIN_FOUND_SHARE * len(found[1]):
        return None  # links or chapters with text, not turns
    path, items = found
    return _transcript(items, meta, transcript_id, source, title, merge=False, fmt=f"markdown (front matter '{path}')")


def _with_siblings(data: object, path: str, items: list[Any]) -> tuple[str, list[Any]]:
    """The turns of every element beside the one the search found: ``sections[0].turns`` is the first section's
    (an argument before the Supreme Court has one per advocate), ``sections[*].turns`` all of them, in order."""
    m = re.match(r"^(.*)\[\d+\]\.([^\[\]]+)$", path)
    parent = _at(data, m.group(1)) if m else None
    if not m or not isinstance(parent, list):
        return path, items
    found = [x for element in parent if isinstance(turns := _at(element, m.group(2)), list) for x in turns]
    return (f"{m.group(1)}[*].{m.group(2)}", found) if len(found) > len(items) else (path, items)


def _at(node: object, path: str) -> object:
    """The value at a path such as ``transcript.sections`` or ``turns``, or None."""
    for key in path.split("."):
        node = node.get(key) if isinstance(node, dict) else None
    return node


def parse_jsonl(text: str, transcript_id: str, source: str, default_title: str) -> Transcript:
    """Parse JSON Lines, one turn object per line; raise ``IngestError`` naming a malformed line."""
    items: list[Any] = []
    meta: dict[str, Any] = {}
    for number, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except json.JSONDecodeError as exc:
            raise IngestError(source, f"malformed JSON on line {number}, column {exc.colno}: {exc.msg}") from exc
        except RecursionError as exc:
            raise IngestError(source, f"malformed JSON on line {number}: nested too deeply") from exc
        if isinstance(item, dict) and _text(item) is None and ("title" in item or "date" in item):
            meta.update(item)
        else:
            items.append(item)
    return _transcript(items, meta, transcript_id, source, default_title, merge=False, fmt="jsonl")


def _transcript(
    items: list[Any], meta: dict[str, Any], transcript_id: str, source: str, default_title: str,
    *, merge: bool, fmt: str = FORMAT,
) -> Transcript:
    utterances: list[Utterance] = []
    skipped = 0
    items = _chronological([_snake_case(item) for item in items])
    names = _speaker_names(meta)
    speakers = [names.get(str(s), s) if names and is_machine_label(s) else s for s in _speakers(items)]
    for item, speaker in zip(items, speakers, strict=True):
        raw_text = _text(item) if isinstance(item, dict) else None
        body = clean_paragraphs(raw_text) if raw_text is not None else ""
        if not body:
            skipped += 1
            continue
        label = (diarized_label(speaker) if isinstance(speaker, int) else clean_line(speaker)
                 if isinstance(speaker, str) else None) or ""
        start, end = parse_seconds(_first(item, START_KEYS)), parse_seconds(_first(item, END_KEYS))
        utterances.append(Utterance(body, label or None, None if label else UNKNOWN_SPEAKER, start, end))

    nested = meta.get("metadata") if isinstance(meta.get("metadata"), dict) else {}
    title = _string(meta.get("title")) or _string(nested.get("title"))
    date, date_source = first_date(("metadata", _string(meta.get("date")) or _string(nested.get("date"))),
                                   ("title", title))
    transcript = Transcript(transcript_id, title or default_title, date, None, source, [], fmt, date_source)
    transcript.turns = timed_turns(transcript_id, utterances) if merge else build_turns(transcript_id, utterances)
    if skipped:
        transcript.warnings.append(f"{skipped} of {len(items)} items have no text and were left out")
    return transcript


def _chronological(items: list[Any]) -> list[Any]:
    """Messages in the order they were sent, each with its ``start`` counted from the first message and its
    text and sender's name repaired where the export garbled them: chat exports that stamp each message in epoch
    milliseconds (Facebook and Instagram's ``timestamp_ms``) list the newest first."""
    stamps = [item.get(EPOCH_KEY) if isinstance(item, dict) else None for item in items]
    if not items or not all(isinstance(t, int) and not isinstance(t, bool) for t in stamps):
        return items
    import ftfy

    first = min(stamps)
    ordered = sorted(zip(stamps, items, strict=True), key=lambda pair: pair[0])
    # Facebook writes each UTF-8 byte as its own \u00XX escape ("JosÃ©"): read the text as it was meant
    return [{**item, "start": (stamp - first) / 1000,
             **{k: ftfy.fix_encoding(v) for k in (*TEXT_KEYS, *SPEAKER_KEYS) if isinstance(v := item.get(k), str)}}
            for stamp, item in ordered]


def _speakers(items: list[Any]) -> list[object]:
    """Each item's speaker: the first of its ``SPEAKER_KEYS`` holding a person's name, else its machine label
    (``SPEAKER_07``, ``3``) or, where another turn of the file pairs that label with one name only, that name.

    A name the file gives to ``MIN_LABELS_OF_A_ROLE`` machine labels or more (``Staff Member`` for
    ``SPEAKER_00``, ``SPEAKER_02`` and ``SPEAKER_06``) is a role shared by different people, not a person: those
    turns keep their machine labels, so different people are never merged under it. (A diarizer may split one
    person in two: a name on two labels, ``Mayor Catherine Read``, stays.)"""
    found: list[tuple[object, object]] = []  # (name, machine label) of each item
    for item in items:
        values = [v for v in (_named(item.get(k)) for k in SPEAKER_KEYS) if _given(v)] if isinstance(item, dict) \
            else []
        name = next((v for v in values if not is_machine_label(v)), None)
        found.append((name, next((v for v in values if is_machine_label(v)), None)))
    names: dict[object, set[object]] = {}
    labels: dict[object, set[object]] = {}
    for name, machine in found:
        if name is not None and machine is not None:
            labels.setdefault(name, set()).add(machine)
    roles = {name for name, machines in labels.items() if len(machines) >= MIN_LABELS_OF_A_ROLE}
    for name, machine in found:
        if name is not None and machine is not None and name not in roles:
            names.setdefault(machine, set()).add(name)
    return [machine if name in roles else name if name is not None
            else next(iter(names[machine])) if len(names.get(machine, ())) == 1 else machine
            for name, machine in found]


def _speaker_of(item: object) -> bool:
    """Whether an item names its speaker in one of ``SPEAKER_KEYS``."""
    return isinstance(item, dict) and any(_given(_named(item.get(k))) for k in SPEAKER_KEYS)


def _given(value: object) -> bool:
    """A speaker field with something in it: a number (not a flag), or a string other than blank or ``Unknown``
    (a name field left unresolved says less than the diarization label beside it)."""
    if isinstance(value, str):
        return bool(value.strip()) and not UNRESOLVED_LABEL.match(value)
    return isinstance(value, int) and not isinstance(value, bool)


def _text(item: dict[str, Any]) -> str | None:
    """An item's words: the first ``TEXT_KEYS`` field holding a string, or a list of strings and text pieces."""
    for key in TEXT_KEYS:
        value = item.get(key)
        if isinstance(value, list) and value and all(isinstance(v, str | dict) for v in value):
            glue = " " if all(isinstance(v, dict) for v in value) else ""  # Oyez's text blocks; Telegram's pieces
            value = glue.join(v if isinstance(v, str) else str(v.get("text", "")) for v in value)
        if isinstance(value, str):
            return value
    return None


def _named(value: object) -> object:
    """A speaker field's value, or for an object naming a person (``{"name": …, "nickname": …}``) its best name."""
    if isinstance(value, dict):
        return next((v for v in (value.get(k) for k in NAME_KEYS) if isinstance(v, str) and v.strip()), None)
    return value


def _first(item: dict[str, Any], keys: tuple[str, ...]) -> Any:
    return next((item[k] for k in keys if k in item), None)


def _string(value: Any) -> str | None:
    return clean_line(value) or None if isinstance(value, str) else None


def json_body(text: str) -> str | None:
    """The JSON document (an object or a list) that decoded text holds, or None: the whole text, or in a
    Markdown or text file one that follows a short preamble (``# Deepgram response``, a sentence) or sits in a
    fenced code block. Parsed, not guessed from its first characters, so a Markdown file opening with a link or
    a template is not JSON."""
    body = text.lstrip("\ufeff \t\r\n")
    candidates = [body]
    lines = body.split("\n")
    opening = next((i for i, line in enumerate(lines[:MAX_JSON_PREAMBLE_LINES + 1])
                    if line.lstrip().startswith(("{", "[", "```"))), None)
    if opening:  # after a preamble; a fence opens the block on its own line
        rest = lines[opening + 1:] if lines[opening].lstrip().startswith("```") else lines[opening:]
        candidates.append("\n".join(rest).rstrip().removesuffix("```"))
    for candidate in candidates:
        if candidate.lstrip().startswith(("{", "[")):
            try:
                json.loads(candidate)
            except (ValueError, RecursionError):
                continue
            return candidate
    return None


def json_error(text: str) -> str:
    """Where and why text that opens like JSON fails to parse as it."""
    try:
        json.loads(text.lstrip("\ufeff"))
    except json.JSONDecodeError as exc:
        return f"line {exc.lineno}, column {exc.colno}: {exc.msg}"
    except RecursionError:
        return "nested too deeply"
    return "not an object or a list"
