"""Labels written otherwise than ``Name:``: a sentence that reports who takes the floor, as council records in
Spanish and Portuguese write them (``Intervino el concejal José Luis Marín Mora:``, ``Replicó la concejala Ana
Pérez:``, ``Intervenção do vereador João Silva:``), or a site template's tag that names who speaks, on its own
line (Jekyll's ``{% include transcript-person.html id="tengler" %}``, Hugo's ``{{< speaker name="Ann Lee" >}}``).
Such a line becomes the label of the person it names (``José Luis Marín Mora:``, ``tengler:``), an office before
the name left out, so the paragraphs under it are read as that person's words.
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


# A template tag alone on its line whose parameter names the speaker: id, name, speaker or person.
_TEMPLATE = re.compile(r"^\s*\{[%{][<%-]?\s*[^{}\n]*?\b(?:id|name|speaker|person|who)=[\"'](?P<who>[^\"'\n]{1,60})[\"']"
                       r"[^{}\n]*[>%-]?[%}]\}\s*$")

# The Knesset's protocols mark a label by its kind on both sides: "<< יור >> היו"ר משה גפני: << יור >>" (chair, speaker,
# guest, interjection, subject).
_MARKED = re.compile(r"^\s*<<\s*(?P<kind>[^<>\n]{1,20}?)\s*>>\s*(?P<body>.*?)\s*<<\s*(?P=kind)\s*>>\s*$")
_ANY_TEMPLATE = re.compile(r"^\s*(?:\{%[^{}\n]*%\}|\{\{<[^{}\n]*>\}\})\s*$")


def reported_labels(lines: list[str]) -> list[str]:
    """``lines`` with each line that reports who takes the floor, or a template tag naming who speaks, written as
    that person's label; any other template tag alone on its line is blank, and a label marked by its kind on
    both sides (the Knesset's ``<< דובר >> Name: << דובר >>``) is the label alone."""
    return [_as_label(line) for line in lines]


def _as_label(line: str) -> str:
    if marked := _MARKED.match(line):
        return marked.group("body")
    if template := _TEMPLATE.match(line):
        return f"{template.group('who').strip()}:"
    if _ANY_TEMPLATE.match(line):
        return ""  # a site template's tag alone on its line ("{% include transcript-start.html %}"): no one's words
    m = _REPORTED.match(line)
    name = _NAME_AT_END.search(m.group("who")) if m else None
    return f"{name.group('name')}:" if name else line
