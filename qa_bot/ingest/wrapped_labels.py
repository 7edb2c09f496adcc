"""Labels in capitals hard-wrapped over lines, joined back into one line so that ``labels`` reads them.

    RUY LÓPEZ RIDAURA, DIRECTOR GENERAL DEL CENTRO NACIONAL DE PROGRAMAS      (a colon ends the label)
    PREVENTIVOS Y CONTROL DE ENFERMEDADES (CENAPRECE): Buenas noches.

    CUMHURİYET                                                                (a dash ends it: Turkey's
    HALK PARTİSİ GENEL BAŞKANI VE MECLİS GRUBU BAŞKANI KEMAL KILIÇDAROĞLU (İzmir) –    Assembly, as scraped)
    Sayın Başkan, …

    BAŞKAN
    – Sayın milletvekilleri, …
"""

from __future__ import annotations

import re
from collections.abc import Callable

from qa_bot.ingest.labels import has_label_shape

MAX_LABEL_LINES = 3  # lines a label in capitals may be hard-wrapped over
# What may close a wrapped label in capitals before its words: its notes ("(İzmir)") and a dash, at a line's end.
_CLOSE = re.compile(r"(?:\s*\([^()\n]{1,60}\))*(?:\s+[–-])?\s*$")
# A line that opens with the rest of a label, then words: "(İzmir) – Gazi Meclisin…", "– Sayın…", "- Söz sırası…".
_NOTE_CLOSE = re.compile(r"^\s*[^()\n:]{1,40}\):\s")  # "Ryan): I thank…", the end of a wrapped note and its label
_DASH_OPEN = re.compile(r"^(?:\([^()\n]{1,60}\)\s*)*[–-]\s+\w")  # not "- - - -", a rule


def coloned_labels_joined(lines: list[str]) -> list[str]:
    """Lines with a label in capitals that opens a paragraph hard-wrapped across them, closed by a colon, joined
    into one ("RUY LÓPEZ RIDAURA, DIRECTOR GENERAL DEL CENTRO NACIONAL DE PROGRAMAS" over "PREVENTIVOS Y CONTROL
    DE ENFERMEDADES (CENAPRECE): Buenas noches."); any other lines as they were."""
    return _joined(lines, lambda out, i: _coloned_end(lines, i, not out or not out[-1].strip()))


def split_labels_joined(lines: list[str]) -> list[str]:
    """Lines with a label hard-wrapped across them joined into one with the first words after it: a label in
    capitals closed by a dash (``_dashed_end``), or a label whose note in parentheses wraps ("Minister for
    Communications, Climate Action and Environment (Deputy Eamon" over "Ryan): I thank…"). Before running
    headers are dropped: "BAŞKAN" alone over each of the chair's turns, or a minister's wrapped label, is none."""
    return _joined(lines, lambda out, i: _dashed_end(lines, i) if _noted_end(lines, i) is None else i + 1)


def _noted_end(lines: list[str], i: int) -> int | None:
    """``i + 1`` where line ``i`` opens a note in parentheses that line ``i + 1`` closes right before a colon and
    the joined line opens with a label."""
    line = lines[i].rstrip()
    if i + 1 >= len(lines) or "(" not in line or ")" in line[line.rindex("("):] or not _NOTE_CLOSE.match(lines[i + 1]):
        return None
    return i + 1 if has_label_shape(f"{line.strip()} {lines[i + 1].strip()}") else None


def _joined(lines: list[str], end_of: Callable[[list[str], int], int | None]) -> list[str]:
    out: list[str] = []
    i = 0
    while i < len(lines):
        end = end_of(out, i)
        if end is None:
            out.append(lines[i])
            i += 1
        else:
            out.append(" ".join(line.strip() for line in lines[i:end + 1]))
            i = end + 1
    return out


def _coloned_end(lines: list[str], i: int, opens: bool) -> int | None:
    """The last line of a label in capitals that opens a paragraph at line ``i`` and ends in a colon."""
    k = i
    while opens and k - i < MAX_LABEL_LINES - 1 and k + 1 < len(lines) and label_part(lines[k]) \
            and lines[k + 1].strip():
        k += 1
        if ":" in lines[k] and capitals_only(lines[k].split(":", 1)[0]):
            return k
    return None


def _dashed_end(lines: list[str], i: int) -> int | None:
    """The line holding the first words after a label in capitals that starts alone on line ``i`` and ends in a
    dash, as a scraped record of Turkey's Grand National Assembly wraps them: the label alone ("BAŞKAN" over "–
    Sayın…"), or its first word alone and the rest below in capitals (its notes and the dash maybe at the end
    of the last line), then the words, maybe after the notes and the dash. A heading in capitals above a label
    ("BİRİNCİ OTURUM" over "BAŞKAN") is not part of it."""
    if not _in_capitals(lines[i]):
        return None
    one_word = len(lines[i].split()) == 1
    below = lines[i + 1:i + 3]
    if len(below) == 2 and len(below[0].split()) == 1 and _in_capitals(below[0]) and _DASH_OPEN.match(below[1].strip()):
        return None  # the label is the next line
    for k in range(i + 1, min(i + MAX_LABEL_LINES + 1, len(lines))):
        line = lines[k].strip()
        if _DASH_OPEN.match(line):
            return k
        head = _CLOSE.sub("", line)
        if not one_word or not _in_capitals(head):
            return None
        if head != line.rstrip() and line.rstrip().endswith(("–", "-")):
            return k + 1 if k + 1 < len(lines) and lines[k + 1].strip() else None
    return None


def _in_capitals(line: str) -> bool:
    return label_part(line) and any(c.isupper() for c in line)


def capitals_only(text: str) -> bool:
    """Letters, all of them capitals."""
    return any(c.isalpha() for c in text) and not any(c.islower() for c in text)


def label_part(line: str) -> bool:
    """A line that may be the start of a label wrapped onto the next: capitals, no colon, no sentence's end, no
    caption's ``>>``."""
    line = line.strip()
    return capitals_only(line) and ":" not in line and not line.endswith((".", "?", "!", "…")) \
        and not line.startswith(">")
