"""Speakers: one display name per person inside a transcript, and utterances -> turns.

Every parser hands its utterances (text with the speaker label as written, or
none) to ``build_turns``, so all formats name people the same way: ``LAVROV``,
``Sergey Lavrov`` and ``S.Lavrov`` in one transcript all become
``Sergey Lavrov``; ``DR. JANE SMITH`` becomes ``Jane Smith``. The label as
written stays on ``Turn.label``.
"""

from __future__ import annotations

import dataclasses
import itertools
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TypeVar

from qa_bot.ingest.label_conventions import initials, turn_numbered_codes
from qa_bot.text import join_wrapped, name_case
from qa_bot.text.lexicon import ROLE_WORDS
from qa_bot.types import Turn

T = TypeVar("T")
UNKNOWN_SPEAKER = "Unknown speaker"
# A label that says nobody knows who spoke ("Unknown", "Unknown Speaker", "unidentified", "N/A", a corpus's "???").
UNRESOLVED_LABEL = re.compile(r"^\s*(?:unknown|unidentified|unk|n/a|none|null|\?+)(?:[ _]speaker)?\s*$", re.I)
# Timed turns (cues, segments): a gap this long without a written speaker opens a new turn; a turn
# ends at a sentence end or a breath once it has run TURN_SECONDS, and at MAX_TURN_SECONDS anyway.
PAUSE_SECONDS = 2.0
TURN_SECONDS = 20.0
MAX_TURN_SECONDS = 60.0
BREATH_SECONDS = 0.5
_SENTENCE_END = re.compile(r"[.!?…。！？][\"'”’»)\]]*$")
# Courtesy titles left out of display names ("Dr Jane Smith" -> "Jane Smith"). Offices such as
# "Minister" or "Chair" are kept: they may be all a transcript calls someone.
HONORIFICS = (
    "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "dame", "rev", "hon",
    "madam", "madame", "herr", "frau", "mme", "mlle", "господин", "госпожа", "г-н", "г-жа",
)
# Words that make a different office of the same title ("Vice Chair" is not "Chair"), and articles
# that change nothing ("THE PRESIDENT" is "President"). Labels must agree on the first kind to merge.
ROLE_MODIFIERS = frozenset((
    "vice", "deputy", "acting", "assistant", "associate", "co", "under", "first", "second", "former",
    "ranking", "senior", "junior", "interim", "prime", "chief", "press", "lord", "lady",
    "вице", "заместитель", "первый", "исполняющий",
))
ARTICLES = frozenset(("the", "a", "an"))
_OFFICE_ARTICLES = ARTICLES | {"la", "le", "les", "el", "los", "las", "il", "lo", "der", "die", "das", "o", "a"}
# Office words: a label whose last word is one ("THE PRESIDENT", "Vice Chair") names an office, not a person's name.
OFFICE_WORDS = ROLE_WORDS
_HONORIFIC = re.compile(rf"^(?:(?:{'|'.join(re.escape(h) for h in HONORIFICS)})(?:\.\s*|\s+))+", re.I)
_NOTE = re.compile(r"\s*\([^()]*\)$")
_NOTE_TEXT = re.compile(r"\(([^()]*)\)$")
# How a news transcript says a person is heard, not who they are: "GARY TUCHMAN (on camera)", "(voice-over)".
_MANNER = re.compile(r"\s*\((?:on[- ]camera|off[- ]camera|voice[- ]over|v\.?o\.?|on tape|via (?:telephone|phone|"
                     r"satellite)|by (?:telephone|phone)|through (?:a |an )?(?:translator|interpreter))\)", re.I)
_WORD = re.compile(r"\w+")
# A label naming people who speak together: "Julie and Ross", "Mr. & Mrs. Geller", "Anna и Boris".
_TOGETHER = re.compile(r"\s(?:and|&|\+|und|et|y|e|и)\s", re.I)
_NAME_TOKEN = re.compile(r"[^\W\d_](?:[\w'’\-]*[^\W_])?", re.U)


@dataclass(frozen=True)
class Utterance:
    """Text from a parser, before speakers are resolved.

    ``label`` is the speaker's name label as written; ``speaker`` a name the
    parser inferred (from the title, a deposition's header) when no name was
    written, and ``mark`` what was written instead (``Q.``, ``THE WITNESS``),
    kept as the turn's label. With neither ``label`` nor ``speaker``, a timed
    utterance continues the previous speaker's turn (see ``build_turns``).
    """

    text: str
    label: str | None = None
    speaker: str | None = None
    start: float | None = None
    end: float | None = None
    mark: str | None = None


def display_name(label: str) -> str:
    """A label as a display name: a note in parentheses (and how a news transcript says the person is heard,
    ``(on camera)``, ``(voice-over)``) and courtesy titles dropped, ALL-CAPS in name case.

    ``Question (retranslated from Russian)`` -> ``Question``; ``DR. JANE SMITH`` -> ``Jane Smith``.
    A title before a bare surname stays, since it may be all that tells two people apart:
    ``MRS. SMITH`` -> ``Mrs. Smith``. Brackets around a whole label go: ``[SPEAKER_03]`` -> ``SPEAKER_03``.
    """
    label = _NOTE.sub("", _MANNER.sub("", " ".join(label.split()))) or label
    if len(label) > 2 and label[0] == "[" and label[-1] == "]":
        label = label[1:-1].strip()  # "[SPEAKER_03]:" as some subtitle exports write it
    m = _HONORIFIC.match(label)
    # the title stays where no name nor office follows it: "Господин в шубе" (the gentleman in a fur coat) is no
    # "в шубе"; "Madame la présidente" is "la présidente"
    rest = label[m.end():].split() if m else []
    named = bool(rest) and (any(w[:1].isupper() for w in rest) or rest[0].casefold() in _OFFICE_ARTICLES)
    title, name = (m.group(0), label[m.end():]) if named else ("", label)
    letters = [c for c in name if c.isalpha()]
    if name.isupper() and not any(c.isdigit() for c in name) and (len(letters) > 3 or " " in name):
        name = name_case(name)
    if title and len(_NAME_TOKEN.findall(name)) == 1:
        return (title.title() if title.isupper() else title) + name
    return name


def _with_note(label: str) -> str:
    """A label as a display name that keeps its last note: ``CONGREGANT (Linda)`` -> ``Congregant (Linda)``."""
    note = _NOTE_TEXT.search(label)
    return f"{display_name(label)} ({' '.join(note.group(1).split())})" if note else display_name(label)


@dataclass(frozen=True)
class _Name:
    """A display name taken apart: courtesy title, office modifiers, given names or initials, surname."""

    title: str | None  # casefolded courtesy title without its dot: "mrs"
    modifiers: frozenset[str]  # casefolded ROLE_MODIFIERS: {"vice"}
    given: tuple[str, ...]  # casefolded first names and initials, in order
    surname: str  # casefolded last word

    @classmethod
    def of(cls, display: str) -> _Name | None:
        if any(c.isdigit() for c in display):
            return None  # "Speaker 1": matched exactly, never by its last word
        if _TOGETHER.search(display):
            return None  # "Julie and Ross Geller" is two people speaking together: no short form of either
        display = display.split("|")[0].strip() or display  # "Dima Gusakov | Lido": the affiliation is no name
        m = _HONORIFIC.match(display)
        title = m.group(0).strip().rstrip(".").casefold() if m else None
        rest = display[m.end():] if m and m.end() < len(display) else display
        tokens = [t.casefold() for t in _NAME_TOKEN.findall(rest)]
        while len(tokens) > 1 and tokens[0] in ARTICLES:  # "THE PRESIDENT"; not the "A" of "Speaker A"
            tokens.pop(0)
        if not tokens or tokens[0] in ARTICLES or (len(tokens) == 1 and len(tokens[0]) == 1):
            return None  # a one-letter code ("I:", "B:" in interviews) is no initial of "I. Schmidt"
        modifiers = frozenset(t for t in tokens[:-1] if t in ROLE_MODIFIERS)
        given = tuple(t for t in tokens[:-1] if t not in ROLE_MODIFIERS)
        return cls(_TITLE_ALIASES.get(title, title), modifiers, given, tokens[-1])

    def compatible(self, other: _Name) -> bool:
        """One may be a short form of the other: the same office modifiers, no two courtesy titles that
        differ, and either the same surname with the shorter's first names or initials found in order in the
        longer's (``S.Lavrov``, ``LAVROV``), or a lone first name (``Sam`` of ``Sam Ortiz``)."""
        if self.modifiers != other.modifiers:
            return False
        if self.surname in OFFICE_WORDS and self.given != other.given:
            return False  # "HE PRESIDENT" (a typo) is no short form of "THE PRESIDENT": an office has no first names
        if self.title and other.title and self.title != other.title:
            return False
        return self._same_surname(other) or other._first_name_of(self) or self._first_name_of(other)

    def _same_surname(self, other: _Name) -> bool:
        short, long = sorted((self.given, other.given), key=len)
        it = iter(enumerate(long))  # a name stands for an initial only first: "ARCHIVE VOICE" is not "P.A. VOICE"
        return self.surname == other.surname and all(
            any(_same_given(s, x) and (i == 0 or len(x) > 1 or len(s) == 1) for i, x in it) for s in short)

    def _first_name_of(self, other: _Name) -> bool:
        """``Sam`` alone (no title) of ``Sam Ortiz``: a one-word name that is the other's first name."""
        return not self.given and not self.title and bool(other.given) and other.given[0] == self.surname


_TITLE_ALIASES = {"professor": "prof", "madame": "madam", "г-н": "господин", "г-жа": "госпожа"}


def _same_given(a: str, b: str) -> bool:
    return a == b or (len(a) == 1 and b.startswith(a)) or (len(b) == 1 and a.startswith(b))


def _office_before(label: str, name: str) -> bool:
    """True when ``label`` is ``name`` after words that open with an office: ``President of Russia Vladimir
    Putin`` and ``Vladimir Putin``."""
    long, short = label.casefold().split(), name.casefold().split()
    extra = long[:len(long) - len(short)]
    return len(short) > 1 and bool(extra) and long[len(extra):] == short and (
        extra[0] in OFFICE_WORDS or extra[0] in ROLE_MODIFIERS)


_BEFORE_NOTE = re.compile(r"^(.+?)\s*\(")  # a display name's part before its note: "Douglas Ross (Highlands…)"


def _declared_short_forms(labels: list[str]) -> dict[str, str]:
    """Short forms a file declares, each to its person's label: the initials of exactly one full name ("AB" of
    "[Adám Brudzewsky]", a podcast page's later turns) and a note in parentheses after a full name ("Sjors Provoost
    (SP)"; not "bhai (monisha)", a role over her name, nor "ARB (MLS)", two delegates' codes speaking together)."""
    full = Counter(initials(label) for label in labels if len(label.split()) >= 2)
    declared = {initials(label): label for label in labels if len(label.split()) >= 2 and full[initials(label)] == 1}
    return declared | {m.group(1).strip(): label for label in labels if (m := _NOTE_TEXT.search(label))
                       and not m.group(1).islower() and len(label[:m.start()].split()) >= 2}


def canonical_names(labels: Iterable[str]) -> dict[str, str]:
    """Map each label to the display name of the person it designates within one transcript.

    Two labels designate one person only when one is plainly a short form of the other (``LAVROV``, ``S.Lavrov``,
    ``Mr. Lavrov`` of ``Sergey Lavrov``): see ``_Name.compatible``. The fullest form names the person. A label joins
    a person only if it fits every label already there, fits no one else, and no other label that fits the person
    contradicts it: beside ``Mr. Smith`` and ``Mrs. Smith``, ``Jane Smith`` could be either, so all three stay
    apart. Keeping one person under two names is better than two people under one. A label that says nobody knows
    who spoke (``UNRESOLVED_LABEL``: "Unknown", "Unidentified") is ``Unknown speaker``. A label that declares a
    short form in parentheses (``Sjors Provoost (SP)``), or the one full name whose initials a label is (``AB`` of
    ``Adám Brudzewsky``), gives that label its person, and a name behind an office (``President of Russia Vladimir
    Putin``) is that name's person when the file uses the name alone more often (otherwise the office form is the
    fuller name, ``Mayor Ruth Ade`` of ``RUTH ADE``). Roles' letters with the turns' numbers (``T16``, ``C3``:
    ``turn_numbered_codes``) are the roles.
    """
    labels = list(labels)
    numbered = turn_numbered_codes(labels)  # "T16", "C3": the turns' numbers after the roles' letters
    names = _canonical_names([numbered.get(label, label) for label in labels])
    return {**names, **{label: names[letter] for label, letter in numbered.items()}}


def _canonical_names(labels: list[str]) -> dict[str, str]:
    uses = Counter(label for label in labels if label)
    unresolved = {label: UNKNOWN_SPEAKER for label in uses if UNRESOLVED_LABEL.match(label)}
    first_seen = [label for label in uses if label not in unresolved]
    declared = _declared_short_forms(first_seen)
    aliases = {label: declared[label] for label in first_seen if declared.get(label, label) != label}
    # "President of Russia Vladimir Putin" once, "Vladimir Putin" thirty times: the file calls him by the name.
    displays = {label: display_name(label) for label in first_seen}
    # "CONGREGANT (Linda)" and "CONGREGANT (Joe)", "The Chair (Hon. Anthony Rota)" and "The Chair (Mr. Bruce
    # Stanton)": one name, told apart by what is written after it, is two people; their notes stay in their names.
    # (Notes that only add to one another, "(Kikuyu)" and "(Kikuyu, UDA)", or open alike, "(Bloco/PT - RS. Pela
    # ordem.)" and "(Bloco/PT - RS. Como Líder.)", are one person's; "(victor)" in lower case is no name.)
    noted: dict[str, list[tuple[str, list[str]]]] = {}
    for label in first_seen:
        if (m := _NOTE_TEXT.search(label)) and m.group(1).strip()[:1].isupper():
            noted.setdefault(displays[label].casefold(), []).append((label, _WORD.findall(m.group(1))))
    for notes in noted.values():
        if any(not (set(a) <= set(b) or set(b) <= set(a)) and a[:1] != b[:1]
               for (_, a), (_, b) in itertools.combinations(notes, 2)):
            displays.update({label: _with_note(label) for label, _ in notes})
    # "Douglas Ross (Highlands and Islands) (Con):" once, then "Douglas Ross:" (Hansard names the seat at first):
    # one person, unless two of that name are placed (two Müllers, Frankfurt and Köln). Not an office with its
    # holder's name ("The Chair (Hon. Anthony Rota)"): an office passes from one person to another.
    placed: dict[str, list[str]] = {}
    for label in first_seen:
        m = _BEFORE_NOTE.match(displays[label])
        if m and label not in aliases and not set(m.group(1).casefold().split()) & (ROLE_WORDS | {"the"}):
            placed.setdefault(m.group(1).casefold(), []).append(label)
    bare = {displays[label].casefold(): label for label in first_seen if "(" not in displays[label]}
    aliases.update({seated[0]: bare[name] for name, seated in placed.items()
                    if len(seated) == 1 and name in bare and bare[name] not in aliases})
    for label in first_seen:
        named = [other for other in first_seen
                 if other not in aliases and other != label and _office_before(displays[label], displays[other])]
        if len(named) == 1 and label not in aliases and uses[named[0]] > uses[label]:
            aliases[label] = named[0]
    first_seen = [label for label in first_seen if label not in aliases]
    names = {label: _Name.of(displays[label]) for label in [*first_seen, *aliases]}

    def same(a: str, b: str) -> bool:
        x, y = names[a], names[b]
        return displays[a].casefold() == displays[b].casefold() or bool(x and y and x.compatible(y))

    def fullness(label: str) -> tuple[int, bool, int, bool, int]:
        """Full first names first (``Sergey Lavrov``), then a label used more than once over a one-off
        (``MS. HAYES`` over a stray ``S. HAYES``), then initials, mixed case, first seen."""
        name = names[label]
        given = name.given if name else ()
        return (sum(len(g) > 1 for g in given), uses[label] > 1, len(given), not label.isupper(),
                -first_seen.index(label))

    groups: list[list[str]] = []  # each headed by its fullest label
    for label in sorted(first_seen, key=fullness, reverse=True):
        fits = [g for g in groups if all(same(label, member) for member in g)]
        # "Mr. Walker" beside "Mr. Bill Walker" and an office's "(Mr. Peter Walker)" fits two people: it stays apart
        elsewhere = any(same(label, alias) and aliases[alias] not in fits[0] for alias in aliases) if fits else False
        if len(fits) == 1 and not elsewhere and not any(
            same(other, fits[0][0]) and not same(other, label)
            for other in first_seen if other != label and other not in fits[0]
        ):
            fits[0].append(label)
        else:
            groups.append([label])
    names_of = {label: displays[group[0]] for group in groups for label in group}
    return {**names_of, **{alias: names_of[full] for alias, full in aliases.items()}, **unresolved}


def build_turns(
    transcript_id: str,
    utterances: Sequence[Utterance],
    *,
    merge: bool = False,
    pause: float | None = None,
    extra_names: Sequence[str] = (),
) -> list[Turn]:
    """Resolve speakers and number the turns.

    Without ``merge`` each utterance is a turn, and one without a speaker is
    ``Unknown speaker``. With ``merge`` (timed formats: cues, segments)
    consecutive utterances of one speaker form a turn, joined as wrapped lines (``join_wrapped``: no space between CJK),
    and an utterance with no speaker continues the previous speaker; a
    marked one without a label (a caption's ``-`` change of speaker) opens
    a turn of its own. Only a
    written label carries a turn across a pause of ``pause`` seconds or more;
    otherwise the pause opens a new turn (of the same speaker, with
    ``speaker_inferred=True``). With ``pause`` set, a turn also ends once it
    has run ``TURN_SECONDS`` at a sentence end or a breath, and at
    ``MAX_TURN_SECONDS`` in any case, so that a citation's start time points
    near its words; such a piece keeps its speaker's label. ``extra_names``
    (e.g. a full name from the title) only help choose display names.
    """
    spoken = [u.speaker for u in utterances if u.speaker and u.speaker != UNKNOWN_SPEAKER]
    names = canonical_names([*(u.label for u in utterances if u.label), *spoken, *extra_names])
    runs: list[_Run] = []
    for u in utterances:
        prev = runs[-1] if runs else None
        if u.label or u.speaker:
            speaker = names[u.label] if u.label else names.get(u.speaker, u.speaker)
        elif merge and prev is not None:
            speaker = prev.speaker
        else:
            speaker = UNKNOWN_SPEAKER
        if not (merge and prev is not None and prev.speaker == speaker) or (
            not u.label and (u.mark or _paused(prev.utterances, u, pause))
        ):
            runs.append(_Run(speaker, [u]))
        elif pause is not None and _too_long(prev.utterances, u):
            runs.append(_Run(speaker, [u], _first_given(x.label for x in prev.utterances) or prev.carried))
        else:
            prev.utterances.append(u)
    return [run.turn(transcript_id, i) for i, run in enumerate(runs)]


def timed_turns(transcript_id: str, utterances: Sequence[Utterance]) -> list[Turn]:
    """Turns from timed pieces (subtitle cues, speech-to-text segments or words), in order.

    Consecutive pieces of one speaker merge; a piece without a speaker
    continues the previous one; pauses, sentence ends and ``MAX_TURN_SECONDS``
    cut turns (see ``build_turns``), so a two-hour unlabelled recording becomes
    turns of tens of seconds, each with its own start, under ``Unknown
    speaker`` when no piece names anyone (give such pieces
    ``speaker=UNKNOWN_SPEAKER``).
    """
    return build_turns(transcript_id, utterances, merge=True, pause=PAUSE_SECONDS)


def line_turns(transcript_id: str, utterances: Sequence[Utterance]) -> list[Turn]:
    """Turns of a format that writes an utterance per line or row: each its own turn (``build_turns``), except
    where every piece is timed and names no one (a speech-to-text dump as lines or table rows): those are cut at
    pauses, as captions are (``timed_turns``), not kept a turn per line. An untimed introduction before them (a
    podcast page's words about the episode) stays a turn of its own."""
    intro = list(utterances[:1]) if utterances and utterances[0].start is None else []
    timed = utterances[len(intro):]
    unnamed = bool(timed) and all(u.start is not None for u in timed) and all(
        not u.label and u.speaker in (None, UNKNOWN_SPEAKER) for u in [*intro, *timed])
    if not unnamed:
        return build_turns(transcript_id, utterances)
    turns = [*build_turns(transcript_id, intro), *timed_turns(transcript_id, timed)]
    return [dataclasses.replace(turn, index=i) for i, turn in enumerate(turns)]


@dataclass
class _Run:
    """Utterances that become one turn; ``carried`` is the label of the turn this one continues."""

    speaker: str
    utterances: list[Utterance]
    carried: str | None = None

    def turn(self, transcript_id: str, index: int) -> Turn:
        """The turn; its speaker counts as written if one of its utterances (or the turn it continues)
        carries a name label. A mark (``Q.``) is kept as the label but the name stays inferred."""
        run = self.utterances
        label = _first_given(u.label for u in run) or self.carried
        return Turn(
            transcript_id, index, self.speaker, join_wrapped([u.text for u in run]), label is None,
            _first_given(u.start for u in run), _first_given(u.end for u in reversed(run)),
            label or _first_given(u.mark for u in run),
        )


def _paused(run: list[Utterance], u: Utterance, pause: float | None) -> bool:
    """True when ``u`` starts ``pause`` seconds or more after the end of ``run``."""
    end = _first_given(x.end for x in reversed(run))
    return pause is not None and u.start is not None and end is not None and u.start - end >= pause


def _too_long(run: list[Utterance], u: Utterance) -> bool:
    """True when ``run`` should end before ``u``: ``MAX_TURN_SECONDS`` reached, or ``TURN_SECONDS``
    reached and the run ends a sentence or ``u`` starts after a breath."""
    first = _first_given(x.start for x in run)
    if first is None or u.start is None:
        return False
    span = u.start - first
    if span >= MAX_TURN_SECONDS:
        return True
    last = run[-1]
    breath = last.end is not None and u.start - last.end >= BREATH_SECONDS
    return span >= TURN_SECONDS and (bool(_SENTENCE_END.search(last.text)) or breath)


def _first_given(values: Iterable[T | None]) -> T | None:
    """The first value that is not None (of a reversed run: the last one)."""
    return next((v for v in values if v is not None), None)
