"""Reading a question: which speakers and dates it names, so retrieval can use them.

"What did Lavrov say about …" names ``Sergey Lavrov``; "What did the
Professor think …" names ``Professor B`` when that is the only professor in
scope; "… in June 2021" becomes a date range when the index has dates. The
result records what it read, so the UI can show how a question was understood.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

from qa_bot.text import find_date

# Tokens of a speaker label that never identify a person on their own.
_NOT_NAMES = frozenset(
    "the of and de da von van mr mrs ms miss dr prof sir lady lord hon am mp msp ms mla jr sr".split()  # noqa: SIM905
)
_WORD = re.compile(r"[\w'’\-.]+")
_SKIP_LETTERS = frozenset("I")


@dataclass(frozen=True)
class ParsedQuestion:
    """What a question names besides its topic."""

    speakers: tuple[str, ...] = ()
    speaker_mentions: tuple[str, ...] = ()
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    date_mention: str | None = None


def speaker_aliases(speakers: Sequence[str]) -> dict[str, set[str]]:
    """Lower-cased alias -> speakers it may denote: full names and their distinctive words."""
    aliases: dict[str, set[str]] = {}
    for name in speakers:
        aliases.setdefault(name.casefold(), set()).add(name)
        tokens = [t.strip(".,") for t in name.split()]
        for token in tokens:
            key = token.casefold()
            if key in _NOT_NAMES or (len(token) < 3 and not (len(token) == 1 and token.isupper())):
                continue
            aliases.setdefault(key, set()).add(name)
        for part in re.split(r"[.\s]+", name):  # "S.Lavrov" -> "lavrov"
            if len(part) >= 3 and part.casefold() not in _NOT_NAMES:
                aliases.setdefault(part.casefold(), set()).add(name)
    return aliases


def find_speakers(question: str, speakers: Sequence[str]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Speakers the question names unambiguously, and the words that named them.

    Longer phrases win ("Project Manager" over "Manager"); an alias shared by
    several speakers ("Professor" in a corpus of many professors) is ignored.
    Single capital letters ("What did C think") count, except "I" and a
    question's first word.
    """
    aliases = speaker_aliases(speakers)
    tokens = [m.group(0).strip(".,'’") for m in _WORD.finditer(question)]
    found: list[str] = []
    mentions: list[str] = []
    i = 0
    while i < len(tokens):
        for n in (4, 3, 2, 1):
            phrase = " ".join(tokens[i : i + n])
            names = aliases.get(phrase.casefold())
            if not names or len(names) != 1 or (n == 1 and not _plausible_single(phrase, i)):
                continue
            name = next(iter(names))
            if name not in found:
                found.append(name)
                mentions.append(phrase)
            i += n - 1
            break
        i += 1
    return tuple(found), tuple(mentions)


def _plausible_single(token: str, position: int) -> bool:
    if len(token) == 1:
        return token.isupper() and token not in _SKIP_LETTERS and position > 0
    return token[:1].isupper() or token.isupper()


_MONTH_NAMES = "|".join(calendar.month_name[1:])
_MONTH_YEAR = re.compile(rf"\b(?:in|during|from|since)\s+({_MONTH_NAMES})\s+(\d{{4}})\b", re.I)
_YEAR = re.compile(r"\b(?:in|during)\s+((?:19|20)\d{2})\b(?!\s*(?:election|elections|budget|census))", re.I)
_ON_DATE = re.compile(r"\bon\s+(.{6,25}?\d{4})\b", re.I)
_RELATIVE_YEAR = re.compile(r"\b(last|this|previous)\s+year(?:'s|’s)?\b", re.I)


def find_dates(question: str, today: dt.date | None = None) -> tuple[dt.date | None, dt.date | None, str | None]:
    """A date range the question asks about: ``(from, to, the words that said so)``."""
    today = today or dt.date.today()
    m = _ON_DATE.search(question)
    if m and (found := find_date(m.group(1))):
        return found[0], found[0], m.group(0)
    m = _MONTH_YEAR.search(question)
    if m:
        month = list(calendar.month_name).index(m.group(1).capitalize())
        year = int(m.group(2))
        return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1]), m.group(0)
    m = _YEAR.search(question)
    if m:
        year = int(m.group(1))
        return dt.date(year, 1, 1), dt.date(year, 12, 31), m.group(0)
    m = _RELATIVE_YEAR.search(question)
    if m:
        year = today.year - (0 if m.group(1).lower() == "this" else 1)
        return dt.date(year, 1, 1), dt.date(year, 12, 31), m.group(0)
    return None, None, None


def parse_question(
    question: str, speakers: Sequence[str], with_dates: bool = True, today: dt.date | None = None
) -> ParsedQuestion:
    """Speakers and dates named in ``question``; dates only when ``with_dates`` (the index has dates)."""
    names, mentions = find_speakers(question, speakers)
    start, end, said = find_dates(question, today) if with_dates else (None, None, None)
    return ParsedQuestion(names, mentions, start, end, said)
