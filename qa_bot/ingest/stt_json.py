"""Speech-to-text service output (JSON): AWS Transcribe, AssemblyAI, Deepgram and Rev, told apart by their keys.

Each service's JSON becomes timed pieces (segments, utterances, paragraphs or
words) with times in seconds, handed to ``speakers.timed_turns``: one
speaker's consecutive pieces form a turn, cut at pauses and, in long
stretches, at sentence ends, so output without diarization becomes turns of
tens of seconds under ``Unknown speaker``.

- AWS Transcribe: ``results.audio_segments`` (``transcript``, ``start_time``,
  ``speaker_label``); else ``results.items`` (words and punctuation), each
  word's speaker from its own ``speaker_label`` or from
  ``results.speaker_labels.segments`` (``results.channel_labels`` likewise);
  else the bare ``results.transcripts`` text. Call Analytics: ``Transcript``
  turns by ``ParticipantRole`` (``AGENT``, ``CUSTOMER``), in milliseconds.
- AssemblyAI: ``utterances`` (``speaker`` "A", "B", times in milliseconds);
  without diarization its ``words``.
- Deepgram: ``results.utterances``; else the first channel's
  ``alternatives[0].paragraphs`` (sentences) or its ``words``.
- Rev: ``monologues``, each ``elements`` of text and punctuation (its API), or
  ``spans`` (its editor's export, ``endTs``), with ``speaker_name`` when the
  transcriber named the speaker, or a ``speakers`` list naming the numbers.

Numbered machine labels (``spk_0``, ``0``, ``ch_1``) are written the way
pyannote and WhisperX write them, ``SPEAKER_00``, ``SPEAKER_01``…, so
diarized speakers look alike whichever service produced them. A lettered
label (AssemblyAI's ``A``) becomes ``Speaker A``, as the service itself
shows it, so a citation names the speaker the user sees in that service's
transcript. A label that is a name stays as written.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from qa_bot.ingest.speakers import UNKNOWN_SPEAKER, Utterance
from qa_bot.text import clean_line, clean_paragraphs, parse_seconds

_MACHINE_LABEL = re.compile(r"^(?:spk|speaker|ch|channel)?[ _-]?(\d{1,3})$", re.I)
_MACHINE_ID = re.compile(r"^(?:(?:spk|speaker)[ _-]?[A-Z]|(?=[0-9a-f-]*\d)[0-9a-f]{8,}(?:-[0-9a-f]{4,})*)$", re.I)


@dataclass(frozen=True)
class Schema:
    """A service's JSON shape: how to recognise it and how to read it into timed utterances."""

    name: str
    matches: Callable[[dict[str, Any]], bool]
    read: Callable[[dict[str, Any]], list[Utterance]]


def diarized_label(raw: object) -> str | None:
    """``SPEAKER_00`` for a numbered label (``spk_0``, ``0``, ``ch_1``), ``Speaker A`` for ``"A"``; else as written."""
    if isinstance(raw, bool) or raw is None:
        return None
    if isinstance(raw, int):
        return f"SPEAKER_{raw:02d}" if raw >= 0 else None
    label = clean_line(str(raw))
    m = _MACHINE_LABEL.match(label)
    if m:
        return f"SPEAKER_{int(m.group(1)):02d}"
    if len(label) == 1 and "A" <= label <= "Z":
        return f"Speaker {label}"
    return label or None


def is_machine_label(raw: object) -> bool:
    """True for a label a machine gave, not a person's name: a number, ``SPEAKER_07``, ``spk_3``, ``ch_1``,
    ``Speaker A``, a single capital letter (``A``), a hex id or UUID."""
    if isinstance(raw, bool):
        return False
    if isinstance(raw, int):
        return True
    label = clean_line(raw) if isinstance(raw, str) else ""
    return bool(_MACHINE_LABEL.match(label) or _MACHINE_ID.match(label) or (len(label) == 1 and label.isupper()))


def read_stt(data: object) -> tuple[str, list[Utterance]] | None:
    """``(service name, utterances)`` for the JSON of a known speech-to-text service, else None."""
    if not isinstance(data, dict):
        return None
    for schema in SCHEMAS:
        if schema.matches(data):
            return schema.name, schema.read(data)
    return None


def _utterance(text: object, speaker: object, start: object, end: object, scale: float = 1.0) -> Utterance | None:
    """One timed piece; ``scale`` converts the service's time unit to seconds; None when there is no text."""
    body = clean_paragraphs(text) if isinstance(text, str) else ""
    if not body:
        return None
    label = diarized_label(speaker)
    start_s, end_s = parse_seconds(start), parse_seconds(end)
    return Utterance(
        body, label, None if label else UNKNOWN_SPEAKER,
        None if start_s is None else round(start_s * scale, 3), None if end_s is None else round(end_s * scale, 3),
    )


def _pieces(items: object, read: Callable[[dict[str, Any]], Utterance | None]) -> list[Utterance]:
    """``read`` applied to each dict of a list, the pieces without text left out."""
    if not isinstance(items, list):
        return []
    return [u for u in (read(item) for item in items if isinstance(item, dict)) if u is not None]


def _get(data: object, *path: str | int) -> Any:
    """``data[path[0]][path[1]]…``, or None where a step is missing or of the wrong type."""
    for step in path:
        if isinstance(step, int):
            data = data[step] if isinstance(data, list) and len(data) > step else None
        else:
            data = data.get(step) if isinstance(data, dict) else None
    return data


def _words(words: list[tuple[str, object, object, object, bool]], scale: float = 1.0) -> list[Utterance]:
    """Word-level output as utterances: punctuation glued to the word before it (``(text, speaker, start, end,
    is_punctuation)``); a word without a speaker label keeps the speaker of the word before it."""
    out: list[Utterance] = []
    for text, speaker, start, end, punct in words:
        text = text.strip() if isinstance(text, str) else ""
        if not text:
            continue
        if punct and out:
            last = out[-1]
            out[-1] = Utterance(last.text + text, last.label, last.speaker, last.start, last.end)
            continue
        if speaker is None and out and out[-1].label:
            speaker = out[-1].label
        piece = _utterance(text, speaker, start, end, scale)
        if piece is not None:
            out.append(piece)
    return out


# --------------------------------------------------------------------------- #
# AWS Transcribe
# --------------------------------------------------------------------------- #


def _is_aws(data: dict[str, Any]) -> bool:
    results = data.get("results")
    return isinstance(results, dict) and any(k in results for k in ("audio_segments", "items", "transcripts")) \
        and not isinstance(results.get("channels"), list)


def _read_aws(data: dict[str, Any]) -> list[Utterance]:
    results = data["results"]
    segments = _pieces(results.get("audio_segments"), lambda s: _utterance(
        s.get("transcript"), s.get("speaker_label") or s.get("channel_label"), s.get("start_time"), s.get("end_time")
    ))
    if segments:
        return segments
    items = results.get("items") if isinstance(results.get("items"), list) else []
    by_start = _aws_speakers(results)
    words = []
    for item in items:
        if not isinstance(item, dict):
            continue
        text = _get(item, "alternatives", 0, "content")
        start = item.get("start_time")
        speaker = item.get("speaker_label") or item.get("channel_label") or by_start.get(str(start))
        words.append((text, speaker, start, item.get("end_time"), item.get("type") == "punctuation"))
    pieces = _words(words)
    if pieces:
        return pieces
    whole = _get(results, "transcripts", 0, "transcript")
    return [u for u in [_utterance(whole, None, None, None)] if u is not None]


def _aws_speakers(results: dict[str, Any]) -> dict[str, object]:
    """Word start time -> speaker label, from ``speaker_labels.segments`` or ``channel_labels.channels``."""
    found: dict[str, object] = {}
    for groups, label_key in ((_get(results, "speaker_labels", "segments"), "speaker_label"),
                              (_get(results, "channel_labels", "channels"), "channel_label")):
        for group in groups if isinstance(groups, list) else []:
            if not isinstance(group, dict):
                continue
            for item in group.get("items") or []:
                if isinstance(item, dict) and item.get("start_time") is not None:
                    found[str(item["start_time"])] = item.get(label_key) or group.get(label_key)
    return found


def _is_aws_call_analytics(data: dict[str, Any]) -> bool:
    first = _get(data, "Transcript", 0)
    return isinstance(first, dict) and "ParticipantRole" in first and "Content" in first


def _read_aws_call_analytics(data: dict[str, Any]) -> list[Utterance]:
    """Call Analytics output: ``Transcript`` turns by ``ParticipantRole`` (AGENT, CUSTOMER), times in milliseconds."""
    return _pieces(data["Transcript"], lambda t: _utterance(
        t.get("Content"), t.get("ParticipantRole"), t.get("BeginOffsetMillis"), t.get("EndOffsetMillis"), 0.001
    ))


# --------------------------------------------------------------------------- #
# AssemblyAI (times in milliseconds)
# --------------------------------------------------------------------------- #

_ASSEMBLYAI_KEYS = ("audio_duration", "acoustic_model", "language_model", "speaker_labels", "audio_url")


def _is_assemblyai(data: dict[str, Any]) -> bool:
    first = _get(data, "utterances", 0) or _get(data, "words", 0)
    return any(k in data for k in _ASSEMBLYAI_KEYS) or (
        isinstance(first, dict) and "confidence" in first and isinstance(first.get("start"), int)
        and isinstance(data.get("utterances") or data.get("words"), list)
    )


def _read_assemblyai(data: dict[str, Any]) -> list[Utterance]:
    utterances = _pieces(data.get("utterances"), lambda u: _utterance(
        u.get("text"), u.get("speaker"), u.get("start"), u.get("end"), 0.001
    ))
    if utterances:
        return utterances
    words = [(w.get("text"), w.get("speaker"), w.get("start"), w.get("end"), False)
             for w in data.get("words") or [] if isinstance(w, dict)]
    return _words(words, 0.001) or [u for u in [_utterance(data.get("text"), None, None, None)] if u is not None]


# --------------------------------------------------------------------------- #
# Deepgram
# --------------------------------------------------------------------------- #


def _is_deepgram(data: dict[str, Any]) -> bool:
    results = data.get("results")
    return isinstance(results, dict) and (
        isinstance(results.get("channels"), list) or isinstance(results.get("utterances"), list)
    )


def _read_deepgram(data: dict[str, Any]) -> list[Utterance]:
    results = data["results"]
    utterances = _pieces(results.get("utterances"), lambda u: _utterance(
        u.get("transcript"), u.get("speaker"), u.get("start"), u.get("end")
    ))
    if utterances:
        return utterances
    alternative = _get(results, "channels", 0, "alternatives", 0)
    paragraphs = _pieces(_get(alternative, "paragraphs", "paragraphs"), lambda p: _utterance(
        " ".join(s["text"].strip() for s in p.get("sentences") or []
                 if isinstance(s, dict) and isinstance(s.get("text"), str)),
        p.get("speaker"), p.get("start"), p.get("end"),
    ))
    if paragraphs:
        return paragraphs
    words = [(w.get("punctuated_word") or w.get("word"), w.get("speaker"), w.get("start"), w.get("end"), False)
             for w in _get(alternative, "words") or [] if isinstance(w, dict)]
    return _words(words) or [u for u in [_utterance(_get(alternative, "transcript"), None, None, None)] if u]


# --------------------------------------------------------------------------- #
# Rev
# --------------------------------------------------------------------------- #


def _is_rev(data: dict[str, Any]) -> bool:
    return isinstance(data.get("monologues"), list)


def _read_rev(data: dict[str, Any]) -> list[Utterance]:
    """Each monologue's words, from ``elements`` (Rev's API) or ``spans`` (its editor's export); the speaker
    from ``speaker_name``, else the name the ``speakers`` list gives its number, else the number."""
    names = {s.get("id"): s.get("name") for s in data.get("speakers") or [] if isinstance(s, dict)}

    def monologue(m: dict[str, Any]) -> Utterance | None:
        pieces = m.get("elements") or m.get("spans")
        words = [e for e in pieces if isinstance(e, dict) and isinstance(e.get("value"), str)] \
            if isinstance(pieces, list) else []
        timed = [e for e in words if e.get("ts") is not None]
        number = m.get("speaker")
        named = names.get(number) if isinstance(number, int) and not isinstance(number, bool) else None
        speaker = m.get("speaker_name") or (named if isinstance(named, str) and named.strip() else number)
        end = timed[-1].get("end_ts", timed[-1].get("endTs")) if timed else None
        return _utterance(
            "".join(e["value"] for e in words), speaker,
            timed[0].get("ts") if timed else m.get("startTime"), end,
        )

    return _pieces(data["monologues"], monologue)


# --------------------------------------------------------------------------- #
# Google Cloud Speech-to-Text
# --------------------------------------------------------------------------- #


def _google_results(data: dict[str, Any]) -> list[Any] | None:
    """The ``results`` of a recognize response, or of the long-running operation wrapping one (``response``)."""
    results = data.get("results")
    if results is None and isinstance(data.get("response"), dict):
        results = data["response"].get("results")
    if isinstance(results, list) and results and all(
        isinstance(r, dict) and isinstance(r.get("alternatives"), list) for r in results
    ):
        return results
    return None


def _is_google(data: dict[str, Any]) -> bool:
    return _google_results(data) is not None


def _read_google(data: dict[str, Any]) -> list[Utterance]:
    """Each result's best alternative, timed by its words (``"25.600s"``, read by ``parse_seconds``). With
    diarization, the result whose words carry ``speakerTag`` repeats every word with its speaker: those words
    are read instead."""
    alternatives = [_get(r, "alternatives", 0) for r in _google_results(data) or []]
    alternatives = [a for a in alternatives if isinstance(a, dict)]

    tagged = [a for a in alternatives if any(isinstance(w, dict) and w.get("speakerTag") for w in a.get("words") or [])]
    if tagged:
        return _words([(w.get("word"), w.get("speakerTag"), w.get("startTime"), w.get("endTime"), False)
                       for w in tagged[-1]["words"] if isinstance(w, dict)])

    def result(a: dict[str, Any]) -> Utterance | None:
        words = [w for w in a.get("words") or [] if isinstance(w, dict)]
        return _utterance(a.get("transcript"), None, words[0].get("startTime") if words else None,
                          words[-1].get("endTime") if words else None)

    return _pieces(alternatives, result)


SCHEMAS = (
    Schema("Rev", _is_rev, _read_rev),
    Schema("Google Speech-to-Text", _is_google, _read_google),
    Schema("Deepgram", _is_deepgram, _read_deepgram),
    Schema("AWS Transcribe", _is_aws, _read_aws),
    Schema("AWS Call Analytics", _is_aws_call_analytics, _read_aws_call_analytics),
    Schema("AssemblyAI", _is_assemblyai, _read_assemblyai),
)
