"""Final Draft screenplays (.fdx, or XML whose root is ``<FinalDraft>``): film, television and stage scripts.

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
    utterances: list[Utterance] = []
    speaker: str | None = None
    for paragraph in content:
        if not isinstance(paragraph.tag, str) or local_tag(paragraph) != "paragraph":
            continue
        kind = paragraph.get("Type", "")
        words = clean_line("".join("".join(t.itertext()) for t in paragraph
                                   if isinstance(t.tag, str) and local_tag(t) == "text"))
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
    if not any(u.label for u in utterances):
        raise IngestError(source, "no character speaks in this Final Draft file (no Character paragraphs)")
    return Transcript(transcript_id, default_title, None, None, source, build_turns(transcript_id, utterances),
                      FORMAT)
