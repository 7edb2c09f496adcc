"""Speech-to-text service output (JSON): AWS Transcribe, AssemblyAI, Deepgram, Rev and Google, told apart by
their keys (Speechmatics, Azure, IBM Watson and whisper.cpp in ``stt_services``; shared helpers in ``stt_base``).

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

from typing import Any

from qa_bot.ingest.speakers import Utterance
from qa_bot.ingest.stt_base import (
    Schema,
    get_path,
    pieces,
    utterance,
    word_utterances,
)
from qa_bot.ingest.stt_services import SERVICES, is_label_studio

MIN_RECORD_SHARE = 0.5  # of a list's records holding a service's JSON, for the list to be a store of transcripts


def read_stt(data: object) -> tuple[str, list[Utterance]] | None:
    """``(service name, utterances)`` for the JSON of a known speech-to-text service, else None; for a list of
    records each holding one (an editing app's store of transcripts: BBC's digital paper edit keeps each under
    ``transcript``), every record's utterances in turn."""
    if isinstance(data, dict):
        return _known(data)
    items = [item for item in data if isinstance(item, dict)] if isinstance(data, list) else []
    records = [found for item in items if (found := _record(item))]
    if not records or len(records) < MIN_RECORD_SHARE * len(items):
        return None
    return f"{records[0][0]} ({len(records)} records)", [u for _, utterances in records for u in utterances]


def _record(item: dict[str, Any]) -> tuple[str, list[Utterance]] | None:
    """The known speech-to-text JSON a record holds as one of its objects (a record itself matching is a turn with
    a service's key, ``audio_url``, not a service's output)."""
    if is_label_studio(item):  # a Label Studio export: a list of tasks, each its regions
        return _known(item)
    return next(filter(None, (_known(v) for v in item.values() if isinstance(v, dict))), None)


def _known(data: dict[str, Any]) -> tuple[str, list[Utterance]] | None:
    schema = next((schema for schema in SCHEMAS if schema.matches(data)), None)
    return (schema.name, schema.read(data)) if schema else None


# --------------------------------------------------------------------------- #
# AWS Transcribe
# --------------------------------------------------------------------------- #


def _is_aws(data: dict[str, Any]) -> bool:
    results = data.get("results")
    return isinstance(results, dict) and any(k in results for k in ("audio_segments", "items", "transcripts")) \
        and not isinstance(results.get("channels"), list)


def _read_aws(data: dict[str, Any]) -> list[Utterance]:
    results = data["results"]
    segments = pieces(results.get("audio_segments"), lambda s: utterance(
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
        text = get_path(item, "alternatives", 0, "content")
        start = item.get("start_time")
        speaker = item.get("speaker_label") or item.get("channel_label") or by_start.get(str(start))
        words.append((text, speaker, start, item.get("end_time"), item.get("type") == "punctuation"))
    spoken = word_utterances(words)
    if spoken:
        return spoken
    whole = get_path(results, "transcripts", 0, "transcript")
    return [u for u in [utterance(whole, None, None, None)] if u is not None]


def _aws_speakers(results: dict[str, Any]) -> dict[str, object]:
    """Word start time -> speaker label, from ``speaker_labels.segments`` or ``channel_labels.channels``."""
    found: dict[str, object] = {}
    for groups, label_key in ((get_path(results, "speaker_labels", "segments"), "speaker_label"),
                              (get_path(results, "channel_labels", "channels"), "channel_label")):
        for group in groups if isinstance(groups, list) else []:
            if not isinstance(group, dict):
                continue
            for item in group.get("items") or []:
                if isinstance(item, dict) and item.get("start_time") is not None:
                    found[str(item["start_time"])] = item.get(label_key) or group.get(label_key)
    return found


def _is_aws_call_analytics(data: dict[str, Any]) -> bool:
    first = get_path(data, "Transcript", 0)
    return isinstance(first, dict) and "ParticipantRole" in first and "Content" in first


def _read_aws_call_analytics(data: dict[str, Any]) -> list[Utterance]:
    """Call Analytics output: ``Transcript`` turns by ``ParticipantRole`` (AGENT, CUSTOMER), times in milliseconds."""
    return pieces(data["Transcript"], lambda t: utterance(
        t.get("Content"), t.get("ParticipantRole"), t.get("BeginOffsetMillis"), t.get("EndOffsetMillis"), 0.001
    ))


# --------------------------------------------------------------------------- #
# AssemblyAI (times in milliseconds)
# --------------------------------------------------------------------------- #

_ASSEMBLYAI_KEYS = ("audio_duration", "acoustic_model", "language_model", "speaker_labels", "audio_url")


def _is_assemblyai(data: dict[str, Any]) -> bool:
    first = get_path(data, "utterances", 0) or get_path(data, "words", 0)
    return any(k in data for k in _ASSEMBLYAI_KEYS) or (
        isinstance(first, dict) and "confidence" in first and isinstance(first.get("start"), int)
        and isinstance(data.get("utterances") or data.get("words"), list)
    )


def _read_assemblyai(data: dict[str, Any]) -> list[Utterance]:
    utterances = pieces(data.get("utterances"), lambda u: utterance(
        u.get("text"), u.get("speaker"), u.get("start"), u.get("end"), 0.001
    ))
    if utterances:
        return utterances
    words = [(w.get("text"), w.get("speaker"), w.get("start"), w.get("end"), False)
             for w in data.get("words") or [] if isinstance(w, dict)]
    whole = utterance(data.get("text"), None, None, None)
    return word_utterances(words, 0.001) or ([whole] if whole else [])


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
    utterances = pieces(results.get("utterances"), lambda u: utterance(
        u.get("transcript"), u.get("speaker"), u.get("start"), u.get("end")
    ))
    if utterances:
        return utterances
    alternative = get_path(results, "channels", 0, "alternatives", 0)
    paragraphs = pieces(get_path(alternative, "paragraphs", "paragraphs"), lambda p: utterance(
        " ".join(s["text"].strip() for s in p.get("sentences") or []
                 if isinstance(s, dict) and isinstance(s.get("text"), str)),
        p.get("speaker"), p.get("start"), p.get("end"),
    ))
    if paragraphs:
        return paragraphs
    words = [(w.get("punctuated_word") or w.get("word"), w.get("speaker"), w.get("start"), w.get("end"), False)
             for w in get_path(alternative, "words") or [] if isinstance(w, dict)]
    whole = utterance(get_path(alternative, "transcript"), None, None, None)
    return word_utterances(words) or ([whole] if whole else [])


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
        elements = m.get("elements") or m.get("spans")
        words = [e for e in elements if isinstance(e, dict) and isinstance(e.get("value"), str)] \
            if isinstance(elements, list) else []
        timed = [e for e in words if e.get("ts") is not None]
        number = m.get("speaker")
        named = names.get(number) if isinstance(number, int) and not isinstance(number, bool) else None
        speaker = m.get("speaker_name") or (named if isinstance(named, str) and named.strip() else number)
        end = timed[-1].get("end_ts", timed[-1].get("endTs")) if timed else None
        return utterance(
            "".join(e["value"] for e in words), speaker,
            timed[0].get("ts") if timed else m.get("startTime"), end,
        )

    return pieces(data["monologues"], monologue)


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
    alternatives = [get_path(r, "alternatives", 0) for r in _google_results(data) or []]
    alternatives = [a for a in alternatives if isinstance(a, dict)]

    tagged = [a for a in alternatives if any(isinstance(w, dict) and w.get("speakerTag") for w in a.get("words") or [])]
    if tagged:
        return word_utterances([(w.get("word"), w.get("speakerTag"), w.get("startTime"), w.get("endTime"), False)
                       for w in tagged[-1]["words"] if isinstance(w, dict)])

    def result(a: dict[str, Any]) -> Utterance | None:
        words = [w for w in a.get("words") or [] if isinstance(w, dict)]
        return utterance(a.get("transcript"), None, words[0].get("startTime") if words else None,
                          words[-1].get("endTime") if words else None)

    return pieces(alternatives, result)


SCHEMAS = (
    *SERVICES,
    Schema("Rev", _is_rev, _read_rev),
    Schema("Google Speech-to-Text", _is_google, _read_google),
    Schema("Deepgram", _is_deepgram, _read_deepgram),
    Schema("AWS Transcribe", _is_aws, _read_aws),
    Schema("AWS Call Analytics", _is_aws_call_analytics, _read_aws_call_analytics),
    Schema("AssemblyAI", _is_assemblyai, _read_assemblyai),
)
