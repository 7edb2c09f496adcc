"""Labels in capitals hard-wrapped over lines, joined back into one line so that ``labels`` reads them; labels
run into the middle of a line, cut out onto lines of their own (``inline_labels_apart``).

    RUY LÓPEZ RIDAURA, DIRECTOR GENERAL DEL CENTRO NACIONAL DE PROGRAMAS      (a colon ends the label)
    PREVENTIVOS Y CONTROL DE ENFERMEDADES (CENAPRECE): Buenas noches.

    CUMHURİYET                                                                (a dash ends it: Turkey's
    HALK PARTİSİ GENEL BAŞKANI VE MECLİS GRUBU BAŞKANI KEMAL KILIÇDAROĞLU (İzmir) –    Assembly, as scraped)
    Sayın Başkan, …

    BAŞKAN
    – Sayın milletvekilleri, …
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Callable

from qa_bot.ingest.labels import has_label_shape

# A label inside a line, after a sentence's end and two spaces or more: closed captions run the turns of a
# council meeting together ("…this month.  Congratulations.    Al Sigala:  Thank you, mr. Mayor"); or a typed
# record's label in capitals, two spaces after its period, that a PDF's text runs on ("…the revolution. MR.
# LILLY.  I would move…", the Fed's transcripts).
_INLINE_LABEL = re.compile(r"(?<=[.?!])(?<!\bMr\.)(?<!\bMs\.)(?<!\bDr\.)(?<!\bMrs\.)"  # not "Mr.  Speaker:"
                           r"(?:\s{2,}(?=([A-Z][\w'’\-]*(?: [A-Z][\w'’\-]*){0,3}):\s)"
                           r"|\s+(?=((?:(?:MR|MRS|MS|DR)\.|(?:VICE )?CHAIRMAN) [A-Z][A-Z'’\-]+)\.\s{2}))")
MIN_INLINE_LABELS = 3  # in a file, one name among them at least twice
# Captions in capitals run a name in capitals after a sentence's end, a space before it ("…GOING UP? DREW:", "WOW.
# ROMAINE:", "[LAUGHTER] EMILY: SPEAKING OF…"): read so where nearly all of a file's letters are capitals.
_CAPS_INLINE_LABEL = re.compile(r"(?<=[.?!\]])\s+(?=([A-Z][A-Z'’\-]+(?: [A-Z][A-Z'’\-]+){0,2}):(?:\s|$))")
MIN_CAPITALS_SHARE = 0.9
# A PDF's text run into one line glues a label in capitals to the words around it: "…sit down.DEAN:Good morning."
# A case ending after an abbreviation, as Swedish and Finnish write them ("EU:s högsta", "EU:ssa"): no label.
_CASE_ENDING = r"(?:s|n|t|en|ns|ssa|ssä|sta|stä|lla|llä|lle|lta|ltä|ta|tä|na|nä|ksi|han|hen|hin|hun)"
_CAPS_WORD = r"(?:(?:[A-Z]\.)+|[A-Z][A-Z'’\-]+)"  # "DEAN", or initials: "H.R."
_GLUED_LABEL = re.compile(rf"(?<![A-Z])\s*(?=({_CAPS_WORD}(?: {_CAPS_WORD}){{0,2}}):(?!{_CASE_ENDING}\b)[^\W\d_\"“])")
# A scraped page glues a label to the end of the sentence before it, the space after its colon kept, where a bold
# question ran on into its answer ("**EG: ¿Y a vos?**DM: Alemania."): a name of up to three words, not after an
# initial ("M.Sezer:" is one label).
_TIGHT_LABEL = re.compile(r"(?<=[.?!…])(?<!\b\w\.)(?=([^\W\d_a-z][\w'’\-]*(?: [^\W\d_a-z][\w'’\-]*){0,2}):\s)")
MAX_LABEL_LINES = 3  # lines a label in capitals may be hard-wrapped over
# What may close a wrapped label in capitals before its words: its notes ("(İzmir)") and a dash, at a line's end.
_CLOSE = re.compile(r"(?:\s*\([^()\n]{1,60}\))*(?:\s+[–-])?\s*$")
# A line that opens with the rest of a label, then words: "(İzmir) – Gazi Meclisin…", "– Sayın…", "- Söz sırası…".
_NOTE_CLOSE = re.compile(r"^\s*[^()\n:]{1,40}\):\s")  # "Ryan): I thank…", the end of a wrapped note and its label
_DASH_OPEN = re.compile(r"^(?:\([^()\n]{1,60}\)\s*)*[–-]\s+\w")  # not "- - - -", a rule
# A name set a word a line over its party or office, then the speech, as the Bundestag's plenary record reads when
# copied from its web page ("Clara" / "Bünger" / "Die Linke" / "Sehr geehrte Frau Präsidentin! …"): a title, a
# name a line ("Tobias Matthias", a particle before the surname: "von Storch"), a place in brackets ("(Duisburg)").
_CAPITALISED = r"[^\W\d_a-z][\w'’\-]*"
_NAME_PART = re.compile(rf"^(?:(?:Dr|Prof)\.(?: (?:Dr|h\. ?c)\.)*|\([^()\d]{{2,40}}\)|"
                        rf"(?:(?:von|van|de|zu|der) )?{_CAPITALISED}(?: {_CAPITALISED})?)$")
MAX_TAG_LINES, MAX_TAG_WORDS = 2, 6  # the party, the office below the name
MIN_STACKED_NAMES = 3  # people named so in a file, a party or office below them twice or more


def coloned_labels_joined(lines: list[str]) -> list[str]:
    """Lines with a label in capitals that opens a paragraph hard-wrapped across them, closed by a colon, joined
    into one ("RUY LÓPEZ RIDAURA, DIRECTOR GENERAL DEL CENTRO NACIONAL DE PROGRAMAS" over "PREVENTIVOS Y CONTROL
    DE ENFERMEDADES (CENAPRECE): Buenas noches."); any other lines as they were."""
    return _joined(lines, lambda out, i: _coloned_end(lines, i, not out or not out[-1].strip()))


def split_labels_joined(lines: list[str]) -> list[str]:
    """Lines with a label hard-wrapped across them joined into one with the first words after it: a label in
    capitals closed by a dash (``_dashed_end``), or a label whose note in parentheses wraps ("Minister for
    Communications, Climate Action and Environment (Deputy Eamon" over "Ryan): I thank…"). Before running
    headers are dropped: "BAŞKAN" alone over each of the chair's turns, or a minister's wrapped label, is none.
    Names set a word a line over a party are joined first (``stacked_names_joined``)."""
    lines = stacked_names_joined(lines)
    return _joined(lines, lambda out, i: _dashed_end(lines, i) if _noted_end(lines, i) is None else i + 1)


def stacked_names_joined(lines: list[str]) -> list[str]:
    """Names set a word a line over a party or office (``_NAME_PART``) written as labels on the speech's first line
    ("Clara Bünger (Die Linke): Sehr geehrte…"), where ``MIN_STACKED_NAMES`` people's names open speeches so and a
    party or office below them recurs; else the lines as they were."""
    blocks = [block for i in range(len(lines)) if (block := _stacked_name(lines, i))]
    tags = Counter(tag for _, _, _, found in blocks for tag in found)
    if len({name for _, _, name, _ in blocks}) < MIN_STACKED_NAMES or max(tags.values(), default=0) < 2:
        return lines
    out, i = [], 0
    for start, end, name, found in blocks:
        out += lines[i:start]
        out.append(f"{name} ({', '.join(found)}): {lines[end].strip()}")
        i = end + 1
    return out + lines[i:]


def _stacked_name(lines: list[str], i: int) -> tuple[int, int, str, list[str]] | None:
    """``(i, speech line, name, tags)`` where a stacked name starts at line ``i``: two name words or more, a line
    each (the line before not one), then one or two short lines of party or office, then a line of speech (a
    sentence's end, or longer than a party's line: "Vielen Dank.")."""
    before = lines[i - 1].strip() if i else ""
    if lines[i].lstrip().startswith("(") or (_NAME_PART.match(before) and not before.startswith("(")):
        return None  # not "(Beifall bei der Linken)" over the name
    k = i
    while k < len(lines) and _NAME_PART.match(lines[k].strip()):
        k += 1
    words = [lines[j].strip() for j in range(i, k)]
    if len(names := [w for w in words if not w.endswith(".") and w[0] != "("]) > 2:  # "Clara" / "Bünger" / "AfD":
        words.pop()  # the party, read as a tag below
        k -= 1
    if len(names) < 2:
        return None
    tags: list[str] = []
    while k < len(lines) and len(tags) < MAX_TAG_LINES + 1 and 0 < len(lines[k].split()) <= MAX_TAG_WORDS \
            and not lines[k].rstrip().endswith((".", "!", "?", ":", ")")):
        tags.append(lines[k].strip())
        k += 1
    speech = k < len(lines) and (len(lines[k].split()) > MAX_TAG_WORDS or lines[k].rstrip().endswith((".", "!", "?")))
    return (i, k, " ".join(words), tags) if speech and 0 < len(tags) <= MAX_TAG_LINES else None


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


def inline_labels_apart(lines: list[str]) -> list[str]:
    """Lines with a label inside them cut there, the label opening a paragraph of its own, where the file runs
    turns together so (``MIN_INLINE_LABELS`` such labels, a name among them twice or more; in captions in
    capitals, ``_CAPS_INLINE_LABEL``; a PDF's text run into one line, "…sit down.DEAN:Good morning."; a page's
    "…¿Y a vos?DM: Alemania."); else as they were."""
    letters = [c for line in lines for c in line if c.isalpha()]
    capitals = sum(c.isupper() for c in letters) >= MIN_CAPITALS_SHARE * len(letters) > 0
    for pattern in (_CAPS_INLINE_LABEL if capitals else _INLINE_LABEL, _GLUED_LABEL, _TIGHT_LABEL):
        if (cut := labels_cut(lines, pattern)) is not None:
            return cut
    return lines


def labels_cut(lines: list[str], pattern: re.Pattern[str]) -> list[str] | None:
    """``lines`` cut where ``pattern`` finds a label inside one (its first group the label, its end where the
    label starts), a blank line before each, where it finds ``MIN_INLINE_LABELS`` or more and a name twice; None
    where it does not."""
    names = Counter(label for line in lines for _, label in _labels_in(pattern, line))
    if sum(names.values()) < MIN_INLINE_LABELS or max(names.values()) < 2:
        return None
    out: list[str] = []
    for line in lines:
        cuts = [0, *(at for at, _ in _labels_in(pattern, line)), len(line)]
        for k, (a, b) in enumerate(itertools.pairwise(cuts)):
            part = line[a:b].rstrip().replace(":", ": ", k > 0 and pattern is _GLUED_LABEL)  # "DEAN: Good"
            out.extend([part] if k == 0 else ["", part])
    return out


def _labels_in(pattern: re.Pattern[str], line: str) -> list[tuple[int, str]]:
    """Where ``pattern`` finds labels inside ``line``, and the labels: none at its start, none inside the one
    before ("R. HALDEMAN" inside "H.R. HALDEMAN")."""
    found: list[tuple[int, str]] = []
    for m in pattern.finditer(line):
        label = next(g for g in m.groups() if g)
        if m.start() and (not found or m.end() >= found[-1][0] + len(found[-1][1])):
            found.append((m.end(), label))
    return found
