"""Which column of a table is which: the speaker, the text, the times, the date, the title and the place.

Header names are matched case-insensitively, ignoring spaces, ``_`` and ``-`` and units in parentheses
(``Start (s)``), against the synonyms in ``COLUMNS``; where the header names no speaker or text column, or there
is no header row, the columns are inferred from the cells (``layout``). ``table`` reads the rows by them.
"""

from __future__ import annotations

import itertools
import re
import statistics
from collections import Counter
from collections.abc import Mapping, Sequence

from qa_bot.errors import IngestError
from qa_bot.ingest.metadata import full_name
from qa_bot.text import clean_line, parse_seconds, snake_case, word_count

# Header names per column, English first, then other languages (pt, es, fr, de, it, nl, ru; for the text also he,
# ar, fa, tr, id, ja, zh, ko).
COLUMNS: dict[str, tuple[str, ...]] = {
    "speaker": ("speaker", "speaker name", "speaker label", "name", "member name", "full name", "fullname", "who",
                "person", "member", "participant", "voice", "author", "interlocutor", "narrator", "code name", "autor",
                "orador", "oradora", "narrador", "narradora", "nome", "falante", "locutor", "nombre", "hablante",
                "interviniente", "intervenant", "orateur", "locuteur", "sprecher", "sprecherin", "redner", "rednerin",
                "oratore", "parlante", "spreker", "pessoa", "спикер", "говорящий", "выступающий", "имя", "author id",
                "user name", "username", "screen name", "sender",  # a post's or message's author (not "user": a chat
                # dataset's "user" and "assistant" are a column a role)
                "name raw", "raw name"),  # a coded record's name as printed ("Mr. Platts"), beside its resolved one
    "text": ("text", "utterance", "content", "body", "transcript", "transcription", "line", "quote", "dialogue",
             "speech", "words", "sentence", "statement", "message", "remarks", "fala", "texto", "discurso",
             "intervenção", "intervención", "texte", "discours", "intervention", "rede", "wortbeitrag", "testo",
             "intervento", "tekst", "paragraph", "parágrafo", "paragrafo", "текст", "реплика", "טקסט", "نص", "متن",
             "metin", "teks", "テキスト", "文本", "内容", "텍스트", "내용"),
    "date": ("date", "recorded", "recorded at", "recording date", "event date", "created at", "data", "fecha", "datum",
             "дата"),
    "start": ("start", "start time", "begin", "time", "timestamp", "timecode", "time code", "offset",
              "início", "inicio", "début", "beginn", "inizio", "начало", "время"),
    "end": ("end", "end time", "stop", "fim", "fin", "ende", "fine", "конец"),
    "title": ("title", "event", "meeting", "session", "episode", "título", "titre", "titel", "titolo",
              "название", "событие"),
    "place": ("place", "location", "local", "lugar", "lieu", "ort", "luogo", "место"),
}
PERSON_COLUMNS = ("speaker name", "full name", "fullname", "member name")  # names, not a speaker's role or label
REQUIRED = ("speaker", "text")
# Words that make a header name the text when no synonym matches it whole ("Text of speech", "Full text").
TEXT_WORDS = frozenset(("text", "content", "transcript", "utterance", "speech", "текст"))
INFER_ROWS = 500  # rows sampled to infer columns
# Columns naming the session, on every row whoever speaks in it (a tribunal corpus's "witness", "case"): no speaker
SESSION_COLUMNS = frozenset(("witness", "deponent", "testigo", "testemunha", "zeuge", "zeugin", "témoin", "testimone",
                             "case", "court", "tribunal", "trial", "hearing"))
MIN_NAMED_SHARE = 0.8  # of a column's cells that are full names, for it to name people (``_infer``)
MIN_RISING_SHARE = 0.9  # of a column of whole numbers, rising from row to row, for it to be times in seconds
MIN_KIND_SHARE = 0.9  # of a column's cells holding its own header's name: the kind of each record, no speaker
MIN_CODE_USES, MAX_CODE_CHARS = 5, 12  # a speaker column of codes, digits and all ("BO009"): short, much used
_UNIT = re.compile(r"\([^)]*\)|\[[^\]]*\]")
_ID_PART = re.compile(r"[._/:-]")  # what separates the parts of a record's id ("Bmr014.E.dialogueact0")
_ADDRESS = re.compile(r"://|^www\.|@\w")
_ID_HEADER = re.compile(r"(?:^|[\s_\-])[Ii][Dd]$|(?<=[a-z])I[Dd]$")  # a column of ids, never times
# A header naming whoever wrote each row's words by what they are, where no header is a speaker's: "therapistInfo",
# "doctor_name"; not their address or id ("therapistURL")
_PERSON_WORDS = frozenset(("therapist", "counselor", "counsellor", "doctor", "physician", "clinician", "expert",
                           "answerer", "responder"))  # not an interviewer beside a survey's answers
_FLAGS = frozenset(("y", "n", "yes", "no", "true", "false", "ja", "nein", "male", "female", "masculino",  # a flag,
                    "feminino", "femenino", "homme", "femme", "männlich", "weiblich"))  # a gender: no one (M/F speak)


def layout(rows: list[list[str]], overrides: Mapping[str, str], source: str, kind: str
            ) -> tuple[dict[str, int], bool]:
    """``({field: column index}, whether the first row is a header)``: fields from the overrides, else header names
    (``COLUMNS``); when no header names both a speaker and a text column, the missing ones are inferred from the
    content (``_infer``)."""
    header = rows[0]
    named = named_columns(header)
    named.pop("text", None)
    text = _named_text(header, rows[1:])
    if text is not None:
        named["text"] = text
    if "speaker" not in named and (who := _person_header(header)) is not None:
        named["speaker"] = who  # "therapistInfo": whoever wrote each row's words
    chosen: dict[str, int] = {}
    for field, column in overrides.items():
        index = _column_index(header, column)
        if index is None:
            found = ", ".join(repr(clean_line(h)) for h in header[:12])
            raise IngestError(source, f"{kind} has no column {column!r} for the {field} (columns: {found})")
        chosen[field] = index
    named_by_header = bool(named) or any(not c.strip().isdigit() for c in overrides.values())
    if all(f in named or f in chosen for f in REQUIRED):
        return {**named, **chosen}, True
    session = {j for j, name in enumerate(header) if header_key(name).casefold() in SESSION_COLUMNS}
    inferred = _infer(rows[1:] if len(rows) > 2 else rows, exclude=set(chosen.values()) | set(named.values()) | session,
                      headed=named_by_header, header=header, text=chosen.get("text", named.get("text")))
    has_header = named_by_header or _header_row(header, inferred, rows[1:])
    if not has_header and len(rows) > 2:  # the first row is data: infer from every row
        inferred = _infer(rows, exclude=set(chosen.values()))
    fields = {**inferred, **named, **chosen}
    if "text" not in fields:
        found = ", ".join(repr(clean_line(h)) for h in header[:12])
        missing = [m for m in REQUIRED if m not in named and m not in chosen]
        wanted = "; ".join(f"{m}: {', '.join(COLUMNS[m][:6])}…" for m in missing)
        rejected = [repr(clean_line(header[j])) for j in _text_candidates(header)]
        if rejected:
            found += f"; {', '.join(rejected)} holds numbers, times or a few repeated values, not text"
        raise IngestError(source, f"{kind} header names no {' or '.join(missing)} column and none could be "
                                  f"inferred from the content (found {found}; expected e.g. {wanted}; "
                                  "or name them with --columns speaker=NAME,text=NAME)")
    return fields, has_header


def _infer(rows: list[list[str]], exclude: set[int], *, headed: bool = False, header: Sequence[str] = (),
           text: int | None = None) -> dict[str, int]:
    """Guess text, speaker, start and end columns from the cells (sampled rows).

    A time column parses as times or seconds in nearly every row (a count 1, 2, 3… is a row number, not a time; a
    column headed as an id, or of whole numbers that do not rise, is none);
    the text column holds the longest, most varied prose (three words or more on average, ``_prose``); the speaker
    column repeats a few short values, not numbers, stamps or ids unless much used codes (``BO009``), preferring the
    one of people's full names, else the one nearest the text, when there are several (a driver and a team, a tier
    name and a speaker). Beside columns the header names
    (``headed``), a column holding one value all through (``Video: source video``) is no speaker: a monologue's
    table names its speaker column.
    """
    sample = rows[:INFER_ROWS]
    width = max((len(r) for r in sample), default=0)
    stats = []
    for j in range(width):
        cells = [clean_line(r[j]) for r in sample if j < len(r) and r[j].strip()]
        stats.append(cells)
    found: dict[str, int] = {}
    ids = {j for j, name in enumerate(header) if _ID_HEADER.search(name.strip())}  # "tweet_id", "questionID"
    times = [j for j, cells in enumerate(stats) if j not in exclude | ids and _timelike(cells, len(sample))]
    for field, j in zip(("start", "end"), times, strict=False):
        found[field] = j
    others = [j for j, cells in enumerate(stats) if j not in exclude and j not in times and cells]
    prose = [(_prose(stats[j]), j) for j in others if statistics.mean(map(word_count, stats[j])) >= 3]
    prose = [(score, j) for score, j in prose if score > 0]
    if prose:
        found["text"] = max(prose)[1]
    text = found.get("text", width if text is None else text)  # a speaker is sought beside the header's text
    speakers = []
    for j in others:
        cells = stats[j]
        if j == text or len(cells) < 0.5 * len(sample) or statistics.mean(map(word_count, cells)) > 4:
            continue
        if sum(any(ch.isalpha() for ch in c) for c in cells) < 0.9 * len(cells):
            continue
        distinct = len(set(cells))
        coded = distinct * MIN_CODE_USES <= len(cells) and max(map(len, cells)) <= MAX_CODE_CHARS  # "BO009" each turn
        if not coded and sum(3 * sum(ch.isdigit() for ch in c) > len(c) for c in cells) > 0.5 * len(cells):
            continue  # "2010-03-04 17:21:49 UTC", "ZA253_03_01": stamps and ids, not names
        if sum(bool(_ADDRESS.search(c)) for c in cells) > 0.5 * len(cells) or {c.casefold() for c in cells} <= _FLAGS:
            continue  # a member's web page or e-mail address on each speech, a test's "Success" (Y or N), a gender
        value, uses = Counter(cells).most_common(1)[0]  # "EDL" on each cue under "EDL": the kind of record, no one
        if uses >= MIN_KIND_SHARE * len(cells) and j < len(header) and value == clean_line(header[j]):
            continue
        if (distinct < len(cells) or len(cells) <= 3) and (distinct >= 2 or not headed):
            named = sum(map(full_name, cells)) >= MIN_NAMED_SHARE * len(cells)  # "Logan Sargeant", not "Williams"
            keyed = _in_row_ids(sample, j)
            speakers.append((distinct >= 2, keyed, named, -abs(text - j), j < text, j))  # equally near: the one before
    if speakers:
        found["speaker"] = max(speakers)[-1]
    return found


def _in_row_ids(rows: list[list[str]], j: int) -> bool:
    """Whether column ``j``'s value is, in nearly every row, a part of another cell of its row: a corpus's record
    id spelling out whose it is ("Bmr014.E.dialogueact0" on E's rows, "TS3003c.A.dialog-act.1" on A's), which a
    dialogue act's tag beside it ("s^bk", "el.inf") never is; an id's first part is a session's ("budget-01")."""
    cells = [(r[j].strip(), r) for r in rows if j < len(r) and r[j].strip()]
    held = sum(any(value in _ID_PART.split(cell)[1:] for k, cell in enumerate(row) if k != j) for value, row in cells)
    return bool(cells) and held >= MIN_KIND_SHARE * len(cells)


def _person_header(header: list[str]) -> int | None:
    """The one column whose header names a kind of person (``_PERSON_WORDS``) and nothing else about them than
    their name or particulars ("therapistInfo", "Doctor name"); None where there is no such column or several."""
    found = [j for j, name in enumerate(header) if (words := [w for w in re.split(r"[\W_]+", snake_case(name)) if w])
             and words[0] in _PERSON_WORDS and set(words[1:]) <= {"info", "name", "names"}]
    return found[0] if len(found) == 1 else None


def _timelike(cells: list[str], rows: int) -> bool:
    if not cells or len(cells) < 0.5 * rows:
        return False
    values = [parse_seconds(c) for c in cells]
    if sum(v is not None for v in values) < 0.9 * len(cells):
        return False
    if all(c.isdigit() for c in cells):  # a row number (1, 2, 3…) or an id, not a time; nor a flag or a class,
        ints = [int(c) for c in cells]  # a few values over many rows (0 and 1, a tribunal's number), nor counts
        rising = sum(b >= a for a, b in itertools.pairwise(ints)) >= MIN_RISING_SHARE * (len(ints) - 1)  # (views)
        return rising and not all(b - a == 1 for a, b in itertools.pairwise(ints)) and len(set(ints)) * 10 > len(ints)
    return True


def _header_row(header: list[str], inferred: dict[str, int], body: list[list[str]]) -> bool:
    """Whether the first row names columns rather than holding data, judged against the columns inferred below it."""
    if not body:
        return False
    def at(j: int) -> str:
        return clean_line(header[j]) if j < len(header) else ""
    if any(at(j) and parse_seconds(at(j)) is None for f, j in inferred.items() if f in ("start", "end")):
        return True
    if (who := inferred.get("speaker")) is not None and at(who) in {c for r in body if who < len(r) and (c := r[who])}:
        return False  # "b|yes|ackn": the first row's speaker speaks again below, so it is a row of words
    text = inferred.get("text")
    return text is not None and word_count(at(text)) <= 1


def _text_candidates(header: list[str]) -> list[int]:
    """Header cells that name the text: a synonym (``Content``, ``Line``), else a short name holding a text
    word (``Text of speech``, ``Full text``)."""
    keys = [header_key(name).casefold() for name in header]
    exact = [j for j, key in enumerate(keys) if key in COLUMNS["text"]]
    return exact or [j for j, key in enumerate(keys) if len(key.split()) <= 4 and TEXT_WORDS & set(key.split())]


def _named_text(header: list[str], body: list[list[str]]) -> int | None:
    """The header-named text column whose cells hold the most prose; None when no named column holds text.

    A header names what a column should hold, the cells what it does: ``Line``
    over row numbers 1, 2, 3… is no text column, and of ``Line`` and
    ``Content`` the one with the longest, most varied prose is.
    """
    candidates = _text_candidates(header)
    if not body:
        return candidates[0] if candidates else None
    sample = body[:INFER_ROWS]
    scored = [(_prose([clean_line(r[j]) for r in sample if j < len(r) and r[j].strip()]), -j, j) for j in candidates]
    best = max((s for s in scored if s[0] > 0), default=None)
    return best[2] if best else None


def _prose(cells: list[str]) -> float:
    """How much a column looks like running text: mean words times the share of distinct cells; 0 for numbers,
    times and ids (cells without letters) and for a few short values repeated (a speaker, a tier, a code)."""
    if not cells or sum(any(ch.isalpha() for ch in c) for c in cells) < 0.5 * len(cells):
        return 0.0
    words = statistics.mean(map(word_count, cells))  # CJK cells: a word for every two characters
    varied = len(set(cells)) / len(cells)
    if len(cells) >= 4 and words <= 2 and varied < 0.5:
        return 0.0
    return words * varied


def _column_index(header: list[str], column: str) -> int | None:
    """The index of the header cell named ``column`` (case-insensitive), or of column number ``column`` (1-based)."""
    if column.isdigit():
        index = int(column) - 1
        return index if 0 <= index < max(len(header), 1) else None
    key = column.strip().casefold()
    return next((i for i, h in enumerate(header) if clean_line(h.replace("\ufeff", "")).casefold() == key), None)


def named_columns(header: list[str]) -> dict[str, int]:
    """``{field: column index}`` for the header cells that name a known field: the first one, except that a column
    of people's names (``PERSON_COLUMNS``) beats one of labels or roles ("speaker_name" beside "speaker")."""
    found: dict[str, int] = {}
    for index, name in enumerate(header):
        key = header_key(name).casefold()
        for field, synonyms in COLUMNS.items():
            if key in synonyms and (field not in found or (field == "speaker" and key in PERSON_COLUMNS
                                    and header_key(header[found[field]]).casefold() not in PERSON_COLUMNS)):
                found[field] = index
    return found


def header_key(name: str) -> str:
    """A header cell as matched against ``COLUMNS``: units in brackets, ``_`` and ``-`` gone, spaces single."""
    return " ".join(_UNIT.sub(" ", name.replace("\ufeff", "")).replace("_", " ").replace("-", " ").split())
