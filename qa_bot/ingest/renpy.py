"""Ren'Py scripts (.rpy): the dialogue of visual novels and interactive fiction, a say statement a line.

    define te = Character("Tessie")       (a character: the name its lines are credited to)
    label scene_1:
        te "Fui a la biblioteca del distrito."       (a say statement: who, then the words in quotes)
        sc happy "¿Fuiste allí sola?"                 (an image attribute between them: not part of the name)
        "The lamp flickers."                          (no one named: the narration, no one's words)

Characters defined in the file are credited by the name they are given; others by the variable as written
(``te``), since their definitions live in another file. Scene, show and other statements, comments and menu
choices are not words. Text tags (``{i}…{/i}``) are dropped, escaped quotes kept.
"""

from __future__ import annotations

import re

from qa_bot.errors import IngestError
from qa_bot.ingest.speakers import UNKNOWN_SPEAKER, Utterance, build_turns
from qa_bot.text import clean_line
from qa_bot.types import Transcript

FORMAT = "ren'py"
_STRING = r'"(?P<words>(?:[^"\\]|\\.)*)"'
# Statements that take a string but say nothing: "play music "theme.ogg"", "image bg = "room.png""
_STATEMENTS = r"(?:play|queue|stop|voice|sound|image|define|default|show|scene|hide|call|jump|window|style|translate)\b"
_SAY = re.compile(rf"^(?!{_STATEMENTS})(?:(?P<who>[A-Za-z_]\w*)(?:\s+[\w-]+)*\s+)?{_STRING}(?:\s+with\s+\w+)?$")
_DEFINE = re.compile(rf"^define\s+(?P<var>[A-Za-z_]\w*)\s*=\s*Character\(\s*_?\(?\s*{_STRING}")
_LABEL = re.compile(r"^label\s+\w+\s*(?:\(.*\))?:\s*$", re.M)
_TEXT_TAG = re.compile(r"\{/?[a-z]+(?:=[^}]*)?\}")
_NARRATOR = frozenset({"narrator", "extend"})  # Ren'Py's own names for the narration and a line's continuation
MIN_SAYS = 3


def looks_like_renpy(head: str) -> bool:
    """True for a script with a ``label name:`` block holding say statements (``te "…"``)."""
    return bool(_LABEL.search(head)) and sum(bool(_SAY.match(line.strip())) for line in head.split("\n")) >= MIN_SAYS


def parse_renpy(text: str, transcript_id: str, source: str, default_title: str) -> Transcript:
    """A turn per say statement, credited to its character; the narration as no one's words."""
    lines = [line.strip() for line in text.split("\n")]
    names = {m.group("var"): _words(m.group("words")) for line in lines if (m := _DEFINE.match(line))}
    utterances: list[Utterance] = []
    for line in lines:
        m = _SAY.match(line)
        if m is None or not (words := _words(m.group("words"))):
            continue
        who = m.group("who")
        if who is None or who in _NARRATOR:
            utterances.append(Utterance(words, speaker=UNKNOWN_SPEAKER))
        else:
            utterances.append(Utterance(words, label=names.get(who) or who))
    if not any(u.label for u in utterances):
        raise IngestError(source, "no character speaks in this Ren'Py script (expected lines such as: e \"Hello.\")")
    return Transcript(transcript_id, default_title, None, None, source, build_turns(transcript_id, utterances),
                      FORMAT)


def _words(quoted: str) -> str:
    """A say statement's words: escapes undone, text tags dropped."""
    return clean_line(_TEXT_TAG.sub("", quoted.replace('\\"', '"').replace("\\n", " ")))
