"""Screenplays in the files screenwriting programs save: Final Draft's (.fdx, or XML whose root is
``<FinalDraft>``) and Trelby's (.trelby, text: a line an element's line, two characters before each, whether the
element goes on below and its kind). Film, television and stage scripts.

A ``<Paragraph Type="Character">`` names who speaks the ``Dialogue`` and ``Parenthetical`` paragraphs after it;
its extensions (``(V.O.)``, ``(CONT'D)``) say how the line is heard, not who speaks, so they are left out of the
name. Action, scene headings, transitions and shots are the script's directions: no one's words, kept as
``Unknown speaker``. Paragraphs nested in a scene's properties (its summary) or in script notes are the writer's
notes and are left out. Parsed by lxml with entities and network off (``xml_tree.parse_root``).
"""

from __future__ import annotations

import re

from qa_bot.errors import IngestError
from qa_bot.ingest.speakers import UNKNOWN_SPEAKER, Utterance, build_turns
from qa_bot.ingest.xml_tree import local_tag, parse_root
from qa_bot.text import clean_line
from qa_bot.types import Transcript

FORMAT = "final draft"
_ROOT = re.compile(r"<FinalDraft[\s>]")
_SPOKEN = ("Dialogue", "Parenthetical")
TRELBY_FORMAT = "trelby"
# Trelby's line: whether its element goes on below ("&" no space, ">" a space, "|" a line break) or ends ("."), then
# the element's kind, named as Final Draft names it
_TRELBY_GOES_ON = frozenset("&>|")
_TRELBY_KINDS = {"\\": "Scene Heading", ".": "Action", "_": "Character", ":": "Dialogue", "(": "Parenthetical",
                 "/": "Transition", "=": "Shot", "%": "Note", "&": "Act Break"}
_EXTENSIONS = re.compile(r"(?:\s*\([^()]*\))+$")  # "EDWARD (V.O.) (CONT'D)": how the line is heard


def looks_like_fdx(head: str) -> bool:
    """True when the text's XML opens with Final Draft's ``<FinalDraft>`` root."""
    return bool(_ROOT.search(head.lstrip("\ufeff \t\r\n")[:1000]))


def parse_fdx(text: str, transcript_id: str, source: str, default_title: str) -> Transcript:
    """A turn per character cue and the dialogue under it, the directions between as no one's words."""
    root = parse_root(text, source)
    content = next((el for el in root if isinstance(el.tag, str) and local_tag(el) == "content"), None)
    if content is None:
        raise IngestError(source, "Final Draft file without a <Content> element")
    paragraphs = [(p.get("Type", ""), clean_line("".join("".join(t.itertext()) for t in p
                                                         if isinstance(t.tag, str) and local_tag(t) == "text")))
                  for p in content if isinstance(p.tag, str) and local_tag(p) == "paragraph"]
    utterances = script_utterances(paragraphs)
    if not any(u.label for u in utterances):
        raise IngestError(source, "no character speaks in this Final Draft file (no Character paragraphs)")
    return Transcript(transcript_id, default_title, None, None, source, build_turns(transcript_id, utterances),
                      FORMAT)


def looks_like_trelby(head: str) -> bool:
    """True for Trelby's own file: a ``#Version`` line, then its ``#Begin-…`` sections."""
    text = head.lstrip("\ufeff \t\r\n")
    return text.startswith("#Version ") and "\n#Begin-" in text


def parse_trelby(text: str, transcript_id: str, source: str, default_title: str) -> Transcript:
    """A Trelby script's elements after its ``#Start-Script`` line, read as Final Draft's are (``script_utterances``):
    each line's first character says whether the element goes on on the next line (``>``) or ends (``.``), its
    second the element's kind (``_`` a character's cue, ``:`` dialogue, ``(`` a parenthetical, others directions)."""
    lines = text.split("\n")
    start = next((i + 1 for i, line in enumerate(lines) if line.strip() == "#Start-Script"), None)
    if start is None:
        raise IngestError(source, "Trelby file without a #Start-Script line")
    elements: list[tuple[str, str]] = []
    words: list[str] = []
    for line in lines[start:]:
        if len(line) < 2 or line[1] not in _TRELBY_KINDS:
            continue
        words.append(line[2:].strip())
        if line[0] not in _TRELBY_GOES_ON:
            elements.append((_TRELBY_KINDS[line[1]], clean_line(" ".join(words))))
            words = []
    title = next((clean_line(line.rsplit(",", 1)[-1]) for line in lines[:start] if line.startswith("#Title-String")),
                 None)
    utterances = script_utterances(elements)
    if not any(u.label for u in utterances):
        raise IngestError(source, "no character speaks in this Trelby script (no character cues)")
    return Transcript(transcript_id, title or default_title, None, None, source,
                      build_turns(transcript_id, utterances), TRELBY_FORMAT)


def script_utterances(paragraphs: list[tuple[str, str]]) -> list[Utterance]:
    """A script's ``(kind, words)`` paragraphs as utterances: a ``Character`` cue names who speaks the
    ``Dialogue`` and ``Parenthetical`` paragraphs after it, its extensions left out; other paragraphs are
    directions, no one's, and the next line needs a cue again."""
    utterances: list[Utterance] = []
    speaker: str | None = None
    for kind, words in paragraphs:
        if kind == "Character":
            speaker = _EXTENSIONS.sub("", words).strip() or None
        elif kind in _SPOKEN and speaker and words:
            last = utterances[-1] if utterances else None
            if last is not None and last.label == speaker:
                utterances[-1] = Utterance(f"{last.text} {words}", label=speaker)
            else:
                utterances.append(Utterance(words, label=speaker))
        elif words:  # a direction (or dialogue no cue names): no one's words, and the next line needs a cue
            speaker = None
            utterances.append(Utterance(words, speaker=UNKNOWN_SPEAKER))
    return utterances
