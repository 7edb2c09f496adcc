"""Official press transcripts such as those of the Russian Foreign Ministry's website, in English or Russian.

Shape: an optional time line (``15:45``), a title naming the main speaker,
the place and the date, an id line (``1225-18-06-2021``), then paragraphs.
Speaker labels (``Question:``, ``Sergey Lavrov:``, ``Вопрос:``,
``С.В.Лавров:``) open turns; the unlabeled opening statement belongs to the
main speaker named in the title, found even where a Russian title declines
the name (``С.В.Лаврова``). The website's navigation text at the end is cut
off, in both languages.
"""

from __future__ import annotations

import re

from qa_bot.errors import IngestError
from qa_bot.ingest.blocks import block_utterance, split_labeled
from qa_bot.ingest.labels import learn_grammar
from qa_bot.ingest.metadata import first_date
from qa_bot.ingest.speakers import UNKNOWN_SPEAKER, build_turns, display_name
from qa_bot.text import clean_line, find_date
from qa_bot.types import Transcript

FORMAT = "press"

_TIME_LINE = re.compile(r"^\d{1,2}:\d{2}$")
_ID_LINE = re.compile(r"^\d{2,7}-\d{2}-\d{2}-\d{4}$")
# Lines where the website's page furniture starts; everything after is dropped.
_BOILERPLATE_STARTS = (
    "Дополнительные материалы",
    "Additional materials",
    "Фотоальбом",
    "Photo album",
    "Видеоматериалы",
    "Video materials",
    "Некорректно указаны даты",
    "Incorrect dates",
    "Дополнительные инструменты поиска",
    "Advanced search tools",
)
# Labels of the people asking, never the main speaker (casefolded).
QUESTION_LABELS = ("question", "q", "вопрос", "journalist", "reporter")
_POSSESSIVE_NAME = re.compile(r"((?:[A-Z][\w\-]+\s+){0,3}[A-Z][\w\-]+)[’']s\b")
# A Russian name with initials, as titles write it: "С.В.Лаврова" (genitive of "С.В.Лавров").
_INITIALS_NAME = re.compile(r"((?:[А-ЯЁ]\.\s?){1,2}[А-ЯЁ][а-яё\-]+)")
_WORD = re.compile(r"[^\W\d_]+")
_DECLINED = (
    (re.compile(r"(ов|ев|ёв|ин|ын)(?:а|у|ым|е)$"), r"\1"),  # Лаврова, Лаврову, Лавровым -> Лавров
    (re.compile(r"(ов|ев|ёв|ин|ын)ой$"), r"\1а"),  # Захаровой -> Захарова
    (re.compile(r"ск(?:ого|ому|им|ом)$"), "ский"),
    (re.compile(r"ской$"), "ская"),
)


def looks_like_press(text: str) -> bool:
    """True when the first lines carry the press header: a time line or an id line."""
    head = [clean_line(line) for line in text.split("\n")[:40]]
    head = [line for line in head if line][:6]
    return any(_ID_LINE.match(line) for line in head) or bool(head and _TIME_LINE.match(head[0]))


def parse_press(text: str, transcript_id: str, source: str) -> Transcript:
    """Parse a press transcript into turns; see the module docstring for the layout."""
    lines = _cut_boilerplate(text.split("\n"))
    title, id_line, body_start = _header(lines)
    grammar = learn_grammar(lines[body_start:])
    blocks = split_labeled(lines[body_start:], grammar)
    labels = [b.label.name for b in blocks if b.label and b.label.name]
    main_speaker = _main_speaker(title, labels)
    if not labels and main_speaker == UNKNOWN_SPEAKER:
        raise IngestError(source, "no speaker labels and no speaker named in the title (read as a press transcript)")
    named_in_title = _name_in_title(title)

    date, date_source = first_date(("title", title), ("header", id_line))
    title_date = find_date(title)
    place = _place(title, title_date[1][0]) if title_date else None

    utterances = [block_utterance(b, main_speaker) for b in blocks]
    turns = build_turns(transcript_id, utterances, extra_names=[named_in_title] if named_in_title else [])
    transcript = Transcript(transcript_id, title, date, place, source, turns, FORMAT, date_source)
    transcript.label_convention = grammar.convention
    return transcript


def _cut_boilerplate(lines: list[str]) -> list[str]:
    for i, line in enumerate(lines):
        if clean_line(line).startswith(_BOILERPLATE_STARTS):
            return lines[:i]
    return lines


def _header(lines: list[str]) -> tuple[str, str | None, int]:
    """Return (title, id line, index of the first body line)."""
    title, id_line, body_start = "", None, 0
    for i, raw in enumerate(lines):
        line = clean_line(raw)
        if not line or (not title and _TIME_LINE.match(line)):
            continue
        if not title:
            title, body_start = line, i + 1
            continue
        if _ID_LINE.match(line):
            id_line, body_start = line, i + 1
        break
    return title, id_line, body_start


def _main_speaker(title: str, labels: list[str]) -> str:
    """The person the title names: the body label named earliest in the title, else a name in the title.

    A label matches its own words in the title, or its surname declined
    (``Лавров`` in ``С.В.Лаврова``, ``Макей`` in ``В.В.Макеем``).
    """
    people = [label for label in dict.fromkeys(labels) if label.casefold() not in QUESTION_LABELS]
    found: list[tuple[int, int, str]] = []
    for label in people:
        at = title.find(label)
        if at < 0:
            at = _surname_position(title, display_name(label))
        if at >= 0:
            found.append((at, -len(label), label))
    if found:
        return min(found)[2]
    return _name_in_title(title) or UNKNOWN_SPEAKER


def _surname_position(title: str, name: str) -> int:
    """Where the title holds ``name``'s last word, in any grammatical case; -1 if nowhere."""
    words = _WORD.findall(name)
    if not words:
        return -1
    surname = words[-1].casefold()
    for m in _WORD.finditer(title):
        word = m.group(0).casefold()
        common = len(_common_prefix(word, surname))
        if common >= 4 and len(surname) - common <= 1 and len(word) - common <= 3:
            return m.start()
    return -1


def _common_prefix(a: str, b: str) -> str:
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return a[:n]


def _name_in_title(title: str) -> str | None:
    """A name the title gives: "Sergey Lavrov" of "… Sergey Lavrov’s statement", or a Russian
    name with initials put back in the nominative ("С.В.Лаврова" -> "С.В.Лавров")."""
    m = _POSSESSIVE_NAME.search(title)
    if m:
        return " ".join(m.group(1).split()[-2:])
    m = _INITIALS_NAME.search(title)
    return _nominative(m.group(1)) if m else None


def _nominative(name: str) -> str:
    """Undo the case endings of common Russian surnames (-ов/-ев/-ин, -ова, -ский) in a title."""
    for pattern, replacement in _DECLINED:
        if pattern.search(name):
            return pattern.sub(replacement, name)
    return name


def _place(title: str, date_start: int) -> str | None:
    before = title[:date_start].rstrip(" ,")
    if "," not in before:
        return None
    place = before.rsplit(",", 1)[1].strip()
    return place or None
