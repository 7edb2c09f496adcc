"""A question's plan: what will be searched, within which filters, preferring whom, and why.

``plan_question`` combines three sources, field by field, with this
precedence: filters set explicitly (the API's and the UI's ``speaker``,
``date_from``/``date_to`` and ``transcripts``) win over what the question
names, which wins over what the conversation carries. A speaker named in the
question or carried only boosts that speaker's passages (no hard filter),
and not at all in a who-question, where a name is the object ("Who told Ross
to …"); dates named or carried become the date filter. Speakers and dates
are read only for hybrid retrieval; the carried topic and "what else" apply
to every method. The plan records what it applied and where it came from, for
``Answer.interpreted`` and the UI's "Interpreted as" line.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from qa_bot.question.followup import Resolution, resolve
from qa_bot.question.kind import QuestionKind
from qa_bot.question.reading import QuestionReading
from qa_bot.types import ConversationContext, Filters


@dataclass(frozen=True)
class QuestionPlan:
    """How one question will be searched, and what was read, carried and overridden to get there.

    ``filters`` are the hard filters; ``boost_speakers`` the speakers whose
    passages are preferred; ``query`` the text searched. The remaining fields
    say where each part came from; ``interpreted()`` is their JSON form.
    """

    question: str
    kind: QuestionKind
    filters: Filters
    resolution: Resolution
    reading: QuestionReading
    boost_speakers: tuple[str, ...] = ()
    speakers: tuple[str, ...] | None = None  # in force: the speaker filter, else the boosted speakers
    speakers_named: tuple[str, ...] | None = None  # read from the question and applied
    not_speakers: tuple[str, ...] = ()  # people named who have no turns in scope
    unheld: tuple[str, ...] = ()  # names (places, things) the question holds and no passage in the index does
    roles_named: dict[str, str] = field(default_factory=dict)  # description -> the person it designates
    dates_named: str | None = None  # the question's words for the dates applied
    carried: tuple[str, ...] = ()  # taken from the conversation: "speakers", "topic", "dates", "quoted"
    overridden: dict[str, Any] = field(default_factory=dict)  # what an explicit filter beat
    context: ConversationContext | None = None  # the conversation it was planned in (for the next context)

    @property
    def query(self) -> str:
        """The text to search: the question (descriptions as names), plus the carried topic when it names none."""
        return self.resolution.query

    @property
    def exclude(self) -> frozenset[tuple[str, int, int, int]]:
        """Spans already quoted in this conversation, not to quote again ("what else")."""
        return self.resolution.exclude

    def interpreted(self) -> dict[str, Any]:
        """The plan as ``Answer.interpreted``: JSON-ready, keys present only when they say something.

        ``query`` (as asked), ``kind``, ``speakers``, ``speakers_named``,
        ``not_speakers``, ``not_in_index``, ``roles_named``, ``dates_named``, ``topic``,
        ``carried``, ``follow_up``, ``overridden``, ``skipped_quotes`` ("what
        else"), ``searched_as`` (when it differs from ``query``) and ``filters``.
        """
        out: dict[str, Any] = {"query": self.question, "kind": self.kind}
        if self.speakers is not None:
            out["speakers"] = list(self.speakers)
        if self.speakers_named is not None:
            out["speakers_named"] = list(self.speakers_named)
        if self.not_speakers:
            out["not_speakers"] = list(self.not_speakers)
        if self.unheld:
            out["not_in_index"] = list(self.unheld)
        if self.roles_named:
            out["roles_named"] = dict(self.roles_named)
        if self.dates_named is not None:
            out["dates_named"] = self.dates_named
        out["topic"] = self.resolution.topic
        out["carried"] = list(self.carried)
        out["follow_up"] = self.resolution.follow_up
        if self.overridden:
            out["overridden"] = dict(self.overridden)
        if self.resolution.exclude:
            out["skipped_quotes"] = len(self.resolution.exclude)
        if self.resolution.query != self.question:
            out["searched_as"] = self.resolution.query
        out["filters"] = self.filters.to_dict()
        return out


def plan_question(
    reading: QuestionReading,
    filters: Filters,
    *,
    scope: Sequence[str] = (),
    context: ConversationContext | None = None,
    pronoun_speaker: Callable[[], str | None] | None = None,
    hybrid: bool = True,
    unheld: Sequence[str] = (),
) -> QuestionPlan:
    """Plan the search of a read question (see the module's precedence rules).

    ``filters`` are the explicit filters, already checked against the index;
    ``scope`` the speakers of the transcripts in scope (most turns first);
    ``pronoun_speaker`` looks up whom "he"/"she" means when nothing is carried.
    With ``hybrid`` False, speakers and dates read or carried are not applied.
    ``unheld`` are the question's names that the index holds nowhere.
    """
    resolution = resolve(reading, context, pronoun_speaker)
    carried = [c for c in resolution.carried if hybrid or c not in ("speakers", "dates")]
    overridden: dict[str, Any] = {}
    boost: tuple[str, ...] = ()
    speakers: tuple[str, ...] | None = None
    speakers_named: tuple[str, ...] | None = None
    if filters.speakers is not None:
        speakers = filters.speakers
        if resolution.speakers:
            overridden["speakers"] = list(resolution.speakers)
            carried = [c for c in carried if c != "speakers"]
    elif resolution.speakers and hybrid:
        boost = speakers = resolution.speakers
        if resolution.speakers_from == "question":
            speakers_named = reading.speakers
    absent = tuple(p for p in resolution.speakers if p not in scope) if boost else ()
    dates_named = None
    if hybrid and (resolution.date_from or resolution.date_to):
        if filters.date_from is None and filters.date_to is None:
            filters = replace(filters, date_from=resolution.date_from, date_to=resolution.date_to)
            if resolution.dates_from == "question":
                dates_named = resolution.date_mention
        else:
            overridden["dates"] = resolution.date_mention
            carried = [c for c in carried if c != "dates"]
    return QuestionPlan(
        question=reading.question,
        kind=reading.kind,
        filters=filters,
        resolution=resolution,
        reading=reading,
        boost_speakers=boost,
        speakers=speakers,
        speakers_named=speakers_named,
        not_speakers=absent,
        unheld=tuple(unheld),
        roles_named={r.mention: r.person for r in reading.roles if r.person},
        dates_named=dates_named,
        carried=tuple(carried),
        overridden=overridden,
        context=context,
    )
