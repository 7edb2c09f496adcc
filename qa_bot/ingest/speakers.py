"""Speakers: one display name per person inside a transcript, and utterances -> turns.

Every parser hands its utterances (text with the speaker label as written, or
none) to ``build_turns``, so all formats name people the same way: ``LAVROV``,
``Sergey Lavrov`` and ``S.Lavrov`` in one transcript all become
``Sergey Lavrov``; ``DR. JANE SMITH`` becomes ``Jane Smith``. The label as
written stays on ``Turn.label``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TypeVar

from qa_bot.types import Turn

T = TypeVar("T")
UNKNOWN_SPEAKER = "Unknown speaker"
# Courtesy titles left out of display names ("Dr Jane Smith" -> "Jane Smith"). Offices such as
# "Minister" or "Chair" are kept: they may be all a transcript calls someone.
HONORIFICS = (
    "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "dame", "rev", "hon",
    "madam", "madame", "herr", "frau", "mme", "mlle", "господин", "госпожа", "г-н", "г-жа",
)
_HONORIFIC = re.compile(rf"^(?:(?:{'|'.join(re.escape(h) for h in HONORIFICS)})(?:\.\s*|\s+))+", re.I)
_NOTE = re.compile(r"\s*\([^()]*\)$")
_NAME_TOKEN = re.compile(r"[^\W\d_](?:[\w'’\-]*[^\W_])?", re.U)


@dataclass(frozen=True)
class Utterance:
    """Text from a parser, before speakers are resolved.

    ``label`` is the speaker label as written; ``speaker`` a name the parser
    inferred (e.g. from the title) when no label was written. With neither,
    the utterance continues the previous speaker's turn (see ``build_turns``).
    """

    text: str
    label: str | None = None
    speaker: str | None = None
    start: float | None = None
    end: float | None = None


def display_name(label: str) -> str:
    """A label as a display name: a note in parentheses and courtesy titles dropped, ALL-CAPS in title case.

    ``Question (retranslated from Russian)`` -> ``Question``; ``DR. JANE SMITH`` -> ``Jane Smith``.
    """
    label = _NOTE.sub("", " ".join(label.split())) or label
    name = _HONORIFIC.sub("", label).strip() or label
    letters = [c for c in name if c.isalpha()]
    if name.isupper() and not any(c.isdigit() for c in name) and (len(letters) > 3 or " " in name):
        name = name.title()
    return name


@dataclass(frozen=True)
class _Name:
    given: tuple[str, ...]  # casefolded first names and initials, in order
    surname: str  # casefolded last word

    @classmethod
    def of(cls, display: str) -> _Name | None:
        if any(c.isdigit() for c in display):
            return None  # "Speaker 1": matched exactly, never by its last word
        tokens = [t.casefold() for t in _NAME_TOKEN.findall(display)]
        return cls(tuple(tokens[:-1]), tokens[-1]) if tokens else None

    def compatible(self, other: _Name) -> bool:
        """Same surname, and first names that agree where both give them (initials match names)."""
        if self.surname != other.surname:
            return False
        short, long = sorted((self.given, other.given), key=len)
        it = iter(long)
        return all(any(_same_given(s, x) for x in it) for s in short)


def _same_given(a: str, b: str) -> bool:
    return a == b or (len(a) == 1 and b.startswith(a)) or (len(b) == 1 and a.startswith(b))


def canonical_names(labels: Iterable[str]) -> dict[str, str]:
    """Map each label to the display name of the person it designates within one transcript.

    Labels designate one person when their surnames agree and their first names
    or initials do not contradict. The fullest form names the person. A label
    that fits two different people ("Smith" beside "Jane Smith" and "John
    Smith") is left on its own.
    """
    first_seen = list(dict.fromkeys(label for label in labels if label))
    displays = {label: display_name(label) for label in first_seen}
    names = {label: _Name.of(displays[label]) for label in first_seen}

    def fullness(label: str) -> tuple[int, int, bool, int]:
        name = names[label]
        given = name.given if name else ()
        return (sum(len(g) > 1 for g in given), len(given), not label.isupper(), -first_seen.index(label))

    groups: list[list[str]] = []  # each headed by its fullest label
    for label in sorted(first_seen, key=fullness, reverse=True):
        name = names[label]
        matches = [
            g for g in groups
            if displays[g[0]].casefold() == displays[label].casefold()
            or (name and (head := names[g[0]]) and name.compatible(head))
        ]
        if len(matches) == 1:
            matches[0].append(label)
        else:
            groups.append([label])
    return {label: displays[group[0]] for group in groups for label in group}


def build_turns(
    transcript_id: str,
    utterances: Sequence[Utterance],
    *,
    merge: bool = False,
    pause: float | None = None,
    join: str = " ",
    extra_names: Sequence[str] = (),
) -> list[Turn]:
    """Resolve speakers and number the turns.

    Without ``merge`` each utterance is a turn, and one without a speaker is
    ``Unknown speaker``. With ``merge`` (timed formats: cues, segments)
    consecutive utterances of one speaker form a turn, joined with ``join``,
    and an utterance with no speaker continues the previous speaker. Only a
    written label carries a turn across a pause of ``pause`` seconds or more;
    otherwise the pause opens a new turn (of the same speaker, with
    ``speaker_inferred=True``). ``extra_names`` (e.g. a full name from the
    title) only help choose display names.
    """
    names = canonical_names([
        *(u.label for u in utterances if u.label),
        *(u.speaker for u in utterances if u.speaker and u.speaker != UNKNOWN_SPEAKER),
        *extra_names,
    ])
    runs: list[tuple[str, list[Utterance]]] = []  # (speaker, its utterances), one per turn
    for u in utterances:
        prev = runs[-1] if runs else None
        if u.label:
            speaker = names[u.label]
        elif u.speaker:
            speaker = names.get(u.speaker, u.speaker)
        elif merge and prev is not None:
            speaker = prev[0]
        else:
            speaker = UNKNOWN_SPEAKER
        if merge and prev is not None and prev[0] == speaker and (u.label or not _paused(prev[1], u, pause)):
            prev[1].append(u)
        else:
            runs.append((speaker, [u]))
    return [_turn(transcript_id, i, speaker, run, join) for i, (speaker, run) in enumerate(runs)]


def _paused(run: list[Utterance], u: Utterance, pause: float | None) -> bool:
    """True when ``u`` starts ``pause`` seconds or more after the end of ``run``."""
    end = _first_given(x.end for x in reversed(run))
    return pause is not None and u.start is not None and end is not None and u.start - end >= pause


def _turn(transcript_id: str, index: int, speaker: str, run: list[Utterance], join: str) -> Turn:
    """One turn from a run of utterances; its speaker is written if any of them carries a label."""
    label = _first_given(u.label for u in run)
    return Turn(
        transcript_id, index, speaker, join.join(u.text for u in run), label is None,
        _first_given(u.start for u in run), _first_given(u.end for u in reversed(run)), label,
    )


def _first_given(values: Iterable[T | None]) -> T | None:
    """The first value that is not None (of a reversed run: the last one)."""
    return next((v for v in values if v is not None), None)
