"""Follow-up questions: what a question takes over from the conversation before it.

A chat builds up a ``ConversationContext`` (topic, speakers, dates, quoted
turns). Each new question is read on its own first (``read_question``), then
combined with that context (``resolve``), field by field:

- "What else did he say about it?" keeps the speakers and the topic, and moves
  on to passages not quoted yet;
- "And in 2022?" keeps the speakers and the topic, and replaces the dates;
- "What did the Belarusian minister say?" replaces the speakers, keeps the topic;
- "What did Makei say about sanctions?" names its own speaker and topic and has
  no back-reference: it starts over.

A question is a follow-up when the context is not empty and the question
refers back (a pronoun, "and …", "also", "too", "what else") or has no topic of
its own. A question that names or describes its own person *and* has its own
topic stands alone, pronoun, "also" or "too" notwithstanding: after "What did
Tobias Wren say about the breakwater in 2021?", "What did Tobias Wren say
about his diver inspections?" starts over (no 2021). Only "what else" /
"anything more" keeps such a question a follow-up ("What else did Lavrov say
about NATO?" skips the quotes already given); "another" means "what else"
only without a topic of its own ("another quote", but not "Did Lavrov mention
another treaty?"). Only a follow-up carries anything; what the question names
itself always replaces what the context carries. Everything here is parsing:
no searches.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from qa_bot.question.reading import QuestionReading
from qa_bot.types import Citation, ConversationContext


@dataclass(frozen=True)
class Resolution:
    """A question combined with its conversation: what is in force and where it came from."""

    follow_up: bool
    topic: str
    speakers: tuple[str, ...]
    date_from: dt.date | None
    date_to: dt.date | None
    date_mention: str | None
    query: str  # the text to search: the question (descriptions as names), plus the carried topic if it has none
    carried: tuple[str, ...] = ()  # what came from the context: "speakers", "topic", "dates", "quoted"
    exclude: frozenset[tuple[str, int, int, int]] = field(default_factory=frozenset)  # spans not to quote again
    speakers_from: str = ""  # "question", "context" or "" (none)
    dates_from: str = ""  # "question", "context" or ""


def resolve(
    reading: QuestionReading,
    context: ConversationContext | None,
    pronoun_speaker: Callable[[], str | None] | None = None,
) -> Resolution:
    """Combine a question with the conversation's context, field by field.

    Only a follow-up (see ``QuestionReading.refers_back``) carries anything,
    and only what the question does not name itself: its own speakers, topic
    and dates replace the context's. A who-question carries no speakers (it
    asks for one), a when-question no dates (it asks for them). "He"/"she"
    with no speakers in the context means the speaker of the last quoted turn
    (``pronoun_speaker`` looks it up). "What else" skips the quoted spans.
    """
    ctx = context or ConversationContext()
    follow = not ctx.empty and reading.refers_back
    carried: list[str] = []

    topic = reading.topic
    if not topic and follow and ctx.topic:
        topic = ctx.topic
        carried.append("topic")

    speakers: tuple[str, ...] = ()
    speakers_from = ""
    if reading.kind != "who":
        if reading.people:
            speakers, speakers_from = reading.people, "question"
        elif follow and reading.roles and ctx.speakers:
            # An ambiguous description ("the minister") that fits whom we were talking about.
            fits = tuple(s for s in ctx.speakers if any(s in r.candidates for r in reading.roles))
            if fits:
                speakers, speakers_from = fits, "context"
        elif follow and not reading.roles:
            if ctx.speakers:
                speakers, speakers_from = ctx.speakers, "context"
            elif reading.person_pronoun and pronoun_speaker is not None and (last := pronoun_speaker()):
                speakers, speakers_from = (last,), "context"
    if speakers_from == "context":
        carried.append("speakers")

    date_from, date_to, mention, dates_from = reading.date_from, reading.date_to, reading.date_mention, ""
    if date_from or date_to:
        dates_from = "question"
    elif follow and reading.kind != "when" and (ctx.date_from or ctx.date_to):
        date_from, date_to, mention, dates_from = ctx.date_from, ctx.date_to, ctx.date_mention, "context"
        carried.append("dates")

    exclude: frozenset[tuple[str, int, int, int]] = frozenset()
    if follow and reading.what_else and ctx.quoted:
        exclude = frozenset(ctx.quoted)
        carried.append("quoted")

    query = reading.question
    # Search as if the name had been typed: "the Belarusian minister" -> "Vladimir Makei"; not in a
    # who-question, whose description is what it asks about ("Which minister mentioned NATO?").
    for role in reading.roles if reading.kind != "who" else ():
        if role.person:
            query = query.replace(role.mention, role.person)
    if topic and not reading.topic:
        query = f"{query} {topic}"
    return Resolution(
        follow_up=follow,
        topic=topic,
        speakers=speakers,
        date_from=date_from,
        date_to=date_to,
        date_mention=mention,
        query=query,
        carried=tuple(carried),
        exclude=exclude,
        speakers_from=speakers_from,
        dates_from=dates_from,
    )


def next_context(
    resolution: Resolution, citations: Sequence[Citation], previous: ConversationContext | None
) -> ConversationContext:
    """The context after an answer: what was in force, plus the spans it quoted.

    Quoted spans accumulate over a run of follow-ups and start over with a
    fresh question. They are kept oldest first, and the answer's best quote
    last, so "he" can fall back on the speaker of ``quoted[-1]``.
    """
    kept = tuple(previous.quoted) if previous is not None and resolution.follow_up else ()
    new = list(dict.fromkeys((c.transcript_id, c.turn_index, c.char_start, c.char_end) for c in reversed(citations)))
    quoted = tuple(q for q in kept if q not in new) + tuple(new)
    return ConversationContext(
        topic=resolution.topic,
        speakers=resolution.speakers,
        date_from=resolution.date_from,
        date_to=resolution.date_to,
        date_mention=resolution.date_mention,
        quoted=quoted,
    )


def fold_history(questions: Iterable[str], read: Callable[[str], QuestionReading]) -> ConversationContext:
    """Rebuild a context from earlier questions alone (parsing only, no searches).

    What the API can do when a client sends ``history`` but no context: the
    topic, speakers and dates follow the same rules as in a live chat; the
    quoted spans are unknown, so "what else" cannot skip them.
    """
    context = ConversationContext()
    for question in questions:
        context = next_context(resolve(read(question), context), (), context)
    return context
