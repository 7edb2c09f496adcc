"""Subtitle cues (WebVTT, SRT) -> utterances: speakers, markup and repeated lines.

Shared by ``vtt`` and ``srt``, which only turn their library's cues into ``Cue``.
A speaker is a voice tag (``<v Name>``, WebVTT) or a label prefix in the style
the file uses (``NAME:``, ``Jane Smith:``, a recurring ``Ann:``, Zoom's
lower-case handles such as ``stokes:``; see ``labels``); a line opening with
``-`` or ``>>`` starts another speaker's words inside a cue, credited to
``Unknown speaker`` unless named; names that open most cues with no colon
(``names_without_colon``), on the words' line or alone above them, are labels too; a cue without a speaker continues the
previous one; subtitles without any speaker become timed turns of tens of
seconds under ``Unknown speaker``. Markup, sound descriptions
(``[MUSIC]``, ``(applause)``) and the lines that rolling captions (YouTube's
automatic ones) repeat are left out; a line said again in a cue of its own
is kept.
"""

from __future__ import annotations

import html
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from qa_bot.ingest.labels import has_label_shape, learn_grammar
from qa_bot.ingest.speakers import PAUSE_SECONDS, UNKNOWN_SPEAKER, Utterance, timed_turns
from qa_bot.text import LOWER, clean_line, join_wrapped
from qa_bot.text.lexicon import NON_SPEECH_NOTES, stop_words
from qa_bot.types import Turn

FLASH_SECONDS = 0.1  # rolling captions show the finished line alone this briefly
MIN_NAMED_SHARE = 0.8  # of a file's cues that names without a colon open, for them to be its labels
MAX_NAMES = 12
MIN_LINES_FOR_ONE_LABEL = 50  # caption lines from which a label used once, the only one, is no convention
MAX_NAME_WORDS = 4
_TAG = re.compile(r"<[^<>]*>|\{\\[^{}]*\}")  # HTML-like tags; ASS overrides such as {\an8}
_SOUND = re.compile(r"^(?:\[[^\[\]]*\]|\([^()]*\)|[♪♫#\s]+)$")
# A sound or manner note in lower case opening a caption line ("[chuckles] individual"): no speaker's name.
_LEADING_NOTE = re.compile(rf"^(?:\[[{LOWER}][{LOWER} \-]*\]|\([{LOWER}][{LOWER} \-]*\))[.,]?\s*")  # "[sóhajt]"
# Japanese television's captions mark a voice off screen (≪), on a telephone or in thought (《…》), and a sentence
# going on in the next caption (➡): marks before a speaker's name in brackets ("≪(和枝)どうなの"); a Chinese book
# title's 《…》 stays
_SCREEN_MARKS = re.compile(r"^《?≪+|^《(?=[(（])|➡$")
_NAME_ALONE = re.compile(r"[^\W\d_a-z][\w'’\-]*(?: [^\W\d_a-z][\w'’\-]*){0,3}")  # a cue's first line, maybe a name
_TURN_MARK = re.compile(r"^(?:>>+|[-–—](?=\s))\s*")
# A name in brackets ending a line, its speaker signing it, where the other voice's lines go unsigned: a think-aloud
# study's captions sign the experimenter's lines ("90 perc áll rendelkezésedre (Béla)"), not the participant's.
_SIGNED = re.compile(r"\s+\((?P<name>[^\W\d_a-z][\w'’\-]*(?: [^\W\d_a-z][\w'’\-]*){0,2})\)$")
MIN_SIGNED_LINES, MIN_SIGNATURES = 8, 3  # lines signed in a file, and by each name
__all__ = ["PAUSE_SECONDS", "Cue", "clean_cue_line", "cue_turns"]


@dataclass(frozen=True)
class Cue:
    """One timed cue: start and end in seconds, its text lines, each with the voice tag's name if any."""

    start: float
    end: float
    lines: Sequence[tuple[str | None, str]]


def cue_turns(transcript_id: str, cues: Sequence[Cue]) -> tuple[list[Turn], str]:
    """Turns from cues (speakers resolved, consecutive cues of one speaker merged, long runs cut; see
    ``timed_turns``), and the labelling convention found (voice tags and the prefix styles used)."""
    pieces = []  # (cue, voice, line, whether the line closes its cue)
    alone: Counter[str] = Counter()  # names alone on a cue's first line, its words below
    for cue in cues:
        lines = [(voice, _LEADING_NOTE.sub("", _SCREEN_MARKS.sub("", clean_cue_line(raw)))) for voice, raw in cue.lines]
        lines = [(voice, line) for voice, line in lines if line and not _SOUND.match(line)]
        if len(lines) >= 2 and not lines[0][0] and _NAME_ALONE.fullmatch(lines[0][1]) and not lines[1][0] \
                and not _TURN_MARK.match(lines[1][1]) and not has_label_shape(lines[1][1]):  # "Camren" over "Ebra,
            # make sandwiches!": one opening; not "そうですね" over "(山崎)はい", the next speaker's line
            alone[lines[0][1]] += 1
            lines = [(None, join_wrapped([lines[0][1], lines[1][1]])), *lines[2:]]
        pieces.extend((cue, voice, line, i == len(lines) - 1) for i, (voice, line) in enumerate(lines))
    unvoiced = [_TURN_MARK.sub("", line) for _, voice, line, _ in pieces if not voice]
    grammar = learn_grammar(unvoiced, strict=True)
    # one "REACH：(the acronym) Raising…" in a symposium's captions names no one: labels need to recur
    labelled = len(unvoiced) < MIN_LINES_FOR_ONE_LABEL or sum(bool(grammar.match(line)) for line in unvoiced) > 1
    openings = {id(cue): line for cue, voice, line, _ in reversed(pieces) if not voice}  # each cue's first line
    names = set() if grammar.styles else names_without_colon(list(openings.values())) or (
        set(alone) if 2 <= len(alone) <= MAX_NAMES and alone.total() >= MIN_NAMED_SHARE * len(openings) else set())
    longest_first = sorted(names, key=len, reverse=True)  # "Sydney Adamu" before "Sydney"
    signers = _signers(unvoiced)

    utterances: list[Utterance] = []
    last_line = None
    voices = 0
    alone = None  # a handle alone on its line ("male narrator:"): the words below are that speaker's ("MADE
    # POSSIBLE BY:" in captions in capitals leads into its words)
    for cue, voice, line, closes_cue in pieces:
        other_speaker = bool(_TURN_MARK.match(line))
        line = _TURN_MARK.sub("", line)
        prefix = None if voice or not labelled else grammar.match(line)
        if prefix and prefix.name:
            line = prefix.rest
            alone = None if line or (prefix.style != "handle" and closes_cue) else prefix
        else:
            prefix, alone = (alone, None) if line and not voice else (None, alone)
        named = next((n for n in longest_first if line.startswith(f"{n} ")), None) \
            if openings.get(id(cue)) == line else None
        if named:
            line = line[len(named):].strip()
        # Rolling captions repeat the previous line above the new one, or alone in a flash cue.
        if not line or (line == last_line and (not closes_cue or cue.end - cue.start < FLASH_SECONDS)):
            continue
        last_line = line
        voices += bool(voice)
        label = voice or (prefix.written if prefix else named)
        if signers and not voice and (signed := _SIGNED.search(line)) and signed.group("name") in signers:
            line, label = line[:signed.start()], signed.group("name")
        unknown = UNKNOWN_SPEAKER if (other_speaker or signers) and not label else None  # unsigned: no one named
        start = prefix.start if prefix and prefix.start is not None else cue.start
        mark = "-" if unknown and other_speaker else None
        utterances.append(Utterance(line, label, unknown, start, cue.end, mark=mark))
    found = [f"voice tags <v Name> {voices}"] if voices else []
    found += ["names without a colon opening cues"] if names else []
    if grammar.styles and labelled:
        found.append(grammar.convention)
    return timed_turns(transcript_id, utterances), ", ".join(found) or "none"


def _signers(lines: Sequence[str]) -> set[str]:
    """The names that sign lines at their end (``_SIGNED``), ``MIN_SIGNATURES`` times each and
    ``MIN_SIGNED_LINES`` in all; none where fewer ("(Applause)" is a note, never a name)."""
    names = Counter(m.group("name") for line in lines if (m := _SIGNED.search(line)))
    names = Counter({n: k for n, k in names.items() if k >= MIN_SIGNATURES and n.casefold() not in NON_SPEECH_NOTES})
    return set(names) if names.total() >= MIN_SIGNED_LINES and len(names) <= MAX_NAMES else set()


def names_without_colon(openings: Sequence[str]) -> set[str]:
    """Names that open most cues with no colon after them ("Tim Davis There are several things…"), as captions
    written by hand may. A name is the run of one to ``MAX_NAME_WORDS`` capitalised words (``&`` between them)
    that every cue opening with its first word goes on with ("Tim" always "Tim Davis"), opening two cues or
    more, not a common word first, not all in capitals; none unless such names open ``MIN_NAMED_SHARE`` of the
    cues, two names at least ("Sentence number 4 …" on every cue is no speaker) and ``MAX_NAMES`` at most."""
    words = [line.split() for line in openings]
    counts = Counter(" ".join(w[:k]) for w in words for k in range(1, min(len(w) - 1, MAX_NAME_WORDS) + 1))
    found: Counter[str] = Counter()
    for w in words:
        run = 0
        while run < min(len(w) - 1, MAX_NAME_WORDS) and (w[run][0].isupper() or w[run] == "&") \
                and counts[" ".join(w[:run + 1])] == counts[w[0]]:
            run += 1
        name = " ".join(w[:run])
        if run and counts[w[0]] >= 2 and w[0].casefold() not in stop_words() and not name.isupper():
            found[name] += 1
    if not 2 <= len(found) <= MAX_NAMES or sum(found.values()) < MIN_NAMED_SHARE * len(openings):
        return set()
    # "John Smith …" and "John Doe …": the run stops at "John"; two people may share it, so no names are read
    after = Counter((name, w[len(name.split())]) for w in words for name in found
                    if " ".join(w[:len(name.split())]) == name and len(w) > len(name.split()))
    shared = Counter(name for (name, nxt), n in after.items()
                     if n >= 2 and nxt[0].isupper() and nxt.casefold() not in stop_words())
    return set() if any(n >= 2 for n in shared.values()) else set(found)


def clean_cue_line(raw: str) -> str:
    """A cue line without markup or character references, whitespace normalised."""
    return clean_line(html.unescape(_TAG.sub("", raw)))
