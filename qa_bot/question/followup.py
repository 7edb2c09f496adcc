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

import calendar
import datetime as dt
import logging
import math
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from qa_bot.errors import QABotError
from qa_bot.question.kind import question_kind
from qa_bot.question.parse import Person, RoleMatch, parse_question
from qa_bot.text import MONTHS, format_date, parse_date
from qa_bot.text.lexicon import stop_words
from qa_bot.types import Citation, ConversationContext, Hit

logger = logging.getLogger(__name__)

PERSON_PRONOUNS = frozenset(
    "he she him his her hers himself herself they them their theirs themselves".split()  # noqa: SIM905
)
THING_PRONOUNS = frozenset({"it", "its", "itself"})
# "that"/"this"/"there" refer back only where they stand alone ("Who said that?"), not as
# determiners or conjunctions ("that treaty", "said that NATO …").
DEMONSTRATIVES = frozenset({"that", "this", "those", "these", "there"})
# Words that frame a question without naming its subject, beyond the stop words.
FRAMING_WORDS = frozenset(
    """else also anything something more other another again too well instead exactly actually really
    agree agreed happen happened mean meant feel felt believe believed answer answered reply replied
    respond responded ask asked claim claimed state stated explain explained speak spoke share shared
    quote quotes word words like tell me us""".split()  # noqa: SIM905
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
            if following is None or following in FRAMING_WORDS or following in _AFTER_STANDALONE:
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
    noise = stop_words() | FRAMING_WORDS | PERSON_PRONOUNS | THING_PRONOUNS | DEMONSTRATIVES
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


def unquoted_part(hit: Hit, quoted: Iterable[tuple[str, int, int, int]], min_words: int = 5) -> Hit | None:
    """``hit`` without the spans already ``quoted``: its longest unquoted stretch, or None if under ``min_words``.

    The result is still a verbatim span of the turn (text and offsets cut
    together), so it can be quoted and cited like any hit.
    """
    pieces = [(hit.char_start, hit.char_end)]
    for tid, turn, start, end in quoted:
        if tid != hit.transcript_id or not hit.turn_start <= turn <= hit.turn_end:
            continue
        pieces = [part for a, b in pieces for part in ((a, min(b, start)), (max(a, end), b)) if part[0] < part[1]]
    if pieces == [(hit.char_start, hit.char_end)]:
        return hit
    if not pieces:
        return None
    a, b = max(pieces, key=lambda p: len(hit.text[p[0] - hit.char_start : p[1] - hit.char_start].split()))
    text = hit.text[a - hit.char_start : b - hit.char_start]
    stripped = text.strip()
    if len(stripped.split()) < min_words:
        return None
    a += text.index(stripped)
    return replace(hit, text=stripped, char_start=a, char_end=a + len(stripped))


MAX_QUOTED = 200  # spans a context may carry: "what else" fetches k + 2 hits for each
_MAX_OFFSET = 10**9  # turn indexes and character offsets are below this


def as_context(value: ConversationContext | dict[str, Any] | None) -> ConversationContext | None:
    """A context from ``Answer.context`` or its JSON form (``to_dict()``, as a web client sends it back).

    Every field of the JSON form is checked, and a bad one raises
    ``QABotError`` naming the field and the value: ``topic`` and
    ``date_mention`` strings, ``speakers`` a list of names (or one name),
    ``date_from``/``date_to`` dates or ISO strings, ``quoted`` a list of
    ``[transcript_id, turn_index, char_start, char_end]`` (only the last
    ``MAX_QUOTED`` are kept). Unknown keys are ignored.
    """
    if value is None or isinstance(value, ConversationContext):
        return value
    if not isinstance(value, dict):
        raise QABotError(f"context must be a ConversationContext or its to_dict(), got {type(value).__name__}")
    date_from = _context_date(value, "date_from")
    date_to = _context_date(value, "date_to")
    if date_from and date_to and date_from > date_to:
        raise QABotError(f"context date_from {date_from.isoformat()} is after date_to {date_to.isoformat()}")
    return ConversationContext(
        topic=_context_text(value, "topic") or "",
        speakers=_context_speakers(value.get("speakers")),
        date_from=date_from,
        date_to=date_to,
        date_mention=_context_text(value, "date_mention"),
        quoted=_context_quoted(value.get("quoted")),
    )


def _context_text(value: dict[str, Any], key: str) -> str | None:
    """A string field of a JSON context (``topic``, ``date_mention``), None when absent."""
    text = value.get(key)
    if text is None or isinstance(text, str):
        return text
    raise QABotError(f"context {key} must be a string, got {text!r}")


def _context_speakers(speakers: Any) -> tuple[str, ...]:
    """The ``speakers`` of a JSON context: a list of names, or one name."""
    if speakers is None:
        return ()
    if isinstance(speakers, str):
        speakers = [speakers]
    if not isinstance(speakers, (list, tuple)) or not all(isinstance(s, str) for s in speakers):
        raise QABotError(f"context speakers must be a list of names, got {speakers!r}")
    return tuple(dict.fromkeys(s.strip() for s in speakers if s.strip()))


def _context_date(value: dict[str, Any], key: str) -> dt.date | None:
    """``date_from`` or ``date_to`` of a JSON context: a date, or a string ``parse_date`` reads."""
    raw = value.get(key)
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return None
    if isinstance(raw, (str, dt.date)) and (date := parse_date(raw)) is not None:
        return date
    raise QABotError(f"context {key} must be a date such as 2021-06-18, got {raw!r}")


def _context_quoted(quoted: Any) -> tuple[tuple[str, int, int, int], ...]:
    """The ``quoted`` spans of a JSON context, checked; only the last ``MAX_QUOTED`` are kept."""
    if quoted is None:
        return ()
    if not isinstance(quoted, (list, tuple)):
        raise QABotError(f"context quoted must be a list of [transcript_id, turn, start, end], got {quoted!r}")
    spans = []
    for entry in quoted[-MAX_QUOTED:]:
        if not isinstance(entry, (list, tuple)) or len(entry) != 4:
            raise QABotError(f"context quoted entry must be [transcript_id, turn, start, end], got {entry!r}")
        tid, turn, start, end = entry
        if not isinstance(tid, str) or not tid:
            raise QABotError(f"context quoted transcript id must be a non-empty string, got {tid!r}")
        for name, number in (("turn index", turn), ("char_start", start), ("char_end", end)):
            if not _offset(number):
                raise QABotError(
                    f"context quoted {name} must be a whole number from 0 to {_MAX_OFFSET - 1}, got {number!r}"
                )
        if start > end:
            raise QABotError(f"context quoted span starts after it ends: {entry!r}")
        spans.append((tid, int(turn), int(start), int(end)))
    return tuple(spans)


def _offset(number: Any) -> bool:
    """Whether ``number`` is a turn index or character offset: a whole number in [0, 10**9)."""
    if isinstance(number, float) and math.isfinite(number) and number.is_integer():
        number = int(number)  # JSON clients may send 3.0
    return isinstance(number, int) and not isinstance(number, bool) and 0 <= number < _MAX_OFFSET


def user_questions(history: Sequence[Any] | str | dict[str, Any] | None) -> list[str]:
    """The user's questions in a chat history, oldest first.

    Accepts a list of ``{"role", "content"}`` messages (content a string or a
    list of ``{"type": "text", "text": …}`` parts, as Gradio sends), ``(user,
    bot)`` pairs, and bare strings (taken as user questions). A single string
    or a single message stands for a history of one; anything else raises
    ``QABotError``.
    """
    if history is None:
        return []
    if isinstance(history, (str, dict)):
        history = [history]
    elif not isinstance(history, (list, tuple)):
        raise QABotError(f"history must be a list of messages or questions, got {type(history).__name__}")
    questions: list[str] = []
    for entry in history:
        text: Any = None
        if isinstance(entry, str):
            text = entry
        elif isinstance(entry, dict):
            if entry.get("role", "user") != "user":
                continue
            text = entry.get("content")
            if isinstance(text, dict):
                text = text.get("text")
            elif isinstance(text, (list, tuple)):
                parts = [p.get("text") if isinstance(p, dict) else p for p in text]
                text = " ".join(p for p in parts if isinstance(p, str))
        elif isinstance(entry, (list, tuple)) and entry:
            text = entry[0]
        if isinstance(text, str) and text.strip():
            questions.append(text.strip())
        elif text is not None:
            logger.debug("skipping a history entry that holds no text: %r", entry)
    return questions


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


def describe_interpretation(interpreted: dict[str, Any]) -> list[str]:
    """Chips for "Interpreted as: Sergey Lavrov · Open Skies Treaty · June 2021".

    From ``Answer.interpreted``: the speakers in force (a speaker filter, else
    those named or carried, and anyone in ``not_speakers``, marked "(no turns)"),
    the topic, the date range in force (from a filter, the question or the
    context) and the transcript filter.
    """
    chips: list[str] = []
    filters = interpreted.get("filters") or {}
    speakers = list(filters.get("speakers") or interpreted.get("speakers") or ())
    absent = list(interpreted.get("not_speakers") or ())
    speakers += [p for p in absent if p not in speakers]  # "What did Obama say?": named, but no turns
    if speakers:
        chips.append(" & ".join(f"{s} (no turns)" if s in absent else s for s in speakers))
    if interpreted.get("topic"):
        chips.append(str(interpreted["topic"]))
    dates = date_range_label(filters.get("date_from"), filters.get("date_to"))
    if dates:
        chips.append(dates)
    transcripts = list(filters.get("transcripts") or ())
    if len(transcripts) == 1:
        chips.append(f"transcript {transcripts[0]}")
    elif transcripts:
        chips.append(f"{len(transcripts)} transcripts")
    return chips


def date_range_label(date_from: dt.date | str | None, date_to: dt.date | str | None) -> str:
    """A date range as people say it: "18 June 2021", "June 2021", "2021", "since 1 May 2020".

    Always in English (``qa_bot.text.format_date``), whatever the process locale.
    """
    start, end = parse_date(date_from), parse_date(date_to)
    if start and end:
        if start == end:
            return format_date(start)
        if start.day == 1 and end == _month_end(end) and (start.year, start.month) == (end.year, end.month):
            return f"{MONTHS[start.month - 1]} {start.year}"
        if (start.month, start.day, end.month, end.day) == (1, 1, 12, 31):
            return str(start.year) if start.year == end.year else f"{start.year}–{end.year}"
        return f"{format_date(start)} – {format_date(end)}"
    if start:
        return f"since {format_date(start)}"
    if end:
        return f"until {format_date(end)}"
    return ""


def _month_end(day: dt.date) -> dt.date:
    """The last day of ``day``'s month."""
    return day.replace(day=calendar.monthrange(day.year, day.month)[1])
