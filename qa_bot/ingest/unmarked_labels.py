"""Names that open turns with no colon after them, as a PDF's text keeps them once their bold is gone:

    Tan Yong Hong (Citi) I have two questions. The first one is on loans…
    Piyush Gupta  I think it is too early to say so. Our pipelines for the second quarter are solid,
    but nowhere near as strong as the first quarter…

A name is told from a sentence's first words by the file itself: it opens many lines after a sentence's end,
with different words after it (``Piyush Gupta I…``, ``Piyush Gupta The…``), a note in brackets maybe (the
analyst's firm), and it is seldom written anywhere else; several people do so. Those lines get their colon back
(``Piyush Gupta: I think…``), and ``labels`` reads them as it reads any others.

Korea's National Assembly and councils mark each turn with a circle instead, the office and name as written,
then two spaces or the line's end before the words (``◯위원장 이상민  의석을…``, ``◯윤한홍 위원`` over its words);
a member shouting from the seat is set in parentheses inside another's turn (``(◯오신환 의원 위원석에서 ― 그렇지
않습니다.)``). Those get a colon too, the shout its own turn, and the turn it broke into goes on after it
(``circled_labels``).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from qa_bot.ingest.labels import has_label_shape
from qa_bot.text import UPPER, ends_mid_sentence
from qa_bot.text.lexicon import stop_words

_NAME_WORD = rf"[{UPPER}](?:[\w'’\-]+|\.)"  # "Piyush", "Chng", "M." (a middle initial)
_OPENING = re.compile(rf"^\s*((?:{_NAME_WORD}\s+){{2,5}})")  # capitalised words opening a line
_NOTE = re.compile(r"^\s*\([^()\n]{1,40}\)\s+")  # "(Citi) I have…": a firm after the name
MIN_NAME_WORDS, MAX_NAME_WORDS = 2, 4
MIN_UNMARKED_NAMES = 2  # people named so in a file
MIN_UNMARKED_USES = 6  # lines they open in all, and more than lines opened by a label of any shape
MIN_USES_PER_NAME = 2
MIN_UNMARKED_SHARE = 0.25  # of the lines opening after a sentence's end: a few recurring openings ("Das Studium
# läuft…", "Im Tagesgeschäft sollen…") in an interview's answers are sentences


def unmarked_labels(lines: list[str]) -> list[str]:
    """``lines`` with each name that opens a turn without a colon (see the module) followed by one, where the file
    writes its turns so (``MIN_UNMARKED_SHARE`` of the lines after a sentence's end open so, more than open with
    a label); else ``lines`` as they were (``circled_labels`` read)."""
    lines = circled_labels(lines)
    openings = [(i, line) for i, line in enumerate(lines) if line.strip() and (
        i == 0 or not ends_mid_sentence(lines[i - 1].rstrip()))]
    names = _names(openings, "\n".join(lines))
    if len(names) < MIN_UNMARKED_NAMES:
        return lines
    found = {i: name for i, line in openings if (name := _opening_name(line, names))}
    labelled = sum(has_label_shape(line.strip()) for _, line in openings)
    if len(found) < max(MIN_UNMARKED_USES, MIN_UNMARKED_SHARE * len(openings)) or len(found) <= labelled:
        return lines
    out = list(lines)
    for i, name in found.items():
        rest = out[i].strip()[len(name):].strip()
        note = _NOTE.match(rest)
        out[i] = f"{name} ({note.group(0).strip()[1:-1]}): {rest[note.end():]}" if note else f"{name}: {rest}"
    return out


def _names(openings: list[tuple[int, str]], text: str) -> set[str]:
    """The runs of capitalised words that open lines as names do: each the shortest run that recurs with different
    words after it, or is followed by a note (an analyst's one question: "Jonathan Koh (UOB Kay Hian) What…"), its
    first and last words no common word, written as often at a line's start as anywhere else."""
    after: dict[str, set[str]] = defaultdict(set)
    uses: Counter[str] = Counter()
    for _, line in openings:
        m = _OPENING.match(line)
        words = (m.group(1).split() if m else [])
        rest = line[m.end():] if m else ""
        for n in range(MIN_NAME_WORDS, min(len(words), MAX_NAME_WORDS) + 1):
            prefix = " ".join(words[:n])
            uses[prefix] += 1
            after[prefix].add(words[n] if n < len(words) else ("(" if _NOTE.match(rest) else rest.split(" ", 1)[0]))
    common = stop_words()
    names = {p for p, n in uses.items() if ((n >= MIN_USES_PER_NAME and len(after[p]) >= 2) or after[p] == {"("})
             and p.split()[0].casefold() not in common and p.split()[-1].casefold() not in common
             and not p.split()[-1].endswith(".") and text.count(p) <= 2 * n}
    return {p for p in names if not any(q != p and p.startswith(q + " ") for q in names)}  # the shortest


def _opening_name(line: str, names: set[str]) -> str | None:
    """The name of ``names`` that opens ``line``, followed by words."""
    text = line.strip()
    return next((name for name in names if text.startswith(name + " ") and text[len(name):].strip()), None)


_HAN_HANGUL = "[\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]{1,14}"  # a name or office word: "이상민", "鄭宗燮", "위원장"
_CIRCLED_NAME = rf"{_HAN_HANGUL}(?: {_HAN_HANGUL}){{0,2}}"
_CIRCLED = re.compile(rf"^[○◯](?P<name>{_CIRCLED_NAME})(?:[ \t\u3000]{{2,}}(?=\S)|[ \t]*$)")
# "(◯오신환 의원 위원석에서 ― 그렇지 않습니다.)", "(◯김도읍 의원 위원장석 옆에서 ― …)": who, from which seat (석),
# a dash, the words
_SHOUTED = re.compile(rf"^\s*\([○◯](?P<name>{_CIRCLED_NAME}?) (?P<place>\S*석(?: \S+)?에서) ?[―—–-]+ ?"
                      r"(?P<words>.+?)\)?\s*$")
_PLACE = re.compile(r"\(([^()]{1,30}에서)\)")
_ATTENDANCE = re.compile(r"출석|참석|청가|결석|배석")  # "◯출석 위원" over the names present: a list, no speaker
MIN_CIRCLED = 3  # turns a file marks so, for its circles to be its labels


def circled_labels(lines: list[str]) -> list[str]:
    """``lines`` with Korean minutes' circled names (see the module) as ``Name: words`` labels, a shout from the
    seat as a turn of its own (its place a note) and the label of the turn it broke into repeated after it, where
    ``MIN_CIRCLED`` lines open so; else ``lines`` as they were."""
    if sum(bool(_CIRCLED.match(line)) for line in lines) < MIN_CIRCLED:
        return lines
    out: list[str] = []
    speaking, broken = None, False  # whose turn runs; whether a shout broke into it
    for line in lines:
        circled, shout = _CIRCLED.match(line), _SHOUTED.match(line)
        if (circled or shout) and out and out[-1].strip():
            out.append("")  # a turn of its own, never a run-on line of the paragraph before
        if circled and not _ATTENDANCE.search(circled.group("name")):
            speaking, broken, rest = circled.group("name"), False, line[circled.end():].strip()
            place = _PLACE.fullmatch(rest)  # "(위원장석 앞에서)": the label's note, its line never a running header
            out.append(f"{speaking} ({place.group(1)}):" if place else f"{speaking}: {rest}".rstrip())
        elif shout:
            out.append(f"{shout.group('name')}: ({shout.group('place')}) {shout.group('words')}")
            broken = speaking is not None
        elif broken and line.strip():
            out.append(f"{speaking}: {line.strip()}")
            broken = False
        else:
            out.append(line)
    return out
