"""Passages: verbatim offsets, sentence-boundary splits, question context."""

from __future__ import annotations

import itertools

import pytest

from qa_bot.config import ChunkingConfig
from qa_bot.indexing.chunking import chunk_transcripts, region_texts, region_width
from qa_bot.ingest import load_transcript
from qa_bot.text import sentence_spans
from tests.conftest import SEED
from tests.fakes import HashingEmbedder

count = HashingEmbedder().count_tokens


@pytest.fixture(scope="module")
def seed():
    return load_transcript(SEED)


@pytest.mark.parametrize("max_tokens", [8, 40, 200, 5000])
def test_passages_are_verbatim_spans(seed, max_tokens):
    passages = chunk_transcripts([seed], count, ChunkingConfig(max_tokens=max_tokens))
    turns = {t.index: t for t in seed.turns}
    assert [p.id for p in passages] == list(range(len(passages)))
    for p in passages:
        assert p.turn_start == p.turn_end
        assert turns[p.turn_start].text[p.char_start : p.char_end] == p.text
        assert p.text == p.text.strip() and p.text
        assert p.speaker == turns[p.turn_start].speaker


@pytest.mark.parametrize("max_tokens", [8, 40, 200])
def test_long_turns_split_within_budget_and_cover_everything(seed, max_tokens):
    passages = chunk_transcripts([seed], count, ChunkingConfig(max_tokens=max_tokens))
    for turn in seed.turns:
        parts = [p for p in passages if p.turn_start == turn.index]
        # Consecutive, non-overlapping, and together they hold every word of the turn.
        assert all(a.char_end <= b.char_start for a, b in itertools.pairwise(parts))
        assert " ".join(p.text for p in parts).split() == turn.text.split()
        assert all(count([p.text])[0] <= max_tokens for p in parts)


def test_splits_fall_on_sentence_boundaries(seed):
    passages = chunk_transcripts([seed], count, ChunkingConfig(max_tokens=60))
    opening = seed.turns[0]
    starts = {s for s, _ in sentence_spans(opening.text)}
    ends = {e for _, e in sentence_spans(opening.text)}
    parts = [p for p in passages if p.turn_start == 0]
    assert len(parts) > 5
    assert all(p.char_start in starts and p.char_end in ends for p in parts)


def test_answers_carry_the_question_as_context(seed):
    passages = chunk_transcripts([seed], count, ChunkingConfig(max_tokens=60))
    by_turn = {}
    for p in passages:
        by_turn.setdefault(p.turn_start, []).append(p)
    assert all(p.context is None for p in by_turn[0] + by_turn[1])
    rumours = by_turn[6][0]
    assert rumours.context and rumours.context.startswith("Could you comment on the potential appearance of Turkish")
    assert rumours.lexical_text == f"{rumours.context}\nSergey Lavrov: We do not comment on rumours."
    # The model also sees the start of the neighbouring passage (here the question before it).
    assert rumours.embed_text.startswith(rumours.lexical_text + "\nCould you comment on the potential")
    assert all(p.context == by_turn[4][0].context for p in by_turn[4])


def test_long_question_context_keeps_its_last_sentences(seed):
    passages = chunk_transcripts([seed], count, ChunkingConfig(context_tokens=12))
    reply = next(p for p in passages if p.turn_start == 2)
    assert reply.context == "Could you give us some details? What was said in this respect?"


def test_backchannel_turns_get_no_passage_unless_they_answer(tmp_path):
    from qa_bot.ingest import load_transcript as load

    path = tmp_path / "t.txt"
    path.write_text("A: We should buy the rubber case.\n\nB: Yeah.\n\nA: Do you agree?\n\nB: No.\n", encoding="utf-8")
    transcript = load(path)
    passages = chunk_transcripts([transcript], count)
    assert [(p.turn_start, p.text) for p in passages] == [
        (0, "We should buy the rubber case."), (2, "Do you agree?"), (3, "No.")
    ]
    assert passages[2].context == "Do you agree?"
    assert [t.text for t in transcript.turns][1] == "Yeah."  # still part of the transcript


def _meeting(path, name: str, lines: list[str]):
    from qa_bot.ingest import load_transcript as load

    file = path / f"{name}.txt"
    file.write_text("\n\n".join(lines) + "\n", encoding="utf-8")
    return load(file)


def test_region_text_is_the_heads_of_neighbouring_passages_within_one_transcript(tmp_path):
    one = _meeting(tmp_path, "one", [f"A: Point {i} about the budget and nothing else here." for i in range(100)])
    two = _meeting(tmp_path, "two", ["B: Another meeting entirely."])
    config = ChunkingConfig(neighbour_words=3, region_passages=2)
    passages = chunk_transcripts([one, two], count, config)
    regions = region_texts(passages, config)
    assert len(regions) == len(passages) == 101
    assert regions[0].split("\n") == ["Point 1 about", "Point 2 about"]
    assert regions[50].split("\n") == ["Point 48 about", "Point 49 about", "Point 51 about", "Point 52 about"]
    assert regions[99].split("\n") == ["Point 97 about", "Point 98 about"]  # not into the next transcript
    assert regions[100] == ""  # a transcript of one passage has no region
    assert region_texts(passages, ChunkingConfig(region_passages=0)) == [""] * 101


def test_regions_narrow_in_small_indexes():
    """A region spans at most 5% of the index: wide regions in a small one would make every word common."""
    assert region_width(10**6) == ChunkingConfig().region_passages == 5
    assert region_width(100, ChunkingConfig(region_passages=2)) == 2
    assert region_width(60, ChunkingConfig(region_passages=2)) == 1
    assert region_width(17) == region_width(0) == 0  # the bundled sample: BM25 as without regions
