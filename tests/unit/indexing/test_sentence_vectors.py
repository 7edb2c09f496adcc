"""Vectors of the sentences the answer step scores are stored at build time, so a question does not encode them."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import numpy as np

from qa_bot import TranscriptQA, build_index
from qa_bot.config import WHOLE_QUOTE_WORDS, AnswerConfig, Config
from qa_bot.indexing.sentences import scored_sentences
from tests.fakes import HashingEmbedder

LONG = " ".join(
    f"Sentence {i} is about the harbour dredging schedule and what it costs the town council." for i in range(12)
)
SHORT = "The ferry timetable stays as it is."


class CountingEmbedder(HashingEmbedder):
    """The hashing embedder, remembering every text it was asked to encode."""

    def __init__(self) -> None:
        super().__init__()
        self.encoded: list[str] = []

    def encode(self, texts: Sequence[str], *, progress: bool = False) -> np.ndarray:
        self.encoded.extend(texts)
        return super().encode(texts, progress=progress)


def _build(tmp_path: Path, embedder: HashingEmbedder) -> Path:
    source = tmp_path / "src"
    source.mkdir(exist_ok=True)
    (source / "council.txt").write_text(f"Mayor: {LONG}\n\nClerk: {SHORT}\n", encoding="utf-8")
    build_index([source], tmp_path / "index", embedder=embedder)
    return tmp_path / "index"


def test_build_stores_the_vectors_of_long_passages_sentences_only(tmp_path: Path):
    embedder = CountingEmbedder()
    qa = TranscriptQA.load(_build(tmp_path, embedder), embedder=embedder, query_adapter=None)
    sentences = [LONG[s:e] for s, e in scored_sentences(LONG)]
    assert len(LONG.split()) > WHOLE_QUOTE_WORDS and len(sentences) == 12
    stored = qa.store.sentence_vectors([*sentences, SHORT])
    assert set(stored) == set(sentences)  # the short turn is quoted whole: nothing to store
    assert np.allclose(np.stack([stored[s] for s in sentences]), HashingEmbedder().encode(sentences))


def test_rebuild_reuses_stored_sentence_vectors(tmp_path: Path):
    _build(tmp_path, HashingEmbedder())
    again = CountingEmbedder()
    _build(tmp_path, again)  # nothing changed
    assert again.encoded == []


def test_answer_quoting_a_long_turn_encodes_only_the_question(tmp_path: Path):
    embedder = CountingEmbedder()
    qa = TranscriptQA.load(_build(tmp_path, embedder), embedder=embedder, query_adapter=None)
    embedder.encoded.clear()
    answer = qa.ask("What does the dredging schedule cost the town council?")
    assert answer.found and answer.citations[0].speaker == "Mayor"
    assert answer.text in LONG and len(answer.text) < len(LONG)  # cut to its best sentences
    assert embedder.encoded == ["What does the dredging schedule cost the town council?"]

    # The same quote as when the sentences are encoded at question time.
    qa.store.sentence_vectors = lambda texts: {}
    fresh = qa.ask("What does the dredging schedule cost the town council?")
    assert (fresh.citations[0].char_start, fresh.citations[0].char_end) == (
        answer.citations[0].char_start,
        answer.citations[0].char_end,
    )
    assert len(embedder.encoded) == 1 + 1 + 12  # the question twice, then the twelve sentences


def test_build_stores_sentences_at_the_answer_configs_quote_length(tmp_path: Path):
    """With a shorter whole-quote length in the config, the build stores the sentences answers will score."""
    source = tmp_path / "src"
    source.mkdir()
    medium = "The pier closes next week. Repairs take six weeks. The ferry moves to the north quay meanwhile."
    (source / "notice.txt").write_text(f"Mayor: {medium}\n\nClerk: {SHORT}\n", encoding="utf-8")
    config = Config(answer=AnswerConfig(short_turn_words=5))
    build_index([source], tmp_path / "index", embedder=HashingEmbedder(), config=config)
    qa = TranscriptQA.load(tmp_path / "index", embedder=HashingEmbedder(), config=config, query_adapter=None)
    sentences = [
        "The pier closes next week.", "Repairs take six weeks.", "The ferry moves to the north quay meanwhile.",
    ]
    assert len(medium.split()) <= WHOLE_QUOTE_WORDS  # quoted whole by default: nothing would be stored
    assert set(qa.store.sentence_vectors(sentences)) == set(sentences)
