"""BM25 over a passage's own text and, at a low weight, its region (the passages around it)."""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from qa_bot import TranscriptQA, build_index
from qa_bot.config import FusionConfig
from qa_bot.retrieval.lexical import LexicalRetriever
from qa_bot.types import Filters
from tests.fakes import HashingEmbedder

FILLER = "We will come back to that after lunch."


def _index(tmp_path: Path) -> TranscriptQA:
    """'battery' is said twice: once in a discussion about the charger, once in passing.

    84 passages, so each region holds one passage either side (``region_width``).
    """
    lines = [
        "Ann: The charger cable is too short for the kitchen.",
        "Ben: A longer charger cable costs more, but the charger matters.",
        "Ann: Then the battery should last a week.",  # inside the charger discussion
        *[f"Ben: {FILLER} Item {i}." for i in range(40)],
        "Ann: The battery colour was chosen last week.",  # in passing, among filler
        *[f"Ben: {FILLER} Point {i}." for i in range(40)],
    ]
    (tmp_path / "src").mkdir()
    (tmp_path / "src" / "meeting.txt").write_text("\n\n".join(lines) + "\n", encoding="utf-8")
    build_index([tmp_path / "src"], tmp_path / "index", embedder=HashingEmbedder())
    return TranscriptQA.load(tmp_path / "index", embedder=HashingEmbedder(), query_adapter=None)


def test_region_lifts_the_turn_inside_the_discussion_of_the_question_words(tmp_path: Path):
    qa = _index(tmp_path)
    assert qa.store.manifest["region_passages"] == 1
    texts = {p.id: p.text for p in qa.store.transcript_passages("meeting")}
    lexical = LexicalRetriever(qa.store)
    assert lexical.region_weight == FusionConfig().region_weight > 0

    inside, passing = "Then the battery should last a week.", "The battery colour was chosen last week."
    score = {texts[pid]: s for pid, s in lexical.scored("battery charger", 30, Filters())}
    assert score[inside] > score[passing] > 0

    # Region words alone match, but below every passage that says the word itself.
    only_region = [texts[pid] for pid, _ in lexical.scored("charger", 10, Filters())]
    saying = [t for t in only_region if "charger" in t]
    assert only_region[: len(saying)] == saying and len(only_region) > len(saying)

    # Weight 0: the region counts for nothing.
    plain = LexicalRetriever(qa.store, region_weight=0.0).scored("battery charger", 30, Filters())
    said = {t for t in texts.values() if "battery" in t or "charger" in t}
    assert {texts[pid] for pid, score in plain if score > 0} == said


def test_full_match_score_is_the_sum_of_fts5_idf_over_the_index(tmp_path: Path, monkeypatch):
    qa = _index(tmp_path)
    lexical = LexicalRetriever(qa.store)
    total = qa.store.vectors.ntotal
    everything = len(qa.store.transcript_passages("meeting"))
    # BM25's document counts are over a row's text and region, as FTS5 counts them
    counts = qa.store.document_frequencies(["battery", "charger", "lunch", "zeppelin"])
    for term in ("battery", "charger", "lunch"):
        assert counts[term] == len(qa.store.lexical([term], everything, Filters()))
    assert counts["zeppelin"] == 0

    def idf(n: int) -> float:
        return max(1e-6, math.log((total - n + 0.5) / (n + 0.5)))

    expected = idf(counts["battery"]) + idf(counts["charger"])
    assert lexical.full_match_score("What about the battery charger?") == pytest.approx(expected)
    assert counts["lunch"] > total / 2 and lexical.full_match_score("lunch") == pytest.approx(1e-6)  # as FTS5 floors it
    assert lexical.full_match_score("zeppelin battery") == pytest.approx(idf(0) + idf(counts["battery"]))

    def no_lookups(terms):  # counts are kept per loaded index: asked again, nothing is looked up
        raise AssertionError(f"looked up {terms}")

    monkeypatch.setattr(qa.store, "document_frequencies", no_lookups)
    assert lexical.full_match_score("the charger battery") == pytest.approx(expected)
