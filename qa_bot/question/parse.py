"""Reading a question: which speakers and dates it names, so retrieval can use them.

"What did Lavrov say about …" names ``Sergey Lavrov``; "What did the
Professor think …" names ``Professor B`` when that is the only professor in
scope; "… in June 2021" becomes a date range when the index has dates. The
result records what it read, so the UI can show how a question was understood.

Descriptions of people ("the Belarusian minister", "the Russian Foreign
Minister", "the harbourmaster") resolve through ``Person`` records read from
the transcript titles ("… talks with Foreign Minister of Belarus Vladimir
Makei") and from office words in speaker names ("Minister Alan Green"), but
only when exactly one person fits.

A capitalised name where a speaker would stand ("What did Obama say …",
"according to Obama", "Obama's view") that is no speaker in scope and no
described person is recorded too (``ParsedQuestion.unknown_people``), so the
answer can say that nobody of that name speaks instead of quietly quoting
someone else.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from qa_bot.text import MONTHS, find_date
from qa_bot.text.lexicon import stop_words

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
    roles: tuple[RoleMatch, ...] = field(default=())  # descriptions of people ("the Belarusian minister")
    # Names in a speaker's place that match no speaker in scope and no described person ("Obama").
    unknown_people: tuple[str, ...] = ()
    # A date written in the question that is no calendar date ("on 30 February 2021"), else None.
    unread_date: str | None = None


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


_MONTH_NAMES = "|".join(MONTHS)  # English, whatever the process locale
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
        month = MONTHS.index(m.group(1).capitalize()) + 1
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


_MONTH_ABBREVIATIONS = "|".join(m[:3] for m in MONTHS)
# What a written date looks like, read or not: "30 February 2021", "February 30, 2021", "30.02.2021".
_DATE_SHAPE = re.compile(
    rf"(?:\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_MONTH_NAMES}|(?:{_MONTH_ABBREVIATIONS})\.?),?"
    rf"|(?:{_MONTH_NAMES}|(?:{_MONTH_ABBREVIATIONS})\.?)\s+\d{{1,2}}(?:st|nd|rd|th)?,?"
    r"|\d{1,2}[-./]\d{1,2}[-./])\s*\d{4}",
    re.I,
)


def unread_date(question: str) -> str | None:
    """The words of a date that ``find_dates`` could not read ("on 30 February 2021"), or None.

    Only text shaped like a date counts ("on the 2016 election" is no date);
    the caller cuts it out of the topic rather than searching for it.
    """
    for m in _ON_DATE.finditer(question):
        if _DATE_SHAPE.fullmatch(m.group(1).strip()) and not find_date(m.group(1)):
            return m.group(0)
    return None


# --- Names in a speaker's place that nobody in the index answers to -------------------------------

# A capitalised word: "Obama", "Paul-Hus", "O'Brien" (not "the", "ever": no lower-case first letter).
_NAME_PART = r"(?![a-zß-ÿ])[^\W\d_][\w\-]*(?:['’][^\W\d_]{2,})?"
_NAME_RUN = rf"{_NAME_PART}(?:\s+{_NAME_PART}){{0,3}}"
_NAMES = rf"({_NAME_RUN}(?:\s+(?:and|&)\s+{_NAME_RUN})?)"
_SAYING = (
    r"say|said|says|think|thought|mention|mentioned|talk|talked|speak|spoke|spoken|tell|told|claim|claimed"
    r"|suggest|suggested|propose|proposed|argue|argued|state|stated|comment|commented|feel|felt|want|wanted"
    r"|believe|believed"
)
_SPEAKER_PLACES = [
    # "What did Obama say", "Has Obama ever mentioned", "Does Obama really think"
    re.compile(
        rf"\b(?i:did|does|do|has|have|had|would|will|could|can)\s+{_NAMES}"
        rf"\s+(?i:(?:ever|really|actually|also|just|not|never)\s+)?(?i:{_SAYING})\b"
    ),
    re.compile(rf"\b(?i:according\s+to)\s+{_NAMES}"),  # "according to Obama"
    # "Obama's view", "Barack Obama’s position on …"
    re.compile(
        rf"{_NAMES}['’]s\s+(?i:view|views|opinion|opinions|position|stance|take|thoughts|comments|remarks|words)\b"
    ),
]
_QUESTION_WORDS = frozenset("what who whom whose which when where why how".split())  # noqa: SIM905
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
    described = {part.casefold() for p in people for part in re.split(r"[.\s]+", p.name) if len(part) >= 3}
    described |= {p.name.casefold() for p in people}
    never = stop_words() | _QUESTION_WORDS | {m.casefold() for m in MONTHS} | {m[:3].casefold() for m in MONTHS}
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


def _unknown_name(tokens: list[str], sentence_start: bool) -> list[str]:
    """The tokens of a run that can be a person's name: capitalised, office and country words dropped."""
    if sentence_start:
        tokens = tokens[1:]
    while tokens and _is_descriptor(tokens[0]):  # "President Obama", "Foreign Minister Lavrov"
        tokens = tokens[1:]
    if not tokens or not all(t[:1].isupper() for t in tokens):
        return []
    if any(len(t) < 2 or (t.isupper() and len(t) > 1) or _is_descriptor(t) for t in tokens):
        return []  # a single letter, an acronym ("NATO"), an office or a country
    return tokens


def parse_question(
    question: str,
    speakers: Sequence[str],
    with_dates: bool = True,
    today: dt.date | None = None,
    people: Sequence[Person] = (),
) -> ParsedQuestion:
    """Speakers and dates named in ``question``; dates only when ``with_dates`` (the index has dates).

    When no speaker is named, descriptions ("the Belarusian minister") are
    matched against ``people``; one that resolves to a speaker in
    ``speakers`` counts as naming that speaker. Names in a speaker's place
    that are neither (``find_unknown_people``) and a date that is no calendar
    date (``unread_date``) are recorded too.
    """
    names, mentions = find_speakers(question, speakers)
    roles: tuple[RoleMatch, ...] = ()
    if not names and people:
        roles = find_roles(question, people)
        in_scope = set(speakers)
        resolved = [(r.mention, r.person) for r in roles if r.person in in_scope]
        names = tuple(dict.fromkeys(person for _, person in resolved if person))
        mentions = tuple(mention for mention, _ in resolved)
    start, end, said = find_dates(question, today) if with_dates else (None, None, None)
    unread = unread_date(question) if with_dates and not said else None
    unknown = find_unknown_people(question, speakers, people)
    return ParsedQuestion(names, mentions, start, end, said, roles, unknown, unread)


# --- People described by their office or country -------------------------------------------------

# Office words: a description must contain one of them ("the Belarusian minister").
ROLE_WORDS = frozenset(
    """minister secretary president chancellor premier chair spokesperson ambassador envoy governor
    mayor senator congressman congresswoman representative deputy commissioner director professor
    councillor harbourmaster clerk judge general admiral chief ceo king queen prince
    princess host moderator interviewer presenter witness manager designer rapporteur commander
    treasurer convenor""".split()  # noqa: SIM905
)
# Variants of an office word that mean the same office; every test of ROLE_WORDS goes through
# ``_role_word``, so a variant need not be listed there.
_ROLE_SYNONYMS = {
    "chairman": "chair", "chairwoman": "chair", "chairperson": "chair", "chairs": "chair",
    "spokesman": "spokesperson", "spokeswoman": "spokesperson", "ministers": "minister",
    "presidents": "president", "secretaries": "secretary", "premiers": "premier",
    "councilor": "councillor", "convener": "convenor",
}
# Nationality adjectives and country names (lower-case) -> one key per country.
_COUNTRIES = {
    "russia": "russia", "russian": "russia", "belarus": "belarus", "belarusian": "belarus",
    "belarussian": "belarus", "byelorussian": "belarus", "ukraine": "ukraine", "ukrainian": "ukraine",
    "america": "united states", "american": "united states", "us": "united states", "usa": "united states",
    "britain": "united kingdom", "british": "united kingdom", "uk": "united kingdom",
    "france": "france", "french": "france", "germany": "germany", "german": "germany",
    "china": "china", "chinese": "china", "japan": "japan", "japanese": "japan", "india": "india",
    "indian": "india", "canada": "canada", "canadian": "canada", "italy": "italy", "italian": "italy",
    "spain": "spain", "spanish": "spain", "poland": "poland", "polish": "poland", "turkey": "turkey",
    "turkish": "turkey", "iran": "iran", "iranian": "iran", "israel": "israel", "israeli": "israel",
    "kazakhstan": "kazakhstan", "kazakh": "kazakhstan", "armenia": "armenia", "armenian": "armenia",
    "azerbaijan": "azerbaijan", "azerbaijani": "azerbaijan", "georgia": "georgia", "georgian": "georgia",
    "lithuania": "lithuania", "lithuanian": "lithuania", "latvia": "latvia", "latvian": "latvia",
    "estonia": "estonia", "estonian": "estonia", "finland": "finland", "finnish": "finland",
    "sweden": "sweden", "swedish": "sweden", "norway": "norway", "norwegian": "norway",
    "denmark": "denmark", "danish": "denmark", "netherlands": "netherlands", "dutch": "netherlands",
    "belgium": "belgium", "belgian": "belgium", "switzerland": "switzerland", "swiss": "switzerland",
    "austria": "austria", "austrian": "austria", "hungary": "hungary", "hungarian": "hungary",
    "serbia": "serbia", "serbian": "serbia", "greece": "greece", "greek": "greece", "egypt": "egypt",
    "egyptian": "egypt", "syria": "syria", "syrian": "syria", "wales": "wales", "welsh": "wales",
    "scotland": "scotland", "scottish": "scotland", "ireland": "ireland", "irish": "ireland",
    "australia": "australia", "australian": "australia", "brazil": "brazil", "brazilian": "brazil",
    "mexico": "mexico", "mexican": "mexico", "korea": "korea", "korean": "korea",
    "vietnam": "vietnam", "vietnamese": "vietnam", "cuba": "cuba", "cuban": "cuba",
}
# Two-word country names, read as one token.
_COUNTRY_PHRASES = {
    ("united", "states"): "united states", ("united", "kingdom"): "united kingdom",
    ("russian", "federation"): "russia", ("great", "britain"): "united kingdom",
}
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


def _role_word(word: str) -> str:
    word = word.casefold()
    return _ROLE_SYNONYMS.get(word, word)


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
        if pair in _COUNTRY_PHRASES:
            countries.add(_COUNTRY_PHRASES[pair])
            i += 2
            continue
        country = _country(words_list[i])
        if country:
            countries.add(country)
        elif folded[i] not in _CONNECTORS and folded[i] not in ("republic", "federation"):
            kept.add(_role_word(folded[i]))
        i += 1
    return frozenset(kept), frozenset(countries)


def _country(word: str) -> str | None:
    """The country a word names ("Belarusian" -> "belarus"); "US"/"UK" only in capitals ("us" is a pronoun)."""
    folded = word.casefold()
    if folded in ("us", "uk") and not word.isupper():
        return None
    return _COUNTRIES.get(folded)


def _is_descriptor(word: str) -> bool:
    return _role_word(word) in ROLE_WORDS or _country(word) is not None


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
        add(name, [w for w in name.split() if _role_word(w.strip(".,")) in ROLE_WORDS])
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
            elif previous and previous[1].startswith(",") and any(_is_descriptor(w) for w in run):
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
        if len(last) >= 3 and last not in _NOT_NAMES and not _is_descriptor(last):
            owners.setdefault(last, set()).add(name)
    return {last: next(iter(names)) for last, names in owners.items() if len(names) == 1}


def _title_runs(title: str) -> list[tuple[list[str], str]]:
    """Runs of capitalised words (and office words, "of", "the") with the text that follows each."""
    runs: list[tuple[list[str], int]] = []
    current: list[str] = []
    end = 0
    for word, _start, stop, joined in _tokens(title):
        fits = word[:1].isupper() or _is_descriptor(word) or (word.casefold() in _CONNECTORS and bool(current))
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
            first_name = i > 0 and not _is_descriptor(run[i - 1])
            return surnames[word], run[: i - 1] if first_name else run[:i]
    last = max((i for i, w in enumerate(run) if _is_descriptor(w)), default=-1)
    name = run[last + 1 :]
    if last >= 0 and 2 <= len(name) <= 4 and all(w[:1].isupper() and not _is_descriptor(w) for w in name):
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
        if not run or not any(_role_word(w) in ROLE_WORDS for w in run):
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
        if names or countries or any(_role_word(w) in ROLE_WORDS and w[:1].isupper() for w in run):
            matches.append(RoleMatch(mention, names[0] if len(names) == 1 else None, names))
        i = j
    return tuple(matches)


def _describes(word: str, vocabulary: set[str], inside: bool) -> bool:
    folded = word.casefold()
    if folded == "of":
        return inside
    return _is_descriptor(word) or _role_word(folded) in vocabulary
