"""Labels written as a sentence that reports who takes the floor, as council records in Spanish and Portuguese
write them: ``Intervino el concejal José Luis Marín Mora:``, ``Replicó la concejala Ana Pérez:``, ``Intervenção do
vereador João Silva:``. Such a line becomes the label of the person it names (``José Luis Marín Mora:``), the
office before the name left out, so the paragraphs under it are read as that person's words.
"""

from __future__ import annotations

import re

# The verb or noun that reports the speech, an article, then the office and the name up to the colon.
_REPORTED = re.compile(
    r"^\s*(?:Intervino|Interviene|Intervención\s+de(?:l)?|Replicó|Respondió|Contestó|Intervenção\s+d[oa]|"
    r"Interveio|Respondeu)\s+(?:(?:el|la|los|las|o|a)\s+)?(?P<who>[^:\n]{3,160}?)\s*:\s*$"
)
# The name closing the report: capitalised words, lower-case particles between them ("de", "da", "del").
_NAME_AT_END = re.compile(r"(?:^|[\s,])(?P<name>[^\W\d_a-z][\w'’.\-]*(?:\s+(?:(?:de|del|da|do|dos|das|la|y|e)\s+)*"
                          r"[^\W\d_a-z][\w'’.\-]*)+)$")


def reported_labels(lines: list[str]) -> list[str]:
    """``lines`` with each line that reports who takes the floor written as that person's label."""
    return [_as_label(line) for line in lines]


def _as_label(line: str) -> str:
    m = _REPORTED.match(line)
    name = _NAME_AT_END.search(m.group("who")) if m else None
    return f"{name.group('name')}:" if name else line
