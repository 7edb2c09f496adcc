"""Speakers a question names ("What did Lavrov say" -> ``Sergey Lavrov``), and names in a speaker's place
that nobody in the index answers to ("What did Obama say?")."""

from __future__ import annotations

import re
from collections.abc import Sequence

from qa_bot.question.people import Person, is_descriptor
from qa_bot.text import MONTHS
from qa_bot.text.lexicon import NOT_NAMES, SAYING_VERBS, WH_WORDS, stop_words

_WORD = re.compile(r"[\w'’\-.]+")
_SKIP_LETTERS = frozenset("I")


def speaker_aliases(speakers: Sequence[str]) -> dict[str, set[str]]:
    """Lower-cased alias -> speakers it may denote: full names and their distinctive words."""
    aliases: dict[str, set[str]] = {}
    for name in speakers:
        aliases.setdefault(name.casefold(), set()).add(name)
        tokens = [t.strip(".,") for t in name.split()]
        for token in tokens:
            key = token.casefold()
            if key in NOT_NAMES or (len(token) < 3 and not (len(token) == 1 and token.isupper())):
                continue
            aliases.setdefault(key, set()).add(name)
        for part in re.split(r"[.\s]+", name):  # "S.Lavrov" -> "lavrov"
            if len(part) >= 3 and part.casefold() not in NOT_NAMES:
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


# A capitalised word: "Obama", "Paul-Hus", "O'Brien" (not "the", "ever": no lower-case first letter).
_NAME_PART = r"(?![a-zß-ÿ])[^\W\d_][\w\-]*(?:['’][^\W\d_]{2,})?"
_NAME_RUN = rf"{_NAME_PART}(?:\s+{_NAME_PART}){{0,3}}"
_NAMES = rf"({_NAME_RUN}(?:\s+(?:and|&)\s+{_NAME_RUN})?)"
_SPEAKER_PLACES = [
    # "What did Obama say", "Has Obama ever mentioned", "Does Obama really think"
    re.compile(
        rf"\b(?i:did|does|do|has|have|had|would|will|could|can)\s+{_NAMES}"
        rf"\s+(?i:(?:ever|really|actually|also|just|not|never)\s+)?(?i:{SAYING_VERBS})\b"
    ),
    re.compile(rf"\b(?i:according\s+to)\s+{_NAMES}"),  # "according to Obama"
    # "Obama's view", "Barack Obama’s position on …"
    re.compile(
        rf"{_NAMES}['’]s\s+(?i:view|views|opinion|opinions|position|stance|take|thoughts|comments|remarks|words)\b"
    ),
]
_SENTENCE_START = re.compile(r"(?:^|[.?!:;]\s|[\"“(])\s*$")


def find_unknown_people(question: str, speakers: Sequence[str], people: Sequence[Person] = ()) -> tuple[str, ...]:
    """Capitalised names in a speaker's place that match no speaker alias and no described person.

    "What did Obama say about NATO?" on an index without Obama gives
    ``("Obama",)``; "What did Lavrov say" (a speaker), "What did the minister
    say" (not capitalised), "What did President Obama say" (the office word is
    left out: ``("Obama",)``) and "What did May say" (a month) are read as
    usual. Question words, pronouns and other stop words, months, countries,
    acronyms ("NATO"), single letters and a sentence's first word are never
    names. With no ``speakers`` (nothing known about the index) nothing is
    reported.
    """
    if not speakers:
        return ()
    aliases = speaker_aliases(speakers)
    described = _described_words(people) | {p.name.casefold() for p in people}
    never = _never_names()
    found: list[str] = []
    for pattern in _SPEAKER_PLACES:
        for m in pattern.finditer(question):
            offset = m.start(1)
            for run in re.split(r"\s+(?:and|&)\s+", m.group(1)):
                start = question.index(run, offset)
                offset = start + len(run)
                name = _unknown_name(run.split(), _SENTENCE_START.search(question[:start]) is not None)
                if not name:
                    continue
                folded = [t.casefold() for t in name]
                if " ".join(folded) in aliases or any(t in aliases or t in described for t in folded):
                    continue
                if any(t in never for t in folded):
                    continue
                joined = " ".join(name)
                if joined not in found:
                    found.append(joined)
    return tuple(found)


def _described_words(people: Sequence[Person]) -> set[str]:
    """Lower-cased words (three letters or more) of the names of the people titles describe."""
    return {part.casefold() for p in people for part in re.split(r"[.\s]+", p.name) if len(part) >= 3}


def _never_names() -> frozenset[str]:
    """Words that are never a name: stop and question words, months and their abbreviations."""
    return stop_words() | WH_WORDS | {m.casefold() for m in MONTHS} | {m[:3].casefold() for m in MONTHS}


def _unknown_name(tokens: list[str], sentence_start: bool) -> list[str]:
    """The tokens of a run that can be a person's name: capitalised, office and country words dropped."""
    if sentence_start:
        tokens = tokens[1:]
    while tokens and is_descriptor(tokens[0]):  # "President Obama", "Foreign Minister Lavrov"
        tokens = tokens[1:]
    if not tokens or not all(t[:1].isupper() for t in tokens):
        return []
    if any(len(t) < 2 or (t.isupper() and len(t) > 1) or is_descriptor(t) for t in tokens):
        return []  # a single letter, an acronym ("NATO"), an office or a country
    return tokens


_PROPER = re.compile(rf"{_NAME_PART}")
_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())  # noqa: SIM905


def proper_names(question: str, speakers: Sequence[str], people: Sequence[Person] = ()) -> tuple[str, ...]:
    """Capitalised words of the question that name something specific ("Geneva", "Sputnik").

    A sentence's first word, stop and question words, months, weekdays, single letters,
    offices and countries, and the names of speakers and described people are
    left out: what remains is what the transcripts must mention for the
    question to be about them.
    """
    aliases = speaker_aliases(speakers)
    described = _described_words(people)
    never = _never_names() | _WEEKDAYS | {f"{day}s" for day in _WEEKDAYS}
    found: list[str] = []
    for m in _PROPER.finditer(question):
        word = m.group(0).strip("-'’")
        folded = word.casefold()
        if len(word) < 3 or _SENTENCE_START.search(question[: m.start()]) is not None:
            continue
        if folded in never or folded in aliases or folded in described or is_descriptor(word):
            continue
        following = _PROPER.match(question, m.end() + 1)
        if following is not None and is_descriptor(following.group(0)):  # "Foreign Minister", "Vice President"
            continue
        if word not in found:
            found.append(word)
    return tuple(found)
