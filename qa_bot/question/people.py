"""People described by their office or country: "the Belarusian minister" -> ``Vladimir Makei``.

``Person`` records are read from transcript titles ("… talks with Foreign
Minister of Belarus Vladimir Makei") and from office words in speaker names
("Minister Alan Green"); a description in a question designates a person
only when exactly one fits.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from qa_bot.text.lexicon import COUNTRIES, COUNTRY_PHRASES, NOT_NAMES, ROLE_SYNONYMS, ROLE_WORDS

_CONNECTORS = frozenset({"of", "the", "for"})
_NAME_TOKEN = re.compile(r"[^\W\d_][\w\-]*(?:['’]s\b)?")


@dataclass(frozen=True)
class Person:
    """Someone the index describes: office words (``words``) and countries (``countries``).

    ``Person("Vladimir Makei", {"foreign", "minister"}, {"belarus"})`` comes
    from a title that says "Foreign Minister of Belarus Vladimir Makei". A
    person need not be a speaker: then a description of them names nobody
    who can be quoted, but still stops another speaker being assumed.
    """

    name: str
    words: frozenset[str] = frozenset()
    countries: frozenset[str] = frozenset()


@dataclass(frozen=True)
class RoleMatch:
    """A description in a question, and whom it designates.

    ``person`` is set when exactly one person fits; otherwise ``candidates``
    lists everyone who fits (possibly nobody).
    """

    mention: str
    person: str | None
    candidates: tuple[str, ...] = ()


def role_word(word: str) -> str:
    word = word.casefold()
    return ROLE_SYNONYMS.get(word, word)


def _tokens(text: str, countries_join: bool = False) -> list[tuple[str, int, int, bool]]:
    """Word tokens as ``(word, start, end, joined)``: ``joined`` when only spaces separate it from
    the previous word. A comma, a date or a possessive breaks a run of title words ("Lavrov's
    statement"); with ``countries_join`` a country's possessive does not ("Belarus's minister")."""
    out: list[tuple[str, int, int, bool]] = []
    previous_end, previous_breaks = 0, False
    for m in _NAME_TOKEN.finditer(text):
        word = m.group(0)
        possessive = word[-2:] in ("'s", "’s") and len(word) > 2
        if possessive:
            word = word[:-2]
        joined = bool(out) and not previous_breaks and not text[previous_end : m.start()].strip()
        out.append((word, m.start(), m.start() + len(word), joined))
        previous_end = m.end()
        previous_breaks = possessive and not (countries_join and _country(word))
    return out


def _describe(words: Iterable[str]) -> tuple[frozenset[str], frozenset[str]]:
    """Office words and countries of a description ("Foreign Minister of the Russian Federation")."""
    words_list = list(words)
    folded = [w.casefold() for w in words_list]
    kept: set[str] = set()
    countries: set[str] = set()
    i = 0
    while i < len(folded):
        pair = tuple(folded[i : i + 2])
        if pair in COUNTRY_PHRASES:
            countries.add(COUNTRY_PHRASES[pair])
            i += 2
            continue
        country = _country(words_list[i])
        if country:
            countries.add(country)
        elif folded[i] not in _CONNECTORS and folded[i] not in ("republic", "federation"):
            kept.add(role_word(folded[i]))
        i += 1
    return frozenset(kept), frozenset(countries)


def _country(word: str) -> str | None:
    """The country a word names ("Belarusian" -> "belarus"); "US"/"UK" only in capitals ("us" is a pronoun)."""
    folded = word.casefold()
    if folded in ("us", "uk") and not word.isupper():
        return None
    return COUNTRIES.get(folded)


def is_descriptor(word: str) -> bool:
    return role_word(word) in ROLE_WORDS or _country(word) is not None


def people_from_titles(titles: Iterable[str], speakers: Sequence[str]) -> list[Person]:
    """People described in transcript titles, plus speakers whose names hold an office word.

    A title such as "Foreign Minister Sergey Lavrov's statement … with Foreign
    Minister of Belarus Vladimir Makei, Moscow" gives Sergey Lavrov (a
    speaker: the words before his name) and Vladimir Makei (not a speaker: the
    capitalised words after the last office or country word). "Sergey Lavrov,
    Foreign Minister of Russia" (a description after a comma) counts too.
    """
    found: dict[str, tuple[set[str], set[str]]] = {}

    def add(name: str, description: Iterable[str]) -> None:
        words, countries = _describe(description)
        if not (words & ROLE_WORDS or countries):
            return
        entry = found.setdefault(name, (set(), set()))
        entry[0].update(words)
        entry[1].update(countries)

    for name in speakers:  # "Minister Alan Green", "The Chair"
        add(name, [w for w in name.split() if role_word(w.strip(".,")) in ROLE_WORDS])
    surnames = _surnames(speakers)
    full_names: dict[str, list[tuple[tuple[str, ...], str]]] = {}  # first word -> (words, name)
    for name in speakers:
        key = tuple(name.casefold().split())
        if len(key) > 1:
            full_names.setdefault(key[0], []).append((key, name))
    for title in titles:
        previous: tuple[str, str] | None = None  # (person, text after them) for "Name, Office of X"
        for run, after in _title_runs(title):
            person, description = _person_in_run(run, full_names, surnames)
            if person:
                add(person, description)
                previous = (person, after)
            elif previous and previous[1].startswith(",") and any(is_descriptor(w) for w in run):
                add(previous[0], run)
                previous = None
            else:
                previous = None
    return [Person(name, frozenset(w), frozenset(c)) for name, (w, c) in found.items()]


def _surnames(speakers: Sequence[str]) -> dict[str, str]:
    """Last names that designate one speaker ("lavrov" -> "Sergey Lavrov"); office words excluded."""
    owners: dict[str, set[str]] = {}
    for name in speakers:
        parts = [p for p in re.split(r"[.\s]+", name) if p]
        if len(parts) < 2:
            continue
        last = parts[-1].casefold()
        if len(last) >= 3 and last not in NOT_NAMES and not is_descriptor(last):
            owners.setdefault(last, set()).add(name)
    return {last: next(iter(names)) for last, names in owners.items() if len(names) == 1}


def _title_runs(title: str) -> list[tuple[list[str], str]]:
    """Runs of capitalised words (and office words, "of", "the") with the text that follows each."""
    runs: list[tuple[list[str], int]] = []
    current: list[str] = []
    end = 0
    for word, _start, stop, joined in _tokens(title):
        fits = word[:1].isupper() or is_descriptor(word) or (word.casefold() in _CONNECTORS and bool(current))
        if current and (not joined or not fits):
            runs.append((current, end))
            current = []
        if fits and not (word.casefold() in _CONNECTORS and not current):
            current.append(word)
            end = stop
    if current:
        runs.append((current, end))
    out = []
    for run, stop in runs:
        while run and run[-1].casefold() in _CONNECTORS:
            run = run[:-1]
        if run:
            out.append((run, title[stop:].lstrip()))
    return out


def _person_in_run(
    run: list[str], full_names: dict[str, list[tuple[tuple[str, ...], str]]], surnames: dict[str, str]
) -> tuple[str | None, list[str]]:
    """The person a run of title words names, with the words describing them."""
    folded = [w.casefold() for w in run]
    for i, word in enumerate(folded):
        for key, name in full_names.get(word, ()):
            if tuple(folded[i : i + len(key)]) == key:
                return name, run[:i]
    for i, word in enumerate(folded):
        if word in surnames:  # "Foreign Minister Lavrov", or "Foreign Minister S. Lavrov" (first name dropped)
            first_name = i > 0 and not is_descriptor(run[i - 1])
            return surnames[word], run[: i - 1] if first_name else run[:i]
    last = max((i for i, w in enumerate(run) if is_descriptor(w)), default=-1)
    name = run[last + 1 :]
    if last >= 0 and 2 <= len(name) <= 4 and all(w[:1].isupper() and not is_descriptor(w) for w in name):
        return " ".join(name), run[: last + 1]
    return None, []


def find_roles(question: str, people: Sequence[Person]) -> tuple[RoleMatch, ...]:
    """Descriptions of people in ``question`` ("the Belarusian minister") and whom they designate.

    A description is a run of office words, country words ("Belarusian",
    "of Belarus") and words that describe someone in the index ("Foreign"),
    holding at least one office word; an office nobody holds counts only
    with a country or in capitals ("the general election" describes nobody).
    A person fits when they have every office word; a country must be
    theirs, or, only when nobody has it, unknown for them ("the Russian
    Foreign Minister" is the foreign minister whose country no title names,
    when the other one is Belarusian).
    """
    vocabulary = {w for p in people for w in p.words}
    tokens = _tokens(question, countries_join=True)
    matches: list[RoleMatch] = []
    i = 0
    while i < len(tokens):
        j = i
        while j < len(tokens) and (j == i or tokens[j][3]) and _describes(tokens[j][0], vocabulary, j > i):
            j += 1
        run = [t[0] for t in tokens[i:j]]
        while run and run[-1].casefold() in _CONNECTORS:
            run.pop()
            j -= 1
        if not run or not any(role_word(w) in ROLE_WORDS for w in run):
            i = max(j, i + 1)
            continue
        words, countries = _describe(run)
        start = tokens[i][1]
        if i and tokens[i - 1][0].casefold() == "the" and tokens[i][3]:
            start = tokens[i - 1][1]
        mention = question[start : tokens[j - 1][2]]
        fits = [p for p in people if words <= p.words]
        if countries:
            exact = [p for p in fits if countries <= p.countries]
            fits = exact or [p for p in fits if not p.countries]
        names = tuple(dict.fromkeys(p.name for p in fits))
        # An office nobody in the index holds is a description only with a country or a capital
        # ("the US President"); "the general election" or "the chief concern" describe nobody.
        if names or countries or any(role_word(w) in ROLE_WORDS and w[:1].isupper() for w in run):
            matches.append(RoleMatch(mention, names[0] if len(names) == 1 else None, names))
        i = j
    return tuple(matches)


def _describes(word: str, vocabulary: set[str], inside: bool) -> bool:
    folded = word.casefold()
    if folded == "of":
        return inside
    return is_descriptor(word) or role_word(folded) in vocabulary
