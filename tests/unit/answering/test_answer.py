"""Extractive answers with the real bundled model: acceptance questions, invariant, abstention."""

from __future__ import annotations

import datetime as dt
import importlib.util
import sys
from dataclasses import fields

import pytest

from qa_bot.answering.extract import NOT_FOUND, confidence, extract_answer
from qa_bot.answering.spans import passage_features, rank_passages, weight_vector
from qa_bot.config import AnswerConfig, RankWeights
from qa_bot.errors import QABotError
from qa_bot.types import Hit, Turn
from tests.conftest import FIXTURE_ROOT, ROOT

ANSWERABLE = [
    "What did Lavrov say about the Open Skies Treaty?",
    "Could you comment on Turkish military bases in Azerbaijan?",
    "How many doses of Sputnik V will be made in Belarus each month?",
    "Why did the ambassadors return to Moscow and Washington?",
    "What happened to Sofia Sapega?",
    "How many flights do airlines make between Russia and Belarus?",
    "What was said about Belarus at the Geneva summit?",
]
UNRELATED = [
    "What is the recipe for chocolate cake?",
    "Who won the football world cup?",
    "How do I reset my email password?",
    "What is the best programming language for beginners?",
    "When does the swimming pool open on Sundays?",
]


def _check_citation(qa, answer):
    citation = answer.citations[0]
    turn = qa.store.turn(citation.transcript_id, citation.turn_index)
    assert turn.text[citation.char_start : citation.char_end] == citation.quote == answer.text
    assert turn.speaker == citation.speaker
    return citation


@pytest.mark.integration
def test_open_skies(real_qa):
    answer = real_qa.ask("What did Lavrov say about the Open Skies Treaty?")
    assert answer.found
    citation = _check_citation(real_qa, answer)
    assert "Open Skies Treaty" in answer.text
    assert citation.speaker == "Sergey Lavrov"
    assert citation.date == dt.date(2021, 6, 18)
    assert citation.transcript_id == "lavrov-makei-2021-06-18"


@pytest.mark.integration
def test_turkish_bases_answered_with_the_reply_not_the_question(real_qa):
    answer = real_qa.ask("Could you comment on Turkish military bases in Azerbaijan?")
    assert answer.found
    citation = _check_citation(real_qa, answer)
    assert answer.text == "We do not comment on rumours."
    assert citation.speaker == "Sergey Lavrov"
    assert citation.context.startswith("Could you comment on the potential appearance of Turkish military bases")


@pytest.mark.integration
@pytest.mark.parametrize("question", ANSWERABLE)
def test_answers_are_verbatim_and_short(real_qa, question):
    answer = real_qa.ask(question)
    assert answer.found, (question, answer.score)
    _check_citation(real_qa, answer)
    assert len(answer.text.split()) <= 120
    assert answer.hits and answer.hits == sorted(answer.hits, key=lambda h: -h.score)


@pytest.mark.integration
@pytest.mark.parametrize("question", UNRELATED)
def test_unrelated_questions_abstain(real_qa, question):
    answer = real_qa.ask(question)
    assert not answer.found, (question, answer.text, answer.score)
    assert answer.text == NOT_FOUND
    assert answer.citations == []
    assert answer.hits  # the nearest passages are still offered


@pytest.mark.integration
def test_filters_apply_to_answers(real_qa):
    answer = real_qa.ask("What did he say about the ambassadors?", speaker="Question")
    assert answer.found and answer.citations[0].speaker == "Question"
    assert answer.interpreted["filters"] == {"speakers": ["Question"]}
    nothing = real_qa.ask("What did Lavrov say about the Open Skies Treaty?", date_from="2022-01-01")
    assert not nothing.found and nothing.hits == []


@pytest.mark.integration
@pytest.mark.parametrize("question", ["", "   ", "x" * 5000])
def test_empty_or_huge_question_is_a_clear_error(real_qa, question):
    with pytest.raises(QABotError, match="question is"):
        real_qa.ask(question)


@pytest.mark.integration
def test_examples_come_from_the_material(real_qa):
    examples = real_qa.example_questions(4)
    assert len(examples) == 4
    assert "Could you comment on the potential appearance of Turkish military bases in Azerbaijan?" in examples
    for question in examples:
        assert real_qa.ask(question).found, question


@pytest.mark.integration
def test_a_rare_word_in_the_transcript_is_found_even_with_low_similarity(real_qa):
    answer = real_qa.ask("Tell me about cybercrime")
    assert answer.found, answer.score
    assert "cybercrime" in answer.text
    _check_citation(real_qa, answer)


# -- unit tests with the fake embedder: span selection, kinds, several sources -------------------------

def _hits(embedder, question, rows):
    """Hits for ``(transcript_id, date, speaker, turn, text[, context])`` rows, in the given (retrieval) order."""
    vector = embedder.encode([question])[0]
    hits = []
    for i, (tid, date, speaker, turn, text, *context) in enumerate(rows):
        similarity = float(embedder.encode([f"{context[0] if context else ''} {text}"])[0] @ vector)
        hits.append(Hit(tid, tid.title(), date, speaker, turn, turn, text, 1.0 / (i + 1), context=context[0]
                        if context else None, char_start=0, char_end=len(text), similarity=similarity))
    return vector, hits


def _answer(embedder, question, rows, **config):
    vector, hits = _hits(embedder, question, rows)
    return extract_answer(question, vector, hits, embedder, AnswerConfig(**config), {"query": question}), hits


def _verbatim(answer, hits):
    texts = {(h.transcript_id, h.turn_start): h.text for h in hits}
    for c in answer.citations:
        assert texts[(c.transcript_id, c.turn_index)][c.char_start : c.char_end] == c.quote


LONG = (
    "Good afternoon to everyone here. We spent the morning on the budget of the regional schools. "
    "The new library in the harbour district will open in March next year. "
    "Teachers will get laptops before the autumn term. The swimming pool on Mill Street needs a new roof, "
    "and the council has asked three firms for quotes. Bus routes seven and nine will change in the summer "
    "so that they stop at the hospital. The park by the river will get new benches and better lighting. "
    "Thank you all for coming today, and please take a leaflet about the new library on your way out."
)  # over AnswerConfig.short_turn_words (100), so it is cut


def test_a_long_turn_is_cut_to_the_sentences_that_answer(fake_embedder):
    answer, hits = _answer(fake_embedder, "When will the new library in the harbour district open?", [
        ("council", None, "Mayor", 3, LONG),
        ("council", None, "Clerk", 4, "The minutes will be published on the website."),
    ])
    assert answer.found and answer.kind == "quote"
    assert "library in the harbour district will open in March" in answer.text
    assert len(answer.text.split()) < len(LONG.split()) / 2
    _verbatim(answer, hits)


def test_a_short_quote_takes_the_next_sentence_when_it_refers_back(fake_embedder):
    ferry = "We also discussed the ferry timetable."
    follow = "Since the operator has dropped this route, the island will run its own boats from May."
    text = LONG.replace("Teachers will get laptops before the autumn term.", f"{ferry} {follow}")
    answer, hits = _answer(fake_embedder, "What about the ferry timetable?", [("council", None, "Mayor", 3, text)])
    assert answer.text == f"{ferry} {follow}"
    _verbatim(answer, hits)
    # Without a back-reference the next sentence stays out.
    plain = text.replace(follow, "The island will run its boats from May.")
    answer, _ = _answer(fake_embedder, "What about the ferry timetable?", [("council", None, "Mayor", 3, plain)])
    assert answer.text == ferry


def test_a_short_turn_is_quoted_whole(fake_embedder):
    text = "The library opens in March. It has a reading room."
    answer, hits = _answer(fake_embedder, "When does the library open?", [("council", None, "Mayor", 1, text)])
    assert answer.text == text
    _verbatim(answer, hits)


def test_who_question_is_answered_by_the_speaker_not_a_name_in_the_turn(fake_embedder):
    answer, hits = _answer(fake_embedder, "Who told Tomas to pack the picnic basket?", [
        ("scene", None, "Tomas Reyes", 5, "I am reading the newspaper about the picnic."),
        ("scene", None, "Ivy Lund", 6, "Tomas, stop reading and pack the picnic basket."),
    ])
    assert answer.found and answer.kind == "who"
    assert answer.headline == "Ivy Lund" == answer.citations[0].speaker
    assert "pack the picnic basket" in answer.text
    _verbatim(answer, hits)


def test_passages_are_scored_by_their_recorded_signals_times_the_weights(fake_embedder):
    """``passage_features`` is what ``rank_passages`` weighs (a column per ``RankWeights`` field), so weights fitted
    on recorded features (``scripts/fit_answer_weights.py``) rank as the answer step does."""
    question = "When will the new library open?"
    _, hits = _hits(fake_embedder, question, [("a", None, "Ann", 0, "When will the library open?"),
                                              ("a", None, "Bob", 1, "It opens in March next year."),
                                              ("a", None, "Ann", 2, "Thank you all for coming.")])
    read = [0.5, 2.0, -1.0]
    features = passage_features(question, hits, read)
    weights = RankWeights()
    assert features.shape == (3, len(fields(RankWeights)))
    assert features[:, [f.name for f in fields(RankWeights)].index("reader")].sum() == pytest.approx(1.0)
    scores = {c.rank: c.score for c in rank_passages(question, hits, weights, read)}
    assert [scores[i] for i in range(3)] == pytest.approx(list(features @ weight_vector(weights)))


def test_when_question_gives_the_dates_newest_first(fake_embedder):
    answer, hits = _answer(fake_embedder, "When did the mayor talk about the harbour library?", [
        ("council-2021", dt.date(2021, 6, 18), "Mayor", 2, "The harbour library will be built next to the ferry."),
        ("council-2021", dt.date(2021, 6, 18), "Mayor", 5, "The harbour library has a reading room."),
        ("council-2023", dt.date(2023, 3, 2), "Mayor", 7, "The harbour library opened its doors last week."),
        ("council-2022", dt.date(2022, 1, 9), "Clerk", 1, "Parking fees go up in spring."),
    ])
    assert answer.found and answer.kind == "when"
    assert answer.headline.startswith("2 March 2023, 18 June 2021")
    assert "9 January 2022" not in answer.headline  # an unrelated passage is not a date of the answer
    dates = [c.date for c in answer.citations]
    assert dates == sorted(set(dates), reverse=True) and len(dates) == len(answer.headline.split(", "))
    assert answer.order == "newest first"
    _verbatim(answer, hits)


def test_when_question_without_dates_is_a_quote(fake_embedder):
    answer, _ = _answer(fake_embedder, "When did the mayor talk about the harbour library?", [
        ("council", None, "Mayor", 2, "The harbour library will be built next to the ferry."),
    ])
    assert answer.found and answer.kind == "quote" and answer.headline == ""


def test_other_transcripts_add_up_to_two_more_quotes(fake_embedder):
    answer, hits = _answer(fake_embedder, "What was said about the harbour library budget?", [
        ("council-a", dt.date(2021, 6, 18), "Mayor", 2, "The harbour library budget is four million."),
        ("council-a", dt.date(2021, 6, 18), "Mayor", 3, "The harbour library budget was approved."),
        ("council-b", dt.date(2022, 5, 1), "Treasurer", 4, "The harbour library budget grew by ten percent."),
        ("council-c", dt.date(2023, 1, 1), "Clerk", 9, "The harbour library budget stayed the same."),
        ("council-d", dt.date(2024, 1, 1), "Clerk", 1, "The harbour library budget was cut in half."),
        ("council-e", dt.date(2024, 2, 1), "Clerk", 1, "Parking fees go up in spring."),
    ])
    assert answer.found and answer.order == "best first"
    assert len(answer.citations) == 3
    sources = [(c.transcript_id, c.date) for c in answer.citations]
    assert len(set(sources)) == 3  # never two quotes from one transcript and date
    assert all("harbour library budget" in c.quote for c in answer.citations)
    _verbatim(answer, hits)


def test_no_extra_quotes_from_the_same_transcript(fake_embedder):
    answer, _ = _answer(fake_embedder, "What was said about the harbour library budget?", [
        ("council-a", dt.date(2021, 6, 18), "Mayor", 2, "The harbour library budget is four million."),
        ("council-a", dt.date(2021, 6, 18), "Mayor", 3, "The harbour library budget was approved."),
    ])
    assert len(answer.citations) == 1


def test_an_unrelated_question_abstains_and_keeps_the_hits(fake_embedder):
    answer, hits = _answer(fake_embedder, "What is the recipe for chocolate cake?", [
        ("council", None, "Mayor", 2, "The harbour library will be built next to the ferry."),
    ])
    assert not answer.found and answer.text == NOT_FOUND and answer.citations == []
    assert answer.hits == hits
    assert confidence("What is the recipe for chocolate cake?", hits) < AnswerConfig().min_score


# -- the FriendsQA benchmark on a tiny invented file -------------------------------------------------

BENCHMARK = ROOT / "benchmarks" / "friendsqa.py"
MINI = FIXTURE_ROOT / "friendsqa-mini.json"


def _benchmark():
    spec = importlib.util.spec_from_file_location("friendsqa_benchmark", BENCHMARK)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def test_benchmark_maps_utterances_past_the_ones_ingest_leaves_out():
    bench = _benchmark()
    utterances = [{"uid": 0, "utterance": "Hi ."}, {"uid": 1, "utterance": " "}, {"uid": 2, "utterance": "Bye ."}]
    turns = [Turn("s", 0, "A", "Hi ."), Turn("s", 1, "B", "Bye .")]
    assert bench.turn_numbers(utterances, turns) == {0: 0, 2: 1}


@pytest.mark.integration
def test_benchmark_prints_sane_figures(capsys, tmp_path):
    assert _benchmark().main([str(MINI), "--index", str(tmp_path / "index"), "--negatives"]) == 0
    out = capsys.readouterr().out
    assert "5 questions over 2 scenes" in out
    row = next(line.split() for line in out.splitlines() if line.startswith("all "))
    n, gold_in_quote, gold_turn, abstained, median_words = int(row[1]), *map(float, row[2:6])
    assert n == 5
    assert gold_in_quote >= 0.6 and gold_turn >= 0.6  # the invented questions are easy
    assert abstained == 0.0 and 0 < median_words <= 30
    negatives = next(line for line in out.splitlines() if "unanswerable questions" in line)
    assert float(negatives.split(": ")[1].split()[0]) >= 0.8  # share abstained on questions of the wrong scene
