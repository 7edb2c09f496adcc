"""Text utilities shared by ingest, chunking and answering: whitespace, sentences, dates."""

from __future__ import annotations

import datetime as dt
import itertools
import math
import re
import statistics
import unicodedata
from collections.abc import Iterator

import sentencex

_INLINE_SPACE = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000]+")
_INVISIBLE = re.compile(r"[\u00ad\u200e\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]")
# Kangxi and CJK radicals that PDF extraction writes for the ideographs they look like ("⼭⽥" for "山田"): the
# ideographs, so that a name is one name wherever it is written.
_RADICALS = {code: unicodedata.normalize("NFKC", chr(code)) for code in range(0x2E80, 0x2FE0)
             if unicodedata.normalize("NFKC", chr(code)) != chr(code)}
_WORD = re.compile(r"\w+", re.UNICODE)
# Chinese, Japanese and Korean script and its full-width punctuation: a line wrapped between two of these
# characters had no space there ("當我讀出議員的姓名後，" + "請該位議員…").
CJK_TEXT = "\u3000-\u303f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef"
_CJK_END = re.compile(rf"[{CJK_TEXT}]$")
_UNSPACED_CHAR = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]")  # Han and kana (Korean has spaces)
_CJK_START = re.compile(rf"^[{CJK_TEXT}]")


def _letters(cased: str) -> str:
    """A regex character-class body of every letter of the Basic Multilingual Plane in one case (``upper``,
    ``lower``, or ``none``: the scripts without case, Arabic, Hebrew, Devanagari, Thai…, but not Han, kana
    or Hangul), as ranges, so patterns can say "a capital" for Élise, Åsa, Łukasz and Жанна alike."""
    tests = {"upper": str.isupper, "lower": str.islower,
             "none": lambda ch: not ch.isupper() and not ch.islower() and not 0x3040 <= ord(ch) <= 0xD7AF
             and not 0xF900 <= ord(ch) <= 0xFAFF}
    test = tests[cased]
    codes = [c for c in range(0x10000) if chr(c).isalpha() and test(chr(c))]
    ranges, start = [], codes[0]
    for previous, code in itertools.pairwise([*codes, -1]):
        if code != previous + 1:
            ranges.append(re.escape(chr(start)) + (f"-{re.escape(chr(previous))}" if previous > start else ""))
            start = code
    return "".join(ranges)


UPPER = _letters("upper")  # inside [...]: any capital letter
LOWER = _letters("lower")  # inside [...]: any lower-case letter
UNCASED = _letters("none")  # inside [...]: a letter of a script without case (العربية, עברית, हिन्दी, ไทย)
MARKS = "\u0300-\u036f\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0900-\u0dff\u0e31-\u0e4e"


def clean_line(line: str) -> str:
    """Normalise one line: NFC, invisible marks gone (soft hyphens, direction marks, a byte order mark left
    where two files were joined), radicals as the ideographs they stand for, collapsed inline whitespace,
    stripped ends."""
    return _INLINE_SPACE.sub(" ", unicodedata.normalize("NFC", _INVISIBLE.sub("", line)).translate(_RADICALS)).strip()


def clean_paragraphs(text: str) -> str:
    """Multi-line text as clean paragraphs: each line cleaned, blank ones dropped, joined by a blank line; a line
    of paragraphs two spaces apart (``spaced_paragraphs``) is those paragraphs."""
    return "\n\n".join(p for p in (clean_line(line) for line in spaced_paragraphs(text).split("\n")) if p)


_HAN_KANA = r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]"
_SPACED_CHARS = re.compile(rf"(?<={_HAN_KANA[:-1]}\d%]) (?={_HAN_KANA[:-1]}\d%])")  # digits too: "是 7 5 % 以上"


def unspaced_cjk(text: str) -> str:
    """Chinese or Japanese that a speech-to-text service wrote a character a token ("這 不 雞 配 你 知 道"), as
    written, without the spaces between characters and digits ("7 5 %": "75%"), where most of its tokens are single
    characters (a phrase copied from the words is then found); any other text as it was."""
    tokens = text.split()
    singles = sum(len(token) == 1 and bool(_UNSPACED_CHAR.match(token)) for token in tokens)
    return _SPACED_CHARS.sub("", text) if tokens and 2 * singles > len(tokens) else text


def join_wrapped(lines: list[str]) -> str:
    """The lines of one hard-wrapped paragraph as one line: joined by a space, or by nothing between CJK text,
    which puts no spaces between words."""
    parts = [line for line in lines if line]
    out = parts[:1]
    for before, line in itertools.pairwise(parts):
        out.append(line if _CJK_END.search(before) and _CJK_START.match(line) else " " + line)
    return "".join(out)


def words(text: str) -> list[str]:
    """Lower-cased word tokens (letters, digits, underscore) of ``text``."""
    return [w.lower() for w in _WORD.findall(text)]


def sentence_spans(text: str, language: str = "en") -> list[tuple[int, int]]:
    """Character spans ``(start, end)`` of the sentences of ``text``.

    Uses sentencex (rules shipped with the package, no downloads). Spans are
    trimmed of surrounding whitespace, so ``text[start:end]`` is a clean quote.
    """
    spans: list[tuple[int, int]] = []
    for item in sentencex.get_sentence_boundaries(language, text):
        spans.extend(_trimmed_lines(text, item["start_index"], item["end_index"]))
    return spans


def _trimmed_lines(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Split ``text[start:end]`` at paragraph breaks and trim whitespace on each piece."""
    pos = start
    for piece in re.split(r"(\n\s*\n)", text[start:end]):
        s, e = pos, pos + len(piece)
        pos = e
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            yield s, e


# The shapes of written dates; which words are month names is dateparser's business.
_MONTH_WORD = r"[^\W\d_]{3,}\.?"
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_WORD_DATES = [
    re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH_WORD},?\s+\d{{4}}\b(?:\s+(?:года|г\.?)(?!\w))?", re.I),  # 18 June 2021
    re.compile(rf"(?<!\w){_MONTH_WORD}\s+{_DAY},?\s+\d{{4}}\b"),  # June 18, 2021
]
_ISO = re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)")
_DMY = re.compile(r"(?<!\d)(\d{1,2})[-./](\d{1,2})[-./](\d{4})(?!\d)")
_YEAR_FIRST = re.compile(r"(?<!\d)(?:19|20)\d{2}[-_.]?[01]\d[-_.]?[0-3]\d(?!\d)")
_COMPACT = re.compile(r"(?<!\d)((?:19|20)\d{2})(\d{2})(\d{2})(?!\d)")
DATE_LANGUAGES = ("en", "ru", "fr", "de", "es")


def folded(text: str) -> str:
    """``text`` in lower case without accents ("Gröhe" -> "grohe"), to match words written with and without them."""
    return "".join(c for c in unicodedata.normalize("NFKD", text.casefold()) if not unicodedata.combining(c))


def date_alone(line: str) -> bool:
    """A line that is a date and nothing else ("08/02/96", "April 12, 2025"): under a line alone, a page's running
    head (a committee's name over its date on every page); after a label, a byline's field, not words spoken."""
    found = find_date(line)
    return bool(_NUMERIC_DATE.fullmatch(line)) or (found is not None and found[1] == (0, len(line)))


_NUMERIC_DATE = re.compile(r"\d{1,2}([/.\-])\d{1,2}\1\d{2}(?:\d{2})?")  # 08/02/96, 8.2.1996


def find_date(text: str) -> tuple[dt.date, tuple[int, int]] | None:
    """The first calendar date written in ``text`` and its character span, or None.

    Recognises dates with a month name ("June 18, 2021", "18 June 2021",
    "14 января 2022 года"; the languages of ``DATE_LANGUAGES``), ISO
    "2021-06-18" and the day-first "18-06-2021" / "18.06.2021" of official id
    lines. Month names are read by dateparser; only the shapes of dates are
    written here.
    """
    found: list[tuple[int, int, dt.date]] = []
    for pattern in _WORD_DATES:
        for m in pattern.finditer(text):
            date = _parse_words(m.group(0))
            if date:
                found.append((m.start(), m.end(), date))
    for m in _ISO.finditer(text):
        date = _ymd(*m.groups())
        if date:
            found.append((m.start(), m.end(), date))
    for m in _DMY.finditer(text):
        day, month, year = m.groups()
        date = _ymd(year, month, day) or _ymd(year, day, month)  # day first; month first if it must be
        if date:
            found.append((m.start(), m.end(), date))
    if not found:
        return None
    start, end, date = min(found)
    return date, (start, end)


def date_in_name(name: str) -> dt.date | None:
    """A date written in a file name: ``2021-06-18``, ``18-06-2021``, ``2021_06_18`` or ``20210618``."""
    name = name.replace("_", "-")
    found = find_date(name)
    if found:
        return found[0]
    m = _COMPACT.search(name)
    return _ymd(*m.groups()) if m else None


def year_first_in_name(name: str) -> bool:
    """True when a file name writes its date year first (``2025-07-03``, ``20250703``), so its month and day
    are not in doubt, as they are in ``01_09_2024`` (9 January or 1 September)."""
    return bool(_YEAR_FIRST.search(name))


def _ymd(year: str, month: str, day: str) -> dt.date | None:
    try:
        return dt.date(int(year), int(month), int(day))
    except ValueError:
        return None


def _parse_words(value: str) -> dt.date | None:
    """Parse one date written with a month name; None unless day, month and year are all there."""
    import dateparser

    settings = {"REQUIRE_PARTS": ["day", "month", "year"], "DATE_ORDER": "DMY"}
    try:
        parsed = dateparser.parse(value, languages=list(DATE_LANGUAGES), settings=settings)
    except (ValueError, OverflowError, TypeError):
        return None
    return parsed.date() if parsed else None


def parse_date(value: str | dt.date | None) -> dt.date | None:
    """Parse a date given by a user or a file header: ISO or any form ``find_date`` knows."""
    if value is None or isinstance(value, dt.date):
        return value.date() if isinstance(value, dt.datetime) else value
    value = value.strip()
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        pass
    found = find_date(value)
    return found[0] if found else None


_TIMECODE = re.compile(r"^(?:(\d+):)?(\d+):([0-5]\d(?:[.,]\d+)?)$")
_UNIT_TIME = re.compile(r"^(?:(\d+)h)?\s*(?:(\d+)m(?!s))?\s*(?:(\d+(?:[.,]\d+)?)s)?$")  # "0h04m00s", "1m5s", "25.6s"


def parse_seconds(value: object) -> float | None:
    """Seconds from a number or a time code (``65``, ``"65.5"``, ``"1:05"``, ``"00:01:05,250"``, ``"0h04m00s"``,
    ``"25.600s"``, ``"00;00;05;10"``), else None."""
    if isinstance(value, bool):
        return None
    if isinstance(value, str):
        value = value.strip()
        m = _TIMECODE.match(value) or (_UNIT_TIME.match(value) if value[-1:] in ("h", "m", "s") else None)
        if m:
            hours, minutes, seconds = m.groups()
            return int(hours or 0) * 3600 + int(minutes or 0) * 60 + float((seconds or "0").replace(",", "."))
        if (frames := timecode_seconds(value)) is not None:  # an editing tool's "00;00;05;10", frames dropped
            return frames
        if "_" in value:  # "204_0" is an id: Python's float() reads digits grouped by underscores
            return None
        try:
            value = float(value)
        except ValueError:
            return None
    if isinstance(value, (int, float)) and math.isfinite(value) and value >= 0:
        return float(value)
    return None


_FRAME_TIMECODE = re.compile(r"^(\d{1,2})[:;](\d{1,2})[:;](\d{1,2}(?:[.,]\d{1,3})?)(?:[:;]\d{1,2})?$")


def timecode_seconds(value: str) -> float | None:
    """Seconds from an editing or meeting tool's time code: hours, minutes, seconds, maybe frames, parted by colons
    or by semicolons (drop-frame): ``00;00;05;10`` (Premiere), ``01:00:03:12`` (Avid), ``0:0:4.120`` (old Teams).
    Frames are dropped, since the frame rate is not written; None for anything else."""
    m = _FRAME_TIMECODE.match(value.strip())
    if not m:
        return None
    hours, minutes, seconds = m.groups()
    return int(hours) * 3600 + int(minutes) * 60 + float(seconds.replace(",", "."))


_CLOCK = re.compile(r"^(?P<clock>\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?)\s?(?:(?P<half>[AaPp])\.?\s?[Mm]\.?)?$")


def clock_seconds(value: str, *, hours_first: bool = False) -> float | None:
    """Seconds from a time of day or into a recording, a 12-hour clock's included (``10:02 AM`` is 36,120,
    ``12:05 a.m.`` 300); ``hours_first`` reads a two-part time as hours and minutes (a chat's ``17:01``), which
    otherwise, like ``0:07`` in a transcript, is minutes and seconds. None for anything else."""
    m = _CLOCK.match(value.strip())
    if not m:
        return None
    clock, half = m.group("clock"), m.group("half")
    seconds = parse_seconds(f"{clock}:00" if (half or hours_first) and clock.count(":") == 1 else clock)
    if seconds is None or not half:
        return seconds
    return seconds % 43200 + (43200 if half.lower() == "p" else 0)  # 12:05 AM is 00:05, 1:05 PM 13:05


MILLISECOND_STEP = 100  # a median step between whole-number start times longer than this may be milliseconds
MILLISECOND_END = 36_000  # ... when the last one is too: 36,000 seconds would be a ten-hour recording
_MILLISECONDS = re.compile(r"(?:\b|_)(?:ms|millis(?:econds?)?)\b", re.I)


def in_milliseconds(starts: list[str], header: str = "") -> bool:
    """Whether a column of start times counts milliseconds: its header says so (``start_ms``), or they are whole
    numbers a median step of more than ``MILLISECOND_STEP`` apart that run past ``MILLISECOND_END`` (Whisper's
    TSV: ``4200``, ``8000`` … ``61000``); speeches minutes apart in whole seconds stay seconds."""
    if _MILLISECONDS.search(header):
        return True
    if len(starts) < 2 or not all(value.isdigit() for value in starts):
        return False
    values = sorted(int(value) for value in starts)
    steps = statistics.median(b - a for a, b in itertools.pairwise(values))
    return steps > MILLISECOND_STEP and values[-1] > MILLISECOND_END


_CLAUSE_END = re.compile(r"[.!?…:;。！？][\"'“”’»)\]]*$")


def ends_clause(line: str) -> bool:
    """True for a line that stops where a sentence or a clause does (``.``, ``?``, ``:``, ``;``, maybe before a
    closing quote or bracket): what follows may open a paragraph, where a line that stops mid-sentence wraps on."""
    return bool(_CLAUSE_END.search(line.rstrip()))


MIN_LINE_PARAGRAPHS, MAX_BLANK_SHARE, MAX_WRAPPED_CHARS = 10, 0.05, 100  # text written a paragraph a line


def paragraph_a_line(lines: list[str]) -> bool:
    """Whether text writes a paragraph a line with no blank lines between them (a saved transcript's "The
    President. Well, certainly…" over "Q. Mr. President, …"): at least ``MIN_LINE_PARAGRAPHS`` lines filled, no more
    than ``MAX_BLANK_SHARE`` as many blank, and over half longer than ``MAX_WRAPPED_CHARS``, as no hard-wrapped
    text's are."""
    filled = [i for i, line in enumerate(lines) if line.strip()]
    blank = filled[-1] - filled[0] + 1 - len(filled) if filled else 0  # between the first filled line and the last
    return (len(filled) >= MIN_LINE_PARAGRAPHS and blank <= MAX_BLANK_SHARE * len(filled)
            and 2 * sum(len(lines[i]) > MAX_WRAPPED_CHARS for i in filled) > len(filled))


MIN_SPACED_PARAGRAPHS = 4  # two-space gaps in a one-line text, to read them as its paragraph breaks
_SENTENCE_GAP = re.compile(r"(?<=[.!?\]\"”’)])( {2,}| )(?=[\[\"“‘(]?[A-Z])")
_WIDE_GAP = re.compile(r"(?<=\S) {2,}(?=[\[\"“‘(]?[A-Z])")


def spaced_paragraphs(text: str) -> str:
    """A one-line text whose paragraphs run two spaces apart (a scraped archive's whole news conference in one CSV
    cell: "…Thank you very much.  Prime Minister May. Well, thank you…") with a line a paragraph; else as it was,
    a typist's two spaces after every sentence included: the two-space gaps must be fewer than the one-space ones
    between sentences, and at least ``MIN_SPACED_PARAGRAPHS``."""
    if "\n" in text.strip():
        return text
    gaps = [len(m.group(1)) > 1 for m in _SENTENCE_GAP.finditer(text)]
    if sum(gaps) < MIN_SPACED_PARAGRAPHS or 2 * sum(gaps) >= len(gaps):
        return text
    return _WIDE_GAP.sub("\n", text)  # a topic's heading too: "…Steve—yes.  Russia-U.S. Relations  Q. Thank you."


def ends_mid_sentence(line: str) -> bool:
    """True for a line that stops inside a sentence (a lower-case letter or a comma last): the next line goes on."""
    return bool(line) and (line[-1] == "," or (line[-1].isalpha() and line[-1].islower()))


MONTHS = (
    "January", "February", "March", "April", "May", "June", "July",
    "August", "September", "October", "November", "December",
)  # fmt: skip


def format_date(value: dt.date | None) -> str:
    """``18 June 2021`` (no leading zero, English month name); ``""`` for None."""
    if value is None:
        return ""
    return f"{value.day} {MONTHS[value.month - 1]} {value.year}"


def snake_case(name: str) -> str:
    """An identifier in lower-case snake_case: ``speakerLabel`` -> ``speaker_label`` (camelCase keys, headers)."""
    return _CAMEL.sub(r"_\1", name).lower()


_CAMEL = re.compile(r"(?<=[a-z0-9])([A-Z])")


def word_count(text: str) -> int:
    """How many words ``text`` holds, Chinese and Japanese (written without spaces) counting one for every two
    characters."""
    return len(text.split()) + len(_UNSPACED_CHAR.findall(text)) // 2


_TURKISH_LOWER = str.maketrans({"I": "ı", "İ": "i"})


def name_case(name: str) -> str:
    """An ALL-CAPS name in the case people write it, by nameparser: ``BOB MCCULLOCH`` -> ``Bob McCulloch``,
    ``MARCELO BLANCO DA COSTA`` -> ``Marcelo Blanco da Costa``; its first letter always a capital (``The
    President``). Where nameparser would reorder the words, plain title case. A Turkish name (``İ`` or ``Ğ`` in
    it) lowers ``I`` to ``ı`` and ``İ`` to ``i``: ``KEMAL KILIÇDAROĞLU`` -> ``Kemal Kılıçdaroğlu``."""
    if "İ" in name or "Ğ" in name:
        return " ".join(w[:1] + w[1:].translate(_TURKISH_LOWER).lower() for w in name.split())
    from nameparser import HumanName  # imported when a name needs it: the rest of text does not

    parsed = HumanName(name)
    parsed.capitalize(force=True)
    cased = str(parsed)
    cased = cased if cased.casefold().split() == name.casefold().split() else name.title()
    return cased[:1].upper() + cased[1:]
