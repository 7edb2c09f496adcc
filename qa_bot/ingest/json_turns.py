"""JSON transcripts (.json) and JSON Lines (.jsonl): turn lists and speech-to-text output.

Speech-to-text services' output is recognised by its keys and read by ``stt_json``. Otherwise the turns are a list:
under ``turns``, ``utterances``, ``meeting_transcripts`` (QMSum) or ``segments`` (Whisper, WhisperX: consecutive
segments of one speaker merged), bare, or found by shape (``find_turn_list``: the longest list of objects with a
text field, the format naming its path). Failing a list, objects naming a speaker and holding words wherever they
sit are the turns (``named_objects``; ``{"user": "Hi"}``, ``json_loose``), and timed word objects are unnamed speech
(``timed_words``). An item's speaker (``SPEAKER_KEYS``, camelCase keys too): a person's name is credited before a
diarization label beside it (``SPEAKER_07``), a label may be named by the document's own ``speakers`` key, chat
exports' sender objects (Discord's ``author``, Slack's ``user_profile``) by the name in them, and Messenger's
messages are put in the order they were sent (``timestamp_ms``). Its text: ``TEXT_KEYS``; its times: ``start`` /
``end`` in seconds or as time codes. Top-level ``title`` and ``date`` (or inside ``metadata``) are optional. JSON
Lines: an item a line, one with ``title`` / ``date`` and no text the metadata. A document of lines of text
(``{"001": "D: ¿qué más?"}``) is read as running text (``json_lines``); others are refused."""

from __future__ import annotations

import html
import json
import re
from dataclasses import dataclass
from typing import Any

from qa_bot.errors import IngestError
from qa_bot.ingest.json_dialogue import parallel_speakers, split_dialogues
from qa_bot.ingest.json_loose import keyed_turns, python_literal
from qa_bot.ingest.json_pairs import question_answer_turns
from qa_bot.ingest.json_paths import walk
from qa_bot.ingest.json_search import (
    END_KEYS,
    MIN_FOUND_SHARE,
    SPEAKER_KEYS,
    START_KEYS,
    TEXT_KEYS,
    breaks_down_running_text,
    find_turn_list,
    first,
    given,
    has_text,
    holds_turn_list,
    item_text,
    named,
    named_objects,
    parallel_turns,
    running_text,
    speaker_of,
    timed_words,
    titles_as_speakers,
    turn_fields,
    with_cast_names,
)
from qa_bot.ingest.json_text import cell_rows, html_strings, string_blocks, string_lines
from qa_bot.ingest.labels import learn_grammar
from qa_bot.ingest.metadata import HEADER_KEYS, HTML_ELEMENT, HTML_TAG, first_date
from qa_bot.ingest.speakers import UNKNOWN_SPEAKER, Utterance, build_turns, timed_turns
from qa_bot.ingest.stt_base import diarized_label, is_machine_label
from qa_bot.ingest.stt_json import SCHEMAS, read_stt
from qa_bot.ingest.table import parse_rows
from qa_bot.text import clean_line, clean_paragraphs, parse_seconds
from qa_bot.types import Transcript

FORMAT = "json"
_TRANSCRIPT_KEY = re.compile(r"transcript|caption|subtitle|segment|utterance|cue", re.I)  # a list's key
_BREAK = re.compile(r"<br\s*/?>|</p>", re.I)
LIST_KEYS, MERGED_LISTS = ("turns", "utterances", "segments", "meeting_transcripts"), ("segments",)  # STT pieces
MIN_LABELS_OF_A_ROLE = 3  # machine labels one name is given to, for it to be a role, not a person (``_speakers``)
MAX_JSON_PREAMBLE_LINES, MIN_PASTED_JSON_CHARS = 5, 2000  # before a document in a text file; a document on a line
NAMES_KEYS = ("speakers", "speaker_names", "speakerNames", "speaker_map", "speakerMap")  # label -> name, top level
# A script that holds data: a JSON literal assigned to a variable or exported (a web page's transcript player
# keeps its transcript that way), after any leading comments.
SCRIPT_ASSIGNMENT = re.compile(
    r"(?:\s*(?://[^\n]*|/\*.*?\*/))*\s*(?:(?:export\s+)?(?:var|let|const)\s+[\w$]+(?:\s*:[^=\n]*)?\s*="
    r"|module\.exports\s*=|export\s+default)\s*(?=[\[{])", re.S)
_LANGUAGE_SUFFIX = re.compile(r"(?<=[a-z])(?:_[a-z]{2}|[A-Z][a-z])$")  # "titleFr", "title_en": the title in a language
EPOCH_KEY = "timestamp_ms"  # a chat export's send time, in milliseconds since 1970
SUPPORTED_SHAPES = (
    f"{', '.join(s.name for s in SCHEMAS)} output, Whisper/WhisperX 'segments', or a list of turns "
    "(bare, or under 'turns', 'utterances' or 'meeting_transcripts')"
)


def parse_json(text: str, transcript_id: str, source: str, default_title: str) -> Transcript:
    """Parse a JSON transcript; raise ``IngestError`` when it is malformed or holds no list of turns."""
    try:
        data = json.loads(text, strict=False)  # control characters inside strings: raw line breaks, as some sites write
    except json.JSONDecodeError as exc:
        raise IngestError(source, f"malformed JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}") from exc
    except RecursionError as exc:
        raise IngestError(source, "malformed JSON: nested too deeply") from exc
    service = read_stt(data)
    if service is not None:
        return _machine_transcript(*service, transcript_id, source, default_title)
    if (pairs := question_answer_turns(data)) is not None:  # an interview kept as question-and-answer pairs
        return _transcript(pairs[1], data if isinstance(data, dict) else {}, transcript_id, source, default_title,
                           merge=False, fmt=f"{FORMAT} (question and answer pairs at '{pairs[0]}')")
    meta: dict[str, Any] = {}
    key = None
    if isinstance(data, dict):
        meta = data
        key = next((k for k in LIST_KEYS if isinstance(data.get(k), list)), None)
        items = data[key] if key else None
        if key is None and (indexed := _numbered_segments(data.get("segments"))):
            key, items = "segments", indexed
    else:  # a list: of turns, or of documents that each hold turns (a year's meetings, each its proceedings)
        items = data if has_text(data) else None
    fmt = FORMAT
    if not isinstance(items, list) and (clipped := _speaker_clips(data)) is not None:
        items, key, fmt = clipped, "segments", f"{FORMAT} (speaker clips)"
    if not isinstance(items, list) and (found_list := find_turn_list(data)) is not None:
        path, items = found_list[0], with_cast_names(data, found_list[1])
        fmt = f"{FORMAT} (turns at '{path}')"
    if not isinstance(items, list) and (named := named_objects(data) or keyed_turns(data)):
        items, fmt = named, f"{FORMAT} (turns found by their keys)"
    if not has_text(items) and (words := timed_words(data)):
        return _machine_transcript("words", words, transcript_id, source, default_title)
    rows = cell_rows(data) if not isinstance(items, list) else None
    if rows is not None and not breaks_down_running_text(data, rows[1]):  # read as a table's rows are
        return parse_rows(rows[1], transcript_id, source, default_title, f"{FORMAT} (rows at '{rows[0]}')")
    if not isinstance(items, list):
        found = f"keys {', '.join(sorted(map(str, data))[:12]) or 'none'}" if isinstance(data, dict) \
            else type(data).__name__
        reason = f"unknown JSON schema, no list of turns (found {found}; supported: {SUPPORTED_SHAPES})"
        raise IngestError(source, reason)
    return _transcript(items, meta, transcript_id, source, default_title, merge=key in MERGED_LISTS, fmt=fmt)


def _numbered_segments(segments: object) -> list[dict[str, Any]] | None:
    """Segments kept as a mapping of their numbers to ``[start, end, text]`` (SoccerNet-Echoes' Whisper output:
    ``{"segments": {"0": [0.64, 7.76, "Well after a false start…"]}}``) as Whisper's list, in number order."""
    if not isinstance(segments, dict) or not segments or not all(str(k).isdigit() for k in segments):
        return None
    rows = [segments[k] for k in sorted(segments, key=int)]
    if not all(isinstance(r, list) and len(r) >= 3 and isinstance(r[2], str) for r in rows):
        return None
    return [{"start": r[0], "end": r[1], "text": r[2]} for r in rows]


def _machine_transcript(name: str, utterances: list[Utterance], transcript_id: str, source: str,
                        default_title: str) -> Transcript:
    """Speech-to-text pieces as turns, split at pauses and sentence ends (``timed_turns``)."""
    transcript = Transcript(transcript_id, default_title, None, None, source, [], f"{FORMAT} ({name})")
    transcript.turns = timed_turns(transcript_id, utterances)
    if not transcript.turns:
        raise IngestError(source, f"{name} JSON holds no transcribed words")
    return transcript


def _speaker_clips(data: object) -> list[dict[str, Any]] | None:
    """The segments of a document of diarized clips, each a speaker label and its segments (``{"clip-1.wav":
    ["SPEAKER_04", [{"start": 0.2, "content": "…"}, …]], …}``), given its clip's speaker; or the turns of a document
    keeping words and speakers in parallel lists (``json_dialogue.parallel_speakers``); None for any other shape."""
    if (parallel := parallel_speakers(data)) is not None:
        return parallel
    clips = list(data.values()) if isinstance(data, dict) else data if isinstance(data, list) else []
    paired = [c for c in clips if isinstance(c, list) and len(c) == 2 and isinstance(c[0], str | int)
              and not isinstance(c[0], bool) and isinstance(c[1], list)
              and all(isinstance(x, dict) and item_text(x) is not None and not speaker_of(x) for x in c[1])]
    if len(paired) < 2 or len(paired) < MIN_FOUND_SHARE * len(clips):
        return None
    return [{**segment, "speaker": speaker} for speaker, segments in paired for segment in segments]


def _speaker_names(meta: dict[str, Any]) -> dict[str, str]:
    """A document's own key of speakers, label to name (``"speakers": {"spk_0": "Luciano"}``), if it has one."""
    for key in NAMES_KEYS:
        found = meta.get(key)
        if isinstance(found, dict) and found and all(isinstance(v, str) and v.strip() for v in found.values()):
            return {str(k): v.strip() for k, v in found.items()}
    return {}


def front_matter_turns(meta: dict[str, Any], transcript_id: str, source: str, title: str) -> Transcript | None:
    """A transcript kept as a list of turns in a Markdown file's front matter (a podcast site's ``transcript:``
    of ``{line, who, sec}`` items), or None. A list naming no one is a transcript only under a key that says so
    (``transcriptText:`` of ``{time, text}`` captions): its lines become timed turns cut at pauses."""
    found = find_turn_list(meta)
    if found is None:
        return None
    path, items = found
    named = sum(bool(speaker_of(x)) for x in items) >= MIN_FOUND_SHARE * len(items)
    if not named and not _TRANSCRIPT_KEY.search(path.rsplit(".", 1)[-1]):
        return None  # links or chapters with text, not turns
    return _transcript(items, meta, transcript_id, source, title, merge=not named,
                       fmt=f"markdown (front matter '{path}')")


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
        if isinstance(item, dict) and item_text(item) is None and ("title" in item or "date" in item):
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
    items = _chronological([turn_fields(turn) for item in items for turn in parallel_turns(item)])
    names = _speaker_names(meta)
    speakers = [names.get(str(s), s) if names and is_machine_label(s) else s for s in _speakers(items)]
    texts = [_markup_free(raw) if isinstance(item, dict) and (raw := item_text(item)) is not None else None
             for item in items]
    speakers, texts = _labelled_texts(speakers, texts)
    items, speakers, texts = split_dialogues(items, speakers, texts)  # a record holding a whole dialogue
    for item, speaker, raw_text in zip(items, speakers, texts, strict=True):
        body = clean_paragraphs(raw_text) if raw_text is not None else ""
        if not body:
            skipped += 1
            continue
        label = (diarized_label(speaker) if isinstance(speaker, int) else clean_line(speaker)
                 if isinstance(speaker, str) else None) or ""
        start, end = parse_seconds(first(item, START_KEYS)), parse_seconds(first(item, END_KEYS))
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


def _markup_free(text: str) -> str:
    """A turn's words without the HTML an API kept them in (``<pre>○議長（吉田崇仁）　…</pre>``, ``<p>…</p>``)."""
    if not HTML_ELEMENT.search(text):
        return text
    return html.unescape(HTML_TAG.sub("", _BREAK.sub("\n", text)))


def _labelled_texts(speakers: list[object], texts: list[str | None]) -> tuple[list[object], list[str | None]]:
    """Speakers named by a label opening the words of items that name no one in a field (a council's API,
    ``{"title": "議長（吉田崇仁）", "body": "○議長（吉田崇仁）　おはようございます。"}``), where such labels are
    the convention of those openings (``labels.learn_grammar``); the label leaves the words."""
    unnamed = [i for i, (speaker, text) in enumerate(zip(speakers, texts, strict=True)) if speaker is None and text]
    grammar = learn_grammar(clean_line(texts[i].lstrip().split("\n", 1)[0]) for i in unnamed)  # type: ignore[union-attr]
    speakers, texts = list(speakers), list(texts)
    for i in unnamed:
        head, _, rest = texts[i].lstrip().partition("\n")  # type: ignore[union-attr]
        label = grammar.match(clean_line(head))
        if label is not None and label.name:
            speakers[i], texts[i] = label.name, f"{label.rest}\n{rest}"
    return speakers, texts


def _chronological(items: list[Any]) -> list[Any]:
    """Messages in the order sent, each ``start`` counted from the first and its text and sender repaired where the
    export garbled them: chat exports stamping messages in epoch milliseconds (``timestamp_ms``) list newest first."""
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

    A name the file gives to ``MIN_LABELS_OF_A_ROLE`` machine labels or more (``Staff Member`` for ``SPEAKER_00``,
    ``SPEAKER_02`` and ``SPEAKER_06``) is a role shared by different people, not a person: those turns keep their
    machine labels, so different people are never merged under it (a name on two labels, a person split, stays)."""
    found: list[tuple[object, object]] = []  # (name, machine label) of each item
    for item in items:
        values = [v for v in (named(item.get(k)) for k in SPEAKER_KEYS) if given(v)] if isinstance(item, dict) \
            else []
        name = next((v for v in values if not is_machine_label(v)), None)
        found.append((name, next((v for v in values if is_machine_label(v)), None)))
    names: dict[object, set[object]] = {}
    labels: dict[object, set[object]] = {}
    for name, machine in found:
        if name is not None and machine is not None:
            labels.setdefault(name, set()).add(machine)
    if not any(name is not None or machine is not None for name, machine in found):
        return titles_as_speakers(items) or [None] * len(items)  # a council record's {"title": "主席", …}
    roles = {name for name, machines in labels.items() if len(machines) >= MIN_LABELS_OF_A_ROLE}
    for name, machine in found:
        if name is not None and machine is not None and name not in roles:
            names.setdefault(machine, set()).add(name)
    return [machine if name in roles else name if name is not None
            else next(iter(names[machine])) if len(names.get(machine, ())) == 1 else machine
            for name, machine in found]


def _string(value: Any) -> str | None:
    return clean_line(value) or None if isinstance(value, str) else None


@dataclass(frozen=True)
class JsonLines:
    """A JSON document that keeps its transcript as lines of text (``string_lines``, one paragraph a line; or
    ``string_blocks``, a paragraph's printed lines a list) or as one running text (``running_text``): that text,
    to be read by its labels; with the title and date that the document's other fields give."""

    path: str
    text: str
    title: str | None
    date: str | None


def json_lines(body: str) -> JsonLines | None:
    """The lines of text a JSON document keeps its transcript in (``{"003": "D: cuénteme qué hizo", "004": "AH: yo
    desayuné"}`` beside ``{"Metadatos": {"Fecha": "15 agosto 2024"}}``), or None for any other document."""
    try:
        data = json.loads(body, strict=False)
    except (json.JSONDecodeError, RecursionError):
        return None
    text = running_text(data)  # a PDF's text beside its metadata: whichever holds more words is the transcript
    found = max((f for f in (string_lines(data), string_blocks(data), html_strings(data), text and (text[0], [text[1]]))
                 if f),
                key=lambda f: sum(map(len, f[1])), default=None)
    if found is None:
        return None
    header: dict[str, str] = {}
    for node, _, _ in walk(data):
        for key, value in node.items() if isinstance(node, dict) else ():
            field = HEADER_KEYS.get(_LANGUAGE_SUFFIX.sub("", key).casefold()) if isinstance(key, str) else None
            if field and isinstance(value, str | int) and not isinstance(value, bool):
                header.setdefault(field, str(value))
    whole = found[1] == [text and text[1]]  # a file's text beside the file's metadata: its dates are the file's
    return JsonLines(found[0], "\n\n".join(found[1]), header.get("title"), None if whole else header.get("date"))


def json_body(text: str) -> str | None:
    """The JSON document (an object or a list) that decoded text holds, or None: the whole text, or in a
    Markdown or text file one that follows a short preamble (``# Deepgram response``, a sentence), sits in a
    fenced code block or was pasted as one long line among notes. Parsed, not guessed from its first characters,
    so a Markdown file opening with a link or a template is not JSON. In a script, the JSON literal it assigns or
    exports (``var transcript = {...};``)."""
    body = text.lstrip("\ufeff \t\r\n")
    script = SCRIPT_ASSIGNMENT.match(body)
    if script:  # a .js or .ts file: the literal, however much code follows it
        try:
            _, end = json.JSONDecoder().raw_decode(body, script.end())
        except (ValueError, RecursionError):
            return None
        return body[script.end():end]
    candidates = [body]
    lines = body.split("\n")
    opening = next((i for i, line in enumerate(lines[:MAX_JSON_PREAMBLE_LINES + 1])
                    if line.lstrip().startswith(("{", "[", "```"))), None)
    if opening:  # after a preamble; a fence opens the block on its own line
        rest = lines[opening + 1:] if lines[opening].lstrip().startswith("```") else lines[opening:]
        candidates.append("\n".join(rest).rstrip().removesuffix("```"))
    # a tool's turns pasted into notes as one long line (the only one), the notes' fields and summary around it
    pasted = [line for line in lines if len(line) >= MIN_PASTED_JSON_CHARS and line.startswith(("[{", '{"'))]
    candidates += [line for line in pasted if len(pasted) == 1 and holds_turn_list(line)]
    for candidate in candidates:
        if candidate.lstrip().startswith(("{", "[")):
            try:
                json.loads(candidate)
            except (ValueError, RecursionError):
                if (written := python_literal(candidate)) is not None:
                    return written
                continue
            return candidate
    return None


def blank_assignment(text: str) -> str:
    """``text`` with a script's assignment before its JSON literal blanked (line breaks kept), so that the error
    of a literal that is not JSON names its line and column in the file; any other text unchanged."""
    script = SCRIPT_ASSIGNMENT.match(text)
    if not script:
        return text
    return re.sub(r"[^\n]", " ", text[:script.end()]) + text[script.end():]


def json_error(text: str) -> str:
    """Where and why text that opens like JSON fails to parse as it."""
    try:
        json.loads(text.lstrip("\ufeff"), strict=False)
    except json.JSONDecodeError as exc:
        return f"line {exc.lineno}, column {exc.colno}: {exc.msg}"
    except RecursionError:
        return "nested too deeply"
    return "not an object or a list"
