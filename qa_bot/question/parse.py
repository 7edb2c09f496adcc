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

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field

from qa_bot.question.dates import find_dates, unread_date
from qa_bot.question.names import find_speakers, find_unknown_people
from qa_bot.question.people import Person, RoleMatch, find_roles


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
