"""Court and deposition transcripts in plain text (also what PDF transcripts become): Q./A. examination.

``Q.`` lines are the current examiner's (``BY MS. SAWYER:`` sets the
examiner and is never a speaker), ``A.`` lines the witness's: the one named in
the header (``DEPOSITION OF JOHN DOE``, ``WITNESS: ...``, ``EXAMINATION OF
...``, ``JOHN DOE, having been first duly sworn``), else ``Witness``; both
are marked ``speaker_inferred`` with ``Q.`` / ``A.`` kept as the label. Colloquy
(``MR. DAVIS: ...``, ``THE COURT: ...``) is labelled as written, and
``THE WITNESS:`` is the witness. Line numbers down the margin and ``Page N``
lines are dropped; words before the first speaker stay under
``Unknown speaker``.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from qa_bot.ingest.labels import Label, LabelGrammar, learn_grammar
from qa_bot.ingest.speakers import HONORIFICS, UNKNOWN_SPEAKER, Utterance
from qa_bot.text import clean_line

WITNESS = "Witness"  # who answers when no header names the witness
_Q = re.compile(r"^Q(?:[.:]|\s{2,}|\t)\s*(?P<rest>.*)$|^Q (?P<spaced>[A-Z\"'“].*)$")
_A = re.compile(r"^A(?:[.:]|\s{2,}|\t)\s*(?P<rest>.*)$|^A (?P<spaced>[A-Z\"'“].*)$")
_PERSON = r"[A-Z][A-Za-z.'’\-]*(?:[ \t]+[A-Z][A-Za-z.'’\-]*){0,5}"
_BY = re.compile(
    rf"^(?:(?:DIRECT|CROSS|REDIRECT|RECROSS|FURTHER|CONTINUED|RESUMED)[\s-]*)*(?:EXAMINATION\s+)?"
    rf"BY\s+(?P<name>{_PERSON})\s*(?:\([^)]*\))?\s*:?\s*$",
)
_WITNESS_LINES = (
    re.compile(rf"(?:DEPOSITION|EXAMINATION|TESTIMONY|INTERVIEW|STATEMENT)\s+OF:?\s+(?P<name>{_PERSON})", re.I),
    re.compile(rf"^WITNESS:\s*(?P<name>{_PERSON})\s*$"),
    re.compile(rf"^(?P<name>{_PERSON}),?\s+(?:after\s+)?(?:having\s+been|being|was)\s+(?:first\s+)?(?:duly\s+)?"
               r"(?:sworn|affirmed|called)", re.I),
)
# Words that end a name taken from a header line ("DEPOSITION OF JOHN DOE TAKEN ON ...").
_NAME_STOP = frozenset(("taken", "on", "in", "by", "volume", "vol", "vol.", "held", "at", "the", "before", "and"))
_LINE_NUMBER = re.compile(r"^\s*(?P<n>\d{1,2})(?:\s+|$)")
_PAGE = re.compile(r"^\s*(?:Page\s+\d+(?:\s+of\s+\d+)?|\d{1,4})\s*$", re.I)
_HONORIFIC_START = re.compile(rf"^(?:THE|{'|'.join(re.escape(h.upper()) for h in HONORIFICS)})\b\.?", re.I)
FORMAT_NOTE = "Q./A. (examination)"
_REPORTER_LINE = re.compile(r"^(?:[A-Z][A-Z.'’\-]*(?: [A-Z][A-Z.'’\-]*){0,3},?|\(.*\))$")


def looks_like_court(lines: Sequence[str]) -> bool:
    """True when questions and answers open lines at least twice each (``Q.``/``A.``), or a ``BY ...:``
    line sets an examiner before ``Q.`` lines."""
    body = _unnumbered(lines)
    q = sum(1 for line in body if _Q.match(line.strip()))
    a = sum(1 for line in body if _A.match(line.strip()))
    by = any(_BY.match(clean_line(line)) for line in body)
    return q >= 2 and (a >= 2 or by)


@dataclass
class _Turn:
    speaker: str | None = None
    label: str | None = None
    mark: str | None = None
    lines: list[str] = field(default_factory=list)
    kind: str = ""  # "Q", "A" or "" (colloquy, text)


def court_utterances(lines: Sequence[str]) -> tuple[list[Utterance], str]:
    """Utterances of an examination transcript (see the module docstring), and the convention found."""
    body = _unnumbered(lines)
    grammar = learn_grammar(body)
    witness = _header_witness(body) or WITNESS
    examiner: str | None = None
    turns: list[_Turn] = [_Turn(UNKNOWN_SPEAKER)]
    asked = answered = 0
    for raw in body:
        line = clean_line(raw)
        stripped = raw.strip()
        if not line or _PAGE.match(line):
            continue
        named = _witness_named(line)
        if named and not turns[-1].kind:
            witness = named
        by = _BY.match(line)
        q, a = _Q.match(stripped), _A.match(stripped)
        if by:
            examiner = _trim(by.group("name"))
            turns.append(_Turn(UNKNOWN_SPEAKER))
        elif named or _REPORTER_LINE.match(line):  # the reporter's words: a swearing-in, a heading, "(Recess.)"
            turns.append(_Turn(UNKNOWN_SPEAKER, lines=[line]))
        elif q:
            asked += 1
            turns.append(_Turn(examiner or UNKNOWN_SPEAKER, None, "Q.", [_rest(q)], "Q"))
        elif a and (a.group("rest") is not None or turns[-1].kind == "Q"):
            answered += 1
            turns.append(_Turn(witness, None, "A.", [_rest(a)], "A"))
        elif (label := _colloquy(grammar, line)) is not None:
            if label.name.upper() == "THE WITNESS":
                turns.append(_Turn(witness, None, label.written, [label.rest]))
            else:
                turns.append(_Turn(None, label.written, None, [label.rest]))
        else:
            turns[-1].lines.append(line)
    utterances = [
        Utterance(" ".join(p for p in t.lines if p), t.label, None if t.label else t.speaker, mark=t.mark)
        for t in turns if any(t.lines)
    ]
    found = [f"{FORMAT_NOTE} {asked + answered}"] if asked + answered else []
    colloquy = LabelGrammar(Counter({k: n for k, n in grammar.styles.items() if k in ("caps", "names", "word")}))
    if colloquy.styles:
        found.append(colloquy.convention)
    return utterances, ", ".join(found)


def _rest(m: re.Match[str]) -> str:
    return clean_line(m.group("rest") if m.group("rest") is not None else m.group("spaced"))


def _colloquy(grammar: LabelGrammar, line: str) -> Label | None:
    """A colloquy label (``MR. DAVIS:``, ``THE COURT:``): a title or ``THE`` first, or a name used twice;
    ``FOR THE PLAINTIFF:`` in the appearances is text."""
    label = grammar.match(line)
    if label is None or not label.name or label.style not in ("caps", "names", "numbered", "word"):
        return None
    if _HONORIFIC_START.match(label.name) or grammar.uses(label.name) >= 2:
        return label
    return None


def _unnumbered(lines: Sequence[str]) -> list[str]:
    """``lines`` without the margin's line numbers (1-28), when most lines carry them."""
    filled = [line for line in lines if line.strip()]
    numbered = [m for m in (_LINE_NUMBER.match(line) for line in filled) if m and 1 <= int(m.group("n")) <= 28]
    if len(numbered) * 2 < len(filled):
        return list(lines)
    out = []
    for line in lines:
        m = _LINE_NUMBER.match(line)
        out.append(line[m.end():] if m and 1 <= int(m.group("n")) <= 28 else line)
    return out


def _header_witness(lines: Sequence[str]) -> str | None:
    """The witness named before the first question, if any."""
    for raw in lines:
        line = clean_line(raw)
        if _Q.match(raw.strip()):
            return None
        named = _witness_named(line)
        if named:
            return named
    return None


def _witness_named(line: str) -> str | None:
    for pattern in _WITNESS_LINES:
        m = pattern.search(line)
        if m:
            name = _trim(m.group("name"))
            if name and name.casefold() not in ("the witness", "witness", "the"):
                return name
    return None


def _trim(name: str) -> str:
    """A name cut at the first word that cannot belong to it (``JOHN DOE TAKEN ON`` -> ``JOHN DOE``)."""
    words: list[str] = []
    for word in name.split():
        if word.casefold() in _NAME_STOP:
            break
        words.append(word)
    return " ".join(words).rstrip(",.;:") if words else ""
