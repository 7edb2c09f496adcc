"""Follow-up questions: reading, combining with the context, precedence, history, the "Interpreted as" chips.

The fixtures under ``fixtures/conversation`` are invented: a harbour board in
the fictional town of Lowmoor meeting in 2021, 2022 and 2023, and a press
conference of two fictional fisheries ministers.
"""

from __future__ import annotations

import datetime as dt

import pytest

from qa_bot.answering.extract import NOTHING_MORE
from qa_bot.errors import QABotError
from qa_bot.pipeline.build import build_index
from qa_bot.pipeline.qa import TranscriptQA
from qa_bot.presentation.chips import date_range_label, describe_interpretation
from qa_bot.question.context import MAX_QUOTED, as_context, user_questions
from qa_bot.question.followup import fold_history, next_context, resolve
from qa_bot.question.people import Person
from qa_bot.question.reading import question_topic, read_question
from qa_bot.retrieval.exclude import unquoted_part
from qa_bot.types import Citation, ConversationContext, Hit
from tests.conftest import FIXTURE_ROOT

CONVERSATION = FIXTURE_ROOT / "conversation"
SPEAKERS = ["Sergey Lavrov", "Vladimir Makei", "Question"]
PEOPLE = [
    Person("Sergey Lavrov", frozenset({"foreign", "minister"})),
    Person("Vladimir Makei", frozenset({"foreign", "minister"}), frozenset({"belarus"})),
]
Y2021 = (dt.date(2021, 1, 1), dt.date(2021, 12, 31))
OPEN_SKIES = ConversationContext(
    topic="Open Skies Treaty",
    speakers=("Sergey Lavrov",),
    date_from=Y2021[0],
    date_to=Y2021[1],
    date_mention="in 2021",
    quoted=(("lavrov", 0, 0, 84),),
)


def _read(question: str, speakers=SPEAKERS):
    return read_question(question, speakers, people=PEOPLE, today=dt.date(2026, 1, 15))


# --- reading a question on its own -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "refers_back", "what_else", "topic"),
    [
        ("What else did he say about it?", True, True, ""),
        ("And in 2022?", True, False, ""),
        ("What did the Belarusian minister say?", True, False, ""),  # no subject of its own
        ("Who said that?", True, False, ""),
        ("Anything else?", True, True, ""),
        ("What about the dredging?", True, False, "dredging"),
        ("What did he say about sanctions?", True, False, "sanctions"),
        ("What did Makei say about sanctions?", False, False, "sanctions"),
        ("What did Lavrov say about the Open Skies Treaty in June 2021?", False, False, "Open Skies Treaty"),
        ("Who said that NATO is aggressive?", False, False, "NATO aggressive"),
        ("Did Lavrov mention the Sputnik vaccine?", False, False, "Sputnik vaccine"),
        # Its own person and its own topic: no follow-up, pronoun, "also" or "too" notwithstanding.
        ("What did Lavrov say about his talks in Minsk?", False, False, "talks in Minsk"),
        ("Did Lavrov also mention sanctions?", False, False, "sanctions"),
        ("Did the Belarusian minister talk about sanctions too?", False, False, "sanctions"),
        ("What else did Lavrov say about sanctions?", True, True, "sanctions"),  # "what else" still refers back
        ("What did Makei say about it too?", True, False, ""),  # no topic of its own
        # "another" asks for more only without a topic of its own.
        ("Give me another one", True, True, ""),
        ("Another quote?", True, True, ""),
        ("Did Lavrov mention another treaty?", False, False, "treaty"),
    ],
)
def test_follow_up_detection_and_topic(question, refers_back, what_else, topic):
    reading = _read(question)
    assert (reading.refers_back, reading.what_else, reading.topic) == (refers_back, what_else, topic)


def test_topic_leaves_out_speakers_and_dates():
    assert question_topic("What did Lavrov say about NATO in 2021?", ["Lavrov", "in 2021"]) == "NATO"
    assert question_topic("What did he say about it?") == ""
    assert question_topic("What did they say about that treaty?") == "treaty"


def test_who_question_searches_a_description_as_written():
    people = [Person("Vladimir Makei", frozenset({"minister"}), frozenset({"belarus"}))]
    who = read_question("Which minister mentioned NATO?", SPEAKERS, people=people)
    assert who.kind == "who" and who.roles[0].person == "Vladimir Makei"
    assert resolve(who, None).query == "Which minister mentioned NATO?"
    quote = read_question("What did the minister say about NATO?", SPEAKERS, people=people)
    assert resolve(quote, None).query == "What did Vladimir Makei say about NATO?"  # other questions: the name


def test_an_impossible_date_is_cut_from_the_topic():
    reading = _read("What did Lavrov say about sanctions on 30 February 2021?")
    assert (reading.date_from, reading.date_mention) == (None, None)
    assert reading.unread_date == "on 30 February 2021" and reading.topic == "sanctions"


def test_a_name_nobody_answers_to_is_an_unknown_person():
    reading = _read("What did Obama say about NATO?")
    assert reading.unknown_people == ("Obama",) and reading.people == ("Obama",) and reading.speakers == ()
    assert reading.topic == "NATO" and not reading.refers_back
    # Named, so the context's speaker is not assumed; no topic of its own, so the topic carries over.
    res = resolve(_read("What did Obama say?"), OPEN_SKIES)
    assert res.speakers == ("Obama",) and res.speakers_from == "question" and "speakers" not in res.carried
    assert res.topic == "Open Skies Treaty"
    assert _read("What did Lavrov say about Obama?").unknown_people == ()


def test_who_question_keeps_the_name_in_its_topic():
    reading = _read("Who told Makei to wait?")
    assert reading.kind == "who" and "Makei" in reading.topic


# --- combining with the context --------------------------------------------------------------------


def test_what_else_keeps_speakers_topic_and_dates_and_skips_quoted_turns():
    res = resolve(_read("What else did he say about it?"), OPEN_SKIES)
    assert res.follow_up
    assert (res.speakers, res.topic, res.date_from, res.date_to) == (("Sergey Lavrov",), "Open Skies Treaty", *Y2021)
    assert res.exclude == {("lavrov", 0, 0, 84)}
    assert set(res.carried) == {"speakers", "topic", "dates", "quoted"}
    assert res.query == "What else did he say about it? Open Skies Treaty"


def test_and_in_2022_replaces_the_dates_only():
    res = resolve(_read("And in 2022?"), OPEN_SKIES)
    assert (res.date_from, res.date_to, res.dates_from) == (dt.date(2022, 1, 1), dt.date(2022, 12, 31), "question")
    assert res.speakers == ("Sergey Lavrov",) and res.topic == "Open Skies Treaty"
    assert set(res.carried) == {"speakers", "topic"} and not res.exclude


def test_a_described_person_replaces_the_speaker_and_keeps_the_topic():
    res = resolve(_read("What did the Belarusian minister say?"), OPEN_SKIES)
    assert res.speakers == ("Vladimir Makei",) and res.speakers_from == "question"
    assert res.topic == "Open Skies Treaty" and "speakers" not in res.carried
    assert res.query == "What did Vladimir Makei say? Open Skies Treaty"  # searched as if the name was typed


def test_an_ambiguous_description_keeps_the_speaker_it_fits():
    res = resolve(_read("What did the foreign minister say?"), OPEN_SKIES)
    assert res.speakers == ("Sergey Lavrov",) and "speakers" in res.carried


def test_a_standalone_question_starts_over():
    res = resolve(_read("What did Makei say about sanctions?"), OPEN_SKIES)
    assert not res.follow_up and res.carried == ()
    assert (res.speakers, res.topic, res.date_from) == (("Vladimir Makei",), "sanctions", None)
    assert res.query == "What did Makei say about sanctions?"


def test_who_carries_no_speaker_and_when_carries_no_dates():
    who = resolve(_read("Who else talked about it?"), OPEN_SKIES)
    assert who.speakers == () and who.topic == "Open Skies Treaty" and who.exclude
    when = resolve(_read("When did he talk about it?"), OPEN_SKIES)
    assert when.speakers == ("Sergey Lavrov",) and when.date_from is None


def test_he_falls_back_on_the_speaker_last_quoted():
    context = ConversationContext(topic="NATO", quoted=(("lavrov", 4, 0, 10),))
    res = resolve(_read("What else did he say about it?"), context, lambda: "Sergey Lavrov")
    assert res.speakers == ("Sergey Lavrov",)
    assert resolve(_read("What else was said about it?"), context, lambda: "Sergey Lavrov").speakers == ()


def test_a_question_with_its_own_person_and_topic_starts_over():
    harbour = ["Tobias Wren", "Odile Brackenbury", "Priya Fennimore"]
    first = _read("What did Tobias Wren say about the breakwater in 2021?", harbour)
    context = next_context(resolve(first, None), (), None)
    assert context.date_mention == "in 2021"
    again = resolve(_read("What did Tobias Wren say about his diver inspections of the breakwater?", harbour), context)
    assert not again.follow_up and again.carried == () and again.date_from is None
    assert again.topic == "diver inspections of the breakwater"
    # A question about a person with no topic of its own is still a follow-up.
    assert resolve(_read("What did he also say?", harbour), context).carried == ("topic", "speakers", "dates")


def test_another_treaty_does_not_skip_the_quoted_turns():
    res = resolve(_read("Did Lavrov mention another treaty?"), OPEN_SKIES)
    assert not res.follow_up and not res.exclude
    more = resolve(_read("Give me another one"), OPEN_SKIES)
    assert more.exclude == {("lavrov", 0, 0, 84)} and more.topic == "Open Skies Treaty"


def test_nothing_is_carried_without_a_context():
    res = resolve(_read("What else did he say about it?"), None)
    assert not res.follow_up and res.carried == () and res.topic == ""


def _citation(turn: int) -> Citation:
    return Citation("Sergey Lavrov", None, "T", "lavrov", turn, 0, 1, "x")


def _span(turn: int) -> tuple[str, int, int, int]:
    return ("lavrov", turn, 0, 1)


def test_quoted_turns_accumulate_over_follow_ups_and_reset_on_a_fresh_question():
    res = resolve(_read("What else did he say about it?"), OPEN_SKIES)
    context = next_context(res, [_citation(7), _citation(3)], OPEN_SKIES)
    assert context.quoted == (("lavrov", 0, 0, 84), _span(3), _span(7))  # the best quote last
    assert (context.topic, context.speakers) == ("Open Skies Treaty", ("Sergey Lavrov",))
    assert context.date_mention == "in 2021"
    fresh = resolve(_read("What did Makei say about sanctions?"), context)
    assert next_context(fresh, [_citation(9)], context).quoted == (_span(9),)


# --- history -----------------------------------------------------------------------------------------


def test_user_questions_from_any_history_shape():
    history = [
        {"role": "user", "content": "What did Lavrov say about NATO?"},
        {"role": "assistant", "content": "We spoke about NATO's actions"},
        {"role": "user", "content": [{"type": "text", "text": "And in 2022?"}]},
        ("Who said that?", "Sergey Lavrov"),
        "What else?",
        {"role": "user", "content": {"path": "picture.png"}},
    ]
    expected = ["What did Lavrov say about NATO?", "And in 2022?", "Who said that?", "What else?"]
    assert user_questions(history) == expected


def test_user_questions_from_a_single_string_or_message():
    assert user_questions("What did Lavrov say?") == ["What did Lavrov say?"]
    assert user_questions({"role": "user", "content": "What did Lavrov say?"}) == ["What did Lavrov say?"]
    assert user_questions({"role": "assistant", "content": "He said …"}) == []
    assert user_questions(None) == [] and user_questions("  ") == []
    for bad in (42, {"What did Lavrov say?"}, (q for q in ["x"]), b"What did Lavrov say?"):
        with pytest.raises(QABotError, match="history must be a list"):
            user_questions(bad)


def test_as_context_reads_the_json_form():
    context = as_context(
        {
            "topic": "NATO",
            "speakers": "Sergey Lavrov",
            "date_from": "2021-06-01",
            "date_to": dt.date(2021, 6, 30),
            "date_mention": "in June 2021",
            "quoted": [["lavrov", 3, 0, 5], ("lavrov", 4, 7, 7)],
            "something_new": [1, 2, 3],
        }
    )
    assert context == ConversationContext(
        topic="NATO",
        speakers=("Sergey Lavrov",),
        date_from=dt.date(2021, 6, 1),
        date_to=dt.date(2021, 6, 30),
        date_mention="in June 2021",
        quoted=(("lavrov", 3, 0, 5), ("lavrov", 4, 7, 7)),
    )
    assert as_context({}) == ConversationContext()
    assert as_context({"speakers": ["Sergey Lavrov", "Vladimir Makei"]}).speakers == ("Sergey Lavrov", "Vladimir Makei")
    assert as_context({"date_from": "", "topic": None}) == ConversationContext()


def test_as_context_keeps_the_last_quoted_spans_only():
    quoted = [["t", i, 0, 10] for i in range(5000)]
    context = as_context({"quoted": quoted})
    assert len(context.quoted) == MAX_QUOTED == 200
    assert context.quoted[0] == ("t", 4800, 0, 10) and context.quoted[-1] == ("t", 4999, 0, 10)


@pytest.mark.parametrize(
    ("value", "named"),
    [
        ({"quoted": [1, 2, 3]}, "quoted entry"),
        ({"quoted": [["x", 1, 2]]}, "quoted entry"),
        ({"quoted": "lavrov"}, "quoted must be a list"),
        ({"quoted": [["x", "a", 0, 1]]}, "turn index"),
        ({"quoted": [["x", 10**30, 0, 5]]}, "turn index"),
        ({"quoted": [["x", -1, 0, 5]]}, "turn index"),
        ({"quoted": [["x", True, 0, 5]]}, "turn index"),
        ({"quoted": [["x", 1, 0, 10**9]]}, "char_end"),
        ({"quoted": [["x", 1, -3, 5]]}, "char_start"),
        ({"quoted": [["x", 1, 9, 5]]}, "starts after it ends"),
        ({"quoted": [[7, 1, 0, 5]]}, "transcript id"),
        ({"date_from": 123}, "date_from"),
        ({"date_to": "next Tuesday"}, "date_to"),
        ({"date_from": "2021-07-01", "date_to": "2021-06-01"}, "after date_to"),
        ({"speakers": [1, 2]}, "speakers"),
        ({"speakers": {"name": "Lavrov"}}, "speakers"),
        ({"topic": ["NATO"]}, "topic"),
        ({"date_mention": 2021}, "date_mention"),
        ("not a context", "context must be"),
    ],
)
def test_as_context_rejects_bad_fields(value, named):
    with pytest.raises(QABotError, match=named):
        as_context(value)


def test_history_fold_rebuilds_the_context_without_quotes():
    context = fold_history(["What did Lavrov say about the Open Skies Treaty?", "And in 2022?"], _read)
    assert (context.topic, context.speakers) == ("Open Skies Treaty", ("Sergey Lavrov",))
    assert (context.date_from, context.date_mention, context.quoted) == (dt.date(2022, 1, 1), "in 2022", ())
    assert fold_history(["What did Lavrov say about NATO?", "What did Makei say about sanctions?"], _read).speakers == (
        "Vladimir Makei",
    )


# --- the "Interpreted as" chips -------------------------------------------------------------------


def test_describe_interpretation():
    interpreted = {
        "speakers": ["Sergey Lavrov"],
        "topic": "Open Skies Treaty",
        "filters": {"date_from": "2021-06-01", "date_to": "2021-06-30"},
    }
    assert describe_interpretation(interpreted) == ["Sergey Lavrov", "Open Skies Treaty", "June 2021"]
    explicit = {"speakers": ["A"], "topic": "", "filters": {"speakers": ["Chair"], "transcripts": ["t1", "t2"]}}
    assert describe_interpretation(explicit) == ["Chair", "2 transcripts"]
    absent = {"speakers": ["Vladimir Makei"], "not_speakers": ["Vladimir Makei"], "filters": {"transcripts": ["x"]}}
    assert describe_interpretation(absent) == ["Vladimir Makei (no turns)", "transcript x"]
    assert describe_interpretation({}) == []
    unknown = {"speakers": [], "not_speakers": ["Obama"], "topic": "NATO"}
    assert describe_interpretation(unknown) == ["Obama (no turns)", "NATO"]


def test_date_labels_are_english_whatever_the_locale(monkeypatch):
    import calendar

    monkeypatch.setattr(calendar, "month_name", ["", *["Juni"] * 12])
    assert date_range_label("2021-06-18", "2021-06-18") == "18 June 2021"
    assert date_range_label("2021-02-01", "2021-02-28") == "February 2021"


@pytest.mark.parametrize(
    ("start", "end", "label"),
    [
        ("2021-06-18", "2021-06-18", "18 June 2021"),
        (dt.date(2021, 2, 1), dt.date(2021, 2, 28), "February 2021"),
        ("2021-01-01", "2021-12-31", "2021"),
        ("2021-01-01", "2022-12-31", "2021–2022"),
        ("2020-05-01", None, "since 1 May 2020"),
        (None, "2020-05-01", "until 1 May 2020"),
        ("2020-05-01", "2020-06-15", "1 May 2020 – 15 June 2020"),
        (None, None, ""),
    ],
)
def test_date_range_labels(start, end, label):
    assert date_range_label(start, end) == label


# --- asking follow-ups of an index (fake embedder) ----------------------------------------------------


@pytest.fixture(scope="module")
def harbour_qa(tmp_path_factory, fake_embedder) -> TranscriptQA:
    path = tmp_path_factory.mktemp("conversation") / "index"
    build_index([CONVERSATION], path, embedder=fake_embedder)
    return TranscriptQA.load(path, embedder=fake_embedder)


def _cited(answer):
    return {(c.transcript_id, c.turn_index, c.char_start, c.char_end) for c in answer.citations}


def _repeats(answer, quoted) -> bool:
    """Whether a hit of ``answer`` overlaps a span already quoted."""
    return any(
        (h.transcript_id, h.turn_start) == (tid, turn) and start < h.char_end and h.char_start < end
        for h in answer.hits
        for tid, turn, start, end in quoted
    )


def test_what_else_moves_on_to_new_turns_and_still_returns_k_hits(harbour_qa):
    first = harbour_qa.ask("What did Tobias Wren say about the breakwater?", k=4)
    assert first.found and first.citations[0].speaker == "Tobias Wren"
    assert first.context.topic == "breakwater" and first.context.speakers == ("Tobias Wren",)
    quoted = set(first.context.quoted)
    assert quoted == _cited(first)

    more = harbour_qa.ask("What else did he say about it?", k=4, context=first.context)
    assert len(more.hits) == 4 and not _repeats(more, quoted)
    assert not _cited(more) & quoted
    assert more.citations[0].speaker == "Tobias Wren"
    assert set(more.interpreted["carried"]) == {"speakers", "topic", "quoted"}
    assert more.interpreted["searched_as"] == "What else did he say about it? breakwater"
    assert quoted < set(more.context.quoted)


def test_and_in_2022_keeps_speaker_and_topic(harbour_qa):
    first = harbour_qa.ask("What did Tobias Wren say about the breakwater?")
    later = harbour_qa.ask("And in 2022?", context=first.context)
    assert later.interpreted["dates_named"] == "in 2022"
    assert later.interpreted["filters"] == {"date_from": "2022-01-01", "date_to": "2022-12-31"}
    assert later.hits and all(h.date.year == 2022 for h in later.hits)
    assert later.hits[0].speaker == "Tobias Wren" and "breakwater" in later.hits[0].text
    assert describe_interpretation(later.interpreted) == ["Tobias Wren", "breakwater", "2022"]
    assert later.context.date_mention == "in 2022"


def test_a_description_replaces_the_speaker(harbour_qa):
    first = harbour_qa.ask("What did Tobias Wren say about the breakwater?")
    chair = harbour_qa.ask("What did the chair say about it?", context=first.context)
    assert chair.interpreted["roles_named"] == {"the chair": "Odile Brackenbury"}
    assert chair.interpreted["speakers"] == ["Odile Brackenbury"] and chair.interpreted["carried"] == ["topic"]
    assert chair.hits[0].speaker == "Odile Brackenbury"
    minister = harbour_qa.ask("What did the Norwegian minister say about herring quotas?")
    assert minister.citations[0].speaker == "Eskil Varden"


def test_precedence_explicit_filters_then_question_then_context(harbour_qa):
    first = harbour_qa.ask("What did Tobias Wren say about the breakwater in 2021?")
    assert first.interpreted["filters"] == {"date_from": "2021-01-01", "date_to": "2021-12-31"}
    # The question's dates beat the context's.
    q = harbour_qa.ask("What else did he say about it in 2023?", context=first.context)
    assert {h.date.year for h in q.hits} == {2023} and "dates" not in q.interpreted["carried"]
    # Explicit filters beat both the question and the context.
    explicit = harbour_qa.ask(
        "What did Tobias Wren say about it in 2023?",
        context=first.context,
        speaker="Priya Fennimore",
        date_from="2022-01-01",
        date_to="2022-12-31",
    )
    assert {h.speaker for h in explicit.hits} == {"Priya Fennimore"}
    assert {h.date.year for h in explicit.hits} == {2022}
    assert explicit.interpreted["overridden"] == {"speakers": ["Tobias Wren"], "dates": "in 2023"}
    assert explicit.interpreted["speakers"] == ["Priya Fennimore"] and "speakers_named" not in explicit.interpreted
    assert describe_interpretation(explicit.interpreted) == ["Priya Fennimore", "breakwater", "2022"]
    # The context still records what the conversation said, not the UI's filters.
    assert explicit.context.speakers == ("Tobias Wren",) and explicit.context.date_mention == "in 2023"


def test_context_dates_carry_only_without_explicit_ones(harbour_qa):
    first = harbour_qa.ask("What did Tobias Wren say about the breakwater in 2021?")
    explicit = harbour_qa.ask("What else did he say?", context=first.context, date_from="2023-01-01")
    assert "dates" not in explicit.interpreted["carried"] and explicit.interpreted["overridden"] == {"dates": "in 2021"}
    assert all(h.date >= dt.date(2023, 1, 1) for h in explicit.hits)


def test_history_alone_gives_follow_ups(harbour_qa):
    history = [
        {"role": "user", "content": "What did Tobias Wren say about the breakwater?"},
        {"role": "assistant", "content": "The breakwater repair is half finished."},
    ]
    answer = harbour_qa.ask("And in 2022?", history=history)
    assert set(answer.interpreted["carried"]) == {"speakers", "topic"}
    assert answer.hits and all(h.date.year == 2022 for h in answer.hits)
    # Quoted turns are kept oldest first, the best quote last ("he" falls back on its speaker).
    assert answer.context.quoted == tuple(
        (c.transcript_id, c.turn_index, c.char_start, c.char_end) for c in reversed(answer.citations)
    )
    # A client that repeats the current question at the end of the history is understood too.
    again = harbour_qa.ask("And in 2022?", history=[*history, "And in 2022?"])
    assert again.interpreted["carried"] == answer.interpreted["carried"]


def test_own_person_and_topic_do_not_carry_the_dates(harbour_qa):
    first = harbour_qa.ask("What did Tobias Wren say about the breakwater in 2021?")
    again = harbour_qa.ask(
        "What did Tobias Wren say about his diver inspections of the breakwater?", context=first.context
    )
    assert again.interpreted["carried"] == [] and again.interpreted["follow_up"] is False
    assert "date_from" not in again.interpreted.get("filters", {})
    assert {h.date.year for h in again.hits} != {2021}


def test_a_speaker_nobody_answers_to_is_shown_with_no_turns(harbour_qa):
    answer = harbour_qa.ask("What did Obama say about the breakwater?")
    assert answer.interpreted["not_speakers"] == ["Obama"] and answer.interpreted["topic"] == "breakwater"
    assert describe_interpretation(answer.interpreted)[0] == "Obama (no turns)"


def test_who_question_does_not_boost_the_name_it_holds(harbour_qa):
    answer = harbour_qa.ask("Who told Tobias Wren to inspect the breakwater?")
    assert answer.interpreted["kind"] == "who"
    assert "speakers" not in answer.interpreted and "speakers_named" not in answer.interpreted
    assert "Tobias Wren" in answer.interpreted["topic"]


def test_interpreted_keys_of_a_plain_question(harbour_qa):
    answer = harbour_qa.ask("What did Tobias Wren say about dredging?")
    assert answer.interpreted["query"] == "What did Tobias Wren say about dredging?"
    assert answer.interpreted["kind"] == "quote" and answer.interpreted["topic"] == "dredging"
    assert answer.interpreted["carried"] == [] and answer.interpreted["follow_up"] is False
    assert "searched_as" not in answer.interpreted
    assert answer.to_dict()["context"]["topic"] == "dredging"


# --- the seed, with the real model ---------------------------------------------------------------------


def test_follow_ups_on_the_seed(real_qa):
    first = real_qa.ask("What did Lavrov say about the Open Skies Treaty?")
    assert first.found and first.citations[0].speaker == "Sergey Lavrov"
    assert "Open Skies" in first.text
    assert "Russia is also withdrawing" in first.text  # the sentence after, which refers back, comes along
    assert first.context.topic == "Open Skies Treaty"

    # Makei never speaks in the seed: the description resolves to him, the topic carries over,
    # and the answer says he does not speak rather than quoting someone else on the treaty.
    belarus = real_qa.ask("What did the Belarusian minister say about it?", context=first.context)
    assert belarus.interpreted["roles_named"] == {"the Belarusian minister": "Vladimir Makei"}
    assert belarus.interpreted["not_speakers"] == ["Vladimir Makei"]
    assert belarus.interpreted["topic"] == "Open Skies Treaty" and belarus.interpreted["carried"] == ["topic"]
    assert not belarus.found and belarus.citations == [] and belarus.hits
    assert belarus.text == "Vladimir Makei (the Belarusian minister) does not speak in these transcripts."

    more = real_qa.ask("What else did he say about it?", context=first.context)
    assert more.interpreted["carried"] == ["topic", "speakers", "quoted"]
    assert not _repeats(more, first.context.quoted)
    # What the statement says next ("Belarus and Russia are the same group in the TOS") does not
    # name the treaty; the answer says there is nothing more rather than quoting something off-topic.
    assert not more.found and more.text == NOTHING_MORE and more.hits


def test_a_context_survives_a_json_round_trip(harbour_qa):
    first = harbour_qa.ask("What did Tobias Wren say about the breakwater in 2021?")
    more = harbour_qa.ask("What else did he say about it?", context=first.context.to_dict())
    assert more.interpreted["carried"] == ["topic", "speakers", "dates", "quoted"]
    assert not _repeats(more, first.context.quoted)


def test_an_empty_context_ignores_the_history(harbour_qa):
    answer = harbour_qa.ask(
        "And in 2022?", history=["What did Tobias Wren say about the breakwater?"], context=ConversationContext()
    )
    assert answer.interpreted["carried"] == [] and answer.interpreted["follow_up"] is False


def _hit(text: str, char_start: int = 100) -> Hit:
    return Hit("lavrov", "T", None, "Sergey Lavrov", 0, 0, text, 1.0, char_start=char_start,
               char_end=char_start + len(text))


def test_unquoted_part_keeps_the_longest_unquoted_stretch_verbatim():
    hit = _hit("Short one. The quoted sentence. And the rest of what he said about it.")
    quoted = [("lavrov", 0, 111, 132)]  # "The quoted sentence. "
    part = unquoted_part(hit, quoted)
    assert part.text == "And the rest of what he said about it."
    assert hit.text[part.char_start - 100 : part.char_end - 100] == part.text
    assert unquoted_part(hit, [("other", 0, 0, 10_000)]) is hit
    assert unquoted_part(hit, [("lavrov", 0, 0, 10_000)]) is None
    assert unquoted_part(_hit("Yes. The quoted sentence."), [("lavrov", 0, 105, 125)]) is None  # "Yes." is too short
