"""How a file was read, for ``qa-bot inspect``: format, encoding, title, date and its source, speakers, first turns,
the label convention found, label -> person, and what in the attribution looks doubtful."""

from __future__ import annotations

import difflib
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from qa_bot.ingest import load_transcript
from qa_bot.ingest.reader import DEFAULT_MAX_BYTES
from qa_bot.ingest.speakers import UNKNOWN_SPEAKER
from qa_bot.types import Transcript

PREVIEW_CHARS = 160
DOMINANT_SHARE = 0.7  # one speaker holding more of the text than this, among several, is worth a look
SIMILAR_NAMES = 0.85  # difflib ratio above which two speakers' names look like one name spelt twice


def inspect_file(path: str | Path, *, max_bytes: int = DEFAULT_MAX_BYTES, turns: int = 5) -> dict[str, Any]:
    """Read ``path`` as ``build_index`` would and report how (JSON-ready); ``IngestError`` if it can't be read.

    Keys: ``file``, ``id``, ``format``, ``encoding``, ``title``, ``date``,
    ``date_source``, ``place``, ``turns`` (count), ``speakers`` (name,
    turns, labels as written, inferred turns; most turns first),
    ``first_turns`` (the first ``turns`` turns), ``warnings``, ``label_convention``
    (the label styles found), ``labels`` (each label as written, the person it was
    credited to, turns), ``unknown_turns`` and ``doubts`` (see ``doubts``).
    """
    return describe(load_transcript(path, max_bytes=max_bytes), turns=turns)


def describe(transcript: Transcript, *, turns: int = 5) -> dict[str, Any]:
    """The report of ``inspect_file`` for an already parsed transcript."""
    labels: dict[str, dict[str, None]] = defaultdict(dict)
    inferred: dict[str, int] = defaultdict(int)
    for turn in transcript.turns:
        if turn.label:
            labels[turn.speaker][turn.label] = None
        inferred[turn.speaker] += turn.speaker_inferred
    counts = sorted(transcript.speaker_counts().items(), key=lambda item: -item[1])
    return {
        "file": transcript.source,
        "id": transcript.id,
        "format": transcript.format,
        "encoding": transcript.encoding,
        "title": transcript.title,
        "date": transcript.date.isoformat() if transcript.date else None,
        "date_source": transcript.date_source,
        "place": transcript.place,
        "turns": len(transcript.turns),
        "speakers": [
            {"name": name, "turns": n, "labels": list(labels[name]), "inferred": inferred[name]}
            for name, n in counts
        ],
        "first_turns": [
            {"index": t.index, "speaker": t.speaker, "label": t.label, "speaker_inferred": t.speaker_inferred,
             "start": t.start, "end": t.end, "text": t.text}
            for t in transcript.turns[:turns]
        ],
        "warnings": list(transcript.warnings),
        "label_convention": transcript.label_convention,
        "labels": [
            {"label": label, "person": person, "turns": n}
            for (label, person), n in Counter((t.label, t.speaker) for t in transcript.turns if t.label).most_common()
        ],
        "unknown_turns": sum(t.speaker == UNKNOWN_SPEAKER for t in transcript.turns),
        "doubts": doubts(transcript),
    }


def doubts(transcript: Transcript) -> list[str]:
    """What in a transcript's attribution deserves a look: a label used once (by a speaker seen once), one
    speaker holding most of the text among several, two names that look like one person spelt twice or two
    people of one surname, and turns credited to ``Unknown speaker``."""
    found = []
    written = Counter(t.label for t in transcript.turns if t.label and not t.speaker_inferred)
    turns = transcript.speaker_counts()
    if len(written) > 1:
        found.extend(
            f"label {t.label!r} is used once" for t in transcript.turns
            if t.label and written[t.label] == 1 and turns[t.speaker] == 1 and not t.speaker_inferred
        )
    chars = Counter()
    for t in transcript.turns:
        chars[t.speaker] += len(t.text)
    people = [name for name in chars if name != UNKNOWN_SPEAKER]
    total = sum(chars.values())
    if len(people) > 1 and total:
        name, n = chars.most_common(1)[0]
        if name != UNKNOWN_SPEAKER and n > DOMINANT_SHARE * total:
            found.append(f"{name} holds {n / total:.0%} of the text")
    for i, a in enumerate(people):
        for b in people[i + 1:]:
            why = _alike(a, b)
            if why:
                found.append(f"{a!r} and {b!r} {why}")
    unknown = sum(t.speaker == UNKNOWN_SPEAKER for t in transcript.turns)
    if unknown:
        found.append(f"{unknown} of {len(transcript.turns)} turns are credited to {UNKNOWN_SPEAKER}")
    return found


def _alike(a: str, b: str) -> str | None:
    """Why two speakers' names look alike ("share a surname", "are near-identical"), or None."""
    if any(c.isdigit() for c in a + b):
        return None  # "Speaker 1" and "Speaker 2" are numbered apart on purpose
    wa, wb = (name.split("|")[0].casefold().split() for name in (a, b))
    if len(wa) > 1 and len(wb) > 1 and wa[-1] == wb[-1]:
        return "share a surname"
    if difflib.SequenceMatcher(None, a.casefold(), b.casefold()).ratio() >= SIMILAR_NAMES:
        return "are near-identical"
    return None


def format_report(report: dict[str, Any]) -> str:
    """``inspect_file``'s report as text for a terminal."""
    date = report["date"] or "unknown"
    if report["date_source"]:
        date += f" (from the {report['date_source']})"
    lines = [
        f"File:     {report['file']}",
        f"Format:   {report['format']}",
        f"Encoding: {report['encoding']}",
        f"Title:    {report['title']}",
        f"Date:     {date}",
    ]
    if report["place"]:
        lines.append(f"Place:    {report['place']}")
    lines.append(f"Turns:    {report['turns']}")
    lines.append(f"Speakers: {len(report['speakers'])}")
    width = max(len(s["name"]) for s in report["speakers"])
    for s in report["speakers"]:
        notes = []
        other = [label for label in s["labels"] if label != s["name"]]
        if other:
            notes.append("written " + ", ".join(repr(label) for label in other))
        if s["inferred"]:
            notes.append(f"{s['inferred']} not written in the text")
        lines.append(f"  {s['name']:<{width}}  {s['turns']:>5}" + (f"  ({'; '.join(notes)})" if notes else ""))
    lines.append(f"First {len(report['first_turns'])} turns:")
    for t in report["first_turns"]:
        when = f" [{_clock(t['start'])}]" if t["start"] is not None else ""
        who = t["speaker"] + (" (inferred)" if t["speaker_inferred"] else "")
        text = " ".join(t["text"].split())
        text = text if len(text) <= PREVIEW_CHARS else text[: PREVIEW_CHARS - 1] + "…"
        lines.append(f"  {t['index']}{when} {who}: {text}")
    lines.append(f"Labels:   {report['label_convention'] or 'none'}")
    for entry in report["labels"]:
        lines.append(f"  {entry['label']!r} -> {entry['person']}  {entry['turns']:>5}")
    lines.extend(f"Doubtful: {doubt}" for doubt in report["doubts"])
    lines.extend(f"Note: {warning}" for warning in report["warnings"])
    return "\n".join(lines)


def _clock(seconds: float) -> str:
    whole = int(seconds)
    return f"{whole // 3600:02d}:{whole % 3600 // 60:02d}:{whole % 60:02d}"
