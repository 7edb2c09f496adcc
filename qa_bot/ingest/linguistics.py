"""Transcripts from linguistics tools: Transcriber (``.trs``), EXMARaLDA (``.exb``), ELAN (``.eaf``),
CHAT/CHILDES (``.cha``) and Praat (``.TextGrid``).

Transcriber writes XML: ``<Speakers>`` names each speaker id, and each
``<Turn speaker="spkA" startTime="25.07">`` holds the words, cut by
``<Sync time="…"/>`` marks (one piece each, timed); a turn of two speakers at
once (``speaker="spk1 spk2"``) marks each one's words with ``<Who nb="1"/>``.
It is read with the standard library's ``xml.etree`` (no external entity or
DTD is ever fetched).

EXMARaLDA basic transcriptions are XML too: a ``speakertable`` (an
abbreviation per speaker, maybe a ``Name`` among its ``ud-information``), a
``common-timeline`` of points (``tli``, most with a ``time``), and tiers; the
transcription tiers (``type="t"``) hold each speaker's events between two
points. Events are read in timeline order and credited to the speaker's name,
else the abbreviation; annotation tiers (translations, codes) are left out.

ELAN annotation documents are XML too: ``TIME_SLOT`` values in milliseconds,
and ``TIER`` elements of annotations (``ALIGNABLE_ANNOTATION``) between two slots. The
top-level tiers hold the transcription, each credited to its
``PARTICIPANT``, else (one tier per speaker) to its ``TIER_ID``; tiers with a
``PARENT_REF`` (translations, glosses) are left out. Annotations are read in
time order.

Praat TextGrids (the long or the short text format, read by praatio, the maintained library for them) hold
interval tiers: each a speaker's intervals of words (the tier's name is the speaker where there are several such
tiers), or levels of one recording (``words``, ``phones``, Montreal Forced Aligner's ``spk - words``): tiers of
phones, syllables, glosses and the like, and point tiers, are left out. Intervals are read in time order, and a
speaker's intervals close in time make one turn.

CHAT (the CHILDES and TalkBank format) is lines: ``@`` headers, main tiers
``*CHI:<tab>words .`` credited to their code as written (``CHI``, ``FAT``:
the codes the file's lines use, each its own speaker, as interview codes
are), continuation lines opened by a tab, and ``%`` dependent tiers
(morphology, comments), which are left out. Transcription marks that are no
words are removed: pauses ``(.)``, bracketed codes ``[/]``, ``@u``-style
word suffixes and media bullets (``·1234_5678·``, whose start becomes the
piece's time).
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from qa_bot.errors import IngestError
from qa_bot.ingest.metadata import first_date
from qa_bot.ingest.reader import MEDIA_BULLET
from qa_bot.ingest.speakers import UNKNOWN_SPEAKER, Utterance, build_turns, timed_turns
from qa_bot.ingest.xml_tree import undeclared
from qa_bot.text import clean_line, parse_seconds
from qa_bot.types import Transcript

TRS_FORMAT = "transcriber"
EXB_FORMAT = "exmaralda"
CHAT_FORMAT = "chat"
_TRS_ROOT = re.compile(r"<Trans[\s>]")  # Transcriber's root element
EAF_FORMAT = "elan"
# ELAN tiers that translate the words of the tier above them: by their type or name, or by a language's name.
TRANSLATION_TIERS = frozenset(("ft", "free translation", "free-translation", "translation", "traducción",
                               "traduccion", "tradução", "traduction", "übersetzung", "english", "spanish", "español",
                               "french", "français", "portuguese", "português", "german", "deutsch", "russian"))
_REFERENCE = re.compile(r"\d+(?:\.\d+)*")  # a sentence's number in an interlinear text ("10.6"), not words
TEXTGRID_FORMAT = "praat"
# Interval tiers that are levels of analysis, not a speaker's words: phones, syllables, glosses, translations.
_ANALYSIS_TIER = re.compile(r"(?i)\b(?:phones?|phonemes?|segments?|syllables?|tones?|pos|gloss(?:es)?|morphs?|"
                            r"translations?|notes?|comments?|ipa)$")
# "words" alone, a speech-to-text tool's "text-label" or "transcript", or Montreal Forced Aligner's "spk1 - words"
_LEVEL_TIER = re.compile(r"(?i)^(?:(?P<speaker>.+?)\s+-\s+)?(?:words?|utterances?|transcriptions?|transcripts?|texts?|"
                         r"ortho\w*|sentences?|tx|(?:text[-_ ]?)?labels?|asr|stt|tier[-_ ]?\d*)$")
_CHAT_TIER = re.compile(r"^\*(?P<code>[A-Za-z0-9_+\-]{1,12}):\s*(?P<words>.*)$")
# Pauses "(.)", bracketed codes "[/]", word suffixes "@u", utterance linkers "+...", prefixes "&-", quotes "‹›".
_CHAT_MARKS = re.compile(
    r"\((?:\.{1,3}|\d+(?:\.\d+)?)\)|\[[^\]]*\]|(?<=\w)@[\w:]+|\+[/.!?\"^,<]+|&[=\-~*+]?(?=\w)|[‹›]"
)


def looks_like_trs(head: str) -> bool:
    """True when text opens as a Transcriber file (its ``<Trans`` element within the first lines; not a
    ``<Transcript>`` of another schema)."""
    return head.lstrip("\ufeff \t\r\n").startswith("<?xml") and bool(_TRS_ROOT.search(head[:1000]))


def looks_like_exb(head: str) -> bool:
    """True when text opens as an EXMARaLDA basic transcription (its ``<basic-transcription`` element)."""
    return head.lstrip("\ufeff \t\r\n").startswith("<?xml") and "<basic-transcription" in head[:1000]


def looks_like_eaf(head: str) -> bool:
    """True when text opens as an ELAN annotation document (its ``<ANNOTATION_DOCUMENT`` element)."""
    return head.lstrip("\ufeff \t\r\n").startswith("<?xml") and "<ANNOTATION_DOCUMENT" in head[:1000]


def looks_like_textgrid(head: str) -> bool:
    """True for a Praat TextGrid, in either text format."""
    return 'Object class = "TextGrid"' in head[:400]


def parse_textgrid(text: str, transcript_id: str, source: str, default_title: str) -> Transcript:
    """One utterance per non-empty interval of a speaker's tier, in time order (see the module)."""
    from praatio.utilities.textgrid_io import parseTextgridStr

    try:
        tiers = parseTextgridStr(text.lstrip("\ufeff"), includeEmptyIntervals=False)["tiers"]
    except Exception as exc:  # a third-party parser on arbitrary text: any failure is a broken file
        raise IngestError(source, f"malformed Praat TextGrid ({type(exc).__name__}: {exc})") from exc
    spoken = [tier for tier in tiers if tier["class"] == "IntervalTier" and not _ANALYSIS_TIER.search(tier["name"])]
    events: list[tuple[float, int, Utterance]] = []
    for tier in spoken:
        name = _tier_speaker(tier["name"])
        for start, _, label in tier["entries"]:
            if words := clean_line(label):
                utterance = Utterance(words, name, None if name else UNKNOWN_SPEAKER, float(start))
                events.append((float(start), len(events), utterance))
    events.sort(key=lambda event: event[:2])
    return Transcript(transcript_id, default_title, None, None, source,
                      timed_turns(transcript_id, [u for *_, u in events]), TEXTGRID_FORMAT)


def _tier_speaker(tier: str) -> str | None:
    """Who a TextGrid tier's words are: its name (``Anna``), the speaker before a level (``spk1`` of ``spk1 -
    words``), or no one named (``words``, ``transcription``)."""
    level = _LEVEL_TIER.match(tier.strip())
    return clean_line((level.group("speaker") or "") if level else tier) or None


def looks_like_chat(head: str) -> bool:
    """True when text opens as a CHAT file (``@UTF8`` or ``@Begin``)."""
    return head.lstrip("\ufeff \t\r\n").startswith(("@UTF8", "@Begin"))


def parse_trs(text: str, transcript_id: str, source: str, default_title: str) -> Transcript:
    """One utterance per ``Sync`` piece of each turn, credited by the ``Speakers`` list; see the module."""
    root = _xml(text, source, "Transcriber")
    names = {s.get("id"): clean_line(s.get("name") or "") for s in root.iter("Speaker")}
    utterances: list[Utterance] = []
    for turn in root.iter("Turn"):
        ids = (turn.get("speaker") or "").split()
        first = ids[0] if len(ids) == 1 else None
        for piece, speaker, start in _trs_pieces(turn, ids, first, parse_seconds(turn.get("startTime"))):
            name = names.get(speaker) or speaker
            if piece:
                utterances.append(Utterance(piece, name or None, None if name else UNKNOWN_SPEAKER, start))
    title = clean_line(root.get("audio_filename") or "") or default_title
    return Transcript(transcript_id, title, None, None, source, timed_turns(transcript_id, utterances), TRS_FORMAT)


def _trs_pieces(
    turn: ET.Element, ids: list[str], speaker: str | None, start: float | None
) -> list[tuple[str, str | None, float | None]]:
    """The words of a turn as ``(text, speaker id, start)`` pieces, cut at ``Sync`` and ``Who`` marks."""
    pieces: list[tuple[str, str | None, float | None]] = []
    words: list[str] = [turn.text or ""]

    def flush() -> None:
        pieces.append((clean_line(" ".join(words)), speaker, start))
        words.clear()

    for child in turn:
        if child.tag == "Sync":
            flush()
            start = parse_seconds(child.get("time"))
        elif child.tag == "Who":
            flush()
            number = int(child.get("nb") or 0)
            speaker = ids[number - 1] if 0 < number <= len(ids) else None
        words.append(child.tail or "")
    flush()
    return pieces


def parse_exb(text: str, transcript_id: str, source: str, default_title: str) -> Transcript:
    """One utterance per event of a transcription tier, in timeline order, credited to its speaker."""
    root = _xml(text, source, "EXMARaLDA")
    names: dict[str | None, str] = {}
    for speaker in root.iter("speaker"):
        given = next((clean_line(u.text or "") for u in speaker.iter("ud-information")
                      if (u.get("attribute-name") or "").casefold() == "name" and (u.text or "").strip()), "")
        names[speaker.get("id")] = given or clean_line(speaker.findtext("abbreviation") or "")
    points = list(root.iter("tli"))
    order = {p.get("id"): i for i, p in enumerate(points)}
    times = {p.get("id"): parse_seconds(p.get("time")) for p in points}
    events: list[tuple[int, Utterance]] = []
    for tier in root.iter("tier"):
        if tier.get("type") != "t":
            continue
        name = names.get(tier.get("speaker")) or None
        for event in tier.iter("event"):
            words = clean_line(event.text or "")
            if words:
                start = event.get("start")
                utterance = Utterance(words, name, None if name else UNKNOWN_SPEAKER, times.get(start))
                events.append((order.get(start, len(order)), utterance))
    events.sort(key=lambda pair: pair[0])
    title = clean_line(root.findtext(".//transcription-name") or "") or default_title
    return Transcript(transcript_id, title, None, None, source,
                      timed_turns(transcript_id, [u for _, u in events]), EXB_FORMAT)


def parse_eaf(text: str, transcript_id: str, source: str, default_title: str) -> Transcript:
    """One utterance per annotation of a top-level tier, in time order, credited to the tier's participant; its
    words followed by their free translation where a tier gives one (``_translations``); a tier of nothing but
    sentence numbers ("10.6", standing in for words its glossing tiers hold) gives only the translations."""
    root = _xml(text, source, "ELAN")
    times = {slot.get("TIME_SLOT_ID"): slot.get("TIME_VALUE") for slot in root.iter("TIME_SLOT")}
    tiers = [tier for tier in root.iter("TIER") if not tier.get("PARENT_REF")]  # not translations or glosses
    translated = _translations(root)
    events: list[tuple[float, int, Utterance]] = []
    for tier in tiers:
        # a tier names its speaker as its participant; its id does when the file has one tier per speaker
        name = clean_line(tier.get("PARTICIPANT") or "") or (clean_line(tier.get("TIER_ID") or "")
                                                             if len(tiers) > 1 else "")
        annotations = list(tier.iter("ALIGNABLE_ANNOTATION"))
        values = [clean_line(a.findtext("ANNOTATION_VALUE") or "") for a in annotations]
        numbering = all(_REFERENCE.fullmatch(value) for value in values if value)  # "10.6", "10.7": no one's words
        for annotation, own in zip(annotations, values, strict=True):
            words = "\n\n".join(part for part in ("" if numbering else own,
                                                  *translated.get(annotation.get("ANNOTATION_ID") or "", ())) if part)
            value = times.get(annotation.get("TIME_SLOT_REF1"))
            start = int(value) / 1000 if value and value.isdigit() else None
            if words:
                utterance = Utterance(words, name or None, None if name else UNKNOWN_SPEAKER, start)
                events.append((start if start is not None else float("inf"), len(events), utterance))
    events.sort(key=lambda event: event[:2])
    return Transcript(transcript_id, default_title, None, None, source,
                      timed_turns(transcript_id, [u for *_, u in events]), EAF_FORMAT)


def _translations(root: ET.Element) -> dict[str, list[str]]:
    """The free translations a file's dependent tiers give, by the id of the annotation each translates: tiers of a
    translation type or named so (``ft@SP1`` of FLEx's exports, ``Free Translation``) or named for a language
    (``Spanish``, ``English``)."""
    found: dict[str, list[str]] = {}
    for tier in root.iter("TIER"):
        kind = {(tier.get(key) or "").split("@")[0].casefold() for key in ("LINGUISTIC_TYPE_REF", "TIER_ID")}
        if tier.get("PARENT_REF") and kind & TRANSLATION_TIERS:
            for ref in tier.iter("REF_ANNOTATION"):
                if (words := clean_line(ref.findtext("ANNOTATION_VALUE") or "")) and ref.get("ANNOTATION_REF"):
                    found.setdefault(ref.get("ANNOTATION_REF") or "", []).append(words)
    return found


def _xml(text: str, source: str, tool: str) -> ET.Element:
    """The parsed XML of a tool's file; ``IngestError`` when it is malformed."""
    try:
        return ET.fromstring(undeclared(text).encode("utf-8"))
    except ET.ParseError as exc:
        raise IngestError(source, f"malformed {tool} XML ({exc})") from exc


def parse_chat(text: str, transcript_id: str, source: str, default_title: str) -> Transcript:
    """One utterance per main tier, credited to its code; ``IngestError`` when no main tier is found."""
    tiers: list[tuple[str, list[str]]] = []
    date: str | None = None
    in_tier = False  # a tab-opened line continues the main tier above it (not a dependent tier)
    for raw in text.lstrip("\ufeff").split("\n"):
        if raw.startswith("\t"):
            if in_tier:
                tiers[-1][1].append(raw)
            continue
        in_tier = False
        if raw.startswith("@Date:"):
            date = raw.split(":", 1)[1].strip()
        elif m := _CHAT_TIER.match(raw):
            tiers.append((m.group("code"), [m.group("words")]))
            in_tier = True
    utterances = [u for u in (_chat_utterance(code, lines) for code, lines in tiers) if u.text]
    if not utterances:
        raise IngestError(source, "no main tiers found (read as CHAT: expected '*CODE:<tab>words' lines)")
    found, date_source = first_date(("header", date and date.replace("-", " ")))  # CHAT writes 26-AUG-1996
    return Transcript(transcript_id, default_title, found, None, source, build_turns(transcript_id, utterances),
                      CHAT_FORMAT, date_source)


def _chat_utterance(code: str, lines: list[str]) -> Utterance:
    """A main tier's words without transcription marks; its media bullet's start, in seconds."""
    text = " ".join(lines)
    bullet = MEDIA_BULLET.search(text)
    start = int(bullet.group("start")) / 1000 if bullet else None
    words = clean_line(_CHAT_MARKS.sub(" ", MEDIA_BULLET.sub(" ", text)))
    return Utterance(words, code, start=start)
