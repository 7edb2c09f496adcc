"""Reading questions (speakers, dates) and the hybrid retriever's fusion and diversity."""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import replace

import pytest

from qa_bot.config import FusionConfig
from qa_bot.question.dates import find_dates, unread_date
from qa_bot.question.names import find_speakers, find_unknown_people
from qa_bot.question.parse import parse_question
from qa_bot.question.people import Person, find_roles, is_descriptor, people_from_titles
from qa_bot.retrieval.hybrid import diversify, fuse
from qa_bot.retrieval.lexical import match_expression
from qa_bot.text.lexicon import ROLE_WORDS
from qa_bot.types import Hit

PRESS = ["Sergey Lavrov", "Question", "Vladimir Makei", "S.V. Lavrov"]
COMMITTEE = ["Pierre Paul-Hus", "Kirsty Williams AM", "Lynne Neagle AM", "The Chair", "Julie Morgan AM"]
MEETING = ["Project Manager", "Marketing", "Industrial Designer", "User Interface"]
LAB = ["Grad C", "PhD D", "Professor B", "Grad A"]


@pytest.mark.parametrize(
    ("question", "speakers", "expected"),
    [
        ("What did Lavrov say about the Open Skies Treaty?", PRESS[:3], ("Sergey Lavrov",)),
        ("What did Paul-Hus think about the petitions?", COMMITTEE, ("Pierre Paul-Hus",)),
        ("What did Kirsty Williams AM say about schools?", COMMITTEE, ("Kirsty Williams AM",)),
        ("What did the Chair ask?", COMMITTEE, ("The Chair",)),
        ("What did Marketing think of the screen?", MEETING, ("Marketing",)),
        ("How did Industrial Designer introduce the prototypes?", MEETING, ("Industrial Designer",)),
        ("What did C think about ATLAS?", LAB, ("Grad C",)),
        ("What did the Professor say about the deadline?", LAB, ("Professor B",)),
        ("What did Makei and Lavrov agree?", PRESS[:3], ("Vladimir Makei", "Sergey Lavrov")),
    ],
)
def test_speakers_named_in_questions(question, speakers, expected):
    assert find_speakers(question, speakers)[0] == expected


@pytest.mark.parametrize(
    ("question", "speakers"),
    [
        ("A question about the budget?", LAB),  # a sentence-initial "A" is an article
        ("What did I say about marketing budgets?", MEETING),  # lower-case "marketing" is a topic
        ("What did the professor say?", ["Professor B", "Professor D"]),  # ambiguous
        ("What about the treaty?", PRESS),
    ],
)
def test_no_speaker_when_none_is_named_unambiguously(question, speakers):
    assert find_speakers(question, speakers)[0] == ()


def test_initialled_label_aliases_to_surname():
    assert find_speakers("What did Lavrov say?", ["S.V.Lavrov", "Question"])[0] == ("S.V.Lavrov",)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("What did Lavrov say in June 2021?", (dt.date(2021, 6, 1), dt.date(2021, 6, 30))),
        ("What was agreed in 2019?", (dt.date(2019, 1, 1), dt.date(2019, 12, 31))),
        ("What was said on 18 June 2021?", (dt.date(2021, 6, 18), dt.date(2021, 6, 18))),
        ("What did they decide at last year's summit?", (dt.date(2025, 1, 1), dt.date(2025, 12, 31))),
        ("What did Lavrov say about the 2016 election?", (None, None)),
        ("What did Lavrov say about Open Skies?", (None, None)),
    ],
)
def test_dates_named_in_questions(question, expected):
    start, end, _ = find_dates(question, today=dt.date(2026, 11, 28))
    assert (start, end) == expected


def test_dates_only_read_when_the_index_has_dates():
    assert parse_question("What happened in 2019?", [], with_dates=False).date_from is None
    read = parse_question("What happened in 2019?", [], with_dates=True)
    assert (read.date_from, read.date_mention) == (dt.date(2019, 1, 1), "in 2019")


def test_lexical_query_keeps_distinctive_words():
    assert match_expression("What did Lavrov say about the Open Skies Treaty?") == (
        '"lavrov" OR "open" OR "skies" OR "treaty"'
    )
    assert match_expression("What did he say?") is not None  # falls back to all words
    assert match_expression("?!") is None


def test_score_fusion_adds_scaled_cosine_bm25_length_and_speaker():
    config = FusionConfig(lexical_weight=0.7, length_weight=0.0, speaker_boost=0.3)
    cosines = {1: 0.5, 2: 0.3, 3: 0.1}
    bm25 = {3: 8.0, 1: 2.0}  # 2 has no BM25 score: it counts 0 there
    flat = {1: 0, 2: 0, 3: 0}
    fused = fuse([1, 2, 3], cosines, bm25, flat, (), config)
    # cosine scaled over the candidates (1, 0.5, 0) plus 0.7 x BM25 / best BM25 (0.25, 0, 1)
    assert [pid for pid, _ in fused] == [1, 3, 2]
    assert [score for _, score in fused] == pytest.approx([1.175, 0.7, 0.5])
    assert [pid for pid, _ in fuse([1, 2, 3], cosines, bm25, flat, {2}, config)] == [1, 2, 3]  # 0.5 + 0.3
    longer = replace(config, length_weight=0.08)
    assert dict(fuse([1, 2, 3], cosines, bm25, {1: 0, 2: 99, 3: 0}, (), longer))[2] == pytest.approx(
        0.5 + 0.08 * math.log(100)
    )
    # another model's cosine range (here 0.72-0.8) fuses the same: the scale is taken out
    other = {pid: 0.7 + 0.2 * c for pid, c in cosines.items()}
    refused = fuse([1, 2, 3], other, bm25, flat, (), config)
    assert [pid for pid, _ in refused] == [1, 3, 2]
    assert [score for _, score in refused] == pytest.approx([score for _, score in fused])
    # measured against a full match (8.0) rather than the best BM25 found (2.0): a weak best match is not full marks
    weak = dict(fuse([1, 2], cosines, {1: 2.0}, flat, (), config, full_match=8.0))
    assert weak[1] == pytest.approx(1.0 + 0.7 * 0.25)
    assert dict(fuse([1, 3], cosines, bm25, flat, (), config, full_match=4.0))[3] == pytest.approx(0.7)  # 8 > 4
    assert fuse([2], cosines, {}, flat, (), config) == [(2, 0.0)]  # one candidate, no BM25: nothing to scale
    assert fuse([], cosines, bm25, flat, (), config) == []


def _hit(pid: int, turn: int, text: str) -> Hit:
    return Hit("t", "T", None, "A", turn, turn, text, 1.0, passage_id=pid)


def test_diversify_keeps_one_window_per_turn_and_drops_duplicate_texts():
    hits = [_hit(0, 5, "a b"), _hit(1, 5, "c d"), _hit(2, 6, "A,  b."), _hit(3, 7, "e"), _hit(4, 8, "f")]
    assert [h.passage_id for h in diversify(hits, 10, max_per_turn=1)] == [0, 3, 4]
    assert [h.passage_id for h in diversify(hits, 2, max_per_turn=1)] == [0, 3]


def test_diversify_merges_near_duplicates_only():
    said = "We will resume traditional full-scale traffic in the direct interests of our people and businesses"
    hits = [
        _hit(0, 1, said),
        _hit(1, 9, said.replace("We will", "We shall")),  # the same statement, one word changed
        _hit(2, 12, "Traffic between the two countries will be restored once the situation normalises"),
    ]
    assert [h.passage_id for h in diversify(hits, 10, max_per_turn=1)] == [0, 2]


def test_diversify_spreads_the_top_over_regions_of_a_discussion():
    def hit(pid: int, turn: int, score: float, transcript: str = "t") -> Hit:
        return Hit(transcript, "T", None, "A", turn, turn, f"text {pid}", score, passage_id=pid)

    hits = [hit(0, 10, 1.0), hit(1, 11, 0.95), hit(2, 12, 0.9), hit(3, 40, 0.85), hit(4, 11, 0.84, "u")]
    hits.append(hit(5, 16, 0.5))  # six turns after 10: not near it, but near 11
    spread = diversify(hits, 10, max_per_turn=1, region_turns=5, region_factor=0.8)
    # turns 11 and 12 sit next to turn 10 and count at 80%: turn 40 and the other transcript's turn 11 go first
    assert [h.passage_id for h in spread] == [0, 3, 4, 1, 2, 5]
    assert [h.score for h in spread] == pytest.approx([1.0, 0.85, 0.84, 0.76, 0.72, 0.4])
    assert [h.passage_id for h in diversify(hits, 2, max_per_turn=1, region_turns=5, region_factor=0.8)] == [0, 3]
    assert [h.passage_id for h in diversify(hits, 10, max_per_turn=1)] == [0, 1, 2, 3, 4, 5]  # factor 1: unchanged


# --- descriptions of people ("the Belarusian minister") ------------------------------------------

SEED_TITLE = (
    "Foreign Minister Sergey Lavrov’s statement and answers to media questions at a joint news conference "
    "following talks with Foreign Minister of Belarus Vladimir Makei, Moscow, June 18, 2021"
)
SEED_SPEAKERS = ["Sergey Lavrov", "Question"]


def _people(titles=(SEED_TITLE,), speakers=SEED_SPEAKERS):
    return {p.name: p for p in people_from_titles(titles, speakers)}


def test_people_are_read_from_the_words_around_names_in_titles():
    people = _people()
    assert set(people) == {"Sergey Lavrov", "Vladimir Makei"}  # Makei is described, though he never speaks
    assert people["Sergey Lavrov"].words == {"foreign", "minister"}
    assert people["Sergey Lavrov"].countries == set()
    assert people["Vladimir Makei"].countries == {"belarus"}


def test_people_from_appositions_and_speaker_names():
    people = _people(
        ["Meeting with Ilse Marrow, Deputy Mayor of the United Kingdom office", "Budget session"],
        ["Ilse Marrow", "Minister Alan Green", "The Chair", "Question"],
    )
    assert people["Ilse Marrow"].words >= {"deputy", "mayor"} and people["Ilse Marrow"].countries == {"united kingdom"}
    assert people["Minister Alan Green"].words == {"minister"}
    assert people["The Chair"].words == {"chair"}
    assert "Question" not in people


@pytest.mark.parametrize(
    ("question", "mention", "person"),
    [
        ("What did the Belarusian minister say about it?", "the Belarusian minister", "Vladimir Makei"),
        ("What did the minister of Belarus say?", "the minister of Belarus", "Vladimir Makei"),
        ("What did Belarus's foreign minister say?", "Belarus's foreign minister", "Vladimir Makei"),
        # No title says Lavrov is Russian, but the other foreign minister is Belarusian.
        ("What did the Russian Foreign Minister say?", "the Russian Foreign Minister", "Sergey Lavrov"),
    ],
)
def test_descriptions_resolve_when_one_person_fits(question, mention, person):
    (match,) = find_roles(question, list(_people().values()))
    assert (match.mention, match.person) == (mention, person)


def test_ambiguous_or_empty_descriptions_resolve_to_nobody():
    people = list(_people().values())
    (match,) = find_roles("What did the foreign minister say?", people)
    assert match.person is None and set(match.candidates) == {"Sergey Lavrov", "Vladimir Makei"}
    assert find_roles("What did he say about the general election?", people) == ()  # an office nobody holds
    assert find_roles("Did the minister tell us more?", people)[0].person is None  # "us" is no country
    (nobody,) = find_roles("What did the US President say?", people)
    assert nobody.candidates == ()


def test_parse_question_names_a_described_speaker_in_scope_only():
    people = list(_people().values())
    read = parse_question("What did the Russian Foreign Minister say?", SEED_SPEAKERS, people=people)
    assert read.speakers == ("Sergey Lavrov",) and read.speaker_mentions == ("the Russian Foreign Minister",)
    read = parse_question("What did the Belarusian minister say?", SEED_SPEAKERS, people=people)
    assert read.speakers == () and read.unknown_people == ()
    assert (read.roles[0].mention, read.roles[0].person) == ("the Belarusian minister", "Vladimir Makei")
    read = parse_question("What did the chair say?", COMMITTEE, people=people_from_titles([], COMMITTEE))
    assert read.speakers == ("The Chair",)


def test_role_variants_are_read_through_the_synonyms():
    assert "councilor" not in ROLE_WORDS and "convener" not in ROLE_WORDS
    assert is_descriptor("Councilor") and is_descriptor("convener")
    (match,) = find_roles("What did the councilor say?", [Person("Ada Moss", frozenset({"councillor"}))])
    assert match.person == "Ada Moss"


def test_month_names_are_english_whatever_the_locale(monkeypatch):
    import calendar

    monkeypatch.setattr(calendar, "month_name", ["", "Januar", "Februar", "März", "April", "Mai", "Juni", *["x"] * 6])
    start, end, said = find_dates("What did Lavrov say in June 2021?", today=dt.date(2026, 1, 1))
    assert (start, end, said) == (dt.date(2021, 6, 1), dt.date(2021, 6, 30), "in June 2021")


@pytest.mark.parametrize(
    ("question", "mention"),
    [
        ("What was said on 30 February 2021?", "on 30 February 2021"),
        ("What did Lavrov say on February 30, 2021?", "on February 30, 2021"),
        ("What did Lavrov say on 31.02.2021?", "on 31.02.2021"),
        ("What did Lavrov say on 18 June 2021?", None),  # a real date: find_dates reads it
        ("What did Lavrov say on the treaty in 2021?", None),  # no date shape
    ],
)
def test_unread_dates(question, mention):
    assert unread_date(question) == mention


def test_parse_question_records_an_unread_date_only_with_dates():
    read = parse_question("What was said on 30 February 2021?", PRESS)
    assert (read.date_from, read.date_mention, read.unread_date) == (None, None, "on 30 February 2021")
    assert parse_question("What was said on 30 February 2021?", PRESS, with_dates=False).unread_date is None


MAKEI = [Person("Vladimir Makei", frozenset({"foreign", "minister"}), frozenset({"belarus"}))]


@pytest.mark.parametrize(
    ("question", "unknown"),
    [
        ("What did Obama say about NATO?", ("Obama",)),
        ("Has Angela Merkel ever mentioned Lavrov?", ("Angela Merkel",)),
        ("What did President Obama say?", ("Obama",)),  # the office word is no part of the name
        ("According to Obama, is NATO a threat?", ("Obama",)),
        ("What is Barack Obama's view on NATO?", ("Barack Obama",)),
        ("What did Lavrov and Obama say?", ("Obama",)),
        ("What did Lavrov say about Obama?", ()),  # not in a speaker's place
        ("What did Makei think?", ()),  # described in a title, though not a speaker
        ("What did Foreign Minister Lavrov say?", ()),
        ("What did the minister say?", ()),
        ("What did May say about Brexit?", ()),  # a month
        ("Did NATO say anything?", ()),  # an acronym
        ("What did Russia say?", ()),  # a country
        ("What did He say?", ()),  # a pronoun
        ("Obama's view on NATO?", ()),  # a sentence's first word
        ("What did X say?", ()),  # a single letter
    ],
)
def test_unknown_people_in_a_speakers_place(question, unknown):
    assert find_unknown_people(question, PRESS, MAKEI) == unknown


def test_unknown_people_need_the_speakers_in_scope():
    assert find_unknown_people("What did Obama say?", []) == ()
    read = parse_question("What did Obama say about NATO?", PRESS)
    assert read.unknown_people == ("Obama",) and read.speakers == () and read.roles == ()
