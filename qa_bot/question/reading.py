"""Reading a question on its own: its kind, topic, the people and dates it names, and its back-references."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from qa_bot.question.kind import question_kind
from qa_bot.question.parse import parse_question
from qa_bot.question.people import Person, RoleMatch
from qa_bot.text.lexicon import (
    DEMONSTRATIVES,
    FOLLOW_UP_FRAMING_WORDS,
    PERSON_PRONOUNS,
    THING_PRONOUNS,
    stop_words,
)

_OPENING = re.compile(r"^\s*(?:and|also|so|but|then|what\s+about|how\s+about)\b", re.I)
_BACK_WORDS = re.compile(r"\b(?:else|also|too|as\s+well|again|instead)\b", re.I)
# "What else", "anything more": move on to turns not quoted yet.
_WHAT_ELSE = re.compile(
    r"\b(?:what|who|anything|something|where|when)\s+else\b|\b(?:what|any|which)\s+other\b"
    r"|\b(?:anything|what|tell\s+me|something)\s+more\b|\bmore\s+(?:on|about)\b",
    re.I,
)
# "Another quote", "give me another one": the same, but only in a question without a topic of its own
# ("Did Lavrov mention another treaty?" asks about a treaty).
_ANOTHER = re.compile(r"\banother\b", re.I)
_ABOUT = re.compile(r"\b(?:about|regarding|concerning|on\s+the\s+(?:subject|topic|issue|question)\s+of)\b", re.I)
_WORD = re.compile(r"[^\W_][\w'’\-]*")
_BREAK = "\u2016"  # stands where a speaker or date mention was cut out of a question


@dataclass(frozen=True)
class QuestionReading:
    """What a question says on its own, before the conversation is taken into account."""

    question: str
    kind: str = "quote"
    topic: str = ""  # its subject words ("Open Skies Treaty"), "" when it has none ("What else?")
    speakers: tuple[str, ...] = ()  # speakers in scope it names, by name or by description
    people: tuple[str, ...] = ()  # everyone it names or describes, speakers in scope or not
    mentions: tuple[str, ...] = ()  # the words that named them
    roles: tuple[RoleMatch, ...] = ()
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    date_mention: str | None = None
    person_pronoun: bool = False  # he, she, they, him, her …
    thing_reference: bool = False  # it, "that?", "about this"
    marker: bool = False  # "and …", "also", "what about …", "… else"
    what_else: bool = False  # "what else", "anything more", "another" without a topic: new turns only
    # Names in a speaker's place that are no speaker in scope and no described person ("What did Obama
    # say?"); they are in ``people`` too, so a planner boosting ``people`` reports them as having no turns.
    unknown_people: tuple[str, ...] = ()
    unread_date: str | None = None  # a date that is no calendar date ("on 30 February 2021"), cut from the topic

    @property
    def refers_back(self) -> bool:
        """Whether it leans on what came before.

        "What else" always does. Otherwise a question that names or describes
        its own person and has its own topic stands alone, even with "his",
        "also" or "too" in it; any other question refers back when it has a
        back-reference (pronoun, "it", "and …", "also") or no topic of its own.
        """
        if self.what_else:
            return True
        if self.topic and (self.people or self.roles):
            return False
        return self.person_pronoun or self.thing_reference or self.marker or not self.topic


def read_question(
    question: str,
    speakers: Sequence[str] = (),
    *,
    people: Sequence[Person] = (),
    with_dates: bool = True,
    today: dt.date | None = None,
) -> QuestionReading:
    """Read ``question`` on its own: kind, topic, people named or described, dates, back-references.

    ``speakers`` are the speakers in scope; ``people`` the descriptions the
    index holds (``retrieval.query.people_from_titles``). In a who-question a
    name is the object ("Who told Ross to …"): it stays in the topic. A name
    in a speaker's place that nobody in scope answers to ("What did Obama
    say?") is in ``unknown_people`` and ``people``, and out of the topic; so is
    a date that is no calendar date ("on 30 February 2021"), in ``unread_date``.
    """
    kind = question_kind(question)
    parsed = parse_question(question, speakers, with_dates=with_dates, today=today, people=people)
    described = [r.person for r in parsed.roles if r.person]
    everyone = tuple(dict.fromkeys([*parsed.speakers, *described, *parsed.unknown_people]))
    cut: list[str] = []
    if kind != "who":
        cut += [*parsed.speaker_mentions, *(r.mention for r in parsed.roles), *parsed.unknown_people]
    cut += [d for d in (parsed.date_mention, parsed.unread_date) if d]
    topic = question_topic(question, cut)
    tokens = [w.casefold() for w in _WORD.findall(question)]
    return QuestionReading(
        question=question,
        kind=kind,
        topic=topic,
        speakers=parsed.speakers,
        people=everyone,
        mentions=parsed.speaker_mentions,
        roles=parsed.roles,
        date_from=parsed.date_from,
        date_to=parsed.date_to,
        date_mention=parsed.date_mention,
        person_pronoun=any(t in PERSON_PRONOUNS for t in tokens),
        thing_reference=_thing_reference(tokens),
        marker=bool(_OPENING.search(question) or _BACK_WORDS.search(question)),
        what_else=bool(_WHAT_ELSE.search(question) or (not topic and _ANOTHER.search(question))),
        unknown_people=parsed.unknown_people,
        unread_date=parsed.unread_date,
    )


def _thing_reference(tokens: list[str]) -> bool:
    """Whether it refers back: "it" anywhere, "that"/"this"/"there" with nothing of substance after them."""
    for i, token in enumerate(tokens):
        if token in THING_PRONOUNS:
            return True
        if token in DEMONSTRATIVES:
            following = tokens[i + 1] if i + 1 < len(tokens) else None
            if following is None or following in FOLLOW_UP_FRAMING_WORDS or following in _AFTER_STANDALONE:
                return True
    return False


_AFTER_STANDALONE = frozenset({"in", "on", "at", "before", "after", "during", "when", "later", "earlier"})


def question_topic(question: str, cut: Iterable[str] = ()) -> str:
    """The subject words of ``question``, or "" when it has none of its own.

    The phrases in ``cut`` (speaker and date mentions) are removed first. After
    "about"/"regarding" the phrase is kept as written ("the Open Skies Treaty"
    -> "Open Skies Treaty"); otherwise the question's content words are
    ("Did Lavrov mention sanctions?" -> "sanctions").
    """
    text = question
    for phrase in sorted(cut, key=len, reverse=True):
        text = re.sub(re.escape(phrase), _BREAK, text, flags=re.I)
    about = list(_ABOUT.finditer(text))
    noise = stop_words() | FOLLOW_UP_FRAMING_WORDS | PERSON_PRONOUNS | THING_PRONOUNS | DEMONSTRATIVES
    if about:
        phrase = text[about[-1].end() :].split(_BREAK)[0]
        tokens = _WORD.findall(phrase)
        while tokens and tokens[0].casefold() in noise:
            tokens.pop(0)
        while tokens and tokens[-1].casefold() in noise:
            tokens.pop()
        if any(t.casefold() not in noise for t in tokens):
            return " ".join(tokens)
        return ""
    return " ".join(t for t in _WORD.findall(text) if t.casefold() not in noise and len(t) > 1)
