"""More speech-to-text JSON: Speechmatics, Microsoft Azure, IBM Watson, whisper.cpp, YouTube's captions, BBC's editor,
Label Studio.

- Speechmatics: ``results``, a list of ``word`` and ``punctuation`` items,
  each with ``start_time`` and its best alternative's ``content`` and
  ``speaker`` (``S1``, ``S2``; ``UU`` when unknown); its first format, ``words``
  and ``speakers`` spans.
- Azure batch transcription: ``recognizedPhrases``, each with a ``speaker``
  number, an offset (``offsetMilliseconds``, else ``offsetInTicks`` of 100 ns)
  and ``nBest[0].display``.
- IBM Watson: ``results`` of ``alternatives`` with word ``timestamps``
  (``[word, start, end]``) and, with diarization, top-level
  ``speaker_labels`` (``from``, ``speaker``) giving each word's speaker.
- whisper.cpp (``-oj``): ``transcription``, segments with ``offsets`` in
  milliseconds and ``text``.
- YouTube's caption track as ``json3`` (what yt-dlp saves): ``events``, each
  with ``tStartMs``, ``dDurationMs`` and ``segs`` of ``utf8`` words; no
  speakers, so its words are cut into turns at pauses, as captions are.
- BBC's digital paper edit (and its transcript editor): ``words`` (``text``,
  ``start``, ``end``) beside ``paragraphs``, time spans naming a ``speaker``:
  each word is the speaker's whose span holds its start.
- Label Studio (its JSON export, a list of tasks): each task's ``annotations``
  (else ``predictions``), ``result`` regions: a ``textarea``'s ``text`` at the
  region's ``start``/``end``, the speaker the label another result of the same
  region ``id`` gives where it names speakers (``Speaker 1``, or a control not
  named for an intent, a sentiment or the like; never a class of audio, ``Speech``).

Numbered labels are written like other diarized output (Azure's ``1`` as
``SPEAKER_01``, see ``stt_base.diarized_label``); Speechmatics' ``S1`` stays as
its own transcripts show it.
"""

from __future__ import annotations

import bisect
import re
from typing import Any

from qa_bot.ingest.speakers import UNKNOWN_SPEAKER, Utterance
from qa_bot.ingest.stt_base import Schema, get_path, is_machine_label, pieces, utterance, word_utterances
from qa_bot.text import parse_seconds

TICKS_PER_SECOND = 10_000_000  # Azure's ticks are 100 ns
SPEECHMATICS_UNKNOWN = "UU"  # Speechmatics' label for a speaker it could not tell


def _is_speechmatics(data: dict[str, Any]) -> bool:
    results = data.get("results")
    return isinstance(results, list) and bool(results) and all(
        isinstance(r, dict) and r.get("type") in ("word", "punctuation", "entity") for r in results[:20])


def _read_speechmatics(data: dict[str, Any]) -> list[Utterance]:
    words = []
    for item in data["results"]:
        best = get_path(item, "alternatives", 0) if isinstance(item, dict) else None
        if not isinstance(best, dict):
            continue
        speaker = best.get("speaker")
        speaker = None if speaker == SPEECHMATICS_UNKNOWN else speaker
        words.append((best.get("content"), speaker, item.get("start_time"), item.get("end_time"),
                      item.get("type") == "punctuation"))
    return word_utterances(words)


def _is_speechmatics_v1(data: dict[str, Any]) -> bool:
    words = data.get("words")
    return isinstance(words, list) and isinstance(data.get("speakers"), list) and bool(words) and all(
        isinstance(w, dict) and "name" in w and "time" in w for w in words[:20])


def _read_speechmatics_v1(data: dict[str, Any]) -> list[Utterance]:
    """Speechmatics' first JSON (``format`` 1.0): ``words`` and ``speakers``, each a ``name`` with a ``time``
    and a ``duration`` in seconds as strings; a word's speaker is the span its time falls in."""
    spans = []
    for s in (s for s in data["speakers"] if isinstance(s, dict)):
        start, length = parse_seconds(s.get("time")), parse_seconds(s.get("duration"))
        if start is not None and length is not None:
            spans.append((start, start + length, None if s.get("name") == SPEECHMATICS_UNKNOWN else s.get("name")))
    words = []
    for w in (w for w in data["words"] if isinstance(w, dict)):
        start, length = parse_seconds(w.get("time")), parse_seconds(w.get("duration"))
        speaker = next((name for a, b, name in spans if start is not None and a <= start < b), None)
        text = str(w.get("name", ""))
        words.append((text, speaker, start, None if start is None or length is None else start + length,
                      not any(ch.isalnum() for ch in text)))
    return word_utterances(words)


def _is_azure(data: dict[str, Any]) -> bool:
    return isinstance(data.get("recognizedPhrases"), list)


def _read_azure(data: dict[str, Any]) -> list[Utterance]:
    def phrase(p: dict[str, Any]) -> Utterance | None:
        if "offsetMilliseconds" in p:
            start, scale = p.get("offsetMilliseconds"), 0.001
        else:
            start, scale = p.get("offsetInTicks"), 1 / TICKS_PER_SECOND
        return utterance(get_path(p, "nBest", 0, "display"), p.get("speaker"), start, None, scale)

    return pieces(data["recognizedPhrases"], phrase)


def _is_watson(data: dict[str, Any]) -> bool:
    results = data.get("results")
    return ("result_index" in data or isinstance(data.get("speaker_labels"), list)) and isinstance(results, list) \
        and any(isinstance(get_path(r, "alternatives", 0, "timestamps"), list) for r in results)


def _read_watson(data: dict[str, Any]) -> list[Utterance]:
    speakers = {str(s.get("from")): s.get("speaker") for s in data.get("speaker_labels") or [] if isinstance(s, dict)}
    words = []
    for result in data["results"]:
        for stamp in get_path(result, "alternatives", 0, "timestamps") or []:
            if isinstance(stamp, list) and len(stamp) == 3:
                word, start, end = stamp
                words.append((word, speakers.get(str(start)), start, end, False))
    return word_utterances(words)


def _is_whisper_cpp(data: dict[str, Any]) -> bool:
    first = get_path(data, "transcription", 0)
    return isinstance(first, dict) and isinstance(first.get("offsets"), dict)


def _read_whisper_cpp(data: dict[str, Any]) -> list[Utterance]:
    return pieces(data["transcription"], lambda s: utterance(
        s.get("text"), None, get_path(s, "offsets", "from"), get_path(s, "offsets", "to"), 0.001))


def _is_youtube_json3(data: dict[str, Any]) -> bool:
    events = data.get("events")
    return isinstance(events, list) and any(isinstance(get_path(e, "segs"), list) for e in events[:50])


def _read_youtube_json3(data: dict[str, Any]) -> list[Utterance]:
    def event(e: dict[str, Any]) -> Utterance | None:
        text = "".join(s.get("utf8", "") for s in e.get("segs") or [] if isinstance(s, dict))
        start = e.get("tStartMs")
        end = start + e["dDurationMs"] if isinstance(start, int) and isinstance(e.get("dDurationMs"), int) else None
        return utterance(text, None, start, end, 0.001)  # "\n" alone: a line break of the caption window, no words

    return pieces(data["events"], event)


def _is_paper_edit(data: dict[str, Any]) -> bool:
    words, spans = get_path(data, "words", 0), get_path(data, "paragraphs", 0)
    return (isinstance(words, dict) and "text" in words and "start" in words and isinstance(spans, dict)
            and {"speaker", "start", "end"} <= spans.keys())


def _read_paper_edit(data: dict[str, Any]) -> list[Utterance]:
    spans = sorted((s["start"], s["end"], s["speaker"]) for s in data["paragraphs"] if isinstance(s, dict)
                   and all(isinstance(s.get(k), int | float) for k in ("start", "end")))
    starts = [span[0] for span in spans]
    words = []
    for w in data["words"]:
        at = w.get("start") if isinstance(w, dict) else None
        if not isinstance(at, int | float):
            continue
        k = bisect.bisect_right(starts, at) - 1
        speaker = spans[k][2] if k >= 0 and at < spans[k][1] else None  # a word in no span: its speaker unknown
        words.append((w.get("text"), speaker if speaker is not None else UNKNOWN_SPEAKER, at, w.get("end"), False))
    return word_utterances(words)


_OTHER_CONTROL = re.compile(r"(?i)intent|sentiment|emotion|topic|categor|class|tag|quality|language|event|mood|tone|"
                            r"action|noise|music")  # Label Studio's controls labelling what a region is, not who speaks
# Label Studio's classes of audio that name no speaker ("Speech" over a region)
_AUDIO_CLASSES = frozenset(("speech", "noise", "music", "silence", "other", "overlap", "crosstalk", "unintelligible"))


def _result_lists(data: dict[str, Any]) -> list[list[Any]]:
    """A Label Studio task's ``result`` lists, its ``annotations``' first, then its ``predictions``'."""
    return [a["result"] for key in ("annotations", "predictions") if isinstance(data.get(key), list)
            for a in data[key] if isinstance(a, dict) and isinstance(a.get("result"), list)]


def is_label_studio(data: dict[str, Any]) -> bool:
    """A Label Studio task of audio regions: ``annotations`` (or ``predictions``) holding ``result`` lists."""
    return bool(_result_lists(data))


def _read_label_studio(data: dict[str, Any]) -> list[Utterance]:
    """A task's first annotation (else prediction) with results: each region's transcription (a ``textarea``
    result's ``text``) at its times, credited to the label another result of the same region gives it where
    that names a speaker (``_names_speaker``)."""
    results = next((found for found in _result_lists(data) if found), [])
    labels = {r.get("id"): str(names[0]) for r in results if isinstance(r, dict) and isinstance(
        names := get_path(r, "value", "labels"), list) and names and _names_speaker(r, str(names[0]))}
    return pieces([r for r in results if isinstance(r, dict) and isinstance(get_path(r, "value", "text"), list)],
                  lambda r: utterance(" ".join(map(str, r["value"]["text"])), labels.get(r.get("id")),
                                      r["value"].get("start"), r["value"].get("end")))


def _names_speaker(result: dict[str, Any], label: str) -> bool:
    """Whether a region's label names who speaks: not a class of audio (``Speech``), and a speaker's label
    (``Speaker 1``) or one of a control not named for something else (Label Studio's diarization template's
    ``label`` with "Speaker one"; not ``intent``, ``sentiment``)."""
    return label.casefold() not in _AUDIO_CLASSES and (
        is_machine_label(label) or not _OTHER_CONTROL.search(str(result.get("from_name") or "")))


# Tried before the services in stt_json: Speechmatics' and Watson's "results" would pass for Google's.
SERVICES = (
    Schema("Speechmatics", _is_speechmatics, _read_speechmatics),
    Schema("Speechmatics (format 1.0)", _is_speechmatics_v1, _read_speechmatics_v1),
    Schema("IBM Watson", _is_watson, _read_watson),
    Schema("Azure Speech", _is_azure, _read_azure),
    Schema("whisper.cpp", _is_whisper_cpp, _read_whisper_cpp),
    Schema("YouTube captions (json3)", _is_youtube_json3, _read_youtube_json3),
    Schema("BBC digital paper edit", _is_paper_edit, _read_paper_edit),
    Schema("Label Studio", is_label_studio, _read_label_studio),
)
